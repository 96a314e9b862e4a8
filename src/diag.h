/* diag.h: the one channel through which the library reports problems.
 *
 * Library code never prints: it appends a struct diag to a diag_list.
 * Only the command line (cli.c) prints them, as
 *     thbdoc: FILE:LINE:COL: error: message
 * Every message comes from one catalogue (diag.c), marked for translation.
 *
 * The arguments of a message are fixed by its row of the catalogue: the
 * conversions of the English format, all of them strings (%s, or %1$s to
 * %9$s), never by a translation.  A translation that uses other arguments
 * than its source (another number, another conversion, %n) is not used:
 * the English text is (mandoc's mandoc_msg.c does the same with its
 * message table).  Messages are put together by diag.c itself, never by
 * printf on a translated format.
 *
 * A list holds at most DIAG_LIST_MAX diagnostics; those beyond are
 * counted, still decide the exit status, and diag_list_print() says how
 * many were left out.
 *
 * Ownership: a diag_list owns its entries and their strings;
 * diag_list_free() releases them.
 */
#ifndef THB_DIAG_H
#define THB_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_severity {
	DIAG_WARNING,
	DIAG_ERROR
};

enum diag_code {
	ERR_FILE_OPEN,		/* input file cannot be opened */
	ERR_FILE_READ,		/* input file cannot be read */
	ERR_FILE_TOO_LARGE,
	ERR_FILE_NUL,		/* NUL byte in a text file */
	ERR_XML_SYNTAX,		/* not well-formed XML (libxml2's message) */
	ERR_XML_DTD,		/* a DOCTYPE in an input file */
	ERR_XML_ROOT,		/* wrong root element */
	ERR_CASE_SCHEMA,	/* fails the schema (libxml2's message) */
	ERR_CASE_DATE_SYNTAX,
	ERR_CASE_DATE_RANGE,
	ERR_CASE_DATE_ORDER,		/* e.g. answer-by before the query */
	ERR_CASE_PERSON_DATE,	/* a person's date: value not shown */
	ERR_CASE_DATE_EARLY,	/* an event before 1997 */
	ERR_CASE_BIRTH_AFTER,	/* born after the first event */
	ERR_CASE_BIRTH_AGE,	/* over CASE_MAX_AGE_YEARS at it */
	ERR_CASE_REGIME,
	ERR_CASE_MONTHS,
	ERR_CASE_DUPLICATE, /* an element given twice where once is allowed */
	ERR_DATA_SCHEMA_LOAD,	/* our own schema cannot be loaded */
	ERR_DIR_READ,
	WARN_DIR_NO_CASE_FILES,	/* a directory with no case file in it */
	WARN_CASE_BIDI_CONTROL,	/* bidi controls in a person's data */
	/* --- layout, fonts and PDF (engine) --- */
	ERR_FONT_CONFIG,	/* fonts/fonts.xml missing or wrong */
	ERR_FONT_LOAD,		/* a prepared font cannot be opened */
	ERR_LAYOUT_OVERFLOW,	/* the text needs more pages than allowed */
	ERR_LAYOUT_TOO_TALL,	/* a box or table row taller than a page */
	WARN_LAYOUT_GLYPH_MISSING, /* no font of the chain has a character */
	WARN_LAYOUT_WORD_SPLIT,	/* a word wider than its column was cut */
	ERR_PDF_WRITE,		/* the PDF file cannot be written */
	ERR_OUTPUT_EXISTS,	/* the output file exists; no --force */
	ERR_PDF_LIBHARU,	/* libharu reported an error */
	/* --- end engine --- */

	/* Templates, translations and their data files (tmpl_*.c,
	 * catalog.c, centres.c, languages.c, cli_leaflet.c). */
	ERR_CATALOG_FORMAT,	/* a .mo file that cannot be used */
	ERR_CATALOG_MISSING,		/* no .mo file for a language */
	ERR_LANGUAGE_UNKNOWN,	/* a code not in data/languages.xml */
	ERR_DATA_FILE,	/* centres.xml or languages.xml fails its schema */
	ERR_DATA_MISSING,	/* a data file is not installed */
	ERR_TMPL_SCHEMA,	/* a template fails templates/template.xsd */
	ERR_TMPL_EDGE_SPACE,	/* space inside the edge of an inline element */
	ERR_TMPL_BLANK_LOST,	/* a lone space between two inline elements */
	ERR_TMPL_IF,		/* <if> with no condition */
	ERR_TMPL_VAR_UNSET,	/* <var> with no value in this document */
	ERR_OUTPUT_WRITE,	/* an output file cannot be written */
	WARN_TMPL_UNTRANSLATED,	/* no translation: the source text is used */
	WARN_TMPL_BAD_TRANSLATION, /* unusable translation: source text used */
	/* --- official documents (districts.c, official.c, cli_official.c) --- */
	ERR_DOC_REFUSED, /* the case does not call for the document asked */
	ERR_DOC_NO_INTERCEPTION, /* a report for a case with no interception */
	ERR_DISTRICT_UNKNOWN,	/* a district name not in data/districts.xml */
	ERR_DISTRICT_NONE,	/* the case names no district */
	ERR_DISTRICT_LANGUAGE,	/* Brussels with no file language */
	ERR_DISTRICT_WRONG_LANGUAGE, /* --lang that the district does not use */
	ERR_DOC_ANSWER_BY,	/* --answer-by not after the letter's date */
	WARN_DOC_LATE,		/* the document is sent after its due date */
	WARN_DOC_FORCED,	/* --force: written although not called for */
	WARN_DOC_MINOR,		/* the person was a minor: not covered */
	/* language= of the case differs from the district's */
	WARN_DOC_FILE_LANGUAGE,
	ERR_DOC_PERSON_LANGUAGE, /* notice: no language of the person known */
	/* --- end official documents --- */
	/* --- translations: PO files, their checks, publication rules and
	 * the language card (po_read.c, check_po.c, cli_check.c,
	 * cli_leaflet.c, cli_card.c) --- */
	ERR_PO_SYNTAX,		/* a PO file that is not well-formed */
	ERR_PO_LIMIT,		/* a PO file beyond the reader's bounds */
	ERR_PO_MSGFMT,		/* msgfmt -c reports an error */
	WARN_PO_MSGFMT,		/* msgfmt -c warns, or cannot be run */
	ERR_PO_FUZZY,		/* a fuzzy leaflet string */
	WARN_PO_FUZZY,		/* another fuzzy string */
	ERR_PO_UNTRANSLATED,	/* an untranslated leaflet string */
	WARN_PO_UNTRANSLATED,	/* another untranslated string */
	ERR_PO_PLACEHOLDER,	/* %s, %1$s or <var> differ from the source */
	ERR_PO_MARKUP,		/* <em>, <strong>, <phone> differ or break */
	ERR_PO_SAME_AS_SOURCE,	/* a leaflet sentence left in English */
	WARN_PO_SAME_AS_SOURCE,	/* identical to the source: suspicious */
	ERR_PO_GLYPH,		/* a character no font of the chain draws */
	ERR_PO_FIT,		/* the leaflet does not fit once laid out */
	ERR_PO_BIDI_CONTROL,	/* a bidi control character */
	WARN_PO_SPACE,		/* leading or trailing space differs */
	WARN_PO_REVIEW_STATUS,	/* X-Review-Status missing or unknown */
	WARN_PO_LANGUAGE,	/* Language: header differs from the file */
	ERR_LEAFLET_INCOMPLETE,	/* --lang: language refused, strings missing */
	ERR_LEAFLET_MISSING,	/* one missing string (refused language) */
	WARN_LEAFLET_SKIPPED,	/* --all: an incomplete language skipped */
	ERR_LEAFLET_POCKET_INCOMPLETE,	/* pocket-card: language refused,
					   strings missing */
	ERR_LEAFLET_NOTICE_INCOMPLETE,	/* notice: a column's language refused,
				   strings missing */
	ERR_CARD_OVERFLOW,	/* the language card needs more than a page */
	/* --- end translations --- */
	/* --- hardening: output, input limits, folder walks (util.c,
	 * xml_read.c, cli.c) --- */
	ERR_OUTPUT_NOT_REGULAR,	/* --force on a link, device, FIFO, folder */
	ERR_OUTPUT_DIR_UNSAFE,	/* world-writable folder, no sticky bit */
	ERR_OUTPUT_STDOUT,	/* -o - for a document naming a person */
	ERR_OUTPUT_TERMINAL,	/* -o - with standard output a terminal */
	ERR_FILE_NOT_REGULAR,	/* an input that is a FIFO, device, folder */
	ERR_XML_LIMIT,		/* attributes beyond the reader's bounds */
	WARN_DIR_LINK,		/* a link out of the tree or to a folder seen */
	WARN_DIR_DEPTH,		/* folders nested deeper than the walk goes */
	ERR_OUTPUT_STDOUT_WRITE,	/* standard output cannot be written */
	WARN_CASE_ID_TWICE,	/* one case id in two files of a run */
	ERR_FILE_UTF16,	/* a UTF-16 file (with BOM) that is not UTF-16 */
	ERR_CASE_FIELD_BROKEN, /* a line break or control in a one-line field */
	WARN_CASE_FIELD_FOLDED,	/* tabs or runs of spaces in a one-line field */
	WARN_CASE_FIELD_BLANK,
	ERR_CASE_FIELD_NO_FONT,	/* a name no font draws: never printed blank */	/* a field of spaces only: taken as missing */
	/* --- end hardening --- */
	/* --- the documents true on their date (issue 11) --- */
	ERR_DOC_MISSING_FACTS,	/* the case lacks facts the document needs */
	ERR_DOC_ANSWER_AFTER_EXPIRY, /* answer expected on or after expiry */
	WARN_DOC_SENDER_FICTITIOUS, /* data/office.xml not edited yet */
	WARN_DOC_ADDRESSEE_FICTITIOUS, /* a request to office.xml's default */
	WARN_DOC_CENTRE_CONTACT_UNKNOWN, /* centres.xml: contact lines unknown */
	WARN_DISTRICT_UNKNOWN,	/* status: a district not in districts.xml */
	WARN_DOC_ADDRESS_MISSING, /* a letter's addressee has no address */
	/* --- end issue 11 --- */
	WARN_DIAG_LEFT_OUT,	/* beyond DIAG_LIST_MAX: how many */
	DIAG__MAX
};

#define DIAG_MAX_ARGS	9	/* arguments of one message: %1$s..%9$s */

struct catalog;

struct diag {
	char			*file;	/* NULL when no file is concerned */
	int			 line;	/* 0 when unknown */
	int			 col;	/* 0 when unknown */
	enum diag_severity	 severity;
	enum diag_code		 code;
	char			*message;	/* translated, complete */
	/* The arguments, made safe for a terminal, kept so that the message
	 * can be put together again in another language (diag_message_in:
	 * the server answers in each user's language, not its own). */
	char			*args[DIAG_MAX_ARGS];
	unsigned		 nargs;
};

#define DIAG_LIST_MAX	10000	/* diagnostics kept per list */

struct diag_list {
	struct diag	*items;
	size_t		 count;
	size_t		 cap;
	/* Beyond DIAG_LIST_MAX: how many were left out, how many of them
	 * were errors, and the worst exit status they call for. */
	size_t		 dropped;
	size_t		 dropped_errors;
	int		 dropped_exit;
};

/* Append a diagnostic: exactly as many const char * arguments (NULL is
 * taken as "") as the code's English format has conversions. */
void	diag_add(struct diag_list *, enum diag_code,
	    const char *file, int line, int col, ...);
/* Append a diagnostic whose one argument comes from elsewhere
 * (libxml2's message); a format's other arguments are left empty. */
void	diag_add_text(struct diag_list *, enum diag_code,
	    const char *file, int line, int col, const char *text);
/* Append a copy of a diagnostic made already (its message as it is). */
void	diag_add_copy(struct diag_list *, const struct diag *);
/* Move every diagnostic of from, and its count of those left out, to
 * the end of to; from is left empty. */
void	diag_list_append(struct diag_list *to, struct diag_list *from);
/* The English format of a code's message, and its number of arguments. */
const char *diag_code_format(enum diag_code);
unsigned diag_code_nargs(enum diag_code);
/* The same rule for another table of messages (the phase model's
 * warnings): source with its n arguments, in translation when that uses
 * the same arguments as source (else in source), put together without
 * printf.  Arguments beyond those the formats use are ignored; NULL when
 * source itself is not a format of %s and %N$s.  Caller frees. */
char	*diag_format(const char *source, const char *translation,
	    const char *const *arg, unsigned n);
/* Would diag_add() use this translation of the code's format?  True when
 * it has the same arguments as the English format (each one used, no
 * other, only %s conversions; the order may change, with %N$s). */
int	diag_translation_usable(enum diag_code, const char *translation);
enum diag_severity diag_code_severity(enum diag_code);
int	diag_list_errors(const struct diag_list *);
int	diag_list_exit_status(const struct diag_list *);
/* The diagnostic's message in the language of cat (the program's domain;
 * NULL: English), by the same rule as diag_add().  A message copied
 * from elsewhere (diag_add_copy of a list made before) keeps the arguments
 * it was made with.  Caller frees. */
char	*diag_message_in(const struct diag *, const struct catalog *cat);
void	diag_print(const struct diag *, FILE *);
void	diag_list_print(const struct diag_list *, FILE *);
void	diag_list_clear(struct diag_list *);
void	diag_list_free(struct diag_list *);

#endif
