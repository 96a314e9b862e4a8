#!/bin/sh
# layout-golden.sh: the layout dump of each sample document (lines with
# positions, fonts and text in logical order) against tests/engine/golden.
# usage: layout-golden.sh [--update]
: "${top_srcdir:=.}" "${top_builddir:=.}"
sample="$top_builddir/tests/engine/engine_sample"
golden="$top_srcdir/tests/engine/golden"
update=no
test "$1" = --update && update=yes
fail=0
for lang in $("$sample" langs); do
	out=$(mktemp)
	if ! "$sample" dump "$lang" >"$out"; then
		echo "FAIL $lang: layout reported errors"
		fail=1
	elif test $update = yes; then
		cp "$out" "$golden/$lang.dump"
	elif ! diff -u "$golden/$lang.dump" "$out"; then
		echo "FAIL $lang: layout differs from $golden/$lang.dump"
		fail=1
	fi
	rm -f "$out"
done
exit $fail
