/* cli_card.c: thbdoc language-card.
 *
 * One A4 page for a person who cannot say which language they read: for
 * every language of data/languages.xml, the sentence "I read this
 * language." of templates/language-card.xml in that language and its
 * script, large, in a grid, with the language's own name and its code
 * small beneath it for the officer.  The person points; the officer prints
 * the leaflet with that code.  A language whose catalogue lacks the
 * sentence shows its own name instead.  Each cell carries its language,
 * so right-to-left languages are set right to left in their cell.
 */
#include <config.h>

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "check_sources.h"
#include "cli_int.h"
#include "exitcodes.h"
#include "i18n.h"
#include "layout.h"
#include "pdf_out.h"
#include "util.h"


static void
card_help(FILE *fp)
{
	fprintf(fp, _("Usage: thbdoc language-card -o FILE.pdf\n"
	    "Write the language card: one A4 page on which each language of "
	    "the leaflet\nsays \"I read this language\" in its own script, "
	    "with its code for the\nofficer.  The person points to the "
	    "language they read; then print the\nleaflet with 'thbdoc "
	    "leaflet --lang CODE'.\n\n"
	    "  -o, --output FILE   the PDF file\n"
	    "  -f, --force         replace the file if it exists already\n"
	    "      --dump          print the document tree instead of writing "
	    "PDF\n"
	    "  -h, --help          show this help\n"));
}

/* The card's template strings: [0] the title, [1] the sentence. */
static const struct tmpl_msg *
card_msg(const struct tmpl *card, size_t i)
{
	return i < tmpl_msg_count(card) ? tmpl_msg_get(card, i) : NULL;
}

static const char *
translate(const struct catalog *cat, const struct tmpl_msg *m)
{
	const char *s = cat != NULL && m != NULL ?
	    catalog_lookup(cat, m->msgctxt, m->msgid) : NULL;

	return s;
}

static struct doc_block *
text_block(struct doc *doc, struct doc_block *parent, enum doc_block_kind k,
    const struct languages_info *l, const char *text, int level)
{
	struct doc_block *b = doc_block_add(doc, parent, k);

	b->lang = doc_strdup(doc, l->code);
	b->dir = l->dir;
	b->level = level;
	doc_span_add(doc, b, text, SPAN_PLAIN);
	return b;
}

/* One language's cell. */
static void
add_cell(struct doc *doc, struct doc_block *row, const struct languages_info *l,
    const struct tmpl *card, bool source, int level)
{
	struct doc_block *cell = doc_block_add(doc, row, DOC_CELL);
	const struct tmpl_msg *m = card_msg(card, 1);
	struct diag_list quiet = { 0 };
	struct catalog *cat = NULL;
	const char *sentence;
	char *path, *small;

	if (!source && (path = catalog_path(l->code)) != NULL) {
		cat = catalog_open(path, &quiet);
		free(path);
	}
	sentence = source && m != NULL ? m->msgid : translate(cat, m);
	if (sentence != NULL && strchr(sentence, '<') == NULL) {
		text_block(doc, cell, DOC_HEADING, l, sentence, level);
		small = xasprintf("%s \xc2\xb7 %s", l->name, l->code);
	} else {
		text_block(doc, cell, DOC_HEADING, l, l->name, level);
		small = xstrdup(l->code);
	}
	text_block(doc, cell, DOC_PARAGRAPH, l, small, 1);
	free(small);
	catalog_free(cat);
	diag_list_free(&quiet);
}

/* The card's grid: the largest type first; fewer, larger cells are
 * easier to read and to point at. */
static const struct card_grid {
	size_t	columns;
	int	heading_level;		/* 1: 13.5 pt, 2: 11.5 pt */
} card_grids[] = { { 3, 1 }, { 3, 2 }, { 4, 2 } };

static struct doc *
card_build(const struct check_sources *src, const struct card_grid *g)
{
	const struct tmpl_msg *title = card_msg(src->card, 0);
	const char *fr_title = translate(src->fr_catalog, title);
	const struct languages_table *t = src->langs;
	struct doc_block *table, *row = NULL, *b;
	struct doc *doc = doc_new(tmpl_source_lang(src->card));
	char *text;
	size_t i;

	text = fr_title != NULL ? xasprintf("%s \xc2\xb7 %s", title->msgid,
	    fr_title) : xstrdup(title != NULL ? title->msgid : "");
	doc->title = doc_strdup(doc, text);
	doc->author = "thbdoc";
	b = doc_block_add(doc, doc->root, DOC_TITLE);
	doc_span_add(doc, b, text, SPAN_PLAIN);
	free(text);
	b = doc_block_add(doc, doc->root, DOC_PARAGRAPH);
	doc_span_add(doc, b, _("For the officer: the code under each language "
	    "is the one to give to 'thbdoc leaflet --lang'."), SPAN_PLAIN);
	table = doc_block_add(doc, doc->root, DOC_TABLE);
	for (i = 0; i < t->count; i++) {
		if (i % g->columns == 0)
			row = doc_block_add(doc, table, DOC_ROW);
		add_cell(doc, row, &t->items[i], src->card,
		    strcmp(t->items[i].code, tmpl_source_lang(src->card)) == 0,
		    g->heading_level);
	}
	return doc;
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
	struct layout_options lo = { 1 };
	struct pdf_options po = { 0, false, false };
	struct check_sources src;
	struct layout *lay = NULL;
	struct doc *doc = NULL;
	const char *output = NULL;
	bool dump = false;
	char *text;
	size_t i;
	int c;

	while ((c = getopt_long(argc, argv, "o:fh", opts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'D': dump = true; break;
		case 'f': po.replace = true; break;
		case 'h': card_help(cli->out); return THB_EXIT_OK;
		default: return cli_usage_error(cli, _("invalid option"));
		}
	}
	if (optind != argc)
		return cli_usage_error(cli, _("unexpected argument '%s'"),
		    argv[optind]);
	if (output == NULL && !dump)
		return cli_usage_error(cli, _("--output is required"));
	if (!check_sources_load(&src, NULL, !dump, &diags))
		goto out;
	if (dump) {
		doc = card_build(&src, &card_grids[0]);
		text = doc_dump(doc);
		fputs(text, cli->out);
		free(text);
		goto out;
	}
	/* The first grid whose card fits one page. */
	for (i = 0; i < sizeof(card_grids) / sizeof(card_grids[0]); i++) {
		struct diag_list tries = { 0 };

		layout_free(lay);
		doc_free(doc);
		doc = card_build(&src, &card_grids[i]);
		lay = layout_doc(doc, src.fonts, &lo, &tries);
		if (lay != NULL && layout_page_count(lay) == 1 &&
		    diag_list_errors(&tries) == 0) {
			diag_list_free(&tries);
			break;
		}
		if (i + 1 == sizeof(card_grids) / sizeof(card_grids[0])) {
			/* Even the smallest grid does not fit: say why. */
			diag_list_free(&diags);
			diags = tries;
			if (lay != NULL && layout_page_count(lay) > 1) {
				char n[32];

				snprintf(n, sizeof(n), "%zu pages",
				    layout_page_count(lay));
				diag_add(&diags, ERR_CARD_OVERFLOW, NULL, 0,
				    0, n);
			}
		} else
			diag_list_free(&tries);
	}
	if (lay != NULL && diag_list_errors(&diags) == 0)
		pdf_write(lay, doc, &po, output, &diags);
out:
	cli_flush_diags(cli, &diags);
	diag_list_free(&diags);
	layout_free(lay);
	doc_free(doc);
	check_sources_free(&src);
	return cli->status;
}
