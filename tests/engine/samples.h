/* samples.h: sample documents in every script, for the engine tests. */
#ifndef THB_TEST_SAMPLES_H
#define THB_TEST_SAMPLES_H

#include <stddef.h>

struct doc;

struct sample {
	const char	*lang;
	const char	*title;
	const char	*heading;
	const char	*paragraph;	/* the script's hard cases */
	const char	*item1, *item2;
};

extern const struct sample samples[];
extern const size_t nsamples;

const struct sample *sample_find(const char *lang);

/* A document: title, heading, paragraph, list, contact box with a phone
 * number (no break) and a user-data name, two columns (the language and
 * French), a table and a form field. */
struct doc	*sample_doc(const struct sample *);

/* A document with only the title and the paragraph, for the round trip
 * through pdftotext. */
struct doc	*sample_doc_plain(const struct sample *);

#endif
