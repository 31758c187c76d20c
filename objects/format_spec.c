// The format-spec mini-language: parsing, and applying it to str, int, float, complex.
//
// A formatted number is assembled from parts: sign, prefix ("0x"), integer digits (which
// take the grouping separators), and the rest (fraction, exponent, '%', ...). Padding
// goes around the whole ('<' '>' '^') or between sign/prefix and digits ('='). With the
// '0' flag (fill '0' and '=') the zero padding becomes part of the digits and is grouped
// too, as in format(1234.5, '010,') == '0,001,234.5'. Everything but the fill character
// is ASCII, so widths are computed in bytes and only the fill is encoded as UTF-8.
#include "objects/format_spec.h"
#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/int_impl.h"
#include "objects/str.h"
#include "runtime/dtoa.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

// ---- parsing ------------------------------------------------------------------------------

static int is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static int is_sign(uint32_t c) {
    return c == '+' || c == '-' || c == ' ';
}

// Decimal digits at *pos (any Unicode decimal digit); -1 on overflow, else the count.
static int read_integer(wf_object_t *spec, wf_ssize_t *pos, wf_ssize_t end, wf_ssize_t *out) {
    wf_ssize_t acc = 0;
    int n = 0;
    while (*pos < end) {
        int d = wf_numbers_decimal_value(wf_str_char(spec, *pos));
        if (d < 0) {
            break;
        }
        if (acc > (WF_SSIZE_MAX - d) / 10) {
            wf_err_set_string(&wf_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    *out = acc;
    return n;
}

static void code_repr(uint32_t c, char *buf, size_t size) {
    if (c > 32 && c < 128) {
        snprintf(buf, size, "%c", (char)c);
    } else {
        snprintf(buf, size, "\\x%x", (unsigned)c);
    }
}

static int bad_thousands(int sep, uint32_t type) {
    char t[16];
    code_repr(type, t, sizeof t);
    wf_err_format(&wf_exc_ValueError, "Cannot specify '%c' with '%s'.",
                  sep == WF_GROUP_COMMA ? ',' : '_', t);
    return -1;
}

int wf_format_spec_parse(wf_object_t *spec, int default_type, int default_align,
                         const char *type_name, wf_format_spec_t *out) {
    wf_ssize_t pos = 0, end = WF_STR_LEN(spec);
    int fill_given = 0, align_given = 0;
    out->fill = ' ';
    out->align = (char)default_align;
    out->sign = 0;
    out->no_neg_0 = false;
    out->alternate = false;
    out->thousands = WF_GROUP_NONE;
    out->width = -1;
    out->precision = -1;
    out->type = (uint32_t)default_type;

    if (end - pos >= 2 && is_align(wf_str_char(spec, pos + 1))) {
        out->align = (char)wf_str_char(spec, pos + 1);
        out->fill = wf_str_char(spec, pos);
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(wf_str_char(spec, pos))) {
        out->align = (char)wf_str_char(spec, pos);
        align_given = 1;
        pos++;
    }
    if (pos < end && is_sign(wf_str_char(spec, pos))) {
        out->sign = (char)wf_str_char(spec, pos++);
    }
    if (pos < end && wf_str_char(spec, pos) == 'z') {
        out->no_neg_0 = true;
        pos++;
    }
    if (pos < end && wf_str_char(spec, pos) == '#') {
        out->alternate = true;
        pos++;
    }
    if (!fill_given && pos < end && wf_str_char(spec, pos) == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>') {
            out->align = '=';
        }
        pos++;
    }
    wf_ssize_t v;
    int n = read_integer(spec, &pos, end, &v);
    if (n < 0) {
        return -1;
    }
    if (n > 0) {
        out->width = v;
    }
    if (pos < end && wf_str_char(spec, pos) == ',') {
        out->thousands = WF_GROUP_COMMA;
        pos++;
    }
    if (pos < end && wf_str_char(spec, pos) == '_') {
        if (out->thousands != WF_GROUP_NONE) {
            wf_err_set_string(&wf_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->thousands = WF_GROUP_UNDERSCORE;
        pos++;
    }
    if (pos < end && wf_str_char(spec, pos) == ',' && out->thousands == WF_GROUP_UNDERSCORE) {
        wf_err_set_string(&wf_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < end && wf_str_char(spec, pos) == '.') {
        pos++;
        n = read_integer(spec, &pos, end, &v);
        if (n < 0) {
            return -1;
        }
        if (n == 0) {
            wf_err_set_string(&wf_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        out->precision = v;
    }
    if (end - pos > 1) {
        wf_err_format(&wf_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                      spec, type_name);
        return -1;
    }
    if (end - pos == 1) {
        out->type = wf_str_char(spec, pos);
    }
    if (out->thousands != WF_GROUP_NONE) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->thousands == WF_GROUP_UNDERSCORE) {
                out->thousands = WF_GROUP_UNDERSCORE4;
                break;
            }
            return bad_thousands(out->thousands, out->type);
        default:
            return bad_thousands(out->thousands, out->type);
        }
    }
    return 0;
}

static wf_object_t *unknown_code(uint32_t type, const char *type_name) {
    char t[16];
    code_repr(type, t, sizeof t);
    return wf_err_format(&wf_exc_ValueError, "Unknown format code '%s' for object of type '%s'",
                         t, type_name);
}

// ---- padding ------------------------------------------------------------------------------

// n copies of `fill`. A width far beyond memory fails at once with MemoryError, as
// CPython's single allocation of the result does, instead of growing the buffer until the
// machine runs out: the whole padding is allocated once up front as a probe.
static int append_fill(wf_strbuf_t *sb, uint32_t fill, wf_ssize_t n) {
    if (n <= 0 || sb->failed) {
        return sb->failed ? -1 : 0;
    }
    wf_strbuf_t one;
    wf_strbuf_init(&one);
    wf_strbuf_append_char(&one, fill);
    char unit[4];
    wf_ssize_t k = one.len <= 4 ? one.len : 0;
    memcpy(unit, one.buf, (size_t)k);
    wf_strbuf_discard(&one);
    if (k == 0) {
        sb->failed = 1;
        wf_err_nomemory();
        return -1;
    }
    if (n > 4096) {
        void *probe = n <= WF_SSIZE_MAX / 8 ? wf_mem_alloc((size_t)n * (size_t)k * 2) : NULL;
        if (probe == NULL) {
            sb->failed = 1;
            wf_err_nomemory();
            return -1;
        }
        wf_mem_free(probe);
    }
    char chunk[1024];
    wf_ssize_t per = (wf_ssize_t)sizeof(chunk) / k;
    for (wf_ssize_t i = 0; i < per; i++) {
        memcpy(chunk + i * k, unit, (size_t)k);
    }
    while (n > 0) {
        wf_ssize_t m = n < per ? n : per;
        if (wf_strbuf_append_utf8(sb, chunk, m * k) < 0) {
            return -1;
        }
        n -= m;
    }
    return 0;
}

// How much fill goes before a text of `nchars` characters padded to the spec's width;
// *pad receives the total.
static wf_ssize_t fill_before(const wf_format_spec_t *spec, wf_ssize_t nchars, wf_ssize_t *pad) {
    *pad = spec->width > nchars ? spec->width - nchars : 0;
    if (spec->align == '>' || spec->align == '=') {
        return *pad;
    }
    return spec->align == '^' ? *pad / 2 : 0;
}

wf_object_t *wf_format_pad(const char *text, wf_ssize_t nbytes, wf_ssize_t nchars,
                           const wf_format_spec_t *spec) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_ssize_t pad, left = fill_before(spec, nchars, &pad);
    append_fill(&sb, spec->fill, left);
    wf_strbuf_append_utf8(&sb, text, nbytes);
    append_fill(&sb, spec->fill, pad - left);
    return wf_strbuf_finish(&sb);
}

// The same for a str object, whatever it holds (lone surrogates included).
static wf_object_t *pad_str(wf_object_t *str, const wf_format_spec_t *spec) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_ssize_t pad, left = fill_before(spec, WF_STR_LEN(str), &pad);
    append_fill(&sb, spec->fill, left);
    wf_strbuf_append_str(&sb, str);
    append_fill(&sb, spec->fill, pad - left);
    return wf_strbuf_finish(&sb);
}

// ---- str ----------------------------------------------------------------------------------

wf_object_t *wf_format_str_parsed(wf_object_t *s, const wf_format_spec_t *spec,
                                  const char *type_name) {
    if (spec->sign != 0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 spec->sign == ' ' ? "Space not allowed in string format specifier"
                                                   : "Sign not allowed in string format specifier");
    }
    if (spec->no_neg_0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Negative zero coercion (z) not allowed in string format "
                                 "specifier");
    }
    if (spec->alternate) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Alternate form (#) not allowed in string format specifier");
    }
    if (spec->align == '=') {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "'=' alignment not allowed in string format specifier");
    }
    if (spec->type != 's' && spec->type != 0) {
        return unknown_code(spec->type, type_name);
    }
    wf_ssize_t len = WF_STR_LEN(s);
    if (spec->precision >= 0 && spec->precision < len) {
        len = spec->precision;
    }
    if (len == WF_STR_LEN(s) && spec->width <= len) {
        if (WF_STR_CHECK_EXACT(s)) {
            return wf_newref(s);
        }
        return wf_str_substring(s, 0, len);
    }
    wf_object_t *sub = wf_str_substring(s, 0, len);
    if (sub == NULL) {
        return NULL;
    }
    wf_object_t *r = pad_str(sub, spec);
    WF_DECREF(sub);
    return r;
}

wf_object_t *wf_format_str(wf_object_t *s, wf_object_t *spec) {
    if (WF_STR_LEN(spec) == 0) {
        return wf_str(s);
    }
    wf_format_spec_t fs;
    if (wf_format_spec_parse(spec, 's', '<', WF_TYPE(s)->name, &fs) < 0) {
        return NULL;
    }
    return wf_format_str_parsed(s, &fs, WF_TYPE(s)->name);
}

// ---- numbers ------------------------------------------------------------------------------

typedef struct {
    char sign;            // 0, '-', '+', ' '
    const char *prefix;   // "0x" ...
    const char *digits;   // integer digits, grouped
    wf_ssize_t ndigits;
    const char *rest;     // everything after the integer digits
    wf_ssize_t nrest;
} numparts_t;

// Grouped (and, for min_width > 0, zero-extended) digits, in a new buffer.
static char *group_digits(const char *d, wf_ssize_t nd, char sep, int group, wf_ssize_t min_width,
                          wf_ssize_t *outlen) {
    if (min_width > WF_SSIZE_MAX / 4 || nd > WF_SSIZE_MAX / 4) {
        wf_err_nomemory();
        return NULL;
    }
    wf_ssize_t cap = (nd + (min_width > nd ? min_width : nd)) * 2 + 4;
    char *rev = wf_mem_alloc((size_t)cap);
    if (rev == NULL) {
        wf_err_nomemory();
        return NULL;
    }
    wf_ssize_t n = 0, i = nd - 1;
    int count = 0;
    while (i >= 0 || n < min_width) {
        if (sep && count == group) {
            rev[n++] = sep;
            count = 0;
        }
        rev[n++] = i >= 0 ? d[i--] : '0';
        count++;
    }
    for (wf_ssize_t a = 0, b = n - 1; a < b; a++, b--) {
        char t = rev[a];
        rev[a] = rev[b];
        rev[b] = t;
    }
    *outlen = n;
    return rev;
}

static int group_params(int thousands, char *sep) {
    switch (thousands) {
    case WF_GROUP_COMMA: *sep = ','; return 3;
    case WF_GROUP_UNDERSCORE: *sep = '_'; return 3;
    case WF_GROUP_UNDERSCORE4: *sep = '_'; return 4;
    default: *sep = 0; return 3;
    }
}

// Append a number to sb; with pad = 0 no width is applied (complex parts).
static int append_number(wf_strbuf_t *sb, const numparts_t *p, const wf_format_spec_t *spec,
                         int pad) {
    char sep;
    int group = group_params(spec->thousands, &sep);
    wf_ssize_t nsign = p->sign ? 1 : 0, nprefix = (wf_ssize_t)strlen(p->prefix);
    int zero_fill = pad && spec->fill == '0' && spec->align == '=' && p->ndigits > 0;
    wf_ssize_t min_width = 0;
    if (zero_fill && spec->width > 0) {
        min_width = spec->width - nsign - nprefix - p->nrest;
    }
    wf_ssize_t ng = p->ndigits;
    char *grouped = NULL;
    if (p->ndigits > 0 && (sep || min_width > 0)) {
        grouped = group_digits(p->digits, p->ndigits, sep, group, min_width, &ng);
        if (grouped == NULL) {
            sb->failed = 1;  // finish() must not hand out the partial text
            return -1;
        }
    }
    wf_ssize_t total = nsign + nprefix + ng + p->nrest;
    wf_ssize_t padn = pad && spec->width > total ? spec->width - total : 0;
    wf_ssize_t left = 0, mid = 0;
    switch (spec->align) {
    case '<': break;
    case '^': left = padn / 2; break;
    case '=': mid = padn; break;
    default: left = padn; break;
    }
    wf_ssize_t right = padn - left - mid;
    append_fill(sb, spec->fill, left);
    if (p->sign) {
        wf_strbuf_append_utf8(sb, &p->sign, 1);
    }
    wf_strbuf_append_utf8(sb, p->prefix, nprefix);
    append_fill(sb, spec->fill, mid);
    wf_strbuf_append_utf8(sb, grouped ? grouped : p->digits, ng);
    wf_strbuf_append_utf8(sb, p->rest, p->nrest);
    append_fill(sb, spec->fill, right);
    wf_mem_free(grouped);
    return sb->failed ? -1 : 0;
}

// Split the output of wf_dtoa_format into sign, integer digits and the rest.
static void split_float_text(const char *s, char spec_sign, int force_sign, numparts_t *p) {
    p->prefix = "";
    if (*s == '-') {
        p->sign = '-';
        s++;
    } else if (force_sign) {
        p->sign = '+';
    } else {
        p->sign = spec_sign == '+' || spec_sign == ' ' ? spec_sign : 0;
    }
    const char *q = s;
    while (*q >= '0' && *q <= '9') {
        q++;
    }
    p->digits = s;
    p->ndigits = q - s;
    p->rest = q;
    p->nrest = (wf_ssize_t)strlen(q);
}

// ---- int ----------------------------------------------------------------------------------

static wf_object_t *format_float_value(double v, const wf_format_spec_t *spec,
                                       const char *type_name);

static wf_object_t *format_int_char(wf_object_t *i, const wf_format_spec_t *spec) {
    if (spec->sign != 0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Sign not allowed with integer format specifier 'c'");
    }
    if (spec->alternate) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t v;
    if (!wf_int_to_i64_if_fits(i, &v)) {
        return wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) {
        return wf_err_set_string(&wf_exc_OverflowError, "%c arg not in range(0x110000)");
    }
    wf_object_t *ch = wf_str_from_char((uint32_t)v);
    if (ch == NULL) {
        return NULL;
    }
    wf_object_t *r = pad_str(ch, spec);
    WF_DECREF(ch);
    return r;
}

wf_object_t *wf_format_int(wf_object_t *i, wf_object_t *spec) {
    if (WF_STR_LEN(spec) == 0) {
        return wf_str(i);
    }
    const char *tn = WF_TYPE(i)->name;
    wf_format_spec_t fs;
    if (wf_format_spec_parse(spec, 'd', '>', tn, &fs) < 0) {
        return NULL;
    }
    int base;
    switch (fs.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': case 'd': case 'n': base = 10; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = wf_int_as_double(i);
        if (d == -1.0 && wf_err_occurred()) {
            return NULL;
        }
        return format_float_value(d, &fs, tn);
    }
    default:
        return unknown_code(fs.type, tn);
    }
    if (fs.precision >= 0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Precision not allowed in integer format specifier");
    }
    if (fs.no_neg_0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Negative zero coercion (z) not allowed in integer format "
                                 "specifier");
    }
    if (fs.type == 'c') {
        return format_int_char(i, &fs);
    }
    wf_ssize_t nd;
    char *digits = wf_int_to_digits(i, base, fs.type == 'X', &nd);
    if (digits == NULL) {
        return NULL;
    }
    numparts_t p;
    p.sign = wf_int_sign(i) < 0 ? '-' : (fs.sign == '+' || fs.sign == ' ' ? fs.sign : 0);
    p.prefix = "";
    if (fs.alternate) {
        p.prefix = fs.type == 'b' ? "0b" : fs.type == 'o' ? "0o" : fs.type == 'x' ? "0x"
                 : fs.type == 'X' ? "0X" : "";
    }
    p.digits = digits;
    p.ndigits = nd;
    p.rest = "";
    p.nrest = 0;
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    append_number(&sb, &p, &fs, 1);
    wf_mem_free(digits);
    return wf_strbuf_finish(&sb);
}

// ---- float --------------------------------------------------------------------------------

static int float_type_ok(uint32_t t) {
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return 1;
    default:
        return 0;
    }
}

// Resolve the presentation type, precision and flags for one double. 0 / -1.
static int float_mode(const wf_format_spec_t *spec, int complex_mode, int *type, int *prec,
                      int *flags) {
    int t = (int)spec->type;
    int default_prec = 6;
    *flags = 0;
    if (spec->alternate) {
        *flags |= WF_DTOA_ALT;
    }
    if (spec->no_neg_0) {
        *flags |= WF_DTOA_NO_NEG_0;
    }
    if (t == 0) {
        if (!complex_mode) {
            *flags |= WF_DTOA_ADD_DOT_0;
        }
        t = 'r';
        default_prec = 0;
    }
    if (t == 'n') {
        t = 'g';
    }
    wf_ssize_t p = spec->precision;
    if (p < 0) {
        p = default_prec;
    } else if (t == 'r') {
        t = 'g';
    }
    if (p > INT32_MAX) {
        wf_err_set_string(&wf_exc_ValueError, "precision too big");
        return -1;
    }
    *type = t;
    *prec = (int)p;
    return 0;
}

static wf_object_t *format_float_value(double v, const wf_format_spec_t *spec,
                                       const char *type_name) {
    int type, prec, flags;
    if (float_mode(spec, 0, &type, &prec, &flags) < 0) {
        return NULL;
    }
    char *s = wf_dtoa_format(v, type, prec, flags);
    if (s == NULL) {
        return wf_err_nomemory();
    }
    numparts_t p;
    split_float_text(s, spec->sign, 0, &p);
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    append_number(&sb, &p, spec, 1);
    wf_mem_free(s);
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_format_float(wf_object_t *f, wf_object_t *spec) {
    if (WF_STR_LEN(spec) == 0) {
        return wf_str(f);
    }
    const char *tn = WF_TYPE(f)->name;
    wf_format_spec_t fs;
    if (wf_format_spec_parse(spec, 0, '>', tn, &fs) < 0) {
        return NULL;
    }
    if (!float_type_ok(fs.type)) {
        return unknown_code(fs.type, tn);
    }
    return format_float_value(WF_FLOAT_VALUE(f), &fs, tn);
}

// ---- complex ------------------------------------------------------------------------------

wf_object_t *wf_format_complex(wf_object_t *c, wf_object_t *spec) {
    if (WF_STR_LEN(spec) == 0) {
        return wf_str(c);
    }
    const char *tn = WF_TYPE(c)->name;
    wf_format_spec_t fs;
    if (wf_format_spec_parse(spec, 0, '>', tn, &fs) < 0) {
        return NULL;
    }
    if (!float_type_ok(fs.type) || fs.type == '%') {
        return unknown_code(fs.type, tn);
    }
    if (fs.fill == '0') {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "Zero padding is not allowed in complex format specifier");
    }
    if (fs.align == '=') {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "'=' alignment flag is not allowed in complex format specifier");
    }
    double re = ((wf_complex_t *)c)->real, im = ((wf_complex_t *)c)->imag;
    int skip_re = 0, parens = 0;
    if (fs.type == 0) {
        if (re == 0.0 && !signbit(re)) {
            skip_re = 1;
        } else {
            parens = 1;
        }
    }
    int type, prec, flags;
    if (float_mode(&fs, 1, &type, &prec, &flags) < 0) {
        return NULL;
    }
    char *rs = skip_re ? NULL : wf_dtoa_format(re, type, prec, flags);
    char *is = wf_dtoa_format(im, type, prec, flags);
    if ((!skip_re && rs == NULL) || is == NULL) {
        wf_mem_free(rs);
        wf_mem_free(is);
        return wf_err_nomemory();
    }
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_format_spec_t part = fs;
    part.width = -1;
    numparts_t p;
    if (parens) {
        wf_strbuf_append_utf8(&sb, "(", 1);
    }
    if (!skip_re) {
        split_float_text(rs, fs.sign, 0, &p);
        append_number(&sb, &p, &part, 0);
    }
    split_float_text(is, fs.sign, !skip_re, &p);
    append_number(&sb, &p, &part, 0);
    wf_strbuf_append_utf8(&sb, parens ? "j)" : "j", parens ? 2 : 1);
    wf_mem_free(rs);
    wf_mem_free(is);
    wf_object_t *body = wf_strbuf_finish(&sb);
    if (body == NULL || fs.width <= WF_STR_LEN(body)) {
        return body;
    }
    wf_ssize_t nbytes;
    const char *u = wf_str_as_utf8(body, &nbytes);
    wf_object_t *r = u == NULL ? NULL : wf_format_pad(u, nbytes, WF_STR_LEN(body), &fs);
    WF_DECREF(body);
    return r;
}
