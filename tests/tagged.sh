#!/bin/sh
# tagged.sh: every PDF is tagged (issue 12, item 3; PDF/UA-1 structure):
# a structure tree whose reading order is the document's, read back by
# poppler ("pdfinfo -struct-text") and by pdf.js (tests/pdfjs-struct.mjs:
# getStructTree() and the text of each marked content), the roles each
# document has, /Lang where the language changes, the figure's alternate
# text, and the catalogue, pages and parent tree (tests/struct-check.py).
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
if [ -z "${PYTHON3:-}" ] || [ -z "${PDFINFO:-}" ]; then
	echo "SKIP: python3 or pdfinfo not found"; exit 77
fi
s="$top_srcdir/data/samples"
have_pdfjs=no
[ -n "${NODE:-}" ] && [ -d "$top_srcdir/node_modules/pdfjs-dist" ] &&
    have_pdfjs=yes

# run NAME COMMAND...: a check that prints what fails
run() {
	what=$1
	shift
	if "$@" >"$tmp/out" 2>&1; then pass; else
		fail "$what"; sed 's/^/  | /' "$tmp/out" >&2
	fi
}

# tagged NAME READERS "ROLES" COMMAND...: one document; READERS: the
# readers whose tree must read in order (poppler's -struct-text stops at
# the /ActualText of a Thai or Indic cluster inside an element's marked
# content; pdf.js gives one tree per page, so a side-by-side page's
# blocks cut by a page break come back out of order).
tagged() {
	name=$1 readers=$2 roles=$3
	shift 3
	"$THBDOC" "$@" -o "$tmp/$name.pdf" 2>"$tmp/err"
	check "$name: exit status" 0 "$?"
	"$THBDOC" "$@" --dump >"$tmp/$name.dump" 2>/dev/null
	"$PDFINFO" -struct-text "$tmp/$name.pdf" >"$tmp/$name.poppler" \
	    2>"$tmp/perr"
	check "$name: pdfinfo -struct-text says nothing on stderr" "" \
	    "$(cat "$tmp/perr")"
	if [ "$have_pdfjs" = yes ]; then
		"$NODE" "$top_srcdir/tests/pdfjs-struct.mjs" "$tmp/$name.pdf" \
		    >"$tmp/$name.pdfjs" || fail "$name: pdf.js failed"
	fi
	for reader in poppler pdfjs; do
		[ -f "$tmp/$name.$reader" ] || continue
		case " $readers " in
		*" $reader "*) run "$name: $reader reads the tree in order" \
			    "$PYTHON3" "$top_srcdir/tests/struct-check.py" \
			    "$tmp/$name.dump" "$tmp/$name.$reader" "$reader" \
			    $roles ;;
		*) run "$name: $reader: the roles" \
			    "$PYTHON3" "$top_srcdir/tests/struct-check.py" \
			    /dev/null "$tmp/$name.$reader" "$reader" $roles ;;
		esac
	done
	if [ -n "${QPDF:-}" ]; then
		run "$name: catalogue, pages and parent tree" "$PYTHON3" \
		    "$top_srcdir/tests/struct-check.py" --pdf "$QPDF" \
		    "$tmp/$name.pdf"
	fi
}

L="Document H1 H2 P L LI Lbl LBody Table TR TH TD Figure Link"
# A language waiting for its carry-over (po-docs/CARRY-OVER) is printed
# as "make check" prints it elsewhere: with its English sentences.  The
# option changes nothing for a complete language.
INC=--allow-incomplete
tagged leaflet-fr "poppler pdfjs" "$L" leaflet --lang fr
tagged leaflet-ar "poppler pdfjs" "$L" leaflet $INC --lang ar
tagged leaflet-zh "poppler pdfjs" "$L" leaflet $INC --lang zh
tagged leaflet-hi "pdfjs" "$L" leaflet $INC --lang hi
tagged leaflet-th "pdfjs" "$L" leaflet $INC --lang th
tagged leaflet-ar-fr "poppler" "$L Sect" leaflet $INC --lang ar --with fr
tagged notice-ar "poppler pdfjs" "Document H1 P" notice $INC \
    --date 2026-11-29 --lang ar "$s/01-brussels-reflection.xml"
tagged report-fr "poppler pdfjs" "Document H1 P" report --date 2026-11-29 \
    "$s/01-brussels-reflection.xml"
# The blank form's fields: a Form element each, beside its label; a box
# to tick in its list item's Lbl (tests/form.sh checks the fields).
tagged blank-nl "poppler pdfjs" "Document H1 H2 P L LI Lbl LBody Form" \
    report --blank --lang nl
tagged pocket-fr "poppler pdfjs" "Document Div P Link" pocket-card \
    --lang fr --region brussels

# The figure says what it shows; the official language's column says
# its language; the person's language is the catalogue's.
if [ "$have_pdfjs" = yes ]; then
	check_grep "leaflet-fr: the timeline's alternate text" \
	    'Figure alt=".*45' "$tmp/leaflet-fr.pdfjs"
	check_grep "leaflet-ar-fr: the French column's /Lang" \
	    'Sect lang=fr' "$tmp/leaflet-ar-fr.pdfjs"
	check_grep "leaflet-ar-fr: the document's /Lang" \
	    '^Document lang=ar' "$tmp/leaflet-ar-fr.pdfjs"
	# Side by side, the timeline is drawn across the page once in each
	# language: the French one says so, with its French alternate text.
	check_grep "leaflet-ar-fr: the French timeline's /Lang and /Alt" \
	    'Figure lang=fr alt="Les étapes' "$tmp/leaflet-ar-fr.pdfjs"
	check "leaflet-ar-fr: two timelines" 2 \
	    "$(grep -c 'Figure' "$tmp/leaflet-ar-fr.pdfjs" | tr -d ' ')"
fi
# A link's text is its Link element's (the element's next line in the
# dump is its text): the three phone numbers and 112 in French; in
# Arabic the phone numbers, whose cells are all link, but not 112,
# inside a right-to-left line, which is one /ActualText span that the
# Link's marked content cannot cross.
links_with_text() {
	awk '/^ *Link/ { l = 1; next } l && /^ *"/ { n++ } { l = 0 }
	    END { print n + 0 }' "$1"
}
for reader in poppler pdfjs; do
	[ -f "$tmp/leaflet-fr.$reader" ] || continue
	check "leaflet-fr: $reader: the links' text in their Link elements" \
	    4 "$(links_with_text "$tmp/leaflet-fr.$reader")"
	check "leaflet-ar: $reader: the phone numbers in their Link elements" \
	    3 "$(links_with_text "$tmp/leaflet-ar.$reader")"
done
check_grep "leaflet-fr: 112 is the Link's text" '^ *"112"$' \
    "$tmp/leaflet-fr.poppler"
# Each of the blank form's twenty widgets is its Form element's object
# (PDF/UA-1 7.18.4), as poppler reads the tree.
check "blank-nl: poppler: each Form element holds its widget" 20 \
    "$(awk '/^ *Form$/ { f = 1; next } f && /^ *Object [0-9]+ 0$/ { n++ }
    { f = 0 } END { print n + 0 }' "$tmp/blank-nl.poppler")"
# Eight copies of a card are read once: the other seven are artifacts.
check "pocket-fr: the card's text once in the tree" 1 \
    "$(grep -c '112' "$tmp/pocket-fr.poppler" | tr -d ' ')"
finish
