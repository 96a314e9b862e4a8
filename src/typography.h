/* typography.h: a language's own typography, applied to a paragraph's
 * text where it is set (layout.c), never typed into the strings.
 *
 * French: no-break spaces before ; ! ? (U+202F) and : » (U+00A0), after
 * «, between a number and what it counts ("45 jours"), after "point",
 * "article" before their number, between a month and its year; a
 * missing one is added (typography.c says which rules, and why).  Other
 * languages: the text as it is.
 */
#ifndef THB_TYPOGRAPHY_H
#define THB_TYPOGRAPHY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The n code points u, in language lang (BCP 47), as they are set: into
 * out, which holds 2 * n code points; from[k] is the index in u of the
 * character out[k] stands for, or precedes when it was added.  locked[i]:
 * u[i] is a person's data or a phone number, never changed, nor the space
 * at its edge added to.  Returns the number of code points in out.
 */
size_t	 typography_apply(const char *lang, const uint32_t *u,
	    const bool *locked, size_t n, uint32_t *out, size_t *from);

/* The same for a text of ours (a date) in UTF-8, nothing locked;
 * returns a string the caller frees. */
char	*typography_text(const char *lang, const char *text);

#endif
