#!/bin/sh
# golden.sh: every official document, in French, Dutch and German, from
# the sample cases (data/samples) and the test cases (tests/docs/cases),
# as extracted text (pdftotext) followed by the messages, against
# tests/docs/golden/NAME.txt.  The documents are dated: their dates must
# be those of "thbdoc status" on that day.
#
#   golden.sh            compare
#   golden.sh --update   rewrite the expected files (review the diff)
. "${top_srcdir:-$(dirname "$0")/../..}/tests/docs/lib.sh"

[ "${1:-}" = --update ] && UPDATE=1
if [ -z "${PDFTOTEXT:-}" ]; then
	echo "SKIP: pdftotext not found"; exit 77
fi
if ! have_catalogues; then
	echo "SKIP: the fr, nl and de catalogues are not built"; exit 77
fi

# NAME DATE CASE COMMAND...: one document.
doc() {
	name=$1 date=$2 file=$3
	shift 3
	"$THBDOC" "$@" --date "$date" "$file" -o "$tmp/$name.pdf" \
	    2>"$tmp/$name.err"
	st=$?
	{
		if [ -f "$tmp/$name.pdf" ]; then
			"$PDFTOTEXT" -enc UTF-8 "$tmp/$name.pdf" - 2>/dev/null
		fi
		echo "== exit $st"
		sed "s|$top_srcdir/||g" "$tmp/$name.err"
	} >"$tmp/$name.txt"
	check_file "$name" "$here/golden/$name.txt" "$tmp/$name.txt"
}

s=$samples c=$cases
# The report's section (closing section, point 3): the police's language.
doc report-fr 2026-11-29 "$s/01-brussels-reflection.xml" report
doc report-nl 2026-11-29 "$s/13-mechelen-uncertain.xml" report
doc report-de 2026-11-29 "$s/12-eupen-suspect.xml" report
doc report-de-full 2026-03-25 "$c/eupen-full.xml" report
doc report-fr-uncertain 2026-02-20 "$c/namur-full.xml" report
# The query to the procureur du Roi or the auditeur du travail (8.2).
doc letter-query-fr 2026-11-29 "$s/03-liege-query-due.xml" letter query
doc letter-query-fr-auditeur 2026-04-01 "$c/namur-full.xml" letter query
doc letter-query-nl 2026-11-29 "$c/brussels-no-language.xml" letter query \
    --lang nl
doc letter-query-de 2026-05-10 "$c/eupen-full.xml" letter query
# The procureur général, no answer by the date set (8.2).
doc letter-general-prosecutor-nl 2026-11-29 "$s/04-gent-no-answer.xml" \
    letter general-prosecutor
doc letter-general-prosecutor-fr 2026-05-16 "$c/namur-full.xml" \
    letter general-prosecutor
doc letter-general-prosecutor-de 2026-06-16 "$c/eupen-full.xml" \
    letter general-prosecutor
# The centres' requests (4, 8.1, 8.3).
doc request-centre-support-fr 2026-11-29 "$s/01-brussels-reflection.xml" \
    request centre-support
doc request-centre-support-nl 2026-11-29 "$s/02-antwerp-complaint-at-interception.xml" \
    request centre-support
doc request-centre-support-de 2026-03-25 "$c/eupen-full.xml" \
    request centre-support
doc request-arrival-declaration-nl 2026-11-29 \
    "$s/02-antwerp-complaint-at-interception.xml" request arrival-declaration
doc request-arrival-declaration-fr 2026-02-20 "$c/namur-full.xml" \
    request arrival-declaration
doc request-arrival-declaration-de 2026-03-25 "$c/eupen-full.xml" \
    request arrival-declaration
doc request-indefinite-residence-nl 2026-11-29 \
    "$s/08-brussels-certificate-prosecution.xml" request indefinite-residence
doc request-indefinite-residence-fr 2026-11-29 "$s/09-mons-conviction.xml" \
    request indefinite-residence
doc request-indefinite-residence-de 2027-03-01 "$c/eupen-full.xml" \
    request indefinite-residence
# The notice for the person, the official language side by side.
doc notice-ro-fr 2026-11-29 "$s/01-brussels-reflection.xml" notice
doc notice-en-fr 2026-11-29 "$s/03-liege-query-due.xml" notice --lang en
doc notice-fr 2026-11-29 "$s/05-charleroi-positive-answer.xml" notice \
    --lang fr
doc notice-nl 2026-11-29 "$s/07-brugge-extended.xml" notice --lang nl
doc notice-de 2026-07-01 "$c/eupen-full.xml" notice --lang de
doc notice-en-nl-certificate 2026-11-29 \
    "$s/08-brussels-certificate-prosecution.xml" notice --lang en

# The blank form, in each language.
for ll in fr nl de; do
	"$THBDOC" report --blank --lang "$ll" -o "$tmp/blank-$ll.pdf" \
	    2>"$tmp/blank-$ll.err"
	st=$?
	{
		"$PDFTOTEXT" -enc UTF-8 "$tmp/blank-$ll.pdf" - 2>/dev/null
		echo "== exit $st"
		cat "$tmp/blank-$ll.err"
	} >"$tmp/blank-$ll.txt"
	check_file "report-blank-$ll" "$here/golden/report-blank-$ll.txt" \
	    "$tmp/blank-$ll.txt"
done
finish
