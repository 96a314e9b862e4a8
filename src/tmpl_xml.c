/* tmpl_xml.c: safe reading and validation of thbdoc's own XML files. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "tmpl_xml.h"
#include "util.h"

/* What libxml2's error callbacks write to: the first error only. */
struct xml_errors {
	const char	*name;
	struct diag_list *diags;
	enum diag_code	 code;
	bool		 seen;
	bool		 doctype;
	int		 doctype_line;
};

static void
on_xml_error(void *data, xmlErrorPtr e)
{
	struct xml_errors *st = data;
	char *msg;
	size_t n;

	/* After a DOCTYPE, what libxml2 says about the stop is noise. */
	if (st->seen || st->doctype || e == NULL ||
	    e->level == XML_ERR_WARNING)
		return;
	st->seen = true;
	msg = xstrdup(e->message ? e->message : "?");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	diag_add_text(st->diags, st->code, st->name, e->line,
	    st->code == ERR_XML_SYNTAX ? e->int2 : 0, msg);
	free(msg);
}

/* A DOCTYPE stops the parser before its internal subset is read: an
 * entity bomb never gets its entities declared. */
static void
on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *ext,
    const xmlChar *sys)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xml_errors *st = ctxt->_private;

	st->doctype = true;
	st->doctype_line = xmlSAX2GetLineNumber(ctxt);
	xmlStopParser(ctxt);
}

static xmlDocPtr
parse(const char *name, const char *buf, size_t len, int options,
    struct diag_list *diags)
{
	struct xml_errors st = { name, diags, ERR_XML_SYNTAX, false, false, 0 };
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;

	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		diag_add(diags, ERR_FILE_READ, name, 0, 0, strerror(ENOMEM));
		return NULL;
	}
	ctxt->_private = &st;
	ctxt->sax->internalSubset = on_internal_subset;
	xmlSetStructuredErrorFunc(&st, on_xml_error);
	doc = xmlCtxtReadMemory(ctxt, buf, (int)len, name, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
	    options);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (st.doctype) {
		diag_add(diags, ERR_XML_DTD, name, st.doctype_line, 0);
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc == NULL || !ctxt->wellFormed) {
		if (!st.seen)
			diag_add(diags, ERR_XML_SYNTAX, name, 0, 0, "?");
		xmlFreeDoc(doc);
		doc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	return doc;
}

static bool
validate(const char *name, xmlDocPtr doc, const char *schema_path,
    enum diag_code code, struct diag_list *diags)
{
	struct xml_errors st = { schema_path, diags, ERR_SCHEMA_LOAD,
	    false, false, 0 };
	xmlSchemaParserCtxtPtr pc;
	xmlSchemaValidCtxtPtr vc;
	xmlSchemaPtr schema;
	int rc;

	xmlSetStructuredErrorFunc(&st, on_xml_error);
	pc = xmlSchemaNewParserCtxt(schema_path);
	schema = pc ? xmlSchemaParse(pc) : NULL;
	xmlSchemaFreeParserCtxt(pc);
	if (schema == NULL) {
		xmlSetStructuredErrorFunc(NULL, NULL);
		if (!st.seen)
			diag_add(diags, ERR_SCHEMA_LOAD, schema_path, 0, 0);
		return false;
	}
	st.name = name;
	st.code = code;
	vc = xmlSchemaNewValidCtxt(schema);
	xmlSchemaSetValidStructuredErrors(vc, on_xml_error, &st);
	rc = xmlSchemaValidateDoc(vc, doc);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (rc != 0 && !st.seen)
		diag_add(diags, code, name, 0, 0, "?");
	xmlSchemaFreeValidCtxt(vc);
	xmlSchemaFree(schema);
	return rc == 0;
}

xmlDocPtr
tmpl_xml_read_memory(const char *name, const char *buf, size_t len,
    const char *schema_path, const char *root, enum diag_code schema_code,
    int options, struct diag_list *diags)
{
	const char *nul, *p;
	const xmlNode *top;
	xmlDocPtr doc;
	char size[32], limit[32];
	int line = 1;

	if (len > TMPL_XML_MAX_FILE_SIZE) {
		snprintf(size, sizeof(size), "%zu", len);
		snprintf(limit, sizeof(limit), "%lu", TMPL_XML_MAX_FILE_SIZE);
		diag_add(diags, ERR_FILE_TOO_LARGE, name, 0, 0, size, limit);
		return NULL;
	}
	if ((nul = memchr(buf, '\0', len)) != NULL) {
		for (p = buf; p < nul; p++)
			line += *p == '\n';
		diag_add(diags, ERR_FILE_NUL, name, line, 0);
		return NULL;
	}
	if ((doc = parse(name, buf, len, options, diags)) == NULL)
		return NULL;
	top = xmlDocGetRootElement(doc);
	if (top == NULL || !tmpl_xml_is(top, root)) {
		diag_add(diags, ERR_XML_ROOT, name,
		    top ? tmpl_xml_line(top) : 0, 0,
		    top ? (const char *)top->name : "", root);
		xmlFreeDoc(doc);
		return NULL;
	}
	if (!validate(name, doc, schema_path, schema_code, diags)) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

char *
tmpl_xml_slurp(const char *path, size_t *len, struct diag_list *diags)
{
	struct sbuf b = { 0 };
	char chunk[65536];
	size_t n;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL) {
		diag_add(diags, ERR_FILE_OPEN, path, 0, 0, strerror(errno));
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		sbuf_addn(&b, chunk, n);
		if (b.len > TMPL_XML_MAX_FILE_SIZE)
			break;	/* enough to say it is too large */
	}
	if (ferror(fp)) {
		diag_add(diags, ERR_FILE_READ, path, 0, 0, strerror(errno));
		fclose(fp);
		sbuf_free(&b);
		return NULL;
	}
	fclose(fp);
	*len = b.len;
	return sbuf_detach(&b);
}

xmlDocPtr
tmpl_xml_read(const char *path, const char *schema_path, const char *root,
    enum diag_code schema_code, int options, struct diag_list *diags)
{
	xmlDocPtr doc;
	size_t len;
	char *buf;

	if ((buf = tmpl_xml_slurp(path, &len, diags)) == NULL)
		return NULL;
	doc = tmpl_xml_read_memory(path, buf, len, schema_path, root,
	    schema_code, options, diags);
	free(buf);
	return doc;
}

const char *
tmpl_xml_attr(const xmlNode *node, const char *name)
{
	const xmlAttr *a;

	for (a = node->properties; a != NULL; a = a->next)
		if (a->ns == NULL && strcmp((const char *)a->name, name) == 0)
			return a->children && a->children->content ?
			    (const char *)a->children->content : "";
	return NULL;
}

int
tmpl_xml_line(const xmlNode *node)
{
	return (int)xmlGetLineNo(node);
}

bool
tmpl_xml_is(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)node->name, name) == 0;
}
