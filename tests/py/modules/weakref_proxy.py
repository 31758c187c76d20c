# weakref.proxy: every operator and protocol forwarded to the referent, callable
# proxies, and the errors of a dead proxy.
import math
import operator
import re
import weakref


def masked(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', s)


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'N(%r)' % (self.v,)

    def __str__(self):
        return 'strN'

    def __index__(self):
        return int(self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v)

    def __bytes__(self):
        return b'N'

    def __round__(self, n=None):
        return 'round%r' % (n,)

    def __reversed__(self):
        return iter([3, 2, 1])

    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2, 3])

    def __contains__(self, x):
        return x == 2

    def __getitem__(self, k):
        return ('get', k)

    def __setitem__(self, k, v):
        print('set', k, v)

    def __delitem__(self, k):
        print('del', k)

    def __bool__(self):
        return False

    def __hash__(self):
        return 42

    def __format__(self, spec):
        return 'fmt' + spec

    def __enter__(self):
        return 'enter'

    def __exit__(self, *a):
        return False


BINARY = 'add sub mul truediv floordiv mod pow lshift rshift and or xor matmul divmod'.split()
for name in BINARY:
    def f(self, o, name=name):
        return (name, o)

    def rf(self, o, name=name):
        return ('r' + name, o)

    def inf(self, o, name=name):
        return ('i' + name, o)
    setattr(N, '__%s__' % name, f)
    setattr(N, '__r%s__' % name, rf)
    if name != 'divmod':
        setattr(N, '__i%s__' % name, inf)
for name in 'neg pos abs invert lt le eq ne gt ge'.split():
    def g(self, *o, name=name):
        return (name,) + o
    setattr(N, '__%s__' % name, g)


class C(N):
    def __call__(self, *a, **k):
        return ('called', a, k)


n = N(5)
c = C(6)
p = weakref.proxy(n)
pc = weakref.proxy(c)
print(type(p).__name__, type(pc).__name__, masked(repr(p)), masked(repr(pc)))
print(weakref.proxy(n) is p, weakref.proxy(n, None) is p, weakref.proxy(n, print) is p)
print(weakref.getweakrefcount(n), isinstance(p, N), p.__class__.__name__, type(p) is N)

print('-- binary')
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
       operator.mod, operator.pow, operator.lshift, operator.rshift, operator.and_,
       operator.or_, operator.xor, operator.matmul, divmod]
for op in ops:
    print(op(p, 1), op(1, p), op(p, pc), op(pc, 1))
print('-- in place')
iops = [operator.iadd, operator.isub, operator.imul, operator.itruediv, operator.ifloordiv,
        operator.imod, operator.ipow, operator.ilshift, operator.irshift, operator.iand,
        operator.ior, operator.ixor, operator.imatmul]
for op in iops:
    print(op(p, 1))
q = p
q += 5
print(q, p is not q)
print('-- unary and comparisons')
print(-p, +p, abs(p), ~p)
print(p < 1, p <= 1, p == 1, p != 1, p > 1, p >= 1, p == n, p < n, 1 < p)
print(int(p), float(p), operator.index(p), hex(p), [0, 1, 2, 3, 4, 5, 6][p])

print('-- protocols')
for q in (p, pc):
    for label, f in [('len', len), ('list', list), ('in', lambda x: 2 in x),
                     ('not in', lambda x: 5 in x), ('getitem', lambda x: x[1]),
                     ('slice', lambda x: x[1:2]), ('bool', bool), ('str', str),
                     ('format', lambda x: format(x, 'x')), ('format empty', lambda x: format(x, '')),
                     ('fstring', lambda x: f'{x}'), ('percent', lambda x: '%s' % x),
                     ('call', lambda x: x(1, y=2)), ('hash', hash),
                     ('round', round), ('round2', lambda x: round(x, 2)),
                     ('trunc', math.trunc), ('complex', complex),
                     ('with', lambda x: x.__enter__())]:
        attempt(label, f, q)
attempt('reversed', lambda: list(reversed(p)))
attempt('bytes', bytes, p)


def use_with(x):
    with x as v:
        return v


attempt('with statement', use_with, p)
p[1] = 2
del p[1]
print('-- attributes')
print(p.v, getattr(p, 'v'), hasattr(p, 'nope'))
p.w = 7
print(n.w)
del p.w
print(hasattr(n, 'w'), p.__dict__)
attempt('missing', lambda: p.missing)

print('-- containers')


class L(list):
    pass


lst = L([3, 1, 2])
pl = weakref.proxy(lst)
print(pl + [4], pl * 2, pl[0], pl[-1], len(pl), sorted(pl), pl.index(1), pl == [3, 1, 2])
pl += [5]
print(lst, type(pl).__name__)
pl.sort()
print(lst, next(iter(pl)), list(reversed(pl)))
pl[0] = 9
del pl[1]
print(lst, 9 in pl)


class D(dict):
    pass


d = D(a=1)
pd = weakref.proxy(d)
pd['b'] = 2
print(sorted(pd.items()), pd['a'], len(pd), 'b' in pd, pd.get('z', 0))


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


it = It()
pi = weakref.proxy(it)
print(next(pi), iter(pi) is it, list(pi))


class Plain:
    pass


pp_obj = Plain()
pp = weakref.proxy(pp_obj)
attempt('iter', iter, pp)
attempt('call', pp)
attempt('len', len, pp)
attempt('add', lambda: pp + 1)
attempt('radd', lambda: 1 + pp)
attempt('getitem', lambda: pp[0])
attempt('setitem', pp.__setitem__ if hasattr(pp, '__setitem__') else lambda: pp.__class__.__setitem__)
attempt('neg', lambda: -pp)
attempt('int', int, pp)
attempt('lt', lambda: pp < 1)
attempt('eq', lambda: pp == pp_obj)
attempt('bool', bool, pp)

print('-- callables')


def func(a, b=2):
    return a + b


pf = weakref.proxy(func)
print(type(pf).__name__, pf(1), pf(1, b=5), pf.__name__, callable(pf), callable(p))
bound = C(1)
pm = weakref.proxy(bound)
print(pm('x'))

print('-- dead proxies')


class A:
    def __call__(self):
        return 1

    def __iter__(self):
        return iter(())


a, b = A(), Plain()
pa, pb = weakref.proxy(a), weakref.proxy(b)
events = []
pcb = weakref.proxy(b, lambda w: events.append(type(w).__name__))
del a, b
print(events, masked(repr(pa)), masked(repr(pb)))
tests = [('str', str), ('bool', bool), ('len', len), ('iter', iter),
         ('call', lambda q: q()), ('attr', lambda q: q.x), ('setattr', lambda q: setattr(q, 'x', 1)),
         ('delattr', lambda q: delattr(q, 'x')), ('getitem', lambda q: q[0]),
         ('setitem', lambda q: operator.setitem(q, 0, 1)), ('delitem', lambda q: operator.delitem(q, 0)),
         ('contains', lambda q: 1 in q), ('add', lambda q: q + 1), ('radd', lambda q: 1 + q),
         ('iadd', lambda q: operator.iadd(q, 1)), ('neg', lambda q: -q), ('int', int),
         ('float', float), ('index', operator.index), ('eq', lambda q: q == 1),
         ('ne', lambda q: q != 1), ('lt', lambda q: q < 1), ('hash', hash), ('bytes', bytes),
         ('pow3', lambda q: pow(q, 2, 3)), ('format', lambda q: format(q, '')),
         ('class', lambda q: q.__class__), ('isinstance', lambda q: isinstance(q, A)),
         ('abs', abs), ('invert', operator.invert), ('count', weakref.getweakrefcount)]
for q in (pa, pb):
    print(type(q).__name__)
    for label, f in tests:
        attempt(label, f, q)
