/* shape.c: bidi (fribidi) and shaping (HarfBuzz), with the fonts cached.
 *
 * The embedding levels (UAX #9 with brackets and isolates) come from
 * ICU's ubidi, the character types from fribidi: fribidi 1.0.8's
 * fribidi_get_par_embedding_levels_ex() writes through an unchecked
 * malloc() when it pairs brackets (pairing_nodes_push() in
 * fribidi-bidi.c, unchanged upstream), so a failed allocation there was
 * a segmentation fault instead of "out of memory"; ICU says
 * U_MEMORY_ALLOCATION_ERROR.
 *
 * This does what libraqm 0.7 did for us (UAX #9 levels with brackets,
 * rule L1 for trailing white space, L2 reordering of level runs, runs
 * split by script and face, HarfBuzz per run), but with one hb_font per
 * face for the whole process instead of one per call: raqm builds a new
 * FreeType-backed hb_font for every run it shapes, so HarfBuzz copied
 * the GSUB/GPOS tables and compiled a new shape plan each time, which
 * was more than half of a leaflet's time (bench/RESULTS.md).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <fribidi.h>
#include <hb.h>
#include <unicode/ubidi.h>

#include "font_int.h"
#include "shape.h"
#include "util.h"

/* Paired punctuation: a closing one takes the script of its opening
 * one, so that "(...)" around Latin in Arabic text shapes as one run. */
static const uint32_t paired[] = {
	0x0028, 0x0029, 0x003C, 0x003E, 0x005B, 0x005D, 0x007B, 0x007D,
	0x00AB, 0x00BB, 0x2018, 0x2019, 0x201C, 0x201D, 0x2039, 0x203A,
	0x3008, 0x3009, 0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F,
	0x3010, 0x3011, 0x3014, 0x3015, 0x3016, 0x3017, 0x3018, 0x3019,
	0x301A, 0x301B
};

static int
pair_index(uint32_t cp)
{
	int lo = 0, hi = (int)(sizeof(paired) / sizeof(paired[0])) - 1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;

		if (cp < paired[mid])
			hi = mid - 1;
		else if (cp > paired[mid])
			lo = mid + 1;
		else
			return mid;
	}
	return -1;
}

/* Common and inherited characters take the script of the text before
 * them (brackets: of their opening bracket), leading ones the script of
 * the text after them. */
static void
resolve_scripts(const uint32_t *text, size_t len, hb_script_t *sc)
{
	hb_unicode_funcs_t *uf = hb_unicode_funcs_get_default();
	hb_script_t last = HB_SCRIPT_INVALID;
	hb_script_t *st_script = xmalloc((len + 1) * sizeof(*st_script));
	int *st_pair = xmalloc((len + 1) * sizeof(*st_pair));
	long i, j, last_index = -1, last_set = -1;
	size_t sp = 0;

	for (i = 0; i < (long)len; i++)
		sc[i] = hb_unicode_script(uf, text[i]);
	for (i = 0; i < (long)len; i++) {
		if (sc[i] == HB_SCRIPT_COMMON && last_index != -1) {
			int pi = pair_index(text[i]);

			if (pi >= 0 && (pi & 1) == 0) {
				sc[i] = last;
				sp++;
				st_script[sp] = sc[i];
				st_pair[sp] = pi;
			} else if (pi >= 0) {
				while (sp > 0 && st_pair[sp] != (pi & ~1))
					sp--;
				if (sp > 0)
					last = st_script[sp];
				sc[i] = last;
			} else
				sc[i] = last;
			last_set = i;
		} else if (sc[i] == HB_SCRIPT_INHERITED && last_index != -1) {
			sc[i] = last;
			last_set = i;
		} else {
			for (j = last_set + 1; j < i; j++)
				sc[j] = sc[i];
			last = sc[i];
			last_index = i;
			last_set = i;
		}
	}
	for (i = (long)len - 2; i >= 0; i--)
		if (sc[i] == HB_SCRIPT_INHERITED || sc[i] == HB_SCRIPT_COMMON)
			sc[i] = sc[i + 1];
	free(st_script);
	free(st_pair);
}

/* The UAX #9 embedding levels of text[0..len), rule L1 applied, in
 * levels[]: ICU works on UTF-16, so a character beyond the BMP (Adlam)
 * is two units there and takes the level of its first. */
static void
bidi_levels(const uint32_t *text, size_t len, bool rtl, FriBidiLevel *levels)
{
	UChar *u16 = xmalloc(2 * len * sizeof(*u16));
	UErrorCode ec = U_ZERO_ERROR;
	const UBiDiLevel *lv;
	UBiDi *bidi;
	int32_t n16 = 0;
	size_t k;

	for (k = 0; k < len; k++) {
		uint32_t c = text[k];

		if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			c = 0xFFFD;
		if (c >= 0x10000) {
			u16[n16++] = (UChar)(0xD7C0 + (c >> 10));
			u16[n16++] = (UChar)(0xDC00 | (c & 0x3FF));
		} else
			u16[n16++] = (UChar)c;
	}
	bidi = ubidi_openSized(n16, 0, &ec);
	ubidi_setPara(bidi, u16, n16, rtl ? 1 : 0, NULL, &ec);
	lv = ubidi_getLevels(bidi, &ec);
	/* A text thbdoc made is always valid UTF-16 here: a failure is the
	 * memory. */
	if (U_FAILURE(ec) || lv == NULL)
		util_out_of_memory();
	for (n16 = 0, k = 0; k < len; k++) {
		levels[k] = lv[n16];
		n16 += text[k] >= 0x10000 && text[k] <= 0x10FFFF ? 2 : 1;
	}
	ubidi_close(bidi);
	free(u16);
}

struct level_run {
	size_t		 pos, len;
	FriBidiLevel	 level;
};

/* Runs of one embedding level in visual order (UAX #9 L1 for trailing
 * white space, then L2). */
static struct level_run *
visual_runs(const FriBidiCharType *types, size_t len, bool rtl,
    FriBidiLevel *levels, size_t *nruns)
{
	struct level_run *runs, t;
	FriBidiLevel max = 0, lv;
	size_t n = 0, i, s;
	long k, a, b;

	for (k = (long)len - 1; k >= 0 &&
	    FRIBIDI_IS_EXPLICIT_OR_BN_OR_WS(types[k]); k--)
		levels[k] = rtl ? 1 : 0;
	for (i = 0; i < len; i++) {
		if (levels[i] > max)
			max = levels[i];
		if (i == 0 || levels[i] != levels[i - 1])
			n++;
	}
	runs = xmalloc((n ? n : 1) * sizeof(*runs));
	for (n = 0, s = 0; s < len; s = i) {
		for (i = s; i < len && levels[i] == levels[s]; i++)
			;
		runs[n].pos = s;
		runs[n].len = i - s;
		runs[n].level = levels[s];
		n++;
	}
	for (lv = max; lv > 0; lv--)
		for (k = (long)n - 1; k >= 0; k--) {
			if (runs[k].level < lv)
				continue;
			b = k;
			for (k--; k >= 0 && runs[k].level >= lv; k--)
				;
			for (a = k + 1; a < b; a++, b--) {
				t = runs[a];
				runs[a] = runs[b];
				runs[b] = t;
			}
		}
	*nruns = n;
	return runs;
}

struct glyph_vec {
	struct shape_glyph *v;
	size_t		 n, cap;
};

/* Shape text[pos .. pos + n) in one face, script and direction, and
 * append its glyphs (visual order). */
static void
shape_run(struct glyph_vec *out, const uint32_t *text, size_t len,
    size_t pos, size_t n, struct font_face *f, hb_script_t script,
    bool rtl, hb_language_t lang, float size, hb_buffer_t *buf)
{
	hb_glyph_info_t *info;
	hb_glyph_position_t *gp;
	unsigned i, ng;
	float k = size / (float)f->upem / 64.0f;

	hb_buffer_clear_contents(buf);
	hb_buffer_add_utf32(buf, text, (int)len, (unsigned)pos, (int)n);
	hb_buffer_set_script(buf, script);
	hb_buffer_set_language(buf, lang);
	hb_buffer_set_direction(buf, rtl ? HB_DIRECTION_RTL :
	    HB_DIRECTION_LTR);
	hb_buffer_set_flags(buf, HB_BUFFER_FLAG_BOT | HB_BUFFER_FLAG_EOT |
	    HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
	/* HarfBuzz does not fail: out of memory, it leaves the buffer
	 * empty (the text would be drawn blank), or, when its shape plan
	 * could not be made, holds the characters instead of glyphs (taken
	 * as glyph ids, they reached past the font's tables). */
	if (!hb_shape_full(f->hb, buf, NULL, 0, NULL) ||
	    !hb_buffer_allocation_successful(buf) ||
	    hb_buffer_get_content_type(buf) != HB_BUFFER_CONTENT_TYPE_GLYPHS)
		util_out_of_memory();
	info = hb_buffer_get_glyph_infos(buf, &ng);
	gp = hb_buffer_get_glyph_positions(buf, NULL);
	if (out->n + ng > out->cap) {
		out->cap = (out->n + ng) * 2;
		out->v = xrealloc(out->v, out->cap * sizeof(*out->v));
	}
	for (i = 0; i < ng; i++) {
		struct shape_glyph *g = &out->v[out->n++];

		g->face = f;
		g->gid = info[i].codepoint;
		g->cluster = info[i].cluster < len ? info[i].cluster : len - 1;
		g->advance = (float)gp[i].x_advance * k;
		g->x_offset = (float)gp[i].x_offset * k;
		g->y_offset = (float)gp[i].y_offset * k;
		g->natural = gp[i].x_offset == 0 && gp[i].y_offset == 0 &&
		    gp[i].x_advance == font_face_advance(f, g->gid) * 64;
	}
}

/* The size of text[i] in points. */
static float
size_at(struct font_face *const *faces, const float *scales, size_t i,
    float size)
{
	return size * (scales != NULL ? scales[i] : faces[i]->scale);
}

size_t
shape_text(const uint32_t *text, size_t len, struct font_face *const *faces,
    const float *scales, bool rtl, const char *lang, float size,
    struct shape_glyph **out)
{
	hb_buffer_t *buf;
	FriBidiCharType *types;
	FriBidiLevel *levels;
	hb_script_t *sc;
	hb_language_t hl = lang != NULL ? hb_language_from_string(lang, -1) :
	    HB_LANGUAGE_INVALID;
	struct level_run *runs;
	struct glyph_vec gv = { 0 };
	size_t nruns, r, s, e;

	*out = NULL;
	if (len == 0)
		return 0;
	/* A buffer per call, not one per process: two renders, each on
	 * its own data owner, may shape at once (thbdoc serve, issue 15). */
	if (!hb_buffer_allocation_successful(buf = hb_buffer_create()))
		util_out_of_memory();
	types = xmalloc(len * sizeof(*types));
	levels = xmalloc(len * sizeof(*levels));
	sc = xmalloc(len * sizeof(*sc));
	fribidi_get_bidi_types(text, (FriBidiStrIndex)len, types);
	bidi_levels(text, len, rtl, levels);
	resolve_scripts(text, len, sc);
	runs = visual_runs(types, len, rtl, levels, &nruns);
	for (r = 0; r < nruns; r++) {
		struct level_run *lr = &runs[r];
		bool back = FRIBIDI_LEVEL_IS_RTL(lr->level);

		/* Split by face and script; right-to-left pieces in visual
		 * order, that is from the end. */
		if (back) {
			for (e = lr->pos + lr->len; e > lr->pos; e = s) {
				for (s = e - 1; s > lr->pos &&
				    faces[s - 1] == faces[e - 1] &&
				    sc[s - 1] == sc[e - 1] &&
				    size_at(faces, scales, s - 1, size) ==
				    size_at(faces, scales, e - 1, size); s--)
					;
				shape_run(&gv, text, len, s, e - s,
				    faces[e - 1], sc[e - 1], true, hl,
				    size_at(faces, scales, e - 1, size), buf);
			}
		} else {
			for (s = lr->pos; s < lr->pos + lr->len; s = e) {
				for (e = s + 1; e < lr->pos + lr->len &&
				    faces[e] == faces[s] && sc[e] == sc[s] &&
				    size_at(faces, scales, e, size) ==
				    size_at(faces, scales, s, size); e++)
					;
				shape_run(&gv, text, len, s, e - s, faces[s],
				    sc[s], false, hl,
				    size_at(faces, scales, s, size), buf);
			}
		}
	}
	free(runs);
	hb_buffer_destroy(buf);
	if (gv.v == NULL)
		gv.v = xcalloc(1, sizeof(*gv.v));
	*out = gv.v;
	free(types);
	free(levels);
	free(sc);
	return gv.n;
}
