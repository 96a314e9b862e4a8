/* check_po.c: the checks of a translation (see check_po.h).
 *
 * A table of per-string checks runs over every entry of the PO file that
 * is translated; file-level checks (header, msgfmt, strings the leaflet
 * needs that the file lacks, the layout) run once.  Template strings
 * (leaflet, centres' cities, language card) are XML fragments: they are
 * read by the template engine's own reader (tmpl_frag.h), so that what it
 * refuses is refused here, to compare markup and placeholders and to get
 * the text that will be drawn.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check_po.h"
#include "i18n.h"
#include "publish.h"
#include "render.h"
#include "tmpl_frag.h"
#include "po_read.h"
#include "utf8.h"
#include "util.h"

extern char **environ;

#define MSGFMT_MAX_OUTPUT	(256 * 1024)
#define GLYPHS_SHOWN		8

static const char *const check_names_table[CHECK__MAX] = {
	[CHECK_READ] = "read",
	[CHECK_MSGFMT] = "msgfmt",
	[CHECK_COMPLETE] = "complete",
	[CHECK_PLACEHOLDERS] = "placeholders",
	[CHECK_MARKUP] = "markup",
	[CHECK_SAME] = "same",
	[CHECK_GLYPHS] = "glyphs",
	[CHECK_FIT] = "fit",
	[CHECK_BIDI] = "bidi",
	[CHECK_SPACES] = "spaces",
	[CHECK_HEADER] = "header",
};

/* Languages in which a translation identical to the English text is
 * normal: English itself, and Nigerian Pidgin, an English-lexified
 * language in which many words and short sentences are spelt as in
 * English. */
static const char *const same_is_normal[] = { "en", "pcm" };

enum str_kind {
	STR_PROGRAM,	/* a message of the program (src/ C files): printf */
	STR_LEAFLET,	/* a leaflet string or a city: needed to publish */
	STR_NOTICE,	/* a translation notice of the leaflet */
	STR_CARD,	/* the language card */
	STR_DOCUMENT	/* another template's text (notice, official
			   documents): a fragment, not needed to publish */
};

/* One run over one file. */
struct ck {
	const struct check_po_env *env;
	const char	*path;
	const char	*lang;
	const struct languages_info *info;	/* or NULL */
	const struct po_file *po;
	struct check_po_result *res;
	struct diag_list *diags;
	char		**plain;	/* per entry: the text drawn, or NULL */
};

/* A string as messages quote it: white space collapsed, about 60
 * characters, cut on a character boundary. */
static char *
excerpt(const char *s)
{
	struct sbuf b = { 0 };
	size_t n = 0;
	const char *p = s, *start;

	while (*p != '\0' && n < 60) {
		if (*p == ' ' || *p == '\n' || *p == '\t') {
			if (b.len > 0 && b.data[b.len - 1] != ' ')
				sbuf_addc(&b, ' ');
			p++;
		} else {
			start = p;
			utf8_next(&p);
			sbuf_addn(&b, start, (size_t)(p - start));
		}
		n++;
	}
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	if (*p != '\0')
		sbuf_add(&b, "...");
	return sbuf_detach(&b);
}

/* One diagnostic of check id; the severity comes from the code. */
static void
report(struct ck *k, enum check_po_id id, enum diag_code code, int line,
    const char *a, const char *b, const char *c)
{
	if (diag_code_severity(code) == DIAG_ERROR)
		k->res->failed |= 1u << id;
	else
		k->res->warned |= 1u << id;
	diag_add(k->diags, code, k->path, line, 0, a, b, c);
}

/* The same, for a message that ends with the string concerned: the
 * source text, quoted shortened.  Arguments before it: a, b. */
static void
report_msg(struct ck *k, enum check_po_id id, enum diag_code code, int line,
    const char *msgid, const char *a, const char *b)
{
	char *ex = excerpt(msgid);

	if (a == NULL)
		report(k, id, code, line, ex, NULL, NULL);
	else if (b == NULL)
		report(k, id, code, line, a, ex, NULL);
	else
		report(k, id, code, line, a, b, ex);
	free(ex);
}

const char *
check_po_name(enum check_po_id id)
{
	return id < CHECK__MAX ? check_names_table[id] : "?";
}

char *
check_po_names(unsigned mask)
{
	struct sbuf b = { 0 };
	int i;

	for (i = 0; i < CHECK__MAX; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (b.len > 0)
			sbuf_addc(&b, ',');
		sbuf_add(&b, check_names_table[i]);
	}
	return sbuf_detach(&b);
}

static bool
same_ctxt(const char *a, const char *b)
{
	return (a == NULL && b == NULL) ||
	    (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool
in_template(const struct tmpl *t, const char *msgctxt, const char *msgid,
    const struct tmpl_msg **found)
{
	const struct tmpl_msg *m;
	size_t i;

	if (t == NULL)
		return false;
	for (i = 0; i < tmpl_msg_count(t); i++) {
		m = tmpl_msg_get(t, i);
		if (same_ctxt(m->msgctxt, msgctxt) &&
		    strcmp(m->msgid, msgid) == 0) {
			if (found != NULL)
				*found = m;
			return true;
		}
	}
	return false;
}

static bool
is_city(const struct check_po_env *env, const char *msgctxt, const char *msgid)
{
	size_t i;

	if (msgctxt != NULL || env->centres == NULL)
		return false;
	for (i = 0; i < env->centres->count; i++)
		if (strcmp(env->centres->items[i].city, msgid) == 0)
			return true;
	return false;
}

/* What a string is, from the templates and the entry's references
 * (origin; PO_ORIGIN_NONE for a string the file does not have).  A
 * string with no reference that no template has is taken for a program
 * message, so that its printf directives are still checked. */
static enum str_kind
string_kind(const struct check_po_env *env, const char *msgctxt,
    const char *msgid, enum po_origin origin)
{
	if (origin == PO_ORIGIN_SOURCE)
		return STR_PROGRAM;
	if (in_template(env->leaflet, msgctxt, msgid, NULL))
		return msgctxt != NULL &&
		    strcmp(msgctxt, CHECK_PO_NOTICE_CONTEXT) == 0 ?
		    STR_NOTICE : STR_LEAFLET;
	if (is_city(env, msgctxt, msgid))
		return STR_LEAFLET;
	if (in_template(env->card, msgctxt, msgid, NULL))
		return STR_CARD;
	return origin == PO_ORIGIN_TEMPLATE ? STR_DOCUMENT : STR_PROGRAM;
}

bool
check_po_is_leaflet_string(const struct check_po_env *env, const char *msgctxt,
    const char *msgid)
{
	return string_kind(env, msgctxt, msgid, PO_ORIGIN_NONE) ==
	    STR_LEAFLET;
}

/* --- fragments: markup, placeholders, text ------------------------- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort the lines of a buffer, so that word order may change. */
static void
sort_lines(struct sbuf *b)
{
	char **v = NULL, *p, *nl, *copy;
	size_t n = 0, i;

	if (b->len == 0)
		return;
	copy = sbuf_detach(b);
	for (p = copy; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n++] = p;
	}
	qsort(v, n, sizeof(*v), cmp_str);
	for (i = 0; i < n; i++) {
		sbuf_add(b, v[i]);
		sbuf_addc(b, '\n');
	}
	free(v);
	free(copy);
}

/* What two signatures differ in, e.g. "<phone>112</phone> missing";
 * NULL when equal.  Caller frees. */
static char *
signature_diff(const char *src, const char *tr)
{
	struct sbuf b = { 0 };
	const char *p, *nl;
	char *line;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		const char *from = pass == 0 ? src : tr;
		const char *other = pass == 0 ? tr : src;

		for (p = from; *p != '\0'; p = nl + 1) {
			nl = strchr(p, '\n');
			line = xasprintf("%.*s", (int)(nl - p), p);
			/* Multisets: count both sides. */
			{
				size_t na = 0, nb = 0;
				const char *q;
				size_t len = strlen(line);

				for (q = from; (q = strstr(q, line)) != NULL;
				    q += len)
					na += (q == from || q[-1] == '\n') &&
					    q[len] == '\n';
				for (q = other; (q = strstr(q, line)) != NULL;
				    q += len)
					nb += (q == other || q[-1] == '\n') &&
					    q[len] == '\n';
				if (na > nb && !strstr(sbuf_str(&b), line))
					sbuf_printf(&b, "%s%s %s", b.len ?
					    "; " : "", line, pass == 0 ?
					    "missing" : "added");
			}
			free(line);
		}
	}
	return b.len > 0 ? sbuf_detach(&b) : NULL;
}

/* The arguments a printf format consumes, one line each, written as
 * positional directives ("%1$s", "%2$zu", "%3$*" for a width), sorted;
 * "invalid" for a broken directive. */
static char *
printf_signature(const char *s)
{
	struct sbuf b = { 0 };
	unsigned next = 1, arg;
	const char *p;
	char *end;

	for (p = s; (p = strchr(p, '%')) != NULL; ) {
		p++;
		if (*p == '%') {
			p++;
			continue;
		}
		arg = next;
		if (*p >= '1' && *p <= '9') {
			unsigned long v = strtoul(p, &end, 10);

			if (*end == '$') {
				arg = (unsigned)v;
				p = end + 1;
			}
		}
		p += strspn(p, "-+ #0'I");
		if (*p == '*') {
			sbuf_printf(&b, "%%%u$*\n", next++);
			p++;
		} else
			p += strspn(p, "0123456789");
		if (*p == '.') {
			p++;
			if (*p == '*') {
				sbuf_printf(&b, "%%%u$*\n", next++);
				p++;
			} else
				p += strspn(p, "0123456789");
		}
		{
			size_t len = strspn(p, "hlLqjzt");

			if (p[len] == '\0' || !strchr("diouxXeEfFgGaAcspn",
			    p[len])) {
				sbuf_add(&b, "invalid\n");
				break;
			}
			sbuf_printf(&b, "%%%u$%.*s%c\n", arg, (int)len, p,
			    strchr("di", p[len]) ? 'd' :
			    strchr("ouxX", p[len]) ? 'u' :
			    strchr("eEfFgGaA", p[len]) ? 'f' : p[len]);
			if (arg == next)
				next++;
			p += len + 1;
		}
	}
	sort_lines(&b);
	return sbuf_detach(&b);
}

/* --- per-string checks ---------------------------------------------- */

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (unsigned char)c >= 0x80;
}

/* Words of two letters or more, printf directives and markup aside. */
static size_t
count_words(const char *s)
{
	size_t n = 0, len;

	while (*s != '\0') {
		if (*s == '%' || *s == '<') {
			s += strcspn(s, *s == '%' ? " \n" : ">");
			continue;
		}
		for (len = 0; is_letter(s[len]); len++)
			;
		n += len >= 2;
		s += len > 0 ? len : 1;
	}
	return n;
}

static void
check_same(struct ck *k, const struct po_entry *e, enum str_kind kind)
{
	const struct languages_info *li = k->info;
	size_t i;

	/* One word: a name, an abbreviation (CPAS), a city. */
	if (strcmp(e->msgstr[0], e->msgid) != 0 || count_words(e->msgid) < 2)
		return;
	for (i = 0; i < sizeof(same_is_normal) / sizeof(*same_is_normal);
	    i++)
		if (strcmp(k->lang, same_is_normal[i]) == 0)
			return;
	if (kind == STR_LEAFLET && li != NULL &&
	    strcmp(li->script, "Latn") != 0)
		report_msg(k, CHECK_SAME, ERR_PO_SAME_AS_SOURCE,
		    e->msgstr_line, e->msgid, NULL, NULL);
	else
		report_msg(k, CHECK_SAME, WARN_PO_SAME_AS_SOURCE,
		    e->msgstr_line, e->msgid, NULL, NULL);
}

/* False (and an error) when s holds a bidi control character. */
static bool
check_bidi(struct ck *k, const struct po_entry *e, const char *s)
{
	const char *p = s;
	uint32_t cp;
	char u[16];

	while ((cp = utf8_next(&p)) != 0)
		if (utf8_is_bidi_control(cp) || cp == 0x061C) {
			snprintf(u, sizeof(u), "U+%04X", (unsigned)cp);
			report_msg(k, CHECK_BIDI, ERR_PO_BIDI_CONTROL,
			    e->msgstr_line, e->msgid, u, NULL);
			return false;
		}
	return true;
}

static bool
is_edge_space(char c)
{
	return c == ' ' || c == '\t';
}

static void
check_spaces(struct ck *k, const struct po_entry *e, const char *src,
    const char *tr)
{
	size_t ls = strlen(src), lt = strlen(tr);

	if (ls == 0 || lt == 0)
		return;
	if (is_edge_space(src[0]) != is_edge_space(tr[0]))
		report_msg(k, CHECK_SPACES, WARN_PO_SPACE, e->msgstr_line,
		    /* TRANSLATORS: the space at the start of a string, in
		       "leading space differs from the source". */
		    e->msgid, _("leading"), NULL);
	if (is_edge_space(src[ls - 1]) != is_edge_space(tr[lt - 1]))
		report_msg(k, CHECK_SPACES, WARN_PO_SPACE, e->msgstr_line,
		    /* TRANSLATORS: the space at the end of a string, in
		       "trailing space differs from the source". */
		    e->msgid, _("trailing"), NULL);
}

static void
check_printf(struct ck *k, const struct po_entry *e, const char *src,
    const char *tr)
{
	char *a, *b, *diff;

	if (e->no_c_format || (strchr(src, '%') == NULL &&
	    strchr(tr, '%') == NULL))
		return;
	a = printf_signature(src);
	b = printf_signature(tr);
	if ((diff = signature_diff(a, b)) != NULL) {
		report_msg(k, CHECK_PLACEHOLDERS, ERR_PO_PLACEHOLDER,
		    e->msgstr_line, e->msgid, diff, NULL);
		free(diff);
	}
	free(a);
	free(b);
}

static void
check_glyphs(struct ck *k, const struct po_entry *e, const char *text)
{
	uint32_t missing[GLYPHS_SHOWN];
	struct sbuf b = { 0 };
	size_t n, i;

	if (k->env->fonts == NULL)
		return;
	n = font_set_missing(k->env->fonts, k->lang, text, missing,
	    GLYPHS_SHOWN, k->diags);
	if (n == 0)
		return;
	for (i = 0; i < n && i < GLYPHS_SHOWN; i++) {
		char u[8];
		size_t len = utf8_put(u, missing[i]);

		sbuf_printf(&b, "%sU+%04X (%.*s)", i ? ", " : "",
		    (unsigned)missing[i], (int)len, u);
	}
	if (n > GLYPHS_SHOWN)
		sbuf_add(&b, ", ...");
	report_msg(k, CHECK_GLYPHS, ERR_PO_GLYPH, e->msgstr_line, e->msgid,
	    k->lang, sbuf_str(&b));
	sbuf_free(&b);
}

/* Markup and <var> of a template string; its drawn text into *plain. */
static void
check_fragment(struct ck *k, const struct po_entry *e, const char *tr,
    bool bidi_seen, char **plain)
{
	struct tmpl_frag fs, ft;
	char *diff;

	tmpl_frag_read(e->msgid, &fs);
	tmpl_frag_read(tr, &ft);
	if (ft.error != NULL)
		report_msg(k, CHECK_MARKUP, ERR_PO_MARKUP, e->msgstr_line,
		    e->msgid, ft.error, NULL);
	else if (fs.error == NULL) {
		if ((diff = signature_diff(fs.markup, ft.markup)) != NULL) {
			report_msg(k, CHECK_MARKUP, ERR_PO_MARKUP,
			    e->msgstr_line, e->msgid, diff, NULL);
			free(diff);
		}
		if ((diff = signature_diff(fs.vars, ft.vars)) != NULL) {
			report_msg(k, CHECK_PLACEHOLDERS, ERR_PO_PLACEHOLDER,
			    e->msgstr_line, e->msgid, diff, NULL);
			free(diff);
		}
		/* Character references (&#x202E;) reach the page too. */
		if (!bidi_seen)
			check_bidi(k, e, ft.text);
		check_glyphs(k, e, ft.text);
		*plain = ft.text;
		ft.text = NULL;
	}
	tmpl_frag_free(&fs);
	tmpl_frag_free(&ft);
}

static void
check_entry(struct ck *k, size_t idx)
{
	const struct po_entry *e = &k->po->items[idx];
	enum str_kind kind = string_kind(k->env, e->msgctxt, e->msgid,
	    e->origin);
	bool needed = kind == STR_LEAFLET;
	size_t i;

	if (e->fuzzy) {
		k->res->fuzzy++;
		report_msg(k, CHECK_COMPLETE, needed ? ERR_PO_FUZZY :
		    WARN_PO_FUZZY, e->flags_line ? e->flags_line :
		    e->msgid_line, e->msgid, NULL, NULL);
		k->res->leaflet_missing += needed;
		return;
	}
	if (!po_entry_translated(e)) {
		k->res->untranslated++;
		report_msg(k, CHECK_COMPLETE, needed ? ERR_PO_UNTRANSLATED :
		    WARN_PO_UNTRANSLATED, e->msgstr_line, e->msgid, NULL, NULL);
		k->res->leaflet_missing += needed;
		return;
	}
	k->res->translated++;
	for (i = 0; i < e->nmsgstr; i++) {
		const char *src = i > 0 && e->msgid_plural ? e->msgid_plural :
		    e->msgid;

		bool bidi_seen = !check_bidi(k, e, e->msgstr[i]);

		check_spaces(k, e, src, e->msgstr[i]);
		if (kind == STR_PROGRAM)
			check_printf(k, e, src, e->msgstr[i]);
		else if (i == 0)
			check_fragment(k, e, e->msgstr[i], bidi_seen,
			    &k->plain[idx]);
	}
	check_same(k, e, kind);
}

/* --- file-level checks ---------------------------------------------- */

static void
check_header(struct ck *k)
{
	char *v = po_header_field(k->po, "Language");
	char *by, *date, *what;

	if (po_header(k->po) == NULL) {
		report(k, CHECK_HEADER, WARN_PO_REVIEW_STATUS, 1,
		    "no header entry", NULL, NULL);
		k->res->draft = true;
		return;
	}
	if (v == NULL || strcmp(v, k->lang) != 0)
		report(k, CHECK_HEADER, WARN_PO_LANGUAGE,
		    po_header(k->po)->msgid_line, v ? v : "(none)", k->lang,
		    NULL);
	free(v);
	v = po_header_field(k->po, "Content-Type");
	if (v == NULL || (strstr(v, "charset=UTF-8") == NULL &&
	    strstr(v, "charset=utf-8") == NULL))
		report(k, CHECK_HEADER, ERR_PO_SYNTAX,
		    po_header(k->po)->msgid_line,
		    "the header must say charset=UTF-8", NULL, NULL);
	free(v);
	k->res->review = po_header_field(k->po, "X-Review-Status");
	by = po_header_field(k->po, "X-Reviewed-By");
	date = po_header_field(k->po, "X-Review-Date");
	v = k->res->review;
	k->res->draft = check_po_review_is_draft(v, by, date);
	if (v == NULL || (strcmp(v, "draft") != 0 &&
	    strcmp(v, "reviewed") != 0)) {
		what = v ? xasprintf("X-Review-Status: %s", v) :
		    xstrdup("no X-Review-Status");
		report(k, CHECK_HEADER, WARN_PO_REVIEW_STATUS,
		    po_header(k->po)->msgid_line, what, NULL, NULL);
		free(what);
	} else if (strcmp(v, "reviewed") == 0 && k->res->draft)
		report(k, CHECK_HEADER, WARN_PO_REVIEW_STATUS,
		    po_header(k->po)->msgid_line, "X-Review-Status: reviewed "
		    "without X-Reviewed-By and X-Review-Date", NULL, NULL);
	free(by);
	free(date);
}

/* Leaflet strings that the file does not have at all (it predates the
 * template: make update-po merges them in). */
static void
check_absent(struct ck *k)
{
	const struct tmpl_msg *m;
	const struct check_po_env *env = k->env;
	size_t i;

	for (i = 0; i < tmpl_msg_count(env->leaflet); i++) {
		m = tmpl_msg_get(env->leaflet, i);
		if (string_kind(env, m->msgctxt, m->msgid, PO_ORIGIN_NONE) !=
		    STR_LEAFLET ||
		    po_find(k->po, m->msgctxt, m->msgid) != NULL)
			continue;
		report_msg(k, CHECK_COMPLETE, ERR_PO_UNTRANSLATED, 0, m->msgid,
		    NULL, NULL);
		k->res->leaflet_missing++;
	}
	for (i = 0; env->centres != NULL && i < env->centres->count; i++)
		if (po_find(k->po, NULL, env->centres->items[i].city) == NULL) {
			report(k, CHECK_COMPLETE, ERR_PO_UNTRANSLATED, 0,
			    env->centres->items[i].city, NULL, NULL);
			k->res->leaflet_missing++;
		}
}

/* msgfmt's stderr, "FILE:LINE: message" lines, as diagnostics. */
static void
msgfmt_report(struct ck *k, char *out, bool failed)
{
	size_t plen = strlen(k->path);
	char *line, *nl, *msg, *end;
	long n;
	bool any = false;

	for (line = out; line != NULL && *line != '\0'; line = nl) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		n = 0;
		msg = line;
		if (strncmp(line, k->path, plen) == 0 && line[plen] == ':') {
			n = strtol(line + plen + 1, &end, 10);
			msg = *end == ':' ? end + 1 : line + plen + 1;
		} else if (strncmp(line, "msgfmt: ", 8) == 0)
			msg = line + 8;
		while (*msg == ' ')
			msg++;
		if (*msg == '\0' || strstr(msg, "fatal error") != NULL)
			continue;
		any = true;
		report(k, CHECK_MSGFMT, strstr(msg, "warning:") != NULL ?
		    WARN_PO_MSGFMT : ERR_PO_MSGFMT, (int)n, msg, NULL, NULL);
	}
	if (failed && !any)
		report(k, CHECK_MSGFMT, ERR_PO_MSGFMT, 0, "refused the file",
		    NULL, NULL);
}

/* msgfmt -c, as a subprocess with its stderr on a pipe; THBDOC_MSGFMT
 * names another program ("" skips the check). */
static void
check_msgfmt(struct ck *k)
{
	const char *prog = getenv("THBDOC_MSGFMT");
	char *argv[] = { NULL, (char *)"-c", (char *)"-o",
	    (char *)"/dev/null", (char *)"--", (char *)k->path, NULL };
	posix_spawn_file_actions_t fa;
	struct sbuf out = { 0 };
	char buf[4096], *why;
	int pipefd[2], st, err;
	ssize_t r;
	pid_t pid;

	if (prog != NULL && *prog == '\0')
		return;
	argv[0] = (char *)(prog != NULL ? prog : "msgfmt");
	if (pipe(pipefd) != 0)
		return;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, pipefd[1], 2);
	posix_spawn_file_actions_addclose(&fa, pipefd[0]);
	posix_spawn_file_actions_addclose(&fa, pipefd[1]);
	err = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(pipefd[1]);
	if (err != 0) {
		close(pipefd[0]);
		why = xasprintf("cannot run %s (%s): its checks were skipped",
		    argv[0], strerror(err));
		report(k, CHECK_MSGFMT, WARN_PO_MSGFMT, 0, why, NULL, NULL);
		free(why);
		return;
	}
	while ((r = read(pipefd[0], buf, sizeof(buf))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		if (out.len < MSGFMT_MAX_OUTPUT)
			sbuf_addn(&out, buf, (size_t)r);
	}
	close(pipefd[0]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (out.len > 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		sbuf_addc(&out, '\0');
		msgfmt_report(k, out.data, !WIFEXITED(st) ||
		    WEXITSTATUS(st) != 0);
	}
	sbuf_free(&out);
}

/* The entry whose drawn text holds this line of text. */
static int
entry_line_for(const struct ck *k, const char *text)
{
	size_t i;

	for (i = 0; *text != '\0' && i < k->po->count; i++)
		if (k->plain[i] != NULL && strstr(k->plain[i], text) != NULL)
			return k->po->items[i].msgstr_line;
	return 0;
}

/* Where the text runs past the page budget: the first line of text on
 * the first page too many that an entry holds. */
static int
overflow_line(const struct ck *k, const char *lines)
{
	char *copy, *p, *nl;
	int line = 0;

	if (lines == NULL)
		return 0;
	copy = xstrdup(lines);
	for (p = copy; line == 0 && *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		line = entry_line_for(k, p);
	}
	free(copy);
	return line;
}

/* The leaflet as "thbdoc leaflet" would print it from this file (the
 * longest variant: with a region, and with the draft note when the file
 * is a draft), laid out in the real fonts on its two pages. */
static void
check_fit(struct ck *k)
{
	const struct check_po_env *env = k->env;
	struct tmpl_var vars[2] = { { "region", "brussels" },
	    { "draft", "yes" } };
	struct tmpl_context ctx = { .region = "brussels" };
	struct render_dest measure = { RENDER_MEASURE, NULL, false };
	struct render_out out = { 0 };
	struct diag_list tmp = { 0 };
	struct catalog *cat;
	size_t i;
	int line;

	if (env->fonts == NULL || env->data == NULL || k->info == NULL)
		return;
	cat = po_to_catalog(k->po, k->path, &tmp);
	ctx.lang.code = k->lang;
	ctx.lang.dir = k->info->dir;
	ctx.lang.catalog = cat;
	ctx.centres = env->centres;
	ctx.vars = vars;
	ctx.nvars = k->res->draft && env->authority != NULL ? 2 : 1;
	ctx.also = env->authority;
	if (cat != NULL)
		render_template(env->data, PUBLISH_LEAFLET_TEMPLATE, &ctx,
		    false, PUBLISH_LEAFLET_PAGES, &measure, &out, &tmp);
	for (i = 0; i < tmp.count; i++) {
		const struct diag *d = &tmp.items[i];

		/* A cut word is reported once per line it spans. */
		if (i > 0 && d->code == tmp.items[i - 1].code &&
		    strcmp(d->message, tmp.items[i - 1].message) == 0)
			continue;
		switch (d->code) {
		case ERR_LAYOUT_OVERFLOW:
			line = overflow_line(k, out.overflow_text);
			report(k, CHECK_FIT, ERR_PO_FIT, line, d->message,
			    NULL, NULL);
			break;
		case ERR_LAYOUT_TOO_TALL:
		case WARN_LAYOUT_WORD_SPLIT:
			report(k, CHECK_FIT, ERR_PO_FIT, 0, d->message, NULL,
			    NULL);
			break;
		case ERR_FONT_CONFIG:
		case ERR_FONT_LOAD:
		case ERR_CATALOG_FORMAT:
		case ERR_CATALOG_MISSING:
			diag_add_copy(k->diags, d);
			k->res->failed |= 1u << CHECK_FIT;
			break;
		default:	/* reported by the per-string checks */
			break;
		}
	}
	render_out_free(&out);
	catalog_free(cat);
	diag_list_free(&tmp);
}

bool
check_po_review_is_draft(const char *status, const char *by, const char *date)
{
	return status == NULL || strcmp(status, "reviewed") != 0 ||
	    by == NULL || *by == '\0' || date == NULL || *date == '\0';
}

bool
check_po_file(const struct check_po_env *env, const char *path,
    const char *lang, struct check_po_result *res, struct diag_list *diags)
{
	struct ck k = { env, path, lang, NULL, NULL, res, diags, NULL };
	struct po_file *po;
	size_t i;

	memset(res, 0, sizeof(*res));
	res->draft = true;
	k.info = env->langs != NULL ? languages_find(env->langs, lang) : NULL;
	if ((po = po_read(path, diags)) == NULL) {
		res->failed |= 1u << CHECK_READ;
		return false;
	}
	k.po = po;
	k.plain = xcalloc(po->count + 1, sizeof(*k.plain));
	check_header(&k);
	if (env->run_msgfmt)
		check_msgfmt(&k);
	for (i = 0; i < po->count; i++)
		if (!po_entry_is_header(&po->items[i]))
			check_entry(&k, i);
	/* The leaflet's strings and pages are the documents' domain's. */
	if (env->domain == CATALOG_DOCUMENTS) {
		check_absent(&k);
		check_fit(&k);
	}
	for (i = 0; i < po->count; i++)
		free(k.plain[i]);
	free(k.plain);
	po_free(po);
	return res->failed == 0;
}

void
check_po_result_free(struct check_po_result *res)
{
	free(res->review);
	res->review = NULL;
}
