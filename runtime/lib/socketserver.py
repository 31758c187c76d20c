# socketserver: a framework for network servers (TCP, UDP and Unix-domain
# servers, with threading and forking variants, plus request handlers).

__version__ = "0.4"

import os
import socket
import sys
import threading
from io import BufferedIOBase
from time import monotonic as time

try:
    import selectors
except ImportError:
    selectors = None
try:
    import select
except ImportError:
    select = None

__all__ = ["BaseServer", "TCPServer", "UDPServer",
           "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn"]
if hasattr(os, "fork"):
    __all__.extend(["ForkingUDPServer", "ForkingTCPServer", "ForkingMixIn"])
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])
    if hasattr(os, "fork"):
        __all__.extend(["ForkingUnixStreamServer",
                        "ForkingUnixDatagramServer"])


def _wait_readable(obj, timeout):
    """Wait until obj (anything with fileno()) is readable.

    Returns True when readable, False on timeout, or None when neither the
    selectors nor the select module is available (the caller then polls
    with a socket timeout instead)."""
    if selectors is not None:
        if hasattr(selectors, 'PollSelector'):
            selector = selectors.PollSelector()
        else:
            selector = selectors.SelectSelector()
        with selector:
            selector.register(obj, selectors.EVENT_READ)
            return bool(selector.select(timeout))
    if select is not None:
        if hasattr(select, 'poll'):
            poller = select.poll()
            poller.register(obj.fileno(), select.POLLIN)
            ms = None if timeout is None else max(0, int(timeout * 1000))
            return bool(poller.poll(ms))
        ready, _, _ = select.select([obj], [], [], timeout)
        return bool(ready)
    return None


class BaseServer:
    """The part of a server that does not depend on the kind of socket.

    Subclasses provide server_bind, server_activate, get_request, fileno,
    shutdown_request, close_request and server_close; handlers come from
    RequestHandlerClass(request, client_address, server)."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()
        self.__shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called, checking for the
        shutdown request every poll_interval seconds."""
        self.__is_shut_down.clear()
        try:
            while not self.__shutdown_request:
                ready = _wait_readable(self, poll_interval)
                if ready is None:
                    self._poll_by_timeout(poll_interval)
                elif ready and not self.__shutdown_request:
                    self._handle_request_noblock()
                self.service_actions()
        finally:
            self.__shutdown_request = False
            self.__is_shut_down.set()

    def _poll_by_timeout(self, interval):
        """Accept one request waiting at most interval seconds, using a
        socket timeout (for runtimes without select)."""
        sock = getattr(self, 'socket', None)
        if sock is None:
            self._handle_request_noblock()
            return
        previous = sock.gettimeout()
        sock.settimeout(interval)
        try:
            req, addr = self.get_request()
        except OSError:
            return
        finally:
            try:
                sock.settimeout(previous)
            except OSError:
                pass
        # The connection must not inherit the short polling timeout.
        if previous is None and hasattr(req, 'settimeout'):
            if socket.getdefaulttimeout() is None:
                req.settimeout(None)
        self._dispatch(req, addr)

    def shutdown(self):
        """Make serve_forever() stop and wait until it has; must be called
        from another thread than the one running serve_forever()."""
        self.__shutdown_request = True
        self.__is_shut_down.wait()

    def service_actions(self):
        """Called once per loop of serve_forever(); a hook for subclasses."""
        pass

    def handle_request(self):
        """Wait for one request (at most self.timeout or the socket's
        timeout) and handle it; call handle_timeout() if none comes."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        deadline = None if timeout is None else time() + timeout
        while True:
            ready = _wait_readable(self, timeout)
            if ready is None:
                ready = True
            if ready:
                return self._handle_request_noblock()
            if timeout is not None:
                timeout = deadline - time()
                if timeout < 0:
                    return self.handle_timeout()

    def _handle_request_noblock(self):
        try:
            req, addr = self.get_request()
        except OSError:
            return
        self._dispatch(req, addr)

    def _dispatch(self, request, client_address):
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        """Return False to reject a request; accepts everything here."""
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        """Report an exception raised while handling a request."""
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        """Bind the socket (with the reuse options asked for) and record
        the actual address in self.server_address."""
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if (self.allow_reuse_port and hasattr(socket, "SO_REUSEPORT")
                and self.address_family in (socket.AF_INET,
                                            getattr(socket, 'AF_INET6', None))):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            # Signal the end of the data to the client before closing.
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket; each request is (data, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


if hasattr(os, "fork"):
    class ForkingMixIn:
        """Handle each request in a child process."""

        timeout = 300
        active_children = None
        max_children = 40
        block_on_close = True

        def collect_children(self, *, blocking=False):
            """Reap finished children; wait while there are too many."""
            if self.active_children is None:
                return
            while len(self.active_children) >= self.max_children:
                try:
                    pid, _ = os.waitpid(-1, 0)
                    self.active_children.discard(pid)
                except ChildProcessError:
                    self.active_children.clear()
                except OSError:
                    break
            for pid in list(self.active_children):
                try:
                    flags = 0 if blocking else os.WNOHANG
                    done, _ = os.waitpid(pid, flags)
                    self.active_children.discard(done)
                except ChildProcessError:
                    self.active_children.discard(pid)
                except OSError:
                    pass

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def process_request(self, request, client_address):
            pid = os.fork()
            if pid:
                if self.active_children is None:
                    self.active_children = set()
                self.active_children.add(pid)
                self.close_request(request)
                return
            status = 1
            try:
                self.finish_request(request, client_address)
                status = 0
            except Exception:
                self.handle_error(request, client_address)
            finally:
                try:
                    self.shutdown_request(request)
                finally:
                    os._exit(status)

        def server_close(self):
            super().server_close()
            self.collect_children(blocking=self.block_on_close)


class _Threads(list):
    """The non-daemon request threads, so server_close() can join them."""

    def append(self, thread):
        self.reap()
        if not thread.daemon:
            list.append(self, thread)

    def pop_all(self):
        taken = self[:]
        del self[:]
        return taken

    def join(self):
        for thread in self.pop_all():
            thread.join()

    def reap(self):
        self[:] = [t for t in self if t.is_alive()]


class _NoThreads:
    """Stands in for _Threads when threads are not tracked."""

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Handle each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            if '_threads' not in vars(self):
                self._threads = _Threads()
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._threads.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


if hasattr(os, "fork"):
    class ForkingUDPServer(ForkingMixIn, UDPServer):
        pass

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, 'AF_UNIX'):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass

    if hasattr(os, "fork"):
        class ForkingUnixStreamServer(ForkingMixIn, UnixStreamServer):
            pass

        class ForkingUnixDatagramServer(ForkingMixIn, UnixDatagramServer):
            pass


class BaseRequestHandler:
    """Handles one request: the constructor runs setup(), handle() and
    finish(); override handle() (and the others if needed)."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream sockets with rfile and wfile file objects."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(conn)
        else:
            self.wfile = conn.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                # The client may already have gone away.
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered binary writer that sends straight to a socket."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        return memoryview(b).nbytes

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagrams: rfile reads the packet, and what is
    written to wfile is sent back to the client afterwards."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
