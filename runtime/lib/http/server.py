# http.server: HTTP servers and request handlers (a base handler that parses
# requests and writes responses, a static-file handler and a CGI handler).

__version__ = "0.6"

__all__ = [
    "HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
    "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler",
]

import copy
import datetime
import email.utils
import html
import http.client
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"


class HTTPServer(socketserver.TCPServer):
    """A TCP server that records its host name and port after binding."""

    allow_reuse_address = 1

    def server_bind(self):
        super().server_bind()
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


def _make_control_char_table():
    table = {}
    for code in list(range(0x20)) + list(range(0x7f, 0xa0)):
        table[code] = '\\x%02x' % code
    table[ord('\\')] = '\\\\'
    return table


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches each to a do_<METHOD>() method.

    While handling, the request is described by command, path,
    request_version and headers; rfile holds any request body and the
    response is written to wfile, starting with send_response(),
    send_header() calls and end_headers()."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE

    # Version assumed when the request line has no version (HTTP/0.9).
    default_request_version = "HTTP/0.9"

    def parse_request(self):
        """Parse self.raw_requestline and the headers that follow it.

        Sets command, path, request_version and headers; returns False
        (after sending an error response where one is due) on failure."""
        self.command = None
        version = self.default_request_version
        self.request_version = version
        self.close_connection = True
        line = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = line
        words = line.split()
        if not words:
            return False

        if len(words) >= 3:
            version = words[-1]
            numbers = None
            if version.startswith('HTTP/'):
                number_text = version[5:]
                parts = number_text.split('.')
                if (len(parts) == 2
                        and all(p.isdigit() and len(p) <= 10 for p in parts)):
                    numbers = (int(parts[0]), int(parts[1]))
            if numbers is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if numbers >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if numbers >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % number_text)
                return False
            self.request_version = version

        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % line)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path

        # A path starting with '//' could be taken for a network location.
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')

        try:
            self.headers = http.client.parse_headers(
                self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Too many headers", str(err))
            return False

        connection = self.headers.get('Connection', "").lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False

        expect = self.headers.get('Expect', "").lower()
        if (expect == "100-continue"
                and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue'; return False after sending an
        error response to refuse the request body instead."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read, parse and dispatch one request."""
        try:
            line = self.rfile.readline(65537)
            self.raw_requestline = line
            if len(line) > 65536:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not line:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            handler = getattr(self, 'do_' + self.command, None)
            if handler is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            handler()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        """Handle requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send (and log) an error response with an HTML explanation."""
        try:
            short, long = self.responses[code]
        except KeyError:
            short, long = '???', '???'
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)  # also logs the request
        self.send_header('Connection', 'close')

        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            fields = {'code': code,
                      'message': html.escape(message, quote=False),
                      'explain': html.escape(explain, quote=False)}
            text = self.error_message_format % fields
            body = text.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", "%d" % len(body))
        self.end_headers()

        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Buffer the status line plus Server and Date headers, and log."""
        self.log_request(code)
        self.send_response_only(code, message)
        for name, value in (('Server', self.version_string()),
                            ('Date', self.date_time_string())):
            self.send_header(name, value)

    def send_response_only(self, code, message=None):
        """Buffer just the status line."""
        if self.request_version == 'HTTP/0.9':
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        if not hasattr(self, '_headers_buffer'):
            self._headers_buffer = []
        status = "%s %d %s\r\n" % (self.protocol_version, code, message)
        self._headers_buffer.append(status.encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Buffer one header line."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            line = "%s: %s\r\n" % (keyword, value)
            self._headers_buffer.append(line.encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """End the header block and send what was buffered."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            pending = self._headers_buffer
            self._headers_buffer = []
            self.wfile.write(b"".join(pending))

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    _control_char_table = _make_control_char_table()

    def log_message(self, format, *args):
        """Write a log line to stderr, prefixed by the client address and
        the time, with control characters escaped."""
        message = (format % args).translate(self._control_char_table)
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(), message))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """An HTTP date (RFC 7231 format) for timestamp, default now."""
        if timestamp is None:
            timestamp = time.time()
        return email.utils.formatdate(timestamp, usegmt=True)

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def address_string(self):
        return self.client_address[0]

    # The protocol version sent in responses; "HTTP/1.1" enables
    # persistent connections (responses then need a Content-Length).
    protocol_version = "HTTP/1.0"

    MessageClass = http.client.HTTPMessage

    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD requests from files under self.directory,
    with directory listings where there is no index page."""

    server_version = "SimpleHTTP/" + __version__
    index_pages = ("index.html", "index.htm")
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        source = self.send_head()
        if source:
            try:
                self.copyfile(source, self.wfile)
            finally:
                source.close()

    def do_HEAD(self):
        source = self.send_head()
        if source:
            source.close()

    def send_head(self):
        """Send the status line and headers for GET/HEAD; return an open
        file with the body, or None when nothing more is to be sent."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith('/'):
                # Redirect so that relative links resolve inside the folder.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                location = urllib.parse.urlunsplit(
                    url._replace(path=url.path + '/'))
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for name in self.index_pages:
                candidate = os.path.join(path, name)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)

        ctype = self.guess_type(path)
        # A trailing slash on a file name is an error (as on most servers).
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:  # open before sending headers, so a failure can still be reported
            source = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None

        try:
            st = os.fstat(source.fileno())
            if ("If-Modified-Since" in self.headers
                    and "If-None-Match" not in self.headers):
                if self._not_modified_since(st.st_mtime):
                    self.send_response(HTTPStatus.NOT_MODIFIED)
                    self.end_headers()
                    source.close()
                    return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(st[6]))
            self.send_header("Last-Modified",
                             self.date_time_string(st.st_mtime))
            self.end_headers()
            return source
        except:
            source.close()
            raise

    def _not_modified_since(self, mtime):
        try:
            since = email.utils.parsedate_to_datetime(
                self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=datetime.timezone.utc)
        if since.tzinfo is not datetime.timezone.utc:
            return False
        modified = datetime.datetime.fromtimestamp(mtime,
                                                   datetime.timezone.utc)
        return modified.replace(microsecond=0) <= since

    def list_directory(self, path):
        """Send headers for an HTML listing of directory path and return
        it as a file object (or None after an error response)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND,
                            "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        try:
            shown = urllib.parse.unquote(self.path, errors='surrogatepass')
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(self.path)
        shown = html.escape(shown, quote=False)
        enc = sys.getfilesystemencoding()
        title = 'Directory listing for %s' % shown
        lines = ['<!DOCTYPE HTML>',
                 '<html lang="en">',
                 '<head>',
                 '<meta charset="%s">' % enc,
                 '<title>%s</title>\n</head>' % title,
                 '<body>\n<h1>%s</h1>' % title,
                 '<hr>\n<ul>']
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors='surrogatepass'),
                html.escape(label, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        data = '\n'.join(lines).encode(enc, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % enc)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def translate_path(self, path):
        """Map a URL path to a file name under self.directory, ignoring
        query, fragment and any '.', '..' or drive-like components."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        wants_dir = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        path = posixpath.normpath(path)
        result = self.directory
        for word in path.split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir,
                                                             os.pardir):
                continue
            result = os.path.join(result, word)
        if wants_dir:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The MIME type for path, from extensions_map or mimetypes;
        application/octet-stream when unknown."""
        ext = posixpath.splitext(path)[1]
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        guessed = mimetypes.guess_file_type(path)[0]
        return guessed or 'application/octet-stream'


def _url_collapse_path(path):
    """Normalise the path part of a URL: resolve '.' and '..' segments
    and collapse repeated slashes, keeping the query string.  Raises
    IndexError when '..' would climb above the root."""
    path, _, query = path.partition('?')
    path = urllib.parse.unquote(path)
    segments = path.split('/')
    kept = []
    for segment in segments[:-1]:
        if segment == '..':
            kept.pop()
        elif segment and segment != '.':
            kept.append(segment)
    tail = segments[-1] if segments else ''
    if tail == '..':
        kept.pop()
        tail = ''
    elif tail == '.':
        tail = ''
    if query:
        tail = '%s?%s' % (tail, query)
    return '/' + '/'.join(kept) + '/' + tail


nobody = None


def nobody_uid():
    """The uid of user 'nobody' (or one more than the largest uid)."""
    global nobody
    if nobody:
        return nobody
    try:
        import pwd
    except ImportError:
        return -1
    try:
        nobody = pwd.getpwnam('nobody')[2]
    except KeyError:
        nobody = 1 + max(entry[2] for entry in pwd.getpwall())
    return nobody


def executable(path):
    """Whether path names an executable file."""
    return os.access(path, os.X_OK)


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """Also runs CGI scripts found under cgi_directories (for POST and
    for GET/HEAD of a script path)."""

    have_fork = hasattr(os, 'fork')
    rbufsize = 0
    cgi_directories = ['/cgi-bin', '/htbin']

    def __init__(self, *args, **kwargs):
        import warnings
        warnings._deprecated("http.server.CGIHTTPRequestHandler",
                             remove=(3, 15))
        super().__init__(*args, **kwargs)

    def do_POST(self):
        if self.is_cgi():
            self.run_cgi()
        else:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                            "Can only POST to CGI scripts")

    def send_head(self):
        if self.is_cgi():
            return self.run_cgi()
        return SimpleHTTPRequestHandler.send_head(self)

    def is_cgi(self):
        """Whether the request path lies in a CGI directory; if so, set
        self.cgi_info to (directory, rest of the path)."""
        collapsed = _url_collapse_path(self.path)
        slash = collapsed.find('/', 1)
        while slash > 0 and collapsed[:slash] not in self.cgi_directories:
            slash = collapsed.find('/', slash + 1)
        if slash > 0:
            self.cgi_info = collapsed[:slash], collapsed[slash + 1:]
            return True
        return False

    def is_executable(self, path):
        return executable(path)

    def is_python(self, path):
        return os.path.splitext(path)[1].lower() in (".py", ".pyw")

    def run_cgi(self):
        """Run the CGI script named by self.cgi_info in a subprocess."""
        directory, rest = self.cgi_info
        path = directory + '/' + rest
        # Walk down while the next component is a directory.
        i = path.find('/', len(directory) + 1)
        while i >= 0:
            head = path[:i]
            tail = path[i + 1:]
            if not os.path.isdir(self.translate_path(head)):
                break
            directory, rest = head, tail
            i = path.find('/', len(directory) + 1)
        rest, _, query = rest.partition('?')
        script, slash, rest = rest.partition('/')
        rest = slash + rest
        scriptname = directory + '/' + script
        script_path = self.translate_path(scriptname)
        if not os.path.exists(script_path):
            self.send_error(HTTPStatus.NOT_FOUND,
                            "No such CGI script (%r)" % scriptname)
            return
        if not os.path.isfile(script_path):
            self.send_error(HTTPStatus.FORBIDDEN,
                            "CGI script is not a plain file (%r)" % scriptname)
            return
        ispy = self.is_python(scriptname)
        if not ispy and not self.is_executable(script_path):
            self.send_error(HTTPStatus.FORBIDDEN,
                            "CGI script is not executable (%r)" % scriptname)
            return

        env = copy.deepcopy(dict(os.environ))
        path_info = urllib.parse.unquote(rest)
        env.update({
            'SERVER_SOFTWARE': self.version_string(),
            'SERVER_NAME': self.server.server_name,
            'GATEWAY_INTERFACE': 'CGI/1.1',
            'SERVER_PROTOCOL': self.protocol_version,
            'SERVER_PORT': str(self.server.server_port),
            'REQUEST_METHOD': self.command,
            'PATH_INFO': path_info,
            'PATH_TRANSLATED': self.translate_path(path_info),
            'SCRIPT_NAME': scriptname,
            'QUERY_STRING': query,
            'REMOTE_ADDR': self.client_address[0],
        })
        auth = self.headers.get("Authorization")
        if auth:
            parts = auth.split()
            if len(parts) == 2:
                import base64
                import binascii
                env['AUTH_TYPE'] = parts[0]
                if parts[0].lower() == "basic":
                    try:
                        decoded = base64.decodebytes(
                            parts[1].encode('ascii')).decode('ascii')
                    except (binascii.Error, UnicodeError):
                        pass
                    else:
                        user = decoded.split(':')
                        if len(user) == 2:
                            env['REMOTE_USER'] = user[0]
        ctype = self.headers.get('content-type')
        env['CONTENT_TYPE'] = ctype if ctype else self.headers.get_content_type()
        body_length = self.headers.get('Content-Length')
        if body_length:
            env['CONTENT_LENGTH'] = body_length
        referer = self.headers.get('referer')
        if referer:
            env['HTTP_REFERER'] = referer
        accepted = self.headers.get_all('Accept', ())
        env['HTTP_ACCEPT'] = ','.join(
            item.strip() for line in accepted for item in line.split(','))
        agent = self.headers.get('user-agent')
        if agent:
            env['HTTP_USER_AGENT'] = agent
        cookies = filter(None, self.headers.get_all('cookie', []))
        cookie_str = ', '.join(cookies)
        if cookie_str:
            env['HTTP_COOKIE'] = cookie_str
        for name in ('REMOTE_HOST', 'CONTENT_LENGTH', 'HTTP_USER_AGENT',
                     'HTTP_COOKIE', 'HTTP_REFERER'):
            env.setdefault(name, "")

        self.send_response(HTTPStatus.OK, "Script output follows")
        self.flush_headers()

        decoded_query = query.replace('+', ' ')
        import subprocess
        cmdline = [script_path]
        if ispy:
            cmdline = [sys.executable, '-u'] + cmdline
        if '=' not in decoded_query:
            cmdline.append(decoded_query)
        try:
            nbytes = int(body_length)
        except (TypeError, ValueError):
            nbytes = 0
        proc = subprocess.Popen(cmdline, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        data = self.rfile.read(nbytes) if (self.command.lower() == "post"
                                           and nbytes > 0) else None
        stdout, stderr = proc.communicate(data)
        self.wfile.write(stdout)
        if stderr:
            self.log_error('%s', stderr)
        if proc.returncode:
            self.log_error("CGI script exit status %#x", proc.returncode)
        else:
            self.log_message("CGI script exited OK")


def _get_best_family(*address):
    infos = socket.getaddrinfo(*address, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    family, _, _, _, sockaddr = next(iter(infos))
    return family, sockaddr


def test(HandlerClass=BaseHTTPRequestHandler,
         ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serve HTTP with HandlerClass on the given port until interrupted."""
    family, address = _get_best_family(bind, port)
    ServerClass.address_family = family
    HandlerClass.protocol_version = protocol
    with ServerClass(address, HandlerClass) as server:
        host, port = server.socket.getsockname()[:2]
        url_host = '[%s]' % host if ':' in host else host
        print("Serving HTTP on %s port %s (http://%s:%s/) ..."
              % (host, port, url_host, port))
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _main():
    import argparse
    import contextlib

    parser = argparse.ArgumentParser()
    add = parser.add_argument
    add('--cgi', action='store_true', help='run as CGI server')
    add('-b', '--bind', metavar='ADDRESS',
        help='bind to this address (default: all interfaces)')
    add('-d', '--directory', default=os.getcwd(),
        help='serve this directory (default: current directory)')
    add('-p', '--protocol', metavar='VERSION', default='HTTP/1.0',
        help='conform to this HTTP version (default: %(default)s)')
    add('port', default=8000, type=int, nargs='?',
        help='bind to this port (default: %(default)s)')
    options = parser.parse_args()
    handler = CGIHTTPRequestHandler if options.cgi else SimpleHTTPRequestHandler

    class DualStackServer(ThreadingHTTPServer):
        def server_bind(self):
            # Accept IPv4 too on an IPv6 socket, where supported.
            with contextlib.suppress(Exception):
                self.socket.setsockopt(socket.IPPROTO_IPV6,
                                       socket.IPV6_V6ONLY, 0)
            return super().server_bind()

        def finish_request(self, request, client_address):
            handler_class = self.RequestHandlerClass
            handler_class(request, client_address, self,
                          directory=options.directory)

    test(HandlerClass=handler, ServerClass=DualStackServer,
         port=options.port, bind=options.bind, protocol=options.protocol)


if __name__ == '__main__':
    _main()
