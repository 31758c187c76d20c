"""BaseEventLoop: a loop of timers and ready callbacks.

Each iteration (_run_once) moves the timers that are due onto the ready queue, then
runs the callbacks that were ready when the iteration began, in order; callbacks they
schedule wait for the next iteration. When nothing is ready the loop sleeps until the
next timer is due. There is no selector: instead of a self-pipe, call_soon_threadsafe()
sets a threading.Event that the sleeping loop waits on, so other threads can wake it.

Network, pipe, subprocess and file descriptor methods raise NotImplementedError.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import concurrent.futures
import heapq
import os
import sys
import threading
import time
import warnings

from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import tasks
from . import timeouts
from .log import logger

# When more than this many timers are scheduled and over half of them are cancelled,
# the heap is rebuilt without the cancelled ones.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest the loop sleeps at once (it re-checks its timers afterwards).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# Seconds to wait for the default executor's threads in shutdown_default_executor().
THREAD_JOIN_TIMEOUT = 300


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        # Name the task rather than its step method.
        return repr(cb.__self__)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # These propagate out of run_forever() by themselves.
            return
    futures._get_loop(fut).stop()


def _unsupported(what):
    return NotImplementedError(f'{what} is not supported: Weft has no sockets, '
                               f'pipes or subprocesses in asyncio')


def _debug_mode():
    return (sys.flags.dev_mode or
            (not sys.flags.ignore_environment and bool(os.environ.get('PYTHONASYNCIODEBUG'))))


class Server(events.AbstractServer):
    """Servers need sockets, which Weft lacks."""

    def __init__(self, *args, **kwargs):
        raise _unsupported('asyncio.Server')


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop driven by a ready queue and a heap of timers."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self.set_debug(_debug_mode())
        # In debug mode, callbacks slower than this many seconds are logged.
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        # Async generators to close at shutdown. It stays empty: holding them here would
        # keep abandoned generators alive (see shutdown_asyncgens).
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # Set by call_soon_threadsafe() to wake the loop when it sleeps.
        self._wakeup = threading.Event()

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task object."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        """Set a task factory: factory(loop, coro, context=None) -> Future (or None)."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """Return a task factory, or None if the default one is in use."""
        return self._task_factory

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators.

        Without weak references the loop cannot list its live generators without
        keeping them alive, which would delay the finalization of abandoned ones until
        this call. So it keeps none: a generator is closed by the finalizer hook as
        soon as it is dropped, and one still referenced elsewhere at this point is
        not closed here.
        """
        self._asyncgens_shutdown_called = True
        closing_agens = list(self._asyncgens)
        if not closing_agens:
            return
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens],
                                     return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(
                f'asynchronous generator {agen!r} was scheduled after '
                f'loop.shutdown_asyncgens() call',
                ResourceWarning, source=self)

    async def shutdown_default_executor(self, timeout=None):
        """Schedule the shutdown of the default executor; wait at most timeout seconds."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            async with timeouts.timeout(timeout):
                await future
        except TimeoutError:
            warnings.warn('The executor did not finishing joining '
                          f'its threads within {timeout} seconds.',
                          RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _run_forever_setup(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        self._old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)

    def _run_forever_cleanup(self):
        self._stopping = False
        self._thread_id = None
        events._set_running_loop(None)
        if getattr(self, '_old_agen_hooks', None) is not None:
            sys.set_asyncgen_hooks(*self._old_agen_hooks)
            self._old_agen_hooks = None

    def run_forever(self):
        """Run until stop() is called."""
        try:
            # A failed setup (loop already running) also runs the cleanup, which marks
            # the loop as not running.
            self._run_forever_setup()
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._run_forever_cleanup()

    def run_until_complete(self, future):
        """Run until the Future is done; return its result or raise its exception.

        A coroutine is wrapped in a Task first.
        """
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception is raised here: mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop running the event loop once the callbacks now ready have run."""
        self._stopping = True

    def close(self):
        """Close the event loop: drop pending callbacks and shut the executor down.

        The loop must not be running. Closing twice does nothing.
        """
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            logger.debug('Close %r', self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return self._thread_id is not None

    def time(self):
        """Return the time according to the event loop's clock (time.monotonic())."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called delay seconds from now; return a handle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time (in loop time)."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible (FIFO order)."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _check_thread(self):
        """Check that the current thread is the thread running the event loop."""
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe: wakes the loop if it sleeps."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events._ThreadSafeHandle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        self._wakeup.set()
        return handle

    def _add_callback_signalsafe(self, handle):
        self._ready.append(handle)
        self._wakeup.set()

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (the default thread pool if None); return a Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the loop's exception handler (None: default)."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context dictionary on the 'asyncio' logger at level ERROR.

        The message comes first, then every other key but 'exception' in sorted
        order with its repr, then the traceback of the exception, if any.
        """
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                tb = ''.join(_format_list(value))
                value = 'Object created at (most recent call last):\n' + tb.rstrip()
            elif key == 'handle_traceback':
                tb = ''.join(_format_list(value))
                value = 'Handle created at (most recent call last):\n' + tb.rstrip()
            else:
                value = repr(value)
            log_lines.append(f'{key}: {value}')
        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Call the current exception handler with the context dictionary.

        Keys: 'message' (required), 'exception', 'future', 'task', 'handle',
        'protocol', 'transport', 'socket', 'asyncgen'. Errors raised by the handler
        are logged, never propagated (except SystemExit and KeyboardInterrupt).
        """
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            ctx = None
            thing = context.get('task')
            if thing is None:
                thing = context.get('future')
            if thing is None:
                thing = context.get('handle')
            if thing is not None and hasattr(thing, 'get_context'):
                ctx = thing.get_context()
            if ctx is not None and hasattr(ctx, 'run'):
                ctx.run(self._exception_handler, self, context)
            else:
                self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler',
                             exc_info=True)

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """Run one full iteration of the event loop.

        Sleeps until the first timer is due if nothing is ready, then runs the due
        timers and the ready callbacks.
        """
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Too many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Drop the cancelled timers at the head of the heap.
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        if timeout != 0:
            self._wakeup.wait(timeout)
        if self._wakeup.is_set():
            self._wakeup.clear()

        # Move the timers that are due (or nearly so) onto the ready queue.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Run only the callbacks ready now: the ones they add wait for the next round.
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    handle._run()
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        logger.warning('Executing %s took %.3f seconds',
                                       _format_handle(handle), dt)
                finally:
                    self._current_handle = None
            else:
                handle._run()
        handle = None  # do not keep the last handle alive

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _unsupported_method(name, is_async):
    if is_async:
        async def method(self, *args, **kwargs):
            raise _unsupported(f'loop.{name}()')
    else:
        def method(self, *args, **kwargs):
            raise _unsupported(f'loop.{name}()')
    method.__name__ = name
    method.__qualname__ = f'BaseEventLoop.{name}'
    return method


# Operations on sockets, pipes, subprocesses and file descriptors.
for _name in ('getaddrinfo', 'getnameinfo', 'create_connection', 'create_server',
              'sendfile', 'start_tls', 'create_unix_connection', 'create_unix_server',
              'connect_accepted_socket', 'create_datagram_endpoint', 'connect_read_pipe',
              'connect_write_pipe', 'subprocess_shell', 'subprocess_exec', 'sock_recv',
              'sock_recv_into', 'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall',
              'sock_sendto', 'sock_connect', 'sock_accept', 'sock_sendfile'):
    setattr(BaseEventLoop, _name, _unsupported_method(_name, True))
for _name in ('add_reader', 'remove_reader', 'add_writer', 'remove_writer'):
    setattr(BaseEventLoop, _name, _unsupported_method(_name, False))
del _name


def _format_list(frames):
    import traceback
    return traceback.format_list(frames)
