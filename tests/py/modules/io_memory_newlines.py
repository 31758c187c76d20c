# StringIO newline modes, .newlines, and BytesIO argument checks.
import io
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
    t = io.StringIO(newline=nl)
    print(repr(nl), t.write('x\ny\r\nz\r'), repr(t.getvalue()), t.newlines)
    t.seek(0)
    print(repr(nl), [t.readline() for _ in range(4)], [t.readline(1)])
for bad in ('bad', 5):
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = io.StringIO('abc')
print(s.encoding, s.errors, s.read(1), s.read(None), s.tell())
for f in (lambda: s.detach(), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek('a'),
          lambda: s.read('a'), lambda: s.truncate('a')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b'abcdef')
buf = bytearray(3)
print(b.readinto(buf), buf, b.read(), b.truncate(2), b.getvalue())
for f in (lambda: io.BytesIO(5), lambda: io.BytesIO([1, 2]), lambda: io.BytesIO().write(5),
          lambda: io.BytesIO(b'abc').truncate(-1), lambda: io.BytesIO('s'),
          lambda: io.BytesIO(bytearray(b'x')).read(), lambda: io.BytesIO(b'ab').seek(1.5),
          lambda: io.BytesIO(b'ab').read('x'), lambda: io.BytesIO(b'a\nb').readline(None)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
