/* cli_leaflet.c: thbdoc leaflet and thbdoc languages.
 *
 * The leaflet of point 5 of the directives, in the language of the person
 * met (and, with --with, the officer's official language side by side),
 * made by render_leaflet() (render.h), which applies the publication rules
 * (publish.h) and writes atomically; and the table of languages with
 * their state.  Options only.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_sources.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "languages.h"
#include "publish.h"
#include "render.h"
#include "thb_data.h"
#include "util.h"

/* What one command line asks for. */
struct leaflet_job {
	struct render_leaflet_opts opts;
	struct render_dest dest;
};

/* Render one leaflet: write it, or print its tree. */
static void
make_leaflet(struct cli *cli, struct thb_data *d,
    const struct leaflet_job *job, struct diag_list *diags)
{
	struct render_out out = { 0 };

	if (render_leaflet(d, &job->opts, &job->dest, &out, diags) &&
	    out.data != NULL)
		fputs((const char *)out.data, cli->out);
	render_out_free(&out);
}

static void
leaflet_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc leaflet --lang LL [--with fr|nl|de] "
	    "[--region REGION] -o FILE.pdf\n"
	    "       thbdoc leaflet --all [--with fr|nl|de] [--region REGION] "
	    "-o DIR\n"
	    "Write an information leaflet for victims of trafficking in "
	    "human beings\n(not the Centre's leaflet of point 5) in the "
	    "language of the person met.\n\n"
	    "  -l, --lang LL       the person's language ('thbdoc languages' "
	    "lists them)\n"
	    "  -w, --with LL       the official language (fr, nl or de) side "
	    "by side,\n"
	    "                      so that the officer reads what the person "
	    "reads\n"
	    "  -r, --region REGION where the person was met: flanders, "
	    "brussels or\n"
	    "                      wallonia; that region's centre comes "
	    "first\n"
	    "  -a, --all           every language that has a translation, "
	    "one PDF each\n"
	    "                      (DIR/leaflet-LL.pdf); incomplete ones are "
	    "skipped\n"
	    "      --allow-incomplete  print a language even if some of its "
	    "leaflet\n"
	    "                      strings are untranslated or fuzzy: they "
	    "stand in\n"
	    "                      English, and the page says so\n"
	    "      --po-dir DIR    name the lines of DIR/LL.po in messages "
	    "about\n"
	    "                      missing strings (default: po-docs, when "
	    "there)\n"
	    "  -o, --output PATH   the PDF file, or the folder with --all\n"
	    "  -f, --force         replace files that exist already (else "
	    "they are\n"
	    "                      left alone and reported)\n"
	    "      --dump          print the document tree instead of writing "
	    "PDF\n"
	    "  -h, --help          show this help\n\n"
	    "A language whose catalogue lacks a leaflet string (untranslated "
	    "or fuzzy)\nis not offered; a draft translation (X-Review-Status: "
	    "draft) carries a\nfooter note that the French text is "
	    "authoritative.  See thbdoc(1).\n"));
}

static bool
valid_region(const char *r)
{
	return strcmp(r, "flanders") == 0 || strcmp(r, "brussels") == 0 ||
	    strcmp(r, "wallonia") == 0;
}

static bool
is_official(const char *code)
{
	return strcmp(code, "fr") == 0 || strcmp(code, "nl") == 0 ||
	    strcmp(code, "de") == 0;
}

/* --all: every language of the table that has a text (an installed
 * catalogue, or the source language), in the table's order. */
static void
leaflet_all(struct cli *cli, struct thb_data *d, struct leaflet_job *job,
    const char *dir, struct diag_list *diags)
{
	const struct languages_table *langs = thb_data_languages(d, diags);
	const char *code, *with = job->opts.with;
	char *path = NULL;
	size_t i;

	if (job->dest.format != RENDER_TREE && mkdir(dir, 0755) != 0 &&
	    errno != EEXIST) {
		diag_add(diags, ERR_OUTPUT_WRITE, dir, 0, 0, strerror(errno));
		return;
	}
	for (i = 0; langs != NULL && i < langs->count; i++) {
		code = langs->items[i].code;
		if (!publish_has_text(d, code))
			continue;
		job->opts.lang = code;
		if (job->dest.format != RENDER_TREE) {
			path = with != NULL ? xasprintf("%s/leaflet-%s-%s.pdf",
			    dir, code, with) :
			    xasprintf("%s/leaflet-%s.pdf", dir, code);
			job->dest.path = path;
		} else
			fprintf(cli->out, "== %s\n", code);
		make_leaflet(cli, d, job, diags);
		cli_flush_diags(cli, diags);
		free(path);
		path = NULL;
	}
}

int
cli_cmd_leaflet(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "with", required_argument, NULL, 'w' },
		{ "region", required_argument, NULL, 'r' },
		{ "all", no_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "dump", no_argument, NULL, 'D' },
		{ "allow-incomplete", no_argument, NULL, 'I' },
		{ "po-dir", required_argument, NULL, 'P' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	struct leaflet_job job = { .dest = { RENDER_PDF, NULL, false } };
	struct thb_data *d = NULL;
	struct stat sb;
	const char *lang = NULL, *output = NULL;
	bool all = false, dump = false;
	int c;

	while ((c = getopt_long(argc, argv, "l:w:r:ao:fh", opts, NULL)) != -1) {
		switch (c) {
		case 'l': lang = optarg; break;
		case 'w': job.opts.with = optarg; break;
		case 'r': job.opts.region = optarg; break;
		case 'a': all = true; break;
		case 'o': output = optarg; break;
		case 'D': dump = true; break;
		case 'I': job.opts.allow_incomplete = true; break;
		case 'P': job.opts.po_dir = optarg; break;
		case 'f': job.dest.replace = true; break;
		case 'h': leaflet_help(cli->out); return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (all == (lang != NULL))
		return cli_usage_error(cli, _("give either --lang LL or "
		    "--all"));
	if (output == NULL && !dump)
		return cli_usage_error(cli, _("--output is required (a PDF "
		    "file, or a folder with --all)"));
	if (all && output != NULL && util_out_is_stdout(output))
		return cli_usage_error(cli, _("--all writes a folder: -o - "
		    "(standard output) takes one language"));
	if (job.opts.region != NULL && !valid_region(job.opts.region))
		/* TRANSLATORS: %s: the value given.  flanders, brussels and
		   wallonia are the values the user types: keep them. */
		return cli_usage_error(cli, _("unknown region '%s': expected "
		    "flanders, brussels or wallonia"), job.opts.region);
	if (job.opts.with != NULL && !is_official(job.opts.with))
		return cli_usage_error(cli, _("--with takes an official "
		    "language of Belgium: fr, nl or de"));
	if (job.opts.po_dir == NULL && stat("po-docs", &sb) == 0 &&
	    S_ISDIR(sb.st_mode))
		job.opts.po_dir = "po-docs";
	job.opts.skip_incomplete = all;
	if (dump)
		job.dest.format = RENDER_TREE;
	d = thb_data_new();
	if (!render_leaflet_ready(d, &job.dest, &diags))
		goto done;
	if (all) {
		leaflet_all(cli, d, &job, output, &diags);
		goto done;
	}
	job.opts.lang = lang;
	job.dest.path = dump ? NULL : output;
	make_leaflet(cli, d, &job, &diags);
done:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	thb_data_free(d);
	return cli->status;
}

/* thbdoc languages: what can be printed, and how complete it is. */

static void
languages_help(FILE *fp)
{
	/* TRANSLATORS: keep the option names, "docs", "program", "po-docs"
	   and "po" as they are: they are typed on the command line. */
	fprintf(fp, _("Usage: thbdoc languages [--domain docs|program] "
	    "[--po-dir DIR]\n"
	    "The languages of the leaflet, one line each: code, script "
	    "(ISO 15924),\ndirection, strings translated, fuzzy and "
	    "untranslated, review state,\nwhether the leaflet can be "
	    "published in it and which check fails, and\nthe language's "
	    "name in English and in its own script.\n\n"
	    "Without --po-dir the installed catalogues are read: the counts "
	    "are of\nthe leaflet's strings (a fuzzy one is missing from a "
	    "catalogue, so it\ncounts as untranslated).  With --po-dir, DIR/LL.po "
	    "is read and every\ncheck of 'thbdoc check-translations' is run: "
	    "the counts are of all\nthe strings of the file.\n\n"
	    "  -d, --domain D      docs: the documents the person reads, in "
	    "every\n"
	    "                      language (default); program: the program's "
	    "messages\n"
	    "                      and the official documents, only the "
	    "languages that\n"
	    "                      have them (a catalogue holds only its "
	    "translated\n"
	    "                      strings, so without --po-dir the others "
	    "show as -)\n"
	    "  -p, --po-dir DIR    read the PO files of DIR (po-docs/, or po/ "
	    "with\n"
	    "                      --domain program)\n"
	    "  -h, --help          show this help\n"));
}

/* One line of the table. */
struct lang_row {
	char		 translated[16], fuzzy[16], untranslated[16];
	const char	*review;	/* "draft", "reviewed", "-" */
	bool		 publishable;
	char		*fails;		/* check names, or "" */
};

/* From the installed catalogue: the leaflet's strings. */
static void
row_from_catalog(struct thb_data *d, const struct languages_info *l,
    struct lang_row *r, struct diag_list *diags)
{
	size_t total = publish_total(d), missing;
	const struct catalog *cat = NULL;

	thb_data_catalog(d, l->code, CATALOG_DOCUMENTS, &cat, diags);
	snprintf(r->fuzzy, sizeof(r->fuzzy), "-");
	if (cat == NULL) {
		snprintf(r->translated, sizeof(r->translated), "-");
		snprintf(r->untranslated, sizeof(r->untranslated), "%zu", total);
		r->review = "-";
		/* TRANSLATORS: thbdoc languages: in the column "fails" (14
		   characters): no compiled catalogue is installed for this
		   language. */
		r->fails = xstrdup(_("no catalogue"));
		return;
	}
	missing = publish_missing(d, cat, l->code, NULL, NULL);
	snprintf(r->translated, sizeof(r->translated), "%zu", total - missing);
	snprintf(r->untranslated, sizeof(r->untranslated), "%zu", missing);
	r->review = publish_is_draft(cat) ? "draft" : "reviewed";
	r->publishable = missing == 0;
	r->fails = xstrdup(missing ? check_po_name(CHECK_COMPLETE) : "");
}

/* The program's domain, from its installed catalogue: how many strings
 * are translated (the others are not in a .mo file).  False when the
 * language has no catalogue in that domain. */
static bool
row_from_program_catalog(struct thb_data *d, const struct languages_info *l,
    struct lang_row *r, struct diag_list *diags)
{
	const struct catalog *cat = NULL;

	thb_data_catalog(d, l->code, CATALOG_PROGRAM, &cat, diags);
	if (cat == NULL)
		return false;
	snprintf(r->translated, sizeof(r->translated), "%zu",
	    catalog_count(cat));
	snprintf(r->fuzzy, sizeof(r->fuzzy), "-");
	snprintf(r->untranslated, sizeof(r->untranslated), "-");
	r->review = publish_is_draft(cat) ? "draft" : "reviewed";
	r->publishable = true;
	r->fails = xstrdup("");
	return true;
}

/* From DIR/LL.po: every check of check-translations, quietly. */
static void
row_from_po(const struct check_sources *src, const char *dir,
    const struct languages_info *l, struct lang_row *r)
{
	struct diag_list quiet = { 0 };
	struct check_po_result res;
	char *path = xasprintf("%s/%s.po", dir, l->code);

	snprintf(r->fuzzy, sizeof(r->fuzzy), "-");
	if (access(path, R_OK) != 0) {
		snprintf(r->translated, sizeof(r->translated), "-");
		snprintf(r->untranslated, sizeof(r->untranslated), "-");
		r->review = "-";
		/* TRANSLATORS: thbdoc languages: in the column "fails" (14
		   characters): the folder given to --po-dir holds no PO file
		   for this language. */
		r->fails = xstrdup(_("no PO file"));
		free(path);
		return;
	}
	r->publishable = check_po_file(&src->env, path, l->code, &res, &quiet);
	snprintf(r->translated, sizeof(r->translated), "%zu", res.translated);
	snprintf(r->fuzzy, sizeof(r->fuzzy), "%zu", res.fuzzy);
	snprintf(r->untranslated, sizeof(r->untranslated), "%zu",
	    res.untranslated);
	r->review = res.draft ? "draft" : "reviewed";
	r->fails = check_po_names(res.failed);
	check_po_result_free(&res);
	diag_list_free(&quiet);
	free(path);
}

int
cli_cmd_languages(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "domain", required_argument, NULL, 'd' },
		{ "po-dir", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum catalog_domain domain = CATALOG_DOCUMENTS;
	struct diag_list diags = { 0 };
	struct check_sources src = { 0 };
	struct render_dest tree = { RENDER_TREE, NULL, false };
	const struct languages_table *langs;
	const struct languages_info *l;
	struct thb_data *d = thb_data_new();
	struct lang_row r;
	const char *po_dir = NULL;
	char *po;
	size_t i;
	int c;

	while ((c = getopt_long(argc, argv, "d:p:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (catalog_domain_parse(optarg, &domain))
				break;
			thb_data_free(d);
			/* TRANSLATORS: %s: the value given.  docs and program
			   are the values the user types: keep them. */
			return cli_usage_error(cli, _("unknown domain '%s': "
			    "docs or program"), optarg);
		case 'p': po_dir = optarg; break;
		case 'h': languages_help(cli->out); return THB_EXIT_OK;
		default:
			thb_data_free(d);
			return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (optind != argc) {
		thb_data_free(d);
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	}
	if (!render_leaflet_ready(d, &tree, &diags))
		goto out;
	langs = thb_data_languages(d, &diags);
	if (po_dir != NULL &&
	    !check_sources_load_data(&src, d, po_dir, true, &diags))
		goto out;
	src.env.domain = domain;
	fprintf(cli->out, "%-4s %-4s %-3s %6s %5s %6s %-8s %-7s %-14s %s\n",
	    /* TRANSLATORS: thbdoc languages: the headings of the table's
	       columns, each at most as wide as its column: code (4
	       characters: the language code), scr. (4: the script), dir (3:
	       ltr or rtl), transl (6: strings translated), fuzzy (5:
	       strings marked to check again), untr. (6: untranslated),
	       review (8: draft or reviewed), publish (7: yes or no: can be
	       published), fails (14: the checks that fail); language, the
	       last, has no limit.  Abbreviate as your language does. */
	    _("code"), _("scr."), _("dir"), _("transl"), _("fuzzy"),
	    _("untr."), _("review"), _("publish"), _("fails"), _("language"));
	for (i = 0; i < langs->count; i++) {
		l = &langs->items[i];
		memset(&r, 0, sizeof(r));
		if (publish_is_source(d, l->code)) {
			snprintf(r.translated, sizeof(r.translated), "%s",
			    /* TRANSLATORS: thbdoc languages: in the column of
			       translated strings (6 characters at most) for
			       English, the language the leaflet is written
			       in. */
			    _("source"));
			snprintf(r.fuzzy, sizeof(r.fuzzy), "-");
			snprintf(r.untranslated, sizeof(r.untranslated), "-");
			r.review = "-";
			r.publishable = true;
			r.fails = xstrdup("");
		} else if (domain == CATALOG_PROGRAM) {
			/* Only the languages the program speaks. */
			po = po_dir ? xasprintf("%s/%s.po", po_dir, l->code) :
			    NULL;
			if (po != NULL && access(po, R_OK) == 0)
				row_from_po(&src, po_dir, l, &r);
			else if (po != NULL ||
			    !row_from_program_catalog(d, l, &r, &diags)) {
				free(po);
				continue;
			}
			free(po);
		} else if (po_dir != NULL)
			row_from_po(&src, po_dir, l, &r);
		else
			row_from_catalog(d, l, &r, &diags);
		fprintf(cli->out, "%-4s %-4s %-3s %6s %5s %6s %-8s %-7s %-14s "
		    "%s \xe2\x80\x94 %s\n", l->code, l->script,
		    l->dir == DOC_DIR_RTL ? "rtl" : "ltr", r.translated, r.fuzzy,
		    /* TRANSLATORS: thbdoc languages: yes or no in the column
		       "publish" (7 characters at most): the leaflet can (not)
		       be published in this language. */
		    r.untranslated, r.review, r.publishable ? _("yes") :
		    _("no"), *r.fails ? r.fails : "-", l->english, l->name);
		free(r.fails);
	}
out:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	check_sources_free(&src);
	thb_data_free(d);
	return cli->status;
}
