# io.BytesIO: reading, writing, seeking, truncating, lines, closed state, errors.
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b'line one\nline two\nend')
print(b.tell(), b.read(4), b.tell(), b.readline(), b.readline(3), b.readline(), b.read())
print(b.read(), b.readline(), b.tell(), b.read(0))
b.seek(0)
print(b.readlines(), b.seek(0), [x for x in b], b.seek(0), b.readlines(1))
print(io.BytesIO().read(), io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b'ba')).read())
print(io.BytesIO(initial_bytes=b'kw').read())
b = io.BytesIO(b'abcdef')
print(b.write(b'XY'), b.getvalue(), b.tell(), b.read(2), b.tell())
print(b.seek(8), b.write(b'!'), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-3, 1), b.read(1), b.seek(0, 1))
print(b.seek(-100, 1), b.tell(), b.seek(-100, 2), b.seek(3, io.SEEK_SET))
print(b.write(bytearray(b'ba')), b.write(b''), b.getvalue())
b = io.BytesIO(b'0123456789')
print(b.truncate(4), b.getvalue(), b.tell(), b.seek(2), b.truncate(), b.getvalue(), b.tell())
print(b.truncate(10), b.getvalue(), b.read(), b.seek(0, 2))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 5))
t(lambda: b.write('text'))
print(b.readable(), b.writable(), b.seekable(), b.closed, b.isatty())
t(lambda: b.fileno())
b.write(b'ab')
b.writelines([b'c\n', bytearray(b'd')])
print(b.getvalue())
t(lambda: b.writelines(['str']))
b.close()
b.close()
print(b.closed)
for f in (b.read, lambda: b.write(b'x'), b.getvalue, b.tell, lambda: b.seek(0), b.readable,
          b.readline, lambda: b.truncate(0), b.flush):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
big = io.BytesIO()
for i in range(1000):
    big.write(b'%d,' % i)
print(len(big.getvalue()), big.getvalue()[-8:], big.tell())
big.seek(0)
print(big.read(10), sum(1 for _ in io.BytesIO(b'a\nb\nc\n')))
print(isinstance(big, io.BufferedIOBase), isinstance(big, io.IOBase), type(big).__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
