/* publish.h: the leaflet's publication rules (thbdoc.1, TRANSLATIONS).
 *
 * Decided from the installed catalogue alone, so that they hold wherever
 * thbdoc runs: msgfmt leaves fuzzy and untranslated entries out of a .mo,
 * so a leaflet string that the catalogue lacks is "untranslated or
 * fuzzy", and such a language is not offered unless the caller allows an
 * incomplete one; msgfmt copies the PO header, so the catalogue's
 * X-Review-Status says whether the translation is a draft, and a draft's
 * leaflet carries the note that the French text is authoritative.
 *
 * Pure decisions over loaded data (thb_data.h): no I/O except reading
 * po/LL.po to name the line of a missing string in a message.
 */
#ifndef THB_PUBLISH_H
#define THB_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

struct catalog;
struct diag_list;
struct thb_data;
struct tmpl_msg;
struct tmpl_var;

/* The leaflet's template, as installed, and its page budget: two A4
 * pages, three with the official language side by side (each column is
 * half as wide; the template asks for narrow margins then). */
#define PUBLISH_LEAFLET_TEMPLATE "templates/leaflet.xml"
/* The language whose text counts when a translation is in doubt, as the
 * draft note of templates/leaflet.xml says ("the French text is
 * authoritative"): a draft in that language carries no such note. */
#define PUBLISH_AUTHORITATIVE_LANG "fr"
/* The pocket card's template: the same rule for a missing string as the
 * leaflet's (publish_pocket_card_allowed()). */
#define PUBLISH_POCKET_CARD_TEMPLATE "templates/pocket-card.xml"
/* The notice's template: the same rule again (publish_notice_allowed()). */
#define PUBLISH_NOTICE_TEMPLATE "templates/notice.xml"
#define PUBLISH_LEAFLET_PAGES		2
#define PUBLISH_LEAFLET_PAGES_WITH	3

/* Is m a note about the translation itself (the draft and incomplete
 * notes): a string whose absence holds nothing back? */
bool	publish_is_notice(const struct tmpl_msg *);

/* The leaflet strings (cities of the centres included, notices left out)
 * that cat lacks.  With diags, each one is reported (ERR_LEAFLET_MISSING),
 * located in po_dir/LANG.po when that file is there, else in the
 * template.  The leaflet template and the centres must be loaded. */
size_t	publish_missing(struct thb_data *, const struct catalog *,
	    const char *lang, const char *po_dir, struct diag_list *);

/* Is lang the leaflet template's source language (English)? */
bool	publish_is_source(struct thb_data *, const char *lang);
/* Has lang a text: an installed catalogue, or the source language? */
bool	publish_has_text(struct thb_data *, const char *lang);

/* The number of strings publish_missing() counts from. */
size_t	publish_total(struct thb_data *);

/* A draft: the catalogue's header does not say "reviewed", with the
 * reviewer and the date (check_po_review_is_draft). */
bool	publish_is_draft(const struct catalog *);

/* Does a text in lang from cat carry the draft note (the leaflet's and
 * the notice's)?  A draft catalogue, French excepted: the note says
 * that a translation is not checked yet, and on the French text, which
 * counts in case of doubt, it would be about itself (issue 11,
 * "Words").  No catalogue (the English source): no. */
bool	publish_draft_note(const struct catalog *, const char *lang);

struct publish_rules {
	bool		 allow_incomplete;
	bool		 skip_incomplete;	/* a warning, not an error */
	const char	*po_dir;		/* or NULL */
};

/* May the leaflet be written in lang from cat?  When it may, appends the
 * template variables of its notes ("incomplete", "draft": "yes") to
 * vars (room for two) and returns true; when not, reports why. */
bool	publish_allowed(struct thb_data *, const struct catalog *,
	    const char *lang, const struct publish_rules *,
	    struct tmpl_var *vars, size_t *nvars, struct diag_list *);

/* May the pocket card be written in lang from cat?  The leaflet's rule: a
 * language whose catalogue lacks one of the card's strings (the centres'
 * cities included) is refused, each string named, unless the caller
 * allows an incomplete one (the English stands in, with a warning for
 * each, and the card says nothing of it: it must stay discreet).  The
 * pocket card's template and the centres must be loaded. */
bool	publish_pocket_card_allowed(struct thb_data *, const struct catalog *,
	    const char *lang, const struct publish_rules *,
	    struct diag_list *);

/* May a column of the notice be written in lang from cat?  The leaflet's
 * rule again: refused, each missing string named, unless the caller
 * allows an incomplete one (the English stands in, with a warning each,
 * as on the pocket card).  The notice's template and the centres must be
 * loaded. */
bool	publish_notice_allowed(struct thb_data *, const struct catalog *,
	    const char *lang, const struct publish_rules *,
	    struct diag_list *);

#endif
