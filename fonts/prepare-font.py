#!/usr/bin/env python3
"""Prepare a Debian font for thbdoc's PDF back end (libharu 2.3.0).

usage: prepare-font.py [--pua] IN OUT

libharu draws a glyph only through the font's Unicode cmap (CID = code
point, BMP only).  HarfBuzz shaping picks glyphs that no code point maps
(Arabic joining forms, Devanagari conjuncts, Thai mark variants, stacked
Vietnamese accents).  With --pua, every glyph the cmap does not reach gets
a code point in the BMP Private Use Area (U+E000-U+F8FF), in glyph-id
order, so the back end can draw it; the text layer is restored with
/ActualText.  Glyph ids, outlines and GSUB/GPOS stay as they are.

Without --pua the font is copied unchanged.  The output is deterministic:
the head.modified time stamp is not touched.  See
notes/libharu-and-fonts.md sections 4.4 and 5.5.
"""
import shutil
import sys

PUA_FIRST, PUA_LAST = 0xE000, 0xF8FF


def add_pua(src, dst):
    from fontTools.ttLib import TTFont

    font = TTFont(src, recalcTimestamp=False, recalcBBoxes=False)
    order = font.getGlyphOrder()
    bmp = [t for t in font["cmap"].tables if t.isUnicode() and t.format == 4]
    full = [t for t in font["cmap"].tables if t.isUnicode() and t.format == 12]
    if not bmp:
        sys.exit("prepare-font.py: %s: no BMP Unicode cmap" % src)
    mapped = set()
    used = set()
    for t in font["cmap"].tables:
        if t.isUnicode():
            mapped.update(t.cmap.values())
            used.update(t.cmap.keys())
    cp = PUA_FIRST
    added = 0
    for name in order[1:]:		# glyph 0 is .notdef
        if name in mapped:
            continue
        while cp in used:
            cp += 1
        if cp > PUA_LAST:
            sys.exit("prepare-font.py: %s: more unmapped glyphs than "
                     "the Private Use Area holds" % src)
        for t in bmp + full:
            t.cmap[cp] = name
        cp += 1
        added += 1
    font.save(dst, reorderTables=True)
    return added


def main(argv):
    pua = False
    args = []
    for a in argv[1:]:
        if a == "--pua":
            pua = True
        else:
            args.append(a)
    if len(args) != 2:
        sys.exit(__doc__.strip().splitlines()[2])
    src, dst = args
    tmp = dst + ".tmp"
    if pua:
        add_pua(src, tmp)
    else:
        shutil.copyfile(src, tmp)
    shutil.move(tmp, dst)


if __name__ == "__main__":
    main(sys.argv)
