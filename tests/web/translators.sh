#!/bin/sh
# translators.sh: run tests/web/translators.py (Python standard library only).
: "${PYTHON3:=python3}"
exec "$PYTHON3" "$top_srcdir/tests/web/translators.py"
