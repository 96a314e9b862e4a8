/* sender.c: read data/office.xml (see sender.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "sender.h"
#include "util.h"
#include "xml_read.h"

static const char *const langs[SENDER_LANGS] = { "fr", "nl", "de" };

static int
lang_index(const char *lang)
{
	int i;

	for (i = 0; lang != NULL && i < SENDER_LANGS; i++)
		if (strcmp(langs[i], lang) == 0)
			return i;
	return -1;
}

static char *
node_text(const xmlNode *n)
{
	xmlChar *s = xmlNodeGetContent(n);
	char *r = xstrdup(s != NULL ? (const char *)s : "");

	xmlFree(s);
	return r;
}

static void
read_child(struct sender *s, const xmlNode *n)
{
	int i = lang_index(xml_attr(n, "lang"));

	if (xml_is(n, "service") && i >= 0 && s->service[i] == NULL)
		s->service[i] = node_text(n);
	else if (xml_is(n, "address") && i >= 0 && s->address[i] == NULL)
		s->address[i] = node_text(n);
	else if (xml_is(n, "phone") && s->phone == NULL)
		s->phone = node_text(n);
	else if (xml_is(n, "email") && s->email == NULL)
		s->email = node_text(n);
}

struct sender *
sender_load(const char *path, const char *schema_path,
    struct diag_list *diags)
{
	struct sender *s;
	const xmlNode *root, *n;
	const char *v;
	xmlDocPtr doc;

	doc = xml_read_validated(path, schema_path, "office", ERR_DATA_FILE,
	    XML_OWN_MAX_FILE_SIZE, 0, diags);
	if (doc == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	s = xcalloc(1, sizeof(*s));
	v = xml_attr(root, "fictitious");
	s->fictitious = v != NULL && strcmp(v, "yes") == 0;
	for (n = root->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			read_child(s, n);
	xmlFreeDoc(doc);
	return s;
}

void
sender_free(struct sender *s)
{
	int i;

	if (s == NULL)
		return;
	for (i = 0; i < SENDER_LANGS; i++) {
		free(s->service[i]);
		free(s->address[i]);
	}
	free(s->phone);
	free(s->email);
	free(s);
}

const char *
sender_service(const struct sender *s, const char *lang)
{
	int i = lang_index(lang);

	return s != NULL && i >= 0 ? s->service[i] : NULL;
}

const char *
sender_address(const struct sender *s, const char *lang)
{
	int i = lang_index(lang);

	return s != NULL && i >= 0 ? s->address[i] : NULL;
}
