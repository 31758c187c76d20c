# memoryview == / != against memoryviews of other formats and shapes, bytes, bytearray,
# array and non-buffers; ordering errors; hash (readonly byte formats only) and its errors.
from array import array
import struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abc')
print(m == b'abc', m != b'abc', b'abc' == m, m == bytearray(b'abc'), bytearray(b'abc') == m)
print(m == b'abd', m == b'ab', m == memoryview(b'abc'), m == m, m == m[:], m[::-1] == b'cba')
print(m == 'abc', m == [97, 98, 99], m == None, m == 0, m != 'abc', m == (97, 98, 99))
print(m == array('B', b'abc'), array('B', b'abc') == m, m == array('b', b'abc'))
print(m[::2] == b'ac', m[::2] == memoryview(b'ac'), memoryview(b'') == b'', memoryview(b'') == m[1:1])
print(m.__eq__(b'abc'), m.__eq__('abc'), m.__ne__(b'xyz'), m.__ne__(3))

# different formats compare by unpacked values
h = memoryview(struct.pack('3h', 97, 98, 99)).cast('h')
print(h == m, m == h, h == [97, 98, 99], h == b'abc', h.tolist() == m.tolist())
i = memoryview(array('i', [97, 98, 99]))
print(i == h, i == m, i != m, i == array('i', [97, 98, 99]), i == array('h', [97, 98, 99]))
print(i == array('i', [97, 98, 100]), i == array('i', [97, 98]))
f = memoryview(array('f', [1.0, 2.5]))
d = memoryview(array('d', [1.0, 2.5]))
print(f == d, d == f, f == array('d', [1.0, 2.5]), d == memoryview(array('q', [1, 2])))
print(memoryview(array('d', [1.0, 2.0])) == memoryview(array('q', [1, 2])))
nan = memoryview(array('d', [float('nan')]))
print(nan == nan, nan == memoryview(array('d', [float('nan')])), nan != nan, nan.tolist()[0] != nan.tolist()[0])
bm = memoryview(b'\xff')
print(bm == memoryview(b'\xff').cast('b'), bm.cast('b')[0], bm.cast('b') == array('b', [-1]))
print(memoryview(b'\x01\x00').cast('c') == memoryview(b'\x01\x00'))
print(memoryview(b'\x01\x00').cast('?') == memoryview(b'\x01\x00'), memoryview(b'\x01\x00').cast('?') == memoryview(b'\x01\x00').cast('?'))
print(memoryview(b'ab').cast('c') == memoryview(b'ab').cast('c'), memoryview(b'ab').cast('c') == b'ab')

# shapes
g = memoryview(bytes(range(6))).cast('B', (2, 3))
g2 = memoryview(bytes(range(6))).cast('B', (3, 2))
print(g == g, g == memoryview(bytes(range(6))).cast('B', (2, 3)), g == g2, g == bytes(range(6)))
print(g.cast('B') == bytes(range(6)), g == [[0, 1, 2], [3, 4, 5]])
z = memoryview(b'\x07').cast('B', ())
print(z == memoryview(b'\x07').cast('B', ()), z == b'\x07', z == memoryview(b'\x08').cast('B', ()))

# ordering is not supported
t(lambda: m < m)
t(lambda: m <= b'abc')
t(lambda: b'abc' > m)
t(lambda: m >= memoryview(b'a'))

# hash of readonly byte-format views equals hash of the bytes
print(hash(m) == hash(b'abc'), hash(m[::-1]) == hash(b'cba'), hash(memoryview(b'')) == hash(b''))
print(hash(m[::2]) == hash(b'ac'), hash(m) == hash(m), hash(memoryview(b'abc')) == hash(m))
print(hash(memoryview(b'ab').cast('c')) == hash(b'ab'), hash(memoryview(b'\xff').cast('b')) == hash(b'\xff'))
print(hash(memoryview(bytes(range(6))).cast('B', (2, 3))) == hash(bytes(range(6))))
t(lambda: hash(memoryview(bytearray(b'abc')).toreadonly()))
print({m: 1}[b'abc'], {b'abc': 2}[m], m in {b'abc'}, len({m, b'abc', memoryview(b'abc')}))
t(lambda: hash(memoryview(bytearray(b'abc'))))
t(lambda: hash(memoryview(bytearray(b'abc'))[:1]))
t(lambda: hash(memoryview(b'abcd').cast('h')))
t(lambda: hash(memoryview(b'abcd').cast('i')))
t(lambda: hash(memoryview(array('B', b'ab'))))
t(lambda: hash(memoryview(array('B', b'ab')).toreadonly()))
t(lambda: hash(memoryview(array('h', [1])).toreadonly()))
t(lambda: hash(memoryview(b'abcdefgh').cast('d')))
t(lambda: {memoryview(bytearray(b'x')): 1})
# hash is cached: still available after release once computed
hm = memoryview(b'cache')
hv = hash(hm)
hm.release()
t(lambda: hash(hm) == hv)
hm2 = memoryview(b'cache')
hm2.release()
t(lambda: hash(hm2))
