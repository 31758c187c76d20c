"""The socket module: the socket class and helpers over the C module _socket.

Constants come back as enum members (AddressFamily, SocketKind, MsgFlag, AddressInfo);
socket objects add makefile(), accept() returning socket objects, context management and
the connection helpers create_connection() and create_server()."""

import _socket
import io
import os
import sys
from _socket import *  # noqa: F401,F403  (every constant and function of the C module)
from enum import IntEnum, IntFlag

__all__ = ['fromfd', 'getfqdn', 'create_connection', 'create_server', 'has_dualstack_ipv6',
           'AddressFamily', 'SocketKind', 'AddressInfo', 'MsgFlag', 'SocketIO', 'socket',
           'SocketType', 'socketpair', 'send_fds', 'recv_fds']
__all__.extend(name for name in dir(_socket) if not name.startswith('_'))

EBADF = getattr(__import__('errno'), 'EBADF', 9)
EAGAIN = getattr(__import__('errno'), 'EAGAIN', 11)
EWOULDBLOCK = getattr(__import__('errno'), 'EWOULDBLOCK', 11)


def _enum_from(name, prefix, kind=IntEnum, skip=()):
    members = {n: getattr(_socket, n) for n in dir(_socket)
               if n.startswith(prefix) and n not in skip and isinstance(getattr(_socket, n), int)}
    members = dict(sorted(members.items(), key=lambda kv: (kv[1], kv[0])))
    made = kind(name, members, module=__name__)
    globals().update(made.__members__)
    return made


AddressFamily = _enum_from('AddressFamily', 'AF_')
SocketKind = _enum_from('SocketKind', 'SOCK_')
MsgFlag = _enum_from('MsgFlag', 'MSG_', IntFlag)
AddressInfo = _enum_from('AddressInfo', 'AI_', IntFlag)

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _as_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A network socket; see the _socket type for the low-level methods."""

    __slots__ = ['_io_refs', '_closed']

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            proto = 0 if proto == -1 else proto
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = (f'<{type(self).__module__}.{type(self).__qualname__}'
                f'{" [closed]" if closed else ""} fd={self.fileno()}, '
                f'family={self.family}, type={self.type}, proto={self.proto}')
        if not closed:
            try:
                local = self.getsockname()
                if local:
                    text += f', laddr={local}'
            except (error, AttributeError):
                pass
            try:
                remote = self.getpeername()
                if remote:
                    text += f', raddr={remote}'
            except (error, AttributeError):
                pass
        return text + '>'

    def __getstate__(self):
        raise TypeError(f'cannot pickle {type(self).__name__!r} object')

    def dup(self):
        """A new socket object on a duplicate of this one's descriptor."""
        sock = type(self)(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Wait for a connection: (new socket, address of the peer)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing this socket."""
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError(f'invalid mode {mode!r} (only r, w, b allowed)')
        reading, writing, binary = 'r' in mode, 'w' in mode, 'b' in mode
        if not reading and not writing:
            reading = True
        raw = SocketIO(self, ('r' if reading else '') + ('w' if writing else ''))
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError('unbuffered streams must be binary')
            return raw
        if reading and writing:
            stream = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            stream = io.BufferedReader(raw, buffering)
        else:
            stream = io.BufferedWriter(raw, buffering)
        if binary:
            return stream
        text = io.TextIOWrapper(stream, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file's contents (from offset, count bytes or to the end); bytes sent."""
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError('file should be opened in binary mode')
        if not self.type & SOCK_STREAM:
            raise ValueError('only SOCK_STREAM type sockets are supported')
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(f'count must be a positive integer (got {count!r})')
            if count <= 0:
                raise ValueError(f'count must be a positive integer (got {count!r})')
        if offset:
            file.seek(offset)
        sent = 0
        chunk = 8192
        try:
            while count is None or sent < count:
                want = chunk if count is None else min(chunk, count - sent)
                data = file.read(want)
                if not data:
                    break
                self.sendall(data)
                sent += len(data)
            return sent
        finally:
            if sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + sent)

    def sendmsg(self, *args, **kwargs):
        raise NotImplementedError('socket.sendmsg() is not supported by Weft')

    def recvmsg(self, *args, **kwargs):
        raise NotImplementedError('socket.recvmsg() is not supported by Weft')

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _close=_socket.socket.close):
        _close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()

    @property
    def family(self):
        return _as_enum(super().family, AddressFamily)

    @property
    def type(self):
        return _as_enum(super().type, SocketKind)

    def get_inheritable(self):
        import fcntl
        return not fcntl.fcntl(self.fileno(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC

    def set_inheritable(self, inheritable):
        import fcntl
        flags = fcntl.fcntl(self.fileno(), fcntl.F_GETFD)
        flags = flags & ~fcntl.FD_CLOEXEC if inheritable else flags | fcntl.FD_CLOEXEC
        fcntl.fcntl(self.fileno(), fcntl.F_SETFD, flags)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of the descriptor fd."""
    return socket(family, type, proto, dup(fd))


def send_fds(sock, buffers, fds, flags=0, address=None):
    raise NotImplementedError('socket.send_fds() needs sendmsg(), which Weft does not support')


def recv_fds(sock, bufsize, maxfds, flags=0):
    raise NotImplementedError('socket.recv_fds() needs recvmsg(), which Weft does not support')


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    first, second = _socket.socketpair(family, type, proto)
    pair = []
    for half in (first, second):
        pair.append(socket(family, type, proto, half.detach()))
    return tuple(pair)


_blocking_errnos = {EAGAIN, EWOULDBLOCK}


class SocketIO(io.RawIOBase):
    """The raw stream under makefile(): reads and writes go to the socket."""

    def __init__(self, sock, mode):
        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):
            raise ValueError(f'invalid mode: {mode!r}')
        io.RawIOBase.__init__(self)
        self._sock = sock
        if 'b' not in mode:
            mode += 'b'
        self._mode = mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._timeout_occurred = False

    def _usable(self, direction):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if not (self._reading if direction == 'r' else self._writing):
            raise io.UnsupportedOperation('File or stream is not '
                                          + ('readable.' if direction == 'r' else 'writable.'))

    def readinto(self, b):
        self._usable('r')
        if self._timeout_occurred:
            raise OSError('cannot read from timed out object')
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except OSError as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def write(self, b):
        self._usable('w')
        try:
            return self._sock.send(b)
        except OSError as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return super().seekable()

    def fileno(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=''):
    """The fully qualified domain name of `name` (default: this host)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, addresses = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                      all_errors=False):
    """Connect to (host, port), trying each address getaddrinfo() gives; the socket."""
    host, port = address
    errors = []
    for family, kind, proto, _, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(target)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup('create_connection failed', errors)
        finally:
            errors = None
    raise error('getaddrinfo returns an empty list')


def has_dualstack_ipv6():
    """Whether an AF_INET6 socket can also accept IPv4 connections."""
    if not has_ipv6:
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to address."""
    if reuse_port and not hasattr(_socket, 'SO_REUSEPORT'):
        raise ValueError('SO_REUSEPORT not supported on this platform')
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError('dualstack_ipv6 not supported on this platform')
        if family != AF_INET6:
            raise ValueError('dualstack_ipv6 requires AF_INET6 family')
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, f'{err.strerror} (while attempting to bind on address '
                        f'{address!r})') from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo() with the family and kind as enum members."""
    out = []
    for fam, kind, pro, canon, addr in _socket.getaddrinfo(host, port, family, type, proto,
                                                           flags):
        out.append((_as_enum(fam, AddressFamily), _as_enum(kind, SocketKind), pro, canon,
                    addr))
    return out
