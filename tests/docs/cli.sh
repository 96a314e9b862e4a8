#!/bin/sh
# cli.sh: the document commands through the program: refusals (exit 4,
# no file written), district languages, usage errors, file modes, atomic
# writes, deterministic bytes, and dates that agree with "thbdoc status".
. "${top_srcdir:-$(dirname "$0")/../..}/tests/docs/lib.sh"

s=$samples c=$cases
D=2026-11-29

# --- refusals: the case does not call for the document (exit 4) --------
# Point 8.2: no query while the person is in the 45 days of reflection.
expect_status "query in reflection" 4 "$THBDOC" letter query --date $D \
    "$s/01-brussels-reflection.xml" -o "$tmp/refused.pdf"
check_grep "query in reflection: says why" \
    'does not call for this document.*reflection period' "$tmp/err"
check "query in reflection: no file" "no" \
    "$([ -e "$tmp/refused.pdf" ] && echo yes || echo no)"
# Point 8.3: no request for indefinite residence without a prosecution act.
expect_status "indefinite residence, no prosecution act" 4 "$THBDOC" \
    request indefinite-residence --date $D "$s/03-liege-query-due.xml" \
    -o "$tmp/refused.pdf"
check_grep "indefinite residence: says why" 'summons, a committal' \
    "$tmp/err"
check "indefinite residence refused: no file" "no" \
    "$([ -e "$tmp/refused.pdf" ] && echo yes || echo no)"
# A refused document leaves an existing file as it was.
echo "keep me" >"$tmp/existing.pdf"
expect_status "refused over an existing file" 4 "$THBDOC" letter query \
    --date $D "$s/01-brussels-reflection.xml" -o "$tmp/existing.pdf"
check "refused: the existing file is untouched" "keep me" \
    "$(cat "$tmp/existing.pdf")"
# Others: the procureur général with an answer on time; support with no
# centre; the notice for a suspect (5.3); a report with no interception.
expect_status "general prosecutor, no query yet" 4 "$THBDOC" letter \
    general-prosecutor --date $D "$s/03-liege-query-due.xml" --dump
expect_status "general prosecutor, answered" 4 "$THBDOC" letter \
    general-prosecutor --date $D "$s/05-charleroi-positive-answer.xml" --dump
expect_status "centre-support with no centre" 4 "$THBDOC" request \
    centre-support --date $D "$s/16-turnhout-police-pending.xml" --dump
expect_status "arrival-declaration with no complaint" 4 "$THBDOC" request \
    arrival-declaration --date $D "$s/01-brussels-reflection.xml" --dump
expect_status "notice for a suspect (5.3)" 4 "$THBDOC" notice --date $D \
    "$s/12-eupen-suspect.xml" --dump
expect_status "report before the interception" 4 "$THBDOC" report \
    --date 2026-01-01 "$s/01-brussels-reflection.xml" --dump
check_grep "report before the interception: says so" \
    'no interception' "$tmp/err"
# --force only replaces a file: it writes no document the case does not
# call for.  --not-called-for does, with a warning, and the page says so.
expect_status "--force is not --not-called-for" 4 "$THBDOC" letter query \
    --force --date $D "$s/01-brussels-reflection.xml" --dump
expect_status "--not-called-for, facts missing" 4 "$THBDOC" letter query \
    --not-called-for --date $D "$s/01-brussels-reflection.xml" --dump
check_grep "--not-called-for: names the missing facts" \
    'lacks what this document needs: the complaint or statement, the arrival declaration' \
    "$tmp/err"
expect_status "--not-called-for --blanks" 0 "$THBDOC" letter query \
    --not-called-for --blanks --date $D "$s/01-brussels-reflection.xml" --dump
check_grep "--not-called-for: warns" 'warning: --not-called-for' "$tmp/err"
check_grep "--not-called-for: the page says so" \
    "le dossier ne l'appelle pas" "$tmp/out"
check_grep "--blanks: ruled lines" '______' "$tmp/out"

# A fact the letter needs and the case lacks: exit 4, named; optional
# facts are left out, never a dash.
sed -e 's|<name>Amina Bello</name>||' -e 's|<nationality>NG</nationality>||' \
    "$s/03-liege-query-due.xml" >"$tmp/noname.xml"
expect_status "query letter, no name" 4 "$THBDOC" letter query \
    --date 2026-10-01 "$tmp/noname.xml" --dump
check_grep "query letter, no name: says which" "the person's name" "$tmp/err"
expect_status "query letter, no name, --blanks" 0 "$THBDOC" letter query \
    --blanks --date 2026-10-01 "$tmp/noname.xml" --dump
check "query letter: no nationality line, no dash" "" \
    "$(grep -e 'Nationality' -e '—' "$tmp/out")"
rm -f "$tmp/noname.xml"

# An unknown district is said at status, not first at letter time.
sed 's/district="liege"/district="luikx"/g' "$s/03-liege-query-due.xml" \
    >"$tmp/unknown.xml"
expect_status "status, unknown district" 0 "$THBDOC" status \
    "$tmp/unknown.xml"
check_grep "status, unknown district: warns" \
    'warning: unknown judicial district "luikx"' "$tmp/err"
rm -f "$tmp/unknown.xml"

# The answer is expected before the arrival declaration ends (8.3).
expect_status "--answer-by on the day it ends" 2 "$THBDOC" letter query \
    --date 2026-10-01 --answer-by 2026-12-27 "$s/03-liege-query-due.xml" \
    --dump
check_grep "--answer-by on the day it ends: says why" 'before the arrival declaration ends' "$tmp/err"
expect_status "--answer-by the day before" 0 "$THBDOC" letter query \
    --date 2026-10-01 --answer-by 2026-12-26 "$s/03-liege-query-due.xml" \
    --dump

# --- languages of the districts --------------------------------------------
# Brussels: the file's language must be known (point 7 of the issue).
expect_status "Brussels, no file language" 1 "$THBDOC" letter query \
    --date $D "$c/brussels-no-language.xml" -o "$tmp/bxl.pdf"
check_grep "Brussels, no file language: says so" \
    'works in French and in Dutch.*language="fr" or language="nl"' \
    "$tmp/err"
check "Brussels, no file language: no file" "no" \
    "$([ -e "$tmp/bxl.pdf" ] && echo yes || echo no)"
expect_status "Brussels --lang nl" 0 "$THBDOC" letter query --lang nl \
    --date $D "$c/brussels-no-language.xml" --dump
check_grep "Brussels --lang nl: Dutch" '^doc lang=nl' "$tmp/out"
check_grep "Brussels --lang nl: Parket Brussel" 'Parket Brussel' "$tmp/out"
expect_status "Brussels --lang de" 2 "$THBDOC" letter query --lang de \
    --date $D "$c/brussels-no-language.xml" --dump
# A Flemish district takes no French letter; Eupen writes German.
expect_status "Gent --lang fr" 2 "$THBDOC" letter general-prosecutor \
    --lang fr --date $D "$s/04-gent-no-answer.xml" --dump
check_grep "Gent --lang fr: says why" 'written in nl, not fr' "$tmp/err"
expect_status "Gent: Dutch, court of appeal of Gent" 0 "$THBDOC" letter \
    general-prosecutor --date $D "$s/04-gent-no-answer.xml" --dump
check_grep "Gent: Dutch" '^doc lang=nl' "$tmp/out"
check_grep "Gent: the court" 'hof van beroep te Gent' "$tmp/out"
check_grep "Gent: the auditeur queried" 'Arbeidsauditoraat Gent' "$tmp/out"
expect_status "Eupen: German" 0 "$THBDOC" letter query --date 2026-05-10 \
    "$c/eupen-full.xml" --dump
check_grep "Eupen: German" '^doc lang=de' "$tmp/out"
check_grep "Eupen: Staatsanwaltschaft" 'Staatsanwaltschaft Eupen' "$tmp/out"
# Hainaut: Charleroi has its own procureur du Roi.
expect_status "Charleroi" 0 "$THBDOC" request centre-support --date $D \
    "$s/05-charleroi-positive-answer.xml" --dump
check_grep "Charleroi: French" '^doc lang=fr' "$tmp/out"
# The report follows the police's region, or --lang.
expect_status "report, Flanders" 0 "$THBDOC" report --date $D \
    "$s/16-turnhout-police-pending.xml" --dump
check_grep "report, Flanders: Dutch" '^doc lang=nl' "$tmp/out"
expect_status "report --lang de" 0 "$THBDOC" report --lang de --date $D \
    "$s/16-turnhout-police-pending.xml" --dump
check_grep "report --lang de: German" '^doc lang=de' "$tmp/out"
expect_status "report, Brussels with no file language" 1 "$THBDOC" report \
    --date $D "$c/brussels-no-language.xml" --dump

# --- answer-by (8.2) ---------------------------------------------------------
# By default 15 days before the arrival declaration expires (2027-01-04).
# French dates have no-break spaces (U+00A0, two bytes: '.\{1,2\}').
expect_status "answer-by default" 0 "$THBDOC" letter query --lang fr \
    --date $D "$c/brussels-no-language.xml" --dump
check_grep "answer-by default: 20 December 2026" '20.\{1,2\}décembre.\{1,2\}2026' \
    "$tmp/out"
expect_status "--answer-by" 0 "$THBDOC" letter query --lang fr \
    --answer-by 2026-12-18 --date $D "$c/brussels-no-language.xml" --dump
check_grep "--answer-by: 18 December 2026" '18.\{1,2\}décembre.\{1,2\}2026' \
    "$tmp/out"
expect_status "--answer-by before the letter" 2 "$THBDOC" letter query \
    --lang fr --answer-by 2026-11-01 --date $D \
    "$c/brussels-no-language.xml" --dump
check_grep "--answer-by before the letter: says so" 'must come after' \
    "$tmp/err"
expect_status "--to auditeur" 0 "$THBDOC" letter query --lang fr \
    --to auditeur --date $D "$c/brussels-no-language.xml" --dump
check_grep "--to auditeur" 'Auditorat du travail de Bruxelles' "$tmp/out"

# --- usage errors ------------------------------------------------------------
expect_status "letter, no kind" 2 "$THBDOC" letter
expect_status "letter, unknown kind" 2 "$THBDOC" letter reminder x.xml \
    --dump
expect_status "request, unknown kind" 2 "$THBDOC" request visa x.xml --dump
expect_status "no output" 2 "$THBDOC" report "$s/01-brussels-reflection.xml"
expect_status "two case files" 2 "$THBDOC" report --dump \
    "$s/01-brussels-reflection.xml" "$s/02-antwerp-complaint-at-interception.xml"
expect_status "--blank with no language" 2 "$THBDOC" report --blank --dump
expect_status "--blank with a case" 2 "$THBDOC" report --blank --lang fr \
    "$s/01-brussels-reflection.xml" --dump
expect_status "--lang en for a letter" 2 "$THBDOC" letter query --lang en \
    "$s/03-liege-query-due.xml" --dump
expect_status "--answer-by on a request" 2 "$THBDOC" request centre-support \
    --answer-by 2026-12-01 "$s/01-brussels-reflection.xml" --dump
expect_status "invalid date" 2 "$THBDOC" notice --date 2026-02-30 \
    "$s/01-brussels-reflection.xml" --dump
expect_status "an invalid case file" 1 "$THBDOC" report --dump \
    "$top_srcdir/tests/bad/malformed.xml"
for cmd in report letter request notice; do
	expect_status "$cmd --help" 0 "$THBDOC" $cmd --help
	check_grep "$cmd --help: usage" "Usage: thbdoc $cmd" "$tmp/out"
done

# --- files: modes, atomic writes, the same bytes ----------------------------
# Documents that name the person: 0600; the blank form: 0644.
umask 022
expect_status "notice PDF" 0 "$THBDOC" notice --allow-incomplete --date $D \
    "$s/01-brussels-reflection.xml" -o "$tmp/notice.pdf"
check "notice PDF: mode 0600" "600" "$(stat -c %a "$tmp/notice.pdf")"
for doc in "report" "letter query" "request centre-support"; do
	f="$tmp/mode-$(echo "$doc" | tr ' ' -).pdf"
	case $doc in
	report) file=$s/01-brussels-reflection.xml ;;
	"letter query") file=$s/03-liege-query-due.xml ;;
	*) file=$s/01-brussels-reflection.xml ;;
	esac
	"$THBDOC" $doc --date $D "$file" -o "$f" 2>/dev/null
	check "$doc: mode 0600" "600" "$(stat -c %a "$f" 2>/dev/null)"
done
expect_status "blank report" 0 "$THBDOC" report --blank --lang fr \
    -o "$tmp/blank.pdf"
check "blank report: mode 0644 (no personal data)" "644" \
    "$(stat -c %a "$tmp/blank.pdf")"
# Nothing is left beside the documents: no temporary file.
check "no temporary file left" "" \
    "$(ls -a "$tmp" | grep -v -e '^\.\.*$' -e '\.pdf$' -e '^out$' -e '^err$' \
    -e '^expected$' -e '^diff$')"
# An unwritable folder: a system error, no file.
mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
if [ "$(id -u)" != 0 ]; then
	expect_status "unwritable folder" 3 "$THBDOC" notice \
	    --allow-incomplete --date $D \
	    "$s/01-brussels-reflection.xml" -o "$tmp/ro/notice.pdf"
	check "unwritable folder: nothing written" "" "$(ls -A "$tmp/ro")"
fi
chmod 755 "$tmp/ro"
# Deterministic: the same bytes twice.
SOURCE_DATE_EPOCH=1764374400 "$THBDOC" letter query --date $D \
    "$s/03-liege-query-due.xml" -o "$tmp/a.pdf" 2>/dev/null
SOURCE_DATE_EPOCH=1764374400 "$THBDOC" letter query --date $D \
    "$s/03-liege-query-due.xml" -o "$tmp/b.pdf" 2>/dev/null
if cmp -s "$tmp/a.pdf" "$tmp/b.pdf"; then pass; else
	fail "the same letter twice: different bytes"; fi
if [ -n "${PDFINFO:-}" ] || command -v pdfinfo >/dev/null 2>&1; then
	check "letter: A4" "595.28 x 841.89 pts (A4)" "$(pdfinfo "$tmp/a.pdf" \
	    2>/dev/null | sed -n 's/^Page size: *//p')"
fi

# --- dates agree with thbdoc status --------------------------------------
# The notice writes dates in words in each column's language (issue 13,
# item 6): the document's expiry in its French or Dutch column is the one
# "thbdoc status" gives on that day (French with no-break spaces, two
# bytes: '.\{1,2\}').
official_words() {	# YYYY-MM-DD: "D mois YYYY|D maand YYYY"
	y=${1%%-*} m=${1#*-} d=${1##*-}
	m=${m%-*} d=${d#0}
	fr="janvier f\303\251vrier mars avril mai juin juillet ao\303\273t septembre octobre novembre d\303\251cembre"
	nl="januari februari maart april mei juni juli augustus september oktober november december"
	set -- $(printf "$fr")
	shift $((${m#0} - 1)); frm=$1
	set -- $nl
	shift $((${m#0} - 1)); nlm=$1
	[ "$d" = 1 ] && frd=1er || frd=$d
	printf '"%s.\\{1,2\\}%s.\\{1,2\\}%s"\\|"%s %s %s"' "$frd" "$frm" "$y" \
	    "$d" "$nlm" "$y"
}
for f in 01-brussels-reflection 03-liege-query-due 07-brugge-extended \
    08-brussels-certificate-prosecution; do
	exp=$("$THBDOC" status --json --date $D "$s/$f.xml" |
	    sed -n 's/.*"expires":"\([0-9-]*\)".*/\1/p')
	"$THBDOC" notice --allow-incomplete --date $D "$s/$f.xml" --dump \
	    >"$tmp/n.dump" 2>/dev/null
	check_grep "$f: notice and status agree ($exp)" \
	    "$(official_words "$exp")" "$tmp/n.dump"
done
rm -f "$tmp/n.dump"

# --- true on its date: the letter to the procureur général (8.2, 8.3) ---
# Rule 2: no answer when the declaration expired: its one extension is due
# (8.3); the letter does not say it merely "expired".
"$THBDOC" letter general-prosecutor --date $D "$s/04-gent-no-answer.xml" \
    --dump >"$tmp/gp.dump" 2>/dev/null
check_grep "test_8_3_general_prosecutor_letter_after_expiry_says_extension_is_due" \
    "moet ze één keer worden verlengd" "$tmp/gp.dump"
if grep -q "is verstreken op" "$tmp/gp.dump"; then
	fail "8.3 letter to the procureur général: still 'is verstreken op'"
else pass; fi
# 8.3: at the end of the one extension, the certificate is due.
"$THBDOC" letter general-prosecutor --not-called-for --date 2027-01-15 \
    "$s/07-brugge-extended.xml" --dump >"$tmp/gp.dump" 2>/dev/null
check_grep "8.3 letter to the procureur général after the extension: the certificate is due" \
    "bewijs van inschrijving in het vreemdelingenregister" "$tmp/gp.dump"

# --- the addressee's postal address (issue 11: letters an office can act
# on; never invented): none in data/districts.xml as shipped ------------
expect_status "letter query, no address: written" 0 "$THBDOC" letter query \
    --date $D "$s/03-liege-query-due.xml" --dump
check_grep "no address: a warning names the office" \
    "districts.xml gives no postal address for Parquet de Liège" "$tmp/err"
if grep -q "Adresse postale" "$tmp/out"; then
	fail "no address, no --blanks: no ruled lines"
else pass; fi
expect_status "letter query --blanks, no address" 0 "$THBDOC" letter query \
    --blanks --date $D "$s/03-liege-query-due.xml" --dump
check_grep "no address, --blanks: ruled lines to write it by hand" \
    "Adresse postale" "$tmp/out"
# The Office fills the addresses in: printed, and no warning.
mkdir -p "$tmp/data"
sed 's|<labour-prosecutor lang="fr">Auditorat du travail de Liège</labour-prosecutor>|&\
    <prosecutor-address lang="fr">Rue Example 1, 4000 Liège</prosecutor-address>|
     s|<name lang="de">Appellationshof Lüttich</name>|&\
    <address lang="fr">Place Example 2, 4000 Liège</address>|' \
    "$top_srcdir/data/districts.xml" >"$tmp/data/districts.xml"
THBDOC_DATADIR="$tmp/data:$THBDOC_DATADIR" expect_status \
    "letter query, address filled in" 0 "$THBDOC" letter query --date $D \
    "$s/03-liege-query-due.xml" --dump
check_grep "the office's address is printed" "Rue Example 1, 4000 Liège" \
    "$tmp/out"
if grep -q "no postal address" "$tmp/err"; then
	fail "address filled in: still warned"
else pass; fi
THBDOC_DATADIR="$tmp/data:$THBDOC_DATADIR" expect_status \
    "letter to the procureur général, address filled in" 0 "$THBDOC" letter \
    general-prosecutor --date 2026-05-16 "$c/namur-full.xml" --dump
check_grep "the procureur général's address is printed" \
    "Place Example 2, 4000 Liège" "$tmp/out"
finish
