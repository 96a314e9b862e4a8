/* serve_int.h: what the parts of thbdoc serve share.
 *
 * serve.c: the HTTP server (libmicrohttpd), sessions, CSRF, throttling,
 *   security headers, the audit journal and the routes;
 * serve_pages.c: the pages (HTML through html.h only);
 * serve_api.c: the JSON API;
 * serve_store.c: the case folder.
 *
 * A request is answered by one route function that fills a struct reply;
 * serve.c adds the headers every answer carries.
 */
#ifndef THB_SERVE_INT_H
#define THB_SERVE_INT_H

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
enum ui_lang { UI_EN, UI_FR, UI_NL, UI_DE, UI__MAX };

struct session {
	bool		 used;
	char		 token[65];	/* the cookie */
	char		 csrf[65];	/* in every form */
	char		 user[USERS_NAME_MAX + 1];
	enum user_role	 role;
	enum centre	 centre;
	time_t		 created;
	time_t		 last;
};

struct throttle {
	char		 key[72];	/* "u:" + hash of the name, or "a:" + address */
	int		 failures;
	time_t		 first;
	time_t		 locked_until;
};

#define SESSIONS_MAX 512
#define THROTTLE_MAX 256
#define THROTTLE_FAILURES 5		/* then locked */
#define THROTTLE_WINDOW (15 * 60)	/* seconds */
#define FORM_FIELDS_MAX 48
#define FORM_VALUE_MAX 4096
#define FORM_BODY_MAX (64 * 1024)

struct server {
	struct serve_config cfg;
	struct case_reader *reader;
	struct store	*store;
	struct catalog	*ui[UI__MAX];		/* NULL for English */
	struct lang_table *languages;
	struct centre_list *centres;

	pthread_mutex_t	 users_mutex;
	struct user_db	*users;
	long long	 users_mtime_ns;

	pthread_mutex_t	 sessions_mutex;
	struct session	 sessions[SESSIONS_MAX];
	struct throttle	 throttles[THROTTLE_MAX];

	pthread_mutex_t	 audit_mutex;
	int		 audit_fd;
	bool		 tls;
};

struct form_field {
	char	*name;
	char	*value;
};

/* Who is asking: a copy of the session, so no lock is held. */
struct who {
	bool		 known;
	bool		 api_token;	/* authenticated by a token, no CSRF */
	char		 user[USERS_NAME_MAX + 1];
	enum user_role	 role;
	enum centre	 centre;
	char		 csrf[65];
	char		 session[65];
};

struct request {
	struct server	*srv;
	void		*conn;		/* struct MHD_Connection */
	const char	*method;
	const char	*url;
	enum ui_lang	 lang;
	struct who	 who;
	void		*pp;		/* struct MHD_PostProcessor */
	struct form_field fields[FORM_FIELDS_MAX];
	size_t		 nfields;
	size_t		 body;		/* bytes received */
	bool		 too_large;
	char		 address[64];	/* of the client, for throttling */
};

struct reply {
	int		 status;
	const char	*type;		/* Content-Type */
	char		*body;		/* malloc'ed */
	size_t		 len;
	char		*cookies[3];	/* Set-Cookie values, malloc'ed */
	char		*location;	/* redirect */
	char		*disposition;	/* Content-Disposition */
};

/* serve.c */
const char	*tr(const struct request *, const char *msgid);
const char	*form_get(const struct request *, const char *name);
const char	*query_get(const struct request *, const char *name);
void		 audit(struct server *, const struct request *,
		    const char *case_id, const char *what);
bool		 can_see_case(const struct who *, const struct store_entry *);
void		 reply_html(struct reply *, int status, struct html *);
void		 reply_text(struct reply *, int status, const char *type,
		    char *body, size_t len);
void		 reply_redirect(struct reply *, const char *location);
const char	*ui_lang_code(enum ui_lang);

/* serve_pages.c: the page frame and the pages. */
void	 page_begin(struct html *, const struct request *, const char *title);
void	 page_end(struct html *, const struct request *);
void	 page_csrf(struct html *, const struct request *);
void	 page_error(struct reply *, const struct request *, int status,
	    const char *message);
void	 page_login(struct reply *, const struct request *, const char *error,
	    const char *login_csrf);
void	 page_cases(struct reply *, struct request *);
void	 page_case(struct reply *, struct request *, const char *id,
	    const char *notice, const struct diag_list *problems);
void	 page_due(struct reply *, struct request *);
void	 page_officer(struct reply *, struct request *);
void	 page_translations(struct reply *, struct request *);
void	 page_translation(struct reply *, struct request *, const char *code);
void	 post_event(struct reply *, struct request *, const char *id);
void	 post_new_case(struct reply *, struct request *);

/* serve_api.c */
void	 api_status(struct reply *, struct request *, const char *id);
void	 api_due(struct reply *, struct request *);

/* serve_css.c */
extern const char serve_css[];

#endif
