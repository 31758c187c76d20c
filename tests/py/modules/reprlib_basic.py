# reprlib.Repr limits, indentation, fill values and recursive_repr.
import reprlib
from array import array
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
values = [
    [], [1, 2, 3], list(range(10)), (), (1,), tuple(range(10)), {}, {1: 2}, dict.fromkeys(range(10)),
    set(), {3, 1, 2}, set(range(20)), frozenset(), frozenset(range(10)), deque(), deque(range(10)),
    array('i'), array('i', range(3)), array('d', range(10)), 'short', 'x' * 100,
    'a' * 40 + 'b' * 40, 10 ** 50, -10 ** 50, 12345, [[[[[[[1]]]]]]], {'a': [1, {'b': (2, 3)}]},
    {1, 'a'}, {1: 'a', 'b': 2}, 1.5, None, object, range(100),
]
for v in values:
    print(reprlib.repr(v))

for kw in [dict(maxlevel=1), dict(maxlevel=0), dict(maxlist=2, maxtuple=1), dict(maxstring=10),
           dict(maxstring=3), dict(maxstring=0), dict(maxlong=10), dict(maxother=12),
           dict(fillvalue='<+>'), dict(maxdict=1, maxset=2, maxfrozenset=1, maxdeque=2, maxarray=1)]:
    rr = reprlib.Repr(**kw)
    print(kw)
    for v in [list(range(10)), (1, 2, 3), 'abcdefghijklmnopqrstuvwxyz', 10 ** 30,
              {'k': [1, [2, [3]]]}, set(range(5)), frozenset(range(5)), deque(range(5)),
              array('b', range(5)), range(1000), [[1], {1: 2}, (1,), set(), {1}]]:
        print('   ', rr.repr(v))

for indent in [2, '--', 0, '']:
    rr = reprlib.Repr(indent=indent)
    print(repr(rr.repr([1, [2, [3]], {}, (), (1,), {'a': 1, 'b': [1, 2]}])))
    print(repr(rr.repr([])), repr(rr.repr({})), repr(rr.repr((1,))))
print(reprlib.Repr(indent=4, maxlevel=2).repr([1, [2, [3, [4]]]]))
for bad in (-1, 2.0, [1]):
    try:
        reprlib.Repr(indent=bad).repr([1])
    except Exception as e:
        print(type(e).__name__, e)
try:
    reprlib.Repr(1)
except TypeError as e:
    print('TypeError', e)


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(reprlib.repr(Broken()).split(' at ')[0])


class Long:
    def __repr__(self):
        return 'L' * 50


print(reprlib.repr(Long()), reprlib.repr([Long()]))


class MyRepr(reprlib.Repr):
    def repr_Long(self, obj, level):
        return 'Long!'

    def repr_int(self, obj, level):
        return 'int(%d)' % obj


print(MyRepr().repr([Long(), 3, (4,)]))
print(reprlib.aRepr.maxlist, reprlib.repr is not None)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        'Docstring.'
        return '<' + '|'.join(map(repr, self)) + '>'


o = Other([1, 2])
o.append(o)
print(repr(o))
m = Other.__repr__
print(m.__name__, m.__qualname__, m.__doc__, m.__module__, m.__wrapped__.__name__)
print(sorted(vars(m)))
print(reprlib.__all__)
