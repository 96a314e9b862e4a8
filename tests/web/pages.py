"""pages.py: thbdoc serve, what the pages say (no browser needed): in the
page's language only, the forms that keep what was typed, the choices in
words.  Each test names the point of the review it pins (issue 15).
"""
import html
import os
import re
import shutil
import tempfile

from webtest import (Server, Client, check, finish, thbdoc, TOP_SRCDIR,
                     incomplete_locale)

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


def field(body, name):
    """The markup of a form field (input or select) by name."""
    m = re.search(rb'<(input|select)[^>]*name="%s"[^>]*>' % name.encode(),
                  body)
    return m.group(0).decode() if m else ""


def selected(body, name):
    m = re.search(rb'<select[^>]*name="%s"[^>]*>(.*?)</select>' %
                  name.encode(), body, re.S)
    if not m:
        return None
    o = re.search(rb'<option value="([^"]*)" selected>', m.group(1))
    return o.group(1).decode() or None if o else None


def test_officer_form(srv):
    """Points 2, 3, 4, 9: the districts in words, nothing chosen; a refused
    form keeps what was typed, each error beside its field, by its label;
    Brussels asks the file's language (fr or nl), never the page's; the
    case id from the district's data."""
    c = client(srv, "pol", "de")
    s, h, b = c.get("/officer")
    d = re.search(rb'<select[^>]*name="district"[^>]*>(.*?)</select>', b,
                  re.S).group(1).decode()
    names = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)<', d)
    check("districts: a menu of the 13 (12 and Halle-Vilvoorde), in words",
          len(names) == 14 and names[0][0] == "" and
          ("eupen", "Eupen") in names and
          ("bruxelles", "Bruxelles / Brussel") in names, names)
    check("districts: nothing chosen", selected(b, "district") is None)
    check("file language: nothing chosen on a German page",
          selected(b, "file-language") is None and
          'value="de"' not in re.search(
              rb'name="file-language".*?</select>', b, re.S).group(0)
          .decode())
    form = {"csrf": c.csrf, "date": "2026-11-31", "assessment": "",
            "stay": "illegal", "region": "brussels",
            "district": "bruxelles", "file-language": "",
            "police": "Zone Midi <b>", "report": "BR.1", "language": "ro",
            "centre": "pag-asa", "consent": "yes", "name": "Ana Test"}
    s, h, b = c.post("/officer/cases", form)
    t = page_text(b)
    check("refused form: 422", s == 422, str(s))
    check("refused form: what was typed is kept",
          'value="Zone Midi &lt;b&gt;"' in field(b, "police") and
          'value="Ana Test"' in field(b, "name") and
          'value="2026-11-31"' in field(b, "date") and
          selected(b, "district") == "bruxelles" and
          selected(b, "stay") == "illegal" and
          selected(b, "language") == "ro" and
          selected(b, "centre") == "pag-asa", t[:500])
    err = re.findall(rb'<p class="field-error" id="([a-z-]+)-err">([^<]*)',
                     b)
    fields = sorted(e[0].decode() for e in err)
    check("refused form: an error beside each wrong field",
          fields == ["assessment", "date", "file-language"], fields)
    msgs = " ".join(e[1].decode() for e in err)
    check("refused form: the errors name the fields by their labels, in "
          "German", "Datum" in msgs and "Sprache der Akte" in msgs and
          "file-language" not in msgs and "assessment" not in msgs, msgs)
    check("refused form: the first wrong field has the focus and its "
          "message", 'aria-describedby="date-err"' in field(b, "date") and
          "autofocus" in field(b, "date") and
          "autofocus" not in field(b, "assessment") and
          'aria-invalid="true"' in field(b, "assessment"))
    check("refused form: nothing written",
          not any(f.startswith("BXL-2026-0001") for f in
                  os.listdir(srv.cases)))
    form.update({"date": DAY, "assessment": "victim",
                 "file-language": "nl"})
    s, h, b = c.post("/officer/cases", form)
    check("accepted: created as BXL-2026-0001 (the district's prefix), "
          "303 to its page", s == 303 and h.get("location") ==
          "/cases/BXL-2026-0001?done=created", "%d %s" % (s, h))
    with open(srv.case_file("BXL-2026-0001.xml")) as f:
        x = f.read()
    check("accepted: Brussels in Dutch, as chosen on a German page",
          'district="bruxelles" language="nl"' in x, x[:300])


def test_event_form(srv):
    """Point 3: an event form refused keeps what was typed, the error by
    its label beside the field."""
    c = client(srv, "off", "fr")
    s, h, b = c.get("/cases/" + LIEGE)
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    s, h, b = c.post("/cases/%s/events" % LIEGE, {
        "csrf": c.csrf, "type": "prosecutor-answer", "version": version,
        "date": "2026-11-28", "investigation": "yes", "victim": ""})
    check("event refused: 422", s == 422, str(s))
    check("event refused: the typed values kept",
          'value="2026-11-28"' in field(b, "date") or
          b'id="prosecutor-answer-date" name="date" type="date" '
          b'value="2026-11-28"' in b)
    check("event refused: 'yes' still chosen",
          re.search(rb'id="prosecutor-answer-investigation".*?'
                    rb'<option value="yes" selected>', b, re.S)
          is not None)
    err = re.findall(rb'<p class="field-error" id="([a-z-]+)-err">([^<]*)',
                     b)
    check("event refused: the error beside 'victim', by its label",
          len(err) == 1 and err[0][0] == b"prosecutor-answer-victim" and
          "victime" in err[0][1].decode().lower(), err)
    check("event refused: the summary links to the field",
          b'href="#prosecutor-answer-victim"' in b)


def case_files(srv):
    return sorted(f for f in os.listdir(srv.cases) if f.endswith(".xml"))


def test_sent_twice(srv):
    """Issue 15, review of session 5, point 1: a creating form answers
    303 (POST/redirect/GET), and its one-time key refuses a second
    sending (a reload, a double tap, the browser's history) with a link
    to what the first made; nothing is made twice."""
    c = client(srv, "pol", "en")
    s, h, b = c.get("/officer")
    key = c.form_key
    check("sent twice: the officer's form has a one-time key",
          key is not None and ('name="form-key" value="%s"' % key).encode()
          in b)
    form = {"csrf": c.csrf, "date": DAY, "assessment": "victim",
            "stay": "illegal", "region": "wallonia", "district": "namur",
            "police": "Zone Namur", "report": "", "language": "",
            "centre": "", "consent": "", "name": ""}
    before = case_files(srv)
    s, h, b = c.post("/officer/cases", form)
    made = [f for f in case_files(srv) if f not in before]
    check("sent twice: the first sending creates one case, 303 to it",
          s == 303 and len(made) == 1 and h.get("location", "").startswith(
              "/cases/" + made[0][:-4]), "%d %s %s" % (s, h, made))
    cid = made[0][:-4] if made else "?"
    s2, h2, b2 = c.get(h.get("location", "/"))
    check("sent twice: the case page says it was created",
          s2 == 200 and b"The case was created" in b2, str(s2))
    after = case_files(srv)
    s, h, b = c.post("/officer/cases", dict(form, **{"form-key": key}))
    t = page_text(b)
    check("sent twice: the second sending refused (409)", s == 409, str(s))
    check("sent twice: the page says so and links to the first case",
          "sent already" in t and cid in t and
          ('href="/cases/%s"' % cid).encode() in b, t[:400])
    check("sent twice: one case, not two", case_files(srv) == after,
          case_files(srv))
    # A double tap: both sendings at once; one case.
    s, h, b = c.get("/officer")
    form["csrf"], key = c.csrf, c.form_key
    results = []

    def send():
        results.append(c.post("/officer/cases",
                              dict(form, **{"form-key": key}))[0])
    import threading
    ts = [threading.Thread(target=send) for _ in range(2)]
    for t_ in ts:
        t_.start()
    for t_ in ts:
        t_.join()
    check("double tap: one 303, one 409", sorted(results) == [303, 409],
          results)
    check("double tap: one more case", len(case_files(srv)) ==
          len(after) + 1, case_files(srv))
    # Without its key, a form makes nothing.
    after = case_files(srv)
    s, h, b = c.post("/officer/cases", dict(form, **{"form-key": None}))
    check("no key: refused (400), nothing made",
          s == 400 and case_files(srv) == after, str(s))
    # An event's form: added once.
    c = client(srv, "off", "en")
    s, h, b = c.get("/cases/" + cid)
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    ev = {"csrf": c.csrf, "type": "office-notification", "date": DAY,
          "version": version}
    key = c.form_key
    s, h, b = c.post("/cases/%s/events" % cid, ev)
    check("event: added, 303 to the case", s == 303 and
          h.get("location") == "/cases/%s?done=added" % cid,
          "%d %s" % (s, h))
    s, h, b = c.post("/cases/%s/events" % cid, dict(ev, **{"form-key":
                                                            key}))
    t = page_text(b)
    check("event sent twice: refused (409), a link to the case",
          s == 409 and "sent already" in t and
          ('href="/cases/%s"' % cid).encode() in b, "%d %s" % (s, t[:300]))
    with open(srv.case_file(cid + ".xml")) as f:
        x = f.read()
    check("event sent twice: in the file once",
          x.count("<office-notification") == 1, x)
    # A refused form releases its key: corrected, it is accepted.
    s, h, b = c.get("/cases/" + cid)
    key = c.form_key
    bad = {"csrf": c.csrf, "type": "complaint", "date": "2026-02-30",
           "version": version, "form-key": key}
    s, h, b = c.post("/cases/%s/events" % cid, bad)
    check("refused event: 422", s == 422, str(s))
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    s, h, b = c.post("/cases/%s/events" % cid, dict(
        bad, date=DAY, version=version))
    check("refused event: corrected and sent again with its key, "
          "accepted", s == 303, str(s))


def test_form_checks(srv):
    """Review of session 5, points 5, 6, 7 and 10 (the region kept): a
    day after today or before 1997, a district outside the region, a
    control character or bytes that are not UTF-8 in a text field: each
    refused beside its field, by its label; nothing written; the form
    comes back as typed, the card's region too."""
    c = client(srv, "pol", "en")
    s, h, b = c.get("/officer")
    before = case_files(srv)
    form = {"csrf": c.csrf, "date": "2026-11-30", "assessment": "victim",
            "stay": "illegal", "region": "flanders", "district": "namur",
            "police": b"Zone \xff\xfe".decode("latin-1").encode("latin-1"),
            "report": "BR.1", "language": "", "centre": "", "consent": "",
            "name": "Ana\x01 Test"}
    s, h, b = c.post("/officer/cases", form)
    err = dict((k.decode(), v.decode()) for k, v in re.findall(
        rb'<p class="field-error" id="([a-z-]+)-err">([^<]*)', b))
    check("form checks: 422, nothing written", s == 422 and
          case_files(srv) == before, str(s))
    check("form checks: a day after today, by its label",
          "Date: the day is after today" in err.get("date", ""), err)
    check("form checks: a district outside the region, by its label",
          "this district is not in the region chosen" in
          err.get("district", "") and "Judicial district" in
          err.get("district", ""), err)
    check("form checks: a control character, by its label",
          "characters that are not text" in err.get("name", "") and
          "Name of the person" in err.get("name", ""), err)
    check("form checks: bytes that are not UTF-8, by its label",
          "characters that are not text" in err.get("police", ""), err)
    check("form checks: no message of the XML library",
          b"xmlTextWriter" not in b and b"libxml" not in b)
    check("form checks: the card's region kept (Flanders)",
          re.search(rb'name="region" value="flanders" checked', b)
          is not None and selected(b, "region") == "flanders")
    form.update({"date": "1996-12-31", "region": "wallonia",
                 "police": "Zone Namur", "name": ""})
    s, h, b = c.post("/officer/cases", form)
    err = dict((k.decode(), v.decode()) for k, v in re.findall(
        rb'<p class="field-error" id="([a-z-]+)-err">([^<]*)', b))
    check("form checks: a day before 1997", s == 422 and
          list(err) == ["date"] and "before 1997" in err["date"], err)
    # The event forms: the same rules.
    c = client(srv, "off", "en")
    s, h, b = c.get("/cases/" + LIEGE)
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    with open(srv.case_file("03-liege-query-due.xml"), "rb") as f:
        kept = f.read()
    for fields, field, words in (
            ({"type": "complaint", "date": "2026-12-01"}, "complaint-date",
             "after today"),
            ({"type": "complaint", "date": "1990-01-01"}, "complaint-date",
             "before 1997"),
            ({"type": "complaint", "date": DAY, "police": "Zone\x7f"},
             "complaint-police", "not text"),
            ({"type": "prosecutor-query", "date": DAY,
              "addressee": "procureur", "answer-by": "2026-11-01"},
             "prosecutor-query-answer-by", "before the query"),
            ({"type": "interception", "date": DAY, "assessment": "victim",
              "stay": "illegal", "region": "brussels",
              "district": "liege"}, "interception-district",
             "not in the region chosen")):
        s, h, b = c.post("/cases/%s/events" % LIEGE, dict(
            fields, csrf=c.csrf, version=version))
        err = dict((k.decode(), v.decode()) for k, v in re.findall(
            rb'<p class="field-error" id="([a-z-]+)-err">([^<]*)', b))
        check("event checks: %s %s refused beside its field" %
              (fields["type"], words), s == 422 and field in err and
              words in err[field], "%d %s" % (s, err))
    with open(srv.case_file("03-liege-query-due.xml"), "rb") as f:
        check("event checks: the case file unchanged", f.read() == kept)


def write_case(srv, name, text):
    path = srv.case_file(name)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, 0o600)
    return path


def test_document_choices(srv):
    """Review of session 5, points 3, 8 and 9: a document refused for
    what the command line asks as an option (--lang fr|nl, --lang LL,
    --answer-by) says so in the page's words and offers the page's own
    choice; the query letter's button has the answer-by field, by default
    the command line's, checked as the command line checks it; the
    centre's request names the page's form, not the file's markup."""
    with open(srv.case_file("03-liege-query-due.xml")) as f:
        liege = f.read()
    brussels = write_case(srv, "90-brussels-no-language.xml", liege.replace(
        'id="LIE-2026-0087" regime="1997-2003" district="liege"',
        'id="BXL-2026-0900" regime="1997-2003" district="bruxelles"')
        .replace('region="wallonia" district="liege"',
                 'region="brussels" district="bruxelles"'))
    write_case(srv, "91-liege-no-language.xml", liege.replace(
        "LIE-2026-0087", "LIE-2026-0901").replace(
        "    <language>en</language>\n    <language>pcm</language>\n", ""))
    c = client(srv, "off", "en")
    # The file's language, as --lang fr|nl.
    s, h, b = c.post("/cases/BXL-2026-0900/documents", {
        "csrf": c.csrf, "kind": "letter-query"})
    t = page_text(b)
    check("file language: refused in words", s == 409 and
          "works in French and in Dutch" in t and "choose it below" in t
          and not OPTIONS.search(t) and "language=" not in t, t[:600])
    check("file language: the page's buttons",
          b'name="file-language" value="fr"' in b and
          b'name="file-language" value="nl"' in b
          and b"Write it in Dutch" in b)
    s, h, b = c.post("/cases/BXL-2026-0900/documents", {
        "csrf": c.csrf, "kind": "letter-query", "file-language": "nl"})
    out = tempfile.mkdtemp(prefix="thbdoc-pages.")
    try:
        ref = os.path.join(out, "ref.pdf")
        r = thbdoc("letter", "query", "--date", DAY, "--lang", "nl",
                   brussels, "-o", ref)
        with open(ref, "rb") as f:
            check("file language: Dutch chosen, the letter is the command "
                  "line's with --lang nl", s == 200 and r.returncode == 0
                  and f.read() == b, r.stderr)
    finally:
        shutil.rmtree(out)
    s, h, b = c.post("/cases/BXL-2026-0900/documents", {
        "csrf": c.csrf, "kind": "letter-query", "file-language": "xx"})
    check("file language: a language not offered refused", s == 400,
          str(s))
    # The person's language of the notice, as --lang LL.
    s, h, b = c.post("/cases/LIE-2026-0901/documents", {
        "csrf": c.csrf, "kind": "notice"})
    t = page_text(b)
    check("notice language: refused in words, a menu of languages",
          s == 409 and "choose the notice's language below" in t and
          not OPTIONS.search(t) and b'<select id="notice-lang" '
          b'name="person-language"' in b, t[:600])
    s, h, b = c.post("/cases/LIE-2026-0901/documents", {
        "csrf": c.csrf, "kind": "notice", "person-language": "ro"})
    check("notice language: Romanian chosen, the notice made",
          s == 200 and b[:5] == b"%PDF-", str(s))
    # The answer-by of the query letter, as --answer-by.
    s, h, b = c.get("/cases/" + LIEGE)
    m = re.search(rb'<input type="date" id="answer-by" name="answer-by" '
                  rb'value="([0-9-]*)">', b)
    check("answer-by: the query letter's field, the command line's "
          "default", m is not None and m.group(1) != b"", m)
    s, h, b = c.post("/cases/%s/documents" % LIEGE, {
        "csrf": c.csrf, "kind": "letter-query", "answer-by": "2026-11-28"})
    t = page_text(b)
    check("answer-by: before the letter's date, refused in words",
          s == 409 and "must come after the letter's date" in t and
          "28 November 2026" in t and "Answer expected by" in t and
          not OPTIONS.search(t), t[:600])
    check("answer-by: the field offered again",
          b'id="again-answer-by" name="answer-by" value="2026-11-28"' in b)
    s, h, b = c.post("/cases/%s/documents" % LIEGE, {
        "csrf": c.csrf, "kind": "letter-query", "answer-by": "2027-06-01"})
    t = page_text(b)
    check("answer-by: after the declaration ends, refused in words",
          s == 409 and "before the arrival declaration ends" in t and
          not OPTIONS.search(t), t[:600])
    s, h, b = c.post("/cases/%s/documents" % LIEGE, {
        "csrf": c.csrf, "kind": "letter-query", "answer-by": "2026-02-30"})
    check("answer-by: not a day, refused by its label", s == 422 and
          "Answer expected by: give a real day." in page_text(b), str(s))
    s, h, b = c.post("/cases/%s/documents" % LIEGE, {
        "csrf": c.csrf, "kind": "letter-query", "answer-by": "2026-12-12"})
    out = tempfile.mkdtemp(prefix="thbdoc-pages.")
    try:
        ref = os.path.join(out, "ref.pdf")
        r = thbdoc("letter", "query", "--date", DAY, "--answer-by",
                   "2026-12-12", srv.case_file("03-liege-query-due.xml"),
                   "-o", ref)
        with open(ref, "rb") as f:
            check("answer-by: the letter is the command line's with "
                  "--answer-by, byte for byte", s == 200 and
                  r.returncode == 0 and f.read() == b, r.stderr)
    finally:
        shutil.rmtree(out)
    # The centre's request: in the page's words, not the file's markup.
    write_case(srv, "92-brussels-contact.xml",
               '<?xml version="1.0" encoding="UTF-8"?>\n'
               '<case id="BXL-2026-0902" regime="1997-2003" '
               'district="bruxelles" language="fr">\n  <events>\n'
               '    <interception date="2026-11-20" assessment="victim" '
               'stay="illegal" region="brussels" district="bruxelles"/>\n'
               '    <centre-contact date="2026-11-20" centre="pag-asa" '
               'consent="yes"/>\n  </events>\n</case>\n')
    for lang in ("en", "fr"):
        c = client(srv, "cen", lang)
        s, h, b = c.get("/cases/BXL-2026-0902")
        t = page_text(b)
        check("centre request %s: no markup in the reason" % lang,
              s == 200 and "centre-support" not in t, t[:300])
        check("centre request %s: the page's form named" % lang,
              {"en": "the form \"Accompaniment by a specialised centre\"",
               "fr": "le formulaire « Accompagnement par un centre "
               "d'accueil spécialisé »"}[lang] in t, t[:2000])
    for f in ("90-brussels-no-language.xml", "91-liege-no-language.xml",
              "92-brussels-contact.xml"):
        os.unlink(srv.case_file(f))


def hidden_fields(form_html):
    return dict((html.unescape(k.decode()), html.unescape(v.decode()))
                for k, v in re.findall(
                    rb'<input type="hidden" name="([^"]+)" value="([^"]*)">',
                    form_html))


def test_handover_and_duplicates(srv):
    """Review of session 5, points 4 and 10: a centre's event that hands
    the case over to another centre is asked first (nothing written), then
    added, the case leaving the centre's list; the same event twice is
    refused; an event is written on its own line, indented as the samples;
    the Office starts on its work list; a consent without a centre is
    refused beside its field."""
    with open(srv.case_file(CASE_FILE)) as f:
        text = f.read()
    path = write_case(srv, "93-handover.xml", text.replace(
        CASE, "BXL-2026-0903"))
    cen = client(srv, "cen", "en")
    s, h, b = cen.get("/cases/BXL-2026-0903")
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    with open(path, "rb") as f:
        before = f.read()
    # A contact with Payoke while PAG-ASA accompanies: the case stays.
    s, h, b = cen.post("/cases/BXL-2026-0903/events", {
        "csrf": cen.csrf, "version": version, "type": "centre-contact",
        "date": DAY, "centre": "payoke"})
    check("hand-over: a contact that leaves the case here is added at "
          "once", s == 303, str(s))
    s, h, b = cen.get("/cases/BXL-2026-0903")
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    with open(path, "rb") as f:
        before = f.read()
    s, h, b = cen.post("/cases/BXL-2026-0903/events", {
        "csrf": cen.csrf, "version": version, "type": "centre-support",
        "date": DAY, "centre": "payoke"})
    t = page_text(b)
    with open(path, "rb") as f:
        check("hand-over: asked first, nothing written", s == 200 and
              "leaves your centre's list" in t and "Payoke" in t and
              f.read() == before, "%d %s" % (s, t[:400]))
    box = re.search(rb'<div class="error" role="alert">.*?</form>', b,
                    re.S).group(0)
    fields = hidden_fields(box)
    check("hand-over: the confirmation carries the event",
          fields.get("type") == "centre-support" and
          fields.get("centre") == "payoke" and
          fields.get("hand-over") == "yes" and "form-key" in fields and
          b'href="/cases/BXL-2026-0903"' in box, fields)
    s, h, b = cen.post("/cases/BXL-2026-0903/events", fields)
    check("hand-over: confirmed, added, back to the list",
          s == 303 and h.get("location") == "/cases?done=handed-over",
          "%d %s" % (s, h))
    s, h, b = cen.get(h.get("location", "/cases"))
    check("hand-over: the list says so, the case is not in it",
          "no longer in your list" in page_text(b) and
          b"BXL-2026-0903" not in b)
    s, h, b = cen.get("/cases/BXL-2026-0903")
    check("hand-over: PAG-ASA no longer sees it", s == 404, str(s))
    pay = client(srv, "pay", "en")
    s, h, b = pay.get("/cases/BXL-2026-0903")
    check("hand-over: Payoke does", s == 200, str(s))
    # The same event twice (two pages, two keys): refused.
    off = client(srv, "off", "en")
    s, h, b = off.get("/cases/BXL-2026-0903")
    version = re.search(rb'name="version" value="([0-9a-f]+)"',
                        b).group(1).decode()
    ev = {"csrf": off.csrf, "version": version, "type": "complaint",
          "date": DAY, "police": "Zone Midi"}
    s, h, b = off.post("/cases/BXL-2026-0903/events", ev)
    check("duplicate: the first added", s == 303, str(s))
    s, h, b = off.get("/cases/BXL-2026-0903")
    ev["version"] = re.search(rb'name="version" value="([0-9a-f]+)"',
                              b).group(1).decode()
    s, h, b = off.post("/cases/BXL-2026-0903/events", ev)
    check("duplicate: the same event again refused (409)", s == 409 and
          "holds this event already" in page_text(b), str(s))
    with open(path) as f:
        x = f.read()
    check("duplicate: once in the file", x.count("<complaint") == 1, x)
    check("written as the samples: each event on its own line, indented, "
          "no blank line", re.search(r'\n    <complaint date="%s" '
                                     r'police="Zone Midi"/>\n  </events>'
                                     % DAY, x) is not None and
          "/><" not in x and "\n    \n" not in x, x[-400:])
    os.unlink(path)
    # The Office's start page.
    c = Client(srv)
    c.login("off")
    s, h, b = c.get("/")
    check("the Office starts on its work list", s == 303 and
          h.get("location") == "/due", str(h))
    # A consent without a centre.
    c = client(srv, "pol", "en")
    s, h, b = c.get("/officer")
    s, h, b = c.post("/officer/cases", {
        "csrf": c.csrf, "date": DAY, "assessment": "uncertain",
        "stay": "illegal", "region": "wallonia", "district": "namur",
        "police": "", "report": "", "language": "", "centre": "",
        "consent": "yes", "name": ""})
    err = dict((k.decode(), v.decode()) for k, v in re.findall(
        rb'<p class="field-error" id="([a-z-]+)-err">([^<]*)', b))
    check("consent without a centre: refused beside it", s == 422 and
          "choose the centre contacted" in err.get("consent", ""), err)


# The leaflet's refusal in each page's language: the reason (French,
# Dutch, German words of the translation of "is not translated yet").
# (The browser's test has one sentence missing: the singular.)
NOT_YET = {"en": "2 sentences are not translated yet",
           "fr": "2 phrases ne sont pas encore traduites",
           "nl": "2 zinnen zijn nog niet vertaald",
           "de": "2 Sätze sind noch nicht übersetzt"}


def test_leaflet_incomplete():
    """Review of session 5, points 2 and 3: a leaflet whose translation
    is not finished is refused on a page in the page's words: no option
    of the command line, no code, no markup, a correct plural; the page's
    own "print it anyway", after which the leaflet says it is incomplete.
    The card marks that language, so that its script does not write the
    leaflet into the form as handed."""
    loc = incomplete_locale("so", "Help for victims of human trafficking",
                            "What is human trafficking?")
    old = os.environ["THBDOC_LOCALEDIR"]
    os.environ["THBDOC_LOCALEDIR"] = loc + ":" + old
    srv = Server(extra=["--date", DAY])
    try:
        for lang in ("en", "fr", "nl", "de"):
            c = client(srv, "pol", lang)
            s, h, b = c.get("/officer")
            so = re.search(rb'<button[^>]*value="so"[^>]*>', b).group(0)
            ro = re.search(rb'<button[^>]*value="ro"[^>]*>', b).group(0)
            check("card %s: Somali marked incomplete, Romanian not" % lang,
                  b'data-incomplete="yes"' in so and
                  b"data-incomplete" not in ro, (so, ro))
            s, h, b = c.get("/leaflet?lang=so&region=brussels")
            t = page_text(b)
            check("leaflet refused %s: 409" % lang, s == 409, str(s))
            check("leaflet refused %s: the reason in words, plural right"
                  % lang, NOT_YET[lang] in t, t[:600])
            check("leaflet refused %s: no option, no code, no markup, no "
                  "source text" % lang, not OPTIONS.search(t) and
                  "[so]" not in t and "strings" not in t and
                  "&lt;" not in b.decode() and
                  "Help for victims" not in t, t[:600])
            check("leaflet refused %s: the page's own print-anyway" % lang,
                  b'href="/leaflet?lang=so&amp;region=brussels&amp;'
                  b'incomplete=yes"' in b)
        s, h, b = c.get("/leaflet?lang=so&region=brussels&incomplete=yes")
        check("printed anyway: a PDF", s == 200 and b[:5] == b"%PDF-",
              str(s))
        out = tempfile.mkdtemp(prefix="thbdoc-pages.")
        try:
            pdf = os.path.join(out, "so.pdf")
            with open(pdf, "wb") as f:
                f.write(b)
            import subprocess
            t = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                               capture_output=True, text=True).stdout
            check("printed anyway: the leaflet says it is incomplete",
                  "Traduction incomplète" in t, t[-400:])
        finally:
            shutil.rmtree(out)
    finally:
        os.environ["THBDOC_LOCALEDIR"] = old
        rc, err = srv.stop()
        shutil.rmtree(loc)
    check("incomplete: server stops cleanly", rc == 0, err)


def test_login_keeps_name(srv):
    """Point 9: a wrong password keeps the user name, never the
    password."""
    c = Client(srv)
    s, h, b = c.get("/login")
    token = re.search(rb'name="csrf" value="([0-9a-f]+)"', b).group(1)
    s, h, b = c.post("/login", {"csrf": token.decode(), "user": "cen",
                                "password": "wrong-password-42"})
    check("login refused: 401", s == 401, str(s))
    check("login refused: the name kept", 'value="cen"' in field(b, "user"))
    check("login refused: the password not", b"wrong-password-42" not in b)
    check("login refused: the focus on the password",
          "autofocus" in field(b, "password") and
          "autofocus" not in field(b, "user"))


def test_dates_in_words(srv):
    """Point 6: dates in the page's language, in words, tables too; the
    ISO value kept in <time datetime>."""
    c = client(srv, "off", "fr")
    s, h, b = c.get("/cases/" + LIEGE)
    t = page_text(b)
    check("dates: the status as of a day in French words",
          "29 novembre 2026" in t, t[:400])
    times = re.findall(rb'<time datetime="(\d{4}-\d\d-\d\d)">([^<]*)</time>',
                       b)
    check("dates: every date in a <time> with its ISO value",
          len(times) > 3 and all(re.search(rb"[a-z\xc3\xa9\xc3\xbb]{4,}",
                                           w) for _, w in times), times)
    check("dates: no bare YYYY-MM-DD left in the text",
          not re.search(r"\b20\d\d-\d\d-\d\d\b", t),
          re.findall(r"\b20\d\d-\d\d-\d\d\b", t)[:5])
    c = client(srv, "off", "de")
    for path in ("/cases", "/due"):
        s, h, b = c.get(path)
        t = page_text(b)
        check("dates %s: in German words in the table" % path,
              re.search(r"\d+\. (Januar|Februar|März|April|Mai|Juni|Juli|"
                        r"August|September|Oktober|November|Dezember) "
                        r"20\d\d", t) and
              b'<td><time datetime="' in b or b'"><time datetime="' in b,
              t[:300])
        check("dates %s: no bare YYYY-MM-DD" % path,
              not re.search(r"\b20\d\d-\d\d-\d\d\b", t),
              re.findall(r"\b20\d\d-\d\d-\d\d\b", t)[:5])


def test_phases_in_words(srv):
    """Point 7: the case list's phase filter in words; the status panel
    says what runs when no action is due."""
    c = client(srv, "cen", "en")
    s, h, b = c.get("/cases")
    opts = re.search(rb'<select id="phase".*?</select>', b, re.S).group(0)
    names = re.findall(rb'<option value="(\d)"[^>]*>([^<]*)<', opts)
    check("phase filter: five phases in words, no number",
          len(names) == 5 and b"reflection period of 45 days" in opts and
          not re.search(rb">phase \d<", opts), names)
    s, h, b = c.get("/cases?phase=1")
    check("phase filter: phase 1 lists the Brussels case",
          CASE.encode() in b)
    s, h, b = c.get("/cases/" + CASE)
    t = page_text(b)
    check("status: no action due, the reflection period and its end",
          "Nothing pending" not in t and
          re.search(r"No action is due now: reflection period of 45 days, "
                    r"until \d+ \w+ 20\d\d \(point 8\.1\)", t), t[:900])


def test_po_dir_found():
    """Point 8: started in a source tree, serve finds po-docs by itself
    (as check-translations does)."""
    srv = Server(extra=["--date", DAY], cwd=TOP_SRCDIR)
    try:
        c = client(srv, "tra", "en")
        s, h, b = c.get("/translations/ro")
        t = page_text(b)
        check("po-dir: found in the source tree",
              s == 200 and "without --po-dir" not in t and
              re.search(r"translated: \d+, fuzzy: \d+, untranslated: \d+", t),
              t[:600])
    finally:
        srv.stop()


def main():
    srv = Server(extra=["--date", DAY])
    try:
        test_refusal_in_page_language(srv)
        test_officer_form(srv)
        test_event_form(srv)
        test_sent_twice(srv)
        test_form_checks(srv)
        test_document_choices(srv)
        test_handover_and_duplicates(srv)
        test_login_keeps_name(srv)
        test_dates_in_words(srv)
        test_phases_in_words(srv)
    finally:
        rc, err = srv.stop()
    check("server stops cleanly", rc == 0, err)
    test_po_dir_found()
    test_leaflet_incomplete()
    finish()


main()
