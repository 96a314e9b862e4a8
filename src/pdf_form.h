/* pdf_form.h: the AcroForm of a form filled on screen (the blank report),
 * for the PDF back end (pdf_out.c): one widget annotation per
 * layout_widget (layout.h), the fields they make, and the font typed
 * text is drawn in.
 *
 * The page draws the form as it is printed (boxes, lines, boxes to
 * tick); the widgets lie over it and add nothing to the printed page
 * while they are empty: a text field's appearance is empty, a box to
 * tick has an empty "Off" appearance and a tick, drawn as a path, for
 * its "on" state.  Every widget has its appearance (ISO 19005-2 6.3.3;
 * no NeedAppearances, 6.4.1) and its field a /TU, what a screen reader
 * announces (PDF/UA-1 7.18.1).
 *
 * Ownership: a struct pdf_form belongs to the caller (pdf_form_free());
 * the PDF objects it makes belong to the document.
 */
#ifndef THB_PDF_FORM_H
#define THB_PDF_FORM_H

#include <stdbool.h>

#include <hpdf.h>

struct diag_list;
struct layout_widget;

struct pdf_form	*pdf_form_new(HPDF_Doc, bool compress);
void		 pdf_form_free(struct pdf_form *);

/* The widget annotation of w on page, in the page's /Annots; NULL on
 * failure (libharu's error handler has it). */
HPDF_Dict	 pdf_form_widget(struct pdf_form *, HPDF_Page,
		    const struct layout_widget *w);

/* The fields of the widgets made, the font of typed text (embedded) and
 * the catalogue's /AcroForm.  false on failure, with a diagnostic. */
bool		 pdf_form_end(struct pdf_form *, struct diag_list *);

#endif
