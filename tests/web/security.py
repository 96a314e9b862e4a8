"""security.py: thbdoc serve, the security tests (no browser needed).

No page or API answer without a session; CSRF refused; a name with
<script> shown escaped; path traversal in every route; login throttled;
TLS required beyond the loopback; the audit journal written, with no
personal data; security headers on every answer; roles; API tokens; two
editors of one case (the second refused, nothing lost).
"""
import os
import re
import subprocess
import tempfile

from webtest import Server, Client, check, finish, thbdoc, PASSWORD

CASE = "BXL-2026-0142"                 # followed by PAG-ASA
CASE_FILE = "01-brussels-reflection.xml"
PAYOKE_CASE = "ANT-2026-0311"          # followed by Payoke

ROUTES_GET = ["/", "/cases", "/cases/" + CASE, "/due", "/officer",
              "/translations", "/translations/ar", "/leaflet?lang=fr"]
ROUTES_POST = ["/cases/" + CASE + "/events", "/officer/cases", "/logout",
               "/language"]
API = ["/api/due", "/api/cases/" + CASE + "/status"]

TRAVERSALS = ["../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd",
              "%2e%2e/%2e%2e/etc/passwd", "....//....//etc/passwd",
              "/etc/passwd", "..\\..\\etc\\passwd", "%00", "a/../../b"]


def version_of(body):
    m = re.search(rb'name="version" value="([0-9a-f]+)"', body)
    return m.group(1).decode() if m else None


def test_no_session(srv):
    c = Client(srv)
    for path in ROUTES_GET:
        s, h, b = c.get(path)
        check("no session: GET %s goes to the login" % path,
              s == 303 and h.get("location") == "/login", "%d" % s)
        check("no session: GET %s shows no case" % path,
              CASE.encode() not in b)
    for path in ROUTES_POST:
        s, h, b = c.post(path, {"type": "complaint", "date": "2026-11-20"})
        check("no session: POST %s refused" % path, s == 403, "%d" % s)
    for path in API:
        s, h, b = c.get(path)
        check("no session: %s is 401" % path, s == 401, "%d" % s)
        check("no session: %s gives no case" % path, CASE.encode() not in b)
    with open(srv.case_file(CASE_FILE), "rb") as f:
        check("no session: the case file is unchanged",
              b"<complaint" not in f.read())


def test_headers(srv):
    c = Client(srv)
    c.login("cen")
    for path in ["/login", "/cases", "/cases/" + CASE, "/due",
                 "/static/thbdoc.css", "/api/due", "/nowhere"]:
        s, h, b = c.get(path)
        csp = h.get("content-security-policy", "")
        check("headers %s: CSP self only" % path,
              "default-src 'none'" in csp and "http" not in csp, csp)
        check("headers %s: nosniff" % path,
              h.get("x-content-type-options") == "nosniff")
        check("headers %s: referrer" % path,
              h.get("referrer-policy") == "no-referrer")
        check("headers %s: no-store" % path,
              h.get("cache-control") == "no-store")
    s, h, b = Client(srv).get("/login")
    ck = h.get("set-cookie", "")
    check("login cookie HttpOnly, SameSite=Strict",
          "HttpOnly" in ck and "SameSite=Strict" in ck, ck)
    # Nothing is loaded from another host.
    s, h, b = c.get("/cases/" + CASE)
    check("no other host in a page", not re.search(rb'(src|href)="https?:',
                                                   b))


def test_csrf(srv):
    c = Client(srv)
    c.login("cen")
    s, h, b = c.get("/cases/" + CASE)
    v = version_of(b)
    fields = {"type": "complaint", "date": "2026-11-20", "version": v}
    s, h, b = c.post("/cases/%s/events" % CASE, fields)
    check("CSRF: no token refused", s == 403, "%d" % s)
    s, h, b = c.post("/cases/%s/events" % CASE,
                     dict(fields, csrf="0" * 64))
    check("CSRF: wrong token refused", s == 403, "%d" % s)
    other = Client(srv)
    other.login("off")
    s, h, b = c.post("/cases/%s/events" % CASE,
                     dict(fields, csrf=other.csrf))
    check("CSRF: another session's token refused", s == 403, "%d" % s)
    with open(srv.case_file(CASE_FILE), "rb") as f:
        check("CSRF: the case file is unchanged",
              b"<complaint" not in f.read())
    s, h, b = c.post("/logout", {})
    check("CSRF: logout without token refused", s == 403)
    # The login form has its own token (double submit).
    d = Client(srv)
    d.get("/login")
    s, h, b = d.post("/login", {"user": "cen", "password": PASSWORD["cen"],
                                "csrf": "1" * 64})
    check("CSRF: login with a forged token refused", s == 403, "%d" % s)


def test_escaping(srv):
    path = srv.case_file("99-script.xml")
    with open(path, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<case id="XSS-2026-0001" regime="1997-2003" '
                'district="bruxelles" language="fr">\n'
                '  <person><name>&lt;script&gt;alert("x")&lt;/script&gt;'
                ' O\'Brien &amp; "Co"</name></person>\n'
                '  <events>\n'
                '    <interception date="2026-11-03" assessment="victim" '
                'stay="illegal" region="brussels" district="bruxelles" '
                'police="&lt;img src=x onerror=alert(1)&gt;"/>\n'
                '    <centre-contact date="2026-11-03" centre="pag-asa" '
                'consent="yes"/>\n'
                '  </events>\n</case>\n')
    os.chmod(path, 0o600)
    c = Client(srv)
    c.login("cen")
    s, h, b = c.get("/cases/XSS-2026-0001")
    check("escaping: the case page opens", s == 200, "%d" % s)
    check("escaping: no <script> from the name", b"<script" not in b)
    check("escaping: the name shown escaped",
          b"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in b)
    check("escaping: quotes and ampersand escaped",
          b"O&#39;Brien &amp; &quot;Co&quot;" in b)
    check("escaping: no <img> from an attribute", b"<img" not in b)
    s, h, b = c.get("/cases?q=%3Cscript%3E")
    check("escaping: the search text escaped", b"<script" not in b and
          b"&lt;script&gt;" in b)


def test_traversal(srv):
    c = Client(srv)
    c.login("off")
    t = Client(srv)
    t.login("tra")
    for bad in TRAVERSALS:
        for path in ["/cases/" + bad, "/api/cases/%s/status" % bad,
                     "/static/" + bad, "/translations/" + bad,
                     "/leaflet?lang=" + bad, "/due?actor=" + bad,
                     "/cases?q=" + bad, "/" + bad]:
            for who in (c, t):
                s, h, b = who.get(path)
                check("traversal %s: no file content" % path,
                      b"root:" not in b and b"/bin/" not in b, "%d" % s)
                check("traversal %s: refused or harmless" % path,
                      s in (200, 303, 400, 403, 404), "%d" % s)
        s, h, b = c.post("/cases/%s/events" % bad, {
            "csrf": c.csrf, "type": "complaint", "date": "2026-11-20",
            "version": "0" * 16})
        check("traversal POST events %s refused" % bad, s in (400, 404),
              "%d" % s)
    check("traversal: no file written outside the folder",
          not os.path.exists(os.path.join(srv.dir, "passwd")))


def test_throttle(srv):
    """Per (name, address) and per name, a growing delay, never per address
    alone: one bad actor behind a shared address holds no one else."""
    c = Client(srv)
    for i in range(5):
        s, h, b = c.login("pol", "wrong-password-%d" % i)
        check("throttle: wrong password %d refused" % i, s == 401,
              "%d" % s)
    s, h, b = c.login("pol")
    check("throttle: 6th attempt refused even with the right password",
          s == 429, "%d" % s)
    check("throttle: says how long to wait (1 min)",
          b"wait 1 min before" in b, b[:300])
    s, h, b = Client(srv).login("cen")
    check("throttle: another user from the same address is not held",
          s == 303, "%d" % s)
    s, h, b = Client(srv, "127.0.0.2").login("pol")
    check("throttle: the same user from another address is not held",
          s == 303, "%d" % s)
    # The name from anywhere: 20 failures from several addresses, then a
    # delay for that name from every address (and only for that name).
    n = 0
    for a in range(3, 10):
        for i in range(5):
            if n < 19:
                s, h, b = Client(srv, "127.0.0.%d" % a).login(
                    "pay", "wrong-password-x%d" % n)
                n += 1
    s, h, b = Client(srv, "127.0.0.20").login("pay", "wrong-password-y")
    check("throttle: the 20th failure of a name across addresses refused",
          s == 401, "%d" % s)
    s, h, b = Client(srv, "127.0.0.21").login("pay")
    check("throttle: then the name is held from a new address too",
          s == 429 and b"min before" in b, "%d" % s)
    s, h, b = Client(srv, "127.0.0.21").login("off")
    check("throttle: another name from that address is not held",
          s == 303, "%d" % s)
    c = Client(srv)
    c.get("/login?lang=fr")
    s, h, b = c.login("pol")
    check("throttle: the wait in the page's language (fr)",
          s == 429 and "min avant".encode() in b, b[:400])


def test_unknown_name(srv):
    s, h, b = Client(srv).login("no-such-user", "wrong-password-z")
    check("a name that is no account refused", s == 401, "%d" % s)


def test_bad_addresses(srv):
    """A control character (%00 included) or bytes that are not UTF-8, in
    the path or the query, after decoding: 400 in every route family,
    before any lookup (logged in or not)."""
    bad = ["%00", "%01", "%1f", "%7f", "%c2%85", "%ff", "%c0%af",
           "%ed%a0%80", "%f4%90%80%80", "%e2%82"]
    off = Client(srv)
    off.login("off")
    pol = Client(srv)
    pol.login("pol")
    anon = Client(srv)
    with open(srv.case_file(CASE_FILE), "rb") as f:
        before = f.read()
    for x in bad:
        paths = ["/" + x, "/cases/" + CASE + x, "/cases/" + x + "/events",
                 "/cases?q=" + x, "/cases?" + x + "=1", "/due?actor=" + x,
                 "/officer" + x, "/translations/" + x,
                 "/translations/ar?x=" + x, "/leaflet?lang=fr" + x,
                 "/static/thbdoc.css" + x, "/static/thbdoc.css?v=" + x,
                 "/api/cases/" + CASE + x + "/status",
                 "/api/due?date=" + x, "/login" + x, "/login?lang=" + x,
                 "/language" + x]
        for who, name in ((off, "office"), (anon, "no session")):
            for path in paths:
                s, h, b = who.get(path)
                check("bad address (%s) GET %s: 400" % (name, path),
                      s == 400, "%d" % s)
                check("bad address GET %s: no case" % path,
                      b"Ioana" not in b and b"<table" not in b)
        s, h, b = off.post("/cases/%s%s/events" % (CASE, x), {
            "csrf": off.csrf, "type": "complaint", "date": "2026-11-20",
            "version": "0" * 16})
        check("bad address POST events %s: 400" % x, s == 400, "%d" % s)
        s, h, b = pol.post("/officer/cases?" + x, {"csrf": pol.csrf})
        check("bad address POST officer %s: 400" % x, s == 400, "%d" % s)
        s, h, b = off.get("/api/due" + x)
        check("bad address API %s: JSON" % x,
              h.get("content-type") == "application/json", str(h))
    with open(srv.case_file(CASE_FILE), "rb") as f:
        check("bad address: the case file is unchanged", f.read() == before)
    s, h, b = off.get("/cases/" + CASE + "%C3%A9")
    check("a valid UTF-8 path is no bad address (404)", s == 404, "%d" % s)


def test_roles(srv):
    cen = Client(srv)
    cen.login("cen")
    s, h, b = cen.get("/cases/" + PAYOKE_CASE)
    check("roles: PAG-ASA does not see a Payoke case", s == 404, "%d" % s)
    s, h, b = cen.get("/cases")
    check("roles: PAG-ASA's list has its case", CASE.encode() in b)
    check("roles: PAG-ASA's list has no Payoke case",
          PAYOKE_CASE.encode() not in b)
    s, h, b = cen.get("/api/cases/%s/status" % PAYOKE_CASE)
    check("roles: API hides a Payoke case from PAG-ASA", s == 404)
    tra = Client(srv)
    tra.login("tra")
    for path in ["/cases", "/cases/" + CASE, "/due"]:
        s, h, b = tra.get(path)
        check("roles: translator refused %s" % path, s in (403, 404) and
              b"Ioana" not in b and b"<table" not in b, "%d" % s)
    s, h, b = tra.get("/api/due")
    check("roles: translator's API refused", s == 403, "%d" % s)
    s, h, b = tra.get("/translations")
    check("roles: translator sees the languages", s == 200)
    off = Client(srv)
    off.login("off")
    s, h, b = off.get("/cases")
    check("roles: the Office sees every case", CASE.encode() in b and
          PAYOKE_CASE.encode() in b)


def test_api(srv):
    off = Client(srv)
    off.login("off")
    for f in sorted(os.listdir(srv.cases)):
        if not f.endswith(".xml") or f.startswith("99"):
            continue
        r = thbdoc("status", "--json", "--date", "2026-12-01",
                   srv.case_file(f))
        cid = re.search(r'"case":"([^"]+)"', r.stdout).group(1)
        s, h, b = off.get("/api/cases/%s/status?date=2026-12-01" % cid)
        check("API status %s = thbdoc status --json" % cid,
              s == 200 and b.decode() == r.stdout, b.decode()[:200])
        check("API status %s: JSON type" % cid,
              h.get("content-type") == "application/json")
    r = thbdoc("due", "--json", "--date", "2026-12-01", srv.cases)
    s, h, b = off.get("/api/due?date=2026-12-01")
    check("API due = thbdoc due --json (the Office sees all)",
          b.decode() == r.stdout, "\n" + b.decode()[:300] + "\n---\n" +
          r.stdout[:300])
    r = thbdoc("user", "token", "off", "--users", srv.users)
    token = r.stdout.strip()
    check("API token printed", len(token) == 64)
    with open(srv.users) as f:
        check("API token stored hashed only", token not in f.read())
    anon = Client(srv)
    s, h, b = anon.get("/api/cases/%s/status" % CASE,
                       {"Authorization": "Bearer " + token})
    check("API token accepted", s == 200 and CASE.encode() in b, "%d" % s)
    s, h, b = anon.get("/api/cases/%s/status" % CASE,
                       {"Authorization": "Bearer " + "f" * 64})
    check("API wrong token refused", s == 401, "%d" % s)
    s, h, b = anon.get("/cases", {"Authorization": "Bearer " + token})
    check("API token opens no page", s == 303)


def test_two_editors(srv):
    a, b_ = Client(srv), Client(srv)
    a.login("cen")
    b_.login("off")
    sa, h, pa = a.get("/cases/" + CASE)
    sb, h, pb = b_.get("/cases/" + CASE)
    va, vb = version_of(pa), version_of(pb)
    check("two editors: same version read", va == vb and va is not None)
    s, h, body = a.post("/cases/%s/events" % CASE, {
        "csrf": a.csrf, "version": va, "type": "complaint",
        "date": "2026-11-20"})
    check("two editors: first change accepted", s == 303, "%d" % s)
    s, h, body = b_.post("/cases/%s/events" % CASE, {
        "csrf": b_.csrf, "version": vb, "type": "arrival-declaration",
        "date": "2026-11-21"})
    check("two editors: second refused with 409", s == 409, "%d" % s)
    check("two editors: the message says why",
          b"changed this case" in body, body[:200])
    check("two editors: the current state shown (the complaint)",
          b"complaint" in body and version_of(body) != vb)
    check("two editors: the refused event still filled in",
          b'<details open><summary>Arrival declaration of 3 months' in body and
          b'value="2026-11-21"' in body)
    with open(srv.case_file(CASE_FILE), "rb") as f:
        text = f.read()
    check("two editors: the first change is in the file",
          b'<complaint date="2026-11-20"/>' in text)
    check("two editors: the second is not", b"arrival-declaration"
          not in text)
    check("two editors: the comment of the file kept",
          b"<!-- Fictitious case." in text)
    check("two editors: mode 0600",
          os.stat(srv.case_file(CASE_FILE)).st_mode & 0o777 == 0o600)
    r = thbdoc("status", srv.case_file(CASE_FILE))
    check("two editors: the command line reads the file", r.returncode
          == 0, r.stderr)
    # Sent again on the new version: accepted.
    s, h, body = b_.post("/cases/%s/events" % CASE, {
        "csrf": b_.csrf, "version": version_of(body),
        "type": "arrival-declaration", "date": "2026-11-21"})
    check("two editors: sent again, accepted", s == 303, "%d" % s)
    # The reader's validation: a date that is not a day, an answer-by
    # before its query.
    s, h, body = b_.get("/cases/" + CASE)
    s, h, body = b_.post("/cases/%s/events" % CASE, {
        "csrf": b_.csrf, "version": version_of(body),
        "type": "prosecutor-query", "date": "2026-11-22",
        "addressee": "procureur", "answer-by": "2026-11-01"})
    check("validation: the reader's refusal shown (422)", s == 422,
          "%d" % s)
    check("validation: the reader's message", b"line" in body, body[:300])
    s, h, body = b_.post("/cases/%s/events" % CASE, {
        "csrf": b_.csrf, "version": version_of(body),
        "type": "complaint", "date": "2026-02-30"})
    check("validation: 2026-02-30 refused", s == 422, "%d" % s)


def test_audit(srv):
    with open(srv.audit) as f:
        text = f.read()
    check("audit: journal mode 0600",
          os.stat(srv.audit).st_mode & 0o777 == 0o600)
    check("audit: a case read is written",
          re.search(r"user=cen\trole=centre\tcase=%s\tcase-read" % CASE,
                    text) is not None)
    check("audit: a change is written",
          "case=%s\tevent-add:complaint" % CASE in text)
    check("audit: a refused change is written",
          "event-refused:conflict" in text)
    check("audit: a failed login names the account and the address",
          "\tlogin-failed\taccount=pol\taddress=127.0.0.1\n" in text)
    check("audit: a failed login from another address",
          "\tlogin-failed\taccount=pay\taddress=127.0.0.20\n" in text)
    check("audit: a held login, with the wait",
          re.search(r"\tlogin-throttled\taccount=pol\taddress=127\.0\.0\.1"
                    r"\twait=\d+s\n", text) is not None)
    check("audit: a login names its address",
          "\tlogin\taccount=off\taddress=127.0.0.21\n" in text)
    check("audit: a name that is no account is not written",
          "\tlogin-failed\taccount=?\taddress=" in text and
          "no-such-user" not in text)
    check("audit: failed logins written without the password",
          "wrong-password" not in text)
    check("audit: a 404 is written with its path and address",
          re.search(r"user=cen\trole=centre\tcase=-\trefused:404\t"
                    r"path=/cases/%s\taddress=127\.0\.0\.1\n" %
                    PAYOKE_CASE, text) is not None)
    check("audit: a 403 (translator) is written",
          re.search(r"user=tra\trole=translator\tcase=-\trefused:403\t"
                    r"path=/cases", text) is not None)
    check("audit: a CSRF refusal is written",
          re.search(r"\trefused:403:csrf\tpath=/cases/%s/events\t" % CASE,
                    text) is not None)
    check("audit: a bad address is written, its bytes escaped",
          "\trefused:400:address\tpath=/cases/%s%%FF\t" % CASE in text)
    check("audit: no query written", "q=" not in text and
          "actor=" not in text and "?" not in text.replace("account=?", ""))
    check("audit: no control byte in the journal",
          re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text) is None)
    check("audit: no person's name", "Ioana" not in text and
          "script" not in text)
    check("audit: API reads written", "api-status" in text)


def test_tls():
    r = thbdoc("serve", "--cases", tempfile.gettempdir(), "--listen",
               "0.0.0.0:0")
    check("TLS: 0.0.0.0 without TLS refused (exit 2)", r.returncode == 2,
          "%d %s" % (r.returncode, r.stderr))
    check("TLS: the message says why", "loopback" in r.stderr, r.stderr)
    r = thbdoc("serve", "--cases", tempfile.gettempdir(), "--listen",
               "[::]:0")
    check("TLS: [::] without TLS refused", r.returncode == 2)
    d = tempfile.mkdtemp(prefix="thbdoc-tls.")
    key, cert = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    g = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048",
                        "-nodes", "-keyout", key, "-out", cert, "-days",
                        "2", "-subj", "/CN=127.0.0.1"], capture_output=True)
    if g.returncode != 0:
        check("TLS: openssl makes a test certificate", False, g.stderr)
        return
    srv = Server(extra=["--cert", cert, "--key", key])
    import http.client
    import ssl
    ctx = ssl.create_default_context(cafile=cert)
    ctx.check_hostname = False
    conn = http.client.HTTPSConnection("127.0.0.1", srv.port, context=ctx,
                                       timeout=30)
    conn.request("GET", "/login")
    r = conn.getresponse()
    body = r.read()
    ck = r.getheader("Set-Cookie") or ""
    check("TLS: the login page over HTTPS", r.status == 200)
    check("TLS: cookies Secure under TLS", "; Secure" in ck, ck)
    check("TLS: HSTS", r.getheader("Strict-Transport-Security") is not None)
    conn.close()
    rc, err = srv.stop()
    check("TLS: server stops cleanly", rc == 0, err)
    for f in (key, cert):
        os.unlink(f)
    os.rmdir(d)


def test_users():
    d = tempfile.mkdtemp(prefix="thbdoc-users.")
    u = os.path.join(d, "users")
    r = thbdoc("user", "add", "ann", "--role", "office", "--users", u,
               stdin="short\n")
    check("user add: short password refused", r.returncode == 2)
    check("user add: nothing written", not os.path.exists(u))
    r = thbdoc("user", "add", "ann", "--role", "centre", "--users", u,
               stdin="long-enough-password\n")
    check("user add: a centre needs --centre", r.returncode == 2)
    r = thbdoc("user", "add", "Ann<x>", "--role", "office", "--users", u,
               stdin="long-enough-password\n")
    check("user add: a bad name refused", r.returncode == 2)
    r = thbdoc("user", "add", "ann", "--role", "office", "--users", u,
               stdin="long-enough-password\n")
    check("user add: ok", r.returncode == 0, r.stderr)
    check("user add: file 0600", os.stat(u).st_mode & 0o777 == 0o600)
    with open(u) as f:
        text = f.read()
    check("user add: yescrypt hash, no password",
          ":$y$" in text and "long-enough-password" not in text)
    r = thbdoc("user", "list", "--users", u)
    check("user list", r.stdout == "ann\toffice\t-\t-\n", r.stdout)
    r = thbdoc("user", "del", "ann", "--users", u)
    r2 = thbdoc("user", "list", "--users", u)
    check("user del", r.returncode == 0 and r2.stdout == "")
    os.chmod(u, 0o644)
    r = thbdoc("user", "list", "--users", u)
    check("users file readable by others refused", r.returncode == 3 and
          "chmod 600" in r.stderr, r.stderr)
    os.unlink(u)
    os.rmdir(d)


def test_leaflets(srv):
    """Leaflets are kept once rendered (they name no one): the second
    answer is the same bytes; another region is another leaflet."""
    c = Client(srv)
    c.login("pol")
    s1, h1, b1 = c.get("/leaflet?lang=fr&region=brussels")
    s2, h2, b2 = c.get("/leaflet?lang=fr&region=brussels")
    s3, h3, b3 = c.get("/leaflet?lang=fr&region=flanders")
    check("leaflet: a PDF", s1 == 200 and b1.startswith(b"%PDF-"),
          "%d" % s1)
    check("leaflet: asked again, the same bytes", s2 == 200 and b1 == b2)
    check("leaflet: another region, another leaflet (its centre first)",
          s3 == 200 and b3.startswith(b"%PDF-") and b3 != b1)
    check("leaflet: kept or not, no-store", h2.get("cache-control") ==
          "no-store")


def main():
    test_users()
    test_tls()
    srv = Server()
    try:
        test_no_session(srv)
        test_headers(srv)
        test_leaflets(srv)
        test_csrf(srv)
        test_escaping(srv)
        test_traversal(srv)
        test_roles(srv)
        test_api(srv)
        test_two_editors(srv)
        test_bad_addresses(srv)
        test_throttle(srv)
        test_unknown_name(srv)
        test_audit(srv)
    finally:
        rc, err = srv.stop()
    check("server stops cleanly (exit 0)", rc == 0, err)
    check("server printed no case data", "Ioana" not in err and
          "BXL" not in err, err)
    finish()


main()
