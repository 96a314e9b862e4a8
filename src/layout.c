/* layout.c: doc tree -> pages of lines, boxes and links.
 *
 * A cursor walks down the page (y grows downwards here; items are stored
 * in PDF coordinates).  Blocks that must stay whole (boxes, table rows)
 * are first laid out on a scratch layout with one endless page to learn
 * their height.  Columns each get their own cursor, so side-by-side text
 * flows over pages independently.
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <linebreak.h>
#include <thai/thbrk.h>
#include <thai/thwbrk.h>

#include "diag.h"
#include "doc_tree.h"
#include "font_int.h"
#include "layout.h"
#include "shape.h"
#include "typography.h"
#include "utf8.h"
#include "util.h"

/* The one style table: every size and space of a page, in points on A4
 * (an A5 page scales them, see page_formats), and every colour
 * (0xRRGGBB).  Nothing else in this file is a dimension of the design. */
static const struct layout_style {
	float	 body_size, body_after;		/* paragraphs, cells */
	float	 small_size;		/* fine print (<p style="small">) */
	float	 line_air;		/* added above and below a line, as a
					   share of the type size */
	float	 title_size, title_after, title_rule, title_rule_after;
	float	 heading_size[2];	/* level 1, level 2 */
	float	 heading_before, heading_after, heading_keep;
	float	 box_pad, box_after, box_line;
	float	 item_indent, item_after;
	float	 bullet_start, bullet_end;	/* not scaled */
	float	 column_gutter;
	float	 cell_pad, cell_line;
	float	 table_after;
	float	 step_size, step_pad, step_gap, step_after, step_line;
					/* a timeline's steps */
	float	 card_w, card_h, card_pad;	/* not scaled: paper */
	float	 crop_gap, crop_len, crop_line;	/* crop marks */
	float	 field_gap, field_height, field_line;	/* field_height: when
							   the doc says none */
	float	 choice_box, choice_drop;	/* a choice's box to tick:
					   its side, its foot under the
					   baseline */
	float	 rule_gap, rule_min;	/* an inline field: label to line,
					   the shortest line beside it */
	float	 window_right, window_top, window_w, window_h, window_pad;
					/* not scaled: paper (see below) */
	float	 foot_size, foot_gap, foot_rule, number_w;	/* the foot
					   of every page, its page number */
	uint32_t text, title, heading, rule, cell_stroke, field_fill,
		 field_stroke;
} design = {
	.body_size = 10.5f, .body_after = 5, .small_size = 8.5f,
	.line_air = 0.05f,
	.title_size = 20, .title_after = 4, .title_rule = 2,
	.title_rule_after = 12,
	.heading_size = { 13.5f, 11.5f },
	.heading_before = 7, .heading_after = 3, .heading_keep = 50,
	.box_pad = 8, .box_after = 6, .box_line = 1.2f,
	.item_indent = 14, .item_after = 2,
	.bullet_start = 3, .bullet_end = 4,
	.column_gutter = 16,
	.cell_pad = 4, .cell_line = 0.6f,
	.table_after = 6,
	.step_size = 9, .step_pad = 5, .step_gap = 14, .step_after = 8,
	.step_line = 1.2f,
	/* 85 x 55 mm (the usual credit and business card), in points. */
	.card_w = 240.94f, .card_h = 155.91f, .card_pad = 11,
	.crop_gap = 6, .crop_len = 14, .crop_line = 0.4f,
	.field_gap = 2, .field_height = 20, .field_line = 0.8f,
	.choice_box = 8.5f, .choice_drop = 1.5f, .rule_gap = 4,
	.rule_min = 64,
	/* The address window of a DL envelope (110 x 220 mm, ISO 269) for
	 * an A4 letter folded in three, window on the right: 100 x 45 mm,
	 * 20 mm from the right edge, its top 50 mm from the top of the
	 * page.  ISO 269 fixes the envelope, not the window: these are the
	 * usual right-window DL envelopes (the C5/6 and DL windows of
	 * Belgian suppliers are close to it) -- the Office checks them
	 * against its own envelopes. */
	.window_right = 56.69f, .window_top = 141.73f, .window_w = 283.46f,
	.window_h = 127.56f, .window_pad = 6,
	.foot_size = 8, .foot_gap = 6, .foot_rule = 0.5f, .number_w = 40,
	.text = 0x1A1A1A, .title = 0x12355B, .heading = 0x1F4E79,
	.rule = 0x2E75B6, .cell_stroke = 0x8A96A3, .field_fill = 0xFFFFFF,
	.field_stroke = 0x5F6B78,
};

/* A framed block the builder gave no look: drawn with no frame, no fill. */
static const struct doc_look look_none = { LAYOUT_NO_COLOR, LAYOUT_NO_COLOR,
	false };

/* Page sizes (ISO 216, in points), margins and type scale.  Narrow
 * margins (a document that asks for them: two languages side by side,
 * each in half a page) are half an inch on A4, the "narrow" margins of
 * office software, which every printer prints. */
static const struct page_format {
	enum doc_page_size size;
	float		 width, height, margin, narrow, scale;
} page_formats[] = {
	{ DOC_A4, 595.28f, 841.89f, 50, 36, 1 },
	{ DOC_A5, 419.53f, 595.28f, 34, 25, 0.86f },
};

struct layout {
	struct layout_page *pages;
	size_t		 npages, cap;
	struct layout_elem *elems;	/* the structure, for tagging */
	size_t		 nelems, ecap;
	char		*lang;
	float		 page_w, page_h;
};

struct ctx {
	struct layout	*L;
	struct font_set	*fs;
	struct diag_list *dl;
	unsigned	 max_pages;
	float		 top, bottom;	/* text area, y from the page top */
	float		 block_top;	/* where the current box or cell's
					   content starts; -1 outside */
	float		 scale;		/* type size factor (A5 smaller) */
	bool		 measuring;	/* scratch pass: no budget, no errors */
	bool		 overflowed;	/* the budget error is reported once */
	bool		 failed;	/* a font could not be opened */
	bool		 in_foot;	/* laying out the foot of the pages,
					   in its own small type */
	const char	*cur_lang;	/* for error messages */
	const char	*cur_text;
	float		*first_baseline;	/* set by the first line laid
						   out, for list bullets */
	size_t		*first_page;
	int		 elem;		/* the structure element of the text
					   laid out now; -1: an artifact */
	int		 graphics;	/* that of rules and frames: -1, but
					   a figure's own drawing */
	bool		 form;		/* fields and choices are widgets too
					   (doc.form) */
	const struct doc_block *choices;	/* the list of choices being
						   laid out, or NULL */
	/* Pagination: the cursor after each line of a paragraph being
	 * measured (or NULL), and a page that ends early (at break_y on
	 * break_page) so that a paragraph breaks leaving no widow. */
	struct line_ends *line_ends;
	bool		 break_set;
	size_t		 break_page;
	float		 break_y;
};

/* The cursor after each line, from the top of a paragraph. */
struct line_ends {
	float		*y;
	size_t		 n, cap;
};

struct cursor {
	size_t		 page;
	float		 y;
};

struct frame {
	float		 x0, x1;
};

struct tstyle {
	float		 size;
	unsigned	 style;		/* SPAN_STRONG forced on headings */
	uint32_t	 color;
	float		 after;		/* space after the block */
};

/* A paragraph's text in logical order, with what each character is. */
struct para {
	uint32_t	*u;
	unsigned	*style;
	int		*link;		/* index in links, or -1 */
	struct font_face **face;
	float		*scale;		/* each character's size, as a share
					   of the paragraph's (para_scales) */
	float		*adv;
	char		*brk;
	size_t		 n, cap;
	const char	*links[16];
	size_t		 nlinks;
};

static void lay_block(struct ctx *, const struct doc_block *, const char *,
    struct frame, struct cursor *);
static float measure(struct ctx *, const struct doc_block *, const char *,
    struct frame, void (*)(struct ctx *, const struct doc_block *,
    const char *, struct frame, struct cursor *));
static void layout_free_pages(struct layout *);
static void layout_free_elems(struct layout *);

/* ---- the structure ---- */

/* A new element, child of the current one; -1 inside an artifact.
 * lang: the block's own language where it is not the inherited one. */
static int
elem_add(struct ctx *c, enum layout_role role, const char *lang,
    const char *inherited)
{
	struct layout *L = c->L;
	struct layout_elem *e;

	if (c->elem < 0 && L->nelems > 0)
		return -1;
	if (L->nelems == L->ecap) {
		L->ecap = L->ecap ? L->ecap * 2 : 32;
		L->elems = xrealloc(L->elems, L->ecap * sizeof(*L->elems));
	}
	e = &L->elems[L->nelems];
	e->role = role;
	e->parent = L->nelems > 0 ? c->elem : -1;
	e->lang = lang != NULL && (inherited == NULL ||
	    strcmp(lang, inherited) != 0) ? xstrdup(lang) : NULL;
	e->alt = NULL;
	return (int)L->nelems++;
}

/* Text directly in a container goes into a paragraph of its own. */
static bool
elem_holds_text(const struct ctx *c)
{
	enum layout_role r;

	if (c->elem < 0)
		return true;
	r = c->L->elems[c->elem].role;
	return r == LAYOUT_ROLE_H1 || r == LAYOUT_ROLE_H2 ||
	    r == LAYOUT_ROLE_H3 || r == LAYOUT_ROLE_P ||
	    r == LAYOUT_ROLE_LBL || r == LAYOUT_ROLE_FIGURE;
}

/* ---- pages and items ---- */

static struct layout_page *
page_at(struct ctx *c, size_t i)
{
	struct layout *L = c->L;

	while (L->npages <= i) {
		if (L->npages == L->cap) {
			L->cap = L->cap ? L->cap * 2 : 4;
			L->pages = xrealloc(L->pages, L->cap *
			    sizeof(*L->pages));
		}
		memset(&L->pages[L->npages], 0, sizeof(L->pages[0]));
		L->pages[L->npages].width = L->page_w;
		L->pages[L->npages].height = L->page_h;
		L->npages++;
	}
	return &L->pages[i];
}

static struct layout_item *
item_insert(struct ctx *c, size_t page, size_t at)
{
	struct layout_page *p = page_at(c, page);

	if (p->nitems == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->items = xrealloc(p->items, p->cap * sizeof(*p->items));
	}
	if (at > p->nitems)
		at = p->nitems;
	memmove(&p->items[at + 1], &p->items[at],
	    (p->nitems - at) * sizeof(*p->items));
	p->nitems++;
	memset(&p->items[at], 0, sizeof(p->items[0]));
	p->items[at].elem = c->elem;
	return &p->items[at];
}

static struct layout_item *
item_add(struct ctx *c, size_t page)
{
	return item_insert(c, page, page_at(c, page)->nitems);
}

static float
pdf_y(const struct ctx *c, float y)
{
	return c->L->page_h - y;
}

static void
rect_add(struct ctx *c, size_t page, size_t at, float x, float ytop,
    float w, float h, uint32_t fill, uint32_t stroke, float lw)
{
	struct layout_item *it = item_insert(c, page, at);

	it->kind = LAYOUT_RECT;
	it->elem = c->graphics;
	it->u.rect.x = x;
	it->u.rect.y = pdf_y(c, ytop + h);
	it->u.rect.w = w;
	it->u.rect.h = h;
	it->u.rect.fill = fill;
	it->u.rect.stroke = stroke;
	it->u.rect.line_width = lw;
}

static char *
excerpt(const char *s)
{
	const char *p = s;
	size_t n = 0;

	/* About 60 characters, cut on a character boundary. */
	while (*p != '\0' && n < 60) {
		utf8_next(&p);
		n++;
	}
	return *p == '\0' ? xstrdup(s) : xasprintf("%.*s...", (int)(p - s),
	    s);
}

static void
report(struct ctx *c, enum diag_code code, const char *arg)
{
	char *ex;

	if (c->measuring)
		return;
	ex = excerpt(c->cur_text ? c->cur_text : "");
	if (arg != NULL)
		diag_add(c->dl, code, NULL, 0, 0, arg,
		    c->cur_lang ? c->cur_lang : "?", ex);
	else
		diag_add(c->dl, code, NULL, 0, 0,
		    c->cur_lang ? c->cur_lang : "?", ex);
	free(ex);
}

static void
next_page(struct ctx *c, struct cursor *cur)
{
	cur->page++;
	cur->y = c->top;
	if (!c->measuring && c->max_pages > 0 && cur->page >= c->max_pages &&
	    !c->overflowed) {
		char n[16];

		snprintf(n, sizeof(n), "%u", c->max_pages);
		report(c, ERR_LAYOUT_OVERFLOW, n);
		c->overflowed = true;
	}
	page_at(c, cur->page);
}

/* Make room for h points, on a new page if need be (or where a page
 * ends early for a paragraph's sake, keep_lines()). */
static void
need(struct ctx *c, struct cursor *cur, float h)
{
	float bottom = c->break_set && cur->page == c->break_page ?
	    c->break_y : c->bottom;

	if (cur->y + h > bottom && cur->y > c->top + 0.01f)
		next_page(c, cur);
}

/* ---- paragraph text ---- */

static void
para_push(struct para *p, uint32_t cp, unsigned style, int link)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 256;
		p->u = xrealloc(p->u, p->cap * sizeof(*p->u));
		p->style = xrealloc(p->style, p->cap * sizeof(*p->style));
		p->link = xrealloc(p->link, p->cap * sizeof(*p->link));
	}
	p->u[p->n] = cp;
	p->style[p->n] = style;
	p->link[p->n] = link;
	p->n++;
}

static void
para_free(struct para *p)
{
	free(p->u);
	free(p->style);
	free(p->link);
	free(p->face);
	free(p->scale);
	free(p->adv);
	free(p->brk);
}

/* User data (a name, an address from a case file) is an isolated run:
 * its own bidi controls are dropped, so that a name cannot reorder the
 * sentence around it (UAX #9 FSI ... PDI). */
static void
para_add_span(struct para *p, const struct doc_span *s, unsigned extra)
{
	const char *q = s->text;
	unsigned st = s->style | extra;
	int link = -1;
	uint32_t cp;

	if (s->link != NULL && p->nlinks < 16) {
		link = (int)p->nlinks;
		p->links[p->nlinks++] = s->link;
	}
	/* A no-break span (a phone number) is isolated too: digits and
	 * spaces in a right-to-left sentence would otherwise be reordered
	 * (02 511 64 64 shown as 64 64 511 02). */
	if (st & (SPAN_USER_DATA | SPAN_NOBREAK))
		para_push(p, 0x2068, st, link);
	while ((cp = utf8_next(&q)) != 0) {
		if ((st & SPAN_USER_DATA) && utf8_is_bidi_control(cp))
			continue;
		if (cp == '\t' || cp == '\r')
			cp = ' ';
		para_push(p, cp, st, link);
	}
	if (st & (SPAN_USER_DATA | SPAN_NOBREAK))
		para_push(p, 0x2069, st, link);
}

/* The language's own spaces (typography.h: French no-break spaces),
 * set here so that no string has to carry them; a person's data and a
 * phone number stay as they are. */
static void
para_typography(struct para *p, const char *lang)
{
	bool *locked;
	uint32_t *out;
	size_t *from, n, k;
	unsigned *style;
	int *link;

	if (p->n == 0)
		return;
	locked = xmalloc(p->n * sizeof(*locked));
	for (k = 0; k < p->n; k++)
		locked[k] = (p->style[k] & (SPAN_USER_DATA | SPAN_NOBREAK)) !=
		    0;
	out = xmalloc(2 * p->n * sizeof(*out));
	from = xmalloc(2 * p->n * sizeof(*from));
	n = typography_apply(lang, p->u, locked, p->n, out, from);
	style = xmalloc(n * sizeof(*style));
	link = xmalloc(n * sizeof(*link));
	for (k = 0; k < n; k++) {
		style[k] = p->style[from[k]];
		link[k] = p->link[from[k]];
	}
	free(p->u);
	free(p->style);
	free(p->link);
	free(locked);
	free(from);
	p->u = out;
	p->style = style;
	p->link = link;
	p->n = n;
	p->cap = n;
}

static bool
is_neutral(uint32_t cp)
{
	return (cp < 0x80 && !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) ||
	    (cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0 ||
	    (cp >= 0x3000 && cp <= 0x303F);
}

/* Each character takes the first face of the chain that has it; marks
 * and invisible characters stay with their base, neutral characters
 * stay with their neighbour when it has them. */
static bool
para_faces(struct ctx *c, struct para *p, const struct font_chain *ch)
{
	size_t i;
	bool warned = false;

	p->face = xcalloc(p->n ? p->n : 1, sizeof(*p->face));
	for (i = 0; i < p->n; i++) {
		uint32_t cp = p->u[i];
		struct font_face *prev = i > 0 ? p->face[i - 1] : NULL;
		struct font_face *f;

		/* An invisible control (the isolates around user data) never
		 * lends its face: it may have come from a fallback font. */
		if (prev != NULL && utf8_is_ignorable(p->u[i - 1]) &&
		    !utf8_is_mark(cp))
			prev = NULL;
		if (prev != NULL && (utf8_is_mark(cp) || (is_neutral(cp) &&
		    p->style[i] == p->style[i - 1] &&
		    font_face_glyph(prev, cp) != 0))) {
			p->face[i] = prev;
			continue;
		}
		f = font_chain_face_for(ch, cp, p->style[i]);
		if (f == NULL) {
			f = prev != NULL ? prev : ch->faces[0];
			if (!utf8_is_ignorable(cp) && cp != '\n' && !warned) {
				char hex[16];

				snprintf(hex, sizeof(hex), "%04X",
				    (unsigned)cp);
				report(c, WARN_LAYOUT_GLYPH_MISSING, hex);
				warned = true;
			}
		}
		p->face[i] = f;
	}
	return true;
}

/* Each letter at its face's size (fonts.xml size=: its script's
 * optical size).  Digits, punctuation and spaces next to letters take
 * the size of those letters (of the paragraph's script where the
 * letters on their two sides differ): "(8.3)" in an Arabic sentence is
 * set as an Arabic font's own digits would be, the spaces of a French
 * term in it as French; with no letter beside them (a phone number in
 * a cell) they are Latin, whichever face draws them (Noto Naskh has
 * digits): size 1.  poppler reads a line of mixed sizes as pieces, and
 * loses their order in a narrow box. */
static void
para_scales(struct para *p, const struct font_chain *ch)
{
	float own = ch->faces[0]->scale, before = -1;
	size_t i, j;

	p->scale = xcalloc(p->n ? p->n : 1, sizeof(*p->scale));
	for (i = 0; i < p->n; i = j) {
		float after = -1, v;

		if (!is_neutral(p->u[i])) {
			before = p->scale[i] = p->face[i]->scale;
			j = i + 1;
			continue;
		}
		for (j = i; j < p->n && is_neutral(p->u[j]); j++)
			;
		if (j < p->n)
			after = p->face[j]->scale;
		if (before < 0 && after < 0)
			v = 1;
		else if (before < 0 || after < 0 || before == after)
			v = before < 0 ? after : before;
		else
			v = own;
		for (; i < j; i++)
			p->scale[i] = v;
	}
}

static bool
is_thai(uint32_t cp)
{
	return cp >= 0x0E00 && cp <= 0x0E7F;
}

/* libunibreak's tables and libthai's dictionary: set up once per
 * process (the dictionary when Thai text first comes: it takes 4 ms),
 * read-only after that, so that renders on two data owners may break
 * lines at once (thbdoc serve).  libthai's own shared breaker
 * (th_brk_wc_find_breaks(NULL, ...)) is made on first use without a
 * lock; thai_breaker is made here, under pthread_once. */
static pthread_once_t linebreak_once = PTHREAD_ONCE_INIT;
static pthread_once_t thai_once = PTHREAD_ONCE_INIT;
static ThBrk *thai_breaker;

static void
thai_init(void)
{
	errno = 0;
	/* NULL without ENOMEM: no dictionary installed, UAX #14 only. */
	if ((thai_breaker = th_brk_new(NULL)) == NULL && errno == ENOMEM)
		util_out_of_memory();
}

/* brk[i]: may the line break after character i?  UAX #14, plus the
 * libthai dictionary inside Thai text (libunibreak 1.1 does not break
 * Thai), minus no-break spans. */
static void
para_breaks(struct para *p, const char *lang)
{
	size_t i, j;

	pthread_once(&linebreak_once, init_linebreak);
	p->brk = xmalloc(p->n ? p->n : 1);
	set_linebreaks_utf32((const utf32_t *)p->u, p->n, lang, p->brk);
	for (i = 0; i < p->n; i = j) {
		for (j = i; j < p->n && is_thai(p->u[j]); j++)
			;
		if (j > i + 1)
			pthread_once(&thai_once, thai_init);
		if (j > i + 1 && thai_breaker != NULL) {
			wchar_t *w = xcalloc(j - i + 1, sizeof(*w));
			int *pos = xcalloc(j - i + 1, sizeof(*pos));
			int k, np;

			for (k = 0; k < (int)(j - i); k++)
				w[k] = (wchar_t)p->u[i + (size_t)k];
			np = th_brk_wc_find_breaks(thai_breaker, w, pos,
			    j - i + 1);
			for (k = 0; k < np; k++)
				if (pos[k] > 0 && (size_t)pos[k] < j - i)
					p->brk[i + (size_t)pos[k] - 1] =
					    LINEBREAK_ALLOWBREAK;
			free(w);
			free(pos);
		}
		if (j == i)
			j++;
	}
	for (i = 0; i + 1 < p->n; i++)
		if ((p->style[i] & SPAN_NOBREAK) &&
		    (p->style[i + 1] & SPAN_NOBREAK) &&
		    p->brk[i] == LINEBREAK_ALLOWBREAK)
			p->brk[i] = LINEBREAK_NOBREAK;
}

static bool
is_space(uint32_t cp)
{
	return cp == ' ' || cp == 0x3000 || cp == 0x200B || cp == '\n' ||
	    cp == 0x2028 || cp == 0x2029;
}

static float
para_width(const struct para *p, size_t s, size_t e)
{
	float w = 0;

	while (e > s && is_space(p->u[e - 1]))
		e--;
	for (; s < e; s++)
		w += p->adv[s];
	return w;
}

/* ---- lines ---- */

static uint32_t
glyph_code_point(struct font_face *f, unsigned gid,
    const uint32_t *u, size_t cl, size_t len)
{
	uint32_t cp;

	if (len == 1 && font_face_glyph(f, u[cl]) == gid)
		return u[cl];
	if ((cp = font_face_code_point(f, gid)) != 0)
		return cp;
	return u[cl];
}

static void
note_link(struct ctx *c, const struct para *p, size_t s,
    const struct layout_text *t, size_t page, float asc, float desc)
{
	/* item_add() may move the page's items, t among them: read
	 * everything from t before adding any link. */
	float y = t->y - desc, *lo, *hi;
	struct layout_item *it;
	size_t k, i;

	if (p->nlinks == 0)
		return;
	lo = xmalloc(p->nlinks * sizeof(*lo));
	hi = xmalloc(p->nlinks * sizeof(*hi));
	for (k = 0; k < p->nlinks; k++) {
		lo[k] = 1e9f;
		hi[k] = -1e9f;
	}
	for (i = 0; i < t->nglyphs; i++) {
		const struct layout_glyph *g = &t->glyphs[i];
		int l = p->link[s + g->cluster];

		if (l < 0 || (size_t)l >= p->nlinks)
			continue;
		if (g->x < lo[l])
			lo[l] = g->x;
		if (g->x + g->advance > hi[l])
			hi[l] = g->x + g->advance;
	}
	for (k = 0; k < p->nlinks; k++) {
		if (hi[k] <= lo[k])
			continue;
		it = item_add(c, page);
		it->kind = LAYOUT_LINK;
		it->u.link.x = lo[k];
		it->u.link.y = y;
		it->u.link.w = hi[k] - lo[k];
		it->u.link.h = asc + desc;
		it->u.link.uri = xstrdup(p->links[k]);
	}
	free(lo);
	free(hi);
}

/* Place one shaped line at the cursor. */
static void
place_line(struct ctx *c, const struct para *p, size_t s, size_t e,
    const struct shape_glyph *g, size_t ng, float width, struct frame fr,
    bool rtl, const struct tstyle *ts, const struct font_chain *ch,
    struct cursor *cur)
{
	/* The paragraph's line (font.h), with a little air for readers
	 * who struggle: Noto's hhea metrics already hold stacked marks. */
	float asc = (ch->ascent + design.line_air) * ts->size;
	float desc = (ch->descent + design.line_air) * ts->size;
	float pen, base;
	size_t i, j;
	struct layout_item *it;
	struct layout_text *t;

	need(c, cur, asc + desc);
	base = cur->y + asc;
	if (c->first_baseline != NULL && *c->first_baseline < 0) {
		*c->first_baseline = base;
		*c->first_page = cur->page;
	}
	it = item_add(c, cur->page);
	it->kind = LAYOUT_TEXT;
	t = &it->u.text;
	t->x = rtl ? fr.x1 - width : fr.x0;
	t->y = pdf_y(c, base);
	t->width = width;
	t->size = ts->size;
	t->rtl = rtl;
	t->color = ts->color;
	t->lang = c->L->lang;
	t->nlogical = e - s;
	t->logical = xmalloc((t->nlogical ? t->nlogical : 1) *
	    sizeof(*t->logical));
	memcpy(t->logical, p->u + s, t->nlogical * sizeof(*t->logical));
	t->glyphs = xcalloc(ng ? ng : 1, sizeof(*t->glyphs));
	t->nglyphs = ng;
	pen = t->x;
	for (i = 0; i < ng; i++) {
		struct layout_glyph *lg = &t->glyphs[i];
		size_t next = t->nlogical;

		/* A cluster runs to the next cluster start in logical
		 * order. */
		for (j = 0; j < ng; j++)
			if (g[j].cluster > g[i].cluster && g[j].cluster < next)
				next = g[j].cluster;
		lg->face = g[i].face;
		lg->gid = g[i].gid;
		lg->cluster = (uint32_t)g[i].cluster;
		lg->cluster_len = (uint32_t)(next - g[i].cluster);
		lg->cp = glyph_code_point(g[i].face, g[i].gid, t->logical,
		    g[i].cluster, lg->cluster_len);
		lg->x = pen + g[i].x_offset;
		lg->y = t->y + g[i].y_offset;
		lg->advance = g[i].advance;
		lg->size = ts->size * p->scale[s + g[i].cluster];
		lg->natural = g[i].natural;
		lg->moved = g[i].x_offset != 0 || g[i].y_offset != 0;
		lg->fake_bold = (p->style[s + g[i].cluster] & SPAN_STRONG) &&
		    font_face_synthetic_bold(g[i].face);
		pen += g[i].advance;
	}
	note_link(c, p, s, t, cur->page, asc, desc);
	cur->y = base + desc;
	if (c->line_ends != NULL) {
		struct line_ends *le = c->line_ends;

		if (le->n == le->cap) {
			le->cap = le->cap ? le->cap * 2 : 16;
			le->y = xrealloc(le->y, le->cap * sizeof(*le->y));
		}
		le->y[le->n++] = cur->y;
	}
}

/* The furthest break after s whose text fits in avail (by the
 * paragraph-wide estimate); 0 when even the first does not. */
static size_t
fit_break(const struct para *p, size_t s, float avail, bool *forced)
{
	size_t i, best = 0;

	*forced = false;
	for (i = s; i < p->n; i++) {
		if (p->brk[i] == LINEBREAK_MUSTBREAK) {
			if (para_width(p, s, i + 1) <= avail) {
				*forced = true;
				return i + 1;
			}
			return best;
		}
		if (p->brk[i] != LINEBREAK_ALLOWBREAK)
			continue;
		if (para_width(p, s, i + 1) > avail)
			return best;
		best = i + 1;
	}
	return best;
}

/* A word wider than the line: cut it where it still fits, never before
 * a mark. */
static size_t
emergency_break(const struct para *p, size_t s, float avail)
{
	size_t e = s + 1;

	while (e < p->n && (utf8_is_mark(p->u[e]) ||
	    para_width(p, s, e + 1) <= avail))
		e++;
	while (e > s + 1 && e < p->n && utf8_is_mark(p->u[e]))
		e--;
	return e;
}

static size_t
prev_break(const struct para *p, size_t s, size_t e)
{
	size_t i;

	for (i = e - 1; i > s; i--)
		if (p->brk[i - 1] == LINEBREAK_ALLOWBREAK)
			return i;
	return 0;
}

static void
lay_para(struct ctx *c, struct para *p, const char *lang, bool rtl,
    struct frame fr, struct cursor *cur, const struct tstyle *ts)
{
	const struct font_chain *ch = font_set_chain(c->fs, lang, c->dl);
	struct shape_glyph *g;
	size_t ng, i, s, e;
	float avail = fr.x1 - fr.x0;

	if (ch == NULL) {
		c->failed = true;
		return;
	}
	if (p->n == 0)
		return;
	para_typography(p, lang);
	para_faces(c, p, ch);
	para_scales(p, ch);
	para_breaks(p, lang);
	/* Shape the whole paragraph once for the widths that choose the
	 * breaks; each line is shaped again on its own (bidi reorders per
	 * line). */
	p->adv = xcalloc(p->n, sizeof(*p->adv));
	ng = shape_text(p->u, p->n, p->face, p->scale, rtl, lang, ts->size,
	    &g);
	for (i = 0; i < ng; i++)
		p->adv[g[i].cluster] += g[i].advance;
	free(g);
	for (s = 0; s < p->n; s = e) {
		bool forced;
		size_t te;
		float w;

		while (s < p->n && p->u[s] == ' ')
			s++;
		if (s >= p->n)
			break;
		e = fit_break(p, s, avail, &forced);
		if (e == 0) {
			e = emergency_break(p, s, avail);
			report(c, WARN_LAYOUT_WORD_SPLIT, NULL);
		}
		for (;;) {
			te = e;
			while (te > s && is_space(p->u[te - 1]))
				te--;
			ng = shape_text(p->u + s, te - s, p->face + s,
			    p->scale + s, rtl,
			    lang, ts->size, &g);
			for (w = 0, i = 0; i < ng; i++)
				w += g[i].advance;
			if (w <= avail + 0.01f || forced ||
			    prev_break(p, s, e) == 0)
				break;
			free(g);
			e = prev_break(p, s, e);
		}
		place_line(c, p, s, te, g, ng, w, fr, rtl, ts, ch, cur);
		free(g);
	}
}

/* ---- blocks ---- */

static const char *
block_lang(const struct doc_block *b, const char *inherited)
{
	return b->lang != NULL ? b->lang : inherited;
}

static bool
block_rtl(struct ctx *c, const struct doc_block *b, const char *lang)
{
	const struct font_chain *ch;

	if (b->dir == DOC_DIR_RTL)
		return true;
	if (b->dir == DOC_DIR_LTR)
		return false;
	ch = font_set_chain(c->fs, lang, c->dl);
	return ch != NULL && ch->rtl;
}

static void
lay_spans_here(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur, const struct tstyle *ts)
{
	struct para p = { 0 };
	size_t i;

	if (b->nspans == 0)
		return;
	c->cur_lang = lang;
	c->cur_text = b->spans[0].text;
	for (i = 0; i < b->nspans; i++)
		para_add_span(&p, &b->spans[i], ts->style);
	lay_para(c, &p, lang, block_rtl(c, b, lang), fr, cur, ts);
	para_free(&p);
}

/* A scratch layout with one endless page, to learn how tall something
 * is before it is laid out for good. */
struct scratch {
	struct layout	 L;
	struct ctx	 m;
};

static void
scratch_begin(struct scratch *sc, struct ctx *c)
{
	memset(&sc->L, 0, sizeof(sc->L));
	sc->L.page_w = c->L->page_w;
	sc->L.page_h = 1e7f;
	sc->L.lang = c->L->lang;
	sc->m = *c;
	sc->m.L = &sc->L;
	sc->m.measuring = true;
	sc->m.elem = sc->m.graphics = -1;	/* indexes of c->L */
	sc->m.top = 0;
	sc->m.block_top = -1;
	sc->m.bottom = 1e7f;
	sc->m.first_baseline = NULL;
	sc->m.line_ends = NULL;
	sc->m.break_set = false;
}

static void
scratch_end(struct scratch *sc, struct ctx *c)
{
	if (sc->m.failed)
		c->failed = true;
	sc->L.lang = NULL;
	layout_free_pages(&sc->L);
	layout_free_elems(&sc->L);
}

/* The lines of a paragraph at width fr: the cursor after each, from its
 * top, in le (the caller frees le->y); their number. */
static size_t
span_lines(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, const struct tstyle *ts, struct line_ends *le)
{
	struct scratch sc;
	struct cursor cur = { 0, 0 };

	scratch_begin(&sc, c);
	sc.m.line_ends = le;
	lay_spans_here(&sc.m, b, lang, fr, &cur, ts);
	scratch_end(&sc, c);
	return le->n;
}

/* Neither orphan nor widow (issue 13, item 3): a paragraph that breaks
 * across pages leaves at least two lines on each side; one of two or
 * three lines is not broken.  An orphan moves the paragraph to the next
 * page; a widow takes a line of the page before with it. */
static void
keep_lines(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur, const struct tstyle *ts)
{
	struct line_ends le = { NULL, 0, 0 };
	float room = c->bottom - cur->y;
	size_t n, k;

	if (c->measuring || c->break_set || cur->y <= c->top + 0.01f ||
	    b->nspans == 0)
		return;
	n = span_lines(c, b, lang, fr, ts, &le);
	for (k = 0; k < n && le.y[k] <= room; k++)
		;
	if (k == 0 || k == n)
		;	/* fits, or starts on the next page anyway */
	else if (k < 2 || n < 4) {
		if (le.y[n - 1] <= c->bottom - c->top)
			next_page(c, cur);
	} else if (n - k < 2) {
		c->break_set = true;
		c->break_page = cur->page;
		c->break_y = cur->y + le.y[n - 3] + 0.01f;
	}
	free(le.y);
}

static void
lay_spans(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur, const struct tstyle *ts)
{
	bool outer = c->break_set;

	keep_lines(c, b, lang, fr, cur, ts);
	lay_spans_here(c, b, lang, fr, cur, ts);
	if (!outer)
		c->break_set = false;
}

static struct tstyle
body_style(const struct ctx *c)
{
	struct tstyle ts = { design.body_size * c->scale, 0, design.text,
	    design.body_after * c->scale };

	return ts;
}

/* A paragraph's type: the body's, or fine print's (the foot of the
 * page is in small type already: fine print there keeps it). */
static struct tstyle
para_style(const struct ctx *c, const struct doc_block *b)
{
	struct tstyle ts = body_style(c);

	if (b->fine_print && !c->in_foot)
		ts.size = design.small_size * c->scale;
	return ts;
}

/* A list of that many items or fewer is kept on one page. */
#define SHORT_LIST	3

/* How much of a block must follow a heading on its page: the first two
 * lines of a paragraph (all of one that is not broken), the first item
 * of a list (all of a short one), a box, a table or anything else whole;
 * 0 when that is taller than a page. */
static float
first_unit(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr)
{
	struct line_ends le = { NULL, 0, 0 };
	struct tstyle ts = body_style(c);
	float h;
	size_t n;

	if (b->kind == DOC_PARAGRAPH) {
		ts = para_style(c, b);
		n = span_lines(c, b, lang, fr, &ts, &le);
		h = n == 0 ? 0 : le.y[n < 4 ? n - 1 : 1];
		free(le.y);
		return h;
	}
	if (b->kind == DOC_LIST && b->nchildren > SHORT_LIST)
		return measure(c, b->children[0], lang, fr, lay_block);
	if (b->kind == DOC_COLUMNS && b->nchildren > 0) {
		/* Two languages side by side: the start of each column. */
		float gutter = design.column_gutter * c->scale, w, hc;
		size_t i;

		w = (fr.x1 - fr.x0 - gutter * (float)(b->nchildren - 1)) /
		    (float)b->nchildren;
		h = 0;
		for (i = 0; i < b->nchildren; i++) {
			const struct doc_block *col = b->children[i];
			struct frame cf = { fr.x0, fr.x0 + w };

			if (col->nchildren == 0)
				continue;
			hc = first_unit(c, col->children[0], block_lang(col,
			    block_lang(b, lang)), cf);
			if (hc > h)
				h = hc;
		}
		return h;
	}
	if (b->kind == DOC_SPACE || b->kind == DOC_FOOTER ||
	    b->kind == DOC_PAGE_BREAK)
		return 0;
	h = measure(c, b, block_lang(b, lang), fr, lay_block);
	return h <= c->bottom - c->top ? h : 0;
}

/* A heading, or a row of columns that holds only headings (a heading
 * and its translation side by side). */
static bool
is_heading(const struct doc_block *b)
{
	size_t i;

	if (b->kind == DOC_HEADING || b->kind == DOC_TITLE)
		return true;
	if (b->kind != DOC_COLUMNS || b->nchildren == 0)
		return false;
	for (i = 0; i < b->nchildren; i++)
		if (b->children[i]->nchildren != 1 ||
		    !is_heading(b->children[i]->children[0]))
			return false;
	return true;
}

/* Keep with next (issue 13, item 3): a heading is never the last thing
 * on its page; it goes to the next page with the start of what follows
 * it. */
static void
keep_heading(struct ctx *c, const struct doc_block *b, size_t i,
    const char *lang, struct frame fr, struct cursor *cur)
{
	const struct doc_block *h = b->children[i];
	float need_h;

	if (c->measuring || i + 1 >= b->nchildren || !is_heading(h))
		return;
	need_h = design.heading_before * c->scale + measure(c, h, lang, fr,
	    lay_block) + first_unit(c, b->children[i + 1], lang, fr);
	if (need_h <= c->bottom - c->top)
		need(c, cur, need_h);
}

static void
lay_children(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	size_t i;

	for (i = 0; i < b->nchildren; i++) {
		keep_heading(c, b, i, lang, fr, cur);
		lay_block(c, b->children[i], lang, fr, cur);
	}
}

/* A block that is not split unless it is taller than a page (a short
 * list, a table): moved whole to the next page when it does not fit. */
static void
keep_whole(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur,
    void (*fn)(struct ctx *, const struct doc_block *, const char *,
    struct frame, struct cursor *))
{
	float h;

	if (c->measuring || cur->y <= c->top + 0.01f)
		return;
	h = measure(c, b, lang, fr, fn);
	if (h <= c->bottom - c->top)
		need(c, cur, h);
}

/* Height of a block laid out at width fr, on a scratch layout. */
static float
measure(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, void (*fn)(struct ctx *, const struct doc_block *,
    const char *, struct frame, struct cursor *))
{
	struct scratch sc;
	struct cursor cur = { 0, 0 };

	scratch_begin(&sc, c);
	fn(&sc.m, b, lang, fr, &cur);
	scratch_end(&sc, c);
	return cur.y;
}

static void
lay_box_content(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	struct tstyle ts = body_style(c);
	float saved = c->block_top;

	/* A heading at the top of a box or cell takes no space above it,
	 * when measured and when drawn alike. */
	c->block_top = cur->y;
	if (b->nspans > 0) {
		int outer = c->elem;

		if (!elem_holds_text(c))
			c->elem = elem_add(c, LAYOUT_ROLE_P, NULL, NULL);
		lay_spans(c, b, lang, fr, cur, &ts);
		c->elem = outer;
		if (b->nchildren > 0)
			cur->y += ts.after;
	}
	lay_children(c, b, lang, fr, cur);
	c->block_top = saved;
}

static const struct doc_look *
look_of(const struct doc_block *b)
{
	return b->look != NULL ? b->look : &look_none;
}

static void
lay_box(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float pad = design.box_pad * c->scale, h;
	struct frame in = { fr.x0 + pad, fr.x1 - pad };
	const struct doc_look *lk = look_of(b);
	size_t at, page;

	h = measure(c, b, lang, in, lay_box_content) + 2 * pad;
	if (h > c->bottom - c->top) {
		c->cur_lang = lang;
		c->cur_text = b->nspans ? b->spans[0].text : NULL;
		report(c, ERR_LAYOUT_TOO_TALL, NULL);
		lay_box_content(c, b, lang, in, cur);
		return;
	}
	need(c, cur, h);
	page = cur->page;
	at = page_at(c, page)->nitems;
	rect_add(c, page, at, fr.x0, cur->y, fr.x1 - fr.x0, h, lk->fill,
	    lk->stroke, design.box_line);
	cur->y += pad;
	lay_box_content(c, b, lang, in, cur);
	cur->y += pad + design.box_after * c->scale;
}

static void
shape_bullet(struct ctx *c, const char *lang, bool rtl, float x0, float x1,
    float base, size_t page, const struct tstyle *ts)
{
	struct para p = { 0 };
	struct doc_span s = { (char *)"\xE2\x80\xA2", 0, NULL };
	struct cursor cur;
	struct layout_text *t;
	struct layout_page *pg;
	const struct font_chain *ch = font_set_chain(c->fs, lang, c->dl);
	float asc;

	if (ch == NULL)
		return;
	para_add_span(&p, &s, 0);
	/* Lay the bullet as a one-line paragraph, then move its baseline
	 * onto the item's first line. */
	cur.page = page;
	cur.y = 0;
	{
		struct frame fr = { x0, x1 };
		float *fb = c->first_baseline;

		c->first_baseline = NULL;
		lay_para(c, &p, lang, rtl, fr, &cur, ts);
		c->first_baseline = fb;
	}
	pg = page_at(c, page);
	if (pg->nitems == 0 || pg->items[pg->nitems - 1].kind != LAYOUT_TEXT) {
		para_free(&p);
		return;
	}
	t = &pg->items[pg->nitems - 1].u.text;
	asc = pdf_y(c, base) - t->y;
	t->y += asc;
	for (size_t i = 0; i < t->nglyphs; i++)
		t->glyphs[i].y += asc;
	para_free(&p);
}

/* ---- form fields (doc.form) ---- */

/* A block's text, UTF-8: what its widget is, in words. */
static char *
block_text(const struct doc_block *b)
{
	struct sbuf out = { 0 };
	size_t i;

	for (i = 0; i < b->nspans; i++)
		sbuf_add(&out, b->spans[i].text);
	return sbuf_detach(&out);
}

/* The Form element of a widget, next to its label: after the label's
 * element (of the same parent), or, under an artifact (the foot of every
 * page, where the label is page furniture), in the document: a widget is
 * never an artifact (PDF/UA-1 7.18.1). */
static int
form_elem(struct ctx *c, bool in_label)
{
	int saved = c->elem, e;

	if (c->elem < 0)
		c->elem = 0;
	else if (!in_label)
		c->elem = c->L->elems[c->elem].parent;
	e = elem_add(c, LAYOUT_ROLE_FORM, NULL, NULL);
	c->elem = saved;
	return e;
}

/* The widget of a field or a choice over the box at (x, ytop) w x h (y
 * from the page top), in the face and size of the body text in lang. */
static struct layout_widget *
widget_add(struct ctx *c, size_t page, enum layout_widget_kind kind,
    float x, float ytop, float w, float h, const char *lang, bool in_label)
{
	const struct font_chain *ch = font_set_chain(c->fs, lang, c->dl);
	struct layout_item *it;
	struct layout_widget *wd;
	int elem;

	if (!c->form || c->measuring || ch == NULL)
		return NULL;
	elem = form_elem(c, in_label);
	it = item_add(c, page);
	it->kind = LAYOUT_WIDGET;
	it->elem = elem;
	wd = &it->u.widget;
	wd->kind = kind;
	wd->x = x;
	wd->y = pdf_y(c, ytop + h);
	wd->w = w;
	wd->h = h;
	wd->size = body_style(c).size;
	wd->color = design.text;
	wd->face = ch->faces[0];
	return wd;
}

/* A field's widget: to type in, one line, or several where the box has
 * room for them.  A box to sign is signed by hand on the printed page:
 * no field (MuPDF draws a "SIGN" flag over an unsigned signature field,
 * on the page as printed). */
static void
field_widget(struct ctx *c, const struct doc_block *b, const char *lang,
    size_t page, float x, float ytop, float w, float h)
{
	struct layout_widget *wd;

	if (b->signature || (wd = widget_add(c, page, LAYOUT_WIDGET_TEXT, x,
	    ytop, w, h, lang, false)) == NULL)
		return;
	wd->name = xstrdup(b->name != NULL ? b->name : "field");
	wd->label = block_text(b);
	wd->multiline = h >= 2.5f * wd->size;
}

/* The box to tick of a choice, its foot a little under the baseline of
 * the choice's first line: drawn, an artifact of the page; on a form, a
 * check box, or a choice of the question its list asks. */
static void
choice_box(struct ctx *c, const struct doc_block *b, const char *lang,
    float x, float base, size_t page)
{
	float side = design.choice_box * c->scale;
	float foot = base + design.choice_drop * c->scale;
	const struct doc_block *list = c->choices;
	bool radio = list != NULL && list->name != NULL;
	struct layout_widget *wd;

	rect_add(c, page, page_at(c, page)->nitems, x, foot - side, side, side,
	    design.field_fill, design.field_stroke, design.field_line);
	if (b->name == NULL || (wd = widget_add(c, page, radio ?
	    LAYOUT_WIDGET_RADIO : LAYOUT_WIDGET_CHECK, x, foot - side, side,
	    side, lang, true)) == NULL)
		return;
	wd->name = xstrdup(radio ? list->name : b->name);
	wd->state = radio ? xstrdup(b->name) : NULL;
	wd->label = block_text(b);
	wd->question = radio && list->alt != NULL ? xstrdup(list->alt) : NULL;
}

static void
lay_item(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float indent = design.item_indent * c->scale;
	bool rtl = block_rtl(c, b, lang);
	struct frame in = rtl ? (struct frame){ fr.x0, fr.x1 - indent } :
	    (struct frame){ fr.x0 + indent, fr.x1 };
	struct tstyle ts = body_style(c);
	float base = -1, *saved_b = c->first_baseline;
	size_t page = cur->page, *saved_p = c->first_page;
	bool choice = b->kind == DOC_CHOICE;
	/* A choice's box is drawn, not text: no label in the structure, but
	 * on a form, where its label holds its widget. */
	int item = c->elem, label = choice && !c->form ? -1 : elem_add(c,
	    LAYOUT_ROLE_LBL, NULL, NULL);
	int body = elem_add(c, LAYOUT_ROLE_LBODY, NULL, NULL);

	c->first_baseline = &base;
	c->first_page = &page;
	c->elem = body;
	lay_box_content(c, b, lang, in, cur);
	c->first_baseline = saved_b;
	c->first_page = saved_p;
	c->elem = label;
	if (base >= 0 && choice)
		choice_box(c, b, lang, rtl ? fr.x1 - indent +
		    design.rule_gap * c->scale : fr.x0 + indent -
		    (design.choice_box + design.rule_gap) * c->scale, base,
		    page);
	else if (base >= 0)
		shape_bullet(c, lang, rtl, rtl ? fr.x1 - indent +
		    design.bullet_end : fr.x0 + design.bullet_start,
		    rtl ? fr.x1 - design.bullet_start : fr.x0 + indent, base,
		    page, &ts);
	c->elem = item;
	cur->y += design.item_after * c->scale;
}

static void
lay_columns(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float gutter = design.column_gutter * c->scale, w;
	struct cursor end = *cur;
	size_t i, n = b->nchildren;

	if (n == 0)
		return;
	w = (fr.x1 - fr.x0 - gutter * (float)(n - 1)) / (float)n;
	for (i = 0; i < n; i++) {
		struct cursor cc = *cur;
		const struct doc_block *col = b->children[i];
		/* Right to left: the first column is the rightmost. */
		float at = (float)(block_rtl(c, b, lang) ? n - 1 - i : i);
		struct frame cf = { fr.x0 + at * (w + gutter),
		    fr.x0 + at * (w + gutter) + w };

		lay_block(c, col, block_lang(b, lang), cf, &cc);
		if (cc.page > end.page || (cc.page == end.page &&
		    cc.y > end.y))
			end = cc;
	}
	*cur = end;
}

/* ---- two languages side by side ---- */

/* Where a column of a pair goes when laid out from cur: the page, counted
 * from cur's, that its first item falls on, found on a scratch layout of
 * pages as tall as the real ones. */
static size_t
pair_first_page(struct ctx *c, const struct doc_block *col, const char *lang,
    struct frame fr, const struct cursor *cur)
{
	struct layout scratch = { 0 };
	struct ctx m = *c;
	struct cursor at = { 0, cur->y };
	size_t i;

	scratch.page_w = c->L->page_w;
	scratch.page_h = c->L->page_h;
	scratch.lang = c->L->lang;
	m.L = &scratch;
	m.measuring = true;
	m.elem = m.graphics = -1;	/* indexes of c->L, not of scratch */
	m.first_baseline = NULL;
	lay_block(&m, col, lang, fr, &at);
	if (m.failed)
		c->failed = true;
	for (i = 0; i < scratch.npages && scratch.pages[i].nitems == 0; i++)
		;
	scratch.lang = NULL;
	layout_free_pages(&scratch);
	layout_free_elems(&scratch);
	return i;
}

/* The same text in two languages, side by side (a DOC_COLUMNS of level
 * 1, issue 13, item 4): both columns start level, on the same page at
 * the same height (when the first block of one does not fit here, both
 * start on the next page); the row is as tall as the taller column; it
 * breaks across pages only where a column runs past the page, and both
 * go on at the top of the next. */
static void
lay_pair(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float gutter = design.column_gutter * c->scale, w;
	struct frame cf[2];
	struct cursor end = *cur;
	size_t i, n = b->nchildren < 2 ? b->nchildren : 2, first[2];
	bool rtl = block_rtl(c, b, lang);

	if (n == 0)
		return;
	w = (fr.x1 - fr.x0 - gutter * (float)(n - 1)) / (float)n;
	for (i = 0; i < n; i++) {
		/* Right to left: the first column is the rightmost. */
		float at = (float)(rtl ? n - 1 - i : i);

		cf[i] = (struct frame){ fr.x0 + at * (w + gutter),
		    fr.x0 + at * (w + gutter) + w };
		first[i] = c->measuring ? 0 : pair_first_page(c,
		    b->children[i], block_lang(b, lang), cf[i], cur);
	}
	if (n == 2 && first[0] != first[1])
		next_page(c, cur);
	end = *cur;
	for (i = 0; i < n; i++) {
		struct cursor cc = *cur;

		lay_block(c, b->children[i], block_lang(b, lang), cf[i], &cc);
		if (cc.page > end.page || (cc.page == end.page &&
		    cc.y > end.y))
			end = cc;
	}
	*cur = end;
}

static void
lay_cell(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	lay_box_content(c, b, lang, fr, cur);
}

static void
lay_row(struct ctx *c, const struct doc_block *row, const char *lang,
    struct frame fr, struct cursor *cur, size_t ncols)
{
	float pad = design.cell_pad * c->scale;
	float w = (fr.x1 - fr.x0) / (float)ncols;
	float h = 0, hc;
	size_t i, at;
	bool rtl = block_rtl(c, row, lang);
	int outer, tr;

	/* Right to left: the first cell is the rightmost. */
#define CELL_X(i) (fr.x0 + (float)(rtl ? ncols - 1 - (i) : (i)) * w)
	for (i = 0; i < row->nchildren; i++) {
		struct frame cf = { CELL_X(i) + pad, CELL_X(i) + w - pad };

		hc = measure(c, row->children[i], block_lang(row, lang), cf,
		    lay_cell);
		if (hc > h)
			h = hc;
	}
	h += 2 * pad;
	if (h > c->bottom - c->top) {
		c->cur_lang = lang;
		c->cur_text = row->nchildren && row->children[0]->nspans ?
		    row->children[0]->spans[0].text : NULL;
		report(c, ERR_LAYOUT_TOO_TALL, NULL);
	}
	need(c, cur, h);
	at = page_at(c, cur->page)->nitems;
	for (i = 0; i < ncols; i++)
		rect_add(c, cur->page, at, fr.x0 + (float)i * w, cur->y, w, h,
		    LAYOUT_NO_COLOR, design.cell_stroke, design.cell_line);
	outer = c->elem;
	tr = elem_add(c, LAYOUT_ROLE_TR, row->lang, lang);
	for (i = 0; i < row->nchildren; i++) {
		struct cursor cc = { cur->page, cur->y + pad };
		struct frame cf = { CELL_X(i) + pad, CELL_X(i) + w - pad };

		c->elem = tr;
		/* The first of several cells names what the row is about
		 * (a centre and its city beside the phone number): the
		 * row's header, for a screen reader that reads it with
		 * the cells after it. */
		c->elem = elem_add(c, i == 0 && row->nchildren > 1 ?
		    LAYOUT_ROLE_TH : LAYOUT_ROLE_TD, row->children[i]->lang,
		    block_lang(row, lang));
		lay_cell(c, row->children[i], block_lang(row, lang), cf, &cc);
	}
	c->elem = outer;
#undef CELL_X
	cur->y += h;
}

static void
lay_table(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	size_t i, ncols = 1;

	for (i = 0; i < b->nchildren; i++)
		if (b->children[i]->nchildren > ncols)
			ncols = b->children[i]->nchildren;
	for (i = 0; i < b->nchildren; i++)
		lay_row(c, b->children[i], lang, fr, cur, ncols);
	cur->y += design.table_after * c->scale;
}

/* A column beside the address window and the window's content: the
 * window is where the envelope shows it, on the page the block starts
 * on; the text after it starts below both. */
static void
lay_window(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float wx0 = c->L->page_w - design.window_right - design.window_w;
	float gutter = design.column_gutter * c->scale;
	float wtop = design.window_top, wbottom = wtop + design.window_h;
	struct cursor end = *cur, cc;
	struct frame left = { fr.x0, wx0 - gutter };
	struct frame win = { wx0 + design.window_pad,
	    wx0 + design.window_w - design.window_pad };

	if (c->measuring || b->nchildren != 2 || cur->y > wtop) {
		/* Not at the top of a page: no window to aim at. */
		lay_children(c, b, lang, fr, cur);
		return;
	}
	cc = *cur;
	lay_block(c, b->children[0], lang, left, &cc);
	end = cc;
	cc = (struct cursor){ cur->page, wtop + design.window_pad };
	lay_block(c, b->children[1], lang, win, &cc);
	if (cc.page > end.page || (cc.page == end.page && cc.y > end.y))
		end = cc;
	if (end.page == cur->page && end.y < wbottom)
		end.y = wbottom;
	*cur = end;
	cur->y += design.body_after * c->scale;
}

/* Blocks that stay on one page: they start a new page when they do not
 * fit on this one, unless they are taller than a page. */
static void
lay_keep(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float h = measure(c, b, lang, fr, lay_box_content);

	if (h <= c->bottom - c->top)
		need(c, cur, h);
	lay_box_content(c, b, lang, fr, cur);
}

static void
lay_heading(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur, bool title)
{
	struct tstyle ts;

	if (title) {
		ts = (struct tstyle){ design.title_size * c->scale,
		    SPAN_STRONG, design.title, design.title_after * c->scale };
	} else {
		ts = (struct tstyle){ design.heading_size[b->level > 1] *
		    c->scale, SPAN_STRONG, design.heading,
		    design.heading_after * c->scale };
		if (cur->y > c->top + 1 && cur->y > c->block_top + 1)
			cur->y += design.heading_before * c->scale;
		/* Keep a heading with the start of what follows it. */
		need(c, cur, ts.size * 2 + design.heading_keep * c->scale);
	}
	lay_spans(c, b, lang, fr, cur, &ts);
	cur->y += ts.after;
	if (title) {
		rect_add(c, cur->page, page_at(c, cur->page)->nitems, fr.x0,
		    cur->y, fr.x1 - fr.x0, design.title_rule * c->scale,
		    design.rule, LAYOUT_NO_COLOR, 0);
		cur->y += design.title_rule_after * c->scale;
	}
}

/* An inline field: the label, then one line to write on from its end,
 * "width" long or to the end of the column (on the next line when the
 * label leaves no room), h of room above it to write in. */
static void
lay_inline_field(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur, float h)
{
	struct tstyle ts = body_style(c);
	float gap = design.rule_gap * c->scale, x0, x1, y;
	float w = b->width > 0 ? (float)b->width * c->scale : fr.x1 - fr.x0;
	bool rtl = block_rtl(c, b, lang);
	const struct layout_page *pg;
	const struct layout_text *t;

	if (h > ts.size * 1.4f)
		cur->y += h - ts.size * 1.4f;
	lay_spans(c, b, lang, fr, cur, &ts);
	pg = page_at(c, cur->page);
	if (pg->nitems == 0 || pg->items[pg->nitems - 1].kind != LAYOUT_TEXT)
		return;
	t = &pg->items[pg->nitems - 1].u.text;
	y = pdf_y(c, t->y) + design.choice_drop * c->scale;
	x0 = rtl ? fr.x0 : t->x + t->width + gap;
	x1 = rtl ? t->x - gap : fr.x1;
	if (x1 - x0 < design.rule_min * c->scale) {
		/* No room beside the label: the whole line below it. */
		cur->y += h;
		y = cur->y;
		x0 = fr.x0;
		x1 = fr.x1;
	}
	if (x1 - x0 > w) {
		if (rtl)
			x0 = x1 - w;
		else
			x1 = x0 + w;
	}
	rect_add(c, cur->page, pg->nitems, x0, y - design.field_line,
	    x1 - x0, design.field_line, design.field_stroke, LAYOUT_NO_COLOR,
	    0);
	/* typed on the line, a line of the label's type high: viewers
	 * centre a line typed in the box, which stands on the line then */
	field_widget(c, b, lang, cur->page, x0, y - design.field_line -
	    ts.size * 1.5f, x1 - x0, ts.size * 1.5f);
	if (cur->y < y + design.choice_drop * c->scale)
		cur->y = y + design.choice_drop * c->scale;
	cur->y += ts.after;
}

static void
lay_field(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	struct tstyle ts = body_style(c);
	/* A box to write in by hand, as tall as the doc asks. */
	float h = (b->height > 0 ? (float)b->height : design.field_height) *
	    c->scale;

	if (b->inline_rule) {
		lay_inline_field(c, b, lang, fr, cur, h);
		return;
	}
	/* As wide as what goes in it. */
	if (b->width > 0 && fr.x0 + (float)b->width * c->scale < fr.x1) {
		if (block_rtl(c, b, lang))
			fr.x0 = fr.x1 - (float)b->width * c->scale;
		else
			fr.x1 = fr.x0 + (float)b->width * c->scale;
	}
	lay_spans(c, b, lang, fr, cur, &ts);
	cur->y += design.field_gap * c->scale;
	if (b->rules > 0) {
		/* Ruled lines to write on, the field's height apart. */
		float step = h;
		int i;

		need(c, cur, step * (float)b->rules);
		field_widget(c, b, lang, cur->page, fr.x0, cur->y +
		    design.field_line, fr.x1 - fr.x0, step * (float)b->rules -
		    2 * design.field_line);
		for (i = 0; i < b->rules; i++) {
			cur->y += step;
			rect_add(c, cur->page, page_at(c, cur->page)->nitems,
			    fr.x0, cur->y - design.field_line, fr.x1 - fr.x0,
			    design.field_line, design.field_stroke,
			    LAYOUT_NO_COLOR, 0);
		}
		cur->y += ts.after;
		return;
	}
	need(c, cur, h);
	rect_add(c, cur->page, page_at(c, cur->page)->nitems, fr.x0, cur->y,
	    fr.x1 - fr.x0, h, design.field_fill, design.field_stroke,
	    design.field_line);
	field_widget(c, b, lang, cur->page, fr.x0, cur->y, fr.x1 - fr.x0, h);
	cur->y += h + ts.after;
}

/* ---- timeline ---- */

static struct tstyle
step_style(const struct ctx *c)
{
	struct tstyle ts = { design.step_size * c->scale, 0, design.text, 0 };

	return ts;
}

static void
lay_step(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	struct tstyle ts = step_style(c);

	lay_spans(c, b, lang, fr, cur, &ts);
}

static void
line_add(struct ctx *c, size_t page, float x0, float y0, float x1,
    float y1, uint32_t color, bool dashed, bool arrow)
{
	struct layout_item *it = item_add(c, page);

	it->kind = LAYOUT_LINE;
	it->elem = c->graphics;
	it->u.line = (struct layout_line){ x0, pdf_y(c, y0), x1, pdf_y(c, y1),
	    color, design.step_line, dashed, arrow };
}

/* A step's box: filled and framed, or (a dashed look) filled with a
 * dashed frame drawn as four lines. */
static void
step_frame(struct ctx *c, size_t page, float x, float y, float w,
    float h, const struct doc_look *lk)
{
	if (!lk->dashed) {
		rect_add(c, page, page_at(c, page)->nitems, x, y, w, h,
		    lk->fill, lk->stroke, design.step_line);
		return;
	}
	rect_add(c, page, page_at(c, page)->nitems, x, y, w, h, lk->fill,
	    LAYOUT_NO_COLOR, 0);
	line_add(c, page, x, y, x + w, y, lk->stroke, true, false);
	line_add(c, page, x + w, y, x + w, y + h, lk->stroke, true, false);
	line_add(c, page, x + w, y + h, x, y + h, lk->stroke, true, false);
	line_add(c, page, x, y + h, x, y, lk->stroke, true, false);
}

/* Steps side by side in reading order (the first one rightmost in a
 * right-to-left language), each in its box, joined by arrows that point
 * the way the reader reads; kept whole on one page.  The first item is
 * the figure, which owns the items that follow it (for tagging). */
static void
lay_timeline(struct ctx *c, const struct doc_block *b, const char *inherited,
    struct frame fr, struct cursor *cur)
{
	const char *lang = block_lang(b, inherited);
	float gap = design.step_gap * c->scale, pad = design.step_pad * c->scale;
	float h = 0, w;
	float hs[8] = { 0 };
	size_t i, n = b->nchildren < 8 ? b->nchildren : 8, at, first;
	bool rtl = block_rtl(c, b, lang);
	struct layout_item *fig;
	int outer;

	if (n == 0)
		return;
	w = (fr.x1 - fr.x0 - gap * (float)(n - 1)) / (float)n;
#define STEP_X(i) (fr.x0 + (float)(rtl ? n - 1 - (i) : (i)) * (w + gap))
	for (i = 0; i < n; i++) {
		struct frame sf = { STEP_X(i) + pad, STEP_X(i) + w - pad };

		hs[i] = measure(c, b->children[i], block_lang(b, lang), sf,
		    lay_step);
		if (hs[i] > h)
			h = hs[i];
	}
	h += 2 * pad;
	need(c, cur, h);
	at = page_at(c, cur->page)->nitems;
	outer = c->elem;
	/* Its own language where the page has two (side by side). */
	c->elem = c->graphics = elem_add(c, LAYOUT_ROLE_FIGURE, b->lang,
	    inherited);
	if (c->elem >= 0 && b->alt != NULL)
		c->L->elems[c->elem].alt = xstrdup(b->alt);
	fig = item_insert(c, cur->page, at);
	fig->kind = LAYOUT_FIGURE;
	fig->u.figure = (struct layout_figure){ fr.x0, pdf_y(c, cur->y + h),
	    fr.x1 - fr.x0, h, b->alt != NULL ? xstrdup(b->alt) : NULL, 0 };
	first = at + 1;
	for (i = 0; i < n; i++) {
		const struct doc_block *s = b->children[i];
		struct frame sf = { STEP_X(i) + pad, STEP_X(i) + w - pad };
		/* The label in the middle of its box. */
		struct cursor sc = { cur->page, cur->y + (h - hs[i]) / 2 };
		float mid = cur->y + h / 2;

		step_frame(c, cur->page, STEP_X(i), cur->y, w, h, look_of(s));
		lay_step(c, s, block_lang(b, lang), sf, &sc);
		if (i + 1 < n)
			line_add(c, cur->page,
			    rtl ? STEP_X(i) - 2 : STEP_X(i) + w + 2, mid,
			    rtl ? STEP_X(i) - gap + 2 : STEP_X(i) + w + gap - 2,
			    mid, look_of(b)->stroke, false, true);
	}
#undef STEP_X
	/* The figure item may have moved if the page's array grew. */
	page_at(c, cur->page)->items[at].u.figure.nitems =
	    page_at(c, cur->page)->nitems - first;
	c->elem = outer;
	c->graphics = -1;
	cur->y += h + design.step_after * c->scale;
}

/* ---- cards ---- */

static void
crop_add(struct ctx *c, size_t page, float x0, float y0, float x1,
    float y1)
{
	struct layout_item *it = item_add(c, page);

	it->kind = LAYOUT_LINE;
	it->elem = -1;
	it->u.line = (struct layout_line){ x0, pdf_y(c, y0), x1, pdf_y(c, y1),
	    0x000000, design.crop_line, false, false };
}

/* Crop marks outside the grid, in line with every cut: the cards share
 * their edges, so one cut serves two cards. */
static void
crop_marks(struct ctx *c, size_t page, float x0, float y0, size_t cols,
    size_t rows)
{
	float g = design.crop_gap, l = design.crop_len;
	float x1 = x0 + (float)cols * design.card_w;
	float y1 = y0 + (float)rows * design.card_h, x, y;
	size_t i;

	for (i = 0; i <= cols; i++) {
		x = x0 + (float)i * design.card_w;
		crop_add(c, page, x, y0 - g - l, x, y0 - g);
		crop_add(c, page, x, y1 + g, x, y1 + g + l);
	}
	for (i = 0; i <= rows; i++) {
		y = y0 + (float)i * design.card_h;
		crop_add(c, page, x0 - g - l, y, x0 - g, y);
		crop_add(c, page, x1 + g, y, x1 + g + l, y);
	}
}

/* level copies of the block's content, each on a card of 85 x 55 mm:
 * two columns, as many rows as needed, centred on the page; a card's
 * text that does not fit it is an error (nothing is cut). */
static void
lay_cards(struct ctx *c, const struct doc_block *b, const char *lang,
    struct frame fr, struct cursor *cur)
{
	size_t n = b->level > 0 ? (size_t)b->level : 1, cols = 2, rows, i;
	float x0, y0, pad = design.card_pad, x, y, h;
	struct frame in;

	(void)fr;
	rows = (n + cols - 1) / cols;
	x0 = (c->L->page_w - (float)cols * design.card_w) / 2;
	y0 = (c->L->page_h - (float)rows * design.card_h) / 2;
	if (y0 < cur->y)
		y0 = cur->y;
	in = (struct frame){ x0 + pad, x0 + design.card_w - pad };
	h = measure(c, b, lang, in, lay_box_content);
	if (h > design.card_h - 2 * pad) {
		c->cur_lang = lang;
		c->cur_text = b->nchildren && b->children[0]->nspans ?
		    b->children[0]->spans[0].text : NULL;
		report(c, ERR_LAYOUT_TOO_TALL, NULL);
	}
	for (i = 0; i < n; i++) {
		x = x0 + (float)(i % cols) * design.card_w;
		y = y0 + (float)(i / cols) * design.card_h;
		/* A light frame for scissors; the crop marks for a cutter. */
		rect_add(c, cur->page, page_at(c, cur->page)->nitems, x, y,
		    design.card_w, design.card_h, LAYOUT_NO_COLOR, 0xC8CDD3,
		    design.crop_line);
		{
			struct cursor cc = { cur->page, y + pad };
			struct frame cf = { x + pad, x + design.card_w - pad };
			int outer = c->elem;

			/* the copies say the first card again: read once */
			if (i > 0)
				c->elem = -1;
			lay_box_content(c, b, lang, cf, &cc);
			c->elem = outer;
		}
	}
	crop_marks(c, cur->page, x0, y0, cols, rows);
	cur->y = y0 + (float)rows * design.card_h;
}

/* The structure element of a block, by its kind; false for blocks
 * that make none (space, page break, the root: element 0 already) or
 * whose parts are made where they are laid out (rows and cells, a
 * timeline's figure and steps). */
static bool
block_role(const struct doc_block *b, enum layout_role *role)
{
	static const struct {
		enum doc_block_kind kind;
		enum layout_role role;
	} tab[] = {
		{ DOC_TITLE, LAYOUT_ROLE_H1 }, { DOC_PARAGRAPH, LAYOUT_ROLE_P },
		{ DOC_LIST, LAYOUT_ROLE_L }, { DOC_ITEM, LAYOUT_ROLE_LI },
		{ DOC_CHOICE, LAYOUT_ROLE_LI },
		{ DOC_BOX, LAYOUT_ROLE_DIV }, { DOC_COLUMNS, LAYOUT_ROLE_DIV },
		{ DOC_COLUMN, LAYOUT_ROLE_SECT },
		{ DOC_TABLE, LAYOUT_ROLE_TABLE }, { DOC_FIELD, LAYOUT_ROLE_P },
		{ DOC_CARDS, LAYOUT_ROLE_DIV },
	};
	size_t i;

	if (b->kind == DOC_HEADING) {
		*role = b->level > 1 ? LAYOUT_ROLE_H3 : LAYOUT_ROLE_H2;
		return true;
	}
	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (tab[i].kind == b->kind) {
			*role = tab[i].role;
			return true;
		}
	return false;
}

static void
lay_block(struct ctx *c, const struct doc_block *b, const char *inherited,
    struct frame fr, struct cursor *cur)
{
	const char *lang = block_lang(b, inherited);
	struct tstyle ts = body_style(c);
	int outer = c->elem;
	enum layout_role role;

	if (c->failed)
		return;
	if (block_role(b, &role))
		c->elem = elem_add(c, role, b->lang, inherited);
	switch (b->kind) {
	case DOC_TITLE:
		lay_heading(c, b, lang, fr, cur, true);
		break;
	case DOC_HEADING:
		lay_heading(c, b, lang, fr, cur, false);
		break;
	case DOC_PARAGRAPH:
		ts = para_style(c, b);
		lay_spans(c, b, lang, fr, cur, &ts);
		cur->y += ts.after;
		break;
	case DOC_ITEM:
	case DOC_CHOICE:
		lay_item(c, b, lang, fr, cur);
		break;
	case DOC_LIST: {
		const struct doc_block *outer_list = c->choices;

		if (b->nchildren <= SHORT_LIST)
			keep_whole(c, b, lang, fr, cur, lay_children);
		c->choices = b;
		lay_children(c, b, lang, fr, cur);
		c->choices = outer_list;
		cur->y += ts.after;
		break;
	}
	case DOC_BOX:
		lay_box(c, b, lang, fr, cur);
		break;
	case DOC_COLUMNS:
		if (b->level == 1)
			lay_pair(c, b, lang, fr, cur);
		else
			lay_columns(c, b, lang, fr, cur);
		break;
	case DOC_TABLE:
		keep_whole(c, b, lang, fr, cur, lay_table);
		lay_table(c, b, lang, fr, cur);
		break;
	case DOC_FIELD:
		lay_field(c, b, lang, fr, cur);
		break;
	case DOC_SPACE:
		cur->y += (float)b->level;
		if (cur->y > c->bottom)
			next_page(c, cur);
		break;
	case DOC_PAGE_BREAK:
		if (!c->measuring)
			next_page(c, cur);
		break;
	case DOC_TIMELINE:
		lay_timeline(c, b, inherited, fr, cur);
		break;
	case DOC_CARDS:
		lay_cards(c, b, lang, fr, cur);
		break;
	case DOC_WINDOW:
		lay_window(c, b, lang, fr, cur);
		break;
	case DOC_KEEP:
		lay_keep(c, b, lang, fr, cur);
		break;
	case DOC_FOOTER:
		/* Laid at the foot of every page, at the end (feet()). */
		break;
	case DOC_ROOT:
	case DOC_COLUMN:
	case DOC_ROW:
	case DOC_CELL:
	case DOC_STEP:
		lay_box_content(c, b, lang, fr, cur);
		break;
	}
	c->elem = outer;
}

/* ---- the foot of every page ---- */

static const struct doc_block *
footer_of(const struct doc_block *root)
{
	size_t i;

	for (i = 0; i < root->nchildren; i++)
		if (root->children[i]->kind == DOC_FOOTER)
			return root->children[i];
	return NULL;
}

/* The footer's blocks in the foot's type size, at width fr. */
static void
lay_foot_content(struct ctx *c, const struct doc_block *f, const char *lang,
    struct frame fr, struct cursor *cur)
{
	float saved = c->scale;
	bool saved_foot = c->in_foot;

	c->scale *= design.foot_size / design.body_size;
	c->in_foot = true;
	lay_box_content(c, f, lang, fr, cur);
	c->scale = saved;
	c->in_foot = saved_foot;
}

static struct frame
foot_frame(const struct ctx *c, const struct doc_block *f, struct frame fr,
    bool rtl)
{
	if (f->level > 0) {
		if (rtl)
			fr.x0 += design.number_w * c->scale;
		else
			fr.x1 -= design.number_w * c->scale;
	}
	return fr;
}

/* "n/N" at the outer end of the foot's first line. */
static void
page_number(struct ctx *c, size_t page, size_t npages, const char *lang,
    bool rtl, struct frame fr, float y)
{
	char num[48];
	struct doc_span s = { num, 0, NULL };
	struct para p = { 0 };
	struct cursor cur = { page, y };
	struct tstyle ts = { design.foot_size * c->scale, 0, design.text, 0 };
	struct frame nf = rtl ? (struct frame){ fr.x0, fr.x0 +
	    design.number_w * c->scale } : (struct frame){ fr.x1 -
	    design.number_w * c->scale, fr.x1 };
	struct layout_page *pg;

	snprintf(num, sizeof(num), "%zu/%zu", page + 1, npages);
	para_add_span(&p, &s, 0);
	lay_para(c, &p, lang, false, nf, &cur, &ts);
	para_free(&p);
	pg = page_at(c, page);
	if (!rtl && pg->nitems > 0 &&
	    pg->items[pg->nitems - 1].kind == LAYOUT_TEXT) {
		struct layout_text *t = &pg->items[pg->nitems - 1].u.text;
		float dx = nf.x1 - nf.x0 - t->width;

		t->x += dx;
		for (size_t i = 0; i < t->nglyphs; i++)
			t->glyphs[i].x += dx;
	}
}

/* The footer and page number on every page, below a thin rule; the
 * text area ended h points above the bottom margin. */
static void
lay_feet(struct ctx *c, const struct doc_block *f, const char *lang,
    struct frame fr)
{
	float bottom = c->bottom, gap = design.foot_gap * c->scale;
	bool rtl = block_rtl(c, f, lang);
	struct frame tf = foot_frame(c, f, fr, rtl);
	size_t i, n = c->L->npages;
	int outer = c->elem;

	/* Repeated on every page: pagination, an artifact in tagged PDF,
	 * not an element of the structure. */
	c->elem = -1;
	c->bottom = c->L->page_h;	/* the foot never breaks a page */
	for (i = 0; i < n; i++) {
		struct cursor cur = { i, bottom + gap };

		rect_add(c, i, page_at(c, i)->nitems, fr.x0, bottom + gap / 2,
		    fr.x1 - fr.x0, design.foot_rule, design.rule,
		    LAYOUT_NO_COLOR, 0);
		lay_foot_content(c, f, lang, tf, &cur);
		if (f->level > 0)
			page_number(c, i, n, lang, rtl, fr, bottom + gap);
	}
	c->bottom = bottom;
	c->elem = outer;
}

/* ---- the layout object ---- */

static void
layout_free_elems(struct layout *L)
{
	size_t i;

	for (i = 0; i < L->nelems; i++) {
		free(L->elems[i].lang);
		free(L->elems[i].alt);
	}
	free(L->elems);
	L->elems = NULL;
	L->nelems = L->ecap = 0;
}

static void
layout_free_pages(struct layout *L)
{
	size_t i, j;

	for (i = 0; i < L->npages; i++) {
		struct layout_page *p = &L->pages[i];

		for (j = 0; j < p->nitems; j++) {
			struct layout_item *it = &p->items[j];

			if (it->kind == LAYOUT_TEXT) {
				free(it->u.text.logical);
				free(it->u.text.glyphs);
			} else if (it->kind == LAYOUT_LINK)
				free(it->u.link.uri);
			else if (it->kind == LAYOUT_FIGURE)
				free(it->u.figure.alt);
			else if (it->kind == LAYOUT_WIDGET) {
				free(it->u.widget.name);
				free(it->u.widget.state);
				free(it->u.widget.label);
				free(it->u.widget.question);
			}
		}
		free(p->items);
	}
	free(L->pages);
	L->pages = NULL;
	L->npages = L->cap = 0;
}

/* One layout of d at the type scale "scale" (the page format's times the
 * document's), into L. */
static void
lay_doc(struct layout *L, const struct doc *d, struct font_set *fs,
    const struct layout_options *opt, float margin, float scale,
    struct diag_list *dl, bool *failed)
{
	struct ctx c = { 0 };
	struct cursor cur = { 0, 0 };
	struct frame fr;
	const struct doc_block *foot;

	c.scale = scale;
	c.L = L;
	c.fs = fs;
	c.dl = dl;
	c.graphics = -1;
	c.form = d->form;
	c.elem = elem_add(&c, LAYOUT_ROLE_DOCUMENT, L->lang, NULL);
	c.max_pages = opt != NULL ? opt->max_pages : 0;
	c.top = margin;
	c.block_top = -1;
	c.bottom = L->page_h - margin;
	cur.y = c.top;
	fr.x0 = margin;
	fr.x1 = L->page_w - margin;
	page_at(&c, 0);
	foot = footer_of(d->root);
	if (foot != NULL)
		c.bottom -= measure(&c, foot, L->lang, foot_frame(&c, foot, fr,
		    block_rtl(&c, foot, L->lang)), lay_foot_content) +
		    design.foot_gap * c.scale;
	lay_block(&c, d->root, L->lang, fr, &cur);
	if (foot != NULL && !c.failed)
		lay_feet(&c, foot, L->lang, fr);
	*failed = c.failed;
}

/* A document that should fit n pages (d->fit_pages: the notice, the
 * leaflet) is laid out again with smaller type, a step at a time down to
 * fit_min of its size, rather than leave a few lines on one more page;
 * when it still does not fit, or runs to more than one page too many (the
 * leaflet side by side), it is laid out as designed (issue 13, item 3).
 * Only the layout kept gives its diagnostics. */
static const float fit_step = 0.97f, fit_min = 0.86f;

struct layout *
layout_doc(const struct doc *d, struct font_set *fs,
    const struct layout_options *opt, struct diag_list *dl)
{
	struct layout *L = xcalloc(1, sizeof(*L));
	const struct page_format *pf = &page_formats[0];
	float scale, factor, margin;
	bool failed = false;
	/* Set side by side on narrow margins (the leaflet with an official
	 * language), a document is another design, fitted to its own page
	 * budget. */
	unsigned fit = d->fit_pages > 0 && d->narrow_margins && opt != NULL ?
	    opt->max_pages : d->fit_pages;
	size_t i;

	L->lang = xstrdup(d->lang ? d->lang : "en");
	for (i = 0; i < sizeof(page_formats) / sizeof(page_formats[0]); i++)
		if (page_formats[i].size == d->page_size)
			pf = &page_formats[i];
	L->page_w = pf->width;
	L->page_h = pf->height;
	margin = d->narrow_margins ? pf->narrow : pf->margin;
	scale = pf->scale;
	if (d->scale > 0 && d->scale < 1)
		scale *= d->scale;
	for (factor = 1;; factor = factor * fit_step > fit_min ?
	    factor * fit_step : fit_min) {
		struct diag_list tried = { 0 };
		bool fits;

		lay_doc(L, d, fs, opt, margin, scale * factor, &tried,
		    &failed);
		fits = fit == 0 || L->npages <= fit;
		/* More than one page too many: smaller type will not do. */
		if (factor == 1 && !fits && L->npages > fit + 1)
			fits = true;
		/* The last step is fit_min itself (the steps of 0.97 went
		 * from 0.885 to 0.859, under it, and stopped at 0.885). */
		if (failed || fits || factor <= fit_min) {
			if (!failed && !fits && factor < 1) {
				/* It does not fit: as designed. */
				layout_free_pages(L);
				layout_free_elems(L);
				lay_doc(L, d, fs, opt, margin, scale, dl,
				    &failed);
			} else
				diag_list_append(dl, &tried);
			diag_list_free(&tried);
			break;
		}
		diag_list_free(&tried);
		layout_free_pages(L);
		layout_free_elems(L);
	}
	if (failed) {
		layout_free(L);
		return NULL;
	}
	return L;
}

void
layout_free(struct layout *L)
{
	if (L == NULL)
		return;
	layout_free_pages(L);
	layout_free_elems(L);
	free(L->lang);
	free(L);
}

size_t
layout_page_count(const struct layout *L)
{
	return L->npages;
}

const struct layout_page *
layout_page_get(const struct layout *L, size_t i)
{
	return i < L->npages ? &L->pages[i] : NULL;
}

size_t
layout_elem_count(const struct layout *L)
{
	return L->nelems;
}

const struct layout_elem *
layout_elem_get(const struct layout *L, size_t i)
{
	return i < L->nelems ? &L->elems[i] : NULL;
}

const char *
layout_lang(const struct layout *L)
{
	return L->lang;
}

/* ---- the text dump ---- */

static long
tenths(float v)
{
	return lroundf(v * 10);
}

static void
dump_text(struct sbuf *out, const struct layout_text *t)
{
	size_t i, k;
	const struct font_face *last = NULL;
	float last_size = 0;
	char buf[8];

	sbuf_printf(out, "text x=%ld y=%ld w=%ld size=%ld %s fonts=",
	    tenths(t->x), tenths(t->y), tenths(t->width), tenths(t->size),
	    t->rtl ? "rtl" : "ltr");
	/* A run at another size than the line's (its script's optical
	 * size) says it: "NotoNaskhArabic-Regular@126". */
	for (i = 0; i < t->nglyphs; i++) {
		const struct layout_glyph *g = &t->glyphs[i];

		if (g->face == last && g->size == last_size)
			continue;
		if (last != NULL)
			sbuf_addc(out, ',');
		last = g->face;
		last_size = g->size;
		sbuf_add(out, last->name);
		if (tenths(g->size) != tenths(t->size))
			sbuf_printf(out, "@%ld", tenths(g->size));
	}
	sbuf_add(out, " \"");
	for (i = 0; i < t->nlogical; i++) {
		if (utf8_is_bidi_control(t->logical[i]))
			continue;
		k = utf8_put(buf, t->logical[i]);
		sbuf_addn(out, buf, k);
	}
	sbuf_add(out, "\"\n");
}

static void
dump_color(struct sbuf *out, const char *what, uint32_t c)
{
	if (c == LAYOUT_NO_COLOR)
		sbuf_printf(out, " %s=none", what);
	else
		sbuf_printf(out, " %s=#%06X", what, (unsigned)c);
}

static void
dump_widget(struct sbuf *out, const struct layout_widget *w)
{
	static const char *const kinds[] = { "text", "check", "radio" };

	sbuf_printf(out, "widget %s x=%ld y=%ld w=%ld h=%ld name=%s",
	    kinds[w->kind], tenths(w->x), tenths(w->y), tenths(w->w),
	    tenths(w->h), w->name);
	if (w->state != NULL)
		sbuf_printf(out, " state=%s", w->state);
	if (w->multiline)
		sbuf_add(out, " multiline");
	sbuf_printf(out, " label=\"%s\"", w->label);
	if (w->question != NULL)
		sbuf_printf(out, " question=\"%s\"", w->question);
	sbuf_addc(out, '\n');
}

char *
layout_dump(const struct layout *L)
{
	struct sbuf out = { 0 };
	size_t i, j;

	for (i = 0; i < L->npages; i++) {
		const struct layout_page *p = &L->pages[i];

		sbuf_printf(&out, "page %zu %ldx%ld lang=%s\n", i + 1,
		    tenths(p->width), tenths(p->height), L->lang);
		for (j = 0; j < p->nitems; j++) {
			const struct layout_item *it = &p->items[j];

			switch (it->kind) {
			case LAYOUT_TEXT:
				dump_text(&out, &it->u.text);
				break;
			case LAYOUT_RECT:
				sbuf_printf(&out, "rect x=%ld y=%ld w=%ld h=%ld",
				    tenths(it->u.rect.x), tenths(it->u.rect.y),
				    tenths(it->u.rect.w), tenths(it->u.rect.h));
				dump_color(&out, "fill", it->u.rect.fill);
				dump_color(&out, "stroke", it->u.rect.stroke);
				sbuf_addc(&out, '\n');
				break;
			case LAYOUT_LINK:
				sbuf_printf(&out, "link x=%ld y=%ld w=%ld h=%ld "
				    "uri=%s\n", tenths(it->u.link.x),
				    tenths(it->u.link.y), tenths(it->u.link.w),
				    tenths(it->u.link.h), it->u.link.uri);
				break;
			case LAYOUT_LINE:
				sbuf_printf(&out, "line x0=%ld y0=%ld x1=%ld "
				    "y1=%ld%s%s", tenths(it->u.line.x0),
				    tenths(it->u.line.y0), tenths(it->u.line.x1),
				    tenths(it->u.line.y1),
				    it->u.line.dashed ? " dashed" : "",
				    it->u.line.arrow ? " arrow" : "");
				dump_color(&out, "color", it->u.line.color);
				sbuf_addc(&out, '\n');
				break;
			case LAYOUT_FIGURE:
				sbuf_printf(&out, "figure x=%ld y=%ld w=%ld h=%ld "
				    "items=%zu alt=\"%s\"\n",
				    tenths(it->u.figure.x), tenths(it->u.figure.y),
				    tenths(it->u.figure.w), tenths(it->u.figure.h),
				    it->u.figure.nitems,
				    it->u.figure.alt ? it->u.figure.alt : "");
				break;
			case LAYOUT_WIDGET:
				dump_widget(&out, &it->u.widget);
				break;
			}
		}
	}
	return sbuf_detach(&out);
}
