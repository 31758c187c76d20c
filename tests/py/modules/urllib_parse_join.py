# urllib.parse.urljoin: RFC 3986 section 5.4 examples and other resolutions.
import urllib.parse as up

base = 'http://a/b/c/d;p?q'
refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
        'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
        '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
        'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x',
        'http:g', 'http:', 'http:/g', 'https:g', '//g/h/../i', 'a//b', './/g', '...', '/a/b/../../..',
        '  g', 'g\n', '#', '?', '?#f']
for r in refs:
    print(repr(r), up.urljoin(base, r))

bases = ['http://a/b/c/d', 'http://a/b/c/', 'http://a', 'http://a/', 'http://a/b/c/d;p?q#f',
         'https://u:p@h:8/x/y?z', 'file:///tmp/x', 'file:/tmp/x', 'mailto:x@y', 'ftp://h/a/b',
         'svn+ssh://h/r/t', 'unknown://h/a/b', 'rel/path', '/abs/path', '', 'http:///x/y', 'ws://h/a/']
for b in bases:
    print(repr(b), [up.urljoin(b, r) for r in ['z', '../z', '/z', '//h2/z', '?q2', '#f2', '', 'http://o/p', 'mailto:q', 'ftp:z']])
print(up.urljoin('http://a/b', 'g', allow_fragments=False), up.urljoin('http://a/b#x', '#y', allow_fragments=False))
print(up.urljoin(b'http://a/b/c', b'../d'), up.urljoin(b'http://a/b', b''), up.urljoin(b'', b'x'), up.urljoin('', b'x'))
print(up.urljoin('http://a/b', b''), up.urljoin(b'http://a/', ''))
try:
    up.urljoin('http://a/', b'x')
except TypeError as e:
    print(type(e).__name__, e)
print(up.urljoin('http://a/b/c/d;p?q', 'g;x=1/y'), up.urljoin('HTTP://A/b', 'c'), up.urljoin('http://a/b/', './'))
print(up.urljoin('http://[::1]/a/b', '../c'), up.urljoin('http://h/a/b/c', '../../../../../x'))
