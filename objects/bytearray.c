// bytearray: a mutable byte string. The shared read-only methods are in
// objects/bytes_methods.c; this file has the type, construction and every mutation.
//
// Invariants: `data` is never NULL and always NUL-terminated (data[len] == 0), with
// room for `alloc` bytes including that NUL. Every mutation runs inside the object's
// critical section, and nothing that can call Python code (iteration, __index__) runs
// while it is held: arguments are converted to plain bytes first, then the buffer is
// changed in one locked step.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/buffer.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <string.h>

#define BA(o) ((wf_bytearray_t *)(o))
#define BLEN(o) WF_SIZE(o)

// Resize to n bytes (contents kept up to n). Caller holds the critical section or owns
// the object exclusively. 0 / -1 (MemoryError).
static int resize_locked(wf_object_t *o, wf_ssize_t n) {
    wf_bytearray_t *b = BA(o);
    if (n != BLEN(o) && b->exports > 0) {
        wf_err_set_string(&wf_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (n + 1 <= b->alloc && (n + 1) * 2 >= b->alloc) {
        WF_SET_SIZE(o, n);
        b->data[n] = 0;
        return 0;
    }
    if (n > WF_SSIZE_MAX / 2 - 16) {
        wf_err_nomemory();
        return -1;
    }
    // Grow with some slack so that repeated appends are amortised O(1); an exact size
    // when shrinking or when starting from empty.
    wf_ssize_t alloc = n + 1;
    if (n + 1 > b->alloc && BLEN(o) > 0) {
        alloc = n + (n >> 3) + (n < 9 ? 3 : 6) + 1;
    }
    char *nd = wf_mem_realloc(b->data, (size_t)alloc);
    if (nd == NULL) {
        wf_err_nomemory();
        return -1;
    }
    b->data = nd;
    b->alloc = alloc;
    WF_SET_SIZE(o, n);
    nd[n] = 0;
    return 0;
}

// BufferError when a buffer export pins the size (checked before an in-place shift that
// a failing resize could not undo). 1 when exported.
static int exported(wf_object_t *o) {
    if (BA(o)->exports > 0) {
        wf_err_set_string(&wf_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return 1;
    }
    return 0;
}

static wf_object_t *alloc_empty(wf_type_t *t) {
    wf_object_t *o = wf_type_alloc(t, 0);
    if (o == NULL) {
        return NULL;
    }
    BA(o)->data = wf_mem_alloc(1);
    if (BA(o)->data == NULL) {
        WF_DECREF(o);
        return wf_err_nomemory();
    }
    BA(o)->data[0] = 0;
    BA(o)->alloc = 1;
    WF_SET_SIZE(o, 0);
    return o;
}

wf_object_t *wf_bytearray_from(const void *data, wf_ssize_t len) {
    wf_object_t *o = alloc_empty(&wf_bytearray_type);
    if (o == NULL) {
        return NULL;
    }
    if (len > 0) {
        if (resize_locked(o, len) < 0) {
            WF_DECREF(o);
            return NULL;
        }
        memcpy(BA(o)->data, data, (size_t)len);
    }
    return o;
}

// Replace data[lo:hi] with src[0:n] (src must not point into o's buffer). 0 / -1.
static int splice(wf_object_t *o, wf_ssize_t lo, wf_ssize_t hi, const char *src, wf_ssize_t n) {
    int rc = 0;
    WF_BEGIN_CRITICAL(o);
    wf_ssize_t len = BLEN(o);
    if (lo < 0) {
        lo = 0;
    }
    if (hi > len) {
        hi = len;
    }
    if (hi < lo) {
        hi = lo;
    }
    wf_ssize_t newlen = len - (hi - lo) + n;
    wf_ssize_t tail = len - hi;
    if (newlen != len && exported(o)) {
        rc = -1;
    } else if (n > hi - lo) {
        if (resize_locked(o, newlen) < 0) {
            rc = -1;
        } else {
            memmove(BA(o)->data + lo + n, BA(o)->data + hi, (size_t)tail);
        }
    } else {
        memmove(BA(o)->data + lo + n, BA(o)->data + hi, (size_t)tail);
        rc = resize_locked(o, newlen);
    }
    if (rc == 0 && n > 0) {
        memcpy(BA(o)->data + lo, src, (size_t)n);
    }
    WF_END_CRITICAL(o);
    return rc;
}

// The bytes an assignment or extend() would add: a malloc'ed copy (so that a[...] = a
// works). `for_slice` picks the slice-assignment error messages.
static int value_bytes(wf_object_t *v, int for_slice, char **out, wf_ssize_t *n) {
    wf_bview_t bv;
    if (wf_bytes_view(v, &bv)) {
        *out = wf_mem_alloc((size_t)bv.len + 1);
        if (*out == NULL) {
            wf_err_nomemory();
            return -1;
        }
        memcpy(*out, bv.data, (size_t)bv.len);
        *n = bv.len;
        return 0;
    }
    if (WF_STR_CHECK(v) || (for_slice && wf_index_check(v))) {
        if (for_slice) {
            wf_err_set_string(&wf_exc_TypeError, "can assign only bytes, buffers, or iterables "
                                                 "of ints in range(0, 256)");
        } else {
            wf_err_format(&wf_exc_TypeError, "expected iterable of integers; got: '%T'", v);
        }
        return -1;
    }
    wf_object_t *it = wf_iter(v);
    if (it == NULL) {
        if (wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            if (for_slice) {
                wf_err_set_string(&wf_exc_TypeError, "can assign only bytes, buffers, or "
                                                     "iterables of ints in range(0, 256)");
            } else {
                wf_err_format(&wf_exc_TypeError, "can't extend bytearray with %T", v);
            }
        }
        return -1;
    }
    WF_DECREF(it);
    return wf_bytes_collect(v, out, n);
}

// ---------------------------------------------------------------------------------------
// Construction.

static wf_object_t *ba_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    return alloc_empty(type);
}

static int ba_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    wf_object_t *vals[3] = {NULL, NULL, NULL};
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 3) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "bytearray() takes at most 3 arguments (%zd given)", nargs);
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
                    vals[i] = v;
                    found = 1;
                }
            }
            if (!found) {
                return wf_err_unexpected_keyword("bytearray", k, names);
            }
        }
    }
    const char *enc = NULL, *errs = NULL;
    if (wf_str_arg_cstr("bytearray", "encoding", vals[1], &enc) < 0 ||
        wf_str_arg_cstr("bytearray", "errors", vals[2], &errs) < 0) {
        return -1;
    }
    wf_object_t *x = vals[0];
    char *buf = NULL;
    wf_ssize_t n = 0;
    if (x == NULL) {
        if (vals[1] != NULL || vals[2] != NULL) {
            wf_err_set_string(&wf_exc_TypeError, vals[1] != NULL
                                                     ? "encoding without a string argument"
                                                     : "errors without a string argument");
            return -1;
        }
    } else if (WF_STR_CHECK(x)) {
        if (vals[1] == NULL) {
            wf_err_set_string(&wf_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        wf_object_t *b = wf_str_encode(x, enc, errs);
        if (b == NULL) {
            return -1;
        }
        int rc = splice(self, 0, BLEN(self), WF_BYTES_DATA(b), WF_BYTES_LEN(b));
        WF_DECREF(b);
        return rc;
    } else if (vals[1] != NULL || vals[2] != NULL) {
        wf_err_set_string(&wf_exc_TypeError, vals[1] != NULL ? "encoding without a string argument"
                                                             : "errors without a string argument");
        return -1;
    } else if (wf_bytes_collect(x, &buf, &n) < 0) {
        return -1;
    }
    int rc = splice(self, 0, BLEN(self), buf, n);
    wf_mem_free(buf);
    return rc;
}

static void ba_dealloc(wf_object_t *o) {
    wf_mem_free(BA(o)->data);
    wf_object_free(o);
}

// ---------------------------------------------------------------------------------------
// Protocol slots.

static wf_object_t *ba_repr(wf_object_t *o) {
    const char *name = wf_type_short_name(WF_TYPE(o));
    char prefix[128];
    size_t n = strlen(name) < 100 ? strlen(name) : 100;
    memcpy(prefix, name, n);
    prefix[n] = '(';
    prefix[n + 1] = 0;
    return wf_bytes_repr_data(BA(o)->data, BLEN(o), prefix, ")");
}

static wf_object_t *ba_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    wf_bview_t va, vb;
    if (!wf_bytes_view(a, &va) || !wf_bytes_view(b, &vb)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_bytes_compare_op(va.data, va.len, vb.data, vb.len, op);
}

static wf_ssize_t ba_len(wf_object_t *o) {
    return BLEN(o);
}

static wf_object_t *ba_add(wf_object_t *a, wf_object_t *b) {
    wf_bview_t va, vb;
    if (!WF_BYTEARRAY_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (!wf_bytes_view(b, &vb)) {
        return wf_err_format(&wf_exc_TypeError, "can't concat %T to %T", b, a);
    }
    wf_bytes_view(a, &va);
    wf_object_t *r = wf_bytearray_from(va.data, va.len);
    if (r != NULL && splice(r, va.len, va.len, vb.data, vb.len) < 0) {
        WF_CLEAR(r);
    }
    return r;
}

static wf_object_t *ba_iadd(wf_object_t *a, wf_object_t *b) {
    wf_bview_t vb;
    if (!wf_bytes_view(b, &vb)) {
        return wf_err_format(&wf_exc_TypeError, "can't concat %T to %T", b, a);
    }
    char *copy = wf_mem_alloc((size_t)vb.len + 1);
    if (copy == NULL) {
        return wf_err_nomemory();
    }
    memcpy(copy, vb.data, (size_t)vb.len);
    int rc = splice(a, BLEN(a), BLEN(a), copy, vb.len);
    wf_mem_free(copy);
    return rc < 0 ? NULL : wf_newref(a);
}

static wf_ssize_t repeat_count(wf_object_t *num) {
    wf_ssize_t n;
    return wf_str_repeat_count(num, &n) < 0 ? -1 : n;
}

// Repeat the contents of o n times into o itself (o exclusively owned or locked).
static int repeat_into(wf_object_t *o, wf_ssize_t n) {
    wf_ssize_t len = BLEN(o);
    if (n == 0 || len == 0) {
        return resize_locked(o, 0);
    }
    if (len > WF_SSIZE_MAX / n) {
        wf_err_nomemory();
        return -1;
    }
    if (resize_locked(o, len * n) < 0) {
        return -1;
    }
    for (wf_ssize_t i = 1; i < n; i++) {
        memcpy(BA(o)->data + i * len, BA(o)->data, (size_t)len);
    }
    return 0;
}

static wf_object_t *ba_mul(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = WF_BYTEARRAY_CHECK(a) ? a : b;
    wf_object_t *num = seq == a ? b : a;
    wf_ssize_t n = repeat_count(num);
    if (n < 0) {
        return NULL;
    }
    wf_object_t *r = wf_bytearray_from(BA(seq)->data, BLEN(seq));
    if (r != NULL && repeat_into(r, n) < 0) {
        WF_CLEAR(r);
    }
    return r;
}

static wf_object_t *ba_imul(wf_object_t *a, wf_object_t *b) {
    wf_ssize_t n = repeat_count(b);
    if (n < 0) {
        return NULL;
    }
    int rc;
    WF_BEGIN_CRITICAL(a);
    rc = repeat_into(a, n);
    WF_END_CRITICAL(a);
    return rc < 0 ? NULL : wf_newref(a);
}

static wf_object_t *ba_mod(wf_object_t *a, wf_object_t *b) {
    if (!WF_BYTEARRAY_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *r = wf_bytes_percent_format(BA(a)->data, BLEN(a), b);
    if (r == NULL) {
        return NULL;
    }
    wf_object_t *ba = wf_bytearray_from(WF_BYTES_DATA(r), WF_BYTES_LEN(r));
    WF_DECREF(r);
    return ba;
}

static int ba_contains(wf_object_t *o, wf_object_t *x) {
    return wf_bytes_contains_in(BA(o)->data, BLEN(o), x);
}

static wf_object_t *ba_subscript(wf_object_t *o, wf_object_t *key) {
    if (WF_SLICE_CHECK(key)) {
        wf_ssize_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        wf_object_t *r = NULL;
        WF_BEGIN_CRITICAL(o);
        wf_ssize_t n = wf_slice_adjust(BLEN(o), &start, &stop, step);
        if (step == 1) {
            r = wf_bytearray_from(BA(o)->data + start, n);
        } else {
            r = wf_bytearray_from("", 0);
            if (r != NULL && resize_locked(r, n) < 0) {
                WF_CLEAR(r);
            }
            for (wf_ssize_t i = 0, j = start; r != NULL && i < n; i++, j += step) {
                BA(r)->data[i] = BA(o)->data[j];
            }
        }
        WF_END_CRITICAL(o);
        return r;
    }
    if (wf_index_check(key)) {
        wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
        if (i == -1 && wf_err_occurred()) {
            return NULL;
        }
        wf_ssize_t len = BLEN(o);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            return wf_err_set_string(&wf_exc_IndexError, "bytearray index out of range");
        }
        return wf_int_from_i64((unsigned char)BA(o)->data[i]);
    }
    return wf_err_format(&wf_exc_TypeError, "bytearray indices must be integers or slices, not %T",
                         key);
}

// a[start:stop:step] = value / del (value NULL) for step != 1.
static int assign_extended(wf_object_t *o, wf_ssize_t start, wf_ssize_t step, wf_ssize_t n,
                           wf_object_t *value) {
    if (value == NULL) {
        int rc = 0;
        WF_BEGIN_CRITICAL(o);
        // Delete items start, start+step, ... by compacting the survivors.
        char *d = BA(o)->data;
        wf_ssize_t len = BLEN(o), w = 0;
        int pinned = n > 0 && exported(o);
        if (pinned) {
            n = 0;
        }
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        for (wf_ssize_t i = 0; i < len; i++) {
            int gone = n > 0 && i >= start && (i - start) % step == 0 && (i - start) / step < n;
            if (!gone) {
                d[w++] = d[i];
            }
        }
        rc = pinned ? -1 : resize_locked(o, w);
        WF_END_CRITICAL(o);
        return rc;
    }
    char *buf;
    wf_ssize_t m;
    if (value_bytes(value, 1, &buf, &m) < 0) {
        return -1;
    }
    if (m == 0) {  // as CPython: assigning nothing to an extended slice deletes it
        wf_mem_free(buf);
        return assign_extended(o, start, step, n, NULL);
    }
    if (m != n) {
        wf_mem_free(buf);
        wf_err_format(&wf_exc_ValueError,
                      "attempt to assign bytes of size %zd to extended slice of size %zd", m, n);
        return -1;
    }
    WF_BEGIN_CRITICAL(o);
    for (wf_ssize_t i = 0, j = start; i < n; i++, j += step) {
        BA(o)->data[j] = buf[i];
    }
    WF_END_CRITICAL(o);
    wf_mem_free(buf);
    return 0;
}

static int ba_setitem(wf_object_t *o, wf_object_t *key, wf_object_t *value) {
    if (WF_SLICE_CHECK(key)) {
        wf_ssize_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
            return -1;
        }
        wf_ssize_t n = wf_slice_adjust(BLEN(o), &start, &stop, step);
        if (step != 1) {
            return assign_extended(o, start, step, n, value);
        }
        if (stop < start) {
            stop = start;
        }
        if (value == NULL) {
            return splice(o, start, stop, NULL, 0);
        }
        char *buf;
        wf_ssize_t m;
        if (value_bytes(value, 1, &buf, &m) < 0) {
            return -1;
        }
        int rc = splice(o, start, stop, buf, m);
        wf_mem_free(buf);
        return rc;
    }
    if (!wf_index_check(key)) {
        wf_err_format(&wf_exc_TypeError, "bytearray indices must be integers or slices, not %T",
                      key);
        return -1;
    }
    wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
    if (i == -1 && wf_err_occurred()) {
        return -1;
    }
    int b = 0;
    if (value != NULL && wf_bytes_byte_value(value, &b) < 0) {
        return -1;
    }
    int rc = 0;
    WF_BEGIN_CRITICAL(o);
    wf_ssize_t len = BLEN(o);
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        wf_err_set_string(&wf_exc_IndexError, "bytearray index out of range");
        rc = -1;
    } else if (value == NULL) {
        if (exported(o)) {
            rc = -1;
        } else {
            memmove(BA(o)->data + i, BA(o)->data + i + 1, (size_t)(len - i - 1));
            rc = resize_locked(o, len - 1);
        }
    } else {
        BA(o)->data[i] = (char)b;
    }
    WF_END_CRITICAL(o);
    return rc;
}

static wf_object_t *ba_iter(wf_object_t *o) {
    return wf_bytes_iter_new(&wf_bytearray_iter_type, o);
}

// ---------------------------------------------------------------------------------------
// Methods.

wf_object_t *wf_bytearray_append_meth(wf_object_t *self, wf_object_t *item) {
    int b;
    if (wf_bytes_byte_value(item, &b) < 0) {
        return NULL;
    }
    char c = (char)b;
    return splice(self, BLEN(self), BLEN(self), &c, 1) < 0 ? NULL : WF_NONE;
}

wf_object_t *wf_bytearray_extend_meth(wf_object_t *self, wf_object_t *iterable) {
    char *buf;
    wf_ssize_t n;
    if (value_bytes(iterable, 0, &buf, &n) < 0) {
        return NULL;
    }
    int rc = splice(self, BLEN(self), BLEN(self), buf, n);
    wf_mem_free(buf);
    return rc < 0 ? NULL : WF_NONE;
}

wf_object_t *wf_bytearray_insert_meth(wf_object_t *self, wf_object_t *const *args,
                                      wf_ssize_t nargs) {
    if (nargs != 2) {
        return wf_err_format(&wf_exc_TypeError, "insert expected 2 arguments, got %zd", nargs);
    }
    wf_ssize_t i = wf_as_ssize(args[0], NULL);
    if (i == -1 && wf_err_occurred()) {
        return NULL;
    }
    int b;
    if (wf_bytes_byte_value(args[1], &b) < 0) {
        return NULL;
    }
    wf_ssize_t len = BLEN(self);
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > len) {
        i = len;
    }
    char c = (char)b;
    return splice(self, i, i, &c, 1) < 0 ? NULL : WF_NONE;
}

wf_object_t *wf_bytearray_pop_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    wf_ssize_t i = -1;
    if (nargs > 0) {
        i = wf_as_ssize(args[0], &wf_exc_OverflowError);
        if (i == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    int value = -1;
    WF_BEGIN_CRITICAL(self);
    wf_ssize_t len = BLEN(self);
    if (len == 0) {
        wf_err_set_string(&wf_exc_IndexError, "pop from empty bytearray");
    } else {
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            wf_err_set_string(&wf_exc_IndexError, "pop index out of range");
        } else if (!exported(self)) {
            value = (unsigned char)BA(self)->data[i];
            memmove(BA(self)->data + i, BA(self)->data + i + 1, (size_t)(len - i - 1));
            if (resize_locked(self, len - 1) < 0) {
                value = -1;
            }
        }
    }
    WF_END_CRITICAL(self);
    return value < 0 ? NULL : wf_int_from_i64(value);
}

wf_object_t *wf_bytearray_remove_meth(wf_object_t *self, wf_object_t *arg) {
    int b;
    if (wf_bytes_byte_value(arg, &b) < 0) {
        return NULL;
    }
    int found = 0, rc = 0;
    WF_BEGIN_CRITICAL(self);
    wf_ssize_t len = BLEN(self);
    char *p = len > 0 ? memchr(BA(self)->data, b, (size_t)len) : NULL;
    if (p != NULL && exported(self)) {
        found = 1;
        rc = -1;
    } else if (p != NULL) {
        found = 1;
        wf_ssize_t i = p - BA(self)->data;
        memmove(p, p + 1, (size_t)(len - i - 1));
        rc = resize_locked(self, len - 1);
    }
    WF_END_CRITICAL(self);
    if (!found) {
        return wf_err_set_string(&wf_exc_ValueError, "value not found in bytearray");
    }
    return rc < 0 ? NULL : WF_NONE;
}

wf_object_t *wf_bytearray_reverse_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    WF_BEGIN_CRITICAL(self);
    char *d = BA(self)->data;
    for (wf_ssize_t i = 0, j = BLEN(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    WF_END_CRITICAL(self);
    return WF_NONE;
}

wf_object_t *wf_bytearray_clear_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return splice(self, 0, BLEN(self), NULL, 0) < 0 ? NULL : WF_NONE;
}

wf_object_t *wf_bytearray_copy_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *r;
    WF_BEGIN_CRITICAL(self);
    r = wf_bytearray_from(BA(self)->data, BLEN(self));
    WF_END_CRITICAL(self);
    return r;
}

wf_object_t *wf_bytearray_alloc_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_int_from_ssize(BLEN(self) == 0 ? 0 : BA(self)->alloc);
}

wf_object_t *wf_bytearray_sizeof_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_int_from_ssize(56 + (BLEN(self) == 0 ? 0 : BA(self)->alloc));
}

// __reduce_ex__(protocol) and __reduce__: the bytes as latin-1 text below protocol 3 (which
// older unpicklers expect), as bytes from protocol 3 on; the state from __getstate__.
static wf_object_t *ba_reduce(wf_object_t *self, wf_ssize_t proto) {
    wf_object_t *state = wf_call_method_cstr(self, "__getstate__", NULL, 0);
    if (state == NULL) {
        return NULL;
    }
    wf_object_t *data = wf_bytes_from(WF_BYTEARRAY_DATA(self), BLEN(self));
    wf_object_t *args = NULL;
    if (data != NULL && proto < 3) {
        wf_object_t *text = wf_bytes_decode(WF_BYTES_DATA(data), WF_SIZE(data), "latin-1", NULL);
        wf_object_t *enc = wf_str_from_cstr("latin-1");
        args = text != NULL && enc != NULL ? wf_tuple_pack(2, text, enc) : NULL;
        WF_XDECREF(text);
        WF_XDECREF(enc);
    } else if (data != NULL) {
        args = wf_tuple_pack(1, data);
    }
    wf_object_t *r = args != NULL ? wf_tuple_pack(3, WF_OBJ(WF_TYPE(self)), args, state) : NULL;
    WF_XDECREF(data);
    WF_XDECREF(args);
    WF_DECREF(state);
    return r;
}

wf_object_t *wf_bytearray_reduce_ex_meth(wf_object_t *self, wf_object_t *protocol) {
    wf_ssize_t proto = wf_as_ssize(protocol, &wf_exc_OverflowError);
    if (proto == -1 && wf_err_occurred()) {
        return NULL;
    }
    return ba_reduce(self, proto);
}

wf_object_t *wf_bytearray_reduce_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return ba_reduce(self, 2);
}

// Exports pin the buffer: resizing fails while any is held (resize_locked).
static int ba_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags) {
    int rc;
    WF_BEGIN_CRITICAL(o);
    rc = wf_buffer_fill(v, o, BA(o)->data, BLEN(o), 0, flags);
    if (rc == 0) {
        BA(o)->exports++;
    }
    WF_END_CRITICAL(o);
    return rc;
}

static void ba_releasebuffer(wf_object_t *o, wf_buffer_t *v) {
    WF_BEGIN_CRITICAL(o);
    BA(o)->exports--;
    WF_END_CRITICAL(o);
}

wf_type_t wf_bytearray_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "bytearray",
    .basicsize = sizeof(wf_bytearray_t),
    .flags = WF_TPFLAGS_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> "
           "bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null "
           "bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object "
           "from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded "
           "using the specified encoding\n  - a bytes or a buffer object\n  - any object "
           "implementing the buffer API.\n  - an integer",
    .dealloc = ba_dealloc,
    .new = ba_new,
    .init = ba_init,
    .repr = ba_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .binop = {[WF_BINOP_ADD] = ba_add, [WF_BINOP_MUL] = ba_mul, [WF_BINOP_MOD] = ba_mod},
    .inplace = {[WF_BINOP_ADD] = ba_iadd, [WF_BINOP_MUL] = ba_imul},
    .len = ba_len,
    .getitem = ba_subscript,
    .setitem = ba_setitem,
    .contains = ba_contains,
    .getbuffer = ba_getbuffer,
    .releasebuffer = ba_releasebuffer,
    .methods = wf_bytearray_methods,
};
