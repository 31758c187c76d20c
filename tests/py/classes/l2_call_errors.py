# Argument errors at the places programs hit them: constructing classes with and
# without __init__/__new__, bound and unbound methods, classmethods, callable
# instances, functools.partial and wraps, positional-only/keyword-only mixes with
# **kwargs, and the messages of common builtins and builtin methods.
import functools


def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(f"{type(e).__name__}:", e)


class NoInit:
    pass


class WithInit:
    def __init__(self, a, /, b, *, c=0):
        self.v = (a, b, c)


class WithNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst


class Both:
    def __new__(cls, *a, **k):
        return super().__new__(cls)

    def __init__(self, only):
        self.only = only


t(NoInit, 1)
t(NoInit, k=1)
t(lambda: NoInit().__class__.__name__)
t(WithInit)
t(WithInit, 1)
t(WithInit, 1, 2, 3)
t(WithInit, a=1, b=2)
t(WithInit, 1, b=2, c=3, d=4)
t(lambda: WithInit(1, 2, c=3).v)
t(WithNew)
t(WithNew, 1, 2)
t(lambda: WithNew(x=5).x)
t(Both, 1, 2)
t(lambda: Both(only=1).only)
t(object, 1)
t(object.__new__, NoInit, 1)
t(object.__init__, NoInit(), 1)
t(int, "1", "2", "3")
t(int, x=1)
t(str, b"x", encoding=1)
t(list, [1], [2])
t(dict, 1)
t(dict, [1])
t(dict, [(1, 2, 3)])


class Svc:
    def handle(self, req, /, *, verbose=False, **opts):
        return (req, verbose, sorted(opts))

    @classmethod
    def build(cls, *, name):
        return f"{cls.__name__}:{name}"

    def __call__(self, x, y=0):
        return x + y


s = Svc()
t(s.handle, 1, verbose=True, req=2)
t(s.handle, 1, 2)
t(s.handle)
t(Svc.handle, s)
t(s.build, "n")
t(Svc.build)
t(s, 1, 2, 3)
t(s)
t(s, y=1, z=2)


def target(a, b, /, c, *, d):
    return (a, b, c, d)


p = functools.partial(target, 1, d=4)
t(p, 2, 3)
t(p, 2)
t(p, 2, 3, 4)
t(p, 2, c=3, d=5)
t(functools.partial(target, a=1), 2, 3, d=4)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(x, *, y):
    return x, y


t(wrapped, 1)
t(wrapped, 1, 2)
t(wrapped, x=1, y=2, z=3)


def kwargs_collision(a, /, **kw):
    return a, kw


t(kwargs_collision, 1, a=2, b=3)
t(kwargs_collision, a=2)


def varargs_kwonly(*args, sep, end="!"):
    return sep.join(args) + end


t(varargs_kwonly, "a", "b", sep="-")
t(varargs_kwonly, "a", "b")
t(varargs_kwonly, sep="-", bad=1)

t(len)
t(len, 1, 2)
t(len, 5)
t(isinstance, 1)
t(getattr, 1)
t(getattr, 1, 2, 3, 4)
t(min)
t(max, [])
t(sorted, [3, 1], reverse=True, key=None)
t(sorted)
t(print, 1, sep=5)
t(print, 1, end=[])
t(range)
t(range, 1.5)
t(divmod, 1)
t(pow, 1)
t(round, 1.5, 2, 3)
t(iter, 1, 2, 3)
t(next, iter([]), "dflt")
t(lambda: list(zip([1], [2, 3], strict=True)))
t([].append)
t([].append, 1, 2)
t([].index, 1)
t({}.get)
t({}.pop)
t({}.setdefault)
t("".join, ["a"], ["b"])
t("".join, [1])
t("a b".split, sep=" ", maxsplit="1")
t("".startswith, 1)
t(" x ".strip, 1)
t("{}".format)
t("{a}".format, b=1)
