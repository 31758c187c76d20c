"""The Decimal class: construction, conversions, comparisons and the
basic arithmetic of the General Decimal Arithmetic Specification.

A Decimal holds a sign (0 or 1), an integer coefficient, an exponent and
a kind: finite, infinite, quiet NaN or signaling NaN (a NaN keeps its
diagnostic payload in the coefficient).  Operations compute an exact or
sticky-digit result and pass it to _fin, which applies the context's
precision, rounding and exponent limits; the conditions met along the way
are collected in a status mask that the context turns into flags and
traps once the operation is done.
"""

import math
import numbers
import re
import sys
from collections import namedtuple

from ._context import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
    ROUND_UP, ROUND_HALF_DOWN, MAX_PREC, MAX_EMAX, MIN_EMIN, Context,
    getcontext,
    S_INVALID, S_CONVERSION, S_DIV_IMPOSSIBLE, S_DIV_UNDEFINED, S_FLOAT,
    S_DIV_ZERO, S_OVERFLOW, S_UNDERFLOW, S_SUBNORMAL, S_INEXACT, S_ROUNDED,
    S_CLAMPED)
from ._kernel import pow10, ndigits, digits_str, int_from_digits, shift_round

FINITE, INF, QNAN, SNAN = 0, 1, 2, 3

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent',
                          module='decimal')

_HASH_MOD = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf
# 10 has an inverse modulo the (prime) hash modulus.
_HASH_INV10 = pow(10, _HASH_MOD - 2, _HASH_MOD)

_NUMBER = re.compile(r"""
    (?P<sign>[-+])?
    (?:
        (?P<int>\d*)(?:\.(?P<frac>\d*))?(?:E(?P<exp>[-+]?\d+))?
      | (?P<inf>Inf(?:inity)?)
      | (?P<nan>s?NaN)(?P<diag>\d*)
    )\Z""", re.VERBOSE | re.IGNORECASE)

# Exponents beyond this cannot be represented by the arithmetic at all.
_EXP_LIMIT = 2 ** 63 - 1


class _Status:
    """The conditions met by one operation."""

    __slots__ = ('bits',)

    def __init__(self):
        self.bits = 0


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _make(sign, coef, exp, kind=FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


def _inf(sign):
    return _make(sign, 0, 0, INF)


def _nan(st, cond=S_INVALID):
    st.bits |= cond
    return _make(0, 0, 0, QNAN)


def _fix_nan(d, ctx):
    """A quiet NaN whose payload fits the context's precision."""
    room = ctx._prec - ctx._clamp
    payload = d._int
    if payload and ndigits(payload) > room:
        payload = payload % pow10(room) if room > 0 else 0
    if d._kind == QNAN and payload == d._int:
        return d
    return _make(d._sign, payload, 0, QNAN)


def _check_nans(a, b, ctx, st):
    """The NaN result of a binary operation, or None if neither is a NaN."""
    if a._kind < QNAN and (b is None or b._kind < QNAN):
        return None
    if a._kind == SNAN:
        st.bits |= S_INVALID
        return _fix_nan(a, ctx)
    if b is not None and b._kind == SNAN:
        st.bits |= S_INVALID
        return _fix_nan(b, ctx)
    if a._kind == QNAN:
        return _fix_nan(a, ctx)
    return _fix_nan(b, ctx)


def _overflow(sign, ctx, st, mode):
    st.bits |= S_OVERFLOW | S_INEXACT | S_ROUNDED
    if mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (mode == ROUND_CEILING and sign == 0) or \
            (mode == ROUND_FLOOR and sign == 1):
        return _inf(sign)
    prec = ctx._prec
    return _make(sign, pow10(prec) - 1, ctx._emax - prec + 1)


def _fin(sign, coef, exp, ctx, st, mode=None):
    """Fit an exact (or sticky-digit) result into the context."""
    prec = ctx._prec
    emax = ctx._emax
    if mode is None:
        mode = ctx._rounding
    if coef == 0:
        etiny = ctx._emin - prec + 1
        if exp < etiny:
            exp = etiny
            st.bits |= S_CLAMPED
        else:
            top = emax - prec + 1 if ctx._clamp else emax
            if exp > top:
                exp = top
                st.bits |= S_CLAMPED
        return _make(sign, 0, exp)
    nd = ndigits(coef)
    adj = exp + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, st, mode)
    if ctx._clamp and nd <= prec:
        top = emax - prec + 1
        if exp > top:
            coef *= pow10(exp - top)
            exp = top
            st.bits |= S_CLAMPED
    if adj < ctx._emin:
        etiny = ctx._emin - prec + 1
        st.bits |= S_SUBNORMAL
        if adj < etiny - 1:
            # Far below the smallest subnormal only a sticky digit matters.
            coef, exp = 1, etiny - 2
        if exp < etiny:
            coef, inexact = shift_round(coef, etiny - exp, sign, mode)
            exp = etiny
            st.bits |= S_ROUNDED
            if inexact:
                st.bits |= S_INEXACT | S_UNDERFLOW
                if coef == 0:
                    st.bits |= S_CLAMPED
        return _make(sign, coef, exp)
    if nd > prec:
        coef, inexact = shift_round(coef, nd - prec, sign, mode)
        exp += nd - prec
        st.bits |= S_ROUNDED
        if inexact:
            st.bits |= S_INEXACT
        if coef == pow10(prec):
            coef //= 10
            exp += 1
        if exp + prec - 1 > emax:
            return _overflow(sign, ctx, st, mode)
    return _make(sign, coef, exp)


def _done(result, ctx, st):
    ctx._signal(st.bits)
    return result


def _from_int(value):
    value = int(value)
    if value < 0:
        return _make(1, -value, 0)
    return _make(0, value, 0)


def _from_float(f):
    if math.isnan(f):
        return _make(1 if math.copysign(1.0, f) < 0 else 0, 0, 0, QNAN)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if math.isinf(f):
        return _inf(sign)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k exactly.
    return _make(sign, n * 5 ** k, -k)


def _parse(text, ctx, st, limit_payload=False):
    """Convert a string exactly; a bad string gives NaN and ConversionSyntax.

    With limit_payload, a NaN payload must fit the context's precision."""
    s = text.strip().replace('_', '')
    m = _NUMBER.match(s)
    if m is None or (m.group('nan') is None and m.group('inf') is None and
                     not m.group('int') and not m.group('frac')):
        return _nan(st, S_CONVERSION)
    sign = 1 if m.group('sign') == '-' else 0
    if m.group('inf'):
        return _inf(sign)
    nan = m.group('nan')
    if nan:
        diag = m.group('diag')
        payload = int_from_digits(diag) if diag else 0
        if limit_payload and payload and \
                ndigits(payload) > ctx._prec - ctx._clamp:
            return _nan(st, S_CONVERSION)
        return _make(sign, payload, 0, SNAN if nan[0] in 'sS' else QNAN)
    intpart = m.group('int') or ''
    frac = m.group('frac') or ''
    exp = int(m.group('exp')) if m.group('exp') else 0
    exp -= len(frac)
    if not -_EXP_LIMIT <= exp <= _EXP_LIMIT:
        return _nan(st)
    return _make(sign, int_from_digits(intpart + frac), exp)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    kind = FINITE
    if isinstance(exp, str):
        if exp == 'F':
            return _inf(sign)
        if exp == 'n':
            kind = QNAN
        elif exp == 'N':
            kind = SNAN
        else:
            raise ValueError("string argument in the third position must be "
                             "'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dig in digits:
        if not isinstance(dig, int) or not 0 <= dig <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dig
    if kind != FINITE:
        return _make(sign, coef, 0, kind)
    return _make(sign, coef, exp)


def _convert(other):
    """Operand conversion for operators: NotImplemented for foreign types."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _convert_strict(other):
    """Operand conversion for methods: foreign types raise TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' %
                    type(other).__name__)


def _is_integral(d):
    if d._kind != FINITE:
        return False
    return d._exp >= 0 or d._int % pow10(-d._exp) == 0


def _int_value(d):
    """The integer value of a finite Decimal, truncated toward zero."""
    if d._exp >= 0:
        v = d._int * pow10(d._exp)
    else:
        v = d._int // pow10(-d._exp)
    return -v if d._sign else v


def _adjusted(d):
    return d._exp + ndigits(d._int) - 1


def _cmp_abs(a, b):
    """Compare the magnitudes of two finite Decimals."""
    if a._int == 0 or b._int == 0:
        return (a._int != 0) - (b._int != 0)
    aa, ab = _adjusted(a), _adjusted(b)
    if aa != ab:
        return 1 if aa > ab else -1
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= pow10(a._exp - b._exp)
    else:
        cb *= pow10(b._exp - a._exp)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    """Numerical comparison of two non-NaN Decimals: -1, 0 or 1."""
    if a._kind == INF or b._kind == INF:
        va = (-1 if a._sign else 1) if a._kind == INF else 0
        vb = (-1 if b._sign else 1) if b._kind == INF else 0
        return (va > vb) - (va < vb)
    a_zero = a._int == 0
    b_zero = b._int == 0
    if a_zero and b_zero:
        return 0
    if a_zero:
        return 1 if b._sign else -1
    if b_zero:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    r = _cmp_abs(a, b)
    return -r if a._sign else r


def _rescale(d, exp, mode):
    """d's coefficient moved to exponent exp, rounding if digits drop.

    Returns (coefficient, rounded, inexact)."""
    if exp <= d._exp:
        return d._int * pow10(d._exp - exp), False, False
    if d._int == 0:
        return 0, False, False
    coef, inexact = shift_round(d._int, exp - d._exp, d._sign, mode)
    return coef, True, inexact


# -- the arithmetic kernels ----------------------------------------------------

def _add(a, b, ctx, st, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._kind == INF or b._kind == INF:
        if a._kind == INF and b._kind == INF and a._sign != bsign:
            return _nan(st)
        return _inf(a._sign if a._kind == INF else bsign)
    asign = a._sign
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    exp = min(ae, be)
    prec = ctx._prec
    if ac == 0 and bc == 0:
        if asign == bsign:
            sign = asign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fin(sign, 0, exp, ctx, st)
    if ac == 0 or bc == 0:
        sign, c, e = (bsign, bc, be) if ac == 0 else (asign, ac, ae)
        # Pad toward the smaller exponent, but no further than needed to
        # show the context that zeros were dropped.
        target = max(exp, e - (prec + 1 - ndigits(c)))
        if target < e:
            c *= pow10(e - target)
            e = target
        return _fin(sign, c, e, ctx, st)
    # An operand far below the other's last significant place only acts as
    # a sticky digit; shrink it so the alignment stays small.
    adj_a = ae + ndigits(ac) - 1
    adj_b = be + ndigits(bc) - 1
    if adj_a > adj_b:
        lim = min(ae, adj_a - prec) - 1
        if adj_b < lim:
            bc, be = 1, lim - 1
    elif adj_b > adj_a:
        lim = min(be, adj_b - prec) - 1
        if adj_a < lim:
            ac, ae = 1, lim - 1
    exp = min(ae, be)
    va = ac * pow10(ae - exp)
    vb = bc * pow10(be - exp)
    if asign:
        va = -va
    if bsign:
        vb = -vb
    total = va + vb
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fin(sign, 0, exp, ctx, st)
    if total < 0:
        return _fin(1, -total, exp, ctx, st)
    return _fin(0, total, exp, ctx, st)


def _mul(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == INF or b._kind == INF:
        if (a._kind != INF and a._int == 0) or (b._kind != INF and b._int == 0):
            return _nan(st)
        return _inf(sign)
    return _fin(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == INF:
        if b._kind == INF:
            return _nan(st)
        return _inf(sign)
    if b._kind == INF:
        st.bits |= S_CLAMPED
        return _make(sign, 0, ctx._emin - ctx._prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _nan(st, S_DIV_UNDEFINED)
        st.bits |= S_DIV_ZERO
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fin(sign, 0, ideal, ctx, st)
    return _divide_coefs(sign, a._int, b._int, ideal, ctx, st)


def _divide_coefs(sign, ac, bc, ideal, ctx, st):
    """(ac / bc) * 10**ideal, exact where possible, at the ideal exponent."""
    prec = ctx._prec
    shift = ndigits(bc) - ndigits(ac) + prec + 1
    if shift >= 0:
        q, r = divmod(ac * pow10(shift), bc)
    else:
        q, r = divmod(ac, bc * pow10(-shift))
    q, exp = _settle(q, ideal - shift, ideal, r != 0)
    return _fin(sign, q, exp, ctx, st)


def _settle(q, exp, ideal, inexact):
    """q*10**exp made ready for rounding: when a nonzero part was discarded,
    a sticky last digit marks it; when exact, trailing zeros go up to the
    ideal exponent."""
    if inexact:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return q, exp


def _divint_parts(a, b, ctx, st):
    """Integer quotient and remainder of finite nonzero-divisor operands.

    Returns (q, rem_coef, rem_exp) or None for DivisionImpossible."""
    exp = min(a._exp, b._exp)
    va = a._int * pow10(a._exp - exp)
    vb = b._int * pow10(b._exp - exp)
    q, r = divmod(va, vb)
    if q and ndigits(q) > ctx._prec:
        return None
    return q, r, exp


def _divint(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == INF:
        if b._kind == INF:
            return _nan(st)
        return _inf(sign)
    if b._kind == INF:
        return _make(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _nan(st, S_DIV_UNDEFINED)
        st.bits |= S_DIV_ZERO
        return _inf(sign)
    parts = _divint_parts(a, b, ctx, st)
    if parts is None:
        return _nan(st, S_DIV_IMPOSSIBLE)
    return _fin(sign, parts[0], 0, ctx, st)


def _rem_special(a, b, ctx, st):
    """A remainder that needs no division: NaNs, infinities, zero divisor;
    else None."""
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._kind == INF:
        return _nan(st)
    if b._kind == INF:
        return _fin(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _nan(st, S_DIV_UNDEFINED)
        return _nan(st)
    return None


def _rem(a, b, ctx, st):
    r = _rem_special(a, b, ctx, st)
    if r is not None:
        return r
    parts = _divint_parts(a, b, ctx, st)
    if parts is None:
        return _nan(st, S_DIV_IMPOSSIBLE)
    return _fin(a._sign, parts[1], parts[2], ctx, st)


def _divmod(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r, r
    sign = a._sign ^ b._sign
    if a._kind == INF:
        if b._kind == INF:
            n = _nan(st)
            return n, n
        return _inf(sign), _nan(st)
    if b._kind == INF:
        return _make(sign, 0, 0), _fin(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            n = _nan(st, S_DIV_UNDEFINED)
            return n, n
        st.bits |= S_DIV_ZERO
        return _inf(sign), _nan(st)
    parts = _divint_parts(a, b, ctx, st)
    if parts is None:
        n = _nan(st, S_DIV_IMPOSSIBLE)
        return n, n
    q, rc, re_ = parts
    return _fin(sign, q, 0, ctx, st), _fin(a._sign, rc, re_, ctx, st)


def _rem_near(a, b, ctx, st):
    r = _rem_special(a, b, ctx, st)
    if r is not None:
        return r
    exp = min(a._exp, b._exp)
    va = a._int * pow10(a._exp - exp)
    vb = b._int * pow10(b._exp - exp)
    q, rem = divmod(va, vb)
    # Round the quotient to nearest, ties to even.
    if 2 * rem > vb or (2 * rem == vb and q & 1):
        q += 1
        rem -= vb
    if q and ndigits(q) > ctx._prec:
        return _nan(st, S_DIV_IMPOSSIBLE)
    sign = a._sign
    if rem < 0:
        sign ^= 1
        rem = -rem
    return _fin(sign, rem, exp, ctx, st)


def _minus_zero_sign(ctx):
    return 1 if ctx._rounding == ROUND_FLOOR else 0


def _plus(a, ctx, st, negate=False):
    """0 + a (or 0 - a): a fitted to the context."""
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    sign = a._sign ^ 1 if negate else a._sign
    if a._kind == INF:
        return _inf(sign)
    if a._int == 0 and sign:
        # Adding a negative zero to +0 gives +0 except when rounding down.
        sign = _minus_zero_sign(ctx)
    return _fin(sign, a._int, a._exp, ctx, st)


def _quantize(a, b, mode, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._kind == INF or b._kind == INF:
        if a._kind == INF and b._kind == INF:
            return _inf(a._sign)
        return _nan(st)
    exp = b._exp
    prec = ctx._prec
    if not ctx._emin - prec + 1 <= exp <= ctx._emax:
        return _nan(st)
    if a._int == 0:
        return _fin(a._sign, 0, exp, ctx, st)
    if _adjusted(a) - exp + 1 > prec:
        return _nan(st)
    coef, rounded, inexact = _rescale(a, exp, mode)
    if ndigits(coef) > prec:
        return _nan(st)
    adj = exp + ndigits(coef) - 1
    if coef and (adj > ctx._emax or adj < ctx._emin - prec + 1):
        return _nan(st)
    if rounded:
        st.bits |= S_ROUNDED
    if inexact:
        st.bits |= S_INEXACT
    return _fin(a._sign, coef, exp, ctx, st)


def _to_integral(a, mode, ctx, st, exact):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._kind == INF or a._exp >= 0:
        return a
    coef, rounded, inexact = _rescale(a, 0, mode)
    if exact:
        if rounded:
            st.bits |= S_ROUNDED
        if inexact:
            st.bits |= S_INEXACT
    return _make(a._sign, coef, 0)


def _max_min(a, b, ctx, st, want_max, by_mag):
    # A single quiet NaN loses to a number.
    if a._kind == SNAN or b._kind == SNAN or \
            (a._kind == QNAN and b._kind == QNAN):
        return _check_nans(a, b, ctx, st)
    if a._kind == QNAN:
        return _plus_exact(b, ctx, st)
    if b._kind == QNAN:
        return _plus_exact(a, ctx, st)
    c = 0
    if by_mag:
        c = _cmp_abs_any(a, b)
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        c = _total_order(a, b)
    pick = a if c == 0 or (c > 0) == want_max else b
    return _plus_exact(pick, ctx, st)


def _plus_exact(a, ctx, st):
    """a fitted to the context, keeping the sign of a zero."""
    if a._kind == INF:
        return a
    return _fin(a._sign, a._int, a._exp, ctx, st)


def _cmp_abs_any(a, b):
    if a._kind == INF or b._kind == INF:
        return (a._kind == INF) - (b._kind == INF)
    return _cmp_abs(a, b)


def _total_order(a, b):
    """The total ordering of compare_total: -1, 0 or 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    r = _total_order_mag(a, b)
    return -r if a._sign else r


def _total_order_mag(a, b):
    rank = {FINITE: 0, INF: 1, SNAN: 2, QNAN: 3}
    ra, rb = rank[a._kind], rank[b._kind]
    if ra != rb:
        return 1 if ra > rb else -1
    if a._kind in (QNAN, SNAN):
        return (a._int > b._int) - (a._int < b._int)
    if a._kind == INF:
        return 0
    c = _cmp_abs(a, b)
    if c:
        return c
    return (a._exp > b._exp) - (a._exp < b._exp)


def _logical_digits(d, ctx):
    """The digits of a logical operand, or None if it is not one."""
    if d._kind != FINITE or d._sign or d._exp != 0:
        return None
    s = digits_str(d._int)
    if s.strip('01'):
        return None
    # Only the lowest prec digits take part.
    return s[-ctx._prec:].rjust(ctx._prec, '0')


def _logical(a, b, ctx, st, op):
    da = _logical_digits(a, ctx)
    db = _logical_digits(b, ctx) if b is not None else '0' * ctx._prec
    if da is None or db is None:
        return _nan(st)
    if op == 'and':
        out = ''.join('1' if x == '1' and y == '1' else '0'
                      for x, y in zip(da, db))
    elif op == 'or':
        out = ''.join('1' if x == '1' or y == '1' else '0'
                      for x, y in zip(da, db))
    elif op == 'xor':
        out = ''.join('1' if x != y else '0' for x, y in zip(da, db))
    else:
        out = ''.join('0' if x == '1' else '1' for x in da)
    return _make(0, int(out), 0)


def _shift_rotate(a, b, ctx, st, rotate):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    prec = ctx._prec
    if b._kind != FINITE or b._exp != 0 or not -prec <= _int_value(b) <= prec:
        return _nan(st)
    if a._kind == INF:
        return _inf(a._sign)
    n = _int_value(b)
    mod = pow10(prec)
    coef = a._int % mod
    if rotate:
        n %= prec
        coef = (coef * pow10(n)) % mod + coef // pow10(prec - n)
    elif n >= 0:
        coef = (coef * pow10(n)) % mod
    else:
        coef //= pow10(-n)
    return _make(a._sign, coef, a._exp)


def _next(a, ctx, st, up):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    prec = ctx._prec
    etop = ctx._emax - prec + 1
    if a._kind == INF:
        if a._sign == (0 if up else 1):
            return a
        return _make(a._sign, pow10(prec) - 1, etop)
    etiny = ctx._emin - prec + 1
    mode = ROUND_CEILING if up else ROUND_FLOOR
    if a._int == 0:
        return _make(0 if up else 1, 1, etiny)
    # Nudge by less than the smallest subnormal, then round outward.
    work = _Status()
    nudge = _make(0 if up else 1, 1, min(etiny, _adjusted(a) - prec - 1) - 2)
    sub = ctx.copy()
    sub._rounding = mode
    sub._traps = 0
    res = _add(a, nudge, sub, work)
    return res


def _next_toward(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _make(b._sign, a._int, a._exp, a._kind)
    res = _next(a, ctx, st, c < 0)
    if res._kind == INF:
        st.bits |= S_OVERFLOW | S_INEXACT | S_ROUNDED
    elif _adjusted(res) < ctx._emin:
        st.bits |= S_UNDERFLOW | S_SUBNORMAL | S_INEXACT | S_ROUNDED
        if res._int == 0:
            st.bits |= S_CLAMPED
    return res


def _int_by_mode(d, mode):
    if d._kind == QNAN or d._kind == SNAN:
        raise ValueError('cannot convert NaN to integer')
    if d._kind == INF:
        raise OverflowError('cannot convert Infinity to integer')
    coef, _, _ = _rescale(d, 0, mode)
    return -coef if d._sign else coef


def _run(kernel, ctx, *args):
    """Apply an operation kernel under ctx, then signal its conditions."""
    st = _Status()
    return _done(kernel(*args, ctx, st), ctx, st)


def _binary(name, kernel):
    """The operator pair (forward and reflected) of a binary kernel."""
    def forward(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _run(kernel, getcontext(), self, other)

    def reflected(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _run(kernel, getcontext(), other, self)
    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    return forward, reflected


def _comparison(op):
    """A rich comparison operator; NotImplemented for foreign types."""
    def method(self, other):
        r = self._compare_with(other, op)
        return NotImplemented if r is None else r
    method.__name__ = '__%s__' % op
    return method


def _compare(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    return _from_int(_cmp(a, b)) if r is None else r


def _compare_signal(a, b, ctx, st):
    if a._kind >= QNAN or b._kind >= QNAN:
        st.bits |= S_INVALID
    return _compare(a, b, ctx, st)


def _power(a, b, modulo, ctx, st):
    if modulo is None:
        return _transcend.power(a, b, ctx, st)
    return _transcend.power_mod(a, b, modulo, ctx, st)


def _negate(a, ctx, st):
    return _plus(a, ctx, st, True)


def _abs(a, ctx, st):
    return _plus(a, ctx, st, a._sign == 1)


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


class Decimal:
    """Floating-point decimal number, exact or rounded to a context."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        ctx = _ctx(context)
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, str):
            st = _Status()
            d = _parse(value, ctx, st)
            ctx._signal(st.bits)
        elif isinstance(value, float):
            ctx._signal(S_FLOAT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(tuple(value))
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._int = d._int
        self._exp = d._exp
        self._kind = d._kind
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float (or int) to a Decimal exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- representation --------------------------------------------------

    def __str__(self):
        return self._to_string(getcontext()._capitals, False)

    def __repr__(self):
        return "Decimal('%s')" % self

    def to_eng_string(self, context=None):
        """Convert to a string using engineering notation."""
        return self._to_string(_ctx(context)._capitals, True)

    def _to_string(self, capitals, eng):
        sign = '-' if self._sign else ''
        kind = self._kind
        if kind == INF:
            return sign + 'Infinity'
        if kind != FINITE:
            payload = digits_str(self._int) if self._int else ''
            return sign + ('sNaN' if kind == SNAN else 'NaN') + payload
        digits = digits_str(self._int)
        exp = self._exp
        adj = exp + len(digits) - 1
        if exp <= 0 and adj >= -6:
            point = len(digits) + exp
            if exp == 0:
                body = digits
            elif point > 0:
                body = digits[:point] + '.' + digits[point:]
            else:
                body = '0.' + '0' * -point + digits
            return sign + body
        e = 'E' if capitals else 'e'
        if not eng:
            dot = 1
            shown = adj
        elif self._int == 0:
            # A zero shows its exponent rounded up to a multiple of three.
            shown = -(-exp // 3) * 3
            pad = shown - exp
            body = '0' + ('.' + '0' * pad if pad else '')
            if shown:
                body += '%s%+d' % (e, shown)
            return sign + body
        else:
            shown = adj - adj % 3
            dot = adj - shown + 1
        if dot >= len(digits):
            body = digits + '0' * (dot - len(digits))
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if shown:
            body += '%s%+d' % (e, shown)
        return sign + body

    def __format__(self, spec, override=None):
        if override is not None:
            if not isinstance(override, dict):
                raise TypeError('optional argument must be a dict')
            raise NotImplementedError(
                'Decimal.__format__ with a locale override dict')
        return _format.format_decimal(self, spec, getcontext())

    def as_tuple(self):
        """Return the DecimalTuple (sign, digits, exponent)."""
        if self._kind == INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind != FINITE:
            digits = tuple(map(int, digits_str(self._int))) if self._int \
                else ()
            return DecimalTuple(self._sign, digits,
                                'N' if self._kind == SNAN else 'n')
        return DecimalTuple(self._sign, tuple(map(int, digits_str(self._int))),
                            self._exp)

    def as_integer_ratio(self):
        """Return (n, d), the value as a fraction in lowest terms."""
        if self._kind == INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._int
        if self._exp >= 0:
            n *= pow10(self._exp)
            d = 1
        else:
            d = pow10(-self._exp)
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    # -- predicates and simple queries -----------------------------------

    def adjusted(self):
        """Return the exponent of the most significant digit."""
        if self._kind != FINITE:
            return 0
        return _adjusted(self)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == FINITE

    def is_infinite(self):
        return self._kind == INF

    def is_nan(self):
        return self._kind >= QNAN

    def is_qnan(self):
        return self._kind == QNAN

    def is_snan(self):
        return self._kind == SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == FINITE and self._int == 0

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._kind != FINITE or self._int == 0:
            return False
        return _adjusted(self) >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._kind != FINITE or self._int == 0:
            return False
        return _adjusted(self) < ctx._emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == SNAN:
            return 'sNaN'
        if self._kind == QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == INF:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if _adjusted(self) < ctx._emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._kind != FINITE or other._kind != FINITE:
            return (self._kind >= QNAN and other._kind >= QNAN) or \
                (self._kind == INF and other._kind == INF)
        return self._exp == other._exp

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # -- sign manipulation ------------------------------------------------

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _make(self._sign ^ 1, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _make(other._sign, self._int, self._exp, self._kind)

    # -- comparisons -------------------------------------------------------

    def _compare_with(self, other, op):
        """Rich comparison; None when other is of a foreign type."""
        ctx = getcontext()
        if isinstance(other, Decimal):
            b = other
        elif isinstance(other, int):
            b = _from_int(other)
        elif isinstance(other, float):
            _float_operation(ctx, op)
            b = _from_float(other)
        elif isinstance(other, complex):
            if op not in ('eq', 'ne') or other.imag != 0:
                return None
            _float_operation(ctx, op)
            b = _from_float(other.real)
        elif isinstance(other, numbers.Rational):
            return self._compare_rational(other, op, ctx)
        else:
            return None
        return self._compare_decimal(b, op, ctx)

    def _compare_decimal(self, b, op, ctx):
        if self._kind >= QNAN or b._kind >= QNAN:
            if op in ('eq', 'ne'):
                if self._kind == SNAN or b._kind == SNAN:
                    ctx._signal(S_INVALID)
                return op == 'ne'
            ctx._signal(S_INVALID)
            return False
        return _test(op, _cmp(self, b))

    def _compare_rational(self, other, op, ctx):
        if self._kind >= QNAN:
            return self._compare_decimal(self, op, ctx)
        if self._kind == INF:
            return _test(op, -1 if self._sign else 1)
        # Compare self * den with num exactly.
        n, d = other.numerator, other.denominator
        scaled = _make(self._sign, self._int * d, self._exp)
        return _test(op, _cmp(scaled, _from_int(n)))

    __eq__ = _comparison('eq')
    __ne__ = _comparison('ne')
    __lt__ = _comparison('lt')
    __le__ = _comparison('le')
    __gt__ = _comparison('gt')
    __ge__ = _comparison('ge')

    def compare(self, other, context=None):
        """Compare numerically, giving Decimal -1, 0 or 1 (or NaN)."""
        return self._binop(other, _compare, context)

    def compare_signal(self, other, context=None):
        """Like compare(), but any NaN signals InvalidOperation."""
        return self._binop(other, _compare_signal, context)

    def compare_total(self, other, context=None):
        """Compare by the total ordering of representations."""
        other = _convert_strict(other)
        return _from_int(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        """compare_total() on the absolute values."""
        other = _convert_strict(other)
        return _from_int(_total_order_mag(self, other))

    def __hash__(self):
        if self._kind == SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == QNAN:
            return object.__hash__(self)
        if self._kind == INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MOD)
        else:
            scale = pow(_HASH_INV10, -self._exp, _HASH_MOD)
        h = self._int * scale % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._kind != FINITE or self._int != 0

    # -- conversions -----------------------------------------------------

    def __int__(self):
        return _int_by_mode(self, ROUND_DOWN)

    def __trunc__(self):
        return _int_by_mode(self, ROUND_DOWN)

    def __floor__(self):
        return _int_by_mode(self, ROUND_FLOOR)

    def __ceil__(self):
        return _int_by_mode(self, ROUND_CEILING)

    def __float__(self):
        if self._kind == SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == QNAN:
            return -math.nan if self._sign else math.nan
        if self._kind == INF:
            return -math.inf if self._sign else math.inf
        return float(self._to_string(1, False))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is None:
            return _int_by_mode(self, ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    # -- arithmetic operators ----------------------------------------------

    __add__, __radd__ = _binary('add', _add)
    __sub__, __rsub__ = _binary('sub', _sub)
    __mul__, __rmul__ = _binary('mul', _mul)
    __truediv__, __rtruediv__ = _binary('truediv', _div)
    __floordiv__, __rfloordiv__ = _binary('floordiv', _divint)
    __mod__, __rmod__ = _binary('mod', _rem)
    __divmod__, __rdivmod__ = _binary('divmod', _divmod)

    def __pow__(self, other, modulo=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
        return _run(_power, getcontext(), self, other, modulo)

    def __rpow__(self, other, modulo=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo)

    def __neg__(self):
        return _run(_negate, getcontext(), self)

    def __pos__(self):
        return _run(_plus, getcontext(), self)

    def __abs__(self):
        return _run(_abs, getcontext(), self)

    # -- arithmetic methods ------------------------------------------------

    def _unary(self, kernel, context, *args):
        ctx = _ctx(context)
        st = _Status()
        return _done(kernel(self, *args, ctx, st), ctx, st)

    def _binop(self, other, kernel, context):
        other = _convert_strict(other)
        ctx = _ctx(context)
        st = _Status()
        return _done(kernel(self, other, ctx, st), ctx, st)

    def fma(self, other, third, context=None):
        """Return self*other+third with a single rounding."""
        other = _convert_strict(other)
        third = _convert_strict(third)
        ctx = _ctx(context)
        st = _Status()
        # The product is exact: only the sum is rounded.
        exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX)
        product = _mul(self, other, exact, st)
        if product._kind >= QNAN:
            r = _check_nans(product, third, ctx, st)
        else:
            r = _add(product, third, ctx, st)
        return _done(r, ctx, st)

    def remainder_near(self, other, context=None):
        """Remainder from division rounding the quotient to nearest."""
        return self._binop(other, _rem_near, context)

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of exp."""
        exp = _convert_strict(exp)
        ctx = _ctx(context)
        mode = ctx._rounding if rounding is None else _check_rounding(rounding)
        st = _Status()
        return _done(_quantize(self, exp, mode, ctx, st), ctx, st)

    def _integral(self, rounding, context, exact):
        ctx = _ctx(context)
        mode = ctx._rounding if rounding is None else _check_rounding(rounding)
        st = _Status()
        return _done(_to_integral(self, mode, ctx, st, exact), ctx, st)

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer, without signalling Inexact or Rounded."""
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded as needed."""
        return self._integral(rounding, context, True)

    def normalize(self, context=None):
        """Round to the context and strip trailing zeros."""
        ctx = _ctx(context)
        st = _Status()
        r = _check_nans(self, None, ctx, st)
        if r is None:
            if self._kind == INF:
                r = self
            else:
                r = _fin(self._sign, self._int, self._exp, ctx, st)
                if r._kind == FINITE:
                    r = _strip(r, ctx)
        return _done(r, ctx, st)

    def max(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _max_min(
            a, b, c, s, True, False), context)

    def min(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _max_min(
            a, b, c, s, False, False), context)

    def max_mag(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _max_min(
            a, b, c, s, True, True), context)

    def min_mag(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _max_min(
            a, b, c, s, False, True), context)

    def next_plus(self, context=None):
        return self._unary(lambda a, c, s: _next(a, c, s, True), context)

    def next_minus(self, context=None):
        return self._unary(lambda a, c, s: _next(a, c, s, False), context)

    def next_toward(self, other, context=None):
        return self._binop(other, _next_toward, context)

    def logb(self, context=None):
        """Return the adjusted exponent as a Decimal."""
        ctx = _ctx(context)
        st = _Status()
        r = _check_nans(self, None, ctx, st)
        if r is None:
            if self._kind == INF:
                r = _inf(0)
            elif self._int == 0:
                st.bits |= S_DIV_ZERO
                r = _inf(1)
            else:
                a = _adjusted(self)
                r = _fin(1 if a < 0 else 0, abs(a), 0, ctx, st)
        return _done(r, ctx, st)

    def scaleb(self, other, context=None):
        """Add other (an integer) to the exponent."""
        other = _convert_strict(other)
        ctx = _ctx(context)
        st = _Status()
        r = _check_nans(self, other, ctx, st)
        if r is None:
            limit = 2 * (ctx._emax + ctx._prec)
            if other._kind != FINITE or other._exp != 0 or \
                    abs(_int_value(other)) > limit:
                r = _nan(st)
            elif self._kind == INF:
                r = self
            else:
                r = _fin(self._sign, self._int,
                         self._exp + _int_value(other), ctx, st)
        return _done(r, ctx, st)

    def shift(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _shift_rotate(
            a, b, c, s, False), context)

    def rotate(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _shift_rotate(
            a, b, c, s, True), context)

    def logical_and(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _logical(
            a, b, c, s, 'and'), context)

    def logical_or(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _logical(
            a, b, c, s, 'or'), context)

    def logical_xor(self, other, context=None):
        return self._binop(other, lambda a, b, c, s: _logical(
            a, b, c, s, 'xor'), context)

    def logical_invert(self, context=None):
        return self._unary(lambda a, c, s: _logical(a, None, c, s, 'invert'),
                           context)

    def sqrt(self, context=None):
        """Return the square root, correctly rounded."""
        return self._unary(_transcend.sqrt, context)

    def exp(self, context=None):
        """Return e**self, correctly rounded."""
        return self._unary(_transcend.exp, context)

    def ln(self, context=None):
        """Return the natural logarithm, correctly rounded."""
        return self._unary(_transcend.ln, context)

    def log10(self, context=None):
        """Return the base 10 logarithm, correctly rounded."""
        return self._unary(_transcend.log10, context)


def _float_operation(ctx, op):
    """Mixing with a float: equality only sets the flag, ordering signals."""
    if op in ('eq', 'ne'):
        ctx._flags |= S_FLOAT
    else:
        ctx._signal(S_FLOAT)


def _test(op, c):
    if op == 'eq':
        return c == 0
    if op == 'ne':
        return c != 0
    if op == 'lt':
        return c < 0
    if op == 'le':
        return c <= 0
    if op == 'gt':
        return c > 0
    return c >= 0


def _strip(d, ctx):
    """d without trailing zeros, within the clamp limit."""
    if d._int == 0:
        return _make(d._sign, 0, 0)
    coef, exp = d._int, d._exp
    top = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _make(d._sign, coef, exp)


def _check_rounding(mode):
    from ._context import _ROUNDINGS, _ROUNDING_MSG
    if not isinstance(mode, str) or mode not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MSG)
    return mode


# The generated operators report their names as methods of Decimal.
for _name in ('__add__', '__radd__', '__sub__', '__rsub__', '__mul__',
              '__rmul__', '__truediv__', '__rtruediv__', '__floordiv__',
              '__rfloordiv__', '__mod__', '__rmod__', '__divmod__',
              '__rdivmod__', '__eq__', '__ne__', '__lt__', '__le__',
              '__gt__', '__ge__'):
    getattr(Decimal, _name).__qualname__ = 'Decimal.' + _name
del _name

Decimal.__module__ = 'decimal'

from . import _transcend  # noqa: E402  (needs the names above)
from . import _format  # noqa: E402
