"""Functions to call when the interpreter exits (last registered, first called)."""

import _thread

_callbacks = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _run_exitfuncs():
    """Call and forget the callbacks, last first; an exception is reported and the
    remaining callbacks still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # The report starts at the callback, not at this loop.
            if exc.__traceback__ is not None:
                exc.__traceback__ = exc.__traceback__.tb_next
            _thread._unraisable("Exception ignored in atexit callback %r" % (func,), exc)


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)
