/* tmpl_frag.h: the one reader of template strings and their translations.
 *
 * A template string (a msgid) and its translation (a msgstr) are
 * fragments of inline markup: text with <em>, <strong>, <phone>NUMBER</phone>
 * and <var name="..."/>.  The template engine (tmpl_build.c) reads a
 * translation to draw it; check-translations (check_po.c) reads it to
 * judge it.  Both read it here, so that what one refuses the other
 * refuses too: a translation that is not well-formed, uses another
 * element, puts an attribute on <em>, <strong> or <phone>, writes a <var>
 * otherwise than <var name="..."/>, or puts markup inside <phone> (the
 * number must reach the page, and the tel: link, as one plain string).
 *
 * Ownership: tmpl_frag_read() fills a struct whose members it allocates;
 * tmpl_frag_free() releases them.
 */
#ifndef THB_TMPL_FRAG_H
#define THB_TMPL_FRAG_H

#include <stdbool.h>

struct _xmlDoc;

struct tmpl_frag {
	/* The fragment as the content of a root element; NULL when it is
	 * not well-formed. */
	struct _xmlDoc	*doc;
	char		*error;		/* why it cannot be used; NULL: it can */
	char		*text;		/* the text drawn, markup left out */
	/* Sorted lines, so that word order may change: */
	char		*markup;	/* "<em>", "<strong>", "<phone>N</phone>" */
	char		*vars;		/* "<var name=\"X\"/>" */
	char		*fixed;		/* what a translation must keep as it
					   is: "phone N", "var X" */
};

/* Read a fragment.  false when it cannot be used (f->error says why; the
 * other members are filled as far as it was read). */
bool	tmpl_frag_read(const char *fragment, struct tmpl_frag *f);
void	tmpl_frag_free(struct tmpl_frag *);

#endif
