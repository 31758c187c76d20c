// The array module: array.array, a mutable sequence of C numbers (or characters) stored
// packed, one type per array, exporting its memory through the buffer protocol.
//
// Items are converted from Python objects before the array is touched (conversion may
// run __index__ / __float__), then written in one step; a resize is refused while a
// buffer export is held.
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/mem.h"

#include <stdint.h>
#include <string.h>

// ---------------------------------------------------------------------------------------
// Item descriptions.

typedef struct {
    char code;
    int itemsize;
    const char *format;  // buffer format
    int mformat;         // machine format code of pickles (this machine: little-endian)
} desc_t;

static const desc_t descs[] = {
    {'b', 1, "b", 1},  {'B', 1, "B", 0},  {'u', 4, "w", 20}, {'w', 4, "w", 20}, {'h', 2, "h", 4},
    {'H', 2, "H", 2},  {'i', 4, "i", 8},  {'I', 4, "I", 6},  {'l', 8, "l", 12}, {'L', 8, "L", 10},
    {'q', 8, "q", 12}, {'Q', 8, "Q", 10}, {'f', 4, "f", 14}, {'d', 8, "d", 16},
};

typedef struct {
    WF_VAROBJECT_HEAD      // ob_size = number of items
    char *data;            // alloc * itemsize bytes (NULL when alloc == 0)
    wf_ssize_t alloc;
    const desc_t *d;
    wf_ssize_t exports;
} array_t;

extern wf_type_t wf_array_type, wf_array_iter_type;

#define A(o) ((array_t *)(o))
#define ALEN(o) WF_SIZE(o)
#define ISZ(o) (A(o)->d->itemsize)
#define ARRAY_CHECK(o) wf_type_is_subtype(WF_TYPE(o), &wf_array_type)
#define IS_UNICODE(c) ((c) == 'u' || (c) == 'w')

static const desc_t *find_desc(uint32_t c) {
    for (size_t i = 0; i < sizeof descs / sizeof descs[0]; i++) {
        if ((uint32_t)descs[i].code == c) {
            return &descs[i];
        }
    }
    return NULL;
}

static wf_object_t *get_item(const desc_t *d, const char *p) {
    if (IS_UNICODE(d->code)) {
        uint32_t c;
        memcpy(&c, p, 4);
        if (c > 0x10ffff) {
            return wf_err_set_string(&wf_exc_ValueError, "chr() arg not in range(0x110000)");
        }
        return wf_str_from_ucs4(&c, 1);
    }
    return wf_buffer_unpack_item(d->code, p);
}

static int overflow(const char *msg) {
    return wf_err_format_int(&wf_exc_OverflowError, "%s", msg);
}

// Range messages of the argument parser codes CPython's array uses for each type.
static int range_error(const char *what, int too_big) {
    return wf_err_format_int(&wf_exc_OverflowError, "%s is %s", what,
                             too_big ? "greater than maximum" : "less than minimum");
}

// Convert `v` for an item of type d into out[itemsize]. 0 / -1 with CPython's messages.
static int pack_item(const desc_t *d, wf_object_t *v, char *out) {
    char c = d->code;
    if (IS_UNICODE(c)) {
        if (!WF_STR_CHECK(v) || WF_STR_LEN(v) != 1) {
            return wf_err_format_int(&wf_exc_TypeError, "array item must be unicode character");
        }
        uint32_t ch = wf_str_char(v, 0);
        memcpy(out, &ch, 4);
        return 0;
    }
    if (c == 'f' || c == 'd') {
        if (!WF_FLOAT_CHECK(v) && !WF_INT_CHECK(v) && WF_TYPE(v)->nb_float == NULL &&
            WF_TYPE(v)->nb_index == NULL) {
            return wf_err_format_int(&wf_exc_TypeError, "must be real number, not %T", v);
        }
        double x = wf_float_as_double(v);
        if (x == -1.0 && wf_err_occurred()) {
            return -1;
        }
        if (c == 'd') {
            memcpy(out, &x, 8);
        } else {
            float f = (float)x;
            memcpy(out, &f, 4);
        }
        return 0;
    }
    wf_object_t *n = wf_index(v);
    if (n == NULL) {
        return -1;
    }
    int neg = wf_int_sign(n) < 0;
    int64_t s = 0;
    uint64_t u = 0;
    int sfits = wf_int_to_i64_if_fits(n, &s);
    int ufits = !neg && wf_int_to_u64_if_fits(n, &u);
    WF_DECREF(n);
    switch (c) {
        case 'b': case 'h': case 'i': case 'l': case 'B': case 'H':
            if (!sfits) {
                return overflow("Python int too large to convert to C long");
            }
            break;
        default: break;
    }
    switch (c) {
        case 'b':
            if (s < INT16_MIN || s > INT16_MAX) {
                return range_error("signed short integer", s > 0);
            }
            if (s < -128 || s > 127) {
                return range_error("signed char", s > 0);
            }
            *(int8_t *)out = (int8_t)s;
            return 0;
        case 'B':
            if (s < 0 || s > 255) {
                return range_error("unsigned byte integer", s > 0);
            }
            *(uint8_t *)out = (uint8_t)s;
            return 0;
        case 'h': {
            if (s < INT16_MIN || s > INT16_MAX) {
                return range_error("signed short integer", s > 0);
            }
            int16_t x = (int16_t)s;
            memcpy(out, &x, 2);
            return 0;
        }
        case 'H': {
            if (s < INT32_MIN || s > INT32_MAX) {
                return range_error("signed integer", s > 0);
            }
            if (s < 0 || s > UINT16_MAX) {
                return range_error("unsigned short", s > 0);
            }
            uint16_t x = (uint16_t)s;
            memcpy(out, &x, 2);
            return 0;
        }
        case 'i': {
            if (s < INT32_MIN || s > INT32_MAX) {
                return range_error("signed integer", s > 0);
            }
            int32_t x = (int32_t)s;
            memcpy(out, &x, 4);
            return 0;
        }
        case 'l':
            memcpy(out, &s, 8);
            return 0;
        case 'I': case 'L':
            if (neg) {
                return overflow("can't convert negative value to unsigned int");
            }
            if (!ufits) {
                return overflow("Python int too large to convert to C unsigned long");
            }
            if (c == 'I') {
                if (u > UINT32_MAX) {
                    return range_error("unsigned int", 1);
                }
                uint32_t x = (uint32_t)u;
                memcpy(out, &x, 4);
                return 0;
            }
            memcpy(out, &u, 8);
            return 0;
        case 'q':
            if (!sfits) {
                return overflow("int too big to convert");
            }
            memcpy(out, &s, 8);
            return 0;
        default:  // 'Q'
            if (neg) {
                return overflow("can't convert negative int to unsigned");
            }
            if (!ufits) {
                return overflow("int too big to convert");
            }
            memcpy(out, &u, 8);
            return 0;
    }
}

// ---------------------------------------------------------------------------------------
// Storage.

static int resize_error(void) {
    return wf_err_format_int(&wf_exc_BufferError, "cannot resize an array that is exporting buffers");
}

// Resize to n items (contents kept up to n). 0 / -1.
static int resize(wf_object_t *o, wf_ssize_t n) {
    array_t *a = A(o);
    if (n != ALEN(o) && a->exports > 0) {
        return resize_error();
    }
    if (n <= a->alloc && n >= a->alloc / 2) {
        WF_SET_SIZE(o, n);
        return 0;
    }
    wf_ssize_t sz = a->d->itemsize;
    if (n > WF_SSIZE_MAX / sz / 2) {
        wf_err_nomemory();
        return -1;
    }
    wf_ssize_t alloc = n;
    if (n > a->alloc && ALEN(o) > 0) {
        alloc = n + (n >> 4) + (n < 8 ? 3 : 7);
    }
    if (alloc > WF_SSIZE_MAX / sz) {
        wf_err_nomemory();
        return -1;
    }
    char *nd = alloc == 0 ? NULL : wf_mem_realloc(a->data, (size_t)(alloc * sz));
    if (alloc == 0) {
        wf_mem_free(a->data);
    } else if (nd == NULL) {
        wf_err_nomemory();
        return -1;
    }
    a->data = nd;
    a->alloc = alloc;
    WF_SET_SIZE(o, n);
    return 0;
}

static wf_object_t *new_array(wf_type_t *t, const desc_t *d, wf_ssize_t n) {
    wf_object_t *o = wf_type_alloc(t, 0);
    if (o == NULL) {
        return NULL;
    }
    A(o)->d = d;
    A(o)->data = NULL;
    A(o)->alloc = 0;
    A(o)->exports = 0;
    WF_SET_SIZE(o, 0);
    if (n > 0 && resize(o, n) < 0) {
        WF_DECREF(o);
        return NULL;
    }
    return o;
}

static wf_object_t *array_from(const desc_t *d, const char *data, wf_ssize_t n) {
    wf_object_t *r = new_array(&wf_array_type, d, n);
    if (r != NULL && n > 0) {
        memcpy(A(r)->data, data, (size_t)(n * d->itemsize));
    }
    return r;
}

// Replace items [lo, hi) with n items from src (which may point into the array). 0 / -1.
static int splice(wf_object_t *o, wf_ssize_t lo, wf_ssize_t hi, const char *src, wf_ssize_t n) {
    wf_ssize_t sz = ISZ(o), len = ALEN(o);
    wf_ssize_t newlen = len - (hi - lo) + n;
    char *copy = NULL;
    if (n > 0 && src >= A(o)->data && src < A(o)->data + len * sz) {
        copy = wf_mem_alloc((size_t)(n * sz));
        if (copy == NULL) {
            wf_err_nomemory();
            return -1;
        }
        memcpy(copy, src, (size_t)(n * sz));
        src = copy;
    }
    int rc = 0;
    if (newlen != len && A(o)->exports > 0) {
        rc = resize_error();
    } else if (newlen > len) {
        rc = resize(o, newlen);
        if (rc == 0) {
            memmove(A(o)->data + (lo + n) * sz, A(o)->data + hi * sz, (size_t)((len - hi) * sz));
        }
    } else {
        if (len > 0) {
            memmove(A(o)->data + (lo + n) * sz, A(o)->data + hi * sz, (size_t)((len - hi) * sz));
        }
        rc = resize(o, newlen);
    }
    if (rc == 0 && n > 0) {
        memcpy(A(o)->data + lo * sz, src, (size_t)(n * sz));
    }
    wf_mem_free(copy);
    return rc;
}

// Append items converted from an iterable.
static int extend_iter(wf_object_t *o, wf_object_t *iterable) {
    wf_object_t *it = wf_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    char buf[8];
    wf_object_t *v;
    while ((v = wf_iter_next(it)) != NULL) {
        int rc = pack_item(A(o)->d, v, buf);
        WF_DECREF(v);
        if (rc < 0 || splice(o, ALEN(o), ALEN(o), buf, 1) < 0) {
            WF_DECREF(it);
            return -1;
        }
    }
    WF_DECREF(it);
    return wf_err_occurred() != NULL ? -1 : 0;
}

static int extend_array(wf_object_t *o, wf_object_t *b) {
    if (A(b)->d != A(o)->d) {
        return wf_err_format_int(&wf_exc_TypeError, "can only extend with array of same kind");
    }
    return splice(o, ALEN(o), ALEN(o), A(b)->data, ALEN(b));
}

static int frombytes_into(wf_object_t *o, wf_object_t *data) {
    wf_buffer_t v;
    if (wf_buffer_get(data, &v, WF_BUF_SIMPLE) < 0) {
        return -1;
    }
    int rc = -1;
    if (!wf_buffer_is_contiguous(&v)) {
        wf_err_set_string(&wf_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    } else if (v.len % ISZ(o) != 0) {
        wf_err_set_string(&wf_exc_ValueError, "bytes length not a multiple of item size");
    } else {
        rc = splice(o, ALEN(o), ALEN(o), v.buf, v.len / ISZ(o));
    }
    wf_buffer_release(&v);
    return rc;
}

static int fromunicode_into(wf_object_t *o, wf_object_t *s) {
    wf_ssize_t n = WF_STR_LEN(s);
    uint32_t *cps = wf_mem_alloc(sizeof(uint32_t) * (size_t)(n + 1));
    if (cps == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        cps[i] = wf_str_char(s, i);
    }
    int rc = splice(o, ALEN(o), ALEN(o), (const char *)cps, n);
    wf_mem_free(cps);
    return rc;
}

// ---------------------------------------------------------------------------------------
// Construction.

static wf_object_t *array_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    // Keywords are refused unless a subclass's own __init__ takes them.
    if (kwargs != NULL && wf_dict_size(kwargs) > 0 &&
        (type == &wf_array_type ||
         wf_type_lookup(type, WF_ID(__init__)) == wf_type_lookup(&wf_object_type, WF_ID(__init__)))) {
        return wf_err_set_string(&wf_exc_TypeError, "array.array() takes no keyword arguments");
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs < 1) {
        return wf_err_format(&wf_exc_TypeError, "array() takes at least 1 argument (0 given)");
    }
    if (nargs > 2) {
        return wf_err_format(&wf_exc_TypeError, "array() takes at most 2 arguments (%zd given)",
                             nargs);
    }
    wf_object_t *tc = WF_TUPLE_GET(args, 0);
    wf_object_t *init = nargs > 1 ? WF_TUPLE_GET(args, 1) : NULL;
    if (!WF_STR_CHECK(tc) || WF_STR_LEN(tc) != 1) {
        return wf_err_format(&wf_exc_TypeError,
                             "array() argument 1 must be a unicode character, not %s",
                             WF_ARGTYPE(tc));
    }
    const desc_t *d = find_desc(wf_str_char(tc, 0));
    if (d == NULL) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    if (d->code == 'u' &&
        wf_err_warn(&wf_exc_DeprecationWarning,
                    "The 'u' type code is deprecated and will be removed in Python 3.16", 1) < 0) {
        return NULL;
    }
    if (init != NULL) {
        if (WF_STR_CHECK(init) && !IS_UNICODE(d->code)) {
            return wf_err_format(&wf_exc_TypeError,
                                 "cannot use a str to initialize an array with typecode '%c'",
                                 (uint32_t)d->code);
        }
        if (ARRAY_CHECK(init) && IS_UNICODE(A(init)->d->code) && !IS_UNICODE(d->code)) {
            return wf_err_format(&wf_exc_TypeError,
                                 "cannot use a unicode array to initialize an array with "
                                 "typecode '%c'",
                                 (uint32_t)d->code);
        }
    }
    wf_object_t *a = new_array(type, d, 0);
    if (a == NULL || init == NULL) {
        return a;
    }
    int rc;
    if (WF_BYTES_CHECK(init) || WF_BYTEARRAY_CHECK(init)) {
        rc = frombytes_into(a, init);
    } else if (WF_STR_CHECK(init)) {
        rc = fromunicode_into(a, init);
    } else if (ARRAY_CHECK(init) && A(init)->d == d) {
        rc = extend_array(a, init);
    } else {
        rc = extend_iter(a, init);
    }
    if (rc < 0) {
        WF_DECREF(a);
        return NULL;
    }
    return a;
}

static void array_dealloc(wf_object_t *o) {
    wf_mem_free(A(o)->data);
    wf_object_free(o);
}

// ---------------------------------------------------------------------------------------
// Sequence protocol.

static wf_ssize_t array_len(wf_object_t *o) {
    return ALEN(o);
}

// An index argument normalised against len; -1 with IndexError(msg) when out of range.
static int get_index(wf_object_t *o, wf_object_t *key, const char *msg, wf_ssize_t *out) {
    wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
    if (i == -1 && wf_err_occurred()) {
        return -1;
    }
    if (i < 0) {
        i += ALEN(o);
    }
    if (i < 0 || i >= ALEN(o)) {
        wf_err_set_string(&wf_exc_IndexError, msg);
        return -1;
    }
    *out = i;
    return 0;
}

static wf_object_t *array_subscript(wf_object_t *o, wf_object_t *key) {
    if (WF_SLICE_CHECK(key)) {
        wf_ssize_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        wf_ssize_t n = wf_slice_adjust(ALEN(o), &start, &stop, step);
        wf_ssize_t sz = ISZ(o);
        wf_object_t *r = new_array(&wf_array_type, A(o)->d, n);
        if (r == NULL) {
            return NULL;
        }
        if (step == 1) {
            if (n > 0) {
                memcpy(A(r)->data, A(o)->data + start * sz, (size_t)(n * sz));
            }
        } else {
            for (wf_ssize_t i = 0; i < n; i++) {
                memcpy(A(r)->data + i * sz, A(o)->data + (start + i * step) * sz, (size_t)sz);
            }
        }
        return r;
    }
    if (!wf_index_check(key)) {
        return wf_err_set_string(&wf_exc_TypeError, "array indices must be integers");
    }
    wf_ssize_t i;
    if (get_index(o, key, "array index out of range", &i) < 0) {
        return NULL;
    }
    return get_item(A(o)->d, A(o)->data + i * ISZ(o));
}

static int array_del_slice(wf_object_t *o, wf_ssize_t start, wf_ssize_t step, wf_ssize_t n) {
    if (step == 1 || n == 0) {
        return splice(o, start, start + n, NULL, 0);
    }
    if (A(o)->exports > 0) {
        return resize_error();
    }
    if (step < 0) {
        start += step * (n - 1);
        step = -step;
    }
    wf_ssize_t sz = ISZ(o), len = ALEN(o), w = 0;
    char *p = A(o)->data;
    for (wf_ssize_t i = 0; i < len; i++) {
        int gone = i >= start && (i - start) % step == 0 && (i - start) / step < n;
        if (!gone) {
            if (w != i) {
                memcpy(p + w * sz, p + i * sz, (size_t)sz);
            }
            w++;
        }
    }
    return resize(o, w);
}

static int array_ass_subscript(wf_object_t *o, wf_object_t *key, wf_object_t *value) {
    if (!WF_SLICE_CHECK(key)) {
        if (!wf_index_check(key)) {
            return wf_err_format_int(&wf_exc_TypeError, "array indices must be integers");
        }
        wf_ssize_t i;
        char buf[8];
        if (value != NULL && pack_item(A(o)->d, value, buf) < 0) {
            return -1;
        }
        if (get_index(o, key, "array assignment index out of range", &i) < 0) {
            return -1;
        }
        if (value == NULL) {
            return splice(o, i, i + 1, NULL, 0);
        }
        memcpy(A(o)->data + i * ISZ(o), buf, (size_t)ISZ(o));
        return 0;
    }
    wf_ssize_t start, stop, step;
    if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
        return -1;
    }
    wf_ssize_t n = wf_slice_adjust(ALEN(o), &start, &stop, step);
    if (value == NULL) {
        return array_del_slice(o, start, step, n);
    }
    if (!ARRAY_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "can only assign array (not \"%s\") to array slice",
                                 WF_TYPE(value)->name);
    }
    if (A(value)->d != A(o)->d) {
        return wf_err_format_int(&wf_exc_TypeError, "bad argument type for built-in operation");
    }
    wf_ssize_t m = ALEN(value), sz = ISZ(o);
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        return splice(o, start, stop, A(value)->data, m);
    }
    if (m != n) {
        return wf_err_format_int(&wf_exc_ValueError,
                                 "attempt to assign array of size %zd to extended slice of size %zd",
                                 m, n);
    }
    char *src = A(value)->data, *copy = NULL;
    if (value == o && n > 0) {
        copy = wf_mem_alloc((size_t)(n * sz));
        if (copy == NULL) {
            wf_err_nomemory();
            return -1;
        }
        memcpy(copy, src, (size_t)(n * sz));
        src = copy;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        memcpy(A(o)->data + (start + i * step) * sz, src + i * sz, (size_t)sz);
    }
    wf_mem_free(copy);
    return 0;
}

static int array_contains(wf_object_t *o, wf_object_t *v) {
    for (wf_ssize_t i = 0; i < ALEN(o); i++) {
        wf_object_t *x = get_item(A(o)->d, A(o)->data + i * ISZ(o));
        if (x == NULL) {
            return -1;
        }
        int r = wf_richcompare_bool(x, v, WF_EQ);
        WF_DECREF(x);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

static wf_object_t *array_concat(wf_object_t *a, wf_object_t *b) {
    if (!ARRAY_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (!ARRAY_CHECK(b)) {
        return wf_err_format(&wf_exc_TypeError, "can only append array (not \"%s\") to array",
                             WF_TYPE(b)->name);
    }
    if (A(a)->d != A(b)->d) {
        return wf_err_set_string(&wf_exc_TypeError, "bad argument type for built-in operation");
    }
    wf_ssize_t na = ALEN(a), nb = ALEN(b), sz = ISZ(a);
    wf_object_t *r = new_array(&wf_array_type, A(a)->d, na + nb);
    if (r != NULL) {
        if (na > 0) {
            memcpy(A(r)->data, A(a)->data, (size_t)(na * sz));
        }
        if (nb > 0) {
            memcpy(A(r)->data + na * sz, A(b)->data, (size_t)(nb * sz));
        }
    }
    return r;
}

static wf_object_t *array_iconcat(wf_object_t *a, wf_object_t *b) {
    if (!ARRAY_CHECK(b)) {
        return wf_err_format(&wf_exc_TypeError, "can only extend array with array (not \"%s\")",
                             WF_TYPE(b)->name);
    }
    if (extend_array(a, b) < 0) {
        return NULL;
    }
    return wf_newref(a);
}

static int repeat_into(wf_object_t *dst, wf_object_t *src, wf_ssize_t reps) {
    wf_ssize_t nbytes = ALEN(src) * ISZ(src);
    for (wf_ssize_t i = 0; i < reps; i++) {
        memcpy(A(dst)->data + i * nbytes, A(src)->data, (size_t)nbytes);
    }
    return 0;
}

// The count of an in-place repetition (__imul__): __index__ is required ("'float' object
// cannot be interpreted as an integer"); negative counts empty the array. 0 / -1.
static int repeat_count(wf_object_t *num, wf_ssize_t *out) {
    if (!wf_index_check(num)) {
        return wf_err_format_int(&wf_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                                 num);
    }
    return wf_str_repeat_count(num, out);
}

static wf_object_t *array_repeat(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = ARRAY_CHECK(a) ? a : b;
    wf_object_t *num = seq == a ? b : a;
    wf_ssize_t reps;
    if (wf_str_repeat_count(num, &reps) < 0) {
        return NULL;
    }
    wf_ssize_t len = ALEN(seq);
    if (len > 0 && reps > WF_SSIZE_MAX / len) {
        return wf_err_nomemory();
    }
    wf_object_t *r = new_array(&wf_array_type, A(seq)->d, len * reps);
    if (r != NULL) {
        repeat_into(r, seq, reps);
    }
    return r;
}

static wf_object_t *array_irepeat(wf_object_t *a, wf_object_t *b) {
    wf_ssize_t reps;
    if (repeat_count(b, &reps) < 0) {
        return NULL;
    }
    wf_ssize_t len = ALEN(a);
    if (len > 0 && reps != 1) {
        if (reps > WF_SSIZE_MAX / len) {
            return wf_err_nomemory();
        }
        wf_object_t *copy = array_from(A(a)->d, A(a)->data, len);
        if (copy == NULL) {
            return NULL;
        }
        int rc = resize(a, len * reps);
        if (rc == 0) {
            repeat_into(a, copy, reps);
        }
        WF_DECREF(copy);
        if (rc < 0) {
            return NULL;
        }
    }
    return wf_newref(a);
}

static wf_object_t *array_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!ARRAY_CHECK(a) || !ARRAY_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_ssize_t na = ALEN(a), nb = ALEN(b);
    if (na != nb && (op == WF_EQ || op == WF_NE)) {
        return wf_bool_from(op == WF_NE);
    }
    // Find the first differing item, then compare it (or the lengths).
    wf_ssize_t i;
    for (i = 0; i < na && i < nb; i++) {
        wf_object_t *x = get_item(A(a)->d, A(a)->data + i * ISZ(a));
        wf_object_t *y = x == NULL ? NULL : get_item(A(b)->d, A(b)->data + i * ISZ(b));
        int eq = y == NULL ? -1 : wf_richcompare_bool(x, y, WF_EQ);
        if (eq == 0) {
            wf_object_t *r;
            if (op == WF_EQ) {
                r = wf_newref(WF_FALSE);
            } else if (op == WF_NE) {
                r = wf_newref(WF_TRUE);
            } else {
                r = wf_richcompare(x, y, op);
            }
            WF_DECREF(x);
            WF_DECREF(y);
            return r;
        }
        WF_XDECREF(x);
        WF_XDECREF(y);
        if (eq < 0) {
            return NULL;
        }
    }
    int r;
    switch (op) {
        case WF_LT: r = na < nb; break;
        case WF_LE: r = na <= nb; break;
        case WF_EQ: r = na == nb; break;
        case WF_NE: r = na != nb; break;
        case WF_GT: r = na > nb; break;
        default: r = na >= nb; break;
    }
    return wf_bool_from(r);
}

static wf_object_t *array_tolist_impl(wf_object_t *o) {
    wf_ssize_t n = ALEN(o);
    wf_object_t *l = wf_list_new(n);
    for (wf_ssize_t i = 0; l != NULL && i < n; i++) {
        wf_object_t *x = get_item(A(o)->d, A(o)->data + i * ISZ(o));
        if (x == NULL) {
            WF_DECREF(l);
            return NULL;
        }
        WF_LIST_SET_STEAL(l, i, x);
    }
    return l;
}

static wf_object_t *array_tounicode_impl(wf_object_t *o) {
    const uint32_t *cps = (const uint32_t *)A(o)->data;
    for (wf_ssize_t i = 0; i < ALEN(o); i++) {
        if (cps[i] > 0x10ffff) {
            // Raises the UTF-32 decoder's error, as CPython reports it.
            return wf_codecs_decode(WF_CODEC_UTF32_LE, A(o)->data, ALEN(o) * 4, NULL);
        }
    }
    return wf_str_from_ucs4(cps, ALEN(o));
}

static wf_object_t *array_repr(wf_object_t *o) {
    char c = A(o)->d->code;
    if (ALEN(o) == 0) {
        return wf_str_from_format("%s('%c')", wf_type_short_name(WF_TYPE(o)), (uint32_t)c);
    }
    wf_object_t *v = IS_UNICODE(c) ? array_tounicode_impl(o) : array_tolist_impl(o);
    if (v == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_str_from_format("%s('%c', %R)", wf_type_short_name(WF_TYPE(o)),
                                        (uint32_t)c, v);
    WF_DECREF(v);
    return r;
}

static int array_getbuffer(wf_object_t *o, wf_buffer_t *v, int flags) {
    array_t *a = A(o);
    if (wf_buffer_fill(v, o, a->data, ALEN(o) * a->d->itemsize, 0, flags) < 0) {
        return -1;
    }
    v->itemsize = a->d->itemsize;
    v->format = a->d->format;
    v->dims[0] = ALEN(o);
    v->dims[1] = a->d->itemsize;
    if (v->buf == NULL) {
        static char empty;
        v->buf = &empty;
    }
    a->exports++;
    return 0;
}

static void array_releasebuffer(wf_object_t *o, wf_buffer_t *v) {
    A(o)->exports--;
}

// ---------------------------------------------------------------------------------------
// Methods.

static wf_object_t *m_append(wf_object_t *o, wf_object_t *v) {
    char buf[8];
    if (pack_item(A(o)->d, v, buf) < 0 || splice(o, ALEN(o), ALEN(o), buf, 1) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_extend(wf_object_t *o, wf_object_t *v) {
    int rc = ARRAY_CHECK(v) ? extend_array(o, v) : extend_iter(o, v);
    if (rc < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_insert(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_ssize_t i = wf_as_ssize(args[0], &wf_exc_OverflowError);
    if (i == -1 && wf_err_occurred()) {
        return NULL;
    }
    char buf[8];
    if (pack_item(A(o)->d, args[1], buf) < 0) {
        return NULL;
    }
    wf_ssize_t n = ALEN(o);
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    if (splice(o, i, i, buf, 1) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_pop(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
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
    wf_ssize_t n = ALEN(o);
    if (n == 0) {
        return wf_err_set_string(&wf_exc_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return wf_err_set_string(&wf_exc_IndexError, "pop index out of range");
    }
    wf_object_t *x = get_item(A(o)->d, A(o)->data + i * ISZ(o));
    if (x != NULL && splice(o, i, i + 1, NULL, 0) < 0) {
        WF_CLEAR(x);
    }
    return x;
}

// Index of the first item equal to v in [start, stop), -1 when none, -2 on error.
static wf_ssize_t find(wf_object_t *o, wf_object_t *v, wf_ssize_t start, wf_ssize_t stop) {
    for (wf_ssize_t i = start; i < stop && i < ALEN(o); i++) {
        wf_object_t *x = get_item(A(o)->d, A(o)->data + i * ISZ(o));
        if (x == NULL) {
            return -2;
        }
        int r = wf_richcompare_bool(x, v, WF_EQ);
        WF_DECREF(x);
        if (r < 0) {
            return -2;
        }
        if (r) {
            return i;
        }
    }
    return -1;
}

static wf_object_t *m_remove(wf_object_t *o, wf_object_t *v) {
    wf_ssize_t i = find(o, v, 0, ALEN(o));
    if (i == -2) {
        return NULL;
    }
    if (i < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "array.remove(x): x not in array");
    }
    if (splice(o, i, i + 1, NULL, 0) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_index(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    wf_ssize_t n = ALEN(o), start = 0, stop = WF_SSIZE_MAX;
    if (nargs > 1 && !wf_slice_index(args[1], &start, 0)) {
        return NULL;
    }
    if (nargs > 2 && !wf_slice_index(args[2], &stop, 0)) {
        return NULL;
    }
    if (start < 0) {
        start = start + n < 0 ? 0 : start + n;
    }
    if (stop < 0) {
        stop = stop + n < 0 ? 0 : stop + n;
    }
    wf_ssize_t i = find(o, args[0], start, stop);
    if (i == -2) {
        return NULL;
    }
    if (i < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "array.index(x): x not in array");
    }
    return wf_int_from_ssize(i);
}

static wf_object_t *m_count(wf_object_t *o, wf_object_t *v) {
    wf_ssize_t c = 0;
    for (wf_ssize_t i = 0; i < ALEN(o); i++) {
        wf_object_t *x = get_item(A(o)->d, A(o)->data + i * ISZ(o));
        if (x == NULL) {
            return NULL;
        }
        int r = wf_richcompare_bool(x, v, WF_EQ);
        WF_DECREF(x);
        if (r < 0) {
            return NULL;
        }
        c += r;
    }
    return wf_int_from_ssize(c);
}

static wf_object_t *m_clear(wf_object_t *o, wf_object_t *unused) {
    if (resize(o, 0) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_reverse(wf_object_t *o, wf_object_t *unused) {
    wf_ssize_t n = ALEN(o), sz = ISZ(o);
    char tmp[8];
    for (wf_ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        memcpy(tmp, A(o)->data + i * sz, (size_t)sz);
        memcpy(A(o)->data + i * sz, A(o)->data + j * sz, (size_t)sz);
        memcpy(A(o)->data + j * sz, tmp, (size_t)sz);
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_byteswap(wf_object_t *o, wf_object_t *unused) {
    wf_ssize_t n = ALEN(o), sz = ISZ(o);
    for (wf_ssize_t i = 0; i < n; i++) {
        char *p = A(o)->data + i * sz;
        for (wf_ssize_t k = 0; k < sz / 2; k++) {
            char t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_buffer_info(wf_object_t *o, wf_object_t *unused) {
    wf_object_t *addr = wf_int_from_u64((uint64_t)(uintptr_t)A(o)->data);
    wf_object_t *len = addr == NULL ? NULL : wf_int_from_ssize(ALEN(o));
    wf_object_t *r = len == NULL ? NULL : wf_tuple_pack(2, addr, len);
    WF_XDECREF(addr);
    WF_XDECREF(len);
    return r;
}

static wf_object_t *m_tobytes(wf_object_t *o, wf_object_t *unused) {
    return wf_bytes_from(A(o)->data, ALEN(o) * ISZ(o));
}

static wf_object_t *m_frombytes(wf_object_t *o, wf_object_t *data) {
    if (frombytes_into(o, data) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_tolist(wf_object_t *o, wf_object_t *unused) {
    return array_tolist_impl(o);
}

static wf_object_t *m_fromlist(wf_object_t *o, wf_object_t *l) {
    if (!WF_LIST_CHECK(l)) {
        return wf_err_set_string(&wf_exc_TypeError, "arg must be list");
    }
    wf_ssize_t n = WF_SIZE(l), sz = ISZ(o);
    char *buf = wf_mem_alloc((size_t)(n * sz + 1));
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    for (wf_ssize_t i = 0; i < n && i < WF_SIZE(l); i++) {
        wf_object_t *x = wf_list_get_ref(l, i);
        int rc = x == NULL ? 0 : pack_item(A(o)->d, x, buf + i * sz);
        WF_XDECREF(x);
        if (rc < 0) {
            wf_mem_free(buf);
            return NULL;
        }
    }
    int rc = splice(o, ALEN(o), ALEN(o), buf, n);
    wf_mem_free(buf);
    if (rc < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_tounicode(wf_object_t *o, wf_object_t *unused) {
    if (!IS_UNICODE(A(o)->d->code)) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "tounicode() may only be called on unicode type arrays ('u' or 'w')");
    }
    return array_tounicode_impl(o);
}

static wf_object_t *m_fromunicode(wf_object_t *o, wf_object_t *s) {
    if (!WF_STR_CHECK(s)) {
        return wf_err_format(&wf_exc_TypeError, "fromunicode() argument must be str, not %s",
                             WF_ARGTYPE(s));
    }
    if (!IS_UNICODE(A(o)->d->code)) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
    }
    if (fromunicode_into(o, s) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_fromfile(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("fromfile", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_ssize_t n = wf_as_ssize(args[1], &wf_exc_OverflowError);
    if (n == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "negative count");
    }
    wf_ssize_t sz = ISZ(o);
    if (n > WF_SSIZE_MAX / sz) {
        return wf_err_nomemory();
    }
    wf_object_t *nb = wf_int_from_ssize(n * sz);
    wf_object_t *b = nb == NULL ? NULL : wf_call_method_cstr(args[0], "read", &nb, 1);
    WF_XDECREF(nb);
    if (b == NULL) {
        return NULL;
    }
    if (!WF_BYTES_CHECK(b)) {
        WF_DECREF(b);
        return wf_err_set_string(&wf_exc_TypeError, "read() didn't return bytes");
    }
    wf_ssize_t got = WF_BYTES_LEN(b) / sz;
    int rc = splice(o, ALEN(o), ALEN(o), WF_BYTES_DATA(b), got);
    WF_DECREF(b);
    if (rc < 0) {
        return NULL;
    }
    if (got != n) {
        return wf_err_set_string(&wf_exc_EOFError, "read() didn't return enough bytes");
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_tofile(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (nargs != 1) {
        return wf_err_format(&wf_exc_TypeError,
                             "tofile() takes exactly 1 positional argument (%zd given)", nargs);
    }
    wf_object_t *f = args[0];
    // Written in blocks, as CPython does, so a huge array does not need one huge copy.
    const wf_ssize_t block = 64 * 1024;
    wf_ssize_t nbytes = ALEN(o) * ISZ(o);
    for (wf_ssize_t at = 0; at < nbytes; at += block) {
        wf_ssize_t k = nbytes - at < block ? nbytes - at : block;
        wf_object_t *b = wf_bytes_from(A(o)->data + at, k);
        wf_object_t *r = b == NULL ? NULL : wf_call_method_cstr(f, "write", &b, 1);
        WF_XDECREF(b);
        if (r == NULL) {
            return NULL;
        }
        WF_DECREF(r);
    }
    WF_RETURN_NONE;
}

static wf_object_t *m_copy(wf_object_t *o, wf_object_t *unused) {
    return array_from(A(o)->d, A(o)->data, ALEN(o));
}

static wf_object_t *m_deepcopy(wf_object_t *o, wf_object_t *memo) {
    return m_copy(o, NULL);
}

static wf_object_t *reconstructor;  // array._array_reconstructor

// Pickling: protocol 3 and later get the machine-format form read by _array_reconstructor,
// older ones (typecode, list).
static wf_object_t *m_reduce_ex(wf_object_t *o, wf_object_t *proto) {
    wf_ssize_t protocol = wf_as_ssize(proto, &wf_exc_OverflowError);
    if (protocol == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_object_t *tc = wf_str_from_format("%c", (uint32_t)A(o)->d->code);
    if (tc == NULL) {
        return NULL;
    }
    wf_object_t *args, *fn = WF_OBJ(WF_TYPE(o));
    if (protocol < 3) {
        wf_object_t *l = array_tolist_impl(o);
        args = l == NULL ? NULL : wf_tuple_pack(2, tc, l);
        WF_XDECREF(l);
    } else {
        wf_object_t *code = wf_int_from_i64(A(o)->d->mformat);
        wf_object_t *b = code == NULL ? NULL : m_tobytes(o, NULL);
        args = b == NULL ? NULL : wf_tuple_pack(4, WF_OBJ(WF_TYPE(o)), tc, code, b);
        WF_XDECREF(code);
        WF_XDECREF(b);
        fn = reconstructor;
    }
    WF_DECREF(tc);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *dict = wf_getattr_cstr(o, "__dict__");
    if (dict == NULL) {
        wf_err_clear();
        dict = wf_newref(WF_NONE);
    } else if (WF_DICT_CHECK(dict) && wf_dict_size(dict) == 0) {
        WF_SETREF(dict, wf_newref(WF_NONE));
    }
    wf_object_t *r = wf_tuple_pack(3, fn, args, dict);
    WF_DECREF(args);
    WF_DECREF(dict);
    return r;
}

static wf_object_t *m_sizeof(wf_object_t *o, wf_object_t *unused) {
    return wf_int_from_ssize(WF_TYPE(o)->basicsize + A(o)->alloc * ISZ(o));
}

static wf_object_t *get_typecode(wf_object_t *o, void *c) {
    return wf_str_from_format("%c", (uint32_t)A(o)->d->code);
}

static wf_object_t *get_itemsize(wf_object_t *o, void *c) {
    return wf_int_from_i64(ISZ(o));
}

static wf_getset_def_t array_getsets[] = {
    {"typecode", get_typecode, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL},
};

#define NOARGS(f) {.noargs = (f)}, WF_METH_NOARGS
#define ONE(f) {.o = (f)}, WF_METH_O
#define FAST(f) {.fast = (f)}, WF_METH_FASTCALL

static wf_method_def_t array_methods[] = {
    {"append", ONE(m_append), "Append new value v to the end of the array."},
    {"buffer_info", NOARGS(m_buffer_info), "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", NOARGS(m_byteswap), "Byteswap all items of the array."},
    {"clear", NOARGS(m_clear), "Remove all items from the array."},
    {"count", ONE(m_count), "Return number of occurrences of v in the array."},
    {"extend", ONE(m_extend), "Append items to the end of the array."},
    {"frombytes", ONE(m_frombytes), "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", FAST(m_fromfile), "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", ONE(m_fromlist), "Append items to array from list."},
    {"fromunicode", ONE(m_fromunicode), "Extends this array with data from the unicode string ustr."},
    {"index", FAST(m_index), "Return index of first occurrence of v in the array."},
    {"insert", FAST(m_insert), "Insert a new item v into the array before position i."},
    {"pop", FAST(m_pop), "Return the i-th element and delete it from the array."},
    {"remove", ONE(m_remove), "Remove the first occurrence of v in the array."},
    {"reverse", NOARGS(m_reverse), "Reverse the order of the items in the array."},
    {"tobytes", NOARGS(m_tobytes), "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile", FAST(m_tofile), "Write all items (as machine values) to the file object f."},
    {"tolist", NOARGS(m_tolist), "Convert array to an ordinary list with the same items."},
    {"tounicode", NOARGS(m_tounicode), "Extends this array with data from the unicode string ustr."},
    {"__copy__", NOARGS(m_copy), "Return a copy of the array."},
    {"__deepcopy__", ONE(m_deepcopy), "Return a copy of the array."},
    {"__reduce_ex__", ONE(m_reduce_ex), "Return state information for pickling."},
    {"__sizeof__", NOARGS(m_sizeof), "Size of the array in memory, in bytes."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS,
     "See PEP 585"},
    {NULL},
};

// ---------------------------------------------------------------------------------------
// Iterator.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *seq;  // NULL once exhausted
    wf_ssize_t index;
} array_iter_t;

static wf_object_t *array_iter(wf_object_t *o) {
    array_iter_t *it = (array_iter_t *)wf_object_alloc(&wf_array_iter_type, sizeof(array_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->seq = wf_newref(o);
    it->index = 0;
    return WF_OBJ(it);
}

static void arrayiter_dealloc(wf_object_t *o) {
    WF_XDECREF(((array_iter_t *)o)->seq);
    wf_object_free(o);
}

static wf_object_t *arrayiter_next(wf_object_t *o) {
    array_iter_t *it = (array_iter_t *)o;
    wf_object_t *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < ALEN(seq)) {
        wf_ssize_t i = it->index++;
        return get_item(A(seq)->d, A(seq)->data + i * ISZ(seq));
    }
    it->seq = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *self_iter(wf_object_t *o) {
    return wf_newref(o);
}

wf_type_t wf_array_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "array.arrayiterator",
    .basicsize = sizeof(array_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = arrayiter_dealloc,
    .iter = self_iter,
    .iternext = arrayiter_next,
};

wf_type_t wf_array_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "array.array",
    .basicsize = sizeof(array_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_SEQUENCE,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are "
           "restricted by typecode, and\ninitialized from the optional initializer value, which "
           "must be a list,\na bytes-like object, or iterable over elements of the\nappropriate "
           "type.",
    .dealloc = array_dealloc,
    .new = array_new,
    .repr = array_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .binop = {[WF_BINOP_ADD] = array_concat, [WF_BINOP_MUL] = array_repeat},
    .inplace = {[WF_BINOP_ADD] = array_iconcat, [WF_BINOP_MUL] = array_irepeat},
    .len = array_len,
    .getitem = array_subscript,
    .setitem = array_ass_subscript,
    .contains = array_contains,
    .getbuffer = array_getbuffer,
    .releasebuffer = array_releasebuffer,
    .methods = array_methods,
    .getsets = array_getsets,
};

// The items of `data` in machine format `mf` (0..21) as a list (or a str for UTF-16/32).
static wf_object_t *decode_machine(int mf, const unsigned char *p, wf_ssize_t n) {
    static const signed char sizes[] = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 2, 2, 4, 4};
    int size = sizes[mf], big = mf >= 2 && (mf & 1);
    if (mf == 0 || mf == 1) {
        big = 0;
    }
    if (n % size != 0) {
        return wf_err_set_string(&wf_exc_ValueError, "string length not a multiple of item size");
    }
    wf_ssize_t count = n / size;
    if (mf >= 18) {
        uint32_t *cps = wf_mem_alloc(sizeof(uint32_t) * (size_t)(count + 1));
        if (cps == NULL) {
            return wf_err_nomemory();
        }
        wf_ssize_t k = 0;
        for (wf_ssize_t i = 0; i < count; i++) {
            const unsigned char *q = p + i * size;
            uint32_t c = 0;
            for (int j = 0; j < size; j++) {
                c |= (uint32_t)q[big ? j : size - 1 - j] << (8 * (size - 1 - j));
            }
            // UTF-16 surrogate pairs join into one code point.
            if (size == 2 && c >= 0xd800 && c < 0xdc00 && k >= 0 && i + 1 < count) {
                const unsigned char *r = q + 2;
                uint32_t lo = big ? (uint32_t)(r[0] << 8 | r[1]) : (uint32_t)(r[1] << 8 | r[0]);
                if (lo >= 0xdc00 && lo < 0xe000) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
                    i++;
                }
            }
            cps[k++] = c;
        }
        wf_object_t *str = wf_str_from_ucs4(cps, k);
        wf_mem_free(cps);
        return str;
    }
    wf_object_t *l = wf_list_new(count);
    for (wf_ssize_t i = 0; l != NULL && i < count; i++) {
        const unsigned char *q = p + i * size;
        uint64_t u = 0;
        for (int j = 0; j < size; j++) {
            u |= (uint64_t)q[big ? j : size - 1 - j] << (8 * (size - 1 - j));
        }
        wf_object_t *x;
        if (mf == 14 || mf == 15) {
            uint32_t w = (uint32_t)u;
            float f;
            memcpy(&f, &w, 4);
            x = wf_float_new(f);
        } else if (mf == 16 || mf == 17) {
            double d;
            memcpy(&d, &u, 8);
            x = wf_float_new(d);
        } else if (mf == 1 || (mf >= 2 && ((mf - 2) / 2) % 2 == 1)) {
            // Signed: sign-extend from `size` bytes.
            int shift = 64 - 8 * size;
            x = wf_int_from_i64((int64_t)(u << shift) >> shift);
        } else {
            x = wf_int_from_u64(u);
        }
        if (x == NULL) {
            WF_DECREF(l);
            return NULL;
        }
        WF_LIST_SET_STEAL(l, i, x);
    }
    return l;
}

static wf_object_t *array_reconstructor(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs) {
    if (wf_check_nargs("_array_reconstructor", nargs, 4, 4) < 0) {
        return NULL;
    }
    wf_object_t *type = args[0], *tc = args[1], *items = args[3];
    if (!WF_TYPE_CHECK(type)) {
        return wf_err_format(&wf_exc_TypeError, "first argument must be a type object, not %T",
                             type);
    }
    if (!wf_type_is_subtype((wf_type_t *)type, &wf_array_type)) {
        return wf_err_format(&wf_exc_TypeError, "%s is not a subtype of array.array",
                             ((wf_type_t *)type)->name);
    }
    const desc_t *d = WF_STR_CHECK(tc) && WF_STR_LEN(tc) == 1 ? find_desc(wf_str_char(tc, 0)) : NULL;
    if (d == NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "second argument must be a valid type code");
    }
    wf_ssize_t mf = wf_as_ssize(args[2], &wf_exc_OverflowError);
    if (mf == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (mf < 0 || mf > 21) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "third argument must be a valid machine format code.");
    }
    if (!WF_BYTES_CHECK(items)) {
        return wf_err_format(&wf_exc_TypeError, "fourth argument should be bytes, not %T", items);
    }
    wf_object_t *init;
    if (mf == d->mformat) {
        init = wf_newref(items);
    } else {
        init = decode_machine((int)mf, (const unsigned char *)WF_BYTES_DATA(items),
                              WF_BYTES_LEN(items));
        if (init == NULL) {
            return NULL;
        }
    }
    wf_object_t *targs = wf_tuple_pack(2, tc, init);
    WF_DECREF(init);
    if (targs == NULL) {
        return NULL;
    }
    wf_object_t *r = array_new((wf_type_t *)type, targs, NULL);
    WF_DECREF(targs);
    return r;
}

static wf_method_def_t module_functions[] = {
    {"_array_reconstructor", {.fast = array_reconstructor}, WF_METH_FASTCALL,
     "Internal. Used for pickling support."},
    {NULL},
};

wf_object_t *wf_mod_array_init(void) {
    if (wf_type_ready(&wf_array_type) < 0 || wf_type_ready(&wf_array_iter_type) < 0) {
        return NULL;
    }
    wf_object_t *m = wf_module_new("array");
    if (m == NULL || wf_module_add_type(m, &wf_array_type) < 0 ||
        wf_module_add_object(m, "ArrayType", WF_OBJ(&wf_array_type)) < 0 ||
        wf_module_add_str(m, "typecodes", "bBuwhHiIlLqQfd") < 0 ||
        wf_module_add_str(m, "__doc__",
                          "This module defines an object type which can efficiently represent\n"
                          "an array of basic values: characters, integers, floating-point\n"
                          "numbers.  Arrays are sequence types and behave very much like lists,\n"
                          "except that the type of objects stored in them is constrained.\n") < 0 ||
        wf_module_add_functions(m, module_functions) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    if (reconstructor == NULL) {
        reconstructor = wf_getattr_cstr(m, "_array_reconstructor");  // kept for the process
        if (reconstructor == NULL) {
            WF_DECREF(m);
            return NULL;
        }
    }
    // Register with collections.abc.MutableSequence, as CPython does.
    wf_object_t *abc = wf_import_module_cstr("collections.abc");
    wf_object_t *ms = abc == NULL ? NULL : wf_getattr_cstr(abc, "MutableSequence");
    wf_object_t *r = ms == NULL ? NULL : wf_call_method_cstr(ms, "register",
                                                             (wf_object_t *[]){WF_OBJ(&wf_array_type)}, 1);
    WF_XDECREF(abc);
    WF_XDECREF(ms);
    if (r == NULL) {
        WF_DECREF(m);
        return NULL;
    }
    WF_DECREF(r);
    return m;
}
