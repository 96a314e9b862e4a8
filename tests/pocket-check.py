#!/usr/bin/env python3
"""pocket-check.py PO|- FR.po TEXT: the pocket card's text (pdftotext
output in TEXT) holds the three centres' phone numbers and 112, and nothing
but the card's own strings (in the language of PO, or the English source
when PO is "-", and in French), the cities and the numbers: nothing that
names trafficking, a victim or the police can have slipped in.  Prints
what is wrong; exit 1 if anything is."""
import re
import sys
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from po_entries import entries  # noqa: E402 (tests/po_entries.py)

SOURCES = ("templates/pocket-card.xml", "data/centres.xml")
PHONES = ("03 201 16 90", "02 511 64 64", "04 232 40 30", "112")


def strings(path):
    """msgid -> msgstr (or msgid) of the card's and the cities' entries."""
    return {e["msgid"]: e.get("msgstr") or e["msgid"] for e in entries(path)
            if e["msgid"] and any(s in e["refs"] for s in SOURCES)
            and not e["fuzzy"]}


def words(s):
    # pdftotext gives a two-part vowel sign in its parts (Bengali "ো" as
    # "ে" + "া"): compare canonical forms, as extract-check.py does.
    s = unicodedata.normalize("NFC", re.sub(r"<[^>]+>", "", s))
    return [w for w in re.split(r"[\s\u00a0\u202f\u200c\u200d\u200e\u200f\u202a-\u202e"
                                r"\u2066-\u2069:：;,.!?¿¡()«»\"'،؛؟。，？！]+", s) if w]


def main():
    po, fr, text = sys.argv[1], sys.argv[2], sys.argv[3]
    lang = strings(fr if po == "-" else po)
    # The source's words too: a string not translated yet is printed in
    # English (with a warning).
    allowed = set()
    for table in (lang, strings(fr)):
        for msgid, msgstr in table.items():
            allowed.update(words(msgid))
            if po != "-" or table is not lang:
                allowed.update(words(msgstr))
    with open(text, encoding="utf-8") as f:
        page = f.read()
    bad = 0
    flat = re.sub(r"\s+", " ", page)
    for p in PHONES:
        if p not in flat:
            print("missing phone number: %s" % p)
            bad += 1
    # Scripts written without spaces (Thai, Chinese) break lines inside a
    # run of words: a piece of an allowed string is allowed.
    joined = "\n".join(allowed)
    for w in words(page):
        if w not in allowed and w not in joined and \
                not re.fullmatch(r"[0-9]+", w):
            print("not a word of the card: %s" % w)
            bad += 1
    sys.exit(1 if bad else 0)


main()
