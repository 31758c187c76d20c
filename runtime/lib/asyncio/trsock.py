"""TransportSocket: the view of a transport's socket given out by get_extra_info()."""

import socket


class TransportSocket:
    """A restricted proxy for a socket owned by a transport or server.

    Only operations that cannot disturb the transport are offered: the socket
    stays non-blocking and cannot be read from or written to through it.
    """

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        parts = [f'fd={self.fileno()}', f'family={self.family!s}',
                 f'type={self.type!s}', f'proto={self.proto}']
        if self.fileno() != -1:
            for label, getter in (('laddr', self.getsockname),
                                  ('raddr', self.getpeername)):
                try:
                    addr = getter()
                except OSError:
                    continue
                if addr:
                    parts.append(f'{label}={addr}')
        return f'<asyncio.TransportSocket {", ".join(parts)}>'

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')
