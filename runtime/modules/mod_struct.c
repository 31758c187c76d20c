// The _struct module: packing Python values into C structs and back, behind struct.py.
//
// A format is parsed once into a list of codes with counts; byte order and alignment
// come from the first character ('@' native with alignment, '=' '<' '>' '!' standard
// sizes without alignment), as in CPython.
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/str_impl.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include <math.h>
#include <string.h>

static wf_type_t *struct_error;

typedef struct {
    char code;
    wf_ssize_t count;   // repeat count (for 's'/'p': the byte length)
    wf_ssize_t offset;  // byte offset of the first item
    wf_ssize_t size;    // size of one item
} item_t;

typedef struct {
    int native, little;
    item_t *items;
    wf_ssize_t nitems, nvalues, size;
} layout_t;

static int std_size(char c) {
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
        case 'q': case 'Q': case 'd': return 8;
        default: return -1;
    }
}

static int native_size(char c) {
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': case 'q': case 'Q': case 'd': case 'n': case 'N': case 'P':
            return 8;
        default: return -1;
    }
}

static wf_object_t *struct_err(const char *msg) {
    return wf_err_set_string(struct_error, msg);
}

static int parse_format(const char *fmt, layout_t *lay) {
    lay->native = 1;
    lay->little = 1;
    const char *p = fmt;
    if (*p == '@' || *p == '=' || *p == '<' || *p == '>' || *p == '!') {
        lay->native = *p == '@';
        lay->little = *p == '<' || *p == '=' || *p == '@';
        p++;
    }
    wf_ssize_t cap = 8, n = 0, offset = 0, nvalues = 0;
    item_t *items = wf_mem_alloc(sizeof(item_t) * (size_t)cap);
    if (items == NULL) {
        wf_err_nomemory();
        return -1;
    }
    while (*p) {
        if (*p == ' ' || *p == '\t' || *p == '\n') {
            p++;
            continue;
        }
        wf_ssize_t count = 1;
        if (*p >= '0' && *p <= '9') {
            count = 0;
            while (*p >= '0' && *p <= '9') {
                count = count * 10 + (*p++ - '0');
                if (count > (WF_SSIZE_MAX >> 4)) {
                    wf_mem_free(items);
                    struct_err("total struct size too long");
                    return -1;
                }
            }
            if (*p == '\0') {
                wf_mem_free(items);
                struct_err("repeat count given without format specifier");
                return -1;
            }
        }
        char c = *p++;
        int sz = lay->native ? native_size(c) : std_size(c);
        if (sz < 0) {
            wf_mem_free(items);
            struct_err("bad char in struct format");
            return -1;
        }
        if (lay->native && c != 's' && c != 'p' && c != 'x' && sz > 1) {
            offset = (offset + sz - 1) / sz * sz;  // natural alignment
        }
        if (n == cap) {
            cap *= 2;
            item_t *ni = wf_mem_realloc(items, sizeof(item_t) * (size_t)cap);
            if (ni == NULL) {
                wf_mem_free(items);
                wf_err_nomemory();
                return -1;
            }
            items = ni;
        }
        items[n++] = (item_t){c, count, offset, sz};
        if (c == 's' || c == 'p') {
            offset += count;
            nvalues += 1;
        } else {
            offset += count * sz;
            nvalues += c == 'x' ? 0 : count;
        }
    }
    lay->items = items;
    lay->nitems = n;
    lay->nvalues = nvalues;
    lay->size = offset;
    return 0;
}

static void put_uint(unsigned char *dst, uint64_t v, int size, int little) {
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        dst[i] = (unsigned char)(v >> shift);
    }
}

static uint64_t get_uint(const unsigned char *src, int size, int little) {
    uint64_t v = 0;
    for (int i = 0; i < size; i++) {
        int shift = 8 * (little ? i : size - 1 - i);
        v |= (uint64_t)src[i] << shift;
    }
    return v;
}

static int is_signed(char c) {
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

static int pack_int(unsigned char *dst, wf_object_t *v, item_t *it, int little) {
    if (!WF_INT_CHECK(v)) {
        wf_object_t *idx = wf_index_check(v) ? wf_index(v) : NULL;
        if (idx == NULL) {
            if (!wf_err_occurred()) {
                struct_err("required argument is not an integer");
            }
            return -1;
        }
        int rc = pack_int(dst, idx, it, little);
        WF_DECREF(idx);
        return rc;
    }
    int bits = (int)it->size * 8;
    int64_t sv;
    if (is_signed(it->code)) {
        if (wf_int_as_i64(v, &sv) < 0 ||
            (bits < 64 && (sv < -((int64_t)1 << (bits - 1)) || sv >= ((int64_t)1 << (bits - 1))))) {
            wf_err_clear();
            if (bits == 64) {
                wf_err_format(struct_error, "argument out of range");
            } else if (it->code == 'b') {
                wf_err_format(struct_error, "'b' format requires -128 <= number <= 127");
            } else {
                wf_err_format(struct_error, "'%c' format requires %lld <= number <= %lld", it->code,
                              (long long)-((int64_t)1 << (bits - 1)),
                              (long long)(((int64_t)1 << (bits - 1)) - 1));
            }
            return -1;
        }
        put_uint(dst, (uint64_t)sv, (int)it->size, little);
        return 0;
    }
    if (wf_int_sign(v) < 0) {
        if (it->code == 'B') {
            wf_err_format(struct_error, "ubyte format requires 0 <= number <= 255");
        } else {
            wf_err_format(struct_error, "'%c' format requires 0 <= number <= %llu", it->code,
                          bits == 64 ? 18446744073709551615ull : (unsigned long long)(((uint64_t)1 << bits) - 1));
        }
        return -1;
    }
    wf_object_t *mask = wf_int_from_u64(UINT64_MAX);
    wf_object_t *hi = mask ? wf_binary_op(v, mask, WF_BINOP_AND) : NULL;
    int fits = hi ? wf_richcompare_bool(hi, v, WF_EQ) : -1;
    int64_t low = 0;
    uint64_t uv = 0;
    if (fits > 0 && wf_int_to_i64_if_fits(v, &low)) {
        uv = (uint64_t)low;
    } else if (fits > 0) {
        // Between 2**63 and 2**64: split into halves.
        wf_object_t *sh = wf_int_from_i64(32), *m32 = wf_int_from_u64(0xffffffffu);
        wf_object_t *top = sh ? wf_binary_op(v, sh, WF_BINOP_RSHIFT) : NULL;
        wf_object_t *bot = m32 ? wf_binary_op(v, m32, WF_BINOP_AND) : NULL;
        int64_t t = 0, b = 0;
        if (top && bot && wf_int_as_i64(top, &t) == 0 && wf_int_as_i64(bot, &b) == 0) {
            uv = ((uint64_t)t << 32) | (uint64_t)b;
        }
        WF_XDECREF(sh);
        WF_XDECREF(m32);
        WF_XDECREF(top);
        WF_XDECREF(bot);
    }
    WF_XDECREF(mask);
    WF_XDECREF(hi);
    if (fits < 0) {
        return -1;
    }
    if (fits == 0 || (bits < 64 && uv >= ((uint64_t)1 << bits))) {
        if (it->code == 'B') {
            wf_err_format(struct_error, "ubyte format requires 0 <= number <= 255");
        } else if (bits == 64) {
            wf_err_format(struct_error, "argument out of range");
        } else {
            wf_err_format(struct_error, "'%c' format requires 0 <= number <= %llu", it->code,
                          (unsigned long long)(((uint64_t)1 << bits) - 1));
        }
        return -1;
    }
    put_uint(dst, uv, (int)it->size, little);
    return 0;
}

static int pack_one(unsigned char *dst, wf_object_t *v, item_t *it, int little) {
    switch (it->code) {
        case 'c':
            if ((!WF_BYTES_CHECK(v) && !WF_BYTEARRAY_CHECK(v)) || WF_SIZE(v) != 1) {
                struct_err("char format requires a bytes object of length 1");
                return -1;
            }
            *dst = (unsigned char)(WF_BYTES_CHECK(v) ? WF_BYTES_DATA(v)[0] : ((wf_bytearray_t *)v)->data[0]);
            return 0;
        case '?': {
            int t = wf_truthy(v);
            if (t < 0) {
                return -1;
            }
            *dst = (unsigned char)t;
            return 0;
        }
        case 'e': case 'f': case 'd': {
            if (!WF_FLOAT_CHECK(v) && !WF_INT_CHECK(v) && !wf_index_check(v)) {
                wf_object_t *f = NULL;
                if (wf_getattr_opt(v, wf_str_intern_cstr("__float__"), &f) <= 0) {
                    struct_err("required argument is not a float");
                    return -1;
                }
                WF_DECREF(f);
            }
            double x = wf_float_as_double(v);
            if (x == -1.0 && wf_err_occurred()) {
                return -1;
            }
            if (it->code == 'd') {
                uint64_t bits;
                memcpy(&bits, &x, 8);
                put_uint(dst, bits, 8, little);
            } else if (it->code == 'f') {
                float fx = (float)x;
                if (isinf(fx) && !isinf(x)) {
                    wf_err_set_string(&wf_exc_OverflowError, "float too large to pack with f format");
                    return -1;
                }
                uint32_t bits;
                memcpy(&bits, &fx, 4);
                put_uint(dst, bits, 4, little);
            } else {
                int overflow = 0;
                uint16_t h = wf_double_to_half(x, &overflow);
                if (overflow) {
                    wf_err_set_string(&wf_exc_OverflowError, "float too large to pack with e format");
                    return -1;
                }
                put_uint(dst, h, 2, little);
            }
            return 0;
        }
        default:
            return pack_int(dst, v, it, little);
    }
}

static wf_object_t *unpack_one(const unsigned char *src, item_t *it, int little) {
    switch (it->code) {
        case 'c': return wf_bytes_from(src, 1);
        case '?': return wf_bool_from(*src != 0);
        case 'e': return wf_float_new(wf_half_to_double((uint16_t)get_uint(src, 2, little)));
        case 'f': {
            uint32_t bits = (uint32_t)get_uint(src, 4, little);
            float f;
            memcpy(&f, &bits, 4);
            return wf_float_new(f);
        }
        case 'd': {
            uint64_t bits = get_uint(src, 8, little);
            double d;
            memcpy(&d, &bits, 8);
            return wf_float_new(d);
        }
        default: {
            uint64_t u = get_uint(src, (int)it->size, little);
            if (is_signed(it->code)) {
                int bits = (int)it->size * 8;
                if (bits < 64 && (u >> (bits - 1)) & 1) {
                    u |= ~(((uint64_t)1 << bits) - 1);
                }
                return wf_int_from_i64((int64_t)u);
            }
            return wf_int_from_u64(u);
        }
    }
}

static int get_layout(wf_object_t *fmt, layout_t *lay) {
    const char *f;
    if (WF_STR_CHECK(fmt)) {
        f = wf_str_as_utf8(fmt, NULL);
    } else if (WF_BYTES_CHECK(fmt)) {
        f = WF_BYTES_DATA(fmt);
    } else {
        wf_err_format(&wf_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
        return -1;
    }
    return f == NULL ? -1 : parse_format(f, lay);
}

static int pack_into_buffer(layout_t *lay, unsigned char *buf, wf_object_t *const *args,
                            wf_ssize_t nargs) {
    if (nargs != lay->nvalues) {
        wf_err_format(struct_error, "pack expected %zd items for packing (got %zd)", lay->nvalues, nargs);
        return -1;
    }
    wf_ssize_t a = 0;
    for (wf_ssize_t i = 0; i < lay->nitems; i++) {
        item_t *it = &lay->items[i];
        unsigned char *dst = buf + it->offset;
        if (it->code == 'x') {
            continue;
        }
        if (it->code == 's' || it->code == 'p') {
            wf_object_t *v = args[a++];
            if (!WF_BYTES_CHECK(v) && !WF_BYTEARRAY_CHECK(v)) {
                wf_err_format(struct_error, "argument for '%c' must be a bytes object", it->code);
                return -1;
            }
            const char *data = WF_BYTES_CHECK(v) ? WF_BYTES_DATA(v) : ((wf_bytearray_t *)v)->data;
            wf_ssize_t n = WF_SIZE(v);
            if (it->code == 'p') {
                wf_ssize_t room = it->count > 0 ? it->count - 1 : 0;
                if (n > room) {
                    n = room;
                }
                if (it->count > 0) {
                    dst[0] = (unsigned char)(n > 255 ? 255 : n);
                    memcpy(dst + 1, data, (size_t)n);
                }
            } else {
                memcpy(dst, data, (size_t)(n < it->count ? n : it->count));
            }
            continue;
        }
        for (wf_ssize_t k = 0; k < it->count; k++) {
            if (pack_one(dst + k * it->size, args[a++], it, lay->native ? 1 : lay->little) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static wf_object_t *unpack_buffer(layout_t *lay, const unsigned char *buf) {
    wf_object_t *t = wf_tuple_new(lay->nvalues);
    wf_ssize_t a = 0;
    for (wf_ssize_t i = 0; t != NULL && i < lay->nitems; i++) {
        item_t *it = &lay->items[i];
        const unsigned char *src = buf + it->offset;
        if (it->code == 'x') {
            continue;
        }
        if (it->code == 's' || it->code == 'p') {
            wf_ssize_t n = it->count;
            wf_object_t *v;
            if (it->code == 'p') {
                wf_ssize_t len = n > 0 ? src[0] : 0;
                v = wf_bytes_from(src + 1, len < n ? len : (n > 0 ? n - 1 : 0));
            } else {
                v = wf_bytes_from(src, n);
            }
            if (v == NULL) {
                WF_CLEAR(t);
                break;
            }
            WF_TUPLE_SET_STEAL(t, a++, v);
            continue;
        }
        for (wf_ssize_t k = 0; k < it->count; k++) {
            wf_object_t *v = unpack_one(src + k * it->size, it, lay->native ? 1 : lay->little);
            if (v == NULL) {
                WF_CLEAR(t);
                break;
            }
            WF_TUPLE_SET_STEAL(t, a++, v);
        }
    }
    return t;
}

static wf_object_t *st_calcsize(wf_object_t *self, wf_object_t *fmt) {
    layout_t lay;
    if (get_layout(fmt, &lay) < 0) {
        return NULL;
    }
    wf_mem_free(lay.items);
    return wf_int_from_ssize(lay.size);
}

static wf_object_t *st_pack(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (nargs < 1) {
        return wf_err_set_string(&wf_exc_TypeError, "pack expected at least 1 argument, got 0");
    }
    layout_t lay;
    if (get_layout(args[0], &lay) < 0) {
        return NULL;
    }
    wf_object_t *out = wf_bytes_new_uninit(lay.size);
    if (out != NULL) {
        memset(WF_BYTES_DATA(out), 0, (size_t)lay.size);
        if (pack_into_buffer(&lay, (unsigned char *)WF_BYTES_DATA(out), args + 1, nargs - 1) < 0) {
            WF_CLEAR(out);
        }
    }
    wf_mem_free(lay.items);
    return out;
}

// The bytes of a bytes-like argument; release *v after use.
static const unsigned char *buffer_of(wf_object_t *o, wf_ssize_t *len, wf_bview_t *v) {
    int got = wf_bytes_view_any(o, v);
    if (got > 0) {
        *len = v->len;
        return (const unsigned char *)v->data;
    }
    if (got == 0) {
        wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%T'", o);
    }
    return NULL;
}

static wf_object_t *st_unpack(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("unpack", nargs, 2, 2) < 0) {
        return NULL;
    }
    layout_t lay;
    if (get_layout(args[0], &lay) < 0) {
        return NULL;
    }
    wf_ssize_t len;
    wf_bview_t v;
    const unsigned char *buf = buffer_of(args[1], &len, &v);
    wf_object_t *r = NULL;
    if (buf != NULL) {
        if (len != lay.size) {
            wf_err_format(struct_error, "unpack requires a buffer of %zd bytes", lay.size);
        } else {
            r = unpack_buffer(&lay, buf);
        }
        wf_bview_release(&v);
    }
    wf_mem_free(lay.items);
    return r;
}

static wf_object_t *st_unpack_from(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    wf_object_t *a[3] = {NULL};
    if (wf_parse_args("unpack_from", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    wf_ssize_t offset = a[2] ? wf_as_ssize(a[2], &wf_exc_OverflowError) : 0;
    if (offset == -1 && wf_err_occurred()) {
        return NULL;
    }
    layout_t lay;
    if (get_layout(a[0], &lay) < 0) {
        return NULL;
    }
    wf_ssize_t len;
    wf_bview_t v;
    const unsigned char *buf = buffer_of(a[1], &len, &v);
    wf_object_t *r = NULL;
    if (buf != NULL) {
        if (offset < 0) {
            offset += len;
        }
        if (offset < 0 || len - offset < lay.size) {
            wf_err_format(struct_error,
                          "unpack_from requires a buffer of at least %zd bytes for unpacking %zd "
                          "bytes at offset %zd (actual buffer size is %zd)",
                          lay.size + offset, lay.size, offset, len);
        } else {
            r = unpack_buffer(&lay, buf + offset);
        }
        wf_bview_release(&v);
    }
    wf_mem_free(lay.items);
    return r;
}

static wf_object_t *pack_into_view(wf_object_t *const *args, wf_ssize_t nargs, wf_buffer_t *view);

static wf_object_t *st_pack_into(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (nargs < 3) {
        return wf_err_format(&wf_exc_TypeError, "pack_into expected at least 3 arguments, got %zd", nargs);
    }
    wf_buffer_t view;
    if (!wf_buffer_check(args[1]) || wf_buffer_get(args[1], &view, WF_BUF_WRITABLE) < 0 ||
        !wf_buffer_is_contiguous(&view)) {
        if (wf_buffer_check(args[1]) && !wf_err_occurred()) {
            wf_buffer_release(&view);
        }
        wf_err_clear();
        return wf_err_format(&wf_exc_TypeError, "argument must be read-write bytes-like object, not %T", args[1]);
    }
    wf_object_t *r = pack_into_view(args, nargs, &view);
    wf_buffer_release(&view);
    return r;
}

static wf_object_t *pack_into_view(wf_object_t *const *args, wf_ssize_t nargs, wf_buffer_t *view) {
    wf_ssize_t offset = wf_as_ssize(args[2], &wf_exc_OverflowError);
    if (offset == -1 && wf_err_occurred()) {
        return NULL;
    }
    layout_t lay;
    if (get_layout(args[0], &lay) < 0) {
        return NULL;
    }
    wf_ssize_t len = view->len;
    if (offset < 0) {
        offset += len;
    }
    wf_object_t *r = NULL;
    if (offset < 0 || len - offset < lay.size) {
        wf_err_format(struct_error, "pack_into requires a buffer of at least %zd bytes for packing "
                      "%zd bytes at offset %zd (actual buffer size is %zd)",
                      lay.size + offset, lay.size, offset, len);
    } else {
        unsigned char *tmp = wf_mem_calloc(1, (size_t)lay.size + 1);
        if (tmp == NULL) {
            wf_err_nomemory();
        } else if (pack_into_buffer(&lay, tmp, args + 3, nargs - 3) == 0) {
            memcpy((char *)view->buf + offset, tmp, (size_t)lay.size);
            r = wf_newref(WF_NONE);
        }
        wf_mem_free(tmp);
    }
    wf_mem_free(lay.items);
    return r;
}

static wf_method_def_t struct_methods[] = {
    {"calcsize", {.o = st_calcsize}, WF_METH_O, NULL},
    {"pack", {.fast = st_pack}, WF_METH_FASTCALL, NULL},
    {"unpack", {.fast = st_unpack}, WF_METH_FASTCALL, NULL},
    {"unpack_from", {.fastkw = st_unpack_from}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"pack_into", {.fast = st_pack_into}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_object_t *wf_mod_struct_init(void) {
    wf_object_t *m = wf_module_new("_struct");
    if (m == NULL || wf_module_add_functions(m, struct_methods) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    if (struct_error == NULL) {
        wf_object_t *name = wf_str_from_cstr("error");
        wf_object_t *bases = wf_tuple_pack(1, WF_OBJ(&wf_exc_Exception));
        wf_object_t *ns = wf_dict_new_presized(1);
        wf_object_t *modname = wf_str_from_cstr("struct");
        if (ns && modname) {
            wf_dict_setitem_cstr(ns, "__module__", modname);
        }
        struct_error = name && bases && ns ? (wf_type_t *)wf_type_new(&wf_type_type, name, bases, ns, NULL)
                                           : NULL;
        WF_XDECREF(name);
        WF_XDECREF(bases);
        WF_XDECREF(ns);
        WF_XDECREF(modname);
        if (struct_error == NULL) {
            WF_DECREF(m);
            return NULL;
        }
    }
    if (wf_module_add_object(m, "error", WF_OBJ(struct_error)) < 0) {
        WF_DECREF(m);
        return NULL;
    }
    return m;
}
