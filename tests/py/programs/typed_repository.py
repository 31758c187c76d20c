"""Typed repository layer: Generic classes with TypeVar, Protocol + runtime_checkable,
dataclasses with slots/kw_only/InitVar/ClassVar, NamedTuple with methods, StrEnum,
__match_args__, typing.get_type_hints and overload-style dispatch."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from enum import Enum, StrEnum, auto, unique
from typing import (Any, Callable, ClassVar, Generic, Iterator, NamedTuple, Optional, Protocol,
                    TypeVar, get_type_hints, runtime_checkable)
import typing

T = TypeVar("T")
K = TypeVar("K", int, str)


@runtime_checkable
class Identified(Protocol):
    id: int

    def key(self) -> str: ...


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


@unique
class Size(Enum):
    S = 1
    M = 2
    L = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            try:
                return cls[value.upper()]
            except KeyError:
                return None
        return None

    def __str__(self):
        return self.name


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: Point) -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"({self.x:g}, {self.y:g})"


@dataclass(slots=True, frozen=True)
class Product:
    id: int
    name: str
    color: Color
    size: Size = Size.M
    _: KW_ONLY
    price: float = 0.0
    tags: tuple[str, ...] = ()
    registry: ClassVar[dict] = {}

    def key(self) -> str:
        return f"{self.name.lower()}-{self.color}-{self.size}"


@dataclass
class Warehouse:
    name: str
    location: Point
    scale: InitVar[float] = 1.0
    shelves: list[int] = field(default_factory=list)

    def __post_init__(self, scale: float) -> None:
        self.location = Point(self.location.x * scale, self.location.y * scale)


class Repository(Generic[T]):
    def __init__(self, key: Callable[[T], Any]) -> None:
        self._items: dict[Any, T] = {}
        self._key = key
        self.events: list[str] = []

    def add(self, item: T) -> T:
        k = self._key(item)
        if k in self._items:
            raise KeyError(f"duplicate key {k!r}")
        self._items[k] = item
        self.events.append(f"add {k}")
        return item

    def get(self, k: Any, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(k, default)

    def find(self, pred: Callable[[T], bool]) -> Iterator[T]:
        return (v for v in self._items.values() if pred(v))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __class_getitem__(cls, item):
        alias = super().__class_getitem__(item)
        return alias


class Cache(Generic[K, T]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[K, T] = {}
        self.hits = self.misses = 0

    def get_or_compute(self, k: K, compute: Callable[[K], T]) -> T:
        if k in self.data:
            self.hits += 1
            value = self.data.pop(k)
        else:
            self.misses += 1
            value = compute(k)
            if len(self.data) >= self.capacity:
                self.data.pop(next(iter(self.data)))
        self.data[k] = value
        return value


def describe(obj: object) -> str:
    match obj:
        case Product(id=i, name=n, color=Color.RED):
            return f"red product #{i} {n}"
        case Product(_, n, c, Size.L):
            return f"large {c} {n}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Warehouse(name=n, location=Point() as p):
            return f"warehouse {n} at {p}"
        case _:
            return f"unknown {type(obj).__name__}"


repo: Repository[Product] = Repository(key=lambda p: p.id)
for args, kw in [((1, "Shirt", Color.RED), {"price": 19.99}),
                 ((2, "Shirt", Color.BLUE, Size.L), {"price": 21.5, "tags": ("cotton",)}),
                 ((3, "Hat", Color("green")), {}),
                 ((4, "Sock", Color.BLUE, Size("s")), {"price": 4.0}),
                 ((1, "Dup", Color.RED), {})]:
    try:
        print("added", repo.add(Product(*args, **kw)))
    except KeyError as exc:
        print("KeyError:", exc)
try:
    Product(9, "Bad", Color.RED, Size.M, 3.0)
except TypeError as exc:
    print("TypeError:", exc)
try:
    Size("xl")
except ValueError as exc:
    print("ValueError:", exc)

p = repo.get(2)
print(p.key(), isinstance(p, Identified), isinstance("x", Identified), len(repo))
try:
    p.price = 1
except dataclasses.FrozenInstanceError as exc:
    print("frozen:", exc)
print("slots:", Product.__slots__, hasattr(p, "__dict__"), Product.__match_args__)
print("blue:", [x.name for x in repo.find(lambda x: x.color is Color.BLUE)])
print("by price:", [f"{x.name}/{x.size}:{x.price:.2f}" for x in sorted(repo, key=lambda x: (-x.price, x.id))])
print("colors:", list(Color), Color.RED == "red", f"{Color.GREEN}", Color.BLUE.upper())
print("sizes:", [str(s) for s in Size], Size(2), Size["L"].value, Size.S < Size.L if hasattr(Size.S, "__lt__") and Size.S.__lt__(Size.L) is not NotImplemented else "unorderable")

a, b = Point(3, 4), Point(0)
print(a, b, a.dist(b), a._fields, a._replace(y=0), Point._field_defaults, a._asdict())
wh = Warehouse("North", Point(1.5, 2), scale=2)
print(wh, dataclasses.fields(wh)[1].name, [f.name for f in dataclasses.fields(Warehouse)])
for obj in (repo.get(1), repo.get(2), repo.get(3), Point(0, 0), Point(2, 2), wh, 42):
    print("  ", describe(obj))

cache: Cache[int, int] = Cache(3)
for n in [5, 6, 5, 7, 8, 5, 6, 6]:
    cache.get_or_compute(n, lambda k: k * k)
print("cache:", list(cache.data.items()), cache.hits, cache.misses)

hints = get_type_hints(Product)
print("hints:", {k: (v if isinstance(v, type) else str(v)) for k, v in hints.items() if k != "_"})
print("raw annotations:", Warehouse.__annotations__)
print(Repository[int], Cache[str, list], typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(Optional[int], typing.Union[int, str], T, K.__constraints__, Identified.__name__)
print(repo.events)
