# re: errors -- re.error/PatternError messages, positions, line/column
# information, and TypeError/ValueError/OverflowError cases.
import re


def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pattern)
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__, e)


err('(')
err('(a')
err('a)')
err('a)b)')
err('*')
err('a**')
err(r'\q')
err('\\')
err('(?<x')
err('[')
err('[a')
err('[]')
err('[z-a]')
err(r'[\w-z]')
err(r'[a-\d]')
err(r'[\A]')
err(r'[\x5a-\x41]')
err(r'\x4')
err(r'\xg')
err(r'\u12')
err(r'\U00110000')
err(r'\N')
err(r'\N{')
err(r'\777')
err(r'[\777]')
err(r'\8')
err(r'(a)\2')
err(r'(a\1)')
err(r'\z')
err(r'\G')
err('(?P<a>x)(?P<a>y)')
err('(?P<1a>x)')
err('(?P=b')
err('(?P>a)')
err('(?#abc')
err('(?(1)a|b|c)')
err('(?<=a|bc)')
err('a{2,1}')
err('(?i)a(?m)')

# Positions in patterns that span several lines.
err('a\n(b')
err('ab\ncd)')
err('(?x)\n  a\n  [b\n')
err('one\ntwo\n\\q')
err(b'a\n(')
err(b'[\n')

# The error class itself.
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.pos, e.msg, repr(e.pattern), e.args)
e = re.error('msg')
print(e, e.lineno, e.colno, e.pos, e.msg, e.pattern, e.args)
e = re.error('plain', 'abc', 1)
print(e, e.lineno, e.colno)
e = re.error('bytes', b'a\nb', 2)
print(e, e.lineno, e.colno)
print(isinstance(e, Exception), re.PatternError is re.error)
try:
    re.compile('(')
except Exception as exc:
    print(type(exc).__name__, type(exc).__module__, isinstance(exc, re.error))

# Other exception types.
err('a{99999999999}')
err('a{1,4294967295}')
err('a', re.A | re.U)
err('a', re.L)
err(b'a', re.U)
err(b'a', re.L | re.A)
err('(?a)(?u)')
err('(?a)(?u))')
for f, args in [(re.compile, (12,)), (re.match, ('a', 5)), (re.compile, (re.compile('x'), re.I)),
                (re.sub, ('a', 3, 'a')), (re.compile('x').search, ('x', 'y'))]:
    try:
        f(*args)
    except Exception as exc:
        print(type(exc).__name__, exc)

# FutureWarnings about possible future set syntax, attributed to the caller.
import os
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for p in ['[[a]', '[^[a]', '[a&&b]', '[a||b]', '[a~~b]', '[a-z--]', '[%--]']:
        re.compile(p)
for w in caught:
    print(w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)
