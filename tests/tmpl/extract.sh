#!/bin/sh
# extract.sh: xgettext, with our ITS rules, extracts exactly the strings
# the template engine looks up (same msgids, same contexts); every legal
# term carries a translator note; po-docs/thbdoc-docs.pot is not stale.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tmpl/lib.sh"

# xgettext -> msgen (msgstr = msgid) -> msgfmt: a catalogue in which the
# engine must find each of its msgids, and nothing more.  (xgettext
# writes charset=CHARSET for an all-ASCII file; the reader wants UTF-8.)
extract() {	# TEMPLATE NAME
	(cd "$(dirname "$1")" && xgettext --from-code=UTF-8 \
	    -o "$tmp/$2.pot" "$(basename "$1")") &&
	msgen --no-wrap "$tmp/$2.pot" |
	    sed 's/charset=CHARSET/charset=UTF-8/' >"$tmp/$2.po" &&
	msgfmt -o "$tmp/$2.mo" "$tmp/$2.po"
}
for t in "$LEAFLET" "$here/roundtrip.xml"; do
	name=$(basename "$t" .xml)
	if extract "$t" "$name" 2>"$tmp/err"; then pass; else
		fail "xgettext on $name"; cat "$tmp/err" >&2; continue
	fi
	if "$TMPLTOOL" extracted -x "$TEMPLATE_XSD" "$t" "$tmp/$name.mo" \
	    >"$tmp/out"; then pass
	else fail "engine and xgettext disagree on $name"; cat "$tmp/out" >&2
	fi
done

# The leaflet has something to translate, markup included.
check_grep "leaflet msgid with inline markup" \
    'msgid "First you get a document for <strong>45 days</strong>' \
    "$tmp/leaflet.po"
check_grep "context for headings" 'msgctxt "leaflet heading"' \
    "$tmp/leaflet.pot"

# Every string naming a term of the procedure has a translator note.
msgcat --no-wrap -o "$tmp/leaflet-nowrap.pot" "$tmp/leaflet.pot"
awk '
/^#\./ { note = 1; next }
/^msgid "/ {
	if (!note && $0 ~ /order to leave|arrival declaration|registration certificate|work permit|work authorisation|CPAS|prosecutor|complaint|specialised centre|social aid|point/)
		print
	note = 0; next
}
/^$/ { note = 0 }
' "$tmp/leaflet-nowrap.pot" >"$tmp/no-note"
if [ -s "$tmp/no-note" ]; then
	fail "legal terms without a translator note:"; cat "$tmp/no-note" >&2
else pass; fi

# po-docs/thbdoc-docs.pot holds every leaflet string (else: make
# update-po).
pot="$top_srcdir/po-docs/thbdoc-docs.pot"
if [ -f "$pot" ]; then
	msgen -o "$tmp/all.po" "$pot" &&
	msgfmt -o "$tmp/all.mo" "$tmp/all.po"
	if "$TMPLTOOL" covered -x "$TEMPLATE_XSD" "$LEAFLET" "$tmp/all.mo" \
	    >"$tmp/out"; then pass
	else fail "po-docs/thbdoc-docs.pot is stale: run make update-po"
		cat "$tmp/out" >&2
	fi
	for city in Antwerp Brussels 'Liège'; do
		check_grep "po-docs/thbdoc-docs.pot has the city $city" \
		    "msgid \"$city\"" "$pot"
	done
fi
finish
