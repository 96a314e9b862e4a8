/* oom_shape.c: every allocation of shaping, failed in turn (issue 14,
 * item 3: out of memory is exit 3 with a message, everywhere).
 *
 * Run under tests/shim.so (tests/hostile.sh does): for each text, a
 * forked child opens the language's chain, picks a face per character
 * (which opens the fonts a name needs) and shapes it (ICU's bidi levels,
 * HarfBuzz), once without a failure to count its allocations, then once
 * per allocation with that one and every later one failing.  A child
 * forked from the same parent repeats the same allocations, so the run
 * is the same every time: no sampling, no ASLR or hash seed in the way.
 * Each child must exit 3 with "out of memory" on standard error, or, when
 * the failed allocation was one a library may do without (a cache),
 * exit 0 with the very glyphs of the run without failure.  A crash or
 * other glyphs fail the test.  Before ICU gave the levels, fribidi
 * 1.0.8 crashed on 36 allocations of an Arabic leaflet (an unchecked
 * malloc() when it pairs brackets).  The texts are made up. */
#define _GNU_SOURCE
#include <config.h>

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "exitcodes.h"
#include "font.h"
#include "shape.h"
#include "utf8.h"

static const struct sample {
	const char	*lang;
	bool		 rtl;
	const char	*text;
} samples[] = {
	{ "ar", true, "لك الحق في مساعدة (مجانية وسرية) لمدة 45 يوما: "
	    "اتصل بـ PAG-ASA على [02 511 64 64] «الآن»." },
	{ "fr", false, "Nom : \u2068ნინო ბერიძე\u2069 (née à Tbilissi), "
	    "\u2068נועה לוי\u2069 [2026], \u2068கவிதா\u2069." },
	{ "hi", false, "आपको (मुफ़्त) मदद मिलेगी: क्षत्रिय, 45 दिन।" },
	{ "th", false, "คุณมีสิทธิ์ (ฟรี) ได้รับความช่วยเหลือ 45 วัน" },
	{ "ro", false, "Ana \u2068김민준\u2069 (\u2068အေးအေး\u2069) și "
	    "\u2068ⵜⵉⵍⴻⵍⵍⵉ\u2069." },
};

static long (*shim_calls)(void);
static void (*shim_fail_after)(long);

/* The glyphs of a run, folded into one number. */
static uint64_t
fold(const struct shape_glyph *g, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h = (h ^ g[i].gid) * 1099511628211ULL;
		h = (h ^ g[i].cluster) * 1099511628211ULL;
		h = (h ^ (uint64_t)(int64_t)(g[i].advance * 64)) *
		    1099511628211ULL;
		h = (h ^ (uint64_t)(int64_t)(g[i].y_offset * 64)) *
		    1099511628211ULL;
	}
	return h ^ n;
}

/* What a child does: the chain, a face per character, the shaping. */
static uint64_t
work(struct font_set *fs, const struct sample *s)
{
	struct diag_list dl = { 0 };
	const struct font_chain *ch = font_set_chain(fs, s->lang, &dl);
	struct font_face **faces;
	struct shape_glyph *g;
	uint32_t *u, cp;
	const char *p = s->text;
	size_t n = 0, ng;
	uint64_t h;

	if (ch == NULL)
		return 0;
	u = malloc((strlen(s->text) + 1) * sizeof(*u));
	faces = malloc((strlen(s->text) + 1) * sizeof(*faces));
	if (u == NULL || faces == NULL) {
		/* exit 3 as thbdoc does: this is not what is tested */
		fputs("thbdoc: error: out of memory\n", stderr);
		_exit(THB_EXIT_SYSTEM);
	}
	while ((cp = utf8_next(&p)) != 0) {
		faces[n] = font_chain_face_for(ch, cp, 0);
		if (faces[n] == NULL)
			faces[n] = n > 0 ? faces[n - 1] : ch->faces[0];
		u[n++] = cp;
	}
	ng = shape_text(u, n, faces, NULL, s->rtl, s->lang, 10.5f, &g);
	h = fold(g, ng);
	free(g);
	free(u);
	free(faces);
	diag_list_free(&dl);
	return h;
}

/* Runs work() in a child, failing from its nth allocation on (0: none).
 * *allocs: how many it made; *hash: its glyphs; *err: its standard error
 * said "out of memory".  Returns the wait status. */
static int
child(struct font_set *fs, const struct sample *s, long nth, long *allocs,
    uint64_t *hash, bool *err)
{
	int out[2], errp[2], st;
	char buf[512];
	ssize_t r;
	size_t got = 0;
	pid_t pid;
	struct { long allocs; uint64_t hash; } res = { -1, 0 };

	if (pipe(out) != 0 || pipe(errp) != 0)
		abort();
	fflush(NULL);
	if ((pid = fork()) < 0)
		abort();
	if (pid == 0) {
		long before;

		close(out[0]);
		close(errp[0]);
		dup2(errp[1], STDERR_FILENO);
		before = shim_calls();
		if (nth > 0)
			shim_fail_after(nth);
		res.hash = work(fs, s);
		res.allocs = shim_calls() - before;
		if (write(out[1], &res, sizeof(res)) != sizeof(res))
			_exit(99);
		_exit(0);
	}
	close(out[1]);
	close(errp[1]);
	*err = false;
	while ((r = read(errp[0], buf + got, sizeof(buf) - 1 - got)) > 0)
		got += (size_t)r;
	buf[got] = '\0';
	*err = strstr(buf, "out of memory") != NULL;
	if (read(out[0], &res, sizeof(res)) != sizeof(res))
		res.allocs = -1;
	close(out[0]);
	close(errp[0]);
	waitpid(pid, &st, 0);
	*allocs = res.allocs;
	*hash = res.hash;
	return st;
}

int
main(void)
{
	struct diag_list dl = { 0 };
	struct font_set *fs;
	size_t i;
	int passed = 0, failed = 0;

	shim_calls = (long (*)(void))dlsym(RTLD_DEFAULT, "thb_shim_calls");
	shim_fail_after = (void (*)(long))dlsym(RTLD_DEFAULT,
	    "thb_shim_fail_after");
	if (shim_calls == NULL || shim_fail_after == NULL) {
		puts("SKIP: run under tests/shim.so (LD_PRELOAD)");
		return 77;
	}
	if ((fs = font_set_load(&dl)) == NULL) {
		diag_list_print(&dl, stderr);
		return 1;
	}
	for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		const struct sample *s = &samples[i];
		long total, n, k;
		uint64_t ref, h;
		bool err;
		int st, bad = 0, survived = 0;

		st = child(fs, s, 0, &total, &ref, &err);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || total <= 0 ||
		    ref == 0) {
			printf("FAIL: %s: the run without failure\n", s->lang);
			failed++;
			continue;
		}
		for (n = 1; n <= total; n++) {
			st = child(fs, s, n, &k, &h, &err);
			if (WIFEXITED(st) && WEXITSTATUS(st) == THB_EXIT_SYSTEM &&
			    err)
				continue;
			if (WIFEXITED(st) && WEXITSTATUS(st) == 0 &&
			    h == ref) {
				survived++;
				continue;
			}
			if (bad++ < 5)
				printf("  %s: allocation %ld of %ld failed: %s "
				    "%d%s\n", s->lang, n, total,
				    WIFSIGNALED(st) ? "signal" : "exit",
				    WIFSIGNALED(st) ? WTERMSIG(st) :
				    WEXITSTATUS(st), WIFEXITED(st) &&
				    WEXITSTATUS(st) == 0 ? " with other glyphs" :
				    WIFEXITED(st) && !err ? " without saying "
				    "\"out of memory\"" : "");
		}
		printf("%s: %s: each of %ld allocations failed in turn "
		    "(%d done without it, the same glyphs)\n",
		    bad ? "FAIL" : "ok", s->lang, total, survived);
		if (bad)
			failed++;
		else
			passed++;
	}
	font_set_free(fs);
	diag_list_free(&dl);
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
