# typing: annotations with Optional/Union/List/Dict/Callable, NamedTuple, TypedDict, Protocol,
# TypeVar/Generic -- the forms application code imports and uses at run time.
from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, NamedTuple, TypedDict,
                    Generic, TypeVar, Iterable, Iterator, Sequence, Mapping, Literal, Final, ClassVar,
                    Protocol, runtime_checkable, cast, overload, get_type_hints, NoReturn, TYPE_CHECKING)
import typing

T = TypeVar('T')
K = TypeVar('K', str, int)


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def total(values: Iterable[Union[int, float]]) -> float:
    return float(sum(values))


def apply(fn: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [fn(x) for x in xs]


def index(pairs: Iterable[Tuple[str, int]]) -> Dict[str, int]:
    return dict(pairs)


print(first([3, 4]), first([], 'none'), total([1, 2.5]), apply(lambda v: v * v, (1, 2, 3)), index([('a', 1)]))
print(first.__annotations__['items'], total.__annotations__['return'], sorted(apply.__annotations__))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Literal['a', 'b'], Union[int], Union[int, int, str])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Optional[int]) is Union)
print(typing.get_args(Optional[int]), typing.get_args(Callable[[int], str]), typing.get_origin(int))
print(TYPE_CHECKING, cast(int, 'x'), cast('List[int]', 5), T, K.__constraints__, T.__name__)


class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1


e = Employee('ann')
print(e, e._fields, e._field_defaults, Employee.__annotations__, e._replace(level=2), e._asdict())
print(isinstance(e, tuple), Employee('bob', 'ops', 3) > e, Employee._make(['c', 'd', 4]))
try:
    Employee()
except TypeError as exc:
    print('TypeError', exc)


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


m: Movie = {'title': 'Blade Runner', 'year': 1982}
m2 = Movie(title='Alien', year=1979)
print(m, m2, m2 == m2.copy(), Movie.__required_keys__ == {'title', 'year'}, PartialMovie.__optional_keys__)
print(sorted(Movie.__annotations__), Movie.__total__, PartialMovie.__total__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[str].__origin__ is Stack, type(s).__name__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self) -> None:
        pass


print(isinstance(File(), Closable), isinstance(5, Closable))


class Config:
    retries: ClassVar[int] = 3
    name: Final = 'cfg'
    timeout: 'float'


print(get_type_hints(Config), Config.retries)


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(1), parse('a'))


def fail() -> NoReturn:
    raise RuntimeError('no')


def anything(x: Any) -> Any:
    return x


print(fail.__annotations__, anything(Ellipsis), Iterator[int], Mapping[str, Any])
print(list[int], dict[str, int | None], int | str, tuple[int, ...])
