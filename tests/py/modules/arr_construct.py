# array construction: every initializer kind per typecode, typecode errors, the exact
# OverflowError / TypeError messages at both ends of each integer code, module attributes.
import array
from array import array as A


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is array.array, array.array is A)
print(type(A('b')).__name__, type(A('b')).__module__, repr(type(A('b'))), A.__name__, A.__qualname__)
print(sorted(n for n in dir(array) if not n.startswith('__')))

NUMERIC = 'bBhHiIlLqQfd'
# itemsizes on a 64-bit Linux build
print([(tc, A(tc).itemsize) for tc in NUMERIC])
print([A(tc).typecode for tc in NUMERIC])

# initializers of every kind
for tc in NUMERIC:
    print(tc, A(tc), A(tc, [1, 2, 3]), A(tc, (4, 5)), A(tc, iter([6, 7])), A(tc, range(3)))
    print(' ', A(tc, (x for x in [8, 9])), A(tc, A('b', [10, 11])), A(tc, A(tc, [12])), A(tc, []), A(tc, ()))
for tc in 'bBhHiIqQd':
    a = A(tc, [1, 2])
    print(tc, A(tc, a.tobytes()) == a, A(tc, bytearray(a.tobytes())) == a, A(tc, memoryview(a.tobytes())) == a)
# only bytes/bytearray are taken as raw machine bytes; a memoryview is iterated item by item
print(A('h', memoryview(b'\x01\x00\x02\x00')), A('d', memoryview(b'\x01')), A('h', iter(b'\x01\x00')))
print(A('B', b'abc'), A('b', bytearray(b'\x80\x7f')), A('h', b''), A('d', bytearray()))
print(A('d', A('i', [1, -2])), A('f', A('d', [0.5, 2.0])), A('q', A('B', b'\x01\xff')))
print(A('d', [1, 2.5, True]), A('i', [True, False]), A('f', {1: 2}), A('B', {7}))
# float array from floats that lose precision / big ints
print(A('d', [2 ** 53 + 1]), A('f', [16777217]), A('d', [10 ** 20]))
t(lambda: A('d', [10 ** 400]))
t(lambda: A('f', [1e300]))
t(lambda: A('f', [-1e300]))
print(A('f', [float('inf')]), A('d', [float('-inf')]), A('f', [float('nan')]))

# converting between typecodes is element-wise and overflow-checked
t(lambda: A('b', A('i', [200])))
t(lambda: A('i', A('d', [1.0])))
t(lambda: A('B', A('f', [1.0])))
t(lambda: A('d', A('Q', [2 ** 64 - 1])))

# bad typecodes
t(lambda: A('z'))
t(lambda: A('bb'))
t(lambda: A(''))
t(lambda: A(1))
t(lambda: A(b'b'))
t(lambda: A(None))
t(lambda: A('c'))
t(lambda: A('Z', [1]))
t(lambda: A())
t(lambda: A('b', [1], 2))
t(lambda: A('b', initializer=[1]))
t(lambda: A(typecode='b'))
t(lambda: A('b', 5))
t(lambda: A('b', None))
t(lambda: A('b', 1.5))
t(lambda: A('d', 'abc'))
t(lambda: A('b', 'abc'))
t(lambda: A('B', ''))

# integer limits: both ends of every integer code
limits = {'b': (-2 ** 7, 2 ** 7 - 1), 'B': (0, 2 ** 8 - 1), 'h': (-2 ** 15, 2 ** 15 - 1),
          'H': (0, 2 ** 16 - 1), 'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1),
          'l': (-2 ** 63, 2 ** 63 - 1), 'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1),
          'Q': (0, 2 ** 64 - 1)}
for tc, (lo, hi) in limits.items():
    print(tc, A(tc, [lo, hi]))
    print(' ', end='')
    t(lambda: A(tc, [lo - 1]))
    print(' ', end='')
    t(lambda: A(tc, [hi + 1]))
    print(' ', end='')
    t(lambda: A(tc, [2 ** 100]))
    print(' ', end='')
    t(lambda: A(tc, [-2 ** 100]))
# wrong item types into integer arrays
for tc in 'bBhHiIlLqQ':
    print(tc, end=' ')
    t(lambda: A(tc, [1.0]))
for tc in 'bHLQ':
    print(tc, end=' ')
    t(lambda: A(tc, ['1']))
    print(tc, end=' ')
    t(lambda: A(tc, [None]))
# wrong item types into float arrays
for tc in 'fd':
    print(tc, end=' ')
    t(lambda: A(tc, ['1.0']))
    print(tc, end=' ')
    t(lambda: A(tc, [None]))
    print(tc, end=' ')
    t(lambda: A(tc, [1j]))


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


class IntOnly:
    def __int__(self):
        return 3


t(lambda: A('i', [Idx()]))
t(lambda: A('Q', [Idx()]))
t(lambda: A('d', [Flt()]))
t(lambda: A('d', [Idx()]))
t(lambda: A('i', [IntOnly()]))
t(lambda: A('i', [Flt()]))


# an iterator that fails midway
def gen():
    yield 1
    yield 2
    raise KeyError('boom')


t(lambda: A('i', gen()))
t(lambda: A('i', [1, 2, 'x']))
