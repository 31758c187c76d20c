# urllib.parse deprecated split* helpers and to_bytes: results and warnings.
import urllib.parse as up
import warnings

calls = [
    (up.splittype, 'http://x/y'), (up.splittype, 'x/y'), (up.splittype, 'HTTP:x'), (up.splittype, ':x'),
    (up.splithost, '//u@h:1/p'), (up.splithost, '/p'), (up.splithost, '//h?q'), (up.splithost, '//h#f'),
    (up.splithost, '///p'), (up.splituser, 'u:p@h'), (up.splituser, 'h'), (up.splituser, 'a@b@c'),
    (up.splitpasswd, 'u:p'), (up.splitpasswd, 'u'), (up.splitpasswd, 'u:p:q'),
    (up.splitport, 'h:80'), (up.splitport, 'h:'), (up.splitport, 'h:x'), (up.splitport, '[::1]:8'), (up.splitport, 'h'),
    (up.splitnport, 'h:80'), (up.splitnport, 'h:x'), (up.splitnport, 'h', 5), (up.splitnport, 'h:'), (up.splitnport, 'h'),
    (up.splitquery, 'a?b?c'), (up.splitquery, 'a'), (up.splittag, 'a#b#c'), (up.splittag, 'a'),
    (up.splitattr, 'a;b=1;c'), (up.splitattr, 'a'), (up.splitvalue, 'a=b=c'), (up.splitvalue, 'a'),
    (up.to_bytes, 'abc'), (up.to_bytes, 'é'), (up.to_bytes, b'x'),
]
for f, *args in calls:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f(*args)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
    print(f.__name__, args, r, [(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    up.splittype('a:b')
print(w[0].filename.endswith('urllib_parse_legacy.py'))
print(up._splittype('A:b'), up._splitport('h:1'))
