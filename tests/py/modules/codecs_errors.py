import codecs


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


# The standard handlers called directly
E = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80b', 1, 5, 'x')
D = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'x')
T = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'x')
E2 = UnicodeEncodeError('ascii', 'a\udc80\udcffb', 1, 3, 'x')
D2 = UnicodeDecodeError('ascii', b'a\x41\xffb', 1, 3, 'x')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
    for x in (E, D, T, E2, D2, ValueError('v'), 5, None):
        t(h, x)
print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('ignore') is codecs.ignore_errors,
      codecs.lookup_error('replace') is codecs.replace_errors,
      codecs.lookup_error('backslashreplace') is codecs.backslashreplace_errors,
      codecs.lookup_error('xmlcharrefreplace') is codecs.xmlcharrefreplace_errors,
      codecs.lookup_error('namereplace') is codecs.namereplace_errors)

# surrogatepass per encoding
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-16', 'utf-32-le', 'utf-32-be', 'utf-32',
            'latin-1']:
    t(codecs.surrogatepass if hasattr(codecs, 'surrogatepass') else codecs.lookup_error('surrogatepass'),
      UnicodeEncodeError(enc, 'a\ud800\udfffb', 1, 3, 'x'))
sp = codecs.lookup_error('surrogatepass')
t(sp, UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'x'))
t(sp, UnicodeDecodeError('utf-8', b'a\xed\xa0', 1, 2, 'x'))
t(sp, UnicodeDecodeError('utf-8', b'a\xe2\x82\xacb', 1, 2, 'x'))
t(sp, UnicodeDecodeError('utf-16-le', b'a\x00\x00\xdc', 2, 4, 'x'))
t(sp, UnicodeDecodeError('utf-16-be', b'\xd8\x01', 0, 2, 'x'))
t(sp, UnicodeDecodeError('utf-32-be', b'\x00\x00\xd8\x01', 0, 4, 'x'))

# registry
t(codecs.lookup_error, 'nope')
t(codecs.lookup_error, 5)
t(codecs.register_error, 'x', 5)
t(codecs.register_error, 5, print)


def show(e):
    return ('<%d:%d>' % (e.start, e.end), e.end)


codecs.register_error('show', show)
print(codecs.lookup_error('show') is show)

# handlers through codecs.encode/decode and the codec functions
texts = ['a\xe9\xe9b\xe9', 'a\u20ac\U0001f600\udc80b', 'x\ud800y\udcffz', '\xe9']
encodings = ['ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
             'utf-32-be', 'unicode_escape', 'raw_unicode_escape', 'utf-8-sig']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass', 'show']
for enc in encodings:
    for s in texts:
        print(enc, repr(s))
        for h in handlers:
            t(codecs.encode, s, enc, h)
datas = [b'a\xff\xfeb\xff', b'\xe2\x82\xac\xe2\x82', b'a\xed\xa0\x80b', b'x\x80\x00\xd8y\x00',
         b'\x00\xdc\x00\x00\x00\xd8\x00\x00\x41\x00\x00\x00\x00\x00\x11\x00',
         b'ab\\x4g\\u12\\N{NO SUCH}\\']
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-16-be', 'utf-16', 'utf-32-le',
            'utf-32', 'unicode_escape', 'raw_unicode_escape', 'utf-8-sig']:
    for d in datas:
        print(enc, d)
        for h in handlers:
            if h not in ('xmlcharrefreplace', 'namereplace'):
                t(codecs.decode, d, enc, h)
t(codecs.decode, b'\xff', 'utf-8', 'xmlcharrefreplace')
t(codecs.decode, b'\xff', 'utf-8', 'namereplace')

# the unknown handler name only matters when an error happens
t(codecs.encode, 'ab', 'ascii', 'nope')
t(codecs.encode, 'a\xe9b', 'ascii', 'nope')
t(codecs.decode, b'ab', 'ascii', 'nope')
t(codecs.decode, b'a\xffb', 'utf-8', 'nope')

# what handlers may return
codecs.register_error('bad1', lambda e: 'x')
codecs.register_error('bad2', lambda e: ('x', 100))
codecs.register_error('bad3', lambda e: ('x', -1))
codecs.register_error('bad4', lambda e: ('\xe9', e.end))
codecs.register_error('bad5', lambda e: (b'XY', e.end))
codecs.register_error('bad6', lambda e: ('x', 1.5))
codecs.register_error('bad7', lambda e: ('x', e.end, 0))
codecs.register_error('back', lambda e: ('[%d]' % e.start, e.start + 1 if e.start < 3 else e.end))
codecs.register_error('skipall', lambda e: ('!', len(e.object)))
for h in ['bad1', 'bad2', 'bad3', 'bad4', 'bad5', 'bad6', 'bad7', 'back', 'skipall']:
    t(codecs.encode, 'a\xe9b\xe9\xe9c', 'ascii', h)
    t(codecs.decode, b'a\xffb\xff\xffc', 'ascii', h)
    t(codecs.decode, b'a\xffb\xff\xffc', 'utf-8', h)
    t(codecs.utf_16_le_encode, 'a\ud800b', h)

# a handler that raises, and overriding a standard name
def boom(e):
    raise KeyError('boom')


codecs.register_error('boom', boom)
t(codecs.encode, 'a\xe9', 'ascii', 'boom')
codecs.register_error('replace', show)
t(codecs.encode, 'a\xe9', 'ascii', 'replace')
t(codecs.decode, b'a\xff', 'utf-8', 'replace')
print(codecs.lookup_error('replace') is show, codecs.replace_errors(E))
codecs.register_error('replace', codecs.replace_errors)
t(codecs.encode, 'a\xe9', 'ascii', 'replace')

# errors arguments
try:
    codecs.encode('a\xe9', 'ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    codecs.decode(b'a\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    codecs.utf_16_encode('a\ud800')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
