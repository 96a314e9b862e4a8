#!/bin/sh
# typography.sh: the rules of a language's own typography (issue 13,
# item 6), pinned on the documents themselves.
#
# Dates: a notice writes every date in the words of the column's language
# (CLDR's day, month and year, through ICU: date_words()), never in ISO
# form, in every language of po-docs/LINGUAS; a language ICU does not know (Edo) gets international English.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
s="$top_srcdir/data/samples"
# 01: in the 45 days of point 8.1 on 2026-12-10, until 2026-12-20.
case01="$s/01-brussels-reflection.xml"

# notice LL: the notice's tree in $tmp/LL.dump, the person's column
# (the first of each row) in $tmp/LL.person.
notice() {
	"$THBDOC" notice --lang "$1" --date 2026-12-10 "$case01" --dump \
	    >"$tmp/$1.dump" 2>"$tmp/err"
	check "notice $1: exit status" 0 "$?"
	awk -v ll="$1" '
	    /^    column lang=/ { inperson = ($2 == "lang=" ll) ; next }
	    /^  [a-z]/ { inperson = 0 }
	    inperson' "$tmp/$1.dump" >"$tmp/$1.person"
}

# u TEXT: TEXT with its octal escapes (UTF-8 bytes) as bytes.
u() { printf "$1"; }

# check_span NAME TEXT LL: the person's column of LL's notice holds the
# date TEXT as one span.
check_span() {
	if grep -qF "\"$2\" strong user" "$tmp/$3.person"; then
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
	# The notice's date and the end of the 45 days, in words.
	dates=$(grep -c '2026.* strong user$' "$tmp/$ll.person")
	if [ "$dates" -ge 2 ]; then pass; else
		fail "notice $ll: $dates dates in words in the person's column"
	fi
done

# Pinned forms: as each language writes them (see also tests/test_date.c).
check_span "French" "$(u '10 d\303\251cembre 2026')" fr
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
    "$(u '"10 d\303\251cembre 2026" strong user')" "$tmp/ar.dump"
# Russian ends its date with an abbreviation's full stop: the sentence's
# own is not printed after it.
check_grep "Russian: one full stop after 'г.'" \
    "$(u '^        " \320\235')" "$tmp/ru.dump"

# The glyphs are there: no script's date falls back to a missing glyph.
for ll in ar th zh ru hi bin; do
	"$THBDOC" notice --lang "$ll" --date 2026-12-10 "$case01" \
	    -o "$tmp/$ll.pdf" 2>"$tmp/err"
	check "notice $ll: no warning" "" "$(cat "$tmp/err")"
done

finish
