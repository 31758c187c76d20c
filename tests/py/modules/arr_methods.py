# array methods: append/extend/insert/pop/remove/index/count/reverse/byteswap,
# tobytes/frombytes, tolist/fromlist, buffer_info, and their error messages.
from array import array as A
import struct


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# append / extend
a = A('i')
a.append(1)
a.append(True)
print(a, a.append(2) is None)
t(lambda: a.append(1.5))
t(lambda: a.append(2 ** 31))
t(lambda: a.append())
t(lambda: a.append(1, 2))
a.extend([3, 4])
a.extend((5,))
a.extend(iter([6]))
a.extend(range(7, 9))
a.extend(A('i', [9]))
a.extend(a)
print(a, len(a))
t(lambda: a.extend(A('h', [1])))
t(lambda: a.extend(A('d', [1.0])))
t(lambda: a.extend(5))
t(lambda: a.extend('ab'))
t(lambda: a.extend(b'\x01\x02'))
b = A('b', [1])
t(lambda: b.extend([2, 3, 300, 4]))
print(b)
t(lambda: b.extend(b'\x05\x06'))
print(b)
t(lambda: b.extend(bytearray(b'\x07')))

# insert
c = A('h', [1, 2, 3])
c.insert(0, 0)
c.insert(-1, 9)
c.insert(100, 4)
c.insert(-100, -1)
c.insert(2 ** 40, 5)
c.insert(-2 ** 40, -2)
print(c)
t(lambda: c.insert(2 ** 70, 0))
t(lambda: c.insert(0, 2 ** 20))
t(lambda: c.insert(1.0, 0))
t(lambda: c.insert('0', 0))
t(lambda: c.insert(0))
e = A('d')
e.insert(5, 1.5)
e.insert(-5, 0.5)
print(e)

# pop
p = A('q', [10, 20, 30, 40])
print(p.pop(), p.pop(0), p.pop(-1), p)
t(lambda: p.pop(5))
t(lambda: p.pop(-2))
t(lambda: p.pop(2 ** 70))
t(lambda: p.pop('0'))
print(p.pop(), p)
t(lambda: p.pop())
t(lambda: p.pop(0))

# remove / index / count
r = A('i', [1, 2, 3, 2, 1])
r.remove(2)
print(r)
t(lambda: r.remove(7))
t(lambda: r.remove('1'))
t(lambda: r.remove(1.0))
print(r)
print(r.index(1), r.index(1, 1), r.index(3, -3), r.index(2, 0, 3), r.index(1, -1, 100))
t(lambda: r.index(7))
t(lambda: r.index(3, 3))
t(lambda: r.index(1, 1, 3))
t(lambda: r.index(1, 10))
t(lambda: r.index(1, 'a'))
t(lambda: r.index())
print(r.index(1, 2 ** 70 * -1), r.index(2, 0, 2 ** 70))
print(r.count(1), r.count(2), r.count(7), r.count(1.0), r.count('1'), r.count(None))
print(A('d', [0.5, 0.5]).count(0.5), A('d', [1.0]).index(True), A('f', [0.1]).count(0.1))
t(lambda: r.count())
nan = float('nan')
n = A('d', [nan, 1.0])
print(n.count(nan), nan in n, 1 in n, n.index(1))
t(lambda: n.index(nan))

# reverse
v = A('B', b'abc')
print(v.reverse(), v, A('f').reverse())
t(lambda: v.reverse(1))

# byteswap per typecode: compare against struct
for tc, vals in (('h', [1, -2, 0x1234]), ('H', [1, 0xff00]), ('i', [1, -2, 0x12345678]),
                 ('I', [1, 0xdeadbeef]), ('l', [1, -1]), ('q', [1, 0x0102030405060708]),
                 ('Q', [1, 2 ** 63]), ('f', [1.0, -2.5]), ('d', [1.0, 0.1])):
    x = A(tc, vals)
    x.byteswap()
    be = struct.pack('>%d%s' % (len(vals), {'l': 'q'}.get(tc, tc)), *vals)
    print(tc, x.tolist() == A(tc, be).tolist() or x.tobytes() == be, x.tobytes() == be)
y = A('h', [1, 256, -1])
y.byteswap()
print(y)
y = A('i', [1])
y.byteswap()
print(y)
y = A('b', [1, -1])
y.byteswap()
print(y)
t(lambda: A('h').byteswap())

# tobytes / frombytes
fb = A('h')
fb.frombytes(b'\x01\x00\x02\x00')
print(fb, fb.tobytes(), A('d', [1.0]).tobytes(), A('B').tobytes())
t(lambda: fb.frombytes(b'\x01'))
t(lambda: fb.frombytes(b'\x01\x02\x03'))
t(lambda: A('d').frombytes(b'1234567'))
t(lambda: fb.frombytes('ab'))
t(lambda: fb.frombytes([1, 2]))
t(lambda: fb.frombytes())
fb.frombytes(b'')
print(fb, len(fb))

# tolist / fromlist
fl = A('H', [1, 2])
print(fl.tolist(), type(fl.tolist()).__name__, A('d', [0.5]).tolist(), A('f').tolist())
fl.fromlist([3, 4])
print(fl)
t(lambda: fl.fromlist((5, 6)))
t(lambda: fl.fromlist(A('H', [5])))
t(lambda: fl.fromlist([5, 6, -1, 7]))
t(lambda: fl.fromlist([5, 'x']))
print(fl)
fl.fromlist([])
print(fl)

# buffer_info / itemsize / typecode / len / iteration / in
for tc in 'bBhHiIlLqQfd':
    bi = A(tc, [1, 2, 3]).buffer_info()
    print(tc, type(bi).__name__, len(bi), bi[1], A(tc).buffer_info()[1], A(tc).itemsize)
it = iter(A('i', [1, 2]))
print(type(it).__name__, next(it), next(it), next(it, 'done'), list(it))
print(2 in A('i', [1, 2]), 2.0 in A('i', [2]), 'a' in A('B', b'a'), 97 in A('B', b'a'), None in A('d'))

# clear (new in 3.13), tofile / fromfile with file-like objects
import io
cl = A('i', [1, 2, 3])
print(cl.clear(), cl, len(cl), cl.buffer_info()[1])
cl.append(4)
print(cl)
mv = memoryview(cl)
t(lambda: cl.clear())
mv.release()
t(lambda: cl.clear(1))
bio = io.BytesIO()
print(A('h', [1, 2, 3]).tofile(bio), bio.getvalue())
bio.seek(0)
ff = A('h')
print(ff.fromfile(bio, 2), ff, bio.tell())
t(lambda: ff.fromfile(bio, 5))
print(ff)
t(lambda: ff.fromfile(bio, -1))
t(lambda: ff.fromfile(b'xx', 1))
t(lambda: ff.fromfile(io.StringIO('ab'), 1))
t(lambda: A('h').tofile(io.StringIO()))
t(lambda: A('h', [1]).tofile(io.StringIO()))
t(lambda: A('h').tofile())
print(ff.fromfile(io.BytesIO(b''), 0), ff)
