/* users.c: the users file of thbdoc serve (see users.h). */
#include <config.h>

#include <crypt.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>

#include "i18n.h"
#include "users.h"
#include "util.h"
#include "xml_read.h"

static const char *const role_names[ROLE__MAX] = {
	"police", "centre", "office", "translator"
};

const char *
users_role_name(enum users_role r)
{
	return role_names[r];
}

int
users_role_parse(const char *s)
{
	int r;

	for (r = 0; r < ROLE__MAX; r++)
		if (strcmp(s, role_names[r]) == 0)
			return r;
	return -1;
}

static int
centre_parse(const char *s)
{
	int c;

	if (strcmp(s, "-") == 0)
		return CENTRE_NONE;
	for (c = CENTRE_PAYOKE; c <= CENTRE_SURYA; c++)
		if (strcmp(s, case_centre_name((enum case_centre)c)) == 0)
			return c;
	return -1;
}

bool
users_valid_name(const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0 || n > USERS_NAME_MAX)
		return false;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') ||
		    (i > 0 && (s[i] == '.' || s[i] == '_' || s[i] == '-'))))
			return false;
	return true;
}

const char *
users_password_problem(const char *pw)
{
	size_t n = strlen(pw);

	if (n < USERS_PASSWORD_MIN)
		/* TRANSLATORS: thbdoc user add: the new password is refused;
		   printed after "thbdoc: user: ". */
		return _("the password must have at least 10 characters");
	if (n > USERS_PASSWORD_MAX)
		return _("the password must have at most 256 characters");
	return NULL;
}

bool
users_equal_ct(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i;
	unsigned char d = na != nb;

	for (i = 0; i < na; i++)
		d |= (unsigned char)a[i] ^ (unsigned char)b[i % (nb ? nb : 1)];
	return d == 0 && nb > 0;
}

char *
users_random_hex(size_t n)
{
	unsigned char *raw = xmalloc(n);
	char *hex = xmalloc(2 * n + 1);
	size_t got = 0, i;
	ssize_t r;

	while (got < n) {
		r = getrandom(raw + got, n - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			abort();	/* no randomness: never fall back */
		got += (size_t)r;
	}
	for (i = 0; i < n; i++)
		snprintf(hex + 2 * i, 3, "%02x", raw[i]);
	free(raw);
	return hex;
}

char *
users_sha256_hex(const char *s)
{
	unsigned char d[32];
	char *hex = xmalloc(65);
	size_t i;

	if (gnutls_hash_fast(GNUTLS_DIG_SHA256, s, strlen(s), d) != 0)
		abort();
	for (i = 0; i < sizeof(d); i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	return hex;
}

static bool
parse_line(struct users_entry *u, char *line)
{
	char *f[5], *p = line;
	int n = 0, role, centre;

	while (n < 5) {
		f[n++] = p;
		if ((p = strchr(p, ':')) == NULL)
			break;
		*p++ = '\0';
	}
	if (n != 5 || p != NULL || !users_valid_name(f[0]) ||
	    (role = users_role_parse(f[1])) < 0 ||
	    (centre = centre_parse(f[2])) < 0 ||
	    (role == ROLE_CENTRE) != (centre != CENTRE_NONE) ||
	    strncmp(f[3], "$y$", 3) != 0)
		return false;
	u->name = xstrdup(f[0]);
	u->role = (enum users_role)role;
	u->centre = (enum case_centre)centre;
	u->hash = xstrdup(f[3]);
	u->token_hash = strcmp(f[4], "-") == 0 ? NULL : xstrdup(f[4]);
	return true;
}

struct users_db *
users_load(const char *path, bool missing_ok, char **err)
{
	struct diag_list diags = { 0 };
	struct users_db *db = xcalloc(1, sizeof(*db));
	struct stat sb;
	char *buf, *line, *next;
	size_t len;
	int lineno = 0;

	if (stat(path, &sb) != 0) {
		if (errno == ENOENT && missing_ok)
			return db;
		/* TRANSLATORS: thbdoc user and thbdoc serve, on standard
		   error: %1$s: the users file (--users FILE); %2$s: the
		   system's reason. */
		*err = xasprintf(_("%s: cannot read the users file: %s"),
		    path, strerror(errno));
		free(db);
		return NULL;
	}
	if ((sb.st_mode & 077) != 0) {
		/* TRANSLATORS: thbdoc user and thbdoc serve: %s: the users
		   file. Keep "chmod 600" (the command that fixes it). */
		*err = xasprintf(_("%s: the users file must be readable by "
		    "its owner only (chmod 600)"), path);
		free(db);
		return NULL;
	}
	if ((buf = xml_file_slurp(path, USERS_MAX_FILE_SIZE, &len, &diags))
	    == NULL) {
		/* TRANSLATORS: thbdoc user and thbdoc serve: %s: the users
		   file. */
		*err = xasprintf(_("%s: cannot read the users file"), path);
		diag_list_free(&diags);
		free(db);
		return NULL;
	}
	diag_list_free(&diags);
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '\0' || *line == '#')
			continue;
		db->items = xrealloc(db->items,
		    (db->count + 1) * sizeof(*db->items));
		if (!parse_line(&db->items[db->count], line) ||
		    users_find(db, db->items[db->count].name) != NULL) {
			/* TRANSLATORS: thbdoc user and thbdoc serve: %1$s: the
			   users file; %2$d: a line number.
			   NAME:ROLE:CENTRE:HASH:TOKEN is the form of a line,
			   five fields separated by colons: translate the words
			   if you like, keep the colons. */
			*err = xasprintf(_("%s:%d: error: not a user line "
			    "(NAME:ROLE:CENTRE:HASH:TOKEN)"), path, lineno);
			free(buf);
			users_free(db);
			return NULL;
		}
		db->count++;
	}
	free(buf);
	return db;
}

bool
users_save(const struct users_db *db, const char *path, char **err)
{
	struct diag_list diags = { 0 };
	struct sbuf out = { 0 };
	size_t i;
	bool ok;

	sbuf_add(&out, "# thbdoc users: NAME:ROLE:CENTRE:HASH:TOKEN "
	    "(thbdoc user --help)\n");
	for (i = 0; i < db->count; i++) {
		const struct users_entry *u = &db->items[i];

		sbuf_printf(&out, "%s:%s:%s:%s:%s\n", u->name,
		    role_names[u->role], u->centre == CENTRE_NONE ? "-" :
		    case_centre_name(u->centre), u->hash,
		    u->token_hash ? u->token_hash : "-");
	}
	ok = util_out_write(path, out.data, out.len, 0600, true, &diags);
	if (!ok)
		/* TRANSLATORS: thbdoc user: %1$s: the users file; %2$s: the
		   reason (a message of its own). */
		*err = xasprintf(_("%s: cannot write the users file: %s"),
		    path, diags.count > 0 ? diags.items[0].message : "");
	diag_list_free(&diags);
	sbuf_free(&out);
	return ok;
}

void
users_free(struct users_db *db)
{
	size_t i;

	if (db == NULL)
		return;
	for (i = 0; i < db->count; i++) {
		free(db->items[i].name);
		free(db->items[i].hash);
		free(db->items[i].token_hash);
	}
	free(db->items);
	free(db);
}

const struct users_entry *
users_find(const struct users_db *db, const char *name)
{
	size_t i;

	for (i = 0; i < db->count; i++)
		if (strcmp(db->items[i].name, name) == 0)
			return &db->items[i];
	return NULL;
}

const struct users_entry *
users_find_token(const struct users_db *db, const char *token)
{
	const struct users_entry *found = NULL;
	char *h;
	size_t i;

	if (strlen(token) != 64)
		return NULL;
	h = users_sha256_hex(token);
	for (i = 0; i < db->count; i++)
		if (db->items[i].token_hash != NULL &&
		    users_equal_ct(db->items[i].token_hash, h))
			found = &db->items[i];
	free(h);
	return found;
}

/* A fixed yescrypt hash of a random string: checked against when the
 * user is unknown, so that the answer takes the same time. */
static const char dummy_hash[] =
    "$y$j9T$ERCWDoTL5ha7tAJjfVP0m/$mryTH7Q01d8jSXZA5ffbgo/qe7keYjkfvnLMb1I/Ja2";

bool
users_check_password(const struct users_entry *u, const char *password)
{
	struct crypt_data *cd = xcalloc(1, sizeof(*cd));
	const char *hash = u != NULL ? u->hash : dummy_hash;
	const char *r;
	bool ok;

	r = crypt_rn(password, hash, cd, (int)sizeof(*cd));
	ok = r != NULL && r[0] != '*' && users_equal_ct(r, hash) && u != NULL;
	explicit_bzero(cd, sizeof(*cd));
	free(cd);
	return ok;
}

static char *
hash_password(const char *password)
{
	struct crypt_data *cd = xcalloc(1, sizeof(*cd));
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	const char *r;
	char *out = NULL;

	if (crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof(salt)) != NULL &&
	    (r = crypt_rn(password, salt, cd, (int)sizeof(*cd))) != NULL &&
	    r[0] != '*')
		out = xstrdup(r);
	explicit_bzero(cd, sizeof(*cd));
	free(cd);
	return out;
}

static struct users_entry *
find_mut(struct users_db *db, const char *name)
{
	return (struct users_entry *)users_find(db, name);
}

bool
users_set(struct users_db *db, const char *name, enum users_role role,
    enum case_centre centre, const char *password, char **err)
{
	struct users_entry *u;
	char *hash;

	if ((hash = hash_password(password)) == NULL) {
		/* TRANSLATORS: thbdoc user add: an error of the system library
		   that stores passwords as hashes; libcrypt and yescrypt are
		   names: keep them. */
		*err = xstrdup(_("libcrypt could not hash the password "
		    "(yescrypt)"));
		return false;
	}
	if ((u = find_mut(db, name)) == NULL) {
		db->items = xrealloc(db->items,
		    (db->count + 1) * sizeof(*db->items));
		u = &db->items[db->count++];
		memset(u, 0, sizeof(*u));
		u->name = xstrdup(name);
	}
	free(u->hash);
	u->hash = hash;
	u->role = role;
	u->centre = role == ROLE_CENTRE ? centre : CENTRE_NONE;
	return true;
}

bool
users_delete(struct users_db *db, const char *name)
{
	struct users_entry *u = find_mut(db, name);
	size_t i;

	if (u == NULL)
		return false;
	i = (size_t)(u - db->items);
	free(u->name);
	free(u->hash);
	free(u->token_hash);
	memmove(u, u + 1, (db->count - i - 1) * sizeof(*u));
	db->count--;
	return true;
}

char *
users_new_token(struct users_db *db, const char *name)
{
	struct users_entry *u = find_mut(db, name);
	char *token;

	if (u == NULL)
		return NULL;
	token = users_random_hex(32);
	free(u->token_hash);
	u->token_hash = users_sha256_hex(token);
	return token;
}
