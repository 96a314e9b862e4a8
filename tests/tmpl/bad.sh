#!/bin/sh
# bad.sh: each template of tests/tmpl/bad/ is refused with one clear
# FILE:LINE: error, the one in the .expected file beside it.
[ "${1:-}" = --update ] && UPDATE=1
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tmpl/lib.sh"

for f in "$here"/bad/*.xml; do
	name=$(basename "$f" .xml)
	if "$TMPLTOOL" dump -x "$TEMPLATE_XSD" "$f" >"$tmp/out" 2>&1; then
		fail "$name: accepted"; continue
	fi
	grep ': error: ' "$tmp/out" >"$tmp/$name.expected"
	check_file "$name" "$here/bad/$name.expected" "$tmp/$name.expected"
done
finish
