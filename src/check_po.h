/* check_po.h: the checks a translation passes before a leaflet is
 * printed from it ("thbdoc check-translations", "thbdoc languages").
 *
 * One PO file of a domain (catalog.h) is read with po_read() and checked
 * string by string against the templates it translates; every problem is
 * a diagnostic "po-docs/LL.po:LINE: error|warning: ..." in the one
 * channel.  An error means the language cannot be published; a warning
 * does not hold it back.  In the documents' domain (po-docs/LL.po) every
 * check runs; in the program's domain (po/LL.po: messages and official
 * documents) the leaflet's own checks (its strings complete, fit) do not.
 * The checks, by name (check_po_name()):
 *
 *   read          the file is a well-formed UTF-8 PO file (po_read.h)
 *   msgfmt        msgfmt -c accepts it (run as a subprocess)
 *   complete      fuzzy or untranslated strings: errors for the leaflet's
 *                 strings, warnings for the others
 *   placeholders  %s, %1$s and <var name=.../> as in the source
 *   markup        <em>, <strong>, <phone>NUMBER</phone> as in the source,
 *                 no markup inside <phone> (tmpl_frag.h: the template
 *                 engine's own reader and rules),
 *                 and the translation well-formed
 *   same          a translation identical to the English source (not for
 *                 numbers, single words or names, nor in languages where
 *                 it is normal)
 *   glyphs        characters the language's font chain cannot draw
 *   fit           the leaflet, built from this file and laid out in the
 *                 real fonts, fits its boxes and its two pages
 *   bidi          bidi control characters in a translation
 *   spaces        leading or trailing space unlike the source
 *   header        Language, charset and X-Review-Status of the header
 *
 * Ownership: the environment's members belong to the caller and must
 * outlive the call; check_po_result_free() releases a result's strings.
 */
#ifndef THB_CHECK_PO_H
#define THB_CHECK_PO_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "centres.h"
#include "diag.h"
#include "font.h"
#include "languages.h"
#include "tmpl.h"

enum check_po_id {
	CHECK_READ,
	CHECK_MSGFMT,
	CHECK_COMPLETE,
	CHECK_PLACEHOLDERS,
	CHECK_MARKUP,
	CHECK_SAME,
	CHECK_GLYPHS,
	CHECK_FIT,
	CHECK_BIDI,
	CHECK_SPACES,
	CHECK_HEADER,
	CHECK__MAX
};

/* The msgctxt of the notes about a translation (the draft and the
 * incomplete notes of templates/leaflet.xml): a leaflet string that does
 * not hold publication back when it is missing. */
#define CHECK_PO_NOTICE_CONTEXT "translation notice"

struct thb_data;

/* The source of the leaflet's texts on a run (loaded once). */
struct check_po_env {
	struct thb_data	*data;			/* the owner of all below;
						   NULL: no fit check */
	const struct tmpl *leaflet;
	const struct tmpl *card;		/* or NULL */
	const struct centres_list *centres;
	const struct languages_table *langs;
	struct font_set	*fonts;			/* NULL: no glyphs, no fit */
	/* The authoritative French text, for the draft note of the fit
	 * check; NULL: the fit check builds the leaflet without the note. */
	const struct tmpl_lang *authority;
	bool		 run_msgfmt;
	enum catalog_domain domain;	/* which domain the files are of */
};

struct check_po_result {
	size_t		 translated, fuzzy, untranslated;	/* no header */
	size_t		 leaflet_missing;	/* leaflet strings fuzzy,
						   untranslated or absent */
	char		*review;		/* X-Review-Status, or NULL */
	bool		 draft;			/* review is not "reviewed" */
	unsigned	 failed;		/* 1 << enum check_po_id: errors */
	unsigned	 warned;		/* 1 << enum check_po_id: warnings */
};

/* Check the PO file at path, a translation into lang (a code of the
 * language table).  Returns true when the language can be published (no
 * error); every problem goes to diags. */
bool		 check_po_file(const struct check_po_env *, const char *path,
		    const char *lang, struct check_po_result *,
		    struct diag_list *);
void		 check_po_result_free(struct check_po_result *);

/* The review state of a translation from its header fields (each NULL
 * when absent): a draft unless X-Review-Status is "reviewed" and the
 * reviewer and the date are given. */
bool		 check_po_review_is_draft(const char *status,
		    const char *reviewed_by, const char *review_date);

/* "complete", "fit", ... */
const char	*check_po_name(enum check_po_id);
/* The names of the checks in mask, comma-separated ("" for none).
 * Caller frees. */
char		*check_po_names(unsigned mask);

/* Is (msgctxt, msgid) a string the leaflet cannot be published without:
 * a string of the leaflet template or a centre's city, the translation
 * notices excepted? */
bool		 check_po_is_leaflet_string(const struct check_po_env *,
		    const char *msgctxt, const char *msgid);

#endif
