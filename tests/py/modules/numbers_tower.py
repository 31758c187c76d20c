# The numeric tower ABCs: abstract methods, mixins and builtin registration.
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction

print(numbers.__all__)
for cls in (Number, Complex, Real, Rational, Integral):
    print(cls.__name__, type(cls).__name__, cls.__mro__[1].__name__)
    print('  abstract:', sorted(cls.__abstractmethods__))
    print('  slots:', cls.__slots__, 'hash:', cls.__dict__.get('__hash__', 'inherited'))

values = [0, 7, True, 2.5, float('nan'), 1j, complex(1, 2), Fraction(1, 3), 'x', None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])

# Abstract classes cannot be instantiated until every abstract method is defined.
for cls in (Complex, Real, Rational, Integral):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, str(e).split(' with ')[0])
print(type(Number()).__name__)


# A minimal concrete Integral built on an int value, to exercise the mixins.
class MyInt(Integral):
    def __init__(self, v):
        self.v = int(v)
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __pow__(self, o, m=None): return MyInt(pow(self.v, int(o), m))
    def __rpow__(self, o): return MyInt(int(o) ** self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)


a = MyInt(7)
print(a, a.numerator, a.denominator, a.real, a.imag, a.conjugate())
print(float(a), complex(a), bool(a), bool(MyInt(0)), [10, 20, 30, 40, 50, 60, 70, 80][a])
print(a - 2, 10 - a, divmod(a, 2), divmod(20, a), a.__index__(), pow(a, 2, 5))
print(Rational.__float__(Fraction(1, 3)), Integral.__float__(a))
print(isinstance(a, Rational), isinstance(a, Real), Integral.__abstractmethods__ <= set(dir(a)))


# Registering a class makes it a virtual subclass of the whole chain.
class Money:
    pass
Rational.register(Money)
print(issubclass(Money, Real), issubclass(Money, Integral), isinstance(Money(), Number))

# Partially implemented subclass stays abstract.
class Half(Real):
    def __float__(self): return 0.5
try:
    Half()
except TypeError as e:
    print(type(e).__name__, str(e).split(' with ')[0])
print(sorted(Half.__abstractmethods__)[:5])
print(Number.__doc__.splitlines()[0])
print(Complex.__sub__.__doc__, Real.__divmod__.__doc__.splitlines()[0])
