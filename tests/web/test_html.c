/* test_html.c: the one HTML writer escapes by construction. */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "html.h"

static void
text_is_escaped(void **state)
{
	struct html h = { 0 };

	html(&h, "<p title=\"%s\">%s</p>", "a\"b'c", "<script>&</script>");
	assert_string_equal(html_str(&h), "<p title=\"a&quot;b&#39;c\">"
	    "&lt;script&gt;&amp;&lt;/script&gt;</p>");
	html_free(&h);
}

static void
url_is_encoded(void **state)
{
	struct html h = { 0 };

	html(&h, "<a href=\"/cases/%u\">", "A/B ?&\"<");
	assert_string_equal(html_str(&h),
	    "<a href=\"/cases/A%2FB%20%3F%26%22%3C\">");
	html_free(&h);
}

static void
numbers_and_literals(void **state)
{
	struct html h = { 0 };

	html(&h, "%d %z 100%% <option%?{ selected}>%s</option>"
	    "<b%?{ hidden}>", -3, (size_t)7, 1, (const char *)NULL, 0);
	assert_string_equal(html_str(&h), "-3 7 100% <option selected>"
	    "</option><b>");
	html_free(&h);
}

static void
utf8_passes_through(void **state)
{
	struct html h = { 0 };

	html(&h, "%s", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9");
	assert_string_equal(html_str(&h),
	    "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9");
	html_free(&h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_is_escaped),
		cmocka_unit_test(url_is_encoded),
		cmocka_unit_test(numbers_and_literals),
		cmocka_unit_test(utf8_passes_through),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
