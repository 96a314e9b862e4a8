/* users.h: the users of thbdoc serve, kept in one file (mode 0600).
 *
 * One line per user, colon-separated:
 *     NAME:ROLE:CENTRE:PASSWORD-HASH:TOKEN-HASH
 * ROLE is police, centre, office or translator; CENTRE is the centre of a
 * centre's user (payoke, pag-asa, surya), "-" otherwise; the password hash
 * is yescrypt ("$y$...", crypt(3) of libxcrypt); TOKEN-HASH is the SHA-256
 * (hex) of the user's API token, "-" when none.  A password or a token is
 * never stored, only its hash.
 *
 * Ownership: users_load() returns a table released with users_free();
 * every string inside belongs to it.  Functions returning char * return
 * memory the caller frees.  Errors are returned as one translated
 * sentence in *err (caller frees), never printed here.
 */
#ifndef THB_USERS_H
#define THB_USERS_H

#include <stdbool.h>
#include <stddef.h>

#include "case.h"

enum users_role { ROLE_POLICE, ROLE_CENTRE, ROLE_OFFICE, ROLE_TRANSLATOR,
	ROLE__MAX };

struct users_entry {
	char		*name;
	enum users_role	 role;
	enum case_centre	 centre;	/* CENTRE_NONE unless role is centre */
	char		*hash;		/* yescrypt */
	char		*token_hash;	/* SHA-256 hex, or NULL */
};

struct users_db {
	struct users_entry	*items;
	size_t		 count;
};

#define USERS_MAX_FILE_SIZE (1024UL * 1024)
#define USERS_NAME_MAX 32
#define USERS_PASSWORD_MIN 10
#define USERS_PASSWORD_MAX 256

/* missing_ok: a file that does not exist yet is an empty table. */
struct users_db	*users_load(const char *path, bool missing_ok, char **err);
bool		 users_save(const struct users_db *, const char *path,
		    char **err);
void		 users_free(struct users_db *);

const struct users_entry *users_find(const struct users_db *, const char *name);
const struct users_entry *users_find_token(const struct users_db *,
		    const char *token);
/* Spends the time of one hash check even when u is NULL, so that an
 * unknown name and a wrong password take as long. */
bool		 users_check_password(const struct users_entry *u,
		    const char *password);

bool		 users_valid_name(const char *);
const char	*users_role_name(enum users_role);
int		 users_role_parse(const char *);	/* -1: unknown */
const char	*users_password_problem(const char *);	/* NULL: fine */

/* Add (or replace the password of) a user; false and *err on failure. */
bool		 users_set(struct users_db *, const char *name,
		    enum users_role, enum case_centre, const char *password,
		    char **err);
bool		 users_delete(struct users_db *, const char *name);
/* A new API token for the user (printed once, stored hashed). */
char		*users_new_token(struct users_db *, const char *name);

/* n random bytes as 2n hex digits (getrandom). */
char		*users_random_hex(size_t n);
/* SHA-256 of s, hex. */
char		*users_sha256_hex(const char *s);
/* Compare without leaking the position of the first difference. */
bool		 users_equal_ct(const char *a, const char *b);

#endif
