# Module objects: creation, attributes, module __getattr__ / __dir__, repr, subclassing.
import sys

ModuleType = type(sys)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


m = ModuleType("mymod")
print(repr(m), m.__name__, m.__doc__, m.__dict__ == {"__name__": "mymod", "__doc__": None, "__package__": None, "__loader__": None, "__spec__": None})
m2 = ModuleType("m2", "the doc")
print(m2.__doc__, sorted(dir(m2)))
show(lambda: m.missing)
show(lambda: ModuleType())
show(lambda: ModuleType(1))
show(lambda: ModuleType("a", "b", "c"))
m.x = 5
print(m.x, m.__dict__["x"], "x" in dir(m))
del m.x
show(lambda: m.x)
show(lambda: delattr(m, "x"))
m.__file__ = "/some/path.py"
print(repr(m))


def mod_getattr(name):
    if name == "dynamic":
        return "dynamic value"
    raise AttributeError(f"module has no {name!r}")


m.__getattr__ = mod_getattr
print(m.dynamic)
show(lambda: m.other)
m.__dir__ = lambda: ["z", "y"]
print(dir(m))
print(repr(sys), type(sys).__name__, isinstance(sys, ModuleType))
print(m.__class__ is ModuleType, m.__annotations__)


class MyModule(ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.created = True

    def hello(self):
        return "hello from " + self.__name__


mm = MyModule("custom")
print(mm.hello(), mm.created, repr(mm), isinstance(mm, ModuleType))


class Flagged(ModuleType):
    @property
    def flag(self):
        return "flag property"


m3 = ModuleType("m3")
m3.__class__ = Flagged
print(m3.flag, type(m3).__name__)
show(lambda: setattr(ModuleType, "x", 1))
