# Averages and measures of central location, with their result types and errors.
import statistics as S
from fractions import Fraction as F


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e, e.args if isinstance(e, S.StatisticsError) else '')
    else:
        print(label, '->', type(r).__name__, repr(r))


print(S.__all__)
print(S.StatisticsError.__mro__[1].__name__)
nan, inf = float('nan'), float('inf')
datasets = [[], [5], [1, 2], [1, 2, 3], [1, 2.5], [F(1, 3), 2], [F(1, 3), 2.0], [True, False],
            [True, True], [3, 1, 4, 1, 5, 9, 2, 6], [0.1] * 10, [1e308, 1e308], [1e-320, 3e-320],
            [1, inf], [inf, -inf], [1, nan], [F(1, 2), F(1, 3), F(1, 6)], [-1, -2, -4],
            [10**30, 1], [2.5, 3, F(1, 2)], ['a'], [1, 'a'], [1 + 2j], [None]]
for d in datasets:
    for fn in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
               'mode', 'multimode', 'geometric_mean', 'harmonic_mean'):
        t('%s(%r)' % (fn, d), lambda: getattr(S, fn)(d))

t('mean iter', lambda: S.mean(iter([1, 2, 3, 4])))
t('mean gen', lambda: S.mean(x * x for x in range(5)))
t('fmean iter', lambda: S.fmean(iter([1, 2])))
t('fmean empty iter', lambda: S.fmean(iter([])))
t('fmean weights', lambda: S.fmean([1, 2, 3], [1, 1, 2]))
t('fmean weights iter', lambda: S.fmean(iter([1, 2, 3]), iter([0.5, 0.25, 0.25])))
t('fmean weights len', lambda: S.fmean([1, 2], [1]))
t('fmean weights zero', lambda: S.fmean([1, 2], [1, -1]))
t('fmean weights zero2', lambda: S.fmean([1, 2], [0, 0]))
t('geometric zeros', lambda: S.geometric_mean([0, 0]))
t('geometric zero inf', lambda: S.geometric_mean([0, inf]))
t('geometric neg', lambda: S.geometric_mean([1, -1]))
t('geometric iter', lambda: S.geometric_mean(iter([2, 8])))
t('geometric empty', lambda: S.geometric_mean(iter([])))
t('harmonic weights', lambda: S.harmonic_mean([40, 60], [5, 30]))
t('harmonic weights iter', lambda: S.harmonic_mean(iter([40, 60]), iter([5, 30])))
t('harmonic weights len', lambda: S.harmonic_mean([40, 60], [5]))
t('harmonic neg weight', lambda: S.harmonic_mean([40], [-1]))
t('harmonic zero weights', lambda: S.harmonic_mean([40, 60], [0, 0]))
t('harmonic weight zero item', lambda: S.harmonic_mean([40, 0], [1, 0]))
t('harmonic zero', lambda: S.harmonic_mean([1, 0, 3]))
t('harmonic neg', lambda: S.harmonic_mean([1, -2]))
t('harmonic single neg', lambda: S.harmonic_mean([-7]))
t('harmonic single F', lambda: S.harmonic_mean([F(1, 3)]))
t('harmonic fractions', lambda: S.harmonic_mean([F(1, 3), F(1, 2)]))
t('harmonic weighted ints', lambda: S.harmonic_mean([1, 2, 3], [1, 2, 3]))
t('median_grouped interval', lambda: S.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2))
t('median_grouped interval0', lambda: S.median_grouped([1, 2, 3], interval=0))
t('median_grouped str interval', lambda: S.median_grouped([1], 'x'))
t('median_grouped F', lambda: S.median_grouped([F(1, 2), F(3, 2)]))
t('median_grouped 3', lambda: S.median_grouped([1, 3, 3, 5, 7]))
t('median_grouped big', lambda: S.median_grouped([52, 52, 53, 54]))
t('median strings', lambda: S.median(['b', 'a', 'c']))
t('median_low strings', lambda: S.median_low(['b', 'a', 'c', 'd']))
t('mode strings', lambda: S.mode(['red', 'red', 'green', 'blue', 'blue']))
t('mode first', lambda: S.mode([1, 2, 2, 1, 3]))
t('mode iter', lambda: S.mode(iter('abracadabra')))
t('multimode', lambda: S.multimode('aabbbbccddddeeffffgg'))
t('multimode empty', lambda: S.multimode(''))
t('mode unhashable', lambda: S.mode([[1], [1]]))

# Quantiles.
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99,
        91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121,
        111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
for n in (1, 2, 3, 4, 10):
    for method in ('exclusive', 'inclusive'):
        t('quantiles(n=%d, %s)' % (n, method), lambda: S.quantiles(data, n=n, method=method))
for d in ([1], [], [1, 2], [1.5, 2.5], list(range(1, 11)), [F(1, 2), F(1, 3), 1],
          [3.25, 1.5, 2.0, 7.75]):
    t('quantiles(%r)' % (d,), lambda: S.quantiles(d))
    t('quantiles(%r, n=7, inclusive)' % (d,), lambda: S.quantiles(d, n=7, method='inclusive'))
t('quantiles n=0', lambda: S.quantiles([1, 2], n=0))
t('quantiles n=0 empty', lambda: S.quantiles([], n=0))
t('quantiles bad method', lambda: S.quantiles([1, 2], method='foo'))
t('quantiles bad method single', lambda: S.quantiles([1], method='foo'))
t('quantiles iter', lambda: S.quantiles(iter(range(10)), n=3))
t('quantiles positional', lambda: S.quantiles([1, 2], 3))
