"""translators.py: the translators' page of thbdoc serve in the page's
language: the checks of check-translations (their messages from the
program's catalogue, placeholders and markup shown as code through the
escaping writer) and the same counts as "thbdoc languages" (the installed
catalogue) and "thbdoc languages --po-dir" (the PO file).
"""
import os
import re
import shutil
import tempfile

from webtest import Server, Client, check, finish, thbdoc

TOP = os.environ["top_srcdir"]


def languages_row(code, *args):
    r = thbdoc("languages", *args)
    for line in r.stdout.splitlines():
        f = line.split()
        if f and f[0] == code:
            return f
    return None


def main():
    po = tempfile.mkdtemp(prefix="thbdoc-po.")
    for f in os.listdir(os.path.join(TOP, "po-docs")):
        if f.endswith(".po") or f == "LINGUAS":
            shutil.copy(os.path.join(TOP, "po-docs", f), po)
    # Pashto's PO file with a placeholder and a markup error, and one
    # sentence left untranslated.
    with open(os.path.join(po, "ps.po"), encoding="utf-8") as f:
        text = f.read()
    text, n = re.subn(r'(msgid "Help from a specialised centre"\nmsgstr ")'
                      r'([^"]*)"', r'\1\2 <var name=\\"name\\"/>"', text)
    check("the test's PO file changed (placeholder)", n == 1)
    text, n = re.subn(r'(msgid "What is human trafficking\?"\nmsgstr )"[^"]*"',
                      r'\1""', text)
    check("the test's PO file changed (untranslated)", n == 1)
    with open(os.path.join(po, "ps.po"), "w", encoding="utf-8") as f:
        f.write(text)
    srv = Server(extra=["--po-dir", po])
    try:
        cat = languages_row("ps")
        pof = languages_row("ps", "--po-dir", po)
        check("thbdoc languages has ps", cat is not None and pof is not None)
        for pl, words in (("fr", "les variables diff"), ("nl", None),
                          ("de", None), ("en", "the placeholders differ")):
            c = Client(srv)
            c.get("/login?lang=" + pl)
            c.login("tra")
            s, h, b = c.get("/translations/ps")
            page = b.decode()
            check("%s: the language's page" % pl, s == 200, "%d" % s)
            sec = page[page.find('id="chk-h"'):]
            if words:
                check("%s: the checks' messages in the page's language" % pl,
                      words in sec, sec[:600])
            if pl != "en":
                check("%s: no check message left in English" % pl,
                      "the placeholders differ" not in sec and
                      "not translated, and the leaflet" not in sec,
                      sec[:800])
            outside = re.sub(r"<code>.*?</code>", "", sec)
            check("%s: placeholders and markup only as code" % pl,
                  "&lt;var" not in outside and "&lt;strong" not in outside
                  and "<var" not in outside, outside[:800])
            check("%s: a placeholder shown as code" % pl,
                  '<code>&lt;var name=&quot;name&quot;/&gt;</code>' in sec)
            check("%s: no line 0" % pl, "ps.po:0" not in sec and
                  "ps:0" not in sec)
            m = re.search(r"(\d+) / (\d+)</p>", page)
            check("%s: the leaflet's count = thbdoc languages (%s)" %
                  (pl, cat[3] if cat else "?"), m is not None and cat and
                  m.group(1) == cat[3] and m.group(2) == cat[3], page[:0])
            nums = re.findall(r"<p>[^<]*--po-dir\)?[^<]*?(\d+)[^\d<]+(\d+)"
                              r"[^\d<]+(\d+)\.</p>", sec)
            check("%s: the PO file's counts = thbdoc languages --po-dir "
                  "(%s)" % (pl, pof[3:6] if pof else "?"),
                  len(nums) == 1 and pof and list(nums[0]) == pof[3:6],
                  str(nums))
            check("%s: the failing checks by name, in words" % pl,
                  "<li><code>placeholders</code> \u2014 " in sec and
                  "<li><code>complete</code> \u2014 " in sec, sec[:1200])
            s, h, b = c.get("/translations")
            row = re.search(r'<a href="/translations/ps">ps</a>.*?</tr>',
                            b.decode())
            check("%s: the table's row has the same count" % pl,
                  row and ("<td>%s / %s</td>" % (cat[3], cat[3])) in
                  row.group(0), row.group(0) if row else "")
    finally:
        rc, err = srv.stop()
        shutil.rmtree(po)
    check("server stops cleanly", rc == 0, err)
    finish()


main()
