# urllib.error exception classes and what urllib.request offers offline.
import urllib.error as ue
import urllib.request as ur

print(ue.__all__)
print(issubclass(ue.URLError, OSError), issubclass(ue.HTTPError, ue.URLError),
      issubclass(ue.ContentTooShortError, ue.URLError))
e = ue.URLError('no route')
print(str(e), e.reason, e.args, repr(e.filename))
e = ue.URLError(ValueError('bad'), 'f.txt')
print(str(e), repr(e.reason), e.filename)
h = ue.HTTPError('http://x/', 404, 'Not Found', {'a': 'b'}, None)
print(str(h), repr(h), h.code, h.msg, h.reason, h.headers, h.getcode(), h.geturl(), h.url, h.filename)
h.headers = {'c': 'd'}
print(h.hdrs, h.info())
try:
    raise ue.HTTPError('http://y/', 500, 'Oops', None, None)
except ue.URLError as err:
    print(type(err).__name__, err)
c = ue.ContentTooShortError('short', b'abc')
print(str(c), c.content, c.reason, c.args)
try:
    raise c
except OSError as err:
    print(type(err).__name__, err)
print(ur.pathname2url('/a b/c%d'), ur.url2pathname('/a%20b/c%25d'))
