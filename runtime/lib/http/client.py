# http.client: HTTP/1.1 client connections and response parsing.
#
# A connection object moves through three states: Idle, Request-started
# (after putrequest) and Request-sent (after endheaders); getresponse()
# returns it to Idle.  Responses are read from the socket's makefile('rb').

import collections.abc
import email.message
import email.parser
import errno
import http
import io
import re
import sys
from urllib.parse import urlsplit

try:
    import socket
except ImportError:
    socket = None

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# Every status name (OK, NOT_FOUND, ...) is also a module constant.
globals().update(http.HTTPStatus.__members__)

responses = {status: status.phrase
             for status in http.HTTPStatus.__members__.values()}

_MAXLINE = 65536
_MAXHEADERS = 100

# Header names: no colon, no whitespace start, no line breaks.
_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
# Header values: a line break is allowed only when folding (followed by
# a space or tab).
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search

_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

if socket is not None:
    _GLOBAL_DEFAULT_TIMEOUT = socket._GLOBAL_DEFAULT_TIMEOUT
else:
    _GLOBAL_DEFAULT_TIMEOUT = object()


def _encode(data, name='data'):
    """Encode text as Latin-1, with a clearer message on failure."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        bad = data[err.start:err.end]
        reason = ("%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
                  "if you want to send it encoded in UTF-8." %
                  (name.title(), bad, name))
        raise UnicodeEncodeError(err.encoding, err.object, err.start,
                                 err.end, reason) from None


def _host_bytes(host):
    """Encode a host name: ASCII as is, otherwise with the IDNA codec."""
    try:
        return host.encode("ascii")
    except UnicodeEncodeError:
        return host.encode("idna")


def _strip_ipv6_iface(enc_name):
    """Drop a '%scope' zone suffix from a bracketed IPv6 host (bytes)."""
    head, percent, _ = enc_name.partition(b"%")
    if percent:
        head += b']'
    return head


class HTTPMessage(email.message.Message):
    """The headers of an HTTP message."""

    def getallmatchingheaders(self, name):
        """Header names matching name (case-insensitive), with any
        continuation entries that follow them."""
        prefix = name.lower() + ':'
        size = len(prefix)
        found = []
        matching = False
        for line in self.keys():
            if line[:size].lower() == prefix:
                matching = True
            elif not line[:1].isspace():
                matching = False
            if matching:
                found.append(line)
        return found


def _read_headers(fp):
    """Read raw header lines (bytes) up to and including the blank line."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return lines


def _parse_header_lines(header_lines, _class=HTTPMessage):
    text = b''.join(header_lines).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


def parse_headers(fp, _class=HTTPMessage):
    """Read headers from the binary file fp and return a message object."""
    return _parse_header_lines(_read_headers(fp), _class)


class HTTPResponse(io.BufferedIOBase):
    """A response read from a socket: status, headers, then the body."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        raw = self.fp.readline(_MAXLINE + 1)
        line = str(raw, "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # The server closed the connection before sending anything.
            raise RemoteDisconnected("Remote end closed connection without"
                                     " response")
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version, status, reason = "", "", ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            # Interim "100 Continue" responses carry headers we ignore.
            skipped = _read_headers(self.fp)
            if self.debuglevel > 0:
                print("headers:", skipped)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)

        self.msg = self.headers = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        encoding = self.headers.get("transfer-encoding")
        if encoding and encoding.lower() == "chunked":
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False

        self.will_close = self._check_close()

        self.length = None
        length = self.headers.get("Content-Length")
        if length and not self.chunked:
            try:
                value = int(length)
            except ValueError:
                value = None
            if value is not None and value >= 0:
                self.length = value

        if (status in (NO_CONTENT, NOT_MODIFIED) or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0

        # Without a length or chunking, the body ends when the server closes.
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        # HTTP/1.0 closes unless keep-alive was negotiated.
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        proxy_conn = self.headers.get("proxy-connection")
        if proxy_conn and "keep-alive" in proxy_conn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """Whether the underlying file has been closed (body consumed)."""
        return self.fp is None

    def _account(self, count, requested):
        """Bookkeeping after a plain (non-chunked) read of count bytes."""
        if not count and requested:
            self._close_conn()
        elif self.length is not None:
            self.length -= count
            if not self.length:
                self._close_conn()

    def read(self, amt=None):
        """Read the whole body, or at most amt bytes of it."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            self._account(len(data), amt)
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        if self.fp is None:
            return 0
        if self._method == "HEAD":
            self._close_conn()
            return 0
        if self.chunked:
            return self._readinto_chunked(b)
        if self.length is not None and len(b) > self.length:
            b = memoryview(b)[:self.length]
        count = self.fp.readinto(b)
        self._account(count, len(b))
        return count

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        line = line.split(b";", 1)[0]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b'\r\n', b'\n', b''):
                return

    def _get_chunk_left(self):
        """Bytes left in the current chunk, reading the next chunk header
        when the current one is used up; None at the end of the body."""
        left = self.chunk_left
        if not left:
            if left is not None:
                self._safe_read(2)  # CRLF that ends the previous chunk
            try:
                left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
            if left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                left = None
            self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while True:
                left = self._get_chunk_left()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    parts.append(self._safe_read(amt))
                    self.chunk_left = left - amt
                    break
                parts.append(self._safe_read(left))
                if amt is not None:
                    amt -= left
                self.chunk_left = 0
            return b''.join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts)) from exc

    def _readinto_chunked(self, b):
        total = 0
        view = memoryview(b)
        try:
            while True:
                left = self._get_chunk_left()
                if left is None:
                    return total
                if len(view) <= left:
                    count = self._safe_readinto(view)
                    self.chunk_left = left - count
                    return total + count
                count = self._safe_readinto(view[:left])
                view = view[count:]
                total += count
                self.chunk_left = 0
        except IncompleteRead:
            raise IncompleteRead(bytes(b[:total]))

    def _safe_read(self, amt):
        """Read exactly amt bytes or raise IncompleteRead."""
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _safe_readinto(self, b):
        want = len(b)
        count = self.fp.readinto(b)
        if count < want:
            raise IncompleteRead(bytes(b[:count]), want - count)
        return count

    def read1(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._read1_chunked(n)
        if self.length is not None and (n < 0 or n > self.length):
            n = self.length
        data = self.fp.read1(n)
        self._account(len(data), n)
        return data

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._peek_chunked(n)
        return self.fp.peek(n)

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return super().readline(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        data = self.fp.readline(limit)
        self._account(len(data), limit)
        return data

    def _read1_chunked(self, n):
        left = self._get_chunk_left()
        if left is None or n == 0:
            return b''
        if not 0 <= n <= left:
            n = left
        data = self.fp.read1(n)
        self.chunk_left -= len(data)
        if not data:
            raise IncompleteRead(b"")
        return data

    def _peek_chunked(self, n):
        try:
            left = self._get_chunk_left()
        except IncompleteRead:
            return b''
        if left is None:
            return b''
        return self.fp.peek(left)[:left]

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of header name (several values joined by ', '),
        or default when it is absent."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        """A list of (name, value) pairs for the response headers."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _create_https_context(http_version):
    import ssl
    context = ssl._create_default_https_context()
    if http_version == 11:
        context.set_alpn_protocols(['http/1.1'])
    if getattr(context, 'post_handshake_auth', None) is not None:
        context.post_handshake_auth = True
    return context


class HTTPConnection:
    """One connection to an HTTP server, used for a series of requests."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length to send for body, or None when it cannot be
        known in advance (files, iterables)."""
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            return None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self._raw_proxy_headers = None
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        if socket is not None:
            self._create_connection = socket.create_connection
        else:
            self._create_connection = _no_socket_connection

    def set_tunnel(self, host, port=None, headers=None):
        """Tunnel through the proxy given to the constructor, with an HTTP
        CONNECT request to host:port; call before connecting."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        if headers:
            self._tunnel_headers = headers.copy()
        else:
            self._tunnel_headers.clear()
        if not any(name.lower() == "host" for name in self._tunnel_headers):
            host_text = _host_bytes(self._tunnel_host).decode("ascii")
            self._tunnel_headers["Host"] = "%s:%d" % (host_text,
                                                      self._tunnel_port)

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')
            if colon > bracket:
                port_text = host[colon + 1:]
                try:
                    port = int(port_text)
                except ValueError:
                    if port_text:
                        raise InvalidURL("nonnumeric port: '%s'" % port_text)
                    port = self.default_port
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _wrap_ipv6(self, ip):
        if b':' in ip and not ip.startswith(b'['):
            return b"[" + ip + b"]"
        return ip

    def _tunnel(self):
        lines = [b"CONNECT %s:%d %s\r\n" % (
            self._wrap_ipv6(_host_bytes(self._tunnel_host)),
            self._tunnel_port, self._http_vsn_str.encode("ascii"))]
        for name, value in self._tunnel_headers.items():
            lines.append(("%s: %s\r\n" % (name, value)).encode("latin-1"))
        lines.append(b"\r\n")
        self.send(b"".join(lines))

        response = self.response_class(self.sock, 0, self._method)
        try:
            version, code, message = response._read_status()
            raw = _read_headers(response.fp)
            self._raw_proxy_headers = raw
            if self.debuglevel > 0:
                for line in raw:
                    print('header:', line.decode())
            if code != http.HTTPStatus.OK:
                self.close()
                raise OSError("Tunnel connection failed: %d %s"
                              % (code, message.strip()))
        finally:
            response.close()

    def get_proxy_response_headers(self):
        """Headers of the proxy's answer to the CONNECT request, or None
        when no tunnel was set up."""
        if self._raw_proxy_headers is None:
            return None
        return _parse_header_lines(self._raw_proxy_headers)

    def connect(self):
        """Open the socket to self.host, self.port."""
        sys.audit("http.client.connect", self, self.host, self.port)
        self.sock = self._create_connection((self.host, self.port),
                                            self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            if e.errno != errno.ENOPROTOOPT:
                raise
        except AttributeError:
            pass
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Close the connection (and any response still open on it)."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Send data (bytes-like, a readable file or an iterable of bytes),
        connecting first if needed."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            for block in self._read_readable(data):
                sys.audit("http.client.send", self, block)
                self.sock.sendall(block)
            return
        sys.audit("http.client.send", self, data)
        try:
            self.sock.sendall(data)
        except TypeError:
            if not isinstance(data, collections.abc.Iterable):
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data))
            for piece in data:
                self.sock.sendall(piece)

    def _output(self, s):
        self._buffer.append(s)

    def _read_readable(self, readable):
        if self.debuglevel > 0:
            print("reading a readable")
        text = self._is_textIO(readable)
        while True:
            block = readable.read(self.blocksize)
            if not block:
                return
            if text:
                block = block.encode("iso-8859-1")
            yield block

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the buffered request line and headers, then the body."""
        self._buffer.extend((b"", b""))
        head = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(head)

        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            pieces = self._read_readable(message_body)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    pieces = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like "
                                    "object or an iterable, got %r"
                                    % type(message_body))
            else:
                pieces = (message_body,)
        chunking = encode_chunked and self._http_vsn == 11
        for piece in pieces:
            if not piece:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunking:
                piece = (b'%X\r\n' % len(piece)) + bytes(piece) + b'\r\n'
            self.send(piece)
        if chunking:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        """Start a request: buffer the request line, plus Host and
        Accept-Encoding headers unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _CS_REQ_STARTED

        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        self._output(self._encode_request(
            '%s %s %s' % (method, url, self._http_vsn_str)))

        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ''
            if url.startswith('http'):
                netloc = urlsplit(url)[1]
            if netloc:
                encoded = _host_bytes(netloc)
                self.putheader('Host', _strip_ipv6_iface(encoded))
            else:
                if self._tunnel_host:
                    host, port = self._tunnel_host, self._tunnel_port
                else:
                    host, port = self.host, self.port
                encoded = _host_bytes(host)
                encoded = self._wrap_ipv6(encoded)
                if ":" in host:
                    encoded = _strip_ipv6_iface(encoded)
                if port == self.default_port:
                    self.putheader('Host', encoded)
                else:
                    self.putheader('Host', "%s:%s" % (encoded.decode("ascii"),
                                                      port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        bad = _contains_disallowed_method_pchar_re.search(method)
        if bad:
            raise ValueError("method can't contain control characters. %r "
                             "(found at least %r)" % (method, bad.group()))

    def _validate_path(self, url):
        bad = _contains_disallowed_url_pchar_re.search(url)
        if bad:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (url, bad.group()))

    def _validate_host(self, host):
        bad = _contains_disallowed_url_pchar_re.search(host)
        if bad:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (host, bad.group()))

    def putheader(self, header, *values):
        """Buffer one header line; several values become folded lines."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _is_illegal_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Finish the headers and send the request (with message_body)."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        """Send a whole request: method, url, optional body and headers."""
        self._send_request(method, url, body, headers,
                           encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        names = frozenset(name.lower() for name in headers)
        skips = {}
        if 'host' in names:
            skips['skip_host'] = 1
        if 'accept-encoding' in names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)

        if 'content-length' in names:
            encode_chunked = False
        elif 'transfer-encoding' not in names:
            # Work out the framing ourselves: a length when the body size is
            # known, otherwise chunked encoding.
            encode_chunked = False
            length = self._get_content_length(body, method)
            if length is None:
                if body is not None:
                    if self.debuglevel > 0:
                        print('Unable to determine size of %r' % body)
                    encode_chunked = True
                    self.putheader('Transfer-Encoding', 'chunked')
            else:
                self.putheader('Content-Length', str(length))

        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Read the server's response to the request just sent."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)

        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel,
                                           method=self._method)
        else:
            # Subclasses may not accept a debuglevel argument.
            response = self.response_class(self.sock,
                                           method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                # The socket now belongs to the response alone.
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


def _no_socket_connection(address, timeout=None, source_address=None):
    raise OSError(errno.ENOSYS if hasattr(errno, 'ENOSYS') else 38,
                  'network connections need the socket module')


try:
    import ssl
except ImportError:
    ssl = None

if ssl is not None:
    class HTTPSConnection(HTTPConnection):
        """An HTTP connection over TLS."""

        default_port = HTTPS_PORT

        def __init__(self, host, port=None, *,
                     timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                     context=None, blocksize=8192):
            super().__init__(host, port, timeout, source_address,
                             blocksize=blocksize)
            if context is None:
                context = _create_https_context(self._http_vsn)
            self._context = context

        def connect(self):
            super().connect()
            name = self._tunnel_host or self.host
            plain = self.sock
            self.sock = self._context.wrap_socket(plain, server_hostname=name)
else:
    class HTTPSConnection(HTTPConnection):
        """HTTPS needs the ssl module, which this runtime lacks."""

        default_port = HTTPS_PORT

        def __init__(self, *args, **kwargs):
            raise NotImplementedError(
                "HTTPSConnection requires the ssl module, "
                "which is not available")

__all__.append("HTTPSConnection")


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ''
        if self.expected is not None:
            more = ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__,
                                        len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


# The old name of the base exception.
error = HTTPException
