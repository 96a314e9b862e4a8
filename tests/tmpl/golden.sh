#!/bin/sh
# golden.sh: document trees (doc_dump) of the leaflet in English and of
# tests/tmpl/roundtrip.xml through a small French catalogue, warnings
# included, compared with tests/tmpl/golden/.  Run with --update (or
# UPDATE=1) to rewrite them, then review the diff before committing.
[ "${1:-}" = --update ] && UPDATE=1
. "${top_srcdir:-$(dirname "$0")/../..}/tests/tmpl/lib.sh"

golden="$here/golden"
dump() {	# NAME TEMPLATE [tmpltool options...]
	name=$1 template=$2
	shift 2
	"$TMPLTOOL" dump -x "$TEMPLATE_XSD" -c "$CENTRES" -C "$CENTRES_XSD" \
	    "$@" "$template" >"$tmp/$name.dump" 2>&1
	check_file "$name" "$golden/$name.dump" "$tmp/$name.dump"
}

dump leaflet-en "$LEAFLET"
# Met in Wallonia: Sürya first, and the sentence that says why.
dump leaflet-en-wallonia "$LEAFLET" -r wallonia -v region=wallonia

msgfmt -c -o "$tmp/roundtrip-fr.mo" "$here/roundtrip-fr.po"
dump roundtrip-fr "$here/roundtrip.xml" -l fr -m "$tmp/roundtrip-fr.mo" \
    -v name=Ana -s reflection
dump roundtrip-fr-with-en "$here/roundtrip.xml" -l fr \
    -m "$tmp/roundtrip-fr.mo" -w en -v name=Ana -s reflection
dump roundtrip-en-no-status "$here/roundtrip.xml" -v name=Ana
finish
