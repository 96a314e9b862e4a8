#!/bin/sh
# phone-markup.sh: a translation with markup inside <phone> is refused by
# check-translations AND by the template engine, both through the one
# reader of translated fragments (tmpl_frag.h).  Regression test: a
# Romanian translation with <phone><strong>112</strong></phone> passed
# "thbdoc check-translations ro" (exit 0), then the leaflet printed that
# sentence in English with a warning (issue 10, item 5).  Tested on Dutch:
# Romanian waits for its carry-over (po-docs/CARRY-OVER), so it is not
# publishable as it is.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/lib.sh"

THBDOC_DATADIR="$THBDOC_DATADIR:$top_srcdir"
export THBDOC_DATADIR
tmpltool="$top_builddir/tests/tmpl/tmpltool"
msgid='In danger now? Call <phone>112</phone>.'

mkdir -p "$tmp/good" "$tmp/bad"
cp "$top_srcdir/po-docs/nl.po" "$top_srcdir/po-docs/fr.po" "$tmp/good/"
cp "$top_srcdir/po-docs/fr.po" "$tmp/bad/"
sed 's|Bel <phone>112</phone>\.|Bel <phone><strong>112</strong></phone>.|' \
    "$top_srcdir/po-docs/nl.po" >"$tmp/bad/nl.po"
line=$(grep -n -m1 '<phone><strong>112' "$tmp/bad/nl.po" | cut -d: -f1)
check "the fault is planted" 1 "$(grep -c '<phone><strong>112' "$tmp/bad/nl.po")"

# The Dutch translation as it is: publishable (the control).
"$THBDOC" check-translations -q --po-dir "$tmp/good" nl \
    >"$tmp/out" 2>"$tmp/err"
check "nl as it is: exit status" 0 $?

# With the markup inside <phone>: refused, at the line of the msgstr.
"$THBDOC" check-translations -q --po-dir "$tmp/bad" nl \
    >"$tmp/out" 2>"$tmp/err"
check "nl with <phone><strong>: exit status" 1 $?
check_grep "nl with <phone><strong>: the message, at its line" \
    "^thbdoc: $tmp/bad/nl.po:$line: error: the markup differs from the source (markup inside <phone>)" \
    "$tmp/err"

# The template engine refuses the same string, for the same reason.
if msgfmt -o "$tmp/nl.mo" "$tmp/bad/nl.po" 2>"$tmp/msgfmt"; then
	"$tmpltool" dump -x "$top_srcdir/templates/template.xsd" \
	    -l nl -m "$tmp/nl.mo" -c "$top_srcdir/data/centres.xml" \
	    -C "$top_srcdir/data/schema/centres.xsd" \
	    "$top_srcdir/templates/leaflet.xml" >"$tmp/dump" 2>&1
	check "engine: exit status" 0 $?
	check_grep "engine: the same reason" \
	    "warning: \[nl\] the translation is not usable (markup inside <phone>), the English text is used: \"$msgid\"" \
	    "$tmp/dump"
else
	fail "msgfmt refused the fixture"; cat "$tmp/msgfmt" >&2
fi

finish
