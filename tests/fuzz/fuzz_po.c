/* fuzz_po.c: libFuzzer target for the PO reader (a translator's file is
 * outside input): any input gives a PO file or diagnostics, never a
 * crash, a leak or undefined behaviour; what it reads makes a catalogue
 * that the .mo reader accepts and finds every translated entry in. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "po_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list diags = { 0 };
	struct catalog *cat = NULL;
	const struct po_entry *e;
	struct po_file *po;
	unsigned char *mo;
	size_t i, len;
	char *v;

	po = po_read_memory("fuzz.po", (const char *)data, size, &diags);
	if (po != NULL) {
		v = po_header_field(po, "Language");
		free(v);
		mo = po_to_mo(po, &len);
		cat = catalog_open_memory("fuzz.mo", mo, len, &diags);
		free(mo);
		for (i = 0; cat != NULL && i < po->count; i++) {
			e = &po->items[i];
			/* (A catalogue has no message for an empty msgid.) */
			if (po_entry_translated(e) && e->msgid[0] != '\0' &&
			    e->msgid_plural == NULL &&
			    (catalog_lookup(cat, e->msgctxt, e->msgid) == NULL ||
			    strcmp(catalog_lookup(cat, e->msgctxt, e->msgid),
			    e->msgstr[0]) != 0))
				abort();	/* po_to_mo lost an entry */
		}
	}
	catalog_free(cat);
	po_free(po);
	diag_list_free(&diags);
	return 0;
}
