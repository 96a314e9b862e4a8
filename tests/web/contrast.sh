#!/bin/sh
# contrast.sh: run tests/web/contrast.py (Python standard library only).
: "${PYTHON3:=python3}"
exec "$PYTHON3" "$top_srcdir/tests/web/contrast.py"
