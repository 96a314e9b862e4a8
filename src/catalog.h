/* catalog.h: read a compiled gettext catalogue (.mo) of any language.
 *
 * Why not dgettext()?  The leaflet is written in the language of the person
 * met, not in the officer's: thbdoc must read the French, Pashto and Thai
 * catalogues in one run, whatever LANG says.  glibc's dgettext() follows
 * LC_MESSAGES/LANGUAGE, ignores LANGUAGE entirely in the C locale, and only
 * switches language through setlocale() to a locale that is installed; a
 * police laptop (and our CI: `locale -a` gives C, C.utf8, POSIX) has none
 * of the 32 locales.  So thbdoc reads the .mo files itself: the GNU format
 * is small, stable and documented (gettext manual, "The Format of GNU MO
 * Files"), and msgfmt writes it.  The program's own messages still go
 * through gettext() and follow the user's locale, as they should.
 *
 * Two domains, each a .mo file per language (HACKING, "Translations"):
 *   thbdoc       (po/)       the program's messages and the official
 *                            documents, in French, Dutch and German: what
 *                            the officer reads;
 *   thbdoc-docs  (po-docs/)  the leaflet, the notice, the language card
 *                            and the centres' cities, in every language:
 *                            what the person reads.
 *
 * Ownership: catalog_open() returns a catalogue that the caller releases
 * with catalog_free().  Strings returned by catalog_lookup() point into it
 * and stay valid until catalog_free().  catalog_header_field() and
 * catalog_path() return newly allocated strings that the caller frees.
 */
#ifndef THB_CATALOG_H
#define THB_CATALOG_H

#include <stdbool.h>
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

enum catalog_domain {
	CATALOG_PROGRAM,	/* "thbdoc": messages, official documents */
	CATALOG_DOCUMENTS	/* "thbdoc-docs": what the person reads */
};

#define CATALOG_MAX_FILE_SIZE (16UL * 1024 * 1024)

struct catalog;

/* Read a .mo file.  NULL (and a diagnostic) when it cannot be read or is
 * not a well-formed UTF-8 catalogue. */
struct catalog	*catalog_open(const char *path, struct diag_list *);
/* The same, from memory; name is used in diagnostics.  The buffer is
 * copied. */
struct catalog	*catalog_open_memory(const char *name, const void *buf,
		    size_t len, struct diag_list *);
void		 catalog_free(struct catalog *);

/* The translation of msgid in context msgctxt (NULL: none), or NULL when
 * the catalogue has none (gettext's rule: an empty msgstr is "not
 * translated", and msgfmt leaves fuzzy entries out). */
const char	*catalog_lookup(const struct catalog *, const char *msgctxt,
		    const char *msgid);
/* Number of translated messages, the header excluded. */
/* ngettext() in this catalogue: the form of msgid/plural for n, or NULL
 * when it is not translated (the caller then takes msgid for n == 1,
 * else plural). */
const char	*catalog_lookup_plural(const struct catalog *,
		    const char *msgid, const char *plural, unsigned long n);
size_t		 catalog_count(const struct catalog *);
/* A field of the PO header, e.g. "Language" or "X-Review-Status";
 * NULL when absent.  Caller frees. */
char		*catalog_header_field(const struct catalog *, const char *field);

/* The domain's name ("thbdoc-docs") and its file name ("thbdoc-docs.mo");
 * static strings. */
const char	*catalog_domain_name(enum catalog_domain);
const char	*catalog_file_name(enum catalog_domain);
/* A domain named on the command line: "docs" or "thbdoc-docs",
 * "program" or "thbdoc".  False when s names neither. */
bool		 catalog_domain_parse(const char *s, enum catalog_domain *);

/* Where the catalogue of language lang in a domain is: in each folder of
 * $THBDOC_LOCALEDIR (the build tree, for tests), then under $(localedir),
 * LL/LC_MESSAGES/DOMAIN.mo.  NULL when none exists.  Caller frees. */
char		*catalog_path(const char *lang, enum catalog_domain);

/* A catalogue is data, not code (issue 14): catalog_open() refuses one
 * whose translations have other printf conversions than their sources or
 * whose plural formula is malformed, divides by zero or names a form past
 * nplurals.  The same checks for the program's own messages, which
 * glibc's gettext reads: */
/* Whether translation consumes the arguments of source, no other (it may
 * leave out trailing ones); a source that is no format allows no %s. */
bool		 catalog_formats_match(const char *source,
		    const char *translation);
/* NULL when the header's Plural-Forms is safe to evaluate (or absent),
 * else why not (N_(), untranslated). */
const char	*catalog_plural_check(const char *header);
/* gettext() and ngettext(), falling back to the source when the
 * translation's conversions do not match it: _() and P_() (i18n.h). */
char		*catalog_gettext(const char *msgid)
		    __attribute__((format_arg(1)));
char		*catalog_ngettext(const char *msgid, const char *plural,
		    unsigned long n)
		    __attribute__((format_arg(1))) __attribute__((format_arg(2)));

#endif
