/* cli_leaflet.c: thbdoc leaflet and thbdoc languages.
 *
 * The leaflet of point 5 of the directives, in the language of the person
 * met (and, with --with, the officer's official language side by side):
 * template (templates/leaflet.xml) -> tmpl_build -> layout_doc ->
 * pdf_write, which writes atomically (temporary file and rename).
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog.h"
#include "centres.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "font.h"
#include "i18n.h"
#include "languages.h"
#include "layout.h"
#include "paths.h"
#include "pdf_out.h"
#include "tmpl.h"
#include "util.h"

/* Two A4 pages for the leaflet; twice that with two languages side by
 * side, where each column is half as wide. */
#define LEAFLET_PAGES		2
#define LEAFLET_PAGES_WITH	4

/* Everything the leaflet is made from, loaded once per run. */
struct leaflet_data {
	struct lang_table *langs;
	struct tmpl	*tmpl;
	struct centre_list *centres;
	struct font_set	*fonts;		/* only when writing PDF */
};

static char *
find_data(const char *relpath, struct diag_list *diags)
{
	char *p = paths_find(relpath);

	if (p == NULL)
		diag_add(diags, ERR_DATA_MISSING, NULL, 0, 0, relpath);
	return p;
}

static struct lang_table *
load_languages(struct diag_list *diags)
{
	char *xml = find_data("languages.xml", diags);
	char *xsd = find_data("schema/languages.xsd", diags);
	struct lang_table *t = NULL;

	if (xml != NULL && xsd != NULL)
		t = languages_load(xml, xsd, diags);
	free(xml);
	free(xsd);
	return t;
}

static bool
load_data(struct leaflet_data *d, bool pdf, struct diag_list *diags)
{
	char *tmpl = find_data("templates/leaflet.xml", diags);
	char *tmpl_xsd = find_data("templates/template.xsd", diags);
	char *centres = find_data("centres.xml", diags);
	char *centres_xsd = find_data("schema/centres.xsd", diags);

	memset(d, 0, sizeof(*d));
	if (tmpl != NULL && tmpl_xsd != NULL && centres != NULL &&
	    centres_xsd != NULL) {
		d->langs = load_languages(diags);
		d->tmpl = tmpl_load(tmpl, tmpl_xsd, diags);
		d->centres = centres_load(centres, centres_xsd, diags);
	}
	free(tmpl);
	free(tmpl_xsd);
	free(centres);
	free(centres_xsd);
	if (d->langs == NULL || d->tmpl == NULL || d->centres == NULL)
		return false;
	if (pdf && (d->fonts = font_set_load(diags)) == NULL)
		return false;
	return true;
}

static void
free_data(struct leaflet_data *d)
{
	languages_free(d->langs);
	tmpl_free(d->tmpl);
	centres_free(d->centres);
	font_set_free(d->fonts);
}

/* The catalogue of a language; NULL for the source language when it has
 * none.  *ok false (and an error) when another language has none. */
static struct catalog *
open_catalog(const struct leaflet_data *d, const char *code, bool *ok,
    struct diag_list *diags)
{
	char *path = catalog_path(code);
	struct catalog *c = NULL;

	*ok = true;
	if (path != NULL) {
		c = catalog_open(path, diags);
		*ok = c != NULL;
	} else if (strcmp(code, tmpl_source_lang(d->tmpl)) != 0) {
		diag_add(diags, ERR_NO_CATALOG, NULL, 0, 0, code,
		    CATALOG_DOMAIN ".mo");
		*ok = false;
	}
	free(path);
	return c;
}

struct leaflet_job {
	const struct lang_info *lang;
	const struct lang_info *with;	/* or NULL */
	const char	*region;	/* or NULL */
	const char	*output;	/* PDF path, or NULL with --dump */
};

/* Build one leaflet and write it (or dump its tree to out). */
static bool
make_leaflet(struct cli *cli, struct leaflet_data *d,
    const struct leaflet_job *job, struct diag_list *diags)
{
	struct tmpl_context ctx = { .region = job->region };
	struct tmpl_lang with = { NULL, DOC_DIR_LTR, NULL };
	struct tmpl_var vars[1];
	struct catalog *cat, *with_cat = NULL;
	struct layout_options lo = { LEAFLET_PAGES };
	struct pdf_options po = { 0, false };
	struct layout *lay = NULL;
	struct doc *doc = NULL;
	bool ok, done = false;
	char *dump;

	cat = open_catalog(d, job->lang->code, &ok, diags);
	if (!ok)
		return false;
	ctx.lang.code = job->lang->code;
	ctx.lang.dir = job->lang->dir;
	ctx.lang.catalog = cat;
	if (job->with != NULL) {
		with_cat = open_catalog(d, job->with->code, &ok, diags);
		if (!ok)
			goto out;
		with.code = job->with->code;
		with.dir = job->with->dir;
		with.catalog = with_cat;
		ctx.with = &with;
		lo.max_pages = LEAFLET_PAGES_WITH;
	}
	if (job->region != NULL) {
		vars[0].name = "region";
		vars[0].value = job->region;
		ctx.vars = vars;
		ctx.nvars = 1;
	}
	ctx.centres = d->centres;
	if ((doc = tmpl_build(d->tmpl, &ctx, diags)) == NULL)
		goto out;
	if (job->output == NULL) {
		dump = doc_dump(doc);
		fputs(dump, cli->out);
		free(dump);
		done = true;
		goto out;
	}
	lay = layout_doc(doc, d->fonts, &lo, diags);
	if (lay != NULL && diag_list_errors(diags) == 0)
		done = pdf_write(lay, doc, &po, job->output, diags);
out:
	layout_free(lay);
	doc_free(doc);
	catalog_free(cat);
	catalog_free(with_cat);
	return done;
}

static void
leaflet_help(FILE *fp)
{
	fprintf(fp, _("Usage: thbdoc leaflet --lang LL [--with fr|nl|de] "
	    "[--region REGION] -o FILE.pdf\n"
	    "       thbdoc leaflet --all [--with fr|nl|de] [--region REGION] "
	    "-o DIR\n"
	    "Write the information leaflet for victims of trafficking in "
	    "human beings\n(point 5 of the directives) in the language of the "
	    "person met.\n\n"
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
	    "                      (DIR/leaflet-LL.pdf)\n"
	    "  -o, --output PATH   the PDF file, or the folder with --all\n"
	    "      --dump          print the document tree instead of writing "
	    "PDF\n"
	    "  -h, --help          show this help\n"));
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

/* --all: every language of the table whose catalogue is installed (and
 * the source language), in the table's order. */
static void
leaflet_all(struct cli *cli, struct leaflet_data *d, struct leaflet_job *job,
    const char *dir, bool dump, struct diag_list *diags)
{
	const struct lang_info *l;
	char *mo, *path = NULL;
	size_t i;

	if (!dump && mkdir(dir, 0755) != 0 && errno != EEXIST) {
		diag_add(diags, ERR_OUTPUT_WRITE, dir, 0, 0, strerror(errno));
		return;
	}
	for (i = 0; i < d->langs->count; i++) {
		l = &d->langs->items[i];
		mo = catalog_path(l->code);
		if (mo == NULL && strcmp(l->code,
		    tmpl_source_lang(d->tmpl)) != 0)
			continue;
		free(mo);
		job->lang = l;
		if (!dump) {
			path = job->with != NULL ?
			    xasprintf("%s/leaflet-%s-%s.pdf", dir, l->code,
			    job->with->code) :
			    xasprintf("%s/leaflet-%s.pdf", dir, l->code);
			job->output = path;
		} else
			fprintf(cli->out, "== %s\n", l->code);
		make_leaflet(cli, d, job, diags);
		cli_flush_diags(cli, diags);
		free(path);
		path = NULL;
	}
}

int
cmd_leaflet(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "with", required_argument, NULL, 'w' },
		{ "region", required_argument, NULL, 'r' },
		{ "all", no_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "dump", no_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	struct leaflet_data d;
	struct leaflet_job job = { NULL, NULL, NULL, NULL };
	const char *lang = NULL, *with = NULL, *output = NULL;
	bool all = false, dump = false;
	int c;

	while ((c = getopt_long(argc, argv, "l:w:r:ao:h", opts, NULL)) != -1) {
		switch (c) {
		case 'l': lang = optarg; break;
		case 'w': with = optarg; break;
		case 'r': job.region = optarg; break;
		case 'a': all = true; break;
		case 'o': output = optarg; break;
		case 'D': dump = true; break;
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
	if (job.region != NULL && !valid_region(job.region))
		return cli_usage_error(cli, _("unknown region '%s': expected "
		    "flanders, brussels or wallonia"), job.region);
	if (with != NULL && !is_official(with))
		return cli_usage_error(cli, _("--with takes an official "
		    "language of Belgium: fr, nl or de"));
	if (!load_data(&d, !dump, &diags))
		goto done;
	if (with != NULL)
		job.with = languages_find(d.langs, with);
	if (all) {
		leaflet_all(cli, &d, &job, output, dump, &diags);
		goto done;
	}
	if ((job.lang = languages_find(d.langs, lang)) == NULL) {
		diag_add(&diags, ERR_LANGUAGE_UNKNOWN, NULL, 0, 0, lang);
		goto done;
	}
	job.output = dump ? NULL : output;
	make_leaflet(cli, &d, &job, &diags);
done:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	free_data(&d);
	return cli->status;
}

/* thbdoc languages: what can be printed, and how complete it is. */

static void
languages_help(FILE *fp)
{
	fprintf(fp, _("Usage: thbdoc languages\n"
	    "List the languages of the leaflet: code, script (ISO 15924), "
	    "direction,\nleaflet strings translated, and the language's name "
	    "in English and in\nits own script.\n\n"
	    "  -h, --help          show this help\n"));
}

/* Translated leaflet strings: the template's and the centres' cities. */
static void
count_translated(const struct leaflet_data *d, const struct catalog *cat,
    size_t *done, size_t *total)
{
	const struct tmpl_msg *m;
	size_t i;

	*done = *total = 0;
	for (i = 0; i < tmpl_msg_count(d->tmpl); i++) {
		m = tmpl_msg_get(d->tmpl, i);
		*done += catalog_lookup(cat, m->msgctxt, m->msgid) != NULL;
		(*total)++;
	}
	for (i = 0; i < d->centres->count; i++) {
		*done += catalog_lookup(cat, NULL, d->centres->items[i].city) !=
		    NULL;
		(*total)++;
	}
}

int
cmd_languages(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	const struct lang_info *l;
	struct leaflet_data d;
	struct catalog *cat;
	size_t i, done, total;
	char *path, count[32];
	bool source;
	int c;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			languages_help(cli->out);
			return THB_EXIT_OK;
		}
		return cli_usage_error(cli, _("invalid option"));
	}
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (!load_data(&d, false, &diags))
		goto out;
	fprintf(cli->out, "%-5s %-6s %-3s %-9s %s\n", _("code"), _("script"),
	    _("dir"), _("leaflet"), _("language"));
	for (i = 0; i < d.langs->count; i++) {
		l = &d.langs->items[i];
		source = strcmp(l->code, tmpl_source_lang(d.tmpl)) == 0;
		path = catalog_path(l->code);
		cat = path ? catalog_open(path, &diags) : NULL;
		free(path);
		count_translated(&d, cat, &done, &total);
		if (source)
			snprintf(count, sizeof(count), "%s", _("source"));
		else
			snprintf(count, sizeof(count), "%zu/%zu", done, total);
		fprintf(cli->out, "%-5s %-6s %-3s %-9s %s \xe2\x80\x94 %s\n",
		    l->code, l->script, l->dir == DOC_DIR_RTL ? "rtl" : "ltr",
		    count, l->english, l->name);
		catalog_free(cat);
	}
out:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	free_data(&d);
	return cli->status;
}
