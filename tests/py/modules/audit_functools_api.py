# functools audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import functools, typing
from functools import *
def P(*a):
    print(_re.sub(r" at 0x[0-9a-f]+", " at ADDR", " ".join(map(str, a))))
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(e)))
@lru_cache(maxsize=2)
def sq(x):
    return x * x
P(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); P(sq.cache_info())
@lru_cache
def ident(x): return x
P(ident(1), ident(1.0), ident.cache_info(), ident.__wrapped__, ident.__name__, ident.__doc__)
@lru_cache(typed=True)
def t(x): return type(x).__name__
P(t(1), t(1.0), t.cache_info(), t.cache_parameters())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
P(fib(50), fib.cache_info())
@cache
def c(x): return [x]
P(c(1) is c(1), c.cache_info())
E(lambda: lru_cache(maxsize='x'))
E(lambda: c([1]))
P(sq(x=3), sq(3), sq.cache_info())
class K:
    @lru_cache
    def m(self, x): return x + 1
    @cached_property
    def cp(self):
        print('computing'); return 42
    def __hash__(self): return 1
k = K()
P(k.m(1), k.cp, k.cp, K.cp, K.cp.attrname, K.m.cache_info())
del k.cp
P(k.cp)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def x(self): return 1
E(lambda: Slotted().x)
def mk():
    class Two:
        @cached_property
        def a(self): return 1
        b = a
E(mk)
@singledispatch
def f(x): return 'default'
@f.register
def _(x: int): return 'int'
@f.register(str)
def _(x): return 'str'
@f.register
def _(x: list | tuple): return 'seq'
@f.register
def _(x: typing.Union[float, complex]): return 'num'
P(f(1), f('a'), f([1]), f((1,)), f(1.5), f(2j), f(None), f(True))
P(f.dispatch(int), f.dispatch(bool), sorted(k.__name__ for k in f.registry))
E(lambda: f.register(3))
def bad(x): pass
E(lambda: f.register(bad))
def badann(x: 'int'): pass
E(lambda: f.register(badann))
def badann2(x: typing.List[int]): pass
E(lambda: f.register(badann2))
E(lambda: f())
class Disp:
    @singledispatchmethod
    def m(self, x): return 'base'
    @m.register
    def _(self, x: int): return 'int'
    @m.register
    @classmethod
    def _(cls, x: str): return 'cls-str'
P(Disp().m(1), Disp().m('a'), Disp().m(None))
p = partial(int, base=2)
P(p('101'), repr(p), p.func, p.args, p.keywords)
def g(a, b, c=3): return (a, b, c)
p2 = partial(g, 1)
p3 = partial(p2, 2, c=5)
P(p3(), repr(p3), p3.func is g, p3.args)
E(lambda: partial())
E(lambda: partial(1))
class Cell:
    def set(self, v): self.v = v
    set_one = partialmethod(set, 1)
c_ = Cell(); c_.set_one(); P(c_.v, repr(Cell.__dict__['set_one']).split(' at ')[0])
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
P(V(1) <= V(2), V(2) > V(1), V(2) >= V(3), V(1).__le__)
E(lambda: total_ordering(type('X', (), {})))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    """doc"""
    return x
P(documented.__name__, documented.__doc__, documented.__wrapped__, documented.__annotations__, documented.__qualname__, documented.__module__)
P(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 0))
E(lambda: reduce(lambda a, b: a + b, []))
E(lambda: reduce(lambda a, b: a + b, 3))
P(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
kk = cmp_to_key(lambda a, b: a - b)
P(kk(1) < kk(2), kk(2) == kk(2))
P(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def w2(): pass
update_wrapper(w2, documented)
P(w2.__name__, w2.__wrapped__ is documented)
P(repr(partial(g, 1, b=2)).replace(hex(id(g)), 'X'))
P(functools.partial(g, 1) == functools.partial(g, 1))
import pickle
P(pickle.loads(pickle.dumps(partial(int, '5')))())
P(functools.Placeholder if hasattr(functools, 'Placeholder') else 'noPH')
class Meth:
    @cache
    def x(self): return 1
    def __eq__(self, o): return True
    __hash__ = object.__hash__
P(Meth().x())
@lru_cache(maxsize=0)
def zero(x): return x
P(zero(1), zero(1), zero.cache_info())
