# Variance and standard deviation: exact sums, result types and special values.
import statistics as S
from fractions import Fraction as F


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, repr(r))


nan, inf = float('nan'), float('inf')
datasets = [[], [1], [1, 2], [1, 2, 3, 4], [1, 2, 3], [F(1, 2), F(3, 4)], [F(1, 3), 1, 2.5],
            [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
            [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], [0.1] * 7, [1e308, -1e308],
            [1e16, 1, -1e16], [1, nan], [1, inf], [inf, -inf], [inf, inf], [True, False, True],
            [10**20, 10**20 + 1, 10**20 + 2], [5, 5, 5], ['a', 'b'], [1, 1j]]
for d in datasets:
    for fn in ('variance', 'pvariance', 'stdev', 'pstdev'):
        t('%s(%r)' % (fn, d), lambda: getattr(S, fn)(d))

for d, c in [([1, 2, 3], 2), ([1, 2, 3], 2.5), ([1, 2, 3], F(1, 2)), ([1.5, 2.5], 2),
             ([F(1, 3), F(2, 3)], F(1, 2)), ([1, 2], nan), ([], 1), ([1], 1)]:
    for fn in ('variance', 'pvariance', 'stdev', 'pstdev'):
        t('%s(%r, %r)' % (fn, d, c), lambda: getattr(S, fn)(d, c))
t('variance iter', lambda: S.variance(iter([1, 2, 3, 4])))
t('pstdev gen', lambda: S.pstdev(x / 4 for x in range(9)))
t('stdev large', lambda: S.stdev([10**30 + i for i in range(5)]))
t('stdev tiny', lambda: S.stdev([5e-324, 1e-323, 0.0]))
t('pvariance huge', lambda: S.pvariance([1e300, -1e300]))
t('stdev huge', lambda: S.stdev([1e300, -1e300, 1e300]))
t('variance coerce', lambda: S.variance([F(1, 2), 1.5, 2]))

class MyFloat(float):
    pass

t('variance subclass', lambda: S.variance([MyFloat(1.5), MyFloat(2.5), 4]))
t('mean subclass', lambda: S.mean([MyFloat(1.5), MyFloat(2.5)]))
t('mean bool', lambda: S.mean([True, True, False]))
