// C-level tests of the memory layer: raw allocation (zero sizes, growth keeping contents),
// object allocation (zero-filled, header initialised, refcount 1), overflow-checked size
// arithmetic, and that a failed object allocation raises MemoryError and leaves the
// interpreter usable.
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                                      \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);     \
            failures++;                                                                  \
        }                                                                                \
    } while (0)

static void test_raw(void) {
    // Zero-byte requests still give distinct, freeable blocks.
    void *a = wf_mem_alloc(0), *b = wf_mem_alloc(0);
    CHECK(a != NULL && b != NULL && a != b);
    wf_mem_free(a);
    wf_mem_free(b);
    wf_mem_free(NULL);

    unsigned char *z = wf_mem_calloc(64, 4);
    CHECK(z != NULL);
    int all_zero = 1;
    for (int i = 0; z != NULL && i < 256; i++) {
        all_zero &= z[i] == 0;
    }
    CHECK(all_zero);

    // Growing keeps the contents; shrinking keeps the prefix.
    for (int i = 0; i < 256; i++) {
        z[i] = (unsigned char)i;
    }
    unsigned char *g = wf_mem_realloc(z, 1 << 20);
    CHECK(g != NULL);
    int same = 1;
    for (int i = 0; g != NULL && i < 256; i++) {
        same &= g[i] == (unsigned char)i;
    }
    CHECK(same);
    unsigned char *s = wf_mem_realloc(g, 16);
    CHECK(s != NULL && s[15] == 15);
    wf_mem_free(s);

    char *d = wf_mem_strdup("weft");
    CHECK(d != NULL && strcmp(d, "weft") == 0);
    wf_mem_free(d);

    // An impossible request fails without raising (callers raise).
    void *huge = wf_mem_alloc(SIZE_MAX / 2);
    CHECK(huge == NULL);
    CHECK(wf_err_occurred() == NULL);
}

static void test_size_mul(void) {
    CHECK(wf_mem_size_mul(3, 4) == 12);
    CHECK(wf_mem_size_mul(0, SIZE_MAX) == 0);
    CHECK(wf_mem_size_mul(SIZE_MAX / 2 + 1, 2) == 0);      // overflow
    CHECK(wf_mem_size_mul(SIZE_MAX, 1) == SIZE_MAX);
    CHECK(wf_mem_size_mul((size_t)1 << 32, (size_t)1 << 32) == 0);
}

static void test_objects(void) {
    // Many objects of several sizes: each zero-filled past the header, refcount 1, typed.
    enum { N = 2000 };
    static wf_object_t *objs[N];
    int ok = 1;
    for (int i = 0; i < N; i++) {
        size_t size = sizeof(wf_object_t) + (size_t)(i % 7) * 24;
        objs[i] = wf_object_alloc(&wf_list_type, size);
        if (objs[i] == NULL) {
            ok = 0;
            break;
        }
        const unsigned char *body = (const unsigned char *)objs[i] + sizeof(wf_object_t);
        for (size_t k = 0; k < size - sizeof(wf_object_t); k++) {
            ok &= body[k] == 0;
        }
        ok &= WF_TYPE(objs[i]) == &wf_list_type && WF_REFCNT(objs[i]) == 1;
        memset((unsigned char *)objs[i] + sizeof(wf_object_t), 0xAB, size - sizeof(wf_object_t));
    }
    CHECK(ok);
    for (int i = 0; i < N; i++) {
        if (objs[i] != NULL) {
            wf_object_free(objs[i]);
        }
    }

    // A block can grow in place or move, keeping its contents.
    wf_object_t *o = wf_object_alloc(&wf_list_type, 64);
    CHECK(o != NULL);
    if (o != NULL) {
        memset((char *)o + sizeof(wf_object_t), 0x5A, 64 - sizeof(wf_object_t));
        wf_object_t *r = wf_object_realloc(o, 4096);
        CHECK(r != NULL);
        if (r != NULL) {
            o = r;
            CHECK(((unsigned char *)o)[63] == 0x5A && WF_TYPE(o) == &wf_list_type);
        }
        wf_object_free(o);
    }

    // Failure: MemoryError is set, and the interpreter keeps working afterwards.
    wf_object_t *f = wf_object_alloc(&wf_list_type, SIZE_MAX / 2);
    CHECK(f == NULL);
    CHECK(wf_err_occurred() != NULL && wf_err_matches(&wf_exc_MemoryError));
    wf_err_clear();
    wf_object_t *x = wf_int_from_i64(123456789);
    wf_object_t *sx = x != NULL ? wf_str_from_cstr("after") : NULL;
    CHECK(x != NULL && sx != NULL);
    WF_XDECREF(x);
    WF_XDECREF(sx);
}

int main(void) {
    if (wf_interp_init() < 0) {
        fprintf(stderr, "interpreter start-up failed\n");
        return 1;
    }
    test_raw();
    test_size_mul();
    test_objects();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_mem: ok\n");
    return 0;
}
