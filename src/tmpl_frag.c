/* tmpl_frag.c: the one reader of template strings and translations
 * (tmpl_frag.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "tmpl_frag.h"
#include "util.h"
#include "xml_read.h"

struct reader {
	struct tmpl_frag *f;
	struct sbuf	 markup, vars, fixed;
};

static void
on_xml_error(void *data, xmlErrorPtr e)
{
	char **msg = data;
	size_t n;

	if (*msg != NULL || e == NULL || e->level == XML_ERR_WARNING)
		return;
	*msg = xasprintf("not well-formed: %s", e->message ? e->message : "?");
	n = strlen(*msg);
	while (n > 0 && ((*msg)[n - 1] == '\n' || (*msg)[n - 1] == ' '))
		(*msg)[--n] = '\0';
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of a buffer, sorted. */
static char *
sorted(struct sbuf *b)
{
	struct sbuf out = { 0 };
	char **v = NULL, *p, *nl;
	size_t n = 0, i;

	for (p = b->data; p != NULL && *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		v = xrealloc(v, (n + 1) * sizeof(*v));
		v[n++] = p;
	}
	if (n > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(v, n, sizeof(*v), cmp_str);
	for (i = 0; i < n; i++) {
		sbuf_add(&out, v[i]);
		sbuf_addc(&out, '\n');
	}
	free(v);
	sbuf_free(b);
	return out.len > 0 ? sbuf_detach(&out) : xstrdup("");
}

/* A <phone> holds its number as plain text, nothing else. */
static bool
phone_is_plain(const xmlNode *n)
{
	return n->children == NULL || (n->children->next == NULL &&
	    n->children->type == XML_TEXT_NODE);
}

/* Walk the elements under node; false (and f->error) at the first one
 * that cannot be used. */
static bool
walk(struct reader *r, const xmlNode *node)
{
	const xmlNode *n;
	xmlChar *s;

	for (n = node->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xml_is(n, "var")) {
			if (xml_attr(n, "name") == NULL ||
			    n->properties->next != NULL || n->children != NULL) {
				r->f->error = xstrdup("a <var> must be "
				    "<var name=\"...\"/>");
				return false;
			}
			sbuf_printf(&r->vars, "<var name=\"%s\"/>\n",
			    xml_attr(n, "name"));
			sbuf_printf(&r->fixed, "var %s\n", xml_attr(n, "name"));
			continue;
		}
		if (!xml_is(n, "em") && !xml_is(n, "strong") &&
		    !xml_is(n, "phone")) {
			r->f->error = xasprintf("unknown element <%s>",
			    (const char *)n->name);
			return false;
		}
		if (n->properties != NULL) {
			r->f->error = xasprintf("attribute on <%s>",
			    (const char *)n->name);
			return false;
		}
		if (xml_is(n, "phone")) {
			if (!phone_is_plain(n)) {
				r->f->error = xstrdup("markup inside <phone>");
				return false;
			}
			s = xmlNodeGetContent(n);
			sbuf_printf(&r->markup, "<phone>%s</phone>\n",
			    (const char *)s);
			sbuf_printf(&r->fixed, "phone %s\n", (const char *)s);
			xmlFree(s);
			continue;
		}
		sbuf_printf(&r->markup, "<%s>\n", (const char *)n->name);
		if (!walk(r, n))
			return false;
	}
	return true;
}

bool
tmpl_frag_read(const char *s, struct tmpl_frag *f)
{
	struct reader r = { f, { 0 }, { 0 }, { 0 } };
	struct sbuf b = { 0 };
	xmlDocPtr doc;
	xmlChar *text;

	memset(f, 0, sizeof(*f));
	sbuf_add(&b, "<t>");
	sbuf_add(&b, s);
	sbuf_add(&b, "</t>");
	xmlSetStructuredErrorFunc(&f->error, on_xml_error);
	doc = xmlReadMemory(b.data, (int)b.len, "translation", "UTF-8",
	    XML_PARSE_NONET | XML_PARSE_NOCDATA);
	xmlSetStructuredErrorFunc(NULL, NULL);
	sbuf_free(&b);
	if (doc == NULL) {
		if (f->error == NULL)
			f->error = xstrdup("not well-formed");
		return false;
	}
	/* libxml2 returns a tree after some errors (an undeclared
	 * namespace prefix): such a fragment is not used either. */
	f->doc = doc;
	if (f->error == NULL)
		walk(&r, xmlDocGetRootElement(doc));
	text = xmlNodeGetContent(xmlDocGetRootElement(doc));
	f->text = xstrdup(text ? (const char *)text : "");
	xmlFree(text);
	f->markup = sorted(&r.markup);
	f->vars = sorted(&r.vars);
	f->fixed = sorted(&r.fixed);
	return f->error == NULL;
}

void
tmpl_frag_free(struct tmpl_frag *f)
{
	xmlFreeDoc(f->doc);
	free(f->error);
	free(f->text);
	free(f->markup);
	free(f->vars);
	free(f->fixed);
	memset(f, 0, sizeof(*f));
}
