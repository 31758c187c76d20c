"""Decimal hashing, mixed comparisons, conversions, rounding to ints,
pickling, copying, subclasses and interaction with numbers and math."""

import copy
import math
import numbers
import pickle
from fractions import Fraction
from decimal import *

D = Decimal


def err(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)


def flags():
    c = getcontext()
    out = sorted(k.__name__ for k, v in c.flags.items() if v)
    c.clear_flags()
    return out


# Hashes agree with equal ints, floats and fractions.
for s in ['0', '-0', '1', '-1', '1.0', '0.5', '-2.50', '1E+3', '123.456', '1e-30',
          '1e30', '12345678901234567890.125', 'Inf', '-Inf', '3.14']:
    d = D(s)
    same = [hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else None,
            hash(d) == hash(float(d)) if float(d) == d else None,
            hash(d) == hash(Fraction(*d.as_integer_ratio())) if d.is_finite() else None]
    print(s, hash(d), same)
n = D('NaN')
print(err(lambda: hash(D('sNaN'))), hash(n) == hash(n))
print(len({D('1'), D('1.00'), 1, 1.0, Fraction(1)}))

# Comparisons with other types.
getcontext().clear_flags()
for other in [1, 2, -1, 1.5, 2.0, float('inf'), float('nan'), Fraction(3, 2),
              Fraction(1, 3), 1 + 0j, 1.5 + 0j, 1j, 'x', None]:
    a = D('1.5')
    row = []
    for name, f in [('==', lambda: a == other), ('!=', lambda: a != other),
                    ('<', lambda: a < other), ('>=', lambda: a >= other)]:
        row.append('%s %s' % (name, err(f).split(':')[0]))
    print(repr(other), row, flags())
print(D('NaN') == D('NaN'), D('NaN') != 1, flags())
print(err(lambda: D('NaN') < 1), flags())
print(err(lambda: D('sNaN') == 1), flags())
with localcontext(traps=[]) as c:
    print(D('NaN') < 1, D('NaN') >= D(1), D('sNaN') == 1, flags())
with localcontext() as c:
    c.traps[FloatOperation] = True
    print(err(lambda: D(1.5)), err(lambda: D(1) == 1.0), err(lambda: D(1) < 1.5))
    print(err(lambda: D.from_float(1.5)), err(lambda: c.create_decimal(1.5)))
    print(err(lambda: c.create_decimal_from_float(1.5)), D(1) == 1)
print(D(1) < Fraction(3, 2) < D(2), D('-Inf') < Fraction(-10**9), D('Inf') > Fraction(10**9))
print(sorted([D('1.5'), 1, Fraction(7, 5), D('-0'), 0, D('1.40')]))
print(max(D(1), D('1.0')), min(D('2'), 2), D(1) == True)

# Conversions.
for s in ['0', '-0', '1.5', '-1.5', '2.5', '-2.5', '3.5', '1e20', '-123.456',
          '0.999999', '1e-10', 'Inf', '-Inf', 'NaN', '-NaN', 'sNaN']:
    d = D(s)
    print(s, err(lambda: int(d)), err(lambda: float(d)), err(lambda: complex(d)),
          err(lambda: round(d)), err(lambda: round(d, 1)), err(lambda: round(d, -1)),
          err(lambda: math.floor(d)), err(lambda: math.ceil(d)), err(lambda: math.trunc(d)),
          bool(d))
print(err(lambda: round(D('1.5'), 'x')), round(D('2.675'), 2), round(D('-0.5')))
with localcontext(rounding=ROUND_DOWN):
    print(round(D('2.678'), 2), round(D('2.7')), round(D('-2.5')))
print(float(D('0.1')) == 0.1, float(D('1e400')), float(D('-1e-400')))
print(int(D('123456789012345678901234567890.999')), int(D('1e40')))
print(D('1.5').real, D('1.5').imag, D('1.5').conjugate(), D(10).radix())
print(math.isclose(D('1.1'), 1.1), math.sqrt(D(2)), math.fsum([D('0.1')] * 3))

# Pickling and copying.
for s in ['1.50', '-0', 'NaN12', '-sNaN', 'Inf', '1E+999']:
    d = D(s)
    p = pickle.loads(pickle.dumps(d))
    print(repr(p), p.as_tuple() == d.as_tuple(), copy.copy(d) is d, copy.deepcopy(d) is d)


class MyDec(Decimal):
    def double(self):
        return self * 2


m = MyDec('1.25')
print(type(m).__name__, repr(m), m.double(), type(m + 1).__name__, type(-m).__name__)
print(type(MyDec.from_float(0.5)).__name__, repr(MyDec.from_float(0.5)))
print(type(copy.copy(m)).__name__, type(pickle.loads(pickle.dumps(m))).__name__)
print(type(MyDec(m)).__name__, MyDec(m) == m, m.__reduce__()[1])
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real),
      isinstance(D(1), numbers.Rational))

# Operators with ints on either side, pow with three arguments.
a = D('7.5')
for r in [a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a / 2, 2 / a, a // 2, 2 // a,
          a % 2, 2 % a, divmod(a, 2), divmod(2, a), a ** 2, 2 ** D('0.5'), -a, +a, abs(-a),
          pow(D(3), 4, 5), pow(D(3), D(4), 7), pow(D(-3), 3, D(7))]:
    print(repr(r))
print(err(lambda: pow(D(3), D('0.5'), 5)), err(lambda: pow(D(3), -1, 5)))
print(err(lambda: pow(D(3), 2, 0)), err(lambda: pow(D(0), 0, 5)))
print(err(lambda: pow(D(3), 2, 10**30)), err(lambda: pow(D('NaN'), 2, 5)))
for bad in [1.5, 'x', None, [1]]:
    try:
        D(1) + bad
    except TypeError as e:
        # The message names the type as 'decimal.Decimal' in CPython.
        print('TypeError', type(bad).__name__ in str(e))
print(D(1).__add__(1.5), D(1).__add__('x'))
print(err(lambda: D(1).compare(1.5)), err(lambda: D(1).max('2')))
print(err(lambda: D(1).__format__('f', 2)), D(5).__pow__(2, None))
print(err(lambda: Decimal.__new__(Decimal, '1', 3)))
x = D('1.0')
x += 1
print(repr(x), D('-0') + D('0'), D('-0') + D('-0'), D('-0') - D('0'), D(0) * -1)
with localcontext(rounding=ROUND_FLOOR):
    print(D('-0') + D('0'), D(1) - D(1), -D(0), +D('-0'), abs(D('-0')))
