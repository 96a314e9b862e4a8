/* fuzz_case.c: libFuzzer target for the case reader and the phase model.
 * Any input must give a case or diagnostics: never a crash, a leak or
 * undefined behaviour.  Build with ./configure --enable-fuzzing CC=clang;
 * run with make fuzz. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>

#include "case.h"
#include "paths.h"
#include "phase.h"
#include "status_out.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct case_reader *
reader(void)
{
	static struct case_reader *r;
	struct diag_list diags = { 0 };
	char *schema;

	if (r == NULL) {
		if ((schema = paths_find("schema/case.xsd")) == NULL)
			abort();	/* set THBDOC_DATADIR */
		r = case_reader_new(schema, &diags);
		free(schema);
		diag_list_free(&diags);
		if (r == NULL)
			abort();
	}
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const dates[] = { "1997-01-13", "2003-04-17",
	    "2026-12-01", "9899-12-31" };
	struct diag_list diags = { 0 };
	struct phase_status *st;
	struct case_file *c;
	struct sbuf out = { 0 };
	date_day as_of;
	size_t i;

	c = case_read_memory(reader(), "fuzz.xml", (const char *)data, size,
	    &diags);
	if (c != NULL) {
		for (i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
			date_parse(dates[i], &as_of);
			st = phase_apply(c, as_of);
			status_write_json(&out, c, st);
			status_write_text(&out, c, st);
			sbuf_free(&out);
			phase_status_free(st);
		}
	}
	case_free(c);
	diag_list_free(&diags);
	return 0;
}
