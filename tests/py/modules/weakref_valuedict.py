# weakref.WeakValueDictionary and KeyedRef: the mapping API, entries vanishing with their
# values, removals deferred while iterating, copies and the | operators.
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


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'V(%d)' % self.n

    def __eq__(self, other):
        return isinstance(other, V) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


WVD = weakref.WeakValueDictionary
print(WVD.__mro__[1] is collections.abc.MutableMapping, isinstance(WVD(), collections.abc.Mapping))
print(WVD[str, int], WVD.__hash__, masked(repr(WVD())))

print('-- construction')
vs = [V(i) for i in range(6)]
d = WVD({'a': vs[0], 'b': vs[1]}, c=vs[2])
print(sorted(d.items()), len(d))
print(sorted(WVD([('x', vs[3])]).items()), sorted(WVD(d).items()), len(WVD()))
attempt('two positional', WVD, {}, {})
attempt('not weakrefable', WVD, {'a': 1})
attempt('not iterable', WVD, 1)
attempt('bad item', WVD, [1])


class Sub(WVD):
    pass


print(masked(repr(Sub())), type(copy.copy(Sub())).__name__, type(Sub().copy()).__name__)

print('-- mapping API')
d = WVD()
d['a'] = vs[0]
d[1] = vs[1]
d[(2, 3)] = vs[2]
print(d['a'], d[1], d[(2, 3)], len(d), 'a' in d, 'zz' in d, [] in d if False else '-')
attempt('missing', lambda: d['zz'])
attempt('unhashable key', lambda: d[[]])
attempt('setitem non-weakrefable', d.__setitem__, 'n', 3)
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'))
print(sorted(map(str, d)), sorted(map(str, d.keys())), sorted(d.values(), key=lambda v: v.n))
del d[1]
attempt('del missing', d.__delitem__, 1)
print(sorted(map(str, d.keys())))
print(d.setdefault('a', vs[5]), d.setdefault('new', vs[5]), d['new'])
attempt('setdefault default None', d.setdefault, 'none')
print(d.pop('new'), d.pop('zz', 'dflt'))
attempt('pop missing', d.pop, 'zz')
attempt('pop too many', d.pop, 'a', 1, 2)
k, v = d.popitem()
print('popitem', k, v, len(d))
d.update({'u': vs[3]}, w=vs[4])
d.update([('l', vs[5])])
d.update(None)
print(sorted(map(str, d)))
attempt('update 2 args', d.update, {}, {})
attempt('update not iterable', d.update, 5)
d.clear()
print(len(d), list(d.items()))
attempt('popitem empty', d.popitem)
print(d == WVD(), d != {}, d == {})

print('-- refs')
d = WVD(a=vs[0], b=vs[1])
refs = d.valuerefs()
print(sorted(r().n for r in refs), all(type(r) is weakref.KeyedRef for r in refs))
print(sorted(r.key for r in refs), sorted(r.key for r in d.itervaluerefs()))
kr = d.data['a']
print(kr.key, kr() is vs[0], isinstance(kr, weakref.ref), kr.__callback__ is not None)

print('-- entries vanish')
objs = [V(i) for i in range(5)]
d = WVD({i: o for i, o in enumerate(objs)})
del objs[1]
print(len(d), sorted(d), 1 in d)
attempt('dead key', lambda: d[1])
objs.clear()
print(len(d), list(d.items()))
# A dead value whose callback has not run yet reads as missing.
v = V(9)
d = WVD(k=v)
d.data['k'] = weakref.KeyedRef(V(10), None, 'k')
print(d.get('k', 'gone'), 'k' in d, d.pop('k', 'gone'))
# A key rebound to a new value keeps it when the old value dies.
old, new = V(11), V(12)
d = WVD(k=old)
d['k'] = new
del old
print(d['k'], len(d))

print('-- iteration with removals')
objs = [V(i) for i in range(5)]
d = WVD({i: o for i, o in enumerate(objs)})
it = iter(d.items())
print(next(it))
del objs[3]
print(len(d._pending_removals))
seen = sorted(k for k, v in it)
print(seen, len(d), d._pending_removals)
it = d.values()
print(next(it))
del objs[0]
print(d._pending_removals)
print(sorted(v.n for v in it), len(d))
for label in ('keys', 'values', 'items', 'itervaluerefs'):
    objs = [V(i) for i in range(4)]
    d = WVD({i: o for i, o in enumerate(objs)})
    it = getattr(d, label)()
    next(it)
    del objs[2]
    pending = list(d._pending_removals)
    rest = list(it)
    print(label, pending, len(rest), d._pending_removals, len(d), sorted(d))

# len() applies pending removals, which the running loop then notices.
objs = [V(i) for i in range(4)]
d = WVD({i: o for i, o in enumerate(objs)})
it = iter(d.items())
next(it)
del objs[2]
print(len(d))
attempt('resumed', list, it)
# Abandoning an iterator ends its guard.
objs = [V(i) for i in range(3)]
d = WVD({i: o for i, o in enumerate(objs)})
it = iter(d)
next(it)
del objs[0]
print(len(d._pending_removals), len(d._iterating))
del it
print(len(d._pending_removals), len(d._iterating), len(d.data))

print('-- copies and operators')
objs = [V(i) for i in range(3)]
d = WVD(a=objs[0], b=objs[1])
c1 = d.copy()
c2 = copy.copy(d)
print(type(c1).__name__, sorted(c1.items()), sorted(c2.items()), c1 is not d)
memo = {}
c3 = copy.deepcopy(d, memo)
print(sorted(c3.items()), c3['a'] is objs[0])


class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self.name == other.name


key = K('key')
d2 = WVD({key: objs[2]})
c4 = copy.deepcopy(d2)
print([k is key for k in c4], [k.name for k in c4])
u = d | {'c': objs[2]}
print(type(u).__name__, sorted(u.items()), sorted(d.items()))
u = {'c': objs[2], 'a': objs[1]} | d
print(type(u).__name__, sorted(u.items()))
d |= {'z': objs[2]}
print(sorted(d.keys()))
d |= [('y', objs[2])]
print(sorted(d.keys()))
attempt('or int', lambda: d | 1)
attempt('ror int', lambda: 1 | d)
attempt('ior int', d.__ior__, 1)
print(d.__or__([]), d.__ror__(1))
print(dict(d) == {'a': objs[0], 'b': objs[1], 'z': objs[2], 'y': objs[2]})

print('-- KeyedRef')
o = V(20)
seen = []
kr = weakref.KeyedRef(o, lambda r: seen.append(r.key), 'thekey')
print(kr.key, kr() is o, type(kr).__name__, weakref.KeyedRef.__slots__)
attempt('no dict', setattr, kr, 'other', 1)
kr.key = 'rekeyed'
attempt('missing key', weakref.KeyedRef, o, None)
attempt('non-weakrefable', weakref.KeyedRef, 1, None, 'k')
del o
print(seen, kr())
