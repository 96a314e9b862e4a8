"""pages.py: thbdoc serve, what the pages say (no browser needed): in the
page's language only, the forms that keep what was typed, the choices in
words.  Each test names the point of the review it pins (issue 15).
"""
import html
import os
import re
import shutil
import tempfile

from webtest import Server, Client, check, finish, thbdoc

DAY = "2026-11-29"
LIEGE = "LIE-2026-0087"            # a query due: no procureur général yet
CASE = "BXL-2026-0142"             # Brussels, reflection period
CASE_FILE = "01-brussels-reflection.xml"
OPTIONS = re.compile(r"--[a-z][a-z-]+")


def page_text(body):
    """The text of a page (tags dropped, entities read)."""
    t = re.sub(rb"<[^>]*>", b" ", body).decode("utf-8")
    return html.unescape(re.sub(r"\s+", " ", t))


def client(srv, user, lang):
    c = Client(srv)
    c.cookies["thb_lang"] = lang
    s, h, b = c.login(user)
    assert s == 303, (user, s)
    return c


# French, Dutch, German: words of the English reason that must not be
# left on the page.
ENGLISH = ["the procureur général is asked", "the case stands at",
           "does not call for", "command line", "nothing was written"]


def test_refusal_in_page_language(srv):
    """Point 1: a document the case does not call for, refused entirely
    in the page's language, no option of the command line, back to the
    case; its own "write it anyway"."""
    expect = {"fr": "ne demande pas", "nl": "vraagt", "de": "verlangt"}
    for lang in ("en", "fr", "nl", "de"):
        c = client(srv, "off", lang)
        s, h, b = c.post("/cases/%s/documents" % LIEGE, {
            "csrf": c.csrf, "kind": "letter-general-prosecutor"})
        t = page_text(b)
        check("refusal %s: 409" % lang, s == 409, str(s))
        check("refusal %s: no option of the command line" % lang,
              not OPTIONS.search(t), OPTIONS.findall(t))
        if lang != "en":
            left = [w for w in ENGLISH if w in t.lower()]
            check("refusal %s: no English left" % lang, not left,
                  "%s in %s" % (left, t[:600]))
            check("refusal %s: the reason in %s" % (lang, lang),
                  expect[lang] in t, t[:600])
        check("refusal %s: back to the case" % lang,
              ('href="/cases/%s"' % LIEGE).encode() in b)
        check("refusal %s: a 'write it anyway' of the page's own" % lang,
              b'name="anyway" value="yes"' in b)
        # The buttons of the case page say why, in the same words.
        s, h, b2 = c.get("/cases/" + LIEGE)
        t2 = page_text(b2)
        check("case page %s: the reasons beside the buttons, no option"
              % lang, not OPTIONS.search(t2), OPTIONS.findall(t2))
        if lang != "en":
            left = [w for w in ENGLISH if w in t2.lower()]
            check("case page %s: no English reason" % lang, not left,
                  str(left))
    # Written anyway: the centre's request before any complaint.  The case
    # lacks the complaint, so the page says so (in French, the facts
    # too) and offers lines to fill in by hand: then the PDF, byte for
    # byte the command line's with --not-called-for --blanks.
    c = client(srv, "cen", "fr")
    s, h, b = c.post("/cases/%s/documents" % CASE, {
        "csrf": c.csrf, "kind": "request-arrival-declaration",
        "anyway": "yes"})
    t = page_text(b)
    check("anyway, facts missing: said in French", s == 409 and
          "la plainte ou la déclaration" in t.lower() and
          "the complaint" not in t and not OPTIONS.search(t), t[:800])
    check("anyway, facts missing: lines to fill in offered",
          b'name="blanks" value="yes"' in b and
          b'name="anyway" value="yes"' in b)
    s, h, b = c.post("/cases/%s/documents" % CASE, {
        "csrf": c.csrf, "kind": "request-arrival-declaration",
        "anyway": "yes", "blanks": "yes"})
    check("anyway with lines: a PDF", s == 200 and b[:5] == b"%PDF-",
          str(s) + repr(b[:80]))
    out = os.path.join(tempfile.mkdtemp(prefix="thbdoc-pages."), "r.pdf")
    r = thbdoc("request", "arrival-declaration", "--date", DAY,
               "--not-called-for", "--blanks", srv.case_file(CASE_FILE),
               "-o", out)
    check("anyway with lines: the command line's PDF", r.returncode == 0
          and open(out, "rb").read() == b, r.stderr)
    shutil.rmtree(os.path.dirname(out))
    with open(srv.audit) as f:
        journal = f.read()
    check("write it anyway: in the audit journal",
          "document-anyway:request-arrival-declaration" in journal)


def main():
    srv = Server(extra=["--date", DAY])
    try:
        test_refusal_in_page_language(srv)
    finally:
        rc, err = srv.stop()
    check("server stops cleanly", rc == 0, err)
    finish()


main()
