# The weak reference core (_weakref): sharing, list order, callbacks, proxies.
import _weakref as w
import re

def masked(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


class C:
    pass


c = C()
r = w.ref(c)
print(r() is c, w.ref(c) is r, w.ref(c, None) is r, r.__callback__, masked(repr(r)))
calls = []
r1 = w.ref(c, lambda ref: calls.append(('r1', ref() is None)))
r2 = w.ref(c, lambda ref: calls.append(('r2', ref is r2)))
p = w.proxy(c)
print(w.getweakrefcount(c), [type(x).__name__ for x in w.getweakrefs(c)], w.proxy(c) is p)
print(hash(r) == hash(c), r == w.ref(c), r != r1, r1 == r2)
del c
print(calls, r(), r1.__callback__, w.getweakrefcount(C()), masked(repr(r)))
try:
    hash(r1)
except TypeError as e:
    print('TypeError', e)
print(r == r, r == r1)
for bad in (1, 'x', [], {}, (), object(), None):
    try:
        w.ref(bad)
    except TypeError as e:
        print('TypeError', e)
for args in ((), (C(), 1, 2)):
    try:
        w.ref(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    w.ref(C(), callback=None)
except TypeError as e:
    print('TypeError', e)
x = C()
try:
    w.ref(x)(1)
except TypeError as e:
    print('TypeError', e)
print(w.ref(int)() is int, w.ref(len.__class__)() is len.__class__)


def f():
    pass


s, fs = {1}, frozenset()
for obj in (f, C, s, fs, (i for i in ()), w):
    print(type(obj).__name__, w.ref(obj)() is obj)
print(masked(repr(w.ref(f))))


class Keyed(w.ref):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


k = Keyed(x, None, 'k')
print(k.key, k() is x, type(k).__name__, w.getweakrefcount(x), isinstance(k, w.ReferenceType))


def boom(ref):
    raise ValueError('in callback')


import sys
sys.unraisablehook = lambda u: print('unraisable:', type(u.exc_value).__name__, u.exc_value,
                                     u.object.__name__, u.err_msg)
y = C()
rb = w.ref(y, boom)
del y
print('after boom', rb())
sys.unraisablehook = sys.__unraisablehook__


class L(list):
    pass


lst = L([3, 1, 2])
q = w.proxy(lst)
print(len(q), q[0], 1 in q, q + [4], sorted(q), list(reversed(q)), q == [3, 1, 2], bool(q),
      type(q).__name__, str(q), masked(repr(q)))
q += [9]
q[0] = 7
del q[1]
print(lst, [v for v in q])


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    __radd__ = __add__

    def __call__(self, *a, **k):
        return ('called', a, k)

    def __neg__(self):
        return -self.v

    def __index__(self):
        return self.v


n = N(5)
pn = w.proxy(n)
print(type(pn).__name__, (pn + 1).v, (1 + pn).v, (pn + pn).v, -pn, pn(1, k=2), pn.v,
      [0, 1, 2, 3, 4, 5, 6][pn], hex(pn))
pn.v = 8
print(n.v)
try:
    hash(pn)
except TypeError as e:
    print('TypeError', e)
del n
for op in (lambda: pn.v, lambda: pn + 1, lambda: str(pn), lambda: pn()):
    try:
        op()
    except ReferenceError as e:
        print('ReferenceError', e)
print(masked(repr(pn)))
try:
    next(q)
except TypeError as e:
    print('TypeError', e)
print(w.ref is w.ReferenceType, w.ProxyType.__name__, w.CallableProxyType.__name__,
      w.ReferenceType.__module__, w.ref[int])
d = {'a': w.ref(C()), 'b': r}
w._remove_dead_weakref(d, 'a')
w._remove_dead_weakref(d, 'zz')
print(sorted(d))

# Names in reprs come from the referent's type; proxies show none.
print(masked(repr(w.proxy(f))), masked(repr(w.ref(w))))


class Named:
    __name__ = 'class-level'


inst = C()
inst.__name__ = 'instance-level'
print(masked(repr(w.ref(inst))), masked(repr(w.ref(Named()))))
# __weakref__ is the first reference; dir() of a proxy is the referent's.
b = C()
print(b.__weakref__)
rb = w.ref(b)
print(b.__weakref__ is rb)
b.attr = 1
pb = w.proxy(b)
print([n for n in dir(pb) if not n.startswith('__')])
del b, rb
try:
    dir(pb)
except ReferenceError as e:
    print('ReferenceError', e)
print(type(w.ref.__dict__['__callback__']).__name__)
try:
    w.ref(C).__callback__ = None
except AttributeError as e:
    print('AttributeError', e)


class R(w.ref):
    pass


try:
    R(C, x=1)
except TypeError as e:
    print('TypeError', e)


class K2(w.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)


print(type(K2(C, tag=1)).__name__)
