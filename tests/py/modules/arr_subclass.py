# array as a type: ABC registration, subclasses (extra attributes, __new__/__init__
# signature rules, result types of operations), generic alias, type attributes.
import array
import collections.abc as abc
import copy
from array import array as A


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = A('i', [1, 2])
print(isinstance(a, abc.MutableSequence), isinstance(a, abc.Sequence), isinstance(a, abc.Iterable))
print(isinstance(a, abc.Reversible), isinstance(a, abc.Sized), isinstance(a, abc.Hashable), isinstance(a, abc.Buffer))
print(issubclass(A, abc.MutableSequence), issubclass(A, abc.Collection), issubclass(A, list), A.__mro__)
print(type(a) is A, type(a) is array.ArrayType, A.__module__, A.__name__, repr(A), A.__base__)
print(A[int], type(A[int]).__name__, A[int].__origin__ is A)
print(callable(getattr(A, '__class_getitem__', None)), hasattr(a, '__dict__'), hasattr(A, '__slots__'))
t(lambda: setattr(a, 'extra', 1))
t(lambda: setattr(A, 'extra', 1))
t(lambda: setattr(a, 'typecode', 'b'))
t(lambda: setattr(a, 'itemsize', 8))
t(lambda: delattr(a, 'typecode'))
print(sorted(n for n in dir(A) if not n.startswith('_')))
print(type(A.typecode).__name__, type(A.append).__name__, type(a.append).__name__)


class Sub(A):
    pass


s = Sub('d', [1.0, 2.0])
s.tag = 'x'
print(s, repr(s), type(s).__name__, s.tag, s.__dict__, isinstance(s, A), s.typecode, len(s))
# slicing, +, * and even copy.copy/deepcopy (array.__copy__) give a plain array
for res in (s[:], s[0:1], s + s, s * 2, 2 * s, copy.copy(s), copy.deepcopy(s)):
    print(type(res).__name__, res, getattr(res, 'tag', None))
s2 = s
s += A('d', [3.0])
s *= 2
print(type(s).__name__, s is s2, s)
print(s == A('d', [1.0, 2.0, 3.0] * 2), A('d', [1.0, 2.0, 3.0] * 2) == s, Sub('i') == A('i'))
t(lambda: Sub())
t(lambda: Sub('z'))
t(lambda: Sub('b', [1], 3))
t(lambda: Sub('b', initializer=[1]))
t(lambda: hash(Sub('b')))


class WithInit(A):
    def __init__(self, typecode, data=(), scale=1):
        self.scale = scale


t(lambda: WithInit('i', [1, 2]))
w = WithInit('i', [1, 2])
print(w, w.scale)
t(lambda: WithInit('i', [1, 2], scale=3))
t(lambda: WithInit('i', [1, 2], 3))


class WithNew(A):
    def __new__(cls, data, scale=1):
        self = super().__new__(cls, 'h', [x * scale for x in data])
        self.scale = scale
        return self

    def __init__(self, data, scale=1):
        self.inited = True


n = WithNew([1, 2], scale=10)
print(n, n.scale, n.inited, type(n).__name__, n.typecode)
n2 = WithNew([3], 2)
print(n2, n2.scale)
t(lambda: copy.copy(n))


class Slotted(A):
    __slots__ = ('meta',)


sl = Slotted('B', b'ab')
sl.meta = 5
print(sl, sl.meta, hasattr(sl, '__dict__'))
t(lambda: setattr(sl, 'other', 1))


class Overrides(A):
    def __getitem__(self, i):
        return 'item%r' % (i,)

    def __len__(self):
        return 99

    def __iter__(self):
        return iter('xyz')

    def __repr__(self):
        return 'Overrides(%s)' % super().__repr__()


o = Overrides('i', [5, 6])
print(o[0], len(o), list(o), repr(o), o.tolist(), o.tobytes() == A('i', [5, 6]).tobytes())
print(A('i', o), o == A('i', [5, 6]), o.count(5), o.index(6), 5 in o, o.pop(), o.buffer_info()[1])


class Ordered(A):
    def __eq__(self, other):
        return 'eq-called'

    def __lt__(self, other):
        return 'lt-called'


print(A('i') == Ordered('i'), Ordered('i') == A('i'), A('i') > Ordered('i'), A('i') < Ordered('i', [1]))
print(A.__new__(A, 'q', [1]), A.__new__(Sub, 'q', [2]), type(A.__new__(Sub, 'q')).__name__)
t(lambda: A.__new__(int, 'q'))
t(lambda: A.__new__(A))
t(lambda: A.__init__(A('b'), 'junk', 1, 2, x=3))
print(array.array.__doc__.splitlines()[0], 'typecodes' in array.__doc__ or array.__doc__ is not None)
print(array._array_reconstructor.__name__, A('i', [1]).__reduce_ex__(2)[0].__name__)
print(A('b', [1]).__reduce_ex__(3)[1], A('d', [0.5]).__reduce_ex__(2))
t(lambda: A('d', [0.5]).__reduce__())
print(A.__sizeof__ is not None, A('i').__sizeof__() < A('i', range(100)).__sizeof__())
