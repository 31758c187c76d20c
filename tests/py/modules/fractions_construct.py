# Fraction construction from ints, pairs, floats, strings and other Rationals.
import numbers
from fractions import Fraction as F
import fractions


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(fractions.__all__, F.__slots__, [c.__name__ for c in F.__mro__])
t('default', lambda: F())
for args in [(3,), (-3,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (0, -5), (10**30, 10**20),
             (True,), (True, 2), (3, True), (F(1, 2),), (F(1, 2), F(3, 4)), (F(1, 2), 3),
             (3, F(1, 2)), (1.5,), (-0.1,), (0.0,), (-0.0,), (1e300,), (5e-324,),
             (1, 0), (0, 0), (-3, 0), (F(1, 2), F(0)), (F(1, 2), 0),
             (float('nan'),), (float('inf'),), (float('-inf'),),
             (1.5, 2), ('1', 2), (2, 0.0), (1, 2.5), ([],), (1j,), (None,), (b'1',), (object(),)]:
    t('F%r' % (args,) if not isinstance(args[0], object) or type(args[0]) in (int, bool, float, str, bytes, F, list, complex, type(None)) else 'F(object())', lambda: F(*args))
t('kw', lambda: F(numerator=3, denominator=9))
t('kw num', lambda: F(numerator=7))

strings = ['3/4', ' -1.5e3 ', '1_000/3', 'x', '1/0', '0/0', '1e-3', '.5', '5.', '1__0', '_1', '1_',
           '+3', '-0', '1 /2', '1/ 2', ' 3/-4', '1.5/2', '1e', '1E+5', '  7  ', '\t8\n', 'nan',
           'inf', '-inf', '1/3e2', '0x10', '١٢', '1_0.2_5e1_0', '', ' ', '3/04', '1.2_', '1._2',
           '-.5e-1', '1.e5', '1. e5', '1 . 5', '1e5/2', '1/2/3', '- 1', '+-1', '007', '0.000',
           '1e+00', '2e-2_0', '12345678901234567890.1234567890', '-1/-2', '1/+2', '3.14j',
           '0b11', '٣/٤', '1\u00a0', '\u20031/3']
for s in strings:
    t('F(%r)' % (s,), lambda: F(s))

for v in [1, 0.1, -2.5, 1e-310, True, '1', 1j, float('nan'), float('inf'), F(1, 2)]:
    t('from_float(%r)' % (v,), lambda: F.from_float(v))
for v in [1, -7, True, 1.5, '1', None]:
    t('from_decimal(%r)' % (v,), lambda: F.from_decimal(v))


class G(F):
    pass


t('G.from_float', lambda: G.from_float(0.25))
t('G.from_float type', lambda: type(G.from_float(0.25)).__name__)
t('G.from_float(3) type', lambda: type(G.from_float(3)).__name__)
t('G.from_float bad', lambda: G.from_float('x'))
t('G.from_decimal bad', lambda: G.from_decimal(2.5))
t('G(1,2)', lambda: G(4, 8))

# Another Rational type works through numerator/denominator.
class Ratio(numbers.Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda s: s.n)
    denominator = property(lambda s: s.d)
for name in sorted(numbers.Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(Ratio, name, lambda *a: NotImplemented)
Ratio.__abstractmethods__ = frozenset()
t('F(Ratio)', lambda: F(Ratio(3, 9)))
t('F(Ratio, Ratio)', lambda: F(Ratio(1, 2), Ratio(3, 4)))

# limit_denominator
pi = F('3.141592653589793')
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**20]:
    t('pi.limit(%d)' % m, lambda: pi.limit_denominator(m))
for f, m in [(F(1, 4), 2), (F(3, 4), 2), (F(-1, 4), 2), (F(5, 12), 3), (F(1, 6), 4), (F(-5, 12), 3),
             (F(4321, 8765), 10000), (F(1, 3), 0), (F(1, 3), -1), (F(10**20 + 1, 10**20), 10**6),
             (F(7), 1), (F(7, 2), 1), (F(-7, 2), 1), (F(1, 3), 2.5)]:
    t('limit(%r, %r)' % (f, m), lambda: f.limit_denominator(m))
t('limit default', lambda: F(0.1).limit_denominator())
t('limit subclass type', lambda: type(G(1, 3).limit_denominator(10)).__name__)
t('limit subclass type 2', lambda: type(G(22, 7 * 10**7 + 1).limit_denominator(10)).__name__)

f = F(-6, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer(), F(4, 2).is_integer())
print(f.real, f.imag, f.conjugate(), type(f.numerator).__name__)
try:
    f.numerator = 3
except AttributeError as e:
    print('AttributeError')
try:
    f.foo = 1
except AttributeError as e:
    print('AttributeError', e)
print(F._from_coprime_ints(3, 4), type(G._from_coprime_ints(3, 4)).__name__)
