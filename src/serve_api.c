/* serve_api.c: the JSON API of thbdoc serve, for case-management
 * systems.  GET /api/cases/ID/status is exactly the line of
 * "thbdoc status --json" for that case (status_write_json); GET /api/due
 * the lines of "thbdoc due --json" for the cases the user can see. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "phase.h"
#include "serve_int.h"
#include "status_out.h"
#include "util.h"

static bool
as_of(struct serve_request *r, date_day *d)
{
	const char *q = serve_query(r, "date");

	*d = serve_today(r->srv);
	return q == NULL || date_parse(q, d) == DATE_OK;
}

static void
api_error(struct serve_reply *rep, int status, const char *msg)
{
	struct sbuf b = { 0 };

	sbuf_add(&b, "{\"error\":");
	sbuf_add_json_string(&b, msg);
	sbuf_add(&b, "}\n");
	serve_reply_text(rep, status, "application/json", sbuf_detach(&b),
	    strlen("{\"error\":}\n") + 2 + strlen(msg));
	rep->len = strlen(rep->body);
}

void
serve_api_status(struct serve_reply *rep, struct serve_request *r, const char *id)
{
	struct serve_store *store = r->srv->store;
	const struct serve_store_entry *e;
	struct phase_status *st;
	struct sbuf out = { 0 };
	date_day d;

	if (!as_of(r, &d)) {
		api_error(rep, MHD_HTTP_BAD_REQUEST, "date: YYYY-MM-DD");
		return;
	}
	serve_store_lock(store);
	serve_store_refresh(store);
	e = serve_store_valid_id(id) ? serve_store_find(store, id) : NULL;
	if (e == NULL || !serve_can_see(&r->who, e)) {
		serve_store_unlock(store);
		api_error(rep, MHD_HTTP_NOT_FOUND, "no such case");
		return;
	}
	st = phase_apply(e->c, d);
	status_write_json(&out, e->c, st);
	phase_status_free(st);
	serve_audit(r->srv, r, e->id, "api-status");
	serve_store_unlock(store);
	rep->len = out.len;
	serve_reply_text(rep, MHD_HTTP_OK, "application/json", sbuf_detach(&out),
	    rep->len);
}

struct api_due_row {
	date_day	 due;
	const struct phase_action *a;
	const struct serve_store_entry *e;
	size_t		 status;	/* index into the statuses */
};

static int
row_cmp(const void *a, const void *b)
{
	const struct api_due_row *x = a, *y = b;
	int c;

	if ((c = date_cmp_due(x->due, y->due)) != 0)
		return c;
	if ((c = strcmp(x->e->id, y->e->id)) != 0)
		return c;
	if ((c = strcmp(x->e->path, y->e->path)) != 0)
		return c;
	return (int)x->a->code - (int)y->a->code;
}

/* The same fields, in the same order, as "thbdoc due --json". */
void
serve_api_due(struct serve_reply *rep, struct serve_request *r)
{
	struct serve_store *store = r->srv->store;
	struct phase_status **sts = NULL;
	struct api_due_row *rows = NULL;
	size_t nst = 0, n = 0, i, j;
	struct sbuf out = { 0 };
	date_day today;

	if (!as_of(r, &today)) {
		api_error(rep, MHD_HTTP_BAD_REQUEST, "date: YYYY-MM-DD");
		return;
	}
	serve_store_lock(store);
	serve_store_refresh(store);
	for (i = 0; i < serve_store_count(store); i++) {
		const struct serve_store_entry *e = serve_store_at(store, i);

		if (!serve_can_see(&r->who, e))
			continue;
		sts = xrealloc(sts, (nst + 1) * sizeof(*sts));
		sts[nst] = phase_apply(e->c, today);
		for (j = 0; j < sts[nst]->nactions; j++) {
			rows = xrealloc(rows, (n + 1) * sizeof(*rows));
			rows[n].a = &sts[nst]->actions[j];
			rows[n].due = rows[n].a->due;
			rows[n].e = e;
			rows[n++].status = nst;
		}
		nst++;
	}
	if (n > 1)
		qsort(rows, n, sizeof(*rows), row_cmp);
	for (i = 0; i < n; i++) {
		status_write_due_json(&out, rows[i].a, rows[i].e->id,
		    rows[i].e->path, today);
	}
	serve_audit(r->srv, r, NULL, "api-due");
	serve_store_unlock(store);
	for (i = 0; i < nst; i++)
		phase_status_free(sts[i]);
	free(sts);
	free(rows);
	rep->len = out.len;
	serve_reply_text(rep, MHD_HTTP_OK, "application/x-ndjson",
	    sbuf_detach(&out), rep->len);
}
