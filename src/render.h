/* render.h: the one composition step: template + catalogue + variables ->
 * document tree (tmpl.h) -> layout (layout.h) -> PDF (pdf_out.h) or a dump.
 *
 * Every command (leaflet, language-card, report, letter, request, notice),
 * the fit check of check-translations and the web server render through
 * here, in-process; no other module calls the layout or the PDF back end.
 * Data comes from one owner (thb_data.h), read-only, so a process may
 * render many documents from one load.
 *
 *   render_doc()        a document tree built in code -> output
 *   render_template()   a template in a context -> tree -> output
 *   render_leaflet()    the leaflet, with its publication rules (publish.h)
 *   render_language_card()  the card, in the largest grid that fits
 *   render_pocket_card()    eight cards to cut out: a neutral line and
 *                       the phone numbers, naming no trafficking
 *   render_official()   report, letters, requests, notice from a case
 *
 * Output (struct render_dest): a PDF in memory, a PDF written atomically
 * to a file (no file left behind on failure; mode 0600 when the document
 * names a person), the document tree's dump or the layout's dump as
 * text, or only the layout (RENDER_MEASURE: pages and overflow, for
 * checks).  Nothing is printed: every problem goes to the diag list.
 *
 * Ownership: the caller owns the struct render_out; its members are
 * allocated by the render call and released by render_out_free() (which
 * leaves it zeroed, ready for the next call).  No render call keeps a
 * pointer into its arguments.  See thb_data.h for what may be shared
 * between threads: render calls on one owner are made one at a time.
 */
#ifndef THB_RENDER_H
#define THB_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "official.h"

struct diag_list;
struct doc;
struct case_file;
struct thb_data;
struct tmpl_context;

enum render_format {
	RENDER_PDF,		/* PDF bytes (data) or file (path) */
	RENDER_TREE,		/* doc_dump() text in data */
	RENDER_LAYOUT,		/* layout_dump() text in data */
	RENDER_MEASURE		/* lay out only: pages, overflow_text */
};

struct render_dest {
	enum render_format format;
	/* RENDER_PDF: write the PDF here, atomically; NULL: keep it in
	 * memory (render_out.data). */
	const char	*path;
	bool		 replace;	/* replace an existing file (--force);
					   otherwise ERR_OUTPUT_EXISTS */
};

struct render_out {
	unsigned char	*data;		/* PDF bytes, or a NUL-terminated
					   dump; NULL when written to a file
					   or nothing was made */
	size_t		 len;		/* of data, without the NUL */
	size_t		 pages;		/* laid out (0 for RENDER_TREE) */
	bool		 personal_data;	/* the document names a person */
	/* RENDER_MEASURE, when the text runs past the page budget: the
	 * first line of text (two characters or more, bidi controls and
	 * trailing spaces left out) of the first page too many; else
	 * NULL. */
	char		*overflow_text;
};

void	render_out_free(struct render_out *);

/* Lay out doc within max_pages (0: no limit) and make the output.  true
 * when the output was made and no error was reported during the call
 * (an overflow is an error: nothing is written then). */
bool	render_doc(struct thb_data *, const struct doc *, unsigned max_pages,
	    const struct render_dest *, struct render_out *,
	    struct diag_list *);

/* Build the template (relpath as for thb_data_template()) in ctx and
 * render it; ctx->centres is filled from the owner when NULL.
 * personal_data marks the document as naming a person. */
bool	render_template(struct thb_data *, const char *relpath,
	    const struct tmpl_context *, bool personal_data,
	    unsigned max_pages, const struct render_dest *,
	    struct render_out *, struct diag_list *);

/* The leaflet of point 5 of the directives. */
struct render_leaflet_opts {
	const char	*lang;		/* the person's language, a code of
					   the languages table */
	const char	*with;		/* fr, nl or de side by side, or NULL */
	const char	*region;	/* flanders, brussels, wallonia, or
					   NULL */
	bool		 allow_incomplete;	/* print with strings in
						   English, and say so */
	bool		 skip_incomplete;	/* a warning, not an error, for
						   an incomplete language
						   (--all) */
	const char	*po_dir;	/* to name po/LL.po lines of missing
					   strings, or NULL */
};

/* Load what the leaflet needs (languages, template, centres, and the
 * fonts unless RENDER_TREE), in that order; false (and diagnostics) when
 * something is missing.  render_leaflet() calls it too. */
bool	render_leaflet_ready(struct thb_data *, const struct render_dest *,
	    struct diag_list *);

bool	render_leaflet(struct thb_data *, const struct render_leaflet_opts *,
	    const struct render_dest *, struct render_out *,
	    struct diag_list *);

/* The pocket card (templates/pocket-card.xml): one A4 sheet of eight
 * cards of 85 x 55 mm, in the person's language and in French, the
 * region's centre first.  A string the catalogue lacks is printed in
 * English with a warning (the French line is always there). */
struct render_pocket_card_opts {
	const char	*lang;		/* a code of the languages table */
	const char	*region;	/* flanders, brussels, wallonia, or
					   NULL */
	bool		 allow_incomplete;	/* print a language that lacks
						   a line, in English there */
	const char	*po_dir;	/* name the lines of po_dir/LL.po in
					   messages about missing strings, or
					   NULL */
};

bool	render_pocket_card(struct thb_data *,
	    const struct render_pocket_card_opts *, const struct render_dest *,
	    struct render_out *, struct diag_list *);

/* The language card: one A4 page, every language of the table. */
bool	render_language_card(struct thb_data *, const struct render_dest *,
	    struct render_out *, struct diag_list *);

/* An official document.  c: the case (NULL for the blank report);
 * person_lang: the notice's reader (--lang), or NULL for the case's. */
struct render_official_opts {
	const struct official_request *req;
	const struct case_file *c;
	const char	*person_lang;
	/* The notice: write a column whose language lacks some of its
	 * strings, in English with a warning each (the leaflet's rule,
	 * publish_notice_allowed()). */
	bool		 allow_incomplete;
};

/* Load what the document of this kind needs (template, districts,
 * languages, centres, and the fonts unless RENDER_TREE); false (and
 * diagnostics) when something is missing.  A command calls it before
 * reading the case, so that a broken installation is reported first;
 * render_official() calls it again (at no cost once loaded). */
bool	render_official_ready(struct thb_data *, enum official_kind,
	    const struct render_dest *, struct diag_list *);

bool	render_official(struct thb_data *, const struct render_official_opts *,
	    const struct render_dest *, struct render_out *,
	    struct diag_list *);

#endif
