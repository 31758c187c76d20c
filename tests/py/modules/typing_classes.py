"""typing: Generic classes, Protocol, TypedDict, NamedTuple, NewType, aliases, helpers."""
import keyword
import sys
import typing
from typing import (Annotated, Generic, List, NamedTuple, NewType, NotRequired, Optional,
                    Protocol, ReadOnly, Required, TypeAliasType, TypedDict, TypeVar,
                    get_type_hints, overload, runtime_checkable)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


T = TypeVar('T')
S = TypeVar('S')
D = TypeVar('D', default=str)


class G(Generic[T]):
    pass


class G2(Generic[T, S]):
    pass


class GD(Generic[T, D]):
    pass


class Sub(G[int]):
    pass


t('generic', lambda: (repr(G[int]), G.__parameters__, G[int].__origin__, G[int].__args__,
                      typing.get_origin(G[int]), typing.get_args(G[int])))
t('generic bases', lambda: (Sub.__orig_bases__, Sub.__parameters__, G2.__parameters__))
t('generic arity many', lambda: G[int, str])
t('generic arity few', lambda: G2[int])
t('generic arity many 2', lambda: G2[int, str, float])
t('generic partial', lambda: (repr(G2[int, T]), repr(G2[int, T][str]), G2[int, T].__parameters__))
t('generic defaults', lambda: (repr(GD[int]), repr(GD[int, bytes])))
t('generic instance', lambda: (type(G[int]()).__name__, G[int]().__orig_class__))
t('not generic', lambda: Sub[int])
t('generic repr', lambda: (repr(G), repr(typing.Generic), repr(Protocol)))


class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    def size(self) -> int: ...


@runtime_checkable
class HasName(Protocol):
    name: str


class File:
    def close(self):
        pass

    def size(self):
        return 3


class Explicit(Sized2):
    pass


class NoneSize:
    size = None


t('protocol instantiate', lambda: Closable())
t('protocol not runtime', lambda: isinstance(File(), Closable))
t('protocol isinstance', lambda: (isinstance(File(), Sized2), isinstance(1, Sized2),
                                  isinstance(Explicit(), Sized2), isinstance(NoneSize(), Sized2)))
t('protocol issubclass', lambda: (issubclass(File, Sized2), issubclass(int, Sized2),
                                  issubclass(NoneSize, Sized2)))
t('protocol data isinstance', lambda: (isinstance(File(), HasName),
                                       isinstance(type('N', (), {'name': 'x'})(), HasName)))
t('protocol data issubclass', lambda: issubclass(File, HasName))
t('protocol explicit init', lambda: type(Explicit()).__name__)
t('protocol members', lambda: (sorted(typing.get_protocol_members(Sized2)),
                               sorted(typing.get_protocol_members(HasName))))
t('protocol members bad', lambda: typing.get_protocol_members(int))
t('is_protocol', lambda: (typing.is_protocol(Sized2), typing.is_protocol(File),
                          typing.is_protocol(Protocol)))
t('runtime_checkable bad', lambda: runtime_checkable(File))
t('issubclass non-class', lambda: issubclass(1, Sized2))


def bad_proto():
    class P(Protocol, File):
        pass
t('protocol bad base', bad_proto)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Movie2(Movie, total=False):
    rating: Required[float]
    id: ReadOnly[int]
    extra: Annotated[ReadOnly[NotRequired[int]], 'x']


t('typeddict keys', lambda: [(k, sorted(getattr(Movie2, k))) for k in
                             ('__required_keys__', '__optional_keys__', '__readonly_keys__',
                              '__mutable_keys__', '__annotations__')])
t('typeddict total', lambda: (Movie.__total__, Movie2.__total__, Movie2.__bases__,
                              Movie2.__orig_bases__))
t('typeddict call', lambda: (Movie(title='x', year=1), type(Movie(title='y')).__name__))
t('typeddict isinstance', lambda: isinstance({}, Movie))
t('typeddict issubclass', lambda: issubclass(dict, Movie))
TD3 = TypedDict('TD3', {'x': int, 'y': NotRequired[str]}, total=False)
t('typeddict functional', lambda: (TD3.__annotations__, TD3.__required_keys__,
                                   sorted(TD3.__optional_keys__), TD3.__module__, TD3.__name__))
t('typeddict kwargs', lambda: TypedDict('X', x=int))


def bad_td():
    class B(TypedDict, int):
        pass
t('typeddict bad base', bad_td)
t('is_typeddict', lambda: (typing.is_typeddict(Movie), typing.is_typeddict(dict)))
t('typeddict hints', lambda: get_type_hints(Movie2))
t('typeddict hints extras', lambda: get_type_hints(Movie2, include_extras=True))


class NT(NamedTuple):
    x: int
    y: str = 'a'
    z: list = []

    def doubled(self):
        return self.x * 2

    CONST = 5


t('namedtuple', lambda: (NT(1), NT(1).doubled(), NT._fields, NT._field_defaults,
                         NT.__annotations__, NT.CONST, NT.__bases__, NT.__module__, NT.__doc__))
t('namedtuple methods', lambda: (NT(1)._replace(y='b'), NT(1)._asdict(), NT._make([1, 'q', [2]])))
NT2 = NamedTuple('NT2', [('a', int), ('b', str)])
t('namedtuple functional', lambda: (NT2(3, 'x'), NT2.__annotations__, NT2.__module__))
t('namedtuple both', lambda: NamedTuple('N', [('a', int)], b=str))


def nt_order():
    class B(NamedTuple):
        x: int = 1
        y: str
t('namedtuple order', nt_order)


def nt_overwrite():
    class B(NamedTuple):
        x: int

        def _asdict(self):
            pass
t('namedtuple overwrite', nt_overwrite)


def nt_base():
    class B(NamedTuple, int):
        x: int
t('namedtuple base', nt_base)


class GNT(NamedTuple, Generic[T]):
    v: T


t('namedtuple generic', lambda: (GNT(1), repr(GNT[int]), GNT.__parameters__))

UserId = NewType('UserId', int)
t('newtype', lambda: (repr(UserId), UserId.__name__, UserId.__qualname__, UserId.__module__,
                      UserId(5), UserId.__supertype__, repr(UserId | None),
                      repr(NewType('Inner', NewType('V', int)).__supertype__)))
t('newtype dotted', lambda: (NewType('A.B', int).__name__, NewType('A.B', int).__qualname__))


def sub_newtype():
    class X(UserId):
        pass
t('newtype subclass', sub_newtype)

TA = TypeAliasType('TA', int)
GA = TypeAliasType('GA', List[T], type_params=(T,))
t('typealiastype', lambda: (repr(TA), TA.__name__, TA.__value__, TA.__type_params__,
                            TA.__module__, repr(GA[int]), GA.__parameters__))
t('typealiastype subscript', lambda: TA[int])
t('typealiastype readonly', lambda: setattr(TA, '__name__', 'x'))

type X = list[int]
type Y[K] = dict[K, int]
t('type statement', lambda: (repr(X), X.__value__, X.__name__, X.__type_params__,
                             repr(Y), len(Y.__type_params__), repr(Y[str]),
                             type(X).__name__))


def f(a: int, b: 'str' = None, c: Optional['int'] = None) -> Annotated[int, 'x']:
    pass


class WithHints:
    a: int
    b: 'List[int]'
    c: Annotated[List[Annotated[int, 1]], 2]


t('hints', lambda: get_type_hints(f))
t('hints extras', lambda: get_type_hints(f, include_extras=True))
t('hints class', lambda: get_type_hints(WithHints))
t('hints class extras', lambda: get_type_hints(WithHints, include_extras=True))
t('hints bad', lambda: get_type_hints(1))
t('hints module', lambda: get_type_hints(keyword))


@typing.no_type_check
def nt(a: int):
    pass


@typing.no_type_check
class NTC:
    def m(self, a: int):
        pass


t('no_type_check', lambda: (nt.__no_type_check__, NTC.m.__no_type_check__, get_type_hints(nt)))


@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x):
    return x


t('overloads', lambda: (len(typing.get_overloads(ov)), ov(3)))
t('overload dummy', lambda: typing.get_overloads(ov)[0](1))
typing.clear_overloads()
t('clear overloads', lambda: typing.get_overloads(ov))
t('cast', lambda: (typing.cast(int, 'x'), typing.cast('str', 1)))
t('assert_type', lambda: typing.assert_type(1, int))
t('assert_never', lambda: typing.assert_never(1))
t('assert_never long', lambda: typing.assert_never('x' * 200))
stderr = sys.stderr
sys.stderr = sys.stdout
t('reveal_type', lambda: typing.reveal_type(3))
sys.stderr = stderr


@typing.final
class Fi:
    pass


@typing.override
def ovr():
    pass


@typing.dataclass_transform(kw_only_default=True)
def dt(cls):
    return cls


t('decorators', lambda: (Fi.__final__, ovr.__override__, dt.__dataclass_transform__))
