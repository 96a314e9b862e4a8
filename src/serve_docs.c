/* serve_docs.c: the PDFs of thbdoc serve, rendered in-process through the
 * one composition step (render.h): the leaflet from the officer's language
 * card, and the official documents a case calls for.  Nothing is written
 * to disk: the PDF goes from memory to the answer.
 *
 * render.h allows one render call at a time per data owner (thb_data.h);
 * the server lends its preloaded owners out (serve_render_take/give in
 * serve.c), one per worker thread, so renders run at once (see
 * load_data() in serve.c).
 */
#include <config.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "catalog.h"
#include "i18n.h"
#include "case_words.h"
#include "languages.h"
#include "official.h"
#include "phase.h"
#include "render.h"
#include "serve_int.h"
#include "util.h"

/* The documents each role may ask for, by official kind. */
static const struct serve_doc_kind {
	const char	*name;		/* the form's kind */
	enum official_kind kind;
	unsigned	 roles;		/* 1 << enum users_role */
	const char	*label;		/* N_() */
} doc_kinds[] = {
	{ "report", OFFICIAL_REPORT, 1u << ROLE_POLICE,
	    /* TRANSLATORS: web pages, the case page: the document buttons,
	       each followed by "(PDF)"; a role sees its own. This one
	       (police): the "traite des êtres humains" section of the police
	       report (THB: trafficking in human beings; the usual name or
	       abbreviation in your language's police reports, e.g. French
	       TEH). */
	    N_("Police report: the THB section") },
	{ "request-centre-support", OFFICIAL_REQUEST_CENTRE_SUPPORT,
	    /* TRANSLATORS: web pages, the case page: a document button (a
	       centre's users): the centre's letter to the Office des Etrangers
	       saying that it supports the person (point 4). */
	    1u << ROLE_CENTRE, N_("Request: centre support") },
	{ "request-arrival-declaration", OFFICIAL_REQUEST_ARRIVAL_DECLARATION,
	    /* TRANSLATORS: web pages, the case page: a document button (a
	       centre's users): the centre asks the Office des Etrangers for
	       the arrival declaration after the complaint or statement (point
	       8.1). */
	    1u << ROLE_CENTRE, N_("Request: arrival declaration") },
	{ "request-indefinite-residence",
	    OFFICIAL_REQUEST_INDEFINITE_RESIDENCE, 1u << ROLE_CENTRE,
	    /* TRANSLATORS: web pages, the case page: a document button (a
	       centre's users): the centre asks the Office des Etrangers for
	       residence of indefinite duration (point 8.3). */
	    N_("Request: indefinite residence") },
	{ "letter-query", OFFICIAL_LETTER_QUERY, 1u << ROLE_OFFICE,
	    /* TRANSLATORS: web pages, the case page: a document button (the
	       Office's users): the Office's letter that asks the procureur du
	       Roi or the auditeur du travail the two questions of point
	       8.2. */
	    N_("Letter: query to the prosecutor") },
	{ "letter-general-prosecutor", OFFICIAL_LETTER_GENERAL_PROSECUTOR,
	    /* TRANSLATORS: web pages, the case page: a document button (the
	       Office's users): the letter to the procureur général when the
	       prosecutor has not answered by the date set (point 8.2). Keep
	       "procureur général" as your official documents name that
	       office. */
	    1u << ROLE_OFFICE, N_("Letter to the procureur général") },
	{ "notice", OFFICIAL_NOTICE, (1u << ROLE_CENTRE) | (1u << ROLE_OFFICE),
	    /* TRANSLATORS: web pages, the case page: a document button: the
	       notice that tells the person, in their own language, where they
	       stand. */
	    N_("Notice for the person, in their language") },
};

#define NKINDS (sizeof(doc_kinds) / sizeof(doc_kinds[0]))

static void
reply_pdf(struct serve_reply *rep, struct render_out *out,
    const char *disposition, const char *file)
{
	rep->status = MHD_HTTP_OK;
	rep->type = "application/pdf";
	rep->body = (char *)out->data;
	rep->len = out->len;
	out->data = NULL;
	rep->disposition = xasprintf("%s; filename=\"%s\"", disposition, file);
}

/* A reason of a refused document in the page's words: the command
 * line's messages that name an option (--lang fr|nl, --lang LL,
 * --answer-by) or markup have the page's own version, which names the
 * page's field or button instead; the others are the command line's, in
 * the page's language.  Caller frees. */
static char *
page_reason(const struct serve_request *r, const struct diag *d)
{
	const char *src, *a[3] = { "", "", "" };
	char *days[2] = { NULL, NULL }, *m;
	unsigned n = 0, i;
	date_day day;

	switch (d->code) {
	case ERR_DISTRICT_LANGUAGE:
		/* TRANSLATORS: web pages: why a document was not made; %s: a
		   judicial district's name (Bruxelles-Brussel); the buttons
		   below the message choose French or Dutch. */
		src = N_("The judicial district of %s works in French and in "
		    "Dutch, and the case file does not say which is the "
		    "language of the file: choose it below.");
		n = 1;
		break;
	case ERR_DOC_PERSON_LANGUAGE:
		/* TRANSLATORS: web pages: why the notice for the person was
		   not made; a menu of languages follows. */
		src = N_("The case file gives no language of the person in "
		    "which the notice can be written: choose the notice's "
		    "language below.");
		break;
	case ERR_DOC_ANSWER_BY:
		/* TRANSLATORS: web pages: why the query letter was not made;
		   %1$s, %2$s: days in words; %3$s: the label of the date
		   field beside the letter's button ("Answer expected
		   by"). */
		src = N_("The day the answer is expected, %s, must come after "
		    "the letter's date, %s: choose a later day in the field "
		    "\"%s\".");
		n = 3;
		break;
	case ERR_DOC_ANSWER_AFTER_EXPIRY:
		/* TRANSLATORS: web pages: why the query letter was not made;
		   %1$s, %2$s: days in words; %3$s: the label of the date
		   field beside the letter's button ("Answer expected
		   by"). */
		src = N_("The day the answer is expected, %s, must come before "
		    "the arrival declaration ends on %s (point 8.3 decides "
		    "then): choose an earlier day in the field \"%s\".");
		n = 3;
		break;
	case ERR_DISTRICT_NONE:
		/* TRANSLATORS: web pages: why a letter was not made. */
		src = N_("The case file names no judicial district: add the "
		    "event of the interception or of the query to the "
		    "prosecutor with its district.");
		break;
	default:
		return diag_message_in(d, r->srv->ui[r->lang]);
	}
	for (i = 0; i < n && i < d->nargs && i < 2; i++)
		if (strlen(d->args[i]) == 10 &&
		    date_parse(d->args[i], &day) == DATE_OK)
			a[i] = days[i] = official_date_text(day,
			    r->srv->ui[r->lang]);
		else
			a[i] = d->args[i];
	if (n == 3)
		a[2] = serve_tr(r, case_words_attr("answer-by"));
	m = n > 0 ? diag_format(src, serve_tr(r, src), a, n) :
	    xstrdup(serve_tr(r, src));
	free(days[0]);
	free(days[1]);
	return m != NULL ? m : xstrdup(src);
}

/* The messages of a refusal, each in the page's words. */
static void
refusal_messages(struct html *h, const struct serve_request *r,
    const struct diag_list *dl)
{
	size_t i;
	char *m;

	if (dl->count == 0)
		return;
	html(h, "<ul>");
	for (i = 0; i < dl->count; i++) {
		m = page_reason(r, &dl->items[i]);
		html(h, "<li>%s</li>", m);
		free(m);
	}
	html(h, "</ul>");
}

static const struct diag *diag_with(const struct diag_list *,
    enum diag_code);

/* A message with a plural, marked for xgettext (po/Makevars: NP_:1,2);
 * translated by serve_trn(). */
#define NP_(s, p) s, p

/* ngettext() in the page's language: the form of msgid/plural for n, the
 * translation used only when it takes the source's arguments. */
static const char *
serve_trn(const struct serve_request *r, const char *msgid,
    const char *plural, unsigned long n)
{
	const char *t = catalog_lookup_plural(r->srv->ui[r->lang], msgid,
	    plural, n);

	if (t != NULL && catalog_formats_match(plural, t))
		return t;
	return n == 1 ? msgid : plural;
}

/* A leaflet refused because its translation is not finished: why, in the
 * page's words (the language by its name, how many sentences; no option
 * of the command line, no code, no source text), and (offer) the page's
 * own "print it anyway", as thbdoc leaflet --allow-incomplete: the
 * missing sentences in English, and the leaflet says that it is
 * incomplete.  Back to the officer's page (or the start page). */
static void
leaflet_refused(struct serve_reply *rep, const struct serve_request *r,
    const struct diag_list *dl, const char *lang, const char *region,
    bool offer)
{
	const struct diag *inc = diag_with(dl, ERR_LEAFLET_INCOMPLETE);
	const struct languages_info *l = languages_find(r->srv->languages,
	    lang);
	const char *plural, *a[2];
	struct html h = { 0 };
	unsigned long n;
	char *m;
	size_t i;

	/* TRANSLATORS: web pages: the title of a page that refuses a document
	   or a leaflet; the reason follows. */
	serve_pages_begin(&h, r, serve_tr(r, N_("Not possible")));
	html(&h, "<div class=\"error\" role=\"alert\">");
	if (inc != NULL && inc->nargs >= 2) {
		/* TRANSLATORS: web pages: why the leaflet cannot be printed in
		   a language; %1$s: the language's name ("Somali"); %2$s: a
		   number of sentences (1; 2 and more in the plural). */
		static const char *const forms[2] = { NP_("The leaflet "
		    "cannot be printed complete in %s: %s sentence is not "
		    "translated yet.", "The leaflet cannot be printed complete "
		    "in %s: %s sentences are not translated yet.") };

		n = strtoul(inc->args[1], NULL, 10);
		a[0] = serve_language_name(r, lang);
		if (a[0] == NULL)
			a[0] = l != NULL ? l->english : lang;
		a[1] = inc->args[1];
		m = diag_format(forms[n != 1], serve_trn(r, forms[0], forms[1],
		    n), a, 2);
		plural = forms[1];
		html(&h, "<p>%s</p>", m != NULL ? m : plural);
		free(m);
	} else
		/* TRANSLATORS: web pages: above the reasons why the leaflet in
		   a language cannot be printed. */
		html(&h, "<p>%s</p>", serve_tr(r, N_("This leaflet cannot be "
		    "printed:")));
	/* Any other reason (the layout), each in the page's language; the
	 * sentences missing are for the translators' page, not here. */
	html(&h, "<ul>");
	for (i = 0; i < dl->count; i++)
		if (dl->items[i].severity == DIAG_ERROR &&
		    dl->items[i].code != ERR_LEAFLET_INCOMPLETE &&
		    dl->items[i].code != ERR_LEAFLET_MISSING) {
			m = diag_message_in(&dl->items[i], r->srv->ui[r->lang]);
			html(&h, "<li>%s</li>", m);
			free(m);
		}
	html(&h, "</ul></div>");
	if (offer && inc != NULL)
		html(&h, "<p>%s</p><p><a class=\"button\" href=\"/leaflet?"
		    "lang=%u&amp;region=%u&amp;incomplete=yes\">%s</a></p>",
		    /* TRANSLATORS: web pages: under a leaflet refused because
		       its translation is not finished. */
		    serve_tr(r, N_("Printed anyway, the sentences not "
		    "translated yet are in English, and the leaflet says that "
		    "it is incomplete.")), lang, region != NULL ? region : "",
		    /* TRANSLATORS: web pages: a button under a refused
		       leaflet: print it with the sentences that are not
		       translated yet in English; the leaflet then says so. */
		    serve_tr(r, N_("Print it anyway, with the missing sentences "
		    "in English (the page says so)")));
	if (r->who.role == ROLE_POLICE)
		html(&h, "<p><a href=\"/officer\">%s</a></p>",
		    /* TRANSLATORS: web pages: a link under a refused leaflet,
		       back to the officer's page (Interception). */
		    serve_tr(r, N_("Back to the interception page")));
	else
		html(&h, "<p><a href=\"/\">%s</a></p>",
		    serve_tr(r, N_("Back to the start page")));
	serve_pages_end(&h, r);
	serve_reply_html(rep, MHD_HTTP_CONFLICT, &h);
}

/* Why the case does not call for a document, as official_refusal() says
 * it, but in the page's words where the command line's names the case
 * file's markup (review of session 5, point 8): the page names its own
 * form instead. */
static const char *
page_refusal(enum official_kind kind)
{
	if (kind == OFFICIAL_REQUEST_CENTRE_SUPPORT)
		/* TRANSLATORS: web pages: why the case does not call for the
		   centre's request (point 4), beginning in lower case, in "The
		   case does not call for this document: %s."; "Accompaniment
		   by a specialised centre" names the form of the case page
		   (the event's name, this catalogue). */
		return N_("no specialised centre has recorded yet that it "
		    "accompanies the person (the form \"Accompaniment by a "
		    "specialised centre\" of this page), or the person is out "
		    "of the procedure");
	return official_refusal(kind);
}

/* Why the case does not call for a document, entirely in the page's
 * language: the reason of official_called_for() (official_refusal()),
 * where the case stands and the point, each translated here, not in the
 * server's locale; no option of the command line named (the page offers
 * its own "write it anyway").  Caller frees. */
static char *
not_called_text(const struct serve_request *r, enum official_kind kind,
    const struct phase_status *st, date_day date)
{
	const char *src, *a[3];
	char *day = NULL, *m;
	unsigned n;

	if (kind == OFFICIAL_REPORT) {
		day = official_date_text(date, r->srv->ui[r->lang]);
		/* TRANSLATORS: web pages: why the police report's THB section
		   is not called for; %s: a date in words ("29 November
		   2026"). */
		src = N_("The case file records no interception by the police "
		    "by %s: there is nothing to report (point 5).");
		a[0] = day;
		n = 1;
	} else {
		/* TRANSLATORS: web pages: why a document is not called for;
		   %1$s: the reason (a message of this catalogue, beginning in
		   lower case); %2$s: where the case stands, a phase of the
		   procedure (this catalogue); %3$s: a point of the directives
		   (8.2). */
		src = N_("The case does not call for this document: %s. The "
		    "case stands at: %s (point %s).");
		a[0] = serve_tr(r, page_refusal(kind));
		a[1] = serve_tr(r, phase_state_text(st->regime, st->state));
		a[2] = phase_state_point(st->regime, st->state);
		n = 3;
	}
	m = diag_format(src, serve_tr(r, src), a, n);
	free(day);
	return m != NULL ? m : xstrdup(src);
}

/* The diagnostic of dl with this code, or NULL. */
static const struct diag *
diag_with(const struct diag_list *dl, enum diag_code code)
{
	size_t i;

	for (i = 0; i < dl->count; i++)
		if (dl->items[i].code == code)
			return &dl->items[i];
	return NULL;
}

/* Was the document refused because the case does not call for it (and
 * not for another reason: a district, a missing fact)? */
static bool
refused_not_called(const struct diag_list *dl)
{
	return diag_with(dl, ERR_DOC_REFUSED) != NULL ||
	    diag_with(dl, ERR_DOC_NO_INTERCEPTION) != NULL;
}

/* The facts a document lacks, in the page's language: official.c lists
 * them with ", " between their English names (the worker threads use no
 * locale: on_request), each a message of the program's catalogue.
 * Caller frees. */
static char *
missing_facts_text(const struct serve_request *r, const char *list)
{
	struct sbuf out = { 0 };
	const char *p = list, *sep;
	char *one;

	while (*p != '\0') {
		sep = strstr(p, ", ");
		one = xasprintf("%.*s", (int)(sep != NULL ? (size_t)(sep - p) :
		    strlen(p)), p);
		sbuf_printf(&out, "%s%s", out.len > 0 ? ", " : "",
		    serve_tr(r, one));
		free(one);
		p = sep != NULL ? sep + 2 : p + strlen(p);
	}
	return out.len > 0 ? sbuf_detach(&out) : xstrdup(list);
}

/* The answer-by field of the query letter's form (the command line's
 * --answer-by): a day, by default the one the command line takes. */
static void
answer_by_field(struct html *h, const struct serve_request *r,
    const char *id, const char *value)
{
	html(h, "<label for=\"%s\">%s</label> <input type=\"date\" id=\"%s\" "
	    "name=\"answer-by\" value=\"%s\"> ", id,
	    serve_tr(r, case_words_attr("answer-by")), id, value);
}

/* A form that asks for the document again, with the page's own versions
 * of --not-called-for (anyway) and --blanks (blanks); the language and
 * the answer-by posted are kept.  The caller adds its fields and closes
 * it with again_close(). */
static void
again_open(struct html *h, const struct serve_request *r,
    const struct serve_store_entry *e, const struct serve_doc_kind *k,
    bool anyway, bool blanks, bool keep_lang, bool keep_answer_by)
{
	const char *lang = serve_form(r, "file-language");
	const char *person = serve_form(r, "person-language");
	const char *by = serve_form(r, "answer-by");

	html(h, "<form method=\"post\" action=\"/cases/%u/documents\" "
	    "class=\"doc\">", e->id);
	serve_pages_csrf(h, r);
	html(h, "<input type=\"hidden\" name=\"kind\" value=\"%s\">",
	    k->name);
	if (anyway)
		html(h, "<input type=\"hidden\" name=\"anyway\" "
		    "value=\"yes\">");
	if (blanks)
		html(h, "<input type=\"hidden\" name=\"blanks\" "
		    "value=\"yes\">");
	if (keep_lang && lang != NULL && lang[0] != '\0')
		html(h, "<input type=\"hidden\" name=\"file-language\" "
		    "value=\"%s\">", lang);
	if (keep_lang && person != NULL && person[0] != '\0')
		html(h, "<input type=\"hidden\" name=\"person-language\" "
		    "value=\"%s\">", person);
	if (keep_answer_by && by != NULL && by[0] != '\0')
		html(h, "<input type=\"hidden\" name=\"answer-by\" "
		    "value=\"%s\">", by);
}

static void
again_close(struct html *h, const char *label)
{
	html(h, "<button type=\"submit\" class=\"secondary\">%s (PDF)"
	    "</button></form>", label);
}

static void
again_button(struct html *h, const struct serve_request *r,
    const struct serve_store_entry *e, const struct serve_doc_kind *k,
    bool anyway, bool blanks, const char *label)
{
	again_open(h, r, e, k, anyway, blanks, true, true);
	again_close(h, label);
}

/* What the page offers for the reasons that the command line answers
 * with an option: the file's language (--lang fr|nl), the person's
 * language (--lang LL), another answer-by (--answer-by). */
static void
again_choices(struct html *h, const struct serve_request *r,
    const struct serve_store_entry *e, const struct serve_doc_kind *k,
    const struct official_request *req, const struct diag_list *dl)
{
	const struct languages_table *langs = r->srv->languages;
	const char *by = serve_form(r, "answer-by"), *name;
	size_t i;

	if (diag_with(dl, ERR_DISTRICT_LANGUAGE) != NULL) {
		again_open(h, r, e, k, req->not_called_for, req->blanks, false,
		    true);
		html(h, "<input type=\"hidden\" name=\"file-language\" "
		    "value=\"fr\">");
		/* TRANSLATORS: web pages: a button under a document refused
		   because the case file does not say whether the file is in
		   French or in Dutch (Brussels); followed by "(PDF)". */
		again_close(h, serve_tr(r, N_("Write it in French")));
		again_open(h, r, e, k, req->not_called_for, req->blanks, false,
		    true);
		html(h, "<input type=\"hidden\" name=\"file-language\" "
		    "value=\"nl\">");
		/* TRANSLATORS: web pages: the same button, for Dutch. */
		again_close(h, serve_tr(r, N_("Write it in Dutch")));
	}
	if (diag_with(dl, ERR_DOC_PERSON_LANGUAGE) != NULL) {
		again_open(h, r, e, k, req->not_called_for, req->blanks, false,
		    false);
		html(h, "<label for=\"notice-lang\">%s</label> <select "
		    "id=\"notice-lang\" name=\"person-language\" required>"
		    "<option "
		    "value=\"\">\xe2\x80\x94</option>",
		    /* TRANSLATORS: web pages: the label of the menu of
		       languages under a notice refused because the case file
		       gives no language of the person. */
		    serve_tr(r, N_("Language of the notice")));
		for (i = 0; i < langs->count; i++) {
			name = serve_language_name(r, langs->items[i].code);
			html(h, "<option value=\"%s\">%s \xe2\x80\x94 %s"
			    "</option>", langs->items[i].code, name != NULL ?
			    name : langs->items[i].english,
			    langs->items[i].name);
		}
		html(h, "</select> ");
		/* TRANSLATORS: web pages: the button beside that menu;
		   followed by "(PDF)". */
		again_close(h, serve_tr(r, N_("Write the notice")));
	}
	if (diag_with(dl, ERR_DOC_ANSWER_BY) != NULL ||
	    diag_with(dl, ERR_DOC_ANSWER_AFTER_EXPIRY) != NULL) {
		again_open(h, r, e, k, req->not_called_for, req->blanks, true,
		    false);
		answer_by_field(h, r, "again-answer-by", by != NULL ? by : "");
		/* TRANSLATORS: web pages: the button beside the field "Answer
		   expected by" under a query letter refused for that date;
		   followed by "(PDF)". */
		again_close(h, serve_tr(r, N_("Write the letter")));
	}
}

/* A document refused: why, in the page's language; when the case does
 * not call for it, the page's own "write it anyway" (the command line's
 * --not-called-for: the document then says so); when the case lacks
 * facts, "with lines to fill in by hand" (--blanks); back to the case. */
static void
document_refused(struct serve_reply *rep, const struct serve_request *r,
    const struct serve_store_entry *e, const struct serve_doc_kind *k,
    const struct official_request *req, const struct diag_list *dl)
{
	const struct diag *missing = diag_with(dl, ERR_DOC_MISSING_FACTS);
	struct html h = { 0 };
	struct diag_list others = { 0 };
	struct phase_status *st;
	bool not_called = refused_not_called(dl);
	char *why, *facts;
	size_t i;

	serve_pages_begin(&h, r, serve_tr(r, N_("Not possible")));
	html(&h, "<div class=\"error\" role=\"alert\">");
	if (not_called) {
		st = phase_apply(e->c, req->date);
		why = not_called_text(r, k->kind, st, req->date);
		html(&h, "<p>%s</p>", why);
		free(why);
		phase_status_free(st);
	} else if (missing != NULL && missing->nargs > 0) {
		facts = missing_facts_text(r, missing->args[0]);
		/* TRANSLATORS: web pages: why a document was not made; %s:
		   the facts the case file lacks, e.g. "the person's name, the
		   date of the complaint" (this catalogue). */
		why = diag_format(N_("The case file lacks what this document "
		    "needs: %s. Add it with the forms of the case page, or "
		    "print the document with lines to fill in by hand."),
		    serve_tr(r, N_("The case file lacks what this document "
		    "needs: %s. Add it with the forms of the case page, or "
		    "print the document with lines to fill in by hand.")),
		    (const char *const *)&facts, 1);
		html(&h, "<p>%s</p>", why != NULL ? why : facts);
		free(why);
		free(facts);
	} else
		/* TRANSLATORS: web pages: above the reasons why a document
		   could not be made (one per line). */
		html(&h, "<p>%s</p>", serve_tr(r, N_("This document cannot be "
		    "made:")));
	/* TRANSLATORS: web pages: after the reason why a document was
	   refused. */
	html(&h, "<p>%s</p>", serve_tr(r, N_("Nothing was written.")));
	for (i = 0; i < dl->count; i++)
		if (dl->items[i].code != ERR_DOC_REFUSED &&
		    dl->items[i].code != ERR_DOC_NO_INTERCEPTION &&
		    dl->items[i].code != ERR_DOC_MISSING_FACTS &&
		    dl->items[i].severity == DIAG_ERROR)
			diag_add_copy(&others, &dl->items[i]);
	refusal_messages(&h, r, &others);
	diag_list_free(&others);
	html(&h, "</div>");
	if (not_called)
		again_button(&h, r, e, k, true, false,
		    /* TRANSLATORS: web pages: a button under a document
		       refused because the case does not call for it: write it
		       all the same; the document then says that the case did
		       not call for it. */
		    serve_tr(r, N_("Write it anyway (the document will say "
		    "that the case does not call for it)")));
	else if (missing != NULL)
		again_button(&h, r, e, k, req->not_called_for, true,
		    /* TRANSLATORS: web pages: a button under a document that
		       lacks facts: print it with ruled lines where the facts
		       go, to fill in by hand. */
		    serve_tr(r, N_("Print it with lines to fill in by hand")));
	again_choices(&h, r, e, k, req, dl);
	html(&h, "<p><a href=\"/cases/%u\">%s</a></p>", e->id,
	    /* TRANSLATORS: web pages: a link under a refused document, back
	       to the case's page. */
	    serve_tr(r, N_("Back to the case")));
	serve_pages_end(&h, r);
	serve_reply_html(rep, MHD_HTTP_CONFLICT, &h);
}

/* A copy of the leaflet kept under key, in out; false when none is kept.
 * (The language and the region were checked before: the key holds only
 * known codes.) */
static bool
leaflet_cached(struct serve_server *srv, const char *key,
    struct render_out *out)
{
	size_t i;
	bool found = false;

	if (srv->leaflets_off)
		return false;
	pthread_mutex_lock(&srv->leaflets_mutex);
	for (i = 0; i < srv->nleaflets && !found; i++)
		if (strcmp(srv->leaflets[i].key, key) == 0) {
			out->data = xmalloc(srv->leaflets[i].len);
			memcpy(out->data, srv->leaflets[i].pdf,
			    srv->leaflets[i].len);
			out->len = srv->leaflets[i].len;
			found = true;
		}
	pthread_mutex_unlock(&srv->leaflets_mutex);
	return found;
}

/* Keep a copy of a leaflet just rendered (unless another thread was
 * first, or the table is full: then it is simply rendered again next
 * time). */
static void
leaflet_keep(struct serve_server *srv, const char *key,
    const struct render_out *out)
{
	struct serve_leaflet_cached *c;
	size_t i;

	if (srv->leaflets_off)
		return;
	pthread_mutex_lock(&srv->leaflets_mutex);
	for (i = 0; i < srv->nleaflets; i++)
		if (strcmp(srv->leaflets[i].key, key) == 0)
			break;
	if (i == srv->nleaflets && i < SERVE_LEAFLETS_MAX) {
		c = &srv->leaflets[srv->nleaflets++];
		snprintf(c->key, sizeof(c->key), "%s", key);
		c->pdf = xmalloc(out->len);
		memcpy(c->pdf, out->data, out->len);
		c->len = out->len;
	}
	pthread_mutex_unlock(&srv->leaflets_mutex);
}

void
serve_docs_leaflet(struct serve_reply *rep, struct serve_request *r)
{
	const char *lang = serve_query(r, "lang"), *region;
	struct render_leaflet_opts o = { 0 };
	struct render_dest dest = { RENDER_PDF, NULL, false };
	struct render_out out = { 0 };
	struct diag_list diags = { 0 };
	struct thb_data *d;
	char *file, *what, key[sizeof(r->srv->leaflets[0].key)];
	bool ok;

	region = serve_query(r, "region");
	if (lang == NULL || languages_find(r->srv->languages, lang) == NULL) {
		serve_pages_error(rep, r, MHD_HTTP_NOT_FOUND,
		    serve_tr(r, N_("No such language.")));
		return;
	}
	if (region != NULL && strcmp(region, "brussels") != 0 &&
	    strcmp(region, "flanders") != 0 && strcmp(region, "wallonia") != 0)
		region = NULL;
	o.lang = lang;
	o.region = region;
	/* As thbdoc leaflet --allow-incomplete: the missing sentences in
	 * English, and the page says so.  Asked for explicitly only. */
	o.allow_incomplete = serve_query(r, "incomplete") != NULL &&
	    strcmp(serve_query(r, "incomplete"), "yes") == 0;
	snprintf(key, sizeof(key), "%s/%s/%d", lang, region != NULL ? region :
	    "", o.allow_incomplete);
	if (leaflet_cached(r->srv, key, &out))
		ok = true;
	else {
		d = serve_render_take(r->srv);
		ok = render_leaflet(d, &o, &dest, &out, &diags);
		serve_render_give(r->srv, d);
		if (ok && out.data != NULL)
			leaflet_keep(r->srv, key, &out);
	}
	if (!ok || out.data == NULL) {
		leaflet_refused(rep, r, &diags, lang, region,
		    !o.allow_incomplete);
	} else {
		file = xasprintf("leaflet-%s.pdf", lang);
		reply_pdf(rep, &out, "inline", file);
		free(file);
		what = xasprintf("leaflet:%s", lang);
		serve_audit(r->srv, r, NULL, what);
		free(what);
	}
	render_out_free(&out);
	diag_list_free(&diags);
}

static const struct serve_doc_kind *
kind_named(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < NKINDS; i++)
		if (strcmp(doc_kinds[i].name, name) == 0)
			return &doc_kinds[i];
	return NULL;
}

/* The page's own versions of --lang, --with and --answer-by: the file's
 * language (fr, nl or de) of an official document, the person's
 * language of the notice, the day the query letter expects the answer
 * by (a real day, of the procedure).  False, with the page that says
 * why, when one cannot be taken. */
static bool
official_choices(struct serve_reply *rep, const struct serve_request *r,
    const struct serve_doc_kind *k, struct official_request *req,
    const char **person_lang)
{
	const char *lang = serve_form(r, "file-language");
	const char *person = serve_form(r, "person-language");
	const char *by = serve_form(r, "answer-by");
	const char *a[1];
	char *m;

	if ((lang != NULL && lang[0] != '\0' && strcmp(lang, "fr") != 0 &&
	    strcmp(lang, "nl") != 0 && strcmp(lang, "de") != 0) ||
	    (person != NULL && person[0] != '\0' && (k->kind !=
	    OFFICIAL_NOTICE || languages_find(r->srv->languages, person) ==
	    NULL))) {
		serve_pages_error(rep, r, MHD_HTTP_BAD_REQUEST,
		    /* TRANSLATORS: web pages: an error: the language sent
		       with a document's form is not one the document can be
		       written in. */
		    serve_tr(r, N_("This document cannot be written in the "
		    "language chosen.")));
		return false;
	}
	if (lang != NULL && lang[0] != '\0')
		req->lang = lang;
	if (person != NULL && person[0] != '\0')
		*person_lang = person;
	if (k->kind != OFFICIAL_LETTER_QUERY || by == NULL || by[0] == '\0')
		return true;
	if (date_parse(by, &req->answer_by) == DATE_OK &&
	    case_date_in_procedure(req->answer_by))
		return true;
	a[0] = serve_tr(r, case_words_attr("answer-by"));
	m = diag_format(N_("%s: give a real day."),
	    serve_tr(r, N_("%s: give a real day.")), a, 1);
	serve_pages_error(rep, r, MHD_HTTP_UNPROCESSABLE_CONTENT,
	    m != NULL ? m : a[0]);
	free(m);
	return false;
}

void
serve_docs_official(struct serve_reply *rep, struct serve_request *r,
    const char *id)
{
	const struct serve_doc_kind *k = kind_named(serve_form(r, "kind"));
	struct official_request req = { 0 };
	struct render_official_opts o = { &req, NULL, NULL };
	struct render_dest dest = { RENDER_PDF, NULL, false };
	struct render_out out = { 0 };
	struct diag_list diags = { 0 };
	struct serve_store *store = r->srv->store;
	const struct serve_store_entry *e;
	struct thb_data *d;
	char *file, *what;
	bool ok;

	if (k == NULL || !(k->roles & (1u << r->who.role))) {
		serve_pages_error(rep, r, MHD_HTTP_FORBIDDEN, serve_tr(r,
		    /* TRANSLATORS: web pages: an error: the user's role
		       (police, centre, Office) does not write this kind of
		       document. */
		    N_("Your role does not make this document.")));
		return;
	}
	req.kind = k->kind;
	req.date = serve_today(r->srv);
	req.answer_by = DATE_DAY_NONE;
	/* The page's "write it anyway" (the command line's
	 * --not-called-for): the document says that the case did not call
	 * for it. */
	req.not_called_for = serve_form(r, "anyway") != NULL &&
	    strcmp(serve_form(r, "anyway"), "yes") == 0;
	/* And its "lines to fill in by hand" (--blanks). */
	req.blanks = serve_form(r, "blanks") != NULL &&
	    strcmp(serve_form(r, "blanks"), "yes") == 0;
	if (!official_choices(rep, r, k, &req, &o.person_lang))
		return;
	serve_store_lock(store);
	serve_store_refresh(store);
	e = serve_store_valid_id(id) ? serve_store_find(store, id) : NULL;
	if (e == NULL || !serve_can_see(&r->who, e)) {
		serve_store_unlock(store);
		serve_pages_error(rep, r, MHD_HTTP_NOT_FOUND, serve_tr(r,
		    N_("There is no case with this id that you can see.")));
		return;
	}
	o.c = e->c;
	/* The case stays locked while it is read: a change waits. */
	d = serve_render_take(r->srv);
	ok = render_official(d, &o, &dest, &out, &diags);
	serve_render_give(r->srv, d);
	what = xasprintf("%s:%s", !ok ? "document-refused" :
	    req.not_called_for ? "document-anyway" : "document", k->name);
	serve_audit(r->srv, r, e->id, what);
	free(what);
	if (!ok || out.data == NULL)
		document_refused(rep, r, e, k, &req, &diags);
	else {
		file = xasprintf("%s-%s.pdf", k->name, e->id);
		/* A case id may hold '/': not in a file name. */
		for (what = file; *what != '\0'; what++)
			if (*what == '/' || *what == '"')
				*what = '_';
		reply_pdf(rep, &out, "attachment", file);
		free(file);
	}
	serve_store_unlock(store);
	render_out_free(&out);
	diag_list_free(&diags);
}

/* The buttons of the case page: each document of the user's role, those
 * the case calls for first; the others with the reason they are not. */
void
serve_docs_buttons(struct html *h, const struct serve_request *r,
    const struct serve_store_entry *e, const struct phase_status *st)
{
	struct official_request req = { 0 };
	struct diag_list why = { 0 };
	size_t i, j, shown = 0;
	bool called;

	html(h, "<section aria-labelledby=\"doc-h\"><h2 id=\"doc-h\">%s</h2>",
	    /* TRANSLATORS: web pages, the case page: the heading of the
	       document buttons (the official documents the user's role writes,
	       as PDF). */
	    serve_tr(r, N_("Documents")));
	for (i = 0; i < NKINDS; i++) {
		if (!(doc_kinds[i].roles & (1u << r->who.role)))
			continue;
		req.kind = doc_kinds[i].kind;
		req.date = st->as_of;
		req.answer_by = DATE_DAY_NONE;
		called = official_called_for(&req, e->c, st, &why);
		html(h, "<form method=\"post\" action=\"/cases/%u/documents\" "
		    "class=\"doc%?{ not-called}\">", e->id, !called);
		serve_pages_csrf(h, r);
		html(h, "<input type=\"hidden\" name=\"kind\" value=\"%s\">",
		    doc_kinds[i].name);
		/* The query letter asks for the answer by a day: the
		 * command line's default, which the Office may change
		 * (--answer-by). */
		if (req.kind == OFFICIAL_LETTER_QUERY) {
			char by[DATE_STRLEN] = "";

			if (st->answer_by_default != DATE_DAY_NONE)
				date_format(st->answer_by_default, by);
			answer_by_field(h, r, "answer-by", by);
		}
		html(h, "<button type=\"submit\"%?{ class=\"secondary\"}>%s "
		    "(PDF)</button>", !called, serve_tr(r, doc_kinds[i].label));
		if (!called && refused_not_called(&why)) {
			char *m = not_called_text(r, req.kind, st, st->as_of);

			html(h, " <span class=\"point\">%s</span>", m);
			free(m);
		}
		for (j = 0; !called && j < why.count; j++) {
			char *m;

			if (why.items[j].severity != DIAG_ERROR ||
			    why.items[j].code == ERR_DOC_REFUSED ||
			    why.items[j].code == ERR_DOC_NO_INTERCEPTION)
				continue;
			m = page_reason(r, &why.items[j]);
			html(h, " <span class=\"point\">%s</span>", m);
			free(m);
		}
		html(h, "</form>");
		diag_list_clear(&why);
		shown++;
	}
	if (shown == 0)
		/* TRANSLATORS: web pages, the case page: under "Documents",
		   for a role that writes no document. */
		html(h, "<p>%s</p>", serve_tr(r, N_("Your role makes no "
		    "document for a case.")));
	html(h, "</section>");
	diag_list_free(&why);
}
