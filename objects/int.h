// int and bool: arbitrary-precision integers with a machine-word fast path.
//
// Representation (private to objects/int*.c and the inline helpers below):
//   ndigits == 0  the value is `u.small`, an int64_t;
//   ndigits != 0  the magnitude is |ndigits| 32-bit digits at u.digits (little-endian,
//                 top digit non-zero), the sign is the sign of ndigits.
// Every value that fits in int64 uses the small form, so a bignum never equals a small
// int and the eval loop can work on `u.small` directly. Exact ints keep their digits
// inline after the struct; instances of subclasses keep them in a separate block.
// Small ints -5..256 are preallocated, immortal, and shared.
#ifndef WF_OBJECTS_INT_H
#define WF_OBJECTS_INT_H

#include "objects/type.h"

typedef struct wf_int {
    WF_OBJECT_HEAD
    wf_ssize_t ndigits;
    union {
        int64_t small;
        uint32_t *digits;
    } u;
} wf_int_t;

extern wf_type_t wf_int_type, wf_bool_type;
extern struct wf_int wf_true_struct, wf_false_struct;
#define WF_TRUE ((wf_object_t *)&wf_true_struct)
#define WF_FALSE ((wf_object_t *)&wf_false_struct)
#define WF_RETURN_TRUE return WF_TRUE
#define WF_RETURN_FALSE return WF_FALSE

#define WF_INT_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_INT_SUBCLASS) != 0)
#define WF_INT_CHECK_EXACT(o) (WF_TYPE(o) == &wf_int_type)
#define WF_BOOL_CHECK(o) (WF_TYPE(o) == &wf_bool_type)

static inline wf_object_t *wf_bool_from(int v) {
    return v ? WF_TRUE : WF_FALSE;  // immortal: no incref
}

wf_object_t *wf_int_from_i64(int64_t v);   // small ints -5..256 are cached and immortal
wf_object_t *wf_int_from_u64(uint64_t v);
wf_object_t *wf_int_from_ssize(wf_ssize_t v);
wf_object_t *wf_int_from_double(double v); // truncates; ValueError/OverflowError for nan/inf
// Parse as int(s, base) does: surrounding whitespace, sign, underscores between digits,
// base 0 = literal prefixes. ValueError "invalid literal for int() with base 10: 'x'";
// honours the int max str digits limit (4300) like CPython. `s` is UTF-8; non-ASCII
// decimal digits and white space are accepted as int() accepts them.
wf_object_t *wf_int_from_string(const char *s, wf_ssize_t len, int base);
// Python literal text from the tokenizer ("0x1f", "1_000", "0o17"). Decimal literals are
// subject to the int max str digits limit as in CPython (ValueError "Exceeds the limit
// ... value has N digits ..."; the compiler reports it as a SyntaxError).
wf_object_t *wf_int_from_literal(const char *s, wf_ssize_t len);
// To C. Accept int and subclasses only. -1 with OverflowError
// "Python int too large to convert to C long" (check wf_err_occurred() when -1 is valid).
int wf_int_as_i64(wf_object_t *o, int64_t *out);   // 0 / -1
wf_ssize_t wf_int_as_ssize(wf_object_t *o);
// 1 and the value if it fits in int64, else 0. Never raises.
int wf_int_to_i64_if_fits(wf_object_t *o, int64_t *out);
// 1 and the value if it is in [0, 2**64), else 0. Never raises.
int wf_int_to_u64_if_fits(wf_object_t *o, uint64_t *out);
double wf_int_as_double(wf_object_t *o);   // -1.0 + OverflowError "int too large to convert to float"
int wf_int_sign(wf_object_t *o);           // -1/0/1
wf_object_t *wf_int_to_str(wf_object_t *o, int base);  // base 2/8/10/16 with 0b/0o/0x prefix
wf_hash_t wf_int_hash(wf_object_t *o);
int wf_int_init(void);                     // small-int cache; 0 / -1

// ---- Additions by the int implementation -------------------------------------------------

// The small-int cache: wf_int_small_cache[v - WF_INT_SMALL_MIN] is the immortal int v.
#define WF_INT_SMALL_MIN (-5)
#define WF_INT_SMALL_MAX 256
extern wf_int_t wf_int_small_cache[WF_INT_SMALL_MAX - WF_INT_SMALL_MIN + 1];

// Eval-loop fast paths. They never raise and never allocate.
//
// 1 and the value when `o` is an exact int (not bool, not a subclass) in the small form,
// else 0. Typical use:
//   int64_t x, y, r;
//   if (wf_int_small_value(a, &x) && wf_int_small_value(b, &y) &&
//       !__builtin_add_overflow(x, y, &r)) { res = wf_int_new_fast(r); ... }
static inline int wf_int_small_value(wf_object_t *o, int64_t *v) {
    if (WF_TYPE(o) == &wf_int_type && ((wf_int_t *)o)->ndigits == 0) {
        *v = ((wf_int_t *)o)->u.small;
        return 1;
    }
    return 0;
}
// Same for int or bool (or any int subclass): for index-like uses (seq[i], range args),
// where bools count as ints and dunder overrides of a subclass do not matter.
static inline int wf_int_small_value_any(wf_object_t *o, int64_t *v) {
    if (WF_INT_CHECK(o) && ((wf_int_t *)o)->ndigits == 0) {
        *v = ((wf_int_t *)o)->u.small;
        return 1;
    }
    return 0;
}
// Both operands small exact ints.
static inline int wf_int_both_small(wf_object_t *a, wf_object_t *b, int64_t *x, int64_t *y) {
    return wf_int_small_value(a, x) && wf_int_small_value(b, y);
}
// New reference to the int v: the cached object for small values, else allocates
// (NULL + MemoryError).
static inline wf_object_t *wf_int_new_fast(int64_t v) {
    if ((uint64_t)v - (uint64_t)WF_INT_SMALL_MIN <=
        (uint64_t)(WF_INT_SMALL_MAX - WF_INT_SMALL_MIN)) {
        return (wf_object_t *)&wf_int_small_cache[v - WF_INT_SMALL_MIN];  // immortal
    }
    return wf_int_from_i64(v);
}
// int64 arithmetic with Python semantics, for callers that already hold two small
// values. Each returns 1 and stores the result, or 0 when the result does not fit
// (overflow, or division by zero: the caller takes the generic path, which raises).
static inline int wf_int_small_add(int64_t x, int64_t y, int64_t *r) {
    return !__builtin_add_overflow(x, y, r);
}
static inline int wf_int_small_sub(int64_t x, int64_t y, int64_t *r) {
    return !__builtin_sub_overflow(x, y, r);
}
static inline int wf_int_small_mul(int64_t x, int64_t y, int64_t *r) {
    return !__builtin_mul_overflow(x, y, r);
}
static inline int wf_int_small_floordiv(int64_t x, int64_t y, int64_t *r) {
    if (y == 0 || (y == -1 && x == INT64_MIN)) {
        return 0;
    }
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) {
        q--;
    }
    *r = q;
    return 1;
}
static inline int wf_int_small_mod(int64_t x, int64_t y, int64_t *r) {
    if (y == 0 || y == -1) {
        if (y == -1) {
            *r = 0;
            return 1;
        }
        return 0;
    }
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) {
        m += y;
    }
    *r = m;
    return 1;
}
// Comparison of two small values with a WF_LT..WF_GE operator: 0/1.
static inline int wf_int_small_compare(int64_t x, int64_t y, int op) {
    switch (op) {
    case WF_LT: return x < y;
    case WF_LE: return x <= y;
    case WF_EQ: return x == y;
    case WF_NE: return x != y;
    case WF_GT: return x > y;
    default: return x >= y;
    }
}

// Object-level arithmetic on int objects (int or subclasses; bools count as ints).
// New reference or NULL with the exception Python raises for the operator. Other code
// (range, math, the builtins) may use these instead of the generic wf_binary_op when it
// knows both operands are ints.
wf_object_t *wf_int_add(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_sub(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_mul(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_floordiv(wf_object_t *a, wf_object_t *b);  // ZeroDivisionError
wf_object_t *wf_int_mod(wf_object_t *a, wf_object_t *b);
// divmod: 0 / -1; *q and *r new references.
int wf_int_divmod(wf_object_t *a, wf_object_t *b, wf_object_t **q, wf_object_t **r);
wf_object_t *wf_int_truediv(wf_object_t *a, wf_object_t *b);   // float result
wf_object_t *wf_int_pow(wf_object_t *a, wf_object_t *b, wf_object_t *mod);  // mod may be NULL
wf_object_t *wf_int_lshift(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_rshift(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_and(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_or(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_xor(wf_object_t *a, wf_object_t *b);
wf_object_t *wf_int_neg(wf_object_t *a);
wf_object_t *wf_int_abs(wf_object_t *a);
wf_object_t *wf_int_invert(wf_object_t *a);
// Three-way comparison of two ints: -1/0/1 (never fails).
int wf_int_compare(wf_object_t *a, wf_object_t *b);
// Exact comparison of an int with a double (nan compares unordered: returns 2).
int wf_int_compare_double(wf_object_t *a, double d);
// Number of bits of |a| (bit_length()).
int64_t wf_int_bit_length(wf_object_t *a);
// An exact int with the value of `o` (an int subclass instance or bool): new reference.
wf_object_t *wf_int_exact(wf_object_t *o);
// int(x) with one argument, as the int constructor does it: __int__, __index__,
// __trunc__, str/bytes/bytearray parsing. Core's wf_number_int may simply call this.
wf_object_t *wf_int_from_object(wf_object_t *x);
// Parse a str object as int(s, base) does (error messages quote the repr of `s`).
wf_object_t *wf_int_from_str_object(wf_object_t *s, int base);
// repr(int) / str(int) in base 10, honouring the digit limit.
wf_object_t *wf_int_repr(wf_object_t *o);
// sys.get_int_max_str_digits() / sys.set_int_max_str_digits(n): 0 disables the limit;
// otherwise n must be >= 640 (the setter returns -1 with ValueError
// "maxdigits must be 0 or larger than 640").
int wf_int_get_max_str_digits(void);
int wf_int_set_max_str_digits(wf_ssize_t n);

#endif
