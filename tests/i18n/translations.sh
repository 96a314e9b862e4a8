#!/bin/sh
# translations.sh: every language of each domain passes every check of
# thbdoc check-translations (errors fail the test; warnings are shown):
# po-docs/LINGUAS (the documents' domain, every check) and po/LINGUAS
# (the program's domain: messages and official documents).  A language of
# po-docs/CARRY-OVER (its changed leaflet strings wait for their
# re-translation) fails the completeness check, and that one only.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/i18n/lib.sh"

carry=$(sed 's/#.*//' "$top_srcdir/po-docs/CARRY-OVER" | tr '\n' ' ')
for d in docs:po-docs program:po; do
	domain=${d%%:*} dir=${d#*:}
	"$THBDOC" check-translations --domain "$domain" \
	    --po-dir "$top_srcdir/$dir" >"$tmp/out" 2>"$tmp/err"
	status=$?
	cat "$tmp/out"
	pending=
	[ "$domain" = docs ] && pending=$carry
	# Non-zero when a waiting language's leaflet cannot be published;
	# one waiting for its notice's strings only can be.
	blocked=0
	for ll in $pending; do
		grep -q "^$ll: cannot be published" "$tmp/out" && blocked=1
	done
	check "check-translations over $dir/LINGUAS: exit status" \
	    "$blocked" "$status"
	for ll in $pending; do
		if grep -q "^$ll: can be published.* 0 fuzzy, 0 untranslated$" \
		    "$tmp/out"; then
			fail "$ll: complete now: remove it from po-docs/CARRY-OVER"
		elif grep -q "^$ll: can be published" "$tmp/out"; then
			# Its leaflet is complete: only its notice's strings
			# wait (po/notice-revision-*.md).
			pass
		else
			check_grep "$ll (carry-over): fails only completeness" \
			    "^$ll: cannot be published (fails: complete):" "$tmp/out"
		fi
	done
	sed -n 's/: cannot be published.*//p' "$tmp/out" | while read -r ll; do
		case " $pending " in *" $ll "*) ;; *)
			echo "FAIL: $dir: $ll cannot be published" >&2
			grep "/$ll.po:.*: error: " "$tmp/err" >&2
			echo x ;;
		esac
	done >"$tmp/others"
	check "$dir: every other language can be published" "" \
	    "$(cat "$tmp/others")"
	check "$dir: one summary line per language" \
	    "$(sed 's/#.*//' "$top_srcdir/$dir/LINGUAS" | wc -w | tr -d ' ')" \
	    "$(grep -c ': can\(not\)\? be published' "$tmp/out")"
done

# The documents' domain holds what the person reads, and nothing of the
# program: a Romanian translator faces the leaflet, the notice and the
# card, not the command line (issue 10, item 8).
n=$(msgattrib --no-obsolete "$top_srcdir/po-docs/ro.po" | grep -c '^msgid ')
if [ "$n" -gt 1 ] && [ "$n" -lt 150 ]; then pass
else fail "po-docs/ro.po holds $n entries (header included), not 2 to 150"; fi
if grep -q '^#: src/' "$top_srcdir/po-docs/thbdoc-docs.pot"; then
	fail "po-docs/thbdoc-docs.pot holds a program message"
else pass; fi
if grep -q '^#: templates/leaflet.xml' "$top_srcdir/po/thbdoc.pot"; then
	fail "po/thbdoc.pot holds a leaflet string"
else pass; fi

# Every C file that marks a string for translation is listed in a
# POTFILES.in (catalog.c and cli_pocket.c were not: their messages never
# reached a translator), and every program message with a placeholder
# carries a TRANSLATORS: note in the POT (HACKING, section 4).
for f in "$top_srcdir"/src/*.c; do
	grep -q '\(^\|[^A-Za-z0-9_]\)\(_\|N_\|P_\|C_\|NC_\)("' "$f" || continue
	f=src/${f##*/}
	if grep -qx "$f" "$top_srcdir/po/POTFILES.in" \
	    "$top_srcdir/po-docs/POTFILES.in"; then pass
	else fail "$f marks strings for translation but no POTFILES.in lists it"
	fi
done
awk 'BEGIN { RS = "" }
/#: [^\n]*src\// && /#, [^\n]*c-format/ && !/#\. / { print; print "" }' \
    "$top_srcdir/po/thbdoc.pot" >"$tmp/nonote"
check "po/thbdoc.pot: every program message with a placeholder has a note" \
    "" "$(cat "$tmp/nonote")"
finish
