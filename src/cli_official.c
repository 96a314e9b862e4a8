/* cli_official.c: thbdoc report, letter, request and notice: the official
 * documents of the procedure, from a case file to a PDF.
 *
 * Options only; render_official() (render.h) decides and makes the
 * document: case file -> phase_apply (as of --date) -> official_called_for
 * (refuse, exit 4, unless --not-called-for) -> official_target (district, official
 * language) -> template + catalogue + variables -> PDF, written atomically
 * (a refused or failed document leaves no file) with mode 0600 (the
 * documents name the person).
 */
#include <config.h>

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "case.h"
#include "cli_int.h"
#include "official.h"
#include "exitcodes.h"
#include "i18n.h"
#include "render.h"
#include "thb_data.h"

/* What one command line asks for. */
struct official_job {
	struct official_request req;
	const char	*case_path;	/* NULL with --blank */
	const char	*output;	/* NULL with --dump */
	const char	*person_lang;	/* notice: --lang */
	bool		 blank;		/* report: the form to fill by hand */
	bool		 allow_incomplete;	/* notice */
};

static void
run(struct cli *cli, const struct official_job *job)
{
	struct diag_list diags = { 0 };
	struct render_dest dest = { job->output != NULL ? RENDER_PDF :
	    RENDER_TREE, job->output, job->req.force };
	struct render_official_opts o = { &job->req, NULL, job->person_lang,
	    job->allow_incomplete };
	struct render_out out = { 0 };
	struct case_reader *reader = NULL;
	struct case_file *c = NULL;
	struct thb_data *d = thb_data_new();

	/* A broken installation is reported before any case is read. */
	if (!render_official_ready(d, job->req.kind, &dest, &diags))
		goto out;
	if (!job->blank) {
		cli_flush_diags(cli, &diags);
		if ((reader = cli_case_reader(cli)) == NULL ||
		    (c = case_read_file(reader, job->case_path,
		    &diags)) == NULL)
			goto out;
		o.c = c;
	}
	if (render_official(d, &o, &dest, &out, &diags) && out.data != NULL)
		fputs((const char *)out.data, cli->out);
out:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	render_out_free(&out);
	case_free(c);
	case_reader_free(reader);
	thb_data_free(d);
}

/* --- options ------------------------------------------------------------ */

enum {
	OPT_DATE = 1 << 0, OPT_LANG = 1 << 1, OPT_BLANK = 1 << 2,
	OPT_ANSWER_BY = 1 << 3, OPT_TO = 1 << 4, OPT_WITH = 1 << 5,
	OPT_ALLOW_INCOMPLETE = 1 << 6
};

static bool
is_official(const char *code)
{
	return strcmp(code, "fr") == 0 || strcmp(code, "nl") == 0 ||
	    strcmp(code, "de") == 0;
}

/* Parse the options every document command shares, and those in
 * allowed.  Returns THB_EXIT_OK to go on, or an exit status; *help set
 * when --help was asked. */
static int
parse_options(struct cli *cli, int argc, char *argv[], unsigned allowed,
    struct official_job *job, bool *help)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "lang", required_argument, NULL, 'l' },
		{ "with", required_argument, NULL, 'w' },
		{ "blank", no_argument, NULL, 'b' },
		{ "answer-by", required_argument, NULL, 'A' },
		{ "to", required_argument, NULL, 't' },
		{ "force", no_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "dump", no_argument, NULL, 'D' },
		{ "not-called-for", no_argument, NULL, 'N' },
		{ "blanks", no_argument, NULL, 'B' },
		{ "allow-incomplete", no_argument, NULL, 'I' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool dump = false, lang_is_person = job->req.kind == OFFICIAL_NOTICE;
	const char *with = NULL;
	unsigned need;
	int c;

	*help = false;
	job->req.date = date_today();
	job->req.answer_by = DATE_DAY_NONE;
	while ((c = getopt_long(argc, argv, "d:l:w:bA:t:fo:h", opts,
	    NULL)) != -1) {
		need = c == 'd' ? OPT_DATE : c == 'l' ? OPT_LANG :
		    c == 'w' ? OPT_WITH : c == 'b' ? OPT_BLANK :
		    c == 'A' ? OPT_ANSWER_BY : c == 't' ? OPT_TO :
		    c == 'I' ? OPT_ALLOW_INCOMPLETE : 0;
		if (need != 0 && !(allowed & need))
			return cli_usage_error(cli, _("invalid option"));
		switch (c) {
		case 'd':
			if (!cli_parse_date(cli, optarg, &job->req.date))
				return THB_EXIT_USAGE;
			break;
		case 'A':
			if (!cli_parse_date(cli, optarg, &job->req.answer_by))
				return THB_EXIT_USAGE;
			break;
		case 'l':
			if (lang_is_person)
				job->person_lang = optarg;
			else
				job->req.lang = optarg;
			break;
		case 'w': with = optarg; break;
		case 'b': job->blank = true; break;
		case 't':
			if (strcmp(optarg, "procureur") == 0)
				job->req.to = ADDRESSEE_PROCUREUR;
			else if (strcmp(optarg, "auditeur") == 0)
				job->req.to = ADDRESSEE_AUDITEUR;
			else
				/* TRANSLATORS: thbdoc letter query: procureur
				   and auditeur are the values to type (the
				   procureur du Roi, the auditeur du travail):
				   keep them. */
				return cli_usage_error(cli, _("--to takes "
				    "procureur or auditeur"));
			break;
		case 'f': job->req.force = true; break;
		case 'o': job->output = optarg; break;
		case 'D': dump = true; break;
		case 'N': job->req.not_called_for = true; break;
		case 'B': job->req.blanks = true; break;
		case 'I': job->allow_incomplete = true; break;
		case 'h': *help = true; return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (with != NULL)
		job->req.lang = with;
	if (job->req.lang != NULL && !is_official(job->req.lang))
		return cli_usage_error(cli, lang_is_person ?
		    _("--with takes an official language of Belgium: fr, nl "
		    "or de") : _("--lang takes an official language of "
		    "Belgium: fr, nl or de"));
	if (job->blank) {
		if (optind != argc)
			/* TRANSLATORS: --blank (one s: a form with no case, to
			   fill in by hand) is an option: keep it. */
			return cli_usage_error(cli, _("--blank takes no case "
			    "file"));
		if (job->req.lang == NULL)
			/* TRANSLATORS: --blank and --lang are options,
			   fr|nl|de the values: keep them. */
			return cli_usage_error(cli, _("--blank needs --lang "
			    "fr|nl|de"));
	} else if (optind + 1 != argc)
		return cli_usage_error(cli, _("give one case file"));
	else
		job->case_path = argv[optind];
	if (dump)
		job->output = NULL;
	else if (job->output == NULL)
		return cli_usage_error(cli, _("--output is required (the PDF "
		    "file to write)"));
	return THB_EXIT_OK;
}

static const char common_help[] =
    /* TRANSLATORS: the help of a command. Keep as they are: the program and
       command names, the options (--date), the forms of values (YYYY-MM-DD,
       LL, fr|nl|de) and the codes the user types (flanders, query); the words
       in capitals that stand for a value (FILE, DIR) may be translated. Keep
       the line breaks and the alignment of the option list; write no %
       sign. */
    N_("  -d, --date YYYY-MM-DD  the document's date, and the day the case "
    "is\n"
    "                         looked at (default: today)\n"
    "  -f, --force            replace the output file if it exists "
    "already\n"
    "      --not-called-for   write the document even if the case does "
    "not call\n"
    "                         for it on its date (a warning says why; "
    "the page\n"
    "                         says so)\n"
    "      --blanks           facts the document needs and the case "
    "lacks:\n"
    "                         ruled lines to fill in by hand\n"
    "      --dump             print the document tree instead of writing "
    "PDF\n"
    "  -h, --help             show this help\n"
    "Exit status 4 when the case does not call for the document, or lacks "
    "facts\nit needs; nothing is written then.\n");

static int
finish(struct cli *cli, int st, bool help, void (*usage)(FILE *),
    const struct official_job *job)
{
	if (st != THB_EXIT_OK)
		return st;
	if (help) {
		usage(cli->out);
		fputs(_(common_help), cli->out);
		return THB_EXIT_OK;
	}
	run(cli, job);
	return cli->status;
}

/* --- thbdoc report ---------------------------------------------------------- */

static void
report_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc report [OPTION]... CASE.xml -o FILE.pdf\n"
	    "       thbdoc report --blank --lang fr|nl|de -o FILE.pdf\n"
	    "The \"traite des êtres humains\" section of the foreigner control "
	    "report\n(closing section, point 3; points 4 and 5): the "
	    "assessment, the stay, the\nleaflet, the centre and the Office, "
	    "from the case's interception.\n\n"
	    "  -l, --lang fr|nl|de    the language of the report (default: "
	    "that of the\n"
	    "                         police service's district or region)\n"
	    "  -b, --blank            the form with boxes, to fill in by hand\n"));
}

int
cli_cmd_report(struct cli *cli, int argc, char *argv[])
{
	struct official_job job = { .req = { .kind = OFFICIAL_REPORT } };
	bool help;
	int st = parse_options(cli, argc, argv, OPT_DATE | OPT_LANG |
	    OPT_BLANK, &job, &help);

	return finish(cli, st, help, report_help, &job);
}

/* --- thbdoc letter ---------------------------------------------------------- */

static void
letter_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc letter query [OPTION]... CASE.xml -o "
	    "FILE.pdf\n"
	    "       thbdoc letter general-prosecutor [OPTION]... CASE.xml -o "
	    "FILE.pdf\n"
	    "The Office des Étrangers' letters of point 8.2, in the language of "
	    "the\njudicial district: the query to the procureur du Roi or the "
	    "auditeur du\ntravail (the two questions), and the query to the "
	    "procureur général when\nno answer came by the date set.\n\n"
	    "  -A, --answer-by YYYY-MM-DD  query: the date the answer is "
	    "expected\n"
	    "                         (default: 15 days before the arrival "
	    "declaration\n"
	    "                         expires)\n"
	    "  -t, --to procureur|auditeur  query: the addressee (default: "
	    "that of the\n"
	    "                         last query, else the procureur du Roi)\n"
	    "  -l, --lang fr|nl       Brussels: the language of the file, when "
	    "the case\n"
	    "                         file does not say it\n"));
}

int
cli_cmd_letter(struct cli *cli, int argc, char *argv[])
{
	struct official_job job = { .req = { .kind = OFFICIAL_LETTER_QUERY } };
	unsigned allowed = OPT_DATE | OPT_LANG;
	bool help;
	int st;

	if (argc >= 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		letter_help(cli->out);
		fputs(_(common_help), cli->out);
		return THB_EXIT_OK;
	}
	if (argc < 2)
		/* TRANSLATORS: thbdoc letter, given no kind of letter: query
		   and general-prosecutor are the kinds to type: keep them. */
		return cli_usage_error(cli, _("which letter? query or "
		    "general-prosecutor"));
	if (strcmp(argv[1], "query") == 0)
		allowed |= OPT_ANSWER_BY | OPT_TO;
	else if (strcmp(argv[1], "general-prosecutor") == 0)
		job.req.kind = OFFICIAL_LETTER_GENERAL_PROSECUTOR;
	else
		/* TRANSLATORS: %s: the value given.  query and
		   general-prosecutor are the values the user types: keep them.
		   */
		return cli_usage_error(cli, _("unknown letter '%s': expected "
		    "query or general-prosecutor"), argv[1]);
	st = parse_options(cli, argc - 1, argv + 1, allowed, &job, &help);
	return finish(cli, st, help, letter_help, &job);
}

/* --- thbdoc request ----------------------------------------------------------- */

static void
request_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc request KIND [OPTION]... CASE.xml -o "
	    "FILE.pdf\n"
	    "A specialised centre's request to the Office des Étrangers, in "
	    "the\nlanguage of the judicial district.  KIND is one of:\n"
	    "  centre-support         the centre takes charge of the person and "
	    "of the\n"
	    "                         administrative follow-up (point 4)\n"
	    "  arrival-declaration    the second phase at once, after a "
	    "complaint or\n"
	    "                         statement (point 8.1)\n"
	    "  indefinite-residence   residence of indefinite duration after a "
	    "summons,\n"
	    "                         committal, requisitions or internment "
	    "request (8.3)\n\n"
	    "  -l, --lang fr|nl       Brussels: the language of the file, when "
	    "the case\n"
	    "                         file does not say it\n"));
}

int
cli_cmd_request(struct cli *cli, int argc, char *argv[])
{
	static const struct { const char *name; enum official_kind kind; } kinds[] = {
		{ "centre-support", OFFICIAL_REQUEST_CENTRE_SUPPORT },
		{ "arrival-declaration", OFFICIAL_REQUEST_ARRIVAL_DECLARATION },
		{ "indefinite-residence", OFFICIAL_REQUEST_INDEFINITE_RESIDENCE },
	};
	struct official_job job = { .req = { .kind = OFFICIAL__MAX } };
	bool help;
	size_t i;
	int st;

	if (argc >= 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		request_help(cli->out);
		fputs(_(common_help), cli->out);
		return THB_EXIT_OK;
	}
	if (argc < 2)
		/* TRANSLATORS: thbdoc request, given no kind: centre-support,
		   arrival-declaration and indefinite-residence are the kinds
		   to type: keep them. */
		return cli_usage_error(cli, _("which request? centre-support, "
		    "arrival-declaration or indefinite-residence"));
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(argv[1], kinds[i].name) == 0)
			job.req.kind = kinds[i].kind;
	if (job.req.kind == OFFICIAL__MAX)
		/* TRANSLATORS: %s: the value given.  centre-support,
		   arrival-declaration and indefinite-residence are the values
		   the user types: keep them. */
		return cli_usage_error(cli, _("unknown request '%s': expected "
		    "centre-support, arrival-declaration or "
		    "indefinite-residence"), argv[1]);
	st = parse_options(cli, argc - 1, argv + 1, OPT_DATE | OPT_LANG, &job,
	    &help);
	return finish(cli, st, help, request_help, &job);
}

/* --- thbdoc notice ------------------------------------------------------------ */

static void
notice_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc notice [OPTION]... CASE.xml -o FILE.pdf\n"
	    "A notice for the person, in their language, with the official "
	    "language\nside by side: where they stand, which document they hold "
	    "until when,\ntheir rights now and what happens next (point 8).\n\n"
	    "  -l, --lang LL          the person's language (default: the "
	    "first of the\n"
	    "                         case file's that thbdoc knows; 'thbdoc "
	    "languages')\n"
	    "  -w, --with fr|nl|de    the official language (default: that of "
	    "the\n"
	    "                         judicial district)\n"));
	/* TRANSLATORS: one more line of the help of thbdoc notice, below
	   --with.  Keep --allow-incomplete and the alignment (25 spaces). */
	fprintf(fp, _("      --allow-incomplete  write it even if the "
	    "person's or the official\n"
	    "                         language lacks some of its strings "
	    "(otherwise\n"
	    "                         refused, exit status 1, each string "
	    "named):\n"
	    "                         they stand in English, with a warning "
	    "each\n"));
}

int
cli_cmd_notice(struct cli *cli, int argc, char *argv[])
{
	struct official_job job = { .req = { .kind = OFFICIAL_NOTICE } };
	bool help;
	int st = parse_options(cli, argc, argv, OPT_DATE | OPT_LANG | OPT_WITH |
	    OPT_ALLOW_INCOMPLETE, &job, &help);

	return finish(cli, st, help, notice_help, &job);
}
