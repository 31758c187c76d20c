"""BaseEventLoop: timers, a ready queue, and the high-level network methods.

Each iteration (_run_once) waits for I/O events until the next timer is due (no
longer if callbacks are ready), moves the timers that are due onto the ready queue,
then runs the callbacks that were ready when the iteration began, in order;
callbacks they schedule wait for the next iteration. Waiting is delegated to
_wait_for_events(): here it waits on a threading.Event that call_soon_threadsafe()
sets; the selector loop (selector_events) waits in selector.select() instead.

The connection, server, datagram and subprocess methods are written in terms of the
low-level methods that the selector loop provides. SSL is not available.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import collections.abc
import concurrent.futures
import errno
import heapq
import itertools
import os
import socket
import stat
import subprocess
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
from . import trsock
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


def _no_ssl(what='ssl'):
    return NotImplementedError(f'{what} is not supported: Weft has no ssl module')


def _debug_mode():
    return (sys.flags.dev_mode or
            (not sys.flags.ignore_environment and bool(os.environ.get('PYTHONASYNCIODEBUG'))))


_HAS_IPv6 = hasattr(socket, 'AF_INET6')

# Largest chunk the sendfile() fallback reads at once.
_SENDFILE_CHUNK = 256 * 1024


def _check_ssl_socket(sock):
    # Weft has no ssl module, so there are no SSL sockets to refuse.
    pass


def _check_sendfile_params(sock, file, offset, count):
    if 'b' not in getattr(file, 'mode', 'b'):
        raise ValueError('file should be opened in binary mode')
    if sock.type != socket.SOCK_STREAM:
        raise ValueError('only SOCK_STREAM type sockets are supported')
    _check_offset_count(offset, count)


def _check_offset_count(offset, count):
    if count is not None:
        if not isinstance(count, int):
            raise TypeError(f'count must be a positive integer (got {count!r})')
        if count <= 0:
            raise ValueError(f'count must be a positive integer (got {count!r})')
    if not isinstance(offset, int):
        raise TypeError(f'offset must be a non-negative integer (got {offset!r})')
    if offset < 0:
        raise ValueError(f'offset must be a non-negative integer (got {offset!r})')


def _set_reuseport(sock):
    if not hasattr(socket, 'SO_REUSEPORT'):
        raise ValueError('reuse_port not supported by socket module')
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    except OSError:
        raise ValueError('reuse_port not supported by socket module, '
                         'SO_REUSEPORT defined but not implemented.')


def _numeric_addrinfo(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The getaddrinfo() entry for a numeric IP address, or None to resolve."""
    if not hasattr(socket, 'inet_pton'):
        return None
    if proto not in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP) or host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port in (b'', ''):
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if family == socket.AF_UNSPEC:
        families = [socket.AF_INET]
        if _HAS_IPv6:
            families.append(socket.AF_INET6)
    else:
        families = [family]
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        # A scope id needs the resolver.
        return None
    for af in families:
        try:
            socket.inet_pton(af, host)
        except (OSError, ValueError):
            continue
        if _HAS_IPv6 and af == socket.AF_INET6:
            return af, type, proto, '', (host, port, flowinfo, scopeid)
        return af, type, proto, '', (host, port)
    return None


def _interleave_by_family(addrinfos, first_family_count=1):
    """Reorder addrinfos so that address families alternate."""
    by_family = {}
    for info in addrinfos:
        by_family.setdefault(info[0], []).append(info)
    groups = list(by_family.values())
    ordered = []
    if first_family_count > 1:
        ordered.extend(groups[0][:first_family_count - 1])
        del groups[0][:first_family_count - 1]
    for row in itertools.zip_longest(*groups):
        ordered.extend(info for info in row if info is not None)
    return ordered


class Server(events.AbstractServer):
    """A listening server made by loop.create_server() or create_unix_server()."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._clients = set()
        self._waiters = []
        self._factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._handshake_timeout = ssl_handshake_timeout
        self._shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._forever = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self, transport):
        self._clients.add(transport)

    def _detach(self, transport):
        self._clients.discard(transport)
        if not self._clients and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._factory, sock, self._ssl_context,
                                      self, self._backlog, self._handshake_timeout,
                                      self._shutdown_timeout)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(trsock.TransportSocket(s) for s in self._sockets)

    def close(self):
        """Stop listening and close the listening sockets (not the connections)."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        fut = self._forever
        if fut is not None and not fut.done():
            fut.cancel()
            self._forever = None
        if not self._clients:
            self._wakeup()

    def close_clients(self):
        for transport in list(self._clients):
            transport.close()

    def abort_clients(self):
        for transport in list(self._clients):
            transport.abort()

    async def start_serving(self):
        self._start_serving()
        # Let the loop register the listening sockets.
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._forever = None

    async def wait_closed(self):
        """Wait until the server is closed and all its connections are gone."""
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

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
        # File descriptors the loop itself holds (the self-pipe).
        self._internal_fds = 0

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
        self._write_to_self()
        return handle

    def _add_callback_signalsafe(self, handle):
        self._ready.append(handle)
        self._write_to_self()

    def _write_to_self(self):
        # Wake the loop if it waits in _wait_for_events().
        self._wakeup.set()

    def _wait_for_events(self, timeout):
        """Wait at most timeout seconds (None: without limit) for a wake-up."""
        if timeout != 0:
            self._wakeup.wait(timeout)
        if self._wakeup.is_set():
            self._wakeup.clear()

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

        self._wait_for_events(timeout)

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

    # --- name resolution ------------------------------------------------------

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo() run in the default executor."""
        return await self.run_in_executor(None, socket.getaddrinfo, host, port,
                                          family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        """socket.getnameinfo() run in the default executor."""
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0, loop=None):
        host, port = address[:2]
        info = _numeric_addrinfo(host, port, family, type, proto, *address[2:])
        if info is not None:
            return [info]
        loop = self if loop is None else loop
        return await loop.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    # --- connections ----------------------------------------------------------

    @staticmethod
    def _check_ssl_args(ssl, server_hostname=None, ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None):
        if ssl:
            raise _no_ssl()
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if ssl_handshake_timeout is not None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')

    async def _connect_sock(self, errors, addrinfo, local_infos=None):
        """Make a socket for addr_info and connect it; errors go to exceptions."""
        mine = []
        errors.append(mine)
        family, kind, proto, _, address = addrinfo
        sock = None
        try:
            sock = socket.socket(family, kind, proto)
            sock.setblocking(False)
            if local_infos is not None:
                for lfamily, _, _, _, laddr in local_infos:
                    if lfamily != family:
                        continue
                    try:
                        sock.bind(laddr)
                        break
                    except OSError as exc:
                        msg = (f'error while attempting to bind on address '
                               f'{laddr!r}: {str(exc).lower()}')
                        mine.append(OSError(exc.errno, msg))
                else:
                    if mine:
                        raise mine.pop()
                    raise OSError(f'no matching local address with {family=} found')
            await self.sock_connect(sock, address)
            return sock
        except OSError as exc:
            mine.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise
        finally:
            errors = mine = None

    async def create_connection(self, protocol_factory, host=None, port=None, *,
                                ssl=None, family=0, proto=0, flags=0, sock=None,
                                local_addr=None, server_hostname=None,
                                ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None,
                                all_errors=False):
        """Open a stream connection to host and port (or over sock).

        The addresses are tried one after another; returns (transport, protocol).
        """
        self._check_ssl_args(ssl, server_hostname, ssl_handshake_timeout,
                             ssl_shutdown_timeout)
        if happy_eyeballs_delay is not None and interleave is None:
            interleave = 1
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            infos = await self._ensure_resolved((host, port), family=family,
                                                type=socket.SOCK_STREAM, proto=proto,
                                                flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            local_infos = None
            if local_addr is not None:
                local_infos = await self._ensure_resolved(
                    local_addr, family=family, type=socket.SOCK_STREAM, proto=proto,
                    flags=flags, loop=self)
                if not local_infos:
                    raise OSError('getaddrinfo() returned empty list')
            if interleave:
                infos = _interleave_by_family(infos, interleave)
            errors = []
            for info in infos:
                try:
                    sock = await self._connect_sock(errors, info, local_infos)
                    break
                except OSError:
                    continue
            if sock is None:
                flat = [exc for group in errors for exc in group]
                try:
                    if all_errors:
                        raise ExceptionGroup('create_connection failed', flat)
                    if len(flat) == 1:
                        raise flat[0]
                    first = str(flat[0])
                    if all(str(exc) == first for exc in flat):
                        raise flat[0]
                    raise OSError('Multiple exceptions: {}'.format(
                        ', '.join(str(exc) for exc in flat)))
                finally:
                    flat = errors = None
        else:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._create_connection_transport(sock, protocol_factory)

    async def _create_connection_transport(self, sock, protocol_factory, ssl=None,
                                           server_hostname=None, server_side=False,
                                           ssl_handshake_timeout=None,
                                           ssl_shutdown_timeout=None):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter=waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None,
                                      ssl_shutdown_timeout=None):
        """Wrap a socket accepted elsewhere in a transport and protocol."""
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        self._check_ssl_args(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
        return await self._create_connection_transport(sock, protocol_factory,
                                                       server_side=True)

    async def start_tls(self, transport, protocol, sslcontext, *, server_side=False,
                        server_hostname=None, ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None):
        raise _no_ssl('start_tls()')

    async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
        """Send a file over a stream transport; return the number of bytes sent.

        There is no native sendfile: the file is read in chunks and written, each
        chunk once the transport's buffer has drained.
        """
        if transport.is_closing():
            raise RuntimeError('Transport is closing')
        if not hasattr(transport, '_make_empty_waiter'):
            raise NotImplementedError(
                f'sendfile is not supported for transport {transport!r}')
        if not fallback:
            raise RuntimeError(f'fallback is disabled and native sendfile is not '
                               f'supported for transport {transport!r}')
        _check_offset_count(offset, count)
        if offset:
            file.seek(offset)
        total = 0
        try:
            while True:
                size = _SENDFILE_CHUNK if count is None else min(count - total,
                                                                _SENDFILE_CHUNK)
                if size <= 0:
                    break
                chunk = await self.run_in_executor(None, file.read, size)
                if not chunk:
                    break
                transport.write(chunk)
                total += len(chunk)
                waiter = transport._make_empty_waiter()
                try:
                    await waiter
                finally:
                    transport._reset_empty_waiter()
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    # --- servers --------------------------------------------------------------

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        found = await self._ensure_resolved((host, port), family=family,
                                            type=socket.SOCK_STREAM, flags=flags,
                                            loop=self)
        if not found:
            raise OSError(f'getaddrinfo({host!r}) returned empty list')
        return found

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            keep_alive=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, start_serving=True):
        """Listen on host and port (every address they resolve to) or on sock."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        self._check_ssl_args(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = os.name == 'posix' and sys.platform != 'cygwin'
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or not isinstance(host, collections.abc.Iterable):
                hosts = [host]
            else:
                hosts = host
            found = await tasks.gather(*[
                self._create_server_getaddrinfo(h, port, family=family, flags=flags)
                for h in hosts])
            infos = []
            for info in itertools.chain.from_iterable(found):
                if info not in infos:
                    infos.append(info)
            sockets = []
            completed = False
            try:
                for af, socktype, proto, _, sa in infos:
                    try:
                        sock = socket.socket(family=af, type=socktype, proto=proto)
                    except OSError:
                        if self._debug:
                            logger.warning('create_server() failed to create socket.'
                                           'socket(%r, %r, %r)', af, socktype, proto,
                                           exc_info=True)
                        continue
                    sockets.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        _set_reuseport(sock)
                    if keep_alive:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
                    if (_HAS_IPv6 and af == socket.AF_INET6 and
                            hasattr(socket, 'IPPROTO_IPV6')):
                        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(sa)
                    except OSError as err:
                        msg = (f'error while attempting to bind on address {sa!r}: '
                               f'{str(err).lower()}')
                        if err.errno == errno.EADDRNOTAVAIL:
                            sockets.pop()
                            sock.close()
                            if self._debug:
                                logger.warning(msg)
                            continue
                        raise OSError(err.errno, msg) from None
                if not sockets:
                    raise OSError('could not bind on any address out of '
                                  f'{[info[4] for info in infos]!r}')
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        for sock in sockets:
            sock.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog,
                        ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        if self._debug:
            logger.info('%r is serving', server)
        return server

    # --- datagrams ------------------------------------------------------------

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None, sock=None):
        """Make a datagram endpoint bound to local_addr and/or aimed at remote_addr."""
        if sock is not None:
            if sock.type == socket.SOCK_STREAM:
                raise ValueError(f'A datagram socket was expected, got {sock!r}')
            opts = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                        proto=proto, flags=flags, reuse_port=reuse_port,
                        allow_broadcast=allow_broadcast)
            if any(opts.values()):
                problems = ', '.join(f'{k}={v}' for k, v in opts.items() if v)
                raise ValueError(f'socket modifier keyword arguments can not be used '
                                 f'when sock is specified. ({problems})')
            sock.setblocking(False)
            r_addr = None
        else:
            if not (local_addr or remote_addr):
                if family == 0:
                    raise ValueError('unexpected address family')
                pairs = [((family, proto), (None, None))]
            elif hasattr(socket, 'AF_UNIX') and family == socket.AF_UNIX:
                for addr in (local_addr, remote_addr):
                    if addr is not None and not isinstance(addr, str):
                        raise TypeError('string is expected')
                if local_addr and local_addr[0] not in (0, '\x00'):
                    try:
                        if stat.S_ISSOCK(os.stat(local_addr).st_mode):
                            os.remove(local_addr)
                    except FileNotFoundError:
                        pass
                    except OSError as err:
                        logger.error('Unable to check or remove stale UNIX socket '
                                     '%r: %r', local_addr, err)
                pairs = [((family, proto), (local_addr, remote_addr))]
            else:
                by_key = {}
                for idx, addr in ((0, local_addr), (1, remote_addr)):
                    if addr is None:
                        continue
                    if not (isinstance(addr, tuple) and len(addr) == 2):
                        raise TypeError('2-tuple is expected')
                    infos = await self._ensure_resolved(
                        addr, family=family, type=socket.SOCK_DGRAM, proto=proto,
                        flags=flags, loop=self)
                    if not infos:
                        raise OSError('getaddrinfo() returned empty list')
                    for fam, _, pro, _, address in infos:
                        by_key.setdefault((fam, pro), [None, None])[idx] = address
                pairs = [(key, pair) for key, pair in by_key.items()
                         if not ((local_addr and pair[0] is None) or
                                 (remote_addr and pair[1] is None))]
                if not pairs:
                    raise ValueError('can not get address information')
            errors = []
            for (fam, pro), (local_address, remote_address) in pairs:
                sock = None
                r_addr = None
                try:
                    sock = socket.socket(family=fam, type=socket.SOCK_DGRAM, proto=pro)
                    if reuse_port:
                        _set_reuseport(sock)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_addr:
                        sock.bind(local_address)
                    if remote_addr:
                        if not allow_broadcast:
                            await self.sock_connect(sock, remote_address)  # fixes the peer
                        r_addr = remote_address
                except OSError as exc:
                    if sock is not None:
                        sock.close()
                    errors.append(exc)
                except:
                    if sock is not None:
                        sock.close()
                    raise
                else:
                    break
            else:
                raise errors[0]
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_datagram_transport(sock, protocol, r_addr, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    # --- subprocesses ---------------------------------------------------------

    @staticmethod
    def _check_subprocess_args(universal_newlines, bufsize, text, encoding, errors):
        if universal_newlines:
            raise ValueError('universal_newlines must be False')
        if bufsize != 0:
            raise ValueError('bufsize must be 0')
        if text:
            raise ValueError('text must be False')
        if encoding is not None:
            raise ValueError('encoding must be None')
        if errors is not None:
            raise ValueError('errors must be None')

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        """Run cmd through the shell; return (transport, protocol)."""
        if not isinstance(cmd, (bytes, str)):
            raise ValueError('cmd must be a string')
        if not shell:
            raise ValueError('shell must be True')
        self._check_subprocess_args(universal_newlines, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(
            protocol, cmd, shell, stdin, stdout, stderr, bufsize, **kwargs)
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=False,
                              shell=False, bufsize=0, encoding=None, errors=None,
                              text=None, **kwargs):
        """Run program with args; return (transport, protocol)."""
        if shell:
            raise ValueError('shell must be False')
        self._check_subprocess_args(universal_newlines, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(
            protocol, (program, *args), shell, stdin, stdout, stderr, bufsize, **kwargs)
        return transport, protocol

    # --- provided by the selector loop ------------------------------------------

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None,
                               server=None):
        raise NotImplementedError

    def _make_datagram_transport(self, sock, protocol, address=None, waiter=None,
                                 extra=None):
        raise NotImplementedError

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout,
                                         stderr, bufsize, extra=None, **kwargs):
        raise NotImplementedError

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _format_list(frames):
    import traceback
    return traceback.format_list(frames)
