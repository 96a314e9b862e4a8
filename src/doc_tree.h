/* doc_tree.h: the document tree between templates and layout (stage 3 -> 4).
 *
 * The template engine (tmpl_*.c) builds a struct doc from a template, the
 * translations and the case; the layout engine (layout*.c) reads it as
 * const and never changes it.  Text is UTF-8, already translated, in
 * logical order; layout does bidi, shaping and line breaking.
 *
 * Ownership: one owner.  doc_new() creates a document whose blocks and
 * strings all belong to it; doc_free() releases everything at once.
 * Pointers into a doc stay valid until doc_free().
 */
#ifndef THB_DOC_TREE_H
#define THB_DOC_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum doc_block_kind {
	DOC_ROOT,	/* the document itself; children are its blocks */
	DOC_TITLE,	/* the document's title, once, at the top */
	DOC_HEADING,	/* section heading; level 1 (section) or 2 (subsection) */
	DOC_PARAGRAPH,
	DOC_LIST,	/* children: DOC_ITEM */
	DOC_ITEM,	/* a list item: spans, or children blocks */
	DOC_BOX,	/* framed box; style says which (see below) */
	DOC_COLUMNS,	/* side by side; children: DOC_COLUMN; level 1:
			   a pair, the same text in two languages (lang
			   set on each column), started level */
	DOC_COLUMN,
	DOC_TABLE,	/* children: DOC_ROW; children of a row: DOC_CELL */
	DOC_ROW,
	DOC_CELL,
	DOC_FIELD,	/* form field: spans are the label; value or a blank box */
	DOC_SPACE,	/* vertical space, level = points */
	DOC_PAGE_BREAK,
	DOC_TIMELINE,	/* steps side by side, joined by arrows, in reading
			   order (right to left in a right-to-left
			   language); alt: the whole in words, for the PDF's
			   alternate text; children: DOC_STEP */
	DOC_STEP,	/* spans: the label; style "optional": a step that
			   may not happen (drawn dashed) */
	DOC_CARDS,	/* level copies of its children, each on a card of
			   85 x 55 mm, side by side, with crop marks */
	DOC_WINDOW,	/* two DOC_COLUMNs: the first flows at the left,
			   the second is placed in the address window of
			   a window envelope (layout.c says which) */
	DOC_KEEP,	/* its children stay on one page (unless taller
			   than a page) */
	DOC_FOOTER,	/* child of the root: its blocks are repeated at
			   the foot of every page; level 1: with the page
			   number "n/N" */
	DOC_CHOICE	/* a list item marked by a check box to tick by
			   hand instead of a bullet (a form's choices) */
};

/* Inline styles, OR-ed. */
enum doc_span_style {
	SPAN_PLAIN = 0,
	SPAN_EMPHASIS = 1 << 0,	/* <em> */
	SPAN_STRONG = 1 << 1,	/* <strong> */
	SPAN_USER_DATA = 1 << 2,	/* from a case file: laid out as an isolated
				   run (bidi isolate), bidi controls
				   neutralised, never shaped with its
				   neighbours */
	SPAN_NOBREAK = 1 << 3	/* a phone number, a reference: no line break
				   inside */
};

enum doc_dir {
	DOC_DIR_AUTO = 0,	/* from the block's language */
	DOC_DIR_LTR,
	DOC_DIR_RTL
};

struct doc_span {
	char		*text;		/* UTF-8, logical order */
	unsigned	 style;		/* enum doc_span_style, OR-ed */
	const char	*link;		/* e.g. "tel:+3225116464", or NULL */
};

/* How a framed block (a box, a timeline's step) and a timeline's arrows
 * look, resolved from the template's style by the template module
 * (tmpl_look()): the layout draws it and knows no style names. */
struct doc_look {
	uint32_t	 fill, stroke;	/* 0xRRGGBB */
	bool		 dashed;	/* a dashed frame on white: a step
					   that may not happen */
};

struct doc_block {
	enum doc_block_kind kind;
	int		 level;		/* heading level, space in points */
	const char	*lang;		/* BCP 47 of its text; NULL = inherit */
	enum doc_dir	 dir;
	const char	*style;		/* the template's style name, for
					   the dump; NULL = default */
	bool		 fine_print;	/* DOC_PARAGRAPH: in the small type
					   of the layout's style table (the
					   template's style "small": a legal
					   basis, a letterhead's lines) */
	const struct doc_look *look;	/* DOC_BOX, DOC_TIMELINE, DOC_STEP:
					   how it looks (static, not the
					   doc's); NULL: no frame, no fill */
	const char	*name;		/* DOC_FIELD: its name; DOC_CHOICE: the
					   choice's name; DOC_LIST of choices:
					   the question's name when one choice
					   is asked (a radio group), NULL when
					   each is a check box of its own; or
					   NULL */
	int		 height;	/* DOC_FIELD: the box's height in
					   points; 0: the layout's usual */
	int		 rules;		/* DOC_FIELD: that many ruled lines to
					   write on instead of a box; 0: a
					   box */
	int		 width;		/* DOC_FIELD: the box's or the
					   lines' width in points; 0: the
					   whole column */
	bool		 inline_rule;	/* DOC_FIELD: one line to write on,
					   beside the label, to the width */
	bool		 signature;	/* DOC_FIELD: a box to sign, not to
					   write in */
	const char	*alt;		/* DOC_TIMELINE: alternate text;
					   DOC_LIST of choices with a name:
					   the question in words (the
					   heading above it); or NULL */
	struct doc_span	*spans;
	size_t		 nspans;
	struct doc_block **children;
	size_t		 nchildren;
};

enum doc_page_size { DOC_A4, DOC_A5 };

struct doc {
	struct doc_block *root;		/* kind DOC_ROOT */
	const char	*lang;		/* main language, BCP 47 */
	const char	*title;		/* PDF metadata, in the main language */
	const char	*subject;
	const char	*author;
	enum doc_page_size page_size;
	float		 scale;		/* type size and spacing factor;
					   0 or 1: as designed */
	unsigned	 fit_pages;	/* laid out to fit that many pages,
					   the type made smaller if need be
					   (layout.c says how far); 0: as
					   many as it takes */
	bool		 personal_data;	/* carries a person's data: mode 0600 */
	bool		 form;		/* its fields and choices are also a
					   PDF form to fill on screen (the
					   blank report): layout.h's widgets */
	bool		 narrow_margins;	/* the page's narrow margins
					   (layout.c's table): two languages
					   side by side that need the width */
	struct doc_arena *arena;	/* private: owns all memory */
};

struct doc	*doc_new(const char *lang);
void		 doc_free(struct doc *);

/* Copy a string into the document's memory. */
const char	*doc_strdup(struct doc *, const char *);

/* Append a child block to parent and return it. */
struct doc_block *doc_block_add(struct doc *, struct doc_block *parent,
		    enum doc_block_kind);

/* Append a span of text (copied) to a block. */
struct doc_span	*doc_span_add(struct doc *, struct doc_block *,
		    const char *text, unsigned style);

/* A dump of the tree, one line per block or span, for golden tests. */
char		*doc_dump(const struct doc *);	/* caller frees */

#endif
