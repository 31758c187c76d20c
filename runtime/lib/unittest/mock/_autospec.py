# unittest.mock autospeccing: create_autospec() and the signature-checking
# function wrappers it builds for mocked functions.

import inspect
from asyncio import iscoroutinefunction
from functools import partial
import asyncio

from ._base import (
    DEFAULT, FunctionTypes, InvalidSpecError, _CallList, _SpecState,
    _callable, _copy_func_details, _get_signature_object, _instance_callable,
    _is_list, _is_magic,
)
from ._mocks import (
    AsyncMock, MagicMock, NonCallableMagicMock, _check_spec_arg_typos,
    _is_async_func, _is_instance_mock,
)


def _check_signature(func, mock, skipfirst, instance=False):
    """Make calls of mock check their arguments against func's signature."""
    found = _get_signature_object(func, instance, skipfirst)
    if found is None:
        return
    func, signature = found

    def checksig(self, /, *args, **kwargs):
        signature.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    klass = type(mock)
    klass._mock_check_sig = checksig
    klass.__signature__ = signature


def _signature_checker(original, instance):
    found = _get_signature_object(original, instance,
                                  isinstance(original, type))
    if found is None:
        return None
    func, signature = found

    def checksig(*args, **kwargs):
        signature.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    return checksig, signature


def _name_function(function, original):
    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'
    function.__name__ = name
    function.__qualname__ = name


def _set_signature(mock, original, instance=False):
    """A real function with original's signature that forwards to mock."""
    checked = _signature_checker(original, instance)
    if checked is None:
        return mock
    checksig, signature = checked

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    _name_function(funcopy, original)
    _setup_func(funcopy, mock, signature)
    return funcopy


def _set_async_signature(mock, original, instance=False,
                         is_async_mock=False):
    """Like _set_signature, for async functions."""
    checksig, signature = _signature_checker(original, instance)

    async def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return await mock(*args, **kwargs)
    _name_function(funcopy, original)
    _setup_func(funcopy, mock, signature)
    _setup_async_mock(funcopy)
    return funcopy


_FORWARDED_ASSERTS = ('assert_called_with', 'assert_called_once_with',
                      'assert_has_calls', 'assert_any_call', 'assert_called',
                      'assert_not_called', 'assert_called_once')


def _forwarder(mock, name):
    def forward(*args, **kwargs):
        return getattr(mock, name)(*args, **kwargs)
    forward.__name__ = name
    return forward


def _setup_func(funcopy, mock, sig):
    """Give an autospecced function the attributes and assertion methods of
    its mock, and make the mock delegate its call records to it."""
    funcopy.mock = mock

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        result = funcopy.return_value
        if _is_instance_mock(result) and result is not mock:
            result.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()

    for attr in ('return_value', 'side_effect', '_mock_children'):
        setattr(funcopy, attr, getattr(mock, attr))

    for name in _FORWARDED_ASSERTS:
        setattr(funcopy, name, _forwarder(mock, name))
    funcopy.reset_mock = reset_mock
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


_AWAIT_ASSERTS = ('assert_awaited', 'assert_awaited_once',
                  'assert_awaited_with', 'assert_awaited_once_with',
                  'assert_any_await', 'assert_has_awaits',
                  'assert_not_awaited')


def _setup_async_mock(funcopy):
    funcopy._is_coroutine = asyncio.coroutines._is_coroutine
    funcopy.await_count = 0
    funcopy.await_args = None
    funcopy.await_args_list = _CallList()

    # The mock is looked up at call time: funcopy.mock may be replaced.
    def forward(attr, /, *args, **kwargs):
        return getattr(funcopy.mock, attr)(*args, **kwargs)

    for attr in _AWAIT_ASSERTS:
        setattr(funcopy, attr, partial(forward, attr))


def _must_skip(spec, entry, is_type):
    """Does calling spec's attribute entry leave out its first parameter?"""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            # an instance attribute is never bound
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, FunctionTypes):
            # looked up on the class, self is still to be passed
            return is_type
        return False
    # provided dynamically
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """Create a mock using spec as its specification, recursively: its
    attributes are specced on the matching attributes of spec, and mocked
    functions and methods check the arguments they are called with.

    With spec_set, setting attributes missing from spec fails.  A class spec
    gives a mock whose return value (the instance) has the same spec; with
    instance=True the mock stands for an instance of the class and is only
    callable if such instances are.  Other keyword arguments are passed to
    the mock's constructor."""
    if _is_list(spec):
        # a list would be taken for a list of attribute names
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. '
                               f'[object={spec!r}]')
    is_async_func = _is_async_func(spec)

    if spec_set:
        mock_kwargs = {'spec_set': spec}
    elif spec is None:
        mock_kwargs = {}
    else:
        mock_kwargs = {'spec': spec}
    if mock_kwargs and instance:
        mock_kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)

    _name = kwargs.pop('name', _name)
    # only a child mock has a name in the parent's calls
    _new_name = '' if _parent is None else _name
    mock_kwargs.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        # nothing is known about what a descriptor returns
        mock_kwargs = {}
    elif is_async_func:
        if instance:
            raise RuntimeError("Instance can not be True when create_autospec "
                               "is mocking an async function")
        klass = AsyncMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock

    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                 name=_name, **mock_kwargs)

    if isinstance(spec, FunctionTypes):
        # only at the top level: functions are not recursed into
        if is_async_func:
            mock = _set_async_signature(mock, spec)
        else:
            mock = _set_signature(mock, spec)
    else:
        _check_signature(spec, mock, skipfirst=is_type, instance=instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    wrapped = kwargs.pop('wraps', None)
    if is_type and not instance and 'return_value' not in kwargs:
        instance_mock = create_autospec(
            spec, spec_set, instance=True, _name='()', _parent=mock,
            wraps=wrapped)
        mock.return_value = instance_mock

    for entry in dir(spec):
        if _is_magic(entry):
            # MagicMock handles the magic methods itself
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue

        if spec_set:
            child_kwargs = {'spec_set': original}
        else:
            child_kwargs = {'spec': original}
            if wrapped and hasattr(wrapped, entry):
                child_kwargs['wraps'] = original

        if not isinstance(original, FunctionTypes):
            # created lazily, on first access
            child = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = child
        else:
            parent = mock.mock if isinstance(spec, FunctionTypes) else mock
            skipfirst = _must_skip(spec, entry, is_type=is_type)
            child_kwargs['_eat_self'] = skipfirst
            if iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            child = child_klass(parent=parent, name=entry, _new_name=entry,
                                _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = child
            child.return_value = child_klass()
            _check_signature(original, child, skipfirst=skipfirst)

        if isinstance(child, FunctionTypes):
            setattr(mock, entry, child)

    # keyword arguments configure the top mock only
    if _is_instance_mock(mock) and kwargs:
        mock.configure_mock(**kwargs)
    return mock
