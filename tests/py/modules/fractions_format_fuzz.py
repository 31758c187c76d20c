# Random format specs on random fractions, compared with the reference output.
import random
from fractions import Fraction as F
R = random.Random(99)
fills = ['', '*', '0', ' ', 'x']
out = []
for i in range(2000):
    spec = ''
    if R.random() < 0.3:
        spec += R.choice(fills) + R.choice('<>=^')
    spec += R.choice(['', '', '+', '-', ' '])
    typed = R.random() < 0.8
    if typed and R.random() < 0.2: spec += 'z'
    if R.random() < 0.2: spec += '#'
    if R.random() < 0.3: spec += '0'
    if R.random() < 0.5: spec += str(R.randint(0, 25))
    if R.random() < 0.3: spec += R.choice(',_')
    if typed and R.random() < 0.6: spec += '.' + str(R.randint(0, 12))
    if typed: spec += R.choice('eEfFgG%')
    k = R.random()
    if k < 0.3: v = F(R.randint(-10**6, 10**6), R.randint(1, 10**4))
    elif k < 0.5: v = F(R.randint(-99, 99), 10 ** R.randint(0, 12))
    elif k < 0.7: v = F(R.random() * 10 ** R.randint(-20, 20))
    elif k < 0.8: v = F(R.choice([5, 15, 25, 95, 995, 9995, 99995, -5, -995]), 10 ** R.randint(1, 6))
    else: v = F(R.randint(-10**30, 10**30), R.randint(1, 10**15))
    try: r = format(v, spec)
    except Exception as e: r = type(e).__name__ + str(e)
    out.append(f'{v!r} {spec!r} {r!r}')
print('\n'.join(out))
