/* file_atomic.c: write a whole file atomically (see file_atomic.h). */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file_atomic.h"
#include "util.h"

static bool
write_all(int fd, const unsigned char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

static void
sync_folder(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	int dfd;

	if (slash != NULL)
		slash[slash == dir ? 1 : 0] = '\0';
	if ((dfd = open(slash != NULL ? dir : ".", O_RDONLY | O_DIRECTORY))
	    >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
}

bool
file_write_atomic(const char *path, const void *buf, size_t len,
    mode_t mode, bool replace)
{
	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd, saved;
	bool placed;

	if ((fd = mkstemp(tmp)) < 0) {
		saved = errno;
		free(tmp);
		errno = saved;
		return false;
	}
	if (fchmod(fd, mode) != 0 || !write_all(fd, buf, len) ||
	    fsync(fd) != 0) {
		saved = errno;
		close(fd);
		goto fail;
	}
	if (close(fd) != 0) {
		saved = errno;
		goto fail;
	}
	if (replace)
		placed = rename(tmp, path) == 0;
	else if ((placed = link(tmp, path) == 0))
		unlink(tmp);
	if (!placed) {
		saved = errno;
		goto fail;
	}
	sync_folder(path);
	free(tmp);
	return true;
fail:
	unlink(tmp);
	free(tmp);
	errno = saved;
	return false;
}
