# typing audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import typing
from typing import *
def P(*a):
    print(*a)
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar('T')
U = TypeVar('U', bound=int)
V = TypeVar('V', int, str)
W = TypeVar('W', covariant=True)
X = TypeVar('X', contravariant=True)
P(repr(T), repr(U), repr(V), repr(W), repr(X))
P(T.__name__, U.__bound__, V.__constraints__, W.__covariant__, X.__contravariant__)
P(T.__infer_variance__ if hasattr(T,'__infer_variance__') else 'noinfer')
Ps = ParamSpec('Ps')
P(repr(Ps), repr(Ps.args), repr(Ps.kwargs))
Ts = TypeVarTuple('Ts')
P(repr(Ts), repr(Unpack[Ts]), repr(*Ts))
P(repr(List[int]), repr(Dict[str, int]), repr(Optional[int]), repr(Union[int, str]), repr(Union[int, None, str]))
P(repr(Callable[[int], str]), repr(Callable[..., int]), repr(Callable[Ps, int]), repr(Callable[Concatenate[int, Ps], int]))
P(repr(Tuple[int, ...]), repr(Tuple[()]), repr(tuple[int, ...]), repr(list[int]))
P(repr(Literal[1, 'a', None]), repr(Annotated[int, 'meta', 3]))
P(repr(Any), repr(NoReturn), repr(Never), repr(Self), repr(LiteralString), repr(TypeAlias))
P(repr(ClassVar[int]), repr(Final[int]), repr(Type[int]), repr(type[int]))
P(repr(TypeGuard[int]), repr(TypeIs[int]), repr(Required[int]), repr(NotRequired[int]), repr(ReadOnly[int]))
P(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
P(get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(Literal[1]), get_args(Literal[1, 2]))
P(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
P(get_origin(int | str), get_args(int | str), get_origin(list[int]), get_origin(Generic), get_origin(Ps.args))
P(get_args(Tuple[()]), get_args(tuple[()]), get_origin(ClassVar[int]), get_origin(Required[int]))
P(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2] == Literal[1, 2], repr(Literal[1, 1, 2]))
P(Union[int, str] == Union[str, int], Union[int, int], Union[int], Optional[Optional[int]])
P(Union[int, str] | None, int | List[int])
P(repr(Annotated[Annotated[int, 1], 2]), Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__)
E(lambda: Union[()])
E(lambda: Literal[[]])
E(lambda: Annotated[int])
E(lambda: TypeVar('T', int))
E(lambda: Generic[int])
E(lambda: List[int, str])
E(lambda: isinstance(1, List[int]))
E(lambda: issubclass(list, List[int]))
E(lambda: isinstance([], List))
E(lambda: Optional[int, str])
E(lambda: ClassVar[int, str])
E(lambda: Final[int][str])
E(lambda: Callable[int, str])
class A(Generic[T]):
    pass
P(A[int], repr(A[int]), A[int].__origin__, A[int].__args__, A.__parameters__, A.__orig_bases__ if hasattr(A,'__orig_bases__') else None)
E(lambda: A[int, str])
a = A[int]()
P(a.__orig_class__)
class B(A[int], Generic[U]): pass
P(B.__parameters__, B.__orig_bases__, B.__mro__)
class C(Dict[str, T]): pass
P(C.__parameters__, C[int], C.__mro__)
P(List[T][int], Dict[T, U][str, int], repr(Callable[[T], U][int, bool]))
P(cast(int, 'x'), cast('int', 3))
E(lambda: assert_never(3))
P(reveal_type(3))
P(repr(NewType('UserId', int)), NewType('UserId', int)(5))
UserId = NewType('UserId', int)
P(UserId.__name__, UserId.__supertype__, UserId.__qualname__, UserId.__module__)
P(UserId | None)
E(lambda: type('X', (UserId,), {}))
T = TypeVar('T'); Ps = ParamSpec('Ps'); Ts = TypeVarTuple('Ts')
P(Concatenate[int, Ps], get_args(Concatenate[int, Ps]), get_origin(Concatenate[int, Ps]))
E(lambda: Concatenate[int])
E(lambda: Concatenate[int, str])
P(Tuple[Unpack[Ts]], tuple[*Ts], Tuple[int, *Ts], get_args(Tuple[int, Unpack[Ts]]))
class Arr(Generic[*Ts]): pass
P(Arr[int, str], Arr[()], Arr.__parameters__)
class Arr2(Generic[T, *Ts]): pass
P(Arr2[int], Arr2[int, str, bytes])
E(lambda: Arr2[()])
class PG(Generic[Ps]): pass
P(PG[int, str], PG[[int, str]], PG[...], PG[Ps])
P(dataclass_transform(eq_default=False, frozen_default=True, field_specifiers=(int,), kw=1)(lambda: 0).__dataclass_transform__)
P(Annotated[Optional[int], 'x'], Annotated[List[int], 1, 2].__metadata__)
E(lambda: Annotated[int, ])
P(Literal['a'] | None, Literal[1] | Literal[2])
P(hash(Literal[1, 2]) == hash(Literal[2, 1]))
P(repr(Union[int, Literal[1]]))
E(lambda: NamedTuple('X', [('a', int)], b=int))
def bad():
    class X(NamedTuple):
        a: int = 1
        b: str
E(bad)
def bad2():
    class X(NamedTuple):
        a: int
        def _replace(self): pass
E(bad2)
def bad3():
    class X(TypedDict):
        a: int
    class Y(X, dict): pass
E(bad3)
class TDG(TypedDict, Generic[T]):
    a: T
P(TDG[int], TDG.__parameters__, [b if hasattr(b, "__origin__") else b.__name__ for b in TDG.__orig_bases__], TDG.__mro__)
class TD(TypedDict):
    a: int
P([b.__name__ for b in TD.__orig_bases__], TD.__mro__, TD.__module__)
class OneTD(TypedDict, total=False):
    x: 'int'
P(OneTD.__annotations__, get_type_hints(OneTD))
class A:
    def m(self, x: 'A') -> 'A': pass
P(get_type_hints(A.m), get_type_hints(A().m))
import functools
@functools.wraps(A.m)
def wrapped(*a): pass
P(get_type_hints(wrapped))
P(get_type_hints(typing))
E(lambda: get_type_hints(3))
P(get_type_hints(lambda: 0))
class WithSelf:
    def m(self) -> Self: return self
P(get_type_hints(WithSelf.m))
P(TypeGuard[int], TypeIs[List[int]], Unpack[Ts], Required[int] == Required[int])
E(lambda: Self[int])
E(lambda: Never())
E(lambda: isinstance(1, Never))
E(lambda: ClassVar())
P(typing.Optional.__name__ if hasattr(typing.Optional, '__name__') else None, typing.Union._name)
P(repr(typing.Generic), repr(typing.Protocol), typing.Protocol.__mro__)
P(typing.List.__name__, typing.Dict.__qualname__ if hasattr(typing.Dict,'__qualname__') else None)
P(getattr(typing.List[int], '__name__', None))
