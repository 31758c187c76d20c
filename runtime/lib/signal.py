"""Set handlers for asynchronous events: the _signal module, with signal numbers, handler
constants and mask operations as IntEnum members."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _enum_members(pred):
    # Aliases (SIGIOT, SIGCLD, SIGPOLL) follow their first name in (value, name) order.
    found = [(name, value) for name, value in vars(_signal).items() if pred(name)]
    found.sort(key=lambda item: (item[1], item[0]))
    return found


Signals = _IntEnum('Signals', _enum_members(
    lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')),
    module=__name__)
Handlers = _IntEnum('Handlers', _enum_members(lambda name: name in ('SIG_DFL', 'SIG_IGN')),
                    module=__name__)
Sigmasks = _IntEnum('Sigmasks', _enum_members(
    lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')), module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_class):
    """value as a member of enum_class when it is one, else unchanged (handlers, RT signals)."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    return {_int_to_enum(x, Signals) for x in _signal.pthread_sigmask(how, mask)}


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    return _int_to_enum(_signal.sigwait(sigset), Signals)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


signal.__doc__ = _signal.signal.__doc__
getsignal.__doc__ = _signal.getsignal.__doc__
del _enum_members
Signals.__doc__ = Handlers.__doc__ = Sigmasks.__doc__ = 'An enumeration.'
