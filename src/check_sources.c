/* check_sources.c: load what the translation checks read (check_sources.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_sources.h"
#include "paths.h"
#include "po_read.h"
#include "util.h"

static struct tmpl *
load_template(const char *relpath, struct diag_list *diags)
{
	struct paths_data f;
	struct tmpl *t = NULL;

	if (paths_require(relpath, "templates/template.xsd", &f, diags))
		t = tmpl_load(f.data, f.schema, diags);
	paths_release(&f);
	return t;
}

/* The French text: po_dir/fr.po when there (what the translators have
 * now), else the installed catalogue.  NULL when neither. */
static struct catalog *
load_french(const char *po_dir, struct diag_list *diags)
{
	struct diag_list quiet = { 0 };
	struct catalog *c = NULL;
	struct po_file *po;
	unsigned char *mo;
	char *path = NULL;
	size_t len;

	if (po_dir != NULL) {
		path = xasprintf("%s/fr.po", po_dir);
		if (access(path, R_OK) == 0 &&
		    (po = po_read(path, &quiet)) != NULL) {
			mo = po_to_mo(po, &len);
			c = catalog_open_memory(path, mo, len, &quiet);
			free(mo);
			po_free(po);
		}
		free(path);
	}
	if (c == NULL && (path = catalog_path("fr")) != NULL) {
		c = catalog_open(path, diags);
		free(path);
	}
	diag_list_free(&quiet);
	return c;
}

bool
check_sources_load(struct check_sources *s, const char *po_dir, bool fonts,
    struct diag_list *diags)
{
	struct paths_data f;

	memset(s, 0, sizeof(*s));
	if (paths_require("languages.xml", "schema/languages.xsd", &f, diags))
		s->langs = languages_load(f.data, f.schema, diags);
	paths_release(&f);
	if (paths_require("centres.xml", "schema/centres.xsd", &f, diags))
		s->centres = centres_load(f.data, f.schema, diags);
	paths_release(&f);
	s->leaflet = load_template("templates/leaflet.xml", diags);
	s->card = load_template("templates/language-card.xml", diags);
	if (s->langs == NULL || s->centres == NULL || s->leaflet == NULL ||
	    s->card == NULL)
		return false;
	if (fonts && (s->fonts = font_set_load(diags)) == NULL)
		return false;
	s->fr_catalog = load_french(po_dir, diags);
	s->fr.code = "fr";
	s->fr.dir = DOC_DIR_LTR;
	s->fr.catalog = s->fr_catalog;
	s->env.leaflet = s->leaflet;
	s->env.card = s->card;
	s->env.centres = s->centres;
	s->env.langs = s->langs;
	s->env.fonts = s->fonts;
	s->env.authority = s->fr_catalog != NULL ? &s->fr : NULL;
	s->env.run_msgfmt = true;
	return true;
}

void
check_sources_free(struct check_sources *s)
{
	languages_free(s->langs);
	tmpl_free(s->leaflet);
	tmpl_free(s->card);
	centres_free(s->centres);
	font_set_free(s->fonts);
	catalog_free(s->fr_catalog);
	memset(s, 0, sizeof(*s));
}
