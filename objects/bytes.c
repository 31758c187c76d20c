// bytes: the type object, construction, repr, hashing, comparison and the sequence
// protocol, plus helpers shared with bytearray (objects/bytearray.c) and the methods
// (objects/bytes_methods.c).
//
// Invariants: the data is inline and NUL-terminated (data[len] == 0); b'' and the 256
// one-byte strings are immortal singletons; the hash is cached (-1 = not computed) and
// equals the hash of the ASCII str with the same characters, as in CPython.
#include "objects/bytes.h"
#include "objects/buffer.h"

#include "objects/abstract.h"
#include "objects/iter.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stdio.h>
#include <string.h>

#define B(o) ((wf_bytes_t *)(o))

static wf_bytes_t empty_bytes = {.ob_base = WF_STATIC_VARHEAD(&wf_bytes_type, 0), .hash = -1};
static wf_object_t *byte_cache[256];

// ---------------------------------------------------------------------------------------
// Construction.

wf_object_t *wf_bytes_new_uninit(wf_ssize_t len) {
    if (len == 0) {
        return WF_OBJ(&empty_bytes);
    }
    if (len < 0) {
        return wf_err_bad_internal_call("wf_bytes_new_uninit");
    }
    if ((size_t)len > (size_t)WF_SSIZE_MAX - sizeof(wf_bytes_t)) {
        return wf_err_nomemory();
    }
    wf_object_t *o = wf_object_alloc(&wf_bytes_type, offsetof(wf_bytes_t, data) + (size_t)len + 1);
    if (o == NULL) {
        return NULL;
    }
    WF_SET_SIZE(o, len);
    B(o)->hash = -1;
    B(o)->data[len] = 0;
    return o;
}

wf_object_t *wf_bytes_from(const void *data, wf_ssize_t len) {
    if (len == 1) {
        unsigned char c = *(const unsigned char *)data;
        wf_object_t *cached = WF_ATOMIC_LOAD_ALWAYS(&byte_cache[c]);
        if (cached != NULL) {
            return cached;
        }
        wf_object_t *o = wf_bytes_new_uninit(1);
        if (o == NULL) {
            return NULL;
        }
        B(o)->data[0] = (char)c;
        wf_set_immortal(o);
        wf_object_t *expected = NULL;
        if (!WF_ATOMIC_CAS_ALWAYS(&byte_cache[c], &expected, o)) {
            return expected; // another thread cached it first; ours stays (immortal) unused
        }
        return o;
    }
    wf_object_t *o = wf_bytes_new_uninit(len);
    if (o != NULL && len > 0) {
        memcpy(B(o)->data, data, (size_t)len);
    }
    return o;
}

int wf_bytes_view(wf_object_t *o, wf_bview_t *v) {
    if (WF_BYTES_CHECK(o)) {
        v->data = WF_BYTES_DATA(o);
        v->len = WF_BYTES_LEN(o);
        return 1;
    }
    if (WF_BYTEARRAY_CHECK(o)) {
        v->data = ((wf_bytearray_t *)o)->data;
        v->len = WF_SIZE(o);
        return 1;
    }
    if (WF_MEMORYVIEW_CHECK(o)) {
        return wf_memoryview_bytes(o, &v->data, &v->len);
    }
    // Other exporters written in C (array.array) keep their memory in place while the
    // object lives unchanged, like bytearray: peek at it without holding an export.
    wf_getbufferproc get = WF_TYPE(o)->getbuffer;
    if (get != NULL && get != wf_slot_getbuffer) {
        wf_buffer_t b;
        if (wf_buffer_get(o, &b, WF_BUF_SIMPLE) < 0) {
            wf_err_clear();
            return 0;
        }
        int ok = wf_buffer_is_contiguous(&b);
        v->data = b.buf;
        v->len = b.len;
        wf_buffer_release(&b);
        return ok;
    }
    return 0;
}

int wf_bytes_view_any(wf_object_t *o, wf_bview_t *v) {
    v->owner = NULL;
    if (wf_bytes_view(o, v)) {
        return 1;
    }
    if (WF_TYPE(o)->getbuffer != wf_slot_getbuffer) {
        return 0;
    }
    // A class with __buffer__: hold its export through a memoryview until release.
    v->owner = wf_memoryview_from_flags(o, WF_BUF_SIMPLE);
    if (v->owner == NULL) {
        return -1;
    }
    if (!wf_memoryview_bytes(v->owner, &v->data, &v->len)) {
        WF_CLEAR(v->owner);
        return 0;
    }
    return 1;
}

void wf_bview_release(wf_bview_t *v) {
    WF_XDECREF(v->owner);
    v->owner = NULL;
}

int wf_bytes_view_or_raise(wf_object_t *o, wf_bview_t *v) {
    if (wf_bytes_view(o, v)) {
        return 1;
    }
    wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%T'", o);
    return 0;
}

wf_object_t *wf_bytes_make_like(wf_object_t *self, const char *data, wf_ssize_t len) {
    if (WF_BYTEARRAY_CHECK(self)) {
        return wf_bytearray_from(data, len);
    }
    return wf_bytes_from(data, len);
}

wf_object_t *wf_bytes_concat(wf_object_t *a, wf_object_t *b) {
    wf_bview_t va, vb;
    if (!wf_bytes_view(a, &va)) {
        return wf_err_format(&wf_exc_TypeError, "can't concat %T to %T", b, a);
    }
    int got = wf_bytes_view_any(b, &vb);
    if (got <= 0) {
        return got < 0 ? NULL : wf_err_format(&wf_exc_TypeError, "can't concat %T to %T", b, a);
    }
    wf_object_t *r;
    if (vb.len == 0 && WF_TYPE(a) == &wf_bytes_type) {
        r = wf_newref(a);
    } else if (va.len == 0 && WF_TYPE(b) == &wf_bytes_type) {
        r = wf_newref(b);
    } else if (va.len > WF_SSIZE_MAX - vb.len) {
        r = wf_err_nomemory();
    } else {
        r = wf_bytes_new_uninit(va.len + vb.len);
        if (r != NULL && va.len + vb.len > 0) {
            memcpy(B(r)->data, va.data, (size_t)va.len);
            memcpy(B(r)->data + va.len, vb.data, (size_t)vb.len);
        }
    }
    wf_bview_release(&vb);
    return r;
}

int wf_bytes_byte_value(wf_object_t *o, int *out) {
    wf_object_t *i = wf_index(o);
    if (i == NULL) {
        return -1;
    }
    int64_t v;
    int ok = wf_int_to_i64_if_fits(i, &v);
    WF_DECREF(i);
    if (!ok || v < 0 || v > 255) {
        wf_err_set_string(&wf_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

// Growable buffer for collecting bytes.
typedef struct {
    char *p;
    wf_ssize_t len, cap;
} gbuf_t;

static int gbuf_put(gbuf_t *g, char c) {
    if (g->len == g->cap) {
        wf_ssize_t cap = g->cap < 16 ? 16 : g->cap * 2;
        char *np = wf_mem_realloc(g->p, (size_t)cap + 1);
        if (np == NULL) {
            wf_err_nomemory();
            return -1;
        }
        g->p = np;
        g->cap = cap;
    }
    g->p[g->len++] = c;
    return 0;
}

// The contents of bytes(x) / bytearray(x) for an x that is not a str: an integer count,
// a bytes-like object, or an iterable of ints. `target` names the type in messages.
static int collect(wf_object_t *x, const char *target, char **out, wf_ssize_t *outlen) {
    wf_bview_t v;
    *out = NULL;
    *outlen = 0;
    if (wf_bytes_view(x, &v)) {
        *out = wf_mem_alloc((size_t)v.len + 1);
        if (*out == NULL) {
            wf_err_nomemory();
            return -1;
        }
        memcpy(*out, v.data, (size_t)v.len);
        *outlen = v.len;
        return 0;
    }
    if (wf_buffer_check(x)) {
        wf_buffer_t b;
        if (wf_buffer_get(x, &b, WF_BUF_FULL_RO) < 0) {
            return -1;
        }
        *out = wf_mem_alloc((size_t)b.len + 1);
        if (*out == NULL) {
            wf_buffer_release(&b);
            wf_err_nomemory();
            return -1;
        }
        wf_buffer_copy_out(&b, *out);
        *outlen = b.len;
        wf_buffer_release(&b);
        return 0;
    }
    if (wf_index_check(x)) {
        wf_object_t *i = wf_index(x);
        if (i == NULL) {
            return -1;
        }
        int64_t n;
        int fits = wf_int_to_i64_if_fits(i, &n);
        WF_DECREF(i);
        if (!fits) {
            wf_err_format(&wf_exc_OverflowError, "cannot fit '%T' into an index-sized integer", x);
            return -1;
        }
        if (n < 0) {
            wf_err_set_string(&wf_exc_ValueError, "negative count");
            return -1;
        }
        *out = wf_mem_calloc((size_t)n + 1, 1);
        if (*out == NULL) {
            wf_err_nomemory();
            return -1;
        }
        *outlen = (wf_ssize_t)n;
        return 0;
    }
    wf_object_t *it = wf_iter(x);
    if (it == NULL) {
        if (wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            wf_err_format(&wf_exc_TypeError, "cannot convert '%T' object to %s", x, target);
        }
        return -1;
    }
    gbuf_t g = {NULL, 0, 0};
    wf_object_t *item;
    while ((item = wf_iter_next(it)) != NULL) {
        int b;
        int rc = wf_bytes_byte_value(item, &b);
        WF_DECREF(item);
        if (rc < 0) {
            if (strcmp(target, "bytes") == 0 && wf_err_matches(&wf_exc_ValueError)) {
                wf_err_clear();
                wf_err_set_string(&wf_exc_ValueError, "bytes must be in range(0, 256)");
            }
            goto error;
        }
        if (gbuf_put(&g, (char)b) < 0) {
            goto error;
        }
    }
    if (wf_err_occurred() != NULL) {
        goto error;
    }
    WF_DECREF(it);
    if (g.p == NULL && (g.p = wf_mem_alloc(1)) == NULL) {
        wf_err_nomemory();
        return -1;
    }
    *out = g.p;
    *outlen = g.len;
    return 0;
error:
    WF_DECREF(it);
    wf_mem_free(g.p);
    return -1;
}

int wf_bytes_collect(wf_object_t *x, char **out, wf_ssize_t *outlen) {
    return collect(x, "bytearray", out, outlen);
}

// bytes(x) for a single argument that is not a str.
wf_object_t *wf_bytes_from_object(wf_object_t *x) {
    if (WF_TYPE(x) == &wf_bytes_type) {
        return wf_newref(x);
    }
    if (!WF_STR_CHECK(x)) {
        wf_object_t *b = wf_call_special(x, WF_ID(__bytes__), NULL, 0);
        if (b != NULL) {
            if (!WF_BYTES_CHECK(b)) {
                wf_err_format(&wf_exc_TypeError, "__bytes__ returned non-bytes (type %T)", b);
                WF_DECREF(b);
                return NULL;
            }
            return b;
        }
        if (wf_err_occurred() != NULL) {
            return NULL;
        }
    } else {
        return wf_err_set_string(&wf_exc_TypeError, "string argument without an encoding");
    }
    char *buf;
    wf_ssize_t n;
    if (collect(x, "bytes", &buf, &n) < 0) {
        return NULL;
    }
    wf_object_t *r = wf_bytes_from(buf, n);
    wf_mem_free(buf);
    return r;
}

// ---------------------------------------------------------------------------------------
// repr and comparison.

wf_object_t *wf_bytes_repr_data(const char *data, wf_ssize_t len, const char *prefix,
                                const char *suffix) {
    int squote = 0, dquote = 0;
    for (wf_ssize_t i = 0; i < len; i++) {
        squote |= data[i] == '\'';
        dquote |= data[i] == '"';
    }
    char quote = squote && !dquote ? '"' : '\'';
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    wf_str_writer_write_ascii(&w, prefix, (wf_ssize_t)strlen(prefix));
    wf_str_writer_putc(&w, 'b');
    wf_str_writer_putc(&w, (uint32_t)quote);
    for (wf_ssize_t i = 0; i < len && !w.failed; i++) {
        unsigned char c = (unsigned char)data[i];
        char buf[8];
        // bytearray's repr escapes a single quote even inside double quotes, as CPython's.
        if (c == (unsigned char)quote || c == '\\' || (c == '\'' && prefix[0] != 0)) {
            buf[0] = '\\';
            buf[1] = (char)c;
            wf_str_writer_write_ascii(&w, buf, 2);
        } else if (c == '\t') {
            wf_str_writer_write_ascii(&w, "\\t", 2);
        } else if (c == '\n') {
            wf_str_writer_write_ascii(&w, "\\n", 2);
        } else if (c == '\r') {
            wf_str_writer_write_ascii(&w, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            wf_str_writer_write_ascii(&w, buf, 4);
        } else {
            wf_str_writer_putc(&w, c);
        }
    }
    wf_str_writer_putc(&w, (uint32_t)quote);
    wf_str_writer_write_ascii(&w, suffix, (wf_ssize_t)strlen(suffix));
    return wf_str_writer_finish(&w);
}

wf_object_t *wf_bytes_repr(wf_object_t *b) {
    return wf_bytes_repr_data(WF_BYTES_DATA(b), WF_BYTES_LEN(b), "", "");
}

wf_object_t *wf_bytes_compare_op(const char *a, wf_ssize_t na, const char *b, wf_ssize_t nb,
                                 int op) {
    if ((op == WF_EQ || op == WF_NE) && na != nb) {
        return wf_bool_from(op == WF_NE);
    }
    wf_ssize_t n = na < nb ? na : nb;
    int c = n > 0 ? memcmp(a, b, (size_t)n) : 0;
    if (c == 0) {
        c = na < nb ? -1 : na > nb ? 1 : 0;
    }
    switch (op) {
        case WF_LT:
            return wf_bool_from(c < 0);
        case WF_LE:
            return wf_bool_from(c <= 0);
        case WF_EQ:
            return wf_bool_from(c == 0);
        case WF_NE:
            return wf_bool_from(c != 0);
        case WF_GT:
            return wf_bool_from(c > 0);
        default:
            return wf_bool_from(c >= 0);
    }
}

// ---------------------------------------------------------------------------------------
// Slots.

static void bytes_dealloc(wf_object_t *o) {
    wf_object_free(o);
}

static wf_object_t *bytes_repr_slot(wf_object_t *o) {
    return wf_bytes_repr(o);
}

static wf_hash_t bytes_hash(wf_object_t *o) {
    wf_hash_t h = WF_ATOMIC_LOAD_RELAXED(&B(o)->hash);
    if (h == -1) {
        h = wf_str_hash_bytes(B(o)->data, (size_t)WF_BYTES_LEN(o));
        WF_ATOMIC_STORE_RELAXED(&B(o)->hash, h);
    }
    return h;
}

static wf_object_t *bytes_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    wf_bview_t va, vb;
    // Only byte strings: a memoryview compares itself (== only), and bytearray accepts
    // any buffer on its own side.
    if (!(WF_BYTES_CHECK(b) || WF_BYTEARRAY_CHECK(b)) || !wf_bytes_view(a, &va) ||
        !wf_bytes_view(b, &vb)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (a == b && (op == WF_EQ || op == WF_NE)) {
        return wf_bool_from(op == WF_EQ);
    }
    return wf_bytes_compare_op(va.data, va.len, vb.data, vb.len, op);
}

static wf_ssize_t bytes_len(wf_object_t *o) {
    return WF_BYTES_LEN(o);
}

static wf_object_t *bytes_add(wf_object_t *a, wf_object_t *b) {
    wf_bview_t v;
    if (!WF_BYTES_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (!wf_bytes_view(b, &v) && WF_TYPE(b)->getbuffer != wf_slot_getbuffer) {
        wf_binaryfunc other = WF_TYPE(b)->binop[WF_BINOP_ADD];
        if (other != NULL && other != bytes_add) {
            wf_object_t *r = other(a, b);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
        }
    }
    return wf_bytes_concat(a, b);
}

static wf_object_t *bytes_repeat(wf_object_t *a, wf_ssize_t n) {
    wf_ssize_t len = WF_BYTES_LEN(a);
    if (n <= 0 || len == 0) {
        return wf_bytes_new_uninit(0);
    }
    if (n == 1 && WF_TYPE(a) == &wf_bytes_type) {
        return wf_newref(a);
    }
    if (len > WF_SSIZE_MAX / n) {
        return wf_err_set_string(&wf_exc_OverflowError, "repeated bytes are too long");
    }
    wf_object_t *r = wf_bytes_new_uninit(len * n);
    if (r == NULL) {
        return NULL;
    }
    char *d = B(r)->data;
    size_t all = (size_t)(len * n), done = (size_t)len;
    memcpy(d, B(a)->data, (size_t)len);
    while (done < all) {
        size_t chunk = done < all - done ? done : all - done;
        memcpy(d + done, d, chunk);
        done += chunk;
    }
    return r;
}

static wf_object_t *bytes_mul(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = WF_BYTES_CHECK(a) ? a : b;
    wf_object_t *num = seq == a ? b : a;
    if (seq == a && !WF_INT_CHECK(num)) {
        wf_binaryfunc other = WF_TYPE(num)->binop[WF_BINOP_MUL];
        if (other != NULL && other != bytes_mul) {
            wf_object_t *r = other(a, b);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
        }
    }
    wf_ssize_t n;
    if (wf_str_repeat_count(num, &n) < 0) {
        return NULL;
    }
    return bytes_repeat(seq, n);
}

static wf_object_t *bytes_mod(wf_object_t *a, wf_object_t *b) {
    if (!WF_BYTES_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_bytes_percent_format(B(a)->data, WF_BYTES_LEN(a), b);
}

// `x in b` for bytes and bytearray: an int (a byte value) or a bytes-like object.
int wf_bytes_contains_in(const char *data, wf_ssize_t len, wf_object_t *x) {
    wf_bview_t v;
    if (wf_index_check(x)) {
        int b;
        if (wf_bytes_byte_value(x, &b) < 0) {
            return -1;
        }
        return len > 0 && memchr(data, b, (size_t)len) != NULL;
    }
    int got = wf_bytes_view_any(x, &v);
    if (got <= 0) {
        if (got == 0) {
            wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%T'", x);
        }
        return -1;
    }
    int r = v.len == 0 || memmem(data, (size_t)len, v.data, (size_t)v.len) != NULL;
    wf_bview_release(&v);
    return r;
}

static int bytes_contains(wf_object_t *o, wf_object_t *x) {
    return wf_bytes_contains_in(B(o)->data, WF_BYTES_LEN(o), x);
}

static wf_object_t *bytes_subscript(wf_object_t *o, wf_object_t *key) {
    wf_ssize_t len = WF_BYTES_LEN(o);
    if (WF_SLICE_CHECK(key)) {
        wf_ssize_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        wf_ssize_t n = wf_slice_adjust(len, &start, &stop, step);
        if (step == 1) {
            if (n == len && WF_TYPE(o) == &wf_bytes_type) {
                return wf_newref(o);
            }
            return wf_bytes_from(B(o)->data + start, n > 0 ? n : 0);
        }
        wf_object_t *r = wf_bytes_new_uninit(n > 0 ? n : 0);
        if (r == NULL) {
            return NULL;
        }
        for (wf_ssize_t i = 0, j = start; i < n; i++, j += step) {
            B(r)->data[i] = B(o)->data[j];
        }
        if (n == 1) {
            wf_object_t *one = wf_bytes_from(B(r)->data, 1);
            WF_DECREF(r);
            return one;
        }
        return r;
    }
    if (wf_index_check(key)) {
        wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
        if (i == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            return wf_err_set_string(&wf_exc_IndexError, "index out of range");
        }
        return wf_int_from_i64((unsigned char)B(o)->data[i]);
    }
    return wf_err_format(&wf_exc_TypeError, "byte indices must be integers or slices, not %T", key);
}

// bytes(source=b'', encoding=..., errors=...)
static wf_object_t *bytes_new_exact(wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    wf_object_t *vals[3] = {NULL, NULL, NULL};
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 3) {
        return wf_err_format(&wf_exc_TypeError, "bytes() takes at most 3 arguments (%zd given)",
                             nargs);
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        vals[i] = WF_TUPLE_GET(args, i);
    }
    if (kwargs != NULL) {
        wf_ssize_t pos = 0;
        wf_object_t *k, *v;
        while (wf_dict_next(kwargs, &pos, &k, &v)) {
            int found = 0;
            for (int i = 0; i < 3 && !found; i++) {
                if (WF_STR_CHECK(k) && wf_str_eq_cstr(k, names[i])) {
                    if (vals[i] != NULL) {
                        return wf_err_format(&wf_exc_TypeError,
                                             "argument for bytes() given by name ('%s') and "
                                             "position (%d)",
                                             names[i], i + 1);
                    }
                    vals[i] = v;
                    found = 1;
                }
            }
            if (!found) {
                wf_err_unexpected_keyword("bytes", k, names);
                return NULL;
            }
        }
    }
    wf_object_t *x = vals[0];
    const char *enc = NULL, *errs = NULL;
    if (wf_str_arg_cstr("bytes", "encoding", vals[1], &enc) < 0 ||
        wf_str_arg_cstr("bytes", "errors", vals[2], &errs) < 0) {
        return NULL;
    }
    if (x == NULL) {
        if (vals[1] != NULL || vals[2] != NULL) {
            return wf_err_set_string(&wf_exc_TypeError, vals[1] != NULL
                                                            ? "encoding without a string argument"
                                                            : "errors without a string argument");
        }
        return wf_bytes_new_uninit(0);
    }
    if (WF_STR_CHECK(x)) {
        if (vals[1] == NULL) {
            return wf_err_set_string(&wf_exc_TypeError, "string argument without an encoding");
        }
        return wf_str_encode(x, enc, errs);
    }
    if (vals[1] != NULL || vals[2] != NULL) {
        return wf_err_set_string(&wf_exc_TypeError, vals[1] != NULL
                                                        ? "encoding without a string argument"
                                                        : "errors without a string argument");
    }
    return wf_bytes_from_object(x);
}

static wf_object_t *bytes_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *v = bytes_new_exact(args, kwargs);
    if (v == NULL || type == &wf_bytes_type) {
        return v;
    }
    wf_ssize_t n = WF_BYTES_LEN(v);
    wf_object_t *r = wf_type_alloc(type, n);
    if (r != NULL) {
        WF_SET_SIZE(r, n);
        B(r)->hash = -1;
        memcpy(B(r)->data, B(v)->data, (size_t)n + 1);
    }
    WF_DECREF(v);
    return r;
}

// ---------------------------------------------------------------------------------------
// Iterator (shared by bytearray, which re-reads its size on every step).

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *seq; // NULL once exhausted
} bytes_iter_t;

wf_object_t *wf_bytes_iter_new(wf_type_t *t, wf_object_t *seq) {
    bytes_iter_t *it = (bytes_iter_t *)wf_object_alloc(t, sizeof(bytes_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = wf_newref(seq);
    return WF_OBJ(it);
}

static wf_object_t *bytes_iter(wf_object_t *o) {
    return wf_bytes_iter_new(&wf_bytes_iter_type, o);
}

static void bytesiter_dealloc(wf_object_t *o) {
    WF_XDECREF(((bytes_iter_t *)o)->seq);
    wf_object_free(o);
}

static wf_object_t *bytesiter_next(wf_object_t *o) {
    bytes_iter_t *it = (bytes_iter_t *)o;
    wf_object_t *seq = it->seq;
    wf_bview_t v = {NULL, 0, NULL};
    if (seq == NULL) {
        return NULL;
    }
    wf_bytes_view(seq, &v);
    if (it->index < v.len) {
        return wf_int_from_i64((unsigned char)v.data[it->index++]);
    }
    it->seq = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *bytesiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    bytes_iter_t *it = (bytes_iter_t *)o;
    wf_bview_t v = {NULL, 0, NULL};
    if (it->seq != NULL) {
        wf_bytes_view(it->seq, &v);
    }
    return wf_int_from_ssize(v.len > it->index ? v.len - it->index : 0);
}

static wf_object_t *self_iter(wf_object_t *o) {
    return wf_newref(o);
}

static wf_object_t *bytesiter_reduce(wf_object_t *o, wf_object_t *unused) {
    bytes_iter_t *it = (bytes_iter_t *)o;
    return wf_iter_reduce_indexed(NULL, it->seq, it->index, it->seq == NULL ? wf_tuple_new(0) : NULL);
}

static wf_object_t *bytesiter_setstate(wf_object_t *o, wf_object_t *state) {
    bytes_iter_t *it = (bytes_iter_t *)o;
    wf_ssize_t i;
    if (wf_iter_setstate_index(state, 0, it->seq != NULL ? WF_SIZE(it->seq) : 0, &i) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = i;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t bytesiter_methods[] = {
    {"__reduce__", {.noargs = bytesiter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = bytesiter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {"__length_hint__",
     {.noargs = bytesiter_length_hint},
     WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_bytes_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = bytesiter_dealloc,
    .iter = self_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

wf_type_t wf_bytearray_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "bytearray_iterator",
    .basicsize = sizeof(bytes_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = bytesiter_dealloc,
    .iter = self_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

static int bytes_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags) {
    return wf_buffer_fill(v, o, B(o)->data, WF_BYTES_LEN(o), 1, flags);
}

wf_type_t wf_bytes_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "bytes",
    .basicsize = sizeof(wf_bytes_t),
    .itemsize = 1,
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_BYTES_SUBCLASS | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes "
           "object of size given by the parameter initialized with null bytes\nbytes() -> "
           "empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an "
           "iterable yielding integers in range(256)\n  - a text string encoded using the "
           "specified encoding\n  - any object implementing the buffer API.\n  - an integer",
    .dealloc = bytes_dealloc,
    .new = bytes_new,
    .repr = bytes_repr_slot,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .binop = {[WF_BINOP_ADD] = bytes_add, [WF_BINOP_MUL] = bytes_mul, [WF_BINOP_MOD] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_subscript,
    .contains = bytes_contains,
    .getbuffer = bytes_getbuffer,
    .methods = wf_bytes_methods,
};
