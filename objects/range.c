// range: an immutable arithmetic sequence of arbitrary-size integers, and its iterators.
//
// start, stop, step and the length are always int objects (exact ints). When all four
// fit in int64 the range is "small" and the hot paths (iteration, indexing, `in`) use C
// arithmetic on the cached copies; everything else goes through int objects. Every value
// of a small range lies between start and stop, so it fits in int64 too.
#include "objects/abstract.h"
#include "objects/iter.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stddef.h>

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *start, *stop, *step, *length;
    int small;  // the int64 copies below are valid
    int64_t istart, istep, ilen;
} range_t;

#define R(o) ((range_t *)(o))

// Number of items, as an int object. step is non-zero.
static wf_object_t *compute_length(wf_object_t *start, wf_object_t *stop, wf_object_t *step) {
    int64_t a, b, s;
    if (wf_int_to_i64_if_fits(start, &a) && wf_int_to_i64_if_fits(stop, &b) &&
        wf_int_to_i64_if_fits(step, &s)) {
        uint64_t n = 0;
        if (s > 0 && a < b) {
            n = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)s + 1;
        } else if (s < 0 && b < a) {
            n = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)s) + 1;
        }
        return wf_int_from_u64(n);
    }
    // lo, hi, step made positive; length = (hi - lo - 1) // step + 1 when lo < hi.
    wf_object_t *lo, *hi, *st, *r = NULL;
    if (wf_int_sign(step) > 0) {
        lo = wf_newref(start);
        hi = wf_newref(stop);
        st = wf_newref(step);
    } else {
        lo = wf_newref(stop);
        hi = wf_newref(start);
        st = wf_negative(step);
        if (st == NULL) {
            WF_DECREF(lo);
            WF_DECREF(hi);
            return NULL;
        }
    }
    int cmp = wf_richcompare_bool(lo, hi, WF_GE);
    if (cmp > 0) {
        r = wf_int_from_i64(0);
    } else if (cmp == 0) {
        wf_object_t *one = wf_int_from_i64(1);
        wf_object_t *d = wf_binary_op(hi, lo, WF_BINOP_SUB);
        wf_object_t *d1 = d != NULL ? wf_binary_op(d, one, WF_BINOP_SUB) : NULL;
        wf_object_t *q = d1 != NULL ? wf_binary_op(d1, st, WF_BINOP_FLOORDIV) : NULL;
        r = q != NULL ? wf_binary_op(q, one, WF_BINOP_ADD) : NULL;
        WF_XDECREF(d);
        WF_XDECREF(d1);
        WF_XDECREF(q);
        WF_DECREF(one);
    }
    WF_DECREF(lo);
    WF_DECREF(hi);
    WF_DECREF(st);
    return r;
}

// Build a range from exact ints (steals nothing; step != 0 is the caller's check).
static wf_object_t *make_range(wf_object_t *start, wf_object_t *stop, wf_object_t *step) {
    wf_object_t *length = compute_length(start, stop, step);
    if (length == NULL) {
        return NULL;
    }
    range_t *r = (range_t *)wf_object_alloc(&wf_range_type, sizeof(range_t));
    if (r == NULL) {
        WF_DECREF(length);
        return NULL;
    }
    r->start = wf_newref(start);
    r->stop = wf_newref(stop);
    r->step = wf_newref(step);
    r->length = length;
    int64_t stop64;
    r->small = wf_int_to_i64_if_fits(start, &r->istart) && wf_int_to_i64_if_fits(stop, &stop64) &&
               wf_int_to_i64_if_fits(step, &r->istep) && wf_int_to_i64_if_fits(length, &r->ilen);
    return WF_OBJ(r);
}

wf_object_t *wf_range_new(wf_object_t *start, wf_object_t *stop, wf_object_t *step) {
    wf_object_t *a = start != NULL ? wf_index(start) : wf_int_from_i64(0);
    wf_object_t *b = a != NULL ? wf_index(stop) : NULL;
    wf_object_t *c = b == NULL ? NULL : step != NULL ? wf_index(step) : wf_int_from_i64(1);
    wf_object_t *r = NULL;
    if (c != NULL) {
        if (wf_int_sign(c) == 0) {
            wf_err_set_string(&wf_exc_ValueError, "range() arg 3 must not be zero");
        } else {
            r = make_range(a, b, c);
        }
    }
    WF_XDECREF(a);
    WF_XDECREF(b);
    WF_XDECREF(c);
    return r;
}

static wf_object_t *range_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)type;
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "range() takes no keyword arguments");
    }
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    switch (n) {
    case 1:
        return wf_range_new(NULL, WF_TUPLE_GET(args, 0), NULL);
    case 2:
        return wf_range_new(WF_TUPLE_GET(args, 0), WF_TUPLE_GET(args, 1), NULL);
    case 3:
        return wf_range_new(WF_TUPLE_GET(args, 0), WF_TUPLE_GET(args, 1), WF_TUPLE_GET(args, 2));
    case 0:
        return wf_err_format(&wf_exc_TypeError, "range expected at least 1 argument, got %zd", n);
    default:
        return wf_err_format(&wf_exc_TypeError, "range expected at most 3 arguments, got %zd", n);
    }
}

static void range_dealloc(wf_object_t *o) {
    WF_DECREF(R(o)->start);
    WF_DECREF(R(o)->stop);
    WF_DECREF(R(o)->step);
    WF_DECREF(R(o)->length);
    wf_object_free(o);
}

static wf_object_t *range_repr(wf_object_t *o) {
    int64_t s;
    if (wf_int_to_i64_if_fits(R(o)->step, &s) && s == 1) {
        return wf_str_from_format("range(%R, %R)", R(o)->start, R(o)->stop);
    }
    return wf_str_from_format("range(%R, %R, %R)", R(o)->start, R(o)->stop, R(o)->step);
}

static wf_ssize_t range_len(wf_object_t *o) {
    int64_t n;
    if (wf_int_to_i64_if_fits(R(o)->length, &n) && n <= WF_SSIZE_MAX) {
        return (wf_ssize_t)n;
    }
    wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(wf_object_t *o) {
    return wf_int_sign(R(o)->length) != 0;
}

// start + i * step for an int object i known to be in range.
static wf_object_t *value_at(range_t *r, wf_object_t *i) {
    int64_t k;
    if (r->small && wf_int_to_i64_if_fits(i, &k)) {
        return wf_int_from_i64((int64_t)((uint64_t)r->istart + (uint64_t)k * (uint64_t)r->istep));
    }
    wf_object_t *m = wf_binary_op(i, r->step, WF_BINOP_MUL);
    if (m == NULL) {
        return NULL;
    }
    wf_object_t *v = wf_binary_op(r->start, m, WF_BINOP_ADD);
    WF_DECREF(m);
    return v;
}

static wf_object_t *range_index_item(range_t *r, wf_object_t *key) {
    int64_t k;
    wf_object_t *i = NULL;
    int have_small = wf_int_small_value_any(key, &k);
    if (!have_small) {
        i = wf_index(key);
        if (i == NULL) {
            return NULL;
        }
        have_small = wf_int_to_i64_if_fits(i, &k);
    }
    if (r->small && have_small) {
        WF_XDECREF(i);
        if (k < 0) {
            k += r->ilen;
        }
        if (k < 0 || k >= r->ilen) {
            return wf_err_set_string(&wf_exc_IndexError, "range object index out of range");
        }
        return wf_int_from_i64((int64_t)((uint64_t)r->istart + (uint64_t)k * (uint64_t)r->istep));
    }
    if (i == NULL && (i = wf_index(key)) == NULL) {
        return NULL;  // only reached for a small key of a big range
    }
    if (wf_int_sign(i) < 0) {
        wf_object_t *t = wf_binary_op(i, r->length, WF_BINOP_ADD);
        WF_DECREF(i);
        if (t == NULL) {
            return NULL;
        }
        i = t;
    }
    int bad = wf_int_sign(i) < 0;
    if (!bad) {
        bad = wf_richcompare_bool(i, r->length, WF_GE);
    }
    wf_object_t *v = NULL;
    if (bad > 0) {
        wf_err_set_string(&wf_exc_IndexError, "range object index out of range");
    } else if (bad == 0) {
        v = value_at(r, i);
    }
    WF_DECREF(i);
    return v;
}

static wf_object_t *range_slice(range_t *r, wf_object_t *slice) {
    wf_object_t *start, *stop, *step;
    if (wf_slice_get_long_indices(slice, r->length, &start, &stop, &step) < 0) {
        return NULL;
    }
    wf_object_t *nstart = value_at(r, start);
    wf_object_t *nstop = nstart != NULL ? value_at(r, stop) : NULL;
    wf_object_t *nstep = nstop != NULL ? wf_binary_op(step, r->step, WF_BINOP_MUL) : NULL;
    wf_object_t *res = nstep != NULL ? make_range(nstart, nstop, nstep) : NULL;
    WF_XDECREF(nstart);
    WF_XDECREF(nstop);
    WF_XDECREF(nstep);
    WF_DECREF(start);
    WF_DECREF(stop);
    WF_DECREF(step);
    return res;
}

static wf_object_t *range_subscript(wf_object_t *o, wf_object_t *key) {
    if (wf_index_check(key)) {
        return range_index_item(R(o), key);
    }
    if (WF_SLICE_CHECK(key)) {
        return range_slice(R(o), key);
    }
    return wf_err_format(&wf_exc_TypeError, "range indices must be integers or slices, not %T",
                         key);
}

// `ob in r` for an int (or bool) ob, in O(1). -1/0/1.
static int contains_int(range_t *r, wf_object_t *ob) {
    int64_t v;
    if (r->small && wf_int_to_i64_if_fits(ob, &v)) {
        if (r->ilen == 0) {
            return 0;
        }
        int64_t last = (int64_t)((uint64_t)r->istart + (uint64_t)(r->ilen - 1) * (uint64_t)r->istep);
        if (r->istep > 0) {
            return v >= r->istart && v <= last &&
                   ((uint64_t)v - (uint64_t)r->istart) % (uint64_t)r->istep == 0;
        }
        return v <= r->istart && v >= last &&
               ((uint64_t)r->istart - (uint64_t)v) % (0 - (uint64_t)r->istep) == 0;
    }
    int pos = wf_int_sign(r->step) > 0;
    int c1 = wf_richcompare_bool(pos ? r->start : ob, pos ? ob : r->start, WF_LE);
    if (c1 <= 0) {
        return c1;
    }
    int c2 = wf_richcompare_bool(pos ? ob : r->stop, pos ? r->stop : ob, WF_LT);
    if (c2 <= 0) {
        return c2;
    }
    wf_object_t *d = wf_binary_op(ob, r->start, WF_BINOP_SUB);
    if (d == NULL) {
        return -1;
    }
    wf_object_t *m = wf_binary_op(d, r->step, WF_BINOP_MOD);
    WF_DECREF(d);
    if (m == NULL) {
        return -1;
    }
    int res = wf_int_sign(m) == 0;
    WF_DECREF(m);
    return res;
}

static int is_exact_int(wf_object_t *o) {
    return WF_INT_CHECK_EXACT(o) || WF_BOOL_CHECK(o);
}

static wf_object_t *range_iter(wf_object_t *o);

// Linear search for non-int values, comparing as `==` does. Returns the index (>= 0),
// -1 when absent, -2 on error. count_all counts matches instead (result in *count).
static wf_ssize_t search_iter(wf_object_t *o, wf_object_t *ob, wf_ssize_t *count) {
    wf_object_t *it = range_iter(o);
    if (it == NULL) {
        return -2;
    }
    wf_ssize_t i = 0, found = -1;
    for (;; i++) {
        wf_object_t *item = WF_TYPE(it)->iternext(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                found = -2;
            }
            break;
        }
        int cmp = wf_richcompare_bool(item, ob, WF_EQ);
        WF_DECREF(item);
        if (cmp < 0) {
            found = -2;
            break;
        }
        if (cmp > 0) {
            if (count == NULL) {
                found = i;
                break;
            }
            (*count)++;
        }
    }
    WF_DECREF(it);
    return found;
}

static int range_contains(wf_object_t *o, wf_object_t *ob) {
    if (is_exact_int(ob)) {
        return contains_int(R(o), ob);
    }
    wf_ssize_t r = search_iter(o, ob, NULL);
    return r == -2 ? -1 : r >= 0;
}

static wf_object_t *range_count(wf_object_t *o, wf_object_t *ob) {
    if (is_exact_int(ob)) {
        int r = contains_int(R(o), ob);
        return r < 0 ? NULL : wf_int_from_i64(r);
    }
    wf_ssize_t count = 0;
    if (search_iter(o, ob, &count) == -2) {
        return NULL;
    }
    return wf_int_from_ssize(count);
}

static wf_object_t *range_index(wf_object_t *o, wf_object_t *ob) {
    range_t *r = R(o);
    if (!is_exact_int(ob)) {
        wf_ssize_t i = search_iter(o, ob, NULL);
        if (i == -2) {
            return NULL;
        }
        if (i == -1) {
            return wf_err_set_string(&wf_exc_ValueError, "sequence.index(x): x not in sequence");
        }
        return wf_int_from_ssize(i);
    }
    int c = contains_int(r, ob);
    if (c < 0) {
        return NULL;
    }
    if (c == 0) {
        return wf_err_format(&wf_exc_ValueError, "%R is not in range", ob);
    }
    wf_object_t *d = wf_binary_op(ob, r->start, WF_BINOP_SUB);
    if (d == NULL) {
        return NULL;
    }
    wf_object_t *q = wf_binary_op(d, r->step, WF_BINOP_FLOORDIV);
    WF_DECREF(d);
    return q;
}

// Sequence equality: same length and, when non-empty, same first item and (when longer
// than one) same step.
static int range_equals(range_t *a, range_t *b) {
    if (a == b) {
        return 1;
    }
    int c = wf_richcompare_bool(a->length, b->length, WF_EQ);
    if (c != 1) {
        return c;
    }
    if (wf_int_sign(a->length) == 0) {
        return 1;
    }
    c = wf_richcompare_bool(a->start, b->start, WF_EQ);
    if (c != 1) {
        return c;
    }
    int64_t n;
    if (wf_int_to_i64_if_fits(a->length, &n) && n == 1) {
        return 1;
    }
    return wf_richcompare_bool(a->step, b->step, WF_EQ);
}

static wf_object_t *range_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!WF_RANGE_CHECK(b) || !WF_RANGE_CHECK(a) || (op != WF_EQ && op != WF_NE)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int r = range_equals(R(a), R(b));
    if (r < 0) {
        return NULL;
    }
    return wf_bool_from(op == WF_EQ ? r : !r);
}

// hash((len, start, step)) with start/step replaced by None where they do not affect
// equality (empty ranges, one-item ranges).
static wf_hash_t range_hash(wf_object_t *o) {
    range_t *r = R(o);
    wf_object_t *start = WF_NONE, *step = WF_NONE;
    if (wf_int_sign(r->length) != 0) {
        start = r->start;
        int64_t n;
        if (!(wf_int_to_i64_if_fits(r->length, &n) && n == 1)) {
            step = r->step;
        }
    }
    wf_object_t *t = wf_tuple_pack(3, r->length, start, step);
    if (t == NULL) {
        return -1;
    }
    wf_hash_t h = wf_hash(t);
    WF_DECREF(t);
    return h;
}

static wf_object_t *range_reduce(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    wf_object_t *args = wf_tuple_pack(3, R(o)->start, R(o)->stop, R(o)->step);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(2, WF_OBJ(&wf_range_type), args);
    WF_DECREF(args);
    return r;
}

// ---------------------------------------------------------------------------------------
// Iterators: range_iterator over int64 values, longrange_iterator over int objects.

typedef struct {
    WF_OBJECT_HEAD
    int64_t start, step, len;  // remaining items: start, start+step, ... (len of them)
} range_iter_t;

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *start, *step, *len;
} longrange_iter_t;

static wf_object_t *new_small_iter(int64_t start, int64_t step, int64_t len) {
    range_iter_t *it = (range_iter_t *)wf_object_alloc(&wf_range_iter_type, sizeof(range_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    return WF_OBJ(it);
}

static wf_object_t *new_long_iter(wf_object_t *start, wf_object_t *step, wf_object_t *len) {
    longrange_iter_t *it =
        (longrange_iter_t *)wf_object_alloc(&wf_longrange_iter_type, sizeof(longrange_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->start = wf_newref(start);
    it->step = wf_newref(step);
    it->len = wf_newref(len);
    return WF_OBJ(it);
}

static wf_object_t *range_iter(wf_object_t *o) {
    range_t *r = R(o);
    // As CPython: the int64 iterator also needs stop far enough from the limits that the
    // next value after the last cannot overflow.
    int64_t stop;
    if (r->small && wf_int_to_i64_if_fits(r->stop, &stop) &&
        (r->istep > 0 ? stop <= INT64_MAX - (r->istep - 1)
                      : stop >= INT64_MIN + (-1 - r->istep))) {
        return new_small_iter(r->istart, r->istep, r->ilen);
    }
    return new_long_iter(r->start, r->step, r->length);
}

static wf_object_t *range_reversed(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    range_t *r = R(o);
    if (r->small && r->istep != INT64_MIN) {
        int64_t last =
            r->ilen == 0
                ? r->istart
                : (int64_t)((uint64_t)r->istart + (uint64_t)(r->ilen - 1) * (uint64_t)r->istep);
        return new_small_iter(last, -r->istep, r->ilen);
    }
    // last = start + (len - 1) * step, then walk with -step.
    wf_object_t *one = wf_int_from_i64(1);
    wf_object_t *n1 = wf_binary_op(r->length, one, WF_BINOP_SUB);
    WF_DECREF(one);
    wf_object_t *last = n1 != NULL ? value_at(r, n1) : NULL;
    wf_object_t *nstep = last != NULL ? wf_negative(r->step) : NULL;
    wf_object_t *it = nstep != NULL ? new_long_iter(last, nstep, r->length) : NULL;
    WF_XDECREF(n1);
    WF_XDECREF(last);
    WF_XDECREF(nstep);
    return it;
}

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

static void rangeiter_dealloc(wf_object_t *o) {
    wf_object_free(o);
}

static wf_object_t *rangeiter_next(wf_object_t *o) {
    range_iter_t *it = (range_iter_t *)o;
    if (it->len <= 0) {
        return NULL;
    }
    int64_t v = it->start;
    it->start = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->len--;
    return wf_int_from_i64(v);
}

static wf_object_t *rangeiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    return wf_int_from_i64(((range_iter_t *)o)->len);
}

static void longrangeiter_dealloc(wf_object_t *o) {
    longrange_iter_t *it = (longrange_iter_t *)o;
    WF_DECREF(it->start);
    WF_DECREF(it->step);
    WF_DECREF(it->len);
    wf_object_free(o);
}

static wf_object_t *longrangeiter_next(wf_object_t *o) {
    longrange_iter_t *it = (longrange_iter_t *)o;
    if (wf_int_sign(it->len) <= 0) {
        return NULL;
    }
    wf_object_t *one = wf_int_from_i64(1);
    wf_object_t *nlen = wf_binary_op(it->len, one, WF_BINOP_SUB);
    WF_DECREF(one);
    if (nlen == NULL) {
        return NULL;
    }
    wf_object_t *nstart = wf_binary_op(it->start, it->step, WF_BINOP_ADD);
    if (nstart == NULL) {
        WF_DECREF(nlen);
        return NULL;
    }
    wf_object_t *result = it->start;
    it->start = nstart;
    WF_SETREF(it->len, nlen);
    return result;
}

static wf_object_t *longrangeiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    return wf_newref(((longrange_iter_t *)o)->len);
}

// ---------------------------------------------------------------------------------------
// Type objects.

static wf_method_def_t range_methods[] = {
    {"__reversed__", {.noargs = range_reversed}, WF_METH_NOARGS,
     "Return a reverse iterator."},
    {"__reduce__", {.noargs = range_reduce}, WF_METH_NOARGS, NULL},
    {"count", {.o = range_count}, WF_METH_O, "rangeobject.count(value) -> integer -- return "
                                             "number of occurrences of value"},
    {"index", {.o = range_index}, WF_METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the "
     "value is not present."},
    {0},
};

static wf_member_def_t range_members[] = {
    {"start", WF_MEMBER_OBJECT, offsetof(range_t, start), WF_READONLY, NULL},
    {"stop", WF_MEMBER_OBJECT, offsetof(range_t, stop), WF_READONLY, NULL},
    {"step", WF_MEMBER_OBJECT, offsetof(range_t, step), WF_READONLY, NULL},
    {0},
};

wf_type_t wf_range_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "range",
    .basicsize = sizeof(range_t),
    .flags = WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
           "object that produces a sequence of integers from start (inclusive)\nto stop "
           "(exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to "
           "0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid "
           "indices for a list of 4 elements.\nWhen step is given, it specifies the increment "
           "(or decrement).",
    .dealloc = range_dealloc,
    .new = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .methods = range_methods,
    .members = range_members,
};

// Pickling: (iter, (range(start, start + len*step, step),), None); __setstate__(n) skips
// n more items.
static wf_object_t *range_iter_reduce_objs(wf_object_t *start, wf_object_t *step,
                                           wf_object_t *len) {
    wf_object_t *fn = wf_iter_builtin();
    wf_object_t *span = fn != NULL ? wf_binary_op(len, step, WF_BINOP_MUL) : NULL;
    wf_object_t *stop = span != NULL ? wf_binary_op(start, span, WF_BINOP_ADD) : NULL;
    wf_object_t *r = stop != NULL ? wf_range_new(start, stop, step) : NULL;
    wf_object_t *args = r != NULL ? wf_tuple_pack(1, r) : NULL;
    wf_object_t *res = args != NULL ? wf_tuple_pack(3, fn, args, WF_NONE) : NULL;
    WF_XDECREF(span);
    WF_XDECREF(stop);
    WF_XDECREF(r);
    WF_XDECREF(args);
    return res;
}

static wf_object_t *rangeiter_reduce(wf_object_t *o, wf_object_t *unused) {
    range_iter_t *it = (range_iter_t *)o;
    wf_object_t *a = wf_int_from_i64(it->start), *b = wf_int_from_i64(it->step),
                *c = wf_int_from_i64(it->len);
    wf_object_t *r = a && b && c ? range_iter_reduce_objs(a, b, c) : NULL;
    WF_XDECREF(a);
    WF_XDECREF(b);
    WF_XDECREF(c);
    return r;
}

static wf_object_t *rangeiter_setstate(wf_object_t *o, wf_object_t *state) {
    range_iter_t *it = (range_iter_t *)o;
    wf_ssize_t n;
    if (wf_iter_setstate_index(state, 0, (wf_ssize_t)it->len, &n) < 0) {
        return NULL;
    }
    it->start += n * it->step;
    it->len -= n;
    WF_RETURN_NONE;
}

static wf_object_t *longrangeiter_reduce(wf_object_t *o, wf_object_t *unused) {
    longrange_iter_t *it = (longrange_iter_t *)o;
    return range_iter_reduce_objs(it->start, it->step, it->len);
}

static wf_object_t *longrangeiter_setstate(wf_object_t *o, wf_object_t *state) {
    longrange_iter_t *it = (longrange_iter_t *)o;
    if (!wf_index_check(state)) {
        return wf_err_set_string(&wf_exc_TypeError, "an integer is required");
    }
    wf_object_t *n = wf_index(state);
    if (n == NULL) {
        return NULL;
    }
    // Clamp to [0, len].
    wf_object_t *zero = wf_int_from_i64(0);
    if (wf_richcompare_bool(n, zero, WF_LT) > 0) {
        WF_SETREF(n, wf_newref(zero));
    } else if (wf_richcompare_bool(n, it->len, WF_GT) > 0) {
        WF_SETREF(n, wf_newref(it->len));
    }
    WF_DECREF(zero);
    wf_object_t *skip = wf_binary_op(n, it->step, WF_BINOP_MUL);
    wf_object_t *start = skip != NULL ? wf_binary_op(it->start, skip, WF_BINOP_ADD) : NULL;
    wf_object_t *len = start != NULL ? wf_binary_op(it->len, n, WF_BINOP_SUB) : NULL;
    WF_XDECREF(skip);
    WF_DECREF(n);
    if (len == NULL) {
        WF_XDECREF(start);
        return NULL;
    }
    WF_SETREF(it->start, start);
    WF_SETREF(it->len, len);
    WF_RETURN_NONE;
}

static wf_method_def_t rangeiter_methods[] = {
    {"__length_hint__", {.noargs = rangeiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", {.noargs = rangeiter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = rangeiter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {0},
};

wf_type_t wf_range_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(range_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = rangeiter_dealloc,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

static wf_method_def_t longrangeiter_methods[] = {
    {"__length_hint__", {.noargs = longrangeiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", {.noargs = longrangeiter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = longrangeiter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {0},
};

wf_type_t wf_longrange_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(longrange_iter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = longrangeiter_dealloc,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};
