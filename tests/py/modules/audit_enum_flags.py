# enum audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import enum, pickle
from enum import *
def P(*a):
    print(_re.sub(r" at 0x[0-9a-f]+", " at ADDR", " ".join(map(str, a))))
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
P(pickle.loads(pickle.dumps(Color.RED, 0)), pickle.loads(pickle.dumps(Color, 4)))
class F(IntFlag):
    A = 1
    B = 2
P(pickle.loads(pickle.dumps(F.A | F.B)), pickle.loads(pickle.dumps(F(0))))
class Fl(Flag):
    A = 1
    B = 2
P(pickle.loads(pickle.dumps(Fl.A | Fl.B)))
P(Color.RED.__reduce_ex__(4), (Fl.A|Fl.B).__reduce_ex__(4))
E(lambda: Color.RED.__class__('RED'))
P(Color._missing_(5))
E(lambda: Enum('Bad', 'mro'))
E(lambda: Enum('Bad', ['_sunder_']))
def b1():
    class X(Enum):
        _sunder_ = 1
E(b1)
def b2():
    class X(Enum):
        __dunder__ = 1
    return list(X)
E(b2)
class CS(Enum):
    A = 1
    def _missing_(self): pass
P(list(CS))
class Nested(Enum):
    A = 1
    class Inner: pass
P(list(Nested), Nested.Inner)
class WithDesc(Enum):
    A = 1
    B = staticmethod(lambda: 5)
P(list(WithDesc), WithDesc.B())
class Tup(Enum):
    A = (1, 2)
    B = 3,
P(Tup.A.value, Tup.B.value, Tup((1, 2)))
class IntTup(int, Enum):
    A = 1
    B = (2,)
P(IntTup.B, IntTup.B.value, IntTup(2))
class SE(StrEnum):
    A = 'x'
    B = auto()
    CamelCase = auto()
P(list(SE), SE.B.value, SE.CamelCase.value)
E(lambda: StrEnum('X', [('A', 1)]))
def counted():
    class Counted(Enum):
        A = auto()
        B = auto()
        C = 'x'
        D = auto()
E(counted)
class FA(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()
P([m.value for m in FA])
class IEA(IntEnum):
    A = auto()
    B = auto()
P(IEA.A.value, IEA.B)
class Ufl(Flag):
    NONE = 0
    A = 1
    B = 2
P(list(Ufl), Ufl.NONE, repr(Ufl(0)), Ufl(3).name, repr(Ufl(3)))
class FlagNeg(IntFlag):
    A = 1
    B = 2
    C = 4
P(repr(FlagNeg(-1)), repr(FlagNeg(-3)), repr(~FlagNeg.A), repr(FlagNeg(8)))
class FlagNegKeep(IntFlag, boundary=KEEP):
    A = 1
    B = 4
P(repr(FlagNegKeep(-1)), repr(FlagNegKeep(2)), repr(~FlagNegKeep.A))
class Pf(Flag):
    A = 1
    B = 4
E(lambda: Pf(-1))
E(lambda: ~Pf.A)
E(lambda: Pf(2))
P(dir(Color))
P(dir(F.A)[:10])
P(Color.RED.__dir__()[:10] if False else sorted(set(dir(Color.RED)) - set(dir(object))))
