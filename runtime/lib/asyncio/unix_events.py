"""The event loop and policy used by default, with signal handlers.

The loop class keeps CPython's name _UnixSelectorEventLoop so that reprs and type names
match, although it waits on timers and a wake-up event rather than on a selector.
"""

__all__ = (
    'SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
    'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
    'DefaultEventLoopPolicy', 'EventLoop',
)

import signal
import threading

from . import base_events
from . import coroutines
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop, with add_signal_handler() support."""

    def __init__(self, selector=None):
        if selector is not None:
            raise NotImplementedError('selectors are not supported by the Weft event loop')
        super().__init__()
        self._signal_handlers = {}

    def close(self):
        super().close()
        if not self.is_closed():
            return
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) on the loop whenever signal sig arrives (main thread only)."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        handle = events.Handle(callback, args, loop=self)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, self._on_signal)
        except (OSError, ValueError) as exc:
            del self._signal_handlers[sig]
            if isinstance(exc, ValueError) or threading.current_thread() is not threading.main_thread():
                raise RuntimeError(f'sig {sig:d} cannot be caught') from exc
            raise

    def _on_signal(self, sig, frame):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._add_callback_signalsafe(handle)

    def remove_signal_handler(self, sig):
        """Remove the handler of signal sig; return whether there was one."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            raise RuntimeError(f'sig {sig:d} cannot be caught') from exc
        return True


class AbstractChildWatcher:
    """Child watchers (deprecated) serve subprocesses, which are not supported."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            f'asyncio.{type(self).__name__} is not supported: Weft has no subprocesses '
            f'in asyncio')


class SafeChildWatcher(AbstractChildWatcher):
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class PidfdChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    pass


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """Default policy: one _UnixSelectorEventLoop per thread."""

    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
EventLoop = SelectorEventLoop
