/* typography.c: a language's own spaces, applied where text is set
 * (issue 13, item 6), so that no translator has to type them and no
 * string has to be edited for them.
 *
 * French (the Imprimerie nationale's Lexique des règles typographiques,
 * which the Belgian administrations follow too):
 * - a narrow no-break space (U+202F, "espace fine insécable") before
 *   ; ! ?
 * - a no-break space (U+00A0) before : and inside « », where the
 *   Lexique asks for a word space that does not break (our lines are not
 *   justified, so the word space is its width);
 * - a no-break space between a number and the word it counts or dates
 *   ("45 jours", "3 mois", "28 janvier", "1er décembre"), a narrow one
 *   before % ("50 %"), between the
 *   words that announce a number and the number ("point 5.2", "article
 *   52", "n° 3") and between a month and its year ("janvier 2027").
 * A space the translator typed there becomes the no-break one; a missing
 * one before ; ! ? : » (after a letter, at the end of a word) or after «
 * is added.  A person's data and a phone number are never touched: the
 * caller marks them locked.
 */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "typography.h"
#include "utf8.h"
#include "util.h"

#define NBSP 0x00A0
#define NNBSP 0x202F

static bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* A letter, as far as these rules need: Latin, with its accents. */
static bool
is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static uint32_t
lower(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 0x20;
	return c;
}

static bool
is_space_char(uint32_t c)
{
	return c == ' ' || c == NBSP || c == NNBSP;
}

/* The word u[s..e) is w (ASCII or UTF-8 Latin-1 letters), any case for
 * its first letter. */
static bool
word_is(const uint32_t *u, size_t s, size_t e, const char *w)
{
	const char *q = w;
	uint32_t c;
	size_t i = s;

	while ((c = utf8_next(&q)) != 0) {
		if (i >= e || (i == s ? lower(u[i]) : u[i]) != c)
			return false;
		i++;
	}
	return i == e;
}

/* Words before a number that stay with it. */
static const char *const before_number[] = {
	"point", "points", "article", "articles", "art.", "alinéa",
	"chapitre", "page", "pages", "n°", "§", "annexe",
};

/* Words that follow a number without being what it counts. */
static const char *const not_counted[] = {
	"et", "ou", "ni", "mais", "puis", "à", "au", "aux", "de", "du",
	"des", "en", "le", "la", "les", "par", "pour", "sur", "dans", "qui",
	"que", "avec",
};

static const char *const months[] = {
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre",
};

static bool
word_in(const uint32_t *u, size_t s, size_t e, const char *const *list,
    size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (word_is(u, s, e, list[i]))
			return true;
	return false;
}

/* A count or a day: 1 to 3 digits, a decimal part ("5.2", "2,5"), an
 * ordinal ending ("1er", "2e", "3ème"). */
static bool
is_count(const uint32_t *u, size_t s, size_t e)
{
	size_t i = s, digits = 0;

	while (i < e && is_digit(u[i])) {
		i++;
		digits++;
	}
	if (digits == 0 || digits > 3)
		return false;
	if (i + 1 < e && (u[i] == '.' || u[i] == ',') && is_digit(u[i + 1]))
		for (i++; i < e && is_digit(u[i]); i++)
			;
	return i == e || word_is(u, i, e, "er") || word_is(u, i, e, "re") ||
	    word_is(u, i, e, "e") || word_is(u, i, e, "ème") ||
	    word_is(u, i, e, "es");
}

static bool
is_year(const uint32_t *u, size_t s, size_t n)
{
	size_t i;

	for (i = s; i < n && i < s + 4; i++)
		if (!is_digit(u[i]))
			return false;
	return i == s + 4 && (i == n || !is_digit(u[i]));
}

/* The start of the word before position sp (a space), after an opening
 * bracket or quote and an elided article ("(point", "l'article"). */
static size_t
word_start(const uint32_t *u, size_t sp)
{
	size_t s = sp, i;

	while (s > 0 && !is_space_char(u[s - 1]))
		s--;
	for (i = s; i < sp; i++)
		if (u[i] == '(' || u[i] == '[' || u[i] == 0xAB ||
		    u[i] == 0x201C || u[i] == '\'' || u[i] == 0x2019)
			s = i + 1;
	return s;
}

/* What the space at i becomes in French: NBSP, NNBSP, or itself. */
static uint32_t
french_space(const uint32_t *u, size_t n, size_t i)
{
	uint32_t next = i + 1 < n ? u[i + 1] : 0;
	size_t ws = word_start(u, i), we;

	if (next == ';' || next == '!' || next == '?')
		return NNBSP;
	if (next == '%' && i > 0 && is_digit(u[i - 1]))
		return NNBSP;
	if (next == ':' || next == 0xBB)	/* » */
		return NBSP;
	if (i > 0 && u[i - 1] == 0xAB)		/* « */
		return NBSP;
	for (we = i + 1; we < n && !is_space_char(u[we]) &&
	    (is_letter(u[we]) || u[we] == 0x2019 || u[we] == '\''); we++)
		;
	if (ws < i && is_count(u, ws, i) && is_letter(next) &&
	    !word_in(u, i + 1, we, not_counted,
	    sizeof(not_counted) / sizeof(not_counted[0])))
		return NBSP;
	if (ws < i && is_digit(next) &&
	    word_in(u, ws, i, before_number,
	    sizeof(before_number) / sizeof(before_number[0])))
		return NBSP;
	if (ws < i && is_year(u, i + 1, n) &&
	    word_in(u, ws, i, months, sizeof(months) / sizeof(months[0])))
		return NBSP;
	return u[i];
}

/* The space to add at i (between u[i - 1] and u[i]) when the translator
 * typed none; 0 for none. */
static uint32_t
french_missing(const uint32_t *u, size_t n, size_t i)
{
	uint32_t prev = i > 0 ? u[i - 1] : 0, c = u[i];
	uint32_t next = i + 1 < n ? u[i + 1] : ' ';
	bool word_end = is_space_char(next) || next == 0xBB ||
	    next == '"' || next == 0x2069;

	if (!is_letter(prev) && prev != ')' && prev != 0x2019)
		return c == 0xBB && prev != 0 && !is_space_char(prev) &&
		    prev != 0xAB ? NBSP : 0;
	if ((c == ';' || c == '!' || c == '?') && word_end)
		return NNBSP;
	if (c == ':' && word_end)
		return NBSP;
	if (c == 0xBB)
		return NBSP;
	return 0;
}

size_t
typography_apply(const char *lang, const uint32_t *u, const bool *locked,
    size_t n, uint32_t *out, size_t *from)
{
	size_t i, k = 0;
	uint32_t add;

	if (lang == NULL || strncmp(lang, "fr", 2) != 0 ||
	    (lang[2] != '\0' && lang[2] != '-')) {
		for (i = 0; i < n; i++) {
			out[i] = u[i];
			from[i] = i;
		}
		return n;
	}
	for (i = 0; i < n; i++) {
		bool free_here = !locked[i] && (i == 0 || !locked[i - 1]);

		if (free_here && i > 0 && (add = french_missing(u, n, i)) != 0) {
			out[k] = add;
			from[k++] = i;
		}
		out[k] = u[i];
		if (!locked[i] && (u[i] == ' ' || u[i] == NBSP))
			out[k] = french_space(u, n, i);
		from[k++] = i;
		if (free_here && u[i] == 0xAB && i + 1 < n &&
		    !is_space_char(u[i + 1]) && !locked[i + 1]) {
			out[k] = NBSP;
			from[k++] = i;
		}
	}
	return k;
}

char *
typography_text(const char *lang, const char *text)
{
	size_t n = 0, k, i, len = 0;
	const char *q = text;
	uint32_t *u, *out;
	size_t *from;
	bool *locked;
	char *res;

	while (utf8_next(&q) != 0)
		n++;
	u = xcalloc(n + 1, sizeof(*u));
	locked = xcalloc(n + 1, sizeof(*locked));
	out = xcalloc(2 * n + 1, sizeof(*out));
	from = xcalloc(2 * n + 1, sizeof(*from));
	for (q = text, i = 0; i < n; i++)
		u[i] = utf8_next(&q);
	k = typography_apply(lang, u, locked, n, out, from);
	res = xmalloc(4 * k + 1);
	for (i = 0; i < k; i++)
		len += utf8_put(res + len, out[i]);
	res[len] = '\0';
	free(u);
	free(locked);
	free(out);
	free(from);
	return res;
}
