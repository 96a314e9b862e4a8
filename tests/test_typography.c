/* test_typography.c: a language's own spaces where text is set
 * (typography.c; issue 13, item 6), on the sentences of the French
 * documents. */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "typography.h"
#include "utf8.h"

/* text set in lang, its code points lock_from to lock_to (exclusive) a
 * person's data; the result in UTF-8, U+00A0 shown as "_" and U+202F as
 * "^" when show. */
static char *
set_text(const char *lang, const char *text, size_t lock_from,
    size_t lock_to, bool show)
{
	uint32_t u[256], out[512];
	size_t from[512], n = 0, k, i, len = 0;
	bool locked[256];
	const char *q = text;
	char *res = malloc(2048);
	uint32_t c;

	while ((c = utf8_next(&q)) != 0) {
		assert_true(n < 256);
		locked[n] = n >= lock_from && n < lock_to;
		u[n++] = c;
	}
	k = typography_apply(lang, u, locked, n, out, from);
	assert_true(k <= 2 * n);
	for (i = 0; i < k; i++) {
		assert_true(from[i] < n);
		if (i > 0)
			assert_true(from[i] >= from[i - 1]);
		if (show && out[i] == 0xA0)
			res[len++] = '_';
		else if (show && out[i] == 0x202F)
			res[len++] = '^';
		else
			len += utf8_put(res + len, out[i]);
	}
	res[len] = '\0';
	return res;
}

static void
assert_set(const char *lang, const char *text, const char *expected)
{
	char *got = set_text(lang, text, 0, 0, true);

	assert_string_equal(got, expected);
	free(got);
}

/* Before ; ! ? a narrow no-break space; before : and inside « » a
 * no-break space; typed or not. */
static void
test_french_punctuation(void **state)
{
	(void)state;
	assert_set("fr", "Et ensuite ?", "Et ensuite^?");
	assert_set("fr", "Et ensuite?", "Et ensuite^?");
	assert_set("fr", "Attention ! Appelez ; vite",
	    "Attention^! Appelez^; vite");
	assert_set("fr", "Votre dossier : BXL", "Votre dossier_: BXL");
	assert_set("fr", "Votre dossier: BXL", "Votre dossier_: BXL");
	assert_set("fr", "s'appelle \xc2\xab ordre de quitter \xc2\xbb, mais",
	    "s'appelle \xc2\xab_ordre de quitter_\xc2\xbb, mais");
	assert_set("fr", "\xc2\xabordre\xc2\xbb", "\xc2\xab_ordre_\xc2\xbb");
	assert_set("fr", "\xc2\xab Que faire ?\xc2\xbb",
	    "\xc2\xab_Que faire^?_\xc2\xbb");
	/* Not a sentence's colon: a time, an address. */
	assert_set("fr", "\xc3\xa0 10:30, https://dofi.ibz.be",
	    "\xc3\xa0 10:30, https://dofi.ibz.be");
}

/* A number and what it counts or dates, the words that announce a
 * number, a month and its year. */
static void
test_french_numbers(void **state)
{
	(void)state;
	assert_set("fr", "pendant 45 jours et 3 mois",
	    "pendant 45_jours et 3_mois");
	assert_set("fr", "le 28 janvier 2026 (point 5.2)",
	    "le 28_janvier_2026 (point_5.2)");
	assert_set("fr", "le 1er d\xc3\xa9" "cembre",
	    "le 1er_d\xc3\xa9" "cembre");
	assert_set("fr", "l'article 52 et le n\xc2\xb0 3",
	    "l'article_52 et le n\xc2\xb0_3");
	assert_set("fr", "Point 8.3 : en 2026 il", "Point_8.3_: en 2026 il");
	assert_set("fr", "50 % des cas", "50^% des cas");
	/* A year and the word after it are free: they are not a count. */
	assert_set("fr", "1997 relatives", "1997 relatives");
}

/* A person's data and a phone number are never touched, nor the space
 * at their edge added to. */
static void
test_french_keeps_personal_data(void **state)
{
	/* "Ana: 3 mois" is a person's data. */
	char *got = set_text("fr", "Nom : Ana: 3 mois", 6, 17, true);

	(void)state;
	assert_string_equal(got, "Nom_: Ana: 3 mois");
	free(got);
}

/* Only French (and its regional tags): other languages as typed. */
static void
test_other_languages_unchanged(void **state)
{
	(void)state;
	assert_set("en", "Call a centre? 45 days: yes",
	    "Call a centre? 45 days: yes");
	assert_set("nl", "Wat nu ? 45 dagen", "Wat nu ? 45 dagen");
	assert_set("fro", "Et ensuite ?", "Et ensuite ?");
	assert_set("fr-BE", "Et ensuite ?", "Et ensuite^?");
	assert_set(NULL, "Et ensuite ?", "Et ensuite ?");
}

/* Set twice, the text changes no more: the layout may lay a paragraph
 * out again (to measure a box). */
static void
test_idempotent(void **state)
{
	const char *text = "Et ensuite ? \xc2\xab" "45 jours\xc2\xbb : oui";
	char *once = set_text("fr", text, 0, 0, false);
	char *twice = set_text("fr", once, 0, 0, false);

	(void)state;
	assert_string_equal(once, twice);
	free(once);
	free(twice);
	once = set_text("fr", text, 0, 0, true);
	assert_string_equal(once,
	    "Et ensuite^? \xc2\xab_45_jours_\xc2\xbb_: oui");
	free(once);
}

/* A date of ours (typography_text): "28 janvier 2026" never breaks. */
static void
test_text_of_a_date(void **state)
{
	char *s = typography_text("fr", "28 janvier 2026");

	(void)state;
	assert_string_equal(s, "28\xc2\xa0janvier\xc2\xa0" "2026");
	free(s);
	s = typography_text("de", "28. Januar 2026");
	assert_string_equal(s, "28. Januar 2026");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_french_punctuation),
		cmocka_unit_test(test_french_numbers),
		cmocka_unit_test(test_french_keeps_personal_data),
		cmocka_unit_test(test_other_languages_unchanged),
		cmocka_unit_test(test_idempotent),
		cmocka_unit_test(test_text_of_a_date),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
