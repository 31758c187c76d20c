# Encoding and decoding: UTF-8, ASCII and Latin-1 with every standard error handler,
# encoding name aliases, and the exact UnicodeDecodeError / UnicodeEncodeError details.
def dec(data, enc='utf-8', errors='strict'):
    try:
        return ascii(data.decode(enc, errors))
    except UnicodeDecodeError as e:
        return 'UnicodeDecodeError %s | %r %r %d %d %r' % (e, e.encoding, e.object, e.start, e.end, e.reason)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

def enc(text, encoding='utf-8', errors='strict'):
    try:
        return repr(text.encode(encoding, errors))
    except UnicodeEncodeError as e:
        return 'UnicodeEncodeError %s | %r %s %d %d %r' % (e, e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

handlers = ['strict', 'replace', 'ignore', 'surrogateescape', 'surrogatepass', 'backslashreplace']
bad_utf8 = [b'\xff', b'a\xffb', b'\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x90', b'\xf0\x90\x28', b'\xed\xa0\x80',
            b'\xed\xbf\xbf', b'\xc0\x80', b'\xc1\xbf', b'\xe0\x80\x80', b'\xe0\x9f\xbf', b'\xf4\x90\x80\x80',
            b'\xf0\x80\x80\x80', b'\xf5\x80', b'\x80', b'\xbf', b'\xe2\x82\xac\xe2', b'ok\xc3', b'\xc3\xc3\xa9',
            b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80\xff']
for data in bad_utf8:
    for h in handlers:
        print(repr(data), h, dec(data, 'utf-8', h))
good = [b'', b'plain ascii', b'caf\xc3\xa9', b'\xe2\x82\xac', b'\xf0\x9f\x98\x80', b'\xf4\x8f\xbf\xbf', b'\xc2\x80\xdf\xbf',
        b'\xe0\xa0\x80\xef\xbf\xbf', b'\x00nul']
for data in good:
    print(repr(data), dec(data))
for data in [b'\x80abc', b'abc\xff', b'plain']:
    for h in handlers:
        print('ascii', repr(data), h, dec(data, 'ascii', h))
print('latin-1', dec(bytes(range(0xf8, 0x100)), 'latin-1'))
print(dec(b'\xff', 'utf-8', 'nosuch'), dec(b'fine', 'utf-8', 'nosuch'), dec(b'\xff', 'utf-8', 'xmlcharrefreplace'))

texts = ['plain', 'é', 'éé', 'aé€😀b', '\udc80\udcff', '\ud800\udc00', 'a\udc80\ud800b', '\udc41', 'ÿĀ', '\x00\x7f\x80']
for t in texts:
    for e in ['utf-8', 'ascii', 'latin-1']:
        for h in handlers + ['xmlcharrefreplace', 'nosuch']:
            print(ascii(t), e, h, enc(t, e, h))

names = ['utf-8', 'UTF-8', 'utf8', 'UTF8', 'utf_8', 'U8', 'utf', 'cp65001', ' utf-8 ', 'utf--8', 'Utf 8',
         'latin-1', 'latin1', 'Latin_1', 'iso-8859-1', 'ISO8859-1', 'iso_8859_1', 'l1', 'latin', 'cp819', '8859',
         'ascii', 'ASCII', 'us-ascii', 'US_ASCII', '646', 'us', 'ansi_x3.4_1968', 'nosuch', '', 'utf-8\x00']
for n in names:
    print(repr(n), enc('é', n, 'replace'), dec(b'\xc3\xa9', n, 'replace'))
print(enc('x', 1), enc('x', 'utf-8', None) if False else '', dec(b'x', None) if False else '')
try:
    'x'.encode(None)
except TypeError as e:
    print(e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin1'), str(b'\xff', 'ascii', 'ignore'), str(b'\xff\xfe', errors='replace', encoding='utf-8'))
round_trip = ''.join(chr(c) for c in list(range(0, 0xd800, 97)) + list(range(0xe000, 0x110000, 997)))
print(len(round_trip), round_trip.encode().decode() == round_trip, len(round_trip.encode()))
raw = bytes(range(256))
print(raw.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == raw)
print(raw.decode('latin-1').encode('latin-1') == raw)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e, e.args)
