# Debug tracing of the shlex lexer at levels 1 to 3.
import shlex, io
for d in (1, 2, 3):
    l = shlex.shlex('a "b c" d#x\ne', posix=True)
    l.debug = d
    print(list(l))
    l = shlex.shlex('a ;b', posix=False, punctuation_chars=True)
    l.debug = d
    l.push_token('t')
    print(list(l))
l = shlex.shlex('x')
l = shlex.shlex('x "unterminated')
l.debug = 3
try:
    print(list(l))
except ValueError as e:
    print(type(e).__name__, e)
l = shlex.shlex('x \\', posix=True)
l.debug = 3
try:
    print(list(l))
except ValueError as e:
    print(type(e).__name__, e)
l = shlex.shlex('p q', infile='named.txt')
l.debug = 1
l.push_source('inner', 'inner.txt')
l.debug = 0
print(l.infile, l.get_token(), l.get_token(), l.infile)
