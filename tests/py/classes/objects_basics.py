# The object base type, the singletons None / NotImplemented / Ellipsis, __class__
# assignment, default repr/str/format/hash, argument checks of object() and instantiation.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def noaddr(s):
    # Reprs that contain addresses: keep only the part before " at 0x".
    return s.split(" at 0x")[0] + (">" if " at 0x" in s else "")


o = object()
print(type(o).__name__, noaddr(repr(o)), noaddr(str(o)), o == o, o != o, o == object())
show(lambda: object(1))
show(lambda: object(x=1))
show(lambda: object.__init__(o, 1))
show(lambda: object.__new__(1))
show(lambda: object.__new__(int))
show(lambda: int.__new__(bool))
show(lambda: int.__new__(str))
show(lambda: object.__new__())
print(type(object.__new__(object)).__name__, object.__init__(o))


class A:
    pass


class B:
    def __init__(self):
        pass


class C:
    def __new__(cls):
        return super().__new__(cls)


class D:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class E:
    def __init__(self, *a):
        super().__init__(*a)


class F:
    def __init__(self, *a, **k):
        pass


show(lambda: A(1))
show(lambda: A(x=1))
show(lambda: B(1))
show(lambda: C(1))
show(lambda: D(1))
show(lambda: E(1))
print(type(F(1, 2, x=3)).__name__, type(D()).__name__, type(E()).__name__)
print(noaddr(repr(A())), noaddr(str(A())), noaddr(format(A(), "")))
show(lambda: format(A(), "x"))
show(lambda: object.__format__(A(), 1))
print(A().__eq__(1), A().__ne__(1), A().__lt__(1), A.__eq__(A(), 1))
a = A()
print(a.__eq__(a), a.__ne__(a), a.__hash__() == hash(a), type(hash(a)).__name__)
print(A.__init__ is object.__init__, A.__new__ is object.__new__, A.__repr__ is object.__repr__)
print(noaddr(repr(A.__init__)), noaddr(repr(a.__init__)), noaddr(repr(A.__init_subclass__)))
print(a.__class__ is A, a.__getstate__(), A.__subclasshook__(int))
a.x = 1
print(a.__getstate__(), sorted(a.__dict__))
show(lambda: A.__init_subclass__(x=1))
show(lambda: A.__init_subclass__(1))
print(a.__reduce_ex__ is not None, "__reduce__" in dir(a), "__sizeof__" in dir(object))
show(lambda: object.__dir__(a, 1))
print(sorted(set(dir(object()))))

# None, NotImplemented, Ellipsis
print(repr(None), str(None), bool(None), type(None).__name__, hash(None) == hash(None))
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
show(lambda: type(None)(1))
show(lambda: type(NotImplemented)(1))
show(lambda: type(...)(x=1))
print(repr(NotImplemented), repr(...), repr(Ellipsis), Ellipsis is ..., type(...).__name__)
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), type(NotImplemented).__name__)
show(lambda: type("X", (type(None),), {}))
show(lambda: setattr(None, "x", 1))
show(lambda: None.x)
NONE = None
show(lambda: NONE())
print(None.__class__, None.__eq__(None), None.__ne__(1), None.__bool__())

# __class__ assignment
class P1:
    def who(self):
        return "P1"


class P2:
    def who(self):
        return "P2"


p = P1()
p.__class__ = P2
print(p.who(), type(p).__name__, isinstance(p, P2))
show(lambda: setattr(p, "__class__", 1))
show(lambda: setattr(p, "__class__", int))
show(lambda: setattr(1, "__class__", float))
show(lambda: delattr(p, "__class__"))


class IntA(int):
    pass


class IntB(int):
    pass


ia = IntA(5)
ia.__class__ = IntB
print(type(ia).__name__, ia + 1)

# Unhashable builtins and hash of classes
show(lambda: hash([]))
show(lambda: hash({}))
print(hash(A) == hash(A), hash(len) == hash(len), {A: 1}[A])

# Bound builtin methods and functions
print(noaddr(repr([].append)), repr(len), noaddr(repr(A.__subclasshook__)))
print([].append.__name__, [].append.__qualname__, len.__qualname__, len.__module__, [].append.__self__)
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: len(1, 2))
show(lambda: len())
show(lambda: [].clear(1))
show(lambda: [].append(x=1))
show(lambda: len(obj=1))
show(lambda: {}.keys(1))
print([].append == [].append, len == len, (1).__add__ == (1).__add__)

# type() objects: repr and attributes
print(repr(int), repr(A), repr(type), int.__module__, A.__module__, int.__qualname__)
print(int.__name__, type.__name__, object.__doc__[:30], A.__doc__, int.__doc__ is not None)
print(A.__annotations__, type(int.__dict__).__name__)
show(lambda: int.__annotations__)


class Ann:
    x: int
    y: "str" = "s"


print(Ann.__annotations__)
print(A.__mro__, A.__bases__, A.__base__, object.__mro__)
print(type(A.__dict__["__dict__"]).__name__, noaddr(repr(A.__dict__["__dict__"])))
show(lambda: A.__abstractmethods__)
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(callable(A), callable(A()), callable(type), callable(len))
