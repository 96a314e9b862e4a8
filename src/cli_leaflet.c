/* cli_leaflet.c: thbdoc leaflet and thbdoc languages.
 *
 * The leaflet of point 5 of the directives, in the language of the person
 * met (and, with --with, the officer's official language side by side):
 * template (templates/leaflet.xml) -> tmpl_build -> layout_doc ->
 * pdf_write, which writes atomically (temporary file and rename).
 *
 * Publication rules (thbdoc.1, TRANSLATIONS), decided from the installed
 * catalogue alone, so that they hold wherever thbdoc runs: msgfmt leaves
 * fuzzy and untranslated entries out of a .mo, so a leaflet string that
 * the catalogue lacks is "untranslated or fuzzy", and such a language is
 * not offered unless --allow-incomplete; msgfmt copies the PO header, so
 * the catalogue's X-Review-Status says whether the translation is a
 * draft, and a draft's leaflet carries the note that the French text is
 * authoritative.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "centres.h"
#include "check_sources.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "font.h"
#include "i18n.h"
#include "languages.h"
#include "layout.h"
#include "paths.h"
#include "pdf_out.h"
#include "po_read.h"
#include "utf8.h"
#include "tmpl.h"
#include "util.h"

/* Two A4 pages for the leaflet; twice that with two languages side by
 * side, where each column is half as wide. */
#define LEAFLET_PAGES		2
#define LEAFLET_PAGES_WITH	4

/* Everything the leaflet is made from, loaded once per run. */
struct leaflet_data {
	struct languages_table *langs;
	struct tmpl	*tmpl;
	struct centres_list *centres;
	struct font_set	*fonts;		/* only when writing PDF */
};

static bool
load_data(struct leaflet_data *d, bool pdf, struct diag_list *diags)
{
	struct paths_data f;

	memset(d, 0, sizeof(*d));
	if (paths_require("languages.xml", "schema/languages.xsd", &f, diags))
		d->langs = languages_load(f.data, f.schema, diags);
	paths_release(&f);
	if (paths_require("templates/leaflet.xml", "templates/template.xsd",
	    &f, diags))
		d->tmpl = tmpl_load(f.data, f.schema, diags);
	paths_release(&f);
	if (paths_require("centres.xml", "schema/centres.xsd", &f, diags))
		d->centres = centres_load(f.data, f.schema, diags);
	paths_release(&f);
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
	const struct languages_info *lang;
	const struct languages_info *with;	/* or NULL */
	const char	*region;	/* or NULL */
	const char	*output;	/* PDF path, or NULL with --dump */
	bool		 allow_incomplete;
	bool		 all;		/* --all: skip, do not refuse */
	const char	*po_dir;	/* to name po/LL.po lines, or NULL */
	bool		 replace;	/* --force: replace existing files */
};

static bool
is_notice(const struct tmpl_msg *m)
{
	return m->msgctxt != NULL &&
	    strcmp(m->msgctxt, CHECK_PO_NOTICE_CONTEXT) == 0;
}

/* One missing string, located in po/LL.po when that file is at hand,
 * else in the template. */
static void
report_missing(const struct po_file *po, const char *code,
    const char *msgctxt, const char *msgid, int tmpl_line,
    struct diag_list *diags)
{
	const struct po_entry *e = po ? po_find(po, msgctxt, msgid) : NULL;
	const char *p = msgid;
	size_t n;
	char *ex;

	/* About 60 characters, cut on a character boundary. */
	for (n = 0; n < 60 && *p != '\0'; n++)
		utf8_next(&p);
	ex = xasprintf("%.*s%s", (int)(p - msgid), msgid, *p ? "..." : "");
	if (e != NULL)
		diag_add(diags, ERR_LEAFLET_MISSING, po->name,
		    e->fuzzy && e->flags_line ? e->flags_line : e->msgstr_line,
		    0, code, ex);
	else if (po != NULL)
		diag_add(diags, ERR_LEAFLET_MISSING, po->name, 0, 0, code, ex);
	else
		diag_add(diags, ERR_LEAFLET_MISSING, "templates/leaflet.xml",
		    tmpl_line, 0, code, ex);
	free(ex);
}

/* The leaflet strings the catalogue lacks (untranslated or fuzzy: msgfmt
 * leaves both out), the translation notices aside; each one reported
 * when diags is not NULL. */
static size_t
leaflet_missing(const struct leaflet_data *d, const struct catalog *cat,
    const struct leaflet_job *job, struct diag_list *diags)
{
	struct diag_list quiet = { 0 };
	const struct tmpl_msg *m;
	struct po_file *po = NULL;
	const char *city;
	char *path = NULL;
	size_t i, n = 0;

	if (diags != NULL && job->po_dir != NULL) {
		path = xasprintf("%s/%s.po", job->po_dir, job->lang->code);
		if (access(path, R_OK) == 0)
			po = po_read(path, &quiet);
	}
	for (i = 0; i < tmpl_msg_count(d->tmpl); i++) {
		m = tmpl_msg_get(d->tmpl, i);
		if (is_notice(m) ||
		    catalog_lookup(cat, m->msgctxt, m->msgid) != NULL)
			continue;
		n++;
		if (diags != NULL)
			report_missing(po, job->lang->code, m->msgctxt,
			    m->msgid, m->line, diags);
	}
	for (i = 0; i < d->centres->count; i++) {
		city = d->centres->items[i].city;
		if (catalog_lookup(cat, NULL, city) != NULL)
			continue;
		n++;
		if (diags != NULL)
			report_missing(po, job->lang->code, NULL, city, 0,
			    diags);
	}
	po_free(po);
	free(path);
	diag_list_free(&quiet);
	return n;
}

/* A draft: the catalogue's header does not say "reviewed", with the
 * reviewer and the date (check_po_review_is_draft). */
static bool
catalog_is_draft(const struct catalog *cat)
{
	char *st = catalog_header_field(cat, "X-Review-Status");
	char *by = catalog_header_field(cat, "X-Reviewed-By");
	char *date = catalog_header_field(cat, "X-Review-Date");
	bool draft = check_po_review_is_draft(st, by, date);

	free(st);
	free(by);
	free(date);
	return draft;
}

/* May the leaflet be written in this language?  Sets the template
 * variables of the notes ("incomplete", "draft") in vars. */
static bool
publication_allowed(const struct leaflet_data *d, const struct catalog *cat,
    const struct leaflet_job *job, struct tmpl_var *vars, size_t *nvars,
    struct diag_list *diags)
{
	size_t missing = leaflet_missing(d, cat, job, NULL);
	char n[32];

	if (missing > 0 && !job->allow_incomplete) {
		snprintf(n, sizeof(n), "%zu", missing);
		if (job->all)
			diag_add(diags, WARN_LEAFLET_SKIPPED, NULL, 0, 0,
			    job->lang->code, n, job->lang->code);
		else {
			diag_add(diags, ERR_LEAFLET_INCOMPLETE, NULL, 0, 0,
			    job->lang->code, n);
			leaflet_missing(d, cat, job, diags);
		}
		return false;
	}
	if (missing > 0) {
		vars[*nvars].name = "incomplete";
		vars[(*nvars)++].value = "yes";
	}
	if (catalog_is_draft(cat)) {
		vars[*nvars].name = "draft";
		vars[(*nvars)++].value = "yes";
	}
	return true;
}

/* Build one leaflet and write it (or dump its tree to out). */
static bool
make_leaflet(struct cli *cli, struct leaflet_data *d,
    const struct leaflet_job *job, struct diag_list *diags)
{
	struct tmpl_context ctx = { .region = job->region };
	struct tmpl_lang with = { NULL, DOC_DIR_LTR, NULL };
	struct tmpl_lang fr = { "fr", DOC_DIR_LTR, NULL };
	struct tmpl_var vars[3];
	struct catalog *cat, *with_cat = NULL, *fr_cat = NULL;
	struct layout_options lo = { LEAFLET_PAGES };
	struct pdf_options po = { 0, false, job->replace };
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
		vars[ctx.nvars].name = "region";
		vars[ctx.nvars++].value = job->region;
	}
	/* The source language has no catalogue: nothing to publish or
	 * review. */
	if (cat != NULL && !publication_allowed(d, cat, job, vars, &ctx.nvars,
	    diags))
		goto out;
	ctx.vars = vars;
	/* The notes about the translation are read in French too. */
	if (ctx.nvars > (job->region != NULL ? 1u : 0u) &&
	    strcmp(job->lang->code, "fr") != 0) {
		fr_cat = open_catalog(d, "fr", &ok, diags);
		if (!ok)
			goto out;
		fr.catalog = fr_cat;
		ctx.also = &fr;
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
	catalog_free(fr_cat);
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
	    "                      (DIR/leaflet-LL.pdf); incomplete ones are "
	    "skipped\n"
	    "      --allow-incomplete  print a language even if some of its "
	    "leaflet\n"
	    "                      strings are untranslated or fuzzy: they "
	    "stand in\n"
	    "                      English, and the page says so\n"
	    "      --po-dir DIR    name the lines of DIR/LL.po in messages "
	    "about\n"
	    "                      missing strings (default: po, when there)\n"
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

/* --all: every language of the table whose catalogue is installed (and
 * the source language), in the table's order. */
static void
leaflet_all(struct cli *cli, struct leaflet_data *d, struct leaflet_job *job,
    const char *dir, bool dump, struct diag_list *diags)
{
	const struct languages_info *l;
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
	struct leaflet_data d;
	struct leaflet_job job = { NULL, NULL, NULL, NULL, false, false,
	    NULL };
	struct stat sb;
	const char *lang = NULL, *with = NULL, *output = NULL;
	bool all = false, dump = false;
	int c;

	while ((c = getopt_long(argc, argv, "l:w:r:ao:fh", opts, NULL)) != -1) {
		switch (c) {
		case 'l': lang = optarg; break;
		case 'w': with = optarg; break;
		case 'r': job.region = optarg; break;
		case 'a': all = true; break;
		case 'o': output = optarg; break;
		case 'D': dump = true; break;
		case 'I': job.allow_incomplete = true; break;
		case 'P': job.po_dir = optarg; break;
		case 'f': job.replace = true; break;
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
	if (job.po_dir == NULL && stat("po", &sb) == 0 && S_ISDIR(sb.st_mode))
		job.po_dir = "po";
	job.all = all;
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
	fprintf(fp, _("Usage: thbdoc languages [--po-dir DIR]\n"
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
	    "  -p, --po-dir DIR    read the PO files of DIR\n"
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
row_from_catalog(const struct leaflet_data *d, const struct languages_info *l,
    struct lang_row *r, struct diag_list *diags)
{
	struct leaflet_job job = { .lang = l };
	size_t total = tmpl_msg_count(d->tmpl) + d->centres->count, missing;
	char *path = catalog_path(l->code);
	struct catalog *cat = path ? catalog_open(path, diags) : NULL;
	size_t i;

	free(path);
	for (i = 0; i < tmpl_msg_count(d->tmpl); i++)
		total -= is_notice(tmpl_msg_get(d->tmpl, i));
	snprintf(r->fuzzy, sizeof(r->fuzzy), "-");
	if (cat == NULL) {
		snprintf(r->translated, sizeof(r->translated), "-");
		snprintf(r->untranslated, sizeof(r->untranslated), "%zu", total);
		r->review = "-";
		r->fails = xstrdup(_("no catalogue"));
		return;
	}
	missing = leaflet_missing(d, cat, &job, NULL);
	snprintf(r->translated, sizeof(r->translated), "%zu", total - missing);
	snprintf(r->untranslated, sizeof(r->untranslated), "%zu", missing);
	r->review = catalog_is_draft(cat) ? "draft" : "reviewed";
	r->publishable = missing == 0;
	r->fails = xstrdup(missing ? check_po_name(CHECK_COMPLETE) : "");
	catalog_free(cat);
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
		{ "po-dir", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	struct check_sources src = { 0 };
	const struct languages_info *l;
	struct leaflet_data d;
	struct lang_row r;
	const char *po_dir = NULL;
	size_t i;
	int c;

	while ((c = getopt_long(argc, argv, "p:h", opts, NULL)) != -1) {
		switch (c) {
		case 'p': po_dir = optarg; break;
		case 'h': languages_help(cli->out); return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (!load_data(&d, false, &diags))
		goto out;
	if (po_dir != NULL && !check_sources_load(&src, po_dir, true, &diags))
		goto out;
	fprintf(cli->out, "%-4s %-4s %-3s %6s %5s %6s %-8s %-7s %-14s %s\n",
	    _("code"), _("scr."), _("dir"), _("transl"), _("fuzzy"),
	    _("untr."), _("review"), _("publish"), _("fails"), _("language"));
	for (i = 0; i < d.langs->count; i++) {
		l = &d.langs->items[i];
		memset(&r, 0, sizeof(r));
		if (strcmp(l->code, tmpl_source_lang(d.tmpl)) == 0) {
			snprintf(r.translated, sizeof(r.translated), "%s",
			    _("source"));
			snprintf(r.fuzzy, sizeof(r.fuzzy), "-");
			snprintf(r.untranslated, sizeof(r.untranslated), "-");
			r.review = "-";
			r.publishable = true;
			r.fails = xstrdup("");
		} else if (po_dir != NULL)
			row_from_po(&src, po_dir, l, &r);
		else
			row_from_catalog(&d, l, &r, &diags);
		fprintf(cli->out, "%-4s %-4s %-3s %6s %5s %6s %-8s %-7s %-14s "
		    "%s \xe2\x80\x94 %s\n", l->code, l->script,
		    l->dir == DOC_DIR_RTL ? "rtl" : "ltr", r.translated, r.fuzzy,
		    r.untranslated, r.review, r.publishable ? _("yes") :
		    _("no"), *r.fails ? r.fails : "-", l->english, l->name);
		free(r.fails);
	}
out:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	free_data(&d);
	check_sources_free(&src);
	return cli->status;
}
