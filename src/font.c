/* font.c: load fonts/fonts.xml, open prepared fonts lazily, pick a face
 * per character along a language's chain. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "diag.h"
#include "doc_tree.h"
#include "font_int.h"
#include "paths.h"
#include "utf8.h"
#include "util.h"
#include "xml_read.h"

/* fonts.xsd bounds the <face> and <lang> elements (128 and 64); the
 * arrays grow as the file is read, so the bounds live in the schema
 * alone. */
struct font_set {
	FT_Library	  ft;
	struct font_face *faces;	/* nfaces, in the order of fonts.xml */
	size_t		  nfaces;
	struct lang_entry {
		char		 *code;
		bool		  rtl;
		char		 *chain;	/* face ids, space separated */
		bool		  resolved;
		struct font_chain chain_out;
	} *langs;
	size_t		  nlangs;
};

static char *
attr_dup(const xmlNode *n, const char *name)
{
	const char *v = xml_attr(n, name);

	return v != NULL ? xstrdup(v) : NULL;
}

static struct font_face *
face_by_id(struct font_set *fs, const char *id)
{
	size_t i;

	for (i = 0; i < fs->nfaces; i++)
		if (strcmp(fs->faces[i].id, id) == 0)
			return &fs->faces[i];
	return NULL;
}

/* fonts.xml goes through the one safe reader (no DTD, no entity, a size
 * limit, its schema): a face's file= is a bare name, so a font is only
 * ever looked up in the fonts/ folder of the data folders. */
static bool
read_config(struct font_set *fs, const char *path, const char *schema,
    struct diag_list *dl)
{
	xmlDocPtr x;
	xmlNodePtr n;
	size_t i;

	x = xml_read_validated(path, schema, "fonts", ERR_FONT_CONFIG,
	    XML_OWN_MAX_FILE_SIZE, 0, dl);
	if (x == NULL)
		return false;
	for (n = xmlDocGetRootElement(x)->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcmp(n->name, (const xmlChar *)"face") == 0) {
			struct font_face *f;
			const char *v;
			char *dot;

			/* Counted at once: font_set_free() frees it. */
			fs->faces = xrealloc(fs->faces, (fs->nfaces + 1) *
			    sizeof(*fs->faces));
			f = &fs->faces[fs->nfaces++];
			memset(f, 0, sizeof(*f));

			f->id = attr_dup(n, "id");
			f->file = attr_dup(n, "file");
			f->bold_id = attr_dup(n, "bold");
			f->italic_id = attr_dup(n, "italic");
			if ((v = xml_attr(n, "size")) != NULL)
				f->scale = util_decimal(v);
			if ((v = xml_attr(n, "ascent")) != NULL)
				f->line_ascent = util_decimal(v) / 1000;
			if ((v = xml_attr(n, "descent")) != NULL)
				f->line_descent = util_decimal(v) / 1000;
			if (f->id == NULL || f->file == NULL) {
				diag_add(dl, ERR_FONT_CONFIG, path,
				    (int)xmlGetLineNo(n), 0,
				    "<face> needs id and file");
				xmlFreeDoc(x);
				return false;
			}
			/* The schema says so too: a bare file name. */
			if (strchr(f->file, '/') != NULL || f->file[0] == '.') {
				diag_add(dl, ERR_FONT_CONFIG, path,
				    (int)xmlGetLineNo(n), 0, "a face's file= "
				    "is a file name in fonts/, not a path");
				xmlFreeDoc(x);
				return false;
			}
			f->name = xstrdup(f->file);
			if ((dot = strrchr(f->name, '.')) != NULL)
				*dot = '\0';
		} else if (xmlStrcmp(n->name, (const xmlChar *)"lang") == 0) {
			struct lang_entry *l;
			char *dir;

			fs->langs = xrealloc(fs->langs, (fs->nlangs + 1) *
			    sizeof(*fs->langs));
			l = &fs->langs[fs->nlangs++];
			memset(l, 0, sizeof(*l));
			dir = attr_dup(n, "dir");

			l->code = attr_dup(n, "code");
			l->chain = attr_dup(n, "chain");
			l->rtl = dir != NULL && strcmp(dir, "rtl") == 0;
			free(dir);
			if (l->code == NULL || l->chain == NULL) {
				diag_add(dl, ERR_FONT_CONFIG, path,
				    (int)xmlGetLineNo(n), 0,
				    "<lang> needs code and chain");
				xmlFreeDoc(x);
				return false;
			}
		}
	}
	xmlFreeDoc(x);
	for (i = 0; i < fs->nfaces; i++) {
		struct font_face *f = &fs->faces[i];

		if (f->bold_id != NULL)
			f->bold = face_by_id(fs, f->bold_id);
		if (f->italic_id != NULL)
			f->italic = face_by_id(fs, f->italic_id);
		if ((f->bold_id != NULL && f->bold == NULL) ||
		    (f->italic_id != NULL && f->italic == NULL)) {
			diag_add(dl, ERR_FONT_CONFIG, path, 0, 0,
			    "a bold= or italic= names no <face>");
			return false;
		}
		/* A face that another names as its bold is bold itself. */
		if (f->bold != NULL)
			f->bold->is_bold = true;
	}
	/* A script's strong and emphasised text has its size (fonts.xsd
	 * keeps size= within 0.5-2). */
	for (i = 0; i < fs->nfaces; i++) {
		struct font_face *f = &fs->faces[i];

		if (f->scale <= 0)
			f->scale = 1;
		if (f->bold != NULL && f->bold->scale <= 0)
			f->bold->scale = f->scale;
		if (f->italic != NULL && f->italic->scale <= 0)
			f->italic->scale = f->scale;
	}
	return true;
}

struct font_set *
font_set_load(struct diag_list *dl)
{
	struct font_set *fs = xcalloc(1, sizeof(*fs));
	struct paths_data f = { NULL, NULL };
	FT_Error ft_err;

	if (!paths_require("fonts/fonts.xml", "schema/fonts.xsd", &f, dl)) {
		paths_release(&f);
		free(fs);
		return NULL;
	}
	if ((ft_err = FT_Init_FreeType(&fs->ft)) == FT_Err_Out_Of_Memory)
		util_out_of_memory();
	if (ft_err != 0 || !read_config(fs, f.data, f.schema, dl)) {
		if (fs->ft == NULL)
			diag_add(dl, ERR_FONT_CONFIG, f.data, 0, 0,
			    "FreeType cannot start");
		paths_release(&f);
		font_set_free(fs);
		return NULL;
	}
	paths_release(&f);
	return fs;
}

void
font_set_free(struct font_set *fs)
{
	size_t i;

	if (fs == NULL)
		return;
	for (i = 0; i < fs->nfaces; i++) {
		struct font_face *f = &fs->faces[i];

		if (f->ft != NULL)
			FT_Done_Face(f->ft);
		hb_font_destroy(f->hb);
		if (f->data != NULL)
			munmap(f->data, f->size);
		free(f->id);
		free(f->file);
		free(f->name);
		free(f->path);
		free(f->bold_id);
		free(f->italic_id);
		free(f->rev);
	}
	for (i = 0; i < fs->nlangs; i++) {
		free(fs->langs[i].code);
		free(fs->langs[i].chain);
		free(fs->langs[i].chain_out.faces);
	}
	free(fs->faces);
	free(fs->langs);
	if (fs->ft != NULL)
		FT_Done_FreeType(fs->ft);
	free(fs);
}

/* The font file, mapped read-only: FreeType, HarfBuzz and the subsetter
 * read it in place, and only the pages they touch are read from disk
 * (the Chinese font is 4 MB, a leaflet needs a few hundred glyphs). */
static bool
map_file(const char *path, unsigned char **data, size_t *size)
{
	struct stat sb;
	void *p;
	/* O_NONBLOCK: a FIFO put in place of a font does not stall. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

	if (fd < 0)
		return false;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size <= 0) {
		if (errno == 0)
			errno = S_ISREG(sb.st_mode) ? EINVAL : ENODEV;
		close(fd);
		return false;
	}
	p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return false;
	*data = p;
	*size = (size_t)sb.st_size;
	return true;
}

static bool
is_pua(uint32_t cp)
{
	return cp >= 0xE000 && cp <= 0xF8FF;
}

/* glyph -> code point: prefer a real character over a PUA one (the PUA
 * ones were added by prepare-font.py), then the lowest code point. */
static void
build_reverse_cmap(struct font_face *f)
{
	FT_ULong cp;
	FT_UInt gid;

	f->rev = xcalloc(f->nglyphs ? f->nglyphs : 1, sizeof(*f->rev));
	for (cp = FT_Get_First_Char(f->ft, &gid); gid != 0;
	    cp = FT_Get_Next_Char(f->ft, cp, &gid)) {
		uint32_t old;

		if (gid >= f->nglyphs || cp > 0xFFFF)	/* libharu: BMP */
			continue;
		old = f->rev[gid];
		if (old == 0 || (is_pua(old) && !is_pua((uint32_t)cp)))
			f->rev[gid] = (uint32_t)cp;
	}
}

uint32_t
font_face_code_point(struct font_face *f, unsigned gid)
{
	if (gid >= f->nglyphs)
		return 0;
	if (f->rev == NULL)
		build_reverse_cmap(f);
	return f->rev[gid];
}

static hb_font_t *
make_hb_font(const struct font_face *f)
{
	hb_blob_t *blob = hb_blob_create((const char *)f->data,
	    (unsigned)f->size, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_t *face = hb_face_create(blob, 0);
	hb_font_t *font = hb_font_create(face);

	hb_font_set_scale(font, f->upem * 64, f->upem * 64);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	return font;
}

/* Is the face's file where make put it?  A look-up, not an opening: the
 * faces after a chain's first are opened when a character needs them,
 * but a missing file is said when the chain is first asked for. */
static bool
face_find(struct font_face *f, struct diag_list *dl)
{
	char *rel;

	if (f->path != NULL)
		return true;
	rel = xasprintf("fonts/%s", f->file);
	f->path = paths_find(rel);
	free(rel);
	if (f->path == NULL)
		diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, f->file,
		    "not found in the data folders (was \"make\" run?)");
	return f->path != NULL;
}

bool
font_face_open(struct font_set *fs, struct font_face *f,
    struct diag_list *dl)
{
	FT_Error err;

	if (f->open)
		return true;
	if (f->failed) {	/* said once already; say it again */
		diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, f->path != NULL ?
		    f->path : f->file, "could not be opened");
		return false;
	}
	if (!face_find(f, dl)) {
		f->failed = true;
		return false;
	}
	errno = 0;
	if (!map_file(f->path, &f->data, &f->size)) {
		diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, f->path,
		    strerror(errno));
		f->failed = true;
		return false;
	}
	if ((err = FT_New_Memory_Face(fs->ft, f->data, (FT_Long)f->size, 0,
	    &f->ft)) == FT_Err_Out_Of_Memory)
		util_out_of_memory();
	if (err != 0 || !FT_IS_SFNT(f->ft) ||
	    FT_Select_Charmap(f->ft, FT_ENCODING_UNICODE) != 0) {
		diag_add(dl, ERR_FONT_LOAD, NULL, 0, 0, f->path,
		    "not a TrueType font with a Unicode cmap");
		f->failed = true;
		return false;
	}
	f->upem = f->ft->units_per_EM;
	f->ascender = f->ft->ascender;
	f->descender = f->ft->descender;
	f->nglyphs = (unsigned)f->ft->num_glyphs;
	/* One 26.6 unit per 1/64 font unit, as the HarfBuzz font. */
	FT_Set_Char_Size(f->ft, 0, (FT_F26Dot6)f->upem * 64, 72, 72);
	f->hb = make_hb_font(f);
	if (hb_font_get_face(f->hb) == hb_face_get_empty())
		util_out_of_memory();	/* HarfBuzz's way of failing */
	f->open = true;
	return true;
}

/* HarfBuzz's cmap and hmtx accelerators: a binary search, not the
 * linear scan of the cmap that libharu does per character. */
unsigned
font_face_glyph(const struct font_face *f, uint32_t cp)
{
	hb_codepoint_t g;

	return hb_font_get_nominal_glyph(f->hb, cp, &g) ? g : 0;
}

int
font_face_advance(const struct font_face *f, unsigned gid)
{
	return gid < f->nglyphs ?
	    (int)(hb_font_get_glyph_h_advance(f->hb, gid) / 64) : 0;
}

const char *
font_face_name(const struct font_face *f)
{
	return f->name;
}

bool
font_face_synthetic_bold(const struct font_face *f)
{
	return !f->is_bold && f->bold == NULL;
}

static struct lang_entry *
find_lang(struct font_set *fs, const char *lang)
{
	char primary[16];
	size_t i, n;

	if (lang == NULL)
		lang = "*";
	for (i = 0; i < fs->nlangs; i++)
		if (strcmp(fs->langs[i].code, lang) == 0)
			return &fs->langs[i];
	n = strcspn(lang, "-_");
	if (n < sizeof(primary)) {
		memcpy(primary, lang, n);
		primary[n] = '\0';
		for (i = 0; i < fs->nlangs; i++)
			if (strcmp(fs->langs[i].code, primary) == 0)
				return &fs->langs[i];
	}
	for (i = 0; i < fs->nlangs; i++)
		if (strcmp(fs->langs[i].code, "*") == 0)
			return &fs->langs[i];
	return NULL;
}

static bool
open_with_variants(struct font_set *fs, struct font_face *f,
    struct diag_list *dl)
{
	return font_face_open(fs, f, dl) &&
	    (f->bold == NULL || font_face_open(fs, f->bold, dl)) &&
	    (f->italic == NULL || font_face_open(fs, f->italic, dl));
}

static bool
find_with_variants(struct font_face *f, struct diag_list *dl)
{
	return face_find(f, dl) && (f->bold == NULL ||
	    face_find(f->bold, dl)) && (f->italic == NULL ||
	    face_find(f->italic, dl));
}

/* Appends the faces of ids (space separated) that c does not hold yet;
 * false (with a diagnostic) when an id names no <face> or a file is
 * missing. */
static bool
chain_add(struct font_set *fs, struct font_chain *c, const char *ids,
    struct diag_list *dl)
{
	char *copy = xstrdup(ids), *id, *save = NULL;
	bool ok = true;
	size_t i;

	for (id = strtok_r(copy, " \t\n", &save); id != NULL && ok;
	    id = strtok_r(NULL, " \t\n", &save)) {
		struct font_face *f = face_by_id(fs, id);

		if (f == NULL) {
			diag_add(dl, ERR_FONT_CONFIG, NULL, 0, 0,
			    "a chain names an unknown <face>");
			ok = false;
			break;
		}
		for (i = 0; i < c->nfaces && c->faces[i] != f; i++)
			;
		if (i < c->nfaces)
			continue;
		if (!(ok = find_with_variants(f, dl)))
			break;
		c->faces = xrealloc(c->faces, (c->nfaces + 1) *
		    sizeof(*c->faces));
		c->faces[c->nfaces++] = f;
	}
	free(copy);
	return ok;
}

/* A language's chain is its own faces, then those of the "*" chain it
 * does not name: a Georgian or Tamil name is drawn in an Arabic notice
 * too (issue 14, item 7).  Only the first face is opened here. */
/* The line of a face: its hhea ascender and descender, or the ascent=
 * and descent= fonts.xml gives it, at its size=. */
static void
face_line(const struct font_face *f, float *ascent, float *descent)
{
	float upem = (float)f->upem;
	float a = f->scale * (f->line_ascent > 0 ? f->line_ascent :
	    (float)f->ascender / upem);
	float d = f->scale * (f->line_descent > 0 ? f->line_descent :
	    -(float)f->descender / upem);

	if (a > *ascent)
		*ascent = a;
	if (d > *descent)
		*descent = d;
}

/* The first id of a chain, in buf ("" when none or too long). */
static const char *
first_id(const char *ids, char *buf, size_t size)
{
	size_t n;

	ids += strspn(ids, " \t\n");
	n = strcspn(ids, " \t\n");
	if (n >= size)
		n = 0;
	memcpy(buf, ids, n);
	buf[n] = '\0';
	return buf;
}

const struct font_chain *
font_set_chain(struct font_set *fs, const char *lang, struct diag_list *dl)
{
	struct lang_entry *l = find_lang(fs, lang), *any = find_lang(fs, "*");
	struct font_chain *c;
	struct font_face *latin;
	char id[40];

	if (l == NULL || any == NULL || strcmp(any->code, "*") != 0) {
		diag_add(dl, ERR_FONT_CONFIG, NULL, 0, 0,
		    "fonts.xml has no <lang code=\"*\">");
		return NULL;
	}
	c = &l->chain_out;
	if (l->resolved)
		return c;
	c->lang = l->code;
	c->rtl = l->rtl;
	c->fs = fs;
	c->nfaces = 0;
	if (!chain_add(fs, c, l->chain, dl) || !chain_add(fs, c, any->chain,
	    dl) || c->nfaces == 0 || !open_with_variants(fs, c->faces[0], dl))
		return NULL;
	/* The line of the language's script and of Latin (the first face
	 * of "*"), which every paragraph has: digits, punctuation, a term
	 * in French.  any's faces[0] is in c, found above. */
	latin = face_by_id(fs, first_id(any->chain, id, sizeof(id)));
	if (latin == NULL || !open_with_variants(fs, latin, dl))
		return NULL;
	c->ascent = c->descent = 0;
	face_line(c->faces[0], &c->ascent, &c->descent);
	face_line(latin, &c->ascent, &c->descent);
	l->resolved = true;
	return c;
}

/* Every face, opened: a server loads everything before its first
 * request, and "thbdoc check" finds a damaged font. */
bool
font_set_open_all(struct font_set *fs, struct diag_list *dl)
{
	bool ok = true;
	size_t i;

	for (i = 0; i < fs->nfaces; i++)
		ok &= font_face_open(fs, &fs->faces[i], dl);
	return ok;
}

/* A face opened when a character first needs it.  A face that cannot
 * be opened (a damaged file: a missing one was said by font_set_chain)
 * is skipped: the character then has no face, which layout warns of and
 * font_set_check_field() refuses for a name. */
static bool
face_ready(const struct font_chain *c, struct font_face *f)
{
	struct diag_list dl = { 0 };
	bool ok;

	if (f->open)
		return true;
	if (f->failed)
		return false;
	ok = open_with_variants(c->fs, f, &dl);
	diag_list_free(&dl);
	return ok;
}

struct font_face *
font_chain_face_for(const struct font_chain *c, uint32_t cp, unsigned style)
{
	size_t i;

	/* The prepared fonts give their unmapped glyphs Private Use code
	 * points (prepare-font.py --pua): a PUA character of the text
	 * would draw some ligature or mark, so none has a face. */
	if (is_pua(cp) || cp >= 0xF0000)
		return NULL;
	for (i = 0; i < c->nfaces; i++) {
		struct font_face *f = c->faces[i];

		if (!face_ready(c, f) || font_face_glyph(f, cp) == 0)
			continue;
		if ((style & SPAN_STRONG) && f->bold != NULL &&
		    font_face_glyph(f->bold, cp) != 0)
			return f->bold;
		if ((style & SPAN_EMPHASIS) && !(style & SPAN_STRONG) &&
		    f->italic != NULL && font_face_glyph(f->italic, cp) != 0)
			return f->italic;
		return f;
	}
	return NULL;
}

size_t
font_set_missing(struct font_set *fs, const char *lang, const char *utf8,
    uint32_t *missing, size_t max, struct diag_list *dl)
{
	const struct font_chain *c = font_set_chain(fs, lang, dl);
	const char *p = utf8;
	size_t n = 0;
	uint32_t cp;

	if (c == NULL)
		return (size_t)-1;
	while ((cp = utf8_next(&p)) != 0) {
		if (utf8_is_ignorable(cp) || cp == '\n' || cp == '\t')
			continue;
		if (font_chain_face_for(c, cp, 0) != NULL)
			continue;
		if (n < max)
			missing[n] = cp;
		n++;
	}
	return n;
}

/* A person's name for an official document: every character drawn by a
 * face of the language's chain, or the document is refused.  Georgian,
 * Tamil, Korean and Tifinagh names printed as an empty "Nom :" with exit
 * 0: a blank name is no name.  The message names the field and the
 * Unicode block, never the character (it is a piece of the name). */
bool
font_set_check_field(struct font_set *fs, const char *lang, const char *file,
    const char *field, const char *text, struct diag_list *dl)
{
	uint32_t miss[1];
	size_t n;

	if (fs == NULL)
		return false;
	if (text == NULL)
		return true;
	if ((n = font_set_missing(fs, lang, text, miss, 1, dl)) == 0)
		return true;
	if (n != (size_t)-1)
		diag_add(dl, ERR_CASE_FIELD_NO_FONT, file, 0, 0, field,
		    font_blocks_name(miss[0]), lang);
	return false;
}
