#!/usr/bin/env python3
"""diag-args.py SRCDIR: every call diag_add(list, CODE, file, line, col,
ARGS...) in SRCDIR/*.c passes as many arguments as CODE's English format
in diag.c has conversions (diag.h: the arguments are fixed by the
catalogue row).  A call whose code is not a constant (or a choice of
constants with ?:) is listed and must be in KNOWN_VARIABLE.  Every format
of the catalogue takes only %s and %N$s conversions.  And the names follow
the one scheme of HACKING ("Warnings and errors"): a diagnostic is
ERR_AREA_WHAT or WARN_AREA_WHAT with AREA from the list below; a case
warning of the phase model is WARN_PHASE_WHAT, its public code the same
words in lower case joined by hyphens.  Exit 1 on a mismatch."""
import os, re, sys

src = sys.argv[1]
# Calls whose code is computed: each checked by hand, and by the
# arguments their helper forwards.
KNOWN_VARIABLE = {
    ('check_po.c', 'code'),         # report(): a, b, c, rows of <= 3
    ('layout.c', 'code'),           # report(): [arg,] language, excerpt
    ('po_read.c', 'code'),          # fail(): ERR_PO_*, one argument
    ('xml_read.c', 'o->schema_code'),   # a schema row, one argument
}

def c_strings(s):
    out = []
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', s):
        out.append(m.group(1))
    return ''.join(out)

table = open(os.path.join(src, 'diag.c'), encoding='utf-8').read()
rows = {}
for m in re.finditer(r'\[(\w+)\]\s*=\s*\{\s*DIAG_\w+,\s*\w+,\s*(?:/\*.*?\*/\s*)?N_\((.*?)\)\s*\}', table, re.S):
    rows[m.group(1)] = c_strings(m.group(2))

def nargs(fmt):
    fmt = fmt.replace('%%', '')
    conv = re.findall(r'%(\d\$)?(.)', fmt)
    n = 0
    for num, c in conv:
        if c != 's':
            raise ValueError('not %s: ' + fmt)
        n = max(n, int(num[0])) if num else n + 1
    return n

bad = 0
for code, fmt in rows.items():
    try:
        nargs(fmt)
    except ValueError as e:
        print('diag.c:', code, e); bad += 1

def split_args(s):
    args, depth, cur, q = [], 0, '', None
    i = 0
    while i < len(s):
        c = s[i]
        if q:
            cur += c
            if c == '\\': cur += s[i + 1]; i += 1
            elif c == q: q = None
        elif c in '"\'':
            q = c; cur += c
        elif c in '([{':
            depth += 1; cur += c
        elif c in ')]}':
            depth -= 1; cur += c
        elif c == ',' and depth == 0:
            args.append(cur.strip()); cur = ''
        else:
            cur += c
        i += 1
    if cur.strip(): args.append(cur.strip())
    return args

calls = 0
for name in sorted(os.listdir(src)):
    if not name.endswith('.c') or name == 'diag.c':
        continue
    text = open(os.path.join(src, name), encoding='utf-8').read()
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    for m in re.finditer(r'\bdiag_add\s*\(', text):
        i, depth = m.end(), 1
        while depth:
            depth += {'(': 1, ')': -1}.get(text[i], 0)
            i += 1
        args = split_args(text[m.end():i - 1])
        if len(args) < 5:
            continue            # the prototype or the definition
        calls += 1
        codes = re.findall(r'\b((?:ERR|WARN)_\w+)\b', args[1])
        line = text.count('\n', 0, m.start()) + 1
        if not codes or not re.fullmatch(r'[\w\s?:()!=<>&|.\->]*', args[1]):
            if (name, args[1]) not in KNOWN_VARIABLE:
                print(f'{name}:{line}: code not a constant: {args[1]}')
                bad += 1
            continue
        for code in codes:
            if code not in rows:
                print(f'{name}:{line}: {code} not in the catalogue'); bad += 1
            elif nargs(rows[code]) != len(args) - 5:
                print(f'{name}:{line}: {code} takes {nargs(rows[code])} '
                      f'argument(s), the call passes {len(args) - 5}')
                bad += 1
# The one family of warning and error names.
AREAS = {'FILE', 'XML', 'DIR', 'CASE', 'DATA', 'FONT', 'LAYOUT', 'PDF',
         'OUTPUT', 'CATALOG', 'LANGUAGE', 'TMPL', 'DOC', 'DISTRICT', 'PO',
         'LEAFLET', 'CARD', 'DIAG'}
header = open(os.path.join(src, 'diag.h'), encoding='utf-8').read()
enum = header[header.index('enum diag_code {'):header.index('DIAG__MAX')]
enum = re.sub(r'/\*.*?\*/', '', enum, flags=re.S)
codes = re.findall(r'\b([A-Z][A-Z0-9_]*),', enum)
for code in codes:
    m = re.fullmatch(r'(ERR|WARN)_([A-Z]+)_[A-Z0-9_]+', code)
    if not m or m.group(2) not in AREAS:
        print(f'diag.h: {code} is not ERR_AREA_WHAT or WARN_AREA_WHAT '
              f'with an AREA of HACKING'); bad += 1
phase = open(os.path.join(src, 'phase.c'), encoding='utf-8').read()
warnings = re.findall(r'\[(WARN_PHASE_\w+)\]\s*=\s*\{\s*"([a-z0-9-]+)"', phase)
if not warnings:
    print('phase.c: no table of case warnings found'); bad += 1
for name, public in warnings:
    if name != 'WARN_PHASE_' + public.upper().replace('-', '_'):
        print(f'phase.c: {name} is named "{public}" in the output'); bad += 1
print(f'{len(rows)} rows, {calls} calls, {len(codes)} diagnostic names, '
      f'{len(warnings)} case warnings, {bad} problems')
sys.exit(1 if bad else 0)
