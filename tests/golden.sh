#!/bin/sh
# golden.sh: the status and the work list of the sample cases, compared
# with the expected files in tests/golden/.  Run with --update (or
# UPDATE=1) to rewrite them, then review the diff before committing.
[ "${1:-}" = --update ] && UPDATE=1
. "${top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

samples="$top_srcdir/data/samples"
golden="$top_srcdir/tests/golden"
mkdir -p "$golden"

# Each sample's JSON status as it moves through time (one line per date).
for f in "$samples"/*.xml; do
	name=$(basename "$f" .xml)
	: >"$tmp/$name.json"
	for date in 2026-06-01 2026-11-01 2026-12-01 2027-03-01; do
		(cd "$samples" && "$THBDOC" status --json --date "$date" \
		    "$name.xml") >>"$tmp/$name.json"
	done
	check_file "status --json $name" "$golden/$name.json" "$tmp/$name.json"
done

# The people's view and the work list, in English.
(cd "$samples" && "$THBDOC" status --date 2026-12-01 ./*.xml) \
    >"$tmp/status.txt"
check_file "status text" "$golden/status.txt" "$tmp/status.txt"
(cd "$samples" && "$THBDOC" due --date 2026-12-01 .) >"$tmp/due.txt"
check_file "due" "$golden/due.txt" "$tmp/due.txt"
(cd "$samples" && "$THBDOC" due --json --date 2026-12-01 --within 30 \
    --actor office .) >"$tmp/due-office.json"
check_file "due --json --within 30 --actor office" \
    "$golden/due-office-30.json" "$tmp/due-office.json"

# Every JSON line parses.
if [ -n "${PYTHON3:-}" ]; then
	cat "$tmp"/*.json | "$PYTHON3" -c '
import json, sys
for n, line in enumerate(sys.stdin, 1):
    json.loads(line)' && pass || fail "JSON does not parse"
fi
finish
