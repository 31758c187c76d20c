// str: the type object, construction, interning, hashing, comparison, the sequence
// protocol, and the two builders (the code-point writer of str_impl.h and the UTF-8
// wf_strbuf_t), plus wf_str_from_format.
//
// Invariants:
// - The kind is canonical: 1 exactly when every code point is < 128. Every constructor
//   goes through one of the allocation helpers below, which pick the kind from the
//   largest code point, so equal strings always have equal kinds and data layouts, and
//   equality and hashing can work on raw bytes.
// - "" and the 256 one-character strings of code points < 256 are created once and are
//   immortal; interned strings are immortal and unique by value (two distinct interned
//   strings are never equal), so identity decides equality between them.
// - The hash is CPython's (SipHash-1-3 as with PYTHONHASHSEED=0, see below), cached in
//   `hash` (-1 = not computed); racing writers store the same value.
// - Only wf_str_append mutates a string, and only one nobody else references.
// - A kind-4 string's UTF-8 form is created on demand and published with a compare-and-
//   swap, so concurrent readers see either NULL or a complete buffer.
#include "objects/str.h"

#include "objects/abstract.h"
#include "objects/iter.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str_impl.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stdio.h>
#include <string.h>

#define S(o) ((wf_str_t *)(o))
#define U8(o) ((uint8_t *)WF_STR_DATA(o))
#define U32(o) ((uint32_t *)WF_STR_DATA(o))

// ---------------------------------------------------------------------------------------
// Allocation.

// The static empty string: usable before wf_str_init() runs.
static struct {
    wf_str_t s;
    char data[8];
} empty_str = {
    .s = {.ob_base = WF_STATIC_HEAD(&wf_str_type),
          .length = 0,
          .hash = -1,
          .kind = 1,
          .interned = 1,
          .data_offset = sizeof(wf_str_t),
          .utf8 = empty_str.data,
          .utf8_len = 0},
};
_Static_assert(offsetof(wf_str_t, data_offset) < sizeof(wf_str_t), "layout");

static wf_object_t *char_cache[256];

// Exact str of n code points of the given kind, data uninitialised except the NUL.
static wf_object_t *str_alloc(wf_ssize_t n, int kind) {
    if (n < 0) {
        return wf_err_bad_internal_call("str_alloc");
    }
    if ((size_t)n >= ((size_t)WF_SSIZE_MAX - sizeof(wf_str_t)) / (size_t)kind - 1) {
        return wf_err_nomemory();
    }
    size_t bytes = sizeof(wf_str_t) + (size_t)(n + 1) * (size_t)kind;
    wf_object_t *o = wf_object_alloc(&wf_str_type, bytes);
    if (o == NULL) {
        return NULL;
    }
    wf_str_t *s = S(o);
    s->length = n;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->interned = 0;
    s->data_offset = sizeof(wf_str_t);
    s->utf8_len = 0;
    if (kind == 1) {
        s->utf8 = (char *)(s + 1);
        s->utf8[n] = 0;
        s->utf8_len = n;
    } else {
        s->utf8 = NULL;
        ((uint32_t *)(s + 1))[n] = 0;
    }
    return o;
}

wf_object_t *wf_str_new_uninit(wf_ssize_t n, uint32_t maxchar) {
    if (n == 0) {
        return wf_str_empty();
    }
    return str_alloc(n, maxchar < 128 ? 1 : 4);
}

wf_object_t *wf_str_empty(void) {
    return WF_OBJ(&empty_str.s);
}

// Instance of a str subclass holding the value of the exact str `value`: the data goes
// after the subclass's own fields (basicsize), which data_offset records.
static wf_object_t *str_subtype_from(wf_type_t *type, wf_object_t *value) {
    wf_ssize_t n = WF_STR_LEN(value);
    int kind = WF_STR_KIND(value);
    size_t off = ((size_t)type->basicsize + 7) & ~(size_t)7;
    if (off > UINT32_MAX || (size_t)n >= ((size_t)WF_SSIZE_MAX - off) / (size_t)kind - 1) {
        return wf_err_nomemory();
    }
    wf_object_t *o = wf_object_alloc(type, off + (size_t)(n + 1) * (size_t)kind);
    if (o == NULL) {
        return NULL;
    }
    if (type->flags & WF_TPFLAGS_HEAPTYPE) {
        WF_INCREF(type); // instances of heap types hold a reference to their type
    }
    wf_str_t *s = S(o);
    s->length = n;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->data_offset = (uint32_t)off;
    memcpy(WF_STR_DATA(o), WF_STR_DATA(value), (size_t)(n + 1) * (size_t)kind);
    if (kind == 1) {
        s->utf8 = WF_STR_DATA(o);
        s->utf8_len = n;
    }
    if (type->flags & WF_TPFLAGS_HAVE_GC) {
        wf_gc_track(o);
    }
    return o;
}

wf_object_t *wf_str_exact(wf_object_t *s) {
    if (WF_STR_CHECK_EXACT(s)) {
        return wf_newref(s);
    }
    wf_ssize_t n = WF_STR_LEN(s);
    if (n == 0) {
        return wf_str_empty();
    }
    if (n == 1 && wf_str_char(s, 0) < 256) {
        return wf_str_from_char(wf_str_char(s, 0));
    }
    wf_object_t *r = str_alloc(n, WF_STR_KIND(s));
    if (r != NULL) {
        memcpy(WF_STR_DATA(r), WF_STR_DATA(s), (size_t)n * WF_STR_KIND(s));
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Constructors.

static int all_ascii(const char *s, wf_ssize_t n) {
    const unsigned char *p = (const unsigned char *)s;
    wf_ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) {
            return 0;
        }
    }
    for (; i < n; i++) {
        if (p[i] & 0x80) {
            return 0;
        }
    }
    return 1;
}

wf_object_t *wf_str_from_ascii(const char *s, wf_ssize_t len) {
    if (len == 0) {
        return wf_str_empty();
    }
    if (len == 1) {
        return wf_str_from_char((unsigned char)s[0]);
    }
    wf_object_t *r = str_alloc(len, 1);
    if (r != NULL) {
        memcpy(WF_STR_DATA(r), s, (size_t)len);
    }
    return r;
}

wf_object_t *wf_str_from_latin1(const char *s, wf_ssize_t len) {
    if (all_ascii(s, len)) {
        return wf_str_from_ascii(s, len);
    }
    if (len == 1) {
        return wf_str_from_char((unsigned char)s[0]);
    }
    wf_object_t *r = str_alloc(len, 4);
    if (r != NULL) {
        uint32_t *d = U32(r);
        for (wf_ssize_t i = 0; i < len; i++) {
            d[i] = (unsigned char)s[i];
        }
    }
    return r;
}

wf_object_t *wf_str_from_utf8(const char *s, wf_ssize_t len) {
    if (all_ascii(s, len)) {
        return wf_str_from_ascii(s, len);
    }
    return wf_codecs_decode(WF_CODEC_UTF8, s, len, NULL);
}

wf_object_t *wf_str_from_cstr(const char *s) {
    return wf_str_from_utf8(s, (wf_ssize_t)strlen(s));
}

wf_object_t *wf_str_decode_utf8(const char *s, wf_ssize_t len, const char *errors) {
    if (all_ascii(s, len)) {
        return wf_str_from_ascii(s, len);
    }
    return wf_codecs_decode(WF_CODEC_UTF8, s, len, errors);
}

wf_object_t *wf_str_from_ucs4(const uint32_t *cps, wf_ssize_t n) {
    uint32_t max = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        if (cps[i] > max) {
            max = cps[i];
        }
    }
    if (max > 0x10FFFF) {
        return wf_err_set_string(&wf_exc_ValueError, "character is not in range(0x110000)");
    }
    if (n == 1 && max < 256) {
        return wf_str_from_char(max);
    }
    wf_object_t *r = wf_str_new_uninit(n, max);
    if (r == NULL || n == 0) {
        return r;
    }
    if (WF_STR_KIND(r) == 1) {
        for (wf_ssize_t i = 0; i < n; i++) {
            U8(r)[i] = (uint8_t)cps[i];
        }
    } else {
        memcpy(U32(r), cps, (size_t)n * 4);
    }
    return r;
}

wf_object_t *wf_str_from_char(uint32_t cp) {
    if (cp < 256 && char_cache[cp] != NULL) {
        return char_cache[cp]; // immortal
    }
    if (cp > 0x10FFFF) {
        return wf_err_set_string(&wf_exc_ValueError, "chr() arg not in range(0x110000)");
    }
    wf_object_t *r = str_alloc(1, cp < 128 ? 1 : 4);
    if (r == NULL) {
        return NULL;
    }
    if (cp < 128) {
        U8(r)[0] = (uint8_t)cp;
    } else {
        U32(r)[0] = cp;
    }
    return r;
}

uint32_t wf_str_max_char(wf_object_t *s) {
    if (WF_STR_KIND(s) == 1) {
        uint8_t m = 0;
        for (wf_ssize_t i = 0; i < WF_STR_LEN(s); i++) {
            m = U8(s)[i] > m ? U8(s)[i] : m;
        }
        return m;
    }
    uint32_t m = 0;
    for (wf_ssize_t i = 0; i < WF_STR_LEN(s); i++) {
        m = U32(s)[i] > m ? U32(s)[i] : m;
    }
    return m;
}

// ---------------------------------------------------------------------------------------
// Access.

const char *wf_str_as_utf8(wf_object_t *s, wf_ssize_t *len) {
    wf_str_t *str = S(s);
    if (str->kind == 1) {
        if (len != NULL) {
            *len = str->length;
        }
        return WF_STR_DATA(s);
    }
    char *cached = WF_ATOMIC_LOAD_ALWAYS(&str->utf8);
    if (cached == NULL) {
        char *buf;
        wf_ssize_t n;
        if (wf_codecs_utf8_of_str(s, 0, &buf, &n) < 0) {
            return NULL;
        }
        // Racing threads store the same length, so storing it before publishing is safe;
        // a reader that sees the pointer also sees the length (release/acquire).
        WF_ATOMIC_STORE_RELAXED_ALWAYS(&str->utf8_len, n);
        char *expected = NULL;
        if (WF_ATOMIC_CAS_ALWAYS(&str->utf8, &expected, buf)) {
            cached = buf;
        } else {
            wf_mem_free(buf); // another thread published the same text first
            cached = expected;
        }
    }
    if (len != NULL) {
        *len = WF_ATOMIC_LOAD_RELAXED_ALWAYS(&str->utf8_len);
    }
    return cached;
}

// Hashing: SipHash-1-3 with an all-zero key over CPython's own representation of the
// text (one byte per character when every code point is below 256, two below 65536, four
// otherwise; little-endian), so every str and bytes hashes exactly as in CPython 3.13 run
// with PYTHONHASHSEED=0 (as the test transcripts are). Sets and dicts of strings then
// iterate in the same order as there. Empty strings hash to 0, as in CPython.

typedef struct {
    uint64_t v0, v1, v2, v3;
    uint64_t word;   // pending message bytes, little-endian
    unsigned nbytes; // bytes in `word`
    uint64_t total;  // bytes hashed so far
} sip_t;

#define SIP_ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

static inline void sip_round(sip_t *s) {
    s->v0 += s->v1;
    s->v1 = SIP_ROTL(s->v1, 13);
    s->v1 ^= s->v0;
    s->v0 = SIP_ROTL(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = SIP_ROTL(s->v3, 16);
    s->v3 ^= s->v2;
    s->v0 += s->v3;
    s->v3 = SIP_ROTL(s->v3, 21);
    s->v3 ^= s->v0;
    s->v2 += s->v1;
    s->v1 = SIP_ROTL(s->v1, 17);
    s->v1 ^= s->v2;
    s->v2 = SIP_ROTL(s->v2, 32);
}

static void sip_init(sip_t *s) {
    s->v0 = 0x736f6d6570736575ULL; // the key is zero
    s->v1 = 0x646f72616e646f6dULL;
    s->v2 = 0x6c7967656e657261ULL;
    s->v3 = 0x7465646279746573ULL;
    s->word = 0;
    s->nbytes = 0;
    s->total = 0;
}

static inline void sip_word(sip_t *s, uint64_t m) {
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

// Feed `width` little-endian bytes of value v.
static inline void sip_feed(sip_t *s, uint32_t v, unsigned width) {
    for (unsigned i = 0; i < width; i++) {
        s->word |= (uint64_t)((v >> (8 * i)) & 0xFF) << (8 * s->nbytes);
        if (++s->nbytes == 8) {
            sip_word(s, s->word);
            s->word = 0;
            s->nbytes = 0;
        }
    }
    s->total += width;
}

static wf_hash_t sip_finish(sip_t *s) {
    sip_word(s, s->word | ((s->total & 0xFF) << 56));
    s->v2 ^= 0xFF;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    wf_hash_t r = (wf_hash_t)(s->v0 ^ s->v1 ^ s->v2 ^ s->v3);
    return r == -1 ? -2 : r;
}

wf_hash_t wf_str_hash_bytes(const void *data, size_t n) {
    if (n == 0) {
        return 0;
    }
    const unsigned char *p = data;
    sip_t s;
    sip_init(&s);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t m;
        memcpy(&m, p + i, 8); // little-endian hosts only (x86-64, aarch64)
        sip_word(&s, m);
    }
    s.total = i;
    for (; i < n; i++) {
        sip_feed(&s, p[i], 1);
    }
    return sip_finish(&s);
}

static wf_hash_t hash_ucs4(const uint32_t *p, wf_ssize_t n) {
    uint32_t max = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        max = p[i] > max ? p[i] : max;
    }
    unsigned width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    sip_t s;
    sip_init(&s);
    for (wf_ssize_t i = 0; i < n; i++) {
        sip_feed(&s, p[i], width);
    }
    return sip_finish(&s);
}

wf_hash_t wf_str_hash(wf_object_t *s) {
    wf_hash_t h = WF_ATOMIC_LOAD_RELAXED(&S(s)->hash);
    if (h != -1) {
        return h;
    }
    if (S(s)->kind == 1) {
        h = wf_str_hash_bytes(WF_STR_DATA(s), (size_t)S(s)->length);
    } else {
        h = hash_ucs4(U32(s), S(s)->length);
    }
    WF_ATOMIC_STORE_RELAXED(&S(s)->hash, h);
    return h;
}

int wf_str_eq(wf_object_t *a, wf_object_t *b) {
    if (a == b) {
        return 1;
    }
    wf_str_t *x = S(a), *y = S(b);
    if (x->length != y->length || x->kind != y->kind) {
        return 0;
    }
    if (x->interned && y->interned && WF_STR_CHECK_EXACT(a) && WF_STR_CHECK_EXACT(b)) {
        return 0;
    }
    wf_hash_t hx = WF_ATOMIC_LOAD_RELAXED(&x->hash), hy = WF_ATOMIC_LOAD_RELAXED(&y->hash);
    if (hx != -1 && hy != -1 && hx != hy) {
        return 0;
    }
    return memcmp(WF_STR_DATA(a), WF_STR_DATA(b), (size_t)x->length * x->kind) == 0;
}

int wf_str_eq_cstr(wf_object_t *a, const char *s) {
    if (WF_STR_KIND(a) == 1) {
        size_t n = strlen(s);
        return (size_t)WF_STR_LEN(a) == n && memcmp(WF_STR_DATA(a), s, n) == 0;
    }
    wf_ssize_t n;
    const char *u = wf_str_as_utf8(a, &n);
    if (u == NULL) {
        wf_err_clear();
        return 0;
    }
    return (size_t)n == strlen(s) && memcmp(u, s, (size_t)n) == 0;
}

int wf_str_compare(wf_object_t *a, wf_object_t *b) {
    wf_ssize_t na = WF_STR_LEN(a), nb = WF_STR_LEN(b);
    wf_ssize_t n = na < nb ? na : nb;
    if (WF_STR_KIND(a) == 1 && WF_STR_KIND(b) == 1) {
        int c = memcmp(WF_STR_DATA(a), WF_STR_DATA(b), (size_t)n);
        if (c != 0) {
            return c;
        }
    } else {
        for (wf_ssize_t i = 0; i < n; i++) {
            uint32_t x = wf_str_char(a, i), y = wf_str_char(b, i);
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

// ---------------------------------------------------------------------------------------
// Building new strings from parts.

// Copy src[start:end] into dst (a fresh string) at position `at`; dst's kind is at
// least src's kind for the range.
static void copy_chars(wf_object_t *dst, wf_ssize_t at, wf_object_t *src, wf_ssize_t start,
                       wf_ssize_t end) {
    wf_ssize_t n = end - start;
    if (n <= 0) {
        return;
    }
    if (WF_STR_KIND(dst) == WF_STR_KIND(src)) {
        size_t k = WF_STR_KIND(dst);
        memcpy((char *)WF_STR_DATA(dst) + (size_t)at * k,
               (char *)WF_STR_DATA(src) + (size_t)start * k, (size_t)n * k);
    } else if (WF_STR_KIND(dst) == 4) {
        uint32_t *d = U32(dst) + at;
        const uint8_t *s = U8(src) + start;
        for (wf_ssize_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else {
        uint8_t *d = U8(dst) + at;
        const uint32_t *s = U32(src) + start;
        for (wf_ssize_t i = 0; i < n; i++) {
            d[i] = (uint8_t)s[i];
        }
    }
}

wf_object_t *wf_str_concat(wf_object_t *a, wf_object_t *b) {
    wf_ssize_t na = WF_STR_LEN(a), nb = WF_STR_LEN(b);
    if (nb == 0 && WF_STR_CHECK_EXACT(a)) {
        return wf_newref(a);
    }
    if (na == 0 && WF_STR_CHECK_EXACT(b)) {
        return wf_newref(b);
    }
    if (na > WF_SSIZE_MAX - nb) {
        return wf_err_set_string(&wf_exc_OverflowError, "strings are too large to concat");
    }
    int kind = WF_STR_KIND(a) > WF_STR_KIND(b) ? WF_STR_KIND(a) : WF_STR_KIND(b);
    wf_object_t *r = str_alloc(na + nb, kind);
    if (r == NULL) {
        return NULL;
    }
    copy_chars(r, 0, a, 0, na);
    copy_chars(r, na, b, 0, nb);
    return r;
}

int wf_str_append(wf_object_t **pleft, wf_object_t *right) {
    wf_object_t *left = *pleft;
    wf_ssize_t nl = WF_STR_LEN(left), nr = WF_STR_LEN(right);
    // In place only when nobody else can see the string: exact, sole reference, not
    // interned (interned strings are immortal anyway), and no kind change.
    if (nr > 0 && WF_STR_CHECK_EXACT(left) && wf_is_unique(left) &&
        !S(left)->interned && WF_STR_KIND(right) <= WF_STR_KIND(left) &&
        nl <= WF_SSIZE_MAX / 8 - nr) {
        int kind = WF_STR_KIND(left);
        if (kind == 4 && S(left)->utf8 != NULL) {
            wf_mem_free(S(left)->utf8);
            S(left)->utf8 = NULL;
        }
        size_t bytes = sizeof(wf_str_t) + (size_t)(nl + nr + 1) * (size_t)kind;
        wf_object_t *grown = wf_object_realloc(left, bytes);
        if (grown == NULL) {
            wf_err_nomemory();
            return -1;  // left is unchanged and still owned by *pleft
        }
        wf_str_t *g = S(grown);
        g->length = nl + nr;
        g->hash = -1;
        if (kind == 1) {
            g->utf8 = WF_STR_DATA(grown);
            g->utf8_len = nl + nr;
        }
        copy_chars(grown, nl, right, 0, nr);
        if (kind == 1) {
            U8(grown)[nl + nr] = 0;
        } else {
            U32(grown)[nl + nr] = 0;
        }
        *pleft = grown;
        return 0;
    }
    wf_object_t *r = wf_str_concat(left, right);
    if (r == NULL) {
        return -1;
    }
    *pleft = r;
    WF_DECREF(left);
    return 0;
}

wf_object_t *wf_str_repeat(wf_object_t *s, wf_ssize_t n) {
    wf_ssize_t len = WF_STR_LEN(s);
    if (n <= 0 || len == 0) {
        return wf_str_empty();
    }
    if (n == 1) {
        return wf_str_exact(s);
    }
    if (len > WF_SSIZE_MAX / n) {
        return wf_err_set_string(&wf_exc_OverflowError, "repeated string is too long");
    }
    int kind = WF_STR_KIND(s);
    wf_ssize_t total = len * n;
    wf_object_t *r = str_alloc(total, kind);
    if (r == NULL) {
        return NULL;
    }
    char *d = WF_STR_DATA(r);
    size_t unit = (size_t)len * (size_t)kind, done = unit, all = (size_t)total * (size_t)kind;
    if (len == 1 && kind == 1) {
        memset(d, U8(s)[0], all);
        return r;
    }
    memcpy(d, WF_STR_DATA(s), unit);
    while (done < all) { // doubling copies: log(n) memcpy calls
        size_t chunk = done < all - done ? done : all - done;
        memcpy(d + done, d, chunk);
        done += chunk;
    }
    return r;
}

wf_object_t *wf_str_substring(wf_object_t *s, wf_ssize_t start, wf_ssize_t end) {
    wf_ssize_t len = WF_STR_LEN(s);
    if (start < 0) {
        start = 0;
    }
    if (end > len) {
        end = len;
    }
    if (end <= start) {
        return wf_str_empty();
    }
    if (start == 0 && end == len && WF_STR_CHECK_EXACT(s)) {
        return wf_newref(s);
    }
    wf_ssize_t n = end - start;
    if (WF_STR_KIND(s) == 1) {
        return wf_str_from_ascii((const char *)U8(s) + start, n);
    }
    return wf_str_from_ucs4(U32(s) + start, n);
}

wf_object_t *wf_str_slice_step(wf_object_t *s, wf_ssize_t start, wf_ssize_t step, wf_ssize_t n) {
    if (n <= 0) {
        return wf_str_empty();
    }
    if (step == 1) {
        return wf_str_substring(s, start, start + n);
    }
    uint32_t max = 0;
    if (WF_STR_KIND(s) == 4) {
        for (wf_ssize_t i = 0, j = start; i < n; i++, j += step) {
            max = U32(s)[j] > max ? U32(s)[j] : max;
        }
    }
    if (n == 1) {
        return wf_str_from_char(wf_str_char(s, start));
    }
    wf_object_t *r = wf_str_new_uninit(n, max);
    if (r == NULL) {
        return NULL;
    }
    if (WF_STR_KIND(r) == 4) {
        for (wf_ssize_t i = 0, j = start; i < n; i++, j += step) {
            U32(r)[i] = U32(s)[j];
        }
    } else if (WF_STR_KIND(s) == 4) {
        for (wf_ssize_t i = 0, j = start; i < n; i++, j += step) {
            U8(r)[i] = (uint8_t)U32(s)[j];
        }
    } else {
        for (wf_ssize_t i = 0, j = start; i < n; i++, j += step) {
            U8(r)[i] = U8(s)[j];
        }
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Interning: an open-addressing set of immortal strings, keyed by value. It is our own
// table (not a dict) so that it works before any type is ready.

static wf_object_t **intern_table;
static size_t intern_cap, intern_used;
WF_UNUSED static wf_object_t intern_lock = WF_STATIC_HEAD(&wf_object_type);

static wf_object_t **intern_slot(wf_object_t *s) {
    size_t mask = intern_cap - 1;
    size_t i = (size_t)wf_str_hash(s) & mask;
    for (;;) {
        wf_object_t **p = &intern_table[i];
        if (*p == NULL || wf_str_eq(*p, s)) {
            return p;
        }
        i = (i + 1) & mask;
    }
}

static int intern_grow(void) {
    size_t newcap = intern_cap ? intern_cap * 2 : 1024;
    wf_object_t **old = intern_table;
    size_t oldcap = intern_cap;
    wf_object_t **t = wf_mem_calloc(newcap, sizeof(wf_object_t *));
    if (t == NULL) {
        return -1;
    }
    intern_table = t;
    intern_cap = newcap;
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i] != NULL) {
            *intern_slot(old[i]) = old[i];
        }
    }
    wf_mem_free(old);
    return 0;
}

// Returns the interned string equal to s, inserting s itself when there is none (s then
// becomes immortal). Borrowed result (interned strings are immortal); NULL on MemoryError.
static wf_object_t *intern_get(wf_object_t *s) {
    wf_object_t *r = NULL;
    WF_BEGIN_CRITICAL(&intern_lock);
    if ((intern_used + 1) * 3 >= intern_cap * 2 && intern_grow() < 0) {
        r = NULL;
    } else {
        wf_object_t **p = intern_slot(s);
        if (*p == NULL) {
            wf_set_immortal(s);
            S(s)->interned = 1;
            *p = s;
            intern_used++;
        }
        r = *p;
    }
    WF_END_CRITICAL(&intern_lock);
    return r;
}

void wf_str_intern_inplace(wf_object_t **p) {
    wf_object_t *s = *p;
    if (s == NULL || !WF_STR_CHECK_EXACT(s) || S(s)->interned) {
        return;
    }
    wf_object_t *r = intern_get(s);
    if (r == NULL) {
        wf_err_clear(); // keep the uninterned string: interning is an optimisation
        return;
    }
    if (r != s) {
        *p = r;
        WF_DECREF(s);
    }
}

wf_object_t *wf_str_intern(wf_object_t *s) {
    if (S(s)->interned && WF_STR_CHECK_EXACT(s)) {
        return s;
    }
    wf_object_t *e = wf_str_exact(s);
    if (e == NULL) {
        return NULL;
    }
    wf_object_t *r = intern_get(e);
    if (r == NULL) {
        WF_DECREF(e);
        return wf_err_nomemory();
    }
    if (r != e) {
        WF_DECREF(e);
    }
    return r;
}

wf_object_t *wf_str_intern_cstr(const char *s) {
    wf_object_t *o = wf_str_from_cstr(s);
    if (o == NULL) {
        return NULL;
    }
    wf_str_intern_inplace(&o);
    return o;
}

int wf_str_init(void) {
    if (char_cache[0] != NULL) {
        return 0;
    }
    wf_str_hash(wf_str_empty());
    if (intern_get(wf_str_empty()) == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (uint32_t c = 0; c < 256; c++) {
        wf_object_t *o = str_alloc(1, c < 128 ? 1 : 4);
        if (o == NULL) {
            return -1;
        }
        if (c < 128) {
            U8(o)[0] = (uint8_t)c;
        } else {
            U32(o)[0] = c;
        }
        wf_set_immortal(o);
        char_cache[c] = o;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// repr.

// Append the escape of a non-printable code point.
static int write_escape(wf_str_writer_t *w, uint32_t c) {
    char buf[12];
    int n;
    if (c < 0x100) {
        n = snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
    } else if (c < 0x10000) {
        n = snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
    } else {
        n = snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
    }
    return wf_str_writer_write_ascii(w, buf, n);
}

wf_object_t *wf_str_repr(wf_object_t *s) {
    wf_ssize_t n = WF_STR_LEN(s);
    int squote = 0, dquote = 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        uint32_t c = wf_str_char(s, i);
        squote += c == '\'';
        dquote += c == '"';
    }
    uint32_t quote = squote && !dquote ? '"' : '\'';
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    if (wf_str_writer_reserve(&w, n + 2) < 0) {
        return NULL;
    }
    wf_str_writer_putc(&w, quote);
    for (wf_ssize_t i = 0; i < n; i++) {
        uint32_t c = wf_str_char(s, i);
        if (c == quote || c == '\\') {
            wf_str_writer_putc(&w, '\\');
            wf_str_writer_putc(&w, c);
        } else if (c == '\t') {
            wf_str_writer_write_ascii(&w, "\\t", 2);
        } else if (c == '\n') {
            wf_str_writer_write_ascii(&w, "\\n", 2);
        } else if (c == '\r') {
            wf_str_writer_write_ascii(&w, "\\r", 2);
        } else if (c < 0x20 || c == 0x7F) {
            write_escape(&w, c);
        } else if (c < 0x7F || wf_unicode_isprintable(c)) {
            wf_str_writer_putc(&w, c);
        } else {
            write_escape(&w, c);
        }
    }
    wf_str_writer_putc(&w, quote);
    return wf_str_writer_finish(&w);
}

wf_object_t *wf_str_escape_non_ascii(wf_object_t *s) {
    if (WF_STR_KIND(s) == 1) {
        return wf_str_exact(s);
    }
    wf_str_writer_t w;
    wf_str_writer_init(&w);
    for (wf_ssize_t i = 0; i < WF_STR_LEN(s); i++) {
        uint32_t c = wf_str_char(s, i);
        if (c < 128) {
            wf_str_writer_putc(&w, c);
        } else {
            write_escape(&w, c);
        }
    }
    return wf_str_writer_finish(&w);
}

// ---------------------------------------------------------------------------------------
// The code-point writer.

void wf_str_writer_init(wf_str_writer_t *w) {
    w->buf = w->small;
    w->len = 0;
    w->cap = (wf_ssize_t)sizeof w->small; // as bytes while kind 1
    w->kind = 1;
    w->failed = 0;
}

static int writer_fail(wf_str_writer_t *w) {
    if (!w->failed) {
        w->failed = 1;
        wf_err_nomemory();
    }
    return -1;
}

// Ensure room for `extra` more items of the current kind.
int wf_str_writer_reserve(wf_str_writer_t *w, wf_ssize_t extra) {
    if (w->failed) {
        return -1;
    }
    if (extra <= w->cap - w->len) {
        return 0;
    }
    if (extra > WF_SSIZE_MAX / 8 - w->len) {
        return writer_fail(w);
    }
    wf_ssize_t need = w->len + extra;
    wf_ssize_t cap = w->cap * 2 > need ? w->cap * 2 : need;
    size_t bytes = (size_t)cap * w->kind;
    void *nb;
    if (w->buf == w->small) {
        nb = wf_mem_alloc(bytes);
        if (nb != NULL) {
            memcpy(nb, w->small, (size_t)w->len * w->kind);
        }
    } else {
        nb = wf_mem_realloc(w->buf, bytes);
    }
    if (nb == NULL) {
        return writer_fail(w);
    }
    w->buf = nb;
    w->cap = cap;
    return 0;
}

// Switch the buffer from bytes to code points.
static int writer_widen(wf_str_writer_t *w, wf_ssize_t extra) {
    if (w->failed) {
        return -1;
    }
    wf_ssize_t need = w->len + extra;
    if (extra > WF_SSIZE_MAX / 8 - w->len) {
        return writer_fail(w);
    }
    wf_ssize_t cap = need < 16 ? 16 : need + need / 2;
    uint32_t *nb;
    if ((size_t)cap * 4 <= sizeof w->small && w->buf == w->small) {
        uint8_t tmp[sizeof w->small];
        memcpy(tmp, w->small, (size_t)w->len);
        nb = w->small;
        for (wf_ssize_t i = 0; i < w->len; i++) {
            nb[i] = tmp[i];
        }
        cap = (wf_ssize_t)(sizeof w->small / 4);
    } else {
        nb = wf_mem_alloc((size_t)cap * 4);
        if (nb == NULL) {
            return writer_fail(w);
        }
        const uint8_t *old = w->buf;
        for (wf_ssize_t i = 0; i < w->len; i++) {
            nb[i] = old[i];
        }
        if (w->buf != w->small) {
            wf_mem_free(w->buf);
        }
    }
    w->buf = nb;
    w->cap = cap;
    w->kind = 4;
    return 0;
}

int wf_str_writer_putc_slow(wf_str_writer_t *w, uint32_t cp) {
    if (w->kind == 1 && cp >= 128) {
        if (writer_widen(w, 1) < 0) {
            return -1;
        }
    } else if (wf_str_writer_reserve(w, 1) < 0) {
        return -1;
    }
    if (w->kind == 1) {
        ((uint8_t *)w->buf)[w->len++] = (uint8_t)cp;
    } else {
        ((uint32_t *)w->buf)[w->len++] = cp;
    }
    return 0;
}

int wf_str_writer_write_sub(wf_str_writer_t *w, wf_object_t *str, wf_ssize_t start,
                            wf_ssize_t end) {
    wf_ssize_t n = end - start;
    if (n <= 0) {
        return w->failed ? -1 : 0;
    }
    if (w->kind == 1 && WF_STR_KIND(str) == 4) {
        // Widen only if the range really holds non-ASCII.
        const uint32_t *p = U32(str) + start;
        for (wf_ssize_t i = 0; i < n; i++) {
            if (p[i] >= 128) {
                if (writer_widen(w, n) < 0) {
                    return -1;
                }
                break;
            }
        }
    }
    if (wf_str_writer_reserve(w, n) < 0) {
        return -1;
    }
    if (w->kind == WF_STR_KIND(str)) {
        memcpy((char *)w->buf + (size_t)w->len * w->kind,
               (char *)WF_STR_DATA(str) + (size_t)start * w->kind, (size_t)n * w->kind);
    } else if (w->kind == 4) {
        uint32_t *d = (uint32_t *)w->buf + w->len;
        const uint8_t *s = U8(str) + start;
        for (wf_ssize_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else {
        uint8_t *d = (uint8_t *)w->buf + w->len;
        const uint32_t *s = U32(str) + start;
        for (wf_ssize_t i = 0; i < n; i++) {
            d[i] = (uint8_t)s[i];
        }
    }
    w->len += n;
    return 0;
}

int wf_str_writer_write(wf_str_writer_t *w, wf_object_t *str) {
    return wf_str_writer_write_sub(w, str, 0, WF_STR_LEN(str));
}

int wf_str_writer_write_ascii(wf_str_writer_t *w, const char *s, wf_ssize_t n) {
    if (wf_str_writer_reserve(w, n) < 0) {
        return -1;
    }
    if (w->kind == 1) {
        memcpy((char *)w->buf + w->len, s, (size_t)n);
    } else {
        uint32_t *d = (uint32_t *)w->buf + w->len;
        for (wf_ssize_t i = 0; i < n; i++) {
            d[i] = (unsigned char)s[i];
        }
    }
    w->len += n;
    return 0;
}

int wf_str_writer_fill(wf_str_writer_t *w, uint32_t cp, wf_ssize_t n) {
    if (n <= 0) {
        return w->failed ? -1 : 0;
    }
    if (w->kind == 1 && cp >= 128 && writer_widen(w, n) < 0) {
        return -1;
    }
    if (wf_str_writer_reserve(w, n) < 0) {
        return -1;
    }
    if (w->kind == 1) {
        memset((char *)w->buf + w->len, (int)cp, (size_t)n);
    } else {
        uint32_t *d = (uint32_t *)w->buf + w->len;
        for (wf_ssize_t i = 0; i < n; i++) {
            d[i] = cp;
        }
    }
    w->len += n;
    return 0;
}

void wf_str_writer_discard(wf_str_writer_t *w) {
    if (w->buf != w->small) {
        wf_mem_free(w->buf);
    }
    w->buf = w->small;
    w->len = 0;
}

wf_object_t *wf_str_writer_finish(wf_str_writer_t *w) {
    if (w->failed) {
        wf_str_writer_discard(w);
        return NULL;
    }
    wf_object_t *r;
    if (w->kind == 1) {
        r = wf_str_from_ascii(w->buf, w->len);
    } else if (w->len == 1) {
        r = wf_str_from_char(((uint32_t *)w->buf)[0]);
    } else {
        r = str_alloc(w->len, 4);
        if (r != NULL) {
            memcpy(U32(r), w->buf, (size_t)w->len * 4);
        }
    }
    wf_str_writer_discard(w);
    return r;
}

// ---------------------------------------------------------------------------------------
// The UTF-8 builder (wf_strbuf_t). Lone surrogates are kept as their three-byte forms
// and decoded back with "surrogatepass", so any str survives a round trip.

void wf_strbuf_init(wf_strbuf_t *sb) {
    sb->buf = sb->small;
    sb->len = 0;
    sb->cap = (wf_ssize_t)sizeof sb->small;
    sb->failed = 0;
}

static int strbuf_grow(wf_strbuf_t *sb, wf_ssize_t extra) {
    if (sb->failed) {
        return -1;
    }
    if (extra <= sb->cap - sb->len - 1) {
        return 0;
    }
    if (extra > WF_SSIZE_MAX / 2 - sb->len) {
        sb->failed = 1;
        wf_err_nomemory();
        return -1;
    }
    wf_ssize_t need = sb->len + extra + 1;
    wf_ssize_t cap = sb->cap * 2 > need ? sb->cap * 2 : need;
    char *nb;
    if (sb->buf == sb->small) {
        nb = wf_mem_alloc((size_t)cap);
        if (nb != NULL) {
            memcpy(nb, sb->small, (size_t)sb->len);
        }
    } else {
        nb = wf_mem_realloc(sb->buf, (size_t)cap);
    }
    if (nb == NULL) {
        sb->failed = 1;
        wf_err_nomemory();
        return -1;
    }
    sb->buf = nb;
    sb->cap = cap;
    return 0;
}

int wf_strbuf_append_utf8(wf_strbuf_t *sb, const char *s, wf_ssize_t n) {
    if (strbuf_grow(sb, n) < 0) {
        return -1;
    }
    memcpy(sb->buf + sb->len, s, (size_t)n);
    sb->len += n;
    return 0;
}

int wf_strbuf_append_cstr(wf_strbuf_t *sb, const char *s) {
    return wf_strbuf_append_utf8(sb, s, (wf_ssize_t)strlen(s));
}

static int utf8_encode_char(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int wf_strbuf_append_char(wf_strbuf_t *sb, uint32_t cp) {
    char tmp[4];
    return wf_strbuf_append_utf8(sb, tmp, utf8_encode_char(cp, tmp));
}

int wf_strbuf_append_str(wf_strbuf_t *sb, wf_object_t *str) {
    if (WF_STR_KIND(str) == 1) {
        return wf_strbuf_append_utf8(sb, WF_STR_DATA(str), WF_STR_LEN(str));
    }
    wf_ssize_t n = WF_STR_LEN(str);
    if (strbuf_grow(sb, n * 4) < 0) {
        return -1;
    }
    const uint32_t *p = U32(str);
    for (wf_ssize_t i = 0; i < n; i++) {
        sb->len += utf8_encode_char(p[i], sb->buf + sb->len);
    }
    return 0;
}

int wf_strbuf_append_repr(wf_strbuf_t *sb, wf_object_t *o) {
    if (sb->failed) {
        return -1;
    }
    wf_object_t *r = wf_repr(o);
    if (r == NULL) {
        sb->failed = 1;
        return -1;
    }
    int rc = wf_strbuf_append_str(sb, r);
    WF_DECREF(r);
    return rc;
}

int wf_strbuf_append_format(wf_strbuf_t *sb, const char *fmt, ...) {
    if (sb->failed) {
        return -1;
    }
    va_list ap;
    va_start(ap, fmt);
    wf_object_t *s = wf_str_from_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL) {
        sb->failed = 1;
        return -1;
    }
    int rc = wf_strbuf_append_str(sb, s);
    WF_DECREF(s);
    return rc;
}

void wf_strbuf_discard(wf_strbuf_t *sb) {
    if (sb->buf != sb->small) {
        wf_mem_free(sb->buf);
    }
    sb->buf = sb->small;
    sb->len = 0;
}

wf_object_t *wf_strbuf_finish(wf_strbuf_t *sb) {
    if (sb->failed) {
        wf_strbuf_discard(sb);
        return NULL;
    }
    wf_object_t *r = wf_str_decode_utf8(sb->buf, sb->len, "surrogatepass");
    if (r == NULL && wf_err_matches(&wf_exc_UnicodeDecodeError)) {
        // Raw bytes appended by a caller (a file name, say) need not be UTF-8: keep going
        // with U+FFFD for them, as CPython's PyUnicode_FromFormat does for %s.
        wf_err_clear();
        r = wf_str_decode_utf8(sb->buf, sb->len, "replace");
    }
    wf_strbuf_discard(sb);
    return r;
}

// ---------------------------------------------------------------------------------------
// wf_str_from_format: printf-like formatting with object conversions (see
// runtime/errors.h for the codes). Flags '-' and '0', a width and a precision are
// accepted; for text conversions the precision counts code points.

// Append UTF-8 text, truncated to `prec` code points (-1: all) and padded to `width`.
static void append_padded(wf_strbuf_t *sb, const char *s, wf_ssize_t n, wf_ssize_t width,
                          wf_ssize_t prec, int left) {
    wf_ssize_t chars = 0, i = 0;
    while (i < n && (prec < 0 || chars < prec)) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) {
            i++;
        }
        chars++;
    }
    if (!left) {
        for (wf_ssize_t k = chars; k < width; k++) {
            wf_strbuf_append_utf8(sb, " ", 1);
        }
    }
    wf_strbuf_append_utf8(sb, s, i);
    if (left) {
        for (wf_ssize_t k = chars; k < width; k++) {
            wf_strbuf_append_utf8(sb, " ", 1);
        }
    }
}

static void append_obj_text(wf_strbuf_t *sb, wf_object_t *text, wf_ssize_t width, wf_ssize_t prec,
                            int left) {
    wf_strbuf_t tmp;
    wf_strbuf_init(&tmp);
    wf_strbuf_append_str(&tmp, text);
    append_padded(sb, tmp.buf, tmp.len, width, prec, left);
    wf_strbuf_discard(&tmp);
}

// The "module.qualname" of a type (module omitted for builtins and __main__).
static void append_type_fullname(wf_strbuf_t *sb, wf_type_t *t) {
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        wf_strbuf_append_cstr(sb, t->name);
        return;
    }
    wf_object_t *mod = t->module_obj != NULL ? wf_newref(t->module_obj) : NULL;
    if (mod == NULL && t->dict != NULL && wf_dict_get_ref_cstr(t->dict, "__module__", &mod) < 0) {
        wf_err_clear();
        mod = NULL;
    }
    if (mod != NULL && WF_STR_CHECK(mod) && !wf_str_eq_cstr(mod, "builtins") &&
        !wf_str_eq_cstr(mod, "__main__")) {
        wf_strbuf_append_str(sb, mod);
        wf_strbuf_append_cstr(sb, ".");
    }
    WF_XDECREF(mod);
    if (t->qualname != NULL && WF_STR_CHECK(t->qualname)) {
        wf_strbuf_append_str(sb, t->qualname);
    } else {
        wf_strbuf_append_cstr(sb, t->name);
    }
}

// One integer conversion; `len` is the length modifier ('h' none, 'l', 'L' = ll, 'z').
static void append_int(wf_strbuf_t *sb, char conv, char len, int zero, int left, wf_ssize_t width,
                       wf_ssize_t prec, va_list *ap) {
    char spec[32], out[64];
    char *p = spec;
    *p++ = '%';
    if (left) {
        *p++ = '-';
    }
    if (zero) {
        *p++ = '0';
    }
    if (width > 0) {
        p += snprintf(p, 8, "%d", (int)(width > 40 ? 40 : width));
    }
    if (prec >= 0) {
        p += snprintf(p, 8, ".%d", (int)(prec > 40 ? 40 : prec));
    }
    int n;
    int is_signed = conv == 'd' || conv == 'i';
    if (len == 'L') {
        strcpy(p, is_signed ? "lld" : conv == 'x' ? "llx" : "llu");
        n = is_signed ? snprintf(out, sizeof out, spec, va_arg(*ap, long long))
                      : snprintf(out, sizeof out, spec, va_arg(*ap, unsigned long long));
    } else if (len == 'l') {
        strcpy(p, is_signed ? "ld" : conv == 'x' ? "lx" : "lu");
        n = is_signed ? snprintf(out, sizeof out, spec, va_arg(*ap, long))
                      : snprintf(out, sizeof out, spec, va_arg(*ap, unsigned long));
    } else if (len == 'z') {
        strcpy(p, is_signed ? "zd" : conv == 'x' ? "zx" : "zu");
        n = is_signed ? snprintf(out, sizeof out, spec, va_arg(*ap, wf_ssize_t))
                      : snprintf(out, sizeof out, spec, va_arg(*ap, size_t));
    } else {
        strcpy(p, is_signed ? "d" : conv == 'x' ? "x" : "u");
        n = is_signed ? snprintf(out, sizeof out, spec, va_arg(*ap, int))
                      : snprintf(out, sizeof out, spec, va_arg(*ap, unsigned int));
    }
    wf_strbuf_append_utf8(sb, out, n < (int)sizeof out ? n : (int)sizeof out - 1);
}

// Convert an object with %R %S %A and append it; 0 / -1.
static int append_converted(wf_strbuf_t *sb, char conv, wf_object_t *o, wf_ssize_t width,
                            wf_ssize_t prec, int left) {
    wf_object_t *t = conv == 'R' ? wf_repr(o) : conv == 'S' ? wf_str(o) : wf_ascii(o);
    if (t == NULL) {
        return -1;
    }
    append_obj_text(sb, t, width, prec, left);
    WF_DECREF(t);
    return 0;
}

// One conversion at *pf (just after '%'); advances *pf. 0 / -1.
static int format_one(wf_strbuf_t *sb, const char **pf, va_list *ap) {
    const char *f = *pf;
    int left = 0, zero = 0;
    wf_ssize_t width = -1, prec = -1;
    for (; *f == '-' || *f == '0'; f++) {
        left |= *f == '-';
        zero |= *f == '0';
    }
    if (*f == '*') {
        width = va_arg(*ap, int);
        f++;
    } else {
        for (width = 0; *f >= '0' && *f <= '9'; f++) {
            width = width * 10 + (*f - '0');
        }
    }
    if (*f == '.') {
        f++;
        if (*f == '*') {
            prec = va_arg(*ap, int);
            f++;
        } else {
            for (prec = 0; *f >= '0' && *f <= '9'; f++) {
                prec = prec * 10 + (*f - '0');
            }
        }
    }
    char len = 'h';
    if (*f == 'l') {
        len = f[1] == 'l' ? 'L' : 'l';
        f += len == 'L' ? 2 : 1;
    } else if (*f == 'z') {
        len = 'z';
        f++;
    }
    char conv = *f;
    *pf = f + (*f != 0);
    switch (conv) {
        case 'd':
        case 'i':
        case 'u':
        case 'x':
            append_int(sb, conv, len, zero, left, width, prec, ap);
            return 0;
        case 'c': {
            int cp = va_arg(*ap, int);
            wf_strbuf_append_char(sb, (uint32_t)cp);
            return 0;
        }
        case 'p': {
            char out[32];
            int n = snprintf(out, sizeof out, "%p", va_arg(*ap, void *));
            wf_strbuf_append_utf8(sb, out, n);
            return 0;
        }
        case 's': {
            const char *s = va_arg(*ap, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            append_padded(sb, s, (wf_ssize_t)strlen(s), width, prec, left);
            return 0;
        }
        case 'U': {
            wf_object_t *o = va_arg(*ap, wf_object_t *);
            append_obj_text(sb, o, width, prec, left);
            return 0;
        }
        case 'R':
        case 'S':
        case 'A':
            return append_converted(sb, conv, va_arg(*ap, wf_object_t *), width, prec, left);
        case 'T': {
            const char *name = WF_TYPE(va_arg(*ap, wf_object_t *))->name;
            append_padded(sb, name, (wf_ssize_t)strlen(name), width, prec, left);
            return 0;
        }
        case 'N':
            append_type_fullname(sb, (wf_type_t *)va_arg(*ap, wf_object_t *));
            return 0;
        case '%':
            wf_strbuf_append_utf8(sb, "%", 1);
            return 0;
        default:
            wf_err_format(&wf_exc_SystemError, "invalid format string: %s", *pf - 1);
            return -1;
    }
}

wf_object_t *wf_str_from_vformat(const char *fmt, va_list ap) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    va_list aq;
    va_copy(aq, ap);
    const char *f = fmt;
    while (*f && !sb.failed) {
        const char *start = f;
        while (*f && *f != '%') {
            f++;
        }
        if (f > start) {
            wf_strbuf_append_utf8(&sb, start, f - start);
        }
        if (*f == '%') {
            f++;
            if (format_one(&sb, &f, &aq) < 0) {
                sb.failed = 1;
            }
        }
    }
    va_end(aq);
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    wf_object_t *r = wf_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

// ---------------------------------------------------------------------------------------
// Type slots.

static void str_dealloc(wf_object_t *o) {
    wf_str_t *s = S(o);
    if (s->kind == 4 && s->utf8 != NULL) {
        wf_mem_free(s->utf8);
    }
    if (WF_TYPE(o)->flags & WF_TPFLAGS_HAVE_GC) {
        wf_gc_untrack(o);
    }
    wf_object_free(o);
}

static wf_object_t *str_str(wf_object_t *o) {
    return wf_str_exact(o);
}

static wf_hash_t str_hash_slot(wf_object_t *o) {
    return wf_str_hash(o);
}

static wf_object_t *str_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!WF_STR_CHECK(a) || !WF_STR_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (op == WF_EQ || op == WF_NE) {
        return wf_bool_from(wf_str_eq(a, b) == (op == WF_EQ));
    }
    int c = wf_str_compare(a, b);
    switch (op) {
        case WF_LT:
            return wf_bool_from(c < 0);
        case WF_LE:
            return wf_bool_from(c <= 0);
        case WF_GT:
            return wf_bool_from(c > 0);
        default:
            return wf_bool_from(c >= 0);
    }
}

static wf_ssize_t str_len(wf_object_t *o) {
    return WF_STR_LEN(o);
}

static wf_object_t *str_add(wf_object_t *a, wf_object_t *b) {
    if (!WF_STR_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (WF_STR_CHECK(b)) {
        return wf_str_concat(a, b);
    }
    // The right operand's own + (its __radd__) runs before the concatenation fails.
    wf_binaryfunc other = WF_TYPE(b)->binop[WF_BINOP_ADD];
    if (other != NULL && other != str_add) {
        wf_object_t *r = other(a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    return wf_err_format(&wf_exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
}

int wf_str_repeat_count(wf_object_t *num, wf_ssize_t *out) {
    if (!wf_index_check(num)) {
        wf_err_format(&wf_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      WF_TYPE(num)->name);
        return -1;
    }
    int64_t v;
    if (wf_int_small_value_any(num, &v)) {
        *out = v < 0 ? 0 : (wf_ssize_t)v;
        return 0;
    }
    wf_object_t *i = wf_index(num);
    if (i == NULL) {
        return -1;
    }
    int fits = wf_int_to_i64_if_fits(i, &v);
    WF_DECREF(i);
    if (!fits) {
        wf_err_format(&wf_exc_OverflowError, "cannot fit '%T' into an index-sized integer", num);
        return -1;
    }
    *out = v < 0 ? 0 : (wf_ssize_t)v;
    return 0;
}

static wf_object_t *str_mul(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = WF_STR_CHECK(a) ? a : b;
    wf_object_t *num = seq == a ? b : a;
    if (seq == a && !WF_INT_CHECK(num)) {
        wf_binaryfunc other = WF_TYPE(num)->binop[WF_BINOP_MUL];
        if (other != NULL && other != str_mul) {
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
    return wf_str_repeat(seq, n);
}

static wf_object_t *str_mod(wf_object_t *a, wf_object_t *b) {
    if (!WF_STR_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_str_percent_format(a, b);
}

static int str_contains_slot(wf_object_t *o, wf_object_t *item) {
    if (!WF_STR_CHECK(item)) {
        wf_err_format(&wf_exc_TypeError, "'in <string>' requires string as left operand, not %T",
                      item);
        return -1;
    }
    return wf_str_contains(o, item);
}

static wf_object_t *str_item(wf_object_t *o, wf_ssize_t i) {
    if ((size_t)i >= (size_t)WF_STR_LEN(o)) {
        return wf_err_set_string(&wf_exc_IndexError, "string index out of range");
    }
    return wf_str_from_char(wf_str_char(o, i));
}

static wf_object_t *str_subscript(wf_object_t *o, wf_object_t *key) {
    int64_t small;
    if (wf_int_small_value_any(key, &small)) {
        if (small < 0) {
            small += WF_STR_LEN(o);
        }
        return str_item(o, (wf_ssize_t)small);
    }
    if (WF_SLICE_CHECK(key)) {
        wf_ssize_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        wf_ssize_t n = wf_slice_adjust(WF_STR_LEN(o), &start, &stop, step);
        if (step == 1 && n == WF_STR_LEN(o)) {
            return wf_str_exact(o);
        }
        return wf_str_slice_step(o, start, step, n);
    }
    if (wf_index_check(key)) {
        wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
        if (i == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += WF_STR_LEN(o);
        }
        return str_item(o, i);
    }
    return wf_err_format(&wf_exc_TypeError, "string indices must be integers, not '%T'", key);
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
static wf_object_t *str_new_exact(wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    wf_object_t *vals[3] = {NULL, NULL, NULL};
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 3) {
        return wf_err_format(&wf_exc_TypeError, "str expected at most 3 arguments, got %zd", nargs);
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        vals[i] = WF_TUPLE_GET(args, i);
    }
    if (kwargs != NULL) {
        wf_ssize_t pos = 0;
        wf_object_t *k, *v;
        while (wf_dict_next(kwargs, &pos, &k, &v)) {
            int found = 0;
            for (int i = 0; i < 3; i++) {
                if (WF_STR_CHECK(k) && wf_str_eq_cstr(k, names[i])) {
                    if (vals[i] != NULL) {
                        return wf_err_format(&wf_exc_TypeError,
                                             "argument for str() given by name ('%s') and "
                                             "position (%d)",
                                             names[i], i + 1);
                    }
                    vals[i] = v;
                    found = 1;
                }
            }
            if (!found) {
                wf_err_unexpected_keyword("str", k, names);
                return NULL;
            }
        }
    }
    if (vals[1] == NULL && vals[2] == NULL) {
        return vals[0] == NULL ? wf_str_empty() : wf_str(vals[0]);
    }
    const char *enc = NULL, *errs = NULL;
    if (wf_str_arg_cstr("str", "encoding", vals[1], &enc) < 0 ||
        wf_str_arg_cstr("str", "errors", vals[2], &errs) < 0) {
        return NULL;
    }
    if (vals[0] == NULL) {
        return wf_str_empty();
    }
    return wf_str_decode_object(vals[0], enc, errs);
}

static wf_object_t *str_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *v = str_new_exact(args, kwargs);
    if (v == NULL || type == &wf_str_type) {
        return v;
    }
    wf_object_t *e = wf_str_exact(v);
    WF_DECREF(v);
    if (e == NULL) {
        return NULL;
    }
    wf_object_t *r = str_subtype_from(type, e);
    WF_DECREF(e);
    return r;
}

wf_object_t *wf_str_decode_object(wf_object_t *obj, const char *encoding, const char *errors) {
    if (WF_STR_CHECK(obj)) {
        return wf_err_set_string(&wf_exc_TypeError, "decoding str is not supported");
    }
    wf_bview_t v;
    int got = wf_bytes_view_any(obj, &v);
    if (got <= 0) {
        return got < 0 ? NULL
                       : wf_err_format(&wf_exc_TypeError,
                                       "decoding to str: need a bytes-like object, %T found", obj);
    }
    wf_object_t *r = wf_bytes_decode(v.data, v.len, encoding != NULL ? encoding : "utf-8", errors);
    wf_bview_release(&v);
    return r;
}

// ---------------------------------------------------------------------------------------
// Iterators: str_ascii_iterator for kind 1 (every item a cached one-character string),
// str_iterator otherwise.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *seq; // NULL once exhausted
} str_iter_t;

static wf_object_t *str_iter(wf_object_t *o) {
    wf_type_t *t = WF_STR_KIND(o) == 1 ? &wf_str_ascii_iter_type : &wf_str_iter_type;
    str_iter_t *it = (str_iter_t *)wf_object_alloc(t, sizeof(str_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = wf_newref(o);
    return WF_OBJ(it);
}

static void striter_dealloc(wf_object_t *o) {
    WF_XDECREF(((str_iter_t *)o)->seq);
    wf_object_free(o);
}

static wf_object_t *striter_next(wf_object_t *o) {
    str_iter_t *it = (str_iter_t *)o;
    wf_object_t *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < WF_STR_LEN(seq)) {
        return wf_str_from_char(wf_str_char(seq, it->index++));
    }
    it->seq = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *striter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    str_iter_t *it = (str_iter_t *)o;
    return wf_int_from_ssize(it->seq != NULL ? WF_STR_LEN(it->seq) - it->index : 0);
}

static wf_object_t *self_iter(wf_object_t *o) {
    return wf_newref(o);
}

static wf_object_t *striter_reduce(wf_object_t *o, wf_object_t *unused) {
    str_iter_t *it = (str_iter_t *)o;
    return wf_iter_reduce_indexed(NULL, it->seq, it->index, it->seq == NULL ? wf_str_empty() : NULL);
}

static wf_object_t *striter_setstate(wf_object_t *o, wf_object_t *state) {
    str_iter_t *it = (str_iter_t *)o;
    wf_ssize_t i;
    if (wf_iter_setstate_index(state, 0, it->seq != NULL ? WF_STR_LEN(it->seq) : 0, &i) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = i;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t striter_methods[] = {
    {"__reduce__", {.noargs = striter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = striter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {"__length_hint__",
     {.noargs = striter_length_hint},
     WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_str_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "str_iterator",
    .basicsize = sizeof(str_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = striter_dealloc,
    .iter = self_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

wf_type_t wf_str_ascii_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = striter_dealloc,
    .iter = self_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

wf_type_t wf_str_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "str",
    .basicsize = sizeof(wf_str_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_STR_SUBCLASS | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\nerrors is "
           "specified, then the object must expose a data buffer\nthat will be decoded using "
           "the given encoding and error handler.\nOtherwise, returns the result of "
           "object.__str__() (if defined)\nor repr(object).\nencoding defaults to 'utf-8'.\n"
           "errors defaults to 'strict'.",
    .dealloc = str_dealloc,
    .new = str_new,
    .repr = wf_str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .binop = {[WF_BINOP_ADD] = str_add, [WF_BINOP_MUL] = str_mul, [WF_BINOP_MOD] = str_mod},
    .len = str_len,
    .getitem = str_subscript,
    .contains = str_contains_slot,
    .methods = wf_str_methods,
};
