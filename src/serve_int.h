/* serve_int.h: what the parts of thbdoc serve share.
 *
 * serve.c: the HTTP server (libmicrohttpd), sessions, CSRF, throttling,
 *   security headers, the audit journal and the routes;
 * serve_pages.c: the pages (HTML through html.h only);
 * serve_api.c: the JSON API;
 * serve_store.c: the case folder.
 *
 * A request is answered by one route function that fills a struct serve_reply;
 * serve.c adds the headers every answer carries.
 */
#ifndef THB_SERVE_INT_H
#define THB_SERVE_INT_H

#include <locale.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "catalog.h"
#include "html.h"
#include "serve.h"
#include "serve_store.h"
#include "users.h"

/* The languages of the pages (the program's gettext domain). */
enum serve_lang { SERVE_LANG_EN, SERVE_LANG_FR, SERVE_LANG_NL, SERVE_LANG_DE, SERVE_LANG__MAX };

struct serve_session {
	bool		 used;
	char		 token[65];	/* the cookie */
	char		 csrf[65];	/* in every form */
	char		 user[USERS_NAME_MAX + 1];
	enum users_role	 role;
	enum case_centre	 centre;
	time_t		 created;
	time_t		 last;
};

/* Failed logins of one name ("u:" + hash of the name) or of one name from
 * one address ("p:" + hash of both): serve.c. */
struct serve_throttle {
	char		 key[72];
	int		 failures;
	time_t		 last;		/* the last failure */
	time_t		 held_until;
};

#define SERVE_SESSIONS_MAX 512
#define SERVE_THROTTLE_MAX 1024
#define SERVE_THROTTLE_FREE_PAIR 5	/* failures of a name from an address */
#define SERVE_THROTTLE_FREE_NAME 20	/* failures of a name from anywhere */
#define SERVE_THROTTLE_DELAY_FIRST 60	/* seconds, then twice as long */
#define SERVE_THROTTLE_DELAY_MAX (15 * 60)
#define SERVE_THROTTLE_FORGET (60 * 60)	/* a count without failure */
#define SERVE_FORM_FIELDS_MAX 48
#define SERVE_FORM_VALUE_MAX 4096
#define SERVE_FORM_BODY_MAX (64 * 1024)

struct isonames;

/* A form that creates (a case, an event) carries a one-time key besides
 * the CSRF token, which the session reuses: the key's second sending is
 * refused, and the page links to what the first made.  The last
 * SERVE_FORM_KEYS_MAX keys sent are remembered. */
#define SERVE_FORM_KEY_LEN	32
#define SERVE_FORM_KEYS_MAX	1024
#define SERVE_FORM_KEY_MADE	128

/* Leaflets kept rendered: 31 languages, 4 regions (none included), complete
 * or not, fit. */
#define SERVE_LEAFLETS_MAX	256

struct serve_server {
	struct serve_config cfg;
	struct case_reader *reader;
	struct serve_store	*store;
	const struct catalog *ui[SERVE_LANG__MAX];	/* NULL for English */
	struct isonames	*names[SERVE_LANG__MAX];	/* countries, languages */
	/* The leaflet's languages named in each language of the pages, in
	 * the order of the languages table (serve_language_name()). */
	char		**language_words[SERVE_LANG__MAX];
	/* Each language's instruction on the language card, in that
	 * language ("Point to the language you read": card_grid.h), or NULL;
	 * in the order of the languages table. */
	char		**card_words;
	/* One preloaded data owner per worker thread, lent out for each
	 * render (render.h: one call at a time per owner). */
	struct thb_data	*renderers[64];
	bool		 renderer_busy[64];
	int		 nrenderers;
	pthread_mutex_t	 render_mutex;
	pthread_cond_t	 render_cond;
	/* Read-only tables of the first owner, shared by every thread. */
	const struct languages_table *languages;
	const struct centres_list *centres;
	const struct districts_table *districts;

	pthread_mutex_t	 users_mutex;
	struct users_db	*users;
	long long	 users_mtime_ns;

	pthread_mutex_t	 sessions_mutex;
	struct serve_session	 sessions[SERVE_SESSIONS_MAX];
	struct serve_throttle	 throttles[SERVE_THROTTLE_MAX];

	/* Leaflets already rendered, by language, region and completeness:
	 * a leaflet names no one and the catalogues are read once at start,
	 * so the same request gives the same bytes for the server's life. */
	pthread_mutex_t	 leaflets_mutex;
	struct serve_leaflet_cached {
		char		 key[64];
		unsigned char	*pdf;
		size_t		 len;
	}		 leaflets[SERVE_LEAFLETS_MAX];
	size_t		 nleaflets;
	bool		 leaflets_off;	/* THBDOC_SERVE_LEAFLET_CACHE=off */

	/* The one-time keys of the forms that create (serve_form_key.c). */
	pthread_mutex_t	 form_keys_mutex;
	pthread_cond_t	 form_keys_cond;
	struct serve_form_key {
		char		 key[SERVE_FORM_KEY_LEN + 1];
		/* The id of the case it made or changed; "" while the
		 * first sending runs. */
		char		 made[SERVE_FORM_KEY_MADE];
	}		 form_keys[SERVE_FORM_KEYS_MAX];
	size_t		 form_keys_next;

	pthread_mutex_t	 audit_mutex;
	int		 audit_fd;
	bool		 tls;
	locale_t	 c_locale;	/* the worker threads' (on_request) */
};

struct serve_field {
	char	*name;
	char	*value;
};

/* Who is asking: a copy of the session, so no lock is held. */
struct serve_who {
	bool		 known;
	bool		 api_token;	/* authenticated by a token, no CSRF */
	char		 user[USERS_NAME_MAX + 1];
	enum users_role	 role;
	enum case_centre	 centre;
	char		 csrf[65];
	char		 session[65];
};

struct serve_request {
	struct serve_server	*srv;
	void		*conn;		/* struct MHD_Connection */
	const char	*method;
	const char	*url;
	enum serve_lang	 lang;
	struct serve_who	 who;
	void		*pp;		/* struct MHD_PostProcessor */
	struct serve_field fields[SERVE_FORM_FIELDS_MAX];
	size_t		 nfields;
	size_t		 body;		/* bytes received */
	bool		 too_large;
	char		 address[64];	/* of the client, for throttling */
};

struct serve_reply {
	int		 status;
	const char	*type;		/* Content-Type */
	char		*body;		/* malloc'ed */
	size_t		 len;
	char		*cookies[3];	/* Set-Cookie values, malloc'ed */
	char		*location;	/* redirect */
	char		*disposition;	/* Content-Disposition */
	const char	*refusal;	/* why a 400/403/404, for the journal */
};

/* A form refused, field by field: the message shown beside each field,
 * in the page's language and naming the field by its label.  The
 * messages are malloc'ed: serve_pages_form_errors_free(). */
#define SERVE_FORM_ERRORS_MAX 16
struct serve_form_errors {
	struct {
		const char	*field;		/* the form's field name */
		char		*message;
	}		 items[SERVE_FORM_ERRORS_MAX];
	size_t		 count;
};

/* serve.c */
date_day	 serve_today(const struct serve_server *);
const char	*serve_tr(const struct serve_request *, const char *msgid);
/* A language's or a country's name in the language of the pages, or NULL
 * for a code iso-codes does not know; a language of the leaflet always
 * has the same name on every page (serve.c: language_words_make()). */
const char	*serve_language_name(const struct serve_request *,
		    const char *code);
const char	*serve_country_name(const struct serve_request *,
		    const char *code);
const char	*serve_form(const struct serve_request *, const char *name);
const char	*serve_query(const struct serve_request *, const char *name);
void		 serve_audit(struct serve_server *, const struct serve_request *,
		    const char *case_id, const char *what);
bool		 serve_can_see(const struct serve_who *, const struct serve_store_entry *);
void		 serve_reply_html(struct serve_reply *, int status, struct html *);
void		 serve_reply_text(struct serve_reply *, int status, const char *type,
		    char *body, size_t len);
void		 serve_reply_redirect(struct serve_reply *, const char *location);
const char	*serve_lang_code(enum serve_lang);

/* serve_pages.c: the page frame and the pages. */
void	 serve_pages_begin(struct html *, const struct serve_request *, const char *title);
void	 serve_pages_end(struct html *, const struct serve_request *);
void	 serve_pages_csrf(struct html *, const struct serve_request *);
void	 serve_pages_error(struct serve_reply *, const struct serve_request *, int status,
	    const char *message);
/* user: the name typed before (a refused login keeps it, never the
 * password), or NULL. */
void	 serve_pages_login(struct serve_reply *, const struct serve_request *, const char *error,
	    const char *login_csrf, const char *user);
void	 serve_pages_cases(struct serve_reply *, struct serve_request *);
/* notice: above the page when a change was refused (the event's form
 * then comes back filled in), with the case reader's problems or the
 * form's errors (fe), or NULL. */
void	 serve_pages_case(struct serve_reply *, struct serve_request *, const char *id,
	    const char *notice, const struct diag_list *problems,
	    const struct serve_form_errors *fe);
void	 serve_pages_due(struct serve_reply *, struct serve_request *);
void	 serve_pages_officer(struct serve_reply *, struct serve_request *);
void	 serve_pages_translations(struct serve_reply *, struct serve_request *);
void	 serve_pages_translation(struct serve_reply *, struct serve_request *, const char *code);
void	 serve_pages_post_event(struct serve_reply *, struct serve_request *, const char *id);
void	 serve_pages_post_case(struct serve_reply *, struct serve_request *);
void	 serve_pages_form_errors_free(struct serve_form_errors *);

/* serve_form_key.c: the forms' one-time keys. */
enum serve_form_once {
	SERVE_ONCE_FIRST,	/* claimed: go on, then done() or release() */
	SERVE_ONCE_DONE,	/* sent before: made: the id of the case
				   it made or changed */
	SERVE_ONCE_BUSY,	/* the first sending still runs (timed out) */
	SERVE_ONCE_MISSING	/* no key, or not a key's form */
};
/* A new key (SERVE_FORM_KEY_LEN hex digits); caller frees. */
char		*serve_form_key_new(void);
/* Claims the key posted as "form-key"; when it was sent before and is
 * still being handled, waits (a few seconds) for the first to end.
 * made (size SERVE_FORM_KEY_MADE) is filled on SERVE_ONCE_DONE. */
enum serve_form_once serve_form_key_claim(struct serve_server *,
		    const struct serve_request *, char *made);
/* The claimed key made or changed the case made (its id): a second
 * sending is refused from now on. */
void		 serve_form_key_done(struct serve_server *,
		    const struct serve_request *, const char *made);
/* The claimed key made nothing (the form was refused): it may be sent
 * again, corrected. */
void		 serve_form_key_release(struct serve_server *,
		    const struct serve_request *);

/* serve_api.c */
void	 serve_api_status(struct serve_reply *, struct serve_request *, const char *id);
void	 serve_api_due(struct serve_reply *, struct serve_request *);

struct thb_data	*serve_render_take(struct serve_server *);
void		 serve_render_give(struct serve_server *, struct thb_data *);

/* serve_docs.c */
struct phase_status;
void	 serve_docs_leaflet(struct serve_reply *, struct serve_request *);
void	 serve_docs_official(struct serve_reply *, struct serve_request *,
	    const char *id);
void	 serve_docs_buttons(struct html *, const struct serve_request *,
	    const struct serve_store_entry *, const struct phase_status *);

/* serve_css.c: the style sheet and the officer's page's little script
 * (the pages work without it). */
extern const char serve_css_text[];
extern const char serve_css_script[];

#endif
