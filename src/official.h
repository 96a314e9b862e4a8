/* official.h: the official documents of the procedure (stage 2 -> 3 for the
 * report, letters, requests and notice): which document a case calls
 * for, in which language, and the values its template needs.
 *
 * Everything here is computed from the case file and the phase model
 * (phase_apply() as of the document's date), so that a document's dates
 * are those of "thbdoc status".  Pure computation: no I/O; problems go to
 * the diag list.
 *
 * Ownership: official_vars_build() fills a struct official_vars whose strings it
 * owns; official_vars_free() releases them.  Nothing keeps pointers into the
 * case or the status after it returns, except the district and language
 * pointers of struct official_target, which point into the district table.
 */
#ifndef THB_OFFICIAL_H
#define THB_OFFICIAL_H

#include <stdbool.h>
#include <stddef.h>

#include "case.h"
#include "catalog.h"
#include "date.h"
#include "diag.h"
#include "districts.h"
#include "phase.h"
#include "tmpl.h"

enum official_kind {
	OFFICIAL_REPORT,			/* police: closing section, point 3 */
	OFFICIAL_LETTER_QUERY,		/* Office -> prosecutor, 8.2 */
	OFFICIAL_LETTER_GENERAL_PROSECUTOR,	/* Office -> procureur général, 8.2 */
	OFFICIAL_REQUEST_CENTRE_SUPPORT,	/* centre -> Office, 4 */
	OFFICIAL_REQUEST_ARRIVAL_DECLARATION, /* centre -> Office, 8.1 */
	OFFICIAL_REQUEST_INDEFINITE_RESIDENCE, /* centre -> Office, 8.3 */
	OFFICIAL_NOTICE,			/* for the person, in their language */
	OFFICIAL__MAX
};

/* What the command line asked for. */
struct official_request {
	enum official_kind	 kind;
	date_day	 date;		/* the document's date; also "as of" */
	date_day	 answer_by;	/* query letter; DATE_DAY_NONE: default */
	enum case_addressee	 to;		/* query letter; NONE: from the case */
	const char	*lang;		/* --lang (official), or NULL */
	bool		 force;		/* replace an existing file, only */
	bool		 not_called_for; /* write it even if the case does
					   not call for it (the page says so) */
	bool		 blanks;	/* missing required facts: ruled lines */
	bool		 written_anyway; /* set by official_called_for() */
};

/* Names and points, for messages and the command line. */
const char	*official_kind_name(enum official_kind);	/* "letter query" */
const char	*official_template(enum official_kind);	/* "templates/NAME.xml" */
const char	*official_point(enum official_kind);
unsigned	 official_max_pages(enum official_kind);
/* Why the case does not call for the document (the reason
 * official_called_for() gives), untranslated (N_): the caller translates
 * it in its reader's catalogue (thbdoc serve: the page's language).  NULL
 * for the report, refused for want of an interception (point 5). */
const char	*official_refusal(enum official_kind);

/* Does the case, as of the date, call for the document?  When it does
 * not: an error that says why (exit status 4), or with force a warning;
 * returns whether to go on.  Warns also when the document is late. */
bool		 official_called_for(struct official_request *,
		    const struct case_file *, const struct phase_status *,
		    struct diag_list *);

/* Where the document goes and in which official language. */
struct official_target {
	const struct districts_entry *district;	/* NULL for a report
						   with no district */
	const char	*alias;		/* the name the case used */
	const char	*lang;		/* "fr", "nl" or "de" */
};

/* The district a document concerns and its official language (see
 * thbdoc(1), LANGUAGES).  false, with an error, when it cannot be told. */
bool		 official_target(const struct official_request *,
		    const struct case_file *, const struct districts_table *,
		    struct official_target *, struct diag_list *);

/* The state code that the template's <if status> tests. */
const char	*official_status_code(const struct phase_status *);

struct official_vars {
	struct tmpl_var	*items;
	size_t		 count;
};

/* The data files a letter draws on besides the case. */
struct centres_list;
struct sender;
struct official_sources {
	const struct centres_list *centres;	/* the centre's address */
	const struct sender *sender;		/* the Office's letters */
};

/* The template's variables.  cat: the catalogue of the document's
 * language, for month names (NULL: English); iso_dates: dates as
 * YYYY-MM-DD (the notice, read side by side in two languages).  A value
 * the case does not give is left out.  false, with an error naming them,
 * when facts the document needs are missing (unless req->blanks: then
 * they are ruled lines, OFFICIAL_BLANK); nothing to free then. */
bool		 official_vars_build(struct official_vars *,
		    const struct official_request *, const struct case_file *,
		    const struct phase_status *, const struct official_target *,
		    const struct catalog *cat, bool iso_dates,
		    const struct official_sources *, struct diag_list *);
void		 official_vars_free(struct official_vars *);
/* The value of a variable, or NULL. */
const char	*official_vars_get(const struct official_vars *, const char *name);

/* A date as the document's language writes it: "29 November 2026",
 * "29 novembre 2026", "29. November 2026".  Caller frees. */
char		*official_date_text(date_day, const struct catalog *);

/* A fact the document needs and the case does not give, with --blanks:
 * a ruled line to fill in by hand. */
#define OFFICIAL_BLANK "______________________" 

#endif
