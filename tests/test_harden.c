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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(no_core_dump),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
