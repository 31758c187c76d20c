"""sqrt, exp, ln, log10 and powers: special values, exact cases, overflow
and underflow, and correctly rounded results at higher precisions."""

from decimal import *

D = Decimal


def show(label, f, c=None):
    c = c or getcontext()
    c.clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, '%s: %s' % (type(e).__name__, e))
        return
    print(label, repr(r), ','.join(k.__name__ for k, v in c.flags.items() if v))


c = Context(traps=[])
for a in ['0', '-0', '0E-3', '0E+3', '1', '1.00', '-1', '2', '4', '16.00', '1.6',
          '0.0001', '1E-3', '100', '1E+3', '0.25', '2.25E-6', 'Inf', '-Inf', 'NaN', 'sNaN',
          '1E-999999', '9.99E+999999', '10', '0.1', '1E+100', '123.456', '-2']:
    x = D(a)
    for name in ['sqrt', 'exp', 'ln', 'log10']:
        show('%s %s' % (name, a), lambda: getattr(c, name)(x), c)

for a in ['1E-30', '-1E-30', '1E-100', '-1E-100', '230258', '-230258', '2302600',
          '-2302600', '1E+10', '-1E+10', '0.693147180559945309417232121458']:
    show('exp %s' % a, lambda: c.exp(D(a)), c)

for prec in [1, 2, 3, 50, 80]:
    cp = Context(prec=prec, traps=[])
    for a in ['2', '0.5', '10', '3.14159', '1.0000001', '0.9999999', '1E+50', '7E-40']:
        x = D(a)
        for name in ['sqrt', 'exp', 'ln', 'log10']:
            show('p%d %s %s' % (prec, name, a), lambda: getattr(cp, name)(x), cp)

for a in ['1', '1.0', '1.000', '-1', '-1.0', '10E-1', '0.1E1', '2', '2.0', '0.5',
          '10', '-3', '1.1', '12', '0.02', '1E+5', '0', '-0', 'Inf', '-Inf', '4', '25']:
    for b in ['Inf', '-Inf', '0.5', '2', '-1', '3', '1E+100', '-2', '0', '1.5', '-0.5',
              '30', '1E+1', '40', '-40', '7', '2.0', 'NaN']:
        show('pow %s %s' % (a, b), lambda: c.power(D(a), D(b)), c)

for a, b in [('0.001', '1000000.5'), ('0.001', '1000001'), ('-0.001', '1000001'),
             ('1000', '1000000.5'), ('1000', '1000001'), ('-1000', '1000001'),
             ('0.001', '-1000000.5'), ('1000', '-1000001'), ('0.5', '3000000'),
             ('2', '-3000000'), ('0.0001', '250000'), ('0.0001', '249993'),
             ('1.0000001', '1E+30'), ('0.9999999', '1E+30'), ('1.0000001', '-1E+30'),
             ('7', '1E-40'), ('7', '-1E-40')]:
    for rounding in [ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_DOWN]:
        cr = Context(rounding=rounding, traps=[])
        show('pow %s %s %s' % (rounding, a, b), lambda: cr.power(D(a), D(b)), cr)

cs = Context(prec=5, Emin=-9, Emax=9, traps=[])
for a, b in [('0.0023', '100'), ('-2.75E-8', '7'), ('8E-8', '7'), ('0.1', '9'),
             ('0.1', '13'), ('10', '9'), ('10', '10'), ('3', '20'), ('-3', '21'),
             ('0.5', '30.5'), ('2', '33.5')]:
    for rounding in [ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP]:
        cs.rounding = rounding
        show('pow small %s %s %s' % (rounding, a, b), lambda: cs.power(D(a), D(b)), cs)

print(D(2) ** D('0.5'), D(10) ** -3, D('1.5') ** 3, 2 ** D(10), D('-8') ** 3)
with localcontext(prec=60):
    print(D(2).sqrt(), D(2).ln(), D(2).exp(), D(2).log10(), D(3) ** D('1.5'))
