#!/bin/sh
# diag-args.sh: every diag_add() call passes as many arguments as its
# row's English format has conversions, and every row takes only %s and
# %N$s (diag.h: the arguments are fixed by the catalogue row).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/i18n/lib.sh"

if [ -z "$PYTHON3" ]; then
	echo "SKIP: no python3"; exit 77
fi
if "$PYTHON3" "$here/diag-args.py" "$top_srcdir/src" >"$tmp/out" 2>&1
then pass; else fail "diag_add() calls against the catalogue"; fi
cat "$tmp/out"
finish
