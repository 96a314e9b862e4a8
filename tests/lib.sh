# lib.sh: shared by the shell tests; sourced, not run.
# The test environment (Makefile.am AM_TESTS_ENVIRONMENT) exports THBDOC,
# THBDOC_DATADIR, top_srcdir and top_builddir.
set -u
: "${THBDOC:?run through make check}"
: "${top_srcdir:?run through make check}"

failures=0
passes=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/thbdoc-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The locale: C, or the one tests/fr_FR.sh asks for (THBDOC_TEST_LANG)
# with the messages left in English, so that the same expectations hold
# while numbers, dates, character classes and sorting follow that locale.
if [ -n "${THBDOC_TEST_LANG:-}" ]; then
	unset LC_ALL LC_CTYPE LC_NUMERIC LC_TIME LC_COLLATE LC_MONETARY \
	    LC_PAPER LC_NAME LC_ADDRESS LC_TELEPHONE LC_MEASUREMENT \
	    LC_IDENTIFICATION
	LANG=$THBDOC_TEST_LANG LC_MESSAGES=C LANGUAGE=
	export LANG LC_MESSAGES LANGUAGE
else
	export LC_ALL=C LANG=C LANGUAGE=
fi

pass() { passes=$((passes + 1)); }
fail() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }

# check NAME EXPECTED ACTUAL: equal strings
check() {
	if [ "$2" = "$3" ]; then pass; else
		fail "$1"; printf '  expected: %s\n  actual:   %s\n' "$2" "$3" >&2
	fi
}

# check_pdfa NAME FILE: the PDF/A-2 rules of tests/pdfa-check.py (README.md,
# "Archival PDF"); skipped without qpdf or python3.
check_pdfa() {
	[ -n "${QPDF:-}" ] && [ -n "${PYTHON3:-}" ] || return 0
	if "$PYTHON3" "$top_srcdir/tests/pdfa-check.py" --qpdf "$QPDF" "$2" \
	    >"$tmp/pdfa" 2>&1; then pass; else
		fail "$1: PDF/A"; sed 's/^/  | /' "$tmp/pdfa" >&2
	fi
}

# check_grep NAME PATTERN FILE
check_grep() {
	if grep -q -- "$2" "$3"; then pass; else
		fail "$1: no '$2' in:"; sed 's/^/  | /' "$3" >&2
	fi
}

# check_file NAME EXPECTED-FILE ACTUAL-FILE: the same bytes.  Golden
# files are tests/regress.sh's, the one runner with --update.
check_file() {
	if diff -u "$2" "$3" >"$tmp/diff"; then pass; else
		fail "$1"; sed 's/^/  /' "$tmp/diff" >&2
	fi
}

# poppler TOOL ARGS...: run a poppler tool (pdftotext, pdfinfo,
# pdffonts, pdftoppm), its messages kept aside: poppler warns of a
# malformed PDF and goes on, and any warning fails the test in finish().
# Works inside $(...) too.
poppler() {
	"$@" 2>>"$tmp/poppler.err"
}

# read_text NAME READER PDF: PDF's text layer as READER gives it, into
# $tmp/text: poppler (pdftotext; a warning fails NAME), mupdf (mutool draw
# -F txt) or pdfjs (tests/pdfjs-text.mjs, Firefox's reader).  Returns 1,
# having done nothing, when READER is not installed (configure names the
# readers; quickstart installs pdf.js with npm ci).
read_text() {
	case $2 in
	poppler) [ -n "${PDFTOTEXT:-}" ] || return 1
		"$PDFTOTEXT" "$3" "$tmp/text" 2>"$tmp/perr"
		check "$1: pdftotext says nothing on stderr" "" \
		    "$(cat "$tmp/perr")" ;;
	mupdf) [ -n "${MUTOOL:-}" ] || return 1
		"$MUTOOL" draw -q -F txt -o "$tmp/text" "$3" 2>"$tmp/merr" ||
		    fail "$1: mutool draw failed" ;;
	pdfjs) [ -n "${NODE:-}" ] &&
		    [ -d "$top_srcdir/node_modules/pdfjs-dist" ] || return 1
		"$NODE" "$top_srcdir/tests/pdfjs-text.mjs" "$3" >"$tmp/text" ||
		    fail "$1: pdf.js failed" ;;
	esac
	return 0
}

finish() {
	if [ -s "$tmp/poppler.err" ]; then
		fail "poppler printed warnings:"; sed 's/^/  | /' "$tmp/poppler.err" >&2
	fi
	echo "$passes passed, $failures failed"
	[ "$failures" -eq 0 ]
}

# check_pagination NAME PDF [--last-page-lines N]: the rules of pagination
# (tests/pagination-check.py: no heading last on its page, no paragraph
# broken with one line on either side, no short list broken, no scrap on
# a last page); skipped without python3, pdfinfo or pdftotext.
check_pagination() {
	[ -n "${PYTHON3:-}" ] && [ -n "${PDFINFO:-}" ] &&
	    [ -n "${PDFTOTEXT:-}" ] || return 0
	_name=$1
	shift
	if "$PYTHON3" "$top_srcdir/tests/pagination-check.py" "$PDFINFO" \
	    "$PDFTOTEXT" "$@" >"$tmp/pagination" 2>&1; then pass; else
		fail "$_name: pagination"; cat "$tmp/pagination" >&2
	fi
}

# po_docs_waiting LL: po-docs/LL.po still has strings fuzzy or not yet
# translated.  A language of po-docs/CARRY-OVER whose leaflet is complete
# may still wait for its notice's strings (po/notice-revision-*.md):
# "complete now" means none waits.
po_docs_waiting() {
	"$THBDOC" check-translations --domain docs \
	    --po-dir "$top_srcdir/po-docs" "$1" 2>/dev/null |
	    grep -q "^$1: .* translated, \([1-9][0-9]* fuzzy\|.* [1-9][0-9]* untranslated\)"
}

# carry_inc LL: --allow-incomplete when LL waits in po-docs/CARRY-OVER
# (its leaflet or its notice lacks strings and is refused without it).
carry_inc() {
	case " $(sed 's/#.*//' "$top_srcdir/po-docs/CARRY-OVER" | tr '\n' ' ') " in
	*" $1 "*) echo --allow-incomplete ;;
	esac
}
