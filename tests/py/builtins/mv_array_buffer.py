# array.array as a buffer provider: memoryview attributes per typecode, tolist/tobytes,
# casts, arrays fed to bytes-like consumers, arrays built from buffers, resize while exported.
from array import array
import struct

def t(f):
    try:
        r = f()
        print('ok' if r is None else repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def attrs(m):
    return (m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides,
            m.c_contiguous, m.f_contiguous, m.contiguous)

samples = {'b': [-128, 0, 127], 'B': [0, 128, 255], 'h': [-32768, 1, 32767], 'H': [0, 1, 65535],
           'i': [-2 ** 31, 5, 2 ** 31 - 1], 'I': [0, 7, 2 ** 32 - 1], 'l': [-2 ** 63, 0, 2 ** 63 - 1],
           'L': [0, 9, 2 ** 64 - 1], 'q': [-2 ** 63, -1, 2 ** 63 - 1], 'Q': [0, 1, 2 ** 64 - 1],
           'f': [1.5, -0.25, 1e10], 'd': [1.5, -0.1, 1e300]}
for code, vals in samples.items():
    a = array(code, vals)
    m = memoryview(a)
    print(code, attrs(m), m.obj is a, len(m))
    print(' ', m.tolist(), m[0], m[-1], m[::-1].tolist(), m[1:].tolist() == vals[1:])
    print(' ', m.tobytes() == a.tobytes(), bytes(m) == a.tobytes(), m.cast('B').tolist() == list(a.tobytes()))
    print(' ', m == a, m == array(code, vals), m.hex() == a.tobytes().hex(), m.cast('B').cast(code) == a)
print(memoryview(array('d', [1.5])).tolist(), memoryview(array('f', [0.1])).tolist())
print(attrs(memoryview(array('i'))), memoryview(array('i')).tolist())

# writable views write through to the array
a = array('h', [1, 2, 3, 4])
m = memoryview(a)
m[0] = -1
m[2:] = array('h', [30, 40])
m.cast('B')[2] = 0xFF
print(a, m.tolist(), m.readonly)
print(m.toreadonly().readonly, array('h', m.toreadonly()), m.cast('B', (2, 4)).tolist())

# resizing an exporting array is refused; in-place changes are fine
for name, f in (('append', lambda: a.append(5)), ('extend', lambda: a.extend([5])),
                ('pop', a.pop), ('frombytes', lambda: a.frombytes(b'\x00\x00')),
                ('fromlist', lambda: a.fromlist([1])), ('insert', lambda: a.insert(0, 1)),
                ('remove', lambda: a.remove(-1)), ('delitem', lambda: a.__delitem__(0)),
                ('iadd', lambda: a.__iadd__(array('h', [1]))), ('imul', lambda: a.__imul__(2)),
                ('slice_same', lambda: a.__setitem__(slice(0, 1), array('h', [7]))),
                ('setitem', lambda: a.__setitem__(1, 8)), ('reverse', a.reverse),
                ('byteswap', a.byteswap)):
    print(name, end=' ')
    t(f)
print(a, m.tolist())
m.release()
a.append(5)
a.byteswap()
print(a, len(a))
with memoryview(a) as w:
    t(lambda: a.pop())
t(lambda: a.pop())
sub = memoryview(a)[1:]
t(lambda: a.append(0))
sub.release()
t(lambda: a.append(0))
print(a)

# arrays built from / compared with buffers
print(array('B', memoryview(b'xyz')), array('b', b'\xff\x01'), array('h', b'\x01\x00\x02\x00'))
print(array('h', bytearray(b'\x03\x00')), array('B', memoryview(b'abc')[::2]), array('i', memoryview(array('i', [9]))))
print(array('d', memoryview(array('d', [0.5]))), array('B', array('h', [1, 2])))
t(lambda: array('h', b'\x01'))
t(lambda: array('h', memoryview(b'\x01\x00').cast('h')))
b = array('B')
b.frombytes(memoryview(b'ab'))
b.frombytes(array('B', b'cd'))
b.frombytes(bytearray(b'e'))
print(b)
t(lambda: b.frombytes('str'))
t(lambda: b.frombytes(memoryview(b'abcd')[::2]))
t(lambda: array('i').frombytes(memoryview(b'abc')))
print(array('B', b'ab') == b'ab', b'ab' == array('B', b'ab'), bytes(array('B', b'ab')) == b'ab')
print(array('B', b'ab') == memoryview(b'ab'), memoryview(b'ab') == array('B', b'ab'))
print(b'ab' + array('B', b'cd'), bytearray(b'x') + array('h', [0x4241]), bytes(array('h', [1, 2])))
print(array('B', b'bc') == array('B', memoryview(b'bc')), b'abc'.find(array('B', b'c')), array('B', b'b') in b'abc')
c = array('i', [1, 2, 3])
print(struct.unpack('3i', c), struct.unpack_from('i', c, 4), bytes(memoryview(c)[1:2]))
struct.pack_into('i', c, 8, -3)
print(c, bytearray(c)[8:], int.from_bytes(array('B', [1, 0]), 'little'))
u = array('B', b'\x00' * 4)
memoryview(u)[:] = b'WXYZ'
print(u, u.tobytes(), memoryview(u).tobytes().decode())
t(lambda: memoryview(array('B', [1])).cast('h'))
t(lambda: memoryview(array('h', [1, 2])).cast('i'))
print(memoryview(array('h', [1, 2])).cast('B').cast('i').tolist() == [struct.unpack('i', struct.pack('2h', 1, 2))[0]])
print(hasattr(array, '__buffer__'), type(array('h', [1]).__buffer__(0)).__name__)
