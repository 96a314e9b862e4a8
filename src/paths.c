/* paths.c: look data files up in THBDOC_DATADIR, then in pkgdatadir. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "paths.h"
#include "util.h"

/* An empty entry of a list ("a::b", a trailing ':') is no folder: taken
 * as "", it would search "/".  Only a readable regular file is found (a
 * FIFO would stall the reader). */
static char *
try_dir(const char *dir, size_t dirlen, const char *relpath)
{
	struct stat sb;
	char *p;

	if (dirlen == 0)
		return NULL;
	p = xasprintf("%.*s/%s", (int)dirlen, dir, relpath);
	if (stat(p, &sb) == 0 && S_ISREG(sb.st_mode) && access(p, R_OK) == 0)
		return p;
	free(p);
	return NULL;
}

char *
paths_search(const char *env_var, const char *installed, const char *relpath)
{
	const char *env = getenv(env_var);
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
	return try_dir(installed, strlen(installed), relpath);
}

char *
paths_find(const char *relpath)
{
	return paths_search("THBDOC_DATADIR", PKGDATADIR, relpath);
}

static char *
require_one(const char *relpath, struct diag_list *diags)
{
	char *p = paths_find(relpath);

	if (p == NULL)
		diag_add(diags, ERR_DATA_MISSING, NULL, 0, 0, relpath);
	return p;
}

bool
paths_require(const char *relpath, const char *schema_relpath,
    struct paths_data *f, struct diag_list *diags)
{
	f->data = require_one(relpath, diags);
	f->schema = require_one(schema_relpath, diags);
	return f->data != NULL && f->schema != NULL;
}

void
paths_release(struct paths_data *f)
{
	free(f->data);
	free(f->schema);
	f->data = f->schema = NULL;
}
