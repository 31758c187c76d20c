# Argument binding: positional, keyword, defaults, *args, **kwargs, keyword-only,
# positional-only, and the TypeError messages for every way a call can be wrong.
def show(*args, **kwargs):
    return args, kwargs

def t(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", r)
    except TypeError as e:
        print("TypeError:", e)

def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

t(f, 1, c=3)
t(f, 1, 2, 3, 4, c=5, e=6)
t(f, a=1, c=2)
t(f)
t(f, 1)
t(f, 1, 2, a=3, c=4)

def pos(a, b, /, c):
    return a, b, c
t(pos, 1, 2, 3)
t(pos, 1, 2, c=3)
t(pos, 1, b=2, c=3)
t(pos, a=1, b=2, c=3)

def pos_kw(a, /, **kw):
    return a, kw
t(pos_kw, 1, a=2)

def none():
    return "none"
t(none)
t(none, 1)
t(none, x=1)

def one(x):
    return x
t(one)
t(one, 1, 2)
t(one, y=1)
t(one, xx=1)
t(one, 1, x=2)

def defaults(a, b=1, c=2):
    return a, b, c
t(defaults, 1, 2, 3, 4)
t(defaults)
t(defaults, 1, c=5)

def many(a, b, c, d):
    pass
t(many)
t(many, 1)
t(many, 1, 2, 3)

def kwonly(*, x, y, z=0):
    return x, y, z
t(kwonly)
t(kwonly, 1)
t(kwonly, x=1)
t(kwonly, x=1, y=2)

def mixed(a, *, b):
    return a, b
t(mixed, 1, 2, b=3)
t(mixed, 1, 2)

def opt_mixed(a=1, *, b=3):
    return a, b
t(opt_mixed, 1, 2, b=3)

class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def k(cls, x):
        return cls.__name__, x
t(C().m)
t(C.m)
t(C().m, 1, 2)
t(C.s)
t(C.k, 5)
t(C().k)

t(show, *[1, 2], *(3,), **{"a": 1}, **{"b": 2})
t(lambda: show(**{"a": 1}, **{"a": 2}))
t(lambda: show(*5))
t(lambda: show(**5))
t(lambda **k: k, **{"x": 1})

# lambdas and nested qualnames in messages
lam = lambda q: q
t(lam)
def outer():
    def inner(p):
        pass
    return inner
t(outer())
# calling non-callables
for obj in (None, 1, "s", [1]):
    try:
        obj()
    except TypeError as e:
        print(e)
# keyword-argument order in **kwargs
print(show(z=1, a=2, m=3))
print(show(*range(3), x=[]))
# default values are evaluated once
def acc(v, into=[]):
    into.append(v)
    return into
acc(1)
print(acc(2))
# __defaults__ / __kwdefaults__ changes take effect
def dflt(a=1, *, b=2):
    return a, b
dflt.__defaults__ = (10,)
dflt.__kwdefaults__ = {"b": 20}
print(dflt())
# recursion through methods and functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
print(Tree(6).size())
