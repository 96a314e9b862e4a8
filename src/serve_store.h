/* serve_store.h: the case folder as the store of thbdoc serve.
 *
 * The store is the folder of XML case files that the command line reads:
 * no database, no other copy.  Each file is read by the case reader (the
 * schema and the checks of case_parse.c) and indexed by its case id; a
 * file that fails the reader is left out of the index (and counted).
 * Every change is a new whole file, checked by the same reader before it
 * is written, written atomically (file_atomic.h) with mode 0600.
 *
 * Versions: a case's version is the start of the SHA-256 of its file's
 * bytes.  A change names the version it was made on; when the file has
 * changed since, the change is refused (STORE_CONFLICT) and nothing is
 * written, so that two people editing one case never lose a change.
 *
 * Threads: every call but store_new/store_free is made between
 * store_lock() and store_unlock(); entries stay valid until the unlock.
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

#define STORE_VERSION_LEN 16

struct store_entry {
	char		*path;
	char		*id;
	char		 version[STORE_VERSION_LEN + 1];
	struct thb_case	*c;
	enum centre	 centre;	/* the centre that follows the case */
	dev_t		 dev;		/* to notice a changed file */
	ino_t		 ino;
	off_t		 size;
	long long	 mtime_ns;
	bool		 seen;
};

enum store_result {
	STORE_OK,
	STORE_NOT_FOUND,	/* no case with this id */
	STORE_CONFLICT,		/* the case changed since the version given */
	STORE_INVALID,		/* the change fails the case reader */
	STORE_EXISTS,		/* a new case whose id or file exists */
	STORE_SYSTEM		/* the file cannot be read or written */
};

/* An attribute of an event, as posted. */
struct store_attr {
	const char	*name;
	const char	*value;
};

struct store;

struct store	*store_new(const char *dir, struct case_reader *);
void		 store_free(struct store *);
void		 store_lock(struct store *);
void		 store_unlock(struct store *);

/* Read the files that changed since the last call. */
void		 store_refresh(struct store *);
size_t		 store_count(const struct store *);
size_t		 store_invalid_count(const struct store *);
/* Entries in id order. */
const struct store_entry *store_at(const struct store *, size_t i);
const struct store_entry *store_find(const struct store *, const char *id);

/* Append an event to a case.  type is the element name (event_type_name),
 * date YYYY-MM-DD; attrs are the event's attributes, empty values left
 * out.  The reader's messages go to diags on STORE_INVALID. */
enum store_result store_add_event(struct store *, const char *id,
		    const char *version, const char *type, const char *date,
		    const struct store_attr *attrs, size_t nattrs,
		    struct diag_list *);

/* A new case file DIR/ID.xml from a document built by the caller
 * (serialised here); checked by the case reader before it is written. */
struct new_case {
	const char	*id;
	const char	*district;	/* or NULL */
	const char	*language;	/* official language, or NULL */
	const char	*person_name;	/* or NULL */
	const char	*person_language;	/* or NULL */
	struct {
		const char		*type;
		const char		*date;
		struct store_attr	 attrs[8];
		size_t			 nattrs;
	} events[4];
	size_t		 nevents;
};
enum store_result store_create(struct store *, const struct new_case *,
		    struct diag_list *);

/* A fresh case id: PREFIX-YYYY-NNNN, the first number not in use. */
char		*store_next_id(const struct store *, const char *prefix,
		    int year);

/* Is s a case id the schema allows? */
bool		 store_valid_id(const char *s);

#endif
