/* engine_sample: lay out a sample document and dump it or write it as
 * PDF, for the shell tests (pdftotext, qpdf, pdffonts, same bytes).
 *
 * usage: engine_sample dump LANG
 *        engine_sample pdf LANG OUT.pdf [plain|full] [uncompressed]
 *        engine_sample text LANG          the plain sample's text
 *        engine_sample langs              the sample languages
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "doc_tree.h"
#include "font.h"
#include "layout.h"
#include "pdf_out.h"
#include "samples.h"

int
main(int argc, char *argv[])
{
	struct diag_list dl = { 0 };
	struct font_set *fs;
	const struct sample *s;
	struct layout_options lo = { 2 };
	struct pdf_options po = { 0, false, true };	/* the tool rewrites its files */
	struct layout *L;
	struct doc *d;
	bool plain;
	int rc = 0;
	size_t i;

	if (argc == 2 && strcmp(argv[1], "langs") == 0) {
		for (i = 0; i < nsamples; i++)
			printf("%s\n", samples[i].lang);
		return 0;
	}
	if (argc < 3 || (s = sample_find(argv[2])) == NULL) {
		fprintf(stderr, "usage: engine_sample dump|pdf|text LANG "
		    "[OUT.pdf [plain|full] [uncompressed]]\n");
		return 2;
	}
	if (strcmp(argv[1], "text") == 0) {
		printf("%s\n%s\n", s->title, s->paragraph);
		return 0;
	}
	if ((fs = font_set_load(&dl)) == NULL) {
		diag_list_print(&dl, stderr);
		return 3;
	}
	plain = argc > 4 && strcmp(argv[4], "plain") == 0;
	po.uncompressed = argc > 5 && strcmp(argv[5], "uncompressed") == 0;
	d = plain ? sample_doc_plain(s) : sample_doc(s);
	L = layout_doc(d, fs, &lo, &dl);
	if (L == NULL || diag_list_errors(&dl) > 0)
		rc = 1;
	else if (strcmp(argv[1], "dump") == 0) {
		char *out = layout_dump(L);

		fputs(out, stdout);
		free(out);
	} else if (strcmp(argv[1], "pdf") == 0 && argc > 3) {
		if (!pdf_write(L, d, &po, argv[3], &dl))
			rc = 1;
	} else
		rc = 2;
	diag_list_print(&dl, stderr);
	layout_free(L);
	doc_free(d);
	font_set_free(fs);
	diag_list_free(&dl);
	return rc;
}
