/* test_date.c: dates and the periods of the Judicial Code (arts. 52-54),
 * as the directives' deadlines use them. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "date.h"

static date_day
d(const char *s)
{
	date_day t = DATE_DAY_NONE;

	assert_int_equal(date_parse(s, &t), DATE_OK);
	return t;
}

static void
assert_date(date_day t, const char *expected)
{
	char buf[DATE_STRLEN];

	date_format(t, buf);
	assert_string_equal(buf, expected);
}

static void
test_parse_accepts_real_days(void **state)
{
	assert_date(d("2003-04-17"), "2003-04-17");
	assert_date(d("2024-02-29"), "2024-02-29");	/* leap year */
	assert_date(d("2000-02-29"), "2000-02-29");	/* divisible by 400 */
	assert_date(d("1900-01-01"), "1900-01-01");
	assert_date(d("9899-12-31"), "9899-12-31");
}

static void
test_parse_rejects_days_that_do_not_exist(void **state)
{
	date_day t;

	assert_int_equal(date_parse("2003-02-30", &t), DATE_RANGE);
	assert_int_equal(date_parse("2023-02-29", &t), DATE_RANGE);
	assert_int_equal(date_parse("1900-02-29", &t), DATE_RANGE);
	assert_int_equal(date_parse("9999-99-99", &t), DATE_RANGE);
	/* Issue 14: a period from a date past 9899 could end past 9999
	 * and print as year 0000. */
	assert_int_equal(date_parse("9900-01-01", &t), DATE_RANGE);
	assert_int_equal(date_parse("9999-12-31", &t), DATE_RANGE);
	assert_int_equal(date_parse("2003-13-01", &t), DATE_RANGE);
	assert_int_equal(date_parse("2003-00-10", &t), DATE_RANGE);
	assert_int_equal(date_parse("2003-04-31", &t), DATE_RANGE);
	assert_int_equal(date_parse("1899-12-31", &t), DATE_RANGE);
}

static void
test_parse_rejects_other_forms(void **state)
{
	date_day t;

	assert_int_equal(date_parse("2003-4-17", &t), DATE_SYNTAX);
	assert_int_equal(date_parse("17/04/2003", &t), DATE_SYNTAX);
	assert_int_equal(date_parse("2003-04-17Z", &t), DATE_SYNTAX);
	assert_int_equal(date_parse("", &t), DATE_SYNTAX);
	assert_int_equal(date_parse("２００３-04-17", &t), DATE_SYNTAX);
}

static void
test_day_numbers_round_trip(void **state)
{
	date_day t, start = d("1900-01-01"), end = d("2100-12-31");
	int y, m, dd, py = 1899, pm = 12, pd = 31;

	for (t = start; t <= end; t++) {
		date_to_ymd(t, &y, &m, &dd);
		assert_int_equal(date_from_ymd(y, m, dd), t);
		/* each day follows the one before */
		if (dd == 1)
			assert_int_equal(pd, date_days_in_month(py, pm));
		else
			assert_int_equal(dd, pd + 1);
		py = y, pm = m, pd = dd;
	}
}

/* Art. 52: the day of the act is not counted; 45 days from D end on
 * D + 45 (point 8.1). */
static void
test_days_period_excludes_day_of_act(void **state)
{
	assert_date(date_days_end(d("2026-11-05"), 45), "2026-12-20");
	assert_date(date_days_end(d("2024-01-20"), 45), "2024-03-05");
	assert_date(date_days_end(d("2023-01-20"), 45), "2023-03-06");
	assert_date(date_days_end(d("2026-12-31"), 45), "2027-02-14");
}

/* Art. 54: from a day of the month to the eve of the same day. */
static void
test_months_period_ends_on_eve(void **state)
{
	assert_date(date_months_end(d("2026-05-20"), 3), "2026-08-19");
	assert_date(date_months_end(d("2026-03-01"), 3), "2026-05-31");
	assert_date(date_months_end(d("2026-11-15"), 3), "2027-02-14");
	assert_date(date_months_end(d("2026-01-01"), 6), "2026-06-30");
	assert_date(date_months_end(d("2026-10-31"), 6), "2027-04-30");
}

/* When the target month has no such day, the period ends on its last
 * day: 3 months from 30 November end on 28 or 29 February. */
static void
test_months_period_clamps_to_month_end(void **state)
{
	assert_date(date_months_end(d("2023-11-30"), 3), "2024-02-29");
	assert_date(date_months_end(d("2022-11-30"), 3), "2023-02-28");
	assert_date(date_months_end(d("2026-01-31"), 1), "2026-02-28");
	assert_date(date_months_end(d("2024-01-31"), 1), "2024-02-29");
	assert_date(date_months_end(d("2026-08-31"), 3), "2026-11-30");
	assert_date(date_months_end(d("2024-02-29"), 12), "2025-02-28");
}

/* "One month before" a date: the same day of the previous month,
 * clamped (point 8.2: the query at the latest one month before). */
static void
test_month_before(void **state)
{
	assert_date(date_months_before(d("2026-08-19"), 1), "2026-07-19");
	assert_date(date_months_before(d("2026-03-31"), 1), "2026-02-28");
	assert_date(date_months_before(d("2024-03-31"), 1), "2024-02-29");
	assert_date(date_months_before(d("2026-01-15"), 1), "2025-12-15");
	assert_date(date_months_before(d("2026-05-31"), 1), "2026-04-30");
}

/* A work list (thbdoc due, the web work list, /api/due): a due date
 * first, the earlier first; an action with no deadline last. */
static void
test_due_order_puts_no_date_last(void **state)
{
	assert_true(date_cmp_due(d("2026-03-01"), d("2026-03-02")) < 0);
	assert_true(date_cmp_due(d("2026-03-02"), d("2026-03-01")) > 0);
	assert_int_equal(date_cmp_due(d("2026-03-01"), d("2026-03-01")), 0);
	assert_true(date_cmp_due(d("2099-12-31"), DATE_DAY_NONE) < 0);
	assert_true(date_cmp_due(DATE_DAY_NONE, d("2000-01-01")) > 0);
	assert_int_equal(date_cmp_due(DATE_DAY_NONE, DATE_DAY_NONE), 0);
}

static void
assert_words(const char *iso, const char *lang, const char *expected)
{
	char *words = date_words(d(iso), lang);

	assert_string_equal(words, expected);
	free(words);
}

/* Issue 13, item 6: a date in the person's text as their language writes
 * it (CLDR through ICU), in the Gregorian calendar and Latin digits. */
static void
test_words_in_the_language(void **state)
{
	assert_words("2026-12-10", "fr", "10 d\xc3\xa9" "cembre 2026");
	assert_words("2026-12-10", "nl", "10 december 2026");
	assert_words("2026-12-10", "de", "10. Dezember 2026");
	assert_words("2026-12-10", "es", "10 de diciembre de 2026");
	/* U+202F before the abbreviation of "year". */
	assert_words("2026-12-10", "ru",
	    "10 \xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f"
	    " 2026\xe2\x80\xaf\xd0\xb3.");
	assert_words("2026-12-10", "ar",
	    "10 \xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1 2026");
	assert_words("2026-12-10", "zh",
	    "2026\xe5\xb9\xb4" "12\xe6\x9c\x88" "10\xe6\x97\xa5");
	/* Gregorian: 2026, not the Buddhist era's 2569. */
	assert_words("2026-12-10", "th",
	    "10 \xe0\xb8\x98\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\xa7"
	    "\xe0\xb8\xb2\xe0\xb8\x84\xe0\xb8\xa1 2026");
	/* Gregorian: not the Persian calendar's 19 Azar 1405. */
	assert_words("2026-12-10", "fa",
	    "10 \xd8\xaf\xd8\xb3\xd8\xa7\xd9\x85\xd8\xa8\xd8\xb1 2026");
	/* English: international, the day first, as the documents'
	 * English writes dates. */
	assert_words("2026-12-10", "en", "10 December 2026");
	/* Tagalog: ICU's Filipino. */
	assert_words("2026-02-28", "tl", "Pebrero 28, 2026");
}

/* French writes the first of the month as an ordinal, as the official
 * documents do (po/fr.po); CLDR does not. */
static void
test_words_french_first_of_month(void **state)
{
	assert_words("2026-12-01", "fr", "1er d\xc3\xa9" "cembre 2026");
	assert_words("2027-01-01", "fr", "1er janvier 2027");
	assert_words("2026-12-01", "nl", "1 december 2026");
}

/* A language ICU does not know (Edo) is written in international
 * English, whatever the process's locale: never ISO, never 12/10. */
static void
test_words_unknown_language(void **state)
{
	assert_false(date_words_known("bin"));
	assert_false(date_words_known("qaa"));
	assert_false(date_words_known("not a tag"));
	assert_true(date_words_known("tl"));
	assert_true(date_words_known("pcm"));
	assert_words("2026-12-10", "bin", "10 December 2026");
	assert_words("2026-12-10", "qaa", "10 December 2026");
	assert_words("2026-12-10", "", "10 December 2026");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_accepts_real_days),
		cmocka_unit_test(test_parse_rejects_days_that_do_not_exist),
		cmocka_unit_test(test_parse_rejects_other_forms),
		cmocka_unit_test(test_day_numbers_round_trip),
		cmocka_unit_test(test_days_period_excludes_day_of_act),
		cmocka_unit_test(test_months_period_ends_on_eve),
		cmocka_unit_test(test_months_period_clamps_to_month_end),
		cmocka_unit_test(test_month_before),
		cmocka_unit_test(test_due_order_puts_no_date_last),
		cmocka_unit_test(test_words_in_the_language),
		cmocka_unit_test(test_words_french_first_of_month),
		cmocka_unit_test(test_words_unknown_language),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
