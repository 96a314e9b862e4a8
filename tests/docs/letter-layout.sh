#!/bin/sh
# letter-layout.sh: the Office's letters are laid out as Belgian letters
# (issue 13, item 1), checked on the PDF's words and their positions, not
# pixels: the addressee stands in the address window of a DL envelope
# (right window: 100 x 45 mm, 20 mm from the right edge, top 50 mm from
# the top, src/layout.c), every page carries "n/N" and the legal basis
# (point 8.2), the closing formula is on the page of the signature line,
# and no box is drawn for the signature.  The centres' requests (points
# 4, 8.1, 8.3) are letters of the same layout: the centre's postal
# address in the sender block, the Office in the window.  The report's
# section is a form (item 2): the blank form one page with boxes to tick,
# each page with n/N and the case's reference; the filled one with no
# dash and no code for a word.  Every sample's notice (item 3) fits one
# page, or leaves at least 8 lines on its last; every document here is
# paginated by the rules of tests/pagination-check.py.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/docs/lib.sh"

s=$samples c=$cases
if ! have_catalogues || ! command -v pdftotext >/dev/null; then
	echo "SKIP: no fr/nl/de catalogues or no pdftotext"
	finish
fi

# The checks read numbers with a decimal point: awk in the C locale, the
# program in the test's (tests/fr_FR.sh runs this under fr_FR.UTF-8).
awk() { LC_ALL=C command awk "$@"; }

# words PDF: one line per word: page xMin yMin xMax yMax word (points,
# y from the top of the page).
words() {
	pdftotext -bbox "$1" - 2>/dev/null | awk '
	/<page / { p++ }
	/<word / {
		match($0, /xMin="[0-9.]+"/); x0 = substr($0, RSTART + 6, RLENGTH - 7)
		match($0, /yMin="[0-9.]+"/); y0 = substr($0, RSTART + 6, RLENGTH - 7)
		match($0, /xMax="[0-9.]+"/); x1 = substr($0, RSTART + 6, RLENGTH - 7)
		match($0, /yMax="[0-9.]+"/); y1 = substr($0, RSTART + 6, RLENGTH - 7)
		w = $0; sub(/^.*">/, "", w); sub(/<\/word>.*$/, "", w)
		gsub(/&apos;/, "'\''", w); gsub(/&quot;/, "\"", w)
		gsub(/&lt;/, "<", w); gsub(/&gt;/, ">", w); gsub(/&amp;/, "\\&", w)
		print p, x0, y0, x1, y1, w
	}'
}

# letter NAME ADDRESSEE-WORD CLOSING-WORD SIGNATURE-WORD LEGAL-WORD
#     SENDER-WORD ARGS...: SENDER-WORD, a word of the sender's postal
#     address, left of the window on page 1.
letter() {
	name=$1 addressee=$2 closing=$3 signature=$4 legal=$5 sender=$6
	shift 6
	rm -f "$tmp/l.pdf"
	"$THBDOC" "$@" -o "$tmp/l.pdf" 2>"$tmp/err" ||
	    { fail "$name: not written: $(cat "$tmp/err")"; return; }
	words "$tmp/l.pdf" >"$tmp/w"
	pages=$(awk 'END { print $1 }' "$tmp/w")
	# The addressee's first word: inside the window (A4: 595.28 pt wide;
	# window from x 255.1 to 538.6, y 141.7 to 269.3).
	check "$name: addressee in the envelope window" "yes" "$(awk -v a="$addressee" '
	    $1 == 1 && $6 == a { f = 1; ok = ($2 >= 255 && $4 <= 539 &&
	    $3 >= 141 && $5 <= 270) } END { print (f && ok) ? "yes" : "no" }' "$tmp/w")"
	# The sender block and references stay left of the window.
	check "$name: nothing but the addressee in the window's column" "yes" \
	    "$(awk '$1 == 1 && $3 > 95 && $5 < 140 && $4 > 255 { bad = 1 }
	    END { print bad ? "no" : "yes" }' "$tmp/w")"
	check "$name: the sender's address beside the window" "yes" "$(awk \
	    -v w="$sender" '$1 == 1 && $6 == w && $4 < 255 && $5 < 400 {
	    f = 1 } END { print f ? "yes" : "no" }' "$tmp/w")"
	check "$name: no dash for a missing value" "" "$(awk \
	    '$6 == "\342\200\224" { print "page " $1 }' "$tmp/w")"
	p=1
	while [ "$p" -le "$pages" ]; do
		check "$name: page $p says $p/$pages" "yes" "$(awk -v p="$p" \
		    -v n="$p/$pages" '$1 == p && $6 == n { f = 1 }
		    END { print f ? "yes" : "no" }' "$tmp/w")"
		check "$name: page $p carries the legal basis" "yes" "$(awk \
		    -v p="$p" -v l="$legal" '$1 == p && $6 == l && $3 > 700 { f = 1 }
		    END { print f ? "yes" : "no" }' "$tmp/w")"
		p=$((p + 1))
	done
	check_pagination "$name" "$tmp/l.pdf"
	check "$name: closing formula on the signature's page" \
	    "$(awk -v w="$signature" '$6 == w { print $1; exit }' "$tmp/w")" \
	    "$(awk -v w="$closing" '$6 == w { print $1; exit }' "$tmp/w")"
}

letter "query fr" Au Veuillez signature "Base" "l'Exemple" letter query \
    --date 2026-11-29 "$s/03-liege-query-due.xml"
letter "query fr, Namur" Au Veuillez signature "Base" "l'Exemple" letter query \
    --date 2026-04-01 "$c/namur-full.xml"
letter "query nl" Aan Hoogachtend, handtekening "Rechtsgrond:" Voorbeeldstraat \
    letter query --lang nl --date 2026-11-29 "$c/brussels-no-language.xml"
letter "query de" An Mit Unterschrift "Rechtsgrundlage:" "Beispielstraße" \
    letter query --date 2026-05-10 "$c/eupen-full.xml"
letter "general prosecutor nl" Aan Hoogachtend, handtekening "Rechtsgrond:" \
    Voorbeeldstraat letter general-prosecutor --date 2026-11-29 \
    "$s/04-gent-no-answer.xml"
letter "general prosecutor fr" Au Veuillez signature "Base" "l'Exemple" letter \
    general-prosecutor --date 2026-05-16 "$c/namur-full.xml"
letter "general prosecutor de" An Mit Unterschrift "Rechtsgrundlage:" \
    "Beispielstraße" letter general-prosecutor --date 2026-06-16 \
    "$c/eupen-full.xml"

# The centres' requests: the centre's street in the sender block, the
# Office's service (data/office.xml) in the window.
letter "centre support fr" Service Veuillez signature "Base" Alexiens request \
    centre-support --date 2026-11-20 "$s/01-brussels-reflection.xml"
letter "centre support de" "Föderaler" Mit Unterschrift "Rechtsgrundlage:" \
    Rouveroy request centre-support --date 2026-03-25 "$c/eupen-full.xml"
letter "arrival declaration nl" Federale Hoogachtend, handtekening \
    "Rechtsgrond:" Leguit request arrival-declaration --date 2026-11-20 \
    "$s/02-antwerp-complaint-at-interception.xml"
letter "arrival declaration de" "Föderaler" Mit Unterschrift \
    "Rechtsgrundlage:" Rouveroy request arrival-declaration \
    --date 2026-03-25 "$c/eupen-full.xml"
letter "indefinite residence fr" Service Veuillez signature "Base" Rouveroy \
    request indefinite-residence --date 2026-11-29 "$s/09-mons-conviction.xml"
letter "indefinite residence nl" Federale Hoogachtend, handtekening \
    "Rechtsgrond:" Alexiens request indefinite-residence --date 2026-11-29 \
    "$s/08-brussels-certificate-prosecution.xml"
letter "indefinite residence de" "Föderaler" Mit Unterschrift \
    "Rechtsgrundlage:" Rouveroy request indefinite-residence \
    --date 2027-03-01 "$c/eupen-full.xml"

# pages_say FILE NAME CASE-WORD: every page of FILE says "n/N" and, at its
# foot, CASE-WORD (the case's reference or its label).
pages_say() {
	words "$1" >"$tmp/w"
	pages=$(awk 'END { print $1 }' "$tmp/w")
	p=1
	while [ "$p" -le "$pages" ]; do
		check "$2: page $p says $p/$pages" "yes" "$(awk -v p="$p" \
		    -v n="$p/$pages" '$1 == p && $6 == n { f = 1 }
		    END { print f ? "yes" : "no" }' "$tmp/w")"
		check "$2: page $p names the case at its foot" "yes" "$(awk \
		    -v p="$p" -v w="$3" '$1 == p && index($6, w) == 1 &&
		    $3 > 760 { f = 1 } END { print f ? "yes" : "no" }' "$tmp/w")"
		p=$((p + 1))
	done
}

# The blank form: one page, a box to tick for each of the 8 choices (the
# document tree's "choice" blocks), the case's line on every page.
for f in "fr Dossier" "nl Dossier" "de Akte"; do
	set -- $f
	rm -f "$tmp/r.pdf"
	"$THBDOC" report --blank --lang "$1" -o "$tmp/r.pdf" 2>"$tmp/err" ||
	    { fail "blank form $1: not written: $(cat "$tmp/err")"; continue; }
	pages_say "$tmp/r.pdf" "blank form $1" "$2"
	check "blank form $1: one page" 1 "$(awk 'END { print $1 }' "$tmp/w")"
	check "blank form $1: 8 boxes to tick" 8 "$("$THBDOC" report --blank \
	    --lang "$1" --dump 2>/dev/null | grep -c '^ *choice\( \|$\)')"
	check_pagination "blank form $1" "$tmp/r.pdf"
done

# The filled form: no dash, the nationality in words, every value in bold
# (the document tree's values are "strong"), the case on every page.
for f in "01-brussels-reflection BXL-2026-0142 Roumanie" \
    "13-mechelen-uncertain MEC-2026-0040 Thailand" \
    "12-eupen-suspect EUP-2026-0002 -"; do
	set -- $f
	rm -f "$tmp/r.pdf"
	"$THBDOC" report --date 2026-11-29 "$s/$1.xml" -o "$tmp/r.pdf" \
	    2>"$tmp/err" || { fail "report $1: not written"; continue; }
	pages_say "$tmp/r.pdf" "report $1" "$2"
	check "report $1: no dash for a missing value" "" "$(awk \
	    '$6 == "\342\200\224" { print "page " $1 }' "$tmp/w")"
	[ "$3" = - ] || check "report $1: the nationality in words" yes \
	    "$(awk -v w="$3" '$6 == w { f = 1 } END { print f ? "yes" : "no" }' \
	    "$tmp/w")"
	check "report $1: every value in bold" "" "$("$THBDOC" report \
	    --date 2026-11-29 "$s/$1.xml" --dump 2>/dev/null |
	    grep ' user' | grep -v ' strong user')"
	check_pagination "report $1" "$tmp/r.pdf"
done

# Every sample's notice, in the person's language beside the official
# one, on dates across the procedure: one page, or a last page of 8 lines
# at least (never a scrap), paginated by the rules.
for d in 2025-06-01 2026-03-01 2026-11-29 2026-12-20; do
	for f in "$s"/*.xml; do
		rm -f "$tmp/n.pdf"
		"$THBDOC" notice --allow-incomplete --date "$d" "$f" \
		    -o "$tmp/n.pdf" \
		    >/dev/null 2>&1 || continue
		check_pagination "notice $(basename "$f" .xml) $d" "$tmp/n.pdf" \
		    --last-page-lines 8
	done
done
finish
