/* cli_card.c: thbdoc language-card: one A4 page on which every language
 * says "I read this language" (card_grid.h); the person points, the
 * officer prints the leaflet with that code.  Options only: the card is
 * made by render_language_card() (render.h).
 */
#include <config.h>

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "render.h"
#include "thb_data.h"

static void
card_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command.  Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated.  Keep the line breaks and the alignment of the option
	   list; write no % sign. */
	fprintf(fp, _("Usage: thbdoc language-card -o FILE.pdf\n"
	    "Write the language card: one A4 page on which each language of "
	    "the leaflet\nsays \"Point to the language you read\" in its "
	    "own script, with its name\nand code for the officer.  The "
	    "person points to the language they read; then\nprint the "
	    "leaflet with 'thbdoc leaflet --lang CODE'.\n\n"
	    "  -o, --output FILE   the PDF file\n"
	    "  -f, --force         replace the file if it exists already\n"
	    "      --dump          print the document tree instead of writing "
	    "PDF\n"
	    "  -h, --help          show this help\n"));
}

int
cli_cmd_language_card(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dump", no_argument, NULL, 'D' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct diag_list diags = { 0 };
	struct render_dest dest = { RENDER_PDF, NULL, false };
	struct render_out out = { 0 };
	struct thb_data *d;
	bool dump = false;
	int c;

	while ((c = getopt_long(argc, argv, "o:fh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': dest.path = optarg; break;
		case 'D': dump = true; break;
		case 'f': dest.replace = true; break;
		case 'h': card_help(cli->out); return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (optind != argc)
		/* TRANSLATORS: a command line error: %s: a word on the command
		   line that the command does not take. */
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (dest.path == NULL && !dump)
		return cli_usage_error(cli, _("--output is required"));
	if (dump) {
		dest.format = RENDER_TREE;
		dest.path = NULL;
	}
	d = thb_data_new();
	if (render_language_card(d, &dest, &out, &diags) && out.data != NULL)
		fputs((const char *)out.data, cli->out);
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	render_out_free(&out);
	thb_data_free(d);
	return cli->status;
}
