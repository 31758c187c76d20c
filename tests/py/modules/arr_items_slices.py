# array item and slice access: get/set/del with negative and out-of-range indices,
# stepped slices, extended-slice size mismatches, assigning non-arrays, index types.
from array import array as A


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = A('i', range(10))
print(a[0], a[9], a[-1], a[-10], a[True])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a[2 ** 70])
t(lambda: a[-2 ** 70])
t(lambda: a['1'])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: A('d')[0])
t(lambda: A('d')[-1])


class I:
    def __index__(self):
        return -2


print(a[I()], a[I():], a[:I()])

# slices with every step sign
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[5:2], a[100:], a[-100:2], a[2:100], a[::100], a[::-100], a[3:3], a[slice(None)])
print(type(a[1:3]).__name__, a[1:3].typecode, a[:] is a, a[:] == a)
t(lambda: a[::0])
t(lambda: a[1:2:0])
t(lambda: a['a':])
print(A('d', [1.5, 2.5])[::-1], A('B', b'abc')[1:], A('f', [0.5])[5:])

# item assignment
b = A('h', [1, 2, 3])
b[0] = 10
b[-1] = -30
b[True] = 20
print(b)
for idx in (3, -4, 2 ** 70):
    print(idx, end=' ')
    t(lambda: b.__setitem__(idx, 0))
t(lambda: b.__setitem__(0, 40000))
t(lambda: b.__setitem__(0, -40000))
t(lambda: b.__setitem__(0, 1.0))
t(lambda: b.__setitem__(0, '1'))
t(lambda: b.__setitem__('0', 1))
t(lambda: b.__setitem__(0, A('h', [1])))
print(b)
c = A('d', [0.0, 0.0])
c[0] = 1
c[1] = True
print(c)
t(lambda: c.__setitem__(0, 'x'))
t(lambda: c.__setitem__(0, None))

# simple slice assignment: arrays of the same typecode only, any length
s = A('i', range(6))
s[1:3] = A('i', [7, 8, 9, 10])
print(s)
s[:] = A('i', [1, 2])
print(s)
s[5:] = A('i', [3])
print(s)
s[0:0] = A('i', [0])
print(s)
s[-1:] = A('i')
print(s)
s[:] = s
print(s)
s[1:] = s
print(s)
s[:2] = s
print(s)
t(lambda: s.__setitem__(slice(0, 1), [1]))
t(lambda: s.__setitem__(slice(0, 1), (1,)))
t(lambda: s.__setitem__(slice(0, 1), A('h', [1])))
t(lambda: s.__setitem__(slice(0, 1), A('l', [1])))
t(lambda: s.__setitem__(slice(0, 1), 5))
t(lambda: s.__setitem__(slice(0, 1), b'\x00\x00\x00\x00'))
t(lambda: s.__setitem__(slice(0, 1), memoryview(A('i', [1]))))
print(s)

# extended slices: sizes must match exactly
e = A('i', range(10))
e[::2] = A('i', [0, -2, -4, -6, -8])
print(e)
e[::-3] = A('i', [90, 60, 30, 0])
print(e)
e[1:2:5] = A('i', [11])
print(e)
e[::1] = A('i', [1, 2])
print(e)
e = A('i', range(10))
t(lambda: e.__setitem__(slice(None, None, 2), A('i', [1, 2])))
t(lambda: e.__setitem__(slice(None, None, -1), A('i', [1])))
t(lambda: e.__setitem__(slice(None, None, 2), [1, 2, 3, 4, 5]))
t(lambda: e.__setitem__(slice(None, None, 3), A('d', [1.0] * 4)))
t(lambda: e.__setitem__(slice(1, 1, 2), A('i')))
t(lambda: e.__setitem__(slice(None, None, 0), A('i')))
e[::2] = e[1::2]
print(e)
e[::-1] = e
print(e)
e[5:5:2] = A('i')
print(e)

# deletion
d = A('q', range(10))
del d[0]
del d[-1]
print(d)
for idx in (8, -9, 2 ** 70):
    print(idx, end=' ')
    t(lambda: d.__delitem__(idx))
del d[1:3]
print(d)
del d[::2]
print(d)
d = A('q', range(10))
del d[::-3]
print(d)
del d[100:]
del d[5:2]
del d[::100]
print(d)
del d[1::-1]
print(d)
del d[:]
print(d, len(d))
t(lambda: d.__delitem__(0))
t(lambda: d.__delitem__(slice(None, None, 0)))
t(lambda: d.__delitem__('x'))
f = A('f', [1.0, 2.0, 3.0, 4.0])
del f[1:3:1]
print(f)
