/* test_threads.c: renders on several threads at once, each on its own
 * data owner, give the very bytes of the same renders one after another
 * (issue 15: thbdoc serve renders while it serves).  The languages are
 * chosen for what each render shares with the others in the process:
 * HarfBuzz shaping (Arabic, Devanagari, Bengali, Thai), ICU's bidi levels
 * (Arabic, Persian), libthai's dictionary (Thai), libunibreak's tables
 * (all), fonts opened on demand (Chinese, Amharic), libharu (all).
 * Built with -fsanitize=thread it is the race test (HACKING). */
#include <config.h>

#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "render.h"
#include "thb_data.h"

#define NTHREADS	4
#define ROUNDS		2

static const char *const langs[] = {
	"fr", "ar", "th", "hi", "zh", "ru", "am", "fa", "bn", "vi"
};
#define NLANGS	(sizeof(langs) / sizeof(langs[0]))

static struct render_out reference[NLANGS];

static bool
render_one(struct thb_data *d, const char *lang, struct render_out *out)
{
	struct render_leaflet_opts o = { 0 };
	struct render_dest dest = { RENDER_PDF, NULL, false };
	struct diag_list dl = { 0 };
	bool ok;

	o.lang = lang;
	o.allow_incomplete = true;
	ok = render_leaflet(d, &o, &dest, out, &dl);
	if (!ok)
		diag_list_print(&dl, stderr);
	diag_list_free(&dl);
	return ok && out->data != NULL;
}

struct worker {
	int		 id;
	size_t		 renders, same;
};

/* Each worker has an owner of its own and starts at another language,
 * so that different scripts are shaped at the same moment. */
static void *
work(void *arg)
{
	struct worker *w = arg;
	struct thb_data *d = thb_data_new();
	size_t r, k;

	for (r = 0; r < ROUNDS; r++)
		for (k = 0; k < NLANGS; k++) {
			size_t i = (k + (size_t)w->id * 3) % NLANGS;
			struct render_out out = { 0 };

			if (render_one(d, langs[i], &out)) {
				w->renders++;
				if (out.len == reference[i].len &&
				    memcmp(out.data, reference[i].data,
				    out.len) == 0)
					w->same++;
				else
					fprintf(stderr, "thread %d: %s: other "
					    "bytes\n", w->id, langs[i]);
			}
			render_out_free(&out);
		}
	thb_data_free(d);
	return NULL;
}

static int
setup(void **state)
{
	struct thb_data *d = thb_data_new();
	size_t i;

	(void)state;
	for (i = 0; i < NLANGS; i++)
		if (!render_one(d, langs[i], &reference[i]))
			return -1;
	thb_data_free(d);
	return 0;
}

static int
teardown(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NLANGS; i++)
		render_out_free(&reference[i]);
	return 0;
}

/* NTHREADS owners, NTHREADS threads, every leaflet ROUNDS times each:
 * all rendered, all the same bytes as one after another. */
static void
renders_on_several_threads_give_the_same_bytes(void **state)
{
	pthread_t t[NTHREADS];
	struct worker w[NTHREADS];
	int i;

	(void)state;
	for (i = 0; i < NTHREADS; i++) {
		w[i] = (struct worker){ i, 0, 0 };
		assert_int_equal(pthread_create(&t[i], NULL, work, &w[i]), 0);
	}
	for (i = 0; i < NTHREADS; i++) {
		assert_int_equal(pthread_join(t[i], NULL), 0);
		assert_int_equal(w[i].renders, ROUNDS * NLANGS);
		assert_int_equal(w[i].same, ROUNDS * NLANGS);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(renders_on_several_threads_give_the_same_bytes),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
