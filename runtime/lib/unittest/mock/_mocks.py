# unittest.mock's mock classes: NonCallableMock, Mock, MagicMock and friends,
# AsyncMock, PropertyMock, ThreadingMock, plus seal().

import asyncio
import inspect
import sys
import threading
from asyncio import iscoroutinefunction
from functools import partial
from types import CodeType

from unittest.util import safe_repr

from ._base import (
    DEFAULT, sentinel, _deleted, _missing, InvalidSpecError, _Call, _CallList,
    call,
    _AnyComparer, _SpecState, _callable, _extract_mock, _format_call_signature,
    _get_signature_object, _is_exception, _is_list, _is_magic, _try_iter,
)



def _filter_dir():
    # unittest.mock.FILTER_DIR is read at each dir() of a mock
    package = sys.modules.get(__package__)
    return getattr(package, 'FILTER_DIR', True)


def _is_instance_mock(obj):
    # isinstance() would be fooled by the __class__ property of spec'd mocks.
    return issubclass(type(obj), NonCallableMock)


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _is_async_func(func):
    if not getattr(func, '__code__', None):
        return False
    return iscoroutinefunction(func)


# --------------------------------------------------------- magic method tables

def _dunders(words):
    return {'__%s__' % w for w in words.split()}


_numeric_names = ('add sub mul matmul truediv floordiv mod lshift rshift '
                  'and xor or pow')

# Magic methods MagicMock configures by default.
_magics = (
    _dunders('lt le gt ge eq ne getitem setitem delitem len contains iter '
             'hash str sizeof enter exit divmod rdivmod neg pos abs invert '
             'complex int float index round trunc floor ceil bool next '
             'fspath aiter')
    | _dunders(_numeric_names)
    | {'__i%s__' % w for w in _numeric_names.split()}
    | {'__r%s__' % w for w in _numeric_names.split()}
)

# Supported, but only present once explicitly set.
_non_defaults = _dunders(
    'get set delete reversed missing reduce reduce_ex getinitargs '
    'getnewargs getstate setstate getformat repr dir subclasses format '
    'getnewargs_ex')

_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = set().union(_async_method_magics, _sync_async_magics)

_all_sync_magics = set().union(_magics, _non_defaults)
_all_magics = set().union(_all_sync_magics, _async_magics)

_unsupported_magics = _dunders(
    'getattr setattr init new prepare instancecheck subclasscheck del')


def _fspath_default(mock):
    return '%s/%s/%s' % (type(mock).__name__, mock._extract_mock_name(),
                         id(mock))


# Default return values computed from the mock owning the magic method.
_calculate_return_value = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': _fspath_default,
}

# Fixed default return values.
_return_values = {
    '__int__': 1, '__index__': 1, '__float__': 1.0, '__complex__': 1j,
    '__bool__': True, '__len__': 0, '__contains__': False,
    '__exit__': False, '__aexit__': False,
    '__lt__': NotImplemented, '__le__': NotImplemented,
    '__gt__': NotImplemented, '__ge__': NotImplemented,
}


def _eq_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter(())
        return iter(configured)
    return __iter__


def _aiter_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            configured = ()
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effect_methods = {
    '__eq__': _eq_effect,
    '__ne__': _ne_effect,
    '__iter__': _iter_effect,
    '__aiter__': _aiter_effect,
}


def _set_return_value(mock, method, name):
    if name in _return_values:
        method.return_value = _return_values[name]
    elif name in _calculate_return_value:
        method.return_value = _calculate_return_value[name](mock)
    elif name in _side_effect_methods:
        method.side_effect = _side_effect_methods[name](mock)


def _get_method(name, func):
    """Wrap any callable as a plain function usable as a method."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# ------------------------------------------------------------------ helpers

# Names set with plain object.__setattr__, skipping the spec checks.
_allowed_names = {'return_value', 'side_effect'}
_allowed_names.update('_mock_' + n for n in (
    'return_value', 'side_effect', 'parent', 'new_parent', 'name',
    'new_name'))


def _delegating_property(name):
    """A property stored as _mock_<name>, or read from/written to the
    delegate (the function made by autospec) when there is one."""
    _allowed_names.add(name)
    private = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is not None:
            return getattr(delegate, name)
        return getattr(self, private)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is not None:
            setattr(delegate, name, value)
        else:
            self.__dict__[private] = value

    return property(getter, setter)


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value as a child of parent unless it already has a name or a
    parent, or would become its own ancestor.  True if adopted."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or
            value._mock_parent is not None or
            value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


class _MockIter(object):
    # Marks an iterator that the mock made from an iterable side_effect.
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


def _first_error(items):
    for item in items:
        if isinstance(item, Exception):
            return item
    return None


def _sequence_problem(kind, wanted, cause):
    # first line(s) of the message of assert_has_calls / assert_has_awaits
    if cause is None:
        return kind.capitalize() + ' not found.'
    errors = [e if isinstance(e, Exception) else None for e in wanted]
    return f'Error processing expected {kind}.\nErrors: {errors}'


def _check_spec_arg_typos(kwargs_to_check):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs_to_check:
            raise RuntimeError(
                f"{typo!r} might be a typo; use unsafe=True if this is intended"
            )


def _create_autospec(*args, **kwargs):
    from ._autospec import create_autospec
    return create_autospec(*args, **kwargs)


_UNSAFE_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')


# ------------------------------------------------------------- mock classes

class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A non-callable version of `Mock`"""

    # One lock shared by all mocks guards the creation of child mocks.
    _lock = threading.RLock()

    def __new__(cls, spec=None, wraps=None, name=None, spec_set=None,
                parent=None, _spec_state=None, _new_name='',
                _new_parent=None, _spec_as_instance=False, _eat_self=None,
                unsafe=False, **kwargs):
        # Each mock gets a class of its own, so that magic methods can be
        # configured per mock.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            given = spec_set or spec
            if given is not None and _is_async_obj(given):
                bases = (AsyncMockMixin, cls)
        klass = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(klass)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False

        if spec_set is not None:
            spec, spec_set = spec_set, True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set,
                            _spec_as_instance=_spec_as_instance,
                            _eat_self=_eat_self)

        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe

        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state)

    # ----- configuration

    def attach_mock(self, mock, attribute):
        """Attach a mock as an attribute of this one, replacing its name and
        parent; its calls are then recorded in method_calls and mock_calls
        of this mock."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (an object or a
        list of names); with spec_set, setting others fails too."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        async_names = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _get_signature_object(spec, _spec_as_instance, _eat_self)
            signature = found and found[1]
            names = dir(spec)
            for attr in names:
                raw = inspect.getattr_static(spec, attr, None)
                try:
                    raw = inspect.unwrap(raw)
                except ValueError:
                    pass
                if iscoroutinefunction(raw):
                    async_names.append(attr)
            spec = names
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = async_names

    def configure_mock(self, /, **kwargs):
        """Set attributes (dotted names reach child mocks) from keyword
        arguments, e.g. configure_mock(**{'method.return_value': 3})."""
        # Shallower names first, so parents exist before their attributes.
        for dotted, value in sorted(kwargs.items(),
                                    key=lambda item: item[0].count('.')):
            *path, last = dotted.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    # ----- return_value / side_effect / recorded calls

    def _rv_get(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT and self._mock_wraps is None:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _rv_set(self, value):
        delegate = self._mock_delegate
        if delegate is not None:
            delegate.return_value = value
            return
        self._mock_return_value = value
        _check_and_set_parent(self, value, name=None, new_name='()')

    # the value a call returns; by default a child mock made on first use
    return_value = property(_rv_get, _rv_set)

    @property
    def __class__(self):
        spec_class = self._spec_class
        return type(self) if spec_class is None else spec_class

    _dp = _delegating_property
    called = _dp('called')
    call_count = _dp('call_count')
    call_args = _dp('call_args')
    call_args_list = _dp('call_args_list')
    mock_calls = _dp('mock_calls')
    del _dp

    def _se_get(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect) and
                not isinstance(effect, _MockIter) and
                not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def _se_set(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(_se_get, _se_set)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        "Forget all calls (and, on request, return value and side effect)."
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))

        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None

        for child in self._mock_children.values():
            if child is _deleted or isinstance(child, _SpecState):
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        result = self._mock_return_value
        if _is_instance_mock(result) and result is not self:
            result.reset_mock(visited)

    # ----- attribute protocol

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        allowed = self._mock_methods
        if allowed is not None:
            if name not in allowed or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not allowed or name not in allowed):
            if name.startswith(_UNSAFE_PREFIXES) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")

        with NonCallableMock._lock:
            children = self._mock_children
            child = children.get(name)
            if child is _deleted:
                raise AttributeError(name)
            if child is None:
                wrapped = None
                if self._mock_wraps is not None:
                    wrapped = getattr(self._mock_wraps, name)
                child = self._get_child_mock(
                    parent=self, name=name, wraps=wrapped, _new_name=name,
                    _new_parent=self)
                children[name] = child
            elif isinstance(child, _SpecState):
                try:
                    child = _create_autospec(
                        child.spec, child.spec_set, child.instance,
                        child.parent, child.name)
                except InvalidSpecError:
                    target_name = self._mock_name or self
                    raise InvalidSpecError(
                        f'Cannot autospec attr {name!r} from target '
                        f'{target_name!r} as it has already been mocked out. '
                        f'[target={self!r}, attr={child.spec!r}]')
                children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in _allowed_names:
            # the property setters come through here
            return object.__setattr__(self, name, value)
        methods = self._mock_methods
        if (self._spec_set and methods is not None and
                name not in methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                # Tracked in mock_calls (new name) but not method_calls.
                _check_and_set_parent(self, value, name=None, new_name=name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                as_method = _get_method(name, value)
                setattr(type(self), name, as_method)
                func = value
                value = lambda *args, **kw: func(self, *args, **kw)
        elif name == '__class__':
            self._spec_class = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value

        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(
                f'Cannot set {self._extract_mock_name()}.{name}')
        if isinstance(value, PropertyMock):
            self.__dict__[name] = value
            return
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # still a MagicProxy, never set on the instance
                return
        children = self._mock_children
        child = children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del children[name]
        children[name] = _deleted

    def __dir__(self):
        """dir() of a mock lists its public API, spec and children."""
        if not _filter_dir():
            return object.__dir__(self)
        names = set(self._mock_methods or [])
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in self.__dict__
                     if not n.startswith('_') or _is_magic(n))
        names.update(n for n, v in self._mock_children.items()
                     if v is not _deleted)
        return sorted(names)

    # ----- naming and repr

    def _extract_mock_name(self):
        pieces = [self._mock_new_name]
        sep = '' if self._mock_new_name == '()' else '.'
        node = self._mock_new_parent
        top = self
        while node is not None:
            top = node
            pieces.append(node._mock_new_name + sep)
            sep = '' if node._mock_new_name == '()' else '.'
            node = node._mock_new_parent
        pieces.reverse()
        head = top._mock_name or 'mock'
        if len(pieces) > 1 and pieces[1] not in ('()', '().'):
            head += '.'
        pieces[0] = head
        return ''.join(pieces)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            label = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (label, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part,
                                     spec_part, id(self))

    # ----- assertions

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        fmt = self._format_mock_call_signature
        expected = fmt(args, kwargs)
        actual = fmt(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _get_call_signature_from_name(self, name):
        # A dotted call name leads through the children to the signature
        # of the mock that made the call.
        if not name:
            return self._spec_signature
        signature = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            signature = child._spec_signature
        return signature

    def _call_matcher(self, _call):
        """Normalise a call with the spec's signature when there is one, so
        that positional and keyword forms of an argument compare equal.  A
        call that does not fit the signature gives its TypeError."""
        if isinstance(_call, tuple) and len(_call) > 2:
            signature = self._get_call_signature_from_name(_call[0])
        else:
            signature = self._spec_signature
        if signature is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as exc:
            return exc.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return f"\nCalls: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """assert that the mock was never called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        """assert that the mock was called at least once"""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """assert that the mock was called only once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """assert that the last call was made with the given arguments."""
        if self.call_args is None:
            wanted = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: %s'
                % (wanted, 'not called.'))
        self._compare_last(args, kwargs, self.call_args, 'call')

    def assert_called_once_with(self, /, *args, **kwargs):
        """assert that the mock was called exactly once, with the given
        arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """assert the mock has been called with the given calls (checked
        against mock_calls): in sequence, or in any order with any_order."""
        wanted, cause, missing, rest = self._match_calls(
            calls, self.mock_calls, any_order)
        if not any_order:
            if missing:
                head = _sequence_problem('calls', wanted, cause)
                raise AssertionError(
                    f'{head}\nExpected: {_CallList(calls)}\n'
                    f'  Actual: {safe_repr(self.mock_calls)}') from cause
        elif missing:
            who = self._mock_name or 'mock'
            raise AssertionError(
                f'{who!r} does not contain all of {tuple(missing)!r} in its '
                f'call list, found {rest!r} instead') from cause

    def assert_any_call(self, /, *args, **kwargs):
        """assert the mock has ever been called with the given arguments."""
        self._check_any(args, kwargs, self.call_args_list, 'call')

    # ----- shared by the call and await assertions

    def _compare_last(self, args, kwargs, last, action):
        want = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(last) == want:
            return
        message = self._format_mock_failure_message(args, kwargs,
                                                    action=action)
        raise AssertionError(message) from _first_error([want])

    def _check_any(self, args, kwargs, history, action):
        want = self._call_matcher(_Call((args, kwargs), two=True))
        cause = _first_error([want])
        seen = _AnyComparer(map(self._call_matcher, history))
        if cause is None and want in seen:
            return
        text = self._format_mock_call_signature(args, kwargs)
        raise AssertionError(f'{text} {action} not found') from cause

    def _match_calls(self, calls, history, any_order):
        """Match expected calls against recorded ones.  Returns the
        normalised expected calls, the first error among them, whether
        (in order) or which (any order) were not found, and (any order) the
        recorded calls left over."""
        wanted = [self._call_matcher(c) for c in calls]
        cause = _first_error(wanted)
        seen = _CallList(map(self._call_matcher, history))
        if not any_order:
            return wanted, cause, wanted not in seen, None
        rest = list(seen)
        missing = []
        for item in wanted:
            if item in rest:
                rest.remove(item)
            else:
                missing.append(item)
        return wanted, cause, missing, rest

    # ----- children

    def _get_child_mock(self, /, **kw):
        """Make the mock used for an attribute or the return value.  Child
        mocks have the parent's type; non-callable mocks get the callable
        variant."""
        if self._mock_sealed:
            suffix = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + suffix)
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if (new_name in _all_sync_magics or
                    self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(own, NonCallableMock):
                klass = Mock
        else:
            klass = own.__mro__[1]
        return klass(**kw)


# Attribute names that are typos of assertion methods (assert_ dropped).
_ATTRIB_DENY_LIST = frozenset(
    n[len('assert_'):] for n in dir(NonCallableMock)
    if n.startswith('assert_'))


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        # set first: keyword configuration may read it
        state = self.__dict__
        state['_mock_return_value'] = return_value
        super(CallableMixin, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state, _new_name,
            _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # replaced by autospec with a function of the right signature
        pass

    def __call__(self, /, *args, **kwargs):
        # no `self` name in the signature: the mocked callable may use it
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)  # record first
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        # Recorded before running, so that awaited calls show up at once.
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        own_call = _Call(('', args, kwargs))
        self.mock_calls.append(own_call)

        # method_calls go up through the parents, named by their names
        method_name = self._mock_name
        track_methods = self._mock_parent is not None
        # mock_calls go up through the new parents, named by new names
        call_name = self._mock_new_name
        after_call = call_name == '()'

        ancestor = self._mock_new_parent
        while ancestor is not None:
            if track_methods:
                ancestor.method_calls.append(
                    _Call((method_name, args, kwargs)))
                track_methods = ancestor._mock_parent is not None
                if track_methods:
                    method_name = ancestor._mock_name + '.' + method_name

            ancestor.mock_calls.append(_Call((call_name, args, kwargs)))
            prefix = ancestor._mock_new_name
            if prefix:
                joiner = '' if after_call else '.'
                after_call = prefix == '()'
                call_name = prefix + joiner + call_name
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if _callable(effect):
                result = effect(*args, **kwargs)
            else:
                result = next(effect)
                if _is_exception(result):
                    raise result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        delegate = self._mock_delegate
        if delegate and delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """
    A callable mock object.  Arguments: spec / spec_set (an object or list
    of names limiting the attributes), side_effect (an exception to raise,
    an iterable of results or a function to call), return_value, wraps (an
    object calls and attributes are passed to), name (shown in the repr),
    unsafe (allow attributes that look like misspelt assertions).  Other
    keyword arguments configure attributes of the mock.
    """


# --------------------------------------------------------------- magic mocks

class MagicProxy(Base):
    """Class attribute standing for a magic method not created yet."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        name, owner = self.name, self.parent
        method = owner._get_child_mock(name=name, _new_name=name,
                                       _new_parent=owner)
        setattr(owner, name, method)
        _set_return_value(owner, method, name)
        return method

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):

    def __init__(self, /, *args, **kw):
        # before: keyword configuration may touch magic methods;
        # after: the base __init__ may have replaced them
        self._mock_set_magics()
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        supported = _magics | _async_method_magics
        wanted = supported
        klass = type(self)
        if getattr(self, '_mock_methods', None) is not None:
            wanted = supported.intersection(self._mock_methods)
            for name in supported - wanted:
                if name in klass.__dict__:
                    delattr(self, name)
        for name in wanted - set(klass.__dict__):
            setattr(klass, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (an object or a
        list of names); with spec_set, setting others fails too."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """
    A Mock with default implementations of most magic methods.  With a
    spec, only the magic methods of the spec are set up.  Attributes and
    return values of a MagicMock are MagicMocks too.
    """

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (an object or a
        list of names); with spec_set, setting others fails too."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()

    def reset_mock(self, /, *args, return_value=False, **kwargs):
        # A magic method mock keeps its default return value (so that
        # str() keeps returning a str).
        if return_value and self._mock_name and _is_magic(self._mock_name):
            return_value = False
        kwargs['return_value'] = return_value
        super().reset_mock(*args, **kwargs)


# --------------------------------------------------------------- async mocks

try:
    _code_init = partial(CodeType.__init__, None)
    _CODE_SIG = inspect.signature(_code_init)
    _CODE_ATTRS = dir(CodeType)
except (ValueError, TypeError):
    _CODE_SIG = None


class AsyncMockMixin(Base):
    await_count, await_args, await_args_list = map(
        _delegating_property, ('await_count', 'await_args', 'await_args_list'))

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state = self.__dict__
        # Marks for asyncio.iscoroutinefunction() and (with the function-like
        # attributes below) inspect.iscoroutinefunction().  Stored directly
        # because a spec_set would refuse them.
        state['_is_coroutine'] = asyncio.coroutines._is_coroutine
        state['_mock_await_count'] = 0
        state['_mock_await_args'] = None
        state['_mock_await_args_list'] = _CallList()
        if _CODE_SIG:
            code = NonCallableMock(spec_set=_CODE_ATTRS)
            code.__dict__['_spec_class'] = CodeType
            code.__dict__['_spec_signature'] = _CODE_SIG
        else:
            code = NonCallableMock(spec_set=CodeType)
        code.co_flags = (inspect.CO_COROUTINE | inspect.CO_VARARGS |
                         inspect.CO_VARKEYWORDS)
        code.co_argcount = 0
        code.co_varnames = ('args', 'kwargs')
        code.co_posonlyargcount = 0
        code.co_kwonlyargcount = 0
        state['__code__'] = code
        state['__name__'] = 'AsyncMock'
        state['__defaults__'] = tuple()
        state['__kwdefaults__'] = {}
        state['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kw):
        kwargs = kw
        this_await = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_await
        self.await_args_list.append(this_await)

        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # a StopIteration cannot leave a coroutine (PEP 479)
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        wrapped = self._mock_wraps
        if wrapped is not None:
            if iscoroutinefunction(wrapped):
                return await wrapped(*args, **kwargs)
            return wrapped(*args, **kwargs)
        return self.return_value

    def _await_count_error(self, what):
        who = self._mock_name or 'mock'
        return AssertionError(f"Expected {who} to {what}."
                              f" Awaited {self.await_count} times.")

    def assert_awaited(self):
        """Assert that the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(
                f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        """Assert that the mock was awaited exactly once."""
        if self.await_count != 1:
            raise self._await_count_error('have been awaited once')

    def assert_awaited_with(self, /, *args, **kwargs):
        """Assert that the last await was with the given arguments."""
        if self.await_args is None:
            wanted = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {wanted}\nNot awaited')
        self._compare_last(args, kwargs, self.await_args, 'await')

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Assert that the mock was awaited exactly once, with the given
        arguments."""
        if self.await_count != 1:
            raise self._await_count_error('have been awaited once')
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Assert the mock has ever been awaited with the given arguments."""
        self._check_any(args, kwargs, self.await_args_list, 'await')

    def assert_has_awaits(self, calls, any_order=False):
        """Assert the mock has been awaited with the given calls (checked
        against await_args_list), in sequence or, with any_order, in any
        order."""
        wanted, cause, missing, rest = self._match_calls(
            calls, self.await_args_list, any_order)
        if not any_order:
            if missing:
                head = _sequence_problem('awaits', wanted, cause)
                raise AssertionError(
                    f'{head}\nExpected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}') from cause
        elif missing:
            raise AssertionError(
                f'{tuple(missing)!r} not all found in await list') from cause

    def assert_not_awaited(self):
        """Assert that the mock was never awaited."""
        if self.await_count != 0:
            raise self._await_count_error('not have been awaited')

    def reset_mock(self, /, *args, **kwargs):
        """Like Mock.reset_mock(), also forgetting the awaits."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """
    A Mock standing for an async function: iscoroutinefunction() is true
    for it and calling it returns an awaitable.  Awaiting gives the result
    of side_effect (a function, possibly async; an exception to raise; an
    iterable of results) or else return_value (by default a new AsyncMock).
    """


class _AsyncIterator:
    """An async iterator over a plain iterator."""

    def __init__(self, iterator):
        self.iterator = iterator
        code = NonCallableMock(spec_set=CodeType)
        code.co_flags = inspect.CO_ITERABLE_COROUTINE
        self.__dict__['__code__'] = code

    async def __anext__(self):
        for item in self.iterator:
            return item
        raise StopAsyncIteration


# ------------------------------------------------------------ PropertyMock

class PropertyMock(Mock):
    """
    A mock for use as a property (or other descriptor) on a class: getting
    the attribute calls the mock with no arguments, setting it calls the
    mock with the new value.
    """

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ----------------------------------------------------------- ThreadingMock

_timeout_unset = sentinel.TIMEOUT_UNSET


class ThreadingMixin(Base):

    DEFAULT_TIMEOUT = None

    def _get_child_mock(self, /, **kw):
        for key in ('parent', '_new_parent'):
            owner = kw.get(key)
            if isinstance(owner, ThreadingMixin):
                kw['timeout'] = owner._mock_wait_timeout
                break
        return super()._get_child_mock(**kw)

    def __init__(self, *args, timeout=_timeout_unset, **kwargs):
        super().__init__(*args, **kwargs)
        if timeout is _timeout_unset:
            timeout = self.DEFAULT_TIMEOUT
        state = self.__dict__
        state['_mock_event'] = threading.Event()
        state['_mock_calls_events'] = []
        state['_mock_calls_events_lock'] = threading.Lock()
        state['_mock_wait_timeout'] = timeout

    def reset_mock(self, /, *args, **kwargs):
        """Like Mock.reset_mock(), also forgetting the calls waited for."""
        super().reset_mock(*args, **kwargs)
        self.__dict__['_mock_event'] = threading.Event()
        self.__dict__['_mock_calls_events'] = []

    def _event_for(self, args, kwargs):
        with self._mock_calls_events_lock:
            for known_args, known_kwargs, event in self._mock_calls_events:
                if (known_args, known_kwargs) == (args, kwargs):
                    return event
            event = threading.Event()
            self._mock_calls_events.append((args, kwargs, event))
        return event

    def _mock_call(self, *args, **kwargs):
        result = super()._mock_call(*args, **kwargs)
        self._event_for(args, kwargs).set()
        self._mock_event.set()
        return result

    def wait_until_called(self, *, timeout=_timeout_unset):
        """Block until the mock has been called, or fail after timeout
        seconds (by default the mock's timeout; None waits forever)."""
        if timeout is _timeout_unset:
            timeout = self._mock_wait_timeout
        if not self._mock_event.wait(timeout=timeout):
            raise AssertionError(
                f"{self._mock_name or 'mock'} was not called before"
                f" timeout({timeout}).")

    def wait_until_any_call_with(self, *args, **kwargs):
        """Block until the mock has been called with these arguments, or
        fail after the mock's timeout."""
        event = self._event_for(args, kwargs)
        if not event.wait(timeout=self._mock_wait_timeout):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs))


class ThreadingMock(ThreadingMixin, MagicMixin, Mock):
    """
    A MagicMock whose calls can be waited for from other threads (see
    wait_until_called and wait_until_any_call_with).  The timeout argument,
    or the class's DEFAULT_TIMEOUT, bounds the waits; None waits forever.
    """


# -------------------------------------------------------------------- seal

def seal(mock):
    """Stop mock (and, recursively, the child mocks it made or was given
    without a name or spec) from creating further child mocks: getting an
    attribute not already set then raises AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(child._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
