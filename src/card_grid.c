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

/* The card's grids, largest type first, three columns before four at
 * the same size: the first that fits fills the page best (issue 13, item
 * 7: large enough to read at arm's length, no page left empty).  scale
 * multiplies every size of the page (doc.scale): the instruction is a
 * heading, 13.5 pt at 1. */
static const struct card_grid {
	size_t	columns;
	float	scale;
} card_grids[] = {
	{ 3, 1.6f }, { 4, 1.6f }, { 3, 1.5f }, { 4, 1.5f },
	{ 3, 1.4f }, { 4, 1.4f }, { 3, 1.3f }, { 4, 1.3f },
	{ 3, 1.25f }, { 4, 1.25f }, { 3, 1.2f }, { 4, 1.2f },
	{ 3, 1.15f }, { 4, 1.15f }, { 3, 1.1f }, { 4, 1.1f },
	{ 3, 1.05f }, { 4, 1.05f }, { 3, 1.0f }, { 4, 1.0f },
	{ 3, 0.95f }, { 4, 0.95f }, { 3, 0.9f }, { 4, 0.9f },
	{ 4, 0.85f }, { 4, 0.8f },
};

#define NGRIDS	(sizeof(card_grids) / sizeof(card_grids[0]))
#define CARD_PAD_STEP	2	/* points */
#define CARD_PAD_MAX	60

/* The card's template strings: [0] the title, the instruction "Point to
 * the language you read"; [1] the sentence "I read this language.". */
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

/* A string of the card in language l: its msgid in the source language,
 * its translation otherwise; NULL when there is none or it has markup. */
static const char *
card_text(const struct catalog *cat, const struct tmpl_msg *m, bool source)
{
	const char *s = source && m != NULL ? m->msgid : translate(cat, m);

	return s != NULL && strchr(s, '<') == NULL ? s : NULL;
}

/* The instruction in language l: the card's title translated, else the
 * sentence "I read this language."; NULL when the catalogue has neither
 * (or cannot be read). */
static const char *
instruction(struct thb_data *d, const struct languages_info *l,
    const struct tmpl *card)
{
	bool source = strcmp(l->code, tmpl_source_lang(card)) == 0;
	struct diag_list quiet = { 0 };
	const struct catalog *cat = NULL;
	const char *text;

	if (!source)
		thb_data_catalog(d, l->code, CATALOG_DOCUMENTS, &cat,
		    &quiet);
	diag_list_free(&quiet);
	if ((text = card_text(cat, card_msg(card, 0), source)) == NULL)
		text = card_text(cat, card_msg(card, 1), source);
	return text;
}

const char *
card_grid_instruction(struct thb_data *d, const struct languages_info *l,
    struct diag_list *diags)
{
	const struct tmpl *card = thb_data_template(d, CARD_GRID_TEMPLATE,
	    diags);

	return card != NULL ? instruction(d, l, card) : NULL;
}

/* One language's cell: the instruction in that language, large, and
 * beneath it the language's own name and its code for the officer
 * (issue 13, item 7).  Without the instruction, the sentence "I read this
 * language."; without either, the language's name alone, large.  A
 * catalogue that cannot be read is as none. */
static void
add_cell(struct thb_data *d, struct doc *doc, struct doc_block *row,
    const struct languages_info *l, const struct tmpl *card, int pad)
{
	struct doc_block *cell = doc_block_add(doc, row, DOC_CELL);
	const char *text = instruction(d, l, card);
	char *small;

	if (text != NULL) {
		text_block(doc, cell, DOC_HEADING, l, text, 1);
		small = xasprintf("%s \xc2\xb7 %s", l->name, l->code);
	} else {
		text_block(doc, cell, DOC_HEADING, l, l->name, 1);
		small = xstrdup(l->code);
	}
	text_block(doc, cell, DOC_PARAGRAPH, l, small, 1);
	if (pad > 0)
		doc_block_add(doc, cell, DOC_SPACE)->level = pad;
	free(small);
}

/* The card in grid g, pad points added under each cell's text. */
static struct doc *
card_build(struct thb_data *d, const struct card_grid *g, int pad,
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
	doc->scale = g->scale;
	text = fr_title != NULL ? xasprintf("%s \xc2\xb7 %s", title->msgid,
	    fr_title) : xstrdup(title != NULL ? title->msgid : "");
	doc->title = doc_strdup(doc, text);
	doc->author = "thbdoc";
	b = doc_block_add(doc, doc->root, DOC_TITLE);
	doc_span_add(doc, b, text, SPAN_PLAIN);
	free(text);
	table = doc_block_add(doc, doc->root, DOC_TABLE);
	for (i = 0; i < t->count; i++) {
		if (i % g->columns == 0)
			row = doc_block_add(doc, table, DOC_ROW);
		add_cell(d, doc, row, &t->items[i], card, pad);
	}
	return doc;
}

struct doc *
card_grid_first(struct thb_data *d, struct diag_list *diags)
{
	return card_build(d, &card_grids[0], 0, diags);
}

/* The page filled: the space a grid leaves at the foot of the page
 * shared out under every row, so that no sixth of the page is left
 * empty and the cells are taller to point at; doc fits.  fits() is left
 * holding the layout of the doc returned. */
static struct doc *
card_fill(struct thb_data *d, const struct card_grid *g, struct doc *doc,
    card_grid_fits_fn fits, void *arg, struct diag_list *diags)
{
	struct diag_list tries = { 0 };
	bool last_fits = true;	/* fits() holds doc's layout */
	struct doc *more;
	size_t pages;
	int pad;

	for (pad = CARD_PAD_STEP; pad <= CARD_PAD_MAX && last_fits;
	    pad += CARD_PAD_STEP) {
		if ((more = card_build(d, g, pad, diags)) == NULL)
			break;
		last_fits = fits(arg, more, &pages, &tries);
		diag_list_free(&tries);
		memset(&tries, 0, sizeof(tries));
		if (last_fits) {
			doc_free(doc);
			doc = more;
		} else
			doc_free(more);
	}
	if (!last_fits) {
		(void)fits(arg, doc, &pages, &tries);
		diag_list_free(&tries);
	}
	return doc;
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
		if ((doc = card_build(d, &card_grids[i], 0, diags)) == NULL)
			return NULL;
		pages = 0;
		if (fits(arg, doc, &pages, &tries)) {
			diag_list_free(&tries);
			return card_fill(d, &card_grids[i], doc, fits, arg,
			    diags);
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
