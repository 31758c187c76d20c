# NormalDist: construction, methods, arithmetic, comparison, pickling.
import copy
import pickle
import statistics as S
from statistics import NormalDist


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, repr(r))


N = NormalDist(100, 15)
print(N, NormalDist(), NormalDist(mu=1.5), NormalDist(sigma=2), NormalDist(0, 0))
print(N.mean, N.median, N.mode, N.stdev, N.variance)
for x in (70, 85, 99.5, 100, 110, 130, 1e10, -1e10):
    print(x, repr(N.pdf(x)), repr(N.cdf(x)), repr(N.zscore(x)))
for p in (1e-300, 1e-20, 1e-10, 0.001, 0.02425, 0.075, 0.3, 0.5, 0.7, 0.925, 0.97575, 0.999,
          1 - 1e-10, 1 - 2**-53):
    print(p, repr(N.inv_cdf(p)), repr(NormalDist().inv_cdf(p)))
for n in (1, 2, 4, 10):
    print(n, N.quantiles(n))
print(N.quantiles())
t('overlap', lambda: N.overlap(NormalDist(110, 10)))
t('overlap same', lambda: N.overlap(NormalDist(100, 15)))
t('overlap same sigma', lambda: N.overlap(NormalDist(120, 15)))
t('overlap swapped', lambda: NormalDist(110, 10).overlap(N))
t('overlap wide', lambda: NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
t('overlap bad', lambda: N.overlap(1))
t('overlap zero', lambda: N.overlap(NormalDist(0, 0)))
t('neg sigma', lambda: NormalDist(0, -1))
t('str mu', lambda: NormalDist('x'))
t('pdf zero', lambda: NormalDist(0, 0).pdf(1))
t('cdf zero', lambda: NormalDist(0, 0).cdf(1))
t('zscore zero', lambda: NormalDist(0, 0).zscore(1))
t('inv_cdf zero sigma', lambda: NormalDist(3, 0).inv_cdf(0.5))
for p in (0, 1, -0.5, 1.5):
    t('inv_cdf(%r)' % p, lambda: N.inv_cdf(p))
t('inv_cdf nan', lambda: N.inv_cdf(float('nan')))

for expr in ['N + 5', '5 + N', 'N - 5', '5 - N', 'N * 2', '2 * N', 'N * -2', 'N / 2', 'N / -4',
             '-N', '+N', 'N + NormalDist(1, 2)', 'N - NormalDist(1, 2)', 'NormalDist(1, 2) - N',
             'N == NormalDist(100, 15)', 'N == NormalDist(100, 16)', 'N == 3', 'N != 3',
             'N * N', 'N / N', '3 / N', 'N + "a"', 'N < N',
             'hash(N) == hash(NormalDist(100.0, 15.0))', 'len({N, NormalDist(100, 15)})']:
    t(expr, lambda: eval(expr))

t('from_samples', lambda: NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
t('from_samples ints', lambda: NormalDist.from_samples([1, 2, 3, 4]))
t('from_samples iter', lambda: NormalDist.from_samples(iter([1.5, 2.5])))
t('from_samples one', lambda: NormalDist.from_samples([1]))
t('from_samples inf', lambda: NormalDist.from_samples([1, float('inf')]))
t('samples', lambda: N.samples(4, seed=42))
t('samples str seed', lambda: NormalDist(0, 1).samples(3, seed='abc'))
t('samples zero', lambda: N.samples(0))
t('samples len', lambda: len(N.samples(5)))


class MyND(NormalDist):
    pass


m = MyND(1, 2)
print(repr(m), type(m + 1).__name__, type(MyND.from_samples([1, 2, 3])).__name__, m == NormalDist(1, 2))
for obj in (N, m):
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        print(proto, repr(pickle.loads(pickle.dumps(obj, proto))))
    print(repr(copy.copy(obj)), repr(copy.deepcopy(obj)))
print(N.__getstate__())
try:
    N.foo = 1
except AttributeError as e:
    print(type(e).__name__)
print(sorted(NormalDist.__slots__))
print(NormalDist.__doc__, NormalDist.pdf.__doc__)
