# gzip: byte-exact headers and members, GzipFile reading (several members, padding,
# readline/peek/seek) and writing, gzip.open in text mode, and the error cases.
import gzip, io, os
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)
t(lambda: gzip.compress(b'abc', mtime=0))
t(lambda: gzip.compress(b'abc', compresslevel=1, mtime=0))
t(lambda: gzip.compress(b'abc', compresslevel=6, mtime=0))
t(lambda: gzip.compress(memoryview(b'xyz'), mtime=7))
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb', mtime=0) as f:
    f.write(b'hello'); f.write(bytearray(b' world'))
t(lambda: b.getvalue())
b2 = io.BytesIO()
with gzip.GzipFile(filename='x.txt.gz', fileobj=b2, mode='wb', mtime=0) as f:
    f.write(b'hello')
t(lambda: b2.getvalue())
t(lambda: gzip.decompress(gzip.compress(b'x' * 10, mtime=0) * 2))
t(lambda: gzip.decompress(b'nope'))
t(lambda: gzip.decompress(gzip.compress(b'abc', mtime=0)[:-2]))
t(lambda: gzip.decompress(gzip.compress(b'abc', mtime=0)[:-8] + b'\0' * 8))
t(lambda: gzip.decompress(b''))
t(lambda: gzip.decompress(gzip.compress(b'pad', mtime=0) + b'\0\0\0'))
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'ab\ncd\nef', mtime=5)))
t(lambda: (f.readline(), f.read(1), f.peek(1)[:1], f.mtime, f.name, f.mode, f.tell()))
t(lambda: (list(f), f.read(), f.tell()))
t(lambda: (f.seek(1), f.read(3), f.seek(0), f.read()))
path = '/tmp/weft_gzip_%d.gz' % os.getpid()
with gzip.open(path, 'wt', encoding='utf-8') as g:
    g.write('héllo\nwörld\n')
with gzip.open(path, 'rt', encoding='utf-8') as g:
    t(lambda: g.readlines())
with gzip.open(path, 'rb') as g:
    t(lambda: (g.read(), g.name == path))
with open(path, 'rb') as raw:
    data = raw.read()
t(lambda: (data[:3], data[3] & 8, data[10:20]))
os.remove(path)
t(lambda: gzip.open(path, 'rbt'))
t(lambda: gzip.open(io.BytesIO(), 'rb', encoding='x'))
big = bytes(range(256)) * 500
t(lambda: gzip.decompress(gzip.compress(big, mtime=0)) == big)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb', mtime=0)
t(lambda: w.read())
w.close()
t(lambda: w.write(b'x'))
t(lambda: gzip.BadGzipFile.__mro__[1])
