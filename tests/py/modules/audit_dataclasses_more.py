# dataclasses audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import dataclasses, typing, copy, pickle
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
class Pt:
    x: int
    y: int = 0
P(copy.deepcopy(Pt(1)), pickle.loads(pickle.dumps(Pt(1, 2))))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: tuple = ()
fs = FS(1)
P(fs, pickle.loads(pickle.dumps(fs)), copy.copy(fs), hash(fs) == hash((1, ())))
E(lambda: setattr(fs, 'a', 2))
@dataclass
class PI:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
P(PI(2), replace(PI(3), a=5))
@dataclass
class PI2:
    a: int
    b: int = field(init=False, default=4)
E(lambda: replace(PI2(1), b=3))
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, tp):
        if obj is None: return 7
        return getattr(obj, self.name, 7)
    def __set__(self, obj, v): setattr(obj, self.name, v * 10)
@dataclass
class WD:
    d: Desc = Desc()
P(WD(), WD(2))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Child(Base):
    x: int = 10
    z: int = 3
P(Child(), [f.name for f in fields(Child)])
@dataclass(order=True)
class O:
    a: int
    b: str = field(compare=False)
P(O(1, 'z') < O(2, 'a'), O(1, 'a') == O(1, 'b'))
@dataclass
class Gen[T]:
    v: T
P(Gen[int](3), Gen.__parameters__)
@dataclass
class Abs:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'dataclasses.InitVar[int]' = 4
    def __post_init__(self, c): self.c2 = c
P([f.name for f in fields(Abs)], Abs(1).c2)
P(dataclasses.__all__ if hasattr(dataclasses, '__all__') else None)
@dataclass
class MA:
    a: int
    b: int
    __match_args__ = ('b',)
P(MA.__match_args__)
match Pt(1, 2):
    case Pt(1, y): print('matched', y)
@dataclass(match_args=False)
class NM:
    a: int
P(hasattr(NM, '__match_args__'))
@dataclass
class WithHash:
    a: int
    __hash__ = lambda self: 42
P(hash(WithHash(1)))
@dataclass(frozen=True)
class FH:
    a: list
E(lambda: hash(FH([1])))
@dataclass(eq=True)
class Unhashable:
    a: int
P(Unhashable.__hash__)
E(lambda: make_dataclass('X', [('a', int, 1, 2)]))
X = make_dataclass('X', [('a', int)], kw_only=True, slots=True, module='mymod')
P(X(a=1), X.__module__, X.__slots__)
@dataclass
class DFF:
    a: int = field(default=1, default_factory=list) if False else 1
E(lambda: field(default=1, default_factory=list))
@dataclass
class Opt:
    a: typing.Optional[int] = None
    b: typing.List[int] = field(default_factory=lambda: [1])
P(Opt(), Opt.__init__.__annotations__ if hasattr(Opt.__init__, '__annotations__') else None)
import inspect
P(inspect.signature(Opt), inspect.signature(Pt.__init__))
P(Pt.__init__.__qualname__, Pt.__repr__.__qualname__, Pt.__eq__.__qualname__)
P(Pt.__doc__)
P(Opt.__doc__)
@dataclass
class Recur:
    kids: list = field(default_factory=list)
r = Recur(); r.kids.append(r)
P(r)
P(dataclasses.fields(Pt(1))[0] is fields(Pt)[0])
@dataclass
class Cmp:
    a: int
P(Cmp(1) == (1,), Cmp(1).__eq__((1,)))
class NotDC(Pt): pass
P(is_dataclass(NotDC), NotDC(1))
@dataclass
class Sub2(Pt):
    pass
P(Sub2(1,2), Sub2.__match_args__)
