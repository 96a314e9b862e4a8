#!/bin/sh
# leaflets.sh: the leaflet in every language of po/LINGUAS (and English):
# made without a warning (so every string is translated and every
# character has a glyph in the language's font chain), at most two A4
# pages, valid PDF, every font embedded, the same bytes twice, and the
# title extracted back as text.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

langs="en $(sed 's/#.*//' "$top_srcdir/po/LINGUAS")"
export SOURCE_DATE_EPOCH=1700000000
title="Help for victims of human trafficking"

for ll in $langs; do
	out="$tmp/leaflet-$ll.pdf"
	"$THBDOC" leaflet --lang "$ll" -o "$out" 2>"$tmp/err"
	check "$ll: exit status" 0 "$?"
	check "$ll: no warning" "" "$(cat "$tmp/err")"
	[ -f "$out" ] || continue
	if [ -n "${PDFINFO:-}" ]; then
		pages=$("$PDFINFO" "$out" 2>/dev/null | sed -n 's/^Pages: *//p')
		check "$ll: at most 2 pages" yes \
		    "$([ "${pages:-9}" -le 2 ] && echo yes || echo "$pages")"
	fi
	if [ -n "${QPDF:-}" ]; then
		"$QPDF" --check "$out" >"$tmp/qpdf" 2>&1
		check "$ll: qpdf --check" 0 "$?"
	fi
	if [ -n "${PDFFONTS:-}" ]; then
		check "$ll: every font embedded" "" \
		    "$("$PDFFONTS" "$out" 2>/dev/null | awk 'NR > 2 && $(NF-4) != "yes"')"
	fi
	"$THBDOC" leaflet --lang "$ll" -o "$tmp/again.pdf" 2>/dev/null
	if cmp -s "$out" "$tmp/again.pdf"; then pass; else
		fail "$ll: two runs differ"; fi
	if [ -n "${PDFTOTEXT:-}" ]; then
		if [ "$ll" = en ]; then
			want=$title
		else
			want=$(msggrep --msgid -F -e "$title" \
			    "$top_srcdir/po/$ll.po" 2>/dev/null |
			    msgcat --no-wrap - 2>/dev/null |
			    sed -n 's/^msgstr "\(.*\)"$/\1/p' | tail -n 1)
		fi
		"$PDFTOTEXT" "$out" - 2>/dev/null | head -n 3 | tr '\n' ' ' \
		    >"$tmp/text"
		check_grep "$ll: title extracted in order" "$want" "$tmp/text"
	fi
done
finish
