#!/bin/sh
# pages.sh: run tests/web/pages.py (Python standard library only).
: "${PYTHON3:=python3}"
exec "$PYTHON3" "$top_srcdir/tests/web/pages.py"
