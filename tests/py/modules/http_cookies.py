# http.cookies: parsing, quoting and output formats
from http import cookies
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError

c = SimpleCookie()
c.load('chips=ahoy; vienna=finger')
print(repr(c))
print(c.output())
print(c['chips'].value, c['vienna'].coded_value)

c = SimpleCookie('keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;";')
print(repr(c))
print(c['keebler'].value)
print(c.output())

c = SimpleCookie()
c['x'] = 'hello world'
c['y'] = 'a"b\\c;d'
c['z'] = 42
c['u'] = 'caf\xe9'
print(c.output())
print(c.output(header='Cookie:', sep='|'))
print(repr(c))

c = SimpleCookie()
c['sid'] = 'abc'
m = c['sid']
m['path'] = '/'
m['domain'] = 'example.com'
m['max-age'] = 3600
m['secure'] = True
m['httponly'] = True
m['comment'] = 'a comment; here'
m['samesite'] = 'Lax'
m['version'] = 1
print(c.output())
print(m.OutputString())
print(m.OutputString(['path', 'secure']))
print(repr(m))
print(m.js_output())
print(c.js_output(attrs=['path']))
m['expires'] = 'Wed, 01 Jan 2025 00:00:00 GMT'
print(m.output(attrs=['expires']))

c = SimpleCookie('a=1; Path=/; Domain=.ex.com; Secure; HttpOnly; b=2; Max-Age=10; $Version=1')
for k in sorted(c):
    print(k, repr(c[k].value), sorted((a, v) for a, v in c[k].items() if v))
print(c.output())

# expires special format
c = SimpleCookie('x=y; expires=Wed, 09 Jun 2021 10:18:14 GMT; path=/p')
print(c['x']['expires'], c['x']['path'])

# malformed strings leave the cookie unchanged
for s in ['keebler=E=everybody', 'a=1; b', 'Path=/; a=1', '$x=1; y=2', 'a=1; comment', '  ', 'a="x\\"y"; foo=bar']:
    c = SimpleCookie()
    c.load(s)
    print(repr(s), repr(c))

# load dict
c = SimpleCookie()
c.load({'k1': 'v1', 'k2': 'v 2'})
print(c.output())

# errors
m = Morsel()
for args in [('path', 'v', 'v'), ('bad key', 'v', 'v'), ('Expires', 'x', 'x')]:
    try:
        m.set(*args)
    except CookieError as e:
        print(type(e).__name__, e)
try:
    m['bogus'] = 1
except CookieError as e:
    print(type(e).__name__, e)
try:
    m.setdefault('bogus', 1)
except CookieError as e:
    print(type(e).__name__, e)
try:
    m.update({'bogus': 1})
except CookieError as e:
    print(type(e).__name__, e)
print(m.setdefault('PATH', '/x'), m['path'])
m.update({'Domain': 'd.com'})
print(m['domain'], m.isReservedKey('Max-Age'), m.isReservedKey('foo'))
m.set('key', 'val', '"val"')
print(m.key, m.value, m.coded_value, str(m))
m2 = m.copy()
print(m2 == m, m2 != m, type(m2).__name__, m == 1)
m2['path'] = '/y'
print(m2 == m)
print(m.__getstate__())
import pickle
m3 = pickle.loads(pickle.dumps(m))
print(m3 == m, m3.key)
c = SimpleCookie()
c['k'] = m
print(c.output())

# BaseCookie doesn't quote
b = BaseCookie()
b['x'] = 'a b'
print(b.output(), repr(b))
b = BaseCookie('x="a b"')
print(repr(b['x'].value))

# quoting helpers
for s in ['abc', 'a b', '', 'a;b', '\x00\x7f\xff', 'tab\there', '"']:
    q = cookies._quote(s)
    print(repr(s), repr(q), repr(cookies._unquote(q)))
print(cookies._unquote('"\\101\\bc"'), cookies._unquote('x'), cookies._unquote(None))
print(Morsel[str], SimpleCookie.__mro__[1].__name__)
print(sorted(Morsel._reserved), cookies.__all__)
