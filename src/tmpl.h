/* tmpl.h: document templates (stage 1 and 3 of the pipeline for the
 * leaflet and the forms): template XML + language + translations + context
 * -> struct doc.
 *
 * A template (templates/NAME.xml, vocabulary and schema in
 * templates/template.xsd) is English text with block and inline markup.
 * tmpl_load() reads and validates it once and computes, for every
 * translatable element (subject, title, heading, p, item, cell, field),
 * the msgid that xgettext extracts with templates/its/thbdoc.its: the
 * element's content with its inline markup serialized and its white space
 * normalized, e.g. "If you are a <em>victim</em>, call <phone>112</phone>."
 * tmpl_build() then looks each msgid up in the catalogue of the language
 * asked for, parses the translated fragment back (so <em>, <strong>,
 * <phone> and <var> survive), and builds the document tree.  A translation
 * that is missing, not well-formed, or that changes a phone number or a
 * placeholder is not used: the English text stands in, marked lang="en",
 * and a warning names the string.
 *
 * Ownership: tmpl_load() returns a template that the caller releases with
 * tmpl_free(); the messages returned by tmpl_msg_get() belong to it.
 * tmpl_build() returns a new document (doc_free()); it keeps no pointer
 * into the template or the context.
 */
#ifndef THB_TMPL_H
#define THB_TMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "centres.h"
#include "diag.h"
#include "doc_tree.h"

struct tmpl;

/* A translatable string of a template, as in the PO file. */
struct tmpl_msg {
	const char	*msgid;
	const char	*msgctxt;	/* the element's "context", or NULL */
	const char	*note;		/* the element's "note", or NULL */
	int		 line;		/* first occurrence in the template */
};

struct tmpl	*tmpl_load(const char *path, const char *schema_path,
		    struct diag_list *);
struct tmpl	*tmpl_load_memory(const char *name, const char *buf,
		    size_t len, const char *schema_path, struct diag_list *);
void		 tmpl_free(struct tmpl *);

const char	*tmpl_id(const struct tmpl *);		/* document/@id */
const char	*tmpl_source_lang(const struct tmpl *);	/* "en" */
/* The distinct (msgctxt, msgid) pairs, in document order. */
size_t		 tmpl_msg_count(const struct tmpl *);
const struct tmpl_msg *tmpl_msg_get(const struct tmpl *, size_t);

/* One language of a document. */
struct tmpl_lang {
	const char	*code;		/* BCP 47, e.g. "ps" */
	enum doc_dir	 dir;
	/* NULL: no catalogue; every string is the source text (right for
	 * the source language only; other languages get warnings). */
	const struct catalog *catalog;
	/* A draft translation that carries the draft note
	 * (publish_draft_note()): <if draft-language="yes">. */
	bool		 draft;
};

struct tmpl_var {
	const char	*name;
	const char	*value;		/* from a case or the command line */
	/* A date: a value YYYY-MM-DD is written in words in the language
	 * of the text it is in (date_words()), so that each column of a
	 * notice has its own language's form. */
	bool		 date;
};

struct tmpl_context {
	struct tmpl_lang lang;		/* the language of the person */
	/* The official language (fr, nl or de) set side by side with the
	 * person's, section by section, so that the officer reads what the
	 * person reads; NULL for one language. */
	const struct tmpl_lang *with;
	const char	*status;	/* state of the case for <if status>,
					   e.g. "reflection"; NULL: none */
	const char	*region;	/* region of interception: its centre
					   comes first in <centre-list/> */
	const struct centres_list *centres;	/* for <centre-list/> */
	const struct tmpl_var *vars;	/* for <var> and <if var> */
	size_t		 nvars;
	/* The language whose text is authoritative (French): <p also="fr">
	 * is printed in the document's language, then in this one (the
	 * notes about the translation itself).  NULL: such a paragraph,
	 * when reached in another language, is an error
	 * (ERR_CATALOG_MISSING). */
	const struct tmpl_lang *also;
	/* The document's fields and choices are also a PDF form to fill on
	 * screen (doc.form): the blank report. */
	bool		 form;
};

/* Build the document.  NULL (and errors) when the template needs what the
 * context lacks (a variable, the centres); warnings for every string that
 * is not translated or whose translation is not usable.
 *
 * The tree: DOC_ROOT (lang, dir) with the template's blocks; <section>
 * and <if> are flattened into their parent, except with ctx->with, where
 * every top-level block of the template becomes a DOC_COLUMNS of two
 * DOC_COLUMNs (lang and dir set; the person's language first), a
 * <section> one such row per stretch between its timelines, and each
 * <timeline> of a section a DOC_TIMELINE across the page in each
 * language (lang and dir set; the person's first) after the row before
 * it.
 * A <field> is DOC_FIELD named after its variable: its spans are the
 * label, followed, when the variable is set, by one SPAN_USER_DATA span
 * holding the value.  <p style="small"> has style "small".  <centre-list/>
 * is a DOC_TABLE with a row per centre: name and city, then the phone
 * number (strong, no break, tel: link). */
/* The look of a style of the templates (template.xsd): the boxes' "info"
 * (the default, for NULL or a name not in the table), "warning",
 * "contact", and "optional" for a timeline's step that may not happen.
 * The one table of styles; the layout gets the look, never the name. */
const struct doc_look *tmpl_look(const char *style);

struct doc	*tmpl_build(const struct tmpl *, const struct tmpl_context *,
		    struct diag_list *);

#endif
