"""Ctrl-C handling for test runs (the -c/--catch option): the first SIGINT asks
every registered result to stop after the current test; a second one interrupts
as usual."""

import functools
import signal
import weakref

# Frames of this module are hidden from reported tracebacks.
__unittest = True


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                # Not installed by Python: the usual KeyboardInterrupt.
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        if signal.getsignal(signal.SIGINT) is not self:
            # Replaced since: behave as the handler we replaced.
            self.default_handler(signum, frame)
        if self.called:
            # Second Ctrl-C: interrupt for real.
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


# The registered results, held weakly: a finished run's result needs no
# removeResult to be let go.
_results = weakref.WeakKeyDictionary()


def registerResult(result):
    """Make result stop at the next Ctrl-C while the handler is installed."""
    _results[result] = 1


def removeResult(result):
    """Unregister result; True if it was registered."""
    return _results.pop(result, None) is not None


_interrupt_handler = None


def installHandler():
    """Install the Ctrl-C handler (once)."""
    global _interrupt_handler
    if _interrupt_handler is None:
        default_handler = signal.getsignal(signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler)
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the SIGINT handler that installHandler replaced.  As a decorator,
    run the decorated function with the original handler in place."""
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return inner

    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
