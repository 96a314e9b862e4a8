#!/bin/sh
# leaflets.sh: the leaflet in every language of po-docs/LINGUAS (and
# English), alone and side by side with French (a sample with Dutch and
# German too): made without a warning (so every string is translated and every
# character has a glyph in the language's font chain), at most two A4
# pages, valid PDF, every font embedded, the same bytes twice, every
# string extracted back as text (tests/extract-check.py), and paginated
# by the rules of issue 13, item 3 (tests/pagination-check.py: no list of
# two items split, no heading last on a page, no widow, no orphan).
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

langs="en $(sed 's/#.*//' "$top_srcdir/po-docs/LINGUAS")"
# Languages whose changed leaflet strings wait for re-translation: refused
# as they are, printed with --allow-incomplete (po-docs/CARRY-OVER).
carry=" $(sed 's/#.*//' "$top_srcdir/po-docs/CARRY-OVER" | tr '\n' ' ') "
export SOURCE_DATE_EPOCH=1700000000

# A file that exists is left alone unless --force.
"$THBDOC" leaflet --lang en -o "$tmp/exists.pdf" 2>/dev/null
printf 'keep me' >"$tmp/exists.pdf"
"$THBDOC" leaflet --lang en -o "$tmp/exists.pdf" 2>"$tmp/err"
check "existing file: exit status" 3 "$?"
check "existing file: untouched" "keep me" "$(cat "$tmp/exists.pdf")"
check_grep "existing file: message" "exists already.*--force" "$tmp/err"
check "existing file: no temporary file left" 1 \
    "$(ls "$tmp" | grep -c '^exists')"
"$THBDOC" leaflet --force --lang en -o "$tmp/exists.pdf" 2>/dev/null
check "--force replaces it" 0 "$?"
check "--force: a PDF now" "%PDF" "$(head -c 4 "$tmp/exists.pdf")"

for ll in $langs; do
	out="$tmp/leaflet-$ll.pdf"
	inc=
	case $carry in *" $ll "*)
		"$THBDOC" leaflet --lang "$ll" -o "$out" 2>"$tmp/err"
		st=$?
		if [ "$st" -eq 0 ] && ! po_docs_waiting "$ll"; then
			fail "$ll: complete now: remove it from po-docs/CARRY-OVER"
			rm -f "$out"
		elif [ "$st" -eq 0 ]; then
			# Its leaflet is complete: its notice's strings wait.
			pass
			rm -f "$out"
		else
			check "$ll (carry-over): refused, exit status" 1 "$st"
			check "$ll (carry-over): no file" no \
			    "$([ -e "$out" ] && echo yes || echo no)"
			check_grep "$ll (carry-over): says why" \
			    "not offered in $ll" "$tmp/err"
		fi
		inc=--allow-incomplete ;;
	esac
	"$THBDOC" leaflet $inc --lang "$ll" -o "$out" 2>"$tmp/err"
	check "$ll: exit status" 0 "$?"
	# A language carried over warns only of its English sentences.
	if [ -n "$inc" ]; then
		grep -v "warning: \[$ll\] not translated, the English text is used" \
		    "$tmp/err" >"$tmp/warn"
	else
		cp "$tmp/err" "$tmp/warn"
	fi
	check "$ll: no warning" "" "$(cat "$tmp/warn")"
	[ -f "$out" ] || continue
	if [ -n "${PDFINFO:-}" ]; then
		pages=$(poppler "$PDFINFO" "$out" | sed -n 's/^Pages: *//p')
		check "$ll: at most 2 pages" yes \
		    "$([ "${pages:-9}" -le 2 ] && echo yes || echo "$pages")"
	fi
	if [ -n "${QPDF:-}" ]; then
		"$QPDF" --check "$out" >"$tmp/qpdf" 2>&1
		check "$ll: qpdf --check" 0 "$?"
	fi
	check_pdfa "$ll" "$out"
	check_pagination "$ll" "$out"
	if [ -n "${PDFFONTS:-}" ]; then
		check "$ll: every font embedded" "" \
		    "$(poppler "$PDFFONTS" "$out" | awk 'NR > 2 && $(NF-4) != "yes"')"
	fi
	"$THBDOC" leaflet $inc --force --lang "$ll" -o "$tmp/again.pdf" 2>/dev/null
	if cmp -s "$out" "$tmp/again.pdf"; then pass; else
		fail "$ll: two runs differ"; fi
	# Every string comes back from the text layer, in logical order
	# (shaped scripts included), in the three readers people use:
	# poppler (every character), MuPDF and pdf.js (98 % of each string):
	# copy-paste, search and screen readers need it.  poppler's warnings
	# fail the test.
	dir=$(sed -n "s/.*code=\"$ll\".*dir=\"\([a-z]*\)\".*/\1/p" \
	    "$top_srcdir/data/languages.xml")
	# Carried over: the page mixes English sentences into a right-to-left
	# text, whose order pdftotext then guesses; and the notice of the
	# incomplete translation may leave no room for the region's sentence
	# (every string of the catalogue that is not fuzzy is looked for, that
	# one too): such a language's text is not compared.
	region="--region brussels"
	if [ -n "$inc" ]; then
		[ "${dir:-ltr}" = rtl ] && continue
	fi
	[ -n "${PYTHON3:-}" ] || continue
	if ! "$THBDOC" leaflet $inc --force --lang "$ll" $region \
	    -o "$tmp/region.pdf" 2>/dev/null; then
		[ -n "$inc" ] && continue
		fail "$ll: leaflet $region: exit status"
		continue
	fi
	if [ "$ll" = en ]; then po=-; else po="$top_srcdir/po-docs/$ll.po"; fi
	for reader in poppler mupdf pdfjs; do
		read_text "$ll" $reader "$tmp/region.pdf" || continue
		if "$PYTHON3" "$top_srcdir/tests/extract-check.py" "$po" \
		    "$tmp/text" "${dir:-ltr}" "$top_srcdir/po-docs/thbdoc-docs.pot" \
		    "$reader" >"$tmp/missing" 2>/dev/null; then pass; else
			fail "$ll: $reader: text not extracted"
			cat "$tmp/missing" >&2
		fi
	done
done
# Side by side with the official language (--with; issue 13, item 4):
# every language with French, a sample with Dutch and German; no warning
# (no word cut: the timeline is set across the page, once per language),
# at most PUBLISH_LEAFLET_PAGES_WITH pages, PDF/A, each section's
# headings level in both languages, every block of the
# tree back from the text layer (the three readers for the samples,
# poppler for the others: a reader's guess of a two-column page's order).
with_pages=$(sed -n 's/^#define PUBLISH_LEAFLET_PAGES_WITH[^0-9]*//p' \
    "$top_srcdir/src/publish.h")
for pair in $(for ll in $langs; do [ "$ll" = fr ] || echo "$ll-fr"; done) \
    ar-nl zh-nl ro-nl bg-nl fa-nl es-nl sq-nl tr-nl ru-de ti-de es-de; do
	ll=${pair%-*} with=${pair#*-}
	inc=
	case $carry in *" $ll "*) inc=--allow-incomplete ;; esac
	out="$tmp/with-$pair.pdf"
	"$THBDOC" leaflet $inc --lang "$ll" --with "$with" -o "$out" \
	    2>"$tmp/err"
	check "$pair: exit status" 0 "$?"
	if [ -n "$inc" ]; then
		grep -v "warning: \[$ll\] not translated, the English text is used" \
		    "$tmp/err" >"$tmp/warn"
	else
		cp "$tmp/err" "$tmp/warn"
	fi
	check "$pair: no warning" "" "$(cat "$tmp/warn")"
	[ -f "$out" ] || continue
	if [ -n "${PDFINFO:-}" ]; then
		pages=$(poppler "$PDFINFO" "$out" | sed -n 's/^Pages: *//p')
		check "$pair: at most $with_pages pages" yes \
		    "$([ "${pages:-9}" -le "$with_pages" ] && echo yes || echo "$pages")"
	fi
	check_pdfa "$pair" "$out"
	[ -n "${PYTHON3:-}" ] || continue
	# Both languages start each section level (tests/pair-check.py:
	# the tops of the headings of both halves of each page, within a
	# point).
	if [ -n "${MUTOOL:-}" ]; then
		"$MUTOOL" draw -q -F stext -o "$tmp/stext" "$out" 2>/dev/null
		if "$PYTHON3" "$top_srcdir/tests/pair-check.py" "$tmp/stext" \
		    >"$tmp/level" 2>/dev/null; then pass; else
			fail "$pair: sections not level"; cat "$tmp/level" >&2
		fi
	fi
	"$THBDOC" leaflet $inc --lang "$ll" --with "$with" --dump \
	    >"$tmp/with.dump" 2>/dev/null
	# poppler gives the runs of a right-to-left line in visual order on
	# a page that is half left to right (README, known limits): MuPDF
	# reads the right-to-left languages' pages.
	dir=$(sed -n "s/.*code=\"$ll\".*dir=\"\([a-z]*\)\".*/\1/p" \
	    "$top_srcdir/data/languages.xml")
	case $with-${dir:-ltr} in
	fr-rtl) readers=mupdf ;;
	fr-*) readers=poppler ;;
	*-rtl) readers="mupdf pdfjs" ;;
	*) readers="poppler mupdf pdfjs" ;;
	esac
	for reader in $readers; do
		read_text "$pair" $reader "$out" || continue
		if "$PYTHON3" "$top_srcdir/tests/extract-check.py" --dump \
		    "$tmp/with.dump" "$tmp/text" "$reader" >"$tmp/missing" \
		    2>/dev/null; then pass; else
			fail "$pair: $reader: text not extracted"
			cat "$tmp/missing" >&2
		fi
	done
done
# The PDF/A checks catch what they check: a link that does not print,
# an output intent of another standard, and for level A a rule drawn
# neither as an artifact nor in the structure tree and a row header
# without a scope, all put into a copy of the English leaflet
# (same-length edits of qpdf's uncompressed form).
if [ -n "${QPDF:-}" ] && [ -f "$tmp/leaflet-en.pdf" ]; then
	"$QPDF" --qdf --object-streams=disable "$tmp/leaflet-en.pdf" \
	    "$tmp/qdf.pdf"
	sed 's|/F 4$|/F 0|; s|/GTS_PDFA1|/GTS_PDFX1|;
	    s|^/Artifact BMC|/Artifakt BMC|; s|/Scope /Row|/Scope /Roe|' \
	    "$tmp/qdf.pdf" >"$tmp/broken.pdf"
	"$PYTHON3" "$top_srcdir/tests/pdfa-check.py" --qpdf "$QPDF" \
	    "$tmp/broken.pdf" >"$tmp/pdfa" 2>&1
	check "pdfa-check.py: a broken copy fails" 1 "$?"
	check_grep "pdfa-check.py: a link that does not print" \
	    "6.3.2 annotation" "$tmp/pdfa"
	check_grep "pdfa-check.py: no PDF/A output intent" \
	    "6.2.3 catalog" "$tmp/pdfa"
	check_grep "pdfa-check.py: level A, painting outside the tree" \
	    "6.7.2.2 page .* neither in the structure tree nor artifacts" \
	    "$tmp/pdfa"
	check_grep "pdfa-check.py: level A, a row header without scope" \
	    "a TH without /Scope" "$tmp/pdfa"
fi
finish
