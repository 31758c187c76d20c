# weakref.WeakSet (_weakrefset): the set API and operators, members vanishing,
# removals deferred while iterating, copies, pickling support and generic aliases.
import collections.abc
import copy
import _weakrefset
import weakref


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'O(%d)' % self.n

    def __lt__(self, other):
        return self.n < other.n


def show(ws):
    return sorted(ws)


WS = weakref.WeakSet
print(WS is _weakrefset.WeakSet, _weakrefset.__all__, WS.__module__)
print(isinstance(WS(), collections.abc.MutableSet), isinstance(WS(), collections.abc.Set))
print(WS[int], WS.__hash__)
attempt('hash', hash, WS())

print('-- basics')
os_ = [O(i) for i in range(8)]
s = WS(os_[:3])
print(show(s), len(s), os_[0] in s, os_[5] in s, 1 in s, [] in s, bool(s), bool(WS()))
attempt('two args', WS, [], [])
attempt('not iterable', WS, 1)
attempt('not weakrefable', WS, [1])
s.add(os_[3])
s.add(os_[3])
print(show(s))
attempt('add int', s.add, 1)
s.remove(os_[3])
try:
    s.remove(os_[3])
except KeyError as e:
    print('remove missing', type(e.args[0]).__name__, e.args[0]() is os_[3])
attempt('remove int', s.remove, 1)
s.discard(os_[2])
s.discard(os_[2])
attempt('discard int', s.discard, 1)
print(show(s))
s.update([os_[4], os_[5]])
print(show(s))
s |= WS([os_[6]])
s |= [os_[7]]
print(show(s), len(s))
popped = s.pop()
print(popped in os_, popped not in s, len(s))
s.clear()
print(len(s), list(s))
attempt('pop empty', s.pop)

print('-- members vanish')
objs = [O(i) for i in range(5)]
s = WS(objs)
del objs[1]
print(len(s), show(s))
objs.clear()
print(len(s), list(s))
# pop skips a member whose callback has not run yet.
a = O(1)
s = WS([a])
x = O(2)
s.data.add(weakref.ref(x))
del x
print(len(s.data), s.pop() is a)

print('-- iteration with removals')
objs = [O(i) for i in range(5)]
s = WS(objs)
it = iter(s)
held = next(it)
victim = [o for o in objs if o is not held][0]
objs.remove(victim)
del victim
print(len(s._pending_removals), len(s), len(s.data))
rest = list(it)
print(len(rest), len(s._pending_removals), len(s), len(s.data))
# An abandoned iterator commits on being closed.
it = iter(s)
held = next(it)
victim = [o for o in objs if o is not held][0]
objs.remove(victim)
del victim
print(len(s), len(s._pending_removals))
del it
print(len(s), len(s._pending_removals), len(s.data), len(s._iterating))
del held
# Adding while iterating is the caller's error.
def grow():
    for x in s:
        s.add(O(99))


keep = O(42)


def grow_kept():
    for x in s:
        s.add(keep)


attempt('grow', grow_kept)
print(len(s._iterating))

print('-- set operations')
o = [O(i) for i in range(6)]
a = WS(o[0:3])
b = WS(o[2:5])
print(show(a | b), show(a & b), show(a - b), show(a ^ b))
print(show(a.union(o[5:])), show(a.intersection(o[1:2])), show(a.difference(o[:1])),
      show(a.symmetric_difference(o[2:4])))
print(type(a | b).__name__, type(a.union([])).__name__)
print(a.issubset(o), a <= WS(o), a < WS(o), a < a, a <= a, a.issuperset(o[:2]), a >= WS(o[:2]),
      a > WS(o[:2]), a > a)
print(a.isdisjoint(o[4:]), a.isdisjoint(o[2:]), a.isdisjoint(b))
print(a == WS(o[0:3]), a == b, a != b, a == set(o[0:3]), a != set(o[0:3]))
attempt('and int', lambda: a & 1)
attempt('or int', lambda: a | 1)
attempt('sub int', lambda: a - 1)
attempt('xor int', lambda: a ^ 1)
attempt('lt int', lambda: a < 1)
attempt('le int', lambda: a <= 1)
attempt('issubset int', a.issubset, 1)
attempt('union non-weakrefable', a.union, [1])
print(a.__and__(1) if False else '-')
c = WS(o[0:4])
c -= WS(o[0:1])
print(show(c))
c &= o[1:3] + o[5:]
print(show(c))
c ^= [o[2], o[4]]
print(show(c))
c.difference_update([o[1]])
c.intersection_update(o)
c.symmetric_difference_update([o[0]])
print(show(c))
c.difference_update(c)
print(show(c))
c = WS(o[:2])
c ^= c
print(show(c))
c = WS(o[:2])
c -= c
print(show(c))
c = WS(o[:2])
c &= c
print(show(c))
print(sorted(a.__reduce__()[1][0]), a.__reduce__()[0] is WS,
      sorted(a.__reduce__()[2]))

print('-- copies and subclasses')
a = WS(o[:3])
c1 = a.copy()
c2 = copy.copy(a)
print(show(c1), show(c2), type(c1).__name__, c1 is not a, c1 == a)


class MyWS(WS):
    pass


m = MyWS(o[:2])
print(type(m.copy()).__name__, type(m | a).__name__, type(m & a).__name__, type(m - a).__name__,
      type(copy.copy(m)).__name__, m == WS(o[:2]), WS(o[:2]) == m, MyWS[int])
print(repr(WS()))

print('-- the containers themselves are freed')


class M:
    pass


member = M()
for cls in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet):
    container = cls()
    if cls is weakref.WeakValueDictionary:
        container['k'] = member
    elif cls is weakref.WeakKeyDictionary:
        container[member] = 'v'
    else:
        container.add(member)
    it = iter(container)
    next(it)
    del it
    wr = weakref.ref(container)
    del container
    print(cls.__name__, wr())
    # Its callbacks outlive it harmlessly.
del member
print('member freed')
