/* pdf_out_file.c: the PDF file around libharu's objects.
 *
 * libharu 2.3.0 writes every object on its own and a classic
 * cross-reference table: the dictionaries (fonts, pages, links, the
 * document information) stay uncompressed, each stream's /Length is an
 * object of its own, and the file has no /ID.  Here the streams are
 * written as libharu writes them, every other object goes into one
 * compressed object stream, the cross-reference table is a compressed
 * cross-reference stream (PDF 1.5, PDF 32000 7.5.7 and 7.5.8), and the
 * trailer gets a file identifier made from a hash of the file's bytes:
 * the same document gives the same bytes (the dates come from
 * SOURCE_DATE_EPOCH or are absent), and another document another /ID.
 * PDF/A-2 (ISO 19005-2, 6.1.3) asks for the /ID and allows both
 * streams.
 */
#include <config.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf_out_int.h"
#include "util.h"

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

/* data deflated (zlib, through libharu's own filter), or as it is for
 * the tests that read the file's text (pdf_options.uncompressed). */
static void
deflate_into(HPDF_MMgr mm, const char *data, size_t len, struct sbuf *out,
    bool compress)
{
	HPDF_Stream src, dst;

	if (!compress) {
		sbuf_addn(out, data, len);
		return;
	}
	src = HPDF_MemStream_New(mm, 8192);
	dst = HPDF_MemStream_New(mm, 8192);
	if (src == NULL || dst == NULL)
		util_out_of_memory();
	HPDF_Stream_Write(src, (const HPDF_BYTE *)data, (HPDF_UINT)len);
	HPDF_Stream_WriteToStream(src, dst, HPDF_STREAM_FILTER_FLATE_DECODE,
	    NULL);
	mem_append(out, dst);
	HPDF_Stream_Free(src);
	HPDF_Stream_Free(dst);
}

static bool
is_stream(void *obj)
{
	HPDF_Obj_Header *h = obj;

	return (h->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT &&
	    ((HPDF_Dict)obj)->stream != NULL;
}

/* A stream object of our own (object stream, cross-reference stream). */
static void
put_stream(HPDF_Stream out, unsigned id, const char *dict,
    const struct sbuf *data, bool deflated)
{
	struct sbuf b = { 0 };

	sbuf_printf(&b, "%u 0 obj\n<<%s%s/Length %zu>>\nstream\n", id, dict,
	    deflated ? "/Filter/FlateDecode" : "", data->len);
	HPDF_Stream_Write(out, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
	HPDF_Stream_Write(out, (const HPDF_BYTE *)data->data,
	    (HPDF_UINT)data->len);
	HPDF_Stream_WriteStr(out, "\nendstream\nendobj\n");
	sbuf_free(&b);
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
	unsigned n = x->entries->count, i, objstm = n, xrefid = n + 1;
	HPDF_Stream out = HPDF_MemStream_New(pdf->mmgr, 32768);
	HPDF_Stream body = HPDF_MemStream_New(pdf->mmgr, 8192);
	uint64_t *where = xcalloc(n + 2, sizeof(*where));
	unsigned char *type = xcalloc(n + 2, 1);
	struct sbuf head = { 0 }, packed = { 0 }, z = { 0 }, file = { 0 };
	struct sbuf xr = { 0 }, dict = { 0 };
	unsigned nobj = 0, root, info;
	uint64_t maxv;
	int w2;
	char id[33];

	if (out == NULL || body == NULL)
		util_out_of_memory();
	/* PDF 1.7 (PDF/A-2's base); the comment of bytes above 127 tells
	 * transfer programs that the file is binary. */
	HPDF_Stream_WriteStr(out, "%PDF-1.7\n%\267\276\255\252\n");
	/* In libharu's order, so that the objects that finish something
	 * before being written (a page's content stream, the page count)
	 * do it as they always did; a stream's /Length object follows it
	 * and gets its value as the stream is written. */
	for (i = 1; i < n; i++) {
		HPDF_XrefEntry e = HPDF_Xref_GetEntry(x, i);
		char num[32];

		if (is_stream(e->obj)) {
			type[i] = 1;
			where[i] = out->size;
			snprintf(num, sizeof(num), "%u 0 obj\n", i);
			HPDF_Stream_WriteStr(out, num);
			HPDF_Obj_WriteValue(e->obj, out, NULL);
			HPDF_Stream_WriteStr(out, "\nendobj\n");
		} else {
			type[i] = 2;
			where[i] = nobj++;
			sbuf_printf(&head, "%u %u ", i, (unsigned)body->size);
			HPDF_Obj_WriteValue(e->obj, body, NULL);
			HPDF_Stream_WriteStr(body, "\n");
		}
	}
	sbuf_addc(&head, '\n');
	sbuf_addn(&packed, head.data, head.len);
	mem_append(&packed, body);
	deflate_into(pdf->mmgr, packed.data, packed.len, &z, compress);
	type[objstm] = 1;
	where[objstm] = out->size;
	sbuf_printf(&dict, "/Type/ObjStm/N %u/First %zu", nobj, head.len);
	put_stream(out, objstm, sbuf_str(&dict), &z, compress);

	mem_append(&file, out);
	file_id(&file, id);
	type[xrefid] = 1;
	where[xrefid] = out->size;
	for (maxv = 0xFFFF, i = 0; i < n + 2; i++)
		if (where[i] > maxv)
			maxv = where[i];
	for (w2 = 1; w2 < 8 && maxv >> (8 * w2) != 0; w2++)
		;
	for (i = 0; i < n + 2; i++) {
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
	z.len = 0;
	deflate_into(pdf->mmgr, xr.data, xr.len, &z, compress);
	root = pdf->catalog->header.obj_id & 0x00FFFFFF;
	info = pdf->info != NULL ? pdf->info->header.obj_id & 0x00FFFFFF : 0;
	dict.len = 0;
	sbuf_printf(&dict, "/Type/XRef/Size %u/W[1 %d 2]/Root %u 0 R",
	    n + 2, w2, root);
	if (info != 0)
		sbuf_printf(&dict, "/Info %u 0 R", info);
	sbuf_printf(&dict, "/ID[<%s><%s>]", id, id);
	put_stream(out, xrefid, sbuf_str(&dict), &z, compress);
	{
		char tail[64];

		snprintf(tail, sizeof(tail), "startxref\n%llu\n%%%%EOF\n",
		    (unsigned long long)where[xrefid]);
		HPDF_Stream_WriteStr(out, tail);
	}
	file.len = 0;
	mem_append(&file, out);
	HPDF_Stream_Free(out);
	HPDF_Stream_Free(body);
	free(where);
	free(type);
	sbuf_free(&head);
	sbuf_free(&packed);
	sbuf_free(&z);
	sbuf_free(&xr);
	sbuf_free(&dict);
	*lenp = file.len;
	return (unsigned char *)sbuf_detach(&file);
}
