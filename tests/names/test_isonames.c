/* test_isonames.c: country and language names in words, from iso-codes
 * (issue 13: "names of countries and languages in words, in the
 * document's language"; issue 11: the report names the leaflet's
 * language in words). */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "isonames.h"

static const char *
country(const char *lang, const char *code)
{
	static char buf[128];
	struct diag_list d = { 0 };
	struct isonames *n = isonames_new(lang);
	const char *s = isonames_country(n, code, &d);

	assert_int_equal(d.count, 0);
	snprintf(buf, sizeof(buf), "%s", s != NULL ? s : "(null)");
	isonames_free(n);
	diag_list_free(&d);
	return buf;
}

static const char *
language(const char *lang, const char *code)
{
	static char buf[128];
	struct diag_list d = { 0 };
	struct isonames *n = isonames_new(lang);
	const char *s = isonames_language(n, code, &d);

	assert_int_equal(d.count, 0);
	snprintf(buf, sizeof(buf), "%s", s != NULL ? s : "(null)");
	isonames_free(n);
	diag_list_free(&d);
	return buf;
}

/* The nationalities of the sample cases, in the three official languages. */
static void
test_country_in_official_languages(void **state)
{
	(void)state;
	assert_string_equal(country("fr", "NG"), "Nigeria");
	assert_string_equal(country("fr", "DE"), "Allemagne");
	assert_string_equal(country("nl", "NG"), "Nigeria");
	assert_string_equal(country("de", "RO"), "Rumänien");
	assert_string_equal(country("fr", "RO"), "Roumanie");
	assert_string_equal(country("nl", "CN"), "China");
	/* the common name where iso-codes has one */
	assert_string_equal(country("en", "VN"), "Vietnam");
	assert_string_equal(country("nl", "RO"), "Roemenië");
}

/* Codes written in lower case are the same codes. */
static void
test_country_code_case(void **state)
{
	(void)state;
	assert_string_equal(country("fr", "ro"), "Roumanie");
}

/* An unknown code has no name: the caller decides (NULL, no error). */
static void
test_country_unknown(void **state)
{
	(void)state;
	assert_string_equal(country("fr", "XQ"), "(null)");
	assert_string_equal(country("fr", ""), "(null)");
	assert_string_equal(country("fr", "NGA"), "(null)");
}

/* Languages by their 639-1 code, and by 639-3 where there is none. */
static void
test_language_names(void **state)
{
	(void)state;
	assert_string_equal(language("fr", "ar"), "arabe");
	assert_string_equal(language("nl", "ar"), "Arabisch");
	assert_string_equal(language("de", "ti"), "Tigrinja");
	assert_string_equal(language("en", "pcm"), "Nigerian Pidgin");
	assert_string_equal(language("en", "bin"), "Bini");
	assert_string_equal(language("fr", "xx"), "(null)");
}

/* A language iso-codes has no catalogue for: the English names. */
static void
test_no_catalogue_english(void **state)
{
	(void)state;
	assert_string_equal(country("zz", "NG"), "Nigeria");
}

/* Tables that cannot be read are an error (a missing package), never a
 * code printed where a word belongs. */
static void
test_missing_tables(void **state)
{
	struct diag_list d = { 0 };
	struct isonames *n;

	(void)state;
	setenv("THBDOC_ISOCODES_DIR", "/nonexistent-isocodes", 1);
	n = isonames_new("fr");
	assert_null(isonames_country(n, "NG", &d));
	assert_true(diag_list_errors(&d) > 0);
	isonames_free(n);
	diag_list_free(&d);
	unsetenv("THBDOC_ISOCODES_DIR");
}

/* A malformed table is refused as a whole. */
static void
test_malformed_table(void **state)
{
	const char *dir = "isonames-bad";
	struct diag_list d = { 0 };
	struct isonames *n;
	FILE *f;

	(void)state;
	mkdir(dir, 0700);
	mkdir("isonames-bad/json", 0700);
	f = fopen("isonames-bad/json/iso_3166-1.json", "w");
	assert_non_null(f);
	fputs("{ \"3166-1\": [ { \"alpha_2\": \"NG\", \"name\": \"Nig", f);
	fclose(f);
	setenv("THBDOC_ISOCODES_DIR", dir, 1);
	n = isonames_new("en");
	assert_null(isonames_country(n, "NG", &d));
	assert_true(diag_list_errors(&d) > 0);
	isonames_free(n);
	diag_list_free(&d);
	unsetenv("THBDOC_ISOCODES_DIR");
	remove("isonames-bad/json/iso_3166-1.json");
	rmdir("isonames-bad/json");
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_country_in_official_languages),
		cmocka_unit_test(test_country_code_case),
		cmocka_unit_test(test_country_unknown),
		cmocka_unit_test(test_language_names),
		cmocka_unit_test(test_no_catalogue_english),
		cmocka_unit_test(test_missing_tables),
		cmocka_unit_test(test_malformed_table),
	};

	unsetenv("THBDOC_ISOCODES_DIR");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
