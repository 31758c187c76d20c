# printf-style formatting of bytes and bytearray (%b %s %a %r %c and the numeric codes),
# mapping keys, '*' widths, and the error messages that differ from str's.
class WithBytes:
    def __bytes__(self):
        return b'<wb>'
    def __repr__(self):
        return 'WithBytes()'
class BadBytes:
    def __bytes__(self):
        return 'not bytes'
    def __repr__(self):
        return 'BadBytes()'
class Idx:
    def __index__(self):
        return 66
    def __repr__(self):
        return 'Idx()'
class IntOnly:
    def __int__(self):
        return 7
    def __repr__(self):
        return 'IntOnly()'

def show(fmt, args):
    for T in (bytes, bytearray):
        try:
            r = T(fmt) % args
            print(T.__name__, repr(fmt), repr(args), '->', repr(r))
        except Exception as e:
            print(T.__name__, repr(fmt), repr(args), '!!', type(e).__name__, e)

cases = [
    (b'%b', b'xy'), (b'%s', b'xy'), (b'%b', bytearray(b'ba')), (b'%b', WithBytes()),
    (b'%5b|', b'ab'), (b'%-5b|', b'ab'), (b'%.1b|', b'abc'), (b'%*b|', (4, b'x')), (b'%-*.*b|', (5, 2, b'xyz')),
    (b'%a', 'é'), (b'%r', 'é'), (b'%a', b'q'), (b'%a', 1.5), (b'%r', [1, 'x']), (b'%8a|', 'x'), (b'%.3a|', 'abcd'),
    (b'%c', 65), (b'%c', b'Z'), (b'%c', bytearray(b'Y')), (b'%c', 255), (b'%c', 0), (b'%3c|', 66), (b'%-3c|', b'x'),
    (b'%d', 42), (b'%i', -3), (b'%u', 5), (b'%x', 255), (b'%X', 255), (b'%#x', 255), (b'%#o', 8),
    (b'%05d', -42), (b'%+d', 5), (b'% d', 5), (b'%.3d', 7), (b'%d', True), (b'%d', 2**70), (b'%x', -2**65),
    (b'%d', Idx()), (b'%d', IntOnly()), (b'%x', Idx()), (b'%d', 3.9), (b'%f', 1.5), (b'%.2e', 12345.0),
    (b'%g', 1e-10), (b'%G', float('inf')), (b'%010.3f', -3.14159), (b'%F', float('nan')), (b'%%', ()),
    (b'%s and %b', (b'one', b'two')), (b'%(k)s', {b'k': b'v'}), (b'%(k)d|%(k)x', {b'k': 255}), (b'%()b', {b'': b'e'}),
    (b'%(a)5b|', {b'a': b'x'}), (b'no fmt', ()), (b'no fmt', {}), (b'no fmt', {b'a': 1}), (b'\xff%b\x00', b'\x80'),
    (b'%s', (b'tuple-one',)), (b'%.0f %.1f %.2f', (0.5, 0.25, 1.005)),
    # errors
    (b'%b', 'str'), (b'%s', 'str'), (b'%b', 5), (b'%b', None), (b'%b', [1]), (b'%b', BadBytes()), (b'%c', 256),
    (b'%c', -1), (b'%c', b'ab'), (b'%c', b''), (b'%c', 'a'), (b'%c', 1.5), (b'%d', b'1'), (b'%d', '1'), (b'%x', 1.5),
    (b'%x', IntOnly()), (b'%y', 1), (b'%', ()), (b'abc%', ()),
    (b'%(k', {b'k': 1}), (b'%(k)s', {'k': b'v'}), (b'%(k)s', 1), (b'%(k)s', (1,)), (b'%s %s', (b'a',)),
    (b'%s', (b'a', b'b')), (b'abc', b'x'), (b'abc', 5), (b'abc', (1,)), (b'%*b', (b'x', b'y')), (b'%.*b', (1.5, b'y')),
    (b'%(a)s %b', {b'a': b'x'}), (b'%*d', (5,)), (b'%d %d', 1), (b'%s', ()), (b'%Z', ()), (b'%5', ()),
]
for fmt, args in cases:
    show(fmt, args)

print(type(bytearray(b'%b') % b'x').__name__, type(b'%b' % bytearray(b'x')).__name__)
class BSub(bytes):
    pass
print(type(BSub(b'%d') % 1).__name__, BSub(b'a%db') % 5)
m = {b'x': b'1', b'y': b'2'}
print(b'%(x)b+%(y)b=%(x)b%(y)b' % m, b'%(x)s' % {b'x': WithBytes()})
class Mapping:
    def __getitem__(self, k):
        return k.upper()
print(b'%(abc)b|%(x)b' % Mapping())
r = b'%d'
r %= 9
print(r)
# str vs bytes confusion
for f, a in [('%s', b'x'), ('%b', b'x'), ('%r', b'x'), ('%a', bytearray(b'\xff')), ('%c', b'x')]:
    try:
        print(repr(f), repr(f % a)[:40])
    except Exception as e:
        print(repr(f), '!!', type(e).__name__, e)
