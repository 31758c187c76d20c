"""Parse URLs into components, join them, and quote and unquote them.

urlsplit()/urlparse() follow RFC 3986 with the lenient choices of the web
(leading C0 controls and spaces, and tabs and newlines anywhere, are
dropped); urljoin() resolves a reference against a base URL; the quoting
functions implement percent-encoding and the parse_qs()/urlencode() pair
handles application/x-www-form-urlencoded query strings.

Functions accept str or bytes (never a mix); bytes are decoded as ASCII and
the results are encoded back, so they come out as the same type.
"""

import re
import string as _string
import types
from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag',
           'urlsplit', 'urlunsplit', 'urlencode', 'parse_qs',
           'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes',
           'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Schemes with relative references, a network location, ';' parameters,
# and so on.  They are public and mutable: applications add to them.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

# Characters allowed in a scheme name (it must also begin with a letter).
scheme_chars = _string.ascii_letters + _string.digits + '+-.'

# The WHATWG URL standard strips these from both ends; only the leading
# ones are removed here, as trailing spaces may be meaningful.
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
# Tabs and line breaks are deleted wherever they occur.
_DROPPED_EVERYWHERE = '\t\r\n'

MAX_CACHE_SIZE = None


def clear_cache():
    """Kept for compatibility: nothing is cached."""


# --- str/bytes coercion ---------------------------------------------------

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding, errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding, errors=_implicit_errors):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    # Empty arguments of either type mix freely with the others, so that
    # defaults such as scheme='' work for bytes input too.
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# --- result types ---------------------------------------------------------

class _StrParts:
    # encode() gives the bytes twin of a str result tuple.
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        fields = [part.encode(encoding, errors) for part in self]
        return self._bytes_twin(*fields)


class _BytesParts:
    # decode() gives the str twin of a bytes result tuple.
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        fields = [part.decode(encoding, errors) for part in self]
        return self._str_twin(*fields)


class _NetlocAccess:
    # username/password/hostname/port, computed from the netloc field by
    # the _userinfo and _hostinfo properties of the str/bytes subclasses.
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # Lowercase the host but not the zone of a scoped IPv6 address
        # (the part after '%'), which is case sensitive.
        cut = host.find('%' if isinstance(host, str) else b'%')
        if cut < 0:
            return host.lower()
        return host[:cut].lower() + host[cut:]

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f'Port could not be cast to integer value as {port!r}')
            if not 0 <= port <= 65535:
                raise ValueError('Port out of range 0-65535')
        return port

    __class_getitem__ = classmethod(types.GenericAlias)


def _split_userinfo(netloc, at, colon):
    userinfo, have_info, _ = netloc.rpartition(at)
    if not have_info:
        return None, None
    username, have_password, password = userinfo.partition(colon)
    return username, (password if have_password else None)


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    _, have_open_br, bracketed = hostinfo.partition(lbr)
    if have_open_br:
        hostname, _, port = bracketed.partition(rbr)
        port = port.partition(colon)[2]
    else:
        hostname, _, port = hostinfo.partition(colon)
    return hostname, (port or None)


class _StrNetlocParts(_NetlocAccess, _StrParts):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _BytesNetlocParts(_NetlocAccess, _BytesParts):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragTuple = namedtuple('DefragResult', ['url', 'fragment'])
_SplitTuple = namedtuple('SplitResult',
                         ['scheme', 'netloc', 'path', 'query', 'fragment'])
_ParseTuple = namedtuple('ParseResult',
                         ['scheme', 'netloc', 'path', 'params', 'query', 'fragment'])
_DefragTuple.__doc__ = """DefragResult(url, fragment): a URL cut at '#'."""
_SplitTuple.__doc__ = """SplitResult(scheme, netloc, path, query, fragment):
the five parts urlsplit() finds (';' parameters stay in the path)."""
_ParseTuple.__doc__ = """ParseResult(scheme, netloc, path, params, query, fragment):
the six parts urlparse() finds."""

# The public name for the shared base class.
ResultBase = _StrNetlocParts


class DefragResult(_DefragTuple, _StrParts):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitTuple, _StrNetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseTuple, _StrNetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragTuple, _BytesParts):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitTuple, _BytesNetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseTuple, _BytesNetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair_up(str_cls, bytes_cls):
    str_cls._bytes_twin = bytes_cls
    bytes_cls._str_twin = str_cls


_pair_up(DefragResult, DefragResultBytes)
_pair_up(SplitResult, SplitResultBytes)
_pair_up(ParseResult, ParseResultBytes)


# --- splitting and joining ------------------------------------------------

def _splitparams(url):
    # Parameters belong to the last path segment only.
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _checknetloc(netloc):
    # Reject hosts whose NFKC form would sneak in a delimiter.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    stripped = netloc
    for ch in '@:#?':
        stripped = stripped.replace(ch, '')
    folded = unicodedata.normalize('NFKC', stripped)
    if folded == stripped:
        return
    for ch in '/?#@:':
        if ch in folded:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _check_bracketed_netloc(netloc):
    # Only the text between the first '[' and the next ']' is validated.
    bracketed = netloc.partition('[')[2]
    hostname = bracketed.partition(']')[0]
    _check_bracketed_host(hostname)


def _check_bracketed_host(hostname):
    # A bracketed host is an IPv6 address or an "IPvFuture" literal.
    if hostname.startswith('v'):
        if not re.match(r'\Av[a-fA-F0-9]+\..+\Z', hostname):
            raise ValueError('IPvFuture address is invalid')
    else:
        import ipaddress
        ip = ipaddress.ip_address(hostname)
        if isinstance(ip, ipaddress.IPv4Address):
            raise ValueError('An IPv4 address cannot be in brackets')


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment).

    scheme is the default used when the URL names none.  The result is a
    SplitResult, or a SplitResultBytes for bytes input; missing parts are
    empty.  ';' parameters are left in the path (see urlparse()).
    """
    url, scheme, restore = _coerce_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for ch in _DROPPED_EVERYWHERE:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')

    colon = url.find(':')
    if (colon > 0 and url[0].isascii() and url[0].isalpha()
            and all(ch in scheme_chars for ch in url[:colon])):
        scheme = url[:colon].lower()
        url = url[colon + 1:]

    netloc = ''
    if url.startswith('//'):
        netloc, url = _splitnetloc(url, 2)
        has_open = '[' in netloc
        has_close = ']' in netloc
        if has_open != has_close:
            raise ValueError('Invalid IPv6 URL')
        if has_open:
            _check_bracketed_netloc(netloc)

    fragment = ''
    if allow_fragments:
        url, hash_sign, tail = url.partition('#')
        if hash_sign:
            fragment = tail
    url, qmark, tail = url.partition('?')
    query = tail if qmark else ''
    _checknetloc(netloc)
    return restore(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment).

    Like urlsplit(), but for schemes in uses_params the ';' parameters of
    the last path segment are split off into params.  The result is a
    ParseResult or a ParseResultBytes.
    """
    url, scheme, restore = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return restore(ParseResult(parts.scheme, parts.netloc, path, params,
                               parts.query, parts.fragment))


def urlunsplit(components):
    """Build a URL from five parts, the inverse of urlsplit().

    Empty parts leave out their delimiter, so the text may differ from the
    URL originally split while meaning the same thing.
    """
    scheme, netloc, url, query, fragment, restore = _coerce_args(*components)
    if netloc:
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + netloc + url
    elif url.startswith('//'):
        # Keep a path that starts with '//' from reading as a netloc.
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url.startswith('/')):
        url = '//' + url
    pieces = [url]
    if scheme:
        pieces.insert(0, scheme + ':')
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return restore(''.join(pieces))


def urlunparse(components):
    """Build a URL from six parts, the inverse of urlparse(); see
    urlunsplit() about delimiters of empty parts."""
    scheme, netloc, url, params, query, fragment, restore = _coerce_args(*components)
    if params:
        url = url + ';' + params
    return restore(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url, which may be relative, against the base URL and
    return the absolute result (RFC 3986, with browsers' leniency)."""
    if not base:
        return url
    if not url:
        return base

    base, url, restore = _coerce_args(base, url)
    old = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, old.scheme,
                                                             allow_fragments)

    if scheme != old.scheme or scheme not in uses_relative:
        return restore(url)
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse((scheme, netloc, path, params, query,
                                       fragment)))
        netloc = old.netloc

    if not path and not params:
        # Only a query and/or fragment: keep the base's path.
        return restore(urlunparse((scheme, netloc, old.path, old.params,
                                   query or old.query, fragment)))

    base_parts = old.path.split('/')
    if base_parts[-1] != '':
        # The last segment of the base is a "file": the reference replaces it.
        del base_parts[-1]

    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty inner segments are dropped (RFC 3986 section 5.2.4 leaves
        # them alone, but browsers do the same).
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        # A trailing dot segment names a directory.
        resolved.append('')

    return restore(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: return a DefragResult (url, fragment), the
    fragment being empty when the URL has none."""
    url, restore = _coerce_args(url)
    if '#' not in url:
        return restore(DefragResult(url, ''))
    parts = urlparse(url)
    bare = urlunparse(parts._replace(fragment=''))
    return restore(DefragResult(bare, parts.fragment))


# --- percent-decoding -----------------------------------------------------

_HEXDIG = '0123456789ABCDEFabcdef'
_escape_bytes = None


def _escape_table():
    # Maps each two-hex-digit bytes pair (either case) to its byte.
    global _escape_bytes
    if _escape_bytes is None:
        _escape_bytes = {}
        for hi in _HEXDIG:
            for lo in _HEXDIG:
                _escape_bytes[(hi + lo).encode()] = bytes([int(hi + lo, 16)])
    return _escape_bytes


def unquote_to_bytes(string):
    """Decode %XX escapes into the bytes they stand for; a str argument
    is UTF-8 encoded first.  Example: 'a%2Fb' gives b'a/b'."""
    if not string:
        # Raise AttributeError for a false non-string, as str.split would.
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    chunks = string.split(b'%')
    if len(chunks) == 1:
        return string
    table = _escape_table()
    out = [chunks[0]]
    for chunk in chunks[1:]:
        decoded = table.get(chunk[:2])
        if decoded is None:
            # Not a valid escape: keep the '%' and the text as they are.
            out += (b'%', chunk)
        else:
            out += (decoded, chunk[2:])
    return b''.join(out)


_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Decode %XX escapes in a URL component.

    The escaped bytes are decoded with encoding and errors (UTF-8 with
    'replace' unless given), so a malformed sequence becomes U+FFFD rather
    than an error.  bytes input is accepted too.  Example: 'caf%C3%A9'
    gives 'caf\u00e9'.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only runs of ASCII can hold escapes; the rest passes through.  After
    # the split, the odd-numbered pieces are the ASCII runs.
    pieces = _ASCII_RUN.split(string)
    for k in range(1, len(pieces), 2):
        pieces[k] = unquote_to_bytes(pieces[k]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for form data, where '+' stands for a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


# --- query strings --------------------------------------------------------

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Decode a query string into a dict that maps each name to the list
    of its values, in order; the arguments are those of parse_qsl()."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        result.setdefault(name, []).append(value)
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Decode a query string into a list of (name, value) pairs.

    Fields are split at separator; '+' and %XX escapes are decoded.  Fields
    with an empty value are dropped unless keep_blank_values is true, and
    strict_parsing makes a field without '=' an error.  max_num_fields,
    when given, caps the number of fields.
    """
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        eq = '='

        def decode(text):
            return unquote_plus(text, encoding=encoding, errors=errors)
    else:
        if not qs:
            return []
        # Any bytes-like object works; values stay undecoded bytes.
        qs = bytes(memoryview(qs))
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        eq = b'='

        def decode(text):
            return unquote_to_bytes(text.replace(b'+', b' '))

    if not qs:
        return []

    if max_num_fields is not None and qs.count(separator) >= max_num_fields:
        raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        key, equals, val = field.partition(eq)
        if strict_parsing and not equals:
            raise ValueError('bad query field: %r' % (field,))
        if val or keep_blank_values:
            pairs.append((decode(key), decode(val)))
    return pairs


# --- percent-encoding -----------------------------------------------------

# Unreserved characters (RFC 3986): never escaped.
_UNRESERVED = frozenset((_string.ascii_letters + _string.digits + '_.-~').encode())
_UNRESERVED_BYTES = bytes(sorted(_UNRESERVED))
_quoters = {}


def _byte_quoter(safe):
    # One 256-entry table per distinct safe set, built on first use.
    table = _quoters.get(safe)
    if table is None:
        keep = _UNRESERVED | frozenset(safe)
        table = ['%c' % b if b in keep else '%%%02X' % b for b in range(256)]
        if len(_quoters) > 200:
            _quoters.clear()
        _quoters[safe] = table
    return table


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a URL component: quote('a b/c') gives 'a%20b/c'.

    Letters, digits and '_.-~' are always left alone, and so are the
    characters in safe ('/' by default; pass '' to escape it too).  A str is
    first encoded with encoding and errors (UTF-8, 'strict'); for bytes
    those two must not be given.
    """
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode('utf-8' if encoding is None else encoding,
                               'strict' if errors is None else errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form data: spaces become '+' (and a literal '+' is
    escaped unless safe lists it); nothing is safe by default."""
    blank = b' ' if isinstance(string, bytes) else ' '
    if isinstance(string, (str, bytes)) and blank not in string:
        return quote(string, safe, encoding, errors)
    extra = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + extra, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """quote() for a bytes object, without any text encoding step; the
    result is an ASCII str: b'a b' gives 'a%20b'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        # Non-ASCII characters in safe are quoted anyway.
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 0x80)
    if not bs.rstrip(_UNRESERVED_BYTES + safe):
        # Nothing needs escaping.
        return bs.decode()
    table = _byte_quoter(safe)
    return ''.join(map(table.__getitem__, bs))


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Build an application/x-www-form-urlencoded query string from a
    mapping or a sequence of (name, value) pairs.

    Names and values are turned into str (bytes are kept) and escaped with
    quote_via.  With doseq true, a value that is a sequence (not str or
    bytes) gives one name=value field per item.
    """
    if hasattr(query, 'items'):
        query = query.items()
    else:
        # A bare string would pass the loop below with nonsense results.
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence '
                            'or mapping object') from err

    def esc(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    fields = []
    for name, value in query:
        name = esc(name)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                pass
            else:
                fields.extend(name + '=' + esc(item) for item in value)
                continue
        fields.append(name + '=' + esc(value))
    return '&'.join(fields)


def unwrap(url):
    """Strip the '<URL:...>' wrapping (either or both parts) and blanks
    around a URL: '<URL:http://h/>' gives 'http://h/'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# --- legacy helpers, deprecated since 3.8 ---------------------------------
# The public names warn and call the private ones, which stay quiet.

def _deprecated(name, instead='urllib.parse.urlparse()'):
    import warnings
    text = f'urllib.parse.{name}() is deprecated as of 3.8'
    if instead:
        text = f'{text}, use {instead} instead'
    # stacklevel 3: blame the caller of the public function.
    warnings.warn(text, DeprecationWarning, 3)


def to_bytes(url):
    _deprecated('to_bytes', None)
    return _to_bytes(url)


def _to_bytes(url):
    """Check that a str URL is ASCII (the name is historical)."""
    if isinstance(url, str):
        try:
            url = url.encode('ASCII').decode()
        except UnicodeError:
            raise UnicodeError('URL ' + repr(url) + ' contains non-ASCII characters')
    return url


_SCHEME_PREFIX = re.compile(r'([^/:]+):(.*)', re.S)
_NETLOC_PREFIX = re.compile(r'//([^/#?]*)(.*)', re.S)
_PORT_SUFFIX = re.compile(r'(.*):([0-9]*)', re.S)


def splittype(url):
    _deprecated('splittype')
    return _splittype(url)


def _splittype(url):
    # 'http:rest' -> ('http', 'rest'); (None, url) without a scheme.
    found = _SCHEME_PREFIX.match(url)
    if found is None:
        return None, url
    return found.group(1).lower(), found.group(2)


def splithost(url):
    _deprecated('splithost')
    return _splithost(url)


def _splithost(url):
    # '//host:port/path' -> ('host:port', '/path'); (None, url) otherwise.
    found = _NETLOC_PREFIX.match(url)
    if found is None:
        return None, url
    netloc, rest = found.groups()
    if rest and not rest.startswith('/'):
        rest = '/' + rest
    return netloc, rest


def splituser(host):
    _deprecated('splituser')
    return _splituser(host)


def _splituser(host):
    # 'user:pw@host' -> ('user:pw', 'host'); the last '@' separates.
    at = host.rfind('@')
    if at < 0:
        return None, host
    return host[:at], host[at + 1:]


def splitpasswd(user):
    _deprecated('splitpasswd')
    return _splitpasswd(user)


def _splitpasswd(user):
    # 'user:pw' -> ('user', 'pw'); the first ':' separates.
    colon = user.find(':')
    if colon < 0:
        return user, None
    return user[:colon], user[colon + 1:]


def splitport(host):
    _deprecated('splitport')
    return _splitport(host)


def _splitport(host):
    # 'host:80' -> ('host', '80'); the port is None when missing, and an
    # empty one ('host:') is dropped with its colon.
    found = _PORT_SUFFIX.fullmatch(host)
    if found is None:
        return host, None
    return found.group(1), found.group(2) or None


def splitnport(host, defport=-1):
    _deprecated('splitnport')
    return _splitnport(host, defport)


def _splitnport(host, defport=-1):
    # Like _splitport() with the port as an int: defport when it is
    # missing or empty, None when it is not a number.
    colon = host.rfind(':')
    if colon < 0:
        return host, defport
    port = host[colon + 1:]
    host = host[:colon]
    if not port:
        return host, defport
    if port.isdigit() and port.isascii():
        return host, int(port)
    return host, None


def splitquery(url):
    _deprecated('splitquery')
    return _splitquery(url)


def _splitquery(url):
    # '/p?q' -> ('/p', 'q'), cutting at the last '?'.
    mark = url.rfind('?')
    if mark < 0:
        return url, None
    return url[:mark], url[mark + 1:]


def splittag(url):
    _deprecated('splittag')
    return _splittag(url)


def _splittag(url):
    # '/p#t' -> ('/p', 't'), cutting at the last '#'.
    mark = url.rfind('#')
    if mark < 0:
        return url, None
    return url[:mark], url[mark + 1:]


def splitattr(url):
    _deprecated('splitattr')
    return _splitattr(url)


def _splitattr(url):
    # '/p;a=1;b' -> ('/p', ['a=1', 'b']).
    head, *attrs = url.split(';')
    return head, attrs


def splitvalue(attr):
    _deprecated('splitvalue', 'urllib.parse.parse_qsl()')
    return _splitvalue(attr)


def _splitvalue(attr):
    # 'a=1' -> ('a', '1'); ('a', None) without '='.
    eq = attr.find('=')
    if eq < 0:
        return attr, None
    return attr[:eq], attr[eq + 1:]
