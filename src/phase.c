/* phase.c: the phase model of the directives (stage 2: decisions).
 *
 * The model folds a case's events, in date order, through a table of
 * transitions (one row per event type: which states the directive provides
 * for it in, what to say otherwise, what it changes), letting time pass
 * between events (a period that runs out can end the procedure).  Then a
 * table of action rules says, from the folded state, who must do what by
 * when.  Every rule names its point of the directive.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "phase.h"
#include "regime.h"
#include "util.h"

/* The folded state of a case at a point in time. */
struct fold {
	const struct case_file	*c;
	const struct regime	*rg;		/* the case's rules */
	struct phase_status	*st;		/* warnings go here */
	enum phase_state	 state;
	bool			 closed;	/* returned or withdrawn: final */
	date_day		 closed_on;
	/* A withdrawal while a document ran: the state it left (our
	 * decision: the document and its rights are kept until it
	 * expires), or STATE_NONE. */
	enum phase_state	 withdrawn_from;
	date_day		 reopened;	/* rule 5, or DATE_DAY_NONE */
	int			 withdrawal_line;
	date_day		 withdrawal;

	/* Interception and the police's duties (points 4, 5). */
	bool			 intercepted;
	date_day		 interception;
	enum case_assessment		 assessment;
	enum case_stay		 stay;
	bool			 leaflet;
	bool			 centre_contact;
	bool			 centre_support;	/* taken on (4) */
	bool			 office_informed;

	/* Complaint or statement (8.1, 8.2). */
	bool			 complaint_in_time;
	bool			 complaint;	/* any, of the person's */
	date_day		 complaint_date; /* the first in time */

	/* The residence document held. */
	struct phase_document	 doc;

	/* The prosecutor's information for the current period (8.2, 8.3):
	 * reset when the arrival declaration is issued or extended. */
	date_day		 period_start;	/* declaration or extension */
	bool			 queried;
	bool			 queried_ever;
	date_day		 answer_by;
	date_day		 query_date;	/* the last query, its line */
	int			 query_line;
	bool			 answered_since_query;
	bool			 general_queried;
	bool			 answered_in_period;
	bool			 positive;	/* latest answer: yes and yes */
	bool			 negative;	/* latest answer: a no */
	date_day		 answer_date;
	bool			 answer_in_court; /* rule 1: "no" read as
					   the case going on in court */

	/* Judicial outcome (8.3). */
	bool			 prosecution;
	/* The first prosecution act on or before the status date, looked
	 * up before the fold: an answer "investigation: no" is read
	 * against it whether it came before or after (rule 1). */
	date_day		 first_prosecution;
	struct phase_ground	 ground;	/* for indefinite residence */
};

#define BIT(s) (1u << (s))
#define TERMINAL (BIT(STATE_EXCLUDED) | BIT(STATE_RETURNED) | \
	BIT(STATE_ENDED))
#define IN(f, mask) ((BIT((f)->state) & (mask)) != 0)

/* ---- Names and texts ------------------------------------------------ */

/* The states' stable codes; what a state is called, its point, its
 * phase and its rights are the regime's (struct regime_state). */
static const char *const state_codes[STATE__MAX] = {
	[STATE_NONE] = "none",
	[STATE_IDENTIFIED] = "identified",
	[STATE_EXCLUDED] = "excluded",
	[STATE_REFLECTION] = "reflection",
	[STATE_ARRIVAL_DECLARATION] = "arrival-declaration",
	[STATE_ARRIVAL_DECLARATION_EXTENDED] = "arrival-declaration-extended",
	[STATE_REGISTRATION_CERTIFICATE] = "registration-certificate",
	[STATE_INDEFINITE_RESIDENCE] = "indefinite-residence",
	[STATE_RETURNED] = "returned",
	[STATE_ENDED] = "ended",
};

static const struct {
	const char	*code;
	const char	*text;
} actors[ACTOR__MAX] = {
	/* TRANSLATORS: who must act (thbdoc status and due, the web
	   pages' work list and case page): the police services. */
	[ACTOR_POLICE] = { "police", N_("police") },
	/* TRANSLATORS: who must act: the specialised reception centre. */
	[ACTOR_CENTRE] = { "centre", N_("centre") },
	/* TRANSLATORS: who must act: the Office des Etrangers (Dienst
	   Vreemdelingenzaken), not an office in general. */
	[ACTOR_OFFICE] = { "office", N_("Office") },
	/* TRANSLATORS: who must act: the procureur du Roi or, in labour
	   cases, the auditeur du travail (point 8.2). */
	[ACTOR_PROSECUTOR] = { "prosecutor", N_("prosecutor") },
	[ACTOR_GENERAL_PROSECUTOR] = { "general-prosecutor",
	    /* TRANSLATORS: who must act: the procureur général at the
	       court of appeal (point 8.2); keep the title your official
	       documents use. */
	    N_("procureur général") },
};

static const struct {
	const char	*code;
	const char	*point;
	const char	*format;
	bool		 args_translatable;	/* the arguments are N_() words */
} warnings[WARN_PHASE__MAX] = {
	[WARN_PHASE_ACTION_OVERDUE] = { "action-overdue", NULL,
	    /* TRANSLATORS: %1$s: the action (translated), %2$s: a date,
	       YYYY-MM-DD. */
	    N_("\"%1$s\" was due on %2$s and is not done"), true },
	[WARN_PHASE_COMPLAINT_AFTER_REFLECTION] = {
	    "complaint-after-reflection",
	    /* TRANSLATORS: %1$s and %2$s: dates, YYYY-MM-DD.  An arrival
	       declaration (déclaration d'arrivée, aankomstverklaring) is the
	       document of point 8.2. */
	    "8.1", N_("the complaint or statement of %1$s came after the 45 "
	    "days ended on %2$s: point 8.2 provides for an arrival "
	    "declaration only after one made within the 45 days") },
	[WARN_PHASE_EXTENSION_LIMIT] = { "extension-limit", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  The certificate is the
	       registration certificate (certificat d'inscription au registre
	       des étrangers, CIRE). */
	    N_("the arrival declaration was extended again on %1$s: point "
	    "8.3 allows one extension only. thbdoc's decision: this one is "
	    "not counted, and the certificate is due at the end of the "
	    "first") },
	[WARN_PHASE_NEGATIVE_ANSWER] = { "negative-answer", PHASE_POINT_SILENT,
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD; %2$s and %3$s: the answer
	       to each question, "yes", "no" or "unknown" (translated). */
	    N_("the prosecutor's answer of %1$s says no (investigation "
	    "under way: %2$s; victim of trafficking: %3$s): the directives do "
	    "not say what follows a negative answer. thbdoc's decision: no "
	    "further document is called for, and the person keeps the "
	    "current document until it expires"), true },
	[WARN_PHASE_EVENT_AFTER_EXCLUSION] = { "event-after-exclusion", "5.3",
	    /* TRANSLATORS: %1$s: an XML element name of the case file
	       (complaint, query), not translated; %2$s: a date, YYYY-MM-DD. */
	    N_("<%1$s> of %2$s ignored: the person was found to be involved "
	    "in the exploitation and is not in the protection procedure") },
	[WARN_PHASE_EVENT_AFTER_END] = { "event-after-end", "8",
	    /* TRANSLATORS: %1$s: an XML element name of the case file, not
	       translated; %2$s and %3$s: dates, YYYY-MM-DD. */
	    N_("<%1$s> of %2$s ignored: the person left the procedure on "
	    "%3$s") },
	[WARN_PHASE_EVENT_OUT_OF_PHASE] = { "event-out-of-phase", NULL,
	    /* TRANSLATORS: %1$s: an XML element name of the case file, not
	       translated; %2$s: a date, YYYY-MM-DD; %3$s: where the case
	       stands (a state of the procedure, translated). */
	    N_("<%1$s> of %2$s ignored: the directive does not provide for "
	    "it in the state \"%3$s\"") },
	[WARN_PHASE_DECLARATION_WITHOUT_COMPLAINT] = {
	    "declaration-without-complaint", "8.2",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("arrival declaration of %1$s with no complaint or statement "
	    "made within the 45 days: point 8.2 gives it only after one") },
	[WARN_PHASE_QUERY_WITHOUT_DECLARATION] = { "query-without-declaration",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  The prosecutor is the
	       procureur du Roi (procureur des Konings). */
	    "8.2", N_("query to the prosecutor of %1$s while no arrival "
	    "declaration is in force") },
	[WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE] = { "query-without-answer-date",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  answer-by is an XML
	       attribute: keep it.  The Office is the Immigration Office. */
	    "8.2", N_("the query of %1$s sets no date for the answer: point "
	    "8.2 requires the Office to state when it expects it "
	    "(attribute answer-by)") },
	[WARN_PHASE_ANSWER_WITHOUT_QUERY] = { "answer-without-query", "8.2",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("prosecutor's answer of %1$s with no query before it") },
	[WARN_PHASE_GENERAL_QUERY_PREMATURE] = { "general-query-premature",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  Keep "procureur général"
	       (procureur-generaal) as the official title. */
	    "8.2", N_("query to the procureur général of %1$s: point 8.2 "
	    "provides for it only when the prosecutor has not answered by "
	    "the date set in the query") },
	[WARN_PHASE_EXTENSION_NOT_PROVIDED] = { "extension-not-provided", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("extension of %1$s: point 8.3 extends a first arrival "
	    "declaration only while the prosecutor cannot yet answer both "
	    "questions positively") },
	[WARN_PHASE_CERTIFICATE_WITHOUT_ANSWER] = {
	    "certificate-without-answer", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("registration certificate of %1$s: point 8.3 gives it after "
	    "a positive answer to both questions, or when the extended "
	    "arrival declaration ends without a clear answer") },
	[WARN_PHASE_RENEWAL_WITHOUT_CERTIFICATE] = {
	    "renewal-without-certificate", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("renewal of %1$s ignored: no registration certificate is "
	    "in force") },
	[WARN_PHASE_INDEFINITE_WITHOUT_GROUND] = { "indefinite-without-ground",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    "8.3", N_("residence of indefinite duration of %1$s with neither "
	    "a first-instance conviction nor requisitions retaining "
	    "trafficking with a significant statement") },
	[WARN_PHASE_NO_ANSWER_AT_EXPIRY] = { "no-answer-at-expiry", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("no answer from the prosecutor had come by %1$s, the end of "
	    "the arrival declaration. thbdoc's decision, where the directives "
	    "are silent: the prosecutor is taken as not yet able to answer "
	    "positively, and point 8.3 then extends the declaration once") },
	[WARN_PHASE_CONSENT_NOT_RECORDED] = { "consent-not-recorded", "5.2",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  consent is an XML
	       attribute: keep it. */
	    N_("centre contact of %1$s for a possible victim: the person's "
	    "consent is not recorded (attribute consent)") },
	[WARN_PHASE_LEAFLET_LANGUAGE] = { "leaflet-language", "5",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD; %2$s: a language code
	       (ro); %3$s: the codes of the languages the person reads. */
	    N_("the leaflet of %1$s was handed in \"%2$s\", which is not "
	    "among the languages the person reads (%3$s)") },
	[WARN_PHASE_NO_EVENTS] = { "no-events", "8",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD. */
	    N_("the case has no events on or before %1$s") },
	[WARN_PHASE_INVESTIGATION_ENDED_IN_COURT] = {
	    "investigation-ended-in-court", "8.3",
	    /* TRANSLATORS: %1$s and %2$s: dates, YYYY-MM-DD. */
	    N_("the answer of %1$s says the investigation is no longer under "
	    "way, and a prosecution act is recorded on %2$s. thbdoc's "
	    "decision, where the directives are silent: the judicial "
	    "procedure goes on (point 8.3 renews the certificate until its "
	    "end), so the answer is not taken as negative") },
	[WARN_PHASE_CONVICTION_ON_APPEAL] = { "conviction-on-appeal", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  Keep "en première
	       instance" in French: it quotes the directives. */
	    N_("conviction on appeal of %1$s: point 8.3 grants residence of "
	    "indefinite duration on a conviction \"en première instance\"; "
	    "it is not counted as a ground (check the first-instance "
	    "judgment)") },
	[WARN_PHASE_GROUND_WITHOUT_COMPLAINT] = { "ground-without-complaint",
	    /* TRANSLATORS: %1$s: an XML element name of the case file
	       (conviction, requisitions), not translated; %2$s: a date,
	       YYYY-MM-DD. */
	    "8.3", N_("<%1$s> of %2$s: the case records no complaint or "
	    "statement of the person before it; point 8.3 grants residence of "
	    "indefinite duration only when the person's own complaint or "
	    "statement led to it") },
	[WARN_PHASE_DOCUMENT_EXPIRED] = { "document-expired",
	    PHASE_POINT_SILENT,
	    /* TRANSLATORS: %1$s: the residence document (translated); %2$s: a
	       date, YYYY-MM-DD. */
	    N_("the %1$s expired on %2$s and nothing has replaced it yet: no "
	    "rights are listed (thbdoc's decision: the rights follow the "
	    "document in force)"), true },
	[WARN_PHASE_EXCLUSION_REVIEWED] = { "exclusion-reviewed",
	    PHASE_POINT_SILENT,
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD; %2$s: the assessment as
	       the case file writes it (victim, uncertain), not
	       translated. */
	    N_("the interception of %1$s assesses the person as \"%2$s\" after "
	    "an exclusion (5.3): thbdoc's decision, where the directives are "
	    "silent: the exclusion is not final, and the procedure opens "
	    "again from that day") },
	[WARN_PHASE_CERTIFICATE_TOO_SHORT] = { "certificate-too-short", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD; %2$s: a number of months.
	       Keep "de plus de trois mois" in French: it quotes the
	       directives. */
	    N_("registration certificate of %1$s for %2$s months: point 8.3 "
	    "gives an authorisation \"de plus de trois mois\"") },
	[WARN_PHASE_MINOR] = { "minor", PHASE_POINT_SILENT,
	    /* TRANSLATORS: %1$s: a number of years; %2$s: a date, YYYY-MM-DD.
	       */
	    N_("the person was %1$s years old at the interception of %2$s: "
	    "these directives do not cover the protection of minors "
	    "(guardian); check what applies to a minor") },
	[WARN_PHASE_ANSWER_DATE_AFTER_EXPIRY] = { "answer-date-after-expiry",
	    /* TRANSLATORS: %1$s, %2$s and %3$s: dates, YYYY-MM-DD. */
	    "8.2", N_("the query of %1$s expects the answer on %2$s, on or after "
	    "the end of the arrival declaration (%3$s): too late to decide "
	    "on point 8.3 in time") },
	[WARN_PHASE_NO_QUERY_AT_EXPIRY] = { "no-query-at-expiry", "8.3",
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  The query is the
	       Office's question of point 8.2 to the procureur du Roi or the
	       auditeur du travail. */
	    N_("no query was sent to the prosecutor before %1$s, the end of "
	    "the arrival declaration, so no answer came: as for a prosecutor "
	    "not yet able to answer positively, point 8.3 extends the "
	    "declaration once") },
	[WARN_PHASE_WITHDRAWAL_DOCUMENT_KEPT] = { "withdrawal-document-kept",
	    PHASE_POINT_SILENT,
	    /* TRANSLATORS: %1$s and %3$s: dates, YYYY-MM-DD; %2$s: the
	       residence document (translated). */
	    N_("the withdrawal of %1$s ends the procedure, and the directives "
	    "do not say what it does to the %2$s in force. thbdoc's "
	    "decision: the person keeps it until %3$s with the rights that "
	    "come with it, the centre's accompaniment excepted; no further "
	    "step is called for"), true },
	[WARN_PHASE_LEGAL_STAY] = { "legal-stay", PHASE_POINT_SILENT,
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD.  An arrival declaration
	       (déclaration d'arrivée, aankomstverklaring) is the document of
	       point 8.2. */
	    N_("the interception of %1$s found the person staying legally: "
	    "points 8.1 to 8.3 start from an order to leave the territory "
	    "and do not say whether a person staying legally gets their "
	    "documents. thbdoc's decision: no order to leave and no arrival "
	    "declaration is called for while the stay is legal; a "
	    "specialised centre still supports the person (point 4)") },
};

const char *phase_state_code(enum phase_state s) { return state_codes[s]; }
const char *phase_state_point(const struct regime *rg, enum phase_state s)
{ return rg->states[s].point; }
const char *phase_state_text(const struct regime *rg, enum phase_state s)
{ return rg->states[s].text; }

const struct regime_document *
phase_document_name(const struct phase_status *st)
{
	return regime_document(st->regime, st->document.type,
	    st->document.issued);
}
const char *phase_actor_code(enum phase_actor a) { return actors[a].code; }
const char *phase_actor_text(enum phase_actor a) { return actors[a].text; }
const char *phase_warning_code_name(enum phase_warning_code w) { return warnings[w].code; }
const char *phase_warning_format(enum phase_warning_code w) { return warnings[w].format; }
bool phase_warning_args_translatable(enum phase_warning_code w)
{ return warnings[w].args_translatable; }

/* A right's row in its regime's rights[]: its bit's number. */
static const struct regime_right *
right_row(const struct regime *rg, enum phase_right r)
{
	size_t i;

	for (i = 0; i < rg->nrights; i++)
		if ((1u << i) == (unsigned)r)
			return &rg->rights[i];
	abort();
}

const char *phase_right_code(const struct regime *rg, enum phase_right r)
{ return right_row(rg, r)->code; }
const char *phase_right_point(const struct regime *rg, enum phase_right r)
{ return right_row(rg, r)->point; }
const char *phase_right_text(const struct regime *rg, enum phase_right r)
{ return right_row(rg, r)->text; }

/* ---- Warnings --------------------------------------------------------- */

static void
warn(struct fold *f, enum phase_warning_code code, const char *point, int line,
    const char *a1, const char *a2, const char *a3)
{
	struct phase_status *st = f->st;
	struct phase_warning *w;
	const char *args[PHASE_WARNING_ARGS] = { a1, a2, a3 };
	int i;

	st->warnings = xrealloc(st->warnings,
	    (st->nwarnings + 1) * sizeof(*st->warnings));
	w = &st->warnings[st->nwarnings++];
	w->code = code;
	w->point = point ? point : warnings[code].point;
	w->line = line;
	for (i = 0; i < PHASE_WARNING_ARGS; i++)
		snprintf(w->args[i], sizeof(w->args[i]), "%s",
		    args[i] ? args[i] : "");
}

static const char *
fmt_date(date_day d, char buf[DATE_STRLEN])
{
	date_format(d, buf);
	return buf;
}

static void
warn_event(struct fold *f, enum phase_warning_code code, const char *point,
    const struct case_event *ev, const char *a3)
{
	char d[DATE_STRLEN];

	warn(f, code, point, ev->line, case_event_type_name(ev->type),
	    fmt_date(ev->date, d), a3);
}

static void
warn_dated(struct fold *f, enum phase_warning_code code,
    const struct case_event *ev)
{
	char d[DATE_STRLEN];

	warn(f, code, NULL, ev->line, fmt_date(ev->date, d), NULL, NULL);
}

/* ---- Transitions ------------------------------------------------------ */

static bool in_declaration(const struct fold *);

/* A guard's verdict on an event in the current state. */
struct verdict {
	/* WARN_PHASE__MAX: as provided for */
	enum phase_warning_code warning;
	bool		 apply;		/* still take the event into account */
};

#define PROVIDED ((struct verdict){ WARN_PHASE__MAX, true })
#define WARN_APPLY(w) ((struct verdict){ (w), true })
#define WARN_IGNORE(w) ((struct verdict){ (w), false })

static void
set_document(struct fold *f, enum regime_document_type type, date_day issued,
    date_day expires)
{
	f->doc.type = type;
	f->doc.issued = issued;
	f->doc.expires = expires;
	f->doc.extensions = 0;
	f->office_informed = true;	/* the Office issued it */
	f->st->issued[type] = f->doc;
}

/* A new declaration period: the prosecutor is asked anew (8.2, 8.3),
 * unless a query is still unanswered: it stays pending, and the
 * procureur général's answer with it once he was asked (8.2: "la question
 * sera adressée au procureur général"; rule 2). */
static void
reset_period(struct fold *f)
{
	f->answered_in_period = false;
	if (f->queried && !f->answered_since_query)
		return;
	f->queried = false;
	f->answer_by = DATE_DAY_NONE;
	f->answered_since_query = false;
	f->general_queried = false;
}

static bool
language_matches(const char *a, const char *b)
{
	size_t na = strcspn(a, "-"), nb = strcspn(b, "-");

	return na == nb && strncasecmp(a, b, na) == 0;
}

static struct verdict
guard_any(const struct fold *f, const struct case_event *ev)
{
	return PROVIDED;
}

/* Age in whole years on a day. */
static int
age_on(date_day birth, date_day day)
{
	int by, bm, bd, y, m, d;

	date_to_ymd(birth, &by, &bm, &bd);
	date_to_ymd(day, &y, &m, &d);
	return y - by - (m < bm || (m == bm && d < bd));
}

/* Rule 10: the directives do not deal with minors (no guardian, no
 * period of their own): say so once, at the first interception. */
static void
check_minor(struct fold *f, const struct case_event *ev)
{
	date_day birth = f->c->person.birth_date;
	char d[DATE_STRLEN], age[16];
	int years;

	if (f->intercepted || birth == DATE_DAY_NONE || birth > ev->date)
		return;
	years = age_on(birth, ev->date);
	if (years >= f->rg->majority)
		return;
	snprintf(age, sizeof(age), "%d", years);
	warn(f, WARN_PHASE_MINOR, NULL, ev->line, age, fmt_date(ev->date, d),
	    NULL);
}

static void
apply_interception(struct fold *f, const struct case_event *ev)
{
	check_minor(f, ev);
	f->intercepted = true;
	f->interception = ev->date;
	f->assessment = ev->assessment;
	f->stay = ev->stay;
	if (ev->assessment == ASSESS_SUSPECT)
		f->state = STATE_EXCLUDED;	/* 5.3 */
}

static void
apply_leaflet(struct fold *f, const struct case_event *ev)
{
	const struct case_person *p = &f->c->person;
	struct sbuf langs = { 0 };
	char d[DATE_STRLEN];
	size_t i;

	f->leaflet = true;
	if (p->nlanguages == 0)
		return;
	for (i = 0; i < p->nlanguages; i++) {
		if (language_matches(p->languages[i], ev->language)) {
			sbuf_free(&langs);
			return;
		}
		sbuf_printf(&langs, "%s%s", i ? ", " : "", p->languages[i]);
	}
	warn(f, WARN_PHASE_LEAFLET_LANGUAGE, NULL, ev->line,
	    fmt_date(ev->date, d), ev->language, sbuf_str(&langs));
	sbuf_free(&langs);
}

static void
apply_centre_contact(struct fold *f, const struct case_event *ev)
{
	f->centre_contact = true;
	if (f->assessment == ASSESS_UNCERTAIN && ev->consent == ANSWER_NONE)
		warn_dated(f, WARN_PHASE_CONSENT_NOT_RECORDED, ev);
}

static void
apply_centre_support(struct fold *f, const struct case_event *ev)
{
	f->centre_contact = true;
	f->centre_support = true;
}

static void
apply_office_notification(struct fold *f, const struct case_event *ev)
{
	f->office_informed = true;
}

static struct verdict
guard_order_to_leave(const struct fold *f, const struct case_event *ev)
{
	return IN(f, BIT(STATE_NONE) | BIT(STATE_IDENTIFIED)) ? PROVIDED :
	    WARN_IGNORE(WARN_PHASE_EVENT_OUT_OF_PHASE);
}

static void
apply_order_to_leave(struct fold *f, const struct case_event *ev)
{
	f->state = STATE_REFLECTION;	/* 8.1 */
	set_document(f, DOCUMENT_ORDER_TO_LEAVE, ev->date,
	    regime_period_end(f->rg->reflection, ev->date));
}

static void
apply_complaint(struct fold *f, const struct case_event *ev)
{
	char d[DATE_STRLEN], end[DATE_STRLEN];

	if (!f->complaint)
		f->complaint_date = ev->date;
	f->complaint = true;
	if (IN(f, BIT(STATE_NONE) | BIT(STATE_IDENTIFIED)) ||
	    (f->state == STATE_REFLECTION && ev->date <= f->doc.expires)) {
		f->complaint_in_time = true;	/* 8.1: within the 45 days */
		return;
	}
	if (f->state == STATE_REFLECTION || (f->state == STATE_ENDED &&
	    f->doc.type == DOCUMENT_ORDER_TO_LEAVE))
		warn(f, WARN_PHASE_COMPLAINT_AFTER_REFLECTION, NULL, ev->line,
		    fmt_date(ev->date, d), fmt_date(f->doc.expires, end),
		    NULL);
	/* Later complaints add to the file; they change no phase. */
}

static struct verdict
guard_arrival_declaration(const struct fold *f, const struct case_event *ev)
{
	if (IN(f, BIT(STATE_ARRIVAL_DECLARATION) |
	    BIT(STATE_ARRIVAL_DECLARATION_EXTENDED) |
	    BIT(STATE_REGISTRATION_CERTIFICATE) |
	    BIT(STATE_INDEFINITE_RESIDENCE)))
		return WARN_IGNORE(WARN_PHASE_EVENT_OUT_OF_PHASE);
	return f->complaint_in_time ? PROVIDED :
	    WARN_APPLY(WARN_PHASE_DECLARATION_WITHOUT_COMPLAINT);
}

static void
apply_arrival_declaration(struct fold *f, const struct case_event *ev)
{
	f->state = STATE_ARRIVAL_DECLARATION;	/* 8.2: three months */
	set_document(f, DOCUMENT_ARRIVAL_DECLARATION, ev->date,
	    regime_period_end(f->rg->declaration, ev->date));
	reset_period(f);
	f->period_start = ev->date;
}

static struct verdict
guard_prosecutor_query(const struct fold *f, const struct case_event *ev)
{
	return IN(f, BIT(STATE_ARRIVAL_DECLARATION) |
	    BIT(STATE_ARRIVAL_DECLARATION_EXTENDED) |
	    BIT(STATE_REGISTRATION_CERTIFICATE)) ? PROVIDED :
	    WARN_APPLY(WARN_PHASE_QUERY_WITHOUT_DECLARATION);
}

static void
apply_prosecutor_query(struct fold *f, const struct case_event *ev)
{
	f->queried = f->queried_ever = true;
	f->answer_by = ev->answer_by;
	f->answered_since_query = false;
	f->general_queried = false;
	f->office_informed = true;
	f->query_date = ev->date;
	f->query_line = ev->line;
	/* No answer-by: said while the answer is awaited (phase_apply). */
	if (ev->answer_by != DATE_DAY_NONE && in_declaration(f) && f->doc.expires != DATE_DAY_NONE &&
	    ev->answer_by >= f->doc.expires) {
		char d[DATE_STRLEN], by[DATE_STRLEN], end[DATE_STRLEN];

		warn(f, WARN_PHASE_ANSWER_DATE_AFTER_EXPIRY, NULL, ev->line,
		    fmt_date(ev->date, d), fmt_date(ev->answer_by, by),
		    fmt_date(f->doc.expires, end));
	}
}

static struct verdict
guard_prosecutor_answer(const struct fold *f, const struct case_event *ev)
{
	return f->queried_ever ? PROVIDED :
	    WARN_APPLY(WARN_PHASE_ANSWER_WITHOUT_QUERY);
}

static const char *
answer_text(enum case_answer a)
{
	/* The prosecutor's answers as words; translated when shown. */
	return a == ANSWER_YES ? N_("yes") : a == ANSWER_NO ? N_("no") :
	    /* TRANSLATORS: the prosecutor's answer to a question of point
	       8.2 (does the investigation go on? is the person seen as a
	       victim?): yes, no, or not known yet; in a warning of thbdoc
	       status and of the web case page. */
	    N_("unknown");
}

static void
apply_prosecutor_answer(struct fold *f, const struct case_event *ev)
{
	char d[DATE_STRLEN];

	enum case_answer inv = ev->investigation;
	char act[DATE_STRLEN];

	f->answer_in_court = false;

	/* Rule 1: "no longer under way" because the case went to court is
	 * not a negative answer: the judicial procedure goes on (8.3). */
	if (inv == ANSWER_NO && f->first_prosecution != DATE_DAY_NONE) {
		warn(f, WARN_PHASE_INVESTIGATION_ENDED_IN_COURT, NULL, ev->line,
		    fmt_date(ev->date, d), fmt_date(f->first_prosecution, act),
		    NULL);
		inv = ANSWER_YES;
		f->answer_in_court = true;
	}
	f->answered_since_query = true;
	f->answered_in_period = true;
	f->answer_date = ev->date;
	f->positive = inv == ANSWER_YES && ev->victim == ANSWER_YES;
	f->negative = inv == ANSWER_NO || ev->victim == ANSWER_NO;
	if (f->negative)
		warn(f, WARN_PHASE_NEGATIVE_ANSWER, NULL, ev->line,
		    fmt_date(ev->date, d), answer_text(ev->investigation),
		    answer_text(ev->victim));
}

static struct verdict
guard_general_query(const struct fold *f, const struct case_event *ev)
{
	return f->queried && !f->answered_since_query &&
	    f->answer_by != DATE_DAY_NONE && ev->date > f->answer_by ?
	    PROVIDED : WARN_APPLY(WARN_PHASE_GENERAL_QUERY_PREMATURE);
}

static void
apply_general_query(struct fold *f, const struct case_event *ev)
{
	f->general_queried = true;
}

static struct verdict
guard_extension(const struct fold *f, const struct case_event *ev)
{
	if (!IN(f, BIT(STATE_ARRIVAL_DECLARATION) |
	    BIT(STATE_ARRIVAL_DECLARATION_EXTENDED)))
		return WARN_IGNORE(WARN_PHASE_EXTENSION_NOT_PROVIDED);
	/* 8.3: "une seule fois": one more moves nothing. */
	if (f->doc.extensions >= f->rg->declaration_extensions)
		return WARN_IGNORE(WARN_PHASE_EXTENSION_LIMIT);
	if (f->answered_in_period && (f->positive || f->negative))
		return WARN_APPLY(WARN_PHASE_EXTENSION_NOT_PROVIDED);
	return PROVIDED;
}

static void
apply_extension(struct fold *f, const struct case_event *ev)
{
	char d[DATE_STRLEN];

	/* 8.3: once, "pour une même période de trois mois", continuing
	 * from the day after the current expiry. */
	f->state = STATE_ARRIVAL_DECLARATION_EXTENDED;
	if (!f->answered_in_period)	/* rule 2: said, and it stays */
		warn(f, f->queried ? WARN_PHASE_NO_ANSWER_AT_EXPIRY :
		    WARN_PHASE_NO_QUERY_AT_EXPIRY, NULL, ev->line,
		    fmt_date(f->doc.expires, d), NULL, NULL);
	f->doc.extensions++;
	f->doc.expires = regime_period_end(f->rg->extension,
	    f->doc.expires + 1);
	f->st->issued[f->doc.type] = f->doc;
	reset_period(f);
	f->period_start = ev->date;
}

static struct verdict
guard_certificate(const struct fold *f, const struct case_event *ev)
{
	if (IN(f, BIT(STATE_REGISTRATION_CERTIFICATE) |
	    BIT(STATE_INDEFINITE_RESIDENCE)))
		return WARN_IGNORE(WARN_PHASE_EVENT_OUT_OF_PHASE);
	if (f->state == STATE_ARRIVAL_DECLARATION && f->answered_in_period &&
	    f->positive)
		return PROVIDED;
	if (f->state == STATE_ARRIVAL_DECLARATION_EXTENDED && !f->negative)
		return PROVIDED;
	return WARN_APPLY(WARN_PHASE_CERTIFICATE_WITHOUT_ANSWER);
}

/* months: the event's attribute, or 0 for the regime's usual period
 * (8.3: "habituellement six mois"). */
static date_day
certificate_end(const struct fold *f, date_day from, int months)
{
	struct regime_period p = f->rg->certificate;

	if (months > 0)
		p = (struct regime_period){ 0, months };
	return regime_period_end(p, from);
}

static void
apply_certificate(struct fold *f, const struct case_event *ev)
{
	struct regime_period more = f->rg->certificate_more_than;
	char d[DATE_STRLEN], months[16];

	/* 8.3: "une autorisation de séjour de plus de trois mois". */
	if (ev->months > 0 && more.months > 0 && ev->months <= more.months) {
		snprintf(months, sizeof(months), "%d", ev->months);
		warn(f, WARN_PHASE_CERTIFICATE_TOO_SHORT, NULL, ev->line,
		    fmt_date(ev->date, d), months, NULL);
	}
	f->state = STATE_REGISTRATION_CERTIFICATE;	/* 8.3 */
	set_document(f, DOCUMENT_REGISTRATION_CERTIFICATE, ev->date,
	    certificate_end(f, ev->date, ev->months));
}

static struct verdict
guard_renewal(const struct fold *f, const struct case_event *ev)
{
	return f->state == STATE_REGISTRATION_CERTIFICATE ? PROVIDED :
	    WARN_IGNORE(WARN_PHASE_RENEWAL_WITHOUT_CERTIFICATE);
}

static void
apply_renewal(struct fold *f, const struct case_event *ev)
{
	/* 8.3: "peut être prorogée jusqu'à la fin de la procédure". */
	f->doc.expires = certificate_end(f, f->doc.expires + 1, ev->months);
	f->st->issued[f->doc.type] = f->doc;
	f->doc.extensions++;
}

static void
apply_prosecution(struct fold *f, const struct case_event *ev)
{
	f->prosecution = true;
}

static void
set_ground(struct fold *f, const struct case_event *ev)
{
	char d[DATE_STRLEN];

	if (f->ground.event != EV__MAX)
		return;		/* "dès que": the first ground counts */
	/* 8.3: "la déclaration ou la plainte a abouti à ...": the
	 * person's own. */
	if (!f->complaint) {
		warn(f, WARN_PHASE_GROUND_WITHOUT_COMPLAINT, NULL, ev->line,
		    case_event_type_name(ev->type), fmt_date(ev->date, d),
		    NULL);
		return;
	}
	f->ground.event = ev->type;
	f->ground.date = ev->date;
	f->ground.line = ev->line;
}

static void
apply_conviction(struct fold *f, const struct case_event *ev)
{
	/* 8.3, first dash: "une condamnation en première instance". */
	if (!ev->appeal || f->rg->indefinite_on_appeal)
		set_ground(f, ev);
	else if (f->ground.event == EV__MAX)
		warn_dated(f, WARN_PHASE_CONVICTION_ON_APPEAL, ev);
}

static void
apply_requisitions(struct fold *f, const struct case_event *ev)
{
	if (ev->significant == ANSWER_YES)
		set_ground(f, ev);	/* 8.3, second dash */
}

static struct verdict
guard_indefinite(const struct fold *f, const struct case_event *ev)
{
	if (f->state == STATE_INDEFINITE_RESIDENCE)
		return WARN_IGNORE(WARN_PHASE_EVENT_OUT_OF_PHASE);
	return f->ground.event != EV__MAX ? PROVIDED :
	    WARN_APPLY(WARN_PHASE_INDEFINITE_WITHOUT_GROUND);
}

static void
apply_indefinite(struct fold *f, const struct case_event *ev)
{
	f->state = STATE_INDEFINITE_RESIDENCE;
	set_document(f, DOCUMENT_INDEFINITE_RESIDENCE, ev->date,
	    DATE_DAY_NONE);
}

static void
apply_return(struct fold *f, const struct case_event *ev)
{
	f->state = STATE_RETURNED;
	f->closed = true;
	f->closed_on = ev->date;
}

static void
apply_withdrawal(struct fold *f, const struct case_event *ev)
{
	/* The directives say nothing of a withdrawal: the document in
	 * force is kept until it expires (our decision, as after a
	 * negative answer; see rights_now()). */
	if (f->doc.type != DOCUMENT_NONE && (f->doc.expires == DATE_DAY_NONE ||
	    f->doc.expires >= ev->date) && !IN(f, TERMINAL)) {
		f->withdrawn_from = f->state;
		f->withdrawal_line = ev->line;
		f->withdrawal = ev->date;
	}
	f->state = STATE_ENDED;
	f->closed = true;
	f->closed_on = ev->date;
}

static const struct transition {
	const char	*point;		/* where the directive speaks of it */
	struct verdict	(*guard)(const struct fold *,
			    const struct case_event *);
	void		(*apply)(struct fold *, const struct case_event *);
} transitions[EV__MAX] = {
	[EV_INTERCEPTION] = { "5", guard_any, apply_interception },
	[EV_LEAFLET] = { "5", guard_any, apply_leaflet },
	[EV_CENTRE_CONTACT] = { "5", guard_any, apply_centre_contact },
	[EV_CENTRE_SUPPORT] = { "4", guard_any, apply_centre_support },
	[EV_OFFICE_NOTIFICATION] = { "4", guard_any,
	    apply_office_notification },
	[EV_ORDER_TO_LEAVE] = { "8.1", guard_order_to_leave,
	    apply_order_to_leave },
	[EV_COMPLAINT] = { "8.1", guard_any, apply_complaint },
	[EV_ARRIVAL_DECLARATION] = { "8.2", guard_arrival_declaration,
	    apply_arrival_declaration },
	[EV_PROSECUTOR_QUERY] = { "8.2", guard_prosecutor_query,
	    apply_prosecutor_query },
	[EV_PROSECUTOR_ANSWER] = { "8.2", guard_prosecutor_answer,
	    apply_prosecutor_answer },
	[EV_GENERAL_PROSECUTOR_QUERY] = { "8.2", guard_general_query,
	    apply_general_query },
	[EV_ARRIVAL_DECLARATION_EXTENSION] = { "8.3", guard_extension,
	    apply_extension },
	[EV_REGISTRATION_CERTIFICATE] = { "8.3", guard_certificate,
	    apply_certificate },
	[EV_REGISTRATION_CERTIFICATE_RENEWAL] = { "8.3", guard_renewal,
	    apply_renewal },
	[EV_PROSECUTION] = { "8.3", guard_any, apply_prosecution },
	[EV_CONVICTION] = { "8.3", guard_any, apply_conviction },
	[EV_REQUISITIONS_RETAINED] = { "8.3", guard_any,
	    apply_requisitions },
	[EV_INDEFINITE_RESIDENCE] = { "8.3", guard_indefinite,
	    apply_indefinite },
	[EV_RETURN] = { "2", guard_any, apply_return },
	[EV_WITHDRAWAL] = { "8", guard_any, apply_withdrawal },
};

/* Let time pass up to (not including) the given day. */
static void
advance(struct fold *f, date_day day)
{
	if (f->doc.expires == DATE_DAY_NONE || day <= f->doc.expires)
		return;
	/* 8.1: the 45 days ran out with no complaint or statement. */
	if (f->state == STATE_REFLECTION && !f->complaint_in_time)
		f->state = STATE_ENDED;
	/* A negative answer: the document runs out and nothing follows. */
	if (f->negative && IN(f, BIT(STATE_REFLECTION) |
	    BIT(STATE_ARRIVAL_DECLARATION) |
	    BIT(STATE_ARRIVAL_DECLARATION_EXTENDED) |
	    BIT(STATE_REGISTRATION_CERTIFICATE)))
		f->state = STATE_ENDED;
}

/* Start again from nothing but the case, its rules and what was said
 * so far (rule 5: an exclusion reviewed by a later interception). */
static void
fold_reset(struct fold *f)
{
	struct fold keep = *f;

	memset(f, 0, sizeof(*f));
	f->c = keep.c;
	f->rg = keep.rg;
	f->st = keep.st;
	f->first_prosecution = keep.first_prosecution;
	f->intercepted = keep.intercepted;	/* the minor is told once */
	f->doc.expires = DATE_DAY_NONE;
	f->answer_by = DATE_DAY_NONE;
	f->answer_date = DATE_DAY_NONE;
	f->ground.event = EV__MAX;
}

/* After an exclusion (5.3): point 4 still asks the police to inform the
 * Office; a later interception that finds a victim, or is unsure,
 * reopens the procedure (rule 5); the rest is ignored. */
static bool
excluded_event(struct fold *f, const struct case_event *ev)
{
	char d[DATE_STRLEN];

	if (ev->type == EV_OFFICE_NOTIFICATION)
		return true;
	if (ev->type == EV_INTERCEPTION && (ev->assessment == ASSESS_VICTIM ||
	    ev->assessment == ASSESS_UNCERTAIN)) {
		warn(f, WARN_PHASE_EXCLUSION_REVIEWED, NULL, ev->line,
		    fmt_date(ev->date, d), ev->assessment == ASSESS_VICTIM ?
		    "victim" : "uncertain", NULL);
		fold_reset(f);
		f->reopened = ev->date;
		return true;
	}
	warn_event(f, WARN_PHASE_EVENT_AFTER_EXCLUSION, NULL, ev, NULL);
	return false;
}

static void
fold_event(struct fold *f, const struct case_event *ev)
{
	const struct transition *t = &transitions[ev->type];
	struct verdict v;
	char d[DATE_STRLEN];

	advance(f, ev->date);
	if (f->state == STATE_EXCLUDED && !excluded_event(f, ev))
		return;
	if (f->closed) {
		warn_event(f, WARN_PHASE_EVENT_AFTER_END, NULL, ev,
		    fmt_date(f->closed_on, d));
		return;
	}
	v = t->guard(f, ev);
	if (v.warning == WARN_PHASE_EVENT_OUT_OF_PHASE)
		warn_event(f, v.warning, t->point, ev,
		    phase_state_code(f->state));
	else if (v.warning != WARN_PHASE__MAX)
		warn_dated(f, v.warning, ev);
	if (!v.apply)
		return;
	t->apply(f, ev);
	if (f->state == STATE_NONE)
		f->state = STATE_IDENTIFIED;	/* any step opens the case */
}

/* ---- Actions ---------------------------------------------------------- */

static bool
active(const struct fold *f)
{
	return !IN(f, TERMINAL) && f->state != STATE_NONE;
}

/* The police's duties towards a possible victim they met (4, 5). */
static bool
police_duty(const struct fold *f)
{
	return active(f) && f->intercepted &&
	    (f->assessment == ASSESS_VICTIM ||
	    f->assessment == ASSESS_UNCERTAIN);
}

static bool
pending_hand_leaflet(const struct fold *f)
{
	return police_duty(f) && !f->leaflet;
}

static bool
pending_refer_to_centre(const struct fold *f)
{
	return police_duty(f) && f->assessment == ASSESS_VICTIM &&
	    !f->centre_contact;
}

static bool
pending_offer_centre_contact(const struct fold *f)
{
	return police_duty(f) && f->assessment == ASSESS_UNCERTAIN &&
	    !f->centre_contact;
}

/* Point 4: "pour toute personne qui séjourne illégalement sur le
 * territoire ou dont la situation en matière de séjour suscite des
 * doutes": suspects (5.3) included. */
static bool
pending_notify_office(const struct fold *f)
{
	return (police_duty(f) || (f->state == STATE_EXCLUDED &&
	    f->intercepted)) && !f->office_informed &&
	    (f->stay == STAY_ILLEGAL || f->stay == STAY_PRECARIOUS);
}

static date_day
due_interception(const struct fold *f)
{
	return f->interception;	/* "immédiatement" */
}

/* A person found staying legally, with no order to leave: the
 * directives' documents start from one (8.1); our decision: none is
 * called for while the stay is legal (warning legal-stay). */
static bool
legal_stay(const struct fold *f)
{
	return f->intercepted && f->stay == STAY_LEGAL &&
	    f->state == STATE_IDENTIFIED;
}

/* 8.2: "A la victime, qui fait une déclaration ou porte plainte au cours
 * de la période de 45 jours, il est délivré une autorisation de séjour
 * provisoire de trois mois": the Office's duty. */
static bool
pending_issue_arrival_declaration(const struct fold *f)
{
	return active(f) && f->complaint_in_time && !legal_stay(f) &&
	    IN(f, BIT(STATE_IDENTIFIED) | BIT(STATE_REFLECTION));
}

/* 8.1: the centre "peut immédiatement demander" the second phase: an
 * option with no deadline, beside the Office's duty. */
static bool
pending_request_arrival_declaration(const struct fold *f)
{
	return pending_issue_arrival_declaration(f);
}

static date_day
from_complaint(const struct fold *f)
{
	return f->complaint_date;
}

static bool
in_declaration(const struct fold *f)
{
	return IN(f, BIT(STATE_ARRIVAL_DECLARATION) |
	    BIT(STATE_ARRIVAL_DECLARATION_EXTENDED)) && !f->negative;
}

/* 8.2: while an answer can still come before the declaration ends (the
 * letter sets a date after its own and before the end): afterwards the
 * query can no longer be written, and 8.3 decides without it (the one
 * extension, or at its end the certificate). */
static bool
pending_query_prosecutor(const struct fold *f)
{
	return in_declaration(f) && !f->queried &&
	    (f->doc.expires == DATE_DAY_NONE || f->st->as_of + 1 <
	    f->doc.expires);
}

static date_day
due_month_before_expiry(const struct fold *f)
{
	/* 8.2: "au plus tard un mois avant l'expiration" */
	return regime_period_before(f->rg->query_latest, f->doc.expires);
}

static date_day
from_period_start(const struct fold *f)
{
	return f->period_start;	/* 8.2: "immédiatement" */
}

static bool
awaiting_answer(const struct fold *f)
{
	return (in_declaration(f) ||
	    (f->state == STATE_REGISTRATION_CERTIFICATE && !f->negative)) &&
	    f->queried && !f->answered_since_query;
}

static bool
pending_answer_query(const struct fold *f)
{
	return awaiting_answer(f) && !f->general_queried;
}

/* 8.2 sets the procureur général no date: his answer is pending. */
static bool
pending_answer_general_query(const struct fold *f)
{
	return awaiting_answer(f) && f->general_queried;
}

static date_day
due_answer_by(const struct fold *f)
{
	return f->answer_by;
}

static bool
pending_query_general_prosecutor(const struct fold *f)
{
	return awaiting_answer(f) && !f->general_queried &&
	    f->answer_by != DATE_DAY_NONE && f->st->as_of > f->answer_by;
}

static date_day
due_after_answer_by(const struct fold *f)
{
	return f->answer_by + 1;
}

/* The day by which the answer of this period was expected: the date the
 * query set, else the default one. */
static date_day
answer_expected(const struct fold *f)
{
	if (f->queried && f->answer_by != DATE_DAY_NONE)
		return f->answer_by;
	return regime_period_before(f->rg->answer_default, f->doc.expires);
}

/* 8.3: "n'est pas encore en mesure de répondre positivement": an answer
 * that is not yet positive, or none by the date it was expected (rule
 * 2). */
static bool
pending_extend(const struct fold *f)
{
	if (f->state != STATE_ARRIVAL_DECLARATION || f->negative ||
	    f->positive)
		return false;
	return f->answered_in_period || f->st->as_of > answer_expected(f);
}

static bool
pending_issue_certificate(const struct fold *f)
{
	if (f->negative)
		return false;
	if (f->state == STATE_ARRIVAL_DECLARATION)
		return f->answered_in_period && f->positive;
	/* 8.3: after the one extension, the certificate follows at its end
	 * whether the answer is positive or still unclear. */
	return f->state == STATE_ARRIVAL_DECLARATION_EXTENDED;
}

static date_day
due_expiry(const struct fold *f)
{
	return f->doc.expires;
}

static bool
pending_renew(const struct fold *f)
{
	return f->state == STATE_REGISTRATION_CERTIFICATE && !f->negative;
}

/* 8.3: "si la déclaration ou la plainte de la victime a débouché sur"
 * a prosecution act. */
static bool
pending_request_indefinite(const struct fold *f)
{
	return active(f) && f->prosecution && f->complaint &&
	    f->state != STATE_INDEFINITE_RESIDENCE;
}

static bool
pending_grant_indefinite(const struct fold *f)
{
	return active(f) && f->ground.event != EV__MAX &&
	    f->state != STATE_INDEFINITE_RESIDENCE;
}

static date_day
due_ground(const struct fold *f)
{
	return f->ground.date;	/* 8.3: "dès que" */
}

static date_day
due_none(const struct fold *f)
{
	return DATE_DAY_NONE;
}

static const struct action_rule {
	const char	*code;
	enum phase_actor	 actor;
	const char	*point;
	bool		(*pending)(const struct fold *);
	date_day	(*due)(const struct fold *);
	const char	*text;
	date_day	(*from)(const struct fold *);	/* NULL: no start */
} action_rules[ACTION__MAX] = {
	[ACTION_HAND_LEAFLET] = { "hand-leaflet", ACTOR_POLICE, "5",
	    pending_hand_leaflet, due_interception,
	    N_("hand the person the information leaflet in their language") },
	[ACTION_REFER_TO_CENTRE] = { "refer-to-centre", ACTOR_POLICE, "5.1",
	    pending_refer_to_centre, due_interception,
	    N_("have the person taken in by a specialised centre") },
	[ACTION_OFFER_CENTRE_CONTACT] = { "offer-centre-contact",
	    ACTOR_POLICE, "5.2", pending_offer_centre_contact,
	    due_interception,
	    N_("offer a meeting with a specialised centre, with the "
	    "person's consent") },
	[ACTION_NOTIFY_OFFICE] = { "notify-office", ACTOR_POLICE, "4",
	    pending_notify_office, due_interception,
	    N_("inform the Office des Étrangers at once, and of the "
	    "centre's intervention if a centre takes the person on") },
	[ACTION_REQUEST_ARRIVAL_DECLARATION] = { "request-arrival-declaration",
	    ACTOR_CENTRE, "8.1", pending_request_arrival_declaration,
	    due_none,
	    N_("ask the Office for the second phase (arrival declaration) "
	    "after the complaint or statement") },
	[ACTION_ISSUE_ARRIVAL_DECLARATION] = { "issue-arrival-declaration",
	    ACTOR_OFFICE, "8.2", pending_issue_arrival_declaration, due_none,
	    N_("issue the arrival declaration (3 months) to the person who "
	    "made a complaint or statement within the 45 days"),
	    from_complaint },
	[ACTION_QUERY_PROSECUTOR] = { "query-prosecutor", ACTOR_OFFICE, "8.2",
	    pending_query_prosecutor, due_month_before_expiry,
	    N_("ask the procureur du Roi or the auditeur du travail the two "
	    "questions, with the date the answer is expected"),
	    from_period_start },
	[ACTION_ANSWER_QUERY] = { "answer-query", ACTOR_PROSECUTOR, "8.2",
	    pending_answer_query, due_answer_by,
	    N_("answer the Office's two questions, and inform the victim at "
	    "the same time") },
	[ACTION_QUERY_GENERAL_PROSECUTOR] = { "query-general-prosecutor",
	    ACTOR_OFFICE, "8.2", pending_query_general_prosecutor,
	    due_after_answer_by,
	    N_("no answer by the date set: put the question to the "
	    "procureur général") },
	[ACTION_ANSWER_GENERAL_QUERY] = { "answer-general-query",
	    ACTOR_GENERAL_PROSECUTOR, "8.2", pending_answer_general_query,
	    due_none,
	    /* 8.2 says "simultanément" only of the procureur du Roi's or
	     * the auditeur du travail's answer: not asked of him here. */
	    N_("answer the question put by the Office") },
	[ACTION_EXTEND_ARRIVAL_DECLARATION] = { "extend-arrival-declaration",
	    ACTOR_OFFICE, "8.3", pending_extend, due_expiry,
	    N_("extend the arrival declaration once, for 3 months") },
	[ACTION_ISSUE_REGISTRATION_CERTIFICATE] = {
	    "issue-registration-certificate", ACTOR_OFFICE, "8.3",
	    pending_issue_certificate, due_expiry,
	    /* 8.3: "de plus de trois mois (habituellement six mois)" after
	     * yes and yes; "séjour temporaire - valable six mois" at the
	     * end of the one extension. */
	    N_("issue the certificate of registration: for more than 3 "
	    "months (usually 6) after yes to both questions, for 6 months "
	    "at the end of the one extension") },
	[ACTION_RENEW_REGISTRATION_CERTIFICATE] = {
	    "renew-registration-certificate", ACTOR_OFFICE, "8.3",
	    pending_renew, due_expiry,
	    /* 8.3: "qui peut être prorogée jusqu'à la fin de la procédure
	     * judiciaire": may, while it goes on. */
	    N_("renew the certificate of registration while the judicial "
	    "procedure goes on (it can be renewed until its end)") },
	[ACTION_REQUEST_INDEFINITE_RESIDENCE] = {
	    "request-indefinite-residence", ACTOR_CENTRE, "8.3",
	    pending_request_indefinite, due_none,
	    N_("the centre may ask for residence of indefinite duration "
	    "(the complaint led to a prosecution act)") },
	[ACTION_GRANT_INDEFINITE_RESIDENCE] = { "grant-indefinite-residence",
	    ACTOR_OFFICE, "8.3", pending_grant_indefinite, due_ground,
	    N_("grant residence of indefinite duration") },
};

const char *phase_action_code_name(enum phase_action_code a) { return action_rules[a].code; }
const char *phase_action_text(enum phase_action_code a) { return action_rules[a].text; }

static void
collect_actions(struct fold *f)
{
	struct phase_status *st = f->st;
	const struct action_rule *r;
	struct phase_action *a;
	char due[DATE_STRLEN];
	int i;

	for (i = 0; i < ACTION__MAX; i++) {
		r = &action_rules[i];
		if (!r->pending(f))
			continue;
		a = &st->actions[st->nactions++];
		a->code = (enum phase_action_code)i;
		a->actor = r->actor;
		a->due = r->due(f);
		a->from = r->from != NULL ? r->from(f) : DATE_DAY_NONE;
		a->point = r->point;
		if (a->due != DATE_DAY_NONE && a->due < st->as_of)
			warn(f, WARN_PHASE_ACTION_OVERDUE, r->point, 0, r->text,
			    fmt_date(a->due, due), NULL);
	}
}

/* The first prosecution act on or before the day (rule 1). */
static date_day
first_prosecution(const struct case_file *c, date_day as_of)
{
	date_day first = DATE_DAY_NONE;
	size_t i;

	for (i = 0; i < c->nevents; i++)
		if (c->events[i].type == EV_PROSECUTION &&
		    c->events[i].date <= as_of &&
		    (first == DATE_DAY_NONE || c->events[i].date < first))
			first = c->events[i].date;
	return first;
}

/* Rule 4: the rights follow the document in force, as the regime's
 * table gives them per state (8.1, 8.2, 8.3), with those it gives once a
 * centre took the person on (8.1: "accompagnée"). */
static unsigned
rights_now(struct fold *f)
{
	const struct regime_state *rs = &f->rg->states[f->state];
	unsigned held = rs->rights;
	const struct regime_document *name;
	char d[DATE_STRLEN];

	if (f->centre_support)
		held |= rs->rights_with_centre;
	/* Our decision: a withdrawal keeps the document in force and its
	 * rights, the centre's accompaniment excepted (warning
	 * withdrawal-document-kept). */
	if (f->withdrawn_from != STATE_NONE && f->state == STATE_ENDED &&
	    (f->doc.expires == DATE_DAY_NONE ||
	    f->doc.expires >= f->st->as_of)) {
		char w[DATE_STRLEN], e[DATE_STRLEN];

		name = regime_document(f->rg, f->doc.type, f->doc.issued);
		warn(f, WARN_PHASE_WITHDRAWAL_DOCUMENT_KEPT, NULL,
		    f->withdrawal_line, fmt_date(f->withdrawal, w), name->text,
		    f->doc.expires != DATE_DAY_NONE ?
		    fmt_date(f->doc.expires, e) : "");
		return f->rg->states[f->withdrawn_from].rights &
		    ~(unsigned)RIGHT_CENTRE_ACCOMPANIMENT;
	}
	if (IN(f, TERMINAL) || f->doc.type == DOCUMENT_NONE ||
	    f->doc.expires == DATE_DAY_NONE || f->doc.expires >= f->st->as_of)
		return held;
	name = regime_document(f->rg, f->doc.type, f->doc.issued);
	warn(f, WARN_PHASE_DOCUMENT_EXPIRED, NULL, 0, name->text,
	    fmt_date(f->doc.expires, d), NULL);
	f->st->document_expired = true;
	return 0;
}

/* The day the answer to a query sent now is expected, when the query
 * does not say (our decision: see struct regime, answer_default). */
static date_day
default_answer_by(const struct fold *f)
{
	if (!in_declaration(f) || f->doc.expires == DATE_DAY_NONE)
		return DATE_DAY_NONE;
	return regime_period_before(f->rg->answer_default, f->doc.expires);
}

static int
event_cmp(const void *a, const void *b)
{
	const struct case_event *x = *(const struct case_event *const *)a;
	const struct case_event *y = *(const struct case_event *const *)b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	/* Rule 9: one day's events in the procedure's order (enum
	 * case_event_type lists them so), the file's only among events of
	 * one type. */
	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

struct phase_status *
phase_apply(const struct case_file *c, date_day as_of)
{
	struct phase_status *st = xcalloc(1, sizeof(*st));
	struct fold f;
	const struct case_event **order;
	char d[DATE_STRLEN];
	size_t i, n = 0;

	memset(&f, 0, sizeof(f));
	f.c = c;
	f.rg = c->rules != NULL ? c->rules : regime_default();
	/* A regime has a row per state and per right (regime.h). */
	if (f.rg->nstates != STATE__MAX || f.rg->nrights != PHASE_RIGHT_COUNT)
		abort();
	f.st = st;
	f.doc.expires = DATE_DAY_NONE;
	f.answer_by = DATE_DAY_NONE;
	f.ground.event = EV__MAX;
	f.answer_date = DATE_DAY_NONE;
	f.reopened = DATE_DAY_NONE;
	f.first_prosecution = first_prosecution(c, as_of);
	st->as_of = as_of;
	st->regime = f.rg;
	for (i = 0; i < DOCUMENT__MAX; i++)
		st->issued[i].expires = DATE_DAY_NONE;

	order = xcalloc(c->nevents, sizeof(*order));
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].date <= as_of)
			order[n++] = &c->events[i];
	qsort(order, n, sizeof(*order), event_cmp);
	for (i = 0; i < n; i++)
		fold_event(&f, order[i]);
	free(order);
	advance(&f, as_of);

	if (n == 0)
		warn(&f, WARN_PHASE_NO_EVENTS, NULL, 0, fmt_date(as_of, d),
		    NULL, NULL);
	if (f.state == STATE_ARRIVAL_DECLARATION && !f.answered_in_period &&
	    !f.negative && as_of > f.doc.expires)
		warn(&f, f.queried ? WARN_PHASE_NO_ANSWER_AT_EXPIRY :
		    WARN_PHASE_NO_QUERY_AT_EXPIRY, NULL, 0,
		    fmt_date(f.doc.expires, d), NULL, NULL);
	/* 8.2: the date the answer is expected, while it is (rule 2). */
	if (awaiting_answer(&f) && f.answer_by == DATE_DAY_NONE)
		warn(&f, WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE, NULL,
		    f.query_line, fmt_date(f.query_date, d), NULL, NULL);
	if (legal_stay(&f) && active(&f))
		warn(&f, WARN_PHASE_LEGAL_STAY, NULL, 0,
		    fmt_date(f.interception, d), NULL, NULL);

	st->state = f.state;
	st->phase = f.rg->states[f.state].phase;
	if (f.state != STATE_EXCLUDED)
		st->document = f.doc;
	st->rights = rights_now(&f);
	st->negative = f.negative && !IN(&f, TERMINAL);
	st->prosecution = f.prosecution;
	st->centre_support = f.centre_support;
	st->answer_date = f.answer_date;
	st->answer_in_court = f.answer_in_court;
	st->queried = f.queried;
	st->reopened = f.reopened;
	st->ground = f.ground;
	st->answer_by_default = default_answer_by(&f);
	collect_actions(&f);
	return st;
}

const struct phase_action *
phase_status_action(const struct phase_status *st, enum phase_action_code code)
{
	size_t i;

	for (i = 0; i < st->nactions; i++)
		if (st->actions[i].code == code)
			return &st->actions[i];
	return NULL;
}

void
phase_status_free(struct phase_status *st)
{
	if (st == NULL)
		return;
	free(st->warnings);
	free(st);
}
