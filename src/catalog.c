/* catalog.c: a reader for GNU .mo catalogues (see catalog.h for why).
 *
 * Format (gettext manual, "The Format of GNU MO Files"): a header of 32-bit
 * words in the writer's byte order -- magic 0x950412de, revision, number of
 * strings N, offset of the table of originals, offset of the table of
 * translations, hash table size and offset -- then two tables of N
 * (length, offset) pairs.  Every string is followed by a NUL.  msgfmt sorts
 * the originals by byte value, so a lookup is a binary search; the hash
 * table is not needed.  Every offset is checked against the file size
 * before use: a .mo file is input like any other.
 */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "i18n.h"
#include "paths.h"
#include "util.h"
#include "xml_read.h"

#define MO_MAGIC 0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

struct mo_string {
	const char	*s;
	size_t		 len;
};

struct catalog {
	char		*data;		/* the whole file */
	size_t		 size;
	struct mo_string *orig;		/* sorted, as msgfmt writes them */
	struct mo_string *trans;
	size_t		 n;
	const char	*header;	/* translation of "", or "" */
	size_t		 count;		/* translated messages */
};

static bool catalog_check(const struct catalog *, const char *,
    struct diag_list *);

static uint32_t
read_u32(const char *p, int swap)
{
	uint32_t v;

	memcpy(&v, p, 4);
	if (swap)
		v = (v >> 24) | ((v >> 8) & 0xff00U) | ((v << 8) & 0xff0000U) |
		    (v << 24);
	return v;
}

/* Read entry i of the table at offset table; false if out of bounds. */
static bool
read_entry(const struct catalog *c, uint32_t table, uint32_t i, int swap,
    struct mo_string *out)
{
	uint64_t at = (uint64_t)table + (uint64_t)i * 8;
	uint32_t len, off;

	if (at + 8 > c->size)
		return false;
	len = read_u32(c->data + at, swap);
	off = read_u32(c->data + at + 4, swap);
	if ((uint64_t)off + len + 1 > c->size || c->data[off + len] != '\0')
		return false;
	out->s = c->data + off;
	out->len = len;
	return true;
}

static int
mo_compare(const char *a, size_t alen, const char *b, size_t blen)
{
	int r = memcmp(a, b, alen < blen ? alen : blen);

	if (r != 0)
		return r;
	return alen < blen ? -1 : alen > blen;
}

/* The index of the entry whose original is key (binary search: the
 * originals are sorted), or c->n when there is none or its translation is
 * empty. */
static size_t
find_entry(const struct catalog *c, const char *key, size_t len)
{
	size_t lo = 0, hi = c->n, mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = mo_compare(key, len, c->orig[mid].s, c->orig[mid].len);
		if (r == 0)
			return c->trans[mid].len > 0 ? mid : c->n;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return c->n;
}

/* Fill in the tables; a reason for the diagnostic when malformed. */
static const char *
parse_tables(struct catalog *c)
{
	uint32_t magic, rev, n, otab, ttab, i;
	int swap;

	if (c->size < 28)
		return "too short";
	magic = read_u32(c->data, 0);
	if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
		return "bad magic number";
	swap = magic == MO_MAGIC_SWAPPED;
	rev = read_u32(c->data + 4, swap);
	if ((rev >> 16) > 1)
		return "unknown major revision";
	n = read_u32(c->data + 8, swap);
	otab = read_u32(c->data + 12, swap);
	ttab = read_u32(c->data + 16, swap);
	if ((uint64_t)n * 8 > c->size)
		return "string count larger than the file";
	c->orig = xcalloc(n ? n : 1, sizeof(*c->orig));
	c->trans = xcalloc(n ? n : 1, sizeof(*c->trans));
	c->n = n;
	for (i = 0; i < n; i++) {
		if (!read_entry(c, otab, i, swap, &c->orig[i]) ||
		    !read_entry(c, ttab, i, swap, &c->trans[i]))
			return "string table out of bounds";
		if (i > 0 && mo_compare(c->orig[i - 1].s, c->orig[i - 1].len,
		    c->orig[i].s, c->orig[i].len) >= 0)
			return "messages are not sorted";
	}
	return NULL;
}

/* Only UTF-8 catalogues: the layout engine takes UTF-8 and nothing else,
 * and msginit may write "charset=ASCII" (see notes §10). */
static bool
header_is_utf8(const struct catalog *c)
{
	char *ct = catalog_header_field(c, "Content-Type");
	bool ok;

	/* No header at all: msgfmt writes one, but plain ASCII msgids
	 * with no charset are still readable as UTF-8. */
	if (ct == NULL)
		return true;
	ok = strstr(ct, "charset=UTF-8") != NULL ||
	    strstr(ct, "charset=utf-8") != NULL ||
	    strstr(ct, "charset=ASCII") != NULL ||	/* a subset */
	    strstr(ct, "charset=US-ASCII") != NULL;
	free(ct);
	return ok;
}

struct catalog *
catalog_open_memory(const char *name, const void *buf, size_t len,
    struct diag_list *diags)
{
	struct catalog *c = xcalloc(1, sizeof(*c));
	const char *why;
	size_t i;

	c->data = xmalloc(len + 1);
	memcpy(c->data, buf, len);
	c->data[len] = '\0';
	c->size = len;
	c->header = "";
	if ((why = parse_tables(c)) != NULL) {
		diag_add(diags, ERR_CATALOG_FORMAT, name, 0, 0, why);
		catalog_free(c);
		return NULL;
	}
	for (i = 0; i < c->n; i++) {
		if (c->orig[i].len == 0)
			c->header = c->trans[i].s;
		else if (c->trans[i].len > 0)
			c->count++;
	}
	if (!header_is_utf8(c)) {
		diag_add(diags, ERR_CATALOG_FORMAT, name, 0, 0,
		    "the charset is not UTF-8");
		catalog_free(c);
		return NULL;
	}
	if (!catalog_check(c, name, diags)) {
		catalog_free(c);
		return NULL;
	}
	return c;
}

struct catalog *
catalog_open(const char *path, struct diag_list *diags)
{
	struct catalog *c;
	size_t len;
	char *buf;

	if ((buf = xml_file_slurp(path, CATALOG_MAX_FILE_SIZE, &len,
	    diags)) == NULL)
		return NULL;
	c = catalog_open_memory(path, buf, len, diags);
	free(buf);
	return c;
}

void
catalog_free(struct catalog *c)
{
	if (c == NULL)
		return;
	free(c->orig);
	free(c->trans);
	free(c->data);
	free(c);
}

const char *
catalog_lookup(const struct catalog *c, const char *msgctxt,
    const char *msgid)
{
	struct sbuf key = { 0 };
	size_t i;

	if (c == NULL || *msgid == '\0')
		return NULL;
	/* gettext joins context and msgid with EOT (\004). */
	if (msgctxt != NULL) {
		sbuf_add(&key, msgctxt);
		sbuf_addc(&key, '\004');
	}
	sbuf_add(&key, msgid);
	i = find_entry(c, key.data, key.len);
	sbuf_free(&key);
	return i < c->n ? c->trans[i].s : NULL;
}

size_t
catalog_count(const struct catalog *c)
{
	return c ? c->count : 0;
}

char *
catalog_header_field(const struct catalog *c, const char *field)
{
	size_t flen = strlen(field);
	const char *p, *end;

	for (p = c->header; *p != '\0'; p = *end ? end + 1 : end) {
		end = strchr(p, '\n');
		if (end == NULL)
			end = p + strlen(p);
		if ((size_t)(end - p) > flen && strncmp(p, field, flen) == 0 &&
		    p[flen] == ':') {
			p += flen + 1;
			while (*p == ' ')
				p++;
			return xasprintf("%.*s", (int)(end - p), p);
		}
	}
	return NULL;
}

const char *
catalog_domain_name(enum catalog_domain domain)
{
	return domain == CATALOG_DOCUMENTS ? PACKAGE "-docs" : PACKAGE;
}

const char *
catalog_file_name(enum catalog_domain domain)
{
	return domain == CATALOG_DOCUMENTS ? PACKAGE "-docs.mo" :
	    PACKAGE ".mo";
}

bool
catalog_domain_parse(const char *s, enum catalog_domain *out)
{
	if (strcmp(s, "docs") == 0 ||
	    strcmp(s, catalog_domain_name(CATALOG_DOCUMENTS)) == 0)
		*out = CATALOG_DOCUMENTS;
	else if (strcmp(s, "program") == 0 ||
	    strcmp(s, catalog_domain_name(CATALOG_PROGRAM)) == 0)
		*out = CATALOG_PROGRAM;
	else
		return false;
	return true;
}

char *
catalog_path(const char *lang, enum catalog_domain domain)
{
	char *rel, *p;

	/* A language code is a path component: refuse anything else. */
	if (*lang == '\0' || strspn(lang, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_@-") != strlen(lang))
		return NULL;
	rel = xasprintf("%s/LC_MESSAGES/%s", lang, catalog_file_name(domain));
	p = paths_search("THBDOC_LOCALEDIR", LOCALEDIR, rel);
	free(rel);
	return p;
}

/* --- A catalogue is data, not code (issue 14, item 4) ---
 *
 * A translation reaches printf() (the program's messages, diagnostics)
 * and glibc evaluates a catalogue's plural formula: a translation with
 * other conversions than its source, or a formula dividing by zero,
 * crashed thbdoc.  So the conversions of a translation are checked
 * against its source before use, and a plural formula is evaluated here
 * first, on every n that could matter, before glibc is let near it. */

/* The argument a conversion consumes: an int, an unsigned, a size_t, a
 * long, a pointer to text, ... ('n' writes: never allowed). */
static int
conversion_class(const char *len, size_t lenlen, char conv)
{
	int l = lenlen == 0 ? 0 : len[0] == 'z' ? 'z' : len[0] == 'j' ? 'j' :
	    len[0] == 't' ? 't' : len[0] == 'L' ? 'L' :
	    len[0] == 'l' ? (lenlen == 2 ? 'q' : 'l') :
	    len[0] == 'h' ? 'h' : '?';

	switch (conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
	case 'c':
		return 'd' << 8 | l;	/* integers: same size, sign aside */
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
	case 'a': case 'A':
		return 'f' << 8 | l;
	case 's':
		return 's' << 8 | l;
	case 'p':
		return 'p';
	default:
		return -1;	/* 'n', or not a conversion */
	}
}

#define FMT_MAX_ARGS 16

/* The arguments a printf format consumes, by position; false when it is
 * not a format thbdoc would pass (%n, a '*', more than 16 arguments, a
 * mix of numbered and unnumbered conversions).  *count 0: none. */
static bool
format_args(const char *s, int args[FMT_MAX_ARGS], size_t *count,
    bool *pointers)
{
	size_t seq = 0, n, lenlen;
	const char *p, *len;
	int pos, numbered = -1, cls;

	*count = 0;
	*pointers = false;
	for (n = 0; n < FMT_MAX_ARGS; n++)
		args[n] = -1;
	for (p = s; (p = strchr(p, '%')) != NULL; ) {
		p++;
		if (*p == '%') {
			p++;
			continue;
		}
		pos = 0;
		for (n = 0; p[n] >= '0' && p[n] <= '9'; n++)
			pos = pos * 10 + (p[n] - '0');
		if (n > 0 && p[n] == '$') {
			if (numbered == 0 || pos < 1 || pos > FMT_MAX_ARGS)
				return false;
			numbered = 1;
			p += n + 1;
		} else {
			if (numbered == 1)
				return false;
			numbered = 0;
			pos = (int)++seq;
		}
		p += strspn(p, "#0- +'I");
		p += strspn(p, "0123456789");
		if (*p == '.')
			p += 1 + strspn(p + 1, "0123456789");
		if (*p == '*')
			return false;
		len = p;
		lenlen = strspn(p, "hljztL");
		if (lenlen > 2)
			return false;
		p += lenlen;
		if (*p == '\0' || (cls = conversion_class(len, lenlen, *p)) < 0)
			return false;
		if (pos > FMT_MAX_ARGS)
			return false;
		if ((cls >> 8) == 's' || cls == 'p')
			*pointers = true;
		if ((size_t)pos > *count)
			*count = (size_t)pos;
		args[pos - 1] = cls;
		p++;
	}
	return true;
}

bool
catalog_formats_match(const char *source, const char *translation)
{
	int a[FMT_MAX_ARGS], b[FMT_MAX_ARGS];
	size_t na, nb, i;
	bool pa, pb;

	/* A source that is no format (free text, "100%"): its translation
	 * may hold percent signs, but nothing that reads an argument as a
	 * pointer. */
	if (!format_args(source, a, &na, &pa) || na == 0) {
		if (!format_args(translation, b, &nb, &pb))
			return strchr(translation, '%') == NULL ||
			    (strstr(translation, "%s") == NULL &&
			    strstr(translation, "%n") == NULL &&
			    strchr(translation, '$') == NULL &&
			    strchr(translation, '*') == NULL);
		return nb == 0 || !pb;
	}
	/* The translation may leave out trailing arguments (printf ignores
	 * extra ones), never change one's type or skip one it then uses. */
	if (!format_args(translation, b, &nb, &pb) || nb > na)
		return false;
	for (i = 0; i < nb; i++)
		if (b[i] == -1 || a[i] != b[i])
			return false;
	return true;
}

/* Plural formulas: C expressions in n (gettext manual, "Plural forms"),
 * parsed by recursive descent and evaluated for each n that matters. */
struct plural_eval {
	const char	*p;
	unsigned long	 n;
	int		 depth;
	bool		 bad;	/* a syntax error, a division by zero */
};

static unsigned long plural_ternary(struct plural_eval *);

static void
plural_space(struct plural_eval *e)
{
	while (*e->p == ' ' || *e->p == '\t' || *e->p == '\n')
		e->p++;
}

static bool
plural_accept(struct plural_eval *e, const char *tok)
{
	size_t n = strlen(tok);

	plural_space(e);
	if (strncmp(e->p, tok, n) != 0)
		return false;
	/* "<" is not the start of "<=", nor "=" of "==". */
	if (n == 1 && strchr("<>!", tok[0]) != NULL && e->p[1] == '=')
		return false;
	e->p += n;
	return true;
}

static unsigned long
plural_primary(struct plural_eval *e)
{
	unsigned long v = 0;

	if (++e->depth > 64) {
		e->bad = true;
		return 0;
	}
	plural_space(e);
	if (plural_accept(e, "!"))
		v = !plural_primary(e);
	else if (plural_accept(e, "(")) {
		v = plural_ternary(e);
		if (!plural_accept(e, ")"))
			e->bad = true;
	} else if (*e->p == 'n') {
		e->p++;
		v = e->n;
	} else if (*e->p >= '0' && *e->p <= '9') {
		while (*e->p >= '0' && *e->p <= '9')
			v = v * 10 + (unsigned long)(*e->p++ - '0');
	} else
		e->bad = true;
	e->depth--;
	return v;
}

static unsigned long
plural_mul(struct plural_eval *e)
{
	unsigned long v = plural_primary(e), r;

	for (;;) {
		if (plural_accept(e, "*"))
			v *= plural_primary(e);
		else if (plural_accept(e, "/") || plural_accept(e, "%")) {
			char op = e->p[-1];

			if ((r = plural_primary(e)) == 0) {
				e->bad = true;	/* glibc would die of SIGFPE */
				return 0;
			}
			v = op == '/' ? v / r : v % r;
		} else
			return v;
	}
}

static unsigned long
plural_add(struct plural_eval *e)
{
	unsigned long v = plural_mul(e);

	for (;;) {
		if (plural_accept(e, "+"))
			v += plural_mul(e);
		else if (plural_accept(e, "-"))
			v -= plural_mul(e);
		else
			return v;
	}
}

static unsigned long
plural_rel(struct plural_eval *e)
{
	unsigned long v = plural_add(e);

	for (;;) {
		if (plural_accept(e, "<="))
			v = v <= plural_add(e);
		else if (plural_accept(e, ">="))
			v = v >= plural_add(e);
		else if (plural_accept(e, "<"))
			v = v < plural_add(e);
		else if (plural_accept(e, ">"))
			v = v > plural_add(e);
		else
			return v;
	}
}

static unsigned long
plural_eq(struct plural_eval *e)
{
	unsigned long v = plural_rel(e);

	for (;;) {
		if (plural_accept(e, "=="))
			v = v == plural_rel(e);
		else if (plural_accept(e, "!="))
			v = v != plural_rel(e);
		else
			return v;
	}
}

static unsigned long
plural_and(struct plural_eval *e)
{
	unsigned long v = plural_eq(e), r;

	/* Both sides always evaluated: a division by zero on the side C
	 * would skip for this n is found all the same. */
	while (plural_accept(e, "&&")) {
		r = plural_eq(e);
		v = v && r;
	}
	return v;
}

static unsigned long
plural_or(struct plural_eval *e)
{
	unsigned long v = plural_and(e), r;

	while (plural_accept(e, "||")) {
		r = plural_and(e);
		v = v || r;
	}
	return v;
}

static unsigned long
plural_ternary(struct plural_eval *e)
{
	unsigned long c = plural_or(e), a, b;

	if (!plural_accept(e, "?"))
		return c;
	a = plural_ternary(e);
	if (!plural_accept(e, ":")) {
		e->bad = true;
		return 0;
	}
	b = plural_ternary(e);
	return c ? a : b;
}

/* Evaluate formula for n: false when it is not well-formed or divides by
 * zero; *out the form. */
static bool
plural_eval_at(const char *formula, unsigned long n, unsigned long *out)
{
	struct plural_eval e = { formula, n, 0, false };

	*out = plural_ternary(&e);
	plural_space(&e);
	if (*e.p == ';')
		e.p++;
	plural_space(&e);
	return !e.bad && *e.p == '\0';
}

const char *
catalog_plural_check(const char *header)
{
	static const unsigned long big[] = { 1000, 1001, 10000, 100000,
	    1000000, 1000001, 4294967295UL, 4294967296UL, ~0UL };
	const char *pf, *np, *pl, *end;
	unsigned long nplurals = 0, v, n;
	char formula[512];
	size_t i, len;

	if (header == NULL || (pf = strstr(header, "Plural-Forms:")) == NULL)
		return NULL;	/* none: gettext's default, n != 1 */
	end = strchr(pf, '\n');
	if (end == NULL)
		end = pf + strlen(pf);
	if ((np = strstr(pf, "nplurals=")) == NULL || np > end ||
	    (pl = strstr(pf, "plural=")) == NULL || pl > end)
		/* TRANSLATORS: why a translation catalogue (.mo) is refused,
		   after "not a usable translation catalogue (.mo): ".
		   Plural-Forms, nplurals= and plural= are names of the PO
		   header: keep them. */
		return N_("the Plural-Forms header lacks nplurals= or plural=");
	for (np += 9; *np >= '0' && *np <= '9' && nplurals < 100; np++)
		nplurals = nplurals * 10 + (unsigned long)(*np - '0');
	if (nplurals < 1 || nplurals > 6)
		/* TRANSLATORS: why a catalogue is refused: keep Plural-Forms
		   and nplurals. */
		return N_("the Plural-Forms header says nplurals is not 1 to 6");
	pl += 7;
	len = (size_t)(end - pl);
	if (len >= sizeof(formula))
		return N_("the plural formula is too long");
	memcpy(formula, pl, len);
	formula[len] = '\0';
	/* Every form a rule could treat apart: 0 to 1000, then a few
	 * large numbers and the edge of unsigned long. */
	for (i = 0; i < 1001 + sizeof(big) / sizeof(big[0]); i++) {
		n = i <= 1000 ? i : big[i - 1001];
		if (!plural_eval_at(formula, n, &v))
			return N_("the plural formula is not well-formed or "
			    "divides by zero");
		if (v >= nplurals)
			/* TRANSLATORS: why a catalogue is refused: keep
			   nplurals. */
			return N_("the plural formula gives a form beyond "
			    "nplurals");
	}
	return NULL;
}

/* The form of the header's plural formula for n: gettext's default (n
 * != 1) without Plural-Forms; 0 when it cannot be read (the catalogue
 * was checked when opened: catalog_plural_check()). */
static unsigned long
plural_form(const struct catalog *c, unsigned long n)
{
	const char *pf = strstr(c->header, "Plural-Forms:"), *pl, *end;
	char formula[512];
	unsigned long v;
	size_t len;

	if (pf == NULL)
		return n != 1;
	end = strchr(pf, '\n');
	if (end == NULL)
		end = pf + strlen(pf);
	if ((pl = strstr(pf, "plural=")) == NULL || pl > end)
		return 0;
	pl += 7;
	len = (size_t)(end - pl);
	if (len >= sizeof(formula))
		return 0;
	memcpy(formula, pl, len);
	formula[len] = '\0';
	return plural_eval_at(formula, n, &v) ? v : 0;
}

const char *
catalog_lookup_plural(const struct catalog *c, const char *msgid,
    const char *plural, unsigned long n)
{
	struct sbuf key = { 0 };
	size_t i;
	const char *t, *tend;
	unsigned long form;

	if (c == NULL || *msgid == '\0')
		return NULL;
	/* A plural entry's original is "msgid\0msgid_plural". */
	sbuf_add(&key, msgid);
	sbuf_addc(&key, '\0');
	sbuf_add(&key, plural);
	i = find_entry(c, key.data, key.len);
	sbuf_free(&key);
	if (i == c->n)
		return NULL;
	t = c->trans[i].s;
	tend = t + c->trans[i].len;
	/* The forms follow one another, NUL between them. */
	for (form = plural_form(c, n); form > 0 && t < tend; form--)
		t += strlen(t) + 1;
	return t < tend && *t != '\0' ? t : NULL;
}

/* Every translation's conversions against its source, and the plural
 * formula: NULL when the catalogue may be used, else why not (with the
 * source of the first bad message in *msgid). */
static const char *
catalog_check_data(const struct catalog *c, const char **msgid)
{
	const char *why, *s, *t, *tend, *send;
	size_t i;

	*msgid = NULL;
	if ((why = catalog_plural_check(c->header)) != NULL)
		return why;
	for (i = 0; i < c->n; i++) {
		if (c->orig[i].len == 0 || c->trans[i].len == 0)
			continue;
		/* A msgid_plural and each plural msgstr are separated by NULs:
		 * each form against the plural source (the singular's
		 * conversions are the plural's in a well-made catalogue). */
		s = c->orig[i].s;
		send = s + c->orig[i].len;
		if ((t = memchr(s, '\004', c->orig[i].len)) != NULL)
			s = t + 1;	/* the context is no format */
		if (memchr(s, '\0', (size_t)(send - s)) != NULL)
			s += strlen(s) + 1;
		for (t = c->trans[i].s, tend = t + c->trans[i].len; t < tend;
		    t += strlen(t) + 1) {
			if (s < send && !catalog_formats_match(s, t)) {
				*msgid = c->orig[i].s;
				/* TRANSLATORS: why a catalogue is refused: a
				   translation has other conversions (%s, %d,
				   %1$s) than its English source; followed by
				   the source string in quotes. */
				return N_("a translation's printf conversions "
				    "differ from its source's");
			}
		}
	}
	return NULL;
}

#if !ENABLE_NLS
# define ngettext(s, p, n) ((char *)((n) == 1 ? (s) : (p)))
#endif

char *
catalog_gettext(const char *msgid)
{
	char *t = gettext(msgid);

	return t != msgid && !catalog_formats_match(msgid, t) ?
	    (char *)msgid : t;
}

char *
catalog_ngettext(const char *msgid, const char *plural, unsigned long n)
{
	char *t = ngettext(msgid, plural, n);

	if (t == msgid || t == plural || catalog_formats_match(plural, t))
		return t;
	return (char *)(n == 1 ? msgid : plural);
}

/* A catalogue whose data could crash the program is refused whole: the
 * message names the first bad source string (a program's or a
 * document's text, never a person's data), cut. */
static bool
catalog_check(const struct catalog *c, const char *name,
    struct diag_list *diags)
{
	const char *msgid, *why = catalog_check_data(c, &msgid);
	char *what;

	if (why == NULL)
		return true;
	what = msgid != NULL ? xasprintf("%s: \"%.60s%s\"", _(why), msgid,
	    strlen(msgid) > 60 ? "..." : "") : xstrdup(_(why));
	diag_add(diags, ERR_CATALOG_FORMAT, name, 0, 0, what);
	free(what);
	return false;
}
