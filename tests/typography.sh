#!/bin/sh
# typography.sh: the rules of a language's own typography (issue 13,
# item 6), pinned on the documents themselves.
#
# French: the layout sets no-break spaces (typography.c) where French
# needs them, so no line of a French document starts with ; : ! ? or »,
# ends with «, or parts a number from what it counts ("45 / jours",
# "28 / janvier", "point / 5.2": tests/french-breaks.py); the Office's
# name has its accent (Office des Étrangers); the readers still find the
# words.
#
# Dates: a notice writes every date in the words of the column's language
# (CLDR's day, month and year, through ICU: date_words()), never in ISO
# form, in every language of po-docs/LINGUAS; a language ICU does not know (Edo) gets international English.
# Every date is one no-break span (the tree's "nobreak"): no line breaks
# inside a date in any language ("29 / November 2026").
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
s="$top_srcdir/data/samples"
# 01: in the 45 days of point 8.1 on 2026-12-10, until 2026-12-20.
case01="$s/01-brussels-reflection.xml"

# notice LL: the notice's tree in $tmp/LL.dump, the person's column
# (the first of each row) in $tmp/LL.person.
notice() {
	"$THBDOC" notice $(carry_inc "$1") --lang "$1" --date 2026-12-10 \
	    "$case01" --dump >"$tmp/$1.dump" 2>"$tmp/err"
	check "notice $1: exit status" 0 "$?"
	awk -v ll="$1" '
	    /^    column lang=/ { inperson = ($2 == "lang=" ll) ; next }
	    /^  [a-z]/ { inperson = 0 }
	    inperson' "$tmp/$1.dump" >"$tmp/$1.person"
}

# u TEXT: TEXT with its octal escapes (UTF-8 bytes) as bytes.
u() { printf "$1"; }

# check_span NAME TEXT LL: the person's column of LL's notice holds the
# date TEXT as one no-break span.
check_span() {
	if grep -qF "\"$2\" strong user nobreak" "$tmp/$3.person"; then
		pass
	else
		fail "$1: no date \"$2\" in the $3 column:"
		grep 2026 "$tmp/$3.person" | sed 's/^/  | /' >&2
	fi
}

for ll in en $(sed 's/#.*//' "$top_srcdir/po-docs/LINGUAS"); do
	notice "$ll"
	if [ "$ll" = fr ]; then
		cp "$tmp/fr.dump" "$tmp/fr.person"
	fi
	iso=$(grep -cE '[0-9]{4}-[0-9]{2}-[0-9]{2}' "$tmp/$ll.dump")
	check "notice $ll: no date in ISO form" 0 "$iso"
	# The notice's date and the end of the 45 days, in words, each
	# in one piece.
	dates=$(grep -c '2026.* strong user nobreak$' "$tmp/$ll.person")
	if [ "$dates" -ge 2 ]; then pass; else
		fail "notice $ll: $dates dates in words in the person's column"
	fi
	split=$(grep -c '2026.* strong user$' "$tmp/$ll.dump")
	check "notice $ll: no date that may break across lines" 0 "$split"
done

# Pinned forms: as each language writes them (see also tests/test_date.c).
# French: no-break spaces in the date (typography.c).
check_span "French" "$(u '10\302\240d\303\251cembre\302\2402026')" fr
check_span "Dutch" "20 december 2026" nl
check_span "German" "10. Dezember 2026" de
check_span "Arabic" \
    "$(u '10 \330\257\331\212\330\263\331\205\330\250\330\261 2026')" ar
check_span "Chinese" "$(u '2026\345\271\26412\346\234\21010\346\227\245')" zh
check_span "Thai, Gregorian year" \
    "$(u '10 \340\270\230\340\270\261\340\270\231\340\270\247\340\270\262\340\270\204\340\270\241 2026')" th
check_span "Edo: international English" "10 December 2026" bin
# The official column beside the person's is in its own language.
check_grep "French column of the Arabic notice" \
    "$(u '"10\302\240d\303\251cembre\302\2402026" strong user nobreak')" \
    "$tmp/ar.dump"
# Russian ends its date with an abbreviation's full stop: the sentence's
# own is not printed after it.
check_grep "Russian: one full stop after 'г.'" \
    "$(u '^        " \320\235')" "$tmp/ru.dump"

# The glyphs are there: no script's date falls back to a missing glyph.
# A language waiting for its carry-over (po-docs/CARRY-OVER) warns only
# of its sentences still in English.
carry=" $(sed 's/#.*//' "$top_srcdir/po-docs/CARRY-OVER" | tr '\n' ' ') "
for ll in ar th zh ru hi bin; do
	"$THBDOC" notice $(carry_inc "$ll") --lang "$ll" --date 2026-12-10 \
	    "$case01" -o "$tmp/$ll.pdf" 2>"$tmp/err"
	case $carry in *" $ll "*)
		grep -v "warning: \[$ll\] not translated, the English text is used" \
		    "$tmp/err" >"$tmp/err2"
		mv "$tmp/err2" "$tmp/err" ;;
	esac
	check "notice $ll: no warning" "" "$(cat "$tmp/err")"
done

# --- French ------------------------------------------------------------
if [ -n "${PDFTOTEXT:-}" ] && [ -n "${PYTHON3:-}" ]; then
	frdoc() {	# NAME COMMAND...: a French document's text in $tmp/NAME.txt
		name=$1; shift
		"$THBDOC" "$@" -o "$tmp/$name.pdf" 2>"$tmp/err"
		check "French $name: exit status" 0 "$?"
		if grep -qi glyph "$tmp/err"; then
			fail "French $name: a glyph is missing"; cat "$tmp/err" >&2
		else pass; fi
		poppler "$PDFTOTEXT" "$tmp/$name.pdf" "$tmp/$name.txt"
	}
	D=2026-11-29
	frdoc leaflet leaflet --lang fr --region brussels
	frdoc notice notice --lang fr --date $D "$s/05-charleroi-positive-answer.xml"
	frdoc query letter query --date $D "$s/03-liege-query-due.xml"
	frdoc pg letter general-prosecutor --date 2026-05-16 \
	    "$top_srcdir/tests/docs/cases/namur-full.xml"
	frdoc report report --date $D "$case01"
	frdoc support request centre-support --date $D "$case01"
	frdoc indefinite request indefinite-residence --date $D \
	    "$s/09-mons-conviction.xml"
	if "$PYTHON3" "$top_srcdir/tests/french-breaks.py" "$tmp"/*.txt \
	    >"$tmp/breaks"; then pass; else
		fail "French: a line breaks at a no-break space"
		cat "$tmp/breaks" >&2
	fi
	# The words are still found (the text layer has plain spaces).
	check_grep "French: '45 jours' read back" "45 jours" "$tmp/leaflet.txt"
	check_grep "French: 'point 8.2' read back" "point 8.2" \
	    "$tmp/notice.txt"
	# Accented capitals: the Office's name; no line opens with a bare
	# "A l'" (the addressee "À l'auditeur du travail").
	check_grep "French: Office des \303\211trangers" \
	    "$(u 'Office des \303\211trangers')" "$tmp/indefinite.txt"
	check "French: no 'A l'' without its accent" 0 \
	    "$(cat "$tmp"/*.txt | grep -c "^A l'")"
	if grep -l "Office des Etrangers" "$tmp"/*.txt >"$tmp/unaccented"; then
		fail "French: 'Office des Etrangers' unaccented in:"
		cat "$tmp/unaccented" >&2
	else pass; fi
fi

finish
