# collections.defaultdict: construction, __missing__, the default_factory attribute, repr
# (with recursion), copies, pickling support, the | operators and subclasses.
from collections import defaultdict
import copy


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print("--- construction")
print(defaultdict(), defaultdict(None), defaultdict(int), defaultdict(list, a=1))
print(defaultdict(list, [(1, 2)], b=3), defaultdict(None, {'x': 1}), defaultdict(str, {}))
print(defaultdict(default_factory=list))
t("not callable", lambda: defaultdict(1))
t("not callable str", lambda: defaultdict('abc'))
t("None items", lambda: defaultdict(None, None))
t("int items", lambda: defaultdict(int, 1))
t("two mappings", lambda: defaultdict(int, {}, {}))
t("bad pairs", lambda: defaultdict(int, [1, 2]))
t("fromkeys", lambda: defaultdict.fromkeys([1, 2]))
t("fromkeys type", lambda: type(defaultdict.fromkeys([1, 2], 0)).__name__)
t("bare new", lambda: defaultdict.__new__(defaultdict))
x = defaultdict.__new__(defaultdict)
t("bare factory", lambda: x.default_factory)
t("bare missing", lambda: x[1])

print("--- missing")
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, len(dd), 'c' in dd, dd.get('c'), len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts['z'], sorted(counts))
nf = defaultdict(None)
t("no factory", lambda: nf['k'])
t("tuple key", lambda: nf[(1, 2)])
t("missing direct", lambda: dd.__missing__('z'))
t("missing none", lambda: nf.__missing__('z'))
t("missing no arg", lambda: dd.__missing__())
t("unhashable", lambda: dd[[1]])
print(dd)
calls = []


def factory():
    calls.append(1)
    return len(calls)


f = defaultdict(factory)
print(f['x'], f['y'], f['x'], calls, dict(f), f.default_factory.__name__)


def failing():
    raise ValueError("no default")


ff = defaultdict(failing)
t("factory raises", lambda: ff['k'])
print(dict(ff))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 3
nested['a']['c'] += 1
print(sorted(nested['a'].items()), len(nested))
t("pop missing", lambda: dd.pop('zz'))
t("setdefault", lambda: dd.setdefault('q', 5))
t("getitem via dict", lambda: dict.__getitem__(dd, 'new'))
print(sorted(dd))

print("--- default_factory attribute")
dd = defaultdict(list)
print(dd.default_factory)
dd.default_factory = 5
t("after bad set", lambda: dd['q'])
dd.default_factory = set
print(dd['s'], dd)
del dd.default_factory
print(dd.default_factory)
t("after del", lambda: dd['n'])
dd.default_factory = lambda: 'v'
print(dd['n'])
d3 = defaultdict(int)
d3['a'] += 1
defaultdict.__init__(d3, list, {'z': 1})
print(d3, d3.default_factory)
defaultdict.__init__(d3)
print(d3, d3.default_factory)
t("reinit bad", lambda: defaultdict.__init__(d3, 3))

print("--- repr")
r = defaultdict(int)
r[1] = r
print(r)


class F:
    def __call__(self):
        return 0

    def __repr__(self):
        return "F<" + repr(r2) + ">"


r2 = defaultdict(F())
print(r2)
r2['k'] = 1
print(r2)
r3 = defaultdict(F(), {'r2': r2})
print(r3)
print(repr(defaultdict(lambda: 0)).startswith("defaultdict(<function <lambda> at "))
print(defaultdict(defaultdict), defaultdict(dict, {1: defaultdict(list)}))

print("--- copies")
dd = defaultdict(list, {'x': [1]})
c1 = dd.copy()
c2 = copy.copy(dd)
c3 = copy.deepcopy(dd)
c4 = dd.__copy__()
dd['x'].append(2)
dd['y'].append(3)
for c in (c1, c2, c3, c4):
    print(type(c).__name__, c.default_factory, c)
print(c1 == dd, c3 == dd, dd == {'x': [1, 2], 'y': [3]}, {'x': [1, 2], 'y': [3]} == dd)
red = dd.__reduce__()
print(red[0].__name__, red[1], red[2], red[3], list(red[4]))
red = defaultdict(None, {1: 2}).__reduce__()
print(red[:4], list(red[4]))
print(defaultdict[int], defaultdict[str, list], defaultdict.__class_getitem__(int))

print("--- operators")
dd = defaultdict(list, {'x': 1})
print(dd | {'a': 1}, {'a': 1} | dd, dd | dd, type({'a': 1} | dd).__name__)
print((dd | {'q': 2}).default_factory, ({'q': 2} | dd).default_factory)
t("or int", lambda: dd | 5)
t("ror int", lambda: 5 | dd)
t("or list", lambda: dd | [('a', 1)])
x = defaultdict(int)
y = x
x |= {'a': 1}
x |= [('b', 2)]
print(x, x is y, type(x).__name__)
t("ior int", lambda: defaultdict(int).__ior__(5))
print(dd == {'x': 1}, dd != {'x': 2}, defaultdict(int) == {})
t("hash", lambda: hash(defaultdict()))

print("--- subclass")


class Sub(defaultdict):
    pass


s = Sub(int, {1: 2})
s['new'] += 5
print(s, s.copy(), type(s.copy()).__name__, type(s | {}).__name__, type({} | s).__name__)
print(isinstance(s, dict), isinstance(s, defaultdict), Sub.__mro__[1].__name__)


class Sub2(defaultdict):
    def __missing__(self, key):
        return 42


s2 = Sub2(int)
print(s2['a'], s2)


class Loud(defaultdict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


lo = Loud(list)
lo['k'].append(1)
print(lo)


class Custom(defaultdict):
    def __init__(self, factory, *args):
        super().__init__(factory, *args)
        self.tag = 'custom'


cu = Custom(int, {'a': 1})
print(cu.copy().tag, cu.copy(), cu.tag)

print("--- type")
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__)
print(defaultdict.__doc__.splitlines()[0])
print(sorted(k for k in dir(defaultdict) if not k.startswith('_') and k not in dir(dict)))
print(issubclass(defaultdict, dict), defaultdict.__base__.__name__)
big = defaultdict(list)
for i in range(100000):
    big[i % 1000].append(i)
print(len(big), sum(len(v) for v in big.values()), big[999][-1])
