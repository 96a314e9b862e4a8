/* tmpl_xml.h: read one of thbdoc's own XML files (a template, centres.xml,
 * languages.xml) safely and validate it against its XSD.
 *
 * The same rules as the case reader: a size limit, no NUL byte, no
 * DOCTYPE (so no DTD is loaded and no entity is expanded), no network;
 * then the schema.  Only the first problem is reported, as
 * FILE:LINE: error: ... through the diag list, with the code the caller
 * gives for schema errors.
 *
 * Ownership: tmpl_xml_read() returns a libxml2 document that the caller
 * releases with xmlFreeDoc().
 */
#ifndef THB_TMPL_XML_H
#define THB_TMPL_XML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "diag.h"

#define TMPL_XML_MAX_FILE_SIZE (4UL * 1024 * 1024)

/* Read path, check its root element is root, validate it against
 * schema_path.  Schema errors are reported with schema_code.  NULL on any
 * error.  options: libxml2 parser options added to the safe ones (the
 * templates are read with XML_PARSE_NOBLANKS, as xgettext reads them). */
xmlDocPtr	 tmpl_xml_read(const char *path, const char *schema_path,
		    const char *root, enum diag_code schema_code,
		    int options, struct diag_list *);
/* The same from memory; name is the file name in diagnostics. */
xmlDocPtr	 tmpl_xml_read_memory(const char *name, const char *buf,
		    size_t len, const char *schema_path, const char *root,
		    enum diag_code schema_code, int options,
		    struct diag_list *);
/* The whole file, NUL-terminated, at most TMPL_XML_MAX_FILE_SIZE + 1
 * bytes (so that the size check still fires); NULL and a diagnostic
 * when it cannot be read.  Caller frees. */
char		*tmpl_xml_slurp(const char *path, size_t *len,
		    struct diag_list *);

/* The attribute's value as it stands in the tree (no namespace), or
 * NULL.  Points into the document. */
const char	*tmpl_xml_attr(const xmlNode *, const char *name);
/* The element's line number in its file. */
int		 tmpl_xml_line(const xmlNode *);
bool		 tmpl_xml_is(const xmlNode *, const char *name);

#endif
