/* paths.h: where thbdoc finds its data (schemas, templates, fonts).
 *
 * THBDOC_DATADIR, when set, is a colon-separated list of folders searched
 * first (the test suite points it at the source and build trees);
 * then the folder fixed at configure time ($(pkgdatadir)).  Fonts are
 * trusted input for libharu, so they are never looked up anywhere else.
 */
#ifndef THB_PATHS_H
#define THB_PATHS_H

/* The first existing DIR/relpath, newly allocated; NULL when none. */
char	*paths_find(const char *relpath);

#endif
