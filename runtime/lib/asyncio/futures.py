"""Future: the result of an operation that completes later, awaited by coroutines.

A Future starts PENDING and ends either FINISHED (with a result or an exception) or
CANCELLED. Its done callbacks never run at once: completing the future schedules each
one on the loop with call_soon(), in the order they were added, in the context they were
added with.
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures
import contextvars
import sys
from types import GenericAlias

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future: an instance of Future or of a compatible class."""
    # Compatible classes declare the _asyncio_future_blocking flag (None
    # opts out).
    if not hasattr(type(obj), '_asyncio_future_blocking'):
        return False
    return obj._asyncio_future_blocking is not None


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        return ''

    def format_cb(callback):
        return format_helpers.format_callback_source(callback, ())

    if size == 1:
        return format_cb(cb[0][0])
    if size == 2:
        return f'{format_cb(cb[0][0])}, {format_cb(cb[1][0])}'
    return f'{format_cb(cb[0][0])}, <{size - 2} more>, {format_cb(cb[-1][0])}'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        error = future._exception
        if error is None:
            info.append(f'result={format_helpers.limited_repr(future._result)}')
        else:
            info.append('exception=%r' % (error,))
    if future._callbacks:
        info.append(f'cb=[{_format_callbacks(future._callbacks)}]')
    if future._source_traceback:
        filename, lineno = future._source_traceback[-1][:2]
        info.append(f'created at {filename}:{lineno}')
    return info


class Future:
    """A result that will be available later; awaitable, with done callbacks."""

    __module__ = '_asyncio'

    # Class-level defaults: subclasses that skip __init__ still behave.
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _exception_tb = None

    # Set to True by __await__ when a coroutine yields the future to its Task, which
    # resets it after arranging its wake-up; also marks "is a future" for isfuture().
    _asyncio_future_blocking = False

    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    __class_getitem__ = classmethod(GenericAlias)

    def get_loop(self):
        """The event loop this future belongs to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        # The CancelledError raised by result() and by awaiting: the one the future was
        # cancelled with when a task saw it, or a new one carrying the cancel message.
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks; False if it is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        pending = list(self._callbacks)
        if not pending:
            return
        del self._callbacks[:]
        loop = self._loop
        for fn, ctx in pending:
            loop.call_soon(fn, self, context=ctx)

    def cancelled(self):
        """Whether the future ended by being cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future is done (finished or cancelled)."""
        return self._state != _PENDING

    def result(self):
        """Return the result, raise the exception, or raise CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """Return the exception that was set on this future (None if a result was set)."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Add a callback run (through the loop) when the future becomes done."""
        ctx = contextvars.copy_context() if context is None else context
        if self._state == _PENDING:
            self._callbacks.append((fn, ctx))
        else:
            # Already done: schedule it right away.
            self._loop.call_soon(fn, self, context=ctx)

    def remove_done_callback(self, fn):
        """Remove all instances of a callback; return how many were removed."""
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        """Finish the future with result as its outcome."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Finish the future with an exception (a class is instantiated)."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if isinstance(exception, StopIteration):
            # A StopIteration would end the awaiting coroutine silently.
            new_exc = RuntimeError('StopIteration interacts badly with generators '
                                   'and cannot be raised into a Future')
            new_exc.__cause__ = exception
            new_exc.__context__ = exception
            exception = new_exc
        # Keep the traceback as it is now: result() re-raises with it.
        self._exception, self._exception_tb = exception, exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # the Task resumes us once the future is done
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    # The loop of a future, also for future-like objects without get_loop().
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    # For timer callbacks: the future may have been cancelled meanwhile.
    if not fut.cancelled():
        fut.set_result(result)


def _convert_future_exc(exc):
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args).with_traceback(exc.__traceback__)
    if exc_class is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args).with_traceback(exc.__traceback__)
    return exc


def _set_concurrent_future_state(concurrent, source):
    # Copy the state of an asyncio future into a concurrent.futures.Future.
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if concurrent.set_running_or_notify_cancel():
        error = source.exception()
        if error is None:
            concurrent.set_result(source.result())
        else:
            concurrent.set_exception(_convert_future_exc(error))


def _copy_future_state(source, dest):
    # Copy the state of a done future into a pending asyncio future.
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
        return
    error = source.exception()
    if error is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_convert_future_exc(error))


def _chain_future(source, destination):
    """Make destination follow source: its result, its exception, its cancellation.

    Cancelling destination cancels source too. Either may be an asyncio future or a
    concurrent.futures.Future; state crosses loops with call_soon_threadsafe().
    """
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    src_loop = _get_loop(source) if isfuture(source) else None
    dst_loop = _get_loop(destination) if isfuture(destination) else None

    def copy_state(target, origin):
        if isfuture(target):
            _copy_future_state(origin, target)
        else:
            _set_concurrent_future_state(target, origin)

    def on_destination_done(dst):
        # Propagate a cancellation back to the source, on its own loop.
        if not dst.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            source.cancel()
        else:
            src_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if dst_loop is not None and dst_loop.is_closed():
            # Nothing can run on a closed loop any more.
            if destination.cancelled() or dst_loop is not src_loop:
                return
        if dst_loop is None or dst_loop is src_loop:
            copy_state(destination, src)
        else:
            dst_loop.call_soon_threadsafe(copy_state, destination, src)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future on loop that follows a concurrent.futures.Future
    (an asyncio future is returned as it is)."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), (
        'concurrent.futures.Future is expected, got %r' % (future,))
    if loop is None:
        loop = events.get_event_loop()
    wrapper = loop.create_future()
    _chain_future(future, wrapper)
    return wrapper
