#!/bin/sh
# browser.sh: run tests/web/browser.py with the python3 that has selenium
# (configure found it: SELENIUM_PYTHON); skip (77) when there is none.
if [ -z "${SELENIUM_PYTHON:-}" ]; then
	echo "SKIP: no python3 with selenium (Debian package python3-selenium)"
	exit 77
fi
exec "$SELENIUM_PYTHON" "$top_srcdir/tests/web/browser.py"
