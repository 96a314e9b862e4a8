#!/bin/sh
# doc/thumbs.sh: doc/thumbs.png, a sheet of page thumbnails of every
# document type thbdoc makes (issue 13, "Done when"), from the build:
#
#     cd build && sh ../doc/thumbs.sh ../doc
#
# Run from the build folder after "make": it uses ./thbdoc with the data
# of the build and source trees (as make check does), the sample cases
# of data/samples/ on 2026-11-29 (fictional people), poppler's pdftoppm
# and ImageMagick's montage.  The documents are made in a folder inside
# DIR, removed at the end.  Each thumbnail is one page at 24 dpi, labelled
# with its document and page; the sheet is a few hundred KB.  Look at it
# before committing.
set -eu
out=${1:?usage: thumbs.sh DIR}
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(pwd)
for tool in pdftoppm montage; do
	command -v "$tool" >/dev/null 2>&1 ||
	    { echo "thumbs.sh: $tool not found" >&2; exit 2; }
done
[ -x "$build/thbdoc" ] ||
    { echo "thumbs.sh: run from the build folder, after make" >&2; exit 2; }
THBDOC_DATADIR=$build/data:$top/data:$top
THBDOC_LOCALEDIR=$build/tests/locale
export THBDOC_DATADIR THBDOC_LOCALEDIR
export SOURCE_DATE_EPOCH=1700000000 LC_ALL=C.UTF-8
S=$top/data/samples
D=2026-11-29
work=$(mktemp -d "$out/.thumbs.XXXXXX")
trap 'rm -rf "$work"' EXIT

# doc NAME LABEL COMMAND...: the document NAME.pdf, its pages as PNG
# thumbnails labelled "LABEL n/N".
n=0
doc() {
	name=$1 label=$2
	shift 2
	"$build/thbdoc" "$@" -o "$work/$name.pdf" 2>"$work/$name.err" ||
	    { cat "$work/$name.err" >&2; exit 1; }
	n=$((n + 1))
	pdftoppm -r 24 -png "$work/$name.pdf" "$work/p$(printf %02d $n)-$name"
	pages=$(ls "$work"/p$(printf %02d $n)-"$name"*.png | wc -l)
	k=0
	for f in "$work"/p$(printf %02d $n)-"$name"*.png; do
		k=$((k + 1))
		printf '%s\t%s %d/%d\n' "$f" "$label" "$k" "$pages" >>"$work/list"
	done
}

doc leaflet-fr "Leaflet fr" leaflet --lang fr
doc leaflet-ar "Leaflet ar" leaflet --lang ar
doc leaflet-ro-nl "Leaflet ro + nl" leaflet --lang ro --with nl
doc pocket-card "Pocket cards ti" pocket-card --lang ti
doc language-card "Language card" language-card
doc notice "Notice ar + fr" notice -d $D --lang ar --with fr \
    "$S/01-brussels-reflection.xml"
doc report "Report fr" report -d $D "$S/01-brussels-reflection.xml"
doc report-blank "Blank report nl" report --blank --lang nl
doc query "Query to the prosecutor" letter query -d $D \
    "$S/03-liege-query-due.xml"
doc general-prosecutor "To the procureur général" \
    letter general-prosecutor -d $D "$S/04-gent-no-answer.xml"
doc centre-support "Request: centre support" request centre-support \
    -d $D "$S/01-brussels-reflection.xml"
doc arrival-declaration "Request: arrival declaration" \
    request arrival-declaration -d $D \
    "$S/02-antwerp-complaint-at-interception.xml"
doc indefinite-residence "Request: indefinite stay" \
    request indefinite-residence -d $D \
    "$S/08-brussels-certificate-prosecution.xml"

# One row per document would leave gaps: nine pages a row, in order.
set --
while IFS='	' read -r f label; do
	set -- "$@" -label "$label" "$f"
done <"$work/list"
montage -font DejaVu-Sans -pointsize 9 "$@" -tile 9x -geometry +6+6 \
    -background '#F2F2F2' -shadow -strip -colors 128 "$work/thumbs.png"
mv "$work/thumbs.png" "$out/thumbs.png"
echo "$out/thumbs.png: $(wc -l <"$work/list") pages"
