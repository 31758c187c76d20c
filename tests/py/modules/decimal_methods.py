"""Decimal methods and their Context counterparts: logical operations,
shifts, neighbours, classification, total ordering, quantize and friends."""

from decimal import *

D = Decimal


def flags(c):
    out = ','.join(k.__name__ for k, v in c.flags.items() if v)
    c.clear_flags()
    return out


def show(label, f, c=None):
    c = c or getcontext()
    c.clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, '%s: %s' % (type(e).__name__, e))
        return
    print(label, repr(r), flags(c))


c = Context(prec=9, traps=[])
for a, b in [('1101', '1011'), ('1', '0'), ('0', '0'), ('111111111', '1'),
             ('1111111111', '1'), ('12', '1'), ('-1', '1'), ('1E+1', '1'),
             ('1.0', '1'), ('NaN', '1'), ('Inf', '1'), ('10', '11')]:
    x, y = D(a), D(b)
    show('and %s %s' % (a, b), lambda: c.logical_and(x, y), c)
    show('or %s %s' % (a, b), lambda: x.logical_or(y, c), c)
    show('xor %s %s' % (a, b), lambda: c.logical_xor(x, y), c)
    show('invert %s' % a, lambda: x.logical_invert(c), c)

for a in ['123456789', '12', '-12.5', '0', 'Inf', '-Inf', 'NaN5', 'sNaN', '1E+5']:
    for n in ['0', '1', '-1', '3', '-3', '9', '-9', '10', '-10', '1.5', '1E+1', 'Inf', 'NaN']:
        x, y = D(a), D(n)
        show('shift %s %s' % (a, n), lambda: x.shift(y, c), c)
        show('rotate %s %s' % (a, n), lambda: c.rotate(x, y), c)

c = Context(prec=5, Emin=-9, Emax=9, traps=[])
for a in ['0', '-0', '1', '-1', '9.9999E+9', '-9.9999E+9', '1E-13', '-1E-13',
          '1.2345E-10', 'Inf', '-Inf', 'NaN', 'sNaN', '123456789', '0E-20']:
    x = D(a)
    show('next_plus %s' % a, lambda: c.next_plus(x), c)
    show('next_minus %s' % a, lambda: x.next_minus(c), c)
    for b in ['0', '1', '-1', 'Inf', '-Inf', 'NaN', a]:
        y = D(b)
        show('next_toward %s %s' % (a, b), lambda: c.next_toward(x, y), c)
    print(a, x.number_class(c), c.number_class(x), x.is_normal(c), x.is_subnormal(c),
          x.is_zero(), x.is_signed(), x.is_nan(), x.is_qnan(), x.is_snan(),
          x.is_finite(), x.is_infinite(), x.is_canonical(), c.is_normal(x),
          c.is_subnormal(x), c.is_zero(x), c.is_signed(x), c.is_finite(x))
    show('logb %s' % a, lambda: c.logb(x), c)
    show('normalize %s' % a, lambda: c.normalize(x), c)
    show('scaleb %s' % a, lambda: c.scaleb(x, 3), c)
    show('scaleb- %s' % a, lambda: x.scaleb(-30, c), c)

print(D(5).is_normal(), D('1e-999999').is_subnormal(), D('1e-1000000').number_class())

values = ['-NaN2', '-NaN1', '-sNaN', '-Inf', '-2', '-1.0', '-1', '-0', '0', '0E-3',
          '0E+3', '1', '1.0', '1.00', '2', 'Inf', 'sNaN', 'sNaN1', 'NaN', 'NaN3']
ds = [D(v) for v in values]
for x in ds:
    print(x, [int(x.compare_total(y)) for y in ds])
    print(x, [int(x.compare_total_mag(y)) for y in ds])
print([str(v) for v in sorted(ds, key=lambda d: __import__('functools').cmp_to_key(
    lambda a, b: int(a.compare_total(b)))(d))])
print(c.compare_total(1, 2), c.compare_total_mag(-3, 2), c.same_quantum(1, D('1.0')))

c = Context(prec=5, traps=[])
for a, b in [('1', '2'), ('2', '1'), ('1', '1.0'), ('-1', '-1.0'), ('0', '-0'),
             ('NaN', '1'), ('1', 'NaN'), ('NaN', 'NaN2'), ('sNaN', '1'), ('1', 'sNaN'),
             ('-Inf', 'Inf'), ('-3', '2'), ('123456789', '1'), ('-2', '2'), ('2', '-2')]:
    x, y = D(a), D(b)
    for name in ['max', 'min', 'max_mag', 'min_mag', 'compare', 'compare_signal',
                 'same_quantum', 'copy_sign', 'remainder_near', 'quantize']:
        show('%s %s %s' % (name, a, b), lambda: getattr(c, name)(x, y), c)
    show('fma %s %s' % (a, b), lambda: c.fma(x, y, D('0.123456')), c)

show('fma inf', lambda: c.fma(D('Inf'), 0, D('NaN7')), c)
show('fma snan', lambda: c.fma(2, 3, D('sNaN4')), c)
show('fma exact', lambda: D('1.23456789').fma(D('1.23456789'), D('-1.52415787')), c)

x = D('12.345')
for rounding in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                 ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(rounding, x.quantize(D('0.01'), rounding=rounding),
          (-x).quantize(D('1E+1'), rounding), x.to_integral_value(rounding),
          (-x).to_integral_exact(rounding=rounding), x.to_integral(rounding))
show('quantize bad rounding', lambda: x.quantize(D(1), rounding='nope'))
show('quantize ctx', lambda: x.quantize(D('1E-10'), context=Context(prec=5)))
show('quantize big', lambda: D('1e999999').quantize(D('1e-999999')))
show('quantize float', lambda: x.quantize(0.1))
show('quantize int', lambda: x.quantize(1))
show('to_integral_exact', lambda: D('-0.5').to_integral_exact())
show('to_integral_exact inf', lambda: D('-Inf').to_integral_exact())
show('to_integral_exact snan', lambda: D('sNaN').to_integral_value(context=Context(traps=[])))

c = Context(prec=4, Emax=5, Emin=-5, clamp=1, traps=[])
for a in ['1E+5', '1.2E+3', '100', '0E+10', '-0.000', '123456', '1.000E+2']:
    show('normalize clamp %s' % a, lambda: c.normalize(D(a)), c)
    show('plus clamp %s' % a, lambda: c.plus(D(a)), c)

# Context methods with ints and bad operands.
c = Context(prec=6, traps=[])
for name, args in [('abs', (-3,)), ('add', (1, 2)), ('subtract', (1, D('0.5'))),
                   ('multiply', (7, 6)), ('divide', (1, 7)), ('divide_int', (7, 2)),
                   ('remainder', (7, 2)), ('remainder_near', (7, 2)), ('divmod', (7, 2)),
                   ('power', (2, 10)), ('power', (2, 10, 1000)), ('sqrt', (2,)),
                   ('exp', (1,)), ('ln', (10,)), ('log10', (2,)), ('logb', (1000,)),
                   ('minus', (5,)), ('plus', (-5,)), ('copy_abs', (-2,)),
                   ('copy_negate', (2,)), ('copy_decimal', (3,)), ('copy_sign', (1, -2)),
                   ('to_sci_string', (D('1E+3'),)), ('to_eng_string', (D('1E+4'),)),
                   ('to_integral', (D('2.5'),)), ('to_integral_exact', (D('2.5'),)),
                   ('to_integral_value', (D('3.5'),)), ('radix', ()), ('Etiny', ()),
                   ('Etop', ()), ('canonical', (D(1),)), ('canonical', (1,)),
                   ('is_canonical', (D(2),)), ('is_canonical', (2,)), ('is_nan', (2,)),
                   ('is_qnan', (D('NaN'),)), ('is_snan', (D('sNaN'),)),
                   ('is_infinite', (1,)), ('add', (1.5, 1)), ('add', ('1', 1)),
                   ('divide', (1, 0)), ('sqrt', (1.5,)), ('power', (2, 0.5)),
                   ('create_decimal', ('1.2345678',)), ('create_decimal', (1 + 1j,)),
                   ('create_decimal_from_float', ('x',)), ('_apply', (D('1.23456789'),)),
                   ('_apply', (123456789,))]:
    show('ctx.%s%r' % (name, args), lambda: getattr(c, name)(*args), c)

for name in ['compare', 'max', 'scaleb', 'shift', 'logical_and', 'same_quantum',
             'next_toward', 'copy_sign', 'compare_total', 'remainder_near']:
    show('method %s float' % name, lambda: getattr(D(1), name)(1.5))
    show('method %s str' % name, lambda: getattr(D(1), name)('1'))
show('fma float', lambda: D(1).fma(1.5, 1))
show('quantize str', lambda: D(1).quantize('1'))
show('ctx arg', lambda: D(1).sqrt(context=3))
show('ctx arg2', lambda: D(1).exp(3))
