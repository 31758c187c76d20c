# Contracts the interpreter enforces on special methods: wrong return types from
# __init__/__len__/__bool__/__repr__/__str__/__index__/__iter__/__hash__/__format__/
# __int__/__float__, bad hooks at class creation (__prepare__, __mro_entries__,
# __classcell__), and the 3.13 rule that classmethod no longer chains descriptors.

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


def returning(name, value):
    return type(f"Bad_{name.strip('_')}", (), {name: lambda self, *a: value})


show(lambda: returning("__init__", 5)())
show(lambda: len(returning("__len__", -1)()))
show(lambda: len(returning("__len__", "3")()))
show(lambda: len(returning("__len__", 2 ** 100)()))
show(lambda: len(returning("__len__", True)()))
show(lambda: bool(returning("__bool__", 1)()))
show(lambda: bool(returning("__len__", -5)()))
show(lambda: repr(returning("__repr__", 5)()))
show(lambda: str(returning("__str__", b"x")()))
show(lambda: [10, 20][returning("__index__", "0")()])
show(lambda: [10, 20][returning("__index__", True)()])
show(lambda: iter(returning("__iter__", [1])()))
show(lambda: list(returning("__iter__", iter([1, 2]))()))
show(lambda: hash(returning("__hash__", "h")()))
show(lambda: hash(returning("__hash__", 2 ** 70)()) == hash(2 ** 70))
show(lambda: hash(returning("__hash__", True)()))
show(lambda: format(returning("__format__", 5)(), ""))
show(lambda: f"{returning('__format__', None)()}")
show(lambda: int(returning("__int__", "1")()))
show(lambda: int(returning("__int__", True)()))
show(lambda: int(returning("__index__", 7)()))
show(lambda: float(returning("__float__", 1)()))
show(lambda: float(returning("__index__", 3)()))
show(lambda: complex(returning("__complex__", 1)()))
show(lambda: abs(returning("__abs__", "anything")()))
show(lambda: 1 in returning("__contains__", [])())
show(lambda: 1 in returning("__contains__", "yes")())
show(lambda: reversed(returning("__reversed__", 3)()))
show(lambda: next(returning("__next__", 1)()))
show(lambda: dir(returning("__dir__", 5)()))
show(lambda: dir(returning("__dir__", ("b", "a"))()))
show(lambda: round(returning("__round__", "r")()))
show(lambda: divmod(returning("__divmod__", None)(), 1))
show(lambda: returning("__call__", "called")()())
show(lambda: returning("__getitem__", "item")()["any"])


class LenLimited:
    def __init__(self):
        self.i = 0

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(LenLimited()), 4 in LenLimited(), 5 in LenLimited(), list(reversed(range(3))))


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


def use_bad_prepare():
    class X(metaclass=BadPrepare):
        pass


show(use_bad_prepare)


class BadEntries:
    def __mro_entries__(self, bases):
        return [object]


def use_bad_entries():
    class Y(BadEntries()):
        pass


show(use_bad_entries)


class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


def use_drops_cell():
    class Z(metaclass=DropsCell):
        def m(self):
            return __class__


show(use_drops_cell)


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NewReturnsOther())


class C:
    @classmethod
    @property
    def cp(cls):
        return "property via classmethod"


r = C.cp
print(type(r).__name__, callable(r))


class InitSub:
    def __init_subclass__(cls):
        cls.marked = True

    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class Kid(InitSub):
    pass


print(Kid.marked, Kid[int], type(InitSub.__dict__["__init_subclass__"]).__name__,
      type(InitSub.__dict__["__class_getitem__"]).__name__)
show(lambda: returning("__eq__", "s")() == 1)
show(lambda: returning("__lt__", [])() < 1)
show(lambda: sorted([returning("__lt__", None)(), returning("__lt__", None)()]) and "sorted")
