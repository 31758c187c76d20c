// The _sha2, _sha1 and _md5 modules: SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4),
// SHA-1 (FIPS 180-4) and MD5 (RFC 1321) for hashlib, and SHA-512 for random.seed, which
// hashes str and bytes seeds with it as CPython does.
//
// One object type serves every variant: they share the block buffering and padding; the
// 32-bit-word algorithms (MD5, SHA-1, SHA-224/256) and the 64-bit family (384/512) keep
// their state in separate fields of a union. An object's update,
// digest and copy run under its critical section, so threads may share one.
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/str_impl.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "sync/blocking.h"
#include "sync/critical_section.h"
#include <stdint.h>
#include <string.h>

typedef enum { SHA224, SHA256, SHA384, SHA512, SHA1, MD5 } variant_t;

typedef struct {
    WF_OBJECT_HEAD
    variant_t variant;
    uint64_t length;         // bytes hashed so far (the 64-bit family caps at 2^64 bytes)
    unsigned buffered;       // bytes waiting in buf
    unsigned char buf[128];
    union {
        uint32_t s32[8];
        uint64_t s64[8];
    } h;
} sha2_t;

extern wf_type_t wf_sha2_type;

static const char *const variant_names[] = {"sha224", "sha256", "sha384", "sha512", "sha1", "md5"};
static const int digest_sizes[] = {28, 32, 48, 64, 20, 16};

static int is64(const sha2_t *s) {
    return s->variant == SHA384 || s->variant == SHA512;
}

static unsigned block_size(const sha2_t *s) {
    return is64(s) ? 128 : 64;
}

// ---- the 32-bit family -------------------------------------------------------------------

static const uint32_t k32[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static uint32_t ror32(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

static void block32(uint32_t h[8], const unsigned char *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) +
                      k32[i] + w[i];
        uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

// ---- the 64-bit family -------------------------------------------------------------------

static const uint64_t k64[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

static uint64_t ror64(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

static void block64(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++) {
            v = v << 8 | p[8 * i + j];
        }
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) +
                      k64[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

// ---- SHA-1 and MD5 ---------------------------------------------------------------------

static uint32_t rol32(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

static void block_sha1(uint32_t h[5], const unsigned char *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d), k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d, k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d, k = 0xca62c1d6;
        }
        uint32_t t = rol32(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rol32(b, 30), b = a, a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

// MD5's additive constants: floor(abs(sin(i + 1)) * 2**32).
static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
    0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
    0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
    0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
    0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
    0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
    0xeb86d391};

static void block_md5(uint32_t h[4], const unsigned char *p) {
    static const int shifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
    uint32_t m[16];
    for (int i = 0; i < 16; i++) {
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
               (uint32_t)p[4 * i + 3] << 24;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        switch (i / 16) {
            case 0: f = (b & c) | (~b & d), g = i; break;
            case 1: f = (d & b) | (~d & c), g = (5 * i + 1) % 16; break;
            case 2: f = b ^ c ^ d, g = (3 * i + 5) % 16; break;
            default: f = c ^ (b | ~d), g = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c, c = b;
        b = b + rol32(a + f + md5_k[i] + m[g], shifts[i / 16][i % 4]);
        a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

// ---- the shared machinery ----------------------------------------------------------------

static void sha2_init(sha2_t *s, variant_t v) {
    static const uint32_t iv224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                      0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    static const uint32_t iv256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint64_t iv384[8] = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
                                      0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
                                      0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};
    static const uint64_t iv512[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                      0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                      0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
    s->variant = v;
    s->length = 0;
    s->buffered = 0;
    switch (v) {
    case SHA224: memcpy(s->h.s32, iv224, sizeof(iv224)); break;
    case SHA256: memcpy(s->h.s32, iv256, sizeof(iv256)); break;
    case SHA384: memcpy(s->h.s64, iv384, sizeof(iv384)); break;
    case SHA512: memcpy(s->h.s64, iv512, sizeof(iv512)); break;
    case SHA1:
    case MD5: {
        static const uint32_t iv[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
                                       0xc3d2e1f0};
        memcpy(s->h.s32, iv, sizeof(iv));
        break;
    }
    }
}

static void compress(sha2_t *s, const unsigned char *block) {
    switch (s->variant) {
        case SHA384: case SHA512: block64(s->h.s64, block); break;
        case SHA1: block_sha1(s->h.s32, block); break;
        case MD5: block_md5(s->h.s32, block); break;
        default: block32(s->h.s32, block); break;
    }
}

static void sha2_update(sha2_t *s, const unsigned char *p, size_t n) {
    unsigned bs = block_size(s);
    s->length += n;
    if (s->buffered > 0) {
        size_t take = bs - s->buffered < n ? bs - s->buffered : n;
        memcpy(s->buf + s->buffered, p, take);
        s->buffered += (unsigned)take;
        p += take;
        n -= take;
        if (s->buffered < bs) {
            return;
        }
        compress(s, s->buf);
        s->buffered = 0;
    }
    for (; n >= bs; p += bs, n -= bs) {
        compress(s, p);
    }
    memcpy(s->buf, p, n);
    s->buffered = (unsigned)n;
}

// The digest of what was hashed so far; `s` itself is left as it was.
static void sha2_final(const sha2_t *src, unsigned char out[64]) {
    sha2_t s = *src;
    unsigned bs = block_size(&s);
    unsigned lenbytes = is64(&s) ? 16 : 8;
    uint64_t bits = s.length * 8;
    unsigned char pad[256] = {0x80};
    unsigned padlen = (unsigned)((s.buffered < bs - lenbytes ? bs : 2 * bs) - s.buffered);
    // The message length in bits at the end of the padding: big-endian (the high 64 bits
    // of the 64-bit family's 128-bit length field stay zero), little-endian for MD5.
    for (int i = 0; i < 8; i++) {
        unsigned char byte = (unsigned char)(bits >> (8 * i));
        if (s.variant == MD5) {
            pad[padlen - 8 + i] = byte;
        } else {
            pad[padlen - 1 - i] = byte;
        }
    }
    uint64_t keep = s.length;
    sha2_update(&s, pad, padlen);
    s.length = keep;
    int size = digest_sizes[s.variant];
    for (int i = 0; i < size; i++) {
        out[i] = is64(&s)            ? (unsigned char)(s.h.s64[i / 8] >> (56 - 8 * (i % 8)))
                 : s.variant == MD5 ? (unsigned char)(s.h.s32[i / 4] >> (8 * (i % 4)))
                                    : (unsigned char)(s.h.s32[i / 4] >> (24 - 8 * (i % 4)));
    }
}

// ---- the Python object -------------------------------------------------------------------

// The bytes of a bytes-like argument; str and other objects are refused as CPython does.
static int get_data(wf_object_t *o, const unsigned char **p, wf_ssize_t *n) {
    if (WF_BYTES_CHECK(o)) {
        *p = (const unsigned char *)WF_BYTES_DATA(o);
        *n = WF_SIZE(o);
        return 0;
    }
    if (WF_BYTEARRAY_CHECK(o)) {
        *p = (const unsigned char *)WF_BYTEARRAY_DATA(o);
        *n = WF_SIZE(o);
        return 0;
    }
    wf_bview_t v;
    if (wf_bytes_view(o, &v)) {
        *p = (const unsigned char *)v.data;
        *n = v.len;
        return 0;
    }
    if (WF_STR_CHECK(o)) {
        wf_err_set_string(&wf_exc_TypeError, "Strings must be encoded before hashing");
    } else if (wf_buffer_check(o)) {
        wf_err_set_string(&wf_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
    } else {
        wf_err_set_string(&wf_exc_TypeError, "object supporting the buffer API required");
    }
    return -1;
}

static int update_from(sha2_t *s, wf_object_t *data) {
    const unsigned char *p;
    wf_ssize_t n;
    if (get_data(data, &p, &n) < 0) {
        return -1;
    }
    // A bytearray could be resized by another thread: hash a private copy of it.
    unsigned char *copy = NULL;
    if (WF_BYTEARRAY_CHECK(data)) {
        copy = wf_mem_alloc((size_t)n);
        if (copy == NULL) {
            wf_err_nomemory();
            return -1;
        }
        WF_BEGIN_CRITICAL(data);
        n = WF_SIZE(data);
        memcpy(copy, WF_BYTEARRAY_DATA(data), (size_t)n);
        WF_END_CRITICAL(data);
        p = copy;
    }
    WF_BEGIN_CRITICAL(WF_OBJ(s));
    sha2_update(s, p, (size_t)n);
    WF_END_CRITICAL(WF_OBJ(s));
    wf_mem_free(copy);
    return 0;
}

static wf_object_t *sha2_new_variant(variant_t v, wf_object_t *const *args, wf_ssize_t nargs,
                                     wf_object_t *kwnames) {
    static const char *const kwlist[] = {"data", "usedforsecurity", "string", NULL};
    wf_object_t *vals[3] = {NULL, NULL, NULL};
    if (wf_parse_args(variant_names[v], args, nargs, kwnames, kwlist, 0, 0, vals) < 0) {
        return NULL;
    }
    if (vals[0] != NULL && vals[2] != NULL) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "'data' and 'string' are mutually exclusive and support for "
                                 "'string' keyword parameter is slated for removal in a future "
                                 "version.");
    }
    wf_object_t *data = vals[0] != NULL ? vals[0] : vals[2];
    sha2_t *s = (sha2_t *)wf_type_alloc(&wf_sha2_type, 0);
    if (s == NULL) {
        return NULL;
    }
    sha2_init(s, v);
    if (data != NULL && update_from(s, data) < 0) {
        WF_DECREF(s);
        return NULL;
    }
    return WF_OBJ(s);
}

#define CONSTRUCTOR(name, v)                                                                 \
    static wf_object_t *mod_##name(wf_object_t *self, wf_object_t *const *args,              \
                                   wf_ssize_t nargs, wf_object_t *kwnames) {                 \
        return sha2_new_variant(v, args, nargs, kwnames);                                    \
    }
CONSTRUCTOR(sha224, SHA224)
CONSTRUCTOR(sha256, SHA256)
CONSTRUCTOR(sha384, SHA384)
CONSTRUCTOR(sha512, SHA512)
CONSTRUCTOR(sha1, SHA1)
CONSTRUCTOR(md5, MD5)
#undef CONSTRUCTOR

static wf_object_t *sha2_update_meth(wf_object_t *self, wf_object_t *data) {
    if (update_from((sha2_t *)self, data) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static int digest_of(wf_object_t *self, unsigned char out[64]) {
    WF_BEGIN_CRITICAL(self);
    sha2_final((sha2_t *)self, out);
    WF_END_CRITICAL(self);
    return digest_sizes[((sha2_t *)self)->variant];
}

static wf_object_t *sha2_digest(wf_object_t *self, wf_object_t *unused) {
    unsigned char out[64];
    int n = digest_of(self, out);
    return wf_bytes_from(out, n);
}

static wf_object_t *sha2_hexdigest(wf_object_t *self, wf_object_t *unused) {
    static const char hex[] = "0123456789abcdef";
    unsigned char out[64];
    char text[129];
    int n = digest_of(self, out);
    for (int i = 0; i < n; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    text[2 * n] = '\0';
    return wf_str_from_cstr(text);
}

static wf_object_t *sha2_copy(wf_object_t *self, wf_object_t *unused) {
    sha2_t *c = (sha2_t *)wf_type_alloc(&wf_sha2_type, 0);
    if (c == NULL) {
        return NULL;
    }
    WF_BEGIN_CRITICAL(self);
    c->variant = ((sha2_t *)self)->variant;
    c->length = ((sha2_t *)self)->length;
    c->buffered = ((sha2_t *)self)->buffered;
    memcpy(c->buf, ((sha2_t *)self)->buf, sizeof(c->buf));
    c->h = ((sha2_t *)self)->h;
    WF_END_CRITICAL(self);
    return WF_OBJ(c);
}

static wf_object_t *sha2_get_name(wf_object_t *self, void *closure) {
    return wf_str_from_cstr(variant_names[((sha2_t *)self)->variant]);
}

static wf_object_t *sha2_get_digest_size(wf_object_t *self, void *closure) {
    return wf_int_from_i64(digest_sizes[((sha2_t *)self)->variant]);
}

static wf_object_t *sha2_get_block_size(wf_object_t *self, void *closure) {
    return wf_int_from_i64(block_size((sha2_t *)self));
}

static void sha2_dealloc(wf_object_t *self) {
    wf_object_free(self);
}

static wf_method_def_t sha2_methods[] = {
    {"update", {.o = sha2_update_meth}, WF_METH_O, NULL},
    {"digest", {.noargs = sha2_digest}, WF_METH_NOARGS, NULL},
    {"hexdigest", {.noargs = sha2_hexdigest}, WF_METH_NOARGS, NULL},
    {"copy", {.noargs = sha2_copy}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_getset_def_t sha2_getsets[] = {
    {"name", sha2_get_name, NULL, NULL, NULL},
    {"digest_size", sha2_get_digest_size, NULL, NULL, NULL},
    {"block_size", sha2_get_block_size, NULL, NULL, NULL},
    {NULL},
};

wf_type_t wf_sha2_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_sha2.SHA2Type",
    .basicsize = sizeof(sha2_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = sha2_dealloc,
    .methods = sha2_methods,
    .getsets = sha2_getsets,
};

// _pbkdf2(name, password, salt, iterations, dklen): PBKDF2 with HMAC over one of the
// digests here (RFC 8018), for hashlib.pbkdf2_hmac, which checks the arguments. The work
// runs without the GIL: it touches no Python object.
static wf_object_t *mod_pbkdf2(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("_pbkdf2", nargs, 5, 5) < 0) {
        return NULL;
    }
    int v = -1;
    for (int i = 0; i <= MD5; i++) {
        if (WF_STR_CHECK(args[0]) && wf_str_eq_cstr(args[0], variant_names[i])) {
            v = i;
        }
    }
    if (v < 0) {
        return wf_err_format(&wf_exc_ValueError, "unsupported hash type %S", args[0]);
    }
    const unsigned char *pw, *salt;
    wf_ssize_t pwlen, saltlen;
    int64_t iterations, dklen;
    if (get_data(args[1], &pw, &pwlen) < 0 || get_data(args[2], &salt, &saltlen) < 0 ||
        wf_int_as_i64(args[3], &iterations) < 0 || wf_int_as_i64(args[4], &dklen) < 0) {
        return NULL;
    }
    if (saltlen > WF_SSIZE_MAX - 4 || dklen < 1 || iterations < 1) {
        return wf_err_set_string(&wf_exc_ValueError, "invalid PBKDF2 parameters");
    }
    wf_object_t *out = wf_bytes_new_uninit((wf_ssize_t)dklen);
    unsigned char *msg = out != NULL ? wf_mem_alloc((size_t)saltlen + 4) : NULL;
    if (msg == NULL) {
        WF_XDECREF(out);
        return out != NULL ? wf_err_nomemory() : NULL;
    }
    unsigned char *dk = (unsigned char *)WF_BYTES_DATA(out);
    WF_BLOCKING_BEGIN();
    // The key padded to a block (hashed first when longer), xored into the two HMAC pads.
    sha2_t inner, outer, tmp;
    sha2_init(&inner, (variant_t)v);
    unsigned bs = block_size(&inner);
    int hlen = digest_sizes[v];
    unsigned char key[128] = {0}, pad[128], u[64], t[64];
    if ((size_t)pwlen > bs) {
        sha2_init(&tmp, (variant_t)v);
        sha2_update(&tmp, pw, (size_t)pwlen);
        sha2_final(&tmp, key);
    } else {
        memcpy(key, pw, (size_t)pwlen);
    }
    for (unsigned i = 0; i < bs; i++) {
        pad[i] = key[i] ^ 0x36;
    }
    sha2_update(&inner, pad, bs);
    sha2_init(&outer, (variant_t)v);
    for (unsigned i = 0; i < bs; i++) {
        pad[i] = key[i] ^ 0x5c;
    }
    sha2_update(&outer, pad, bs);
    memcpy(msg, salt, (size_t)saltlen);
    for (uint32_t block = 1; (int64_t)(block - 1) * hlen < dklen; block++) {
        msg[saltlen] = (unsigned char)(block >> 24);
        msg[saltlen + 1] = (unsigned char)(block >> 16);
        msg[saltlen + 2] = (unsigned char)(block >> 8);
        msg[saltlen + 3] = (unsigned char)block;
        const unsigned char *in = msg;
        size_t inlen = (size_t)saltlen + 4;
        for (int64_t j = 0; j < iterations; j++) {
            tmp = inner;
            sha2_update(&tmp, in, inlen);
            sha2_final(&tmp, u);
            tmp = outer;
            sha2_update(&tmp, u, (size_t)hlen);
            sha2_final(&tmp, u);
            if (j == 0) {
                memcpy(t, u, (size_t)hlen);
            } else {
                for (int k = 0; k < hlen; k++) {
                    t[k] ^= u[k];
                }
            }
            in = u;
            inlen = (size_t)hlen;
        }
        int64_t at = (int64_t)(block - 1) * hlen;
        int64_t take = dklen - at < hlen ? dklen - at : hlen;
        memcpy(dk + at, t, (size_t)take);
    }
    WF_BLOCKING_END();
    wf_mem_free(msg);
    return out;
}

static wf_method_def_t sha2_functions[] = {
    {"sha224", {.fastkw = mod_sha224}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"sha256", {.fastkw = mod_sha256}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"sha384", {.fastkw = mod_sha384}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"sha512", {.fastkw = mod_sha512}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"_pbkdf2", {.fast = mod_pbkdf2}, WF_METH_FASTCALL, NULL},
    {NULL},
};

static wf_object_t *digest_module(const char *name, wf_method_def_t *functions) {
    wf_object_t *m = wf_module_new(name);
    if (m == NULL || wf_module_add_functions(m, functions) < 0 ||
        wf_module_add_type(m, &wf_sha2_type) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}

wf_object_t *wf_mod_sha2_init(void) {
    return digest_module("_sha2", sha2_functions);
}

static wf_method_def_t sha1_functions[] = {
    {"sha1", {.fastkw = mod_sha1}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {NULL},
};

wf_object_t *wf_mod_sha1_init(void) {
    return digest_module("_sha1", sha1_functions);
}

static wf_method_def_t md5_functions[] = {
    {"md5", {.fastkw = mod_md5}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {NULL},
};

wf_object_t *wf_mod_md5_init(void) {
    return digest_module("_md5", md5_functions);
}
