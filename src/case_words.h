/* case_words.h: what the codes of a case file mean, in words a social
 * worker or a clerk reads (the web pages' timeline and event forms).
 *
 * A case file says <event type="prosecutor-answer" investigation="yes">;
 * a page says "Answer to the two questions (point 8.2)" and "1. Is the
 * investigation still under way?: yes".  The texts are msgids of the
 * program's domain (N_), translated by the caller; the points cited are
 * those of the directives of 13 January 1997 (amended 17 April 2003)
 * where the directives speak of the event, and none where they do not
 * (return, withdrawal).
 *
 * Ownership: every string returned is static.
 */
#ifndef THB_CASE_WORDS_H
#define THB_CASE_WORDS_H

#include "case.h"

/* The event type in words, with its point ("Complaint or statement
 * (point 8.2)"). */
const char	*case_words_event(enum case_event_type);
/* An attribute of an event ("assessment") in words, or NULL for a name
 * the schema does not have. */
const char	*case_words_attr(const char *name);
/* A value of a choice attribute ("suspect" of "assessment") in words, or
 * NULL when the attribute is free text or the value unknown (the caller
 * then shows the value as it is). */
const char	*case_words_value(const char *attr, const char *value);

#endif
