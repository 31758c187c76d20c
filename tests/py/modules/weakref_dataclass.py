# dataclasses with weakref_slot=True: the __weakref__ slot, bases that already take weak
# references, and the errors for misuse.
import copy
import weakref
from dataclasses import dataclass


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(slots=True, weakref_slot=True)
class P:
    x: int
    y: int = 0


p = P(1)
r = weakref.ref(p)
print(r() is p, P.__slots__, hasattr(p, '__dict__'), '__weakref__' in P.__dict__, p)
del p
print(r())
attempt('weakref_slot without slots', lambda: dataclass(weakref_slot=True)(type('Q', (), {})))


@dataclass(slots=True)
class NoWeak:
    x: int


attempt('slots only', weakref.ref, NoWeak(1))


class S:
    __slots__ = ('__weakref__',)


class S2(S):
    __slots__ = ()


class N:
    __slots__ = ()


class Base:
    pass


for base in (S, S2, N, Base, object):
    @dataclass(slots=True, weakref_slot=True)
    class D(base):
        x: int
    print(base.__name__, D.__slots__, weakref.ref(D(1))() is None)


@dataclass(slots=True, weakref_slot=True)
class P2(P):
    z: int = 5


print(P2.__slots__, P2(1, 2), weakref.ref(P2(1, 2))() is None)


@dataclass(slots=True, weakref_slot=True, frozen=True)
class F:
    x: int


f = F(3)
r = weakref.ref(f)
print(r() == F(3), F.__slots__, copy.copy(f), copy.deepcopy(f), hash(f) == hash(F(3)))
wd = weakref.WeakKeyDictionary({f: 'frozen'})
print(wd[F(3)], len(wd))
del f, r
print(len(wd))
