/* date.c: civil dates and the periods of the Judicial Code. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"

bool
date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[12] =
	    { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && date_is_leap(y))
		return 29;
	return days[m - 1];
}

/* Days from civil, after H. Hinnant's algorithm (shifted to year 1). */
date_day
date_from_ymd(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 306;
}

void
date_to_ymd(date_day z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp, yy;

	z += 306;
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

static bool
digits(const char *s, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

enum date_error
date_parse(const char *s, date_day *out)
{
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    !digits(s, 4, &y) || !digits(s + 5, 2, &m) ||
	    !digits(s + 8, 2, &d))
		return DATE_SYNTAX;
	if (y < DATE_YEAR_MIN || y > DATE_YEAR_MAX || m < 1 || m > 12 ||
	    d < 1 ||
	    d > date_days_in_month(y, m))
		return DATE_RANGE;
	*out = date_from_ymd(y, m, d);
	return DATE_OK;
}

void
date_format(date_day t, char out[DATE_STRLEN])
{
	int y, m, d;

	if (t == DATE_DAY_NONE) {
		out[0] = '\0';
		return;
	}
	date_to_ymd(t, &y, &m, &d);
	/* Past 9999 no date fits: never print a wrong one (year 0000). */
	if (y < 0 || y > 9999) {
		snprintf(out, DATE_STRLEN, "%s", "?\?\?\?-?\?-?\?");
		return;
	}
	snprintf(out, DATE_STRLEN, "%04u-%02u-%02u",
	    (unsigned)y, (unsigned)m % 100u, (unsigned)d % 100u);
}

date_day
date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

date_day
date_days_end(date_day act, int days)
{
	return act + days;
}

/* Move (y, m) by n months; the day is the caller's business. */
static void
month_add(int *y, int *m, int n)
{
	int idx = *y * 12 + (*m - 1) + n;

	*y = idx / 12;
	*m = idx % 12 + 1;
}

date_day
date_months_end(date_day act, int months)
{
	int y, m, d, last;

	date_to_ymd(act, &y, &m, &d);
	month_add(&y, &m, months);
	last = date_days_in_month(y, m);
	if (d > last)
		return date_from_ymd(y, m, last);
	return date_from_ymd(y, m, d) - 1;
}

date_day
date_months_before(date_day t, int months)
{
	int y, m, d, last;

	date_to_ymd(t, &y, &m, &d);
	month_add(&y, &m, -months);
	last = date_days_in_month(y, m);
	return date_from_ymd(y, m, d > last ? last : d);
}

int
date_cmp_due(date_day a, date_day b)
{
	if (a == b)
		return 0;
	if (a == DATE_DAY_NONE)
		return 1;
	if (b == DATE_DAY_NONE)
		return -1;
	return a < b ? -1 : 1;
}
