/* thb_data.h: the one owner of the data thbdoc reads at run time: the
 * languages, centres and districts tables, the templates, the fonts and
 * the installed catalogues (the documents' texts in every language).
 *
 * Each item is loaded on first use (or all at once by thb_data_preload())
 * from the data folders (paths.h), kept for the life of the owner and
 * handed out read-only; thb_data_free() releases everything at once
 * (PDFio's "one owner frees all").  A command makes one owner per run; a
 * server makes one at start and renders from it again and again.
 *
 * Threads: a struct thb_data is not locked.  Loading mutates it, and so
 * does laying text out in its fonts (FreeType faces and the faces' glyph
 * maps are built on use).  So:
 *   - after thb_data_preload() has succeeded, the tables, templates and
 *     catalogues it returns are read-only and may be read from any
 *     number of threads at once (e.g. to list the languages);
 *   - the render_*() calls (render.h) and thb_data_fonts() must be made by
 *     one thread at a time per owner: hold one lock around them, or give
 *     each worker thread an owner of its own;
 *   - renders on different owners may run at once: they share no
 *     mutable state (shape.c makes a HarfBuzz buffer per call, layout.c
 *     sets up libunibreak and libthai once under pthread_once, and each
 *     owner has its own FreeType library and faces).
 *     tests/engine/test_threads.c renders on four owners at once.
 *
 * Ownership: every pointer returned here belongs to the owner and stays
 * valid until thb_data_free().  Callers never free what they get.
 */
#ifndef THB_THB_DATA_H
#define THB_THB_DATA_H

#include <stdbool.h>

#include "catalog.h"

struct centres_list;
struct diag_list;
struct districts_table;
struct font_set;
struct languages_table;
struct sender;
struct tmpl;

struct thb_data;

/* An owner with nothing loaded yet; never NULL. */
struct thb_data	*thb_data_new(void);
void		 thb_data_free(struct thb_data *);

/* Load every table, every template of templates/ that thbdoc renders,
 * the fonts with every language's chain, and the catalogue of every
 * language of the table that has one.  false (and diagnostics) when
 * something cannot be loaded. */
bool		 thb_data_preload(struct thb_data *, struct diag_list *);

/* Each of these loads its item on first call; NULL (and a diagnostic)
 * when the data file is missing or invalid.  A failure is not cached:
 * the next call tries again and reports again. */
const struct languages_table *thb_data_languages(struct thb_data *,
		    struct diag_list *);
const struct centres_list *thb_data_centres(struct thb_data *,
		    struct diag_list *);
/* The sender of the Office's letters (data/office.xml). */
const struct sender *thb_data_sender(struct thb_data *,
		    struct diag_list *);
const struct districts_table *thb_data_districts(struct thb_data *,
		    struct diag_list *);
/* relpath as installed, e.g. "templates/leaflet.xml" (validated against
 * templates/template.xsd). */
const struct tmpl *thb_data_template(struct thb_data *, const char *relpath,
		    struct diag_list *);
struct font_set	*thb_data_fonts(struct thb_data *, struct diag_list *);

/* The installed catalogue of lang in a domain (catalog.h: the person's
 * documents, CATALOG_DOCUMENTS; the official documents and the program's
 * messages, CATALOG_PROGRAM).  Returns false (and a diagnostic) only when
 * a catalogue is installed but cannot be read; *cat is NULL when none is
 * installed (callers decide whether that is an error: ERR_CATALOG_MISSING).
 * This is the one place thbdoc opens an installed catalogue. */
bool		 thb_data_catalog(struct thb_data *, const char *lang,
		    enum catalog_domain, const struct catalog **cat,
		    struct diag_list *);
/* Is a catalogue of that domain installed for lang?  (Does not read
 * it.) */
bool		 thb_data_has_catalog(struct thb_data *, const char *lang,
		    enum catalog_domain);

#endif
