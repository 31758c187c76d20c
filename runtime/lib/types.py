"""Names for the interpreter's built-in types, and dynamic class creation helpers."""

import sys


def _f(): pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()
del _c


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())
del _ag


class _C:
    def _m(self): pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__dict__['__init__'])
MethodWrapperType = type((1).__add__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(bytes.__dict__['fromhex'])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])


class _S:
    __slots__ = ('a',)


MemberDescriptorType = type(_S.a)

FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _C, _S, _cell_factory


def get_original_bases(cls, /):
    """The bases of cls as written in its class statement, before __mro_entries__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ (PEP 560) by
    the bases that method returns; bases itself when nothing changes."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class about to be
    made: the most derived metaclass, and what its __prepare__ gives."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would; exec_body(ns) fills its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)

    @property
    def __isabstractmethod__(self):
        return bool(getattr(self.fget, '__isabstractmethod__', False))


# Code flags: CO_GENERATOR, CO_COROUTINE and CO_ITERABLE_COROUTINE.
_GENERATOR_FLAG = 0x20
_COROUTINE_FLAGS = 0x80 | 0x100
_ITERABLE_COROUTINE_FLAG = 0x100


def coroutine(func):
    """Convert a generator function into one whose generators can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        co = func.__code__
        flags = co.co_flags
        if flags & _COROUTINE_FLAGS:
            # Already a coroutine or an iterable coroutine.
            return func
        if flags & _GENERATOR_FLAG:
            # A generator function: mark its code awaitable.
            func.__code__ = co.replace(co_flags=flags | _ITERABLE_COROUTINE_FLAG)
            return func
    import functools
    import collections.abc

    # Other callables: wrap what they return when it is a generator-like object.
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        kind = coro.__class__
        if kind is CoroutineType:
            return coro
        if kind is GeneratorType and coro.gi_code.co_flags & _ITERABLE_COROUTINE_FLAG:
            return coro
        if (isinstance(coro, collections.abc.Generator) and
                not isinstance(coro, collections.abc.Coroutine)):
            return _GeneratorWrapper(coro)
        return coro
    return wrapped


class _GeneratorWrapper:
    """Makes a generator-like object awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        for attr in ('__name__', '__qualname__'):
            setattr(self, attr, getattr(gen, attr, None))

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


GenericAlias = type(list[int])

__all__ = [name for name in globals() if not name.startswith('_')]
UnionType = type(int | str)
