/* test_case.c: the case reader: what it accepts, and the one clear
 * message (FILE:LINE) it gives for each kind of bad input. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "case.h"
#include "paths.h"

static struct case_reader *reader;

static int
setup(void **state)
{
	struct diag_list diags = { 0 };
	char *schema = paths_find("schema/case.xsd");

	if (schema == NULL)
		return -1;
	reader = case_reader_new(schema, &diags);
	free(schema);
	diag_list_free(&diags);
	return reader == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	case_reader_free(reader);
	return 0;
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

static struct case_file *
read_text(const char *text, struct diag_list *diags)
{
	return case_read_memory(reader, "t.xml", text, strlen(text), diags);
}

/* Read bad input: expect exactly one error, at LINE, containing WHAT. */
static void
assert_rejected(const char *text, int line, enum diag_code code,
    const char *what)
{
	struct diag_list diags = { 0 };
	struct case_file *c = read_text(text, &diags);

	assert_null(c);
	assert_int_equal(diags.count, 1);
	assert_int_equal(diags.items[0].severity, DIAG_ERROR);
	assert_int_equal(diags.items[0].code, code);
	assert_string_equal(diags.items[0].file, "t.xml");
	assert_int_equal(diags.items[0].line, line);
	if (strstr(diags.items[0].message, what) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"",
		    diags.items[0].message, what);
	diag_list_free(&diags);
}

static void
test_reads_a_full_case(void **state)
{
	struct diag_list diags = { 0 };
	struct case_file *c = read_text(HEAD
	    "<case id=\"X-1\" regime=\"1997-2003\" district=\"gent\">\n"
	    "  <person><name>Zoë Ĳssel‐Ó</name><birth-date>2001-02-03"
	    "</birth-date><language>ro</language><language>ru</language>"
	    "<nationality>RO</nationality></person>\n"
	    "  <events>\n"
	    "    <interception date=\"2026-01-05\" assessment=\"uncertain\""
	    " stay=\"precarious\" region=\"flanders\" district=\"gent\"/>\n"
	    "    <centre-contact date=\"2026-01-05\" centre=\"payoke\""
	    " consent=\"no\"/>\n"
	    "    <prosecutor-query date=\"2026-03-01\" addressee=\"auditeur\""
	    " answer-by=\"2026-04-01\"/>\n"
	    "    <registration-certificate date=\"2026-05-01\"/>\n"
	    "  </events>\n</case>\n", &diags);

	assert_non_null(c);
	assert_int_equal(diags.count, 0);
	assert_string_equal(c->id, "X-1");
	assert_string_equal(c->district, "gent");
	assert_string_equal(c->person.name, "Zoë Ĳssel‐Ó");
	assert_int_equal(c->person.nlanguages, 2);
	assert_string_equal(c->person.languages[1], "ru");
	assert_int_equal(c->nevents, 4);
	assert_int_equal(c->events[0].type, EV_INTERCEPTION);
	assert_int_equal(c->events[0].assessment, ASSESS_UNCERTAIN);
	assert_int_equal(c->events[0].stay, STAY_PRECARIOUS);
	assert_int_equal(c->events[0].region, REGION_FLANDERS);
	assert_int_equal(c->events[0].line, 5);
	assert_int_equal(c->events[1].consent, ANSWER_NO);
	assert_int_equal(c->events[2].addressee, ADDRESSEE_AUDITEUR);
	assert_true(c->events[2].answer_by > c->events[2].date);
	/* No months attribute: the regime's usual period (8.3: six). */
	assert_int_equal(c->events[3].months, 0);
	assert_ptr_equal(c->rules, regime_find("1997-2003"));
	assert_int_equal(c->rules->certificate.months, 6);
	case_free(c);
}

static void
test_malformed_xml_names_the_line(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<complaint date=\"2026-01-01\">\n</events>\n</case>\n",
	    5, ERR_XML_SYNTAX, "complaint");
}

static void
test_doctype_is_refused_before_any_entity_is_read(void **state)
{
	/* A billion laughs: must stop at the DOCTYPE. */
	assert_rejected(HEAD "<!DOCTYPE case [\n"
	    "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "]>\n<case id=\"&c;\" regime=\"1997-2003\"/>\n",
	    2, ERR_XML_DTD, "DOCTYPE");
	assert_rejected(HEAD "<!DOCTYPE case SYSTEM "
	    "\"http://example.invalid/case.dtd\">\n"
	    "<case id=\"X\" regime=\"1997-2003\"/>\n",
	    2, ERR_XML_DTD, "DOCTYPE");
}

static void
test_unknown_event_is_refused_with_the_expected_ones(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<arrest date=\"2026-01-01\"/>\n</events>\n</case>\n",
	    4, ERR_CASE_SCHEMA, "arrest");
}

static void
test_missing_attribute_is_named(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<interception date=\"2026-01-01\" stay=\"illegal\""
	    " region=\"brussels\"/>\n</events>\n</case>\n",
	    4, ERR_CASE_SCHEMA, "assessment");
}

static void
test_bad_value_lists_the_allowed_ones(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<centre-contact date=\"2026-01-01\" centre=\"caritas\"/>"
	    "\n</events>\n</case>\n", 4, ERR_CASE_SCHEMA, "payoke");
}

static void
test_impossible_dates_are_refused(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n\n<complaint date=\"2003-02-30\"/>\n</events>\n</case>\n",
	    5, ERR_CASE_DATE_RANGE, "2003-02-30");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<complaint date=\"9999-99-99\"/>\n</events>\n</case>\n",
	    4, ERR_CASE_DATE_RANGE, "9999-99-99");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<complaint date=\"1 May 2026\"/>\n</events>\n</case>\n",
	    4, ERR_CASE_SCHEMA, "date");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><birth-date>2001-02-29</birth-date></person>\n</case>\n",
	    3, ERR_CASE_PERSON_DATE, "birth-date");
}

/* Review of session 5, point 5: the procedure began with the directives
 * of 13 January 1997; a person is not born after the case's first event,
 * nor more than CASE_MAX_AGE_YEARS before it.  The web forms apply the
 * same rule (case_date_in_procedure()). */
static void
test_absurd_dates_are_refused(void **state)
{
	struct diag_list diags = { 0 };
	struct case_file *c;

	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<complaint date=\"1996-12-31\"/>\n</events>\n"
	    "</case>\n", 4, ERR_CASE_DATE_EARLY, "1996-12-31");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<prosecutor-query date=\"2026-05-01\""
	    " addressee=\"procureur\" answer-by=\"1996-04-01\"/>\n"
	    "</events>\n</case>\n", 4, ERR_CASE_DATE_EARLY, "answer-by");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person>\n<birth-date>2026-05-02</birth-date></person>\n"
	    "<events>\n<complaint date=\"2026-05-01\"/>\n</events>\n"
	    "</case>\n", 4, ERR_CASE_BIRTH_AFTER, "birth-date");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><birth-date>1905-04-30</birth-date></person>\n"
	    "<events>\n<complaint date=\"2026-05-01\"/>\n</events>\n"
	    "</case>\n", 3, ERR_CASE_BIRTH_AGE, "120");
	/* The limits themselves are accepted: 120 years exactly, born on
	 * the day of the first event, an event on the first day of 1997. */
	c = read_text(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><birth-date>1906-05-01</birth-date></person>\n"
	    "<events>\n<complaint date=\"2026-05-01\"/>\n</events>\n"
	    "</case>\n", &diags);
	assert_non_null(c);
	assert_int_equal(diags.count, 0);
	case_free(c);
	c = read_text(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><birth-date>1997-01-01</birth-date></person>\n"
	    "<events>\n<complaint date=\"2026-05-01\"/>\n"
	    "<complaint date=\"1997-01-01\"/>\n</events>\n</case>\n",
	    &diags);
	assert_non_null(c);
	assert_int_equal(diags.count, 0);
	case_free(c);
}

static void
test_answer_date_before_query_is_refused(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<events>\n<prosecutor-query date=\"2026-05-01\""
	    " addressee=\"procureur\" answer-by=\"2026-04-01\"/>\n"
	    "</events>\n</case>\n", 4, ERR_CASE_DATE_ORDER, "answer-by");
}

static void
test_other_regime_is_refused(void **state)
{
	assert_rejected(HEAD "<case id=\"X\" regime=\"2016\">\n</case>\n",
	    2, ERR_CASE_REGIME, "2016");
}

static void
test_wrong_root_and_duplicates(void **state)
{
	assert_rejected(HEAD "<dossier id=\"X\"/>\n", 2, ERR_XML_ROOT,
	    "dossier");
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><name>A</name>\n<name>B</name></person>\n</case>\n",
	    4, ERR_CASE_DUPLICATE, "name");
}

static void
test_nul_byte_and_invalid_utf8(void **state)
{
	static const char nul[] = HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><name>A\0B</name></person></case>\n";
	struct diag_list diags = { 0 };

	assert_null(case_read_memory(reader, "t.xml", nul, sizeof(nul) - 1,
	    &diags));
	assert_int_equal(diags.count, 1);
	assert_int_equal(diags.items[0].code, ERR_FILE_NUL);
	assert_int_equal(diags.items[0].line, 3);
	diag_list_free(&diags);
	assert_rejected(HEAD "<case id=\"X\" regime=\"1997-2003\">\n"
	    "<person><name>\xc3\x28</name></person></case>\n", 3,
	    ERR_XML_SYNTAX, "UTF-8");
}

static void
test_bidi_override_in_a_name_is_flagged_not_shown(void **state)
{
	struct diag_list diags = { 0 };
	struct case_file *c = read_text(HEAD
	    "<case id=\"X\" regime=\"1997-2003\">\n<person>\n"
	    "<name>Maria \xe2\x80\xae" "axoS\xe2\x80\xac</name>\n"
	    "<office-ref>OE \xe2\x81\xa7" "12\xe2\x81\xa9</office-ref>"
	    "</person>\n</case>\n", &diags);

	assert_non_null(c);	/* a warning: the case is still read */
	assert_int_equal(diags.count, 2);
	assert_int_equal(diags.items[0].code, WARN_CASE_BIDI_CONTROL);
	assert_int_equal(diags.items[0].severity, DIAG_WARNING);
	assert_int_equal(diags.items[0].line, 4);
	assert_null(strstr(diags.items[0].message, "axoS"));
	assert_int_equal(diags.items[1].line, 5);
	diag_list_free(&diags);
	case_free(c);
}

static void
test_deep_nesting_is_refused(void **state)
{
	struct diag_list diags = { 0 };
	char *text;
	size_t i, n = 100000;
	char *p;

	text = malloc(n * 7 + 200);
	p = text + sprintf(text, HEAD "<case id=\"X\" regime=\"1997-2003\">");
	for (i = 0; i < n; i++)
		p += sprintf(p, "<a>");
	strcpy(p, "</case>");
	assert_null(read_text(text, &diags));
	assert_int_equal(diags.count, 1);
	assert_int_equal(diags.items[0].code, ERR_XML_SYNTAX);
	diag_list_free(&diags);
	free(text);
}

/* One table of the case file's words (review duplicate: the web's
 * timeline had its own copies): every value the reader knows has its
 * word, absent is "", and a name that is no choice has none. */
static void
test_case_value_name_is_the_readers_table(void **state)
{
	(void)state;
	assert_string_equal(case_value_name("assessment", ASSESS_SUSPECT),
	    "suspect");
	assert_string_equal(case_value_name("stay", STAY_PRECARIOUS),
	    "precarious");
	assert_string_equal(case_value_name("consent", ANSWER_UNKNOWN),
	    "unknown");
	assert_string_equal(case_value_name("statement-significant",
	    ANSWER_YES), "yes");
	assert_string_equal(case_value_name("addressee", ADDRESSEE_AUDITEUR),
	    "auditeur");
	assert_string_equal(case_value_name("act", ACT_INTERNMENT),
	    "internment");
	assert_string_equal(case_value_name("centre", CENTRE_NONE), "");
	assert_null(case_value_name("act", ACT_INTERNMENT + 1));
	assert_null(case_value_name("police", 1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reads_a_full_case),
		cmocka_unit_test(test_malformed_xml_names_the_line),
		cmocka_unit_test(test_doctype_is_refused_before_any_entity_is_read),
		cmocka_unit_test(test_unknown_event_is_refused_with_the_expected_ones),
		cmocka_unit_test(test_missing_attribute_is_named),
		cmocka_unit_test(test_bad_value_lists_the_allowed_ones),
		cmocka_unit_test(test_impossible_dates_are_refused),
		cmocka_unit_test(test_absurd_dates_are_refused),
		cmocka_unit_test(test_answer_date_before_query_is_refused),
		cmocka_unit_test(test_other_regime_is_refused),
		cmocka_unit_test(test_wrong_root_and_duplicates),
		cmocka_unit_test(test_nul_byte_and_invalid_utf8),
		cmocka_unit_test(test_bidi_override_in_a_name_is_flagged_not_shown),
		cmocka_unit_test(test_deep_nesting_is_refused),
		cmocka_unit_test(test_case_value_name_is_the_readers_table),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
