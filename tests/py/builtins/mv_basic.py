# memoryview over bytes/bytearray: construction, attributes, indexing, slicing, tobytes,
# tolist, hex, toreadonly, len, iteration, `in`, bool, repr, and constructor errors.
import re

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def attrs(m):
    return (m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides,
            m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)

b = b'abcdef'
m = memoryview(b)
print(type(m).__name__, type(m) is memoryview, m.obj is b, len(m))
print(attrs(m))
ba = bytearray(b'hello world')
mb = memoryview(ba)
print(mb.obj is ba, attrs(mb))
print(attrs(memoryview(b'')), len(memoryview(b'')))
print(attrs(memoryview(bytearray())))
print(memoryview(m).obj is b, memoryview(m) is m, memoryview(object=b).tobytes())

# repr has an address: check its shape only.
r = repr(m)
print(r.startswith('<memory at 0x'), r.endswith('>'), re.sub('0x[0-9a-fA-F]+', 'ADDR', r))
print(re.sub('0x[0-9a-fA-F]+', 'ADDR', str(mb)))

# indexing
print(m[0], m[5], m[-1], m[-6], type(m[0]).__name__)
t(lambda: m[6])
t(lambda: m[-7])
t(lambda: m['a'])
t(lambda: m[1.0])
t(lambda: m[None])
t(lambda: m[0, 0])
t(lambda: m[10 ** 30])
class Idx:
    def __index__(self):
        return 2
print(m[Idx()], m[True])

# slicing returns memoryviews sharing the buffer
s = m[1:4]
print(type(s).__name__, s.tobytes(), s.obj is b, len(s), s.nbytes, s.readonly)
print(m[::2].tobytes(), m[1::2].tobytes(), m[::-1].tobytes(), m[::-2].tobytes())
print(m[4:1:-1].tobytes(), m[-2:].tobytes(), m[:-2].tobytes(), m[100:].tobytes(), m[3:3].tobytes())
print(m[5:0:-2].tobytes(), m[::7].tobytes(), m[-100:100].tobytes(), len(m[4:2]))
print(m[::-1].strides, m[::2].strides, m[::2].shape, m[::2].c_contiguous, m[::2].contiguous)
print(m[1:1].c_contiguous, m[::-1].c_contiguous, m[::-1][0], m[::-1][::-1].tobytes())
print(m[slice(1, None, 3)].tobytes(), m[1:4][1:].tobytes(), m[1:5][::-1][1], m[:].obj is b)
t(lambda: m[::0])
t(lambda: m[1:2:'x'])
t(lambda: m['a':])

# tobytes / tolist / hex
print(m.tobytes(), m.tobytes('C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(order=None))
t(lambda: m.tobytes('X'))
t(lambda: m.tobytes(5))
print(m.tolist(), memoryview(b'').tolist(), m[::2].tolist())
print(m.hex(), memoryview(b'').hex(), memoryview(b'\x00\xff\x10').hex())
hm = memoryview(bytes(range(250, 256)) + b'\x01\x02')
print(hm.hex(':'), hm.hex('-', 2), hm.hex(' ', -3), hm.hex(b'_', 3), hm.hex(sep='.', bytes_per_sep=4))
print(hm.hex(':', 100), hm[::2].hex(), hm[::-1].hex('|'))
t(lambda: hm.hex('::'))
t(lambda: hm.hex(''))
t(lambda: hm.hex('\xe9'))
t(lambda: hm.hex(5))
t(lambda: hm.hex(':', 'x'))

# toreadonly
ro = mb.toreadonly()
print(ro.readonly, mb.readonly, ro.obj is ba, ro.tobytes() == mb.tobytes(), type(ro).__name__)
print(m.toreadonly().readonly, ro.toreadonly().readonly, memoryview(ro).readonly)

# len, iteration, in, bool
print(len(mb), list(m), [x for x in m[::-2]], list(memoryview(b'')))
it = iter(m)
print(type(it).__name__, next(it), next(it), list(it))
print(97 in m, 120 in m, b'a'[0] in m, 'a' in m, None in m)
print(bool(m), bool(memoryview(b'')), bool(m[2:2]), not m)
print(sum(m), max(m), min(m), sorted(m[::-1]) == list(m))

# constructor errors
t(lambda: memoryview())
t(lambda: memoryview('abc'))
t(lambda: memoryview(5))
t(lambda: memoryview(None))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview(b'a', b'b'))
t(lambda: memoryview(obj=b'a'))
t(lambda: memoryview(bytearray))

# read-only attribute
def setattr_(name, v):
    setattr(m, name, v)
t(lambda: setattr_('nbytes', 3))
t(lambda: setattr_('readonly', False))
t(lambda: setattr_('foo', 1))
print(hasattr(m, '__dict__'), hasattr(m, 'decode'), callable(m.release))
