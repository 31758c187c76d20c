# int.to_bytes/from_bytes at every signed/unsigned boundary and byte order, round trips
# of large values, bit_length/bit_count/as_integer_ratio, and subclass behaviour.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 32767, 32768, -32768, -32769, 65535, 65536, 2**63 - 1, -2**63, 2**64 - 1]:
    row = []
    for length in (1, 2, 3, 8):
        for signed in (False, True):
            try:
                row.append(v.to_bytes(length, 'big', signed=signed).hex())
            except OverflowError as e:
                row.append('OF')
    print(v, row, v.to_bytes(9, 'little', signed=True).hex())
for v in [0, 1, -1, 2**100, -2**100, 3**200, -(3**200) + 12345]:
    for order in ('big', 'little'):
        n = (v.bit_length() + 8) // 8
        b = v.to_bytes(n, order, signed=True)
        back = int.from_bytes(b, order, signed=True)
        print(order, len(b), b[:4].hex(), back == v, int.from_bytes(b, byteorder=order) == v % (1 << (8 * n)))
for data in [b'', b'\x00', b'\x80', b'\xff', b'\xff\xff', b'\x00\xff', b'\xff\x00', b'\x80\x00\x00\x00\x00\x00\x00\x00\x00']:
    print(data.hex() or '-', int.from_bytes(data), int.from_bytes(data, 'little'), int.from_bytes(data, signed=True),
          int.from_bytes(data, 'little', signed=True))
print(int.from_bytes([1, 2]), int.from_bytes((255,), signed=True), int.from_bytes(bytearray(b'\x01\x00'), 'little'),
      int.from_bytes(iter([0, 1])), int.from_bytes(x for x in (1, 0, 0)), int.from_bytes(range(3), 'little'))
print((5).to_bytes(), (0).to_bytes(0), (-1).to_bytes(1, signed=True), (1).to_bytes(length=2, byteorder='little'),
      True.to_bytes(2), (300).to_bytes(2, 'big', signed=False))
for label, f in [('to_bytes big', lambda: (256).to_bytes(1)), ('to_bytes neg', lambda: (-5).to_bytes(4)),
                 ('to_bytes signed 128', lambda: (128).to_bytes(1, signed=True)), ('to_bytes -129', lambda: (-129).to_bytes(1, signed=True)),
                 ('to_bytes 0 len', lambda: (1).to_bytes(0)), ('to_bytes neg len', lambda: (0).to_bytes(-1)),
                 ('to_bytes order', lambda: (1).to_bytes(1, 'BIG')), ('to_bytes order int', lambda: (1).to_bytes(1, 1)),
                 ('to_bytes len str', lambda: (1).to_bytes('1')), ('to_bytes len float', lambda: (1).to_bytes(1.0)),
                 ('to_bytes kw', lambda: (1).to_bytes(1, 'big', sign=True)), ('to_bytes extra', lambda: (1).to_bytes(1, 'big', False)),
                 ('from_bytes str', lambda: int.from_bytes('ab')), ('from_bytes int', lambda: int.from_bytes(3)),
                 ('from_bytes bad item', lambda: int.from_bytes([256])), ('from_bytes neg item', lambda: int.from_bytes([-1])),
                 ('from_bytes order', lambda: int.from_bytes(b'a', 'middle')), ('from_bytes none', lambda: int.from_bytes()),
                 ('from_bytes float item', lambda: int.from_bytes([1.0])), ('from_bytes signed kwonly', lambda: int.from_bytes(b'a', 'big', True))]:
    show(label, f)

class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
r = MyInt.from_bytes(b'\x01\x02')
print(r, type(r).__name__, bool.from_bytes(b'\x01'), type(bool.from_bytes(b'\x00')).__name__, MyInt(7).to_bytes(1))

for v in [0, 1, -1, 2, 3, -3, 255, -255, 256, 2**31 - 1, -2**31, 2**63, -2**63 - 1, 2**1000, -(2**1000) + 1, 10**100,
          (1 << 640) - 1, -((1 << 640) - 1)]:
    print(str(v)[:12], v.bit_length(), v.bit_count(), (-v).bit_length() == v.bit_length(), bin(v).count('1') == v.bit_count(),
          v.as_integer_ratio()[1], type(v.as_integer_ratio()[0]).__name__, v.is_integer())
print(True.bit_length(), True.bit_count(), True.as_integer_ratio(), type(True.as_integer_ratio()[0]).__name__,
      MyInt(12).as_integer_ratio(), type(MyInt(12).as_integer_ratio()[0]).__name__, MyInt(5).bit_length())
print(int.bit_length(6), int.bit_count(-7), int.to_bytes(258, 2), int.__index__(True), type(int.__index__(True)).__name__)
print(MyInt(3).numerator, type(MyInt(3).numerator).__name__, type(MyInt(3).real).__name__, MyInt(3).denominator,
      type(MyInt(3).__int__()).__name__, type(+MyInt(3)).__name__, type(abs(MyInt(-3))).__name__, type(MyInt(3) << 0).__name__)
show('bit_length arg', lambda: (1).bit_length(2))
show('bit_count on str', lambda: int.bit_count('1'))
show('as_integer_ratio arg', lambda: (1).as_integer_ratio(1))
show('unbound', lambda: int.to_bytes(1.5, 1))
x = 1
for i in range(1, 200):
    x = x * 3 + i
    assert int.from_bytes(x.to_bytes((x.bit_length() + 7) // 8, 'little'), 'little') == x
    assert int.from_bytes((-x).to_bytes((x.bit_length() + 8) // 8, 'big', signed=True), 'big', signed=True) == -x
print('round trips ok', x.bit_length(), x % 1000003)
