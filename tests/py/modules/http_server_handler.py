# http.server / socketserver: request handlers driven through fake socket objects
import io
import os
import sys
try:
    import socket
except ImportError:
    # Only the constants are needed when no real socket is used.
    socket = type(sys)('socket')
    socket.AF_INET, socket.SOCK_STREAM, socket.SOCK_DGRAM = 2, 1, 2
    socket._GLOBAL_DEFAULT_TIMEOUT = object()
    socket.SHUT_WR = 1
    sys.modules['socket'] = socket
import socketserver
import http.server as hs
from http import HTTPStatus


class FakeConn:
    def __init__(self, data):
        self.data = data
        self.out = []

    def makefile(self, mode, bufsize=-1):
        assert mode == 'rb'
        return io.BufferedReader(io.BytesIO(self.data))

    def sendall(self, b):
        self.out.append(bytes(b))

    def settimeout(self, t):
        pass


class FakeServer:
    server_name = 'testhost'
    server_port = 8000


LOG = []


class Quiet:
    def date_time_string(self, timestamp=None):
        return 'DATE' if timestamp is None else 'MTIME'

    def log_date_time_string(self):
        return 'NOW'

    def log_message(self, format, *args):
        LOG.append(format % args)

    def version_string(self):
        return 'TestServer/1.0'


class Handler(Quiet, hs.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ('path=%s version=%s ua=%s' % (
            self.path, self.request_version, self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(HTTPStatus.CREATED, 'Made')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())


def run(cls, raw, **kw):
    LOG.clear()
    conn = FakeConn(raw)
    h = cls(conn, ('127.0.0.1', 5555), FakeServer(), **kw)
    out = b''.join(conn.out)
    print(out.decode('latin-1').replace('\r\n', '|'))
    print('  log:', LOG)
    return h


run(Handler, b'GET /hello?x=1 HTTP/1.0\r\nUser-Agent: t\r\n\r\n')
run(Handler, b'POST /p HTTP/1.0\r\nContent-Length: 5\r\n\r\nhelloXX')
run(Handler, b'GET /old\r\n')
run(Handler, b'POST /old\r\n')
run(Handler, b'DELETE / HTTP/1.0\r\n\r\n')
run(Handler, b'GET / HTTP/2.0\r\n\r\n')
run(Handler, b'GET / HTTP/1.x\r\n\r\n')
run(Handler, b'GET / FTP/1.0\r\n\r\n')
run(Handler, b'GET / HTTP/1.0 extra\r\n\r\n')
run(Handler, b'GET\r\n')
run(Handler, b'\r\n')
run(Handler, b'')
run(Handler, b'GET //double/slash HTTP/1.0\r\n\r\n')
run(Handler, b'GET / HTTP/1.0\r\n' + b'X: y\r\n' * 101 + b'\r\n')
run(Handler, b'GET / HTTP/1.0\r\nX: ' + b'a' * 70000 + b'\r\n\r\n')
run(Handler, b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n')
run(Handler, b'HEAD / HTTP/1.0\r\n\r\n')


class KeepAlive(Handler):
    protocol_version = 'HTTP/1.1'


h = run(KeepAlive, b'GET /one HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\nConnection: close\r\n\r\nGET /three HTTP/1.1\r\n\r\n')
print(h.close_connection, h.command, h.path, h.request_version, h.requestline)
run(KeepAlive, b'POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab')
run(KeepAlive, b'GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n')


class Errors(Quiet, hs.BaseHTTPRequestHandler):
    def do_GET(self):
        code = int(self.path[1:])
        if code == 999:
            self.send_error(404, 'Custom <msg>', 'Explain & more')
        else:
            self.send_error(code)


for c in [404, 204, 304, 100, 500, 999, 299]:
    run(Errors, b'GET /%d HTTP/1.0\r\n\r\n' % c)

# helpers
h = Handler.__new__(Handler)
h.request_version = 'HTTP/1.0'
h.requestline = 'GET / HTTP/1.0'
h.client_address = ('10.0.0.1', 1)
h.wfile = io.BytesIO()
h.send_response_only(200)
h.send_header('X', 'y')
h.send_header('Connection', 'keep-alive')
print(h.close_connection)
h.send_header('Connection', 'close')
print(h.close_connection)
h.end_headers()
print(h.wfile.getvalue())
h.send_response_only(299)
h.flush_headers()
print(h.wfile.getvalue())
print(h.address_string(), hs.BaseHTTPRequestHandler.date_time_string(h, 0),
      hs.BaseHTTPRequestHandler.date_time_string(h, 1700000000.5))
LOG.clear()
h.log_request(HTTPStatus.OK, 12)
h.log_error('bad %s', 'x\x1b\n\\')
print(LOG)
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
hs.BaseHTTPRequestHandler.log_message(h, 'hi %d\x07', 5)
sys.stderr = old
v = buf.getvalue()
print(v[:v.index('[')], v[v.index(']'):])
print(hs.BaseHTTPRequestHandler.server_version, hs.SimpleHTTPRequestHandler.server_version,
      hs.BaseHTTPRequestHandler.protocol_version, hs.BaseHTTPRequestHandler.default_request_version,
      hs.BaseHTTPRequestHandler.sys_version.startswith('Python/'))
print(hs.BaseHTTPRequestHandler.responses[404], hs.BaseHTTPRequestHandler.MessageClass.__name__)
print(hs.DEFAULT_ERROR_CONTENT_TYPE, hs.__all__)
print(hs.BaseHTTPRequestHandler.monthname, hs.BaseHTTPRequestHandler.weekdayname)

# SimpleHTTPRequestHandler on a temporary tree
import tempfile
tmp = tempfile.mkdtemp()
os.mkdir(os.path.join(tmp, 'sub'))
os.mkdir(os.path.join(tmp, 'withindex'))
with open(os.path.join(tmp, 'hello.txt'), 'wb') as f:
    f.write(b'hello file\n')
with open(os.path.join(tmp, 'page.HTML'), 'wb') as f:
    f.write(b'<p>x</p>')
with open(os.path.join(tmp, 'data.bin.gz'), 'wb') as f:
    f.write(b'\x1f\x8b')
with open(os.path.join(tmp, 'sub', 'a b&c.txt'), 'wb') as f:
    f.write(b'spaced')
with open(os.path.join(tmp, 'withindex', 'index.html'), 'wb') as f:
    f.write(b'INDEX')
os.utime(os.path.join(tmp, 'hello.txt'), (1000000000, 1000000000))


class Files(Quiet, hs.SimpleHTTPRequestHandler):
    pass


def get(path, method='GET', extra=b''):
    run(Files, method.encode() + b' ' + path.encode() + b' HTTP/1.0\r\n' + extra + b'\r\n', directory=tmp)


get('/hello.txt')
get('/hello.txt', 'HEAD')
get('/hello.txt?q=1#frag')
get('/page.HTML')
get('/data.bin.gz')
get('/missing')
get('/hello.txt/')
get('/')
get('/sub')
get('/sub/')
get('/sub/a%20b%26c.txt')
get('/withindex/')
get('/../../hello.txt')
get('/hello.txt', extra=b'If-Modified-Since: Sun, 09 Sep 2001 01:46:40 GMT\r\n')
get('/hello.txt', extra=b'If-Modified-Since: Sun, 09 Sep 2001 01:46:39 GMT\r\n')
get('/hello.txt', extra=b'If-Modified-Since: garbage\r\n')
get('/hello.txt', 'POST')

f = Files.__new__(Files)
f.directory = '/srv'
for p in ['/a/b', '/a/../../b', '/a/./b/', '/%41%2e', '/a?x', '/a#y', '//x', '/c:/windows']:
    print(repr(p), f.translate_path(p))
for p in ['x.txt', 'x.TXT', 'x.gz', 'x.Z', 'x.unknownext', 'x.html', 'x.json', 'noext']:
    print(p, f.guess_type(p))
import shutil
shutil.rmtree(tmp)

# socketserver handlers with fake objects
class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'echo:' + line)

conn = FakeConn(b'one\ntwo\n')
Echo(conn, ('1.2.3.4', 9), None)
print(conn.out)


class UDPConn:
    def sendto(self, data, addr):
        print('sendto', data, addr)


class DG(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


DG((b'packet', UDPConn()), ('5.6.7.8', 10), None)


class Base(socketserver.BaseRequestHandler):
    def setup(self):
        print('setup', self.request, self.client_address, self.server)

    def handle(self):
        print('handle')
        raise ValueError('boom')

    def finish(self):
        print('finish')


try:
    Base('req', 'addr', 'srv')
except ValueError as e:
    print(type(e).__name__, e)


class MyServer(socketserver.BaseServer):
    def verify_request(self, request, client_address):
        return request != 'reject'

    def get_request(self):
        return self.queue.pop(0)

    def close_request(self, request):
        print('close', request)

    def handle_error(self, request, client_address):
        print('handle_error', request, sys.exc_info()[0].__name__)


class H(socketserver.BaseRequestHandler):
    def handle(self):
        if self.request == 'bad':
            raise KeyError(self.request)
        print('handled', self.request, self.client_address)


srv = MyServer(('h', 1), H)
srv.queue = [('ok', 'a1'), ('reject', 'a2'), ('bad', 'a3')]
for _ in range(3):
    srv._handle_request_noblock()
print(srv.server_address, srv.RequestHandlerClass.__name__, srv.timeout)
with srv as s:
    print(s is srv)
print(sorted(n for n in socketserver.__all__ if "Unix" not in n and "Fork" not in n))
print([c.__name__ for c in socketserver.ThreadingTCPServer.__mro__])
print(socketserver.TCPServer.request_queue_size, socketserver.UDPServer.max_packet_size,
      socketserver.ThreadingMixIn.daemon_threads, socketserver.StreamRequestHandler.rbufsize,
      socketserver.StreamRequestHandler.wbufsize, hs.HTTPServer.allow_reuse_address,
      hs.ThreadingHTTPServer.daemon_threads)
