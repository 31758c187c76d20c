# typing audit: behaviour real programs rely on, compared with CPython 3.13.
import re as _re
import collections.abc
from typing import *
import typing
def P(*a):
    print(*a)
def E(f):
    try:
        r = f()
        print("ok", _re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(r)))
    except Exception as e:
        print(type(e).__name__, e)
T = TypeVar('T')
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
P(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class Proto2(Protocol):
    x: int
    def meth(self) -> int: ...
E(lambda: isinstance(F(), Proto2))
E(lambda: Proto2())
P(typing.is_protocol(Proto2), sorted(typing.get_protocol_members(Proto2)))
@runtime_checkable
class HasX(Protocol):
    x: int
class G:
    x = 1
P(isinstance(G(), HasX))
E(lambda: issubclass(G, HasX))
class GP(Protocol[T]):
    def get(self) -> T: ...
P(GP[int], GP.__parameters__)
class Impl(GP[int]):
    def get(self): return 1
P(Impl().get(), Impl.__mro__)
E(lambda: runtime_checkable(int))
P(isinstance([], typing.Iterable), isinstance(3, SupportsInt), isinstance('a', SupportsIndex), isinstance(3, SupportsIndex))
P(isinstance(1.5, SupportsAbs), isinstance(3, SupportsRound))
class TD(TypedDict):
    a: int
    b: NotRequired[str]
class TD2(TD, total=False):
    c: Required[float]
    d: ReadOnly[int]
P(TD.__required_keys__ == {'a'}, TD.__optional_keys__ == {'b'}, sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), sorted(TD2.__readonly_keys__), sorted(TD2.__mutable_keys__), TD2.__total__)
P(TD(a=1), type(TD(a=1)), TD.__annotations__)
P(TD2.__annotations__)
E(lambda: isinstance({}, TD))
P(typing.is_typeddict(TD), typing.is_typeddict(dict))
TD3 = TypedDict('TD3', {'x': int, 'y': str}, total=False)
P(TD3.__optional_keys__ == {'x','y'}, TD3.__name__, TD3.__module__, TD3.__qualname__, TD.__mro__)
P(get_type_hints(TD2), get_type_hints(TD2, include_extras=True))
class NT(NamedTuple):
    x: int
    y: str = 'a'
    def m(self): return self.x * 2
n = NT(1)
P(n, n.m(), NT._fields, NT._field_defaults, NT.__annotations__, n._replace(x=4), n._asdict())
P(NT.__mro__, NT.__name__, NT.__qualname__, NT.__doc__)
class GNT(NamedTuple, Generic[T]):
    v: T
P(GNT[int], GNT(3), GNT.__parameters__, [b if not callable(b) or hasattr(b, "__origin__") else b.__name__ for b in GNT.__orig_bases__])
E(lambda: type('X', (NT,), {}))
NT2 = NamedTuple('NT2', [('a', int), ('b', str)])
P(NT2(1, 'x'), NT2.__annotations__, NT2.__module__)
def f(a: int, b: 'str' = 'x', *args: int, c: List['int'], **kw: Annotated[int, 'm']) -> None: pass
P(get_type_hints(f))
P(get_type_hints(f, include_extras=True))
class Node:
    val: int
    next: 'Optional[Node]'
    children: list['Node']
P(get_type_hints(Node))
def g(x: 'Undefined'): pass
E(lambda: get_type_hints(g))
def h(x: int = None): pass
P(get_type_hints(h))
class CV:
    a: ClassVar[int] = 3
    b: Final = 4
    c: 'ClassVar[str]'
P(get_type_hints(CV))
P(repr(ForwardRef('x')), ForwardRef('x') == ForwardRef('x'))
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x): return x
P(len(get_overloads(ov)), ov(3))
E(lambda: ov.__wrapped__)
@final
class Fin: pass
P(Fin.__final__)
class Base:
    def m(self): pass
class Der(Base):
    @override
    def m(self): pass
P(Der.m.__override__)
@dataclass_transform()
def dt(cls): return cls
P(dt.__dataclass_transform__)
P(assert_type(3, int))
@no_type_check
def nt(x: int): pass
P(get_type_hints(nt), nt.__no_type_check__)
T = TypeVar('T'); U = TypeVar('U'); S=TypeVar('S')
class C(Dict[str, T]): pass
P(C.__parameters__, C[int], C.__mro__, C.__orig_bases__)
class L(List): pass
P(L.__mro__)
class It(Iterable[T]):
    def __iter__(self): return iter([])
P(It.__mro__, It[int], isinstance(It(), collections.abc.Iterable))
def mk():
    class Bad(Generic[T], Generic[U]): pass
E(mk)
def mk2():
    class Bad(List[U], Generic[T]): pass
E(mk2)
def mk3():
    class Bad(Generic): pass
E(mk3)
class M(Mapping[T, U]):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
P(M.__parameters__, M[int, str], M()['x'])
class G2(Generic[T, U]): pass
P(G2[int, str], G2[int, T], G2[int, T][str])
E(lambda: G2[int])
E(lambda: G2[int][str])
class Sub(G2[int, S]): pass
P(Sub.__parameters__, Sub[str], Sub.__orig_bases__)
class Plain(G2[int, str]): pass
E(lambda: Plain[int])
P(G2[int, str] == G2[int, str], hash(G2[int,str]) == hash(G2[int,str]), G2[int, str].__origin__ is G2)
P(Generic[T], Protocol[T])
P(repr(typing.Iterable[int]), typing.Iterable[int].__origin__, repr(typing.Generator[int, None, None]))
P(typing.ContextManager, typing.ContextManager[int], typing.Pattern[str], typing.Match[str], typing.AsyncContextManager[int])
P(typing.ContextManager.__origin__, typing.Pattern.__origin__)
P(typing.Type[int], typing.Type.__origin__)
class GA(Generic[T]):
    def __init__(self, v): self.v = v
x = GA[int](3)
P(x.v, x.__orig_class__)
P(typing.get_args(typing.Callable[[int, str], None]), typing.Callable[[], int])
P(typing.Callable[[int], str].__args__, typing.Callable[..., str].__args__)
import collections.abc as cabc
P(repr(cabc.Callable[[int], str]), get_args(cabc.Callable[[int], str]), get_origin(cabc.Callable[[int], str]))
P(repr(Union[int, 'str']), repr(Optional['X']), repr(List['int']))
P(repr(typing.Tuple), repr(typing.Tuple[int, str]), repr(typing.Tuple[int, ...]))
P(Union[int, str].__args__, Union[int, List[int], int].__args__)
P(isinstance(3, Union[int, str]), isinstance(3, int | str))
E(lambda: isinstance(3, Union[int, List[int]]))
P(typing.Annotated[int, 'a'] == typing.Annotated[int, 'a'], typing.Annotated[int, 'a'] == int)
P(typing.Literal[True] == typing.Literal[1], repr(typing.Literal[True]))
P(typing.Optional[typing.Any], typing.Union[typing.Any, int])
P(typing.Text, typing.AnyStr, typing.TYPE_CHECKING)
P(type(typing.Any), repr(typing.Any), isinstance(typing.Any, type))
class SubAny(typing.Any): pass
P(SubAny.__mro__)
E(lambda: typing.Any())
E(lambda: isinstance(3, typing.Any))
E(lambda: typing.Union[int, str]())
E(lambda: typing.List())
P(typing.List[int].__class__.__name__, typing.Union[int, str].__class__.__name__, typing.Callable[[int], str].__class__.__name__, typing.List.__class__.__name__)
