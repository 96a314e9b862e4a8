"""card.py: the officer's language card on the web and the names of the
languages on the pages (issue 13, item 7; issue 15).

Each button of the card gives the instruction "Point to the language you
read" in its language, the string of the PDF card (the po-docs catalogue's,
not a copy), in that language's script and direction; and a language has
one name on every page of one page language: the card, the menus, the
translators' table and a language's page.
"""
import gettext
import html
import os
import re

from webtest import Server, Client, check, finish

LOCALEDIR = os.environ["THBDOC_LOCALEDIR"].split(":")[0]
LANGUAGES = os.path.join(os.environ["top_srcdir"], "data", "languages.xml")


def instruction(code):
    if code == "en":
        return "Point to the language you read"
    t = gettext.translation("thbdoc-docs", LOCALEDIR, [code], fallback=True)
    for msgid in ("Point to the language you read", "I read this language."):
        s = t.pgettext("language card", msgid)
        if s != msgid:
            return s
    return None


def languages():
    with open(LANGUAGES, encoding="utf-8") as f:
        return re.findall(r'<language code="([^"]+)" name="([^"]+)" '
                          r'english="([^"]+)"[^>]* dir="([^"]+)"', f.read())


def buttons(page):
    return dict((m.group(1), m.group(0)) for m in re.finditer(
        r'<button type="submit" name="lang" value="([a-z]+)".*?</button>',
        page))


def main():
    srv = Server()
    try:
        for pl in ("en", "fr", "nl", "de"):
            pol = Client(srv)
            pol.get("/login?lang=" + pl)
            pol.login("pol")
            s, h, b = pol.get("/officer")
            page = b.decode()
            check("%s: the officer's page" % pl, s == 200, "%d" % s)
            card = buttons(page)
            off = Client(srv)
            off.get("/login?lang=" + pl)
            off.login("off")
            s, h, t = off.get("/translations")
            table = t.decode()
            for code, self_name, english, d in languages():
                btn = card.get(code, "")
                check("%s card %s: a button in its language and direction"
                      % (pl, code), ('lang="%s" dir="%s"' % (code, d)) in btn,
                      btn[:200])
                say = instruction(code)
                check("%s card %s: the instruction of the PDF card" %
                      (pl, code), say is None or
                      '<span class="say">%s</span>' % html.escape(say, False)
                      in btn, "%r not in %s" % (say, btn[:300]))
                check("%s card %s: its own name" % (pl, code),
                      '<span class="self">%s</span>' % self_name in btn)
                m = re.search(r'<span class="officer" lang="%s" dir="ltr">'
                              r'([^<]+)</span>' % pl, btn)
                check("%s card %s: its name for the officer" % (pl, code),
                      m is not None, btn[:300])
                if m is None:
                    continue
                name = m.group(1)
                check("%s %s: the same name in the menu (%s)" %
                      (pl, code, name), '<option value="%s">%s \u2014 %s'
                      '</option>' % (code, name, self_name) in page)
                check("%s %s: the same name in the translators' table" %
                      (pl, code), "%s</span> \u2014 %s</td>" %
                      (self_name, name) in table)
                if pl == "en":
                    check("en %s: the officers' English name (%s)" %
                          (code, english), name == english, name)
            if pl == "en":
                check("en: Pashto, Bengali, Edo, not iso-codes' Pushto, "
                      "Bangla, Bini", all(w not in page + table for w in
                                           ("Pushto", "Bangla", "Bini")))
            else:
                check("%s: no iso-codes second name or macrolanguage" % pl,
                      ";" not in "".join(re.findall(
                          r'<span class="officer"[^>]*>([^<]*)<', page)) and
                      "macro" not in page)
            s, h, b = off.get("/translations/ps")
            words = re.search(r'<span class="officer" lang="%s" dir="ltr">'
                              r'([^<]+)</span>' % pl, card.get("ps", ""))
            check("%s: a language's page is titled with the same name" % pl,
                  words is not None and ("<h1>%s \u2014" % words.group(1))
                  in b.decode())
    finally:
        rc, err = srv.stop()
    check("server stops cleanly", rc == 0, err)
    finish()


main()
