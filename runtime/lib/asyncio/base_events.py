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
_HEAP_CLEANUP_MIN = 100
_CANCELLED_SHARE_LIMIT = 1 / 2

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


def _stop_when_done(fut):
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
        self._cancelled_timers = 0
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
        """A new pending Future that belongs to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task object."""
        self._check_closed()
        factory = self._task_factory
        if factory is not None:
            # context is passed only when given: older factories lack it.
            if context is None:
                task = factory(self, coro)
            else:
                task = factory(self, coro, context=context)
            task.set_name(name)
            return task
        task = tasks.Task(coro, name=name, context=context, loop=self)
        if task._source_traceback:
            # Drop the frame of this method from the creation traceback.
            del task._source_traceback[-1]
        return task

    def set_task_factory(self, factory):
        """Set a task factory: factory(loop, coro, context=None) -> Future (or None)."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """The task factory set with set_task_factory(), or None."""
        return self._task_factory

    async def shutdown_asyncgens(self):
        """Close the async generators still registered with the loop.

        Without weak references the loop cannot list its live generators without
        keeping them alive, which would delay the finalization of abandoned ones until
        this call. So it keeps none: a generator is closed by the finalizer hook as
        soon as it is dropped, and one still referenced elsewhere at this point is
        not closed here.
        """
        self._asyncgens_shutdown_called = True
        gens = list(self._asyncgens)
        if not gens:
            return
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[gen.aclose() for gen in gens],
                                      return_exceptions=True)
        for gen, outcome in zip(gens, outcomes):
            if not isinstance(outcome, Exception):
                continue
            msg = f'an error occurred during closing of asynchronous generator {gen!r}'
            self.call_exception_handler(
                {'message': msg, 'exception': outcome, 'asyncgen': gen})

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if self.is_closed():
            return
        # The hook may run in any thread: hand the closing over to the loop.
        closing = agen.aclose()
        self.call_soon_threadsafe(self.create_task, closing)

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
        # The executor's shutdown blocks, so it runs in a helper thread.
        joined = self.create_future()
        joiner = threading.Thread(target=self._join_executor, args=(joined,))
        joiner.start()
        try:
            async with timeouts.timeout(timeout):
                await joined
        except TimeoutError:
            warnings.warn('The executor did not finishing joining '
                          f'its threads within {timeout} seconds.',
                          RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(False)
        else:
            joiner.join()

    def _join_executor(self, joined):
        # Runs in the helper thread; reports back to the loop.
        try:
            self._default_executor.shutdown(True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, joined, None)
        except Exception as err:
            if not self.is_closed() and not joined.cancelled():
                self.call_soon_threadsafe(joined.set_exception, err)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _run_forever_setup(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        self._saved_agen_hooks = tuple(sys.get_asyncgen_hooks())
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)

    def _run_forever_cleanup(self):
        self._stopping = False
        self._thread_id = None
        events._set_running_loop(None)
        saved = getattr(self, '_saved_agen_hooks', None)
        if saved is not None:
            self._saved_agen_hooks = None
            sys.set_asyncgen_hooks(*saved)

    def run_forever(self):
        """Keep running iterations until stop() is called."""
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
        wrapped = not futures.isfuture(future)
        fut = tasks.ensure_future(future, loop=self)
        if wrapped:
            fut._log_destroy_pending = False
        fut.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except:
            if wrapped and fut.done() and not fut.cancelled():
                # The exception is raised here: mark it retrieved.
                fut.exception()
            raise
        finally:
            fut.remove_done_callback(_stop_when_done)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

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
        """Whether close() has been called."""
        return self._closed

    def is_running(self):
        """Whether the loop is running (in some thread) right now."""
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
            self._reject_bad_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, loop=self, context=context)
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
            self._reject_bad_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, loop=self, context=context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def _reject_bad_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _check_thread(self):
        """Raise if called from a thread other than the loop's own."""
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe: wakes the loop if it sleeps."""
        self._check_closed()
        if self._debug:
            self._reject_bad_callback(callback, 'call_soon_threadsafe')
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
            self._reject_bad_callback(func, 'run_in_executor')
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
        """The handler set with set_exception_handler(), or None."""
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
        message = context.get('message') or 'Unhandled exception in event loop'
        error = context.get('exception')
        exc_info = False if error is None else (type(error), error, error.__traceback__)
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
        lines = [message]
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
            lines.append(f'{key}: {value}')
        logger.error('\n'.join(lines), exc_info=exc_info)

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
            handler = self._exception_handler
            if ctx is not None and hasattr(ctx, 'run'):
                # Run the handler in the context of the object that failed.
                ctx.run(handler, self, context)
            else:
                handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler(
                    {'message': 'Unhandled error in exception handler',
                     'exception': exc, 'context': context})
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler',
                             exc_info=True)

    def _timer_handle_cancelled(self, handle):
        # Called by TimerHandle.cancel(): count cancelled timers still in the heap.
        if handle._scheduled:
            self._cancelled_timers += 1

    def _run_once(self):
        """One turn of the loop: sleep until a timer is due if nothing is
        ready, then run the due timers and the callbacks that were ready."""
        heap_size = len(self._scheduled)
        if (heap_size > _HEAP_CLEANUP_MIN
                and self._cancelled_timers > heap_size * _CANCELLED_SHARE_LIMIT):
            # Too many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._cancelled_timers = 0
        else:
            # Drop the cancelled timers at the head of the heap.
            while self._scheduled and self._scheduled[0]._cancelled:
                self._cancelled_timers -= 1
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
        horizon = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= horizon:
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
                    started = self.time()
                    handle._run()
                    took = self.time() - started
                    if took >= self.slow_callback_duration:
                        logger.warning('Executing %s took %.3f seconds',
                                       _format_handle(handle), took)
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
