/* xml_read.h: the one door through which XML comes in (stage 1).
 *
 * Case files, templates and thbdoc's data files are all read the same way:
 * a size limit, no NUL byte, no DOCTYPE (so no DTD is loaded and no entity
 * is ever expanded: an entity bomb stops at its declaration), no network;
 * then the expected root element and the schema.  Only the first problem
 * is reported, as FILE:LINE: error: ... through the diag list.
 *
 * Ownership: xml_read_*() return a libxml2 document that the caller
 * releases with xmlFreeDoc(); xml_schema_load() a schema released with
 * xml_schema_free(); xml_file_slurp() a buffer the caller free()s.
 */
#ifndef THB_XML_READ_H
#define THB_XML_READ_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "diag.h"

/* Bounds in time as well as size, for every file: libxml2 2.9 spends
 * quadratic time on the attributes of one element, so they are counted
 * before it sees them.  Nesting stops at libxml2's 256 levels. */
#define XML_MAX_ATTRS_PER_ELEMENT	64
#define XML_MAX_ATTRS			1000000UL
#define XML_MAX_ATTR_LENGTH		4096

/* thbdoc's own files (templates, data) are small. */
#define XML_OWN_MAX_FILE_SIZE (4UL * 1024 * 1024)

/* A compiled schema, reused across files (case files come by thousands). */
struct xml_schema;

/* Before any other use of libxml2: its allocations that fail end the
 * run with "out of memory" (exit 3), as thbdoc's own. */
void		 xml_read_init(void);

struct xml_schema *xml_schema_load(const char *path, struct diag_list *);
void		 xml_schema_free(struct xml_schema *);

struct xml_read_options {
	const char	*root;		/* the root element required */
	struct xml_schema *schema;	/* validate against it */
	enum diag_code	 schema_code;	/* the code of schema errors */
	size_t		 max_size;	/* bytes */
	int		 parser_options;	/* added to the safe ones */
	const char	*private_element;	/* values inside it never
					   appear in a message, or NULL */
};

xmlDocPtr	 xml_read_memory(const char *name, const char *buf, size_t len,
		    const struct xml_read_options *, struct diag_list *);
xmlDocPtr	 xml_read_file(const char *path,
		    const struct xml_read_options *, struct diag_list *);

/* One file read against a schema named by its path (loaded, used once). */
xmlDocPtr	 xml_read_validated(const char *path, const char *schema_path,
		    const char *root, enum diag_code schema_code,
		    size_t max_size, int parser_options, struct diag_list *);

/* The whole file, NUL-terminated.  More than max bytes is an error
 * (ERR_FILE_TOO_LARGE); NULL and a diagnostic when it cannot be read. */
char		*xml_file_slurp(const char *path, size_t max, size_t *len,
		    struct diag_list *);

/* The attribute's value as it stands in the tree (no namespace), or NULL;
 * points into the document. */
const char	*xml_attr(const xmlNode *, const char *name);
/* The element's text content, newly allocated ("" when empty). */
char		*xml_text(const xmlNode *);
int		 xml_line(const xmlNode *);
bool		 xml_is(const xmlNode *, const char *name);

#endif
