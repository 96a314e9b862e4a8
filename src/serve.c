/* serve.c: thbdoc serve: the HTTP server, sessions, CSRF, login
 * throttling, security headers, the audit journal and the routes.
 *
 * Privacy: no access log; the audit journal says who did what to which
 * case and when, never a person's data; URLs carry case ids only; every
 * answer says Cache-Control: no-store.
 */
#include <config.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <microhttpd.h>

#include "exitcodes.h"
#include "card_grid.h"
#include "i18n.h"
#include "isonames.h"
#include "languages.h"
#include "paths.h"
#include "thb_data.h"
#include "serve_int.h"
#include "util.h"
#include "xml_read.h"

static const char *const ui_codes[SERVE_LANG__MAX] = { "en", "fr", "nl", "de" };

const char *
serve_lang_code(enum serve_lang l)
{
	return ui_codes[l];
}

date_day
serve_today(const struct serve_server *srv)
{
	return srv->cfg.as_of != DATE_DAY_NONE ? srv->cfg.as_of : date_today();
}

const char *
serve_tr(const struct serve_request *r, const char *msgid)
{
	const struct catalog *cat = r->srv->ui[r->lang];
	const char *t;

	if (cat != NULL && (t = catalog_lookup(cat, NULL, msgid)) != NULL)
		return t;
	return msgid;
}

const char *
serve_language_name(const struct serve_request *r, const char *code)
{
	const struct languages_info *l = languages_find(r->srv->languages,
	    code);
	struct diag_list quiet = { 0 };
	const char *name;

	if (l != NULL)
		return r->srv->language_words[r->lang][l - r->srv->languages->items];
	name = isonames_language(r->srv->names[r->lang], code, &quiet);
	diag_list_free(&quiet);
	return name;
}

/* The name of a language of the leaflet on the pages in page language pl,
 * one for every page (the card, the menus, the case, the translators'):
 * in English the officers' name kept in data/languages.xml ("Pashto",
 * "Bengali", "Edo", where iso-codes says "Pushto", "Bangla", "Bini"); in
 * the other languages iso-codes' translation, as the documents name it,
 * without its second name ("Paschtu; Afghanisch") or its "(macrolanguage)".
 * Malloc'ed. */
static char *
language_words_make(struct serve_server *srv, enum serve_lang pl,
    const struct languages_info *l, struct diag_list *diags)
{
	const char *iso, *iso_en;
	char *w, *cut;

	if (pl == SERVE_LANG_EN ||
	    (iso = isonames_language(srv->names[pl], l->code, diags)) == NULL)
		return xstrdup(l->english);
	w = xstrdup(iso);
	if ((cut = strstr(w, "; ")) != NULL)
		*cut = '\0';
	iso_en = isonames_language(srv->names[SERVE_LANG_EN], l->code, diags);
	if (iso_en != NULL && strstr(iso_en, " (macrolanguage)") != NULL &&
	    (cut = strrchr(w, '(')) != NULL && cut > w && cut[-1] == ' ')
		cut[-1] = '\0';
	return w;
}

const char *
serve_country_name(const struct serve_request *r, const char *code)
{
	struct diag_list quiet = { 0 };
	const char *name = isonames_country(r->srv->names[r->lang], code,
	    &quiet);

	diag_list_free(&quiet);
	return name;
}

/* --- replies ------------------------------------------------------------ */

void
serve_reply_html(struct serve_reply *rep, int status, struct html *h)
{
	rep->status = status;
	rep->type = "text/html; charset=utf-8";
	rep->body = html_detach(h, &rep->len);
}

void
serve_reply_text(struct serve_reply *rep, int status, const char *type, char *body,
    size_t len)
{
	rep->status = status;
	rep->type = type;
	rep->body = body;
	rep->len = len;
}

void
serve_reply_redirect(struct serve_reply *rep, const char *location)
{
	rep->status = MHD_HTTP_SEE_OTHER;
	rep->type = "text/plain; charset=utf-8";
	rep->body = xstrdup("");
	rep->len = 0;
	free(rep->location);
	rep->location = xstrdup(location);
}

static void
reply_cookie(struct serve_reply *rep, char *cookie)
{
	size_t i;

	for (i = 0; i < sizeof(rep->cookies) / sizeof(rep->cookies[0]); i++)
		if (rep->cookies[i] == NULL) {
			rep->cookies[i] = cookie;
			return;
		}
	free(cookie);
}

static void
reply_free(struct serve_reply *rep)
{
	size_t i;

	free(rep->body);
	free(rep->location);
	free(rep->disposition);
	for (i = 0; i < sizeof(rep->cookies) / sizeof(rep->cookies[0]); i++)
		free(rep->cookies[i]);
}

static void
json_error(struct serve_reply *rep, int status, const char *code)
{
	struct sbuf b = { 0 };

	sbuf_add(&b, "{\"error\":");
	sbuf_add_json_string(&b, code);
	sbuf_add(&b, "}\n");
	rep->status = status;
	rep->type = "application/json";
	rep->len = b.len;
	rep->body = sbuf_detach(&b);
}

/* --- the audit journal -------------------------------------------------- */

void
serve_audit(struct serve_server *srv, const struct serve_request *r, const char *case_id,
    const char *what)
{
	struct sbuf line = { 0 };
	char when[32];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	/* Tab-separated; a case id and a user name hold no tab or newline
	 * (both are checked where they come in). */
	sbuf_printf(&line, "%s\tuser=%s\trole=%s\tcase=%s\t%s\n", when,
	    r != NULL && r->who.known ? r->who.user : "-",
	    r != NULL && r->who.known ? users_role_name(r->who.role) : "-",
	    case_id != NULL ? case_id : "-", what);
	pthread_mutex_lock(&srv->audit_mutex);
	if (write(srv->audit_fd, line.data, line.len) != (ssize_t)line.len)
		fprintf(stderr, "thbdoc: serve: %s\n",
		    /* TRANSLATORS: thbdoc serve, on standard error after
		       "thbdoc: serve: ": the journal of who read or changed
		       which case (--audit FILE). */
		    _("cannot write to the audit journal"));
	pthread_mutex_unlock(&srv->audit_mutex);
	sbuf_free(&line);
}

/* A login, failed or not: the account tried and the client's address
 * (a staff member's, not a victim's).  A name that is no account is not
 * written ("?"): it may be a password typed into the wrong field. */
static void
audit_login(struct serve_server *srv, const struct serve_request *r,
    const char *what, const char *account, long wait)
{
	char *line;

	if (wait > 0)
		line = xasprintf("%s\taccount=%s\taddress=%s\twait=%lds", what,
		    account != NULL ? account : "?", r->address, wait);
	else
		line = xasprintf("%s\taccount=%s\taddress=%s", what,
		    account != NULL ? account : "?", r->address);
	serve_audit(srv, r, NULL, line);
	free(line);
}

/* A refusal (400, 403, 404): the path without its query (a URL's query
 * is never written), bytes other than printable ASCII as %XX, cut at 200
 * bytes. */
static void
audit_refusal(struct serve_server *srv, const struct serve_request *r,
    int status, const char *why)
{
	struct sbuf b = { 0 };
	const unsigned char *p;
	size_t n = 0;

	sbuf_printf(&b, "refused:%d%s%s\tpath=", status, why != NULL ? ":" : "",
	    why != NULL ? why : "");
	for (p = (const unsigned char *)r->url; *p != '\0' && n < 200; p++, n++)
		if (*p > 0x20 && *p < 0x7f && *p != '%')
			sbuf_printf(&b, "%c", *p);
		else
			sbuf_printf(&b, "%%%02X", *p);
	sbuf_printf(&b, "\taddress=%s", r->address);
	serve_audit(srv, r, NULL, sbuf_str(&b));
	sbuf_free(&b);
}

/* --- roles -------------------------------------------------------------- */

bool
serve_can_see(const struct serve_who *w, const struct serve_store_entry *e)
{
	switch (w->role) {
	case ROLE_POLICE:
	case ROLE_OFFICE:
		return true;
	case ROLE_CENTRE:
		return e->centre == w->centre;
	default:
		return false;
	}
}

/* --- users file, reloaded when it changes -------------------------------- */

static void
users_refresh(struct serve_server *srv)
{
	struct stat sb;
	long long m;
	struct users_db *db;
	char *err = NULL;

	if (stat(srv->cfg.users, &sb) != 0)
		return;
	m = (long long)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec;
	if (m == srv->users_mtime_ns)
		return;
	if ((db = users_load(srv->cfg.users, false, &err)) == NULL) {
		fprintf(stderr, "thbdoc: serve: %s\n", err);
		free(err);
		return;
	}
	users_free(srv->users);
	srv->users = db;
	srv->users_mtime_ns = m;
}

/* --- sessions ------------------------------------------------------------ */

static const char *
cookie(const struct serve_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name);
}

static char *
session_cookie(const struct serve_server *srv, const char *name, const char *value,
    const char *extra)
{
	return xasprintf("%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s", name,
	    value, srv->tls ? "; Secure" : "", extra);
}

/* Find the session of the cookie; copy it into r->who.  Expired sessions
 * are removed on the way. */
static void
session_lookup(struct serve_server *srv, struct serve_request *r)
{
	const char *tok = cookie(r, "thb_session");
	time_t now = time(NULL), idle = (time_t)srv->cfg.idle_minutes * 60;
	const struct users_entry *u;
	struct serve_session *s;
	size_t i;

	if (tok == NULL || strlen(tok) != 64)
		return;
	pthread_mutex_lock(&srv->sessions_mutex);
	for (i = 0; i < SERVE_SESSIONS_MAX; i++) {
		s = &srv->sessions[i];
		if (!s->used)
			continue;
		if (now - s->last > idle || now - s->created > 12 * 3600) {
			explicit_bzero(s, sizeof(*s));
			continue;
		}
		if (!users_equal_ct(s->token, tok))
			continue;
		s->last = now;
		r->who.known = true;
		memcpy(r->who.user, s->user, sizeof(r->who.user));
		r->who.role = s->role;
		r->who.centre = s->centre;
		memcpy(r->who.csrf, s->csrf, sizeof(r->who.csrf));
		memcpy(r->who.session, s->token, sizeof(r->who.session));
	}
	pthread_mutex_unlock(&srv->sessions_mutex);
	if (!r->who.known)
		return;
	/* A user deleted or changed since the login loses the session. */
	pthread_mutex_lock(&srv->users_mutex);
	users_refresh(srv);
	u = users_find(srv->users, r->who.user);
	if (u == NULL || u->role != r->who.role || u->centre != r->who.centre)
		r->who.known = false;
	pthread_mutex_unlock(&srv->users_mutex);
}

static bool
session_create(struct serve_server *srv, const struct users_entry *u, struct serve_who *w)
{
	time_t now = time(NULL), oldest = now + 1;
	struct serve_session *s = NULL;
	char *tok, *csrf;
	size_t i, victim = 0;

	tok = users_random_hex(32);
	csrf = users_random_hex(32);
	pthread_mutex_lock(&srv->sessions_mutex);
	for (i = 0; i < SERVE_SESSIONS_MAX && s == NULL; i++) {
		if (!srv->sessions[i].used)
			s = &srv->sessions[i];
		else if (srv->sessions[i].last < oldest) {
			oldest = srv->sessions[i].last;
			victim = i;
		}
	}
	if (s == NULL)		/* full: the longest idle one goes */
		s = &srv->sessions[victim];
	memset(s, 0, sizeof(*s));
	s->used = true;
	memcpy(s->token, tok, 65);
	memcpy(s->csrf, csrf, 65);
	snprintf(s->user, sizeof(s->user), "%s", u->name);
	s->role = u->role;
	s->centre = u->centre;
	s->created = s->last = now;
	memset(w, 0, sizeof(*w));
	w->known = true;
	memcpy(w->user, s->user, sizeof(w->user));
	w->role = s->role;
	w->centre = s->centre;
	memcpy(w->csrf, csrf, 65);
	memcpy(w->session, tok, 65);
	pthread_mutex_unlock(&srv->sessions_mutex);
	free(tok);
	free(csrf);
	return true;
}

static void
session_end(struct serve_server *srv, const char *token)
{
	size_t i;

	pthread_mutex_lock(&srv->sessions_mutex);
	for (i = 0; i < SERVE_SESSIONS_MAX; i++)
		if (srv->sessions[i].used &&
		    users_equal_ct(srv->sessions[i].token, token))
			explicit_bzero(&srv->sessions[i],
			    sizeof(srv->sessions[i]));
	pthread_mutex_unlock(&srv->sessions_mutex);
}

/* --- login throttling ---------------------------------------------------- *
 *
 * Failures are counted per (name, address) and per name, never per address
 * alone: behind a shared address (a police station's NAT, a proxy) one
 * person's mistakes or one bad actor must not hold everyone else.  Past a
 * number of free failures each further one makes the wait longer (one
 * minute, then twice as long each time, at most SERVE_THROTTLE_DELAY_MAX),
 * a delay rather than a lock; the count is forgotten after an hour without
 * a failure.  In memory only: a restart forgets it (README). */

static struct serve_throttle *
throttle_slot(struct serve_server *srv, const char *key, bool create)
{
	time_t now = time(NULL);
	struct serve_throttle *t, *free_slot = NULL, *oldest = NULL;
	size_t i;

	for (i = 0; i < SERVE_THROTTLE_MAX; i++) {
		t = &srv->throttles[i];
		if (t->key[0] != '\0' && now - t->last > SERVE_THROTTLE_FORGET &&
		    now >= t->held_until)
			memset(t, 0, sizeof(*t));
		if (t->key[0] == '\0') {
			if (free_slot == NULL)
				free_slot = t;
			continue;
		}
		if (strcmp(t->key, key) == 0)
			return t;
		if (oldest == NULL || t->last < oldest->last)
			oldest = t;
	}
	if (!create)
		return NULL;
	t = free_slot != NULL ? free_slot : oldest;
	memset(t, 0, sizeof(*t));
	snprintf(t->key, sizeof(t->key), "%s", key);
	return t;
}

/* Seconds until the key may try again; 0 when it may now. */
static long
throttle_wait(struct serve_server *srv, const char *key)
{
	struct serve_throttle *t;
	time_t now = time(NULL);
	long wait = 0;

	pthread_mutex_lock(&srv->sessions_mutex);
	if ((t = throttle_slot(srv, key, false)) != NULL &&
	    t->held_until > now)
		wait = (long)(t->held_until - now);
	pthread_mutex_unlock(&srv->sessions_mutex);
	return wait;
}

/* The wait after the n-th failure when the first `free_failures` cost
 * nothing: 60 s, 120 s, 240 s... up to SERVE_THROTTLE_DELAY_MAX. */
static long
throttle_delay(int failures, int free_failures)
{
	long d = SERVE_THROTTLE_DELAY_FIRST;
	int n;

	if (failures < free_failures)
		return 0;
	for (n = free_failures; n < failures && d < SERVE_THROTTLE_DELAY_MAX;
	    n++)
		d *= 2;
	return d < SERVE_THROTTLE_DELAY_MAX ? d : SERVE_THROTTLE_DELAY_MAX;
}

static void
throttle_fail(struct serve_server *srv, const char *key, int free_failures)
{
	struct serve_throttle *t;
	time_t now = time(NULL);

	pthread_mutex_lock(&srv->sessions_mutex);
	t = throttle_slot(srv, key, true);
	t->failures++;
	t->last = now;
	t->held_until = now + throttle_delay(t->failures, free_failures);
	pthread_mutex_unlock(&srv->sessions_mutex);
}

static void
throttle_clear(struct serve_server *srv, const char *key)
{
	struct serve_throttle *t;

	pthread_mutex_lock(&srv->sessions_mutex);
	if ((t = throttle_slot(srv, key, false)) != NULL)
		memset(t, 0, sizeof(*t));
	pthread_mutex_unlock(&srv->sessions_mutex);
}

/* The keys are hashes: a password typed into the name field must not stay
 * in memory as text longer than the request.  "u:" the name, "p:" the name
 * and the address. */
static char *
throttle_key(const char *prefix, const char *name, const char *address)
{
	char *both = xasprintf("%s\n%s", name, address != NULL ? address : "");
	char *h = users_sha256_hex(address != NULL ? both : name);
	char *k = xasprintf("%s%.64s", prefix, h);

	explicit_bzero(both, strlen(both));
	free(both);
	free(h);
	return k;
}

/* --- forms --------------------------------------------------------------- */

const char *
serve_form(const struct serve_request *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nfields; i++)
		if (strcmp(r->fields[i].name, name) == 0)
			return r->fields[i].value;
	return NULL;
}

const char *
serve_query(const struct serve_request *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND,
	    name);
}

static enum MHD_Result
post_field(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *filename, const char *content_type,
    const char *transfer_encoding, const char *data, uint64_t off,
    size_t size)
{
	struct serve_request *r = cls;
	struct serve_field *f = NULL;
	size_t old;

	if (filename != NULL)	/* no uploads */
		return MHD_YES;
	if (off > 0 && r->nfields > 0 &&
	    strcmp(r->fields[r->nfields - 1].name, key) == 0)
		f = &r->fields[r->nfields - 1];
	if (f == NULL) {
		if (r->nfields == SERVE_FORM_FIELDS_MAX) {
			r->too_large = true;
			return MHD_YES;
		}
		f = &r->fields[r->nfields++];
		f->name = xstrdup(key);
		f->value = xstrdup("");
	}
	old = strlen(f->value);
	if (old + size > SERVE_FORM_VALUE_MAX) {
		r->too_large = true;
		return MHD_YES;
	}
	f->value = xrealloc(f->value, old + size + 1);
	memcpy(f->value + old, data, size);
	f->value[old + size] = '\0';
	return MHD_YES;
}

static bool
csrf_ok(const struct serve_request *r)
{
	const char *t = serve_form(r, "csrf");

	return r->who.known && t != NULL && users_equal_ct(r->who.csrf, t);
}

/* --- language of the pages ----------------------------------------------- */

static int
ui_lang_parse(const char *s)
{
	int i;

	for (i = 0; s != NULL && i < SERVE_LANG__MAX; i++)
		if (strncmp(s, ui_codes[i], 2) == 0 &&
		    (s[2] == '\0' || s[2] == '-' || s[2] == '_' ||
		    s[2] == ';' || s[2] == ','))
			return i;
	return -1;
}

/* The cookie, then the browser's first language we have, then English. */
static enum serve_lang
ui_lang_choose(const struct serve_request *r)
{
	const char *c = cookie(r, "thb_lang"), *al, *p;
	int l;

	if ((l = ui_lang_parse(c)) >= 0)
		return (enum serve_lang)l;
	al = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_ACCEPT_LANGUAGE);
	for (p = al; p != NULL && *p != '\0'; ) {
		while (*p == ' ' || *p == ',')
			p++;
		if ((l = ui_lang_parse(p)) >= 0)
			return (enum serve_lang)l;
		if ((p = strchr(p, ',')) == NULL)
			break;
	}
	return SERVE_LANG_EN;
}

static void
set_lang_cookie(struct serve_server *srv, struct serve_reply *rep, enum serve_lang l)
{
	reply_cookie(rep, session_cookie(srv, "thb_lang", ui_codes[l],
	    "; Max-Age=31536000"));
}

/* --- login and logout ---------------------------------------------------- */

static void
route_login_form(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep,
    const char *error, int status, const char *user)
{
	const char *have = cookie(r, "thb_login");
	char *token;
	int l = ui_lang_parse(serve_query(r, "lang"));

	/* One login token per browser, kept until the login: a page that
	 * sends the browser here meanwhile (a favicon request, a second
	 * tab) must not void the form already shown. */
	if (have != NULL && strlen(have) == 64 &&
	    strspn(have, "0123456789abcdef") == 64)
		token = xstrdup(have);
	else
		token = users_random_hex(32);

	if (l >= 0) {
		r->lang = (enum serve_lang)l;
		set_lang_cookie(srv, rep, r->lang);
	}
	/* A login CSRF token, double-submitted: cookie and field. */
	reply_cookie(rep, session_cookie(srv, "thb_login", token, ""));
	serve_pages_login(rep, r, error, token, user);
	if (status != 0)
		rep->status = status;
	free(token);
}

static void
route_login(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep)
{
	const char *name = serve_form(r, "user"), *pw = serve_form(r, "password");
	const char *lc = cookie(r, "thb_login"), *lf = serve_form(r, "csrf");
	char *ukey, *pkey;
	const struct users_entry *u;
	struct users_entry found;
	long wait, w;
	bool ok;

	if (lc == NULL || lf == NULL || strlen(lc) != 64 ||
	    !users_equal_ct(lc, lf)) {
		/* TRANSLATORS: web pages, the login page: errors shown above
		   the form. */
		route_login_form(srv, r, rep, serve_tr(r, N_("The form had expired: "
		    "please log in again.")), MHD_HTTP_FORBIDDEN, name);
		return;
	}
	if (name == NULL || pw == NULL) {
		route_login_form(srv, r, rep, serve_tr(r, N_("Give your user name "
		    "and your password.")), MHD_HTTP_BAD_REQUEST, name);
		return;
	}
	ukey = throttle_key("u:", name, NULL);
	pkey = throttle_key("p:", name, r->address);
	wait = throttle_wait(srv, pkey);
	if ((w = throttle_wait(srv, ukey)) > wait)
		wait = w;
	pthread_mutex_lock(&srv->users_mutex);
	users_refresh(srv);
	u = users_find(srv->users, name);
	memset(&found, 0, sizeof(found));
	if (u != NULL) {
		found = *u;
		found.name = xstrdup(u->name);
		found.hash = xstrdup(u->hash);
		found.token_hash = NULL;
	}
	pthread_mutex_unlock(&srv->users_mutex);
	if (wait > 0) {
		struct sbuf m = { 0 };

		/* TRANSLATORS: web pages, the login page: %ld: a number of
		   minutes (1 to 15); "min" is the unit's symbol, the same
		   for every number. Keep %ld. */
		sbuf_printf(&m, serve_tr(r, N_("Too many failed attempts with "
		    "this user name: wait %ld min before you try again.")),
		    (wait + 59) / 60);
		audit_login(srv, r, "login-throttled", u != NULL ?
		    found.name : NULL, wait);
		route_login_form(srv, r, rep, sbuf_str(&m),
		    MHD_HTTP_TOO_MANY_REQUESTS, name);
		sbuf_free(&m);
		goto out;
	}
	/* The slow hash runs outside the lock, for a known name or not. */
	ok = users_check_password(u != NULL ? &found : NULL, pw);
	if (!ok) {
		throttle_fail(srv, pkey, SERVE_THROTTLE_FREE_PAIR);
		throttle_fail(srv, ukey, SERVE_THROTTLE_FREE_NAME);
		/* The form keeps the name for the one who typed it (no-store
		 * page), the password never. */
		audit_login(srv, r, "login-failed", u != NULL ? found.name :
		    NULL, 0);
		route_login_form(srv, r, rep, serve_tr(r, N_("Unknown user name or "
		    "wrong password.")), MHD_HTTP_UNAUTHORIZED, name);
	} else {
		throttle_clear(srv, pkey);
		session_create(srv, &found, &r->who);
		reply_cookie(rep, session_cookie(srv, "thb_session",
		    r->who.session, ""));
		reply_cookie(rep, session_cookie(srv, "thb_login", "",
		    "; Max-Age=0"));
		audit_login(srv, r, "login", found.name, 0);
		serve_reply_redirect(rep, "/");
	}
out:
	free(found.name);
	free(found.hash);
	free(ukey);
	free(pkey);
}

static void
route_logout(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep)
{
	serve_audit(srv, r, NULL, "logout");
	session_end(srv, r->who.session);
	reply_cookie(rep, session_cookie(srv, "thb_session", "",
	    "; Max-Age=0"));
	serve_reply_redirect(rep, "/login");
}

static void
route_language(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep)
{
	int l = ui_lang_parse(serve_form(r, "lang"));
	const char *back = serve_form(r, "back");

	if (l >= 0)
		set_lang_cookie(srv, rep, (enum serve_lang)l);
	/* Only a local path: never an open redirect. */
	if (back == NULL || back[0] != '/' || back[1] == '/' ||
	    strchr(back, '\\') != NULL || strchr(back, '\r') != NULL ||
	    strchr(back, '\n') != NULL)
		back = "/";
	serve_reply_redirect(rep, back);
}

static const char *
home_of(enum users_role role)
{
	switch (role) {
	case ROLE_POLICE:
		return "/officer";
	case ROLE_TRANSLATOR:
		return "/translations";
	case ROLE_OFFICE:
		/* The Office works from its work list, overdue first
		 * (issue 15, point 5). */
		return "/due";
	default:
		return "/cases";
	}
}

/* --- routes -------------------------------------------------------------- */

static bool
starts(const char *s, const char *prefix, const char **rest)
{
	size_t n = strlen(prefix);

	if (strncmp(s, prefix, n) != 0)
		return false;
	*rest = s + n;
	return true;
}

static bool
ends_with(const char *s, const char *suffix, size_t *stem)
{
	size_t n = strlen(s), m = strlen(suffix);

	if (n < m || strcmp(s + n - m, suffix) != 0)
		return false;
	*stem = n - m;
	return true;
}

static bool
role_in(const struct serve_request *r, unsigned roles)
{
	return r->who.known && (roles & (1u << r->who.role)) != 0;
}

#define R_POLICE	(1u << ROLE_POLICE)
#define R_CENTRE	(1u << ROLE_CENTRE)
#define R_OFFICE	(1u << ROLE_OFFICE)
#define R_TRANSLATOR	(1u << ROLE_TRANSLATOR)
#define R_CASES		(R_POLICE | R_CENTRE | R_OFFICE)
#define R_ALL		(R_CASES | R_TRANSLATOR)

static void
route_api(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep)
{
	const char *auth, *rest;
	const struct users_entry *u;
	size_t stem;
	char *id;

	/* A per-user token (Authorization: Bearer), else the session. */
	auth = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_AUTHORIZATION);
	if (auth != NULL && strncmp(auth, "Bearer ", 7) == 0) {
		memset(&r->who, 0, sizeof(r->who));
		pthread_mutex_lock(&srv->users_mutex);
		users_refresh(srv);
		if ((u = users_find_token(srv->users, auth + 7)) != NULL) {
			r->who.known = true;
			r->who.api_token = true;
			snprintf(r->who.user, sizeof(r->who.user), "%s",
			    u->name);
			r->who.role = u->role;
			r->who.centre = u->centre;
		}
		pthread_mutex_unlock(&srv->users_mutex);
	}
	if (!r->who.known) {
		json_error(rep, MHD_HTTP_UNAUTHORIZED, "authentication "
		    "required: a session or an API token");
		return;
	}
	if (strcmp(r->method, "GET") != 0) {
		json_error(rep, MHD_HTTP_METHOD_NOT_ALLOWED, "GET only");
		return;
	}
	if (!role_in(r, R_CASES)) {
		json_error(rep, MHD_HTTP_FORBIDDEN, "this role sees no case");
		return;
	}
	if (strcmp(r->url, "/api/due") == 0) {
		serve_api_due(rep, r);
		return;
	}
	if (starts(r->url, "/api/cases/", &rest) &&
	    ends_with(rest, "/status", &stem)) {
		id = xasprintf("%.*s", (int)stem, rest);
		serve_api_status(rep, r, id);
		free(id);
		return;
	}
	json_error(rep, MHD_HTTP_NOT_FOUND, "no such resource");
}

/* Pages that need a session. */
static void
route_pages(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep)
{
	bool get = strcmp(r->method, "GET") == 0;
	const char *url = r->url, *rest;
	size_t stem;
	char *id;

	if (strcmp(url, "/") == 0 && get) {
		serve_reply_redirect(rep, home_of(r->who.role));
		return;
	}
	if (strcmp(url, "/logout") == 0 && !get) {
		route_logout(srv, r, rep);
		return;
	}
	if (strcmp(url, "/language") == 0 && !get) {
		route_language(srv, r, rep);
		return;
	}
	if (strcmp(url, "/officer") == 0 && get && role_in(r, R_POLICE)) {
		serve_pages_officer(rep, r);
		return;
	}
	if (strcmp(url, "/officer/cases") == 0 && !get &&
	    role_in(r, R_POLICE)) {
		serve_pages_post_case(rep, r);
		return;
	}
	if (strcmp(url, "/cases") == 0 && get && role_in(r, R_CASES)) {
		serve_pages_cases(rep, r);
		return;
	}
	if (strcmp(url, "/due") == 0 && get && role_in(r, R_CASES)) {
		serve_pages_due(rep, r);
		return;
	}
	if (strcmp(url, "/translations") == 0 && get &&
	    role_in(r, R_TRANSLATOR | R_OFFICE)) {
		serve_pages_translations(rep, r);
		return;
	}
	if (starts(url, "/translations/", &rest) && get &&
	    role_in(r, R_TRANSLATOR | R_OFFICE)) {
		serve_pages_translation(rep, r, rest);
		return;
	}
	if (strcmp(url, "/leaflet") == 0 && get) {
		serve_docs_leaflet(rep, r);
		return;
	}
	if (starts(url, "/cases/", &rest) && role_in(r, R_CASES)) {
		if (!get && ends_with(rest, "/documents", &stem)) {
			id = xasprintf("%.*s", (int)stem, rest);
			serve_docs_official(rep, r, id);
			free(id);
			return;
		}
		if (!get && ends_with(rest, "/events", &stem)) {
			id = xasprintf("%.*s", (int)stem, rest);
			serve_pages_post_event(rep, r, id);
			free(id);
			return;
		}
		if (get) {
			serve_pages_case(rep, r, rest, NULL, NULL, NULL);
			return;
		}
	}
	if (r->who.role == ROLE_TRANSLATOR && (starts(url, "/cases", &rest) ||
	    strcmp(url, "/due") == 0 || starts(url, "/officer", &rest))) {
		/* TRANSLATORS: web pages: an error when a translator's account
		   asks for a case or the work list: translators see no case
		   file. */
		serve_pages_error(rep, r, MHD_HTTP_FORBIDDEN, serve_tr(r, N_("Translators "
		    "see no case.")));
		return;
	}
	/* TRANSLATORS: web pages: an error page, under the title "Not
	   possible". */
	serve_pages_error(rep, r, MHD_HTTP_NOT_FOUND, serve_tr(r, N_("There is no such "
	    "page, or your role does not give access to it.")));
}

/* What browsers and robots ask for by themselves: a 404 not journalled. */
static bool
quiet_path(const char *url)
{
	return strcmp(url, "/favicon.ico") == 0 ||
	    strcmp(url, "/robots.txt") == 0;
}

static void
route(struct serve_server *srv, struct serve_request *r, struct serve_reply *rep)
{
	bool get = strcmp(r->method, "GET") == 0 ||
	    strcmp(r->method, "HEAD") == 0;
	bool post = strcmp(r->method, "POST") == 0;

	if (!get && !post) {
		serve_pages_error(rep, r, MHD_HTTP_METHOD_NOT_ALLOWED,
		    /* TRANSLATORS: web pages: an error for a request other
		       than GET or POST (an HTTP method). */
		    serve_tr(r, N_("This method is not used here.")));
		return;
	}
	if (r->too_large) {
		serve_pages_error(rep, r, MHD_HTTP_CONTENT_TOO_LARGE,
		    serve_tr(r, N_("The form is too large.")));
		return;
	}
	if (strcmp(r->url, "/static/thbdoc.css") == 0 && get) {
		serve_reply_text(rep, MHD_HTTP_OK, "text/css; charset=utf-8",
		    xstrdup(serve_css_text), strlen(serve_css_text));
		return;
	}
	if (strcmp(r->url, "/static/thbdoc.js") == 0 && get) {
		serve_reply_text(rep, MHD_HTTP_OK,
		    "text/javascript; charset=utf-8", xstrdup(serve_css_script),
		    strlen(serve_css_script));
		return;
	}
	if (quiet_path(r->url)) {
		serve_reply_text(rep, MHD_HTTP_NOT_FOUND,
		    "text/plain; charset=utf-8", xstrdup(""), 0);
		return;
	}
	if (strncmp(r->url, "/api/", 5) == 0) {
		route_api(srv, r, rep);
		return;
	}
	if (strcmp(r->url, "/login") == 0) {
		if (get)
			route_login_form(srv, r, rep, NULL, 0, NULL);
		else
			route_login(srv, r, rep);
		return;
	}
	if (!r->who.known) {
		if (get)
			serve_reply_redirect(rep, "/login");
		else
			serve_pages_error(rep, r, MHD_HTTP_FORBIDDEN, serve_tr(r,
			    /* TRANSLATORS: web pages: an error when a form is
			       sent after the session has ended (logged out
			       after some idle time). */
			    N_("Your session has ended: please log in "
			    "again.")));
		return;
	}
	/* Every change carries the session's CSRF token. */
	if (post && !csrf_ok(r)) {
		rep->refusal = "csrf";
		/* TRANSLATORS: web pages: an error; "CSRF token" is a
		   technical term (a hidden code that proves the form came from
		   this site): keep it. */
		serve_pages_error(rep, r, MHD_HTTP_FORBIDDEN, serve_tr(r, N_("This form "
		    "is not valid any more (CSRF token): go back, reload the "
		    "page and send it again.")));
		return;
	}
	route_pages(srv, r, rep);
}

/* --- libmicrohttpd glue --------------------------------------------------- */

static void
add_security_headers(const struct serve_server *srv, struct MHD_Response *resp)
{
	MHD_add_response_header(resp, "Content-Security-Policy",
	    "default-src 'none'; script-src 'self'; style-src 'self'; "
	    "img-src 'self'; "
	    "frame-src 'self'; object-src 'self'; form-action 'self'; "
	    "frame-ancestors 'self'; base-uri 'none'");
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "X-Frame-Options", "SAMEORIGIN");
	MHD_add_response_header(resp, "Cross-Origin-Opener-Policy",
	    "same-origin");
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	MHD_add_response_header(resp, "Pragma", "no-cache");
	if (srv->tls)
		MHD_add_response_header(resp, "Strict-Transport-Security",
		    "max-age=31536000");
}

static enum MHD_Result
send_reply(struct serve_server *srv, struct MHD_Connection *conn,
    struct serve_reply *rep)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;
	size_t i;

	resp = MHD_create_response_from_buffer(rep->len, rep->body,
	    MHD_RESPMEM_MUST_FREE);
	if (resp == NULL)
		return MHD_NO;
	rep->body = NULL;	/* the response owns it */
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
	    rep->type != NULL ? rep->type : "text/plain; charset=utf-8");
	add_security_headers(srv, resp);
	if (rep->location != NULL)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION,
		    rep->location);
	if (rep->disposition != NULL)
		MHD_add_response_header(resp,
		    MHD_HTTP_HEADER_CONTENT_DISPOSITION, rep->disposition);
	for (i = 0; i < sizeof(rep->cookies) / sizeof(rep->cookies[0]); i++)
		if (rep->cookies[i] != NULL)
			MHD_add_response_header(resp,
			    MHD_HTTP_HEADER_SET_COOKIE, rep->cookies[i]);
	ret = MHD_queue_response(conn, (unsigned)rep->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static void
client_address(struct MHD_Connection *conn, char *out, size_t n)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn,
	    MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci != NULL ? ci->client_addr : NULL;

	snprintf(out, n, "?");
	if (sa == NULL)
		return;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)
		    sa)->sin_addr, out, (socklen_t)n);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)
		    (const void *)sa)->sin6_addr, out, (socklen_t)n);
}

/* --- the request's address ---------------------------------------------- */

/* libmicrohttpd's unescaping (%HH) of the path and of the query's names and
 * values, except that a decoded NUL becomes 0x01: the library would
 * otherwise end the string there, and "/cases/X%00.xml" would be read as
 * "/cases/X".  address_ok() then refuses it with the other control bytes. */
static size_t
url_unescape(void *cls, struct MHD_Connection *conn, char *s)
{
	const char *p;
	char *w = s;
	int hi, lo;

	(void)cls;
	(void)conn;
	for (p = s; *p != '\0'; p++)
		if (*p == '%' && (hi = util_hex_digit(p[1])) >= 0 &&
		    (lo = util_hex_digit(p[2])) >= 0) {
			*w++ = hi == 0 && lo == 0 ? '\x01' : (char)(hi * 16 + lo);
			p += 2;
		} else
			*w++ = *p;
	*w = '\0';
	return (size_t)(w - s);
}

/* Whether s is well-formed UTF-8 (no overlong form, no surrogate, nothing
 * past U+10FFFF) without control characters (C0, DEL, C1). */
static bool
text_ok(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	int n, i;

	while (p != NULL && *p != '\0') {
		if (*p < 0x80) {
			if (*p < 0x20 || *p == 0x7f)
				return false;
			p++;
			continue;
		}
		if (*p >= 0xc2 && *p <= 0xdf)
			n = 1, cp = *p & 0x1f;
		else if (*p >= 0xe0 && *p <= 0xef)
			n = 2, cp = *p & 0x0f;
		else if (*p >= 0xf0 && *p <= 0xf4)
			n = 3, cp = *p & 0x07;
		else
			return false;
		for (i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ||
		    (cp >= 0x80 && cp <= 0x9f))
			return false;
		p += n + 1;
	}
	return true;
}

static enum MHD_Result
argument_ok(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	bool *ok = cls;

	(void)kind;
	if (!text_ok(key) || !text_ok(value)) {
		*ok = false;
		return MHD_NO;
	}
	return MHD_YES;
}

/* The path and the query, decoded: refused before any lookup when they
 * hold a control character (%00 included) or bytes that are not UTF-8. */
static bool
address_ok(const struct serve_request *r)
{
	bool ok = text_ok(r->url);

	if (ok)
		MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND,
		    argument_ok, &ok);
	return ok;
}

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **con_cls)
{
	struct serve_server *srv = cls;
	struct serve_request *r = *con_cls;
	struct serve_reply rep;
	enum MHD_Result ret;

	/* The worker threads speak no language of their own: the library's
	 * messages keep their English arguments (a reason, a list of facts),
	 * which the pages translate into each user's language (serve_tr),
	 * whatever the server's locale. */
	if (srv->c_locale != (locale_t)0)
		uselocale(srv->c_locale);

	if (r == NULL) {
		r = xcalloc(1, sizeof(*r));
		r->srv = srv;
		r->conn = conn;
		r->method = method;
		r->url = url;
		client_address(conn, r->address, sizeof(r->address));
		if (strcmp(method, "POST") == 0)
			r->pp = MHD_create_post_processor(conn, 16 * 1024,
			    post_field, r);
		*con_cls = r;
		return MHD_YES;
	}
	if (*upload_data_size > 0) {
		r->body += *upload_data_size;
		if (r->body > SERVE_FORM_BODY_MAX)
			r->too_large = true;
		else if (r->pp != NULL)
			MHD_post_process(r->pp, upload_data,
			    *upload_data_size);
		*upload_data_size = 0;
		return MHD_YES;
	}
	r->lang = ui_lang_choose(r);
	memset(&rep, 0, sizeof(rep));
	if (!address_ok(r)) {
		rep.refusal = "address";
		if (strncmp(r->url, "/api/", 5) == 0)
			json_error(&rep, MHD_HTTP_BAD_REQUEST, "the address "
			    "holds a control character or is not UTF-8");
		else
			serve_pages_error(&rep, r, MHD_HTTP_BAD_REQUEST,
			    /* TRANSLATORS: web pages: an error for an address
			       (URL) holding characters no page of thbdoc has,
			       e.g. %00. */
			    serve_tr(r, N_("This address holds characters that "
			    "no page has: check it.")));
	} else {
		session_lookup(srv, r);
		route(srv, r, &rep);
	}
	if (rep.status == MHD_HTTP_BAD_REQUEST ||
	    rep.status == MHD_HTTP_FORBIDDEN ||
	    (rep.status == MHD_HTTP_NOT_FOUND && !quiet_path(r->url)))
		audit_refusal(srv, r, rep.status, rep.refusal);
	ret = send_reply(srv, conn, &rep);
	reply_free(&rep);
	return ret;
}

static void
on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct serve_request *r = *con_cls;
	size_t i;

	if (r == NULL)
		return;
	if (r->pp != NULL)
		MHD_destroy_post_processor(r->pp);
	for (i = 0; i < r->nfields; i++) {
		/* Passwords included: wiped, not only freed. */
		explicit_bzero(r->fields[i].value, strlen(r->fields[i].value));
		free(r->fields[i].name);
		free(r->fields[i].value);
	}
	free(r);
	*con_cls = NULL;
}

/* --- start-up ------------------------------------------------------------- */

struct listen_addr {
	struct sockaddr_storage ss;
	bool		 v6;
	bool		 loopback;
	char		 host[64];
};

static bool
parse_listen(const char *s, struct listen_addr *la)
{
	struct sockaddr_in *in4 = (struct sockaddr_in *)(void *)&la->ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)(void *)&la->ss;
	const char *colon;
	char host[64], *end;
	long port;
	size_t n;

	memset(la, 0, sizeof(*la));
	if (s[0] == '[') {
		if ((colon = strstr(s, "]:")) == NULL)
			return false;
		n = (size_t)(colon - s - 1);
		colon++;
		la->v6 = true;
	} else {
		if ((colon = strrchr(s, ':')) == NULL)
			return false;
		n = (size_t)(colon - s);
	}
	if (n == 0 || n >= sizeof(host))
		return false;
	memcpy(host, s + (la->v6 ? 1 : 0), n);
	host[n] = '\0';
	snprintf(la->host, sizeof(la->host), "%s", host);
	port = strtol(colon + 1, &end, 10);
	if (colon[1] == '\0' || *end != '\0' || port < 0 || port > 65535)
		return false;
	if (la->v6) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)port);
		if (inet_pton(AF_INET6, host, &in6->sin6_addr) != 1)
			return false;
		la->loopback = IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr);
	} else {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t)port);
		if (inet_pton(AF_INET, host, &in4->sin_addr) != 1)
			return false;
		la->loopback = (ntohl(in4->sin_addr.s_addr) >> 24) == 127;
	}
	return true;
}

static char *
read_pem(const char *path, FILE *err)
{
	struct diag_list diags = { 0 };
	size_t len;
	char *buf = xml_file_slurp(path, 1024 * 1024, &len, &diags);

	if (buf == NULL)
		/* TRANSLATORS: thbdoc serve, on standard error: %s: the file
		   given to --cert or --key. Keep "thbdoc: serve:". */
		fprintf(err, _("thbdoc: serve: %s: cannot read this TLS "
		    "file\n"), path);
	diag_list_free(&diags);
	return buf;
}

struct thb_data *
serve_render_take(struct serve_server *srv)
{
	struct thb_data *d = NULL;
	int i;

	pthread_mutex_lock(&srv->render_mutex);
	while (d == NULL) {
		for (i = 0; i < srv->nrenderers && d == NULL; i++)
			if (!srv->renderer_busy[i]) {
				srv->renderer_busy[i] = true;
				d = srv->renderers[i];
			}
		if (d == NULL)
			pthread_cond_wait(&srv->render_cond,
			    &srv->render_mutex);
	}
	pthread_mutex_unlock(&srv->render_mutex);
	return d;
}

void
serve_render_give(struct serve_server *srv, struct thb_data *d)
{
	int i;

	pthread_mutex_lock(&srv->render_mutex);
	for (i = 0; i < srv->nrenderers; i++)
		if (srv->renderers[i] == d)
			srv->renderer_busy[i] = false;
	pthread_cond_signal(&srv->render_cond);
	pthread_mutex_unlock(&srv->render_mutex);
}

static bool
load_data(struct serve_server *srv, FILE *err)
{
	struct diag_list diags = { 0 };
	char *schema;
	int l, i;
	bool ok = true;

	schema = paths_find("schema/case.xsd");
	srv->reader = case_reader_new(schema ? schema :
	    PKGDATADIR "/schema/case.xsd", &diags);
	free(schema);
	/* Everything is loaded before the first request: a warm server.
	 * One owner per worker thread: renders on different owners share
	 * no mutable state (thb_data.h; tests/engine/test_threads.c), so as
	 * many renders run at once as there are threads.  render_mutex
	 * guards only the lending of owners (serve_render_take/give). */
	for (i = 0; i < srv->cfg.threads && ok; i++) {
		srv->renderers[i] = thb_data_new();
		srv->nrenderers++;
		ok = thb_data_preload(srv->renderers[i], &diags);
	}
	if (ok) {
		srv->languages = thb_data_languages(srv->renderers[0], &diags);
		srv->centres = thb_data_centres(srv->renderers[0], &diags);
		srv->districts = thb_data_districts(srv->renderers[0],
		    &diags);
	}
	/* The pages' languages: the program's domain, from the first
	 * owner, read-only once loaded. */
	for (l = SERVE_LANG_FR; l < SERVE_LANG__MAX && ok; l++)
		thb_data_catalog(srv->renderers[0], serve_lang_code(l),
		    CATALOG_PROGRAM, &srv->ui[l], &diags);
	/* Country and language names in each language of the pages, both
	 * tables read now: read-only, hence shared by every thread
	 * (isonames.h). */
	for (l = 0; l < SERVE_LANG__MAX && ok; l++) {
		srv->names[l] = isonames_new(serve_lang_code(l));
		(void)isonames_country(srv->names[l], "BE", &diags);
		(void)isonames_language(srv->names[l], "fr", &diags);
	}
	/* The card's instruction in each language: the strings of the PDF
	 * card (po-docs catalogues), read once. */
	if (ok && srv->languages != NULL) {
		srv->card_words = xcalloc(srv->languages->count,
		    sizeof(char *));
		for (i = 0; i < (int)srv->languages->count; i++) {
			const char *w = card_grid_instruction(srv->renderers[0],
			    &srv->languages->items[i], &diags);

			srv->card_words[i] = w != NULL ? xstrdup(w) : NULL;
		}
	}
	for (l = 0; l < SERVE_LANG__MAX && ok && srv->languages != NULL; l++) {
		srv->language_words[l] = xcalloc(srv->languages->count,
		    sizeof(char *));
		for (i = 0; i < (int)srv->languages->count; i++)
			srv->language_words[l][i] = language_words_make(srv,
			    (enum serve_lang)l, &srv->languages->items[i],
			    &diags);
	}
	diag_list_print(&diags, err);
	diag_list_free(&diags);
	return ok && srv->reader != NULL && srv->languages != NULL &&
	    srv->centres != NULL && srv->districts != NULL;
}

static void
free_data(struct serve_server *srv)
{
	int l, i;

	serve_store_free(srv->store);
	case_reader_free(srv->reader);
	for (l = 0; l < SERVE_LANG__MAX; l++) {
		for (i = 0; srv->language_words[l] != NULL &&
		    i < (int)srv->languages->count; i++)
			free(srv->language_words[l][i]);
		free(srv->language_words[l]);
	}
	for (i = 0; srv->card_words != NULL &&
	    i < (int)srv->languages->count; i++)
		free(srv->card_words[i]);
	free(srv->card_words);
	for (l = 0; l < srv->nrenderers; l++)
		thb_data_free(srv->renderers[l]);
	for (l = 0; l < SERVE_LANG__MAX; l++)
		isonames_free(srv->names[l]);
	users_free(srv->users);
	if (srv->audit_fd >= 0)
		close(srv->audit_fd);
	pthread_mutex_destroy(&srv->users_mutex);
	pthread_mutex_destroy(&srv->sessions_mutex);
	pthread_mutex_destroy(&srv->audit_mutex);
	pthread_mutex_destroy(&srv->render_mutex);
	for (l = 0; l < (int)srv->nleaflets; l++)
		free(srv->leaflets[l].pdf);
	pthread_mutex_destroy(&srv->leaflets_mutex);
	pthread_mutex_destroy(&srv->form_keys_mutex);
	pthread_cond_destroy(&srv->form_keys_cond);
	pthread_cond_destroy(&srv->render_cond);
	explicit_bzero(srv->sessions, sizeof(srv->sessions));
}

int
serve_run(const struct serve_config *cfg, FILE *err)
{
	static struct serve_server srv;	/* large (sessions); one per process */
	struct listen_addr la;
	struct MHD_Daemon *d = NULL;
	const union MHD_DaemonInfo *di;
	char *cert = NULL, *key = NULL, *users_err = NULL;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL
	    | MHD_USE_ERROR_LOG;
	int status = THB_EXIT_SYSTEM, sig;
	sigset_t set;
	struct stat sb;

	memset(&srv, 0, sizeof(srv));
	srv.cfg = *cfg;
	srv.audit_fd = -1;
	pthread_mutex_init(&srv.users_mutex, NULL);
	pthread_mutex_init(&srv.sessions_mutex, NULL);
	pthread_mutex_init(&srv.audit_mutex, NULL);
	pthread_mutex_init(&srv.render_mutex, NULL);
	pthread_mutex_init(&srv.leaflets_mutex, NULL);
	pthread_mutex_init(&srv.form_keys_mutex, NULL);
	pthread_cond_init(&srv.form_keys_cond, NULL);
	srv.leaflets_off = getenv("THBDOC_SERVE_LEAFLET_CACHE") != NULL &&
	    strcmp(getenv("THBDOC_SERVE_LEAFLET_CACHE"), "off") == 0;
	pthread_cond_init(&srv.render_cond, NULL);
	if (!parse_listen(cfg->listen, &la)) {
		/* TRANSLATORS: thbdoc serve, on standard error: %s: the value
		   given to --listen. ADDRESS:PORT may be translated; keep the
		   examples and "thbdoc: serve:". */
		fprintf(err, _("thbdoc: serve: --listen takes ADDRESS:PORT "
		    "(e.g. 127.0.0.1:8080 or [::1]:8080), not '%s'\n"),
		    cfg->listen);
		status = THB_EXIT_USAGE;
		goto out;
	}
	if ((cfg->cert == NULL) != (cfg->key == NULL)) {
		/* TRANSLATORS: thbdoc serve, on standard error: the two
		   options must be given together. Keep the options and
		   "thbdoc: serve:". */
		fprintf(err, _("thbdoc: serve: --cert and --key go "
		    "together\n"));
		status = THB_EXIT_USAGE;
		goto out;
	}
	srv.tls = cfg->cert != NULL;
	if (!la.loopback && !srv.tls) {
		/* TRANSLATORS: thbdoc serve, on standard error: %s: the
		   ADDRESS:PORT given to --listen. The loopback is the
		   machine's own address, reachable from no other machine. Keep
		   the options, 127.0.0.1 and "thbdoc: serve:". */
		fprintf(err, _("thbdoc: serve: %s is beyond the loopback: "
		    "give --cert and --key (TLS), or listen on 127.0.0.1\n"),
		    cfg->listen);
		status = THB_EXIT_USAGE;
		goto out;
	}
	if (stat(cfg->cases, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		/* TRANSLATORS: thbdoc serve, on standard error: %s: the folder
		   given to --cases. */
		fprintf(err, _("thbdoc: serve: %s: not a folder of case "
		    "files\n"), cfg->cases);
		goto out;
	}
	if ((srv.users = users_load(cfg->users, false, &users_err)) == NULL) {
		fprintf(err, "thbdoc: serve: %s\n", users_err);
		/* TRANSLATORS: thbdoc serve, on standard error: %s: the users
		   file. The command line is one to type: keep it; NAME and
		   ROLE may be translated as in the commands' help. */
		fprintf(err, _("thbdoc: serve: add a user first: thbdoc user "
		    "add NAME --role ROLE --users %s\n"), cfg->users);
		free(users_err);
		goto out;
	}
	if (stat(cfg->users, &sb) == 0)
		srv.users_mtime_ns = (long long)sb.st_mtim.tv_sec *
		    1000000000LL + sb.st_mtim.tv_nsec;
	srv.audit_fd = open(cfg->audit, O_WRONLY | O_APPEND | O_CREAT |
	    O_CLOEXEC, 0600);
	if (srv.audit_fd < 0) {
		/* TRANSLATORS: thbdoc serve, on standard error: %1$s: the
		   audit journal's file; %2$s: the system's reason. */
		fprintf(err, _("thbdoc: serve: %s: cannot open the audit "
		    "journal: %s\n"), cfg->audit, strerror(errno));
		goto out;
	}
	if (!load_data(&srv, err))
		goto out;
	srv.c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	srv.store = serve_store_new(cfg->cases, srv.reader);
	serve_store_lock(srv.store);
	serve_store_refresh(srv.store);
	serve_store_unlock(srv.store);
	if (srv.tls && ((cert = read_pem(cfg->cert, err)) == NULL ||
	    (key = read_pem(cfg->key, err)) == NULL))
		goto out;
	if (la.v6)
		flags |= MHD_USE_IPv6;
	if (srv.tls)
		flags |= MHD_USE_TLS;
	/* The signals that stop the server are taken by sigwait() below;
	 * blocked before the threads start, so none of them gets one. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, &srv,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&la.ss,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, &srv,
	    MHD_OPTION_UNESCAPE_CALLBACK, url_unescape, NULL,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)cfg->threads,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)256,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)64,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
	    srv.tls ? MHD_OPTION_HTTPS_MEM_CERT : MHD_OPTION_END, cert,
	    MHD_OPTION_HTTPS_MEM_KEY, key,
	    MHD_OPTION_HTTPS_PRIORITIES,
	    "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2",
	    MHD_OPTION_END);
	if (d == NULL) {
		/* TRANSLATORS: thbdoc serve, on standard error: %s: the
		   ADDRESS:PORT given to --listen; "in use": another program
		   listens there already. */
		fprintf(err, _("thbdoc: serve: cannot listen on %s (in use, "
		    "or TLS files not usable)\n"), cfg->listen);
		goto out;
	}
	di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	/* TRANSLATORS: thbdoc serve, on standard error when it starts: %1$s:
	   the folder of case files; then the address to open in a browser,
	   made of %2$s (http or https), %3$s and %5$s (brackets around an IPv6
	   address, or nothing), %4$s (the address) and %6$u (the port). Keep
	   the six conversions in this order, or number them all (%1$s...%6$u),
	   and write no space inside the address. */
	fprintf(err, _("thbdoc: serve: cases in %s; listening on "
	    "%s://%s%s%s:%u/\n"), cfg->cases, srv.tls ? "https" : "http",
	    la.v6 ? "[" : "", la.host, la.v6 ? "]" : "",
	    di != NULL ? (unsigned)di->port : 0);
	fflush(err);
	serve_audit(&srv, NULL, NULL, "server-start");
	while (sigwait(&set, &sig) == 0 && sig != SIGINT && sig != SIGTERM)
		;
	serve_audit(&srv, NULL, NULL, "server-stop");
	status = THB_EXIT_OK;
out:
	if (d != NULL)
		MHD_stop_daemon(d);
	free(cert);
	free(key);
	free_data(&srv);
	if (srv.c_locale != (locale_t)0)
		freelocale(srv.c_locale);
	return status;
}
