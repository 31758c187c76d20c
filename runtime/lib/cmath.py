"""This module provides access to mathematical functions for complex
numbers."""

# Weft's cmath, written in Python on top of the math module.
#
# Every function follows CPython 3.13's documented behaviour:
#
# * Arguments are converted as CPython's "complex" argument converter does: a complex
#   (or subclass) is used as it is, otherwise __complex__ is called, otherwise the
#   argument is read as a real number through __float__ or __index__.
# * Special values (infinities, NaNs, signed zeros) follow the C99 Annex G rules for
#   the corresponding C functions (csqrt, cexp, clog, cacos, cacosh, casinh, catanh,
#   ccosh, csinh, ctanh); where Annex G leaves a sign unspecified, the choice matches
#   what CPython returns.  Branch cuts are the ones CPython documents.
# * Errors are reported as CPython reports them: an invalid operation on finite input
#   (a pole or an infinity created from nothing) is ValueError("math domain error"),
#   an overflow is OverflowError("math range error").
#
# Results must be bit-for-bit those of CPython, which calls the platform's C library.
# The real functions used here (exp, log, log1p, sin, cos, tan, sinh, cosh, tanh,
# asinh, atan2, sqrt) come from Weft's math module, which also calls the C library, so
# the formulas below are the numerically careful ones (Kahan's "Branch Cuts for
# Complex Elementary Functions", scaled hypot-based moduli) evaluated in the same
# order.  The only exception is hypot: math.hypot is (almost always) correctly
# rounded, while the C library's hypot, which CPython's cmath calls, is not: it is off
# by one ulp for about 1 argument pair in 1000.  _hypot below reproduces the algorithm
# of glibc's hypot (glibc 2.35 and later: Borges, "An Improved Algorithm for
# hypot(a, b)", 2019, without fused multiply-add), so results match CPython on
# glibc systems to the last bit.
#
# Internally each function has a "kernel" taking the real and imaginary parts as two
# floats and returning (real, imag, error), where error is _OK, _EDOM or _ERANGE, in
# the manner of C's errno; the public wrappers convert arguments and raise.

import math as _math
import sys as _sys

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
           'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'phase', 'polar',
           'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'e', 'inf', 'infj', 'nan', 'nanj', 'pi', 'tau']

# ---------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------

pi = _math.pi
e = _math.e
tau = _math.tau
inf = float('inf')
nan = float('nan')
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_INF = inf
_NAN = nan
_PI = _math.pi
_HALF_PI = 0.5 * _math.pi          # pi/2
_QUARTER_PI = 0.25 * _math.pi      # pi/4
_THREE_QUARTER_PI = 0.75 * _math.pi
_LN2 = 0.6931471805599453          # log(2)
_LN10 = 2.302585092994046          # log(10)

_DBL_MAX = _sys.float_info.max
_DBL_MIN = _sys.float_info.min     # smallest positive normal double
_DBL_MANT_DIG = _sys.float_info.mant_dig   # 53

# Thresholds beyond which the straightforward formulas would overflow or lose
# precision; past them the functions switch to asymptotic forms.
_LARGE_DOUBLE = _DBL_MAX / 4.0
_SQRT_LARGE_DOUBLE = _math.sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = _math.log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = _math.sqrt(_DBL_MIN)

# sqrt of subnormal arguments: scale up by an odd power of two so the square root
# is exact in the exponent, then scale the result back down.
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1       # 53
_SCALE_DOWN = -((_DBL_MANT_DIG + 1) // 2)      # -27

# Error states, as the C library reports them through errno.
_OK = 0
_EDOM = 1      # ValueError: math domain error
_ERANGE = 2    # OverflowError: math range error

_isfinite = _math.isfinite
_isinf = _math.isinf
_isnan = _math.isnan
_copysign = _math.copysign
_fabs = _math.fabs
_ldexp = _math.ldexp
_atan2 = _math.atan2
_sqrt = _math.sqrt
_sin = _math.sin
_cos = _math.cos
_tan = _math.tan
_tanh = _math.tanh
_asinh = _math.asinh
_log1p = _math.log1p


def _log(x):
    # Natural logarithm of a positive finite float (the callers guarantee it).
    return _math.log(x)


def _exp(x):
    # C's exp(): overflow gives +inf instead of raising, so the caller can detect
    # the infinite result and report it the way CPython does.
    try:
        return _math.exp(x)
    except OverflowError:
        return _INF


def _cosh(x):
    # C's cosh(): +inf on overflow.
    try:
        return _math.cosh(x)
    except OverflowError:
        return _INF


def _sinh(x):
    # C's sinh(): +-inf on overflow.
    try:
        return _math.sinh(x)
    except OverflowError:
        return _copysign(_INF, x)


# Reproduction of the C library's hypot (glibc's correction of the naive formula by
# Borges' method), so that moduli round exactly as they do in CPython's cmath.
_HYPOT_SCALE = 2.0 ** -600
_HYPOT_LARGE = 2.0 ** 511
_HYPOT_TINY = 2.0 ** -511
_HYPOT_EPS = 2.0 ** -54


def _hypot_kernel(ax, ay):
    # ax >= ay >= 0, both scaled so that their squares neither overflow nor underflow.
    # Start from the naive square root, then subtract a correction: an estimate of
    # (h*h - (ax*ax + ay*ay)) / (2*h) computed from terms that are nearly exact.
    h = _sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    return h - (t1 + t2) / (2.0 * h)


def _hypot(x, y):
    """sqrt(x*x + y*y) for finite x and y, rounded as the C library rounds it."""
    x = _fabs(x)
    y = _fabs(y)
    ax, ay = (y, x) if x < y else (x, y)
    if ax > _HYPOT_LARGE:
        # Scale huge arguments down; a negligible smaller one just adds.
        if ay <= ax * _HYPOT_EPS:
            return ax + ay
        return _hypot_kernel(ax * _HYPOT_SCALE, ay * _HYPOT_SCALE) / _HYPOT_SCALE
    if ay < _HYPOT_TINY:
        # Scale tiny arguments up.
        if ax >= ay / _HYPOT_EPS:
            return ax + ay
        return _hypot_kernel(ax / _HYPOT_SCALE, ay / _HYPOT_SCALE) * _HYPOT_SCALE
    if ay <= ax * _HYPOT_EPS:
        return ax + ay
    return _hypot_kernel(ax, ay)


# ---------------------------------------------------------------------------------
# Argument conversion
# ---------------------------------------------------------------------------------

_NOT_FOUND = object()


def _lookup_special(obj, name):
    # Find a special method on the type (not the instance), as the interpreter does,
    # and bind it to obj.  Returns _NOT_FOUND when the type does not define it (a
    # class attribute set to None is found, and calling it fails as in CPython).
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            getter = getattr(type(attr), '__get__', None)
            if getter is not None:
                return getter(attr, obj, type(obj))
            return attr
    return _NOT_FOUND


def _warn_deprecated(message):
    import warnings
    # The warning names the line that called into this module, as it would name
    # the line calling a C function: skip this module's frames.
    level = 1
    frame = _sys._getframe(0)
    while frame is not None and frame.f_globals is globals():
        frame = frame.f_back
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def _to_float(obj):
    """Convert an argument that must be a real number to a float, as CPython does."""
    if isinstance(obj, float):
        return float.__float__(obj)
    method = _lookup_special(obj, '__float__')
    if method is not _NOT_FOUND:
        result = method()
        if type(result) is float:
            return result
        if isinstance(result, float):
            _warn_deprecated(
                f'{type(obj).__name__}.__float__ returned non-float (type '
                f'{type(result).__name__}).  The ability to return an instance of a '
                'strict subclass of float is deprecated, and may be removed in a future '
                'version of Python.')
            return float.__float__(result)
        raise TypeError(f'{type(obj).__name__}.__float__ returned non-float '
                        f'(type {type(result).__name__})')
    if _lookup_special(obj, '__index__') is not _NOT_FOUND:
        import operator
        return float(operator.index(obj))
    raise TypeError(f'must be real number, not {type(obj).__name__}')


def _to_complex(obj):
    """Convert an argument to a pair of floats (real, imag), as CPython does."""
    if isinstance(obj, complex):
        return complex.real.__get__(obj), complex.imag.__get__(obj)
    method = _lookup_special(obj, '__complex__')
    if method is not _NOT_FOUND:
        result = method()
        if type(result) is not complex:
            if not isinstance(result, complex):
                raise TypeError(f'__complex__ returned non-complex '
                                f'(type {type(result).__name__})')
            _warn_deprecated(
                f'__complex__ returned non-complex (type {type(result).__name__}).  '
                'The ability to return an instance of a strict subclass of complex is '
                'deprecated, and may be removed in a future version of Python.')
        return complex.real.__get__(result), complex.imag.__get__(result)
    return _to_float(obj), 0.0


def _arg_one(name, args, kwargs):
    # The single positional argument of a one-argument function, converted.
    if kwargs:
        raise TypeError(f'cmath.{name}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'cmath.{name}() takes exactly one argument ({len(args)} given)')
    return _to_complex(args[0])


def _raise_for(err):
    # Turn a kernel's error state into the exception CPython raises.
    if err == _EDOM:
        raise ValueError('math domain error')
    if err == _ERANGE:
        raise OverflowError('math range error')


# ---------------------------------------------------------------------------------
# Kernels.  Each takes (x, y) = (real, imag) and returns (real, imag, error).
# The first branch of each handles infinities and NaNs (C99 Annex G); the rest is
# the computation for finite arguments.
# ---------------------------------------------------------------------------------

def _finite(x, y):
    return _isfinite(x) and _isfinite(y)


def _sqrt_special(x, y):
    # csqrt: an infinite imaginary part always gives +inf + i*y.
    if _isinf(y):
        return _INF, y
    if _isnan(x):
        return _NAN, _NAN
    if _isinf(x):
        if _isnan(y):
            # csqrt(+inf + i*nan) = +inf + i*nan; csqrt(-inf + i*nan) = nan +- i*inf.
            return (_INF, _NAN) if x > 0 else (_NAN, _INF)
        if x > 0:
            return _INF, _copysign(0.0, y)
        return 0.0, _copysign(_INF, y)
    return _NAN, _NAN


def _c_sqrt(x, y):
    # Principal square root; the branch cut is the negative real axis, continuous
    # from above (the sign of a zero imaginary part picks the side).
    if not _finite(x, y):
        re, im = _sqrt_special(x, y)
        return re, im, _OK
    if x == 0.0 and y == 0.0:
        return 0.0, y, _OK
    ax = _fabs(x)
    ay = _fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Both parts subnormal (or zero): scale up so no precision is lost.
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        # s = sqrt((|x| + |z|) / 2), computed without overflow.
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y), _OK
    return d, _copysign(s, y), _OK


def _exp_special(x, y):
    if _isinf(x) and _isfinite(y) and y != 0.0:
        # +-inf * cis(y): the signs follow cos(y) and sin(y).
        if x > 0:
            return _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
        return _copysign(0.0, _cos(y)), _copysign(0.0, _sin(y))
    if _isnan(x):
        return (_NAN, y) if y == 0.0 else (_NAN, _NAN)
    if _isinf(x):
        if x > 0:
            return (_INF, y) if y == 0.0 else (_INF, _NAN)
        # exp(-inf + i*y) is a zero whatever y is.
        return (0.0, y) if y == 0.0 else (0.0, 0.0)
    return _NAN, _NAN


def _c_exp(x, y):
    if not _finite(x, y):
        re, im = _exp_special(x, y)
        # Invalid: an infinite imaginary part with a finite or +inf real part.
        err = _EDOM if _isinf(y) and (_isfinite(x) or x > 0) else _OK
        return re, im, err
    if x > _LOG_LARGE_DOUBLE:
        # exp(x) alone could overflow although exp(x)*cos(y) would not.
        scale = _exp(x - 1.0)
        re = scale * _cos(y) * e
        im = scale * _sin(y) * e
    else:
        scale = _exp(x)
        re = scale * _cos(y)
        im = scale * _sin(y)
    err = _ERANGE if _isinf(re) or _isinf(im) else _OK
    return re, im, err


def _log_special(x, y):
    if _isnan(x):
        return (_INF, _NAN) if _isinf(y) else (_NAN, _NAN)
    if _isnan(y):
        return (_INF, _NAN) if _isinf(x) else (_NAN, _NAN)
    if _isinf(x):
        if _isinf(y):
            return _INF, _copysign(_QUARTER_PI if x > 0 else _THREE_QUARTER_PI, y)
        return _INF, _copysign(0.0 if x > 0 else _PI, y)
    return _INF, _copysign(_HALF_PI, y)          # x finite, y infinite


def _c_log(x, y):
    # Principal logarithm; branch cut along the negative real axis.
    if not _finite(x, y):
        re, im = _log_special(x, y)
        return re, im, _OK
    ax = _fabs(x)
    ay = _fabs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        # Halve to keep the modulus finite, then add log(2) back.
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            # The modulus may be subnormal: scale it into the normal range.
            re = (_log(_hypot(_ldexp(ax, _DBL_MANT_DIG), _ldexp(ay, _DBL_MANT_DIG)))
                  - _DBL_MANT_DIG * _LN2)
        else:
            # log(0) is a pole.
            return -_INF, _atan2(y, x), _EDOM
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # Near the unit circle log(h) loses precision; use
            # log(h) = log1p((am-1)*(am+1) + an*an) / 2 with am >= an.
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x), _OK


def _c_quot(ar, ai, br, bi):
    # Complex division a / b as CPython performs it (Smith's algorithm), used by
    # log(z, base).  Division by zero is a domain error rather than
    # ZeroDivisionError.  Returns (real, imag, error).
    abs_br = _fabs(br)
    abs_bi = _fabs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return 0.0, 0.0, _EDOM
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom, _OK
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom, _OK
    # One of b's parts is a NaN.
    return _NAN, _NAN, _OK


def _acos_special(x, y):
    if _isnan(x):
        return (_NAN, -y) if _isinf(y) else (_NAN, _NAN)
    if _isnan(y):
        if _isinf(x):
            return _NAN, _INF
        return (_HALF_PI, _NAN) if x == 0.0 else (_NAN, _NAN)
    if _isinf(y):
        if _isinf(x):
            return (_QUARTER_PI if x > 0 else _THREE_QUARTER_PI), -y
        return _HALF_PI, -y
    # x infinite, y finite.
    return (0.0 if x > 0 else _PI), -_copysign(_INF, y)


def _c_acos(x, y):
    # Branch cuts: (-inf, -1) and (1, inf) on the real axis.
    if not _finite(x, y):
        re, im = _acos_special(x, y)
        return re, im, _OK
    if _fabs(x) > _LARGE_DOUBLE or _fabs(y) > _LARGE_DOUBLE:
        # acos(z) ~ -i*log(2z) for huge z; avoids overflow in the square roots.
        re = _atan2(_fabs(y), x)
        big = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0:
            im = -_copysign(big, y)
        else:
            im = _copysign(big, -y)
        return re, im, _OK
    s1r, s1i, _ = _c_sqrt(1.0 - x, -y)
    s2r, s2i, _ = _c_sqrt(1.0 + x, y)
    re = 2.0 * _atan2(s1r, s2r)
    im = _asinh(s2r * s1i - s2i * s1r)
    return re, im, _OK


def _acosh_special(x, y):
    if _isinf(y):
        if _isnan(x):
            return _INF, _NAN
        if _isinf(x):
            return _INF, _copysign(_QUARTER_PI if x > 0 else _THREE_QUARTER_PI, y)
        return _INF, _copysign(_HALF_PI, y)
    if _isnan(x):
        return _NAN, _NAN
    if _isnan(y):
        return (_INF, _NAN) if _isinf(x) else (_NAN, _NAN)
    # x infinite, y finite.
    return _INF, _copysign(0.0 if x > 0 else _PI, y)


def _c_acosh(x, y):
    # Branch cut: (-inf, 1) on the real axis.
    if not _finite(x, y):
        re, im = _acosh_special(x, y)
        return re, im, _OK
    if _fabs(x) > _LARGE_DOUBLE or _fabs(y) > _LARGE_DOUBLE:
        # acosh(z) ~ log(2z) for huge z.
        re = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return re, _atan2(y, x), _OK
    s1r, s1i, _ = _c_sqrt(x - 1.0, y)
    s2r, s2i, _ = _c_sqrt(x + 1.0, y)
    re = _asinh(s1r * s2r + s1i * s2i)
    im = 2.0 * _atan2(s1i, s2r)
    return re, im, _OK


def _asinh_special(x, y):
    if _isnan(x):
        if y == 0.0:
            return _NAN, y
        return (_INF, _NAN) if _isinf(y) else (_NAN, _NAN)
    if _isnan(y):
        return (x, _NAN) if _isinf(x) else (_NAN, _NAN)
    if _isinf(y):
        if _isinf(x):
            return x, _copysign(_QUARTER_PI, y)
        return _copysign(_INF, x), _copysign(_HALF_PI, y)
    # x infinite, y finite.
    return x, _copysign(0.0, y)


def _c_asinh(x, y):
    # Branch cuts: (-inf*i, -i) and (i, inf*i) on the imaginary axis.
    if not _finite(x, y):
        re, im = _asinh_special(x, y)
        return re, im, _OK
    if _fabs(x) > _LARGE_DOUBLE or _fabs(y) > _LARGE_DOUBLE:
        # asinh(z) ~ +-log(2z) for huge z.
        big = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if y >= 0:
            re = _copysign(big, x)
        else:
            re = -_copysign(big, -x)
        return re, _atan2(y, _fabs(x)), _OK
    s1r, s1i, _ = _c_sqrt(1.0 + y, -x)
    s2r, s2i, _ = _c_sqrt(1.0 - y, x)
    re = _asinh(s1r * s2i - s2r * s1i)
    im = _atan2(y, s1r * s2r - s1i * s2i)
    return re, im, _OK


def _c_asin(x, y):
    # asin(z) = -i * asinh(i*z).
    re, im, err = _c_asinh(-y, x)
    return im, -re, err


def _atanh_special(x, y):
    if _isnan(x):
        if _isinf(y):
            return 0.0, _copysign(_HALF_PI, y)
        return _NAN, _NAN
    if _isnan(y):
        if _isinf(x):
            return _copysign(0.0, x), _NAN
        return (x, _NAN) if x == 0.0 else (_NAN, _NAN)
    # One part infinite, the other finite or infinite: the limit is +-0 + i*pi/2.
    return _copysign(0.0, x), _copysign(_HALF_PI, y)


def _c_atanh(x, y):
    # Branch cuts: (-inf, -1] and [1, inf) on the real axis.
    if not _finite(x, y):
        re, im = _atanh_special(x, y)
        return re, im, _OK
    if x < 0.0:
        # atanh is odd: work with a non-negative real part.
        re, im, err = _c_atanh(-x, -y)
        return -re, -im, err
    ay = _fabs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        # atanh(z) ~ 1/z + i*pi/2 for huge z; written to avoid overflow.
        h = _hypot(x / 2.0, y / 2.0)
        re = x / 4.0 / h / h
        im = -_copysign(_HALF_PI, -y)
        return re, im, _OK
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        # Close to the singularity at 1.
        if ay == 0.0:
            return _INF, y, _EDOM
        re = -_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0)))
        im = _copysign(_atan2(2.0, -ay) / 2.0, y)
        return re, im, _OK
    re = _log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    im = -_atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return re, im, _OK


def _c_atan(x, y):
    # atan(z) = -i * atanh(i*z).
    re, im, err = _c_atanh(-y, x)
    return im, -re, err


def _cosh_special(x, y):
    if _isinf(x) and _isfinite(y) and y != 0.0:
        if x > 0:
            return _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
        return _copysign(_INF, _cos(y)), -_copysign(_INF, _sin(y))
    if _isnan(x):
        return (_NAN, 0.0) if y == 0.0 else (_NAN, _NAN)
    if _isinf(x):
        if y == 0.0:
            # cosh is even: the zero takes the sign of x*y.
            return _INF, _copysign(0.0, x) * y
        return _INF, _NAN
    # x finite, y infinite or NaN.
    return (_NAN, 0.0) if x == 0.0 else (_NAN, _NAN)


def _c_cosh(x, y):
    if not _finite(x, y):
        re, im = _cosh_special(x, y)
        err = _EDOM if _isinf(y) and not _isnan(x) else _OK
        return re, im, err
    if _fabs(x) > _LOG_LARGE_DOUBLE:
        # Keep cosh(x) itself from overflowing when the product would not.
        x_minus_one = x - _copysign(1.0, x)
        re = _cos(y) * _cosh(x_minus_one) * e
        im = _sin(y) * _sinh(x_minus_one) * e
    else:
        re = _cos(y) * _cosh(x)
        im = _sin(y) * _sinh(x)
    err = _ERANGE if _isinf(re) or _isinf(im) else _OK
    return re, im, err


def _c_cos(x, y):
    # cos(z) = cosh(i*z).
    return _c_cosh(-y, x)


def _sinh_special(x, y):
    if _isinf(x) and _isfinite(y) and y != 0.0:
        if x > 0:
            return _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
        return -_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
    if _isnan(x):
        return (_NAN, y) if y == 0.0 else (_NAN, _NAN)
    if _isinf(x):
        # An infinite or NaN angle leaves the sign of the infinity unspecified by
        # C99; CPython returns +inf.
        return (x, y) if y == 0.0 else (_INF, _NAN)
    # x finite, y infinite or NaN: +0 (whatever the sign of a zero x) or NaN.
    return (0.0, _NAN) if x == 0.0 else (_NAN, _NAN)


def _c_sinh(x, y):
    if not _finite(x, y):
        re, im = _sinh_special(x, y)
        err = _EDOM if _isinf(y) and not _isnan(x) else _OK
        return re, im, err
    if _fabs(x) > _LOG_LARGE_DOUBLE:
        x_minus_one = x - _copysign(1.0, x)
        re = _cos(y) * _sinh(x_minus_one) * e
        im = _sin(y) * _cosh(x_minus_one) * e
    else:
        re = _cos(y) * _sinh(x)
        im = _sin(y) * _cosh(x)
    err = _ERANGE if _isinf(re) or _isinf(im) else _OK
    return re, im, err


def _c_sin(x, y):
    # sin(z) = -i * sinh(i*z).
    re, im, err = _c_sinh(-y, x)
    return im, -re, err


def _tanh_special(x, y):
    if _isinf(x) and _isfinite(y) and y != 0.0:
        # 1 + i*0*sin(2y): the zero takes the sign of sin(2y).
        return _copysign(1.0, x), _copysign(0.0, 2.0 * _sin(y) * _cos(y))
    if _isnan(x):
        return (_NAN, y) if y == 0.0 else (_NAN, _NAN)
    if _isinf(x):
        # y is a zero (kept), or infinite or NaN (the zero's sign is unspecified by
        # C99; CPython gives +0).
        return _copysign(1.0, x), (y if y == 0.0 else 0.0)
    return _NAN, _NAN       # x finite, y infinite or NaN


def _c_tanh(x, y):
    if not _finite(x, y):
        re, im = _tanh_special(x, y)
        err = _EDOM if _isinf(y) and _isfinite(x) else _OK
        return re, im, err
    if _fabs(x) > _LOG_LARGE_DOUBLE:
        # tanh(z) is +-1 to double precision; the imaginary part is tiny.
        re = _copysign(1.0, x)
        im = 4.0 * _sin(y) * _cos(y) * _exp(-2.0 * _fabs(x))
        return re, im, _OK
    # tanh(x+iy) = (tx + i*ty*(1 - tx^2)) / (1 + tx^2*ty^2) * ..., arranged (Kahan)
    # with tx = tanh(x), ty = tan(y) and 1 - tx^2 = 1/cosh(x)^2.
    tx = _tanh(x)
    ty = _tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    re = tx * (1.0 + ty * ty) / denom
    im = ((ty / denom) * cx) * cx
    return re, im, _OK


def _c_tan(x, y):
    # tan(z) = -i * tanh(i*z).
    re, im, err = _c_tanh(-y, x)
    return im, -re, err


# ---------------------------------------------------------------------------------
# Public functions of one complex argument
# ---------------------------------------------------------------------------------

def _make_unary(name, kernel, doc):
    # Build the public function `name` from its kernel.
    def function(*args, **kwargs):
        x, y = _arg_one(name, args, kwargs)
        re, im, err = kernel(x, y)
        _raise_for(err)
        return complex(re, im)
    function.__name__ = name
    function.__qualname__ = name
    function.__doc__ = doc
    return function


sqrt = _make_unary('sqrt', _c_sqrt, 'Return the square root of z.')
exp = _make_unary('exp', _c_exp, 'Return the exponential value e**z.')
acos = _make_unary('acos', _c_acos, 'Return the arc cosine of z.')
acosh = _make_unary('acosh', _c_acosh, 'Return the inverse hyperbolic cosine of z.')
asin = _make_unary('asin', _c_asin, 'Return the arc sine of z.')
asinh = _make_unary('asinh', _c_asinh, 'Return the inverse hyperbolic sine of z.')
atan = _make_unary('atan', _c_atan, 'Return the arc tangent of z.')
atanh = _make_unary('atanh', _c_atanh, 'Return the inverse hyperbolic tangent of z.')
cos = _make_unary('cos', _c_cos, 'Return the cosine of z.')
cosh = _make_unary('cosh', _c_cosh, 'Return the hyperbolic cosine of z.')
sin = _make_unary('sin', _c_sin, 'Return the sine of z.')
sinh = _make_unary('sinh', _c_sinh, 'Return the hyperbolic sine of z.')
tan = _make_unary('tan', _c_tan, 'Return the tangent of z.')
tanh = _make_unary('tanh', _c_tanh, 'Return the hyperbolic tangent of z.')


def _c_log10(x, y):
    re, im, err = _c_log(x, y)
    return re / _LN10, im / _LN10, err


log10 = _make_unary('log10', _c_log10, 'Return the base-10 logarithm of z.')


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z.
    """
    if kwargs:
        raise TypeError('cmath.log() takes no keyword arguments')
    if not args:
        raise TypeError('log expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(f'log expected at most 2 arguments, got {len(args)}')
    x, y = _to_complex(args[0])
    base = _to_complex(args[1]) if len(args) == 2 else None
    re, im, err = _c_log(x, y)
    if base is not None:
        # As in CPython, the error state is that of the last operation that sets
        # it: logarithm of the base, then the division.
        bre, bim, err = _c_log(*base)
        re, im, qerr = _c_quot(re, im, bre, bim)
        if qerr != _OK:
            err = qerr
    _raise_for(err)
    return complex(re, im)


def phase(*args, **kwargs):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _arg_one('phase', args, kwargs)
    phi = _atan2(y, x)
    # The C library reports an angle that underflows to zero (a nonzero y that is
    # negligible against a finite x) as a range error, and CPython passes it on.
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        raise OverflowError('math range error')
    return phi


def _abs(x, y):
    # Modulus of x + iy as (value, error); an infinite part wins over a NaN.
    if not _finite(x, y):
        if _isinf(x):
            return _fabs(x), _OK
        if _isinf(y):
            return _fabs(y), _OK
        return _NAN, _OK
    r = _hypot(x, y)
    return r, (_OK if _isfinite(r) else _ERANGE)


def polar(*args, **kwargs):
    """Convert a complex from rectangular coordinates to polar coordinates.

    r is the distance from 0 and phi the phase angle.
    """
    x, y = _arg_one('polar', args, kwargs)
    phi = _atan2(y, x)
    r, err = _abs(x, y)
    _raise_for(err)
    return r, phi


def _rect_special(r, phi):
    if _isinf(r) and _isfinite(phi) and phi != 0.0:
        if r > 0:
            return _copysign(_INF, _cos(phi)), _copysign(_INF, _sin(phi))
        return -_copysign(_INF, _cos(phi)), -_copysign(_INF, _sin(phi))
    if _isnan(r):
        return (_NAN, 0.0) if phi == 0.0 else (_NAN, _NAN)
    if _isinf(r):
        if phi == 0.0:
            return r, _copysign(0.0, r) * phi
        return _INF, _NAN
    # r finite, phi infinite or NaN.
    return (0.0, 0.0) if r == 0.0 else (_NAN, _NAN)


def rect(*args, **kwargs):
    """Convert from polar coordinates to rectangular coordinates."""
    if kwargs:
        raise TypeError('cmath.rect() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError(f'rect expected 2 arguments, got {len(args)}')
    r = _to_float(args[0])
    phi = _to_float(args[1])
    if not _finite(r, phi):
        re, im = _rect_special(r, phi)
        # Invalid: a nonzero modulus turned through an infinite angle.
        if r != 0.0 and not _isnan(r) and _isinf(phi):
            raise ValueError('math domain error')
        return complex(re, im)
    if phi == 0.0:
        # Exact, and keeps the sign of a zero angle.
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


# ---------------------------------------------------------------------------------
# Classification and comparison
# ---------------------------------------------------------------------------------

def isfinite(*args, **kwargs):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _arg_one('isfinite', args, kwargs)
    return _isfinite(x) and _isfinite(y)


def isnan(*args, **kwargs):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _arg_one('isnan', args, kwargs)
    return _isnan(x) or _isnan(y)


def isinf(*args, **kwargs):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _arg_one('isinf', args, kwargs)
    return _isinf(x) or _isinf(y)


_MISSING = object()


def isclose(*args, **kwargs):
    """Determine whether two complex numbers are close in value.

      rel_tol
        maximum difference for being considered "close", relative to the
        magnitude of the input values
      abs_tol
        maximum difference for being considered "close", regardless of the
        magnitude of the input values

    Return True if a is close in value to b, and False otherwise.

    For the values to be considered close, the difference between them must be
    smaller than at least one of the tolerances.

    -inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
    not close to anything, even itself. inf and -inf are only close to themselves.
    """
    # Signature: isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), parsed by hand to
    # give CPython's messages.
    if len(args) > 2:
        raise TypeError(f'isclose() takes exactly 2 positional arguments '
                        f'({len(args)} given)')
    params = {'a': _MISSING, 'b': _MISSING, 'rel_tol': 1e-09, 'abs_tol': 0.0}
    names = ('a', 'b')
    for i, value in enumerate(args):
        params[names[i]] = value
    for key, value in kwargs.items():
        if key not in params:
            raise TypeError(f"isclose() got an unexpected keyword argument '{key}'")
        if key in names[:len(args)]:
            pos = names.index(key) + 1
            raise TypeError(f"argument for isclose() given by name ('{key}') and "
                            f"position ({pos})")
        params[key] = value
    for pos, key in enumerate(names, 1):
        if params[key] is _MISSING:
            raise TypeError(f"isclose() missing required argument '{key}' (pos {pos})")
    ar, ai = _to_complex(params['a'])
    br, bi = _to_complex(params['b'])
    rel_tol = _to_float(params['rel_tol'])
    abs_tol = _to_float(params['abs_tol'])
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    # Exactly equal (this also makes infinities of the same sign close).
    if ar == br and ai == bi:
        return True
    # Any infinity left over cannot be close; NaNs fail the comparisons below.
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    diff, _ = _abs(ar - br, ai - bi)
    return ((diff <= rel_tol * _abs(br, bi)[0]) or
            (diff <= rel_tol * _abs(ar, ai)[0]) or
            diff <= abs_tol)
