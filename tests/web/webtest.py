"""webtest.py: what the tests of thbdoc serve share (Python standard
library only): a server started on a copy of the sample cases, with one
user per role, on a free loopback port; an HTTP client with its own
cookies that does not follow redirects.

The environment comes from make check (AM_TESTS_ENVIRONMENT): THBDOC,
THBDOC_DATADIR, THBDOC_LOCALEDIR, top_srcdir.
"""
import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

THBDOC = os.environ["THBDOC"]
TOP_SRCDIR = os.environ["top_srcdir"]
SAMPLES = os.path.join(TOP_SRCDIR, "data", "samples")
PASSWORD = {
    "pol": "police-password-1", "cen": "centre-password-1",
    "pay": "payoke-password-1", "off": "office-password-1",
    "tra": "translator-password-1",
}
ROLES = {
    "pol": ["--role", "police"],
    "cen": ["--role", "centre", "--centre", "pag-asa"],
    "pay": ["--role", "centre", "--centre", "payoke"],
    "off": ["--role", "office"],
    "tra": ["--role", "translator"],
}

failures = 0
passes = 0


def check(name, cond, detail=""):
    global failures, passes
    if cond:
        passes += 1
    else:
        failures += 1
        print("FAIL: %s %s" % (name, detail), file=sys.stderr)


def finish():
    print("%d passed, %d failed" % (passes, failures))
    sys.exit(1 if failures else 0)


def thbdoc(*args, stdin=None):
    return subprocess.run([THBDOC, *args], input=stdin, capture_output=True,
                          text=True)


def incomplete_locale(lang, *msgids):
    """A folder of catalogues in which the leaflet's language lang lacks
    the translations of msgids (from po-docs/LANG.po, each on one line):
    put first in THBDOC_LOCALEDIR, the leaflet in lang is refused as
    incomplete.  The caller removes the folder."""
    d = tempfile.mkdtemp(prefix="thbdoc-locale.")
    with open(os.path.join(TOP_SRCDIR, "po-docs", lang + ".po"),
              encoding="utf-8") as f:
        po = f.read()
    for msgid in msgids:
        po, n = re.subn(r'(\nmsgid %s\nmsgstr )"(?:[^"\\]|\\.)*"(\n"(?:[^"\\]|'
                        r'\\.)*")*' % re.escape('"%s"' % msgid), r'\1""', po)
        assert n == 1, msgid
    src = os.path.join(d, lang + ".po")
    with open(src, "w", encoding="utf-8") as f:
        f.write(po)
    os.makedirs(os.path.join(d, lang, "LC_MESSAGES"))
    subprocess.run([os.environ.get("MSGFMT", "msgfmt"), "-o",
                    os.path.join(d, lang, "LC_MESSAGES", "thbdoc-docs.mo"),
                    src], check=True)
    return d


class Server:
    """thbdoc serve on a copy of the samples; stop() checks it ends well."""

    def __init__(self, extra=(), users=True, wrapper=None, cwd=None):
        # THBDOC_SERVE_WRAPPER: run the server under a checker (make
        # check-valgrind sets valgrind's command line).
        if wrapper is None:
            wrapper = os.environ.get("THBDOC_SERVE_WRAPPER", "").split()
        self.dir = tempfile.mkdtemp(prefix="thbdoc-web.")
        self.cases = os.path.join(self.dir, "cases")
        os.mkdir(self.cases)
        for f in sorted(os.listdir(SAMPLES)):
            if f.endswith(".xml"):
                shutil.copy(os.path.join(SAMPLES, f), self.cases)
        self.users = os.path.join(self.dir, "users")
        self.audit = os.path.join(self.dir, "audit.log")
        if users:
            for name, role in ROLES.items():
                r = thbdoc("user", "add", name, *role, "--users", self.users,
                           stdin=PASSWORD[name] + "\n")
                assert r.returncode == 0, r.stderr
        self.err = open(os.path.join(self.dir, "stderr"), "w+")
        self.proc = subprocess.Popen(
            [*wrapper, THBDOC, "serve", "--cases", self.cases, "--users",
             self.users, "--audit", self.audit, "--listen", "127.0.0.1:0",
             *extra], stderr=self.err, stdout=subprocess.DEVNULL, cwd=cwd)
        self.port = None
        for _ in range(600):
            self.err.seek(0)
            m = re.search(r"listening on https?://127\.0\.0\.1:(\d+)/",
                          self.err.read())
            if m:
                self.port = int(m.group(1))
                break
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        if self.port is None:
            self.err.seek(0)
            raise RuntimeError("thbdoc serve did not start: " +
                               self.err.read())
        self.base = "http://127.0.0.1:%d" % self.port

    def case_file(self, name):
        return os.path.join(self.cases, name)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=120)
        self.err.seek(0)
        text = self.err.read()
        self.err.close()
        shutil.rmtree(self.dir)
        return rc, text


class Client:
    """One browser-like client: its own cookies, no redirects followed."""

    def __init__(self, server, source=None):
        self.server = server
        self.cookies = {}
        self.csrf = None
        self.form_key = None
        # Another loopback address (127.0.0.2...): another client machine.
        self.source = (source, 0) if source else None

    def request(self, method, path, fields=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port,
                                          timeout=60,
                                          source_address=self.source)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in
                                    self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            h["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                value = rest.split(";", 1)[0]
                if "Max-Age=0" in v:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
        conn.close()
        text = data.decode("utf-8", "replace")
        m = re.search(r'name="csrf" value="([0-9a-f]+)"', text)
        if m and "thb_session" in self.cookies:
            self.csrf = m.group(1)
        # The one-time key of the page's creating forms, sent back by
        # post() as a browser sends the hidden field.
        m = re.search(r'name="form-key" value="([0-9a-f]+)"', text)
        if m:
            self.form_key = m.group(1)
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), \
            data

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, fields):
        """POST a form; with the last page's one-time key, unless the
        fields give one (or "form-key": None, to send none)."""
        fields = dict(fields)
        if "form-key" not in fields and self.form_key is not None:
            fields["form-key"] = self.form_key
        if fields.get("form-key", "") is None:
            del fields["form-key"]
        return self.request("POST", path, fields)

    def login(self, user, password=None):
        s, h, b = self.get("/login")
        token = re.search(rb'name="csrf" value="([0-9a-f]+)"', b).group(1)
        s, h, b = self.post("/login", {
            "csrf": token.decode(), "user": user,
            "password": password if password is not None else
            PASSWORD[user]})
        if s == 303:
            self.get("/cases")    # a page, for the CSRF token
            if self.csrf is None:
                self.get("/officer")
            if self.csrf is None:
                self.get("/translations")
        return s, h, b
