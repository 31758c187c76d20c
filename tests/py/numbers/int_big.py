# Arbitrary precision: big products, division identities, text conversion, the digit limit.
import sys

a = 3 ** 500 + 7
b = 7 ** 200 - 1
c = -(11 ** 321) + 5
print(a * b % 10**30, a // b, a % b, -a // b, -a % b)
print(len(str(a * b * c)), str(a * b * c)[:40], str(a * b * c)[-40:])
print(hash(a), hash(b), hash(c), hash(a * b * c))

x = 1
for i in range(1, 301):
    x *= i
print(len(str(x)), x % (10**20 + 39), str(x)[:30])

# Karatsuba-sized operands: check identities instead of printing them.
p = 2 ** 5000 - 3 ** 2000
q = 5 ** 2100 + 1
print((p * q) // q == p, (p * q) % q == 0, (p + q) ** 2 == p * p + 2 * p * q + q * q)
d, m = divmod(p, q)
print(d * q + m == p, 0 <= m < q, d.bit_length(), m.bit_length())
d, m = divmod(-p, q)
print(d * q + m == -p, 0 <= m < q)
print((p >> 1234) << 1234 == p & ~((1 << 1234) - 1), (p ^ q) == (p | q) - (p & q))
M = 2 ** 521 - 1
print(pow(p, 3, q) == (p * p * p) % q, pow(q, -1, M) * q % M, pow(p, -5, M) * pow(p, 5, M) % M, pow(-p, 77, M))

# text
t = '1234567890' * 40
n = int(t)
print(str(n) == t, int('-' + t) == -n, hex(n)[:20], oct(n)[-10:], bin(n).count('1'))
print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(hex(n)[2:], 16) == n)
print(int('_'.join(t[i:i + 3] for i in range(0, 400, 3)), 10) == n)
print(int('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 36), int('1' * 100, 2), int('7' * 50, 8))

# the 4300-digit limit
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)), len(str(-big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('9' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), int('f' * 5000, 16).bit_length())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)), int('5' * 6000) % 1000)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)

# int <-> float
for v in [2**53 + 1, 2**53 + 3, 2**64 - 1, 2**1023 * 3 // 2, -(2**70) - 1, 10**308]:
    print(float(v), v == float(v), v < float(v), v > float(v))
for num, den in [(10**30, 7), (1, 3), (2**54 + 1, 2**54 - 1), (10**400, 10**399), (3, 10**400), (-7, 2), (3, 2**1075)]:
    print(num / den)
for v in [10**400, 2**1024]:
    try:
        float(v)
    except OverflowError as e:
        print(type(e).__name__, e)
print(10**400 > 1e308, 10**400 < float('inf'), -10**400 < -1e308, 2**1024 == float('inf'))
