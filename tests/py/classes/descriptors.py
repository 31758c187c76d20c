# Descriptors: data / non-data precedence, __set_name__, property, classmethod, staticmethod.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Verbose:
    def __init__(self, default):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<descriptor {self.name} of {objtype.__name__}>"
        return obj.__dict__.get("_" + self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value * 2

    def __delete__(self, obj):
        del obj.__dict__["_" + self.name]


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Host:
    x = Verbose(10)
    y = NonData()


h = Host()
print(Host.x, Host.__dict__["x"].owner, h.x)
h.x = 4
print(h.x, sorted(h.__dict__))
del h.x
print(h.x)
show(lambda: delattr(h, "x"))
print(h.y)
h.__dict__["y"] = "instance wins"
print(h.y)
h.__dict__["x"] = "data descriptor wins"
print(h.x)


# __get__ called with None
class GetOnly:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)


class UseGet:
    g = GetOnly()


print(UseGet.g, UseGet().g)


# property
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Temperature in degrees."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    ro = property(lambda self: "read only")
    empty = property()


t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, Temp.celsius.__name__)
show(lambda: setattr(t, "celsius", -300))
del t.celsius
print(t.celsius)
show(lambda: setattr(t, "ro", 1))
show(lambda: delattr(t, "ro"))
show(lambda: t.empty)
show(lambda: setattr(t, "empty", 1))
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.celsius.fset is not None)
p = property(None, None, None, "doc here")
print(p.__doc__, p.fget)
show(lambda: property().__get__(1))
show(lambda: property(1, 2, 3, 4, 5))
show(lambda: property(x=1))


class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)


s = Sub()
s.celsius = 5
print(s.celsius)


def getx(self):
    "getx doc"
    return 42


class PropSub(property):
    pass


class UsesPropSub:
    x = PropSub(getx)


print(UsesPropSub().x, UsesPropSub.x.__doc__, type(UsesPropSub.x).__name__)


# abstract-ness reported by descriptors
def abstract(f):
    f.__isabstractmethod__ = True
    return f


print(property(abstract(lambda s: 1)).__isabstractmethod__, property().__isabstractmethod__)
print(classmethod(abstract(lambda c: 1)).__isabstractmethod__)
print(staticmethod(lambda: 1).__isabstractmethod__)


# classmethod / staticmethod
class K:
    count = 0

    @classmethod
    def inc(cls, n=1):
        cls.count += n
        return cls.__name__, cls.count

    @staticmethod
    def add(a, b):
        return a + b


class KK(K):
    pass


print(K.inc(), KK.inc(5), K().inc(), K.count, KK.count)
print(K.add(1, 2), K().add(3, 4), KK.add("a", "b"))
cm = K.__dict__["inc"]
sm = K.__dict__["add"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, cm.__name__, sm.__qualname__)
print(sm(10, 20))
print(cm.__get__(None, KK)())
show(lambda: classmethod())
show(lambda: staticmethod(1, 2))
show(lambda: classmethod(x=1))
show(lambda: classmethod(1).__get__(1)())

# __set_name__ error propagation and late assignment
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class HasNamed:
    a = Named()
    b = Named()


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)


def make():
    class Z:
        q = Bad()
show(make)
HasNamed.c = Named()  # not called for late assignment
print(sorted(k for k in HasNamed.__dict__ if not k.startswith("__")))


# Functions are non-data descriptors
def f(self, x):
    return (self, x)


class FHost:
    m = f


fh = FHost()
bm = fh.m
print(bm(1)[1], bm.__self__ is fh, bm.__func__ is f, FHost.m is f)
print(f.__get__(fh)(2)[1], f.__get__(None, FHost) is f)

# descriptor objects of builtin types
print(type(int.__dict__["real"]).__name__, int.real.__get__(5), int.__dict__["real"].__name__)
print(type(list.__dict__["append"]).__name__, list.append.__name__, list.append.__qualname__)
print(type(dict.__dict__["fromkeys"]).__name__, dict.fromkeys("ab"))
print(type(object.__dict__["__init__"]).__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(type((1).__add__).__name__, (1).__add__(2), (1).__add__.__self__, (1).__add__.__name__)
show(lambda: list.append(1, 2))
show(lambda: list.append())
show(lambda: int.__add__("a", 1))
show(lambda: int.__add__(1))
show(lambda: int.__add__(1, x=2))
show(lambda: int.__dict__["real"].__set__(1, 2))
print(list.append.__get__([1]).__self__, repr(list.__dict__["append"]), repr(int.__add__))
print(repr(object.__init__), repr(int.__dict__["real"]), repr(dict.__dict__["fromkeys"]))
print(repr(len), repr(type.__dict__["mro"]))
