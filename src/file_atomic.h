/* file_atomic.h: write a whole file atomically (case files and the users
 * file of thbdoc serve): a temporary file in the same folder, fsync, then
 * rename (replace) or link (create, never clobber), then fsync of the
 * folder.  On failure no temporary file is left and the file at path is
 * untouched.  The same steps as pdf_write() (pdf_out.c).
 */
#ifndef THB_FILE_ATOMIC_H
#define THB_FILE_ATOMIC_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* false on failure with errno set (EEXIST: !replace and path exists). */
bool	file_write_atomic(const char *path, const void *buf, size_t len,
	    mode_t mode, bool replace);

#endif
