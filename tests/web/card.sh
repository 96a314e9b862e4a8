#!/bin/sh
# card.sh: run tests/web/card.py (Python standard library only).
: "${PYTHON3:=python3}"
exec "$PYTHON3" "$top_srcdir/tests/web/card.py"
