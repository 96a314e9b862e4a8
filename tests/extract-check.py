#!/usr/bin/env python3
"""extract-check.py PO|- TEXT [ltr|rtl POT [READER]]: every leaflet string
of the catalogue (its translation; the source when PO is "-") must come back
from the PDF's text layer (a reader's output in TEXT: pdftotext, mutool draw
-F txt, tests/pdfjs-text.mjs), in order within the string: at least 98 % of
its characters, measured as the longest run of its characters found in
order in one stretch of the text (difflib), 100 % for poppler.

extract-check.py --dump DUMP TEXT READER: the same for every block of text
(title, heading, paragraph, item, cell...) of a document tree printed by
"thbdoc COMMAND --dump" (notices, official documents), at least 98 % in
every reader: side-by-side columns and table cells are placed by each
reader's own guess of the reading order, and a block that a page break
cuts in a column may come back in two pieces.  White space,
hyphens and, in right-to-left text, brackets and punctuation are ignored:
line breaks, hyphenation and pdftotext's placement of neutral characters
inside right-to-left lines are layout, not text.  Prints each string not found; exit 1 if any."""
import difflib
import re
import sys
import unicodedata

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from po_entries import entries, unquote  # noqa: E402 (tests/po_entries.py)

SOURCES = ("templates/leaflet.xml", "data/centres.xml")


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


def found(want, page, spread=0.25):
    """The share of want's characters found in order in one stretch of
    page (1.0 when want is a substring), the stretch being want's length
    and spread times it on each side."""
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
            lo = max(0, start - k - int(n * spread))
            sm.set_seq1(page[lo:start - k + n + int(n * spread)])
            got = sum(b.size for b in sm.get_matching_blocks())
            best = max(best, got)
            start = page.find(piece, start + 1)
    return best / n if n else 1.0


def found_cut(want, page, spread):
    """found(), for a block that a page break may cut in a column of a
    side-by-side page: the reader gives its first lines at the end of one
    page's column and the rest at the start of the next page's, with the
    other column between.  The longest start of want found whole, then
    the rest after it."""
    best = found(want, page, spread)
    lo, hi = 0, len(want)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if want[:mid] in page:
            lo = mid
        else:
            hi = mid - 1
    if best >= 0.98 or lo < 8:
        return best
    at = page.find(want[:lo]) + lo
    rest = want[lo:]
    return max(best, (lo + found(rest, page[at:], spread) * len(rest)) /
               len(want))


def dump_blocks(path, skip_footer=False):
    """(text, rtl) of each block of a --dump document tree: the runs
    (quoted lines) under one block line, in the direction of the nearest
    enclosing dir=.  skip_footer: without the blocks of the foot of every
    page (an artifact of pagination, not in the structure tree)."""
    blocks, dirs, cur = [], [], None
    footer = None	# the depth of the footer line being skipped
    with open(path, encoding="utf-8") as f:
        for line in f:
            depth = len(line) - len(line.lstrip(" "))
            body = line.strip()
            if footer is not None and depth > footer:
                continue
            footer = None
            if skip_footer and body == "footer" or \
                    skip_footer and body.startswith("footer "):
                footer, cur = depth, None
                continue
            if body.startswith('"'):
                if cur is not None:
                    cur[0] += re.match(r'"((?:[^"\\]|\\.)*)"', body).group(1)
                continue
            while dirs and dirs[-1][0] >= depth:
                dirs.pop()
            m = re.search(r"\bdir=(\w+)", body)
            if m:
                dirs.append((depth, m.group(1) == "rtl"))
            cur = ["", bool(dirs and dirs[-1][1])]
            blocks.append(cur)
    return [(unquote(t), rtl) for t, rtl in blocks if t.strip()]


def main_dump():
    dump, text, reader = sys.argv[2], sys.argv[3], sys.argv[4]
    with open(text, encoding="utf-8") as f:
        raw = f.read()
    pages = {False: squeeze(raw, False), True: squeeze(raw, True)}
    missing = checked = skipped = 0
    for want, rtl in dump_blocks(dump):
        w = squeeze(want, rtl)
        if not w:
            continue
        # Known, poppler: on a page mostly left to right (a bilingual
        # notice), it gives the runs of a right-to-left line that holds a
        # number or a Latin word in visual order, and so the runs that
        # punctuation inside the line separates ("... بعد. عند الشك،
        # المعتمد هو" comes back as its three pieces, last first).  Not
        # compared there.
        if reader == "poppler" and rtl and (
                re.search(r"[0-9A-Za-z]", w) or
                re.search(r"[.,:;!?\u060c\u061b\u061f]\s*\w", want)):
            skipped += 1
            continue
        checked += 1
        # Side by side columns: a reader may put the other column's lines
        # between the lines of a paragraph, or the rest of the page when
        # a page break cuts it; the paragraph's own still come in order.
        share = found_cut(w, pages[rtl], 1.5)
        if share < 0.98:
            print("%s: %.0f %% of: %s" % (reader, 100 * share, want))
            missing += 1
    print("%s: %d of %d blocks%s" % (reader, checked - missing, checked,
          " (%d mixed right-to-left not compared)" % skipped if skipped
          else ""), file=sys.stderr)
    sys.exit(1 if missing else 0)


def main():
    if sys.argv[1] == "--dump":
        main_dump()
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


if __name__ == "__main__":
    main()
