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
struct district_text {
	char		*lang;		/* "fr", "nl" or "de" */
	char		*text;
	char		**only_for;	/* aliases it is limited to, or none */
	size_t		 nonly_for;
};

struct court {
	char		*id;
	struct district_text *names;	/* "cour d'appel de Liège" */
	size_t		 nnames;
};

struct district {
	char		*id;
	char		*languages[2];	/* one, or "fr" "nl" for Brussels */
	size_t		 nlanguages;
	const struct court *court;
	struct district_text *names;
	size_t		 nnames;
	char		**aliases;
	size_t		 naliases;
	struct district_text *prosecutors;	/* procureur du Roi */
	size_t		 nprosecutors;
	struct district_text *labour_prosecutors;	/* auditeur du travail */
	size_t		 nlabour_prosecutors;
};

struct district_table {
	struct court	*courts;
	size_t		 ncourts;
	struct district	*items;		/* in the file's order */
	size_t		 count;
};

struct district_table *districts_load(const char *path,
		    const char *schema_path, struct diag_list *);
void		 districts_free(struct district_table *);

/* The district a case file names (any alias); NULL when none. */
const struct district *districts_find(const struct district_table *,
		    const char *name);

bool		 district_bilingual(const struct district *);

enum district_lang {
	DISTRICT_LANG_OK,	/* *out is the language */
	DISTRICT_LANG_NEEDED,	/* bilingual, and no language chosen */
	DISTRICT_LANG_WRONG	/* the chosen language is not the district's;
				   *out is the district's (first) language */
};

/* The language of documents addressed to the district: its own; in a
 * bilingual district (Brussels) the one chosen, which must be one of
 * its languages.  chosen may be NULL. */
enum district_lang district_language(const struct district *,
		    const char *chosen, const char **out);

/* Texts in a language, falling back to the district's first one. */
const char	*district_name(const struct district *, const char *lang);
const char	*district_court_name(const struct district *,
		    const char *lang);
/* The office of the procureur du Roi (labour false) or of the auditeur
 * du travail (labour true), for the alias the case used (Hainaut has
 * two procureurs du Roi). */
const char	*district_office(const struct district *, bool labour,
		    const char *lang, const char *alias);

#endif
