// Private interface shared by objects/int.c, int_arith.c, int_convert.c, bool.c,
// float.c, complex.c and the math module: magnitude (digit-array) routines and the
// helpers that build int objects from them. Not for use outside the numbers code.
//
// A magnitude is a little-endian array of 32-bit digits; "normalized" means no leading
// zero digit (zero has length 0). Routines that may need scratch memory return -1 when
// out of memory without setting an exception; object-level helpers set MemoryError.
#ifndef WF_OBJECTS_INT_IMPL_H
#define WF_OBJECTS_INT_IMPL_H

#include "objects/int.h"

#define WF_DIGIT_BITS 32
#define WF_DIGIT_MASK 0xFFFFFFFFu
// Largest number of digits an int may have (about 2**36 bits), as a sanity limit that
// keeps every bit count inside int64 arithmetic.
#define WF_INT_MAX_DIGITS ((wf_ssize_t)1 << 31)

// Sign and magnitude of an int object, without allocating: small values are unpacked
// into `buf`. Initialise in place (d may point into the struct).
typedef struct {
    const uint32_t *d;
    wf_ssize_t n;
    int neg;
    uint32_t buf[2];
} wf_intview_t;

static inline void wf_intview_init(wf_intview_t *v, wf_object_t *o) {
    wf_int_t *i = (wf_int_t *)o;
    if (i->ndigits == 0) {
        int64_t x = i->u.small;
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        v->neg = x < 0;
        v->buf[0] = (uint32_t)m;
        v->buf[1] = (uint32_t)(m >> 32);
        v->n = m == 0 ? 0 : ((m >> 32) != 0 ? 2 : 1);
        v->d = v->buf;
    } else {
        v->neg = i->ndigits < 0;
        v->n = i->ndigits < 0 ? -i->ndigits : i->ndigits;
        v->d = i->u.digits;
    }
}

static inline wf_ssize_t wf_mag_norm(const uint32_t *a, wf_ssize_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

// An exact int with room for n inline digits (contents undefined): NULL + MemoryError, or
// OverflowError "too many digits in integer" past WF_INT_MAX_DIGITS.
wf_int_t *wf_int_alloc(wf_ssize_t n);
// Finish an int from wf_int_alloc whose first n digits hold the magnitude: normalizes,
// applies the sign, switches to the small form (or the cached object) when it fits.
// Steals r; returns the result.
wf_object_t *wf_int_finish(wf_int_t *r, wf_ssize_t n, int negative);
// New int from a magnitude and sign (copies).
wf_object_t *wf_int_from_mag(const uint32_t *d, wf_ssize_t n, int negative);
// Digits of a bignum (ndigits != 0) for reading.
static inline const uint32_t *wf_int_digits(wf_object_t *o) {
    return ((wf_int_t *)o)->u.digits;
}

// Magnitude routines.
int wf_mag_cmp(const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb);
// r[0..na] = a + b with na >= nb; r has na + 1 digits and may alias a.
void wf_mag_add(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb);
// r[0..na) = a - b with a >= b; r may alias a.
void wf_mag_sub(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb);
// r[0..na+nb) = a * b; r must not alias a or b. 0 / -1 (out of memory).
int wf_mag_mul(uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b, wf_ssize_t nb);
// q[0..n) = a / d, returns a % d; q may alias a.
uint32_t wf_mag_divrem1(uint32_t *q, const uint32_t *a, wf_ssize_t n, uint32_t d);
// q[0..na-nb+1) = a / b, r[0..nb) = a % b for na >= nb >= 1 (q or r may be NULL).
// 0 / -1 (out of memory).
int wf_mag_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, wf_ssize_t na, const uint32_t *b,
                  wf_ssize_t nb);
// a * m + c in place over n digits; returns the carry out.
uint32_t wf_mag_muladd1(uint32_t *a, wf_ssize_t n, uint32_t m, uint32_t c);
// Bit length of a normalized magnitude.
int64_t wf_mag_bit_length(const uint32_t *a, wf_ssize_t n);

// Object-level helpers used across the numbers code.
// a = m * 2**e with 0.5 <= |m| < 1 (m correctly rounded to a double), for the log of ints too
// large for a double. a != 0.
double wf_int_frexp(wf_object_t *a, int64_t *e);
// divmod with floor semantics (b != 0; the caller raises ZeroDivisionError); q or r may be
// NULL when not wanted. 0 / -1.
int wf_int_divmod_impl(wf_object_t *a, wf_object_t *b, wf_object_t **q, wf_object_t **r);
// Left shift by a non-negative C count.
wf_object_t *wf_int_lshift_count(wf_object_t *a, int64_t count);
wf_object_t *wf_int_rshift_count(wf_object_t *a, int64_t count);
// Greatest common divisor of two ints (non-negative result).
wf_object_t *wf_int_gcd(wf_object_t *a, wf_object_t *b);
// Integer square root of a non-negative int.
wf_object_t *wf_int_isqrt(wf_object_t *n);
// A new exact int equal to `o` for any int object.
wf_object_t *wf_int_copy_exact(wf_object_t *o);
// repr of a str object truncated to 200 code points, for error messages (new ref).
wf_object_t *wf_numbers_short_repr(wf_object_t *s);
// Convert Unicode decimal digits and white space of a str to ASCII for int()/float()
// parsing. Returns a wf_mem_alloc'ed NUL-terminated buffer (length in *len), or NULL with
// *len = -1 when the text holds a character that can never be part of a number (the
// caller reports its own ValueError), or NULL + MemoryError (*len = -2).
char *wf_numbers_ascii_digits(wf_object_t *s, wf_ssize_t *len);
// Value 0-9 of a (possibly non-ASCII) decimal digit code point, else -1.
int wf_numbers_decimal_value(uint32_t cp);
// Same for UTF-8 text.
char *wf_numbers_ascii_digits_utf8(const char *s, wf_ssize_t n, wf_ssize_t *len);
// int(text, base) for bytes/bytearray data (NUL-terminated, length len); errors quote
// repr(orig).
wf_object_t *wf_int_from_bytes_text(const char *s, wf_ssize_t len, int base, wf_object_t *orig);
// Digits of |o| in base 2, 8, 10 or 16 (no sign, no prefix) as a new wf_mem_alloc'ed
// ASCII buffer; base 10 honours the digit limit. NULL + exception.
char *wf_int_to_digits(wf_object_t *o, int base, int upper, wf_ssize_t *len);

// float.c: x ** y on doubles with Python's rules (complex result for a negative base and
// a fractional exponent, ZeroDivisionError, OverflowError).
wf_object_t *wf_float_pow_doubles(double x, double y);
// complex.c: a ** b on complex values with Python's rules and errors.
wf_object_t *wf_complex_pow_values(double ar, double ai, double br, double bi);

#endif
