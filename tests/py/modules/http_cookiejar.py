# http.cookiejar: policies, header parsing, jars and cookie files (no network)
import email.message
import os
import tempfile
import http.cookiejar as cj
from http.cookiejar import (CookieJar, DefaultCookiePolicy, Cookie, MozillaCookieJar,
                            LWPCookieJar, FileCookieJar, LoadError, CookiePolicy)
from urllib.request import Request


class FakeResponse:
    def __init__(self, headers):
        self.msg = email.message.Message()
        for name, value in headers:
            self.msg[name] = value

    def info(self):
        return self.msg


def interact(jar, url, set_cookie_hdrs=(), hdr_name='Set-Cookie', **kw):
    req = Request(url, **kw)
    jar.add_cookie_header(req)
    sent = req.get_header('Cookie', '')
    sent2 = req.get_header('Cookie2', '')
    res = FakeResponse([(hdr_name, h) for h in set_cookie_hdrs])
    jar.extract_cookies(res, req)
    return sent, sent2


def dump(jar):
    for c in sorted(jar, key=lambda c: (c.domain, c.path, c.name)):
        print('   ', c.name, repr(c.value), c.domain, c.path, c.port, c.version,
              c.domain_specified, c.domain_initial_dot, c.path_specified,
              c.port_specified, c.secure, c.discard,
              c.expires if c.name != 'f' else c.expires > 2e9, c.rfc2109, c._rest)


# dates
for t in [0, 1e9, 1234567890.7, 4102444800]:
    print(cj.time2isoz(t), cj.time2netscape(t))
for s in ['Wed, 09 Feb 1994 22:23:32 GMT', 'Thursday, 03-Feb-94 00:00:00 GMT', 'Tuesday, 08-Feb-1994 14:15:29 GMT',
          '08-Feb-1994 14:15:29 GMT', '08 Feb 1994 14:15:29 +0100', '08-Feb-94 14:15:29 -0130',
          '08 Feb 1994', '03 Feb 1994 00:00 GMT', 'Feb 3 1994', 'junk', '',
          '12 13 2000', '1 1 1969', '  Sun, 06 Nov 1994 08:49:37 GMT  ', '6 Nov 1994 8:49:37 EST',
          'Thu, 01 Jan 2099 00:00:00 GMT', '01 Jan 2001 10:00 AM']:
    print(repr(s), cj.http2time(s))
for s in ['1994-02-03 14:15:29 -0100', '1994-02-03 14:15:29', '1994-02-03', '1994-02-03T14:15:29Z',
          '19940203T141529Z', '1994-02-03 14:15:29.5 +0130', 'x', '2001-13-01']:
    try:
        print(repr(s), cj.iso2time(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(cj.offset_from_tz_string('GMT'), cj.offset_from_tz_string('+0130'), cj.offset_from_tz_string('-05:00'),
      cj.offset_from_tz_string('EST'))

# header words
for hv in [['foo=bar; baz'], ['a="b\\"c", d; e=f'], ['  text/html; charset="iso-8859-1";q=0.9 , x'],
           ['foo = bar ;; ;baz=;'], ['=junk; a=1'], ['a=b, , c=d'], []]:
    w = cj.split_header_words(hv)
    print(hv, w, cj.join_header_words(w))
print(cj.join_header_words([[('a', 'b c'), ('d', None), ('e', 'x"y\\z')], [], [('k', 'v')]]))
for h in [['foo=bar; path=/; EXPIRES=Wed, 09 Feb 1994 22:23:32 GMT; secure'],
          ['a=b; Version="1"; Max-Age=10; port="80,8080"; HttpOnly'],
          ['; =x', 'bare', 'k=v;;expires=bogus; Domain=.x.com', 'q="quoted"; version']]:
    print(cj.parse_ns_headers(h))

# host helpers
for a, b in [('www.acme.com', '.acme.com'), ('acme.com', '.acme.com'), ('x.y.acme.com', '.acme.com'),
             ('acme.com', 'acme.com'), ('192.168.1.1', '.168.1.1'), ('www.acme.com', 'acme.com'),
             ('a.b', '.b'), ('foo.local', '.local')]:
    print(a, b, cj.domain_match(a, b), cj.user_domain_match(a, b))
for h in ['www.acme.com', 'acme.com', 'foo.bar.acme.com', 'localhost', '1.2.3.4', 'a.local', '.x.com']:
    print(h, cj.is_HDN(h), cj.liberal_is_HDN(h), cj.reach(h))
for url in ['http://www.ACME.com:8080/a b/c?x', 'http://acme/', 'https://x.y.z/%7euser/%2a', 'http://h/p;a=b']:
    r = Request(url)
    print(url, cj.request_host(r), cj.eff_request_host(r), cj.request_path(r), cj.request_port(r))
print(cj.escape_path('/foo%2f/bar baz/\u00e9'), cj.request_port(Request('http://h:abc/')))
r = Request('http://www.other.com/', origin_req_host='www.acme.com')
print(cj.is_third_party(r), cj.is_third_party(Request('http://www.acme.com/x', origin_req_host='acme.com')))

# Cookie object
c = Cookie(0, 'n', 'v', None, False, 'WWW.Acme.Com', False, False, '/', False, False,
           '4102444800.9', True, 'comment', None, {'HttpOnly': None})
print(repr(c))
print(str(c), c.expires, c.is_expired(), c.is_expired(5e9), c.has_nonstandard_attr('HttpOnly'),
      c.get_nonstandard_attr('x', 'dflt'))
c.set_nonstandard_attr('x', 1)
print(c._rest)
c2 = Cookie(None, 'novalue', None, '80,8080', True, '.acme.com', True, True, '/p', True, True, None, False, None, None, {})
print(str(c2), repr(c2))
try:
    Cookie(0, 'n', 'v', None, True, 'd', False, False, '/', False, False, None, False, None, None, {})
except ValueError as e:
    print(type(e).__name__, e)

# Netscape cookie round trips
jar = CookieJar()
print(interact(jar, 'http://www.acme.com/', ['CUSTOMER=WILE_E_COYOTE; path=/ ; expires=Wednesday, 09-Nov-2099 23:12:40 GMT']))
print(interact(jar, 'http://www.acme.com/foo/bar.html', ['PART_NUMBER=ROCKET_LAUNCHER_0001; path=/']))
print(interact(jar, 'http://www.acme.com/foo/bar.html', ['SHIPPING=FEDEX; path=/foo']))
print(interact(jar, 'http://www.acme.com/'))
print(interact(jar, 'http://www.acme.com/foo/'))
print(interact(jar, 'http://www.acme.com/foobar'))
print(len(jar))
dump(jar)
print(interact(jar, 'http://www.acme.com/', ['PART_NUMBER=GONE; path=/; expires=Wed, 09-Nov-1999 23:12:40 GMT']))
print(len(jar), interact(jar, 'http://www.acme.com/foo/x'))

# default path, domain, secure, port, max-age
jar = CookieJar()
interact(jar, 'http://www.acme.com/dir/page.html', ['a=1', 'b=2; domain=.acme.com', 'c=3; domain=acme.com; secure',
                                                   'd=4; domain=.com', 'e=5; domain=other.com', 'f=6; max-age=1000000000',
                                                   'g=7; max-age=-1', 'h=8; max-age=abc', 'i=9; domain', 'j; path=/',
                                                   'k=10; path=/elsewhere', 'l=11; Version=1', 'm=12; port="80"',
                                                   'n="a b"; path="/dir"', '$o=13', 'p=14; expires=bogus'])
dump(jar)
print(interact(jar, 'http://www.acme.com/dir/x'))
print(interact(jar, 'https://www.acme.com/dir/x'))
print(interact(jar, 'http://acme.com/'))
print(interact(jar, 'http://sub.www.acme.com:8080/dir/'))
print(interact(jar, 'http://www.other.com/'))
r = Request('http://www.acme.com/dir/', headers={'Cookie': 'preset=1'})
jar.add_cookie_header(r)
print(r.get_header('Cookie'), r.unredirected_hdrs)

# local host names
jar = CookieJar()
interact(jar, 'http://foo/', ['a=1', 'b=2; domain=.local', 'c=3; domain=foo.local', 'd=4; domain=foo'])
dump(jar)
print(interact(jar, 'http://foo/'))

# IP address hosts
jar = CookieJar()
interact(jar, 'http://192.168.1.1/', ['a=1', 'b=2; domain=.168.1.1', 'c=3; domain=192.168.1.1'])
dump(jar)
print(interact(jar, 'http://192.168.1.1/'), interact(jar, 'http://10.168.1.1/'))

# RFC 2965
pol = DefaultCookiePolicy(rfc2965=True)
jar = CookieJar(pol)
print(interact(jar, 'http://www.acme.com/acme/login', ['Customer="WILE_E_COYOTE"; Version="1"; Path="/acme"'], 'Set-Cookie2'))
print(interact(jar, 'http://www.acme.com/acme/pickitem', ['Part_Number="Rocket_Launcher_0001"; Version="1"; Path="/acme"'], 'Set-Cookie2'))
print(interact(jar, 'http://www.acme.com/acme/shipping', ['Shipping="FedEx"; Version="1"; Path="/acme"; Port="80,8080"; Domain=".acme.com"; Discard; Comment="hi"; CommentURL="http://c/"'], 'Set-Cookie2'))
print(interact(jar, 'http://www.acme.com/acme/process'))
print(interact(jar, 'http://www.acme.com:9000/acme/process'))
dump(jar)
jar2 = CookieJar(DefaultCookiePolicy(rfc2965=True))
print(interact(jar2, 'http://www.acme.com/', ['a=1; version=1', 'b="x y"; Version=1; path="/"'], 'Set-Cookie2'))
print(interact(jar2, 'http://www.acme.com/'))
print(interact(jar2, 'http://www.acme.com/', ['nover=1'], 'Set-Cookie2'))
print(interact(jar2, 'http://foo.bar.acme.com/', ['deep=1; Version=1; Domain=.acme.com'], 'Set-Cookie2'))
print(interact(jar2, 'http://www.acme.com/', ['nomatch=1; Version=1; Path=/other'], 'Set-Cookie2'))
print(interact(jar2, 'http://www.acme.com/', ['badport=1; Version=1; Port="x"'], 'Set-Cookie2'))
print(interact(jar2, 'http://www.acme.com/', ['ns=1; version=1'], 'Set-Cookie'))
dump(jar2)
jar3 = CookieJar(DefaultCookiePolicy(rfc2965=True, hide_cookie2=True))
interact(jar3, 'http://www.acme.com/', ['x=1'])
print(interact(jar3, 'http://www.acme.com/'))
jar3 = CookieJar(DefaultCookiePolicy(rfc2965=True))
interact(jar3, 'http://www.acme.com/', ['x=1'])
print(interact(jar3, 'http://www.acme.com/'))

# RFC 2109 cookies (Set-Cookie with Version=1)
for kw in [{}, {'rfc2965': True}, {'rfc2965': True, 'rfc2109_as_netscape': True}]:
    jar = CookieJar(DefaultCookiePolicy(**kw))
    interact(jar, 'http://www.acme.com/', ['r=1; Version=1; Path=/'])
    print(kw, [(c.name, c.version, c.rfc2109) for c in jar], interact(jar, 'http://www.acme.com/'))

# both headers with the same cookie: the RFC 2965 one wins
jar = CookieJar(DefaultCookiePolicy(rfc2965=True))
req = Request('http://www.acme.com/')
res = FakeResponse([('Set-Cookie2', 'dup=new; Version=1; Path=/'), ('Set-Cookie', 'dup=old; Path=/'),
                    ('Set-Cookie', 'other=1')])
print([(c.name, c.value, c.version) for c in jar.make_cookies(res, req)])

# policy switches
for kw in [{'blocked_domains': ['.acme.com']}, {'blocked_domains': ['acme.com']},
           {'allowed_domains': ['www.acme.com']}, {'allowed_domains': ['.other.com']},
           {'netscape': False}, {'strict_ns_domain': DefaultCookiePolicy.DomainStrict},
           {'strict_ns_set_initial_dollar': True}, {'strict_ns_set_path': True},
           {'strict_domain': True}, {'strict_ns_unverifiable': True}]:
    jar = CookieJar(DefaultCookiePolicy(**kw))
    interact(jar, 'http://www.acme.com/x/y', ['a=1', 'b=2; domain=.acme.com', '$c=3', 'd=4; path=/other'])
    interact(jar, 'http://www.bbc.co.uk/', ['e=5; domain=.co.uk', 'f=6; domain=.bbc.co.uk'])
    interact(jar, 'http://www.acme.com/', ['g=7'], unverifiable=True, origin_req_host='www.other.org')
    print(kw, sorted(c.name for c in jar), interact(jar, 'http://www.acme.com/x/y'), interact(jar, 'http://a.www.acme.com/'))
p = DefaultCookiePolicy(blocked_domains=['x.com'])
print(p.blocked_domains(), p.is_blocked('x.com'), p.is_blocked('y.x.com'), p.allowed_domains(), p.is_not_allowed('q'))
p.set_blocked_domains(('.y.com',))
p.set_allowed_domains(['a.com'])
print(p.blocked_domains(), p.is_blocked('z.y.com'), p.allowed_domains(), p.is_not_allowed('b.com'), p.is_not_allowed('a.com'))
p.set_allowed_domains(None)
print(p.allowed_domains(), DefaultCookiePolicy.DomainStrict, DefaultCookiePolicy.DomainRFC2965Match,
      DefaultCookiePolicy.DomainLiberal, p.secure_protocols)
print(p.path_return_ok('/a', Request('http://h/a/b')), p.path_return_ok('/a', Request('http://h/ab')),
      p.path_return_ok('/a/', Request('http://h/a/b')), p.path_return_ok('/a/b', Request('http://h/a')))
print(p.domain_return_ok('.acme.com', Request('http://www.acme.com/')), p.domain_return_ok('acme.com', Request('http://acme.com/')),
      p.domain_return_ok('.other.com', Request('http://www.acme.com/')))
try:
    CookiePolicy().set_ok(None, None)
except NotImplementedError as e:
    print(type(e).__name__)
print(CookiePolicy().domain_return_ok('x', None), CookiePolicy().path_return_ok('x', None))

# secure protocols and wss
jar = CookieJar(DefaultCookiePolicy(secure_protocols=('https', 'wss')))
interact(jar, 'https://www.acme.com/', ['s=1; secure'])
print(interact(jar, 'http://www.acme.com/'), interact(jar, 'https://www.acme.com/'), interact(jar, 'wss://www.acme.com/'))

# set_cookie_if_ok, clear, session cookies
jar = CookieJar()
req = Request('http://www.acme.com/')
jar.set_cookie_if_ok(Cookie(0, 'ok', '1', None, False, 'www.acme.com', False, False, '/', False, False, None, True, None, None, {}), req)
jar.set_cookie_if_ok(Cookie(0, 'bad', '1', None, False, '.other.com', True, True, '/', False, False, None, True, None, None, {}), req)
jar.set_cookie(Cookie(0, 'keep', '1', None, False, 'www.acme.com', False, False, '/', False, False, 4102444800, False, None, None, {}))
jar.set_cookie(Cookie(0, 'old', '1', None, False, 'www.acme.com', False, False, '/p', False, False, 1, False, None, None, {}))
print(sorted(c.name for c in jar), len(jar))
print(str(jar))
print(repr(CookieJar()), str(CookieJar()))
jar.clear_expired_cookies()
print(sorted(c.name for c in jar))
jar.clear_session_cookies()
print(sorted(c.name for c in jar))
for args in [('www.acme.com', None, 'x'), (None, '/', None)]:
    try:
        jar.clear(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    jar.clear('nodomain')
except KeyError as e:
    print(type(e).__name__, e)
jar.clear('www.acme.com', '/', 'keep')
print(len(jar), jar._cookies)
jar.set_cookie(Cookie(0, 'a', '1', None, False, 'h.com', False, False, '/', False, False, None, True, None, None, {}))
jar.clear('h.com', '/')
print(jar._cookies)
jar.set_cookie(Cookie(0, 'a', '1', None, False, 'h.com', False, False, '/', False, False, None, True, None, None, {}))
jar.clear()
print(jar._cookies)
jar.set_policy(DefaultCookiePolicy(netscape=False))
print(jar._policy.netscape)
print(list(cj.deepvalues({'a': {'b': 1, 'c': {'d': 2}}, 'e': 3})))

# files
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'cookies.txt')


def fill(jar):
    interact(jar, 'http://www.acme.com/', ['session=1; path=/',
                                          'persist=2; path=/; expires=Fri, 01 Jan 2100 00:00:00 GMT',
                                          'dom=3; domain=.acme.com; expires=Fri, 01 Jan 2100 00:00:00 GMT; secure',
                                          'novalue; expires=Fri, 01 Jan 2100 00:00:00 GMT',
                                          'spaced="a b"; expires=Fri, 01 Jan 2100 00:00:00 GMT; HttpOnly; Comment=c; port'])
    jar.set_cookie(Cookie(0, 'ho', 'x', None, False, 'www.acme.com', False, False, '/', False, False, 4102444800,
                          False, None, None, {'HTTPOnly': ''}))
    jar.set_cookie(Cookie(0, 'expired', 'x', None, False, 'www.acme.com', False, False, '/', False, False, 5,
                          False, None, None, {}))


for cls in [MozillaCookieJar, LWPCookieJar]:
    print(cls.__name__)
    jar = cls(path)
    fill(jar)
    for kw in [{}, {'ignore_discard': True, 'ignore_expires': True}]:
        jar.save(**kw)
        with open(path) as f:
            print(f.read())
    for kw in [{}, {'ignore_discard': True}, {'ignore_discard': True, 'ignore_expires': True}]:
        j2 = cls()
        j2.load(path, **kw)
        print(kw)
        dump(j2)
    j2.revert(path)
    print(len(j2))
    print((os.stat(path).st_mode & 0o777) == 0o600)
    if cls is LWPCookieJar:
        print(jar.as_lwp_str(ignore_discard=False, ignore_expires=False))
    with open(path, 'w') as f:
        f.write('not a cookie file\n')
    try:
        j2.revert(path)
    except LoadError as e:
        print(type(e).__name__, str(e).replace(path, 'PATH'), len(j2))
    try:
        cls().load()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        cls().save()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        cls(os.path.join(tmp, 'missing')).load()
    except FileNotFoundError as e:
        print(type(e).__name__)

with open(path, 'w') as f:
    f.write('# Netscape HTTP Cookie File\n\n# comment\n$skip\n'
            '.example.com\tTRUE\t/\tFALSE\t4102444800\tname\tvalue\n'
            '#HttpOnly_www.example.com\tFALSE\t/p\tTRUE\t\tsess\tv2\n'
            'www.example.com\tFALSE\t/\tFALSE\t4102444800\t\tnameless\n')
j = MozillaCookieJar()
j.load(path, ignore_discard=True)
dump(j)
with open(path, 'w') as f:
    f.write('# HTTP Cookie File\nbad line without tabs\n')
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        MozillaCookieJar().load(path)
    except LoadError as e:
        print(type(e).__name__, str(e).replace(path, 'PATH'), len(w), w and w[0].category.__name__)
with open(path, 'w') as f:
    f.write('#LWP-Cookies-1.0\nSet-Cookie3: a=b; path="/"; domain=.x.com; path_spec; domain_dot; expires="2100-01-01 00:00:00Z"; version=0; extra=1\n'
            'Other: ignored\nSet-Cookie3: c="d e"; path="/q"; domain=x.com; port="80"; port_spec; discard; version=1\n')
j = LWPCookieJar()
j.load(path, ignore_discard=True)
dump(j)
print(cj.lwp_cookie_str(list(j)[0]))
try:
    FileCookieJar(path).save()
except NotImplementedError as e:
    print(type(e).__name__)
print(FileCookieJar(path).delayload, FileCookieJar(path, True).delayload, FileCookieJar().filename)
import pathlib
print(FileCookieJar(pathlib.PurePosixPath('/a/b')).filename)
import shutil
shutil.rmtree(tmp)
print(issubclass(LoadError, OSError), cj.__all__)
print(cj.MISSING_FILENAME_TEXT, repr(cj.NETSCAPE_HEADER_TEXT), cj.DEFAULT_HTTP_PORT, cj.HTTPONLY_ATTR, cj.HTTPONLY_PREFIX)
