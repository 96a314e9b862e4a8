"""contrast.py: the focus indicator of thbdoc serve's style sheet, by
computation (WCAG 2.2, 1.4.11 non-text contrast, at least 3:1).

The sheet draws the focus as two rings (technique C40): a light one and a
dark one whose contrast with each other is at least 9:1, so that on any
background one of them has at least 3:1.  This test reads the sheet the
server serves, checks C40's condition, and checks every background colour
the sheet uses against the two rings; it prints the ratios (the note).
"""
import re

from webtest import Server, Client, check, finish


def rgb(c):
    c = c.strip().lower()
    if c in ("white",):
        c = "#fff"
    if c in ("black",):
        c = "#000"
    m = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", c)
    if not m:
        return None
    h = m.group(1)
    if len(h) == 3:
        h = "".join(x * 2 for x in h)
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(c):
    def lin(v):
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def main():
    srv = Server()
    try:
        s, h, css = Client(srv).get("/static/thbdoc.css")
    finally:
        srv.stop()
    css = css.decode()
    check("the style sheet is served", s == 200 and "{" in css, "%d" % s)
    var = dict(re.findall(r"--([a-z]+):([^;}]+)", css))

    def color(v):
        v = v.strip()
        m = re.fullmatch(r"var\(--([a-z]+)\)", v)
        return rgb(var[m.group(1)]) if m else rgb(v)

    focus = re.findall(r":focus-visible\{([^}]*)\}", css)
    check("one focus rule", len(focus) == 1, str(focus))
    rule = focus[0] if focus else ""
    m = re.search(r"outline:\d+px solid (#[0-9a-fA-F]+)", rule)
    n = re.search(r"box-shadow:0 0 0 \d+px (#[0-9a-fA-F]+)", rule)
    check("the focus has an outline and a ring", m and n, rule)
    if not (m and n):
        finish()
    dark, light = rgb(m.group(1)), rgb(n.group(1))
    c40 = ratio(dark, light)
    print("focus rings %s and %s: %.2f:1 between them" %
          (m.group(1), n.group(1), c40))
    check("C40: the two rings differ by 9:1 or more", c40 >= 9, "%.2f" % c40)
    check("no rule removes the focus", not re.search(
        r"outline:\s*(none|0)\b", css))
    backgrounds = set()
    for v in re.findall(r"background(?:-color)?:([^;}]+)", css):
        if v.split()[0] in ("none", "transparent", "inherit"):
            continue        # the background of what is beneath
        c = color(v.split()[0])
        check("a background colour that can be read: %s" % v, c is not None)
        if c is not None:
            backgrounds.add((v.strip(), c))
    check("backgrounds found", len(backgrounds) >= 4, str(backgrounds))
    for name, bg in sorted(backgrounds):
        best = max(ratio(dark, bg), ratio(light, bg))
        print("  on %-22s dark %5.2f:1, light %5.2f:1" %
              (name, ratio(dark, bg), ratio(light, bg)))
        check("focus visible on %s (3:1 or more)" % name, best >= 3,
              "%.2f" % best)
    old = rgb("#e8a200")
    check("the amber ring of before failed on white (2.2:1)",
          ratio(old, rgb("#fff")) < 3)
    finish()


main()
