/* xml_read.c: safe reading and validation of every XML input. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "i18n.h"
#include "util.h"
#include "xml_read.h"

struct xml_schema {
	xmlSchemaPtr		 schema;
	xmlSchemaValidCtxtPtr	 valid;
};

/* What libxml2's error callbacks write to: the first error only. */
struct xml_errors {
	const char	*name;
	struct diag_list *diags;
	enum diag_code	 code;
	const char	*private_element;
	bool		 seen;
	bool		 doctype;
	int		 doctype_line;
	bool		 personal;	/* the file may hold personal data */
};

static bool
inside(const void *node, const char *element)
{
	const xmlNode *n;

	for (n = node; n != NULL && n->type == XML_ELEMENT_NODE;
	    n = n->parent)
		if (strcmp((const char *)n->name, element) == 0)
			return true;
	return false;
}

/* libxml2's messages quote the input: bytes of a badly encoded name, the
 * name in "&Joseph;", a value failing its pattern.  None of it reaches a
 * message: the line and the element say where, never what. */
static char *
redact(const xmlError *e)
{
	const char *m = e->message ? e->message : "?", *q, *end;
	struct sbuf b = { 0 };

	switch (e->code) {
	case XML_ERR_UNDECLARED_ENTITY:
	case XML_WAR_UNDECLARED_ENTITY:
	case XML_ERR_ENTITY_NOT_FINISHED:
		/* TRANSLATORS: an error reading an XML file: &...; and the
		   five entities are XML syntax: keep them. */
		return xstrdup(_("an entity reference (&...;) other than "
		    "&lt; &gt; &amp; &quot; &apos; (its name is not shown)"));
	case XML_ERR_INVALID_ENCODING:
	case XML_ERR_INVALID_CHAR:
	case XML_ERR_UNSUPPORTED_ENCODING:
		if (strstr(m, "Bytes:") != NULL)
			/* TRANSLATORS: an error reading an XML file: keep the
			   XML declaration in brackets as it is. */
			return xstrdup(_("the text is not UTF-8 and the file "
			    "declares no encoding: save it as UTF-8 or "
			    "declare it (<?xml version=\"1.0\" "
			    "encoding=\"ISO-8859-1\"?>); the bytes are not "
			    "shown"));
		break;
	default:
		break;
	}
	/* "The value 'x'" and "'x' is not a valid value": the value goes. */
	while ((q = strchr(m, '\'')) != NULL &&
	    (end = strchr(q + 1, '\'')) != NULL) {
		bool value = (q - m >= 6 && strncmp(q - 6, "value ", 6) == 0) ||
		    strncmp(end + 1, " is not a valid value", 21) == 0 ||
		    strncmp(end + 1, " is not accepted", 16) == 0;

		sbuf_addn(&b, m, (size_t)(q - m));
		/* TRANSLATORS: replaces a value from a case file inside a
		   message of libxml2 (in English): the value may be personal
		   data. */
		sbuf_add(&b, value ? _("(not shown)") : "");
		if (!value)
			sbuf_addn(&b, q, (size_t)(end - q + 1));
		m = end + 1;
	}
	/* A value libxml2 cut before its closing quote goes too. */
	if ((q = strchr(m, '\'')) != NULL && q - m >= 6 &&
	    strncmp(q - 6, "value ", 6) == 0) {
		sbuf_addn(&b, m, (size_t)(q - m));
		sbuf_add(&b, _("(not shown)"));
	} else
		sbuf_add(&b, m);
	if ((q = strstr(sbuf_str(&b), " Bytes:")) != NULL)
		b.data[q - b.data] = '\0';
	return sbuf_detach(&b);
}

static void
on_xml_error(void *data, xmlErrorPtr e)
{
	struct xml_errors *st = data;
	char *msg;
	size_t n;

	/* Not "invalid case file": the machine, not the file. */
	if (e != NULL && e->code == XML_ERR_NO_MEMORY)
		util_out_of_memory();
	/* After a DOCTYPE, what libxml2 says about the stop is noise. */
	if (st->seen || st->doctype || e == NULL ||
	    e->level == XML_ERR_WARNING)
		return;
	st->seen = true;
	if (st->private_element != NULL && e->node != NULL &&
	    inside(e->node, st->private_element))
		/* TRANSLATORS: %1$s, %2$s: XML element names of the case file,
		   not translated. */
		msg = xasprintf(_("<%s> in <%s> is not valid (the value is "
		    "not shown: personal data)"),
		    (const char *)((xmlNodePtr)e->node)->name,
		    st->private_element);
	else if (st->personal)
		msg = redact(e);
	else
		msg = xstrdup(e->message ? e->message : "?");
	/* One line: libxml2 sometimes adds a second one. */
	for (n = 0; msg[n] != '\0'; n++)
		if (msg[n] == '\n')
			msg[n] = msg[n + 1] == '\0' ? '\0' : ' ';
	n = strlen(msg);
	while (n > 0 && msg[n - 1] == ' ')
		msg[--n] = '\0';
	diag_add_text(st->diags, st->code, st->name, e->line,
	    st->code == ERR_XML_SYNTAX ? e->int2 : 0, msg);
	free(msg);
}

/* A DOCTYPE stops the parser before its internal subset is read. */
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

/* libxml2 goes on after some failed allocations and crashed in schema
 * validation: its allocator, set before its first use, stops there. */
static void *
xml_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		util_out_of_memory();
	return p;
}

static void *
xml_realloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		util_out_of_memory();
	return p;
}

static char *
xml_strdup(const char *s)
{
	char *p = strdup(s);

	if (p == NULL)
		util_out_of_memory();
	return p;
}

void
xml_read_init(void)
{
	xmlMemSetup(free, xml_malloc, xml_realloc, xml_strdup);
	xmlInitParser();
}

struct xml_schema *
xml_schema_load(const char *path, struct diag_list *diags)
{
	struct xml_errors st = { path, diags, ERR_DATA_SCHEMA_LOAD, NULL,
	    false, false, 0, false };
	xmlSchemaParserCtxtPtr pc;
	struct xml_schema *s;

	xmlSetStructuredErrorFunc(&st, on_xml_error);
	pc = xmlSchemaNewParserCtxt(path);
	s = xcalloc(1, sizeof(*s));
	s->schema = pc ? xmlSchemaParse(pc) : NULL;
	xmlSchemaFreeParserCtxt(pc);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (s->schema == NULL) {
		if (!st.seen)
			diag_add(diags, ERR_DATA_SCHEMA_LOAD, path, 0, 0);
		free(s);
		return NULL;
	}
	s->valid = xmlSchemaNewValidCtxt(s->schema);
	return s;
}

void
xml_schema_free(struct xml_schema *s)
{
	if (s == NULL)
		return;
	xmlSchemaFreeValidCtxt(s->valid);
	xmlSchemaFree(s->schema);
	free(s);
}

static xmlDocPtr
parse(const char *name, const char *buf, size_t len, int options,
    bool personal, bool converted, struct diag_list *diags)
{
	struct xml_errors st = { name, diags, ERR_XML_SYNTAX, NULL,
	    false, false, 0, personal };
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;

	if ((ctxt = xmlNewParserCtxt()) == NULL)
		util_out_of_memory();
	ctxt->_private = &st;
	ctxt->sax->internalSubset = on_internal_subset;
	xmlSetStructuredErrorFunc(&st, on_xml_error);
	/* No XML_PARSE_NOENT, DTDLOAD or DTDATTR: nothing is expanded. */
	/* Converted from UTF-16, the text is UTF-8 whatever its
	 * declaration still says. */
	errno = 0;
	doc = xmlCtxtReadMemory(ctxt, buf, (int)len, name,
	    converted ? "UTF-8" : NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
	    options);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (st.doctype) {
		diag_add(diags, ERR_XML_DTD, name, st.doctype_line, 0);
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc == NULL || !ctxt->wellFormed) {
		/* libxml2 does not always report its failed allocations. */
		if (!st.seen && errno == ENOMEM)
			util_out_of_memory();
		if (!st.seen)
			diag_add(diags, ERR_XML_SYNTAX, name, 0, 0, "?");
		xmlFreeDoc(doc);
		doc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	return doc;
}

static bool
validate(const char *name, xmlDocPtr doc, const struct xml_read_options *o,
    struct diag_list *diags)
{
	struct xml_errors st = { name, diags, o->schema_code,
	    o->private_element, false, false, 0, o->private_element != NULL };
	int rc;

	xmlSchemaSetValidStructuredErrors(o->schema->valid, on_xml_error,
	    &st);
	xmlSetStructuredErrorFunc(&st, on_xml_error);
	rc = xmlSchemaValidateDoc(o->schema->valid, doc);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (rc != 0 && !st.seen)
		diag_add(diags, o->schema_code, name, 0, 0, "?");
	return rc == 0;
}

static void
too_large(const char *name, size_t len, size_t max, struct diag_list *diags)
{
	char size[32], limit[32];

	snprintf(size, sizeof(size), "%zu", len);
	snprintf(limit, sizeof(limit), "%zu", max);
	diag_add(diags, ERR_FILE_TOO_LARGE, name, 0, 0, size, limit);
}

/* UTF-16 with a byte order mark, as Windows editors save XML: to UTF-8,
 * so that one NUL check, one size limit and one parser serve every file.
 * NULL, with the line, when it is not valid UTF-16. */
static char *
utf16_to_utf8(const char *name, const unsigned char *in, size_t len,
    bool big, size_t *outlen, struct diag_list *diags)
{
	struct sbuf b = { 0 };
	uint32_t c, lo;
	size_t i;
	int line = 1;

	for (i = 2; i + 1 < len; i += 2) {
		c = big ? (uint32_t)(in[i] << 8 | in[i + 1]) :
		    (uint32_t)(in[i + 1] << 8 | in[i]);
		if (c >= 0xD800 && c <= 0xDBFF && i + 3 < len) {
			lo = big ? (uint32_t)(in[i + 2] << 8 | in[i + 3]) :
			    (uint32_t)(in[i + 3] << 8 | in[i + 2]);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				c = 0x10000 + ((c - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 2;
			}
		}
		if (c >= 0xD800 && c <= 0xDFFF)
			goto bad;
		line += c == '\n';
		if (c < 0x80)
			sbuf_addc(&b, (char)c);
		else if (c < 0x800) {
			sbuf_addc(&b, (char)(0xC0 | c >> 6));
			sbuf_addc(&b, (char)(0x80 | (c & 0x3F)));
		} else if (c < 0x10000) {
			sbuf_addc(&b, (char)(0xE0 | c >> 12));
			sbuf_addc(&b, (char)(0x80 | ((c >> 6) & 0x3F)));
			sbuf_addc(&b, (char)(0x80 | (c & 0x3F)));
		} else {
			sbuf_addc(&b, (char)(0xF0 | c >> 18));
			sbuf_addc(&b, (char)(0x80 | ((c >> 12) & 0x3F)));
			sbuf_addc(&b, (char)(0x80 | ((c >> 6) & 0x3F)));
			sbuf_addc(&b, (char)(0x80 | (c & 0x3F)));
		}
	}
	if (i < len)	/* an odd byte at the end */
		goto bad;
	*outlen = b.len;
	return sbuf_detach(&b);
bad:
	diag_add(diags, ERR_FILE_UTF16, name, line, 0);
	sbuf_free(&b);
	return NULL;
}

static xmlDocPtr read_utf8(const char *, const char *, size_t, bool,
    const struct xml_read_options *, struct diag_list *);

xmlDocPtr
xml_read_memory(const char *name, const char *buf, size_t len,
    const struct xml_read_options *o, struct diag_list *diags)
{
	const unsigned char *u = (const unsigned char *)buf;
	xmlDocPtr doc;
	size_t ulen;
	char *utf8;

	if (len > o->max_size) {
		too_large(name, len, o->max_size, diags);
		return NULL;
	}
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF))) {
		if ((utf8 = utf16_to_utf8(name, u, len, u[0] == 0xFE, &ulen,
		    diags)) == NULL)
			return NULL;
		doc = read_utf8(name, utf8, ulen, true, o, diags);
		free(utf8);
		return doc;
	}
	return read_utf8(name, buf, len, false, o, diags);
}

/* Skip from p past the first occurrence of end; NULL when absent. */
static const char *
skip_past(const char *p, const char *lim, const char *end, int *line)
{
	size_t n = strlen(end);

	for (; p + n <= lim; p++) {
		if (memcmp(p, end, n) == 0)
			return p + n;
		*line += *p == '\n';
	}
	return NULL;
}

/* libxml2 2.9 checks an element's attributes against each other, in
 * quadratic time: 100,000 attributes in one element (under 1 MB) took
 * 82 s.  So the attributes are counted before libxml2 sees them: per
 * element, in all, and the length of each value.  A lexical pass over
 * tags, comments, processing instructions and CDATA sections; what it
 * does not understand it leaves to the parser. */
static bool
attributes_within_limits(const char *name, const char *buf, size_t len,
    struct diag_list *diags)
{
	const char *p = buf, *lim = buf + len, *q;
	unsigned long per_element, total = 0;
	char limit[32], what[64];
	int line = 1;

	while (p < lim) {
		if (*p != '<') {
			line += *p++ == '\n';
			continue;
		}
		if (lim - p >= 4 && memcmp(p, "<!--", 4) == 0)
			q = skip_past(p + 4, lim, "-->", &line);
		else if (lim - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0)
			q = skip_past(p + 9, lim, "]]>", &line);
		else if (lim - p >= 2 && (p[1] == '?' || p[1] == '!'))
			q = skip_past(p + 2, lim, ">", &line);
		else {
			/* A tag: each quoted value is an attribute. */
			per_element = 0;
			for (q = p + 1; q < lim && *q != '>' && *q != '<'; q++) {
				const char *v;

				line += *q == '\n';
				if (*q != '"' && *q != '\'')
					continue;
				for (v = q + 1; v < lim && *v != *q; v++)
					line += *v == '\n';
				if (++per_element > XML_MAX_ATTRS_PER_ELEMENT) {
					snprintf(limit, sizeof(limit), "%u",
					    XML_MAX_ATTRS_PER_ELEMENT);
					snprintf(what, sizeof(what), "%s",
					    /* TRANSLATORS: which limit of the
					       XML reader was passed, in
					       "beyond the reader's limits: %s
					       (at most %s)": the number of
					       attributes of one element, then
					       of the whole file, then the
					       length of one attribute's
					       value. */
					    _("attributes in one element"));
					goto refuse;
				}
				if (++total > XML_MAX_ATTRS) {
					snprintf(limit, sizeof(limit), "%lu",
					    (unsigned long)XML_MAX_ATTRS);
					snprintf(what, sizeof(what), "%s",
					    _("attributes in the file"));
					goto refuse;
				}
				if ((size_t)(v - q - 1) > XML_MAX_ATTR_LENGTH) {
					snprintf(limit, sizeof(limit), "%u",
					    XML_MAX_ATTR_LENGTH);
					snprintf(what, sizeof(what), "%s",
					    _("bytes in an attribute's value"));
					goto refuse;
				}
				q = v < lim ? v : lim - 1;
			}
		}
		if (q == NULL)
			return true;	/* unterminated: the parser says so */
		p = q;
	}
	return true;
refuse:
	diag_add(diags, ERR_XML_LIMIT, name, line, 0, what, limit);
	return false;
}

static xmlDocPtr
read_utf8(const char *name, const char *buf, size_t len, bool converted,
    const struct xml_read_options *o, struct diag_list *diags)
{
	const char *nul, *p;
	const xmlNode *top;
	xmlDocPtr doc;
	int line = 1;

	if ((nul = memchr(buf, '\0', len)) != NULL) {
		for (p = buf; p < nul; p++)
			line += *p == '\n';
		diag_add(diags, ERR_FILE_NUL, name, line, 0);
		return NULL;
	}
	if (!attributes_within_limits(name, buf, len, diags))
		return NULL;
	if ((doc = parse(name, buf, len, o->parser_options,
	    o->private_element != NULL, converted, diags)) == NULL)
		return NULL;
	top = xmlDocGetRootElement(doc);
	if (top == NULL || !xml_is(top, o->root)) {
		diag_add(diags, ERR_XML_ROOT, name, top ? xml_line(top) : 0, 0,
		    top ? (const char *)top->name : "", o->root);
		xmlFreeDoc(doc);
		return NULL;
	}
	if (o->schema != NULL && !validate(name, doc, o, diags)) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

char *
xml_file_slurp(const char *path, size_t max, size_t *len,
    struct diag_list *diags)
{
	struct sbuf b = { 0 };
	char chunk[65536];
	struct stat sb;
	size_t n;
	FILE *fp;
	int fd;

	/* O_NONBLOCK: a FIFO named like a case file must not stall the
	 * run; only a regular file is read. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY |
	    O_CLOEXEC)) < 0) {
		diag_add(diags, ERR_FILE_OPEN, path, 0, 0, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		diag_add(diags, ERR_FILE_NOT_REGULAR, path, 0, 0);
		close(fd);
		return NULL;
	}
	if (fcntl(fd, F_SETFL, 0) != 0 || (fp = fdopen(fd, "rb")) == NULL) {
		if (errno == ENOMEM)
			util_out_of_memory();
		diag_add(diags, ERR_FILE_OPEN, path, 0, 0, strerror(errno));
		close(fd);
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		sbuf_addn(&b, chunk, n);
		if (b.len > max)
			break;	/* enough to say it is too large */
	}
	if (ferror(fp)) {
		diag_add(diags, ERR_FILE_READ, path, 0, 0, strerror(errno));
		fclose(fp);
		sbuf_free(&b);
		return NULL;
	}
	fclose(fp);
	if (b.len > max) {
		too_large(path, b.len, max, diags);
		sbuf_free(&b);
		return NULL;
	}
	*len = b.len;
	return sbuf_detach(&b);
}

xmlDocPtr
xml_read_file(const char *path, const struct xml_read_options *o,
    struct diag_list *diags)
{
	xmlDocPtr doc;
	size_t len;
	char *buf;

	if ((buf = xml_file_slurp(path, o->max_size, &len, diags)) == NULL)
		return NULL;
	doc = xml_read_memory(path, buf, len, o, diags);
	free(buf);
	return doc;
}

xmlDocPtr
xml_read_validated(const char *path, const char *schema_path,
    const char *root, enum diag_code schema_code, size_t max_size,
    int parser_options, struct diag_list *diags)
{
	struct xml_read_options o = { root, NULL, schema_code, max_size,
	    parser_options, NULL };
	xmlDocPtr doc;

	if ((o.schema = xml_schema_load(schema_path, diags)) == NULL)
		return NULL;
	doc = xml_read_file(path, &o, diags);
	xml_schema_free(o.schema);
	return doc;
}

const char *
xml_attr(const xmlNode *node, const char *name)
{
	const xmlAttr *a;

	for (a = node->properties; a != NULL; a = a->next)
		if (a->ns == NULL && strcmp((const char *)a->name, name) == 0)
			return a->children && a->children->content ?
			    (const char *)a->children->content : "";
	return NULL;
}

char *
xml_text(const xmlNode *node)
{
	xmlChar *s = xmlNodeGetContent(node);
	char *r = xstrdup(s != NULL ? (const char *)s : "");

	xmlFree(s);
	return r;
}

int
xml_line(const xmlNode *node)
{
	return (int)xmlGetLineNo(node);
}

bool
xml_is(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)node->name, name) == 0;
}
