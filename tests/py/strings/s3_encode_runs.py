# Encoding/decoding error handlers on runs of bad characters at various offsets (past
# ASCII fast paths, in 1/2/4-byte-kind strings), exception ranges and messages, and
# UnicodeError objects built by hand.
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']

def enc(s, codec, h):
    try:
        return repr(s.encode(codec, h))
    except UnicodeEncodeError as e:
        return 'UEE[%d:%d] %s' % (e.start, e.end, e)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

def dec(b, codec, h):
    try:
        return ascii(b.decode(codec, h))
    except UnicodeDecodeError as e:
        return 'UDE[%d:%d] %s' % (e.start, e.end, e)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

prefixes = ['', 'a' * 7, 'b' * 16, 'c' * 33]
for pre in prefixes:
    for bad in ['é', 'éèê', 'é€', '€😀', '\udc80\udcff', '\udc80x\udc81', '\ud800\udc00', 'ÿ\u0100', '\x80\x81']:
        s = pre + bad + 'z'
        print(len(pre), ascii(bad))
        for codec in ['ascii', 'latin-1', 'utf-8']:
            print('   ', codec, [enc(s, codec, h) for h in handlers])

raw_cases = [b'\xff\xfe', b'\xc3\x28\xc3', b'\xe2\x82\x28', b'\xf0\x9f\x98\x28', b'\xed\xa0\x80\xed\xb0\x80', b'\x80\x80\x80',
             b'\xc3', b'\xf4\x90\x80\x80', b'\xe0\xa0', b'\xc3\xa9\xff\xc3\xa9']
for pre in [b'', b'q' * 9, b'r' * 40]:
    for raw in raw_cases:
        data = pre + raw + b'!'
        print(len(pre), raw, [dec(data, 'utf-8', h) for h in handlers if h != 'xmlcharrefreplace'])
    print(len(pre), 'ascii', [dec(pre + b'\x80\xff!', 'ascii', h) for h in ('strict', 'replace', 'surrogateescape', 'backslashreplace')])

# round trips
mixed = 'a\udcc3\udca9b\udcff'
print(ascii(mixed), mixed.encode('utf-8', 'surrogateescape'), mixed.encode('latin-1', 'surrogateescape'),
      ascii(mixed.encode('utf-8', 'surrogateescape').decode('utf-8', 'surrogateescape')))
pair = '\ud83d\ude00'
print(len(pair), pair.encode('utf-8', 'surrogatepass'), ascii(pair.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')),
      ascii(pair.encode('utf-8', 'surrogatepass').decode('utf-8', 'replace')), ascii(b'\xed\xb2\x80'.decode('utf-8', 'surrogatepass')))

# exception objects
e = UnicodeEncodeError('ascii', 'xyz€w', 3, 4, 'ordinal not in range(128)')
print(str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
e2 = UnicodeEncodeError('ascii', 'xyz€€w', 3, 5, 'bad')
print(str(e2))
e3 = UnicodeDecodeError('utf-8', b'ab\xff\xfe', 2, 4, 'invalid')
print(str(e3), e3.object, repr(e3.object[e3.start:e3.end]))
e4 = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')
print(str(e4))
e4.start, e4.end, e4.reason = 0, 1, 'changed'
print(str(e4), e4.args)
e5 = UnicodeEncodeError('latin-1', '\U0001f600', 0, 1, 'r')
print(str(e5), str(UnicodeEncodeError('x', 'ab\udc80', 2, 3, 'r')))
print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeError.__mro__[1].__name__)
for args in [(), ('ascii',), ('ascii', b'x', 0, 1, 'r'), ('ascii', 'x', 'a', 1, 'r'), (1, 'x', 0, 1, 'r')]:
    try:
        print(str(UnicodeEncodeError(*args)))
    except Exception as ex:
        print(type(ex).__name__, ex)
for args in [('utf-8', 'str', 0, 1, 'r'), ('utf-8', bytearray(b'ab'), 0, 1, 'r'), ('utf-8', b'ab', 1, 1, 'empty')]:
    try:
        print(str(UnicodeDecodeError(*args)))
    except Exception as ex:
        print(type(ex).__name__, ex)
for h in [None, 5, 'bogus', '']:
    for call in [lambda: 'é'.encode('ascii', h), lambda: b'\xff'.decode('ascii', h), lambda: 'a'.encode('ascii', h)]:
        try:
            print(repr(h), repr(call()))
        except Exception as ex:
            print(repr(h), type(ex).__name__, ex)
