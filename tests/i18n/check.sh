#!/bin/sh
# check.sh: thbdoc check-translations catches each fault, planted in a
# small PO file of tests/i18n, at the right FILE:LINE.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/i18n/lib.sh"

cd "$here" || exit 1

# expect_at NAME FILE.po REGEX-OF-PLANTED-LINE MESSAGE-REGEX [-l LL]:
# the check exits 1 and prints MESSAGE at the planted line of FILE.po.
expect_at() {
	_n=$1 _f=$2 _at=$3 _msg=$4
	shift 4
	check_status "$_n" 1 "$THBDOC" check-translations "$@" "$_f"
	_line=$(line_of "$_f" "$_at")
	check_grep "$_n: at $_f:$_line" "^thbdoc: $_f:$_line: $_msg" "$tmp/err"
}

# read: a string not closed on its line.
expect_at "syntax" syntax.po '^msgstr "Argent' \
    'error: not a usable PO file: string not closed' -l fr
check_grep "syntax: check named" 'fails: read' "$tmp/out"

# msgfmt -c: the number of format directives differs.
expect_at "msgfmt" msgfmt.po "^msgstr \"impossible d'ouvrir" \
    'error: msgfmt -c: number of format specifications'
check_grep "msgfmt: check named" 'fails: msgfmt' "$tmp/out"
# ... and without msgfmt, thbdoc's own placeholder check still sees it.
check_status "msgfmt missing" 1 env THBDOC_MSGFMT=/nonexistent/msgfmt \
    "$THBDOC" check-translations msgfmt.po
check_grep "msgfmt missing: a warning" \
    'warning: msgfmt -c: cannot run /nonexistent/msgfmt' "$tmp/err"
check_grep "msgfmt missing: placeholders still checked" \
    "^thbdoc: msgfmt.po:$(line_of msgfmt.po "^msgstr \"impossible")"': error: the placeholders differ from the source (%1\$s missing)' \
    "$tmp/err"

# fuzzy: a leaflet string is an error at its "#, fuzzy" line.
expect_at "fuzzy" fuzzy.po '^#, fuzzy' \
    'error: fuzzy (to be checked by the translator), so the leaflet cannot use it: "Money and daily life"'
check_grep "fuzzy: counted" '1 translated, 1 fuzzy, 0 untranslated' \
    "$tmp/out"

# untranslated: a leaflet string with an empty msgstr.
check_status "untranslated" 1 "$THBDOC" check-translations untranslated.po
line=$(($(line_of untranslated.po '^msgid "Money and daily life"') + 1))
check_grep "untranslated: at untranslated.po:$line" \
    "^thbdoc: untranslated.po:$line: error: not translated, and the leaflet needs it: \"Money and daily life\"" \
    "$tmp/err"
# ... and leaflet strings the file lacks entirely, with no line.
check_grep "untranslated: absent strings" \
    '^thbdoc: untranslated.po: error: not translated, and the leaflet needs it: "Call a centre"' \
    "$tmp/err"

# placeholders: a %s dropped, a <var> added.
expect_at "placeholder %s" placeholder.po "^msgstr \"impossible d'écrire" \
    'error: the placeholders differ from the source (%2\$s missing)'
expect_at "placeholder <var>" placeholder.po '^msgstr "Rentrer chez vous, <var' \
    'error: the placeholders differ from the source (<var name="name"/> added)'

# markup: a phone number changed, a <strong> dropped, tags crossed.
expect_at "markup: phone" markup.po '<phone>113' \
    'error: the markup differs from the source (<phone>112</phone> missing; <phone>113</phone> added)'
expect_at "markup: strong" markup.po "^msgstr \"Alors" \
    'error: the markup differs from the source (<strong> missing)'
expect_at "markup: not well-formed" markup.po '</strong>"$' \
    'error: the markup differs from the source (not well-formed'

# same as source: an Arabic leaflet heading left in English is an error;
# a one-word name (a city) is not reported.
expect_at "same" same.po '^msgstr "Help from a specialised centre"' \
    'error: left in English, in a language written in another script: "Help from a specialised centre"'
if grep -q '"Brussels"' "$tmp/err"; then fail "same: a city name reported"
else pass; fi

# glyphs: Linear B in a Thai translation: no font of the Thai chain (nor
# of "*", which ends every chain) draws it.
expect_at "glyphs" glyph.po '^msgstr "กลับ' \
    'error: no font for language th can draw U+10000'

# fit: a translation that pushes the leaflet past its two pages; the
# message points at the string where the overflow starts.
check_status "fit: pages" 1 "$THBDOC" check-translations fit.po
line=$(($(line_of fit.po 'brackets are the points') + 1))
check_grep "fit: pages: at fit.po:$line" \
    "^thbdoc: fit.po:$line: error: once laid out, the leaflet does not fit: the text does not fit in 2 page" \
    "$tmp/err"
# fit: a word wider than its box.
check_status "fit: box" 1 "$THBDOC" check-translations box.po
check_grep "fit: box: reported" \
    '^thbdoc: box.po: error: once laid out, the leaflet does not fit: a word is wider than its column' \
    "$tmp/err"

# bidi controls, raw or as a character reference.
expect_at "bidi: raw" bidi.po '^msgstr "العودة' \
    'error: bidi control character U+202E'
expect_at "bidi: reference" bidi.po '&#x202E;' \
    'error: bidi control character U+202E'

# spaces: warnings only (the language stays publishable as far as they go).
"$THBDOC" check-translations space.po >"$tmp/out" 2>"$tmp/err"
check_grep "spaces: trailing" \
    "^thbdoc: space.po:$(line_of space.po '^msgstr "Rentrer chez vous "'): warning: trailing space differs" \
    "$tmp/err"
check_grep "spaces: leading" \
    "^thbdoc: space.po:$(line_of space.po '^msgstr " Argent'): warning: leading space differs" \
    "$tmp/err"

# header: no X-Review-Status (taken as draft).
"$THBDOC" check-translations header.po >"$tmp/out" 2>"$tmp/err"
check_grep "header: review status" \
    '^thbdoc: header.po:2: warning: the header has no X-Review-Status' \
    "$tmp/err"

# -q keeps errors only.
"$THBDOC" check-translations -q space.po >"$tmp/out" 2>"$tmp/err"
if grep -q 'warning:' "$tmp/err"; then fail "-q: warnings printed"
else pass; fi

# Hostile files: a clear error at a line, never a crash.
printf 'msgid "a"\nmsgstr "b\000c"\n' >"$tmp/nul.po"
printf 'msgid "a"\nmsgstr "\377\376"\n' >"$tmp/utf8.po"
printf 'msgid "a"\nmsgstr "\\q"\n' >"$tmp/escape.po"
printf 'msgstr "b"\n' >"$tmp/nomsgid.po"
printf 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n' >"$tmp/dup.po"
printf 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[9] "c"\n' \
    >"$tmp/plural.po"
printf '#, fuzzy\n"orphan"\n' >"$tmp/orphan.po"
awk 'BEGIN { printf "msgid \"a\"\nmsgstr \""
	for (i = 0; i < 70000; i++) printf "x"; printf "\"\n" }' \
    >"$tmp/long.po"
for f in nul:1:'NUL byte' utf8:2:'not valid UTF-8' \
    escape:2:'invalid escape' nomsgid:1:'msgstr without msgid' \
    dup:4:'duplicate message' plural:4:'msgstr\[N\]' \
    orphan:2:'a string with no keyword' long:2:'longer than 64 KiB'; do
	name=${f%%:*} rest=${f#*:}
	line=${rest%%:*} msg=${rest#*:}
	if [ "$name" = nul ]; then want="$tmp/$name.po: error"
	else want="$tmp/$name.po:$line: error"; fi
	check_status "hostile $name" 1 "$THBDOC" check-translations -l fr \
	    "$tmp/$name.po"
	check_grep "hostile $name: message" "^thbdoc: $want.*$msg" "$tmp/err"
done

finish
