/* tmpl_build.c: template + language + translations + context -> doc.
 *
 * One handler per template element (STYLE §6).  Each translatable element
 * is looked up in the catalogue of the language being written; the
 * translation is a fragment of inline markup that is parsed back into
 * spans.  A translation is used only if it is well-formed, uses only the
 * inline elements of the vocabulary, and keeps the source's phone numbers
 * and placeholders (the same multiset): a frightened person must never
 * get a wrong number because a translator mistyped it.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "date.h"
#include "tmpl_frag.h"
#include "typography.h"
#include "tmpl_int.h"
#include "xml_read.h"
#include "util.h"

struct build {
	const struct tmpl *t;
	const struct tmpl_context *ctx;
	const struct tmpl_lang *lang;	/* the language being written */
	struct doc	*doc;
	struct diag_list *diags;
	bool		 failed;
	/* The last span added is a date ending in a full stop (Russian
	 * "10 декабря 2026 г.", Hungarian "2026. december 10."): the
	 * sentence's own full stop after it is not printed twice. */
	bool		 date_stop;
	unsigned	 value_style;	/* added to every <var>'s value */
};

typedef void (*block_fn)(struct build *, const xmlNode *,
    struct doc_block *);

static void	build_children(struct build *, const xmlNode *,
		    struct doc_block *);

static bool
is_source(const struct build *b)
{
	return strcmp(b->lang->code, b->t->source_lang) == 0;
}

/* The variable name, if it is set and not empty. */
static const struct tmpl_var *
var_find(const struct build *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->ctx->nvars; i++)
		if (strcmp(b->ctx->vars[i].name, name) == 0)
			return b->ctx->vars[i].value != NULL &&
			    *b->ctx->vars[i].value != '\0' ?
			    &b->ctx->vars[i] : NULL;
	return NULL;
}

static const char *
var_value(const struct build *b, const char *name)
{
	const struct tmpl_var *v = var_find(b, name);

	return v != NULL ? v->value : NULL;
}

/* A variable's value as one span of personal data; a date in the
 * words of the language being written (issue 13, item 6), with that
 * language's spaces (typography.h: "28 janvier 2026"), which the layout
 * gives other text but never a person's data, and in one piece. */
static struct doc_span *
add_var_span(struct build *b, struct doc_block *blk,
    const struct tmpl_var *v, unsigned style)
{
	struct doc_span *sp;
	date_day d;
	char *words, *text;

	b->doc->personal_data = true;
	b->date_stop = false;
	style |= b->value_style;
	if (!v->date)
		return doc_span_add(b->doc, blk, v->value,
		    style | SPAN_USER_DATA);
	words = date_parse(v->value, &d) == DATE_OK ?
	    date_words(d, b->lang->code) : xstrdup(v->value);
	text = typography_text(b->lang->code, words);
	/* A date does not break across lines in any language ("29 /
	 * November 2026"): the layout's no-break span, as a phone number
	 * (French has its no-break spaces too). */
	sp = doc_span_add(b->doc, blk, text, style | SPAN_USER_DATA |
	    SPAN_NOBREAK);
	b->date_stop = *text != '\0' && text[strlen(text) - 1] == '.';
	free(words);
	free(text);
	return sp;
}

/* --- translated fragments ------------------------------------------- */

/* The translation of msg, read (tmpl_frag.h), if usable: true and *tr
 * filled; false (and a warning) otherwise. */
static bool
translation(struct build *b, const struct tmpl_msg *m,
    const struct tmpl_frag *src, int line, struct tmpl_frag *tr)
{
	const char *text, *why = NULL;

	text = catalog_lookup(b->lang->catalog, m->msgctxt, m->msgid);
	if (text == NULL) {
		if (!is_source(b))
			diag_add(b->diags, WARN_TMPL_UNTRANSLATED, b->t->file,
			    line, 0, b->lang->code, m->msgid);
		return false;
	}
	/* The phone numbers and placeholders, as a multiset: word order
	 * may change in a translation, they may not. */
	if (!tmpl_frag_read(text, tr))
		why = tr->error;
	else if (src->error != NULL)
		why = src->error;
	else if (strcmp(src->fixed, tr->fixed) != 0)
		why = "a phone number or a <var> differs from the source";
	if (why != NULL) {
		diag_add(b->diags, WARN_TMPL_BAD_TRANSLATION, b->t->file,
		    line, 0, b->lang->code, why, m->msgid);
		tmpl_frag_free(tr);
		return false;
	}
	return true;
}

/* --- spans ---------------------------------------------------------- */

/* Text as laid out: every run of white space is one space. */
static char *
collapse_space(const char *s)
{
	struct sbuf b = { 0 };

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			sbuf_addc(&b, ' ');
			while (s[1] == ' ' || s[1] == '\t' || s[1] == '\n' ||
			    s[1] == '\r')
				s++;
		} else
			sbuf_addc(&b, *s);
	}
	return sbuf_detach(&b);
}

static char *
tel_link(const char *number)
{
	struct sbuf b = { 0 };

	sbuf_add(&b, "tel:");
	for (; *number != '\0'; number++)
		if ((*number >= '0' && *number <= '9') || *number == '+')
			sbuf_addc(&b, *number);
	return sbuf_detach(&b);
}

static void
add_spans(struct build *b, const xmlNode *node, struct doc_block *blk,
    unsigned style, int line)
{
	const xmlNode *n;
	const struct tmpl_var *var;
	struct doc_span *sp;
	xmlChar *s;
	char *text;
	size_t skip;

	for (n = node->children; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE) {
			text = collapse_space((const char *)n->content);
			skip = b->date_stop && *text == '.';
			if (text[skip] != '\0')
				doc_span_add(b->doc, blk, text + skip, style);
			if (*text != '\0')
				b->date_stop = false;
			free(text);
		} else if (xml_is(n, "em"))
			add_spans(b, n, blk, style | SPAN_EMPHASIS, line);
		else if (xml_is(n, "strong"))
			add_spans(b, n, blk, style | SPAN_STRONG, line);
		else if (xml_is(n, "phone")) {
			s = xmlNodeGetContent(n);
			sp = doc_span_add(b->doc, blk, (const char *)s,
			    style | SPAN_NOBREAK);
			b->date_stop = false;
			text = tel_link((const char *)s);
			sp->link = doc_strdup(b->doc, text);
			free(text);
			xmlFree(s);
		} else if (xml_is(n, "var")) {
			var = var_find(b, xml_attr(n, "name"));
			if (var == NULL) {
				diag_add(b->diags, ERR_TMPL_VAR_UNSET,
				    b->t->file, line, 0,
				    xml_attr(n, "name"));
				b->failed = true;
				continue;
			}
			add_var_span(b, blk, var, style);
		}
	}
}

/* No space at the edges of a block: translations may carry some. */
static void
trim_spans(struct doc_block *blk)
{
	char *s;
	size_t n;

	if (blk->nspans == 0)
		return;
	s = blk->spans[0].text;
	for (n = 0; s[n] == ' '; n++)
		;
	memmove(s, s + n, strlen(s + n) + 1);
	s = blk->spans[blk->nspans - 1].text;
	for (n = strlen(s); n > 0 && s[n - 1] == ' '; n--)
		s[n - 1] = '\0';
}

/* The text of a translatable element, in the language being written. */
static void
add_text(struct build *b, const xmlNode *el, struct doc_block *blk)
{
	const struct tmpl_msg *m = tmpl_node_msg(b->t, el);
	int line = xml_line(el);
	struct tmpl_frag src, tr;
	bool translated;

	if (m == NULL || *m->msgid == '\0')
		return;
	/* The msgid is serialized from a valid tree: it parses. */
	tmpl_frag_read(m->msgid, &src);
	if (src.doc == NULL) {
		tmpl_frag_free(&src);
		return;
	}
	translated = translation(b, m, &src, line, &tr);
	b->date_stop = false;
	if (!translated && !is_source(b)) {
		blk->lang = doc_strdup(b->doc, b->t->source_lang);
		blk->dir = DOC_DIR_LTR;
	}
	add_spans(b, xmlDocGetRootElement(translated ? tr.doc : src.doc), blk,
	    SPAN_PLAIN, line);
	trim_spans(blk);
	if (translated)
		tmpl_frag_free(&tr);
	tmpl_frag_free(&src);
}

static char *
plain_text(const struct doc_block *blk)
{
	struct sbuf b = { 0 };
	size_t i;

	for (i = 0; i < blk->nspans; i++)
		sbuf_add(&b, blk->spans[i].text);
	return sbuf_detach(&b);
}

/* --- block handlers ------------------------------------------------- */

static void
b_title(struct build *b, const xmlNode *n, struct doc_block *out)
{
	const char *print = xml_attr(n, "print");
	struct doc_block scratch = { .kind = DOC_TITLE }, *blk = &scratch;
	char *text;

	/* print="false": the PDF's metadata only, never laid out. */
	if (print == NULL || (strcmp(print, "false") != 0 &&
	    strcmp(print, "0") != 0))
		blk = doc_block_add(b->doc, out, DOC_TITLE);
	add_text(b, n, blk);
	if (b->doc->title == NULL) {
		text = plain_text(blk);
		b->doc->title = doc_strdup(b->doc, text);
		free(text);
	}
}

/* The subject is metadata only (PDF Subject), never laid out. */
static void
b_subject(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block scratch = { .kind = DOC_PARAGRAPH };
	char *text;

	if (b->doc->subject != NULL)
		return;
	add_text(b, n, &scratch);
	text = plain_text(&scratch);
	b->doc->subject = doc_strdup(b->doc, text);
	free(text);
}

static void
b_heading(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *blk = doc_block_add(b->doc, out, DOC_HEADING);
	const char *level = xml_attr(n, "level");

	blk->level = level != NULL ? atoi(level) : 1;
	add_text(b, n, blk);
}

/* The templates' styles (template.xsd) and how they look; the first is
 * the default.  A timeline's arrows and steps look like the "info" boxes. */
static const struct {
	const char	*name;
	struct doc_look	 look;
} looks[] = {
	{ "info", { 0xE7F0FA, 0x1F5FA8, false } },
	{ "warning", { 0xFFF1E0, 0xD9480F, false } },
	{ "contact", { 0xE9F5EC, 0x2B8A3E, false } },
	{ "optional", { 0xFFFFFF, 0x1F5FA8, true } },
};

const struct doc_look *
tmpl_look(const char *style)
{
	size_t i;

	for (i = 0; style != NULL && i < sizeof(looks) / sizeof(looks[0]);
	    i++)
		if (strcmp(style, looks[i].name) == 0)
			return &looks[i].look;
	return &looks[0].look;
}

/* <p also="fr">: the same text again in the authoritative language,
 * unless the document is already written in it. */
static void
add_also(struct build *b, const xmlNode *n, struct doc_block *out,
    const char *code)
{
	const struct tmpl_lang *saved = b->lang, *also = b->ctx->also;
	struct doc_block *blk;

	if (strcmp(b->lang->code, code) == 0)
		return;
	/* Side by side, each column holds the note in its own language,
	 * the official language's beside the person's: no copy. */
	if (b->ctx->with != NULL)
		return;
	if (also == NULL || strcmp(also->code, code) != 0) {
		diag_add(b->diags, ERR_CATALOG_MISSING, b->t->file,
		    xml_line(n), 0, code,
		    catalog_file_name(CATALOG_DOCUMENTS));
		b->failed = true;
		return;
	}
	blk = doc_block_add(b->doc, out, DOC_PARAGRAPH);
	blk->lang = doc_strdup(b->doc, also->code);
	blk->dir = also->dir;
	if (xml_attr(n, "style") != NULL)
		blk->style = doc_strdup(b->doc, xml_attr(n, "style"));
	blk->fine_print = blk->style != NULL &&
	    strcmp(blk->style, "small") == 0;
	b->lang = also;
	add_text(b, n, blk);
	b->lang = saved;
}

static void
b_paragraph(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *blk = doc_block_add(b->doc, out, DOC_PARAGRAPH);
	const char *style = xml_attr(n, "style");

	if (style != NULL)
		blk->style = doc_strdup(b->doc, style);
	/* The one paragraph style of template.xsd. */
	blk->fine_print = style != NULL && strcmp(style, "small") == 0;
	add_text(b, n, blk);
	if (xml_attr(n, "also") != NULL)
		add_also(b, n, out, xml_attr(n, "also"));
}

/* Each child <name> of n as a block of kind under out, filled by fill:
 * a list's items, the columns, a table's rows and their cells. */
static void
build_each(struct build *b, const xmlNode *n, const char *name,
    struct doc_block *out, enum doc_block_kind kind,
    void (*fill)(struct build *, const xmlNode *, struct doc_block *))
{
	const xmlNode *c;

	for (c = n->children; c != NULL; c = c->next)
		if (xml_is(c, name))
			fill(b, c, doc_block_add(b->doc, out, kind));
}

/* The last heading among out's blocks so far, or NULL. */
static const struct doc_block *
last_heading(const struct doc_block *out)
{
	size_t i;

	for (i = out->nchildren; i-- > 0; )
		if (out->children[i]->kind == DOC_HEADING)
			return out->children[i];
	return NULL;
}

/* marker="box": the items are choices, each with a box to tick by
 * hand (a form), named by their "name"; a list of choices with a name
 * asks one of them (a radio group when the form is filled on screen),
 * the question in words being the heading above it. */
static void
b_list(struct build *b, const xmlNode *n, struct doc_block *out)
{
	const char *marker = xml_attr(n, "marker"), *name = xml_attr(n, "name");
	bool box = marker != NULL && strcmp(marker, "box") == 0;
	const struct doc_block *heading = last_heading(out);
	struct doc_block *list = doc_block_add(b->doc, out, DOC_LIST), *item;
	const xmlNode *c;
	char *text;

	if (box && name != NULL) {
		list->name = doc_strdup(b->doc, name);
		if (heading != NULL) {
			text = plain_text(heading);
			list->alt = doc_strdup(b->doc, text);
			free(text);
		}
	}
	for (c = n->children; c != NULL; c = c->next) {
		if (!xml_is(c, "item"))
			continue;
		item = doc_block_add(b->doc, list, box ? DOC_CHOICE : DOC_ITEM);
		if (box && (name = xml_attr(c, "name")) != NULL)
			item->name = doc_strdup(b->doc, name);
		add_text(b, c, item);
	}
}

static void
b_box(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *box = doc_block_add(b->doc, out, DOC_BOX);

	box->style = doc_strdup(b->doc, xml_attr(n, "style"));
	box->look = tmpl_look(box->style);
	build_children(b, n, box);
}

static void
b_columns(struct build *b, const xmlNode *n, struct doc_block *out)
{
	build_each(b, n, "column", doc_block_add(b->doc, out, DOC_COLUMNS),
	    DOC_COLUMN, build_children);
}

static void
add_cells(struct build *b, const xmlNode *row, struct doc_block *out)
{
	build_each(b, row, "cell", out, DOC_CELL, add_text);
}

/* <window>: a column beside the envelope's address window, and the
 * column placed in it (the addressee). */
static void
b_window(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *w = doc_block_add(b->doc, out, DOC_WINDOW);
	const xmlNode *col;

	for (col = n->children; col != NULL; col = col->next)
		if (xml_is(col, "column"))
			build_children(b, col, doc_block_add(b->doc, w,
			    DOC_COLUMN));
}

static void
b_keep(struct build *b, const xmlNode *n, struct doc_block *out)
{
	build_children(b, n, doc_block_add(b->doc, out, DOC_KEEP));
}

static void
b_footer(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *f = doc_block_add(b->doc, out, DOC_FOOTER);
	const char *num = xml_attr(n, "page-numbers");

	f->level = num != NULL && (strcmp(num, "true") == 0 ||
	    strcmp(num, "1") == 0);
	build_children(b, n, f);
}

static void
b_table(struct build *b, const xmlNode *n, struct doc_block *out)
{
	build_each(b, n, "row", doc_block_add(b->doc, out, DOC_TABLE),
	    DOC_ROW, add_cells);
}

static void
b_field(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *blk = doc_block_add(b->doc, out, DOC_FIELD);
	const char *name = xml_attr(n, "name");
	const struct tmpl_var *var = var_find(b, name);
	const char *height = xml_attr(n, "height");
	const char *rules = xml_attr(n, "rules");
	const char *width = xml_attr(n, "width");
	const char *inl = xml_attr(n, "inline");
	const char *sig = xml_attr(n, "signature");

	blk->name = doc_strdup(b->doc, name);
	/* The schema bounds them (template.xsd). */
	blk->height = height != NULL ? atoi(height) : 0;
	blk->rules = rules != NULL ? atoi(rules) : 0;
	blk->width = width != NULL ? atoi(width) : 0;
	blk->inline_rule = inl != NULL && (strcmp(inl, "true") == 0 ||
	    strcmp(inl, "1") == 0);
	blk->signature = sig != NULL && (strcmp(sig, "true") == 0 ||
	    strcmp(sig, "1") == 0);
	add_text(b, n, blk);
	if (var != NULL)
		add_var_span(b, blk, var, SPAN_PLAIN);
}

static void
b_space(struct build *b, const xmlNode *n, struct doc_block *out)
{
	const char *size = xml_attr(n, "size");

	doc_block_add(b->doc, out, DOC_SPACE)->level =
	    size != NULL ? atoi(size) : 6;
}

static void
b_page_break(struct build *b, const xmlNode *n, struct doc_block *out)
{
	doc_block_add(b->doc, out, DOC_PAGE_BREAK);
}

static void
b_section(struct build *b, const xmlNode *n, struct doc_block *out)
{
	build_children(b, n, out);
}

static bool
token_in(const char *list, const char *word)
{
	size_t len = strlen(word);
	const char *p = list;

	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (strncmp(p, word, len) == 0 && (p[len] == '\0' ||
		    p[len] == ' ' || p[len] == '\t' || p[len] == '\n'))
			return true;
		p += strcspn(p, " \t\n");
	}
	return false;
}

static bool
condition_holds(const struct build *b, const xmlNode *n)
{
	const char *status = b->ctx->status, *v;

	if ((v = xml_attr(n, "status")) != NULL &&
	    (status == NULL || !token_in(v, status)))
		return false;
	if ((v = xml_attr(n, "not-status")) != NULL &&
	    status != NULL && token_in(v, status))
		return false;
	if ((v = xml_attr(n, "var")) != NULL && var_value(b, v) == NULL)
		return false;
	if ((v = xml_attr(n, "not-var")) != NULL &&
	    var_value(b, v) != NULL)
		return false;
	/* Of the language being written: each column decides. */
	if (xml_attr(n, "draft-language") != NULL && !b->lang->draft)
		return false;
	return true;
}

static void
b_if(struct build *b, const xmlNode *n, struct doc_block *out)
{
	if (condition_holds(b, n))
		build_children(b, n, out);
}

/* A centre's city in the document's language (Antwerpen, Anvers...), or
 * as data/centres.xml writes it, with a warning, when the catalogue has
 * no translation. */
static const char *
centre_city(struct build *b, const struct centres_info *c, int line)
{
	const char *city = catalog_lookup(b->lang->catalog, NULL, c->city);

	if (city == NULL && !is_source(b))
		diag_add(b->diags, WARN_TMPL_UNTRANSLATED, b->t->file, line, 0,
		    b->lang->code, c->city);
	return city != NULL ? city : c->city;
}

/* Every centre, the centre of the region where the person was met first
 * (point 3: one centre per Region), each given to add; false, with an
 * error, when data/centres.xml was not loaded. */
static bool
each_centre(struct build *b, const xmlNode *n, struct doc_block *out,
    void (*add)(struct build *, const struct centres_info *,
    struct doc_block *, int))
{
	const struct centres_list *list = b->ctx->centres;
	char *why;
	int first;
	size_t i;

	if (list == NULL) {
		why = xasprintf("centres.xml is needed for <%s/>",
		    (const char *)n->name);
		diag_add(b->diags, ERR_DATA_FILE, b->t->file, xml_line(n), 0,
		    why);
		free(why);
		b->failed = true;
		return false;
	}
	first = centres_find_region(list, b->ctx->region);
	if (first >= 0)
		add(b, &list->items[first], out, xml_line(n));
	for (i = 0; i < list->count; i++)
		if ((int)i != first)
			add(b, &list->items[i], out, xml_line(n));
	return true;
}

static void
add_centre(struct build *b, const struct centres_info *c,
    struct doc_block *table, int line)
{
	struct doc_block *row = doc_block_add(b->doc, table, DOC_ROW);
	struct doc_block *cell = doc_block_add(b->doc, row, DOC_CELL);
	const char *city = centre_city(b, c, line);
	struct doc_span *sp;
	char *text;

	doc_span_add(b->doc, cell, c->name, SPAN_STRONG);
	text = xasprintf(" \xe2\x80\x93 %s", city);
	doc_span_add(b->doc, cell, text, SPAN_PLAIN);
	free(text);
	cell = doc_block_add(b->doc, row, DOC_CELL);
	sp = doc_span_add(b->doc, cell, c->phone, SPAN_STRONG | SPAN_NOBREAK);
	sp->link = doc_strdup(b->doc, c->tel_uri);
}

/* Point 3: one centre per Region; the centre of the region where the
 * person was met comes first. */
static void
b_centre_list(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *table = doc_block_add(b->doc, out, DOC_TABLE);

	(void)each_centre(b, n, table, add_centre);
}

/* <centre-phones/>: one line per centre, its city (translated) and its
 * phone number, the region's centre first (point 3); no centre's name,
 * so that the pocket card does not say what the number is for. */
static void
add_centre_phone(struct build *b, const struct centres_info *c,
    struct doc_block *out, int line)
{
	struct doc_block *p = doc_block_add(b->doc, out, DOC_PARAGRAPH);
	const char *city = centre_city(b, c, line);
	struct doc_span *sp;
	char *text;

	text = xasprintf("%s: ", city);
	doc_span_add(b->doc, p, text, SPAN_PLAIN);
	free(text);
	sp = doc_span_add(b->doc, p, c->phone, SPAN_STRONG | SPAN_NOBREAK);
	sp->link = doc_strdup(b->doc, c->tel_uri);
}

static void
b_centre_phones(struct build *b, const xmlNode *n, struct doc_block *out)
{
	(void)each_centre(b, n, out, add_centre_phone);
}

/* <cards copies="N">: the content once, laid out N times by layout. */
static void
b_cards(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *cards = doc_block_add(b->doc, out, DOC_CARDS);
	const char *copies = xml_attr(n, "copies");

	cards->level = copies != NULL ? atoi(copies) : 8;
	build_children(b, n, cards);
}

/* <timeline>: its steps in document order (layout draws them right to
 * left in a right-to-left language); <alt>, translated like any label,
 * becomes the figure's alternate text and is never laid out. */
static void
b_timeline(struct build *b, const xmlNode *n, struct doc_block *out)
{
	struct doc_block *tl = doc_block_add(b->doc, out, DOC_TIMELINE);
	struct doc_block *step, scratch = { .kind = DOC_PARAGRAPH };
	const xmlNode *c;
	const char *opt;
	char *text;

	tl->look = tmpl_look(NULL);
	for (c = n->children; c != NULL; c = c->next) {
		if (xml_is(c, "alt") && tl->alt == NULL) {
			add_text(b, c, &scratch);
			text = plain_text(&scratch);
			tl->alt = doc_strdup(b->doc, text);
			free(text);
		} else if (xml_is(c, "step")) {
			step = doc_block_add(b->doc, tl, DOC_STEP);
			opt = xml_attr(c, "optional");
			if (opt != NULL && (strcmp(opt, "true") == 0 ||
			    strcmp(opt, "1") == 0))
				step->style = doc_strdup(b->doc, "optional");
			step->look = tmpl_look(step->style);
			add_text(b, c, step);
		}
	}
}

static const struct block_handler {
	const char	*name;
	block_fn	 fn;
} handlers[] = {
	{ "subject", b_subject },
	{ "title", b_title },
	{ "section", b_section },
	{ "heading", b_heading },
	{ "p", b_paragraph },
	{ "list", b_list },
	{ "box", b_box },
	{ "columns", b_columns },
	{ "table", b_table },
	{ "field", b_field },
	{ "space", b_space },
	{ "page-break", b_page_break },
	{ "if", b_if },
	{ "centre-list", b_centre_list },
	{ "timeline", b_timeline },
	{ "cards", b_cards },
	{ "centre-phones", b_centre_phones },
	{ "window", b_window },
	{ "keep", b_keep },
	{ "footer", b_footer },
};

static void
build_block(struct build *b, const xmlNode *n, struct doc_block *out)
{
	size_t i;

	for (i = 0; i < sizeof(handlers) / sizeof(handlers[0]); i++)
		if (xml_is(n, handlers[i].name)) {
			handlers[i].fn(b, n, out);
			return;
		}
}

static void
build_children(struct build *b, const xmlNode *parent, struct doc_block *out)
{
	const xmlNode *n;

	for (n = parent->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			build_block(b, n, out);
}

/* --- two languages side by side -------------------------------------- */

static struct doc_block *
add_column(struct build *b, struct doc_block *cols,
    const struct tmpl_lang *lang)
{
	struct doc_block *col = doc_block_add(b->doc, cols, DOC_COLUMN);

	col->lang = doc_strdup(b->doc, lang->code);
	col->dir = lang->dir;
	return col;
}

/* One row: the blocks from first up to end (not included), once in each
 * language, side by side. */
static void
side_row(struct build *b, const xmlNode *first, const xmlNode *end,
    struct doc_block *out)
{
	const struct tmpl_lang *person = &b->ctx->lang;
	struct doc_block *cols = NULL, *col[2];
	const xmlNode *n;

	for (n = first; n != end; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (cols == NULL) {
			cols = doc_block_add(b->doc, out, DOC_COLUMNS);
			cols->level = 1;	/* a pair: kept level */
			col[0] = add_column(b, cols, person);
			col[1] = add_column(b, cols, b->ctx->with);
		}
		build_block(b, n, col[0]);
		b->lang = b->ctx->with;
		build_block(b, n, col[1]);
		b->lang = person;
	}
}

/* A timeline is not drawn in half a page, where its labels would not
 * fit: it is set across the page under the row of its section, once in
 * each language (the person's first), each with its language and
 * direction. */
static void
side_timelines(struct build *b, const xmlNode *n, struct doc_block *out)
{
	const struct tmpl_lang *langs[2] = { &b->ctx->lang, b->ctx->with };
	struct doc_block *tl;
	size_t i;

	for (i = 0; i < 2; i++) {
		b->lang = langs[i];
		b_timeline(b, n, out);
		tl = out->children[out->nchildren - 1];
		tl->lang = doc_strdup(b->doc, langs[i]->code);
		tl->dir = langs[i]->dir;
	}
	b->lang = langs[0];
}

/* A section as rows: its blocks side by side, a row broken by each
 * timeline it holds. */
static void
side_section(struct build *b, const xmlNode *sec, struct doc_block *out)
{
	const xmlNode *n, *first = sec->children;

	for (n = sec->children; n != NULL; n = n->next)
		if (xml_is(n, "timeline")) {
			side_row(b, first, n, out);
			side_timelines(b, n, out);
			first = n->next;
		}
	side_row(b, first, NULL, out);
}

/* Every top-level block becomes a row of two columns, so that each
 * section of the official language stands next to the same section in
 * the person's language (issue 13, item 4): the layout starts both
 * columns of a row level (lay_pair()). */
static void
build_side_by_side(struct build *b, const xmlNode *parent,
    struct doc_block *out)
{
	const xmlNode *n;

	for (n = parent->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xml_is(n, "subject") || xml_is(n, "space") ||
		    xml_is(n, "page-break")) {
			build_block(b, n, out);
			continue;
		}
		/* A condition on the language is a row, decided in each
		 * column; none when it holds in neither. */
		if (xml_is(n, "if") &&
		    xml_attr(n, "draft-language") != NULL) {
			if (b->ctx->lang.draft || b->ctx->with->draft)
				side_row(b, n, n->next, out);
			continue;
		}
		if (xml_is(n, "if")) {
			if (condition_holds(b, n))
				build_side_by_side(b, n, out);
			continue;
		}
		if (xml_is(n, "section"))
			side_section(b, n, out);
		else
			side_row(b, n, n->next, out);
	}
}

struct doc *
tmpl_build(const struct tmpl *t, const struct tmpl_context *ctx,
    struct diag_list *diags)
{
	struct build b = { t, ctx, &ctx->lang, NULL, diags, false, false,
	    0 };
	const xmlNode *root = xmlDocGetRootElement(t->xml);
	const char *v;

	b.doc = doc_new(ctx->lang.code);
	b.doc->root->dir = ctx->lang.dir;
	v = xml_attr(root, "page");
	b.doc->page_size = v != NULL && strcmp(v, "A5") == 0 ? DOC_A5 : DOC_A4;
	if ((v = xml_attr(root, "scale")) != NULL)
		b.doc->scale = util_decimal(v);
	if ((v = xml_attr(root, "author")) != NULL)
		b.doc->author = doc_strdup(b.doc, v);
	/* Two languages in half a page each: the width of narrow margins,
	 * where the template asks for it. */
	if (ctx->with != NULL &&
	    (v = xml_attr(root, "side-by-side-margins")) != NULL &&
	    strcmp(v, "narrow") == 0)
		b.doc->narrow_margins = true;
	if ((v = xml_attr(root, "fit-pages")) != NULL)
		b.doc->fit_pages = (unsigned)atoi(v);
	b.doc->form = ctx->form;
	/* values="strong": every value from the case set in bold, the same
	 * in every line of a form. */
	if ((v = xml_attr(root, "values")) != NULL && strcmp(v, "strong") == 0)
		b.value_style = SPAN_STRONG;
	if (ctx->with != NULL)
		build_side_by_side(&b, root, b.doc->root);
	else
		build_children(&b, root, b.doc->root);
	if (b.failed) {
		doc_free(b.doc);
		return NULL;
	}
	return b.doc;
}
