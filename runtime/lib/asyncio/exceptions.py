"""The exceptions asyncio raises."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised in (and by) a Future or Task that was cancelled."""


class InvalidStateError(Exception):
    """The Future or Task is not in a state that allows this call."""


class SendfileNotAvailableError(RuntimeError):
    """The platform offers no sendfile() for this transport."""


class IncompleteReadError(EOFError):
    """The stream ended before the requested number of bytes arrived.

    partial holds the bytes that were read; expected is the number that
    was asked for, or None when it was not known.
    """

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The buffer filled up before the separator being looked for was
    found; consumed is how many bytes would have to be consumed."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was aborted (or reset) while tasks were waiting on it."""

