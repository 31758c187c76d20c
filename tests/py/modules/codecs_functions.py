import codecs
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(codecs.BOM, codecs.BOM_BE, codecs.BOM_LE, codecs.BOM_UTF8, codecs.BOM_UTF16,
      codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)

text = 'a\xe9\u20ac\U0001f600z'
for name in ['utf_8', 'ascii', 'latin_1', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32',
             'utf_32_le', 'utf_32_be', 'unicode_escape', 'raw_unicode_escape']:
    enc = getattr(codecs, name + '_encode')
    dec = getattr(codecs, name + '_decode')
    print(name)
    t(enc, text)
    t(enc, text, 'replace')
    t(enc, '')
    t(enc, b'x')
    t(enc, text, 5)
    data = enc(text, 'backslashreplace')[0]
    t(dec, data)
    t(dec, bytearray(data), None)
    t(dec, memoryview(data), 'strict')
    t(dec, 'str')
    t(dec, data[:-1])
    t(dec, data[:-1], 'replace')
    if name not in ('ascii', 'latin_1'):
        t(dec, data[:-1], 'strict', True)
        t(dec, data[:-1], 'strict', False)
        for cut in range(len(data) + 1):
            t(dec, data[:cut], 'strict', False)

# incomplete input at the end with final=False
for d in [b'\xe2\x82', b'\xe2', b'\xf0\x9f\x98', b'a\xf0\x9f', b'\xe0\x80', b'\xed\xa0',
          b'\xc3', b'a\xff', b'\x80', b'\xf4\x90']:
    t(codecs.utf_8_decode, d, 'strict', False)
    t(codecs.utf_8_decode, d, 'replace', False)
    t(codecs.utf_8_decode, d, 'replace', True)
for d in [b'\x00\xd8', b'\x00\xd8\x00', b'\x00\xd8a\x00', b'a', b'a\x00b', b'\x00\xdc',
          b'\x3d\xd8\x00\xde']:
    t(codecs.utf_16_le_decode, d, 'strict', False)
    t(codecs.utf_16_le_decode, d, 'replace', False)
    t(codecs.utf_16_le_decode, d, 'replace', True)
for d in [b'a\\', b'a\\x4', b'a\\u12', b'a\\U0001', b'a\\N', b'a\\\\', b'a\\u00e9',
          b'\\\\\\', b'a\\q', b'\\N{EURO SIGN}x', b'\\777']:
    t(codecs.unicode_escape_decode, d, 'strict', False)
    t(codecs.unicode_escape_decode, d)
    t(codecs.raw_unicode_escape_decode, d, 'strict', False)
    t(codecs.raw_unicode_escape_decode, d)
t(codecs.unicode_escape_decode, b'a\\N{EURO', 'strict', False)
t(codecs.raw_unicode_escape_decode, b'a\\N{EURO', 'strict', False)
t(codecs.unicode_escape_decode, 'a\\x41\xe9')
t(codecs.raw_unicode_escape_decode, 'a\\u0041')

# byte order marks and the _ex decoders
for d in [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00', b'\xff', b'', b'\xff\xfe', b'\xff\xfe\x00']:
    t(codecs.utf_16_ex_decode, d)
    t(codecs.utf_16_ex_decode, d, 'strict', 1)
    t(codecs.utf_16_ex_decode, d, 'strict', -1, True)
    t(codecs.utf_16_decode, d, 'strict', True)
for d in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00',
          b'\xff\xfe\x00', b'\xff\xfe\x00\x00\x00\x00\x11\x00']:
    t(codecs.utf_32_ex_decode, d)
    t(codecs.utf_32_ex_decode, d, 'strict', 1, True)
    t(codecs.utf_32_decode, d, 'replace', True)
for bo in (0, 1, -1):
    t(codecs.utf_16_encode, 'ab', 'strict', bo)
    t(codecs.utf_32_encode, 'ab', 'strict', bo)

# bytes escapes
for d in [b'\\x41\\n\\t\\\\', b'\\101\\0\\7777', b"\\'\\\"\\a\\b\\f\\r\\v", b'a\\\nb', b'\\u1234',
          b'\\x4', b'\\xzz', b'\\', 'a\\x41', bytearray(b'\\x41')]:
    t(codecs.escape_decode, d)
t(codecs.escape_decode, b'\\x4', 'replace')
t(codecs.escape_decode, b'\\x4', 'ignore')
t(codecs.escape_encode, b'A\n\r\t\xff\\\'"\x00 ~\x7f')
t(codecs.escape_encode, 'str')
t(codecs.readbuffer_encode, 'abc\xe9')
t(codecs.readbuffer_encode, b'abc')
t(codecs.readbuffer_encode, memoryview(b'x'), 'strict')

# charmap
t(codecs.charmap_decode, b'\x00\x01\x02', 'strict', 'xyz')
t(codecs.charmap_decode, b'\x00\x01\x05', 'strict', 'xyz')
t(codecs.charmap_decode, b'\x00\x01\x05', 'replace', 'xyz')
t(codecs.charmap_decode, b'\x00\x01', 'strict', 'x\ufffe')
t(codecs.charmap_decode, b'abc', 'strict', {97: 'Q', 98: 66, 99: None})
t(codecs.charmap_decode, b'ab', 'ignore', {97: 'Q'})
t(codecs.charmap_decode, b'ab', 'backslashreplace', {97: 'QQ', 98: 0x1f600})
t(codecs.charmap_decode, b'abc')
t(codecs.charmap_encode, 'abc', 'strict', {97: 65, 98: b'BB', 99: None})
t(codecs.charmap_encode, 'abcc', 'replace', {97: 65, 98: b'BB', ord('?'): 63})
t(codecs.charmap_encode, 'abc', 'replace', {97: 65})
t(codecs.charmap_encode, 'ab\xe9')
t(codecs.charmap_encode, 'a\u20ac')
t(codecs.charmap_encode, 'ab', 'strict', {97: 300})
t(codecs.charmap_encode, 'ab', 'strict', {97: 'x'})
t(codecs.charmap_decode, b'a', 'strict', {97: 0x110000})
t(codecs.charmap_decode, b'a', 'strict', {97: 1.5})
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 10, 2: 20, 3: 10}))
cmap = codecs.lookup('charmap')
print(cmap.name, cmap.encode('ab'), cmap.decode(b'\xe9'))
enc = cmap.incrementalencoder('strict', {97: 1})
print(enc.encode('aa'), cmap.incrementaldecoder('strict', 'xy').decode(b'\x01\x00'))
