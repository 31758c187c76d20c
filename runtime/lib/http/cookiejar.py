# http.cookiejar: client-side cookie storage -- takes cookies from HTTP
# responses, returns them with later requests, and saves/loads them in the
# Netscape (Mozilla) and LWP file formats.
#
# Requests are urllib.request.Request-like objects; responses only need an
# info() method returning the headers.

__all__ = ['Cookie', 'CookieJar', 'CookiePolicy', 'DefaultCookiePolicy',
           'FileCookieJar', 'LWPCookieJar', 'LoadError', 'MozillaCookieJar']

import copy
import datetime
import os
import re
import threading as _threading
import time
import urllib.parse
import urllib.request
import http.client
from calendar import timegm

debug = False
logger = None


def _debug(*args):
    if not debug:
        return
    global logger
    if not logger:
        import logging
        logger = logging.getLogger(__name__)
    return logger.debug(*args)


HTTPONLY_ATTR = "HTTPOnly"
HTTPONLY_PREFIX = "#HttpOnly_"
DEFAULT_HTTP_PORT = str(http.client.HTTP_PORT)
NETSCAPE_MAGIC_RGX = re.compile("#( Netscape)? HTTP Cookie File")
MISSING_FILENAME_TEXT = ("a filename was not supplied (nor was the CookieJar "
                         "instance initialised with one)")
NETSCAPE_HEADER_TEXT = (
    "# Netscape HTTP Cookie File\n"
    "# http://curl.haxx.se/rfc/cookie_spec.html\n"
    "# This is a generated file!  Do not edit.\n"
    "\n")


def _warn_unhandled_exception():
    # Parsing problems are reported as warnings rather than exceptions, so
    # that one malformed header does not break the whole response.
    import io
    import traceback
    import warnings
    out = io.StringIO()
    traceback.print_exc(None, out)
    warnings.warn("http.cookiejar bug!\n%s" % out.getvalue(), stacklevel=2)


# ---------------------------------------------------------------------------
# Dates

EPOCH_YEAR = 1970


def _timegm(tt):
    year, month, mday, hour, minute, sec = tt[:6]
    if (year >= EPOCH_YEAR and 1 <= month <= 12 and 1 <= mday <= 31
            and 0 <= hour <= 24 and 0 <= minute <= 59 and 0 <= sec <= 61):
        return timegm(tt)
    return None


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LOWER = [m.lower() for m in MONTHS]


def _utc_datetime(t):
    if t is None:
        return datetime.datetime.now(tz=datetime.timezone.utc)
    return datetime.datetime.fromtimestamp(t, tz=datetime.timezone.utc)


def time2isoz(t=None):
    """Format t (seconds since the epoch; default now) like
    '1994-11-24 08:49:37Z'."""
    d = _utc_datetime(t)
    return "%04d-%02d-%02d %02d:%02d:%02dZ" % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def time2netscape(t=None):
    """Format t (default now) like 'Thu, 01-Jan-1970 00:00:00 GMT'."""
    d = _utc_datetime(t)
    return "%s, %02d-%s-%04d %02d:%02d:%02d GMT" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1],
        d.year, d.hour, d.minute, d.second)


UTC_ZONES = {"GMT": None, "UTC": None, "UT": None, "Z": None}

TIMEZONE_RE = re.compile(r"^([-+])?(\d\d?):?(\d\d)?$", re.ASCII)


def offset_from_tz_string(tz):
    """Seconds east of UTC for a zone like 'GMT', '+0100' or '-05:30';
    None when not understood."""
    if tz in UTC_ZONES:
        return 0
    m = TIMEZONE_RE.search(tz)
    if not m:
        return None
    offset = 3600 * int(m.group(2))
    if m.group(3):
        offset += 60 * int(m.group(3))
    if m.group(1) == '-':
        offset = -offset
    return offset


def _str2time(day, mon, yr, hr, min, sec, tz):
    yr = int(yr)
    if yr > datetime.MAXYEAR:
        return None
    try:
        mon = MONTHS_LOWER.index(mon.lower()) + 1
    except ValueError:
        try:
            number = int(mon)
        except ValueError:
            return None
        if not 1 <= number <= 12:
            return None
        mon = number
    hr = int(hr or 0)
    min = int(min or 0)
    sec = int(sec or 0)
    day = int(day)

    if yr < 1000:
        # Two-digit year: take the one nearest to the current year.
        this_year = time.localtime(time.time())[0]
        century_part = this_year % 100
        given = yr
        yr = yr + this_year - century_part
        gap = century_part - given
        if abs(gap) > 50:
            yr += 100 if gap > 0 else -100

    seconds = _timegm((yr, mon, day, hr, min, sec, tz))
    if seconds is None:
        return None
    offset = offset_from_tz_string((tz or "UTC").upper())
    if offset is None:
        return None
    return seconds - offset


STRICT_DATE_RE = re.compile(
    r"^[SMTWF][a-z][a-z], (\d\d) ([JFMASOND][a-z][a-z]) "
    r"(\d\d\d\d) (\d\d):(\d\d):(\d\d) GMT$", re.ASCII)
WEEKDAY_RE = re.compile(
    r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*,?\s*", re.I | re.ASCII)
LOOSE_HTTP_DATE_RE = re.compile(
    r"^(\d\d?)(?:\s+|[-\/])(\w+)(?:\s+|[-\/])(\d+)"
    r"(?:(?:\s+|:)(\d\d?):(\d\d)(?::(\d\d))?)?\s*"
    r"(?:([-+]?\d{2,4}|(?![APap][Mm]\b)[A-Za-z]+)\s*)?"
    r"(?:\(\w+\)\s*)?$", re.ASCII)


def http2time(text):
    """Seconds since the epoch for an HTTP-style date (RFC 1123, RFC 850,
    asctime-less loose forms); None when it cannot be parsed."""
    m = STRICT_DATE_RE.search(text)
    if m:
        g = m.groups()
        month = MONTHS_LOWER.index(g[1].lower()) + 1
        return _timegm((int(g[2]), month, int(g[0]),
                        int(g[3]), int(g[4]), float(g[5])))
    text = WEEKDAY_RE.sub("", text.lstrip(), 1)
    m = LOOSE_HTTP_DATE_RE.search(text)
    if m is None:
        return None
    return _str2time(*m.groups())


ISO_DATE_RE = re.compile(
    r"^(\d{4})[-\/]?(\d\d?)[-\/]?(\d\d?)"
    r"(?:(?:\s+|[-:Tt])(\d\d?):?(\d\d)(?::?(\d\d(?:\.\d*)?))?)?\s*"
    r"(?:([-+]?\d\d?:?(:?\d\d)?|Z|z)\s*)?$", re.ASCII)


def iso2time(text):
    """Seconds since the epoch for an ISO 8601-like date such as
    '1994-02-03 14:15:29 -0100'; None when it cannot be parsed."""
    m = ISO_DATE_RE.search(text.lstrip())
    if m is None:
        return None
    g = m.groups()
    return _str2time(g[2], g[1], g[0], g[3], g[4], g[5], g[6])


# ---------------------------------------------------------------------------
# Header parsing

def unmatched(match):
    """The matched string with the match cut out."""
    start, end = match.span(0)
    return match.string[:start] + match.string[end:]


HEADER_TOKEN_RE = re.compile(r"^\s*([^=\s;,]+)")
HEADER_QUOTED_VALUE_RE = re.compile(r"^\s*=\s*\"([^\"\\]*(?:\\.[^\"\\]*)*)\"")
HEADER_VALUE_RE = re.compile(r"^\s*=\s*([^\s;,]*)")
HEADER_ESCAPE_RE = re.compile(r"\\(.)")
_JUNK_RE = re.compile(r"^[=\s;]*")


def split_header_words(header_values):
    """Split RFC 2965-style header values into lists of (name, value)
    pairs: one list per comma-separated element."""
    assert not isinstance(header_values, str)
    result = []
    for text in header_values:
        pairs = []
        while text:
            m = HEADER_TOKEN_RE.search(text)
            if m:
                text = unmatched(m)
                name = m.group(1)
                m = HEADER_QUOTED_VALUE_RE.search(text)
                if m:
                    text = unmatched(m)
                    value = HEADER_ESCAPE_RE.sub(r"\1", m.group(1))
                else:
                    m = HEADER_VALUE_RE.search(text)
                    if m:
                        text = unmatched(m)
                        value = m.group(1).rstrip()
                    else:
                        value = None
                pairs.append((name, value))
            elif text.lstrip().startswith(","):
                # End of one element.
                text = text.lstrip()[1:]
                if pairs:
                    result.append(pairs)
                pairs = []
            else:
                text, count = _JUNK_RE.subn("", text)
                assert count > 0, "split_header_words: cannot parse %r" % text
        if pairs:
            result.append(pairs)
    return result


HEADER_JOIN_ESCAPE_RE = re.compile(r"([\"\\])")


def join_header_words(lists):
    """The inverse of split_header_words: quote values that need it."""
    elements = []
    for pairs in lists:
        attrs = []
        for name, value in pairs:
            if value is not None:
                if not re.search(r"^\w+$", value):
                    value = '"%s"' % HEADER_JOIN_ESCAPE_RE.sub(r"\\\1", value)
                name = "%s=%s" % (name, value)
            attrs.append(name)
        if attrs:
            elements.append("; ".join(attrs))
    return ", ".join(elements)


def strip_quotes(text):
    if text.startswith('"'):
        text = text[1:]
    if text.endswith('"'):
        text = text[:-1]
    return text


_NS_KNOWN_ATTRS = ("expires", "domain", "path", "secure",
                   "version", "port", "max-age")


def parse_ns_headers(ns_headers):
    """Parse Netscape-style Set-Cookie values into lists of (name, value)
    pairs, the cookie's own pair first.  Known attribute names are
    lower-cased, expires becomes seconds since the epoch and a
    ('version', '0') pair is added when no version was given."""
    result = []
    for header in ns_headers:
        pairs = []
        version_set = False
        for index, param in enumerate(header.split(';')):
            key, sep, val = param.strip().partition('=')
            key = key.strip()
            if not key:
                if index == 0:
                    break
                continue
            val = val.strip() if sep else None
            if index:
                if key.lower() in _NS_KNOWN_ATTRS:
                    key = key.lower()
                if key == "version":
                    if val is not None:
                        val = strip_quotes(val)
                    version_set = True
                elif key == "expires" and val is not None:
                    val = http2time(strip_quotes(val))
            pairs.append((key, val))
        if pairs:
            if not version_set:
                pairs.append(("version", "0"))
            result.append(pairs)
    return result


# ---------------------------------------------------------------------------
# Host and path matching

IPV4_RE = re.compile(r"\.\d+$", re.ASCII)


def is_HDN(text):
    """Whether text is a host domain name (not an IP address, no leading
    or trailing dot)."""
    if IPV4_RE.search(text) or text == "":
        return False
    return not (text[0] == "." or text[-1] == ".")


def domain_match(A, B):
    """RFC 2965 domain matching of host A against domain B."""
    A = A.lower()
    B = B.lower()
    if A == B:
        return True
    if not is_HDN(A):
        return False
    pos = A.rfind(B)
    if pos <= 0:
        return False
    if not B.startswith("."):
        return False
    return is_HDN(B[1:])


def liberal_is_HDN(text):
    """Like is_HDN but only rules out IP addresses."""
    return not IPV4_RE.search(text)


def user_domain_match(A, B):
    """Domain matching for the user's block and allow lists."""
    A = A.lower()
    B = B.lower()
    if not (liberal_is_HDN(A) and liberal_is_HDN(B)):
        return A == B
    if B.startswith("."):
        return A.endswith(B)
    return A == B


cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The request's host, lower-cased and without a port."""
    host = urllib.parse.urlparse(request.get_full_url())[1]
    if host == "":
        host = request.get_header("Host", "")
    return cut_port_re.sub("", host, 1).lower()


def eff_request_host(request):
    """(request host, effective request host): a host name without dots
    gets '.local' appended for the latter."""
    host = request_host(request)
    effective = host if "." in host else host + ".local"
    return host, effective


def request_path(request):
    """The escaped path of the request URL, starting with '/'."""
    path = escape_path(urllib.parse.urlsplit(request.get_full_url()).path)
    if not path.startswith("/"):
        path = "/" + path
    return path


def request_port(request):
    host = request.host
    colon = host.find(':')
    if colon < 0:
        return DEFAULT_HTTP_PORT
    port = host[colon + 1:]
    try:
        int(port)
    except ValueError:
        _debug("nonnumeric port: '%s'", port)
        return None
    return port


HTTP_PATH_SAFE = "%/;:@&=+$,!~*'()"
ESCAPED_CHAR_RE = re.compile(r"%([0-9a-fA-F][0-9a-fA-F])")


def uppercase_escaped_char(match):
    return "%" + match.group(1).upper()


def escape_path(path):
    """Percent-escape path as RFC 2965 wants (upper-case hex digits)."""
    quoted = urllib.parse.quote(path, HTTP_PATH_SAFE)
    return ESCAPED_CHAR_RE.sub(uppercase_escaped_char, quoted)


def reach(h):
    """The 'reach' of host h (RFC 2965): for a.b.c it is .b.c when b.c
    still contains a dot or is 'local'; otherwise h itself."""
    dot = h.find(".")
    if dot >= 0:
        rest = h[dot + 1:]
        if is_HDN(h) and (rest.find(".") >= 0 or rest == "local"):
            return "." + rest
    return h


def is_third_party(request):
    """Whether the request host lies outside the reach of the host the
    user originally asked for."""
    host = request_host(request)
    return not domain_match(host, reach(request.origin_req_host))


# ---------------------------------------------------------------------------
# Cookies and policies

class Cookie:
    """One HTTP cookie with all its attributes.

    Attributes not covered by the standard ones live in a dictionary
    reached through the *_nonstandard_attr methods."""

    def __init__(self, version, name, value, port, port_specified, domain,
                 domain_specified, domain_initial_dot, path, path_specified,
                 secure, expires, discard, comment, comment_url, rest,
                 rfc2109=False):
        if version is not None:
            version = int(version)
        if expires is not None:
            expires = int(float(expires))
        if port is None and port_specified is True:
            raise ValueError("if port is None, port_specified must be false")

        self.version = version
        self.name = name
        self.value = value
        self.port = port
        self.port_specified = port_specified
        self.domain = domain.lower()
        self.domain_specified = domain_specified
        self.domain_initial_dot = domain_initial_dot
        self.path = path
        self.path_specified = path_specified
        self.secure = secure
        self.expires = expires
        self.discard = discard
        self.comment = comment
        self.comment_url = comment_url
        self.rfc2109 = rfc2109
        self._rest = copy.copy(rest)

    def has_nonstandard_attr(self, name):
        return name in self._rest

    def get_nonstandard_attr(self, name, default=None):
        return self._rest.get(name, default)

    def set_nonstandard_attr(self, name, value):
        self._rest[name] = value

    def is_expired(self, now=None):
        if now is None:
            now = time.time()
        return self.expires is not None and self.expires <= now

    def __str__(self):
        where = self.domain + ("" if self.port is None else ":" + self.port) \
            + self.path
        if self.value is not None:
            what = "%s=%s" % (self.name, self.value)
        else:
            what = self.name
        return "<Cookie %s for %s>" % (what, where)

    _repr_fields = ("version", "name", "value", "port", "port_specified",
                    "domain", "domain_specified",
                    "domain_initial_dot", "path", "path_specified", "secure",
                    "expires", "discard", "comment", "comment_url")

    def __repr__(self):
        parts = ["%s=%r" % (field, getattr(self, field))
                 for field in self._repr_fields]
        parts.append("rest=%r" % (self._rest,))
        parts.append("rfc2109=%r" % (self.rfc2109,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))


class CookiePolicy:
    """Decides which cookies are accepted from servers and which are
    returned to them."""

    def set_ok(self, cookie, request):
        """Whether the server may set cookie (request is the request that
        got the response carrying it)."""
        raise NotImplementedError()

    def return_ok(self, cookie, request):
        """Whether cookie may be sent with request."""
        raise NotImplementedError()

    def domain_return_ok(self, domain, request):
        """A quick pre-check: False if no cookie for domain can go with
        request."""
        return True

    def path_return_ok(self, path, request):
        """A quick pre-check on the cookie path."""
        return True


# Second-level domains under which strict_domain refuses cookies for
# two-letter country domains (e.g. .co.uk).
_STRICT_SLDS = ("co", "ac", "com", "edu", "org", "net", "gov", "mil", "int",
                "aero", "biz", "cat", "coop", "info", "jobs", "mobi",
                "museum", "name", "pro", "travel", "eu")


class DefaultCookiePolicy(CookiePolicy):
    """The standard Netscape and RFC 2965 rules, with switches to make
    them stricter."""

    DomainStrictNoDots = 1
    DomainStrictNonDomain = 2
    DomainRFC2965Match = 4

    DomainLiberal = 0
    DomainStrict = DomainStrictNoDots | DomainStrictNonDomain

    def __init__(self, blocked_domains=None, allowed_domains=None,
                 netscape=True, rfc2965=False,
                 rfc2109_as_netscape=None,
                 hide_cookie2=False,
                 strict_domain=False,
                 strict_rfc2965_unverifiable=True,
                 strict_ns_unverifiable=False,
                 strict_ns_domain=DomainLiberal,
                 strict_ns_set_initial_dollar=False,
                 strict_ns_set_path=False,
                 secure_protocols=("https", "wss")):
        self.netscape = netscape
        self.rfc2965 = rfc2965
        self.rfc2109_as_netscape = rfc2109_as_netscape
        self.hide_cookie2 = hide_cookie2
        self.strict_domain = strict_domain
        self.strict_rfc2965_unverifiable = strict_rfc2965_unverifiable
        self.strict_ns_unverifiable = strict_ns_unverifiable
        self.strict_ns_domain = strict_ns_domain
        self.strict_ns_set_initial_dollar = strict_ns_set_initial_dollar
        self.strict_ns_set_path = strict_ns_set_path
        self.secure_protocols = secure_protocols
        self._blocked_domains = tuple(blocked_domains or ())
        if allowed_domains is not None:
            allowed_domains = tuple(allowed_domains)
        self._allowed_domains = allowed_domains

    def blocked_domains(self):
        return self._blocked_domains

    def set_blocked_domains(self, blocked_domains):
        self._blocked_domains = tuple(blocked_domains)

    def is_blocked(self, domain):
        return any(user_domain_match(domain, blocked)
                   for blocked in self._blocked_domains)

    def allowed_domains(self):
        return self._allowed_domains

    def set_allowed_domains(self, allowed_domains):
        if allowed_domains is not None:
            allowed_domains = tuple(allowed_domains)
        self._allowed_domains = allowed_domains

    def is_not_allowed(self, domain):
        if self._allowed_domains is None:
            return False
        return not any(user_domain_match(domain, allowed)
                       for allowed in self._allowed_domains)

    # -- accepting cookies ---------------------------------------------

    def set_ok(self, cookie, request):
        assert cookie.name is not None
        for check in ("version", "verifiability", "name", "path", "domain",
                      "port"):
            if not getattr(self, "set_ok_" + check)(cookie, request):
                return False
        return True

    def set_ok_version(self, cookie, request):
        if cookie.version is None:
            # Set-Cookie2 must carry a version.
            return False
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def _third_party_refused(self, cookie, request):
        if not (request.unverifiable and is_third_party(request)):
            return False
        if cookie.version > 0 and self.strict_rfc2965_unverifiable:
            return True
        if cookie.version == 0 and self.strict_ns_unverifiable:
            return True
        return False

    def set_ok_verifiability(self, cookie, request):
        return not self._third_party_refused(cookie, request)

    def set_ok_name(self, cookie, request):
        # Names starting with '$' are reserved in RFC 2965 cookies.
        return not (cookie.version == 0 and self.strict_ns_set_initial_dollar
                    and cookie.name.startswith("$"))

    def set_ok_path(self, cookie, request):
        if cookie.path_specified:
            if ((cookie.version > 0
                 or (cookie.version == 0 and self.strict_ns_set_path))
                    and not self.path_return_ok(cookie.path, request)):
                return False
        return True

    def set_ok_domain(self, cookie, request):
        if self.is_blocked(cookie.domain):
            return False
        if self.is_not_allowed(cookie.domain):
            return False
        if not cookie.domain_specified:
            return True
        host, erhn = eff_request_host(request)
        domain = cookie.domain
        if self.strict_domain and domain.count(".") >= 2:
            last = domain.rfind(".")
            before = domain.rfind(".", 0, last)
            if before == 0:
                tld = domain[last + 1:]
                sld = domain[before + 1:last]
                if sld.lower() in _STRICT_SLDS and len(tld) == 2:
                    return False
        undotted = domain[1:] if domain.startswith(".") else domain
        if "." not in undotted and not erhn.endswith(".local"):
            # A top-level domain on its own is never acceptable.
            return False
        if cookie.version == 0:
            if (not (erhn.endswith(domain)
                     or erhn.endswith(undotted + ".local"))
                    and not erhn.startswith(".")
                    and not ("." + erhn).endswith(domain)):
                return False
        if cookie.version > 0 or (self.strict_ns_domain
                                  & self.DomainRFC2965Match):
            if not domain_match(erhn, domain):
                return False
        if cookie.version > 0 or (self.strict_ns_domain
                                  & self.DomainStrictNoDots):
            prefix = host[:-len(domain)]
            if "." in prefix and not IPV4_RE.search(host):
                return False
        return True

    def set_ok_port(self, cookie, request):
        if not cookie.port_specified:
            return True
        req_port = request_port(request)
        req_port = "80" if req_port is None else str(req_port)
        for port in cookie.port.split(","):
            try:
                int(port)
            except ValueError:
                return False
            if port == req_port:
                return True
        return False

    # -- returning cookies ---------------------------------------------

    def return_ok(self, cookie, request):
        for check in ("version", "verifiability", "secure", "expires",
                      "port", "domain"):
            if not getattr(self, "return_ok_" + check)(cookie, request):
                return False
        return True

    def return_ok_version(self, cookie, request):
        if cookie.version > 0 and not self.rfc2965:
            return False
        if cookie.version == 0 and not self.netscape:
            return False
        return True

    def return_ok_verifiability(self, cookie, request):
        return not self._third_party_refused(cookie, request)

    def return_ok_secure(self, cookie, request):
        return not (cookie.secure
                    and request.type not in self.secure_protocols)

    def return_ok_expires(self, cookie, request):
        return not cookie.is_expired(self._now)

    def return_ok_port(self, cookie, request):
        if not cookie.port:
            return True
        req_port = request_port(request)
        if req_port is None:
            req_port = "80"
        return req_port in cookie.port.split(",")

    def return_ok_domain(self, cookie, request):
        erhn = eff_request_host(request)[1]
        domain = cookie.domain
        dotdomain = domain
        if domain and not domain.startswith("."):
            dotdomain = "." + domain
        if (cookie.version == 0
                and (self.strict_ns_domain & self.DomainStrictNonDomain)
                and not cookie.domain_specified and domain != erhn):
            return False
        if cookie.version > 0 and not domain_match(erhn, domain):
            return False
        if cookie.version == 0 and not ("." + erhn).endswith(dotdomain):
            return False
        return True

    def domain_return_ok(self, domain, request):
        hosts = ["." + h if not h.startswith(".") else h
                 for h in eff_request_host(request)]
        dotdomain = domain
        if domain and not domain.startswith("."):
            dotdomain = "." + domain
        if not any(h.endswith(dotdomain) for h in hosts):
            return False
        if self.is_blocked(domain) or self.is_not_allowed(domain):
            return False
        return True

    def path_return_ok(self, path, request):
        req_path = request_path(request)
        if req_path == path:
            return True
        if req_path.startswith(path) and (
                path.endswith("/") or req_path[len(path):len(path) + 1] == "/"):
            return True
        return False


def deepvalues(mapping):
    """Iterate over the leaves of nested mappings, depth first."""
    for obj in list(mapping.values()):
        if hasattr(obj, 'items'):
            yield from deepvalues(obj)
        else:
            yield obj


class Absent:
    pass


class CookieJar:
    """Holds cookies, adds the right ones to requests and takes new ones
    from responses, all subject to a policy object."""

    non_word_re = re.compile(r"\W")
    quote_re = re.compile(r"([\"\\])")
    strict_domain_re = re.compile(r"\.?[^.]*")
    domain_re = re.compile(r"[^.]*")
    dots_re = re.compile(r"^\.+")

    magic_re = re.compile(r"^\#LWP-Cookies-(\d+\.\d+)", re.ASCII)

    def __init__(self, policy=None):
        if policy is None:
            policy = DefaultCookiePolicy()
        self._policy = policy
        self._cookies_lock = _threading.RLock()
        # domain -> path -> name -> Cookie
        self._cookies = {}

    def set_policy(self, policy):
        self._policy = policy

    def _cookies_for_domain(self, domain, request):
        if not self._policy.domain_return_ok(domain, request):
            return []
        found = []
        for path, by_name in self._cookies[domain].items():
            if not self._policy.path_return_ok(path, request):
                continue
            for cookie in by_name.values():
                if self._policy.return_ok(cookie, request):
                    found.append(cookie)
        return found

    def _cookies_for_request(self, request):
        found = []
        for domain in self._cookies.keys():
            found.extend(self._cookies_for_domain(domain, request))
        return found

    def _cookie_attrs(self, cookies):
        """The Cookie header elements for cookies, longest path first."""
        cookies.sort(key=lambda c: len(c.path), reverse=True)
        parts = []
        first = True
        for cookie in cookies:
            version = cookie.version
            if first:
                first = False
                if version > 0:
                    parts.append("$Version=%s" % version)

            value = cookie.value
            if (value is not None and version > 0
                    and self.non_word_re.search(value)):
                value = self.quote_re.sub(r"\\\1", value)
            if cookie.value is None:
                parts.append(cookie.name)
            else:
                parts.append(cookie.name + "=" + value)

            if version > 0:
                if cookie.path_specified:
                    parts.append('$Path="%s"' % (cookie.path,))
                if cookie.domain.startswith("."):
                    domain = cookie.domain
                    if not cookie.domain_initial_dot:
                        domain = domain[1:]
                    parts.append('$Domain="%s"' % domain)
                if cookie.port is not None:
                    if cookie.port_specified:
                        parts.append('$Port="%s"' % cookie.port)
                    else:
                        parts.append("$Port")
        return parts

    def _stamp_now(self):
        now = int(time.time())
        self._now = now
        self._policy._now = now

    def _drop(self, cookie):
        self.clear(cookie.domain, cookie.path, cookie.name)

    def add_cookie_header(self, request):
        """Add a Cookie header (unredirected) to request with the cookies
        the policy allows, unless it already has one."""
        with self._cookies_lock:
            self._stamp_now()
            matching = self._cookies_for_request(request)
            parts = self._cookie_attrs(matching)
            if parts and not request.has_header("Cookie"):
                request.add_unredirected_header("Cookie", "; ".join(parts))
            if (self._policy.rfc2965 and not self._policy.hide_cookie2
                    and not request.has_header("Cookie2")):
                # Tell the server we understand RFC 2965 cookies.
                if any(cookie.version != 1 for cookie in matching):
                    request.add_unredirected_header("Cookie2",
                                                    '$Version="1"')
        self.clear_expired_cookies()

    _boolean_attrs = ("discard", "secure")
    _value_attrs = ("version", "expires", "max-age", "domain", "path",
                    "port", "comment", "commenturl")

    def _normalized_cookie_tuples(self, attrs_set):
        """Turn parsed header pairs into (name, value, standard, rest)
        tuples, dropping malformed cookies."""
        result = []
        for cookie_attrs in attrs_set:
            name, value = cookie_attrs[0]
            max_age_set = False
            bad = False
            standard = {}
            rest = {}
            for k, v in cookie_attrs[1:]:
                lower = k.lower()
                if lower in self._value_attrs or lower in self._boolean_attrs:
                    k = lower
                if k in self._boolean_attrs and v is None:
                    v = True
                if k in standard:
                    # Only the first occurrence of an attribute counts.
                    continue
                if k == "domain":
                    if v is None:
                        bad = True
                        break
                    v = v.lower()
                if k == "expires":
                    if max_age_set or v is None:
                        continue
                if k == "max-age":
                    max_age_set = True
                    try:
                        v = int(v)
                    except ValueError:
                        bad = True
                        break
                    k = "expires"
                    v = self._now + v
                if k in self._value_attrs or k in self._boolean_attrs:
                    if v is None and k not in ("port", "comment",
                                               "commenturl"):
                        bad = True
                        break
                    standard[k] = v
                else:
                    rest[k] = v
            if not bad:
                result.append((name, value, standard, rest))
        return result

    def _cookie_from_cookie_tuple(self, tup, request):
        name, value, standard, rest = tup

        get = standard.get
        domain = get("domain", Absent)
        path = get("path", Absent)
        port = get("port", Absent)
        expires = get("expires", Absent)

        version = get("version")
        if version is not None:
            try:
                version = int(version)
            except ValueError:
                return None
        secure = get("secure", False)
        discard = get("discard", False)
        comment = get("comment")
        comment_url = get("commenturl")

        if path is not Absent and path != "":
            path_specified = True
            path = escape_path(path)
        else:
            # Default: the request path up to its last slash (Netscape
            # drops the slash, RFC 2965 keeps it).
            path_specified = False
            path = request_path(request)
            slash = path.rfind("/")
            if slash != -1:
                path = path[:slash] if version == 0 else path[:slash + 1]
            if not path:
                path = "/"

        domain_specified = domain is not Absent
        domain_initial_dot = False
        if domain_specified:
            domain_initial_dot = domain.startswith(".")
        if domain is Absent:
            domain = eff_request_host(request)[1]
        elif not domain.startswith("."):
            domain = "." + domain

        port_specified = False
        if port is Absent:
            port = None
        elif port is None:
            port = request_port(request)
        else:
            port_specified = True
            port = re.sub(r"\s+", "", port)

        if expires is Absent:
            expires = None
            discard = True
        elif expires <= self._now:
            # An expiry in the past deletes any stored cookie of that name.
            try:
                self.clear(domain, path, name)
            except KeyError:
                pass
            return None

        return Cookie(version, name, value, port, port_specified,
                      domain, domain_specified, domain_initial_dot,
                      path, path_specified, secure, expires, discard,
                      comment, comment_url, rest)

    def _cookies_from_attrs_set(self, attrs_set, request):
        cookies = []
        for tup in self._normalized_cookie_tuples(attrs_set):
            made = self._cookie_from_cookie_tuple(tup, request)
            if made:
                cookies.append(made)
        return cookies

    def _process_rfc2109_cookies(self, cookies):
        as_netscape = getattr(self._policy, 'rfc2109_as_netscape', None)
        if as_netscape is None:
            as_netscape = not self._policy.rfc2965
        for cookie in cookies:
            if cookie.version == 1:
                cookie.rfc2109 = True
                if as_netscape:
                    cookie.version = 0

    def make_cookies(self, response, request):
        """The Cookie objects described by response's Set-Cookie and
        Set-Cookie2 headers (not yet checked against the policy)."""
        info = response.info()
        rfc2965_hdrs = info.get_all("Set-Cookie2", [])
        ns_hdrs = info.get_all("Set-Cookie", [])
        self._stamp_now()

        rfc2965 = self._policy.rfc2965
        netscape = self._policy.netscape
        if ((not rfc2965_hdrs and not ns_hdrs)
                or (not ns_hdrs and not rfc2965)
                or (not rfc2965_hdrs and not netscape)
                or (not netscape and not rfc2965)):
            return []

        try:
            parsed = split_header_words(rfc2965_hdrs)
            cookies = self._cookies_from_attrs_set(parsed, request)
        except Exception:
            _warn_unhandled_exception()
            cookies = []

        if ns_hdrs and netscape:
            try:
                parsed = parse_ns_headers(ns_hdrs)
                ns_cookies = self._cookies_from_attrs_set(parsed, request)
            except Exception:
                _warn_unhandled_exception()
                ns_cookies = []
            self._process_rfc2109_cookies(ns_cookies)  # Version=1 in Set-Cookie

            if rfc2965:
                # An RFC 2965 cookie wins over a Netscape one with the
                # same domain, path and name.
                seen = {(c.domain, c.path, c.name) for c in cookies}
                ns_cookies = [c for c in ns_cookies
                              if (c.domain, c.path, c.name) not in seen]
            cookies.extend(ns_cookies)
        return cookies

    def set_cookie_if_ok(self, cookie, request):
        """Store cookie if the policy accepts it for request."""
        with self._cookies_lock:
            self._stamp_now()
            if self._policy.set_ok(cookie, request):
                self.set_cookie(cookie)

    def set_cookie(self, cookie):
        """Store cookie unconditionally."""
        with self._cookies_lock:
            by_path = self._cookies.setdefault(cookie.domain, {})
            by_name = by_path.setdefault(cookie.path, {})
            by_name[cookie.name] = cookie

    def extract_cookies(self, response, request):
        """Store the cookies from response that the policy accepts."""
        with self._cookies_lock:
            for cookie in self.make_cookies(response, request):
                if self._policy.set_ok(cookie, request):
                    self.set_cookie(cookie)

    def clear(self, domain=None, path=None, name=None):
        """Remove one cookie, the cookies of a domain and path, of a
        domain, or (no arguments) all of them."""
        if name is not None:
            if domain is None or path is None:
                raise ValueError(
                    "domain and path must be given to remove a cookie by name")
            del self._cookies[domain][path][name]
        elif path is not None:
            if domain is None:
                raise ValueError(
                    "domain must be given to remove cookies by path")
            del self._cookies[domain][path]
        elif domain is not None:
            del self._cookies[domain]
        else:
            self._cookies = {}

    def clear_session_cookies(self):
        """Remove the cookies marked discard (session cookies)."""
        with self._cookies_lock:
            for cookie in list(self):
                if cookie.discard:
                    self._drop(cookie)

    def clear_expired_cookies(self):
        with self._cookies_lock:
            now = time.time()
            for cookie in list(self):
                if cookie.is_expired(now):
                    self._drop(cookie)

    def __iter__(self):
        return deepvalues(self._cookies)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "<%s[%s]>" % (type(self).__name__,
                             ", ".join(repr(c) for c in self))

    def __str__(self):
        return "<%s[%s]>" % (type(self).__name__,
                             ", ".join(str(c) for c in self))


class LoadError(OSError):
    pass


class FileCookieJar(CookieJar):
    """A CookieJar that can be saved to and loaded from a file."""

    def __init__(self, filename=None, delayload=False, policy=None):
        CookieJar.__init__(self, policy)
        if filename is not None:
            filename = os.fspath(filename)
        self.filename = filename
        self.delayload = bool(delayload)

    def _filename_or_default(self, filename):
        if filename is not None:
            return filename
        if self.filename is not None:
            return self.filename
        raise ValueError(MISSING_FILENAME_TEXT)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        raise NotImplementedError()

    def load(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Add the cookies stored in filename (default self.filename)."""
        filename = self._filename_or_default(filename)
        with open(filename) as fileobj:
            self._really_load(fileobj, filename, ignore_discard,
                              ignore_expires)

    def revert(self, filename=None, ignore_discard=False, ignore_expires=False):
        """Replace the cookies by those in the file; on error the old
        cookies are kept."""
        filename = self._filename_or_default(filename)
        with self._cookies_lock:
            saved = copy.deepcopy(self._cookies)
            self._cookies = {}
            try:
                self.load(filename, ignore_discard=ignore_discard,
                          ignore_expires=ignore_expires)
            except OSError:
                self._cookies = saved
                raise

    def _open_for_writing(self, filename):
        fd = os.open(filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        return os.fdopen(fd, 'w')


def lwp_cookie_str(cookie):
    """The Set-Cookie3 value describing cookie (LWP file format)."""
    pairs = [(cookie.name, cookie.value),
             ("path", cookie.path),
             ("domain", cookie.domain)]
    if cookie.port is not None:
        pairs.append(("port", cookie.port))
    if cookie.path_specified:
        pairs.append(("path_spec", None))
    if cookie.port_specified:
        pairs.append(("port_spec", None))
    if cookie.domain_initial_dot:
        pairs.append(("domain_dot", None))
    if cookie.secure:
        pairs.append(("secure", None))
    if cookie.expires:
        pairs.append(("expires", time2isoz(float(cookie.expires))))
    if cookie.discard:
        pairs.append(("discard", None))
    if cookie.comment:
        pairs.append(("comment", cookie.comment))
    if cookie.comment_url:
        pairs.append(("commenturl", cookie.comment_url))
    for key in sorted(cookie._rest):
        pairs.append((key, str(cookie._rest[key])))
    pairs.append(("version", str(cookie.version)))
    return join_header_words([pairs])


class LWPCookieJar(FileCookieJar):
    """Saves cookies as Set-Cookie3 lines, the format of libwww-perl."""

    def as_lwp_str(self, ignore_discard=True, ignore_expires=True):
        """The Set-Cookie3 lines for the stored cookies."""
        now = time.time()
        lines = []
        for cookie in self:
            if not ignore_discard and cookie.discard:
                continue
            if not ignore_expires and cookie.is_expired(now):
                continue
            lines.append("Set-Cookie3: %s" % lwp_cookie_str(cookie))
        lines.append("")
        return "\n".join(lines)

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename_or_default(filename)
        with self._open_for_writing(filename) as f:
            f.write("#LWP-Cookies-2.0\n")
            f.write(self.as_lwp_str(ignore_discard=ignore_discard,
                                    ignore_expires=ignore_expires))

    _file_boolean_attrs = ("port_spec", "path_spec", "domain_dot",
                           "secure", "discard")
    _file_value_attrs = ("version", "port", "path", "domain", "expires",
                         "comment", "commenturl")

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        magic = f.readline()
        if not self.magic_re.search(magic):
            raise LoadError("%r does not look like a Set-Cookie3 (LWP) "
                            "format file" % filename)
        now = time.time()
        prefix = "Set-Cookie3:"
        line = ""
        try:
            while True:
                line = f.readline()
                if line == "":
                    break
                if not line.startswith(prefix):
                    continue
                line = line[len(prefix):].strip()
                for data in split_header_words([line]):
                    cookie = self._cookie_from_lwp(data)
                    if not ignore_discard and cookie.discard:
                        continue
                    if not ignore_expires and cookie.is_expired(now):
                        continue
                    self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Set-Cookie3 format file %r: %r" %
                            (filename, line))

    def _cookie_from_lwp(self, data):
        name, value = data[0]
        standard = dict.fromkeys(self._file_boolean_attrs, False)
        rest = {}
        for k, v in data[1:]:
            lower = k.lower() if k is not None else None
            if lower in self._file_value_attrs or \
                    lower in self._file_boolean_attrs:
                k = lower
            if k in self._file_boolean_attrs:
                standard[k] = True if v is None else v
            elif k in self._file_value_attrs:
                standard[k] = v
            else:
                rest[k] = v
        get = standard.get
        expires = get("expires")
        discard = get("discard")
        if expires is not None:
            expires = iso2time(expires)
        if expires is None:
            discard = True
        domain = get("domain")
        return Cookie(get("version"), name, value,
                      get("port"), get("port_spec"),
                      domain, domain.startswith("."), get("domain_dot"),
                      get("path"), get("path_spec"),
                      get("secure"), expires, discard,
                      get("comment"), get("commenturl"), rest)


class MozillaCookieJar(FileCookieJar):
    """Saves cookies in the Netscape cookies.txt format (as used by
    Mozilla browsers, curl and wget).  That format keeps only Netscape
    cookie attributes, so RFC 2965 details are lost."""

    def _really_load(self, f, filename, ignore_discard, ignore_expires):
        now = time.time()
        if not NETSCAPE_MAGIC_RGX.match(f.readline()):
            raise LoadError(
                "%r does not look like a Netscape format cookies file" %
                filename)
        line = ""
        try:
            while True:
                line = f.readline()
                if line == "":
                    break
                rest = {}
                if line.startswith(HTTPONLY_PREFIX):
                    rest[HTTPONLY_ATTR] = ""
                    line = line[len(HTTPONLY_PREFIX):]
                if line.endswith("\n"):
                    line = line[:-1]
                stripped = line.strip()
                if stripped.startswith(("#", "$")) or stripped == "":
                    continue
                (domain, domain_specified, path, secure, expires, name,
                 value) = line.split("\t")
                secure = secure == "TRUE"
                domain_specified = domain_specified == "TRUE"
                if name == "":
                    # A cookie without '=' is stored with an empty name.
                    name, value = value, None
                initial_dot = domain.startswith(".")
                assert domain_specified == initial_dot
                discard = False
                if expires == "":
                    expires = None
                    discard = True
                cookie = Cookie(0, name, value, None, False,
                                domain, domain_specified, initial_dot,
                                path, False, secure, expires, discard,
                                None, None, rest)
                if not ignore_discard and cookie.discard:
                    continue
                if not ignore_expires and cookie.is_expired(now):
                    continue
                self.set_cookie(cookie)
        except OSError:
            raise
        except Exception:
            _warn_unhandled_exception()
            raise LoadError("invalid Netscape format cookies file %r: %r" %
                            (filename, line))

    def save(self, filename=None, ignore_discard=False, ignore_expires=False):
        filename = self._filename_or_default(filename)
        with self._open_for_writing(filename) as f:
            f.write(NETSCAPE_HEADER_TEXT)
            now = time.time()
            for cookie in self:
                if not ignore_discard and cookie.discard:
                    continue
                if not ignore_expires and cookie.is_expired(now):
                    continue
                domain = cookie.domain
                initial_dot = "TRUE" if domain.startswith(".") else "FALSE"
                secure = "TRUE" if cookie.secure else "FALSE"
                expires = "" if cookie.expires is None else str(cookie.expires)
                if cookie.value is None:
                    name, value = "", cookie.name
                else:
                    name, value = cookie.name, cookie.value
                if cookie.has_nonstandard_attr(HTTPONLY_ATTR):
                    domain = HTTPONLY_PREFIX + domain
                f.write("\t".join([domain, initial_dot, cookie.path,
                                   secure, expires, name, value]) + "\n")
