# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, _missing_, lookups.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    PENDING = 'pending'
    ON = 'active'

    @property
    def is_live(self):
        return self is Status.ACTIVE

    @classmethod
    def parse(cls, s):
        return cls(s.lower())


print(list(Status), len(Status), Status.ON is Status.ACTIVE, Status.ON.name, Status.parse('PENDING'))
print(list(Status.__members__), Status['ON'], Status('inactive'), Status.ACTIVE.is_live, Status.PENDING.is_live)
print(Status.ACTIVE == 'active', Status.ACTIVE == Status.ACTIVE, Status.ACTIVE in Status, 'active' in Status)
print(repr(Status.ACTIVE), str(Status.ACTIVE), f'{Status.ACTIVE}', format(Status.ACTIVE, ''), hash(Status.ACTIVE) == hash(Status.ACTIVE))
print(type(Status.ACTIVE).__name__, isinstance(Status.ACTIVE, Enum), Status.ACTIVE.value, Status.__name__)
print({Status.ACTIVE: 1}[Status.ON], sorted(Status, key=lambda s: s.value), [m.name for m in reversed(Status)])
err(lambda: Status('nope'))
err(lambda: Status['NOPE'])
err(lambda: setattr(Status, 'ACTIVE', 1))
err(lambda: Status.ACTIVE < Status.PENDING)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape], Shape(2))


class Lowered(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Lowered])


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name == value.upper():
                    return m
        return None


print(Color('red'), Color(2), Color('Green'))
err(lambda: Color('blue'))
err(lambda: Color(7))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority(5), Priority.LOW == 1, sorted([Priority.HIGH, 3, Priority.LOW]))
print(repr(Priority.HIGH), str(Priority.HIGH), f'{Priority.HIGH}', int(Priority.MEDIUM), Priority.HIGH.name, [p for p in Priority if p > 2])
err(lambda: Priority(2))


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('read'), Mode.READ.upper(), '-'.join(Mode))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), Perm(0))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R, Perm(7), Perm.R.value, Perm.RW.name, len(Perm), list(Perm))


class Access(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


a = Access.READ | Access.WRITE
print(a, repr(a), a == 6, a | 1, Access(5), Access.READ & 4, Access(0), repr(Access(8)), Access.READ + 1)
print(int(a), Access.READ in a, list(a), str(Access.EXEC), format(a, 'd'))
print([m.name for m in Status], Status.ACTIVE.__class__ is Status, enum.EnumType is type(Status))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Enum('Dir', [('UP', 'u'), ('DOWN', 'd')]).DOWN)
err(lambda: Enum('Bad', 'A A'))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
