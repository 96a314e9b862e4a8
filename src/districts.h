/* districts.h: the judicial districts of Belgium, read from
 * data/districts.xml: the names a case file may use for each (any
 * national language, lowercase ASCII), the language of the documents
 * addressed there, the court of appeal (and so the procureur général),
 * and the prosecutors' offices that the Office's letters go to (point
 * 8.2 of the directives).
 *
 * Ownership: districts_load() returns a table that the caller releases
 * with districts_free(); every string inside belongs to it, and pointers
 * returned by the lookups stay valid until then.
 */
#ifndef THB_DISTRICTS_H
#define THB_DISTRICTS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* A text in one of the national languages. */
struct districts_text {
	char		*lang;		/* "fr", "nl" or "de" */
	char		*text;
	char		**only_for;	/* aliases it is limited to, or none */
	size_t		 nonly_for;
};

struct districts_court {
	char		*id;
	struct districts_text *names;	/* "cour d'appel de Liège" */
	size_t		 nnames;
	struct districts_text *addresses;	/* the procureur général's, or
						   none (the Office's to fill) */
	size_t		 naddresses;
};

struct districts_entry {
	char		*id;
	char		*case_prefix;	/* "BXL": new case ids (thbdoc serve) */
	char		*region;	/* "flanders", "brussels", "wallonia" */
	char		*languages[2];	/* one, or "fr" "nl" for Brussels */
	size_t		 nlanguages;
	const struct districts_court *court;
	struct districts_text *names;
	size_t		 nnames;
	char		**aliases;
	size_t		 naliases;
	struct districts_text *prosecutors;	/* procureur du Roi */
	size_t		 nprosecutors;
	struct districts_text *labour_prosecutors;	/* auditeur du travail */
	size_t		 nlabour_prosecutors;
	/* Their postal addresses, or none (the Office's to fill). */
	struct districts_text *prosecutor_addresses;
	size_t		 nprosecutor_addresses;
	struct districts_text *labour_addresses;
	size_t		 nlabour_addresses;
};

struct districts_table {
	struct districts_court	*courts;
	size_t		 ncourts;
	struct districts_entry	*items;		/* in the file's order */
	size_t		 count;
};

struct districts_table *districts_load(const char *path,
		    const char *schema_path, struct diag_list *);
void		 districts_free(struct districts_table *);

/* The district a case file names (any alias); NULL when none. */
const struct districts_entry *districts_find(const struct districts_table *,
		    const char *name);

/* The districts one by one, in the file's order: i from 0 while the
 * answer is not NULL (the officer's menu of districts). */
const struct districts_entry *districts_at(const struct districts_table *,
		    size_t i);

bool		 districts_bilingual(const struct districts_entry *);

enum districts_lang {
	DISTRICT_LANG_OK,	/* *out is the language */
	DISTRICT_LANG_NEEDED,	/* bilingual, and no language chosen */
	DISTRICT_LANG_WRONG	/* the chosen language is not the district's;
				   *out is the district's (first) language */
};

/* The language of documents addressed to the district: its own; in a
 * bilingual district (Brussels) the one chosen, which must be one of
 * its languages.  chosen may be NULL. */
enum districts_lang districts_language(const struct districts_entry *,
		    const char *chosen, const char **out);

/* Texts in a language, falling back to the district's first one. */
const char	*districts_name(const struct districts_entry *, const char *lang);
const char	*districts_court_name(const struct districts_entry *,
		    const char *lang);
/* The office of the procureur du Roi (labour false) or of the auditeur
 * du travail (labour true), for the alias the case used (Hainaut has
 * two procureurs du Roi). */
const char	*districts_office(const struct districts_entry *, bool labour,
		    const char *lang, const char *alias);
/* Their postal addresses, and that of the procureur général at the
 * district's court of appeal, as the Office wrote them into the file; NULL
 * when it gives none (never guessed). */
const char	*districts_office_address(const struct districts_entry *,
		    bool labour, const char *lang, const char *alias);
const char	*districts_court_address(const struct districts_entry *,
		    const char *lang);

#endif
