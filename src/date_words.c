/* date_words.c: a date as a language writes it in running text, from
 * CLDR's data in ICU (issue 13, item 6).
 *
 * The form is CLDR's best pattern for the skeleton "yMMMMd" (day, month
 * in words, year) in the language's locale, with two choices of ours,
 * the same for every language (HACKING, "Dates and numbers in the
 * person's language"):
 *
 * - the Gregorian calendar: the date printed is the day a document ends
 *   in Belgium, the same day as on the person's papers and in the
 *   official column beside it (CLDR would give Thai readers the Buddhist
 *   year 2569, Persian readers 1405);
 * - Latin digits (numbers=latn): every translation of the leaflet and of
 *   the notice writes its numbers, points and phone numbers in Latin
 *   digits, so a date does too.
 *
 * A language ICU has no data for (Edo, "bin", in ICU 72) is written in
 * international English, "10 December 2026" (en_001: day, month in
 * words, year -- the order of the Belgian documents, never the numeric
 * 10/12/2026 that US and European readers read differently); for Edo it
 * is also what Nigeria's official language writes.  English itself is
 * that international English too, not CLDR's "en" (American,
 * "December 10, 2026"): the documents' English writes "13 January
 * 1997", and its readers in Belgium are not American.
 *
 * ICU's data is linked in (libicudata): no file is read, no network.
 * Every object is opened and closed within one call, so renders on
 * several threads may write dates at once.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include "date.h"
#include "util.h"

#define FALLBACK_LOCALE "en_001"
#define KEYWORDS "@calendar=gregorian;numbers=latn"

/* Languages written in another CLDR locale than their own (above). */
static const struct {
	const char	*lang;
	const char	*locale;
} locale_of[] = {
	{ "en", FALLBACK_LOCALE },
};

/* What CLDR's formats do not say: French writes the first day of a
 * month as an ordinal, "1er décembre 2026" (as the official documents'
 * catalogue does, po/fr.po). */
static const struct {
	const char	*lang;
	const char	*first_day;	/* the pattern's day field on the 1st,
					   in ICU pattern syntax */
} first_day_ordinal[] = {
	{ "fr", "d'er'" },
};

/* The ICU locale ID of a BCP 47 tag, without keywords; false when the
 * tag is not one. */
static bool
icu_locale(const char *lang, char *out, size_t size)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t parsed = 0;
	size_t i;

	for (i = 0; i < sizeof(locale_of) / sizeof(locale_of[0]); i++)
		if (strcmp(lang, locale_of[i].lang) == 0) {
			snprintf(out, size, "%s", locale_of[i].locale);
			return true;
		}

	uloc_forLanguageTag(lang, out, (int32_t)size, &parsed, &e);
	return U_SUCCESS(e) && e != U_STRING_NOT_TERMINATED_WARNING &&
	    parsed == (int32_t)strlen(lang) && out[0] != '\0';
}

bool
date_words_known(const char *lang)
{
	UErrorCode e = U_ZERO_ERROR;
	UResourceBundle *rb;
	char loc[ULOC_FULLNAME_CAPACITY];

	if (!icu_locale(lang, loc, sizeof(loc)))
		return false;
	/* ICU falls back to the process's default locale for a language it
	 * does not know, and says so: then the language is not known. */
	rb = ures_open(NULL, loc, &e);
	ures_close(rb);
	return U_SUCCESS(e) && e != U_USING_DEFAULT_WARNING;
}

static const char *
first_day_field(const char *lang)
{
	size_t i;

	for (i = 0; i < sizeof(first_day_ordinal) /
	    sizeof(first_day_ordinal[0]); i++)
		if (strcmp(lang, first_day_ordinal[i].lang) == 0)
			return first_day_ordinal[i].first_day;
	return NULL;
}

/* pattern with its lone day field "d" (outside quotes) replaced by
 * field; false when it has none or no room. */
static bool
replace_day_field(UChar *pattern, int32_t cap, const char *field)
{
	UChar out[128], f[16];
	int32_t i, n = 0, len = u_strlen(pattern), flen;
	bool quoted = false, done = false;

	u_uastrncpy(f, field, 16);
	flen = u_strlen(f);
	for (i = 0; i < len; i++) {
		if (pattern[i] == '\'')
			quoted = !quoted;
		if (!quoted && !done && pattern[i] == 'd' &&
		    (i + 1 >= len || pattern[i + 1] != 'd') &&
		    (i == 0 || pattern[i - 1] != 'd')) {
			if (n + flen >= 128)
				return false;
			u_memcpy(out + n, f, flen);
			n += flen;
			done = true;
			continue;
		}
		if (n + 1 >= 128)
			return false;
		out[n++] = pattern[i];
	}
	if (!done || n >= cap)
		return false;
	u_memcpy(pattern, out, n);
	pattern[n] = 0;
	return true;
}

/* Days from 1 January of year 1 to the Unix epoch, for ICU's UDate
 * (milliseconds since 1970-01-01 00:00 UTC). */
static double
udate_of(date_day d)
{
	return (double)(d - date_from_ymd(1970, 1, 1)) * 86400000.0;
}

char *
date_words(date_day d, const char *lang)
{
	UErrorCode e = U_ZERO_ERROR;
	UDateTimePatternGenerator *gen = NULL;
	UDateFormat *fmt = NULL;
	UChar skeleton[8], pattern[128], zone[4], text[128];
	char loc[ULOC_FULLNAME_CAPACITY + sizeof(KEYWORDS)];
	char out[512], iso[DATE_STRLEN];
	const char *field;
	int32_t n;
	int y, m, day;

	if (!date_words_known(lang) ||
	    !icu_locale(lang, loc, ULOC_FULLNAME_CAPACITY))
		snprintf(loc, sizeof(loc), "%s", FALLBACK_LOCALE);
	strcat(loc, KEYWORDS);
	u_uastrcpy(skeleton, "yMMMMd");
	u_uastrcpy(zone, "UTC");
	gen = udatpg_open(loc, &e);
	n = udatpg_getBestPattern(gen, skeleton, -1, pattern, 128, &e);
	if (U_FAILURE(e) || n >= 128)
		goto fail;
	date_to_ymd(d, &y, &m, &day);
	if (day == 1 && (field = first_day_field(lang)) != NULL)
		(void)replace_day_field(pattern, 128, field);
	fmt = udat_open(UDAT_PATTERN, UDAT_PATTERN, loc, zone, -1, pattern,
	    -1, &e);
	n = udat_format(fmt, udate_of(d), text, 128, NULL, &e);
	if (U_FAILURE(e) || n >= 128)
		goto fail;
	u_strToUTF8(out, (int32_t)sizeof(out), NULL, text, n, &e);
	if (U_FAILURE(e) || e == U_STRING_NOT_TERMINATED_WARNING)
		goto fail;
	udat_close(fmt);
	udatpg_close(gen);
	return xstrdup(out);
fail:
	/* Only out of memory gets here (ICU's data is linked in): never
	 * a wrong date, the ISO form rather than none. */
	if (e == U_MEMORY_ALLOCATION_ERROR)
		util_out_of_memory();
	udat_close(fmt);
	udatpg_close(gen);
	date_format(d, iso);
	return xstrdup(iso);
}
