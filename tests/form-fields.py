#!/usr/bin/env python3
"""form-fields.py [--qpdf QPDF] FILE.pdf: the fields of a PDF's AcroForm as
qpdf reads them (qpdf --json), one line per field, in /Fields order:
    NAME TYPE VALUE WIDGETS "TU"
TYPE is /FT without its slash (Tx, Btn), VALUE the field's /V (a name
without its slash, a text, or - when it has none), WIDGETS how many
widgets it has, TU what a screen reader announces for the field.
Exit 1 when the file has no AcroForm."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    'pdfa_check', os.path.join(HERE, 'pdfa-check.py'))
pdfa = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdfa)


def value(v):
    if isinstance(v, str) and v.startswith('/'):
        return v[1:]
    t = pdfa.text(v)
    return '-' if t is None else t


def main(argv):
    qpdf = 'qpdf'
    if len(argv) > 2 and argv[1] == '--qpdf':
        qpdf = argv[2]
        argv = argv[2:]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    doc = pdfa.Doc(argv[1], qpdf)
    cat = doc.dict_of(doc.trailer.get('/Root'))
    acro = doc.dict_of(cat.get('/AcroForm'))
    if not acro:
        print('%s: no AcroForm' % argv[1])
        return 1
    for ref in doc.get(acro.get('/Fields')) or []:
        f = doc.dict_of(ref)
        kids = doc.get(f.get('/Kids')) or []
        print('%s %s %s %d "%s"' % (
            pdfa.text(f.get('/T')), value(f.get('/FT')),
            value(f.get('/V')), len(kids) or 1,
            pdfa.text(f.get('/TU')) or ''))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
