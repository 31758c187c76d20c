# base64: the Base16/32/64/85, Ascii85 and Z85 codecs, their options and errors.
import array
import base64
import binascii
import io


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


def data(n):
    return bytes((i * 89 + 5) % 256 for i in range(n))


codecs = [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
          (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
          (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
          (base64.encodebytes, base64.decodebytes), (base64.b85encode, base64.b85decode),
          (base64.a85encode, base64.a85decode), (base64.z85encode, base64.z85decode)]
# Round trips on lengths 0 to 70, with runs of NULs and spaces for the folding codecs.
for n in range(71):
    raw = data(n) if n % 5 else b'\0' * (n // 2) + b' ' * (n - n // 2)
    for enc, dec in codecs:
        assert dec(enc(raw)) == raw, (enc.__name__, n)
        if dec is not base64.decodebytes:
            assert dec(enc(raw).decode('ascii')) == raw, (enc.__name__, n)
    for kw in ({'pad': True}, {'foldspaces': True, 'adobe': True}, {'wrapcol': 7, 'adobe': True}):
        enc = base64.a85encode(raw, **kw)
        assert base64.a85decode(enc, foldspaces=True, adobe='adobe' in kw)[:n] == raw
    if n in (0, 1, 2, 3, 4, 5, 6, 9, 31, 57, 58):
        print(n, [enc(raw) for enc, dec in codecs])
        print('  ', base64.b85encode(raw, pad=True), base64.a85encode(raw, pad=True))
print(base64.encodebytes(data(130)))
print(base64.b64encode(b'\xfb\xff\xfe', b'-_'), base64.b64encode(b'\xfb\xff', bytearray(b'*!')))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'))

# Ascii85 options.
for kw in ({}, {'foldspaces': True}, {'wrapcol': 1}, {'wrapcol': 4}, {'wrapcol': 4, 'adobe': True},
           {'wrapcol': 1, 'adobe': True}, {'pad': True}, {'adobe': True}):
    print(kw, base64.a85encode(b'\0\0\0\0    hello world\0', **kw))
for s, kw in [(b'<~87cURDZ~>', {'adobe': True}), (b'87cURDZ~>', {'adobe': True}),
              (b'87cURDZ', {'adobe': True}), (b'87c U\nRD\tZ', {}), (b'zz', {}), (b'az', {}),
              (b'yy', {'foldspaces': True}), (b'ay', {'foldspaces': True}), (b'yy', {}),
              (b'\x7f', {}), (b's8W-"', {}), (b's8W-!', {}), (b'uuuuu', {}), (b'a', {}),
              (b'87cURD', {}), (b'87 cU', {'ignorechars': b''}), (b'87cUu', {'ignorechars': b'u'})]:
    show(s, base64.a85decode, s, **kw)

# Base85 and Z85 errors.
for s in [b'Xk~0{', b'Xk~0{"', b'~~~~~', b'|NsC0', b'|NsC1', b'Xk~0{Zy', 'VPa!sWoBn+X=-b1ZEkOHadLBXb#Y']:
    show(s, base64.b85decode, s)
for s in [b'xK#0@zY', b'~', b'%nSc0', b'%nSc1', b'HelloWorld', b'xK#0@z]', b'xk#0@']:
    show(s, base64.z85decode, s)
print(base64.z85encode(b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b'))

# Base32 and Base16 decoding options and errors.
for s, kw in [(b'ME======', {}), (b'me======', {}), (b'me======', {'casefold': True}),
              (b'ME=====', {}), (b'M=======', {}), (b'MEMEMEM=', {}), (b'MEMEME==', {}),
              (b'MEMEM===', {}), (b'M1======', {}), (b'ME=A====', {}), (b'========', {}),
              (b'0E======', {'map01': b'L'}), (b'1E======', {'map01': b'L'}),
              (b'1E======', {'map01': 'I'}), (b'1E======', {'map01': b'LL'}),
              (b'le======', {'map01': b'l', 'casefold': True})]:
    show(s, base64.b32decode, s, **kw)
show('hex', base64.b32hexdecode, b'C4======')
show('hex casefold', base64.b32hexdecode, 'c4======', True)
show('hex bad', base64.b32hexdecode, b'W4======')
for s, kw in [(b'ab', {}), (b'ab', {'casefold': True}), (b'ABC', {}), (b'AG', {}), ('0F', {})]:
    show(s, base64.b16decode, s, **kw)

# Base64 decoding: validate, altchars.
for s in [b'YQ==', b'YQ==\n', b'YQ', b'Y Q==', b'YQ=', b'=YQ==', b'YW==YQ==']:
    show(s, base64.b64decode, s)
    show('  validate', base64.b64decode, s, validate=True)
show('altchars', base64.b64decode, b'-_-_', b'-_')
show('altchars str', base64.b64decode, '-_-_', '-_')
show('altchars short', base64.b64decode, b'-_-_', b'-')
show('enc altchars short', base64.b64encode, b'x', b'-')
show('enc altchars str', base64.b64encode, b'x', '-_')
show('enc altchars int', base64.b64encode, b'x', 5)

# Argument types.
for arg in [bytearray(b'ab'), memoryview(b'ab'), array.array('B', b'ab'),
            array.array('h', [0x6261]), 'ab', '\xe9', 5, None]:
    print(type(arg).__name__)
    for f in (base64.b64encode, base64.b64decode, base64.b32encode, base64.b32decode,
              base64.b16encode, base64.b16decode, base64.encodebytes, base64.decodebytes,
              base64.b85encode, base64.b85decode, base64.a85encode, base64.a85decode,
              base64.z85decode, base64.urlsafe_b64decode):
        show('  ' + f.__name__, f, arg)
show('2-D', base64.encodebytes, memoryview(b'abcdef').cast('B', (2, 3)))

# Files, constants.
src = io.BytesIO(data(200))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
out = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), out)
print(out.getvalue() == data(200), base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print(sorted(base64.__all__))
print(issubclass(binascii.Error, ValueError))
