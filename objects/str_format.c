// `%` formatting of str and bytes, and str.format / str.format_map.
//
// One engine serves both `%` operators: the format is read through fmt_char() (code
// points of a str, or bytes) and the output goes to a sink that is a str writer or a byte
// buffer. Conversions produce either ASCII text (numbers) or an object (str for str
// formats, bytes for bytes formats) that is then truncated and padded.
//
// Argument consumption mirrors CPython: a tuple supplies its items in order; any other
// value is a single argument that may be used once; a mapping (anything subscriptable
// other than a tuple or the format's own type) additionally serves %(key)s lookups and
// silences the "not all arguments converted" check.
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

// ---------------------------------------------------------------------------------------
// Output sink.

typedef struct {
    int is_bytes;
    wf_str_writer_t w; // str formats
    char *b;           // bytes formats
    wf_ssize_t blen, bcap;
    int failed;
} sink_t;

static int sink_reserve(sink_t *s, wf_ssize_t extra) {
    if (!s->is_bytes) {
        return wf_str_writer_reserve(&s->w, extra);
    }
    if (extra <= s->bcap - s->blen) {
        return 0;
    }
    if (extra > WF_SSIZE_MAX / 4 - s->blen) {
        s->failed = 1;
        wf_err_nomemory();
        return -1;
    }
    wf_ssize_t cap = s->bcap * 2 > s->blen + extra ? s->bcap * 2 : s->blen + extra + 32;
    char *nb = wf_mem_realloc(s->b, (size_t)cap);
    if (nb == NULL) {
        s->failed = 1;
        wf_err_nomemory();
        return -1;
    }
    s->b = nb;
    s->bcap = cap;
    return 0;
}

static int sink_ascii(sink_t *s, const char *t, wf_ssize_t n) {
    if (!s->is_bytes) {
        return wf_str_writer_write_ascii(&s->w, t, n);
    }
    if (sink_reserve(s, n) < 0) {
        return -1;
    }
    memcpy(s->b + s->blen, t, (size_t)n);
    s->blen += n;
    return 0;
}

static int sink_fill(sink_t *s, uint32_t c, wf_ssize_t n) {
    if (n <= 0) {
        return 0;
    }
    if (!s->is_bytes) {
        return wf_str_writer_fill(&s->w, c, n);
    }
    if (sink_reserve(s, n) < 0) {
        return -1;
    }
    memset(s->b + s->blen, (int)c, (size_t)n);
    s->blen += n;
    return 0;
}

static int sink_putc(sink_t *s, uint32_t c) {
    if (!s->is_bytes) {
        return wf_str_writer_putc(&s->w, c);
    }
    return sink_fill(s, c, 1);
}

// ---------------------------------------------------------------------------------------
// Percent formatting.

typedef struct {
    int is_bytes;
    wf_object_t *fmt;    // str formats
    const uint8_t *fmtb; // bytes formats
    wf_ssize_t fmtlen, pos;
    wf_object_t *args;
    wf_ssize_t argidx, arglen;
    wf_object_t *dict;  // borrowed, or NULL
    wf_object_t *owned; // the value of the last %(key) lookup (owned)
    sink_t out;
} pctx_t;

typedef struct {
    int left, sign, space, alt, zero;
    wf_ssize_t width, prec; // -1: not given
    uint32_t conv;
    wf_ssize_t conv_pos;
} pspec_t;

static uint32_t fmt_char(pctx_t *c, wf_ssize_t i) {
    return c->is_bytes ? c->fmtb[i] : wf_str_char(c->fmt, i);
}

static wf_object_t *next_arg(pctx_t *c) {
    if (c->argidx < c->arglen) {
        wf_ssize_t i = c->argidx++;
        return c->arglen < 0 ? c->args : WF_TUPLE_GET(c->args, i);
    }
    return wf_err_set_string(&wf_exc_TypeError, "not enough arguments for format string");
}

// %(key): look the key up in the mapping; as in CPython the value then becomes the
// argument source (a single argument, used once), so a plain %s after %(key)s finds no
// argument left. Moves past ')'. 0 / -1.
static int mapping_arg(pctx_t *c) {
    if (c->dict == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "format requires a mapping");
        return -1;
    }
    wf_ssize_t start = ++c->pos, depth = 1;
    while (c->pos < c->fmtlen) {
        uint32_t ch = fmt_char(c, c->pos);
        if (ch == ')' && --depth == 0) {
            break;
        }
        depth += ch == '(';
        c->pos++;
    }
    if (c->pos >= c->fmtlen) {
        wf_err_set_string(&wf_exc_ValueError, "incomplete format key");
        return -1;
    }
    wf_object_t *key = c->is_bytes ? wf_bytes_from(c->fmtb + start, c->pos - start)
                                   : wf_str_substring(c->fmt, start, c->pos);
    c->pos++;
    if (key == NULL) {
        return -1;
    }
    wf_object_t *v = wf_getitem(c->dict, key);
    WF_DECREF(key);
    if (v == NULL) {
        return -1;
    }
    WF_XDECREF(c->owned);
    c->owned = v;
    c->args = v;
    c->arglen = -1;
    c->argidx = -2;
    return 0;
}

// A '*' width or precision: the next argument, which must be an int.
static int star_arg(pctx_t *c, wf_ssize_t *out) {
    wf_object_t *v = next_arg(c);
    if (v == NULL) {
        return -1;
    }
    if (!WF_INT_CHECK(v)) {
        wf_err_set_string(&wf_exc_TypeError, "* wants int");
        return -1;
    }
    *out = wf_as_ssize(v, &wf_exc_OverflowError);
    return *out == -1 && wf_err_occurred() ? -1 : 0;
}

static int read_number(pctx_t *c, wf_ssize_t *out, const char *too_big) {
    wf_ssize_t v = 0;
    while (c->pos < c->fmtlen) {
        uint32_t ch = fmt_char(c, c->pos);
        if (ch < '0' || ch > '9') {
            break;
        }
        if (v > (WF_SSIZE_MAX - 9) / 10) {
            wf_err_set_string(&wf_exc_ValueError, too_big);
            return -1;
        }
        v = v * 10 + (ch - '0');
        c->pos++;
    }
    *out = v;
    return 0;
}

static int incomplete(void) {
    wf_err_set_string(&wf_exc_ValueError, "incomplete format");
    return -1;
}

// Parse flags, width, precision and the conversion character (c->pos is just after '%'
// and any %(key)). 0 / -1.
static int parse_spec(pctx_t *c, pspec_t *sp) {
    memset(sp, 0, sizeof *sp);
    sp->width = sp->prec = -1;
    for (; c->pos < c->fmtlen; c->pos++) {
        uint32_t ch = fmt_char(c, c->pos);
        if (ch == '-') {
            sp->left = 1;
        } else if (ch == '+') {
            sp->sign = 1;
        } else if (ch == ' ') {
            sp->space = 1;
        } else if (ch == '#') {
            sp->alt = 1;
        } else if (ch == '0') {
            sp->zero = 1;
        } else {
            break;
        }
    }
    if (c->pos < c->fmtlen && fmt_char(c, c->pos) == '*') {
        c->pos++;
        if (star_arg(c, &sp->width) < 0) {
            return -1;
        }
        if (sp->width < 0) {
            sp->left = 1;
            sp->width = -sp->width;
        }
    } else if (read_number(c, &sp->width, "width too big") < 0) {
        return -1;
    }
    if (c->pos < c->fmtlen && fmt_char(c, c->pos) == '.') {
        c->pos++;
        if (c->pos < c->fmtlen && fmt_char(c, c->pos) == '*') {
            c->pos++;
            if (star_arg(c, &sp->prec) < 0) {
                return -1;
            }
            if (sp->prec < 0) {
                sp->prec = 0;
            }
        } else if (read_number(c, &sp->prec, "precision too big") < 0) {
            return -1;
        }
    }
    // One length modifier is accepted and ignored (a second one is an unsupported
    // conversion character, as in CPython).
    if (c->pos < c->fmtlen) {
        uint32_t ch = fmt_char(c, c->pos);
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            c->pos++;
        }
    }
    if (c->pos >= c->fmtlen) {
        return incomplete();
    }
    sp->conv_pos = c->pos;
    sp->conv = fmt_char(c, c->pos++);
    return 0;
}

// Pad and write `body` (ASCII) after an optional sign/prefix, as numbers are laid out.
static int emit_number(pctx_t *c, const pspec_t *sp, const char *sign, const char *prefix,
                       const char *body, wf_ssize_t bodylen) {
    wf_ssize_t lead = (wf_ssize_t)(strlen(sign) + strlen(prefix));
    wf_ssize_t total = lead + bodylen;
    wf_ssize_t pad = sp->width > total ? sp->width - total : 0;
    if (sink_reserve(&c->out, total + pad) < 0) {
        return -1;
    }
    if (!sp->left && !sp->zero) {
        sink_fill(&c->out, ' ', pad);
    }
    sink_ascii(&c->out, sign, (wf_ssize_t)strlen(sign));
    sink_ascii(&c->out, prefix, (wf_ssize_t)strlen(prefix));
    if (!sp->left && sp->zero) {
        sink_fill(&c->out, '0', pad);
    }
    sink_ascii(&c->out, body, bodylen);
    if (sp->left) {
        sink_fill(&c->out, ' ', pad);
    }
    return 0;
}

// %d %i %u %o %x %X of an int object.
static int format_int(pctx_t *c, const pspec_t *sp, wf_object_t *v) {
    int base = sp->conv == 'o' ? 8 : sp->conv == 'x' || sp->conv == 'X' ? 16 : 10;
    wf_object_t *text = wf_int_to_str(v, base);
    if (text == NULL) {
        return -1;
    }
    const char *t = WF_STR_ASCII(text);
    wf_ssize_t n = WF_STR_LEN(text);
    int neg = t[0] == '-';
    t += neg;
    n -= neg;
    if (base != 10) { // drop the 0x / 0o prefix
        t += 2;
        n -= 2;
    }
    char *body = wf_mem_alloc((size_t)(n + (sp->prec > n ? sp->prec : 0) + 1));
    if (body == NULL) {
        WF_DECREF(text);
        wf_err_nomemory();
        return -1;
    }
    wf_ssize_t zeros = sp->prec > n ? sp->prec - n : 0;
    memset(body, '0', (size_t)zeros);
    for (wf_ssize_t i = 0; i < n; i++) {
        body[zeros + i] = sp->conv == 'X' && t[i] >= 'a' ? (char)(t[i] - 32) : t[i];
    }
    const char *sign = neg ? "-" : sp->sign ? "+" : sp->space ? " " : "";
    const char *prefix = "";
    if (sp->alt && base == 16) {
        prefix = sp->conv == 'X' ? "0X" : "0x";
    } else if (sp->alt && base == 8) {
        prefix = "0o";
    }
    int rc = emit_number(c, sp, sign, prefix, body, zeros + n);
    wf_mem_free(body);
    WF_DECREF(text);
    return rc;
}

static int number_arg(pctx_t *c, const pspec_t *sp, wf_object_t *v) {
    char conv = (char)sp->conv;
    if (WF_INT_CHECK(v)) {
        return format_int(c, sp, v);
    }
    // As CPython: only numbers qualify; then int(v) (or index(v) for o, x, X), and a
    // TypeError from that conversion becomes the conversion's own message.
    int integer_only = conv == 'o' || conv == 'x' || conv == 'X';
    wf_type_t *t = WF_TYPE(v);
    int is_number =
        t->nb_index != NULL || t->nb_int != NULL || t->nb_float != NULL || WF_COMPLEX_CHECK(v);
    wf_object_t *iv = !is_number ? NULL : integer_only ? wf_index(v) : wf_number_int(v);
    if (iv == NULL) {
        if (!is_number || wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            wf_err_format(&wf_exc_TypeError, "%%%c format: %s, not %T", conv,
                          integer_only ? "an integer is required" : "a real number is required", v);
        }
        return -1;
    }
    int rc = format_int(c, sp, iv);
    WF_DECREF(iv);
    return rc;
}

// %e %E %f %F %g %G through the C library, which rounds correctly as CPython does.
static int format_float(pctx_t *c, const pspec_t *sp, wf_object_t *v) {
    double x;
    if (WF_FLOAT_CHECK(v)) {
        x = WF_FLOAT_VALUE(v);
    } else {
        wf_type_t *t = WF_TYPE(v);
        if (t->nb_float == NULL && t->nb_index == NULL) {
            wf_err_format(&wf_exc_TypeError, "must be real number, not %T", v);
            return -1;
        }
        x = wf_float_as_double(v);
        if (x == -1.0 && wf_err_occurred()) {
            return -1;
        }
    }
    char spec[16], *p = spec;
    *p++ = '%';
    if (sp->alt) {
        *p++ = '#';
    }
    *p++ = '.';
    *p++ = '*';
    *p++ = (char)sp->conv;
    *p = 0;
    int prec = sp->prec < 0 ? 6 : sp->prec > 100000000 ? 100000000 : (int)sp->prec;
    int n = snprintf(NULL, 0, spec, prec, fabs(x));
    char *body = wf_mem_alloc((size_t)n + 1);
    if (body == NULL) {
        wf_err_nomemory();
        return -1;
    }
    snprintf(body, (size_t)n + 1, spec, prec, fabs(x));
    const char *sign = signbit(x) && !isnan(x) ? "-" : sp->sign ? "+" : sp->space ? " " : "";
    int rc = emit_number(c, sp, sign, "", body, n);
    wf_mem_free(body);
    return rc;
}

// Write text (a str for str formats, bytes-like data for bytes formats) truncated to the
// precision and padded to the width.
static int emit_text(pctx_t *c, const pspec_t *sp, wf_object_t *text, const char *data,
                     wf_ssize_t n) {
    if (sp->prec >= 0 && n > sp->prec) {
        n = sp->prec;
    }
    wf_ssize_t pad = sp->width > n ? sp->width - n : 0;
    if (!sp->left) {
        sink_fill(&c->out, ' ', pad);
    }
    if (text != NULL) {
        wf_str_writer_write_sub(&c->out.w, text, 0, n);
    } else if (sink_reserve(&c->out, n) == 0) {
        memcpy(c->out.b + c->out.blen, data, (size_t)n);
        c->out.blen += n;
    }
    if (sp->left) {
        sink_fill(&c->out, ' ', pad);
    }
    return c->out.failed || c->out.w.failed ? -1 : 0;
}

static int format_char(pctx_t *c, const pspec_t *sp, wf_object_t *v) {
    uint32_t cp;
    if (c->is_bytes) {
        wf_bview_t bv;
        if (wf_bytes_view(v, &bv) && bv.len == 1) {
            cp = (uint8_t)bv.data[0];
        } else if (WF_INT_CHECK(v)) {
            int64_t x;
            if (wf_int_as_i64(v, &x) < 0 || x < 0 || x > 255) {
                wf_err_clear();
                wf_err_set_string(&wf_exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            cp = (uint32_t)x;
        } else {
            wf_err_set_string(&wf_exc_TypeError,
                              "%c requires an integer in range(256) or a single byte");
            return -1;
        }
        char ch = (char)cp;
        return emit_text(c, sp, NULL, &ch, 1);
    }
    if (WF_STR_CHECK(v)) {
        if (WF_STR_LEN(v) != 1) {
            wf_err_set_string(&wf_exc_TypeError, "%c requires int or char");
            return -1;
        }
        cp = wf_str_char(v, 0);
    } else if (WF_INT_CHECK(v)) {
        int64_t x;
        if (wf_int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            wf_err_clear();
            wf_err_set_string(&wf_exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        wf_err_set_string(&wf_exc_TypeError, "%c requires int or char");
        return -1;
    }
    wf_object_t *s = wf_str_from_char(cp);
    if (s == NULL) {
        return -1;
    }
    int rc = emit_text(c, sp, s, NULL, 1);
    WF_DECREF(s);
    return rc;
}

// %s %r %a for str formats; %s %b %r %a for bytes formats.
static int format_object(pctx_t *c, const pspec_t *sp, wf_object_t *v) {
    uint32_t conv = sp->conv;
    if (c->is_bytes && (conv == 's' || conv == 'b')) {
        wf_bview_t bv;
        if (wf_bytes_view(v, &bv)) {
            return emit_text(c, sp, NULL, bv.data, bv.len);
        }
        wf_object_t *b = wf_call_special(v, WF_ID(__bytes__), NULL, 0);
        if (b == NULL) {
            if (wf_err_occurred() == NULL) {
                wf_err_format(&wf_exc_TypeError,
                              "%%b requires a bytes-like object, or an object that implements "
                              "__bytes__, not '%s'",
                              WF_TYPE(v)->name);
            }
            return -1;
        }
        if (!WF_BYTES_CHECK(b)) {
            wf_err_format(&wf_exc_TypeError, "__bytes__ returned non-bytes (type %T)", b);
            WF_DECREF(b);
            return -1;
        }
        int rc = emit_text(c, sp, NULL, WF_BYTES_DATA(b), WF_BYTES_LEN(b));
        WF_DECREF(b);
        return rc;
    }
    wf_object_t *t = conv == 's'                   ? wf_str(v)
                     : conv == 'r' && !c->is_bytes ? wf_repr(v)
                                                   : wf_ascii(v);
    if (t == NULL) {
        return -1;
    }
    int rc;
    if (c->is_bytes) { // ascii() text is pure ASCII
        rc = emit_text(c, sp, NULL, WF_STR_ASCII(t), WF_STR_LEN(t));
    } else {
        rc = emit_text(c, sp, t, NULL, WF_STR_LEN(t));
    }
    WF_DECREF(t);
    return rc;
}

static int unsupported(pctx_t *c, const pspec_t *sp) {
    uint32_t ch = sp->conv;
    wf_err_format(&wf_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                  (int)(ch >= 32 && ch <= 126 ? ch : '?'), (unsigned)ch, sp->conv_pos);
    return -1;
}

// One conversion; c->pos is just after the '%'.
static int format_arg(pctx_t *c) {
    if (c->pos >= c->fmtlen) {
        return incomplete();
    }
    if (fmt_char(c, c->pos) == '%') {
        c->pos++;
        return sink_putc(&c->out, '%');
    }
    if (fmt_char(c, c->pos) == '(' && mapping_arg(c) < 0) {
        return -1;
    }
    pspec_t sp;
    if (parse_spec(c, &sp) < 0) {
        return -1;
    }
    wf_object_t *v = next_arg(c);
    if (v == NULL) {
        return -1;
    }
    switch (sp.conv) {
        case 's':
        case 'r':
        case 'a':
            return format_object(c, &sp, v);
        case 'b':
            return c->is_bytes ? format_object(c, &sp, v) : unsupported(c, &sp);
        case 'c':
            return format_char(c, &sp, v);
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            return number_arg(c, &sp, v);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            return format_float(c, &sp, v);
        default:
            return unsupported(c, &sp);
    }
}

static int percent_run(pctx_t *c) {
    if (WF_TUPLE_CHECK(c->args)) {
        c->arglen = WF_TUPLE_SIZE(c->args);
        c->argidx = 0;
    } else {
        c->arglen = -1;
        c->argidx = -2;
    }
    wf_type_t *at = WF_TYPE(c->args);
    // Text of the format's own kinds is never taken for a mapping (bytes formats also
    // exclude str and bytearray).
    int excluded = c->is_bytes ? WF_BYTES_CHECK(c->args) || WF_STR_CHECK(c->args) ||
                                     WF_BYTEARRAY_CHECK(c->args)
                               : WF_STR_CHECK(c->args);
    if (at->getitem != NULL && !WF_TUPLE_CHECK(c->args) && !excluded) {
        c->dict = c->args;
    }
    while (c->pos < c->fmtlen) {
        wf_ssize_t start = c->pos;
        while (c->pos < c->fmtlen && fmt_char(c, c->pos) != '%') {
            c->pos++;
        }
        if (c->pos > start) {
            if (c->is_bytes) {
                sink_reserve(&c->out, c->pos - start);
                if (!c->out.failed) {
                    memcpy(c->out.b + c->out.blen, c->fmtb + start, (size_t)(c->pos - start));
                    c->out.blen += c->pos - start;
                }
            } else {
                wf_str_writer_write_sub(&c->out.w, c->fmt, start, c->pos);
            }
        }
        if (c->pos < c->fmtlen) {
            c->pos++;
            if (format_arg(c) < 0) {
                return -1;
            }
        }
    }
    if (c->out.failed || c->out.w.failed) {
        return -1;
    }
    if (c->argidx < c->arglen && c->dict == NULL) {
        wf_err_format(&wf_exc_TypeError, "not all arguments converted during %s formatting",
                      c->is_bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

wf_object_t *wf_str_percent_format(wf_object_t *fmt, wf_object_t *args) {
    pctx_t c;
    memset(&c, 0, sizeof c);
    c.fmt = fmt;
    c.fmtlen = WF_STR_LEN(fmt);
    c.args = args;
    wf_str_writer_init(&c.out.w);
    int rc = percent_run(&c);
    WF_XDECREF(c.owned);
    if (rc < 0) {
        wf_str_writer_discard(&c.out.w);
        return NULL;
    }
    return wf_str_writer_finish(&c.out.w);
}

wf_object_t *wf_bytes_percent_format(const char *fmt, wf_ssize_t fmtlen, wf_object_t *args) {
    pctx_t c;
    memset(&c, 0, sizeof c);
    c.is_bytes = 1;
    c.out.is_bytes = 1;
    c.fmtb = (const uint8_t *)fmt;
    c.fmtlen = fmtlen;
    c.args = args;
    wf_str_writer_init(&c.out.w);
    wf_object_t *r = NULL;
    if (percent_run(&c) == 0) {
        r = wf_bytes_from(c.out.b, c.out.blen);
    }
    WF_XDECREF(c.owned);
    wf_mem_free(c.out.b);
    return r;
}

// ---------------------------------------------------------------------------------------
// str.format and str.format_map.

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct {
    wf_object_t *const *args; // positional arguments
    wf_ssize_t nargs;
    wf_object_t *const *kwvalues;
    wf_object_t *kwnames; // tuple or NULL
    wf_object_t *mapping; // format_map: the mapping (no positional arguments)
    int auto_state;
    wf_ssize_t auto_next;
} fctx_t;

static wf_object_t *render(fctx_t *f, wf_object_t *fmt, wf_ssize_t start, wf_ssize_t end,
                           int depth);

static int all_digits(wf_object_t *s, wf_ssize_t a, wf_ssize_t b) {
    if (a >= b) {
        return 0;
    }
    for (wf_ssize_t i = a; i < b; i++) {
        uint32_t c = wf_str_char(s, i);
        if (c < '0' || c > '9') {
            return 0;
        }
    }
    return 1;
}

// Decimal value of s[a:b] (all digits): -1 with ValueError on overflow.
static wf_ssize_t digits_value(wf_object_t *s, wf_ssize_t a, wf_ssize_t b) {
    wf_ssize_t v = 0;
    for (wf_ssize_t i = a; i < b; i++) {
        int d = (int)(wf_str_char(s, i) - '0');
        if (v > (WF_SSIZE_MAX - d) / 10) {
            wf_err_set_string(&wf_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    return v;
}

static wf_object_t *keyword_value(fctx_t *f, wf_object_t *key) {
    if (f->mapping != NULL) {
        return wf_getitem(f->mapping, key);
    }
    wf_ssize_t nk = f->kwnames != NULL ? WF_TUPLE_SIZE(f->kwnames) : 0;
    for (wf_ssize_t i = 0; i < nk; i++) {
        if (wf_str_eq(WF_TUPLE_GET(f->kwnames, i), key)) {
            return wf_newref(f->kwvalues[i]);
        }
    }
    wf_dict_set_key_error(key);
    return NULL;
}

static wf_object_t *positional_value(fctx_t *f, wf_ssize_t index) {
    if (f->mapping != NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "Format string contains positional fields");
    }
    if (index >= f->nargs) {
        return wf_err_format(&wf_exc_IndexError,
                             "Replacement index %zd out of range for positional args tuple", index);
    }
    return wf_newref(f->args[index]);
}

// The object named by field_name s[a:b]: argument, then .attr and [key] parts.
static wf_object_t *field_object(fctx_t *f, wf_object_t *s, wf_ssize_t a, wf_ssize_t b) {
    wf_ssize_t i = a;
    while (i < b && wf_str_char(s, i) != '.' && wf_str_char(s, i) != '[') {
        i++;
    }
    wf_object_t *obj;
    if (i == a) {
        if (f->auto_state == AUTO_MANUAL) {
            return wf_err_set_string(&wf_exc_ValueError,
                                     "cannot switch from manual field specification to "
                                     "automatic field numbering");
        }
        f->auto_state = AUTO_AUTO;
        obj = positional_value(f, f->auto_next++);
    } else if (all_digits(s, a, i)) {
        if (f->auto_state == AUTO_AUTO) {
            return wf_err_set_string(&wf_exc_ValueError,
                                     "cannot switch from automatic field numbering to manual "
                                     "field specification");
        }
        f->auto_state = AUTO_MANUAL;
        wf_ssize_t index = digits_value(s, a, i);
        obj = index < 0 ? NULL : positional_value(f, index);
    } else {
        wf_object_t *key = wf_str_substring(s, a, i);
        obj = key != NULL ? keyword_value(f, key) : NULL;
        WF_XDECREF(key);
    }
    while (obj != NULL && i < b) {
        uint32_t c = wf_str_char(s, i++);
        wf_ssize_t j = i;
        wf_object_t *next = NULL;
        if (c == '.') {
            while (j < b && wf_str_char(s, j) != '.' && wf_str_char(s, j) != '[') {
                j++;
            }
            if (j == i) {
                WF_DECREF(obj);
                return wf_err_set_string(&wf_exc_ValueError, "Empty attribute in format string");
            }
            wf_object_t *name = wf_str_substring(s, i, j);
            next = name != NULL ? wf_getattr(obj, name) : NULL;
            WF_XDECREF(name);
            i = j;
        } else if (c == '[') {
            while (j < b && wf_str_char(s, j) != ']') {
                j++;
            }
            if (j >= b) {
                WF_DECREF(obj);
                return wf_err_set_string(&wf_exc_ValueError, "Missing ']' in format string");
            }
            if (j == i) {
                WF_DECREF(obj);
                return wf_err_set_string(&wf_exc_ValueError, "Empty attribute in format string");
            }
            wf_object_t *key;
            if (all_digits(s, i, j)) {
                wf_ssize_t v = digits_value(s, i, j);
                key = v < 0 ? NULL : wf_int_from_ssize(v);
            } else {
                key = wf_str_substring(s, i, j);
            }
            next = key != NULL ? wf_getitem(obj, key) : NULL;
            WF_XDECREF(key);
            i = j + 1;
            if (next != NULL && i < b && wf_str_char(s, i) != '.' && wf_str_char(s, i) != '[') {
                WF_CLEAR(next);
                wf_err_set_string(&wf_exc_ValueError,
                                  "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            WF_DECREF(obj);
            return wf_err_set_string(&wf_exc_ValueError,
                                     "Only '.' or '[' may follow ']' in format field specifier");
        }
        WF_DECREF(obj);
        obj = next;
    }
    return obj;
}

// Parse one replacement field starting just after its '{' at *pos and write its result.
// 0 / -1.
static int replacement_field(fctx_t *f, wf_object_t *s, wf_ssize_t *pos, wf_ssize_t end, int depth,
                             wf_str_writer_t *w) {
    wf_ssize_t i = *pos, name_start = i, name_end;
    uint32_t c = 0, conversion = 0;
    wf_ssize_t spec_start = -1, spec_end = -1;
    int spec_nested = 0;
    while (i < end) {
        c = wf_str_char(s, i++);
        if (c == '{') {
            wf_err_set_string(&wf_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < end && wf_str_char(s, i) != ']') {
                i++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    name_end = i - 1;
    if (c == '!' || c == ':') {
        int want_spec = c == ':';
        if (c == '!') {
            if (i >= end) {
                wf_err_set_string(&wf_exc_ValueError,
                                  "end of string while looking for conversion specifier");
                return -1;
            }
            conversion = wf_str_char(s, i++);
            want_spec = 1; // at the end of the string the spec scan reports the error
            if (i < end) {
                c = wf_str_char(s, i++);
                if (c != '}' && c != ':') {
                    wf_err_set_string(&wf_exc_ValueError,
                                      "expected ':' after conversion specifier");
                    return -1;
                }
                want_spec = c == ':';
            }
        }
        if (want_spec) {
            spec_start = i;
            int count = 1;
            while (i < end) {
                c = wf_str_char(s, i++);
                if (c == '{') {
                    spec_nested = 1;
                    count++;
                } else if (c == '}' && --count == 0) {
                    spec_end = i - 1;
                    break;
                }
            }
            if (spec_end < 0) {
                wf_err_set_string(&wf_exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
        }
    } else if (c != '}') {
        wf_err_set_string(&wf_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    wf_object_t *obj = field_object(f, s, name_start, name_end);
    if (obj == NULL) {
        return -1;
    }
    if (conversion != 0) {
        wf_object_t *conv;
        switch (conversion) {
            case 'r':
                conv = wf_repr(obj);
                break;
            case 's':
                conv = wf_str(obj);
                break;
            case 'a':
                conv = wf_ascii(obj);
                break;
            default:
                WF_DECREF(obj);
                if (conversion > 32 && conversion < 127) {
                    wf_err_format(&wf_exc_ValueError, "Unknown conversion specifier %c",
                                  (int)conversion);
                } else {
                    wf_err_format(&wf_exc_ValueError, "Unknown conversion specifier \\x%x",
                                  (unsigned)conversion);
                }
                return -1;
        }
        WF_DECREF(obj);
        if (conv == NULL) {
            return -1;
        }
        obj = conv;
    }
    wf_object_t *spec;
    if (spec_start < 0) {
        spec = wf_str_empty();
    } else if (spec_nested) {
        spec = render(f, s, spec_start, spec_end, depth - 1);
    } else {
        spec = wf_str_substring(s, spec_start, spec_end);
    }
    if (spec == NULL) {
        WF_DECREF(obj);
        return -1;
    }
    wf_object_t *r = wf_format(obj, spec);
    WF_DECREF(obj);
    WF_DECREF(spec);
    if (r == NULL) {
        return -1;
    }
    int rc = wf_str_writer_write(w, r);
    WF_DECREF(r);
    return rc;
}

static wf_object_t *render(fctx_t *f, wf_object_t *s, wf_ssize_t start, wf_ssize_t end, int depth) {
    if (depth <= 0) {
        return wf_err_set_string(&wf_exc_ValueError, "Max string recursion exceeded");
    }
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    wf_ssize_t i = start;
    while (i < end) {
        wf_ssize_t lit = i;
        uint32_t c = 0;
        while (i < end) {
            c = wf_str_char(s, i);
            if (c == '{' || c == '}') {
                break;
            }
            i++;
        }
        wf_str_writer_write_sub(&w, s, lit, i);
        if (i >= end) {
            break;
        }
        i++;
        if (i < end && wf_str_char(s, i) == c) { // "{{" or "}}"
            wf_str_writer_putc(&w, c);
            i++;
            continue;
        }
        if (c == '}') {
            wf_err_set_string(&wf_exc_ValueError, "Single '}' encountered in format string");
            goto error;
        }
        if (i >= end) {
            wf_err_set_string(&wf_exc_ValueError, "Single '{' encountered in format string");
            goto error;
        }
        if (replacement_field(f, s, &i, end, depth, &w) < 0) {
            goto error;
        }
    }
    return wf_str_writer_finish(&w);
error:
    wf_str_writer_discard(&w);
    return NULL;
}

wf_object_t *wf_str_format_method(wf_object_t *fmt, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames) {
    fctx_t f = {.args = args, .nargs = nargs, .kwvalues = args + nargs, .kwnames = kwnames};
    return render(&f, fmt, 0, WF_STR_LEN(fmt), 2);
}

wf_object_t *wf_str_format_map(wf_object_t *fmt, wf_object_t *mapping) {
    fctx_t f = {.mapping = mapping};
    return render(&f, fmt, 0, WF_STR_LEN(fmt), 2);
}
