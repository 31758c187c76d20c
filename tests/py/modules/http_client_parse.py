# http.client: requests and response parsing over a fake socket object
import io
import http.client as hc
from http.client import HTTPConnection, HTTPResponse


class FakeSocket:
    def __init__(self, data, buffered=False):
        if isinstance(data, str):
            data = data.encode('latin-1')
        self.data = data
        self.sent = []
        self.closed = False
        self.buffered = buffered

    def makefile(self, mode, bufsize=None):
        if self.buffered:
            return io.BufferedReader(io.BytesIO(self.data))
        return io.BytesIO(self.data)

    def sendall(self, data):
        self.sent.append(bytes(data))

    def close(self):
        self.closed = True

    def setsockopt(self, *args):
        pass


def show(resp):
    print(resp.status, repr(resp.reason), resp.version, resp.chunked,
          resp.length, resp.will_close)


def parse(text, method='GET', **kw):
    r = HTTPResponse(FakeSocket(text, **kw), method=method)
    r.begin()
    return r


r = parse('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n'
          'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nhelloEXTRA')
show(r)
print(r.getheader('content-type'), r.getheader('Set-Cookie'), r.getheader('X', 'dflt'))
print(r.getheaders())
print(type(r.msg).__name__, r.headers['Content-Length'], r.info() is r.headers)
print(r.getcode(), r.code, r.isclosed())
print(r.read(2), r.length, r.read(), r.isclosed(), r.read())
print(r.msg.getallmatchingheaders('set-cookie'))

# chunked
body = ('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
        '5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n')
r = parse(body)
show(r)
print(r.read())
r = parse(body)
print(r.read(3), r.read(4), r.read(100), r.isclosed())
r = parse(body)
b = bytearray(8)
print(r.readinto(b), bytes(b), r.readinto(b), bytes(b[:4]), r.readinto(b))
r = parse(body, buffered=True)
print(r.read1(3), r.peek(2)[:2], r.read1(), r.read1(), r.read1())
r = parse(body, buffered=True)
print(list(r))

# incomplete chunked
r = parse('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel')
try:
    r.read()
except hc.IncompleteRead as e:
    print(type(e).__name__, repr(e), e.partial, e.expected)
r = parse('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhel')
try:
    r.read()
except hc.IncompleteRead as e:
    print(type(e).__name__, repr(e), e.partial, e.expected)

# incomplete content-length
r = parse('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc')
try:
    r.read()
except hc.IncompleteRead as e:
    print(type(e).__name__, repr(e), str(e) == repr(e) or 'objstr', e.partial, e.expected)
print(r.isclosed())

# no length -> read to close
r = parse('HTTP/1.0 200 OK\r\nServer: x\r\n\r\nall the rest')
show(r)
print(r.read())
r = parse('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nhi')
show(r)
r = parse('HTTP/1.0 200 OK\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\nhi')
show(r)
r = parse('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhi')
show(r)
r = parse('HTTP/1.1 204 No Content\r\nContent-Length: 20\r\n\r\n')
show(r)
r = parse('HTTP/1.1 304 Not Modified\r\n\r\n')
show(r)
r = parse('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi', method='HEAD')
show(r)
print(r.read(), r.isclosed())
r = parse('HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhi')
show(r)
r = parse('HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhi')
show(r)
r = parse('HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nabc')
show(r)
print(r.read())
r = parse('HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n')
show(r)
r = parse('HTTP/1.1 418   I am   a teapot  \r\nContent-Length: 0\r\n\r\n')
show(r)
r = parse('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nab\ncd\n', buffered=True)
print(r.readline(), r.readline(), r.readline(), r.isclosed())

# bad responses
for text in ['', 'garbage\r\n', 'HTTP/1.1 abc OK\r\n\r\n', 'HTTP/1.1 99 Low\r\n\r\n',
             'HTTP/1.1 1000 High\r\n\r\n', 'HTTP/2.0 200 OK\r\n\r\n', 'HTTP/1.1\r\n\r\n',
             'HTTP/1.1 200 OK\r\nX: ' + 'a' * 70000 + '\r\n\r\n',
             'HTTP/1.1 200 OK\r\n' + 'X: y\r\n' * 101 + '\r\n']:
    try:
        parse(text)
        print('ok?')
    except Exception as e:
        print(type(e).__name__, str(e)[:60], e.args[0][:40] if isinstance(e.args[0], str) else '')

r = HTTPResponse(FakeSocket(''))
for f in (r.getheader, r.getheaders):
    try:
        f('x') if f == r.getheader else f()
    except hc.ResponseNotReady as e:
        print(type(e).__name__, repr(e))

# parse_headers
fp = io.BytesIO(b'Host: a\r\nX-Multi: 1\r\n  continued\r\nX-Multi: 2\r\n\r\nbody')
m = hc.parse_headers(fp)
print(type(m).__name__, m.items(), m.get_all('x-multi'), fp.read())

# requests over a fake socket
def conn(response='HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', host='example.com', port=None):
    c = HTTPConnection(host, port)
    c.sock = FakeSocket(response)
    return c

c = conn()
c.request('GET', '/path?q=1', headers={'X-Test': 'yes'})
print(b''.join(c.sock.sent))
r = c.getresponse()
show(r)
print(r.read())

c = conn(port=8080)
c.request('POST', '/submit', body='a=1&b=2', headers={'Content-Type': 'application/x-www-form-urlencoded'})
print(b''.join(c.sock.sent))
c = conn()
c.request('PUT', '/x')
print(b''.join(c.sock.sent))
c = conn()
c.request('POST', '/chunks', body=iter([b'abc', b'', b'defgh']))
print(b''.join(c.sock.sent))
c = conn()
c.request('POST', '/file', body=io.BytesIO(b'file data'))
print(b''.join(c.sock.sent))
c = conn()
c.request('POST', '/text', body=io.StringIO('caf\xe9'), headers={'Content-Length': '4'})
print(b''.join(c.sock.sent))
c = conn()
c.request('GET', 'http://other.org:81/abs', headers={'Accept-Encoding': 'gzip'})
print(b''.join(c.sock.sent))
c = conn(host='[::1]:8000')
print(c.host, c.port)
c.request('GET', '/')
print(b''.join(c.sock.sent))
c = conn()
c.putrequest('GET', '', skip_host=True, skip_accept_encoding=True)
c.putheader('X-Multi', 'a', 'b', 3)
c.endheaders(b'body')
print(b''.join(c.sock.sent))
c = conn()
c.request('POST', '/bytes', body=bytearray(b'12345'), encode_chunked=True, headers={'Transfer-Encoding': 'chunked'})
print(b''.join(c.sock.sent))

try:
    conn().request('POST', '/', body='snow \u2603')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)

# state errors
c = conn()
c.putrequest('GET', '/')
try:
    c.putrequest('GET', '/')
except hc.CannotSendRequest as e:
    print(type(e).__name__, e)
try:
    c.getresponse()
except hc.ResponseNotReady as e:
    print(type(e).__name__, e)
c.endheaders()
try:
    c.putheader('X', 'y')
except hc.CannotSendHeader as e:
    print(type(e).__name__, repr(e))
try:
    c.endheaders()
except hc.CannotSendHeader as e:
    print(type(e).__name__, repr(e))
r = c.getresponse()
try:
    c.getresponse()
except hc.ResponseNotReady as e:
    print(type(e).__name__, e)
print(r.read())
c.request('GET', '/again')
print(c.getresponse().status)

# keep-alive: second request before reading response body
c = conn('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
c.request('GET', '/')
r = c.getresponse()
try:
    c.request('GET', '/')
    c.getresponse()
except hc.ResponseNotReady as e:
    print(type(e).__name__, e)
c.close()
print(c.sock, r.isclosed())

# will_close response closes connection
c = conn('HTTP/1.0 200 OK\r\n\r\nbody')
s = c.sock
c.request('GET', '/')
r = c.getresponse()
print(c.sock, s.closed, r.read())

# validation
for args in [('GET', '/a b'), ('G\nET', '/'), ('GET', '/\x7f')]:
    try:
        conn().putrequest(*args)
    except (ValueError, hc.InvalidURL) as e:
        print(type(e).__name__, e)
c = conn()
c.putrequest('GET', '/')
for name, val in [('Bad:Name', 'v'), (' lead', 'v'), ('X', 'a\nb'), ('X', 'a\rb'), ('X', 'a\r\n b')]:
    try:
        c.putheader(name, val)
        print('ok', name)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [('host:port',), ('h\x00st',)]:
    try:
        HTTPConnection(*args)
    except hc.InvalidURL as e:
        print(type(e).__name__, e)
for h, p in [('a.com', None), ('a.com:81', None), ('a.com:', None), ('[::1]', None), ('[fe80::1]:99', None), ('a.com', 7)]:
    c = HTTPConnection(h, p)
    print(c.host, c.port)

# tunnel
c = HTTPConnection('proxy', 3128)
c.set_tunnel('target.com', 443, headers={'Proxy-Authorization': 'Basic x'})
print(c._tunnel_host, c._tunnel_port, c._tunnel_headers)
c.set_tunnel('other.com')
print(c._tunnel_host, c._tunnel_port, c._tunnel_headers)
c.sock = FakeSocket('HTTP/1.1 200 Connection established\r\nVia: proxy\r\n\r\n')
c._tunnel()
print(b''.join(c.sock.sent))
print(c.get_proxy_response_headers().items())
c.sent = c.sock.sent = []
c.request('GET', '/')
print(b''.join(c.sock.sent))
try:
    c.set_tunnel('x')
except RuntimeError as e:
    print(type(e).__name__, e)
c = HTTPConnection('proxy', 3128)
c.set_tunnel('t.com', 80)
c.sock = FakeSocket('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
try:
    c._tunnel()
except OSError as e:
    print(type(e).__name__, e)
print(HTTPConnection('x').get_proxy_response_headers())

# exceptions
print(issubclass(hc.RemoteDisconnected, ConnectionResetError), issubclass(hc.RemoteDisconnected, hc.BadStatusLine))
e = hc.RemoteDisconnected('gone')
print(e.args, e.line)
print(repr(hc.BadStatusLine('')), hc.BadStatusLine('x').line, str(hc.LineTooLong('header line')))
print(repr(hc.IncompleteRead(b'abc')), repr(hc.IncompleteRead(b'abc', 4)))
print(hc.UnknownProtocol('HTTP/9').version, hc.error is hc.HTTPException)
for n in ['NotConnected', 'InvalidURL', 'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
          'IncompleteRead', 'ImproperConnectionState', 'CannotSendRequest', 'CannotSendHeader',
          'ResponseNotReady', 'BadStatusLine', 'LineTooLong']:
    print(n, [b.__name__ for b in getattr(hc, n).__mro__[1:-2]])
print(hc.responses[200], hc.responses[404], len(hc.responses), hc.OK, repr(hc.NOT_FOUND), hc.HTTP_PORT, hc.HTTPS_PORT)
print(sorted(hc.__all__))
print(HTTPConnection.default_port, HTTPConnection._get_content_length(None, 'post'),
      HTTPConnection._get_content_length('abc', 'GET'), HTTPConnection._get_content_length(io.BytesIO(), 'GET'),
      HTTPConnection._get_content_length([b'x'], 'GET'))
print(issubclass(HTTPResponse, io.BufferedIOBase), HTTPResponse(FakeSocket('')).readable())
