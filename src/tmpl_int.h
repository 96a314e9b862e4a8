/* tmpl_int.h: what tmpl_parse.c and tmpl_build.c share. */
#ifndef THB_TMPL_INT_H
#define THB_TMPL_INT_H

#include <libxml/tree.h>

#include "tmpl.h"

struct tmpl {
	char		*file;
	xmlDocPtr	 xml;		/* validated; read-only after load */
	const char	*id;
	const char	*source_lang;
	struct tmpl_msg	*msgs;		/* distinct, document order */
	size_t		 nmsgs;
	/* A translatable element's _private holds 1 + the index of its
	 * message in msgs (set by tmpl_load, read by tmpl_build). */
};

/* Is this element translatable (see templates/its/thbdoc.its)? */
bool		 tmpl_is_translatable(const xmlNode *);
/* The message of a translatable element; NULL for any other. */
const struct tmpl_msg *tmpl_node_msg(const struct tmpl *, const xmlNode *);
/* The msgid xgettext extracts from an element's content (gettext 0.21's
 * ITS rules, white space "normalize").  Caller frees. */
char		*tmpl_msgid(const xmlNode *);

#endif
