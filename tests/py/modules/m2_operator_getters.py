# operator: itemgetter, attrgetter, methodcaller (results and reprs) and the function forms.
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [('alice', 31, 'nyc'), ('bob', 25, 'sf'), ('carol', 31, 'la'), ('dave', 19, 'sf')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(-1)('abc'), itemgetter(slice(1, 3))('abcdef'))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}), itemgetter(1)({1: 'one'}), itemgetter(0, 0)([7]))
print(repr(itemgetter(1)), repr(itemgetter('a', 'b')), repr(itemgetter(slice(None, 2))))
for bad in [lambda: itemgetter(5)('ab'), lambda: itemgetter('k')({}), lambda: itemgetter(0)(5),
            lambda: itemgetter(1)(None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.address = name, age, Address(city)

    def greet(self, greeting='hi', punct='!'):
        return f'{greeting} {self.name}{punct}'


people = [Person(n, a, c) for n, a, c in rows]
print([p.name for p in sorted(people, key=attrgetter('age', 'name'))])
print(attrgetter('address.city')(people[0]), attrgetter('name', 'address.city')(people[1]))
print(repr(attrgetter('name')), repr(attrgetter('name', 'address.city')), repr(attrgetter('a.b.c')))
for bad in [lambda: attrgetter('nope')(people[0]), lambda: attrgetter('address.zip')(people[0]),
            lambda: attrgetter(5), lambda: attrgetter('a', 5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(methodcaller('greet')(people[0]), methodcaller('greet', 'hello')(people[1]))
print(methodcaller('greet', punct='?')(people[2]), methodcaller('split', ',', 1)('a,b,c'))
print(repr(methodcaller('greet')), repr(methodcaller('split', ',', 1)), repr(methodcaller('f', 1, k='v', z=None)))
for bad in [lambda: methodcaller('missing')(1), lambda: methodcaller(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
# the function forms
print(operator.add(1, 2), operator.sub(5, 7), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.inv(5))
print(operator.lshift(1, 4), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem([1, 2, 3], 1), operator.concat([1], [2]), operator.index(7), operator.length_hint([1, 2]))
print(operator.length_hint(iter(range(10))), operator.length_hint(object(), 42), operator.call(max, 3, 9))
d = {'a': 1}
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d, operator.matmul.__name__, operator.iadd([1], [2]), operator.imul([0], 3))
x = [1]
y = operator.iadd(x, [2])
print(y is x, operator.iconcat('a', 'b'), operator.ipow(2, 5), operator.ior({1}, {2}))
for bad in [lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 9), lambda: operator.truediv(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.__add__ is operator.add, operator.__lt__(1, 2), operator.__getitem__('xy', 0))
