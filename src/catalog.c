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
	size_t lo = 0, hi, mid;
	const char *found = NULL;
	int r;

	if (c == NULL || *msgid == '\0')
		return NULL;
	/* gettext joins context and msgid with EOT (\004). */
	if (msgctxt != NULL) {
		sbuf_add(&key, msgctxt);
		sbuf_addc(&key, '\004');
	}
	sbuf_add(&key, msgid);
	hi = c->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = mo_compare(key.data, key.len, c->orig[mid].s,
		    c->orig[mid].len);
		if (r == 0) {
			if (c->trans[mid].len > 0)
				found = c->trans[mid].s;
			break;
		}
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	sbuf_free(&key);
	return found;
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
