# Float arithmetic edges: signed zeros from %, // and divmod, tiny/huge operands, the
# identities CPython guarantees, as_integer_ratio/is_integer/trunc/floor/ceil on extreme
# values, float**float results (complex for negative bases), and mixed int/bool/subclass.
import math

def r(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 5.5, -5.5, 1e-300, -1e-300, 1e300, -1e300, 3, -3, 5e-324]
for a in vals:
    print(repr(a), [r(lambda: a % b) for b in (2.0, -2.0, 1e-300, -1e300, 0.5)],
          [r(lambda: a // b) for b in (2.0, -2.0, 1e-300, -1e300)], r(lambda: divmod(a, -2.0)), r(lambda: divmod(a, 1e-300)))
bad = 0
for a in [7.25, -7.25, 1e16 + 2, -1e-10, 123.456, -0.75, 2.0**60 + 2**8]:
    for b in [0.1, -0.1, 3.0, -3.0, 1e-5, 2.5e10]:
        q, m = divmod(a, b)
        if not (q == math.floor(q) and (m == 0 or (m < 0) == (b < 0)) and abs(m) < abs(b) and a // b == q and a % b == m):
            bad += 1
        print('%r %r %r %r' % (q, m, math.fmod(a, b), q * b + m - a), end=' | ')
    print()
print('divmod invariant failures', bad)
for expr in ['1.0 % 0.0', '1.0 // 0', 'divmod(1.0, 0)', '0.0 / 0.0', '1 / -0.0', '-0.0 // 1', '(-0.0) % -1',
             'math.fmod(1.0, 0.0)', 'math.fmod(float("inf"), 1)', 'math.fmod(1, float("inf"))', 'math.fmod(-0.0, 1)',
             'math.remainder(5.0, 2.0)', 'math.remainder(7.0, 2.0)', 'math.remainder(-7.0, 2.0)', 'float("inf") // 1',
             'float("inf") % 1', '1e308 * 10', '1e308 + 1e308', '-1e308 * 1e10', '1e-320 / 1e10', '2.0 ** 1024',
             '2.0 ** 1023 * 2', '(-2.0) ** 1025', '10.0 ** -400', '0.0 ** 0.0', '0.0 ** -0.0', '(-0.0) ** 0.5', '(-0.0) ** 3',
             '(-0.0) ** -1', '(-8.0) ** (1/3)', '(-2.0) ** 0.5', '(-1.0) ** 1e300', '(-1.0) ** float("inf")', '(-2.0) ** -0.5',
             '1.0 ** float("nan")', 'float("nan") ** 0', '(-1.5) ** 2.0', 'pow(2.0, 0.5, 3)', 'pow(-8, 1/3)', '(-8) ** 0.5']:
    print(expr, r(lambda: eval(expr)))

for v in [0.0, -0.0, 0.5, -0.5, 1.5, 2**52 + 0.5, 2.0**52, 2.0**53, 1e300, -1e300, 5e-324, -5e-324, 2.0**-1022, 123.75,
          1.7976931348623157e308]:
    n, d = v.as_integer_ratio()
    print(repr(v), v.is_integer(), n % 1000003, d.bit_length(), n / d == v, math.trunc(v) % 1000003, math.floor(v) % 97,
          math.ceil(v) % 97, round(v) % 89, r(lambda: v.__round__(-308)), int(v) == math.trunc(v), type(math.floor(v)).__name__)
print(len(str(int(1e300))), str(int(1.7976931348623157e308))[:20], int(2.0**63), int(-2.0**63 - 2048), int(1e16 + 1), int(-0.9999999999999999))
for f in [math.trunc, math.floor, math.ceil, round, int]:
    print(f.__name__, [r(lambda: f(v)) for v in (float('inf'), float('-inf'), float('nan'))])

class SF(float):
    def __repr__(self):
        return 'SF(%s)' % float.__repr__(self)
s = SF(2.5)
print(s, s + 1, type(s + 1).__name__, type(-s).__name__, type(abs(s)).__name__, type(s * True).__name__, type(+s).__name__,
      type(s.real).__name__, type(s.conjugate()).__name__, type(round(s, 1)).__name__, s.as_integer_ratio(), s.is_integer(), s.hex())
print(True + 0.5, False * -1.5, 1.5 - True, 2 ** -1.0, 3 / 2.0, 7 // 2.0, -7 % 2.0, True / 2, 10**20 * 1.0, 10**20 + 0.5,
      (2**53 + 1) + 0.0, 1.0 * (2**53 + 1), 0.1 + 0.2, 0.1 * 3, 1 - 0.9, sum([0.1] * 10), math.fsum([0.1] * 10))
print(r(lambda: 1.0 + None), r(lambda: 1.0 * 'a'), r(lambda: 'a' * 1.0), r(lambda: [1] * 2.0), r(lambda: 1.0 @ 2.0),
      r(lambda: 1.0 | 2), r(lambda: ~1.0), r(lambda: 1.0 << 1), r(lambda: float.__add__(1.0, 1)), r(lambda: float.__add__(1.0, 'x')),
      r(lambda: float.__radd__(1.0, 2)), r(lambda: float.__floordiv__(1.0, 0.0)), r(lambda: float.__mod__(1.0, 10**400)))
