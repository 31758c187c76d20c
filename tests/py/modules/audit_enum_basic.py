# enum audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import enum, pickle, copy
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
    BLUE = 3
    CRIMSON = 1
P(Color.RED, repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", f"{Color.RED!r}", Color.CRIMSON is Color.RED)
P(list(Color), len(Color), Color.__members__, Color['RED'], Color(2), Color.RED.name, Color.RED.value)
E(lambda: Color(7))
E(lambda: Color['NOPE'])
E(lambda: setattr(Color, 'RED', 5))
E(lambda: setattr(Color.RED, 'value', 5))
E(lambda: delattr(Color, 'RED'))
P(Color.RED in Color, 1 in Color, 7 in Color, Color.RED == 1, hash(Color.RED) == hash('RED'))
P(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, copy.deepcopy(Color.BLUE) is Color.BLUE)
P(repr(Color), dir(Color.RED)[:5], sorted(Color.__members__))
class IE(IntEnum):
    A = 1
    B = 2
P(IE.A, repr(IE.A), str(IE.A), format(IE.A), f"{IE.A:>4}", IE.A + 1, IE.A < IE.B, IE(2), int(IE.B), IE.A == 1)
class SE(StrEnum):
    X = auto()
    Y = 'yy'
P(SE.X, repr(SE.X), str(SE.X), format(SE.X), SE.X.upper(), SE.Y == 'yy', SE('x'))
def bad():
    class S2(StrEnum):
        A = 1
E(bad)
class Fl(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
P(Fl.R, repr(Fl.R | Fl.X), str(Fl.R | Fl.X), Fl(3), Fl(0), repr(Fl(0)), list(Fl), list(Fl.R | Fl.X), Fl.RW, len(Fl.R|Fl.W|Fl.X))
P(Fl.R in Fl.RW, ~Fl.R, repr(~Fl.R), Fl.R ^ Fl.RW, bool(Fl(0)), Fl.RW.name, (Fl.R|Fl.X).name, Fl(7), Fl.R.value)
E(lambda: Fl(8))
class IF(IntFlag):
    A = 1
    B = 2
    C = 4
P(IF.A | IF.B, repr(IF.A | IF.B), str(IF.A|IF.B), format(IF.A|IF.B), IF(8), repr(IF(8)), IF.A | 8, repr(~IF.A), IF.A + 1, IF(0), repr(IF(0)))
class St(Flag, boundary=STRICT):
    A = 1
    B = 2
E(lambda: St(5))
class Co(Flag, boundary=CONFORM):
    A = 1
    B = 2
P(Co(5), repr(Co(7)))
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
P(Ej(5), type(Ej(5)), Ej(3))
class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2
P(Kp(5), repr(Kp(5)), repr(Kp(4)))
P(Fl._boundary_, IF._boundary_, Flag._boundary_ if hasattr(Flag, '_boundary_') else None)
def mk():
    @unique
    class U(Enum):
        A = 1
        B = 1
E(mk)
def mk2():
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1
        C = 3
E(mk2)
def mk3():
    @verify(NAMED_FLAGS)
    class V(Flag):
        A = 1
        B = 2
        C = 7
E(mk3)
def mk4():
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
E(mk4)
class WithMeth(Enum):
    A = 1
    B = 2
    @property
    def double(self): return self.value * 2
    def describe(self): return f'{self.name}!'
    @classmethod
    def first(cls): return cls.A
    x = nonmember(5)
    @member
    def fn(self): return 'f'
P(WithMeth.A.double, WithMeth.B.describe(), WithMeth.first(), WithMeth.x, list(WithMeth), WithMeth.fn.value(None) if callable(WithMeth.fn.value) else WithMeth.fn)
class Miss(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, v):
        if isinstance(v, str): return cls.A
        return None
P(Miss('zzz'))
E(lambda: Miss(3))
class BadMiss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return 5
E(lambda: BadMiss(3))
class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
P(list(Gen), Gen.A.value)
class Au(Enum):
    A = auto()
    B = 10
    C = auto()
P([m.value for m in Au])
An = Enum('An', 'CAT DOG')
P(list(An), An.CAT.value, repr(An), An.__module__)
An2 = Enum('An2', [('X', 5), ('Y', 6)])
An3 = Enum('An3', {'P': 'p'})
An4 = IntEnum('An4', 'a b c', start=0)
P(list(An2), list(An3), list(An4), An4.c + 0)
An5 = Enum('An5', 'A, B', module='mymod', qualname='Q.An5')
P(An5.__module__, An5.__qualname__)
class Sub(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class SubE(Sub, foo=1):
    A = 1
P(list(SubE))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
P(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Ord(Enum):
    def __new__(cls, v, label):
        obj = object.__new__(cls)
        obj._value_ = v
        obj.label = label
        return obj
    A = 1, 'one'
    B = 2, 'two'
P(Ord(1), Ord.B.label)
E(lambda: Color.RED < Color.GREEN)
def ext():
    class E2(Color): X = 9
E(ext)
def dup():
    class D(Enum):
        A = 1
        A = 2
E(dup)
class Empty(Enum): pass
class Ext(Empty):
    A = 1
P(list(Ext), isinstance(Ext.A, Empty))
P(Color.RED._name_, Color.RED._value_, Color._member_names_, Color._value2member_map_)
P(enum.EnumType is enum.EnumMeta, type(Color).__name__, repr(enum.auto()))
P(Color.RED.__class__, Color.__class__)
class Rev(Enum):
    B = 2
    A = 1
P(list(reversed(Rev)), Rev.B in Rev)
P(enum.show_flag_values(Fl.RW) if hasattr(enum,'show_flag_values') else None)
P(IF.A.bit_length(), bool(IF(0)), IF.A & 3, type(IF.A & 3), type(IF.A | 8))
P(hash(IE.A) == hash(1), IE.A in {1: 'x'})
P(str(Fl.R|Fl.W), Fl.RW is (Fl.R|Fl.W))
P(enum.ReprEnum, IntEnum.__mro__, StrEnum.__mro__, IntFlag.__mro__)
class Glob(Enum):
    A = 1
    B = 2
P(Glob.A.__reduce_ex__(4))
P(Color.__doc__, Fl.__doc__ if Fl.__doc__ else 'none')
