/* cli_check.c: thbdoc check-translations.
 *
 * For each language named (or every language of DIR/LINGUAS), the checks
 * of check_po.h on DIR/LL.po, DIR being po-docs (the documents' domain,
 * the default) or po (--domain program): one diagnostic per problem and
 * string on stderr, "po-docs/LL.po:LINE: error|warning: ...", and one
 * summary line per language on stdout.  The exit status says whether every language named
 * can be published (thbdoc.1, EXIT STATUS).
 */
#include <config.h>

#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "check_sources.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "po_read.h"
#include "util.h"
#include "xml_read.h"

#define LINGUAS_MAX_SIZE (64 * 1024)

static void
check_help(FILE *fp)
{
	/* TRANSLATORS: keep the option names, "docs", "program", "po-docs"
	   and "po" as they are: they are typed on the command line. */
	fprintf(fp, _("Usage: thbdoc check-translations [--domain docs|program] "
	    "[--po-dir DIR] [-q]\n"
	    "                                  [LL | FILE.po]...\n"
	    "Check translations before a leaflet is printed from them: for "
	    "each\nlanguage, every string of DIR/LL.po (msgfmt -c, fuzzy and "
	    "untranslated\nstrings, placeholders and markup, text left in "
	    "English, characters no\nfont can draw, bidi controls, spaces), "
	    "then the leaflet built from it and\nlaid out in the real fonts "
	    "on its two pages.  Without LL, every language\nof DIR/LINGUAS.\n\n"
	    "  -d, --domain D      docs: what the person reads (leaflet, "
	    "notice,\n"
	    "                      language card), every language, in po-docs/ "
	    "(default);\n"
	    "                      program: the program's messages and the "
	    "official\n"
	    "                      documents, French, Dutch and German, in po/ "
	    "(no\n"
	    "                      leaflet checks)\n"
	    "  -p, --po-dir DIR    the folder of the PO files (default: po-docs, "
	    "or po\n"
	    "                      with --domain program)\n"
	    "  -l, --lang LL       the language of the FILE.po given (default: "
	    "its\n"
	    "                      Language: header)\n"
	    "  -q, --quiet         errors only, no warnings\n"
	    "  -h, --help          show this help\n\n"
	    "Exit status: 0 every language checked can be published, 1 one "
	    "cannot\n(errors above), 2 usage error, 3 data or fonts "
	    "missing.\n"));
}

static bool
is_po_path(const char *arg)
{
	size_t n = strlen(arg);

	return n > 3 && strcmp(arg + n - 3, ".po") == 0;
}

static void
list_add(struct cli_file_list *l, char *s)
{
	l->paths = xrealloc(l->paths, (l->count + 1) * sizeof(*l->paths));
	l->paths[l->count++] = s;
}

static int
cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The languages of DIR/LINGUAS, or of the DIR/LL.po files when there is
 * no LINGUAS. */
static void
default_languages(const char *dir, struct cli_file_list *out,
    struct diag_list *diags)
{
	char *path = xasprintf("%s/LINGUAS", dir), *buf, *tok, *save;
	struct diag_list quiet = { 0 };
	struct dirent *de;
	size_t len;
	DIR *dp;

	if ((buf = xml_file_slurp(path, LINGUAS_MAX_SIZE, &len, &quiet)) != NULL) {
		for (tok = strtok_r(buf, " \t\n", &save); tok != NULL;
		    tok = strtok_r(NULL, " \t\n", &save)) {
			if (*tok == '#') {
				strtok_r(NULL, "\n", &save);
				continue;
			}
			list_add(out, xstrdup(tok));
		}
		free(buf);
	} else if ((dp = opendir(dir)) != NULL) {
		while ((de = readdir(dp)) != NULL)
			if (de->d_name[0] != '.' && is_po_path(de->d_name))
				list_add(out, xasprintf("%.*s",
				    (int)strlen(de->d_name) - 3, de->d_name));
		closedir(dp);
		qsort(out->paths, out->count, sizeof(*out->paths), cmp_path);
	} else
		diag_add(diags, ERR_DIR_READ, dir, 0, 0, "no LINGUAS, no "
		    "PO files (give --po-dir)");
	diag_list_free(&quiet);
	free(path);
}

/* The language of a PO file named on the command line. */
static char *
file_language(const char *path, const char *given)
{
	struct diag_list quiet = { 0 };
	struct po_file *po;
	const char *base;
	char *lang = NULL;

	if (given != NULL)
		return xstrdup(given);
	if ((po = po_read(path, &quiet)) != NULL) {
		lang = po_header_field(po, "Language");
		po_free(po);
	}
	diag_list_free(&quiet);
	if (lang != NULL && *lang != '\0')
		return lang;
	free(lang);
	base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	return xasprintf("%.*s", (int)strlen(base) - 3, base);
}

static bool
readable(const char *path)
{
	struct diag_list quiet = { 0 };
	struct po_file *po = po_read(path, &quiet);

	po_free(po);
	diag_list_free(&quiet);
	return po != NULL;
}

static void
flush(struct cli *cli, struct diag_list *diags, bool quiet)
{
	size_t i, n = 0;

	if (quiet) {
		/* Keep errors only, in order. */
		for (i = 0; i < diags->count; i++) {
			if (diags->items[i].severity == DIAG_ERROR) {
				diags->items[n++] = diags->items[i];
				continue;
			}
			free(diags->items[i].file);
			free(diags->items[i].message);
		}
		diags->count = n;
	}
	cli_flush_diags(cli, diags);
}

static void
summary(struct cli *cli, const char *lang, const struct check_po_result *r,
    bool ok)
{
	char *failed = check_po_names(r->failed);

	if (ok)
		/* TRANSLATORS: %1$s: a language code (ro); %2$s: "draft"
		   or "reviewed" (translated); then the numbers of strings
		   translated, fuzzy (to be checked) and untranslated. */
		fprintf(cli->out, _("%s: can be published (%s): %zu "
		    "translated, %zu fuzzy, %zu untranslated\n"), lang,
		    /* TRANSLATORS: the review state of a translation: not
		       yet read by a sworn translator (X-Review-Status). */
		    r->draft ? _("draft") :
		    /* TRANSLATORS: the review state of a translation: read
		       and approved by a sworn translator. */
		    _("reviewed"), r->translated, r->fuzzy, r->untranslated);
	else
		/* TRANSLATORS: %1$s: a language code (ro); %2$s: the names
		   of the checks that fail (msgfmt, fit...), as they are; then
		   the numbers of strings translated, fuzzy and untranslated. */
		fprintf(cli->out, _("%s: cannot be published (fails: %s): %zu "
		    "translated, %zu fuzzy, %zu untranslated\n"), lang,
		    failed, r->translated, r->fuzzy, r->untranslated);
	free(failed);
}

int
cli_cmd_check_translations(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "domain", required_argument, NULL, 'd' },
		{ "po-dir", required_argument, NULL, 'p' },
		{ "lang", required_argument, NULL, 'l' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	struct cli_file_list langs = { 0 };
	struct check_sources src;
	struct check_po_result res;
	enum catalog_domain domain = CATALOG_DOCUMENTS;
	const char *po_dir = NULL, *given = NULL;
	char *path, *lang;
	bool quiet = false, ok;
	size_t i;
	int c;

	while ((c = getopt_long(argc, argv, "d:p:l:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			if (!catalog_domain_parse(optarg, &domain))
				/* TRANSLATORS: %s: the value given.  docs and
				   program are the values the user types: keep
				   them. */
				return cli_usage_error(cli, _("unknown domain "
				    "'%s': docs or program"), optarg);
			break;
		case 'p': po_dir = optarg; break;
		case 'l': given = optarg; break;
		case 'q': quiet = true; break;
		case 'h': check_help(cli->out); return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (po_dir == NULL)
		po_dir = domain == CATALOG_DOCUMENTS ? "po-docs" : "po";
	for (i = (size_t)optind; i < (size_t)argc; i++)
		list_add(&langs, xstrdup(argv[i]));
	if (langs.count == 0)
		default_languages(po_dir, &langs, &diags);
	if (!check_sources_load(&src, po_dir, true, &diags) ||
	    langs.count == 0)
		goto out;
	src.env.domain = domain;
	flush(cli, &diags, quiet);
	for (i = 0; i < langs.count; i++) {
		if (is_po_path(langs.paths[i])) {
			path = xstrdup(langs.paths[i]);
			lang = file_language(path, given);
		} else {
			path = xasprintf("%s/%s.po", po_dir, langs.paths[i]);
			lang = xstrdup(langs.paths[i]);
		}
		/* A file that cannot be read has no Language: to trust; its
		 * read error says more than "unknown language". */
		if (languages_find(src.langs, lang) == NULL && readable(path))
			diag_add(&diags, ERR_LANGUAGE_UNKNOWN, path, 0, 0,
			    lang);
		else {
			ok = check_po_file(&src.env, path, lang, &res, &diags);
			flush(cli, &diags, quiet);
			summary(cli, lang, &res, ok);
			check_po_result_free(&res);
		}
		flush(cli, &diags, quiet);
		free(path);
		free(lang);
	}
out:
	flush(cli, &diags, quiet);
	diag_list_free(&diags);
	cli_file_list_free(&langs);
	check_sources_free(&src);
	return cli->status;
}
