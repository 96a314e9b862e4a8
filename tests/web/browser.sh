#!/bin/sh
# browser.sh: run tests/web/browser.py with the python3 that has selenium
# (configure found it: SELENIUM_PYTHON); skip (77) when there is none.
#
# chromedriver sometimes loses a page's node under heavy load ("Node with
# given id does not belong to the document", an inspector race, not a
# fault of the pages): a run that fails only with that error is run once
# more, and says so.  Any other failure fails at once.
if [ -z "${SELENIUM_PYTHON:-}" ]; then
	echo "SKIP: no python3 with selenium (Debian package python3-selenium)"
	exit 77
fi
log=$(mktemp "${TMPDIR:-/tmp}/thbdoc-browser.XXXXXX") || exit 99
"$SELENIUM_PYTHON" "$top_srcdir/tests/web/browser.py" >"$log" 2>&1
st=$?
cat "$log"
if [ "$st" -ne 0 ] && grep -q 'does not belong to the document' "$log" &&
    [ "$(grep -c '^FAIL' "$log")" -eq \
    "$(grep '^FAIL' "$log" | grep -c 'does not belong to the document')" ]; then
	echo "browser.sh: chromedriver lost a node under load; running once more"
	"$SELENIUM_PYTHON" "$top_srcdir/tests/web/browser.py"
	st=$?
fi
rm -f "$log"
exit "$st"
