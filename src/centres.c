/* centres.c: read data/centres.xml. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "centres.h"
#include "xml_read.h"
#include "util.h"

static char *
child_text(const xmlNode *parent, const char *name)
{
	const xmlNode *n;
	xmlChar *s;
	char *r;

	for (n = parent->children; n != NULL; n = n->next)
		if (xml_is(n, name)) {
			s = xmlNodeGetContent(n);
			r = xstrdup(s ? (const char *)s : "");
			xmlFree(s);
			return r;
		}
	return xstrdup("");	/* the schema requires every child */
}

/* "02 511 64 64" in country 32 -> "tel:+3225116464" (RFC 3966): the
 * national trunk prefix 0 is dropped (the schema requires exactly one). */
static char *
tel_uri(const char *country, const char *phone)
{
	struct sbuf b = { 0 };
	const char *p = phone;

	sbuf_printf(&b, "tel:+%s", country);
	if (*p == '0')
		p++;
	for (; *p != '\0'; p++)
		if (*p >= '0' && *p <= '9')
			sbuf_addc(&b, *p);
	return sbuf_detach(&b);
}

struct centres_list *
centres_load(const char *path, const char *schema_path,
    struct diag_list *diags)
{
	struct centres_list *list;
	const xmlNode *root, *n;
	const char *country;
	xmlDocPtr doc;
	size_t count = 0;

	doc = xml_read_validated(path, schema_path, "centres", ERR_DATA_FILE,
	    XML_OWN_MAX_FILE_SIZE, 0, diags);
	if (doc == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	country = xml_attr(root, "country-code");
	for (n = root->children; n != NULL; n = n->next)
		count += xml_is(n, "centre");
	list = xcalloc(1, sizeof(*list));
	list->items = xcalloc(count, sizeof(*list->items));
	for (n = root->children; n != NULL; n = n->next) {
		struct centres_info *c;

		if (!xml_is(n, "centre"))
			continue;
		c = &list->items[list->count++];
		c->id = xstrdup(xml_attr(n, "id"));
		c->region = xstrdup(xml_attr(n, "region"));
		c->name = child_text(n, "name");
		c->city = child_text(n, "city");
		c->phone = child_text(n, "phone");
		c->tel_uri = tel_uri(country, c->phone);
		c->address = child_text(n, "address");
		if (c->address[0] == '\0') {	/* optional */
			free(c->address);
			c->address = NULL;
		}
	}
	xmlFreeDoc(doc);
	return list;
}

void
centres_free(struct centres_list *list)
{
	size_t i;

	if (list == NULL)
		return;
	for (i = 0; i < list->count; i++) {
		free(list->items[i].id);
		free(list->items[i].region);
		free(list->items[i].name);
		free(list->items[i].city);
		free(list->items[i].phone);
		free(list->items[i].tel_uri);
		free(list->items[i].address);
	}
	free(list->items);
	free(list);
}

int
centres_find_region(const struct centres_list *list, const char *region)
{
	size_t i;

	if (region == NULL)
		return -1;
	for (i = 0; i < list->count; i++)
		if (strcmp(list->items[i].region, region) == 0)
			return (int)i;
	return -1;
}
