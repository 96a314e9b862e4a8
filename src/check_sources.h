/* check_sources.h: everything the translation checks and the publication
 * rules read, taken from the one data owner (thb_data.h): languages, the
 * leaflet and language-card templates, the centres, the fonts, and the
 * authoritative French text.
 *
 * Ownership: check_sources_load() fills a struct that owns its own data
 * owner; check_sources_load_data() one that borrows the caller's, which
 * must outlive it.  check_sources_free() releases what it owns.
 */
#ifndef THB_CHECK_SOURCES_H
#define THB_CHECK_SOURCES_H

#include <stdbool.h>

#include "check_po.h"

struct thb_data;

struct check_sources {
	struct check_po_env env;		/* points into the members below */
	struct thb_data	*data;
	bool		 own_data;
	const struct languages_table *langs;
	const struct tmpl *leaflet;
	const struct tmpl *card;
	const struct centres_list *centres;
	struct font_set	*fonts;
	struct catalog	*fr_po;		/* French from po_dir/fr.po, owned */
	struct tmpl_lang fr;
};

/* po_dir: where the documents' domain's LL.po files are, po-docs/ in the
 * source (the French text is read from po_dir/fr.po when it is there,
 * else from the installed catalogue); NULL: installed catalogues only.
 * The environment is set for the documents' domain (env.domain).  fonts: load the fonts (glyph and
 * layout checks).  False (and diagnostics) when a data file is
 * missing or invalid. */
bool	check_sources_load(struct check_sources *, const char *po_dir,
	    bool fonts, struct diag_list *);
bool	check_sources_load_data(struct check_sources *, struct thb_data *,
	    const char *po_dir, bool fonts, struct diag_list *);
void	check_sources_free(struct check_sources *);

#endif
