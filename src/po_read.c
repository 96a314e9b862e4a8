/* po_read.c: a defensive reader for gettext PO files (see po_read.h).
 *
 * The grammar is the one of the gettext manual ("The Format of PO
 * Files"): comments, then msgctxt, msgid, msgid_plural and msgstr or
 * msgstr[N], each followed by one or more C string literals.  The reader
 * is a line-by-line state machine; it stops at the first error, since a
 * file msgfmt would refuse must not be half-used either.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "po_read.h"
#include "util.h"
#include "xml_read.h"

enum po_keyword { KW_NONE, KW_CTXT, KW_ID, KW_PLURAL, KW_STR };

struct parser {
	const char	*name;
	struct diag_list *diags;
	struct po_file	*po;
	int		 line;
	bool		 failed;
	/* The entry being read. */
	struct sbuf	 ctxt, id, plural, str[PO_MAX_PLURALS];
	bool		 has_ctxt, has_id, has_plural;
	size_t		 nstr;
	enum po_keyword	 kw;		/* what a continuation line adds to */
	size_t		 kw_index;	/* msgstr[N] */
	struct po_entry	 cur;		/* flags and lines so far */
	bool		 started;	/* a comment or keyword was seen */
};

static void
fail(struct parser *p, enum diag_code code, const char *what)
{
	if (!p->failed)
		diag_add(p->diags, code, p->name, p->line, 0, what);
	p->failed = true;
}

static bool
utf8_valid(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	uint32_t cp, min;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xE0) == 0xC0) {
			n = 1; cp = s[i] & 0x1F; min = 0x80;
		} else if ((s[i] & 0xF0) == 0xE0) {
			n = 2; cp = s[i] & 0x0F; min = 0x800;
		} else if ((s[i] & 0xF8) == 0xF0) {
			n = 3; cp = s[i] & 0x07; min = 0x10000;
		} else
			return false;
		for (k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n + 1;
	}
	return true;
}

/* One escape sequence after the backslash at *s; advances *s.  -1 when
 * invalid; a NUL byte is refused too (it would cut the string). */
static int
unescape(const char **s)
{
	static const char from[] = "ntrabfv\\\"'?", to[] = "\n\t\r\a\b\f\v\\\"'?";
	const char *at;
	int v = 0, k;

	if (**s == '\0')
		return -1;
	if ((at = strchr(from, **s)) != NULL) {
		(*s)++;
		return (unsigned char)to[at - from];
	}
	if (**s >= '0' && **s <= '7') {
		for (k = 0; k < 3 && **s >= '0' && **s <= '7'; k++)
			v = v * 8 + (*(*s)++ - '0');
		return v > 0 && v < 256 ? v : -1;
	}
	if (**s == 'x') {
		(*s)++;
		for (k = 0; k < 2 && util_hex_digit(**s) >= 0; k++)
			v = v * 16 + util_hex_digit(*(*s)++);
		return k > 0 && v > 0 ? v : -1;
	}
	return -1;
}

/* A C string literal at s (after the keyword), appended to out. */
static void
read_string(struct parser *p, const char *s, struct sbuf *out)
{
	int c;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s++ != '"') {
		fail(p, ERR_PO_SYNTAX, "expected a string in double quotes");
		return;
	}
	while (*s != '"') {
		if (*s == '\0') {
			fail(p, ERR_PO_SYNTAX, "string not closed on its line");
			return;
		}
		if (*s == '\\') {
			s++;
			if ((c = unescape(&s)) < 0) {
				fail(p, ERR_PO_SYNTAX, "invalid escape sequence");
				return;
			}
			sbuf_addc(out, (char)c);
		} else
			sbuf_addc(out, *s++);
		if (out->len > PO_MAX_STRING) {
			fail(p, ERR_PO_LIMIT, "a string is longer than 64 KiB");
			return;
		}
	}
	for (s++; *s == ' ' || *s == '\t'; s++)
		;
	if (*s != '\0')
		fail(p, ERR_PO_SYNTAX, "text after the closing quote");
}

static void
reset_entry(struct parser *p)
{
	size_t i;

	sbuf_free(&p->ctxt);
	sbuf_free(&p->id);
	sbuf_free(&p->plural);
	for (i = 0; i < PO_MAX_PLURALS; i++)
		sbuf_free(&p->str[i]);
	p->has_ctxt = p->has_id = p->has_plural = false;
	p->nstr = 0;
	p->kw = KW_NONE;
	memset(&p->cur, 0, sizeof(p->cur));
	p->started = false;
}

static bool
check_utf8(struct parser *p, const struct sbuf *b)
{
	if (utf8_valid((const unsigned char *)sbuf_str(b), b->len))
		return true;
	fail(p, ERR_PO_SYNTAX, "not valid UTF-8 (PO files must be UTF-8)");
	return false;
}

/* The entry is complete: check it and add it to the file. */
static void
finish_entry(struct parser *p)
{
	int line = p->line;
	struct po_entry *e;
	size_t i;

	if (p->failed || !p->started)
		goto out;
	if (!p->has_id) {
		/* Comments alone, e.g. at the end of the file. */
		if (p->has_ctxt)
			fail(p, ERR_PO_SYNTAX, "msgctxt without msgid");
		goto out;
	}
	if (p->nstr == 0) {
		fail(p, ERR_PO_SYNTAX, "msgid without msgstr");
		goto out;
	}
	if (p->has_plural != (p->kw == KW_STR && p->kw_index != SIZE_MAX)) {
		fail(p, ERR_PO_SYNTAX, p->has_plural ?
		    "msgid_plural needs msgstr[0], msgstr[1], ..." :
		    "msgstr[N] needs msgid_plural");
		goto out;
	}
	/* Report an encoding error at the line where its string starts. */
	p->line = p->cur.msgid_line;
	/* gettext joins context and msgid with EOT in a catalogue. */
	if (memchr(sbuf_str(&p->ctxt), '\004', p->ctxt.len) != NULL ||
	    memchr(sbuf_str(&p->id), '\004', p->id.len) != NULL) {
		fail(p, ERR_PO_SYNTAX, "EOT (\\004) in msgctxt or msgid");
		goto out;
	}
	if (!check_utf8(p, &p->ctxt) || !check_utf8(p, &p->id) ||
	    !check_utf8(p, &p->plural))
		goto out;
	p->line = p->cur.msgstr_line;
	for (i = 0; i < p->nstr; i++)
		if (!check_utf8(p, &p->str[i]))
			goto out;
	if (p->po->count >= PO_MAX_ENTRIES) {
		fail(p, ERR_PO_LIMIT, "more than 20000 entries");
		goto out;
	}
	p->po->items = xrealloc(p->po->items, (p->po->count + 1) *
	    sizeof(*p->po->items));
	e = &p->po->items[p->po->count++];
	*e = p->cur;
	e->msgctxt = p->has_ctxt ? sbuf_detach(&p->ctxt) : NULL;
	e->msgid = sbuf_detach(&p->id);
	e->msgid_plural = p->has_plural ? sbuf_detach(&p->plural) : NULL;
	for (i = 0; i < p->nstr; i++)
		e->msgstr[i] = sbuf_detach(&p->str[i]);
	e->nmsgstr = p->nstr;
out:
	if (!p->failed)
		p->line = line;
	reset_entry(p);
}

static void
begin_line(struct parser *p)
{
	if (!p->started) {
		p->started = true;
		p->cur.first_line = p->line;
	}
	p->cur.last_line = p->line;
}

/* "#: src/cli.c:12 templates/leaflet.xml:40": a message of the program
 * when one reference is a C source file, else a template's text. */
static void
read_references(struct parser *p, const char *s)
{
	size_t n;

	while (*s != '\0') {
		while (*s == ' ' || *s == '\t')
			s++;
		n = strcspn(s, " \t");
		if (n > 4 && strncmp(s, "src/", 4) == 0)
			p->cur.origin = PO_ORIGIN_SOURCE;
		else if (n > 0 && p->cur.origin == PO_ORIGIN_NONE)
			p->cur.origin = PO_ORIGIN_TEMPLATE;
		s += n;
	}
}

static void
read_flags(struct parser *p, const char *s)
{
	size_t n;

	p->cur.flags_line = p->line;
	while (*s != '\0') {
		while (*s == ' ' || *s == ',' || *s == '\t')
			s++;
		n = strcspn(s, " ,\t");
		if (n == 5 && strncmp(s, "fuzzy", 5) == 0)
			p->cur.fuzzy = true;
		else if (n == 8 && strncmp(s, "c-format", 8) == 0)
			p->cur.c_format = true;
		else if (n == 11 && strncmp(s, "no-c-format", 11) == 0)
			p->cur.no_c_format = true;
		s += n;
	}
}

static bool
keyword(const char *s, const char *kw, const char **rest)
{
	size_t n = strlen(kw);

	if (strncmp(s, kw, n) != 0 || (s[n] != ' ' && s[n] != '\t' &&
	    s[n] != '"'))
		return false;
	*rest = s + n;
	return true;
}

/* msgstr[N]: the index, or -1. */
static long
plural_index(const char *s, const char **rest)
{
	char *end;
	long n;

	if (strncmp(s, "msgstr[", 7) != 0 || s[7] < '0' || s[7] > '9')
		return -1;
	n = strtol(s + 7, &end, 10);
	if (*end != ']' || n < 0 || n >= PO_MAX_PLURALS)
		return -1;
	*rest = end + 1;
	return n;
}

static void
read_keyword(struct parser *p, const char *s)
{
	const char *rest;
	long n;

	if (keyword(s, "msgctxt", &rest)) {
		if (p->nstr > 0)
			finish_entry(p);
		if (p->has_ctxt || p->has_id)
			{ fail(p, ERR_PO_SYNTAX, "msgctxt after msgid"); return; }
		begin_line(p);
		p->has_ctxt = true;
		p->kw = KW_CTXT;
		read_string(p, rest, &p->ctxt);
	} else if (keyword(s, "msgid_plural", &rest)) {
		if (!p->has_id || p->has_plural || p->nstr > 0)
			{ fail(p, ERR_PO_SYNTAX,
			    "msgid_plural out of place"); return; }
		begin_line(p);
		p->has_plural = true;
		p->kw = KW_PLURAL;
		read_string(p, rest, &p->plural);
	} else if (keyword(s, "msgid", &rest)) {
		if (p->nstr > 0)
			finish_entry(p);
		if (p->has_id)
			{ fail(p, ERR_PO_SYNTAX, "msgid without msgstr"); return; }
		begin_line(p);
		p->has_id = true;
		p->cur.msgid_line = p->line;
		p->kw = KW_ID;
		read_string(p, rest, &p->id);
	} else if (keyword(s, "msgstr", &rest) ||
	    strncmp(s, "msgstr[", 7) == 0) {
		n = -1;
		if (s[6] == '[' && (n = plural_index(s, &rest)) < 0) {
			fail(p, ERR_PO_SYNTAX, "invalid msgstr[N]");
			return;
		}
		if (!p->has_id)
			{ fail(p, ERR_PO_SYNTAX, "msgstr without msgid"); return; }
		if ((n < 0 && p->nstr > 0) || (n >= 0 && (size_t)n != p->nstr))
			{ fail(p, ERR_PO_SYNTAX, n < 0 ?
			    "msgstr given twice" :
			    "msgstr[N] out of order"); return; }
		begin_line(p);
		if (p->nstr == 0)
			p->cur.msgstr_line = p->line;
		p->kw = KW_STR;
		p->kw_index = n < 0 ? SIZE_MAX : (size_t)n;
		read_string(p, rest, &p->str[p->nstr++]);
	} else
		fail(p, ERR_PO_SYNTAX, "expected msgctxt, msgid, msgstr, a "
		    "string or a comment");
}

static void
read_line(struct parser *p, char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0') {
		if (p->nstr > 0)
			finish_entry(p);
		return;
	}
	if (*s == '#') {
		if (p->nstr > 0 || (s[1] == '~' && !p->has_id))
			finish_entry(p);
		if (p->has_id)
			{ fail(p, ERR_PO_SYNTAX, "a comment inside an "
			    "entry (msgid without msgstr)"); return; }
		if (s[1] == '~')	/* obsolete: not part of any entry */
			return;
		begin_line(p);
		if (s[1] == ',')
			read_flags(p, s + 2);
		else if (s[1] == ':')
			read_references(p, s + 2);
		return;
	}
	if (*s == '"') {
		struct sbuf *b = p->kw == KW_CTXT ? &p->ctxt :
		    p->kw == KW_ID ? &p->id : p->kw == KW_PLURAL ? &p->plural :
		    p->kw == KW_STR ? &p->str[p->nstr - 1] : NULL;

		if (b == NULL)
			{ fail(p, ERR_PO_SYNTAX, "a string with no "
			    "keyword before it"); return; }
		p->cur.last_line = p->line;
		read_string(p, s, b);
		return;
	}
	read_keyword(p, s);
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct po_entry *x = *(const struct po_entry *const *)a;
	const struct po_entry *y = *(const struct po_entry *const *)b;
	int r;

	if ((x->msgctxt == NULL) != (y->msgctxt == NULL))
		return x->msgctxt == NULL ? -1 : 1;
	if (x->msgctxt != NULL && (r = strcmp(x->msgctxt, y->msgctxt)) != 0)
		return r;
	if ((r = strcmp(x->msgid, y->msgid)) != 0)
		return r;
	return x->msgid_line - y->msgid_line;
}

/* msgfmt refuses a message defined twice; so do we. */
static void
check_duplicates(struct parser *p)
{
	const struct po_entry **v;
	size_t i;

	if (p->po->count < 2)
		return;
	v = xmalloc(p->po->count * sizeof(*v));
	for (i = 0; i < p->po->count; i++)
		v[i] = &p->po->items[i];
	qsort(v, p->po->count, sizeof(*v), entry_cmp);
	for (i = 1; i < p->po->count && !p->failed; i++)
		if ((v[i]->msgctxt == NULL) == (v[i - 1]->msgctxt == NULL) &&
		    (v[i]->msgctxt == NULL ||
		    strcmp(v[i]->msgctxt, v[i - 1]->msgctxt) == 0) &&
		    strcmp(v[i]->msgid, v[i - 1]->msgid) == 0) {
			p->line = v[i]->msgid_line;
			fail(p, ERR_PO_SYNTAX, "duplicate message definition");
		}
	free(v);
}

struct po_file *
po_read_memory(const char *name, const char *buf, size_t len,
    struct diag_list *diags)
{
	struct parser p = { .name = name, .diags = diags };
	char *copy, *line, *nl;

	p.po = xcalloc(1, sizeof(*p.po));
	p.po->name = xstrdup(name);
	if (len > PO_MAX_FILE_SIZE) {
		fail(&p, ERR_PO_LIMIT, "file larger than 8 MiB");
		goto out;
	}
	if (memchr(buf, '\0', len) != NULL) {
		fail(&p, ERR_PO_SYNTAX, "NUL byte in the file");
		goto out;
	}
	copy = xmalloc(len + 1);
	memcpy(copy, buf, len);
	copy[len] = '\0';
	for (line = copy; line != NULL && !p.failed; line = nl) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		else if (*line == '\0')
			break;
		p.line++;
		if (*line != '\0' && line[strlen(line) - 1] == '\r')
			line[strlen(line) - 1] = '\0';
		read_line(&p, line);
	}
	free(copy);
	if (!p.failed) {
		p.line++;
		finish_entry(&p);
	}
	if (!p.failed)
		check_duplicates(&p);
out:
	reset_entry(&p);
	if (p.failed) {
		po_free(p.po);
		return NULL;
	}
	return p.po;
}

struct po_file *
po_read(const char *path, struct diag_list *diags)
{
	struct po_file *po;
	size_t len;
	char *buf;

	if ((buf = xml_file_slurp(path, PO_MAX_FILE_SIZE, &len, diags)) == NULL)
		return NULL;
	po = po_read_memory(path, buf, len, diags);
	free(buf);
	return po;
}

void
po_free(struct po_file *po)
{
	size_t i, k;

	if (po == NULL)
		return;
	for (i = 0; i < po->count; i++) {
		free(po->items[i].msgctxt);
		free(po->items[i].msgid);
		free(po->items[i].msgid_plural);
		for (k = 0; k < po->items[i].nmsgstr; k++)
			free(po->items[i].msgstr[k]);
	}
	free(po->items);
	free(po->name);
	free(po);
}

bool
po_entry_is_header(const struct po_entry *e)
{
	return e->msgctxt == NULL && e->msgid[0] == '\0';
}

bool
po_entry_translated(const struct po_entry *e)
{
	size_t i;

	if (e->fuzzy)
		return false;
	for (i = 0; i < e->nmsgstr; i++)
		if (e->msgstr[i][0] == '\0')
			return false;
	return true;
}

const struct po_entry *
po_header(const struct po_file *po)
{
	size_t i;

	for (i = 0; i < po->count; i++)
		if (po_entry_is_header(&po->items[i]))
			return &po->items[i];
	return NULL;
}

char *
po_header_field(const struct po_file *po, const char *field)
{
	const struct po_entry *h = po_header(po);
	size_t n = strlen(field), len;
	const char *s, *v;

	if (h == NULL)
		return NULL;
	for (s = h->msgstr[0]; *s != '\0'; s += strcspn(s, "\n"),
	    s += *s == '\n') {
		if (strncmp(s, field, n) != 0 || s[n] != ':')
			continue;
		for (v = s + n + 1; *v == ' ' || *v == '\t'; v++)
			;
		len = strcspn(v, "\n");
		while (len > 0 && (v[len - 1] == ' ' || v[len - 1] == '\t'))
			len--;
		return xasprintf("%.*s", (int)len, v);
	}
	return NULL;
}

const struct po_entry *
po_find(const struct po_file *po, const char *msgctxt, const char *msgid)
{
	const struct po_entry *e;
	size_t i;

	for (i = 0; i < po->count; i++) {
		e = &po->items[i];
		if ((e->msgctxt == NULL) != (msgctxt == NULL))
			continue;
		if (msgctxt != NULL && strcmp(e->msgctxt, msgctxt) != 0)
			continue;
		if (strcmp(e->msgid, msgid) == 0)
			return e;
	}
	return NULL;
}

/* --- the catalogue, in msgfmt's format ------------------------------ */

struct mo_pair {
	char	*key;		/* msgctxt EOT msgid [NUL msgid_plural] */
	size_t	 klen;
	char	*val;		/* msgstr[0] [NUL msgstr[1] ...] */
	size_t	 vlen;
};

static int
pair_cmp(const void *a, const void *b)
{
	const struct mo_pair *x = a, *y = b;
	int r = memcmp(x->key, y->key, x->klen < y->klen ? x->klen : y->klen);

	if (r != 0)
		return r;
	return x->klen < y->klen ? -1 : x->klen > y->klen;
}

static void
put_u32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);	/* native order: the magic says which */
}

static struct mo_pair
make_pair(const struct po_entry *e)
{
	struct sbuf k = { 0 }, v = { 0 };
	struct mo_pair m;
	size_t i;

	if (e->msgctxt != NULL) {
		sbuf_add(&k, e->msgctxt);
		sbuf_addc(&k, '\004');
	}
	sbuf_add(&k, e->msgid);
	if (e->msgid_plural != NULL) {
		sbuf_addc(&k, '\0');
		sbuf_add(&k, e->msgid_plural);
	}
	for (i = 0; i < e->nmsgstr; i++) {
		if (i > 0)
			sbuf_addc(&v, '\0');
		sbuf_add(&v, e->msgstr[i]);
	}
	m.klen = k.len;
	m.key = sbuf_detach(&k);
	m.vlen = v.len;
	m.val = sbuf_detach(&v);
	return m;
}

unsigned char *
po_to_mo(const struct po_file *po, size_t *len)
{
	struct mo_pair *pairs = xcalloc(po->count + 1, sizeof(*pairs));
	size_t n = 0, i, size, at;
	unsigned char *mo;

	for (i = 0; i < po->count; i++)
		if (po_entry_is_header(&po->items[i]) ||
		    po_entry_translated(&po->items[i]))
			pairs[n++] = make_pair(&po->items[i]);
	qsort(pairs, n, sizeof(*pairs), pair_cmp);
	size = 28 + 16 * n;
	for (i = 0; i < n; i++)
		size += pairs[i].klen + 1 + pairs[i].vlen + 1;
	mo = xcalloc(1, size);
	put_u32(mo, 0x950412deU);
	put_u32(mo + 4, 0);
	put_u32(mo + 8, (uint32_t)n);
	put_u32(mo + 12, 28);
	put_u32(mo + 16, (uint32_t)(28 + 8 * n));
	put_u32(mo + 20, 0);		/* no hash table */
	put_u32(mo + 24, (uint32_t)(28 + 16 * n));
	at = 28 + 16 * n;
	for (i = 0; i < n; i++) {
		put_u32(mo + 28 + 8 * i, (uint32_t)pairs[i].klen);
		put_u32(mo + 32 + 8 * i, (uint32_t)at);
		memcpy(mo + at, pairs[i].key, pairs[i].klen);
		at += pairs[i].klen + 1;
	}
	for (i = 0; i < n; i++) {
		put_u32(mo + 28 + 8 * n + 8 * i, (uint32_t)pairs[i].vlen);
		put_u32(mo + 32 + 8 * n + 8 * i, (uint32_t)at);
		memcpy(mo + at, pairs[i].val, pairs[i].vlen);
		at += pairs[i].vlen + 1;
		free(pairs[i].key);
		free(pairs[i].val);
	}
	free(pairs);
	*len = size;
	return mo;
}

struct catalog *
po_to_catalog(const struct po_file *po, const char *name,
    struct diag_list *diags)
{
	size_t len;
	unsigned char *mo = po_to_mo(po, &len);
	struct catalog *c = catalog_open_memory(name, mo, len, diags);

	free(mo);
	return c;
}
