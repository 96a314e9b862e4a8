#!/bin/sh
# review-1.sh: the twelve defects a lawyer's review found on case files
# thbdoc had never seen (issue 11, review 1 of session 5), each check named
# after its point of the directives (shared/seed/directives-1997-2003.txt)
# or after thbdoc's decision where they are silent.  The case files are the
# reviewer's, as written: tests/docs/cases/review1-*.xml.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/docs/lib.sh"

r=$cases/review1

# text FILE: a document's dump as one line per block (every quoted piece
# of a block joined; of the notice, the English column only), in
# $tmp/text.
text() {
	awk 'BEGIN { on = 1 }
	    /column lang=/ { on = ($2 == "lang=en") }
	    on && /^ *(paragraph|item|heading|title|field)/ { printf "\n" }
	    on && /^ *"/ { sub(/^ *"/, ""); sub(/"( .*)?$/, ""); printf "%s", $0 }
	    END { printf "\n" }' "$1" >"$tmp/text"
}
says() { check_grep "$1" "$2" "$tmp/text"; }
never() {
	if grep -q -- "$2" "$tmp/text"; then
		fail "$1: says \"$2\""
		grep -- "$2" "$tmp/text" >&2
	else pass; fi
}
# doc NAME DATE CASE COMMAND...: a document's dump, its text in $tmp/text.
doc() {
	name=$1 d=$2 f=$3
	shift 3
	"$THBDOC" "$@" --date "$d" "$r-$f.xml" --dump >"$tmp/dump" 2>"$tmp/err"
	check "$name: exit status" 0 "$?"
	text "$tmp/dump"
}
status_json() {
	"$THBDOC" status --json --date "$2" "$r-$1.xml" >"$tmp/out" \
	    2>"$tmp/err"
	check "status $1 $2: exit status" 0 "$?"
}

# 2. Rule 5: after an exclusion reviewed by a later interception, the
# report describes that interception and what followed it.
# (The reports in French: they are written in an official language.)
doc "c02 report after reopening" 2026-09-20 c02-suspect-then-victim \
    report --lang fr
says "test_5_report_after_reopening_describes_the_new_interception" \
    "Date de l'interception.*14.*septembre.*2026"
says "5.1 report after reopening: the victim" "le service en est convaincu"
says "5 report after reopening: the leaflet" "14.*septembre.*2026.*ukrainien"
says "5.1 report after reopening: the centre" "Payoke"
never "5.3 report after reopening: not the old suspect" \
    "implication dans l'organisation"
never "4 report after reopening: the Office informed again, not in May" \
    "informé le 4 mai"

# 3. Our decision (withdrawal-document-kept): the document in force and
# its rights are kept until it expires, and the notice says so.
status_json c15-withdrawal 2026-10-01
check_grep "test_our_decision_withdrawal_keeps_document_and_rights_until_expiry (status)" \
    '"rights":\["social-aid","temporary-work-authorisation"\]' "$tmp/out"
check_grep "withdrawal: the silence is said" \
    '"code":"withdrawal-document-kept","point":"silent"' "$tmp/out"
doc "c15 notice" 2026-10-01 c15-withdrawal notice --lang en
says "our decision, withdrawal: the notice gives the document's end" \
    "Your document is valid until 2 November 2026"
says "9 withdrawal: social aid kept" "social aid"
says "8.2 withdrawal: work authorisation kept" "temporary work authorisation"

# 4. 8.2, last sentence (rule 2): the procureur général's answer stays
# pending through the extension; the procureur du Roi is not asked again.
status_json c20-pg-pending 2026-09-15
check_grep "test_8_2_general_prosecutor_answer_pending_after_extension (status)" \
    '"code":"answer-general-query","actor":"general-prosecutor"' "$tmp/out"
check "8.2 after the extension: no new query to the procureur du Roi" 0 \
    "$(grep -c '"query-prosecutor"' "$tmp/out")"
"$THBDOC" due --date 2026-09-15 "$r-c20-pg-pending.xml" >"$tmp/out" 2>&1
check_grep "8.2 after the extension: due lists the procureur général" \
    "general-prosecutor .*answer the question put by the Office" "$tmp/out"

# 5. 8.2: the Office must issue the declaration; 8.1: the centre may ask,
# with no deadline.
status_json c14-leap 2028-02-20
check_grep "test_8_2_office_must_issue_the_arrival_declaration (status)" \
    '"code":"issue-arrival-declaration","actor":"office","from":"2028-01-15","due":null' \
    "$tmp/out"
check_grep "8.1 the centre's option has no deadline" \
    '"code":"request-arrival-declaration","actor":"centre","from":null,"due":null' \
    "$tmp/out"
check "8.1 the centre's option is never overdue" 0 \
    "$(grep -c 'ask the Office for the second phase' "$tmp/out")"
"$THBDOC" due --actor office --date 2028-02-20 "$r-c14-leap.xml" \
    >"$tmp/out" 2>&1
check_grep "8.2 due --actor office: issue the arrival declaration" \
    "issue the arrival declaration" "$tmp/out"

# 6. Our decision (legal-stay): no declaration called for while the stay
# is legal, said as silence, the same in status and the request.
status_json c01-legal-stay 2026-12-08
check_grep "test_our_decision_legal_stay_calls_for_no_declaration (status)" \
    '"code":"legal-stay","point":"silent"' "$tmp/out"
check "legal stay: no request of the second phase" 0 \
    "$(grep -c 'arrival-declaration' "$tmp/out")"
expect_status "legal stay: the request is not called for" 4 "$THBDOC" \
    request arrival-declaration --date 2026-12-08 "$r-c01-legal-stay.xml" \
    -o "$tmp/refused.pdf"

# 7. 8.2: the query is no longer listed once it cannot be answered before
# the declaration ends; the warning says no query was sent.
status_json c04-inspection 2026-12-08
check "test_8_2_query_not_listed_once_it_cannot_be_answered_in_time" 0 \
    "$(grep -c '"query-prosecutor"' "$tmp/out")"
check_grep "8.3 no query at expiry: said so" '"code":"no-query-at-expiry"' \
    "$tmp/out"
check "8.3 no query at expiry: not 'no answer came'" 0 \
    "$(grep -c 'no-answer-at-expiry' "$tmp/out")"
status_json c07-second-extension 2026-08-20
check "8.2 after the extension ended: no query listed" 0 \
    "$(grep -c '"query-prosecutor"' "$tmp/out")"

# 8. Points 4 and 5.1: 5.1 only for a victim staying illegally or
# precariously; point 4 alone otherwise (rule 6).
doc "c02 report, suspect" 2026-05-05 c02-suspect-then-victim report --lang fr
says "test_4_report_cites_point_4_alone_for_a_suspect" \
    "informé le 4.*mai.*2026 (point 4)."
doc "c04 report, uncertain" 2026-12-08 c04-inspection report --lang fr
says "4 report, uncertain (5.2): point 4 alone" "(point 4)."
never "4 report, uncertain: not 5.1" "4 et 5.1)"
doc "c01 report, legal stay" 2026-12-08 c01-legal-stay report --lang fr
says "4 report, legal stay: point 4 alone" "(point 4)."
doc "c02 report, victim" 2026-09-20 c02-suspect-then-victim report --lang fr
says "4 and 5.1 report, victim staying illegally: both points" \
    "(points 4 et 5.1)."

# 9. Rule 10: a minor's documents say on stderr that the directives do
# not cover minors.
for what in "notice --lang en" "report --lang fr"; do
	doc "c03 $what" 2026-11-25 c03-minor $what
	check_grep "test_rule_10_minor_warned_on_the_${what%% *}" \
	    "do not cover the protection of minors" "$tmp/err"
done

# 10. 8.3: a conviction before the complaint: "none before it".
"$THBDOC" status --date 2026-07-10 "$r-c25-conviction-before-complaint.xml" \
    >"$tmp/out" 2>&1
check_grep "test_8_3_ground_before_complaint_says_none_before_it (status)" \
    "no complaint or statement of the person before it" "$tmp/out"

# 11. An unknown district: said once by status; the report and the
# notice, which have no addressee, are written in the language given.
"$THBDOC" status --date 2026-10-01 "$r-c13-unknown-district.xml" \
    >/dev/null 2>"$tmp/err"
check "unknown district: status warns once" 1 \
    "$(grep -c 'unknown judicial district' "$tmp/err")"
expect_status "unknown district: notice --with fr" 0 "$THBDOC" notice \
    --lang en --with fr --date 2026-10-01 "$r-c13-unknown-district.xml" \
    -o "$tmp/n13.pdf"
check_grep "unknown district: the notice warns" "unknown judicial district" \
    "$tmp/err"
expect_status "unknown district: report --lang fr" 0 "$THBDOC" report \
    --lang fr --date 2026-10-01 "$r-c13-unknown-district.xml" \
    -o "$tmp/r13.pdf"
expect_status "unknown district: a letter needs its addressee" 1 "$THBDOC" \
    letter query --date 2026-10-01 --answer-by 2026-11-20 \
    "$r-c13-unknown-district.xml" -o "$tmp/l13.pdf"

# 12. 8.2: the missing answer date is said while the answer is awaited,
# not after it came.
status_json c14-leap 2028-04-01
check_grep "8.2 answer-by missing, answer awaited: said" \
    "query-without-answer-date" "$tmp/out"
status_json c14-leap 2028-11-30
check "test_8_2_missing_answer_date_not_said_after_the_answer" 0 \
    "$(grep -c 'query-without-answer-date' "$tmp/out")"

finish
