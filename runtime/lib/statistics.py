"""Descriptive statistics for real-valued data.

Averages (mean, median, mode and friends), measures of spread
(variance, standard deviation), two-variable measures (covariance,
correlation, linear regression), kernel density estimation and the
NormalDist class.

Averages and spread are computed exactly: every value is turned into an
integer ratio and the ratios are summed as fractions, so the only
rounding is the final conversion to the result type.  The result type
follows the data: ints and Fractions stay exact, floats give floats.
The bivariate functions (covariance, correlation, linear_regression)
and fmean work in floating point with compensated sums instead.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'kde',
    'kde_random',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import numbers
import random
import sys

from fractions import Fraction
from itertools import count, groupby, repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum, sumprod
from math import pi, sin, cos, tan, cosh, asin, acos, atan
from functools import reduce
from operator import itemgetter
from collections import Counter, namedtuple

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


# === Exact summation helpers ===

def _exact_ratio(x):
    """Return x as an integer ratio (n, d); non-finite floats give (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # inf or nan: kept aside, they decide the sum on their own.
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        "to numerator/denominator") from None


def _coerce(T, S):
    """Common type of T and S for a result: int < Fraction < float."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """Exact sum of data: (result type, total as a Fraction, count)."""
    n = 0
    types = set()
    # Ratios with equal denominators are added as ints first, which is
    # much cheaper than adding Fractions one by one.
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, values):
            n += 1
            partials[den] = partials.get(den, 0) + num
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(num, den) for den, num in partials.items())
    return reduce(_coerce, types, int), total, n


def _ss(data, c=None):
    """Sum of squared deviations: (result type, total, mean, count).

    With c given the deviations are taken from c in the data's own
    arithmetic; otherwise the total is exact.
    """
    if c is not None:
        T, total, n = _sum((d := x - c) * d for x in data)
        return T, total, c, n
    n = 0
    types = set()
    sx = {}
    sxx = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, values):
            n += 1
            sx[den] = sx.get(den, 0) + num
            if den is not None:
                sxx[den] = sxx.get(den, 0) + num * num
    if not n:
        total = c = Fraction(0)
    elif None in sx:
        # A nan or inf makes the result nan or inf.
        total = c = sx[None]
    else:
        s1 = sum(Fraction(num, den) for den, num in sx.items())
        s2 = sum(Fraction(num, den * den) for den, num in sxx.items())
        # n*sum(x^2) - sum(x)^2 is poorly conditioned in floating point
        # but exact here.
        total = (n * s2 - s1 * s1) / n
        c = s1 / n
    return reduce(_coerce, types, int), total, c, n


def _is_decimal_type(T):
    # Decimal results only arise from Decimal data, so the module is loaded by then.
    decimal = sys.modules.get('decimal')
    return decimal is not None and issubclass(T, decimal.Decimal)


def _convert(value, T):
    """Convert the exact value to type T (an int result that isn't whole becomes float)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if not _is_decimal_type(T):
            raise
        # Decimal takes no Fraction: divide in the current decimal context instead.
        return T(value.numerator) / value.denominator


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a Decimal, correctly rounded in the current context."""
    from decimal import Decimal
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    # The division above rounded once already; step to a neighbour when the exact
    # root lies beyond the midpoint between root and that neighbour.
    for neighbour, beyond in ((root.next_plus(), 1), (root.next_minus(), -1)):
        qn, qd = neighbour.as_integer_ratio()
        lhs = 4 * n * (rd * qd) ** 2
        rhs = m * (rd * qn + qd * rn) ** 2
        if (lhs - rhs) * beyond > 0:
            return neighbour
    return root


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) for ints n, m > 0, rounded once to the nearest float."""
    if n <= 0:
        if n == 0:
            return 0.0
        raise ValueError('math domain error')
    # Scale by 4**k so that the integer root carries at least 55 bits;
    # a set low bit then records an inexact root, which makes float()
    # round the way the exact root would.
    k = (112 - n.bit_length() + m.bit_length()) // 2
    if k >= 0:
        a, b = n << (2 * k), m
    else:
        a, b = n, m << (-2 * k)
    q = math.isqrt(a // b)
    if q * q * b != a:
        q |= 1
    return math.ldexp(float(q), -k)


def _nonnegative(values, message='negative value'):
    # Pass the values through, raising StatisticsError at the first one < 0.
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


# === Averages ===

def mean(data):
    """Arithmetic mean of the data, computed exactly.

    The result has the data's type (int data with a fractional mean gives
    a float).  Empty data raises StatisticsError.
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Arithmetic mean in floating point, optionally weighted.

    Quicker than mean() and always a float; empty data raises
    StatisticsError.
    """
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0

            def counting(iterable):
                nonlocal n
                for n, x in enumerate(iterable, start=1):
                    yield x
            total = fsum(counting(data))
        else:
            total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean in floating point, as exp of the mean logarithm.

    A zero among the values makes the result 0.0; empty data or a
    negative value raises StatisticsError.
    """
    n = 0
    found_zero = False

    def positives(iterable):
        nonlocal n, found_zero
        for x in iterable:
            n += 1
            if x > 0.0 or math.isnan(x):
                yield x
            elif x == 0.0:
                found_zero = True
            else:
                raise StatisticsError('No negative inputs allowed', x)

    total = fsum(map(log, positives(data)))
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return exp(total / n)


_HMEAN_NEGATIVE = 'harmonic mean does not support negative values'


def harmonic_mean(data, weights=None):
    """Harmonic mean: the reciprocal of the mean of the reciprocals.

    That is n / sum(1/x), or with weights sum(w) / sum(w/x).  A zero
    value gives 0; empty data or negative values raise StatisticsError.
    """
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(_HMEAN_NEGATIVE)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_nonnegative(weights, _HMEAN_NEGATIVE))[1]
    checked = _nonnegative(data, _HMEAN_NEGATIVE)
    try:
        T, total, _ = _sum(0 if not w else w / x
                           for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def _sorted_for_median(data):
    """The data sorted, and its length; empty data has no median."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data, n


def median(data):
    """Middle value of the sorted data.

    With an even count the two central values are averaged, so
    median([2, 4, 6, 8]) is 5.0 while median([2, 4, 6]) is 4.
    """
    data, n = _sorted_for_median(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Median that is always a data point: the lower middle one for an
    even count.
    """
    data, n = _sorted_for_median(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Median that is always a data point: the upper middle one for an
    even count.
    """
    data, n = _sorted_for_median(data)
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped data, interpolated within the median's class.

    Every value is taken as the midpoint of a class of width *interval*;
    the result is the 50th percentile of that continuous distribution.
    """
    data, n = _sorted_for_median(data)
    x = data[n // 2]
    # The median lies in the class interval centred on x.
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2
    below = i          # frequency of the classes below the median's
    freq = j - i       # frequency of the median's class
    return lower + interval * (n / 2 - below) / freq


def mode(data):
    """The most frequent value of discrete or categorical data.

    Ties go to the value seen first, e.g. mode('abbcc') is 'b'.  Empty
    data raises StatisticsError.
    """
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    """All values sharing the highest frequency, in first-seen order.

    For example multimode('xxyyz') is ['x', 'y']; empty data gives [].
    """
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points that split the data into n equally likely parts.

    n=4 gives quartiles, n=10 deciles, n=100 percentiles.  Cut points are
    interpolated linearly between neighbouring sorted values.  The
    'exclusive' method treats the data as a sample from a larger
    population; 'inclusive' treats it as the whole population, with its
    minimum and maximum at the 0th and 100th percentiles.
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            lo, hi = data[j], data[j + 1]
            result.append((lo * (n - delta) + hi * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            # Cut points outside the data are clamped to the end intervals.
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            lo, hi = data[j - 1], data[j]
            result.append((lo * (n - delta) + hi * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# === Spread ===

def variance(data, xbar=None):
    """Sample variance (divisor n - 1) of at least two real values.

    xbar may supply a precomputed mean; by default the mean is found
    from the data.
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (divisor n) of at least one real value.

    mu may supply a precomputed mean; by default the mean is found from
    the data.
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of variance()."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of pvariance()."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """(mean, sample stdev) as floats, from a single pass over data."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # nan or inf in the data: the sums are floats, not fractions.
        return float(xbar), float(xbar) / float(ss)


def _sqrtprod(x, y):
    """Return sqrt(x * y), more accurately and without overflow or underflow."""
    h = sqrt(x * y)
    if not math.isfinite(h):
        if math.isinf(h) and not math.isinf(x) and not math.isinf(y):
            # The product overflowed: scale down and redo.
            scale = 2.0 ** -512
            return _sqrtprod(scale * x, scale * y) / scale
        return h
    if not h:
        if x and y:
            # The product underflowed: scale up and redo.
            scale = 2.0 ** 537
            return _sqrtprod(scale * x, scale * y) / scale
        return h
    # One Newton step on h*h = x*y, with the residual computed accurately.
    d = sumprod((x, h), (y, -h))
    return h + d / (2.0 * h)


# === Two-variable statistics ===

def covariance(x, y, /):
    """Sample covariance of two equally long sequences x and y.

    Positive when the two tend to move together, negative when they
    move in opposite directions.
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    dx = [xi - xbar for xi in x]
    dy = [yi - ybar for yi in y]
    return sumprod(dx, dy) / (n - 1)


def _rank(data, /, *, key=None, reverse=False, ties='average', start=1):
    """Rank order a dataset; tied values share the average of their ranks."""
    if ties != 'average':
        raise ValueError(f'Unknown tie resolution method: {ties!r}')
    if key is not None:
        data = map(key, data)
    ordered = sorted(zip(data, count()), reverse=reverse)
    ranks = [0] * len(ordered)
    seen = 0
    for _, run in groupby(ordered, key=itemgetter(0)):
        positions = [pos for _, pos in run]
        shared = start + seen + (len(positions) - 1) / 2
        for pos in positions:
            ranks[pos] = shared
        seen += len(positions)
    return ranks


def correlation(x, y, /, *, method='linear'):
    """Correlation coefficient of x and y, between -1.0 and +1.0.

    method='linear' gives Pearson's r (how well a straight line fits);
    method='ranked' gives Spearman's rho, Pearson's r of the ranks with
    ties given their average rank (how monotonic the relation is).
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in {'linear', 'ranked'}:
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        # Ranks centred on zero need no mean subtraction.
        start = (n - 1) / -2
        x = _rank(x, start=start)
        y = _rank(y, start=start)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = sumprod(x, y)
    sxx = sumprod(x, x)
    syy = sumprod(y, y)
    try:
        return sxy / _sqrtprod(sxx, syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', 'slope intercept')


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least-squares fit of y = slope * x + intercept.

    Returns a LinearRegression(slope, intercept) named tuple.  With
    proportional=True the line must pass through the origin, so the
    intercept is 0.0.
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = sumprod(x, y) + 0.0      # a float even for int data
    sxx = sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)



# === Kernel density estimation ===

def _newton_raphson(f_inv_estimate, f, f_prime, tolerance=1e-12):
    """Invert f by Newton's method, starting from f_inv_estimate(y)."""
    def f_inv(y):
        x = f_inv_estimate(y)
        while abs(diff := f(x) - y) > tolerance:
            x -= diff / f_prime(x)
        return x
    return f_inv


def _quartic_pdf(t):
    return 15/16 * (1.0 - t * t) ** 2


def _quartic_cdf(t):
    return 3/16 * t**5 - 5/8 * t**3 + 15/16 * t + 1/2


def _quartic_invcdf_estimate(p):
    # A fitted power curve plus a sine correction: close enough that a
    # couple of Newton steps reach full precision.  Symmetric about 1/2.
    upper = p > 1/2
    if upper:
        p = 1.0 - p
    x = pow(2.0 * p, 0.4258865685331) - 1.0
    if p >= 0.004:
        x += 0.026818732 * sin(2.73230839482953 + 7.101753784 * p)
    return -x if upper else x


def _triweight_pdf(t):
    return 35/32 * (1.0 - t * t) ** 3


def _triweight_cdf(t):
    return 35/32 * (-1/7*t**7 + 3/5*t**5 - t**3 + t) + 1/2


def _triweight_invcdf_estimate(p):
    upper = p > 1/2
    if upper:
        p = 1.0 - p
    x = pow(2.0 * p, 0.3400218741872791) - 1.0
    return -x if upper else x


def _normal_cdf(t):
    return 0.5 * (1.0 + erf(t / _SQRT2))


def _normal_invcdf(p):
    return _normal_dist_inv_cdf(p, 0.0, 1.0)


# name -> (pdf, cdf, inverse cdf, support); the kernels with a support
# are zero outside [-support, support].
_kernel_specs = {
    'normal': (lambda t: exp(-1/2 * t * t) / sqrt(2 * pi),
               _normal_cdf, _normal_invcdf, None),
    'logistic': (lambda t: 1/2 / (1.0 + cosh(t)),
                 lambda t: 1.0 - 1.0 / (exp(t) + 1.0),
                 lambda p: log(p / (1 - p)), None),
    'sigmoid': (lambda t: 1/pi / cosh(t),
                lambda t: 2/pi * atan(exp(t)),
                lambda p: log(tan(p * pi / 2)), None),
    'rectangular': (lambda t: 1/2,
                    lambda t: 1/2 * t + 1/2,
                    lambda p: 2 * p - 1, 1.0),
    'triangular': (lambda t: 1.0 - abs(t),
                   lambda t: t*t * (1/2 if t < 0.0 else -1/2) + t + 1/2,
                   lambda p: sqrt(2 * p) - 1 if p < 1/2 else 1 - sqrt(2 - 2 * p), 1.0),
    'parabolic': (lambda t: 3/4 * (1.0 - t * t),
                  lambda t: -1/4 * t**3 + 3/4 * t + 1/2,
                  lambda p: 2 * cos((acos(2 * p - 1) + pi) / 3), 1.0),
    'quartic': (_quartic_pdf, _quartic_cdf,
                _newton_raphson(_quartic_invcdf_estimate, _quartic_cdf, _quartic_pdf), 1.0),
    'triweight': (_triweight_pdf, _triweight_cdf,
                  _newton_raphson(_triweight_invcdf_estimate, _triweight_cdf, _triweight_pdf),
                  1.0),
    'cosine': (lambda t: pi/4 * cos(pi/2 * t),
               lambda t: 1/2 * sin(pi/2 * t) + 1/2,
               lambda p: 2 * asin(2 * p - 1) / pi, 1.0),
}
_kernel_specs['gauss'] = _kernel_specs['normal']
_kernel_specs['uniform'] = _kernel_specs['rectangular']
_kernel_specs['epanechnikov'] = _kernel_specs['parabolic']
_kernel_specs['biweight'] = _kernel_specs['quartic']


def _check_kde_args(data, h, kernel):
    n = len(data)
    if not n:
        raise StatisticsError('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise StatisticsError(f'Bandwidth h must be positive, not {h=!r}')
    spec = _kernel_specs.get(kernel)
    if spec is None:
        raise StatisticsError(f'Unknown kernel name: {kernel!r}')
    return spec


def kde(data, h, kernel='normal', *, cumulative=False):
    """Kernel density estimate of the distribution behind a sample.

    Returns a function of x: the estimated density, or with
    cumulative=True the estimated distribution function.  Each data
    point is replaced by a copy of the kernel scaled by the bandwidth h;
    h matters much more than the kernel's shape (larger h, smoother
    curve).

    Kernels with unbounded support: normal (alias gauss), logistic,
    sigmoid.  Kernels that vanish beyond h: rectangular (uniform),
    triangular, parabolic (epanechnikov), quartic (biweight), triweight,
    cosine.  Empty data raises StatisticsError.
    """
    K, W, _, support = _check_kde_args(data, h, kernel)

    if support is None:
        def pdf(x):
            return sum(K((x - x_i) / h) for x_i in data) / (len(data) * h)

        def cdf(x):
            return sum(W((x - x_i) / h) for x_i in data) / len(data)

    else:
        # Only points within the bandwidth contribute; a sorted copy finds
        # them by bisection.  It is rebuilt when the data changes length.
        sample = sorted(data)
        bandwidth = h * support
        n = len(data)

        def refresh():
            nonlocal sample, n
            if len(data) != n:
                sample = sorted(data)
                n = len(data)

        def pdf(x):
            refresh()
            i = bisect_left(sample, x - bandwidth)
            j = bisect_right(sample, x + bandwidth)
            supported = sample[i:j]
            return sum(K((x - x_i) / h) for x_i in supported) / (n * h)

        def cdf(x):
            refresh()
            i = bisect_left(sample, x - bandwidth)
            j = bisect_right(sample, x + bandwidth)
            supported = sample[i:j]
            # Every point below the window contributes a full 1.
            return sum((W((x - x_i) / h) for x_i in supported), i) / n

    if cumulative:
        cdf.__doc__ = f'CDF estimate with h={h!r} and kernel={kernel!r}'
        return cdf
    pdf.__doc__ = f'PDF estimate with h={h!r} and kernel={kernel!r}'
    return pdf


def kde_random(data, h, kernel='normal', *, seed=None):
    """A function drawing random values from kde(data, h, kernel).

    Each draw picks a data point and adds kernel noise scaled by h.  A
    seed (int, float, str or bytes) makes the sequence repeatable.
    Empty data raises StatisticsError.
    """
    _, _, invcdf, _ = _check_kde_args(data, h, kernel)
    prng = random.Random(seed)
    random_ = prng.random
    choice = prng.choice

    def rand():
        return choice(data) + h * invcdf(random_())

    rand.__doc__ = f'Random KDE selection with h={h!r} and kernel={kernel!r}'
    return rand


# === Normal distribution ===

def _normal_dist_inv_cdf(p, mu, sigma):
    # Wichura's algorithm AS241 (Applied Statistics, 1988): rational
    # approximations accurate to about 1 part in 10**16.
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                     6.7265770927008700853e+4) * r +
                     4.5921953931549871457e+4) * r +
                     1.3731693765509461125e+4) * r +
                     1.9715909503065514427e+3) * r +
                     1.3314166789178437745e+2) * r +
                     3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                     3.9307895800092710610e+4) * r +
                     2.1213794301586595867e+4) * r +
                     5.3941960214247511077e+3) * r +
                     6.8718700749205790830e+2) * r +
                     4.2313330701600911252e+1) * r +
                     1.0)
        x = num / den
        return mu + (x * sigma)
    # Tails: a rational function of sqrt(-log(tail probability)).
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                     2.41780725177450611770e-1) * r +
                     1.27045825245236838258e+0) * r +
                     3.64784832476320460504e+0) * r +
                     5.76949722146069140550e+0) * r +
                     4.63033784615654529590e+0) * r +
                     1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                     1.51986665636164571966e-2) * r +
                     1.48103976427480074590e-1) * r +
                     6.89767334985100004550e-1) * r +
                     1.67638483018380384940e+0) * r +
                     2.05319162663775882187e+0) * r +
                     1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                     1.24266094738807843860e-3) * r +
                     2.65321895265761230930e-2) * r +
                     2.96560571828504891230e-1) * r +
                     1.78482653991729133580e+0) * r +
                     5.46378491116411436990e+0) * r +
                     6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                     1.84631831751005468180e-5) * r +
                     7.86869131145613259100e-4) * r +
                     1.48753612908506148525e-2) * r +
                     1.36929880922735805310e-1) * r +
                     5.99832206555887937690e-1) * r +
                     1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        '_mu': 'mean (mu) of the distribution',
        '_sigma': 'standard deviation (sigma) of the distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "Normal distribution with mean mu and standard deviation sigma."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Fit a NormalDist to data via its mean and sample stdev."
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        "A list of n random draws; seed makes it reproducible."
        if seed is None:
            rnd = random.random
        else:
            rnd = random.Random(seed).random
        mu, sigma = self._mu, self._sigma
        return [_normal_dist_inv_cdf(rnd(), mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        "Probability that a draw is at most x."
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x at which cdf(x) equals p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points splitting the distribution into n
        equally probable intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient: the area shared by both densities.

        It lies between 0.0 (disjoint) and 1.0 (identical).
        """
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        # Order the pair so that the result does not depend on it.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 2.0 * NormalDist(dm, 2.0 * X._sigma).cdf(0)
        # The densities cross at x1 and x2; integrate the smaller between.
        a = X._mu * Y_var - Y._mu * X_var
        b = sqrt(dm * dm + dv * log(Y_var / X_var))
        b = X._sigma * Y._sigma * b
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above (or below) the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "The mean, mu."
        return self._mu

    @property
    def median(self):
        "The median, which equals mu."
        return self._mu

    @property
    def mode(self):
        """The mode (where the density peaks), which equals mu."""
        return self._mu

    @property
    def stdev(self):
        "The standard deviation, sigma."
        return self._sigma

    @property
    def variance(self):
        "The variance, sigma squared."
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Shift by a constant, or add an independent NormalDist.

        For two distributions the means add and so do the variances
        (valid for independent or jointly normal variables).
        """
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Shift by minus a constant, or subtract an independent NormalDist.

        For two distributions the means subtract while the variances
        still add.
        """
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Rescale by a constant (e.g. a change of units); sigma scales
        by its absolute value."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Rescale by 1/constant; sigma scales by its absolute value."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        "A plain NormalDist copy of self."
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        "Mirror image: mu changes sign, sigma is kept."
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        "other - self, for a constant other."
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        "Equal when both mu and sigma match."
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        "Hash of the (mu, sigma) pair, consistent with ==."
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
