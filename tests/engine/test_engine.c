/* test_engine.c: unit tests of the layout engine and the PDF back end,
 * one per rule or libharu 2.3.0 workaround (notes/libharu-and-fonts.md). */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"
#include "doc_tree.h"
#include "font.h"
#include "font_int.h"
#include "layout.h"
#include "pdf_out.h"
#include "pdf_out_int.h"
#include "samples.h"
#include "tmpl.h"
#include "utf8.h"

static struct font_set *fs;

static int
setup(void **state)
{
	struct diag_list dl = { 0 };

	fs = font_set_load(&dl);
	diag_list_print(&dl, stderr);
	diag_list_free(&dl);
	return fs == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	font_set_free(fs);
	return 0;
}

static struct doc *
one_paragraph(const char *lang, const char *text, unsigned style)
{
	struct doc *d = doc_new(lang);
	struct doc_block *b = doc_block_add(d, d->root, DOC_PARAGRAPH);

	doc_span_add(d, b, text, style);
	return d;
}

static struct layout *
lay(const struct doc *d, unsigned max_pages, struct diag_list *dl)
{
	struct layout_options o = { max_pages };
	struct layout *L = layout_doc(d, fs, &o, dl);

	assert_non_null(L);
	return L;
}

/* The text lines of page 0. */
static size_t
lines(const struct layout *L, size_t page, const struct layout_text **out,
    size_t max)
{
	const struct layout_page *p = layout_page_get(L, page);
	size_t i, n = 0;

	for (i = 0; p != NULL && i < p->nitems; i++)
		if (p->items[i].kind == LAYOUT_TEXT && n < max)
			out[n++] = &p->items[i].u.text;
	return n;
}

static bool
has_code(const struct diag_list *dl, enum diag_code code)
{
	size_t i;

	for (i = 0; i < dl->count; i++)
		if (dl->items[i].code == code)
			return true;
	return false;
}

static size_t
count_chars(const char *p)
{
	size_t n = 0;

	while (utf8_next(&p) != 0)
		n++;
	return n;
}

/* Own line breaking (libharu's TextRect cannot wrap UTF-8): no line is
 * wider than the text area, none starts with a space, nothing is lost. */
static void
lines_fit_and_keep_every_character(void **state)
{
	const struct sample *s = sample_find("fr");
	struct diag_list dl = { 0 };
	struct doc *d = one_paragraph("fr", s->paragraph, 0);
	struct layout *L = lay(d, 0, &dl);
	const struct layout_text *t[64];
	size_t n = lines(L, 0, t, 64), i, total = 0;

	assert_true(n >= 2);
	for (i = 0; i < n; i++) {
		assert_true(t[i]->width <= 595.28f - 100 + 0.01f);
		assert_true(t[i]->logical[0] != ' ');
		total += t[i]->nlogical;
	}
	/* The characters of the paragraph minus the spaces at the breaks. */
	assert_int_equal(total + n - 1, count_chars(s->paragraph));
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* Right to left: lines end at the right margin. */
static void
rtl_lines_are_right_aligned(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = one_paragraph("ar", sample_find("ar")->paragraph, 0);
	struct layout *L = lay(d, 0, &dl);
	const struct layout_text *t[16];
	size_t n = lines(L, 0, t, 16), i;

	assert_true(n >= 1);
	for (i = 0; i < n; i++) {
		assert_true(t[i]->rtl);
		assert_float_equal(t[i]->x + t[i]->width, 595.28f - 50, 0.01f);
	}
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* Thai has no spaces between words: libthai's dictionary finds the
 * breaks, and no line starts with a mark. */
static void
thai_breaks_between_words(void **state)
{
	struct diag_list dl = { 0 };
	char text[4096] = "";
	struct doc *d;
	struct layout *L;
	const struct layout_text *t[64];
	size_t n, i;
	int k;

	for (k = 0; k < 12; k++)
		strcat(text, "คุณสามารถขอความช่วยเหลือได้ฟรี");
	d = one_paragraph("th", text, 0);
	L = lay(d, 0, &dl);
	n = lines(L, 0, t, 64);
	assert_true(n >= 3);
	for (i = 0; i < n; i++) {
		uint32_t c = t[i]->logical[0];

		assert_false(c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) ||
		    (c >= 0x0E47 && c <= 0x0E4E));
	}
	assert_false(has_code(&dl, WARN_LAYOUT_WORD_SPLIT));
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* The Noto script fonts have no Latin digits: they come from NotoSans. */
static void
digits_fall_back_to_noto_sans(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = one_paragraph("th", "โทร 45", 0);
	struct layout *L = lay(d, 0, &dl);
	const struct layout_text *t[4];
	size_t i;
	bool thai = false, digits = false;

	assert_int_equal(lines(L, 0, t, 4), 1);
	for (i = 0; i < t[0]->nglyphs; i++) {
		const char *name = font_face_name(t[0]->glyphs[i].face);

		if (t[0]->glyphs[i].cp == '4')
			digits = strcmp(name, "NotoSans-Regular") == 0;
		if (t[0]->glyphs[i].cp == 0x0E17)
			thai = strcmp(name, "NotoSansThai-Regular") == 0;
	}
	assert_true(thai);
	assert_true(digits);
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* User data is isolated: an override control in a name is dropped and
 * cannot reverse it. */
static void
user_data_loses_bidi_overrides(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = doc_new("en");
	struct doc_block *b = doc_block_add(d, d->root, DOC_PARAGRAPH);
	struct layout *L;
	const struct layout_text *t[4];
	char seen[16] = "";
	size_t i, k = 0;

	doc_span_add(d, b, "Name: ", 0);
	doc_span_add(d, b, "\xE2\x80\xAE" "Ana\xE2\x81\xA6", SPAN_USER_DATA);
	L = lay(d, 0, &dl);
	assert_int_equal(lines(L, 0, t, 4), 1);
	for (i = 0; i < t[0]->nlogical; i++)
		assert_int_not_equal(t[0]->logical[i], 0x202E);
	for (i = 0; i < t[0]->nglyphs && k < 15; i++)
		if (t[0]->glyphs[i].cp < 0x80)
			seen[k++] = (char)t[0]->glyphs[i].cp;
	assert_string_equal(seen, "Name: Ana");
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* Pashto letters have no presentation forms: only HarfBuzz joins them,
 * drawn through the PUA code points of the prepared font. */
static void
pashto_letters_are_shaped(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = one_paragraph("ps", "ښکار ګړندۍ", 0);
	struct layout *L = lay(d, 0, &dl);
	const struct layout_text *t[4];
	size_t i, pua = 0;

	assert_int_equal(lines(L, 0, t, 4), 1);
	for (i = 0; i < t[0]->nglyphs; i++)
		if (t[0]->glyphs[i].cp >= 0xE000 && t[0]->glyphs[i].cp <= 0xF8FF)
			pua++;
	assert_true(pua >= 3);
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* Devanagari: स्क is a conjunct, fewer glyphs than characters. */
static void
devanagari_forms_conjuncts(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = one_paragraph("hi", "तस्करी", 0);
	struct layout *L = lay(d, 0, &dl);
	const struct layout_text *t[4];

	assert_int_equal(lines(L, 0, t, 4), 1);
	assert_true(t[0]->nglyphs < t[0]->nlogical);
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* libharu's UTF-8 encoder turns code points above U+FFFF into spaces:
 * every code point the back end draws is in the BMP. */
static void
drawn_code_points_are_bmp(void **state)
{
	size_t k, p, i, j;

	for (k = 0; k < nsamples; k++) {
		struct diag_list dl = { 0 };
		struct doc *d = sample_doc(&samples[k]);
		struct layout *L = lay(d, 2, &dl);

		assert_int_equal(diag_list_errors(&dl), 0);
		for (p = 0; p < layout_page_count(L); p++) {
			const struct layout_page *pg = layout_page_get(L, p);

			for (i = 0; i < pg->nitems; i++) {
				const struct layout_text *t =
				    &pg->items[i].u.text;

				if (pg->items[i].kind != LAYOUT_TEXT)
					continue;
				for (j = 0; j < t->nglyphs; j++)
					assert_true(t->glyphs[j].cp <= 0xFFFF);
			}
		}
		layout_free(L);
		doc_free(d);
		diag_list_free(&dl);
	}
}

/* Text beyond the page budget is an error naming language and string. */
static void
overflow_is_an_error(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = doc_new("de");
	struct layout *L;
	size_t i;

	for (i = 0; i < 120; i++)
		doc_span_add(d, doc_block_add(d, d->root, DOC_PARAGRAPH),
		    i < 119 ? "Hilfe ist kostenlos und vertraulich." :
		    "Der letzte Satz passt nicht mehr.", 0);
	L = lay(d, 1, &dl);
	assert_int_equal(diag_list_errors(&dl), 1);
	assert_int_equal(dl.items[0].code, ERR_LAYOUT_OVERFLOW);
	assert_non_null(strstr(dl.items[0].message, "de"));
	assert_non_null(strstr(dl.items[0].message, "Hilfe ist"));
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

static void
box_taller_than_page_is_an_error(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = doc_new("en");
	struct doc_block *box = doc_block_add(d, d->root, DOC_BOX);
	struct layout *L;
	size_t i;

	for (i = 0; i < 80; i++)
		doc_span_add(d, doc_block_add(d, box, DOC_PARAGRAPH),
		    "Help is free.", 0);
	L = lay(d, 0, &dl);
	assert_true(has_code(&dl, ERR_LAYOUT_TOO_TALL));
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* The components of glyph g; 0 when g is a simple glyph. */
static unsigned
components(FT_Face ft, unsigned g, unsigned *out, unsigned max)
{
	unsigned k, n = 0;

	if (FT_Load_Glyph(ft, g, FT_LOAD_NO_SCALE | FT_LOAD_NO_RECURSE) != 0 ||
	    ft->glyph->format != FT_GLYPH_FORMAT_COMPOSITE)
		return 0;
	for (k = 0; k < ft->glyph->num_subglyphs && n < max; k++) {
		FT_Int idx, a1, a2;
		FT_UInt fl;
		FT_Matrix m;

		if (FT_Get_SubGlyph_Info(ft->glyph, k, &idx, &fl, &a1, &a2,
		    &m) == 0)
			out[n++] = (unsigned)idx;
	}
	return n;
}

/* The outline of glyph gid, all components resolved: its number of
 * points (0 when a component is missing from the font). */
static int
outline_points(FT_Face ft, unsigned gid)
{
	if (FT_Load_Glyph(ft, gid, FT_LOAD_NO_SCALE) != 0)
		return -1;
	return ft->glyph->outline.n_points;
}

/* Subset face f to glyph g and compare g's outline in the subset with
 * the face's: every component, at any depth, must be there. */
static void
subset_keeps_outline(struct font_face *f, unsigned g)
{
	hb_set_t *gids = hb_set_create(), *cps = hb_set_create();
	hb_map_t *map = hb_map_create();
	FT_Library lib;
	FT_Face sub;
	unsigned n = 0, len;
	hb_blob_t *b;
	const char *data;

	hb_set_add(gids, 0);
	hb_set_add(gids, g);
	b = pdf_subset_face(f, gids, cps, map, &n);
	assert_non_null(b);
	data = hb_blob_get_data(b, &len);
	assert_int_equal(FT_Init_FreeType(&lib), 0);
	assert_int_equal(FT_New_Memory_Face(lib, (const FT_Byte *)data,
	    (FT_Long)len, 0, &sub), 0);
	assert_true(n > 2);	/* the glyph, its components, .notdef */
	assert_true(outline_points(f->ft, g) > 0);
	assert_int_equal(outline_points(sub, hb_map_get(map, g)),
	    outline_points(f->ft, g));
	FT_Done_Face(sub);
	FT_Done_FreeType(lib);
	hb_blob_destroy(b);
	hb_map_destroy(map);
	hb_set_destroy(gids);
	hb_set_destroy(cps);
}

/* libharu 2.3.0 embedded the components of a composite glyph one level
 * deep only: the dots of Noto Naskh Arabic, nested composites, were lost
 * (notes 4.2 and 5.1).  The subset thbdoc embeds keeps them. */
static void
nested_composites_are_embedded(void **state)
{
	struct diag_list dl = { 0 };
	const struct font_chain *c = font_set_chain(fs, "ar", &dl);
	struct font_face *f = c->faces[0];
	unsigned g, k, n, used = 0, grandchild = 0, comp[8], sub[8];

	assert_string_equal(font_face_name(f), "NotoNaskhArabic-Regular");
	for (g = 1; g < f->nglyphs && grandchild == 0; g++) {
		if (font_face_code_point(f, g) == 0)
			continue;
		n = components(f->ft, g, comp, 8);
		for (k = 0; k < n && grandchild == 0; k++)
			if (components(f->ft, comp[k], sub, 8) > 0 &&
			    components(f->ft, sub[0], sub + 1, 1) == 0) {
				grandchild = sub[0];
				used = g;
			}
	}
	assert_true(grandchild > 0);
	subset_keeps_outline(f, used);
	diag_list_free(&dl);
}

/* The fifth bug: components with glyph ids >= 32768 were read as
 * negative and never embedded: 贩 came out as 反 with Droid Sans
 * Fallback. */
static void
high_component_ids_are_embedded(void **state)
{
	struct diag_list dl = { 0 };
	const struct font_chain *c = font_set_chain(fs, "zh", &dl);
	struct font_face *f = font_chain_face_for(c, 0x8D29, 0);
	unsigned g, k, n, high = 0, comp[8];

	assert_non_null(f);
	assert_string_equal(font_face_name(f), "DroidSansFallbackFull");
	g = font_face_glyph(f, 0x8D29);		/* 贩 */
	n = components(f->ft, g, comp, 8);
	for (k = 0; k < n; k++)
		if (comp[k] >= 32768)
			high = comp[k];
	assert_true(high >= 32768);
	subset_keeps_outline(f, g);
	diag_list_free(&dl);
}

static unsigned char *
render(const char *lang, bool plain, size_t *len)
{
	struct diag_list dl = { 0 };
	struct doc *d = plain ? sample_doc_plain(sample_find(lang)) :
	    sample_doc(sample_find(lang));
	struct layout *L = lay(d, 2, &dl);
	struct pdf_options o = { 0, true };
	unsigned char *pdf = pdf_render(L, d, &o, len, &dl);

	assert_non_null(pdf);
	assert_int_equal(diag_list_errors(&dl), 0);
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
	return pdf;
}

static bool
contains(const unsigned char *p, size_t n, const char *s)
{
	size_t k = strlen(s), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(p + i, s, k) == 0)
			return true;
	return false;
}

/* Same input, same bytes; metadata and language are there; shaped text
 * carries /ActualText. */
static void
pdf_is_deterministic_with_metadata(void **state)
{
	size_t n1, n2;
	unsigned char *a = render("ar", false, &n1);
	unsigned char *b = render("ar", false, &n2);

	assert_int_equal(n1, n2);
	assert_memory_equal(a, b, n1);
	assert_true(contains(a, n1, "/Lang(ar)"));
	assert_true(contains(a, n1, "/Title"));
	assert_true(contains(a, n1, "/ActualText(\xFE\xFF"));
	assert_true(contains(a, n1, " BDC"));
	free(a);
	free(b);
}

/* A timeline: three steps in reading order, joined by arrows that point
 * the way the reader reads (right to left in Arabic), a dashed frame for
 * an optional step, and one figure item that owns the drawing and keeps
 * the alternate text (issue 16, item 2). */
static struct doc *
timeline_doc(const char *lang)
{
	struct doc *d = doc_new(lang);
	struct doc_block *tl = doc_block_add(d, d->root, DOC_TIMELINE);
	static const char *const label[] = { "45", "3", "6" };
	struct doc_block *st;
	size_t i;

	tl->alt = doc_strdup(d, "45 -> 3 -> 6");
	tl->look = tmpl_look(NULL);
	for (i = 0; i < 3; i++) {
		st = doc_block_add(d, tl, DOC_STEP);
		doc_span_add(d, st, label[i], SPAN_STRONG);
		if (i == 1)
			st->style = doc_strdup(d, "optional");
		st->look = tmpl_look(st->style);
	}
	return d;
}

static void
check_timeline(const char *lang, bool rtl)
{
	struct diag_list dl = { 0 };
	struct doc *d = timeline_doc(lang);
	struct layout *L = lay(d, 1, &dl);
	const struct layout_page *p = layout_page_get(L, 0);
	float x45 = -1, x6 = -1;
	size_t i, arrows = 0, dashed = 0;

	assert_int_equal(dl.count, 0);
	assert_int_equal(p->items[0].kind, LAYOUT_FIGURE);
	assert_string_equal(p->items[0].u.figure.alt, "45 -> 3 -> 6");
	assert_int_equal(p->items[0].u.figure.nitems, p->nitems - 1);
	for (i = 1; i < p->nitems; i++) {
		const struct layout_item *it = &p->items[i];

		if (it->kind == LAYOUT_TEXT && it->u.text.nlogical == 2 &&
		    it->u.text.logical[0] == '4')
			x45 = it->u.text.x;
		else if (it->kind == LAYOUT_TEXT && it->u.text.nlogical == 1 &&
		    it->u.text.logical[0] == '6')
			x6 = it->u.text.x;
		else if (it->kind == LAYOUT_LINE && it->u.line.arrow) {
			arrows++;
			/* The head is at the end the reader reaches next. */
			assert_true(rtl ? it->u.line.x1 < it->u.line.x0 :
			    it->u.line.x1 > it->u.line.x0);
		} else if (it->kind == LAYOUT_LINE && it->u.line.dashed)
			dashed++;
	}
	assert_int_equal(arrows, 2);
	assert_int_equal(dashed, 4);
	assert_true(x45 >= 0 && x6 >= 0);
	assert_true(rtl ? x45 > x6 : x45 < x6);
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

static void
timeline_reads_in_the_language_direction(void **state)
{
	check_timeline("fr", false);
	check_timeline("ar", true);
}

/* Atomic write: personal data gets mode 0600; a failed write leaves
 * nothing behind. */
static void
pdf_write_is_atomic(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = sample_doc_plain(sample_find("ru"));
	struct layout *L = lay(d, 2, &dl);
	char dir[] = "/tmp/thbdoc-test-XXXXXX", *path, *bad;
	struct stat st;

	assert_non_null(mkdtemp(dir));
	path = malloc(strlen(dir) + 16);
	bad = malloc(strlen(dir) + 32);
	sprintf(path, "%s/out.pdf", dir);
	sprintf(bad, "%s/missing/out.pdf", dir);
	d->personal_data = true;
	assert_true(pdf_write(L, d, NULL, path, &dl));
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_false(pdf_write(L, d, NULL, bad, &dl));
	assert_true(has_code(&dl, ERR_PDF_WRITE));
	assert_int_not_equal(stat(bad, &st), 0);
	unlink(path);
	assert_int_equal(rmdir(dir), 0);	/* no temporary file left */
	free(path);
	free(bad);
	layout_free(L);
	doc_free(d);
	diag_list_free(&dl);
}

/* A form filled on screen (doc.form, the blank report): a widget over
 * every line to write on and every box to tick, named and worded as the
 * doc says, in a Form element next to its label; a line repeated at the
 * foot of every page is one field of several widgets.  A doc that is not
 * a form has none. */
static struct doc *
form_doc(bool form)
{
	struct doc *d = doc_new("fr");
	struct doc_block *f, *list, *c, *foot;

	d->form = form;
	f = doc_block_add(d, d->root, DOC_FIELD);
	f->name = doc_strdup(d, "person-name");
	f->inline_rule = true;
	doc_span_add(d, f, "Nom", SPAN_PLAIN);
	list = doc_block_add(d, d->root, DOC_LIST);
	list->name = doc_strdup(d, "assessment");
	list->alt = doc_strdup(d, "Appréciation (point 5)");
	c = doc_block_add(d, list, DOC_CHOICE);
	c->name = doc_strdup(d, "victim");
	doc_span_add(d, c, "Victime (point 5.1).", SPAN_PLAIN);
	c = doc_block_add(d, list, DOC_CHOICE);
	c->name = doc_strdup(d, "uncertain");
	doc_span_add(d, c, "Victime possible (point 5.2).", SPAN_PLAIN);
	list = doc_block_add(d, d->root, DOC_LIST);
	c = doc_block_add(d, list, DOC_CHOICE);
	c->name = doc_strdup(d, "consent");
	doc_span_add(d, c, "La personne accepte (point 5.2).", SPAN_PLAIN);
	f = doc_block_add(d, d->root, DOC_FIELD);
	f->name = doc_strdup(d, "signature");
	f->signature = true;
	doc_span_add(d, f, "Signature", SPAN_PLAIN);
	doc_block_add(d, d->root, DOC_PAGE_BREAK);
	doc_span_add(d, doc_block_add(d, d->root, DOC_PARAGRAPH), "Fin.",
	    SPAN_PLAIN);
	foot = doc_block_add(d, d->root, DOC_FOOTER);
	f = doc_block_add(d, foot, DOC_FIELD);
	f->name = doc_strdup(d, "case-ref");
	f->inline_rule = true;
	f->width = 160;
	doc_span_add(d, f, "Dossier", SPAN_PLAIN);
	return d;
}

/* The widgets of a page, in drawing order (max at most); their number. */
static size_t
widgets(const struct layout *L, size_t page, const struct layout_item **out,
    size_t max)
{
	const struct layout_page *p = layout_page_get(L, page);
	size_t i, n = 0;

	for (i = 0; p != NULL && i < p->nitems; i++)
		if (p->items[i].kind == LAYOUT_WIDGET && n < max)
			out[n++] = &p->items[i];
	return n;
}

static size_t
occurrences(const unsigned char *p, size_t n, const char *s)
{
	size_t k = strlen(s), i, c = 0;

	for (i = 0; i + k <= n; i++)
		c += memcmp(p + i, s, k) == 0;
	return c;
}

static enum layout_role
parent_role(const struct layout *L, int elem)
{
	return layout_elem_get(L, (size_t)layout_elem_get(L,
	    (size_t)elem)->parent)->role;
}

static void
form_fields_are_widgets(void **state)
{
	struct diag_list dl = { 0 };
	struct doc *d = form_doc(true), *paper = form_doc(false);
	struct layout *L = lay(d, 0, &dl), *P = lay(paper, 0, &dl);
	const struct layout_item *w[8];
	struct pdf_options o = { 0, true };
	unsigned char *pdf;
	size_t len;

	assert_int_equal(layout_page_count(L), 2);
	assert_int_equal(widgets(L, 0, w, 8), 5);
	assert_int_equal(w[0]->u.widget.kind, LAYOUT_WIDGET_TEXT);
	assert_string_equal(w[0]->u.widget.name, "person-name");
	assert_string_equal(w[0]->u.widget.label, "Nom");
	/* next to its label: after the label's paragraph, in its parent */
	assert_int_equal(layout_elem_get(L, (size_t)w[0]->elem)->role,
	    LAYOUT_ROLE_FORM);
	assert_int_equal(parent_role(L, w[0]->elem), LAYOUT_ROLE_DOCUMENT);
	assert_int_equal(w[1]->u.widget.kind, LAYOUT_WIDGET_RADIO);
	assert_string_equal(w[1]->u.widget.name, "assessment");
	assert_string_equal(w[1]->u.widget.state, "victim");
	assert_string_equal(w[1]->u.widget.question, "Appréciation (point 5)");
	assert_string_equal(w[2]->u.widget.state, "uncertain");
	assert_string_equal(w[2]->u.widget.label,
	    "Victime possible (point 5.2).");
	/* a box to tick: in its list item's label */
	assert_int_equal(parent_role(L, w[2]->elem), LAYOUT_ROLE_LBL);
	assert_int_equal(w[3]->u.widget.kind, LAYOUT_WIDGET_CHECK);
	assert_string_equal(w[3]->u.widget.name, "consent");
	assert_null(w[3]->u.widget.state);
	/* no field to sign: signed by hand; the foot's line on each page,
	 * its Form element in the document (the label is an artifact) */
	assert_string_equal(w[4]->u.widget.name, "case-ref");
	assert_int_equal(parent_role(L, w[4]->elem), LAYOUT_ROLE_DOCUMENT);
	assert_int_equal(widgets(L, 1, w, 8), 1);
	assert_string_equal(w[0]->u.widget.name, "case-ref");
	assert_int_equal(widgets(P, 0, w, 8) + widgets(P, 1, w, 8), 0);
	/* one field for the foot's two widgets; the radio group's two
	 * choices are the kids of theirs */
	pdf = pdf_render(L, d, &o, &len, &dl);
	assert_non_null(pdf);
	assert_true(contains(pdf, len, "/AcroForm"));
	assert_int_equal(occurrences(pdf, len, "/T(case-ref)"), 1);
	assert_int_equal(occurrences(pdf, len, "/T(assessment)"), 1);
	assert_true(contains(pdf, len, "/Ff 32768"));
	assert_int_equal(occurrences(pdf, len, "/S/Form"), 6);
	assert_false(contains(pdf, len, "NeedAppearances"));
	assert_int_equal(diag_list_errors(&dl), 0);
	free(pdf);
	pdf = pdf_render(P, paper, &o, &len, &dl);
	assert_non_null(pdf);
	assert_false(contains(pdf, len, "/AcroForm"));
	free(pdf);
	layout_free(L);
	layout_free(P);
	doc_free(d);
	doc_free(paper);
	diag_list_free(&dl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lines_fit_and_keep_every_character),
		cmocka_unit_test(rtl_lines_are_right_aligned),
		cmocka_unit_test(thai_breaks_between_words),
		cmocka_unit_test(digits_fall_back_to_noto_sans),
		cmocka_unit_test(user_data_loses_bidi_overrides),
		cmocka_unit_test(pashto_letters_are_shaped),
		cmocka_unit_test(devanagari_forms_conjuncts),
		cmocka_unit_test(drawn_code_points_are_bmp),
		cmocka_unit_test(overflow_is_an_error),
		cmocka_unit_test(box_taller_than_page_is_an_error),
		cmocka_unit_test(nested_composites_are_embedded),
		cmocka_unit_test(high_component_ids_are_embedded),
		cmocka_unit_test(pdf_is_deterministic_with_metadata),
		cmocka_unit_test(pdf_write_is_atomic),
		cmocka_unit_test(timeline_reads_in_the_language_direction),
		cmocka_unit_test(form_fields_are_widgets),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
