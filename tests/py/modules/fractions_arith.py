# Fraction arithmetic with int, float, complex and Fraction operands.
import math
import operator
from fractions import Fraction as F


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, repr(r))


operands = [F(3, 4), F(-5, 3), F(0), F(7), 2, -3, 0, True, 1.5, -0.25, 0.0, 2j, 1 + 1j,
            float('inf'), float('nan')]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('divmod', divmod)]
for a in operands[:4]:
    for b in operands:
        for name, op in ops:
            t('%r %s %r' % (a, name, b), lambda: op(a, b))
            t('%r %s %r' % (b, name, a), lambda: op(b, a))

pows = [(F(2, 3), 3), (F(2, 3), -3), (F(-2, 3), -3), (F(-2, 3), 2), (F(0), -2), (F(0), 0),
        (F(0), F(-3)), (F(4), F(1, 2)), (F(-8), F(1, 3)), (F(1, 2), F(2)), (F(1, 2), F(-2)),
        (F(9, 4), 0.5), (F(2), 1j), (F(1, 2), 1 + 0j), (F(1, 2), True), (F(3, 2), F(-2, 1)),
        (4, F(1, 2)), (-8, F(1, 3)), (2, F(3)), (2, F(-2)), (2.0, F(3)), (2.0, F(1, 2)),
        (1j, F(2)), (1j, F(1, 2)), (F(1, 2), 'x'), ('', F(1, 2)), ('ab', F(2)), (0, F(-1)),
        (F(-1), F(1, 2)), (F(10**10), 3), (F(1, 7), 10)]
for a, b in pows:
    t('%r ** %r' % (a, b), lambda: a ** b)
t('pow3', lambda: pow(F(2), 3, 5))
t('rpow direct', lambda: F(1, 2).__rpow__(2))
t('pow direct', lambda: F(1, 2).__pow__('x'))

# Unary operations and conversions.
for f in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(3), F(-1, 3), F(0), F(10**20 + 1, 10)]:
    print(repr(f), -f, +f, abs(f), int(f), float(f), complex(f), bool(f), math.floor(f),
          math.ceil(f), math.trunc(f), round(f), type(round(f)).__name__, f.__trunc__(),
          f.__floor__(), f.__ceil__())
for f, nd in [(F(1234567, 1000), 2), (F(1234567, 1000), -2), (F(1234567, 1000), 0),
              (F(1, 3), 0), (F(25, 100), 1), (F(35, 100), 1), (F(-25, 100), 1), (F(15), -1),
              (F(25), -1), (F(7, 3), None), (F(7, 3), 1.0), (F(7, 3), 'x')]:
    t('round(%r, %r)' % (f, nd), lambda: round(f, nd))
print(round(F(1, 2)), round(F(3, 2)), round(F(-1, 2)), round(F(-3, 2)))
print(operator.index(5), F(7, 2).__int__(), int(F(-7, 2)))
try:
    [1, 2, 3][F(1)]
except TypeError as e:
    print(type(e).__name__, e)

# Comparisons.
cmp_ops = [('<', operator.lt), ('<=', operator.le), ('>', operator.gt), ('>=', operator.ge),
           ('==', operator.eq), ('!=', operator.ne)]
others = [F(1, 2), F(2, 3), 0, 1, 0.5, 0.25, 0.5 + 0j, 0.5 + 1j, float('nan'), float('inf'),
          float('-inf'), True, 'a', None]
for b in others:
    row = []
    for name, op in cmp_ops:
        try:
            row.append(op(F(1, 2), b))
        except TypeError as e:
            row.append('TypeError')
    print('F(1,2) vs %r:' % (b,), row)
    row = []
    for name, op in cmp_ops:
        try:
            row.append(op(b, F(1, 2)))
        except TypeError as e:
            row.append('TypeError')
    print('%r vs F(1,2):' % (b,), row)
t('lt complex', lambda: F(1, 2) < 1j)
t('lt str', lambda: F(1, 2) < 'a')
t('eq 10**400', lambda: F(10**400) == float('inf'))
t('lt 10**400', lambda: F(10**400) < float('inf'))
t('eq float exact', lambda: F(1, 10) == 0.1)
t('eq float exact2', lambda: F(3602879701896397, 36028797018963968) == 0.1)
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), 0, 0.5]))
print(max(F(1, 3), F(1, 4)), min([F(5), 4.5, 6]))

# Hashes agree with equal ints and floats.
for f in [F(1, 2), F(5), F(-1), F(0), F(-7, 4), F(1, 2**61 - 1), F(-1, 2**61 - 1),
          F(10**30, 7), F(2**61 - 1, 3), F(1, 10), F(10**100)]:
    h = hash(f)
    print(repr(f), h, h == hash(float(f)) if float(f) == f else '-',
          h == hash(int(f)) if f.denominator == 1 else '-')
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), True}))
print({F(1, 2): 'a'}[0.5], {1: 'one'}[F(1)])

# Rationals in mixed arithmetic keep exactness; other Reals fall back to float.
t('sum', lambda: sum([F(1, 3)] * 3))
t('sum mixed', lambda: sum([F(1, 3), 1, 0.5]))
t('product', lambda: math.prod([F(1, 2), F(2, 3), 3]))
t('big', lambda: F(1, 3) - 2**100)
t('big float', lambda: float(F(10**400, 3)))
t('tiny float', lambda: float(F(1, 10**400)))
t('huge float', lambda: float(F(10**400)))
t('int big', lambda: int(F(10**40 + 7, 10)))


class G(F):
    pass


for expr in ['G(1,2) + 1', '1 + G(1,2)', 'G(1,2) * G(1,2)', '-G(1,2)', '+G(1,2)', 'abs(G(-1,2))',
             'G(1,2) ** 2', 'G(1,2) // 1', 'G(1,2) % 1', 'G(1,2) + 0.5', 'round(G(1,3), 1)']:
    r = eval(expr)
    print(expr, type(r).__name__, repr(r))
