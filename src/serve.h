/* serve.h: thbdoc serve, the web application (libmicrohttpd).
 *
 * serve_run() answers on one address until SIGINT or SIGTERM.  Beyond the
 * loopback it requires TLS (cert and key), and refuses to start without.
 * Messages (start-up problems, the address it listens on) go to err;
 * nothing about a case or a person is ever printed.
 */
#ifndef THB_SERVE_H
#define THB_SERVE_H

#include <stdbool.h>
#include <stdio.h>

#include "date.h"

struct serve_config {
	const char	*cases;		/* the case folder */
	const char	*users;		/* the users file */
	const char	*audit;		/* the audit journal */
	const char	*listen;	/* ADDR:PORT */
	const char	*cert;		/* PEM, or NULL */
	const char	*key;		/* PEM, or NULL */
	int		 idle_minutes;	/* session idle timeout */
	int		 threads;
	const char	*po_dir;	/* PO files for the translators'
					   checks, or NULL */
	date_day	 as_of;		/* the day the pages look from;
					   DATE_DAY_NONE: each day's date */
};

/* Returns an exit status (exitcodes.h). */
int	serve_run(const struct serve_config *, FILE *err);

#endif
