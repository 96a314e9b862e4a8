#!/bin/sh
# security.sh: run tests/web/security.py (Python standard library only).
: "${PYTHON3:=python3}"
exec "$PYTHON3" "$top_srcdir/tests/web/security.py"
