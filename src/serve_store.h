/* serve_store.h: the case folder as the store of thbdoc serve.
 *
 * The store is the folder of XML case files that the command line reads:
 * no database, no other copy.  Each file is read by the case reader (the
 * schema and the checks of case_parse.c) and indexed by its case id; a
 * file that fails the reader is left out of the index (and counted).
 * Every change is a new whole file, checked by the same reader before it
 * is written, written by the one output writer (util_out_write) with mode
 * 0600.
 *
 * Versions: a case's version is the start of the SHA-256 of its file's
 * bytes.  A change names the version it was made on; when the file has
 * changed since, the change is refused (SERVE_STORE_CONFLICT) and nothing is
 * written, so that two people editing one case never lose a change.
 *
 * Threads: every call but store_new/store_free is made between
 * serve_store_lock() and serve_store_unlock(); entries stay valid until the unlock.
 * Writes also take an flock() on DIR/.thbdoc.lock, so that two servers
 * (or a server and a script) on one folder do not interleave.
 *
 * Ownership: the store owns its entries and their cases.
 */
#ifndef THB_SERVE_STORE_H
#define THB_SERVE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "case.h"
#include "diag.h"

#define SERVE_STORE_VERSION_LEN 16

struct serve_store_entry {
	char		*path;
	char		*id;
	char		 version[SERVE_STORE_VERSION_LEN + 1];
	struct case_file	*c;
	enum case_centre	 centre;	/* the centre that follows the case */
	dev_t		 dev;		/* to notice a changed file */
	ino_t		 ino;
	off_t		 size;
	long long	 mtime_ns;
	bool		 seen;
};

enum serve_store_result {
	SERVE_STORE_OK,
	SERVE_STORE_NOT_FOUND,	/* no case with this id */
	SERVE_STORE_CONFLICT,		/* the case changed since the version given */
	SERVE_STORE_INVALID,		/* the change fails the case reader */
	SERVE_STORE_EXISTS,		/* a new case whose id or file exists */
	SERVE_STORE_DUPLICATE,	/* the case holds this event already: the
				   same type, date and attributes */
	SERVE_STORE_SYSTEM		/* the file cannot be read or written */
};

/* An attribute of an event, as posted. */
struct serve_store_attr {
	const char	*name;
	const char	*value;
};

struct serve_store;

struct serve_store	*serve_store_new(const char *dir, struct case_reader *);
void		 serve_store_free(struct serve_store *);
void		 serve_store_lock(struct serve_store *);
void		 serve_store_unlock(struct serve_store *);

/* Read the files that changed since the last call. */
void		 serve_store_refresh(struct serve_store *);
size_t		 serve_store_count(const struct serve_store *);
size_t		 serve_store_invalid_count(const struct serve_store *);
/* Entries in id order. */
const struct serve_store_entry *serve_store_at(const struct serve_store *, size_t i);
const struct serve_store_entry *serve_store_find(const struct serve_store *, const char *id);

/* Append an event to a case.  type is the element name (event_type_name),
 * date YYYY-MM-DD; attrs are the event's attributes, empty values left
 * out.  The reader's messages go to diags on SERVE_STORE_INVALID; an event
 * the case holds already is refused (SERVE_STORE_DUPLICATE). */
enum serve_store_result serve_store_add_event(struct serve_store *, const char *id,
		    const char *version, const char *type, const char *date,
		    const struct serve_store_attr *attrs, size_t nattrs,
		    struct diag_list *);

/* A new case file DIR/ID.xml from a document built by the caller
 * (serialised here); checked by the case reader before it is written. */
struct serve_store_new_case {
	const char	*id;
	const char	*district;	/* or NULL */
	const char	*language;	/* official language, or NULL */
	const char	*person_name;	/* or NULL */
	const char	*person_language;	/* or NULL */
	struct {
		const char		*type;
		const char		*date;
		struct serve_store_attr	 attrs[8];
		size_t			 nattrs;
	} events[4];
	size_t		 nevents;
};
enum serve_store_result serve_store_create(struct serve_store *, const struct serve_store_new_case *,
		    struct diag_list *);

/* A fresh case id: PREFIX-YYYY-NNNN, the first number not in use. */
char		*serve_store_next_id(const struct serve_store *, const char *prefix,
		    int year);

/* Is s a case id the schema allows? */
bool		 serve_store_valid_id(const char *s);

#endif
