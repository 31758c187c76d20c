"""Protocol interfaces: the callbacks that transports call."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """Callbacks every protocol has: connection events and flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """The transport is connected and ready."""

    def connection_lost(self, exc):
        """The connection ended; exc is None for a normal close."""

    def pause_writing(self):
        """Stop writing: the transport's buffer is over its high mark."""

    def resume_writing(self):
        """Writing may go on: the buffer drained below its low mark."""


class Protocol(BaseProtocol):
    """Callbacks for a byte stream."""

    __slots__ = ()

    def data_received(self, data):
        """Bytes arrived."""

    def eof_received(self):
        """The other end will send no more data."""


class BufferedProtocol(BaseProtocol):
    """Callbacks for a byte stream read into buffers the protocol supplies."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for incoming bytes."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer from get_buffer()."""

    def eof_received(self):
        """The other end will send no more data."""


class DatagramProtocol(BaseProtocol):
    """Callbacks for datagrams."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed with the OSError exc."""


class SubprocessProtocol(BaseProtocol):
    """Callbacks for a child process and its pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its pipe fd (1 or 2)."""

    def pipe_connection_lost(self, fd, exc):
        """The pipe fd of the child was closed."""

    def process_exited(self):
        """The child process ended."""
