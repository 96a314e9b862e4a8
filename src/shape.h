/* shape.h: one line (or paragraph) of text to positioned glyphs.
 *
 * Bidi (fribidi), Arabic-script joining and complex shaping (HarfBuzz,
 * one cached hb_font per face) for every script alike, so that
 * Latin marks, Pashto letters, Devanagari conjuncts and Thai marks all
 * come out right.  Works in points: the caller gives the paragraph's
 * size and each character's share of it (the optical size of its
 * script, fonts.xml size=).
 */
#ifndef THB_SHAPE_H
#define THB_SHAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct font_face;

struct shape_glyph {
	struct font_face *face;
	unsigned	  gid;
	size_t		  cluster;	/* index in the text of the first
					   character the glyph stands for */
	float		  advance;	/* points */
	float		  x_offset, y_offset;	/* points, from the pen */
	bool		  natural;	/* advance is the font's own and there
					   is no offset */
};

/* Shape text[0..len), where faces[i] draws text[i] at size times
 * scales[i] points (scales NULL: times its face's size=), in the given
 * base direction and language.  Returns the number of glyphs, in visual
 * order, in *out (caller frees); invisible characters give no glyph.
 * Keeps no state between calls: calls on faces of different font sets
 * may run at once; the faces of one font set are for one thread at a
 * time (font.h). */
size_t	shape_text(const uint32_t *text, size_t len,
	    struct font_face *const *faces, const float *scales, bool rtl,
	    const char *lang, float size, struct shape_glyph **out);

#endif
