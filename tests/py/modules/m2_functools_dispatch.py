# functools: cmp_to_key, total_ordering, singledispatch, cached_property.
from functools import cmp_to_key, total_ordering, singledispatch, singledispatchmethod, cached_property


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(max(words, key=cmp_to_key(by_length_then_alpha)), min([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5) > K(1), K(1) >= K(2), K(7).obj)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents > other.cents

    def __repr__(self):
        return f'Money({self.cents})'


a, b = Money(5), Money(9)
print(a < b, a <= b, a > b, a >= b, a <= Money(5), sorted([b, a, Money(1)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print('ValueError', e)


@singledispatch
def describe(obj):
    return f'object {obj!r}'


@describe.register
def _(obj: int):
    return f'int {obj}'


@describe.register(list)
@describe.register(tuple)
def _seq(obj):
    return f'sequence of {len(obj)}'


@describe.register(float)
def _(obj):
    return f'float {obj:.2f}'


@describe.register(str)
@describe.register(bytes)
def _(obj):
    return f'text {obj!r}'


print(describe(3), describe(True), describe(2.5), describe([1, 2]), describe((1,)), describe('s'), describe(b'b'))
print(describe(None), describe({1: 2}), describe.dispatch(bool).__name__, describe.dispatch(dict).__name__)
print(sorted(t.__name__ for t in describe.registry))


class Base:
    pass


class Derived(Base):
    pass


@singledispatch
def kind(x):
    return 'default'


kind.register(Base, lambda x: 'base')
kind.register(str, lambda x: 'str')
print(kind(Derived()), kind(Base()), kind('abc'), kind(range(3)), kind(5))
try:
    describe()
except TypeError as e:
    print('TypeError', e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register
    def _(self, arg: int):
        return f'<{arg:04d}>'

    @fmt.register
    def _(self, arg: list):
        return '[' + ','.join(self.fmt(a) for a in arg) + ']'


print(Formatter().fmt(7), Formatter().fmt([1, 'x', 2]))


class Dataset:
    loads = 0

    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        Dataset.loads += 1
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, Dataset.loads, 'total' in vars(d))
d.total = 100
print(d.total)
del d.total
print(d.total, Dataset.loads, type(Dataset.total).__name__, Dataset.total.attrname)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except TypeError as e:
    print('TypeError', e)
