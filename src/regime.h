/* regime.h: the rules of one legal regime as data (stage 2: decisions).
 *
 * A regime is a const table: the periods it names (45 days, 3 months, one
 * extension, "habituellement six mois", ...), the documents each phase
 * gives and from which date, what each state of the procedure is called
 * and which rights it gives, and the few choices where two texts differ
 * (a conviction on appeal, a reflection period for unaccompanied minors).
 * The phase model (phase.c) reads every period, document name, state text
 * and right from the case's regime and keeps none of its own; the official
 * documents ask the phase model for their dates.  doc/regimes.md says what
 * adding a regime takes.
 *
 * Ownership: the tables are static and never freed; a case points to one
 * (struct case_file, member rules).
 */
#ifndef THB_REGIME_H
#define THB_REGIME_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

/* A period of days (counted as Judicial Code art. 52 counts them: not the
 * day of the act) or of months (art. 54: to the eve of the same day).
 * Exactly one of days and months is non-zero; both zero is "no period". */
struct regime_period {
	int		 days;
	int		 months;
};

/* The residence documents, by the role they play in the procedure; a
 * regime names each (and may name it differently from a date on). */
enum regime_document_type {
	DOCUMENT_NONE,
	DOCUMENT_ORDER_TO_LEAVE,	/* the reflection period's document */
	DOCUMENT_ARRIVAL_DECLARATION,	/* the provisional stay */
	DOCUMENT_REGISTRATION_CERTIFICATE, /* the temporary stay, renewed */
	DOCUMENT_INDEFINITE_RESIDENCE,	/* stay of indefinite duration */
	DOCUMENT__MAX
};

/* The name of a document of one role, from a day on.  A regime lists, per
 * role, its names in date order; the last whose from is on or before the
 * issue date applies (the later law changed the reflection document on
 * 20 May 2017, say, from an order to leave to an annex 15). */
struct regime_document {
	enum regime_document_type type;
	date_day	 from;		/* DATE_DAY_NONE: from the start */
	const char	*code;		/* stable, as in the JSON output */
	const char	*text;		/* N_(): pass through gettext */
	const char	*point;		/* where the text names it */
};

/* A right that a state gives, as the regime names it.  The phase model
 * knows rights by their role (enum phase_right in phase.h, one bit each);
 * a regime's rights[] has one row per role, in bit order. */
struct regime_right {
	const char	*code;		/* stable, as in the JSON output */
	const char	*point;		/* where the text grants it */
	const char	*text;		/* N_(): pass through gettext */
};

/* What the regime says of one state of the phase model (enum phase_state
 * in phase.h): which phase of its procedure it is, where the text
 * describes it, how to say it, and the rights it gives. */
struct regime_state {
	const char	*point;
	int		 phase;		/* -1: not in a phase */
	unsigned	 rights;	/* enum phase_right, OR-ed */
	unsigned	 rights_with_centre; /* given as well once a centre
					   took the person on */
	const char	*text;		/* N_(): pass through gettext */
};

struct regime {
	const char	*code;		/* the case file's regime attribute */
	const char	*title;		/* N_(): the texts, for --help, docs */

	/* The periods (each names its point in the table). */
	struct regime_period reflection;	/* 8.1: 45 days */
	struct regime_period reflection_minor;	/* none here; later law:
						   3 months, unaccompanied
						   minors */
	struct regime_period declaration;	/* 8.2: 3 months */
	int		 declaration_extensions;	/* 8.3: once */
	struct regime_period extension;		/* 8.3: the same 3 months */
	struct regime_period certificate;	/* 8.3: "habituellement six
						   mois", the default */
	struct regime_period certificate_more_than; /* 8.3: "plus de trois
						   mois" */
	struct regime_period query_latest;	/* 8.2: at the latest one
						   month before expiry */
	struct regime_period answer_default;	/* ours, not the text's:
						   the answer expected 15
						   days before expiry */
	int		 majority;		/* age of majority: 18 */

	/* Indefinite residence (8.3): does a conviction on appeal alone
	 * count?  The directives name the first instance: no. */
	bool		 indefinite_on_appeal;

	/* The documents' names, grouped by type, each group in date
	 * order. */
	const struct regime_document *documents;
	size_t		 ndocuments;

	/* One row per state of the phase model, by enum phase_state
	 * (nstates == STATE__MAX), and one per right, in the bit order of
	 * enum phase_right (nrights == PHASE_RIGHT_COUNT): phase_apply()
	 * refuses (aborts on) a table of another size. */
	const struct regime_state *states;
	size_t		 nstates;
	const struct regime_right *rights;
	size_t		 nrights;
};

/* The regimes thbdoc knows, by case-file code; NULL when unknown. */
const struct regime *regime_find(const char *code);
/* The regime of a case with none set (tests build cases by hand). */
const struct regime *regime_default(void);

/* The last day of a period that starts with an act on day act. */
date_day	 regime_period_end(struct regime_period, date_day act);
/* The day a period before day t (the same day a month earlier, ...). */
date_day	 regime_period_before(struct regime_period, date_day t);
/* Does the regime name this period at all? */
bool		 regime_period_is_set(struct regime_period);

/* The name of a document of a type, issued on a day. */
const struct regime_document *regime_document(const struct regime *,
		    enum regime_document_type, date_day issued);

#endif
