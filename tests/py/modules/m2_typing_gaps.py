# typing: Callable repr, TypedDict instances are plain dicts, X | None equals Optional[X]
from typing import Callable, Optional, Union, TypedDict


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Alien', year=1979)
print(type(m).__name__, type(m) is dict, m)
print(Callable[[int], str], Callable[[int, str], None])
print((int | None) == Optional[int], Optional[int] == (int | None), (int | str) == Union[int, str])
