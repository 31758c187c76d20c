"""Random sqrt, exp, ln, log10, powers, scaleb, shift and rotate under random contexts."""

import random
from decimal import *

random.seed(2024)

def rnd_dec(r):
    k = r.random()
    if k < 0.04:
        return r.choice(['NaN', 'sNaN', 'Inf', '-Inf', '-0', '0', '1', '1.000', '-1', '10', '100', '0.01'])
    nd = r.randint(1, 10)
    digits = ''.join(r.choice('0123456789') for _ in range(nd))
    exp = r.randint(-12, 4)
    sign = r.choice(['', '', '-'])
    return '%s%sE%d' % (sign, digits, exp)

def flags(c):
    return ','.join(k.__name__ for k, v in c.flags.items() if v)

def run(label, f):
    c = getcontext()
    c.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    print(label, r if isinstance(r, str) else repr(r), flags(c))

roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
small_exps = ['2', '3', '-1', '-2', '0.5', '1.5', '-0.5', '0.25', '7', '-3', '2.5', '12', '0.1', '-1.25']
for i in range(150):
    prec = random.choice([1, 2, 5, 9, 16, 28, 40])
    emax = random.choice([9, 99, 999999])
    ctx = Context(prec=prec, rounding=random.choice(roundings), Emin=-emax, Emax=emax, traps=[])
    setcontext(ctx)
    a = Decimal(rnd_dec(random))
    b = Decimal(random.choice(small_exps)) if random.random() < 0.6 else Decimal(rnd_dec(random))
    print('#', i, prec, ctx.rounding, emax, repr(a), repr(b))
    run('sqrt', lambda: a.sqrt())
    run('exp', lambda: a.exp())
    run('ln', lambda: a.ln())
    run('log10', lambda: a.log10())
    run('pow', lambda: a ** b)
    run('powabs', lambda: abs(a) ** b)
    run('powm', lambda: pow(a.to_integral_value(), abs(b.to_integral_value()), 97))
    run('scaleb', lambda: a.scaleb(b))
    run('shift', lambda: a.to_integral_value().shift(b.to_integral_value()))
    run('rotate', lambda: a.to_integral_value().rotate(b.to_integral_value()))
