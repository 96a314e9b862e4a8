#!/bin/sh
# language-card.sh: the language card with the real catalogues (issue 13,
# item 7): in every language of po-docs/LINGUAS the instruction "Point to
# the language you read", as its catalogue translates it, beside the
# language's own name and code; no command line for the officer; one
# page, filled to its foot.  (tests/i18n/publish.sh tests the fallbacks
# on catalogues that lack the strings.)
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

export SOURCE_DATE_EPOCH=1700000000
if [ -z "${PYTHON3:-}" ]; then
	echo "SKIP: python3 not found"; exit 77
fi

"$THBDOC" language-card --dump >"$tmp/card.dump" 2>"$tmp/err"
check "language-card --dump: exit status" 0 "$?"
if "$PYTHON3" - "$top_srcdir" "$tmp/card.dump" >"$tmp/missing" <<'PY'
import re, sys
sys.path.insert(0, sys.argv[1] + "/tests")
from po_entries import entries  # noqa: E402

top, dump = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
# Each cell: its heading's language and text, then "name · code".
cells = re.findall(r'heading level=1 lang=(\S+) dir=\S+\n\s+"(.*)"\n'
                   r'\s+paragraph level=1 lang=\S+ dir=\S+\n\s+"(.*)"', dump)
seen = {lang: (text, small) for lang, text, small in cells}
bad = 0
langs = [l.split("#")[0].strip() for l in open(top + "/po-docs/LINGUAS")]
for ll in filter(None, langs):
    want = [e["msgstr"] for e in entries("%s/po-docs/%s.po" % (top, ll))
            if e.get("msgctxt") == "language card" and
            e["msgid"] == "Point to the language you read" and
            not e["fuzzy"] and e["msgstr"]]
    got = seen.get(ll)
    if not want or got is None or got[0] != want[0] or \
            not got[1].endswith(" \u00b7 " + ll):
        print("%s: wanted %r, got %r" % (ll, want[:1], got))
        bad += 1
sys.exit(1 if bad else 0)
PY
then pass; else
	fail "language-card: a language without its instruction"
	cat "$tmp/missing" >&2
fi

"$THBDOC" language-card -o "$tmp/card.pdf" 2>"$tmp/err"
check "language-card: exit status" 0 "$?"
check "language-card: no message" "" "$(cat "$tmp/err")"
if [ -n "${PDFTOTEXT:-}" ]; then
	poppler "$PDFTOTEXT" "$tmp/card.pdf" "$tmp/card.txt"
	check "language-card: no command line for the officer" 0 \
	    "$(grep -c 'thbdoc\|--lang' "$tmp/card.txt")"
	pages=$(poppler pdfinfo "$tmp/card.pdf" | sed -n 's/^Pages: *//p')
	check "language-card: one page" 1 "$pages"
	# Filled: its last line ends in the last tenth of the page.
	poppler "$PDFTOTEXT" -bbox "$tmp/card.pdf" "$tmp/card.html"
	low=$(sed -n 's/.*<word [^>]*yMax="\([0-9]*\)[.0-9]*".*/\1/p' \
	    "$tmp/card.html" | sort -n | tail -1)
	if [ "${low:-0}" -ge 740 ]; then pass; else
		fail "language-card: the page is not filled (last line at $low of 842 pt)"
	fi
fi
finish
