"""Opening URLs.

Request describes a request (URL, body, headers) and is complete.
urlopen() handles http: URLs through http.client (following redirects,
raising HTTPError for error statuses) and file: URLs; https: needs the
ssl module.  The opener/handler machinery (build_opener and friends) is
not provided.
"""

import email.message
import email.utils
import io
import mimetypes
import os
import re
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (quote, unquote, unwrap, urljoin, urlparse,
                          urlsplit, _splittype, _splithost, _splittag)

__all__ = ['Request', 'urlopen', 'pathname2url', 'url2pathname', 'URLError',
           'HTTPError', 'ContentTooShortError', 'getproxies']

_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host name, lower-cased and without a port."""
    host = urlparse(request.full_url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return _cut_port_re.sub("", host, 1).lower()


class Request:
    """An HTTP (or other URL) request: URL, optional body, headers and
    the details cookie handling needs (origin host, verifiability)."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _splittag(unwrap(url))
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # A new body invalidates any length computed for the old one.
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method: self.method if set, else POST with a body, GET
        without."""
        default = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers
                or header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


def getproxies():
    """Proxy URLs from the <scheme>_proxy environment variables."""
    found = {}
    for name, value in os.environ.items():
        lower = name.lower()
        if value and lower.endswith('_proxy'):
            found[lower[:-6]] = value
    if 'REQUEST_METHOD' in os.environ:
        found.pop('http', None)
    return found


_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_REDIRECTS = 10


def _open_http(req, timeout):
    import http.client
    if req.type == 'https':
        conn_class = http.client.HTTPSConnection
    else:
        conn_class = http.client.HTTPConnection
    host = req.host
    if not host:
        raise URLError('no host given')
    kwargs = {}
    if timeout is not _DEFAULT_TIMEOUT:
        kwargs['timeout'] = timeout
    conn = conn_class(host, **kwargs)
    headers = dict(req.unredirected_hdrs)
    headers.update((k, v) for k, v in req.headers.items() if k not in headers)
    headers["Connection"] = "close"
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes,"
                            " or a file object. It cannot be of type str.")
        if 'Content-type' not in headers:
            headers['Content-type'] = 'application/x-www-form-urlencoded'
        if 'Content-length' not in headers and 'Transfer-encoding' not in headers:
            length = http.client.HTTPConnection._get_content_length(
                data, req.get_method())
            if length is not None:
                headers['Content-length'] = str(length)
            else:
                headers['Transfer-encoding'] = 'chunked'
    sel_host = urlparse(req.selector)[1] if req.has_proxy() else None
    headers.setdefault('Host', sel_host or host)
    headers.setdefault('User-agent', 'Python-urllib/3.13')
    headers = {name.title(): value for name, value in headers.items()}
    try:
        conn.request(req.get_method(), req.selector, data, headers,
                     encode_chunked=req.has_header('Transfer-encoding'))
        response = conn.getresponse()
    except OSError as err:
        conn.close()
        raise URLError(err)
    if conn.sock:
        conn.sock.close()
        conn.sock = None
    response.url = req.get_full_url()
    response.msg = response.reason
    return response


def _open_file(req):
    host = req.host
    path = url2pathname(req.selector)
    if host and host.lower() not in ('localhost',):
        raise URLError('file:// scheme is supported only on localhost')
    try:
        st = os.stat(path)
    except OSError as exp:
        raise URLError(exp, exp.filename)
    ctype = mimetypes.guess_file_type(path)[0]
    headers = email.message.Message()
    headers['Content-type'] = ctype or 'text/plain'
    headers['Content-length'] = str(st.st_size)
    headers['Last-modified'] = email.utils.formatdate(st.st_mtime, usegmt=True)
    return _FileResponse(open(path, 'rb'), headers, req.full_url)


class _FileResponse(io.BufferedReader):
    def __init__(self, fp, headers, url):
        super().__init__(io.BytesIO(fp.read()))
        fp.close()
        self.headers = headers
        self.url = url
        self.status = None

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


_DEFAULT_TIMEOUT = object()


def urlopen(url, data=None, timeout=_DEFAULT_TIMEOUT, *, context=None):
    """Open url (a string or a Request) and return a response object.

    http: responses with an error status raise HTTPError; redirects are
    followed."""
    req = url if isinstance(url, Request) else Request(url, data)
    if data is not None:
        req.data = data
    for _ in range(_MAX_REDIRECTS + 1):
        if req.type == 'file':
            return _open_file(req)
        if req.type not in ('http', 'https'):
            raise URLError('unknown url type: %s' % req.type)
        response = _open_http(req, timeout)
        code = response.status
        if code in _REDIRECTS:
            location = response.headers.get('location') or \
                response.headers.get('uri')
            if location is None:
                break
            response.read()
            response.close()
            new_url = urljoin(req.full_url, location)
            if urlsplit(new_url).scheme not in ('http', 'https', 'ftp', ''):
                raise HTTPError(new_url, code,
                                "redirection to url '%s' is not allowed"
                                % new_url, response.headers, None)
            method = req.get_method()
            keep_body = code in (307, 308)
            headers = {k: v for k, v in req.headers.items()
                       if keep_body or k.lower() not in ('content-length',
                                                         'content-type')}
            req = Request(new_url, data=req.data if keep_body else None,
                          headers=headers, origin_req_host=req.origin_req_host,
                          unverifiable=True,
                          method=method if keep_body else
                          ('HEAD' if method == 'HEAD' else 'GET'))
            continue
        if not 200 <= code < 300:
            raise HTTPError(req.full_url, code, response.reason,
                            response.headers, response)
        return response
    raise HTTPError(req.full_url, code,
                    "The HTTP server returned a redirect error that would "
                    "lead to an infinite loop.\nThe last 30x error message "
                    "was:\n" + response.reason, response.headers, None)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url to filename (or a temporary file);
    return (filename, headers)."""
    with urlopen(url, data) as response:
        headers = response.info()
        if filename is None:
            import tempfile
            suffix = os.path.splitext(urlsplit(
                url if isinstance(url, str) else url.full_url).path)[1]
            fd, filename = tempfile.mkstemp(suffix)
            out = os.fdopen(fd, 'wb')
        else:
            out = open(filename, 'wb')
        with out:
            size = -1
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            total = 0
            blocknum = 0
            if reporthook:
                reporthook(blocknum, 8192, size)
            while True:
                block = response.read(8192)
                if not block:
                    break
                total += len(block)
                out.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, 8192, size)
    if size >= 0 and total < size:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes"
            % (total, size), (filename, headers))
    return filename, headers


def build_opener(*handlers):
    raise NotImplementedError('urllib.request.build_opener is not supported')


def install_opener(opener):
    raise NotImplementedError('urllib.request.install_opener is not supported')


def pathname2url(pathname):
    """Turn a local path into the path part of a 'file:' URL (by quoting it)."""
    return quote(pathname)


def url2pathname(pathname):
    """Turn the path part of a 'file:' URL back into a local path (unquoting)."""
    return unquote(pathname)
