/* isonames.c: country and language names from iso-codes (isonames.h). */
#include <config.h>

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "isonames.h"
#include "util.h"
#include "utf8.h"
#include "xml_read.h"

/* iso_639-3.json is about 1.5 MB; leave room for growth. */
#define ISONAMES_MAX_FILE (16UL * 1024 * 1024)

/* One entry of a table: the code it is found by and its English name. */
struct iso_entry {
	char		*code;		/* alpha-2 or alpha-3, as in the table */
	char		*name;		/* English: the catalogue's msgid */
};

struct iso_table {
	bool		 loaded;	/* tried, successfully or not */
	struct iso_entry *items;
	size_t		 count;
	struct catalog	*names;		/* translations, or NULL (English) */
};

struct isonames {
	char		*lang;
	struct iso_table countries;	/* iso_3166-1 */
	struct iso_table languages;	/* iso_639-3 (holds the 639-1 codes) */
};

/* --- a reader for the one JSON shape iso-codes uses ---------------------
 * { "KEY": [ { "k": "v", ... }, ... ] }: an object holding one array of
 * flat objects whose values are all strings.  Anything else is refused:
 * this is not a general JSON parser. */

struct json_in {
	const char	*p;
	const char	*end;
	bool		 bad;
};

static void
json_space(struct json_in *in)
{
	while (in->p < in->end && (*in->p == ' ' || *in->p == '\n' ||
	    *in->p == '\r' || *in->p == '\t'))
		in->p++;
}

static bool
json_take(struct json_in *in, char c)
{
	json_space(in);
	if (in->p < in->end && *in->p == c) {
		in->p++;
		return true;
	}
	return false;
}

static unsigned
json_hex4(struct json_in *in)
{
	unsigned v = 0;

	for (int i = 0; i < 4; i++) {
		int c = in->p < in->end ? (unsigned char)*in->p++ : -1;

		if (!isxdigit(c)) {
			in->bad = true;
			return 0;
		}
		v = v * 16 + (unsigned)(isdigit(c) ? c - '0' :
		    tolower(c) - 'a' + 10);
	}
	return v;
}

/* A string, unescaped into a new buffer; NULL (in->bad) when malformed. */
static char *
json_string(struct json_in *in)
{
	struct sbuf b = { 0 };

	if (!json_take(in, '"')) {
		in->bad = true;
		return NULL;
	}
	while (in->p < in->end && *in->p != '"') {
		char c = *in->p++;
		char u[4];
		unsigned cp;

		if ((unsigned char)c < 0x20)
			break;
		if (c != '\\') {
			sbuf_addc(&b, c);
			continue;
		}
		if (in->p >= in->end)
			break;
		switch (c = *in->p++) {
		case '"': case '\\': case '/':
			sbuf_addc(&b, c);
			continue;
		case 'b': sbuf_addc(&b, '\b'); continue;
		case 'f': sbuf_addc(&b, '\f'); continue;
		case 'n': sbuf_addc(&b, '\n'); continue;
		case 'r': sbuf_addc(&b, '\r'); continue;
		case 't': sbuf_addc(&b, '\t'); continue;
		case 'u':
			break;
		default:
			in->bad = true;
			continue;
		}
		cp = json_hex4(in);
		if (cp >= 0xd800 && cp < 0xdc00 && in->end - in->p >= 6 &&
		    in->p[0] == '\\' && in->p[1] == 'u') {
			unsigned lo;

			in->p += 2;
			lo = json_hex4(in);
			cp = lo >= 0xdc00 && lo < 0xe000 ?
			    0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00) :
			    0xfffd;
		} else if (cp >= 0xd800 && cp < 0xe000)
			cp = 0xfffd;
		sbuf_addn(&b, u, utf8_put(u, cp));
	}
	if (in->bad || !json_take(in, '"')) {
		in->bad = true;
		sbuf_free(&b);
		return NULL;
	}
	return sbuf_detach(&b);
}

/* One flat object; keeps the fields named code_keys[] (the first found)
 * and "common_name" or else "name". */
static bool
json_entry(struct json_in *in, const char *const code_keys[],
    struct iso_entry *e)
{
	char *name = NULL, *common = NULL, *code = NULL;
	int code_rank = 99;

	if (!json_take(in, '{'))
		return false;
	if (!json_take(in, '}')) {
		do {
			char *key = json_string(in), *val;

			if (key == NULL || !json_take(in, ':') ||
			    (val = json_string(in)) == NULL) {
				free(key);
				in->bad = true;
				break;
			}
			for (int i = 0; code_keys[i] != NULL; i++)
				if (strcmp(key, code_keys[i]) == 0 &&
				    i < code_rank) {
					free(code);
					code = xstrdup(val);
					code_rank = i;
				}
			if (strcmp(key, "name") == 0 && name == NULL)
				name = xstrdup(val);
			else if (strcmp(key, "common_name") == 0 &&
			    common == NULL)
				common = xstrdup(val);
			free(key);
			free(val);
		} while (json_take(in, ','));
		if (!in->bad && !json_take(in, '}'))
			in->bad = true;
	}
	/* iso-codes translates common names too: "Bolivia" rather than
	   "Bolivia, Plurinational State of". */
	if (common != NULL) {
		free(name);
		name = common;
	}
	e->code = code;
	e->name = name;
	if (in->bad || code == NULL || name == NULL) {
		free(e->code);
		free(e->name);
		return false;
	}
	return true;
}

static bool
json_table(const char *buf, size_t len, const char *const code_keys[],
    struct iso_table *t)
{
	struct json_in in = { buf, buf + len, false };
	size_t cap = 0;
	char *key;

	if (!json_take(&in, '{') || (key = json_string(&in)) == NULL)
		return false;
	free(key);
	if (!json_take(&in, ':') || !json_take(&in, '['))
		return false;
	if (json_take(&in, ']'))
		return json_take(&in, '}');
	do {
		struct iso_entry e;

		if (!json_entry(&in, code_keys, &e)) {
			if (in.bad)
				return false;
			continue;	/* an entry without the code sought */
		}
		if (t->count == cap) {
			cap = cap ? cap * 2 : 256;
			t->items = xrealloc(t->items, cap * sizeof(*t->items));
		}
		t->items[t->count++] = e;
	} while (json_take(&in, ','));
	return !in.bad && json_take(&in, ']') && json_take(&in, '}');
}

/* --- loading ------------------------------------------------------------ */

/* Where iso-codes keeps its tables (kind "json") and their catalogues
 * (kind "locale"): THBDOC_ISOCODES_DIR/KIND, else where configure found
 * the package.  Caller frees. */
static char *
isonames_dir(const char *kind)
{
	const char *env = getenv("THBDOC_ISOCODES_DIR");

	if (env != NULL && *env != '\0')
		return xasprintf("%s/%s", env, kind);
	return xstrdup(strcmp(kind, "json") == 0 ? ISOCODES_JSON_DIR :
	    ISOCODES_LOCALE_DIR);
}

static void
table_load(struct iso_table *t, const char *domain, const char *lang,
    const char *const code_keys[], struct diag_list *diags)
{
	char *dir, *path, *buf;
	size_t len;

	t->loaded = true;
	dir = isonames_dir("json");
	path = xasprintf("%s/%s.json", dir, domain);
	free(dir);
	buf = xml_file_slurp(path, ISONAMES_MAX_FILE, &len, diags);
	if (buf != NULL && !json_table(buf, len, code_keys, t))
		diag_add(diags, ERR_DATA_FILE, path, 0, 0, path);
	free(buf);
	free(path);
	if (strcmp(lang, "en") == 0)
		return;
	/* No catalogue for the language: the English names, as iso-codes
	   itself would give them. */
	dir = isonames_dir("locale");
	path = xasprintf("%s/%s/LC_MESSAGES/%s.mo", dir, lang, domain);
	free(dir);
	if (access(path, R_OK) == 0) {
		struct diag_list quiet = { 0 };

		t->names = catalog_open(path, &quiet);
		diag_list_free(&quiet);
	}
	free(path);
}

static const char *
table_find(const struct iso_table *t, const char *code, bool fold_upper)
{
	for (size_t i = 0; i < t->count; i++) {
		const char *a = t->items[i].code, *b = code;

		while (*a != '\0' && *b != '\0' && (fold_upper ?
		    toupper((unsigned char)*a) == toupper((unsigned char)*b) :
		    tolower((unsigned char)*a) == tolower((unsigned char)*b)))
			a++, b++;
		if (*a == '\0' && *b == '\0') {
			const char *tr = t->names != NULL ?
			    catalog_lookup(t->names, NULL, t->items[i].name) :
			    NULL;

			return tr != NULL ? tr : t->items[i].name;
		}
	}
	return NULL;
}

struct isonames *
isonames_new(const char *lang)
{
	struct isonames *n = xcalloc(1, sizeof(*n));

	n->lang = xstrdup(lang);
	return n;
}

static void
table_free(struct iso_table *t)
{
	for (size_t i = 0; i < t->count; i++) {
		free(t->items[i].code);
		free(t->items[i].name);
	}
	free(t->items);
	if (t->names != NULL)
		catalog_free(t->names);
}

void
isonames_free(struct isonames *n)
{
	if (n == NULL)
		return;
	table_free(&n->countries);
	table_free(&n->languages);
	free(n->lang);
	free(n);
}

const char *
isonames_country(struct isonames *n, const char *alpha2,
    struct diag_list *diags)
{
	static const char *const keys[] = { "alpha_2", NULL };

	if (alpha2 == NULL)
		return NULL;
	if (!n->countries.loaded)
		table_load(&n->countries, "iso_3166-1", n->lang, keys, diags);
	return table_find(&n->countries, alpha2, true);
}

const char *
isonames_language(struct isonames *n, const char *code,
    struct diag_list *diags)
{
	/* Every entry of iso_639-3 has an alpha_3 code and some an alpha_2
	   (ISO 639-1) too: an entry is found by its 639-1 code where it has
	   one ("ar", not "ara"), else by its 639-3 code ("bin", "pcm"). */
	static const char *const keys[] = { "alpha_2", "alpha_3", NULL };

	if (code == NULL)
		return NULL;
	if (!n->languages.loaded)
		table_load(&n->languages, "iso_639-3", n->lang, keys, diags);
	return table_find(&n->languages, code, false);
}
