#!/usr/bin/env python3
"""pagination-check.py PDFINFO PDFTOTEXT FILE.pdf [--last-page-lines N]:
the rules of pagination of issue 13, item 3, read from a tagged PDF as a
reader gets it: the structure tree with one text line per marked content
(poppler's "pdfinfo -struct-text") and the text of each page
("pdftotext -f P -l P -raw"), so each line of each element is placed on
its page.  The rules, not the pixels:

- a heading (H1, H2, H3) is never the last text of its page: the text
  that follows it starts on the same page;
- no orphan, no widow: a paragraph (P) broken across pages leaves at
  least two of its lines on each side;
- a list (L) of two or three items is not broken across pages;
- with --last-page-lines N: the last page of a document of several pages
  holds at least N lines of text (no scrap: the notice).

Prints each failure; exit 1 if any."""
import re
import subprocess
import sys


def norm(s):
    """Letters and digits only: white space, punctuation, bidi controls
    and soft hyphens differ between the two readings."""
    return ''.join(c for c in s if c.isalnum())


def struct_tree(pdfinfo, path):
    """The elements as (role, depth, [lines]) in document order."""
    out = subprocess.run([pdfinfo, '-struct-text', path],
                         capture_output=True, text=True, check=True).stdout
    elems = []
    for line in out.splitlines():
        body = line.lstrip(' ')
        if not body:
            continue
        depth = len(line) - len(body)
        if body.startswith('"'):
            m = re.match(r'"((?:[^"\\]|\\.)*)"', body)
            if m and elems:
                elems[-1][2].append(re.sub(r'\\(.)', r'\1', m.group(1)))
            continue
        if body.startswith('/'):
            continue	# an attribute of the element above (/BBox)
        elems.append((body.split()[0].rstrip(':'), depth, []))
    return elems


def page_texts(pdftotext, path, npages):
    pages = []
    for p in range(1, npages + 1):
        out = subprocess.run([pdftotext, '-f', str(p), '-l', str(p), '-raw',
                              '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True,
                             check=True).stdout
        pages.append(norm(out))
    return pages


def page_count(pdfinfo, path):
    out = subprocess.run([pdfinfo, path], capture_output=True, text=True,
                         check=True).stdout
    m = re.search(r'^Pages:\s+(\d+)', out, re.M)
    return int(m.group(1)) if m else 0


def words_page(text, pages, page):
    """The first page from page on that holds each word of text (its
    letters and its digits apart), or -1: pdftotext -raw gives the runs
    of a right-to-left line holding a number in visual order ("... 45
    ..." read back to front)."""
    words = [r for w in text.split()
             for r in re.findall(r'[0-9]+|[^0-9]+', norm(w))]
    for p in range(page, len(pages)):
        if words and all(w in pages[p] for w in words):
            return p
    return -1


def place_lines(elems, pages):
    """[(element index, page)] for every line, in order: each line is
    looked for on the page of the line before, then on the next ones; a
    line not found whole, by its words."""
    placed, page, pos = [], 0, 0
    for i, (_, _, lines) in enumerate(elems):
        for text in lines:
            t = norm(text)
            if not t:
                continue
            p, at = page, -1
            while p < len(pages):
                at = pages[p].find(t, pos if p == page else 0)
                if at >= 0:
                    break
                p += 1
            if at < 0:	# not found in order: by its words, or keep the page
                p = words_page(text, pages, page)
                if p > page:
                    page, pos = p, 0
                placed.append((i, page))
                continue
            page, pos = p, at + len(t)
            placed.append((i, page))
    return placed


def check(elems, placed, npages, last_lines, name):
    faults = []
    pages_of = {}
    for i, p in placed:
        pages_of.setdefault(i, []).append(p)
    # A heading: the next line that is not a heading's is on its page.
    for k, (i, p) in enumerate(placed):
        role = elems[i][0]
        if role not in ('H1', 'H2', 'H3'):
            continue
        if k + 1 < len(placed) and placed[k + 1][0] == i:
            continue	# not the heading's last line
        for j, q in placed[k + 1:]:
            if elems[j][0] in ('H1', 'H2', 'H3'):
                continue
            if q != p:
                faults.append('%s: heading last on page %d: "%s"' %
                              (name, p + 1, ' '.join(elems[i][2])[:60]))
            break
    # Paragraphs: two lines at least on each side of a break.
    for i, ps in pages_of.items():
        if elems[i][0] != 'P' or ps[0] == ps[-1]:
            continue
        first, last = ps.count(ps[0]), ps.count(ps[-1])
        if first < 2 or last < 2:
            faults.append('%s: paragraph broken %d/%d lines across pages '
                          '%d-%d: "%s"' % (name, first, last, ps[0] + 1,
                                           ps[-1] + 1,
                                           elems[i][2][0][:60]))
    # Short lists: on one page.
    for i, (role, depth, _) in enumerate(elems):
        if role != 'L':
            continue
        items, lines = 0, []
        for j in range(i + 1, len(elems)):
            if elems[j][1] <= depth:
                break
            if elems[j][0] == 'LI' and elems[j][1] == depth + 2:
                items += 1
            lines += pages_of.get(j, [])
        if 2 <= items <= 3 and lines and min(lines) != max(lines):
            faults.append('%s: list of %d items broken across pages %d-%d'
                          % (name, items, min(lines) + 1, max(lines) + 1))
    if last_lines and npages > 1:
        n = sum(1 for _, p in placed if p == npages - 1)
        if n < last_lines:
            faults.append('%s: last page holds %d lines of text (fewer '
                          'than %d)' % (name, n, last_lines))
    return faults


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    pdfinfo, pdftotext, path = argv[1:4]
    last_lines = 0
    if len(argv) > 5 and argv[4] == '--last-page-lines':
        last_lines = int(argv[5])
    npages = page_count(pdfinfo, path)
    elems = struct_tree(pdfinfo, path)
    placed = place_lines(elems, page_texts(pdftotext, path, npages))
    faults = check(elems, placed, npages, last_lines, path.split('/')[-1])
    for f in faults:
        print(f)
    return 1 if faults else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
