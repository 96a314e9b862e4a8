#!/bin/sh
# translations.sh: every language of po/LINGUAS passes every check of
# thbdoc check-translations (errors fail the test; warnings are shown).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/i18n/lib.sh"

"$THBDOC" check-translations --po-dir "$top_srcdir/po" >"$tmp/out" \
    2>"$tmp/err"
status=$?
cat "$tmp/out"
check "check-translations over po/LINGUAS: exit status" 0 "$status"
if [ "$status" -ne 0 ]; then
	grep ': error: ' "$tmp/err" >&2
fi
check "one summary line per language" \
    "$(grep -v '^#' "$top_srcdir/po/LINGUAS" | wc -w | tr -d ' ')" \
    "$(grep -c ': can\(not\)\? be published' "$tmp/out")"
finish
