#!/bin/sh
# form.sh: the blank report is a PDF form to fill on screen as well as on
# paper (README.md, "The blank report as a form"): its boxes and lines
# are text fields, its boxes to tick check boxes or the choices of a
# radio group, each with what a screen reader announces (/TU: the label,
# the statement, the question), read back by pdf.js (tests/pdfjs-form.mjs),
# by qpdf (tests/form-fields.py), by poppler and by MuPDF; filled in with
# pdf.js as an officer would in Firefox, the values and the typed text
# come back, drawn in the font the file embeds.  The page as printed is
# the same with the fields as without them.  The report written from a
# case has no field.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
if [ -z "${PYTHON3:-}" ] || [ -z "${QPDF:-}" ] || [ -z "${PDFINFO:-}" ]; then
	echo "SKIP: python3, qpdf or pdfinfo not found"; exit 77
fi
have_pdfjs=no
[ -n "${NODE:-}" ] && [ -d "$top_srcdir/node_modules/pdfjs-dist" ] &&
    have_pdfjs=yes
pdftoppm=$(command -v pdftoppm || true)

# The fields, whatever the language: page, type, name, choice.
cat >"$tmp/want" <<'EOF'
1 Tx police
1 Tx report
1 Tx interception-date
1 Tx person-name
1 Tx birth-date
1 Tx nationality
1 Btn assessment radio=victim
1 Btn assessment radio=uncertain
1 Btn assessment radio=suspect
1 Btn residence radio=legal
1 Btn residence radio=illegal
1 Btn residence radio=precarious
1 Tx leaflet-date
1 Tx leaflet-language
1 Tx centre-name
1 Btn consent check
1 Btn support check
1 Tx office-date
1 Tx officer
1 Tx case-ref
EOF

# words FILE: its text on one line, white space collapsed.
words() {
	tr -s ' \n\t' '   ' <"$1"
}

for ll in fr nl de; do
	pdf="$tmp/blank-$ll.pdf"
	"$THBDOC" report --blank --lang "$ll" -o "$pdf" 2>"$tmp/err"
	check "blank-$ll: exit status" 0 "$?"
	"$PDFINFO" "$pdf" >"$tmp/info" 2>"$tmp/perr"
	check "blank-$ll: pdfinfo says nothing on stderr" "" \
	    "$(cat "$tmp/perr")"
	check_grep "blank-$ll: poppler reads an AcroForm" '^Form: *AcroForm' \
	    "$tmp/info"
	if [ -n "${MUTOOL:-}" ]; then
		"$MUTOOL" show "$pdf" trailer/Root/AcroForm >"$tmp/acro" \
		    2>"$tmp/merr"
		check_grep "blank-$ll: MuPDF reads the AcroForm's fields" \
		    '/Fields \[' "$tmp/acro"
		check "blank-$ll: no NeedAppearances (PDF/A-2 6.4.1)" 0 \
		    "$(grep -c NeedAppearances "$tmp/acro")"
	fi
	# The fields' names, types and text, as qpdf reads them: each radio
	# group asks the question of its heading, the other fields say their
	# label or statement, which the page prints.
	"$PYTHON3" "$top_srcdir/tests/form-fields.py" --qpdf "$QPDF" "$pdf" \
	    >"$tmp/fields"
	check "blank-$ll: sixteen fields" 16 "$(wc -l <"$tmp/fields" |
	    tr -d ' ')"
	"$PDFTOTEXT" "$pdf" "$tmp/text" 2>/dev/null
	page=$(words "$tmp/text")
	while read -r name type value widgets tu; do
		tu=${tu#\"}
		tu=${tu%\"}
		case $page in
		*"$tu"*) pass ;;
		*) fail "blank-$ll: field $name: its /TU '$tu' is not printed" ;;
		esac
	done <"$tmp/fields"
	check "blank-$ll: two radio groups of three choices" 2 \
	    "$(grep -c '^[a-z]* Btn Off 3 ' "$tmp/fields" | tr -d ' ')"
	# Empty fields print nothing: poppler draws the page the same with
	# and without its annotations.
	if [ -n "$pdftoppm" ]; then
		"$pdftoppm" -r 100 -png "$pdf" "$tmp/with"
		"$pdftoppm" -r 100 -png -hide-annotations "$pdf" "$tmp/without"
		if cmp -s "$tmp/with-1.png" "$tmp/without-1.png"; then pass; else
			fail "blank-$ll: the empty fields change the page"
		fi
	fi
	[ "$have_pdfjs" = yes ] || continue
	# pdf.js: every widget's field, type and alternate text.
	"$NODE" "$top_srcdir/tests/pdfjs-form.mjs" "$pdf" >"$tmp/pdfjs" ||
	    fail "blank-$ll: pdf.js failed"
	sed 's/ tu=.*//' "$tmp/pdfjs" >"$tmp/got"
	check_file "blank-$ll: pdf.js reads the fields" "$tmp/want" "$tmp/got"
	check "blank-$ll: pdf.js: every widget has its alternate text" 0 \
	    "$(grep -c 'tu=""' "$tmp/pdfjs")"
done

# Filled in with pdf.js: a name with letters of Romanian, Polish, German
# and Turkish, one choice of the assessment (point 5.2), one check box.
if [ "$have_pdfjs" = yes ]; then
	name='Ștefan Łukasz Müller-Çelik'
	"$NODE" "$top_srcdir/tests/pdfjs-form.mjs" "$tmp/blank-fr.pdf" \
	    "$tmp/filled.pdf" "person-name=$name" assessment=uncertain \
	    consent=Yes case-ref=2026/0042 >/dev/null ||
	    fail "filled: pdf.js failed"
	"$PYTHON3" "$top_srcdir/tests/form-fields.py" --qpdf "$QPDF" \
	    "$tmp/filled.pdf" >"$tmp/fields"
	check_grep "filled: the name's value" "^person-name Tx $name 1 " \
	    "$tmp/fields"
	check_grep "filled: the assessment's choice (point 5.2)" \
	    '^assessment Btn uncertain 3 ' "$tmp/fields"
	check_grep "filled: the check box" '^consent Btn Yes 1 ' "$tmp/fields"
	check_grep "filled: the other group left alone" \
	    '^residence Btn Off 3 ' "$tmp/fields"
	"$PDFTOTEXT" "$tmp/filled.pdf" "$tmp/text" 2>"$tmp/perr"
	check "filled: pdftotext says nothing on stderr" "" \
	    "$(cat "$tmp/perr")"
	check_grep "filled: the typed name is on the page" "$name" "$tmp/text"
	# pdf.js draws what is typed in the form's font, which has those
	# letters: no other font (a Helvetica it would add) is used.
	if command -v pdffonts >/dev/null; then
		pdffonts "$tmp/filled.pdf" >"$tmp/fonts" 2>&1
		check "filled: every font embedded" 0 \
		    "$(awk 'NR > 2 && $(NF - 4) != "yes"' "$tmp/fonts" |
		    wc -l | tr -d ' ')"
	fi
fi

# The report from a case is printed, not filled in: no field.
"$THBDOC" report --date 2026-11-29 \
    "$top_srcdir/data/samples/01-brussels-reflection.xml" \
    -o "$tmp/report.pdf" 2>"$tmp/err"
check "report: exit status" 0 "$?"
"$PDFINFO" "$tmp/report.pdf" >"$tmp/info" 2>/dev/null
check_grep "report: no AcroForm" '^Form: *none' "$tmp/info"

# The checks catch what they check, on a copy of the blank form broken
# on purpose (same-length edits of qpdf's uncompressed form): a form
# that asks the viewer for the appearances, a box whose state has no
# appearance, a Form element that does not hold its widget.
"$QPDF" --qdf --object-streams=disable "$tmp/blank-fr.pdf" "$tmp/qdf.pdf"
sed 's|/DA (/FormFont 0 Tf 0 g)|/NeedAppearances true   |;
    0,\|/AS /Off|s|/AS /Off|/AS /Ofx|; 0,\|/Type /OBJR|s|/Type /OBJR|/Type /OBJX|' \
    "$tmp/qdf.pdf" >"$tmp/broken.pdf"
"$PYTHON3" "$top_srcdir/tests/pdfa-check.py" --qpdf "$QPDF" \
    "$tmp/broken.pdf" >"$tmp/pdfa" 2>&1
check "pdfa-check.py: a broken form fails" 1 "$?"
check_grep "pdfa-check.py: NeedAppearances" "6.4.1 AcroForm" "$tmp/pdfa"
check_grep "pdfa-check.py: a state without appearance" \
    "6.3.3 widget .* /AS names no state" "$tmp/pdfa"
"$PYTHON3" "$top_srcdir/tests/struct-check.py" --pdf "$QPDF" \
    "$tmp/broken.pdf" >"$tmp/struct" 2>&1
check "struct-check.py: a broken form fails" 1 "$?"
check_grep "struct-check.py: a Form element without its widget" \
    "Form element .*: no OBJR" "$tmp/struct"
finish
