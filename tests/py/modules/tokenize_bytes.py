# tokenize() on bytes, detect_encoding(), open() and untokenize().
import io
import os
import tokenize


def de(data):
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print(type(e).__name__, e)


for data in [b'', b'x=1\n', b'\xef\xbb\xbfx=1\n', b'# -*- coding: latin-1 -*-\nx\n',
             b'\n# coding=utf_8\n', b'#!/usr/bin/python\n# vim: set fileencoding=Latin-1 :\n',
             b'x\n# coding: latin-1\n', b'# coding: nosuch\n', b'\xef\xbb\xbf# coding: latin-1\n',
             b'\xef\xbb\xbf# coding: utf-8\n', b'# \xff\n', b'#coding:UTF-8-sig\n',
             b'  \n  \n# coding: latin-1\n', b'\xef\xbb\xbf', b'# coding: iso_8859_1\n']:
    de(data)

toks = list(tokenize.tokenize(io.BytesIO('# coding: latin-1\nx = "\xe9"\n'.encode('latin-1')).readline))
for t in toks:
    print(t)
print(tokenize.untokenize(toks))
print(list(tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfa\n').readline))[:2])

fn = '/tmp/tokenize_bytes_%d.py' % os.getpid()
with open(fn, 'wb') as f:
    f.write('# coding: latin-1\ns = "\xe9"\n'.encode('latin-1'))
with tokenize.open(fn) as f:
    print(f.encoding, f.mode, repr(f.read()))
with open(fn, 'rb') as f:
    try:
        print(tokenize.detect_encoding(f.readline))
    except SyntaxError as e:
        print(e)
with open(fn, 'wb') as f:
    f.write(b'# coding: bogus\n')
with open(fn, 'rb') as f:
    try:
        tokenize.detect_encoding(f.readline)
    except SyntaxError as e:
        print(type(e).__name__, str(e).replace(fn, 'FILE'))
os.remove(fn)

SOURCES = [
    'x = 1 \\\n  + 2\n', 'if x:\n  y\n  z = [1,\n    2]\nw\n', 'print("a"  "b", f"x""c" f"y")\n',
    "f'{{}}{x}}}a\\N{BULLET}{{'\n", "def f(a, *, b=2):\n    '''doc'''\n    return a  # c\n",
    'a\r\nb \\\r\n c\r\n', "x = f'''\n{a!r:>{w}}\n'''\n",
]
for src in SOURCES:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    print(repr(full), full == src)
    print(repr(tokenize.untokenize(t[:2] for t in toks)))
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), 'a'), (tokenize.NAME, 'b', (1, 0), (1, 1), 'b')])
except ValueError as e:
    print('ValueError', e)
u = tokenize.Untokenizer()
print(repr(u.untokenize([(tokenize.NAME, 'x'), (tokenize.OP, '='), (tokenize.NUMBER, '1')])))
