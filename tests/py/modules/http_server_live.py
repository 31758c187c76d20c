# http.server + http.client + urllib.request over a real socket on 127.0.0.1
import http.client
import http.server
import io
import os
import socketserver
import sys
import tempfile
import threading
import urllib.request
import urllib.error
from http import HTTPStatus


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        if self.path == '/redirect':
            self.send_response(302)
            self.send_header('Location', '/hello?from=redirect')
            self.send_header('Content-Length', '0')
            self.end_headers()
            return
        if self.path == '/missing':
            self.send_error(HTTPStatus.NOT_FOUND, 'Nothing here')
            return
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for piece in [b'first ', b'second ', b'third']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
            self.wfile.write(b'0\r\n\r\n')
            return
        body = ('path=%s agent=%s cookie=%s' % (
            self.path, self.headers.get('User-Agent', '-').split('/')[0],
            self.headers.get('Cookie'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.send_header('Set-Cookie', 'session=abc123; Path=/')
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header('Content-Length', '42')
        self.end_headers()

    def do_POST(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if not size:
                    self.rfile.readline()
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
        else:
            data = self.rfile.read(int(self.headers['Content-Length']))
        body = b'got ' + data[::-1]
        self.send_response(201)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
host, port = server.server_address
print(type(port).__name__, port > 0, host)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()

try:
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    conn.request('GET', '/hello')
    r = conn.getresponse()
    print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('Content-Length'))
    print(r.getheader('Server').split('/')[0], r.getheader('Set-Cookie'))
    print(r.read())
    # keep-alive: the same connection serves a second request
    sock = conn.sock
    conn.request('POST', '/submit', body=b'payload')
    r = conn.getresponse()
    print(r.status, r.reason, r.read(), conn.sock is sock)
    conn.request('POST', '/chunky', body=iter([b'ab', b'cd']))
    r = conn.getresponse()
    print(r.status, r.read())
    conn.request('GET', '/chunked')
    r = conn.getresponse()
    print(r.status, r.chunked, r.read(7), r.read())
    conn.request('HEAD', '/')
    r = conn.getresponse()
    print(r.status, r.length, r.getheader('Content-Length'), r.read())
    conn.request('GET', '/missing')
    r = conn.getresponse()
    print(r.status, r.reason, r.getheader('Content-Type'), r.getheader('Connection'))
    print(b'Nothing here' in r.read())
    conn.close()

    conn = http.client.HTTPConnection('127.0.0.1:%d' % port, timeout=10)
    conn.putrequest('DELETE', '/x')
    conn.endheaders()
    r = conn.getresponse()
    print(r.status, r.reason, r.will_close)
    r.read()
    conn.close()

    base = 'http://127.0.0.1:%d' % port
    with urllib.request.urlopen(base + '/page', timeout=10) as f:
        print(f.status, f.reason, f.url == base + '/page', f.headers['Content-Length'], f.read())
    with urllib.request.urlopen(base + '/redirect', timeout=10) as f:
        print(f.status, f.url == base + '/hello?from=redirect', f.read())
    req = urllib.request.Request(base + '/post', data=b'form=1', method='POST')
    with urllib.request.urlopen(req, timeout=10) as f:
        print(f.status, f.read())
    try:
        urllib.request.urlopen(base + '/missing', timeout=10)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, e.reason, e.headers['Content-Type'])
        e.close()

    # cookies through a CookieJar
    import http.cookiejar
    jar = http.cookiejar.CookieJar()
    req = urllib.request.Request(base + '/c1')
    with urllib.request.urlopen(req, timeout=10) as f:
        jar.extract_cookies(f, req)
        f.read()
    print([(c.name, c.value, c.domain, c.path) for c in jar])
    req = urllib.request.Request(base + '/c2')
    jar.add_cookie_header(req)
    with urllib.request.urlopen(req, timeout=10) as f:
        print(f.read())

    # SimpleHTTPRequestHandler on a temporary directory
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, 'file.txt'), 'w') as fh:
        fh.write('static content\n')
    os.mkdir(os.path.join(tmp, 'dir'))

    class Static(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

    def make(*args):
        return Static(*args, directory=tmp)

    static = http.server.HTTPServer(('127.0.0.1', 0), make)
    t2 = threading.Thread(target=static.serve_forever, kwargs={'poll_interval': 0.05})
    t2.start()
    sport = static.server_address[1]
    for path in ['/file.txt', '/dir', '/', '/nope']:
        c = http.client.HTTPConnection('127.0.0.1', sport, timeout=10)
        c.request('GET', path)
        r = c.getresponse()
        data = r.read()
        print(path, r.status, r.getheader('Content-Type'), r.getheader('Location'),
              data if r.status == 200 and path == '/file.txt' else b'file.txt' in data)
        c.close()
    static.shutdown()
    static.server_close()
    t2.join()
    import shutil
    shutil.rmtree(tmp)

    # a raw socketserver echo server
    class Echo(socketserver.StreamRequestHandler):
        def handle(self):
            line = self.rfile.readline()
            self.wfile.write(b'echo: ' + line)

    with socketserver.TCPServer(('127.0.0.1', 0), Echo) as es:
        t3 = threading.Thread(target=es.handle_request)
        t3.start()
        import socket
        s = socket.create_connection(es.server_address, timeout=10)
        s.sendall(b'ping\n')
        print(s.makefile('rb').readline())
        s.close()
        t3.join()

    # a threading UDP server
    class Upper(socketserver.DatagramRequestHandler):
        def handle(self):
            self.wfile.write(self.rfile.read().upper())

    with socketserver.ThreadingUDPServer(('127.0.0.1', 0), Upper) as us:
        t4 = threading.Thread(target=us.serve_forever, kwargs={'poll_interval': 0.05})
        t4.start()
        d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        d.settimeout(10)
        d.sendto(b'datagram', us.server_address)
        print(d.recvfrom(100)[0])
        d.close()
        us.shutdown()
        t4.join()
finally:
    server.shutdown()
    server.server_close()
    thread.join()
print('done')
