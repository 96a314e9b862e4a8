/* check_sources.h: everything the translation checks and the publication
 * rules read, loaded once per run from the data folders (paths.h):
 * languages, the leaflet and language-card templates, the centres, the
 * fonts, and the authoritative French catalogue.
 *
 * Ownership: check_sources_load() fills a struct that owns all it
 * points to; check_sources_free() releases it.
 */
#ifndef THB_CHECK_SOURCES_H
#define THB_CHECK_SOURCES_H

#include <stdbool.h>

#include "check_po.h"

struct check_sources {
	struct check_po_env env;		/* points into the members below */
	struct languages_table *langs;
	struct tmpl	*leaflet;
	struct tmpl	*card;
	struct centres_list *centres;
	struct font_set	*fonts;
	struct catalog	*fr_catalog;
	struct tmpl_lang fr;
};

/* po_dir: where po/LL.po files are (the French text is read from
 * po_dir/fr.po when it is there, else from the installed catalogue);
 * NULL: installed catalogues only.  fonts: load the fonts (glyph and
 * layout checks).  False (and diagnostics) when a data file is
 * missing or invalid. */
bool	check_sources_load(struct check_sources *, const char *po_dir,
	    bool fonts, struct diag_list *);
void	check_sources_free(struct check_sources *);

#endif
