# Special methods defined in Python classes: operators (incl. reflected and in-place),
# comparisons, hashing, truth, containers, iteration, calls and conversions.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "V" + repr(self.c)

    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, int):
            return V(*(a + o for a in self.c))
        return NotImplemented

    def __radd__(self, o):
        return ("radd", o)

    def __sub__(self, o):
        return ("sub", o)

    def __rsub__(self, o):
        return ("rsub", o)

    def __mul__(self, k):
        return V(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __truediv__(self, o):
        return "truediv"

    def __rtruediv__(self, o):
        return "rtruediv"

    def __floordiv__(self, o):
        return "floordiv"

    def __mod__(self, o):
        return "mod"

    def __rmod__(self, o):
        return "rmod"

    def __divmod__(self, o):
        return "divmod"

    def __rdivmod__(self, o):
        return "rdivmod"

    def __pow__(self, o, mod=None):
        return ("pow", o, mod)

    def __rpow__(self, o):
        return ("rpow", o)

    def __lshift__(self, o):
        return "lshift"

    def __rrshift__(self, o):
        return "rrshift"

    def __and__(self, o):
        return "and"

    def __ror__(self, o):
        return "ror"

    def __xor__(self, o):
        return "xor"

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return V(*(abs(a) for a in self.c))

    def __invert__(self):
        return "invert"


v = V(1, 2)
print(v + V(10, 20), v + 1, 1 + v, "s" + v)
print(v - 1, 1 - v, v * 3, 3 * v, v @ V(3, 4))
print(v / 1, 1 / v, v // 1, v % 1, 1 % v, divmod(v, 1), divmod(1, v))
print(v ** 2, pow(v, 2, 5), 2 ** v, v << 1, 1 >> v, v & 1, 1 | v, v ^ 1)
print(-v, +v, abs(V(-1, 2)), ~v)
show(lambda: v + "x")
show(lambda: v >> 1)
show(lambda: 1 << v)
show(lambda: pow(2, v, 5))


# In-place operators, with and without __iXX__
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __isub__(self, o):
        return "isub result"

    def __imatmul__(self, o):
        return "imatmul"

    def __ipow__(self, o):
        return "ipow"

    def __add__(self, o):
        return "plain add"


a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 5
print(a)
x = Acc()
x @= 1
print(x)
x = Acc()
x **= 2
print(x)


class OnlyAdd:
    def __add__(self, o):
        return "added"


y = OnlyAdd()
y += 1
print(y)
show(lambda: [1].__iadd__(5))


# Reflected operand of a subclass goes first
class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"

    def __lt__(self, o):
        return "Base.lt"

    def __gt__(self, o):
        return "Base.gt"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"

    def __gt__(self, o):
        return "Derived.gt"


print(Base() + Derived(), Derived() + Base(), Base() + Base())
print(Base() < Derived(), Derived() < Base())


class IntSub(int):
    def __radd__(self, o):
        return "IntSub.radd"

    def __add__(self, o):
        return "IntSub.add"


print(1 + IntSub(2), IntSub(2) + 1, IntSub(2) * 3, 5 - IntSub(2))


# Rich comparisons and their reflection
class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, Cmp) and self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v


print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(2) >= Cmp(2))
print(1 == Cmp(1))
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v, min(Cmp(5), Cmp(4)).v)
show(lambda: Cmp(1) > 3)
show(lambda: object() < object())
show(lambda: 1 < "x")


class NoEq:
    pass


n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2, n1 != n1)

# hash rules
show(lambda: hash(Cmp(1)))
print(Cmp.__hash__)


class EqHash(Cmp):
    def __hash__(self):
        return hash(self.v)


print(hash(EqHash(7)) == hash(7), len({EqHash(1), EqHash(1), EqHash(2)}) >= 1)


class InheritsEq(Cmp):
    pass


show(lambda: hash(InheritsEq(1)))


class Unhashable:
    __hash__ = None


show(lambda: hash(Unhashable()))
show(lambda: {Unhashable()})


class BigHash:
    def __hash__(self):
        return 2**100


class BadHash:
    def __hash__(self):
        return "x"


print(hash(BigHash()) == hash(2**100))
show(lambda: hash(BadHash()))
print(hash(NoEq()) == hash(n1) or True)


# Truth
class T0:
    def __bool__(self):
        return False


class L0:
    def __len__(self):
        return 0


class L3:
    def __len__(self):
        return 3


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2**70


class StrLen:
    def __len__(self):
        return "3"


print(bool(T0()), bool(L0()), bool(L3()), bool(NoEq()), not T0(), len(L3()))
show(lambda: bool(BadBool()))
show(lambda: len(BadLen()))
show(lambda: len(BigLen()))
show(lambda: len(StrLen()))
show(lambda: len(NoEq()))
print("yes" if L3() else "no", "yes" if L0() else "no")


# Containers
class Box:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        if k == "missing":
            raise KeyError(k)
        return self.d.get(k, ("default", k))

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __contains__(self, k):
        return k == "magic"

    def __len__(self):
        return len(self.d)


bx = Box()
bx["a"] = 1
bx[1:3] = "slice"
print(bx["a"], bx["zz"], bx[slice(1, 3)], len(bx), "magic" in bx, "a" in bx, "x" not in bx)
del bx["a"]
print(len(bx))
show(lambda: bx["missing"])


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])


class NotIterable:
    __iter__ = None


show(lambda: iter(NotIterable()))


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])


show(lambda: 1 in NoContains())


# Iteration protocol
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), sum(Countdown(5)), next(Countdown(2)))
it = Countdown(1)
print(next(it), next(it, "done"))
show(lambda: next(Countdown(0)))


class BadIter:
    def __iter__(self):
        return 5


show(lambda: iter(BadIter()))


# Calls
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale


ad = Adder(3)
print(ad(4), ad(4, scale=2), callable(ad), callable(NoEq()), list(map(ad, [1, 2])))
show(lambda: NoEq()())
show(lambda: ad())


# Conversions
class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3

    def __complex__(self):
        return 1j


print(int(Num()), float(Num()), [0, 1, 2, 3, 4][Num()], bin(Num()), hex(Num()), range(10)[Num()])
print(operator_index := __import__("operator").index(Num()))


class BadIndex:
    def __index__(self):
        return "x"


show(lambda: [1, 2][BadIndex()])
show(lambda: int(NoEq()))
show(lambda: float(NoEq()))


# String conversions and format
class Fmt:
    def __repr__(self):
        return "Fmt-repr"

    def __str__(self):
        return "Fmt-str"

    def __format__(self, spec):
        return "Fmt-format[" + spec + "]"


fm = Fmt()
print(repr(fm), str(fm), f"{fm}", f"{fm!r}", f"{fm:>10}", format(fm, "x"), "%s %r" % (fm, fm))


class OnlyRepr:
    def __repr__(self):
        return "only-repr"


print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], format(OnlyRepr()))
show(lambda: format(OnlyRepr(), "x"))


class BadRepr:
    def __repr__(self):
        return 5


show(lambda: repr(BadRepr()))


class BadStr:
    def __str__(self):
        return None


show(lambda: str(BadStr()))


# __del__ is called once when the last reference goes
class Del:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


d1 = Del("one")
d1 = None
print("after one")


def scope():
    Del("two")
    print("in scope")


scope()

# __init__ returning a value
class BadInit:
    def __init__(self):
        return 1


show(lambda: BadInit())


# __new__ customisation
class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, *args):
        self.args = args


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.args)


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NewReturnsOther())
