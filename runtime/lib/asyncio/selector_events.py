"""The selector event loop and its socket transports.

BaseSelectorEventLoop waits in selector.select() for file descriptors to become
readable or writable, running the callbacks registered with add_reader() and
add_writer(). Other threads wake it by writing a byte into a socket pair (the
self-pipe). The socket transports for streams and datagrams are built on those
readiness callbacks.
"""

__all__ = ('BaseSelectorEventLoop',)

import collections
import errno
import selectors
import socket
import weakref

from . import base_events
from . import events
from . import exceptions
from . import futures
from . import protocols
from . import transports
from . import trsock
from .log import logger

# After this many writes on a lost connection, each further write is logged.
_CONNLOST_WRITE_LOG_THRESHOLD = 5

# Seconds to wait before accepting again after running out of file descriptors.
_ACCEPT_RETRY_DELAY = 1

# Largest chunk read by the sock_sendfile() fallback at once.
_SENDFILE_CHUNK = 256 * 1024

_TRANSIENT = (BlockingIOError, InterruptedError)


def _fd_of(fileobj):
    if isinstance(fileobj, int):
        return fileobj
    try:
        return int(fileobj.fileno())
    except (AttributeError, TypeError, ValueError):
        raise ValueError(f'Invalid file object: {fileobj!r}') from None


def _is_tcp(sock):
    return (sock.family in (socket.AF_INET, getattr(socket, 'AF_INET6', -1))
            and sock.type == socket.SOCK_STREAM and sock.proto == socket.IPPROTO_TCP)


def _set_nodelay(sock):
    if hasattr(socket, 'TCP_NODELAY') and _is_tcp(sock):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop that waits on a selectors.BaseSelector."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = selectors.DefaultSelector()
        logger.debug('Using selector: %s', selector.__class__.__name__)
        self._selector = selector
        self._ssock = self._csock = None
        self._make_self_pipe()
        # Open transports by file descriptor, to refuse add_reader() on their fds.
        self._transports = weakref.WeakValueDictionary()

    # --- transports ------------------------------------------------------------

    def _make_socket_transport(self, sock, protocol, waiter=None, *,
                               extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _make_datagram_transport(self, sock, protocol, address=None, waiter=None,
                                 extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address, waiter, extra)

    # --- life cycle and the self-pipe -----------------------------------------

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close_self_pipe()
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._internal_fds += 1
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def _close_self_pipe(self):
        if self._ssock is None:
            return
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None
        self._internal_fds -= 1

    def _process_self_data(self, data):
        pass

    def _read_from_self(self):
        while True:
            try:
                data = self._ssock.recv(4096)
            except InterruptedError:
                continue
            except BlockingIOError:
                return
            if not data:
                return
            self._process_self_data(data)

    def _write_to_self(self):
        # May run in any thread, or in a signal handler.
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            if self._debug:
                logger.debug('Fail to write a null byte into the self-pipe socket',
                             exc_info=True)

    # --- waiting for events ----------------------------------------------------

    def _wait_for_events(self, timeout):
        event_list = self._selector.select(timeout)
        self._process_events(event_list)

    def _process_events(self, event_list):
        for key, mask in event_list:
            fileobj = key.fileobj
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(fileobj)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(fileobj)
                else:
                    self._ready.append(writer)

    # --- readers and writers ---------------------------------------------------

    def _ensure_fd_no_transport(self, fd):
        fileno = _fd_of(fd)
        transport = self._transports.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f'File descriptor {fd!r} is used by transport '
                               f'{transport!r}')

    def _watch(self, fd, event, callback, args):
        """Register callback(*args) for event on fd; return its handle."""
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = (handle, None) if event == selectors.EVENT_READ else (None, handle)
            self._selector.register(fd, event, pair)
            return handle
        reader, writer = key.data
        if event == selectors.EVENT_READ:
            old, pair = reader, (handle, writer)
        else:
            old, pair = writer, (reader, handle)
        self._selector.modify(fd, key.events | event, pair)
        if old is not None:
            old.cancel()
        return handle

    def _unwatch(self, fd, event):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~event
        if event == selectors.EVENT_READ:
            old, pair = reader, (None, writer)
        else:
            old, pair = writer, (reader, None)
        if mask:
            self._selector.modify(fd, mask, pair)
        else:
            self._selector.unregister(fd)
        if old is None:
            return False
        old.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, selectors.EVENT_READ, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, selectors.EVENT_READ)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, selectors.EVENT_WRITE, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, selectors.EVENT_WRITE)

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._ensure_fd_no_transport(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; return whether it was watched."""
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; return whether it was watched."""
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    # --- low-level socket operations --------------------------------------------

    def _check_socket(self, sock):
        base_events._check_ssl_socket(sock)
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    async def _wait_fd(self, sock, event, attempt, *args):
        """Call attempt(sock, *args) each time sock is ready until it completes.

        attempt raises BlockingIOError or InterruptedError to be called again; its
        result or other exception becomes the outcome.
        """
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)

        def ready():
            if fut.done():
                return
            try:
                result = attempt(sock, *args)
            except _TRANSIENT:
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(result)

        handle = self._watch(fd, event, ready, ())

        def done(f):
            if not handle.cancelled():
                self._unwatch(fd, event)

        fut.add_done_callback(done)
        try:
            return await fut
        finally:
            fut = None

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from sock."""
        self._check_socket(sock)
        try:
            return sock.recv(n)
        except _TRANSIENT:
            pass
        return await self._wait_fd(sock, selectors.EVENT_READ, socket.socket.recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receive into buf; return the number of bytes received."""
        self._check_socket(sock)
        try:
            return sock.recv_into(buf)
        except _TRANSIENT:
            pass
        return await self._wait_fd(sock, selectors.EVENT_READ,
                                   socket.socket.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram of up to bufsize bytes; return (data, address)."""
        self._check_socket(sock)
        try:
            return sock.recvfrom(bufsize)
        except _TRANSIENT:
            pass
        return await self._wait_fd(sock, selectors.EVENT_READ,
                                   socket.socket.recvfrom, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Receive a datagram into buf; return (nbytes, address)."""
        self._check_socket(sock)
        if not nbytes:
            nbytes = len(buf)
        try:
            return sock.recvfrom_into(buf, nbytes)
        except _TRANSIENT:
            pass
        return await self._wait_fd(sock, selectors.EVENT_READ,
                                   socket.socket.recvfrom_into, buf, nbytes)

    async def sock_sendall(self, sock, data):
        """Send all of data on sock."""
        self._check_socket(sock)
        try:
            sent = sock.send(data)
        except _TRANSIENT:
            sent = 0
        if sent == len(data):
            return
        view = memoryview(data).cast('B')
        pos = [sent]

        def attempt(s):
            pos[0] += s.send(view[pos[0]:])
            if pos[0] < len(view):
                raise BlockingIOError
            return None

        return await self._wait_fd(sock, selectors.EVENT_WRITE, attempt)

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to address; return the number of bytes sent."""
        self._check_socket(sock)
        try:
            return sock.sendto(data, address)
        except _TRANSIENT:
            pass
        return await self._wait_fd(sock, selectors.EVENT_WRITE,
                                   socket.socket.sendto, data, address)

    async def sock_connect(self, sock, address):
        """Connect sock to address (resolved first for IP sockets)."""
        self._check_socket(sock)
        if sock.family == socket.AF_INET or (base_events._HAS_IPv6 and
                                             sock.family == socket.AF_INET6):
            resolved = await self._ensure_resolved(
                address, family=sock.family, type=sock.type, proto=sock.proto,
                loop=self)
            address = resolved[0][4]
        try:
            sock.connect(address)
            return
        except _TRANSIENT:
            pass

        def finished(s):
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')

        return await self._wait_fd(sock, selectors.EVENT_WRITE, finished)

    async def sock_accept(self, sock):
        """Accept a connection; return (conn, address) with conn non-blocking."""
        self._check_socket(sock)

        def attempt(s):
            conn, address = s.accept()
            conn.setblocking(False)
            return conn, address

        try:
            return attempt(sock)
        except _TRANSIENT:
            pass
        return await self._wait_fd(sock, selectors.EVENT_READ, attempt)

    async def _sock_sendfile_native(self, sock, file, offset, count):
        raise exceptions.SendfileNotAvailableError(
            f'syscall sendfile is not available for socket {sock!r} and file '
            f'{file!r} combination')

    async def _sock_sendfile_fallback(self, sock, file, offset, count):
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
                await self.sock_sendall(sock, chunk)
                total += len(chunk)
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
        """Send a file over a stream socket; return the number of bytes sent."""
        self._check_socket(sock)
        base_events._check_sendfile_params(sock, file, offset, count)
        try:
            return await self._sock_sendfile_native(sock, file, offset, count)
        except exceptions.SendfileNotAvailableError:
            if not fallback:
                raise
        return await self._sock_sendfile_fallback(sock, file, offset, count)

    # --- serving --------------------------------------------------------------

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None,
                       backlog=100, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock,
                         sslcontext, server, backlog)

    def _accept_connection(self, protocol_factory, sock, sslcontext=None, server=None,
                           backlog=100):
        # Accept up to backlog connections at once.
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS,
                                     errno.ENOMEM):
                    raise
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': trsock.TransportSocket(sock),
                })
                self._remove_reader(sock.fileno())
                self.call_later(_ACCEPT_RETRY_DELAY, self._start_serving,
                                protocol_factory, sock, sslcontext, server, backlog)
                return
            self.create_task(self._accept_connection2(
                protocol_factory, conn, {'peername': addr}, sslcontext, server))

    async def _accept_connection2(self, protocol_factory, conn, extra, sslcontext=None,
                                  server=None):
        protocol = transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter=waiter,
                                                    extra=extra, server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                context = {'message': 'Error on transport creation for incoming '
                                      'connection',
                           'exception': exc}
                if protocol is not None:
                    context['protocol'] = protocol
                if transport is not None:
                    context['transport'] = transport
                self.call_exception_handler(context)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()


class _SelectorTransport(transports._FlowControlMixin, transports.Transport):
    """What the socket transports share: the socket, closing and fatal errors."""

    max_size = 256 * 1024

    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)
        extra = self._extra
        extra['socket'] = trsock.TransportSocket(sock)
        try:
            extra['sockname'] = sock.getsockname()
        except OSError:
            extra['sockname'] = None
        if 'peername' not in extra:
            try:
                extra['peername'] = sock.getpeername()
            except OSError:
                extra['peername'] = None
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = collections.deque()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        if server is not None:
            server._attach(self)
        loop._transports[self._fd] = self

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        if self._loop is not None and not self._loop.is_closed():
            selector = self._loop._selector
            info.append('read=' + _poll_state(selector, self._fd,
                                              selectors.EVENT_READ))
            state = _poll_state(selector, self._fd, selectors.EVENT_WRITE)
            size = self.get_write_buffer_size()
            info.append(f'write=<{state}, bufsize={size}>')
        return '<{}>'.format(' '.join(info))

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._fd)
        if self._loop.get_debug():
            logger.debug('%r pauses reading', self)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._fd, self._read_ready)
        if self._loop.get_debug():
            logger.debug('%r resumes reading', self)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def __del__(self):
        if self._sock is not None:
            try:
                self._sock.close()
            except Exception:
                pass

    def _fatal_error(self, exc, message='Fatal error on transport'):
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
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach(self)
                self._server = None

    def get_write_buffer_size(self):
        return sum(map(len, self._buffer))

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)


def _poll_state(selector, fd, event):
    try:
        key = selector.get_key(fd)
    except KeyError:
        return 'idle'
    return 'polling' if key.events & event else 'idle'


def _check_bytes(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f'data argument must be a bytes-like object, '
                        f'not {type(data).__name__!r}')


class _SelectorSocketTransport(_SelectorTransport):
    """A stream transport over a connected socket."""

    _start_tls_compatible = False
    _read_ready_cb = None

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        self._empty_waiter = None
        _set_nodelay(self._sock)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def set_protocol(self, protocol):
        if isinstance(protocol, protocols.BufferedProtocol):
            self._read_ready_cb = self._read_into_buffer
        else:
            self._read_ready_cb = self._read_data
        super().set_protocol(protocol)

    def _read_ready(self):
        self._read_ready_cb()

    def _read_into_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except _TRANSIENT:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not nbytes:
            self._read_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_data(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except _TRANSIENT:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_eof(self):
        if self._loop.get_debug():
            logger.debug('%r received EOF', self)
        try:
            keep = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep:
            # The protocol may still write: only stop reading.
            self._loop._remove_reader(self._fd)
        else:
            self.close()

    def write(self, data):
        _check_bytes(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _CONNLOST_WRITE_LOG_THRESHOLD:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            # Try to send at once; buffer only what the socket does not take.
            try:
                n = self._sock.send(data)
            except _TRANSIENT:
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = memoryview(data)[n:]
                if not data:
                    return
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer.append(bytes(data))
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        if len(self._buffer) > 1:
            joined = b''.join(self._buffer)
            self._buffer.clear()
            self._buffer.append(joined)
        try:
            n = self._sock.send(self._buffer[0])
        except _TRANSIENT:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            if self._empty_waiter is not None:
                self._empty_waiter.set_exception(exc)
            return
        head = self._buffer[0]
        if n >= len(head):
            self._buffer.popleft()
        elif n:
            self._buffer[0] = head[n:]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        self._loop._remove_writer(self._fd)
        if self._empty_waiter is not None:
            self._empty_waiter.set_result(None)
        if self._closing:
            self._call_connection_lost(None)
        elif self._eof:
            self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def _call_connection_lost(self, exc):
        try:
            super()._call_connection_lost(exc)
        finally:
            if self._empty_waiter is not None:
                self._empty_waiter.set_exception(
                    ConnectionError('Connection is closed by peer'))

    def _make_empty_waiter(self):
        if self._empty_waiter is not None:
            raise RuntimeError('Empty waiter is already set')
        waiter = self._empty_waiter = self._loop.create_future()
        if not self._buffer:
            self._empty_waiter.set_result(None)
        return self._empty_waiter

    def _reset_empty_waiter(self):
        self._empty_waiter = None

class _SelectorDatagramTransport(_SelectorTransport, transports.DatagramTransport):
    """A datagram transport over a (possibly connected) socket."""

    _buffer_factory = collections.deque
    # Bytes counted per queued datagram on top of its data.
    _header_size = 8

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._address = address
        self._buffer_size = 0
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            packet, source = self._sock.recvfrom(self.max_size)
        except _TRANSIENT:
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(packet, source)

    def sendto(self, data, addr=None):
        _check_bytes(data)
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= _CONNLOST_WRITE_LOG_THRESHOLD:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except _TRANSIENT:
                self._loop._add_writer(self._fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))  # queued datagram
        self._buffer_size += len(data) + self._header_size
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data) + self._header_size
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except _TRANSIENT:
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data) + self._header_size
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._fd)
            if self._closing:
                self._call_connection_lost(None)
