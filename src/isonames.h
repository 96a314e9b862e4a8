/* isonames.h: names of countries (ISO 3166-1) and languages (ISO 639) in
 * the language of a document, from Debian's iso-codes package.
 *
 * Why: an official letter writes "Nationalité : Nigéria", not "NG", and a
 * report names the leaflet's language as "arabe", not "ar".  The tables and
 * their translations are kept by iso-codes (JSON tables in
 * /usr/share/iso-codes/json, gettext catalogues in /usr/share/locale on
 * Debian; configure asks pkg-config where): thbdoc reads them, it does
 * not type them again.  THBDOC_ISOCODES_DIR, a folder holding json/ and
 * locale/, overrides both places (for tests).
 *
 * A country code is ISO 3166-1 alpha-2 ("NG"), upper or lower case; a
 * language code is ISO 639-1 ("ar"), or 639-3 where there is none ("bin",
 * "pcm").  Names come in the table's language: English when lang is "en"
 * or when iso-codes has no translation of that name.
 *
 * Ownership: isonames_new() returns a table the caller releases with
 * isonames_free(); the names returned point into it.  The tables are read
 * lazily, at the first look-up of each kind, and kept.  Not thread-safe
 * until both kinds have been looked up once.
 */
#ifndef THB_ISONAMES_H
#define THB_ISONAMES_H

#include "diag.h"

struct isonames;

/* The names in language lang ("fr", "nl", "de", "en", ...).  Never NULL. */
struct isonames	*isonames_new(const char *lang);
void		 isonames_free(struct isonames *);

/* The country's name, or NULL (with an error in diags, when the tables
 * cannot be read; silently for an unknown code). */
const char	*isonames_country(struct isonames *, const char *alpha2,
		    struct diag_list *);
/* The language's name, or NULL (as above). */
const char	*isonames_language(struct isonames *, const char *code,
		    struct diag_list *);

#endif
