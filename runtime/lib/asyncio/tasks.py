"""Tasks, which drive coroutines on the loop, and the helpers built on them.

A Task steps its coroutine with send()/throw(). When the coroutine awaits a pending
future, the future is yielded up to the Task, which adds its wake-up method as a done
callback and resumes the coroutine when that callback runs. A bare yield (sleep(0))
reschedules the step at the end of the ready queue.

This module also holds gather, shield, wait, wait_for, as_completed, sleep,
ensure_future, run_coroutine_threadsafe and the registry behind current_task() and
all_tasks().
"""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
    'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks', 'create_eager_task_factory',
    'eager_task_factory', '_register_task', '_unregister_task', '_enter_task',
    '_leave_task',
)

import concurrent.futures
import contextvars
import functools
import itertools
import math
import threading
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import queues
from . import timeouts

# Numbers the default task names Task-1, Task-2, ...; only unnamed tasks take one.
_next_task_number = itertools.count(1).__next__


def _task_repr_info(task):
    info = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, f'name={task.get_name()!r}')
    if task._coro is not None:
        info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


class Task(futures.Future):
    """Runs a coroutine on the loop; the Task is the Future of its outcome."""

    __module__ = '_asyncio'

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if self._source_traceback:
            del self._source_traceback[-1]
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = 'Task-%d' % _next_task_number()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        if eager_start and self._loop.is_running():
            self._eager_start()
        else:
            self._loop.call_soon(self._step, context=self._context)
            _register_task(self)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(_task_repr_info(self)))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine (oldest first), or of the
        traceback of the exception it ended with; at most limit of them."""
        frames = []
        coro = self._coro
        frame = getattr(coro, 'cr_frame', None) if coro is not None else None
        if frame is not None:
            while frame is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Write the frames of get_stack() to file (stderr by default)."""
        import sys
        import traceback
        if file is None:
            file = sys.stderr
        entries = [(f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None)
                   for f in self.get_stack(limit=limit)]
        exc = self._exception
        if not entries:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        traceback.print_list(entries, file=file)
        if exc is not None:
            for line in traceback.format_exception_only(exc.__class__, exc):
                print(line, file=file, end='')

    def cancel(self, msg=None):
        """Ask the task to stop: a CancelledError is thrown into its
        coroutine at the next step (the coroutine may catch it).  Returns
        False if the task has already finished."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The wake-up from the cancelled future throws CancelledError in.
                return True
        # No future to cancel: throw CancelledError in at the next step.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the number of pending cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the count of cancellation requests and return it."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def _eager_start(self):
        outer_task = _replace_current_task(self._loop, self)
        try:
            _eager_tasks.add(self)
            try:
                self._context.run(self._step_run_and_handle_result, None)
            finally:
                _eager_tasks.discard(self)
        finally:
            try:
                cur = _replace_current_task(self._loop, outer_task)
                assert cur is self
            finally:
                if self.done():
                    self._coro = None
                else:
                    _register_task(self)

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self._step_run_and_handle_result(exc)
        finally:
            _leave_task(self._loop, self)
            if self.done():
                _unregister_task(self)
            self = None  # do not keep the task alive through a traceback

    def _step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # The task was cancelled right before the coroutine returned.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            # Keep the original so awaiting the task raises this very exception.
            self._cancelled_exc = cancelled
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as err:
            super().set_exception(err)
            raise
        except BaseException as err:
            _drop_own_frame(err)
            super().set_exception(err)
        else:
            self._handle_yield(result)
        finally:
            self = None

    def _handle_yield(self, result):
        # What the coroutine yielded decides how the task resumes.  Anything
        # but a pending future of this loop, or a bare yield, is an error
        # thrown into the coroutine at its next step.
        error = None
        flag = getattr(result, '_asyncio_future_blocking', None)
        if flag is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not flag:
                error = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                # Wait for the future: its completion wakes this task.
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            # A bare yield: let the other ready callbacks run first.
            self._loop.call_soon(self._step, context=self._context)
            return
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} '
                f'with {result!r}')
        else:
            error = RuntimeError('Task got bad yield: %r' % (result,))
        self._loop.call_soon(self._step, error, context=self._context)

    def task_wakeup(self, future):
        # Take the exception without raising it, so that the traceback thrown into
        # the coroutine does not grow frames of this method.
        if future.cancelled():
            try:
                future.result()
            except BaseException as exc:
                self._step(exc)
            return
        try:
            exc = future.exception()
        except BaseException as err:
            exc = err
        if exc is None:
            self._step()
        else:
            self._step(exc)
        self = None


def _drop_own_frame(exc):
    # The traceback of an exception leaving the coroutine starts at the frame of the
    # step method that caught it; start it at the coroutine instead.
    tb = exc.__traceback__
    if tb is not None and tb.tb_next is not None:
        exc.__traceback__ = tb.tb_next


def create_task(coro, *, name=None, context=None):
    """Wrap coro in a Task on the running loop and schedule it; return it."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs; return two sets: (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait_until(fs, timeout, return_when, loop)


def _wake_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for a single Future or coroutine, cancelling it after timeout seconds."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError from cancelled
    async with timeouts.timeout(timeout):
        return await fut


async def _wait_until(fs, timeout, return_when, loop):
    # Wait until return_when is satisfied or the timeout passes, then split
    # fs into (done, pending).
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _wake_waiter, waiter)
    remaining = len(fs)

    def satisfied(fut):
        if remaining <= 0 or return_when == FIRST_COMPLETED:
            return True
        if return_when != FIRST_EXCEPTION or fut.cancelled():
            return False
        return fut.exception() is not None

    def on_done(fut):
        nonlocal remaining
        remaining -= 1
        if satisfied(fut):
            if timer is not None:
                timer.cancel()
            _wake_waiter(waiter)

    for fut in fs:
        fut.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for fut in fs:
            fut.remove_done_callback(on_done)
    done = {fut for fut in fs if fut.done()}
    return done, fs - done


async def _cancel_and_wait(fut):
    # Cancel fut and wait until it is really done.
    loop = events.get_running_loop()
    waiter = loop.create_future()
    wake = functools.partial(_wake_waiter, waiter)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(wake)


class _AsCompletedIterator:
    """Iterator of awaitables in completion order, usable with for and async for."""

    def __init__(self, aws, timeout):
        self._done = queues.Queue()
        self._timeout_handle = None
        loop = events.get_event_loop()
        todo = set()
        for awaitable in set(aws):
            todo.add(ensure_future(awaitable, loop=loop))
        for fut in todo:
            fut.add_done_callback(self._on_child_done)
        if todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._on_deadline)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        assert self._todo_left > 0
        self._todo_left -= 1
        return await self._next_result()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        assert self._todo_left > 0
        self._todo_left -= 1
        return self._next_result(resolve=True)

    def _on_deadline(self):
        for fut in self._todo:
            fut.remove_done_callback(self._on_child_done)
            self._done.put_nowait(None)  # each waiter gets its TimeoutError
        self._todo.clear()

    def _on_child_done(self, f):
        if not self._todo:
            return  # the timeout came first
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _next_result(self, resolve=False):
        fut = await self._done.get()
        if fut is None:
            raise exceptions.TimeoutError
        if resolve:
            return fut.result()
        return fut


def as_completed(fs, *, timeout=None):
    """Yield the awaitables of fs as they complete (for: coroutines; async for: tasks)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expects an iterable of awaitables, not {type(fs).__name__}')
    return _AsCompletedIterator(fs, timeout)


@types.coroutine
def _sleep0():
    # A bare yield: the Task reschedules itself behind the callbacks already ready.
    yield


async def sleep(delay, result=None):
    """Suspend the calling task for delay seconds, then return result.

    A delay of zero or less just lets the other ready tasks run once."""
    if delay <= 0:
        await _sleep0()
        return result
    if math.isnan(delay):
        raise ValueError('Invalid delay: NaN (not a number)')
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future; return futures unchanged."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one '
                             'specified as the loop argument')
        return coro_or_future
    if coroutines.iscoroutine(coro_or_future):
        coro = coro_or_future
        # A coroutine we were handed is closed if no task can take it.
        owned = True
    elif coroutines._isawaitable(coro_or_future):
        async def _wrap_awaitable(awaitable):
            return await awaitable

        coro = _wrap_awaitable(coro_or_future)
        owned = False
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if owned:
            coro.close()
        raise


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancelling it cancels all the children."""

    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The children's cancellation ends gather() with a CancelledError.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating the results of the given coroutines or futures.

    The results come in the order of the arguments. Without return_exceptions the
    first exception is propagated at once; with it, exceptions count as results.
    """
    if not coros_or_futures:
        loop = events.get_event_loop()
        gathered = loop.create_future()
        gathered.set_result([])
        return gathered

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if gathered is None or gathered.done():
            if not fut.cancelled():
                fut.exception()  # mark the exception retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                gathered.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                gathered.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError(
                        '' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if gathered._cancel_requested:
                gathered.set_exception(fut._make_cancelled_error())
            else:
                gathered.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    done_futs = []
    loop = None
    gathered = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    gathered = _GatheringFuture(children, loop=loop)
    # Children already done (eager tasks) are counted now that gathered exists.
    for fut in done_futs:
        _done_callback(fut)
    return gathered


def shield(arg):
    """Wait for a future, shielding it from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def forward(done_inner):
        # Pass the outcome of inner on, unless outer was cancelled meanwhile.
        if outer.cancelled():
            if not done_inner.cancelled():
                done_inner.exception()  # mark it retrieved
        elif done_inner.cancelled():
            outer.cancel()
        else:
            error = done_inner.exception()
            if error is None:
                outer.set_result(done_inner.result())
            else:
                outer.set_exception(error)

    def detach(done_outer):
        if not inner.done():
            inner.remove_done_callback(forward)

    inner.add_done_callback(forward)
    outer.add_done_callback(detach)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Schedule coro on loop from any thread; return a
    concurrent.futures.Future that receives its outcome."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def start():
        try:
            task = ensure_future(coro, loop=loop)
            futures._chain_future(task, result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return result


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks start running at once, in create_task() itself."""

    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)

    return factory


eager_task_factory = create_eager_task_factory(Task)


# Registry of live tasks, in creation order (a dict used as an ordered set). A task
# leaves it when it finishes, as there are no weak references to let it go by itself.
_scheduled_tasks = {}
_eager_tasks = set()
_registry_lock = threading.Lock()

# The task running on each loop.
_current_tasks = {}


def current_task(loop=None):
    """Return the task currently running on the loop (the running one by default)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return the set of tasks of the loop that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    with _registry_lock:
        candidates = list(_scheduled_tasks) + list(_eager_tasks)
    return {t for t in candidates if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    """Record a task so that all_tasks() reports it."""
    with _registry_lock:
        _scheduled_tasks[task] = None


def _unregister_task(task):
    """Forget a task registered by _register_task()."""
    with _registry_lock:
        _scheduled_tasks.pop(task, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def _replace_current_task(loop, task):
    prev_task = _current_tasks.get(loop)
    if task is None:
        del _current_tasks[loop]
    else:
        _current_tasks[loop] = task
    return prev_task
