from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, auto, Flag


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1), p != Point(2), asdict(p), astuple(Point(3, 4)))
print(replace(p, y=7), [f.name for f in fields(p)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print('TypeError', e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)


class Level(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Level.LOW, Level.HIGH + 1, Level.LOW < Level.HIGH, repr(Level.HIGH))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), bool(Perm.R & Perm.W))
