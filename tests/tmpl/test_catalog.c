/* test_catalog.c: the .mo reader, on catalogues written here byte by
 * byte (the GNU MO layout of the gettext manual), good and hostile. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "catalog.h"
#include "util.h"

struct entry {
	const char	*orig;		/* may contain \004 (context) */
	const char	*trans;
};

static void
put32(struct sbuf *b, size_t at, uint32_t v, int swap)
{
	if (swap)
		v = (v >> 24) | ((v >> 8) & 0xff00U) | ((v << 8) & 0xff0000U) |
		    (v << 24);
	memcpy(b->data + at, &v, 4);
}

/* A .mo image of entries (given sorted, as msgfmt sorts them). */
static struct sbuf
make_mo(const struct entry *e, size_t n, int swap)
{
	struct sbuf b = { 0 };
	size_t otab = 28, ttab = 28 + 8 * n, strings = 28 + 16 * n, i;
	size_t at;

	sbuf_addn(&b, "", 0);
	for (i = 0; i < strings; i++)
		sbuf_addc(&b, '\0');
	put32(&b, 0, 0x950412deU, swap);
	put32(&b, 4, 0, swap);
	put32(&b, 8, (uint32_t)n, swap);
	put32(&b, 12, (uint32_t)otab, swap);
	put32(&b, 16, (uint32_t)ttab, swap);
	put32(&b, 20, 0, swap);
	put32(&b, 24, 0, swap);
	for (i = 0; i < n; i++) {
		at = b.len;
		sbuf_addn(&b, e[i].orig, strlen(e[i].orig) + 1);
		put32(&b, otab + 8 * i, (uint32_t)strlen(e[i].orig), swap);
		put32(&b, otab + 8 * i + 4, (uint32_t)at, swap);
		at = b.len;
		sbuf_addn(&b, e[i].trans, strlen(e[i].trans) + 1);
		put32(&b, ttab + 8 * i, (uint32_t)strlen(e[i].trans), swap);
		put32(&b, ttab + 8 * i + 4, (uint32_t)at, swap);
	}
	return b;
}

static const struct entry sample[] = {
	{ "", "Project-Id-Version: thbdoc\nLanguage: fr\n"
	    "Content-Type: text/plain; charset=UTF-8\n"
	    "X-Review-Status: draft\n" },
	{ "Call a centre", "Appelez un centre" },
	{ "Empty", "" },
	{ "If you are a <em>victim</em>", "Si vous êtes une <em>victime</em>" },
	{ "leaflet heading\004Going home", "Rentrer chez soi" },
};

static struct catalog *
open_image(struct sbuf *b, struct diag_list *diags)
{
	struct catalog *c = catalog_open_memory("test.mo", b->data, b->len,
	    diags);

	sbuf_free(b);
	return c;
}

static void
check_sample(int swap)
{
	struct diag_list diags = { 0 };
	struct sbuf b = make_mo(sample, 5, swap);
	struct catalog *c = open_image(&b, &diags);
	char *v;

	assert_non_null(c);
	assert_int_equal(diags.count, 0);
	assert_string_equal(catalog_lookup(c, NULL, "Call a centre"),
	    "Appelez un centre");
	assert_string_equal(catalog_lookup(c, NULL,
	    "If you are a <em>victim</em>"),
	    "Si vous êtes une <em>victime</em>");
	assert_string_equal(catalog_lookup(c, "leaflet heading",
	    "Going home"), "Rentrer chez soi");
	/* The context is part of the key. */
	assert_null(catalog_lookup(c, NULL, "Going home"));
	assert_null(catalog_lookup(c, "other", "Call a centre"));
	/* An empty msgstr is "not translated"; so is the header. */
	assert_null(catalog_lookup(c, NULL, "Empty"));
	assert_null(catalog_lookup(c, NULL, ""));
	assert_null(catalog_lookup(c, NULL, "Absent"));
	assert_int_equal(catalog_count(c), 3);
	v = catalog_header_field(c, "X-Review-Status");
	assert_string_equal(v, "draft");
	free(v);
	v = catalog_header_field(c, "Language");
	assert_string_equal(v, "fr");
	free(v);
	assert_null(catalog_header_field(c, "Lang"));
	catalog_free(c);
	diag_list_free(&diags);
}

static void
test_lookup_little_endian(void **state)
{
	check_sample(0);
}

/* msgfmt writes the host's byte order; a catalogue made on another
 * machine must read the same. */
static void
test_lookup_swapped_byte_order(void **state)
{
	check_sample(1);
}

static void
expect_rejected(struct sbuf *b, const char *why)
{
	struct diag_list diags = { 0 };
	struct catalog *c = open_image(b, &diags);

	assert_null(c);
	assert_int_equal(diags.count, 1);
	assert_int_equal(diags.items[0].code, ERR_CATALOG_FORMAT);
	assert_non_null(strstr(diags.items[0].message, why));
	diag_list_free(&diags);
}

static void
test_rejects_bad_magic(void **state)
{
	struct sbuf b = make_mo(sample, 5, 0);

	b.data[0] ^= 0x55;
	expect_rejected(&b, "bad magic number");
}

static void
test_rejects_truncated_file(void **state)
{
	struct sbuf b = make_mo(sample, 5, 0);

	b.len = 20;
	expect_rejected(&b, "too short");
	b = make_mo(sample, 5, 0);
	b.len -= 10;	/* the last translation is cut */
	expect_rejected(&b, "out of bounds");
}

static void
test_rejects_offsets_out_of_bounds(void **state)
{
	struct sbuf b = make_mo(sample, 5, 0);

	put32(&b, 28 + 8 * 2 + 4, 0xfffffff0U, 0);
	expect_rejected(&b, "out of bounds");
	b = make_mo(sample, 5, 0);
	put32(&b, 8, 0x7fffffffU, 0);	/* count far beyond the file */
	expect_rejected(&b, "larger than the file");
	b = make_mo(sample, 5, 0);
	put32(&b, 12, 0xfffffff8U, 0);	/* table offset wraps around */
	expect_rejected(&b, "out of bounds");
}

static void
test_rejects_missing_nul(void **state)
{
	struct sbuf b = make_mo(sample, 5, 0);
	uint32_t len;

	/* Claim one byte more for "Call a centre": the NUL is not where
	 * the length says. */
	memcpy(&len, b.data + 28 + 8, 4);
	put32(&b, 28 + 8, len + 1, 0);
	expect_rejected(&b, "out of bounds");
}

static void
test_rejects_unsorted(void **state)
{
	const struct entry unsorted[] = {
		{ "b", "B" }, { "a", "A" }
	};
	struct sbuf b = make_mo(unsorted, 2, 0);

	expect_rejected(&b, "not sorted");
}

static void
test_rejects_other_charset(void **state)
{
	const struct entry latin1[] = {
		{ "", "Content-Type: text/plain; charset=ISO-8859-1\n" },
		{ "a", "A" }
	};
	struct sbuf b = make_mo(latin1, 2, 0);

	expect_rejected(&b, "UTF-8");
}

static void
test_open_missing_file(void **state)
{
	struct diag_list diags = { 0 };

	assert_null(catalog_open("/nonexistent/thbdoc.mo", &diags));
	assert_int_equal(diags.count, 1);
	assert_int_equal(diags.items[0].code, ERR_FILE_OPEN);
	diag_list_free(&diags);
}

/* A language code becomes a path component: nothing else gets through. */
static void
test_path_refuses_path_characters(void **state)
{
	assert_null(catalog_path("../etc", CATALOG_PROGRAM));
	assert_null(catalog_path("fr/../../x", CATALOG_PROGRAM));
	assert_null(catalog_path("", CATALOG_PROGRAM));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup_little_endian),
		cmocka_unit_test(test_lookup_swapped_byte_order),
		cmocka_unit_test(test_rejects_bad_magic),
		cmocka_unit_test(test_rejects_truncated_file),
		cmocka_unit_test(test_rejects_offsets_out_of_bounds),
		cmocka_unit_test(test_rejects_missing_nul),
		cmocka_unit_test(test_rejects_unsorted),
		cmocka_unit_test(test_rejects_other_charset),
		cmocka_unit_test(test_open_missing_file),
		cmocka_unit_test(test_path_refuses_path_characters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
