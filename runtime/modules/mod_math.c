// The math module, following CPython 3.13 function by function.
//
// Error rules (C99 Annex F mapped to Python): a NaN result from non-NaN input is
// ValueError "math domain error"; an infinite result from finite input is OverflowError
// "math range error" for functions that can overflow and ValueError otherwise; errno
// ERANGE with a result below 1.5 in magnitude is an underflow and ignored. Functions
// whose exact bits programs observe (gamma, lgamma, hypot/dist, fsum, sumprod) use the
// same algorithms as CPython so results agree bit for bit; the rest call libm.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int_impl.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

static wf_object_t *floor_name, *ceil_name, *trunc_name;

// ---- error helpers ------------------------------------------------------------------------

static wf_object_t *domain_error(void) {
    return wf_err_set_string(&wf_exc_ValueError, "math domain error");
}

static wf_object_t *range_error(void) {
    return wf_err_set_string(&wf_exc_OverflowError, "math range error");
}

// errno is set: 1 (exception raised) unless it was a harmless underflow.
static int is_error(double x) {
    if (errno == EDOM) {
        domain_error();
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(x) < 1.5) {
            return 0;
        }
        range_error();
        return 1;
    }
    wf_err_set_string(&wf_exc_ValueError, "math domain error");
    return 1;
}

static int get_double(wf_object_t *o, double *out) {
    if (WF_FLOAT_CHECK_EXACT(o)) {
        *out = WF_FLOAT_VALUE(o);
        return 0;
    }
    *out = wf_float_as_double(o);
    return (*out == -1.0 && wf_err_occurred()) ? -1 : 0;
}

static wf_object_t *math_1(wf_object_t *arg, double (*func)(double), int can_overflow) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x);
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error() : domain_error();
    }
    if (isfinite(r) && errno && is_error(r)) {
        return NULL;
    }
    return wf_float_new(r);
}

// For functions that set errno themselves (EDOM invalid, ERANGE overflow).
static wf_object_t *math_1a(wf_object_t *arg, double (*func)(double)) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x);
    if (errno && is_error(r)) {
        return NULL;
    }
    return wf_float_new(r);
}

static wf_object_t *math_2(wf_object_t *const *args, wf_ssize_t nargs,
                           double (*func)(double, double), const char *name) {
    if (wf_check_nargs(name, nargs, 2, 2) < 0) {
        return NULL;
    }
    double x, y;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x, y);
    if (isnan(r)) {
        errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    } else if (isinf(r)) {
        errno = (isfinite(x) && isfinite(y)) ? ERANGE : 0;
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return wf_float_new(r);
}

// ---- gamma and friends (Lanczos approximation, N = 13, g = 6.024680040776729583740234375)

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator is x*(x+1)*...*(x+LANCZOS_N-2).
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

// sin(pi * x), exact at integers and half-integers (for the reflection formula).
static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break;  // not -sin(pi*(y-1)): keeps +0.0 at y == 1
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// The Lanczos sum as a rational function; in 1/x for large x to avoid overflow.
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double m_tgamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) {
            return gamma_integral[(int)x - 1];
        }
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) {
            errno = ERANGE;
        }
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) {
            return 0.0 / m_sinpi(x);
        }
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    // z: the rounding error in y, used for a first-order correction of pow/exp.
    volatile double q;
    double z;
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) {
        errno = ERANGE;
    }
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x)) {
        return isnan(x) ? x : HUGE_VAL;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return -log(absx);
    }
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    }
    if (isinf(r)) {
        errno = ERANGE;
    }
    return r;
}

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log(x);
        }
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    errno = EDOM;
    return NAN;
}

static double m_log2(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log2(x);
        }
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    errno = EDOM;
    return NAN;
}

static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) {
            return log10(x);
        }
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    errno = EDOM;
    return NAN;
}

static double m_remainder(double x, double y) {
    if (isfinite(x) && isinf(y)) {
        return x;
    }
    return remainder(x, y);
}

// ---- one-argument functions ---------------------------------------------------------------

#define FUNC1(name, func, can_overflow)                                  \
    static wf_object_t *math_##name(wf_object_t *self, wf_object_t *arg) { \
        return math_1(arg, func, can_overflow);                          \
    }
#define FUNC1A(name, func)                                               \
    static wf_object_t *math_##name(wf_object_t *self, wf_object_t *arg) { \
        return math_1a(arg, func);                                       \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC1(log1p, log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

static wf_object_t *math_atan2(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return math_2(args, nargs, atan2, "atan2");
}
static wf_object_t *math_copysign(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return math_2(args, nargs, copysign, "copysign");
}
static wf_object_t *math_remainder(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return math_2(args, nargs, m_remainder, "remainder");
}

static wf_object_t *math_fmod(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("fmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    double x, y;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return wf_float_new(x);
    }
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r)) {
        errno = (!isnan(x) && !isnan(y)) ? EDOM : 0;
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return wf_float_new(r);
}

// fma(x, y, z): x * y + z rounded once. A NaN or infinity produced from finite (or
// non-NaN) operands is an error, as in CPython.
static wf_object_t *math_fma(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("fma", nargs, 3, 3) < 0) {
        return NULL;
    }
    double x, y, z;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0 ||
        get_double(args[2], &z) < 0) {
        return NULL;
    }
    double r = fma(x, y, z);
    if (!isfinite(r)) {
        if (isnan(r)) {
            if (!isnan(x) && !isnan(y) && !isnan(z)) {
                return wf_err_set_string(&wf_exc_ValueError, "invalid operation in fma");
            }
        } else if (isfinite(x) && isfinite(y) && isfinite(z)) {
            return wf_err_set_string(&wf_exc_OverflowError, "overflow in fma");
        }
    }
    return wf_float_new(r);
}

static wf_object_t *math_pow(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("pow", nargs, 2, 2) < 0) {
        return NULL;
    }
    double x, y, r;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) {
        return NULL;
    }
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) {
                r = odd_y ? x : fabs(x);
            } else if (y == 0.0) {
                r = 1.0;
            } else {
                r = odd_y ? copysign(0.0, x) : 0.0;
            }
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) {
            errno = EDOM;
        } else if (isinf(r)) {
            errno = x == 0.0 ? EDOM : ERANGE;
        }
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return wf_float_new(r);
}

// log of a positive int that may be too large for a double: log(m) + e * log(2).
static wf_object_t *loghelper(wf_object_t *arg, double (*func)(double)) {
    if (WF_INT_CHECK(arg)) {
        if (wf_int_sign(arg) <= 0) {
            return domain_error();
        }
        double x = wf_int_as_double(arg);
        if (x == -1.0 && wf_err_occurred()) {
            if (!wf_err_matches(&wf_exc_OverflowError)) {
                return NULL;
            }
            wf_err_clear();
            int64_t e;
            double m = wf_int_frexp(arg, &e);
            return wf_float_new(func(m) + func(2.0) * (double)e);
        }
        return wf_float_new(func(x));
    }
    return math_1(arg, func, 0);
}

static wf_object_t *math_log(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("log", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *num = loghelper(args[0], m_log);
    if (num == NULL || nargs == 1) {
        return num;
    }
    wf_object_t *den = loghelper(args[1], m_log);
    if (den == NULL) {
        WF_DECREF(num);
        return NULL;
    }
    wf_object_t *r = wf_binary_op(num, den, WF_BINOP_TRUEDIV);
    WF_DECREF(num);
    WF_DECREF(den);
    return r;
}

static wf_object_t *math_log2(wf_object_t *self, wf_object_t *arg) {
    return loghelper(arg, m_log2);
}

static wf_object_t *math_log10(wf_object_t *self, wf_object_t *arg) {
    return loghelper(arg, m_log10);
}

// ---- rounding -----------------------------------------------------------------------------

static wf_object_t *floor_or_ceil(wf_object_t *number, wf_object_t *name, double (*func)(double)) {
    double x;
    if (WF_FLOAT_CHECK_EXACT(number)) {
        x = WF_FLOAT_VALUE(number);
    } else {
        wf_object_t *r = wf_call_special(number, name, NULL, 0);
        if (r != NULL || wf_err_occurred()) {
            return r;
        }
        if (get_double(number, &x) < 0) {
            return NULL;
        }
    }
    return wf_int_from_double(func(x));
}

static wf_object_t *math_floor(wf_object_t *self, wf_object_t *arg) {
    return floor_or_ceil(arg, floor_name, floor);
}

static wf_object_t *math_ceil(wf_object_t *self, wf_object_t *arg) {
    return floor_or_ceil(arg, ceil_name, ceil);
}

static wf_object_t *math_trunc(wf_object_t *self, wf_object_t *arg) {
    if (WF_FLOAT_CHECK_EXACT(arg)) {
        return wf_int_from_double(WF_FLOAT_VALUE(arg));
    }
    wf_object_t *r = wf_call_special(arg, trunc_name, NULL, 0);
    if (r == NULL && !wf_err_occurred()) {
        wf_err_format(&wf_exc_TypeError, "type %s doesn't define __trunc__ method",
                      WF_TYPE(arg)->name);
    }
    return r;
}

// ---- float decomposition ------------------------------------------------------------------

static wf_object_t *pair(wf_object_t *a, wf_object_t *b) {
    wf_object_t *t = NULL;
    if (a != NULL && b != NULL) {
        t = wf_tuple_pack(2, a, b);
    }
    WF_XDECREF(a);
    WF_XDECREF(b);
    return t;
}

static wf_object_t *math_frexp(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    int e = 0;
    if (!(isnan(x) || isinf(x) || x == 0.0)) {
        x = frexp(x, &e);
    }
    return pair(wf_float_new(x), wf_int_from_i64(e));
}

static wf_object_t *math_ldexp(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("ldexp", nargs, 2, 2) < 0) {
        return NULL;
    }
    double x, r;
    if (get_double(args[0], &x) < 0) {
        return NULL;
    }
    if (!WF_INT_CHECK(args[1])) {
        return wf_err_set_string(&wf_exc_TypeError, "Expected an int as second argument to ldexp.");
    }
    int64_t e;
    if (!wf_int_to_i64_if_fits(args[1], &e)) {
        e = wf_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    }
    errno = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        errno = isinf(r) ? ERANGE : 0;
    }
    if (errno && is_error(r)) {
        return NULL;
    }
    return wf_float_new(r);
}

static wf_object_t *math_modf(wf_object_t *self, wf_object_t *arg) {
    double x, y;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    if (isinf(x)) {
        return pair(wf_float_new(copysign(0.0, x)), wf_float_new(x));
    }
    if (isnan(x)) {
        return pair(wf_float_new(x), wf_float_new(x));
    }
    x = modf(x, &y);
    return pair(wf_float_new(x), wf_float_new(y));
}

static wf_object_t *math_isfinite(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return wf_bool_from(isfinite(x));
}

static wf_object_t *math_isinf(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return wf_bool_from(isinf(x));
}

static wf_object_t *math_isnan(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return wf_bool_from(isnan(x));
}

static wf_object_t *math_degrees(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return wf_float_new(x * (180.0 / pi));
}

static wf_object_t *math_radians(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    return wf_float_new(x * (pi / 180.0));
}

static wf_object_t *math_ulp(wf_object_t *self, wf_object_t *arg) {
    double x;
    if (get_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return wf_float_new(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return wf_float_new(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return wf_float_new(x - x2);
    }
    return wf_float_new(x2 - x);
}

// ---- keyword-only argument helper ---------------------------------------------------------

// Exactly npos positional-only arguments, then keyword-only names[]; out[] gets the
// keyword values (NULL when absent).
static int kwonly_args(const char *fname, wf_ssize_t nargs, wf_ssize_t npos, wf_object_t *const *args,
                       wf_object_t *kwnames, const char *const *names, wf_object_t **out) {
    if (nargs != npos) {
        wf_err_format(&wf_exc_TypeError, "%s() takes exactly %zd positional argument%s (%zd given)",
                      fname, npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    wf_ssize_t nkw = kwnames == NULL ? 0 : WF_TUPLE_SIZE(kwnames);
    for (wf_ssize_t i = 0; i < nkw; i++) {
        wf_object_t *k = WF_TUPLE_GET(kwnames, i);
        int found = 0;
        for (int j = 0; names[j] != NULL; j++) {
            if (wf_str_eq_cstr(k, names[j])) {
                out[j] = args[nargs + i];
                found = 1;
            }
        }
        if (!found) {
            wf_err_format(&wf_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, k);
            return -1;
        }
    }
    return 0;
}

static wf_object_t *math_isclose(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    // a and b may be passed by keyword; rel_tol and abs_tol only by keyword.
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    wf_object_t *av[4] = {NULL, NULL, NULL, NULL};
    if (nargs > 2) {
        return wf_err_format(&wf_exc_TypeError,
                             "isclose() takes exactly 2 positional arguments (%zd given)", nargs);
    }
    if (wf_parse_args("isclose", args, nargs, kwnames, names, 0, 2, av) < 0) {
        return NULL;
    }
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (get_double(av[0], &a) < 0 || get_double(av[1], &b) < 0 ||
        (av[2] != NULL && get_double(av[2], &rel_tol) < 0) ||
        (av[3] != NULL && get_double(av[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return wf_err_set_string(&wf_exc_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        WF_RETURN_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        WF_RETURN_FALSE;
    }
    double diff = fabs(b - a);
    return wf_bool_from(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static wf_object_t *math_nextafter(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"steps", NULL};
    wf_object_t *kw[1] = {NULL};
    if (kwonly_args("nextafter", nargs, 2, args, kwnames, names, kw) < 0) {
        return NULL;
    }
    double x, y;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) {
        return NULL;
    }
    if (kw[0] == NULL || kw[0] == WF_NONE) {
        return wf_float_new(nextafter(x, y));
    }
    wf_object_t *st = wf_index(kw[0]);
    if (st == NULL) {
        return NULL;
    }
    if (wf_int_sign(st) < 0) {
        WF_DECREF(st);
        return wf_err_set_string(&wf_exc_ValueError, "steps must be a non-negative integer");
    }
    uint64_t steps;
    int64_t sv;
    if (wf_int_to_i64_if_fits(st, &sv)) {
        steps = (uint64_t)sv;
    } else {
        steps = UINT64_MAX;  // more steps than there are doubles
    }
    WF_DECREF(st);
    if (steps == 0 || isnan(x)) {
        return wf_float_new(x);
    }
    if (isnan(y)) {
        return wf_float_new(y);
    }
    // Walk the ordered bit patterns: same-sign doubles order like their magnitudes.
    uint64_t ux, uy;
    memcpy(&ux, &x, 8);
    memcpy(&uy, &y, 8);
    if (ux == uy) {
        return wf_float_new(x);
    }
    const uint64_t sign_bit = (uint64_t)1 << 63;
    uint64_t ax = ux & ~sign_bit, ay = uy & ~sign_bit, r;
    if ((ux ^ uy) & sign_bit) {
        if (ax + ay <= steps) {
            return wf_float_new(y);
        }
        if (ax < steps) {
            r = (uy & sign_bit) | (steps - ax);
        } else {
            r = ux - steps;
        }
    } else if (ax > ay) {
        if (ax - ay < steps) {
            return wf_float_new(y);
        }
        r = ux - steps;
    } else {
        if (ay - ax < steps) {
            return wf_float_new(y);
        }
        r = ux + steps;
    }
    double d;
    memcpy(&d, &r, 8);
    return wf_float_new(d);
}

// ---- exact summation and norms ------------------------------------------------------------

typedef struct {
    double hi, lo;
} dlen_t;

typedef struct {
    double hi, lo, tiny;
} tlen_t;

// Error-free transformations (Dekker / Knuth).
static dlen_t dl_fast_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    double y = b - z;
    dlen_t r = {x, y};
    return r;
}

static dlen_t dl_sum(double a, double b) {
    double x = a + b;
    double z = x - a;
    double y = (a - (x - z)) + (b - z);
    dlen_t r = {x, y};
    return r;
}

static dlen_t dl_mul(double x, double y) {
    double z = x * y;
    double zz = fma(x, y, -z);
    dlen_t r = {z, zz};
    return r;
}

static tlen_t tl_fma(double x, double y, tlen_t total) {
    dlen_t pr = dl_mul(x, y);
    dlen_t sm = dl_sum(total.hi, pr.hi);
    dlen_t r1 = dl_sum(total.lo, pr.lo);
    dlen_t r2 = dl_sum(r1.hi, sm.lo);
    tlen_t t = {sm.hi, r2.hi, total.tiny + r1.lo + r2.lo};
    return t;
}

static double tl_to_d(tlen_t total) {
    dlen_t last = dl_sum(total.lo, total.hi);
    return total.tiny + last.lo + last.hi;
}

// Euclidean norm of non-negative finite values with max their maximum: scaled, squares
// summed in double-double precision, square root with one Newton correction.
static double vector_norm(wf_ssize_t n, double *vec, double max, int found_nan) {
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1.0, -max_e) would overflow: bring subnormals into the normal range.
        for (wf_ssize_t i = 0; i < n; i++) {
            vec[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, x, h;
    dlen_t pr, sm;
    for (wf_ssize_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static wf_object_t *math_hypot(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    double stack[16];
    double *coords = nargs > 16 ? wf_mem_alloc((size_t)nargs * sizeof(double)) : stack;
    if (coords == NULL) {
        return wf_err_nomemory();
    }
    double max = 0.0;
    int found_nan = 0;
    for (wf_ssize_t i = 0; i < nargs; i++) {
        double x;
        if (get_double(args[i], &x) < 0) {
            if (coords != stack) {
                wf_mem_free(coords);
            }
            return NULL;
        }
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = vector_norm(nargs, coords, max, found_nan);
    if (coords != stack) {
        wf_mem_free(coords);
    }
    return wf_float_new(r);
}

static wf_object_t *math_dist(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("dist", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *p = WF_TUPLE_CHECK(args[0]) ? wf_newref(args[0]) : wf_sequence_tuple(args[0]);
    if (p == NULL) {
        return NULL;
    }
    wf_object_t *q = WF_TUPLE_CHECK(args[1]) ? wf_newref(args[1]) : wf_sequence_tuple(args[1]);
    if (q == NULL) {
        WF_DECREF(p);
        return NULL;
    }
    wf_object_t *result = NULL;
    wf_ssize_t n = WF_TUPLE_SIZE(p);
    double stack[16];
    double *diffs = stack;
    if (n != WF_TUPLE_SIZE(q)) {
        wf_err_set_string(&wf_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && (diffs = wf_mem_alloc((size_t)n * sizeof(double))) == NULL) {
        wf_err_nomemory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        double px, qx;
        if (get_double(WF_TUPLE_GET(p, i), &px) < 0 || get_double(WF_TUPLE_GET(q, i), &qx) < 0) {
            goto done;
        }
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    result = wf_float_new(vector_norm(n, diffs, max, found_nan));
done:
    if (diffs != stack) {
        wf_mem_free(diffs);
    }
    WF_DECREF(p);
    WF_DECREF(q);
    return result;
}

// Shewchuk's exact summation: partials[] holds non-overlapping partial sums in increasing
// magnitude; adding x to them keeps the sum exact.
typedef struct {
    double *p;
    wf_ssize_t n, m;
    double stack[32];
    double special_sum, inf_sum;
} partials_t;

// 0 ok, -1 error set.
static int partials_add(partials_t *ps, double x) {
    double xsave = x, y, t;
    volatile double hi, yr, lo;
    wf_ssize_t i = 0;
    for (wf_ssize_t j = 0; j < ps->n; j++) {
        y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            t = x;
            x = y;
            y = t;
        }
        hi = x + y;
        yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
            ps->p[i++] = lo;
        }
        x = hi;
    }
    ps->n = i;
    if (x == 0.0) {
        return 0;
    }
    if (!isfinite(x)) {
        // From an inf/nan summand, or an intermediate overflow.
        if (isfinite(xsave)) {
            wf_err_set_string(&wf_exc_OverflowError, "intermediate overflow in fsum");
            return -1;
        }
        if (isinf(xsave)) {
            ps->inf_sum += xsave;
        }
        ps->special_sum += xsave;
        ps->n = 0;
        return 0;
    }
    if (ps->n >= ps->m) {
        double *np = wf_mem_alloc((size_t)(2 * ps->m) * sizeof(double));
        if (np == NULL) {
            wf_err_set_string(&wf_exc_MemoryError, "math.fsum partials");
            return -1;
        }
        memcpy(np, ps->p, (size_t)ps->n * sizeof(double));
        if (ps->p != ps->stack) {
            wf_mem_free(ps->p);
        }
        ps->p = np;
        ps->m *= 2;
    }
    ps->p[ps->n++] = x;
    return 0;
}

// Add the partials from the top, stopping once the sum becomes inexact, with a final
// half-even correction across the remaining partials.
static double partials_total(partials_t *ps) {
    volatile double hi = 0.0, yr, lo = 0.0;
    wf_ssize_t n = ps->n;
    double *p = ps->p;
    if (n == 0) {
        return 0.0;
    }
    hi = p[--n];
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
            break;
        }
    }
    // sum([1e-16, 1, 1e16]) must round up: the lower partials break the tie.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        yr = x - hi;
        if (y == yr) {
            hi = x;
        }
    }
    return hi;
}

static wf_object_t *math_fsum(wf_object_t *self, wf_object_t *seq) {
    wf_object_t *it = wf_iter(seq);
    if (it == NULL) {
        return NULL;
    }
    partials_t ps;
    ps.p = ps.stack;
    ps.n = 0;
    ps.m = 32;
    ps.special_sum = ps.inf_sum = 0.0;
    wf_object_t *item, *result = NULL;
    while ((item = wf_iter_next(it)) != NULL) {
        double x;
        int rc = get_double(item, &x);
        WF_DECREF(item);
        if (rc < 0 || partials_add(&ps, x) < 0) {
            goto done;
        }
    }
    if (wf_err_occurred()) {
        goto done;
    }
    if (ps.special_sum != 0.0) {
        if (isnan(ps.inf_sum)) {
            wf_err_set_string(&wf_exc_ValueError, "-inf + inf in fsum");
        } else {
            result = wf_float_new(ps.special_sum);
        }
        goto done;
    }
    result = wf_float_new(partials_total(&ps));
done:
    if (ps.p != ps.stack) {
        wf_mem_free(ps.p);
    }
    WF_DECREF(it);
    return result;
}

static int mul_overflows(int64_t a, int64_t b, int64_t *r) {
    return __builtin_mul_overflow(a, b, r);
}

static wf_object_t *math_prod(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                              wf_object_t *kwnames) {
    static const char *const names[] = {"start", NULL};
    wf_object_t *kw[1] = {NULL};
    if (kwonly_args("prod", nargs, 1, args, kwnames, names, kw) < 0) {
        return NULL;
    }
    wf_object_t *it = wf_iter(args[0]);
    if (it == NULL) {
        return NULL;
    }
    wf_object_t *result = kw[0] != NULL ? wf_newref(kw[0]) : wf_int_new_fast(1);
    wf_object_t *item;
    // Fast paths keep the running product in C while items stay exact ints / floats.
    int64_t iacc;
    if (WF_INT_CHECK_EXACT(result) && wf_int_to_i64_if_fits(result, &iacc)) {
        for (;;) {
            item = wf_iter_next(it);
            if (item == NULL) {
                WF_DECREF(it);
                WF_DECREF(result);
                return wf_err_occurred() ? NULL : wf_int_from_i64(iacc);
            }
            int64_t b, r;
            if (WF_INT_CHECK_EXACT(item) && wf_int_to_i64_if_fits(item, &b) &&
                !mul_overflows(iacc, b, &r)) {
                iacc = r;
                WF_DECREF(item);
                continue;
            }
            WF_DECREF(result);
            result = wf_int_from_i64(iacc);
            break;
        }
        wf_object_t *t = result == NULL ? NULL : wf_binary_op(result, item, WF_BINOP_MUL);
        WF_XDECREF(result);
        WF_DECREF(item);
        result = t;
        if (result == NULL) {
            WF_DECREF(it);
            return NULL;
        }
    }
    if (WF_FLOAT_CHECK_EXACT(result)) {
        double facc = WF_FLOAT_VALUE(result);
        for (;;) {
            item = wf_iter_next(it);
            if (item == NULL) {
                WF_DECREF(it);
                WF_DECREF(result);
                return wf_err_occurred() ? NULL : wf_float_new(facc);
            }
            int64_t b;
            if (WF_FLOAT_CHECK_EXACT(item)) {
                facc *= WF_FLOAT_VALUE(item);
                WF_DECREF(item);
                continue;
            }
            if (WF_INT_CHECK_EXACT(item) && wf_int_to_i64_if_fits(item, &b)) {
                facc *= (double)b;
                WF_DECREF(item);
                continue;
            }
            WF_DECREF(result);
            result = wf_float_new(facc);
            break;
        }
        wf_object_t *t = result == NULL ? NULL : wf_binary_op(result, item, WF_BINOP_MUL);
        WF_XDECREF(result);
        WF_DECREF(item);
        result = t;
        if (result == NULL) {
            WF_DECREF(it);
            return NULL;
        }
    }
    while ((item = wf_iter_next(it)) != NULL) {
        wf_object_t *t = wf_binary_op(result, item, WF_BINOP_MUL);
        WF_DECREF(item);
        WF_DECREF(result);
        result = t;
        if (result == NULL) {
            break;
        }
    }
    if (result != NULL && wf_err_occurred()) {
        WF_CLEAR(result);
    }
    WF_DECREF(it);
    return result;
}

// Add the pending C accumulators to the object total.
static int sumprod_flush(wf_object_t **total, wf_object_t *term) {
    if (term == NULL) {
        return -1;
    }
    wf_object_t *t = wf_binary_op(*total, term, WF_BINOP_ADD);
    WF_DECREF(term);
    if (t == NULL) {
        return -1;
    }
    WF_SETREF(*total, t);
    return 0;
}

// The float fast path of sumprod takes float*float and float*int (or bool) pairs.
static int float_pair(wf_object_t *p, wf_object_t *q, double *fp, double *fq) {
    int pf = WF_FLOAT_CHECK_EXACT(p), qf = WF_FLOAT_CHECK_EXACT(q);
    if (pf && qf) {
        *fp = WF_FLOAT_VALUE(p);
        *fq = WF_FLOAT_VALUE(q);
        return 1;
    }
    if (!pf && !qf) {
        return 0;
    }
    wf_object_t *f = pf ? p : q, *i = pf ? q : p;
    if (!WF_INT_CHECK_EXACT(i) && !WF_BOOL_CHECK(i)) {
        return 0;
    }
    double iv = wf_int_as_double(i);
    if (iv == -1.0 && wf_err_occurred()) {
        wf_err_clear();  // too large: leave it to the generic path
        return 0;
    }
    *fp = pf ? WF_FLOAT_VALUE(f) : iv;
    *fq = pf ? iv : WF_FLOAT_VALUE(f);
    return 1;
}

static wf_object_t *math_sumprod(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("sumprod", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *pit = wf_iter(args[0]);
    if (pit == NULL) {
        return NULL;
    }
    wf_object_t *qit = wf_iter(args[1]);
    if (qit == NULL) {
        WF_DECREF(pit);
        return NULL;
    }
    wf_object_t *total = wf_int_new_fast(0), *pi_ = NULL, *qi = NULL;
    int int_path = 1, int_used = 0, flt_path = 1, flt_used = 0;
    int64_t int_total = 0;
    tlen_t flt_total = {0.0, 0.0, 0.0};
    for (;;) {
        pi_ = wf_iter_next(pit);
        if (pi_ == NULL && wf_err_occurred()) {
            goto error;
        }
        qi = wf_iter_next(qit);
        if (qi == NULL && wf_err_occurred()) {
            goto error;
        }
        if ((pi_ == NULL) != (qi == NULL)) {
            wf_err_set_string(&wf_exc_ValueError, "Inputs are not the same length");
            goto error;
        }
        int finished = pi_ == NULL;
        if (int_path) {
            int64_t a, b, prod, sum;
            if (!finished && WF_INT_CHECK_EXACT(pi_) && WF_INT_CHECK_EXACT(qi) &&
                wf_int_to_i64_if_fits(pi_, &a) && wf_int_to_i64_if_fits(qi, &b) &&
                !__builtin_mul_overflow(a, b, &prod) &&
                !__builtin_add_overflow(int_total, prod, &sum)) {
                int_total = sum;
                int_used = 1;
                WF_CLEAR(pi_);
                WF_CLEAR(qi);
                continue;
            }
            int_path = 0;
            if (int_used && sumprod_flush(&total, wf_int_from_i64(int_total)) < 0) {
                goto error;
            }
            int_used = 0;
        }
        if (flt_path) {
            double fp, fq;
            if (!finished && float_pair(pi_, qi, &fp, &fq)) {
                tlen_t nt = tl_fma(fp, fq, flt_total);
                if (isfinite(nt.hi)) {
                    flt_total = nt;
                    flt_used = 1;
                    WF_CLEAR(pi_);
                    WF_CLEAR(qi);
                    continue;
                }
            }
            flt_path = 0;
            if (flt_used && sumprod_flush(&total, wf_float_new(tl_to_d(flt_total))) < 0) {
                goto error;
            }
            flt_used = 0;
        }
        if (finished) {
            break;
        }
        wf_object_t *term = wf_binary_op(pi_, qi, WF_BINOP_MUL);
        WF_CLEAR(pi_);
        WF_CLEAR(qi);
        if (sumprod_flush(&total, term) < 0) {
            goto error;
        }
    }
    WF_DECREF(pit);
    WF_DECREF(qit);
    return total;
error:
    WF_XDECREF(pi_);
    WF_XDECREF(qi);
    WF_DECREF(pit);
    WF_DECREF(qit);
    WF_DECREF(total);
    return NULL;
}

// ---- integer functions --------------------------------------------------------------------

// start * (start + 1) * ... * (start + count - 1) by binary splitting, count >= 1.
static wf_object_t *range_product(wf_object_t *start, int64_t count) {
    int64_t s;
    if (count <= 16) {
        if (wf_int_to_i64_if_fits(start, &s) && s >= 0 && s <= INT64_MAX - count) {
            // Word-sized run while the partial product fits.
            uint64_t acc = 1;
            int64_t i = 0;
            for (; i < count; i++) {
                uint64_t r;
                if (__builtin_mul_overflow(acc, (uint64_t)(s + i), &r)) {
                    break;
                }
                acc = r;
            }
            wf_object_t *res = wf_int_from_u64(acc);
            for (; i < count && res != NULL; i++) {
                wf_object_t *f = wf_int_from_i64(s + i);
                wf_object_t *t = f == NULL ? NULL : wf_int_mul(res, f);
                WF_XDECREF(f);
                WF_SETREF(res, t);
            }
            return res;
        }
        wf_object_t *res = wf_newref(start);
        for (int64_t i = 1; i < count && res != NULL; i++) {
            wf_object_t *off = wf_int_from_i64(i);
            wf_object_t *f = off == NULL ? NULL : wf_int_add(start, off);
            WF_XDECREF(off);
            wf_object_t *t = f == NULL ? NULL : wf_int_mul(res, f);
            WF_XDECREF(f);
            WF_SETREF(res, t);
        }
        return res;
    }
    int64_t half = count / 2;
    wf_object_t *off = wf_int_from_i64(half);
    wf_object_t *mid = off == NULL ? NULL : wf_int_add(start, off);
    WF_XDECREF(off);
    if (mid == NULL) {
        return NULL;
    }
    wf_object_t *left = range_product(start, half);
    wf_object_t *right = left == NULL ? NULL : range_product(mid, count - half);
    WF_DECREF(mid);
    wf_object_t *r = right == NULL ? NULL : wf_int_mul(left, right);
    WF_XDECREF(left);
    WF_XDECREF(right);
    return r;
}

static wf_object_t *factorial_of(int64_t n) {
    if (n <= 1) {
        return wf_int_new_fast(1);
    }
    wf_object_t *one = wf_int_new_fast(1);
    return range_product(one, n);
}

static wf_object_t *math_factorial(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *n = wf_index(arg);
    if (n == NULL) {
        return NULL;
    }
    int64_t v;
    int fits = wf_int_to_i64_if_fits(n, &v);
    int sign = wf_int_sign(n);
    WF_DECREF(n);
    if (!fits) {
        if (sign < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "factorial() not defined for negative values");
        }
        return wf_err_format(&wf_exc_OverflowError, "factorial() argument should not exceed %lld",
                             (long long)INT64_MAX);
    }
    if (v < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "factorial() not defined for negative values");
    }
    return factorial_of(v);
}

static wf_object_t *math_isqrt(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *n = wf_index(arg);
    if (n == NULL) {
        return NULL;
    }
    if (wf_int_sign(n) < 0) {
        WF_DECREF(n);
        return wf_err_set_string(&wf_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    wf_object_t *r = wf_int_isqrt(n);
    WF_DECREF(n);
    return r;
}

static wf_object_t *math_gcd(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_object_t *res = wf_int_new_fast(0);
    for (wf_ssize_t i = 0; i < nargs; i++) {
        wf_object_t *x = wf_index(args[i]);
        if (x == NULL) {
            WF_DECREF(res);
            return NULL;
        }
        if (!(((wf_int_t *)res)->ndigits == 0 && ((wf_int_t *)res)->u.small == 1)) {
            wf_object_t *g = wf_int_gcd(res, x);
            WF_SETREF(res, g);
        }
        WF_DECREF(x);
        if (res == NULL) {
            return NULL;
        }
    }
    return res;
}

static wf_object_t *math_lcm(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    wf_object_t *res = wf_int_new_fast(1);
    for (wf_ssize_t i = 0; i < nargs; i++) {
        wf_object_t *x = wf_index(args[i]);
        if (x == NULL) {
            WF_DECREF(res);
            return NULL;
        }
        if (wf_int_sign(res) == 0) {
            WF_DECREF(x);
            continue;  // still validate the remaining arguments
        }
        wf_object_t *t = NULL;
        if (wf_int_sign(x) == 0) {
            t = wf_int_new_fast(0);
        } else {
            wf_object_t *g = wf_int_gcd(res, x);
            wf_object_t *q = g == NULL ? NULL : wf_int_floordiv(res, g);
            wf_object_t *p = q == NULL ? NULL : wf_int_mul(q, x);
            t = p == NULL ? NULL : wf_int_abs(p);
            WF_XDECREF(g);
            WF_XDECREF(q);
            WF_XDECREF(p);
        }
        WF_DECREF(x);
        WF_SETREF(res, t);
        if (res == NULL) {
            return NULL;
        }
    }
    return res;
}

// n and k for comb/perm as non-negative ints; k may be NULL (perm(n)).
static int comb_args(wf_object_t *narg, wf_object_t *karg, wf_object_t **n, wf_object_t **k) {
    *n = wf_index(narg);
    if (*n == NULL) {
        return -1;
    }
    *k = NULL;
    if (karg != NULL && (*k = wf_index(karg)) == NULL) {
        WF_CLEAR(*n);
        return -1;
    }
    if (wf_int_sign(*n) < 0) {
        wf_err_set_string(&wf_exc_ValueError, "n must be a non-negative integer");
        goto fail;
    }
    if (*k != NULL && wf_int_sign(*k) < 0) {
        wf_err_set_string(&wf_exc_ValueError, "k must be a non-negative integer");
        goto fail;
    }
    return 0;
fail:
    WF_CLEAR(*n);
    WF_XDECREF(*k);
    *k = NULL;
    return -1;
}

static wf_object_t *math_perm(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("perm", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *n, *k;
    if (nargs < 2 || args[1] == WF_NONE) {
        // perm(n) is factorial(n), with factorial's messages.
        n = wf_index(args[0]);
        if (n != NULL && wf_int_sign(n) < 0) {
            WF_CLEAR(n);
            wf_err_set_string(&wf_exc_ValueError, "factorial() not defined for negative values");
        }
        k = NULL;
    } else if (comb_args(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *r = NULL;
    int64_t kv;
    if (k == NULL) {
        int64_t nv;
        if (!wf_int_to_i64_if_fits(n, &nv)) {
            wf_err_format(&wf_exc_OverflowError, "factorial() argument should not exceed %lld",
                          (long long)INT64_MAX);
        } else {
            r = factorial_of(nv);
        }
    } else if (wf_int_compare(k, n) > 0) {
        r = wf_int_new_fast(0);
    } else if (!wf_int_to_i64_if_fits(k, &kv)) {
        wf_err_format(&wf_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    } else if (kv == 0) {
        r = wf_int_new_fast(1);
    } else {
        // n * (n-1) * ... * (n-k+1)
        wf_object_t *kk = wf_int_from_i64(kv - 1);
        wf_object_t *start = kk == NULL ? NULL : wf_int_sub(n, kk);
        WF_XDECREF(kk);
        r = start == NULL ? NULL : range_product(start, kv);
        WF_XDECREF(start);
    }
    WF_DECREF(n);
    WF_XDECREF(k);
    return r;
}

static wf_object_t *math_comb(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("comb", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *n, *k;
    if (comb_args(args[0], args[1], &n, &k) < 0) {
        return NULL;
    }
    wf_object_t *r = NULL;
    if (wf_int_compare(k, n) > 0) {
        r = wf_int_new_fast(0);
        goto done;
    }
    // Use the smaller of k and n - k.
    wf_object_t *nk = wf_int_sub(n, k);
    if (nk == NULL) {
        goto done;
    }
    if (wf_int_compare(nk, k) < 0) {
        WF_SETREF(k, nk);
    } else {
        WF_DECREF(nk);
    }
    int64_t kv;
    if (!wf_int_to_i64_if_fits(k, &kv)) {
        wf_err_format(&wf_exc_OverflowError, "min(n - k, k) must not exceed %lld",
                      (long long)INT64_MAX);
        goto done;
    }
    if (kv == 0) {
        r = wf_int_new_fast(1);
        goto done;
    }
    wf_object_t *kk = wf_int_from_i64(kv - 1);
    wf_object_t *start = kk == NULL ? NULL : wf_int_sub(n, kk);
    WF_XDECREF(kk);
    wf_object_t *num = start == NULL ? NULL : range_product(start, kv);
    WF_XDECREF(start);
    wf_object_t *den = num == NULL ? NULL : factorial_of(kv);
    r = den == NULL ? NULL : wf_int_floordiv(num, den);
    WF_XDECREF(num);
    WF_XDECREF(den);
done:
    WF_DECREF(n);
    WF_DECREF(k);
    return r;
}

// ---- module -------------------------------------------------------------------------------

#define M1(name, doc) {#name, {.o = math_##name}, WF_METH_O, doc}
#define MF(name, doc) {#name, {.fast = math_##name}, WF_METH_FASTCALL, doc}
#define MK(name, doc) {#name, {.fastkw = math_##name}, WF_METH_FASTCALL | WF_METH_KEYWORDS, doc}

static wf_method_def_t math_methods[] = {
    M1(acos, "Return the arc cosine (measured in radians) of x."),
    M1(acosh, "Return the inverse hyperbolic cosine of x."),
    M1(asin, "Return the arc sine (measured in radians) of x."),
    M1(asinh, "Return the inverse hyperbolic sine of x."),
    M1(atan, "Return the arc tangent (measured in radians) of x."),
    MF(atan2, "Return the arc tangent (measured in radians) of y/x."),
    M1(atanh, "Return the inverse hyperbolic tangent of x."),
    M1(cbrt, "Return the cube root of x."),
    M1(ceil, "Return the ceiling of x as an Integral."),
    MF(comb, "Number of ways to choose k items from n items without repetition and without order."),
    MF(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y."),
    M1(cos, "Return the cosine of x (measured in radians)."),
    M1(cosh, "Return the hyperbolic cosine of x."),
    M1(degrees, "Convert angle x from radians to degrees."),
    MF(dist, "Return the Euclidean distance between two points p and q."),
    M1(erf, "Error function at x."),
    M1(erfc, "Complementary error function at x."),
    M1(exp, "Return e raised to the power of x."),
    M1(exp2, "Return 2 raised to the power of x."),
    M1(expm1, "Return exp(x)-1."),
    M1(fabs, "Return the absolute value of the float x."),
    M1(factorial, "Find n!."),
    M1(floor, "Return the floor of x as an Integral."),
    MF(fma, "Fused multiply-add operation."),
    MF(fmod, "Return fmod(x, y), according to platform C."),
    M1(frexp, "Return the mantissa and exponent of x, as pair (m, e)."),
    M1(fsum, "Return an accurate floating-point sum of values in the iterable seq."),
    M1(gamma, "Gamma function at x."),
    MF(gcd, "Greatest Common Divisor."),
    MF(hypot, "Multidimensional Euclidean distance from the origin to a point."),
    MK(isclose, "Determine whether two floating-point numbers are close in value."),
    M1(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    M1(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    M1(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    M1(isqrt, "Return the integer part of the square root of the input."),
    MF(lcm, "Least Common Multiple."),
    MF(ldexp, "Return x * (2**i)."),
    M1(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    MF(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."),
    M1(log10, "Return the base 10 logarithm of x."),
    M1(log1p, "Return the natural logarithm of 1+x (base e)."),
    M1(log2, "Return the base 2 logarithm of x."),
    M1(modf, "Return the fractional and integer parts of x."),
    MK(nextafter, "Return the floating-point value the given number of steps after x towards y."),
    MF(perm, "Number of ways to choose k items from n items without repetition and with order."),
    MF(pow, "Return x**y (x to the power of y)."),
    MK(prod, "Calculate the product of all the elements in the input iterable."),
    M1(radians, "Convert angle x from degrees to radians."),
    MF(remainder, "Difference between x and the closest integer multiple of y."),
    M1(sin, "Return the sine of x (measured in radians)."),
    M1(sinh, "Return the hyperbolic sine of x."),
    M1(sqrt, "Return the square root of x."),
    MF(sumprod, "Return the sum of products of values from two iterables p and q."),
    M1(tan, "Return the tangent of x (measured in radians)."),
    M1(tanh, "Return the hyperbolic tangent of x."),
    M1(trunc, "Truncates the Real x to the nearest Integral toward 0."),
    M1(ulp, "Return the value of the least significant bit of the float x."),
    {0},
};

static int add_float(wf_object_t *m, const char *name, double v) {
    wf_object_t *f = wf_float_new(v);
    if (f == NULL) {
        return -1;
    }
    int rc = wf_module_add_object(m, name, f);
    WF_DECREF(f);
    return rc;
}

wf_object_t *wf_mod_math_init(void) {
    if (floor_name == NULL) {
        floor_name = wf_str_intern_cstr("__floor__");
        ceil_name = wf_str_intern_cstr("__ceil__");
        trunc_name = wf_str_intern_cstr("__trunc__");
        if (floor_name == NULL || ceil_name == NULL || trunc_name == NULL) {
            return NULL;
        }
    }
    wf_object_t *m = wf_module_new("math");
    if (m == NULL) {
        return NULL;
    }
    if (wf_module_add_str(m, "__doc__", "This module provides access to the mathematical "
                                        "functions\ndefined by the C standard.") < 0 ||
        wf_module_add_functions(m, math_methods) < 0 || add_float(m, "pi", pi) < 0 ||
        add_float(m, "e", 2.718281828459045235360287471352662498) < 0 ||
        add_float(m, "tau", 6.283185307179586476925286766559005768) < 0 ||
        add_float(m, "inf", HUGE_VAL) < 0 || add_float(m, "nan", fabs(NAN)) < 0) {
        WF_DECREF(m);
        return NULL;
    }
    return m;
}
