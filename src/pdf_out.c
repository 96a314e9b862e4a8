/* pdf_out.c: layout -> PDF with libharu 2.3.0.
 *
 * libharu reaches a glyph only through the cmap of the font it loaded
 * (CID = Unicode, BMP only), so every glyph is drawn by its code point
 * (layout_glyph.cp).  The fonts are first cut down to the code points the
 * document draws with harfbuzz-subset; libharu then loads the subset.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <sys/mman.h>
#include <unistd.h>

#include <hb.h>
#include <hb-subset.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "diag.h"
#include "i18n.h"
#include "doc_tree.h"
#include "font_int.h"
#include "layout.h"
#include "pdf_out.h"
#include "pdf_out_int.h"
#include "utf8.h"
#include "util.h"

struct hpdf_error {
	HPDF_STATUS	 code, detail;
};

/* One face of the layout, as loaded into this PDF. */
struct pdf_face {
	struct font_face *face;
	hb_set_t	*cps;		/* code points drawn */
	HPDF_Font	 font;
	hb_blob_t	*subset;	/* the bytes libharu loaded */
	FT_Face		 ft;		/* ... parsed by FreeType */
};

struct pdf_state {
	HPDF_Doc	 pdf;
	struct hpdf_error err;
	struct pdf_face	 faces[32];
	size_t		 nfaces;
	FT_Library	 ftlib;
	HPDF_Page	 page;
	HPDF_Font	 cur_font;
	float		 cur_size;
	bool		 cur_bold;
	uint32_t	 cur_color;
};

static void
on_hpdf_error(HPDF_STATUS code, HPDF_STATUS detail, void *data)
{
	struct hpdf_error *e = data;

	if (e->code == 0) {
		e->code = code;
		e->detail = detail;
	}
}

static bool
hpdf_failed(struct pdf_state *st, const char *what, struct diag_list *dl)
{
	char code[16], detail[16];

	if (st->err.code == 0)
		return false;
	snprintf(code, sizeof(code), "%04X", (unsigned)st->err.code);
	snprintf(detail, sizeof(detail), "%u", (unsigned)st->err.detail);
	diag_add(dl, ERR_PDF_LIBHARU, NULL, 0, 0, code, detail, what);
	return true;
}

/* ---- workarounds ---- */

int
pdf_mark_composite_components(HPDF_Font font, FT_Face ft)
{
	HPDF_FontDef def = ((HPDF_FontAttr)font->attr)->fontdef;
	HPDF_TTFontDefAttr a = (HPDF_TTFontDefAttr)def->attr;
	int added = 0;
	bool changed = true;
	unsigned g, k, n = a->num_glyphs;

	while (changed) {
		changed = false;
		for (g = 0; g < n; g++) {
			if (!a->glyph_tbl.flgs[g] || FT_Load_Glyph(ft, g,
			    FT_LOAD_NO_SCALE | FT_LOAD_NO_RECURSE) != 0 ||
			    ft->glyph->format != FT_GLYPH_FORMAT_COMPOSITE)
				continue;
			for (k = 0; k < ft->glyph->num_subglyphs; k++) {
				FT_Int idx, a1, a2;
				FT_UInt fl;
				FT_Matrix m;

				if (FT_Get_SubGlyph_Info(ft->glyph, k, &idx,
				    &fl, &a1, &a2, &m) != 0)
					continue;
				if (idx > 0 && (unsigned)idx < n &&
				    !a->glyph_tbl.flgs[idx]) {
					a->glyph_tbl.flgs[idx] = 1;
					added++;
					changed = true;
				}
			}
		}
	}
	return added;
}

HPDF_STATUS
pdf_text_out(HPDF_Page page, float x, float y, const char *utf8,
    bool zero_width)
{
	HPDF_STATUS r;

	if (!zero_width)
		return HPDF_Page_TextOut(page, x, y, utf8);
	HPDF_Page_SetCharSpace(page, 0.001f);
	r = HPDF_Page_TextOut(page, x, y, utf8);
	HPDF_Page_SetCharSpace(page, 0);
	return r;
}

/* Draw one glyph whose advance, as a text extractor computes it, reaches
 * the given x: the character spacing after a lone glyph moves nothing
 * visible (every string is placed absolutely) but tells poppler where a
 * marked-content span ends. */
static HPDF_STATUS
pdf_glyph_out_to(HPDF_Page page, HPDF_Font font, float size, float x,
    float y, const char *utf8, float end_x)
{
	HPDF_TextWidth tw = HPDF_Font_TextWidth(font, (const HPDF_BYTE *)utf8,
	    (HPDF_UINT)strlen(utf8));
	float space = end_x - (x + (float)tw.width * size / 1000.0f);
	HPDF_STATUS r;

	if (space < 0.001f)
		space = 0.001f;	/* and never a zero-width string (bug b) */
	HPDF_Page_SetCharSpace(page, space);
	r = HPDF_Page_TextOut(page, x, y, utf8);
	HPDF_Page_SetCharSpace(page, 0);
	return r;
}

/* ---- fonts ---- */

static struct pdf_face *
face_slot(struct pdf_state *st, struct font_face *f)
{
	size_t i;

	for (i = 0; i < st->nfaces; i++)
		if (st->faces[i].face == f)
			return &st->faces[i];
	if (st->nfaces == sizeof(st->faces) / sizeof(st->faces[0]))
		return NULL;
	st->faces[st->nfaces].face = f;
	st->faces[st->nfaces].cps = hb_set_create();
	return &st->faces[st->nfaces++];
}

static void
collect_code_points(struct pdf_state *st, const struct layout *L)
{
	size_t p, i, j;

	for (p = 0; p < layout_page_count(L); p++) {
		const struct layout_page *pg = layout_page_get(L, p);

		for (i = 0; i < pg->nitems; i++) {
			const struct layout_text *t = &pg->items[i].u.text;

			if (pg->items[i].kind != LAYOUT_TEXT)
				continue;
			for (j = 0; j < t->nglyphs; j++) {
				struct pdf_face *pf =
				    face_slot(st, t->glyphs[j].face);

				if (pf != NULL)
					hb_set_add(pf->cps, t->glyphs[j].cp);
			}
		}
	}
}

/* A subset with the drawn code points only.  The hinting tables stay:
 * libharu 2.3.0 refuses a font without cvt, fpgm and prep; the layout
 * tables go (libharu drops them anyway). */
static hb_blob_t *
subset_font(const struct font_face *f, hb_set_t *cps)
{
	static const char *const drop[] = { "GSUB", "GPOS", "GDEF", "DSIG",
	    "gasp", "vhea", "vmtx", "kern", "morx", "JSTF", "BASE", "MATH" };
	hb_blob_t *blob = hb_blob_create((const char *)f->data,
	    (unsigned)f->size, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_t *face = hb_face_create(blob, 0), *sub;
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	hb_blob_t *out = NULL;
	hb_set_t *tags;
	size_t i;

	if (in == NULL)
		goto done;
	hb_set_union(hb_subset_input_unicode_set(in), cps);
	tags = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	for (i = 0; i < sizeof(drop) / sizeof(drop[0]); i++)
		hb_set_add(tags, hb_tag_from_string(drop[i], -1));
	sub = hb_subset_or_fail(face, in);
	if (sub != NULL) {
		out = hb_face_reference_blob(sub);
		hb_face_destroy(sub);
	}
	hb_subset_input_destroy(in);
done:
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	return out;
}

/* libharu 2.3.0 loads fonts from files only.  The subset reveals which
 * characters a document holds (a person's name among them), so it never
 * touches a disk: it goes into an anonymous memory file (memfd), which
 * libharu opens through /proc/self/fd and keeps open until HPDF_Free. */
static const char *
load_subset(struct pdf_state *st, hb_blob_t *b, struct diag_list *dl)
{
	char path[64];
	const char *data, *name = NULL;
	unsigned len;
	ssize_t n;
	int fd;

	data = hb_blob_get_data(b, &len);
	if ((fd = memfd_create("thbdoc-font", MFD_CLOEXEC)) < 0) {
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0,
		    _("a font subset (in memory)"), strerror(errno));
		return NULL;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	n = write(fd, data, len);
	if (n == (ssize_t)len)
		name = HPDF_LoadTTFontFromFile(st->pdf, path, HPDF_TRUE);
	else	/* a short write sets no errno: say why anyway */
		diag_add(dl, ERR_PDF_WRITE, NULL, 0, 0,
		    _("a font subset (in memory)"),
		    strerror(n < 0 ? errno : EFBIG));
	close(fd);
	return name;
}

static bool
load_fonts(struct pdf_state *st, struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < st->nfaces; i++) {
		struct pdf_face *pf = &st->faces[i];
		const char *name;
		const char *data;
		unsigned len;

		pf->subset = subset_font(pf->face, pf->cps);
		if (pf->subset == NULL) {
			diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, pf->face->name,
			    "harfbuzz-subset failed");
			return false;
		}
		if ((name = load_subset(st, pf->subset, dl)) == NULL) {
			hpdf_failed(st, pf->face->name, dl);
			return false;
		}
		pf->font = HPDF_GetFont(st->pdf, name, "UTF-8");
		data = hb_blob_get_data(pf->subset, &len);
		if (pf->font == NULL || FT_New_Memory_Face(st->ftlib,
		    (const FT_Byte *)data, (FT_Long)len, 0, &pf->ft) != 0) {
			if (!hpdf_failed(st, pf->face->name, dl))
				diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0,
				    pf->face->name, "subset unreadable");
			return false;
		}
	}
	return true;
}

/* ---- drawing ---- */

static void
set_rgb(uint32_t c, float *r, float *g, float *b)
{
	*r = (float)(c >> 16 & 0xFF) / 255.0f;
	*g = (float)(c >> 8 & 0xFF) / 255.0f;
	*b = (float)(c & 0xFF) / 255.0f;
}

static void
draw_rect(HPDF_Page page, const struct layout_rect *r)
{
	float cr, cg, cb;

	if (r->fill != LAYOUT_NO_COLOR) {
		set_rgb(r->fill, &cr, &cg, &cb);
		HPDF_Page_SetRGBFill(page, cr, cg, cb);
	}
	if (r->stroke != LAYOUT_NO_COLOR) {
		set_rgb(r->stroke, &cr, &cg, &cb);
		HPDF_Page_SetRGBStroke(page, cr, cg, cb);
		HPDF_Page_SetLineWidth(page, r->line_width);
	}
	HPDF_Page_Rectangle(page, r->x, r->y, r->w, r->h);
	if (r->fill != LAYOUT_NO_COLOR && r->stroke != LAYOUT_NO_COLOR)
		HPDF_Page_FillStroke(page);
	else if (r->fill != LAYOUT_NO_COLOR)
		HPDF_Page_Fill(page);
	else
		HPDF_Page_Stroke(page);
}

/* Raw operators into the page's content stream: libharu 2.3.0 has no
 * marked-content API. */
static void
raw(struct pdf_state *st, const char *s)
{
	HPDF_Stream_WriteStr(((HPDF_PageAttr)st->page->attr)->stream, s);
}

static void
utf16_hex(struct sbuf *b, uint32_t cp)
{
	if (cp >= 0x10000) {
		cp -= 0x10000;
		sbuf_printf(b, "%04X%04X", 0xD800 + (unsigned)(cp >> 10),
		    0xDC00 + (unsigned)(cp & 0x3FF));
	} else
		sbuf_printf(b, "%04X", (unsigned)cp);
}

/* Does a cluster need /ActualText, that is, do the code points drawn
 * differ from its characters? */
static bool
cluster_needs_actual(const struct layout_text *t, size_t i, size_t j)
{
	const struct layout_glyph *g = &t->glyphs[i];
	size_t k, n = 0;

	/* A mark placed by GPOS (Thai vowels and tones, Vietnamese stacked
	 * accents) is drawn apart from its base: without a span, poppler
	 * files it by position, even on another line. */
	for (k = i; k < j; k++)
		if (t->glyphs[k].moved ||
		    font_face_advance(t->glyphs[k].face, t->glyphs[k].gid) == 0)
			return true;
	for (k = g->cluster; k < g->cluster + g->cluster_len; k++)
		if (!utf8_is_ignorable(t->logical[k]))
			n++;
	if (n != j - i)
		return true;
	n = 0;
	for (k = g->cluster; k < g->cluster + g->cluster_len; k++) {
		if (utf8_is_ignorable(t->logical[k]))
			continue;
		/* Right-to-left glyphs come in visual order. */
		if (t->glyphs[t->rtl ? j - 1 - n : i + n].cp != t->logical[k])
			return true;
		n++;
	}
	return false;
}

static void
begin_actual(struct pdf_state *st, const struct layout_text *t,
    const struct layout_glyph *g)
{
	struct sbuf b = { 0 };
	size_t k;

	sbuf_add(&b, "/Span <</ActualText <FEFF");
	/* poppler takes the characters of a span as drawn left to right and
	 * reverses right-to-left runs when it extracts: a cluster of several
	 * characters (a letter and its vowel mark, a letter and ZWNJ) in a
	 * right-to-left line must be written back to front to come out in
	 * logical order. */
	if (t->rtl) {
		for (k = g->cluster + g->cluster_len; k-- > g->cluster; )
			if (!utf8_is_bidi_control(t->logical[k]))
				utf16_hex(&b, t->logical[k]);
	} else {
		for (k = g->cluster; k < g->cluster + g->cluster_len; k++)
			if (!utf8_is_bidi_control(t->logical[k]))
				utf16_hex(&b, t->logical[k]);
	}
	sbuf_add(&b, ">>> BDC\n");
	raw(st, sbuf_str(&b));
	sbuf_free(&b);
}

struct run {
	struct sbuf	 s;
	struct pdf_face	*pf;
	float		 x, y;
	bool		 bold;
	bool		 zero;		/* no advance in the font */
	bool		 open;
	bool		 kerned;	/* the last glyph's advance is not the
					   font's: the next starts a string */
};

static void
select_font(struct pdf_state *st, struct pdf_face *pf, float size,
    bool bold, uint32_t color)
{
	float r, g, b;

	if (st->cur_font != pf->font || st->cur_size != size) {
		HPDF_Page_SetFontAndSize(st->page, pf->font, size);
		st->cur_font = pf->font;
		st->cur_size = size;
	}
	if (st->cur_bold != bold) {
		/* No bold face in the family (Droid): fill and stroke. */
		if (bold) {
			set_rgb(color, &r, &g, &b);
			HPDF_Page_SetRGBStroke(st->page, r, g, b);
			HPDF_Page_SetLineWidth(st->page, size * 0.035f);
		}
		HPDF_Page_SetTextRenderingMode(st->page, bold ?
		    HPDF_FILL_THEN_STROKE : HPDF_FILL);
		st->cur_bold = bold;
	}
}

static void
run_flush(struct pdf_state *st, struct run *r, float size, uint32_t color)
{
	if (!r->open)
		return;
	select_font(st, r->pf, size, r->bold, color);
	pdf_text_out(st->page, r->x, r->y, sbuf_str(&r->s), r->zero);
	r->s.len = 0;
	if (r->s.data != NULL)
		r->s.data[0] = '\0';
	r->open = false;
}

static void
run_add(struct pdf_state *st, struct run *r, const struct layout_glyph *g,
    float size, uint32_t color)
{
	struct pdf_face *pf = face_slot(st, g->face);
	char buf[4];
	size_t n;

	/* A kerned glyph sits where the string puts it; only the glyph after
	 * it needs a string of its own.  A moved one (a GPOS offset) stands
	 * alone. */
	if (r->open && (g->moved || r->kerned || r->pf != pf ||
	    r->bold != g->fake_bold || r->y != g->y))
		run_flush(st, r, size, color);
	if (!r->open) {
		r->pf = pf;
		r->x = g->x;
		r->y = g->y;
		r->bold = g->fake_bold;
		r->zero = true;
		r->open = true;
	}
	n = utf8_put(buf, g->cp);
	sbuf_addn(&r->s, buf, n);
	if (font_face_advance(g->face, g->gid) != 0)
		r->zero = false;
	r->kerned = !g->natural;
	if (g->moved)
		run_flush(st, r, size, color);
}

/* poppler spans an /ActualText from the first glyph drawn to the end of
 * the last one.  When the last is a mark (no advance: Devanagari े ं,
 * Thai tones), the span would end inside the cluster and a space would be
 * read inside the word: make the last glyph reach the cluster's end. */
static void
draw_last_of_cluster(struct pdf_state *st, const struct layout_text *t,
    size_t i, size_t j)
{
	const struct layout_glyph *g = &t->glyphs[j - 1];
	struct pdf_face *pf = face_slot(st, g->face);
	float end = 0;
	char buf[5];
	size_t k, n;

	for (k = i; k < j; k++)
		if (t->glyphs[k].x + t->glyphs[k].advance > end)
			end = t->glyphs[k].x + t->glyphs[k].advance;
	n = utf8_put(buf, g->cp);
	buf[n] = '\0';
	select_font(st, pf, t->size, g->fake_bold, t->color);
	pdf_glyph_out_to(st->page, pf->font, t->size, g->x, g->y, buf, end);
}

static void
draw_text(struct pdf_state *st, const struct layout_text *t)
{
	struct run r = { 0 };
	float cr, cg, cb;
	size_t i, j, k;

	HPDF_Page_BeginText(st->page);
	set_rgb(t->color, &cr, &cg, &cb);
	HPDF_Page_SetRGBFill(st->page, cr, cg, cb);
	st->cur_font = NULL;
	st->cur_bold = false;
	for (i = 0; i < t->nglyphs; i = j) {
		bool actual;

		for (j = i + 1; j < t->nglyphs &&
		    t->glyphs[j].cluster == t->glyphs[i].cluster; j++)
			;
		actual = cluster_needs_actual(t, i, j);
		if (!actual) {
			for (k = i; k < j; k++)
				run_add(st, &r, &t->glyphs[k], t->size,
				    t->color);
			continue;
		}
		run_flush(st, &r, t->size, t->color);
		begin_actual(st, t, &t->glyphs[i]);
		for (k = i; k + 1 < j; k++)
			run_add(st, &r, &t->glyphs[k], t->size, t->color);
		run_flush(st, &r, t->size, t->color);
		draw_last_of_cluster(st, t, i, j);
		raw(st, "EMC\n");
	}
	run_flush(st, &r, t->size, t->color);
	if (st->cur_bold)
		HPDF_Page_SetTextRenderingMode(st->page, HPDF_FILL);
	HPDF_Page_EndText(st->page);
	sbuf_free(&r.s);
}

static void
draw_link(struct pdf_state *st, const struct layout_link *l)
{
	HPDF_Rect rc = { l->x, l->y, l->x + l->w, l->y + l->h };
	HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(st->page, rc,
	    l->uri);

	if (a != NULL)
		HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
}

static void
draw_pages(struct pdf_state *st, const struct layout *L)
{
	size_t p, i;

	for (p = 0; p < layout_page_count(L); p++) {
		const struct layout_page *pg = layout_page_get(L, p);

		st->page = HPDF_AddPage(st->pdf);
		HPDF_Page_SetWidth(st->page, pg->width);
		HPDF_Page_SetHeight(st->page, pg->height);
		for (i = 0; i < pg->nitems; i++) {
			const struct layout_item *it = &pg->items[i];

			if (it->kind == LAYOUT_RECT)
				draw_rect(st->page, &it->u.rect);
			else if (it->kind == LAYOUT_TEXT)
				draw_text(st, &it->u.text);
			else
				draw_link(st, &it->u.link);
		}
	}
}

/* ---- metadata ---- */

static void
set_metadata(struct pdf_state *st, const struct layout *L,
    const struct doc *d)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	HPDF_Doc pdf = st->pdf;

	if (d->title != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, d->title);
	if (d->author != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, d->author);
	if (d->subject != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, d->subject);
	HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, PACKAGE_STRING);
	/* Same input, same bytes: a date only when the build or the caller
	 * fixes it (reproducible-builds.org SOURCE_DATE_EPOCH). */
	if (epoch != NULL && *epoch != '\0') {
		char *end;
		long long v = strtoll(epoch, &end, 10);
		time_t tt = (time_t)v;
		struct tm tm;

		if (*end == '\0' && v >= 0 && gmtime_r(&tt, &tm) != NULL) {
			HPDF_Date dt = { tm.tm_year + 1900, tm.tm_mon + 1,
			    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 'Z',
			    0, 0 };

			HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, dt);
			HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, dt);
		}
	}
	/* The document language, for screen readers (PDF 1.4 /Lang); 2.3.0
	 * has no API for it. */
	HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr,
	    layout_lang(L), NULL));
}

/* ---- the whole ---- */

static void
state_free(struct pdf_state *st)
{
	size_t i;

	if (st->pdf != NULL)
		HPDF_Free(st->pdf);
	for (i = 0; i < st->nfaces; i++) {
		if (st->faces[i].ft != NULL)
			FT_Done_Face(st->faces[i].ft);
		hb_blob_destroy(st->faces[i].subset);
		hb_set_destroy(st->faces[i].cps);
	}
	if (st->ftlib != NULL)
		FT_Done_FreeType(st->ftlib);
}

unsigned char *
pdf_render(const struct layout *L, const struct doc *d,
    const struct pdf_options *opt, size_t *lenp, struct diag_list *dl)
{
	struct pdf_state st = { 0 };
	unsigned char *buf = NULL;
	HPDF_UINT32 size, got;
	size_t i;

	*lenp = 0;
	if (FT_Init_FreeType(&st.ftlib) != 0)
		return NULL;
	st.pdf = HPDF_New(on_hpdf_error, &st.err);
	if (st.pdf == NULL)
		goto fail;
	HPDF_SetCompressionMode(st.pdf, opt != NULL && opt->uncompressed ?
	    HPDF_COMP_NONE : HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(st.pdf);
	HPDF_SetCurrentEncoder(st.pdf, "UTF-8");
	collect_code_points(&st, L);
	if (!load_fonts(&st, dl))
		goto fail;
	set_metadata(&st, L, d);
	draw_pages(&st, L);
	for (i = 0; i < st.nfaces; i++)
		pdf_mark_composite_components(st.faces[i].font,
		    st.faces[i].ft);
	if (hpdf_failed(&st, "drawing", dl))
		goto fail;
	if (HPDF_SaveToStream(st.pdf) != HPDF_OK ||
	    hpdf_failed(&st, "saving", dl))
		goto fail;
	size = HPDF_GetStreamSize(st.pdf);
	buf = xmalloc(size ? size : 1);
	for (got = 0; got < size; ) {
		HPDF_UINT32 n = size - got;
		HPDF_STATUS r = HPDF_ReadFromStream(st.pdf, buf + got, &n);

		got += n;
		if (r != HPDF_OK || n == 0)
			break;
	}
	if (got != size) {
		diag_add(dl, ERR_PDF_LIBHARU, NULL, 0, 0, "0", "0", "reading");
		free(buf);
		buf = NULL;
		goto fail;
	}
	*lenp = size;
fail:
	state_free(&st);
	return buf;
}

/* Files without personal data follow the umask, as any program's. */
static unsigned
default_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~(unsigned)mask;
}

bool
pdf_write(const struct layout *L, const struct doc *d,
    const struct pdf_options *opt, const char *path, struct diag_list *dl)
{
	unsigned char *buf;
	size_t len;
	unsigned mode = opt != NULL && opt->mode != 0 ? opt->mode :
	    d->personal_data ? 0600 : default_mode();
	bool replace = opt != NULL && opt->replace, ok;

	/* A pipe or a terminal has no mode 0600. */
	if (util_out_is_stdout(path) && d->personal_data) {
		diag_add(dl, ERR_OUTPUT_STDOUT, NULL, 0, 0);
		return false;
	}
	if (!util_out_check(path, replace, dl))
		return false;
	if ((buf = pdf_render(L, d, opt, &len, dl)) == NULL)
		return false;
	ok = util_out_write(path, buf, len, mode, replace, dl);
	free(buf);
	return ok;
}
