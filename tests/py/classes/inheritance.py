# Inheritance, MRO (C3), super() and class relations.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def names(classes):
    return [c.__name__ for c in classes]


class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    def chain(self):
        return ["D"] + super().chain()


print(names(D.__mro__))
print(names(D.mro()))
print(D().who())
print(D().chain())
print(names(D.__bases__), D.__base__.__name__)
print(names(A.__subclasses__()))
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C), isinstance(A(), B))
print(issubclass(D, (int, C)), isinstance(3, (str, int)))
print(object.__bases__, object.__base__, A.__base__)
print(names(type.__mro__))

# Classic diamond and a more complex hierarchy.
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print(names(Aa.__mro__))

# Inconsistent hierarchies.
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
show(lambda: type("Z", (P, Q), {}))
show(lambda: type("Z", (A, B), {}))
show(lambda: type("Z", (A, A), {}))
show(lambda: type("Z", (int, str), {}))
show(lambda: type("Z", (bool,), {}))
show(lambda: type("Z", (1,), {}))


def make_bad():
    class Z(X, P):
        pass
show(make_bad)


# super() forms
class Base:
    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def helper():
        return "helper"

    def __repr__(self):
        return f"{type(self).__name__}({self.v!r})"


class Derived(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    @classmethod
    def make(cls, v):
        return super().make((v, "derived"))

    def __repr__(self):
        return "Derived:" + super().__repr__()


d = Derived(1, 2)
print(d, d.v, d.w)
show(lambda: Derived.make(5))
print(super(Derived, d).__repr__())
print(super(Derived, Derived).helper())
print(super(Derived, d).helper())
print(repr(super(Derived, d)))
print(repr(super(Derived)))
print(super(Derived, d).__class__.__name__)
print(super(Derived, d).__self__ is d, super(Derived, d).__thisclass__.__name__)
print(super(Derived, d).__self_class__.__name__)
show(lambda: super(Derived, 1))
show(lambda: super(1, d))
show(lambda: super(Derived, d).nothing)
show(lambda: super())
show(lambda: super(int, True).__add__(4))
print(super(B, D()).who())
print(super(C, D()).who())


class WithSuperInLambda:
    def f(self):
        return (lambda: super().__repr__().startswith("<"))()


show(lambda: WithSuperInLambda().f())


# super() with __class__ cell
class Cell:
    def get(self):
        return __class__


print(Cell().get() is Cell)


# Cooperative multiple inheritance with keyword arguments
class Shape:
    def __init__(self, **kw):
        self.extra = sorted(kw)


class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)


class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)


class Thing(Colored, Sized):
    pass


t = Thing(color="blue", size=3, other=1)
print(t.color, t.size, t.extra, names(Thing.__mro__))

# __bases__ assignment
class M1:
    def f(self):
        return "M1"


class M2:
    def f(self):
        return "M2"


class Mix(M1):
    pass


m = Mix()
print(m.f())
Mix.__bases__ = (M2,)
print(m.f(), names(Mix.__mro__))
show(lambda: setattr(Mix, "__bases__", ()))
show(lambda: setattr(Mix, "__bases__", (int,)))
show(lambda: setattr(Mix, "__bases__", (Mix,)))
show(lambda: setattr(int, "__bases__", (object,)))
show(lambda: setattr(Mix, "__bases__", [M1]))

# isinstance / issubclass with __class__ and __subclasscheck__
class Proxy:
    @property
    def __class__(self):
        return int


print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), type(Proxy()).__name__)
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: isinstance(1, 1))
