# int arithmetic with floor semantics, bitwise operators, shifts, pow, comparisons.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, 255, 256, -256, 2**31, -2**31, 2**62, 2**63 - 1, -2**63, 2**64]
for a in vals[:10]:
    for b in [1, -1, 2, -2, 3, -3, 7, -7]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)

for a in [5, -5, 0, 2**64 + 3, -(2**64 + 3)]:
    for b in [3, -3, 2**70, -(2**70)]:
        print(a, b, a & b, a | b, a ^ b, ~a, a // b, a % b)

for a in [1, -1, 3, -3, 2**40, -(2**40) - 1]:
    for n in [0, 1, 5, 31, 32, 63, 64, 65, 100]:
        print(a, n, a << n, a >> n)

print([2 ** n for n in range(0, 70, 7)])
print([(-3) ** n for n in range(10)])
print(pow(3, 100), pow(-2, 63), pow(2, -2), pow(10, -3))
print(pow(3, 200, 1000007), pow(-3, 5, 7), pow(3, -1, 7), pow(2, 10, -7), pow(5, 0, 1))
print(pow(12345678901234567890, 98765, 10**20 + 39))

# comparisons and mixed int/bool
print(1 < 2, 2 <= 2, 3 > 4, -1 >= -1, 5 == 5, 5 != 5)
print(2**64 > 2**63, -2**64 < -2**63, 2**100 == 2**100, True + True, True * 10, False - 1)
print(sorted([5, -3, 2**70, -2**70, 0, 1, True, False]))
print(max(3, 7, -2), min(3, 7, -2), abs(-2**63), -(-2**63), +5, -0)

# unary and conversions
print(int(), int(3.99), int(-3.99), int('  -42  '), int('0x1F', 16), int('0b101', 0), int('z', 36), int('1_000'))
print(int(True), int(2**70 + 0.0), int('١٢٣'), int(b'77', 8), int(bytearray(b' 12 ')))
print(hex(255), hex(-255), oct(8), bin(-5), hex(2**70), bin(0))

# methods
for v in [0, 1, -1, 255, -256, 2**64, -(2**100) + 1]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.real, v.imag,
          v.numerator, v.denominator, v.conjugate())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((255).to_bytes(), (2**64).to_bytes(9, byteorder='big'), (-129).to_bytes(2, signed=True))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xfe', signed=True))
print(int.from_bytes(bytes(range(20)), 'big'), int.from_bytes([255, 0, 1], 'little', signed=True))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(), (7).__index__(), (7).__getnewargs__())
print(round(1234567, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(123, 5), round(-5, -1), round(2**70 + 2**69, -20), round(12345, -10))

class MyInt(int):
    pass

m = MyInt(42)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__, MyInt('ff', 16))
print(isinstance(True, int), issubclass(bool, int), int.__name__)
show('int(1, 2, 3)', lambda: int(1, 2, 3))
