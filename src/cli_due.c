/* cli_due.c: thbdoc due: the work list across many case files. */
#include <config.h>

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "case.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "phase.h"
#include "status_out.h"
#include "util.h"

struct due_row {
	struct phase_action a;	/* a copy: the status is freed */
	char		*case_id;
	char		*file;
};

struct due_list {
	struct due_row	*rows;
	size_t		 count;
	size_t		 cap;
	date_day	 as_of;
	date_day	 until;		/* DATE_DAY_NONE: no limit */
	int		 actor;		/* -1: every actor */
};

static void
due_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc due [--date YYYY-MM-DD] [--within DAYS] "
	    "[--actor ACTOR] [--json]\n"
	    "                  CASE.xml|DIR...\n"
	    "List the pending actions of many cases, one line each, by due "
	    "date:\noverdue first, actions with no deadline last.  Folders are "
	    "searched\nfor *.xml case files.\n\n"
	    "  -d, --date DATE     the date to look from (default: today)\n"
	    "  -w, --within DAYS   only actions due within DAYS days "
	    "(overdue ones included)\n"
	    "  -a, --actor ACTOR   only this actor's actions: police, centre, "
	    "office,\n"
	    "                      prosecutor\n"
	    "  -j, --json          one JSON object per action and line\n"
	    "  -h, --help          show this help\n"));
}

static int
row_cmp(const void *a, const void *b)
{
	const struct due_row *x = a, *y = b;
	int c;

	if ((c = date_cmp_due(x->a.due, y->a.due)) != 0)
		return c;
	if ((c = strcmp(x->case_id, y->case_id)) != 0)
		return c;
	if ((c = strcmp(x->file, y->file)) != 0)
		return c;
	return (int)x->a.code - (int)y->a.code;
}

static void
add_rows(const struct case_file *c, void *ctx)
{
	struct due_list *list = ctx;
	struct phase_status *st = phase_apply(c, list->as_of);
	const struct phase_action *a;
	date_day until = list->until;
	int actor = list->actor;
	struct due_row *r;
	size_t i;

	for (i = 0; i < st->nactions; i++) {
		a = &st->actions[i];
		if (actor >= 0 && a->actor != (enum phase_actor)actor)
			continue;
		if (until != DATE_DAY_NONE &&
		    (a->due == DATE_DAY_NONE || a->due > until))
			continue;
		if (list->count == list->cap) {
			list->cap = list->cap ? list->cap * 2 : 256;
			list->rows = xrealloc(list->rows,
			    list->cap * sizeof(*list->rows));
		}
		r = &list->rows[list->count++];
		r->a = *a;
		r->case_id = xstrdup(c->id);
		r->file = xstrdup(c->file);
	}
	phase_status_free(st);
}

static void
write_row_text(struct sbuf *out, const struct due_row *r, date_day as_of)
{
	char d[DATE_STRLEN];
	const char *mark = "";

	if (r->a.due == DATE_DAY_NONE)
		strcpy(d, "----------");
	else
		date_format(r->a.due, d);
	if (r->a.due != DATE_DAY_NONE && r->a.due < as_of)
		/* TRANSLATORS: thbdoc due, the text output: a mark in a column
		   8 characters wide after the due date: the action is late
		   ("OVERDUE") or due today ("today"). At most 8 characters
		   each. */
		mark = _("OVERDUE");
	else if (r->a.due == as_of)
		/* TRANSLATORS: thbdoc due: the mark of an action due today (8
		   characters at most). */
		mark = _("today");
	sbuf_printf(out, "%s  %-8s  %-10s  %-16s  %s (%s %s)\n", d, mark,
	    phase_actor_code(r->a.actor), r->case_id, status_action_text(r->a.code),
	    /* TRANSLATORS: thbdoc due: "point" before the number of a point of
	       the directives, in brackets: "(point 8.2)". */
	    _("point"), r->a.point);
}

static int
parse_actor(const char *s)
{
	int a;

	for (a = 0; a < ACTOR__MAX; a++)
		if (strcmp(s, phase_actor_code((enum phase_actor)a)) == 0)
			return a;
	return -1;
}

int
cli_cmd_due(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "within", required_argument, NULL, 'w' },
		{ "actor", required_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct due_list list = { NULL, 0, 0, date_today(), DATE_DAY_NONE, -1 };
	struct sbuf out = { 0 };
	long within = -1;
	bool json = false;
	char *end;
	size_t i;
	int ch, status;

	while ((ch = getopt_long(argc, argv, "d:w:a:jh", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (!cli_parse_date(cli, optarg, &list.as_of))
				return THB_EXIT_USAGE;
			break;
		case 'w':
			within = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || within < 0 ||
			    within > 36500)
				/* TRANSLATORS: %s: the value given.  --within
				   is an option: keep it. */
				return cli_usage_error(cli, _("--within takes "
				    "a number of days from 0 to 36500, not "
				    "'%s'"), optarg);
			break;
		case 'a':
			if ((list.actor = parse_actor(optarg)) < 0)
				/* TRANSLATORS: %s: the value given.  police,
				   centre, office and prosecutor are the values
				   the user types: keep them. */
				return cli_usage_error(cli, _("unknown actor "
				    "'%s': police, centre, office or "
				    "prosecutor"), optarg);
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			due_help(cli->out);
			return THB_EXIT_OK;
		default:
			return cli_usage_error(cli, _("unknown option"));
		}
	}
	if (optind >= argc)
		return cli_usage_error(cli, _("no case file or folder given"));
	if (within >= 0)
		list.until = list.as_of + within;
	status = cli_each_case(cli, argv + optind, argc - optind, add_rows,
	    &list);
	if (list.count > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(list.rows, list.count, sizeof(*list.rows), row_cmp);
	for (i = 0; i < list.count; i++) {
		if (json)
			status_write_due_json(&out, &list.rows[i].a,
			    list.rows[i].case_id, list.rows[i].file, list.as_of);
		else
			write_row_text(&out, &list.rows[i], list.as_of);
		free(list.rows[i].case_id);
		free(list.rows[i].file);
	}
	if (json)
		fputs(sbuf_str(&out), cli->out);
	else	/* a file name can hold escape sequences */
		util_fputs_term(sbuf_str(&out), cli->out);
	sbuf_free(&out);
	free(list.rows);
	return status;
}
