// The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) with keys, salt, personalisation and
// the tree-hashing parameters, behind hashlib.blake2b / hashlib.blake2s.
//
// One state serves both variants: BLAKE2b works on 64-bit words in 128-byte blocks with 12
// rounds, BLAKE2s on 32-bit words in 64-byte blocks with 10 rounds; the 32-bit variant
// keeps its words in the low halves of the same array.
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "sync/critical_section.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    int wide;           // 1: BLAKE2b, 0: BLAKE2s
    uint64_t h[8];
    uint64_t t[2];      // bytes compressed so far (128-bit counter; 64-bit for BLAKE2s)
    unsigned char buf[128];
    size_t buflen;
    int digest_size;
    int last_node;
} blake2_state_t;

typedef struct {
    WF_OBJECT_HEAD
    blake2_state_t s;
} blake2_t;

static const uint64_t iv64[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
static const uint32_t iv32[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// The message word schedule of each round (rounds past 10 start over).
static const uint8_t sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

static uint64_t ror64(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

static uint32_t ror32(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

static uint64_t load_le(const unsigned char *p, int bytes) {
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

static void compress64(blake2_state_t *s, const unsigned char *block, int final) {
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le(block + 8 * i, 8);
    }
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = iv64[i];
    }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    if (final) {
        v[14] = ~v[14];
        if (s->last_node) {
            v[15] = ~v[15];
        }
    }
#define G64(a, b, c, d, x, y)                 \
    do {                                      \
        v[a] = v[a] + v[b] + (x);             \
        v[d] = ror64(v[d] ^ v[a], 32);        \
        v[c] = v[c] + v[d];                   \
        v[b] = ror64(v[b] ^ v[c], 24);        \
        v[a] = v[a] + v[b] + (y);             \
        v[d] = ror64(v[d] ^ v[a], 16);        \
        v[c] = v[c] + v[d];                   \
        v[b] = ror64(v[b] ^ v[c], 63);        \
    } while (0)
    for (int r = 0; r < 12; r++) {
        const uint8_t *sg = sigma[r % 10];
        G64(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
        G64(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        G64(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
        G64(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        G64(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
        G64(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        G64(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
        G64(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
#undef G64
    for (int i = 0; i < 8; i++) {
        s->h[i] ^= v[i] ^ v[i + 8];
    }
}

static void compress32(blake2_state_t *s, const unsigned char *block, int final) {
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        m[i] = (uint32_t)load_le(block + 4 * i, 4);
    }
    for (int i = 0; i < 8; i++) {
        v[i] = (uint32_t)s->h[i];
        v[i + 8] = iv32[i];
    }
    v[12] ^= (uint32_t)s->t[0];
    v[13] ^= (uint32_t)(s->t[0] >> 32);
    if (final) {
        v[14] = ~v[14];
        if (s->last_node) {
            v[15] = ~v[15];
        }
    }
#define G32(a, b, c, d, x, y)                 \
    do {                                      \
        v[a] = v[a] + v[b] + (x);             \
        v[d] = ror32(v[d] ^ v[a], 16);        \
        v[c] = v[c] + v[d];                   \
        v[b] = ror32(v[b] ^ v[c], 12);        \
        v[a] = v[a] + v[b] + (y);             \
        v[d] = ror32(v[d] ^ v[a], 8);         \
        v[c] = v[c] + v[d];                   \
        v[b] = ror32(v[b] ^ v[c], 7);         \
    } while (0)
    for (int r = 0; r < 10; r++) {
        const uint8_t *sg = sigma[r];
        G32(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
        G32(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        G32(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
        G32(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        G32(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
        G32(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        G32(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
        G32(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
#undef G32
    for (int i = 0; i < 8; i++) {
        s->h[i] = (uint32_t)s->h[i] ^ v[i] ^ v[i + 8];
    }
}

static size_t block_bytes(const blake2_state_t *s) {
    return s->wide ? 128 : 64;
}

static void count_bytes(blake2_state_t *s, size_t n) {
    s->t[0] += n;
    if (s->t[0] < n) {
        s->t[1]++;
    }
}

static void compress(blake2_state_t *s, const unsigned char *block, int final) {
    if (s->wide) {
        compress64(s, block, final);
    } else {
        compress32(s, block, final);
    }
}

// The last block is compressed only at the end: keep a full block buffered until more
// data shows it was not the last.
static void blake2_update(blake2_state_t *s, const unsigned char *p, size_t n) {
    size_t bs = block_bytes(s);
    while (n > 0) {
        if (s->buflen == bs) {
            count_bytes(s, bs);
            compress(s, s->buf, 0);
            s->buflen = 0;
        }
        size_t take = bs - s->buflen < n ? bs - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
    }
}

static void blake2_final(const blake2_state_t *src, unsigned char *out) {
    blake2_state_t s = *src;
    size_t bs = block_bytes(&s);
    count_bytes(&s, s.buflen);
    memset(s.buf + s.buflen, 0, bs - s.buflen);
    compress(&s, s.buf, 1);
    int word = s.wide ? 8 : 4;
    unsigned char all[64];
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < word; j++) {
            all[i * word + j] = (unsigned char)(s.h[i] >> (8 * j));
        }
    }
    memcpy(out, all, (size_t)s.digest_size);
}

// ---------------------------------------------------------------------------------------
// Python objects.

extern wf_type_t wf_blake2b_type, wf_blake2s_type;

#define B(o) ((blake2_t *)(o))

// A bytes-like argument: 1 with *v filled (release it), 0 when absent (None/NULL).
static int bytes_arg(wf_object_t *o, wf_bview_t *v) {
    if (o == NULL) {
        return 0;
    }
    if (WF_STR_CHECK(o)) {
        wf_err_set_string(&wf_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    int got = wf_bytes_view_any(o, v);
    if (got == 0) {
        wf_err_set_string(&wf_exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return got < 0 ? -1 : 1;
}

// An int parameter in [lo, hi] with CPython's messages.
static int int_param(wf_object_t *o, int64_t dflt, int64_t *out) {
    if (o == NULL) {
        *out = dflt;
        return 0;
    }
    wf_object_t *i = wf_index(o);
    if (i == NULL) {
        return -1;
    }
    int r = wf_int_as_i64(i, out);
    WF_DECREF(i);
    if (r < 0 && wf_err_matches(&wf_exc_OverflowError)) {
        wf_err_clear();
        wf_err_set_string(&wf_exc_OverflowError, "int too big to convert");
    }
    return r;
}

static wf_object_t *blake2_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    int wide = wf_type_is_subtype(type, &wf_blake2b_type);
    const char *name = wide ? "blake2b" : "blake2s";
    int max_digest = wide ? 64 : 32, max_salt = wide ? 16 : 8;
    wf_ssize_t npos = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (npos > 1) {
        return wf_err_format(&wf_exc_TypeError,
                             "%s() takes at most 1 positional argument (%zd given)", name, npos);
    }
    static const char *const names[] = {"data", "digest_size", "key", "salt", "person",
                                        "fanout", "depth", "leaf_size", "node_offset",
                                        "node_depth", "inner_size", "last_node",
                                        "usedforsecurity", "string", NULL};
    wf_object_t *a[13] = {NULL};
    a[0] = npos > 0 ? WF_TUPLE_GET(args, 0) : NULL;
    wf_object_t *key, *value;
    wf_ssize_t pos = 0;
    while (kwargs != NULL && wf_dict_next(kwargs, &pos, &key, &value)) {
        int found = -1;
        for (int i = 0; names[i] != NULL; i++) {
            if (WF_STR_CHECK(key) && wf_str_eq_cstr(key, names[i])) {
                found = i;
            }
        }
        if (found < 0) {
            return wf_err_format(&wf_exc_TypeError,
                                 "%s() got an unexpected keyword argument '%U'", name, key);
        }
        if (found == 13) {
            found = 0;  // the deprecated name of data
        }
        if (found == 0 && a[0] != NULL) {
            return wf_err_format(&wf_exc_TypeError,
                                 "argument for %s() given by name ('data') and position (1)",
                                 name);
        }
        a[found] = value;
    }
    int64_t digest_size, fanout, depth, leaf_size, node_offset, node_depth, inner_size;
    if (int_param(a[1], max_digest, &digest_size) < 0) {
        return NULL;
    }
    if (digest_size < 1 || digest_size > max_digest) {
        return wf_err_format(&wf_exc_ValueError, "digest_size must be between 1 and %d bytes",
                             max_digest);
    }
    wf_bview_t kv = {0}, sv = {0}, pv = {0}, dv = {0};
    int hk = 0, hs = 0, hp = 0, hd = 0;
    wf_object_t *result = NULL;
    if ((hk = bytes_arg(a[2], &kv)) < 0 || (hs = bytes_arg(a[3], &sv)) < 0 ||
        (hp = bytes_arg(a[4], &pv)) < 0) {
        goto done;
    }
    if (hk && kv.len > max_digest) {
        wf_err_format(&wf_exc_ValueError, "maximum key length is %d bytes", max_digest);
        goto done;
    }
    if (hs && sv.len > max_salt) {
        wf_err_format(&wf_exc_ValueError, "maximum salt length is %d bytes", max_salt);
        goto done;
    }
    if (hp && pv.len > max_salt) {
        wf_err_format(&wf_exc_ValueError, "maximum person length is %d bytes", max_salt);
        goto done;
    }
    if (int_param(a[5], 1, &fanout) < 0 || int_param(a[6], 1, &depth) < 0 ||
        int_param(a[7], 0, &leaf_size) < 0 || int_param(a[8], 0, &node_offset) < 0 ||
        int_param(a[9], 0, &node_depth) < 0 || int_param(a[10], 0, &inner_size) < 0) {
        goto done;
    }
    if (fanout < 0 || fanout > 255) {
        wf_err_set_string(&wf_exc_ValueError, "fanout must be between 0 and 255");
        goto done;
    }
    if (depth < 1 || depth > 255) {
        wf_err_set_string(&wf_exc_ValueError, "depth must be between 1 and 255");
        goto done;
    }
    if (leaf_size < 0 || node_offset < 0) {
        wf_err_set_string(&wf_exc_ValueError, "value must be positive");
        goto done;
    }
    if (leaf_size > 0xffffffffLL) {
        wf_err_set_string(&wf_exc_OverflowError, "leaf_size is too large");
        goto done;
    }
    if (!wide && node_offset > 0xffffffffffffLL) {
        wf_err_set_string(&wf_exc_OverflowError, "node_offset is too large");
        goto done;
    }
    if (node_depth < 0 || node_depth > 255) {
        wf_err_set_string(&wf_exc_ValueError, "node_depth must be between 0 and 255");
        goto done;
    }
    if (inner_size < 0 || inner_size > max_digest) {
        wf_err_format(&wf_exc_ValueError, "inner_size must be between 0 and is %d", max_digest);
        goto done;
    }
    int last_node = a[11] != NULL ? wf_truthy(a[11]) : 0;
    if (last_node < 0 || (hd = bytes_arg(a[0], &dv)) < 0) {
        goto done;
    }
    // The parameter block, laid out as RFC 7693 section 2.5 says, xored into the IV.
    unsigned char param[64] = {0};
    param[0] = (unsigned char)digest_size;
    param[1] = (unsigned char)(hk ? kv.len : 0);
    param[2] = (unsigned char)fanout;
    param[3] = (unsigned char)depth;
    for (int i = 0; i < 4; i++) {
        param[4 + i] = (unsigned char)(leaf_size >> (8 * i));
    }
    int offset_bytes = wide ? 8 : 6;
    for (int i = 0; i < offset_bytes; i++) {
        param[8 + i] = (unsigned char)((uint64_t)node_offset >> (8 * i));
    }
    param[8 + offset_bytes] = (unsigned char)node_depth;
    param[9 + offset_bytes] = (unsigned char)inner_size;
    int salt_at = wide ? 32 : 16;
    if (hs) {
        memcpy(param + salt_at, sv.data, (size_t)sv.len);
    }
    if (hp) {
        memcpy(param + salt_at + max_salt, pv.data, (size_t)pv.len);
    }
    blake2_t *self = (blake2_t *)wf_type_alloc(type, 0);
    if (self == NULL) {
        goto done;
    }
    blake2_state_t *s = &self->s;
    s->wide = wide;
    s->digest_size = (int)digest_size;
    s->last_node = last_node;
    for (int i = 0; i < 8; i++) {
        s->h[i] = wide ? iv64[i] ^ load_le(param + 8 * i, 8)
                       : iv32[i] ^ load_le(param + 4 * i, 4);
    }
    if (hk && kv.len > 0) {
        unsigned char block[128] = {0};
        memcpy(block, kv.data, (size_t)kv.len);
        blake2_update(s, block, block_bytes(s));
    }
    if (hd) {
        blake2_update(s, (const unsigned char *)dv.data, (size_t)dv.len);
    }
    result = WF_OBJ(self);
done:
    if (hk > 0) {
        wf_bview_release(&kv);
    }
    if (hs > 0) {
        wf_bview_release(&sv);
    }
    if (hp > 0) {
        wf_bview_release(&pv);
    }
    if (hd > 0) {
        wf_bview_release(&dv);
    }
    return result;
}

static wf_object_t *blake2_update_meth(wf_object_t *self, wf_object_t *data) {
    wf_bview_t v;
    int got = bytes_arg(data, &v);
    if (got < 0) {
        return NULL;
    }
    WF_BEGIN_CRITICAL(self);
    blake2_update(&B(self)->s, (const unsigned char *)v.data, (size_t)v.len);
    WF_END_CRITICAL(self);
    wf_bview_release(&v);
    WF_RETURN_NONE;
}

// The digest of the data so far; the object can go on taking data. Another thread may be
// updating it: read its state under the object's lock.
static void digest_of(wf_object_t *self, unsigned char out[64]) {
    WF_BEGIN_CRITICAL(self);
    blake2_final(&B(self)->s, out);
    WF_END_CRITICAL(self);
}

static wf_object_t *blake2_digest(wf_object_t *self, wf_object_t *unused) {
    unsigned char out[64];
    digest_of(self, out);
    return wf_bytes_from(out, B(self)->s.digest_size);
}

static wf_object_t *blake2_hexdigest(wf_object_t *self, wf_object_t *unused) {
    unsigned char out[64];
    char hex[129];
    digest_of(self, out);
    for (int i = 0; i < B(self)->s.digest_size; i++) {
        snprintf(hex + 2 * i, 3, "%02x", out[i]);
    }
    return wf_str_from_ascii(hex, 2 * B(self)->s.digest_size);
}

static wf_object_t *blake2_copy(wf_object_t *self, wf_object_t *unused) {
    blake2_t *c = (blake2_t *)wf_type_alloc(WF_TYPE(self), 0);
    if (c != NULL) {
        WF_BEGIN_CRITICAL(self);
        c->s = B(self)->s;
        WF_END_CRITICAL(self);
    }
    return WF_OBJ(c);
}

static wf_object_t *blake2_get_name(wf_object_t *self, void *closure) {
    return wf_str_from_cstr(B(self)->s.wide ? "blake2b" : "blake2s");
}

static wf_object_t *blake2_get_digest_size(wf_object_t *self, void *closure) {
    return wf_int_from_i64(B(self)->s.digest_size);
}

static wf_object_t *blake2_get_block_size(wf_object_t *self, void *closure) {
    return wf_int_from_i64((int64_t)block_bytes(&B(self)->s));
}

static wf_method_def_t blake2_methods[] = {
    {"update", {.o = blake2_update_meth}, WF_METH_O,
     "Update this hash object's state with the provided bytes-like object."},
    {"digest", {.noargs = blake2_digest}, WF_METH_NOARGS,
     "Return the digest value as a bytes object."},
    {"hexdigest", {.noargs = blake2_hexdigest}, WF_METH_NOARGS,
     "Return the digest value as a string of hexadecimal digits."},
    {"copy", {.noargs = blake2_copy}, WF_METH_NOARGS, "Return a copy of the hash object."},
    {NULL},
};

static wf_getset_def_t blake2_getsets[] = {
    {"name", blake2_get_name, NULL, NULL, NULL},
    {"digest_size", blake2_get_digest_size, NULL, NULL, NULL},
    {"block_size", blake2_get_block_size, NULL, NULL, NULL},
    {NULL},
};

static void blake2_dealloc(wf_object_t *self) {
    wf_object_free(self);
}

#define BLAKE2_TYPE(var, tpname)                 \
    wf_type_t var = {                            \
        .ob_base = WF_STATIC_HEAD(&wf_type_type), \
        .name = tpname,                          \
        .basicsize = sizeof(blake2_t),           \
        .flags = WF_TPFLAGS_BASETYPE,            \
        .dealloc = blake2_dealloc,               \
        .new = blake2_new,                       \
        .methods = blake2_methods,               \
        .getsets = blake2_getsets,               \
    };
BLAKE2_TYPE(wf_blake2b_type, "_blake2.blake2b")
BLAKE2_TYPE(wf_blake2s_type, "_blake2.blake2s")
#undef BLAKE2_TYPE

// The size limits, as class attributes and module constants.
static int add_sizes(wf_object_t *where, int wide, const char *prefix) {
    static const char *const names[] = {"SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE",
                                        "MAX_DIGEST_SIZE"};
    int values[4] = {wide ? 16 : 8, wide ? 16 : 8, wide ? 64 : 32, wide ? 64 : 32};
    for (int i = 0; i < 4; i++) {
        char name[64];
        snprintf(name, sizeof(name), "%s%s", prefix, names[i]);
        wf_object_t *v = wf_int_from_i64(values[i]);
        int r = -1;
        if (v != NULL) {
            r = WF_TYPE_CHECK(where) ? wf_dict_setitem_cstr(((wf_type_t *)where)->dict, name, v)
                                     : wf_module_add_object(where, name, v);
        }
        WF_XDECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

wf_object_t *wf_mod_blake2_init(void) {
    wf_object_t *m = wf_module_new("_blake2");
    if (m == NULL || wf_type_ready(&wf_blake2b_type) < 0 ||
        wf_type_ready(&wf_blake2s_type) < 0 ||
        add_sizes(WF_OBJ(&wf_blake2b_type), 1, "") < 0 ||
        add_sizes(WF_OBJ(&wf_blake2s_type), 0, "") < 0 ||
        add_sizes(m, 1, "BLAKE2B_") < 0 || add_sizes(m, 0, "BLAKE2S_") < 0 ||
        wf_module_add_object(m, "blake2b", WF_OBJ(&wf_blake2b_type)) < 0 ||
        wf_module_add_object(m, "blake2s", WF_OBJ(&wf_blake2s_type)) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
