/* docs.h: the official documents of the procedure (stage 2 -> 3 for the
 * report, letters, requests and notice): which document a case calls
 * for, in which language, and the values its template needs.
 *
 * Everything here is computed from the case file and the phase model
 * (phase_apply() as of the document's date), so that a document's dates
 * are those of "thbdoc status".  Pure computation: no I/O; problems go to
 * the diag list.
 *
 * Ownership: docs_vars_build() fills a struct docs_vars whose strings it
 * owns; docs_vars_free() releases them.  Nothing keeps pointers into the
 * case or the status after it returns, except the district and language
 * pointers of struct docs_target, which point into the district table.
 */
#ifndef THB_DOCS_H
#define THB_DOCS_H

#include <stdbool.h>
#include <stddef.h>

#include "case.h"
#include "catalog.h"
#include "date.h"
#include "diag.h"
#include "districts.h"
#include "phase.h"
#include "tmpl.h"

enum docs_kind {
	DOCS_REPORT,			/* police: closing section, point 3 */
	DOCS_LETTER_QUERY,		/* Office -> prosecutor, 8.2 */
	DOCS_LETTER_GENERAL_PROSECUTOR,	/* Office -> procureur général, 8.2 */
	DOCS_REQUEST_CENTRE_SUPPORT,	/* centre -> Office, 4 */
	DOCS_REQUEST_ARRIVAL_DECLARATION, /* centre -> Office, 8.1 */
	DOCS_REQUEST_INDEFINITE_RESIDENCE, /* centre -> Office, 8.3 */
	DOCS_NOTICE,			/* for the person, in their language */
	DOCS__MAX
};

/* What the command line asked for. */
struct docs_request {
	enum docs_kind	 kind;
	thb_date	 date;		/* the document's date; also "as of" */
	thb_date	 answer_by;	/* query letter; THB_DATE_NONE: default */
	enum addressee	 to;		/* query letter; NONE: from the case */
	const char	*lang;		/* --lang (official), or NULL */
	bool		 force;
};

/* Names and points, for messages and the command line. */
const char	*docs_kind_name(enum docs_kind);	/* "letter query" */
const char	*docs_template(enum docs_kind);	/* "templates/NAME.xml" */
const char	*docs_point(enum docs_kind);
unsigned	 docs_max_pages(enum docs_kind);

/* Does the case, as of the date, call for the document?  When it does
 * not: an error that says why (exit status 4), or with force a warning;
 * returns whether to go on.  Warns also when the document is late. */
bool		 docs_called_for(const struct docs_request *,
		    const struct thb_case *, const struct phase_status *,
		    struct diag_list *);

/* Where the document goes and in which official language. */
struct docs_target {
	const struct district *district;	/* NULL for a report
						   with no district */
	const char	*alias;		/* the name the case used */
	const char	*lang;		/* "fr", "nl" or "de" */
};

/* The district a document concerns and its official language (see
 * thbdoc(1), LANGUAGES).  false, with an error, when it cannot be told. */
bool		 docs_target(const struct docs_request *,
		    const struct thb_case *, const struct district_table *,
		    struct docs_target *, struct diag_list *);

/* The state code that the template's <if status> tests. */
const char	*docs_status_code(const struct phase_status *);

struct docs_vars {
	struct tmpl_var	*items;
	size_t		 count;
};

/* The template's variables.  cat: the catalogue of the document's
 * language, for month names (NULL: English); iso_dates: dates as
 * YYYY-MM-DD (the notice, read side by side in two languages). */
void		 docs_vars_build(struct docs_vars *,
		    const struct docs_request *, const struct thb_case *,
		    const struct phase_status *, const struct docs_target *,
		    const struct catalog *cat, bool iso_dates);
void		 docs_vars_free(struct docs_vars *);
/* The value of a variable, or NULL. */
const char	*docs_vars_get(const struct docs_vars *, const char *name);

/* A date as the document's language writes it: "29 November 2026",
 * "29 novembre 2026", "29. November 2026".  Caller frees. */
char		*docs_date_text(thb_date, const struct catalog *);

/* Placeholder for a value the case file does not give. */
#define DOCS_UNKNOWN "\xe2\x80\x94"	/* U+2014 EM DASH */

#endif
