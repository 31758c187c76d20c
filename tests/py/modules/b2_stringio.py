# io.StringIO: reading, writing, seeking, truncating, newline handling, closed state, errors.
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO('alpha\nbeta\ngamma')
print(s.tell(), s.read(3), s.tell(), s.readline(), s.readline(-1), s.readline(2), s.read())
print(repr(s.read()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines(), s.seek(6), s.readlines(1))
s.seek(0)
print(list(s), [x for x in io.StringIO('')])
s = io.StringIO('abc')
print(s.getvalue(), s.tell(), s.write('XY'), s.getvalue(), s.tell())
s = io.StringIO('abcdef')
s.seek(2)
print(s.write('Z'), s.getvalue(), s.read(), s.tell())
print(s.seek(10), s.write('!'), repr(s.getvalue()), len(s.getvalue()))
s = io.StringIO()
print(s.write('hello world'), s.seek(5), s.truncate(), s.getvalue(), s.tell())
print(s.truncate(2), s.getvalue(), s.tell(), s.write('p'), repr(s.getvalue()))
print(s.seek(0, io.SEEK_END), s.seek(0, 0), s.seek(0, 1))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(-1))
t(lambda: s.seek(0, 3))
t(lambda: s.truncate(-1))
t(lambda: s.write(b'bytes'))
t(lambda: s.write(5))
t(lambda: io.StringIO(b'abc'))
t(lambda: io.StringIO(5))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.isatty(), s.line_buffering)
t(lambda: s.fileno())
s.close()
s.close()
print(s.closed)
t(lambda: iter(s))
for f in (s.read, lambda: s.write('x'), s.getvalue, s.tell, lambda: s.seek(0), s.readable, lambda: next(s)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, str(e).startswith('I/O operation on closed file'))

for nl in ['\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()))
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    print(repr(nl), repr(s.getvalue()), s.newlines)

with io.StringIO('ctx') as s:
    print(s.read(), s.closed)
print(s.closed)
s = io.StringIO('l1\nl2\n')
s.writelines(['a', 'b\n'])
print(repr(s.getvalue()), s.tell())
t(lambda: s.writelines([1]))
t(lambda: s.writelines(5))
s = io.StringIO('h\u00e9llo \u20ac \U0001f600!')
print(s.read(2), s.tell(), s.read(), len(s.getvalue()))
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), type(s).__name__)
print('world', file=s)
print(repr(s.getvalue()[-7:]))
class Sub(io.StringIO):
    def write(self, x):
        return super().write(x.upper())
u = Sub()
print('shout', 1, file=u)
print(repr(u.getvalue()))
