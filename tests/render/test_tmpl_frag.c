/* test_tmpl_frag.c: the one reader of translated fragments (tmpl_frag.h):
 * what it keeps, and every way a fragment is refused. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "tmpl_frag.h"

static void
plain_text_and_signatures(void **state)
{
	struct tmpl_frag f;

	(void)state;
	assert_true(tmpl_frag_read("Call <strong>now</strong>: "
	    "<phone>112</phone>, <var name=\"name\"/> <em>or</em> "
	    "<phone>02 511 64 64</phone>", &f));
	assert_null(f.error);
	assert_non_null(f.doc);
	assert_string_equal(f.text, "Call now: 112,  or 02 511 64 64");
	assert_string_equal(f.markup, "<em>\n<phone>02 511 64 64</phone>\n"
	    "<phone>112</phone>\n<strong>\n");
	assert_string_equal(f.vars, "<var name=\"name\"/>\n");
	assert_string_equal(f.fixed, "phone 02 511 64 64\nphone 112\n"
	    "var name\n");
	tmpl_frag_free(&f);
}

/* The regression of issue 10, item 5. */
static void
markup_inside_phone_is_refused(void **state)
{
	struct tmpl_frag f;

	(void)state;
	assert_false(tmpl_frag_read("Sunați la <phone><strong>112</strong>"
	    "</phone>.", &f));
	assert_string_equal(f.error, "markup inside <phone>");
	tmpl_frag_free(&f);
	/* Around the number is fine. */
	assert_true(tmpl_frag_read("<strong><phone>112</phone></strong>", &f));
	tmpl_frag_free(&f);
}

static void
refusals(void **state)
{
	static const struct { const char *in, *why; } cases[] = {
		{ "a <b>b</b>", "unknown element <b>" },
		{ "<em class=\"x\">a</em>", "attribute on <em>" },
		{ "<var/>", "a <var> must be <var name=\"...\"/>" },
		{ "<var name=\"a\">x</var>", "a <var> must be <var name=\"...\"/>" },
		{ "<var name=\"a\" x=\"y\"/>", "a <var> must be <var name=\"...\"/>" },
	};
	struct tmpl_frag f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_false(tmpl_frag_read(cases[i].in, &f));
		assert_string_equal(f.error, cases[i].why);
		tmpl_frag_free(&f);
	}
}

static void
not_well_formed(void **state)
{
	struct tmpl_frag f;

	(void)state;
	assert_false(tmpl_frag_read("<em>a</strong>", &f));
	assert_null(f.doc);
	assert_non_null(strstr(f.error, "not well-formed: "));
	tmpl_frag_free(&f);
	/* libxml2 gives a tree for an undeclared prefix, with an error:
	 * not used either. */
	assert_false(tmpl_frag_read("<x:em>a</x:em>", &f));
	assert_non_null(strstr(f.error, "not well-formed: "));
	tmpl_frag_free(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_text_and_signatures),
		cmocka_unit_test(markup_inside_phone_is_refused),
		cmocka_unit_test(refusals),
		cmocka_unit_test(not_well_formed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
