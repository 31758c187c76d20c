# weakref.WeakKeyDictionary: the mapping API, entries vanishing with their keys,
# removals deferred while iterating (and len() meanwhile), copies and the | operators.
import collections.abc
import copy
import re
import weakref


def masked(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', s)


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'K(%d)' % self.n

    def __lt__(self, other):
        return self.n < other.n


class EqK(K):
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


WKD = weakref.WeakKeyDictionary
print(WKD.__mro__[1] is collections.abc.MutableMapping, WKD[K, int], WKD.__hash__)
print(masked(repr(WKD())))

print('-- construction')
ks = [K(i) for i in range(6)]
d = WKD({ks[0]: 'a', ks[1]: 'b'})
print(sorted(d.items()), len(d))
print(sorted(WKD([(ks[2], 'c')]).items()), sorted(WKD(d).items()), len(WKD()))
attempt('two positional', WKD, {}, {})
attempt('keyword', lambda: WKD(x=1))
attempt('not weakrefable', WKD, {1: 2})
attempt('not iterable', WKD, 1)


class Sub(WKD):
    pass


print(masked(repr(Sub())), type(copy.copy(Sub())).__name__, type(copy.deepcopy(Sub())).__name__)

print('-- mapping API')
d = WKD()
d[ks[0]] = 'zero'
d[ks[1]] = 'one'
print(d[ks[0]], len(d), ks[0] in d, ks[5] in d, 1 in d, [] in d)
try:
    d[ks[5]]
except KeyError as e:
    print('missing', type(e.args[0]).__name__, e.args[0]() is ks[5])
attempt('non-weakrefable get', lambda: d[1])
attempt('non-weakrefable set', d.__setitem__, 1, 2)
print(d.get(ks[0]), d.get(ks[5]), d.get(ks[5], 'dflt'))
attempt('get non-weakrefable', d.get, 1)
print(sorted(d), sorted(d.keys()), sorted(d.values()))
del d[ks[1]]
try:
    del d[ks[1]]
except KeyError as e:
    print('del missing', type(e.args[0]).__name__)
print(d.setdefault(ks[0], 'x'), d.setdefault(ks[2], 'two'), d.setdefault(ks[3]), d[ks[3]])
print(d.pop(ks[3]), d.pop(ks[5], 'dflt'))
try:
    d.pop(ks[5])
except KeyError as e:
    print('pop missing', type(e.args[0]).__name__)
attempt('pop non-weakrefable', d.pop, 1)
k, v = d.popitem()
print('popitem', k, v, len(d))
d.update({ks[4]: 'four'})
d.update([(ks[5], 'five')])
d.update(None)
print(sorted(d.items()))
attempt('update keywords', lambda: d.update(x=1))
attempt('update 2 args', d.update, {}, {})
attempt('update not iterable', d.update, 5)
refs = d.keyrefs()
print(sorted(r() for r in refs), all(type(r) is weakref.ref for r in refs))
d.clear()
attempt('popitem empty', d.popitem)
print(d == WKD(), d == {})

print('-- equal keys share an entry')
a, b = EqK(1), EqK(1)
d = WKD()
d[a] = 'first'
d[b] = 'second'
print(len(d), d[a], d[b], list(d)[0] is a)
del a
print(len(d), dict(d.items()) == {})

print('-- entries vanish')
objs = [K(i) for i in range(5)]
d = WKD({o: i for i, o in enumerate(objs)})
del objs[1]
print(len(d), sorted(d.values()))
objs.clear()
print(len(d), list(d.items()))

print('-- iteration with removals')
for label in ('keys', 'values', 'items'):
    objs = [K(i) for i in range(4)]
    d = WKD({o: i for i, o in enumerate(objs)})
    it = getattr(d, label)()
    next(it)
    del objs[2]
    pending = len(d._pending_removals)
    n = len(d)
    rest = list(it)
    print(label, pending, n, len(rest), d._pending_removals, len(d), sorted(d.values()))

# Explicit deletion of a key that is also pending keeps len() right.
objs = [K(i) for i in range(4)]
d = WKD({o: i for i, o in enumerate(objs)})
it = iter(d.items())
first = next(it)
del objs[3]
print(len(d), len(d._pending_removals))
d.pop(objs[0], None)
print(len(d), len(d._pending_removals), d._dirty_len)
it.close()
print(len(d), sorted(d.values()), len(d._iterating))
del first

# A key deleted explicitly and then dying while iterating is pending but not stored.
objs = [K(i) for i in range(4)]
d = WKD({o: i for i, o in enumerate(objs)})
it = iter(d)
held = next(it)
refs = d.keyrefs()
del d[objs[1]]
del objs[1]
print(len(d._pending_removals), d._dirty_len, len(d.data))
print(len(d), len(d._pending_removals), d._dirty_len)
del it
print(len(d), sorted(d.values()))

# Adding a key while iterating is the caller's error.
objs = [K(i) for i in range(3)]
d = WKD({o: i for i, o in enumerate(objs)})
extra = K(9)


def grow():
    for k in d:
        d[extra] = 9


attempt('grow', grow)
print(len(d._iterating))

print('-- copies and operators')
objs = [K(i) for i in range(3)]
d = WKD({objs[0]: [1], objs[1]: [2]})
c1 = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
print(type(c1).__name__, sorted(c1.items()), sorted(c2.items()), sorted(c3.items()))
print(c1[objs[0]] is d[objs[0]], c3[objs[0]] is d[objs[0]], c3[objs[0]] == d[objs[0]])
print(sorted(k.n for k in c3))
u = d | {objs[2]: [3]}
print(type(u).__name__, sorted(u.items()), len(d))
u = {objs[2]: [3], objs[0]: 'x'} | d
print(type(u).__name__, sorted(u.items()))
d |= {objs[2]: 'z'}
print(sorted(d.items()))
d |= [(objs[2], 'y')]
print(sorted(d.items()))
attempt('or int', lambda: d | 1)
attempt('ror int', lambda: 1 | d)
attempt('ior int', d.__ior__, 1)
print(d.__or__([]), d.__ror__(1))
objs.clear()
print(len(d), len(u), len(c1), len(c3))
