# Attribute access: __getattr__ / __getattribute__ / __setattr__ / __delattr__, error
# messages and their name/obj, class attribute mutation and slot updates after creation.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    cls_attr = "class"


a = A()
show(lambda: a.missing)
show(lambda: A.missing)
show(lambda: getattr(a, "x", "dflt"))
show(lambda: setattr(1, "x", 1))
show(lambda: setattr(1, "real", 1))
show(lambda: setattr(1, "bit_length", 1))
show(lambda: setattr(object(), "x", 1))
show(lambda: delattr(a, "nope"))
show(lambda: delattr(A, "nope"))
show(lambda: setattr(int, "x", 1))
show(lambda: delattr(int, "real"))
show(lambda: getattr(a, 5))
show(lambda: setattr(a, 5, 1))
show(lambda: (None).foo)
show(lambda: int.foo)
try:
    a.zzz
except AttributeError as e:
    print(e.name, e.obj is a)
try:
    A.zzz
except AttributeError as e:
    print(e.name, e.obj is A)
a.inst = 1
print(a.inst, a.cls_attr, vars(a), sorted(vars(A).keys())[:3])
a.cls_attr = "shadow"
print(a.cls_attr, A.cls_attr)
del a.cls_attr
print(a.cls_attr)


class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError(f"no {name}")


d = Dyn()
d.real_attr = 1
print(d.xyz, d.real_attr, getattr(d, "xa"), hasattr(d, "y"))
show(lambda: d.y)


class Intercept:
    def __init__(self):
        self.data = {"k": 1}

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


i = Intercept()
print(i.secret, i.data, i.other)


class Logging:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


lg = Logging()
lg.a = "hello"
lg.b = 3
print(lg.a, lg.b)
del lg.a
show(lambda: lg.a)
show(lambda: object.__setattr__(int, "x", 1))
show(lambda: object.__getattribute__(1, 2))
print(object.__getattribute__(1, "real"))


class RO:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")


show(lambda: setattr(RO(), "a", 1))


# Changing the class after instances exist (method cache invalidation)
class Counter:
    def value(self):
        return 1


c = Counter()
print(c.value())
Counter.value = lambda self: 2
print(c.value())
del Counter.value
show(lambda: c.value())
Counter.value = lambda self: 3
print(c.value())


class Child(Counter):
    pass


ch = Child()
print(ch.value())
Counter.value = lambda self: 4
print(ch.value())
Child.value = lambda self: 5
print(ch.value(), c.value())

# Dunders set after class creation update the slots
class Late:
    pass


l1, l2 = Late(), Late()
show(lambda: l1 + l2)
Late.__add__ = lambda self, o: "late add"
print(l1 + l2)
Late.__len__ = lambda self: 9
print(len(l1))
Late.__repr__ = lambda self: "<Late>"
print(repr(l1), str(l1), [l1])
Late.__eq__ = lambda self, o: True
show(lambda: type(hash(l1)).__name__)
Late.__hash__ = lambda self: 5
print(hash(l1), l1 == 3)
Late.__call__ = lambda self, *a: ("called", a)
print(l1(1, 2))
del Late.__add__
show(lambda: l1 + l2)
Late.__getattr__ = lambda self, n: "ga:" + n
print(l1.anything)
Late.__iter__ = lambda self: iter([1, 2])
print(list(l1))
Late.__bool__ = lambda self: False
print(bool(l1))
Late.__getitem__ = lambda self, k: k * 2
print(l1[21])


# Inherited dunder changes propagate to subclasses
class Root:
    pass


class Leaf(Root):
    pass


show(lambda: Leaf() * 2)
Root.__mul__ = lambda self, o: "root mul"
print(Leaf() * 2)
Leaf.__mul__ = lambda self, o: "leaf mul"
print(Leaf() * 2, Root() * 2)

# Builtin type attributes
show(lambda: setattr(list, "append", 1))
show(lambda: setattr(type, "x", 1))
print(A.__name__, A.__qualname__, A.__module__, type(A.__dict__).__name__)
A.__name__ = "Renamed"
print(A.__name__, A, A.__qualname__)
A.__qualname__ = "Q.Name"
print(A)
show(lambda: setattr(A, "__name__", 1))
show(lambda: setattr(A, "__qualname__", 1))
show(lambda: setattr(A, "__name__", "a\0b"))
A.__module__ = "elsewhere"
print(A)
A.__doc__ = "new doc"
print(A.__doc__)
show(lambda: setattr(A.__dict__, "x", 1))
show(lambda: A.__dict__.__setitem__("x", 1))
mp = A.__dict__
print("cls_attr" in mp, mp["cls_attr"], mp.get("nothing", "dflt"), len(mp) > 2)
print(sorted(k for k in mp.keys() if not k.startswith("__")))

# dir()
class DirMe:
    z = 1

    def m(self):
        pass


dm = DirMe()
dm.inst = 2
print([n for n in dir(dm) if not n.startswith("__")])
print([n for n in dir(DirMe) if not n.startswith("__")])
print("__init__" in dir(dm), "mro" in dir(type), "__class__" in dir(dm))


class CustomDir:
    def __dir__(self):
        return ["b", "a"]


print(dir(CustomDir()))
