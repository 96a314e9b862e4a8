/* pdf_out_int.h: the libharu 2.3.0 workarounds, exposed for the tests
 * that pin them (tests/engine/test_pdf_workarounds.c). */
#ifndef THB_PDF_OUT_INT_H
#define THB_PDF_OUT_INT_H

#include <hpdf.h>

#include "font_int.h"

/* libharu 2.3.0 embeds the components of a composite glyph only one
 * level deep and reads their glyph ids as signed 16-bit numbers: nested
 * composites (Arabic dots in Noto Naskh) and components with ids >= 32768
 * (ideographs such as 贩 and 的 in Droid Sans Fallback) are lost.  Mark
 * every component of every used glyph, recursively, with FreeType.
 * ft must be the face of the very font file loaded into libharu.
 * Returns the number of glyphs newly marked. */
int	pdf_mark_composite_components(HPDF_Font, FT_Face ft);

/* libharu 2.3.0 HPDF_Page_ShowText draws nothing when the string's width
 * is 0 (a lone mark): draw with a tiny character spacing then.
 * x, y: where; utf8: code points of the font; zero_width: the string's
 * advance in the font is 0. */
HPDF_STATUS pdf_text_out(HPDF_Page, float x, float y, const char *utf8,
	    bool zero_width);

#endif
