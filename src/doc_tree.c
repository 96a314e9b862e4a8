/* doc_tree.c: the document tree and its one-owner memory. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "doc_tree.h"
#include "util.h"

/* Every allocation of a document is a link in this chain. */
struct doc_arena {
	struct arena_chunk {
		struct arena_chunk *next;
	} *chunks;
};

static void *
arena_alloc(struct doc *d, size_t size)
{
	struct arena_chunk *c = xcalloc(1, sizeof(*c) + size + 16);

	c->next = d->arena->chunks;
	d->arena->chunks = c;
	return (char *)c + sizeof(*c);
}

struct doc *
doc_new(const char *lang)
{
	struct doc *d = xcalloc(1, sizeof(*d));

	d->arena = xcalloc(1, sizeof(*d->arena));
	d->lang = doc_strdup(d, lang ? lang : "en");
	d->root = arena_alloc(d, sizeof(*d->root));
	d->root->kind = DOC_ROOT;
	d->root->lang = d->lang;
	return d;
}

void
doc_free(struct doc *d)
{
	struct arena_chunk *c, *next;

	if (d == NULL)
		return;
	for (c = d->arena->chunks; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(d->arena);
	free(d);
}

const char *
doc_strdup(struct doc *d, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(arena_alloc(d, n), s, n);
}

/* Arrays grow by reallocation outside the arena: track them as chunks
 * would leak old copies, so blocks keep a power-of-two capacity instead. */
static size_t
grow(size_t n)
{
	size_t cap = 4;

	while (cap < n)
		cap *= 2;
	return cap;
}

static bool
is_pow2_boundary(size_t n)
{
	return n >= 4 && (n & (n - 1)) == 0;
}

struct doc_block *
doc_block_add(struct doc *d, struct doc_block *parent,
    enum doc_block_kind kind)
{
	struct doc_block *b = arena_alloc(d, sizeof(*b));
	struct doc_block **v;

	b->kind = kind;
	if (parent->nchildren == 0 || is_pow2_boundary(parent->nchildren)) {
		v = arena_alloc(d, grow(parent->nchildren + 1) * sizeof(*v));
		if (parent->nchildren > 0)
			memcpy(v, parent->children,
			    parent->nchildren * sizeof(*v));
		parent->children = v;
	}
	parent->children[parent->nchildren++] = b;
	return b;
}

struct doc_span *
doc_span_add(struct doc *d, struct doc_block *b, const char *text,
    unsigned style)
{
	struct doc_span *v, *s;

	if (b->nspans == 0 || is_pow2_boundary(b->nspans)) {
		v = arena_alloc(d, grow(b->nspans + 1) * sizeof(*v));
		if (b->nspans > 0)
			memcpy(v, b->spans, b->nspans * sizeof(*v));
		b->spans = v;
	}
	s = &b->spans[b->nspans++];
	s->text = (char *)doc_strdup(d, text);
	s->style = style;
	s->link = NULL;
	return s;
}

static const char *const kind_names[] = {
	"root", "title", "heading", "paragraph", "list", "item", "box",
	"columns", "column", "table", "row", "cell", "field", "space",
	"page-break", "timeline", "step", "cards", "window", "keep", "footer",
	"choice"
};

static void
dump_block(struct sbuf *out, const struct doc_block *b, int depth)
{
	size_t i;

	for (i = 0; i < (size_t)depth; i++)
		sbuf_add(out, "  ");
	sbuf_add(out, kind_names[b->kind]);
	if (b->level)
		sbuf_printf(out, " level=%d", b->level);
	if (b->lang)
		sbuf_printf(out, " lang=%s", b->lang);
	if (b->dir)
		sbuf_add(out, b->dir == DOC_DIR_RTL ? " dir=rtl" : " dir=ltr");
	if (b->style)
		sbuf_printf(out, " style=%s", b->style);
	if (b->name)
		sbuf_printf(out, " name=%s", b->name);
	if (b->alt)
		sbuf_printf(out, " alt=\"%s\"", b->alt);
	if (b->rules)
		sbuf_printf(out, " rules=%d", b->rules);
	if (b->width)
		sbuf_printf(out, " width=%d", b->width);
	if (b->inline_rule)
		sbuf_add(out, " inline");
	if (b->signature)
		sbuf_add(out, " signature");
	sbuf_addc(out, '\n');
	for (i = 0; i < b->nspans; i++) {
		size_t k;

		for (k = 0; k < (size_t)depth + 1; k++)
			sbuf_add(out, "  ");
		sbuf_printf(out, "\"%s\"%s%s%s%s\n", b->spans[i].text,
		    b->spans[i].style & SPAN_EMPHASIS ? " em" : "",
		    b->spans[i].style & SPAN_STRONG ? " strong" : "",
		    b->spans[i].style & SPAN_USER_DATA ? " user" : "",
		    b->spans[i].style & SPAN_NOBREAK ? " nobreak" : "");
	}
	for (i = 0; i < b->nchildren; i++)
		dump_block(out, b->children[i], depth + 1);
}

char *
doc_dump(const struct doc *d)
{
	struct sbuf out = { 0 };

	sbuf_printf(&out, "doc lang=%s title=\"%s\"", d->lang,
	    d->title ? d->title : "");
	if (d->scale > 0 && d->scale < 1)
		sbuf_printf(&out, " scale=%d%%", (int)(d->scale * 100 + 0.5f));
	if (d->narrow_margins)
		sbuf_add(&out, " margins=narrow");
	if (d->fit_pages > 0)
		sbuf_printf(&out, " fit-pages=%u", d->fit_pages);
	sbuf_addc(&out, '\n');
	dump_block(&out, d->root, 0);
	return sbuf_detach(&out);
}
