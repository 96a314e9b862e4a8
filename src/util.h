/* util.h: allocation that cannot fail silently, and a growable string buffer.
 *
 * Ownership: every pointer returned by xmalloc/xstrdup/sbuf_detach is the
 * caller's to free().  A failed allocation prints one message and exits with
 * status 3 (THB_EXIT_SYSTEM): a CLI has nothing better to do then.
 */
#ifndef THB_UTIL_H
#define THB_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct diag_list;

/* Say "out of memory" and exit with status 3 (THB_EXIT_SYSTEM). */
void	 util_out_of_memory(void) __attribute__((noreturn));

/* An xs:decimal a schema has validated ("0.95", "1"), read without the
 * locale: strtof() would stop at the point under a decimal-comma
 * LC_NUMERIC. */
float	 util_decimal(const char *);
/* A hexadecimal digit's value, -1 for another character. */
int	 util_hex_digit(char);

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

/* Text for a terminal: controls (C0, DEL, C1), bidi controls and invalid
 * UTF-8 are shown as \xNN or <U+NNNN> escapes, and anything beyond max
 * bytes is cut with "...".  A file name or a value from an input file
 * goes through it before it reaches a message. */
void	 sbuf_add_term_safe(struct sbuf *, const char *, size_t max);
char	*util_term_safe(const char *, size_t max);	/* caller frees */
/* A text for a terminal, lines kept, nothing cut. */
bool	 util_fputs_term(const char *, FILE *);
#define UTIL_TERM_VALUE_MAX	200	/* a value quoted in a message */
#define UTIL_TERM_TEXT_MAX	600	/* libxml2's message, a value in it */
#define UTIL_TERM_PATH_MAX	400	/* a file name in a message */

/* A one-line field (a name, a police service, a report number): the
 * result of util_one_line(), which edits s in place.  Leading and
 * trailing white space (the file's layout) goes without a word; inside,
 * tabs and runs of spaces become one space (UTIL_LINE_FOLDED); a line
 * break (LF, CR, NEL, U+2028, U+2029) or another control character
 * (C0, DEL, C1) is UTIL_LINE_BROKEN and s is left as it was; nothing
 * left is UTIL_LINE_BLANK. */
enum util_line { UTIL_LINE_OK, UTIL_LINE_FOLDED, UTIL_LINE_BROKEN,
	UTIL_LINE_BLANK };
enum util_line	 util_one_line(char *s);

/* The one writer of output files.  The document reaches its name only
 * complete: written to an unnamed file (O_TMPFILE) linked in when done,
 * or, where the file system cannot, to a temporary name that is removed
 * on SIGINT, SIGTERM, SIGHUP and SIGXFSZ.  An existing file is left alone
 * (ERR_OUTPUT_EXISTS) unless replace, and then only a regular file is
 * replaced; a folder that any user can write without the sticky bit is
 * refused (another user could swap the file).  path "-" is standard
 * output.  false, with a diagnostic, on failure; nothing is left. */
bool	 util_out_write(const char *path, const void *buf, size_t len,
	    unsigned mode, bool replace, struct diag_list *);
/* The checks of util_out_write() that need no document, to fail before
 * the work of making one. */
bool	 util_out_check(const char *path, bool replace, struct diag_list *);
/* Whether path is a document's way to standard output ("-"). */
bool	 util_out_is_stdout(const char *path);

/* Make the process fit to hold personal data: no core dump (a core of a
 * run holds the names it read), not attachable by other processes. */
void	 util_process_protect(void);

#endif
