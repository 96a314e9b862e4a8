#!/bin/sh
# locale.sh: under a French locale, people read French and programs read
# the same JSON as everywhere (no decimal commas, no translated codes).
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
samples="$top_srcdir/data/samples"

if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
	echo "SKIP: no fr_FR.UTF-8 locale (build-aux/install-deps makes it)"
	exit 77
fi
if [ ! -f "$THBDOC_LOCALEDIR/fr/LC_MESSAGES/thbdoc.mo" ]; then
	echo "SKIP: no French catalogue in $THBDOC_LOCALEDIR"
	exit 77
fi

"$THBDOC" status --json --date 2026-12-01 "$samples" >"$tmp/c.json"
LC_ALL=fr_FR.UTF-8 "$THBDOC" status --json --date 2026-12-01 "$samples" \
    >"$tmp/fr.json"
check_file "JSON is the same in French" "$tmp/c.json" "$tmp/fr.json"

"$THBDOC" status --date 2026-12-01 "$samples" >"$tmp/c.txt"
LC_ALL=fr_FR.UTF-8 "$THBDOC" status --date 2026-12-01 "$samples" \
    >"$tmp/fr.txt"
if cmp -s "$tmp/c.txt" "$tmp/fr.txt"; then
	fail "status text is not translated under fr_FR.UTF-8"
else pass; fi
check_grep "French text" "déclaration d'arrivée" "$tmp/fr.txt"
check_grep "points cited in French too" "8\.2" "$tmp/fr.txt"
LC_ALL=nl_BE.UTF-8 LANGUAGE=nl "$THBDOC" --help >"$tmp/nl.txt" 2>&1
LC_ALL=fr_FR.UTF-8 LANGUAGE=nl "$THBDOC" --help >"$tmp/nl.txt"
check_grep "Dutch help through LANGUAGE" "mensenhandel" "$tmp/nl.txt"
LC_ALL=fr_FR.UTF-8 LANGUAGE=de "$THBDOC" --help >"$tmp/de.txt"
check_grep "German help through LANGUAGE" "Menschenhandel" "$tmp/de.txt"
LC_ALL=fr_FR.UTF-8 "$THBDOC" status --date 2003-02-30 x.xml 2>"$tmp/err"
check "usage error in French: exit 2" 2 "$?"
finish
