/* po_read.h: read a gettext PO file (the translators' file, po/LL.po).
 *
 * A PO file comes from outside: a translator's tool, an e-mail, a
 * Weblate export.  The reader takes it as hostile input: sizes are
 * bounded (file, string, number of entries), escapes and UTF-8 are
 * checked, and any syntax error gives a diagnostic with the file and line
 * and no result, never a crash.  Obsolete entries ("#~") are skipped.
 *
 * What it keeps of each entry is what thbdoc's checks need: context,
 * source, translations, the fuzzy and format flags, where the source
 * string comes from (a C file or a template), and the lines where
 * the entry, its msgstr and its flags start (for "po/LL.po:LINE"
 * messages).
 *
 * Ownership: po_read() returns a file that the caller releases with
 * po_free(); entries and their strings belong to it.  po_header_field()
 * and po_to_mo() return memory the caller frees.
 */
#ifndef THB_PO_READ_H
#define THB_PO_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

#define PO_MAX_FILE_SIZE	(8UL * 1024 * 1024)
#define PO_MAX_STRING		(64UL * 1024)	/* one msgid or msgstr */
#define PO_MAX_ENTRIES		20000
#define PO_MAX_PLURALS		8		/* msgstr[0] .. msgstr[7] */

struct po_entry {
	char		*msgctxt;	/* NULL when none */
	char		*msgid;		/* "" for the header */
	char		*msgid_plural;	/* NULL when none */
	char		*msgstr[PO_MAX_PLURALS];
	size_t		 nmsgstr;	/* 1, or the number of msgstr[N] */
	bool		 fuzzy;
	bool		 c_format;
	bool		 no_c_format;
	/* From the "#:" references: a program message (src/...), a
	 * template's or data file's text, or no reference at all. */
	enum po_origin { PO_ORIGIN_NONE, PO_ORIGIN_SOURCE,
			 PO_ORIGIN_TEMPLATE } origin;
	int		 first_line;	/* first line of the entry (comments) */
	int		 last_line;
	int		 msgid_line;
	int		 msgstr_line;
	int		 flags_line;	/* the "#," line, 0 when none */
};

struct po_file {
	char		*name;		/* as given, for messages */
	struct po_entry	*items;		/* in file order, header included */
	size_t		 count;
};

/* NULL (and an error naming the file and line) when the file cannot be
 * read or is not a well-formed UTF-8 PO file. */
struct po_file	*po_read(const char *path, struct diag_list *);
struct po_file	*po_read_memory(const char *name, const char *buf,
		    size_t len, struct diag_list *);
void		 po_free(struct po_file *);

/* The header entry (msgid ""), or NULL. */
const struct po_entry *po_header(const struct po_file *);
/* A field of the header, e.g. "Language" or "X-Review-Status", its value
 * trimmed; NULL when absent.  Caller frees. */
char		*po_header_field(const struct po_file *, const char *field);
/* The entry for (msgctxt, msgid); msgctxt NULL matches no context. */
const struct po_entry *po_find(const struct po_file *, const char *msgctxt,
		    const char *msgid);

/* Is the entry the header? */
bool		 po_entry_is_header(const struct po_entry *);
/* Translated: not fuzzy and every msgstr non-empty (what msgfmt puts in
 * a catalogue). */
bool		 po_entry_translated(const struct po_entry *);

/* The catalogue msgfmt would write, in memory (GNU .mo format): the
 * header and every translated entry.  Caller frees; *len gets the size. */
unsigned char	*po_to_mo(const struct po_file *, size_t *len);

struct catalog;
/* That catalogue, opened (catalog.h), as a leaflet would read it once
 * compiled: the one way from a PO file of now to a catalogue.  name is
 * for diagnostics.  NULL (and a diagnostic) on failure; the caller
 * releases it with catalog_free(). */
struct catalog	*po_to_catalog(const struct po_file *, const char *name,
		    struct diag_list *);

#endif
