from __future__ import annotations
# typing audit with postponed annotations, compared with CPython 3.13.
import re as _re
import typing, dataclasses, functools
from typing import *
def P(*a):
    print(*a)
def E(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
@dataclasses.dataclass
class D:
    a: int
    b: Optional[str] = None
    c: ClassVar[int] = 3
    d: dataclasses.InitVar[int] = 0
    e: list[D] = dataclasses.field(default_factory=list)
    def __post_init__(self, d): pass
P([f.name for f in dataclasses.fields(D)], [f.type for f in dataclasses.fields(D)])
P(get_type_hints(D))
P(D.__doc__)
class NT(NamedTuple):
    x: int
    y: List[int] = []
P(NT.__annotations__, get_type_hints(NT), NT(1))
def f(a: int, b: Optional[D] = None) -> Dict[str, int]: ...
P(f.__annotations__, get_type_hints(f))
@functools.singledispatch
def sd(x): return 'd'
@sd.register
def _(x: int): return 'i'
@sd.register
def _(x: list | None): return "l"
P(sd(1), sd([]), sd(None))
class TD(TypedDict):
    a: int
    b: NotRequired[List[int]]
P(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), get_type_hints(TD), TD.__annotations__)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
P(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
class PropP(Protocol):
    @property
    def name(self) -> str: ...
P(sorted(typing.get_protocol_members(PropP)))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
P(get_type_hints(Box.get), get_type_hints(Box.__init__), Box[int](1).get())
import inspect
P(inspect.signature(f), inspect.signature(D))
