/* card_grid.h: the language card's content and its grid.
 *
 * One A4 page for a person who cannot say which language they read: for
 * every language of data/languages.xml, the instruction "Point to the
 * language you read" of templates/language-card.xml in that language and
 * its script, large, in a grid, with the language's own name and its code
 * small beneath it for the officer (issue 13, item 7).  A language whose
 * catalogue lacks the instruction shows the sentence "I read this
 * language."; one that lacks both, its own name.  Each cell carries its
 * language, so right-to-left languages are set right to left in their
 * cell.  No command line is printed for the officer.
 *
 * The grids are tried largest type first (fewer, larger cells are easier
 * to read and to point at); the first whose card fits one page is kept,
 * and the space it leaves at the foot of the page is shared out under
 * the rows.  Whether a card fits is the caller's to say (render.c lays it
 * out): this module knows no layout.
 */
#ifndef THB_CARD_GRID_H
#define THB_CARD_GRID_H

#include <stdbool.h>
#include <stddef.h>

struct diag_list;
struct doc;
struct languages_info;
struct thb_data;

#define CARD_GRID_TEMPLATE	"templates/language-card.xml"
#define CARD_GRID_PAGES	1

/* Does the card fit?  Lays it out (keeping what it needs in arg), reports
 * into tries and sets *pages. */
typedef bool (*card_grid_fits_fn)(void *arg, const struct doc *, size_t *pages,
    struct diag_list *tries);

/* The instruction of language l's cell ("Point to the language you read"
 * in l, else "I read this language." in l), as the PDF card prints it and
 * the web's card shows it; NULL when l's catalogue has neither.  Points
 * into d's template or catalogue (valid as long as d). */
const char	*card_grid_instruction(struct thb_data *,
		    const struct languages_info *, struct diag_list *);

/* The card in the first grid, as built (for the tree dump).  NULL (and a
 * diagnostic) when the languages or the card template cannot be loaded.
 * Caller frees (doc_free). */
struct doc	*card_grid_first(struct thb_data *, struct diag_list *);

/* The card in the first grid that fits, or, when none does, in the last
 * one, with the reasons (ERR_CARD_OVERFLOW) in diags.  NULL when the data
 * cannot be loaded.  Caller frees. */
struct doc	*card_grid_fit(struct thb_data *, card_grid_fits_fn, void *arg,
		    struct diag_list *);

#endif
