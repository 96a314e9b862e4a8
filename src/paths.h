/* paths.h: where thbdoc finds its data (schemas, templates, fonts).
 *
 * THBDOC_DATADIR, when set, is a colon-separated list of folders searched
 * first (the test suite points it at the source and build trees);
 * then the folder fixed at configure time ($(pkgdatadir)).  Fonts are
 * trusted input for libharu, so they are never looked up anywhere else.
 */
#ifndef THB_PATHS_H
#define THB_PATHS_H

#include <stdbool.h>

struct diag_list;

/* The first existing DIR/relpath, newly allocated; NULL when none. */
char	*paths_find(const char *relpath);

/* The same search with another variable and installed folder (the
 * message catalogues: THBDOC_LOCALEDIR, then $(localedir)). */
char	*paths_search(const char *env_var, const char *installed,
	    const char *relpath);

/* A data file and the schema it is read against, both found, or
 * ERR_DATA_MISSING for each one that is not (is thbdoc installed?). */
struct paths_data {
	char	*data;
	char	*schema;
};

bool	 paths_require(const char *relpath, const char *schema_relpath,
	    struct paths_data *, struct diag_list *);
void	 paths_release(struct paths_data *);

#endif
