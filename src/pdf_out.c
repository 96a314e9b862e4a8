/* pdf_out.c: layout -> PDF with libharu 2.3.0.
 *
 * libharu writes the file, the pages, the graphics and the links; thbdoc
 * writes the fonts and the text itself.  libharu 2.3.0 reaches a glyph
 * only through its font's Unicode cmap and writes an identity ToUnicode
 * map that poppler rejects ("Invalid 'begincidrange'") and that gives
 * MuPDF and pdf.js private-use characters for every shaped glyph.  Here
 * each face is cut down to the glyphs drawn (harfbuzz-subset), embedded
 * as a CIDFontType2 whose CIDs are the subset's glyph ids, and given a
 * ToUnicode map that names, for each glyph, the characters it stands
 * for: a conjunct or a ligature its whole cluster.  Glyphs are drawn in
 * the logical order of their text (see plan_line()), so that the readers
 * that do no bidi and no Indic reordering read the text in order too.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <fribidi.h>
#include <hb.h>
#include <hb-subset.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "diag.h"
#include "i18n.h"
#include "doc_tree.h"
#include "font_int.h"
#include "layout.h"
#include "paths.h"
#include "pdf_form.h"
#include "pdf_out.h"
#include "pdf_out_int.h"
#include "utf8.h"
#include "util.h"

struct hpdf_error {
	HPDF_STATUS	 code, detail;
};

/* A glyph's text: the characters it stands for, logical order. */
struct glyph_text {
	uint32_t	*cp;
	size_t		 n;
	uint32_t	 hash;
};

#define PDF_MAX_VARIANTS 64
/* The sRGB profile of the PDF/A output intent, under the data folder. */
#define PDF_SRGB_PROFILE "icc/sRGB.icc"
#define TEXT_NONE	 HB_MAP_VALUE_INVALID

/* One face of the layout, as written into this PDF: one CIDFontType2
 * (CID = glyph id of the subset), and one Type0 font per text map.  A
 * glyph that stands for different text in different places (a conjunct
 * piece, a Bengali vowel sign's half) is drawn through a second Type0
 * font whose ToUnicode map says what it stands for there: every reader
 * reads ToUnicode, few read /ActualText. */
struct pdf_face {
	struct font_face *face;
	hb_set_t	*cps;		/* code points drawn (the cmap) */
	hb_set_t	*gids;		/* glyphs drawn, ids of the face */
	hb_map_t	*text[PDF_MAX_VARIANTS];	/* gid -> text */
	size_t		 nvariants;
	hb_map_t	*new_gid;	/* gid of the face -> of the subset */
	unsigned	 nsubset;	/* glyphs in the subset */
	hb_blob_t	*subset;
	HPDF_Dict	 type0[PDF_MAX_VARIANTS];
};

struct pdf_state {
	HPDF_Doc	 pdf;
	struct hpdf_error err;
	struct pdf_face	 faces[32];
	size_t		 nfaces;
	struct glyph_text *texts;	/* every glyph text, once */
	size_t		 ntexts, texts_cap;
	bool		 compress;
	HPDF_Page	 page;
	struct sbuf	 out;		/* the text being drawn */
	/* Tagged PDF: one structure element per layout element. */
	HPDF_Dict	*elem;
	HPDF_Array	*kids;
	HPDF_Page	*elem_page;	/* the page of its first content */
	HPDF_Dict	 tree;		/* the StructTreeRoot */
	HPDF_Array	 nums;		/* its ParentTree, key value ... */
	int		 next_key;	/* pages' and links' keys in it */
	HPDF_Array	 page_elems;	/* this page's elements by MCID */
	int		 mcid;		/* next MCID of the page */
	/* What the page's graphics state holds since the last text object:
	 * the font and size (text state, kept across BT and ET, PDF 32000
	 * 9.3.1) and the fill colour, unless something else was drawn
	 * since; each is written again only when it changes. */
	HPDF_Dict	 font;
	double		 font_size;
	uint32_t	 fill;
	bool		 fill_known;
	/* The links of the line being drawn: for each of its glyphs the
	 * page item of the link it belongs to (-1: none), and for each
	 * link item of the page its Link element, made when its text is
	 * drawn (its kids array with it). */
	const struct layout *layout;
	int		*glyph_link;
	int		 text_elem;	/* the line's element, -1 */
	int		 text_link;	/* the link being drawn, -1 */
	HPDF_Dict	*link_elem;
	HPDF_Array	*link_kids;
	struct pdf_form	*form;		/* the widgets' fields (pdf_form.c);
					   NULL: none */
};

static HPDF_String utf8_string(struct pdf_state *, const char *);
static void mc_switch(struct pdf_state *, int);

static void
on_hpdf_error(HPDF_STATUS code, HPDF_STATUS detail, void *data)
{
	struct hpdf_error *e = data;

	/* libharu goes on with a NULL page or object after a failed
	 * allocation, and crashed further on: stop here. */
	if (code == HPDF_FAILD_TO_ALLOC_MEM)
		util_out_of_memory();
	if (e->code == 0) {
		e->code = code;
		e->detail = detail;
	}
}

/* libharu's own allocator: the objects made through its internal API
 * (arrays, dictionaries) only record a failed allocation, and a NULL
 * array then crashed HPDF_Array_AddReal.  Out of memory stops here. */
static void *
hpdf_alloc(HPDF_UINT size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		util_out_of_memory();
	return p;
}

static void
hpdf_free(void *p)
{
	free(p);
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

/* ---- numbers, without the locale (fr_FR writes decimal commas) ---- */

/* v rounded to 1/1000, shortest form: "12", "-0.5", "3.142". */
static void
put_num(struct sbuf *b, double v)
{
	long long m = (long long)(v * 1000.0 + (v < 0 ? -0.5 : 0.5));
	long long ip, fp;
	char frac[8];
	int k;

	if (m < 0) {
		sbuf_addc(b, '-');
		m = -m;
	}
	ip = m / 1000;
	fp = m % 1000;
	sbuf_printf(b, "%lld", ip);
	if (fp == 0)
		return;
	snprintf(frac, sizeof(frac), "%03lld", fp);
	for (k = 2; k > 0 && frac[k] == '0'; k--)
		frac[k] = '\0';
	sbuf_printf(b, ".%s", frac);
}

/* The value put_num() writes, as a reader reads it back. */
static double
num_written(double v)
{
	return (double)(long long)(v * 1000.0 + (v < 0 ? -0.5 : 0.5)) /
	    1000.0;
}

/* ---- glyph texts ---- */

static uint32_t
text_hash(const uint32_t *cp, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ cp[i]) * 16777619u;
	return h;
}

/* The index of this text in the pool, added if new. */
static unsigned
text_intern(struct pdf_state *st, const uint32_t *cp, size_t n)
{
	uint32_t h = text_hash(cp, n);
	size_t i;

	for (i = st->ntexts; i-- > 0; )
		if (st->texts[i].hash == h && st->texts[i].n == n &&
		    memcmp(st->texts[i].cp, cp, n * sizeof(*cp)) == 0)
			return (unsigned)i;
	if (st->ntexts == st->texts_cap) {
		st->texts_cap = st->texts_cap ? 2 * st->texts_cap : 256;
		st->texts = xrealloc(st->texts,
		    st->texts_cap * sizeof(*st->texts));
	}
	st->texts[st->ntexts].cp = xmalloc((n ? n : 1) * sizeof(*cp));
	memcpy(st->texts[st->ntexts].cp, cp, n * sizeof(*cp));
	st->texts[st->ntexts].n = n;
	st->texts[st->ntexts].hash = h;
	return (unsigned)st->ntexts++;
}

static struct pdf_face *
face_slot(struct pdf_state *st, struct font_face *f)
{
	struct pdf_face *pf;
	size_t i;

	for (i = 0; i < st->nfaces; i++)
		if (st->faces[i].face == f)
			return &st->faces[i];
	if (st->nfaces == sizeof(st->faces) / sizeof(st->faces[0]))
		return NULL;
	pf = &st->faces[st->nfaces++];
	pf->face = f;
	pf->cps = hb_set_create();
	pf->gids = hb_set_create();
	pf->text[0] = hb_map_create();
	pf->nvariants = 1;
	return pf;
}

/* The text map (Type0 font) that gives glyph gid the text text: the
 * first that already does, or has no word for gid yet. */
static size_t
face_variant(struct pdf_face *pf, unsigned gid, unsigned text)
{
	size_t v;

	for (v = 0; v < pf->nvariants; v++) {
		unsigned have = hb_map_get(pf->text[v], gid);

		if (have == text)
			return v;
		if (have == TEXT_NONE) {
			hb_map_set(pf->text[v], gid, text);
			return v;
		}
	}
	if (pf->nvariants == PDF_MAX_VARIANTS)
		return 0;	/* more than a Bengali leaflet needs (about
				   30): the first map's word stands */
	pf->text[v] = hb_map_create();
	hb_map_set(pf->text[v], gid, text);
	pf->nvariants++;
	return v;
}

/* ---- the order glyphs are drawn in ---- */

/* A glyph as drawn: glyphs go into the content stream in the logical
 * order of the text they stand for, whatever their place on the line,
 * so that a reader that does no bidi and no Indic reordering of its own
 * (MuPDF) reads the text in order, and one that does (poppler, pdf.js)
 * finds nothing to reorder: each glyph of a right-to-left line is left
 * of the one before it. */
struct drawn {
	const struct layout_glyph *g;
	struct pdf_face	*pf;
	unsigned	 text;
	size_t		 variant;
	size_t		 key;		/* sort key: logical position */
	bool		 invisible;	/* text only: rendering mode 3 */
};

/* The character a glyph draws by itself (its face's cmap), 0 for a glyph
 * reached only through a private-use code point (a form made by
 * shaping). */
static uint32_t
glyph_natural(struct font_face *f, unsigned gid)
{
	uint32_t cp = font_face_code_point(f, gid);

	return cp >= 0xE000 && cp <= 0xF8FF ? 0 : cp;
}

/* A character's canonical decomposition into two, from a table of rows
 * {character, first, second}; out[0] = cp and 1 when it has none here. */
static size_t
decompose_pair(const uint32_t (*tab)[3], size_t n, uint32_t cp,
    uint32_t out[2])
{
	size_t i;

	for (i = 0; i < n; i++)
		if (tab[i][0] == cp) {
			out[0] = tab[i][1];
			out[1] = tab[i][2];
			return 2;
		}
	out[0] = cp;
	return 1;
}

/* Bengali vowel signs drawn in two pieces on both sides of the consonant
 * (ো = ে + া): their canonical decomposition names the pieces. */
static size_t
decompose_split_vowel(uint32_t cp, uint32_t out[2])
{
	static const uint32_t tab[][3] = {
		{ 0x09CB, 0x09C7, 0x09BE }, { 0x09CC, 0x09C7, 0x09D7 },
		{ 0x0B4B, 0x0B47, 0x0B3E }, { 0x0B4C, 0x0B47, 0x0B57 },
		{ 0x0BCA, 0x0BC6, 0x0BBE }, { 0x0BCB, 0x0BC7, 0x0BBE },
		{ 0x0BCC, 0x0BC6, 0x0BD7 },
	};

	return decompose_pair(tab, sizeof(tab) / sizeof(tab[0]), cp, out);
}

/* Letters with nukta that the fonts draw as one glyph while the text
 * (NFC) spells them as two characters: their canonical decomposition. */
static size_t
decompose_nukta(uint32_t cp, uint32_t out[2])
{
	static const uint32_t tab[][3] = {
		{ 0x0929, 0x0928, 0x093C }, { 0x0931, 0x0930, 0x093C },
		{ 0x0934, 0x0933, 0x093C }, { 0x0958, 0x0915, 0x093C },
		{ 0x0959, 0x0916, 0x093C }, { 0x095A, 0x0917, 0x093C },
		{ 0x095B, 0x091C, 0x093C }, { 0x095C, 0x0921, 0x093C },
		{ 0x095D, 0x0922, 0x093C }, { 0x095E, 0x092B, 0x093C },
		{ 0x095F, 0x092F, 0x093C }, { 0x09DC, 0x09A1, 0x09BC },
		{ 0x09DD, 0x09A2, 0x09BC }, { 0x09DF, 0x09AF, 0x09BC },
	};

	return decompose_pair(tab, sizeof(tab) / sizeof(tab[0]), cp, out);
}

/* Share a cluster's characters t[0..m) among its glyphs g[0..n), visual
 * order: each glyph that draws a character by itself takes that
 * character; the characters left (runs between them) go, in order, to
 * the glyphs made by shaping (conjuncts, half forms, ligatures); a run
 * left over joins the glyph before it; with more shaped glyphs than
 * runs, the longest run is cut; a glyph still left stands for nothing
 * (see plan_line()).  start[k] gets the
 * index in t of glyph k's first character and len[k] how many it takes;
 * the texts of the glyphs in the order of start[] are t. */
static void
share_cluster(const struct layout_glyph *g, size_t n, const uint32_t *t,
    size_t m, bool rtl, size_t *start, size_t *len)
{
	bool used[64] = { false };
	size_t owner[64], gap_start[64], gap_len[64], free_g[64];
	size_t k, p, ngaps = 0, nfree = 0;

	for (k = 0; k < n; k++)
		start[k] = SIZE_MAX, len[k] = 0;
	for (p = 0; p < m; p++)
		owner[p] = SIZE_MAX;
	for (k = 0; k < n; k++) {
		size_t kk = rtl ? n - 1 - k : k;
		uint32_t nat[2];
		size_t nn = decompose_nukta(glyph_natural(g[kk].face,
		    g[kk].gid), nat), q;

		for (p = 0; nat[0] != 0 && p + nn <= m; p++) {
			for (q = 0; q < nn && !used[p + q] &&
			    t[p + q] == nat[q]; q++)
				;
			if (q < nn)
				continue;
			for (q = 0; q < nn; q++) {
				used[p + q] = true;
				owner[p + q] = kk;
			}
			start[kk] = p;
			len[kk] = nn;
			break;
		}
		if (start[kk] == SIZE_MAX)
			free_g[nfree++] = kk;
	}
	for (p = 0; p < m; p++) {
		if (used[p])
			continue;
		if (p == 0 || used[p - 1]) {
			gap_start[ngaps] = p;
			gap_len[ngaps++] = 0;
		}
		gap_len[ngaps - 1]++;
	}
	/* more shaped glyphs than runs: peel the last character off the
	 * longest run (फ़्रें drawn as फ़्रे + ं) */
	while (ngaps < nfree) {
		size_t best = 0;

		for (k = 1; k < ngaps; k++)
			if (gap_len[k] > gap_len[best])
				best = k;
		if (ngaps == 0 || gap_len[best] < 2)
			break;
		memmove(gap_start + best + 2, gap_start + best + 1,
		    (ngaps - best - 1) * sizeof(*gap_start));
		memmove(gap_len + best + 2, gap_len + best + 1,
		    (ngaps - best - 1) * sizeof(*gap_len));
		gap_len[best]--;
		gap_start[best + 1] = gap_start[best] + gap_len[best];
		gap_len[best + 1] = 1;
		ngaps++;
	}
	for (k = 0; k < ngaps; k++) {
		size_t s = gap_start[k], l = gap_len[k], who;

		if (k < nfree) {
			who = free_g[k];
			start[who] = s;
			len[who] = l;
		} else {
			/* no shaped glyph left: the run joins its
			 * neighbour (before it, or after it at the start) */
			who = s > 0 ? owner[s - 1] : owner[s + l];
			if (s == 0)
				start[who] = 0;
			len[who] += l;
		}
		for (p = s; p < s + l; p++)
			owner[p] = who;
	}
}

/* In a left-to-right line the glyphs of a cluster are drawn as they
 * stand, left to right: MuPDF starts a new line when a glyph goes back
 * by most of an em (a Devanagari ि drawn after its consonant would).
 * So the cluster's pieces of text, in logical order, go to its glyphs in
 * visual order: कि drawn ि क reads क ि.  A glyph that then stands for
 * another text than its own is drawn through a second text map. */
static void
zip_visual(size_t n, size_t *start, size_t *len)
{
	size_t order[64], s2[64], l2[64], i, j, k;

	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++) {	/* by start; glyphs without text last */
		size_t x = order[i];

		for (j = i; j > 0 && start[order[j - 1]] > start[x]; j--)
			order[j] = order[j - 1];
		order[j] = x;
	}
	for (k = 0; k < n; k++) {
		s2[k] = start[order[k]];
		l2[k] = len[order[k]];
	}
	memcpy(start, s2, n * sizeof(*start));
	memcpy(len, l2, n * sizeof(*len));
}

/* A glyph for several characters in a right-to-left line (lam-alef):
 * poppler splits it and reorders the pieces badly.  It keeps its first
 * character; each other one is drawn as invisible text (rendering mode
 * 3: nothing printed, read by every reader), by its own glyph, inside
 * the ligature's box.  e (the ligature, already filled in, at e[0]) gets
 * its first character; the ghosts go after it.  Returns their number. */
static size_t
add_ghosts(struct pdf_state *st, struct drawn *e, const uint32_t *chars,
    size_t n, struct layout_glyph *ghosts, size_t *nghosts)
{
	const struct layout_glyph *g = e->g;
	size_t k, made = 0;

	for (k = 1; k < n; k++)
		if (font_face_glyph(g->face, chars[k]) == 0)
			return 0;	/* keep the whole text on the glyph */
	e->text = text_intern(st, chars, 1);
	for (k = 1; k < n; k++) {
		struct layout_glyph *gh = &ghosts[(*nghosts)++];
		struct drawn *x = &e[k];

		*gh = *g;
		gh->gid = font_face_glyph(g->face, chars[k]);
		gh->cp = chars[k];
		gh->moved = false;
		gh->x = g->x + g->advance * (float)(n - 1 - k) / (float)n;
		*x = *e;
		x->g = gh;
		x->invisible = true;
		x->text = text_intern(st, &chars[k], 1);
		x->key = e->key + k;
		x->variant = face_variant(x->pf, gh->gid, x->text);
		hb_set_add(x->pf->gids, gh->gid);
		hb_set_add(x->pf->cps, gh->cp);
		made++;
	}
	return made;
}

/* The glyphs of one line, in drawing order, with the text each stands
 * for and the text map that says it.  Caller frees. */
static struct drawn *
plan_line(struct pdf_state *st, const struct layout_text *t, size_t *np,
    struct layout_glyph **ghostsp)
{
	size_t cap = t->nglyphs + t->nlogical + 1;
	struct drawn *d = xcalloc(cap, sizeof(*d));
	struct layout_glyph *ghosts = xcalloc(t->nlogical + 1,
	    sizeof(*ghosts));
	size_t i, j, k, nd = 0, nghosts = 0;

	for (i = 0; i < t->nglyphs; i = j) {
		const struct layout_glyph *g = &t->glyphs[i];
		uint32_t chars[64];
		size_t start[64], len[64], m = 0, n;

		for (j = i + 1; j < t->nglyphs &&
		    t->glyphs[j].cluster == g->cluster; j++)
			;
		n = j - i;
		for (k = g->cluster; k < g->cluster + g->cluster_len &&
		    m + 2 <= 64; k++) {
			if (utf8_is_ignorable(t->logical[k]))
				continue;
			if (n > 1)
				m += decompose_split_vowel(t->logical[k],
				    chars + m);
			else
				chars[m++] = t->logical[k];
		}
		if (n > 64)
			n = 64;	/* never seen: a cluster of 64 glyphs */
		if (n == 1) {
			start[0] = 0;
			len[0] = m;
		} else
			share_cluster(g, n, chars, m, t->rtl, start, len);
		if (!t->rtl && n > 1)
			zip_visual(n, start, len);
		for (k = 0; k < n; k++) {
			struct drawn *e = &d[nd];
			uint32_t nat;

			e->g = &g[k];
			e->pf = face_slot(st, g[k].face);
			if (e->pf == NULL)
				continue;
			if (len[k] > 0)
				e->text = text_intern(st, chars + start[k],
				    len[k]);
			else {
				/* A glyph with no character of its own
				 * (Thai ำ drawn ํ + า): WORD JOINER, an
				 * invisible format character that pdf.js
				 * drops; poppler gets the cluster as
				 * /ActualText (cluster_needs_span). */
				nat = 0x2060;
				e->text = text_intern(st, &nat, 1);
			}
			e->key = (size_t)g->cluster * 256 + (t->rtl ?
			    (start[k] == SIZE_MAX ? 255 : start[k]) : k);
			if (t->rtl && len[k] > 1)
				nd += add_ghosts(st, e, chars + start[k],
				    len[k], ghosts, &nghosts);
			e->variant = face_variant(e->pf, g[k].gid, e->text);
			hb_set_add(e->pf->gids, g[k].gid);
			hb_set_add(e->pf->cps, g[k].cp);
			nd++;
		}
	}
	/* Right-to-left lines are drawn in logical order, each glyph left of
	 * the one before: MuPDF keeps right-to-left characters on the line
	 * whichever way the pen goes, and takes them in drawing order.
	 * A stable insertion sort: lines are short, and sorted or exactly
	 * reversed. */
	for (i = 1; i < nd; i++) {
		struct drawn x = d[i];

		for (j = i; j > 0 && d[j - 1].key > x.key; j--)
			d[j] = d[j - 1];
		d[j] = x;
	}
	*np = nd;
	*ghostsp = ghosts;
	return d;
}

/* The space that opens a right-to-left line, in the face of its first
 * glyph, with its text map; 0 when the face has no space. */
static unsigned
opener_glyph(struct pdf_state *st, struct drawn *first)
{
	uint32_t sp = 0x20;
	unsigned gid = font_face_glyph(first->g->face, sp);

	if (gid == 0)
		return 0;
	first->text = text_intern(st, &sp, 1);
	first->variant = face_variant(first->pf, gid, first->text);
	hb_set_add(first->pf->gids, gid);
	hb_set_add(first->pf->cps, sp);
	return gid;
}

static bool cluster_needs_span(const struct pdf_state *,
    const struct drawn *, size_t, bool);

/* Does this right-to-left line, its glyphs d[0..n) in drawing order,
 * need to be one /ActualText span for poppler (begin_line_span())?
 * When it holds a left-to-right run or a number (a Latin name, a phone
 * number, 112: drawn in logical order, poppler gives it back to front,
 * "ekoyaP"), or a glyph drawn where the one before it stands (lam-alef,
 * a lam and a zero-width alef at its place; a mark over its letter:
 * poppler takes such a glyph for a duplicate and moves it to the end of
 * the line), or a cluster that needs a span of its own.  Another line
 * (right-to-left letters, spaces and punctuation) poppler reads right
 * from the glyphs and their text maps, as MuPDF and pdf.js do, and a
 * span in the middle of a line would cut the line's marked content
 * short for poppler's structure reader (`pdfinfo -struct-text`: the
 * span's EMC ends its MCID). */
static bool
line_needs_span(const struct pdf_state *st, const struct layout_text *t,
    const struct drawn *d, size_t n)
{
	size_t i, j;

	if (!t->rtl)
		return false;
	for (i = 0; i < t->nlogical; i++) {
		FriBidiCharType b = fribidi_get_bidi_type(t->logical[i]);

		if (b == FRIBIDI_TYPE_LTR || b == FRIBIDI_TYPE_EN ||
		    b == FRIBIDI_TYPE_AN)
			return true;
	}
	for (i = 0; i < n; i = j) {
		if (i > 0 && d[i].g->x > d[i - 1].g->x - 0.01)
			return true;
		for (j = i + 1; j < n && d[j].g->cluster == d[i].g->cluster;
		    j++)
			if (d[j].g->x > d[j - 1].g->x - 0.01)
				return true;
		if (cluster_needs_span(st, d + i, j - i, true))
			return true;
	}
	return false;
}

static void
collect_glyphs(struct pdf_state *st, const struct layout *L)
{
	size_t p, i, n;

	for (p = 0; p < layout_page_count(L); p++) {
		const struct layout_page *pg = layout_page_get(L, p);

		for (i = 0; i < pg->nitems; i++)
			if (pg->items[i].kind == LAYOUT_TEXT) {
				const struct layout_text *t =
				    &pg->items[i].u.text;
				struct layout_glyph *gh;
				struct drawn *d = plan_line(st, t, &n, &gh);

				/* the invisible space that opens a
				 * right-to-left line (draw_line_opener())
				 * is in the subset and the text map too:
				 * it was drawn as glyph 65535, outside the
				 * font, with no text */
				if (n > 0 && line_needs_span(st, t, d, n))
					opener_glyph(st, &d[0]);
				free(d);
				free(gh);
			}
	}
}

/* ---- fonts ---- */

/* A subset with the drawn glyphs only (their composite components
 * included, at any depth and any glyph id: harfbuzz-subset does what
 * libharu 2.3.0 did not).  The hinting tables and the layout tables go:
 * nothing in a PDF reads them; so do the names, the cmap (glyphs are
 * reached by id) and OS/2 (PDF 32000 9.9 lists the tables a TrueType
 * font program needs: not these). */
hb_blob_t *
pdf_subset_face(const struct font_face *f, hb_set_t *gids, hb_set_t *cps,
    hb_map_t *new_gid, unsigned *nglyphs)
{
	static const char *const drop[] = { "GSUB", "GPOS", "GDEF", "DSIG",
	    "gasp", "vhea", "vmtx", "kern", "morx", "JSTF", "BASE", "MATH",
	    "hdmx", "LTSH", "VDMX", "name", "post", "cmap", "OS/2" };
	hb_blob_t *blob = hb_blob_create((const char *)f->data,
	    (unsigned)f->size, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_t *face = hb_face_create(blob, 0), *sub;
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	hb_subset_plan_t *plan = NULL;
	hb_blob_t *out = NULL;
	hb_set_t *tags;
	size_t i;

	/* HarfBuzz fails into empty objects; destroying some of them after
	 * a failed allocation crashed: out of memory stops at once. */
	if (in == NULL || face == hb_face_get_empty())
		util_out_of_memory();
	hb_set_union(hb_subset_input_unicode_set(in), cps);
	hb_set_union(hb_subset_input_glyph_set(in), gids);
	tags = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	for (i = 0; i < sizeof(drop) / sizeof(drop[0]); i++)
		hb_set_add(tags, hb_tag_from_string(drop[i], -1));
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	errno = 0;
	plan = hb_subset_plan_create_or_fail(face, in);
	if (plan == NULL && errno == ENOMEM)
		util_out_of_memory();
	if (plan == NULL)
		goto done;
	sub = hb_subset_plan_execute_or_fail(plan);
	if (sub == NULL && errno == ENOMEM)
		util_out_of_memory();
	if (sub != NULL) {
		out = hb_face_reference_blob(sub);
		*nglyphs = hb_face_get_glyph_count(sub);	/* before the
							   face goes */
		hb_face_destroy(sub);
		const hb_map_t *m =
		    hb_subset_plan_old_to_new_glyph_mapping(plan);
		hb_codepoint_t g = HB_SET_VALUE_INVALID;

		while (hb_set_next(gids, &g))
			hb_map_set(new_gid, g, hb_map_get(m, g));
	}
	/* A failed allocation on the way leaves objects that HarfBuzz 6.0
	 * crashes destroying (hb_face_destroy): stop before. */
	if (errno == ENOMEM)
		util_out_of_memory();
done:
	hb_subset_plan_destroy(plan);
	hb_subset_input_destroy(in);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	return out;
}

HPDF_Dict
pdf_new_dict(HPDF_Doc pdf)
{
	HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);

	if (d != NULL && HPDF_Xref_Add(pdf->xref, d) != HPDF_OK)
		return NULL;
	return d;
}

HPDF_Dict
pdf_new_stream(HPDF_Doc pdf, bool compress, const void *data, size_t len)
{
	HPDF_Dict s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);

	if (s == NULL)
		return NULL;
	if (compress && len > 0)
		s->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (len > 0)
		HPDF_Stream_Write(s->stream, (const HPDF_BYTE *)data,
		    (HPDF_UINT)len);
	return s;
}

static HPDF_Dict
new_dict(struct pdf_state *st)
{
	return pdf_new_dict(st->pdf);
}

static HPDF_Dict
new_stream(struct pdf_state *st, const void *data, size_t len)
{
	return pdf_new_stream(st->pdf, st->compress, data, len);
}

/* A glyph's advance in PDF glyph space (1/1000 em), as written in /W. */
static double
glyph_width(const struct font_face *f, unsigned gid)
{
	return num_written(font_face_advance(f, gid) * 1000.0 / f->upem);
}

static double
em1000(const struct font_face *f, long v)
{
	return (double)(long long)(v * 1000.0 / f->upem +
	    (v < 0 ? -0.5 : 0.5));
}

/* /W: the widths of the drawn glyphs, by subset glyph id; /DW is the
 * commonest, so that only the others are listed. */
static void
put_widths(struct pdf_state *st, struct pdf_face *pf, HPDF_Dict cid)
{
	unsigned n = pf->nsubset, c, best = 0, k;
	double *w = xcalloc(n ? n : 1, sizeof(*w)), dw = 0;
	bool *have = xcalloc(n ? n : 1, sizeof(*have));
	hb_codepoint_t old = HB_SET_VALUE_INVALID;
	HPDF_Array arr = HPDF_Array_New(st->pdf->mmgr), run = NULL;

	while (hb_set_next(pf->gids, &old)) {
		unsigned nw = hb_map_get(pf->new_gid, old);

		if (nw < n) {
			w[nw] = glyph_width(pf->face, old);
			have[nw] = true;
		}
	}
	for (c = 0; c < n; c++) {	/* the commonest width */
		unsigned cnt = 0;

		if (!have[c])
			continue;
		for (k = c; k < n; k++)
			cnt += have[k] && w[k] == w[c];
		if (cnt > best) {
			best = cnt;
			dw = w[c];
		}
	}
	HPDF_Dict_AddReal(cid, "DW", (HPDF_REAL)dw);
	for (c = 0; c < n; c++) {
		if (!have[c] || w[c] == dw) {
			run = NULL;
			continue;
		}
		if (run == NULL) {
			HPDF_Array_AddNumber(arr, (HPDF_INT32)c);
			run = HPDF_Array_New(st->pdf->mmgr);
			HPDF_Array_Add(arr, run);
		}
		HPDF_Array_AddReal(run, (HPDF_REAL)w[c]);
	}
	HPDF_Dict_Add(cid, "W", arr);
	free(w);
	free(have);
}

static void
put_utf16(struct sbuf *b, uint32_t cp)
{
	if (cp >= 0x10000) {
		cp -= 0x10000;
		sbuf_printf(b, "%04X%04X", 0xD800 + (unsigned)(cp >> 10),
		    0xDC00 + (unsigned)(cp & 0x3FF));
	} else
		sbuf_printf(b, "%04X", (unsigned)cp);
}

/* One entry of a ToUnicode map: a source code and its text. */
struct tu_entry {
	unsigned	 code;
	const struct glyph_text *text;
};

static int
tu_cmp(const void *a, const void *b)
{
	const struct tu_entry *x = a, *y = b;

	return x->code < y->code ? -1 : x->code > y->code;
}

/* Can entry e continue the range that starts at r (codes and single
 * BMP characters both consecutive, within one last byte)? */
static bool
tu_continues(const struct tu_entry *r, const struct tu_entry *e, size_t k)
{
	return e->text->n == 1 && r->text->n == 1 &&
	    e->code == r->code + k && (e->code >> 8) == (r->code >> 8) &&
	    e->text->cp[0] == r->text->cp[0] + k &&
	    (e->text->cp[0] >> 8) == (r->text->cp[0] >> 8) &&
	    e->text->cp[0] < 0xD800;
}

static void
put_tu_block(struct sbuf *b, struct sbuf *blk, size_t n, const char *what)
{
	if (n == 0)
		return;
	sbuf_printf(b, "%zu begin%s\n%send%s\n", n, what, sbuf_str(blk),
	    what);
	blk->len = 0;
	blk->data[0] = '\0';
}

/* The ToUnicode CMap of one text map: every glyph it names, by subset
 * glyph id, to its characters in UTF-16BE; runs of consecutive glyphs and
 * characters as bfrange, the rest as bfchar, 100 to a block (PDF 32000
 * 9.10.3 and Adobe TN 5411). */
static char *
tounicode_cmap(struct pdf_state *st, struct pdf_face *pf, size_t v)
{
	struct sbuf b = { 0 }, chars = { 0 }, ranges = { 0 };
	size_t n = 0, i, k, nc = 0, nr = 0;
	struct tu_entry *e;
	hb_codepoint_t old = HB_SET_VALUE_INVALID;

	e = xcalloc(hb_set_get_population(pf->gids) + 1, sizeof(*e));
	while (hb_set_next(pf->gids, &old)) {
		unsigned t = hb_map_get(pf->text[v], old);

		if (t == TEXT_NONE || st->texts[t].n == 0)
			continue;
		e[n].code = hb_map_get(pf->new_gid, old);
		e[n++].text = &st->texts[t];
	}
	qsort(e, n, sizeof(*e), tu_cmp);
	sbuf_add(&b, "/CIDInit/ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)"
	    "/Supplement 0>>def\n"
	    "/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
	for (i = 0; i < n; i = k) {
		for (k = i + 1; k < n && tu_continues(&e[i], &e[k], k - i);
		    k++)
			;
		if (k - i >= 2) {
			sbuf_printf(&ranges, "<%04X><%04X><%04X>\n",
			    e[i].code, e[k - 1].code,
			    (unsigned)e[i].text->cp[0]);
			if (++nr == 100)
				put_tu_block(&b, &ranges, nr, "bfrange"),
				    nr = 0;
			continue;
		}
		k = i + 1;
		sbuf_printf(&chars, "<%04X><", e[i].code);
		{
			size_t c;

			for (c = 0; c < e[i].text->n; c++)
				put_utf16(&chars, e[i].text->cp[c]);
		}
		sbuf_add(&chars, ">\n");
		if (++nc == 100)
			put_tu_block(&b, &chars, nc, "bfchar"), nc = 0;
	}
	put_tu_block(&b, &chars, nc, "bfchar");
	put_tu_block(&b, &ranges, nr, "bfrange");
	sbuf_add(&b, "endcmap\nCMapName currentdict/CMap defineresource "
	    "pop\nend\nend\n");
	sbuf_free(&chars);
	sbuf_free(&ranges);
	free(e);
	return sbuf_detach(&b);
}

/* The subset's tag (PDF 32000 9.6.4): six capitals from the face and
 * its glyphs, so that the same subset gets the same name. */
static void
subset_tag(const struct pdf_face *pf, char tag[7])
{
	uint32_t h = 2166136261u;
	hb_codepoint_t g = HB_SET_VALUE_INVALID;
	const char *s;
	int i;

	for (s = pf->face->name; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	while (hb_set_next(pf->gids, &g))
		h = (h ^ g) * 16777619u;
	for (i = 0; i < 6; i++) {
		tag[i] = (char)('A' + h % 26);
		h = h / 26 + (uint32_t)i * 2654435761u;
	}
	tag[6] = '\0';
}

static HPDF_Dict
font_descriptor(struct pdf_state *st, struct pdf_face *pf,
    const char *base)
{
	const struct font_face *f = pf->face;
	FT_Face ft = f->ft;
	TT_OS2 *os2 = FT_Get_Sfnt_Table(ft, FT_SFNT_OS2);
	TT_Postscript *post = FT_Get_Sfnt_Table(ft, FT_SFNT_POST);
	HPDF_Dict d = new_dict(st), file;
	HPDF_Array bbox = HPDF_Array_New(st->pdf->mmgr);
	const char *data;
	unsigned len;
	double italic = post != NULL ? post->italicAngle / 65536.0 : 0;
	long cap = os2 != NULL && os2->version >= 2 && os2->sCapHeight > 0 ?
	    os2->sCapHeight : f->ascender;
	unsigned flags = 4;	/* symbolic: glyphs by id, no encoding */

	if (d == NULL || bbox == NULL)
		return NULL;
	if (FT_IS_FIXED_WIDTH(ft))
		flags |= 1;
	if (italic != 0)
		flags |= 64;
	HPDF_Dict_AddName(d, "Type", "FontDescriptor");
	HPDF_Dict_AddName(d, "FontName", base);
	HPDF_Dict_AddNumber(d, "Flags", (HPDF_INT32)flags);
	HPDF_Array_AddReal(bbox, (HPDF_REAL)em1000(f, ft->bbox.xMin));
	HPDF_Array_AddReal(bbox, (HPDF_REAL)em1000(f, ft->bbox.yMin));
	HPDF_Array_AddReal(bbox, (HPDF_REAL)em1000(f, ft->bbox.xMax));
	HPDF_Array_AddReal(bbox, (HPDF_REAL)em1000(f, ft->bbox.yMax));
	HPDF_Dict_Add(d, "FontBBox", bbox);
	HPDF_Dict_AddReal(d, "ItalicAngle", (HPDF_REAL)italic);
	HPDF_Dict_AddReal(d, "Ascent", (HPDF_REAL)em1000(f, f->ascender));
	HPDF_Dict_AddReal(d, "Descent", (HPDF_REAL)em1000(f, f->descender));
	HPDF_Dict_AddReal(d, "CapHeight", (HPDF_REAL)em1000(f, cap));
	/* No font table gives the stem width; 80 is the usual guess of
	 * PDF writers for a regular weight. */
	HPDF_Dict_AddNumber(d, "StemV", 80);
	data = hb_blob_get_data(pf->subset, &len);
	if ((file = new_stream(st, data, len)) == NULL)
		return NULL;
	HPDF_Dict_AddNumber(file, "Length1", (HPDF_INT32)len);
	HPDF_Dict_Add(d, "FontFile2", file);
	return d;
}

/* The PDF objects of one face: CIDFontType2 with the subset embedded,
 * and a Type0 font with its ToUnicode map per text map. */
static bool
write_face(struct pdf_state *st, struct pdf_face *pf)
{
	char tag[7], *base, *cmap;
	HPDF_Dict cid = new_dict(st), desc, si, tu;
	HPDF_Array arr;
	size_t v;

	subset_tag(pf, tag);
	base = xasprintf("%s+%s", tag, pf->face->name);
	desc = font_descriptor(st, pf, base);
	si = HPDF_Dict_New(st->pdf->mmgr);
	if (cid == NULL || desc == NULL || si == NULL) {
		free(base);
		return false;
	}
	HPDF_Dict_AddName(cid, "Type", "Font");
	HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
	HPDF_Dict_AddName(cid, "BaseFont", base);
	HPDF_Dict_Add(si, "Registry", HPDF_String_New(st->pdf->mmgr,
	    "Adobe", NULL));
	HPDF_Dict_Add(si, "Ordering", HPDF_String_New(st->pdf->mmgr,
	    "Identity", NULL));
	HPDF_Dict_AddNumber(si, "Supplement", 0);
	HPDF_Dict_Add(cid, "CIDSystemInfo", si);
	HPDF_Dict_Add(cid, "FontDescriptor", desc);
	HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity");
	put_widths(st, pf, cid);
	for (v = 0; v < pf->nvariants; v++) {
		HPDF_Dict t0 = new_dict(st);

		if (t0 == NULL)
			break;
		t0->header.obj_class |= HPDF_OSUBCLASS_FONT;
		HPDF_Dict_AddName(t0, "Type", "Font");
		HPDF_Dict_AddName(t0, "Subtype", "Type0");
		HPDF_Dict_AddName(t0, "BaseFont", base);
		HPDF_Dict_AddName(t0, "Encoding", "Identity-H");
		arr = HPDF_Array_New(st->pdf->mmgr);
		HPDF_Array_Add(arr, cid);
		HPDF_Dict_Add(t0, "DescendantFonts", arr);
		cmap = tounicode_cmap(st, pf, v);
		tu = new_stream(st, cmap, strlen(cmap));
		free(cmap);
		if (tu == NULL)
			break;
		HPDF_Dict_Add(t0, "ToUnicode", tu);
		pf->type0[v] = t0;
	}
	free(base);
	return v == pf->nvariants;
}

static bool
write_fonts(struct pdf_state *st, struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < st->nfaces; i++) {
		struct pdf_face *pf = &st->faces[i];
		unsigned len;

		pf->new_gid = hb_map_create();
		hb_set_add(pf->gids, 0);	/* .notdef stays glyph 0 */
		pf->subset = pdf_subset_face(pf->face, pf->gids, pf->cps,
		    pf->new_gid, &pf->nsubset);
		hb_set_del(pf->gids, 0);
		if (pf->subset == NULL ||
		    hb_blob_get_data(pf->subset, &len) == NULL || len == 0) {
			diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, pf->face->name,
			    "harfbuzz-subset failed");
			return false;
		}
		if (!write_face(st, pf)) {
			if (!hpdf_failed(st, pf->face->name, dl))
				diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0,
				    pf->face->name, "PDF font objects");
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

/* A timeline's line: dashed 3 on 2 off, or with a filled head at its
 * end (the line stops where the head begins). */
static void
draw_line(HPDF_Page page, const struct layout_line *l)
{
	static const HPDF_UINT16 dash[] = { 3, 2 };
	float cr, cg, cb, dx = l->x1 - l->x0, dy = l->y1 - l->y0;
	float len = sqrtf(dx * dx + dy * dy), head = 5, half = 3;
	float ux = len > 0 ? dx / len : 0, uy = len > 0 ? dy / len : 0;
	float bx = l->x1 - ux * head, by = l->y1 - uy * head;

	set_rgb(l->color, &cr, &cg, &cb);
	HPDF_Page_GSave(page);
	HPDF_Page_SetRGBStroke(page, cr, cg, cb);
	HPDF_Page_SetRGBFill(page, cr, cg, cb);
	HPDF_Page_SetLineWidth(page, l->width);
	if (l->dashed)
		HPDF_Page_SetDash(page, dash, 2, 0);
	HPDF_Page_MoveTo(page, l->x0, l->y0);
	HPDF_Page_LineTo(page, l->arrow ? bx : l->x1, l->arrow ? by : l->y1);
	HPDF_Page_Stroke(page);
	if (l->arrow && len > head) {
		HPDF_Page_MoveTo(page, l->x1, l->y1);
		HPDF_Page_LineTo(page, bx - uy * half, by + ux * half);
		HPDF_Page_LineTo(page, bx + uy * half, by - ux * half);
		HPDF_Page_ClosePath(page);
		HPDF_Page_Fill(page);
	}
	HPDF_Page_GRestore(page);
}

static void
put_rgb(struct sbuf *b, uint32_t c, const char *op)
{
	put_num(b, (c >> 16 & 0xFF) / 255.0);
	sbuf_addc(b, ' ');
	put_num(b, (c >> 8 & 0xFF) / 255.0);
	sbuf_addc(b, ' ');
	put_num(b, (c & 0xFF) / 255.0);
	sbuf_printf(b, " %s\n", op);
}

/* A glyph's two-byte code in a literal string, as bytes: half the bytes
 * of hex, and fewer once deflated.  The string may hold NUL: the text is
 * written with its length. */
static void
put_code(struct sbuf *b, unsigned code)
{
	unsigned char c[2] = { (unsigned char)(code >> 8),
	    (unsigned char)code };
	int i;

	for (i = 0; i < 2; i++) {
		if (c[i] == '(' || c[i] == ')' || c[i] == '\\')
			sbuf_printf(b, "\\%c", c[i]);
		else if (c[i] == '\r')	/* a reader would read \n */
			sbuf_add(b, "\\r");
		else
			sbuf_addn(b, (const char *)&c[i], 1);
	}
}

/* The state of one text object as a reader tracks it. */
struct pen {
	int		 mode;		/* text rendering mode */
	bool		 in_tj;		/* a TJ array is open */
	bool		 in_str;	/* ... and a string in it */
	bool		 placed;	/* x, y are known */
	double		 x, y;		/* where the next glyph goes */
};

static void
pen_close(struct pdf_state *st, struct pen *p)
{
	if (p->in_str)
		sbuf_addc(&st->out, ')');
	if (p->in_tj)
		sbuf_add(&st->out, "] TJ\n");
	p->in_tj = p->in_str = false;
}

static void
draw_glyph(struct pdf_state *st, struct pen *p, const struct drawn *e,
    const struct layout_text *t)
{
	const struct layout_glyph *g = e->g;
	HPDF_Dict font = e->pf->type0[e->variant];
	double dx;
	int mode;

	/* A glyph's own size: its script's optical size (fonts.xml). */
	if (font != st->font || g->size != st->font_size) {
		pen_close(st, p);
		sbuf_printf(&st->out, "/%s ", HPDF_Page_GetLocalFontName(
		    st->page, (HPDF_Font)font));
		put_num(&st->out, g->size);
		sbuf_add(&st->out, " Tf\n");
		st->font = font;
		st->font_size = g->size;
	}
	mode = e->invisible ? 3 : g->fake_bold ? 2 : 0;
	if (mode != p->mode) {
		pen_close(st, p);
		if (mode == 2) {
			/* No bold face in the family (Droid): fill and
			 * stroke. */
			put_rgb(&st->out, t->color, "RG");
			put_num(&st->out, g->size * 0.035);
			sbuf_add(&st->out, " w ");
		}
		sbuf_printf(&st->out, "%d Tr\n", mode);
		p->mode = mode;
	}
	dx = g->x - p->x;
	if (!p->placed || num_written(g->y) != p->y ||
	    (!p->in_tj && (dx > 0.0005 || dx < -0.0005))) {
		/* absolute: a Td from the line before would add up to
		 * the same number, but in the reader's floating point,
		 * and poppler then places an odd glyph a quarter pixel
		 * off */
		pen_close(st, p);
		sbuf_add(&st->out, "1 0 0 1 ");
		put_num(&st->out, g->x);
		sbuf_addc(&st->out, ' ');
		put_num(&st->out, g->y);
		sbuf_add(&st->out, " Tm\n");
		p->x = num_written(g->x);
		p->y = num_written(g->y);
		p->placed = true;
	} else if (dx > 0.0005 || dx < -0.0005) {
		/* a move along the line, in thousandths of the size */
		double adj = num_written(-dx * 1000.0 / g->size);

		/* Noto's faces have 1000 units to the em, so HarfBuzz's
		 * moves are whole thousandths; the layout's float positions
		 * add up to 0.005 of noise ("1170.001"), which costs digits in
		 * every move of a right-to-left line (1.9 KB in an Arabic
		 * leaflet): a move that close to a whole number is written
		 * whole.  A glyph is then at most 5e-6 em from its layout
		 * position (bench/print-compare --bound 5e-6 checks it). */
		if (fabs(adj - round(adj)) <= 0.005)
			adj = round(adj);

		if (p->in_str)
			sbuf_addc(&st->out, ')');
		p->in_str = false;
		sbuf_addc(&st->out, ' ');
		put_num(&st->out, adj);
		sbuf_addc(&st->out, ' ');
		p->x -= adj * g->size / 1000.0;
	}
	if (!p->in_tj) {
		sbuf_addc(&st->out, '[');
		p->in_tj = true;
	}
	if (!p->in_str) {
		sbuf_addc(&st->out, '(');
		p->in_str = true;
	}
	put_code(&st->out, hb_map_get(e->pf->new_gid, g->gid));
	p->x += glyph_width(g->face, g->gid) * g->size / 1000.0;
}

/* poppler reads /ActualText (MuPDF 1.21 and pdf.js 4 do not) and needs
 * it where its own reading of the glyphs goes wrong: a mark placed by
 * GPOS (Thai vowels and tones, Devanagari े) is filed by its position,
 * even on another line; a glyph for several characters in a
 * right-to-left line (lam-alef) is split and reordered. */
static bool
cluster_needs_span(const struct pdf_state *st, const struct drawn *d,
    size_t n, bool rtl)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (d[k].g->moved || (rtl && st->texts[d[k].text].n > 1) ||
		    (st->texts[d[k].text].n == 1 &&
		    st->texts[d[k].text].cp[0] == 0x2060))
			return true;
	return false;
}

/* A character in UTF-16BE, as the bytes of a literal string (half the
 * bytes of hex). */
static void
put_utf16_lit(struct sbuf *b, uint32_t cp)
{
	uint32_t u[2] = { cp, 0 };
	int k, n = 1;

	if (cp >= 0x10000) {
		u[0] = 0xD800 + ((cp - 0x10000) >> 10);
		u[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
		n = 2;
	}
	for (k = 0; k < n; k++)
		put_code(b, (unsigned)u[k]);
}

static void
begin_span(struct pdf_state *st, const struct drawn *d, size_t n,
    bool rtl)
{
	size_t k, c;

	sbuf_add(&st->out, "/Span<</ActualText(\xFE\xFF");
	/* poppler takes a span's characters as drawn left to right and
	 * reverses right-to-left runs: write them back to front there. */
	for (k = 0; k < n; k++) {
		const struct glyph_text *t =
		    &st->texts[d[rtl ? n - 1 - k : k].text];

		for (c = 0; c < t->n; c++)
			put_utf16_lit(&st->out,
			    t->cp[rtl ? t->n - 1 - c : c]);
	}
	sbuf_add(&st->out, ")>>BDC\n");
}

/* Draw a span's last glyph with the character spacing that makes its
 * advance reach the end of the cluster: poppler ends the span there,
 * and a span that ends on a mark inside the word reads as two words. */
static void
draw_reaching(struct pdf_state *st, struct pen *p, const struct drawn *d,
    size_t n, const struct layout_text *t, double end)
{
	const struct layout_glyph *g = d[n - 1].g;
	double tc;
	size_t k;

	for (k = 0; k < n; k++)	/* end 0: the cluster's own end */
		if (d[k].g->x + d[k].g->advance > end)
			end = d[k].g->x + d[k].g->advance;
	tc = num_written(end - (g->x + glyph_width(g->face, g->gid) *
	    g->size / 1000.0));
	if (tc < 0.001) {
		draw_glyph(st, p, &d[n - 1], t);
		return;
	}
	pen_close(st, p);
	put_num(&st->out, tc);
	sbuf_add(&st->out, " Tc\n");
	draw_glyph(st, p, &d[n - 1], t);
	pen_close(st, p);
	sbuf_add(&st->out, "0 Tc\n");
	p->x += tc;
}

/* A right-to-left line is drawn in logical order, which poppler reads
 * badly (it rebuilds lines from positions and breaks them where the pen
 * goes back): the whole line is one /ActualText span for it, with the
 * characters in visual order as poppler expects them (it reverses
 * right-to-left runs itself).  The span must cover the line: poppler
 * takes its box from the first glyph drawn to the end of the last, so an
 * invisible space opens it at the left end and the last glyph (the
 * leftmost) reaches the right end. */
static void
begin_line_span(struct pdf_state *st, const struct layout_text *t)
{
	size_t i, j, k;

	sbuf_add(&st->out, "/Span<</ActualText(\xFE\xFF");
	for (i = 0; i < t->nglyphs; i = j) {
		const struct layout_glyph *g = &t->glyphs[i];
		bool back = false;

		for (j = i + 1; j < t->nglyphs &&
		    t->glyphs[j].cluster == g->cluster; j++)
			;
		for (k = 0; k < g->cluster_len; k++)
			if (!utf8_is_ignorable(t->logical[g->cluster + k])) {
				back = FRIBIDI_IS_RTL(fribidi_get_bidi_type(
				    t->logical[g->cluster + k]));
				break;
			}
		/* ZWNJ and ZWJ first: poppler leaves them where they stand
		 * when it reverses the run, and the other way they land
		 * one letter off. */
		for (k = 0; back && k < g->cluster_len; k++) {
			uint32_t c = t->logical[g->cluster + k];

			if (c == 0x200C || c == 0x200D)
				put_utf16_lit(&st->out, c);
		}
		for (k = 0; k < g->cluster_len; k++) {
			uint32_t c = t->logical[g->cluster +
			    (back ? g->cluster_len - 1 - k : k)];

			if (!utf8_is_ignorable(c))
				put_utf16_lit(&st->out, c);
		}
	}
	sbuf_add(&st->out, ")>>BDC\n");
}

static void
draw_line_opener(struct pdf_state *st, struct pen *p,
    const struct layout_text *t, const struct drawn *first)
{
	struct layout_glyph sp = *first->g;
	struct drawn e = *first;

	if ((sp.gid = opener_glyph(st, &e)) == 0)
		return;
	sp.cp = 0x20;
	sp.x = t->x;
	sp.y = t->y;
	sp.moved = false;
	e.g = &sp;
	e.invisible = true;
	draw_glyph(st, p, &e, t);
}

static void
draw_text(struct pdf_state *st, const struct layout_text *t)
{
	struct pen p = { 0 };
	struct drawn *d;
	struct layout_glyph *ghosts;
	size_t i, j, k, n;

	d = plan_line(st, t, &n, &ghosts);
	st->out.len = 0;
	sbuf_add(&st->out, "BT\n");
	if (!st->fill_known || st->fill != t->color)
		put_rgb(&st->out, t->color, "rg");
	st->fill = t->color;
	st->fill_known = true;
	if (n > 0 && line_needs_span(st, t, d, n)) {
		begin_line_span(st, t);
		draw_line_opener(st, &p, t, &d[0]);
		for (i = 0; i + 1 < n; i++)
			draw_glyph(st, &p, &d[i], t);
		draw_reaching(st, &p, d + n - 1, 1, t, t->x + t->width);
		pen_close(st, &p);
		sbuf_add(&st->out, "EMC\n");
		n = 0;
	}
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && d[j].g->cluster == d[i].g->cluster;
		    j++)
			;
		if (st->text_elem >= 0 && !t->rtl) {
			int lk = st->glyph_link[d[i].g - t->glyphs];

			if (lk != st->text_link) {
				pen_close(st, &p);
				mc_switch(st, lk);
				st->text_link = lk;
			}
		}
		if (!cluster_needs_span(st, d + i, j - i, t->rtl)) {
			for (k = i; k < j; k++)
				draw_glyph(st, &p, &d[k], t);
			continue;
		}
		pen_close(st, &p);
		begin_span(st, d + i, j - i, t->rtl);
		for (k = i; k + 1 < j; k++)
			draw_glyph(st, &p, &d[k], t);
		draw_reaching(st, &p, d + i, j - i, t, 0);
		pen_close(st, &p);
		sbuf_add(&st->out, "EMC\n");
	}
	pen_close(st, &p);
	if (p.mode != 0)
		sbuf_add(&st->out, "0 Tr\n");
	sbuf_add(&st->out, "ET\n");
	HPDF_Stream_Write(((HPDF_PageAttr)st->page->attr)->stream,
	    (const HPDF_BYTE *)st->out.data, (HPDF_UINT)st->out.len);
	free(d);
	free(ghosts);
}

static HPDF_Annotation
draw_link(struct pdf_state *st, const struct layout_link *l)
{
	HPDF_Rect rc = { l->x, l->y, l->x + l->w, l->y + l->h };
	HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(st->page, rc,
	    l->uri);

	if (a != NULL) {
		HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
		/* printable (PDF/A: every annotation has the Print flag) */
		HPDF_Dict_AddNumber(a, "F", 4);
		/* what it does, in words (PDF/UA-1 7.18.1) */
		HPDF_Dict_Add(a, "Contents", utf8_string(st, l->uri));
	}
	return a;
}

/* ---- tagged PDF (PDF 32000 14.7, 14.8; PDF/UA-1) ---- */

static const char *const role_names[] = {
	[LAYOUT_ROLE_DOCUMENT] = "Document", [LAYOUT_ROLE_H1] = "H1",
	[LAYOUT_ROLE_H2] = "H2", [LAYOUT_ROLE_H3] = "H3",
	[LAYOUT_ROLE_P] = "P", [LAYOUT_ROLE_L] = "L", [LAYOUT_ROLE_LI] = "LI",
	[LAYOUT_ROLE_LBL] = "Lbl", [LAYOUT_ROLE_LBODY] = "LBody",
	[LAYOUT_ROLE_TABLE] = "Table", [LAYOUT_ROLE_TR] = "TR",
	[LAYOUT_ROLE_TD] = "TD", [LAYOUT_ROLE_TH] = "TH",
	[LAYOUT_ROLE_DIV] = "Div",
	[LAYOUT_ROLE_SECT] = "Sect", [LAYOUT_ROLE_FIGURE] = "Figure",
	[LAYOUT_ROLE_FORM] = "Form",
};

static HPDF_String
utf8_string(struct pdf_state *st, const char *s)
{
	return HPDF_String_New(st->pdf->mmgr, s,
	    HPDF_GetEncoder(st->pdf, "UTF-8"));
}

/* The structure tree: every element of the layout, in its order (parents
 * first, siblings in reading order), under the catalogue's
 * StructTreeRoot; content is tied to the leaves as pages are drawn. */
static void
tags_begin(struct pdf_state *st, const struct layout *L)
{
	HPDF_Doc pdf = st->pdf;
	size_t i, n = layout_elem_count(L);
	HPDF_Array top = HPDF_Array_New(pdf->mmgr);
	HPDF_Dict tree = new_dict(st), mark = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict parents = HPDF_Dict_New(pdf->mmgr);

	st->elem = xcalloc(n ? n : 1, sizeof(*st->elem));
	st->kids = xcalloc(n ? n : 1, sizeof(*st->kids));
	st->elem_page = xcalloc(n ? n : 1, sizeof(*st->elem_page));
	if (tree == NULL || top == NULL || mark == NULL || parents == NULL)
		return;
	st->tree = tree;
	st->nums = HPDF_Array_New(pdf->mmgr);
	HPDF_Dict_AddName(tree, "Type", "StructTreeRoot");
	HPDF_Dict_Add(tree, "K", top);
	HPDF_Dict_Add(parents, "Nums", st->nums);
	HPDF_Dict_Add(tree, "ParentTree", parents);
	for (i = 0; i < n; i++) {
		const struct layout_elem *e = layout_elem_get(L, i);
		HPDF_Dict d = new_dict(st), attr;

		if (d == NULL)
			return;
		st->elem[i] = d;
		st->kids[i] = HPDF_Array_New(pdf->mmgr);
		/* no /Type: optional for a StructElem (PDF 32000 table
		 * 323), and a hundred of them in a leaflet */
		HPDF_Dict_AddName(d, "S", role_names[e->role]);
		HPDF_Dict_Add(d, "P", e->parent >= 0 ? st->elem[e->parent] :
		    tree);
		HPDF_Dict_Add(d, "K", st->kids[i]);
		/* the language where it changes (a side-by-side column,
		 * the official language's half of a notice) */
		if (e->lang != NULL)
			HPDF_Dict_Add(d, "Lang", HPDF_String_New(pdf->mmgr,
			    e->lang, NULL));
		if (e->alt != NULL)
			HPDF_Dict_Add(d, "Alt", utf8_string(st, e->alt));
		/* a row's header cell heads the cells of its row (PDF
		 * 32000 14.8.5.7, table attributes; PDF/UA-1 7.5) */
		if (e->role == LAYOUT_ROLE_TH &&
		    (attr = HPDF_Dict_New(pdf->mmgr)) != NULL) {
			HPDF_Dict_AddName(attr, "O", "Table");
			HPDF_Dict_AddName(attr, "Scope", "Row");
			HPDF_Dict_Add(d, "A", attr);
		}
		HPDF_Array_Add(e->parent >= 0 ? st->kids[e->parent] : top, d);
	}
	HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", tree);
	HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
	HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark);
}

static void
tags_page(struct pdf_state *st)
{
	if (st->tree == NULL)
		return;
	st->page_elems = HPDF_Array_New(st->pdf->mmgr);
	st->mcid = 0;
	HPDF_Dict_AddNumber(st->page, "StructParents", st->next_key);
	HPDF_Array_AddNumber(st->nums, st->next_key++);
	HPDF_Array_Add(st->nums, st->page_elems);
	/* tab order: the structure's */
	HPDF_Dict_AddName(st->page, "Tabs", "S");
}

static void
page_write(struct pdf_state *st, const char *s)
{
	HPDF_Stream_WriteStr(((HPDF_PageAttr)st->page->attr)->stream, s);
}

/* A marked-content sequence of element d, of role role, whose kids are
 * k and whose first content is on page *pg: the page's next MCID,
 * written to out (NULL: the page's stream). */
static void
mc_begin(struct pdf_state *st, struct sbuf *out, const char *role,
    HPDF_Dict d, HPDF_Array k, HPDF_Page *pg)
{
	char buf[64];
	HPDF_Dict mcr;

	snprintf(buf, sizeof(buf), "/%s <</MCID %d>> BDC\n", role, st->mcid);
	if (out != NULL)
		sbuf_add(out, buf);
	else
		page_write(st, buf);
	HPDF_Array_Add(st->page_elems, d);
	if (*pg == NULL) {
		*pg = st->page;
		HPDF_Dict_Add(d, "Pg", st->page);
	}
	if (*pg == st->page)
		HPDF_Array_AddNumber(k, st->mcid);
	else if ((mcr = HPDF_Dict_New(st->pdf->mmgr)) != NULL) {
		HPDF_Dict_AddName(mcr, "Type", "MCR");
		HPDF_Dict_Add(mcr, "Pg", st->page);
		HPDF_Dict_AddNumber(mcr, "MCID", st->mcid);
		HPDF_Array_Add(k, mcr);
	}
	st->mcid++;
}

/* Open the marked content of one item: its element's next MCID, or an
 * artifact (rules, frames, crop marks, the copies of a card). */
static void
tags_open(struct pdf_state *st, const struct layout *L, int elem)
{
	if (st->tree == NULL)
		return;
	if (elem < 0 || (size_t)elem >= layout_elem_count(L)) {
		page_write(st, "/Artifact BMC\n");
		return;
	}
	mc_begin(st, NULL, role_names[layout_elem_get(L, (size_t)elem)->role],
	    st->elem[elem], st->kids[elem], &st->elem_page[elem]);
}

/* The Link element of link item j, made at its text's first glyph: a
 * child of the line's element, after what was drawn of it so far. */
static HPDF_Dict
link_element(struct pdf_state *st, int j)
{
	HPDF_Dict link;
	HPDF_Array k;
	int elem = st->text_elem;

	if (st->link_elem[j] != NULL)
		return st->link_elem[j];
	if ((link = new_dict(st)) == NULL ||
	    (k = HPDF_Array_New(st->pdf->mmgr)) == NULL)
		return NULL;
	HPDF_Dict_AddName(link, "S", "Link");
	HPDF_Dict_Add(link, "P", st->elem[elem]);
	HPDF_Dict_Add(link, "K", k);
	HPDF_Array_Add(st->kids[elem], link);
	st->link_elem[j] = link;
	st->link_kids[j] = k;
	return link;
}

/* Whether every glyph of the line is the text of one link. */
static bool
whole_link(const struct pdf_state *st, const struct layout_text *t)
{
	size_t k;

	for (k = 0; k < t->nglyphs; k++)
		if (st->glyph_link[k] < 0 ||
		    st->glyph_link[k] != st->glyph_link[0])
			return false;
	return true;
}

/* Switch the line's marked content from what it was to the link item j
 * (or back to the line's element, j < 0). */
static void
mc_switch(struct pdf_state *st, int j)
{
	HPDF_Page pg = st->page;
	int elem = st->text_elem;

	sbuf_add(&st->out, "EMC\n");
	if (j >= 0 && link_element(st, j) != NULL)
		mc_begin(st, &st->out, "Link", st->link_elem[j],
		    st->link_kids[j], &pg);
	else
		mc_begin(st, &st->out, role_names[layout_elem_get(st->layout,
		    (size_t)elem)->role], st->elem[elem], st->kids[elem],
		    &st->elem_page[elem]);
}

/* Which glyphs of text item i are the text of a link: the link items
 * that follow it (layout.c adds a line's links right after it) cover
 * their glyphs' boxes exactly.  Returns whether any is. */
static bool
find_link_glyphs(struct pdf_state *st, const struct layout_page *pg,
    size_t i)
{
	const struct layout_text *t = &pg->items[i].u.text;
	size_t j, k;
	bool any = false;

	st->glyph_link = xrealloc(st->glyph_link,
	    (t->nglyphs + 1) * sizeof(*st->glyph_link));
	for (k = 0; k < t->nglyphs; k++)
		st->glyph_link[k] = -1;
	for (j = i + 1; j < pg->nitems && pg->items[j].kind == LAYOUT_LINK;
	    j++) {
		const struct layout_link *l = &pg->items[j].u.link;

		if (t->y < l->y || t->y > l->y + l->h)
			continue;
		for (k = 0; k < t->nglyphs; k++) {
			const struct layout_glyph *g = &t->glyphs[k];

			if (g->x >= l->x - 0.01f &&
			    g->x + g->advance <= l->x + l->w + 0.01f) {
				st->glyph_link[k] = (int)j;
				any = true;
			}
		}
	}
	return any;
}

static void
tags_close(struct pdf_state *st)
{
	if (st->tree != NULL)
		page_write(st, "EMC\n");
}

/* A link: a Link element in the element of its text, holding the
 * annotation (an object reference), which points back to it; in a
 * left-to-right line the element was made as its text was drawn and
 * holds that text too (link_element()). */
static void
tags_link(struct pdf_state *st, int elem, HPDF_Annotation a, int item)
{
	HPDF_Dict link, ref;
	HPDF_Array k = NULL;

	/* a link in a repeated copy (an artifact) still belongs to the
	 * tree (PDF/UA-1 7.18.1): to the document */
	if (elem < 0)
		elem = 0;
	if (st->tree == NULL || a == NULL ||
	    (ref = HPDF_Dict_New(st->pdf->mmgr)) == NULL)
		return;
	if ((link = st->link_elem[item]) != NULL)
		k = st->link_kids[item];
	else {
		if ((link = new_dict(st)) == NULL)
			return;
		HPDF_Dict_AddName(link, "S", "Link");
		HPDF_Dict_Add(link, "P", st->elem[elem]);
		HPDF_Array_Add(st->kids[elem], link);
	}
	HPDF_Dict_Add(link, "Pg", st->page);
	HPDF_Dict_AddName(ref, "Type", "OBJR");
	HPDF_Dict_Add(ref, "Obj", a);
	if (k != NULL)
		HPDF_Array_Add(k, ref);
	else
		HPDF_Dict_Add(link, "K", ref);
	HPDF_Dict_AddNumber(a, "StructParent", st->next_key);
	HPDF_Array_AddNumber(st->nums, st->next_key++);
	HPDF_Array_Add(st->nums, link);
}

/* A form field's widget: its Form element holds the annotation, which
 * points back to it (PDF/UA-1 7.18.4). */
static void
tags_widget(struct pdf_state *st, int elem, HPDF_Dict a)
{
	HPDF_Dict ref;

	if (st->tree == NULL || a == NULL || elem < 0 ||
	    (ref = HPDF_Dict_New(st->pdf->mmgr)) == NULL)
		return;
	HPDF_Dict_AddName(ref, "Type", "OBJR");
	HPDF_Dict_Add(ref, "Obj", a);
	HPDF_Array_Add(st->kids[elem], ref);
	HPDF_Dict_Add(st->elem[elem], "Pg", st->page);
	HPDF_Dict_AddNumber(a, "StructParent", st->next_key);
	HPDF_Array_AddNumber(st->nums, st->next_key++);
	HPDF_Array_Add(st->nums, st->elem[elem]);
}

/* A figure's place on the page (PDF/UA: Figure has a bounding box). */
static void
tags_figure(struct pdf_state *st, int elem, const struct layout_figure *f)
{
	HPDF_Dict attr;
	HPDF_Array box;

	if (st->tree == NULL || elem < 0 ||
	    (attr = HPDF_Dict_New(st->pdf->mmgr)) == NULL ||
	    (box = HPDF_Array_New(st->pdf->mmgr)) == NULL)
		return;
	HPDF_Array_AddReal(box, f->x);
	HPDF_Array_AddReal(box, f->y);
	HPDF_Array_AddReal(box, f->x + f->w);
	HPDF_Array_AddReal(box, f->y + f->h);
	HPDF_Dict_AddName(attr, "O", "Layout");
	HPDF_Dict_Add(attr, "BBox", box);
	HPDF_Dict_Add(st->elem[elem], "A", attr);
}

/* An element with one marked-content sequence: /K 3 rather than /K [3]
 * (PDF 32000 table 323 allows both). */
static void
tags_compact(struct pdf_state *st, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		HPDF_Obj_Header *h;
		HPDF_Number num;

		if (st->elem[i] == NULL || st->kids[i] == NULL ||
		    HPDF_Array_Items(st->kids[i]) != 1)
			continue;
		h = HPDF_List_ItemAt(st->kids[i]->list, 0);
		if ((h->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_NUMBER)
			continue;
		num = (HPDF_Number)h;
		/* replaces (and frees) the array */
		HPDF_Dict_AddNumber(st->elem[i], "K", num->value);
		st->kids[i] = NULL;
	}
}

static void
tags_end(struct pdf_state *st, size_t nelem)
{
	if (st->tree == NULL)
		return;
	HPDF_Dict_AddNumber(st->tree, "ParentTreeNextKey", st->next_key);
	tags_compact(st, nelem);
}

static void
draw_pages(struct pdf_state *st, const struct layout *L)
{
	size_t p, i;

	st->layout = L;
	for (p = 0; p < layout_page_count(L); p++) {
		const struct layout_page *pg = layout_page_get(L, p);

		/* NULL after an error (reported by the handler). */
		if ((st->page = HPDF_AddPage(st->pdf)) == NULL)
			return;
		HPDF_Page_SetWidth(st->page, pg->width);
		HPDF_Page_SetHeight(st->page, pg->height);
		st->font = NULL;
		st->fill_known = false;
		st->link_elem = xcalloc(pg->nitems + 1,
		    sizeof(*st->link_elem));
		st->link_kids = xcalloc(pg->nitems + 1,
		    sizeof(*st->link_kids));
		tags_page(st);
		for (i = 0; i < pg->nitems; i++) {
			const struct layout_item *it = &pg->items[i];

			if (it->kind == LAYOUT_LINK) {
				tags_link(st, it->elem,
				    draw_link(st, &it->u.link), (int)i);
				continue;
			}
			if (it->kind == LAYOUT_WIDGET) {
				if (st->form == NULL)
					st->form = pdf_form_new(st->pdf,
					    st->compress);
				tags_widget(st, it->elem, pdf_form_widget(
				    st->form, st->page, &it->u.widget));
				continue;
			}
			/* LAYOUT_FIGURE draws nothing itself: its element
			 * holds the items that follow. */
			if (it->kind == LAYOUT_FIGURE) {
				tags_figure(st, it->elem, &it->u.figure);
				continue;
			}
			/* A line with a link: the link's text goes into its
			 * Link element.  A right-to-left line is one
			 * /ActualText span, which its marked content cannot
			 * cross: there only a line that is all link (a phone
			 * number in its cell) is the Link's; in the others
			 * the Link holds the annotation only. */
			st->text_elem = -1;
			st->text_link = -1;
			if (st->tree != NULL && it->kind == LAYOUT_TEXT &&
			    it->elem >= 0 && (size_t)it->elem <
			    layout_elem_count(L) && it->u.text.nglyphs > 0 &&
			    find_link_glyphs(st, pg, i) &&
			    (!it->u.text.rtl || whole_link(st, &it->u.text))) {
				HPDF_Page lp = st->page;

				st->text_elem = it->elem;
				st->text_link = st->glyph_link[0];
				if (st->text_link >= 0 &&
				    link_element(st, st->text_link) != NULL)
					mc_begin(st, NULL, "Link",
					    st->link_elem[st->text_link],
					    st->link_kids[st->text_link], &lp);
				else
					tags_open(st, L, it->elem);
			} else
				tags_open(st, L, it->elem);
			if (it->kind != LAYOUT_TEXT)	/* sets colours */
				st->fill_known = false;
			if (it->kind == LAYOUT_RECT)
				draw_rect(st->page, &it->u.rect);
			else if (it->kind == LAYOUT_TEXT)
				draw_text(st, &it->u.text);
			else if (it->kind == LAYOUT_LINE)
				draw_line(st->page, &it->u.line);
			tags_close(st);
		}
		free(st->link_elem);
		free(st->link_kids);
		st->link_elem = NULL;
		st->link_kids = NULL;
	}
	tags_end(st, layout_elem_count(L));
}

/* ---- metadata ---- */

/* libharu's own name for itself, written once here so that the document
 * information and the XMP metadata say the same. */
#define PDF_PRODUCER	"Haru Free PDF Library " HPDF_VERSION_TEXT

/* The date of the document: SOURCE_DATE_EPOCH (reproducible-builds.org)
 * when set, else none, so that the same input gives the same bytes. */
static bool
source_date(struct tm *tm)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;
	time_t tt;

	if (epoch == NULL || *epoch == '\0')
		return false;
	v = strtoll(epoch, &end, 10);
	tt = (time_t)v;
	return *end == '\0' && v >= 0 && gmtime_r(&tt, tm) != NULL;
}

static void
set_metadata(struct pdf_state *st, const struct layout *L,
    const struct doc *d)
{
	HPDF_Doc pdf = st->pdf;
	HPDF_Dict vp;
	struct tm tm;

	if (d->title != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, d->title);
	if (d->author != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, d->author);
	if (d->subject != NULL)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, d->subject);
	HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, PACKAGE_STRING);
	HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, PDF_PRODUCER);
	if (source_date(&tm)) {
		HPDF_Date dt = { tm.tm_year + 1900, tm.tm_mon + 1,
		    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 'Z', 0, 0 };

		HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, dt);
		HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, dt);
	}
	/* The document language, for screen readers (PDF 1.4 /Lang); 2.3.0
	 * has no API for it. */
	HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr,
	    layout_lang(L), NULL));
	/* A viewer's title bar shows the title, not the file name (PDF/UA-1
	 * 7.1). */
	if (d->title != NULL && (vp = HPDF_Dict_New(pdf->mmgr)) != NULL) {
		HPDF_Dict_AddBoolean(vp, "DisplayDocTitle", HPDF_TRUE);
		HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", vp);
	}
}

/* ---- PDF/A-2 (ISO 19005-2) ---- */

/* What the file claims: part 2, level A: every glyph maps to Unicode
 * (the ToUnicode maps above: level U), and the file is tagged (6.7): a
 * structure tree of standard types whose order is the reading order,
 * every line of text in it and everything else an artifact, the
 * language of the document and of every part in another, alternate
 * text for the figure, links with their text, row headers with their
 * scope (tests/pdfa-check.py checks what a program can). */
#define PDFA_PART	"2"
#define PDFA_LEVEL	"A"

static void
put_xml_text(struct sbuf *b, const char *s)
{
	for (; *s != '\0'; s++)
		if (*s == '&')
			sbuf_add(b, "&amp;");
		else if (*s == '<')
			sbuf_add(b, "&lt;");
		else if (*s == '>')
			sbuf_add(b, "&gt;");
		else
			sbuf_addc(b, *s);
}

/* One XMP property: <name>value</name>, value in an rdf:Alt (a text with
 * a language), an rdf:Seq or an rdf:Bag, or plain (kind NULL; see also
 * put_xmp_attr()). */
static void
put_xmp(struct sbuf *b, const char *name, const char *kind,
    const char *value)
{
	if (value == NULL)
		return;
	sbuf_printf(b, "<%s>", name);
	if (kind != NULL)
		sbuf_printf(b, "<rdf:%s><rdf:li%s>", kind,
		    strcmp(kind, "Alt") == 0 ? " xml:lang=\"x-default\"" : "");
	put_xml_text(b, value);
	if (kind != NULL)
		sbuf_printf(b, "</rdf:li></rdf:%s>", kind);
	sbuf_printf(b, "</%s>\n", name);
}

/* A simple XMP property as an attribute of rdf:Description (XMP part 1,
 * 7.9.2.2: the same property, in fewer bytes): name="value". */
static void
put_xmp_attr(struct sbuf *b, const char *name, const char *value)
{
	const char *s;

	sbuf_printf(b, "\n %s=\"", name);
	for (s = value; *s != '\0'; s++)
		if (*s == '"')
			sbuf_add(b, "&quot;");
		else if (*s == '&')
			sbuf_add(b, "&amp;");
		else if (*s == '<')
			sbuf_add(b, "&lt;");
		else
			sbuf_addc(b, *s);
	sbuf_addc(b, '"');
}

/* The XMP metadata (ISO 19005-2 6.6): the PDF/A identification and the
 * same title, author, subject, tools and dates as the document
 * information dictionary, which PDF/A requires to agree with it. */
static char *
xmp_packet(const struct layout *L, const struct doc *d)
{
	struct sbuf b = { 0 };
	struct tm tm;
	char date[32];

	sbuf_add(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" "
	    "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    "<rdf:RDF xmlns:rdf="
	    "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "<rdf:Description rdf:about=\"\"\n"
	    " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
	    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
	    " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
	    " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
	put_xmp_attr(&b, "pdfaid:part", PDFA_PART);
	put_xmp_attr(&b, "pdfaid:conformance", PDFA_LEVEL);
	put_xmp_attr(&b, "dc:format", "application/pdf");
	put_xmp_attr(&b, "pdf:Producer", PDF_PRODUCER);
	put_xmp_attr(&b, "xmp:CreatorTool", PACKAGE_STRING);
	if (source_date(&tm)) {
		strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", &tm);
		put_xmp_attr(&b, "xmp:CreateDate", date);
		put_xmp_attr(&b, "xmp:ModifyDate", date);
		put_xmp_attr(&b, "xmp:MetadataDate", date);
	}
	sbuf_add(&b, ">\n");
	put_xmp(&b, "dc:title", "Alt", d->title);
	put_xmp(&b, "dc:creator", "Seq", d->author);
	put_xmp(&b, "dc:description", "Alt", d->subject);
	put_xmp(&b, "dc:language", "Bag", layout_lang(L));
	sbuf_add(&b, "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
	    "<?xpacket end=\"r\"?>");
	return sbuf_detach(&b);
}

/* The sRGB profile that configure found in a Debian package and make
 * installed with the program; NULL when missing (reported). */
static unsigned char *
load_srgb_profile(size_t *len, struct diag_list *dl)
{
	char *path = paths_find(PDF_SRGB_PROFILE);
	unsigned char *data = NULL;
	FILE *f;
	long n;

	if (path == NULL || (f = fopen(path, "rb")) == NULL) {
		diag_add(dl, ERR_DATA_MISSING, NULL, 0, 0, PDF_SRGB_PROFILE);
		free(path);
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 128 &&
	    n < 1 << 20 && fseek(f, 0, SEEK_SET) == 0) {
		data = xmalloc((size_t)n);
		if (fread(data, 1, (size_t)n, f) != (size_t)n ||
		    memcmp(data + 36, "acsp", 4) != 0) {
			free(data);
			data = NULL;
		} else
			*len = (size_t)n;
	}
	fclose(f);
	if (data == NULL)
		diag_add(dl, ERR_DATA_MISSING, NULL, 0, 0, PDF_SRGB_PROFILE);
	free(path);
	return data;
}

/* PDF/A-2: the XMP metadata and the output intent that says what the
 * DeviceRGB colours mean (6.2.3).  The XMP is deflated like every other
 * stream: PDF/A-1 forbade a /Filter on it (ISO 19005-1, 6.7.2), PDF/A-2
 * does not (ISO 19005-2, 6.6.2.1 asks only for /Type, /Subtype, an
 * xpacket header without bytes= or encoding=, well-formed UTF-8 XMP). */
static bool
set_pdfa(struct pdf_state *st, const struct layout *L, const struct doc *d,
    struct diag_list *dl)
{
	HPDF_Doc pdf = st->pdf;
	char *xmp = xmp_packet(L, d);
	HPDF_Dict meta = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr), icc;
	HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
	unsigned char *profile;
	size_t plen = 0;

	if (meta == NULL || intent == NULL || intents == NULL) {
		free(xmp);
		return false;
	}
	HPDF_Dict_AddName(meta, "Type", "Metadata");
	HPDF_Dict_AddName(meta, "Subtype", "XML");
	if (st->compress)
		meta->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	HPDF_Stream_Write(meta->stream, (const HPDF_BYTE *)xmp,
	    (HPDF_UINT)strlen(xmp));
	free(xmp);
	HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
	if ((profile = load_srgb_profile(&plen, dl)) == NULL)
		return false;
	icc = new_stream(st, profile, plen);
	free(profile);
	if (icc == NULL)
		return false;
	HPDF_Dict_AddNumber(icc, "N", 3);
	HPDF_Dict_AddName(intent, "Type", "OutputIntent");
	HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
	HPDF_Dict_Add(intent, "OutputConditionIdentifier",
	    HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr,
	    "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(intent, "DestOutputProfile", icc);
	HPDF_Array_Add(intents, intent);
	HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
	return true;
}

/* ---- the whole ---- */

static void
state_free(struct pdf_state *st)
{
	size_t i, v;

	if (st->pdf != NULL)
		HPDF_Free(st->pdf);
	for (i = 0; i < st->nfaces; i++) {
		struct pdf_face *pf = &st->faces[i];

		hb_blob_destroy(pf->subset);
		hb_set_destroy(pf->cps);
		hb_set_destroy(pf->gids);
		hb_map_destroy(pf->new_gid);
		for (v = 0; v < pf->nvariants; v++)
			hb_map_destroy(pf->text[v]);
	}
	for (i = 0; i < st->ntexts; i++)
		free(st->texts[i].cp);
	free(st->texts);
	free(st->elem);
	free(st->kids);
	free(st->elem_page);
	free(st->glyph_link);
	pdf_form_free(st->form);
	sbuf_free(&st->out);
}

unsigned char *
pdf_render(const struct layout *L, const struct doc *d,
    const struct pdf_options *opt, size_t *lenp, struct diag_list *dl)
{
	struct pdf_state st = { 0 };
	unsigned char *buf = NULL;

	*lenp = 0;
	st.pdf = HPDF_NewEx(on_hpdf_error, hpdf_alloc, hpdf_free, 0, &st.err);
	if (st.pdf == NULL)	/* its first allocation failed */
		util_out_of_memory();
	st.compress = opt == NULL || !opt->uncompressed;
	HPDF_SetCompressionMode(st.pdf, st.compress ? HPDF_COMP_ALL :
	    HPDF_COMP_NONE);
	HPDF_UseUTFEncodings(st.pdf);
	HPDF_SetCurrentEncoder(st.pdf, "UTF-8");
	collect_glyphs(&st, L);
	if (!write_fonts(&st, dl))
		goto fail;
	set_metadata(&st, L, d);
	if (!set_pdfa(&st, L, d, dl)) {
		hpdf_failed(&st, "metadata", dl);
		goto fail;
	}
	tags_begin(&st, L);
	draw_pages(&st, L);
	if (hpdf_failed(&st, "drawing", dl))
		goto fail;
	if (st.form != NULL && !pdf_form_end(st.form, dl)) {
		hpdf_failed(&st, "form", dl);
		goto fail;
	}
	buf = pdf_out_file_write(st.pdf, st.compress, lenp);
	if (hpdf_failed(&st, "saving", dl)) {
		free(buf);
		buf = NULL;
		*lenp = 0;
	}
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
