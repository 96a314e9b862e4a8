/* fuzz_template.c: libFuzzer target for the template reader: any input
 * gives a template or diagnostics, never a crash, a leak or undefined
 * behaviour.  The schema is loaded once from THBDOC_DATADIR. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>

#include "paths.h"
#include "tmpl.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *schema;
	struct diag_list diags = { 0 };
	struct tmpl *t;
	size_t i, n;

	if (schema == NULL && (schema = paths_find("templates/template.xsd"))
	    == NULL)
		abort();	/* set THBDOC_DATADIR */
	t = tmpl_load_memory("fuzz.xml", (const char *)data, size, schema,
	    &diags);
	if (t != NULL) {
		n = tmpl_msg_count(t);
		for (i = 0; i < n; i++)
			if (tmpl_msg_get(t, i)->msgid == NULL)
				abort();
	}
	tmpl_free(t);
	diag_list_free(&diags);
	return 0;
}
