# int(), float(), complex(), bool() constructors: parsing, bases, protocols, and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['42', '  -17  ', '+5', '0', '-0', '1_000', '\t9\n', '\u0663\u0664', '00', '0_0', '99999999999999999999999']:
    t(lambda: int(s))
for s in ['', ' ', '1.5', '1e3', '0x10', '1__0', '_1', '1_', '12a', '- 1', '++1', '\x00', 'inf', '١٢x']:
    t(lambda: int(s))
for s, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('101', 2),
             ('z', 36), ('Z', 36), ('0b_1', 0), ('10', 0), ('-0x_a', 0), ('777', 8), ('0', 0)]:
    t(lambda: int(s, b))
for s, b in [('012', 0), ('2', 2), ('g', 16), ('0x', 16), ('1', 1), ('1', 37), ('1', -1), ('0b2', 0), ('00', 0)]:
    t(lambda: int(s, b))
t(lambda: int(b'12'))
t(lambda: int(bytearray(b' 7 ')))
t(lambda: int(b'ff', 16))
t(lambda: int(b'1.5'))
t(lambda: int(12, 10))
t(lambda: int('1', '2'))
t(lambda: int('1', 2.0))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e20))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
t(lambda: int(True))
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 8
class T:
    def __trunc__(self):
        return 9
class Bad:
    def __int__(self):
        return 'x'
class BadI:
    def __index__(self):
        return 1.5
t(lambda: int(I()))
t(lambda: int(N()))
t(lambda: int(Bad()))
t(lambda: int(BadI()))
t(lambda: int('5', I()))
t(lambda: int())
print(int('1' * 50) % 1000, int('-' + '9' * 30) // 10**29)

for s in ['1.5', ' -2.25 ', '1e3', '1E-3', '.5', '5.', 'inf', '-Infinity', 'nan', '+NaN', '1_0.5', '0x1', '1e500', '-1e500', '1e-400', '  \u0661.5 ']:
    t(lambda: float(s))
for s in ['', 'abc', '1.5.5', '1e', 'e5', '1_', '_1', 'in f', '1 .5', '0b1']:
    t(lambda: float(s))
t(lambda: float(b'2.5'))
t(lambda: float(10**400))
t(lambda: float(2**53 + 1))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float(I()))
class F:
    def __float__(self):
        return 2.5
class BadF:
    def __float__(self):
        return 1
t(lambda: float(F()))
t(lambda: float(BadF()))
t(lambda: float.fromhex('0x1.8p1'))
t(lambda: float.fromhex('zz'))
t(lambda: (1.5).hex())
t(lambda: (0.5).as_integer_ratio())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: (2.0).is_integer())

for a in [('1+2j',), ('  3j ',), ('-1.5-2.5j',), ('(1+1j)',), ('j',), ('inf+nanj',), (1, 2), (1.5,), (2j, 3j), ()]:
    t(lambda: complex(*a))
for a in [('1+',), ('1 + 2j',), ('',), ('1', 2), (1, '2'), (None,), ('1+2jj',)]:
    t(lambda: complex(*a))
t(lambda: complex(2, 3).conjugate())
t(lambda: (3 + 4j).real + abs(3 + 4j))
t(lambda: 1j ** 2)
t(lambda: 1 / 0j)
t(lambda: (1 + 2j) < (2 + 3j))

print(bool(), bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(()), bool(None), bool(0j))
print(bool(1), bool(-1), bool('0'), bool([0]), bool(' '), bool(float('nan')), bool(range(1)))
class B:
    def __bool__(self):
        return 1
class L:
    def __len__(self):
        return 3
class L0:
    def __len__(self):
        return 0
class BL:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
t(lambda: bool(B()))
print(bool(L()), bool(L0()), bool(BL()), not L0(), True + True, True * 3, -True)
