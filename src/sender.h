/* sender.h: who sends the Office's letters, read from data/office.xml.
 *
 * The Office edits that file: its service, postal address and contact in
 * each official language.  The file shipped is a fictitious default
 * (fictitious="yes" on its root), and a letter written with it says so in
 * a warning.
 *
 * Ownership: sender_load() returns a struct that the caller releases with
 * sender_free(); every string inside belongs to it.
 */
#ifndef THB_SENDER_H
#define THB_SENDER_H

#include <stdbool.h>

#include "diag.h"

#define SENDER_LANGS 3	/* fr, nl, de */

struct sender {
	bool	 fictitious;
	char	*service[SENDER_LANGS];	/* "Office des Etrangers - ..." */
	char	*address[SENDER_LANGS];	/* one line, as written there */
	char	*phone;			/* may be NULL */
	char	*email;			/* may be NULL */
};

struct sender	*sender_load(const char *path, const char *schema_path,
		    struct diag_list *);
void		 sender_free(struct sender *);

/* The service's name and address in an official language ("fr", "nl",
 * "de"); NULL when the file gives none in it. */
const char	*sender_service(const struct sender *, const char *lang);
const char	*sender_address(const struct sender *, const char *lang);

#endif
