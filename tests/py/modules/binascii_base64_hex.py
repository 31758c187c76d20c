# binascii: base64 and hex codecs, argument types and error messages.
import array
import binascii


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def data(n):
    return bytes((i * 97 + 13) % 256 for i in range(n))


# Round trips on every length from 0 to 70 (all three padding cases).
for n in range(71):
    raw = data(n)
    enc = binascii.b2a_base64(raw)
    bare = binascii.b2a_base64(raw, newline=False)
    assert enc == bare + b'\n'
    assert binascii.a2b_base64(enc) == raw, n
    assert binascii.a2b_base64(bare, strict_mode=True) == raw, n
    assert binascii.a2b_base64(bare.decode('ascii')) == raw, n
    if n % 9 == 0 or n < 4:
        print(n, enc)
print(binascii.b2a_base64(bytes(range(256)), newline=False))
print(binascii.a2b_base64(b'Y W\nJj\tZ A==\n*'))

# Decoding in both modes: padding, junk, data after padding.
for s in [b'', b'YQ', b'YQ=', b'YQ==', b'YQ===', b'=YQ==', b'Y=Q==', b'YQ==x',
          b'YQ=x=', b'YWJj', b'YWJjZ', b'YWJjZ===', b'YW=Jj', b'Y', b'Y===',
          b'YW==YQ==', b'YWI=YQ==', b'YQ==\n', b'Y Q = =', b'!!!', b'YQ*=',
          b'YQ=*=', b'YWJ=', b'YWJ==', b'YWJ=x', b'YQ=\n=', b'==', b'abcdefghi',
          b'a=', b'ab=c', b'\nYQ==', b'YWJj====', b'YWJj=', b'YWJjYQ==YQ',
          b'YWJjZGVmZ2hp' * 3 + b'Zm8', b'YWJjZGVm\nZ2hp\nYQ==\n']:
    show(s, binascii.a2b_base64, s)
    show('  strict', binascii.a2b_base64, s, strict_mode=True)

# Argument types.
for arg in [b'YWJj', bytearray(b'YWJj'), memoryview(b'xYWJj')[1:], 'YWJj',
            array.array('B', b'YWJj'), array.array('i', [0x6a4a5759])]:
    show(type(arg).__name__, binascii.a2b_base64, arg)
    show('  b2a', binascii.b2a_base64, arg)
show('str b2a', binascii.b2a_base64, 'abc')
show('int b2a', binascii.b2a_base64, 5)
show('int a2b', binascii.a2b_base64, 5)
show('list a2b', binascii.a2b_base64, [1, 2])
show('non-ascii', binascii.a2b_base64, 'YQ\xe9=')
show('strided b2a', binascii.b2a_base64, memoryview(b'abcdef')[::2])
show('strided a2b', binascii.a2b_base64, memoryview(b'YWJjZGVm')[::2])
show('strict list', binascii.a2b_base64, b'YQ==\n', strict_mode=[1])
show('strict empty', binascii.a2b_base64, b'YQ==\n', strict_mode=[])
show('newline 0', binascii.b2a_base64, b'ab', newline=0)
show('unknown kw', binascii.a2b_base64, b'YQ==', foo=1)

# hexlify / unhexlify.
raw = data(7)
for f in (binascii.hexlify, binascii.b2a_hex):
    print(f.__name__, f(raw), f(b''), f(bytearray(b'\x00\xff')))
for sep in (':', b'-', ' '):
    for per in (1, 2, 3, -2, -3, 0, 7, 8, -8):
        print(repr(sep), per, binascii.hexlify(raw, sep, per))
print(binascii.b2a_hex(data=b'\x01\x02\x03', sep='\xe9', bytes_per_sep=2))
print(binascii.hexlify(b'\x01\x02', b'\x80'), binascii.hexlify(b'', ':', 2))
show('sep len', binascii.hexlify, raw, '::')
show('sep empty', binascii.hexlify, raw, b'')
show('sep none', binascii.hexlify, raw, None)
show('sep int', binascii.hexlify, raw, 5)
show('sep bytearray', binascii.hexlify, raw, bytearray(b'-'))
show('sep wide', binascii.hexlify, raw, '\u0100')
show('per str', binascii.hexlify, raw, ':', 'x')
show('per float', binascii.hexlify, raw, ':', 1.0)
show('per big', binascii.hexlify, raw, ':', 2 ** 40)
show('hex str', binascii.hexlify, 'ab')
show('hex int', binascii.b2a_hex, 3)
show('hex kw', binascii.b2a_hex, raw, foo=1)
for s in ['', '00ff', 'ABcd09', b'0a1B', bytearray(b'ff'), memoryview(b'7e'),
          'abc', 'zz', 'a b ', 'zzz', '0g', '\xe91']:
    show(repr(s) if not isinstance(s, memoryview) else 'memoryview', binascii.unhexlify, s)
show('a2b_hex', binascii.a2b_hex, b'4142')
show('a2b_hex int', binascii.a2b_hex, 5)
for n in range(0, 40, 3):
    assert binascii.unhexlify(binascii.hexlify(data(n))) == data(n)
    assert binascii.a2b_hex(binascii.b2a_hex(data(n)).upper()) == data(n)

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.a2b_base64(b'a')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
