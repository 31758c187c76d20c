"""Telling coroutine objects and coroutine functions apart from other callables."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import functools
import types

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker attribute value of functions flagged as coroutine functions by hand.
_is_coroutine = object()

_CORO_CLASSES = (types.CoroutineType, collections.abc.Coroutine)
_known_coro_types = set()


def _unwrap_callable(func):
    # Bound methods and functools.partial objects stand for the function they wrap.
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """True for an 'async def' function (also seen through bound methods
    and functools.partial) or one marked as a coroutine function."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    inner = _unwrap_callable(func)
    if getattr(inner, '_is_coroutine_marker', None) is not None:
        return True
    code = getattr(inner, '__code__', None)
    if isinstance(inner, types.FunctionType) and code is not None:
        return bool(code.co_flags & _CO_COROUTINE)
    return False


def iscoroutine(obj):
    """True if obj is a coroutine (native or a Coroutine ABC instance)."""
    if type(obj) in _known_coro_types:
        return True
    if isinstance(obj, _CORO_CLASSES):
        # Remember a few types so the common case skips the ABC check.
        if len(_known_coro_types) < 100:
            _known_coro_types.add(type(obj))
        return True
    return False


def _isawaitable(obj):
    # Coroutines, objects with __await__, and generators made by @types.coroutine.
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return isinstance(obj, collections.abc.Awaitable)


def _format_coroutine(coro):
    # "name() running at file:line" while the coroutine has a frame, "... done, defined
    # at file:line" once it has finished.
    def name_of(c):
        return (getattr(c, '__qualname__', None) or getattr(c, '__name__', None)
                or type(c).__name__)

    if not hasattr(coro, 'cr_code') and not hasattr(coro, 'gi_code'):
        # A coroutine-like object written in Python: only its class name is known.
        name = name_of(coro)
        if getattr(coro, 'cr_running', False) or getattr(coro, 'gi_running', False):
            return f'{name}() running'
        return f'{name}()'

    coro_name = name_of(coro) + '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    filename = code.co_filename if code is not None else '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    lineno = code.co_firstlineno if code is not None else 0
    return f'{coro_name} done, defined at {filename}:{lineno}'
