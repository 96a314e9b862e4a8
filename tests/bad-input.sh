#!/bin/sh
# bad-input.sh: every file in tests/bad/ is refused with one message
# (thbdoc: FILE:LINE: error: ...), exit status 1 and nothing on stdout.
# The message itself is NAME.expected, a golden file of tests/regress.sh.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

cd "$top_srcdir/tests/bad" || exit 99
for f in *.xml; do
	name=${f%.xml}
	"$THBDOC" status --date 2026-12-01 "$f" >"$tmp/out" 2>"$tmp/err"
	check "$name: exit status" 1 "$?"
	check "$name: nothing on stdout" 0 "$(wc -c <"$tmp/out")"
	check "$name: one message" 1 "$(wc -l <"$tmp/err")"
	check_grep "$name: FILE:LINE: error:" "^thbdoc: $f:[0-9]*[:0-9]*: error: " \
	    "$tmp/err"
done

# One bad file among good ones: the others are still done.
"$THBDOC" status --json --date 2026-12-01 invalid-date.xml \
    "$top_srcdir/data/samples/01-brussels-reflection.xml" >"$tmp/out" \
    2>"$tmp/err"
check "mixed: exit status" 1 "$?"
check "mixed: good case still done" 1 "$(wc -l <"$tmp/out")"

# Files that cannot be read.
"$THBDOC" status no-such-case.xml 2>"$tmp/err"
check "missing file: exit status" 1 "$?"
check_grep "missing file: message" \
    "^thbdoc: no-such-case.xml: error: cannot open: No such file" "$tmp/err"
finish
