# Decorators as libraries write them: factories with arguments, stacking order,
# evaluation order of decorator expressions, functools.wraps metadata, class
# decorators, decorating methods/classmethods/properties, PEP 614 expressions, and
# decorators that return non-functions.
import functools

log = []


def trace(tag):
    log.append(f"factory {tag}")

    def deco(fn):
        log.append(f"apply {tag} to {fn.__name__}")

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            log.append(f"enter {tag}")
            try:
                return fn(*args, **kwargs)
            finally:
                log.append(f"exit {tag}")
        wrapper.tags = getattr(fn, "tags", ()) + (tag,)
        return wrapper
    return deco


@trace("outer")
@trace("inner")
def add(a, b=2, *, c=3):
    """Add things."""
    return a + b + c


print(log)
log.clear()
print(add(1), add(1, c=10), log)
print(add.__name__, add.__qualname__, add.__doc__, add.tags)
print(add.__wrapped__.__name__, add.__wrapped__.__wrapped__(1, 1, c=1))
print(sorted(k for k in add.__dict__))


def counted(fn=None, *, start=0):
    if fn is None:
        return functools.partial(counted, start=start)

    @functools.wraps(fn)
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = start
    return w


@counted
def f1():
    return "f1"


@counted(start=100)
def f2():
    return "f2"


f1(), f1(), f2()
print(f1.calls, f2.calls)

registry = {}
handlers = [lambda fn: fn, lambda fn: registry.setdefault(fn.__name__, fn)]


@handlers[1]
def on_event():
    return "handled"


@(lambda fn: fn())
def computed():
    return 42


@registry["on_event"].__globals__["handlers"][0]  # PEP 614: any expression
def passthrough():
    pass


print(registry["on_event"](), computed, type(passthrough).__name__)


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, name="default"):
        self.name = name


print(Config("first").name, Config("second").name, Config() is Config(), Config.__name__)


def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: f"{name} on {type(self).__name__}")
        cls.decorated = getattr(cls, "decorated", []) + [name]
        return cls
    return deco


@add_method("hello")
@add_method("bye")
class Greeter:
    pass


print(Greeter().hello(), Greeter().bye(), Greeter.decorated)


class Sub(Greeter):
    pass


print(Sub().hello(), Sub.decorated)


def method_logger(fn):
    @functools.wraps(fn)
    def w(self, *a):
        return f"{type(self).__name__}.{fn.__name__}{a} -> {fn(self, *a)}"
    return w


class Calc:
    factor = 3

    @method_logger
    def mul(self, x):
        return x * self.factor

    @classmethod
    @functools.cache
    def table(cls, n):
        return tuple(i * cls.factor for i in range(n))

    @staticmethod
    @trace("static")
    def pure(x):
        return -x

    @property
    @functools.cache
    def expensive(self):
        log.append("computed once")
        return self.factor ** 2


log.clear()
c = Calc()
print(c.mul(4), Calc.table(3), Calc.table(3) is Calc.table(3), Calc.pure(5), c.pure(6))
print(c.expensive, c.expensive, log)
print(Calc.mul.__qualname__, Calc.__dict__["table"].__class__.__name__)


# functools.wraps does not copy a missing attribute; __wrapped__ chain
def bare(fn):
    def w():
        return fn()
    return functools.update_wrapper(w, fn, assigned=("__name__", "__missing_attr__"))


@bare
def named():
    return "named"


print(named.__name__, named.__qualname__, named())


# decorator returning a class instance (callable object)
class CallCounter:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.n = 0

    def __call__(self, *a):
        self.n += 1
        return self.__wrapped__(*a)


@CallCounter
def sq(x):
    return x * x


print(sq(3), sq(4), sq.n, sq.__name__, type(sq).__name__)
# a callable instance does not bind as a method
class UsesCounter:
    m = CallCounter(lambda *a: len(a))


print(UsesCounter().m(1, 2), UsesCounter.m.n)

# errors: decorator that is not callable, decorator raising
try:
    @42
    def nope():
        pass
except TypeError as e:
    print(type(e).__name__, e)


def refuse(fn):
    raise ValueError(f"refusing {fn.__name__}")


try:
    @refuse
    def rejected():
        pass
except ValueError as e:
    print(type(e).__name__, e, "rejected" in globals())
