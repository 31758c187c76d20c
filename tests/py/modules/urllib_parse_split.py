# urllib.parse: urlsplit/urlparse/urlunsplit/urlunparse/urldefrag and result objects.
import urllib.parse as up

print(up.__all__)
print(up.uses_relative, up.uses_netloc, up.uses_params, up.non_hierarchical,
      up.uses_query, up.uses_fragment, up.scheme_chars)

urls = [
    'http://www.python.org/doc/;param?query=1#frag',
    'HTTP://User:Pass@Example.COM:8080/p/a/t/h;x=1;y=2?q=1&r=2#Frag',
    'https://[::1]:443/path', 'http://[fe80::1%25eth0]/', 'http://[v1.fe]/x',
    'file:///etc/passwd', 'file:/etc/passwd', 'mailto:someone@example.com',
    'news:comp.lang.python', 'tel:+1-816-555-1212;ext=1', 'sip:alice@atlanta.com;transport=tcp',
    '//netloc/path', '/just/a/path?q#f', 'path;p', 'a/b;c/d;e', '', '?', '#', '?#', 'x:',
    'http:', 'http:path', 'http:/path', 'http://', 'http:///path', 'http://host', 'http://host?q',
    'http://host#f', '  \x00\x1f http://lead.example/ ', 'ht\ttp://ta\nb.exa\rmple/p\tq',
    'abc:123', '1abc:path', 'path:with:colons', 'a+b-c.d:rest', 'é:x', 'c:\\windows',
    'svn+ssh://u@host/repo', 'git://g.com/r.git', 'ws://h/chat', 'itms-services://?action=1',
    'http://a/b/c/d;p?q', 'data:text/plain;base64,SGVsbG8=', 'urn:isbn:0451450523',
    'http://host:/p', 'http://host:0/p', 'http://host:65535', 'http://u@h', 'http://:pw@h:1',
    'http://u:@h', 'http://a@b@c:9/', 'HTTP://[::FFFF:1.2.3.4]:80',
]
for u in urls:
    s = up.urlsplit(u)
    p = up.urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.geturl(), '|', p.geturl(), '|', up.urlunsplit(s), '|', up.urlunparse(p))
    try:
        print('  ', s.username, s.password, s.hostname, s.port)
    except ValueError as e:
        print('  ', type(e).__name__, e)

print(up.urlsplit('path?q#f', allow_fragments=False))
print(up.urlparse('path;p?q#f', scheme='http', allow_fragments=False))
print(up.urlsplit('//h/p', scheme='ftp'), up.urlsplit('x://h/p', scheme='ftp'))
print(up.urlsplit('p', scheme=' \thttps\n '))

for bad in ['http://[::1/', 'http://::1]/', 'http://a[::1]/', 'http://[::1]x/',
            'http://[1.2.3.4]/', 'http://[v1]/', 'http://[vz.x]/', 'http://[notip]/',
            'http://u@[::1]:8/', 'http://[::1]:8@[x]/', 'http://[::1]]/', 'http://[[::1]/', 'http://\uff03host/', 'http://h\u2100st/', 'http://\u00e9x.com/']:
    try:
        print(repr(bad), up.urlsplit(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

for u in ['http://h:abc/', 'http://h:99999/', 'http://h:-1/', 'http://h:+1/', 'http://h: 1/',
          'http://h:\u0661/', 'http://[::1]:x/', 'http://h:0080/']:
    try:
        print(repr(u), up.urlsplit(u).port)
    except ValueError as e:
        print(repr(u), type(e).__name__, e)

# unsplit/unparse corner cases
for parts in [('http', '', '', '', ''), ('http', '', 'p', '', ''), ('http', '', '/p', '', ''),
              ('http', '', '//p', '', ''), ('', '', '//p', '', ''), ('mailto', '', 'a@b', '', ''),
              ('x', '', '', 'q', 'f'), ('', 'h', 'p', '', ''), ('file', '', '/tmp', '', ''),
              ('', '', 'p', 'q', 'f'), ('https', 'h', '', '', '')]:
    print(parts, repr(up.urlunsplit(parts)))
print(up.urlunparse(('http', 'h', '/p', 'a=1', 'q', 'f')), up.urlunparse(('', '', 'p', 'x', '', '')))
print(up.urlunsplit(['http', 'h', '/', '', '']), up.urlunsplit(iter(('a', 'b', 'c', 'd', 'e'))))

# Result objects
r = up.urlparse('http://u:p@H.com:80/a;b?c#d')
print(type(r).__name__, r._fields, r.scheme, r[1], len(r), r._replace(scheme='ftp', fragment='').geturl())
print(r._asdict(), tuple(r) == r, isinstance(r, tuple))
rb = r.encode()
print(rb, type(rb).__name__, rb.hostname, rb.port, rb.username, rb.password)
print(rb.decode(), type(rb.decode()).__name__, rb.geturl())
s = up.urlsplit('https://[FE80::1%25EtH0]:8443/x')
print(s.hostname, s.port, s.encode('utf-8').hostname)
print(up.urlsplit('http://h').encode().geturl())
print(up.SplitResult('http', 'h:1', '/p', 'q', 'f').port, up.ParseResult._fields, up.DefragResult._fields)
print(up.SplitResultBytes(b'http', b'h', b'', b'', b'').geturl())
print(up.SplitResult[str], up.SplitResult.__mro__[1].__name__)
print(up.urlparse('http://\u00e9.com/\u00e9').encode('utf-8'))
try:
    up.urlparse('http://\u00e9.com/').encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)

# defrag
for u in ['http://h/p#frag', 'http://h/p', 'http://h/p#', 'p;x?q#f', '#only', b'http://h/x#y', b'abc']:
    d = up.urldefrag(u)
    print(repr(u), d, d.url, d.fragment, d.geturl(), type(d).__name__)
print(up.urldefrag('http://h/p#f').encode(), up.urldefrag(b'a#b').decode())

# bytes input
print(up.urlsplit(b'http://h:8/p?q#f'))
print(up.urlparse(b'http://h/p;x?q#f', b'ftp'))
print(up.urlparse(b'/p', b'https'), up.urlsplit(b'', ''), up.urlsplit(b'/x', ''))
print(up.urlunsplit((b'http', b'h', b'/p', b'', b'')), up.urlunparse((b'', b'', b'p', b'', b'', b'')))
for args in [(b'http://h', 'x'), ('http://h', b'x')]:
    try:
        up.urlsplit(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    up.urlsplit(b'http://\xff/')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
try:
    up.urlunsplit(('http', b'h', '', '', ''))
except TypeError as e:
    print(type(e).__name__, e)
try:
    up.urlunsplit(('http', 'h'))
except ValueError as e:
    print(type(e).__name__, e)
print(up.unwrap('<URL:http://a/b>'), up.unwrap(' <http://x> '), up.unwrap('URL: y'), up.unwrap('z'))
