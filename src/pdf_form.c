/* pdf_form.c: the AcroForm of a form filled on screen (pdf_form.h).
 *
 * libharu 2.3.0 has no AcroForm: the widgets, fields, appearance streams
 * and the font are written here through its object API (hpdf_objects.h),
 * as pdf_out.c writes the structure tree.
 *
 * Typed text is drawn in one font that the file embeds (ISO 19005-2
 * 6.2.11.4: a viewer that writes a field's appearance uses the /DA's
 * font, which must be embedded): the document's face for the form's
 * language (Noto Sans for fr, nl, de), cut down to what an officer types
 * in French, Dutch or German, names of people from elsewhere in Europe
 * included: Latin-1, Latin Extended-A, the comma-below letters of
 * Romanian and the usual punctuation (form_font_ranges[]).  A Type0 font
 * (CIDFontType2, CID = glyph id) whose ToUnicode map names every glyph:
 * viewers find a character's code through it.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <hb.h>
#include <hb-subset.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include "diag.h"
#include "font_int.h"
#include "layout.h"
#include "pdf_form.h"
#include "pdf_out_int.h"
#include "util.h"

/* The font's name in the /DR and every /DA. */
#define FORM_FONT	"FormFont"

/* Field flags (PDF 32000 tables 226, 228): a text field of several
 * lines; a button that is one choice of a radio group. */
#define FF_MULTILINE	(1 << 12)
#define FF_RADIO	(1 << 15)

/* What an officer types: Latin-1 and Latin Extended-A (French, Dutch,
 * German, and the names of Polish, Czech, Hungarian, Baltic... persons),
 * Romanian's comma-below letters (Latin Extended-B), quotes, dashes, the
 * ellipsis and the euro sign that word processors and keyboards put in. */
static const uint32_t form_font_ranges[][2] = {
	{ 0x0020, 0x007E }, { 0x00A0, 0x017F }, { 0x0218, 0x021B },
	{ 0x2013, 0x2014 }, { 0x2018, 0x201A }, { 0x201C, 0x201E },
	{ 0x2022, 0x2022 }, { 0x2026, 0x2026 }, { 0x20AC, 0x20AC },
};

struct form_field {
	const struct layout_widget *first;	/* its first widget's data */
	char		*name;
	HPDF_Dict	*widgets;
	size_t		 nwidgets;
};

struct pdf_form {
	HPDF_Doc	 pdf;
	bool		 compress;
	struct form_field *fields;
	size_t		 nfields, cap;
	struct font_face *face;		/* of typed text: the first text
					   field's */
	HPDF_Dict	 font;		/* its Type0 font, filled in at the
					   end */
	/* The two appearances of the last box to tick, shared by the
	 * boxes of its size and colour (all of a form's). */
	HPDF_Dict	 on, off;
	float		 box_w, box_h;
	uint32_t	 box_color;
	/* The empty appearance of every text field: a form's bounding box
	 * is mapped onto the widget's rectangle (PDF 32000 12.5.5), and
	 * nothing drawn stays nothing at any size. */
	HPDF_Dict	 empty_text;
};

struct pdf_form *
pdf_form_new(HPDF_Doc pdf, bool compress)
{
	struct pdf_form *f = xcalloc(1, sizeof(*f));

	f->pdf = pdf;
	f->compress = compress;
	return f;
}

void
pdf_form_free(struct pdf_form *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nfields; i++) {
		free(f->fields[i].name);
		free(f->fields[i].widgets);
	}
	free(f->fields);
	free(f);
}

/* ---- objects ---- */

static HPDF_Dict
form_dict(struct pdf_form *f)
{
	return pdf_new_dict(f->pdf);
}

static HPDF_Dict
form_stream(struct pdf_form *f, const char *data, size_t len)
{
	return pdf_new_stream(f->pdf, f->compress, data, len);
}

static HPDF_Array
form_box(struct pdf_form *f, float x0, float y0, float x1, float y1)
{
	HPDF_Array a = HPDF_Array_New(f->pdf->mmgr);

	if (a != NULL) {
		HPDF_Array_AddReal(a, x0);
		HPDF_Array_AddReal(a, y0);
		HPDF_Array_AddReal(a, x1);
		HPDF_Array_AddReal(a, y1);
	}
	return a;
}

static HPDF_String
form_text(struct pdf_form *f, const char *utf8)
{
	return HPDF_String_New(f->pdf->mmgr, utf8,
	    HPDF_GetEncoder(f->pdf, "UTF-8"));
}

/* v to 1/1000, without the locale (fr_FR writes decimal commas). */
static void
put_num(struct sbuf *b, double v)
{
	long long m = (long long)(v * 1000.0 + (v < 0 ? -0.5 : 0.5));
	char frac[8];
	int k;

	if (m < 0) {
		sbuf_addc(b, '-');
		m = -m;
	}
	sbuf_printf(b, "%lld", m / 1000);
	if (m % 1000 == 0)
		return;
	snprintf(frac, sizeof(frac), "%03lld", m % 1000);
	for (k = 2; k > 0 && frac[k] == '0'; k--)
		frac[k] = '\0';
	sbuf_printf(b, ".%s", frac);
}

static void
put_rgb(struct sbuf *b, uint32_t c, const char *op)
{
	put_num(b, (c >> 16 & 0xFF) / 255.0);
	sbuf_addc(b, ' ');
	put_num(b, (c >> 8 & 0xFF) / 255.0);
	sbuf_addc(b, ' ');
	put_num(b, (c & 0xFF) / 255.0);
	sbuf_printf(b, " %s", op);
}

/* An appearance: a form XObject of w x h drawing content. */
static HPDF_Dict
appearance(struct pdf_form *f, float w, float h, const char *content)
{
	HPDF_Dict s = form_stream(f, content, strlen(content));

	if (s == NULL)
		return NULL;
	HPDF_Dict_AddName(s, "Type", "XObject");
	HPDF_Dict_AddName(s, "Subtype", "Form");
	HPDF_Dict_Add(s, "BBox", form_box(f, 0, 0, w, h));
	return s;
}

/* The tick of a box to tick, side s, drawn as a path: no font (a
 * ZapfDingbats check mark would be a font that PDF/A wants embedded). */
static HPDF_Dict
tick(struct pdf_form *f, const struct layout_widget *w)
{
	static const double pts[][2] = { { 0.2, 0.52 }, { 0.42, 0.27 },
	    { 0.82, 0.8 } };
	struct sbuf b = { 0 };
	HPDF_Dict s;
	size_t i;

	sbuf_add(&b, "q ");
	put_rgb(&b, w->color, "RG");
	sbuf_addc(&b, ' ');
	put_num(&b, w->w * 0.14);
	sbuf_add(&b, " w 1 J 1 j\n");
	for (i = 0; i < sizeof(pts) / sizeof(pts[0]); i++) {
		put_num(&b, w->w * pts[i][0]);
		sbuf_addc(&b, ' ');
		put_num(&b, w->h * pts[i][1]);
		sbuf_add(&b, i == 0 ? " m\n" : " l\n");
	}
	sbuf_add(&b, "S Q\n");
	s = appearance(f, w->w, w->h, sbuf_str(&b));
	sbuf_free(&b);
	return s;
}

/* /AP: a text field's empty (a viewer writes its own as text is typed,
 * with the /DA), a box's two states. */
static bool
widget_appearance(struct pdf_form *f, HPDF_Dict wd,
    const struct layout_widget *w)
{
	HPDF_Dict ap = HPDF_Dict_New(f->pdf->mmgr), states, on, off;

	if (ap == NULL)
		return false;
	HPDF_Dict_Add(wd, "AP", ap);
	if (w->kind == LAYOUT_WIDGET_TEXT) {
		if (f->empty_text == NULL)
			f->empty_text = appearance(f, w->w, w->h,
			    "/Tx BMC\nEMC\n");
		return f->empty_text != NULL &&
		    HPDF_Dict_Add(ap, "N", f->empty_text) == HPDF_OK;
	}
	states = HPDF_Dict_New(f->pdf->mmgr);
	if (f->on == NULL || w->w != f->box_w || w->h != f->box_h ||
	    w->color != f->box_color) {
		f->on = tick(f, w);
		f->off = appearance(f, w->w, w->h, "");
		f->box_w = w->w;
		f->box_h = w->h;
		f->box_color = w->color;
	}
	on = f->on;
	off = f->off;
	if (states == NULL || on == NULL || off == NULL)
		return false;
	HPDF_Dict_Add(ap, "N", states);
	HPDF_Dict_Add(states, w->kind == LAYOUT_WIDGET_RADIO ? w->state :
	    "Yes", on);
	HPDF_Dict_Add(states, "Off", off);
	HPDF_Dict_AddName(wd, "AS", "Off");
	return true;
}

static struct form_field *
field_of(struct pdf_form *f, const struct layout_widget *w)
{
	struct form_field *fl;
	size_t i;

	for (i = 0; i < f->nfields; i++)
		if (strcmp(f->fields[i].name, w->name) == 0)
			return &f->fields[i];
	if (f->nfields == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 16;
		f->fields = xrealloc(f->fields, f->cap * sizeof(*f->fields));
	}
	fl = &f->fields[f->nfields++];
	memset(fl, 0, sizeof(*fl));
	fl->name = xstrdup(w->name);
	fl->first = w;
	return fl;
}

HPDF_Dict
pdf_form_widget(struct pdf_form *f, HPDF_Page page,
    const struct layout_widget *w)
{
	HPDF_Dict wd = form_dict(f);
	HPDF_Array annots;
	struct form_field *fl;

	if (wd == NULL)
		return NULL;
	HPDF_Dict_AddName(wd, "Type", "Annot");
	HPDF_Dict_AddName(wd, "Subtype", "Widget");
	HPDF_Dict_Add(wd, "Rect", form_box(f, w->x, w->y, w->x + w->w,
	    w->y + w->h));
	/* printed (PDF/A: every annotation has the Print flag) */
	HPDF_Dict_AddNumber(wd, "F", 4);
	HPDF_Dict_Add(wd, "P", page);
	/* what it is, in words: the choice's own text, also where the
	 * field (a radio group) names the question */
	HPDF_Dict_Add(wd, "TU", form_text(f, w->label));
	if (!widget_appearance(f, wd, w))
		return NULL;
	annots = HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY);
	if (annots == NULL) {
		annots = HPDF_Array_New(f->pdf->mmgr);
		if (annots == NULL || HPDF_Dict_Add(page, "Annots", annots) !=
		    HPDF_OK)
			return NULL;
	}
	HPDF_Array_Add(annots, wd);
	fl = field_of(f, w);
	fl->widgets = xrealloc(fl->widgets, (fl->nwidgets + 1) *
	    sizeof(*fl->widgets));
	fl->widgets[fl->nwidgets++] = wd;
	if (w->kind == LAYOUT_WIDGET_TEXT && f->face == NULL)
		f->face = w->face;
	return wd;
}

/* ---- the font of typed text ---- */

/* "/FormFont 9 Tf 0.1 0.1 0.1 rg": how a viewer draws typed text. */
static char *
default_appearance(const struct layout_widget *w)
{
	struct sbuf b = { 0 };

	sbuf_add(&b, "/" FORM_FONT " ");
	put_num(&b, w->size);
	sbuf_add(&b, " Tf ");
	put_rgb(&b, w->color, "rg");
	return sbuf_detach(&b);
}

static double
em1000(const struct font_face *face, long v)
{
	return (double)(long long)(v * 1000.0 / face->upem +
	    (v < 0 ? -0.5 : 0.5));
}

static HPDF_Dict
font_descriptor(struct pdf_form *f, const char *base, hb_blob_t *subset)
{
	const struct font_face *face = f->face;
	FT_Face ft = face->ft;
	TT_OS2 *os2 = FT_Get_Sfnt_Table(ft, FT_SFNT_OS2);
	HPDF_Dict d = form_dict(f), file;
	const char *data;
	unsigned len;
	long cap = os2 != NULL && os2->version >= 2 && os2->sCapHeight > 0 ?
	    os2->sCapHeight : face->ascender;

	if (d == NULL)
		return NULL;
	HPDF_Dict_AddName(d, "Type", "FontDescriptor");
	HPDF_Dict_AddName(d, "FontName", base);
	HPDF_Dict_AddNumber(d, "Flags", 32);	/* nonsymbolic: Latin */
	HPDF_Dict_Add(d, "FontBBox", form_box(f,
	    (float)em1000(face, ft->bbox.xMin),
	    (float)em1000(face, ft->bbox.yMin),
	    (float)em1000(face, ft->bbox.xMax),
	    (float)em1000(face, ft->bbox.yMax)));
	HPDF_Dict_AddNumber(d, "ItalicAngle", 0);
	HPDF_Dict_AddReal(d, "Ascent", (HPDF_REAL)em1000(face,
	    face->ascender));
	HPDF_Dict_AddReal(d, "Descent", (HPDF_REAL)em1000(face,
	    face->descender));
	HPDF_Dict_AddReal(d, "CapHeight", (HPDF_REAL)em1000(face, cap));
	HPDF_Dict_AddNumber(d, "StemV", 80);	/* as pdf_out.c's */
	data = hb_blob_get_data(subset, &len);
	if ((file = form_stream(f, data, len)) == NULL)
		return NULL;
	HPDF_Dict_AddNumber(file, "Length1", (HPDF_INT32)len);
	HPDF_Dict_Add(d, "FontFile2", file);
	return d;
}

/* One character of the font: its code (the subset's glyph id). */
struct form_char {
	unsigned	 code;
	uint32_t	 cp;
};

static int
char_cmp(const void *a, const void *b)
{
	const struct form_char *x = a, *y = b;

	return x->code < y->code ? -1 : x->code > y->code;
}

/* The ToUnicode map: runs of consecutive codes and characters as
 * bfrange, the others as bfchar, 100 to a block (PDF 32000 9.10.3). */
static char *
form_tounicode(struct form_char *c, size_t n)
{
	struct sbuf b = { 0 }, ranges = { 0 }, chars = { 0 };
	size_t i, k, nr = 0, nc = 0;

	qsort(c, n, sizeof(*c), char_cmp);
	for (i = 0; i < n; i = k) {
		for (k = i + 1; k < n && c[k].code == c[i].code + (k - i) &&
		    c[k].cp == c[i].cp + (k - i) &&
		    (c[k].code >> 8) == (c[i].code >> 8) &&
		    (c[k].cp >> 8) == (c[i].cp >> 8); k++)
			;
		if (k - i >= 2) {
			sbuf_printf(&ranges, "<%04X><%04X><%04X>\n",
			    c[i].code, c[k - 1].code, (unsigned)c[i].cp);
			nr++;
		} else {
			k = i + 1;
			sbuf_printf(&chars, "<%04X><%04X>\n", c[i].code,
			    (unsigned)c[i].cp);
			nc++;
		}
		if (nr == 100 || (k == n && nr > 0)) {
			sbuf_printf(&b, "%zu beginbfrange\n%sendbfrange\n", nr,
			    sbuf_str(&ranges));
			sbuf_free(&ranges);
			nr = 0;
		}
		if (nc == 100 || (k == n && nc > 0)) {
			sbuf_printf(&b, "%zu beginbfchar\n%sendbfchar\n", nc,
			    sbuf_str(&chars));
			sbuf_free(&chars);
			nc = 0;
		}
	}
	{
		struct sbuf all = { 0 };

		sbuf_add(&all, "/CIDInit/ProcSet findresource begin\n"
		    "12 dict begin\nbegincmap\n"
		    "/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)"
		    "/Supplement 0>>def\n"
		    "/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n"
		    "1 begincodespacerange\n<0000><FFFF>\n"
		    "endcodespacerange\n");
		sbuf_add(&all, sbuf_str(&b));
		sbuf_add(&all, "endcmap\nCMapName currentdict/CMap "
		    "defineresource pop\nend\nend\n");
		sbuf_free(&b);
		return sbuf_detach(&all);
	}
}

/* /W: each glyph's advance, by code, as one run. */
static HPDF_Array
form_widths(struct pdf_form *f, const struct form_char *c, size_t n,
    unsigned nglyphs)
{
	HPDF_Array w = HPDF_Array_New(f->pdf->mmgr), run;
	double *adv = xcalloc(nglyphs ? nglyphs : 1, sizeof(*adv));
	size_t i;

	run = HPDF_Array_New(f->pdf->mmgr);
	if (w == NULL || run == NULL) {
		free(adv);
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (c[i].code < nglyphs)
			adv[c[i].code] = em1000(f->face, font_face_advance(
			    f->face, font_face_glyph(f->face, c[i].cp)));
	HPDF_Array_AddNumber(w, 0);
	for (i = 0; i < nglyphs; i++)
		HPDF_Array_AddReal(run, (HPDF_REAL)adv[i]);
	HPDF_Array_Add(w, run);
	free(adv);
	return w;
}

/* The subset's tag (PDF 32000 9.6.4), from the face and its glyphs. */
static void
form_tag(const struct font_face *face, hb_set_t *gids, char tag[7])
{
	uint32_t h = 2166136261u;
	hb_codepoint_t g = HB_SET_VALUE_INVALID;
	const char *s;
	int i;

	for (s = face->name; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	while (hb_set_next(gids, &g))
		h = (h ^ g) * 16777619u;
	for (i = 0; i < 6; i++) {
		tag[i] = (char)('A' + h % 26);
		h = h / 26 + (uint32_t)i * 2654435761u;
	}
	tag[6] = '\0';
}

/* The Type0 font of typed text (f->font, made empty by the first text
 * field), filled in: the subset of form_font_ranges[]. */
static bool
form_font(struct pdf_form *f)
{
	hb_set_t *gids = hb_set_create(), *cps = hb_set_create();
	hb_map_t *new_gid = hb_map_create();
	struct form_char *c = NULL;
	size_t i, n = 0, cap = 0;
	unsigned nglyphs = 0;
	hb_blob_t *subset = NULL;
	HPDF_Dict cid = form_dict(f), desc, si, tu;
	HPDF_Array arr;
	char tag[7], *base = NULL, *cmap;
	uint32_t cp;
	bool ok = false;

	for (i = 0; i < sizeof(form_font_ranges) /
	    sizeof(form_font_ranges[0]); i++)
		for (cp = form_font_ranges[i][0]; cp <= form_font_ranges[i][1];
		    cp++) {
			unsigned g = font_face_glyph(f->face, cp);

			if (g == 0)
				continue;	/* not in the face */
			hb_set_add(gids, g);
			hb_set_add(cps, cp);
			if (n == cap) {
				cap = cap ? 2 * cap : 512;
				c = xrealloc(c, cap * sizeof(*c));
			}
			c[n].cp = cp;
			c[n++].code = g;
		}
	hb_set_add(gids, 0);	/* .notdef stays glyph 0 */
	subset = pdf_subset_face(f->face, gids, cps, new_gid, &nglyphs);
	hb_set_del(gids, 0);
	if (subset == NULL || cid == NULL)
		goto done;
	for (i = 0; i < n; i++)
		c[i].code = hb_map_get(new_gid, c[i].code);
	form_tag(f->face, gids, tag);
	base = xasprintf("%s+%s", tag, f->face->name);
	if ((desc = font_descriptor(f, base, subset)) == NULL ||
	    (si = HPDF_Dict_New(f->pdf->mmgr)) == NULL ||
	    (arr = HPDF_Array_New(f->pdf->mmgr)) == NULL)
		goto done;
	HPDF_Dict_AddName(cid, "Type", "Font");
	HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
	HPDF_Dict_AddName(cid, "BaseFont", base);
	HPDF_Dict_Add(si, "Registry", HPDF_String_New(f->pdf->mmgr, "Adobe",
	    NULL));
	HPDF_Dict_Add(si, "Ordering", HPDF_String_New(f->pdf->mmgr,
	    "Identity", NULL));
	HPDF_Dict_AddNumber(si, "Supplement", 0);
	HPDF_Dict_Add(cid, "CIDSystemInfo", si);
	HPDF_Dict_Add(cid, "FontDescriptor", desc);
	HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity");
	HPDF_Dict_Add(cid, "W", form_widths(f, c, n, nglyphs));
	HPDF_Dict_AddName(f->font, "Type", "Font");
	HPDF_Dict_AddName(f->font, "Subtype", "Type0");
	HPDF_Dict_AddName(f->font, "BaseFont", base);
	HPDF_Dict_AddName(f->font, "Encoding", "Identity-H");
	HPDF_Array_Add(arr, cid);
	HPDF_Dict_Add(f->font, "DescendantFonts", arr);
	cmap = form_tounicode(c, n);
	tu = form_stream(f, cmap, strlen(cmap));
	free(cmap);
	if (tu == NULL)
		goto done;
	HPDF_Dict_Add(f->font, "ToUnicode", tu);
	ok = true;
done:
	free(base);
	free(c);
	hb_blob_destroy(subset);
	hb_map_destroy(new_gid);
	hb_set_destroy(gids);
	hb_set_destroy(cps);
	return ok;
}

/* ---- fields ---- */

/* The field's own entries, into d: its widget's dictionary when it has
 * one widget (a field and its widget merged, PDF 32000 12.7.3.1), else
 * the parent of its widgets. */
static void
field_entries(struct pdf_form *f, const struct form_field *fl, HPDF_Dict d)
{
	const struct layout_widget *w = fl->first;
	char *da;

	HPDF_Dict_AddName(d, "FT", w->kind == LAYOUT_WIDGET_TEXT ? "Tx" :
	    "Btn");
	HPDF_Dict_Add(d, "T", HPDF_String_New(f->pdf->mmgr, fl->name, NULL));
	HPDF_Dict_Add(d, "TU", form_text(f, w->kind == LAYOUT_WIDGET_RADIO &&
	    w->question != NULL ? w->question : w->label));
	if (w->kind == LAYOUT_WIDGET_RADIO)
		HPDF_Dict_AddNumber(d, "Ff", FF_RADIO);
	else if (w->kind == LAYOUT_WIDGET_TEXT && w->multiline)
		HPDF_Dict_AddNumber(d, "Ff", FF_MULTILINE);
	if (w->kind == LAYOUT_WIDGET_CHECK || w->kind == LAYOUT_WIDGET_RADIO)
		HPDF_Dict_AddName(d, "V", "Off");
	if (w->kind == LAYOUT_WIDGET_TEXT) {
		da = default_appearance(w);
		HPDF_Dict_Add(d, "DA", HPDF_String_New(f->pdf->mmgr, da,
		    NULL));
		free(da);
	}
}

static HPDF_Dict
field_write(struct pdf_form *f, const struct form_field *fl)
{
	HPDF_Dict parent;
	HPDF_Array kids;
	size_t i;

	if (fl->nwidgets == 1 && fl->first->kind != LAYOUT_WIDGET_RADIO) {
		field_entries(f, fl, fl->widgets[0]);
		return fl->widgets[0];
	}
	if ((parent = form_dict(f)) == NULL ||
	    (kids = HPDF_Array_New(f->pdf->mmgr)) == NULL)
		return NULL;
	field_entries(f, fl, parent);
	HPDF_Dict_Add(parent, "Kids", kids);
	for (i = 0; i < fl->nwidgets; i++) {
		HPDF_Array_Add(kids, fl->widgets[i]);
		HPDF_Dict_Add(fl->widgets[i], "Parent", parent);
	}
	return parent;
}

bool
pdf_form_end(struct pdf_form *f, struct diag_list *dl)
{
	HPDF_Dict acro = HPDF_Dict_New(f->pdf->mmgr), dr, fonts, d;
	HPDF_Array fields = HPDF_Array_New(f->pdf->mmgr);
	size_t i;

	if (acro == NULL || fields == NULL)
		return false;
	if (f->face != NULL) {
		if ((f->font = form_dict(f)) == NULL || !form_font(f)) {
			diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, f->face->name,
			    "the form's font");
			return false;
		}
		dr = HPDF_Dict_New(f->pdf->mmgr);
		fonts = HPDF_Dict_New(f->pdf->mmgr);
		if (dr == NULL || fonts == NULL)
			return false;
		HPDF_Dict_Add(fonts, FORM_FONT, f->font);
		HPDF_Dict_Add(dr, "Font", fonts);
		HPDF_Dict_Add(acro, "DR", dr);
		HPDF_Dict_Add(acro, "DA", HPDF_String_New(f->pdf->mmgr,
		    "/" FORM_FONT " 0 Tf 0 g", NULL));
	}
	for (i = 0; i < f->nfields; i++) {
		if ((d = field_write(f, &f->fields[i])) == NULL)
			return false;
		HPDF_Array_Add(fields, d);
	}
	HPDF_Dict_Add(acro, "Fields", fields);
	/* No NeedAppearances: every widget has its appearance (ISO 19005-2
	 * 6.4.1). */
	return HPDF_Dict_Add(f->pdf->catalog, "AcroForm", acro) == HPDF_OK;
}
