# int(text, base) for every base, prefixes under base 0 and their own base, underscores,
# whitespace and Unicode digits, bytes input, the error messages, and the 4300-digit limit.
import sys

def conv(*args, **kw):
    try:
        return repr(int(*args, **kw))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

digits = '0123456789abcdefghijklmnopqrstuvwxyz'
for base in range(2, 37):
    top = digits[base - 1]
    print(base, conv(top * 3, base), conv(top.upper() + '0_1', base), conv('-' + digits[:base], base),
          conv(digits[base] if base < 36 else '!', base), conv(' +1_0 ', base))
for text in ['0x1f', '0X1F', '0o17', '0O17', '0b101', '0B101', '0', '00', '000', '0_0', '-0', '+0x_1f', '0x_1_f', '10',
             '010', '0_10', ' 0b1 ', '0b', '0x', '0o', '0b2', '0o8', '0xg', '0x__1', '0_x1', '-0b_1', '0b1_', '1e3', '1.0',
             '0x1f ', '\t-0o7\n']:
    print(repr(text), conv(text, 0), conv(text, 16), conv(text, 8), conv(text, 2), conv(text, 10))
for text in ['12', '٣', '१२', '௧௨', '𝟏𝟐', '１２', '½', '²', 'Ⅻ', '\u00a012\u2003', '1\u00a02', '12\x00', '\u0661_\u0662', '٣x']:
    print(ascii(text), conv(text), conv(text, 16), conv(text, 0))
for src in [b'42', b' -0x1F ', bytearray(b'1_000'), b'\xd9\xa3', b'12\x00', b'']:
    print(src, conv(src), conv(src, 0), conv(src, 16))
class Idx:
    def __index__(self):
        return 16
print(conv('ff', Idx()), conv('ff', base=16), conv('z', True + 35), conv('10', 2), conv(x='1'))
for args in [('1', 1), ('1', -1), ('1', 37), ('1', -2**70), ('1', 1.5), ('1', '10'), ('1', None), (1, 10), (1.5, 2),
             ([], 2), (b'1', 10.0), ('',), ('  ',), ('-',), ('+',), ('- 1',), ('+-1',), ('--1',), ('1 1',), ('1__1',),
             ('_1',), ('1_',), ('x' * 500,), ('é',), ('1' * 200 + 'x',), ('0x' + 'f' * 100 + 'g', 0), ('12\udc80',)]:
    print(repr(args)[:70], conv(*args))
print(conv(), conv(base=10), conv('7', base=8), conv('0', 0), conv('-0', 0))

# str <-> int digit limit
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits())
for n in [4299, 4300, 4301, 5000]:
    s = '7' * n
    for r in [conv(s), conv('-' + s), conv(s, 16), conv(s, 8), conv(s, 2), conv(s, 10), conv(s, 36), conv(' ' + s + ' ')]:
        print(n, r[:12] if r[0] in '-0123456789' else r)
big = int('7' * 4300)
for f in [lambda: str(big), lambda: repr(big * 10), lambda: '%d' % (big * 10), lambda: format(big * 10, ','),
          lambda: f'{big * 10}', lambda: hex(big * 10)[:8], lambda: '{:x}'.format(big * 10)[:8], lambda: oct(big * 10)[:8],
          lambda: str(-big * 10), lambda: ascii(big * 10), lambda: bin(big)[:6]]:
    try:
        print(f()[:20])
    except ValueError as e:
        print(type(e).__name__, e)
old = sys.get_int_max_str_digits()
for limit in [0, 640, 639, 5000, -1, 4300, 641.0]:
    try:
        sys.set_int_max_str_digits(limit)
        print(limit, sys.get_int_max_str_digits(), conv('1' * 700)[:8], conv('1' * 641)[:8], conv('1' * 640)[:8])
    except Exception as e:
        print(limit, type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=old)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits(), conv('9' * 4300)[-5:])
