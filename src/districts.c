/* districts.c: read data/districts.xml and resolve district names. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "districts.h"
#include "xml_read.h"
#include "util.h"

/* Split a space-separated list (the schema allows no other blank). */
static char **
split_words(const char *s, size_t *n)
{
	char **words = NULL, *copy = xstrdup(s), *w, *save = NULL;

	*n = 0;
	for (w = strtok_r(copy, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save)) {
		words = xrealloc(words, (*n + 1) * sizeof(*words));
		words[(*n)++] = xstrdup(w);
	}
	free(copy);
	return words;
}

static void
text_add(struct districts_text **v, size_t *n, const xmlNode *node)
{
	struct districts_text *t;
	const char *only = xml_attr(node, "for");

	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	t = &(*v)[(*n)++];
	t->lang = xstrdup(xml_attr(node, "lang"));
	t->text = xml_text(node);
	t->only_for = only != NULL ? split_words(only, &t->nonly_for) : NULL;
	if (only == NULL)
		t->nonly_for = 0;
}

static void
texts_free(struct districts_text *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		free(v[i].lang);
		free(v[i].text);
		for (j = 0; j < v[i].nonly_for; j++)
			free(v[i].only_for[j]);
		free(v[i].only_for);
	}
	free(v);
}

static void
read_court(struct districts_court *c, const xmlNode *node)
{
	const xmlNode *n;

	c->id = xstrdup(xml_attr(node, "id"));
	for (n = node->children; n != NULL; n = n->next)
		if (xml_is(n, "name"))
			text_add(&c->names, &c->nnames, n);
		else if (xml_is(n, "address"))
			text_add(&c->addresses, &c->naddresses, n);
}

static void
read_district(struct districts_table *t, struct districts_entry *d,
    const xmlNode *node)
{
	const char *court = xml_attr(node, "court");
	char **langs;
	const xmlNode *n;
	size_t i, nlangs;

	d->id = xstrdup(xml_attr(node, "id"));
	d->case_prefix = xstrdup(xml_attr(node, "case-prefix"));
	d->region = xstrdup(xml_attr(node, "region"));
	langs = split_words(xml_attr(node, "language"), &nlangs);
	for (i = 0; i < nlangs; i++) {
		if (i < 2)
			d->languages[d->nlanguages++] = langs[i];
		else
			free(langs[i]);
	}
	free(langs);
	/* The schema's keyref guarantees the court exists. */
	for (i = 0; i < t->ncourts; i++)
		if (strcmp(t->courts[i].id, court) == 0)
			d->court = &t->courts[i];
	for (n = node->children; n != NULL; n = n->next) {
		if (xml_is(n, "name"))
			text_add(&d->names, &d->nnames, n);
		else if (xml_is(n, "prosecutor"))
			text_add(&d->prosecutors, &d->nprosecutors, n);
		else if (xml_is(n, "labour-prosecutor"))
			text_add(&d->labour_prosecutors,
			    &d->nlabour_prosecutors, n);
		else if (xml_is(n, "prosecutor-address"))
			text_add(&d->prosecutor_addresses,
			    &d->nprosecutor_addresses, n);
		else if (xml_is(n, "labour-prosecutor-address"))
			text_add(&d->labour_addresses,
			    &d->nlabour_addresses, n);
		else if (xml_is(n, "alias")) {
			d->aliases = xrealloc(d->aliases,
			    (d->naliases + 1) * sizeof(*d->aliases));
			d->aliases[d->naliases++] = xml_text(n);
		}
	}
}

struct districts_table *
districts_load(const char *path, const char *schema_path,
    struct diag_list *diags)
{
	struct districts_table *t;
	const xmlNode *root, *n;
	size_t ncourts = 0, ndistricts = 0;
	xmlDocPtr doc;

	doc = xml_read_validated(path, schema_path, "districts", ERR_DATA_FILE,
	    XML_OWN_MAX_FILE_SIZE, 0, diags);
	if (doc == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	for (n = root->children; n != NULL; n = n->next) {
		ncourts += xml_is(n, "court");
		ndistricts += xml_is(n, "district");
	}
	t = xcalloc(1, sizeof(*t));
	t->courts = xcalloc(ncourts, sizeof(*t->courts));
	t->items = xcalloc(ndistricts, sizeof(*t->items));
	/* Courts come first in the file (the schema's sequence). */
	for (n = root->children; n != NULL; n = n->next) {
		if (xml_is(n, "court"))
			read_court(&t->courts[t->ncourts++], n);
		else if (xml_is(n, "district"))
			read_district(t, &t->items[t->count++], n);
	}
	xmlFreeDoc(doc);
	return t;
}

void
districts_free(struct districts_table *t)
{
	size_t i, j;

	if (t == NULL)
		return;
	for (i = 0; i < t->ncourts; i++) {
		free(t->courts[i].id);
		texts_free(t->courts[i].names, t->courts[i].nnames);
		texts_free(t->courts[i].addresses, t->courts[i].naddresses);
	}
	for (i = 0; i < t->count; i++) {
		struct districts_entry *d = &t->items[i];

		free(d->id);
		free(d->case_prefix);
		free(d->region);
		for (j = 0; j < d->nlanguages; j++)
			free(d->languages[j]);
		for (j = 0; j < d->naliases; j++)
			free(d->aliases[j]);
		free(d->aliases);
		texts_free(d->names, d->nnames);
		texts_free(d->prosecutors, d->nprosecutors);
		texts_free(d->labour_prosecutors, d->nlabour_prosecutors);
		texts_free(d->prosecutor_addresses, d->nprosecutor_addresses);
		texts_free(d->labour_addresses, d->nlabour_addresses);
	}
	free(t->courts);
	free(t->items);
	free(t);
}

const struct districts_entry *
districts_find(const struct districts_table *t, const char *name)
{
	size_t i, j;

	if (name == NULL)
		return NULL;
	for (i = 0; i < t->count; i++)
		for (j = 0; j < t->items[i].naliases; j++)
			if (strcmp(t->items[i].aliases[j], name) == 0)
				return &t->items[i];
	return NULL;
}

const struct districts_entry *
districts_at(const struct districts_table *t, size_t i)
{
	return i < t->count ? &t->items[i] : NULL;
}

bool
districts_bilingual(const struct districts_entry *d)
{
	return d->nlanguages > 1;
}

enum districts_lang
districts_language(const struct districts_entry *d, const char *chosen,
    const char **out)
{
	size_t i;

	*out = d->languages[0];
	if (chosen == NULL)
		return districts_bilingual(d) ? DISTRICT_LANG_NEEDED :
		    DISTRICT_LANG_OK;
	for (i = 0; i < d->nlanguages; i++)
		if (strcmp(d->languages[i], chosen) == 0) {
			*out = d->languages[i];
			return DISTRICT_LANG_OK;
		}
	return DISTRICT_LANG_WRONG;
}

static bool
applies(const struct districts_text *t, const char *lang, const char *alias)
{
	size_t i;

	if (strcmp(t->lang, lang) != 0)
		return false;
	if (t->nonly_for == 0)
		return true;
	for (i = 0; alias != NULL && i < t->nonly_for; i++)
		if (strcmp(t->only_for[i], alias) == 0)
			return true;
	return false;
}

/* The text for lang (and alias): a limited one that matches first, then
 * a general one, then the first text of all. */
static const char *
pick(const struct districts_text *v, size_t n, const char *lang,
    const char *alias)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].nonly_for > 0 && applies(&v[i], lang, alias))
			return v[i].text;
	for (i = 0; i < n; i++)
		if (v[i].nonly_for == 0 && strcmp(v[i].lang, lang) == 0)
			return v[i].text;
	return n > 0 ? v[0].text : "";
}

const char *
districts_name(const struct districts_entry *d, const char *lang)
{
	return pick(d->names, d->nnames, lang, NULL);
}

const char *
districts_court_name(const struct districts_entry *d, const char *lang)
{
	return pick(d->court->names, d->court->nnames, lang, NULL);
}

const char *
districts_office(const struct districts_entry *d, bool labour, const char *lang,
    const char *alias)
{
	return labour ? pick(d->labour_prosecutors, d->nlabour_prosecutors,
	    lang, alias) : pick(d->prosecutors, d->nprosecutors, lang, alias);
}

/* An address: the one for lang (and alias) as pick() chooses, else the
 * file's first; NULL when the file gives none. */
static const char *
pick_address(const struct districts_text *v, size_t n, const char *lang,
    const char *alias)
{
	return n > 0 ? pick(v, n, lang, alias) : NULL;
}

const char *
districts_office_address(const struct districts_entry *d, bool labour,
    const char *lang, const char *alias)
{
	return labour ? pick_address(d->labour_addresses,
	    d->nlabour_addresses, lang, alias) :
	    pick_address(d->prosecutor_addresses, d->nprosecutor_addresses,
	    lang, alias);
}

const char *
districts_court_address(const struct districts_entry *d, const char *lang)
{
	return pick_address(d->court->addresses, d->court->naddresses, lang,
	    NULL);
}
