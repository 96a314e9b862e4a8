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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_core_dump),
		cmocka_unit_test(one_line),
		cmocka_unit_test(empty_path_entry),
		cmocka_unit_test(date_past_9999),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
