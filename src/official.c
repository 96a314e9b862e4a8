/* official.c: which official document a case calls for, in which language,
 * and the values of its template (see official.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "isonames.h"
#include "official.h"
#include "centres.h"
#include "sender.h"
#include "i18n.h"
#include "util.h"

/* Marks a string with its context for xgettext (po/Makevars: NC_:1c,2);
 * looked up at run time in the document's catalogue, not the user's. */
#define NC_(ctx, s) (s)

static const struct official_info {
	const char	*name;
	const char	*template;
	const char	*point;
	unsigned	 max_pages;
	/* Why the case does not call for it, when it does not (N_). */
	const char	*refusal;
} official_info[OFFICIAL__MAX] = {
	[OFFICIAL_REPORT] = { "report", "templates/report.xml", "5", 2, NULL },
	[OFFICIAL_LETTER_QUERY] = { "letter query",
	    "templates/letter-query.xml", "8.2", 2,
	    /* TRANSLATORS: why the case does not call for a document, in "the
	       case does not call for this document: %s; ...", and beside the
	       document's button on the web case page. This one: the Office's
	       letter to the procureur du Roi or the auditeur du travail (point
	       8.2). */
	    N_("the query of point 8.2 goes out while the person holds an "
	    "arrival declaration, once per period, and none is pending") },
	[OFFICIAL_LETTER_GENERAL_PROSECUTOR] = { "letter general-prosecutor",
	    "templates/letter-general-prosecutor.xml", "8.2", 2,
	    N_("the procureur général is asked only when the procureur du "
	    "Roi or the auditeur du travail has not answered the query by the "
	    "date set") },
	[OFFICIAL_REQUEST_CENTRE_SUPPORT] = { "request centre-support",
	    "templates/request-centre-support.xml", "4", 2,
	    /* TRANSLATORS: why the case does not call for the centre's
	       request; <centre-support> is an XML element of the case file:
	       keep it. */
	    N_("no specialised centre has taken charge of the person "
	    "(no <centre-support> event), or the person is out of the "
	    "procedure") },
	[OFFICIAL_REQUEST_ARRIVAL_DECLARATION] = { "request arrival-declaration",
	    "templates/request-arrival-declaration.xml", "8.1", 2,
	    N_("the centre asks for the second phase after a complaint or "
	    "statement made within the 45 days, before an arrival "
	    "declaration is issued") },
	[OFFICIAL_REQUEST_INDEFINITE_RESIDENCE] = {
	    "request indefinite-residence",
	    "templates/request-indefinite-residence.xml", "8.3", 2,
	    N_("the request needs a summons, a committal, requisitions or "
	    "an internment request after the complaint or statement, and "
	    "the person must not hold residence of indefinite duration "
	    "already") },
	[OFFICIAL_NOTICE] = { "notice", "templates/notice.xml", "8", 4,
	    N_("the person is not, or no longer, in the protection "
	    "procedure") },
};

const char *official_kind_name(enum official_kind k) { return official_info[k].name; }
const char *official_template(enum official_kind k) { return official_info[k].template; }
const char *official_point(enum official_kind k) { return official_info[k].point; }
unsigned official_max_pages(enum official_kind k) { return official_info[k].max_pages; }
const char *official_refusal(enum official_kind k) { return official_info[k].refusal; }

/* --- the case's events ------------------------------------------------ */

/* The earliest (or latest) event of a type dated on or before as_of;
 * among events of one day, the file's order decides. */
static const struct case_event *
find_event(const struct case_file *c, enum case_event_type type, date_day as_of,
    bool latest)
{
	const struct case_event *best = NULL, *e;
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		e = &c->events[i];
		if (e->type != type || e->date > as_of)
			continue;
		if (best == NULL || (latest ? e->date >= best->date :
		    e->date < best->date))
			best = e;
	}
	return best;
}

/* --- is the document called for? ------------------------------------- */

static bool
in_procedure(enum phase_state s)
{
	return s != STATE_NONE && s != STATE_EXCLUDED &&
	    s != STATE_RETURNED;
}

/* The action of the phase model that calls for the document, or
 * ACTION__MAX when another rule decides. */
static enum phase_action_code
calling_action(enum official_kind k)
{
	switch (k) {
	case OFFICIAL_LETTER_QUERY:
		return ACTION_QUERY_PROSECUTOR;
	case OFFICIAL_LETTER_GENERAL_PROSECUTOR:
		return ACTION_QUERY_GENERAL_PROSECUTOR;
	case OFFICIAL_REQUEST_ARRIVAL_DECLARATION:
		return ACTION_REQUEST_ARRIVAL_DECLARATION;
	case OFFICIAL_REQUEST_INDEFINITE_RESIDENCE:
		return ACTION_REQUEST_INDEFINITE_RESIDENCE;
	default:
		return ACTION__MAX;
	}
}

/* The answer is expected after the letter is written. */
static bool
answer_by_ok(const struct official_request *req, const struct phase_status *st,
    struct diag_list *diags)
{
	date_day by = req->answer_by != DATE_DAY_NONE ? req->answer_by :
	    st->answer_by_default;
	char a[DATE_STRLEN], b[DATE_STRLEN];

	if (by == DATE_DAY_NONE)
		return true;
	date_format(by, a);
	if (by <= req->date) {
		date_format(req->date, b);
		diag_add(diags, ERR_DOC_ANSWER_BY, NULL, 0, 0, a, b);
		return false;
	}
	/* Issue 11: the answer must come while the declaration runs, so
	 * that point 8.3 can be applied at its end. */
	if (st->document.type == DOCUMENT_ARRIVAL_DECLARATION &&
	    st->document.expires != DATE_DAY_NONE &&
	    by >= st->document.expires) {
		date_format(st->document.expires, b);
		diag_add(diags, ERR_DOC_ANSWER_AFTER_EXPIRY, NULL, 0, 0, a, b);
		return false;
	}
	return true;
}

/* Rule 10: the directives do not cover minors; every document about a
 * minor says so on stderr, as status does. */
static void
warn_minor(const struct case_file *c, const struct phase_status *st,
    struct diag_list *diags)
{
	size_t i;

	for (i = 0; i < st->nwarnings; i++)
		if (st->warnings[i].code == WARN_PHASE_MINOR) {
			diag_add(diags, WARN_DOC_MINOR, c->file,
			    st->warnings[i].line, 0, st->warnings[i].args[0],
			    st->warnings[i].args[1]);
			return;
		}
}

bool
official_called_for(struct official_request *req, const struct case_file *c,
    const struct phase_status *st, struct diag_list *diags)
{
	const struct official_info *info = &official_info[req->kind];
	enum phase_action_code code = calling_action(req->kind);
	const struct phase_action *a = NULL;
	char due[DATE_STRLEN];
	bool called;

	if (req->kind == OFFICIAL_REPORT)
		called = find_event(c, EV_INTERCEPTION, req->date, false) !=
		    NULL;
	else if (req->kind == OFFICIAL_REQUEST_CENTRE_SUPPORT)
		called = in_procedure(st->state) && st->state != STATE_ENDED &&
		    find_event(c, EV_CENTRE_SUPPORT, req->date, true) != NULL;
	else if (req->kind == OFFICIAL_NOTICE)
		called = in_procedure(st->state);
	else
		called = (a = phase_status_action(st, code)) != NULL;
	if (!called && req->kind == OFFICIAL_REPORT) {
		date_format(req->date, due);
		if (!req->not_called_for) {
			diag_add(diags, ERR_DOC_NO_INTERCEPTION, c->file, 0, 0,
			    due);
			return false;
		}
		diag_add(diags, WARN_DOC_FORCED, c->file, 0, 0,
		    /* TRANSLATORS: why the case does not call for the police
		       report's section: the case holds no interception (the
		       moment the police found the person, point 5). */
		    _("no interception"),
		    _(phase_state_text(st->regime, st->state)),
		    "5");
		req->written_anyway = true;
		return true;
	}
	if (!called) {
		diag_add(diags, req->not_called_for ? WARN_DOC_FORCED :
		    ERR_DOC_REFUSED, c->file, 0, 0, _(info->refusal),
		    _(phase_state_text(st->regime, st->state)),
		    phase_state_point(st->regime, st->state));
		req->written_anyway = req->not_called_for;
		return req->not_called_for;
	}
	if (req->kind == OFFICIAL_LETTER_QUERY && !answer_by_ok(req, st, diags))
		return false;
	warn_minor(c, st, diags);
	if (a != NULL && a->due != DATE_DAY_NONE && req->date > a->due) {
		date_format(a->due, due);
		diag_add(diags, WARN_DOC_LATE, c->file, 0, 0, due, a->point);
	}
	return true;
}

/* --- district and language -------------------------------------------- */

static const char *
event_district(const struct case_file *c, enum case_event_type type,
    date_day as_of)
{
	const struct case_event *e = find_event(c, type, as_of, true);

	return e != NULL ? e->district : NULL;
}

/* The name of the district, in the order that suits the document: the
 * prosecutor already queried for letters, the police's district for the
 * report, the file's district otherwise. */
static const char *
district_alias(const struct official_request *req, const struct case_file *c)
{
	const char *query = event_district(c, EV_PROSECUTOR_QUERY, req->date);
	const char *police = event_district(c, EV_INTERCEPTION, req->date);

	switch (req->kind) {
	case OFFICIAL_LETTER_QUERY:
	case OFFICIAL_LETTER_GENERAL_PROSECUTOR:
		return query ? query : c->district ? c->district : police;
	case OFFICIAL_REPORT:
		return police ? police : c->district;
	default:
		return c->district ? c->district : police ? police : query;
	}
}

static bool
is_official(const char *lang)
{
	return lang != NULL && (strcmp(lang, "fr") == 0 ||
	    strcmp(lang, "nl") == 0 || strcmp(lang, "de") == 0);
}

/* The report with no district: the language of the police's region. */
static bool
region_language(const struct official_request *req, const struct case_file *c,
    struct official_target *t, struct diag_list *diags)
{
	const struct case_event *e = find_event(c, EV_INTERCEPTION, req->date,
	    true);
	enum case_region r = e != NULL ? e->region : REGION_NONE;

	if (r == REGION_FLANDERS)
		t->lang = "nl";
	else if (r == REGION_WALLONIA)
		t->lang = "fr";
	else if (r == REGION_BRUSSELS && c->language != NULL &&
	    (strcmp(c->language, "fr") == 0 || strcmp(c->language, "nl") == 0))
		t->lang = c->language;
	else if (r == REGION_BRUSSELS) {
		diag_add(diags, ERR_DISTRICT_LANGUAGE, c->file, 0, 0,
		    "Bruxelles-Brussel", "--lang fr|nl");
		return false;
	} else {
		diag_add(diags, ERR_DISTRICT_NONE, c->file, 0, 0);
		return false;
	}
	return true;
}

bool
official_target(const struct official_request *req, const struct case_file *c,
    const struct districts_table *districts, struct official_target *t,
    struct diag_list *diags)
{
	const char *chosen, *lang, *name;
	enum districts_lang r;

	memset(t, 0, sizeof(*t));
	t->alias = district_alias(req, c);
	if (t->alias != NULL &&
	    (t->district = districts_find(districts, t->alias)) == NULL) {
		/* A letter needs its addressee; the report and the notice
		 * have none: written in the language given, or the
		 * region's, with the warning status gives (issue 11). */
		if (req->kind != OFFICIAL_REPORT &&
		    req->kind != OFFICIAL_NOTICE) {
			diag_add(diags, ERR_DISTRICT_UNKNOWN, c->file, 0, 0,
			    t->alias);
			return false;
		}
		diag_add(diags, WARN_DISTRICT_UNKNOWN, c->file, 0, 0,
		    t->alias);
	}
	/* The report follows the police service; --lang overrides it.  So
	 * does --with the notice's, with no district known. */
	if ((req->kind == OFFICIAL_REPORT || (req->kind == OFFICIAL_NOTICE &&
	    t->district == NULL)) && is_official(req->lang)) {
		t->lang = req->lang;
		return true;
	}
	if (t->district == NULL) {
		if (req->kind == OFFICIAL_REPORT || (req->kind ==
		    OFFICIAL_NOTICE && t->alias != NULL))
			return region_language(req, c, t, diags);
		diag_add(diags, ERR_DISTRICT_NONE, c->file, 0, 0);
		return false;
	}
	name = districts_name(t->district, "fr");
	chosen = req->lang != NULL ? req->lang : c->language;
	r = districts_language(t->district, chosen, &lang);
	if (r == DISTRICT_LANG_WRONG && req->lang == NULL &&
	    !districts_bilingual(t->district)) {
		diag_add(diags, WARN_DOC_FILE_LANGUAGE, c->file, 0, 0,
		    c->language, districts_name(t->district, lang), lang, lang);
		r = DISTRICT_LANG_OK;
	}
	if (r == DISTRICT_LANG_NEEDED || (r == DISTRICT_LANG_WRONG &&
	    req->lang == NULL)) {
		diag_add(diags, ERR_DISTRICT_LANGUAGE, c->file, 0, 0, name,
		    req->kind == OFFICIAL_NOTICE ? "--with fr|nl" : "--lang fr|nl");
		return false;
	}
	if (r == DISTRICT_LANG_WRONG) {
		diag_add(diags, ERR_DISTRICT_WRONG_LANGUAGE, NULL, 0, 0,
		    districts_name(t->district, lang),
		    districts_bilingual(t->district) ? "fr, nl" : lang,
		    req->lang);
		return false;
	}
	t->lang = lang;
	return true;
}

const char *
official_status_code(const struct phase_status *st)
{
	return phase_state_code(st->state);
}

/* --- dates ------------------------------------------------------------ */

static const char *const month_names[12] = {
	/* TRANSLATORS: month names in dates of the official documents,
	   e.g. "29 November 2026"; lowercase where your language writes
	   them so inside a sentence (French, Dutch). */
	NC_("month", "January"), NC_("month", "February"),
	NC_("month", "March"), NC_("month", "April"), NC_("month", "May"),
	NC_("month", "June"), NC_("month", "July"),
	NC_("month", "August"), NC_("month", "September"),
	NC_("month", "October"), NC_("month", "November"),
	NC_("month", "December")
};

static const char *
lookup(const struct catalog *cat, const char *ctx, const char *msgid)
{
	const char *tr = catalog_lookup(cat, ctx, msgid);

	return tr != NULL ? tr : msgid;
}

char *
official_date_text(date_day d, const struct catalog *cat)
{
	const char *pattern = lookup(cat, "date",
	    /* TRANSLATORS: the order of a date in the official documents:
	       keep {day}, {month} and {year}; e.g. German "{day}. {month}
	       {year}". */
	    NC_("date", "{day} {month} {year}"));
	struct sbuf b = { 0 };
	char day[8], year[8];
	const char *p;
	int y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	snprintf(day, sizeof(day), "%d", dd);
	snprintf(year, sizeof(year), "%d", y);
	for (p = pattern; *p != '\0'; p++) {
		if (strncmp(p, "{day}", 5) == 0) {
			sbuf_add(&b, dd == 1 ? lookup(cat, "first day of the "
			    "month",
			    /* TRANSLATORS: the first day of a month in a
			       date, e.g. French "1er". */
			    NC_("first day of the month", "1")) : day);
			p += 4;
		} else if (strncmp(p, "{month}", 7) == 0) {
			sbuf_add(&b, lookup(cat, "month", month_names[m - 1]));
			p += 6;
		} else if (strncmp(p, "{year}", 6) == 0) {
			sbuf_add(&b, year);
			p += 5;
		} else
			sbuf_addc(&b, *p);
	}
	return sbuf_detach(&b);
}

/* --- variables --------------------------------------------------------- */

struct vars_ctx {
	struct official_vars *v;
	const struct catalog *cat;
	bool		 iso;
	struct isonames	*names;		/* in the document's language */
	const struct official_sources *src;
	const char	*lang;		/* the official language */
};

/* A country or a language in words, in the document's language (issue
 * 13: no code where a word belongs).  A code iso-codes does not know, or
 * tables that cannot be read, leave the code as the case gives it. */
static const char *
country_words(struct vars_ctx *x, const char *code)
{
	struct diag_list quiet = { 0 };
	const char *name = isonames_country(x->names, code, &quiet);

	diag_list_free(&quiet);
	return name != NULL ? name : code;
}

static const char *
language_words(struct vars_ctx *x, const char *code)
{
	struct diag_list quiet = { 0 };
	const char *name = isonames_language(x->names, code, &quiet);

	diag_list_free(&quiet);
	return name != NULL ? name : code;
}

/* A value the case does not give is left out: the template's <if var>
 * drops its line, and a fact the document needs is caught by
 * required_facts() (never a dash on the page). */
static void
var_set(struct vars_ctx *x, const char *name, const char *value)
{
	struct official_vars *v = x->v;

	if (value == NULL || *value == '\0')
		return;
	v->items = xrealloc(v->items, (v->count + 1) * sizeof(*v->items));
	v->items[v->count].name = name;	/* literals of this file */
	v->items[v->count].value = xstrdup(value);
	v->items[v->count].date = false;
	v->count++;
}

static void
var_flag(struct vars_ctx *x, const char *name, bool on)
{
	if (on)
		var_set(x, name, "yes");
}

/* A date (tmpl_var.date); in ISO form, the template writes it in the
 * words of each column's language (the notice). */
static void
var_date(struct vars_ctx *x, const char *name, date_day d)
{
	char iso[DATE_STRLEN], *text;

	if (d == DATE_DAY_NONE)
		return;
	if (x->iso) {
		date_format(d, iso);
		var_set(x, name, iso);
	} else {
		text = official_date_text(d, x->cat);
		var_set(x, name, text);
		free(text);
	}
	x->v->items[x->v->count - 1].date = true;
}

static date_day
event_date(const struct case_event *e)
{
	return e != NULL ? e->date : DATE_DAY_NONE;
}

/* A date only when the event is there: <if var> tests its presence. */
static void
var_event_date(struct vars_ctx *x, const char *name,
    const struct case_event *e)
{
	if (e != NULL)
		var_date(x, name, e->date);
}

static void
vars_person(struct vars_ctx *x, const struct case_file *c,
    const struct official_request *req)
{
	char buf[DATE_STRLEN];

	var_date(x, "date", req->date);
	date_format(req->date, buf);
	var_set(x, "date-iso", buf);
	/* The notice's date in its text, in words in each column like
	 * every date of the person's text (issue 13, item 6). */
	x->v->items[x->v->count - 1].date = x->iso;
	var_set(x, "case-id", c->id);
	var_set(x, "office-ref", c->person.office_ref);
	var_set(x, "person-name", c->person.name);
	var_date(x, "birth-date", c->person.birth_date);
	var_set(x, "nationality", country_words(x, c->person.nationality));
}

static const char *
centre_display(enum case_centre ce)
{
	switch (ce) {
	case CENTRE_PAYOKE: return "Payoke";
	case CENTRE_PAG_ASA: return "PAG-ASA";
	case CENTRE_SURYA: return "S\xc3\xbcrya";
	default: return NULL;
	}
}

/* The earliest event of a type from day since (DATE_DAY_NONE: from the
 * start) to as_of. */
static const struct case_event *
find_event_since(const struct case_file *c, enum case_event_type type,
    date_day since, date_day as_of)
{
	const struct case_event *best = NULL, *e;
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		e = &c->events[i];
		if (e->type != type || e->date > as_of ||
		    (since != DATE_DAY_NONE && e->date < since))
			continue;
		if (best == NULL || e->date < best->date)
			best = e;
	}
	return best;
}

/* The report describes the interception that opened the procedure in
 * force on its date: after an exclusion reviewed by a later interception
 * (rule 5), that one and what followed it, not the exclusion. */
static void
vars_report(struct vars_ctx *x, const struct case_file *c,
    const struct phase_status *st, date_day as_of)
{
	date_day since = st->reopened;
	const struct case_event *i = find_event_since(c, EV_INTERCEPTION,
	    since, as_of);
	const struct case_event *l = find_event_since(c, EV_LEAFLET, since,
	    as_of);
	const struct case_event *cc = find_event_since(c, EV_CENTRE_CONTACT,
	    since, as_of);
	const struct case_event *cs = find_event_since(c, EV_CENTRE_SUPPORT,
	    since, as_of);
	const struct case_event *on = find_event_since(c,
	    EV_OFFICE_NOTIFICATION, since, as_of);

	/* The report is a form the officer completes: the person's lines
	 * the case does not fill are the template's lines to fill in by
	 * hand (<if not-var>). */
	if (i != NULL && i->inspection != NULL && i->police == NULL)
		var_set(x, "inspection", i->inspection);
	else
		var_set(x, "police", i != NULL ? i->police : NULL);
	var_set(x, "report", i != NULL ? i->report : NULL);
	/* 8.1: a complaint made at the interception. */
	if (i != NULL) {
		const struct case_event *k = find_event_since(c, EV_COMPLAINT,
		    since, as_of);

		var_flag(x, "complaint-at-interception", k != NULL &&
		    k->date == i->date);
	}
	var_date(x, "interception-date", i != NULL ? i->date : DATE_DAY_NONE);
	if (i != NULL) {
		var_flag(x, "victim", i->assessment == ASSESS_VICTIM);
		var_flag(x, "uncertain", i->assessment == ASSESS_UNCERTAIN);
		var_flag(x, "suspect", i->assessment == ASSESS_SUSPECT);
		var_flag(x, "stay-legal", i->stay == STAY_LEGAL);
		var_flag(x, "stay-illegal", i->stay == STAY_ILLEGAL);
		var_flag(x, "stay-precarious", i->stay == STAY_PRECARIOUS);
		/* 5.1 tells the Office of a victim the service is convinced
		 * of, staying illegally or precariously; otherwise point 4
		 * alone (rule 6). */
		var_flag(x, "office-point-5-1", i->assessment ==
		    ASSESS_VICTIM && (i->stay == STAY_ILLEGAL ||
		    i->stay == STAY_PRECARIOUS));
	}
	if (l != NULL) {
		var_date(x, "leaflet-date", l->date);
		var_set(x, "leaflet-language", language_words(x, l->language));
	}
	if (cc != NULL) {
		var_set(x, "centre-name", centre_display(cc->centre));
		var_date(x, "centre-date", cc->date);
		var_flag(x, "consent-yes", cc->consent == ANSWER_YES);
		var_flag(x, "consent-no", cc->consent == ANSWER_NO);
	}
	if (cs != NULL) {
		var_set(x, "support-centre", centre_display(cs->centre));
		var_date(x, "support-date", cs->date);
	}
	var_event_date(x, "office-date", on);
}

/* The arrival declaration; with always, dashes when there is none (a
 * letter written with --force). */
static void
vars_declaration(struct vars_ctx *x, const struct phase_status *st,
    bool always)
{
	(void)always;
	if (st->document.type != DOCUMENT_ARRIVAL_DECLARATION)
		return;
	var_date(x, "declaration-date", st->document.issued);
	var_date(x, "declaration-expiry", st->document.expires);
	var_flag(x, "extended", st->document.extensions > 0);
	var_flag(x, "declaration-expired", st->document.expires != DATE_DAY_NONE &&
	    st->document.expires < st->as_of);
}

/* The query letter's addressee: --to, then the last query's, then the
 * procureur du Roi. */
static enum case_addressee
query_addressee(const struct official_request *req, const struct case_file *c)
{
	const struct case_event *q = find_event(c, EV_PROSECUTOR_QUERY,
	    req->date, true);

	if (req->to != ADDRESSEE_NONE)
		return req->to;
	return q != NULL && q->addressee == ADDRESSEE_AUDITEUR ?
	    ADDRESSEE_AUDITEUR : ADDRESSEE_PROCUREUR;
}

static void
vars_addressee(struct vars_ctx *x, enum case_addressee to,
    const struct official_target *t)
{
	bool labour = to == ADDRESSEE_AUDITEUR;

	var_flag(x, "to-procureur", !labour);
	var_flag(x, "to-auditeur", labour);
	var_set(x, "office", t->district != NULL ? districts_office(t->district,
	    labour, t->lang, t->alias) : NULL);
	/* The Office's to fill in data/districts.xml: never guessed. */
	var_set(x, "office-address", t->district != NULL ?
	    districts_office_address(t->district, labour, t->lang, t->alias) :
	    NULL);
}

/* The sender of the Office's letters (data/office.xml). */
static void
vars_sender(struct vars_ctx *x)
{
	const struct sender *s = x->src != NULL ? x->src->sender : NULL;

	if (s == NULL)
		return;
	var_set(x, "sender-service", sender_service(s, x->lang));
	var_set(x, "sender-address", sender_address(s, x->lang));
	var_set(x, "sender-phone", s->phone);
	var_set(x, "sender-email", s->email);
}

/* The complaint or statement as the parquet finds it: the first one, its
 * report (procès-verbal) number and service; the parquet's reference
 * from whichever complaint gives it. */
static void
vars_complaint(struct vars_ctx *x, const struct case_file *c, date_day as_of)
{
	const struct case_event *k = find_event(c, EV_COMPLAINT, as_of, false);
	size_t i;

	if (k == NULL)
		return;
	var_date(x, "complaint-date", k->date);
	/* Its report, and who drew it up: one sentence in the letters. */
	if (k->report != NULL) {
		var_set(x, "complaint-report", k->report);
		if (k->police != NULL)
			var_set(x, "complaint-police", k->police);
		else if (k->inspection != NULL)
			var_set(x, "complaint-inspection", k->inspection);
		else
			var_flag(x, "complaint-report-alone", true);
	}
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_COMPLAINT &&
		    c->events[i].date <= as_of &&
		    c->events[i].parquet_ref != NULL) {
			var_set(x, "parquet-ref", c->events[i].parquet_ref);
			break;
		}
}

/* The centre that accompanies the person on as_of: the one that took
 * her on (point 4), else the one the police contacted (point 5). */
static enum case_centre
accompanying_centre(const struct case_file *c, date_day as_of)
{
	const struct case_event *cs = find_event(c, EV_CENTRE_SUPPORT, as_of,
	    true);
	const struct case_event *cc = find_event(c, EV_CENTRE_CONTACT, as_of,
	    true);

	return cs != NULL ? cs->centre : cc != NULL ? cc->centre :
	    CENTRE_NONE;
}

/* The centre's entry in data/centres.xml, or NULL. */
static const struct centres_info *
centre_info(const struct vars_ctx *x, enum case_centre ce)
{
	if (ce == CENTRE_NONE || x->src == NULL)
		return NULL;
	return centres_find(x->src->centres, case_centre_name(ce));
}

/* The centre that accompanies the person, where she is reached (8.2:
 * the answer goes to the victim "simultanément"). */
static void
vars_centre_contact(struct vars_ctx *x, const struct case_file *c,
    date_day as_of)
{
	enum case_centre ce = accompanying_centre(c, as_of);
	const struct centres_info *info = centre_info(x, ce);

	if (ce == CENTRE_NONE)
		return;
	var_set(x, "centre-name", centre_display(ce));
	if (info != NULL) {
		var_set(x, "centre-address", info->address);
		var_set(x, "centre-phone", info->phone);
	}
}

/* An action the phase model finds pending on the document's date. */
static bool
pending(const struct phase_status *st, enum phase_action_code code)
{
	return phase_status_action(st, code) != NULL;
}

static void
vars_query(struct vars_ctx *x, const struct official_request *req,
    const struct case_file *c, const struct phase_status *st,
    const struct official_target *t)
{
	date_day by = req->answer_by != DATE_DAY_NONE ? req->answer_by :
	    st->answer_by_default;

	vars_addressee(x, query_addressee(req, c), t);
	vars_sender(x);
	vars_complaint(x, c, req->date);
	vars_centre_contact(x, c, req->date);
	vars_declaration(x, st, true);
	var_date(x, "answer-by", by);
}

static void
vars_general_prosecutor(struct vars_ctx *x, const struct official_request *req,
    const struct case_file *c, const struct phase_status *st,
    const struct official_target *t)
{
	const struct case_event *q = find_event(c, EV_PROSECUTOR_QUERY,
	    req->date, true);

	vars_addressee(x, q != NULL && q->addressee == ADDRESSEE_AUDITEUR ?
	    ADDRESSEE_AUDITEUR : ADDRESSEE_PROCUREUR, t);
	var_set(x, "court", t->district != NULL ?
	    districts_court_name(t->district, t->lang) : NULL);
	var_set(x, "court-address", t->district != NULL ?
	    districts_court_address(t->district, t->lang) : NULL);
	var_date(x, "query-date", q != NULL ? q->date : DATE_DAY_NONE);
	var_date(x, "answer-by", q != NULL ? q->answer_by : DATE_DAY_NONE);
	vars_sender(x);
	vars_complaint(x, c, req->date);
	vars_centre_contact(x, c, req->date);
	vars_declaration(x, st, false);
	/* What is due on the letter's date without an answer (8.3; rule
	 * 2): the one extension, or at its end the certificate. */
	var_flag(x, "extension-due",
	    pending(st, ACTION_EXTEND_ARRIVAL_DECLARATION));
	var_flag(x, "certificate-due",
	    pending(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE) &&
	    st->state == STATE_ARRIVAL_DECLARATION_EXTENDED);
}

/* The centre that writes a request: the one that took charge, else the
 * one the police contacted. */
static void
vars_centre(struct vars_ctx *x, const struct case_file *c, date_day as_of)
{
	const struct case_event *i = find_event(c, EV_INTERCEPTION, as_of,
	    false);

	var_set(x, "centre-name", centre_display(accompanying_centre(c,
	    as_of)));
	var_date(x, "support-date", event_date(find_event(c,
	    EV_CENTRE_SUPPORT, as_of, true)));
	if (i != NULL) {
		var_date(x, "interception-date", i->date);
		if (i->police != NULL)
			var_set(x, "police", i->police);
		else
			var_set(x, "inspection", i->inspection);
	}
}

/* A centre's letterhead (data/centres.xml): its address, phone and place,
 * and the contact lines it edits, set only when known; the Office, its
 * addressee, at the address of data/office.xml (issue 13, item 1). */
static void
vars_centre_sender(struct vars_ctx *x, const struct case_file *c,
    date_day as_of)
{
	const struct sender *s = x->src != NULL ? x->src->sender : NULL;
	const struct centres_info *info = centre_info(x,
	    accompanying_centre(c, as_of));

	if (s != NULL) {
		var_set(x, "addressee-service", sender_service(s, x->lang));
		var_set(x, "addressee-address", sender_address(s, x->lang));
	}
	if (info == NULL)
		return;
	var_set(x, "centre-address", info->address);
	var_set(x, "centre-phone", info->phone);
	var_set(x, "centre-place", centres_place(info, x->lang));
	var_set(x, "centre-contact", info->contact_person);
	var_set(x, "centre-email", info->email);
}

static void
vars_requests(struct vars_ctx *x, const struct official_request *req,
    const struct case_file *c, const struct phase_status *st)
{
	const struct case_event *p = find_event(c, EV_PROSECUTION, req->date,
	    false);
	const struct phase_document *o =
	    &st->issued[DOCUMENT_ORDER_TO_LEAVE];

	vars_centre(x, c, req->date);
	vars_centre_sender(x, c, req->date);
	var_set(x, "point", official_point(req->kind));
	var_date(x, "complaint-date", event_date(find_event(c, EV_COMPLAINT,
	    req->date, false)));
	if (o->type == DOCUMENT_ORDER_TO_LEAVE) {
		var_date(x, "order-date", o->issued);
		var_date(x, "order-expiry", o->expires);
		/* "holds" only while it runs. */
		var_flag(x, "order-current", o->expires >= req->date);
		var_flag(x, "order-expired", o->expires < req->date);
	}
	if (p != NULL) {
		var_date(x, "act-date", p->date);
		var_flag(x, "act-summons", p->act == ACT_SUMMONS);
		var_flag(x, "act-committal", p->act == ACT_COMMITTAL);
		var_flag(x, "act-requisitions", p->act == ACT_REQUISITIONS);
		var_flag(x, "act-internment", p->act == ACT_INTERNMENT);
	}
	/* 8.3: the ground on which residence "sera accordée", as the
	 * phase model found it. */
	if (st->ground.event == EV_CONVICTION)
		var_date(x, "conviction-date", st->ground.date);
	if (st->ground.event == EV_REQUISITIONS_RETAINED)
		var_date(x, "requisitions-date", st->ground.date);
	/* "currently holds": only while it runs. */
	if (st->document.type == DOCUMENT_REGISTRATION_CERTIFICATE &&
	    st->document.expires != DATE_DAY_NONE &&
	    st->document.expires >= st->as_of)
		var_date(x, "certificate-expiry", st->document.expires);
}

/* What happens next, as the notice says it: only what is still open on
 * its date, each sentence one of the actions the phase model finds
 * pending (issue 11: "Notices say what is still open, not the whole
 * procedure"). */
static void
vars_notice_open(struct vars_ctx *x, const struct phase_status *st)
{
	bool general = pending(st, ACTION_QUERY_GENERAL_PROSECUTOR) ||
	    pending(st, ACTION_ANSWER_GENERAL_QUERY);
	bool query = !general && (pending(st, ACTION_QUERY_PROSECUTOR) ||
	    pending(st, ACTION_ANSWER_QUERY));
	bool extension = pending(st, ACTION_EXTEND_ARRIVAL_DECLARATION);
	bool certificate = pending(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE);
	bool grant = pending(st, ACTION_GRANT_INDEFINITE_RESIDENCE);
	bool firm;

	/* 8.2: the two questions are to be asked, or asked and not
	 * answered; once the date set has passed, the procureur général. */
	var_flag(x, "open-query", query);
	/* 8.2, last sentence: no answer by the date set. */
	var_flag(x, "open-general-query", general);
	/* 8.3: the one extension is certain once an answer came that is
	 * not yes to both, or once the declaration ended with none (rule
	 * 2).  Before that, with no answer yet, the prosecutor (or the
	 * procureur général) may still answer yes to both: the notice then
	 * gives both outcomes, never the extension as a promise. */
	firm = extension && (st->answer_date != DATE_DAY_NONE ||
	    st->document_expired || (st->document.expires != DATE_DAY_NONE &&
	    st->document.expires < st->as_of));

	/* 8.3: both outcomes are still open only while nothing is due. */
	var_flag(x, "open-outcome", !certificate &&
	    ((query && !extension) || (extension && !firm)));
	/* 8.3: "pas encore en mesure de répondre positivement" (rule 2);
	 * when no query went out in the period, the notice says that, not
	 * that the prosecutor has not answered yes. */
	var_flag(x, "due-extension", firm);
	var_flag(x, "not-queried", firm && !st->queried);
	/* 8.3: after yes and yes, or at the end of the one extension. */
	var_flag(x, "due-certificate", certificate);
	if (certificate && st->answer_date != DATE_DAY_NONE)
		var_date(x, "answer-date", st->answer_date);
	/* Rule 1: "investigation no longer under way" with a prosecution
	 * act recorded is the case going on in court (8.3), never "yes to
	 * both questions": the notice says what the answer was. */
	var_flag(x, "answer-in-court", certificate && st->answer_in_court);
	var_flag(x, "due-renewal",
	    pending(st, ACTION_RENEW_REGISTRATION_CERTIFICATE));
	/* 8.3: "sera accordée dès que ..." (rule 3), or else the request
	 * that "peut être introduite" after a prosecution act. */
	var_flag(x, "grant", grant);
	var_flag(x, "grant-conviction", grant &&
	    st->ground.event == EV_CONVICTION);
	var_flag(x, "grant-requisitions", grant &&
	    st->ground.event == EV_REQUISITIONS_RETAINED);
	if (grant)
		var_date(x, "ground-date", st->ground.date);
	var_flag(x, "can-request-indefinite", !grant &&
	    pending(st, ACTION_REQUEST_INDEFINITE_RESIDENCE));
}

static void
vars_notice(struct vars_ctx *x, const struct official_request *req,
    const struct case_file *c, const struct phase_status *st)
{
	const struct case_event *i = find_event(c, EV_INTERCEPTION, req->date,
	    true);

	if (st->document.type != DOCUMENT_NONE &&
	    st->document.expires != DATE_DAY_NONE)
		var_date(x, "expiry", st->document.expires);
	/* What is still open on the notice's date (issue 11). */
	var_flag(x, "expired", st->document_expired);
	var_flag(x, "expiry-past", st->document.expires != DATE_DAY_NONE &&
	    st->document.expires < req->date);
	var_flag(x, "negative", st->negative);
	/* Our decision (withdrawal-document-kept): out of the procedure,
	 * the document in force is kept until it expires. */
	var_flag(x, "document-kept", st->state == STATE_ENDED &&
	    st->document.type != DOCUMENT_NONE &&
	    st->document.expires != DATE_DAY_NONE &&
	    st->document.expires >= req->date);
	var_flag(x, "document-order",
	    st->document.type == DOCUMENT_ORDER_TO_LEAVE);
	var_flag(x, "stay-legal", i != NULL && i->stay == STAY_LEGAL &&
	    st->document.type == DOCUMENT_NONE);
	/* Point 5: "le service de police ou d'inspection": the notice names
	 * the one that met the person. */
	var_flag(x, "by-inspection", i != NULL && i->inspection != NULL &&
	    i->police == NULL);
	/* Phase 1 with no centre that took the person on (a contact at
	 * most): "a specialised centre", never "your centre" (8.1:
	 * "accompagnée par un centre d'accueil spécialisé"). */
	var_flag(x, "no-centre", !st->centre_support &&
	    (st->state == STATE_IDENTIFIED || st->state == STATE_REFLECTION));
	var_flag(x, "right-social-aid", st->rights & RIGHT_SOCIAL_AID);
	var_flag(x, "right-temporary-work", st->rights &
	    RIGHT_TEMPORARY_WORK_AUTHORISATION);
	var_flag(x, "right-work-permit-b", st->rights & RIGHT_WORK_PERMIT_B);
	var_flag(x, "right-centre", st->rights & RIGHT_CENTRE_ACCOMPANIMENT);
	var_flag(x, "rights", st->rights != 0);
	var_flag(x, "complaint", find_event(c, EV_COMPLAINT, req->date,
	    false) != NULL);
	var_flag(x, "prosecution", find_event(c, EV_PROSECUTION, req->date,
	    false) != NULL);
	var_flag(x, "queried", find_event(c, EV_PROSECUTOR_QUERY, req->date,
	    false) != NULL);
	vars_notice_open(x, st);
}

/* The facts each document needs; the rest is left out when the case does
 * not give it. */
static const struct required_fact {
	enum official_kind kind;
	const char	*var;
	const char	*what;		/* N_() */
} required_facts[] = {
	/* TRANSLATORS: the facts an official document needs and the case
	   lacks, listed after "the case file lacks what this document needs:"
	   (joined with commas): the date of the interception; below, the
	   person's name, the date of the complaint or statement, of the
	   arrival declaration, the prosecutor's office, etc. */
	{ OFFICIAL_REPORT, "interception-date", N_("the interception") },
	{ OFFICIAL_LETTER_QUERY, "person-name", N_("the person's name") },
	{ OFFICIAL_LETTER_QUERY, "complaint-date",
	    N_("the complaint or statement") },
	{ OFFICIAL_LETTER_QUERY, "declaration-date",
	    N_("the arrival declaration") },
	{ OFFICIAL_LETTER_QUERY, "declaration-expiry",
	    N_("the arrival declaration") },
	/* TRANSLATORS: a fact the letter needs: which prosecutor's office
	   (parquet, or auditorat du travail) the query goes to. */
	{ OFFICIAL_LETTER_QUERY, "office", N_("the prosecutor's office") },
	{ OFFICIAL_LETTER_QUERY, "answer-by",
	    N_("the date the answer is expected") },
	{ OFFICIAL_LETTER_GENERAL_PROSECUTOR, "person-name",
	    N_("the person's name") },
	{ OFFICIAL_LETTER_GENERAL_PROSECUTOR, "query-date",
	    N_("the query to the prosecutor") },
	{ OFFICIAL_LETTER_GENERAL_PROSECUTOR, "answer-by",
	    N_("the date the answer was expected") },
	{ OFFICIAL_LETTER_GENERAL_PROSECUTOR, "court",
	    N_("the court of appeal") },
	{ OFFICIAL_REQUEST_CENTRE_SUPPORT, "person-name",
	    N_("the person's name") },
	/* TRANSLATORS: a fact a centre's request needs: the name of the
	   specialised centre that writes it. */
	{ OFFICIAL_REQUEST_CENTRE_SUPPORT, "centre-name", N_("the centre") },
	{ OFFICIAL_REQUEST_CENTRE_SUPPORT, "support-date",
	    N_("the day the centre took the person on") },
	{ OFFICIAL_REQUEST_ARRIVAL_DECLARATION, "person-name",
	    N_("the person's name") },
	{ OFFICIAL_REQUEST_ARRIVAL_DECLARATION, "centre-name",
	    N_("the centre") },
	{ OFFICIAL_REQUEST_ARRIVAL_DECLARATION, "complaint-date",
	    N_("the complaint or statement") },
	{ OFFICIAL_REQUEST_INDEFINITE_RESIDENCE, "person-name",
	    N_("the person's name") },
	{ OFFICIAL_REQUEST_INDEFINITE_RESIDENCE, "centre-name",
	    N_("the centre") },
	{ OFFICIAL_REQUEST_INDEFINITE_RESIDENCE, "complaint-date",
	    N_("the complaint or statement") },
	{ OFFICIAL_REQUEST_INDEFINITE_RESIDENCE, "act-date",
	    /* TRANSLATORS: a fact the request for residence of indefinite
	       duration needs: the act of prosecution (a summons, a committal,
	       requisitions or an internment request, point 8.3) and its
	       date. */
	    N_("the prosecution act") },
};

/* The addressee's postal address: data/districts.xml gives none until
 * the Office fills it in (issue 11: never invented); a warning names the
 * office whose address the letter goes without. */
static void
check_address(const struct official_vars *v, enum official_kind kind,
    struct diag_list *diags)
{
	const char *var, *who;

	if (kind == OFFICIAL_LETTER_QUERY) {
		var = "office-address";
		who = official_vars_get(v, "office");
	} else if (kind == OFFICIAL_LETTER_GENERAL_PROSECUTOR) {
		var = "court-address";
		who = official_vars_get(v, "court");
	} else
		return;
	if (who == NULL || strcmp(who, OFFICIAL_BLANK) == 0 ||
	    official_vars_get(v, var) != NULL)
		return;
	diag_add(diags, WARN_DOC_ADDRESS_MISSING, NULL, 0, 0, who,
	    "districts.xml");
}

/* Every fact the document needs is there; with blanks, a missing one is
 * a ruled line to fill in by hand.  Otherwise an error names them all. */
static bool
check_required(struct vars_ctx *x, const struct official_request *req,
    const struct case_file *c, struct diag_list *diags)
{
	struct sbuf missing = { 0 };
	size_t i;
	bool ok;

	for (i = 0; i < sizeof(required_facts) / sizeof(*required_facts);
	    i++) {
		const struct required_fact *r = &required_facts[i];

		if (r->kind != req->kind ||
		    official_vars_get(x->v, r->var) != NULL)
			continue;
		if (req->blanks) {
			var_set(x, r->var, OFFICIAL_BLANK);
			continue;
		}
		if (strstr(sbuf_str(&missing), _(r->what)) != NULL)
			continue;
		sbuf_printf(&missing, "%s%s", sbuf_str(&missing)[0] != '\0' ?
		    ", " : "", _(r->what));
	}
	ok = sbuf_str(&missing)[0] == '\0';
	if (!ok)
		diag_add(diags, ERR_DOC_MISSING_FACTS, c->file, 0, 0,
		    sbuf_str(&missing));
	sbuf_free(&missing);
	return ok;
}

/* A centre's request goes out with what its head lacks said: the
 * Office's address still the default of office.xml, the centre's contact
 * lines not filled in yet (ruled lines on the page). */
static void
warn_request_head(const struct official_vars *v,
    const struct official_sources *src, struct diag_list *diags)
{
	const char *centre = official_vars_get(v, "centre-name");

	if (official_vars_get(v, "addressee-service") != NULL &&
	    src != NULL && src->sender != NULL && src->sender->fictitious)
		diag_add(diags, WARN_DOC_ADDRESSEE_FICTITIOUS, NULL, 0, 0,
		    "office.xml");
	if (centre != NULL && official_vars_get(v, "centre-phone") != NULL &&
	    (official_vars_get(v, "centre-contact") ==
	    NULL || official_vars_get(v, "centre-email") == NULL))
		diag_add(diags, WARN_DOC_CENTRE_CONTACT_UNKNOWN, NULL, 0, 0,
		    "centres.xml", centre);
}

bool
official_vars_build(struct official_vars *v, const struct official_request *req,
    const struct case_file *c, const struct phase_status *st,
    const struct official_target *t, const struct catalog *cat, bool iso_dates,
    const struct official_sources *src, struct diag_list *diags)
{
	struct vars_ctx x = { v, cat, iso_dates, NULL, src, t->lang };
	bool ok;

	memset(v, 0, sizeof(*v));
	x.names = isonames_new(t->lang != NULL ? t->lang : "en");
	vars_person(&x, c, req);
	if (t->district != NULL)
		var_set(&x, "district", districts_name(t->district, t->lang));
	var_flag(&x, "not-called-for", req->written_anyway);
	var_flag(&x, "blanks", req->blanks);
	switch (req->kind) {
	case OFFICIAL_REPORT:
		vars_report(&x, c, st, req->date);
		break;
	case OFFICIAL_LETTER_QUERY:
		vars_query(&x, req, c, st, t);
		break;
	case OFFICIAL_LETTER_GENERAL_PROSECUTOR:
		vars_general_prosecutor(&x, req, c, st, t);
		break;
	case OFFICIAL_REQUEST_CENTRE_SUPPORT:
	case OFFICIAL_REQUEST_ARRIVAL_DECLARATION:
	case OFFICIAL_REQUEST_INDEFINITE_RESIDENCE:
		vars_requests(&x, req, c, st);
		break;
	case OFFICIAL_NOTICE:
		vars_notice(&x, req, c, st);
		break;
	case OFFICIAL__MAX:
		break;
	}
	isonames_free(x.names);
	ok = check_required(&x, req, c, diags);
	if (ok)
		check_address(v, req->kind, diags);
	if (ok && src != NULL && src->sender != NULL &&
	    src->sender->fictitious &&
	    official_vars_get(v, "sender-service") != NULL)
		diag_add(diags, WARN_DOC_SENDER_FICTITIOUS, NULL, 0, 0,
		    "office.xml");
	if (ok && (req->kind == OFFICIAL_REQUEST_CENTRE_SUPPORT ||
	    req->kind == OFFICIAL_REQUEST_ARRIVAL_DECLARATION ||
	    req->kind == OFFICIAL_REQUEST_INDEFINITE_RESIDENCE))
		warn_request_head(v, src, diags);
	if (!ok)
		official_vars_free(v);
	return ok;
}

void
official_vars_free(struct official_vars *v)
{
	size_t i;

	for (i = 0; i < v->count; i++)
		free((char *)v->items[i].value);
	free(v->items);
	v->items = NULL;
	v->count = 0;
}

const char *
official_vars_get(const struct official_vars *v, const char *name)
{
	size_t i;

	for (i = 0; i < v->count; i++)
		if (strcmp(v->items[i].name, name) == 0)
			return v->items[i].value;
	return NULL;
}
