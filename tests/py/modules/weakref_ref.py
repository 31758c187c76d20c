# weakref.ref and weakref.proxy: creation, sharing, callbacks, comparison, hashing, repr,
# subclasses, and which objects take weak references.
import re
import sys
import weakref


def masked(s):
    return re.sub(r'0x[0-9a-fA-F]+', '0x?', s)


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    def __init__(self, n=0):
        self.n = n

    def __repr__(self):
        return 'A(%d)' % self.n

    def meth(self):
        return self.n


print('-- module')
print(weakref.__all__)
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes)
print(weakref.ReferenceType.__name__, weakref.ProxyType.__name__,
      weakref.CallableProxyType.__name__, weakref.ref.__module__)
print(weakref.ref[int], weakref.ReferenceType[A].__origin__ is weakref.ref)

print('-- basics')
a = A(1)
r = weakref.ref(a)
print(r() is a, r.__callback__, type(r).__name__)
print(weakref.ref(a) is r, weakref.ref(a, None) is r)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(weakref.getweakrefcount(1), weakref.getweakrefs(1), weakref.getweakrefs(A(5)))
print(masked(repr(r)))
print(masked(repr(weakref.ref(A))), masked(repr(weakref.ref(A.meth))))
del a
print(r(), masked(repr(r)))

print('-- callbacks')
a = A(2)
order = []
r1 = weakref.ref(a, lambda w: order.append(('r1', w())))
r2 = weakref.ref(a, lambda w: order.append(('r2', w())))
p1 = weakref.proxy(a, lambda w: order.append('p1'))
r0 = weakref.ref(a)
p0 = weakref.proxy(a)
print([type(x).__name__ for x in weakref.getweakrefs(a)])
print(weakref.getweakrefs(a)[0] is r0, weakref.getweakrefs(a)[1] is p0)
print(r1 is r2, r1 == r2, r1.__callback__ is not None)
del a
print(order, r0(), r1(), r2())

# A reference that dies before its referent never calls back.
a = A(3)
r = weakref.ref(a, lambda w: print('never'))
del r
del a
print('no callback')


def cb(w):
    print('callback got itself:', w is rr, w())


a = A(4)
rr = weakref.ref(a, cb)
del a

print('-- exceptions in callbacks')
def hook(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg,
          getattr(u.object, '__name__', None), u.exc_traceback is not None)


# Kept for the rest of the script: the default hook prints addresses.
sys.unraisablehook = hook


def bad(w):
    raise ValueError('boom')


a = A(5)
r_bad = weakref.ref(a, bad)
r_ok = weakref.ref(a, lambda w: print('later callback still runs'))
del a
print('after')

print('-- equality and hash')
a, b = A(6), A(6)
ra, rb = weakref.ref(a), weakref.ref(b)
ra2 = weakref.ref(a, lambda w: None)
print(ra == ra2, ra != ra2, ra == rb, ra != rb, ra == a, ra != 1)
print(hash(ra) == hash(a), hash(ra2) == hash(a))
attempt('lt', lambda: ra < rb)


class Eq:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


e1, e2 = Eq(), Eq()
print(weakref.ref(e1) == weakref.ref(e2))
h = hash(ra)
del a
print(hash(ra) == h, ra == ra, ra == ra2, ra2 == ra2, ra == rb)
c = A(7)
rc = weakref.ref(c)
del c
attempt('hash dead', hash, rc)
s = {1}
attempt('hash unhashable', lambda: hash(weakref.ref(frozenset([1]))) == hash(frozenset([1])))


class Unhashable:
    __hash__ = None


u = Unhashable()
attempt('hash referent unhashable', hash, weakref.ref(u))

print('-- argument errors')
attempt('no args', weakref.ref)
attempt('three args', weakref.ref, A(), None, 1)
attempt('keyword', lambda: weakref.ref(A(), callback=None))
attempt('call with args', lambda: weakref.ref(b)(1))
attempt('proxy no args', weakref.proxy)
attempt('proxy three args', weakref.proxy, b, None, 1)
attempt('getweakrefcount no args', weakref.getweakrefcount)

print('-- referenceable objects')
for obj in (1, 'str', [], {}, (), object(), None, 1.5, b'x', bytearray(), ValueError(),
            True, range(3), 2j):
    attempt(type(obj).__name__, lambda: weakref.ref(obj) is not None)


class E(Exception):
    pass


def gen():
    yield 1


async def coro():
    pass


co = coro()
for obj in (set(), frozenset(), A, A(8).meth, gen(), co, weakref, gen.__code__, type, E(),
            lambda: 0, int, A(9)):
    print(type(obj).__name__, weakref.ref(obj)() is obj)
co.close()


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class SubOfSlotted(Slotted):
    pass


attempt('slots', weakref.ref, Slotted())
print(weakref.ref(SlottedWeak())() is None, weakref.ref(SubOfSlotted())() is None)


class MyList(list):
    pass


class MyDict(dict):
    pass


print(weakref.ref(MyList())() is None, weakref.ref(MyDict())() is None)

print('-- subclasses of ref')


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)


b = A(10)
mr = MyRef(b, None, tag='t', size=3)
print(mr() is b, mr.tag, mr.size, isinstance(mr, weakref.ref), type(mr).__name__)
print(mr is weakref.ref(b), MyRef(b) is mr, mr == weakref.ref(b))
print(masked(repr(mr)))
print(len(weakref.getweakrefs(b)))


class SlotRef(weakref.ref):
    __slots__ = ('key', 'extra')

    def __new__(cls, ob, key, callback=None):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, key, callback=None):
        super().__init__(ob, callback)


seen = []
sr = SlotRef(b, 'k', lambda w: seen.append(w.key))
print(sr.key, sr() is b, hasattr(sr, '__dict__'))
attempt('extra unset', lambda: sr.extra)
attempt('no dict', setattr, sr, 'other', 1)


class CallRef(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return ('called', obj)


cr = CallRef(b)
print(cr() == ('called', b))
del b
print(seen, cr(), mr())
