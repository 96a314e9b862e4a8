/* test_phase.c: every rule of the phase model, named after its point of
 * the Directives of 13 January 1997 (amended 17 April 2003). */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "case.h"
#include "phase.h"
#include "util.h"

/* ---- Building cases ---------------------------------------------------- */

static struct case_file *
case_new(void)
{
	struct case_file *c = xcalloc(1, sizeof(*c));

	c->file = xstrdup("test.xml");
	c->id = xstrdup("T-1");
	c->regime = xstrdup("1997-2003");
	c->person.birth_date = DATE_DAY_NONE;
	c->events = xcalloc(64, sizeof(*c->events));
	return c;
}

static date_day
D(const char *s)
{
	date_day t = DATE_DAY_NONE;

	assert_int_equal(date_parse(s, &t), DATE_OK);
	return t;
}

static struct case_event *
ev(struct case_file *c, enum case_event_type type, const char *date)
{
	struct case_event *e = &c->events[c->nevents];

	e->type = type;
	e->date = D(date);
	e->line = (int)c->nevents + 10;
	e->order = c->nevents++;
	e->answer_by = DATE_DAY_NONE;
	e->months = 6;
	return e;
}

static void
intercept(struct case_file *c, const char *date, enum case_assessment a,
    enum case_stay s)
{
	struct case_event *e = ev(c, EV_INTERCEPTION, date);

	e->assessment = a;
	e->stay = s;
	e->region = REGION_BRUSSELS;
}

static void
query(struct case_file *c, const char *date, const char *answer_by)
{
	struct case_event *e = ev(c, EV_PROSECUTOR_QUERY, date);

	e->addressee = ADDRESSEE_PROCUREUR;
	if (answer_by != NULL)
		e->answer_by = D(answer_by);
}

static void
answer(struct case_file *c, const char *date, enum case_answer inv,
    enum case_answer vic)
{
	struct case_event *e = ev(c, EV_PROSECUTOR_ANSWER, date);

	e->investigation = inv;
	e->victim = vic;
}

/* A victim met on 1 March 2026 whose police duties are all done. */
static struct case_file *
case_met(void)
{
	struct case_file *c = case_new();
	struct case_event *e;

	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	e = ev(c, EV_LEAFLET, "2026-03-01");
	e->language = xstrdup("ro");
	e = ev(c, EV_CENTRE_CONTACT, "2026-03-01");
	e->centre = CENTRE_PAG_ASA;
	e->consent = ANSWER_YES;
	ev(c, EV_OFFICE_NOTIFICATION, "2026-03-01");
	return c;
}

/* ... who received an order to leave on 2 March and complained on 10. */
static struct case_file *
case_complained(void)
{
	struct case_file *c = case_met();

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	ev(c, EV_COMPLAINT, "2026-03-10");
	return c;
}

/* ... and holds an arrival declaration from 20 March 2026. */
static struct case_file *
case_declared(void)
{
	struct case_file *c = case_complained();

	ev(c, EV_ARRIVAL_DECLARATION, "2026-03-20");
	return c;
}

/* ---- Reading statuses ------------------------------------------------- */

static bool
warned(const struct phase_status *st, enum phase_warning_code code)
{
	size_t i;

	for (i = 0; i < st->nwarnings; i++)
		if (st->warnings[i].code == code)
			return true;
	return false;
}

static void
assert_date_is(date_day t, const char *expected)
{
	char buf[DATE_STRLEN];

	date_format(t, buf);
	assert_string_equal(buf, expected);
}

static void
assert_action_due(const struct phase_status *st, enum phase_action_code code,
    const char *due)
{
	const struct phase_action *a = phase_status_action(st, code);

	assert_non_null(a);
	if (due == NULL)
		assert_true(a->due == DATE_DAY_NONE);
	else
		assert_date_is(a->due, due);
}

static struct phase_status *
status(const struct case_file *c, const char *as_of)
{
	return phase_apply(c, D(as_of));
}

/* ---- Point 5: the police at an interception --------------------------- */

static void
test_5_3_suspect_is_excluded_with_no_leaflet_or_centre(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_SUSPECT, STAY_ILLEGAL);
	ev(c, EV_LEAFLET, "2026-03-02")->language = xstrdup("ro");
	st = status(c, "2026-03-05");
	assert_int_equal(st->state, STATE_EXCLUDED);
	assert_int_equal(st->phase, -1);
	/* No leaflet, no centre: only the Office is told (point 4). */
	assert_int_equal(st->nactions, 1);
	assert_non_null(phase_status_action(st, ACTION_NOTIFY_OFFICE));
	assert_int_equal(st->document.type, DOCUMENT_NONE);
	assert_true(warned(st, WARN_PHASE_EVENT_AFTER_EXCLUSION));
	phase_status_free(st);
	case_free(c);
}

static void
test_5_1_victim_gets_leaflet_centre_and_office(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-03-01");
	assert_int_equal(st->state, STATE_IDENTIFIED);
	assert_int_equal(st->phase, 0);
	assert_action_due(st, ACTION_HAND_LEAFLET, "2026-03-01");
	assert_action_due(st, ACTION_REFER_TO_CENTRE, "2026-03-01");
	assert_action_due(st, ACTION_NOTIFY_OFFICE, "2026-03-01");
	assert_null(phase_status_action(st, ACTION_OFFER_CENTRE_CONTACT));
	assert_int_equal(phase_status_action(st, ACTION_HAND_LEAFLET)->actor, ACTOR_POLICE);
	assert_string_equal(phase_status_action(st, ACTION_REFER_TO_CENTRE)->point, "5.1");
	assert_int_equal(st->rights, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_5_2_uncertain_case_is_offered_centre_contact(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_UNCERTAIN, STAY_PRECARIOUS);
	st = status(c, "2026-03-01");
	assert_action_due(st, ACTION_OFFER_CENTRE_CONTACT, "2026-03-01");
	assert_string_equal(phase_status_action(st, ACTION_OFFER_CENTRE_CONTACT)->point,
	    "5.2");
	assert_null(phase_status_action(st, ACTION_REFER_TO_CENTRE));
	assert_non_null(phase_status_action(st, ACTION_HAND_LEAFLET));
	assert_non_null(phase_status_action(st, ACTION_NOTIFY_OFFICE));
	phase_status_free(st);
	case_free(c);
}

static void
test_5_2_centre_contact_without_consent_is_flagged(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_UNCERTAIN, STAY_ILLEGAL);
	ev(c, EV_CENTRE_CONTACT, "2026-03-01")->centre = CENTRE_SURYA;
	st = status(c, "2026-03-01");
	assert_true(warned(st, WARN_PHASE_CONSENT_NOT_RECORDED));
	assert_null(phase_status_action(st, ACTION_OFFER_CENTRE_CONTACT));
	phase_status_free(st);
	case_free(c);
}

static void
test_4_legal_stay_needs_no_office_notice(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_LEGAL);
	st = status(c, "2026-03-01");
	assert_null(phase_status_action(st, ACTION_NOTIFY_OFFICE));
	assert_non_null(phase_status_action(st, ACTION_HAND_LEAFLET));
	phase_status_free(st);
	case_free(c);
}

static void
test_5_duties_done_leave_nothing_to_do(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st = status(c, "2026-03-02");

	assert_int_equal(st->state, STATE_IDENTIFIED);
	assert_int_equal(st->nactions, 0);
	assert_int_equal(st->nwarnings, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_5_undone_duty_becomes_overdue(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-03-02");
	assert_true(warned(st, WARN_PHASE_ACTION_OVERDUE));
	assert_int_equal(st->nwarnings, 3);	/* leaflet, centre, Office */
	phase_status_free(st);
	case_free(c);
}

static void
test_5_leaflet_in_a_language_the_person_does_not_read(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	c->person.languages = xcalloc(1, sizeof(char *));
	c->person.languages[0] = xstrdup("ps");
	c->person.nlanguages = 1;
	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	ev(c, EV_LEAFLET, "2026-03-01")->language = xstrdup("fa");
	st = status(c, "2026-03-01");
	assert_true(warned(st, WARN_PHASE_LEAFLET_LANGUAGE));
	phase_status_free(st);
	case_free(c);
}

/* ---- Point 8.1: the order to leave and the 45 days -------------------- */

static void
test_8_1_order_to_leave_gives_45_days_and_social_aid(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	st = status(c, "2026-03-03");
	assert_int_equal(st->state, STATE_REFLECTION);
	assert_int_equal(st->phase, 1);
	assert_int_equal(st->document.type, DOCUMENT_ORDER_TO_LEAVE);
	assert_date_is(st->document.issued, "2026-03-02");
	assert_date_is(st->document.expires, "2026-04-16");	/* D + 45 */
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID);	/* point 9 */
	assert_int_equal(st->nactions, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_1_complaint_within_45_days_lets_centre_request_declaration(void **state)
{
	struct case_file *c = case_complained();
	struct phase_status *st = status(c, "2026-03-11");

	assert_int_equal(st->state, STATE_REFLECTION);
	/* 8.1 "peut immédiatement demander": an option, no deadline. */
	assert_action_due(st, ACTION_REQUEST_ARRIVAL_DECLARATION, NULL);
	assert_int_equal(phase_status_action(st, ACTION_REQUEST_ARRIVAL_DECLARATION)->actor,
	    ACTOR_CENTRE);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_1_complaint_at_interception_counts(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	ev(c, EV_COMPLAINT, "2026-03-01");
	ev(c, EV_ORDER_TO_LEAVE, "2026-03-03");
	st = status(c, "2026-03-04");
	assert_action_due(st, ACTION_REQUEST_ARRIVAL_DECLARATION, NULL);
	assert_action_due(st, ACTION_ISSUE_ARRIVAL_DECLARATION, NULL);
	phase_status_free(st);
	/* Before the order to leave too (8.1: "immédiatement"). */
	st = status(c, "2026-03-02");
	assert_action_due(st, ACTION_REQUEST_ARRIVAL_DECLARATION, NULL);
	assert_date_is(phase_status_action(st,
	    ACTION_ISSUE_ARRIVAL_DECLARATION)->from, "2026-03-01");
	phase_status_free(st);
	case_free(c);
}

static void
test_8_1_complaint_on_the_45th_day_is_in_time(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	ev(c, EV_COMPLAINT, "2026-04-16");
	st = status(c, "2026-04-16");
	assert_false(warned(st, WARN_PHASE_COMPLAINT_AFTER_REFLECTION));
	assert_non_null(phase_status_action(st, ACTION_REQUEST_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_1_complaint_after_45_days_is_flagged(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	ev(c, EV_COMPLAINT, "2026-04-17");
	st = status(c, "2026-04-20");
	assert_true(warned(st, WARN_PHASE_COMPLAINT_AFTER_REFLECTION));
	assert_int_equal(st->state, STATE_ENDED);
	assert_null(phase_status_action(st, ACTION_REQUEST_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_1_reflection_ends_after_45_days_without_complaint(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	st = status(c, "2026-04-16");
	assert_int_equal(st->state, STATE_REFLECTION);
	phase_status_free(st);
	st = status(c, "2026-04-17");
	assert_int_equal(st->state, STATE_ENDED);
	assert_int_equal(st->phase, -1);
	assert_int_equal(st->rights, 0);
	assert_int_equal(st->nactions, 0);
	phase_status_free(st);
	case_free(c);
}

/* ---- Point 8.2: the arrival declaration and the prosecutor ------------ */

static void
test_8_2_arrival_declaration_lasts_3_months_with_work_and_centre(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st = status(c, "2026-03-21");

	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	assert_int_equal(st->phase, 2);
	assert_int_equal(st->document.type, DOCUMENT_ARRIVAL_DECLARATION);
	assert_date_is(st->document.expires, "2026-06-19");
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID |
	    RIGHT_TEMPORARY_WORK_AUTHORISATION | RIGHT_CENTRE_ACCOMPANIMENT);
	assert_null(phase_status_action(st, ACTION_REQUEST_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_office_queries_prosecutor_one_month_before_expiry(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st = status(c, "2026-03-21");

	assert_action_due(st, ACTION_QUERY_PROSECUTOR, "2026-05-19");
	assert_int_equal(phase_status_action(st, ACTION_QUERY_PROSECUTOR)->actor,
	    ACTOR_OFFICE);
	phase_status_free(st);
	query(c, "2026-04-01", "2026-05-15");
	st = status(c, "2026-04-02");
	assert_null(phase_status_action(st, ACTION_QUERY_PROSECUTOR));
	assert_action_due(st, ACTION_ANSWER_QUERY, "2026-05-15");
	assert_int_equal(phase_status_action(st, ACTION_ANSWER_QUERY)->actor,
	    ACTOR_PROSECUTOR);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_query_must_state_when_answer_is_expected(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", NULL);
	st = status(c, "2026-04-02");
	assert_true(warned(st, WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_no_answer_by_the_date_goes_to_procureur_general(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	st = status(c, "2026-05-15");
	assert_null(phase_status_action(st, ACTION_QUERY_GENERAL_PROSECUTOR));
	phase_status_free(st);
	st = status(c, "2026-05-16");
	assert_action_due(st, ACTION_QUERY_GENERAL_PROSECUTOR, "2026-05-16");
	phase_status_free(st);
	ev(c, EV_GENERAL_PROSECUTOR_QUERY, "2026-05-18");
	st = status(c, "2026-05-19");
	assert_null(phase_status_action(st, ACTION_QUERY_GENERAL_PROSECUTOR));
	assert_false(warned(st, WARN_PHASE_GENERAL_QUERY_PREMATURE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_general_prosecutor_query_before_the_date_is_flagged(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	ev(c, EV_GENERAL_PROSECUTOR_QUERY, "2026-05-01");
	st = status(c, "2026-05-02");
	assert_true(warned(st, WARN_PHASE_GENERAL_QUERY_PREMATURE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_declaration_without_complaint_is_flagged(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	ev(c, EV_ARRIVAL_DECLARATION, "2026-03-20");
	st = status(c, "2026-03-21");
	assert_true(warned(st, WARN_PHASE_DECLARATION_WITHOUT_COMPLAINT));
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	phase_status_free(st);
	case_free(c);
}

static void
test_our_decision_negative_answer_keeps_document_until_expiry(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;
	size_t i;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_NO);
	st = status(c, "2026-05-11");
	assert_true(warned(st, WARN_PHASE_NEGATIVE_ANSWER));
	/* The directives are silent: not attributed to 8.2 or 8.3. */
	for (i = 0; i < st->nwarnings; i++)
		if (st->warnings[i].code == WARN_PHASE_NEGATIVE_ANSWER)
			assert_string_equal(st->warnings[i].point,
			    PHASE_POINT_SILENT);
	assert_true(st->negative);
	/* The person keeps the document and its rights until it expires;
	 * no document is promised. */
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	assert_date_is(st->document.expires, "2026-06-19");
	assert_true(st->rights & RIGHT_TEMPORARY_WORK_AUTHORISATION);
	assert_null(phase_status_action(st, ACTION_EXTEND_ARRIVAL_DECLARATION));
	assert_null(phase_status_action(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	st = status(c, "2026-06-20");
	assert_int_equal(st->state, STATE_ENDED);
	assert_int_equal(st->nactions, 0);
	assert_int_equal(st->rights, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_investigation_ended_in_court_is_not_negative(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_NO, ANSWER_YES);
	/* Without a prosecution act, "no longer under way" is negative. */
	st = status(c, "2026-05-11");
	assert_true(warned(st, WARN_PHASE_NEGATIVE_ANSWER));
	phase_status_free(st);
	/* A summons recorded after the answer: the judicial procedure goes
	 * on (8.3), so the answer is read as positive. */
	ev(c, EV_PROSECUTION, "2026-05-20")->act = ACT_SUMMONS;
	st = status(c, "2026-05-21");
	assert_false(warned(st, WARN_PHASE_NEGATIVE_ANSWER));
	assert_true(warned(st, WARN_PHASE_INVESTIGATION_ENDED_IN_COURT));
	assert_false(st->negative);
	assert_action_due(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE,
	    "2026-06-19");
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_no_answer_at_expiry_extends_once_and_keeps_warning(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	/* Before the date set, the prosecutor still has time. */
	st = status(c, "2026-05-15");
	assert_null(phase_status_action(st, ACTION_EXTEND_ARRIVAL_DECLARATION));
	phase_status_free(st);
	/* After it: "pas encore en mesure de répondre positivement". */
	st = status(c, "2026-05-16");
	assert_action_due(st, ACTION_EXTEND_ARRIVAL_DECLARATION, "2026-06-19");
	phase_status_free(st);
	st = status(c, "2026-06-20");
	assert_true(warned(st, WARN_PHASE_NO_ANSWER_AT_EXPIRY));
	assert_action_due(st, ACTION_EXTEND_ARRIVAL_DECLARATION, "2026-06-19");
	phase_status_free(st);
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-19");
	st = status(c, "2026-06-20");
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION_EXTENDED);
	assert_false(warned(st, WARN_PHASE_EXTENSION_NOT_PROVIDED));
	/* stays */
	assert_true(warned(st, WARN_PHASE_NO_ANSWER_AT_EXPIRY));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_query_without_declaration_is_flagged(void **state)
{
	struct case_file *c = case_complained();
	struct phase_status *st;

	/* Still in the 45 days: no arrival declaration to ask about. */
	query(c, "2026-03-12", "2026-04-01");
	st = status(c, "2026-03-13");
	assert_true(warned(st, WARN_PHASE_QUERY_WITHOUT_DECLARATION));
	assert_int_equal(st->state, STATE_REFLECTION);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_answer_without_query_is_flagged(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	answer(c, "2026-04-10", ANSWER_YES, ANSWER_YES);
	st = status(c, "2026-04-11");
	assert_true(warned(st, WARN_PHASE_ANSWER_WITHOUT_QUERY));
	/* The answer still counts (8.3): the certificate is due. */
	assert_non_null(phase_status_action(st,
	    ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	case_free(c);
}

/* ---- Regimes: the rules are a table ------------------------------------ */

static const struct regime_document toy_documents[] = {
	{ DOCUMENT_ORDER_TO_LEAVE, DATE_DAY_NONE, "toy-order",
	    "toy order", "T1" },
	/* A date switch: another name from 1 January 2026 (day 739616). */
	{ DOCUMENT_ORDER_TO_LEAVE, 739616, "toy-permit", "toy permit", "T1b" },
	{ DOCUMENT_ARRIVAL_DECLARATION, DATE_DAY_NONE, "toy-declaration",
	    "toy declaration", "T2" },
	{ DOCUMENT_REGISTRATION_CERTIFICATE, DATE_DAY_NONE, "toy-card",
	    "toy card", "T3" },
	{ DOCUMENT_INDEFINITE_RESIDENCE, DATE_DAY_NONE, "toy-forever",
	    "toy forever", "T4" },
};

/* Its own words for every state, and its own rights column: work from
 * the first phase, the centre's accompaniment only with the certificate,
 * no work permit at all once residence is indefinite. */
static const struct regime_state toy_states[STATE__MAX] = {
	[STATE_NONE] = { "T0", -1, 0, 0, "toy nothing yet" },
	[STATE_IDENTIFIED] = { "T0", 0, 0, 0, "toy identified" },
	[STATE_EXCLUDED] = { "T0", -1, 0, 0, "toy excluded" },
	[STATE_REFLECTION] = { "T1", 1,
	    RIGHT_SOCIAL_AID | RIGHT_TEMPORARY_WORK_AUTHORISATION, 0,
	    "toy reflection of 30 days" },
	[STATE_ARRIVAL_DECLARATION] = { "T2", 2,
	    RIGHT_TEMPORARY_WORK_AUTHORISATION, 0,
	    "toy declaration of 2 months" },
	[STATE_ARRIVAL_DECLARATION_EXTENDED] = { "T2b", 2,
	    RIGHT_TEMPORARY_WORK_AUTHORISATION, 0,
	    "toy declaration, extended" },
	[STATE_REGISTRATION_CERTIFICATE] = { "T3", 5,
	    RIGHT_CENTRE_ACCOMPANIMENT | RIGHT_WORK_PERMIT_B, 0,
	    "toy card of 4 months" },
	[STATE_INDEFINITE_RESIDENCE] = { "T4", 6, RIGHT_SOCIAL_AID, 0,
	    "toy forever" },
	[STATE_RETURNED] = { "T0", -1, 0, 0, "toy returned" },
	[STATE_ENDED] = { "T0", -1, 0, 0, "toy ended" },
};

static const struct regime_right toy_rights[PHASE_RIGHT_COUNT] = {
	{ "toy-aid", "T9", "toy aid" },
	{ "toy-work-card", "T1", "toy work card" },
	{ "toy-centre", "T3", "toy centre" },
	{ "toy-work-free", "T3", "toy free work" },
};

/* A second regime with other numbers everywhere: 30 days, 2 months, two
 * extensions of 1 month, certificates of 4 months, the query at the latest
 * 10 days before expiry, the answer 5 days before; a conviction on appeal
 * counts. */
static const struct regime toy = {
	.code = "toy",
	.title = "toy regime",
	.reflection = { .days = 30 },
	.declaration = { .months = 2 },
	.declaration_extensions = 2,
	.extension = { .months = 1 },
	.certificate = { .months = 4 },
	.certificate_more_than = { .months = 1 },
	.query_latest = { .days = 10 },
	.answer_default = { .days = 5 },
	.majority = 18,
	.indefinite_on_appeal = true,
	.documents = toy_documents,
	.ndocuments = sizeof(toy_documents) / sizeof(toy_documents[0]),
	.states = toy_states,
	.nstates = STATE__MAX,
	.rights = toy_rights,
	.nrights = PHASE_RIGHT_COUNT,
};

static void
test_regime_toy_table_changes_periods_without_engine_change(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;
	struct case_event *e;

	c->rules = &toy;
	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	st = status(c, "2026-03-03");
	assert_date_is(st->document.expires, "2026-04-01");	/* 30 days */
	assert_string_equal(phase_document_name(st)->code, "toy-permit");
	/* The state's words, point, phase and rights are the toy's. */
	assert_string_equal(phase_state_text(st->regime, st->state),
	    "toy reflection of 30 days");
	assert_string_equal(phase_state_point(st->regime, st->state), "T1");
	assert_int_equal(st->phase, 1);
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID |
	    RIGHT_TEMPORARY_WORK_AUTHORISATION);
	assert_string_equal(phase_right_code(st->regime,
	    RIGHT_TEMPORARY_WORK_AUTHORISATION), "toy-work-card");
	assert_string_equal(phase_right_text(st->regime,
	    RIGHT_TEMPORARY_WORK_AUTHORISATION), "toy work card");
	assert_string_equal(phase_right_point(st->regime, RIGHT_SOCIAL_AID),
	    "T9");
	phase_status_free(st);
	ev(c, EV_COMPLAINT, "2026-03-10");
	ev(c, EV_ARRIVAL_DECLARATION, "2026-03-20");
	st = status(c, "2026-03-21");
	assert_date_is(st->document.expires, "2026-05-19");	/* 2 months */
	assert_action_due(st, ACTION_QUERY_PROSECUTOR, "2026-05-09");
	assert_date_is(st->answer_by_default, "2026-05-14");
	assert_string_equal(phase_document_name(st)->code, "toy-declaration");
	phase_status_free(st);
	query(c, "2026-03-25", "2026-05-01");
	answer(c, "2026-04-20", ANSWER_YES, ANSWER_UNKNOWN);
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-05-19");
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-19");
	st = status(c, "2026-06-20");
	/* Two extensions of one month each, and no extension-limit. */
	assert_date_is(st->document.expires, "2026-07-19");
	assert_false(warned(st, WARN_PHASE_EXTENSION_LIMIT));
	phase_status_free(st);
	e = ev(c, EV_REGISTRATION_CERTIFICATE, "2026-07-19");
	e->months = 0;	/* the regime's usual period */
	e = ev(c, EV_CONVICTION, "2026-08-01");
	e->appeal = true;
	st = status(c, "2026-08-02");
	assert_date_is(st->document.expires, "2026-11-18");	/* 4 months */
	assert_string_equal(phase_state_text(st->regime, st->state),
	    "toy card of 4 months");
	assert_int_equal(st->phase, 5);
	assert_int_equal(st->rights, RIGHT_CENTRE_ACCOMPANIMENT |
	    RIGHT_WORK_PERMIT_B);
	/* This regime counts a conviction on appeal. */
	assert_action_due(st, ACTION_GRANT_INDEFINITE_RESIDENCE, "2026-08-01");
	phase_status_free(st);
	case_free(c);
}

static void
test_regime_1997_2003_is_the_directives(void **state)
{
	const struct regime *r = regime_find("1997-2003");

	assert_non_null(r);
	assert_null(regime_find("2007"));
	assert_ptr_equal(r, regime_default());
	assert_int_equal(r->reflection.days, 45);		/* 8.1 */
	assert_int_equal(r->declaration.months, 3);		/* 8.2 */
	assert_int_equal(r->declaration_extensions, 1);		/* 8.3 */
	assert_int_equal(r->extension.months, 3);		/* 8.3 */
	assert_int_equal(r->certificate.months, 6);		/* 8.3 */
	assert_int_equal(r->certificate_more_than.months, 3);	/* 8.3 */
	assert_int_equal(r->query_latest.months, 1);		/* 8.2 */
	assert_false(regime_period_is_set(r->reflection_minor));
	assert_false(r->indefinite_on_appeal);			/* 8.3 */
	/* The states' words and points, and the rights per phase. */
	assert_string_equal(phase_state_text(r, STATE_REFLECTION),
	    "reflection period of 45 days");
	assert_string_equal(phase_state_point(r, STATE_REFLECTION), "8.1");
	assert_string_equal(phase_state_point(r, STATE_ARRIVAL_DECLARATION),
	    "8.2");
	assert_string_equal(phase_state_point(r,
	    STATE_ARRIVAL_DECLARATION_EXTENDED), "8.3");
	assert_int_equal(r->states[STATE_ARRIVAL_DECLARATION].rights,
	    RIGHT_SOCIAL_AID | RIGHT_TEMPORARY_WORK_AUTHORISATION |
	    RIGHT_CENTRE_ACCOMPANIMENT);			/* 8.2 */
	assert_true(r->states[STATE_REGISTRATION_CERTIFICATE].rights &
	    RIGHT_WORK_PERMIT_B);				/* 8.3 */
	assert_string_equal(phase_right_code(r, RIGHT_WORK_PERMIT_B),
	    "work-permit-b");
	assert_string_equal(phase_right_point(r, RIGHT_WORK_PERMIT_B), "8.3");
}

/* ---- Point 8.3: certificate, extension, indefinite residence ---------- */

static void
test_8_3_positive_answer_calls_for_registration_certificate(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	st = status(c, "2026-05-11");
	assert_action_due(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE,
	    "2026-06-19");
	assert_null(phase_status_action(st, ACTION_EXTEND_ARRIVAL_DECLARATION));
	assert_null(phase_status_action(st, ACTION_ANSWER_QUERY));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_certificate_lasts_6_months_with_work_permit_b(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	ev(c, EV_REGISTRATION_CERTIFICATE, "2026-06-15");
	st = status(c, "2026-06-16");
	assert_int_equal(st->state, STATE_REGISTRATION_CERTIFICATE);
	assert_int_equal(st->phase, 3);
	assert_date_is(st->document.expires, "2026-12-14");
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID | RIGHT_WORK_PERMIT_B |
	    RIGHT_CENTRE_ACCOMPANIMENT);
	assert_action_due(st, ACTION_RENEW_REGISTRATION_CERTIFICATE,
	    "2026-12-14");
	assert_int_equal(st->nwarnings, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_certificate_renewal_continues_from_expiry(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	ev(c, EV_REGISTRATION_CERTIFICATE, "2026-06-15")->months = 3;
	ev(c, EV_REGISTRATION_CERTIFICATE_RENEWAL, "2026-09-01");
	st = status(c, "2026-09-02");
	/* 15 June + 3 months ends 14 September; 6 more from 15 September. */
	assert_date_is(st->document.expires, "2027-03-14");
	assert_int_equal(st->document.extensions, 1);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_unclear_answer_extends_declaration_once(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_UNKNOWN);
	st = status(c, "2026-05-11");
	assert_action_due(st, ACTION_EXTEND_ARRIVAL_DECLARATION, "2026-06-19");
	assert_null(phase_status_action(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);

	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-15");
	st = status(c, "2026-06-16");
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION_EXTENDED);
	assert_int_equal(st->phase, 2);
	/* 3 more months from the day after 19 June. */
	assert_date_is(st->document.expires, "2026-09-19");
	assert_int_equal(st->document.extensions, 1);
	assert_action_due(st, ACTION_QUERY_PROSECUTOR, "2026-08-19");
	assert_action_due(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE,
	    "2026-09-19");
	assert_null(phase_status_action(st, ACTION_EXTEND_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_second_extension_is_warned_and_moves_nothing(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_UNKNOWN, ANSWER_UNKNOWN);
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-15");
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-09-10");
	st = status(c, "2026-09-11");
	assert_true(warned(st, WARN_PHASE_EXTENSION_LIMIT));
	/* 8.3: "une seule fois": the certificate stays due at the end of
	 * the one extension allowed. */
	assert_int_equal(st->document.extensions, 1);
	assert_date_is(st->document.expires, "2026-09-19");
	assert_action_due(st, ACTION_ISSUE_REGISTRATION_CERTIFICATE,
	    "2026-09-19");
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_extension_after_positive_answer_is_flagged(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-15");
	st = status(c, "2026-06-16");
	assert_true(warned(st, WARN_PHASE_EXTENSION_NOT_PROVIDED));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_extended_declaration_ends_in_certificate_without_clear_answer(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_UNKNOWN);
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-15");
	query(c, "2026-07-01", "2026-08-15");
	answer(c, "2026-08-10", ANSWER_YES, ANSWER_UNKNOWN);
	ev(c, EV_REGISTRATION_CERTIFICATE, "2026-09-18");
	st = status(c, "2026-09-20");
	assert_int_equal(st->state, STATE_REGISTRATION_CERTIFICATE);
	assert_false(warned(st, WARN_PHASE_CERTIFICATE_WITHOUT_ANSWER));
	assert_date_is(st->document.expires, "2027-03-17");
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_certificate_without_positive_answer_is_flagged(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	ev(c, EV_REGISTRATION_CERTIFICATE, "2026-05-01");
	st = status(c, "2026-05-02");
	assert_true(warned(st, WARN_PHASE_CERTIFICATE_WITHOUT_ANSWER));
	assert_int_equal(st->state, STATE_REGISTRATION_CERTIFICATE);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_renewal_without_certificate_is_ignored(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	ev(c, EV_REGISTRATION_CERTIFICATE_RENEWAL, "2026-05-01");
	st = status(c, "2026-05-02");
	assert_true(warned(st, WARN_PHASE_RENEWAL_WITHOUT_CERTIFICATE));
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	assert_date_is(st->document.expires, "2026-06-19");
	phase_status_free(st);
	case_free(c);
}

static struct case_file *
case_certified(void)
{
	struct case_file *c = case_declared();

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	ev(c, EV_REGISTRATION_CERTIFICATE, "2026-06-15");
	return c;
}

static void
test_8_3_prosecution_lets_centre_request_indefinite_residence(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_PROSECUTION, "2026-10-01")->act = ACT_SUMMONS;
	st = status(c, "2026-10-02");
	assert_action_due(st, ACTION_REQUEST_INDEFINITE_RESIDENCE, NULL);
	assert_int_equal(phase_status_action(st, ACTION_REQUEST_INDEFINITE_RESIDENCE)->actor,
	    ACTOR_CENTRE);
	assert_null(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_first_instance_conviction_grants_indefinite_residence(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_PROSECUTION, "2026-10-01")->act = ACT_COMMITTAL;
	ev(c, EV_CONVICTION, "2026-11-20");
	st = status(c, "2026-11-21");
	/* 8.3: "dès que": due on the day of the conviction. */
	assert_action_due(st, ACTION_GRANT_INDEFINITE_RESIDENCE, "2026-11-20");
	assert_int_equal(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE)->actor,
	    ACTOR_OFFICE);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_requisitions_grant_only_with_significant_statement(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_PROSECUTION, "2026-10-01")->act = ACT_REQUISITIONS;
	ev(c, EV_REQUISITIONS_RETAINED, "2026-11-20")->significant = ANSWER_NO;
	st = status(c, "2026-11-21");
	assert_null(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE));
	phase_status_free(st);
	ev(c, EV_REQUISITIONS_RETAINED, "2026-11-25")->significant =
	    ANSWER_YES;
	st = status(c, "2026-11-26");
	assert_non_null(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_indefinite_residence_is_phase_4_without_expiry(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_CONVICTION, "2026-11-20");
	ev(c, EV_INDEFINITE_RESIDENCE, "2026-12-10");
	st = status(c, "2027-06-01");
	assert_int_equal(st->state, STATE_INDEFINITE_RESIDENCE);
	assert_int_equal(st->phase, 4);
	assert_int_equal(st->document.type, DOCUMENT_INDEFINITE_RESIDENCE);
	assert_true(st->document.expires == DATE_DAY_NONE);
	assert_int_equal(st->nactions, 0);
	assert_int_equal(st->nwarnings, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_indefinite_residence_without_ground_is_flagged(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_INDEFINITE_RESIDENCE, "2026-12-10");
	st = status(c, "2026-12-11");
	assert_true(warned(st, WARN_PHASE_INDEFINITE_WITHOUT_GROUND));
	assert_int_equal(st->state, STATE_INDEFINITE_RESIDENCE);
	phase_status_free(st);
	case_free(c);
}

/* ---- Leaving the procedure; time; order -------------------------------- */

/* ---- Issue 11: the directives at their edges ----------------------------- */

static void
test_8_2_general_prosecutor_answer_is_pending(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;
	const struct phase_action *a;

	query(c, "2026-04-01", "2026-05-15");
	ev(c, EV_GENERAL_PROSECUTOR_QUERY, "2026-05-18");
	st = status(c, "2026-05-19");
	a = phase_status_action(st, ACTION_ANSWER_GENERAL_QUERY);
	assert_non_null(a);
	assert_int_equal(a->actor, ACTOR_GENERAL_PROSECUTOR);
	assert_true(a->due == DATE_DAY_NONE);	/* 8.2 sets him no date */
	assert_null(phase_status_action(st, ACTION_ANSWER_QUERY));
	phase_status_free(st);
	answer(c, "2026-05-25", ANSWER_YES, ANSWER_YES);
	st = status(c, "2026-05-26");
	assert_null(phase_status_action(st, ACTION_ANSWER_GENERAL_QUERY));
	assert_non_null(phase_status_action(st,
	    ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_query_due_at_once_late_only_after_month_before_expiry(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;
	const struct phase_action *a;

	st = status(c, "2026-05-19");
	a = phase_status_action(st, ACTION_QUERY_PROSECUTOR);
	assert_non_null(a);
	assert_date_is(a->from, "2026-03-20");	/* "immédiatement" */
	assert_date_is(a->due, "2026-05-19");	/* "au plus tard" */
	assert_false(warned(st, WARN_PHASE_ACTION_OVERDUE));
	phase_status_free(st);
	st = status(c, "2026-05-20");
	assert_true(warned(st, WARN_PHASE_ACTION_OVERDUE));
	phase_status_free(st);
	/* The extended declaration: at once again, from the extension. */
	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_UNKNOWN, ANSWER_YES);
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-15");
	st = status(c, "2026-06-16");
	a = phase_status_action(st, ACTION_QUERY_PROSECUTOR);
	assert_non_null(a);
	assert_date_is(a->from, "2026-06-15");
	assert_date_is(a->due, "2026-08-19");
	phase_status_free(st);
	case_free(c);
}

static void
test_8_2_answer_date_on_or_after_expiry_is_warned(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-06-19");	/* the last day */
	st = status(c, "2026-04-02");
	assert_true(warned(st, WARN_PHASE_ANSWER_DATE_AFTER_EXPIRY));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_conviction_on_appeal_is_warned_not_granted(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_PROSECUTION, "2026-10-01")->act = ACT_SUMMONS;
	ev(c, EV_CONVICTION, "2026-11-20")->appeal = true;
	st = status(c, "2026-11-21");
	assert_true(warned(st, WARN_PHASE_CONVICTION_ON_APPEAL));
	assert_null(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE));
	assert_true(st->ground.event == EV__MAX);
	/* The request stays open: the summons came of her complaint. */
	assert_non_null(phase_status_action(st,
	    ACTION_REQUEST_INDEFINITE_RESIDENCE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_no_grant_without_the_persons_complaint(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	ev(c, EV_PROSECUTION, "2026-03-20")->act = ACT_SUMMONS;
	ev(c, EV_CONVICTION, "2026-04-01");
	st = status(c, "2026-04-02");
	assert_true(warned(st, WARN_PHASE_GROUND_WITHOUT_COMPLAINT));
	assert_null(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE));
	assert_null(phase_status_action(st,
	    ACTION_REQUEST_INDEFINITE_RESIDENCE));
	phase_status_free(st);
	case_free(c);
}

static void
test_our_decision_no_rights_once_the_document_expired(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	/* The certificate ran to 2026-12-14 and was not renewed. */
	st = status(c, "2026-12-20");
	assert_int_equal(st->state, STATE_REGISTRATION_CERTIFICATE);
	assert_int_equal(st->rights, 0);
	assert_true(st->document_expired);
	assert_true(warned(st, WARN_PHASE_DOCUMENT_EXPIRED));
	assert_non_null(phase_status_action(st,
	    ACTION_RENEW_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_1_centre_accompaniment_from_phase_1_when_taken_on(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	st = status(c, "2026-03-03");
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID);
	phase_status_free(st);
	ev(c, EV_CENTRE_SUPPORT, "2026-03-04")->centre = CENTRE_PAG_ASA;
	st = status(c, "2026-03-05");
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID |
	    RIGHT_CENTRE_ACCOMPANIMENT);	/* 8.1: "accompagnée" */
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_work_permit_b_in_phase_4_too(void **state)
{
	struct case_file *c = case_certified();
	struct phase_status *st;

	ev(c, EV_CONVICTION, "2026-11-20");
	ev(c, EV_INDEFINITE_RESIDENCE, "2026-12-10");
	st = status(c, "2027-06-01");
	/* 8.3: "à partir de cette phase". */
	assert_true(st->rights & RIGHT_WORK_PERMIT_B);
	phase_status_free(st);
	case_free(c);
}

static void
test_our_decision_exclusion_reviewed_by_later_interception(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_SUSPECT, STAY_ILLEGAL);
	ev(c, EV_OFFICE_NOTIFICATION, "2026-03-01");
	intercept(c, "2026-04-10", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-04-10");
	assert_true(warned(st, WARN_PHASE_EXCLUSION_REVIEWED));
	assert_int_equal(st->state, STATE_IDENTIFIED);
	/* The police's duties run again from that day. */
	assert_action_due(st, ACTION_HAND_LEAFLET, "2026-04-10");
	assert_action_due(st, ACTION_REFER_TO_CENTRE, "2026-04-10");
	assert_action_due(st, ACTION_NOTIFY_OFFICE, "2026-04-10");
	phase_status_free(st);
	case_free(c);
}

static void
test_4_office_informed_of_suspect_staying_illegally(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	intercept(c, "2026-03-01", ASSESS_SUSPECT, STAY_PRECARIOUS);
	st = status(c, "2026-03-01");
	assert_action_due(st, ACTION_NOTIFY_OFFICE, "2026-03-01");
	assert_null(phase_status_action(st, ACTION_REFER_TO_CENTRE));
	assert_null(phase_status_action(st, ACTION_OFFER_CENTRE_CONTACT));
	assert_null(phase_status_action(st, ACTION_HAND_LEAFLET));
	phase_status_free(st);
	ev(c, EV_OFFICE_NOTIFICATION, "2026-03-01");
	st = status(c, "2026-03-02");
	assert_int_equal(st->nactions, 0);
	assert_false(warned(st, WARN_PHASE_EVENT_AFTER_EXCLUSION));
	phase_status_free(st);
	case_free(c);
}

static void
test_8_3_certificate_of_three_months_or_less_is_warned(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	ev(c, EV_REGISTRATION_CERTIFICATE, "2026-06-15")->months = 3;
	st = status(c, "2026-06-16");
	assert_true(warned(st, WARN_PHASE_CERTIFICATE_TOO_SHORT));
	phase_status_free(st);
	case_free(c);
}

static void
test_our_decision_minor_is_warned(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	c->person.birth_date = D("2008-05-02");
	intercept(c, "2026-05-01", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-05-02");
	/* 17 the day before */
	assert_true(warned(st, WARN_PHASE_MINOR));
	phase_status_free(st);
	case_free(c);
	c = case_new();
	c->person.birth_date = D("2008-05-01");
	intercept(c, "2026-05-01", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-05-02");
	assert_false(warned(st, WARN_PHASE_MINOR));	/* 18 that day */
	phase_status_free(st);
	case_free(c);
}

static void
test_our_convention_periods_count_as_judicial_code_52_54(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	/* The directives do not say how to count: thbdoc counts as the
	 * Judicial Code counts procedural periods (arts 52-54). */
	ev(c, EV_ORDER_TO_LEAVE, "2026-11-30");
	ev(c, EV_COMPLAINT, "2026-12-01");
	ev(c, EV_ARRIVAL_DECLARATION, "2026-11-30");
	st = status(c, "2026-12-01");
	/* 3 months from 30 November: the last day of February. */
	assert_date_is(st->document.expires, "2027-02-28");
	phase_status_free(st);
	case_free(c);
}

static void
test_return_and_withdrawal_end_the_procedure(void **state)
{
	struct case_file *c = case_complained();
	struct phase_status *st;

	ev(c, EV_RETURN, "2026-03-20");
	ev(c, EV_ARRIVAL_DECLARATION, "2026-03-25");
	st = status(c, "2026-03-26");
	assert_int_equal(st->state, STATE_RETURNED);
	assert_int_equal(st->nactions, 0);
	assert_true(warned(st, WARN_PHASE_EVENT_AFTER_END));
	phase_status_free(st);
	case_free(c);

	c = case_complained();
	ev(c, EV_WITHDRAWAL, "2026-03-20");
	st = status(c, "2026-03-21");
	assert_int_equal(st->state, STATE_ENDED);
	assert_int_equal(st->nactions, 0);
	phase_status_free(st);
	case_free(c);
}

static void
test_events_after_the_date_are_not_counted(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st = status(c, "2026-03-05");

	assert_int_equal(st->state, STATE_REFLECTION);
	assert_null(phase_status_action(st, ACTION_REQUEST_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

static void
test_events_are_sorted_by_date_then_file_order(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	/* Written out of order: the declaration first, the rest after. */
	ev(c, EV_ARRIVAL_DECLARATION, "2026-03-20");
	ev(c, EV_COMPLAINT, "2026-03-10");
	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-03-21");
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	assert_false(warned(st, WARN_PHASE_DECLARATION_WITHOUT_COMPLAINT));
	phase_status_free(st);
	case_free(c);
}

static void
test_our_decision_events_of_one_day_in_procedure_order(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;

	/* All on one day, written backwards: the procedure's order
	 * decides, not the file's. */
	ev(c, EV_ARRIVAL_DECLARATION, "2026-03-01");
	ev(c, EV_COMPLAINT, "2026-03-01");
	ev(c, EV_ORDER_TO_LEAVE, "2026-03-01");
	intercept(c, "2026-03-01", ASSESS_VICTIM, STAY_ILLEGAL);
	st = status(c, "2026-03-02");
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	assert_false(warned(st, WARN_PHASE_DECLARATION_WITHOUT_COMPLAINT));
	assert_false(warned(st, WARN_PHASE_EVENT_OUT_OF_PHASE));
	phase_status_free(st);
	case_free(c);
}

static void
test_order_to_leave_in_phase_2_is_ignored(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-04-01");
	st = status(c, "2026-04-02");
	assert_true(warned(st, WARN_PHASE_EVENT_OUT_OF_PHASE));
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION);
	phase_status_free(st);
	case_free(c);
}

static void
test_empty_case_is_flagged(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st = status(c, "2026-03-01");

	assert_int_equal(st->state, STATE_NONE);
	assert_true(warned(st, WARN_PHASE_NO_EVENTS));
	phase_status_free(st);
	case_free(c);
}

/* 8.2 only says the Office "signale la date à laquelle cette réponse est
 * attendue": when the query does not give it, thbdoc expects the answer
 * 15 days before the arrival declaration ends (its decision, README). */
static void
test_our_decision_answer_expected_15_days_before_expiry_by_default(
    void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	assert_int_equal(regime_default()->answer_default.days, 15);
	query(c, "2026-04-01", NULL);
	st = status(c, "2026-06-04");
	assert_true(warned(st, WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE));
	assert_null(phase_status_action(st, ACTION_EXTEND_ARRIVAL_DECLARATION));
	phase_status_free(st);
	st = status(c, "2026-06-05");
	assert_action_due(st, ACTION_EXTEND_ARRIVAL_DECLARATION, "2026-06-19");
	phase_status_free(st);
	case_free(c);
}

/* Issue 11, rule 8 and truth's brief, point 1: the certificate after yes
 * and yes is "de plus de trois mois (habituellement six mois)"; six months
 * ("séjour temporaire - valable six mois") only at the end of the one
 * extension.  Its action never says "6 months" alone. */
static void
test_8_3_certificate_action_says_more_than_three_months_usually_six(
    void **state)
{
	const char *t = phase_action_text(ACTION_ISSUE_REGISTRATION_CERTIFICATE);

	assert_non_null(strstr(t, "more than 3 months (usually 6) after yes "
	    "to both questions"));
	assert_non_null(strstr(t, "6 months at the end of the one "
	    "extension"));
	assert_null(strstr(t, "(6 months)"));
}

/* An overdue action's warning quotes the action's text whole (it is
 * looked up in the catalogue by its English words). */
static void
test_5_overdue_warning_quotes_the_whole_action(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;
	const char *t = phase_action_text(ACTION_ISSUE_REGISTRATION_CERTIFICATE);
	size_t i;
	bool found = false;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_YES);
	st = status(c, "2026-07-01");
	for (i = 0; i < st->nwarnings; i++)
		if (st->warnings[i].code == WARN_PHASE_ACTION_OVERDUE &&
		    strcmp(st->warnings[i].args[0], t) == 0)
			found = true;
	assert_true(found);
	phase_status_free(st);
	case_free(c);
}

/* 8.3: the certificate "peut être prorogée jusqu'à la fin de la procédure
 * judiciaire": it can be renewed while the procedure goes on. */
static void
test_8_3_renewal_can_be_made_until_the_end_of_the_procedure(void **state)
{
	const char *t = phase_action_text(ACTION_RENEW_REGISTRATION_CERTIFICATE);

	assert_non_null(strstr(t, "while the judicial procedure goes on"));
	assert_non_null(strstr(t, "can be renewed until its end"));
}

/* 8.2 says "simultanément" of the procureur du Roi's or the auditeur du
 * travail's answer only: the procureur général's action does not claim
 * it (truth's brief, point 2). */
static void
test_8_2_general_prosecutor_answer_not_said_simultaneous(void **state)
{
	const char *g = phase_action_text(ACTION_ANSWER_GENERAL_QUERY);

	assert_null(strstr(g, "victim"));
	assert_null(strstr(g, "same time"));
	/* The procureur du Roi's does. */
	assert_non_null(strstr(phase_action_text(ACTION_ANSWER_QUERY),
	    "inform the victim at the same time"));
}

/* 8.2: "également obligatoire"; 8.3: "reste obligatoire"; 8.1 says
 * "accompagnée", not whether it is mandatory: the right's text does not
 * say it is not mandatory in phase 1. */
static void
test_8_2_centre_accompaniment_mandatory_in_phases_2_and_3(void **state)
{
	const char *t = phase_right_text(regime_default(),
	    RIGHT_CENTRE_ACCOMPANIMENT);

	assert_non_null(strstr(t, "mandatory in the second and third "
	    "phases"));
	assert_null(strstr(t, "from the second phase on"));
}

/* Rules 1, 2 and 8 are thbdoc's decisions where the directives are
 * silent: their warnings say so. */
static void
test_our_decision_warnings_of_rules_1_2_8_say_so(void **state)
{
	assert_non_null(strstr(phase_warning_format(
	    WARN_PHASE_NO_ANSWER_AT_EXPIRY), "thbdoc's decision"));
	assert_non_null(strstr(phase_warning_format(
	    WARN_PHASE_INVESTIGATION_ENDED_IN_COURT), "thbdoc's decision"));
	assert_non_null(strstr(phase_warning_format(
	    WARN_PHASE_EXTENSION_LIMIT), "thbdoc's decision"));
}

/* ---- Review 1 (issue 11): the model at its edges ----------------------- */

/* 8.2: "il est délivré une autorisation de séjour provisoire de trois
 * mois": the Office's duty, pending from the complaint; 8.1: the centre
 * "peut" ask for it: an option, with no deadline and never overdue. */
static void
test_8_2_office_must_issue_declaration_centre_may_ask_without_deadline(
    void **state)
{
	struct case_file *c = case_complained();
	const struct phase_action *a;
	struct phase_status *st;

	/* Past the 45 days (2026-04-16), the complaint of 2026-03-10 made in
	 * time: the Office still owes the declaration. */
	st = status(c, "2026-04-20");
	a = phase_status_action(st, ACTION_ISSUE_ARRIVAL_DECLARATION);
	assert_non_null(a);
	assert_int_equal(a->actor, ACTOR_OFFICE);
	assert_string_equal(a->point, "8.2");
	assert_date_is(a->from, "2026-03-10");
	assert_true(a->due == DATE_DAY_NONE);
	assert_action_due(st, ACTION_REQUEST_ARRIVAL_DECLARATION, NULL);
	assert_false(warned(st, WARN_PHASE_ACTION_OVERDUE));
	phase_status_free(st);
	ev(c, EV_ARRIVAL_DECLARATION, "2026-04-21");
	st = status(c, "2026-04-22");
	assert_null(phase_status_action(st, ACTION_ISSUE_ARRIVAL_DECLARATION));
	assert_null(phase_status_action(st,
	    ACTION_REQUEST_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

/* Our decision, where 8.1-8.3 are silent (they start from an order to
 * leave): a person found staying legally is called for no order to leave
 * and no arrival declaration while the stay is legal; a warning says so. */
static void
test_our_decision_legal_stay_calls_for_no_declaration(void **state)
{
	struct case_file *c = case_new();
	struct phase_status *st;
	size_t i;

	intercept(c, "2026-10-01", ASSESS_VICTIM, STAY_LEGAL);
	ev(c, EV_LEAFLET, "2026-10-01")->language = xstrdup("ro");
	ev(c, EV_CENTRE_CONTACT, "2026-10-01")->centre = CENTRE_SURYA;
	ev(c, EV_CENTRE_SUPPORT, "2026-10-02")->centre = CENTRE_SURYA;
	ev(c, EV_COMPLAINT, "2026-10-05");
	st = status(c, "2026-12-08");
	assert_int_equal(st->state, STATE_IDENTIFIED);
	assert_null(phase_status_action(st,
	    ACTION_REQUEST_ARRIVAL_DECLARATION));
	assert_null(phase_status_action(st, ACTION_ISSUE_ARRIVAL_DECLARATION));
	assert_true(warned(st, WARN_PHASE_LEGAL_STAY));
	for (i = 0; i < st->nwarnings; i++)
		if (st->warnings[i].code == WARN_PHASE_LEGAL_STAY)
			assert_string_equal(st->warnings[i].point,
			    PHASE_POINT_SILENT);
	phase_status_free(st);
	/* An order to leave issued all the same: the procedure runs. */
	ev(c, EV_ORDER_TO_LEAVE, "2026-12-09");
	st = status(c, "2026-12-10");
	assert_false(warned(st, WARN_PHASE_LEGAL_STAY));
	assert_non_null(phase_status_action(st,
	    ACTION_ISSUE_ARRIVAL_DECLARATION));
	phase_status_free(st);
	case_free(c);
}

/* Our decision, where the directives are silent: a withdrawal while a
 * document runs ends the procedure, but the person keeps the document
 * and its rights (the centre's accompaniment excepted) until it
 * expires, as after a negative answer (rule 1, rule 4). */
static void
test_our_decision_withdrawal_keeps_document_and_rights_until_expiry(
    void **state)
{
	struct case_file *c = case_declared();	/* until 2026-06-19 */
	struct phase_status *st;

	ev(c, EV_WITHDRAWAL, "2026-04-15");
	st = status(c, "2026-05-01");
	assert_int_equal(st->state, STATE_ENDED);
	assert_int_equal(st->nactions, 0);
	assert_int_equal(st->document.type, DOCUMENT_ARRIVAL_DECLARATION);
	assert_date_is(st->document.expires, "2026-06-19");
	assert_int_equal(st->rights, RIGHT_SOCIAL_AID |
	    RIGHT_TEMPORARY_WORK_AUTHORISATION);
	assert_true(warned(st, WARN_PHASE_WITHDRAWAL_DOCUMENT_KEPT));
	assert_false(warned(st, WARN_PHASE_DOCUMENT_EXPIRED));
	phase_status_free(st);
	/* On its last day still; the day after, nothing. */
	st = status(c, "2026-06-19");
	assert_int_not_equal(st->rights, 0);
	phase_status_free(st);
	st = status(c, "2026-06-20");
	assert_int_equal(st->rights, 0);
	assert_false(warned(st, WARN_PHASE_WITHDRAWAL_DOCUMENT_KEPT));
	phase_status_free(st);
	case_free(c);
}

/* 8.2: "Si aucune réponse ne vient ..., la question sera adressée au
 * procureur général": his answer stays pending until it comes, through
 * the extension (rule 2); the Office is not asked to query the
 * procureur du Roi, who did not answer, once more. */
static void
test_8_2_general_prosecutor_answer_stays_pending_after_extension(
    void **state)
{
	struct case_file *c = case_declared();	/* until 2026-06-19 */
	struct phase_status *st;

	query(c, "2026-03-25", "2026-05-20");
	ev(c, EV_GENERAL_PROSECUTOR_QUERY, "2026-05-25");
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-19");
	st = status(c, "2026-08-01");
	assert_int_equal(st->state, STATE_ARRIVAL_DECLARATION_EXTENDED);
	assert_non_null(phase_status_action(st, ACTION_ANSWER_GENERAL_QUERY));
	assert_int_equal(phase_status_action(st,
	    ACTION_ANSWER_GENERAL_QUERY)->actor, ACTOR_GENERAL_PROSECUTOR);
	assert_null(phase_status_action(st, ACTION_QUERY_PROSECUTOR));
	assert_null(phase_status_action(st, ACTION_QUERY_GENERAL_PROSECUTOR));
	assert_non_null(phase_status_action(st,
	    ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	/* His answer comes: nothing is pending of him any more. */
	answer(c, "2026-08-10", ANSWER_YES, ANSWER_YES);
	st = status(c, "2026-08-11");
	assert_null(phase_status_action(st, ACTION_ANSWER_GENERAL_QUERY));
	phase_status_free(st);
	case_free(c);
}

/* 8.2: the query is due while an answer can still come before the
 * declaration ends; once it cannot, it is no longer listed (nor
 * overdue), and 8.3 decides without it: the one extension, said with
 * "no query was sent", not "no answer came". */
static void
test_8_2_query_no_longer_due_once_it_cannot_be_answered_in_time(
    void **state)
{
	struct case_file *c = case_declared();	/* until 2026-06-19 */
	struct phase_status *st;

	st = status(c, "2026-06-17");
	assert_non_null(phase_status_action(st, ACTION_QUERY_PROSECUTOR));
	phase_status_free(st);
	st = status(c, "2026-06-18");
	assert_null(phase_status_action(st, ACTION_QUERY_PROSECUTOR));
	phase_status_free(st);
	st = status(c, "2026-06-25");
	assert_null(phase_status_action(st, ACTION_QUERY_PROSECUTOR));
	assert_action_due(st, ACTION_EXTEND_ARRIVAL_DECLARATION, "2026-06-19");
	assert_true(warned(st, WARN_PHASE_NO_QUERY_AT_EXPIRY));
	assert_false(warned(st, WARN_PHASE_NO_ANSWER_AT_EXPIRY));
	phase_status_free(st);
	/* Extended without a query: said the same way; at the end of the
	 * extension the certificate is due and no query is. */
	ev(c, EV_ARRIVAL_DECLARATION_EXTENSION, "2026-06-26");
	st = status(c, "2026-09-25");
	assert_true(warned(st, WARN_PHASE_NO_QUERY_AT_EXPIRY));
	assert_false(warned(st, WARN_PHASE_NO_ANSWER_AT_EXPIRY));
	assert_null(phase_status_action(st, ACTION_QUERY_PROSECUTOR));
	assert_non_null(phase_status_action(st,
	    ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	case_free(c);
}

/* 8.2: "signale la date à laquelle cette réponse est attendue": a query
 * without that date is warned while its answer is awaited, not once the
 * answer came. */
static void
test_8_2_missing_answer_date_warned_while_answer_awaited(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", NULL);
	answer(c, "2026-05-10", ANSWER_YES, ANSWER_UNKNOWN);
	st = status(c, "2026-05-09");
	assert_true(warned(st, WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE));
	phase_status_free(st);
	st = status(c, "2026-05-10");
	assert_false(warned(st, WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE));
	phase_status_free(st);
	case_free(c);
}

/* 8.3: "la déclaration ou la plainte a abouti à": a conviction before
 * any complaint is warned as such, saying the complaint recorded later
 * came after it (not that there is none). */
static void
test_8_3_ground_before_complaint_says_none_before_it(void **state)
{
	struct case_file *c = case_met();
	struct phase_status *st;

	ev(c, EV_ORDER_TO_LEAVE, "2026-03-02");
	ev(c, EV_CONVICTION, "2026-03-05");
	ev(c, EV_COMPLAINT, "2026-03-10");
	st = status(c, "2026-03-11");
	assert_true(warned(st, WARN_PHASE_GROUND_WITHOUT_COMPLAINT));
	assert_non_null(strstr(phase_warning_format(
	    WARN_PHASE_GROUND_WITHOUT_COMPLAINT), "before it"));
	assert_null(phase_status_action(st, ACTION_GRANT_INDEFINITE_RESIDENCE));
	phase_status_free(st);
	case_free(c);
}

/* Rule 1 (8.3): "investigation no" with a prosecution act is the case
 * going on in court; the status says so (answer_in_court), so that no
 * document says "yes to both questions". */
static void
test_8_3_answer_in_court_is_not_yes_to_both(void **state)
{
	struct case_file *c = case_declared();
	struct phase_status *st;

	query(c, "2026-04-01", "2026-05-15");
	answer(c, "2026-05-10", ANSWER_NO, ANSWER_YES);
	ev(c, EV_PROSECUTION, "2026-05-20")->act = ACT_SUMMONS;
	st = status(c, "2026-05-21");
	assert_true(st->answer_in_court);
	assert_non_null(phase_status_action(st,
	    ACTION_ISSUE_REGISTRATION_CERTIFICATE));
	phase_status_free(st);
	/* Yes and yes: not in court. */
	c->events[c->nevents - 2].investigation = ANSWER_YES;
	st = status(c, "2026-05-21");
	assert_false(st->answer_in_court);
	phase_status_free(st);
	case_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_8_3_certificate_action_says_more_than_three_months_usually_six),
		cmocka_unit_test(test_8_3_renewal_can_be_made_until_the_end_of_the_procedure),
		cmocka_unit_test(test_5_overdue_warning_quotes_the_whole_action),
		cmocka_unit_test(test_8_2_general_prosecutor_answer_not_said_simultaneous),
		cmocka_unit_test(test_8_2_centre_accompaniment_mandatory_in_phases_2_and_3),
		cmocka_unit_test(test_our_decision_warnings_of_rules_1_2_8_say_so),
		cmocka_unit_test(test_our_decision_answer_expected_15_days_before_expiry_by_default),
		cmocka_unit_test(test_8_2_general_prosecutor_answer_is_pending),
		cmocka_unit_test(test_8_2_query_due_at_once_late_only_after_month_before_expiry),
		cmocka_unit_test(test_8_2_answer_date_on_or_after_expiry_is_warned),
		cmocka_unit_test(test_8_3_conviction_on_appeal_is_warned_not_granted),
		cmocka_unit_test(test_8_3_no_grant_without_the_persons_complaint),
		cmocka_unit_test(test_our_decision_no_rights_once_the_document_expired),
		cmocka_unit_test(test_8_1_centre_accompaniment_from_phase_1_when_taken_on),
		cmocka_unit_test(test_8_3_work_permit_b_in_phase_4_too),
		cmocka_unit_test(test_our_decision_exclusion_reviewed_by_later_interception),
		cmocka_unit_test(test_4_office_informed_of_suspect_staying_illegally),
		cmocka_unit_test(test_8_3_certificate_of_three_months_or_less_is_warned),
		cmocka_unit_test(test_our_decision_minor_is_warned),
		cmocka_unit_test(test_our_convention_periods_count_as_judicial_code_52_54),
		cmocka_unit_test(test_8_2_query_without_declaration_is_flagged),
		cmocka_unit_test(test_8_2_answer_without_query_is_flagged),
		cmocka_unit_test(test_regime_toy_table_changes_periods_without_engine_change),
		cmocka_unit_test(test_regime_1997_2003_is_the_directives),
		cmocka_unit_test(test_5_3_suspect_is_excluded_with_no_leaflet_or_centre),
		cmocka_unit_test(test_5_1_victim_gets_leaflet_centre_and_office),
		cmocka_unit_test(test_5_2_uncertain_case_is_offered_centre_contact),
		cmocka_unit_test(test_5_2_centre_contact_without_consent_is_flagged),
		cmocka_unit_test(test_4_legal_stay_needs_no_office_notice),
		cmocka_unit_test(test_5_duties_done_leave_nothing_to_do),
		cmocka_unit_test(test_5_undone_duty_becomes_overdue),
		cmocka_unit_test(test_5_leaflet_in_a_language_the_person_does_not_read),
		cmocka_unit_test(test_8_1_order_to_leave_gives_45_days_and_social_aid),
		cmocka_unit_test(test_8_1_complaint_within_45_days_lets_centre_request_declaration),
		cmocka_unit_test(test_8_1_complaint_at_interception_counts),
		cmocka_unit_test(test_8_1_complaint_on_the_45th_day_is_in_time),
		cmocka_unit_test(test_8_1_complaint_after_45_days_is_flagged),
		cmocka_unit_test(test_8_1_reflection_ends_after_45_days_without_complaint),
		cmocka_unit_test(test_8_2_arrival_declaration_lasts_3_months_with_work_and_centre),
		cmocka_unit_test(test_8_2_office_queries_prosecutor_one_month_before_expiry),
		cmocka_unit_test(test_8_2_query_must_state_when_answer_is_expected),
		cmocka_unit_test(test_8_2_no_answer_by_the_date_goes_to_procureur_general),
		cmocka_unit_test(test_8_2_general_prosecutor_query_before_the_date_is_flagged),
		cmocka_unit_test(test_8_2_declaration_without_complaint_is_flagged),
		cmocka_unit_test(test_our_decision_negative_answer_keeps_document_until_expiry),
		cmocka_unit_test(test_8_3_investigation_ended_in_court_is_not_negative),
		cmocka_unit_test(test_8_3_no_answer_at_expiry_extends_once_and_keeps_warning),
		cmocka_unit_test(test_8_3_positive_answer_calls_for_registration_certificate),
		cmocka_unit_test(test_8_3_certificate_lasts_6_months_with_work_permit_b),
		cmocka_unit_test(test_8_3_certificate_renewal_continues_from_expiry),
		cmocka_unit_test(test_8_3_unclear_answer_extends_declaration_once),
		cmocka_unit_test(test_8_3_second_extension_is_warned_and_moves_nothing),
		cmocka_unit_test(test_8_3_extension_after_positive_answer_is_flagged),
		cmocka_unit_test(test_8_3_extended_declaration_ends_in_certificate_without_clear_answer),
		cmocka_unit_test(test_8_3_certificate_without_positive_answer_is_flagged),
		cmocka_unit_test(test_8_3_renewal_without_certificate_is_ignored),
		cmocka_unit_test(test_8_3_prosecution_lets_centre_request_indefinite_residence),
		cmocka_unit_test(test_8_3_first_instance_conviction_grants_indefinite_residence),
		cmocka_unit_test(test_8_3_requisitions_grant_only_with_significant_statement),
		cmocka_unit_test(test_8_3_indefinite_residence_is_phase_4_without_expiry),
		cmocka_unit_test(test_8_3_indefinite_residence_without_ground_is_flagged),
		cmocka_unit_test(test_return_and_withdrawal_end_the_procedure),
		cmocka_unit_test(test_events_after_the_date_are_not_counted),
		cmocka_unit_test(test_events_are_sorted_by_date_then_file_order),
		cmocka_unit_test(test_our_decision_events_of_one_day_in_procedure_order),
		cmocka_unit_test(test_order_to_leave_in_phase_2_is_ignored),
		cmocka_unit_test(test_empty_case_is_flagged),
		cmocka_unit_test(test_8_2_office_must_issue_declaration_centre_may_ask_without_deadline),
		cmocka_unit_test(test_our_decision_legal_stay_calls_for_no_declaration),
		cmocka_unit_test(test_our_decision_withdrawal_keeps_document_and_rights_until_expiry),
		cmocka_unit_test(test_8_2_general_prosecutor_answer_stays_pending_after_extension),
		cmocka_unit_test(test_8_2_query_no_longer_due_once_it_cannot_be_answered_in_time),
		cmocka_unit_test(test_8_2_missing_answer_date_warned_while_answer_awaited),
		cmocka_unit_test(test_8_3_ground_before_complaint_says_none_before_it),
		cmocka_unit_test(test_8_3_answer_in_court_is_not_yes_to_both),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
