# unittest.mock: mock objects and patching helpers for tests, following
# CPython 3.13's unittest.mock.

__all__ = (
    'Mock',
    'MagicMock',
    'patch',
    'sentinel',
    'DEFAULT',
    'ANY',
    'call',
    'create_autospec',
    'AsyncMock',
    'ThreadingMock',
    'FILTER_DIR',
    'NonCallableMock',
    'NonCallableMagicMock',
    'mock_open',
    'PropertyMock',
    'seal',
)

from . import _mocks
from ._base import (
    ANY, DEFAULT, FunctionTypes, InvalidSpecError, call, sentinel, _ANY,
    _Call, _CallList, _Sentinel, _SentinelObject, _SpecState,
    _format_call_signature, _is_exception, _callable, _instance_callable,
    _get_signature_object, _copy_func_details, _try_iter,
)
from ._mocks import (
    Base, NonCallableMock, CallableMixin, Mock, MagicMixin, MagicMock,
    NonCallableMagicMock, MagicProxy, AsyncMockMixin, AsyncMagicMixin,
    AsyncMock, PropertyMock, ThreadingMixin, ThreadingMock, seal,
    _is_instance_mock, _is_async_obj, _is_async_func, _all_magics, _magics,
    _non_defaults, _async_magics, _all_sync_magics, _unsupported_magics,
    _return_values, _calculate_return_value, _side_effect_methods,
    _check_and_set_parent, _AsyncIterator, _ATTRIB_DENY_LIST,
)
from ._autospec import create_autospec, _check_signature, _set_signature, \
    _must_skip
from ._patch import patch, _patch, _patch_dict, _get_target, _clear_dict
from ._open import mock_open

# Set to False to make dir() of mocks list everything.
FILTER_DIR = True
