"""functools: reduce, partial, partialmethod, caches, total_ordering, dispatch, wraps."""
import functools, abc, collections.abc
from functools import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3], 10))
t(lambda: reduce(1, [1, 2]))
t(lambda: reduce(lambda a,b: a, 5))
t(lambda: reduce())
t(lambda: repr(partial(int, 1, base=2)))
class MyP(partial): pass
t(lambda: repr(MyP(int, 1)))
t(lambda: partial(1))
t(lambda: partial())
t(lambda: (partial(partial(int, 1), base=2).args, partial(partial(int, '1'), base=2).keywords))
p = partial(int, base=2)
t(lambda: (p.func, p.args, p.keywords, p('101')))
t(lambda: setattr(p, 'func', 1))
t(lambda: (hash(p) == hash(p), p == partial(int, base=2)))
@lru_cache(maxsize=2)
def sq(x): return x * x
for i in [1, 2, 1, 3, 2]: sq(i)
t(lambda: (sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__))
sq.cache_clear(); t(lambda: sq.cache_info())
t(lambda: lru_cache(maxsize='x'))
t(lambda: lru_cache(-1)(abs).cache_info())
@lru_cache
def f2(x): return x
t(lambda: (f2(1), f2.cache_info(), f2.cache_parameters()))
@cache
def f3(x, y=1): return x
f3(1); f3(1, y=1); f3(1, 1)
t(lambda: f3.cache_info())
@lru_cache(typed=True)
def f4(x): return x
f4(1); f4(1.0); t(lambda: f4.cache_info())
t(lambda: f4({}))
@total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
t(lambda: (TO(1) <= TO(2), TO(3) > TO(2), TO(2) >= TO(2)))
def bad_to():
    @total_ordering
    class X: pass
t(bad_to)
class SD:
    @singledispatchmethod
    def f(self, x): return 'base'
    @f.register
    def _(self, x: int): return 'int'
    @f.register(str)
    def _(self, x): return 'str'
t(lambda: (SD().f(1), SD().f('a'), SD().f(1.0)))
@singledispatch
def g(x): return 'obj'
@g.register
def _(x: list): return 'list'
@g.register(collections.abc.Mapping)
def _(x): return 'mapping'
@g.register
def _(x: int | float): return 'num'
t(lambda: (g(1), g(1.5), g([]), g({}), g('s'), g.dispatch(bool).__name__, sorted(k.__name__ for k in g.registry)))
t(lambda: g.register(1))
def bad_reg():
    @g.register
    def _(x): pass
def bad_reg_msg():
    try:
        bad_reg()
    except TypeError as e:
        print('TypeError', str(e).split(':')[0], str(e).split('.')[-2].strip())
bad_reg_msg()
def bad_reg2():
    @g.register
    def _(x: 'list[int]'): pass
t(bad_reg2)
t(lambda: g())
class CP:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n
c = CP()
t(lambda: (c.val, c.val, c.__dict__, CP.val.attrname, type(CP.val).__name__))
def cp_reuse():
    class X:
        @cached_property
        def a(self): return 1
        b = a
t(cp_reuse)
class Slots:
    __slots__ = ('x',)
    @cached_property
    def v(self): return 1
t(lambda: Slots().v)
t(lambda: type(cached_property(len).__get__(None, int)).__name__)
def deco(f):
    @wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented[T](x: int) -> int:
    "doc"
    return x
t(lambda: (documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__, documented.__type_params__.__class__, documented.__qualname__))
def w2(): pass
class Obj: pass
o = Obj()
t(lambda: update_wrapper(o, len) is o and (o.__name__, o.__wrapped__))
t(lambda: (WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES))
t(lambda: cmp_to_key(lambda a, b: a - b)(1) < cmp_to_key(lambda a, b: a - b)(2))
t(lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
t(lambda: repr(partialmethod(print, 1, k=2)))
t(lambda: partialmethod(1))
class PM:
    def m(self, a, b): return (a, b)
    pm = partialmethod(m, 1)
    @classmethod
    def cm(cls, a): return a
    pcm = partialmethod(cm, 5)
t(lambda: (PM().pm(2), PM.pcm(), PM().pcm()))
t(lambda: functools.__all__)
t(lambda: functools.Placeholder if hasattr(functools, 'Placeholder') else 'none')
t(lambda: partial(int).__class__.__module__)

p2 = partial(int, '10', base=2)
p2.attr = 1
state = p2.__reduce__()
t(lambda: (state[0].__name__, state[1], state[2]))
q = partial(print)
for st in [(int, (1,), {'a': 1}, None), (int, (1,), None, None), (1, (), {}, None),
           (int, [1], {}, None), (int, (), {}, {'y': 2}), (int, ()), 'x', (int, (), [], None)]:
    t(lambda: (q.__setstate__(st), q.func, q.args, q.keywords, q.__dict__))
t(lambda: type(p2).__reduce__ is object.__reduce__)
import copy
t(lambda: (copy.copy(p2).keywords, copy.deepcopy(p2).attr))
import inspect
class C:
    def meth(self, a, b, c=1):
        pass
    pm = partialmethod(meth, 1)
t(lambda: (isinstance(C.pm.__partialmethod__, partialmethod), str(inspect.signature(C.pm)),
           str(inspect.signature(C().pm))))
for name in ('func', 'args', 'keywords'):
    t(lambda: setattr(p2, name, 1))
    t(lambda: delattr(p2, name))
t(lambda: reduce(len, [], 1, 2))
t(lambda: reduce(function=len, iterable=[]))
import operator
t(lambda: [getattr(operator, n).__module__ for n in ('or_', 'add', 'itemgetter', 'lt', 'length_hint', 'call')])
t(lambda: (operator.methodcaller('f', 1, k=2).__reduce__()[1], operator.methodcaller('f', 1).__reduce__(), operator.attrgetter('a.b').__reduce__(), operator.itemgetter(1, 2).__reduce__()))
t(lambda: (operator.methodcaller('upper')('a'), operator.attrgetter('real', 'imag')(3j), operator.itemgetter(0)('xy')))
