/* font_int.h: the inside of a font face, shared by font.c, shape.c,
 * layout.c and pdf_out.c.  Nothing here is for template or CLI code. */
#ifndef THB_FONT_INT_H
#define THB_FONT_INT_H

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include "font.h"

struct font_face {
	char		*id;		/* "sans", from fonts.xml */
	char		*file;		/* "NotoSans-Regular.ttf" */
	char		*name;		/* "NotoSans-Regular" */
	char		*path;		/* found with paths_find(), once open */
	char		*bold_id, *italic_id;
	struct font_face *bold, *italic; /* NULL: none */
	bool		 is_bold;	/* some face's bold= names it */
	bool		 open;
	bool		 failed;	/* could not be opened: not tried
					   again, skipped by the chains */
	unsigned char	*data;		/* the whole file, mapped read-only */
	size_t		 size;
	FT_Face		 ft;		/* char size = units per em: one
					   26.6 unit = 1/64 font unit */
	hb_font_t	*hb;		/* for shaping, cached for the whole
					   process; scale = 64 * units per em,
					   so positions are 1/64 font unit */
	int		 upem;
	int		 ascender, descender;	/* font units, hhea */
	float		 scale;		/* its type size as a share of the
					   paragraph's: the optical size of its
					   script (fonts.xml size=, else that
					   of the face naming it bold or
					   italic, else 1) */
	float		 line_ascent, line_descent;	/* the line its
					   text needs, per em (fonts.xml
					   ascent=, descent=); 0: hhea's */
	uint32_t	*rev;		/* glyph id -> code point drawing it;
					   built on first use: use
					   font_face_code_point() */
	unsigned	 nglyphs;
};

/* Opens the face if not yet done; false (with a diagnostic) on failure. */
bool	font_face_open(struct font_set *, struct font_face *,
	    struct diag_list *);

/* The glyph that draws cp, 0 when none. */
unsigned font_face_glyph(const struct font_face *, uint32_t cp);

/* The unhinted advance of a glyph, in font units. */
int	font_face_advance(const struct font_face *, unsigned gid);

/* The code point that reaches glyph gid through the face's cmap (a real
 * character rather than a PUA one added by prepare-font.py, then the
 * lowest); 0 when none.  The reverse map is built on the first call. */
uint32_t font_face_code_point(struct font_face *, unsigned gid);

#endif
