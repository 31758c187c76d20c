"""typing: special forms, aliases, type variables, get_origin/get_args and reprs."""
import collections.abc
import typing
from typing import (Any, Annotated, Callable, ClassVar, Concatenate, Dict, Final, ForwardRef,
                    Generic, List, Literal, LiteralString, Never, NoReturn, NotRequired,
                    Optional, ParamSpec, ReadOnly, Required, Self, Tuple, Type, TypeAlias,
                    TypeGuard, TypeIs, TypeVar, TypeVarTuple, Union, Unpack, get_args,
                    get_origin)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


T = TypeVar('T')
B = TypeVar('B', bound=int)
C = TypeVar('C', int, str)
D = TypeVar('D', default=int)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Inf = TypeVar('Inf', infer_variance=True)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')

t('typevar', lambda: (repr(T), T.__name__, T.__module__, B.__bound__, C.__constraints__,
                      T.__bound__, T.__constraints__))
t('typevar variance', lambda: (repr(Co), repr(Contra), repr(Inf), Co.__covariant__,
                               Contra.__contravariant__, Inf.__infer_variance__))
t('typevar default', lambda: (D.__default__, T.__default__, D.has_default(), T.has_default(),
                              TypeVar('N', default=None).__default__))
t('nodefault', lambda: (repr(typing.NoDefault), type(typing.NoDefault).__name__))
t('typevar errors 1', lambda: TypeVar('X', int))
t('typevar errors 2', lambda: TypeVar('X', int, str, bound=int))
t('typevar errors 3', lambda: TypeVar('X', covariant=True, contravariant=True))
t('typevar errors 4', lambda: TypeVar('X', covariant=True, infer_variance=True))
t('typevar errors 5', lambda: TypeVar(1))
t('typevar subclass', lambda: type('X', (T,), {}))
t('typevar union', lambda: (repr(T | None), repr(int | T), repr(Optional[T])))
t('paramspec', lambda: (repr(P), repr(P.args), repr(P.kwargs), P.args.__origin__ is P,
                        P.args == P.args, repr(ParamSpec('Q', covariant=True)),
                        P.__default__, ParamSpec('Q', default=[int]).__default__))
t('typevartuple', lambda: (repr(Ts), repr(Unpack[Ts]), repr(*Ts), Ts.__default__,
                           Ts.has_default()))

t('union', lambda: (repr(Union[int, str]), repr(Union[int]), repr(Union[int, None]),
                    repr(Union[int, None, str]), repr(Union[int, Union[str, bytes]])))
t('union eq', lambda: (Union[int, str] == Union[str, int], Union[int, int] is int,
                       hash(Union[int, str]) == hash(Union[str, int])))
t('union args', lambda: (Union[int, str].__args__, get_args(Optional[int]),
                         get_origin(Union[int, str])))
t('union forward', lambda: (repr(Union[int, 'str']), repr(Optional['X'])))
t('union empty', lambda: Union[()])
t('optional many', lambda: Optional[int, str])
t('union isinstance', lambda: (isinstance(1, Union[int, str]), isinstance(1.0, Union[int, str]),
                               issubclass(bool, Union[int, str])))
t('pipe union', lambda: (repr(int | None), get_args(int | str), repr(List[int] | None)))

t('generic aliases', lambda: (repr(List[int]), repr(Dict[str, int]), repr(Tuple[int, ...]),
                              repr(Tuple[()]), repr(Type[int]), repr(Tuple[int, str])))
t('alias origins', lambda: (get_origin(List[int]), get_origin(Dict[str, int]),
                            get_origin(typing.Iterable[int]), get_origin(list[int]),
                            get_origin(int), get_origin(Generic), get_origin(int | str)))
t('alias args', lambda: (get_args(Dict[str, int]), get_args(list[int]), get_args(int),
                         get_args(Tuple[()])))
t('arity 1', lambda: List[int, str])
t('arity 2', lambda: Dict[int])
t('not generic', lambda: List[int][str])
t('subst', lambda: (repr(List[T][int]), repr(Dict[T, List[T]][str])))
t('bare aliases', lambda: (repr(typing.List), repr(typing.Callable), repr(typing.Awaitable),
                           repr(typing.AbstractSet)))
t('bare isinstance', lambda: (isinstance([], typing.List), issubclass(list, typing.Iterable),
                              isinstance({}, typing.Mapping)))
t('subscripted isinstance', lambda: isinstance([], List[int]))
t('instantiate List', lambda: List())
t('instantiate List[int]', lambda: List[int]())
t('instantiate Deque', lambda: typing.Deque[int]([1, 2]))

t('callable', lambda: (repr(Callable[[int], str]), repr(Callable[..., int]),
                       repr(Callable[[], None]), repr(Callable[P, int]),
                       repr(Callable[Concatenate[int, P], int])))
t('callable args', lambda: (get_args(Callable[[int, str], None]), get_args(Callable[..., int]),
                            get_origin(Callable[[int], str])))
t('callable bad', lambda: Callable[int])

t('literal', lambda: (repr(Literal[1, 'a']), repr(Literal[Literal[1, 2], 3]),
                      repr(Literal[1, 1, 2]), Literal[1, 2] == Literal[2, 1],
                      Literal[1] == Literal[True], hash(Literal[1, 2]) == hash(Literal[2, 1]),
                      get_args(Literal[1, 2]), get_origin(Literal[1])))
t('annotated', lambda: (repr(Annotated[int, 'meta']), repr(Annotated[Annotated[int, 'a'], 'b']),
                        Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1].__metadata__,
                        Annotated[int, 1].__origin__, get_origin(Annotated[int, 1]),
                        get_args(Annotated[int, 1, 2]), repr(Optional[Annotated[int, 1]])))
t('annotated bad', lambda: Annotated[int])
t('qualifiers', lambda: (repr(Final[int]), repr(ClassVar[int]), repr(ClassVar[Final[int]]),
                         repr(Required[int]), repr(NotRequired[int]), repr(ReadOnly[int]),
                         repr(TypeGuard[int]), repr(TypeIs[int]), repr(Final)))
t('qualifier arity', lambda: ClassVar[int, str])
t('final arity', lambda: Final[int, str])
t('bare forms', lambda: (repr(Self), repr(Never), repr(NoReturn), repr(LiteralString),
                         repr(TypeAlias), repr(Any), repr(typing.Text)))
t('self subscript', lambda: Self[int])
t('any isinstance', lambda: isinstance(1, Any))
t('any call', lambda: Any())


class SubAny(Any):
    pass


t('any subclass', lambda: (repr(SubAny), isinstance(SubAny(), SubAny)))
t('form call', lambda: Union())
t('form isinstance', lambda: isinstance(1, Never))
t('forwardref', lambda: (ForwardRef('x') == ForwardRef('x'), repr(ForwardRef('x')),
                         repr(ForwardRef('x', module='m')), ForwardRef('x').__forward_arg__))
t('forwardref bad', lambda: ForwardRef(1))
t('concatenate', lambda: (repr(Concatenate[int, P]), get_args(Concatenate[int, P])))
t('unpack', lambda: (repr(Unpack[Ts]), get_args(Unpack[Ts]), repr(Tuple[Unpack[Ts]])))
t('type checking', lambda: typing.TYPE_CHECKING)
t('generic errors 1', lambda: Generic[T, T])
t('generic errors 2', lambda: Generic[int])
t('generic errors 3', lambda: Generic[()])
