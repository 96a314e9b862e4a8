/* publish.c: the leaflet's publication rules (publish.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "centres.h"
#include "check_po.h"
#include "diag.h"
#include "po_read.h"
#include "publish.h"
#include "thb_data.h"
#include "tmpl.h"
#include "utf8.h"
#include "util.h"

bool
publish_is_notice(const struct tmpl_msg *m)
{
	return m->msgctxt != NULL &&
	    strcmp(m->msgctxt, CHECK_PO_NOTICE_CONTEXT) == 0;
}

/* One missing string, located in po-docs/LL.po when that file is at hand,
 * else in the template. */
static void
report_missing(const struct po_file *po, const char *code,
    const char *msgctxt, const char *msgid, const char *tmpl_path,
    int tmpl_line, struct diag_list *diags)
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
		diag_add(diags, ERR_LEAFLET_MISSING, tmpl_path, tmpl_line, 0,
		    code, ex);
	free(ex);
}

/* The strings of the template at tmpl_path and the centres' cities
 * that cat lacks (publish_missing()). */
static size_t
missing_in(struct thb_data *d, const char *tmpl_path,
    const struct catalog *cat, const char *lang, const char *po_dir,
    struct diag_list *diags)
{
	struct diag_list quiet = { 0 };
	const struct tmpl *t = thb_data_template(d, tmpl_path, &quiet);
	const struct centres_list *cs = thb_data_centres(d, &quiet);
	const struct tmpl_msg *m;
	struct po_file *po = NULL;
	const char *city;
	char *path = NULL;
	size_t i, n = 0;

	if (diags != NULL && po_dir != NULL) {
		path = xasprintf("%s/%s.po", po_dir, lang);
		if (access(path, R_OK) == 0)
			po = po_read(path, &quiet);
	}
	for (i = 0; t != NULL && i < tmpl_msg_count(t); i++) {
		m = tmpl_msg_get(t, i);
		if (publish_is_notice(m) ||
		    catalog_lookup(cat, m->msgctxt, m->msgid) != NULL)
			continue;
		n++;
		if (diags != NULL)
			report_missing(po, lang, m->msgctxt, m->msgid,
			    tmpl_path, m->line, diags);
	}
	for (i = 0; cs != NULL && i < cs->count; i++) {
		city = cs->items[i].city;
		if (catalog_lookup(cat, NULL, city) != NULL)
			continue;
		n++;
		if (diags != NULL)
			report_missing(po, lang, NULL, city, tmpl_path, 0,
			    diags);
	}
	po_free(po);
	free(path);
	diag_list_free(&quiet);
	return n;
}

size_t
publish_missing(struct thb_data *d, const struct catalog *cat,
    const char *lang, const char *po_dir, struct diag_list *diags)
{
	return missing_in(d, PUBLISH_LEAFLET_TEMPLATE, cat, lang, po_dir,
	    diags);
}

size_t
publish_total(struct thb_data *d)
{
	struct diag_list quiet = { 0 };
	const struct tmpl *t = thb_data_template(d, PUBLISH_LEAFLET_TEMPLATE,
	    &quiet);
	const struct centres_list *cs = thb_data_centres(d, &quiet);
	size_t i, n = cs != NULL ? cs->count : 0;

	for (i = 0; t != NULL && i < tmpl_msg_count(t); i++)
		n += !publish_is_notice(tmpl_msg_get(t, i));
	diag_list_free(&quiet);
	return n;
}

bool
publish_is_draft(const struct catalog *cat)
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

/* The rule of the leaflet, the pocket card and the notice: a language
 * whose catalogue lacks one of the template's strings (or a centre's
 * city) is refused with the error refused and one naming each missing
 * string (or skipped, with a warning, when the caller asks), unless the
 * caller allows an incomplete one.  *missing: how many it lacks. */
static bool
template_allowed(struct thb_data *d, const char *tmpl_path,
    enum diag_code refused, const struct catalog *cat, const char *lang,
    const struct publish_rules *r, size_t *missing, struct diag_list *diags)
{
	char n[32];

	*missing = missing_in(d, tmpl_path, cat, lang, NULL, NULL);
	if (*missing == 0 || r->allow_incomplete)
		return true;
	snprintf(n, sizeof(n), "%zu", *missing);
	if (r->skip_incomplete) {
		diag_add(diags, WARN_LEAFLET_SKIPPED, NULL, 0, 0, lang, n, lang);
		return false;
	}
	/* one call per code: tests/i18n/diag-args.py checks each call's
	 * arguments against its message */
	switch (refused) {
	case ERR_LEAFLET_POCKET_INCOMPLETE:
		diag_add(diags, ERR_LEAFLET_POCKET_INCOMPLETE, NULL, 0, 0,
		    lang, n);
		break;
	case ERR_LEAFLET_NOTICE_INCOMPLETE:
		diag_add(diags, ERR_LEAFLET_NOTICE_INCOMPLETE, NULL, 0, 0,
		    lang, n);
		break;
	default:
		diag_add(diags, ERR_LEAFLET_INCOMPLETE, NULL, 0, 0, lang, n);
		break;
	}
	missing_in(d, tmpl_path, cat, lang, r->po_dir, diags);
	return false;
}

bool
publish_draft_note(const struct catalog *cat, const char *lang)
{
	return cat != NULL && publish_is_draft(cat) &&
	    strcmp(lang, PUBLISH_AUTHORITATIVE_LANG) != 0;
}

bool
publish_allowed(struct thb_data *d, const struct catalog *cat,
    const char *lang, const struct publish_rules *r, struct tmpl_var *vars,
    size_t *nvars, struct diag_list *diags)
{
	size_t missing;

	if (!template_allowed(d, PUBLISH_LEAFLET_TEMPLATE,
	    ERR_LEAFLET_INCOMPLETE, cat, lang, r, &missing, diags))
		return false;
	if (missing > 0) {
		vars[*nvars].name = "incomplete";
		vars[(*nvars)++].value = "yes";
	}
	if (publish_draft_note(cat, lang)) {
		vars[*nvars].name = "draft";
		vars[(*nvars)++].value = "yes";
	}
	return true;
}

bool
publish_pocket_card_allowed(struct thb_data *d, const struct catalog *cat,
    const char *lang, const struct publish_rules *r, struct diag_list *diags)
{
	size_t missing;

	return template_allowed(d, PUBLISH_POCKET_CARD_TEMPLATE,
	    ERR_LEAFLET_POCKET_INCOMPLETE, cat, lang, r, &missing, diags);
}

bool
publish_notice_allowed(struct thb_data *d, const struct catalog *cat,
    const char *lang, const struct publish_rules *r, struct diag_list *diags)
{
	size_t missing;

	return template_allowed(d, PUBLISH_NOTICE_TEMPLATE,
	    ERR_LEAFLET_NOTICE_INCOMPLETE, cat, lang, r, &missing, diags);
}

bool
publish_is_source(struct thb_data *d, const char *lang)
{
	struct diag_list quiet = { 0 };
	const struct tmpl *t = thb_data_template(d, PUBLISH_LEAFLET_TEMPLATE,
	    &quiet);

	diag_list_free(&quiet);
	return t != NULL && strcmp(lang, tmpl_source_lang(t)) == 0;
}

bool
publish_has_text(struct thb_data *d, const char *lang)
{
	return thb_data_has_catalog(d, lang, CATALOG_DOCUMENTS) ||
	    publish_is_source(d, lang);
}
