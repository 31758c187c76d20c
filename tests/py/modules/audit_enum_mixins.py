# enum audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import enum
from enum import *
def P(*a):
    print(_re.sub(r" at 0x[0-9a-f]+", " at ADDR", " ".join(map(str, a))))
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
P(Perm.R | Perm.W, repr(Perm.R|Perm.W|Perm.X), Perm(7), str(Perm(7)), f"{Perm(7)}", Perm(0), Perm(7) - Perm.R, repr(Perm(15)), str(Perm(15)))
P(repr(~Perm.R), ~Perm(0), repr(~Perm(7)))
class Sh(Enum):
    A = 1
    _ignore_ = ['tmp']
    tmp = 5
P(list(Sh))
class Mix(str, Enum):
    A = 'a'
    B = 'b'
P(Mix.A, repr(Mix.A), str(Mix.A), format(Mix.A), f"{Mix.A}", Mix.A == 'a', Mix('b'))
class IMix(int, Enum):
    A = 1
P(IMix.A, repr(IMix.A), str(IMix.A), format(IMix.A), IMix.A + 2)
class FMix(float, Enum):
    PI = 3.14
P(repr(FMix.PI), str(FMix.PI))
from datetime import date
class DMix(date, Enum):
    D = (2020, 1, 1)
P(repr(DMix.D), DMix.D.year)
class Cust(Enum):
    A = 1
    def __str__(self): return 'custom'
    def __repr__(self): return 'CR'
P(str(Cust.A), repr(Cust.A), format(Cust.A), f"{Cust.A}", [Cust.A])
class CustF(Enum):
    A = 1
    def __format__(self, spec): return 'fmt' + spec
P(f"{CustF.A:x}", str(CustF.A))
class MultiVal(Enum):
    A = 1
    B = 2
    def __init__(self, *args): self.extra = args
P(MultiVal.A.extra)
class Pl(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
def badorder():
    class Pl2(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
E(badorder)
P(Enum.__members__ if hasattr(Enum,'__members__') else None)
class FlA(Flag):
    A = auto()
    B = auto()
    C = auto()
P([m.value for m in FlA], FlA.A | FlA.B | FlA.C, repr(FlA(7)), list(FlA(5)), FlA(5) & FlA.A, FlA.B in FlA(7))
P(FlA.__members__.keys(), FlA._all_bits_ if hasattr(FlA,'_all_bits_') else None)
class WithAlias(Flag):
    A = 1
    B = 2
    AB = 3
    ALSO_A = 1
P(list(WithAlias), WithAlias.AB, WithAlias.ALSO_A, list(WithAlias.__members__))
class IE(IntEnum):
    A = 1
P(IE.A.real, IE.A.numerator, IE.A.name, IE['A'], IE.A.to_bytes(1,'big'))
E(lambda: IE('x'))
E(lambda: Enum('X', 'A B', boundary=5))
E(lambda: IntEnum.A)
E(lambda: Enum())
class Val(Enum):
    A = [1, 2]
P(Val([1, 2]), Val.A.value)
class NoneVal(Enum):
    N = None
P(NoneVal(None), repr(NoneVal.N))
P(list(enum.EnumCheck), list(enum.FlagBoundary))
P(enum.global_enum is not None, enum.EnumDict if hasattr(enum,'EnumDict') else 'no EnumDict')
@enum.global_enum
class GE(IntEnum):
    GA = 1
    GB = 2
P(repr(GE.GA), str(GE.GA), GA if 'GA' in globals() else 'not global')
class Big(IntFlag, boundary=KEEP):
    A = 1
P(Big(1<<70) is not None, repr(Big(9)))
class Prop(Enum):
    A = 1
    @enum.property
    def name2(self): return self._name_ + '2'
P(Prop.A.name2)
class Dunder(Enum):
    A = 1
    B = 2
    def __lt__(self, o): return self.value < o.value
P(sorted([Dunder.B, Dunder.A]))
P(Color := None)
class T(Enum):
    A = 1
P(T.A.__hash__() == hash(T.A._name_), T.A.__reduce_ex__(2))
P(isinstance(T.A, T), issubclass(T, Enum), T.__len__ if False else len(T))
