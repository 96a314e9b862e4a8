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

static const char *const place_langs[3] = { "fr", "nl", "de" };

/* A line the centre edits: NULL while it is marked unknown or empty. */
static char *
edited_line(const xmlNode *parent, const char *name)
{
	const xmlNode *n;
	const char *unknown;
	xmlChar *s;
	char *r = NULL;

	for (n = parent->children; n != NULL; n = n->next) {
		if (!xml_is(n, name))
			continue;
		unknown = xml_attr(n, "unknown");
		s = xmlNodeGetContent(n);
		if ((unknown == NULL || strcmp(unknown, "yes") != 0) &&
		    s != NULL && *s != '\0')
			r = xstrdup((const char *)s);
		xmlFree(s);
		break;
	}
	return r;
}

static void
read_places(struct centres_info *c, const xmlNode *parent)
{
	const xmlNode *n;
	const char *lang;
	xmlChar *s;
	size_t i;

	for (n = parent->children; n != NULL; n = n->next) {
		if (!xml_is(n, "place"))
			continue;
		lang = xml_attr(n, "lang");
		for (i = 0; i < 3; i++)
			if (strcmp(place_langs[i], lang) == 0 &&
			    c->place[i] == NULL) {
				s = xmlNodeGetContent(n);
				c->place[i] = xstrdup(s ? (const char *)s : "");
				xmlFree(s);
			}
	}
}

/* <letterhead centre="ID">: the lines of that centre's letters (the
 * schema makes ID a centre's and allows one per centre). */
static void
read_letterhead(struct centres_list *list, const xmlNode *n)
{
	const char *id = xml_attr(n, "centre");
	size_t i;

	for (i = 0; i < list->count; i++) {
		struct centres_info *c = &list->items[i];

		if (strcmp(c->id, id) != 0)
			continue;
		read_places(c, n);
		c->contact_person = edited_line(n, "contact-person");
		c->email = edited_line(n, "email");
	}
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
	for (n = root->children; n != NULL; n = n->next)
		if (xml_is(n, "letterhead"))
			read_letterhead(list, n);
	xmlFreeDoc(doc);
	return list;
}

void
centres_free(struct centres_list *list)
{
	size_t i, j;

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
		for (j = 0; j < 3; j++)
			free(list->items[i].place[j]);
		free(list->items[i].contact_person);
		free(list->items[i].email);
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

const char *
centres_place(const struct centres_info *c, const char *lang)
{
	size_t i;

	for (i = 0; lang != NULL && i < 3; i++)
		if (strcmp(place_langs[i], lang) == 0)
			return c->place[i];
	return NULL;
}

const struct centres_info *
centres_find(const struct centres_list *list, const char *id)
{
	size_t i;

	for (i = 0; list != NULL && i < list->count; i++)
		if (strcmp(list->items[i].id, id) == 0)
			return &list->items[i];
	return NULL;
}
