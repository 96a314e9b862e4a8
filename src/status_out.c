/* status_out.c: write a case's status (stage 5 for the status command). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "status_out.h"

void
status_warning_message(struct sbuf *out, const struct phase_warning *w,
    bool translate)
{
	const char *fmt = phase_warning_format(w->code);
	const char *a[PHASE_WARNING_ARGS];
	char *msg;
	int i;

	for (i = 0; i < PHASE_WARNING_ARGS; i++)
		a[i] = translate && phase_warning_args_translatable(w->code) &&
		    w->args[i][0] != '\0' ? _(w->args[i]) : w->args[i];
	/* Formats use %1$s..%3$s, so translations may reorder them; a
	 * translation that reads other arguments is not used (diag.h). */
	msg = diag_format(fmt, translate ? _(fmt) : NULL, a,
	    PHASE_WARNING_ARGS);
	sbuf_add(out, msg != NULL ? msg : fmt);
	free(msg);
}

const char *
status_action_text(enum phase_action_code a)
{
	return _(phase_action_text(a));
}

static const char *
date_or_null(date_day d, char buf[DATE_STRLEN])
{
	date_format(d, buf);
	return buf;
}

static void
json_date(struct sbuf *out, date_day d)
{
	char buf[DATE_STRLEN];

	if (d == DATE_DAY_NONE)
		sbuf_add(out, "null");
	else
		sbuf_add_json_string(out, date_or_null(d, buf));
}

void
status_write_json(struct sbuf *out, const struct case_file *c,
    const struct phase_status *st)
{
	struct sbuf msg = { 0 };
	size_t i;
	int r;

	sbuf_add(out, "{\"case\":");
	sbuf_add_json_string(out, c->id);
	sbuf_add(out, ",\"date\":");
	json_date(out, st->as_of);
	sbuf_add(out, ",\"regime\":");
	sbuf_add_json_string(out, c->regime);
	sbuf_add(out, ",\"state\":");
	sbuf_add_json_string(out, phase_state_code(st->state));
	if (st->phase < 0)
		sbuf_add(out, ",\"phase\":null");
	else
		sbuf_printf(out, ",\"phase\":%d", st->phase);
	sbuf_add(out, ",\"document\":");
	if (st->document.type == DOCUMENT_NONE)
		sbuf_add(out, "null");
	else {
		sbuf_add(out, "{\"type\":");
		sbuf_add_json_string(out,
		    phase_document_name(st)->code);
		sbuf_add(out, ",\"issued\":");
		json_date(out, st->document.issued);
		sbuf_add(out, ",\"expires\":");
		json_date(out, st->document.expires);
		sbuf_printf(out, ",\"extensions\":%d}",
		    st->document.extensions);
	}
	sbuf_add(out, ",\"rights\":[");
	for (r = 0, i = 0; r < PHASE_RIGHT_COUNT; r++) {
		if (!(st->rights & (1u << r)))
			continue;
		if (i++)
			sbuf_addc(out, ',');
		sbuf_add_json_string(out, phase_right_code(st->regime, 1u << r));
	}
	sbuf_add(out, "],\"actions\":[");
	for (i = 0; i < st->nactions; i++) {
		const struct phase_action *a = &st->actions[i];

		sbuf_add(out, i ? ",{\"code\":" : "{\"code\":");
		sbuf_add_json_string(out, phase_action_code_name(a->code));
		sbuf_add(out, ",\"actor\":");
		sbuf_add_json_string(out, phase_actor_code(a->actor));
		sbuf_add(out, ",\"from\":");
		json_date(out, a->from);
		sbuf_add(out, ",\"due\":");
		json_date(out, a->due);
		sbuf_add(out, ",\"point\":");
		sbuf_add_json_string(out, a->point);
		sbuf_addc(out, '}');
	}
	sbuf_add(out, "],\"warnings\":[");
	for (i = 0; i < st->nwarnings; i++) {
		const struct phase_warning *w = &st->warnings[i];

		sbuf_add(out, i ? ",{\"code\":" : "{\"code\":");
		sbuf_add_json_string(out, phase_warning_code_name(w->code));
		sbuf_add(out, ",\"point\":");
		sbuf_add_json_string(out, w->point);
		sbuf_add(out, ",\"message\":");
		status_warning_message(&msg, w, false);
		sbuf_add_json_string(out, sbuf_str(&msg));
		sbuf_free(&msg);
		sbuf_addc(out, '}');
	}
	sbuf_add(out, "]}\n");
}

void
status_write_text(struct sbuf *out, const struct case_file *c,
    const struct phase_status *st)
{
	char d1[DATE_STRLEN], d2[DATE_STRLEN];
	size_t i;
	int r;

	date_format(st->as_of, d1);
	/* TRANSLATORS: %1$s: the case id; %2$s: the date looked at,
	   YYYY-MM-DD; %3$s: the case file's name. */
	sbuf_printf(out, _("Case %s, as of %s (%s)\n"), c->id, d1, c->file);
	if (st->phase >= 0)
		/* TRANSLATORS: %1$s: where the case stands (a state of the
		   procedure, translated); %2$d: the phase, 1 or 2; %3$s: a
		   point of the directives (8.2).  Keep the leading spaces: the
		   text is indented. */
		sbuf_printf(out, _("  State: %s; phase %d (point %s)\n"),
		    _(phase_state_text(st->regime, st->state)), st->phase,
		    phase_state_point(st->regime, st->state));
	else
		/* TRANSLATORS: %1$s: where the case stands (translated); %2$s:
		   a point of the directives.  Keep the leading spaces. */
		sbuf_printf(out, _("  State: %s (point %s)\n"),
		    _(phase_state_text(st->regime, st->state)),
		    phase_state_point(st->regime, st->state));
	if (st->document.type != DOCUMENT_NONE) {
		date_format(st->document.issued, d1);
		date_format(st->document.expires, d2);
		if (st->document.expires == DATE_DAY_NONE)
			/* TRANSLATORS: %1$s: the residence document
			   (translated); %2$s: the day it was issued; %3$s,
			   when there is one: the day it ends; dates as
			   YYYY-MM-DD.  Keep the leading spaces. */
			sbuf_printf(out, _("  Document: %s, issued on %s, "
			    "with no end date\n"),
			    _(phase_document_name(st)->text), d1);
		else if (st->document.expires < st->as_of)
			/* TRANSLATORS: %1$s: the residence document
			   (translated); %2$s: the day it was issued; %3$s,
			   when there is one: the day it ends; dates as
			   YYYY-MM-DD.  Keep the leading spaces. */
			sbuf_printf(out, _("  Document: %s, issued on %s, "
			    "EXPIRED on %s\n"),
			    _(phase_document_name(st)->text), d1, d2);
		else
			/* TRANSLATORS: %1$s: the residence document
			   (translated); %2$s: the day it was issued; %3$s,
			   when there is one: the day it ends; dates as
			   YYYY-MM-DD.  Keep the leading spaces. */
			sbuf_printf(out, _("  Document: %s, issued on %s, "
			    "valid until %s\n"),
			    _(phase_document_name(st)->text), d1, d2);
		if (st->document.extensions > 0)
			/* TRANSLATORS: %d: how many times the document was
			   extended or renewed.  Keep the leading spaces. */
			sbuf_printf(out, P_("  Extended or renewed: %d time\n",
			    "  Extended or renewed: %d times\n",
			    st->document.extensions), st->document.extensions);
	}
	if (st->rights != 0) {
		/* TRANSLATORS: thbdoc status: the headings of three lists (the
		   person's rights, the pending actions, the warnings). Keep
		   the two leading spaces, the colon and the line break. */
		sbuf_add(out, _("  Rights:\n"));
		for (r = 0; r < PHASE_RIGHT_COUNT; r++)
			if (st->rights & (1u << r))
				/* TRANSLATORS: %1$s: a right of the person
				   (translated); %2$s: a point of the
				   directives.  Keep the leading spaces and the
				   dash: a list. */
				sbuf_printf(out, _("    - %s (point %s)\n"),
				    _(phase_right_text(st->regime, 1u << r)),
				    phase_right_point(st->regime, 1u << r));
	}
	if (st->nactions > 0) {
		sbuf_add(out, _("  To do:\n"));
		for (i = 0; i < st->nactions; i++) {
			const struct phase_action *a = &st->actions[i];

			date_format(a->due, d1);
			if (a->due == DATE_DAY_NONE)
				/* TRANSLATORS: %1$s: who acts (police, centre,
				   Office, prosecutor; translated); %2$s: what
				   to do (translated); %3$s: a point of the
				   directives. */
				sbuf_printf(out, _("    - %s: %s (point %s)\n"),
				    _(phase_actor_text(a->actor)),
				    _(phase_action_text(a->code)), a->point);
			else if (a->from != DATE_DAY_NONE &&
			    a->due >= st->as_of) {
				date_format(a->from, d2);
				/* TRANSLATORS: %1$s: who acts (translated);
				   %2$s and %3$s: dates, YYYY-MM-DD; %4$s: what
				   to do (translated); %5$s: a point of the
				   directives. */
				sbuf_printf(out, _("    - %s, from %s, at the "
				    "latest by %s: %s (point %s)\n"),
				    _(phase_actor_text(a->actor)), d2, d1,
				    _(phase_action_text(a->code)), a->point);
			} else if (a->due < st->as_of)
				/* TRANSLATORS: %1$s: who acts (translated);
				   %2$s: a date, YYYY-MM-DD; %3$s: what to do
				   (translated); %4$s: a point of the
				   directives.  OVERDUE is in capitals to stand
				   out. */
				sbuf_printf(out, _("    - %s, OVERDUE since %s: "
				    "%s (point %s)\n"),
				    _(phase_actor_text(a->actor)), d1,
				    _(phase_action_text(a->code)), a->point);
			else
				/* TRANSLATORS: %1$s: who acts (translated);
				   %2$s: a date, YYYY-MM-DD; %3$s: what to do
				   (translated); %4$s: a point of the
				   directives. */
				sbuf_printf(out, _("    - %s, by %s: %s "
				    "(point %s)\n"), _(phase_actor_text(a->actor)),
				    d1, _(phase_action_text(a->code)), a->point);
		}
	}
	if (st->nwarnings > 0) {
		sbuf_add(out, _("  Warnings:\n"));
		for (i = 0; i < st->nwarnings; i++) {
			if (strcmp(st->warnings[i].point,
			    PHASE_POINT_SILENT) == 0)
				/* TRANSLATORS: the directives say nothing on
				   this; the warning's text (a decision of
				   thbdoc) follows. */
				sbuf_add(out, _("    - [directives silent] "));
			else
				/* TRANSLATORS: %s: a point of the directives
				   (8.3); the warning's text follows. */
				sbuf_printf(out, _("    - [point %s] "),
				    st->warnings[i].point);
			status_warning_message(out, &st->warnings[i], true);
			sbuf_addc(out, '\n');
		}
	}
}

void
status_write_due_json(struct sbuf *out, const struct phase_action *a,
    const char *case_id, const char *file, date_day as_of)
{
	char d[DATE_STRLEN];

	sbuf_add(out, "{\"due\":");
	if (a->due == DATE_DAY_NONE)
		sbuf_add(out, "null");
	else {
		date_format(a->due, d);
		sbuf_add_json_string(out, d);
	}
	sbuf_printf(out, ",\"overdue\":%s,\"actor\":",
	    a->due != DATE_DAY_NONE && a->due < as_of ? "true" : "false");
	sbuf_add_json_string(out, phase_actor_code(a->actor));
	sbuf_add(out, ",\"case\":");
	sbuf_add_json_string(out, case_id);
	sbuf_add(out, ",\"action\":");
	sbuf_add_json_string(out, phase_action_code_name(a->code));
	sbuf_add(out, ",\"point\":");
	sbuf_add_json_string(out, a->point);
	sbuf_add(out, ",\"file\":");
	sbuf_add_json_string(out, file);
	sbuf_add(out, "}\n");
}
