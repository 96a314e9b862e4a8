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

int
cmd_status(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	struct file_list files = { 0 };
	struct case_reader *reader;
	struct phase_status *st;
	struct thb_case *c;
	struct sbuf out = { 0 };
	thb_date as_of = date_today();
	bool json = false;
	size_t i;
	int ch;

	while ((ch = getopt_long(argc, argv, "d:jh", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (!cli_parse_date(cli, optarg, &as_of))
				return THB_EXIT_USAGE;
			break;
		case 'j':
			json = true;
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
	if ((reader = cli_case_reader(cli)) == NULL)
		return cli->status;
	cli_collect_files(&files, argv + optind, argc - optind, &diags);
	cli_flush_diags(cli, &diags);
	for (i = 0; i < files.count; i++) {
		c = case_read_file(reader, files.paths[i], &diags);
		cli_flush_diags(cli, &diags);
		if (c == NULL)
			continue;
		st = phase_apply(c, as_of);
		if (json)
			status_write_json(&out, c, st);
		else
			status_write_text(&out, c, st);
		if (!json && i + 1 < files.count)
			sbuf_addc(&out, '\n');
		fputs(sbuf_str(&out), cli->out);
		sbuf_free(&out);
		phase_status_free(st);
		case_free(c);
	}
	cli_file_list_free(&files);
	case_reader_free(reader);
	diag_list_free(&diags);
	return cli->status;
}
