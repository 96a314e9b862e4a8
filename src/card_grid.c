/* card_grid.c: the language card's content and its grid (card_grid.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "card_grid.h"
#include "catalog.h"
#include "doc_tree.h"
#include "i18n.h"
#include "languages.h"
#include "thb_data.h"
#include "tmpl.h"
#include "util.h"

/* The card's grids, largest type first. */
static const struct card_grid {
	size_t	columns;
	int	heading_level;		/* 1: 13.5 pt, 2: 11.5 pt */
} card_grids[] = { { 3, 1 }, { 3, 2 }, { 4, 2 } };

#define NGRIDS	(sizeof(card_grids) / sizeof(card_grids[0]))

/* The card's template strings: [0] the title, [1] the sentence. */
static const struct tmpl_msg *
card_msg(const struct tmpl *card, size_t i)
{
	return i < tmpl_msg_count(card) ? tmpl_msg_get(card, i) : NULL;
}

static const char *
translate(const struct catalog *cat, const struct tmpl_msg *m)
{
	return cat != NULL && m != NULL ?
	    catalog_lookup(cat, m->msgctxt, m->msgid) : NULL;
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

/* One language's cell.  A catalogue that cannot be read is as none: the
 * language's own name stands in. */
static void
add_cell(struct thb_data *d, struct doc *doc, struct doc_block *row,
    const struct languages_info *l, const struct tmpl *card, bool source,
    int level)
{
	struct doc_block *cell = doc_block_add(doc, row, DOC_CELL);
	const struct tmpl_msg *m = card_msg(card, 1);
	struct diag_list quiet = { 0 };
	const struct catalog *cat = NULL;
	const char *sentence;
	char *small;

	if (!source)
		thb_data_catalog(d, l->code, CATALOG_DOCUMENTS, &cat,
		    &quiet);
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
	diag_list_free(&quiet);
}

static struct doc *
card_build(struct thb_data *d, const struct card_grid *g,
    struct diag_list *diags)
{
	const struct languages_table *t = thb_data_languages(d, diags);
	const struct tmpl *card = thb_data_template(d, CARD_GRID_TEMPLATE, diags);
	const struct catalog *fr = NULL;
	const struct tmpl_msg *title;
	const char *fr_title;
	struct doc_block *table, *row = NULL, *b;
	struct doc *doc;
	char *text;
	size_t i;

	if (t == NULL || card == NULL)
		return NULL;
	/* The title in French too: the officer's side of the card. */
	thb_data_catalog(d, "fr", CATALOG_DOCUMENTS, &fr, diags);
	title = card_msg(card, 0);
	fr_title = translate(fr, title);
	doc = doc_new(tmpl_source_lang(card));
	text = fr_title != NULL ? xasprintf("%s \xc2\xb7 %s", title->msgid,
	    fr_title) : xstrdup(title != NULL ? title->msgid : "");
	doc->title = doc_strdup(doc, text);
	doc->author = "thbdoc";
	b = doc_block_add(doc, doc->root, DOC_TITLE);
	doc_span_add(doc, b, text, SPAN_PLAIN);
	free(text);
	b = doc_block_add(doc, doc->root, DOC_PARAGRAPH);
	/* TRANSLATORS: the language card (PDF): a line for the police officer
	   above the grid of languages; keep "thbdoc leaflet --lang" (a command
	   to type). */
	doc_span_add(doc, b, _("For the officer: the code under each language "
	    "is the one to give to 'thbdoc leaflet --lang'."), SPAN_PLAIN);
	table = doc_block_add(doc, doc->root, DOC_TABLE);
	for (i = 0; i < t->count; i++) {
		if (i % g->columns == 0)
			row = doc_block_add(doc, table, DOC_ROW);
		add_cell(d, doc, row, &t->items[i], card,
		    strcmp(t->items[i].code, tmpl_source_lang(card)) == 0,
		    g->heading_level);
	}
	return doc;
}

struct doc *
card_grid_first(struct thb_data *d, struct diag_list *diags)
{
	return card_build(d, &card_grids[0], diags);
}

struct doc *
card_grid_fit(struct thb_data *d, card_grid_fits_fn fits, void *arg,
    struct diag_list *diags)
{
	struct doc *doc = NULL;
	size_t i, pages;
	char n[32];

	for (i = 0; i < NGRIDS; i++) {
		struct diag_list tries = { 0 };

		doc_free(doc);
		if ((doc = card_build(d, &card_grids[i], diags)) == NULL)
			return NULL;
		pages = 0;
		if (fits(arg, doc, &pages, &tries)) {
			diag_list_free(&tries);
			break;
		}
		if (i + 1 < NGRIDS) {
			diag_list_free(&tries);
			continue;
		}
		/* Even the smallest grid does not fit: say why. */
		diag_list_append(diags, &tries);
		if (pages > CARD_GRID_PAGES) {
			snprintf(n, sizeof(n), "%zu pages", pages);
			diag_add(diags, ERR_CARD_OVERFLOW, NULL, 0, 0, n);
		}
	}
	return doc;
}
