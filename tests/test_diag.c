/* test_diag.c: the arguments of a diagnostic come from its catalogue row,
 * never from a translation (issue 10, item 6); no diagnostic is dropped
 * without a word. */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "catalog.h"
#include "diag.h"
#include "exitcodes.h"
#include "po_read.h"

/* Every row of the catalogue takes only %s or %N$s, and is a usable
 * "translation" of itself. */
static void
test_every_row_is_well_formed(void **state)
{
	int code;

	(void)state;
	for (code = 0; code < DIAG__MAX; code++) {
		const char *fmt = diag_code_format(code);

		assert_non_null(fmt);
		assert_true(diag_translation_usable(code, fmt));
		assert_true(diag_code_nargs(code) <= DIAG_MAX_ARGS);
	}
}

static void
test_nargs_from_the_row(void **state)
{
	(void)state;
	/* "cannot open: %s" */
	assert_int_equal(diag_code_nargs(ERR_FILE_OPEN), 1);
	/* "cannot load the font %s: %s" */
	assert_int_equal(diag_code_nargs(ERR_FONT_LOAD), 2);
	/* "NUL byte in a text file" */
	assert_int_equal(diag_code_nargs(ERR_FILE_NUL), 0);
	/* "%1$s more diagnostics were left out, %2$s ... %3$s" */
	assert_int_equal(diag_code_nargs(WARN_DIAG_LEFT_OUT), 3);
}

/* What a translator may do, and what would read an argument the caller
 * never passed, or not one it did. */
static void
test_translation_usable(void **state)
{
	(void)state;
	/* The same arguments, reordered or repeated: usable. */
	assert_true(diag_translation_usable(ERR_FONT_LOAD,
	    "police %2$s : %1$s"));
	assert_true(diag_translation_usable(ERR_FONT_LOAD, "%s / %s"));
	assert_true(diag_translation_usable(ERR_FILE_OPEN,
	    "%1$s ... %1$s"));
	assert_true(diag_translation_usable(ERR_FILE_OPEN, "100%% : %s"));
	/* An argument the caller never passed. */
	assert_false(diag_translation_usable(ERR_FILE_OPEN,
	    "%1$s ... %2$s"));
	assert_false(diag_translation_usable(ERR_FILE_OPEN, "%s %s"));
	assert_false(diag_translation_usable(ERR_FILE_NUL, "%s"));
	/* One the caller passed, left out. */
	assert_false(diag_translation_usable(ERR_FONT_LOAD, "police %s"));
	/* Another conversion, a width, %n, a lone %, a mix. */
	assert_false(diag_translation_usable(ERR_FILE_OPEN, "%d"));
	assert_false(diag_translation_usable(ERR_FILE_OPEN, "%10s"));
	assert_false(diag_translation_usable(ERR_FILE_OPEN, "%s%n"));
	assert_false(diag_translation_usable(ERR_FILE_OPEN, "%s %"));
	assert_false(diag_translation_usable(ERR_FONT_LOAD, "%1$s %s"));
	assert_false(diag_translation_usable(ERR_FILE_OPEN, "%0$s"));
}

static void
test_message_put_together(void **state)
{
	struct diag_list dl = { 0 };

	(void)state;
	diag_add(&dl, ERR_FONT_LOAD, "f.xml", 3, 0, "Noto", "gone");
	diag_add(&dl, ERR_FILE_OPEN, NULL, 0, 0, NULL);
	assert_int_equal(dl.count, 2);
	assert_string_equal(dl.items[0].message,
	    "cannot load the font Noto: gone");
	assert_string_equal(dl.items[1].message, "cannot open: ");
	diag_list_free(&dl);
}

/* diag_add_text() gives its one text to the first argument and never
 * reads a second one (it copied whole messages into two-argument rows). */
static void
test_add_text_fills_one(void **state)
{
	struct diag_list dl = { 0 };

	(void)state;
	diag_add_text(&dl, ERR_FONT_LOAD, NULL, 0, 0, "x");
	assert_string_equal(dl.items[0].message, "cannot load the font x: ");
	diag_add_text(&dl, ERR_FILE_NUL, NULL, 0, 0, "ignored");
	assert_string_equal(dl.items[1].message, "NUL byte in a text file");
	diag_list_free(&dl);
}

/* A copy keeps the message as it was made, not run through its format
 * again. */
static void
test_copy_and_append(void **state)
{
	struct diag_list a = { 0 }, b = { 0 };

	(void)state;
	diag_add(&a, ERR_FONT_LOAD, "f", 1, 2, "Noto", "gone");
	diag_list_append(&b, &a);
	assert_int_equal(a.count, 0);
	assert_int_equal(b.count, 1);
	assert_string_equal(b.items[0].file, "f");
	assert_int_equal(b.items[0].line, 1);
	assert_int_equal(b.items[0].col, 2);
	assert_string_equal(b.items[0].message,
	    "cannot load the font Noto: gone");
	diag_list_free(&b);
}

/* The server answers each user in the user's language: a diagnostic
 * made once is put together again from its row in another catalogue,
 * with the arguments it was made with; a message the catalogue does not
 * translate stays English; a copy keeps the arguments.  (A translation
 * with other arguments never gets this far: the catalogue is refused
 * when it is opened.) */
static void
test_message_in_another_language(void **state)
{
	static const char po_text[] =
	    "msgid \"\"\n"
	    "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
	    "msgid \"cannot load the font %s: %s\"\n"
	    "msgstr \"impossible de charger la police %1$s : %2$s\"\n";
	struct diag_list dl = { 0 }, copy = { 0 };
	struct po_file *po;
	struct catalog *cat;
	char *m;

	(void)state;
	po = po_read_memory("fr.po", po_text, sizeof(po_text) - 1, &dl);
	assert_non_null(po);
	cat = po_to_catalog(po, "fr", &dl);
	assert_non_null(cat);
	assert_int_equal(dl.count, 0);
	diag_add(&dl, ERR_FONT_LOAD, "f.xml", 3, 0, "Noto", "gone");
	diag_add(&dl, ERR_FILE_OPEN, NULL, 0, 0, "x.xml");
	m = diag_message_in(&dl.items[0], cat);
	assert_string_equal(m, "impossible de charger la police Noto : gone");
	free(m);
	m = diag_message_in(&dl.items[0], NULL);
	assert_string_equal(m, "cannot load the font Noto: gone");
	free(m);
	m = diag_message_in(&dl.items[1], cat);
	assert_string_equal(m, "cannot open: x.xml");
	free(m);
	diag_list_append(&copy, &dl);
	m = diag_message_in(&copy.items[0], cat);
	assert_string_equal(m, "impossible de charger la police Noto : gone");
	free(m);
	diag_list_free(&copy);
	catalog_free(cat);
	po_free(po);
}

/* Beyond DIAG_LIST_MAX: counted, in the exit status, and said. */
static void
test_cap_says_how_many(void **state)
{
	struct diag_list dl = { 0 }, to = { 0 };
	char buf[512];
	FILE *fp;
	size_t i;

	(void)state;
	for (i = 0; i < DIAG_LIST_MAX; i++)
		diag_add(&dl, WARN_DIR_NO_CASE_FILES, NULL, 0, 0);
	assert_int_equal(diag_list_exit_status(&dl), THB_EXIT_OK);
	diag_add(&dl, WARN_DIR_NO_CASE_FILES, NULL, 0, 0);
	diag_add(&dl, ERR_DATA_SCHEMA_LOAD, NULL, 0, 0);
	diag_add(&dl, ERR_FILE_OPEN, NULL, 0, 0, "x");
	assert_int_equal(dl.count, DIAG_LIST_MAX);
	assert_int_equal(dl.dropped, 3);
	assert_int_equal(diag_list_errors(&dl), 2);
	assert_int_equal(diag_list_exit_status(&dl), THB_EXIT_SYSTEM);
	/* Moved to another list, the count goes with them. */
	diag_list_append(&to, &dl);
	assert_int_equal(to.dropped, 3);
	assert_int_equal(diag_list_exit_status(&to), THB_EXIT_SYSTEM);
	/* The last line printed says how many were left out. */
	fp = tmpfile();
	assert_non_null(fp);
	diag_list_print(&to, fp);
	fseek(fp, -200, SEEK_END);
	memset(buf, 0, sizeof(buf));
	assert_true(fread(buf, 1, sizeof(buf) - 1, fp) > 0);
	fclose(fp);
	assert_non_null(strstr(buf, "thbdoc: warning: 3 more diagnostics "
	    "were left out, 2 of them errors: one run shows the first "
	    "10000\n"));
	diag_list_clear(&to);
	assert_int_equal(to.dropped, 0);
	assert_int_equal(diag_list_exit_status(&to), THB_EXIT_OK);
	diag_list_free(&to);
}

/* The same rule for the phase model's warnings (status_out.c): three
 * arguments passed, the formats use some of them. */
static void
test_format_other_table(void **state)
{
	const char *arg[3] = { "2026-01-02", "yes", "no" };
	char *s;

	(void)state;
	s = diag_format("answer of %1$s: %2$s, %3$s",
	    "%3$s, %2$s (answer of %1$s)", arg, 3);
	assert_string_equal(s, "no, yes (answer of 2026-01-02)");
	free(s);
	/* A fourth argument, %n, a lone %: the source. */
	s = diag_format("answer of %1$s", "%1$s %4$s", arg, 3);
	assert_string_equal(s, "answer of 2026-01-02");
	free(s);
	s = diag_format("answer of %1$s", "%1$s%n", arg, 3);
	assert_string_equal(s, "answer of 2026-01-02");
	free(s);
	s = diag_format("answer of %1$s", NULL, arg, 3);
	assert_string_equal(s, "answer of 2026-01-02");
	free(s);
	/* A source that needs more arguments than given. */
	assert_null(diag_format("%1$s %4$s", NULL, arg, 3));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_is_well_formed),
		cmocka_unit_test(test_nargs_from_the_row),
		cmocka_unit_test(test_translation_usable),
		cmocka_unit_test(test_message_put_together),
		cmocka_unit_test(test_add_text_fills_one),
		cmocka_unit_test(test_copy_and_append),
		cmocka_unit_test(test_message_in_another_language),
		cmocka_unit_test(test_cap_says_how_many),
		cmocka_unit_test(test_format_other_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
