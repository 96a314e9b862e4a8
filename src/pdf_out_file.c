/* pdf_out_file.c: the PDF file around libharu's objects.
 *
 * libharu 2.3.0 writes every object on its own and a classic
 * cross-reference table: the dictionaries (fonts, pages, links, the
 * document information) stay uncompressed, each stream's /Length is an
 * object of its own, and the file has no /ID.  Here the objects are
 * written by thbdoc from libharu's object tree, without the spaces and
 * line ends libharu puts between tokens (PDF 32000 7.2.2: a delimiter
 * needs none): the streams on their own, each with its /Length in its
 * dictionary and deflated at libdeflate's best level, every other object in
 * one compressed object stream, the cross-reference table a compressed
 * cross-reference stream (PDF 1.5, PDF 32000 7.5.7 and 7.5.8), and the
 * trailer gets a file identifier made from a hash of the file's bytes:
 * the same document gives the same bytes (the dates come from
 * SOURCE_DATE_EPOCH or are absent), and another document another /ID.
 * PDF/A-2 (ISO 19005-2, 6.1.3) asks for the /ID and allows both
 * streams.  Numbers, names and strings are written by libharu, as
 * before: only the separators and the streams' framing changed.
 */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf_out_int.h"
#include "utf8.h"
#include "util.h"

#define OBJ_ID(o)	(((HPDF_Obj_Header *)(o))->obj_id & 0x00FFFFFF)

/* Everything written to a memory stream, appended to b. */
static void
mem_append(struct sbuf *b, HPDF_Stream s)
{
	HPDF_UINT i, n = HPDF_MemStream_GetBufCount(s), len;

	for (i = 0; i < n; i++) {
		HPDF_BYTE *p = HPDF_MemStream_GetBufPtr(s, i, &len);

		if (p != NULL)
			sbuf_addn(b, (const char *)p, len);
	}
}

/* data deflated (libdeflate at its best level, 12: the streams are small
 * and written once, and it finds 3 to 6 % fewer bytes than zlib's best
 * in milliseconds), or as it is for the tests that read the file's text
 * (pdf_options.uncompressed).  The zlib format, which /FlateDecode
 * reads (PDF 32000 7.4.4). */
static void
deflate_into(const char *data, size_t len, struct sbuf *out, bool compress)
{
	struct libdeflate_compressor *c;
	size_t at = out->len, bound, zlen;

	if (!compress) {
		sbuf_addn(out, data, len);
		return;
	}
	if ((c = libdeflate_alloc_compressor(12)) == NULL)
		util_out_of_memory();
	bound = libdeflate_zlib_compress_bound(c, len);
	/* room for bound bytes at the end of out */
	for (size_t k = 0; k < bound; k++)
		sbuf_addc(out, '\0');
	zlen = libdeflate_zlib_compress(c, data, len, out->data + at, bound);
	libdeflate_free_compressor(c);
	if (zlen == 0)	/* cannot happen with the bound */
		abort();
	out->len = at + zlen;
	out->data[out->len] = '\0';
}

/* Rows of 1 + cols bytes, each a PNG filter-type byte (2, Up) and its
 * fields: each byte replaced by its difference from the byte above it
 * (PDF 32000 7.4.4.4).  The offsets of a cross-reference stream grow
 * slowly and the types repeat: nearly all zeros, which deflate to half
 * the bytes (about 150 fewer in a leaflet). */
static void
png_up(struct sbuf *b, size_t cols)
{
	size_t r, c, row = cols + 1;
	unsigned char *p = (unsigned char *)b->data;

	for (r = b->len / row; r-- > 1;)
		for (c = 1; c < row; c++)
			p[r * row + c] = (unsigned char)(p[r * row + c] -
			    p[(r - 1) * row + c]);
}

/* ---- writing libharu's objects ---- */

struct writer {
	HPDF_Stream	 scratch;	/* a scalar as libharu writes it */
	struct sbuf	 data;		/* a stream's data */
};

static bool
is_regular(char c)
{
	return c != '\0' && strchr("()<>[]{}/% \n\r\t", c) == NULL;
}

/* Append text, with a space before it only where two regular characters
 * would run together ("/K 1", "1 0 R", but "/S/P", "[1 2]"). */
static void
put_token(struct sbuf *b, const char *s, size_t n)
{
	if (n > 0 && b->len > 0 && is_regular(b->data[b->len - 1]) &&
	    is_regular(s[0]))
		sbuf_addc(b, ' ');
	sbuf_addn(b, s, n);
}

static void
put_value(struct writer *w, struct sbuf *b, void *obj);

/* One byte of a literal string: the three that need it escaped, and a
 * carriage return, which a reader would take for a line end. */
static void
put_str_byte(struct sbuf *b, unsigned char c)
{
	if (c == '(' || c == ')' || c == '\\')
		sbuf_addc(b, '\\');
	if (c == '\r')
		sbuf_add(b, "\\r");
	else
		sbuf_addc(b, (char)c);
}

/* A text string given in UTF-8 (libharu's UTF-8 encoder): ASCII as it
 * is, anything else as UTF-16BE with its byte order mark (PDF 32000
 * 7.9.2.2), both as literal strings, half the bytes of libharu's hex. */
static void
put_text_string(struct sbuf *b, const HPDF_String s)
{
	const char *p = (const char *)s->value, *end = p + s->len;
	bool ascii = true;
	HPDF_UINT i;

	for (i = 0; i < s->len; i++)
		if (s->value[i] < 0x20 || s->value[i] > 0x7E)
			ascii = false;
	sbuf_addc(b, '(');
	if (ascii)
		for (i = 0; i < s->len; i++)
			put_str_byte(b, s->value[i]);
	else {
		put_str_byte(b, 0xFE);
		put_str_byte(b, 0xFF);
		while (p < end && *p != '\0') {
			uint32_t cp = utf8_next(&p), u[2];
			int k, n = 1;

			u[0] = cp;
			if (cp >= 0x10000) {
				u[0] = 0xD800 + ((cp - 0x10000) >> 10);
				u[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
				n = 2;
			}
			for (k = 0; k < n; k++) {
				put_str_byte(b, (unsigned char)(u[k] >> 8));
				put_str_byte(b, (unsigned char)(u[k] & 0xFF));
			}
		}
	}
	sbuf_addc(b, ')');
}

/* A dictionary's entries (libharu's hidden ones left out, and a
 * stream's /Length and /Filter, which put_stream_object() writes). */
static void
put_entries(struct writer *w, struct sbuf *b, HPDF_Dict d)
{
	HPDF_UINT i;

	for (i = 0; i < d->list->count; i++) {
		HPDF_DictElement e = HPDF_List_ItemAt(d->list, i);
		HPDF_Obj_Header *h = e->value;
		char key[HPDF_LIMIT_MAX_NAME_LEN + 2];

		if (h == NULL || (h->obj_id & HPDF_OTYPE_HIDDEN) != 0)
			continue;
		if (d->stream != NULL && (strcmp(e->key, "Length") == 0 ||
		    strcmp(e->key, "Filter") == 0))
			continue;
		/* thbdoc's keys and libharu's are plain names */
		snprintf(key, sizeof(key), "/%s", e->key);
		put_token(b, key, strlen(key));
		put_value(w, b, e->value);
	}
}

static void
put_value(struct writer *w, struct sbuf *b, void *obj)
{
	HPDF_Obj_Header *h = obj;
	HPDF_UINT i;
	char ref[32];

	switch (h->obj_class & HPDF_OCLASS_ANY) {
	case HPDF_OCLASS_PROXY:
		snprintf(ref, sizeof(ref), "%u 0 R",
		    (unsigned)OBJ_ID(((HPDF_Proxy)obj)->obj));
		put_token(b, ref, strlen(ref));
		return;
	case HPDF_OCLASS_ARRAY:
		put_token(b, "[", 1);
		for (i = 0; i < ((HPDF_Array)obj)->list->count; i++)
			put_value(w, b, HPDF_List_ItemAt(
			    ((HPDF_Array)obj)->list, i));
		put_token(b, "]", 1);
		return;
	case HPDF_OCLASS_DICT:
		if (((HPDF_Dict)obj)->write_fn == NULL) {
			HPDF_Dict d = obj;

			if (d->before_write_fn != NULL)
				d->before_write_fn(d);
			put_token(b, "<<", 2);
			put_entries(w, b, d);
			put_token(b, ">>", 2);
			if (d->after_write_fn != NULL)
				d->after_write_fn(d);
			return;
		}
		break;	/* a dictionary that writes itself: libharu's */
	case HPDF_OCLASS_STRING:
		if (((HPDF_String)obj)->encoder != NULL &&
		    strcmp(((HPDF_String)obj)->encoder->name, "UTF-8") == 0) {
			put_text_string(b, obj);
			return;
		}
		break;
	default:
		break;
	}
	/* numbers, names, strings, booleans: as libharu writes them */
	HPDF_Obj_WriteValue(obj, w->scratch, NULL);
	{
		struct sbuf t = { 0 };

		mem_append(&t, w->scratch);
		put_token(b, t.data != NULL ? t.data : "", t.len);
		sbuf_free(&t);
	}
	HPDF_MemStream_FreeData(w->scratch);
}

static bool
is_stream(void *obj)
{
	HPDF_Obj_Header *h = obj;

	return (h->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT &&
	    ((HPDF_Dict)obj)->stream != NULL;
}

/* The number object libharu keeps for a stream's /Length: not written
 * (the length goes into the stream's dictionary). */
static bool
is_length_of_stream(HPDF_Xref x, void *obj)
{
	HPDF_UINT i;

	if ((((HPDF_Obj_Header *)obj)->obj_class & HPDF_OCLASS_ANY) !=
	    HPDF_OCLASS_NUMBER)
		return false;
	for (i = 0; i < x->entries->count; i++) {
		void *o = HPDF_Xref_GetEntry(x, i)->obj;

		if (o != NULL && is_stream(o) &&
		    HPDF_Dict_GetItem(o, "Length", HPDF_OCLASS_NUMBER) == obj)
			return true;
	}
	return false;
}

/* A stream object: its dictionary, its data deflated when libharu was
 * asked to, and its length. */
static void
put_stream_object(struct writer *w, struct sbuf *out, unsigned id,
    HPDF_Dict d, bool compress)
{
	struct sbuf z = { 0 }, head = { 0 };
	bool flate = compress && (d->filter &
	    HPDF_STREAM_FILTER_FLATE_DECODE) != 0;

	if (d->before_write_fn != NULL)
		d->before_write_fn(d);
	w->data.len = 0;
	mem_append(&w->data, d->stream);
	deflate_into(w->data.data != NULL ? w->data.data : "", w->data.len,
	    &z, flate);
	sbuf_printf(&head, "%u 0 obj\n<<", id);
	put_entries(w, &head, d);
	if (flate)
		put_token(&head, "/Filter/FlateDecode", 19);
	sbuf_printf(&head, "/Length %zu>>stream\n", z.len);
	sbuf_addn(out, head.data, head.len);
	sbuf_addn(out, z.data != NULL ? z.data : "", z.len);
	sbuf_add(out, "\nendstream\nendobj\n");
	if (d->after_write_fn != NULL)
		d->after_write_fn(d);
	sbuf_free(&z);
	sbuf_free(&head);
}

/* A stream object of our own (object stream, cross-reference stream). */
static void
put_stream(struct sbuf *out, unsigned id, const char *dict,
    const struct sbuf *data, bool deflated)
{
	sbuf_printf(out, "%u 0 obj\n<<%s%s/Length %zu>>stream\n", id, dict,
	    deflated ? "/Filter/FlateDecode" : "", data->len);
	sbuf_addn(out, data->data != NULL ? data->data : "", data->len);
	sbuf_add(out, "\nendstream\nendobj\n");
}

/* The file identifier: 16 bytes, two FNV-1a hashes (64 bits each, two
 * seeds) of the file's bytes.  Not a secret, only a name that changes
 * when the content does. */
static void
file_id(const struct sbuf *file, char hex[33])
{
	uint64_t h[2] = { 14695981039346656037ull, 0x6c62272e07bb0142ull };
	size_t i, k;

	for (i = 0; i < file->len; i++)
		for (k = 0; k < 2; k++)
			h[k] = (h[k] ^ (unsigned char)file->data[i]) *
			    1099511628211ull;
	for (k = 0; k < 2; k++)
		for (i = 0; i < 8; i++)
			snprintf(hex + k * 16 + i * 2, 3, "%02X",
			    (unsigned)(h[k] >> (56 - 8 * i) & 0xFF));
}

static void
put_field(struct sbuf *b, uint64_t v, int bytes)
{
	while (bytes-- > 0)
		sbuf_addc(b, (char)(v >> (8 * bytes) & 0xFF));
}

unsigned char *
pdf_out_file_write(HPDF_Doc pdf, bool compress, size_t *lenp)
{
	HPDF_Xref x = pdf->xref;
	unsigned n = x->entries->count, i, id, nid, objstm, xrefid;
	struct writer w = { 0 };
	uint64_t *where = xcalloc(n + 2, sizeof(*where));
	unsigned char *type = xcalloc(n + 2, 1);
	bool *skip = xcalloc(n + 1, sizeof(*skip));
	struct sbuf head = { 0 }, body = { 0 }, packed = { 0 }, z = { 0 };
	struct sbuf out = { 0 }, xr = { 0 }, dict = { 0 };
	unsigned nobj = 0, root, info;
	uint64_t maxv;
	int w2;
	char id_hex[33];

	w.scratch = HPDF_MemStream_New(pdf->mmgr, 256);
	if (w.scratch == NULL)
		util_out_of_memory();
	/* The objects numbered again, one after the other, without the
	 * streams' length objects. */
	for (nid = 0, i = 0; i < n; i++) {
		HPDF_XrefEntry e = HPDF_Xref_GetEntry(x, i);

		if (i > 0 && is_length_of_stream(x, e->obj)) {
			skip[i] = true;
			continue;
		}
		if (i > 0)
			((HPDF_Obj_Header *)e->obj)->obj_id =
			    (((HPDF_Obj_Header *)e->obj)->obj_id &
			    0xFF000000) | nid;
		nid++;
	}
	objstm = nid;
	xrefid = nid + 1;
	/* PDF 1.7 (PDF/A-2's base); the comment of bytes above 127 tells
	 * transfer programs that the file is binary. */
	sbuf_add(&out, "%PDF-1.7\n%\267\276\255\252\n");
	/* In libharu's order, so that the objects that finish something
	 * before being written (a page's content stream, the page count)
	 * do it as they always did. */
	for (i = 1; i < n; i++) {
		HPDF_XrefEntry e = HPDF_Xref_GetEntry(x, i);

		if (skip[i])
			continue;
		id = OBJ_ID(e->obj);
		if (is_stream(e->obj)) {
			type[id] = 1;
			where[id] = out.len;
			put_stream_object(&w, &out, id, e->obj, compress);
		} else {
			type[id] = 2;
			where[id] = nobj++;
			sbuf_printf(&head, "%u %zu ", id, body.len);
			put_value(&w, &body, e->obj);
			sbuf_addc(&body, '\n');
		}
	}
	sbuf_addc(&head, '\n');
	sbuf_addn(&packed, head.data, head.len);
	sbuf_addn(&packed, body.data != NULL ? body.data : "", body.len);
	deflate_into(packed.data, packed.len, &z, compress);
	type[objstm] = 1;
	where[objstm] = out.len;
	sbuf_printf(&dict, "/Type/ObjStm/N %u/First %zu", nobj, head.len);
	put_stream(&out, objstm, sbuf_str(&dict), &z, compress);

	file_id(&out, id_hex);
	type[xrefid] = 1;
	where[xrefid] = out.len;
	for (maxv = 0xFFFF, i = 0; i < nid + 2; i++)
		if (where[i] > maxv)
			maxv = where[i];
	for (w2 = 1; w2 < 8 && maxv >> (8 * w2) != 0; w2++)
		;
	for (i = 0; i < nid + 2; i++) {
		if (compress)	/* PNG predictor Up, on every row */
			put_field(&xr, 2, 1);
		put_field(&xr, type[i], 1);
		if (type[i] == 2) {	/* in the object stream, at where[i] */
			put_field(&xr, objstm, w2);
			put_field(&xr, where[i], 2);
		} else {
			put_field(&xr, where[i], w2);
			/* the head of the free list: generation 65535 */
			put_field(&xr, i == 0 ? 0xFFFF : 0, 2);
		}
	}
	if (compress)
		png_up(&xr, (size_t)w2 + 3);
	z.len = 0;
	deflate_into(xr.data, xr.len, &z, compress);
	root = OBJ_ID(pdf->catalog);
	info = pdf->info != NULL ? OBJ_ID(pdf->info) : 0;
	dict.len = 0;
	sbuf_printf(&dict, "/Type/XRef/Size %u/W[1 %d 2]/Root %u 0 R",
	    nid + 2, w2, root);
	if (info != 0)
		sbuf_printf(&dict, "/Info %u 0 R", info);
	sbuf_printf(&dict, "/ID[<%s><%s>]", id_hex, id_hex);
	if (compress)
		sbuf_printf(&dict, "/DecodeParms<</Predictor 12/Columns %d>>",
		    w2 + 3);
	put_stream(&out, xrefid, sbuf_str(&dict), &z, compress);
	sbuf_printf(&out, "startxref\n%llu\n%%%%EOF\n",
	    (unsigned long long)where[xrefid]);
	HPDF_Stream_Free(w.scratch);
	sbuf_free(&w.data);
	free(where);
	free(type);
	free(skip);
	sbuf_free(&head);
	sbuf_free(&body);
	sbuf_free(&packed);
	sbuf_free(&z);
	sbuf_free(&xr);
	sbuf_free(&dict);
	*lenp = out.len;
	return (unsigned char *)sbuf_detach(&out);
}
