// The buffer protocol entry points and the memoryview type.
//
// A memoryview made from an exporter takes one export and wraps it in a "managed
// buffer" (mbuf_t) shared by every view derived from it (slices, casts, toreadonly,
// memoryview(m)); the export goes back to the exporter when the last such view is
// released or freed. Each memoryview keeps its own format, shape and strides, so a
// derived view is a different window onto the same memory. A memoryview can itself be
// an exporter: while a consumer holds such a view, release() refuses (BufferError).
#include "objects/buffer.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"
#include "sync/atomic.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

// ---------------------------------------------------------------------------------------
// Protocol entry points.

int wf_buffer_fill(wf_buffer_t *v, wf_object_t *o, void *buf, wf_ssize_t len, int readonly,
                   int flags) {
    if ((flags & WF_BUF_WRITABLE) && readonly) {
        wf_err_set_string(&wf_exc_BufferError, "Object is not writable.");
        return -1;
    }
    v->buf = buf;
    v->obj = wf_newref(o);
    v->len = len;
    v->itemsize = 1;
    v->readonly = readonly;
    v->ndim = 1;
    v->format = "B";
    v->dims[0] = len;
    v->dims[1] = 1;
    v->shape = &v->dims[0];
    v->strides = &v->dims[1];
    v->pyview = NULL;
    return 0;
}

int wf_buffer_check(wf_object_t *o) {
    return WF_TYPE(o)->getbuffer != NULL;
}

int wf_buffer_get(wf_object_t *o, wf_buffer_t *v, int flags) {
    wf_getbufferproc get = WF_TYPE(o)->getbuffer;
    if (get == NULL) {
        wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%T'", o);
        return -1;
    }
    v->obj = NULL;
    v->pyview = NULL;
    return get(o, v, flags);
}

static void mv_releasebuffer(wf_object_t *o, wf_buffer_t *v);

void wf_buffer_release(wf_buffer_t *v) {
    wf_object_t *o = v->obj;
    if (o == NULL) {
        return;
    }
    v->obj = NULL;
    wf_releasebufferproc rel = WF_TYPE(o)->releasebuffer;
    if (rel != NULL) {
        rel(o, v);
    }
    if (v->pyview != NULL) {
        // The export taken on the memoryview __buffer__ returned.
        wf_object_t *pv = v->pyview;
        v->pyview = NULL;
        mv_releasebuffer(pv, NULL);
        WF_DECREF(pv);
    }
    WF_DECREF(o);
}

int wf_buffer_is_contiguous(const wf_buffer_t *v) {
    if (v->len == 0 || v->ndim == 0) {
        return 1;
    }
    wf_ssize_t expect = v->itemsize;
    for (int i = v->ndim - 1; i >= 0; i--) {
        if (v->shape[i] > 1 && v->strides[i] != expect) {
            return 0;
        }
        expect *= v->shape[i];
    }
    return 1;
}

static int is_f_contiguous(const wf_buffer_t *v) {
    if (v->len == 0 || v->ndim == 0) {
        return 1;
    }
    wf_ssize_t expect = v->itemsize;
    for (int i = 0; i < v->ndim; i++) {
        if (v->shape[i] > 1 && v->strides[i] != expect) {
            return 0;
        }
        expect *= v->shape[i];
    }
    return 1;
}

// Copy dimension `dim` onward of the items at `src` to *dst in C order.
static void copy_dim(const wf_buffer_t *v, int dim, const char *src, char **dst) {
    if (dim == v->ndim) {
        memcpy(*dst, src, (size_t)v->itemsize);
        *dst += v->itemsize;
        return;
    }
    for (wf_ssize_t i = 0; i < v->shape[dim]; i++) {
        copy_dim(v, dim + 1, src + i * v->strides[dim], dst);
    }
}

void wf_buffer_copy_out(const wf_buffer_t *v, char *dst) {
    if (wf_buffer_is_contiguous(v)) {
        memcpy(dst, v->buf, (size_t)v->len);
        return;
    }
    copy_dim(v, 0, v->buf, &dst);
}

// Fortran order: the first index varies fastest.
static void copy_out_f(const wf_buffer_t *v, char *dst) {
    wf_ssize_t idx[WF_BUF_MAXDIM] = {0};
    wf_ssize_t n = v->itemsize > 0 ? v->len / v->itemsize : 0;
    for (wf_ssize_t k = 0; k < n; k++) {
        const char *p = v->buf;
        for (int d = 0; d < v->ndim; d++) {
            p += idx[d] * v->strides[d];
        }
        memcpy(dst + k * v->itemsize, p, (size_t)v->itemsize);
        for (int d = 0; d < v->ndim; d++) {
            if (++idx[d] < v->shape[d]) {
                break;
            }
            idx[d] = 0;
        }
    }
}

wf_object_t *wf_buffer_to_bytes(wf_object_t *o) {
    wf_buffer_t v;
    if (wf_buffer_get(o, &v, WF_BUF_SIMPLE) < 0) {
        return NULL;
    }
    wf_object_t *r = wf_bytes_new_uninit(v.len);
    if (r != NULL) {
        wf_buffer_copy_out(&v, WF_BYTES_DATA(r));
    }
    wf_buffer_release(&v);
    return r;
}

// ---------------------------------------------------------------------------------------
// Native item formats.

int wf_buffer_native_format(const char *fmt, char *code) {
    if (fmt == NULL) {
        *code = 'B';
        return 1;
    }
    if (fmt[0] == '@') {
        fmt++;
    }
    if (fmt[0] == 0 || fmt[1] != 0) {
        return 0;
    }
    int size;
    switch (fmt[0]) {
        case '?': case 'c': case 'b': case 'B': size = 1; break;
        case 'h': case 'H': case 'e': size = 2; break;
        case 'i': case 'I': case 'f': size = 4; break;
        case 'l': case 'L': size = (int)sizeof(long); break;
        case 'q': case 'Q': size = 8; break;
        case 'n': case 'N': size = (int)sizeof(wf_ssize_t); break;
        case 'd': size = 8; break;
        case 'P': size = (int)sizeof(void *); break;
        default: return 0;
    }
    *code = fmt[0];
    return size;
}

wf_object_t *wf_buffer_unpack_item(char code, const char *p) {
    switch (code) {
        case 'B': return wf_int_from_i64(*(const unsigned char *)p);
        case 'b': return wf_int_from_i64(*(const signed char *)p);
        case 'c': return wf_bytes_from(p, 1);
        case '?': return wf_newref(*(const unsigned char *)p ? WF_TRUE : WF_FALSE);
        case 'h': { int16_t x; memcpy(&x, p, 2); return wf_int_from_i64(x); }
        case 'H': { uint16_t x; memcpy(&x, p, 2); return wf_int_from_i64(x); }
        case 'i': { int32_t x; memcpy(&x, p, 4); return wf_int_from_i64(x); }
        case 'I': { uint32_t x; memcpy(&x, p, 4); return wf_int_from_i64(x); }
        case 'l': { long x; memcpy(&x, p, sizeof x); return wf_int_from_i64(x); }
        case 'L': { unsigned long x; memcpy(&x, p, sizeof x); return wf_int_from_u64(x); }
        case 'q': { int64_t x; memcpy(&x, p, 8); return wf_int_from_i64(x); }
        case 'Q': { uint64_t x; memcpy(&x, p, 8); return wf_int_from_u64(x); }
        case 'n': { wf_ssize_t x; memcpy(&x, p, sizeof x); return wf_int_from_ssize(x); }
        case 'N': { size_t x; memcpy(&x, p, sizeof x); return wf_int_from_u64(x); }
        case 'P': { uintptr_t x; memcpy(&x, p, sizeof x); return wf_int_from_u64(x); }
        case 'f': { float x; memcpy(&x, p, 4); return wf_float_new(x); }
        case 'd': { double x; memcpy(&x, p, 8); return wf_float_new(x); }
        case 'e': { uint16_t x; memcpy(&x, p, 2); return wf_float_new(wf_half_to_double(x)); }
        default: break;
    }
    return wf_err_format(&wf_exc_NotImplementedError, "memoryview: format %c not supported",
                         code);
}

static int bad_type(const char *fmtname) {
    return wf_err_format_int(&wf_exc_TypeError, "memoryview: invalid type for format '%s'",
                             fmtname);
}

static int bad_value(const char *fmtname) {
    return wf_err_format_int(&wf_exc_ValueError, "memoryview: invalid value for format '%s'",
                             fmtname);
}

int wf_buffer_pack_item(char code, char *p, wf_object_t *v, const char *fmtname) {
    switch (code) {
        case 'c': {
            if (!WF_BYTES_CHECK(v)) {
                return bad_type(fmtname);
            }
            if (WF_BYTES_LEN(v) != 1) {
                return bad_value(fmtname);
            }
            *p = WF_BYTES_DATA(v)[0];
            return 0;
        }
        case '?': {
            int t = wf_truthy(v);
            if (t < 0) {
                return -1;
            }
            *p = (char)t;
            return 0;
        }
        case 'f': case 'd': case 'e': {
            if (!WF_FLOAT_CHECK(v) && !WF_INT_CHECK(v) && WF_TYPE(v)->nb_float == NULL &&
                WF_TYPE(v)->nb_index == NULL) {
                return bad_type(fmtname);
            }
            double x = wf_float_as_double(v);
            if (x == -1.0 && wf_err_occurred()) {
                if (wf_err_matches(&wf_exc_TypeError)) {
                    wf_err_clear();
                    return bad_type(fmtname);
                }
                return -1;
            }
            if (code == 'd') {
                memcpy(p, &x, 8);
            } else if (code == 'f') {
                float f = (float)x;  // out of range stores inf, as CPython does
                memcpy(p, &f, 4);
            } else {
                int overflow = 0;
                uint16_t h = wf_double_to_half(x, &overflow);
                if (overflow) {
                    return wf_err_format_int(&wf_exc_OverflowError,
                                             "float too large to pack with e format");
                }
                memcpy(p, &h, 2);
            }
            return 0;
        }
        default: break;
    }
    // Integer codes: anything with __index__.
    if (!wf_index_check(v)) {
        return bad_type(fmtname);
    }
    wf_object_t *n = wf_index(v);
    if (n == NULL) {
        return -1;
    }
    int64_t s = 0;
    uint64_t u = 0;
    int neg = wf_int_sign(n) < 0, fits = 1, is_unsigned = 0;
    switch (code) {
        case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
            is_unsigned = 1;
            break;
        default: break;
    }
    if (is_unsigned) {
        fits = !neg && wf_int_to_u64_if_fits(n, &u);
    } else {
        fits = wf_int_to_i64_if_fits(n, &s);
    }
    WF_DECREF(n);
    if (!fits) {
        return bad_value(fmtname);
    }
    switch (code) {
        case 'b':
            if (s < -128 || s > 127) return bad_value(fmtname);
            *(signed char *)p = (signed char)s;
            return 0;
        case 'B':
            if (u > 255) return bad_value(fmtname);
            *(unsigned char *)p = (unsigned char)u;
            return 0;
        case 'h': {
            if (s < INT16_MIN || s > INT16_MAX) return bad_value(fmtname);
            int16_t x = (int16_t)s;
            memcpy(p, &x, 2);
            return 0;
        }
        case 'H': {
            if (u > UINT16_MAX) return bad_value(fmtname);
            uint16_t x = (uint16_t)u;
            memcpy(p, &x, 2);
            return 0;
        }
        case 'i': {
            if (s < INT32_MIN || s > INT32_MAX) return bad_value(fmtname);
            int32_t x = (int32_t)s;
            memcpy(p, &x, 4);
            return 0;
        }
        case 'I': {
            if (u > UINT32_MAX) return bad_value(fmtname);
            uint32_t x = (uint32_t)u;
            memcpy(p, &x, 4);
            return 0;
        }
        case 'l': case 'q': case 'n':
            memcpy(p, &s, 8);
            return 0;
        default:
            memcpy(p, &u, 8);
            return 0;
    }
}

// ---------------------------------------------------------------------------------------
// Managed buffers and the memoryview object.

typedef struct {
    wf_ssize_t views;      // memoryviews registered on it
    wf_buffer_t master;    // the export taken from the exporter
} mbuf_t;

typedef struct {
    WF_OBJECT_HEAD
    mbuf_t *mbuf;          // NULL once released
    wf_buffer_t view;      // view.obj is a borrowed copy of mbuf->master.obj
    wf_ssize_t exports;    // views handed out by this memoryview's getbuffer
    wf_hash_t hash;        // -1 until computed
    char code;             // native item code, or 0 for other formats
    wf_ssize_t *dims;      // shape then strides; `small` when ndim <= 2
    wf_ssize_t small[4];
} mv_t;

#define MV(o) ((mv_t *)(o))

static void mbuf_decref(mbuf_t *b) {
    if (WF_ATOMIC_ADD_ALWAYS(&b->views, -1) == 1) {
        wf_buffer_release(&b->master);
        wf_mem_free(b);
    }
}

static int check_released(wf_object_t *o) {
    if (MV(o)->mbuf == NULL) {
        wf_err_set_string(&wf_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

#define CHECK_RELEASED(o)            \
    do {                             \
        if (check_released(o) < 0) { \
            return NULL;             \
        }                            \
    } while (0)

// A new memoryview on `b` (which gains a view) with room for ndim dimensions; the caller
// fills view fields, shape and strides.
static mv_t *mv_alloc(mbuf_t *b, int ndim) {
    mv_t *m = (mv_t *)wf_object_alloc(&wf_memoryview_type, sizeof(mv_t));
    if (m == NULL) {
        return NULL;
    }
    m->dims = m->small;
    if (ndim > 2) {
        m->dims = wf_mem_alloc(sizeof(wf_ssize_t) * 2 * (size_t)ndim);
        if (m->dims == NULL) {
            m->dims = m->small;
            WF_DECREF(m);
            return (mv_t *)wf_err_nomemory();
        }
    }
    WF_ATOMIC_ADD_ALWAYS(&b->views, 1);
    m->mbuf = b;
    m->hash = -1;
    m->view.obj = b->master.obj;
    m->view.pyview = NULL;
    m->view.ndim = ndim;
    m->view.shape = ndim > 0 ? m->dims : NULL;
    m->view.strides = ndim > 0 ? m->dims + ndim : NULL;
    return m;
}

static void mv_set_format(mv_t *m, const char *format, wf_ssize_t itemsize) {
    m->view.format = format;
    m->view.itemsize = itemsize;
    char code = 0;
    m->code = wf_buffer_native_format(format, &code) == itemsize ? code : 0;
}

static void mv_update_len(mv_t *m) {
    wf_ssize_t n = m->view.itemsize;
    for (int i = 0; i < m->view.ndim; i++) {
        n *= m->view.shape[i];
    }
    m->view.len = n;
}

// A view of the whole of `src` (a memoryview) on the same managed buffer.
static mv_t *mv_copy(mv_t *src) {
    mv_t *m = mv_alloc(src->mbuf, src->view.ndim);
    if (m == NULL) {
        return NULL;
    }
    m->view.buf = src->view.buf;
    m->view.len = src->view.len;
    m->view.readonly = src->view.readonly;
    mv_set_format(m, src->view.format, src->view.itemsize);
    for (int i = 0; i < src->view.ndim; i++) {
        m->view.shape[i] = src->view.shape[i];
        m->view.strides[i] = src->view.strides[i];
    }
    return m;
}

static wf_object_t *mv_from_buffer_flags(wf_object_t *o, int flags) {
    if (WF_MEMORYVIEW_CHECK(o)) {
        CHECK_RELEASED(o);
        return WF_OBJ(mv_copy(MV(o)));
    }
    if (WF_TYPE(o)->getbuffer == NULL) {
        return wf_err_format(&wf_exc_TypeError,
                             "memoryview: a bytes-like object is required, not '%T'", o);
    }
    mbuf_t *b = wf_mem_alloc(sizeof(mbuf_t));
    if (b == NULL) {
        return wf_err_nomemory();
    }
    b->views = 0;
    if (wf_buffer_get(o, &b->master, flags) < 0) {
        wf_mem_free(b);
        return NULL;
    }
    wf_buffer_t *v = &b->master;
    if (v->ndim < 0 || v->ndim > WF_BUF_MAXDIM) {
        wf_buffer_release(v);
        wf_mem_free(b);
        return wf_err_format(&wf_exc_ValueError,
                             "memoryview: number of dimensions must not exceed %d", WF_BUF_MAXDIM);
    }
    b->views = 1;  // held while the first view is built
    mv_t *m = mv_alloc(b, v->ndim);
    mbuf_decref(b);
    if (m == NULL) {
        return NULL;
    }
    m->view.buf = v->buf;
    m->view.len = v->len;
    m->view.readonly = v->readonly;
    mv_set_format(m, v->format != NULL ? v->format : "B", v->itemsize);
    for (int i = 0; i < v->ndim; i++) {
        m->view.shape[i] = v->shape[i];
        m->view.strides[i] = v->strides[i];
    }
    return WF_OBJ(m);
}

wf_object_t *wf_memoryview_new(wf_object_t *o) {
    return mv_from_buffer_flags(o, WF_BUF_FULL_RO);
}

wf_object_t *wf_memoryview_from_flags(wf_object_t *o, int flags) {
    return mv_from_buffer_flags(o, flags);
}

int wf_memoryview_bytes(wf_object_t *mv, const char **data, wf_ssize_t *len) {
    mv_t *m = MV(mv);
    if (m->mbuf == NULL || !wf_buffer_is_contiguous(&m->view)) {
        return 0;
    }
    *data = m->view.buf;
    *len = m->view.len;
    return 1;
}

// Unregister from the managed buffer. BufferError while this view has exports.
static int mv_release_view(wf_object_t *o) {
    mv_t *m = MV(o);
    if (m->mbuf == NULL) {
        return 0;
    }
    if (m->exports > 0) {
        return wf_err_format_int(&wf_exc_BufferError, "memoryview has %zd exported buffer%s",
                                 m->exports, m->exports == 1 ? "" : "s");
    }
    mbuf_t *b = m->mbuf;
    m->mbuf = NULL;
    mbuf_decref(b);
    return 0;
}

wf_object_t *wf_memoryview_release_arg(wf_object_t *self, wf_object_t *view) {
    if (!WF_MEMORYVIEW_CHECK(view)) {
        return wf_err_format(&wf_exc_TypeError, "expected a memoryview object, not '%T'", view);
    }
    if (mv_release_view(view) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static int mv_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags);

// Heap types: __buffer__ must return a memoryview; the view handed out describes it and
// keeps it alive until release.
int wf_slot_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags) {
    wf_object_t *fl = wf_int_from_i64(flags);
    if (fl == NULL) {
        return -1;
    }
    wf_object_t *r = wf_call_dunder(o, WF_ID(__buffer__), &fl, 1, NULL);
    WF_DECREF(fl);
    if (r == NULL) {
        return -1;
    }
    if (!WF_MEMORYVIEW_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__buffer__ returned non-memoryview object");
        WF_DECREF(r);
        return -1;
    }
    // Take an export on the returned view: it cannot be released while this one lives.
    if (mv_getbuffer(r, v, flags) < 0) {
        WF_DECREF(r);
        return -1;
    }
    WF_DECREF(v->obj);  // r: held through pyview instead
    v->obj = wf_newref(o);
    v->pyview = r;
    return 0;
}

void wf_slot_releasebuffer(wf_object_t *o, wf_buffer_t *v) {
    if (v->pyview == NULL) {
        return;
    }
    int missing = 0;
    wf_object_t *r = wf_call_dunder(o, WF_ID(__release_buffer__), &v->pyview, 1, &missing);
    if (r == NULL) {
        if (!missing) {
            char msg[200];
            snprintf(msg, sizeof msg, "Exception ignored in __release_buffer__ of %s",
                     wf_type_short_name(WF_TYPE(o)));
            wf_err_write_unraisable_msg(msg, NULL);
        }
        wf_err_clear();
        return;
    }
    WF_DECREF(r);
}

// The memoryview as an exporter.
static int mv_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags) {
    if (check_released(o) < 0) {
        return -1;
    }
    mv_t *m = MV(o);
    if ((flags & WF_BUF_WRITABLE) && m->view.readonly) {
        wf_err_set_string(&wf_exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    *v = m->view;
    v->obj = wf_newref(o);
    v->pyview = NULL;
    m->exports++;
    return 0;
}

static void mv_releasebuffer(wf_object_t *o, wf_buffer_t *v) {
    MV(o)->exports--;
}

static void mv_dealloc(wf_object_t *o) {
    mv_t *m = MV(o);
    if (m->mbuf != NULL) {
        mbuf_t *b = m->mbuf;
        m->mbuf = NULL;
        mbuf_decref(b);
    }
    if (m->dims != m->small) {
        wf_mem_free(m->dims);
    }
    wf_object_free(o);
}

static wf_object_t *mv_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    wf_ssize_t nk = kwargs != NULL ? wf_dict_size(kwargs) : 0;
    wf_object_t *obj = n > 0 ? WF_TUPLE_GET(args, 0) : NULL;
    if (n + nk > 1) {
        return wf_err_format(&wf_exc_TypeError, "memoryview() takes at most 1 argument (%zd given)",
                             n + nk);
    }
    if (nk == 1) {
        wf_ssize_t pos = 0;
        wf_object_t *k, *v;
        wf_dict_next(kwargs, &pos, &k, &v);
        if (WF_STR_CHECK(k) && wf_str_eq_cstr(k, "object")) {
            obj = v;
        } else if (obj != NULL) {
            return wf_err_format(&wf_exc_TypeError,
                                 "memoryview() got an unexpected keyword argument '%S'", k);
        }
    }
    if (obj == NULL) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "memoryview() missing required argument 'object' (pos 1)");
    }
    return wf_memoryview_new(obj);
}

static wf_object_t *mv_repr(wf_object_t *o) {
    return wf_str_from_format(MV(o)->mbuf == NULL ? "<released memory at %p>" : "<memory at %p>",
                              (void *)o);
}

// ---- item access ---------------------------------------------------------------------

static int need_code(mv_t *m) {
    if (m->code == 0) {
        wf_err_format(&wf_exc_NotImplementedError, "memoryview: format %s not supported",
                      m->view.format);
        return -1;
    }
    return 0;
}

// The address of item `index` along dimension `dim` from `base`; IndexError when out of
// range.
static char *item_ptr(mv_t *m, char *base, int dim, wf_object_t *key) {
    wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
    if (i == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_ssize_t n = m->view.shape[dim];
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        wf_err_format(&wf_exc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return base + i * m->view.strides[dim];
}

static int all_of(wf_object_t *t, int want_slices) {
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(t); i++) {
        wf_object_t *x = WF_TUPLE_GET(t, i);
        if (want_slices ? !WF_SLICE_CHECK(x) : !wf_index_check(x)) {
            return 0;
        }
    }
    return 1;
}

// The address of the item a tuple of indices names, for getitem and setitem.
static char *multi_item_ptr(mv_t *m, wf_object_t *key) {
    wf_ssize_t n = WF_TUPLE_SIZE(key);
    if (n < m->view.ndim) {
        wf_err_set_string(&wf_exc_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (n > m->view.ndim) {
        wf_err_format(&wf_exc_TypeError, "cannot index %d-dimension view with %zd-element tuple",
                      m->view.ndim, n);
        return NULL;
    }
    char *p = m->view.buf;
    for (wf_ssize_t i = 0; i < n && p != NULL; i++) {
        p = item_ptr(m, p, (int)i, WF_TUPLE_GET(key, i));
    }
    return p;
}

static wf_object_t *mv_slice(mv_t *src, wf_object_t *key) {
    wf_ssize_t start, stop, step;
    if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
        return NULL;
    }
    wf_ssize_t n = wf_slice_adjust(src->view.shape[0], &start, &stop, step);
    mv_t *m = mv_copy(src);
    if (m == NULL) {
        return NULL;
    }
    m->view.buf = (char *)src->view.buf + start * src->view.strides[0];
    m->view.shape[0] = n;
    m->view.strides[0] = src->view.strides[0] * step;
    mv_update_len(m);
    return WF_OBJ(m);
}

static wf_object_t *mv_getitem(wf_object_t *o, wf_object_t *key) {
    CHECK_RELEASED(o);
    mv_t *m = MV(o);
    if (m->view.ndim == 0) {
        if (key == WF_ELLIPSIS) {
            return wf_newref(o);
        }
        if (WF_TUPLE_CHECK(key) && WF_TUPLE_SIZE(key) == 0) {
            if (need_code(m) < 0) {
                return NULL;
            }
            return wf_buffer_unpack_item(m->code, m->view.buf);
        }
        return wf_err_set_string(&wf_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (wf_index_check(key)) {
        if (m->view.ndim > 1) {
            return wf_err_set_string(&wf_exc_NotImplementedError,
                                     "multi-dimensional sub-views are not implemented");
        }
        if (need_code(m) < 0) {
            return NULL;
        }
        char *p = item_ptr(m, m->view.buf, 0, key);
        return p == NULL ? NULL : wf_buffer_unpack_item(m->code, p);
    }
    if (WF_SLICE_CHECK(key)) {
        return mv_slice(m, key);
    }
    if (WF_TUPLE_CHECK(key) && all_of(key, 0)) {
        if (need_code(m) < 0) {
            return NULL;
        }
        char *p = multi_item_ptr(m, key);
        return p == NULL ? NULL : wf_buffer_unpack_item(m->code, p);
    }
    if (WF_TUPLE_CHECK(key) && all_of(key, 1)) {
        return wf_err_set_string(&wf_exc_NotImplementedError,
                                 "multi-dimensional slicing is not implemented");
    }
    return wf_err_set_string(&wf_exc_TypeError, "memoryview: invalid slice key");
}

// Item-wise copy between two one-dimensional views of equal length and item size.
static void copy_items(const wf_buffer_t *dst, const wf_buffer_t *src) {
    wf_ssize_t n = dst->shape[0], sz = dst->itemsize;
    if (n == 0) {
        return;
    }
    if (dst->strides[0] == sz && src->strides[0] == sz) {
        memmove(dst->buf, src->buf, (size_t)(n * sz));
        return;
    }
    // Overlapping memory: go through a copy.
    char *tmp = wf_mem_alloc((size_t)(n * sz));
    if (tmp == NULL) {
        // Fall back to a direct copy (only wrong for overlapping strided views).
        for (wf_ssize_t i = 0; i < n; i++) {
            memmove((char *)dst->buf + i * dst->strides[0],
                    (const char *)src->buf + i * src->strides[0], (size_t)sz);
        }
        return;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        memcpy(tmp + i * sz, (const char *)src->buf + i * src->strides[0], (size_t)sz);
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        memcpy((char *)dst->buf + i * dst->strides[0], tmp + i * sz, (size_t)sz);
    }
    wf_mem_free(tmp);
}

static int same_format(const char *a, const char *b) {
    if (a == NULL) {
        a = "B";
    }
    if (b == NULL) {
        b = "B";
    }
    if (a[0] == '@') {
        a++;
    }
    if (b[0] == '@') {
        b++;
    }
    return strcmp(a, b) == 0;
}

static int mv_setitem(wf_object_t *o, wf_object_t *key, wf_object_t *value) {
    if (check_released(o) < 0) {
        return -1;
    }
    mv_t *m = MV(o);
    if (m->view.readonly) {
        return wf_err_format_int(&wf_exc_TypeError, "cannot modify read-only memory");
    }
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "cannot delete memory");
    }
    if (m->view.ndim == 0) {
        if (key == WF_ELLIPSIS || (WF_TUPLE_CHECK(key) && WF_TUPLE_SIZE(key) == 0)) {
            return need_code(m) < 0 ? -1 : wf_buffer_pack_item(m->code, m->view.buf, value, m->view.format);
        }
        return wf_err_format_int(&wf_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (wf_index_check(key)) {
        if (m->view.ndim > 1) {
            return wf_err_format_int(&wf_exc_NotImplementedError,
                                     "sub-views are not implemented");
        }
        if (need_code(m) < 0) {
            return -1;
        }
        char *p = item_ptr(m, m->view.buf, 0, key);
        return p == NULL ? -1 : wf_buffer_pack_item(m->code, p, value, m->view.format);
    }
    if (WF_TUPLE_CHECK(key) && all_of(key, 0)) {
        if (need_code(m) < 0) {
            return -1;
        }
        char *p = multi_item_ptr(m, key);
        return p == NULL ? -1 : wf_buffer_pack_item(m->code, p, value, m->view.format);
    }
    if (WF_SLICE_CHECK(key)) {
        if (m->view.ndim != 1) {
            return wf_err_format_int(&wf_exc_NotImplementedError,
                                     "memoryview slice assignments are currently restricted to ndim = 1");
        }
        wf_buffer_t src;
        if (wf_buffer_get(value, &src, WF_BUF_SIMPLE) < 0) {
            return -1;
        }
        wf_object_t *dst = mv_slice(m, key);
        int rc = -1;
        if (dst != NULL) {
            wf_buffer_t *d = &MV(dst)->view;
            if (src.ndim != 1 || d->shape[0] != src.shape[0] || d->itemsize != src.itemsize ||
                !same_format(d->format, src.format)) {
                wf_err_set_string(&wf_exc_ValueError,
                                  "memoryview assignment: lvalue and rvalue have different structures");
            } else {
                copy_items(d, &src);
                rc = 0;
            }
            WF_DECREF(dst);
        }
        wf_buffer_release(&src);
        return rc;
    }
    if (WF_TUPLE_CHECK(key) && all_of(key, 1)) {
        return wf_err_format_int(&wf_exc_NotImplementedError,
                                 "memoryview slice assignments are currently restricted to ndim = 1");
    }
    return wf_err_format_int(&wf_exc_TypeError, "memoryview: invalid slice key");
}

static wf_ssize_t mv_len(wf_object_t *o) {
    if (check_released(o) < 0) {
        return -1;
    }
    if (MV(o)->view.ndim == 0) {
        return wf_err_format_int(&wf_exc_TypeError, "0-dim memory has no length");
    }
    return MV(o)->view.shape[0];
}

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *mv;  // NULL once exhausted
    wf_ssize_t index;
} mv_iter_t;

static wf_object_t *mv_iter(wf_object_t *o) {
    CHECK_RELEASED(o);
    mv_t *m = MV(o);
    if (m->view.ndim == 0) {
        return wf_err_set_string(&wf_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (m->view.ndim > 1) {
        return wf_err_set_string(&wf_exc_NotImplementedError,
                                 "multi-dimensional sub-views are not implemented");
    }
    if (need_code(m) < 0) {
        return NULL;
    }
    mv_iter_t *it = (mv_iter_t *)wf_object_alloc(&wf_memoryview_iter_type, sizeof(mv_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->mv = wf_newref(o);
    it->index = 0;
    return WF_OBJ(it);
}

static void mviter_dealloc(wf_object_t *o) {
    WF_XDECREF(((mv_iter_t *)o)->mv);
    wf_object_free(o);
}

static wf_object_t *mviter_next(wf_object_t *o) {
    mv_iter_t *it = (mv_iter_t *)o;
    wf_object_t *seq = it->mv;
    if (seq == NULL) {
        return NULL;
    }
    if (check_released(seq) < 0) {
        return NULL;
    }
    mv_t *m = MV(seq);
    if (it->index < m->view.shape[0]) {
        const char *p = (const char *)m->view.buf + it->index++ * m->view.strides[0];
        return wf_buffer_unpack_item(m->code, p);
    }
    it->mv = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *self_iter(wf_object_t *o) {
    return wf_newref(o);
}

wf_type_t wf_memoryview_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "memory_iterator",
    .basicsize = sizeof(mv_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = mviter_dealloc,
    .iter = self_iter,
    .iternext = mviter_next,
};

// ---- comparison and hashing ------------------------------------------------------------

// Compare the items of two views of equal shape. 1 equal, 0 not, -1 error.
static int items_equal(const wf_buffer_t *a, char ca, const wf_buffer_t *b, char cb, int dim,
                       const char *pa, const char *pb) {
    if (dim == a->ndim) {
        if (ca == cb && ca != 'f' && ca != 'd' && ca != 'e') {
            return memcmp(pa, pb, (size_t)a->itemsize) == 0;
        }
        wf_object_t *x = wf_buffer_unpack_item(ca, pa);
        wf_object_t *y = x == NULL ? NULL : wf_buffer_unpack_item(cb, pb);
        int r = y == NULL ? -1 : wf_richcompare_bool(x, y, WF_EQ);
        WF_XDECREF(x);
        WF_XDECREF(y);
        return r;
    }
    for (wf_ssize_t i = 0; i < a->shape[dim]; i++) {
        int r = items_equal(a, ca, b, cb, dim + 1, pa + i * a->strides[dim],
                            pb + i * b->strides[dim]);
        if (r != 1) {
            return r;
        }
    }
    return 1;
}

static wf_object_t *mv_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (op != WF_EQ && op != WF_NE) {
        return WF_NOTIMPLEMENTED;
    }
    int equal;
    if (MV(a)->mbuf == NULL || (WF_MEMORYVIEW_CHECK(b) && MV(b)->mbuf == NULL)) {
        equal = a == b;  // released views compare by identity
    } else if (!wf_buffer_check(b)) {
        return WF_NOTIMPLEMENTED;
    } else {
        wf_buffer_t vb;
        if (wf_buffer_get(b, &vb, WF_BUF_SIMPLE) < 0) {
            wf_err_clear();
            return WF_NOTIMPLEMENTED;
        }
        const wf_buffer_t *va = &MV(a)->view;
        char ca = 0, cb = 0;
        int sa = wf_buffer_native_format(va->format, &ca);
        int sb = wf_buffer_native_format(vb.format, &cb);
        equal = va->ndim == vb.ndim;
        for (int i = 0; equal && i < va->ndim; i++) {
            equal = va->shape[i] == vb.shape[i];
        }
        if (equal) {
            if (sa != va->itemsize || sb != vb.itemsize) {
                // Formats memoryview cannot read: equal only as identical bytes, item by
                // item (the raw comparison of items_equal).
                if (same_format(va->format, vb.format) && va->len == vb.len) {
                    equal = items_equal(va, 'B', &vb, 'B', 0, va->buf, vb.buf);
                } else {
                    wf_buffer_release(&vb);
                    return wf_err_format(&wf_exc_NotImplementedError,
                                         "memoryview: format %s not supported",
                                         sa != va->itemsize ? va->format : vb.format);
                }
            } else {
                equal = items_equal(va, ca, &vb, cb, 0, va->buf, vb.buf);
            }
        }
        wf_buffer_release(&vb);
        if (equal < 0) {
            return NULL;
        }
    }
    return wf_newref((op == WF_EQ) == (equal != 0) ? WF_TRUE : WF_FALSE);
}

static wf_object_t *mv_tobytes_c(mv_t *m) {
    wf_object_t *r = wf_bytes_new_uninit(m->view.len);
    if (r != NULL) {
        wf_buffer_copy_out(&m->view, WF_BYTES_DATA(r));
    }
    return r;
}

static wf_hash_t mv_hash(wf_object_t *o) {
    mv_t *m = MV(o);
    if (m->hash != -1) {
        return m->hash;
    }
    if (check_released(o) < 0) {
        return -1;
    }
    if (!m->view.readonly) {
        wf_err_set_string(&wf_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (m->code != 'B' && m->code != 'b' && m->code != 'c') {
        wf_err_set_string(&wf_exc_ValueError,
                          "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    // Hash the exporter first: an unhashable one (a writable object exported read-only)
    // makes the view unhashable too.
    if (m->view.obj != NULL && wf_hash(m->view.obj) == -1) {
        return -1;
    }
    wf_object_t *b = mv_tobytes_c(m);
    if (b == NULL) {
        return -1;
    }
    m->hash = wf_hash(b);
    WF_DECREF(b);
    return m->hash;
}

// ---- attributes ---------------------------------------------------------------------

static wf_object_t *ssize_tuple(const wf_ssize_t *v, int n) {
    wf_object_t *t = wf_tuple_new(n);
    for (int i = 0; t != NULL && i < n; i++) {
        wf_object_t *x = wf_int_from_ssize(v[i]);
        if (x == NULL) {
            WF_DECREF(t);
            return NULL;
        }
        WF_TUPLE_SET_STEAL(t, i, x);
    }
    return t;
}

static wf_object_t *mv_get_obj(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_newref(MV(o)->view.obj != NULL ? MV(o)->view.obj : WF_NONE);
}

static wf_object_t *mv_get_nbytes(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_int_from_ssize(MV(o)->view.len);
}

static wf_object_t *mv_get_readonly(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_newref(MV(o)->view.readonly ? WF_TRUE : WF_FALSE);
}

static wf_object_t *mv_get_itemsize(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_int_from_ssize(MV(o)->view.itemsize);
}

static wf_object_t *mv_get_format(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_str_from_cstr(MV(o)->view.format);
}

static wf_object_t *mv_get_ndim(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_int_from_i64(MV(o)->view.ndim);
}

static wf_object_t *mv_get_shape(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return ssize_tuple(MV(o)->view.shape, MV(o)->view.ndim);
}

static wf_object_t *mv_get_strides(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return ssize_tuple(MV(o)->view.strides, MV(o)->view.ndim);
}

static wf_object_t *mv_get_suboffsets(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_tuple_new(0);
}

static wf_object_t *mv_get_c_contig(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_newref(wf_buffer_is_contiguous(&MV(o)->view) ? WF_TRUE : WF_FALSE);
}

static wf_object_t *mv_get_f_contig(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    return wf_newref(is_f_contiguous(&MV(o)->view) ? WF_TRUE : WF_FALSE);
}

static wf_object_t *mv_get_contig(wf_object_t *o, void *c) {
    CHECK_RELEASED(o);
    const wf_buffer_t *v = &MV(o)->view;
    return wf_newref(wf_buffer_is_contiguous(v) || is_f_contiguous(v) ? WF_TRUE : WF_FALSE);
}

static wf_getset_def_t mv_getsets[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", mv_get_nbytes, NULL, "The amount of space in bytes that the array would use in\n a contiguous representation.", NULL},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", mv_get_format, NULL, "A string containing the format (in struct module style)\n for each element in the view.", NULL},
    {"ndim", mv_get_ndim, NULL, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.", NULL},
    {"shape", mv_get_shape, NULL, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", NULL},
    {"strides", mv_get_strides, NULL, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.", NULL},
    {"suboffsets", mv_get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", mv_get_c_contig, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_f_contig, NULL, "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", mv_get_contig, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {NULL},
};

// ---- methods ------------------------------------------------------------------------

static wf_object_t *mv_release(wf_object_t *o, wf_object_t *unused) {
    if (mv_release_view(o) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *mv_enter(wf_object_t *o, wf_object_t *unused) {
    CHECK_RELEASED(o);
    return wf_newref(o);
}

static wf_object_t *mv_exit(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    return mv_release(o, NULL);
}

static wf_object_t *mv_tobytes(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    static const char *const names[] = {"order", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("tobytes", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    CHECK_RELEASED(o);
    mv_t *m = MV(o);
    char order = 'C';
    if (a[0] != NULL && a[0] != WF_NONE) {
        if (!WF_STR_CHECK(a[0])) {
            return wf_err_format(&wf_exc_TypeError,
                                 "tobytes() argument 'order' must be str or None, not %T", a[0]);
        }
        const char *s = wf_str_as_utf8(a[0], NULL);
        if (s == NULL) {
            return NULL;
        }
        if (strcmp(s, "C") != 0 && strcmp(s, "F") != 0 && strcmp(s, "A") != 0) {
            return wf_err_set_string(&wf_exc_ValueError, "order must be 'C', 'F' or 'A'");
        }
        order = s[0];
    }
    if (order == 'F' || (order == 'A' && is_f_contiguous(&m->view) &&
                         !wf_buffer_is_contiguous(&m->view))) {
        wf_object_t *r = wf_bytes_new_uninit(m->view.len);
        if (r != NULL) {
            copy_out_f(&m->view, WF_BYTES_DATA(r));
        }
        return r;
    }
    return mv_tobytes_c(m);
}

static wf_object_t *tolist_dim(mv_t *m, int dim, const char *p) {
    if (dim == m->view.ndim) {
        return wf_buffer_unpack_item(m->code, p);
    }
    wf_ssize_t n = m->view.shape[dim];
    wf_object_t *l = wf_list_new(n);
    for (wf_ssize_t i = 0; l != NULL && i < n; i++) {
        wf_object_t *x = tolist_dim(m, dim + 1, p + i * m->view.strides[dim]);
        if (x == NULL) {
            WF_DECREF(l);
            return NULL;
        }
        WF_LIST_SET_STEAL(l, i, x);
    }
    return l;
}

static wf_object_t *mv_tolist(wf_object_t *o, wf_object_t *unused) {
    CHECK_RELEASED(o);
    if (need_code(MV(o)) < 0) {
        return NULL;
    }
    return tolist_dim(MV(o), 0, MV(o)->view.buf);
}

static wf_object_t *mv_toreadonly(wf_object_t *o, wf_object_t *unused) {
    CHECK_RELEASED(o);
    mv_t *m = mv_copy(MV(o));
    if (m != NULL) {
        m->view.readonly = 1;
    }
    return WF_OBJ(m);
}

static wf_object_t *mv_hex(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs,
                           wf_object_t *kwnames) {
    CHECK_RELEASED(o);
    wf_object_t *b = mv_tobytes_c(MV(o));
    if (b == NULL) {
        return NULL;
    }
    wf_object_t *meth = wf_getattr_cstr(b, "hex");
    wf_object_t *r = meth == NULL ? NULL : wf_vectorcall(meth, args, (size_t)nargs, kwnames);
    WF_XDECREF(meth);
    WF_DECREF(b);
    return r;
}

static int is_byte_code(char c) {
    return c == 'B' || c == 'b' || c == 'c';
}

static wf_object_t *mv_cast(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs,
                            wf_object_t *kwnames) {
    static const char *const names[] = {"format", "shape", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("cast", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    if (!WF_STR_CHECK(a[0])) {
        return wf_err_format(&wf_exc_TypeError, "cast() argument 'format' must be str, not %T",
                             a[0]);
    }
    CHECK_RELEASED(o);
    mv_t *src = MV(o);
    wf_object_t *shape = a[1];
    if (shape != NULL && !WF_TUPLE_CHECK(shape) && !WF_LIST_CHECK(shape)) {
        return wf_err_set_string(&wf_exc_TypeError, "shape must be a list or a tuple");
    }
    if (!wf_buffer_is_contiguous(&src->view)) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "memoryview: casts are restricted to C-contiguous views");
    }
    wf_ssize_t nshape = 1;
    if (shape != NULL) {
        nshape = WF_SIZE(shape);
        if (src->view.ndim != 1 && nshape != 1) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        if (nshape > WF_BUF_MAXDIM) {
            return wf_err_format(&wf_exc_ValueError,
                                 "memoryview: number of dimensions must not exceed %d",
                                 WF_BUF_MAXDIM);
        }
    } else if (src->view.ndim == 0) {
        nshape = 1;
    }
    const char *fmt = wf_str_as_utf8(a[0], NULL);
    if (fmt == NULL) {
        return NULL;
    }
    char code = 0;
    int size = wf_buffer_native_format(fmt, &code);
    if (size == 0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "memoryview: destination format must be a native single "
                                 "character format prefixed with an optional '@'");
    }
    if (!is_byte_code(code) && !is_byte_code(src->code != 0 ? src->code : 'x')) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "memoryview: cannot cast between two non-byte formats");
    }
    // The format string must outlive the view: use a static copy of the code.
    static const char *const formats[] = {"?", "c", "b", "B", "h", "H", "e", "i", "I", "f", "l",
                                          "L", "q", "Q", "n", "N", "d", "P", "@?", "@c", "@b",
                                          "@B", "@h", "@H", "@e", "@i", "@I", "@f", "@l", "@L",
                                          "@q", "@Q", "@n", "@N", "@d", "@P"};
    const char *sfmt = NULL;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (strcmp(formats[i], fmt) == 0) {
            sfmt = formats[i];
            break;
        }
    }
    wf_ssize_t dims[WF_BUF_MAXDIM];
    int ndim;
    if (shape == NULL) {
        if (src->view.len % size != 0) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "memoryview: length is not a multiple of itemsize");
        }
        ndim = 1;
        dims[0] = src->view.len / size;
    } else {
        ndim = (int)nshape;
        wf_ssize_t prod = 1;
        for (int i = 0; i < ndim; i++) {
            wf_object_t *x = WF_TUPLE_CHECK(shape) ? WF_TUPLE_GET(shape, i)
                                                   : WF_LIST_ITEMS(shape)[i];
            if (!WF_INT_CHECK(x)) {
                return wf_err_set_string(&wf_exc_TypeError,
                                         "memoryview.cast(): elements of shape must be integers");
            }
            wf_ssize_t d = wf_as_ssize(x, NULL);
            if (d <= 0) {
                if (d == -1 && wf_err_occurred()) {
                    return NULL;
                }
                return wf_err_set_string(&wf_exc_ValueError,
                                         "memoryview.cast(): elements of shape must be integers > 0");
            }
            if (prod > WF_SSIZE_MAX / d) {
                return wf_err_set_string(&wf_exc_ValueError,
                                         "memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            prod *= d;
            dims[i] = d;
        }
        if (prod * size != src->view.len) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "memoryview: product(shape) * itemsize != buffer size");
        }
    }
    mv_t *m = mv_alloc(src->mbuf, ndim);
    if (m == NULL) {
        return NULL;
    }
    m->view.buf = src->view.buf;
    m->view.readonly = src->view.readonly;
    mv_set_format(m, sfmt, size);
    wf_ssize_t stride = size;
    for (int i = ndim - 1; i >= 0; i--) {
        m->view.shape[i] = dims[i];
        m->view.strides[i] = stride;
        stride *= dims[i];
    }
    mv_update_len(m);
    return WF_OBJ(m);
}

static wf_method_def_t mv_methods[] = {
    {"release", {.noargs = mv_release}, WF_METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", {.fastkw = mv_tobytes}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Return the data in the buffer as a byte string."},
    {"hex", {.fastkw = mv_hex}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", {.noargs = mv_tolist}, WF_METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"cast", {.fastkw = mv_cast}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Cast a memoryview to a new format or shape."},
    {"toreadonly", {.noargs = mv_toreadonly}, WF_METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", {.noargs = mv_enter}, WF_METH_NOARGS, NULL},
    {"__exit__", {.fast = mv_exit}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_type_t wf_memoryview_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "memoryview",
    .basicsize = sizeof(mv_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_SEQUENCE,
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = mv_dealloc,
    .new = mv_new,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .getbuffer = mv_getbuffer,
    .releasebuffer = mv_releasebuffer,
    .methods = mv_methods,
    .getsets = mv_getsets,
};
