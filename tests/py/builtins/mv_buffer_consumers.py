# Functions and methods that accept any bytes-like object, fed memoryviews (incl. strided
# and cast ones) and arrays: constructors, concatenation, bytes methods, str(), int.from_bytes,
# struct, hashlib, io.BytesIO and binary files.
from array import array
import struct, hashlib, io, os

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'hello world')
a = array('B', b'xyz')
print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[::-1]), bytes(a), bytearray(a))
print(bytes(memoryview(b'\x01\x00\x02\x00').cast('h')), bytes(array('h', [1, 2])), bytearray(array('h', [1, 2])))
print(bytes(memoryview(bytes(range(6))).cast('B', (2, 3))), bytes(memoryview(b'q').cast('B', ())))
print(b''.join([m, b'!', a, bytearray(b'?'), m[:1]]), bytearray(b'-').join([m[:2], a]))
t(lambda: b','.join([m[::3]]))
t(lambda: b''.join([m, 'str']))
t(lambda: b''.join([m, 5]))
print(b'ab' + m, bytearray(b'ab') + m, b'ab' + a, bytearray() + array('h', [1]))
# non-contiguous views are refused where a simple buffer is needed
t(lambda: b'ab' + m[::-1])
t(lambda: bytearray(b'ab') + m[::2])
t(lambda: m + b'ab')
t(lambda: m + m)
t(lambda: 'ab' + m)
t(lambda: m * 2)
ba = bytearray(b'start:')
ba += m[:5]
ba += a
ba += memoryview(array('h', [0x4142]))
print(ba)
ba.extend(memoryview(b'!!'))
print(ba[-2:])

# bytes/bytearray methods with bytes-like arguments
x = b'one two three two'
two = memoryview(b'two')
print(x.find(two), x.rfind(two), x.index(two), x.count(two), x.count(memoryview(b'o')), x.find(array('B', b'thr')))
print(x.startswith(memoryview(b'one')), x.endswith(two), x.startswith((b'x', two[:1])), x.startswith(two))
print(x.replace(two, memoryview(b'2')), x.replace(b' ', array('B', b'_')), x.split(memoryview(b' ')))
print(x.rsplit(two, 1), x.split(two[:1]))
# partition hands back the separator object itself
p, rp = x.partition(two), x.rpartition(memoryview(b'two'))
print(p[0], p[2], type(p[1]).__name__, p[1] is two, bytes(p[1]), rp[0], rp[2], bytes(rp[1]))
p = bytearray(x).partition(two)
print(p, bytearray(b'none').partition(two)[1:], b'none'.rpartition(two)[:2])
print(b'xxhixx'.strip(memoryview(b'x')), b'xyhiyx'.lstrip(array('B', b'xy')), b'..a..'.rstrip(memoryview(b'.')))
print(b'-'.join([b'a', b'b']), x.removeprefix(memoryview(b'one ')), x.removesuffix(memoryview(b' two')))
print(bytearray(x).find(two), bytearray(x).replace(two, memoryview(b'2')), bytearray(b'aXb').split(memoryview(b'X')))
print(b'abc'.translate(None, memoryview(b'b')), bytes.maketrans(memoryview(b'ab'), array('B', b'xy'))[97:99])
print(two in x, memoryview(b'zzz') in x, array('B', b'one') in x, m in bytearray(b'say hello world!'))
print(b'%s|%b' % (m, a), bytearray(b'<%s>') % memoryview(b'mv'))
t(lambda: x.find(memoryview(array('h', [1]))))
t(lambda: x.find('two'))
t(lambda: x.split(memoryview(b'')))
t(lambda: '%s' % m == str(m))

# str(), decode
print(str(m, 'utf-8'), str(memoryview('é'.encode()), 'utf-8'), str(a, 'ascii'))
t(lambda: str(m[::2], 'ascii'))
print(str(memoryview(b'\xff'), 'latin-1'), str(memoryview(b'a\xffb'), 'utf-8', 'replace'), str(bytearray(b'ba'), 'ascii'))
t(lambda: str(memoryview(b'\xff'), 'utf-8'))
t(lambda: m.decode())
t(lambda: str(m, encoding='ascii', errors='strict'))
print(bytes(m).decode(), m.tobytes().decode('ascii'))

# int.from_bytes
print(int.from_bytes(memoryview(b'\x01\x02'), 'little'), int.from_bytes(memoryview(b'\x01\x02'), 'big'))
print(int.from_bytes(array('B', [255, 255]), 'big', signed=True), int.from_bytes(memoryview(b''), 'little'))
print(int.from_bytes(memoryview(b'\x01\x00\x02\x00').cast('h'), 'little'), int.from_bytes(m[::-1][:2], 'big'))
print(int.from_bytes(bytearray(b'\x80'), 'big', signed=True), float.fromhex('0x1p-1'))

# struct
buf = struct.pack('<hiQ', -1, 7, 2 ** 40)
print(struct.unpack('<hiQ', memoryview(buf)), struct.unpack('<hiQ', bytearray(buf)), struct.unpack('<hiQ', array('B', buf)))
print(struct.unpack_from('<i', memoryview(buf), 2), struct.unpack_from('<Q', bytearray(buf), offset=6))
print(struct.unpack('<3h', array('h', [1, -2, 3])), struct.unpack('2h', memoryview(struct.pack('2h', 5, 6)).cast('h')))
print(list(struct.iter_unpack('<h', memoryview(b'\x01\x00\x02\x00'))), struct.Struct('<2B').unpack(memoryview(b'\x09\x08')))
out = bytearray(10)
struct.pack_into('<hi', out, 1, 258, -1)
print(out)
mo = memoryview(out)
struct.pack_into('<H', mo, 8, 0xBEEF)
struct.pack_into('<B', mo[2:], 0, 0x7F)
print(out)
ar = array('B', bytes(6))
struct.pack_into('<I', ar, 1, 0x01020304)
print(ar)
t(lambda: struct.pack_into('<h', memoryview(b'xxxx'), 0, 1))
t(lambda: struct.pack_into('<q', bytearray(4), 0, 1))
t(lambda: struct.unpack('<i', memoryview(b'abc')))
t(lambda: struct.unpack_from('<i', memoryview(b'abcd'), 1))
t(lambda: struct.pack_into('<h', memoryview(bytearray(4))[::2], 0, 1))

# hashlib
print(hashlib.sha256(memoryview(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.sha256(memoryview(b'abc')).hexdigest()[:16], hashlib.sha256(array('B', b'abc')).hexdigest()[:16])
hs = hashlib.sha256()
hs.update(memoryview(b'a'))
hs.update(bytearray(b'b'))
hs.update(array('B', b'c'))
print(hs.hexdigest()[:16])
t(lambda: hashlib.sha256(memoryview(b'x' * 10)[::2]))
t(lambda: hashlib.sha256('str'))

# io.BytesIO and binary files
bio = io.BytesIO(memoryview(b'initial'))
print(bio.read(), bio.getvalue())
print(io.BytesIO(array('B', b'arr')).read(), io.BytesIO(bytearray(b'ba')).read())
bio = io.BytesIO()
print(bio.write(memoryview(b'mv')), bio.write(array('h', [0x4241])), bio.write(bytearray(b'!')), bio.write(m[6:]))
t(lambda: bio.write(m[::-1]))
t(lambda: bio.write('s'))
print(bio.getvalue())
rb = bytearray(4)
bio.seek(0)
print(bio.readinto(rb), bytes(rb), bio.readinto(memoryview(rb)[1:3]), bytes(rb))
path = '/tmp/weft_mv_test_%d.bin' % os.getpid()
with open(path, 'wb') as fh:
    print(fh.write(memoryview(b'file')), fh.write(array('B', b'-arr')), fh.write(memoryview(b'0123456')[3:]))
    t(lambda: fh.write(memoryview(b'0123456')[::3]))
with open(path, 'rb') as fh:
    print(fh.read())
with open(path, 'rb') as fh:
    target = bytearray(5)
    print(fh.readinto(target), bytes(target), fh.readinto(memoryview(target)[:2]), bytes(target))
os.remove(path)
print(os.path.exists(path))
