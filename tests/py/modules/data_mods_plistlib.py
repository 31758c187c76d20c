# plistlib: XML and binary plists, byte-exact output, round trips and errors
import plistlib, datetime, io, collections, pickle

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

data = {
    'aString': 'Doodah <&> "quoted"',
    'aList': ['A', 'B', 12, 32.5, [1, 2, 3]],
    'aFloat': 0.5,
    'anInt': 728,
    'aBigInt': 2 ** 63 - 44,
    'aBigInt2': 2 ** 63 + 44,
    'aNegativeInt': -5,
    'aNegativeBigInt': -80000000000,
    'aDict': {'anotherString': "<hello & 'hi' there!>", 'aUnicodeValue': 'M\xe4ssig, Ma\xdf',
              'aTrueValue': True, 'aFalseValue': False, 'deeperDict': {'a': 17, 'b': 32.5, 'c': [1, 2, 'text']}},
    'someData': b'<binary gunk>',
    'someMoreData': b'<lots of binary gunk>\0\1\2\3' * 10,
    'nestedData': [b'<lots of binary gunk>\0\1\2\3' * 10],
    'aDate': datetime.datetime(2004, 10, 26, 10, 33, 33),
    'anEmptyDict': {},
    'anEmptyList': [],
    '\xc5benraa': 'That was a unicode key.',
    'tuple': (1, 'x'),
    'crlf': 'a\r\nb\rc',
    'bytearray': bytearray(b'xyz'),
}
x = plistlib.dumps(data)
print(x.decode())
b = plistlib.dumps(data, fmt=plistlib.FMT_BINARY)
print(b)
for blob in (x, b):
    back = plistlib.loads(blob)
    print(sorted(back.items()) == sorted({**data, 'tuple': [1, 'x'], 'crlf': 'a\nb\nc',
                                          'bytearray': b'xyz'}.items()) or back)
print(plistlib.loads(b)['crlf'] == 'a\r\nb\rc')
print(plistlib.dumps(data, sort_keys=False)[:400])
print(plistlib.dumps(data, fmt=plistlib.FMT_BINARY, sort_keys=False)[-60:])

# scalars at the root, both formats
for v in ['', 'abc', '\u20ac' * 20, 0, 255, 256, 65536, 2 ** 32, 2 ** 63, 2 ** 64 - 1, -1, -2 ** 63,
          1.25, float('inf'), True, False, b'', b'x' * 20, b'y' * 300, 'z' * 300, list(range(20)),
          datetime.datetime(1999, 12, 31, 23, 59, 58), datetime.datetime(1901, 1, 1)]:
    xb = plistlib.dumps(v)
    bb = plistlib.dumps(v, fmt=plistlib.FMT_BINARY)
    print(xb[len(plistlib.PLISTHEADER):], bb)
    print(repr(plistlib.loads(xb)), repr(plistlib.loads(bb)))

# shared objects and repeated scalars in binary form
shared = [1, 2]
print(plistlib.dumps([shared, shared, 'a', 'a', 1.0, 1, True], fmt=plistlib.FMT_BINARY))
print(plistlib.dumps({str(i): i for i in range(300)}, fmt=plistlib.FMT_BINARY)[-40:])

# UID
u = plistlib.UID(5)
print(u, u == plistlib.UID(5), u != plistlib.UID(6), hash(u) == hash(5), u.__index__())
print(pickle.loads(pickle.dumps(u)))
for n in (0, 255, 256, 65536, 2 ** 32, 2 ** 64 - 1):
    bb = plistlib.dumps({'u': plistlib.UID(n)}, fmt=plistlib.FMT_BINARY)
    print(bb, plistlib.loads(bb))
show(plistlib.UID, -1)
show(plistlib.UID, 2 ** 64)
show(plistlib.UID, 1.0)
show(plistlib.dumps, plistlib.UID(1))

# datetimes
aware = datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
xb = plistlib.dumps(aware, aware_datetime=True)
print(xb[-60:], plistlib.loads(xb, aware_datetime=True))
bb = plistlib.dumps(aware, fmt=plistlib.FMT_BINARY, aware_datetime=True)
print(bb, plistlib.loads(bb, aware_datetime=True), plistlib.loads(bb))
show(plistlib.loads, b'<plist><date>2004Z</date></plist>')
print(plistlib.loads(b'<plist><date>2004-10-26T10:33Z</date></plist>'))

# dict_type, skipkeys, hex integers, str input
od = plistlib.loads(x, dict_type=collections.OrderedDict)
print(type(od).__name__, type(od['aDict']).__name__, list(od)[:3])
print(type(plistlib.loads(b, dict_type=collections.OrderedDict)).__name__)
show(plistlib.dumps, {1: 'a'})
show(plistlib.dumps, {1: 'a'}, fmt=plistlib.FMT_BINARY)
print(plistlib.dumps({1: 'a', 'b': 2}, skipkeys=True, sort_keys=False))
print(plistlib.dumps({1: 'a', 'b': 2}, skipkeys=True, sort_keys=False, fmt=plistlib.FMT_BINARY))
print(plistlib.loads('<plist><array><integer>0x1F</integer><integer>-3</integer><real>1e3</real></array></plist>'))
print(plistlib.loads('\ufeff<?xml version="1.0" encoding="UTF-16"?><plist><string>w</string></plist>'.encode('utf-16-le')))
show(plistlib.loads, 'x', fmt=plistlib.FMT_BINARY)

# errors
show(plistlib.dumps, 2 ** 64)
show(plistlib.dumps, -2 ** 63 - 1)
show(plistlib.dumps, 2 ** 64, fmt=plistlib.FMT_BINARY)
show(plistlib.dumps, -2 ** 63 - 1, fmt=plistlib.FMT_BINARY)
show(plistlib.dumps, object())
show(plistlib.dumps, {'a': None})
show(plistlib.dumps, None, fmt=plistlib.FMT_BINARY)
class Odd:
    def __repr__(self): return 'Odd()'
show(plistlib.dumps, Odd(), fmt=plistlib.FMT_BINARY)
show(plistlib.dumps, 'a\x00b')
show(plistlib.dumps, 1, fmt='nope')
show(plistlib.loads, b'garbage data here')
show(plistlib.loads, b'bplist00')
show(plistlib.loads, b'bplist00' + b'\x00' * 40)
show(plistlib.loads, b'<plist><dict><key>a</key></dict></plist>')
show(plistlib.loads, b'<plist><dict><string>a</string></dict></plist>')
show(plistlib.loads, b'<plist><array><key>a</key></array></plist>')
show(plistlib.loads, b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "boom">]><plist><string>&e;</string></plist>')
e = plistlib.InvalidFileException()
print(isinstance(e, ValueError), e, plistlib.InvalidFileException('x'))
print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.FMT_BINARY), sorted(plistlib.__all__))

# file API
f = io.BytesIO()
plistlib.dump({'k': [1, 2]}, f, fmt=plistlib.FMT_BINARY)
f.seek(0)
print(plistlib.load(f), plistlib.load(io.BytesIO(x))['anInt'])
print(plistlib.load(io.BytesIO(b), fmt=plistlib.FMT_BINARY)['aFloat'])
