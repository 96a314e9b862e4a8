/* serve_form_key.c: the one-time keys of the forms that create a case or
 * an event (serve_int.h).  The CSRF token proves that a form came from
 * this site, but the session reuses it: a reload of the answer to a POST,
 * a double tap on a tablet, or a form sent again from the browser's
 * history would each create a second case.  Each such form carries a
 * fresh key; the server remembers the keys sent, and what each made.
 *
 * A key is not a secret (the CSRF token is): a key the server never
 * issued is accepted once like any other, so a page made before a
 * restart still works.
 */
#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "serve_int.h"
#include "users.h"

/* How long a second sending waits for the first to end (a render of the
 * case by the reader takes milliseconds; a loaded machine, more). */
#define ONCE_WAIT_SECONDS	15

char *
serve_form_key_new(void)
{
	return users_random_hex(SERVE_FORM_KEY_LEN / 2);
}

static bool
key_valid(const char *k)
{
	size_t i;

	if (k == NULL || strlen(k) != SERVE_FORM_KEY_LEN)
		return false;
	for (i = 0; i < SERVE_FORM_KEY_LEN; i++)
		if (!((k[i] >= '0' && k[i] <= '9') ||
		    (k[i] >= 'a' && k[i] <= 'f')))
			return false;
	return true;
}

/* The slot of key, or NULL; under form_keys_mutex. */
static struct serve_form_key *
key_find(struct serve_server *srv, const char *key)
{
	size_t i;

	for (i = 0; i < SERVE_FORM_KEYS_MAX; i++)
		if (strcmp(srv->form_keys[i].key, key) == 0)
			return &srv->form_keys[i];
	return NULL;
}

enum serve_form_once
serve_form_key_claim(struct serve_server *srv, const struct serve_request *r,
    char *made)
{
	const char *key = serve_form(r, "form-key");
	struct serve_form_key *k;
	struct timespec until;
	enum serve_form_once res;

	if (!key_valid(key))
		return SERVE_ONCE_MISSING;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += ONCE_WAIT_SECONDS;
	pthread_mutex_lock(&srv->form_keys_mutex);
	/* A double tap: the first sending is still being handled; wait
	 * for it, to say what it made (or to go on if it was refused). */
	while ((k = key_find(srv, key)) != NULL && k->made[0] == '\0')
		if (pthread_cond_timedwait(&srv->form_keys_cond,
		    &srv->form_keys_mutex, &until) == ETIMEDOUT)
			break;
	if (k != NULL && k->made[0] != '\0') {
		snprintf(made, SERVE_FORM_KEY_MADE, "%s", k->made);
		res = SERVE_ONCE_DONE;
	} else if (k != NULL)
		res = SERVE_ONCE_BUSY;
	else {
		/* The oldest key is forgotten. */
		k = &srv->form_keys[srv->form_keys_next];
		srv->form_keys_next = (srv->form_keys_next + 1) %
		    SERVE_FORM_KEYS_MAX;
		snprintf(k->key, sizeof(k->key), "%s", key);
		k->made[0] = '\0';
		res = SERVE_ONCE_FIRST;
	}
	pthread_mutex_unlock(&srv->form_keys_mutex);
	return res;
}

void
serve_form_key_done(struct serve_server *srv, const struct serve_request *r,
    const char *made)
{
	const char *key = serve_form(r, "form-key");
	struct serve_form_key *k;

	if (!key_valid(key))
		return;
	pthread_mutex_lock(&srv->form_keys_mutex);
	if ((k = key_find(srv, key)) != NULL)
		snprintf(k->made, sizeof(k->made), "%s", made);
	pthread_cond_broadcast(&srv->form_keys_cond);
	pthread_mutex_unlock(&srv->form_keys_mutex);
}

void
serve_form_key_release(struct serve_server *srv,
    const struct serve_request *r)
{
	const char *key = serve_form(r, "form-key");
	struct serve_form_key *k;

	if (!key_valid(key))
		return;
	pthread_mutex_lock(&srv->form_keys_mutex);
	if ((k = key_find(srv, key)) != NULL && k->made[0] == '\0')
		memset(k, 0, sizeof(*k));
	pthread_cond_broadcast(&srv->form_keys_cond);
	pthread_mutex_unlock(&srv->form_keys_mutex);
}
