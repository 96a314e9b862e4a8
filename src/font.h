/* font.h: the fonts thbdoc draws with, and which language uses which.
 *
 * A font set reads fonts/fonts.xml (found with paths_find()) once per
 * process; the prepared font files it names (data/fonts/, made at build
 * time by fonts/prepare-font.py) are opened lazily, the first time a
 * language needs them, and stay cached with their parsed tables until
 * font_set_free().  Layout and the PDF back end share one font set; it is
 * not thread-safe.
 *
 * Ownership: the font set owns every face and chain it hands out.
 */
#ifndef THB_FONT_H
#define THB_FONT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct diag_list;
struct font_set;
struct font_face;

/* The faces of a language, primary first: a character is drawn with the
 * first face that has it. */
struct font_chain {
	const char	 *lang;		/* the <lang code> that matched */
	bool		  rtl;		/* base direction of the language */
	size_t		  nfaces;
	struct font_face *faces[8];
};

/* NULL on failure, with a diagnostic. */
struct font_set	*font_set_load(struct diag_list *);
void		 font_set_free(struct font_set *);

/* The chain for a BCP 47 tag ("ar", "zh-Hans", "pt-BR"): exact code, then
 * its primary subtag, then "*".  Opens the faces on first use; NULL (with a
 * diagnostic) when a font file cannot be opened. */
const struct font_chain *font_set_chain(struct font_set *, const char *lang,
		    struct diag_list *);

/* The face that draws cp in this chain, bold or italic as asked; NULL
 * when no face of the chain has it. */
struct font_face *font_chain_face_for(const struct font_chain *, uint32_t cp,
		    unsigned style);

/* Coverage: the characters of utf8 that no face of lang's chain has.
 * Writes at most max of them to missing[] and returns how many there are
 * in all (0: everything can be drawn). */
size_t		 font_set_missing(struct font_set *, const char *lang,
		    const char *utf8, uint32_t *missing, size_t max,
		    struct diag_list *);

/* A person's field (field: "<name>") for a document in lang: true when
 * every character can be drawn; else false and ERR_CASE_FIELD_NO_FONT,
 * which names the field and the Unicode block, never the character. */
bool		 font_set_check_field(struct font_set *, const char *lang,
		    const char *file, const char *field, const char *text,
		    struct diag_list *);
/* The name of cp's Unicode block ("Georgian", "Hangul Syllables"). */
const char	*font_blocks_name(uint32_t cp);

/* The face's name, e.g. "NotoSans-Regular" (for dumps and the PDF). */
const char	*font_face_name(const struct font_face *);

/* Must strong text in this face be emboldened by drawing (a stroke)?
 * When the face is not bold itself (no <face bold=> of fonts.xml names
 * it) and has no bold face of its own. */
bool		 font_face_synthetic_bold(const struct font_face *);

#endif
