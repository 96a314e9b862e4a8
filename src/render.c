/* render.c: the one composition step (render.h).
 *
 * template + catalogue + variables -> tmpl_build -> layout_doc ->
 * pdf_render / pdf_write, or a dump.  The leaflet's, the card's and the
 * official documents' own decisions are elsewhere (publish.c,
 * card_grid.c, official.c); here they are only put together.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "card_grid.h"
#include "case.h"
#include "catalog.h"
#include "centres.h"
#include "diag.h"
#include "districts.h"
#include "doc_tree.h"
#include "font.h"
#include "i18n.h"
#include "languages.h"
#include "layout.h"
#include "official.h"
#include "pdf_out.h"
#include "phase.h"
#include "publish.h"
#include "render.h"
#include "thb_data.h"
#include "tmpl.h"
#include "utf8.h"
#include "util.h"

void
render_out_free(struct render_out *out)
{
	free(out->data);
	free(out->overflow_text);
	memset(out, 0, sizeof(*out));
}

/* The lines of text (two characters or more) of one page, one per line,
 * bidi controls and trailing spaces left out. */
static char *
page_lines(const struct layout_page *pg)
{
	struct sbuf b = { 0 };
	const struct layout_text *t;
	size_t i, j, start;
	char u[8];

	for (i = 0; pg != NULL && i < pg->nitems; i++) {
		if (pg->items[i].kind != LAYOUT_TEXT)
			continue;
		t = &pg->items[i].u.text;
		if (t->nlogical < 2)
			continue;	/* a list bullet */
		start = b.len;
		for (j = 0; j < t->nlogical; j++)
			if (!utf8_is_bidi_control(t->logical[j]))
				sbuf_addn(&b, u, utf8_put(u, t->logical[j]));
		while (b.len > start && b.data[b.len - 1] == ' ')
			b.data[--b.len] = '\0';
		if (b.len > start)
			sbuf_addc(&b, '\n');
	}
	return b.len > 0 ? sbuf_detach(&b) : NULL;
}

/* Make the output from a layout.  errors: the count of errors in diags
 * when the render call began. */
static bool
emit(const struct doc *doc, const struct layout *lay, unsigned max_pages,
    const struct render_dest *dest, struct render_out *out, int errors,
    struct diag_list *diags)
{
	struct pdf_options po = { 0, false, dest->replace };
	bool ok = diag_list_errors(diags) == errors;
	char *text;

	out->pages = layout_page_count(lay);
	switch (dest->format) {
	case RENDER_MEASURE:
		if (max_pages > 0 && out->pages > max_pages)
			out->overflow_text = page_lines(layout_page_get(lay,
			    max_pages));
		return ok;
	case RENDER_LAYOUT:
		text = layout_dump(lay);
		out->len = strlen(text);
		out->data = (unsigned char *)text;
		return ok;
	case RENDER_PDF:
	case RENDER_TREE:
		break;
	}
	if (!ok)
		return false;
	if (dest->path != NULL)
		return pdf_write(lay, doc, &po, dest->path, diags);
	out->data = pdf_render(lay, doc, &po, &out->len, diags);
	return out->data != NULL;
}

bool
render_doc(struct thb_data *d, const struct doc *doc, unsigned max_pages,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	struct layout_options lo = { max_pages };
	int errors = diag_list_errors(diags);
	struct font_set *fonts;
	struct layout *lay;
	char *text;
	bool ok;

	out->personal_data = doc->personal_data;
	if (dest->format == RENDER_TREE) {
		text = doc_dump(doc);
		out->len = strlen(text);
		out->data = (unsigned char *)text;
		return true;
	}
	if ((fonts = thb_data_fonts(d, diags)) == NULL)
		return false;
	if ((lay = layout_doc(doc, fonts, &lo, diags)) == NULL)
		return false;
	ok = emit(doc, lay, max_pages, dest, out, errors, diags);
	layout_free(lay);
	return ok;
}

bool
render_template(struct thb_data *d, const char *relpath,
    const struct tmpl_context *ctx, bool personal_data, unsigned max_pages,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	const struct tmpl *t = thb_data_template(d, relpath, diags);
	struct tmpl_context c = *ctx;
	struct doc *doc;
	bool ok;

	if (t == NULL)
		return false;
	if (c.centres == NULL)
		c.centres = thb_data_centres(d, diags);
	if ((doc = tmpl_build(t, &c, diags)) == NULL)
		return false;
	if (personal_data)
		doc->personal_data = true;
	ok = render_doc(d, doc, max_pages, dest, out, diags);
	doc_free(doc);
	return ok;
}

/* Load what a render needs before deciding anything, in the order the
 * commands always have: a broken data file is reported first. */
static bool
need_fonts(struct thb_data *d, const struct render_dest *dest,
    struct diag_list *diags)
{
	return dest->format == RENDER_TREE || thb_data_fonts(d, diags) != NULL;
}

/* ---- the leaflet ---- */

/* The catalogue of a language of the leaflet; NULL for the source
 * language when it has none.  *ok false (and an error) when another
 * language has none. */
static const struct catalog *
leaflet_catalog(struct thb_data *d, const struct tmpl *t, const char *code,
    bool *ok, struct diag_list *diags)
{
	const struct catalog *c;

	*ok = thb_data_catalog(d, code, CATALOG_DOCUMENTS, &c, diags);
	if (*ok && c == NULL && strcmp(code, tmpl_source_lang(t)) != 0) {
		diag_add(diags, ERR_CATALOG_MISSING, NULL, 0, 0, code,
		    catalog_file_name(CATALOG_DOCUMENTS));
		*ok = false;
	}
	return c;
}

/* The person's language into ctx->lang: its code, direction and
 * catalogue (leaflet_catalog()).  false, said, for a language thbdoc does
 * not know or a catalogue missing. */
static bool
person_language(struct thb_data *d, const struct tmpl *t,
    const struct languages_table *langs, const char *code,
    struct tmpl_context *ctx, struct diag_list *diags)
{
	const struct languages_info *l;
	bool ok;

	if ((l = languages_find(langs, code)) == NULL) {
		diag_add(diags, ERR_LANGUAGE_UNKNOWN, NULL, 0, 0, code);
		return false;
	}
	ctx->lang = (struct tmpl_lang){ l->code, l->dir,
	    leaflet_catalog(d, t, l->code, &ok, diags) };
	return ok;
}

bool
render_leaflet_ready(struct thb_data *d, const struct render_dest *dest,
    struct diag_list *diags)
{
	const struct languages_table *langs = thb_data_languages(d, diags);
	const struct tmpl *t = thb_data_template(d, PUBLISH_LEAFLET_TEMPLATE,
	    diags);
	const struct centres_list *centres = thb_data_centres(d, diags);

	return langs != NULL && t != NULL && centres != NULL &&
	    need_fonts(d, dest, diags);
}

bool
render_leaflet(struct thb_data *d, const struct render_leaflet_opts *o,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	const struct languages_table *langs;
	const struct tmpl *t;
	struct publish_rules rules = { o->allow_incomplete,
	    o->skip_incomplete, o->po_dir };
	struct tmpl_context ctx = { .region = o->region };
	struct tmpl_lang with = { NULL, DOC_DIR_LTR, NULL };
	struct tmpl_lang fr = { "fr", DOC_DIR_LTR, NULL };
	const struct languages_info *w;
	const struct catalog *cat;
	struct tmpl_var vars[3];
	bool ok;

	if (!render_leaflet_ready(d, dest, diags))
		return false;
	langs = thb_data_languages(d, diags);
	t = thb_data_template(d, PUBLISH_LEAFLET_TEMPLATE, diags);
	if (!person_language(d, t, langs, o->lang, &ctx, diags))
		return false;
	cat = ctx.lang.catalog;
	if (o->with != NULL && (w = languages_find(langs, o->with)) != NULL) {
		with.catalog = leaflet_catalog(d, t, w->code, &ok, diags);
		if (!ok)
			return false;
		with.code = w->code;
		with.dir = w->dir;
		ctx.with = &with;
	}
	if (o->region != NULL) {
		vars[ctx.nvars].name = "region";
		vars[ctx.nvars++].value = o->region;
	}
	/* The source language has no catalogue: nothing to publish or
	 * review. */
	if (cat != NULL && !publish_allowed(d, cat, ctx.lang.code, &rules,
	    vars, &ctx.nvars, diags))
		return false;
	ctx.vars = vars;
	/* The notes about the translation are read in French too. */
	if (ctx.nvars > (o->region != NULL ? 1u : 0u) &&
	    strcmp(ctx.lang.code, "fr") != 0) {
		fr.catalog = leaflet_catalog(d, t, "fr", &ok, diags);
		if (!ok)
			return false;
		ctx.also = &fr;
	}
	return render_template(d, PUBLISH_LEAFLET_TEMPLATE, &ctx, false,
	    ctx.with != NULL ? PUBLISH_LEAFLET_PAGES_WITH :
	    PUBLISH_LEAFLET_PAGES, dest, out,
	    diags);
}

/* ---- the pocket card ---- */

#define POCKET_CARD_TEMPLATE	PUBLISH_POCKET_CARD_TEMPLATE
#define POCKET_CARD_PAGES	1

bool
render_pocket_card(struct thb_data *d, const struct render_pocket_card_opts *o,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	const struct languages_table *langs = thb_data_languages(d, diags);
	const struct tmpl *t = thb_data_template(d, POCKET_CARD_TEMPLATE,
	    diags);
	struct tmpl_context ctx = { .region = o->region };
	struct tmpl_lang fr = { "fr", DOC_DIR_LTR, NULL };
	struct publish_rules rules = { o->allow_incomplete, false, o->po_dir };
	bool ok;

	if (langs == NULL || t == NULL || thb_data_centres(d, diags) == NULL ||
	    !need_fonts(d, dest, diags))
		return false;
	if (!person_language(d, t, langs, o->lang, &ctx, diags))
		return false;
	/* The leaflet's rule: a language that lacks a line is refused
	 * (the source language has no catalogue and lacks nothing). */
	if (ctx.lang.catalog != NULL && !publish_pocket_card_allowed(d,
	    ctx.lang.catalog, ctx.lang.code, &rules, diags))
		return false;
	/* Every line is printed in French too (<p also="fr">). */
	if (strcmp(ctx.lang.code, "fr") != 0) {
		fr.catalog = leaflet_catalog(d, t, "fr", &ok, diags);
		if (!ok)
			return false;
		ctx.also = &fr;
	}
	return render_template(d, POCKET_CARD_TEMPLATE, &ctx, false,
	    POCKET_CARD_PAGES, dest, out, diags);
}

/* ---- the language card ---- */

struct card_try {
	struct thb_data	*data;
	struct layout	*lay;		/* of the last try */
};

static bool
card_fits(void *arg, const struct doc *doc, size_t *pages,
    struct diag_list *tries)
{
	struct card_try *ct = arg;
	struct layout_options lo = { CARD_GRID_PAGES };
	struct font_set *fonts = thb_data_fonts(ct->data, tries);

	layout_free(ct->lay);
	ct->lay = fonts != NULL ? layout_doc(doc, fonts, &lo, tries) : NULL;
	*pages = ct->lay != NULL ? layout_page_count(ct->lay) : 0;
	return ct->lay != NULL && *pages == CARD_GRID_PAGES &&
	    diag_list_errors(tries) == 0;
}

bool
render_language_card(struct thb_data *d, const struct render_dest *dest,
    struct render_out *out, struct diag_list *diags)
{
	struct card_try ct = { d, NULL };
	int errors = diag_list_errors(diags);
	struct doc *doc;
	bool ok = false;

	if (thb_data_languages(d, diags) == NULL ||
	    thb_data_template(d, CARD_GRID_TEMPLATE, diags) == NULL ||
	    !need_fonts(d, dest, diags))
		return false;
	if (dest->format == RENDER_TREE) {
		if ((doc = card_grid_first(d, diags)) == NULL)
			return false;
		ok = render_doc(d, doc, CARD_GRID_PAGES, dest, out, diags);
		doc_free(doc);
		return ok;
	}
	doc = card_grid_fit(d, card_fits, &ct, diags);
	if (doc != NULL && ct.lay != NULL) {
		out->personal_data = doc->personal_data;
		ok = emit(doc, ct.lay, CARD_GRID_PAGES, dest, out, errors, diags);
	}
	layout_free(ct.lay);
	doc_free(doc);
	return ok;
}

/* ---- the official documents ---- */

/* The catalogue of a document's language: in the program's domain for
 * the letters, the requests and the report (French, Dutch, German), in
 * the documents' domain for the notice, which the person reads. */
static const struct catalog *
official_catalog(struct thb_data *d, const char *code,
    enum catalog_domain domain, bool required, bool *ok,
    struct diag_list *diags)
{
	const struct catalog *c;

	*ok = thb_data_catalog(d, code, domain, &c, diags);
	/* Languages other than the official ones fall back to the English
	 * source text, string by string, with the template engine's
	 * warnings. */
	if (*ok && c == NULL && required && strcmp(code, "en") != 0) {
		diag_add(diags, ERR_CATALOG_MISSING, NULL, 0, 0, code,
		    catalog_file_name(domain));
		*ok = false;
	}
	return c;
}

/* The report's form, blank: boxes to fill by hand; no personal data. */
static bool
render_blank(struct thb_data *d, const struct official_request *req,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	struct tmpl_var blank = { "blank", "yes" };
	/* Filled on screen as well as on paper (a PDF form). */
	struct tmpl_context ctx = { .vars = &blank, .nvars = 1, .form = true };
	const struct catalog *cat;
	bool ok;

	cat = official_catalog(d, req->lang, CATALOG_PROGRAM, true, &ok,
	    diags);
	if (!ok)
		return false;
	ctx.lang = (struct tmpl_lang){ req->lang, DOC_DIR_LTR, cat };
	return render_template(d, official_template(req->kind), &ctx, false,
	    official_max_pages(req->kind), dest, out, diags);
}

static const char *
interception_region(const struct case_file *c)
{
	size_t i;

	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_INTERCEPTION &&
		    c->events[i].region != REGION_NONE)
			return case_region_name(c->events[i].region);
	return NULL;
}

/* The notice's reader: --lang, else the first language of the person
 * that thbdoc knows. */
static const struct languages_info *
notice_language(const struct languages_table *langs, const char *person_lang,
    const struct case_file *c, struct diag_list *diags)
{
	const struct languages_info *l;
	size_t i;

	if (person_lang != NULL) {
		if ((l = languages_find(langs, person_lang)) == NULL)
			diag_add(diags, ERR_LANGUAGE_UNKNOWN, NULL, 0, 0,
			    person_lang);
		return l;
	}
	for (i = 0; i < c->person.nlanguages; i++)
		if ((l = languages_find(langs,
		    c->person.languages[i])) != NULL)
			return l;
	/* The person's language is theirs: not in a message. */
	diag_add(diags, ERR_DOC_PERSON_LANGUAGE, c->file, 0, 0,
	    /* TRANSLATORS: in "the case file gives no language of the person
	       that thbdoc ...": stands for the person's languages, which are
	       not shown. */
	    c->person.nlanguages > 0 ? _("not shown: personal data") : "-");
	return NULL;
}

/* The notice's columns: each language whose catalogue lacks one of its
 * strings is refused (publish_notice_allowed()) unless allowed. */
static bool
notice_columns_allowed(struct thb_data *d, const struct tmpl_lang *person,
    const struct tmpl_lang *with, bool allow_incomplete,
    struct diag_list *diags)
{
	struct publish_rules rules = { allow_incomplete, false, NULL };
	const struct tmpl_lang *langs[2] = { person, with };
	bool ok = true;
	size_t i;

	for (i = 0; i < 2; i++)
		if (langs[i] != NULL && langs[i]->catalog != NULL &&
		    !publish_notice_allowed(d, langs[i]->catalog,
		    langs[i]->code, &rules, diags))
			ok = false;
	return ok;
}

/* One document from one case: decided, built and made. */
static bool
render_case(struct thb_data *d, const struct render_official_opts *o,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	struct official_request request = *o->req;	/* written_anyway */
	const struct official_request *req = &request;
	const struct case_file *c = o->c;
	bool ok = false, notice = req->kind == OFFICIAL_NOTICE;
	struct tmpl_context ctx = { .centres = thb_data_centres(d, diags) };
	struct tmpl_lang with = { NULL, DOC_DIR_LTR, NULL };
	const struct catalog *cat, *person_cat;
	const struct languages_info *person = NULL;
	struct phase_status *st = phase_apply(c, req->date);
	struct official_target t;
	struct official_vars vars = { NULL, 0 };
	unsigned max_pages = official_max_pages(req->kind);
	/* The Office's letters name their sender (data/office.xml), the
	 * centres' requests their addressee. */
	bool letter = req->kind != OFFICIAL_REPORT &&
	    req->kind != OFFICIAL_NOTICE;
	struct official_sources src = { thb_data_centres(d, diags),
	    letter ? thb_data_sender(d, diags) : NULL };

	if (!official_called_for(&request, c, st, diags) ||
	    !official_target(req, c, thb_data_districts(d, diags), &t, diags))
		goto out;
	if (notice && (person = notice_language(thb_data_languages(d, diags),
	    o->person_lang, c, diags)) == NULL)
		goto out;
	cat = official_catalog(d, t.lang, notice ? CATALOG_DOCUMENTS :
	    CATALOG_PROGRAM, true, &ok, diags);
	if (!ok)
		goto out;
	ok = false;
	/* A name no font draws would print blank (issue 14, item 7). */
	if (!font_set_check_field(thb_data_fonts(d, diags), t.lang, c->file,
	    "<name>", c->person.name, diags) || (person != NULL &&
	    !font_set_check_field(thb_data_fonts(d, diags), person->code,
	    c->file, "<name>", c->person.name, diags)))
		goto out;
	if (!official_vars_build(&vars, req, c, st, &t, cat, notice, &src,
	    diags))
		goto out;
	ctx.lang = (struct tmpl_lang){ t.lang, DOC_DIR_LTR, cat };
	if (notice) {
		person_cat = official_catalog(d, person->code,
		    CATALOG_DOCUMENTS, false, &ok, diags);
		if (!ok)
			goto out;
		ok = false;
		ctx.lang = (struct tmpl_lang){ person->code, person->dir,
		    person_cat, publish_draft_note(person_cat,
		    person->code) };
		if (strcmp(person->code, t.lang) != 0) {
			with = (struct tmpl_lang){ t.lang, DOC_DIR_LTR, cat,
			    publish_draft_note(cat, t.lang) };
			ctx.with = &with;
		}
		/* The leaflet's rule, in each column (the English source
		 * has no catalogue and lacks nothing). */
		if (!notice_columns_allowed(d, &ctx.lang, ctx.with != NULL ?
		    &with : NULL, o->allow_incomplete, diags))
			goto out;
		ctx.region = interception_region(c);
	}
	ctx.status = official_status_code(st);
	ctx.vars = vars.items;
	ctx.nvars = vars.count;
	/* The notice alone in one language has half its pages. */
	if (notice && ctx.with == NULL)
		max_pages /= 2;
	ok = render_template(d, official_template(req->kind), &ctx, true,
	    max_pages, dest, out, diags);
out:
	official_vars_free(&vars);
	phase_status_free(st);
	return ok;
}

bool
render_official_ready(struct thb_data *d, enum official_kind kind,
    const struct render_dest *dest, struct diag_list *diags)
{
	const struct tmpl *t = thb_data_template(d, official_template(kind),
	    diags);
	const struct districts_table *districts = thb_data_districts(d, diags);
	const struct languages_table *langs = thb_data_languages(d, diags);
	const struct centres_list *centres = thb_data_centres(d, diags);

	return t != NULL && districts != NULL && langs != NULL &&
	    centres != NULL && need_fonts(d, dest, diags);
}

bool
render_official(struct thb_data *d, const struct render_official_opts *o,
    const struct render_dest *dest, struct render_out *out,
    struct diag_list *diags)
{
	if (!render_official_ready(d, o->req->kind, dest, diags))
		return false;
	if (o->c == NULL)
		return render_blank(d, o->req, dest, out, diags);
	return render_case(d, o, dest, out, diags);
}
