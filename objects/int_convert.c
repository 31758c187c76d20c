// Conversions of ints: C integers, doubles, and text in bases 2..36.
//
// Text -> int validates the whole string first (underscores only between digits, one
// optional underscore after a base prefix, surrounding ASCII white space), counts the
// digits for the max-str-digits limit, then converts: power-of-two bases by packing
// bits, other bases by multiply-add of word-sized chunks. int -> text divides by 10**9
// repeatedly for base 10 (after the same limit check) and unpacks bits for 2, 8, 16.
// Non-ASCII decimal digits and white space in str input are mapped to ASCII first, as
// int() and float() accept them.
#include "objects/int_impl.h"
#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

// Default of sys.get_int_max_str_digits(); 0 disables the limit.
#define DEFAULT_MAX_STR_DIGITS 4300
#define MIN_MAX_STR_DIGITS 640
static int max_str_digits = DEFAULT_MAX_STR_DIGITS;

int wf_int_get_max_str_digits(void) {
    return WF_ATOMIC_LOAD_RELAXED_ALWAYS(&max_str_digits);
}

int wf_int_set_max_str_digits(wf_ssize_t n) {
    if (n != 0 && (n < MIN_MAX_STR_DIGITS || n > INT32_MAX)) {
        if (n < MIN_MAX_STR_DIGITS) {
            wf_err_format(&wf_exc_ValueError, "maxdigits must be 0 or larger than %d",
                          MIN_MAX_STR_DIGITS);
            return -1;
        }
        n = INT32_MAX;
    }
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&max_str_digits, (int)n);
    return 0;
}

// ---- C integers ---------------------------------------------------------------------------

wf_object_t *wf_int_from_i64(int64_t v) {
    if (v >= WF_INT_SMALL_MIN && v <= WF_INT_SMALL_MAX) {
        return (wf_object_t *)&wf_int_small_cache[v - WF_INT_SMALL_MIN];
    }
    wf_int_t *r = (wf_int_t *)wf_object_alloc(&wf_int_type, sizeof(wf_int_t));
    if (r == NULL) {
        return NULL;
    }
    r->ndigits = 0;
    r->u.small = v;
    return (wf_object_t *)r;
}

wf_object_t *wf_int_from_u64(uint64_t v) {
    if (v <= (uint64_t)INT64_MAX) {
        return wf_int_from_i64((int64_t)v);
    }
    uint32_t d[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
    return wf_int_from_mag(d, 2, 0);
}

wf_object_t *wf_int_from_ssize(wf_ssize_t v) {
    return wf_int_from_i64((int64_t)v);
}

int wf_int_to_i64_if_fits(wf_object_t *o, int64_t *out) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits == 0) {
        *out = i->u.small;
        return 1;
    }
    return 0;
}

int wf_int_to_u64_if_fits(wf_object_t *o, uint64_t *out) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits == 0) {
        *out = (uint64_t)i->u.small;
        return i->u.small >= 0;
    }
    if (i->ndigits < 0 || i->ndigits > 2) {
        return 0;
    }
    uint64_t v = i->u.digits[0];
    if (i->ndigits == 2) {
        v |= (uint64_t)i->u.digits[1] << 32;
    }
    *out = v;
    return 1;
}

int wf_int_as_i64(wf_object_t *o, int64_t *out) {
    if (!WF_INT_CHECK(o)) {
        wf_err_format(&wf_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    if (wf_int_to_i64_if_fits(o, out)) {
        return 0;
    }
    wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

wf_ssize_t wf_int_as_ssize(wf_object_t *o) {
    int64_t v;
    if (wf_int_as_i64(o, &v) < 0) {
        return -1;
    }
    return (wf_ssize_t)v;
}

wf_object_t *wf_int_copy_exact(wf_object_t *o) {
    wf_int_t *i = (wf_int_t *)o;
    if (WF_INT_CHECK_EXACT(o)) {
        return wf_newref(o);
    }
    if (i->ndigits == 0) {
        return wf_int_from_i64(i->u.small);
    }
    wf_intview_t v;
    wf_intview_init(&v, o);
    return wf_int_from_mag(v.d, v.n, v.neg);
}

wf_object_t *wf_int_exact(wf_object_t *o) {
    return wf_int_copy_exact(o);
}

// ---- doubles ------------------------------------------------------------------------------

// The top 64 bits of a magnitude with a sticky bit for everything below, and the shift
// that puts them back: |a| ~= top * 2**shift.
static uint64_t top_bits(const wf_intview_t *v, int64_t *shift, int sticky) {
    int64_t bits = wf_mag_bit_length(v->d, v->n);
    if (bits <= 64) {
        *shift = 0;
        return v->d[0] | (v->n > 1 ? (uint64_t)v->d[1] << 32 : 0);
    }
    int64_t s = bits - 64;
    wf_ssize_t ds = (wf_ssize_t)(s / 32);
    int bs = (int)(s % 32);
    uint64_t t = 0;
    for (int k = 2; k >= 0; k--) {
        wf_ssize_t idx = ds + k;
        uint64_t d = idx < v->n ? v->d[idx] : 0;
        // bits of digit idx land at position idx*32 - s
        int64_t pos = (int64_t)idx * 32 - s;
        if (pos >= 0) {
            t |= pos < 64 ? d << pos : 0;
        } else {
            t |= d >> -pos;
        }
    }
    if (sticky) {
        int lost = bs && (v->d[ds] & ((1u << bs) - 1)) != 0;
        for (wf_ssize_t i = 0; i < ds && !lost; i++) {
            lost = v->d[i] != 0;
        }
        t |= (uint64_t)lost;
    }
    *shift = s;
    return t;
}

double wf_int_as_double(wf_object_t *o) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits == 0) {
        return (double)i->u.small;
    }
    wf_intview_t v;
    wf_intview_init(&v, o);
    if (wf_mag_bit_length(v.d, v.n) > DBL_MAX_EXP) {
        goto overflow;
    }
    int64_t shift;
    // 64 bits plus a sticky bit: converting to double rounds once, half to even.
    uint64_t t = top_bits(&v, &shift, 1);
    double r = ldexp((double)t, (int)shift);
    if (isinf(r)) {
        goto overflow;
    }
    return v.neg ? -r : r;
overflow:
    wf_err_set_string(&wf_exc_OverflowError, "int too large to convert to float");
    return -1.0;
}

double wf_int_frexp(wf_object_t *a, int64_t *e) {
    wf_intview_t v;
    wf_intview_init(&v, a);
    int64_t shift;
    uint64_t t = top_bits(&v, &shift, 1);  // sticky bit: the double rounds correctly
    int e2;
    double m = frexp((double)t, &e2);
    *e = e2 + shift;
    return v.neg ? -m : m;
}

wf_object_t *wf_int_from_double(double v) {
    if (isnan(v)) {
        return wf_err_set_string(&wf_exc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(v)) {
        return wf_err_set_string(&wf_exc_OverflowError, "cannot convert float infinity to integer");
    }
    if (v > -9223372036854775808.0 && v < 9223372036854775808.0) {
        return wf_int_from_i64((int64_t)v);
    }
    int e;
    double m = frexp(fabs(v), &e);  // |v| = m * 2**e, e >= 64
    uint64_t mant = (uint64_t)ldexp(m, DBL_MANT_DIG);
    uint32_t d[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    wf_object_t *base = wf_int_from_mag(d, 2, v < 0);
    if (base == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_int_lshift_count(base, e - DBL_MANT_DIG);
    WF_DECREF(base);
    return r;
}

// ---- text -> int --------------------------------------------------------------------------

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static int ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Multiply-add conversion of `n` validated characters (underscores skipped) in `base`.
static wf_object_t *convert_digits(const char *p, const char *end, int base, wf_ssize_t ndig,
                                   int neg) {
    int pow2 = (base & (base - 1)) == 0;
    double bits_per = log2((double)base);
    wf_ssize_t cap = (wf_ssize_t)((double)ndig * bits_per / 32.0) + 2;
    wf_int_t *r = wf_int_alloc(cap);
    if (r == NULL) {
        return NULL;
    }
    uint32_t *d = r->u.digits;
    memset(d, 0, (size_t)cap * 4);
    if (pow2) {
        int k = 0;
        while ((1 << k) < base) {
            k++;
        }
        int64_t bitpos = 0;
        for (const char *q = end; q > p;) {
            unsigned char c = (unsigned char)*--q;
            if (c == '_') {
                continue;
            }
            uint64_t val = (uint64_t)digit_value(c);
            wf_ssize_t idx = (wf_ssize_t)(bitpos / 32);
            int off = (int)(bitpos % 32);
            d[idx] |= (uint32_t)(val << off);
            if (off + k > 32) {
                d[idx + 1] |= (uint32_t)(val >> (32 - off));
            }
            bitpos += k;
        }
        return wf_int_finish(r, cap, neg);
    }
    // Largest chunk of characters whose value fits in a digit.
    int chunk = 0;
    uint64_t chunk_pow = 1;
    while (chunk_pow * (uint64_t)base <= WF_DIGIT_MASK) {
        chunk_pow *= (uint64_t)base;
        chunk++;
    }
    wf_ssize_t used = 0;
    uint32_t acc = 0;
    uint64_t mult = 1;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            continue;
        }
        acc = acc * (uint32_t)base + (uint32_t)digit_value((unsigned char)*q);
        mult *= (uint64_t)base;
        if (mult == chunk_pow) {
            uint32_t carry = wf_mag_muladd1(d, used, (uint32_t)mult, acc);
            if (carry) {
                d[used++] = carry;
            } else if (used == 0 && acc) {
                d[used++] = acc;
                d[0] = acc;
            }
            acc = 0;
            mult = 1;
        }
    }
    if (mult > 1) {
        uint32_t carry = wf_mag_muladd1(d, used, (uint32_t)mult, acc);
        if (carry) {
            d[used++] = carry;
        } else if (used == 0 && acc) {
            d[used++] = acc;
        }
    }
    return wf_int_finish(r, cap, neg);
}

// Parse ASCII text. Returns the int, or NULL: *invalid = 1 for a syntax error (no
// exception set; the caller words it), else an exception is set.
static wf_object_t *parse_ascii(const char *s, wf_ssize_t len, int base, int limit, int *invalid) {
    const char *p = s, *end = s + len;
    *invalid = 1;
    while (p < end && ascii_space((unsigned char)*p)) {
        p++;
    }
    while (end > p && ascii_space((unsigned char)end[-1])) {
        end--;
    }
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int literal_decimal = 0;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_') {
                p++;
            }
        }
    }
    if (base == 0) {
        base = 10;
        literal_decimal = 1;
    }
    if (p >= end || digit_value((unsigned char)*p) >= base) {
        return NULL;
    }
    wf_ssize_t ndig = 0;
    int nonzero = 0;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q + 1 >= end || q[1] == '_') {
                return NULL;
            }
            continue;
        }
        int dv = digit_value((unsigned char)*q);
        if (dv >= base) {
            return NULL;
        }
        nonzero |= dv != 0;
        ndig++;
    }
    // A decimal literal may not have leading zeros ("010"), except for zero itself.
    if (literal_decimal && *p == '0' && nonzero) {
        return NULL;
    }
    *invalid = 0;
    if (limit && (base & (base - 1)) != 0) {
        int maxd = wf_int_get_max_str_digits();
        if (maxd > 0 && ndig > maxd) {
            return wf_err_format(&wf_exc_ValueError,
                                 "Exceeds the limit (%d digits) for integer string conversion: "
                                 "value has %zd digits; use sys.set_int_max_str_digits() to "
                                 "increase the limit",
                                 maxd, ndig);
        }
    }
    if (ndig <= 18 && base == 10) {
        int64_t v = 0;
        for (const char *q = p; q < end; q++) {
            if (*q != '_') {
                v = v * 10 + (*q - '0');
            }
        }
        return wf_int_from_i64(neg ? -v : v);
    }
    return convert_digits(p, end, base, ndig, neg);
}

static const uint32_t unicode_digit_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
    0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50,
    0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
};

static const uint32_t unicode_spaces[] = {
    0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
    0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
};

// ASCII replacement of a code point for number parsing, or -1.
static int ascii_for(uint32_t cp) {
    if (cp < 128) {
        return (int)cp;
    }
    for (size_t i = 0; i < sizeof unicode_spaces / sizeof unicode_spaces[0]; i++) {
        if (unicode_spaces[i] == cp) {
            return ' ';
        }
    }
    for (size_t i = 0; i < sizeof unicode_digit_zeros / sizeof unicode_digit_zeros[0]; i++) {
        if (cp >= unicode_digit_zeros[i] && cp < unicode_digit_zeros[i] + 10) {
            return '0' + (int)(cp - unicode_digit_zeros[i]);
        }
    }
    return -1;
}

int wf_numbers_decimal_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') {
        return (int)(cp - '0');
    }
    if (cp < 128) {
        return -1;
    }
    int c = ascii_for(cp);
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

char *wf_numbers_ascii_digits(wf_object_t *s, wf_ssize_t *len) {
    wf_ssize_t n = WF_STR_LEN(s);
    char *buf = wf_mem_alloc((size_t)n + 1);
    if (buf == NULL) {
        *len = -2;
        wf_err_nomemory();
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        int c = ascii_for(wf_str_char(s, i));
        if (c < 0) {
            wf_mem_free(buf);
            *len = -1;
            return NULL;
        }
        buf[i] = (char)c;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

char *wf_numbers_ascii_digits_utf8(const char *s, wf_ssize_t n, wf_ssize_t *len) {
    char *buf = wf_mem_alloc((size_t)n + 1);
    if (buf == NULL) {
        *len = -2;
        wf_err_nomemory();
        return NULL;
    }
    wf_ssize_t o = 0;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        uint32_t cp = *p;
        int extra = cp < 0x80 ? 0 : cp < 0xe0 ? 1 : cp < 0xf0 ? 2 : 3;
        if (extra) {
            cp &= 0x3f >> extra;
        }
        p++;
        for (int k = 0; k < extra && p < end; k++) {
            cp = (cp << 6) | (*p++ & 0x3f);
        }
        int c = ascii_for(cp);
        if (c < 0) {
            wf_mem_free(buf);
            *len = -1;
            return NULL;
        }
        buf[o++] = (char)c;
    }
    buf[o] = '\0';
    *len = o;
    return buf;
}

wf_object_t *wf_numbers_short_repr(wf_object_t *s) {
    wf_object_t *r = wf_repr(s);
    if (r == NULL || !WF_STR_CHECK(r) || WF_STR_LEN(r) <= 200) {
        return r;
    }
    wf_object_t *t = wf_str_substring(r, 0, 200);
    WF_DECREF(r);
    return t;
}

static wf_object_t *invalid_literal(wf_object_t *orig, int base) {
    wf_object_t *r = wf_numbers_short_repr(orig);
    if (r == NULL) {
        return NULL;
    }
    wf_err_format(&wf_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    WF_DECREF(r);
    return NULL;
}

static wf_object_t *parse_text(const char *ascii, wf_ssize_t n, int base, int limit,
                               wf_object_t *orig) {
    int invalid;
    wf_object_t *r = parse_ascii(ascii, n, base, limit, &invalid);
    if (r == NULL && invalid) {
        return invalid_literal(orig, base);
    }
    return r;
}

static int check_base(int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        wf_err_set_string(&wf_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    return 0;
}

wf_object_t *wf_int_from_str_object(wf_object_t *s, int base) {
    if (check_base(base) < 0) {
        return NULL;
    }
    if (WF_STR_KIND(s) == 1) {
        // ASCII already: nothing to map (the data is NUL-terminated).
        const char *text = WF_STR_ASCII(s);
        if ((wf_ssize_t)strlen(text) != WF_STR_LEN(s)) {
            return invalid_literal(s, base);  // embedded NUL
        }
        return parse_text(text, WF_STR_LEN(s), base, 1, s);
    }
    wf_ssize_t n;
    char *ascii = wf_numbers_ascii_digits(s, &n);
    if (ascii == NULL) {
        return n == -2 ? NULL : invalid_literal(s, base);
    }
    wf_object_t *r = parse_text(ascii, n, base, 1, s);
    wf_mem_free(ascii);
    return r;
}

// Text given as bytes: no Unicode mapping; errors quote the bytes repr.
wf_object_t *wf_int_from_bytes_text(const char *s, wf_ssize_t len, int base, wf_object_t *orig) {
    if (check_base(base) < 0) {
        return NULL;
    }
    if ((wf_ssize_t)strlen(s) != len) {
        return invalid_literal(orig, base);  // embedded NUL
    }
    return parse_text(s, len, base, 1, orig);
}

wf_object_t *wf_int_from_string(const char *s, wf_ssize_t len, int base) {
    if (check_base(base) < 0) {
        return NULL;
    }
    wf_ssize_t n;
    char *ascii = wf_numbers_ascii_digits_utf8(s, len, &n);
    int invalid = 1;
    wf_object_t *r = NULL;
    if (ascii != NULL) {
        r = parse_ascii(ascii, n, base, 1, &invalid);
        wf_mem_free(ascii);
    } else if (n == -2) {
        return NULL;
    }
    if (r == NULL && invalid) {
        wf_object_t *orig = wf_str_from_utf8(s, len);
        if (orig == NULL) {
            return NULL;
        }
        invalid_literal(orig, base);
        WF_DECREF(orig);
    }
    return r;
}

wf_object_t *wf_int_from_literal(const char *s, wf_ssize_t len) {
    int invalid;
    wf_object_t *r = parse_ascii(s, len, 0, 1, &invalid);
    if (r == NULL && invalid) {
        return wf_err_format(&wf_exc_ValueError, "invalid int literal %.200s", s);
    }
    return r;
}

// ---- int -> text --------------------------------------------------------------------------

static wf_object_t *limit_error(void) {
    return wf_err_format(&wf_exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         wf_int_get_max_str_digits());
}

// Decimal digits of a magnitude (no sign) into a new buffer; NULL + exception.
static char *mag_to_decimal(const wf_intview_t *v, wf_ssize_t *len) {
    int maxd = wf_int_get_max_str_digits();
    int64_t bits = wf_mag_bit_length(v->d, v->n);
    if (maxd > 0 && (double)(bits - 1) * 0.30102999566398120 + 1 > (double)maxd + 1) {
        limit_error();
        return NULL;
    }
    wf_ssize_t groups_cap = v->n * 32 / 29 + 2;  // 10**9 > 2**29.8
    uint32_t *work = wf_mem_alloc((size_t)(v->n + groups_cap) * 4 + 1);
    char *out = wf_mem_alloc((size_t)groups_cap * 9 + 2);
    if (work == NULL || out == NULL) {
        wf_mem_free(work);
        wf_mem_free(out);
        wf_err_nomemory();
        return NULL;
    }
    uint32_t *groups = work + v->n;
    memcpy(work, v->d, (size_t)v->n * 4);
    wf_ssize_t n = v->n, ng = 0;
    while (n > 0) {
        groups[ng++] = wf_mag_divrem1(work, work, n, 1000000000u);
        n = wf_mag_norm(work, n);
    }
    wf_ssize_t o = 0;
    if (ng == 0) {
        out[o++] = '0';
    } else {
        o += snprintf(out, 12, "%u", groups[ng - 1]);
        for (wf_ssize_t i = ng - 2; i >= 0; i--) {
            snprintf(out + o, 10, "%09u", groups[i]);
            o += 9;
        }
    }
    out[o] = '\0';
    wf_mem_free(work);
    if (maxd > 0 && o > maxd) {
        wf_mem_free(out);
        limit_error();
        return NULL;
    }
    *len = o;
    return out;
}

static char *mag_to_pow2(const wf_intview_t *v, int base, int upper, wf_ssize_t *len) {
    int k = base == 2 ? 1 : base == 8 ? 3 : 4;
    int64_t bits = wf_mag_bit_length(v->d, v->n);
    wf_ssize_t nd = bits == 0 ? 1 : (wf_ssize_t)((bits + k - 1) / k);
    char *out = wf_mem_alloc((size_t)nd + 1);
    if (out == NULL) {
        wf_err_nomemory();
        return NULL;
    }
    const char *alpha = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    for (wf_ssize_t i = 0; i < nd; i++) {
        int64_t pos = (int64_t)i * k;
        wf_ssize_t idx = (wf_ssize_t)(pos / 32);
        int off = (int)(pos % 32);
        uint64_t w = idx < v->n ? v->d[idx] : 0;
        if (idx + 1 < v->n) {
            w |= (uint64_t)v->d[idx + 1] << 32;
        }
        out[nd - 1 - i] = alpha[(w >> off) & ((1u << k) - 1)];
    }
    out[nd] = '\0';
    *len = nd;
    return out;
}

char *wf_int_to_digits(wf_object_t *o, int base, int upper, wf_ssize_t *len) {
    wf_intview_t v;
    wf_intview_init(&v, o);
    if (base == 10) {
        if (v.n <= 2) {
            uint64_t m = v.n == 0 ? 0 : v.d[0] | (v.n > 1 ? (uint64_t)v.d[1] << 32 : 0);
            char *out = wf_mem_alloc(24);
            if (out == NULL) {
                wf_err_nomemory();
                return NULL;
            }
            *len = snprintf(out, 24, "%llu", (unsigned long long)m);
            return out;
        }
        return mag_to_decimal(&v, len);
    }
    return mag_to_pow2(&v, base, upper, len);
}

wf_object_t *wf_int_to_str(wf_object_t *o, int base) {
    wf_ssize_t n;
    char *digits = wf_int_to_digits(o, base, 0, &n);
    if (digits == NULL) {
        return NULL;
    }
    char *buf = wf_mem_alloc((size_t)n + 4);
    if (buf == NULL) {
        wf_mem_free(digits);
        return wf_err_nomemory();
    }
    wf_ssize_t k = 0;
    if (wf_int_sign(o) < 0) {
        buf[k++] = '-';
    }
    if (base != 10) {
        buf[k++] = '0';
        buf[k++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    memcpy(buf + k, digits, (size_t)n);
    wf_mem_free(digits);
    wf_object_t *r = wf_str_from_utf8(buf, k + n);
    wf_mem_free(buf);
    return r;
}

wf_object_t *wf_int_repr(wf_object_t *o) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits == 0) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)i->u.small);
        return wf_str_from_utf8(buf, n);
    }
    return wf_int_to_str(o, 10);
}
