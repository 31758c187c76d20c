# memoryview item and slice assignment: bytearray and array providers, readonly views,
# wrong sizes, invalid values and types per format, overlapping self-assignment, del.
from array import array
import struct

def t(f):
    try:
        r = f()
        print('ok' if r is None else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(m, k, v):
    m[k] = v

def delitem(m, k):
    del m[k]

ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = 70
print(ba)
m[1:3] = b'XY'
print(ba)
m[3:5] = bytearray(b'**')
m[::2] = b'123'
print(ba, m.tobytes())
m[::-1] = b'uvwxyz'
print(ba)
m[5:1:-2] = memoryview(b'QR')
print(ba)
m[:] = array('B', b'ABCDEF')
m[2:2] = b''
print(ba, bytes(m))
m[True] = 0x30
print(ba)

# errors for bytearray-backed views
t(lambda: setitem(m, 6, 1))
t(lambda: setitem(m, -7, 1))
t(lambda: setitem(m, 0, 256))
t(lambda: setitem(m, 0, -1))
t(lambda: setitem(m, 0, b'a'))
t(lambda: setitem(m, 0, 'a'))
t(lambda: setitem(m, 0, 1.0))
t(lambda: setitem(m, 0, None))
t(lambda: setitem(m, 'x', 1))
t(lambda: setitem(m, 0.5, 1))
t(lambda: setitem(m, slice(0, 2), b'abc'))
t(lambda: setitem(m, slice(0, 2), b'a'))
t(lambda: setitem(m, slice(0, 2), 5))
t(lambda: setitem(m, slice(0, 2), 'ab'))
t(lambda: setitem(m, slice(0, 2), [1, 2]))
t(lambda: setitem(m, slice(None, None, 2), b'ab'))
t(lambda: setitem(m, slice(0, 4), memoryview(b'abcd').cast('h')))
t(lambda: setitem(m, slice(0, 2), memoryview(b'abcd').cast('h')))
t(lambda: setitem(m, (0, 0), 1))
t(lambda: setitem(m, ..., 1))
t(lambda: delitem(m, 0))
t(lambda: delitem(m, slice(0, 2)))
print(ba)

# readonly views
r = memoryview(b'abc')
t(lambda: setitem(r, 0, 1))
t(lambda: setitem(r, slice(0, 1), b'x'))
t(lambda: delitem(r, 0))
ro = m.toreadonly()
t(lambda: setitem(ro, 0, 66))
t(lambda: setitem(ro, slice(None), b'abcdef'))
t(lambda: setitem(memoryview(b'abc'), 5, 1))
print(ba)

# overlapping self-assignment
x = bytearray(b'0123456789')
mx = memoryview(x)
mx[1:] = mx[:-1]
print(x)
mx[:-1] = mx[1:]
print(x)
x[:] = b'0123456789'
mx[::2] = mx[1::2]
print(x)
mx[:] = mx[::-1]
print(x)
mx[2:6] = mx[4:8]
print(x)

# per-format values on casted views
w = bytearray(16)
mw = memoryview(w)
for fmt, good, bad in (('b', -128, 128), ('B', 255, 256), ('h', -32768, 32768), ('H', 65535, -1),
                       ('i', 2 ** 31 - 1, 2 ** 31), ('I', 2 ** 32 - 1, 2 ** 32),
                       ('l', -2 ** 63, 2 ** 63), ('L', 2 ** 64 - 1, -1),
                       ('q', 2 ** 63 - 1, -2 ** 63 - 1), ('Q', 0, 2 ** 64)):
    c = mw.cast(fmt)
    c[1] = good
    print(fmt, c[1], end=' ')
    t(lambda: setitem(c, 0, bad))
ch = mw.cast('h')
t(lambda: setitem(ch, 0, 1.5))
t(lambda: setitem(ch, 0, '1'))
t(lambda: setitem(ch, 0, b'\x01\x00'))
t(lambda: setitem(ch, slice(0, 1), b'\x01\x00'))
ch[0:2] = memoryview(struct.pack('2h', 7, -8)).cast('h')
print(ch[0], ch[1], ch[:3].tolist())
cf = mw.cast('f')
cf[0] = 1.5
cf[1] = 3
cf[2] = True
print(cf[0], cf[1], cf[2])
t(lambda: setitem(cf, 0, 'x'))
t(lambda: setitem(cf, 0, 1e300))
print(cf[0], w[:4])
t(lambda: setitem(cf, 0, 1j))
cd = mw.cast('d')
cd[1] = -0.25
print(cd.tolist())
t(lambda: setitem(cd, 0, None))
cc = mw.cast('c')
cc[0] = b'z'
print(cc[0])
t(lambda: setitem(cc, 0, b'zz'))
t(lambda: setitem(cc, 0, 122))
cb = mw.cast('?')
cb[0] = True
cb[1] = 0
cb[2] = []
cb[3] = 'x'
print(cb[:4].tolist())
g = mw.cast('B', (4, 4))
g[1, 2] = 9
print(g[1, 2], w[6])
t(lambda: setitem(g, (1, 4), 0))
t(lambda: setitem(g, 1, 0))
t(lambda: setitem(g, slice(0, 1), b'1234'))
z = memoryview(bytearray(b'\x01\x00')).cast('h', [])
z[()] = 300
print(z[()], z.tolist())
t(lambda: setitem(z, 0, 1))
z[...] = 5
print(z[()])

# array-backed views
a = array('i', [1, 2, 3, 4])
ma = memoryview(a)
ma[0] = -10
ma[1:3] = array('i', [20, 30])
ma[-1] = 2 ** 31 - 1
print(a, ma.tolist())
t(lambda: setitem(ma, 0, 2 ** 31))
t(lambda: setitem(ma, slice(0, 2), array('h', [1, 2])))
t(lambda: setitem(ma, slice(0, 2), array('i', [1])))
t(lambda: setitem(ma, slice(0, 2), b'\x00' * 8))
ma.cast('B')[0:4] = b'\x07\x00\x00\x00'
print(a)
ad = array('d', [0.0, 0.0])
md = memoryview(ad)
md[0] = 2.5
md[1] = -1
print(ad, md.tolist())
