/* date.h: civil dates and the periods of the Judicial Code (arts. 52-54).
 *
 * A date is a day number: days since 1 January of year 1 (proleptic
 * Gregorian), so that comparisons and day arithmetic are plain integer
 * operations.  Dates from 1900-01-01 to 9899-12-31 are accepted: a
 * document's end date is computed from them (a certificate of up to 60
 * months, its renewals), and it must still have four digits.
 */
#ifndef THB_DATE_H
#define THB_DATE_H

#include <stdbool.h>

typedef long date_day;

#define DATE_DAY_NONE (-1L)	/* no date */
#define DATE_STRLEN 11	/* "YYYY-MM-DD" and its NUL */
#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 9899	/* see above: leaves a century for periods */

enum date_error {
	DATE_OK = 0,
	DATE_SYNTAX,		/* not YYYY-MM-DD */
	DATE_RANGE		/* no such day (2003-02-30, 9999-99-99) or out of range */
};

enum date_error	 date_parse(const char *, date_day *);
void		 date_format(date_day, char out[DATE_STRLEN]);
date_day	 date_from_ymd(int year, int month, int day);	/* no check */
void		 date_to_ymd(date_day, int *year, int *month, int *day);
int		 date_days_in_month(int year, int month);
bool		 date_is_leap(int year);
date_day	 date_today(void);

/*
 * A period of days does not count the day of the act (art. 52):
 * 45 days from D end on D + 45.
 */
date_day	 date_days_end(date_day act, int days);

/*
 * A period of months runs from a day of the month to the eve of the same
 * day (art. 54): 3 months from 20 May end on 19 August.  When the target
 * month has no such day, the period ends on the last day of that month:
 * 3 months from 30 November end on the last day of February.
 */
date_day	 date_months_end(date_day act, int months);

/*
 * "One month before" a date: the same day of the previous month, clamped to
 * that month's last day (one month before 31 March is the last day of
 * February).
 */
date_day	 date_months_before(date_day, int months);

/*
 * The order of a work list: the earlier due date first, "no date"
 * (DATE_DAY_NONE: no deadline set) after every date.  Like strcmp():
 * negative, 0 or positive.
 */
int		 date_cmp_due(date_day, date_day);

/*
 * A date as the language lang (BCP 47) writes it in running text: day,
 * month in words and year, from CLDR's data in ICU (date_words.c):
 * "10 décembre 2026", "10. Dezember 2026", "2026年12月10日",
 * "10 ديسمبر 2026".  Gregorian calendar and Latin digits in every
 * language; English, and a language ICU does not know
 * (date_words_known() false: Edo), in international English,
 * "10 December 2026".  Returns a string the caller frees.
 */
char		*date_words(date_day, const char *lang);
bool		 date_words_known(const char *lang);

#endif
