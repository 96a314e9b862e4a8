#!/usr/bin/env python3
"""french-breaks.py TEXT...: the lines of French documents read back
(pdftotext) never break where French typography puts a no-break space
(src/typography.c): no line starts with ; : ! ? or », none ends with «,
no number ends a line whose next line starts with what it counts
("45 / jours", "28 / janvier"), no "point" ends a line whose next starts
with its number.  Prints each such break; exit 1 if any."""
import re
import sys

RULES = (
    (lambda a, b: re.match(r"\s*[;:!?\u00bb]", b),
     "a line starts with ; : ! ? or \u00bb"),
    (lambda a, b: re.search(r"\u00ab\s*$", a), "a line ends with \u00ab"),
    (lambda a, b: re.search(r"(^|\s)\d{1,3}(er|e)?\s*$", a) and
     re.match(r"\s*[a-z\u00e0-\u00ff]", b),
     "a number ends a line, what it counts starts the next"),
    (lambda a, b: re.search(r"(^|\s)(point|article|n\u00b0)\s*$", a, re.I)
     and re.match(r"\s*\d", b),
     "'point' ends a line, its number starts the next"),
)

bad = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    for a, b in zip(lines, lines[1:]):
        for broken, why in RULES:
            if broken(a, b):
                print("%s: %s:\n  %s\n  %s" % (path, why, a, b))
                bad += 1
sys.exit(1 if bad else 0)
