/* phase.h: the phase model of the Directives of 13 January 1997 as
 * amended on 17 April 2003 (stage 2 of the pipeline).
 *
 * phase_apply() folds the events of a case, up to a given date, into a
 * status: the state and phase, the residence document and its expiry, the
 * rights that come with it, the actions that are pending (who must do
 * what by when), and warnings where the case departs from the directive or
 * where the directive is silent.  Pure computation: no I/O, no globals.
 *
 * Ownership: phase_apply() returns a status that the caller releases with
 * phase_status_free().  It does not keep pointers into the case.
 */
#ifndef THB_PHASE_H
#define THB_PHASE_H

#include <stdbool.h>
#include <stddef.h>

#include "case.h"
#include "date.h"
#include "regime.h"

enum phase_state {
	STATE_NONE,			/* nothing yet that the directive knows */
	STATE_IDENTIFIED,		/* phase 0: possible victim met (5) */
	STATE_EXCLUDED,			/* suspected of involvement (5.3) */
	STATE_REFLECTION,		/* phase 1: order to leave, 45 days (8.1) */
	STATE_ARRIVAL_DECLARATION,	/* phase 2: 3 months (8.2) */
	STATE_ARRIVAL_DECLARATION_EXTENDED, /* phase 2, extended once (8.3) */
	STATE_REGISTRATION_CERTIFICATE,	/* phase 3: CIRE, more than 3 months,
					   usually 6; 6 after the extension
					   (8.3) */
	STATE_INDEFINITE_RESIDENCE,	/* phase 4 (8.3) */
	STATE_RETURNED,			/* went back to the country of origin */
	STATE_ENDED,			/* out of the procedure */
	STATE__MAX
};


/* Rights, as bits, by their role; the regime names each (struct
 * regime_right: its code, point and words) and says which states give it
 * (struct regime_state). */
enum phase_right {
	RIGHT_SOCIAL_AID = 1 << 0,		/* 9 */
	RIGHT_TEMPORARY_WORK_AUTHORISATION = 1 << 1,	/* 8.2 */
	RIGHT_CENTRE_ACCOMPANIMENT = 1 << 2,	/* 8.2, 8.3: mandatory */
	RIGHT_WORK_PERMIT_B = 1 << 3		/* 8.3 */
};
#define PHASE_RIGHT_COUNT 4

enum phase_actor { ACTOR_POLICE, ACTOR_CENTRE, ACTOR_OFFICE, ACTOR_PROSECUTOR,
	ACTOR_GENERAL_PROSECUTOR, ACTOR__MAX };

enum phase_action_code {
	ACTION_HAND_LEAFLET,
	ACTION_REFER_TO_CENTRE,
	ACTION_OFFER_CENTRE_CONTACT,
	ACTION_NOTIFY_OFFICE,
	ACTION_REQUEST_ARRIVAL_DECLARATION,
	ACTION_ISSUE_ARRIVAL_DECLARATION,
	ACTION_QUERY_PROSECUTOR,
	ACTION_ANSWER_QUERY,
	ACTION_QUERY_GENERAL_PROSECUTOR,
	ACTION_ANSWER_GENERAL_QUERY,
	ACTION_EXTEND_ARRIVAL_DECLARATION,
	ACTION_ISSUE_REGISTRATION_CERTIFICATE,
	ACTION_RENEW_REGISTRATION_CERTIFICATE,
	ACTION_REQUEST_INDEFINITE_RESIDENCE,
	ACTION_GRANT_INDEFINITE_RESIDENCE,
	ACTION__MAX
};

enum phase_warning_code {
	WARN_PHASE_ACTION_OVERDUE,
	WARN_PHASE_COMPLAINT_AFTER_REFLECTION,
	WARN_PHASE_EXTENSION_LIMIT,
	WARN_PHASE_NEGATIVE_ANSWER,
	WARN_PHASE_EVENT_AFTER_EXCLUSION,
	WARN_PHASE_EVENT_AFTER_END,
	WARN_PHASE_EVENT_OUT_OF_PHASE,
	WARN_PHASE_DECLARATION_WITHOUT_COMPLAINT,
	WARN_PHASE_QUERY_WITHOUT_DECLARATION,
	WARN_PHASE_QUERY_WITHOUT_ANSWER_DATE,
	WARN_PHASE_ANSWER_WITHOUT_QUERY,
	WARN_PHASE_GENERAL_QUERY_PREMATURE,
	WARN_PHASE_EXTENSION_NOT_PROVIDED,
	WARN_PHASE_CERTIFICATE_WITHOUT_ANSWER,
	WARN_PHASE_RENEWAL_WITHOUT_CERTIFICATE,
	WARN_PHASE_INDEFINITE_WITHOUT_GROUND,
	WARN_PHASE_NO_ANSWER_AT_EXPIRY,
	WARN_PHASE_CONSENT_NOT_RECORDED,
	WARN_PHASE_LEAFLET_LANGUAGE,
	WARN_PHASE_NO_EVENTS,
	WARN_PHASE_INVESTIGATION_ENDED_IN_COURT,
	WARN_PHASE_CONVICTION_ON_APPEAL,
	WARN_PHASE_GROUND_WITHOUT_COMPLAINT,
	WARN_PHASE_DOCUMENT_EXPIRED,
	WARN_PHASE_EXCLUSION_REVIEWED,
	WARN_PHASE_CERTIFICATE_TOO_SHORT,
	WARN_PHASE_MINOR,
	WARN_PHASE_ANSWER_DATE_AFTER_EXPIRY,
	WARN_PHASE_NO_QUERY_AT_EXPIRY,
	WARN_PHASE_WITHDRAWAL_DOCUMENT_KEPT,
	WARN_PHASE_LEGAL_STAY,
	WARN_PHASE__MAX
};

/* The point of a rule where the directives are silent and the rule is
 * thbdoc's decision (README, "Where the directives are silent"). */
#define PHASE_POINT_SILENT "silent"

struct phase_action {
	enum phase_action_code code;
	enum phase_actor	 actor;
	date_day	 from;		/* due from this day (8.2: "immédiatement"),
					   or DATE_DAY_NONE */
	date_day	 due;		/* at the latest; DATE_DAY_NONE: no
					   deadline set; late only after it */
	const char	*point;		/* of the directive, e.g. "8.2" */
};

#define PHASE_WARNING_ARGS 3

struct phase_warning {
	enum phase_warning_code code;
	const char	*point;
	int		 line;		/* of the event in the case file, or 0 */
	/* Fill the message; an action's text whole (action-overdue). */
	char		 args[PHASE_WARNING_ARGS][256];
};

struct phase_document {
	enum regime_document_type type;
	date_day	 issued;
	date_day	 expires;	/* DATE_DAY_NONE: no expiry */
	int		 extensions;	/* extensions or renewals */
};

/* What grants residence of indefinite duration (8.3): the first
 * conviction or requisitions that count, or event EV__MAX when none. */
struct phase_ground {
	enum case_event_type	 event;		/* EV_CONVICTION, EV_REQUISITIONS_RETAINED */
	date_day	 date;		/* "dès que": the grant is due that day */
	int		 line;
};

struct phase_status {
	const struct regime *regime;	/* the case's */
	date_day	 as_of;
	enum phase_state state;
	int		 phase;		/* 0-4, or -1 when not in a phase */
	struct phase_document document;	/* type NONE when none */
	/* The latest document of each type issued, even if replaced since
	 * (the order to leave behind an arrival declaration). */
	struct phase_document issued[DOCUMENT__MAX];
	struct phase_ground ground;
	/* A query sent on as_of expects its answer on this day unless it
	 * says otherwise; DATE_DAY_NONE outside a declaration period. */
	date_day	 answer_by_default;
	unsigned	 rights;	/* enum phase_right, OR-ed */
	struct phase_action actions[ACTION__MAX];
	size_t		 nactions;
	struct phase_warning *warnings;
	size_t		 nwarnings;

	/* What is still open, for documents that must be true on their
	 * date. */
	bool		 negative;	/* a negative answer holds (no document
					   follows: thbdoc's decision) */
	bool		 document_expired; /* the document held expired and
					   nothing replaced it */
	bool		 prosecution;	/* a prosecution act is recorded */
	bool		 centre_support; /* a centre took the person on (4) */
	date_day	 answer_date;	/* the last answer, or DATE_DAY_NONE */
	date_day	 reopened;	/* the interception that opened the
					   procedure again after an exclusion
					   (rule 5), or DATE_DAY_NONE */
	bool		 queried;	/* a query went out in the current
					   declaration period (8.2) */
	bool		 answer_in_court; /* the last answer said the
					   investigation is over while a
					   prosecution act is recorded: not
					   negative (rule 1, 8.3) */
};

struct phase_status *phase_apply(const struct case_file *, date_day as_of);
void		 phase_status_free(struct phase_status *);
/* The pending action with this code, or NULL. */
const struct phase_action *phase_status_action(const struct phase_status *,
		    enum phase_action_code);
/* The name of the document held, as its regime and issue date say. */
const struct regime_document *phase_document_name(const struct phase_status *);

/* Stable codes, as in the JSON output and the man page; a state's point
 * and a right's code and point are those of a regime (the case's:
 * st->regime). */
const char	*phase_state_code(enum phase_state);
const char	*phase_state_point(const struct regime *, enum phase_state);
const char	*phase_right_code(const struct regime *, enum phase_right);
const char	*phase_right_point(const struct regime *, enum phase_right);
const char	*phase_actor_code(enum phase_actor);
const char	*phase_action_code_name(enum phase_action_code);
const char	*phase_warning_code_name(enum phase_warning_code);

/* Human descriptions, untranslated (N_): pass through gettext to show. */
const char	*phase_state_text(const struct regime *, enum phase_state);
const char	*phase_right_text(const struct regime *, enum phase_right);
const char	*phase_actor_text(enum phase_actor);
const char	*phase_action_text(enum phase_action_code);
const char	*phase_warning_format(enum phase_warning_code);	/* %1$s.. %3$s */
bool		 phase_warning_args_translatable(enum phase_warning_code);

#endif
