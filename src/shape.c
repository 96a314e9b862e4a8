/* shape.c: shaping through libraqm (fribidi + HarfBuzz + FreeType). */
#include <config.h>

#include <stdlib.h>

#include <raqm.h>

#include "font_int.h"
#include "shape.h"
#include "util.h"

size_t
shape_text(const uint32_t *text, size_t len, struct font_face *const *faces,
    bool rtl, const char *lang, float size, struct shape_glyph **out)
{
	raqm_t *rq;
	raqm_glyph_t *g;
	size_t n = 0, i, start;
	struct shape_glyph *v;

	*out = NULL;
	if (len == 0)
		return 0;
	rq = raqm_create();
	if (rq == NULL)
		return 0;
	if (!raqm_set_text(rq, text, len) ||
	    !raqm_set_par_direction(rq, rtl ? RAQM_DIRECTION_RTL :
	    RAQM_DIRECTION_LTR) ||
	    (lang != NULL && !raqm_set_language(rq, lang, 0, len)) ||
	    !raqm_set_freetype_load_flags(rq, FT_LOAD_NO_HINTING) ||
	    !raqm_set_invisible_glyph(rq, -1))
		goto done;
	for (start = 0, i = 1; i <= len; i++) {
		if (i < len && faces[i] == faces[start])
			continue;
		if (!raqm_set_freetype_face_range(rq, faces[start]->ft, start,
		    i - start))
			goto done;
		start = i;
	}
	if (!raqm_layout(rq))
		goto done;
	g = raqm_get_glyphs(rq, &n);
	if (g == NULL) {
		n = 0;
		goto done;
	}
	v = xcalloc(n ? n : 1, sizeof(*v));
	for (i = 0; i < n; i++) {
		struct font_face *f = NULL;
		float k;
		size_t c = g[i].cluster < len ? g[i].cluster : len - 1;

		/* raqm hands back the FT_Face; the text's face array knows
		 * ours (a cluster never mixes faces). */
		f = faces[c];
		if (f->ft != g[i].ftface) {
			size_t j;

			for (j = 0; j < len; j++)
				if (faces[j]->ft == g[i].ftface) {
					f = faces[j];
					break;
				}
		}
		k = size / (float)f->upem / 64.0f;
		v[i].face = f;
		v[i].gid = g[i].index;
		v[i].cluster = c;
		v[i].advance = (float)g[i].x_advance * k;
		v[i].x_offset = (float)g[i].x_offset * k;
		v[i].y_offset = (float)g[i].y_offset * k;
		v[i].natural = g[i].x_offset == 0 && g[i].y_offset == 0 &&
		    g[i].x_advance == font_face_advance(f, g[i].index) * 64;
	}
	*out = v;
done:
	raqm_destroy(rq);
	return *out != NULL ? n : 0;
}
