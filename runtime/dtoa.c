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

static const double pow10_exact[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

// Fast path for values that are short decimals (most values programs print): find the
// smallest k with an integer w < 2**53 such that w / 10**k reads back as v. With both
// operands exact, the division rounds exactly as strtod would. Returns the digit count,
// 0 when unsure, or -1 when the answer is known to need 16 or more digits.
static int shortest_fast(double v, char *digits, int *decpt) {
    for (int k = 0; k <= 22; k++) {
        double p = v * pow10_exact[k];
        if (p >= 9007199254740992.0) {
            // Every candidate from here on has at least 16 significant digits.
            return v < 9007199254740992.0 ? -1 : 0;
        }
        // p carries a rounding error of up to half an ulp: near a .5 fraction the nearest
        // integer to the exact product is uncertain.
        double frac = p - floor(p);
        if (fabs(frac - 0.5) <= p * 2.3e-16) {
            return 0;
        }
        double w = nearbyint(p);
        if (w != 0.0 && w / pow10_exact[k] == v) {
            char tmp[24];
            int n = 0;
            for (uint64_t u = (uint64_t)w; u != 0; u /= 10) {
                tmp[n++] = (char)('0' + u % 10);
            }
            for (int i = 0; i < n; i++) {
                digits[i] = tmp[n - 1 - i];
            }
            *decpt = n - k;
            return strip_trailing_zeros(digits, n);
        }
    }
    return 0;
}

static int round_trips(const char *digits, int n, int decpt, double v) {
    char buf[48];
    int k = 0;
    buf[k++] = '.';
    memcpy(buf + k, digits, (size_t)n);
    k += n;
    snprintf(buf + k, sizeof buf - (size_t)k, "e%d", decpt);
    return strtod(buf, NULL) == v;
}

// Round the n-digit string d to p < n digits, half up. 0 if the dropped tail is exactly
// "5" then zeros (the original rounding may have hidden which way the exact value lies),
// else 1 with the digits in out and the point position in *odecpt.
static int round_digits(const char *d, int n, int p, int decpt, char *out, int *odecpt) {
    int half = d[p] == '5';
    for (int i = p + 1; i < n && half; i++) {
        half = d[i] == '0';
    }
    if (half) {
        return 0;
    }
    memcpy(out, d, (size_t)p);
    out[p] = '\0';
    *odecpt = decpt;
    if (d[p] >= '5') {
        increment_digits(out, p, odecpt);
    }
    return 1;
}

int wf_dtoa_shortest(double v, char *digits, int *decpt) {
    char buf[48], d17[24], cand[24];
    int n17, decpt17, cdecpt;
    v = fabs(v);
    if (v == 0.0) {
        strcpy(digits, "0");
        *decpt = 1;
        return 1;
    }
    int fast = shortest_fast(v, digits, decpt);
    if (fast > 0) {
        return fast;
    }
    if (v < DBL_MIN) {
        // Subnormals have fewer significant bits: try every length.
        for (int p = 1; p <= 17; p++) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, v);
            if (strtod(buf, NULL) == v) {
                return strip_trailing_zeros(digits, split_exp_form(buf, digits, decpt));
            }
        }
    }
    // One correctly rounded 17-digit conversion (always reads back); shorter candidates are
    // rounded from it unless that could round twice the wrong way.
    snprintf(buf, sizeof buf, "%.16e", v);
    n17 = split_exp_form(buf, d17, &decpt17);
    for (int p = fast < 0 ? 16 : 15; p <= 16; p++) {
        if (!round_digits(d17, n17, p, decpt17, cand, &cdecpt)) {
            snprintf(buf, sizeof buf, "%.*e", p - 1, v);
            split_exp_form(buf, cand, &cdecpt);
        }
        if (round_trips(cand, p, cdecpt, v)) {
            memcpy(digits, cand, (size_t)p + 1);
            *decpt = cdecpt;
            return strip_trailing_zeros(digits, p);
        }
        int m;
        if (p == 16 && frexp(v, &m) == 0.5) {
            // Just above a power of two the interval is narrower below v: the candidate
            // one unit higher may read back although the nearest one (below v) does not.
            snprintf(buf, sizeof buf, ".%se%d", cand, cdecpt);
            if (strtod(buf, NULL) < v) {
                increment_digits(cand, p, &cdecpt);
                if (round_trips(cand, p, cdecpt, v)) {
                    memcpy(digits, cand, (size_t)p + 1);
                    *decpt = cdecpt;
                    return strip_trailing_zeros(digits, p);
                }
            }
        }
    }
    memcpy(digits, d17, (size_t)n17 + 1);
    *decpt = decpt17;
    return strip_trailing_zeros(digits, n17);
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

int wf_dtoa_repr(double v, char *buf) {
    char d[24];
    int decpt, k = 0;
    if (isnan(v)) {
        strcpy(buf, "nan");
        return 3;
    }
    if (signbit(v)) {
        buf[k++] = '-';
    }
    if (isinf(v)) {
        strcpy(buf + k, "inf");
        return k + 3;
    }
    int nd = wf_dtoa_shortest(v, d, &decpt);
    if (decpt <= -4 || decpt > 16) {
        buf[k++] = d[0];
        if (nd > 1) {
            buf[k++] = '.';
            memcpy(buf + k, d + 1, (size_t)nd - 1);
            k += nd - 1;
        }
        int x = decpt - 1;
        k += snprintf(buf + k, 8, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    } else if (decpt <= 0) {
        buf[k++] = '0';
        buf[k++] = '.';
        for (int i = 0; i < -decpt; i++) {
            buf[k++] = '0';
        }
        memcpy(buf + k, d, (size_t)nd);
        k += nd;
    } else if (decpt >= nd) {
        memcpy(buf + k, d, (size_t)nd);
        k += nd;
        for (int i = nd; i < decpt; i++) {
            buf[k++] = '0';
        }
        buf[k++] = '.';
        buf[k++] = '0';
    } else {
        memcpy(buf + k, d, (size_t)decpt);
        k += decpt;
        buf[k++] = '.';
        memcpy(buf + k, d + decpt, (size_t)(nd - decpt));
        k += nd - decpt;
    }
    buf[k] = '\0';
    return k;
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
