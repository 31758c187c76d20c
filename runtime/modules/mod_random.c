// The _random module: the Mersenne Twister (MT19937) generator behind random.Random.
//
// Seeding and output follow the reference MT19937 (init_genrand / init_by_array) and
// CPython's conventions for turning it into Python values, so the same seed yields the
// same sequence as CPython: random() combines 27 + 26 bits into a double in [0, 1),
// getrandbits(k) fills 32-bit words from the low end, and an int seed is split into
// 32-bit words, least significant first.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { MT_N = 624, MT_M = 397 };

typedef struct {
    WF_OBJECT_HEAD
    int index;
    uint32_t state[MT_N];
} random_t;

extern wf_type_t wf_random_type;

static void init_genrand(random_t *r, uint32_t s) {
    r->state[0] = s;
    for (int i = 1; i < MT_N; i++) {
        r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + (uint32_t)i;
    }
    r->index = MT_N;
}

static void init_by_array(random_t *r, const uint32_t *key, size_t len) {
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        r->state[i] = (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1664525u)) +
                      key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            r->state[0] = r->state[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k; k--) {
        r->state[i] = (r->state[i] ^ ((r->state[i - 1] ^ (r->state[i - 1] >> 30)) * 1566083941u)) -
                      (uint32_t)i;
        i++;
        if (i >= MT_N) {
            r->state[0] = r->state[MT_N - 1];
            i = 1;
        }
    }
    r->state[0] = 0x80000000u;
}

static uint32_t genrand(random_t *r) {
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    if (r->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (r->state[k] & 0x80000000u) | (r->state[k + 1] & 0x7fffffffu);
            r->state[k] = r->state[k + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; k < MT_N - 1; k++) {
            y = (r->state[k] & 0x80000000u) | (r->state[k + 1] & 0x7fffffffu);
            r->state[k] = r->state[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (r->state[MT_N - 1] & 0x80000000u) | (r->state[0] & 0x7fffffffu);
        r->state[MT_N - 1] = r->state[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    uint32_t y = r->state[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static wf_object_t *random_random(wf_object_t *self, wf_object_t *unused) {
    random_t *r = (random_t *)self;
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return wf_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// Seed from a non-negative int: its 32-bit words, least significant first.
static int seed_from_int(random_t *r, wf_object_t *n) {
    wf_object_t *absn = wf_absolute(n);
    if (absn == NULL) {
        return -1;
    }
    wf_object_t *nbits = wf_call_method_cstr(absn, "bit_length", NULL, 0);
    wf_ssize_t bits = nbits ? wf_as_ssize(nbits, &wf_exc_OverflowError) : -1;
    WF_XDECREF(nbits);
    if (bits < 0) {
        WF_DECREF(absn);
        return -1;
    }
    size_t words = bits == 0 ? 1 : (size_t)(bits + 31) / 32;
    uint32_t *key = wf_mem_calloc(words, sizeof(uint32_t));
    if (key == NULL) {
        WF_DECREF(absn);
        wf_err_nomemory();
        return -1;
    }
    wf_object_t *mask = wf_int_from_u64(0xffffffffu);
    wf_object_t *shift = wf_int_from_i64(32);
    wf_object_t *cur = absn;
    int rc = 0;
    for (size_t i = 0; i < words && rc == 0; i++) {
        wf_object_t *low = wf_binary_op(cur, mask, WF_BINOP_AND);
        int64_t v = 0;
        if (low == NULL || wf_int_as_i64(low, &v) < 0) {
            rc = -1;
        }
        WF_XDECREF(low);
        key[i] = (uint32_t)v;
        wf_object_t *next = rc == 0 ? wf_binary_op(cur, shift, WF_BINOP_RSHIFT) : NULL;
        WF_DECREF(cur);
        cur = next;
        if (cur == NULL) {
            rc = -1;
        }
    }
    WF_XDECREF(cur);
    WF_XDECREF(mask);
    WF_XDECREF(shift);
    if (rc == 0) {
        init_by_array(r, key, words);
    }
    wf_mem_free(key);
    return rc;
}

static int seed_from_entropy(random_t *r) {
    uint32_t key[MT_N];
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    ssize_t got = fd >= 0 ? read(fd, key, sizeof(key)) : -1;
    if (fd >= 0) {
        close(fd);
    }
    if (got != (ssize_t)sizeof(key)) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid();
        init_by_array(r, key, 3);
        return 0;
    }
    init_by_array(r, key, MT_N);
    return 0;
}

static wf_object_t *random_seed(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("seed", nargs, 0, 1) < 0) {
        return NULL;
    }
    random_t *r = (random_t *)self;
    wf_object_t *arg = nargs ? args[0] : WF_NONE;
    int rc;
    if (arg == WF_NONE) {
        rc = seed_from_entropy(r);
    } else if (WF_INT_CHECK(arg)) {
        rc = seed_from_int(r, arg);
    } else {
        wf_hash_t h = wf_hash(arg);
        if (h == -1) {
            return NULL;
        }
        wf_object_t *n = wf_int_from_u64((uint64_t)h);  // as an unsigned word, like CPython
        rc = n ? seed_from_int(r, n) : -1;
        WF_XDECREF(n);
    }
    if (rc < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *random_getrandbits(wf_object_t *self, wf_object_t *arg) {
    random_t *r = (random_t *)self;
    wf_ssize_t k = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (k == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (k < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "number of bits must be non-negative");
    }
    if (k == 0) {
        return wf_int_from_i64(0);
    }
    if (k <= 32) {
        return wf_int_from_u64(genrand(r) >> (32 - k));
    }
    if (k <= 64) {
        uint64_t lo = genrand(r);
        uint64_t hi = genrand(r) >> (64 - k);
        return wf_int_from_u64(lo | (hi << 32));
    }
    // 32-bit words, least significant first (the last keeps its top bits), laid out as
    // little-endian bytes and converted in one go by int.from_bytes (linear time).
    wf_ssize_t words = (k - 1) / 32 + 1;
    wf_object_t *buf = wf_bytes_new_uninit(words * 4);
    if (buf == NULL) {
        return NULL;
    }
    unsigned char *p = (unsigned char *)WF_BYTES_DATA(buf);
    for (wf_ssize_t i = 0; i < words; i++) {
        uint32_t w = genrand(r);
        if (i == words - 1 && k % 32 != 0) {
            w >>= 32 - (k % 32);
        }
        p[4 * i] = (unsigned char)w;
        p[4 * i + 1] = (unsigned char)(w >> 8);
        p[4 * i + 2] = (unsigned char)(w >> 16);
        p[4 * i + 3] = (unsigned char)(w >> 24);
    }
    wf_object_t *order = wf_str_from_cstr("little");
    wf_object_t *args[2] = {buf, order};
    wf_object_t *result =
        order != NULL ? wf_call_method_cstr(WF_OBJ(&wf_int_type), "from_bytes", args, 2) : NULL;
    WF_XDECREF(order);
    WF_DECREF(buf);
    return result;
}

static wf_object_t *random_getstate(wf_object_t *self, wf_object_t *unused) {
    random_t *r = (random_t *)self;
    wf_object_t *t = wf_tuple_new(MT_N + 1);
    for (int i = 0; t != NULL && i < MT_N + 1; i++) {
        wf_object_t *v = wf_int_from_u64(i < MT_N ? r->state[i] : (uint64_t)r->index);
        if (v == NULL) {
            WF_CLEAR(t);
            break;
        }
        WF_TUPLE_SET_STEAL(t, i, v);
    }
    return t;
}

static wf_object_t *random_setstate(wf_object_t *self, wf_object_t *arg) {
    random_t *r = (random_t *)self;
    if (!WF_TUPLE_CHECK(arg)) {
        return wf_err_set_string(&wf_exc_TypeError, "state vector must be a tuple");
    }
    if (WF_TUPLE_SIZE(arg) != MT_N + 1) {
        return wf_err_set_string(&wf_exc_ValueError, "state vector is the wrong size");
    }
    uint32_t state[MT_N];
    for (int i = 0; i < MT_N; i++) {
        int64_t v;
        if (wf_int_as_i64(WF_TUPLE_GET(arg, i), &v) < 0) {
            return NULL;
        }
        state[i] = (uint32_t)v;
    }
    int64_t index;
    if (wf_int_as_i64(WF_TUPLE_GET(arg, MT_N), &index) < 0) {
        return NULL;
    }
    if (index < 0 || index > MT_N) {
        return wf_err_set_string(&wf_exc_ValueError, "invalid state");
    }
    memcpy(r->state, state, sizeof(state));
    r->index = (int)index;
    WF_RETURN_NONE;
}

static wf_object_t *random_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    random_t *r = (random_t *)wf_type_alloc(type, 0);
    if (r == NULL) {
        return NULL;
    }
    if (type == &wf_random_type && args != NULL && WF_TUPLE_SIZE(args) > 1) {
        WF_DECREF(r);
        return wf_err_format(&wf_exc_TypeError, "Random() takes at most 1 argument (%zd given)",
                             WF_TUPLE_SIZE(args));
    }
    seed_from_entropy(r);
    return WF_OBJ(r);
}

static void random_dealloc(wf_object_t *self) {
    wf_object_free(self);
}

static wf_method_def_t random_methods[] = {
    {"random", {.noargs = random_random}, WF_METH_NOARGS, NULL},
    {"seed", {.fast = random_seed}, WF_METH_FASTCALL, NULL},
    {"getrandbits", {.o = random_getrandbits}, WF_METH_O, NULL},
    {"getstate", {.noargs = random_getstate}, WF_METH_NOARGS, NULL},
    {"setstate", {.o = random_setstate}, WF_METH_O, NULL},
    {NULL},
};

wf_type_t wf_random_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_random.Random",
    .basicsize = sizeof(random_t),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = random_dealloc,
    .new = random_new,
    .methods = random_methods,
};

wf_object_t *wf_mod_random_init(void) {
    wf_object_t *m = wf_module_new("_random");
    if (m == NULL || wf_module_add_type(m, &wf_random_type) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
