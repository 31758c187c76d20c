# bytes/bytearray: searching with int and bytes needles and start/end ranges, hex/fromhex
# separators and whitespace, split/rsplit/strip variants, padding and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Idx:
    def __index__(self):
        return 98
for T in (bytes, bytearray):
    print('=====', T.__name__)
    s = T(b'abcabcXabc')
    for needle in [97, 98, 88, 0, 255, True, Idx(), b'bc', b'', bytearray(b'ca')]:
        n = needle if not isinstance(needle, Idx) else 'Idx'
        print(repr(n), s.find(needle), s.rfind(needle), s.count(needle), s.find(needle, 4), s.rfind(needle, 0, 5),
              s.count(needle, -4), s.find(needle, -100, 100), s.find(needle, 6, 3), s.count(needle, 3, 3), needle in s)
    print(s.index(99, 3), s.rindex(b'a', None, -1), s.find(b'', 10), s.find(b'', 11), s.rfind(b'', 4, 2),
          s.startswith(b'bc', 1), s.startswith((b'q', b'ca'), 2, 4), s.endswith(b'ab', 0, -1), s.endswith(b'', 10, 12))
    for bad in [lambda: s.find(256), lambda: s.find(-1), lambda: s.count(2**70), lambda: s.index(120), lambda: s.rindex(b'bcX', 0, 5),
                lambda: s.find('a'), lambda: s.find([97]), lambda: s.find(b'a', 'x'), lambda: s.count(1.0),
                lambda: s.startswith(97), lambda: s.endswith([b'c']), lambda: s.find(b'a', 1.5)]:
        show('err', bad)
    h = T(bytes(range(250, 256)) + b'\x00\x01')
    print(h.hex(), h.hex(':'), h.hex(b'-', 3), h.hex('.', -3), h.hex(' ', 8), h.hex('|', -1), h.hex(sep='_', bytes_per_sep=2))
    for bad in [lambda: h.hex(''), lambda: h.hex('ab'), lambda: h.hex('\x80'), lambda: h.hex(None, 2), lambda: h.hex(':', 'x'), lambda: h.hex(5)]:
        show('hex err', bad)
    for src in ['', ' ', '0a', ' 0a 0B ', '\t0a\n0b\r\x0b\x0c', 'ABCDEF', 'aBcD ef', '00' * 5]:
        show('fromhex %r' % src, lambda: T.fromhex(src))
    for src in ['0', '0g', '0 a', 'a0 0', 'é0', '\x000a', '0a\x00', '\u20000a', '0x0a', '0a-0b']:
        show('fromhex err %r' % src, lambda: T.fromhex(src))
    show('fromhex int', lambda: T.fromhex(5))
    w = T(b'  \t a \x0b b\x0cc \r\n d\x1c  ')
    print(w.split(), w.split(None, 2), w.rsplit(None, 2), w.split(maxsplit=0), w.rsplit(maxsplit=1), w.split(b' '))
    c = T(b',a,,b,')
    print(c.split(b','), c.rsplit(b',', 2), c.split(b',', 0), c.split(b',,'), c.rsplit(bytearray(b','), 1), c.split(b',', -2))
    print(T(b'xxaxx').strip(b'x'), T(b'xyaxy').lstrip(b'yx'), T(b'xyaxy').rstrip(bytearray(b'y')), T(b'aaa').strip(b'a'),
          T(b'\x00a\x00').strip(b'\x00'), T(b' \t\n\x0b\x0c\r\x1c').strip(), T(b'abc').strip(b''), T(b'\xa0a\xa0').strip())
    for bad in [lambda: T(b'a').strip(97), lambda: T(b'a').lstrip('a'), lambda: T(b'a').rstrip([97]),
                lambda: T(b'a').split(97), lambda: T(b'a').split(b','.decode()), lambda: T(b'a').split(b',', 'x'),
                lambda: T(b'a').rsplit(None, 1.0), lambda: T(b'a').center(5, 65), lambda: T(b'a').ljust(5, b''),
                lambda: T(b'a').rjust(b'5'), lambda: T(b'a').zfill(None), lambda: T(b'a').expandtabs(1.5),
                lambda: T(b'ab').center(5, bytearray(b'xy'))]:
        show('err', bad)
    print(T(b'ab').center(5, bytearray(b'*')), T(b'ab').ljust(4, T(b'.')), T(b'').center(3, b'-'), T(b'abc').center(-3),
          T(b'-3').zfill(5), T(b'\xff').zfill(3), T(b'x').rjust(True))
print(bytes.maketrans(bytearray(b'ab'), b'AB')[95:100], b'abc'.translate(bytearray(bytes.maketrans(b'c', b'C'))),
      bytearray(b'abcabc').translate(None, bytearray(b'b')), b'abc'.translate(None, delete=b'ac'))
show('translate 255', lambda: b'a'.translate(b'x' * 255))
show('translate delete str', lambda: b'a'.translate(None, 'a'))
show('maketrans bytearray ne', lambda: bytearray.maketrans(b'ab', b'a'))
print(bytes.fromhex('ff') + bytearray.fromhex('ee'), type(bytearray.fromhex('00')).__name__)
class BS(bytes):
    pass
class BAS(bytearray):
    pass
print(type(BS.fromhex('41')).__name__, BS.fromhex('41'), type(BAS.fromhex('42')).__name__, BAS.fromhex('42'))
