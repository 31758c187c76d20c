# Metaclasses, class creation hooks and the type() constructor.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        ns["added"] = "by meta"
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, sorted(kw))
        return {"prepared": True}

    def meta_method(cls):
        return "meta_method of " + cls.__name__


class WithMeta(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x


class WithMetaChild(WithMeta):
    pass


print(type(WithMeta).__name__, WithMeta.added, WithMeta.prepared, WithMeta.meta_method())
w = WithMetaChild(5)
print(w.x, type(WithMetaChild).__name__)
show(lambda: w.meta_method())
print(isinstance(WithMeta, Meta), isinstance(WithMeta, type), Meta.__mro__[1].__name__)


# __init_subclass__ with keyword arguments
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="ALPHA"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(Plugin.registry, Gamma.plugin_name)


def bad_kw():
    class Z(Plugin, unknown=1):
        pass


show(bad_kw)


def bad_kw2():
    class Z(kw=1):
        pass


show(bad_kw2)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


# __class_getitem__
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Generic[int], Generic["x"], type(Generic.__dict__["__class_getitem__"]).__name__)
show(lambda: type("X", (), {})[int])

# Metaclass conflicts
class M1(type):
    pass


class M2(type):
    pass


class C1(metaclass=M1):
    pass


class C2(metaclass=M2):
    pass


def conflict():
    class Z(C1, C2):
        pass


show(conflict)


class M3(M1, M2):
    pass


class C3(C1, C2, metaclass=M3):
    pass


print(type(C3).__name__)


class C4(C1):
    pass


print(type(C4).__name__)


# A function as metaclass
def meta_func(name, bases, ns, **kw):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class FromFunc(metaclass=meta_func):
    pass


print(FromFunc.made_by, type(FromFunc).__name__)


# __prepare__ returning a non-mapping / custom mapping
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Recorder(dict):
            def __setitem__(self, k, v):
                self.setdefault("_order", []).append(k)
                super().__setitem__(k, v)
        return Recorder()

    def __new__(mcls, name, bases, ns):
        order = [k for k in ns.get("_order", []) if not k.startswith("__")]
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = order
        return cls


class Ordered(metaclass=OrderedMeta):
    b = 1
    a = 2

    def c(self):
        pass


print(Ordered.order)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


def bad_prepare():
    class Z(metaclass=BadPrepare):
        pass


show(bad_prepare)


# type() three-argument form
T = type("T", (object,), {"x": 1, "method": lambda self: self.x * 2})
print(T.__name__, T().method(), T.__module__, T.__qualname__, T.__bases__)
T2 = type("T2", (T,), {"__qualname__": "Outer.T2", "__module__": "mymod", "__doc__": "docs"})
print(T2, T2.__qualname__, T2.__doc__, T2().x)
show(lambda: type("X"))
show(lambda: type())
show(lambda: type("X", (), {}, 1))
show(lambda: type(1, (), {}))
show(lambda: type("X", 1, {}))
show(lambda: type("X", (), []))
show(lambda: type("X", (), {"__qualname__": 1}))
show(lambda: type("a\0b", (), {}))
show(lambda: type.__new__(type))
show(lambda: type.__new__(1, "a", (), {}))
show(lambda: type.__new__(int, "a", (), {}))
show(lambda: type.__init__(type, "a", 1))
show(lambda: type.__init__(type, "a", x=1))
print(type(5), type(type), type(None), type(...), type(NotImplemented))
print(type.__call__(int, "12"))
print(type.__prepare__("X", ()), Meta.__prepare__("X", ()))


# Class body namespace details
class Body:
    """The doc."""
    x = 1
    y = x + 1

    def method(self):
        return __class__

    class Inner:
        pass


print(Body.__doc__, Body.y, Body().method() is Body, Body.Inner.__qualname__, Body.__module__)
print(Body.__dict__["__doc__"], "__qualname__" in Body.__dict__, "__classcell__" in Body.__dict__)


class NoDoc:
    pass


print(NoDoc.__doc__, "__doc__" in NoDoc.__dict__, "__dict__" in NoDoc.__dict__, "__weakref__" in NoDoc.__dict__)


def make_local():
    class Local:
        def m(self):
            return 1
    return Local


L = make_local()
print(L.__qualname__, L.m.__qualname__, L)


# Metaclass __call__ bypassing __init__
class NoInit(type):
    def __call__(cls, *a):
        return ("instance of", cls.__name__, a)


class Weird(metaclass=NoInit):
    pass


print(Weird(1, 2))


# Metaclass attribute lookup
class MetaAttr(type):
    meta_only = "meta value"

    @property
    def prop(cls):
        return "prop of " + cls.__name__


class UsesMetaAttr(metaclass=MetaAttr):
    pass


print(UsesMetaAttr.meta_only, UsesMetaAttr.prop)
show(lambda: UsesMetaAttr().meta_only)


# __mro_entries__
class FakeBase:
    def __mro_entries__(self, bases):
        return (dict,)


class FromFake(FakeBase()):
    pass


print(FromFake.__bases__, FromFake.__orig_bases__[0].__class__.__name__)
show(lambda: type("X", (FakeBase(),), {}))


# __classcell__ not propagated
class ForgetfulMeta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


def forgetful():
    class Z(metaclass=ForgetfulMeta):
        def f(self):
            return __class__


show(forgetful)
show(lambda: type("X", (), {"__classcell__": 1}))

# abstract methods via abc
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


show(lambda: Shape())
show(lambda: Square(2))


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.s


print(FullSquare(3).area(), FullSquare(3).perimeter(), sorted(Shape.__abstractmethods__))
show(lambda: A.__abstractmethods__ if False else type.__abstractmethods__)


class Manual:
    pass


Manual.__abstractmethods__ = frozenset({"f"})
show(lambda: Manual())
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)
