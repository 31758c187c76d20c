# PEP 688: Python classes providing __buffer__ / __release_buffer__, consumers of such
# objects, errors for classes without (or with broken) buffer support, and __buffer__ on
# the builtin providers.
from array import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Buf:
    def __init__(self, data):
        self.data = bytearray(data)
        self.views = 0
    def __buffer__(self, flags):
        self.views += 1
        print('  __buffer__', type(flags).__name__)
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.views -= 1
        print('  __release_buffer__', type(view).__name__, view.tobytes())

o = Buf(b'hello')
m = memoryview(o)
print(type(m).__name__, m.tobytes(), m.readonly, m.format, len(m), o.views)
m[0] = 72
print(o.data, m[1:3].tobytes())
m.release()
print('released', o.views)
print(bytes(o), o.views)
print(bytearray(o), b'<' + o, b'-'.join([o, o]))
with memoryview(o) as w:
    print('in with', w.tobytes())
print('after with', o.views)
print(b'ell' in o.data, memoryview(b'ell') == o, o == memoryview(b'Hello'))
print(memoryview(b'Hello') == o, memoryview(o) == memoryview(b'Hello'))
print(str(o, 'ascii'), int.from_bytes(o, 'big') > 0)
import struct
print(struct.unpack('5s', o))

# the view returned may be read-only
class RO:
    def __buffer__(self, flags):
        return memoryview(b'const')
    def __release_buffer__(self, view):
        print('  release RO')
r = memoryview(RO())
print(r.readonly, r.tobytes())
t(lambda: r.__setitem__(0, 1))
del r
print('deleted')

# the flags argument: PyBUF_FULL_RO for memoryview(), PyBUF_SIMPLE for bytes(),
# PyBUF_WRITABLE for consumers that write
class Flags:
    def __init__(self):
        self.data = bytearray(4)
    def __buffer__(self, flags):
        print('  flags', flags)
        return memoryview(self.data)
fl = Flags()
memoryview(fl).release()
bytes(fl)
struct.pack_into('<h', fl, 0, 258)
print(fl.data)

# only __buffer__, no __release_buffer__
class OnlyBuffer:
    def __buffer__(self, flags):
        return memoryview(array('h', [1, 2, 3]))
ob = memoryview(OnlyBuffer())
print(ob.format, ob.itemsize, ob.tolist(), ob.nbytes, bytes(OnlyBuffer()))
ob.release()

# the object's view stays exported while the outer view lives
class Holder:
    def __init__(self):
        self.inner = memoryview(bytearray(b'abc'))
    def __buffer__(self, flags):
        return self.inner
h = Holder()
outer = memoryview(h)
t(h.inner.release)
outer.release()
t(h.inner.release)

# errors
class NoBuf:
    pass
t(lambda: memoryview(NoBuf()))
t(lambda: bytes(NoBuf()))
t(lambda: b'x' + NoBuf())
class NotAView:
    def __buffer__(self, flags):
        return b'bytes, not a memoryview'
t(lambda: memoryview(NotAView()))
class Raises:
    def __buffer__(self, flags):
        raise RuntimeError('no buffer today')
t(lambda: memoryview(Raises()))
t(lambda: bytes(Raises()))
class BadSig:
    def __buffer__(self):
        return memoryview(b'x')
t(lambda: memoryview(BadSig()))
class NoneBuf:
    __buffer__ = None
t(lambda: memoryview(NoneBuf()))
class ReleaseRaises:
    def __buffer__(self, flags):
        return memoryview(b'rr')
    def __release_buffer__(self, view):
        raise ValueError('release failed')
rr = memoryview(ReleaseRaises())
print(rr.tobytes())
t(rr.release)
print('after release raise')

# subclasses of builtin providers inherit __buffer__
class MyBytes(bytes):
    pass
class MyBA(bytearray):
    pass
mb = memoryview(MyBytes(b'sub'))
print(type(mb.obj).__name__, mb.tobytes(), memoryview(MyBA(b'x')).readonly)

# __buffer__ on builtin types
print(hasattr(bytes, '__buffer__'), hasattr(bytearray, '__buffer__'), hasattr(memoryview, '__buffer__'))
print(hasattr(array, '__buffer__'), hasattr(str, '__buffer__'), hasattr(int, '__buffer__'), hasattr(list, '__buffer__'))
print(hasattr(bytearray, '__release_buffer__'), hasattr(memoryview, '__release_buffer__'), hasattr(bytes, '__release_buffer__'))
bv = b'direct'.__buffer__(0)
print(type(bv).__name__, bv.tobytes(), bv.readonly)
bav = bytearray(b'ba').__buffer__(1)
print(type(bav).__name__, bav.readonly, bav.tobytes())
try:
    b'x'.__buffer__()
except TypeError as e:
    print('TypeError', 'expected 1 argument, got 0' in str(e))
t(lambda: b'x'.__buffer__('a'))
t(lambda: b'x'.__buffer__(-1))
mvv = memoryview(b'q').__buffer__(0)
print(type(mvv).__name__, mvv.tobytes())
print(type(Buf.__buffer__).__name__, type(bytes.__buffer__).__name__)
