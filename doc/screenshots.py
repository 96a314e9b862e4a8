"""doc/screenshots.py: the four pages of README.md, taken in headless
Chromium on the sample cases as of 2026-11-29.  Run from the build folder
with the test environment (THBDOC, THBDOC_DATADIR, THBDOC_LOCALEDIR,
top_srcdir set as make check sets them):

    /usr/bin/python3 ../doc/screenshots.py ../doc

Writes DIR/screenshot-officer.png, -case.png, -worklist.png and
-translations.png.  Look at them before committing.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "tests", "web"))
sys.argv, out = sys.argv[:1], sys.argv[1]
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                       "tests", "web", "browser.py")).read()
     .split("def main():")[0])

srv = Server(extra=["--date", DAY])
try:
    for user, path, name, height in (
            ("pol", "/officer", "officer", 1400),
            ("cen", "/cases/" + CASE, "case", 1300),
            ("off", "/due", "worklist", 1100),
            ("tra", "/translations", "translations", 1300)):
        b = Browser(srv)
        b.d.set_window_size(1100, height)
        b.login(user)
        b.go(path)
        b.d.save_screenshot(os.path.join(out, "screenshot-%s.png" % name))
        b.quit()
finally:
    srv.stop()
