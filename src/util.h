/* util.h: allocation that cannot fail silently, and a growable string buffer.
 *
 * Ownership: every pointer returned by xmalloc/xstrdup/sbuf_detach is the
 * caller's to free().  A failed allocation prints one message and exits with
 * status 3 (THB_EXIT_SYSTEM): a CLI has nothing better to do then.
 */
#ifndef THB_UTIL_H
#define THB_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

struct sbuf {
	char	*data;	/* always NUL-terminated once anything was added */
	size_t	 len;
	size_t	 cap;
};

void	 sbuf_add(struct sbuf *, const char *);
void	 sbuf_addn(struct sbuf *, const char *, size_t);
void	 sbuf_addc(struct sbuf *, char);
void	 sbuf_printf(struct sbuf *, const char *, ...)
	__attribute__((format(printf, 2, 3)));
void	 sbuf_add_json_string(struct sbuf *, const char *);
const char *sbuf_str(const struct sbuf *);	/* "" when empty */
char	*sbuf_detach(struct sbuf *);
void	 sbuf_free(struct sbuf *);

#endif
