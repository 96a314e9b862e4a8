/* pdf_out.h: the PDF back end (stage 5), through libharu 2.3.0.
 *
 * Draws a layout (layout.h) as PDF: one font subset per face and
 * document (harfbuzz-subset), every glyph reached through its cmap code
 * point (PUA for shaped glyphs, see fonts/prepare-font.py), /ActualText
 * wherever the drawn code points differ from the text, so that text
 * extraction gives the logical text in every script.  Works around the
 * libharu 2.3.0 bugs of notes/libharu-and-fonts.md (composite glyphs,
 * zero-width strings) and writes the same bytes for the same input:
 * the creation date is SOURCE_DATE_EPOCH when it is set, absent
 * otherwise.
 *
 * Only this file and pdf_out.c include libharu.
 */
#ifndef THB_PDF_OUT_H
#define THB_PDF_OUT_H

#include <stdbool.h>
#include <stddef.h>

struct diag_list;
struct doc;
struct layout;

struct pdf_options {
	unsigned	 mode;		/* file mode; 0 = from the doc: 0600
					   for personal data, else 0666 less
					   the umask */
	bool		 uncompressed;	/* plain content streams (tests) */
	bool		 replace;	/* replace an existing file (--force);
					   otherwise it is left alone and is
					   an error (ERR_OUTPUT_EXISTS) */
};

/* The PDF in memory; NULL on failure (with a diagnostic).  *len gets its
 * size; the caller frees it. */
unsigned char	*pdf_render(const struct layout *, const struct doc *,
		    const struct pdf_options *, size_t *len,
		    struct diag_list *);

/* Render and write atomically through util_out_write() (util.h): the
 * file has its name only when complete; on failure no file is left
 * behind and an existing file at path is untouched.  path "-" is
 * standard output, refused for a document naming a person.  false on
 * failure (with a diagnostic). */
bool		 pdf_write(const struct layout *, const struct doc *,
		    const struct pdf_options *, const char *path,
		    struct diag_list *);

#endif
