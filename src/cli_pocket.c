/* cli_pocket.c: thbdoc pocket-card.
 *
 * One A4 sheet of eight cards of 85 x 55 mm to cut out and carry: a
 * neutral line in the person's language and in French, the three centres'
 * phone numbers (the region's first) and 112, and nothing that names
 * trafficking (issue 16), made by render_pocket_card() (render.h), which
 * applies the leaflet's rule for a language that lacks a string
 * (publish.h) and writes atomically.  Options only.
 */
#include <config.h>

#include <getopt.h>
#include <string.h>
#include <sys/stat.h>

#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "render.h"
#include "thb_data.h"

static void
pocket_help(FILE *fp)
{
	/* TRANSLATORS: the help of a command. Keep as they are: the program
	   and command names, the options (--date), the forms of values
	   (YYYY-MM-DD, LL, fr|nl|de) and the codes the user types (flanders,
	   query); the words in capitals that stand for a value (FILE, DIR) may
	   be translated. Keep the line breaks and the alignment of the option
	   list; write no % sign. The sentence in quotes is the card's neutral
	   line: translate it as the card does in your language. */
	fprintf(fp, _("Usage: thbdoc pocket-card --lang LL [--region REGION] "
	    "[--allow-incomplete] -o FILE.pdf\n"
	    "Write one A4 sheet of eight cards of 85 x 55 mm, with crop "
	    "marks, to cut\nout and carry: \"Need help? Free and "
	    "confidential.\" in the person's\nlanguage and in French, the "
	    "three centres' phone numbers and 112.  The\ncards name no "
	    "centre and say nothing about trafficking, for a person\nwho may "
	    "be searched by the people who exploit them.\n\n"
	    "  -l, --lang LL       the person's language ('thbdoc languages' "
	    "lists them)\n"
	    "  -r, --region REGION where the person was met: flanders, "
	    "brussels or\n"
	    "                      wallonia; that region's centre comes "
	    "first\n"
	    "      --allow-incomplete  print a language even if some of the "
	    "card's\n"
	    "                      strings are untranslated or fuzzy: they "
	    "stand in\n"
	    "                      English, with a warning each\n"
	    "      --po-dir DIR    name the lines of DIR/LL.po in messages "
	    "about\n"
	    "                      missing strings (default: po-docs, when "
	    "there)\n"
	    "  -o, --output FILE   the PDF file\n"
	    "  -f, --force         replace the file if it exists already\n"
	    "      --dump          print the document tree instead of writing "
	    "PDF\n"
	    "  -h, --help          show this help\n\n"
	    "As for the leaflet, a language whose catalogue lacks one of the "
	    "card's\nstrings (untranslated or fuzzy) is not offered.  See "
	    "thbdoc(1).\n"));
}

int
cli_cmd_pocket_card(struct cli *cli, int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "region", required_argument, NULL, 'r' },
		{ "output", required_argument, NULL, 'o' },
		{ "dump", no_argument, NULL, 'D' },
		{ "allow-incomplete", no_argument, NULL, 'I' },
		{ "po-dir", required_argument, NULL, 'P' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct render_pocket_card_opts o = { NULL, NULL, false, NULL };
	struct render_dest dest = { RENDER_PDF, NULL, false };
	struct render_out out = { 0 };
	struct diag_list diags = { 0 };
	struct thb_data *d;
	const char *output = NULL;
	struct stat sb;
	int c;

	while ((c = getopt_long(argc, argv, "l:r:o:fh", opts, NULL)) != -1) {
		switch (c) {
		case 'l': o.lang = optarg; break;
		case 'r': o.region = optarg; break;
		case 'o': output = optarg; break;
		case 'D': dest.format = RENDER_TREE; break;
		case 'I': o.allow_incomplete = true; break;
		case 'P': o.po_dir = optarg; break;
		case 'f': dest.replace = true; break;
		case 'h': pocket_help(cli->out); return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (o.lang == NULL)
		/* TRANSLATORS: thbdoc pocket-card: --lang is an option: keep
		   it; the person's language is the language of the person the
		   card is for. */
		return cli_usage_error(cli, _("--lang is required (the "
		    "person's language)"));
	if (output == NULL && dest.format != RENDER_TREE)
		return cli_usage_error(cli, _("--output is required (the PDF "
		    "file to write)"));
	if (o.region != NULL && strcmp(o.region, "flanders") != 0 &&
	    strcmp(o.region, "brussels") != 0 &&
	    strcmp(o.region, "wallonia") != 0)
		return cli_usage_error(cli, _("unknown region '%s': expected "
		    "flanders, brussels or wallonia"), o.region);
	if (o.po_dir == NULL && stat("po-docs", &sb) == 0 &&
	    S_ISDIR(sb.st_mode))
		o.po_dir = "po-docs";
	dest.path = dest.format == RENDER_TREE ? NULL : output;
	d = thb_data_new();
	if (render_pocket_card(d, &o, &dest, &out, &diags) &&
	    out.data != NULL)
		fputs((const char *)out.data, cli->out);
	render_out_free(&out);
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	thb_data_free(d);
	return cli->status;
}
