#!/usr/bin/env python3
"""struct-check.py DUMP STRUCT READER [ROLE...]: the structure tree of a
tagged PDF, as a reader gives it (STRUCT: poppler's "pdfinfo -struct-text",
or tests/pdfjs-struct.mjs for pdf.js), reads in the order of the document:
every block of text of the document tree printed by "thbdoc COMMAND
--dump" (DUMP) comes back from the tree's text, each after the one before
(98 % of its characters at least, in one stretch), and every ROLE named
is in the tree.

struct-check.py --pdf QPDF FILE.pdf: the catalogue and pages of a tagged
PDF: /MarkInfo << /Marked true >>, /ViewerPreferences /DisplayDocTitle,
a /Lang, a StructTreeRoot whose ParentTree names, for each page's
/StructParents, one element per MCID of the page's content, each page
/Tabs /S, each link annotation a /StructParent and /Contents, each
widget (a form field) a /StructParent naming the Form element that holds
it (an OBJR) and a /TU, and every Form element a widget.

White space, hyphens and, in right-to-left text, brackets and punctuation
are ignored (as in tests/extract-check.py).  Prints each failure; exit 1
if any."""
import difflib
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, file):
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(HERE, file))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


extract = load('extract_check', 'extract-check.py')
pdfa = load('pdfa_check', 'pdfa-check.py')


def norm(s, rtl):
    s = re.sub(r'[\s\u00AD\u2010\u2011-]', '', s)
    if rtl:
        s = ''.join(c for c in s if c.isalnum())
    return s


def struct_read(path):
    """(roles, text) of a struct dump: the role of each element line, and
    the quoted texts in order."""
    roles, texts = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            body = line.strip()
            if not body:
                continue
            if body.startswith('"'):
                m = re.match(r'"((?:[^"\\]|\\.)*)"', body)
                if m:
                    texts.append(re.sub(r'\\(.)', r'\1', m.group(1)))
                continue
            roles.append(body.split()[0].rstrip(':'))
    return roles, texts


def check_order(dump, struct, reader, want_roles):
    errors = []
    roles, texts = struct_read(struct)
    blocks = extract.dump_blocks(dump, skip_footer=True)
    rtl = any(r for _, r in blocks)
    page = norm(''.join(texts), rtl)
    pos = 0
    for text, _ in blocks:
        want = norm(text, rtl)
        if not want:
            continue
        at = page.find(want, pos)
        if at >= 0:
            pos = at + len(want)
            continue
        window = page[pos:pos + 3 * len(want) + 200]
        m = difflib.SequenceMatcher(None, window, want, autojunk=False) \
            .find_longest_match(0, len(window), 0, len(want))
        if m.size >= 0.98 * len(want):
            pos += m.a + m.size
            continue
        # A block cut by a page break: pdf.js gives each page's tree on
        # its own, so its second part comes after the rest of the page.
        if m.b == 0 and m.size >= 0.2 * len(want) and \
                page.find(want[m.size:], pos + m.a + m.size) >= 0:
            pos += m.a + m.size
            continue
        errors.append('%s: not in the structure tree, or out of order: %s'
                      % (reader, text[:80]))
    for r in want_roles:
        if r not in roles:
            errors.append('%s: no %s element in the structure tree' %
                          (reader, r))
    return errors


def check_pdf(qpdf, path):
    doc = pdfa.Doc(path, qpdf)
    errors = []
    cat = doc.dict_of(doc.trailer.get('/Root'))
    if doc.dict_of(cat.get('/MarkInfo')).get('/Marked') is not True:
        errors.append('catalogue: no /MarkInfo << /Marked true >>')
    if doc.dict_of(cat.get('/ViewerPreferences')).get(
            '/DisplayDocTitle') is not True:
        errors.append('catalogue: no /DisplayDocTitle true')
    if pdfa.text(cat.get('/Lang')) in (None, ''):
        errors.append('catalogue: no /Lang')
    tree = doc.dict_of(cat.get('/StructTreeRoot'))
    if tree.get('/Type') != '/StructTreeRoot':
        return errors + ['catalogue: no StructTreeRoot']
    nums = doc.get(doc.dict_of(tree.get('/ParentTree')).get('/Nums')) or []
    parents = dict(zip(nums[0::2], nums[1::2]))
    for key, o in doc.objs.items():
        page = o.get('value')
        if not isinstance(page, dict) or page.get('/Type') != '/Page':
            continue
        if page.get('/Tabs') != '/S':
            errors.append('page %s: no /Tabs /S' % key)
        sp = page.get('/StructParents')
        contents = page.get('/Contents')
        if not isinstance(contents, list):
            contents = [contents]
        data = b'\n'.join(doc.data(c) for c in contents)
        mcids = [int(m) for m in re.findall(rb'/MCID (\d+)', data)]
        if mcids != list(range(len(mcids))):
            errors.append('page %s: MCIDs not 0, 1, 2...' % key)
        elems = doc.get(parents.get(sp)) if sp is not None else None
        if not isinstance(elems, list) or len(elems) != len(mcids):
            errors.append('page %s: the ParentTree does not name one '
                          'element per MCID' % key)
        for a in doc.get(page.get('/Annots')) or []:
            ad = doc.dict_of(a)
            if ad.get('/StructParent') not in parents:
                errors.append('page %s: an annotation outside the tree'
                              % key)
            if ad.get('/Subtype') == '/Widget':
                errors += check_widget(doc, key, a, ad,
                                       parents.get(ad.get('/StructParent')))
            elif '/Contents' not in ad:
                errors.append('page %s: an annotation without /Contents'
                              % key)
    errors += check_form_elements(doc)
    return errors


def objr_targets(doc, elem):
    """The objects that the OBJRs among an element's kids point to."""
    kids = doc.get(elem.get('/K'))
    if not isinstance(kids, list):
        kids = [kids]
    return [doc.dict_of(k).get('/Obj') for k in kids
            if doc.dict_of(k).get('/Type') == '/OBJR']


def check_widget(doc, page, ref, ad, parent):
    """A form field's widget (PDF/UA-1 7.18.1, 7.18.4): what it is in
    words (/TU, its own or its field's), in a Form element that holds it
    as an object reference."""
    errors = []
    field = doc.dict_of(ad.get('/Parent'))
    if not (pdfa.text(ad.get('/TU')) or pdfa.text(field.get('/TU'))):
        errors.append('page %s: a widget without /TU' % page)
    elem = doc.dict_of(parent)
    if elem.get('/S') != '/Form':
        errors.append('page %s: a widget whose ParentTree element is %s, '
                      'not Form' % (page, elem.get('/S')))
    elif ref not in objr_targets(doc, elem):
        errors.append('page %s: a widget that its Form element does not '
                      'hold' % page)
    return errors


def check_form_elements(doc):
    """Every Form element holds a widget (an OBJR): a Form element is for
    an AcroForm widget only (PDF/UA-1 7.18.4)."""
    errors = []
    for key, o in doc.objs.items():
        e = o.get('value')
        if not isinstance(e, dict) or e.get('/S') != '/Form':
            continue
        widgets = [t for t in objr_targets(doc, e)
                   if doc.dict_of(t).get('/Subtype') == '/Widget']
        if not widgets:
            errors.append('Form element %s: no OBJR to a widget' % key)
    return errors



def main(argv):
    if len(argv) >= 4 and argv[1] == '--pdf':
        errors = check_pdf(argv[2], argv[3])
    elif len(argv) >= 4:
        errors = check_order(argv[1], argv[2], argv[3], argv[4:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
