"""Handles, the abstract event loop interface, and the policy that finds the current loop.

A Handle is a callback with its arguments and context, queued by call_soon(); a
TimerHandle adds the loop time it is due at. The running loop of each thread is kept in a
thread-local record, so get_running_loop() works from any coroutine or callback.
"""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
    'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
    'set_event_loop', 'new_event_loop', 'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop', '_get_running_loop',
)

import contextvars
import os
import sys
import threading

from . import format_helpers


class Handle:
    """A scheduled callback; call_soon() and friends return one so that it
    can be cancelled."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback',
                 '_repr', '_context')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))
        else:
            self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers.format_callback_source(
                self._callback, self._args, debug=self._loop.get_debug()))
        if self._source_traceback:
            filename, lineno = self._source_traceback[-1][:2]
            info.append(f'created at {filename}:{lineno}')
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        info = self._repr_info()
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # Keep the repr of the callback: it is dropped below to free it.
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers.format_callback_source(
                callback, args, debug=self._loop.get_debug())
            report = {'message': f'Exception in callback {where}',
                      'exception': exc, 'handle': self}
            created = self._source_traceback
            if created:
                report['source_traceback'] = created
            self._loop.call_exception_handler(report)
        self = None  # drop the reference to the exception's frame


class _ThreadSafeHandle(Handle):
    """A Handle that other threads may cancel while the loop runs it."""

    __slots__ = ('_lock',)

    def __init__(self, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._lock = threading.RLock()

    def cancelled(self):
        with self._lock:
            return self._cancelled

    def cancel(self):
        with self._lock:
            return super().cancel()

    def _run(self):
        # The callback is read under the lock, so a cancel() from another thread either
        # happens first (and the callback does not run) or waits for it.
        with self._lock:
            return super()._run()


class TimerHandle(Handle):
    """A Handle due at a given loop time, as call_later() and call_at()
    return; timer handles order by that time."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        if self._source_traceback:
            del self._source_traceback[-1]
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return a scheduled callback time (loop time, in seconds)."""
        return self._when


class AbstractServer:
    """Interface of the server objects that create_server() returns."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _abstract(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = 'AbstractEventLoop.' + name
    return method


def _abstract_async(name):
    async def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = 'AbstractEventLoop.' + name
    return method


class AbstractEventLoop:
    """Abstract event loop: every method raises NotImplementedError."""


_SYNC_METHODS = (
    'run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed', 'close',
    '_timer_handle_cancelled', 'call_soon', 'call_later', 'call_at', 'time',
    'create_future', 'create_task', 'call_soon_threadsafe', 'run_in_executor',
    'set_default_executor', 'add_reader', 'remove_reader', 'add_writer', 'remove_writer',
    'add_signal_handler', 'remove_signal_handler', 'set_task_factory', 'get_task_factory',
    'get_exception_handler', 'set_exception_handler', 'default_exception_handler',
    'call_exception_handler', 'get_debug', 'set_debug')
_ASYNC_METHODS = (
    'shutdown_asyncgens', 'shutdown_default_executor', 'getaddrinfo', 'getnameinfo',
    'create_connection', 'create_server', 'sendfile', 'start_tls', 'create_unix_connection',
    'create_unix_server', 'connect_accepted_socket', 'create_datagram_endpoint',
    'connect_read_pipe', 'connect_write_pipe', 'subprocess_shell', 'subprocess_exec',
    'sock_recv', 'sock_recv_into', 'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall',
    'sock_sendto', 'sock_connect', 'sock_accept', 'sock_sendfile')
for _name in _SYNC_METHODS:
    setattr(AbstractEventLoop, _name, _abstract(_name))
for _name in _ASYNC_METHODS:
    setattr(AbstractEventLoop, _name, _abstract_async(_name))
del _name


class AbstractEventLoopPolicy:
    """Interface of event loop policies, which decide what the current
    event loop is and make new ones."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread, created on demand only in the main thread."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local._loop is None and not self._local._set_called
                and threading.current_thread() is threading.main_thread()):
            import warnings
            # Point the warning at the caller of asyncio.get_event_loop().
            stacklevel = 2
            try:
                f = sys._getframe(1)
            except AttributeError:
                pass
            else:
                while f is not None and f.f_globals.get('__name__', '').startswith('asyncio'):
                    f = f.f_back
                    stacklevel += 1
            warnings.warn('There is no current event loop', DeprecationWarning,
                          stacklevel=stacklevel)
            fresh = self.new_event_loop()
            self.set_event_loop(fresh)
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_lock = threading.Lock()


class _RunningLoop(threading.local):
    owner = (None, None)  # (loop, pid of the process that set it)


_running_loop = _RunningLoop()


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """The loop running in this thread, or None (no error)."""
    # A loop inherited through fork() is not running in the child.
    loop, pid = _running_loop.owner
    if loop is None or pid != os.getpid():
        return None
    return loop


def _set_running_loop(loop):
    """Set the running event loop (for the loop's own use)."""
    _running_loop.owner = (loop, os.getpid())


def _make_default_policy():
    global _event_loop_policy
    with _lock:
        if _event_loop_policy is None:
            from . import DefaultEventLoopPolicy as policy_class
            _event_loop_policy = policy_class()


def get_event_loop_policy():
    """The policy in use, creating the default one on first call."""
    if _event_loop_policy is None:
        _make_default_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy; None restores the default."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """Return the running loop, or else the current policy's loop for this thread."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Make loop the current event loop of this thread (via the policy)."""
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    """A new event loop, made by the current policy."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    raise NotImplementedError('asyncio.get_child_watcher() (no subprocess support)')


def set_child_watcher(watcher):
    raise NotImplementedError('asyncio.set_child_watcher() (no subprocess support)')
