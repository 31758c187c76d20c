// Integer arithmetic: magnitude routines on 32-bit digit arrays and the object-level
// operators built on them.
//
// Every operator first tries the small form (both values in int64, result checked for
// overflow), then falls back to sign + magnitude arithmetic on wf_intview_t views, which
// unpack small operands onto the stack. Results go through wf_int_finish(), which
// restores the invariant "fits in int64 <=> small form". Multiplication switches to
// Karatsuba above KARATSUBA_CUTOFF digits; division is Knuth's algorithm D.
#include "objects/int_impl.h"
#include "objects/float.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <math.h>
#include <float.h>

#define KARATSUBA_CUTOFF 48

static inline int64_t neg_u64(uint64_t m) {
    return m == ((uint64_t)1 << 63) ? INT64_MIN : -(int64_t)m;
}

static inline uint64_t abs_i64(int64_t v) {
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

// ---- allocation ---------------------------------------------------------------------------

// Past WF_INT_MAX_DIGITS an int cannot be built. CPython reports the same situation as
// MemoryError (the allocation fails) unless the size exceeds what its own digit count can
// describe, about 2**65.9 bits, where it says "too many digits in integer". Follow it.
#define CPY_MAX_INT_BITS 6.9175290276410819e19  // ((2**63 - 1 - 24) / 4) digits * 30 bits

static void raise_too_big(double bits) {
    if (bits > CPY_MAX_INT_BITS) {
        wf_err_set_string(&wf_exc_OverflowError, "too many digits in integer");
    } else {
        wf_err_nomemory();
    }
}

wf_int_t *wf_int_alloc(wf_ssize_t n) {
    if (n > WF_INT_MAX_DIGITS) {
        raise_too_big((double)n * WF_DIGIT_BITS);
        return NULL;
    }
    wf_int_t *r = (wf_int_t *)wf_object_alloc(&wf_int_type, sizeof(wf_int_t) + (size_t)n * 4);
    if (r == NULL) {
        return NULL;
    }
    r->ndigits = n;
    r->u.digits = (uint32_t *)(r + 1);
    return r;
}

wf_object_t *wf_int_finish(wf_int_t *r, wf_ssize_t n, int negative) {
    uint32_t *d = r->u.digits;
    n = wf_mag_norm(d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : (n == 1 ? d[0] : (d[0] | (uint64_t)d[1] << 32));
        if (m <= (uint64_t)INT64_MAX || (negative && m == ((uint64_t)1 << 63))) {
            int64_t v = negative ? neg_u64(m) : (int64_t)m;
            if (v >= WF_INT_SMALL_MIN && v <= WF_INT_SMALL_MAX) {
                WF_DECREF(r);
                return (wf_object_t *)&wf_int_small_cache[v - WF_INT_SMALL_MIN];
            }
            r->ndigits = 0;
            r->u.small = v;
            return (wf_object_t *)r;
        }
    }
    r->ndigits = negative ? -n : n;
    return (wf_object_t *)r;
}

wf_object_t *wf_int_from_mag(const uint32_t *d, wf_ssize_t n, int negative) {
    wf_int_t *r = wf_int_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    memcpy(r->u.digits, d, (size_t)n * 4);
    return wf_int_finish(r, n, negative);
}

static wf_object_t *from_view(const wf_intview_t *v, int negative) {
    return wf_int_from_mag(v->d, v->n, negative);
}

// ---- magnitude routines -------------------------------------------------------------------

int wf_mag_cmp(const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb) {
    if (na != nb) {
        return na < nb ? -1 : 1;
    }
    for (wf_ssize_t i = na - 1; i >= 0; i--) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

void wf_mag_add(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb) {
    uint64_t carry = 0;
    wf_ssize_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[na] = (uint32_t)carry;
}

void wf_mag_sub(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb) {
    uint64_t borrow = 0;
    wf_ssize_t i = 0;
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = (t >> 63) & 1;
    }
    for (; i < na; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = (t >> 63) & 1;
    }
}

// r[0..rn) += b[0..nb); the caller guarantees the sum fits in rn digits.
static void mag_add_into(uint32_t *r, wf_ssize_t rn, const uint32_t *b, wf_ssize_t nb) {
    uint64_t carry = 0;
    wf_ssize_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)r[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

uint32_t wf_mag_muladd1(uint32_t *a, wf_ssize_t n, uint32_t m, uint32_t c) {
    uint64_t carry = c;
    for (wf_ssize_t i = 0; i < n; i++) {
        carry += (uint64_t)a[i] * m;
        a[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

static void mul_school(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b,
                       wf_ssize_t nb) {
    memset(r, 0, (size_t)(na + nb) * 4);
    for (wf_ssize_t i = 0; i < na; i++) {
        uint64_t ai = a[i];
        if (ai == 0) {
            continue;
        }
        uint64_t carry = 0;
        uint32_t *ri = r + i;
        for (wf_ssize_t j = 0; j < nb; j++) {
            carry += ai * b[j] + ri[j];
            ri[j] = (uint32_t)carry;
            carry >>= 32;
        }
        ri[nb] = (uint32_t)carry;
    }
}

static int kmul(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb);

// a much longer than b: multiply b by nb-sized slices of a, which keeps Karatsuba's
// halves balanced.
static int mul_lopsided(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b,
                        wf_ssize_t nb) {
    uint32_t *tmp = wf_mem_alloc((size_t)(2 * nb) * 4);
    if (tmp == NULL) {
        return -1;
    }
    memset(r, 0, (size_t)(na + nb) * 4);
    for (wf_ssize_t off = 0; off < na; off += nb) {
        wf_ssize_t len = na - off < nb ? na - off : nb;
        wf_ssize_t alen = wf_mag_norm(a + off, len);
        if (alen == 0) {
            continue;
        }
        if (wf_mag_mul(tmp, a + off, alen, b, nb) < 0) {
            wf_mem_free(tmp);
            return -1;
        }
        mag_add_into(r + off, na + nb - off, tmp, wf_mag_norm(tmp, alen + nb));
    }
    wf_mem_free(tmp);
    return 0;
}

int wf_mag_mul(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb) {
    if (na < nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        wf_ssize_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb == 0) {
        memset(r, 0, (size_t)na * 4);
        return 0;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(r, a, na, b, nb);
        return 0;
    }
    if (2 * nb <= na) {
        return mul_lopsided(r, a, na, b, nb);
    }
    return kmul(r, a, na, b, nb);
}

// Karatsuba: a = a1*B^s + a0, b = b1*B^s + b0 with na >= nb > na/2 >= s.
//   a*b = z2*B^2s + ((a0+a1)(b0+b1) - z0 - z2)*B^s + z0
static int kmul(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb) {
    wf_ssize_t s = na / 2;
    wf_ssize_t a0n = wf_mag_norm(a, s), b0n = wf_mag_norm(b, s);
    const uint32_t *a1 = a + s, *b1 = b + s;
    wf_ssize_t a1n = na - s, b1n = nb - s;
    wf_ssize_t rn = na + nb;
    memset(r, 0, (size_t)rn * 4);
    if (wf_mag_mul(r, a, a0n, b, b0n) < 0 || wf_mag_mul(r + 2 * s, a1, a1n, b1, b1n) < 0) {
        return -1;
    }
    wf_ssize_t t1cap = (a1n > s ? a1n : s) + 1, t2cap = (b1n > s ? b1n : s) + 1;
    uint32_t *t1 = wf_mem_alloc((size_t)(t1cap + t2cap + t1cap + t2cap) * 4);
    if (t1 == NULL) {
        return -1;
    }
    uint32_t *t2 = t1 + t1cap, *z1 = t2 + t2cap;
    if (a1n >= a0n) {
        wf_mag_add(t1, a1, a1n, a, a0n);
    } else {
        wf_mag_add(t1, a, a0n, a1, a1n);
    }
    if (b1n >= b0n) {
        wf_mag_add(t2, b1, b1n, b, b0n);
    } else {
        wf_mag_add(t2, b, b0n, b1, b1n);
    }
    wf_ssize_t t1n = wf_mag_norm(t1, (a1n > a0n ? a1n : a0n) + 1);
    wf_ssize_t t2n = wf_mag_norm(t2, (b1n > b0n ? b1n : b0n) + 1);
    if (wf_mag_mul(z1, t1, t1n, t2, t2n) < 0) {
        wf_mem_free(t1);
        return -1;
    }
    wf_ssize_t z1n = wf_mag_norm(z1, t1n + t2n);
    wf_ssize_t z0n = wf_mag_norm(r, 2 * s), z2n = wf_mag_norm(r + 2 * s, rn - 2 * s);
    wf_mag_sub(z1, z1, z1n, r, z0n);
    wf_mag_sub(z1, z1, z1n, r + 2 * s, z2n);
    mag_add_into(r + s, rn - s, z1, wf_mag_norm(z1, z1n));
    wf_mem_free(t1);
    return 0;
}

uint32_t wf_mag_divrem1(uint32_t *q, const uint32_t *a, wf_ssize_t n, uint32_t d) {
    uint64_t rem = 0;
    for (wf_ssize_t i = n - 1; i >= 0; i--) {
        rem = (rem << 32) | a[i];
        q[i] = (uint32_t)(rem / d);
        rem %= d;
    }
    return (uint32_t)rem;
}

static inline int clz32(uint32_t x) {
    return x == 0 ? 32 : __builtin_clz(x);
}

int wf_mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b,
                  wf_ssize_t nb) {
    if (nb == 1) {
        uint32_t *qq = q;
        uint32_t tmp1;
        if (qq == NULL) {
            qq = wf_mem_alloc((size_t)na * 4);
            if (qq == NULL) {
                return -1;
            }
        }
        tmp1 = wf_mag_divrem1(qq, a, na, b[0]);
        if (r != NULL) {
            r[0] = tmp1;
        }
        if (q == NULL) {
            wf_mem_free(qq);
        }
        return 0;
    }
    // Normalize so the divisor's top bit is set; then each quotient digit estimate from
    // the top two dividend digits is at most 2 too large.
    int s = clz32(b[nb - 1]);
    uint32_t *u = wf_mem_alloc((size_t)(na + 1 + nb) * 4);
    if (u == NULL) {
        return -1;
    }
    uint32_t *v = u + na + 1;
    for (wf_ssize_t i = nb - 1; i > 0; i--) {
        v[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    }
    v[0] = b[0] << s;
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (wf_ssize_t i = na - 1; i > 0; i--) {
        u[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    }
    u[0] = a[0] << s;
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (wf_ssize_t j = na - nb; j >= 0; j--) {
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat > WF_DIGIT_MASK || qhat * vnext > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > WF_DIGIT_MASK) {
                break;
            }
        }
        // u[j..j+nb] -= qhat * v
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (wf_ssize_t i = 0; i < nb; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - (int64_t)(uint32_t)p + borrow;
            u[i + j] = (uint32_t)t;
            borrow = t >> 32;  // 0 or -1
        }
        int64_t t = (int64_t)u[j + nb] - (int64_t)carry + borrow;
        u[j + nb] = (uint32_t)t;
        if (t < 0) {
            // Estimate was one too large: add the divisor back.
            qhat--;
            uint64_t c = 0;
            for (wf_ssize_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)c;
                c >>= 32;
            }
            u[j + nb] += (uint32_t)c;
        }
        if (q != NULL) {
            q[j] = (uint32_t)qhat;
        }
    }
    if (r != NULL) {
        for (wf_ssize_t i = 0; i < nb; i++) {
            r[i] = s ? (u[i] >> s) | (u[i + 1] << (32 - s)) : u[i];
        }
    }
    wf_mem_free(u);
    return 0;
}

int64_t wf_mag_bit_length(const uint32_t *a, wf_ssize_t n) {
    if (n == 0) {
        return 0;
    }
    return (int64_t)(n - 1) * 32 + (32 - clz32(a[n - 1]));
}

// ---- add / sub / mul ----------------------------------------------------------------------

static wf_object_t *addsub_views(const wf_intview_t *a, const wf_intview_t *b, int negate_b) {
    int an = a->neg, bn = b->neg ^ negate_b;
    if (an == bn) {
        const wf_intview_t *x = a, *y = b;
        if (x->n < y->n) {
            x = b;
            y = a;
        }
        wf_int_t *r = wf_int_alloc(x->n + 1);
        if (r == NULL) {
            return NULL;
        }
        wf_mag_add(r->u.digits, x->d, x->n, y->d, y->n);
        return wf_int_finish(r, x->n + 1, an);
    }
    int c = wf_mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) {
        return wf_int_new_fast(0);
    }
    const wf_intview_t *x = c > 0 ? a : b, *y = c > 0 ? b : a;
    wf_int_t *r = wf_int_alloc(x->n);
    if (r == NULL) {
        return NULL;
    }
    wf_mag_sub(r->u.digits, x->d, x->n, y->d, y->n);
    return wf_int_finish(r, x->n, c > 0 ? an : bn);
}

wf_object_t *wf_int_add(wf_object_t *a, wf_object_t *b) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (x->ndigits == 0 && y->ndigits == 0) {
        int64_t r;
        if (!__builtin_add_overflow(x->u.small, y->u.small, &r)) {
            return wf_int_new_fast(r);
        }
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    return addsub_views(&va, &vb, 0);
}

wf_object_t *wf_int_sub(wf_object_t *a, wf_object_t *b) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (x->ndigits == 0 && y->ndigits == 0) {
        int64_t r;
        if (!__builtin_sub_overflow(x->u.small, y->u.small, &r)) {
            return wf_int_new_fast(r);
        }
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    return addsub_views(&va, &vb, 1);
}

static wf_object_t *mul_views(const wf_intview_t *a, const wf_intview_t *b) {
    if (a->n == 0 || b->n == 0) {
        return wf_int_new_fast(0);
    }
    wf_int_t *r = wf_int_alloc(a->n + b->n);
    if (r == NULL) {
        return NULL;
    }
    if (wf_mag_mul(r->u.digits, a->d, a->n, b->d, b->n) < 0) {
        WF_DECREF(r);
        return wf_err_nomemory();
    }
    return wf_int_finish(r, a->n + b->n, a->neg != b->neg);
}

wf_object_t *wf_int_mul(wf_object_t *a, wf_object_t *b) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (x->ndigits == 0 && y->ndigits == 0) {
        int64_t r;
        if (!__builtin_mul_overflow(x->u.small, y->u.small, &r)) {
            return wf_int_new_fast(r);
        }
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    return mul_views(&va, &vb);
}

// ---- division -----------------------------------------------------------------------------

// Floor division and modulo of views; b != 0. Either output may be NULL.
static int divmod_views(const wf_intview_t *a, const wf_intview_t *b, wf_object_t **qo,
                        wf_object_t **ro) {
    wf_ssize_t qn = a->n >= b->n ? a->n - b->n + 1 : 0;
    // q gets a spare digit for the floor adjustment's carry.
    wf_int_t *q = wf_int_alloc(qn + 2);
    wf_int_t *r = wf_int_alloc(b->n + 1);
    if (q == NULL || r == NULL) {
        goto fail;
    }
    uint32_t *qd = q->u.digits, *rd = r->u.digits;
    if (qn == 0) {
        memcpy(rd, a->d, (size_t)a->n * 4);
        memset(rd + a->n, 0, (size_t)(b->n + 1 - a->n) * 4);
        qd[0] = qd[1] = 0;
    } else {
        memset(qd, 0, (size_t)(qn + 2) * 4);
        memset(rd, 0, (size_t)(b->n + 1) * 4);
        if (wf_mag_divrem(qd, rd, a->d, a->n, b->d, b->n) < 0) {
            wf_err_nomemory();
            goto fail;
        }
    }
    int qneg = a->neg != b->neg;
    int rneg = a->neg;
    wf_ssize_t rn = wf_mag_norm(rd, b->n);
    if (qneg && rn != 0) {
        // Truncated -> floor: q = -(|q| + 1), r = b - r (sign of b).
        static const uint32_t one = 1;
        wf_mag_add(qd, qd, qn == 0 ? 1 : qn, &one, 1);  // writes qd[0..qn]
        wf_mag_sub(rd, b->d, b->n, rd, rn);
        rneg = b->neg;
        rn = b->n;
    }
    if (qo != NULL) {
        *qo = wf_int_finish(q, qn + 2, qneg);
    } else {
        WF_DECREF(q);
    }
    if (ro != NULL) {
        *ro = wf_int_finish(r, rn, rneg);
    } else {
        WF_DECREF(r);
    }
    return 0;
fail:
    WF_XDECREF(q);
    WF_XDECREF(r);
    return -1;
}

int wf_int_divmod_impl(wf_object_t *a, wf_object_t *b, wf_object_t **q, wf_object_t **r) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (x->ndigits == 0 && y->ndigits == 0) {
        int64_t qv, rv;
        if (wf_int_small_floordiv(x->u.small, y->u.small, &qv) &&
            wf_int_small_mod(x->u.small, y->u.small, &rv)) {
            if (q != NULL) {
                *q = wf_int_new_fast(qv);
                if (*q == NULL) {
                    return -1;
                }
            }
            if (r != NULL) {
                *r = wf_int_new_fast(rv);
                if (*r == NULL) {
                    if (q != NULL) {
                        WF_CLEAR(*q);
                    }
                    return -1;
                }
            }
            return 0;
        }
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    return divmod_views(&va, &vb, q, r);
}

wf_object_t *wf_int_floordiv(wf_object_t *a, wf_object_t *b) {
    if (wf_int_sign(b) == 0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "integer division or modulo by zero");
    }
    wf_object_t *q;
    return wf_int_divmod_impl(a, b, &q, NULL) < 0 ? NULL : q;
}

wf_object_t *wf_int_mod(wf_object_t *a, wf_object_t *b) {
    if (wf_int_sign(b) == 0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "integer modulo by zero");
    }
    wf_object_t *r;
    return wf_int_divmod_impl(a, b, NULL, &r) < 0 ? NULL : r;
}

int wf_int_divmod(wf_object_t *a, wf_object_t *b, wf_object_t **q, wf_object_t **r) {
    if (wf_int_sign(b) == 0) {
        wf_err_set_string(&wf_exc_ZeroDivisionError, "integer division or modulo by zero");
        return -1;
    }
    return wf_int_divmod_impl(a, b, q, r);
}

// Shift a magnitude right by `shift` bits into out[0..outn) (which must be large enough);
// returns 1 if any bit shifted out was set.
static int mag_shr(uint32_t *out, wf_ssize_t outn, const uint32_t *a, wf_ssize_t na,
                   int64_t shift) {
    wf_ssize_t ds = (wf_ssize_t)(shift / 32);
    int bs = (int)(shift % 32);
    int inexact = 0;
    for (wf_ssize_t i = 0; i < ds && i < na; i++) {
        inexact |= a[i] != 0;
    }
    if (bs && ds < na) {
        inexact |= (a[ds] & ((1u << bs) - 1)) != 0;
    }
    for (wf_ssize_t i = 0; i < outn; i++) {
        wf_ssize_t k = i + ds;
        uint32_t lo = k < na ? a[k] : 0;
        uint32_t hi = k + 1 < na ? a[k + 1] : 0;
        out[i] = bs ? (lo >> bs) | (hi << (32 - bs)) : lo;
    }
    return inexact;
}

// Shift left by `shift` bits: out has na + shift/32 + 1 digits.
static void mag_shl(uint32_t *out, const uint32_t *a, wf_ssize_t na, int64_t shift) {
    wf_ssize_t ds = (wf_ssize_t)(shift / 32);
    int bs = (int)(shift % 32);
    memset(out, 0, (size_t)ds * 4);
    uint32_t carry = 0;
    for (wf_ssize_t i = 0; i < na; i++) {
        out[i + ds] = bs ? (a[i] << bs) | carry : a[i];
        carry = bs ? a[i] >> (32 - bs) : 0;
    }
    out[na + ds] = carry;
}

// q = (a * 2**-shift) // b, which has at most DBL_MANT_DIG + 3 bits; *inexact is set when
// bits were shifted out or the division left a remainder. 0 / -1 (out of memory).
static int scaled_quotient(const wf_intview_t *a, const wf_intview_t *b, int64_t shift,
                           uint64_t *qout, int *inexact) {
    wf_ssize_t xn;
    uint32_t *x;
    *inexact = 0;
    if (shift >= 0) {
        xn = a->n - (wf_ssize_t)(shift / 32) + 1;
        if (xn < 1) {
            xn = 1;
        }
        if ((x = wf_mem_alloc((size_t)xn * 4)) == NULL) {
            return -1;
        }
        *inexact = mag_shr(x, xn, a->d, a->n, shift);
    } else {
        xn = a->n + (wf_ssize_t)(-shift / 32) + 1;
        if ((x = wf_mem_alloc((size_t)xn * 4)) == NULL) {
            return -1;
        }
        mag_shl(x, a->d, a->n, -shift);
    }
    xn = wf_mag_norm(x, xn);
    uint64_t q = 0;
    if (xn >= b->n) {
        uint32_t *rem = wf_mem_alloc((size_t)b->n * 4);
        uint32_t *qbuf = wf_mem_alloc((size_t)(xn - b->n + 1) * 4);
        if (rem == NULL || qbuf == NULL || wf_mag_divrem(qbuf, rem, x, xn, b->d, b->n) < 0) {
            wf_mem_free(qbuf);
            wf_mem_free(rem);
            wf_mem_free(x);
            return -1;
        }
        q = qbuf[0] | (xn - b->n >= 1 ? (uint64_t)qbuf[1] << 32 : 0);
        *inexact |= wf_mag_norm(rem, b->n) != 0;
        wf_mem_free(qbuf);
        wf_mem_free(rem);
    } else {
        *inexact |= xn != 0;
    }
    wf_mem_free(x);
    *qout = q;
    return 0;
}

// Correctly rounded a / b for huge operands: scale a so the quotient has
// DBL_MANT_DIG + 2 or + 3 bits, divide, fold the remainder into a sticky bit, round once.
static wf_object_t *truediv_big(const wf_intview_t *a, const wf_intview_t *b) {
    int neg = a->neg != b->neg;
    if (a->n == 0) {
        return wf_float_new(neg ? -0.0 : 0.0);
    }
    int64_t abits = wf_mag_bit_length(a->d, a->n), bbits = wf_mag_bit_length(b->d, b->n);
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP) {
        goto overflow;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        return wf_float_new(neg ? -0.0 : 0.0);
    }
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact;
    uint64_t q;
    if (scaled_quotient(a, b, shift, &q, &inexact) < 0) {
        return wf_err_nomemory();
    }
    // Round q to DBL_MANT_DIG bits (fewer for subnormal results), half to even.
    int qbits = q == 0 ? 0 : 64 - __builtin_clzll(q);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    if (extra > 0) {
        uint64_t mask = (uint64_t)1 << (extra - 1);
        // The half bit is set and something else (a lower bit, the sticky bit, or the
        // kept part's odd last bit) breaks the tie upward.
        uint64_t low = q | (uint64_t)inexact;
        if ((low & mask) && (low & (3 * mask - 1))) {
            q += mask;
        }
        q &= ~(2 * mask - 1);
    }
    double dq = (double)q;
    if (shift + (dq == 0 ? 0 : (int64_t)ilogb(dq) + 1) > DBL_MAX_EXP) {
        goto overflow;
    }
    double result = ldexp(dq, (int)shift);
    if (isinf(result)) {
        goto overflow;
    }
    return wf_float_new(neg ? -result : result);
overflow:
    return wf_err_set_string(&wf_exc_OverflowError, "integer division result too large for a float");
}

wf_object_t *wf_int_truediv(wf_object_t *a, wf_object_t *b) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (y->ndigits == 0 && y->u.small == 0) {
        return wf_err_set_string(&wf_exc_ZeroDivisionError, "division by zero");
    }
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
    if (x->ndigits == 0 && y->ndigits == 0 && x->u.small <= exact && x->u.small >= -exact &&
        y->u.small <= exact && y->u.small >= -exact) {
        // Both exactly representable: one IEEE division rounds correctly.
        return wf_float_new((double)x->u.small / (double)y->u.small);
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    return truediv_big(&va, &vb);
}

// ---- shifts -------------------------------------------------------------------------------

wf_object_t *wf_int_lshift_count(wf_object_t *a, int64_t count) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0) {
        int64_t v = x->u.small;
        if (v == 0) {
            return wf_int_new_fast(0);
        }
        if (count < 63) {
            int64_t r = (int64_t)((uint64_t)v << count);
            if ((r >> count) == v) {
                return wf_int_new_fast(r);
            }
        }
    }
    wf_intview_t va;
    wf_intview_init(&va, a);
    if (count / 32 > WF_INT_MAX_DIGITS) {
        raise_too_big((double)count + 32.0 * (double)va.n);
        return NULL;
    }
    wf_ssize_t rn = va.n + (wf_ssize_t)(count / 32) + 1;
    wf_int_t *r = wf_int_alloc(rn);
    if (r == NULL) {
        return NULL;
    }
    mag_shl(r->u.digits, va.d, va.n, count);
    return wf_int_finish(r, rn, va.neg);
}

wf_object_t *wf_int_rshift_count(wf_object_t *a, int64_t count) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0) {
        int64_t v = x->u.small;
        if (count >= 64) {
            return wf_int_new_fast(v < 0 ? -1 : 0);
        }
        return wf_int_new_fast(v >> count);  // arithmetic shift = floor
    }
    wf_intview_t va;
    wf_intview_init(&va, a);
    if (count >= wf_mag_bit_length(va.d, va.n)) {
        return wf_int_new_fast(va.neg ? -1 : 0);
    }
    wf_ssize_t rn = va.n - (wf_ssize_t)(count / 32) + 1;
    wf_int_t *r = wf_int_alloc(rn);
    if (r == NULL) {
        return NULL;
    }
    int inexact = mag_shr(r->u.digits, rn, va.d, va.n, count);
    if (va.neg && inexact) {
        // floor for negatives: -(|a| >> n) - 1 when bits were lost
        static const uint32_t one = 1;
        wf_mag_add(r->u.digits, r->u.digits, rn - 1, &one, 1);
    }
    return wf_int_finish(r, rn, va.neg);
}

static int shift_count(wf_object_t *b, int64_t *count) {
    if (wf_int_sign(b) < 0) {
        wf_err_set_string(&wf_exc_ValueError, "negative shift count");
        return -1;
    }
    if (!wf_int_to_i64_if_fits(b, count)) {
        *count = INT64_MAX;
    }
    return 0;
}

wf_object_t *wf_int_lshift(wf_object_t *a, wf_object_t *b) {
    int64_t count;
    if (shift_count(b, &count) < 0) {
        return NULL;
    }
    if (wf_int_sign(a) == 0) {
        return wf_int_new_fast(0);
    }
    if (count == INT64_MAX) {
        // A count past int64: only the kind of error is left to decide.
        double bits = wf_int_as_double(b);
        if (bits == -1.0 && wf_err_occurred()) {
            wf_err_clear();
            bits = HUGE_VAL;
        }
        raise_too_big(bits);
        return NULL;
    }
    return wf_int_lshift_count(a, count);
}

wf_object_t *wf_int_rshift(wf_object_t *a, wf_object_t *b) {
    int64_t count;
    if (shift_count(b, &count) < 0) {
        return NULL;
    }
    return wf_int_rshift_count(a, count);
}

// ---- bitwise ------------------------------------------------------------------------------

// Two's complement of a view over n digits.
static void to_twos(uint32_t *out, const wf_intview_t *v, wf_ssize_t n) {
    memcpy(out, v->d, (size_t)v->n * 4);
    memset(out + v->n, 0, (size_t)(n - v->n) * 4);
    if (v->neg) {
        uint64_t carry = 1;
        for (wf_ssize_t i = 0; i < n; i++) {
            carry += (uint32_t)~out[i];
            out[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

static wf_object_t *bitwise(wf_object_t *a, wf_object_t *b, char op) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (x->ndigits == 0 && y->ndigits == 0) {
        int64_t u = x->u.small, v = y->u.small;
        return wf_int_new_fast(op == '&' ? (u & v) : op == '|' ? (u | v) : (u ^ v));
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    wf_ssize_t n = (va.n > vb.n ? va.n : vb.n) + 1;
    wf_int_t *r = wf_int_alloc(n);
    uint32_t *tb = wf_mem_alloc((size_t)n * 4);
    if (r == NULL || tb == NULL) {
        WF_XDECREF(r);
        wf_mem_free(tb);
        return r == NULL ? NULL : wf_err_nomemory();
    }
    uint32_t *ra = r->u.digits;
    to_twos(ra, &va, n);
    to_twos(tb, &vb, n);
    for (wf_ssize_t i = 0; i < n; i++) {
        ra[i] = op == '&' ? (ra[i] & tb[i]) : op == '|' ? (ra[i] | tb[i]) : (ra[i] ^ tb[i]);
    }
    wf_mem_free(tb);
    int neg = (ra[n - 1] >> 31) != 0;
    if (neg) {
        wf_intview_t tv = {ra, n, 1, {0, 0}};
        to_twos(ra, &tv, n);  // negate back to a magnitude
    }
    return wf_int_finish(r, n, neg);
}

wf_object_t *wf_int_and(wf_object_t *a, wf_object_t *b) {
    return bitwise(a, b, '&');
}
wf_object_t *wf_int_or(wf_object_t *a, wf_object_t *b) {
    return bitwise(a, b, '|');
}
wf_object_t *wf_int_xor(wf_object_t *a, wf_object_t *b) {
    return bitwise(a, b, '^');
}

// ---- unary --------------------------------------------------------------------------------

wf_object_t *wf_int_neg(wf_object_t *a) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0 && x->u.small != INT64_MIN) {
        return wf_int_new_fast(-x->u.small);
    }
    wf_intview_t va;
    wf_intview_init(&va, a);
    return from_view(&va, !va.neg);
}

wf_object_t *wf_int_abs(wf_object_t *a) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0 && x->u.small != INT64_MIN) {
        return wf_int_new_fast(x->u.small < 0 ? -x->u.small : x->u.small);
    }
    wf_intview_t va;
    wf_intview_init(&va, a);
    return from_view(&va, 0);
}

wf_object_t *wf_int_invert(wf_object_t *a) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0) {
        return wf_int_new_fast(~x->u.small);
    }
    // ~a == -(a + 1)
    static const uint32_t one_d = 1;
    wf_intview_t va, vone = {&one_d, 1, 0, {0, 0}};
    wf_intview_init(&va, a);
    wf_object_t *t = addsub_views(&va, &vone, 0);
    if (t == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_int_neg(t);
    WF_DECREF(t);
    return r;
}

// ---- comparison ---------------------------------------------------------------------------

int wf_int_compare(wf_object_t *a, wf_object_t *b) {
    wf_int_t *x = (wf_int_t *)a, *y = (wf_int_t *)b;
    if (x->ndigits == 0 && y->ndigits == 0) {
        return x->u.small < y->u.small ? -1 : x->u.small > y->u.small;
    }
    wf_intview_t va, vb;
    wf_intview_init(&va, a);
    wf_intview_init(&vb, b);
    if (va.neg != vb.neg) {
        return va.neg ? -1 : 1;
    }
    int c = wf_mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.neg ? -c : c;
}

int wf_int_sign(wf_object_t *o) {
    wf_int_t *x = (wf_int_t *)o;
    if (x->ndigits == 0) {
        return x->u.small < 0 ? -1 : x->u.small > 0;
    }
    return x->ndigits < 0 ? -1 : 1;
}

int64_t wf_int_bit_length(wf_object_t *a) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0) {
        uint64_t m = abs_i64(x->u.small);
        return m == 0 ? 0 : 64 - __builtin_clzll(m);
    }
    wf_intview_t va;
    wf_intview_init(&va, a);
    return wf_mag_bit_length(va.d, va.n);
}

// ---- power --------------------------------------------------------------------------------

// a**e for e >= 0 by left-to-right binary exponentiation.
static wf_object_t *pow_plain(wf_object_t *a, uint64_t e) {
    wf_int_t *x = (wf_int_t *)a;
    if (x->ndigits == 0) {
        int64_t v = x->u.small;
        if (v == 0 || v == 1) {
            return wf_int_new_fast(e == 0 ? 1 : v);
        }
        if (v == -1) {
            return wf_int_new_fast((e & 1) ? -1 : 1);
        }
        // Word-sized attempt.
        int64_t r = 1, base = v;
        uint64_t k = e;
        int ok = 1;
        while (k) {
            if ((k & 1) && __builtin_mul_overflow(r, base, &r)) {
                ok = 0;
                break;
            }
            k >>= 1;
            if (k && __builtin_mul_overflow(base, base, &base)) {
                ok = 0;
                break;
            }
        }
        if (ok) {
            return wf_int_new_fast(r);
        }
    }
    int64_t bits = wf_int_bit_length(a);
    if (e != 0 && (double)bits * (double)e > (double)WF_INT_MAX_DIGITS * 32.0) {
        return wf_err_nomemory();
    }
    wf_object_t *result = wf_int_new_fast(1);
    int top = e == 0 ? -1 : 63 - __builtin_clzll(e);
    for (int i = top; i >= 0; i--) {
        wf_object_t *t = wf_int_mul(result, result);
        WF_DECREF(result);
        if (t == NULL) {
            return NULL;
        }
        result = t;
        if ((e >> i) & 1) {
            t = wf_int_mul(result, a);
            WF_DECREF(result);
            if (t == NULL) {
                return NULL;
            }
            result = t;
        }
    }
    return result;
}

static wf_object_t *mulmod(wf_object_t *a, wf_object_t *b, wf_object_t *m) {
    wf_object_t *p = wf_int_mul(a, b);
    if (p == NULL) {
        return NULL;
    }
    wf_object_t *r;
    int rc = wf_int_divmod_impl(p, m, NULL, &r);
    WF_DECREF(p);
    return rc < 0 ? NULL : r;
}

// Modular inverse of a modulo m > 0 by the extended Euclidean algorithm.
static wf_object_t *mod_inverse(wf_object_t *a, wf_object_t *m) {
    wf_object_t *b = wf_int_copy_exact(a), *n = wf_int_copy_exact(m);
    wf_object_t *x0 = wf_int_new_fast(1), *x1 = wf_int_new_fast(0);
    wf_object_t *q = NULL, *r = NULL, *t = NULL, *result = NULL;
    if (b == NULL || n == NULL) {
        goto done;
    }
    while (wf_int_sign(n) != 0) {
        if (wf_int_divmod_impl(b, n, &q, &r) < 0) {
            goto done;
        }
        WF_SETREF(b, n);
        n = r;
        r = NULL;
        t = wf_int_mul(q, x1);
        WF_CLEAR(q);
        if (t == NULL) {
            goto done;
        }
        wf_object_t *nx = wf_int_sub(x0, t);
        WF_CLEAR(t);
        if (nx == NULL) {
            goto done;
        }
        WF_SETREF(x0, x1);
        x1 = nx;
    }
    if (!(((wf_int_t *)b)->ndigits == 0 && ((wf_int_t *)b)->u.small == 1)) {
        wf_err_set_string(&wf_exc_ValueError, "base is not invertible for the given modulus");
        goto done;
    }
    wf_int_divmod_impl(x0, m, NULL, &result);
done:
    WF_XDECREF(b);
    WF_XDECREF(n);
    WF_XDECREF(x0);
    WF_XDECREF(x1);
    return result;
}

static wf_object_t *pow_mod(wf_object_t *a, wf_object_t *e, wf_object_t *m) {
    wf_object_t *mabs = NULL, *base = NULL, *exp = NULL, *result = NULL;
    int mneg = wf_int_sign(m) < 0;
    mabs = wf_int_abs(m);
    if (mabs == NULL) {
        return NULL;
    }
    if (wf_int_sign(e) < 0) {
        wf_object_t *ra;
        if (wf_int_divmod_impl(a, mabs, NULL, &ra) < 0) {
            goto done;
        }
        base = mod_inverse(ra, mabs);
        WF_DECREF(ra);
        if (base == NULL) {
            goto done;
        }
        exp = wf_int_neg(e);
    } else {
        if (wf_int_divmod_impl(a, mabs, NULL, &base) < 0) {
            goto done;
        }
        exp = wf_newref(e);
    }
    if (exp == NULL) {
        goto done;
    }
    int64_t mv, bv, ev;
    if (wf_int_to_i64_if_fits(mabs, &mv) && mv == 1) {
        result = wf_int_new_fast(0);
    } else if (wf_int_to_i64_if_fits(mabs, &mv) && mv <= (int64_t)UINT32_MAX &&
               wf_int_to_i64_if_fits(base, &bv) && wf_int_to_i64_if_fits(exp, &ev)) {
        uint64_t r = 1 % (uint64_t)mv, bb = (uint64_t)bv;
        for (uint64_t k = (uint64_t)ev; k; k >>= 1) {
            if (k & 1) {
                r = r * bb % (uint64_t)mv;
            }
            bb = bb * bb % (uint64_t)mv;
        }
        result = wf_int_new_fast((int64_t)r);
    } else {
        wf_intview_t ve;
        wf_intview_init(&ve, exp);
        result = wf_int_new_fast(1);
        for (int64_t i = wf_mag_bit_length(ve.d, ve.n) - 1; i >= 0 && result != NULL; i--) {
            wf_object_t *t = mulmod(result, result, mabs);
            WF_DECREF(result);
            result = t;
            if (t != NULL && ((ve.d[i / 32] >> (i % 32)) & 1)) {
                t = mulmod(result, base, mabs);
                WF_DECREF(result);
                result = t;
            }
        }
        if (result != NULL) {
            // 1 % m when the exponent is zero
            wf_object_t *t;
            if (wf_int_divmod_impl(result, mabs, NULL, &t) < 0) {
                WF_CLEAR(result);
            } else {
                WF_SETREF(result, t);
            }
        }
    }
    if (result != NULL && mneg && wf_int_sign(result) != 0) {
        wf_object_t *t = wf_int_sub(result, mabs);
        WF_SETREF(result, t);
    }
done:
    WF_XDECREF(mabs);
    WF_XDECREF(base);
    WF_XDECREF(exp);
    return result;
}

wf_object_t *wf_int_pow(wf_object_t *a, wf_object_t *b, wf_object_t *mod) {
    if (mod != NULL) {
        if (wf_int_sign(mod) == 0) {
            return wf_err_set_string(&wf_exc_ValueError, "pow() 3rd argument cannot be 0");
        }
        return pow_mod(a, b, mod);
    }
    if (wf_int_sign(b) < 0) {
        double x = wf_int_as_double(a);
        if (x == -1.0 && wf_err_occurred()) {
            return NULL;
        }
        double y = wf_int_as_double(b);
        if (y == -1.0 && wf_err_occurred()) {
            return NULL;
        }
        return wf_float_pow_doubles(x, y);
    }
    int64_t e;
    if (!wf_int_to_i64_if_fits(b, &e)) {
        // Only 0, 1 and -1 survive an exponent this large.
        wf_int_t *x = (wf_int_t *)a;
        if (x->ndigits == 0 && (x->u.small == 0 || x->u.small == 1)) {
            return wf_int_new_fast(x->u.small);
        }
        if (x->ndigits == 0 && x->u.small == -1) {
            wf_intview_t vb;
            wf_intview_init(&vb, b);
            return wf_int_new_fast((vb.d[0] & 1) ? -1 : 1);
        }
        return wf_err_nomemory();
    }
    return pow_plain(a, (uint64_t)e);
}

// ---- gcd / isqrt --------------------------------------------------------------------------

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

wf_object_t *wf_int_gcd(wf_object_t *a, wf_object_t *b) {
    wf_object_t *x = wf_int_abs(a), *y = NULL;
    if (x == NULL) {
        return NULL;
    }
    y = wf_int_abs(b);
    if (y == NULL) {
        WF_DECREF(x);
        return NULL;
    }
    while (wf_int_sign(y) != 0) {
        wf_int_t *xi = (wf_int_t *)x, *yi = (wf_int_t *)y;
        if (xi->ndigits == 0 && yi->ndigits == 0) {
            uint64_t g = gcd_u64(abs_i64(xi->u.small), abs_i64(yi->u.small));
            WF_DECREF(x);
            WF_DECREF(y);
            if (g > (uint64_t)INT64_MAX) {
                uint32_t d[2] = {(uint32_t)g, (uint32_t)(g >> 32)};
                return wf_int_from_mag(d, 2, 0);
            }
            return wf_int_new_fast((int64_t)g);
        }
        wf_object_t *r;
        if (wf_int_divmod_impl(x, y, NULL, &r) < 0) {
            WF_DECREF(x);
            WF_DECREF(y);
            return NULL;
        }
        WF_DECREF(x);
        x = y;
        y = r;
    }
    WF_DECREF(y);
    return x;
}

static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r > 0 && (r > UINT32_MAX || r * r > n)) {
        r--;
    }
    while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= n) {
        r++;
    }
    return r;
}

wf_object_t *wf_int_isqrt(wf_object_t *n) {
    int64_t v;
    if (wf_int_to_i64_if_fits(n, &v)) {
        return wf_int_new_fast((int64_t)isqrt_u64((uint64_t)v));
    }
    // Newton's iteration from an over-estimate decreases monotonically to the root.
    int64_t bits = wf_int_bit_length(n);
    wf_object_t *one = wf_int_new_fast(1);
    wf_object_t *x = wf_int_lshift_count(one, (bits + 1) / 2 + 1);
    if (x == NULL) {
        return NULL;
    }
    for (;;) {
        wf_object_t *q = wf_int_floordiv(n, x);
        if (q == NULL) {
            WF_DECREF(x);
            return NULL;
        }
        wf_object_t *s = wf_int_add(x, q);
        WF_DECREF(q);
        if (s == NULL) {
            WF_DECREF(x);
            return NULL;
        }
        wf_object_t *y = wf_int_rshift_count(s, 1);
        WF_DECREF(s);
        if (y == NULL) {
            WF_DECREF(x);
            return NULL;
        }
        if (wf_int_compare(y, x) >= 0) {
            WF_DECREF(y);
            return x;
        }
        WF_DECREF(x);
        x = y;
    }
}
