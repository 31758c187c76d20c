# dataclasses: defaults, factories, ordering, frozen, post-init, InitVar, kw_only, helpers.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List, Optional


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: int = field(default=1, repr=False)
    secret: str = field(default='x', compare=False)
    registry: ClassVar[int] = 0


a = Item('pen', 1.5)
b = Item('pen', 1.5, secret='different')
a.tags.append('office')
print(a, a == b, a == Item('pen', 1.5, ['office']), a != Item('ink'), Item('x').tags is not Item('y').tags)
print([f.name for f in fields(Item)], fields(a)[2].default_factory is list, Item.registry)
print(fields(Item)[0].type, fields(Item)[3].repr, fields(Item)[4].compare, fields(Item)[1].default)
print(asdict(a), astuple(a), replace(a, price=2.0, tags=[]), dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item))
print(dataclasses.is_dataclass(1), Item.__match_args__, hasattr(Item, '__slots__'))
err(lambda: Item())
err(lambda: Item('a', 1, [], 2, 'x', 'extra'))
err(lambda: replace(a, nope=1))
err(lambda: asdict(Item))
err(lambda: fields(5))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
err(lambda: Version(1) < (1, 0))
print(Version(1, 2) == Version(1, 2, 'x'), hash(Version(1)) if Version.__hash__ else 'unhashable')


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, d):
        return replace(self, lat=self.lat + d)


c = Coord(1.0, 2.0)
print(c, c.moved(0.5), hash(c) == hash(Coord(1.0, 2.0)), {c: 'here'}[Coord(1.0, 2.0)])
err(lambda: setattr(c, 'lat', 5))
err(lambda: delattr(c, 'lon'))
try:
    c.lat = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))


@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, scale=2)
print(r, Rect(1, 1), [f.name for f in fields(Rect)], 'scale' in asdict(r))
err(lambda: Rect(1, 2, 3, 4))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    timeout: Optional[float] = None


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5


print(Options(level=3), Job('build', timeout=1.5), Mixed(1, 2, b=9), Job.__match_args__)
err(lambda: Options(True))
err(lambda: Job('x', 5))


@dataclass(eq=False)
class Handle:
    fd: int


print(Handle(1) == Handle(1), Handle(1).__eq__ is not None, hash(Handle(2)) != 0 or True)


@dataclass(repr=False, unsafe_hash=True)
class Key:
    k: str


print(hash(Key('a')) == hash(Key('a')), repr(Key('z')).startswith('<'), Key('a') == Key('a'))


@dataclass
class Base:
    x: int = 0


@dataclass
class Child(Base):
    y: int = 1
    x: int = 10


print(Child(), Child(1, 2), [f.name for f in fields(Child)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
err(lambda: setattr(s, 'c', 1))
Dyn = dataclasses.make_dataclass('Dyn', [('p', int), ('q', str, field(default='q'))])
print(Dyn(1), Dyn.__name__, [f.name for f in fields(Dyn)])
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        z: int = 0
except TypeError as e:
    print('TypeError', e)
print(repr(field(default=1))[:6], dataclasses.MISSING is dataclasses.MISSING)
