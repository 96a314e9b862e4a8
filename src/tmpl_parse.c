/* tmpl_parse.c: read a template, validate it, and compute its msgids.
 *
 * The msgids must be byte for byte what xgettext puts in po/thbdoc.pot,
 * or no translation is ever found.  tmpl_msgid() therefore follows
 * gettext 0.21's its.c (_its_collect_text_content, white space
 * "normalize"): for each child of the element,
 *  - text: '&', '<', '>' escaped ('"' is not); runs of space, tab and
 *    newline become one space; leading white space dropped if it is the
 *    first child, trailing white space if it is the last;
 *  - element: "<name attr=\"value\">" + its own content, collected the
 *    same way + "</name>", or "<name attr=\"value\"/>" when empty; the
 *    result normalized again.
 * A consequence that bites authors: "<em> victim</em>" extracts as
 * "<em>victim</em>", so the space before "victim" is lost.  The loader
 * refuses such templates (ERR_TMPL_EDGE_SPACE) instead of letting words
 * run together.  tests/tmpl/extract.sh compares our msgids with
 * xgettext's on every template.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "tmpl_int.h"
#include "xml_read.h"
#include "util.h"

/* Keep in step with the translateRule of templates/its/thbdoc.its. */
static const char *const translatable[] = {
	"subject", "title", "heading", "p", "item", "cell", "field", "alt",
	"step", NULL
};

static bool
name_in(const xmlNode *node, const char *const *names)
{
	size_t i;

	if (node->type != XML_ELEMENT_NODE)
		return false;
	for (i = 0; names[i] != NULL; i++)
		if (strcmp((const char *)node->name, names[i]) == 0)
			return true;
	return false;
}

bool
tmpl_is_translatable(const xmlNode *node)
{
	return name_in(node, translatable);
}

static bool
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static void
add_normalized(struct sbuf *out, const char *s)
{
	for (; *s != '\0'; s++) {
		if (is_ws(*s)) {
			sbuf_addc(out, ' ');
			while (is_ws(s[1]))
				s++;
		} else
			sbuf_addc(out, *s);
	}
}

/* A text node, as its.c collects it: escape, drop leading white space
 * if first, collapse runs, drop trailing white space if last -- except
 * that its.c leaves a last node made only of white space as it is. */
static void
add_text(struct sbuf *out, const char *s, bool first, bool last)
{
	struct sbuf esc = { 0 }, norm = { 0 };
	const char *p;
	size_t end;

	for (p = s; *p != '\0'; p++) {
		if (*p == '&')
			sbuf_add(&esc, "&amp;");
		else if (*p == '<')
			sbuf_add(&esc, "&lt;");
		else if (*p == '>')
			sbuf_add(&esc, "&gt;");
		else
			sbuf_addc(&esc, *p);
	}
	p = sbuf_str(&esc);
	if (first)
		while (is_ws(*p))
			p++;
	add_normalized(&norm, p);
	if (last) {
		for (end = norm.len; end > 0 && is_ws(norm.data[end - 1]); end--)
			;
		if (end > 0)
			norm.data[norm.len = end] = '\0';
	}
	sbuf_add(out, sbuf_str(&norm));
	sbuf_free(&esc);
	sbuf_free(&norm);
}

/* Attribute values as xmlTextWriter writes them. */
static void
add_attr_value(struct sbuf *out, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&': sbuf_add(out, "&amp;"); break;
		case '<': sbuf_add(out, "&lt;"); break;
		case '>': sbuf_add(out, "&gt;"); break;
		case '"': sbuf_add(out, "&quot;"); break;
		case '\n': sbuf_add(out, "&#10;"); break;
		case '\r': sbuf_add(out, "&#13;"); break;
		case '\t': sbuf_add(out, "&#9;"); break;
		default: sbuf_addc(out, *s);
		}
	}
}

static void collect(struct sbuf *, const xmlNode *);

static void
add_element(struct sbuf *out, const xmlNode *n)
{
	struct sbuf e = { 0 }, inner = { 0 };
	const xmlAttr *a;
	xmlChar *v;

	sbuf_printf(&e, "<%s", (const char *)n->name);
	for (a = n->properties; a != NULL; a = a->next) {
		v = xmlGetProp(n, a->name);
		sbuf_printf(&e, " %s=\"", (const char *)a->name);
		add_attr_value(&e, v ? (const char *)v : "");
		sbuf_addc(&e, '"');
		xmlFree(v);
	}
	collect(&inner, n);
	if (inner.len > 0)
		sbuf_printf(&e, ">%s</%s>", inner.data, (const char *)n->name);
	else
		sbuf_add(&e, "/>");
	/* The serialized element is normalized once more: harmless, since
	 * its text is normalized already, but it is what its.c does. */
	add_normalized(out, sbuf_str(&e));
	sbuf_free(&e);
	sbuf_free(&inner);
}

static void
collect(struct sbuf *out, const xmlNode *node)
{
	const xmlNode *n;
	xmlChar *s;

	for (n = node->children; n != NULL; n = n->next) {
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			s = xmlNodeGetContent(n);
			add_text(out, s ? (const char *)s : "", n->prev == NULL,
			    n->next == NULL);
			xmlFree(s);
			break;
		case XML_ELEMENT_NODE:
			add_element(out, n);
			break;
		default:	/* comments, processing instructions */
			break;
		}
	}
}

char *
tmpl_msgid(const xmlNode *node)
{
	struct sbuf out = { 0 };

	collect(&out, node);
	return sbuf_detach(&out);
}

/* Checks the schema cannot make. */
static bool
check_element(const struct tmpl *t, const xmlNode *n, struct diag_list *diags)
{
	const xmlNode *first, *last;
	xmlChar *s;
	bool bad = false;

	if (xml_is(n, "if") && xml_attr(n, "status") == NULL &&
	    xml_attr(n, "not-status") == NULL &&
	    xml_attr(n, "var") == NULL &&
	    xml_attr(n, "not-var") == NULL &&
	    xml_attr(n, "draft-language") == NULL) {
		diag_add(diags, ERR_TMPL_IF, t->file, xml_line(n), 0);
		return false;
	}
	if (xml_is(n, "use")) {	/* left by splice_parts(): in a part */
		diag_add(diags, ERR_TMPL_SCHEMA, t->file, xml_line(n), 0,
		    "<use> in a part: a part uses no other part");
		return false;
	}
	if (!xml_is(n, "em") && !xml_is(n, "strong"))
		return true;
	first = n->children;
	last = n->last;
	if (first != NULL && first->type == XML_TEXT_NODE) {
		s = xmlNodeGetContent(first);
		bad = s != NULL && is_ws((char)s[0]);
		xmlFree(s);
	}
	if (!bad && last != NULL && last->type == XML_TEXT_NODE) {
		s = xmlNodeGetContent(last);
		bad = s != NULL && *s != '\0' &&
		    is_ws((char)s[xmlStrlen(s) - 1]);
		xmlFree(s);
	}
	if (bad) {
		diag_add(diags, ERR_TMPL_EDGE_SPACE, t->file, xml_line(n),
		    0, (const char *)n->name, (const char *)n->name);
		return false;
	}
	return true;
}

/* Record the message of a translatable element (once per distinct
 * context and msgid, as msguniq would). */
static void
add_msg(struct tmpl *t, xmlNode *n)
{
	char *msgid = tmpl_msgid(n);
	/* Attribute values point into t->xml, which lives as long as t. */
	const char *ctxt = xml_attr(n, "context");
	size_t i;

	for (i = 0; i < t->nmsgs; i++)
		if (strcmp(t->msgs[i].msgid, msgid) == 0 &&
		    (ctxt == NULL ? t->msgs[i].msgctxt == NULL :
		    t->msgs[i].msgctxt != NULL &&
		    strcmp(t->msgs[i].msgctxt, ctxt) == 0))
			break;
	if (i == t->nmsgs) {
		t->msgs = xrealloc(t->msgs, (t->nmsgs + 1) * sizeof(*t->msgs));
		t->msgs[i].msgid = msgid;
		t->msgs[i].msgctxt = ctxt;
		t->msgs[i].note = xml_attr(n, "note");
		t->msgs[i].line = xml_line(n);
		t->nmsgs++;
	} else
		free(msgid);
	n->_private = (void *)(uintptr_t)(i + 1);
}

static bool
walk(struct tmpl *t, xmlNode *node, struct diag_list *diags)
{
	xmlNode *n;

	for (n = node->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!check_element(t, n, diags))
			return false;
		if (tmpl_is_translatable(n))
			add_msg(t, n);
		if (!walk(t, n, diags))
			return false;
	}
	return true;
}

/* The translatable elements of a tree, in document order. */
static void
list_translatable(const xmlNode *node, const xmlNode ***v, size_t *n)
{
	const xmlNode *c;

	for (c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (tmpl_is_translatable(c)) {
			*v = xrealloc(*v, (*n + 1) * sizeof(**v));
			(*v)[(*n)++] = c;
		} else
			list_translatable(c, v, n);
	}
}

/* xgettext reads with XML_PARSE_NOBLANKS, whose heuristic drops a text
 * node made only of white space when it follows an element and the
 * parent does not begin with text: "<em>a</em> <strong>b</strong>"
 * becomes "<em>a</em><strong>b</strong>".  We read the same way (so our
 * msgids are xgettext's), and compare with a reading that keeps every
 * blank: a difference is a space the author wrote and the reader would
 * never see. */
static bool
check_blanks(const char *file, xmlDocPtr xml, const char *buf, size_t len,
    struct diag_list *diags)
{
	const xmlNode **kept = NULL, **dropped = NULL;
	size_t nkept = 0, ndropped = 0, i;
	xmlDocPtr full;
	char *a, *b;
	bool ok = true;

	/* Already parsed once without error, DOCTYPE refused: safe. */
	full = xmlReadMemory(buf, (int)len, file, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (full == NULL)
		return true;
	list_translatable(xmlDocGetRootElement(full), &kept, &nkept);
	list_translatable(xmlDocGetRootElement(xml), &dropped, &ndropped);
	for (i = 0; ok && i < nkept && i < ndropped; i++) {
		a = tmpl_msgid(kept[i]);
		b = tmpl_msgid(dropped[i]);
		if (strcmp(a, b) != 0) {
			diag_add(diags, ERR_TMPL_BLANK_LOST, file,
			    xml_line(kept[i]), 0,
			    (const char *)kept[i]->name);
			ok = false;
		}
		free(a);
		free(b);
	}
	free(kept);
	free(dropped);
	xmlFreeDoc(full);
	return ok;
}

/* A template read with NOBLANKS, as xgettext reads it, validated, with
 * no blank the reader would lose; root: "document" or "parts". */
static xmlDocPtr
read_checked(const char *name, const char *buf, size_t len,
    const char *root, const char *schema_path, struct diag_list *diags)
{
	struct xml_read_options o = { root, NULL, ERR_TMPL_SCHEMA,
	    XML_OWN_MAX_FILE_SIZE, XML_PARSE_NOBLANKS, NULL };
	xmlDocPtr xml;

	if ((o.schema = xml_schema_load(schema_path, diags)) == NULL)
		return NULL;
	xml = xml_read_memory(name, buf, len, &o, diags);
	xml_schema_free(o.schema);
	if (xml != NULL && !check_blanks(name, xml, buf, len, diags)) {
		xmlFreeDoc(xml);
		return NULL;
	}
	return xml;
}

/* The file of parts a template names (<document parts="...">), read
 * from the template's folder (the schema allows a bare file name only);
 * NULL, with an error, when it cannot be read. */
static xmlDocPtr
read_parts(const char *dir, const char *file, const char *schema_path,
    struct diag_list *diags)
{
	xmlDocPtr xml = NULL;
	size_t len;
	char *path, *buf;

	path = xasprintf("%s/%s", dir, file);
	if ((buf = xml_file_slurp(path, XML_OWN_MAX_FILE_SIZE, &len,
	    diags)) != NULL)
		xml = read_checked(path, buf, len, "parts", schema_path, diags);
	free(buf);
	free(path);
	return xml;
}

static const xmlNode *
find_part(xmlDocPtr parts, const char *id)
{
	const xmlNode *n;

	for (n = xmlDocGetRootElement(parts)->children; n != NULL;
	    n = n->next)
		if (xml_is(n, "part") && strcmp(xml_attr(n, "id"), id) == 0)
			return n;
	return NULL;
}

/* A part's blocks take the line of their <use>, so that a message about
 * them names a line of the template that is being read. */
static void
set_line(xmlNode *n, unsigned short line)
{
	xmlNode *c;

	n->line = line;
	for (c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			set_line(c, line);
}

/* Every <use part="ID"/> under node replaced by a copy of the blocks of
 * <part id="ID"> (the letters share their head and their signature:
 * issue 13, item 1).  A part does not use another part. */
static bool
splice_parts(struct tmpl *t, xmlDocPtr parts, xmlNode *node,
    struct diag_list *diags)
{
	const xmlNode *part, *c;
	xmlNode *n, *next, *copy;
	char *why;

	for (n = node->children; n != NULL; n = next) {
		next = n->next;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!xml_is(n, "use")) {
			if (!splice_parts(t, parts, n, diags))
				return false;
			continue;
		}
		part = parts != NULL ? find_part(parts, xml_attr(n, "part")) :
		    NULL;
		if (part == NULL) {
			why = xasprintf("<use part=\"%s\"/>: no such part "
			    "in the file of parts the document names",
			    xml_attr(n, "part"));
			diag_add(diags, ERR_TMPL_SCHEMA, t->file, xml_line(n),
			    0, why);
			free(why);
			return false;
		}
		for (c = part->children; c != NULL; c = c->next) {
			if (c->type != XML_ELEMENT_NODE)
				continue;
			copy = xmlDocCopyNode((xmlNode *)c, t->xml, 1);
			set_line(copy, n->line);
			xmlAddPrevSibling(n, copy);
		}
		xmlUnlinkNode(n);
		xmlFreeNode(n);
	}
	return true;
}

/* dir: the template's folder, where its parts are read; NULL: a
 * template read from memory, which may use no part. */
static struct tmpl *
load(const char *name, const char *dir, const char *buf, size_t len,
    const char *schema_path, struct diag_list *diags)
{
	struct tmpl *t;
	xmlDocPtr xml, parts = NULL;
	xmlNode *root;
	const char *parts_file;
	bool ok;

	if ((xml = read_checked(name, buf, len, "document", schema_path,
	    diags)) == NULL)
		return NULL;
	t = xcalloc(1, sizeof(*t));
	t->file = xstrdup(name);
	t->xml = xml;
	root = xmlDocGetRootElement(xml);
	t->id = xml_attr(root, "id");
	t->source_lang = xml_attr(root, "lang-source");
	parts_file = xml_attr(root, "parts");
	if (parts_file != NULL && dir != NULL &&
	    (parts = read_parts(dir, parts_file, schema_path, diags)) == NULL) {
		tmpl_free(t);
		return NULL;
	}
	ok = splice_parts(t, parts, root, diags) && walk(t, root, diags);
	xmlFreeDoc(parts);
	if (!ok) {
		tmpl_free(t);
		return NULL;
	}
	return t;
}

struct tmpl *
tmpl_load_memory(const char *name, const char *buf, size_t len,
    const char *schema_path, struct diag_list *diags)
{
	return load(name, NULL, buf, len, schema_path, diags);
}

struct tmpl *
tmpl_load(const char *path, const char *schema_path, struct diag_list *diags)
{
	struct tmpl *t;
	size_t len;
	char *buf, *dir, *slash;

	if ((buf = xml_file_slurp(path, XML_OWN_MAX_FILE_SIZE, &len, diags)) == NULL)
		return NULL;
	dir = xstrdup(path);
	slash = strrchr(dir, '/');
	if (slash != NULL)
		*slash = '\0';
	else
		strcpy(dir, ".");
	t = load(path, dir, buf, len, schema_path, diags);
	free(dir);
	free(buf);
	return t;
}

void
tmpl_free(struct tmpl *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nmsgs; i++)
		free((char *)t->msgs[i].msgid);
	free(t->msgs);
	xmlFreeDoc(t->xml);
	free(t->file);
	free(t);
}

const char *
tmpl_id(const struct tmpl *t)
{
	return t->id;
}

const char *
tmpl_source_lang(const struct tmpl *t)
{
	return t->source_lang;
}

size_t
tmpl_msg_count(const struct tmpl *t)
{
	return t->nmsgs;
}

const struct tmpl_msg *
tmpl_msg_get(const struct tmpl *t, size_t i)
{
	return i < t->nmsgs ? &t->msgs[i] : NULL;
}

const struct tmpl_msg *
tmpl_node_msg(const struct tmpl *t, const xmlNode *n)
{
	uintptr_t i = (uintptr_t)n->_private;

	return i > 0 && i <= t->nmsgs ? &t->msgs[i - 1] : NULL;
}
