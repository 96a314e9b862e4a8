#!/bin/sh
# fr_FR.sh: every shell test once more under fr_FR.UTF-8 (PDFio's habit):
# a decimal comma in a PDF number, a date or a sort order that follows
# the locale shows here.  The messages stay in English (LC_MESSAGES=C),
# so the tests' expectations hold as they are; tests/lib.sh sets this up
# from THBDOC_TEST_LANG.  The tests are those of make check
# (THBDOC_SHELL_TESTS, from the Makefile), this one aside.
: "${top_srcdir:?run through make check}" "${top_builddir:?run through make check}"

if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
	echo "SKIP: no fr_FR.UTF-8 locale (build-aux/install-deps makes it)"
	exit 77
fi
THBDOC_TEST_LANG=fr_FR.UTF-8
export THBDOC_TEST_LANG
# Scripts that do not source tests/lib.sh get the locale directly.
unset LC_ALL
LANG=$THBDOC_TEST_LANG LC_MESSAGES=C LANGUAGE=
export LANG LC_MESSAGES LANGUAGE

log=$(mktemp "${TMPDIR:-/tmp}/thbdoc-fr.XXXXXX")
trap 'rm -f "$log"' EXIT
failed=0 passed=0 skipped=0
for t in ${THBDOC_SHELL_TESTS:?run through make check}; do
	case $t in */fr_FR.sh) continue ;; esac
	script=$t
	[ -f "$script" ] || script="$top_srcdir/$t"
	"$script" >"$log" 2>&1
	st=$?
	case $st in
	0) passed=$((passed + 1)); echo "PASS (fr_FR): $t" ;;
	77) skipped=$((skipped + 1)); echo "SKIP (fr_FR): $t" ;;
	*) failed=$((failed + 1)); echo "FAIL (fr_FR): $t (status $st)"
	   sed 's/^/  | /' "$log" ;;
	esac
done
echo "fr_FR.UTF-8: $passed passed, $skipped skipped, $failed failed"
[ $failed -eq 0 ]
