#!/bin/sh
# cli.sh: thbdoc leaflet and thbdoc languages, through the program.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tmpl/lib.sh"

# expect_status NAME STATUS COMMAND...: the exit status of a command.
expect_status() {
	name=$1 want=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	check "$name: exit status" "$want" "$?"
}

# languages: one line per language of data/languages.xml, and a header.
expect_status "languages" 0 "$THBDOC" languages
cp "$tmp/out" "$tmp/languages"
check "languages: lines" 32 "$(wc -l <"$tmp/languages" | tr -d ' ')"
check_grep "languages: English is the source" '^en  *Latn  *ltr  *source' \
    "$tmp/languages"
check_grep "languages: Pashto, right to left, in its script" \
    '^ps  *Arab  *rtl .* Pashto — پښتو$' "$tmp/languages"
check_grep "languages: Tigrinya in Ethiopic" '^ti  *Ethi  *ltr .*ትግርኛ' \
    "$tmp/languages"

# The tree of the English leaflet is the golden one (tests/tmpl/golden).
expect_status "leaflet --dump" 0 "$THBDOC" leaflet --lang en --dump
# (tmpltool's first line and its list of links are not in the tree.)
sed '1d;/^link /d' "$here/golden/leaflet-en.dump" >"$tmp/expected"
check_file "leaflet --lang en --dump" "$tmp/expected" "$tmp/out"

# Point 3: the centre of the region of interception comes first.
for r in flanders:Payoke brussels:PAG-ASA wallonia:Sürya; do
	"$THBDOC" leaflet --lang en --region "${r%%:*}" --dump >"$tmp/out"
	first=$(grep -m1 -o '"Payoke"\|"PAG-ASA"\|"Sürya"' "$tmp/out")
	check "--region ${r%%:*}: first centre" "\"${r#*:}\"" "$first"
done

# Usage errors.
expect_status "no language" 2 "$THBDOC" leaflet --dump
expect_status "--lang and --all" 2 "$THBDOC" leaflet --lang en --all -o x
expect_status "no output" 2 "$THBDOC" leaflet --lang en
expect_status "unknown region" 2 "$THBDOC" leaflet --lang en \
    --region mars --dump
expect_status "--with a non-official language" 2 "$THBDOC" leaflet \
    --lang ro --with es --dump
expect_status "unknown language" 2 "$THBDOC" leaflet --lang xx --dump
check_grep "unknown language: message" 'unknown language "xx"' "$tmp/err"

# A language with no catalogue: a system error naming it.
mkdir "$tmp/no-locale"
expect_status "no catalogue" 3 env THBDOC_LOCALEDIR="$tmp/no-locale" \
    "$THBDOC" leaflet --lang bin --dump
check_grep "no catalogue: message" 'no translation catalogue for bin' \
    "$tmp/err"

# Missing data: says what to set.
expect_status "no data" 3 env THBDOC_DATADIR="$tmp/no-locale" \
    "$THBDOC" leaflet --lang en --dump
check_grep "no data: message" 'data file not found' "$tmp/err"
# PDF: two pages at most, the centres' numbers in the extracted text.
expect_status "leaflet PDF" 0 "$THBDOC" leaflet --lang en --region wallonia \
    -o "$tmp/en.pdf"
check "leaflet PDF: a PDF file" "%PDF" "$(head -c 4 "$tmp/en.pdf")"
if [ -n "${PDFTOTEXT:-}" ]; then
	poppler "$PDFTOTEXT" "$tmp/en.pdf" "$tmp/en.txt"
	for want in 'Call a centre' '04 232 40 30' '03 201 16 90' \
	    '02 511 64 64' 'point 8.1'; do
		check_grep "leaflet PDF: $want" "$want" "$tmp/en.txt"
	done
	pages=$(poppler pdfinfo "$tmp/en.pdf" | sed -n 's/^Pages: *//p')
	[ -z "$pages" ] || check "leaflet PDF: pages" 2 "$pages"
fi
# --all: one file per language with a catalogue, English always.
expect_status "leaflet --all" 0 "$THBDOC" leaflet --all -o "$tmp/all"
check "leaflet --all: English" "%PDF" "$(head -c 4 "$tmp/all/leaflet-en.pdf")"
for ll in fr nl de; do
	[ -f "$top_builddir/tests/locale/$ll/LC_MESSAGES/thbdoc-docs.mo" ] ||
		continue
	check "leaflet --all: $ll" "%PDF" \
	    "$(head -c 4 "$tmp/all/leaflet-$ll.pdf" 2>/dev/null)"
done
finish
