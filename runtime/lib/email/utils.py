# email.utils: address, date and RFC 2231 parameter helpers.

__all__ = [
    'collapse_rfc2231_value',
    'decode_params',
    'decode_rfc2231',
    'encode_rfc2231',
    'formataddr',
    'formatdate',
    'format_datetime',
    'getaddresses',
    'make_msgid',
    'mktime_tz',
    'parseaddr',
    'parsedate',
    'parsedate_tz',
    'parsedate_to_datetime',
    'unquote',
    ]

import os
import re
import time
import datetime
import urllib.parse

from email._parseaddr import quote
from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz
from email._parseaddr import parsedate, parsedate_tz, _parsedate_tz

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

# characters that force a display name to be quoted
specialsre = re.compile('[%s]' % re.escape('()<>@,:;."[]\\'))
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True if s holds surrogate escapes (undecodable bytes)."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    # replace surrogate escapes by the unicode replacement character
    return string.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


def formataddr(pair, charset='utf-8'):
    """Format a (realname, address) pair for an address header."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            from email.charset import Charset
            charset = Charset(charset)
        return "%s <%s>" % (charset.header_encode(name), address)
    q = '"' if specialsre.search(name) else ''
    name = escapesre.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (q, name, q, address)


def _escaped_chars(addr):
    # (position, char) pairs where a backslash pair counts as one char
    escape = False
    pos = 0
    for pos, ch in enumerate(addr):
        if escape:
            yield pos, '\\' + ch
            escape = False
        elif ch == '\\':
            escape = True
        else:
            yield pos, ch
    if escape:
        yield pos, '\\'


def _strip_quoted_realnames(addr):
    # drop the quoted strings (and their quotes) from addr
    if '"' not in addr:
        return addr
    start = 0
    opened = None
    kept = []
    for pos, ch in _escaped_chars(addr):
        if ch != '"':
            continue
        if opened is None:
            opened = pos
        else:
            if start != opened:
                kept.append(addr[start:opened])
            start = pos + 1
            opened = None
    if start < len(addr):
        kept.append(addr[start:])
    return ''.join(kept)


supports_strict_parsing = True


def _parens_balanced(addr):
    depth = 0
    for pos, ch in _escaped_chars(_strip_quoted_realnames(addr)):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _pre_parse_validation(values):
    return [v if _parens_balanced(v) else "('', '')" for v in values]


def _post_parse_validation(pairs):
    return [('', '') if '[' in p[1] else p for p in pairs]


def getaddresses(fieldvalues, *, strict=True):
    """(realname, address) pairs for all addresses in the header values."""
    if not strict:
        return _AddressList(COMMASPACE.join(str(v)
                                            for v in fieldvalues)).addresslist
    values = _pre_parse_validation([str(v) for v in fieldvalues])
    found = _post_parse_validation(
        _AddressList(COMMASPACE.join(values)).addresslist)
    expected = 0
    for v in values:
        expected += 1 + _strip_quoted_realnames(v).count(',')
    if len(found) != expected:
        return [('', '')]
    return found


_DAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def _format_timetuple_and_zone(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1], tt[0], tt[3], tt[4], tt[5],
        zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string for timeval (default: now)."""
    stamp = time.time() if timeval is None else timeval
    utc = datetime.timezone.utc
    dt = datetime.datetime.fromtimestamp(stamp, tz=utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date string for a datetime; naive ones get -0000."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(tt, zone)


def _local_hostname():
    try:
        import socket
        return socket.getfqdn()
    except ImportError:
        pass
    try:
        return os.uname().nodename or 'localhost'
    except (AttributeError, OSError):
        return 'localhost'


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID of the form <time.pid.random[.idstring]@domain>."""
    import random
    stamp = int(time.time() * 100)
    bits = random.getrandbits(64)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = _local_hostname()
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), bits, suffix, domain)


def parsedate_to_datetime(data):
    """Parse an RFC 2822 date into a datetime (naive for -0000)."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, offset = parsed
    if offset is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(
        *fields[:6],
        tzinfo=datetime.timezone(datetime.timedelta(seconds=offset)))


def parseaddr(addr, *, strict=True):
    """Split one address into (realname, address); ('', '') on failure."""
    if not strict:
        found = _AddressList(addr).addresslist
        return found[0] if found else ('', '')
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ('', '')
    addr = _pre_parse_validation([addr])[0]
    found = _post_parse_validation(_AddressList(addr).addresslist)
    if len(found) != 1:
        return ('', '')
    return found[0]


def unquote(str):
    """Remove surrounding double quotes or angle brackets."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


def decode_rfc2231(s):
    """Split charset'language'value; (None, None, s) if not in that form."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """Percent-encode s, prefixed by charset'language' when given."""
    encoded = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return encoded
    return TICK.join((str(charset), language or '', encoded))


# name*, name*N or name*N* (N a section number)
rfc2231_continuation = re.compile(
    r'^(?P<name>\w+)\*(?:(?P<num>\d+)\*?)?$', re.ASCII)


def decode_params(params):
    """Combine RFC 2231 continuations and extended values in a list of
    (name, value) pairs (the first pair is kept as is)."""
    result = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        m = rfc2231_continuation.match(name)
        if m:
            name, num = m.group('name', 'num')
            if num is not None:
                num = int(num)
            pieces.setdefault(name, []).append((num, value, encoded))
        else:
            result.append((name, '"%s"' % quote(value)))
    for name, conts in pieces.items():
        texts = []
        extended = False
        conts.sort()
        for num, s, encoded in conts:
            if encoded:
                s = urllib.parse.unquote(s, 'latin-1')
                extended = True
            texts.append(s)
        value = quote(EMPTYSTRING.join(texts))
        if extended:
            cs, lang, value = decode_rfc2231(value)
            result.append((name, (cs, lang, '"%s"' % value)))
        else:
            result.append((name, '"%s"' % value))
    return result


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    """Turn a (charset, language, text) triple into a plain string."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    cs, lang, text = value
    if cs is None:
        cs = fallback_charset
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, cs, errors)
    except LookupError:
        return unquote(text)


def localtime(dt=None, isdst=None):
    """dt (default now) as an aware datetime in the local zone."""
    if isdst is not None:
        import warnings
        warnings.warn("The 'isdst' parameter to 'localtime' is deprecated "
                      "and slated for removal in Python 3.14",
                      DeprecationWarning, stacklevel=2)
    if dt is None:
        dt = datetime.datetime.now()
    return dt.astimezone()
