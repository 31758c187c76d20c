# binascii: quoted-printable, uuencode, crc32 and crc_hqx.
import array
import binascii


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Quoted-printable encoding in every mode.
samples = [b'', b'plain text', b'a=b', b'caf\xe9', b'tab\tend\t', b'space ',
           b'trail \nnext\t\r\nlast', b'.', b'.\n', b'x\n.\nz', b'.x', b'a_b c',
           b'\x00\x01\x7f\x80\xff', b'crlf\r\nline\rlone\n', b'lf\nthen\r\n',
           b'dot at end\n.', b' \n \n', b'=\n=', b'\r', b'\n\n']
for s in samples:
    print(s)
    for quotetabs in (False, True):
        for istext in (True, False):
            print('  ', quotetabs, istext, binascii.b2a_qp(s, quotetabs, istext),
                  binascii.b2a_qp(s, quotetabs, istext, True))
# Soft line breaks around column 76, with LF and CRLF line ends.
for n in (73, 74, 75, 76, 77, 150):
    for tail in (b'', b'\n', b'\r\nz', b'= ', b' '):
        text = b'x' * n + tail
        enc = binascii.b2a_qp(text)
        print(n, tail, [len(line) for line in enc.split(b'\n')], enc[-12:])
        assert binascii.a2b_qp(enc) == text
print(binascii.b2a_qp(b'=' * 30), binascii.b2a_qp(b'\t' * 30, quotetabs=True))
print(binascii.b2a_qp(data=b'a b_c', header=True), binascii.b2a_qp(b'a', header='x'))
show('qp str', binascii.b2a_qp, 'text')
show('qp int', binascii.b2a_qp, 1)

# Quoted-printable decoding.
for s in [b'', b'abc', b'a=3Db', b'a=3db', b'=E9t=E9', b'soft=\nbreak', b'soft=\r\nbreak',
          b'cr=\rstill\nnext', b'=', b'a=', b'==41', b'=4', b'=4g', b'=g4', b'= x',
          b'a_b=5F', b'=\r', b'x=\r=\n', 'str=41', memoryview(b'mv=42'), bytearray(b'=43')]:
    label = repr(s) if not isinstance(s, memoryview) else 'memoryview'
    print(label, binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
show('a2b_qp int', binascii.a2b_qp, 5)
show('a2b_qp non-ascii', binascii.a2b_qp, 'caf\xe9')

# uuencode.
for n in (0, 1, 2, 3, 4, 10, 44, 45):
    raw = bytes((i * 31 + 7) % 256 for i in range(n))
    line = binascii.b2a_uu(raw)
    back = binascii.b2a_uu(raw, backtick=True)
    print(n, line, back)
    assert binascii.a2b_uu(line) == raw and binascii.a2b_uu(back) == raw
    assert binascii.a2b_uu(line[:1] + line[1:].rstrip(b' \n')) == raw
show('uu 46', binascii.b2a_uu, b'x' * 46)
show('uu str', binascii.b2a_uu, 'abc')
try:
    binascii.b2a_uu(b'a', True)  # backtick is keyword-only
except TypeError:
    print('backtick positional: TypeError')
for s in [b'!80``\n', b'!80  ', b'!80``x', b'!\x1f', b'!a', b' ', b' \n', b'"8', b'#86)C',
          b'$86)C\n', b'!8\r\n', b'`\n', '!80', bytearray(b'!80'), b'\n']:
    show(repr(s), binascii.a2b_uu, s)
print(len(binascii.a2b_uu(b'')), len(binascii.a2b_uu('')))
show('uu int', binascii.a2b_uu, 5)

# CRCs: known values, chaining, the running value's range, argument types.
for s in [b'', b'a', b'abc', b'hello world', b'123456789', bytes(range(256)) * 3]:
    print(binascii.crc32(s), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
whole = bytes(range(200)) * 5
crc = hqx = 0
for i in range(0, len(whole), 77):
    crc = binascii.crc32(whole[i:i + 77], crc)
    hqx = binascii.crc_hqx(whole[i:i + 77], hqx)
print(crc == binascii.crc32(whole), hqx == binascii.crc_hqx(whole, 0), crc, hqx)
for value in (0, 1, -1, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 5, -2 ** 70, True):
    print(value, binascii.crc32(b'abc', value), binascii.crc_hqx(b'abc', value))
for arg in (bytearray(b'abc'), memoryview(b'abc'), array.array('B', b'abc'),
            array.array('h', [1, 2])):
    print(type(arg).__name__, binascii.crc32(arg), binascii.crc_hqx(arg, 7))
show('crc32 str', binascii.crc32, 'abc')
show('crc32 int', binascii.crc32, 5)
show('crc32 float value', binascii.crc32, b'a', 1.5)
show('crc32 str value', binascii.crc32, b'a', 'x')
show('crc_hqx float', binascii.crc_hqx, b'a', 1.0)
show('crc_hqx none', binascii.crc_hqx, None, 0)
show('crc strided', binascii.crc32, memoryview(b'abcd')[::2])
