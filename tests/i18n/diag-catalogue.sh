#!/bin/sh
# diag-catalogue.sh: a translated message never decides how many
# arguments are read (issue 10, item 6).  A French catalogue of the
# program's domain (diag-bad.po, compiled without msgfmt -c) asks for
# arguments the callers never pass, and for %n: thbdoc says the English
# text instead, and does not crash; a translation that only reorders the
# arguments is used; check-translations refuses each fault at its line.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/i18n/lib.sh"

if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
	echo "SKIP: no fr_FR.UTF-8 locale (build-aux/install-deps makes it)"
	exit 77
fi
po="$here/diag-bad.po"
mkdir -p "$tmp/locale/fr/LC_MESSAGES"
if ! msgfmt -o "$tmp/locale/fr/LC_MESSAGES/thbdoc.mo" "$po"; then
	fail "msgfmt diag-bad.po"; finish
fi
fr() {
	LC_ALL=fr_FR.UTF-8 LANGUAGE=fr THBDOC_LOCALEDIR="$tmp/locale" "$@"
}

# %1$s %2$s %3$s %9$s for a message of one argument: the English text.
fr "$THBDOC" status "$tmp/missing.xml" >"$tmp/out" 2>"$tmp/err"
check "extra arguments: exit status" 1 "$?"
check_grep "extra arguments: the English text" \
    "^thbdoc: $tmp/missing.xml: error: cannot open: " "$tmp/err"

# %n: the English text.
cd "$top_srcdir/tests/bad" || exit 1
fr "$THBDOC" status unknown-regime.xml >"$tmp/out" 2>"$tmp/err"
check "%n: exit status" 1 "$?"
check_grep "%n: the English text" \
    '^thbdoc: unknown-regime.xml:2: error: unsupported regime "2024"' \
    "$tmp/err"

# The same two arguments in another order: the translation.
fr "$THBDOC" status invalid-date.xml >"$tmp/out" 2>"$tmp/err"
check "reordered: exit status" 1 "$?"
check_grep "reordered: the translation, arguments in its order" \
    '^thbdoc: invalid-date.xml:4: error: « 2003-02-30 » (date) n.est pas un jour du calendrier' \
    "$tmp/err"

# check-translations refuses every fault, at the line of its msgstr,
# the repeated %1$s too (msgfmt -c lets that one pass).
cd "$here" || exit 1
check_status "check-translations" 1 env THBDOC_MSGFMT= "$THBDOC" \
    check-translations --domain program -l fr diag-bad.po
for at in '%3\$s %9\$s"$' 'inconnu%n"$' '\(%1\$s\)"$'; do
	line=$(line_of diag-bad.po "$at")
	check_grep "check-translations: the fault at line $line" \
	    "^thbdoc: diag-bad.po:$line: error: the placeholders differ" \
	    "$tmp/err"
done
line=$(line_of diag-bad.po 'calendrier"$')
if grep -q "^thbdoc: diag-bad.po:$line:" "$tmp/err"; then
	fail "check-translations: the reordered arguments refused"
	cat "$tmp/err" >&2
else pass; fi
finish
