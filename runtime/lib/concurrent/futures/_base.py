"""Futures, the Executor interface, wait() and as_completed().

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
CANCELLED_AND_NOTIFIED (the executor saw the cancellation). Its state is guarded by a
Condition; result() and exception() wait on it. wait() and as_completed() install a
waiter object on every future they watch; a future that completes tells each of its
waiters, under the future's lock, and the waiter sets its Event when the caller's
condition is met.
"""

import sys
import threading
import time
import types
from collections import namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Root of the exceptions that concurrent.futures defines."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Raised when the future's current state does not allow the operation."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _log_exception(message):
    # The module reports errors in callbacks and workers the way an unconfigured
    # "concurrent.futures" logger does: the message, then the traceback, on stderr.
    import traceback
    try:
        sys.stderr.write(message + "\n" + traceback.format_exc())
        sys.stderr.flush()
    except Exception:
        pass


# ---------------------------------------------------------------------------------------
# Waiters

class _Waiter:
    """Collects the futures that completed while someone waits on them."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Wakes as_completed() on every completion; the consumer takes the list."""

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    add_result = add_exception = add_cancelled = _add


class _FirstCompletedWaiter(_Waiter):
    """Wakes wait(FIRST_COMPLETED) on the first completion."""

    def _add(self, future):
        self.finished_futures.append(future)
        self.event.set()

    add_result = add_exception = add_cancelled = _add


class _AllCompletedWaiter(_Waiter):
    """Wakes wait(ALL_COMPLETED or FIRST_EXCEPTION) when its count of pending futures
    reaches zero, or at the first exception when stop_at_error is set."""

    def __init__(self, remaining, stop_at_error):
        super().__init__()
        self.remaining = remaining
        self.stop_at_error = stop_at_error
        self.lock = threading.Lock()

    def _count_down(self):
        with self.lock:
            self.remaining -= 1
            if not self.remaining:
                self.event.set()

    def add_result(self, future):
        self.finished_futures.append(future)
        self._count_down()

    def add_exception(self, future):
        self.finished_futures.append(future)
        if self.stop_at_error:
            self.event.set()
        else:
            self._count_down()

    def add_cancelled(self, future):
        self.finished_futures.append(future)
        self._count_down()


class _AcquireFutures:
    """Holds the locks of several futures at once, always in the same (id) order so that
    two callers cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(f._state not in _DONE_STATES for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_at_error=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_at_error=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished or cancelled).

    Duplicates in fs are yielded once. Futures already done come first. Raises
    TimeoutError if not all of them complete within timeout seconds of this call.
    """
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = fs.difference(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        while True:
            # Yield in completion order, dropping each future once it is handed out so
            # that the generator does not keep it alive.
            finished.reverse()
            while finished:
                f = finished[-1]
                pending.discard(f)
                fs.discard(f)
                with f._condition:
                    f._waiters.remove(waiter)
                del f
                yield finished.pop()
            if not pending:
                return
            if timeout is None:
                time_left = None
            else:
                time_left = end_time - time.monotonic()
                if time_left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(time_left)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs to complete, or for the first of them to complete
    (FIRST_COMPLETED) or to raise (FIRST_EXCEPTION), or for timeout seconds.

    Returns a named 2-tuple of sets (done, not_done).
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)

    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


# ---------------------------------------------------------------------------------------
# Future

class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception('exception calling callback for %r' % (self,))

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        name, id(self), state, self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    name, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (name, id(self), state)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False if it is running or done.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Whether the call was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Whether the call is running right now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the future is settled: cancelled, or the call has ended."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # The traceback would otherwise keep this frame and the future alive.
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future completes; at once if it already has."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r' % (self,))

    def result(self, timeout=None):
        """Return the value of the call, waiting up to timeout seconds for it.

        Raises CancelledError if the future was cancelled, TimeoutError if it did not
        complete in time, and the call's exception if it raised one.
        """
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call, or None if it returned; waits up to
        timeout seconds like result()."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # The methods below are for executors and tests.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or tell its waiters that it was cancelled.

        Returns False if the future was cancelled (the executor must not run it), True
        if it is now running. Raises RuntimeError if it was already running or done.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            sys.stderr.write('Future %s in unexpected state: %s\n' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Set the return value of the call; for executors and tests."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Set the exception raised by the call; for executors and tests."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    @classmethod
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


# ---------------------------------------------------------------------------------------
# Executor

class Executor:
    """Base class of the executors: submit() schedules a call and returns its Future."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run asynchronously.

        All calls are submitted at once; the returned iterator yields their results in
        order, raising TimeoutError if a result is not ready timeout seconds after this
        call, and re-raising the exception of a call that failed. Futures not consumed
        when the iterator is closed are cancelled. chunksize matters only to executors
        that send work to other processes.
        """
        if timeout is not None:
            end_time = timeout + time.monotonic()

        futures = [self.submit(fn, *call_args) for call_args in zip(*iterables)]

        # A closure rather than a generator body of map() itself: the calls must be
        # submitted now, not at the first next().
        def result_iterator():
            try:
                # Popped from the end, so that a yielded future is no longer held.
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(), end_time - time.monotonic())
            finally:
                for future in futures:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; with wait, after pending calls finished.
        With cancel_futures, calls that have not started are cancelled."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
