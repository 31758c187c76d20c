# str.encode / bytes.decode / str(bytes, enc) with utf-8, ascii and latin-1: results, error
# handlers, exception messages and attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def attrs(f):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason, e.args[1:] == (e.object, e.start, e.end, e.reason))

s = 'a\u00e9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf8', 'UTF-8', 'latin-1', 'latin1', 'iso8859-1', 'ascii', 'ASCII']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        t(lambda: s.encode(enc, errors))
print(s.encode(), 'x'.encode(encoding='ascii'), ''.encode('latin-1'), 'abc'.encode('ascii', errors='strict'))
attrs(lambda: s.encode('ascii'))
attrs(lambda: s.encode('latin-1'))
attrs(lambda: 'ab\ud800cd'.encode('utf-8'))
attrs(lambda: '\ud800\udfff'.encode('utf-8'))
t(lambda: 'ab\ud800'.encode('utf-8', 'surrogatepass'))
t(lambda: 'ab\udcff'.encode('utf-8', 'surrogateescape'))
t(lambda: 'ab\udcff'.encode('ascii', 'surrogateescape'))
t(lambda: 'ab\udcff'.encode('latin-1', 'surrogateescape'))
t(lambda: 'ab\ud800'.encode('utf-8', 'replace'))
t(lambda: '\x80\xff'.encode('ascii', 'backslashreplace'))
t(lambda: s.encode('no-such-codec'))
t(lambda: s.encode('ascii', 'no-such-handler'))
t(lambda: 'abc'.encode('ascii', 'no-such-handler'))
t(lambda: s.encode(5))
t(lambda: s.encode('utf-8', 5))
t(lambda: s.encode('utf-8', 'strict', 3))

data = b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z'
for enc in ['utf-8', 'latin-1', 'ascii']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        t(lambda: data.decode(enc, errors))
print(data.decode(), bytearray(data).decode('utf-8'), str(data, 'utf-8'), str(b'x\xff', 'latin-1'))
for bad in [b'\xff', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2(\xa1', b'\xf0\x9f\x98', b'\xf8\x88\x80\x80\x80',
            b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'ok\x80', b'\x80abc']:
    attrs(lambda: bad.decode('utf-8'))
    t(lambda: bad.decode('utf-8', 'replace'))
attrs(lambda: b'ab\x80\xffcd'.decode('ascii'))
t(lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
t(lambda: b'ok\xff'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
t(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
t(lambda: b'abc'.decode('no-such-codec'))
t(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
t(lambda: b'abc'.decode(None))
t(lambda: str(b'abc', 'ascii', 'strict'))
t(lambda: str(b'\xff', 'ascii'))
t(lambda: str(b'\xff', 'ascii', 'ignore'))
t(lambda: str('abc', 'utf-8'))
t(lambda: str(5, 'utf-8'))
t(lambda: str(b'abc', errors='strict'))
t(lambda: str(b'abc'))
t(lambda: bytes('abc'))
t(lambda: bytes('\u00e9', 'latin-1'))
t(lambda: bytes('\u20ac', 'latin-1'))
t(lambda: bytes('\u20ac', 'latin-1', 'replace'))
t(lambda: bytes(5, 'utf-8'))
t(lambda: bytearray('h\u00e9', 'utf-8'))
t(lambda: bytearray('x'))
e = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'my reason')
print(e, e.object, e.start, e.end, e.reason, repr(e))
e = UnicodeEncodeError('ascii', 'x\xe9y', 1, 2, 'nope')
print(e, e.object, repr(e))
e = UnicodeEncodeError('ascii', 'x\xe9y', 1, 3, 'two')
print(e)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
t(lambda: UnicodeDecodeError('utf-8', 'notbytes', 0, 1, 'r'))
t(lambda: UnicodeDecodeError('utf-8'))
print(len('\U0001f600'), len('\U0001f600'.encode()), len('\u00e9'.encode('latin-1')), 'é'.encode('utf-8').decode('latin-1'))
