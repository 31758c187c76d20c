# int arithmetic edges: three-argument pow over a grid of signs (including negative
# exponents and moduli), floor division/modulo identities, true division rounding,
# shifts by huge counts, and round() with negative ndigits.
def r(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

P = 2**89 - 1
for base in [-7, -2, -1, 0, 1, 2, 3, 10, 2**70 + 1]:
    print(base, [r(lambda: pow(base, e, m)) for e in (-3, -1, 0, 1, 5) for m in (-7, -1, 1, 6, 7, P)])
print(r(lambda: pow(3, 5, 0)), r(lambda: pow(3, -1, 0)), r(lambda: pow(4, -1, 6)), r(lambda: pow(0, -1, 5)),
      r(lambda: pow(2, 3, 5.0)), r(lambda: pow(2.0, 3, 5)), r(lambda: pow(2, 3, '5')), r(lambda: pow(2, 3, None)),
      r(lambda: pow(True, -1, 3)), r(lambda: pow(3, 10**30, P)), r(lambda: pow(-3, 2**100 + 1, 10**9 + 7)),
      r(lambda: pow(3, -(10**20), P) * pow(3, 10**20, P) % P), r(lambda: pow(base=2, exp=10, mod=1000)))
for e in [-1, -2, -3]:
    print(e, [r(lambda: pow(b, e)) for b in (-2, -1, 1, 2, 3, 10, 2**60)], r(lambda: 0 ** e), r(lambda: pow(0, e)))

nums = [0, 1, -1, 7, -7, 10**20 + 3, -(10**20 + 3), 2**64, -2**64]
dens = [1, -1, 3, -3, 2**64 + 1, -(2**64 + 1), 10**30]
bad = 0
for a in nums:
    row = []
    for b in dens:
        q, m = divmod(a, b)
        if q * b + m != a or (m != 0 and (m < 0) != (b < 0)) or abs(m) >= abs(b) or q != a // b or m != a % b:
            bad += 1
        row.append('%d,%d' % (q, m) if abs(q) < 10**6 and abs(m) < 10**6 else 'q%d' % (q % 97))
    print(a, row)
print('divmod identity failures', bad)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, -1 // 10**30, -1 % 10**30, 1 // -10**30, 1 % -10**30)
print(r(lambda: 5 // 0), r(lambda: 5 % 0), r(lambda: divmod(5, 0)), r(lambda: 10**30 // 0), r(lambda: 5 % False),
      r(lambda: 0 // 0), r(lambda: 0 / 0), r(lambda: divmod(2**64, -0)))

for a, b in [(1, 3), (2, 3), (10**400, 3**800), (2**1100, 2**80), (2**1100, 1), (-(2**1100), 3), (1, 2**1100),
             (1, 2**1074), (1, 2**1075), (3, 2**1076), (2**53 + 1, 1), (2**54 + 3, 2), (10**30, 10**15), (-5, 10**400),
             (2**1024 - 2**970, 1), (2**1024 - 2**969, 1), (7, -10**320), (0, -5)]:
    print(r(lambda: a / b), end=' ')
print()

for v in [1, -1, 0, 5, -5, 2**100, -(2**100)]:
    print(v, [r(lambda: v << s) if s < 200 else r(lambda: (v << s) == 0) for s in (0, 1, 64, 100)],
          [r(lambda: v >> s) for s in (0, 1, 63, 64, 101, 2**62, 2**64, 10**100)])
for expr in ['1 << -1', '1 >> -1', '0 << -2**70', '5 >> -2**70', '1 << 2**63', '-1 << 2**64', '0 << 2**100', '1 << 1.0',
             '1.0 >> 1', '1 << "a"', '-1 >> 1', '-2 >> 1', '-3 >> 1', '-(2**64) >> 1', '-(2**64 + 1) >> 1', '~(2**64)', '~-1']:
    print(expr, r(lambda: eval(expr)))

for v in [5, 15, 25, 35, -5, -15, -25, 45, 55, 150, 250, 350, -250, 2**70, -(2**70), 10**25 + 5 * 10**5, 123456789]:
    print(v, [round(v, n) for n in (-1, -2, -3, -6, -26)], round(v, -10**3), round(v, 3), type(round(v, -1)).__name__)
class Nd:
    def __index__(self):
        return -2
print(round(1250, Nd()), round(1350, Nd()), round(True, -1), round(True, 0), type(round(True, 0)).__name__)
for nd in [1.0, '1', None, 2**70]:
    print(repr(nd), r(lambda: round(12345, nd)))
