/* serve_pages.c: the pages of thbdoc serve.  Every byte of HTML goes
 * through html() (html.h): case data and translations are escaped by
 * construction.  The pages work without JavaScript (there is none).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <microhttpd.h>

#include "case.h"
#include "case_words.h"
#include "centres.h"
#include "i18n.h"
#include "languages.h"
#include "official.h"
#include "regime.h"
#include "check_po.h"
#include "check_sources.h"
#include "districts.h"
#include "phase.h"
#include "publish.h"
#include "thb_data.h"
#include "serve_int.h"
#include "status_out.h"
#include "utf8.h"
#include "util.h"

/* --- the frame ------------------------------------------------------------ */

void
serve_pages_csrf(struct html *h, const struct serve_request *r)
{
	html(h, "<input type=\"hidden\" name=\"csrf\" value=\"%s\">",
	    r->who.csrf);
}

static const char *
role_text(const struct serve_request *r, enum users_role role)
{
	static const char *const names[ROLE__MAX] = {
		/* TRANSLATORS: web pages, the header: the role of the user
		   logged in, in brackets after the user name: "jdupont
		   (police)". The police services. */
		N_("police"),
		/* TRANSLATORS: web pages, the header: the role of the user
		   logged in, in brackets after the user name: a specialised
		   reception centre for victims (Payoke, PAG-ASA, Sürya). */
		N_("centre"),
		/* TRANSLATORS: web pages, the header: the role of the user
		   logged in, in brackets after the user name: the Office des
		   Etrangers (Dienst Vreemdelingenzaken), not an office in
		   general. */
		N_("Office"),
		/* TRANSLATORS: web pages, the header: the role of the user
		   logged in, in brackets after the user name: a translator of
		   the leaflet. */
		N_("translator")
	};

	return serve_tr(r, names[role]);
}

static void
nav_link(struct html *h, const struct serve_request *r, const char *href,
    const char *label)
{
	size_t n = strlen(href);
	bool here = strncmp(r->url, href, n) == 0 &&
	    (r->url[n] == '\0' || r->url[n] == '/');

	if (here)
		html(h, "<li><a href=\"%s\" aria-current=\"page\">%s</a></li>",
		    href, label);
	else
		html(h, "<li><a href=\"%s\">%s</a></li>", href, label);
}

void
serve_pages_begin(struct html *h, const struct serve_request *r, const char *title)
{
	static const char *const lang_names[SERVE_LANG__MAX] = {
		"English", "Français", "Nederlands", "Deutsch"
	};
	int l;

	html(h, "<!DOCTYPE html>\n<html lang=\"%s\"><head>"
	    "<meta charset=\"utf-8\">"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">"
	    "<title>%s \xe2\x80\x94 thbdoc</title>"
	    "<link rel=\"stylesheet\" href=\"/static/thbdoc.css\">"
	    "</head><body>\n<a class=\"skip\" href=\"#main\">%s</a>\n"
	    "<header><p class=\"brand\">thbdoc</p>",
	    serve_lang_code(r->lang), title,
	    /* TRANSLATORS: web pages: a link for keyboard and screen reader
	       users, shown only when it has the focus, that jumps over the
	       header to the page's content. */
	    serve_tr(r, N_("Skip to the content")));
	if (r->who.known) {
		html(h, "<nav aria-label=\"%s\"><ul>",
		    /* TRANSLATORS: web pages: the name of the menu in the
		       header, read by screen readers (not shown). */
		    serve_tr(r, N_("Main menu")));
		if (r->who.role == ROLE_POLICE)
			nav_link(h, r, "/officer",
			    /* TRANSLATORS: web pages, an entry of the menu
			       (police users only): the page on which the
			       officer shows the language card and records the
			       interception, the moment the police find a
			       possible victim (point 5). */
			    serve_tr(r, N_("Interception")));
		if (r->who.role != ROLE_TRANSLATOR) {
			/* TRANSLATORS: web pages, an entry of the menu: the
			   list of the case files (one file per person). */
			nav_link(h, r, "/cases", serve_tr(r, N_("Cases")));
			/* TRANSLATORS: web pages, an entry of the menu: the
			   pending actions of all cases, by the date they are
			   due (as "thbdoc due"). */
			nav_link(h, r, "/due", serve_tr(r, N_("Work list")));
		}
		if (r->who.role == ROLE_TRANSLATOR ||
		    r->who.role == ROLE_OFFICE)
			nav_link(h, r, "/translations",
			    /* TRANSLATORS: web pages, an entry of the menu
			       (translators and the Office): the languages of
			       the leaflet and the checks of their
			       translations. */
			    serve_tr(r, N_("Translations")));
		html(h, "</ul></nav><div class=\"who\"><span>%s (%s)</span>",
		    r->who.user, role_text(r, r->who.role));
		html(h, "<form method=\"post\" action=\"/language\" "
		    "class=\"inline\">");
		serve_pages_csrf(h, r);
		html(h, "<input type=\"hidden\" name=\"back\" value=\"%s\">"
		    "<label for=\"ui-lang\">%s</label> "
		    "<select id=\"ui-lang\" name=\"lang\">",
		    strcmp(r->method, "GET") == 0 ? r->url : "/",
		    /* TRANSLATORS: web pages, the header: the label of the
		       menu that chooses the language of the web pages
		       (English, Français, Nederlands, Deutsch); before login,
		       the name of the list of those four links. */
		    serve_tr(r, N_("Language of the pages")));
		for (l = 0; l < SERVE_LANG__MAX; l++)
			html(h, "<option value=\"%s\"%?{ selected} "
			    "lang=\"%s\">%s</option>",
			    serve_lang_code((enum serve_lang)l), l == (int)r->lang,
			    serve_lang_code((enum serve_lang)l), lang_names[l]);
		html(h, "</select> <button type=\"submit\">%s</button></form>",
		    /* TRANSLATORS: web pages: the button beside the menu of
		       the pages' language, which applies the language chosen
		       (a verb). */
		    serve_tr(r, N_("Change")));
		html(h, "<form method=\"post\" action=\"/logout\" "
		    "class=\"inline\">");
		serve_pages_csrf(h, r);
		html(h, "<button type=\"submit\">%s</button></form></div>",
		    /* TRANSLATORS: web pages: the button in the header of
		       every page (a verb). */
		    serve_tr(r, N_("Log out")));
	} else {
		html(h, "<nav aria-label=\"%s\"><ul>",
		    serve_tr(r, N_("Language of the pages")));
		for (l = 0; l < SERVE_LANG__MAX; l++)
			html(h, "<li><a href=\"/login?lang=%s\" lang=\"%s\">"
			    "%s</a></li>", serve_lang_code((enum serve_lang)l),
			    serve_lang_code((enum serve_lang)l), lang_names[l]);
		html(h, "</ul></nav>");
	}
	html(h, "</header>\n<main id=\"main\"><h1>%s</h1>\n", title);
}

void
serve_pages_end(struct html *h, const struct serve_request *r)
{
	html(h, "</main>\n<footer><p>%s</p></footer></body></html>\n",
	    /* TRANSLATORS: web pages: the footer of every page. */
	    serve_tr(r, N_("Protection of victims of trafficking in human beings: "
	    "directives of 13 January 1997, amended 17 April 2003. Every "
	    "reading and change of a case is written to the audit "
	    "journal.")));
}

void
serve_pages_error(struct serve_reply *rep, const struct serve_request *r, int status,
    const char *message)
{
	struct html h = { 0 };

	/* TRANSLATORS: web pages: the title of a page that refuses what was
	   asked (a page that does not exist or that the user's role may not
	   see, a form that cannot be accepted); the reason follows. */
	serve_pages_begin(&h, r, serve_tr(r, N_("Not possible")));
	html(&h, "<p class=\"error\" role=\"alert\">%s</p>", message);
	if (r->who.known)
		html(&h, "<p><a href=\"/\">%s</a></p>",
		    /* TRANSLATORS: web pages: a link under an error
		       message. */
		    serve_tr(r, N_("Back to the start page")));
	else
		html(&h, "<p><a href=\"/login\">%s</a></p>",
		    serve_tr(r, N_("Log in")));
	serve_pages_end(&h, r);
	serve_reply_html(rep, status, &h);
}

void
serve_pages_login(struct serve_reply *rep, const struct serve_request *r, const char *error,
    const char *login_csrf, const char *user)
{
	bool named = user != NULL && user[0] != '\0';

	struct html h = { 0 };

	/* TRANSLATORS: web pages: the title of the login page, its button, and
	   a link under an error message (a verb). */
	serve_pages_begin(&h, r, serve_tr(r, N_("Log in")));
	if (error != NULL)
		html(&h, "<p class=\"error\" role=\"alert\">%s</p>", error);
	html(&h, "<form method=\"post\" action=\"/login\" class=\"stack\">"
	    "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
	    "<label for=\"user\">%s</label>"
	    "<input id=\"user\" name=\"user\" autocomplete=\"username\" "
	    "value=\"%s\" maxlength=\"64\" required%?{ autofocus}>"
	    "<label for=\"password\">%s</label>"
	    "<input id=\"password\" name=\"password\" type=\"password\" "
	    "autocomplete=\"current-password\" required%?{ autofocus}>"
	    "<button type=\"submit\">%s</button></form>", login_csrf,
	    /* TRANSLATORS: web pages: the labels of the two fields of the
	       login form. */
	    serve_tr(r, N_("User name")), named ? user : "", !named,
	    serve_tr(r, N_("Password")), named,
	    serve_tr(r, N_("Log in")));
	serve_pages_end(&h, r);
	serve_reply_html(rep, MHD_HTTP_OK, &h);
}

/* --- status texts ----------------------------------------------------------- */

/* A day on a page: in words, in the page's language, by the documents'
 * own formatter (official_date_text(): the program's month names, "29
 * novembre 2026"), the ISO value kept for machines in <time datetime>;
 * a dash for no day. */
static void
date_html(struct html *h, const struct serve_request *r, date_day d)
{
	char iso[DATE_STRLEN];
	char *words;

	if (d == DATE_DAY_NONE) {
		html(h, "\xe2\x80\x94");
		return;
	}
	date_format(d, iso);
	words = official_date_text(d, r->srv->ui[r->lang]);
	html(h, "<time datetime=\"%s\">%s</time>", iso, words);
	free(words);
}

/* A warning's message in the page's language.  The translated format is
 * used only when its conversions are those of the source (%1$s..%3$s):
 * a catalogue can never make it read an argument that is not there. */
static void
warning_text(struct sbuf *out, const struct serve_request *r,
    const struct phase_warning *w)
{
	const char *src = phase_warning_format(w->code);
	const char *a[PHASE_WARNING_ARGS];
	char *days[PHASE_WARNING_ARGS] = { NULL };
	char *m;
	date_day d;
	int i;

	/* Put together as diag.c does: the arguments are the row's, the
	 * translation is used only when it takes the same ones.  A date
	 * among them (YYYY-MM-DD) reads in words, as every date of the
	 * pages. */
	for (i = 0; i < PHASE_WARNING_ARGS; i++) {
		if (strlen(w->args[i]) == 10 &&
		    date_parse(w->args[i], &d) == DATE_OK)
			a[i] = days[i] = official_date_text(d,
			    r->srv->ui[r->lang]);
		else
			a[i] = phase_warning_args_translatable(w->code) &&
			    w->args[i][0] != '\0' ? serve_tr(r, w->args[i]) :
			    w->args[i];
	}
	m = diag_format(src, serve_tr(r, src), a, PHASE_WARNING_ARGS);
	sbuf_printf(out, "%s", m != NULL ? m : src);
	free(m);
	for (i = 0; i < PHASE_WARNING_ARGS; i++)
		free(days[i]);
}

static enum phase_actor
actor_of_role(enum users_role role)
{
	switch (role) {
	case ROLE_POLICE: return ACTOR_POLICE;
	case ROLE_CENTRE: return ACTOR_CENTRE;
	default: return ACTOR_OFFICE;
	}
}

/* --- the case list ------------------------------------------------------------ */

static date_day
next_due(const struct phase_status *st)
{
	date_day best = DATE_DAY_NONE;
	size_t i;

	for (i = 0; i < st->nactions; i++)
		if (st->actions[i].due != DATE_DAY_NONE &&
		    (best == DATE_DAY_NONE || st->actions[i].due < best))
			best = st->actions[i].due;
	return best;
}

static bool
contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; hay[i] != '\0'; i++)
		if (strncasecmp(hay + i, needle, n) == 0)
			return true;
	return n == 0;
}

void
serve_pages_cases(struct serve_reply *rep, struct serve_request *r)
{
	const char *q = serve_query(r, "q"), *ph = serve_query(r, "phase");
	const char *due = serve_query(r, "due");
	struct serve_store *store = r->srv->store;
	date_day today = serve_today(r->srv), nd;
	struct phase_status *st;
	struct html h = { 0 };
	size_t i, shown = 0;
	int p;
	static const char *const phase_opts[] = { "0", "1", "2", "3", "4" };
	/* The phases in words: the state that opens each (phase 2 holds
	 * the extended declaration too). */
	static const enum phase_state phase_states[] = { STATE_IDENTIFIED,
	    STATE_REFLECTION, STATE_ARRIVAL_DECLARATION,
	    STATE_REGISTRATION_CERTIFICATE, STATE_INDEFINITE_RESIDENCE };

	if (q == NULL)
		q = "";
	if (ph == NULL)
		ph = "";
	if (due == NULL)
		due = "";
	serve_pages_begin(&h, r, serve_tr(r, N_("Cases")));
	if (serve_query(r, "done") != NULL &&
	    strcmp(serve_query(r, "done"), "handed-over") == 0)
		html(&h, "<p class=\"note\" role=\"status\">%s</p>",
		    /* TRANSLATORS: web pages, the case list of a centre's user,
		       after an event handed a case over to another centre. */
		    serve_tr(r, N_("The event was added and the case handed "
		    "over to the other centre: it is no longer in your list.")));
	html(&h, "<form method=\"get\" action=\"/cases\" class=\"filters\" "
	    "role=\"search\"><div><label for=\"q\">%s</label>"
	    "<input id=\"q\" name=\"q\" value=\"%s\" maxlength=\"64\"></div>"
	    "<div><label for=\"phase\">%s</label><select id=\"phase\" "
	    "name=\"phase\"><option value=\"\">%s</option>",
	    /* TRANSLATORS: web pages, the case list: the label of the search
	       field, which finds cases by their id (e.g. BRU-2026-0001; a name
	       is not searched). */
	    serve_tr(r, N_("Case id")), q,
	    /* TRANSLATORS: web pages, the case list: the label of the menu
	       that filters the cases by phase of the procedure (its choices:
	       the states that open each phase, in words). */
	    serve_tr(r, N_("Phase")),
	    /* TRANSLATORS: web pages, the case list: the first choice of the
	       menus "Phase" and "Due": no filter (all cases). */
	    serve_tr(r, N_("all")));
	for (p = 0; p < 5; p++)
		html(&h, "<option value=\"%s\"%?{ selected}>%s</option>",
		    phase_opts[p], strcmp(ph, phase_opts[p]) == 0,
		    serve_tr(r, phase_state_text(regime_default(),
		    phase_states[p])));
	html(&h, "</select></div><div><label for=\"due\">%s</label>"
	    "<select id=\"due\" name=\"due\"><option value=\"\">%s</option>"
	    "<option value=\"overdue\"%?{ selected}>%s</option>"
	    "<option value=\"week\"%?{ selected}>%s</option></select></div>"
	    "<button type=\"submit\">%s</button></form>",
	    /* TRANSLATORS: web pages: the label of the case list's filter by
	       due date, and the heading of the column of the date by which an
	       action is due (case page, work list): a short noun, "due
	       date". */
	    serve_tr(r, N_("Due")),
	    serve_tr(r, N_("all")),
	    strcmp(due, "overdue") == 0,
	    /* TRANSLATORS: web pages, the case list: a choice of the menu
	       "Due": the cases with an action whose due date is past. */
	    serve_tr(r, N_("overdue")), strcmp(due, "week") == 0,
	    /* TRANSLATORS: web pages, the case list: a choice of the menu
	       "Due": the cases with an action due in the next 7 days, or past
	       its due date. */
	    serve_tr(r, N_("within 7 days (and overdue)")),
	    /* TRANSLATORS: web pages, the case list: the button that applies
	       the filters (a verb). */
	    serve_tr(r, N_("Show")));
	html(&h, "<table><caption>%s</caption><thead><tr>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "</tr></thead><tbody>",
	    /* TRANSLATORS: web pages: the caption of the case list's table
	       (a centre sees the cases it follows, the police and the Office
	       every case). */
	    serve_tr(r, N_("Cases you can see, as of today")),
	    /* TRANSLATORS: web pages: the heading of the column of case ids
	       (case list, work list); the title of a case page, before its id:
	       "Case BRU-2026-0001". A case file, not a box. */
	    serve_tr(r, N_("Case")),
	    /* TRANSLATORS: web pages: the heading of a column of the case list
	       and a label of the case page: where the case stands in the
	       procedure, e.g. "reflection period of 45 days". */
	    serve_tr(r, N_("State")),
	    /* TRANSLATORS: web pages, the case list: the heading of the column
	       of the day the person's residence document (order to leave the
	       territory, arrival declaration, CIRE) ends. */
	    serve_tr(r, N_("Document ends")),
	    /* TRANSLATORS: web pages, the case list: the heading of the column
	       of the earliest date by which one of the case's actions is
	       due. */
	    serve_tr(r, N_("Next action due")));
	serve_store_lock(store);
	serve_store_refresh(store);
	for (i = 0; i < serve_store_count(store); i++) {
		const struct serve_store_entry *e = serve_store_at(store, i);

		if (!serve_can_see(&r->who, e) || !contains(e->id, q))
			continue;
		st = phase_apply(e->c, today);
		nd = next_due(st);
		if ((ph[0] != '\0' && (st->phase < 0 ||
		    st->phase != ph[0] - '0')) ||
		    (strcmp(due, "overdue") == 0 && (nd == DATE_DAY_NONE ||
		    nd >= today)) ||
		    (strcmp(due, "week") == 0 && (nd == DATE_DAY_NONE ||
		    nd > today + 7))) {
			phase_status_free(st);
			continue;
		}
		html(&h, "<tr><th scope=\"row\"><a href=\"/cases/%u\">%s</a>"
		    "</th><td>%s</td><td>", e->id, e->id,
		    serve_tr(r, phase_state_text(st->regime, st->state)));
		date_html(&h, r, st->document.type == DOCUMENT_NONE ?
		    DATE_DAY_NONE : st->document.expires);
		html(&h, "</td><td%?{ class=\"overdue\"}>", nd != DATE_DAY_NONE &&
		    nd < today);
		date_html(&h, r, nd);
		html(&h, "%s</td></tr>", nd != DATE_DAY_NONE && nd < today ?
		    /* TRANSLATORS: web pages: after a due date in a table,
		       when that date is past. Keep the leading space. */
		    serve_tr(r, N_(" (overdue)")) : "");
		shown++;
		phase_status_free(st);
	}
	serve_store_unlock(store);
	/* TRANSLATORS: web pages: under the case list, followed by a
	   number. */
	html(&h, "</tbody></table><p>%s %z</p>", serve_tr(r, N_("Cases shown:")),
	    shown);
	serve_pages_end(&h, r);
	serve_audit(r->srv, r, NULL, "case-list");
	serve_reply_html(rep, MHD_HTTP_OK, &h);
}

/* --- the case page --------------------------------------------------------- */

/* The attributes of each event type, as the schema has them. */
enum attr_kind {
	A_TEXT, A_CHOICE, A_DATE, A_NUMBER,
	A_DISTRICT,	/* a menu of data/districts.xml, in words */
	A_LANGUAGE	/* a menu of the leaflet's languages, in words */
};
struct attr_def {
	const char	*name;
	enum attr_kind	 kind;
	const char	*choices;	/* space-separated */
	bool		 required;
};
struct event_def {
	enum case_event_type	 type;
	struct attr_def	 attrs[6];
};

static const struct event_def event_defs[] = {
	{ EV_INTERCEPTION, {
	    { "assessment", A_CHOICE, "victim uncertain suspect", true },
	    { "stay", A_CHOICE, "legal illegal precarious", true },
	    { "region", A_CHOICE, "flanders brussels wallonia", true },
	    { "district", A_DISTRICT, NULL, false },
	    { "police", A_TEXT, NULL, false },
	    { "report", A_TEXT, NULL, false } } },
	{ EV_LEAFLET, { { "language", A_LANGUAGE, NULL, true } } },
	{ EV_CENTRE_CONTACT, {
	    { "centre", A_CHOICE, "payoke pag-asa surya", true },
	    { "consent", A_CHOICE, "yes no", false } } },
	{ EV_CENTRE_SUPPORT, {
	    { "centre", A_CHOICE, "payoke pag-asa surya", true } } },
	{ EV_OFFICE_NOTIFICATION, { { NULL } } },
	{ EV_ORDER_TO_LEAVE, { { NULL } } },
	/* What lets the prosecutor find the file (the Office's letter of
	 * point 8.2 quotes it): the report number, the service that took
	 * it, the parquet's reference when known. */
	{ EV_COMPLAINT, {
	    { "report", A_TEXT, NULL, false },
	    { "police", A_TEXT, NULL, false },
	    { "inspection", A_TEXT, NULL, false },
	    { "parquet-ref", A_TEXT, NULL, false } } },
	{ EV_ARRIVAL_DECLARATION, { { NULL } } },
	{ EV_PROSECUTOR_QUERY, {
	    { "addressee", A_CHOICE, "procureur auditeur", true },
	    { "district", A_DISTRICT, NULL, false },
	    { "answer-by", A_DATE, NULL, false } } },
	{ EV_PROSECUTOR_ANSWER, {
	    { "investigation", A_CHOICE, "yes no unknown", true },
	    { "victim", A_CHOICE, "yes no unknown", true } } },
	{ EV_GENERAL_PROSECUTOR_QUERY, { { NULL } } },
	{ EV_ARRIVAL_DECLARATION_EXTENSION, { { NULL } } },
	{ EV_REGISTRATION_CERTIFICATE, { { "months", A_NUMBER, NULL,
	    false } } },
	{ EV_REGISTRATION_CERTIFICATE_RENEWAL, { { "months", A_NUMBER, NULL,
	    false } } },
	{ EV_PROSECUTION, { { "act", A_CHOICE,
	    "summons committal requisitions internment", true } } },
	{ EV_CONVICTION, { { "instance", A_CHOICE, "first appeal", false } } },
	{ EV_REQUISITIONS_RETAINED, { { "statement-significant", A_CHOICE,
	    "yes no", true } } },
	{ EV_INDEFINITE_RESIDENCE, { { NULL } } },
	{ EV_RETURN, { { NULL } } },
	{ EV_WITHDRAWAL, { { NULL } } },
};

static const struct event_def *
event_def_named(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(event_defs) / sizeof(event_defs[0]); i++)
		if (strcmp(case_event_type_name(event_defs[i].type), name) == 0)
			return &event_defs[i];
	return NULL;
}

/* --- forms: what was typed, and each error beside its field ----------- */

struct form_ctx {
	const struct serve_request *r;
	const struct serve_form_errors *fe;	/* NULL: none */
	bool		 refill;	/* show what was posted */
	bool		 focused;	/* the first field in error has it */
};

/* The value shown in a field: what was posted (a refused form comes
 * back filled in, so nothing typed is lost), else empty. */
static const char *
posted(const struct serve_request *r, bool refill, const char *name)
{
	const char *v = refill ? serve_form(r, name) : NULL;

	return v != NULL ? v : "";
}

static const char *
field_error(const struct form_ctx *fc, const char *field)
{
	size_t i;

	for (i = 0; fc->fe != NULL && i < fc->fe->count; i++)
		if (strcmp(fc->fe->items[i].field, field) == 0)
			return fc->fe->items[i].message;
	return NULL;
}

/* A field in error says so to assistive technology, is described by its
 * message, and the first one has the focus. */
static void
error_attrs(struct html *h, struct form_ctx *fc, const char *id,
    const char *field)
{
	if (field_error(fc, field) == NULL)
		return;
	html(h, " aria-invalid=\"true\" aria-describedby=\"%s-err\""
	    "%?{ autofocus}", id, !fc->focused);
	fc->focused = true;
}

static void
error_text(struct html *h, const struct form_ctx *fc, const char *id,
    const char *field)
{
	const char *m = field_error(fc, field);

	if (m != NULL)
		html(h, "<p class=\"field-error\" id=\"%s-err\">%s</p>", id, m);
}

/* An error of a field: src (N_(), "%s: ...") with the field's label as
 * the page shows it. */
static void
form_error_add(struct serve_form_errors *fe, const struct serve_request *r,
    const char *field, const char *label, const char *src)
{
	const char *a[1];
	char *m;

	if (fe->count == SERVE_FORM_ERRORS_MAX)
		return;
	a[0] = label;
	m = diag_format(src, serve_tr(r, src), a, 1);
	fe->items[fe->count].field = field;
	fe->items[fe->count++].message = m != NULL ? m : xstrdup(label);
}

void
serve_pages_form_errors_free(struct serve_form_errors *fe)
{
	size_t i;

	for (i = 0; i < fe->count; i++)
		free(fe->items[i].message);
	fe->count = 0;
}

/* Above a refused form: that nothing was written, and a link to each
 * field in error (ids: prefix + field name). */
static void
error_summary(struct html *h, const struct serve_request *r,
    const struct serve_form_errors *fe, const char *prefix)
{
	size_t i;

	html(h, "<div class=\"error\" role=\"alert\"><p>%s</p><ul>",
	    /* TRANSLATORS: web pages: above a form sent back because some
	       fields were wrong or missing; each one follows, as a link to
	       the field. */
	    serve_tr(r, N_("The form was not accepted, so nothing was "
	    "written: correct the fields marked below.")));
	for (i = 0; i < fe->count; i++)
		html(h, "<li><a href=\"#%s%s\">%s</a></li>", prefix,
		    fe->items[i].field, fe->items[i].message);
	html(h, "</ul></div>");
}

/* The one-time key of a form that creates a case or an event
 * (serve_form_key.c): its second sending is refused. */
static void
form_key_field(struct html *h, const char *key)
{
	html(h, "<input type=\"hidden\" name=\"form-key\" value=\"%s\">",
	    key);
}

/* A form sent a second time (a reload of the answer, a double tap, the
 * browser's history), or without its key: nothing done; a link to what
 * the first sending made.  new_case: the officer's form (else an event's
 * form). */
static void
once_refused(struct serve_reply *rep, const struct serve_request *r,
    enum serve_form_once once, const char *made, bool new_case)
{
	struct html h = { 0 };
	const char *src, *a[1];
	char *m;

	serve_pages_begin(&h, r, serve_tr(r, N_("Not possible")));
	if (once == SERVE_ONCE_DONE) {
		src = new_case ?
		    /* TRANSLATORS: web pages: the officer's form was sent a
		       second time (a reload, a double tap); %s: the id of the
		       case the first sending created. */
		    N_("This form was sent already: the first sending created "
		    "the case %s. Nothing was done with the second, so there is "
		    "no second case.") :
		    /* TRANSLATORS: web pages: an event's form was sent a second
		       time (a reload, a double tap); %s: the case's id. */
		    N_("This form was sent already: the first sending added its "
		    "event to the case %s. Nothing was done with the second, so "
		    "the event is not there twice.");
		a[0] = made;
		m = diag_format(src, serve_tr(r, src), a, 1);
		html(&h, "<p class=\"error\" role=\"alert\">%s</p>"
		    "<p><a class=\"button\" href=\"/cases/%u\">%s</a></p>",
		    m != NULL ? m : src, made,
		    /* TRANSLATORS: web pages: a link to a case's page (a
		       verb), under a form sent twice. */
		    serve_tr(r, N_("Open the case")));
		free(m);
		serve_pages_end(&h, r);
		serve_reply_html(rep, MHD_HTTP_CONFLICT, &h);
		return;
	}
	if (once == SERVE_ONCE_BUSY)
		html(&h, "<p class=\"error\" role=\"alert\">%s</p>",
		    /* TRANSLATORS: web pages: a form sent twice at once (a
		       double tap) whose first sending was still being handled
		       after some seconds. */
		    serve_tr(r, N_("This form was sent twice at once and the "
		    "first sending is still being handled: nothing was done "
		    "with the second. Look at the case list in a moment.")));
	else
		html(&h, "<p class=\"error\" role=\"alert\">%s</p>",
		    /* TRANSLATORS: web pages: a form that lacks its one-time
		       key (it comes from a page of an older version of the
		       server, or was not made by these pages). */
		    serve_tr(r, N_("This form is not complete: nothing was "
		    "done. Reload the page and send it again.")));
	html(&h, "<p><a href=\"/cases\">%s</a></p>", serve_tr(r, N_("Cases")));
	serve_pages_end(&h, r);
	serve_reply_html(rep, once == SERVE_ONCE_BUSY ? MHD_HTTP_CONFLICT :
	    MHD_HTTP_BAD_REQUEST, &h);
}

/* Is v one of the space-separated choices? */
static bool
is_choice(const char *v, const char *choices)
{
	size_t n = strlen(v);
	const char *p;

	if (n == 0)
		return false;
	for (p = choices; (p = strstr(p, v)) != NULL; p += n)
		if ((p == choices || p[-1] == ' ') &&
		    (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* The opening of a form's menu: its label (a * when required), the error
 * marks, and the empty first choice, chosen unless a value was posted.
 * Nothing is chosen for the user: a required choice starts empty too, and
 * the browser asks for it (an officer in a hurry must not file an
 * assessment of point 5 that was never made). */
static void
select_open(struct html *h, struct form_ctx *fc, const char *id,
    const char *name, const char *label, bool required)
{
	const char *selected = posted(fc->r, fc->refill, name);

	html(h, "<div><label for=\"%s\">%s%?{ *}</label><select id=\"%s\" "
	    "name=\"%s\"%?{ required}", id, label, required, id, name,
	    required);
	error_attrs(h, fc, id, name);
	html(h, "><option value=\"\"%?{ selected}>\xe2\x80\x94</option>",
	    selected[0] == '\0');
}

static void
select_close(struct html *h, struct form_ctx *fc, const char *id,
    const char *name)
{
	html(h, "</select>");
	error_text(h, fc, id, name);
	html(h, "</div>");
}

/* A <select> of a choice attribute: each value shown in words
 * (case_words.h), posted as its code; nothing chosen unless posted. */
static void
choice_select(struct html *h, struct form_ctx *fc, const char *id,
    const char *name, const char *label, const char *choices, bool required)
{
	const struct serve_request *r = fc->r;
	const char *selected = posted(r, fc->refill, name);
	const char *p, *sp, *words;
	char choice[32];

	select_open(h, fc, id, name, label, required);
	for (p = choices; *p != '\0'; p = sp + (*sp != '\0')) {
		if ((sp = strchr(p, ' ')) == NULL)
			sp = p + strlen(p);
		snprintf(choice, sizeof(choice), "%.*s", (int)(sp - p), p);
		words = case_words_value(name, choice);
		html(h, "<option value=\"%s\"%?{ selected}>%s</option>",
		    choice, strcmp(selected, choice) == 0, words != NULL ?
		    serve_tr(r, words) : choice);
	}
	select_close(h, fc, id, name);
}

/* A judicial district in words, in the page's language: its name in that
 * language, else all its names ("Bruxelles / Brussel"). */
static void
district_words(struct sbuf *out, const struct serve_request *r,
    const struct districts_entry *d)
{
	const char *lang = serve_lang_code(r->lang);
	size_t i;

	for (i = 0; i < d->nnames; i++)
		if (strcmp(d->names[i].lang, lang) == 0) {
			sbuf_add(out, d->names[i].text);
			return;
		}
	for (i = 0; i < d->nnames; i++)
		sbuf_printf(out, "%s%s", i > 0 ? " / " : "", d->names[i].text);
}

/* The judicial districts (data/districts.xml) as a menu in words, posted
 * as the district's id; nothing chosen unless posted. */
static void
district_select(struct html *h, struct form_ctx *fc, const char *id,
    const char *name, bool required)
{
	const struct serve_request *r = fc->r;
	const char *selected = posted(r, fc->refill, name);
	const struct districts_entry *d;
	struct sbuf words = { 0 };
	size_t i;

	select_open(h, fc, id, name, serve_tr(r, case_words_attr("district")),
	    required);
	for (i = 0; (d = districts_at(r->srv->districts, i)) != NULL; i++) {
		district_words(&words, r, d);
		html(h, "<option value=\"%s\"%?{ selected}>%s</option>", d->id,
		    strcmp(selected, d->id) == 0, sbuf_str(&words));
		sbuf_free(&words);
	}
	select_close(h, fc, id, name);
}

/* The languages of the leaflet as a menu, each in the page's language
 * and in itself; posted as its code; nothing chosen unless posted. */
static void
language_select(struct html *h, struct form_ctx *fc, const char *id,
    const char *name, const char *label, bool required)
{
	const struct serve_request *r = fc->r;
	const struct languages_table *langs = r->srv->languages;
	const char *selected = posted(r, fc->refill, name), *words;
	size_t i;

	select_open(h, fc, id, name, label, required);
	for (i = 0; i < langs->count; i++) {
		const struct languages_info *l = &langs->items[i];

		words = serve_language_name(r, l->code);
		html(h, "<option value=\"%s\"%?{ selected}>%s \xe2\x80\x94 %s"
		    "</option>", l->code, strcmp(selected, l->code) == 0,
		    words != NULL ? words : l->english, l->name);
	}
	select_close(h, fc, id, name);
}

static void
attr_field(struct html *h, struct form_ctx *fc, const char *form_id,
    const struct attr_def *a)
{
	const struct serve_request *r = fc->r;
	const char *v = posted(r, fc->refill, a->name);
	const char *label = case_words_attr(a->name);
	char id[64];

	snprintf(id, sizeof(id), "%s-%s", form_id, a->name);
	label = label != NULL ? serve_tr(r, label) : a->name;
	switch (a->kind) {
	case A_CHOICE:
		choice_select(h, fc, id, a->name, label, a->choices,
		    a->required);
		return;
	case A_DISTRICT:
		district_select(h, fc, id, a->name, a->required);
		return;
	case A_LANGUAGE:
		language_select(h, fc, id, a->name, label, a->required);
		return;
	default:
		break;
	}
	html(h, "<div><label for=\"%s\">%s%?{ *}</label>", id, label,
	    a->required);
	switch (a->kind) {
	case A_DATE:
		html(h, "<input id=\"%s\" name=\"%s\" type=\"date\" "
		    "value=\"%s\"", id, a->name, v);
		break;
	case A_NUMBER:
		html(h, "<input id=\"%s\" name=\"%s\" type=\"number\" "
		    "min=\"1\" max=\"120\" value=\"%s\"", id, a->name, v);
		break;
	default:
		html(h, "<input id=\"%s\" name=\"%s\" maxlength=\"200\" "
		    "value=\"%s\"%?{ required}", id, a->name, v, a->required);
	}
	error_attrs(h, fc, id, a->name);
	html(h, ">");
	error_text(h, fc, id, a->name);
	html(h, "</div>");
}

/* A day of a form: a real day, not before 1997 (the case reader's rule,
 * case_date_in_procedure()), and, for what has happened (an event, an
 * interception: happened), not after today.  False, with the error
 * beside the field, when it is not. */
static bool
check_day(struct serve_form_errors *fe, const struct serve_request *r,
    const char *field, const char *label, const char *v, bool happened,
    date_day *out)
{
	if (v == NULL || date_parse(v, out) != DATE_OK) {
		/* TRANSLATORS: web pages: beside a date field whose value is
		   no real day; %s: the field's label. */
		form_error_add(fe, r, field, label, N_("%s: give a real day."));
		return false;
	}
	if (!case_date_in_procedure(*out)) {
		/* TRANSLATORS: web pages: beside a date field; %s: the field's
		   label. */
		form_error_add(fe, r, field, label, N_("%s: the day comes "
		    "before 1997, when the procedure began (directives of 13 "
		    "January 1997)."));
		return false;
	}
	if (happened && *out > serve_today(r->srv)) {
		/* TRANSLATORS: web pages: beside the date of an event or of
		   the interception; %s: the field's label. */
		form_error_add(fe, r, field, label, N_("%s: the day is after "
		    "today; record only what has happened."));
		return false;
	}
	return true;
}

/* A line of text typed into a form (a name, a service, a report
 * number) holds text only: no control character, no bidi control (it
 * would make a name on a document read otherwise than it was written),
 * valid UTF-8.  Checked here, so that the message names the field,
 * before the XML writer or the case reader sees it. */
static void
check_text(struct serve_form_errors *fe, const struct serve_request *r,
    const char *field, const char *label)
{
	const char *v = serve_form(r, field), *p, *at;
	uint32_t cp;

	if (v == NULL)
		return;
	for (p = v; *p != '\0';) {
		at = p;
		cp = utf8_next(&p);
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
		    utf8_is_bidi_control(cp) || cp == 0xfffe || cp == 0xffff ||
		    (cp == 0xfffd && strncmp(at, "\xef\xbf\xbd", 3) != 0)) {
			/* TRANSLATORS: web pages: beside a text field that
			   holds a control character or bytes that are not
			   text (pasted from another program); %s: the field's
			   label. */
			form_error_add(fe, r, field, label, N_("%s: it holds "
			    "characters that are not text (a control "
			    "character): type it again."));
			return;
		}
	}
}

/* The judicial district lies in the region chosen (data/districts.xml:
 * each district's region). */
static void
check_region_district(struct serve_form_errors *fe,
    const struct serve_request *r, const char *region,
    const struct districts_entry *d)
{
	if (region == NULL || d == NULL || d->region == NULL ||
	    !is_choice(region, "flanders brussels wallonia") ||
	    strcmp(region, d->region) == 0)
		return;
	form_error_add(fe, r, "district", serve_tr(r,
	    case_words_attr("district")),
	    /* TRANSLATORS: web pages: beside the menu of judicial
	       districts when the district chosen is not in the region
	       chosen (Flanders with Namur); %s: the menu's label. */
	    N_("%s: this district is not in the region chosen."));
}

/* The checks of a form's fields before the case reader sees them: what
 * the browser asks for already (required, choices, dates, numbers), for
 * a browser that did not, each error beside its field. */
static void
check_attr(struct serve_form_errors *fe, const struct serve_request *r,
    const struct attr_def *a)
{
	const char *v = serve_form(r, a->name);
	const char *label = case_words_attr(a->name);
	date_day d;
	char *end;
	long n;

	label = label != NULL ? serve_tr(r, label) : a->name;
	if (v == NULL || v[0] == '\0') {
		if (a->required)
			form_error_add(fe, r, a->name, label, a->kind ==
			    A_TEXT ?
			    /* TRANSLATORS: web pages: beside a form's field
			       left empty; %s: the field's label. */
			    N_("%s: fill it in.") :
			    /* TRANSLATORS: web pages: beside a menu of a form
			       where nothing, or something not in the menu, was
			       chosen; %s: the menu's label. */
			    N_("%s: choose one of the list."));
		return;
	}
	if ((a->kind == A_CHOICE && !is_choice(v, a->choices)) ||
	    (a->kind == A_DISTRICT &&
	    districts_find(r->srv->districts, v) == NULL) ||
	    (a->kind == A_LANGUAGE &&
	    languages_find(r->srv->languages, v) == NULL))
		form_error_add(fe, r, a->name, label,
		    N_("%s: choose one of the list."));
	else if (a->kind == A_DATE)
		/* A day an event sets (answer-by) may be to come. */
		check_day(fe, r, a->name, label, v, false, &d);
	else if (a->kind == A_TEXT)
		check_text(fe, r, a->name, label);
	else if (a->kind == A_NUMBER && ((n = strtol(v, &end, 10)) < 1 ||
	    n > 120 || *end != '\0'))
		/* TRANSLATORS: web pages: beside a number field (months);
		   %s: the field's label. */
		form_error_add(fe, r, a->name, label, N_("%s: give a number "
		    "from 1 to 120."));
}

static void
event_forms(struct html *h, const struct serve_request *r,
    const struct serve_store_entry *e, bool refill,
    const struct serve_form_errors *fe)
{
	const char *ptype = refill ? serve_form(r, "type") : NULL;
	char today[DATE_STRLEN];
	char *key = serve_form_key_new();
	size_t i, j;

	date_format(serve_today(r->srv), today);
	html(h, "<section aria-labelledby=\"add-h\"><h2 id=\"add-h\">%s</h2>"
	    "<p>%s</p>",
	    /* TRANSLATORS: web pages, the case page: the heading of the forms
	       that add an event to the case file: a step of the procedure (a
	       complaint, an arrival declaration...) with its date. The events'
	       names below it are the case file's own (interception,
	       complaint...) and stay as they are. */
	    serve_tr(r, N_("Add an event")),
	    /* TRANSLATORS: web pages, the case page: under "Add an event". */
	    serve_tr(r, N_("One form per kind of event; the case file is "
	    "checked as the command line checks it before anything is "
	    "written.")));
	for (i = 0; i < sizeof(event_defs) / sizeof(event_defs[0]); i++) {
		const struct event_def *d = &event_defs[i];
		const char *name = case_event_type_name(d->type);
		bool mine = ptype != NULL && strcmp(ptype, name) == 0;
		const char *date = mine ? posted(r, true, "date") : today;
		struct form_ctx fc = { r, mine ? fe : NULL, mine, false };
		char id[64];

		html(h, "<details%?{ open}>", mine);
		html(h, "<summary>%s</summary><form method=\"post\" "
		    "action=\"/cases/%u/events\" class=\"event\">",
		    serve_tr(r, case_words_event(d->type)), e->id);
		serve_pages_csrf(h, r);
		form_key_field(h, key);
		snprintf(id, sizeof(id), "%s-date", name);
		html(h, "<input type=\"hidden\" name=\"type\" value=\"%s\">"
		    "<input type=\"hidden\" name=\"version\" value=\"%s\">"
		    "<div><label for=\"%s\">%s *</label><input "
		    "id=\"%s\" name=\"date\" type=\"date\" value=\"%s\" "
		    "required", name, e->version, id,
		    /* TRANSLATORS: web pages: the label of the date field of a
		       form (the event's day, the interception's day), followed
		       by an asterisk (required). */
		    serve_tr(r, N_("Date")), id, date);
		error_attrs(h, &fc, id, "date");
		html(h, ">");
		error_text(h, &fc, id, "date");
		html(h, "</div>");
		for (j = 0; j < 6 && d->attrs[j].name != NULL; j++)
			attr_field(h, &fc, name, &d->attrs[j]);
		html(h, "<button type=\"submit\">%s</button></form>"
		    /* TRANSLATORS: web pages, the case page: the button of
		       each event form: adds the event to the case file (a
		       verb). */
		    "</details>", serve_tr(r, N_("Add")));
	}
	html(h, "</section>");
	free(key);
}

static int
event_order(const void *a, const void *b)
{
	const struct case_event *x = *(const struct case_event *const *)a;
	const struct case_event *y = *(const struct case_event *const *)b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* One attribute of an event in words: "Label: value".  A choice shows
 * its value in words; free text (a district, a service, a report
 * number) as it was written, escaped like every value. */
static void
detail(struct html *h, const struct serve_request *r, bool *first,
    const char *attr, const char *value)
{
	const char *label = case_words_attr(attr);
	const char *words = case_words_value(attr, value);

	if (*first)
		html(h, "<ul class=\"attrs\">");
	html(h, "<li>%s: %s</li>", label != NULL ? serve_tr(r, label) : attr,
	    words != NULL ? serve_tr(r, words) : value);
	*first = false;
}

static void
event_details(struct html *h, const struct serve_request *r,
    const struct case_event *ev)
{
	char n[16];
	bool first = true;

	if (ev->assessment != ASSESS_NONE)
		detail(h, r, &first, "assessment",
		    case_value_name("assessment", (int)ev->assessment));
	if (ev->stay != STAY_NONE)
		detail(h, r, &first, "stay",
		    case_value_name("stay", (int)ev->stay));
	if (ev->region != REGION_NONE)
		detail(h, r, &first, "region", case_region_name(ev->region));
	if (ev->district != NULL) {
		/* The district's name in the language of the pages (the
		 * district's own when it has none in that language). */
		const struct districts_entry *de = districts_find(
		    r->srv->districts, ev->district);

		detail(h, r, &first, "district", de != NULL ?
		    districts_name(de, serve_lang_code(r->lang)) :
		    ev->district);
	}
	if (ev->police != NULL)
		detail(h, r, &first, "police", ev->police);
	if (ev->inspection != NULL)
		detail(h, r, &first, "inspection", ev->inspection);
	if (ev->report != NULL)
		detail(h, r, &first, "report", ev->report);
	if (ev->parquet_ref != NULL)
		detail(h, r, &first, "parquet-ref", ev->parquet_ref);
	if (ev->language != NULL) {
		const char *name = serve_language_name(r, ev->language);

		detail(h, r, &first, "language", name != NULL ? name :
		    ev->language);
	}
	if (ev->centre != CENTRE_NONE)
		detail(h, r, &first, "centre", case_centre_name(ev->centre));
	if (ev->consent != ANSWER_NONE)
		detail(h, r, &first, "consent",
		    case_value_name("consent", (int)ev->consent));
	if (ev->addressee != ADDRESSEE_NONE)
		detail(h, r, &first, "addressee",
		    case_value_name("addressee", (int)ev->addressee));
	if (ev->answer_by != DATE_DAY_NONE && ev->answer_by != 0) {
		char *words = official_date_text(ev->answer_by,
		    r->srv->ui[r->lang]);

		detail(h, r, &first, "answer-by", words);
		free(words);
	}
	if (ev->investigation != ANSWER_NONE)
		detail(h, r, &first, "investigation",
		    case_value_name("investigation", (int)ev->investigation));
	if (ev->victim != ANSWER_NONE)
		detail(h, r, &first, "victim",
		    case_value_name("victim", (int)ev->victim));
	if (ev->act != ACT_NONE)
		detail(h, r, &first, "act",
		    case_value_name("act", (int)ev->act));
	if (ev->type == EV_CONVICTION)
		detail(h, r, &first, "instance", ev->appeal ? "appeal" :
		    "first");
	if (ev->significant != ANSWER_NONE)
		detail(h, r, &first, "statement-significant",
		    case_value_name("statement-significant",
		    (int)ev->significant));
	if (ev->months > 0) {
		snprintf(n, sizeof(n), "%d", ev->months);
		detail(h, r, &first, "months", n);
	}
	if (!first)
		html(h, "</ul>");
}

static void
case_timeline(struct html *h, const struct serve_request *r,
    const struct case_file *c)
{
	const struct case_event **evs;
	size_t i;

	html(h, "<section aria-labelledby=\"tl-h\"><h2 id=\"tl-h\">%s</h2>",
	    /* TRANSLATORS: web pages, the case page: the heading of the list
	       of the case's events, by date. */
	    serve_tr(r, N_("Timeline")));
	if (c->nevents == 0) {
		/* TRANSLATORS: web pages, the case page: under "Timeline" when
		   the case has no event. */
		html(h, "<p>%s</p></section>", serve_tr(r, N_("No event yet.")));
		return;
	}
	evs = xmalloc(c->nevents * sizeof(*evs));
	for (i = 0; i < c->nevents; i++)
		evs[i] = &c->events[i];
	qsort(evs, c->nevents, sizeof(*evs), event_order);
	html(h, "<ol class=\"timeline\">");
	for (i = 0; i < c->nevents; i++) {
		html(h, "<li>");
		date_html(h, r, evs[i]->date);
		html(h, " <strong>%s</strong>",
		    serve_tr(r, case_words_event(evs[i]->type)));
		event_details(h, r, evs[i]);
		html(h, "</li>");
	}
	html(h, "</ol></section>");
	free(evs);
}

/* Under "To do" when no action is due: what runs meanwhile, the period
 * and its end (the reflection period of 45 days and the day it ends), so
 * that a quiet case does not read as a forgotten one. */
static void
nothing_due(struct html *h, const struct serve_request *r,
    const struct phase_status *st)
{
	const char *src, *a[3];
	char *day, *m;

	if (st->phase < 0 || st->document.type == DOCUMENT_NONE ||
	    st->document.expires == DATE_DAY_NONE ||
	    st->document.expires < st->as_of) {
		/* TRANSLATORS: web pages: under "To do" on the case page, and
		   on the work list, when no action is pending. */
		html(h, "<p>%s</p>", serve_tr(r, N_("Nothing pending.")));
		return;
	}
	day = official_date_text(st->document.expires, r->srv->ui[r->lang]);
	/* TRANSLATORS: web pages, the case page: under "To do" when no
	   action is due; %1$s: where the case stands ("reflection period of
	   45 days", this catalogue); %2$s: the day it ends, in words; %3$s:
	   a point of the directives (8.1). */
	src = N_("No action is due now: %s, until %s (point %s).");
	a[0] = serve_tr(r, phase_state_text(st->regime, st->state));
	a[1] = day;
	a[2] = phase_state_point(st->regime, st->state);
	m = diag_format(src, serve_tr(r, src), a, 3);
	html(h, "<p class=\"running\">%s</p>", m != NULL ? m : a[0]);
	free(m);
	free(day);
}

static void
case_status(struct html *h, const struct serve_request *r,
    const struct case_file *c, const struct phase_status *st)
{
	struct sbuf msg = { 0 };
	size_t i;
	int b;

	html(h, "<section aria-labelledby=\"st-h\" class=\"status\">"
	    "<h2 id=\"st-h\">%s ",
	    /* TRANSLATORS: web pages, the case page: a heading followed by a
	       date in words ("29 November 2026"): where the case stands on
	       that day. */
	    serve_tr(r, N_("Status as of")));
	date_html(h, r, st->as_of);
	html(h, "</h2><dl>");
	if (st->phase >= 0)
		html(h, "<dt>%s</dt><dd>%s \xe2\x80\x94 %s %d "
		    "<span class=\"point\">(%s %s)</span></dd>",
		    serve_tr(r, N_("State")),
		    serve_tr(r, phase_state_text(st->regime, st->state)),
		    serve_tr(r, N_("phase")), st->phase,
		    /* TRANSLATORS: web pages: "point" before the number of a
		       point of the directives, in brackets: "(point 8.2)", in
		       lower case. */
		    serve_tr(r, N_("point")),
		    phase_state_point(st->regime, st->state));
	else
		html(h, "<dt>%s</dt><dd>%s <span class=\"point\">(%s %s)"
		    "</span></dd>", serve_tr(r, N_("State")),
		    serve_tr(r, phase_state_text(st->regime, st->state)),
		    serve_tr(r, N_("point")),
		    phase_state_point(st->regime, st->state));
	/* TRANSLATORS: web pages, the case page: the label of the residence
	   document the person holds now (order to leave the territory, arrival
	   declaration, CIRE...), followed by its name and dates. */
	html(h, "<dt>%s</dt><dd>", serve_tr(r, N_("Document")));
	if (st->document.type == DOCUMENT_NONE)
		/* TRANSLATORS: web pages, the case page: after "Document": the
		   person holds no residence document; also a list item under
		   "Rights": no right. */
		html(h, "%s", serve_tr(r, N_("none")));
	else {
		bool expired = st->document.expires != DATE_DAY_NONE &&
		    st->document.expires < st->as_of;

		html(h, "%s, %s ", serve_tr(r, phase_document_name(st)->text),
		    /* TRANSLATORS: web pages, the case page: after the
		       document's name, followed by a date in words: "arrival
		       declaration, issued on 2 November 2026, valid until 1
		       February 2027". */
		    serve_tr(r, N_("issued on")));
		date_html(h, r, st->document.issued);
		html(h, ", %s <strong%?{ class=\"overdue\"}>",
		    st->document.expires != DATE_DAY_NONE &&
		    /* TRANSLATORS: web pages, the case page: "expired on" and
		       "valid until" are each followed by the day the residence
		       document ends (past or to come). */
		    st->document.expires < st->as_of ? serve_tr(r, N_("expired on"))
		    /* TRANSLATORS: web pages, the case page: followed by the
		       day the residence document ends, when that day is still
		       to come. */
		    : serve_tr(r, N_("valid until")), expired);
		date_html(h, r, st->document.expires);
		html(h, "</strong>");
	}
	/* TRANSLATORS: web pages, the case page: the label of the person's
	   rights in this phase (social aid, temporary work authorisation, work
	   permit B...). */
	html(h, "</dd><dt>%s</dt><dd><ul>", serve_tr(r, N_("Rights")));
	for (b = 0; b < PHASE_RIGHT_COUNT; b++)
		if (st->rights & (1u << b))
			html(h, "<li>%s <span class=\"point\">(%s %s)</span>"
			    "</li>",
			    serve_tr(r, phase_right_text(st->regime, 1u << b)),
			    serve_tr(r, N_("point")),
			    phase_right_point(st->regime, 1u << b));
	if (st->rights == 0)
		html(h, "<li>%s</li>", serve_tr(r, N_("none")));
	/* TRANSLATORS: web pages, the case page: the heading of the case's
	   pending actions (who must do what, by when). */
	html(h, "</ul></dd></dl><h3>%s</h3>", serve_tr(r, N_("To do")));
	if (st->nactions == 0)
		nothing_due(h, r, st);
	else
		html(h, "<table><thead><tr><th scope=\"col\">%s</th>"
		    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
		    "<th scope=\"col\">%s</th></tr></thead><tbody>",
		    serve_tr(r, N_("Due")),
		    /* TRANSLATORS: web pages, the headings of the table of
		       actions (case page, work list): "Who" must act (police,
		       centre, Office, prosecutor...), "What" is to be done,
		       "Point" of the directives that asks for it (8.2...). */
		    serve_tr(r, N_("Who")),
		    serve_tr(r, N_("What")),
		    /* TRANSLATORS: web pages: the heading of the column of the
		       points of the directives (8.1, 8.2...), not a score. */
		    serve_tr(r, N_("Point")));
	for (i = 0; i < st->nactions; i++) {
		const struct phase_action *a = &st->actions[i];
		bool late = a->due != DATE_DAY_NONE && a->due < st->as_of;

		html(h, "<tr%?{ class=\"overdue\"}><td>", late);
		date_html(h, r, a->due);
		html(h, "%s</td><td>%s</td><td>%s</td><td>%s</td></tr>",
		    late ? serve_tr(r, N_(" (overdue)")) : "",
		    serve_tr(r, phase_actor_text(a->actor)), serve_tr(r, phase_action_text(a->code)),
		    a->point);
	}
	if (st->nactions > 0)
		html(h, "</tbody></table>");
	if (st->nwarnings > 0) {
		html(h, "<h3>%s</h3><ul class=\"warnings\">",
		    /* TRANSLATORS: web pages, the case page: the heading of
		       the warnings about the case (a late action, a fact that
		       contradicts the directives). */
		    serve_tr(r, N_("Warnings")));
		for (i = 0; i < st->nwarnings; i++) {
			warning_text(&msg, r, &st->warnings[i]);
			html(h, "<li><span class=\"point\">[%s %s]</span> %s"
			    "</li>", serve_tr(r, N_("point")),
			    st->warnings[i].point, sbuf_str(&msg));
			sbuf_free(&msg);
		}
		html(h, "</ul>");
	}
	html(h, "</section>");
	(void)c;
}

static void
case_person(struct html *h, const struct serve_request *r,
    const struct case_file *c)
{
	size_t i;

	html(h, "<section aria-labelledby=\"p-h\"><h2 id=\"p-h\">%s</h2><dl>"
	    "<dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>",
	    /* TRANSLATORS: web pages, the case page: the heading of the
	       person's name, languages and nationality. */
	    serve_tr(r, N_("Person")),
	    /* TRANSLATORS: web pages, the case page: the label of the person's
	       name. */
	    serve_tr(r, N_("Name")),
	    c->person.name != NULL ? c->person.name :
	    /* TRANSLATORS: web pages, the case page: a fact the case file
	       does not give (a name, a nationality). */
	    serve_tr(r, N_("not known")),
	    /* TRANSLATORS: web pages, the case page: the label of the
	       languages the person reads, in words (Romanian (ro)). */
	    serve_tr(r, N_("Languages")));
	/* In words, with the code beside it for a clerk who knows codes;
	 * a code iso-codes does not know is shown as written. */
	for (i = 0; i < c->person.nlanguages; i++) {
		const char *code = c->person.languages[i];
		const char *name = serve_language_name(r, code);

		html(h, "%?{, }%s", i > 0, name != NULL ? name : code);
		if (name != NULL)
			html(h, " (%s)", code);
	}
	html(h, "</dd><dt>%s</dt><dd>",
	    /* TRANSLATORS: web pages, the case page: the label of the person's
	       nationality. */
	    serve_tr(r, N_("Nationality")));
	if (c->person.nationality != NULL) {
		const char *name = serve_country_name(r,
		    c->person.nationality);

		html(h, "%s", name != NULL ? name : c->person.nationality);
		if (name != NULL)
			html(h, " (%s)", c->person.nationality);
	} else
		html(h, "%s", serve_tr(r, N_("not known")));
	html(h, "</dd></dl></section>");
}

static void
diag_messages(struct html *h, const struct serve_request *r,
    const struct diag_list *dl)
{
	size_t i;

	html(h, "<ul>");
	for (i = 0; i < dl->count; i++) {
		/* In the user's language, not the server's. */
		char *m = diag_message_in(&dl->items[i], r->srv->ui[r->lang]);

		if (dl->items[i].line > 0)
			html(h, "<li>%s %d: %s</li>", serve_tr(r,
			    N_("line")), dl->items[i].line, m);
		else
			html(h, "<li>%s</li>", m);
		free(m);
	}
	html(h, "</ul>");
}

/* A centre's user adds an event naming another centre, after which the
 * case follows that centre and leaves the user's list: asked first, the
 * event sent again with hand-over=yes, or cancelled; nothing written
 * meanwhile.  (The directives say nothing of a case going from one
 * centre to another: this is the page's own care, not a rule.) */
static void
handover_box(struct html *h, const struct serve_request *r,
    const struct serve_store_entry *e, enum case_centre to)
{
	const char *src, *a[1];
	char *m, *key;
	size_t i;

	/* TRANSLATORS: web pages, the case page: a centre's user adds an
	   event (contact, accompaniment) naming another centre; %s: that
	   centre's name (Payoke, PAG-ASA, Sürya). */
	src = N_("This event names %s: once it is added, the case follows "
	    "that centre and leaves your centre's list, and you will no "
	    "longer see it (the Office and the police still do). Nothing was "
	    "written yet.");
	a[0] = serve_tr(r, case_words_value("centre", case_centre_name(to)));
	m = diag_format(src, serve_tr(r, src), a, 1);
	html(h, "<div class=\"error\" role=\"alert\"><p>%s</p>"
	    "<form method=\"post\" action=\"/cases/%u/events\" "
	    "class=\"doc\">", m != NULL ? m : src, e->id);
	free(m);
	serve_pages_csrf(h, r);
	key = serve_form_key_new();
	form_key_field(h, key);
	free(key);
	for (i = 0; i < r->nfields; i++)
		if (strcmp(r->fields[i].name, "csrf") != 0 &&
		    strcmp(r->fields[i].name, "form-key") != 0 &&
		    strcmp(r->fields[i].name, "hand-over") != 0)
			html(h, "<input type=\"hidden\" name=\"%s\" "
			    "value=\"%s\">", r->fields[i].name,
			    r->fields[i].value);
	html(h, "<input type=\"hidden\" name=\"hand-over\" value=\"yes\">"
	    "<button type=\"submit\">%s</button> <a href=\"/cases/%u\">%s"
	    "</a></form></div>",
	    /* TRANSLATORS: web pages: the button that confirms the event
	       naming another centre (the case then leaves the user's
	       list). */
	    serve_tr(r, N_("Add it and hand the case over")), e->id,
	    /* TRANSLATORS: web pages: a link beside that button: nothing is
	       added, the case stays. */
	    serve_tr(r, N_("Cancel: keep the case")));
}

static void
case_page(struct serve_reply *rep, struct serve_request *r, const char *id,
    const char *notice, const struct diag_list *problems,
    const struct serve_form_errors *fe, enum case_centre handover)
{
	struct serve_store *store = r->srv->store;
	const struct serve_store_entry *e;
	struct phase_status *st;
	struct html h = { 0 };
	char *title;
	bool refill = notice != NULL;
	const char *done = serve_query(r, "done");

	serve_store_lock(store);
	serve_store_refresh(store);
	e = serve_store_valid_id(id) ? serve_store_find(store, id) : NULL;
	if (e == NULL || !serve_can_see(&r->who, e)) {
		serve_store_unlock(store);
		serve_pages_error(rep, r, MHD_HTTP_NOT_FOUND, serve_tr(r, N_("There is no "
		    "case with this id that you can see.")));
		return;
	}
	st = phase_apply(e->c, serve_today(r->srv));
	title = xasprintf("%s %s", serve_tr(r, N_("Case")), e->id);
	serve_pages_begin(&h, r, title);
	free(title);
	if (fe != NULL && fe->count > 0) {
		char *prefix = xasprintf("%s-", serve_form(r, "type"));

		error_summary(&h, r, fe, prefix);
		free(prefix);
	} else if (handover != CENTRE_NONE)
		handover_box(&h, r, e, handover);
	else if (notice != NULL) {
		html(&h, "<div class=\"error\" role=\"alert\"><p>%s</p>",
		    notice);
		if (problems != NULL && problems->count > 0)
			diag_messages(&h, r, problems);
		html(&h, "</div>");
	} else if (done != NULL && strcmp(done, "created") == 0)
		html(&h, "<p class=\"note\" role=\"status\">%s</p>",
		    /* TRANSLATORS: web pages, the case page, after the
		       officer's form created the case; "Documents" is the
		       heading of the document buttons below. */
		    serve_tr(r, N_("The case was created. Its documents (the "
		    "police report's THB section) are under Documents.")));
	else if (done != NULL && strcmp(done, "added") == 0)
		html(&h, "<p class=\"note\" role=\"status\">%s</p>",
		    /* TRANSLATORS: web pages, the case page, after an event's
		       form was accepted. */
		    serve_tr(r, N_("The event was added to the case file.")));
	/* The file's version (a hash) travels in the forms only: it means
	 * nothing to the reader of the page. */
	html(&h, "<div class=\"columns\"><div>");
	case_status(&h, r, e->c, st);
	html(&h, "</div><div>");
	case_person(&h, r, e->c);
	case_timeline(&h, r, e->c);
	html(&h, "</div></div>");
	serve_docs_buttons(&h, r, e, st);
	event_forms(&h, r, e, refill || fe != NULL, fe);
	serve_audit(r->srv, r, e->id, "case-read");
	serve_store_unlock(store);
	phase_status_free(st);
	serve_pages_end(&h, r);
	serve_reply_html(rep, (fe != NULL && fe->count > 0) ||
	    (problems != NULL && problems->count > 0) ?
	    MHD_HTTP_UNPROCESSABLE_CONTENT : notice != NULL ?
	    MHD_HTTP_CONFLICT : MHD_HTTP_OK, &h);
}

void
serve_pages_case(struct serve_reply *rep, struct serve_request *r,
    const char *id, const char *notice, const struct diag_list *problems,
    const struct serve_form_errors *fe)
{
	case_page(rep, r, id, notice, problems, fe, CENTRE_NONE);
}

/* The centre an event would hand the case over to: a centre's user adds
 * a contact or an accompaniment naming another centre, after which the
 * case follows that centre (the last accompaniment, else the last
 * contact: serve_store.c), not the user's; else CENTRE_NONE. */
static enum case_centre
handover_to(const struct serve_request *r, const struct case_file *c,
    enum case_event_type type, const char *name)
{
	enum case_centre posted = CENTRE_NONE, support = CENTRE_NONE;
	enum case_centre contact = CENTRE_NONE, after;
	int k;
	size_t i;

	if (r->who.role != ROLE_CENTRE || name == NULL ||
	    (type != EV_CENTRE_CONTACT && type != EV_CENTRE_SUPPORT))
		return CENTRE_NONE;
	for (k = CENTRE_PAYOKE; k <= CENTRE_SURYA; k++)
		if (strcmp(case_centre_name((enum case_centre)k), name) == 0)
			posted = (enum case_centre)k;
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_CENTRE_SUPPORT)
			support = c->events[i].centre;
		else if (c->events[i].type == EV_CENTRE_CONTACT)
			contact = c->events[i].centre;
	if (type == EV_CENTRE_SUPPORT)
		support = posted;
	else
		contact = posted;
	after = support != CENTRE_NONE ? support : contact;
	return after != CENTRE_NONE && after != r->who.centre ? after :
	    CENTRE_NONE;
}

/* The answer to a change that was written: 303 to the case's page,
 * which says what was done (done: "created", "added"). */
static void
case_redirect(struct serve_reply *rep, const char *id, const char *done)
{
	struct sbuf u = { 0 };

	sbuf_add(&u, "/cases/");
	html_url_encode(&u, id);
	sbuf_printf(&u, "?done=%s", done);
	serve_reply_redirect(rep, sbuf_str(&u));
	sbuf_free(&u);
}

/* Adds the event posted; true when it was written (rep: the redirect
 * to the case), else rep is the page that says why. */
static bool
post_event(struct serve_reply *rep, struct serve_request *r, const char *id)
{
	struct serve_store *store = r->srv->store;
	const char *type = serve_form(r, "type"), *date = serve_form(r, "date");
	const char *version = serve_form(r, "version");
	struct serve_store_attr attrs[6];
	struct serve_form_errors fe = { 0 };
	struct diag_list diags = { 0 };
	const struct event_def *d;
	const struct serve_store_entry *e;
	enum serve_store_result res;
	const char *by;
	size_t n = 0, j;
	date_day dt, answer_by;
	enum case_centre to;
	bool dated, confirmed;
	char *what;

	if (type == NULL || date == NULL || version == NULL ||
	    (d = event_def_named(type)) == NULL) {
		serve_pages_error(rep, r, MHD_HTTP_BAD_REQUEST, serve_tr(r,
		    /* TRANSLATORS: web pages: an error: "type", "date" and
		       "version" are the form's field names: keep them. */
		    N_("The form needs the fields type, date and version.")));
		return false;
	}
	/* Each field checked first, its error beside it; the form comes
	 * back as it was typed. */
	dated = check_day(&fe, r, "date", serve_tr(r, N_("Date")), date,
	    true, &dt);
	for (j = 0; j < 6 && d->attrs[j].name != NULL; j++) {
		check_attr(&fe, r, &d->attrs[j]);
		attrs[n].name = d->attrs[j].name;
		attrs[n++].value = serve_form(r, d->attrs[j].name);
	}
	/* The case reader's rule, by the field's label: the answer is
	 * expected after the query. */
	by = serve_form(r, "answer-by");
	if (dated && d->type == EV_PROSECUTOR_QUERY && by != NULL &&
	    date_parse(by, &answer_by) == DATE_OK && answer_by < dt)
		form_error_add(&fe, r, "answer-by", serve_tr(r,
		    case_words_attr("answer-by")),
		    /* TRANSLATORS: web pages: beside the field "Answer
		       expected by" of the query to the prosecutor; %s: its
		       label. */
		    N_("%s: the day comes before the query's date."));
	if (d->type == EV_INTERCEPTION)
		check_region_district(&fe, r, serve_form(r, "region"),
		    districts_find(r->srv->districts, serve_form(r,
		    "district") != NULL ? serve_form(r, "district") : ""));
	if (fe.count > 0) {
		serve_audit(r->srv, r, id, "event-refused:form");
		serve_pages_case(rep, r, id, NULL, NULL, &fe);
		serve_pages_form_errors_free(&fe);
		return false;
	}
	serve_store_lock(store);
	serve_store_refresh(store);
	e = serve_store_valid_id(id) ? serve_store_find(store, id) : NULL;
	confirmed = serve_form(r, "hand-over") != NULL &&
	    strcmp(serve_form(r, "hand-over"), "yes") == 0;
	to = e != NULL ? handover_to(r, e->c, d->type, serve_form(r,
	    "centre")) : CENTRE_NONE;
	if (e == NULL || !serve_can_see(&r->who, e))
		res = SERVE_STORE_NOT_FOUND;
	else if (!confirmed && to != CENTRE_NONE) {
		/* Asked first: the case would leave the user's list. */
		serve_store_unlock(store);
		serve_audit(r->srv, r, id, "event-asked:hand-over");
		case_page(rep, r, id, NULL, NULL, NULL, to);
		return false;
	} else
		res = serve_store_add_event(store, id, version, type, date, attrs, n,
		    &diags);
	serve_store_unlock(store);
	switch (res) {
	case SERVE_STORE_OK:
		what = xasprintf("event-add:%s", type);
		serve_audit(r->srv, r, id, what);
		free(what);
		/* POST/redirect/GET: a reload of the answer reads the case
		 * again, it adds nothing.  A case handed over to another
		 * centre is no longer the user's: back to the list. */
		if (to != CENTRE_NONE)
			serve_reply_redirect(rep, "/cases?done=handed-over");
		else
			case_redirect(rep, id, "added");
		break;
	case SERVE_STORE_CONFLICT:
		serve_audit(r->srv, r, id, "event-refused:conflict");
		serve_pages_case(rep, r, id, serve_tr(r, N_("Someone else changed this case "
		    "since you opened it. Nothing was written: below is the "
		    "case as it stands now, and your event is still filled "
		    "in, to check and send again.")), NULL, NULL);
		break;
	case SERVE_STORE_INVALID:
		serve_audit(r->srv, r, id, "event-refused:invalid");
		serve_pages_case(rep, r, id, serve_tr(r, N_("The case reader refuses this "
		    "event, so nothing was written:")), &diags, NULL);
		break;
	case SERVE_STORE_DUPLICATE:
		serve_audit(r->srv, r, id, "event-refused:duplicate");
		serve_pages_case(rep, r, id, serve_tr(r,
		    /* TRANSLATORS: web pages, the case page: above an event's
		       form sent back because the case file holds the same
		       event already. */
		    N_("The case file holds this event already: the same kind, "
		    "day and details. It was not added a second time; below is "
		    "the case, and your event is still filled in.")), NULL,
		    NULL);
		break;
	case SERVE_STORE_NOT_FOUND:
		serve_pages_error(rep, r, MHD_HTTP_NOT_FOUND, serve_tr(r, N_("There is no "
		    "case with this id that you can see.")));
		break;
	default:
		serve_pages_error(rep, r, MHD_HTTP_INTERNAL_SERVER_ERROR,
		    serve_tr(r, N_("The case file could not be written; nothing "
		    "was changed.")));
	}
	diag_list_free(&diags);
	return res == SERVE_STORE_OK;
}

void
serve_pages_post_event(struct serve_reply *rep, struct serve_request *r,
    const char *id)
{
	char made[SERVE_FORM_KEY_MADE];
	enum serve_form_once once = serve_form_key_claim(r->srv, r, made);

	if (once != SERVE_ONCE_FIRST) {
		serve_audit(r->srv, r, once == SERVE_ONCE_DONE ? made : NULL,
		    "event-refused:sent-twice");
		once_refused(rep, r, once, made, false);
		return;
	}
	if (post_event(rep, r, id))
		serve_form_key_done(r->srv, r, id);
	else
		serve_form_key_release(r->srv, r);
}

/* --- the work list ----------------------------------------------------------- */

struct due_item {
	date_day	 due;
	enum phase_actor	 actor;
	enum phase_action_code code;
	const char	*point;
	const char	*id;		/* into the store, valid under lock */
};

static int
due_cmp(const void *a, const void *b)
{
	const struct due_item *x = a, *y = b;
	int c;

	if ((c = date_cmp_due(x->due, y->due)) != 0)
		return c;
	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	return (int)x->code - (int)y->code;
}

void
serve_pages_due(struct serve_reply *rep, struct serve_request *r)
{
	const char *af = serve_query(r, "actor");
	struct serve_store *store = r->srv->store;
	struct due_item *items = NULL;
	size_t n = 0, i, j;
	date_day today = serve_today(r->srv);
	struct phase_status *st;
	struct html h = { 0 };
	int actor = -1, a;

	if (af == NULL)
		actor = (int)actor_of_role(r->who.role);
	else
		for (a = 0; a < ACTOR__MAX; a++)
			if (strcmp(af, phase_actor_code((enum phase_actor)a)) == 0)
				actor = a;
	serve_pages_begin(&h, r, serve_tr(r, N_("Work list")));
	html(&h, "<nav aria-label=\"%s\" class=\"tabs\"><ul>",
	    /* TRANSLATORS: web pages, the work list: the name, read by screen
	       readers, of the tabs that choose whose actions are shown
	       (police, centre, Office, prosecutor, procureur général,
	       everyone). */
	    serve_tr(r, N_("Whose actions")));
	for (a = 0; a < ACTOR__MAX; a++)
		html(&h, "<li><a href=\"/due?actor=%s\"%?{ "
		    "aria-current=\"page\"}>%s</a></li>",
		    phase_actor_code((enum phase_actor)a), a == actor,
		    serve_tr(r, phase_actor_text((enum phase_actor)a)));
	html(&h, "<li><a href=\"/due?actor=all\"%?{ aria-current=\"page\"}>"
	    /* TRANSLATORS: web pages, the work list: the last tab: the actions
	       of every actor. */
	    "%s</a></li></ul></nav>", actor < 0, serve_tr(r, N_("everyone")));
	serve_store_lock(store);
	serve_store_refresh(store);
	for (i = 0; i < serve_store_count(store); i++) {
		const struct serve_store_entry *e = serve_store_at(store, i);

		if (!serve_can_see(&r->who, e))
			continue;
		st = phase_apply(e->c, today);
		for (j = 0; j < st->nactions; j++) {
			if (actor >= 0 && st->actions[j].actor !=
			    (enum phase_actor)actor)
				continue;
			items = xrealloc(items, (n + 1) * sizeof(*items));
			items[n].due = st->actions[j].due;
			items[n].actor = st->actions[j].actor;
			items[n].code = st->actions[j].code;
			items[n].point = st->actions[j].point;
			items[n++].id = e->id;
		}
		phase_status_free(st);
	}
	if (n > 1)
		qsort(items, n, sizeof(*items), due_cmp);
	html(&h, "<table><caption>%s</caption><thead><tr>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th></tr></thead><tbody>",
	    /* TRANSLATORS: web pages, the work list: the caption of its table:
	       the actions not done yet, those past their due date first. */
	    serve_tr(r, N_("Pending actions, overdue first")),
	    serve_tr(r, N_("Due")), serve_tr(r, N_("Who")),
	    serve_tr(r, N_("Case")), serve_tr(r, N_("What")),
	    serve_tr(r, N_("Point")));
	for (i = 0; i < n; i++) {
		bool late = items[i].due != DATE_DAY_NONE &&
		    items[i].due < today;

		html(&h, "<tr%?{ class=\"overdue\"}><td>", late);
		date_html(&h, r, items[i].due);
		html(&h, "%s</td><td>%s</td>"
		    "<td><a href=\"/cases/%u\">%s</a></td><td>%s</td>"
		    "<td>%s</td></tr>",
		    late ? serve_tr(r, N_(" (overdue)")) : "",
		    serve_tr(r, phase_actor_text(items[i].actor)), items[i].id,
		    items[i].id, serve_tr(r, phase_action_text(items[i].code)),
		    items[i].point);
	}
	serve_store_unlock(store);
	html(&h, "</tbody></table>");
	if (n == 0)
		html(&h, "<p>%s</p>", serve_tr(r, N_("Nothing pending.")));
	free(items);
	serve_pages_end(&h, r);
	serve_audit(r->srv, r, NULL, "work-list");
	serve_reply_html(rep, MHD_HTTP_OK, &h);
}

/* --- the officer's page ----------------------------------------------------- */

/* A line of text of the officer's form (id and name alike), filled in
 * again when the form comes back, its error beside it.  No browser's
 * suggestions: a person's name must not be offered to the next user. */
static void
text_field(struct html *h, struct form_ctx *fc, const char *id,
    const char *label)
{
	html(h, "<div><label for=\"%s\">%s</label><input id=\"%s\" "
	    "name=\"%s\" maxlength=\"200\" autocomplete=\"off\" "
	    "value=\"%s\"", id, label, id, id, posted(fc->r, fc->refill, id));
	error_attrs(h, fc, id, id);
	html(h, ">");
	error_text(h, fc, id, id);
	html(h, "</div>");
}

/* Can the leaflet be printed complete in the language (as thbdoc leaflet
 * without --allow-incomplete)?  The card marks the others, so that the
 * page's script does not write a leaflet that was refused into the form
 * as handed (review of session 5, point 2). */
static bool
leaflet_complete(struct thb_data *d, const struct languages_info *l)
{
	struct diag_list quiet = { 0 };
	const struct catalog *cat = NULL;
	bool complete;

	if (publish_is_source(d, l->code))
		return true;
	complete = thb_data_catalog(d, l->code, CATALOG_DOCUMENTS, &cat,
	    &quiet) && cat != NULL && publish_missing(d, cat, l->code, NULL,
	    NULL) == 0;
	diag_list_free(&quiet);
	return complete;
}

/* The officer's page: the language card, then the interception form.
 * fe and notice (the case reader's problems): a refused form, which comes
 * back as it was typed (refill). */
static void
officer_page(struct serve_reply *rep, struct serve_request *r,
    const struct serve_form_errors *fe, const struct diag_list *problems,
    bool refill, int status)
{
	const struct languages_table *langs = r->srv->languages;
	/* The card's region: the one the form was sent with, when it
	 * comes back refused (nothing typed is lost). */
	const char *region = refill ? serve_form(r, "region") :
	    serve_query(r, "region");
	struct form_ctx fc = { r, fe, refill, false };
	struct thb_data *d;
	char today[DATE_STRLEN], *key;
	const char *date;
	struct html h = { 0 };
	size_t i;

	date_format(serve_today(r->srv), today);
	date = refill ? posted(r, true, "date") : today;
	serve_pages_begin(&h, r, serve_tr(r, N_("Interception")));
	if (fe != NULL && fe->count > 0)
		error_summary(&h, r, fe, "");
	else if (problems != NULL && problems->count > 0) {
		html(&h, "<div class=\"error\" role=\"alert\"><p>%s</p>",
		    /* TRANSLATORS: web pages: an error after the officer's
		       form; the reader's messages follow, one per line. */
		    serve_tr(r, N_("The case reader refuses this case, so "
		    "nothing was written:")));
		diag_messages(&h, r, problems);
		html(&h, "</div>");
	}
	/* The card opens the leaflet in a new tab: this page stays, and its
	 * little script (serve_css.c) writes the language touched and the
	 * region into the interception form below. */
	html(&h, "<section aria-labelledby=\"card-h\"><h2 id=\"card-h\">%s"
	    "</h2><p>%s</p><form method=\"get\" action=\"/leaflet\" "
	    "class=\"card\" target=\"_blank\"><fieldset class=\"regions\">"
	    "<legend>%s</legend>",
	    /* TRANSLATORS: web pages, the officer's page (Interception): the
	       heading of step 1: the officer shows the screen, and the person
	       touches the button of the language they read (the buttons show
	       each language's name in itself); the leaflet in that language
	       opens. */
	    serve_tr(r, N_("1. The person touches their language")),
	    /* TRANSLATORS: web pages, the officer's page: under step 1. */
	    serve_tr(r, N_("Show this card to the person. The leaflet opens "
	    "as a PDF to print, in a new tab, with the centre of your region "
	    "first; the language touched is written into the form below as "
	    "the leaflet handed.")),
	    /* TRANSLATORS: web pages, the officer's page: the legend of the
	       three choices Brussels, Flanders, Wallonia: the officer's
	       region, whose centre the leaflet lists first. */
	    serve_tr(r, N_("Your region")));
	{
		static const char *const regions[] = { "brussels",
		    "flanders", "wallonia" };
		size_t k;

		for (k = 0; k < 3; k++)
			html(&h, "<label><input type=\"radio\" "
			    "name=\"region\" value=\"%s\"%?{ checked}> %s"
			    "</label>", regions[k], (region != NULL &&
			    strcmp(region, regions[k]) == 0) ||
			    ((region == NULL || !is_choice(region,
			    "brussels flanders wallonia")) && k == 0),
			    serve_tr(r, case_words_value("region",
			    regions[k])));
	}
	html(&h, "</fieldset><ul class=\"langs\">");
	d = serve_render_take(r->srv);
	for (i = 0; i < langs->count; i++) {
		const struct languages_info *l = &langs->items[i];

		const char *say = r->srv->card_words[i];
		const char *words = serve_language_name(r, l->code);

		/* Issue 13, item 7: the instruction in the language and its
		 * script (the PDF card's string), its name in itself beneath,
		 * and for the officer its name in the page's language. */
		html(&h, "<li><button type=\"submit\" name=\"lang\" "
		    "value=\"%s\" lang=\"%s\" dir=\"%s\"%?{ data-incomplete=\"yes\"}>",
		    l->code, l->code, l->dir == DOC_DIR_RTL ? "rtl" : "ltr",
		    !leaflet_complete(d, l));
		if (say != NULL)
			html(&h, "<span class=\"say\">%s</span>", say);
		html(&h, "<span class=\"self\">%s</span><span class=\"officer\" "
		    "lang=\"%s\" dir=\"ltr\">%s</span></button></li>", l->name,
		    serve_lang_code(r->lang), words != NULL ? words : l->english);
	}
	serve_render_give(r->srv, d);
	html(&h, "</ul></form><p id=\"leaflet-refused-note\" class=\"note\" "
	    "role=\"status\" hidden>%s</p></section>",
	    /* TRANSLATORS: web pages, the officer's page: shown under the
	       language card when the person touched a language whose leaflet
	       cannot be printed complete (its translation is not finished):
	       the new tab says so and offers to print it anyway; "Leaflet
	       handed, in" is the label of the form's menu below. */
	    serve_tr(r, N_("The leaflet in this language cannot be printed "
	    "complete yet: the page that opened says why. Nothing was "
	    "written into \"Leaflet handed, in\": choose the language there "
	    "only if the person was given a leaflet printed anyway.")));
	html(&h, "<section aria-labelledby=\"int-h\"><h2 id=\"int-h\">%s</h2>"
	    "<form method=\"post\" action=\"/officer/cases\" "
	    /* TRANSLATORS: web pages, the officer's page: the heading of step
	       2: the form that records the interception (the moment the police
	       find a possible victim, point 5) and creates the case file. */
	    "class=\"event\" id=\"interception\">",
	    serve_tr(r, N_("2. The interception")));
	serve_pages_csrf(&h, r);
	key = serve_form_key_new();
	form_key_field(&h, key);
	free(key);
	html(&h, "<div><label for=\"date\">%s *</label><input id=\"date\" "
	    "name=\"date\" type=\"date\" value=\"%s\" required",
	    serve_tr(r, N_("Date")), date);
	error_attrs(&h, &fc, "date", "date");
	html(&h, ">");
	error_text(&h, &fc, "date", "date");
	html(&h, "</div>");
	/* The labels and choices in words: case_words.c (its notes say what
	   each choice means); the values posted stay the case file's codes. */
	choice_select(&h, &fc, "assessment", "assessment", serve_tr(r,
	    case_words_attr("assessment")), "victim uncertain suspect", true);
	choice_select(&h, &fc, "stay", "stay", serve_tr(r,
	    case_words_attr("stay")), "illegal precarious legal", true);
	choice_select(&h, &fc, "region", "region", serve_tr(r,
	    case_words_attr("region")), "brussels flanders wallonia", true);
	district_select(&h, &fc, "district", "district", true);
	{
		/* Brussels works in French and in Dutch: the file's language
		 * is asked, never taken from the page's (a German page must
		 * not make a Brussels file German). */
		const char *fl = posted(r, refill, "file-language");
		const char *fr = serve_language_name(r, "fr");
		const char *nl = serve_language_name(r, "nl");

		select_open(&h, &fc, "file-language", "file-language",
		    /* TRANSLATORS: web pages, the officer's page: the label
		       of a menu French / Dutch: the language of the case's
		       official documents, asked in the judicial district of
		       Brussels only (elsewhere the district decides). */
		    serve_tr(r, N_("Language of the file (Brussels only)")),
		    false);
		html(&h, "<option value=\"fr\"%?{ selected}>%s</option>"
		    "<option value=\"nl\"%?{ selected}>%s</option>",
		    strcmp(fl, "fr") == 0, fr != NULL ? fr : "fr",
		    strcmp(fl, "nl") == 0, nl != NULL ? nl : "nl");
		select_close(&h, &fc, "file-language", "file-language");
	}
	text_field(&h, &fc, "police", serve_tr(r, case_words_attr("police")));
	text_field(&h, &fc, "report", serve_tr(r, case_words_attr("report")));
	/* TRANSLATORS: web pages, the officer's page: the label of a menu of
	   languages: the language of the leaflet handed to the person (empty:
	   none handed yet); the language card fills it in. */
	language_select(&h, &fc, "language", "language", serve_tr(r,
	    N_("Leaflet handed, in")), false);
	html(&h, "<p id=\"language-note\" class=\"note\" hidden>%s</p>",
	    /* TRANSLATORS: web pages, the officer's page: shown under the
	       menu "Leaflet handed, in" once the person has touched a
	       language of the card. */
	    serve_tr(r, N_("Filled in from the language card: change it if "
	    "the person kept no leaflet.")));
	/* TRANSLATORS: web pages, the officer's page: the label of a menu: the
	   specialised centre the police contacted (Payoke, PAG-ASA, Sürya). */
	choice_select(&h, &fc, "centre", "centre", serve_tr(r,
	    N_("Centre contacted")), "pag-asa payoke surya", false);
	/* TRANSLATORS: web pages, the officer's page: the label of a menu
	   yes/no: the person agreed to meet the specialised centre (point
	   5.2). */
	choice_select(&h, &fc, "consent", "consent", serve_tr(r,
	    N_("Consent to the centre")), "yes no", false);
	/* TRANSLATORS: web pages, the officer's page: the label of the
	   field of the person's name. */
	text_field(&h, &fc, "name", serve_tr(r, N_("Name of the person (if "
	    "known)")));
	html(&h, "<button type=\"submit\">%s</button></form></section>"
	    "<script src=\"/static/thbdoc.js\"></script>",
	    /* TRANSLATORS: web pages, the officer's page: the button of the
	       interception form (a verb): it creates the case file. */
	    serve_tr(r, N_("Create the case")));
	serve_pages_end(&h, r);
	serve_reply_html(rep, status, &h);
}

void
serve_pages_officer(struct serve_reply *rep, struct serve_request *r)
{
	officer_page(rep, r, NULL, NULL, false, MHD_HTTP_OK);
}

/* The interception form's checks, each error beside its field; the
 * district found, and the file's language (Brussels: the one chosen). */
static void
check_interception(struct serve_form_errors *fe, struct serve_request *r,
    const struct districts_entry **district, const char **file_lang)
{
	static const struct attr_def fields[] = {
		{ "assessment", A_CHOICE, "victim uncertain suspect", true },
		{ "stay", A_CHOICE, "legal illegal precarious", true },
		{ "region", A_CHOICE, "flanders brussels wallonia", true },
		{ "district", A_DISTRICT, NULL, true },
		{ "language", A_LANGUAGE, NULL, false },
		{ "centre", A_CHOICE, "payoke pag-asa surya", false },
		{ "consent", A_CHOICE, "yes no", false },
	};
	const char *date = serve_form(r, "date");
	const char *v = serve_form(r, "district");
	date_day dt;
	size_t i;

	*file_lang = NULL;
	check_day(fe, r, "date", serve_tr(r, N_("Date")), date, true, &dt);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		check_attr(fe, r, &fields[i]);
	check_text(fe, r, "police", serve_tr(r, case_words_attr("police")));
	check_text(fe, r, "report", serve_tr(r, case_words_attr("report")));
	check_text(fe, r, "name", serve_tr(r,
	    N_("Name of the person (if known)")));
	/* The consent of point 5.2 is to meet a centre: recorded with the
	 * centre contacted (a consent without one was silently lost). */
	if (serve_form(r, "consent") != NULL &&
	    serve_form(r, "consent")[0] != '\0' &&
	    (serve_form(r, "centre") == NULL ||
	    serve_form(r, "centre")[0] == '\0'))
		form_error_add(fe, r, "consent", serve_tr(r,
		    N_("Consent to the centre")),
		    /* TRANSLATORS: web pages, the officer's form: beside the
		       menu of the consent when no centre was chosen; %s: the
		       menu's label. */
		    N_("%s: choose the centre contacted too; the consent is to "
		    "meet that centre."));
	*district = v != NULL ? districts_find(r->srv->districts, v) : NULL;
	if (*district == NULL)
		return;
	check_region_district(fe, r, serve_form(r, "region"), *district);
	if (districts_language(*district, serve_form(r, "file-language"),
	    file_lang) != DISTRICT_LANG_OK) {
		if (!districts_bilingual(*district))
			/* Elsewhere the district decides, whatever was
			 * chosen. */
			districts_language(*district, NULL, file_lang);
		else
			form_error_add(fe, r, "file-language", serve_tr(r,
			    N_("Language of the file (Brussels only)")),
			    /* TRANSLATORS: web pages: beside the menu of the
			       file's language when the district is Brussels
			       and neither French nor Dutch was chosen; %s: the
			       menu's label. */
			    N_("%s: in Brussels, choose French or Dutch."));
	}
}

/* Creates the case posted by the officer's form; its id when it was
 * written (rep: the redirect to the case), else NULL and rep is the form
 * again, with why.  Caller frees. */
static char *
post_case(struct serve_reply *rep, struct serve_request *r)
{
	struct serve_store *store = r->srv->store;
	struct serve_store_new_case nc;
	struct serve_form_errors fe = { 0 };
	struct diag_list diags = { 0 };
	const char *date = serve_form(r, "date");
	const char *lang = serve_form(r, "language"), *centre;
	const struct districts_entry *de = NULL;
	const char *file_lang = NULL;
	enum serve_store_result res;
	char *id;
	date_day dt;
	int year, mo, dd;

	check_interception(&fe, r, &de, &file_lang);
	if (fe.count > 0) {
		officer_page(rep, r, &fe, NULL, true,
		    MHD_HTTP_UNPROCESSABLE_CONTENT);
		serve_pages_form_errors_free(&fe);
		return NULL;
	}
	centre = serve_form(r, "centre");
	date_parse(date, &dt);
	date_to_ymd(dt, &year, &mo, &dd);
	memset(&nc, 0, sizeof(nc));
	nc.district = de->id;
	nc.language = file_lang;
	nc.person_name = serve_form(r, "name");
	if (nc.person_name != NULL && nc.person_name[0] == '\0')
		nc.person_name = NULL;
	nc.person_language = lang != NULL && lang[0] != '\0' ? lang : NULL;
	nc.events[0].type = "interception";
	nc.events[0].date = date;
	nc.events[0].attrs[0] = (struct serve_store_attr){ "assessment",
	    serve_form(r, "assessment") };
	nc.events[0].attrs[1] = (struct serve_store_attr){ "stay",
	    serve_form(r, "stay") };
	nc.events[0].attrs[2] = (struct serve_store_attr){ "region",
	    serve_form(r, "region") };
	nc.events[0].attrs[3] = (struct serve_store_attr){ "district",
	    de->id };
	nc.events[0].attrs[4] = (struct serve_store_attr){ "police",
	    serve_form(r, "police") };
	nc.events[0].attrs[5] = (struct serve_store_attr){ "report",
	    serve_form(r, "report") };
	nc.events[0].nattrs = 6;
	nc.nevents = 1;
	if (nc.person_language != NULL) {
		nc.events[nc.nevents].type = "leaflet";
		nc.events[nc.nevents].date = date;
		nc.events[nc.nevents].attrs[0] = (struct serve_store_attr){
		    "language", lang };
		nc.events[nc.nevents++].nattrs = 1;
	}
	if (centre != NULL && centre[0] != '\0') {
		nc.events[nc.nevents].type = "centre-contact";
		nc.events[nc.nevents].date = date;
		nc.events[nc.nevents].attrs[0] = (struct serve_store_attr){
		    "centre", centre };
		nc.events[nc.nevents].attrs[1] = (struct serve_store_attr){
		    "consent", serve_form(r, "consent") };
		nc.events[nc.nevents++].nattrs = 2;
	}
	serve_store_lock(store);
	serve_store_refresh(store);
	/* The id: the district's prefix (data/districts.xml, case-prefix),
	 * the year, the next free number: BXL-2026-0001. */
	id = serve_store_next_id(store, de->case_prefix, year);
	nc.id = id;
	res = serve_store_create(store, &nc, &diags);
	serve_store_unlock(store);
	if (res != SERVE_STORE_OK) {
		serve_audit(r->srv, r, NULL, "case-create-refused");
		officer_page(rep, r, NULL, &diags, true,
		    MHD_HTTP_UNPROCESSABLE_CONTENT);
		free(id);
		id = NULL;
	} else {
		serve_audit(r->srv, r, id, "case-create");
		/* POST/redirect/GET: a reload of the answer reads the new
		 * case again, it creates nothing. */
		case_redirect(rep, id, "created");
	}
	diag_list_free(&diags);
	return id;
}

void
serve_pages_post_case(struct serve_reply *rep, struct serve_request *r)
{
	char made[SERVE_FORM_KEY_MADE];
	enum serve_form_once once = serve_form_key_claim(r->srv, r, made);
	char *id;

	if (once != SERVE_ONCE_FIRST) {
		serve_audit(r->srv, r, once == SERVE_ONCE_DONE ? made : NULL,
		    "case-create-refused:sent-twice");
		once_refused(rep, r, once, made, true);
		return;
	}
	if ((id = post_case(rep, r)) != NULL) {
		serve_form_key_done(r->srv, r, id);
		free(id);
	} else
		serve_form_key_release(r->srv, r);
}

/* --- the translators' page ----------------------------------------------------- */

/* The leaflet's strings missing from language l's installed catalogue,
 * as "thbdoc languages" counts them (a fuzzy string is not in a
 * catalogue: missing); total when there is no catalogue.  *cat: the
 * catalogue or NULL. */
static size_t
leaflet_missing(struct thb_data *d, const struct languages_info *l,
    size_t total, const struct catalog **cat)
{
	struct diag_list quiet = { 0 };
	size_t missing = total;

	*cat = NULL;
	if (thb_data_catalog(d, l->code, CATALOG_DOCUMENTS, cat, &quiet) &&
	    *cat != NULL)
		missing = publish_missing(d, *cat, l->code, NULL, NULL);
	diag_list_free(&quiet);
	return missing;
}

/* One row of "thbdoc languages", from the installed catalogues. */
static void
language_row(struct html *h, const struct serve_request *r,
    struct thb_data *d, const struct languages_info *l, size_t total)
{
	const struct catalog *cat = NULL;
	bool source = publish_is_source(d, l->code);
	size_t missing = total;

	html(h, "<tr><th scope=\"row\"><a href=\"/translations/%u\">%s</a>"
	    "</th><td><span lang=\"%s\" dir=\"%s\">%s</span> \xe2\x80\x94 "
	    "%s</td><td>%s</td><td>%s</td>", l->code, l->code, l->code,
	    l->dir == DOC_DIR_RTL ? "rtl" : "ltr", l->name,
	    serve_language_name(r, l->code), l->script,
	    l->dir == DOC_DIR_RTL ? "rtl" : "ltr");
	if (!source)
		missing = leaflet_missing(d, l, total, &cat);
	if (source)
		html(h, "<td>%s</td><td>\xe2\x80\x94</td><td>%s</td>",
		    /* TRANSLATORS: web pages, the translators' page: "source"
		       in the column of translated strings for English, the
		       language translated from; "yes" and "no": the leaflet
		       can (not) be printed. */
		    serve_tr(r, N_("source")), serve_tr(r, N_("yes")));
	else
		html(h, "<td>%z / %z</td><td>%s</td><td%?{ class=\"overdue\"}>"
		    "%s</td>", total - missing, total, cat == NULL ?
		    "\xe2\x80\x94" : publish_is_draft(cat) ? "draft" :
		    "reviewed", missing > 0, missing == 0 ?
		    serve_tr(r, N_("yes")) : serve_tr(r, N_("no")));
	html(h, "</tr>");
}

void
serve_pages_translations(struct serve_reply *rep, struct serve_request *r)
{
	const struct languages_table *langs = r->srv->languages;
	struct html h = { 0 };
	struct thb_data *d;
	size_t i, total;

	serve_pages_begin(&h, r, serve_tr(r, N_("Translations")));
	html(&h, "<p>%s</p><table><caption>%s</caption><thead><tr>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th></tr></thead><tbody>",
	    /* TRANSLATORS: web pages, the translators' page: under its title.
	       "thbdoc check-translations" is a command: keep it. */
	    serve_tr(r, N_("Each language's page runs the checks of thbdoc "
	    "check-translations and shows its leaflet beside the French "
	    "one.")),
	    /* TRANSLATORS: web pages, the translators' page: the caption of
	       its table. "thbdoc languages" is a command: keep it. */
	    serve_tr(r, N_("The languages of the leaflet (thbdoc "
	    "languages)")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column of language codes (fr, ti...). */
	    serve_tr(r, N_("Code")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column of each language's name, in itself and in the page's language. */
	    serve_tr(r, N_("Language")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column of each language's writing system, as a code (Latn,
	       Arab, Ethi...). */
	    serve_tr(r, N_("Script")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column of the writing direction: ltr (left to right) or rtl,
	       codes kept. */
	    serve_tr(r, N_("Direction")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column "40 / 46": how many of the leaflet's strings are
	       translated. */
	    serve_tr(r, N_("Leaflet strings translated")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column whose values draft and reviewed (codes, not
	       translated) say whether a sworn translator has reviewed the
	       translation. */
	    serve_tr(r, N_("Review")),
	    /* TRANSLATORS: web pages, the translators' page: the heading of
	       the column yes/no: whether the leaflet can be printed in that
	       language now. */
	    serve_tr(r, N_("Can be printed")));
	d = serve_render_take(r->srv);
	total = publish_total(d);
	for (i = 0; i < langs->count; i++)
		language_row(&h, r, d, &langs->items[i], total);
	serve_render_give(r->srv, d);
	html(&h, "</tbody></table>");
	serve_pages_end(&h, r);
	serve_reply_html(rep, MHD_HTTP_OK, &h);
}

/* What each check of check-translations looks at (check_po.h), in the
 * page's language; the check's name (a code) is shown beside it. */
static const char *
check_words(const struct serve_request *r, enum check_po_id id)
{
	static const char *const words[CHECK__MAX] = {
		/* TRANSLATORS: web pages, a language's page for translators:
		   beside each failing check of "thbdoc check-translations"
		   (its name, a code: read, msgfmt, complete...), what it
		   looks at.  Here: the PO file can be read (UTF-8, well
		   formed). */
		[CHECK_READ] = N_("the PO file can be read"),
		/* TRANSLATORS: web pages, translators: a check (see "the PO
		   file can be read"); "msgfmt -c" is a command: keep it. */
		[CHECK_MSGFMT] = N_("msgfmt -c accepts the file"),
		[CHECK_COMPLETE] = N_("the leaflet's strings are all translated, "
		    "none fuzzy"),
		/* TRANSLATORS: web pages, translators: a check; the
		   placeholders are %s and <var name="..."/> (no percent sign
		   here: write none). */
		[CHECK_PLACEHOLDERS] = N_("the placeholders are those of the "
		    "source"),
		[CHECK_MARKUP] = N_("the markup (em, strong, phone) is that of "
		    "the source"),
		[CHECK_SAME] = N_("no sentence of the leaflet is left in "
		    "English"),
		[CHECK_GLYPHS] = N_("the fonts have every character"),
		[CHECK_FIT] = N_("the leaflet fits its two pages"),
		[CHECK_BIDI] = N_("no bidi control character"),
		[CHECK_SPACES] = N_("the spaces at the ends are those of the "
		    "source"),
		/* TRANSLATORS: web pages, translators: a check; Language,
		   charset and X-Review-Status are fields of the PO header:
		   keep them. */
		[CHECK_HEADER] = N_("the header gives Language, charset and "
		    "X-Review-Status"),
	};

	return id < CHECK__MAX ? serve_tr(r, words[id]) : "?";
}

/* A message of the checks, which quotes the source and names placeholders
 * and markup (<var name="..."/>, <strong>): text, each tag in <code>,
 * all through the escaping writer. */
static void
text_with_tags(struct html *h, const char *s)
{
	const char *p = s, *lt, *gt;
	char *part;

	while ((lt = strchr(p, '<')) != NULL) {
		if (!((lt[1] >= 'a' && lt[1] <= 'z') || lt[1] == '/') ||
		    (gt = strchr(lt, '>')) == NULL) {
			part = xasprintf("%.*s", (int)(lt + 1 - p), p);
			html(h, "%s", part);
			free(part);
			p = lt + 1;
			continue;
		}
		part = xasprintf("%.*s", (int)(lt - p), p);
		html(h, "%s", part);
		free(part);
		part = xasprintf("%.*s", (int)(gt + 1 - lt), lt);
		html(h, "<code>%s</code>", part);
		free(part);
		p = gt + 1;
	}
	html(h, "%s", p);
}

/* The leaflet's strings as the table counts them (thbdoc languages), then
 * the checks of check-translations on po_dir/LL.po when the server was
 * given the PO files (--po-dir), with the PO file's own counts (thbdoc
 * languages --po-dir): both in the page's language. */
static void
translation_checks(struct html *h, const struct serve_request *r,
    const struct languages_info *l)
{
	const char *po_dir = r->srv->cfg.po_dir;
	struct check_sources src = { 0 };
	const struct catalog *cat;
	struct check_po_result res;
	struct diag_list dl = { 0 };
	struct thb_data *d;
	size_t i, total, missing;
	char *path, *m;
	bool ok = false;
	int c;

	d = serve_render_take(r->srv);
	total = publish_total(d);
	missing = publish_is_source(d, l->code) ? 0 :
	    leaflet_missing(d, l, total, &cat);
	serve_render_give(r->srv, d);
	html(h, "<p>%s %z / %z</p>",
	    /* TRANSLATORS: web pages, a language's page for translators:
	       followed by "47 / 47", the same numbers as the table of the
	       languages and "thbdoc languages" (a command: keep it). */
	    serve_tr(r, N_("Leaflet strings translated, in the catalogue "
	    "installed (thbdoc languages):")), total - missing, total);
	html(h, "<section aria-labelledby=\"chk-h\"><h2 id=\"chk-h\">%s</h2>",
	    /* TRANSLATORS: web pages, a language's page for translators: a
	       heading; "thbdoc check-translations" is a command: keep it. */
	    serve_tr(r, N_("Checks (thbdoc check-translations)")));
	if (po_dir == NULL) {
		/* TRANSLATORS: web pages, a language's page for translators;
		   --po-dir is an option: keep it. */
		html(h, "<p>%s</p></section>", serve_tr(r, N_("The server was "
		    "started without --po-dir: it has no PO file to check.")));
		return;
	}
	path = xasprintf("%s/%s.po", po_dir, l->code);
	if (access(path, R_OK) != 0) {
		html(h, "<p>%s</p></section>",
		    serve_tr(r, N_("No PO file for this language.")));
		free(path);
		return;
	}
	d = serve_render_take(r->srv);
	memset(&res, 0, sizeof(res));
	if (check_sources_load_data(&src, d, po_dir, true, &dl))
		ok = check_po_file(&src.env, path, l->code, &res, &dl);
	check_sources_free(&src);
	serve_render_give(r->srv, d);
	html(h, "<p>%s %s %z, %s %z, %s %z.</p><p class=\"%s\">%s</p>",
	    /* TRANSLATORS: web pages, a language's page for translators:
	       followed by the counts of all the strings of the PO file
	       ("translated 96, fuzzy 0, untranslated 0"), the same as
	       "thbdoc languages --po-dir" (a command: keep it). */
	    serve_tr(r, N_("In the PO file (thbdoc languages --po-dir):")),
	    /* TRANSLATORS: web pages, a language's page for translators:
	       "translated:", "fuzzy:" and "untranslated:" are each followed
	       by a number of strings of the PO file: "translated: 40, fuzzy:
	       2, untranslated: 4", in full words (not the short headings of
	       thbdoc languages). "fuzzy" is gettext's word for a translation
	       marked to check again. */
	    serve_tr(r, N_("translated:")), res.translated,
	    serve_tr(r, N_("fuzzy:")), res.fuzzy,
	    serve_tr(r, N_("untranslated:")), res.untranslated,
	    ok ? "point" : "error", ok ?
	    serve_tr(r, N_("The leaflet can be printed in this language.")) :
	    serve_tr(r, N_("The leaflet cannot be printed yet; failing "
	    "checks:")));
	if (!ok) {
		html(h, "<ul class=\"failing\">");
		for (c = 0; c < CHECK__MAX; c++)
			if (res.failed & (1u << c))
				html(h, "<li><code>%s</code> \xe2\x80\x94 %s</li>",
				    check_po_name((enum check_po_id)c),
				    check_words(r, (enum check_po_id)c));
		html(h, "</ul>");
	}
	html(h, "<ul class=\"diags\">");
	for (i = 0; i < dl.count; i++) {
		/* In the user's language, not the server's. */
		m = diag_message_in(&dl.items[i], r->srv->ui[r->lang]);
		html(h, "<li><span class=\"%s\">%s.po%?{:}", dl.items[i].severity
		    == DIAG_ERROR ? "error" : "point", l->code,
		    dl.items[i].line > 0);
		if (dl.items[i].line > 0)
			html(h, "%d", dl.items[i].line);
		html(h, "</span> ");
		text_with_tags(h, m);
		html(h, "</li>");
		free(m);
	}
	html(h, "</ul></section>");
	check_po_result_free(&res);
	diag_list_free(&dl);
	free(path);
}

void
serve_pages_translation(struct serve_reply *rep, struct serve_request *r,
    const char *code)
{
	const struct languages_info *l = languages_find(r->srv->languages,
	    code);
	struct html h = { 0 };
	char *title;

	if (l == NULL) {
		serve_pages_error(rep, r, MHD_HTTP_NOT_FOUND,
		    serve_tr(r, N_("No such language.")));
		return;
	}
	title = xasprintf("%s \xe2\x80\x94 %s", serve_language_name(r, code),
	    l->name);
	serve_pages_begin(&h, r, title);
	free(title);
	translation_checks(&h, r, l);
	html(&h, "<section aria-labelledby=\"pv-h\"><h2 id=\"pv-h\">%s</h2>"
	    "<div class=\"side\"><iframe title=\"%s\" "
	    "src=\"/leaflet?lang=fr\"></iframe><iframe title=\"%s\" "
	    "src=\"/leaflet?lang=%u&amp;incomplete=yes\"></iframe></div></section>",
	    /* TRANSLATORS: web pages, a language's page for translators: the
	       heading of two frames side by side, the leaflet in French and in
	       the language. */
	    serve_tr(r, N_("The leaflet beside the French one")),
	    /* TRANSLATORS: web pages: the title of the frame that shows the
	       French leaflet, read by screen readers. */
	    serve_tr(r, N_("The leaflet in French")),
	    serve_language_name(r, l->code), l->code);
	serve_pages_end(&h, r);
	serve_reply_html(rep, MHD_HTTP_OK, &h);
}
