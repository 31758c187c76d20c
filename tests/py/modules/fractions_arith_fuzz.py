# Random operands: arithmetic, comparisons, hashing, rounding and limit_denominator.
import random, math
from fractions import Fraction as F
R = random.Random(11)
def rnd():
    k = R.random()
    if k < 0.4: return F(R.randint(-10**6, 10**6), R.randint(1, 10**6))
    if k < 0.6: return R.randint(-50, 50)
    if k < 0.8: return R.uniform(-100, 100)
    return F(R.randint(-10**40, 10**40), R.randint(1, 10**25))
out = []
for i in range(1500):
    a, b = rnd(), rnd()
    if not isinstance(a, F): a = F(a)
    r = []
    for op in ('+', '-', '*', '/', '//', '%', '<', '==', '>='):
        try: r.append(eval('a %s b' % op))
        except Exception as e: r.append(type(e).__name__)
    try: r.append(divmod(a, b))
    except Exception as e: r.append(type(e).__name__)
    r += [hash(a), float(a), round(a), round(a, 3), a.limit_denominator(R.randint(1, 1000)), math.floor(a), math.ceil(a)]
    try: r.append(a ** R.randint(-3, 3))
    except Exception as e: r.append(type(e).__name__)
    out.append(repr(r))
print('\n'.join(out))
