import codecs


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


names = ['UTF8', 'utf_8', 'utf-8', 'U8', 'utf 8', 'UTF', 'cp65001', 'latin1', 'latin-1', 'L1',
         'iso-8859-1', 'iso8859_1', 'ISO_8859-1:1987', '8859', 'cp819', 'ascii', 'US-ASCII',
         '646', 'ansi_x3.4_1968', 'iso_646.irv:1991', 'us', 'utf-16', 'UTF-16LE', 'utf_16_be',
         'u16', 'UnicodeLittleUnmarked', 'unicodebigunmarked', 'utf-32', 'utf_32_le',
         'UTF-32BE', 'u32', 'unicode_escape', 'raw-unicode-escape', 'utf-8-sig', 'utf_8_sig',
         'hex', 'hex_codec', 'base64', 'base_64', 'zlib', 'zip', 'rot13', 'rot_13',
         'charmap', 'undefined']
for n in names:
    c = codecs.lookup(n)
    print(n, '->', c.name, c._is_text_encoding, type(c).__name__, len(c),
          c.incrementalencoder.__name__, c.incrementaldecoder.__name__,
          c.streamreader.__name__, c.streamwriter.__name__)
    print('   ', c[0] is c.encode, c[1] is c.decode, c[2] is c.streamreader,
          c[3] is c.streamwriter)
for n in ['xyz', 'utf8_sig', 'UnicodeEscape', 'unicode-internal', 'mbcs', '', 'utf-8 x']:
    t(codecs.lookup, n)
t(codecs.lookup, 5)
t(codecs.lookup, b'utf-8')
print(codecs.lookup('utf-8') is codecs.lookup('UTF8'))

# search functions see the normalised name
seen = []


def search(name):
    seen.append(name)
    return None


codecs.register(search)
for n in ['Foo Bar-Baz', 'X.Y', '  a  ', 'A--B', 'x\xe9y', 'UPPER_case']:
    t(codecs.lookup, n)
print(seen)
print(codecs.unregister(search), codecs.unregister(search))
t(codecs.register, 5)
t(codecs.register, None)

# CodecInfo
ci = codecs.CodecInfo(1, 2)
print(tuple(ci), ci.name, ci.incrementalencoder, ci.incrementaldecoder, ci.streamreader,
      ci.streamwriter, ci._is_text_encoding)
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'nm', _is_text_encoding=False)
print(tuple(ci), ci.name, ci.incrementalencoder, ci.incrementaldecoder, ci._is_text_encoding)
print(isinstance(ci, tuple), codecs.CodecInfo.__mro__[1].__name__)
print(repr(codecs.lookup('latin1')).startswith('<codecs.CodecInfo object for encoding iso8859-1 at 0x'))


def rev_encode(s, errors='strict'):
    return s[::-1].encode('ascii', errors), len(s)


def rev_decode(b, errors='strict'):
    return bytes(b)[::-1].decode('ascii', errors), len(b)


rev_info = codecs.CodecInfo(rev_encode, rev_decode, name='reverse')


def search_rev(name):
    return rev_info if name == 'reverse' else None


codecs.register(search_rev)
print(codecs.lookup('Reverse') is rev_info, codecs.lookup('reverse').name)
print(codecs.encode('abc', 'reverse'), codecs.decode(b'abc', 'reverse'))
print(codecs.getencoder('reverse') is rev_encode, codecs.getdecoder('reverse') is rev_decode)
t(codecs.getincrementalencoder, 'reverse')
t(codecs.getincrementaldecoder, 'reverse')
print(codecs.getreader('reverse'), codecs.getwriter('reverse'))
codecs.unregister(search_rev)
t(codecs.lookup, 'reverse')

# plain 4-tuples are accepted, other results are not
codecs.register(lambda n: (lambda s, e='strict': (s * 2, len(s)), 2, 3, 4) if n == 'twice' else None)
print(type(codecs.lookup('twice')).__name__, codecs.encode('ab', 'twice'))
codecs.register(lambda n: 5 if n == 'five' else None)
t(codecs.lookup, 'five')
codecs.register(lambda n: (1, 2) if n == 'pair' else None)
t(codecs.lookup, 'pair')

# encode/decode check what the codec returns, and pass errors only when given
codecs.register(lambda n: codecs.CodecInfo(len, len) if n == 'length' else None)
t(codecs.encode, 'abc', 'length')
t(codecs.decode, b'abc', 'length')
t(codecs.encode, 'abc', 'length', 'strict')
t(codecs.encode, 'abc', 5)
t(codecs.encode, 'abc', 'utf-8', 5)
t(codecs.decode, b'abc', None)
print(codecs.encode('\xe9'), codecs.decode(b'\xc3\xa9'), codecs.encode('\xe9', 'latin-1'))
print(codecs.encode(obj='x', encoding='ascii', errors='strict'), codecs.decode(obj=b'y'))
t(codecs.encode, b'abc')
t(codecs.decode, 'abc')
t(codecs.decode, 'abc', 'ascii')
t(codecs.decode, 5, 'utf-8')
print(codecs.decode(memoryview(b'abc'), 'ascii'), codecs.decode(bytearray(b'\xff'), 'latin-1'))
print(codecs.getencoder('utf-8').__name__, codecs.getdecoder('latin1').__name__,
      codecs.getreader('utf-8').__name__, codecs.getwriter('ascii').__name__,
      codecs.getincrementalencoder('ascii').__name__,
      codecs.getincrementaldecoder('utf-16').__name__)
t(codecs.getencoder, 'nope')
t(codecs.getincrementaldecoder, 'nope')
t(codecs.encode, 'a', 'undefined')
t(codecs.decode, b'a', 'undefined')
t(codecs.getincrementalencoder('undefined')().encode, 'a')
