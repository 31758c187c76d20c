"""TaskGroup: structured concurrency for tasks.

Leaving "async with TaskGroup()" waits for every task created in the group. The first
task that fails cancels the others and the parent task; the failures are then raised
together as a BaseExceptionGroup. SystemExit and KeyboardInterrupt are raised as they
are.
"""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


class TaskGroup:
    """A set of tasks that "async with" waits for as a whole; see the
    module docstring for how failures are handled."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._owner = None
        self._owner_cancelled = False
        # The tasks still running, in creation order (a dict used as an ordered set).
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._drained = None

    def __repr__(self):
        text = '<TaskGroup'
        if self._tasks:
            text += ' tasks=%d' % len(self._tasks)
        if self._errors:
            text += ' errors=%d' % len(self._errors)
        if self._aborting:
            text += ' cancelling'
        elif self._entered:
            text += ' entered'
        return text + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = events.get_running_loop()
        owner = tasks.current_task(self._loop)
        self._owner = owner
        if owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        tb = None
        try:
            return await self._aexit(et, exc)
        finally:
            # Break the reference cycles through the exceptions' frames.
            self._owner = None
            self._errors = None
            self._base_error = None
            exc = None

    async def _aexit(self, et, exc):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None and issubclass(et, exceptions.CancelledError):
            propagate_cancellation_error = exc
        else:
            propagate_cancellation_error = None
        if et is not None and not self._aborting:
            # The body failed: cancel the tasks, then wait for them below.
            self._abort()

        while self._tasks:
            waiter = self._drained
            if waiter is None:
                waiter = self._drained = self._loop.create_future()
            try:
                await waiter
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    # The parent task was cancelled from outside while waiting.
                    propagate_cancellation_error = ex
                    self._abort()
            self._drained = None

        assert not self._tasks

        if self._base_error is not None:
            try:
                raise self._base_error
            finally:
                exc = None

        if self._owner_cancelled:
            # The group cancelled its parent: take that back unless others also did.
            if self._owner.uncancel() == 0:
                propagate_cancellation_error = None

        if propagate_cancellation_error is not None and not self._errors:
            try:
                raise propagate_cancellation_error
            finally:
                exc = None

        if et is not None and not issubclass(et, exceptions.CancelledError):
            self._errors.append(exc)

        if self._errors:
            # A cancellation from outside must survive the ExceptionGroup: re-request it.
            if self._owner.cancelling():
                self._owner.uncancel()
                self._owner.cancel()
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup',
                                         self._errors) from None
            finally:
                exc = None

    def create_task(self, coro, *, name=None, context=None):
        """Start coro as a task that belongs to this group; return the task."""
        if not self._entered:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            coro.close()
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        # context is passed on only when given, so that a custom task
        # factory without a context parameter keeps working.
        extra = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, name=name, **extra)
        # An eager task may be done already: account for it at once.
        if task.done():
            self._child_finished(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._child_finished)
        return task

    def _is_base_error(self, exc):
        assert exc is not None
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _child_finished(self, task):
        self._tasks.pop(task, None)
        if self._drained is not None and not self._tasks:
            if not self._drained.done():
                self._drained.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._owner.done():
            # Nobody is left to receive the error: report it to the loop.
            msg = (f'Task {task!r} has errored out but its parent task '
                   f'{self._owner} is already completed')
            self._loop.call_exception_handler(
                {'message': msg, 'exception': exc, 'task': task})
            return
        if not self._aborting and not self._owner_cancelled:
            # The first failure: cancel the other tasks and wake the parent.
            self._abort()
            self._owner_cancelled = True
            self._owner.cancel()
