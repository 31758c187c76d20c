"""Random arithmetic on Decimals under random contexts: results and flags."""

import random
from decimal import *

random.seed(777)

def rnd_dec(r):
    k = r.random()
    if k < 0.03:
        return r.choice(['NaN', '-NaN', 'sNaN', 'NaN12', 'Inf', '-Inf', '-0', '0E+3', '0E-5'])
    nd = r.randint(1, 12)
    digits = ''.join(r.choice('0123456789') for _ in range(nd))
    exp = r.randint(-15, 10)
    sign = r.choice(['', '-'])
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

ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
    ('divmod', lambda a, b: divmod(a, b)),
    ('rn', lambda a, b: a.remainder_near(b)),
    ('cmp', lambda a, b: a.compare(b)), ('cmps', lambda a, b: a.compare_signal(b)),
    ('ct', lambda a, b: a.compare_total(b)), ('ctm', lambda a, b: a.compare_total_mag(b)),
    ('max', lambda a, b: a.max(b)), ('min', lambda a, b: a.min(b)),
    ('maxm', lambda a, b: a.max_mag(b)), ('minm', lambda a, b: a.min_mag(b)),
    ('q', lambda a, b: a.quantize(b)), ('sq', lambda a, b: a.same_quantum(b)),
    ('nt', lambda a, b: a.next_toward(b)), ('cs', lambda a, b: a.copy_sign(b)),
    ('lt', lambda a, b: a < b), ('eq', lambda a, b: a == b),
    ('fma', lambda a, b: a.fma(b, a)),
]
unops = [
    ('neg', lambda a: -a), ('pos', lambda a: +a), ('abs', lambda a: abs(a)),
    ('np', lambda a: a.next_plus()), ('nm', lambda a: a.next_minus()),
    ('norm', lambda a: a.normalize()), ('tiv', lambda a: a.to_integral_value()),
    ('tie', lambda a: a.to_integral_exact()), ('logb', lambda a: a.logb()),
    ('nc', lambda a: a.number_class()), ('eng', lambda a: a.to_eng_string()),
    ('str', lambda a: str(a)), ('adj', lambda a: a.adjusted()),
    ('tup', lambda a: a.as_tuple()), ('plus', lambda a: getcontext().plus(a)),
    ('cd', lambda a: getcontext().create_decimal(a)),
]
roundings = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(150):
    prec = random.choice([1, 3, 5, 9, 16, 28])
    emax = random.choice([5, 20, 999999])
    ctx = Context(prec=prec, rounding=random.choice(roundings), Emin=-emax, Emax=emax,
                  clamp=random.choice([0, 0, 1]), traps=[])
    setcontext(ctx)
    a = Decimal(rnd_dec(random))
    b = Decimal(rnd_dec(random))
    print('#', i, prec, ctx.rounding, emax, ctx.clamp, repr(a), repr(b))
    for name, f in ops:
        run(name, lambda: f(a, b))
    for name, f in unops:
        run(name, lambda: f(a))
