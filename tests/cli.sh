#!/bin/sh
# cli.sh: the command line: help, version, usage errors, filters.
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
samples="$top_srcdir/data/samples"

"$THBDOC" --help >"$tmp/out"; check "--help exit" 0 "$?"
check_grep "--help lists status" "^  status " "$tmp/out"
check_grep "--help lists due" "^  due " "$tmp/out"
"$THBDOC" --version >"$tmp/out"; check "--version exit" 0 "$?"
check_grep "--version" "^thbdoc [0-9]" "$tmp/out"
for cmd in status due; do
	"$THBDOC" $cmd --help >"$tmp/out"; check "$cmd --help exit" 0 "$?"
	check_grep "$cmd --help usage" "^Usage: thbdoc $cmd" "$tmp/out"
done

"$THBDOC" 2>"$tmp/err"; check "no command" 2 "$?"
"$THBDOC" frobnicate 2>"$tmp/err"; check "unknown command" 2 "$?"
check_grep "unknown command message" "unknown command 'frobnicate'" "$tmp/err"
"$THBDOC" status 2>"$tmp/err"; check "status without files" 2 "$?"
"$THBDOC" status --date 2003-02-30 "$samples" 2>"$tmp/err"
check "invalid --date" 2 "$?"
check_grep "invalid --date message" "invalid date '2003-02-30'" "$tmp/err"
"$THBDOC" status --bogus "$samples" 2>"$tmp/err"; check "unknown option" 2 "$?"
"$THBDOC" due --within -3 "$samples" 2>"$tmp/err"; check "bad --within" 2 "$?"
"$THBDOC" due --actor judge "$samples" 2>"$tmp/err"; check "bad --actor" 2 "$?"

# Filters of the work list.
"$THBDOC" due --date 2026-12-01 --actor police "$samples" >"$tmp/out"
check "due --actor police: only police" "" \
    "$(awk '$2 != "OVERDUE" && $2 != "today" {a=$2} $2 == "OVERDUE" || $2 == "today" {a=$3} a != "police"' "$tmp/out")"
# Seven: the suspect of Eupen is reported to the Office too (point 4).
check "due --actor police: seven actions" 7 "$(wc -l <"$tmp/out")"
"$THBDOC" due --date 2026-12-01 --within 0 "$samples" >"$tmp/out"
check "due --within 0: overdue only" "" "$(grep -v OVERDUE "$tmp/out")"
"$THBDOC" due --json --date 2026-12-01 "$samples" >"$tmp/out"
check "due --json: undated actions last" "null" \
    "$(tail -n 1 "$tmp/out" | sed 's/^{"due":\([^,]*\),.*/\1/')"

# A folder with no case file is said, not an error.
mkdir "$tmp/empty"
"$THBDOC" due "$tmp/empty" >"$tmp/out" 2>"$tmp/err"
check "empty folder exit" 0 "$?"
check_grep "empty folder warning" "warning: no case file" "$tmp/err"

# Without its data (schema), thbdoc says so and exits 3.
datadir=$("$THBDOC" --version | sed -n 's/^Data folder: //p')
if [ -f "$datadir/schema/case.xsd" ]; then pass; else
	THBDOC_DATADIR=/nonexistent "$THBDOC" status --date 2026-12-01 \
	    "$samples" >"$tmp/out" 2>"$tmp/err"
	check "no schema: exit 3" 3 "$?"
	check_grep "no schema: message" "cannot load the schema" "$tmp/err"
fi
finish
