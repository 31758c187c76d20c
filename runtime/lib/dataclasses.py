"""Data classes: generated __init__, __repr__, __eq__, ordering and hashing from
annotated class attributes."""

import sys
import copy as _copy
import keyword as _keyword
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    """Marks a field option that was not given (None is a valid default)."""


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type) and not isinstance(self.type, _types.GenericAlias):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class _FieldKind:
    """What a class attribute annotation makes: a field, a ClassVar or an InitVar."""
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')
_EMPTY_METADATA = _types.MappingProxyType({})
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only')


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if not metadata
                         else _types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = [f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_REPR_ORDER]
        shown.append(f'_field_type={self._field_type}')
        return 'Field(' + ','.join(shown) + ')'

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name, as if it had been
        # assigned in the class body directly.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(' + ','.join('%s=%r' % (name, getattr(self, name))
                                               for name in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _string_names(annotation, cls, module, predicate):
    """Whether a string annotation such as 'ClassVar[int]' or 'dc.InitVar' names
    an object satisfying predicate, looked up in the module defining cls (a
    dotted prefix must name module there)."""
    text = annotation.lstrip()
    head, dot, rest = text.partition('.')
    prefix = None
    if dot and head.strip().isidentifier():
        prefix, text = head.strip(), rest.lstrip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == '_'):
        end += 1
    if not end:
        return False
    home = sys.modules.get(cls.__module__)
    ns = getattr(home, '__dict__', None)
    if ns is None:
        return False
    if prefix is not None:
        if module is None or ns.get(prefix) is not module:
            return False
        ns = module.__dict__
    return predicate(ns.get(text[:end]))


def _is_classvar(a_type, cls=None):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if isinstance(a_type, str):
        return cls is not None and _string_names(a_type, cls, typing, _is_classvar)
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type, cls=None):
    if isinstance(a_type, str):
        return cls is not None and _string_names(a_type, cls, sys.modules[__name__],
                                                 _is_initvar)
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type, cls=None):
    if isinstance(a_type, str):
        return cls is not None and _string_names(a_type, cls, sys.modules[__name__],
                                                 _is_kw_only)
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    value = getattr(cls, a_name, MISSING)
    f = value if isinstance(value, Field) else field(default=value)
    f.name = a_name
    f.type = a_type
    if _is_classvar(a_type, cls):
        kind = _FIELD_CLASSVAR
    elif _is_initvar(a_type, cls):
        kind = _FIELD_INITVAR
    else:
        kind = _FIELD
    f._field_type = kind
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # A default of an unhashable type (list, dict, set...) would be shared by all
    # instances: refuse it.
    if kind is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# Names the generated code uses for values it needs; they are chosen not to clash
# with field names, which become parameter names of __init__.
_OBJECT_NAME = '__dc_object__'
_FACTORY_MARK_NAME = '__dc_factory_mark__'


def _default_name(f):
    return f'__dc_default_{f.name}__'


def _compile_function(name, params, lines, module_globals=None, env=None):
    """Define the function name(params) with body lines in the namespace of
    module_globals; env supplies extra names the body can use."""
    env = {} if env is None else env
    body = '\n'.join('  ' + line for line in lines) or '  pass'
    source = (f"def __dataclass_maker__({', '.join(env)}):\n"
              f" def {name}({', '.join(params)}):\n"
              f"{body}\n"
              f" return {name}")
    scope = {}
    exec(source, {} if module_globals is None else module_globals, scope)
    return scope['__dataclass_maker__'](**env)


def _init_statement(f, frozen, self_name, slots):
    """The line of __init__ that sets field f, or None if it sets nothing."""
    if f._field_type is _FIELD_INITVAR:
        return None
    has_default = f.default is not MISSING
    if f.default_factory is not MISSING:
        call = _default_name(f) + '()'
        if f.init:
            value = f'{call} if {f.name} is {_FACTORY_MARK_NAME} else {f.name}'
        else:
            value = call
    elif f.init:
        value = f.name
    elif slots and has_default:
        # No class attribute holds the default once the field is a slot.
        value = _default_name(f)
    else:
        return None
    if frozen:
        return f'{_OBJECT_NAME}.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _init_param(f):
    if f.default is not MISSING:
        return f'{f.name}={_default_name(f)}'
    if f.default_factory is not MISSING:
        return f'{f.name}={_FACTORY_MARK_NAME}'
    return f.name


class _FactoryMark:
    # Default value of __init__ parameters whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


_FACTORY_MARK = _FactoryMark()


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots):
    last_with_default = None
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            last_with_default = f
        elif last_with_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            f'follows default argument {last_with_default.name!r}')
    env = {_FACTORY_MARK_NAME: _FACTORY_MARK, _OBJECT_NAME: object}
    for f in fields:
        if f.default is not MISSING:
            env[_default_name(f)] = f.default
        elif f.default_factory is not MISSING:
            env[_default_name(f)] = f.default_factory
    lines = [_init_statement(f, frozen, self_name, slots) for f in fields]
    lines = [line for line in lines if line]
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        lines.append(f'{self_name}.{_POST_INIT_NAME}({",".join(initvars)})')
    params = [self_name, *map(_init_param, std_fields)]
    if kw_only_fields:
        params.append('*')
        params.extend(map(_init_param, kw_only_fields))
    fn = _compile_function('__init__', params, lines or ['pass'], globals, env)
    # The signature shows the field types, as a hand-written __init__ would.
    annotations = {f.name: f.type for f in std_fields if f.init}
    annotations.update((f.name, f.type) for f in kw_only_fields if f.init)
    annotations['return'] = None
    fn.__annotations__ = annotations
    return fn


def _set_new_attribute(cls, name, value):
    """Add value to cls as name unless the class body defined name; returns
    whether it was already there."""
    if name in cls.__dict__:
        return True
    if hasattr(value, '__qualname__'):
        try:
            value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


def _attr_tuple(obj_name, fields):
    """Source text of a tuple of the fields of obj_name: '(self.a,self.b,)'."""
    if not fields:
        return '()'
    return '(' + ''.join(f'{obj_name}.{f.name},' for f in fields) + ')'


def _order_method(name, op, fields, globals):
    lines = ['if other.__class__ is self.__class__:',
             f' return {_attr_tuple("self", fields)}{op}{_attr_tuple("other", fields)}',
             'return NotImplemented']
    return _compile_function(name, ('self', 'other'), lines, globals)


def _eq_method(fields, globals):
    test = ' and '.join(f'self.{f.name}==other.{f.name}' for f in fields)
    lines = ['if self is other:',
             ' return True',
             'if other.__class__ is self.__class__:',
             f' return {test or "True"}',
             'return NotImplemented']
    return _compile_function('__eq__', ('self', 'other'), lines, globals)


def _gather_fields(cls, kw_only):
    """All fields of cls, inherited ones first, as a name -> Field dict; also
    whether any base is a dataclass and whether any of those is frozen."""
    fields = {}
    dataclass_bases = frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        dataclass_bases = True
        for f in inherited.values():
            fields[f.name] = f
        if getattr(base, _PARAMS).frozen:
            frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if not _is_kw_only(annotation, cls):
            own.append(_get_field(cls, name, annotation, kw_only))
            continue
        # Fields annotated after a KW_ONLY pseudo-field are keyword-only.
        if marker_seen:
            raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
        marker_seen = kw_only = True
    for f in own:
        fields[f.name] = f
        # The Field object in the class body gives way to the plain default.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields, dataclass_bases, frozen_base


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    home = sys.modules.get(cls.__module__)
    globals = vars(home) if home is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    fields, dataclass_bases, frozen_base = _gather_fields(cls, kw_only)
    if dataclass_bases and frozen_base != bool(frozen):
        if frozen_base:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)
    # Whether the class body set __hash__ itself; the None that Python puts there
    # for a class defining __eq__ does not count.
    body = cls.__dict__
    own_hash = body.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in body)
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    if init:
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(init_fields, positional, keyword_only, frozen,
                                    hasattr(cls, _POST_INIT_NAME), self_name, globals, slots))
    real_fields = [f for f in fields.values() if f._field_type is _FIELD]
    compared = [f for f in real_fields if f.compare]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in real_fields if f.repr], globals))
    if eq:
        _set_new_attribute(cls, '__eq__', _eq_method(compared, globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _order_method(name, op, compared, globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__} '
                                f'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_get_del_attr(cls, real_fields, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')
    _set_hash(cls, real_fields, unsafe_hash, eq, frozen, explicit_hash)
    if not getattr(cls, '__doc__'):
        try:
            text_sig = '(' + ', '.join(_sig_part(f) for f in init_fields) + ')'
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = (cls.__name__ + text_sig).replace(' -> None', '')
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in positional))
    result = _add_slots(cls, frozen, weakref_slot) if slots else cls
    _set_new_attribute(result, '__replace__', _replace)
    return result


def _annotation_text(t):
    # As inspect.signature() shows an annotation.
    if isinstance(t, str):
        return repr(t)
    if getattr(t, '__module__', None) == 'typing':
        text = repr(t)
        out, i = [], 0
        while i < len(text):
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in '_.'):
                j += 1
            if j > i:
                out.append(text[i:j].removeprefix('typing.'))
                i = j
            else:
                out.append(text[i])
                i += 1
        return ''.join(out)
    if isinstance(t, _types.GenericAlias):
        return str(t)
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    return repr(t)


def _sig_part(f):
    tname = _annotation_text(f.type)
    if f.default is not MISSING:
        return f'{f.name}: {tname} = {f.default!r}'
    if f.default_factory is not MISSING:
        return f'{f.name}: {tname} = <factory>'
    return f'{f.name}: {tname}'


def _repr_fn(fields, globals):
    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return (self.__class__.__qualname__ + '(' +
                    ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields) + ')')
        finally:
            _repr_running.discard(key)
    return __repr__


_repr_running = set()


def _frozen_get_del_attr(cls, fields, globals):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_hash(cls, fields, unsafe_hash, eq, frozen, explicit_hash):
    """Give cls the __hash__ the dataclass options call for: one computed from the
    fields, None (unhashable), or leave the class's own alone."""
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    elif not eq or explicit_hash:
        return
    elif not frozen:
        # Mutable and compared by value: instances must not be hashable.
        cls.__hash__ = None
        return
    # A field takes part when its hash option says so, or by default when compared.
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    cls.__hash__ = __hash__


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only take effect when a class is created, so a new class is built
    # from the namespace of the old one.
    ns = dict(cls.__dict__)
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(getattr(base, '__slots__', ()))
    new_slots = [n for n in names if n not in taken]
    # A base that already takes weak references would make a second slot an error.
    base_has_weakref = any(getattr(base, '__weakrefoffset__', 0) for base in cls.__mro__[1:-1])
    if weakref_slot and '__weakref__' not in taken and not base_has_weakref:
        new_slots.append('__weakref__')
    ns['__slots__'] = tuple(new_slots)
    for key in (*names, '__dict__', '__weakref__'):
        ns.pop(key, None)
    if is_frozen and '__getstate__' not in ns:
        # Frozen slotted instances cannot be restored by setattr(): copy and pickle
        # go through these instead.
        ns['__getstate__'] = _frozen_getstate
        ns['__setstate__'] = _frozen_setstate
    old_qualname = getattr(cls, '__qualname__', None)
    replacement = type(cls)(cls.__name__, cls.__bases__, ns)
    if old_qualname is not None:
        replacement.__qualname__ = old_qualname
    return replacement


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                 for k, v in obj.items()]
        if hasattr(type(obj), 'default_factory'):
            # defaultdict takes its factory first.
            return type(obj)(obj.default_factory, items)
        return type(obj)(items)
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                 for k, v in obj.items()]
        if hasattr(type(obj), 'default_factory'):
            # defaultdict takes its factory first.
            return type(obj)(obj.default_factory, items)
        return type(obj)(items)
    return _copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    if module is None:
        try:
            caller = sys._getframe(1)
        except (AttributeError, ValueError):
            module = '__main__'
        else:
            module = caller.f_globals.get('__name__', '__main__')
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be '
                                f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)
