/* diag.c: the catalogue of diagnostics and the one function that prints. */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diag.h"
#include "exitcodes.h"
#include "i18n.h"
#include "util.h"

static const struct diag_entry {
	enum diag_severity	 severity;
	enum thb_exit		 exit_status;
	const char		*format;	/* printf format, N_() */
} catalogue[DIAG__MAX] = {
	[ERR_FILE_OPEN] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the system's reason, e.g. "No such file or
	       directory", in the user's language. */
	    N_("cannot open: %s") },
	[ERR_FILE_READ] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the system's reason, in the user's language. */
	    N_("cannot read: %s") },
	[ERR_FILE_TOO_LARGE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: the file's size, %2$s: the largest size read;
	       both numbers of bytes. */
	    N_("file too large: %s bytes, at most %s are read") },
	[ERR_FILE_NUL] = { DIAG_ERROR, THB_EXIT_INPUT,
	    N_("NUL byte in a text file") },
	[ERR_XML_SYNTAX] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: libxml2's own message, in English. */
	    N_("not well-formed XML: %s") },
	[ERR_XML_DTD] = { DIAG_ERROR, THB_EXIT_INPUT,
	    N_("a document type declaration (<!DOCTYPE>) is not allowed here: "
	    "thbdoc loads no DTD and expands no entity") },
	[ERR_XML_ROOT] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s, %2$s: XML element names, as they are (case,
	       notice...): do not translate them. */
	    N_("the root element is <%s>; expected <%s>") },
	[ERR_CASE_SCHEMA] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: libxml2's message about the case file, in
	       English. */
	    N_("invalid case file: %s") },
	[ERR_CASE_DATE_SYNTAX] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: an XML attribute name (date, answer-by), not
	       translated; %2$s: the value found.  YYYY-MM-DD is the form the
	       file must use: keep it as it is. */
	    N_("%s=\"%s\" is not a date: expected YYYY-MM-DD") },
	[ERR_CASE_DATE_RANGE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: an XML attribute name (date, answer-by), not
	       translated; %2$s: the value found. */
	    N_("%s=\"%s\" is not a day of the calendar (years 1900 to 9899)") },
	[ERR_CASE_DATE_ORDER] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: an XML attribute name (answer-by), not
	       translated; %2$s: its value; %3$s: the date of the event, YYYY-
	       MM-DD. */
	    N_("%s=\"%s\" comes before the event's date %s") },
	[ERR_CASE_PERSON_DATE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: an XML element name (birth-date), not
	       translated. */
	    N_("<%s> is not a day of the calendar in the form YYYY-MM-DD "
	    "(the value is not shown: personal data)") },
	[ERR_CASE_DATE_EARLY] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: an XML attribute name (date, answer-by), not
	       translated; %2$s: the value found. */
	    N_("%s=\"%s\" comes before 1997: the procedure began with the "
	    "directives of 13 January 1997") },
	[ERR_CASE_BIRTH_AFTER] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: an XML element name (birth-date), not
	       translated. */
	    N_("<%s> comes after the case's first event (the value is not "
	    "shown: personal data)") },
	[ERR_CASE_BIRTH_AGE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: an XML element name (birth-date), not
	       translated; %2$s: a number of years (120). */
	    N_("<%s> makes the person older than %s years at the case's "
	    "first event (the value is not shown: personal data)") },
	[ERR_CASE_REGIME] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the regime the case file names, as written
	       there; "1997-2003" is a code: keep it. */
	    N_("unsupported regime \"%s\": thbdoc knows only \"1997-2003\" "
	    "(the directives of 13 January 1997 as amended on 17 April 2003)") },
	[ERR_CASE_MONTHS] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the value found; months= is an XML attribute:
	       keep it. */
	    N_("months=\"%s\": expected a whole number of months from 1 to 60") },
	[ERR_CASE_DUPLICATE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s, %2$s: XML element names, not translated. */
	    N_("<%s> is given more than once in <%s>") },
	[ERR_DATA_SCHEMA_LOAD] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    N_("cannot load the schema: is thbdoc installed completely? "
	    "(set THBDOC_DATADIR to the folder that holds schema/)") },
	[ERR_DIR_READ] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the system's reason, in the user's language. */
	    N_("cannot read the folder: %s") },
	[WARN_CASE_BIDI_CONTROL] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: an XML element name (name, nationality), not
	       translated. */
	    N_("<%s> holds bidirectional control characters (U+061C, U+200E, U+200F, "
	    "U+202A to U+202E, U+2066 to U+2069), which can make a text read "
	    "otherwise than it is written: documents leave them out (the "
	    "value is not shown: personal data)") },
	[WARN_DIR_NO_CASE_FILES] = { DIAG_WARNING, THB_EXIT_OK,
	    N_("no case file (*.xml) in this folder") },
	/* --- layout, fonts and PDF (engine) --- */
	[ERR_FONT_CONFIG] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: what is wrong with the file, in English
	       (libxml2 or thbdoc). */
	    N_("the font list fonts/fonts.xml: %s") },
	[ERR_FONT_LOAD] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %1$s: a font's file name; %2$s: the reason, in
	       English. */
	    N_("cannot load the font %s: %s") },
	[ERR_LAYOUT_OVERFLOW] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: the number of pages allowed; %2$s: a language
	       code (ro, fr); %3$s: the first words that do not fit. */
	    N_("the text does not fit in %s page(s) (language %s); "
	    "the overflow starts at: \"%s\"") },
	[ERR_LAYOUT_TOO_TALL] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: a language code (ro, fr); %2$s: the first
	       words of the box. */
	    N_("a box or table row is taller than a page (language %s): "
	    "\"%s\"") },
	[WARN_LAYOUT_GLYPH_MISSING] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a hexadecimal code point (0627); %2$s: a
	       language code; %3$s: the text it is in. */
	    N_("no font has the character U+%s (language %s) in: \"%s\"") },
	[WARN_LAYOUT_WORD_SPLIT] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a language code (ro, fr); %2$s: the text the
	       word is in. */
	    N_("a word is wider than its column and was cut (language %s): "
	    "\"%s\"") },
	[ERR_PDF_WRITE] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %1$s: a file name; %2$s: the system's reason. */
	    N_("cannot write %s: %s") },
	[ERR_OUTPUT_EXISTS] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: a file name.  --force is an option: keep it. */
	    N_("%s exists already: thbdoc replaces a file only with --force; "
	    "nothing was written") },
	[ERR_PDF_LIBHARU] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %1$s: libharu's error number (hexadecimal), %2$s:
	       its detail number, %3$s: what thbdoc was doing, in English. */
	    N_("the PDF library failed (error 0x%s, detail %s) on %s") },
	/* --- end engine --- */

	/* Templates, translations and their data files. */
	[ERR_CATALOG_FORMAT] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: what is wrong: from this catalogue ("the
	       plural formula is too long"), at times followed by the string
	       concerned in quotes, or in English for a damaged file ("bad
	       magic number"). */
	    N_("not a usable translation catalogue (.mo): %s") },
	[ERR_CATALOG_MISSING] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %1$s: a language code (ro, fr); %2$s: the
	       catalogue's file name (thbdoc-docs.mo).  LL/LC_MESSAGES/ is a
	       folder name: keep it. */
	    N_("no translation catalogue for %s (%s): is thbdoc installed "
	    "completely? (set THBDOC_LOCALEDIR to the folder that holds "
	    "LL/LC_MESSAGES/)") },
	[ERR_LANGUAGE_UNKNOWN] = { DIAG_ERROR, THB_EXIT_USAGE,
	    /* TRANSLATORS: %s: the code given on the command line.  "thbdoc
	       languages" is a command: keep it. */
	    N_("unknown language \"%s\": \"thbdoc languages\" lists the "
	    "languages") },
	[ERR_DATA_FILE] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: what is wrong with the file, in English
	       (libxml2). */
	    N_("invalid data file: %s") },
	[ERR_DATA_MISSING] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: a file name under the data folder
	       (languages.xml).  THBDOC_DATADIR is a variable's name: keep it.
	       */
	    N_("data file not found: %s (is thbdoc installed completely? "
	    "set THBDOC_DATADIR to the folder that holds it)") },
	[ERR_TMPL_SCHEMA] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: what is wrong with the template, in English
	       (libxml2). */
	    N_("invalid template: %s") },
	[ERR_TMPL_EDGE_SPACE] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %1$s and %2$s: the same XML element name (em,
	       strong), not translated.  xgettext is a program's name. */
	    N_("space just inside <%s> or </%s>: xgettext drops it from the "
	    "text to translate, so the words would run together; move it "
	    "outside the element") },
	[ERR_TMPL_BLANK_LOST] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: an XML element name, not translated.  xgettext
	       is a program's name. */
	    N_("in <%s>, a space standing alone between two elements: "
	    "xgettext drops it from the text to translate, so the words "
	    "would run together; put the space inside the text next to it") },
	[ERR_TMPL_IF] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    N_("<if> needs one of the attributes status, not-status, var "
	    "or not-var") },
	[ERR_TMPL_VAR_UNSET] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: a template variable's name, not translated;
	       <var name=...> is XML: keep it. */
	    N_("<var name=\"%s\"/> has no value for this document") },
	[ERR_OUTPUT_WRITE] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: the system's reason. */
	    N_("cannot write: %s") },
	[WARN_TMPL_UNTRANSLATED] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a language code (ro); %2$s: the English text
	       used instead. */
	    N_("[%s] not translated, the English text is used: \"%s\"") },
	[WARN_TMPL_BAD_TRANSLATION] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a language code (ro); %2$s: why, in English
	       ("markup inside <phone>"); %3$s: the English text used instead.
	       */
	    N_("[%s] the translation is not usable (%s), the English text "
	    "is used: \"%s\"") },
	/* --- official documents (districts.c, official.c, cli_official.c) --- */
	[ERR_DOC_REFUSED] = { DIAG_ERROR, THB_EXIT_REFUSED,
	    /* TRANSLATORS: %1$s: why the case does not call for the document
	       (a message of this catalogue); %2$s: where the case stands, a
	       phase of the procedure (this catalogue); %3$s: a point of the
	       directives (8.2).  --not-called-for is an option: keep it. */
	    N_("the case does not call for this document: %s; the case "
	    "stands at: %s (point %s); nothing was written "
	    "(--not-called-for writes it anyway, and the document then says "
	    "so)") },
	[ERR_DOC_NO_INTERCEPTION] = { DIAG_ERROR, THB_EXIT_REFUSED,
	    /* TRANSLATORS: %s: a date, YYYY-MM-DD.  --blank is an option: keep
	       it. */
	    N_("the case file records no interception by the police by %s: "
	    "there is nothing to report (point 5); nothing was written "
	    "(--blank gives the form to fill in by hand)") },
	[ERR_DISTRICT_UNKNOWN] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the district named in the case file.  gent,
	       liege, bruxelles are names as the file writes them: keep them.
	       */
	    N_("unknown judicial district \"%s\": the names are in "
	    "districts.xml (lowercase, no accents, e.g. gent, liege, "
	    "bruxelles)") },
	[ERR_DISTRICT_NONE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    N_("the case names no judicial district: add district=\"...\" "
	    "to <case>, <interception> or <prosecutor-query>") },
	[ERR_DISTRICT_LANGUAGE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: a judicial district's name (Bruxelles-
	       Brussel); %2$s: the option to give (--lang fr|nl), not
	       translated.  language="fr" is XML: keep it. */
	    N_("the judicial district of %s works in French and in Dutch, and "
	    "the case file does not say which is the language of the file: "
	    "add language=\"fr\" or language=\"nl\" to <case>, or give "
	    "%s") },
	[ERR_DISTRICT_WRONG_LANGUAGE] = { DIAG_ERROR, THB_EXIT_USAGE,
	    /* TRANSLATORS: %1$s: a judicial district's name; %2$s: the codes
	       of its languages (fr, nl); %3$s: the code asked for. */
	    N_("documents for the judicial district of %s are written in %s, "
	    "not %s (laws on the use of languages)") },
	[ERR_DOC_ANSWER_BY] = { DIAG_ERROR, THB_EXIT_USAGE,
	    /* TRANSLATORS: %1$s, %2$s: dates, YYYY-MM-DD.  --answer-by is an
	       option: keep it. */
	    N_("the date the answer is expected, %s, must come after the "
	    "letter's date, %s: give --answer-by") },
	[WARN_DOC_LATE] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a date, YYYY-MM-DD; %2$s: a point of the
	       directives (8.2). */
	    N_("this document was due by %s (point %s): it is late") },
	[WARN_DOC_FORCED] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: why the case does not call for the document;
	       %2$s: where the case stands, a phase of the procedure; %3$s: a
	       point of the directives.  --not-called-for is an option: keep
	       it. */
	    N_("--not-called-for: written although the case does not call "
	    "for it: %s; the case stands at: %s (point %s); the document says "
	    "so") },
	[WARN_DOC_MINOR] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a number of years; %2$s: a date,
	       YYYY-MM-DD.  "[directives silent]": as in thbdoc status's
	       warnings. */
	    N_("[directives silent] the person was %s years old at the "
	    "interception of %s: these directives do not cover the "
	    "protection of minors (guardian); check this document against "
	    "what applies to a minor before it is used") },
	[WARN_DOC_FILE_LANGUAGE] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: the language code the case file gives; %2$s:
	       a judicial district's name; %3$s and %4$s: the code of the
	       language used (the same code twice). */
	    N_("the case file says language=\"%s\", but the judicial "
	    "district of %s works in %s: %s is used") },
	[ERR_DOC_PERSON_LANGUAGE] = { DIAG_ERROR, THB_EXIT_USAGE,
	    /* TRANSLATORS: %s: "-" when the case gives no language, else the
	       words "not shown: personal data" (this catalogue).  --lang LL is
	       an option: keep it. */
	    N_("the case file gives no language of the person that thbdoc "
	    "knows (%s): give --lang LL (\"thbdoc languages\" lists them)") },
	/* --- end official documents --- */
	/* --- translations (po_read.c, check_po.c, cli_check.c,
	 * cli_leaflet.c, cli_card.c) --- */
	[ERR_PO_SYNTAX] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: what is wrong, in English ("string not closed
	       on its line").  PO is the name of the file format: keep it. */
	    N_("not a usable PO file: %s") },
	[ERR_PO_LIMIT] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: which limit, in English ("more than 20000
	       entries"). */
	    N_("PO file refused: %s") },
	[ERR_PO_MSGFMT] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: msgfmt's own message.  msgfmt -c is a command:
	       keep it. */
	    N_("msgfmt -c: %s") },
	[WARN_PO_MSGFMT] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: msgfmt's own message, or why it could not run.
	       msgfmt -c is a command: keep it. */
	    N_("msgfmt -c: %s") },
	[ERR_PO_FUZZY] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the English source text.  'Fuzzy' is gettext's
	       word for a translation to be checked; use the word your
	       language's gettext tools (Poedit) use. */
	    N_("fuzzy (to be checked by the translator), so the leaflet "
	    "cannot use it: \"%s\"") },
	[WARN_PO_FUZZY] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: the English source text.  'Fuzzy' is gettext's
	       word for a translation to be checked; use the word your
	       language's gettext tools (Poedit) use. */
	    N_("fuzzy (to be checked by the translator): \"%s\"") },
	[ERR_PO_UNTRANSLATED] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the English source text. */
	    N_("not translated, and the leaflet needs it: \"%s\"") },
	[WARN_PO_UNTRANSLATED] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: the English source text. */
	    N_("not translated: \"%s\"") },
	[ERR_PO_PLACEHOLDER] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: what differs, e.g. "%2$s missing", written by
	       the program; %2$s: the English source text.  %%s, %%1$s and <var
	       name=...> are shown as they are written: keep them. */
	    N_("the placeholders differ from the source (%s): keep each "
	    "%%s, %%1$s and <var name=\"...\"/> of \"%s\"") },
	[ERR_PO_MARKUP] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: what differs, e.g. "<strong> missing"; %2$s:
	       the English source text.  <em>, <strong> and <phone> are XML:
	       keep them. */
	    N_("the markup differs from the source (%s): keep <em>, "
	    "<strong> and <phone> (with its number) as in \"%s\"") },
	[ERR_PO_SAME_AS_SOURCE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the English source text. */
	    N_("left in English, in a language written in another script: "
	    "\"%s\"") },
	[WARN_PO_SAME_AS_SOURCE] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: the English source text. */
	    N_("the translation is the English text itself: is it "
	    "translated? \"%s\"") },
	[ERR_PO_GLYPH] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: a language code; %2$s: the characters, as
	       U+0627 (ا); %3$s: the English source text. */
	    N_("no font for language %s can draw %s in: \"%s\"") },
	[ERR_PO_FIT] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the layout's own message (already in your
	       language). */
	    N_("once laid out, the leaflet does not fit: %s") },
	[ERR_PO_BIDI_CONTROL] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: the character, as U+202E; %2$s: the English
	       source text.  'Bidi' is short for bidirectional (right-to-left
	       and left-to-right text). */
	    N_("bidi control character %s in the translation (the layout "
	    "sets the direction; remove it): \"%s\"") },
	[WARN_PO_SPACE] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: "leading" or "trailing" (translated: see
	       those words); %2$s: the English source text. */
	    N_("%s space differs from the source: \"%s\"") },
	[WARN_PO_REVIEW_STATUS] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: what the header has, e.g. "no X-Review-Status".
	       X-Review-Status, draft and reviewed are written in the file:
	       keep them. */
	    N_("the header has %s; expected X-Review-Status: draft or "
	    "reviewed (taken as draft)") },
	[WARN_PO_LANGUAGE] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: the code in the file's header; %2$s: the code
	       of the file's name.  Language: is the header's field: keep it.
	       */
	    N_("the header says Language: %s, the file is for %s") },
	[ERR_LEAFLET_INCOMPLETE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: a language code; %2$s: a number of strings.
	       --allow-incomplete is an option: keep it. */
	    N_("the leaflet is not offered in %s: %s of its strings are not "
	    "translated or are fuzzy (--allow-incomplete prints them in "
	    "English and marks the page)") },
	[ERR_LEAFLET_MISSING] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: a language code; %2$s: the English source
	       text. */
	    N_("[%s] not translated or fuzzy: \"%s\"") },
	[WARN_LEAFLET_SKIPPED] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s and %3$s: the same language code; %2$s: a
	       number of strings.  thbdoc check-translations is a command: keep
	       it. */
	    N_("%s skipped: %s leaflet strings are not translated or are "
	    "fuzzy (thbdoc check-translations %s says which)") },
	[ERR_LEAFLET_POCKET_INCOMPLETE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: thbdoc pocket-card.  %1$s: a language code; %2$s:
	       a number of strings.  --allow-incomplete is an option: keep
	       it. */
	    N_("the pocket card is not offered in %s: %s of its strings are "
	    "not translated or are fuzzy (--allow-incomplete prints them in "
	    "English)") },
	[ERR_LEAFLET_NOTICE_INCOMPLETE] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: thbdoc notice.  %1$s: a language code; %2$s: a
	       number of strings.  --allow-incomplete is an option: keep
	       it. */
	    N_("the notice is not offered in %s: %s of its strings are not "
	    "translated or are fuzzy (--allow-incomplete prints them in "
	    "English)") },
	[ERR_CARD_OVERFLOW] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: the layout's own message (already in your
	       language). */
	    N_("the language card does not fit one page: %s") },
	/* --- end translations --- */
	/* --- hardening: output, input limits, folder walks --- */
	[ERR_OUTPUT_NOT_REGULAR] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: a file name.  --force is an option: keep it. */
	    N_("%s is not a regular file: --force replaces only regular "
	    "files; nothing was written") },
	[ERR_OUTPUT_DIR_UNSAFE] = { DIAG_ERROR, THB_EXIT_SYSTEM,
	    /* TRANSLATORS: %s: a folder name.  'Sticky bit' is the Unix term
	       (chmod +t): keep it or use your system's usual word. */
	    N_("the folder %s can be written by every user and has no sticky "
	    "bit: another user could replace the document; nothing was "
	    "written") },
	[ERR_OUTPUT_STDOUT] = { DIAG_ERROR, THB_EXIT_USAGE,
	    N_("this document names a person: it is written to a file "
	    "(mode 0600) with -o FILE, never to standard output") },
	[ERR_OUTPUT_TERMINAL] = { DIAG_ERROR, THB_EXIT_USAGE,
	    N_("standard output is a terminal: a PDF is not written there; "
	    "redirect it or give -o FILE") },
	[ERR_FILE_NOT_REGULAR] = { DIAG_ERROR, THB_EXIT_INPUT,
	    N_("not a regular file: thbdoc reads only regular files") },
	[ERR_XML_LIMIT] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: which limit, from this catalogue
	       ("attributes in one element", "bytes in an attribute's value");
	       %2$s: the largest value allowed, a number. */
	    N_("beyond the reader's limits: %s (at most %s)") },
	[WARN_DIR_LINK] = { DIAG_WARNING, THB_EXIT_OK,
	    N_("not followed: a link to a folder outside the one given, or "
	    "to a folder already read") },
	[ERR_OUTPUT_STDOUT_WRITE] = { DIAG_ERROR, THB_EXIT_OUTPUT,
	    /* TRANSLATORS: %s: the system's reason. */
	    N_("cannot write to standard output: %s; what was asked is "
	    "incomplete") },
	[WARN_CASE_ID_TWICE] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a case id (written in the file, not a name);
	       %2$s: the other file's name. */
	    N_("the case id %s is also the id of %s: one case in two files "
	    "is counted twice") },
	[ERR_FILE_UTF16] = { DIAG_ERROR, THB_EXIT_INPUT,
	    N_("the file starts as UTF-16 (a byte order mark) but is not "
	    "valid UTF-16 from here on") },
	[ERR_CASE_FIELD_BROKEN] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %s: an XML element or attribute name (name,
	       nationality, police=), not translated. */
	    N_("%s holds a line break or a control character: a one-line "
	    "field stays on one line, so that it cannot add lines to a "
	    "document (the value is not shown)") },
	[WARN_CASE_FIELD_FOLDED] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: an XML element or attribute name, not
	       translated. */
	    N_("%s holds tabs or runs of spaces: folded to single spaces") },
	[ERR_CASE_FIELD_NO_FONT] = { DIAG_ERROR, THB_EXIT_INPUT,
	    /* TRANSLATORS: %1$s: an XML element name of the case file (name,
	       nationality), not translated; %2$s: the name of a Unicode block,
	       in English (e.g. "Ethiopic"); %3$s: the code of the document's
	       language (am, fr). The character itself is never shown. */
	    N_("%s holds a character of the Unicode block \"%s\" that no "
	    "font of thbdoc draws in a document in %s: the document is not "
	    "written, rather than print the name blank (the character is not "
	    "shown: personal data)") },
	[WARN_CASE_FIELD_BLANK] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: an XML element or attribute name, not
	       translated. */
	    N_("%s holds only spaces: taken as missing") },
	[WARN_DIR_DEPTH] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: a number of levels. */
	    N_("not read: folders are read %s levels deep at most") },
	[ERR_DOC_MISSING_FACTS] = { DIAG_ERROR, THB_EXIT_REFUSED,
	    /* TRANSLATORS: %s is a list of the facts, e.g. "the person's name,
	       the date of the complaint" (this catalogue).  --blanks is an
	       option: keep it. */
	    N_("the case file lacks what this document needs: %s; nothing "
	    "was written (add them to the case file, or give --blanks to "
	    "print lines to fill in by hand)") },
	[ERR_DOC_ANSWER_AFTER_EXPIRY] = { DIAG_ERROR, THB_EXIT_USAGE,
	    /* TRANSLATORS: %1$s, %2$s: dates, YYYY-MM-DD.  --answer-by is an
	       option: keep it. */
	    N_("the date the answer is expected, %s, must come before the "
	    "arrival declaration ends on %s (point 8.3 decides then): give "
	    "an earlier --answer-by") },
	[WARN_DOC_SENDER_FICTITIOUS] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: a file name (office.xml).  The Office is the
	       Immigration Office (Office des Etrangers, Dienst
	       Vreemdelingenzaken). */
	    N_("the sender's address in %s is the fictitious default: the "
	    "Office edits that file before sending letters") },
	[WARN_DOC_ADDRESSEE_FICTITIOUS] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: a file name (office.xml).  A centre's request
	       goes to the Immigration Office (Office des Etrangers, Dienst
	       Vreemdelingenzaken) at the address of that file. */
	    N_("the Immigration Office's address in %s is the fictitious "
	    "default: check the address on the request before sending it") },
	[WARN_DOC_CENTRE_CONTACT_UNKNOWN] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: a file name (centres.xml); %2$s: a
	       specialised centre's name (Payoke, PAG-ASA, Sürya). */
	    N_("%1$s gives no contact person or e-mail for %2$s yet: the "
	    "request leaves a line to fill in by hand (the centre edits that "
	    "file)") },
	[WARN_DISTRICT_UNKNOWN] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %s: the district named in the case file.  gent,
	       liege, bruxelles are names as the file writes them: keep them.
	       */
	    N_("unknown judicial district \"%s\": no letter can be addressed "
	    "for this case until it names one of districts.xml (lowercase, "
	    "no accents, e.g. gent, liege, bruxelles)") },
	[WARN_DOC_ADDRESS_MISSING] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s: the addressee's office as the letter names
	       it (e.g. "Parquet de Liège", "cour d'appel de Liège"); %2$s: a
	       file name (districts.xml).  The Office is the Immigration
	       Office (Office des Etrangers, Dienst Vreemdelingenzaken);
	       --blanks is an option: keep it. */
	    N_("%2$s gives no postal address for %1$s: the letter is written "
	    "without it (the Office adds the address to that file, or "
	    "--blanks prints lines to write it by hand)") },
	[WARN_DIAG_LEFT_OUT] = { DIAG_WARNING, THB_EXIT_OK,
	    /* TRANSLATORS: %1$s diagnostics beyond the first %3$s were
	       not shown; %2$s of them were errors.  All are numbers. */
	    N_("%1$s more diagnostics were left out, %2$s of them errors: "
	    "one run shows the first %3$s") },
};

/* The worse of two exit statuses: a system or output failure wins, then
 * the first other failure. */
static int
exit_worse(int worst, int st)
{
	if (st == THB_EXIT_SYSTEM || st == THB_EXIT_OUTPUT ||
	    (st != THB_EXIT_OK && worst == THB_EXIT_OK))
		return st;
	return worst;
}

/* The arguments of a catalogue format.  Every conversion must be %s
 * (the next argument) or %N$s (argument N, 1 to DIAG_MAX_ARGS), not both
 * kinds in one format; "%%" is a percent sign.  Sets *nargs to the
 * number of arguments read (the highest N) and bit N-1 of *used for each
 * one used; false for anything else (another conversion, a flag, a
 * width, %n, a lone % at the end). */
static bool
format_args(const char *fmt, unsigned *nargs, unsigned *used)
{
	unsigned next = 0, arg;
	int numbered = -1;		/* not known yet */
	const char *p;

	*nargs = 0;
	*used = 0;
	for (p = fmt; (p = strchr(p, '%')) != NULL; ) {
		if (p[1] == '%') {
			p += 2;
			continue;
		}
		if (p[1] >= '1' && p[1] <= '9' && p[2] == '$' && p[3] == 's') {
			if (numbered == 0)
				return false;
			numbered = 1;
			arg = (unsigned)(p[1] - '0');
			p += 4;
		} else if (p[1] == 's') {
			if (numbered == 1 || next == DIAG_MAX_ARGS)
				return false;
			numbered = 0;
			arg = ++next;
			p += 2;
		} else
			return false;
		*used |= 1u << (arg - 1);
		if (arg > *nargs)
			*nargs = arg;
	}
	return true;
}

/* fmt with its conversions replaced by the arguments (format_args() has
 * accepted it); never reads beyond arg[nargs - 1]. */
static char *
format_expand(const char *fmt, const char *const *arg, unsigned nargs)
{
	struct sbuf b = { 0 };
	unsigned next = 0, i;
	const char *p;

	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%') {
			sbuf_addc(&b, *p);
			continue;
		}
		if (p[1] == '%') {
			sbuf_addc(&b, '%');
			p++;
			continue;
		}
		if (p[1] == 's') {
			i = next++;
			p++;
		} else {
			i = (unsigned)(p[1] - '1');
			p += 3;
		}
		if (i < nargs)
			sbuf_add(&b, arg[i]);
	}
	return sbuf_detach(&b);
}

char *
diag_format(const char *source, const char *tr, const char *const *arg,
    unsigned n)
{
	unsigned sn, used, tn, tused;

	if (!format_args(source, &sn, &used) || sn > n)
		return NULL;
	if (tr == NULL || !format_args(tr, &tn, &tused) || tused != used)
		tr = source;
	return format_expand(tr, arg, n);
}

const char *
diag_code_format(enum diag_code code)
{
	return catalogue[code].format;
}

unsigned
diag_code_nargs(enum diag_code code)
{
	unsigned n, used;

	return format_args(catalogue[code].format, &n, &used) ? n : 0;
}

int
diag_translation_usable(enum diag_code code, const char *tr)
{
	unsigned n, used, tn, tused;

	return format_args(catalogue[code].format, &n, &used) &&
	    format_args(tr, &tn, &tused) && tused == used;
}

/* Room for one more, or NULL (and counted) when the list is full. */
static struct diag *
diag_push(struct diag_list *list, enum diag_code code, const char *file,
    int line, int col)
{
	const struct diag_entry *e = &catalogue[code];
	struct diag *d;

	if (list->count >= DIAG_LIST_MAX) {
		list->dropped++;
		if (e->severity == DIAG_ERROR)
			list->dropped_errors++;
		list->dropped_exit = exit_worse(list->dropped_exit,
		    e->exit_status);
		return NULL;
	}
	if (list->count == list->cap) {
		list->cap = list->cap ? list->cap * 2 : 8;
		list->items = xrealloc(list->items,
		    list->cap * sizeof(*list->items));
	}
	d = &list->items[list->count++];
	/* A file name can hold escape sequences: shown, never obeyed. */
	d->file = file ? util_term_safe(file, UTIL_TERM_PATH_MAX) : NULL;
	d->line = line;
	d->col = col;
	d->severity = e->severity;
	d->code = code;
	d->message = NULL;
	memset(d->args, 0, sizeof(d->args));
	d->nargs = 0;
	return d;
}

/* The message of code with its n arguments, in the user's language when
 * the translation has the arguments of the English text.  Values from
 * files reach a terminal: controls, C1 and bidi controls escaped, a long
 * value cut at max bytes. */
static void
diag_fill(struct diag *d, enum diag_code code, const char *const *arg,
    unsigned n, size_t max)
{
	const char *src = catalogue[code].format, *fmt = _(src);
	unsigned i;

	if (fmt != src && !diag_translation_usable(code, fmt))
		fmt = src;
	for (i = 0; i < n; i++)
		d->args[i] = util_term_safe(arg[i], max);
	d->nargs = n;
	d->message = format_expand(fmt, (const char *const *)d->args, n);
}

char *
diag_message_in(const struct diag *d, const struct catalog *cat)
{
	const char *src = catalogue[d->code].format, *fmt = NULL;

	if (cat != NULL)
		fmt = catalog_lookup(cat, NULL, src);
	if (fmt == NULL || !diag_translation_usable(d->code, fmt))
		fmt = src;
	return format_expand(fmt, (const char *const *)d->args, d->nargs);
}

void
diag_add(struct diag_list *list, enum diag_code code, const char *file,
    int line, int col, ...)
{
	struct diag *d = diag_push(list, code, file, line, col);
	const char *arg[DIAG_MAX_ARGS];
	unsigned i, n = diag_code_nargs(code);
	va_list ap;

	if (d == NULL)
		return;
	/* Exactly the arguments the row has: the caller passes them. */
	va_start(ap, col);
	for (i = 0; i < n; i++) {
		arg[i] = va_arg(ap, const char *);
		if (arg[i] == NULL)
			arg[i] = "";
	}
	va_end(ap);
	diag_fill(d, code, arg, n, UTIL_TERM_VALUE_MAX);
}

void
diag_add_text(struct diag_list *list, enum diag_code code, const char *file,
    int line, int col, const char *text)
{
	struct diag *d = diag_push(list, code, file, line, col);
	const char *arg[DIAG_MAX_ARGS];
	unsigned i, n = diag_code_nargs(code);

	if (d == NULL)
		return;
	for (i = 0; i < n; i++)
		arg[i] = i == 0 && text != NULL ? text : "";
	diag_fill(d, code, arg, n, UTIL_TERM_TEXT_MAX);
}

void
diag_add_copy(struct diag_list *list, const struct diag *from)
{
	struct diag *d = diag_push(list, from->code, from->file, from->line,
	    from->col);

	unsigned i;

	if (d == NULL)
		return;
	d->message = xstrdup(from->message);
	for (i = 0; i < from->nargs; i++)
		d->args[i] = xstrdup(from->args[i]);
	d->nargs = from->nargs;
}

void
diag_list_append(struct diag_list *to, struct diag_list *from)
{
	size_t i;

	for (i = 0; i < from->count; i++)
		diag_add_copy(to, &from->items[i]);
	to->dropped += from->dropped;
	to->dropped_errors += from->dropped_errors;
	to->dropped_exit = exit_worse(to->dropped_exit, from->dropped_exit);
	diag_list_free(from);
}

enum diag_severity
diag_code_severity(enum diag_code code)
{
	return catalogue[code].severity;
}

int
diag_list_errors(const struct diag_list *list)
{
	size_t i;
	int n = (int)list->dropped_errors;

	for (i = 0; i < list->count; i++)
		if (list->items[i].severity == DIAG_ERROR)
			n++;
	return n;
}

/* The worst exit status any diagnostic calls for, those left out too. */
int
diag_list_exit_status(const struct diag_list *list)
{
	size_t i;
	int worst = THB_EXIT_OK;

	for (i = 0; i < list->count; i++)
		worst = exit_worse(worst,
		    catalogue[list->items[i].code].exit_status);
	return exit_worse(worst, list->dropped_exit);
}

void
diag_print(const struct diag *d, FILE *fp)
{
	const char *sev = d->severity == DIAG_ERROR ?
	    /* TRANSLATORS: the severity in every message of the program:
	       "thbdoc: FILE:LINE: error: ..." or "... warning: ...". */
	    _("error") : _("warning");

	fputs("thbdoc: ", fp);
	if (d->file != NULL) {
		fputs(d->file, fp);
		if (d->line > 0)
			fprintf(fp, ":%d", d->line);
		if (d->line > 0 && d->col > 0)
			fprintf(fp, ":%d", d->col);
		fputs(": ", fp);
	}
	fprintf(fp, "%s: %s\n", sev, d->message);
}

void
diag_list_print(const struct diag_list *list, FILE *fp)
{
	struct diag left = { NULL, 0, 0, DIAG_WARNING, WARN_DIAG_LEFT_OUT,
	    NULL };
	char n[32], errors[32], max[32];
	const char *arg[3] = { n, errors, max };
	size_t i;

	for (i = 0; i < list->count; i++)
		diag_print(&list->items[i], fp);
	if (list->dropped == 0)
		return;
	snprintf(n, sizeof(n), "%zu", list->dropped);
	snprintf(errors, sizeof(errors), "%zu", list->dropped_errors);
	snprintf(max, sizeof(max), "%d", DIAG_LIST_MAX);
	diag_fill(&left, WARN_DIAG_LEFT_OUT, arg, 3, sizeof(max));
	diag_print(&left, fp);
	free(left.message);
	for (i = 0; i < left.nargs; i++)
		free(left.args[i]);
}

void
diag_list_clear(struct diag_list *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		unsigned j;

		free(list->items[i].file);
		free(list->items[i].message);
		for (j = 0; j < list->items[i].nargs; j++)
			free(list->items[i].args[j]);
	}
	list->count = 0;
	list->dropped = 0;
	list->dropped_errors = 0;
	list->dropped_exit = THB_EXIT_OK;
}

void
diag_list_free(struct diag_list *list)
{
	diag_list_clear(list);
	free(list->items);
	list->items = NULL;
	list->cap = 0;
}
