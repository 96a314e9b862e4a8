/* thb_data.c: the one owner of loaded data (thb_data.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "card_grid.h"
#include "catalog.h"
#include "centres.h"
#include "sender.h"
#include "districts.h"
#include "font.h"
#include "languages.h"
#include "official.h"
#include "paths.h"
#include "publish.h"
#include "thb_data.h"
#include "tmpl.h"
#include "util.h"

#define TEMPLATE_SCHEMA	"templates/template.xsd"

struct data_tmpl {
	char		*relpath;
	struct tmpl	*tmpl;
};

struct data_catalog {
	char		*lang;
	enum catalog_domain domain;
	struct catalog	*cat;		/* NULL: none installed */
};

struct thb_data {
	struct languages_table *langs;
	struct centres_list *centres;
	struct sender	*sender;
	struct districts_table *districts;
	struct font_set	*fonts;
	struct data_tmpl *tmpls;
	size_t		 ntmpls;
	struct data_catalog *cats;
	size_t		 ncats;
};

/* The templates thbdoc renders besides the official documents'. */
static const char *const render_templates[] = {
	PUBLISH_LEAFLET_TEMPLATE, CARD_GRID_TEMPLATE
};

struct thb_data *
thb_data_new(void)
{
	return xcalloc(1, sizeof(struct thb_data));
}

void
thb_data_free(struct thb_data *d)
{
	size_t i;

	if (d == NULL)
		return;
	languages_free(d->langs);
	centres_free(d->centres);
	sender_free(d->sender);
	districts_free(d->districts);
	font_set_free(d->fonts);
	for (i = 0; i < d->ntmpls; i++) {
		free(d->tmpls[i].relpath);
		tmpl_free(d->tmpls[i].tmpl);
	}
	free(d->tmpls);
	for (i = 0; i < d->ncats; i++) {
		free(d->cats[i].lang);
		catalog_free(d->cats[i].cat);
	}
	free(d->cats);
	free(d);
}

const struct languages_table *
thb_data_languages(struct thb_data *d, struct diag_list *diags)
{
	struct paths_data f;

	if (d->langs == NULL &&
	    paths_require("languages.xml", "schema/languages.xsd", &f, diags)) {
		d->langs = languages_load(f.data, f.schema, diags);
		paths_release(&f);
	}
	return d->langs;
}

const struct sender *
thb_data_sender(struct thb_data *d, struct diag_list *diags)
{
	struct paths_data f;

	if (d->sender == NULL &&
	    paths_require("office.xml", "schema/office.xsd", &f, diags)) {
		d->sender = sender_load(f.data, f.schema, diags);
		paths_release(&f);
	}
	return d->sender;
}

const struct centres_list *
thb_data_centres(struct thb_data *d, struct diag_list *diags)
{
	struct paths_data f;

	if (d->centres == NULL &&
	    paths_require("centres.xml", "schema/centres.xsd", &f, diags)) {
		d->centres = centres_load(f.data, f.schema, diags);
		paths_release(&f);
	}
	return d->centres;
}

const struct districts_table *
thb_data_districts(struct thb_data *d, struct diag_list *diags)
{
	struct paths_data f;

	if (d->districts == NULL &&
	    paths_require("districts.xml", "schema/districts.xsd", &f, diags)) {
		d->districts = districts_load(f.data, f.schema, diags);
		paths_release(&f);
	}
	return d->districts;
}

const struct tmpl *
thb_data_template(struct thb_data *d, const char *relpath,
    struct diag_list *diags)
{
	struct paths_data f;
	struct tmpl *t = NULL;
	size_t i;

	for (i = 0; i < d->ntmpls; i++)
		if (strcmp(d->tmpls[i].relpath, relpath) == 0)
			return d->tmpls[i].tmpl;
	if (paths_require(relpath, TEMPLATE_SCHEMA, &f, diags)) {
		t = tmpl_load(f.data, f.schema, diags);
		paths_release(&f);
	}
	if (t == NULL)
		return NULL;
	d->tmpls = xrealloc(d->tmpls, (d->ntmpls + 1) * sizeof(*d->tmpls));
	d->tmpls[d->ntmpls].relpath = xstrdup(relpath);
	d->tmpls[d->ntmpls++].tmpl = t;
	return t;
}

struct font_set *
thb_data_fonts(struct thb_data *d, struct diag_list *diags)
{
	if (d->fonts == NULL)
		d->fonts = font_set_load(diags);
	return d->fonts;
}

bool
thb_data_has_catalog(struct thb_data *d, const char *lang,
    enum catalog_domain domain)
{
	char *path;
	size_t i;

	for (i = 0; i < d->ncats; i++)
		if (d->cats[i].domain == domain &&
		    strcmp(d->cats[i].lang, lang) == 0)
			return d->cats[i].cat != NULL;
	path = catalog_path(lang, domain);
	free(path);
	return path != NULL;
}

bool
thb_data_catalog(struct thb_data *d, const char *lang,
    enum catalog_domain domain, const struct catalog **cat,
    struct diag_list *diags)
{
	struct catalog *c = NULL;
	char *path;
	size_t i;

	*cat = NULL;
	for (i = 0; i < d->ncats; i++)
		if (d->cats[i].domain == domain &&
		    strcmp(d->cats[i].lang, lang) == 0) {
			*cat = d->cats[i].cat;
			return true;
		}
	if ((path = catalog_path(lang, domain)) != NULL) {
		c = catalog_open(path, diags);
		free(path);
		if (c == NULL)
			return false;
	}
	d->cats = xrealloc(d->cats, (d->ncats + 1) * sizeof(*d->cats));
	d->cats[d->ncats].lang = xstrdup(lang);
	d->cats[d->ncats].domain = domain;
	d->cats[d->ncats++].cat = c;
	*cat = c;
	return true;
}

bool
thb_data_preload(struct thb_data *d, struct diag_list *diags)
{
	const struct languages_table *langs = thb_data_languages(d, diags);
	const struct catalog *cat;
	struct font_set *fs;
	bool ok = langs != NULL;
	size_t i;

	ok &= thb_data_centres(d, diags) != NULL;
	ok &= thb_data_sender(d, diags) != NULL;
	ok &= thb_data_districts(d, diags) != NULL;
	for (i = 0; i < sizeof(render_templates) / sizeof(*render_templates);
	    i++)
		ok &= thb_data_template(d, render_templates[i], diags) != NULL;
	for (i = 0; i < OFFICIAL__MAX; i++)
		ok &= thb_data_template(d, official_template(i), diags) !=
		    NULL;
	ok &= (fs = thb_data_fonts(d, diags)) != NULL &&
	    font_set_open_all(fs, diags);
	for (i = 0; langs != NULL && i < langs->count; i++) {
		ok &= thb_data_catalog(d, langs->items[i].code,
		    CATALOG_DOCUMENTS, &cat, diags);
		ok &= thb_data_catalog(d, langs->items[i].code,
		    CATALOG_PROGRAM, &cat, diags);
		if (fs != NULL)
			ok &= font_set_chain(fs, langs->items[i].code,
			    diags) != NULL;
	}
	return ok;
}
