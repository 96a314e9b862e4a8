"""po_entries.py: the entries of a PO file, for the tests that read a
catalogue (extract-check.py, pocket-check.py).  No dependency beyond the
standard library: the tests run where gettext's Python tools are not."""
import re


def unquote(s):
    """A PO string's C escapes: \\n, \\t, and \\X for any other X."""
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(
        m.group(1), m.group(1)), s)


def entries(path):
    """Each entry of a PO file as a dict: msgid, msgstr (msgctxt when it
    has one; the header's msgid is ""), refs (its "#:" lines joined), fuzzy
    (a bool) and note (its "#." lines, when it has any)."""
    cur = {"refs": "", "fuzzy": False}
    key = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if "msgid" in cur:
                    yield cur
                cur, key = {"refs": "", "fuzzy": False}, None
            elif line.startswith("#:"):
                cur["refs"] += line
            elif line.startswith("#,") and "fuzzy" in line:
                cur["fuzzy"] = True
            elif line.startswith("#."):
                cur["note"] = cur.get("note", "") + line
            elif line.startswith("#"):
                continue
            else:
                m = re.match(r'(msgctxt|msgid|msgstr)\s+"(.*)"$', line)
                if m:
                    key = m.group(1)
                    cur[key] = unquote(m.group(2))
                elif line.startswith('"') and key:
                    cur[key] += unquote(line[1:-1])
    if "msgid" in cur:
        yield cur
