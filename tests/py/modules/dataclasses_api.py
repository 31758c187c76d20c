"""dataclasses: fields and options, generated methods, errors, helpers."""
import dataclasses, copy
from dataclasses import *
from typing import ClassVar, List
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, repr=False)
    w: ClassVar[int] = 5
    iv: InitVar[int] = None
    def __post_init__(self, iv):
        self.seen = iv
t(lambda: (P(1), P(1, 2, [3], iv=4).seen, [f.name for f in fields(P)], P.w, P(1) == P(1), P(1) == P(2)))
t(lambda: P())
t(lambda: P(1, 2, 3, 4, 5))
t(lambda: repr(fields(P)[0]).split(',default=')[0])
t(lambda: repr(fields(P)[0]).split('object at')[-1].split(',', 1)[1].split('default_factory')[-1][0])
t(lambda: fields(1))
t(lambda: replace(P(1), y=5))
t(lambda: replace(P(1), q=5))
t(lambda: replace(P(1), iv=3).seen)
t(lambda: (asdict(P(1, 2, [P(3)])), astuple(P(1, 2, [P(3)]))))
t(lambda: asdict(1))
t(lambda: astuple(P))
t(lambda: (is_dataclass(P), is_dataclass(P(1)), is_dataclass(1)))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
t(lambda: (F(1) < F(2), sorted([F(2), F(1, 'a')]), hash(F(1)) == hash(F(1))))
t(lambda: setattr(F(1), 'a', 2))
t(lambda: delattr(F(1), 'a'))
t(lambda: F(1) < 1)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
t(lambda: (K(a=1), K(1)))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, kw_only=False)
t(lambda: K2(1, 4, b=2))
t(lambda: K2.__match_args__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
t(lambda: (S.__slots__, S(1), hasattr(S(1), '__dict__')))
t(lambda: dataclass(weakref_slot=True)(type('X', (), {})))
def bad_default():
    @dataclass
    class B:
        a: list = []
t(bad_default)
def bad_order():
    @dataclass
    class B:
        a: int = 1
        b: int
t(bad_order)
def bad_frozen():
    @dataclass
    class A: a: int
    @dataclass(frozen=True)
    class B(A): b: int
t(bad_frozen)
def bad_eq():
    @dataclass(order=True, eq=False)
    class B: a: int
t(bad_eq)
def bad_hash():
    @dataclass(unsafe_hash=True)
    class B:
        a: int
        def __hash__(self): return 1
t(bad_hash)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(hash=False)
t(lambda: hash(UH(1, 2)) == hash(UH(1, 3)))
@dataclass
class Eq:
    a: int
t(lambda: Eq.__hash__)
@dataclass(eq=False)
class NE:
    a: int
t(lambda: (NE(1) == NE(1), NE.__hash__ is object.__hash__))
MD = make_dataclass('MD', ['a', ('b', int), ('c', int, field(default=5))], bases=(), namespace={'m': lambda self: 1}, frozen=True)
t(lambda: (MD(1, 2), MD(1, 2).m(), MD.__module__, fields(MD)[0].type))
t(lambda: make_dataclass('X', ['a', 'a']))
t(lambda: make_dataclass('X', ['class']))
t(lambda: make_dataclass('X', [1]))
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec(); r.children.append(r)
t(lambda: repr(r))
t(lambda: repr(field(default=1)).startswith('Field(name=None,type=None,default=1'))
t(lambda: (type(MISSING).__name__, type(MISSING).__module__))
t(lambda: (FrozenInstanceError.__mro__, ))
t(lambda: field(default=1, default_factory=list))
@dataclass
class WithMeta:
    a: int = field(default=1, metadata={'k': 'v'}, compare=False, init=False)
t(lambda: (fields(WithMeta)[0].metadata, WithMeta(), WithMeta() == WithMeta()))
t(lambda: WithMeta(2))
@dataclass(repr=False, init=False)
class NoInit:
    a: int = 1
t(lambda: (NoInit().a, 'NoInit object' in repr(NoInit())))
@dataclass
class Inh(P):
    q: int = 9
t(lambda: Inh(1))
t(lambda: Inh.__match_args__)
t(lambda: dataclasses.__all__)
@dataclass
class Cp:
    a: list
t(lambda: (asdict(Cp([1, (2, 3), {'k': [4]}])), astuple(Cp([1]), tuple_factory=list), asdict(Cp([1]), dict_factory=lambda kv: sorted(kv))))
from collections import namedtuple, defaultdict
NTp = namedtuple('NTp', 'a b')
t(lambda: asdict(Cp([NTp(1, Eq(2)), defaultdict(int, {1: Eq(3)})])))
def inspect_sig():
    import inspect
    return str(inspect.signature(P)), str(inspect.signature(K2))
t(lambda: P.__doc__)
t(lambda: dataclass(1))
t(lambda: F.__dataclass_params__)
@dataclass(frozen=True)
class FS: 
    a: int
    __slots__ = ('a',)
t(lambda: FS(1))
@dataclass(slots=True, frozen=True)
class FS2:
    a: int
t(lambda: (copy.copy(FS2(1)), copy.deepcopy(FS2(2))))
import pickle
t(lambda: pickle.loads(pickle.dumps(FS2(3))))
t(lambda: replace(FS2(1), a=4))
t(inspect_sig)
@dataclass
class A:
    x: int = 1
    def __post_init__(self): print('post', self.x)
@dataclass
class B(A):
    y: int = 2
t(lambda: B())
@dataclass
class IV:
    a: int
    b: InitVar[int]
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a + b
t(lambda: (IV(1, 2), [(f.name, f.init, f._field_type) for f in fields(IV)]))
t(lambda: replace(IV(1, 2), a=3))
t(lambda: replace(IV(1, 2), b=5))
t(lambda: replace(IV(1, 2), c=5))
t(lambda: repr(InitVar[int]))
t(lambda: repr(InitVar[list[int]]))
@dataclass
class CV:
    a: ClassVar[int] = 3
    b: 'ClassVar[int]' = 4
t(lambda: (fields(CV), CV()))
def bad_cv():
    @dataclass
    class X:
        a: ClassVar[list] = field(default_factory=list)
t(bad_cv)
def kw_twice():
    @dataclass
    class X:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
t(kw_twice)
@dataclass(order=True)
class O:
    a: int
t(lambda: (O(1) <= O(1), O(1).__lt__(1), O(1) == 1))
def redef():
    @dataclass(order=True)
    class X:
        a: int
        def __lt__(self, o): return True
t(redef)
def frozen_inherit():
    @dataclass(frozen=True)
    class A: a: int
    @dataclass
    class B(A): b: int
t(frozen_inherit)
@dataclass(frozen=True)
class Fr:
    a: int
    def __post_init__(self): object.__setattr__(self, 'a', self.a * 2)
t(lambda: Fr(2))
t(lambda: setattr(Fr(1), 'b', 1))
@dataclass
class Desc:
    a: int = field(default=5, repr=False)
    b: int = field(default=6, compare=False)
t(lambda: (Desc(), Desc(1, 2) == Desc(1, 3)))
t(lambda: dataclasses.fields(Desc)[1].compare)
@dataclass(match_args=False)
class NoMA:
    a: int
t(lambda: hasattr(NoMA, '__match_args__'))
t(lambda: (O.__eq__.__qualname__, O.__repr__.__qualname__, O.__init__.__qualname__))
@dataclass
class Nested:
    inner: object
    def __repr__(self): return 'custom'
t(lambda: Nested(1))
@dataclass
class Def:
    a: list = field(default_factory=lambda: [1])
d1, d2 = Def(), Def()
t(lambda: d1.a is d2.a)
t(lambda: Def.a if hasattr(Def, 'a') else 'no class attr')
@dataclass
class WithDefault:
    a: int = 3
t(lambda: WithDefault.a)
t(lambda: dataclasses.is_dataclass(WithDefault))
t(lambda: asdict(WithDefault(), dict_factory=list))
@dataclass(eq=True, frozen=True)
class H:
    a: int
t(lambda: H.__hash__ is not None and hash(H(1)) == hash((1,)))
@dataclass(repr=True)
class Recr:
    other: object = None
a = Recr(); a.other = a
t(lambda: repr(a))
b = Recr(); c = Recr(b); b.other = c
t(lambda: repr(b))
