"""Timeout: an async context manager that cancels its task at a deadline.

On expiry the task is cancelled; leaving the block turns the CancelledError into a
TimeoutError, unless the task was also cancelled from elsewhere (its cancelling() count
stays above the one seen on entry).
"""

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from . import events
from . import exceptions


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """The context manager behind timeout() and timeout_at(), which are
    the intended way to make one."""

    def __init__(self, when):
        """Schedule a timeout that will trigger at a given loop time (None: never)."""
        self._state = _State.CREATED
        self._deadline_handle = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline in loop time, or None."""
        return self._when

    def reschedule(self, when):
        """Reschedule the timeout (None: no deadline)."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._deadline_handle is not None:
            self._deadline_handle.cancel()
        if when is None:
            self._deadline_handle = None
        else:
            loop = events.get_running_loop()
            # A deadline already past fires on the next loop iteration.
            if when > loop.time():
                handle = loop.call_at(when, self._on_timeout)
            else:
                handle = loop.call_soon(self._on_timeout)
            self._deadline_handle = handle

    def expired(self):
        """True once the deadline has passed and the task was cancelled."""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        extra = ''
        if self._state is _State.ENTERED:
            when = self._when
            if when is not None:
                when = round(when, 3)
            extra = f' when={when}'
        return f'<Timeout [{self._state.value}]{extra}>'

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        from .tasks import current_task  # tasks imports this module
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        self._cancels_on_entry = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._deadline_handle is not None:
            self._deadline_handle.cancel()
            self._deadline_handle = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancels_on_entry and exc_type is not None:
                # The cancellation came from this timeout alone.
                if issubclass(exc_type, exceptions.CancelledError):
                    raise TimeoutError from exc_val
                elif exc_val is not None:
                    self._insert_timeout_error(exc_val)
                    if isinstance(exc_val, ExceptionGroup):
                        for exc in exc_val.exceptions:
                            self._insert_timeout_error(exc)
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        # The handle has run: no need to cancel it on exit.
        self._deadline_handle = None

    @staticmethod
    def _insert_timeout_error(exc_val):
        # Another exception replaced the CancelledError: record the timeout in its
        # context chain, between it and the CancelledError.
        while exc_val.__context__ is not None:
            if isinstance(exc_val.__context__, exceptions.CancelledError):
                cancelled = exc_val.__context__
                marker = TimeoutError()
                marker.__cause__ = cancelled
                marker.__context__ = cancelled
                exc_val.__context__ = marker
                break
            exc_val = exc_val.__context__


def timeout(delay):
    """Timeout async context manager: cancel the block after delay seconds (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Schedule the timeout at absolute loop time when (None: never)."""
    return Timeout(when)
