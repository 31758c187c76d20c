# array: typed arrays of numbers and their conversions, as binary-file code uses them.
from array import array, typecodes


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(set('bBhHiIqQfd') - set(typecodes)))
for tc in 'bBhHiIqQfd':
    a = array(tc, [1, 2, 3])
    print(tc, a.itemsize, a, len(a.tobytes()), a.typecode)
a = array('i', range(5))
a.append(10)
a.extend([20, 30])
a.insert(0, -1)
a.insert(100, 99)
print(a, a[0], a[-1], a[2:5], a[::-2], a.index(10), a.count(2), 3 in a)
print(a.pop(), a.pop(0), a, a.buffer_info()[1])
a.remove(10)
a.reverse()
print(a, list(a), a.tolist(), sum(a), max(a))
a[1] = 77
a[2:4] = array('i', [8, 8, 8])
del a[0]
print(a, a + array('i', [1]), a * 2, array('i', [1]) * 0)
b = array('d', [1.5, -2.25])
b += array('d', [3.0])
b *= 2
print(b, b.tolist(), array('f', [0.5])[0], array('d', [0.1])[0], array('l', [7]).itemsize)
raw = array('h', [1, -2, 300]).tobytes()
print(raw, array('h', raw) if False else 'skip', array('<h'[1:], []))
c = array('h')
c.frombytes(raw)
print(c, len(c))
c.byteswap()
print(c, c.tobytes())
u = array('B', b'hello')
print(u, bytes(u), u.tobytes().decode(), array('b', b'\xff\x01'))
l = array('l')
l.fromlist([5, 6])
print(l, array('q', [2**62]), array('Q', [2**64 - 1]), array('I', [2**32 - 1]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) < array('i', [2]))
print(array('b', [1, 2]) == [1, 2], repr(array('d')), str(array('B', [1])))
err(lambda: array('B', [-1]))
err(lambda: array('h', [2**15]))
err(lambda: array('i', [1.5]))
err(lambda: array('d', ['x']))
err(lambda: array('z'))
err(lambda: array('i', 'abc'))
err(lambda: array('i', [1]).index(5))
err(lambda: array('i', [1]).remove(5))
err(lambda: array('i')[0])
err(lambda: array('i').pop())
err(lambda: array('i').frombytes(b'\x00\x01\x02'))
err(lambda: array('i', [1]).extend(array('d', [1.0])))
d = array('d', [3.0, 1.0, 2.0])
print(sorted(d), [x * 2 for x in d], list(reversed(d)), d.itemsize * len(d))
print(array('i', [4, 5]).tolist() == [4, 5], array('h', b'\x01\x00\x02\x00'), array('B', bytearray(b'ab')))
