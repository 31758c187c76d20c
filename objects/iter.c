// The builtin iterator types: the sequence iterator ("iterator"), the callable iterator,
// enumerate, zip, map, filter and reversed.
//
// Each holds its source iterators and drops them once exhausted, so an exhausted iterator
// keeps nothing alive. enumerate and zip reuse their result tuple when the previous one
// was not kept by the caller (refcount 1), which saves an allocation per step; a reused
// tuple gets its cached hash reset.
#include "objects/iter.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/genericalias.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

static int visit_opt(wf_object_t *o, wf_visitproc visit, void *arg) {
    return o != NULL ? visit(o, arg) : 0;
}

static wf_object_t *alloc_instance(wf_type_t *type, wf_type_t *base, size_t size) {
    if (type == base) {
        return wf_object_alloc(type, size);
    }
    return wf_type_alloc(type, 0);
}

static int no_kwargs(const char *fname, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        wf_err_format(&wf_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

static wf_ssize_t tuple_len(wf_object_t *args) {
    return args != NULL ? WF_TUPLE_SIZE(args) : 0;
}

// wf_parse_args for the (args tuple, kwargs dict) convention of the `new` slot. The
// results are borrowed from args/kwargs.
static int parse_tuple_kwargs(const char *fname, wf_object_t *args, wf_object_t *kwargs,
                              const char *const *names, int npos_only, int nrequired,
                              wf_object_t **out) {
    wf_ssize_t nargs = tuple_len(args);
    wf_ssize_t nkw = kwargs != NULL ? wf_dict_size(kwargs) : 0;
    wf_object_t *const *pos = nargs ? WF_TUPLE_ITEMS(args) : NULL;
    if (nkw == 0) {
        return wf_parse_args(fname, pos, nargs, NULL, names, npos_only, nrequired, out);
    }
    wf_object_t **vec = wf_mem_alloc((size_t)(nargs + nkw) * sizeof(wf_object_t *));
    wf_object_t *kwnames = wf_tuple_new(nkw);
    if (vec == NULL || kwnames == NULL) {
        wf_mem_free(vec);
        WF_XDECREF(kwnames);
        if (vec == NULL) {
            wf_err_nomemory();
        }
        return -1;
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        vec[i] = pos[i];
    }
    wf_ssize_t p = 0, j = 0;
    wf_object_t *key, *value;
    while (wf_dict_next(kwargs, &p, &key, &value) && j < nkw) {
        WF_TUPLE_SET_STEAL(kwnames, j, wf_newref(key));
        vec[nargs + j] = value;
        j++;
    }
    int r = wf_parse_args(fname, vec, nargs, kwnames, names, npos_only, nrequired, out);
    WF_DECREF(kwnames);
    wf_mem_free(vec);
    return r;
}

// A 2-tuple (a, b), stealing both; `*reuse` is refilled in place when unique.
static wf_object_t *pair_steal(wf_object_t **reuse, wf_object_t *a, wf_object_t *b) {
    wf_object_t *r = *reuse;
    if (r != NULL && wf_is_unique(r)) {
        wf_object_t *oa = WF_TUPLE_GET(r, 0), *ob = WF_TUPLE_GET(r, 1);
        WF_TUPLE_SET_STEAL(r, 0, a);
        WF_TUPLE_SET_STEAL(r, 1, b);
        ((wf_tuple_t *)r)->hash = -1;
        WF_XDECREF(oa);
        WF_XDECREF(ob);
        return wf_newref(r);
    }
    wf_object_t *t = wf_tuple_new(2);
    if (t == NULL) {
        WF_DECREF(a);
        WF_DECREF(b);
        return NULL;
    }
    WF_TUPLE_SET_STEAL(t, 0, a);
    WF_TUPLE_SET_STEAL(t, 1, b);
    return t;
}

// ---------------------------------------------------------------------------------------
// Pickling support shared by the index-based iterators.

wf_object_t *wf_iter_builtin(void) {
    wf_object_t *b = wf_interp_builtins();
    wf_object_t *f = NULL;
    if (b != NULL && wf_dict_get_ref_cstr(b, "iter", &f) < 0) {
        return NULL;
    }
    if (f == NULL) {
        wf_err_set_string(&wf_exc_RuntimeError, "lost builtins.iter");
        return NULL;
    }
    WF_DECREF(f);  // the builtins dict keeps it alive
    return f;
}

wf_object_t *wf_iter_reduce_indexed(wf_object_t *fn, wf_object_t *seq, wf_ssize_t index,
                                    wf_object_t *empty) {
    if (fn == NULL && (fn = wf_iter_builtin()) == NULL) {
        WF_XDECREF(empty);
        return NULL;
    }
    if (seq == NULL) {
        if (empty == NULL) {
            return NULL;
        }
        wf_object_t *args = wf_tuple_pack(1, empty);
        WF_DECREF(empty);
        wf_object_t *r = args != NULL ? wf_tuple_pack(2, fn, args) : NULL;
        WF_XDECREF(args);
        return r;
    }
    WF_XDECREF(empty);
    wf_object_t *args = wf_tuple_pack(1, seq);
    wf_object_t *i = wf_int_from_ssize(index);
    wf_object_t *r = args != NULL && i != NULL ? wf_tuple_pack(3, fn, args, i) : NULL;
    WF_XDECREF(args);
    WF_XDECREF(i);
    return r;
}

int wf_iter_setstate_index(wf_object_t *state, wf_ssize_t lo, wf_ssize_t hi, wf_ssize_t *index) {
    if (!wf_index_check(state)) {
        return wf_err_format_int(&wf_exc_TypeError, "an integer is required");
    }
    wf_ssize_t i = wf_as_ssize(state, &wf_exc_OverflowError);
    if (i == -1 && wf_err_occurred()) {
        return -1;
    }
    *index = i < lo ? lo : i > hi ? hi : i;
    return 0;
}

// ---------------------------------------------------------------------------------------
// Sequence iterator.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *seq;  // NULL once exhausted
} seqiter_t;

wf_object_t *wf_iter_seq_new(wf_object_t *seq) {
    seqiter_t *it = (seqiter_t *)wf_object_alloc(&wf_seqiter_type, sizeof(seqiter_t));
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = wf_newref(seq);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static void seqiter_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, seqiter_dealloc)) {
        return;
    }
    WF_XDECREF(((seqiter_t *)o)->seq);
    wf_object_free(o);
    wf_list_trash_end();
}

static int seqiter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return visit_opt(((seqiter_t *)o)->seq, visit, arg);
}

// seq[i], treating IndexError and StopIteration as the end (NULL, no exception).
static wf_object_t *item_or_end(wf_object_t *seq, wf_ssize_t i) {
    wf_object_t *item = wf_getitem_int(seq, i);
    if (item == NULL &&
        (wf_err_matches(&wf_exc_IndexError) || wf_err_matches(&wf_exc_StopIteration))) {
        wf_err_clear();
    }
    return item;
}

static wf_object_t *seqiter_next(wf_object_t *o) {
    seqiter_t *it = (seqiter_t *)o;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index == WF_SSIZE_MAX) {
        return wf_err_set_string(&wf_exc_OverflowError, "iter index too large");
    }
    wf_object_t *item = item_or_end(it->seq, it->index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    // Another error leaves the iterator where it was (the next call tries the same index
    // again), as CPython's does; only the end exhausts it.
    if (!wf_err_occurred()) {
        WF_CLEAR(it->seq);
    }
    return NULL;
}

static wf_object_t *seqiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    seqiter_t *it = (seqiter_t *)o;
    if (it->seq != NULL) {
        if (WF_TYPE(it->seq)->len == NULL) {
            WF_RETURN_NOTIMPLEMENTED;
        }
        wf_ssize_t n = wf_len(it->seq);
        if (n < 0) {
            return NULL;
        }
        if (n - it->index >= 0) {
            return wf_int_from_ssize(n - it->index);
        }
    }
    return wf_int_from_i64(0);
}

static wf_object_t *seqiter_reduce(wf_object_t *o, wf_object_t *unused) {
    seqiter_t *it = (seqiter_t *)o;
    return wf_iter_reduce_indexed(NULL, it->seq, it->index, it->seq == NULL ? wf_tuple_new(0) : NULL);
}

static wf_object_t *seqiter_setstate(wf_object_t *o, wf_object_t *state) {
    seqiter_t *it = (seqiter_t *)o;
    wf_ssize_t i;
    if (wf_iter_setstate_index(state, 0, WF_SSIZE_MAX, &i) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = i;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t seqiter_methods[] = {
    {"__reduce__", {.noargs = seqiter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = seqiter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {"__length_hint__", {.noargs = seqiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_seqiter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "iterator",
    .basicsize = sizeof(seqiter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

// ---------------------------------------------------------------------------------------
// Callable iterator.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *callable;  // NULL once exhausted
    wf_object_t *sentinel;
} calliter_t;

wf_object_t *wf_iter_callable_new(wf_object_t *callable, wf_object_t *sentinel) {
    calliter_t *it = (calliter_t *)wf_object_alloc(&wf_calliter_type, sizeof(calliter_t));
    if (it == NULL) {
        return NULL;
    }
    it->callable = wf_newref(callable);
    it->sentinel = wf_newref(sentinel);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static void calliter_dealloc(wf_object_t *o) {
    calliter_t *it = (calliter_t *)o;
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, calliter_dealloc)) {
        return;
    }
    WF_XDECREF(it->callable);
    WF_XDECREF(it->sentinel);
    wf_object_free(o);
    wf_list_trash_end();
}

static int calliter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    calliter_t *it = (calliter_t *)o;
    int r = visit_opt(it->callable, visit, arg);
    return r ? r : visit_opt(it->sentinel, visit, arg);
}

static wf_object_t *calliter_next(wf_object_t *o) {
    calliter_t *it = (calliter_t *)o;
    if (it->callable == NULL) {
        return NULL;
    }
    // The call may re-enter this iterator and exhaust it (clearing both fields): hold the
    // callable, and compare only while the sentinel is still there.
    wf_object_t *callable = wf_newref(it->callable);
    wf_object_t *result = wf_call_noargs(callable);
    WF_DECREF(callable);
    if (result != NULL && it->sentinel != NULL) {
        wf_object_t *sentinel = wf_newref(it->sentinel);
        int ok = wf_richcompare_bool(sentinel, result, WF_EQ);
        WF_DECREF(sentinel);
        if (ok == 0) {
            return result;
        }
        if (ok > 0) {
            WF_CLEAR(it->callable);
            WF_CLEAR(it->sentinel);
        }
    } else if (wf_err_matches(&wf_exc_StopIteration)) {
        wf_err_clear();
        WF_CLEAR(it->callable);
        WF_CLEAR(it->sentinel);
    }
    WF_XDECREF(result);
    return NULL;
}

wf_type_t wf_calliter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "callable_iterator",
    .basicsize = sizeof(calliter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = self_iter,
    .iternext = calliter_next,
};

// ---------------------------------------------------------------------------------------
// enumerate.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;         // next index while it fits (long_index NULL)
    wf_object_t *it;
    wf_object_t *result;      // reused pair
    wf_object_t *long_index;  // next index once past WF_SSIZE_MAX, else NULL
} enum_t;

static wf_object_t *enum_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"iterable", "start", NULL};
    wf_object_t *out[2] = {NULL, NULL};
    // enumerate words an unknown keyword the older way, as CPython's does.
    wf_ssize_t kpos = 0;
    wf_object_t *key, *value;
    while (kwargs != NULL && wf_dict_next(kwargs, &kpos, &key, &value)) {
        if (WF_STR_CHECK(key) && !wf_str_eq_cstr(key, "iterable") &&
            !wf_str_eq_cstr(key, "start")) {
            return wf_err_format(&wf_exc_TypeError,
                                 "'%U' is an invalid keyword argument for enumerate()", key);
        }
    }
    if (parse_tuple_kwargs("enumerate", args, kwargs, names, 0, 0, out) < 0) {
        return NULL;
    }
    if (out[0] == NULL) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "enumerate() missing required argument 'iterable'");
    }
    wf_object_t *it = wf_iter(out[0]);
    if (it == NULL) {
        return NULL;
    }
    wf_ssize_t index = 0;
    wf_object_t *long_index = NULL;
    if (out[1] != NULL) {
        wf_object_t *start = wf_index(out[1]);
        if (start == NULL) {
            WF_DECREF(it);
            return NULL;
        }
        int64_t v;
        if (wf_int_to_i64_if_fits(start, &v) && v < WF_SSIZE_MAX) {
            index = (wf_ssize_t)v;
            WF_DECREF(start);
        } else {
            index = WF_SSIZE_MAX;
            long_index = start;
        }
    }
    enum_t *en = (enum_t *)alloc_instance(type, &wf_enumerate_type, sizeof(enum_t));
    if (en == NULL) {
        WF_DECREF(it);
        WF_XDECREF(long_index);
        return NULL;
    }
    en->index = index;
    en->it = it;
    en->long_index = long_index;
    en->result = wf_tuple_pack(2, WF_NONE, WF_NONE);
    if (en->result == NULL) {
        WF_DECREF(en);
        return NULL;
    }
    wf_gc_track(WF_OBJ(en));
    return WF_OBJ(en);
}

static void enum_dealloc(wf_object_t *o) {
    enum_t *en = (enum_t *)o;
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, enum_dealloc)) {
        return;
    }
    WF_XDECREF(en->it);
    WF_XDECREF(en->result);
    WF_XDECREF(en->long_index);
    wf_object_free(o);
    wf_list_trash_end();
}

static int enum_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    enum_t *en = (enum_t *)o;
    int r = visit_opt(en->it, visit, arg);
    if (!r) {
        r = visit_opt(en->result, visit, arg);
    }
    return r ? r : visit_opt(en->long_index, visit, arg);
}

// The next item of an iterator made by wf_iter; at the end NULL, with the StopIteration
// its __next__ raised (and so its value) left set, as CPython's enumerate, zip and map do.
static wf_object_t *next_keep_stop(wf_object_t *it) {
    return WF_TYPE(it)->iternext(it);
}

static wf_object_t *enum_next(wf_object_t *o) {
    enum_t *en = (enum_t *)o;
    wf_object_t *item = next_keep_stop(en->it);
    if (item == NULL) {
        return NULL;
    }
    wf_object_t *idx;
    if (en->index == WF_SSIZE_MAX) {
        if (en->long_index == NULL) {
            en->long_index = wf_int_from_ssize(WF_SSIZE_MAX);
            if (en->long_index == NULL) {
                WF_DECREF(item);
                return NULL;
            }
        }
        wf_object_t *one = wf_int_from_i64(1);
        wf_object_t *next = wf_binary_op(en->long_index, one, WF_BINOP_ADD);
        WF_DECREF(one);
        if (next == NULL) {
            WF_DECREF(item);
            return NULL;
        }
        idx = en->long_index;
        en->long_index = next;
    } else {
        idx = wf_int_from_ssize(en->index);
        if (idx == NULL) {
            WF_DECREF(item);
            return NULL;
        }
        en->index++;
    }
    return pair_steal(&en->result, idx, item);
}

// Pickling: (type, args) rebuilds the iterator where it stands.
static wf_object_t *reduce_with(wf_object_t *o, wf_object_t *args) {
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(2, WF_OBJ(WF_TYPE(o)), args);
    WF_DECREF(args);
    return r;
}

static wf_object_t *enum_reduce(wf_object_t *o, wf_object_t *unused) {
    enum_t *e = (enum_t *)o;
    wf_object_t *index = e->long_index != NULL ? wf_newref(e->long_index)
                                               : wf_int_from_ssize(e->index);
    if (index == NULL) {
        return NULL;
    }
    wf_object_t *args = wf_tuple_pack(2, e->it, index);
    WF_DECREF(index);
    return reduce_with(o, args);
}

static wf_method_def_t enum_methods[] = {
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {"__reduce__", {.noargs = enum_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {0},
};

// ---------------------------------------------------------------------------------------
// zip.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t size;
    wf_object_t *iters;   // tuple of iterators
    wf_object_t *result;  // reused tuple
    int strict;
} zip_t;

static wf_object_t *zip_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    int strict = 0;
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        wf_ssize_t pos = 0;
        wf_object_t *key, *value;
        while (wf_dict_next(kwargs, &pos, &key, &value)) {
            if (!WF_STR_CHECK(key) || !wf_str_eq_cstr(key, "strict")) {
                static const char *const names[] = {"strict", NULL};
                wf_err_unexpected_keyword("zip", key, names);
                return NULL;
            }
            strict = wf_truthy(value);
            if (strict < 0) {
                return NULL;
            }
        }
    }
    wf_ssize_t n = tuple_len(args);
    wf_object_t *iters = wf_tuple_new(n);
    if (iters == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *it = wf_iter(WF_TUPLE_GET(args, i));
        if (it == NULL) {
            // Unfilled slots must not be released.
            for (wf_ssize_t j = i; j < n; j++) {
                WF_TUPLE_SET_STEAL(iters, j, wf_newref(WF_NONE));
            }
            WF_DECREF(iters);
            return NULL;
        }
        WF_TUPLE_SET_STEAL(iters, i, it);
    }
    wf_object_t *result = wf_tuple_new(n);
    if (result == NULL) {
        WF_DECREF(iters);
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        WF_TUPLE_SET_STEAL(result, i, wf_newref(WF_NONE));
    }
    zip_t *z = (zip_t *)alloc_instance(type, &wf_zip_type, sizeof(zip_t));
    if (z == NULL) {
        WF_DECREF(iters);
        WF_DECREF(result);
        return NULL;
    }
    z->size = n;
    z->iters = iters;
    z->result = result;
    z->strict = strict;
    wf_gc_track(WF_OBJ(z));
    return WF_OBJ(z);
}

static void zip_dealloc(wf_object_t *o) {
    zip_t *z = (zip_t *)o;
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, zip_dealloc)) {
        return;
    }
    WF_XDECREF(z->iters);
    WF_XDECREF(z->result);
    wf_object_free(o);
    wf_list_trash_end();
}

static int zip_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    zip_t *z = (zip_t *)o;
    int r = visit_opt(z->iters, visit, arg);
    return r ? r : visit_opt(z->result, visit, arg);
}

// Iterator i ran out (i > 0: the earlier ones did not): report the length mismatch that
// strict=True forbids, checking whether the later iterators are exhausted too.
static wf_object_t *zip_strict_check(zip_t *z, wf_ssize_t i) {
    if (wf_err_occurred()) {
        if (!wf_err_matches(&wf_exc_StopIteration)) {
            return NULL;
        }
        wf_err_clear();
    }
    if (i > 0) {
        return wf_err_format(&wf_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < z->size; i++) {
        wf_object_t *item = wf_iter_next(WF_TUPLE_GET(z->iters, i));
        if (item != NULL) {
            WF_DECREF(item);
            return wf_err_format(&wf_exc_ValueError,
                                 "zip() argument %zd is longer than argument%s%zd", i + 1,
                                 i == 1 ? " " : "s 1-", i);
        }
        if (wf_err_occurred()) {
            return NULL;
        }
    }
    return NULL;
}

static wf_object_t *zip_next(wf_object_t *o) {
    zip_t *z = (zip_t *)o;
    wf_ssize_t n = z->size;
    if (n == 0) {
        return NULL;
    }
    wf_object_t *result = z->result;
    if (wf_is_unique(result)) {
        for (wf_ssize_t i = 0; i < n; i++) {
            wf_object_t *item = next_keep_stop(WF_TUPLE_GET(z->iters, i));
            if (item == NULL) {
                return z->strict ? zip_strict_check(z, i) : NULL;
            }
            wf_object_t *old = WF_TUPLE_GET(result, i);
            WF_TUPLE_SET_STEAL(result, i, item);
            WF_DECREF(old);
        }
        ((wf_tuple_t *)result)->hash = -1;
        return wf_newref(result);
    }
    result = wf_tuple_new(n);
    if (result == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *item = next_keep_stop(WF_TUPLE_GET(z->iters, i));
        if (item == NULL) {
            for (wf_ssize_t j = i; j < n; j++) {
                WF_TUPLE_SET_STEAL(result, j, wf_newref(WF_NONE));
            }
            WF_DECREF(result);
            return z->strict ? zip_strict_check(z, i) : NULL;
        }
        WF_TUPLE_SET_STEAL(result, i, item);
    }
    return result;
}

// ---------------------------------------------------------------------------------------
// map.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *func;
    wf_object_t *iters;  // tuple
} map_t;

static wf_object_t *map_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if ((type == &wf_map_type || type->init == wf_map_type.init) && no_kwargs("map", kwargs) < 0) {
        return NULL;
    }
    wf_ssize_t n = tuple_len(args);
    if (n < 2) {
        return wf_err_set_string(&wf_exc_TypeError, "map() must have at least two arguments.");
    }
    wf_object_t *iters = wf_tuple_new(n - 1);
    if (iters == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 1; i < n; i++) {
        wf_object_t *it = wf_iter(WF_TUPLE_GET(args, i));
        if (it == NULL) {
            for (wf_ssize_t j = i; j < n; j++) {
                WF_TUPLE_SET_STEAL(iters, j - 1, wf_newref(WF_NONE));
            }
            WF_DECREF(iters);
            return NULL;
        }
        WF_TUPLE_SET_STEAL(iters, i - 1, it);
    }
    map_t *m = (map_t *)alloc_instance(type, &wf_map_type, sizeof(map_t));
    if (m == NULL) {
        WF_DECREF(iters);
        return NULL;
    }
    m->func = wf_newref(WF_TUPLE_GET(args, 0));
    m->iters = iters;
    wf_gc_track(WF_OBJ(m));
    return WF_OBJ(m);
}

static void map_dealloc(wf_object_t *o) {
    map_t *m = (map_t *)o;
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, map_dealloc)) {
        return;
    }
    WF_XDECREF(m->func);
    WF_XDECREF(m->iters);
    wf_object_free(o);
    wf_list_trash_end();
}

static int map_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    map_t *m = (map_t *)o;
    int r = visit_opt(m->func, visit, arg);
    return r ? r : visit_opt(m->iters, visit, arg);
}

static wf_object_t *map_next(wf_object_t *o) {
    map_t *m = (map_t *)o;
    wf_ssize_t n = WF_TUPLE_SIZE(m->iters);
    wf_object_t *small[5];
    wf_object_t **stack = small;
    if (n > 5) {
        stack = wf_mem_alloc((size_t)n * sizeof(wf_object_t *));
        if (stack == NULL) {
            return wf_err_nomemory();
        }
    }
    wf_ssize_t got = 0;
    wf_object_t *result = NULL;
    for (; got < n; got++) {
        stack[got] = next_keep_stop(WF_TUPLE_GET(m->iters, got));
        if (stack[got] == NULL) {
            break;
        }
    }
    if (got == n) {
        result = wf_vectorcall(m->func, stack, n, NULL);
    }
    for (wf_ssize_t i = 0; i < got; i++) {
        WF_DECREF(stack[i]);
    }
    if (stack != small) {
        wf_mem_free(stack);
    }
    return result;
}

// ---------------------------------------------------------------------------------------
// filter.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *func;  // None: keep the true items
    wf_object_t *it;
} filter_t;

static wf_object_t *filter_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if ((type == &wf_filter_type || type->init == wf_filter_type.init) &&
        no_kwargs("filter", kwargs) < 0) {
        return NULL;
    }
    wf_ssize_t n = tuple_len(args);
    if (n != 2) {
        return wf_err_format(&wf_exc_TypeError, "filter expected 2 arguments, got %zd", n);
    }
    wf_object_t *it = wf_iter(WF_TUPLE_GET(args, 1));
    if (it == NULL) {
        return NULL;
    }
    filter_t *f = (filter_t *)alloc_instance(type, &wf_filter_type, sizeof(filter_t));
    if (f == NULL) {
        WF_DECREF(it);
        return NULL;
    }
    f->func = wf_newref(WF_TUPLE_GET(args, 0));
    f->it = it;
    wf_gc_track(WF_OBJ(f));
    return WF_OBJ(f);
}

static void filter_dealloc(wf_object_t *o) {
    filter_t *f = (filter_t *)o;
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, filter_dealloc)) {
        return;
    }
    WF_XDECREF(f->func);
    WF_XDECREF(f->it);
    wf_object_free(o);
    wf_list_trash_end();
}

static int filter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    filter_t *f = (filter_t *)o;
    int r = visit_opt(f->func, visit, arg);
    return r ? r : visit_opt(f->it, visit, arg);
}

static wf_object_t *filter_next(wf_object_t *o) {
    filter_t *f = (filter_t *)o;
    int plain = f->func == WF_NONE || f->func == WF_OBJ(&wf_bool_type);
    for (;;) {
        wf_object_t *item = wf_iter_next(f->it);
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (plain) {
            ok = wf_truthy(item);
        } else {
            wf_object_t *good = wf_call_one(f->func, item);
            if (good == NULL) {
                WF_DECREF(item);
                return NULL;
            }
            ok = wf_truthy(good);
            WF_DECREF(good);
        }
        if (ok > 0) {
            return item;
        }
        WF_DECREF(item);
        if (ok < 0) {
            return NULL;
        }
    }
}

// ---------------------------------------------------------------------------------------
// reversed.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *seq;  // NULL once exhausted
} reversed_t;

static int is_sequence(wf_object_t *o) {
    return !WF_DICT_CHECK(o) && WF_TYPE(o)->getitem != NULL;
}

static wf_object_t *reversed_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if ((type == &wf_reversed_type || type->init == wf_reversed_type.init) &&
        no_kwargs("reversed", kwargs) < 0) {
        return NULL;
    }
    wf_ssize_t nargs = tuple_len(args);
    if (nargs != 1) {
        return wf_err_format(&wf_exc_TypeError, "reversed expected 1 argument, got %zd", nargs);
    }
    wf_object_t *seq = WF_TUPLE_GET(args, 0);
    wf_object_t *meth = wf_type_lookup(WF_TYPE(seq), WF_ID(__reversed__));
    if (meth == WF_NONE) {
        return wf_err_format(&wf_exc_TypeError, "'%T' object is not reversible", seq);
    }
    if (meth != NULL) {
        return wf_call_special(seq, WF_ID(__reversed__), NULL, 0);
    }
    if (!is_sequence(seq)) {
        return wf_err_format(&wf_exc_TypeError, "'%T' object is not reversible", seq);
    }
    wf_ssize_t n = wf_len(seq);
    if (n < 0) {
        return NULL;
    }
    reversed_t *r = (reversed_t *)alloc_instance(type, &wf_reversed_type, sizeof(reversed_t));
    if (r == NULL) {
        return NULL;
    }
    r->index = n - 1;
    r->seq = wf_newref(seq);
    wf_gc_track(WF_OBJ(r));
    return WF_OBJ(r);
}

static void reversed_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, reversed_dealloc)) {
        return;
    }
    WF_XDECREF(((reversed_t *)o)->seq);
    wf_object_free(o);
    wf_list_trash_end();
}

static int reversed_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return visit_opt(((reversed_t *)o)->seq, visit, arg);
}

static wf_object_t *reversed_next(wf_object_t *o) {
    reversed_t *r = (reversed_t *)o;
    if (r->seq == NULL) {
        return NULL;
    }
    if (r->index >= 0) {
        wf_object_t *item = item_or_end(r->seq, r->index);
        if (item != NULL) {
            r->index--;
            return item;
        }
        if (wf_err_occurred()) {
            return NULL;
        }
    }
    r->index = -1;
    WF_CLEAR(r->seq);
    return NULL;
}

static wf_object_t *reversed_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    reversed_t *r = (reversed_t *)o;
    if (r->seq == NULL) {
        return wf_int_from_i64(0);
    }
    wf_ssize_t n = wf_len(r->seq);
    if (n < 0) {
        return NULL;
    }
    wf_ssize_t position = r->index + 1;
    return wf_int_from_ssize(n < position ? 0 : position);
}

static wf_object_t *reversed_reduce(wf_object_t *o, wf_object_t *unused) {
    reversed_t *r = (reversed_t *)o;
    if (r->seq == NULL) {
        wf_object_t *empty = wf_tuple_new(0);
        wf_object_t *args = empty != NULL ? wf_tuple_pack(1, empty) : NULL;
        WF_XDECREF(empty);
        return reduce_with(o, args);
    }
    wf_object_t *index = wf_int_from_ssize(r->index);
    wf_object_t *args = wf_tuple_pack(1, r->seq);
    wf_object_t *res = index != NULL && args != NULL
                           ? wf_tuple_pack(3, WF_OBJ(WF_TYPE(o)), args, index)
                           : NULL;
    WF_XDECREF(index);
    WF_XDECREF(args);
    return res;
}

static wf_object_t *reversed_setstate(wf_object_t *o, wf_object_t *state) {
    reversed_t *r = (reversed_t *)o;
    wf_ssize_t index = wf_as_ssize(state, NULL);
    if (index == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (r->seq != NULL) {
        wf_ssize_t n = wf_len(r->seq);
        if (n < 0) {
            return NULL;
        }
        if (index < -1) {
            index = -1;
        } else if (index > n - 1) {
            index = n - 1;
        }
        r->index = index;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t reversed_methods[] = {
    {"__length_hint__", {.noargs = reversed_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", {.noargs = reversed_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = reversed_setstate}, WF_METH_O, "Set state information for unpickling."},
    {0},
};

static wf_object_t *zip_reduce(wf_object_t *o, wf_object_t *unused) {
    zip_t *z = (zip_t *)o;
    if (z->strict) {
        return wf_tuple_pack(3, WF_OBJ(WF_TYPE(o)), z->iters, WF_TRUE);
    }
    return wf_tuple_pack(2, WF_OBJ(WF_TYPE(o)), z->iters);
}

static wf_object_t *zip_setstate(wf_object_t *o, wf_object_t *state) {
    int strict = wf_truthy(state);
    if (strict < 0) {
        return NULL;
    }
    ((zip_t *)o)->strict = strict;
    WF_RETURN_NONE;
}

static wf_method_def_t zip_methods[] = {
    {"__reduce__", {.noargs = zip_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = zip_setstate}, WF_METH_O, "Set state information for unpickling."},
    {0},
};

static wf_object_t *map_reduce(wf_object_t *o, wf_object_t *unused) {
    map_t *m = (map_t *)o;
    wf_ssize_t n = WF_TUPLE_SIZE(m->iters);
    wf_object_t *args = wf_tuple_new(n + 1);
    if (args == NULL) {
        return NULL;
    }
    WF_TUPLE_SET_STEAL(args, 0, wf_newref(m->func));
    for (wf_ssize_t i = 0; i < n; i++) {
        WF_TUPLE_SET_STEAL(args, i + 1, wf_newref(WF_TUPLE_GET(m->iters, i)));
    }
    return reduce_with(o, args);
}

static wf_method_def_t map_methods[] = {
    {"__reduce__", {.noargs = map_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {0},
};

static wf_object_t *filter_reduce(wf_object_t *o, wf_object_t *unused) {
    filter_t *f = (filter_t *)o;
    return reduce_with(o, wf_tuple_pack(2, f->func, f->it));
}

static wf_method_def_t filter_methods[] = {
    {"__reduce__", {.noargs = filter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {0},
};

// ---------------------------------------------------------------------------------------
// Type objects.

wf_type_t wf_enumerate_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "enumerate",
    .basicsize = sizeof(enum_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe "
           "enumerate object yields pairs containing a count (from start, which\ndefaults to "
           "zero) and a value yielded by the iterable argument.\n\nenumerate is useful for "
           "obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .dealloc = enum_dealloc,
    .traverse = enum_traverse,
    .new = enum_new,
    .iter = self_iter,
    .iternext = enum_next,
    .methods = enum_methods,
};

wf_type_t wf_zip_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "zip",
    .basicsize = sizeof(zip_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n "
           "is the number of iterables\npassed as positional arguments to zip().  The i-th "
           "element in every tuple\ncomes from the i-th iterable argument to zip().  This "
           "continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of "
           "the arguments is exhausted before the others,\nraise a ValueError.",
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .new = zip_new,
    .iter = self_iter,
    .iternext = zip_next,
    .methods = zip_methods,
};

wf_type_t wf_map_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "map",
    .basicsize = sizeof(map_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "map(function, iterable, /, *iterables)\n--\n\nMake an iterator that computes the "
           "function using arguments from\neach of the iterables.  Stops when the shortest "
           "iterable is exhausted.",
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .new = map_new,
    .iter = self_iter,
    .iternext = map_next,
    .methods = map_methods,
};

wf_type_t wf_filter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "filter",
    .basicsize = sizeof(filter_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of "
           "iterable for which function(item)\nis true. If function is None, return the items "
           "that are true.",
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .new = filter_new,
    .iter = self_iter,
    .iternext = filter_next,
    .methods = filter_methods,
};

wf_type_t wf_reversed_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "reversed",
    .basicsize = sizeof(reversed_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .new = reversed_new,
    .iter = self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
};

wf_object_t *wf_iter_reduce_rest(wf_object_t *rest) {
    if (rest == NULL) {
        return NULL;
    }
    wf_object_t *fn = wf_iter_builtin();
    wf_object_t *args = fn != NULL ? wf_tuple_pack(1, rest) : NULL;
    WF_DECREF(rest);
    wf_object_t *r = args != NULL ? wf_tuple_pack(2, fn, args) : NULL;
    WF_XDECREF(args);
    return r;
}
