# memoryview.cast: format changes, shapes (multi-dimensional and 0-dim), attributes of the
# result, tolist of N-d views, indexing N-d and 0-dim views, and cast errors.
import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def attrs(m):
    return (m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides,
            m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)

data = struct.pack('<6h', 1, -2, 3, -4, 500, -600)
m = memoryview(data)
h = m.cast('h')
print(attrs(h), len(h), h.obj is data)
print(h.tolist(), h[0], h[-1], h[4], h[1:3].tolist(), h[::-2].tolist(), h[::2].strides)
back = h.cast('B')
print(attrs(back), back.tolist() == list(data), back.tobytes() == data)
print(h.cast('b').tolist()[:4], h.tobytes() == data, h.hex(' ', 2))
for fmt in ('b', 'B', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', 'n', 'N', '?', 'P'):
    mm = memoryview(bytes(24)).cast(fmt)
    print(fmt, mm.format, mm.itemsize, len(mm), mm.shape, mm[0])
print(memoryview(b'ab\x00').cast('c').tolist(), memoryview(b'\x00\x01\x02').cast('?').tolist())
print(memoryview(b'abcd').cast('@B').format, memoryview(b'abcd').cast('@h').format)

# shapes
m6 = memoryview(bytes(range(6)))
g = m6.cast('B', (2, 3))
print(attrs(g), len(g))
print(g.tolist(), g[1, 2], g[0, 0], g[-1, -1], g.tobytes(), g.tobytes('F'), g.tobytes('A'))
print(m6.cast('B', [3, 2]).tolist(), m6.cast('B', (6,)).tolist(), m6.cast('B', shape=(1, 6)).tolist())
print(m6.cast('B', (1, 2, 3)).tolist(), m6.cast('B', (1, 2, 3)).strides)
t(lambda: g[0])
t(lambda: g[2, 0])
t(lambda: g[0, 3])
t(lambda: g[0, 0, 0])
t(lambda: g[0:1].tolist())
t(lambda: g[::-1].tolist())
t(lambda: g[1:].shape)
t(lambda: g[0, 1:2])
t(lambda: list(g))
t(lambda: len(g))
t(lambda: 1 in g)
t(lambda: g.cast('h').tolist())
t(lambda: g.cast('B', (3, 2)))
print(g.cast('B').tolist(), g.hex(), bytes(g), g == bytes(range(6)))
q = memoryview(struct.pack('<4h', 1, 2, 3, 4)).cast('B').cast('h', (2, 2))
print(q.tolist(), q.shape, q.strides, q[1, 0])
d = memoryview(struct.pack('<4d', 0.5, 1.5, -2.0, 3.25)).cast('d', (2, 2))
print(d.tolist(), d.format, d.itemsize, d[1, 1])

# 0-dim views
z = memoryview(struct.pack('<i', -7)).cast('i', [])
print(attrs(z))
print(z[()], z.tolist(), z.tobytes(), z[...].ndim, z[...].tolist(), type(z[...]).__name__)
t(lambda: len(z))
t(lambda: z[0])
t(lambda: z[0:1])
t(lambda: list(z))
print(z == memoryview(struct.pack('<i', -7)).cast('i', []), z.cast('B').tolist())
z1 = memoryview(b'\x05').cast('B', ())
print(z1[()], z1.shape, z1.ndim, z1.tolist(), bytes(z1), hash(z1) == hash(b'\x05'))
t(lambda: memoryview(b'ab').cast('B', ()))
t(lambda: memoryview(b'abc')[...])
t(lambda: memoryview(b'abc')[()])

# cast errors
t(lambda: m.cast('X'))
t(lambda: m.cast('hh'))
t(lambda: m.cast('<h'))
t(lambda: m.cast('=h'))
t(lambda: m.cast(5))
t(lambda: m.cast())
t(lambda: memoryview(b'abc').cast('h'))
t(lambda: memoryview(b'abcd').cast('i', (2,)))
t(lambda: m6.cast('B', (4,)))
t(lambda: m6.cast('B', (0, 6)))
t(lambda: m6.cast('B', (-1, -6)))
t(lambda: m6.cast('B', 6))
t(lambda: m6.cast('B', ('a',)))
t(lambda: m6.cast('B', (1,) * 65))
t(lambda: h.cast('i'))
t(lambda: h.cast('h', (3, 2)))
t(lambda: m6[::2].cast('B'))
t(lambda: m6[::-1].cast('h'))
t(lambda: memoryview(b'').cast('i').tolist())
t(lambda: memoryview(b'abcd').cast('B', (2, 2)).cast('h').tolist())
print(h.cast('B', (3, 4)).cast('B').cast('h').tolist())
