"""Support for type hints: special forms, generic aliases, type parameters,
Generic and Protocol classes, NamedTuple, TypedDict, NewType, TypeAliasType and
the introspection helpers (get_type_hints, get_origin, get_args, ...).

Type parameters made by the PEP 695 syntax are created by the interpreter through
TypeVar, ParamSpec, TypeVarTuple and TypeAliasType here."""

import collections
import collections.abc
import functools
import sys
import types

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
           'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
           'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
           'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
           'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
           'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
           'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs',
           'ParamSpecKwargs', 'ReadOnly', 'Required', 'reveal_type', 'runtime_checkable',
           'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs', 'TypeAliasType',
           'Unpack']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class _Final:
    __slots__ = ('__weakref__',)


class _SpecialForm(_Final):
    __slots__ = ('_getitem', '_name', '__doc__')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, int], Union[int, str]..."""

    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        instance = self.__origin__(*args, **kwargs)
        try:
            instance.__orig_class__ = self
        except Exception:
            pass
        return instance

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return self._name == 'Unpack' and isinstance(self.__args__[0], TypeVarTuple)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __iter__(self):
        # *Tuple[int, str] in a subscription.
        yield Unpack[self]

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        params = _flatten_unpacked(params)
        params = _fill_defaults(self, self.__parameters__, params)
        mapping = _bind_parameters(self.__parameters__, params)
        new_args = []
        for a in self.__args__:
            value = mapping.get(a) if isinstance(a, ParamSpec) else None
            spliced = _unpacked_tvt(a)
            if isinstance(self, _CallableGenericAlias) and isinstance(value, (list, tuple)):
                # Callable[P, R][[int, str], R2]: the list becomes the argument types.
                new_args.extend(value)
            elif spliced is not None and spliced in mapping:
                # *Ts stands for all the arguments Ts took.
                new_args.extend(mapping[spliced])
            else:
                new_args.append(_substitute(a, mapping))
        return type(self)(self.__origin__, tuple(new_args), name=self._name, inst=self._inst)


def _unpacked_tvt(arg):
    """Ts when arg is *Ts (Unpack[Ts]), else None."""
    if isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack and \
            len(arg.__args__) == 1 and isinstance(arg.__args__[0], TypeVarTuple):
        return arg.__args__[0]
    return None


def _fixed_unpacked_items(arg):
    """The items of *tuple[X, Y] / Unpack[Tuple[X, Y]] (a fixed-length tuple), else None."""
    inner = None
    if isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack and len(arg.__args__) == 1:
        inner = arg.__args__[0]
    elif getattr(arg, '__unpacked__', False):
        inner = arg
    if inner is None or getattr(inner, '__origin__', None) is not tuple:
        return None
    items = getattr(inner, '__args__', None)
    if not isinstance(items, tuple) or (items and items[-1] is Ellipsis):
        return None
    if getattr(inner, '__unpacked__', False):
        # A starred types.GenericAlias: its __args__ are the tuple's own items.
        pass
    return items


def _flatten_unpacked(params):
    """Arguments with each *tuple[X, Y] spread into X, Y."""
    out = []
    for p in params:
        items = _fixed_unpacked_items(p)
        if items is None:
            out.append(p)
        else:
            out.extend(items)
    return tuple(out)


def _bind_parameters(parameters, args):
    """parameter -> argument; a TypeVarTuple takes the run of arguments its position
    leaves for it (a tuple), the others one argument each."""
    variadic = [i for i, p in enumerate(parameters) if isinstance(p, TypeVarTuple)]
    if not variadic:
        return dict(zip(parameters, args))
    i = variadic[0]
    after = len(parameters) - i - 1
    mapping = dict(zip(parameters[:i], args[:i]))
    end = len(args) - after
    mapping[parameters[i]] = tuple(args[i:end])
    mapping.update(zip(parameters[i + 1:], args[end:]))
    return mapping


def _is_param_expr(arg):
    return (arg is Ellipsis or isinstance(arg, (ParamSpec, list, tuple)) or (
        isinstance(arg, _GenericAlias) and arg._name == 'Concatenate'))


def _alias_mro_entries(alias, bases):
    """Bases standing for alias in a class statement: its origin, plus Generic
    when no later base already brings Generic in."""
    origin = alias.__origin__
    if isinstance(origin, _SpecialForm):
        raise TypeError(f"Cannot subclass {alias!r}")
    if isinstance(alias, _GenericAlias) and not alias._name:
        # A user generic (or Generic[...] itself): Generic[...] gives way to a later
        # alias, which brings Generic in.
        if origin is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(alias) + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) and b is not alias:
                    return ()
        return (origin,)
    entries = []
    if alias.__origin__ not in bases:
        entries.append(alias.__origin__)
    later = bases[bases.index(alias) + 1:]
    for b in later:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)):
            break
        if isinstance(b, type) and issubclass(b, Generic):
            break
    else:
        if alias.__origin__ is not Generic and not (
                isinstance(alias.__origin__, type) and issubclass(alias.__origin__, Generic)):
            entries.append(Generic)
    return tuple(entries)


def _collect_parameters(args):
    """The type parameters in args, in first-appearance order (nested ones too)."""
    params = []
    for a in args:
        if isinstance(a, (list, tuple)):
            found = _collect_parameters(a)
        elif isinstance(a, _TYPE_PARAMS):
            found = (a,)
        else:
            found = getattr(a, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, _TYPE_PARAMS):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    sub = getattr(arg, '__parameters__', ())
    if isinstance(sub, tuple) and sub and not isinstance(arg, type):
        values = []
        for p in sub:
            value = mapping.get(p, p)
            if isinstance(p, TypeVarTuple) and isinstance(value, tuple):
                values.extend(value)
            elif isinstance(p, TypeVarTuple) and value is p:
                values.append(Unpack[p])
            else:
                values.append(value)
        return arg[tuple(values)]
    return arg


def _fill_defaults(alias, parameters, args):
    """args checked against parameters, trailing defaults filled in."""
    if any(isinstance(p, TypeVarTuple) for p in parameters):
        if len(args) < len(parameters) - 1:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(parameters) - 1}")
        return args
    if len(args) > len(parameters):
        raise TypeError(f"Too many arguments for {alias}; actual {len(args)}, "
                        f"expected {len(parameters)}")
    if len(args) < len(parameters):
        missing = parameters[len(args):]
        if not all(p.has_default() for p in missing):
            required = len(parameters) - sum(1 for p in missing if p.has_default())
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {required}")
        args = tuple(args) + tuple(p.__default__ for p in missing)
    return args


class _UnionGenericAlias(_GenericAlias):
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[arg, ...], result] (or Callable[..., result]); __args__ is flat."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec) or (
                isinstance(args[0], _GenericAlias) and args[0]._name == 'Concatenate')):
            return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


class _SpecialGenericAlias(_Final):
    """Unsubscripted aliases of builtin or collections types: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        # origin may be 'module.attr', imported on first use.
        self._origin = origin
        self._nparams = nparams
        self._inst = inst
        self._defaults = defaults
        self._name = name or origin.__name__

    @property
    def __origin__(self):
        origin = self._origin
        if isinstance(origin, str):
            module, _, attr = origin.rpartition('.')
            __import__(module)
            origin = self._origin = getattr(sys.modules[module], attr)
        return origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if result is None:
                result = type(None)
            if isinstance(args, list):
                args = [type(None) if a is None else a for a in args]
            if args is Ellipsis:
                flat = (Ellipsis, result)
            elif isinstance(args, list):
                flat = (*args, result)
            else:
                flat = (args, result)
            return _CallableGenericAlias(self.__origin__, flat, name='Callable',
                                         inst=self._inst)
        if not isinstance(params, tuple):
            params = (params,)
        if self._defaults and len(params) < self._nparams <= len(params) + len(self._defaults):
            params = params + self._defaults[len(self._defaults) - self._nparams + len(params):]
        if self._nparams >= 0 and len(params) != self._nparams:
            few = 'few' if len(params) < self._nparams else 'many'
            raise TypeError(f"Too {few} arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        params = tuple(_convert_arg(p) for p in params)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The unconstrained type: a type checker accepts any value where Any is
    expected and lets an Any value go anywhere. Subclassing Any makes a class
    acceptable everywhere too.
    """

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Return type of a function that never returns normally."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The empty type, which no value has."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """The type of the instance a method is called on."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Any str that was written as a literal in the source."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Declares an assignment to be a type alias: X: TypeAlias = int."""
    raise TypeError(f"{self} is not subscriptable")


def _single_type(form, parameters, what='accepts only single type'):
    """The one type argument of a form such as ClassVar[X]; None becomes NoneType."""
    if isinstance(parameters, tuple):
        raise TypeError(f"{form} {what}. Got {parameters!r}.")
    return _convert_arg(parameters)


def _convert_arg(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


@_SpecialForm
def ClassVar(self, parameters):
    """ClassVar[T]: an attribute of the class itself, not of its instances."""
    return _GenericAlias(self, (_single_type(self, parameters),), name='ClassVar')


@_SpecialForm
def Final(self, parameters):
    """Final[T]: a name that may not be reassigned or overridden."""
    return _GenericAlias(self, (_single_type(self, parameters),), name='Final')


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            out.extend(p.__args__)
        else:
            out.append(_convert_arg(p))
    seen = []
    for p in out:
        if p not in seen:
            seen.append(p)
    return tuple(seen)


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: a value of type X or of type Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters, name='Union')


@_SpecialForm
def Optional(self, parameters):
    """Optional[X]: X or None; a shorthand for Union[X, None]."""
    arg = _single_type(self, parameters, 'requires a single type')
    return Union[arg, None]


@_SpecialForm
def Literal(self, parameters):
    """Literal[v1, v2, ...]: exactly one of the given values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    # Duplicates go, comparing value and type (Literal[1, True] keeps both).
    unique = []
    for p in flat:
        if not any(type(p) is type(q) and p == q for q in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique), name='Literal')


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def _keys(self):
        return frozenset((type(a), a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return self._keys() == other._keys()

    def __hash__(self):
        return hash(self._keys())


@_SpecialForm
def Concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not parameters:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not (parameters[-1] is Ellipsis or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    return _GenericAlias(self, tuple(_convert_arg(p) for p in parameters),
                         name='Concatenate')


@_SpecialForm
def TypeGuard(self, parameters):
    return _GenericAlias(self, (_single_type(self, parameters),), name='TypeGuard')


@_SpecialForm
def TypeIs(self, parameters):
    return _GenericAlias(self, (_single_type(self, parameters),), name='TypeIs')


@_SpecialForm
def Required(self, parameters):
    return _GenericAlias(self, (_single_type(self, parameters),), name='Required')


@_SpecialForm
def NotRequired(self, parameters):
    return _GenericAlias(self, (_single_type(self, parameters),), name='NotRequired')


@_SpecialForm
def ReadOnly(self, parameters):
    return _GenericAlias(self, (_single_type(self, parameters),), name='ReadOnly')


@_SpecialForm
def Unpack(self, parameters):
    return _GenericAlias(self, (parameters,), name='Unpack')


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            # Annotated[Annotated[T, a], b] is Annotated[T, a, b].
            metadata = (*origin.__metadata__, *metadata)
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


@_SpecialForm
def Annotated(self, params):
    """Add context-specific metadata to a type: Annotated[T, x] is T carrying x."""
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(_convert_arg(params[0]), tuple(params[1:]))


class _NoDefaultType:
    """Type of NoDefault: marks a type parameter without a default."""
    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return 'typing.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


_NoDefaultType.__name__ = _NoDefaultType.__qualname__ = 'NoDefaultType'
_NoDefaultType.__module__ = 'builtins'
NoDefault = _NoDefaultType()


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _made_by_syntax(depth=2):
    """Whether the type parameter being built comes from PEP 695 syntax
    (def f[T](), class C[T], type A[T] = ...): those infer their variance."""
    try:
        name = sys._getframe(depth).f_code.co_name
    except (AttributeError, ValueError):
        return False
    return name.startswith('<generic parameters of ')


def _check_name(kind, name):
    if not isinstance(name, str):
        raise TypeError(f"{kind}() argument 'name' must be str, not {type(name).__name__}")


def _check_variance(covariant, contravariant, infer_variance):
    if covariant and contravariant:
        raise ValueError("Bivariant types are not supported.")
    if infer_variance and (covariant or contravariant):
        raise ValueError("Variance cannot be specified with infer_variance.")


def _variance_prefix(tp):
    if tp.__infer_variance__:
        return ''
    if tp.__covariant__:
        return '+'
    if tp.__contravariant__:
        return '-'
    return '~'


def _type_check_bound(bound):
    return None if bound is None else _convert_arg(bound)


class _TypeParam(_Final):
    """What TypeVar, ParamSpec and TypeVarTuple share: a name, a default, and
    union / subclassing behaviour."""

    def has_default(self):
        return self.__default__ is not NoDefault

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __init_subclass__(cls, /, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{_type_repr(cls.__mro__[1])}' is not an acceptable "
                            f"base type")


class _LazyValue:
    """A value the PEP 695 syntax computes on first access (a bound, an alias value)."""
    __slots__ = ('compute',)

    def __init__(self, compute):
        self.compute = compute


def _lazy_property(name, convert):
    key = '_lazy' + name

    def get(self):
        state = object.__getattribute__(self, '__dict__')
        value = state.get(key)
        if isinstance(value, _LazyValue):
            value = convert(value.compute())
            state[key] = value
        return value

    def put(self, value):
        object.__getattribute__(self, '__dict__')[key] = value
    return property(get, put)


def _set_lazy(obj, name, compute):
    """Make attribute `name` of a type parameter or alias evaluate compute() when read."""
    object.__getattribute__(obj, '__dict__')['_lazy' + name] = _LazyValue(compute)
    return obj


class TypeVar(_TypeParam):
    """Type variable: T = TypeVar('T'), optionally bound, constrained or defaulted."""

    __bound__ = _lazy_property('__bound__', lambda v: _type_check_bound(v))
    __constraints__ = _lazy_property('__constraints__',
                                     lambda v: tuple(_convert_arg(c) for c in v))

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        _check_name('typevar', name)
        _check_variance(covariant, contravariant, infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if not (covariant or contravariant or infer_variance) and _made_by_syntax():
            infer_variance = True
        self.__name__ = name
        self.__constraints__ = tuple(_convert_arg(c) for c in constraints)
        self.__bound__ = _type_check_bound(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        # Called by types.GenericAlias when list[T][x] substitutes x for T.
        return _convert_arg(arg)


class TypeVarTuple(_TypeParam):
    """Variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts or Unpack[Ts]."""

    def __init__(self, name, *, default=NoDefault):
        _check_name('typevartuple', name)
        self.__name__ = name
        self.__default__ = default
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        # Group the arguments this parameter takes into one tuple, so that every
        # parameter of alias then has exactly one argument.
        params = alias.__parameters__
        index = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[index + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        before, after = index, len(params) - index - 1
        # An argument *tuple[X, ...] can stand for any number of the others.
        open_at, fill = None, None
        for k, arg in enumerate(args):
            if isinstance(arg, type):
                continue
            items = getattr(arg, '__typing_unpacked_tuple_args__', None)
            if items and len(items) == 2 and items[-1] is ...:
                if open_at is not None:
                    raise TypeError("More than one unpacked arbitrary-length tuple argument")
                open_at, fill = k, items[0]
        if open_at is not None:
            before = min(before, open_at)
            after = min(after, len(args) - open_at - 1)
        elif before + after > len(args):
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        stop = len(args) - after
        return (*args[:before], *([fill] * (index - before)), tuple(args[before:stop]),
                *([fill] * (len(params) - index - 1 - after)), *args[stop:])


class ParamSpecArgs(_Final):
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        origin = self.__origin__
        if isinstance(origin, ParamSpec):
            return f"{origin.__name__}.args"
        return f"{origin!r}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final):
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        origin = self.__origin__
        if isinstance(origin, ParamSpec):
            return f"{origin.__name__}.kwargs"
        return f"{origin!r}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_TypeParam):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        _check_name('paramspec', name)
        _check_variance(covariant, contravariant, infer_variance)
        if not (covariant or contravariant or infer_variance) and _made_by_syntax():
            infer_variance = True
        self.__name__ = name
        self.__bound__ = _type_check_bound(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return _variance_prefix(self) + self.__name__

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_convert_arg(a) for a in arg)
        if not (arg is Ellipsis or isinstance(arg, ParamSpec) or (
                isinstance(arg, _GenericAlias) and arg._name == 'Concatenate')):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {arg!r}")
        return arg


_TYPE_PARAMS = (TypeVar, ParamSpec, TypeVarTuple)


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', bound=type, covariant=True)


class Generic:
    """Base that makes a class subscriptable by its type parameters: class C(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_convert_arg(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, _TYPE_PARAMS) and not (
                        isinstance(p, _GenericAlias) and p._name == 'Unpack'):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        parameters = cls.__dict__.get('__parameters__', ())
        if not parameters:
            raise TypeError(f"{cls} is not a generic class")
        if len(parameters) == 1 and isinstance(parameters[0], ParamSpec) and not (
                len(params) == 1 and _is_param_expr(params[0])):
            # C[int, str] for a class generic in one ParamSpec means C[[int, str]].
            params = (params,)
        params = tuple(tuple(p) if isinstance(p, list) else p for p in params)
        params = _fill_defaults(cls, parameters, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwds):
        super().__init_subclass__(*args, **kwds)
        params = []
        orig_bases = cls.__dict__.get('__orig_bases__')
        if orig_bases is not None:
            plain = Generic in orig_bases
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not globals().get('_TypedDictMeta'))
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        if orig_bases is not None:
            params = list(_collect_parameters(
                [b for b in orig_bases if not isinstance(b, type)]))
            declared = None
            for base in orig_bases:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [p for p in params if p not in declared]
                if missing:
                    raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) "
                                    f"are not listed in Generic"
                                    f"[{', '.join(map(str, declared))}]")
                params = list(declared)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(type(collections.abc.Iterable)):
    # Structural checks apply to @runtime_checkable protocols only; a class that
    # names the protocol as a base passes them nominally.
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if cls in type(instance).__mro__:
            return True
        for attr in _protocol_attrs(cls):
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, '_is_protocol', False) or cls is Protocol:
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        attrs = _protocol_attrs(cls)
        data = sorted(a for a in attrs if not callable(getattr(cls, a, None)))
        if data:
            raise TypeError("Protocols with non-method members don't support issubclass()."
                            " Non-method members: %s." % str(set(data))[1:-1])
        if super().__subclasscheck__(other):
            return True
        for attr in attrs:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


_PROTOCOL_SKIP = frozenset((
    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__next_in_mro__',
    '__parameters__', '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
    '__doc__', '__subclasshook__', '__init__', '__new__', '__module__',
    '_MutableMapping__marker', '__qualname__', '__firstlineno__',
    '__static_attributes__', '__protocol_attrs__', '__non_callable_proto_members__',
    '__type_params__', '__match_args__', '__class_getitem__', '__init_subclass__'))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__)
        names.extend(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_SKIP:
                attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of interface classes matched by members rather than by inheritance."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwds):
        super().__init_subclass__(*args, **kwds)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic) or getattr(base, '_is_protocol', False)
                        or base.__module__ in ('collections.abc', 'abc')):
                    raise TypeError('Protocols can only inherit from other protocols, got %r'
                                    % base)
            if cls.__init__ is Protocol.__init__ or '__init__' not in cls.__dict__:
                cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not isinstance(cls, type) or not getattr(cls, '_is_protocol', False) \
            or not issubclass(type(cls), _ProtocolMeta):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


def is_protocol(tp, /):
    """Whether tp is a protocol class (Protocol itself excluded)."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp, /):
    """The names of the members a protocol class declares."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(_protocol_attrs(tp))


Hashable = _SpecialGenericAlias(collections.abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(collections.abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(collections.abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(collections.abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(collections.abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(collections.abc.Iterable, 1)
Iterator = _SpecialGenericAlias(collections.abc.Iterator, 1)
Reversible = _SpecialGenericAlias(collections.abc.Reversible, 1)
Sized = _SpecialGenericAlias(collections.abc.Sized, 0)
Container = _SpecialGenericAlias(collections.abc.Container, 1)
Collection = _SpecialGenericAlias(collections.abc.Collection, 1)
Callable = _SpecialGenericAlias(collections.abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(collections.abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(collections.abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(collections.abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(collections.abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(collections.abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(collections.abc.Sequence, 0, name='ByteString')
Tuple = _SpecialGenericAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(collections.abc.MappingView, 1)
KeysView = _SpecialGenericAlias(collections.abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(collections.abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(collections.abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(collections.abc.Generator, 3,
                                 defaults=(type(None), type(None)))
AsyncGenerator = _SpecialGenericAlias(collections.abc.AsyncGenerator, 2,
                                      defaults=(type(None),))
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
ContextManager = _SpecialGenericAlias('contextlib.AbstractContextManager', 2,
                                      name='ContextManager', defaults=(bool | None,))
AsyncContextManager = _SpecialGenericAlias('contextlib.AbstractAsyncContextManager', 2,
                                           name='AsyncContextManager',
                                           defaults=(bool | None,))
Pattern = _SpecialGenericAlias('re.Pattern', 1, name='Pattern')
Match = _SpecialGenericAlias('re.Match', 1, name='Match')
Text = str


class _SupportsProto(Protocol):
    pass


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float: ...


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self) -> complex: ...


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes: ...


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int: ...


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self): ...


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0): ...


class IO(Generic[AnyStr]):
    """Generic base of the file-like types (IO[str], IO[bytes])."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


def cast(typ, val):
    """Tell a type checker that val is a typ; at runtime val is returned as is."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def overload(func):
    key = getattr(func, '__qualname__', None)
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Mark a function (or every function of a class) as not type-checked."""
    if isinstance(arg, type):
        for value in vars(arg).values():
            func = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
            if isinstance(func, types.FunctionType) and \
                    func.__qualname__.startswith(arg.__qualname__ + '.'):
                try:
                    func.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
            elif isinstance(value, type) and \
                    value.__qualname__.startswith(arg.__qualname__ + '.'):
                no_type_check(value)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "frozen_default": frozen_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        origin = tp.__origin__
        if isinstance(origin, _SpecialForm):
            return origin
        return origin
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec) or (
                isinstance(args[0], _GenericAlias) and args[0]._name == 'Concatenate')):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, types.GenericAlias) and tp.__origin__ is collections.abc.Callable:
        args = tp.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec) or (
                isinstance(args[0], _GenericAlias) and args[0]._name == 'Concatenate')):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_evaluated__ = False
        self.__forward_value__ = None

    def _evaluate(self, globalns, localns, *args, **kwargs):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        if self.__forward_module__ is None:
            return f'ForwardRef({self.__forward_arg__!r})'
        return f'ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})'


def _eval_type(t, globalns, localns):
    """t with string annotations and ForwardRefs (also nested) evaluated."""
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        if t.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(t.__forward_module__), '__dict__', globalns)
        return _eval_type(eval(t.__forward_arg__, globalns, localns), globalns, localns)
    if t is None:
        return type(None)
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _UnionGenericAlias):
                return Union[args]
            return type(t)(t.__origin__, args, name=t._name, inst=t._inst)
    if isinstance(t, types.GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return types.GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return Union[args]
    return t


_QUALIFIERS = ('Required', 'NotRequired', 'ReadOnly')


def _strip_annotations(t):
    """t without Annotated metadata and TypedDict qualifiers (also nested)."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t._name in _QUALIFIERS:
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _UnionGenericAlias):
                return Union[args]
            return type(t)(t.__origin__, args, name=t._name, inst=t._inst)
    if isinstance(t, types.GenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return types.GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args != t.__args__:
            return functools.reduce(lambda a, b: a | b, args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function as a dict, with string
    annotations evaluated. For a class, the annotations of its whole MRO are
    merged. Unless include_extras is true, Annotated metadata and the
    Required/NotRequired/ReadOnly wrappers are stripped from the results.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            klass_ns = vars(klass)
            if globalns is not None:
                g = globalns
            else:
                home = sys.modules.get(klass.__module__)
                g = getattr(home, '__dict__', {})
            l = localns if localns is not None else dict(klass_ns)
            if globalns is None and localns is None:
                # Evaluate as the class body would: its own names come first.
                g, l = l, g
            for key, ann in klass_ns.get('__annotations__', {}).items():
                hints[key] = _eval_type(ann, g, l)
    else:
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
        own = getattr(obj, '__annotations__', None)
        is_module = isinstance(obj, types.ModuleType)
        if own is None:
            if is_module:
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            if is_module:
                globalns = vars(obj)
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        for key, ann in own.items():
            hints[key] = _eval_type(ann, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


class NewType:
    """A distinct type for type checkers; at runtime calling it returns its argument."""

    __call__ = staticmethod(lambda x: x)

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __mro_entries__(self, bases):
        supercls_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subcls_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{subcls_name} = NewType({subcls_name!r}, "
                                f"{supercls_name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeAliasType:
    """A type alias made by the 'type' statement or by TypeAliasType(name, value)."""

    __value__ = _lazy_property('__value__', lambda v: v)

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, not "
                            + type(name).__name__)
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        object.__setattr__(self, '__name__', name)
        object.__setattr__(self, '__value__', value)
        object.__setattr__(self, '__type_params__', type_params)
        object.__setattr__(self, '__parameters__', type_params)
        module = _caller_module()
        object.__setattr__(self, '__module__', module)

    def __setattr__(self, name, value):
        if name in ('__name__', '__value__', '__type_params__', '__parameters__',
                    '__module__'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'typing.TypeAliasType' object has no attribute '{name}' "
                             f"and no __dict__ for setting new attributes")

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeAliasType")


# ---- NamedTuple ----

# Names a NamedTuple class body may not define, and names it defines that are
# not copied onto the generated class.
_NT_RESERVED = frozenset(('__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'))
_NT_NOT_COPIED = frozenset(('__annotations__', '__module__', '__name__'))


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        field_types = ns.get('__annotations__', {})
        with_default = []
        for fname in field_types:
            if fname in ns:
                with_default.append(fname)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {fname} "
                                f"cannot follow default field{plural} "
                                f"{', '.join(with_default)}")
        result = collections.namedtuple(typename, list(field_types),
                                        defaults=[ns[f] for f in with_default],
                                        module=ns['__module__'])
        result.__annotations__ = result.__new__.__annotations__ = {
            name: _convert_arg(tp) for name, tp in field_types.items()}
        for attr, value in ns.items():
            if attr in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + attr)
            if attr not in _NT_NOT_COPIED and attr not in result._fields:
                setattr(result, attr, value)
        if Generic in bases:
            result.__parameters__ = _collect_parameters(ns.get('__orig_bases__', ()))
            result.__class_getitem__ = classmethod(_generic_namedtuple_getitem)
        return result


def _generic_namedtuple_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(cls, _fill_defaults(cls, cls.__parameters__, params))


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple whose fields carry type annotations (also usable as a base class)."""
    if fields is None:
        import warnings
        if kwargs:
            warnings.warn("Creating NamedTuple classes using keyword arguments is deprecated "
                          "and will be disallowed in Python 3.15. Use the class-based or "
                          "functional syntax instead.", DeprecationWarning, stacklevel=2)
        else:
            warnings.warn("Failing to pass a value for the 'fields' parameter is deprecated "
                          "and will be disallowed in Python 3.15. To create a NamedTuple "
                          "class with 0 fields using the functional syntax, pass an empty "
                          f"list, e.g. `{typename} = NamedTuple({typename!r}, [])`.",
                          DeprecationWarning, stacklevel=2)
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    field_types = {fname: _convert_arg(ftype) for fname, ftype in fields}
    cls = collections.namedtuple(typename, list(field_types), module=_caller_module())
    cls.__annotations__ = field_types
    return cls


# 'class P(NamedTuple)' really derives from this placeholder, whose metaclass then
# builds the namedtuple.
_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _nt_bases(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _nt_bases


# ---- TypedDict ----

def _qualifiers(tp):
    """The TypedDict qualifiers (Required, NotRequired, ReadOnly) wrapping tp."""
    found = set()
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp._name in _QUALIFIERS:
            found.add(tp._name)
            tp = tp.__args__[0]
        else:
            return found


class _TypedDictMeta(type):
    # Calling a TypedDict class makes a plain dict (dict is not a descriptor, so it is
    # called without the class).
    __call__ = dict

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        if generic:
            tp_dict.__parameters__ = _collect_parameters(ns.get('__orig_bases__', ()))
        annotations = {}
        required, optional, readonly, mutable = set(), set(), set(), set()
        for base in bases:
            inherited = vars(base)
            annotations.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
            readonly.update(inherited.get('__readonly_keys__', ()))
            mutable.update(inherited.get('__mutable_keys__', ()))
        own = {key: (ForwardRef(tp, module=tp_dict.__module__, is_class=True)
                     if isinstance(tp, str) else _convert_arg(tp))
               for key, tp in ns.get('__annotations__', {}).items()}
        for key, tp in own.items():
            qualifiers = _qualifiers(tp)
            if 'Required' in qualifiers or (total and 'NotRequired' not in qualifiers):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
            if 'ReadOnly' in qualifiers:
                readonly.add(key)
                mutable.discard(key)
            else:
                mutable.add(key)
                readonly.discard(key)
        annotations.update(own)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__readonly_keys__ = frozenset(readonly)
        tp_dict.__mutable_keys__ = frozenset(mutable)
        tp_dict.__total__ = total
        if '__orig_bases__' not in ns:
            tp_dict.__orig_bases__ = bases
        return tp_dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict type with declared keys and value types; instances are plain dicts."""
    if fields is None:
        fields = {}
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


# Placeholder base standing for TypedDict in 'class Movie(TypedDict)'.
_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _td_bases(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _td_bases


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
