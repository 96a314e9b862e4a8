/* fuzz_layout.c: libFuzzer target for the path a translation takes into
 * a page: any bytes, as a translated paragraph (and a heading, a list item
 * and a user-data span), laid out in one of the languages' font chains
 * (bidi, shaping, line breaking, fallback), and sometimes written as PDF
 * in memory.  Never a crash, a hang, a leak or undefined behaviour;
 * overflow is an error in the list, not a failure.
 *
 * Input: byte 0 picks the language, byte 1 the styles and whether a PDF
 * is written; the rest is the text. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "doc_tree.h"
#include "font.h"
#include "layout.h"
#include "pdf_out.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const langs[] = {
	"en", "fr", "ro", "vi", "bg", "ru", "ar", "fa", "ps", "ur", "zh",
	"th", "ti", "am", "hi", "ne", "bn", "bin", "pcm"
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct font_set *fonts;
	struct layout_options opts = { 2 };
	struct diag_list diags = { 0 };
	struct doc_block *b;
	struct layout *L;
	struct doc *d;
	unsigned char *pdf;
	char *text;
	size_t len;
	unsigned flags;

	if (size < 2 || size > 4096)
		return 0;
	if (fonts == NULL && (fonts = font_set_load(&diags)) == NULL)
		abort();	/* set THBDOC_DATADIR to the built fonts */
	d = doc_new(langs[data[0] % (sizeof(langs) / sizeof(langs[0]))]);
	flags = data[1];
	text = malloc(size - 1);
	memcpy(text, data + 2, size - 2);
	text[size - 2] = '\0';
	b = doc_block_add(d, d->root, DOC_HEADING);
	b->level = 1;
	doc_span_add(d, b, text, SPAN_STRONG);
	b = doc_block_add(d, d->root, DOC_PARAGRAPH);
	doc_span_add(d, b, text, flags & 7u);
	doc_span_add(d, b, text, SPAN_USER_DATA);
	b = doc_block_add(d, doc_block_add(d, d->root, DOC_LIST), DOC_ITEM);
	doc_span_add(d, b, text, SPAN_EMPHASIS);
	L = layout_doc(d, fonts, &opts, &diags);
	if (L != NULL && (flags & 0x80) && diag_list_errors(&diags) == 0) {
		pdf = pdf_render(L, d, NULL, &len, &diags);
		free(pdf);
	}
	layout_free(L);
	doc_free(d);
	free(text);
	diag_list_free(&diags);
	return 0;
}
