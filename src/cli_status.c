/* cli_status.c: thbdoc status: where each case stands. */
#include <config.h>

#include <getopt.h>
#include <stdlib.h>

#include "case.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "phase.h"
#include "status_out.h"

static void
status_help(FILE *fp)
{
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
};

static void
status_one(const struct case_file *c, void *ctx)
{
	struct status_run *run = ctx;
	struct phase_status *st = phase_apply(c, run->as_of);
	struct sbuf out = { 0 };

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
	struct status_run run = { cli->out, date_today(), false, 0 };
	int ch;

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
	return cli_each_case(cli, argv + optind, argc - optind, status_one,
	    &run);
}
