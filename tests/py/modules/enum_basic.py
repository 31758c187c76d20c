"""enum: Enum/IntEnum/StrEnum members, reprs, class API, functional API, checks."""
import enum
import pickle
import copy
from enum import Enum, IntEnum, StrEnum, auto, unique, verify, member, nonmember


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1


t('reprs', lambda: (repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|"))
t('iter', lambda: list(Color))
t('reversed', lambda: list(reversed(Color)))
t('members', lambda: Color.__members__)
t('len', lambda: (len(Color), bool(Color), bool(Enum)))
t('alias', lambda: (Color.ALIAS is Color.RED, Color['ALIAS'], Color(1)))
t('bad value', lambda: Color(4))
t('bad name', lambda: Color['X'])
t('bad attr', lambda: Color.X)
t('contains', lambda: (Color.RED in Color, 1 in Color, 5 in Color, 'x' in Color, [] in Color))
t('dir member', lambda: dir(Color.RED))
t('dir class', lambda: dir(Color))
t('name value', lambda: (Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_))
t('class name attr', lambda: Color.name)
t('reassign', lambda: setattr(Color, 'RED', 3))
t('delete', lambda: delattr(Color, 'RED'))
t('set name', lambda: setattr(Color.RED, 'name', 'x'))


def extend():
    class Sub(Color):
        pass
t('extend', extend)
t('ordering', lambda: Color.RED < Color.GREEN)
t('eq', lambda: (Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE))
t('pickle', lambda: pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
t('copy', lambda: (copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED))
t('reduce_ex', lambda: Color.RED.__reduce_ex__(4))
t('class repr', lambda: (repr(Color), repr(Enum), repr(IntEnum), repr(enum.Flag)))
t('call no args', lambda: Color())
t('empty members', lambda: (Enum.__members__, list(Enum)))
t('isinstance', lambda: (isinstance(Color.RED, Color), type(Color.RED), type(Color)))


def redefine():
    class D(Enum):
        A = 1
        A = 2
t('redefine', redefine)


def redefine_attr():
    class D(Enum):
        A = 1
        def A(self):
            pass
t('redefine attr', redefine_attr)


class N(IntEnum):
    A = 1
    B = auto()
    C = 10


t('intenum', lambda: (repr(N.A), str(N.A), format(N.A), f"{N.B:03d}", N.A + 1, N.C * 2))
t('intenum ops', lambda: (N.A == 1, N.B < N.C, sorted([N.C, N.A]), int(N.C), hash(N.A) == hash(1)))
t('intenum call', lambda: (N(10), N(2.0) if False else None))
t('intenum bad', lambda: N(5))


class S(StrEnum):
    X = auto()
    Y = 'yy'


t('strenum', lambda: (repr(S.X), str(S.X), format(S.X), S.Y.upper(), S.X == 'x'))
t('strenum fmt', lambda: (f"{S.Y:>5}", "%s" % S.Y))


def bad_str():
    class B(StrEnum):
        A = 1
t('strenum bad', bad_str)


def bad_str2():
    class B(StrEnum):
        A = 'a', 'b', 'c', 'd'
t('strenum many', bad_str2)


class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


t('gnv', lambda: (G.X.value, G.Y.value))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


t('auto', lambda: [m.value for m in Auto])
t('auto repr', lambda: repr(auto()))


def auto_bad():
    class X(Enum):
        A = 'a'
        B = auto()
t('auto unincrementable', auto_bad)


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_ish(self):
        return round(self.mass / self.radius ** 3)


t('init tuple', lambda: (Planet.EARTH.mass, Planet.MARS.value, Planet.EARTH.density_ish))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


t('custom new', lambda: (Coord.PY.label, Coord(1), Coord.PX.value))


class Miss(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 'bogus'
        return None


t('missing ok', lambda: Miss('b'))
t('missing none', lambda: Miss(5))
t('missing bad', lambda: Miss(99))
t('missing raises', lambda: Miss('z'))


class M(Enum):
    a = 1
    b = nonmember(3)

    @member
    def c(self):
        return 'c'


t('member/nonmember', lambda: ([m.name for m in M], M.b))


class Ord(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


t('order', lambda: (list(Ord), hasattr(Ord, '_order_')))


def badord():
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
t('bad order', badord)


class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1


t('ignore', lambda: (list(Ign), hasattr(Ign, 'tmp'), hasattr(Ign, '_ignore_')))


class Base(Enum):
    def describe(self):
        return '%s=%s' % (self.name, self.value)

    def __init_subclass__(cls, **kw):
        cls.registered = True
        super().__init_subclass__(**kw)


class Sub(Base):
    X = 1
    _private_member = 2


t('mixin methods', lambda: (Sub.X.describe(), Sub.registered, dir(Sub.X), dir(Sub)))
t('private-ish member', lambda: Sub._private_member)

F = Enum('F', 'a b c')
t('functional', lambda: (list(F), F.__module__, F.a.value))
F2 = Enum('F2', [('x', 10), ('y', 20)])
t('functional pairs', lambda: list(F2))
F3 = Enum('F3', {'p': 'q'})
t('functional dict', lambda: list(F3))
t('functional start', lambda: Enum('X', 'a b', start=10).b.value)
t('functional comma', lambda: list(Enum('X', 'a, b,c')))
t('functional module', lambda: Enum('X', {'a': 1}, module='mymod').__module__)
t('functional qualname', lambda: Enum('X', 'a', qualname='Q.X').__qualname__)
t('functional type', lambda: Enum('X', 'a', type=int).a + 1)
t('functional int', lambda: Enum('X', 5))
t('functional IntEnum', lambda: list(IntEnum('II', 'a b')))
t('functional StrEnum', lambda: list(StrEnum('SS', 'a b')))
t('functional StrEnum bad', lambda: StrEnum('S2', [('a', 1)]))
t('functional IntEnum bad', lambda: IntEnum('I2', [('a', 'x')]))
t('pickle functional', lambda: pickle.loads(pickle.dumps(F.b)) is F.b)


def mk_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
t('unique', mk_unique)


def v(checks, base, body):
    t('verify %s %s' % (base.__name__, body), lambda: verify(*checks)(base('V', body)))


v([enum.UNIQUE], Enum, {'A': 1, 'B': 1, 'C': 2, 'D': 2})
v([enum.CONTINUOUS], Enum, {'A': 1, 'B': 5})
v([enum.CONTINUOUS], Enum, {'A': 1, 'B': 2})
v([enum.CONTINUOUS], enum.Flag, {'A': 1, 'B': 8})
v([enum.CONTINUOUS], Enum, {'A': 'a', 'B': 'c'})
v([enum.NAMED_FLAGS], enum.Flag, {'A': 1, 'B': 2, 'C': 7, 'D': 24})
v([enum.NAMED_FLAGS], enum.Flag, {'A': 1, 'B': 2, 'C': 7})
v([enum.NAMED_FLAGS], enum.Flag, {'A': 1, 'C': 11})
v([enum.NAMED_FLAGS], enum.Flag, {'A': 1, 'C': 10, 'D': 17, 'E': 33})
v([enum.NAMED_FLAGS, enum.UNIQUE], enum.Flag, {'A': 1, 'B': 1})
v([enum.UNIQUE], enum.Flag, {'A': 1, 'B': 2, 'AB': 3})

t('checks', lambda: (repr(enum.UNIQUE), str(enum.CONTINUOUS), enum.EnumCheck.__members__))


@enum.global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1


t('global enum', lambda: (repr(Day.MONDAY), repr(TUESDAY), str(MONDAY), format(MONDAY)))


@enum.global_enum
class Col(Enum):
    R = 1


t('global plain', lambda: (repr(Col.R), str(Col.R), format(Col.R)))


def _gs(cls):
    return enum.global_enum(cls, update_str=True)


@_gs
class GS(IntEnum):
    Z = 1


t('global update_str', lambda: (repr(GS.Z), str(GS.Z)))
t('enum property', lambda: (issubclass(enum.property, __import__('types').DynamicClassAttribute)))


class WithProp(Enum):
    A = 1

    @enum.property
    def double(self):
        return self.value * 2


t('enum property use', lambda: WithProp.A.double)
t('enum property class', lambda: WithProp.double)
t('pickle by name', lambda: (enum.pickle_by_global_name(Color.RED, 2), enum.pickle_by_enum_name(Color.RED, 2)))
t('all', lambda: sorted(enum.__all__))
