/* pdf_out_int.h: the inside of the PDF back end, exposed for the tests
 * that pin it (tests/engine/test_engine.c). */
#ifndef THB_PDF_OUT_INT_H
#define THB_PDF_OUT_INT_H

#include <hb.h>
#include <hb-subset.h>
#include <stdbool.h>
#include <stddef.h>

#include <hpdf.h>

#include "font_int.h"

/* The face cut down to the glyphs gids (face glyph ids) and the code
 * points cps, with every component of every composite glyph, at any depth
 * and any glyph id (libharu 2.3.0 lost nested components, the dots of
 * Noto Naskh Arabic, and those with ids >= 32768, parts of ideographs
 * such as 贩 in Droid Sans Fallback).  new_gid gets the map from the
 * face's glyph ids to the subset's for the glyphs of gids, and *nglyphs
 * the number of glyphs in the subset.  NULL on failure; the caller
 * destroys the blob. */
hb_blob_t *pdf_subset_face(const struct font_face *, hb_set_t *gids,
	    hb_set_t *cps, hb_map_t *new_gid, unsigned *nglyphs);

/* The document's objects as one PDF file (pdf_out_file.c): streams as
 * libharu writes them, every other object in one object stream, a
 * cross-reference stream and a file /ID from the bytes; deflated unless
 * compress is false.  *len gets the size; the caller frees the result. */
unsigned char *pdf_out_file_write(HPDF_Doc, bool compress, size_t *len);

/* A new dictionary registered in the document's cross-reference table,
 * and a new stream holding len bytes of data, deflated when compress is
 * true and there are bytes (pdf_out.c, pdf_form.c).  NULL on failure. */
HPDF_Dict pdf_new_dict(HPDF_Doc);
HPDF_Dict pdf_new_stream(HPDF_Doc, bool compress, const void *data,
	    size_t len);

#endif
