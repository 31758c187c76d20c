# dataclasses audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import dataclasses, typing
from typing import ClassVar
from dataclasses import *
def P(*a):
    print(_re.sub(r" at 0x[0-9a-f]+", " at ADDR", " ".join(map(str, a))))
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, e)
@dataclass
class A:
    x: int
    y: str = 'a'
    z: list = field(default_factory=list)
    w: int = field(default=3, repr=False, compare=False, hash=None, metadata={'m': 1})
P(A(1), A(1) == A(1), A(1) == A(2), repr(A), A.__match_args__)
P([ (f.name, f.type, f.default is MISSING, f.default_factory, f.init, f.repr, f.compare, f.kw_only) for f in fields(A)])
P(fields(A)[3].metadata, type(fields(A)[3].metadata).__name__, repr(fields(A)[1]))
P(A.__hash__, A.__eq__ is not object.__eq__)
E(lambda: A())
E(lambda: A(1, 2, 3, 4, 5))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: int = 0
f = F(1, 2)
E(lambda: setattr(f, 'a', 3))
E(lambda: delattr(f, 'a'))
P(F(1) < F(2), F(1, 2) <= F(1, 3), sorted([F(3), F(1), F(2)]), hash(f) == hash((1, 2)))
E(lambda: F(1) < 3)
@dataclass(unsafe_hash=True)
class H:
    a: int
P(hash(H(1)) == hash((1,)))
@dataclass(eq=False)
class NE:
    a: int
P(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
P(S.__slots__, S(1), hasattr(S(1), '__dict__'))
E(lambda: setattr(S(1), 'c', 3))
@dataclass(slots=True, weakref_slot=True)
class SW:
    a: int
import weakref
P(SW.__slots__, weakref.ref(SW(1)) is not None)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
P(K(a=1), K.__match_args__)
E(lambda: K(1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
P(K2(1, b=2), K2.__match_args__, [f.kw_only for f in fields(K2)])
@dataclass
class K3:
    a: int = 0
    b: int = field(kw_only=True)
P(K3(b=1))
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    c: ClassVar[int] = 10
    d: typing.ClassVar = 5
    def __post_init__(self, scale):
        self.a *= scale
P(IV(3), IV(3, 4), [f.name for f in fields(IV)], IV.c, repr(InitVar[int]))
@dataclass
class B2(A):
    q: int = 9
P(B2(1), fields(B2)[-1].name)
def bad():
    @dataclass
    class X:
        a: int = 1
        b: int
E(bad)
def bad2():
    @dataclass
    class X:
        a: list = []
E(bad2)
def bad3():
    @dataclass(order=True)
    class X:
        a: int
        def __lt__(self, o): pass
E(bad3)
def bad4():
    @dataclass(frozen=True)
    class X(A): pass
E(bad4)
def bad5():
    @dataclass(eq=False, order=True)
    class X:
        a: int
E(bad5)
a = A(1, 'b', [1, 2])
P(replace(a, x=5), asdict(a), astuple(a))
E(lambda: replace(a, zz=1))
E(lambda: replace(IV(1)))
E(lambda: asdict(3))
E(lambda: fields(3))
@dataclass
class Nest:
    a: A
    l: list
    d: dict
    t: tuple
n = Nest(A(1), [A(2), (A(3),)], {'k': A(4)}, (1, A(5)))
P(asdict(n))
P(astuple(n))
P(asdict(n, dict_factory=lambda kv: sorted(kv)))
NT = __import__('collections').namedtuple('NT', 'p q')
@dataclass
class WithNT:
    n: object
P(asdict(WithNT(NT(A(1), 2))))
P(is_dataclass(A), is_dataclass(a), is_dataclass(int), is_dataclass(A(1)))
M = make_dataclass('M', ['x', ('y', int), ('z', int, field(default=5))], bases=(), namespace={'m': lambda self: self.x}, frozen=True)
P(M(1, 2), M(1, 2).m(), M.__module__, M.__qualname__, fields(M)[0].type)
E(lambda: make_dataclass('M', ['x', 'x']))
E(lambda: make_dataclass('M', ['1x']))
@dataclass
class R:
    a: object = None
r = R(); r.a = r
P(r)
l = R([]); l.a.append(l)
P(l)
@dataclass
class Empty: pass
P(Empty(), Empty() == Empty(), fields(Empty))
P(MISSING, repr(MISSING), dataclasses.FrozenInstanceError.__mro__)
@dataclass(repr=False)
class NR:
    a: int
P(repr(NR(1)).startswith('<__main__.NR object'))
@dataclass(init=False)
class NI:
    a: int = 1
P(NI())
@dataclass
class DefCls:
    a: int = 1
P(DefCls.a)
P(A.__dataclass_params__, A.__dataclass_fields__.keys())
P(repr(field()), )
