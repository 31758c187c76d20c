# Equality and hashing together: which classes are hashable after defining __eq__,
# explicit __hash__ inheritance, reflected __eq__ priority for subclasses, identity
# shortcuts in containers, NotImplemented from both sides, dataclass eq/frozen/
# unsafe_hash, and dict/set behaviour with colliding or changing hashes.
from dataclasses import dataclass, FrozenInstanceError

calls = []


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


class Plain:
    pass


class EqOnly:
    def __eq__(self, o):
        return isinstance(o, EqOnly)


class EqAndHash(EqOnly):
    __hash__ = object.__hash__


class SubOfEqOnly(EqOnly):
    pass


class RedefEq(EqAndHash):
    def __eq__(self, o):
        return True


class HashNone:
    __hash__ = None


for cls in (Plain, EqOnly, EqAndHash, SubOfEqOnly, RedefEq, HashNone):
    h = cls.__dict__.get("__hash__", "inherited")
    try:
        hash(cls())
        ok = "hashable"
    except TypeError as e:
        ok = f"TypeError: {e}"
    print(cls.__name__, "__hash__ in dict:", h if h in (None, "inherited") else "set", "|", ok)

show(lambda: {EqOnly(): 1})
show(lambda: {HashNone()})
show(lambda: [EqOnly()] .index(EqOnly()))


class Base:
    def __eq__(self, o):
        calls.append(f"Base.__eq__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented

    __hash__ = None


class Derived(Base):
    def __eq__(self, o):
        calls.append(f"Derived.__eq__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented


b, d = Base(), Derived()
print(b == d, calls)
calls.clear()
print(d == b, calls)
calls.clear()
print(b != d, calls)
calls.clear()
print(b == b, b != b, calls)
calls.clear()
show(lambda: b < d)
print(calls)


class Loud:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        calls.append(f"eq {self.k}")
        return isinstance(o, Loud) and o.k == self.k

    def __hash__(self):
        return 1  # every instance collides


calls.clear()
x = Loud("x")
lst = [Loud("a"), x, Loud("b")]
print(x in lst, calls)  # identity is checked before __eq__ for each element
calls.clear()
print(lst.count(x), lst.index(x), calls)
calls.clear()
d1 = {x: "x"}
print(d1[x], calls)  # identity hit: no __eq__
calls.clear()
print(d1.get(Loud("x")), calls)
calls.clear()
s = {Loud("p"), Loud("q"), Loud("p")}
print(len(s), sorted(o.k for o in s))

nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan),
      float("nan") in [nan], {nan, nan} == {nan}, len({float("nan"), float("nan")}))
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"},
      len({0, 0.0, False, -0.0}), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))


class Mutable:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, Mutable) and o.v == self.v

    def __hash__(self):
        return hash(self.v)


m = Mutable(1)
dm = {m: "stored"}
m.v = 2
print(m in dm, Mutable(1) in dm, Mutable(2) in dm, list(dm.values()))


@dataclass
class DC:
    a: int
    b: str = "x"


@dataclass(frozen=True)
class FDC:
    a: int


@dataclass(eq=False)
class NoEqDC:
    a: int


@dataclass(unsafe_hash=True)
class UH:
    a: int


print(DC(1) == DC(1), DC(1) == DC(1, "y"), DC(1) == (1, "x"), DC.__hash__)
print(hash(FDC(3)) == hash(FDC(3)), FDC(3) == FDC(3), {FDC(1), FDC(1)} == {FDC(1)})
print(NoEqDC(1) == NoEqDC(1), hash(NoEqDC(1)) is not None, hash(UH(5)) == hash(UH(5)))
show(setattr, FDC(1), "a", 2)
try:
    FDC(1).a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))


class CmpBoth:
    def __lt__(self, o):
        return NotImplemented

    def __gt__(self, o):
        return NotImplemented


show(lambda: CmpBoth() < CmpBoth())
show(lambda: CmpBoth() == CmpBoth())
show(lambda: sorted([CmpBoth(), CmpBoth()]))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"L{self.v}"


print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max([OnlyLt(3), OnlyLt(5)]),
      OnlyLt(1) > OnlyLt(0))
show(lambda: OnlyLt(1) <= OnlyLt(2))


class EqReturnsOther:
    def __eq__(self, o):
        return "truthy"

    def __ne__(self, o):
        return 0


e = EqReturnsOther()
print(e == 1, e != 1, e in [1], [e] == [1], [e] != [1], 1 == e)
