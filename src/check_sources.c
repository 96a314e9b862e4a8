/* check_sources.c: load what the translation checks read (check_sources.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "card_grid.h"
#include "check_sources.h"
#include "publish.h"
#include "thb_data.h"
#include "po_read.h"
#include "util.h"

/* The French text of po_dir/fr.po, when there (what the translators
 * have now); NULL otherwise. */
static struct catalog *
load_french_po(const char *po_dir)
{
	struct diag_list quiet = { 0 };
	struct catalog *c = NULL;
	struct po_file *po;
	char *path = NULL;

	if (po_dir != NULL) {
		path = xasprintf("%s/fr.po", po_dir);
		if (access(path, R_OK) == 0 &&
		    (po = po_read(path, &quiet)) != NULL) {
			c = po_to_catalog(po, path, &quiet);
			po_free(po);
		}
		free(path);
	}
	diag_list_free(&quiet);
	return c;
}

bool
check_sources_load(struct check_sources *s, const char *po_dir, bool fonts,
    struct diag_list *diags)
{
	struct thb_data *d = thb_data_new();
	bool ok = check_sources_load_data(s, d, po_dir, fonts, diags);

	s->own_data = true;
	return ok;
}

bool
check_sources_load_data(struct check_sources *s, struct thb_data *d,
    const char *po_dir, bool fonts, struct diag_list *diags)
{
	const struct catalog *fr = NULL;

	memset(s, 0, sizeof(*s));
	s->data = d;
	s->langs = thb_data_languages(d, diags);
	s->centres = thb_data_centres(d, diags);
	s->leaflet = thb_data_template(d, PUBLISH_LEAFLET_TEMPLATE, diags);
	s->card = thb_data_template(d, CARD_GRID_TEMPLATE, diags);
	if (s->langs == NULL || s->centres == NULL || s->leaflet == NULL ||
	    s->card == NULL)
		return false;
	if (fonts && (s->fonts = thb_data_fonts(d, diags)) == NULL)
		return false;
	if ((s->fr_po = load_french_po(po_dir)) == NULL)
		thb_data_catalog(d, "fr", CATALOG_DOCUMENTS, &fr, diags);
	s->fr.code = "fr";
	s->fr.dir = DOC_DIR_LTR;
	s->fr.catalog = s->fr_po != NULL ? s->fr_po : fr;
	s->env.data = d;
	s->env.leaflet = s->leaflet;
	s->env.card = s->card;
	s->env.centres = s->centres;
	s->env.langs = s->langs;
	s->env.fonts = s->fonts;
	s->env.authority = s->fr.catalog != NULL ? &s->fr : NULL;
	s->env.run_msgfmt = true;
	s->env.domain = CATALOG_DOCUMENTS;
	return true;
}

void
check_sources_free(struct check_sources *s)
{
	catalog_free(s->fr_po);
	if (s->own_data)
		thb_data_free(s->data);
	memset(s, 0, sizeof(*s));
}
