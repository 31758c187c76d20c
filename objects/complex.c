// The complex type: pairs of doubles with Python's arithmetic, parsing and repr.
//
// Mixed operations convert int and float operands to complex(x, 0) first (CPython 3.13
// semantics), so results with infinities and NaNs agree with CPython's. Division uses
// Smith's scaling to avoid spurious overflow; integer powers up to 100 use repeated
// squaring, others the polar form.
#include "objects/float.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/format_spec.h"
#include "objects/int_impl.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/dtoa.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    double real, imag;
} cval_t;

wf_object_t *wf_complex_new(double real, double imag) {
    wf_complex_t *c = (wf_complex_t *)wf_object_alloc(&wf_complex_type, sizeof(wf_complex_t));
    if (c == NULL) {
        return NULL;
    }
    c->real = real;
    c->imag = imag;
    return (wf_object_t *)c;
}

static wf_object_t *complex_subtype_new(wf_type_t *type, double real, double imag) {
    if (type == &wf_complex_type) {
        return wf_complex_new(real, imag);
    }
    wf_complex_t *c = (wf_complex_t *)wf_type_alloc(type, 0);
    if (c != NULL) {
        c->real = real;
        c->imag = imag;
    }
    return (wf_object_t *)c;
}

static void complex_dealloc(wf_object_t *o) {
    wf_object_free(o);
}

static cval_t cval(wf_object_t *o) {
    cval_t c = {((wf_complex_t *)o)->real, ((wf_complex_t *)o)->imag};
    return c;
}

// ---- elementary operations ----------------------------------------------------------------

static cval_t c_prod(cval_t a, cval_t b) {
    cval_t r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

// Sets errno = EDOM on division by zero.
static cval_t c_quot(cval_t a, cval_t b) {
    cval_t r;
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;  // a NaN in b
    }
    return r;
}

static cval_t c_pow(cval_t a, cval_t b) {
    cval_t r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) {
            errno = EDOM;
        }
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static cval_t c_powu(cval_t x, long n) {
    cval_t r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        p = c_prod(p, p);
    }
    return r;
}

static cval_t c_powi(cval_t x, long n) {
    if (n > 0) {
        return c_powu(x, n);
    }
    cval_t one = {1.0, 0.0};
    return c_quot(one, c_powu(x, -n));
}

wf_object_t *wf_complex_pow_values(double ar, double ai, double br, double bi) {
    cval_t a = {ar, ai}, b = {br, bi}, p;
    errno = 0;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        p = c_powi(a, (long)b.real);
    } else {
        p = c_pow(a, b);
    }
    // An infinite result is an overflow; a range error with a finite result was an
    // underflow and is ignored.
    if (errno == 0 && (isinf(p.real) || isinf(p.imag))) {
        errno = ERANGE;
    } else if (errno == ERANGE && !isinf(p.real) && !isinf(p.imag)) {
        errno = 0;
    }
    if (errno == EDOM) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (errno == ERANGE) {
        return wf_err_set_string(&wf_exc_OverflowError, "complex exponentiation");
    }
    return wf_complex_new(p.real, p.imag);
}

// ---- conversions --------------------------------------------------------------------------

// Operand conversion for binary slots: 1 ok, 0 not a number we handle, -1 error.
static int to_complex(wf_object_t *o, cval_t *c) {
    c->imag = 0.0;
    if (WF_COMPLEX_CHECK(o)) {
        *c = cval(o);
        return 1;
    }
    if (WF_FLOAT_CHECK(o)) {
        c->real = WF_FLOAT_VALUE(o);
        return 1;
    }
    if (WF_INT_CHECK(o)) {
        c->real = wf_int_as_double(o);
        if (c->real == -1.0 && wf_err_occurred()) {
            return -1;
        }
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                        \
    cval_t x, y;                                        \
    {                                                   \
        int ca_ = to_complex(a, &x);                    \
        if (ca_ <= 0) {                                 \
            return ca_ < 0 ? NULL : WF_NOTIMPLEMENTED;  \
        }                                               \
        int cb_ = to_complex(b, &y);                    \
        if (cb_ <= 0) {                                 \
            return cb_ < 0 ? NULL : WF_NOTIMPLEMENTED;  \
        }                                               \
    }

// __complex__, checked: new reference, NULL with no exception when absent.
static wf_object_t *try_complex_special(wf_object_t *o) {
    wf_object_t *r = wf_call_special(o, WF_ID(__complex__), NULL, 0);
    if (r == NULL || WF_TYPE(r) == &wf_complex_type) {
        return r;
    }
    if (!WF_COMPLEX_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
        WF_DECREF(r);
        return NULL;
    }
    char msg[300];
    snprintf(msg, sizeof msg,
             "__complex__ returned non-complex (type %s).  The ability to return an instance "
             "of a strict subclass of complex is deprecated, and may be removed in a future "
             "version of Python.",
             WF_TYPE(r)->name);
    if (wf_err_warn(&wf_exc_DeprecationWarning, msg, 1) < 0) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

int wf_complex_as_values(wf_object_t *o, double *real, double *imag) {
    if (WF_COMPLEX_CHECK(o)) {
        *real = ((wf_complex_t *)o)->real;
        *imag = ((wf_complex_t *)o)->imag;
        return 0;
    }
    wf_object_t *c = try_complex_special(o);
    if (c != NULL) {
        *real = ((wf_complex_t *)c)->real;
        *imag = ((wf_complex_t *)c)->imag;
        WF_DECREF(c);
        return 0;
    }
    if (wf_err_occurred()) {
        return -1;
    }
    *imag = 0.0;
    *real = wf_float_as_double(o);
    return (*real == -1.0 && wf_err_occurred()) ? -1 : 0;
}

// ---- parsing ------------------------------------------------------------------------------

static int ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int is_digit(char c) {
    return c >= '0' && c <= '9';
}

static int starts_ci(const char *p, const char *end, const char *w) {
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

// The longest prefix of [p, end) that is a float; returns its end (p if none).
static const char *scan_float(const char *p, const char *end) {
    const char *s = p;
    if (p < end && (*p == '+' || *p == '-')) {
        p++;
    }
    if (starts_ci(p, end, "infinity")) {
        return p + 8;
    }
    if (starts_ci(p, end, "inf") || starts_ci(p, end, "nan")) {
        return p + 3;
    }
    const char *q = p;
    while (q < end && is_digit(*q)) {
        q++;
    }
    int have_int = q > p;
    if (q < end && *q == '.') {
        const char *f = q + 1;
        while (f < end && is_digit(*f)) {
            f++;
        }
        if (!have_int && f == q + 1) {
            return s;
        }
        q = f;
    } else if (!have_int) {
        return s;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-')) {
            e++;
        }
        if (e < end && is_digit(*e)) {
            while (e < end && is_digit(*e)) {
                e++;
            }
            q = e;
        }
    }
    return q;
}

static double span_value(const char *p, const char *q) {
    double v = 0.0;
    wf_dtoa_parse(p, q - p, &v);
    return v;
}

// Parse complex() text without underscores. 1 ok, 0 malformed.
static int parse_complex_text(const char *s, const char *end, double *re, double *im) {
    double x = 0.0, y = 0.0;
    int bracket = 0;
    while (s < end && ascii_space(*s)) {
        s++;
    }
    if (s < end && *s == '(') {
        bracket = 1;
        s++;
        while (s < end && ascii_space(*s)) {
            s++;
        }
    }
    const char *f = scan_float(s, end);
    if (f != s) {
        double z = span_value(s, f);
        s = f;
        if (s < end && (*s == '+' || *s == '-')) {
            x = z;
            const char *g = scan_float(s, end);
            if (g != s) {
                y = span_value(s, g);
                s = g;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (!(s < end && (*s == 'j' || *s == 'J'))) {
                return 0;
            }
            s++;
        } else if (s < end && (*s == 'j' || *s == 'J')) {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (s < end && (*s == '+' || *s == '-')) {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (!(s < end && (*s == 'j' || *s == 'J'))) {
            return 0;
        }
        s++;
    }
    while (s < end && ascii_space(*s)) {
        s++;
    }
    if (bracket) {
        if (!(s < end && *s == ')')) {
            return 0;
        }
        s++;
        while (s < end && ascii_space(*s)) {
            s++;
        }
    }
    if (s != end) {
        return 0;
    }
    *re = x;
    *im = y;
    return 1;
}

static wf_object_t *complex_from_string(wf_type_t *type, wf_object_t *str) {
    wf_ssize_t n;
    char *ascii = wf_numbers_ascii_digits(str, &n);
    if (ascii == NULL) {
        if (n == -2) {
            return NULL;
        }
        return wf_err_set_string(&wf_exc_ValueError, "complex() arg is a malformed string");
    }
    // Underscores only between digits; they are then dropped.
    char *clean = wf_mem_alloc((size_t)n + 1);
    if (clean == NULL) {
        wf_mem_free(ascii);
        return wf_err_nomemory();
    }
    wf_ssize_t k = 0;
    char prev = 0;
    int bad = (wf_ssize_t)strlen(ascii) != n;
    for (wf_ssize_t i = 0; i < n && !bad; i++) {
        char c = ascii[i];
        if (c == '_') {
            bad = !is_digit(prev);
        } else {
            clean[k++] = c;
            bad = prev == '_' && !is_digit(c);
        }
        prev = c;
    }
    bad = bad || prev == '_';
    wf_mem_free(ascii);
    if (bad) {
        wf_mem_free(clean);
        return wf_err_format(&wf_exc_ValueError, "could not convert string to complex: %R", str);
    }
    double re, im;
    int ok = parse_complex_text(clean, clean + k, &re, &im);
    wf_mem_free(clean);
    if (!ok) {
        return wf_err_set_string(&wf_exc_ValueError, "complex() arg is a malformed string");
    }
    return complex_subtype_new(type, re, im);
}

// ---- constructor --------------------------------------------------------------------------

static int is_number_like(wf_object_t *o) {
    wf_type_t *t = WF_TYPE(o);
    return t->nb_float != NULL || t->nb_index != NULL || WF_COMPLEX_CHECK(o);
}

static int complex_args(wf_object_t *args, wf_object_t *kwargs, wf_object_t **r, wf_object_t **i) {
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    if (nargs + nkw > 2) {
        wf_err_format(&wf_exc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                      nargs + nkw);
        return -1;
    }
    *r = nargs > 0 ? WF_TUPLE_GET(args, 0) : NULL;
    *i = nargs > 1 ? WF_TUPLE_GET(args, 1) : NULL;
    wf_ssize_t pos = 0;
    wf_object_t *k, *v;
    while (nkw > 0 && wf_dict_next(kwargs, &pos, &k, &v)) {
        int is_real = WF_STR_CHECK(k) && wf_str_eq_cstr(k, "real");
        int is_imag = WF_STR_CHECK(k) && wf_str_eq_cstr(k, "imag");
        if (!is_real && !is_imag) {
            static const char *const names[] = {"real", "imag", NULL};
            return wf_err_unexpected_keyword("complex", k, names);
        }
        wf_object_t **slot = is_real ? r : i;
        if (*slot != NULL) {
            wf_err_format(&wf_exc_TypeError,
                          "argument for complex() given by name ('%s') and position (%d)",
                          is_real ? "real" : "imag", is_real ? 1 : 2);
            return -1;
        }
        *slot = v;
    }
    return 0;
}

static wf_object_t *complex_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *r, *i;
    if (complex_args(args, kwargs, &r, &i) < 0) {
        return NULL;
    }
    if (r == NULL) {
        r = wf_int_new_fast(0);
    }
    if (WF_TYPE(r) == &wf_complex_type && i == NULL && type == &wf_complex_type) {
        return wf_newref(r);
    }
    if (WF_STR_CHECK(r)) {
        if (i != NULL) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "complex() can't take second arg if first is a string");
        }
        return complex_from_string(type, r);
    }
    if (i != NULL && WF_STR_CHECK(i)) {
        return wf_err_set_string(&wf_exc_TypeError, "complex() second arg can't be a string");
    }
    wf_object_t *own = try_complex_special(r);
    if (own == NULL && wf_err_occurred()) {
        return NULL;
    }
    if (own != NULL) {
        r = own;
    }
    if (!is_number_like(r)) {
        wf_err_format(&wf_exc_TypeError,
                      "complex() first argument must be a string or a number, not '%T'", r);
        WF_XDECREF(own);
        return NULL;
    }
    if (i != NULL && !is_number_like(i)) {
        wf_err_format(&wf_exc_TypeError, "complex() second argument must be a number, not '%T'", i);
        WF_XDECREF(own);
        return NULL;
    }
    cval_t cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_complex = 0, ci_complex = 0;
    if (WF_COMPLEX_CHECK(r)) {
        cr = cval(r);
        cr_complex = 1;
    } else {
        cr.real = wf_float_as_double(r);
    }
    WF_XDECREF(own);
    if (cr.real == -1.0 && wf_err_occurred()) {
        return NULL;
    }
    if (i == NULL) {
        ci.real = cr.imag;
    } else if (WF_COMPLEX_CHECK(i)) {
        ci = cval(i);
        ci_complex = 1;
    } else {
        ci.real = wf_float_as_double(i);
        if (ci.real == -1.0 && wf_err_occurred()) {
            return NULL;
        }
    }
    if (ci_complex) {
        cr.real -= ci.imag;
    }
    if (cr_complex && i != NULL) {
        ci.real += cr.imag;
    }
    return complex_subtype_new(type, cr.real, ci.real);
}

// ---- repr, hash, compare ------------------------------------------------------------------

static wf_object_t *complex_repr(wf_object_t *o) {
    cval_t c = cval(o);
    char *re = NULL, *im = NULL;
    wf_object_t *r = NULL;
    if (c.real == 0.0 && !signbit(c.real)) {
        im = wf_dtoa_format(c.imag, 'r', 0, 0);
        if (im != NULL) {
            r = wf_str_from_format("%sj", im);
        }
    } else {
        re = wf_dtoa_format(c.real, 'r', 0, 0);
        im = wf_dtoa_format(c.imag, 'r', 0, WF_DTOA_SIGN);
        if (re != NULL && im != NULL) {
            r = wf_str_from_format("(%s%sj)", re, im);
        }
    }
    if (im == NULL || (r == NULL && !wf_err_occurred())) {
        wf_err_nomemory();
    }
    wf_mem_free(re);
    wf_mem_free(im);
    return r;
}

static wf_hash_t complex_hash(wf_object_t *o) {
    cval_t c = cval(o);
    uint64_t hr = (uint64_t)wf_hash_double_obj(o, c.real);
    uint64_t hi = (uint64_t)wf_hash_double_obj(o, c.imag);
    uint64_t combined = hr + 1000003u * hi;  // imaginary part 0 leaves the real hash
    wf_hash_t h = (wf_hash_t)combined;
    return h == -1 ? -2 : h;
}

static wf_object_t *complex_richcompare(wf_object_t *v, wf_object_t *w, int op) {
    if (op != WF_EQ && op != WF_NE) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (!WF_COMPLEX_CHECK(v)) {
        wf_object_t *t = v;  // == and != are symmetric
        v = w;
        w = t;
    }
    cval_t i = cval(v);
    int equal;
    if (WF_INT_CHECK(w)) {
        equal = i.imag == 0.0 && wf_int_compare_double(w, i.real) == 0;
    } else if (WF_FLOAT_CHECK(w)) {
        equal = i.real == WF_FLOAT_VALUE(w) && i.imag == 0.0;
    } else if (WF_COMPLEX_CHECK(w)) {
        cval_t j = cval(w);
        equal = i.real == j.real && i.imag == j.imag;
    } else {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_bool_from(equal == (op == WF_EQ));
}

// ---- number slots -------------------------------------------------------------------------

static wf_object_t *complex_add(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_complex_new(x.real + y.real, x.imag + y.imag);
}

static wf_object_t *complex_sub(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_complex_new(x.real - y.real, x.imag - y.imag);
}

static wf_object_t *complex_mul(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    cval_t r = c_prod(x, y);
    return wf_complex_new(r.real, r.imag);
}

static wf_object_t *complex_div(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    errno = 0;
    cval_t r = c_quot(x, y);
    if (errno == EDOM) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "complex division by zero");
    }
    return wf_complex_new(r.real, r.imag);
}

static wf_object_t *complex_pow(wf_object_t *a, wf_object_t *b) {
    CONVERT_BOTH(a, b, x, y);
    return wf_complex_pow_values(x.real, x.imag, y.real, y.imag);
}

static wf_object_t *complex_pow3(wf_object_t *a, wf_object_t *b, wf_object_t *m) {
    CONVERT_BOTH(a, b, x, y);
    (void)x;
    (void)y;
    return wf_err_set_string(&wf_exc_ValueError, "complex modulo");
}

static wf_object_t *complex_neg(wf_object_t *a) {
    cval_t c = cval(a);
    return wf_complex_new(-c.real, -c.imag);
}

static wf_object_t *complex_pos(wf_object_t *a) {
    if (WF_TYPE(a) == &wf_complex_type) {
        return wf_newref(a);
    }
    cval_t c = cval(a);
    return wf_complex_new(c.real, c.imag);
}

static wf_object_t *complex_abs(wf_object_t *a) {
    cval_t c = cval(a);
    double r;
    if (!isfinite(c.real) || !isfinite(c.imag)) {
        // C99: an infinite part makes the modulus infinite, even with a NaN.
        if (isinf(c.real)) {
            r = fabs(c.real);
        } else if (isinf(c.imag)) {
            r = fabs(c.imag);
        } else {
            r = NAN;
        }
    } else {
        r = hypot(c.real, c.imag);
        if (!isfinite(r)) {
            return wf_err_set_string(&wf_exc_OverflowError, "absolute value too large");
        }
    }
    return wf_float_new(r);
}

static int complex_bool(wf_object_t *a) {
    cval_t c = cval(a);
    return c.real != 0.0 || c.imag != 0.0;
}

// ---- methods ------------------------------------------------------------------------------

static wf_object_t *complex_conjugate(wf_object_t *self, wf_object_t *unused) {
    cval_t c = cval(self);
    return wf_complex_new(c.real, -c.imag);
}

static wf_object_t *complex_getnewargs(wf_object_t *self, wf_object_t *unused) {
    cval_t c = cval(self);
    wf_object_t *re = wf_float_new(c.real), *im = wf_float_new(c.imag), *t = NULL;
    if (re != NULL && im != NULL) {
        t = wf_tuple_pack(2, re, im);
    }
    WF_XDECREF(re);
    WF_XDECREF(im);
    return t;
}

static wf_object_t *complex_complex(wf_object_t *self, wf_object_t *unused) {
    return complex_pos(self);
}

static wf_object_t *complex_format_method(wf_object_t *self, wf_object_t *spec) {
    if (!WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_TypeError, "__format__() argument must be str, not %s",
                             spec == WF_NONE ? "None" : WF_TYPE(spec)->name);
    }
    return wf_format_complex(self, spec);
}

static wf_method_def_t complex_methods[] = {
    {"conjugate", {.noargs = complex_conjugate}, WF_METH_NOARGS,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", {.noargs = complex_complex}, WF_METH_NOARGS,
     "Convert this value to exact type complex."},
    {"__getnewargs__", {.noargs = complex_getnewargs}, WF_METH_NOARGS, NULL},
    {"__format__", {.o = complex_format_method}, WF_METH_O,
     "Convert to a string according to format_spec."},
    {0},
};

static wf_member_def_t complex_members[] = {
    {"real", WF_MEMBER_DOUBLE, offsetof(wf_complex_t, real), WF_READONLY,
     "the real part of a complex number"},
    {"imag", WF_MEMBER_DOUBLE, offsetof(wf_complex_t, imag), WF_READONLY,
     "the imaginary part of a complex number"},
    {0},
};

wf_type_t wf_complex_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "complex",
    .basicsize = sizeof(wf_complex_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .dealloc = complex_dealloc,
    .new = complex_new,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .binop = {
        [WF_BINOP_ADD] = complex_add,
        [WF_BINOP_SUB] = complex_sub,
        [WF_BINOP_MUL] = complex_mul,
        [WF_BINOP_TRUEDIV] = complex_div,
        [WF_BINOP_POW] = complex_pow,
    },
    .pow3 = complex_pow3,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .nb_bool = complex_bool,
    .methods = complex_methods,
    .members = complex_members,
};
