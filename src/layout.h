/* layout.h: a document tree (doc_tree.h) laid out into pages of positioned
 * glyphs, lines and boxes (stage 4 of the pipeline).
 *
 * Layout never includes libharu: the PDF back end (pdf_out.h) and the
 * text dump below both read the same read-only result.  Line breaking is
 * UAX #14 (libunibreak) plus a dictionary for Thai (libthai); each
 * character is drawn with the first face of its language's chain that has
 * it (font.h); shaping, bidi and joining come from shape.h.  Text is
 * ragged: left-aligned in left-to-right blocks, right-aligned in
 * right-to-left ones.  Nothing is ever cut: text that does not fit its
 * page budget is an error naming the language and the string.
 *
 * Coordinates are PDF points, origin at the bottom left of the page.
 *
 * Ownership: a struct layout owns everything reachable from it, freed by
 * layout_free().  It points into the font set, which must outlive it; it
 * does not point into the doc.
 */
#ifndef THB_LAYOUT_H
#define THB_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct diag_list;
struct doc;
struct font_face;
struct font_set;

#define LAYOUT_NO_COLOR	0xFFFFFFFFu

struct layout_glyph {
	struct font_face *face;
	unsigned	 gid;
	uint32_t	 cp;		/* the code point that reaches the glyph
					   in the face's cmap (may be PUA) */
	float		 x, y;		/* where the glyph is drawn (offsets
					   included) */
	float		 advance;
	float		 size;		/* its type size: the line's times its
					   face's size= (fonts.xml) */
	bool		 natural;	/* may share one string with its
					   natural neighbours */
	bool		 moved;		/* drawn off the pen (a GPOS offset:
					   a placed mark), not just kerned */
	bool		 fake_bold;	/* strong text in a face with no bold */
	uint32_t	 cluster;	/* its characters: logical[cluster ..
					   cluster + cluster_len) */
	uint32_t	 cluster_len;
};

/* One line of text. */
struct layout_text {
	float		 x, y;		/* left end of the baseline */
	float		 width, size;	/* size: the paragraph's type size */
	bool		 rtl;
	uint32_t	 color;		/* 0xRRGGBB */
	const char	*lang;
	uint32_t	*logical;	/* the line's characters, logical order */
	size_t		 nlogical;
	struct layout_glyph *glyphs;	/* visual order */
	size_t		 nglyphs;
};

struct layout_rect {
	float		 x, y, w, h;	/* (x, y): bottom left corner */
	uint32_t	 fill, stroke;	/* LAYOUT_NO_COLOR: none */
	float		 line_width;
};

struct layout_link {
	float		 x, y, w, h;
	char		*uri;
};

/* A straight line (a timeline's arrows and dashed frames). */
struct layout_line {
	float		 x0, y0, x1, y1;
	uint32_t	 color;
	float		 width;
	bool		 dashed;	/* 3 pt on, 2 pt off */
	bool		 arrow;		/* a filled head at (x1, y1) */
};

/* A figure (a timeline): the next nitems items of the page draw it;
 * alt says it in words, for the PDF's alternate text.  The figure's own
 * text items are its labels, readable too. */
struct layout_figure {
	float		 x, y, w, h;
	char		*alt;		/* UTF-8, or NULL */
	size_t		 nitems;
};

/* A field of a form filled on screen (doc.form: the blank report), over
 * the box, the line or the box to tick that the page draws for it: the
 * PDF back end makes it an AcroForm widget (pdf_form.c).  Widgets of one
 * name are one field (a radio group; a line repeated at the foot of
 * every page). */
enum layout_widget_kind {
	LAYOUT_WIDGET_TEXT,	/* to type in */
	LAYOUT_WIDGET_CHECK,	/* a check box of its own */
	LAYOUT_WIDGET_RADIO	/* one choice of a question */
};

struct layout_widget {
	enum layout_widget_kind kind;
	float		 x, y, w, h;	/* (x, y): bottom left corner */
	char		*name;		/* the field's name (a radio group's
					   for a choice of one) */
	char		*state;		/* LAYOUT_WIDGET_RADIO: the choice's
					   name (its value); else NULL */
	char		*label;		/* what it is, in words (UTF-8): the
					   field's label, the choice's text */
	char		*question;	/* LAYOUT_WIDGET_RADIO: the question
					   in words, or NULL */
	bool		 multiline;	/* room for several lines of text */
	float		 size;		/* type size of what is typed */
	uint32_t	 color;		/* of typed text, of a tick */
	struct font_face *face;		/* the face typed text is drawn in */
};

enum layout_item_kind { LAYOUT_TEXT, LAYOUT_RECT, LAYOUT_LINK, LAYOUT_LINE,
	LAYOUT_FIGURE, LAYOUT_WIDGET };

/* The logical structure, for tagged PDF: what each element is, whatever
 * the template called it.  Containers hold elements only; text belongs
 * to the leaves (headings, paragraphs, labels, figures). */
enum layout_role {
	LAYOUT_ROLE_DOCUMENT,
	LAYOUT_ROLE_H1,		/* the document's title */
	LAYOUT_ROLE_H2,		/* a section heading */
	LAYOUT_ROLE_H3,		/* a subsection heading */
	LAYOUT_ROLE_P,
	LAYOUT_ROLE_L,		/* a list */
	LAYOUT_ROLE_LI,		/* an item: LBL then LBODY */
	LAYOUT_ROLE_LBL,	/* its bullet */
	LAYOUT_ROLE_LBODY,
	LAYOUT_ROLE_TABLE,
	LAYOUT_ROLE_TR,
	LAYOUT_ROLE_TD,
	LAYOUT_ROLE_TH,		/* a row's header: its first cell */
	LAYOUT_ROLE_DIV,	/* a box, a field, a set of cards */
	LAYOUT_ROLE_SECT,	/* a column of a side-by-side page */
	LAYOUT_ROLE_FIGURE,	/* a drawing with its alternate text */
	LAYOUT_ROLE_FORM	/* a form field's widget (PDF/UA-1 7.18.4),
				   next to its label */
};

struct layout_elem {
	enum layout_role role;
	int		 parent;	/* index of the parent; -1: the root */
	char		*lang;		/* BCP 47 where its language is not
					   its parent's, else NULL */
	char		*alt;		/* LAYOUT_ROLE_FIGURE: the figure in
					   words, or NULL */
};

struct layout_item {
	enum layout_item_kind kind;
	int		 elem;		/* the structure element it shows
					   (layout_elem_get()); -1: page
					   furniture (rules, frames, repeated
					   copies), an artifact */
	union {
		struct layout_text text;
		struct layout_rect rect;
		struct layout_link link;
		struct layout_line line;
		struct layout_figure figure;
		struct layout_widget widget;
	} u;
};

struct layout_page {
	float		 width, height;
	struct layout_item *items;	/* in drawing order */
	size_t		 nitems, cap;
};

struct layout_options {
	unsigned	 max_pages;	/* the page budget; 0: no limit */
};

/* Lay out the document.  Returns NULL only on a system failure (fonts
 * that cannot be opened); an overflow gives a layout *and* an error in
 * the diag list: check diag_list_errors() before writing it. */
struct layout	*layout_doc(const struct doc *, struct font_set *,
		    const struct layout_options *, struct diag_list *);
void		 layout_free(struct layout *);

size_t		 layout_page_count(const struct layout *);
const struct layout_page *layout_page_get(const struct layout *, size_t);

/* The structure elements, parents before their children, siblings in
 * reading order; element 0 is the document. */
size_t		 layout_elem_count(const struct layout *);
const struct layout_elem *layout_elem_get(const struct layout *, size_t);

/* The document metadata the back end needs, copied from the doc. */
const char	*layout_lang(const struct layout *);

/* A text dump for golden tests: one line per page, rectangle and line
 * of text, with positions (1/10 pt), fonts and the text in logical order.
 * Caller frees. */
char		*layout_dump(const struct layout *);

#endif
