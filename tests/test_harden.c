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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_core_dump),
		cmocka_unit_test(one_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
