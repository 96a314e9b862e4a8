/* cli_status.c: thbdoc status: where each case stands. */
#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "case.h"
#include "cli_int.h"
#include "districts.h"
#include "exitcodes.h"
#include "i18n.h"
#include "paths.h"
#include "phase.h"
#include "status_out.h"

static void
status_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc status [--date YYYY-MM-DD] [--json] "
	    "CASE.xml|DIR...\n"
	    "Show where each case stands in the protection procedure as of a "
	    "date:\nthe phase, the residence document and its end date, the "
	    "rights that\ncome with it, who must do what by when, and where "
	    "the case departs\nfrom the directives.  Each line cites its point "
	    "of the directives.\n\n"
	    "  -d, --date DATE  the date to look from (default: today); "
	    "events after it\n"
	    "                   are not counted\n"
	    "  -j, --json       one JSON object per case and line "
	    "(codes, English)\n"
	    "  -h, --help       show this help\n\n"
	    "The output carries personal data only as the case identifier.\n"));
}

struct status_run {
	FILE		*out;
	date_day	 as_of;
	bool		 json;
	size_t		 count;
	struct cli	*cli;
	struct districts_table *districts;	/* NULL: not checked */
};

/* Has the name been said before event i (the case's own district, then
 * the events before it)? */
static bool
district_said(const struct case_file *c, size_t i, const char *name)
{
	size_t j;

	if (c->district != NULL && strcmp(c->district, name) == 0)
		return true;
	for (j = 0; j < i; j++)
		if (c->events[j].district != NULL &&
		    strcmp(c->events[j].district, name) == 0)
			return true;
	return false;
}

/* A district the letters could not be addressed to: said now, not at
 * letter time (issue 11), once per name. */
static void
check_districts(struct status_run *run, const struct case_file *c)
{
	struct diag_list diags = { 0 };
	size_t i;

	if (run->districts == NULL)
		return;
	if (c->district != NULL && districts_find(run->districts,
	    c->district) == NULL)
		diag_add(&diags, WARN_DISTRICT_UNKNOWN, c->file, 0, 0,
		    c->district);
	for (i = 0; i < c->nevents; i++)
		if (c->events[i].district != NULL &&
		    !district_said(c, i, c->events[i].district) &&
		    districts_find(run->districts,
		    c->events[i].district) == NULL)
			diag_add(&diags, WARN_DISTRICT_UNKNOWN, c->file,
			    c->events[i].line, 0, c->events[i].district);
	cli_flush_diags(run->cli, &diags);
	diag_list_free(&diags);
}

static void
status_one(const struct case_file *c, void *ctx)
{
	struct status_run *run = ctx;
	struct phase_status *st = phase_apply(c, run->as_of);
	struct sbuf out = { 0 };

	check_districts(run, c);

	if (!run->json && run->count++ > 0)
		sbuf_addc(&out, '\n');
	if (run->json)
		status_write_json(&out, c, st);
	else
		status_write_text(&out, c, st);
	if (run->json)
		fputs(sbuf_str(&out), run->out);
	else	/* a file name can hold escape sequences */
		util_fputs_term(sbuf_str(&out), run->out);
	sbuf_free(&out);
	phase_status_free(st);
}

int
cli_cmd_status(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct status_run run = { cli->out, date_today(), false, 0, cli, NULL };
	struct diag_list diags = { 0 };
	struct paths_data f;
	int ch, st;

	while ((ch = getopt_long(argc, argv, "d:jh", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (!cli_parse_date(cli, optarg, &run.as_of))
				return THB_EXIT_USAGE;
			break;
		case 'j':
			run.json = true;
			break;
		case 'h':
			status_help(cli->out);
			return THB_EXIT_OK;
		default:
			return cli_usage_error(cli, _("unknown option"));
		}
	}
	if (optind >= argc)
		return cli_usage_error(cli, _("no case file given"));
	if (paths_require("districts.xml", "schema/districts.xsd", &f,
	    &diags)) {
		run.districts = districts_load(f.data, f.schema, &diags);
		paths_release(&f);
	}
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	st = cli_each_case(cli, argv + optind, argc - optind, status_one,
	    &run);
	districts_free(run.districts);
	return st;
}
