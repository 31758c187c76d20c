"""Context variables: values that follow the flow of execution (PEP 567).

Each thread has a current Context, a mapping of ContextVar to value. ContextVar.set()
changes the current context; Context.run() makes another context current for the
duration of a call; copy_context() takes a snapshot of the current one. A context's
mapping is never changed in place: setting a variable gives the context a new mapping, so
a copy taken earlier keeps the values it had. New threads start with an empty context.
"""

import _thread
from types import GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = _thread._local()
_MISSING = object()


def _current():
    ctx = getattr(_state, 'context', None)
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


class Context:
    """A mapping of context variables to their values."""

    __module__ = '_contextvars'  # where CPython's C types live

    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    @classmethod
    def _with(cls, data):
        ctx = cls()
        ctx._data = data
        return ctx

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._prev = getattr(_state, 'context', None)
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        return Context._with(self._data)

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """Return a copy of the current context."""
    return _current().copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __module__ = '_contextvars'  # where CPython's C types live

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        value = _current()._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        data = dict(data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        parts = [f'<ContextVar name={self._name!r}']
        if self._default is not _MISSING:
            parts.append(f'default={self._default!r}')
        parts.append(f'at 0x{id(self):x}>')
        return ' '.join(parts)

    __class_getitem__ = classmethod(GenericAlias)


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns, to undo the change with ContextVar.reset()."""

    __module__ = '_contextvars'  # where CPython's C types live

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MissingType()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return f'<Token{" used" if self._used else ""} var={self._var!r} at 0x{id(self):x}>'

    __class_getitem__ = classmethod(GenericAlias)
