// The float type: IEEE doubles with Python's arithmetic, comparison, hashing, repr,
// rounding and hex conversions.
//
// Binary slots accept a float or an int on either side (ints are converted exactly or
// raise OverflowError), so int op float always lands here after int's slot declines.
// Comparisons with ints are exact (wf_int_compare_double), not via conversion. Floor
// division and modulo follow the sign of the divisor, computed from fmod as CPython does
// so the results agree bit for bit.
#include "objects/float.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/format_spec.h"
#include "objects/int_impl.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/dtoa.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

wf_object_t *wf_float_new(double v) {
    wf_float_t *f = (wf_float_t *)wf_object_alloc(&wf_float_type, sizeof(wf_float_t));
    if (f == NULL) {
        return NULL;
    }
    f->value = v;
    return (wf_object_t *)f;
}

static wf_object_t *float_subtype_new_value(wf_type_t *type, double v) {
    if (type == &wf_float_type) {
        return wf_float_new(v);
    }
    wf_float_t *f = (wf_float_t *)wf_type_alloc(type, 0);
    if (f != NULL) {
        f->value = v;
    }
    return (wf_object_t *)f;
}

static void float_dealloc(wf_object_t *o) {
    wf_object_free(o);
}

double wf_float_as_double(wf_object_t *o) {
    if (WF_FLOAT_CHECK(o)) {
        return WF_FLOAT_VALUE(o);
    }
    if (WF_INT_CHECK(o)) {
        return wf_int_as_double(o);
    }
    wf_type_t *t = WF_TYPE(o);
    if (t->nb_float != NULL) {
        wf_object_t *r = t->nb_float(o);
        if (r == NULL) {
            return -1.0;
        }
        if (!WF_FLOAT_CHECK(r)) {
            wf_err_format(&wf_exc_TypeError, "%s.__float__ returned non-float (type %T)",
                          t->name, r);
            WF_DECREF(r);
            return -1.0;
        }
        double v = WF_FLOAT_VALUE(r);
        WF_DECREF(r);
        return v;
    }
    if (t->nb_index != NULL) {
        wf_object_t *i = wf_index(o);
        if (i == NULL) {
            return -1.0;
        }
        double v = wf_int_as_double(i);
        WF_DECREF(i);
        return v;
    }
    wf_err_format(&wf_exc_TypeError, "must be real number, not %T", o);
    return -1.0;
}

// ---- parsing ------------------------------------------------------------------------------

static int ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Parse ASCII text (white space allowed around it). 1 ok, 0 invalid, -1 error set.
static int parse_ascii(const char *s, wf_ssize_t n, double *out) {
    const char *p = s, *end = s + n;
    while (p < end && ascii_space(*p)) {
        p++;
    }
    while (end > p && ascii_space(end[-1])) {
        end--;
    }
    int r = wf_dtoa_parse(p, end - p, out);
    if (r < 0) {
        wf_err_nomemory();
    }
    return r;
}

static wf_object_t *cannot_convert(wf_object_t *orig) {
    return wf_err_format(&wf_exc_ValueError, "could not convert string to float: %R", orig);
}

wf_object_t *wf_float_from_string(const char *s, wf_ssize_t len) {
    wf_ssize_t n;
    double v;
    char *ascii = wf_numbers_ascii_digits_utf8(s, len, &n);
    int r = 0;
    if (ascii != NULL) {
        r = parse_ascii(ascii, n, &v);
        wf_mem_free(ascii);
        if (r < 0) {
            return NULL;
        }
    } else if (n == -2) {
        return NULL;
    }
    if (r == 0) {
        wf_object_t *orig = wf_str_from_utf8(s, len);
        if (orig != NULL) {
            cannot_convert(orig);
            WF_DECREF(orig);
        }
        return NULL;
    }
    return wf_float_new(v);
}

// float(x) for str, bytes and bytearray; NULL with *handled = 0 otherwise.
static int float_parse_text_like(wf_object_t *x, double *out, int *handled) {
    *handled = 1;
    char *ascii = NULL;
    const char *text;
    wf_ssize_t n;
    if (WF_STR_CHECK(x) && WF_STR_KIND(x) == 1) {
        text = WF_STR_ASCII(x);  // ASCII already
        n = WF_STR_LEN(x);
    } else if (WF_STR_CHECK(x)) {
        ascii = wf_numbers_ascii_digits(x, &n);
        if (ascii == NULL && n == -2) {
            return -1;
        }
        text = ascii;
    } else if (WF_BYTES_CHECK(x)) {
        text = WF_BYTES_DATA(x);
        n = WF_BYTES_LEN(x);
    } else if (WF_BYTEARRAY_CHECK(x)) {
        text = ((wf_bytearray_t *)x)->data ? ((wf_bytearray_t *)x)->data : "";
        n = WF_SIZE(x);
    } else if (wf_buffer_check(x)) {
        // memoryview, array: parse a bytes copy (which errors show).
        wf_object_t *b = wf_buffer_to_bytes(x);
        if (b == NULL) {
            return -1;
        }
        int r = float_parse_text_like(b, out, handled);
        WF_DECREF(b);
        return r;
    } else {
        *handled = 0;
        return 0;
    }
    int r = 0;
    if (text != NULL && (wf_ssize_t)strlen(text) == n) {
        r = parse_ascii(text, n, out);
    }
    wf_mem_free(ascii);
    if (r == 0) {
        cannot_convert(x);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

// The value of float(x) as a double. -1.0 + exception on error.
static double float_arg_value(wf_object_t *x) {
    if (WF_FLOAT_CHECK_EXACT(x)) {
        return WF_FLOAT_VALUE(x);
    }
    if (WF_FLOAT_CHECK(x)) {
        // A subclass: its __float__ decides, as float(x) asks it.
        wf_object_t *f = wf_number_float(x);
        double v = f != NULL ? WF_FLOAT_VALUE(f) : -1.0;
        WF_XDECREF(f);
        return v;
    }
    double v;
    int handled;
    if (float_parse_text_like(x, &v, &handled) < 0) {
        return -1.0;
    }
    if (handled) {
        return v;
    }
    wf_type_t *t = WF_TYPE(x);
    if (t->nb_float == NULL && t->nb_index == NULL) {
        wf_err_format(&wf_exc_TypeError,
                      "float() argument must be a string or a real number, not '%T'", x);
        return -1.0;
    }
    return wf_float_as_double(x);
}

static wf_object_t *float_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    // Keywords are refused unless a subclass's own __init__ takes them.
    if (kwargs != NULL && wf_dict_size(kwargs) > 0 &&
        (type == &wf_float_type || type->init == wf_float_type.init)) {
        return wf_err_set_string(&wf_exc_TypeError, "float() takes no keyword arguments");
    }
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (nargs > 1) {
        return wf_err_format(&wf_exc_TypeError, "float expected at most 1 argument, got %zd",
                             nargs);
    }
    if (nargs == 0) {
        return float_subtype_new_value(type, 0.0);
    }
    wf_object_t *x = WF_TUPLE_GET(args, 0);
    if (type == &wf_float_type && WF_FLOAT_CHECK_EXACT(x)) {
        return wf_newref(x);
    }
    double v = float_arg_value(x);
    if (v == -1.0 && wf_err_occurred()) {
        return NULL;
    }
    return float_subtype_new_value(type, v);
}

// ---- repr, hash ---------------------------------------------------------------------------

int wf_float_repr_buf(double v, char *buf, size_t size) {
    char tmp[WF_DTOA_REPR_MAX];
    int n = wf_dtoa_repr(v, tmp);
    snprintf(buf, size, "%s", tmp);
    return n;
}

static wf_object_t *float_repr(wf_object_t *o) {
    char buf[WF_DTOA_REPR_MAX];
    int n = wf_dtoa_repr(WF_FLOAT_VALUE(o), buf);
    return wf_str_from_utf8(buf, n);
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

// The hash of the rational value of v modulo 2**61 - 1 (so equal ints, floats, Fractions
// and Decimals hash alike). Processes the mantissa 28 bits at a time.
wf_hash_t wf_hash_double(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    // Multiply by 2**e: a rotation by e modulo 61.
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t r = (int64_t)x * sign;
    return r == -1 ? -2 : (wf_hash_t)r;
}

// NaNs hash by identity, so distinct NaN objects land in distinct dict slots.
wf_hash_t wf_hash_double_obj(wf_object_t *o, double v) {
    if (isnan(v)) {
        uintptr_t y = (uintptr_t)o;
        y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
        wf_hash_t h = (wf_hash_t)y;
        return h == -1 ? -2 : h;
    }
    return wf_hash_double(v);
}

static wf_hash_t float_hash(wf_object_t *o) {
    return wf_hash_double_obj(o, WF_FLOAT_VALUE(o));
}

// ---- comparison ---------------------------------------------------------------------------

static wf_object_t *float_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    double x, y;
    int c;
    if (WF_FLOAT_CHECK(a) && WF_FLOAT_CHECK(b)) {
        x = WF_FLOAT_VALUE(a);
        y = WF_FLOAT_VALUE(b);
        goto doubles;
    }
    if (WF_FLOAT_CHECK(a) && WF_INT_CHECK(b)) {
        c = wf_int_compare_double(b, WF_FLOAT_VALUE(a));
        if (c != 2) {
            c = -c;
        }
    } else if (WF_INT_CHECK(a) && WF_FLOAT_CHECK(b)) {
        c = wf_int_compare_double(a, WF_FLOAT_VALUE(b));
    } else {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (c == 2) {
        return wf_bool_from(op == WF_NE);  // nan: unordered
    }
    x = c;
    y = 0;
doubles:
    switch (op) {
    case WF_LT: return wf_bool_from(x < y);
    case WF_LE: return wf_bool_from(x <= y);
    case WF_EQ: return wf_bool_from(x == y);
    case WF_NE: return wf_bool_from(x != y);
    case WF_GT: return wf_bool_from(x > y);
    default: return wf_bool_from(x >= y);
    }
}

// ---- arithmetic ---------------------------------------------------------------------------

// Operand conversion for binary slots: 1 converted, 0 not a float/int, -1 error.
static int to_double(wf_object_t *o, double *out) {
    if (WF_FLOAT_CHECK(o)) {
        *out = WF_FLOAT_VALUE(o);
        return 1;
    }
    if (WF_INT_CHECK(o)) {
        *out = wf_int_as_double(o);
        if (*out == -1.0 && wf_err_occurred()) {
            return -1;
        }
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                         \
    double x, y;                                         \
    {                                                    \
        int ca_ = to_double(a, &x);                      \
        if (ca_ <= 0) {                                  \
            return ca_ < 0 ? NULL : WF_NOTIMPLEMENTED;   \
        }                                                \
        int cb_ = to_double(b, &y);                      \
        if (cb_ <= 0) {                                  \
            return cb_ < 0 ? NULL : WF_NOTIMPLEMENTED;   \
        }                                                \
    }

static wf_object_t *float_add(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_float_new(x + y);
}

static wf_object_t *float_sub(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_float_new(x - y);
}

static wf_object_t *float_mul(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_float_new(x * y);
}

static wf_object_t *float_truediv(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "float division by zero");
    }
    return wf_float_new(x / y);
}

static double float_mod_value(double x, double y) {
    double mod = fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
        }
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

// Floor quotient and remainder with the remainder taking the divisor's sign.
static void float_divmod_values(double x, double y, double *q, double *r) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *q = floordiv;
    *r = mod;
}

static wf_object_t *float_mod(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "float modulo by zero");
    }
    return wf_float_new(float_mod_value(x, y));
}

static wf_object_t *float_floordiv(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "float floor division by zero");
    }
    double q, r;
    float_divmod_values(x, y, &q, &r);
    return wf_float_new(q);
}

static wf_object_t *float_divmod(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "float divmod()");
    }
    double q, r;
    float_divmod_values(x, y, &q, &r);
    wf_object_t *qo = wf_float_new(q), *ro = wf_float_new(r), *t = NULL;
    if (qo != NULL && ro != NULL) {
        t = wf_tuple_pack(2, qo, ro);
    }
    WF_XDECREF(qo);
    WF_XDECREF(ro);
    return t;
}

static int is_odd_integer(double v) {
    return fmod(fabs(v), 2.0) == 1.0;
}

wf_object_t *wf_float_pow_doubles(double x, double y) {
    if (y == 0.0) {
        return wf_float_new(1.0);
    }
    if (isnan(x)) {
        return wf_float_new(x);
    }
    if (isnan(y)) {
        return wf_float_new(x == 1.0 ? 1.0 : y);
    }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) {
            return wf_float_new(1.0);
        }
        return wf_float_new((y > 0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        int odd = is_odd_integer(y);
        if (y > 0) {
            return wf_float_new(odd ? x : fabs(x));
        }
        return wf_float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0) {
            return wf_err_set_string(&wf_exc_ZeroDivisionError,
                                     "0.0 cannot be raised to a negative power");
        }
        return wf_float_new(is_odd_integer(y) ? x : 0.0);
    }
    int negate = 0;
    if (x < 0.0) {
        if (y != floor(y)) {
            // A negative number to a fractional power has a complex result.
            return wf_complex_pow_values(x, 0.0, y, 0.0);
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) {
        return wf_float_new(negate ? -1.0 : 1.0);
    }
    errno = 0;
    double r = pow(x, y);
    if (negate) {
        r = -r;
    }
    if (isinf(r)) {
        wf_object_t *args = wf_tuple_new(2);
        if (args == NULL) {
            return NULL;
        }
        wf_object_t *code = wf_int_from_i64(ERANGE), *msg = wf_str_from_cstr(strerror(ERANGE));
        if (code == NULL || msg == NULL) {
            WF_XDECREF(code);
            WF_XDECREF(msg);
            WF_DECREF(args);
            return NULL;
        }
        WF_TUPLE_SET_STEAL(args, 0, code);
        WF_TUPLE_SET_STEAL(args, 1, msg);
        wf_err_set(&wf_exc_OverflowError, args);
        WF_DECREF(args);
        return NULL;
    }
    return wf_float_new(r);
}

static wf_object_t *float_pow(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_float_pow_doubles(x, y);
}

static wf_object_t *float_pow3(wf_object_t *a, wf_object_t *b, wf_object_t *m) {
    double x, y;
    int ca = to_double(a, &x);
    if (ca < 0) {
        return NULL;
    }
    int cb = ca > 0 ? to_double(b, &y) : 0;
    if (ca == 0 || cb <= 0) {
        return cb < 0 ? NULL : WF_NOTIMPLEMENTED;
    }
    return wf_err_set_string(&wf_exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
}

static wf_object_t *float_neg(wf_object_t *a) {
    return wf_float_new(-WF_FLOAT_VALUE(a));
}

static wf_object_t *float_pos(wf_object_t *a) {
    if (WF_FLOAT_CHECK_EXACT(a)) {
        return wf_newref(a);
    }
    return wf_float_new(WF_FLOAT_VALUE(a));
}

static wf_object_t *float_abs(wf_object_t *a) {
    return wf_float_new(fabs(WF_FLOAT_VALUE(a)));
}

static int float_bool(wf_object_t *a) {
    return WF_FLOAT_VALUE(a) != 0.0;
}

static wf_object_t *float_int(wf_object_t *a) {
    return wf_int_from_double(WF_FLOAT_VALUE(a));
}

static wf_object_t *float_float(wf_object_t *a) {
    return float_pos(a);
}

// ---- methods ------------------------------------------------------------------------------

static wf_object_t *float_floor_m(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_double(floor(WF_FLOAT_VALUE(self)));
}

static wf_object_t *float_ceil_m(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_double(ceil(WF_FLOAT_VALUE(self)));
}

static wf_object_t *float_trunc_m(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_double(WF_FLOAT_VALUE(self));
}

static wf_object_t *float_conjugate(wf_object_t *self, wf_object_t *unused) {
    return float_pos(self);
}

static wf_object_t *float_is_integer(wf_object_t *self, wf_object_t *unused) {
    double x = WF_FLOAT_VALUE(self);
    return wf_bool_from(isfinite(x) && floor(x) == x);
}

static wf_object_t *float_getnewargs(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *v = wf_float_new(WF_FLOAT_VALUE(self));
    if (v == NULL) {
        return NULL;
    }
    wf_object_t *t = wf_tuple_pack(1, v);
    WF_DECREF(v);
    return t;
}

static wf_object_t *float_as_integer_ratio(wf_object_t *self, wf_object_t *unused) {
    double x = WF_FLOAT_VALUE(self);
    if (isinf(x)) {
        return wf_err_set_string(&wf_exc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x)) {
        return wf_err_set_string(&wf_exc_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    wf_object_t *num = wf_int_from_double(m), *den = wf_int_new_fast(1), *t = NULL;
    if (num == NULL) {
        return NULL;
    }
    wf_object_t *shifted = e > 0 ? wf_int_lshift_count(num, e) : wf_int_lshift_count(den, -e);
    if (shifted != NULL) {
        if (e > 0) {
            t = wf_tuple_pack(2, shifted, den);
        } else {
            t = wf_tuple_pack(2, num, shifted);
        }
        WF_DECREF(shifted);
    }
    WF_DECREF(num);
    return t;
}

// round(x, ndigits) for negative ndigits, exactly: x = m * 2**e; round m*2**e / 10**k half
// to even with integer arithmetic, then convert q * 10**k back to a double.
static wf_object_t *float_round_negative(double x, int k) {
    int e;
    double m = frexp(fabs(x), &e);
    double mi = ldexp(m, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    wf_object_t *num = wf_int_from_double(mi), *p = NULL, *den = NULL, *q = NULL, *r = NULL,
                *result = NULL;
    wf_object_t *ten = wf_int_new_fast(10), *kk = wf_int_from_i64(k);
    if (num == NULL || kk == NULL || (p = wf_int_pow(ten, kk, NULL)) == NULL) {
        goto done;
    }
    if (e >= 0) {
        wf_object_t *t = wf_int_lshift_count(num, e);
        if (t == NULL) {
            goto done;
        }
        WF_SETREF(num, t);
        den = wf_newref(p);
    } else {
        den = wf_int_lshift_count(p, -e);
    }
    if (den == NULL || wf_int_divmod_impl(num, den, &q, &r) < 0) {
        goto done;
    }
    wf_object_t *twice = wf_int_lshift_count(r, 1);
    if (twice == NULL) {
        goto done;
    }
    int c = wf_int_compare(twice, den);
    WF_DECREF(twice);
    wf_intview_t qv;
    wf_intview_init(&qv, q);
    if (c > 0 || (c == 0 && qv.n > 0 && (qv.d[0] & 1))) {
        wf_object_t *q1 = wf_int_add(q, wf_int_new_fast(1));
        if (q1 == NULL) {
            goto done;
        }
        WF_SETREF(q, q1);
    }
    wf_object_t *v = wf_int_mul(q, p);
    if (v == NULL) {
        goto done;
    }
    double d = wf_int_as_double(v);
    WF_DECREF(v);
    if (d == -1.0 && wf_err_occurred()) {
        wf_err_clear();
        wf_err_set_string(&wf_exc_OverflowError, "rounded value too large to represent");
        goto done;
    }
    result = wf_float_new(copysign(d, x));
done:
    WF_XDECREF(num);
    WF_XDECREF(kk);
    WF_XDECREF(p);
    WF_XDECREF(den);
    WF_XDECREF(q);
    WF_XDECREF(r);
    return result;
}

#define NDIGITS_MAX 323   // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
#define NDIGITS_MIN (-308)  // -(DBL_MAX_EXP + 1) * log10(2)

static wf_object_t *float_round(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    double x = WF_FLOAT_VALUE(self);
    if (nargs == 0 || args[0] == WF_NONE) {
        double r = nearbyint(x);  // the default rounding mode is half to even
        return wf_int_from_double(r);
    }
    wf_ssize_t nd = wf_as_ssize(args[0], NULL);
    if (nd == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (!isfinite(x) || nd > NDIGITS_MAX) {
        return wf_float_new(x);
    }
    if (nd < NDIGITS_MIN) {
        return wf_float_new(0.0 * x);  // zero with the sign of x
    }
    if (nd >= 0) {
        int ok;
        double r = wf_dtoa_round(x, (int)nd, &ok);
        if (!ok) {
            return wf_err_nomemory();
        }
        return wf_float_new(r);
    }
    if (x == 0.0) {
        return wf_float_new(x);
    }
    return float_round_negative(x, (int)-nd);
}

static wf_object_t *float_hex(wf_object_t *self, wf_object_t *unused) {
    double x = WF_FLOAT_VALUE(self);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        return wf_str_from_cstr(isnan(x) ? "nan" : (x > 0 ? "inf" : "-inf"));
    }
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0.0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return wf_str_from_cstr(buf);
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    int lead = (int)m;
    m -= lead;
    char frac[16];
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        frac[i] = "0123456789abcdef"[d];
        m -= d;
    }
    frac[13] = '\0';
    snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", sign, lead, frac, e);
    return wf_str_from_cstr(buf);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static int match_ci(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) < n) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != w[i]) {
            return 0;
        }
    }
    return 1;
}

// value = mant * 2**(exp2) with mant != 0 and a sticky bit for dropped nonzero digits:
// round to the double precision available at that magnitude, half to even.
// 1 ok, -1 overflow.
static int round_hex_value(uint64_t mant, int sticky, int64_t exp2, int neg, double *out) {
    int lz = __builtin_clzll(mant);
    mant <<= lz;
    int64_t top = exp2 - lz + 64;  // value = 0.1xxx (binary) * 2**top
    if (top > DBL_MAX_EXP) {
        return -1;
    }
    int64_t keep = top >= DBL_MIN_EXP ? DBL_MANT_DIG : DBL_MANT_DIG - (DBL_MIN_EXP - top);
    if (keep < 0) {
        *out = neg ? -0.0 : 0.0;
        return 1;
    }
    uint64_t kept;
    if (keep == 0) {
        // Below half the smallest subnormal unless the top bit and something else are set.
        kept = ((mant >> 63) & 1) && ((mant << 1) != 0 || sticky);
    } else {
        int drop = 64 - (int)keep;
        kept = mant >> drop;
        uint64_t rem = mant & (((uint64_t)1 << drop) - 1);
        uint64_t halfbit = (uint64_t)1 << (drop - 1);
        if ((rem & halfbit) && ((rem & (halfbit - 1)) || sticky || (kept & 1))) {
            kept++;
        }
    }
    double r = ldexp((double)kept, (int)(top - keep));
    if (isinf(r)) {
        return -1;
    }
    *out = neg ? -r : r;
    return 1;
}

// Hex digits with an optional point: keeps the first 16 significant digits in *mant
// (and whether any later digit was nonzero in *sticky) and the binary exponent
// correction for the digits' positions. Returns the end, or NULL if there is no digit.
static const char *scan_hex_mantissa(const char *p, const char *end, uint64_t *mant, int *sticky,
                                     int64_t *exp_adj) {
    int sig = 0, any = 0, seen_point = 0;
    *mant = 0;
    *sticky = 0;
    *exp_adj = 0;
    for (; p < end; p++) {
        if (*p == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        int d = hex_value(*p);
        if (d < 0) {
            break;
        }
        any = 1;
        if (sig == 0 && d == 0) {
            *exp_adj -= seen_point ? 4 : 0;  // leading zeros only matter after the point
        } else if (sig < 16) {
            *mant = (*mant << 4) | (uint64_t)d;
            sig++;
            *exp_adj -= seen_point ? 4 : 0;
        } else {
            *sticky |= d != 0;
            *exp_adj += seen_point ? 0 : 4;
        }
    }
    return any ? p : NULL;
}

// Parse float.fromhex text. 1 ok, 0 invalid, -1 overflow.
static int parse_hex_float(const char *s, wf_ssize_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && ascii_space(*p)) {
        p++;
    }
    while (end > p && ascii_space(end[-1])) {
        end--;
    }
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    if (match_ci(p, end, "infinity") && end - p == 8) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 1;
    }
    if ((match_ci(p, end, "inf") || match_ci(p, end, "nan")) && end - p == 3) {
        *out = (p[0] | 0x20) == 'n' ? (neg ? -NAN : NAN) : (neg ? -HUGE_VAL : HUGE_VAL);
        return 1;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        p += 2;
    }
    uint64_t mant;
    int sticky;
    int64_t exp_adj, e = 0;
    p = scan_hex_mantissa(p, end, &mant, &sticky, &exp_adj);
    if (p == NULL) {
        return 0;
    }
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        int eneg = 0;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p++ == '-';
        }
        if (p >= end || *p < '0' || *p > '9') {
            return 0;
        }
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (e < 100000000000LL) {  // saturate: anything this large over/underflows
                e = e * 10 + (*p - '0');
            }
        }
        if (eneg) {
            e = -e;
        }
    }
    if (p != end) {
        return 0;
    }
    if (mant == 0) {
        *out = neg ? -0.0 : 0.0;
        return 1;
    }
    return round_hex_value(mant, sticky, e + exp_adj, neg, out);
}

static wf_object_t *float_fromhex(wf_object_t *cls, wf_object_t *arg) {
    if (!WF_STR_CHECK(arg)) {
        return wf_err_set_string(&wf_exc_TypeError, "bad argument type for built-in operation");
    }
    wf_ssize_t n;
    const char *s = wf_str_as_utf8(arg, &n);
    if (s == NULL) {
        return NULL;
    }
    double v;
    int r = parse_hex_float(s, n, &v);
    if (r == 0) {
        return wf_err_set_string(&wf_exc_ValueError, "invalid hexadecimal floating-point string");
    }
    if (r < 0) {
        return wf_err_set_string(&wf_exc_OverflowError,
                                 "hexadecimal value too large to represent as a float");
    }
    wf_object_t *f = wf_float_new(v);
    if (f == NULL || (wf_type_t *)cls == &wf_float_type) {
        return f;
    }
    wf_object_t *sub = wf_call_one(cls, f);
    WF_DECREF(f);
    return sub;
}

static wf_object_t *float_getformat(wf_object_t *cls, wf_object_t *arg) {
    if (!WF_STR_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "__getformat__() argument must be str, not %s",
                             arg == WF_NONE ? "None" : WF_TYPE(arg)->name);
    }
    if (!wf_str_eq_cstr(arg, "double") && !wf_str_eq_cstr(arg, "float")) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return wf_str_from_cstr("IEEE, little-endian");
}

static wf_object_t *float_format_method(wf_object_t *self, wf_object_t *spec) {
    if (!WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_TypeError, "__format__() argument must be str, not %s",
                             spec == WF_NONE ? "None" : WF_TYPE(spec)->name);
    }
    return wf_format_float(self, spec);
}

static wf_method_def_t float_methods[] = {
    {"conjugate", {.noargs = float_conjugate}, WF_METH_NOARGS,
     "Return self, the complex conjugate of any float."},
    {"__trunc__", {.noargs = float_trunc_m}, WF_METH_NOARGS,
     "Return the Integral closest to x between 0 and x."},
    {"__floor__", {.noargs = float_floor_m}, WF_METH_NOARGS,
     "Return the floor as an Integral."},
    {"__ceil__", {.noargs = float_ceil_m}, WF_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", {.fast = float_round}, WF_METH_FASTCALL,
     "Return the Integral closest to x, rounding half toward even.\n\n"
     "When an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", {.noargs = float_as_integer_ratio}, WF_METH_NOARGS,
     "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"fromhex", {.o = float_fromhex}, WF_METH_O | WF_METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"hex", {.noargs = float_hex}, WF_METH_NOARGS,
     "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", {.noargs = float_is_integer}, WF_METH_NOARGS,
     "Return True if the float is an integer."},
    {"__getnewargs__", {.noargs = float_getnewargs}, WF_METH_NOARGS, NULL},
    {"__getformat__", {.o = float_getformat}, WF_METH_O | WF_METH_CLASS,
     "You probably don't want to use this function."},
    {"__format__", {.o = float_format_method}, WF_METH_O,
     "Formats the float according to format_spec."},
    {0},
};

static wf_object_t *float_get_real(wf_object_t *self, void *closure) {
    return float_pos(self);
}

static wf_object_t *float_get_imag(wf_object_t *self, void *closure) {
    return wf_float_new(0.0);
}

static wf_getset_def_t float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {0},
};

wf_type_t wf_float_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "float",
    .basicsize = sizeof(wf_float_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Convert a string or number to a floating-point number, if possible.",
    .dealloc = float_dealloc,
    .new = float_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .binop = {
        [WF_BINOP_ADD] = float_add,
        [WF_BINOP_SUB] = float_sub,
        [WF_BINOP_MUL] = float_mul,
        [WF_BINOP_TRUEDIV] = float_truediv,
        [WF_BINOP_FLOORDIV] = float_floordiv,
        [WF_BINOP_MOD] = float_mod,
        [WF_BINOP_POW] = float_pow,
        [WF_BINOP_DIVMOD] = float_divmod,
    },
    .pow3 = float_pow3,
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .methods = float_methods,
    .getsets = float_getsets,
};

// ---------------------------------------------------------------------------------------
// IEEE 754 half precision (struct and memoryview format 'e').

uint16_t wf_double_to_half(double x, int *overflow) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    double a = fabs(x);
    if (isinf(x)) {
        return sign | 0x7c00;
    }
    if (a == 0) {
        return sign;
    }
    int e;
    double f = frexp(a, &e);  // a = f * 2**e, 0.5 <= f < 1
    if (e > 16) {
        *overflow = 1;
        return 0;
    }
    if (e < -13) {
        // Subnormal: units of 2**-24, round half to even.
        double units = ldexp(a, 24);
        double r = nearbyint(units);
        return sign | (uint16_t)r;
    }
    double mant = ldexp(f, 11);  // 1024 <= mant < 2048
    double r = nearbyint(mant);
    if (r == 2048) {
        r = 1024;
        e++;
        if (e > 16) {
            *overflow = 1;
            return 0;
        }
    }
    return sign | (uint16_t)((e + 14) << 10) | ((uint16_t)r & 0x3ff);
}

double wf_half_to_double(uint16_t h) {
    int sign = h >> 15, e = (h >> 10) & 0x1f, m = h & 0x3ff;
    double v;
    if (e == 0) {
        v = ldexp(m, -24);
    } else if (e == 31) {
        v = m ? NAN : INFINITY;
    } else {
        v = ldexp(m + 1024, e - 25);
    }
    return sign ? -v : v;
}
