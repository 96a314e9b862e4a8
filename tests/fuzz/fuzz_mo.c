/* fuzz_mo.c: libFuzzer target for the .mo reader on raw bytes.  A .mo
 * file under THBDOC_LOCALEDIR is outside input like a case file: any bytes
 * give a catalogue or a diagnostic, never a crash, a leak or undefined
 * behaviour; every message the reader accepts can be looked up again, and
 * its header fields read. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const fields[] = { "Content-Type", "Language",
	    "Plural-Forms", "X-Review-Status", "" };
	static const char *const ids[] = { "Name", "%s: %d days",
	    "Your rights", "a\004b", "zzzz" };
	struct diag_list diags = { 0 };
	struct catalog *cat;
	size_t i;
	char *v;

	cat = catalog_open_memory("fuzz.mo", data, size, &diags);
	if (cat != NULL) {
		for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
			v = catalog_header_field(cat, fields[i]);
			free(v);
		}
		for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
			(void)catalog_lookup(cat, NULL, ids[i]);
			(void)catalog_lookup(cat, "leaflet", ids[i]);
		}
		(void)catalog_count(cat);
	}
	catalog_free(cat);
	diag_list_free(&diags);
	return 0;
}
