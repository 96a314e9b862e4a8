#!/bin/sh
# notice-open.sh: the notice says what is still open on its date, not the
# whole procedure (issue 11, "Documents true on their date"): each sentence
# of "What happens next" stands for an action the phase model finds
# pending on that day, and each check is named after its point of the
# directives (shared/seed/directives-1997-2003.txt).
. "${top_srcdir:-$(dirname "$0")/../..}/tests/docs/lib.sh"

s=$samples

# notice CASE DATE [OPTION...]: the notice's English text (the person's
# column) as one line per block, in $tmp/n.
notice() {
	f=$1 d=$2
	shift 2
	"$THBDOC" notice --lang en "$@" --date "$d" "$s/$f.xml" --dump \
	    >"$tmp/dump" 2>"$tmp/err"
	check "$f on $d: exit status" 0 "$?"
	# The quoted strings of the English column, a block's pieces joined.
	awk '/column lang=/ { en = ($2 == "lang=en") }
	    en && /^ *(paragraph|item|heading)/ { printf "\n" }
	    en && /^ *"/ { sub(/^ *"/, ""); sub(/"( .*)?$/, ""); printf "%s", $0 }
	    END { printf "\n" }' "$tmp/dump" >"$tmp/n"
}
says() { check_grep "$1" "$2" "$tmp/n"; }
never() {
	if grep -q -- "$2" "$tmp/n"; then
		fail "$1: says \"$2\""
		grep -- "$2" "$tmp/n" >&2
	else pass; fi
}

# 8.2: before any answer, the two questions are open, and both outcomes.
notice 03-liege-query-due 2026-11-29
says "8.2 query pending: the Office asks the two questions" \
    "The Immigration Office asks the prosecutor"
says "8.3 query pending: both outcomes still open" \
    "If the answer is yes to both"

# 8.3: yes and yes on 2026-11-20: the certificate follows; the question
# is no longer open.
notice 05-charleroi-positive-answer 2026-11-29
says "test_8_3_notice_after_positive_answer_says_certificate_is_issued" \
    "On 20 November 2026, the prosecutor answered yes to both questions. So you will get a residence document for more than 3 months, usually 6 months"
never "8.2 after a positive answer: the question is not open any more" \
    "asks the prosecutor"
never "8.3 after a positive answer: no extension is promised" \
    "extended once"
# The same after the declaration expired without the certificate.
notice 05-charleroi-positive-answer 2027-01-19
says "8.3 positive answer, declaration expired: the certificate is due" \
    "So you will get a residence document for more than 3 months"
says "rule 4 positive answer, declaration expired: the document ended" \
    "Your document ended on 10 December 2026"

# 8.3: an answer that is not yet yes to both: the one extension.
notice 06-leuven-unclear-answer 2026-11-19
says "test_8_3_notice_after_unclear_answer_says_extension_is_due" \
    "has not yet answered yes to both questions. So your document will be extended once, for 3 more months"
never "8.3 after an unclear answer: the question is not open any more" \
    "asks the prosecutor"
never "8.3 after an unclear answer: no conditional outcome" \
    "If the answer is yes to both"

# Rule 2 (8.3) and 8.2's last sentence: no answer when the declaration
# expired: the extension is due and the question goes to the procureur
# général.
notice 04-gent-no-answer 2026-10-09
says "rule 2: no answer at expiry: the extension is due" \
    "So your document will be extended once"
says "8.2 no answer by the date set: the procureur général" \
    "the question goes to a higher prosecutor, the procureur général"
never "rule 2: no answer at expiry: no conditional outcome" \
    "If the answer is yes to both"

# Rule 2 before the declaration ends: no answer yet, the question is with
# the procureur général, who may still answer yes to both before the
# declaration ends (the certificate, 8.3): no extension promised yet.
notice 04-gent-no-answer 2026-09-25
says "test_8_3_notice_before_expiry_without_answer_gives_both_outcomes" \
    "If the answer is yes to both"
never "rule 2 before expiry without an answer: the extension is not promised" \
    "So your document will be extended once"

# 8.3: at the end of the one extension the 6-month certificate is due.
notice 07-brugge-extended 2026-11-29
says "8.3 during the extension: the certificate follows at its end" \
    "When this extension ends, you get a residence document for 6 months"
notice 07-brugge-extended 2027-01-15
says "test_8_3_notice_after_extension_ended_says_certificate_is_due" \
    "The extension has ended. Now you should get a residence document for 6 months"
never "8.3 after the extension ended: not 'when it ends'" \
    "When this extension ends"

# Rule 3 (8.3): "sera accordée dès que" a first-instance conviction.
notice 09-mons-conviction 2026-01-28
says "test_8_3_notice_after_conviction_says_residence_will_be_granted" \
    "On 28 January 2026, after your complaint or statement, a first court judgment found the people who exploited you guilty"
says "8.3 conviction: will be granted, asked of the Immigration Office" \
    "So you will get a permit to stay in Belgium for an unlimited time. Your centre can ask the Immigration Office for it"
never "8.3 conviction: not only 'can ask for'" \
    "can ask for a permit to stay for an unlimited time"
# Before the conviction: the request can be made (8.3, a committal).
notice 09-mons-conviction 2025-08-18
says "8.3 prosecution act: the centre can ask" \
    "your centre can ask for a permit to stay for an unlimited time"
never "8.3 prosecution act only: nothing is granted yet" \
    "So you will get a permit"
# The second ground: requisitions retaining THB, a significant statement.
notice 10-namur-indefinite 2024-11-20
says "test_8_3_notice_after_requisitions_says_residence_will_be_granted" \
    "the prosecutor asked the court to punish the people who exploited you for human trafficking, and your statement counted"
says "8.3 requisitions: will be granted" "So you will get a permit"
# Granted: nothing open any more but the centre's help.
notice 10-namur-indefinite 2025-05-09
never "8.3 residence granted: not granted again" "So you will get a permit"

# Rule 1: a negative answer promises nothing.
notice 11-kortrijk-negative-answer 2026-09-22
says "rule 1 negative answer: the directives do not say what follows" \
    "The directives do not say what follows"
never "rule 1 negative answer: no extension" "extended once"
never "rule 1 negative answer: no certificate" "usually 6 months"

# 8.1: before the order to leave, nothing is decided.
notice 16-turnhout-police-pending 2027-01-16
says "8.1 before the order to leave: can get, with a centre's help" \
    "With the help of a specialised centre, you can get a document that gives you 45 days"
never "8.1 before the order to leave: no promise" "You will get a document"

# Returned (written with --not-called-for): no "valid until" after the
# return.
notice 15-tournai-return 2026-10-10 --not-called-for
never "return: no document said to be valid" "valid until"
says "return: no further step" "No further step of the protection procedure"

# 8.1: the 45 days are for a victim "accompagnée par un centre d'accueil
# spécialisé"; with only a centre contact recorded, the notice offers a
# centre and never says "your centre".  The labour inspection, not the
# police, met her (points 4, 5: "le service de police ou d'inspection").
s=$cases
notice inspection-contact-only 2026-09-01
says "test_5_notice_names_the_labour_inspection" \
    "The labour inspection thinks that you may be a victim"
never "5: not the police when the inspection met her" "The police think"
notice inspection-contact-only 2026-09-05
says "8.1 phase 1: the 45 days run" \
    "You are in the time of 45 days to rest and decide (point 8.1)"
says "8.1 phase 1: their end date (the order to leave)" \
    "You can stay in Belgium until 17 October 2026"
says "test_8_1_notice_without_centre_says_a_centre_can_help" \
    "Before 17 October 2026, you can decide: tell the police what happened (a complaint or a statement), or prepare to go back to your country (point 8.1). A specialised centre can help you decide."
says "9 social aid without a centre: a specialised centre" \
    "or through a specialised centre (point 9)"
never "8.1 contact only: never 'your centre'" "your centre"
notice inspection-contact-only 2026-09-12
says "8.1 complaint made, no centre yet: only if a centre supports her" \
    "If a specialised centre supports you, it can ask the Immigration Office for the 3-month document now (point 8.1)"
never "8.1 complaint made, contact only: never 'your centre'" "your centre"
s=$samples
# 8.2: the 45 days ended after a complaint made within them, and no
# arrival declaration yet: it is due; "Where you are now" is not empty.
notice 02-antwerp-complaint-at-interception 2027-01-05
says "test_8_2_notice_after_45_days_with_complaint_says_declaration_is_due" \
    "The 45 days have ended. You made a complaint or a statement within them, so you should now get a document for 3 months"
# A centre took her on: "your centre".
notice 01-brussels-reflection 2026-11-10
says "8.1 a centre took her on: decide with your centre" \
    "decide with your centre"

# 5.3, written with --not-called-for: what is true on the date, and that
# the exclusion is not final (rule 5; point 5: "chaque fois").
notice 12-eupen-suspect 2026-11-25 --not-called-for
says "test_5_3_notice_excluded_says_no_step_is_open" \
    "On this date, no step of the protection procedure for victims is open for you (point 5.3)."
says "test_our_decision_notice_exclusion_is_not_final" \
    "This can change. If the police or the labour inspection later think that you may be a victim"

# The draft note (X-Review-Status: draft): in each column whose language
# is a draft, never on the French text, never on the English source.
draft_en="This translation has not been checked by a sworn translator yet."
"$THBDOC" notice --lang en --date 2026-11-29 \
    "$s/08-brussels-certificate-prosecution.xml" --dump >"$tmp/dump" \
    2>"$tmp/err"
check_grep "test_notice_draft_note_in_a_draft_column (nl)" \
    "Deze vertaling is nog niet nagekeken door een" "$tmp/dump"
if grep -q "$draft_en" "$tmp/dump"; then
	fail "draft note: not on the English source"
else pass; fi
"$THBDOC" notice --lang en --date 2026-11-29 \
    "$s/05-charleroi-positive-answer.xml" --dump >"$tmp/dump" 2>"$tmp/err"
if grep -q "traducteur juré\|$draft_en" "$tmp/dump"; then
	fail "test_notice_no_draft_note_on_the_french_text"
else pass; fi

# The official language beside it says the same (8.3, in French).
"$THBDOC" notice --lang fr --date 2026-11-29 \
    "$s/05-charleroi-positive-answer.xml" --dump >"$tmp/dump" 2>"$tmp/err"
check_grep "8.3 positive answer, in French" \
    "le procureur a répondu oui aux deux questions" "$tmp/dump"
check "8.3 positive answer, in French: no warning" "" "$(cat "$tmp/err")"

# 8.2: the leaflet's timeline: the 3 months are the document's, counted
# from the day it is issued, not "3 months after your statement".
"$THBDOC" leaflet --lang en --dump 2>/dev/null |
    sed -n '/^ *timeline/,/^ *section/p' >"$tmp/dump"
check_grep "test_8_2_leaflet_timeline_3_months_are_the_document" \
    '"3-month" strong' "$tmp/dump"
never_in_dump() {
	if grep -q -- "$2" "$tmp/dump"; then fail "$1"; else pass; fi
}
never_in_dump "8.2 leaflet timeline: not '3 months after your statement'" \
    '" after your statement"'
check_grep "8.2 leaflet timeline: the label says it is a document" \
    '" document after your statement"' "$tmp/dump"
finish
