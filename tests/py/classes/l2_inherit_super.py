# Cooperative multiple inheritance with keyword arguments, super() in unusual places
# (properties, generators, comprehensions, nested functions, __init_subclass__), the
# errors of super() and of class creation with bad bases, and custom mro().

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


class Root:
    def __init__(self, **kw):
        if kw:
            raise TypeError(f"unused: {sorted(kw)}")
        self.trail = ["Root"]


class Named(Root):
    def __init__(self, name="anon", **kw):
        super().__init__(**kw)
        self.name = name
        self.trail.append("Named")


class Sized(Root):
    def __init__(self, size=0, **kw):
        super().__init__(**kw)
        self.size = size
        self.trail.append("Sized")


class Widget(Named, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Widget")


w = Widget(name="btn", size=3)
print(w.name, w.size, w.trail, [c.__name__ for c in Widget.__mro__])
show(lambda: Widget(name="x", colour="red"))


class Base:
    @property
    def label(self):
        return "base-label"

    def items(self):
        yield from ("b1", "b2")

    def value(self):
        return 10


class Child(Base):
    @property
    def label(self):
        return "child+" + super().label

    def items(self):
        yield "c0"
        yield from super().items()

    def values(self):
        return [super().value() * i for i in range(3)]

    def nested(self):
        def helper():
            return super(Child, self).value()
        return helper()

    def lam(self):
        return (lambda: super().value())()


ch = Child()
print(ch.label, list(ch.items()), ch.values(), ch.nested())
show(ch.lam)


def assign_via_super():
    class P:
        pass

    class Q(P):
        def set(self):
            super().__setattr__("x", 1)
            return self.x

        def bad(self):
            super().x = 5
    q = Q()
    print(q.set())
    q.bad()


show(assign_via_super)


class Registry:
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)


class R1(Registry):
    pass


class R2(R1):
    pass


print(Registry.subclasses)


class Odd:
    @staticmethod
    def st():
        return super().__repr__()

    def no_args(*args):
        return super().__repr__()

    def deleted(self):
        del self
        return super().__repr__()


show(Odd.st)
show(Odd().no_args)
show(Odd().deleted)


def outside():
    return super()


show(outside)
show(lambda: super(Odd, Odd()).st())


class A:
    pass


class B(A):
    pass


for bases in [(A, A), (A, B), (1,), (int, str), (B, A), (object, A)]:
    try:
        C = type("C", bases, {})
        print("ok", [c.__name__ for c in C.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)


def bad_class_stmt():
    class X(A, B):
        pass


show(bad_class_stmt)


class ReversedMeta(type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:-1])) + [object]


class L:
    def who(self):
        return "L"


class M:
    def who(self):
        return "M"


class N(L, M, metaclass=ReversedMeta):
    pass


print([c.__name__ for c in N.__mro__], N().who())


class Slotted1:
    __slots__ = ("a",)


class Slotted2:
    __slots__ = ("b",)


show(type, "Both", (Slotted1, Slotted2), {})
show(type, "IntStr", (int, str), {})


class Dyn(A):
    pass


Dyn.__bases__ = (B,)
print([c.__name__ for c in Dyn.__mro__], issubclass(Dyn, B))
show(setattr, Dyn, "__bases__", ())
show(setattr, A, "__bases__", (Dyn,))
