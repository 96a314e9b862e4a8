#!/bin/sh
# schema.sh: the templates and data files validate against their
# schemas, and data/languages.xml has every language of the project.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tmpl/lib.sh"

validate() {
	if xmllint --noout --nonet --schema "$1" "$2" 2>"$tmp/err"; then pass
	else fail "$2 does not validate against $1"; cat "$tmp/err" >&2; fi
}
validate "$TEMPLATE_XSD" "$LEAFLET"
validate "$TEMPLATE_XSD" "$here/roundtrip.xml"
validate "$CENTRES_XSD" "$CENTRES"
validate "$top_srcdir/data/schema/languages.xsd" \
    "$top_srcdir/data/languages.xml"

# The languages of issues 3 and 5, in that order.
expected="fr nl de en ro vi bg ru ar fa ps zh th ti hi es pt pl hu sk sq uk tr ur bn ne am tl so pcm bin"
actual=$(sed -n 's/.*<language code="\([a-z]*\)".*/\1/p' \
    "$top_srcdir/data/languages.xml" | tr '\n' ' ' | sed 's/ $//')
check "languages.xml codes" "$expected" "$actual"
# Right to left: the Arabic-script languages and nothing else.
rtl=$(sed -n 's/.*code="\([a-z]*\)".*dir="rtl".*/\1/p' \
    "$top_srcdir/data/languages.xml" | tr '\n' ' ' | sed 's/ $//')
check "right-to-left languages" "ar fa ps ur" "$rtl"

# The centres of point 3 with their published numbers.
for want in 'Payoke' '03 201 16 90' 'PAG-ASA' '02 511 64 64' 'Sürya' \
    '04 232 40 30'; do
	check_grep "centres.xml has $want" "$want" "$CENTRES"
done
finish
