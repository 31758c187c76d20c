"""Square root, exponential, logarithms and powers of Decimals.

exp, ln and log10 are correctly rounded (half-even) by Ziv's method:
approximate with guard digits, and if the error bound straddles a
rounding boundary, try again with more digits.  sqrt is exact integer
arithmetic.  Powers follow the reference algorithm step by step so that
their last digit agrees with it: an integral exponent uses binary
powering with a few guard digits, any other exponent computes
exp(y * ln x) with correctly rounded steps, and is reported inexact even
when the value happens to be exact.
"""

import math

from ._context import (S_INVALID, S_INEXACT, S_ROUNDED, S_CLAMPED,
                       ROUND_HALF_EVEN)
from ._kernel import (pow10, ndigits, safe_to_round, ln_fixed, ln10_fixed,
                      exp_fixed)
from ._context import MAX_EMAX, MIN_EMIN
from ._number import (FINITE, INF, QNAN, SNAN, _Status, _make, _inf, _nan,
                      _fin, _fix_nan, _check_nans, _is_integral, _int_value, _adjusted,
                      _cmp_abs, _mul, _div, _settle)

# Error bound, in units of the last digit, allowed for the kernels.
_ERR = 10


def _one_padded(sign, ctx, st):
    """1 with the full precision, marked inexact."""
    st.bits |= S_INEXACT | S_ROUNDED
    p = ctx._prec
    return _make(sign, pow10(p - 1), 1 - p)


def _etiny(ctx):
    return ctx._emin - ctx._prec + 1


def _keep(m, exp, ctx):
    """How many leading digits of m * 10**exp survive rounding."""
    adj = exp + ndigits(m) - 1
    return min(ctx._prec, adj - _etiny(ctx) + 1)


def _near_one(sign, ctx, st):
    """exp(x) for |x| < 10**-(prec+2): just above 1, or below if x < 0."""
    k = ctx._prec + 3
    coef = pow10(k) - 1 if sign else pow10(k) + 1
    return _fin(0, coef, -k, ctx, st, ROUND_HALF_EVEN)


def _excess_digits(c, e):
    """How far below 1 the adjusted exponent of |x - 1| lies (x = c*10**e)."""
    if e >= 0:
        return 0
    d = abs(c - pow10(-e))
    if d == 0:
        return 0
    return max(0, -(e + ndigits(d) - 1))


def _real_only(a, ctx, st):
    """sqrt, ln or log10 of a NaN, an infinity or a negative nonzero a;
    None where the function still has work to do (zero or positive)."""
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == INF:
        if a._sign:
            return _nan(st)
        return a
    if a._sign and a._int != 0:
        return _nan(st)
    return None


def sqrt(a, ctx, st):
    r = _real_only(a, ctx, st)
    if r is not None:
        return r
    if a._int == 0:
        return _fin(a._sign, 0, a._exp // 2, ctx, st)
    c, e = a._int, a._exp
    ideal = e // 2
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx._prec
    k = max(0, prec + 1 - (ndigits(c) + 1) // 2)
    c *= pow10(2 * k)
    root = math.isqrt(c)
    root, exp = _settle(root, e // 2 - k, ideal, root * root != c)
    return _fin(0, root, exp, ctx, st, ROUND_HALF_EVEN)


def exp(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == INF:
        return _make(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _make(0, 1, 0)
    prec = ctx._prec
    adj = _adjusted(a)
    if adj < -(prec + 2):
        return _near_one(a._sign, ctx, st)
    if adj >= 19:
        if a._sign:
            return _fin(0, 1, _etiny(ctx) - 2, ctx, st, ROUND_HALF_EVEN)
        return _fin(0, 1, ctx._emax + 1, ctx, st, ROUND_HALF_EVEN)
    c, e = a._int, a._exp
    guard = 10
    while True:
        digits = prec + guard
        scale = digits + 25
        t = c * pow10(e + scale) if e + scale >= 0 else c // pow10(-e - scale)
        if a._sign:
            t = -t
        res = _exp_result(t, scale, digits, ctx, st, ROUND_HALF_EVEN)
        if res is not None:
            return res
        guard *= 2


def _exp_result(t, scale, digits, ctx, st, mode):
    """exp(t / 10**scale) rounded, or None if more digits are needed."""
    m, k, w = exp_fixed(t, scale, digits)
    exp = k - w
    adj = exp + ndigits(m) - 1
    if adj > ctx._emax + 1:
        return _fin(0, 1, ctx._emax + 1, ctx, st, mode)
    if adj < _etiny(ctx) - 2:
        return _fin(0, 1, _etiny(ctx) - 2, ctx, st, mode)
    keep = _keep(m, exp, ctx)
    if keep < 0 or safe_to_round(m, _ERR, keep):
        return _fin(0, m, exp, ctx, st, mode)
    return None


def _log_special(a, ctx, st):
    """ln or log10 of a NaN, an infinity, zero or a negative; else None."""
    r = _real_only(a, ctx, st)
    if r is None and a._int == 0:
        r = _inf(1)
    return r


def _log_rounded(c, e, ctx, st, base10):
    """Ziv's loop for ln or log10 of c*10**e."""
    extra = _excess_digits(c, e)
    prec = ctx._prec
    guard = 10
    while True:
        scale = prec + guard + extra
        if base10:
            # ln(x) / ln(10), five extra digits absorbing the division.
            value = ln_fixed(c, e, scale + 5)
            m = abs(value) * pow10(scale) // ln10_fixed(scale + 5)
        else:
            value = ln_fixed(c, e, scale)
            m = abs(value)
        sign = 1 if value < 0 else 0
        if safe_to_round(m, _ERR, _keep(m, -scale, ctx)):
            return _fin(sign, m, -scale, ctx, st, ROUND_HALF_EVEN)
        guard *= 2


def ln(a, ctx, st):
    r = _log_special(a, ctx, st)
    if r is not None:
        return r
    c, e = a._int, a._exp
    if e <= 0 and c == pow10(-e):
        return _make(0, 0, 0)
    return _log_rounded(c, e, ctx, st, False)


def log10(a, ctx, st):
    r = _log_special(a, ctx, st)
    if r is not None:
        return r
    c, e = a._int, a._exp
    nd = ndigits(c)
    if c == pow10(nd - 1):
        adj = e + nd - 1
        return _fin(1 if adj < 0 else 0, abs(adj), 0, ctx, st)
    return _log_rounded(c, e, ctx, st, True)


def _is_odd(b):
    if b._exp > 0:
        return False
    return (b._int // pow10(-b._exp)) & 1 == 1


def power(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    y_int = _is_integral(b)
    rsign = 1 if a._sign and y_int and _is_odd(b) else 0
    if a._kind == FINITE and a._int == 0:
        if b._kind == FINITE and b._int == 0:
            return _nan(st)
        if b._sign:
            return _inf(rsign)
        return _make(rsign, 0, 0)
    if a._sign and not y_int:
        return _nan(st)
    if b._kind == INF:
        c = 1 if a._kind == INF else _cmp_abs(a, _make(0, 1, 0))
        if c == 0:
            return _one_padded(rsign, ctx, st)
        if (c > 0) == (b._sign == 0):
            return _inf(rsign)
        return _make(rsign, 0, 0)
    if a._kind == INF:
        if b._int == 0:
            return _make(0, 1, 0)
        if b._sign:
            return _make(rsign, 0, 0)
        return _inf(rsign)
    if b._int == 0:
        return _make(0, 1, 0)
    c, e = a._int, a._exp
    z = 0
    while c % pow10(z + 1) == 0:
        z += 1
    if c == pow10(z) and z + e == 0:
        # |x| == 1: exact for integral y, else 1 at full precision.
        if not y_int:
            return _one_padded(rsign, ctx, st)
        n = _int_value(b)
        if n < 0:
            return _make(rsign, 1, 0)
        zn = z * n
        if zn > ctx._prec:
            return _fin(rsign, pow10(ctx._prec), e * n + zn - ctx._prec,
                        ctx, st)
        return _fin(rsign, pow10(zn), e * n, ctx, st)
    r = _pow_bounds(a, b, rsign, ctx, st)
    if r is not None:
        return r
    if y_int:
        return _int_power(a, b, rsign, ctx, st)
    return _real_power(a, b, ctx, st)


def _exp_digits(n):
    return ndigits(abs(n))


def _pow_bounds(a, b, rsign, ctx, st):
    """Results that certainly overflow or underflow, from a lower bound
    on log10(|log10|x|| * |y|)."""
    c, e = a._int, a._exp
    t = _adjusted(a)
    if t > 0:
        zeta = _exp_digits(t) - 1
    elif t < -1:
        zeta = _exp_digits(t + 1) - 1
    else:
        if e >= 0:
            d, dexp = c * pow10(e) - 1, 0
        else:
            d, dexp = c - pow10(-e), e
        u = dexp + ndigits(abs(d)) - 1
        zeta = u - 2 if t == 0 else u - 1
    theta = _adjusted(b)
    if (t < 0) ^ (b._sign == 1):
        if _exp_digits(_etiny(ctx)) < zeta + theta:
            return _fin(rsign, 1, _etiny(ctx) - 1, ctx, st)
    elif _exp_digits(ctx._emax) < zeta + theta:
        return _fin(rsign, 1, ctx._emax + 1, ctx, st)
    return None


def _work_context(ctx, prec, wide):
    work = ctx.copy()
    work._prec = prec
    work._rounding = ROUND_HALF_EVEN
    work._clamp = 0
    work._traps = 0
    if wide:
        work._emax = MAX_EMAX
        work._emin = MIN_EMIN
    return work


def _int_power(a, b, rsign, ctx, st):
    """x**n for integral n by binary powering, each product rounded to a
    few digits beyond the precision."""
    n = _int_value(b)
    work = _work_context(ctx, ctx._prec + _adjusted(b) + 3, False)
    wst = _Status()
    base = a
    if n < 0:
        work._prec += 1
        base = _div(_make(0, 1, 0), a, work, wst)
    result = base
    for bit in bin(abs(n))[3:]:
        result = _mul(result, result, work, wst)
        if bit == '1':
            result = _mul(result, base, work, wst)
        if result._kind != FINITE or (result._int == 0 and
                                      wst.bits & S_CLAMPED):
            break
    st.bits |= wst.bits
    if result._kind == INF:
        return _fin(rsign, 1, ctx._emax + 1, ctx, st)
    return _fin(rsign, result._int, result._exp, ctx, st)


def _real_power(a, b, ctx, st):
    """exp(y * ln x) for x > 0, each step correctly rounded to guard
    digits, then rounded by the context."""
    prec = max(ndigits(a._int), ctx._prec) + 4 + 19
    work = _work_context(ctx, prec, True)
    wst = _Status()
    r = ln(_make(0, a._int, a._exp), work, wst)
    r = _mul(r, b, work, wst)
    r = exp(r, work, wst)
    st.bits |= S_INEXACT | S_ROUNDED
    if r._kind == INF:
        return _fin(0, 1, ctx._emax + 1, ctx, st)
    return _fin(0, r._int, r._exp, ctx, st)


def power_mod(a, b, m, ctx, st):
    """(a ** b) % m for integral operands."""
    for x in (a, b, m):
        if x._kind == SNAN:
            st.bits |= S_INVALID
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._kind == QNAN:
            return _fix_nan(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _nan(st)
    if b._sign and b._int:
        return _nan(st)
    mv = abs(_int_value(m))
    if mv == 0 or ndigits(mv) > ctx._prec:
        return _nan(st)
    if a._int == 0 and b._int == 0:
        return _nan(st)
    av = abs(_int_value(a))
    bv = _int_value(b)
    sign = 1 if a._sign and bv & 1 else 0
    return _make(sign, pow(av, bv, mv), 0)
