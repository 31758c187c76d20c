# covariance, correlation (linear and ranked) and linear_regression.
import statistics as S
from fractions import Fraction as F


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(r).__name__, repr(r))


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
t('cov xy', lambda: S.covariance(x, y))
t('cov zy', lambda: S.covariance(z, y))
t('cov xz', lambda: S.covariance(x, z))
t('cov floats', lambda: S.covariance([0.1, 0.2, 0.7], [1.5, -2.25, 3.0]))
t('cov fractions', lambda: S.covariance([F(1, 3), F(2, 3), 1], [1, 2, 4]))
t('cov len', lambda: S.covariance([1, 2, 3], [1, 2]))
t('cov short', lambda: S.covariance([1], [1]))
t('cov short len', lambda: S.covariance([1], [1, 2]))
t('cov iter', lambda: S.covariance(iter([1, 2]), [1, 2]))
t('cor xx', lambda: S.correlation(x, x))
t('cor xz', lambda: S.correlation(x, z))
t('cor xy', lambda: S.correlation(x, y))
t('cor const', lambda: S.correlation([1, 1, 1], [3, 2, 1]))
t('cor const2', lambda: S.correlation([1, 2, 3], [5, 5, 5]))
t('cor method', lambda: S.correlation([1, 2, 3], [3, 2, 1], method='x'))
t('cor method short', lambda: S.correlation([1], [1], method='x'))
t('cor ranked', lambda: S.correlation([1, 2, 3, 4, 5], [2, 1, 4, 3, 7], method='ranked'))
t('cor ranked ties', lambda: S.correlation([1, 2, 2, 4, 5, 5], [2, 1, 4, 3, 7, 7], method='ranked'))
t('cor ranked strings', lambda: S.correlation(list('abcde'), list('edcab'), method='ranked'))
t('cor ranked const', lambda: S.correlation([1, 1, 1], [1, 2, 3], method='ranked'))
t('cor short', lambda: S.correlation([1], [1]))
t('cor len', lambda: S.correlation([1, 2], [1]))
t('cor big', lambda: S.correlation([1e200, 2e200, 4e200], [1e200, 3e200, 2e200]))
t('cor small', lambda: S.correlation([1e-200, 2e-200, 4e-200], [1e-200, 3e-200, 2e-200]))
t('cor mixed', lambda: S.correlation([1e-200, 2e-200, 4e-200], [1e200, 3e200, 2e200]))
t('cor inf', lambda: S.correlation([1, 2, float('inf')], [1, 2, 3]))
t('cor positional kw', lambda: S.correlation(x=[1, 2], y=[3, 4]))

t('lr', lambda: S.linear_regression([1, 2, 3], [2, 4, 7]))
t('lr prop', lambda: S.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
t('lr fields', lambda: S.linear_regression([1, 2, 3], [2, 4, 7])._fields)
t('lr unpack', lambda: tuple(S.linear_regression([1.5, 2, 3.25], [2, 4.5, 7])))
t('lr const', lambda: S.linear_regression([1, 1], [2, 4]))
t('lr prop zero', lambda: S.linear_regression([0, 0], [2, 4], proportional=True))
t('lr short', lambda: S.linear_regression([1], [2]))
t('lr len', lambda: S.linear_regression([1, 2], [2]))
t('lr fractions', lambda: S.linear_regression([F(1, 2), 1, F(3, 2)], [1, 2, 4]))
r = S.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(r.slope, r.intercept, r, type(r).__name__, S.LinearRegression(1, 2))
