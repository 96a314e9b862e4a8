/* centres.h: the specialised reception centres (point 3 of the
 * directives), read from data/centres.xml.
 *
 * Contact data is never translated: the name and the phone number are
 * shown as they stand in the file.  Only the city has a translation
 * (looked up by the template engine with the city's English name).
 *
 * Ownership: centres_load() returns a list that the caller releases with
 * centres_free(); every string inside belongs to it.
 */
#ifndef THB_CENTRES_H
#define THB_CENTRES_H

#include <stddef.h>

#include "diag.h"

struct centres_info {
	char	*id;		/* "payoke", "pag-asa", "surya" */
	char	*region;	/* "flanders", "brussels", "wallonia" */
	char	*name;		/* "PAG-ASA" */
	char	*city;		/* English name, the msgid of the city */
	char	*phone;		/* national form: "02 511 64 64" */
	char	*tel_uri;	/* "tel:+3225116464" */
	char	*address;	/* postal, as the centre writes it; NULL
				   when the file gives none */
	char	*place[3];	/* fr, nl, de: the city before a letter's
				   date; NULL when the file gives none */
	char	*contact_person; /* lines the centre edits; NULL while */
	char	*email;		/* unknown (unknown="yes" or empty) */
};

struct centres_list {
	struct centres_info *items;	/* in the file's order */
	size_t		 count;
};

struct centres_list *centres_load(const char *path, const char *schema_path,
		    struct diag_list *);
void		 centres_free(struct centres_list *);

/* The city as a letter in lang ("fr", "nl", "de") names it, or NULL. */
const char	*centres_place(const struct centres_info *, const char *lang);
/* The centre of that id ("pag-asa"), or NULL. */
const struct centres_info *centres_find(const struct centres_list *,
		    const char *id);

/* Index of the centre of a region, or -1. */
int		 centres_find_region(const struct centres_list *,
		    const char *region);

#endif
