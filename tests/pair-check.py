#!/usr/bin/env python3
"""pair-check.py STEXT: the two languages of a side-by-side page start
level (issue 13, item 4).  STEXT is "mutool draw -F stext" of the PDF: a
line's box and its type size.  On each page, the headings (lines set
larger than the body text of their face: each script has its own size,
fonts/fonts.xml; the title included: a heading's first line when it
takes two) of the left half and of the right half come in pairs, in
order, their first baselines equal within a point; no page but the last
is left a third empty (its text area: the first page's top margin at the
top and at the bottom); and no bold term (a legal term: "work permit
B", "no end date") is broken across pages in a column: the last
character of a half's last line and the first of the next page's first
line in that half are not both in a bold face (fonts named Bold; a face
made bold by the program is not seen).  Prints each failure; exit 1 if any."""
import collections
import re
import sys
import xml.etree.ElementTree as ET


def family(name):
    """A font's family: its name without the style ("NotoSans-Bold"; a
    reader may cut a long name: "NotoSansDevanagari-Regul")."""
    return re.sub(r"^[A-Z]{6}[+]", "", name).split("-")[0]


def lines(page):
    """(x0, y0, y1, size, base, faces) of each line of a page that holds
    text: faces the set of (face without its style, size) of its
    characters, size the largest, base its baseline.  A line with no
    letter (a list's bullet, "(8.3)" in a step of a timeline) is left
    out: it is set at the size of the script around it."""
    out = []
    for line in page.iter("line"):
        x0, y0, x1, y1 = (float(v) for v in line.get("bbox").split())
        if not any(c.get("c", "").isalpha() for c in line.iter("char")):
            continue
        faces = {(family(f.get("name", "")), round(float(f.get("size")), 2))
                 for f in line.iter("font")
                 if any(c.get("c", "").strip() for c in f.iter("char"))}
        bases = [float(c.get("y")) for c in line.iter("char")
                 if c.get("y") is not None]
        if faces:
            out.append((x0, y0, y1, max(z for _, z in faces),
                        bases[0] if bases else y1, faces))
    return out


def half_ends(page, first):
    """For each half of the page (0: left, 1: right): whether its first
    (first=True) or last line's first or last character is bold."""
    mid = float(page.get("width")) / 2
    found = {}
    for line in page.iter("line"):
        x0, y0, x1, y1 = (float(v) for v in line.get("bbox").split())
        chars = [("Bold" in f.get("name", ""), c.get("c"))
                 for f in line.iter("font") for c in f.iter("char")
                 if c.get("c", "").strip()]
        if not any(c.isalnum() for _, c in chars):
            continue    # a list's bullet
        half = 0 if x0 < mid else 1
        if half not in found or (y0 < found[half][0]) == first:
            found[half] = (y0, chars[0][0] if first else chars[-1][0],
                           "".join(c for _, c in chars))
    return found


def heading_tops(lns, body):
    """The first baseline of each heading: a run of lines each of whose
    faces is larger than its body text, one after the other.  Baselines,
    not the tops of the lines' boxes: a box is as tall as its font's
    ascender at its size, and each script has its own size."""
    tops, last = [], None
    for x0, y0, y1, size, base, faces in sorted(lns, key=lambda l: l[1]):
        if any(z <= body.get(f, 0) + 0.01 for f, z in faces):
            last = None
            continue
        if last is None or y0 - last > 0.6 * size:
            tops.append(base)
        last = y1
    return tops


def main():
    root = ET.parse(sys.argv[1]).getroot()
    pages = list(root.iter("page"))
    sizes = collections.defaultdict(collections.Counter)
    for page in pages:
        for x0, y0, y1, size, base, faces in lines(page):
            for face, z in faces:
                sizes[face][z] += 1
    body = {face: c.most_common(1)[0][0] for face, c in sizes.items()}
    errors, pairs = [], 0
    top = min((l[1] for l in lines(pages[0])), default=0)
    for n, page in enumerate(pages, 1):
        mid = float(page.get("width")) / 2
        lns = lines(page)
        bottom = float(page.get("height")) - top
        low = max((l[2] for l in lns), default=top)
        if n < len(pages) and bottom - low > (bottom - top) / 3:
            errors.append("page %d: a third of the page left empty (%.0f "
                          "of %.0f pt)" % (n, bottom - low, bottom - top))
        left = heading_tops([l for l in lns if l[0] < mid], body)
        right = heading_tops([l for l in lns if l[0] >= mid], body)
        if len(left) != len(right):
            errors.append("page %d: %d headings on the left, %d on the "
                          "right (tops %s / %s)" % (n, len(left),
                          len(right), left, right))
            continue
        for a, b in zip(left, right):
            pairs += 1
            if abs(a - b) > 1:
                errors.append("page %d: headings not level: %.1f and %.1f"
                              % (n, a, b))
    for n in range(1, len(pages)):
        ends, starts = half_ends(pages[n - 1], False), half_ends(pages[n],
                                                                 True)
        for half in set(ends) & set(starts):
            if ends[half][1] and starts[half][1]:
                errors.append("pages %d-%d: a bold term broken across the "
                              "page: %s / %s" % (n, n + 1, ends[half][2],
                                                 starts[half][2]))
    for e in errors:
        print(e)
    print("%d pairs of headings" % pairs, file=sys.stderr)
    if pairs == 0:
        print("no headings found")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
