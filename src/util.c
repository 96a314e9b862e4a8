/* util.c: allocation wrappers, string buffers, text safe for a terminal,
 * the one writer of output files and the process's protection. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "exitcodes.h"
#include "i18n.h"
#include "util.h"

/* The name a fallback temporary file has, for the signal handler: a
 * fixed buffer, as a handler may not allocate. */
static char cleanup_path[PATH_MAX];
static volatile sig_atomic_t cleanup_armed;

/* Out of memory, wherever it is found (our allocations, libharu's error
 * handler, HarfBuzz's and libxml2's results): one message, exit 3.  No
 * stdio and no gettext here: both may need memory. */
void
util_out_of_memory(void)
{
	static const char msg[] = "thbdoc: error: out of memory\n";

	if (cleanup_armed)
		unlink(cleanup_path);
	cleanup_armed = 0;
	if (write(STDERR_FILENO, msg, sizeof(msg) - 1) < 0)
		_exit(THB_EXIT_SYSTEM);
	exit(THB_EXIT_SYSTEM);
}

#define out_of_memory util_out_of_memory

float
util_decimal(const char *s)
{
	float v = 0, unit = 1;
	bool frac = false;

	for (; *s != '\0'; s++) {
		if (*s == '.')
			frac = true;
		else if (*s >= '0' && *s <= '9') {
			if (frac) {
				unit /= 10;
				v += (float)(*s - '0') * unit;
			} else
				v = v * 10 + (float)(*s - '0');
		}
	}
	return v;
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size ? size : 1);

	if (q == NULL)
		out_of_memory();
	return q;
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

char *
xasprintf(const char *fmt, ...)
{
	struct sbuf b = { 0 };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		out_of_memory();
	b.cap = (size_t)n + 1;
	b.data = xmalloc(b.cap);
	va_start(ap, fmt);
	vsnprintf(b.data, b.cap, fmt, ap);
	va_end(ap);
	return b.data;
}

static void
sbuf_reserve(struct sbuf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	while (b->len + extra + 1 > b->cap)
		b->cap = b->cap ? b->cap * 2 : 64;
	b->data = xrealloc(b->data, b->cap);
}

void
sbuf_addn(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
sbuf_add(struct sbuf *b, const char *s)
{
	sbuf_addn(b, s, strlen(s));
}

void
sbuf_addc(struct sbuf *b, char c)
{
	sbuf_addn(b, &c, 1);
}

void
sbuf_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	sbuf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static size_t utf8_seq(const unsigned char *, uint32_t *);
static bool term_unsafe(uint32_t);

/* JSON strings: escape what RFC 8259 requires, and what a terminal or a
 * JavaScript reader would act on (C1, bidi controls, U+2028, U+2029).
 * A byte that is not UTF-8 (a Latin-1 file name) becomes \udcXX, as
 * Python's surrogateescape reads it: the output stays UTF-8, and the
 * bytes can be recovered (os.fsencode). */
void
sbuf_add_json_string(struct sbuf *b, const char *s)
{
	const unsigned char *p;
	uint32_t c;
	size_t n;

	sbuf_addc(b, '"');
	for (p = (const unsigned char *)s; *p != '\0'; p += n) {
		if ((n = utf8_seq(p, &c)) == 0) {
			sbuf_printf(b, "\\udc%02x", *p);
			n = 1;
		} else if (c == '"')
			sbuf_add(b, "\\\"");
		else if (c == '\\')
			sbuf_add(b, "\\\\");
		else if (c == '\n')
			sbuf_add(b, "\\n");
		else if (c == '\t')
			sbuf_add(b, "\\t");
		else if (c < 0x20 || c == 0x7F || term_unsafe(c) ||
		    c == 0x2028 || c == 0x2029)
			sbuf_printf(b, "\\u%04x", (unsigned)c);
		else
			sbuf_addn(b, (const char *)p, n);
	}
	sbuf_addc(b, '"');
}

const char *
sbuf_str(const struct sbuf *b)
{
	return b->data ? b->data : "";
}

char *
sbuf_detach(struct sbuf *b)
{
	char *s = b->data ? b->data : xstrdup("");

	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

void
sbuf_free(struct sbuf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Length of the UTF-8 sequence at p (1-4), 0 when it is not valid:
 * overlong forms, surrogates and code points past U+10FFFF included. */
static size_t
utf8_seq(const unsigned char *p, uint32_t *cp)
{
	size_t n, i;
	uint32_t c;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		n = 2, c = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		n = 3, c = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		n = 4, c = p[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* What a terminal would act on rather than show: C1 controls (which
 * include the 8-bit CSI), and the bidi controls that reorder the rest of
 * the line (U+061C, U+200E-F, U+202A-E, U+2066-9). */
static bool
term_unsafe(uint32_t c)
{
	return (c >= 0x80 && c <= 0x9F) || c == 0x061C ||
	    c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
	    (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

static void
term_escape(struct sbuf *b, const char *s, size_t max, bool lines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = b->len, n;
	uint32_t c;

	sbuf_add(b, "");
	while (*p != '\0') {
		if (max > 0 && b->len - start >= max) {
			sbuf_add(b, "...");
			return;
		}
		if ((n = utf8_seq(p, &c)) == 0) {
			sbuf_printf(b, "\\x%02X", *p);
			p++;
		} else if ((c < 0x20 || c == 0x7F) && !(lines && c == '\n')) {
			sbuf_printf(b, "\\x%02X", (unsigned)c);
			p++;
		} else if (term_unsafe(c)) {
			sbuf_printf(b, "<U+%04X>", (unsigned)c);
			p += n;
		} else {
			sbuf_addn(b, (const char *)p, n);
			p += n;
		}
	}
}

void
sbuf_add_term_safe(struct sbuf *b, const char *s, size_t max)
{
	term_escape(b, s, max, false);
}

bool
util_fputs_term(const char *text, FILE *fp)
{
	struct sbuf b = { 0 };
	bool ok;

	term_escape(&b, text, 0, true);
	ok = fputs(sbuf_str(&b), fp) >= 0;
	sbuf_free(&b);
	return ok;
}

char *
util_term_safe(const char *s, size_t max)
{
	struct sbuf b = { 0 };

	sbuf_add_term_safe(&b, s, max);
	return sbuf_detach(&b);
}

static bool
line_break(uint32_t c)
{
	return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 ||
	    c == 0x2029 || c == '\v' || c == '\f';
}

static bool
blank(uint32_t c)
{
	return c == ' ' || c == '\t' || line_break(c);
}

enum util_line
util_one_line(char *s)
{
	const unsigned char *p = (const unsigned char *)s, *start, *end;
	size_t n, out = 0;
	bool folded = false, space = false;
	uint32_t c;

	/* The file's layout around the value: trimmed. */
	for (start = p; *start != '\0' && (n = utf8_seq(start, &c)) != 0 &&
	    blank(c); start += n)
		;
	for (end = start, p = start; *p != '\0'; p += n) {
		if ((n = utf8_seq(p, &c)) == 0)
			n = 1, c = 0xFFFD;	/* the reader checked UTF-8 */
		if (!blank(c))
			end = p + n;
	}
	for (p = start; p < end; p += n) {
		n = utf8_seq(p, &c);
		if (n == 0)
			n = 1, c = 0xFFFD;
		if (line_break(c) || (c < 0x20 && c != '\t') || c == 0x7F ||
		    (c >= 0x80 && c <= 0x9F))
			return UTIL_LINE_BROKEN;
	}
	for (p = start; p < end; p += n) {
		n = utf8_seq(p, &c);
		if (n == 0)
			n = 1, c = 0xFFFD;
		if (c == ' ' || c == '\t') {
			folded |= space || c == '\t';
			if (!space)
				s[out++] = ' ';
			space = true;
			continue;
		}
		space = false;
		memmove(s + out, p, n);
		out += n;
	}
	s[out] = '\0';
	if (out == 0)
		return UTIL_LINE_BLANK;
	return folded ? UTIL_LINE_FOLDED : UTIL_LINE_OK;
}

/* --- the output writer --- */

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGXFSZ };
static struct sigaction cleanup_saved[4];

static void
on_fatal_signal(int sig)
{
	if (cleanup_armed)
		unlink(cleanup_path);
	cleanup_armed = 0;
	/* Die of the signal as the caller expects (status 128+sig). */
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Remove path if the process is killed before disarm. */
static bool
cleanup_arm(const char *path)
{
	struct sigaction sa;
	size_t i;

	if (strlen(path) >= sizeof(cleanup_path))
		return false;
	memcpy(cleanup_path, path, strlen(path) + 1);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < 4; i++)
		sigaddset(&sa.sa_mask, cleanup_signals[i]);
	for (i = 0; i < 4; i++) {
		sigaction(cleanup_signals[i], NULL, &cleanup_saved[i]);
		/* A signal the caller ignores stays ignored (ulimit tests
		 * ignore SIGXFSZ to see EFBIG). */
		if (cleanup_saved[i].sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &sa, NULL);
	}
	cleanup_armed = 1;
	return true;
}

static void
cleanup_disarm(void)
{
	size_t i;

	cleanup_armed = 0;
	for (i = 0; i < 4; i++)
		if (cleanup_saved[i].sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &cleanup_saved[i], NULL);
}

static bool
write_all(int fd, const unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return false;
		if (w == 0) {
			errno = ENOSPC;
			return false;
		}
		p += w;
		n -= (size_t)w;
	}
	return true;
}

bool
util_out_is_stdout(const char *path)
{
	return strcmp(path, "-") == 0;
}

/* The folder of path and its last component, split. */
struct out_target {
	const char	*path;
	char		*dir;
	const char	*base;
	int		 dfd;
};

static bool
target_open(struct out_target *t, const char *path, struct diag_list *dl)
{
	char *slash;
	struct stat sb;

	t->path = path;
	t->dir = xstrdup(path);
	slash = strrchr(t->dir, '/');
	if (slash == NULL) {
		t->base = path;
		free(t->dir);
		t->dir = xstrdup(".");
	} else {
		t->base = path + (slash - t->dir) + 1;
		slash[slash == t->dir ? 1 : 0] = '\0';
	}
	if (*t->base == '\0') {
		errno = EISDIR;
		goto fail;
	}
	if ((t->dfd = open(t->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
	    fstat(t->dfd, &sb) != 0)
		goto fail;
	/* In a folder anyone can write, without the sticky bit (as /tmp
	 * has), another user can rename or replace our file. */
	if ((sb.st_mode & S_IWOTH) && !(sb.st_mode & S_ISVTX)) {
		diag_add(dl, ERR_OUTPUT_DIR_UNSAFE, NULL, 0, 0, t->dir);
		return false;
	}
	return true;
fail:
	diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, path, strerror(errno));
	return false;
}

static void
target_close(struct out_target *t)
{
	if (t->dfd >= 0)
		close(t->dfd);
	free(t->dir);
}

/* What is at the name now: nothing, or a regular file we may replace. */
static bool
target_check(const struct out_target *t, bool replace, struct diag_list *dl)
{
	struct stat sb;

	if (fstatat(t->dfd, t->base, &sb, AT_SYMLINK_NOFOLLOW) != 0)
		return true;
	if (!replace) {
		diag_add(dl, ERR_OUTPUT_EXISTS, NULL, 0, 0, t->path);
		return false;
	}
	if (!S_ISREG(sb.st_mode)) {
		diag_add(dl, ERR_OUTPUT_NOT_REGULAR, NULL, 0, 0, t->path);
		return false;
	}
	return true;
}

/* Put the name of a temporary in the folder into tmp (".BASE.XXXXXX"). */
static void
temp_name(const struct out_target *t, char *tmp, size_t size, unsigned n)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	snprintf(tmp, size, ".%.200s.%06lx", t->base,
	    ((unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 8) ^
	    n * 2654435761UL) & 0xFFFFFFUL);
}

/* Give the complete file (open as fd, or named tmp) its name.  Without
 * replace, link() fails when the name exists, so a file that appeared
 * meanwhile is never clobbered; with replace, rename() is atomic. */
static bool
place(const struct out_target *t, const char *tmp, bool replace,
    struct diag_list *dl)
{
	if (replace) {
		if (!target_check(t, true, dl))
			return false;
		if (renameat(t->dfd, tmp, t->dfd, t->base) == 0)
			return true;
	} else if (linkat(t->dfd, tmp, t->dfd, t->base, 0) == 0) {
		unlinkat(t->dfd, tmp, 0);
		return true;
	} else if (errno == EEXIST) {
		diag_add(dl, ERR_OUTPUT_EXISTS, NULL, 0, 0, t->path);
		return false;
	} else if ((errno == EPERM || errno == ENOTSUP || errno == ENOSYS) &&
	    faccessat(t->dfd, t->base, F_OK, AT_SYMLINK_NOFOLLOW) != 0 &&
	    renameat(t->dfd, tmp, t->dfd, t->base) == 0)
		return true;
	diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path, strerror(errno));
	return false;
}

/* Link an unnamed O_TMPFILE file in.  1 done, 0 failed (said), -1 this
 * kernel or file system cannot: use a named temporary file. */
static int
link_unnamed(const struct out_target *t, int fd, bool replace,
    struct diag_list *dl)
{
	char proc[64], tmp[256];
	unsigned n;
	bool ok;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	if (!replace) {
		if (linkat(AT_FDCWD, proc, t->dfd, t->base,
		    AT_SYMLINK_FOLLOW) == 0)
			return 1;
		if (errno == EEXIST) {
			diag_add(dl, ERR_OUTPUT_EXISTS, NULL, 0, 0, t->path);
			return 0;
		}
		return errno == ENOENT && access(proc, F_OK) != 0 ? -1 :
		    (diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(errno)), 0);
	}
	/* To replace atomically the file needs a name for rename(): a
	 * fresh one, removed if a signal comes meanwhile. */
	for (n = 0; n < 100; n++) {
		temp_name(t, tmp, sizeof(tmp), n);
		if (linkat(AT_FDCWD, proc, t->dfd, tmp,
		    AT_SYMLINK_FOLLOW) == 0)
			break;
		if (errno != EEXIST)
			return errno == ENOENT && access(proc, F_OK) != 0 ?
			    -1 : (diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0,
			    t->path, strerror(errno)), 0);
	}
	if (n == 100) {
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(EEXIST));
		return 0;
	}
	ok = place(t, tmp, true, dl);
	if (!ok)
		unlinkat(t->dfd, tmp, 0);
	return ok;
}

static void
sync_folder(const struct out_target *t)
{
	fsync(t->dfd);	/* make the new name itself durable */
}

/* The unnamed way: 1 done, 0 failed (said), -1 not available here. */
static int
write_unnamed(const struct out_target *t, const void *buf, size_t len,
    unsigned mode, bool replace, struct diag_list *dl)
{
	int fd, r;

#ifdef O_TMPFILE
	fd = openat(t->dfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
#else
	fd = -1;
	errno = EOPNOTSUPP;
#endif
	if (fd < 0)
		return errno == EOPNOTSUPP || errno == EISDIR ||
		    errno == EINVAL || errno == ENOENT ? -1 :
		    (diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(errno)), 0);
	if (fchmod(fd, (mode_t)mode) != 0 || !write_all(fd, buf, len) ||
	    fsync(fd) != 0) {
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(errno));
		close(fd);
		return 0;
	}
	r = link_unnamed(t, fd, replace, dl);
	close(fd);
	if (r == 1)
		sync_folder(t);
	return r;
}

/* The named way, for file systems without O_TMPFILE. */
static bool
write_named(const struct out_target *t, const void *buf, size_t len,
    unsigned mode, bool replace, struct diag_list *dl)
{
	char *tmp = xasprintf("%s/.%s.XXXXXX", t->dir, t->base);
	const char *tmpbase = strrchr(tmp, '/') + 1;
	bool ok = false;
	int fd;

	if (!cleanup_arm(tmp) || (fd = mkstemp(tmp)) < 0) {
		cleanup_disarm();
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(errno ? errno : ENAMETOOLONG));
		free(tmp);
		return false;
	}
	memcpy(cleanup_path, tmp, strlen(tmp) + 1);	/* the X's filled */
	/* mkstemp gives 0600; widen only when asked. */
	if (fchmod(fd, (mode_t)mode) != 0 || !write_all(fd, buf, len) ||
	    fsync(fd) != 0) {
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(errno));
		close(fd);
	} else if (close(fd) != 0)
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0, t->path,
		    strerror(errno));
	else if (place(t, tmpbase, replace, dl))
		ok = true;
	if (!ok)
		unlinkat(t->dfd, tmpbase, 0);
	else
		sync_folder(t);
	cleanup_disarm();
	free(tmp);
	return ok;
}

static bool
write_stdout(const void *buf, size_t len, struct diag_list *dl)
{
	if (isatty(STDOUT_FILENO)) {
		diag_add(dl, ERR_OUTPUT_TERMINAL, NULL, 0, 0);
		return false;
	}
	/* Past stdio: what thbdoc printed before is flushed first, the
	 * PDF then goes in one checked write() loop. */
	if (fflush(stdout) != 0 || !write_all(STDOUT_FILENO, buf, len)) {
		diag_add(dl, ERR_OUTPUT_STDOUT_WRITE, NULL, 0, 0,
		    strerror(errno));
		return false;
	}
	return true;
}

bool
util_out_write(const char *path, const void *buf, size_t len,
    unsigned mode, bool replace, struct diag_list *dl)
{
	struct out_target t = { NULL, NULL, NULL, -1 };
	bool ok = false;
	int r;

	if (util_out_is_stdout(path))
		return write_stdout(buf, len, dl);
	if (!target_open(&t, path, dl) || !target_check(&t, replace, dl))
		goto done;
	r = write_unnamed(&t, buf, len, mode, replace, dl);
	ok = r == 1 || (r == -1 && write_named(&t, buf, len, mode, replace,
	    dl));
done:
	target_close(&t);
	return ok;
}

bool
util_out_check(const char *path, bool replace, struct diag_list *dl)
{
	struct out_target t = { NULL, NULL, NULL, -1 };
	bool ok;

	if (util_out_is_stdout(path))
		return true;
	ok = target_open(&t, path, dl) && target_check(&t, replace, dl);
	target_close(&t);
	return ok;
}

void
util_process_protect(void)
{
	struct rlimit rl = { 0, 0 };

	setrlimit(RLIMIT_CORE, &rl);
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

/* The value of a hexadecimal digit, -1 for any other character (the
 * server's %HH escapes, a PO file's \xHH). */
int
util_hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}
