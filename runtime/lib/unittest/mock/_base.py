# unittest.mock building blocks: sentinels, ANY, call objects and the small
# predicates shared by the mock classes, autospeccing and patching.

import builtins
import inspect
import pprint
from functools import partial
from types import MethodType

from unittest.util import safe_repr


class InvalidSpecError(Exception):
    """Raised when a mock object is used where a spec is required."""


# Public builtin names; patching one of these on a module implies create=True.
_builtins = {n for n in dir(builtins) if n[:1] != '_'}


# ---------------------------------------------------------------- sentinels

class _SentinelObject(object):
    "A unique, named, sentinel object."

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel(object):
    """Attribute access hands out one named sentinel object per name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        known = self._sentinels
        if name not in known:
            known[name] = _SentinelObject(name)
        return known[name]

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    "Compares equal to any object."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# --------------------------------------------------------------- predicates

def _is_magic(name):
    return len(name) > 4 and name[:2] == '__' == name[-2:] and \
        '__%s__' % name[2:-2] == name


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _is_list(obj):
    # Only exact lists and tuples count as "a list of attribute names".
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Would instances of obj (or obj itself, if not a class) be callable?"""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for klass in (obj,) + obj.__mro__:
        if klass.__dict__.get('__call__') is not None:
            return True
    return False


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        # Left as is; calling the mock will then fail.
        return obj


def _fn():
    pass


class _Holder:
    def meth(self):
        pass


# Plain Python functions and bound methods.
FunctionTypes = (type(_fn), type(_Holder().meth))
del _fn, _Holder


def _extract_mock(obj):
    # Autospecced functions are real functions carrying their mock as .mock
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


class _SpecState(object):
    """Placeholder for a not yet created autospecced child attribute."""

    def __init__(self, spec, spec_set=False, parent=None,
                 name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


# ---------------------------------------------------------------- signatures

def _get_signature_object(func, as_instance, eat_self):
    """Find the callable describing how func is called, with its signature.

    Returns (callable, inspect.Signature) or None when there is none."""
    if isinstance(func, type) and not as_instance:
        # Calling a class runs __init__; its self is bound already.
        func = func.__init__
        eat_self = True
    elif isinstance(func, classmethod):
        func = func.__func__
        eat_self = True
    elif isinstance(func, staticmethod):
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        try:
            func = func.__call__
        except AttributeError:
            return None
    target = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(target)
    except ValueError:
        return None


_COPIED_FUNC_ATTRS = ('__name__', '__doc__', '__text_signature__',
                      '__module__', '__defaults__', '__kwdefaults__')


def _copy_func_details(func, funcopy):
    # __dict__ is deliberately not copied: it could expose real attributes.
    for attr in _COPIED_FUNC_ATTRS:
        try:
            value = getattr(func, attr)
            setattr(funcopy, attr, value)
        except AttributeError:
            pass


# ------------------------------------------------------------- call objects

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """Membership test that keeps the expected call on the left of ==, so
    that ANY inside it drives the comparison."""

    def __contains__(self, item):
        for candidate in self:
            assert len(item) == len(candidate)
            if all([want == got for want, got in zip(item, candidate)]):
                return True
        return False


def _split_call_value(value):
    """Turn a call-like tuple of length 0 to 3 into (name, args, kwargs);
    name is None when the tuple holds none.  None for other lengths."""
    size = len(value)
    if size == 0:
        return None, (), {}
    if size == 3:
        return value
    if size == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return None, first, second
    if size == 1:
        only, = value
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return None, only, {}
        return None, (), only
    return None


class _Call(tuple):
    """A recorded (or expected) call: (args, kwargs) or (name, args, kwargs).

    Empty args or kwargs may be left out when comparing with a plain tuple,
    and a call without a name matches any name."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        parsed = _split_call_value(value)
        if parsed is None:
            parsed_name, args, kwargs = name, (), {}
        else:
            parsed_name, args, kwargs = parsed
            if parsed_name is None:
                parsed_name = name
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (parsed_name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name = ''
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self
        mine = getattr(self, '_mock_parent', None)
        theirs = getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False
        if other_len > 3:
            return False
        other_name, other_args, other_kwargs = _split_call_value(other)
        if my_name and (other_name or '') != my_name:
            return False
        # The other side goes first so that ANY in expected calls works.
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        base = self._mock_name
        if base is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((base, args, kwargs), name=base + '()', parent=self)

    def __getattr__(self, attr):
        base = self._mock_name
        if base is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=base + '.' + attr, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # tuple methods (count, index, ...) are call attributes, not methods
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return self[1], self[2]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            label = self._mock_name or 'call'
            if label.startswith('()'):
                label = 'call' + label
            return label
        if len(self) == 2:
            label = 'call'
            args, kwargs = self
        else:
            label, args, kwargs = self
            if not label:
                label = 'call'
            elif label.startswith('()'):
                label = 'call' + label
            else:
                label = 'call.' + label
        return _format_call_signature(label, args, kwargs)

    def call_list(self):
        """All the calls of a chained call, outermost first, as a list."""
        chain = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                chain.append(node)
            node = node._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)
