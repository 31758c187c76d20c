# Attribute access protocols together: __getattribute__ vs __getattr__, AttributeError
# raised inside properties falling back to __getattr__, __setattr__/__delattr__ hooks,
# implicit special-method lookup bypassing both, property error messages, __slots__
# errors, and the name/obj fields of AttributeError.

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattribute__(self, name):
        if name.startswith("_") or name in ("log",):
            return object.__getattribute__(self, name)
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

    def log(self):
        return self._log

    def __len__(self):
        return 99


class Target:
    def __init__(self):
        self.a = 1

    def __len__(self):
        return 1


t = Target()
p = Proxy(t)
print(p.a, len(p))
p.b = 2
print(t.b)
del p.a
show(lambda: p.a)
show(delattr, p, "zzz")
print(p.log())


class Lazy:
    def __init__(self):
        self.loaded = []

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        self.loaded.append(name)
        value = f"lazy-{name}"
        self.__dict__[name] = value
        return value

    @property
    def broken(self):
        return self.missing_inside_property  # AttributeError -> __getattr__("broken")?

    @property
    def really_broken(self):
        raise AttributeError("deliberate")


lz = Lazy()
print(lz.x, lz.x, lz.loaded)
print(lz.broken, lz.loaded)
print(lz.really_broken, lz.loaded)
print(getattr(lz, "y", "default"), hasattr(lz, "__fspath__"))


class Strict:
    __slots__ = ("x", "_y")

    def __init__(self):
        self.x = 1

    @property
    def y(self):
        return self._y

    @y.setter
    def y(self, v):
        if v < 0:
            raise ValueError("negative")
        self._y = v

    @y.deleter
    def y(self):
        del self._y

    @property
    def ro(self):
        return "read-only"


s = Strict()
show(lambda: s.y)
s.y = 5
print(s.y)
show(setattr, s, "y", -1)
del s.y
show(lambda: s.y)
show(delattr, s, "y")
show(setattr, s, "ro", 1)
show(delattr, s, "ro")
show(setattr, s, "other", 1)
show(lambda: s.__dict__)
show(delattr, s, "x")
show(delattr, s, "x")
show(setattr, Strict, "x", 5)
print(type(Strict.__dict__["x"]).__name__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class DictTwice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    cls_attr = "c"


pl = Plain()
for target, name in ((pl, "nope"), (Plain, "nope"), (5, "nope"), (None, "x")):
    try:
        getattr(target, name)
    except AttributeError as e:
        print(e, "| name:", e.name, "| obj is target:", e.obj is target)
show(delattr, pl, "cls_attr")
show(delattr, Plain, "nope")
show(setattr, 5, "real", 1)
show(setattr, object(), "x", 1)
show(setattr, pl, 5, 1)
show(getattr, pl, 5)


class Counted:
    n_access = 0

    def __getattribute__(self, name):
        type(self).n_access += 1
        return super().__getattribute__(name)

    def __repr__(self):
        return "Counted()"


c = Counted()
c.z = 1
_ = c.z, c.__class__, str(c), repr(c)
print(Counted.n_access)


class Dynamic:
    def __dir__(self):
        return ["b", "a", "c", "a"]


print(dir(Dynamic()))


class ClassLevel:
    def __getattr__(self, name):
        return "instance fallback"


print(ClassLevel().anything)
show(lambda: ClassLevel.anything)


class Meta(type):
    def __getattr__(cls, name):
        return f"meta fallback {name}"


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.anything)
show(lambda: WithMeta().anything)
