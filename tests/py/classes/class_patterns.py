# Common class patterns: decorators that edit classes, __new__ on immutable bases,
# NotImplemented fallbacks, resurrection in __del__, nested classes and qualnames.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def add_repr(cls):
    fields = list(cls.__annotations__)

    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)

    cls.__repr__ = __repr__
    cls.__init__ = __init__
    return cls


@add_repr
class Rec:
    a: int
    b: str


print(Rec(1, "x"), Rec.__annotations__)


class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

    def __init__(self, v):
        self.orig = v


c = Celsius(3)
print(c, c.orig, type(c).__name__, c + 1)


class Money(int):
    def __new__(cls, v, cur="EUR"):
        self = super().__new__(cls, v)
        self.cur = cur
        return self

    def __repr__(self):
        return f"{int(self)} {self.cur}"

    def __add__(self, o):
        return Money(int(self) + int(o), self.cur)


print(Money(5) + 3, Money(2, "USD") + Money(1), 3 + Money(1))


# NotImplemented from both sides
class NI:
    def __eq__(self, o):
        return NotImplemented

    def __lt__(self, o):
        return NotImplemented

    def __add__(self, o):
        return NotImplemented


x = NI()
print(x == x, x == NI(), x != NI(), x != x)
show(lambda: x < NI())
show(lambda: x + 1)


class IAddNI:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fallback add"


y = IAddNI()
y += 1
print(y)


class GtOnly:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v


print(GtOnly(1) < GtOnly(2), GtOnly(3) < GtOnly(2))


class EqOnly:
    def __eq__(self, o):
        return True


print(EqOnly() != 1, EqOnly() == 1)


class ContainsNonBool:
    def __contains__(self, x):
        return [x]


print(1 in ContainsNonBool(), 0 not in ContainsNonBool())


# Resurrection in __del__ (finalizer runs once)
saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)


p = Phoenix()
del p
print(len(saved))
saved.clear()
print("cleared")


# Nested classes and qualnames
class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass

    def method(self):
        class InMethod:
            pass
        return InMethod


print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.m.__qualname__, Outer().method().__qualname__)
print(repr(Outer.Inner), Outer.Inner.__module__)


# super() in classmethod and __init_subclass__ chains
class Reg:
    seen = []

    def __init_subclass__(cls, **kw):
        Reg.seen.append(("Reg", cls.__name__))
        super().__init_subclass__(**kw)


class Mid(Reg):
    def __init_subclass__(cls, tag=None, **kw):
        Reg.seen.append(("Mid", cls.__name__, tag))
        super().__init_subclass__(**kw)


class Leaf(Mid, tag="t"):
    pass


print(Reg.seen)


class SM:
    @staticmethod
    def f():
        return super()


show(SM.f)


# __getattr__ on a metaclass (class-level attribute hook)
class AutoAttr(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (auto)"


class Auto(metaclass=AutoAttr):
    real = 1


print(Auto.real, Auto.virtual)
show(lambda: Auto().virtual)


# Instance dict manipulation
class Bag:
    pass


b = Bag()
b.__dict__["k"] = "direct"
print(b.k, vars(b))
b.__dict__ = {"other": 1}
print(b.other, hasattr(b, "k"))
show(lambda: setattr(b, "__dict__", 5))
print(type(Bag.__dict__).__name__, type(vars(Bag)).__name__)


# Class attribute deletion and method cache with subclass
class P:
    attr = "P"


class Q(P):
    attr = "Q"


q = Q()
print(q.attr)
del Q.attr
print(q.attr)
del P.attr
show(lambda: q.attr)
P.attr = "new P"
print(q.attr)


# Properties overridden in subclasses
class Base:
    @property
    def v(self):
        return "base"


class Over(Base):
    v = "plain class attr"


class Over2(Base):
    @property
    def v(self):
        return "over2 " + super().v


print(Over().v, Over2().v)
o = Over()
o.v = "instance"
print(o.v)
show(lambda: setattr(Over2(), "v", 1))

# Callable class attributes that are not functions are not bound
class Holder:
    f = len
    g = staticmethod(len)
    h = print


print(Holder().f("abc"), Holder().g("ab"), Holder.f([1]))


# Class with __slots__ and a property of the same name conflict
show(lambda: type("Z", (), {"__slots__": ("p",), "p": property(lambda s: 1)}))


# __eq__ and __hash__ of a list subclass
class L(list):
    pass


show(lambda: hash(L()))
print(L([1]) == [1], [1] == L([1]))


class HashableList(list):
    def __hash__(self):
        return 7


print(hash(HashableList([1])), HashableList([1]) == [1])

# bool() of instances inheriting __len__ / __bool__ from builtins
class MyBoolInt(int):
    pass


class EmptyList(list):
    pass


print(bool(MyBoolInt(0)), bool(MyBoolInt(3)), bool(EmptyList()), bool(EmptyList([0])))

# isinstance with classes that customize checks
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)

    def __subclasscheck__(cls, sub):
        return sub is bool


class Anything(metaclass=Meta):
    pass


print(isinstance(3, Anything), isinstance("s", Anything), issubclass(bool, Anything), issubclass(int, Anything))
print(isinstance(3, (str, Anything)))
