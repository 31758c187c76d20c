// Double <-> decimal text with Python's semantics (see dtoa.h).
//
// Shortest repr: for a normal double, any decimal of at most 15 significant digits that
// reads back as v equals v rounded to 15 digits (DBL_DIG), so one correctly rounded
// 15-digit conversion either yields the shortest string (after dropping trailing zeros)
// or proves it has 16 or 17 digits. With 16 digits the nearest candidate is the one to
// check, except just above a power of two, where the rounding interval is narrower
// below v than above it, so the candidate one unit higher may be the answer. 17 digits
// always round-trip. Subnormals have fewer significant bits, so they try every length.
#include "runtime/dtoa.h"
#include "runtime/mem.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Split printf's "%.Ne" output "d.ddde[+-]XX" into bare digits and the point position.
static int split_exp_form(const char *buf, char *digits, int *decpt) {
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            digits[n++] = *p;
        }
    }
    digits[n] = '\0';
    *decpt = (*p == 'e') ? atoi(p + 1) + 1 : 1;
    return n;
}

static int strip_trailing_zeros(char *digits, int n) {
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return n;
}

// Add one unit in the last place of a digit string; returns the new length and adjusts
// *decpt when the carry adds a digit ("999" -> "1000" becomes "1", decpt + 1).
static int increment_digits(char *digits, int n, int *decpt) {
    int i = n - 1;
    while (i >= 0 && digits[i] == '9') {
        digits[i] = '0';
        i--;
    }
    if (i < 0) {
        digits[0] = '1';
        for (int k = 1; k < n; k++) {
            digits[k] = '0';
        }
        (*decpt)++;
    } else {
        digits[i]++;
    }
    return n;
}

static int round_trips(const char *digits, int n, int decpt, double v) {
    char buf[48];
    snprintf(buf, sizeof buf, "0.%.*se%d", n, digits, decpt);
    return strtod(buf, NULL) == v;
}

int wf_dtoa_shortest(double v, char *digits, int *decpt) {
    char buf[48];
    v = fabs(v);
    if (v == 0.0) {
        strcpy(digits, "0");
        *decpt = 1;
        return 1;
    }
    int first = v < DBL_MIN ? 1 : 15;
    for (int p = first; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        if (strtod(buf, NULL) == v) {
            int n = split_exp_form(buf, digits, decpt);
            return strip_trailing_zeros(digits, n);
        }
        if (p == 16) {
            int m;
            double mant = frexp(v, &m);
            if (mant == 0.5) {
                // Power of two: the candidate above the nearest may still read back.
                int n = split_exp_form(buf, digits, decpt);
                if (strtod(buf, NULL) < v) {
                    increment_digits(digits, n, decpt);
                    if (round_trips(digits, n, *decpt, v)) {
                        return strip_trailing_zeros(digits, n);
                    }
                }
            }
        }
    }
    // Not reached: 17 digits always round-trip.
    snprintf(buf, sizeof buf, "%.16e", v);
    return split_exp_form(buf, digits, decpt);
}

int wf_dtoa_digits(double v, int ndigits, char *digits, int *decpt) {
    char small[64];
    char *buf = small;
    size_t need = (size_t)ndigits + 16;
    if (need > sizeof small) {
        buf = wf_mem_alloc(need);
        if (buf == NULL) {
            return -1;
        }
    }
    if (snprintf(buf, need, "%.*e", ndigits - 1, fabs(v)) < 0) {
        if (buf != small) {
            wf_mem_free(buf);
        }
        return -1;
    }
    split_exp_form(buf, digits, decpt);
    if (fabs(v) == 0.0) {
        *decpt = 1;
    }
    if (buf != small) {
        wf_mem_free(buf);
    }
    return 0;
}

// Growable output for the formatter.
typedef struct {
    char *p;
    size_t len, cap;
    int failed;
} outbuf_t;

static void out_reserve(outbuf_t *o, size_t extra) {
    if (o->failed || o->len + extra + 1 <= o->cap) {
        return;
    }
    size_t cap = (o->len + extra + 1) * 2;
    char *np = wf_mem_realloc(o->p, cap);
    if (np == NULL) {
        o->failed = 1;
        return;
    }
    o->p = np;
    o->cap = cap;
}

static void out_char(outbuf_t *o, char c) {
    out_reserve(o, 1);
    if (!o->failed) {
        o->p[o->len++] = c;
        o->p[o->len] = '\0';
    }
}

static void out_mem(outbuf_t *o, const char *s, size_t n) {
    out_reserve(o, n);
    if (!o->failed) {
        memcpy(o->p + o->len, s, n);
        o->len += n;
        o->p[o->len] = '\0';
    }
}

static void out_zeros(outbuf_t *o, long n) {
    for (long i = 0; i < n; i++) {
        out_char(o, '0');
    }
}

// Fixed notation from digits and decimal point position.
static void layout_fixed(outbuf_t *o, const char *d, int nd, int decpt, int min_frac, int alt) {
    int frac_digits;
    if (decpt <= 0) {
        out_char(o, '0');
        out_char(o, '.');
        out_zeros(o, -decpt);
        out_mem(o, d, (size_t)nd);
        frac_digits = -decpt + nd;
    } else if (decpt >= nd) {
        out_mem(o, d, (size_t)nd);
        out_zeros(o, decpt - nd);
        frac_digits = 0;
        if (alt || min_frac > 0) {
            out_char(o, '.');
        }
    } else {
        out_mem(o, d, (size_t)decpt);
        out_char(o, '.');
        out_mem(o, d + decpt, (size_t)(nd - decpt));
        frac_digits = nd - decpt;
    }
    if (frac_digits < min_frac) {
        out_zeros(o, min_frac - frac_digits);
    }
}

static void layout_exp(outbuf_t *o, const char *d, int nd, int decpt, int alt, char e) {
    char ebuf[16];
    out_char(o, d[0]);
    if (nd > 1 || alt) {
        out_char(o, '.');
        out_mem(o, d + 1, (size_t)(nd - 1));
    }
    int x = decpt - 1;
    snprintf(ebuf, sizeof ebuf, "%c%c%02d", e, x < 0 ? '-' : '+', x < 0 ? -x : x);
    out_mem(o, ebuf, strlen(ebuf));
}

// The part of the result after the sign, for finite values.
static int format_finite(outbuf_t *o, double a, int type, int precision, int flags) {
    int alt = (flags & WF_DTOA_ALT) != 0;
    int upper = (type == 'E' || type == 'G');
    char e = upper ? 'E' : 'e';
    char small[64];
    char *d = small;
    int decpt, nd, use_exp;
    int lower = tolower(type);

    if (lower == 'f' || type == '%') {
        char fmt[8];
        snprintf(fmt, sizeof fmt, alt ? "%%#.*f" : "%%.*f");
        if (type == '%') {
            a *= 100.0;
        }
        // Digits before the point: at most 309 for finite doubles (1e308 * 100 is inf).
        size_t need = (size_t)precision + 330;
        out_reserve(o, need);
        if (o->failed) {
            return -1;
        }
        int n = snprintf(o->p + o->len, need, fmt, precision, a);
        if (n < 0) {
            o->failed = 1;  // longer than the C library can produce
            return -1;
        }
        o->len += (size_t)n;
        if (type == '%') {
            out_char(o, '%');
        }
        return o->failed ? -1 : 0;
    }
    if (type == 'r') {
        nd = wf_dtoa_shortest(a, small, &decpt);
        use_exp = decpt <= -4 || decpt > 16;
    } else {
        int p = precision;
        if (lower == 'g' && p == 0) {
            p = 1;
        }
        int want = lower == 'e' ? p + 1 : p;
        if ((size_t)want + 2 > sizeof small) {
            d = wf_mem_alloc((size_t)want + 2);
            if (d == NULL) {
                o->failed = 1;
                return -1;
            }
        }
        if (wf_dtoa_digits(a, want, d, &decpt) < 0) {
            if (d != small) {
                wf_mem_free(d);
            }
            o->failed = 1;
            return -1;
        }
        nd = want;
        if (lower == 'e') {
            use_exp = 1;
        } else {
            if (!alt) {
                nd = strip_trailing_zeros(d, nd);
            }
            int limit = (flags & WF_DTOA_ADD_DOT_0) ? p - 1 : p;
            use_exp = decpt <= -4 || decpt > limit;
        }
    }
    if (use_exp) {
        layout_exp(o, d, nd, decpt, alt, e);
    } else {
        size_t start = o->len;
        layout_fixed(o, d, nd, decpt, 0, alt);
        if ((flags & WF_DTOA_ADD_DOT_0) && !o->failed) {
            if (memchr(o->p + start, '.', o->len - start) == NULL) {
                out_mem(o, ".0", 2);
            } else if (o->p[o->len - 1] == '.') {
                out_char(o, '0');
            }
        }
    }
    if (d != small) {
        wf_mem_free(d);
    }
    return o->failed ? -1 : 0;
}

static int all_zero_digits(const char *s) {
    for (; *s && *s != 'e' && *s != 'E' && *s != '%'; s++) {
        if (*s >= '1' && *s <= '9') {
            return 0;
        }
    }
    return 1;
}

char *wf_dtoa_format(double v, int type, int precision, int flags) {
    outbuf_t o = {NULL, 0, 0, 0};
    int neg = signbit(v) != 0;
    int upper = (type == 'E' || type == 'F' || type == 'G');
    out_reserve(&o, 32);
    if (o.failed) {
        return NULL;
    }
    o.p[0] = '\0';
    out_char(&o, '+');  // placeholder for the sign
    if (isnan(v) || isinf(v)) {
        if (isnan(v)) {
            neg = 0;
        }
        out_mem(&o, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        if (type == '%') {
            out_char(&o, '%');
        }
    } else if (format_finite(&o, fabs(v), type, precision, flags) < 0) {
        wf_mem_free(o.p);
        return NULL;
    }
    if (o.failed) {
        wf_mem_free(o.p);
        return NULL;
    }
    if (neg && (flags & WF_DTOA_NO_NEG_0) && !isnan(v) && !isinf(v) && all_zero_digits(o.p + 1)) {
        neg = 0;
    }
    if (neg) {
        o.p[0] = '-';
    } else if (!(flags & WF_DTOA_SIGN)) {
        memmove(o.p, o.p + 1, o.len);  // moves the NUL too
    }
    return o.p;
}

// Digits with single underscores between them; returns the end, or NULL if none.
static const char *scan_digits(const char *p, const char *end, char *out, size_t *n) {
    if (p >= end || !isdigit((unsigned char)*p)) {
        return NULL;
    }
    while (p < end) {
        if (isdigit((unsigned char)*p)) {
            out[(*n)++] = *p++;
        } else if (*p == '_' && p + 1 < end && isdigit((unsigned char)p[1])) {
            p++;
        } else {
            break;
        }
    }
    return p;
}

static int match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (tolower((unsigned char)p[i]) != word[i]) {
            return 0;
        }
    }
    return 1;
}

int wf_dtoa_parse(const char *s, wf_ssize_t len, double *out) {
    const char *p = s, *end = s + len;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 1;
    }
    if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return 1;
    }
    char small[128];
    char *buf = small;
    if ((size_t)len + 2 > sizeof small) {
        buf = wf_mem_alloc((size_t)len + 2);
        if (buf == NULL) {
            return -1;
        }
    }
    size_t n = 0;
    int ok = 0;
    buf[n++] = neg ? '-' : '+';
    const char *q = scan_digits(p, end, buf, &n);
    int have_int = q != NULL;
    if (q == NULL) {
        q = p;
    }
    if (q < end && *q == '.') {
        buf[n++] = '.';
        const char *r = scan_digits(q + 1, end, buf, &n);
        if (r == NULL && !have_int) {
            goto done;
        }
        q = r == NULL ? q + 1 : r;
    } else if (!have_int) {
        goto done;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        buf[n++] = 'e';
        q++;
        if (q < end && (*q == '+' || *q == '-')) {
            buf[n++] = *q++;
        }
        q = scan_digits(q, end, buf, &n);
        if (q == NULL) {
            goto done;
        }
    }
    if (q != end) {
        goto done;
    }
    buf[n] = '\0';
    *out = strtod(buf, NULL);
    ok = 1;
done:
    if (buf != small) {
        wf_mem_free(buf);
    }
    return ok;
}

double wf_dtoa_round(double v, int ndigits, int *ok) {
    // printf's "%.Nf" rounds the exact binary value half-to-even, which is round()'s rule;
    // strtod brings the correctly rounded decimal back.
    char small[400];
    char *buf = small;
    size_t need = (size_t)ndigits + 330;
    *ok = 1;
    if (need > sizeof small) {
        buf = wf_mem_alloc(need);
        if (buf == NULL) {
            *ok = 0;
            return -1.0;
        }
    }
    snprintf(buf, need, "%.*f", ndigits, v);
    double r = strtod(buf, NULL);
    if (buf != small) {
        wf_mem_free(buf);
    }
    return r;
}
