# Random data sets: every result must match to the last bit (exact sums, correct rounding).
import statistics as S, random, math
from fractions import Fraction as F
R = random.Random(1234)
out = []
def t(name, f):
    try: r = f()
    except Exception as e: r = (type(e).__name__, str(e))
    out.append(f'{name} {r!r}')
for trial in range(40):
    n = R.randint(2, 30)
    kind = trial % 4
    if kind == 0: d = [R.random() * 100 for _ in range(n)]
    elif kind == 1: d = [R.randint(-1000, 1000) for _ in range(n)]
    elif kind == 2: d = [R.uniform(-1e10, 1e10) for _ in range(n)]
    else: d = [F(R.randint(-100, 100), R.randint(1, 50)) for _ in range(n)]
    e = [R.random() * 10 - 3 for _ in range(n)]
    w = [R.random() for _ in range(n)]
    for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'variance', 'pvariance', 'stdev', 'pstdev', 'quantiles'):
        t(name, lambda: getattr(S, name)(d))
    t('q10i', lambda: S.quantiles(d, n=10, method='inclusive'))
    t('q7', lambda: S.quantiles(d, n=7))
    t('mg', lambda: S.median_grouped(d, 3))
    t('varx', lambda: S.variance(d, S.mean(d)))
    t('pvarx', lambda: S.pvariance(d, 1.5))
    t('stdevx', lambda: S.stdev(d, 2))
    t('fmw', lambda: S.fmean(d, w))
    t('gm', lambda: S.geometric_mean([abs(x) + 1 for x in d]))
    t('hm', lambda: S.harmonic_mean([abs(x) + 1 for x in d]))
    t('hmw', lambda: S.harmonic_mean([abs(x) + 1 for x in d], w))
    t('cov', lambda: S.covariance(d, e))
    t('cor', lambda: S.correlation(d, e))
    t('corr', lambda: S.correlation(d, e, method='ranked'))
    t('lr', lambda: S.linear_regression(d, e))
    t('lrp', lambda: S.linear_regression(d, e, proportional=True))
    t('nd', lambda: S.NormalDist.from_samples(d))
    nd = S.NormalDist(R.uniform(-5, 5), R.uniform(0.1, 10))
    x = R.uniform(-10, 10)
    p = R.random()
    t('pdf', lambda: (nd.pdf(x), nd.cdf(x), nd.inv_cdf(p), nd.inv_cdf(p / 1e10), nd.inv_cdf(1 - p / 1e5), nd.zscore(x), nd.quantiles(5)))
    t('ovl', lambda: nd.overlap(S.NormalDist(R.uniform(-5, 5), R.uniform(0.1, 10))))
    t('smp', lambda: nd.samples(3, seed=trial))
print('\n'.join(out))
