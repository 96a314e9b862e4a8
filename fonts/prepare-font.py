#!/usr/bin/env python3
"""Prepare a Debian font for thbdoc's PDF back end (libharu 2.3.0).

usage: prepare-font.py [--pua] [--unhint] IN OUT
       prepare-font.py --config FONTS.XML --dirs "PACKAGE=DIR ..." FILE OUT

fonts/fonts.xml is the one list of fonts: each <face> names its file, the
Debian package it comes from (package=) and how it is prepared (prepare=,
"pua" and/or "unhint").  With --config, the options come from the <face>
whose file= is FILE, and the font is read from the folder --dirs gives its
package (configure writes that list: FONTS_NOTO_DIR, FONTS_DROID_DIR,
FONTS_NANUM_DIR).

A font without TrueType outlines (a glyf table) is refused: libharu
2.3.0 cannot embed CFF outlines (notes/libharu-and-fonts.md 4.1).

libharu draws a glyph only through the font's Unicode cmap (CID = code
point, BMP only).  HarfBuzz shaping picks glyphs that no code point maps
(Arabic joining forms, Devanagari conjuncts, Thai mark variants, stacked
Vietnamese accents).  With --pua, every glyph the cmap does not reach gets
a code point in the BMP Private Use Area (U+E000-U+F8FF), in glyph-id
order, so the back end can draw it; the text layer is restored with
/ActualText.  Glyph ids, outlines and GSUB/GPOS stay as they are.

With --unhint, the TrueType hinting goes: the glyph programs, and the
fpgm, prep and cvt tables are left empty (libharu 2.3.0 refuses a font
without them, and embeds them as they are).  PDF viewers and printers
do not need hints at text sizes; on the Noto fonts they are 40 % of the
glyf table and half of what a leaflet's embedded subset weighed.  The
name table keeps only the Windows family, style, version and PostScript
names (IDs 1-6) that libharu and the PDF font descriptor read.

Without either option the font is copied unchanged.  The output is deterministic:
the head.modified time stamp is not touched.  See
notes/libharu-and-fonts.md sections 4.4 and 5.5.
"""
import shutil
import sys

PUA_FIRST, PUA_LAST = 0xE000, 0xF8FF


def add_pua(font, src):
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
    return added


def unhint(font):
    import array
    from fontTools.ttLib.tables import ttProgram

    if "glyf" in font:
        font["glyf"].removeHinting()
    for tag in ("fpgm", "prep"):
        if tag in font:
            prog = ttProgram.Program()
            prog.fromBytecode(b"")
            font[tag].program = prog
    if "cvt " in font:
        font["cvt "].values = array.array("h")
    for tag in ("gasp", "hdmx", "LTSH", "VDMX", "DSIG"):
        if tag in font:
            del font[tag]
    font["name"].names = [n for n in font["name"].names
                          if n.platformID == 3 and 1 <= n.nameID <= 6]


def from_config(config, dirs, name):
    """(source path, pua, unhint) of the <face file="name"> of fonts.xml."""
    import xml.etree.ElementTree as ET

    folders = dict(d.split("=", 1) for d in dirs.split())
    for face in ET.parse(config).getroot().iter("face"):
        if face.get("file") != name:
            continue
        package = face.get("package")
        if package not in folders:
            sys.exit("prepare-font.py: %s: %s comes from package %s, "
                     "which --dirs does not name" % (config, name, package))
        steps = (face.get("prepare") or "").split()
        for step in steps:
            if step not in ("pua", "unhint"):
                sys.exit("prepare-font.py: %s: %s: unknown prepare step "
                         "%s" % (config, name, step))
        return (folders[package] + "/" + name, "pua" in steps,
                "unhint" in steps)
    sys.exit("prepare-font.py: %s: no <face file=\"%s\">" % (config, name))


def main(argv):
    pua = False
    hints = True
    config = dirs = None
    args = []
    it = iter(argv[1:])
    for a in it:
        if a == "--pua":
            pua = True
        elif a == "--unhint":
            hints = False
        elif a == "--config":
            config = next(it, None)
        elif a == "--dirs":
            dirs = next(it, None)
        else:
            args.append(a)
    if len(args) != 2 or (config is None) != (dirs is None):
        sys.exit("\n".join(__doc__.strip().splitlines()[2:4]))
    src, dst = args
    if config is not None:
        src, pua, unhint_it = from_config(config, dirs, src)
        hints = not unhint_it
    tmp = dst + ".tmp"
    from fontTools.ttLib import TTFont

    font = TTFont(src, recalcTimestamp=False, recalcBBoxes=False, lazy=True)
    if "glyf" not in font:
        sys.exit("prepare-font.py: %s: no TrueType outlines (glyf): "
                 "libharu 2.3.0 cannot embed CFF fonts" % src)
    if pua or not hints:
        font = TTFont(src, recalcTimestamp=False, recalcBBoxes=False)
        if pua:
            add_pua(font, src)
        if not hints:
            unhint(font)
        font.save(tmp, reorderTables=True)
    else:
        shutil.copyfile(src, tmp)
    shutil.move(tmp, dst)


if __name__ == "__main__":
    main(sys.argv)
