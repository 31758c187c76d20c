// The int type: slots, methods, constructor, hashing and the small-int cache.
//
// Arithmetic lives in int_arith.c, conversions in int_convert.c; this file adapts them
// to the slot contracts of objects/type.h (binary slots return NotImplemented unless
// both operands are ints, so float's slots get to handle mixed operations) and holds
// the Python-visible methods. The small-int cache is a static array of immortal objects,
// usable before wf_int_init() runs.
#include "objects/int_impl.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <math.h>
#include <stdio.h>

// ---- small-int cache ----------------------------------------------------------------------

#define SI(v) {.ob_base = WF_STATIC_HEAD(&wf_int_type), .ndigits = 0, .u = {.small = (v)}}
#define SI10(b) SI(b), SI(b + 1), SI(b + 2), SI(b + 3), SI(b + 4), SI(b + 5), SI(b + 6), \
    SI(b + 7), SI(b + 8), SI(b + 9)
#define SI50(b) SI10(b), SI10(b + 10), SI10(b + 20), SI10(b + 30), SI10(b + 40)

wf_int_t wf_int_small_cache[WF_INT_SMALL_MAX - WF_INT_SMALL_MIN + 1] = {
    SI(-5), SI(-4), SI(-3), SI(-2), SI(-1),
    SI50(0), SI50(50), SI50(100), SI50(150), SI50(200),
    SI(250), SI(251), SI(252), SI(253), SI(254), SI(255), SI(256),
};
_Static_assert(sizeof wf_int_small_cache / sizeof wf_int_small_cache[0] == 262,
               "small int cache covers -5..256");

int wf_int_init(void) {
    for (int64_t v = WF_INT_SMALL_MIN; v <= WF_INT_SMALL_MAX; v++) {
        wf_int_t *i = &wf_int_small_cache[v - WF_INT_SMALL_MIN];
        if (i->u.small != v || !wf_is_immortal((wf_object_t *)i)) {
            wf_fatal("small int cache corrupt at %lld", (long long)v);
        }
    }
    return 0;
}

// ---- life cycle ---------------------------------------------------------------------------

static void int_dealloc(wf_object_t *o) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits != 0 && i->u.digits != (uint32_t *)(i + 1)) {
        wf_mem_free(i->u.digits);  // subclass instance: digits live in their own block
    }
    wf_object_free(o);
}

// An instance of int subclass `type` with the value of exact int `v`.
static wf_object_t *int_subtype_from(wf_type_t *type, wf_object_t *v) {
    wf_int_t *src = (wf_int_t *)v;
    wf_int_t *r = (wf_int_t *)wf_type_alloc(type, 0);
    if (r == NULL) {
        return NULL;
    }
    if (src->ndigits == 0) {
        r->ndigits = 0;
        r->u.small = src->u.small;
        return (wf_object_t *)r;
    }
    wf_ssize_t n = src->ndigits < 0 ? -src->ndigits : src->ndigits;
    r->u.digits = wf_mem_alloc((size_t)n * 4);
    if (r->u.digits == NULL) {
        r->ndigits = 0;
        WF_DECREF(r);
        return wf_err_nomemory();
    }
    memcpy(r->u.digits, src->u.digits, (size_t)n * 4);
    r->ndigits = src->ndigits;
    return (wf_object_t *)r;
}

// Text-like argument of int(x, base): str, bytes or bytearray; NULL result with no
// exception when x is none of these.
static wf_object_t *int_from_text_like(wf_object_t *x, int base, int any_buffer, int *handled) {
    *handled = 1;
    if (WF_STR_CHECK(x)) {
        return wf_int_from_str_object(x, base);
    }
    if (WF_BYTES_CHECK(x)) {
        return wf_int_from_bytes_text(WF_BYTES_DATA(x), WF_BYTES_LEN(x), base, x);
    }
    if (WF_BYTEARRAY_CHECK(x)) {
        wf_bytearray_t *ba = (wf_bytearray_t *)x;
        return wf_int_from_bytes_text(ba->data ? ba->data : "", WF_SIZE(x), base, x);
    }
    if (any_buffer && wf_buffer_check(x)) {
        // Other buffers (memoryview, array): parse a bytes copy, which errors show.
        wf_object_t *b = wf_buffer_to_bytes(x);
        if (b == NULL) {
            return NULL;
        }
        wf_object_t *r = wf_int_from_bytes_text(WF_BYTES_DATA(b), WF_BYTES_LEN(b), base, b);
        WF_DECREF(b);
        return r;
    }
    *handled = 0;
    return NULL;
}

// Validate what __int__ / __trunc__ / __index__ returned.
static wf_object_t *int_result(wf_object_t *r, const char *what) {
    if (r == NULL || WF_INT_CHECK_EXACT(r)) {
        return r;
    }
    if (WF_INT_CHECK(r)) {
        char msg[300];
        snprintf(msg, sizeof msg,
                 "%s returned non-int (type %s).  The ability to return an instance of a "
                 "strict subclass of int is deprecated, and may be removed in a future "
                 "version of Python.",
                 what, WF_TYPE(r)->name);
        if (wf_err_warn(&wf_exc_DeprecationWarning, msg, 1) < 0) {
            WF_DECREF(r);
            return NULL;
        }
        wf_object_t *e = wf_int_copy_exact(r);
        WF_DECREF(r);
        return e;
    }
    wf_err_format(&wf_exc_TypeError, "%s returned non-int (type %T)", what, r);
    WF_DECREF(r);
    return NULL;
}

wf_object_t *wf_int_from_object(wf_object_t *x) {
    if (WF_INT_CHECK_EXACT(x)) {
        return wf_newref(x);
    }
    wf_type_t *t = WF_TYPE(x);
    if (t->nb_int != NULL) {
        return int_result(t->nb_int(x), "__int__");
    }
    if (t->nb_index != NULL) {
        return wf_index(x);
    }
    wf_object_t *tr = wf_call_special(x, WF_ID(__trunc__), NULL, 0);
    if (tr != NULL) {
        if (wf_err_warn(&wf_exc_DeprecationWarning,
                        "The delegation of int() to __trunc__ is deprecated.", 1) < 0) {
            WF_DECREF(tr);
            return NULL;
        }
        if (WF_INT_CHECK(tr)) {
            return int_result(tr, "__trunc__");
        }
        if (WF_TYPE(tr)->nb_index == NULL) {
            wf_err_format(&wf_exc_TypeError, "__trunc__ returned non-Integral (type %T)", tr);
            WF_DECREF(tr);
            return NULL;
        }
        wf_object_t *r = wf_index(tr);
        WF_DECREF(tr);
        return r;
    }
    if (wf_err_occurred()) {
        return NULL;
    }
    int handled;
    wf_object_t *r = int_from_text_like(x, 10, 1, &handled);
    if (handled) {
        return r;
    }
    return wf_err_format(&wf_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%T'",
                         x);
}

// int(x=0, /, base=10)
static wf_object_t *int_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_object_t *x = nargs > 0 ? WF_TUPLE_GET(args, 0) : NULL;
    wf_object_t *base = nargs > 1 ? WF_TUPLE_GET(args, 1) : NULL;
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    if (nkw > 0) {
        if (nargs + nkw > 2) {
            return wf_err_format(&wf_exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                                 nargs + nkw);
        }
        wf_ssize_t pos = 0;
        wf_object_t *k, *v;
        while (wf_dict_next(kwargs, &pos, &k, &v)) {
            if (!WF_STR_CHECK(k) || !wf_str_eq_cstr(k, "base")) {
                static const char *const names[] = {"base", NULL};
                wf_err_unexpected_keyword("int", k, names);
                return NULL;
            }
            if (base != NULL) {
                return wf_err_set_string(&wf_exc_TypeError,
                                         "argument for int() given by name ('base') and "
                                         "position (2)");
            }
            base = v;
        }
    } else if (nargs > 2) {
        return wf_err_format(&wf_exc_TypeError, "int expected at most 2 arguments, got %zd",
                             nargs);
    }
    wf_object_t *result;
    if (x == NULL) {
        if (base != NULL) {
            return wf_err_set_string(&wf_exc_TypeError, "int() missing string argument");
        }
        result = wf_int_new_fast(0);
    } else if (base == NULL) {
        result = wf_int_from_object(x);
    } else {
        wf_object_t *b = wf_index(base);
        if (b == NULL) {
            return NULL;
        }
        int64_t bv;
        if (!wf_int_to_i64_if_fits(b, &bv) || bv > 36 || bv < 0 || bv == 1) {
            bv = 99;
        }
        WF_DECREF(b);
        if (bv == 99) {
            return wf_err_set_string(&wf_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        int handled;
        result = int_from_text_like(x, (int)bv, 0, &handled);
        if (!handled) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "int() can't convert non-string with explicit base");
        }
    }
    if (result == NULL || type == &wf_int_type) {
        return result;
    }
    wf_object_t *sub = int_subtype_from(type, result);
    WF_DECREF(result);
    return sub;
}

// ---- text, hash, comparison ---------------------------------------------------------------

static wf_object_t *int_repr(wf_object_t *o) {
    return wf_int_repr(o);
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

wf_hash_t wf_int_hash(wf_object_t *o) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits == 0) {
        int64_t v = i->u.small;
        if (v >= -1 && v <= 1) {
            return v == -1 ? -2 : (wf_hash_t)v;
        }
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        int64_t h = (int64_t)(m % HASH_MODULUS);
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : (wf_hash_t)h;
    }
    wf_intview_t v;
    wf_intview_init(&v, o);
    // Multiplying by 2**32 modulo 2**61 - 1 is a rotation of the 61-bit value.
    uint64_t h = 0;
    for (wf_ssize_t k = v.n - 1; k >= 0; k--) {
        h = ((h << 32) & HASH_MODULUS) | (h >> (HASH_BITS - 32));
        h += v.d[k];
        if (h >= HASH_MODULUS) {
            h -= HASH_MODULUS;
        }
    }
    int64_t r = v.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : (wf_hash_t)r;
}

static wf_hash_t int_hash(wf_object_t *o) {
    return wf_int_hash(o);
}

static int cmp_result(int c, int op) {
    switch (op) {
    case WF_LT: return c < 0;
    case WF_LE: return c <= 0;
    case WF_EQ: return c == 0;
    case WF_NE: return c != 0;
    case WF_GT: return c > 0;
    default: return c >= 0;
    }
}

static wf_object_t *int_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!WF_INT_CHECK(a) || !WF_INT_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_bool_from(cmp_result(wf_int_compare(a, b), op));
}

int wf_int_compare_double(wf_object_t *a, double d) {
    if (isnan(d)) {
        return 2;
    }
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    wf_int_t *i = (wf_int_t *)a;
    const int64_t exact = (int64_t)1 << 53;
    if (i->ndigits == 0 && i->u.small <= exact && i->u.small >= -exact) {
        double x = (double)i->u.small;
        return x < d ? -1 : x > d;
    }
    int s = wf_int_sign(a);
    int ds = d < 0 ? -1 : d > 0;
    if (s != ds) {
        return s < ds ? -1 : 1;
    }
    // Same sign: compare with the integral part exactly, then let the fraction decide.
    double ipart;
    double frac = modf(d, &ipart);
    wf_object_t *di = wf_int_from_double(ipart);
    if (di == NULL) {
        wf_err_clear();  // cannot happen for finite values short of memory
        return 0;
    }
    int c = wf_int_compare(a, di);
    WF_DECREF(di);
    if (c == 0) {
        c = frac > 0 ? -1 : frac < 0;
    }
    return c;
}

// ---- number slots -------------------------------------------------------------------------

#define BOTH_INTS(a, b)                               \
    if (!WF_INT_CHECK(a) || !WF_INT_CHECK(b)) {       \
        WF_RETURN_NOTIMPLEMENTED;                     \
    }

static wf_object_t *int_add_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_add(a, b);
}
static wf_object_t *int_sub_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_sub(a, b);
}
static wf_object_t *int_mul_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_mul(a, b);
}
static wf_object_t *int_truediv_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_truediv(a, b);
}
static wf_object_t *int_floordiv_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_floordiv(a, b);
}
static wf_object_t *int_mod_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_mod(a, b);
}
static wf_object_t *int_divmod_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    wf_object_t *q, *r;
    if (wf_int_divmod(a, b, &q, &r) < 0) {
        return NULL;
    }
    wf_object_t *t = wf_tuple_new(2);
    if (t == NULL) {
        WF_DECREF(q);
        WF_DECREF(r);
        return NULL;
    }
    WF_TUPLE_SET_STEAL(t, 0, q);
    WF_TUPLE_SET_STEAL(t, 1, r);
    return t;
}
static wf_object_t *int_pow_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_pow(a, b, NULL);
}
static wf_object_t *int_pow3_slot(wf_object_t *a, wf_object_t *b, wf_object_t *m) {
    if (!WF_INT_CHECK(a) || !WF_INT_CHECK(b) || !WF_INT_CHECK(m)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_int_pow(a, b, m);
}
static wf_object_t *int_lshift_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_lshift(a, b);
}
static wf_object_t *int_rshift_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_rshift(a, b);
}
static wf_object_t *int_and_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_and(a, b);
}
static wf_object_t *int_or_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_or(a, b);
}
static wf_object_t *int_xor_slot(wf_object_t *a, wf_object_t *b) {
    BOTH_INTS(a, b);
    return wf_int_xor(a, b);
}

static wf_object_t *int_neg_slot(wf_object_t *a) {
    return wf_int_neg(a);
}
static wf_object_t *int_pos_slot(wf_object_t *a) {
    return wf_int_copy_exact(a);
}
static wf_object_t *int_abs_slot(wf_object_t *a) {
    return wf_int_abs(a);
}
static wf_object_t *int_invert_slot(wf_object_t *a) {
    return wf_int_invert(a);
}
static int int_bool_slot(wf_object_t *a) {
    return wf_int_sign(a) != 0;
}
static wf_object_t *int_int_slot(wf_object_t *a) {
    return wf_int_copy_exact(a);
}
static wf_object_t *int_float_slot(wf_object_t *a) {
    double d = wf_int_as_double(a);
    if (d == -1.0 && wf_err_occurred()) {
        return NULL;
    }
    return wf_float_new(d);
}

// ---- methods ------------------------------------------------------------------------------

static wf_object_t *int_self_exact(wf_object_t *self, wf_object_t *unused) {
    return wf_int_copy_exact(self);
}

static wf_object_t *int_bit_length(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(wf_int_bit_length(self));
}

static wf_object_t *int_bit_count(wf_object_t *self, wf_object_t *unused) {
    wf_intview_t v;
    wf_intview_init(&v, self);
    int64_t n = 0;
    for (wf_ssize_t i = 0; i < v.n; i++) {
        n += __builtin_popcount(v.d[i]);
    }
    return wf_int_from_i64(n);
}

static wf_object_t *int_as_integer_ratio(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *n = wf_int_copy_exact(self);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *t = wf_tuple_pack(2, n, wf_int_new_fast(1));
    WF_DECREF(n);
    return t;
}

static wf_object_t *int_is_integer(wf_object_t *self, wf_object_t *unused) {
    WF_RETURN_TRUE;
}

static wf_object_t *int_getnewargs(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *n = wf_int_copy_exact(self);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *t = wf_tuple_pack(1, n);
    WF_DECREF(n);
    return t;
}

static wf_object_t *int_sizeof(wf_object_t *self, wf_object_t *unused) {
    // Reported as a 30-bit-digit layout would be, so sizes match what programs expect.
    int64_t bits = wf_int_bit_length(self);
    int64_t nd = bits == 0 ? 1 : (bits + 29) / 30;
    return wf_int_from_i64(24 + 4 * nd + (WF_TYPE(self)->basicsize - (wf_ssize_t)sizeof(wf_int_t)));
}

// Round to a multiple of 10**k, half to even.
static wf_object_t *int_round_neg(wf_object_t *self, int64_t k) {
    int64_t bits = wf_int_bit_length(self);
    if ((double)k > (double)bits * 0.30103 + 2) {
        return wf_int_new_fast(0);  // 10**k > 2 * |self|
    }
    wf_object_t *ten = wf_int_new_fast(10), *kk = wf_int_from_i64(k), *p = NULL, *q = NULL,
                *r = NULL, *result = NULL;
    if (kk == NULL || (p = wf_int_pow(ten, kk, NULL)) == NULL ||
        wf_int_divmod_impl(self, p, &q, &r) < 0) {
        goto done;
    }
    wf_object_t *twice = wf_int_lshift_count(r, 1);
    if (twice == NULL) {
        goto done;
    }
    int c = wf_int_compare(twice, p);
    WF_DECREF(twice);
    wf_intview_t qv;
    wf_intview_init(&qv, q);
    if (c > 0 || (c == 0 && qv.n > 0 && (qv.d[0] & 1))) {
        wf_object_t *one = wf_int_new_fast(1);
        wf_object_t *q1 = wf_int_add(q, one);
        if (q1 == NULL) {
            goto done;
        }
        WF_SETREF(q, q1);
    }
    result = wf_int_mul(q, p);
done:
    WF_XDECREF(kk);
    WF_XDECREF(p);
    WF_XDECREF(q);
    WF_XDECREF(r);
    return result;
}

static wf_object_t *int_round(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {  // unlike float.__round__, None is an error here (round() drops it)
        return wf_int_copy_exact(self);
    }
    wf_object_t *nd = wf_index(args[0]);
    if (nd == NULL) {
        return NULL;
    }
    int s = wf_int_sign(nd);
    int64_t k;
    int fits = wf_int_to_i64_if_fits(nd, &k);
    WF_DECREF(nd);
    if (s >= 0) {
        return wf_int_copy_exact(self);
    }
    if (!fits || k == INT64_MIN) {
        return wf_int_new_fast(0);
    }
    return int_round_neg(self, -k);
}

static int parse_byteorder(wf_object_t *o, const char *fname, int *little) {
    if (o == NULL) {
        *little = 0;
        return 0;
    }
    if (!WF_STR_CHECK(o)) {
        wf_err_format(&wf_exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, o);
        return -1;
    }
    if (wf_str_eq_cstr(o, "little")) {
        *little = 1;
    } else if (wf_str_eq_cstr(o, "big")) {
        *little = 0;
    } else {
        wf_err_set_string(&wf_exc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

// to_bytes(length=1, byteorder='big', *, signed=False)
static wf_object_t *int_to_bytes(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    wf_object_t *av[3] = {NULL, NULL, NULL};
    if (nargs > 2) {
        return wf_err_format(&wf_exc_TypeError,
                             "to_bytes() takes at most 2 positional arguments (%zd given)", nargs);
    }
    if (wf_parse_args("to_bytes", args, nargs, kwnames, names, 0, 0, av) < 0) {
        return NULL;
    }
    wf_ssize_t length = 1;
    if (av[0] != NULL) {
        wf_object_t *l = wf_index(av[0]);
        if (l == NULL) {
            return NULL;
        }
        if (wf_int_sign(l) < 0) {
            WF_DECREF(l);
            return wf_err_set_string(&wf_exc_ValueError, "length argument must be non-negative");
        }
        length = wf_int_as_ssize(l);
        WF_DECREF(l);
        if (length == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    int little, is_signed = 0;
    if (parse_byteorder(av[1], "to_bytes", &little) < 0) {
        return NULL;
    }
    if (av[2] != NULL && (is_signed = wf_truthy(av[2])) < 0) {
        return NULL;
    }
    wf_intview_t v;
    wf_intview_init(&v, self);
    if (v.neg && !is_signed) {
        return wf_err_set_string(&wf_exc_OverflowError, "can't convert negative int to unsigned");
    }
    // Bits needed: unsigned |x|; signed x >= 0: bits(x) + 1; x < 0: bits(-x - 1) + 1.
    int64_t need = wf_mag_bit_length(v.d, v.n);
    if (v.neg) {
        // -x - 1 has fewer bits than -x only when -x is a power of two.
        int pow2 = 1;
        for (wf_ssize_t i = 0; i < v.n - 1 && pow2; i++) {
            pow2 = v.d[i] == 0;
        }
        pow2 = pow2 && (v.d[v.n - 1] & (v.d[v.n - 1] - 1)) == 0;
        need = (pow2 ? need - 1 : need) + 1;
    } else if (is_signed) {
        need += 1;
    }
    if (need > (int64_t)length * 8) {
        return wf_err_set_string(&wf_exc_OverflowError, "int too big to convert");
    }
    wf_object_t *b = wf_bytes_new_uninit(length);
    if (b == NULL) {
        return NULL;
    }
    unsigned char *out = (unsigned char *)WF_BYTES_DATA(b);
    unsigned carry = 1;
    for (wf_ssize_t i = 0; i < length; i++) {
        wf_ssize_t di = i / 4;
        unsigned byte = di < v.n ? (v.d[di] >> (8 * (i % 4))) & 0xff : 0;
        if (v.neg) {
            byte = (~byte & 0xff) + carry;
            carry = byte >> 8;
            byte &= 0xff;
        }
        out[little ? i : length - 1 - i] = (unsigned char)byte;
    }
    return b;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)
static wf_object_t *int_from_bytes(wf_object_t *cls, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    wf_object_t *av[3] = {NULL, NULL, NULL};
    if (nargs > 2) {
        return wf_err_format(&wf_exc_TypeError,
                             "from_bytes() takes at most 2 positional arguments (%zd given)",
                             nargs);
    }
    if (wf_parse_args("from_bytes", args, nargs, kwnames, names, 0, 1, av) < 0) {
        return NULL;
    }
    int little, is_signed = 0;
    if (parse_byteorder(av[1], "from_bytes", &little) < 0) {
        return NULL;
    }
    if (av[2] != NULL && (is_signed = wf_truthy(av[2])) < 0) {
        return NULL;
    }
    wf_object_t *bytes;
    if (WF_BYTES_CHECK(av[0])) {
        bytes = wf_newref(av[0]);
    } else if (WF_INT_CHECK(av[0]) || WF_STR_CHECK(av[0])) {
        // bytes(5) makes five zero bytes, but bytes-conversion here does not take sizes.
        return wf_err_format(&wf_exc_TypeError, "cannot convert '%T' object to bytes", av[0]);
    } else {
        bytes = wf_bytes_from_object(av[0]);
        if (bytes == NULL) {
            return NULL;
        }
    }
    const unsigned char *data = (const unsigned char *)WF_BYTES_DATA(bytes);
    wf_ssize_t n = WF_BYTES_LEN(bytes);
    wf_ssize_t nd = (n + 3) / 4;
    wf_int_t *r = wf_int_alloc(nd + 1);
    if (r == NULL) {
        WF_DECREF(bytes);
        return NULL;
    }
    uint32_t *d = r->u.digits;
    memset(d, 0, (size_t)(nd + 1) * 4);
    for (wf_ssize_t i = 0; i < n; i++) {
        unsigned byte = data[little ? i : n - 1 - i];
        d[i / 4] |= (uint32_t)byte << (8 * (i % 4));
    }
    int neg = is_signed && n > 0 && (data[little ? n - 1 : 0] & 0x80);
    WF_DECREF(bytes);
    if (neg) {
        // Sign-extend to the digit boundary, then negate the two's complement.
        for (wf_ssize_t i = n; i < nd * 4; i++) {
            d[i / 4] |= (uint32_t)0xff << (8 * (i % 4));
        }
        uint64_t carry = 1;
        for (wf_ssize_t i = 0; i < nd; i++) {
            carry += (uint32_t)~d[i];
            d[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    wf_object_t *result = wf_int_finish(r, nd + 1, neg);
    if (result == NULL || (wf_type_t *)cls == &wf_int_type) {
        return result;
    }
    wf_object_t *sub = wf_call_one(cls, result);
    WF_DECREF(result);
    return sub;
}

static wf_object_t *int_format_method(wf_object_t *self, wf_object_t *spec) {
    if (!WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_TypeError, "__format__() argument must be str, not %s",
                             spec == WF_NONE ? "None" : WF_TYPE(spec)->name);
    }
    return wf_format_int(self, spec);
}

static wf_method_def_t int_methods[] = {
    {"conjugate", {.noargs = int_self_exact}, WF_METH_NOARGS,
     "Returns self, the complex conjugate of any int."},
    {"bit_length", {.noargs = int_bit_length}, WF_METH_NOARGS,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", {.noargs = int_bit_count}, WF_METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", {.fastkw = int_to_bytes}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "Return an array of bytes representing an integer."},
    {"from_bytes", {.fastkw = int_from_bytes}, WF_METH_FASTCALL | WF_METH_KEYWORDS | WF_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", {.noargs = int_as_integer_ratio}, WF_METH_NOARGS,
     "Return a pair of integers, whose ratio is equal to the original int."},
    {"is_integer", {.noargs = int_is_integer}, WF_METH_NOARGS, "Returns True."},
    {"__trunc__", {.noargs = int_self_exact}, WF_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", {.noargs = int_self_exact}, WF_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", {.noargs = int_self_exact}, WF_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", {.fast = int_round}, WF_METH_FASTCALL,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", {.noargs = int_getnewargs}, WF_METH_NOARGS, NULL},
    {"__format__", {.o = int_format_method}, WF_METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", {.noargs = int_sizeof}, WF_METH_NOARGS, "Returns size in memory, in bytes."},
    {0},
};

static wf_object_t *int_get_self(wf_object_t *self, void *closure) {
    return wf_int_copy_exact(self);
}
static wf_object_t *int_get_zero(wf_object_t *self, void *closure) {
    return wf_int_new_fast(0);
}
static wf_object_t *int_get_one(wf_object_t *self, void *closure) {
    return wf_int_new_fast(1);
}

static wf_getset_def_t int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {0},
};

wf_type_t wf_int_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "int",
    .basicsize = sizeof(wf_int_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_INT_SUBCLASS | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.",
    .dealloc = int_dealloc,
    .new = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .binop = {
        [WF_BINOP_ADD] = int_add_slot,
        [WF_BINOP_SUB] = int_sub_slot,
        [WF_BINOP_MUL] = int_mul_slot,
        [WF_BINOP_TRUEDIV] = int_truediv_slot,
        [WF_BINOP_FLOORDIV] = int_floordiv_slot,
        [WF_BINOP_MOD] = int_mod_slot,
        [WF_BINOP_POW] = int_pow_slot,
        [WF_BINOP_LSHIFT] = int_lshift_slot,
        [WF_BINOP_RSHIFT] = int_rshift_slot,
        [WF_BINOP_AND] = int_and_slot,
        [WF_BINOP_OR] = int_or_slot,
        [WF_BINOP_XOR] = int_xor_slot,
        [WF_BINOP_DIVMOD] = int_divmod_slot,
    },
    .pow3 = int_pow3_slot,
    .negative = int_neg_slot,
    .positive = int_pos_slot,
    .absolute = int_abs_slot,
    .invert = int_invert_slot,
    .nb_bool = int_bool_slot,
    .nb_int = int_int_slot,
    .nb_float = int_float_slot,
    .nb_index = int_int_slot,
    .methods = int_methods,
    .getsets = int_getsets,
};
