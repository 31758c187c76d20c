# array operators: rich comparisons (same/different typecodes, lists, nan), + += * *=,
# repr/str of every kind, float rounding of 'f', hash, copy/deepcopy, bool.
from array import array as A
import copy


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# repr / str of each kind, empty and not
for tc in 'bBhHiIlLqQfd':
    print(repr(A(tc)), str(A(tc, [1, 2])))
print(A('d', [0.1, -0.0, 1e16, 1e-7, 2.5e-300, 123456789.125]))
print(A('f', [0.1, 1 / 3, 16777217.0, 3.4e38, 1e-45, -0.0]))
print(A('d', [float('inf'), float('-inf'), float('nan')]), A('f', [float('nan')]))
print(A('f', [0.1])[0], A('f', [0.1])[0] == 0.1, A('f', [0.5])[0] == 0.5, A('f', [1 / 3]).tolist())
print(A('f', [2.0 ** -149])[0], A('f', [2.0 ** -150])[0], A('f', [1e39])[0], A('f', [-1e39])[0])
print(A('f', [3.4028235e38])[0], A('f', [3.4028236e38])[0], A('d', [5e-324])[0])
print(format(A('f', [0.2])[0], '.17g'), A('f', [0.1]) == A('d', [0.1]), A('f', [0.5]) == A('d', [0.5]))

# comparisons between arrays of the same typecode
x, y = A('i', [1, 2, 3]), A('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == x, x < x, x <= x, A('i') == A('i'), A('i') < A('i', [0]), A('i', [0]) > A('i'))
print(A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [1, 3]) > A('i', [1, 2, 9]), A('i', [1]) >= A('i', [1]))
# different typecodes compare by value
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [-1]) == A('B', [255]), A('b', [-1]) < A('B', [0]))
print(A('h', [1, 2]) < A('q', [1, 3]), A('f', [0.5]) > A('i', [0]), A('Q', [2 ** 64 - 1]) > A('q', [-1]))
print(A('B', [1]) == A('b', [1]), A('B', [1]) != A('b', [1]), A('H', []) == A('d', []))
print(A('d', [1.5]) == A('i', [1]), A('i', [1, 2]) != A('l', [1, 2, 3]))
# arrays vs other types: NotImplemented -> identity fallback for ==, TypeError for ordering
print(A('i', [1, 2]) == [1, 2], [1, 2] == A('i', [1, 2]), A('i', [1]) != (1,), A('B', b'a') == 'a')
print(A('i').__eq__([]), A('i').__lt__([]), A('i').__eq__(A('d')), A('i').__ne__(A('i', [1])))
t(lambda: A('i', [1]) < [2])
t(lambda: [2] > A('i', [1]))
t(lambda: A('i', [1]) <= 1)
t(lambda: A('d') >= None)
t(lambda: A('d') > 'x')
# nan: comparison stops at the first pair that is not equal (nan != nan) and applies the op to it
nan = float('nan')
n1, n2 = A('d', [nan]), A('d', [nan])
print(n1 == n2, n1 != n2, n1 < n2, n1 <= n2, n1 > n2, n1 >= n2, n1 == n1, n1 != n1)
print(A('d', [nan, 1.0]) < A('d', [nan, 2.0]), A('d', [1.0, nan]) < A('d', [2.0, nan]))
print(A('d', [nan, 1.0]) == A('d', [nan, 1.0]), A('f', [nan]) == A('d', [nan]), A('d', [nan]) < A('d', [nan, 0.0]))
print(A('d', [0.0]) == A('d', [-0.0]), A('f', [-0.0]) < A('f', [0.0]))

# concatenation
print(A('i', [1]) + A('i', [2, 3]), A('d') + A('d'), A('B', b'a') + A('B', b'b'))
t(lambda: A('i', [1]) + A('h', [2]))
t(lambda: A('i', [1]) + [2])
t(lambda: [2] + A('i', [1]))
t(lambda: A('i', [1]) + b'\x00')
t(lambda: A('i', [1]) + 1)
c = A('h', [1])
c2 = c
c += A('h', [2])
c += c
print(c, c is c2)
for other in ([3], (3,), A('i', [3]), b'\x00\x00', 3):
    print(type(other).__name__, end=' ')
    t(lambda: c.__iadd__(other))
try:
    c += [4]
except TypeError as e:
    print('TypeError', e)
print(c)

# repetition
m = A('b', [1, 2])
print(m * 3, 3 * m, m * 0, m * -2, m * True, A('d') * 5, A('q', [7]) * 1)
t(lambda: m * 1.5)
t(lambda: m * '2')
t(lambda: m * A('b', [1]))
t(lambda: m * 2 ** 70)
t(lambda: m * 2 ** 62)
m2 = m
m *= 2
print(m, m is m2)
m *= 1
print(m)
m *= -1
print(m, m is m2, len(m))
m = A('f', [1.5])
m *= 0
print(m)
t(lambda: A('i', [1]).__imul__(1.0))
t(lambda: A('i', [1]).__imul__(None))


class N:
    def __index__(self):
        return 2


print(A('H', [9]) * N(), N() * A('H', [8]))

# hash, bool
t(lambda: hash(A('i')))
t(lambda: {A('b'): 1})
print(A.__hash__, bool(A('i')), bool(A('i', [0])), bool(A('d', [0.0])), not A('B'))

# copy / deepcopy
src = A('d', [1.0, 2.0])
for fn in (copy.copy, copy.deepcopy, lambda a: a.__copy__(), lambda a: a.__deepcopy__({})):
    cp = fn(src)
    cp[0] = 9.0
    print(cp, src, cp is src, type(cp).__name__, cp.typecode)
t(lambda: src.__deepcopy__())
t(lambda: src.__copy__(1))
print(A('Q', [2 ** 64 - 1]) == copy.copy(A('Q', [2 ** 64 - 1])), copy.deepcopy([A('b', [1])]))
