# typing audit: aliases, unions and equality, compared with CPython 3.13.
import re as _re
import typing, collections.abc
from typing import *
def P(*a):
    print(*a)
def E(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
P(Callable[[int], str] | None, Any | None, list[int] | None, int | None, Optional[int] | str)
P(isinstance([], typing.Sequence), issubclass(list, typing.Sequence), isinstance(3, typing.Hashable), isinstance([], typing.Sized), isinstance({}, typing.Mapping))
E(lambda: isinstance([], typing.Sequence[int]))
P(typing.Sequence[int].__origin__, typing.Sequence.__origin__, typing.Dict.__origin__)
P(get_origin(typing.Dict), get_args(typing.Dict), get_origin(typing.List[int]) is list)
P(typing.Union[int, str].__origin__, typing.Optional[int].__origin__ is typing.Union)
P(repr(typing.Union), repr(typing.Optional), repr(typing.Literal), repr(typing.Annotated), repr(typing.Callable), repr(typing.Generic))
P(typing.Final, typing.ClassVar, typing.Concatenate, typing.Unpack, typing.Required)
T = TypeVar('T')
P(typing.List[T].__parameters__, typing.Dict[str, T][int], typing.Callable[[T], T].__parameters__)
P(list[T][int], dict[str, T].__parameters__)
def f(x: List[int] = []) -> None: ...
P(get_type_hints(f))
class A:
    b: 'B'
class B: pass
P(get_type_hints(A))
P(typing.NoReturn == typing.Never, typing.NoReturn is typing.Never)
P(typing.Optional[int] == typing.Union[int, None], typing.Optional[int] == (int | None))
P(hash(Optional[int]) == hash(Union[int, None]))
P(typing.List[int] == list[int], typing.List == list)
P({typing.List[int]: 1}[typing.List[int]])
P(typing.Annotated[int, 'x'].__origin__, get_args(typing.Annotated[List[int], 'x', 'y']))
P(typing.get_type_hints(typing.NamedTuple('Q', [('a', 'int')])))
P(typing.Type[int] == type[int])
import pickle
P(pickle.loads(pickle.dumps(typing.List[int])), pickle.loads(pickle.dumps(typing.Optional[int])), pickle.loads(pickle.dumps(T)) is T)
P(typing.Protocol.__module__, typing.TypeVar.__module__, type(T).__name__, typing.Generic.__module__)
