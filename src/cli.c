/* cli.c: the command line: global options and the command table. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "case.h"
#include "catalog.h"
#include "cli.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "paths.h"
#include "util.h"
#include "xml_read.h"

static const struct command {
	const char	*name;
	cli_command_fn	 run;
	const char	*summary;	/* N_() */
} commands[] = {
	{ "status", cli_cmd_status,
	    /* TRANSLATORS: thbdoc --help: the list of commands: one short line
	       after each command's name (status, due, leaflet...), folded by
	       the program. "document": the person's residence document. */
	    N_("where each case stands: phase, document, rights, actions") },
	{ "due", cli_cmd_due,
	    N_("the work list: pending actions of many cases, by due date") },
	{ "leaflet", cli_cmd_leaflet,
	    N_("the information leaflet for victims, in their language (PDF)") },
	{ "pocket-card", cli_cmd_pocket_card,
	    N_("eight cards to cut out: a neutral line, the centres' phone "
	    "numbers and 112, in the person's language (PDF)") },
	{ "languages", cli_cmd_languages,
	    N_("the languages of the leaflet and how complete each is") },
	{ "check-translations", cli_cmd_check_translations,
	    N_("check the PO files: can each language be published?") },
	{ "language-card", cli_cmd_language_card,
	    N_("one page on which a person points to the language they "
	    "read (PDF)") },
	{ "report", cli_cmd_report,
	    /* TRANSLATORS: thbdoc --help: the summary of the command report;
	       keep "traite des êtres humains" in French (the name of the
	       section of a Belgian police report) or use its name in your
	       language's police reports. */
	    N_("the \"traite des êtres humains\" section of the police "
	    "report (PDF)") },
	{ "letter", cli_cmd_letter,
	    N_("the Office's query to the prosecutor, or to the procureur "
	    "général (PDF)") },
	{ "request", cli_cmd_request,
	    /* TRANSLATORS: thbdoc --help: the summary of the command request;
	       the Office is the Office des Etrangers; centre-support,
	       arrival-declaration and indefinite-residence are the kinds of
	       request to type: keep them. */
	    N_("a centre's request to the Office: centre-support, "
	    "arrival-declaration, indefinite-residence (PDF)") },
	{ "notice", cli_cmd_notice,
	    N_("a notice for the person: where they stand, in their language "
	    "(PDF)") },
	{ "serve", cli_cmd_serve,
	    N_("the web application: cases, work list, leaflets and a JSON "
	    "API, for named users") },
	{ "user", cli_cmd_user,
	    N_("add, delete or list the users of 'thbdoc serve'") },
};

/* "  NAME  summary", the summary folded at 79 columns under itself. */
static void
print_wrapped(FILE *fp, const char *name, const char *text)
{
	enum { INDENT = 21, WIDTH = 79 };
	const char *p = text, *word, *q;
	size_t col, cols;

	col = (size_t)fprintf(fp, "  %-*s ", INDENT - 3, name);
	while (*p != '\0') {
		while (*p == ' ')
			p++;
		word = p;
		while (*p != '\0' && *p != ' ')
			p++;
		if (p == word)
			break;
		for (cols = 0, q = word; q < p; q++)	/* not UTF-8 tails */
			cols += ((unsigned char)*q & 0xC0) != 0x80;
		if (col > INDENT && col + 1 + cols > WIDTH) {
			fprintf(fp, "\n%*s", INDENT, "");
			col = INDENT;
		} else if (col > INDENT) {
			fputc(' ', fp);
			col++;
		}
		fwrite(word, 1, (size_t)(p - word), fp);
		col += cols;
	}
	fputc('\n', fp);
}

static void
print_main_help(FILE *fp)
{
	size_t i;

	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc COMMAND [OPTION]... [FILE]...\n"
	    "Documents of the Belgian protection procedure for victims of\n"
	    "trafficking in human beings (Directives of 13 January 1997,\n"
	    "amended 17 April 2003).\n\nCommands:\n"));
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		print_wrapped(fp, commands[i].name, _(commands[i].summary));
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("\nOptions:\n"
	    "  -h, --help       show this help, or a command's help\n"
	    "  -V, --version    show the version\n\n"
	    "Run 'thbdoc COMMAND --help' for a command's options.\n"
	    "Case files are read, never changed; nothing goes over the "
	    "network.\n"
	    "Exit status: 0 done, 1 an input file was invalid, 2 usage "
	    "error,\n3 system error (files, memory, installation), 4 the case "
	    "does not call\nfor the document asked, 5 standard output "
	    "could not be written.\nSee thbdoc(1).\n"));
	/* TRANSLATORS: part of the help of thbdoc.  Keep option names and file
	   modes (0600) as they are; write no % sign. */
	fprintf(fp, _("Personal data: documents that name a person are "
	    "written with mode 0600,\nonly where -o says, and never replace "
	    "a file without --force; nothing else\nis stored, and error "
	    "messages never show a person's data.\n"));
}

int
cli_usage_error(struct cli *cli, const char *fmt, ...)
{
	va_list ap;

	fprintf(cli->err, "thbdoc: %s%s", cli->command ? cli->command : "",
	    cli->command ? ": " : "");
	va_start(ap, fmt);
	vfprintf(cli->err, fmt, ap);
	va_end(ap);
	/* TRANSLATORS: %1$s: the command's name, or nothing; %2$s: a space
	   after it, or nothing.  'thbdoc ... --help' is typed by the user:
	   keep it. */
	fprintf(cli->err, _("\nTry 'thbdoc %s%s--help'.\n"),
	    cli->command ? cli->command : "", cli->command ? " " : "");
	cli->status = THB_EXIT_USAGE;
	return THB_EXIT_USAGE;
}

bool
cli_parse_date(struct cli *cli, const char *arg, date_day *out)
{
	if (date_parse(arg, out) == DATE_OK)
		return true;
	/* TRANSLATORS: %s: the value given on the command line.  YYYY-MM-DD is
	   the form the user types: keep it. */
	cli_usage_error(cli, _("invalid date '%s': expected YYYY-MM-DD, a "
	    "real day from 1900 to 9899"), arg);
	return false;
}

void
cli_flush_diags(struct cli *cli, struct diag_list *diags)
{
	int st = diag_list_exit_status(diags);

	diag_list_print(diags, cli->err);
	if (st == THB_EXIT_SYSTEM || (st != THB_EXIT_OK &&
	    cli->status == THB_EXIT_OK))
		cli->status = st;
	diag_list_clear(diags);
}

static void
file_list_add(struct cli_file_list *fl, char *path)
{
	fl->paths = xrealloc(fl->paths, (fl->count + 1) * sizeof(char *));
	fl->paths[fl->count++] = path;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
is_case_name(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

/* A folder walk: the folders entered (device and inode), so that none is
 * read twice, and the real path of the folder given, out of which no
 * link is followed.  A link to ".." once listed every case 8 times; three
 * links to "." never ended. */
struct walk {
	struct cli_file_list	*fl;
	struct diag_list	*diags;
	char			*root;		/* realpath of the folder given */
	struct walk_seen {
		dev_t	 dev;
		ino_t	 ino;
	}			*seen;
	size_t			 nseen;
};

static bool
walk_enter(struct walk *w, const struct stat *sb)
{
	size_t i;

	for (i = 0; i < w->nseen; i++)
		if (w->seen[i].dev == sb->st_dev && w->seen[i].ino == sb->st_ino)
			return false;
	w->seen = xrealloc(w->seen, (w->nseen + 1) * sizeof(*w->seen));
	w->seen[w->nseen].dev = sb->st_dev;
	w->seen[w->nseen++].ino = sb->st_ino;
	return true;
}

/* Is the link at path inside the tree given?  Its target's real path. */
static bool
walk_inside(const struct walk *w, const char *path)
{
	char *real = realpath(path, NULL);
	size_t n = strlen(w->root);
	bool in;

	in = real != NULL && strncmp(real, w->root, n) == 0 &&
	    (real[n] == '/' || real[n] == '\0' || strcmp(w->root, "/") == 0);
	free(real);
	return in;
}

static void
collect_dir(struct walk *w, const char *dir, int depth)
{
	struct cli_file_list local = { 0 };
	struct dirent *de;
	struct stat lsb, sb;
	DIR *dp;
	char *path;
	size_t i;

	if ((dp = opendir(dir)) == NULL) {
		diag_add(w->diags, ERR_DIR_READ, dir, 0, 0, strerror(errno));
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		file_list_add(&local, xasprintf("%s/%s", dir, de->d_name));
	}
	closedir(dp);
	if (local.count > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(local.paths, local.count, sizeof(char *), name_cmp);
	for (i = 0; i < local.count; i++) {
		path = local.paths[i];
		/* A dangling link, or one that vanished: nothing to read. */
		if (lstat(path, &lsb) != 0 || stat(path, &sb) != 0) {
			free(path);
			continue;
		}
		if (S_ISLNK(lsb.st_mode) && !walk_inside(w, path)) {
			diag_add(w->diags, WARN_DIR_LINK, path, 0, 0);
			free(path);
			continue;
		}
		if (S_ISDIR(sb.st_mode)) {
			if (depth + 1 > CLI_WALK_DEPTH)
				diag_add(w->diags, WARN_DIR_DEPTH, path, 0, 0,
				    CLI_WALK_DEPTH_TEXT);
			else if (!walk_enter(w, &sb))
				diag_add(w->diags, WARN_DIR_LINK, path, 0, 0);
			else
				collect_dir(w, path, depth + 1);
			free(path);
		} else if (S_ISREG(sb.st_mode) &&
		    is_case_name(strrchr(path, '/') + 1))
			file_list_add(w->fl, path);
		else
			free(path);
	}
	free(local.paths);
}

void
cli_collect_files(struct cli_file_list *fl, char *const args[], int n,
    struct diag_list *diags)
{
	struct walk w = { fl, diags, NULL, NULL, 0 };
	struct stat sb;
	size_t before;
	int i;

	for (i = 0; i < n; i++) {
		if (stat(args[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
			char *dir = xstrdup(args[i]);
			size_t len = strlen(dir);

			while (len > 1 && dir[len - 1] == '/')
				dir[--len] = '\0';
			before = fl->count;
			w.root = realpath(dir, NULL);
			w.nseen = 0;
			if (w.root == NULL)
				diag_add(diags, ERR_DIR_READ, dir, 0, 0,
				    strerror(errno));
			else if (walk_enter(&w, &sb))
				collect_dir(&w, dir, 0);
			free(w.root);
			free(dir);
			if (fl->count == before)
				diag_add(diags, WARN_DIR_NO_CASE_FILES, args[i],
				    0, 0);
		} else
			file_list_add(fl, xstrdup(args[i]));
	}
	free(w.seen);
}

void
cli_file_list_free(struct cli_file_list *fl)
{
	size_t i;

	for (i = 0; i < fl->count; i++)
		free(fl->paths[i]);
	free(fl->paths);
	fl->paths = NULL;
	fl->count = 0;
}

struct case_reader *
cli_case_reader(struct cli *cli)
{
	struct diag_list diags = { 0 };
	struct case_reader *r;
	char *schema = paths_find("schema/case.xsd");

	r = case_reader_new(schema ? schema : PKGDATADIR "/schema/case.xsd",
	    &diags);
	free(schema);
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	return r;
}

/* Case ids seen in one run, to warn of one id in two files. */
struct id_seen {
	char	*id;
	size_t	 file;	/* index in the file list */
};

static int
id_seen_cmp(const void *a, const void *b)
{
	const struct id_seen *x = a, *y = b;
	int r = strcmp(x->id, y->id);

	return r != 0 ? r : (x->file > y->file) - (x->file < y->file);
}

/* The same case in two files (a copy, a file restored beside its
 * successor) counts twice in a work list: say so, once per extra file. */
static void
warn_same_ids(struct cli *cli, struct id_seen *ids, size_t n,
    const struct cli_file_list *files)
{
	struct diag_list diags = { 0 };
	size_t i;

	if (n > 1)
		qsort(ids, n, sizeof(*ids), id_seen_cmp);
	for (i = 1; i < n; i++)
		if (strcmp(ids[i].id, ids[i - 1].id) == 0)
			diag_add(&diags, WARN_CASE_ID_TWICE,
			    files->paths[ids[i].file], 0, 0, ids[i].id,
			    files->paths[ids[i - 1].file]);
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	for (i = 0; i < n; i++)
		free(ids[i].id);
	free(ids);
}

int
cli_each_case(struct cli *cli, char *const args[], int n, cli_case_fn fn,
    void *ctx)
{
	struct diag_list diags = { 0 };
	struct cli_file_list files = { 0 };
	struct case_reader *reader;
	struct case_file *c;
	struct id_seen *ids;
	size_t i, nids = 0;

	if ((reader = cli_case_reader(cli)) == NULL)
		return cli->status;
	cli_collect_files(&files, args, n, &diags);
	cli_flush_diags(cli, &diags);
	ids = xcalloc(files.count ? files.count : 1, sizeof(*ids));
	for (i = 0; i < files.count; i++) {
		c = case_read_file(reader, files.paths[i], &diags);
		cli_flush_diags(cli, &diags);
		if (c != NULL) {
			ids[nids].id = xstrdup(c->id);
			ids[nids++].file = i;
			fn(c, ctx);
		}
		case_free(c);
	}
	warn_same_ids(cli, ids, nids, &files);
	cli_file_list_free(&files);
	case_reader_free(reader);
	diag_list_free(&diags);
	return cli->status;
}

#if ENABLE_NLS
/* glibc evaluates the catalogue's plural formula itself, and a division
 * by zero there kills the process: the formula is tried here first, and
 * a catalogue that fails is not used (the messages stay in English). */
static void
refuse_bad_plurals(FILE *err)
{
	/* The catalogue's header is the translation of "".  Not a literal
	 * in the call: xgettext would take it for a message and file the
	 * PO files' header under this line, in the middle of the file. */
	static const char header_msgid[] = "";
	const char *why = catalog_plural_check(gettext(header_msgid));

	if (why == NULL)
		return;
	bindtextdomain(PACKAGE, "/nonexistent/thbdoc-refused");
	fprintf(err, "thbdoc: warning: the catalogue of the program's "
	    "messages is not used: %s\n", why);
}
#endif

static void
setup_i18n(FILE *err)
{
#if ENABLE_NLS
	const char *env = getenv("THBDOC_LOCALEDIR");
	char *dir = NULL;

	setlocale(LC_ALL, "");
	/* The program's own messages: the first folder of the list (an
	 * empty entry is none). */
	if (env != NULL)
		env += strspn(env, ":");
	if (env != NULL && *env != '\0')
		dir = xasprintf("%.*s", (int)strcspn(env, ":"), env);
	bindtextdomain(PACKAGE, dir != NULL ? dir : LOCALEDIR);
	free(dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	refuse_bad_plurals(err);
#else
	(void)err;
	setlocale(LC_ALL, "");
#endif
	/* Numbers in files we write never follow the locale. */
	setlocale(LC_NUMERIC, "C");
}

/* Everything written to standard output reaches it, or the run fails
 * with its own status: a work list cut in half on a full disk must not
 * look like a short one. */
static int
check_output(FILE *out, FILE *err, int status)
{
	struct diag_list diags = { 0 };

	errno = 0;
	if (fflush(out) == 0 && !ferror(out))
		return status;
	/* After an earlier failed write, fflush() may have nothing left to
	 * fail on: errno is then not the reason. */
	diag_add(&diags, ERR_OUTPUT_STDOUT_WRITE, NULL, 0, 0, errno != 0 ?
	    /* TRANSLATORS: the reason in "cannot write to standard output:
	       %s", when the system gives none. */
	    strerror(errno) : _("a write failed"));
	diag_list_print(&diags, err);
	fflush(err);
	diag_list_free(&diags);
	return THB_EXIT_OUTPUT;
}

static int
run(int argc, char *argv[], FILE *out, FILE *err)
{
	struct cli cli = { out, err, NULL, THB_EXIT_OK };
	size_t i;

	if (argc < 2) {
		print_main_help(err);
		return THB_EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		print_main_help(out);
		return THB_EXIT_OK;
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		fprintf(out, "thbdoc %s\n", PACKAGE_VERSION);
		/* TRANSLATORS: thbdoc --version: the legal regime the program
		   follows; "1997-2003" is its code in the case files: keep
		   it. */
		fprintf(out, _("Regime: directives of 13 January 1997, "
		    "amended 17 April 2003 (\"1997-2003\").\n"));
		/* TRANSLATORS: %s: a folder name. */
		fprintf(out, _("Data folder: %s\n"), PKGDATADIR);
		return THB_EXIT_OK;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i].name) != 0)
			continue;
		cli.command = commands[i].name;
		optind = 0;	/* getopt starts afresh for each run */
		return commands[i].run(&cli, argc - 1, argv + 1);
	}
	/* TRANSLATORS: %s: what the user typed.  'thbdoc --help' is typed by
	   the user: keep it. */
	fprintf(err, _("thbdoc: unknown command '%s'\n"
	    "Try 'thbdoc --help'.\n"), argv[1]);
	return THB_EXIT_USAGE;
}

int
thbdoc_main(int argc, char *argv[], FILE *out, FILE *err)
{
	util_process_protect();
	xml_read_init();
	setup_i18n(err);
	return check_output(out, err, run(argc, argv, out, err));
}
