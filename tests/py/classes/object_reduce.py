# object.__reduce__/__reduce_ex__ follow the copyreg protocol; __flags__ uses CPython's bits.
import abc
import copy
import sys


class A:
    pass


a = A()
a.x = 1
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1:])
r = a.__reduce_ex__(1)
print(r[0].__name__, r[1:])
print(a.__reduce__()[0].__name__, 'copyreg' in sys.modules)
print(object().__reduce_ex__(2)[1], (1).__reduce_ex__(4)[1], complex(1, 2).__reduce_ex__(2)[1])
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(3), bytearray(b'x').__reduce__())


class BA(bytearray):
    pass


b = BA(b'\xff')
b.tag = 't'
print(b.__reduce_ex__(2), b.__reduce_ex__(4))


class S:
    __slots__ = ('x',)

    def __getstate__(self):
        return {'x': 1}

    def __setstate__(self, state):
        object.__setattr__(self, 'x', state['x'])


print(S().__reduce_ex__(2)[1:3], copy.copy(S()).x)


class Plain:
    __slots__ = ('a', 'b')


p = Plain()
p.a = 5
print(p.__reduce_ex__(2)[1:3], copy.copy(p).a)
for proto in (0, 1):
    try:
        p.__reduce_ex__(proto)
    except TypeError as e:
        print('TypeError', e)


class Args:
    def __new__(cls, *args, **kw):
        return super().__new__(cls)

    def __getnewargs_ex__(self):
        return (1, 2), {'k': 3}


print(Args().__reduce_ex__(4)[0].__name__, Args().__reduce_ex__(4)[1])


class Custom:
    def __reduce__(self):
        return (Custom, ())


print(Custom().__reduce_ex__(3), Custom().__reduce_ex__(0))


class Sub(Custom):
    def __reduce__(self):
        return ('base', super().__reduce__())


print(Sub().__reduce__())
print(len.__reduce_ex__(2), len.__reduce__())
for x in (lambda: 0, (i for i in ())):
    try:
        x.__reduce_ex__(2)
    except TypeError as e:
        print('TypeError', e)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


for t in (A, Abstract, int, list, dict, str, tuple, bytes, type, BaseException):
    f = t.__flags__
    print(t.__name__, bool(f & (1 << 9)), bool(f & (1 << 10)), bool(f & (1 << 20)),
          [bit for bit in range(24, 32) if f & (1 << bit)])
