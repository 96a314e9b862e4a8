/* test_harden.c: the process-wide protections and the text helpers of
 * issue 14 (hardening, round 2), one test per fault. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cmocka.h>

#include "catalog.h"
#include "date.h"
#include "paths.h"
#include "util.h"

/* 14.5: a core of a run would hold the names it read. */
static void
no_core_dump(void **state)
{
	struct rlimit rl;

	(void)state;
	util_process_protect();
	assert_int_equal(getrlimit(RLIMIT_CORE, &rl), 0);
	assert_int_equal(rl.rlim_cur, 0);
	assert_int_equal(rl.rlim_max, 0);
	assert_int_equal(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

/* 14.6: one-line fields. */
static void
one_line(void **state)
{
	static const struct {
		const char	*in, *out;
		enum util_line	 r;
	} t[] = {
		{ "Ion Popescu", "Ion Popescu", UTIL_LINE_OK },
		{ "\n   Ion Popescu\n", "Ion Popescu", UTIL_LINE_OK },
		{ "Ion\t\tPopescu", "Ion Popescu", UTIL_LINE_FOLDED },
		{ "Ion   Popescu", "Ion Popescu", UTIL_LINE_FOLDED },
		{ "Ion\nDate de naissance", NULL, UTIL_LINE_BROKEN },
		{ "Ion\rX", NULL, UTIL_LINE_BROKEN },
		{ "Ion\xc2\x85X", NULL, UTIL_LINE_BROKEN },	/* NEL */
		{ "Ion\xe2\x80\xa8X", NULL, UTIL_LINE_BROKEN },	/* U+2028 */
		{ "Ion\x1b[2JX", NULL, UTIL_LINE_BROKEN },
		{ "Ion\xc2\x9bX", NULL, UTIL_LINE_BROKEN },	/* CSI */
		{ "  \t ", "", UTIL_LINE_BLANK },
		{ "", "", UTIL_LINE_BLANK },
		{ "Łukasz Żółć", "Łukasz Żółć", UTIL_LINE_OK },
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		s = xstrdup(t[i].in);
		assert_int_equal(util_one_line(s), t[i].r);
		if (t[i].out != NULL)
			assert_string_equal(s, t[i].out);
		else
			assert_string_equal(s, t[i].in);
		free(s);
	}
}

/* 14.10: an empty entry of a search list is no folder (it was "/"). */
static void
empty_path_entry(void **state)
{
	char *p;

	(void)state;
	setenv("THB_TEST_PATH", ":", 1);
	p = paths_search("THB_TEST_PATH", "/nonexistent", "etc/passwd");
	assert_null(p);
	setenv("THB_TEST_PATH", "/nonexistent::", 1);
	p = paths_search("THB_TEST_PATH", "/nonexistent", "etc/passwd");
	assert_null(p);
	/* Only a regular file is found: not a folder, not a device. */
	setenv("THB_TEST_PATH", "/", 1);
	assert_null(paths_search("THB_TEST_PATH", "/nonexistent", "etc"));
	assert_null(paths_search("THB_TEST_PATH", "/nonexistent",
	    "dev/null"));
	p = paths_search("THB_TEST_PATH", "/nonexistent", "etc/passwd");
	assert_non_null(p);
	free(p);
	unsetenv("THB_TEST_PATH");
}

/* 14.10: a day past 9999 never prints as year 0000. */
static void
date_past_9999(void **state)
{
	char buf[DATE_STRLEN];

	(void)state;
	date_format(date_from_ymd(10000, 2, 14), buf);
	assert_string_equal(buf, "?\?\?\?-?\?-?\?");
	date_format(date_from_ymd(9999, 12, 31), buf);
	assert_string_equal(buf, "9999-12-31");
}

/* 14.4: a translation's conversions against its source. */
static void
formats_match(void **state)
{
	(void)state;
	assert_true(catalog_formats_match("Case %s (%s)", "Dossier %s (%s)"));
	assert_true(catalog_formats_match("%s: %zu strings", "%s : %zu"));
	assert_true(catalog_formats_match("%s and %s", "%2$s et %1$s"));
	assert_true(catalog_formats_match("%d days", "zile"));	/* fewer */
	assert_true(catalog_formats_match("100%", "100 %"));
	assert_true(catalog_formats_match("45% of", "45 % des"));
	assert_false(catalog_formats_match("Case %s", "Dossier %d"));
	assert_false(catalog_formats_match("Case %s", "Dossier %s %s"));
	assert_false(catalog_formats_match("%d days", "%s zile"));
	assert_false(catalog_formats_match("%s and %d", "%2$s"));
	assert_false(catalog_formats_match("Rights", "Droits %s"));
	assert_false(catalog_formats_match("Rights", "Droits %n"));
	assert_false(catalog_formats_match("%s", "%*s"));
	assert_false(catalog_formats_match("%s", "%n"));
	assert_false(catalog_formats_match("%zu", "%d"));
}

/* 14.4: plural formulas, tried before glibc evaluates them. */
static void
plural_formulas(void **state)
{
	(void)state;
	assert_null(catalog_plural_check("Language: fr\n"));
	assert_null(catalog_plural_check(
	    "Plural-Forms: nplurals=2; plural=(n > 1);\n"));
	assert_null(catalog_plural_check("Plural-Forms: nplurals=3; "
	    "plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || "
	    "n%100>=20) ? 1 : 2);\n"));
	assert_null(catalog_plural_check(
	    "Plural-Forms: nplurals=1; plural=0;\n"));
	assert_non_null(catalog_plural_check(
	    "Plural-Forms: nplurals=2; plural=(n / (n - n));\n"));
	assert_non_null(catalog_plural_check(
	    "Plural-Forms: nplurals=2; plural=n % 0;\n"));
	/* && and || do not hide a division by zero for some n. */
	assert_non_null(catalog_plural_check(
	    "Plural-Forms: nplurals=2; plural=n > 5 && 10 / (n - 7);\n"));
	assert_non_null(catalog_plural_check(
	    "Plural-Forms: nplurals=2; plural=n;\n"));	/* form 2+ */
	assert_non_null(catalog_plural_check(
	    "Plural-Forms: nplurals=2; plural=(n > 1;\n"));
	assert_non_null(catalog_plural_check(
	    "Plural-Forms: nplurals=0; plural=0;\n"));
	assert_non_null(catalog_plural_check("Plural-Forms: nplurals=2; "
	    "plural=((((((((((((((((((((((((((((((((((((((((((((((((((((((("
	    "((((((((((((((n))))))))))))))))))))))))))))))))))))))))))))))"
	    ")))))))))))))))))))))))));\n"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_core_dump),
		cmocka_unit_test(one_line),
		cmocka_unit_test(empty_path_entry),
		cmocka_unit_test(date_past_9999),
		cmocka_unit_test(formats_match),
		cmocka_unit_test(plural_formulas),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
