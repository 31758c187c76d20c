"""Integer kernels of the decimal module: digit counting, rounding of a
coefficient, and fixed-point logarithms and exponentials.

Everything here works on plain Python ints.  A fixed-point value V at
scale W stands for V / 10**W.  The transcendental kernels return values
whose error is a few units in the last place; callers add guard digits
and check that the error cannot change the rounded result.
"""

from ._context import (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                       ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                       ROUND_05UP)

_POW10 = [10 ** i for i in range(64)]


def pow10(n):
    """10**n for n >= 0, cached for small n."""
    if n < 64:
        return _POW10[n]
    return 10 ** n


def ndigits(c):
    """Number of decimal digits of c >= 0 (1 for zero)."""
    if c < 1000000000000000000:
        return len(str(c))
    # bit_length * log10(2) is within one of the answer.
    n = (c.bit_length() * 1233) >> 12
    if c >= pow10(n):
        n += 1
    return n


def digits_str(c):
    """Decimal digits of c >= 0 as a string, without the int size limit."""
    if c < pow10(4000):
        return str(c)
    n = ndigits(c)
    half = n // 2
    hi, lo = divmod(c, pow10(half))
    return digits_str(hi) + digits_str(lo).rjust(half, '0')


def int_from_digits(s):
    """int(s) for a string of decimal digits, without the int size limit."""
    if len(s) <= 4000:
        return int(s)
    half = len(s) // 2
    return int_from_digits(s[:-half]) * pow10(half) + int_from_digits(s[-half:])


def round_increment(mode, sign, q, r, p):
    """Whether dropping remainder r (0 < r < p) of q*p + r rounds q up."""
    if mode == ROUND_HALF_EVEN:
        r2 = 2 * r
        return r2 > p or (r2 == p and q & 1 == 1)
    if mode == ROUND_HALF_UP:
        return 2 * r >= p
    if mode == ROUND_HALF_DOWN:
        return 2 * r > p
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    if mode == ROUND_05UP:
        return q % 5 == 0
    raise ValueError('invalid rounding mode')


def shift_round(c, k, sign, mode):
    """Drop the k > 0 lowest digits of c, rounding by mode.

    Returns (coefficient, inexact)."""
    p = pow10(k)
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if round_increment(mode, sign, q, r, p):
        q += 1
    return q, True


def safe_to_round(a, err, keep):
    """Whether every value in (a-err, a+err) rounds like a when only keep
    leading digits of a are kept: no boundary or midpoint lies within."""
    n = ndigits(a)
    drop = n - keep
    if drop <= 0:
        return False
    p = pow10(drop)
    half = p // 2
    qlo, rlo = divmod(a - err, p)
    qhi, rhi = divmod(a + err, p)
    if qlo != qhi or rlo == 0:
        return False
    if rlo < half:
        return rhi < half
    return rlo > half


# -- fixed-point constants ------------------------------------------------

def _atanh_inv(q, scale):
    """atanh(1/q) * 10**scale, truncated."""
    one = pow10(scale)
    term = one // q
    q2 = q * q
    total = 0
    k = 1
    while term:
        total += term // k
        term //= q2
        k += 2
    return total


_ln_cache = {}


def _const(name, scale):
    cached = _ln_cache.get(name)
    if cached is not None and cached[0] >= scale:
        return cached[1] // pow10(cached[0] - scale)
    work = scale + 10
    ln2 = 2 * _atanh_inv(3, work)
    if name == 'ln2':
        value = ln2
    else:
        # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
        value = 3 * ln2 + 2 * _atanh_inv(9, work)
    _ln_cache[name] = (work, value)
    return value // pow10(10)


def ln2_fixed(scale):
    return _const('ln2', scale)


def ln10_fixed(scale):
    return _const('ln10', scale)


# -- logarithm ----------------------------------------------------------------

def ln_fixed(c, e, scale):
    """ln(c * 10**e) * 10**scale for c > 0, within a few units."""
    n = ndigits(c)
    adj = e + n - 1
    work = scale + 12 + ndigits(abs(adj))
    one = pow10(work)
    # m = c / 10**(n-1) lies in [1, 10); scale it to the working precision.
    shift = work - n + 1
    m = c * pow10(shift) if shift >= 0 else c // pow10(-shift)
    # Divide by a power of two to bring m into [0.75, 1.5).
    if m < 3 * one // 2:
        j = 0
    elif m < 3 * one:
        j = 1
    elif m < 6 * one:
        j = 2
    else:
        j = 3
    m >>= j
    # ln m = 2 atanh(z), z = (m-1)/(m+1); sum the series on |z| so that
    # every truncation goes toward zero.
    negative = m < one
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    total = 0
    term = z
    k = 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    if negative:
        total = -total
    value = 2 * total + j * ln2_fixed(work) + adj * ln10_fixed(work)
    return value // pow10(work - scale)


# -- exponential ----------------------------------------------------------------

def exp_fixed_small(r, scale):
    """exp(r / 10**scale) * 10**scale for |r| <= 2 * 10**scale."""
    work = scale + 10
    one = pow10(work)
    x = r * pow10(10)
    # Halve the argument s times, sum the series, then square s times.
    s = 10
    x = x >> s if x >= 0 else -((-x) >> s)
    total = one
    term = one
    k = 1
    while term:
        term = term * x
        term = term // (one * k) if term >= 0 else -((-term) // (one * k))
        total += term
        k += 1
    for _ in range(s):
        total = total * total // one
    return total // pow10(10)


def exp_fixed(t, scale, digits):
    """Approximate exp(t / 10**scale) as (m, k) with m ~ exp(r) * 10**w and
    value = m * 10**(k - w), where w = digits + 5; |t| < 10**(scale+20)."""
    w = digits + 5
    intdigits = max(1, ndigits(abs(t)) - scale + 1)
    work = w + intdigits + 10
    if work >= scale:
        tw = t * pow10(work - scale)
    else:
        d = pow10(scale - work)
        tw = t // d if t >= 0 else -((-t) // d)
    ln10 = ln10_fixed(work)
    k = (2 * tw + ln10) // (2 * ln10)
    r = tw - k * ln10
    rw = r // pow10(work - w)
    return exp_fixed_small(rw, w), k, w
