# A user-defined numeric type used the way programs use one: mixed arithmetic with
# NotImplemented, sum()/sorted()/max(), functools.total_ordering, hashing consistent
# with ==, three-argument pow, rounding via math, slicing with __index__, and the
# TypeError texts when operands do not support an operation.
import functools
import math


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


@functools.total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = int(cents)

    def __repr__(self):
        return f"Money({self.cents})"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def _coerce(self, other):
        if isinstance(other, Money):
            return other.cents
        if isinstance(other, int) and not isinstance(other, bool):
            return other * 100
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Money(self.cents + o)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Money(self.cents - o)

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else Money(o - self.cents)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money(round(self.cents / k))

    def __divmod__(self, k):
        q, r = divmod(self.cents, k)
        return Money(q), Money(r)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else self.cents == o

    def __lt__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is NotImplemented else self.cents < o

    def __hash__(self):
        return hash(self.cents) if self.cents % 100 else hash(self.cents // 100)

    def __round__(self, nd=None):
        return Money(round(self.cents, -2)) if nd is None else Money(round(self.cents, nd))

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)


a, b = Money(250), Money(1999)
print(a + b, a + 3, 3 + a, 10 - a, a - 1, a * 3, 2 * a, b / 4, b / a, divmod(b, 7))
print(sum([a, b, Money(1)]), sum([a, b], Money(0)), -a, abs(-a), bool(Money(0)))
print(sorted([b, a, Money(5)]), max(a, b), min([a, b], key=lambda m: -m.cents))
print(a < b, a <= b, a > b, a >= b, a == 2, Money(200) == 2, a != Money(250), 2 < a)
print(f"{a}|{a:.3f}|{b:>10.2f}|{str(a):*^9}")
print(round(Money(1251)), round(Money(1251), -1), math.floor(Money(-150)), math.ceil(Money(-150)),
      math.trunc(Money(-150)))
print(len({Money(200), 2, Money(201), 2.0}), {2: "int"}[Money(200)])
show(lambda: a + 1.5)
show(lambda: 1.5 - a)
show(lambda: a * a)
show(lambda: a < "x")
show(lambda: "x" >= a)
show(lambda: a ** 2)
show(lambda: pow(a, 2, 3))
show(lambda: ~a)
show(lambda: a @ a)
show(lambda: a // 2)
show(lambda: a % 2)
show(lambda: a + True)
print(a == "250", a != "250", a == None)


class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)

    def __rpow__(self, base, m=None):
        return ("rpow", base, self.v, m)

    def __index__(self):
        return self.v

    def __matmul__(self, o):
        return ("matmul", self.v, getattr(o, "v", o))

    def __rmatmul__(self, o):
        return ("rmatmul", o, self.v)

    def __imatmul__(self, o):
        self.v *= 10
        return self


m = Mod(2)
print(m ** 3, pow(m, 3, 5), 2 ** m, pow(2, m), m @ 1, [1] @ m)
show(lambda: pow(2, m, 5))
print("abcdef"[m:Mod(5)], list(range(Mod(4))), [0, 1, 2, 3][m], hex(m), bin(Mod(5)), m.__index__())
m @= 0
print(m.v, (10).__pow__(Mod(1)), operator_add := (1).__add__(1.0))


class Vec:
    def __init__(self, *c):
        self.c = list(c)

    def __iadd__(self, o):
        if isinstance(o, Vec):
            self.c = [x + y for x, y in zip(self.c, o.c)]
            return self
        return NotImplemented

    def __add__(self, o):
        if isinstance(o, (int, float)):
            return Vec(*[x + o for x in self.c])
        return NotImplemented

    def __repr__(self):
        return f"Vec{tuple(self.c)}"


v = Vec(1, 2)
orig = v
v += Vec(10, 10)
print(v, v is orig)
v += 5  # __iadd__ gives NotImplemented: falls back to __add__, new object
print(v, v is orig)
try:
    v += "s"
except TypeError as e:
    print(type(e).__name__, e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
