# struct: binary record packing as file-format and protocol code does it.
import struct


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


header = struct.pack('<4sHHI', b'WEFT', 1, 3, 4096)
print(header, len(header), struct.unpack('<4sHHI', header))
print(struct.pack('>I', 1), struct.pack('<I', 1), struct.pack('!H', 258), struct.pack('=h', -1))
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', '?', 'c', 'x', 'P']:
    print(fmt, struct.calcsize(fmt), struct.calcsize('<' + fmt) if fmt not in 'nNP' else '-', end='; ')
print()
print(struct.calcsize('@bq'), struct.calcsize('<bq'), struct.calcsize('@hi'), struct.calcsize('@ci3s'), struct.calcsize('0i'))
print(struct.calcsize('@b0q'), struct.calcsize('10s'), struct.calcsize('3x2h'), struct.calcsize(''), struct.calcsize('  i  h '))
print(struct.pack('@bi', 1, 2), struct.pack('<bi', 1, 2), struct.pack('>q', -2), struct.pack('<Q', 2**64 - 1))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('c', b'z'), struct.pack('?', 0), struct.pack('2?', [], 'x'))
print(struct.pack('p', b'abc'), struct.pack('4p', b'abcdef'), struct.unpack('4p', b'\x02abz'))
print(struct.unpack('<hh', b'\xff\xff\x01\x00'), struct.unpack('>i', b'\x80\x00\x00\x00'), struct.unpack('?c3s', b'\x02zabc'))
print(struct.pack('<f', 1.1), struct.unpack('<f', struct.pack('<f', 1.1)), struct.pack('>d', -0.0), struct.pack('<e', 65504))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<d', b'\x00' * 7 + b'\xf0')[0], struct.pack('<f', float('inf')))
print(struct.pack('>3h', 1, 2, 3), struct.unpack('<2i2x?', b'\x01\x00\x00\x00\x02\x00\x00\x00\x00\x00\x01'))
# pack_into / unpack_from / iter_unpack
buf = bytearray(12)
struct.pack_into('<HI', buf, 2, 7, 99)
print(buf, struct.unpack_from('<HI', buf, 2), struct.unpack_from('<I', buf, offset=4), struct.unpack_from('B', buf, -1))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\xff\xff\x03')), list(struct.iter_unpack('B', b'')))
# Struct objects
rec = struct.Struct('<i8sd')
data = rec.pack(42, b'name', 2.5)
print(rec.format, rec.size, data, rec.unpack(data), repr(struct.Struct('>H')))
print(list(rec.iter_unpack(data * 2)), rec.unpack_from(b'\x00' + data, 1))
out = bytearray(rec.size + 1)
rec.pack_into(out, 1, 1, b'x', 0.0)
print(out)
print(struct.Struct(b'<h').format, struct.Struct('hh') == struct.Struct('hh') if False else 'skip')
# errors
err(lambda: struct.pack('b', 128))
err(lambda: struct.pack('H', -1))
err(lambda: struct.pack('<h', 70000))
err(lambda: struct.pack('>I', 2**32))
err(lambda: struct.pack('<i', -2**31 - 1))
err(lambda: struct.pack('i', 1.0))
err(lambda: struct.pack('i', 'x'))
err(lambda: struct.pack('d', 'x'))
err(lambda: struct.pack('s', 'str'))
err(lambda: struct.pack('c', b'ab'))
err(lambda: struct.pack('ii', 1))
err(lambda: struct.pack('i', 1, 2))
err(lambda: struct.pack('z', 1))
err(lambda: struct.calcsize('<<i'))
err(lambda: struct.calcsize('3'))
err(lambda: struct.unpack('<i', b'\x00\x00'))
err(lambda: struct.unpack('<h', b'\x00\x00\x00'))
err(lambda: struct.unpack_from('<i', b'\x00' * 4, 2))
err(lambda: struct.unpack_from('<i', b'\x00' * 4, 5))
err(lambda: list(struct.iter_unpack('<i', b'\x00' * 5)))
err(lambda: struct.pack_into('<i', bytearray(2), 0, 1))
err(lambda: struct.pack_into('<i', bytearray(8), 6, 1))
err(lambda: struct.pack('<e', 1e6))
err(lambda: struct.pack('<f', 1e300))
err(lambda: struct.unpack('i', 'abcd'))
print(isinstance(struct.error(), Exception), struct.error.__name__, struct.error.__module__)
