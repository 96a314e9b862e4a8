#!/usr/bin/env python3
"""extract-check.py PO|- TEXT [ltr|rtl POT [READER]]: every leaflet string
of the catalogue (its translation; the source when PO is "-") must come back
from the PDF's text layer (a reader's output in TEXT: pdftotext, mutool draw
-F txt, tests/pdfjs-text.mjs), in order within the string: at least 98 % of
its characters, measured as the longest run of its characters found in
order in one stretch of the text (difflib), 100 % for poppler.  White space,
hyphens and, in right-to-left text, brackets and punctuation are ignored:
line breaks, hyphenation and pdftotext's placement of neutral characters
inside right-to-left lines are layout, not text.  Prints each string not found; exit 1 if any."""
import difflib
import re
import sys
import unicodedata

SOURCES = ("templates/leaflet.xml", "data/centres.xml")


def unquote(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(
        m.group(1), m.group(1)), s)


def entries(path):
    """(msgid, msgstr, refs, fuzzy) of each entry of a PO file."""
    cur = {"refs": "", "fuzzy": False}
    key = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if "msgid" in cur:
                    yield cur
                cur, key = {"refs": "", "fuzzy": False}, None
            elif line.startswith("#:"):
                cur["refs"] += line
            elif line.startswith("#,") and "fuzzy" in line:
                cur["fuzzy"] = True
            elif line.startswith("#."):
                cur["note"] = cur.get("note", "") + line
            elif line.startswith("#"):
                continue
            else:
                m = re.match(r'(msgctxt|msgid|msgstr)\s+"(.*)"$', line)
                if m:
                    key = m.group(1)
                    cur[key] = unquote(m.group(2))
                elif line.startswith('"') and key:
                    cur[key] += unquote(line[1:-1])
    if "msgid" in cur:
        yield cur


def squeeze(s, rtl):
    s = re.sub(r"<var[^>]*/>", "", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    # pdftotext wraps right-to-left lines in bidi embeddings (not text),
    # and places neutral punctuation next to a Latin word or a number in
    # a right-to-left line by its own bidi guess: compare the letters and
    # digits there.
    # Known loss: poppler drops some ZWNJ (U+200C) of Persian words even
    # inside /ActualText, so joiners are not compared.
    drop = r"[\s\u00ad\-‐\u2060\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]" + (
        r"|[()«»\[\].,:;!?،؛؟]" if rtl else "")
    return unicodedata.normalize("NFC", re.sub(drop, "", s))


def found(want, page):
    """The share of want's characters found in order in one stretch of
    page (1.0 when want is a substring)."""
    if want in page:
        return 1.0
    best = 0
    sm = difflib.SequenceMatcher(None, autojunk=False)
    sm.set_seq2(want)
    n = len(want)
    # anchor on the longest pieces of want found in page
    for k in range(0, n, max(1, n // 8)):
        piece = want[k:k + 12]
        start = page.find(piece)
        while start >= 0:
            lo = max(0, start - k - n // 4)
            sm.set_seq1(page[lo:start - k + n + n // 4])
            got = sum(b.size for b in sm.get_matching_blocks())
            best = max(best, got)
            start = page.find(piece, start + 1)
    return best / n if n else 1.0


def main():
    po, text = sys.argv[1], sys.argv[2]
    rtl = len(sys.argv) > 3 and sys.argv[3] == "rtl"
    with open(text, encoding="utf-8") as f:
        page = squeeze(f.read(), rtl)
    source = po == "-"
    pot = sys.argv[4] if len(sys.argv) > 4 else None
    reader = sys.argv[5] if len(sys.argv) > 5 else "poppler"
    need = 1.0 if reader == "poppler" else 0.98
    missing = checked = 0
    for e in entries(pot if source else po):
        if not any(src in e["refs"] for src in SOURCES) or not e["msgid"]:
            continue
        if "not printed" in e.get("note", ""):
            continue    # PDF metadata (the subject), per its note
        if e.get("msgctxt") == "translation notice":
            continue    # printed only for a draft or incomplete translation
        want = e["msgid"] if source else e.get("msgstr", "")
        if not want or e["fuzzy"]:
            continue
        checked += 1
        share = found(squeeze(want, rtl), page)
        if share < need:
            print("%s: %.0f %% of: %s" % (reader, 100 * share, want))
            missing += 1
    print("%s: %d of %d strings" % (reader, checked - missing, checked),
          file=sys.stderr)
    sys.exit(1 if missing else 0)


main()
