/* status_out.h: the status of a case as text for people (translated) or
 * as one line of JSON for programs (stable codes, English messages). */
#ifndef THB_STATUS_OUT_H
#define THB_STATUS_OUT_H

#include <stdbool.h>

#include "case.h"
#include "phase.h"
#include "util.h"

void	status_write_text(struct sbuf *, const struct case_file *,
	    const struct phase_status *);
void	status_write_json(struct sbuf *, const struct case_file *,
	    const struct phase_status *);
/* A warning's message, translated or in English. */
void	status_warning_message(struct sbuf *, const struct phase_warning *,
	    bool translate);
/* One line of "thbdoc due --json" (and of GET /api/due): the action a of
 * the case case_id read from file, overdue as of as_of. */
void	status_write_due_json(struct sbuf *, const struct phase_action *a,
	    const char *case_id, const char *file, date_day as_of);
/* An action's line for the work list: translated description. */
const char *status_action_text(enum phase_action_code);

#endif
