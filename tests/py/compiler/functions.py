# def/lambda/class features: defaults, keyword-only, positional-only, *args/**kwargs,
# decorators, annotations, docstrings, closures in classes, super().
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """Docstring of f.

        Indented continuation.
    """
    return a, b, c, args, d, e, sorted(kw.items())
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
print(repr(f.__doc__))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount,
      f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__name__, f.__qualname__)
try:
    f(1, b=2, d=1)
except TypeError as e:
    print(type(e).__name__, e)

def annotated(x: int, *y: str, z: "fwd" = None, **w: float) -> list:
    pass
print(annotated.__annotations__)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>" + str(fn(*a, **k))
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("x")
@deco("y")
def decorated(v):
    return v * 2
print(decorated(21), decorated.__name__)

class Base:
    def __init__(self):
        self.log = ["Base"]
    def who(self):
        return "Base.who"
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def stat(v):
        return v + 1
    @property
    def prop(self):
        return "prop"

class Derived(Base):
    """Derived doc."""
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
    def who(self):
        return "Derived+" + super().who()
    def cls_check(self):
        return __class__.__name__
    @classmethod
    def make(cls):
        return "D:" + super().make()

d = Derived()
print(d.log, d.who(), d.cls_check(), Derived.make(), Derived.stat(1), d.prop, Derived.__doc__)
print(Derived.__qualname__, Derived.who.__qualname__, Derived.__module__)
print(sorted(k for k in Derived.__dict__ if not k.startswith("__") or k in ("__static_attributes__", "__firstlineno__")))
print(Derived.__static_attributes__, Base.__static_attributes__, Derived.__firstlineno__)

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        ns["kw"] = kw
        return super().__new__(mcs, name, bases, ns)

class WithMeta(metaclass=Meta, option=1):
    pass
print(WithMeta.created_by, WithMeta.kw, type(WithMeta).__name__)

def outer():
    class Local:
        def m(self):
            return "local"
    return Local
print(outer().__qualname__, outer()().m.__qualname__)

lam = lambda x, *y, z=3, **w: (x, y, z, w)
print(lam(1, 2, z=4, q=5), lam.__name__, lam.__qualname__)

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
adder = gen_closure()
adder(5)
print(adder(6), adder.__code__.co_freevars, gen_closure.__code__.co_cellvars)

def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__)

class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
print(Slots().a)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        type(self).count += 0
Counter(); Counter()
print(Counter.count)

class A:
    def __init_subclass__(cls, **kw):
        cls.extra = kw
class B(A, tag="t"):
    pass
print(B.extra)

def no_doc():
    x = "not a docstring"
print(no_doc.__doc__, (lambda: 0).__doc__)

class Deep:
    def m(self):
        def helper():
            return __class__.__name__
        return helper()
print(Deep().m())

def sup_in_comp():
    class P:
        def vals(self):
            return [1, 2]
    class Q(P):
        def vals(self):
            return [v * 10 for v in super().vals()]
    return Q().vals()
print(sup_in_comp())
