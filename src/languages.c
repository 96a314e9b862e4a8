/* languages.c: read data/languages.xml. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "languages.h"
#include "xml_read.h"
#include "util.h"

struct languages_table *
languages_load(const char *path, const char *schema_path,
    struct diag_list *diags)
{
	struct languages_table *t;
	const xmlNode *root, *n;
	xmlDocPtr doc;
	size_t count = 0;

	doc = xml_read_validated(path, schema_path, "languages",
	    ERR_DATA_FILE, XML_OWN_MAX_FILE_SIZE, 0, diags);
	if (doc == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	for (n = root->children; n != NULL; n = n->next)
		count += xml_is(n, "language");
	t = xcalloc(1, sizeof(*t));
	t->items = xcalloc(count, sizeof(*t->items));
	for (n = root->children; n != NULL; n = n->next) {
		struct languages_info *l;

		if (!xml_is(n, "language"))
			continue;
		l = &t->items[t->count++];
		l->code = xstrdup(xml_attr(n, "code"));
		l->name = xstrdup(xml_attr(n, "name"));
		l->english = xstrdup(xml_attr(n, "english"));
		l->script = xstrdup(xml_attr(n, "script"));
		l->dir = strcmp(xml_attr(n, "dir"), "rtl") == 0 ?
		    DOC_DIR_RTL : DOC_DIR_LTR;
	}
	xmlFreeDoc(doc);
	return t;
}

void
languages_free(struct languages_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->count; i++) {
		free(t->items[i].code);
		free(t->items[i].name);
		free(t->items[i].english);
		free(t->items[i].script);
	}
	free(t->items);
	free(t);
}

const struct languages_info *
languages_find(const struct languages_table *t, const char *code)
{
	size_t i;

	for (i = 0; i < t->count; i++)
		if (strcmp(t->items[i].code, code) == 0)
			return &t->items[i];
	return NULL;
}
