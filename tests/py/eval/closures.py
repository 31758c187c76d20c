# Closures, nonlocal/global, cells, class bodies, super(), decorators, locals().
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
print(c(), c(), c(10))
print(c.__closure__[0].cell_contents, c.__code__.co_freevars)

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]

early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

g_value = 1
def set_global():
    global g_value
    g_value = 42
set_global()
print(g_value)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1

unbound_free()

def shadow():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 3
shadow()

# Class bodies
class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{type(self).__name__}({self.v}) kind={self.kind}"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a, b):
        return a * b
    @property
    def double(self):
        return self.v * 2

class Child(Base):
    kind = "child"
    def __init__(self, v, extra):
        super().__init__(v)
        self.extra = extra
    def describe(self):
        return super().describe() + f" extra={self.extra}"

ch = Child(3, "x")
print(ch.describe(), ch.double, Child.helper(6, 7), Base.make(9).describe())
print(Child.__mro__ == (Child, Base, object), Child.__qualname__, Child.describe.__qualname__)

class WithClassCell:
    def get_class(self):
        return __class__
print(WithClassCell().get_class() is WithClassCell)

class Outer:
    x = 1
    class Inner:
        y = 2
    z = [y * 2 for y in range(2)]
print(Outer.Inner.y, Outer.Inner.__qualname__, Outer.z)

def class_in_func(val):
    class Local:
        attr = val
        def m(self):
            return val
    return Local
L = class_in_func("closure")
print(L.attr, L().m(), L.__qualname__)

# decorators
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def text(s):
    return s
print(text("hi"), text.__name__)

# locals() snapshot semantics
def loc():
    a = 1
    l = locals()
    a = 2
    return l, locals()
print(loc())
print(sorted(k for k in locals() if not k.startswith("_"))[:5])

# zero-arg super errors
def bad_super():
    super()
try:
    bad_super()
except RuntimeError as e:
    print(e)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class UsesMeta(metaclass=Meta):
    pass
print(UsesMeta.added, type(UsesMeta).__name__)

# method objects
class M:
    def m(self, x):
        return x
bm = M().m
print(bm(5), bm.__self__.__class__.__name__, bm.__func__ is M.m, bm == M().m)
print(M.m(M(), 7))

# closures over loop variables in comprehensions
fs = [lambda: n for n in range(3)]
print([f() for f in fs])

def gen_closure():
    v = 10
    return (v + i for i in range(3))
print(list(gen_closure()))

def del_cell():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(e)
del_cell()
