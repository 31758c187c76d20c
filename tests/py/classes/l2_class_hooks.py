# Class-creation hooks working together: __prepare__ namespaces that reject
# duplicates, __set_name__ order and errors, __init_subclass__ chains through
# multiple inheritance, abstract classes, __instancecheck__/__subclasscheck__,
# __class_getitem__ and generic aliases, and type() argument errors.
import abc


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
        for n in getattr(e, "__notes__", ()):
            print("  note:", n)


class NoDupes(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate member {k!r}")
        super().__setitem__(k, v)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return NoDupes()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.members = [k for k in ns if not k.startswith("__")]
        return cls


class Colors(metaclass=StrictMeta):
    RED = 1
    GREEN = 2


print(Colors.members, type(Colors.__dict__).__name__)


def dup():
    class Bad(metaclass=StrictMeta):
        A = 1
        A = 2


show(dup)

order = []


class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        order.append((owner.__name__, name))
        self.name = name
        self.owner = owner

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.kind}>")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value


class Record:
    name = Field(str)
    age = Field(int)
    alias = name  # same descriptor under two names: __set_name__ called twice


r = Record()
r.age = 3
print(order, r.name, r.age, Record.alias.name)
show(setattr, r, "age", "old")
late = Field(int)
Record.late = late  # assignment after class creation does not call __set_name__
print(hasattr(late, "name"), order[-1])


class Exploding:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")


def explode():
    class Host:
        boom = Exploding()


show(explode)

calls = []


class Base:
    def __init_subclass__(cls, /, **kw):
        calls.append(("Base", cls.__name__, sorted(kw)))
        super().__init_subclass__()


class Tagged(Base):
    def __init_subclass__(cls, /, tag=None, **kw):
        calls.append(("Tagged", cls.__name__, tag))
        cls.tag = tag
        super().__init_subclass__(**kw)


class Mixin:
    def __init_subclass__(cls, /, **kw):
        calls.append(("Mixin", cls.__name__, sorted(kw)))
        super().__init_subclass__(**kw)


class Leaf(Tagged, Mixin, tag="leaf", extra=1):
    pass


print(calls, Leaf.tag, Leaf.__mro__[1:3])
show(lambda: type("X", (), {}, bogus=1))


def plain_kw():
    class P:
        pass

    class Q(P, unexpected=True):
        pass


show(plain_kw)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Half(Shape):
    def area(self):
        return 1


class Full(Half):
    name = "full"


show(Shape)
show(Half)
print(Full().area(), Full().name, sorted(Shape.__abstractmethods__), Full.__abstractmethods__)


class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), issubclass(int, Duck), issubclass(Mallard, Duck))
Duck.register(int)
print(issubclass(int, Duck), isinstance(3, Duck))


class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class Even(metaclass=EvenMeta):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance(Even(), Even), issubclass(bool, Even),
      issubclass(int, Even), isinstance(4, (str, Even)))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', item)}]"


class IntBox(Box):
    pass


print(Box[int], IntBox["T"], Box[int, str] if False else Box[(1, 2)])
show(lambda: Box()[int])
alias = list[int]
print(alias, alias.__origin__, alias.__args__, alias([1, 2]), type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], list[int] == list[int])
show(lambda: int[str])

show(type)
show(type, 1, 2)
show(type, "X", (1,), {})
show(type, "X", (), [])
show(type, "X", (bool,), {})
print(type("Y", (object,), {"v": 5, "__qualname__": "Outer.Y"}).__qualname__)
