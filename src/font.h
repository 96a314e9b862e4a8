/* font.h: the fonts thbdoc draws with, and which language uses which.
 *
 * A font set reads fonts/fonts.xml (found with paths_find()) once per
 * process; the prepared font files it names (data/fonts/, made at build
 * time by fonts/prepare-font.py) are opened lazily: a language's first
 * face when its chain is first asked for, every other face the first
 * time a character needs it (a French leaflet opens Noto Sans alone, not
 * the thirty faces for names in other scripts).  They stay cached with
 * their parsed tables until font_set_free().  Layout and the PDF back
 * end share one font set; it is not thread-safe: one render at a time
 * per font set (a server keeps one per data owner).
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

/* The faces of a language, primary first, then those of the "*" chain
 * it does not name: a character is drawn with the first face that has
 * it.  As many faces as fonts.xml gives (fonts.xsd: at most 128). */
struct font_chain {
	const char	 *lang;		/* the <lang code> that matched */
	bool		  rtl;		/* base direction of the language */
	size_t		  nfaces;
	struct font_face **faces;	/* only faces[0] is sure to be open */
	struct font_set	 *fs;		/* opens the others when needed */
	/* The line of a paragraph in this language, above and below the
	 * baseline, as a share of the paragraph's type size: the higher
	 * and lower of the lines of its first face (the language's script)
	 * and of the first face of "*" (Latin, which every paragraph has:
	 * digits, punctuation), each at its size= (fonts.xml).  A line's
	 * spacing comes from its paragraph, never from the faces that
	 * happen to be on it: a word in another script keeps to the line
	 * (fonts.xml says why it fits). */
	float		  ascent, descent;
};

/* NULL on failure, with a diagnostic. */
struct font_set	*font_set_load(struct diag_list *);
void		 font_set_free(struct font_set *);

/* The chain for a BCP 47 tag ("ar", "zh-Hans", "pt-BR"): exact code, then
 * its primary subtag, then "*".  Opens its first face on first use; NULL
 * (with a diagnostic) when a font file is missing or the first face
 * cannot be opened. */
const struct font_chain *font_set_chain(struct font_set *, const char *lang,
		    struct diag_list *);

/* Opens every face now (a server before its first request, a check of
 * the installation); false with a diagnostic per face that fails. */
bool		 font_set_open_all(struct font_set *, struct diag_list *);

/* The face that draws cp in this chain, bold or italic as asked; NULL
 * when no face of the chain has it.  Opens the faces it must look in. */
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
