/* paths.c: look data files up in THBDOC_DATADIR, then in pkgdatadir. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

static char *
try_dir(const char *dir, size_t dirlen, const char *relpath)
{
	char *p = xasprintf("%.*s/%s", (int)dirlen, dir, relpath);

	if (access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

char *
paths_find(const char *relpath)
{
	const char *env = getenv("THBDOC_DATADIR");
	const char *p, *colon;
	char *found;

	if (env != NULL && *env != '\0') {
		for (p = env; ; p = colon + 1) {
			colon = strchr(p, ':');
			if ((found = try_dir(p, colon ? (size_t)(colon - p) :
			    strlen(p), relpath)) != NULL)
				return found;
			if (colon == NULL)
				break;
		}
	}
	return try_dir(PKGDATADIR, strlen(PKGDATADIR), relpath);
}
