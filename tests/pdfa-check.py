#!/usr/bin/env python3
"""pdfa-check.py: the PDF/A-2 checks that thbdoc's PDFs must pass.

No free PDF/A validator runs on Debian 12 (veraPDF is not packaged), so
the rules of ISO 19005-2 that thbdoc's files can break are checked here,
on the objects as qpdf reads them (qpdf --json) and on the content
streams; a file that claims level A is checked for the structure level A
adds (6.7).  README.md ("Archival PDF") lists them.

Usage: pdfa-check.py [--qpdf QPDF] FILE.pdf...
Prints one line per failed rule and exits 1 when any failed.
"""
import base64
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = {
    'x': 'adobe:ns:meta/',
    'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    'pdfaid': 'http://www.aiim.org/pdfa/ns/id/',
    'dc': 'http://purl.org/dc/elements/1.1/',
    'pdf': 'http://ns.adobe.com/pdf/1.3/',
    'xmp': 'http://ns.adobe.com/xap/1.0/',
}
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


class Doc:
    """The objects of a PDF, as qpdf's JSON (version 2) gives them."""

    def __init__(self, path, qpdf):
        out = subprocess.run(
            [qpdf, '--json=2', '--json-key=qpdf', '--json-stream-data=inline',
             '--decode-level=generalized', path],
            check=True, capture_output=True).stdout
        objs = json.loads(out)['qpdf'][1]
        self.trailer = objs.pop('trailer')['value']
        self.objs = {k[4:]: v for k, v in objs.items()}

    def get(self, v):
        """v resolved if it is a reference: a value, or a stream."""
        if isinstance(v, str) and re.fullmatch(r'\d+ \d+ R', v):
            o = self.objs.get(v)
            if o is None:
                return None
            return o['stream'] if 'stream' in o else o['value']
        return v

    def dict_of(self, v):
        """The dictionary of a dictionary or of a stream."""
        v = self.get(v)
        if isinstance(v, dict) and 'dict' in v and 'data' in v:
            return v['dict']
        return v if isinstance(v, dict) else {}

    def data(self, v):
        s = self.get(v)
        return base64.b64decode(s['data']) if s and 'data' in s else b''

    def streams(self):
        for k, o in self.objs.items():
            if 'stream' in o:
                yield k, o['stream']

    def values(self):
        """Every dictionary in the file, direct ones included."""
        def walk(v):
            if isinstance(v, dict):
                yield v
                for w in v.values():
                    yield from walk(w)
            elif isinstance(v, list):
                for w in v:
                    yield from walk(w)
        for o in self.objs.values():
            if 'stream' in o:
                yield from walk(o['stream']['dict'])
            else:
                yield from walk(o['value'])


def text(v):
    """A PDF string from qpdf's JSON, as text."""
    if isinstance(v, str) and v.startswith('u:'):
        return v[2:]
    if isinstance(v, str) and v.startswith('b:'):
        b = bytes.fromhex(v[2:])
        if b.startswith(b'\xfe\xff'):
            return b[2:].decode('utf-16-be')
        return b.decode('latin-1')
    return None


def pdf_date_to_xmp(d):
    """D:20231114221320Z00'00' -> 2023-11-14T22:13:20Z."""
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)"
                     r"(Z(00'00'?)?|[+-]\d\d'\d\d'?)?", d or '')
    if m is None:
        return None
    tz = m.group(7) or 'Z'
    if not tz.startswith('Z'):
        tz = tz[:3] + ':' + tz[4:6]
    else:
        tz = 'Z'
    return '%s-%s-%sT%s:%s:%s%s' % (m.groups()[:6] + (tz,))


def check_header(path, fail):
    with open(path, 'rb') as f:
        head = f.read(64)
    m = re.match(rb'%PDF-1\.[0-7]\r?\n%(....)', head, re.S)
    if m is None or any(b < 128 for b in m.group(1)):
        fail('6.1.2 header: %PDF-1.n then a comment of 4 bytes above 127')


def check_trailer(doc, fail):
    t = doc.trailer
    ids = t.get('/ID')
    # qpdf's JSON gives a string as "b:" and its hex bytes, or as "u:"
    # and its text when the bytes read as text (random bytes sometimes
    # do: PDFDocEncoding one byte a character, or UTF-16BE after FE FF)
    def sixteen(i):
        if not isinstance(i, str):
            return False
        if i.startswith('b:'):
            return len(i) == 34
        return i.startswith('u:') and 1 <= len(i[2:]) <= 16
    if not (isinstance(ids, list) and len(ids) == 2 and
            all(sixteen(i) for i in ids)):
        fail('6.1.3 trailer: /ID of two 16-byte strings')
    if '/Encrypt' in t:
        fail('6.1.3 trailer: /Encrypt')


def xmp_prop(desc, name, kind=None):
    e = desc.find(name, NS)
    if e is None:
        # a simple property may be an attribute of rdf:Description
        prefix, local = name.split(':')
        if kind is None:
            return desc.get('{%s}%s' % (NS[prefix], local))
        return None
    if kind is None:
        return e.text
    li = e.find('rdf:%s/rdf:li' % kind, NS)
    if li is None:
        return None
    if kind == 'Alt' and li.get(XML_LANG) != 'x-default':
        return None
    return li.text


def check_metadata(doc, cat, fail):
    md = cat.get('/Metadata')
    d = doc.dict_of(md)
    if d.get('/Type') != '/Metadata' or d.get('/Subtype') != '/XML':
        fail('6.6.2.1 catalog: /Metadata stream of /Type /Metadata, '
             '/Subtype /XML')
        return
    # PDF/A-2 allows a filter on it (PDF/A-1's 6.7.2 did not): qpdf
    # decodes it, and a filter it cannot decode fails below.
    if d.get('/Filter') not in (None, '/FlateDecode'):
        fail('6.6.2.1 metadata stream: /FlateDecode or no filter')
    raw = doc.data(md)
    head = re.match(rb'<\?xpacket ([^?]*)\?>', raw)
    if head is None or re.search(rb'\b(bytes|encoding)=', head.group(1)):
        fail('6.6.2.1 XMP: an xpacket header without bytes= or encoding=')
    try:
        root = ET.fromstring(raw.decode('utf-8'))
    except (ET.ParseError, UnicodeDecodeError) as e:
        fail('6.6.2.1 XMP: not well-formed XML (%s)' % e)
        return
    descs = root.findall('.//rdf:Description', NS)
    if len(descs) != 1:
        fail('XMP: one rdf:Description expected, found %d' % len(descs))
        return
    desc = descs[0]
    if xmp_prop(desc, 'pdfaid:part') != '2':
        fail('6.6.4 XMP: pdfaid:part is not 2')
    if xmp_prop(desc, 'pdfaid:conformance') not in ('A', 'B', 'U'):
        fail('6.6.4 XMP: pdfaid:conformance is not A, B or U')
    info = doc.dict_of(doc.trailer.get('/Info'))
    pairs = [('/Title', 'dc:title', 'Alt'), ('/Author', 'dc:creator', 'Seq'),
             ('/Subject', 'dc:description', 'Alt'),
             ('/Creator', 'xmp:CreatorTool', None),
             ('/Producer', 'pdf:Producer', None)]
    for key, prop, kind in pairs:
        a, b = text(info.get(key)), xmp_prop(desc, prop, kind)
        if a != b:
            fail('6.6.3 Info %s (%r) and XMP %s (%r) differ' %
                 (key, a, prop, b))
    for key, prop in (('/CreationDate', 'xmp:CreateDate'),
                      ('/ModDate', 'xmp:ModifyDate')):
        a, b = pdf_date_to_xmp(text(info.get(key))), xmp_prop(desc, prop)
        if a != b:
            fail('6.6.3 Info %s (%r) and XMP %s (%r) differ' %
                 (key, a, prop, b))
    lang = text(cat.get('/Lang'))
    langs = [li.text for li in desc.findall('dc:language/rdf:Bag/rdf:li', NS)]
    if lang is None or lang not in langs:
        fail('XMP dc:language %r does not name the catalog /Lang %r' %
             (langs, lang))


def check_output_intent(doc, cat, fail):
    ois = doc.get(cat.get('/OutputIntents')) or []
    pdfa = [doc.dict_of(o) for o in ois
            if doc.dict_of(o).get('/S') == '/GTS_PDFA1']
    if len(pdfa) != 1:
        fail('6.2.3 catalog: one /OutputIntents entry of /S /GTS_PDFA1')
        return
    prof = pdfa[0].get('/DestOutputProfile')
    icc = doc.data(prof)
    if doc.dict_of(prof).get('/N') != 3 or len(icc) < 128 or \
            icc[36:40] != b'acsp' or icc[16:20] != b'RGB ' or \
            icc[12:16] not in (b'mntr', b'prtr') or icc[8] > 4:
        fail('6.2.3 output intent: an RGB ICC profile (/N 3, version 2 '
             'to 4, class mntr or prtr)')


def check_fonts(doc, fail):
    for d in doc.values():
        if d.get('/Type') != '/Font':
            continue
        sub = d.get('/Subtype')
        name = d.get('/BaseFont', '?')
        if sub == '/Type0':
            if '/ToUnicode' not in d:
                fail('6.2.11.7 font %s: no /ToUnicode' % name)
            for df in doc.get(d.get('/DescendantFonts')) or []:
                cid = doc.dict_of(df)
                if cid.get('/Subtype') == '/CIDFontType2' and \
                        '/CIDToGIDMap' not in cid:
                    fail('6.2.11.3 font %s: no /CIDToGIDMap' % name)
                fd = doc.dict_of(cid.get('/FontDescriptor'))
                if not any(k in fd for k in ('/FontFile2', '/FontFile3')):
                    fail('6.2.11.4 font %s: not embedded' % name)
        elif sub != '/Type3':
            fd = doc.dict_of(d.get('/FontDescriptor'))
            if not any(k in fd for k in ('/FontFile', '/FontFile2',
                                         '/FontFile3')):
                fail('6.2.11.4 font %s: not embedded' % name)


def check_annotations_actions(doc, fail):
    for d in doc.values():
        if d.get('/Type') == '/Annot' or d.get('/Subtype') == '/Link':
            f = d.get('/F', 0)
            if not f & 4 or f & (1 | 2 | 32):
                fail('6.3.2 annotation: /F must have Print and not '
                     'Invisible, Hidden or NoView (is %r)' % f)
            if d.get('/Subtype') not in ('/Link', '/Popup') and \
                    '/AP' not in d:
                fail('6.3.3 annotation %s: no appearance' %
                     d.get('/Subtype'))
        if '/AA' in d or '/JS' in d or '/JavaScript' in d:
            fail('6.5/6.6.1: additional actions or JavaScript')
        if d.get('/S') in ('/JavaScript', '/Launch', '/ImportData',
                           '/ResetForm', '/Sound', '/Movie', '/Hide'):
            fail('6.6.1 forbidden action %s' % d.get('/S'))


def is_stream(doc, v):
    s = doc.get(v)
    return isinstance(s, dict) and 'dict' in s and 'data' in s


def check_form(doc, cat, fail):
    """6.4.1: a form whose widgets all have their appearance: no
    NeedAppearances true, and (6.3.3) each widget an /AP whose /N is a
    stream, or for a button a dictionary of its states' streams, /AS one
    of them; every widget in a field of the AcroForm's /Fields."""
    acro = doc.dict_of(cat.get('/AcroForm'))
    if acro.get('/NeedAppearances') is True:
        fail('6.4.1 AcroForm: NeedAppearances true')
    if '/XFA' in acro:
        fail('6.4.2 AcroForm: XFA')
    fields = set()

    def walk(ref):
        if ref in fields:
            return
        fields.add(ref)
        for k in doc.get(doc.dict_of(ref).get('/Kids')) or []:
            walk(k)
    for f in doc.get(acro.get('/Fields')) or []:
        walk(f)
    for k, o in doc.objs.items():
        d = o.get('value')
        if not isinstance(d, dict) or d.get('/Subtype') != '/Widget':
            continue
        if k not in fields:
            fail('widget %s: not a field of the AcroForm' % k)
        ft = d.get('/FT') or doc.dict_of(d.get('/Parent')).get('/FT')
        n = doc.dict_of(d.get('/AP')).get('/N')
        if n is None:
            fail('6.3.3 widget %s: no /AP /N' % k)
        elif ft == '/Btn':
            states = doc.dict_of(n)
            if is_stream(doc, n) or not states or \
                    not all(is_stream(doc, v) for v in states.values()):
                fail('6.3.3 widget %s (button): /AP /N is not a '
                     'dictionary of appearance streams' % k)
            elif d.get('/AS') not in states:
                fail('6.3.3 widget %s (button): /AS names no state of '
                     '/AP /N' % k)
        elif not is_stream(doc, n):
            fail('6.3.3 widget %s: /AP /N is not a stream' % k)


def check_transparency(doc, fail):
    for d in doc.values():
        if d.get('/Type') == '/ExtGState' or '/SMask' in d or '/CA' in d:
            if d.get('/SMask', '/None') != '/None' or \
                    d.get('/CA', 1) != 1 or d.get('/ca', 1) != 1 or \
                    d.get('/BM', '/Normal') not in ('/Normal',
                                                    '/Compatible'):
                fail('transparency: thbdoc draws none')
        g = d.get('/Group')
        if isinstance(g, (dict, str)) and \
                doc.dict_of(g).get('/S') == '/Transparency':
            fail('transparency group: thbdoc draws none')


def check_streams(doc, fail):
    for k, s in doc.streams():
        d = s['dict']
        if any(x in d for x in ('/F', '/FFilter', '/FDecodeParms')):
            fail('6.1.7 stream %s: external file keys' % k)
        flt = d.get('/Filter')
        if flt == '/LZWDecode' or (isinstance(flt, list) and
                                   '/LZWDecode' in flt):
            fail('6.1.7 stream %s: LZW' % k)


# ---- content streams: every glyph has a text (level U) ----

TOKEN = re.compile(rb'''
    (?P<ws>[\x00\t\n\x0c\r ]+|%[^\r\n]*)
  | (?P<str>\()
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<dopen><<) | (?P<dclose>>>)
  | (?P<aopen>\[) | (?P<aclose>\])
  | (?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)
  | (?P<num>[+-]?(\d+\.?\d*|\.\d+))
  | (?P<op>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+)
''', re.X)


def literal(b, i):
    """The literal string that starts after the '(' at b[i - 1]."""
    out, depth = bytearray(), 1
    esc = {ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8,
           ord('f'): 12}
    while i < len(b):
        c = b[i]
        if c == 0x5C:  # backslash
            i += 1
            c = b[i]
            if c in esc:
                out.append(esc[c])
            elif 0x30 <= c <= 0x37:
                j = i
                while j < i + 3 and j < len(b) and 0x30 <= b[j] <= 0x37:
                    j += 1
                out.append(int(b[i:j], 8) & 0xFF)
                i = j - 1
            elif c == 13:
                if i + 1 < len(b) and b[i + 1] == 10:
                    i += 1
            elif c != 10:
                out.append(c)
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(c)
        else:
            out.append(c)
        i += 1
    raise ValueError('unterminated string')


def tokens(b):
    i = 0
    while i < len(b):
        m = TOKEN.match(b, i)
        if m is None:
            raise ValueError('content stream: cannot read at %d' % i)
        kind = m.lastgroup
        if kind == 'str':
            s, i = literal(b, m.end())
            yield 'str', s
            continue
        i = m.end()
        if kind == 'hex':
            yield 'str', bytes.fromhex(re.sub(rb'\s', b'', m.group()[1:-1])
                                       .decode() + ('0' if len(re.sub(
                                           rb'\s', b'', m.group()[1:-1]))
                                           % 2 else ''))
        elif kind != 'ws':
            yield kind, m.group()


def tounicode_codes(cmap):
    codes = set()
    for blk in re.findall(rb'beginbfchar(.*?)endbfchar', cmap, re.S):
        for src in re.findall(rb'<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]*>', blk):
            codes.add(int(src, 16))
    for blk in re.findall(rb'beginbfrange(.*?)endbfrange', cmap, re.S):
        for a, b in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*'
                               rb'(?:<[0-9A-Fa-f]*>|\[[^\]]*\])', blk):
            codes.update(range(int(a, 16), int(b, 16) + 1))
    return codes


def check_glyph_texts(doc, fail):
    """Level U (6.2.11.7.2): every glyph shown maps to Unicode."""
    for k, o in doc.objs.items():
        page = o.get('value')
        if not isinstance(page, dict) or page.get('/Type') != '/Page':
            continue
        res = doc.dict_of(page.get('/Resources'))
        fonts = doc.dict_of(res.get('/Font'))
        maps = {}
        for name, ref in fonts.items():
            f = doc.dict_of(ref)
            maps[name] = tounicode_codes(doc.data(f.get('/ToUnicode')))
        contents = page.get('/Contents')
        if not isinstance(contents, list):
            contents = [contents]
        data = b'\n'.join(doc.data(c) for c in contents)
        font, stack, missing = None, [], set()
        for kind, v in tokens(data):
            if kind != 'op':
                stack.append((kind, v))
                continue
            if v == b'Tf' and len(stack) >= 2:
                font = stack[-2][1].decode()
            elif v in (b'Tj', b'TJ', b"'", b'"'):
                for sk, s in stack:
                    if sk != 'str':
                        continue
                    for i in range(0, len(s) - 1, 2):
                        code = s[i] << 8 | s[i + 1]
                        if code not in maps.get(font, ()):
                            missing.add((font, code))
            stack = []
        for font, code in sorted(missing):
            fail('6.2.11.7.2 page %s: glyph %04X of font %s has no '
                 'Unicode in its ToUnicode map' % (k, code, font))


STANDARD_TYPES = {
    'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption',
    'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'P', 'H', 'H1', 'H2',
    'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH',
    'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference',
    'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu',
    'WT', 'WP', 'Figure', 'Formula', 'Form'}
PAINT = {b'Tj', b'TJ', b"'", b'"', b'f', b'F', b'f*', b'B', b'B*', b'b',
         b'b*', b'S', b's', b'sh', b'Do', b'BI'}


def check_level_a(doc, cat, fail):
    """Level A (6.7): a tagged PDF: marked, a structure tree of standard
    types, every painted thing either in the tree (marked content with an
    MCID) or an artifact, a natural language, alternate text for every
    figure, and each TH a /Scope."""
    if doc.dict_of(cat.get('/MarkInfo')).get('/Marked') is not True:
        fail('6.7.2.2 catalogue: no /MarkInfo << /Marked true >>')
    tree = doc.dict_of(cat.get('/StructTreeRoot'))
    if tree.get('/Type') != '/StructTreeRoot':
        fail('6.7.3.1 catalogue: no structure tree')
        return
    if text(cat.get('/Lang')) in (None, ''):
        fail('6.7.4 catalogue: no /Lang')
    role_map = doc.dict_of(tree.get('/RoleMap'))
    for o in doc.objs.values():
        e = o.get('value')
        if not isinstance(e, dict) or '/S' not in e or '/P' not in e or \
                e.get('/Type') in ('/Annot', '/Page'):
            continue
        s = e['/S'][1:] if isinstance(e['/S'], str) else ''
        if s not in STANDARD_TYPES and '/' + s not in role_map:
            fail('6.7.3.4 structure type %s is neither standard nor '
                 'role-mapped' % s)
        if s == 'Figure' and text(e.get('/Alt')) in (None, ''):
            fail('6.7.3 a Figure without /Alt')
        if s == 'TH':
            a = doc.dict_of(e.get('/A'))
            if a.get('/Scope') not in ('/Row', '/Column', '/Both'):
                fail('a TH without /Scope (Row, Column or Both)')
    for k, o in doc.objs.items():
        page = o.get('value')
        if not isinstance(page, dict) or page.get('/Type') != '/Page':
            continue
        contents = page.get('/Contents')
        if not isinstance(contents, list):
            contents = [contents]
        data = b'\n'.join(doc.data(c) for c in contents)
        marks, stack, loose = [], [], 0
        for kind, v in tokens(data):
            if kind != 'op':
                stack.append((kind, v))
                continue
            if v == b'BDC':
                props = b' '.join(x[1] for x in stack if x[0] != 'str')
                tag = stack[0][1] if stack else b''
                marks.append(b'/MCID' in props or tag == b'/Artifact')
            elif v == b'BMC':
                marks.append(bool(stack) and stack[0][1] == b'/Artifact')
            elif v == b'EMC':
                if marks:
                    marks.pop()
            elif v in PAINT and not any(marks):
                loose += 1
            stack = []
        if loose:
            fail('6.7.2.2 page %s: %d painting operators neither in the '
                 'structure tree nor artifacts' % (k, loose))


def check(path, qpdf):
    errors = []

    def fail(msg):
        errors.append(msg)

    check_header(path, fail)
    doc = Doc(path, qpdf)
    cat = doc.dict_of(doc.trailer.get('/Root'))
    check_trailer(doc, fail)
    check_metadata(doc, cat, fail)
    check_output_intent(doc, cat, fail)
    check_fonts(doc, fail)
    check_annotations_actions(doc, fail)
    check_form(doc, cat, fail)
    check_transparency(doc, fail)
    check_streams(doc, fail)
    check_glyph_texts(doc, fail)
    xmp = doc.data(cat.get('/Metadata'))
    level = re.search(rb'pdfaid:conformance(?:="|>)([ABU])', xmp)
    if level and level.group(1) == b'A':
        check_level_a(doc, cat, fail)
    return errors


def main(argv):
    qpdf = 'qpdf'
    if len(argv) > 2 and argv[1] == '--qpdf':
        qpdf = argv[2]
        argv = argv[2:]
    bad = 0
    for path in argv[1:]:
        for e in check(path, qpdf):
            print('%s: PDF/A: %s' % (path, e))
            bad = 1
    return bad


if __name__ == '__main__':
    sys.exit(main(sys.argv))
