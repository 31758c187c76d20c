# kde and kde_random: every kernel, pdf and cdf, seeded selections, errors.
import random
import statistics as S
from fractions import Fraction as F


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


kernels = ['normal', 'gauss', 'logistic', 'sigmoid', 'rectangular', 'uniform', 'triangular',
           'parabolic', 'epanechnikov', 'quartic', 'biweight', 'triweight', 'cosine']
R = random.Random(7)
for kernel in kernels:
    for trial in range(4):
        data = [R.uniform(-5, 5) for _ in range(R.randint(1, 10))]
        if trial == 3:
            data = [R.randint(-5, 5) for _ in range(6)]
        h = R.uniform(0.2, 3)
        f = S.kde(data, h, kernel)
        g = S.kde(data, h, kernel, cumulative=True)
        big = 1e300 if kernel not in ('logistic', 'sigmoid') else 300.0
        xs = [R.uniform(-8, 8) for _ in range(6)] + [data[0], -big, big]
        print(kernel, [f(x) for x in xs])
        print(kernel, [g(x) for x in xs])
        r = S.kde_random(data, h, kernel, seed=trial)
        print(kernel, [r() for _ in range(6)])

sample = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
f_hat = S.kde(sample, h=1.5)
print(round(sum(f_hat(x) for x in range(-20, 20)), 4))
for x in range(-6, 11):
    print(f'{x:2}: {f_hat(x):.3f}')
cdf = S.kde(sample, h=1.5, cumulative=True)
print(round(cdf(7.5) - cdf(4.5), 2))
rand = S.kde_random(sample, h=1.5, seed=8675309)
print([round(rand(), 1) for i in range(10)])

f = S.kde([1, 2], 1, 'rectangular')
print(f(0), f(1), f(2), f(3), f(float('inf')), f(float('nan')))
print(f.__name__, f.__qualname__, f.__doc__)
g = S.kde([1, 2], 0.5, 'cosine', cumulative=True)
print(g.__name__, g.__doc__, g(0), g(1.5), g(5))
r = S.kde_random((1, 2), 2.5, 'uniform', seed='x')
print(r.__name__, r.__qualname__, r.__doc__, r())

# The functions read the data list when called.
d = [1.0, 2.0]
f = S.kde(d, 1, 'triangular')
g = S.kde(d, 1, 'normal')
print(f(1.5), g(1.5))
d.append(10.0)
print(f(1.5), g(1.5), f(10), g(10))
r = S.kde_random(d, 1, seed=1)
print(r())
d.clear()
t('rand empty', r)

for fn in (S.kde, S.kde_random):
    for args in [([], 0, 'foo'), (['a'], 0), (['a'], 1, 'foo'), ([], 1, 'foo'), ([1], 0, 'foo'),
                 ([1], -2.5), ([1], 'x', 'foo'), ([F(1, 2)], 1), (iter([1]), 1), ([1], 1, 'Normal'),
                 ('ab', 1), ([True], 1)]:
        t(fn.__name__ + repr(args).split(' object at')[0], lambda: type(fn(*args)).__name__)
t('kw', lambda: S.kde(data=[1], h=1, kernel='sigmoid')(0))
t('cum kw', lambda: S.kde([1], 1, cumulative=1)(0))
t('rand kw', lambda: S.kde_random(data=[1], h=1, kernel='cosine', seed=3)())
t('rand pos seed', lambda: S.kde_random([1], 1, 'cosine', 3))
t('pdf str', lambda: S.kde([1], 1)('a'))
