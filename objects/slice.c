// slice objects and the index arithmetic every sequence uses for them.
//
// wf_slice_unpack/wf_slice_adjust split the work as CPython does: unpack converts the
// three fields to C integers (None gives defaults, huge values are clamped, so "step"
// may be any non-zero ssize), adjust clips them to a concrete length and returns the
// number of selected items. wf_slice_get_long_indices is the arbitrary-precision version
// used by slice.indices() and by range, whose lengths need not fit in a machine word.
#include "objects/slice.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stddef.h>

#define S(o) ((wf_slice_t *)(o))

wf_object_t *wf_slice_new(wf_object_t *start, wf_object_t *stop, wf_object_t *step) {
    wf_slice_t *s = (wf_slice_t *)wf_object_alloc(&wf_slice_type, sizeof(wf_slice_t));
    if (s == NULL) {
        return NULL;
    }
    s->start = wf_newref(start != NULL ? start : WF_NONE);
    s->stop = wf_newref(stop != NULL ? stop : WF_NONE);
    s->step = wf_newref(step != NULL ? step : WF_NONE);
    wf_gc_track(WF_OBJ(s));
    return WF_OBJ(s);
}

int wf_slice_index(wf_object_t *v, wf_ssize_t *out, int allow_none) {
    if (v == WF_NONE && allow_none) {
        return 1;
    }
    if (v != WF_NONE && wf_index_check(v)) {
        wf_ssize_t x = wf_as_ssize(v, NULL);
        if (x == -1 && wf_err_occurred()) {
            return 0;
        }
        *out = x;
        return 1;
    }
    wf_err_set_string(&wf_exc_TypeError,
                      allow_none
                          ? "slice indices must be integers or None or have an __index__ method"
                          : "slice indices must be integers or have an __index__ method");
    return 0;
}

int wf_slice_unpack(wf_object_t *slice, wf_ssize_t *start, wf_ssize_t *stop, wf_ssize_t *step) {
    wf_slice_t *r = S(slice);
    if (r->step == WF_NONE) {
        *step = 1;
    } else {
        if (!wf_slice_index(r->step, step, 1)) {
            return -1;
        }
        if (*step == 0) {
            wf_err_set_string(&wf_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        // Keep -step representable for code that reverses a slice.
        if (*step < -WF_SSIZE_MAX) {
            *step = -WF_SSIZE_MAX;
        }
    }
    if (r->start == WF_NONE) {
        *start = *step < 0 ? WF_SSIZE_MAX : 0;
    } else if (!wf_slice_index(r->start, start, 1)) {
        return -1;
    }
    if (r->stop == WF_NONE) {
        *stop = *step < 0 ? WF_SSIZE_MIN : WF_SSIZE_MAX;
    } else if (!wf_slice_index(r->stop, stop, 1)) {
        return -1;
    }
    return 0;
}

wf_ssize_t wf_slice_adjust(wf_ssize_t length, wf_ssize_t *start, wf_ssize_t *stop,
                           wf_ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = step < 0 ? -1 : 0;
        }
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) {
            *stop = step < 0 ? -1 : 0;
        }
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Arbitrary-precision indices.

static wf_object_t *slice_index_obj(wf_object_t *v) {
    if (wf_index_check(v)) {
        return wf_index(v);
    }
    return wf_err_set_string(&wf_exc_TypeError,
                             "slice indices must be integers or None or have an __index__ method");
}

// Clamp a start/stop bound: negative values count from the end; the result lies in
// [lower, upper]. Steals `v`.
static wf_object_t *clamp_bound(wf_object_t *v, wf_object_t *length, wf_object_t *lower,
                                wf_object_t *upper) {
    if (wf_int_sign(v) < 0) {
        wf_object_t *t = wf_binary_op(v, length, WF_BINOP_ADD);
        WF_DECREF(v);
        if (t == NULL) {
            return NULL;
        }
        v = t;
        int lt = wf_richcompare_bool(v, lower, WF_LT);
        if (lt < 0) {
            WF_DECREF(v);
            return NULL;
        }
        if (lt) {
            WF_SETREF(v, wf_newref(lower));
        }
    } else {
        int gt = wf_richcompare_bool(v, upper, WF_GT);
        if (gt < 0) {
            WF_DECREF(v);
            return NULL;
        }
        if (gt) {
            WF_SETREF(v, wf_newref(upper));
        }
    }
    return v;
}

int wf_slice_get_long_indices(wf_object_t *slice, wf_object_t *length, wf_object_t **start_ptr,
                              wf_object_t **stop_ptr, wf_object_t **step_ptr) {
    wf_slice_t *s = S(slice);
    wf_object_t *start = NULL, *stop = NULL, *step = NULL, *lower = NULL, *upper = NULL;
    int negative;
    if (s->step == WF_NONE) {
        step = wf_int_from_i64(1);
        negative = 0;
    } else {
        step = slice_index_obj(s->step);
        if (step == NULL) {
            goto error;
        }
        int sign = wf_int_sign(step);
        if (sign == 0) {
            wf_err_set_string(&wf_exc_ValueError, "slice step cannot be zero");
            goto error;
        }
        negative = sign < 0;
    }
    if (negative) {
        lower = wf_int_from_i64(-1);
        upper = wf_binary_op(length, lower, WF_BINOP_ADD);
    } else {
        lower = wf_int_from_i64(0);
        upper = wf_newref(length);
    }
    if (lower == NULL || upper == NULL) {
        goto error;
    }
    if (s->start == WF_NONE) {
        start = wf_newref(negative ? upper : lower);
    } else {
        start = slice_index_obj(s->start);
        if (start == NULL || (start = clamp_bound(start, length, lower, upper)) == NULL) {
            goto error;
        }
    }
    if (s->stop == WF_NONE) {
        stop = wf_newref(negative ? lower : upper);
    } else {
        stop = slice_index_obj(s->stop);
        if (stop == NULL || (stop = clamp_bound(stop, length, lower, upper)) == NULL) {
            goto error;
        }
    }
    WF_DECREF(lower);
    WF_DECREF(upper);
    *start_ptr = start;
    *stop_ptr = stop;
    *step_ptr = step;
    return 0;
error:
    WF_XDECREF(start);
    WF_XDECREF(stop);
    WF_XDECREF(step);
    WF_XDECREF(lower);
    WF_XDECREF(upper);
    return -1;
}

// ---------------------------------------------------------------------------------------
// The slice type.

static void slice_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, slice_dealloc)) {
        return;
    }
    WF_DECREF(S(o)->start);
    WF_DECREF(S(o)->stop);
    WF_DECREF(S(o)->step);
    wf_object_free(o);
    wf_list_trash_end();
}

static int slice_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    int r = visit(S(o)->start, arg);
    if (!r) {
        r = visit(S(o)->stop, arg);
    }
    if (!r) {
        r = visit(S(o)->step, arg);
    }
    return r;
}

static wf_object_t *slice_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)type;
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "slice() takes no keyword arguments");
    }
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (n < 1) {
        return wf_err_format(&wf_exc_TypeError, "slice expected at least 1 argument, got %zd", n);
    }
    if (n > 3) {
        return wf_err_format(&wf_exc_TypeError, "slice expected at most 3 arguments, got %zd", n);
    }
    if (n == 1) {
        return wf_slice_new(NULL, WF_TUPLE_GET(args, 0), NULL);
    }
    return wf_slice_new(WF_TUPLE_GET(args, 0), WF_TUPLE_GET(args, 1),
                        n == 3 ? WF_TUPLE_GET(args, 2) : NULL);
}

static wf_object_t *slice_repr(wf_object_t *o) {
    return wf_str_from_format("slice(%R, %R, %R)", S(o)->start, S(o)->stop, S(o)->step);
}

static wf_object_t *slice_as_tuple(wf_object_t *o) {
    return wf_tuple_pack(3, S(o)->start, S(o)->stop, S(o)->step);
}

static wf_object_t *slice_richcompare(wf_object_t *v, wf_object_t *w, int op) {
    if (!WF_SLICE_CHECK(v) || !WF_SLICE_CHECK(w)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (v == w) {
        return wf_bool_from(op == WF_EQ || op == WF_LE || op == WF_GE);
    }
    wf_object_t *t1 = slice_as_tuple(v);
    if (t1 == NULL) {
        return NULL;
    }
    wf_object_t *t2 = slice_as_tuple(w);
    if (t2 == NULL) {
        WF_DECREF(t1);
        return NULL;
    }
    wf_object_t *r = wf_richcompare(t1, t2, op);
    WF_DECREF(t1);
    WF_DECREF(t2);
    return r;
}

// The tuple hash's lane mixing over (start, stop, step), without the length term.
static wf_hash_t slice_hash(wf_object_t *o) {
    const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL;
    uint64_t acc = 2870177450012600261ULL;
    wf_object_t *parts[3] = {S(o)->start, S(o)->stop, S(o)->step};
    for (int i = 0; i < 3; i++) {
        wf_hash_t h = wf_hash(parts[i]);
        if (h == -1) {
            return -1;
        }
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (wf_hash_t)acc;
}

static wf_object_t *slice_indices(wf_object_t *self, wf_object_t *len) {
    wf_object_t *length = wf_index(len);
    if (length == NULL) {
        return NULL;
    }
    if (wf_int_sign(length) < 0) {
        WF_DECREF(length);
        return wf_err_set_string(&wf_exc_ValueError, "length should not be negative");
    }
    wf_object_t *start, *stop, *step;
    int r = wf_slice_get_long_indices(self, length, &start, &stop, &step);
    WF_DECREF(length);
    if (r < 0) {
        return NULL;
    }
    wf_object_t *items[3] = {start, stop, step};
    return wf_tuple_from_array_steal(items, 3);
}

static wf_object_t *slice_reduce(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *args = slice_as_tuple(self);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(2, WF_OBJ(WF_TYPE(self)), args);
    WF_DECREF(args);
    return r;
}

static wf_method_def_t slice_methods[] = {
    {"indices", {.o = slice_indices}, WF_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described "
     "by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of "
     "normal slices."},
    {"__reduce__", {.noargs = slice_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {0},
};

static wf_member_def_t slice_members[] = {
    {"start", WF_MEMBER_OBJECT, offsetof(wf_slice_t, start), WF_READONLY, NULL},
    {"stop", WF_MEMBER_OBJECT, offsetof(wf_slice_t, stop), WF_READONLY, NULL},
    {"step", WF_MEMBER_OBJECT, offsetof(wf_slice_t, step), WF_READONLY, NULL},
    {0},
};

wf_type_t wf_slice_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "slice",
    .basicsize = sizeof(wf_slice_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
           "extended slicing (e.g. a[0:10:2]).",
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .new = slice_new,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .members = slice_members,
};
