#!/bin/sh
# pocket-card.sh: thbdoc pocket-card in every language of po-docs/LINGUAS
# (and English): one A4 page, valid PDF, every font embedded, the same
# bytes twice, the three centres' numbers and 112 extracted back, and
# nothing but the card's own words (tests/pocket-check.py): no word that
# names trafficking, in the page or in the PDF's title and subject.  A
# language whose catalogue lacks one of the card's lines is refused, as
# for the leaflet (tests/i18n/publish.sh); those of po-docs/CARRY-OVER
# are printed with --allow-incomplete, the English standing in with a
# warning each (issue 16, item 4).
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

langs="en $(sed 's/#.*//' "$top_srcdir/po-docs/LINGUAS")"
carry=" $(sed 's/#.*//' "$top_srcdir/po-docs/CARRY-OVER" | tr '\n' ' ') "
export SOURCE_DATE_EPOCH=1700000000

"$THBDOC" pocket-card -o "$tmp/x.pdf" 2>"$tmp/err"
check "no --lang: exit status" 2 "$?"
"$THBDOC" pocket-card --lang en --region mars -o "$tmp/x.pdf" 2>"$tmp/err"
check "unknown region: exit status" 2 "$?"
check "unknown region: no file" no "$([ -e "$tmp/x.pdf" ] && echo yes || echo no)"

# The region's centre comes first (point 3).
"$THBDOC" pocket-card --lang en --region wallonia --dump >"$tmp/tree"
check "--region wallonia: Liège first" '"Liège: "' \
    "$(grep -m1 -o '"Antwerp: "\|"Brussels: "\|"Liège: "' "$tmp/tree")"
check "eight cards" "cards level=8" "$(grep -o 'cards level=[0-9]*' "$tmp/tree")"

for ll in $langs; do
	out="$tmp/card-$ll.pdf"
	inc=
	case $carry in *" $ll "*) inc=--allow-incomplete ;; esac
	"$THBDOC" pocket-card $inc --lang "$ll" --region brussels -o "$out" \
	    2>"$tmp/err"
	check "$ll: exit status" 0 "$?"
	# Carried over: a line not translated yet stands in English, with a
	# warning (the French line is there).
	if [ -n "$inc" ]; then
		grep -v "warning: \[$ll\] not translated, the English text is used" \
		    "$tmp/err" >"$tmp/warn"
	else
		cp "$tmp/err" "$tmp/warn"
	fi
	check "$ll: no warning" "" "$(cat "$tmp/warn")"
	[ -f "$out" ] || continue
	if [ -n "${PDFINFO:-}" ]; then
		"$PDFINFO" "$out" >"$tmp/info" 2>/dev/null
		check "$ll: one page" 1 "$(sed -n 's/^Pages: *//p' "$tmp/info")"
		if grep -i -q 'traffick\|traite\|handel\|victim' "$tmp/info"; then
			fail "$ll: the PDF's metadata names trafficking"
			cat "$tmp/info" >&2
		else pass; fi
	fi
	if [ -n "${QPDF:-}" ]; then
		"$QPDF" --check "$out" >"$tmp/qpdf" 2>&1
		check "$ll: qpdf --check" 0 "$?"
	fi
	check_pdfa "$ll" "$out"
	if [ -n "${PDFFONTS:-}" ]; then
		check "$ll: every font embedded" "" \
		    "$("$PDFFONTS" "$out" 2>/dev/null | awk 'NR > 2 && $(NF-4) != "yes"')"
	fi
	"$THBDOC" pocket-card $inc --force --lang "$ll" --region brussels \
	    -o "$tmp/again.pdf" 2>/dev/null
	if cmp -s "$out" "$tmp/again.pdf"; then pass; else
		fail "$ll: two runs differ"; fi
	if [ -n "${PDFTOTEXT:-}" ] && [ -n "${PYTHON3:-}" ]; then
		"$PDFTOTEXT" "$out" "$tmp/text" 2>/dev/null
		if [ "$ll" = en ]; then po=-; else po="$top_srcdir/po-docs/$ll.po"; fi
		if "$PYTHON3" "$top_srcdir/tests/pocket-check.py" "$po" \
		    "$top_srcdir/po-docs/fr.po" "$tmp/text" >"$tmp/bad"; then
			pass
		else
			fail "$ll: the card's text"; sort -u "$tmp/bad" >&2
		fi
	fi
done
finish
