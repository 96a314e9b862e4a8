/* html.h: the one writer of HTML (thbdoc serve).
 *
 * Escaping by construction: html() takes markup only as a string literal
 * of this program (the macro pastes "" around it, so a variable does not
 * compile), and every %s argument is text, always escaped for both
 * element content and quoted attribute values (& < > " ').  There is no
 * other way to add bytes to a page: case data, translations and user
 * input all go through %s.
 *
 * Conversions: %s text (NULL prints nothing), %u a URL path segment or
 * query value (percent-encoded, then escaped), %d int, %z size_t, %%,
 * and %?{literal}: the literal markup (e.g. " selected") when the int
 * argument is true, nothing otherwise.
 *
 * Ownership: the page's buffer belongs to the struct html; html_detach()
 * hands it to the caller, who free()s it.
 */
#ifndef THB_HTML_H
#define THB_HTML_H

#include <stddef.h>

#include "util.h"

struct html {
	struct sbuf	 buf;
};

#define html(h, fmt, ...)	html_put_((h), "" fmt "", ##__VA_ARGS__)

void	 html_put_(struct html *, const char *literal_markup, ...);
/* Text escaped for content and attributes; appended to an sbuf (for
 * callers that build plain strings, e.g. headers, never markup). */
void	 html_escape(struct sbuf *, const char *text);
/* Percent-encode everything but unreserved characters (RFC 3986). */
void	 html_url_encode(struct sbuf *, const char *text);
const char *html_str(const struct html *);
size_t	 html_len(const struct html *);
char	*html_detach(struct html *, size_t *len);
void	 html_free(struct html *);

#endif
