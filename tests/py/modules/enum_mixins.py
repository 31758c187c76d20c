"""enum: data-type mixins, auto() in tuples, naming edge cases, subclass hooks."""
import enum
from enum import *
from dataclasses import dataclass
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class FE(float, Enum):
    A = 1.5
t(lambda: (repr(FE.A), str(FE.A), format(FE.A), f"{FE.A:.2f}"))
class TE(tuple, Enum):
    A = (1, 2)
t(lambda: (repr(TE.A), TE.A[0], TE((1, 2))))
@dataclass
class Pt:
    x: int
    y: int
class PE(Pt, Enum):
    O = 0, 0
t(lambda: repr(PE.O))
class Mixed(str, Enum):
    A = 'a'
t(lambda: (repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A == 'a'))
class MI(int, Enum):
    A = 1
t(lambda: (repr(MI.A), str(MI.A), format(MI.A), MI.A + 1))
def late_gnv():
    class X(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last): return 1
t(late_gnv)
class AT(Enum):
    A = auto(), 'x'
    B = auto(), 'y'
t(lambda: (AT.A.value, AT.B.value))
class Dflt(Enum):
    A = 1
    def __str__(self): return 'custom'
t(lambda: (str(Dflt.A), format(Dflt.A), f"{Dflt.A}"))
def repr_enum():
    class RE(ReprEnum):
        A = 1
t(repr_enum)
def repr_enum_empty():
    class RE2(ReprEnum):
        pass
t(repr_enum_empty)
class IE(IntEnum):
    A = 1
    def __format__(self, spec): return 'fmt'
t(lambda: format(IE.A))
t(lambda: IntEnum('X', 'a')(1).__class__.__mro__)
t(lambda: (StrEnum.__mro__, IntFlag.__mro__, IntEnum.__mro__))
t(lambda: Enum.__dict__.get('_missing_').__class__.__name__)
t(lambda: [m for m in dir(Enum) if not m.startswith('__')])
t(lambda: enum.EnumType.__call__.__name__)
class K(Enum):
    name_ = 1
    value_ = 2
t(lambda: list(K))
class WithName(Enum):
    name = 1
    value = 2
t(lambda: (list(WithName), WithName.name, WithName.name.name, WithName.value.value))
class Sh(Enum):
    A = 1
    @classmethod
    def create(cls): return cls.A
    @staticmethod
    def s(): return 'st'
t(lambda: (Sh.create(), Sh.s(), list(Sh)))
class Dn(Enum):
    A = 1
    _ignore_ = ['B']
    B = 2
t(lambda: list(Dn))
t(lambda: Enum('Q', [('A', 1), ('B', 1)]).B)
t(lambda: Enum('Q', 'A B C').__members__.keys())
class Init(Enum):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Child(Init, flag='yes'):
    A = 1
t(lambda: Child.flag)
