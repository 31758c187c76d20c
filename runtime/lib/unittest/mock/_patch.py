# unittest.mock patching: patch(), patch.object(), patch.dict(),
# patch.multiple() and patch.stopall().

import contextlib
import inspect
import pkgutil
import sys
from functools import partial, wraps
from types import ModuleType

from ._base import DEFAULT, InvalidSpecError, _builtins, _instance_callable, \
    _is_list
from ._mocks import (
    AsyncMock, MagicMock, NonCallableMagicMock, NonCallableMock,
    _check_spec_arg_typos, _is_async_obj, _is_instance_mock,
)
from ._autospec import create_autospec


def _decorate_test_methods(klass, make_decorator):
    # Used when a patcher decorates a class: wrap its test methods.
    for attr in dir(klass):
        if not attr.startswith(patch.TEST_PREFIX):
            continue
        value = getattr(klass, attr)
        if not hasattr(value, '__call__'):
            continue
        setattr(klass, attr, make_decorator()(value))
    return klass


# Attributes restored with setattr even when deleting would do.
_RESTORED_SPECIAL = ('__doc__', '__module__', '__defaults__',
                     '__annotations__', '__kwdefaults__')


class _patch(object):

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec '
                f'has already been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set '
                f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    # ----- as a decorator

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        return _decorate_test_methods(klass, self.copy)

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        added = []
        with contextlib.ExitStack() as stack:
            for patcher in patched.patchings:
                result = stack.enter_context(patcher)
                if patcher.attribute_name is not None:
                    keywargs.update(result)
                elif patcher.new is DEFAULT:
                    added.append(result)
            yield args + tuple(added), keywargs

    def decorate_callable(self, func):
        # Stacked patch decorators share one wrapper.
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (a, kw):
                return func(*a, **kw)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (a, kw):
                return await func(*a, **kw)
        patched.patchings = [self]
        return patched

    # ----- performing the patch

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)  # maybe inherited
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(
                "%s does not have the attribute %r" % (target, name))
        return original, local

    def _make_default_mock(self, original, spec, spec_set):
        # new=DEFAULT without autospec: build a MagicMock-like object.
        kwargs = self.kwargs
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec, spec_set = None, original
        elif spec is not None:
            if spec_set is True:
                spec, spec_set = None, spec
        elif spec_set is True:
            spec_set = original

        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                # the mock's return value stands for an instance
                inherit = True

        the_spec = spec if spec_set is None else spec_set
        if self.new_callable is not None:
            klass = self.new_callable
        elif spec is None and _is_async_obj(original):
            klass = AsyncMock
        elif the_spec is not None:
            if _is_list(the_spec):
                not_callable = '__call__' not in the_spec
            else:
                not_callable = not callable(the_spec)
            if _is_async_obj(the_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
            else:
                klass = MagicMock
        else:
            klass = MagicMock

        mock_kwargs = {}
        if spec is not None:
            mock_kwargs['spec'] = spec
        if spec_set is not None:
            mock_kwargs['spec_set'] = spec_set
        if (isinstance(klass, type) and issubclass(klass, NonCallableMock)
                and self.attribute):
            mock_kwargs['name'] = self.attribute
        mock_kwargs.update(kwargs)
        new = klass(**mock_kwargs)

        if inherit and _is_instance_mock(new):
            # only a spec that is not a list says if instances are callable
            if not _is_list(the_spec) and not _instance_callable(the_spec):
                klass = NonCallableMagicMock
            mock_kwargs.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()',
                                     **mock_kwargs)
        return new

    def _make_autospec_mock(self, original, autospec, spec_set):
        if self.new is not DEFAULT:
            raise TypeError(
                "autospec creates the mock for you. Can't specify "
                "autospec and new.")
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        spec_set = bool(spec_set)
        if autospec is True:
            autospec = original
        if _is_instance_mock(self.target):
            raise InvalidSpecError(
                f'Cannot autospec attr {self.attribute!r} as the patch '
                f'target has already been mocked out. '
                f'[target={self.target!r}, attr={autospec!r}]')
        if _is_instance_mock(autospec):
            target_name = getattr(self.target, '__name__', None)
            if target_name is None:
                target_name = self.target
            raise InvalidSpecError(
                f'Cannot autospec attr {self.attribute!r} from target '
                f'{target_name!r} as it has already been mocked out. '
                f'[target={self.target!r}, attr={autospec!r}]')
        return create_autospec(autospec, spec_set=spec_set,
                               _name=self.attribute, **self.kwargs)

    def __enter__(self):
        """Perform the patch."""
        new = self.new
        # False means "not given" for these three
        spec = None if self.spec is False else self.spec
        spec_set = None if self.spec_set is False else self.spec_set
        autospec = None if self.autospec is False else self.autospec
        self.target = self.getter()

        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and
                spec_set not in (True, None)):
            raise TypeError(
                "Can't provide explicit spec_set *and* spec or autospec")

        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_default_mock(original, spec, spec_set)
        elif autospec is not None:
            new = self._make_autospec_mock(original, autospec, spec_set)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        stack = self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            created = {}
            if self.new is DEFAULT:
                created[self.attribute_name] = new
            for patcher in self.additional_patchers:
                result = stack.enter_context(patcher)
                if patcher.new is DEFAULT:
                    created.update(result)
            return created
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        target, name = self.target, self.attribute
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(target, name, self.temp_original)
        else:
            delattr(target, name)
            if not self.create and (not hasattr(target, name) or
                                    name in _RESTORED_SPECIAL):
                # e.g. proxy objects that delete their own attributes
                setattr(target, name, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Start patching; returns what the with statement would bind."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # never started
            return None
        return self.__exit__(None, None, None)


def _resolve(dotted):
    return pkgutil.resolve_name(dotted)


def _get_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (AttributeError, TypeError, ValueError) as exc:
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve, owner), attribute


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """Patch the attribute named `attribute` of the object `target`; the
    other arguments are those of patch()."""
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None,
                    **kwargs):
    """Patch several attributes of target (an object, or its dotted name)
    at once, named by the keyword arguments.  Values of DEFAULT make mocks,
    passed by keyword to a decorated function or returned in a dict by the
    context manager."""
    if type(target) is str:
        getter = partial(_resolve, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError(
            'Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        patcher = _patch(getter, attribute, new, spec, create, spec_set,
                         autospec, new_callable, {})
        patcher.attribute_name = attribute
        patchers.append(patcher)
    first = patchers[0]
    first.additional_patchers.extend(patchers[1:])
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace `target` (a dotted name 'package.module.attr', imported when
    the patch starts) with `new` for the duration of a decorated function,
    the methods of a decorated class whose names start with
    patch.TEST_PREFIX, or a with statement.

    Without `new`, a MagicMock (AsyncMock for async functions) is made and
    passed to the decorated function as an extra argument, or returned by
    the context manager.  spec / spec_set / autospec (True: use the replaced
    object) constrain that mock; new_callable makes it instead; create=True
    allows patching an attribute that does not exist.  Other keyword
    arguments configure the created mock."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _copy_mapping(mapping):
    try:
        return mapping.copy()
    except AttributeError:
        return {key: mapping[key] for key in mapping}


def _update_mapping(mapping, values):
    try:
        mapping.update(values)
    except AttributeError:
        for key in values:
            mapping[key] = values[key]


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


class _patch_dict(object):
    """
    Set values in a dictionary (or mapping, or the dotted name of one) for
    the duration of a test and restore its original contents afterwards.
    `values` is a mapping or an iterable of pairs; keyword arguments add
    more; with clear=True the dictionary is emptied first.  Works as a
    context manager, a function decorator or a class decorator.
    """

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        return _decorate_test_methods(
            klass, lambda: _patch_dict(self.in_dict, self.values, self.clear))

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        in_dict = self.in_dict
        self._original = _copy_mapping(in_dict)
        if self.clear:
            _clear_dict(in_dict)
        _update_mapping(in_dict, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _update_mapping(self.in_dict, self._original)

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Start patching; returns what the with statement would bind."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    """Stop all active patches, the most recently started first."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
