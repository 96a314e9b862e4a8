/* shim.c: an LD_PRELOAD library for tests/hostile.sh that makes the
 * system fail where it rarely does on a test machine:
 *   THB_SHIM_FAIL_ALLOC=N   the Nth allocation (malloc, calloc, realloc)
 *                           and every one after it fail (N counts from 1);
 *   THB_SHIM_NO_TMPFILE=1   open/openat with O_TMPFILE fail with
 *                           EOPNOTSUPP, as on a file system without it;
 *   THB_SHIM_COUNT=FILE     at exit, the number of allocations made is
 *                           written to FILE (to choose the N above).
 * A test program linked against nothing of the shim finds, with dlsym(),
 * thb_shim_fail_after() and thb_shim_calls() (tests/oom_shape.c), to
 * fail every allocation in turn in forked children. 
 * Allocation goes through glibc's __libc_* entry points, so the shim
 * needs no dlsym() (which allocates) for them. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static long fail_at = -1;	/* -1: not read yet; 0: never */
static long calls;

static int
should_fail(void)
{
	const char *s;

	if (fail_at < 0) {
		s = getenv("THB_SHIM_FAIL_ALLOC");
		fail_at = s != NULL ? atol(s) : 0;
	}
	++calls;
	return fail_at > 0 && calls >= fail_at;
}

/* The allocations made so far. */
long
thb_shim_calls(void)
{
	return calls;
}

/* From now on, the nth allocation and every one after it fail (n >= 1);
 * THB_SHIM_FAIL_ALLOC is no longer read. */
void
thb_shim_fail_after(long n)
{
	fail_at = calls + n;
}

__attribute__((destructor)) static void
report_count(void)
{
	const char *f = getenv("THB_SHIM_COUNT");
	char buf[32];
	int fd, n;

	if (f == NULL)
		return;
	n = snprintf(buf, sizeof(buf), "%ld\n", calls);
	if ((fd = open(f, O_WRONLY | O_CREAT | O_TRUNC, 0600)) >= 0) {
		if (write(fd, buf, (size_t)n) != n)
			n = 0;
		close(fd);
	}
}

void *
malloc(size_t n)
{
	if (should_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_malloc(n);
}

void *
calloc(size_t n, size_t m)
{
	if (should_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_calloc(n, m);
}

void *
realloc(void *p, size_t n)
{
	if (should_fail()) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_realloc(p, n);
}

static int
no_tmpfile(int flags)
{
#ifdef O_TMPFILE
	return (flags & O_TMPFILE) == O_TMPFILE &&
	    getenv("THB_SHIM_NO_TMPFILE") != NULL;
#else
	(void)flags;
	return 0;
#endif
}

int
openat(int dfd, const char *path, int flags, ...)
{
	static int (*real)(int, const char *, int, ...);
	mode_t mode = 0;
	va_list ap;

	va_start(ap, flags);
	if (flags & (O_CREAT | O_TMPFILE))
		mode = va_arg(ap, mode_t);
	va_end(ap);
	if (no_tmpfile(flags)) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (real == NULL)
		real = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT,
		    "openat");
	return real(dfd, path, flags, mode);
}
