// C-level tests of the containers' API: list/tuple/dict/set/range/slice functions, the
// CPython-compatible hash values and set iteration order, sorting, and deallocation of
// very deep structures (which must not overflow the C stack).
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                    \
        }                                                                  \
    } while (0)

// repr(o) == expected; steals o.
static void check_repr_steal(wf_object_t *o, const char *expected, int line) {
    if (o == NULL) {
        fprintf(stderr, "line %d: unexpected NULL\n", line);
        wf_err_clear();
        failures++;
        return;
    }
    wf_object_t *r = wf_repr(o);
    const char *got = r != NULL ? wf_str_as_utf8(r, NULL) : "<repr failed>";
    if (got == NULL || strcmp(got, expected) != 0) {
        fprintf(stderr, "line %d: repr mismatch\n  expected: %s\n  got:      %s\n", line, expected,
                got != NULL ? got : "<NULL>");
        failures++;
    }
    WF_XDECREF(r);
    WF_DECREF(o);
}
#define CHECK_REPR(o, s) check_repr_steal((o), (s), __LINE__)

static wf_object_t *I(int64_t v) {
    return wf_int_from_i64(v);
}

static wf_object_t *int_list(int64_t start, int64_t stop, int64_t step) {
    wf_object_t *l = wf_list_new(0);
    for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
        wf_list_append_steal(l, I(i));
    }
    return l;
}

static void set_add_int(wf_object_t *s, int64_t v) {
    wf_object_t *k = I(v);
    CHECK(wf_set_add(s, k) == 0);
    WF_DECREF(k);
}

static void test_tuple(void) {
    wf_object_t *e = wf_tuple_new(0);
    CHECK(e == wf_tuple_new(0));
    CHECK(wf_hash(e) == 5740354900026072187LL);
    CHECK_REPR(e, "()");
    wf_object_t *one = I(1), *two = I(2), *three = I(3);
    wf_object_t *t = wf_tuple_pack(3, one, two, three);
    CHECK(wf_hash(t) == 529344067295497451LL);
    CHECK_REPR(wf_tuple_slice(t, 1, 10), "(2, 3)");
    CHECK_REPR(t, "(1, 2, 3)");
    CHECK_REPR(wf_tuple_pack(1, one), "(1,)");
}

static void test_list(void) {
    wf_object_t *l = int_list(0, 10, 1);
    CHECK(WF_LIST_SIZE(l) == 10);
    wf_object_t *x = wf_list_get_ref(l, 3);
    CHECK(x != NULL && wf_int_sign(x) > 0);
    WF_XDECREF(x);
    CHECK(wf_list_get_ref(l, 10) == NULL && !wf_err_occurred());
    CHECK(wf_list_insert(l, -100, I(-1)) == 0);
    CHECK(wf_list_set_slice(l, 2, 5, NULL) == 0);
    CHECK_REPR(wf_list_get_slice(l, 0, 100), "[-1, 0, 4, 5, 6, 7, 8, 9]");
    CHECK(wf_list_set_slice(l, 1, 3, l) == 0);
    CHECK_REPR(wf_list_get_slice(l, 0, 100), "[-1, -1, 0, 4, 5, 6, 7, 8, 9, 5, 6, 7, 8, 9]");
    CHECK(wf_list_reverse(l) == 0);
    CHECK(wf_list_sort(l, NULL, 0) == 0);
    CHECK_REPR(wf_list_as_tuple(l), "(-1, -1, 0, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9)");
    CHECK(wf_list_sort(l, NULL, 1) == 0);
    CHECK_REPR(wf_list_get_slice(l, 0, 4), "[9, 9, 8, 8]");
    CHECK(wf_list_set_item(l, 100, I(0)) == -1 && wf_err_matches(&wf_exc_IndexError));
    wf_err_clear();
    CHECK(wf_list_append(l, l) == 0);
    CHECK_REPR(wf_list_get_slice(l, 14, 15), "[[9, 9, 8, 8, 7, 7, 6, 6, 5, 5, 4, 0, -1, -1, [...]]]");
    CHECK(wf_list_clear(l) == 0 && WF_LIST_SIZE(l) == 0);
    CHECK(wf_list_append_steal(l, wf_str_from_cstr("a")) == 0);
    CHECK(wf_list_append_steal(l, I(1)) == 0);
    CHECK(wf_list_sort(l, NULL, 0) == -1 && wf_err_matches(&wf_exc_TypeError));
    wf_err_clear();
    CHECK(WF_LIST_SIZE(l) == 2);
    WF_DECREF(l);

    // Stability on many equal keys, ascending and descending runs.
    l = wf_list_new(0);
    for (int i = 0; i < 5000; i++) {
        wf_object_t *pair = wf_tuple_pack(2, I((i * 7919) % 10), I(i));
        wf_list_append_steal(l, pair);
    }
    CHECK(wf_list_sort(l, NULL, 0) == 0);
    for (wf_ssize_t i = 1; i < 5000; i++) {
        CHECK(wf_richcompare_bool(WF_LIST_ITEMS(l)[i - 1], WF_LIST_ITEMS(l)[i], WF_LT) == 1);
    }
    WF_DECREF(l);

    // [0] * 10**12 fails cleanly.
    l = wf_list_from_array((wf_object_t *[]){I(0)}, 1);
    wf_object_t *n = wf_int_from_i64(1000000000000LL);
    CHECK(wf_binary_op(l, n, WF_BINOP_MUL) == NULL && wf_err_matches(&wf_exc_MemoryError));
    wf_err_clear();
    WF_DECREF(n);
    WF_DECREF(l);
}

static void test_dict(void) {
    wf_object_t *d = wf_dict_new();
    for (int i = 0; i < 1000; i++) {
        wf_object_t *k = I(i), *v = I((int64_t)i * i);
        CHECK(wf_dict_setitem(d, k, v) == 0);
        WF_DECREF(k);
        WF_DECREF(v);
    }
    for (int i = 0; i < 1000; i += 3) {
        wf_object_t *k = I(i);
        CHECK(wf_dict_delitem(d, k) == 0);
        WF_DECREF(k);
    }
    CHECK(wf_dict_size(d) == 666);
    wf_object_t *k = I(998), *v = NULL;
    CHECK(wf_dict_get_ref(d, k, &v) == 1 && v != NULL);
    CHECK_REPR(v, "996004");
    WF_DECREF(k);
    k = I(999);
    CHECK(wf_dict_get_ref(d, k, &v) == 0 && v == NULL);
    CHECK(wf_dict_delitem(d, k) == -1 && wf_err_matches(&wf_exc_KeyError));
    wf_err_clear();
    WF_DECREF(k);
    wf_object_t *keys = wf_dict_keys_list(d);
    CHECK_REPR(wf_list_get_slice(keys, 0, 5), "[1, 2, 4, 5, 7]");
    WF_DECREF(keys);

    wf_object_t *c = wf_dict_copy(d);
    CHECK(wf_richcompare_bool(c, d, WF_EQ) == 1);
    wf_dict_clear(c);
    CHECK(wf_dict_size(c) == 0);
    CHECK(wf_dict_merge(c, d, 1) == 0 && wf_dict_size(c) == 666);
    CHECK(wf_dict_setitem_cstr(c, "name", d) == 0);
    CHECK(wf_dict_get_ref_cstr(c, "name", &v) == 1 && v == d);
    WF_XDECREF(v);
    wf_object_t *name = wf_str_from_cstr("name");
    CHECK(wf_dict_get_ref_str(c, name, &v) == 1 && v == d);
    WF_XDECREF(v);
    CHECK(wf_dict_pop(c, name, &v) == 1 && v == d);
    WF_XDECREF(v);
    CHECK(wf_dict_contains(c, name) == 0);
    WF_DECREF(name);
    WF_DECREF(c);

    // Insertion order with deletions and re-insertions.
    wf_object_t *o = wf_dict_new();
    for (int i = 0; i < 20; i++) {
        wf_object_t *key = I(i);
        wf_dict_setitem(o, key, key);
        if (i % 2) {
            wf_object_t *prev = I(i - 1);
            wf_dict_delitem(o, prev);
            WF_DECREF(prev);
        }
        WF_DECREF(key);
    }
    CHECK_REPR(wf_dict_items_list(o),
               "[(1, 1), (3, 3), (5, 5), (7, 7), (9, 9), (11, 11), (13, 13), (15, 15), (17, 17), "
               "(19, 19)]");
    wf_object_t *dflt = I(42), *key = I(3);
    CHECK_REPR(wf_dict_setdefault(o, key, dflt), "3");
    WF_DECREF(key);
    key = I(4);
    CHECK_REPR(wf_dict_setdefault(o, key, dflt), "42");
    WF_DECREF(key);
    CHECK_REPR(wf_dict_keys_view(o), "dict_keys([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 4])");
    CHECK(wf_dict_setitem(o, o, o) == -1 && wf_err_matches(&wf_exc_TypeError));
    wf_err_clear();
    WF_DECREF(o);
    WF_DECREF(d);
}

static void test_set(void) {
    static const int64_t items[] = {5, 3, 1, 100, 7, 64, 8, 9, 33, 17};
    wf_object_t *s = wf_set_new(NULL);
    for (int i = 0; i < 10; i++) {
        set_add_int(s, items[i]);
    }
    CHECK_REPR(s, "{64, 1, 33, 3, 100, 5, 7, 8, 9, 17}");

    s = wf_set_new(NULL);
    for (int i = 8; i <= 80; i += 8) {
        set_add_int(s, i);
    }
    CHECK_REPR(wf_sequence_list(s), "[32, 64, 8, 40, 72, 16, 48, 80, 24, 56]");
    wf_object_t *k = I(16);
    CHECK(wf_set_discard(s, k) == 1 && wf_set_discard(s, k) == 0);
    WF_DECREF(k);
    set_add_int(s, 88);
    CHECK_REPR(s, "{32, 64, 8, 40, 72, 48, 80, 24, 56, 88}");

    s = wf_set_new(NULL);
    for (int i = 0; i < 100; i++) {
        set_add_int(s, i * 37 % 101);
    }
    for (int i = 0; i < 100; i += 3) {
        k = I(i);
        wf_set_discard(s, k);
        WF_DECREF(k);
    }
    CHECK(wf_set_size(s) == 66);
    wf_ssize_t pos = 0;
    wf_object_t *first;
    wf_hash_t h;
    CHECK(wf_set_next(s, &pos, &first, &h) == 1 && h == 1);
    WF_DECREF(s);

    wf_object_t *r = int_list(0, 100, 1);
    wf_object_t *f = wf_frozenset_new(r);
    CHECK(wf_hash(f) == 4411996150312757951LL);
    WF_DECREF(f);
    WF_DECREF(r);
    f = wf_frozenset_new(NULL);
    CHECK(wf_hash(f) == 133146708735736LL);
    WF_DECREF(f);
}

static void test_range_slice(void) {
    wf_object_t *three = I(3), *thirty = I(30), *four = I(4), *minus = I(-1);
    wf_object_t *r = wf_range_new(three, thirty, four);
    CHECK_REPR(wf_sequence_list(r), "[3, 7, 11, 15, 19, 23, 27]");
    CHECK(wf_len(r) == 7);
    wf_object_t *rev = wf_slice_new(NULL, NULL, minus);
    CHECK_REPR(wf_getitem(r, rev), "range(27, -1, -4)");
    CHECK(wf_contains(r, WF_OBJ(&wf_int_small_cache[7 - WF_INT_SMALL_MIN])) == 1);
    CHECK_REPR(r, "range(3, 30, 4)");
    wf_ssize_t start, stop, step;
    CHECK(wf_slice_unpack(rev, &start, &stop, &step) == 0);
    CHECK(step == -1 && start == WF_SSIZE_MAX && stop == WF_SSIZE_MIN);
    CHECK(wf_slice_adjust(10, &start, &stop, step) == 10 && start == 9 && stop == -1);
    CHECK(wf_hash(rev) == wf_hash(rev));
    WF_DECREF(rev);
    wf_object_t *zero = I(0);
    CHECK(wf_range_new(three, thirty, zero) == NULL && wf_err_matches(&wf_exc_ValueError));
    wf_err_clear();
}

static void test_deep_dealloc(void) {
    wf_object_t *chain = wf_list_new(0);
    for (int i = 0; i < 1000000; i++) {
        wf_object_t *n = wf_list_new(1);
        WF_LIST_SET_STEAL(n, 0, chain);
        chain = n;
    }
    WF_DECREF(chain);
    chain = wf_tuple_new(0);
    for (int i = 0; i < 1000000; i++) {
        wf_object_t *n = wf_tuple_new(1);
        WF_TUPLE_SET_STEAL(n, 0, chain);
        chain = n;
    }
    WF_DECREF(chain);
    chain = wf_dict_new();
    wf_object_t *one = I(1);
    for (int i = 0; i < 300000; i++) {
        wf_object_t *n = wf_dict_new();
        wf_dict_setitem(n, one, chain);
        WF_DECREF(chain);
        chain = n;
    }
    WF_DECREF(chain);
    CHECK(1);
}

static void test_iterators(void) {
    wf_object_t *l = int_list(0, 5, 1);
    wf_object_t *args = wf_tuple_pack(1, l);
    wf_object_t *rev = wf_call(WF_OBJ(&wf_reversed_type), args, NULL);
    CHECK_REPR(wf_sequence_list(rev), "[4, 3, 2, 1, 0]");
    WF_XDECREF(rev);
    wf_object_t *args2 = wf_tuple_pack(2, l, l);
    wf_object_t *z = wf_call(WF_OBJ(&wf_zip_type), args2, NULL);
    CHECK_REPR(wf_sequence_list(z), "[(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)]");
    WF_XDECREF(z);
    wf_object_t *e = wf_call(WF_OBJ(&wf_enumerate_type), args, NULL);
    wf_object_t *item = wf_iter_next(e);
    CHECK_REPR(item, "(0, 0)");
    WF_XDECREF(e);
    WF_DECREF(args);
    WF_DECREF(args2);
    WF_DECREF(l);
}

int main(void) {
    if (wf_interp_init() < 0) {
        fprintf(stderr, "interpreter start-up failed\n");
        return 1;
    }
    test_tuple();
    test_list();
    test_dict();
    test_set();
    test_range_slice();
    test_iterators();
    test_deep_dealloc();
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("test_containers: ok\n");
    return 0;
}
