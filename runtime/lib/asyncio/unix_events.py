"""The Unix event loop: signals, Unix sockets, pipes and subprocesses.

Pipes are made non-blocking and watched with the selector. A child's exit is
learnt by a thread per child that waits for it with os.waitpid() and reports the
status to the loop with call_soon_threadsafe(), so the loop never blocks.
"""

__all__ = (
    'SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
    'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
    'DefaultEventLoopPolicy', 'EventLoop',
)

import errno
import itertools
import os
import signal
import socket
import stat
import subprocess
import threading

from . import base_events
from . import base_subprocess
from . import coroutines
from . import events
from . import futures
from . import selector_events
from . import tasks
from . import transports
from .log import logger


def _set_nonblocking(fd):
    """Put the file descriptor fd in non-blocking mode."""
    set_blocking = getattr(os, 'set_blocking', None)
    if set_blocking is not None:
        set_blocking(fd, False)
        return
    # Without os.set_blocking(), borrow the socket object's fcntl(): setblocking()
    # only toggles O_NONBLOCK on the open file, which works for any kind of fd.
    borrowed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, fileno=fd)
    try:
        borrowed.setblocking(False)
    finally:
        borrowed.detach()


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The default event loop: a selector loop with signals, pipes and children."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}
        # Listening Unix sockets made here, with the inode of their path.
        self._unix_server_sockets = {}

    def close(self):
        super().close()
        if not self.is_closed():
            return
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) on the loop whenever signal sig arrives (main thread only)."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        handle = events.Handle(callback, args, loop=self)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, self._on_signal)
        except (OSError, ValueError) as exc:
            del self._signal_handlers[sig]
            if isinstance(exc, ValueError) or threading.current_thread() is not threading.main_thread():
                raise RuntimeError(f'sig {sig:d} cannot be caught') from exc
            raise

    def _on_signal(self, sig, frame):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._add_callback_signalsafe(handle)

    def remove_signal_handler(self, sig):
        """Remove the handler of signal sig; return whether there was one."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            raise RuntimeError(f'sig {sig:d} cannot be caught') from exc
        return True

    # --- Unix sockets ---------------------------------------------------------

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None,
                                     sock=None, server_hostname=None,
                                     ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Open a stream connection to the Unix socket at path (or over sock)."""
        self._check_ssl_args(ssl, server_hostname, ssl_handshake_timeout,
                             ssl_shutdown_timeout)
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(family=socket.AF_UNIX, type=socket.SOCK_STREAM)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
            sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                                 backlog=100, ssl=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None, start_serving=True,
                                 cleanup_socket=True):
        """Listen on the Unix socket at path (or on sock)."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        self._check_ssl_args(ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(family=socket.AF_UNIX, type=socket.SOCK_STREAM)
            if path[0] not in (0, '\x00'):
                # Remove a socket file left over by an earlier server.
                try:
                    if stat.S_ISSOCK(os.stat(path).st_mode):
                        os.remove(path)
                except FileNotFoundError:
                    pass
                except OSError as err:
                    logger.error('Unable to check or remove stale UNIX socket %r: %r',
                                 path, err)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE,
                                  f'Address {path!r} is already in use') from None
                raise
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('path was not specified, and no sock specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        if cleanup_socket:
            bound = sock.getsockname()
            if isinstance(bound, (str, bytes)) and bound and bound[0] not in (0, '\x00'):
                try:
                    self._unix_server_sockets[sock] = os.stat(bound).st_ino
                except FileNotFoundError:
                    pass
        sock.setblocking(False)
        server = base_events.Server(self, [sock], protocol_factory, ssl, backlog,
                                    ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    def _stop_serving(self, sock):
        path = None
        inode = self._unix_server_sockets.pop(sock, None)
        if inode is not None:
            path = sock.getsockname()
        super()._stop_serving(sock)
        if path is None:
            return
        # Remove the socket file unless another server has replaced it.
        try:
            if os.stat(path).st_ino == inode:
                os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as err:
            logger.error('Unable to clean up listening UNIX socket %r: %r', path, err)

    # --- pipes ----------------------------------------------------------------

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read from the file object pipe through a protocol."""
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UnixReadPipeTransport(self, pipe, protocol, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write to the file object pipe through a transport."""
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UnixWritePipeTransport(self, pipe, protocol, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    # --- subprocesses ---------------------------------------------------------

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout,
                                         stderr, bufsize, extra=None, **kwargs):
        waiter = self.create_future()
        transport = _UnixSubprocessTransport(self, protocol, args, shell, stdin, stdout,
                                             stderr, bufsize, waiter=waiter, extra=extra,
                                             **kwargs)
        _watch_child(self, transport.get_pid(), transport)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transport.close()
            await transport._wait()
            raise
        return transport


_watcher_ids = itertools.count(1)


def _watch_child(loop, pid, transport):
    """Start a thread that reaps pid and reports its exit to the loop."""
    thread = threading.Thread(target=_wait_child, args=(loop, pid, transport),
                              name=f'asyncio-waitpid-{next(_watcher_ids)}', daemon=True)
    thread.start()


def _wait_child(loop, pid, transport):
    while True:
        try:
            _, status = os.waitpid(pid, 0)
        except InterruptedError:
            continue
        except ChildProcessError:
            # Reaped by someone else: its status is lost.
            returncode = 255
            logger.warning('Unknown child process pid %d, will report returncode 255',
                           pid)
        else:
            returncode = os.waitstatus_to_exitcode(status)
        break
    if loop.is_closed():
        logger.warning('Loop %r that handles pid %r is closed', loop, pid)
        return
    try:
        loop.call_soon_threadsafe(transport._process_exited, returncode)
    except RuntimeError:
        # The loop was closed meanwhile.
        pass


def _pipe_kind(fileno):
    mode = os.fstat(fileno).st_mode
    return stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), stat.S_ISCHR(mode)


class _UnixReadPipeTransport(transports.ReadTransport):
    """Reads a pipe, socket or character device into a protocol."""

    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fd = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        if not any(_pipe_kind(self._fd)):
            self._pipe = None
            self._fd = None
            self._protocol = None
            raise ValueError('Pipe transport is for pipes/sockets only.')
        _set_nonblocking(self._fd)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def _add_reader(self, fd, callback):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback)

    def is_reading(self):
        return not self._paused and not self._closing

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        selector = self._loop and self._loop._selector
        if self._pipe is not None and selector is not None:
            info.append(selector_events._poll_state(selector, self._fd,
                                                    selector_events.selectors.EVENT_READ))
        elif self._pipe is not None:
            info.append('open')
        else:
            info.append('closed')
        return '<{}>'.format(' '.join(info))

    def _read_ready(self):
        try:
            data = os.read(self._fd, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._closing = True
        self._loop._remove_reader(self._fd)
        protocol = self._protocol
        self._loop.call_soon(protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._fd, self._read_ready)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if isinstance(exc, OSError) and exc.errno == errno.EIO:
            if self._loop.get_debug():
                logger.debug('%r: %s', self, message, exc_info=True)
        else:
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fd)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixWritePipeTransport(transports._FlowControlMixin, transports.WriteTransport):
    """Writes to a pipe, socket or character device, buffering what must wait."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['pipe'] = pipe
        self._pipe = pipe
        self._fd = pipe.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        is_fifo, is_socket, is_char = _pipe_kind(self._fd)
        if not (is_fifo or is_socket or is_char):
            self._pipe = None
            self._fd = None
            self._protocol = None
            raise ValueError('Pipe transport is only for pipes, sockets and '
                             'character devices')
        _set_nonblocking(self._fd)
        loop.call_soon(protocol.connection_made, self)
        if is_socket or is_fifo:
            # The write end of a pipe turns readable when the reader goes away.
            loop.call_soon(self._loop._add_reader, self._fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        selector = self._loop and self._loop._selector
        if self._pipe is not None and selector is not None:
            info.append(selector_events._poll_state(selector, self._fd,
                                                    selector_events.selectors.EVENT_WRITE))
            info.append(f'bufsize={self.get_write_buffer_size()}')
        elif self._pipe is not None:
            info.append('open')
        else:
            info.append('closed')
        return '<{}>'.format(' '.join(info))

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        if self._buffer:
            self._close(BrokenPipeError())
        else:
            self._close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if isinstance(data, bytearray):
            data = memoryview(data)
        if not data:
            return
        if self._conn_lost or self._closing:
            if self._conn_lost >= selector_events._CONNLOST_WRITE_LOG_THRESHOLD:
                logger.warning('pipe closed by peer or os.write(pipe, data) raised '
                               'exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = os.write(self._fd, data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if n == len(data):
                return
            data = memoryview(data)[n:]
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        try:
            n = os.write(self._fd, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop._remove_writer(self._fd)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        if n < len(self._buffer):
            if n > 0:
                del self._buffer[:n]
            return
        self._buffer.clear()
        self._loop._remove_writer(self._fd)
        self._maybe_resume_protocol()
        if self._closing:
            self._loop._remove_reader(self._fd)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop._remove_reader(self._fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if isinstance(exc, OSError):
            if self._loop.get_debug():
                logger.debug('%r: %s', self, message, exc_info=True)
        else:
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop._remove_writer(self._fd)
        self._buffer.clear()
        self._loop._remove_reader(self._fd)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child started with subprocess.Popen, its pipes made non-blocking."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                      stderr=stderr, universal_newlines=False,
                                      bufsize=bufsize, **kwargs)


class AbstractChildWatcher:
    """Child watchers (deprecated) cannot be chosen: Weft's loop always reaps its
    children with a waiting thread per child."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            f'asyncio.{type(self).__name__} is not supported: Weft\'s event loop '
            f'watches its children itself')


class SafeChildWatcher(AbstractChildWatcher):
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class PidfdChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    pass


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """Default policy: one _UnixSelectorEventLoop per thread."""

    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
EventLoop = SelectorEventLoop
