/* languages.h: the languages of the documents, read from
 * data/languages.xml: code, name in its own script, English name, script
 * (ISO 15924) and writing direction.
 *
 * Ownership: languages_load() returns a table that the caller releases
 * with languages_free(); every string inside belongs to it, and pointers
 * returned by languages_find() stay valid until then.
 */
#ifndef THB_LANGUAGES_H
#define THB_LANGUAGES_H

#include <stddef.h>

#include "diag.h"
#include "doc_tree.h"

struct languages_info {
	char		*code;		/* "ps" */
	char		*name;		/* "پښتو" */
	char		*english;	/* "Pashto" */
	char		*script;	/* "Arab" */
	enum doc_dir	 dir;		/* DOC_DIR_LTR or DOC_DIR_RTL */
};

struct languages_table {
	struct languages_info *items;	/* in the file's order */
	size_t		 count;
};

struct languages_table *languages_load(const char *path, const char *schema_path,
		    struct diag_list *);
void		 languages_free(struct languages_table *);
/* NULL when code is not in the table. */
const struct languages_info *languages_find(const struct languages_table *,
		    const char *code);

#endif
