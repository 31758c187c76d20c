// list: a mutable array of references, plus its iterators and two per-thread helpers that
// every container uses (repr recursion marks and deferred deallocation).
//
// Invariants: 0 <= ob_size <= allocated; items[0..ob_size) are non-NULL once the list is
// visible to Python code (wf_list_new hands out NULL slots that the caller fills first);
// items == NULL only when allocated == 0. While list.sort runs, items is NULL and
// allocated is -1 (see listsort.c), which is how a mutation during the sort is detected.
//
// Every mutation runs inside WF_BEGIN_CRITICAL(l)/WF_END_CRITICAL(l) and never returns
// from inside it; the size is read with WF_SIZE and written with WF_SET_SIZE. Code that
// may run Python (item comparisons, __repr__, iteration of an argument) re-reads the size
// and items after each call, because the callee may have mutated the list.
#include "objects/list.h"

#include "objects/abstract.h"
#include "objects/iter.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/genericalias.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#define L(o) ((wf_list_t *)(o))
#define PTRSIZE sizeof(wf_object_t *)

// ---------------------------------------------------------------------------------------
// Repr recursion marks. A small inline stack per thread, spilling to the heap only for
// unusually deep nesting; the heap block is released when the stack empties again.

enum { REPR_INLINE = 32 };
static WF_THREAD_LOCAL wf_object_t *repr_inline[REPR_INLINE];
static WF_THREAD_LOCAL wf_object_t **repr_heap;
static WF_THREAD_LOCAL wf_ssize_t repr_len, repr_cap;

int wf_list_repr_enter(wf_object_t *o) {
    wf_object_t **stack = repr_heap != NULL ? repr_heap : repr_inline;
    for (wf_ssize_t i = 0; i < repr_len; i++) {
        if (stack[i] == o) {
            return 1;
        }
    }
    wf_ssize_t cap = repr_heap != NULL ? repr_cap : REPR_INLINE;
    if (repr_len == cap) {
        wf_ssize_t ncap = cap * 2;
        wf_object_t **grown = wf_mem_realloc(repr_heap, (size_t)ncap * PTRSIZE);
        if (grown == NULL) {
            wf_err_nomemory();
            return -1;
        }
        if (repr_heap == NULL) {
            memcpy(grown, repr_inline, sizeof(repr_inline));
        }
        repr_heap = grown;
        repr_cap = ncap;
        stack = grown;
    }
    stack[repr_len++] = o;
    return 0;
}

void wf_list_repr_leave(wf_object_t *o) {
    wf_object_t **stack = repr_heap != NULL ? repr_heap : repr_inline;
    // Normally `o` is on top; searching downwards tolerates unbalanced callers.
    for (wf_ssize_t i = repr_len - 1; i >= 0; i--) {
        if (stack[i] == o) {
            memmove(&stack[i], &stack[i + 1], (size_t)(repr_len - i - 1) * PTRSIZE);
            repr_len--;
            break;
        }
    }
    if (repr_len == 0 && repr_heap != NULL) {
        wf_mem_free(repr_heap);
        repr_heap = NULL;
        repr_cap = 0;
    }
}

// ---------------------------------------------------------------------------------------
// Deferred deallocation. Past TRASH_DEPTH nested container deallocs, objects are queued
// and released by the outermost dealloc, so the C stack stays bounded for any nesting.

enum { TRASH_DEPTH = 50 };
static WF_THREAD_LOCAL int trash_depth;
static WF_THREAD_LOCAL int trash_draining;
static WF_THREAD_LOCAL wf_object_t **trash_pending;
static WF_THREAD_LOCAL wf_ssize_t trash_len, trash_cap;

int wf_list_trash_begin(wf_object_t *o, wf_destructor self_dealloc) {
    if (trash_depth >= TRASH_DEPTH && WF_TYPE(o)->dealloc == self_dealloc) {
        if (trash_len == trash_cap) {
            wf_ssize_t ncap = trash_cap ? trash_cap * 2 : 256;
            wf_object_t **grown = wf_mem_realloc(trash_pending, (size_t)ncap * PTRSIZE);
            if (grown == NULL) {
                // Out of memory: release recursively rather than leak.
                trash_depth++;
                return 0;
            }
            trash_pending = grown;
            trash_cap = ncap;
        }
        trash_pending[trash_len++] = o;
        return 1;
    }
    trash_depth++;
    return 0;
}

void wf_list_trash_end(void) {
    trash_depth--;
    if (trash_depth > 0 || trash_draining) {
        return;
    }
    trash_draining = 1;
    while (trash_len > 0) {
        // Finalizers and weak references were handled before the object was queued.
        wf_object_t *o = trash_pending[--trash_len];
        WF_TYPE(o)->dealloc(o);
    }
    wf_mem_free(trash_pending);
    trash_pending = NULL;
    trash_cap = 0;
    trash_draining = 0;
}

// ---------------------------------------------------------------------------------------
// Storage.

// Resize to `newsize` items with CPython's over-allocation pattern (amortised O(1) append).
// New slots are uninitialised. 0 / -1 (MemoryError).
static int list_resize_locked(wf_list_t *l, wf_ssize_t newsize) {
    wf_ssize_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        WF_SET_SIZE(l, newsize);
        return 0;
    }
    size_t nalloc = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - WF_SIZE(l) > (wf_ssize_t)(nalloc - (size_t)newsize)) {
        nalloc = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        nalloc = 0;
    }
    if (nalloc > (size_t)WF_SSIZE_MAX / PTRSIZE) {
        wf_err_nomemory();
        return -1;
    }
    wf_object_t **items;
    if (nalloc == 0) {
        wf_mem_free(l->items);
        items = NULL;
    } else {
        items = wf_mem_realloc(l->items, nalloc * PTRSIZE);
        if (items == NULL) {
            if (newsize <= allocated) {
                // A failed shrink keeps the larger block; shrinking must never fail.
                WF_SET_SIZE(l, newsize);
                return 0;
            }
            wf_err_nomemory();
            return -1;
        }
    }
    WF_ATOMIC_STORE_RELEASE(&l->items, items);
    l->allocated = (wf_ssize_t)nalloc;
    WF_SET_SIZE(l, newsize);
    return 0;
}

// Make room for at least n items without changing the size. 0 / -1.
static int list_reserve_locked(wf_list_t *l, wf_ssize_t n) {
    if (n <= l->allocated) {
        return 0;
    }
    if ((size_t)n > (size_t)WF_SSIZE_MAX / PTRSIZE) {
        wf_err_nomemory();
        return -1;
    }
    wf_object_t **items = wf_mem_realloc(l->items, (size_t)n * PTRSIZE);
    if (items == NULL) {
        wf_err_nomemory();
        return -1;
    }
    WF_ATOMIC_STORE_RELEASE(&l->items, items);
    l->allocated = n;
    return 0;
}

// Per-thread free list of exact list objects (their item arrays are freed), chained
// through `items`.
enum { LIST_FREELIST_MAX = 80 };
static WF_THREAD_LOCAL wf_list_t *free_lists;
static WF_THREAD_LOCAL int free_list_count;

static wf_list_t *list_alloc(wf_ssize_t n) {
    if ((size_t)n > (size_t)WF_SSIZE_MAX / PTRSIZE) {
        return (wf_list_t *)wf_err_nomemory();
    }
    wf_list_t *l = free_lists;
    if (l != NULL) {
        free_lists = (wf_list_t *)l->items;
        free_list_count--;
        wf_object_init_header(WF_OBJ(l), &wf_list_type);
        l->items = NULL;
    } else {
        l = (wf_list_t *)wf_object_alloc(&wf_list_type, sizeof(wf_list_t));
        if (l == NULL) {
            return NULL;
        }
    }
    if (n > 0) {
        l->items = wf_mem_calloc((size_t)n, PTRSIZE);
        if (l->items == NULL) {
            wf_object_free(l);
            return (wf_list_t *)wf_err_nomemory();
        }
    }
    l->allocated = n;
    WF_SET_SIZE(l, n);
    return l;
}

static void list_free(wf_list_t *l) {
    if (free_list_count < LIST_FREELIST_MAX && WF_LIST_CHECK_EXACT(l)) {
        l->items = (wf_object_t **)free_lists;
        free_lists = l;
        free_list_count++;
    } else {
        wf_object_free(l);
    }
}

wf_object_t *wf_list_new(wf_ssize_t n) {
    if (n < 0) {
        return wf_err_bad_internal_call("wf_list_new");
    }
    wf_list_t *l = list_alloc(n);
    if (l != NULL) {
        wf_gc_track(WF_OBJ(l));
    }
    return WF_OBJ(l);
}

wf_object_t *wf_list_from_array(wf_object_t *const *items, wf_ssize_t n) {
    wf_object_t *l = wf_list_new(n);
    if (l == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        L(l)->items[i] = wf_newref(items[i]);
    }
    return l;
}

// Drop every item. The list is emptied before any reference is released, so destructors
// that look at (or refill) the list see a consistent state.
static void list_clear_locked(wf_list_t *l) {
    wf_object_t **items = l->items;
    wf_ssize_t n = WF_SIZE(l);
    if (items == NULL) {
        return;
    }
    WF_SET_SIZE(l, 0);
    WF_ATOMIC_STORE_RELEASE(&l->items, (wf_object_t **)NULL);
    l->allocated = 0;
    while (--n >= 0) {
        WF_XDECREF(items[n]);
    }
    wf_mem_free(items);
}

int wf_list_clear(wf_object_t *l) {
    WF_BEGIN_CRITICAL(l);
    list_clear_locked(L(l));
    WF_END_CRITICAL(l);
    return 0;
}

static void list_dealloc(wf_object_t *o) {
    wf_list_t *l = L(o);
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, list_dealloc)) {
        return;
    }
    if (l->items != NULL) {
        wf_ssize_t i = WF_SIZE(l);
        while (--i >= 0) {
            WF_XDECREF(l->items[i]);
        }
        wf_mem_free(l->items);
    }
    list_free(l);
    wf_list_trash_end();
}

static int list_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_list_t *l = L(o);
    for (wf_ssize_t i = WF_SIZE(l); --i >= 0;) {
        wf_object_t *v = l->items[i];
        if (v != NULL) {
            int r = visit(v, arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

static int list_gc_clear(wf_object_t *o) {
    return wf_list_clear(o);
}

// ---------------------------------------------------------------------------------------
// Single-item operations.

static int app1_locked(wf_list_t *l, wf_object_t *v_steal) {
    wf_ssize_t n = WF_SIZE(l);
    if (n < l->allocated) {
        WF_ATOMIC_STORE_RELEASE(&l->items[n], v_steal);
        WF_SET_SIZE(l, n + 1);
        return 0;
    }
    if (list_resize_locked(l, n + 1) < 0) {
        WF_DECREF(v_steal);
        return -1;
    }
    WF_ATOMIC_STORE_RELEASE(&l->items[n], v_steal);
    return 0;
}

int wf_list_append_steal(wf_object_t *l, wf_object_t *v) {
    int r;
    WF_BEGIN_CRITICAL(l);
    r = app1_locked(L(l), v);
    WF_END_CRITICAL(l);
    return r;
}

int wf_list_append(wf_object_t *l, wf_object_t *v) {
    return wf_list_append_steal(l, wf_newref(v));
}

static int ins1_locked(wf_list_t *l, wf_ssize_t where, wf_object_t *v) {
    wf_ssize_t n = WF_SIZE(l);
    if (list_resize_locked(l, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    wf_object_t **items = l->items;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * PTRSIZE);
    items[where] = wf_newref(v);
    return 0;
}

int wf_list_insert(wf_object_t *l, wf_ssize_t i, wf_object_t *v) {
    int r;
    WF_BEGIN_CRITICAL(l);
    r = ins1_locked(L(l), i, v);
    WF_END_CRITICAL(l);
    return r;
}

wf_object_t *wf_list_get_ref(wf_object_t *l, wf_ssize_t i) {
    wf_object_t *r = NULL;
    WF_BEGIN_CRITICAL(l);
    if ((size_t)i < (size_t)WF_SIZE(l)) {
        r = wf_newref(WF_ATOMIC_LOAD_RELAXED(&L(l)->items)[i]);
    }
    WF_END_CRITICAL(l);
    return r;
}

int wf_list_set_item(wf_object_t *l, wf_ssize_t i, wf_object_t *v) {
    wf_object_t *old = NULL;
    int r = 0;
    WF_BEGIN_CRITICAL(l);
    if ((size_t)i >= (size_t)WF_SIZE(l)) {
        r = -1;
    } else {
        old = L(l)->items[i];
        WF_ATOMIC_STORE_RELEASE(&L(l)->items[i], wf_newref(v));
    }
    WF_END_CRITICAL(l);
    if (r < 0) {
        return wf_err_format_int(&wf_exc_IndexError, "list assignment index out of range");
    }
    WF_XDECREF(old);
    return 0;
}

wf_object_t *wf_list_as_tuple(wf_object_t *l) {
    wf_object_t *t;
    WF_BEGIN_CRITICAL(l);
    t = wf_tuple_from_array(L(l)->items, WF_SIZE(l));
    WF_END_CRITICAL(l);
    return t;
}

static void reverse_slice(wf_object_t **lo, wf_object_t **hi) {
    --hi;
    while (lo < hi) {
        wf_object_t *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

int wf_list_reverse(wf_object_t *l) {
    WF_BEGIN_CRITICAL(l);
    if (WF_SIZE(l) > 1) {
        reverse_slice(L(l)->items, L(l)->items + WF_SIZE(l));
    }
    WF_END_CRITICAL(l);
    return 0;
}

// ---------------------------------------------------------------------------------------
// Slices.

static wf_object_t *list_slice_locked(wf_list_t *l, wf_ssize_t lo, wf_ssize_t hi) {
    wf_ssize_t n = hi > lo ? hi - lo : 0;
    wf_list_t *r = list_alloc(n);
    if (r == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        r->items[i] = wf_newref(l->items[lo + i]);
    }
    wf_gc_track(WF_OBJ(r));
    return WF_OBJ(r);
}

static void clamp_slice(wf_ssize_t n, wf_ssize_t *lo, wf_ssize_t *hi) {
    if (*lo < 0) {
        *lo = 0;
    } else if (*lo > n) {
        *lo = n;
    }
    if (*hi < *lo) {
        *hi = *lo;
    } else if (*hi > n) {
        *hi = n;
    }
}

wf_object_t *wf_list_get_slice(wf_object_t *l, wf_ssize_t lo, wf_ssize_t hi) {
    wf_object_t *r;
    WF_BEGIN_CRITICAL(l);
    clamp_slice(WF_SIZE(l), &lo, &hi);
    r = list_slice_locked(L(l), lo, hi);
    WF_END_CRITICAL(l);
    return r;
}

// Replace items [lo, hi) by the n items of `src` (borrowed array, may be NULL when n == 0).
// The replaced references are released after the list is consistent again.
static int list_replace_locked(wf_list_t *l, wf_ssize_t lo, wf_ssize_t hi,
                               wf_object_t *const *src, wf_ssize_t n) {
    wf_ssize_t size = WF_SIZE(l);
    clamp_slice(size, &lo, &hi);
    wf_ssize_t norig = hi - lo;
    wf_ssize_t d = n - norig;
    if (size + d == 0 && n == 0) {
        list_clear_locked(l);
        return 0;
    }
    wf_object_t *small[8];
    wf_object_t **recycle = small;
    if (norig > 8) {
        recycle = wf_mem_alloc((size_t)norig * PTRSIZE);
        if (recycle == NULL) {
            wf_err_nomemory();
            return -1;
        }
    }
    memcpy(recycle, &l->items[lo], (size_t)norig * PTRSIZE);
    if (d < 0) {
        memmove(&l->items[hi + d], &l->items[hi], (size_t)(size - hi) * PTRSIZE);
        // Shrinking cannot fail.
        (void)list_resize_locked(l, size + d);
    } else if (d > 0) {
        if (list_resize_locked(l, size + d) < 0) {
            if (recycle != small) {
                wf_mem_free(recycle);
            }
            return -1;
        }
        memmove(&l->items[hi + d], &l->items[hi], (size_t)(size - hi) * PTRSIZE);
    }
    for (wf_ssize_t k = 0; k < n; k++) {
        l->items[lo + k] = wf_newref(src[k]);
    }
    for (wf_ssize_t k = norig - 1; k >= 0; k--) {
        WF_XDECREF(recycle[k]);
    }
    if (recycle != small) {
        wf_mem_free(recycle);
    }
    return 0;
}

// A list or tuple to read items from: the object itself when it already is one (and is
// not `self`), else a fresh list. *items/*n describe it. New reference or NULL with
// TypeError `msg` when v is not iterable.
static wf_object_t *as_item_array(wf_object_t *self, wf_object_t *v, const char *msg,
                                  wf_object_t *const **items, wf_ssize_t *n) {
    wf_object_t *seq;
    if (v != self && (WF_LIST_CHECK_EXACT(v) || WF_TUPLE_CHECK_EXACT(v))) {
        seq = wf_newref(v);
    } else if (v == self) {
        seq = wf_list_get_slice(v, 0, WF_SSIZE_MAX);
    } else {
        seq = wf_sequence_list(v);
        if (seq == NULL) {
            if (msg != NULL && wf_err_matches(&wf_exc_TypeError)) {
                wf_err_set_string(&wf_exc_TypeError, msg);
            }
            return NULL;
        }
    }
    if (seq == NULL) {
        return NULL;
    }
    if (WF_TUPLE_CHECK_EXACT(seq)) {
        *items = WF_TUPLE_ITEMS(seq);
        *n = WF_TUPLE_SIZE(seq);
    } else {
        *items = L(seq)->items;
        *n = WF_SIZE(seq);
    }
    return seq;
}

int wf_list_set_slice(wf_object_t *l, wf_ssize_t lo, wf_ssize_t hi, wf_object_t *v) {
    wf_object_t *const *src = NULL;
    wf_ssize_t n = 0;
    wf_object_t *seq = NULL;
    int r;
    if (v != NULL) {
        seq = as_item_array(l, v, "must assign iterable to extended slice", &src, &n);
        if (seq == NULL) {
            return -1;
        }
    }
    WF_BEGIN_CRITICAL(l);
    r = list_replace_locked(L(l), lo, hi, src, n);
    WF_END_CRITICAL(l);
    WF_XDECREF(seq);
    return r;
}

// l[start:stop:step] with a normalised extended slice of `len` items.
static wf_object_t *list_ext_slice_locked(wf_list_t *l, wf_ssize_t start, wf_ssize_t step,
                                          wf_ssize_t len) {
    wf_list_t *r = list_alloc(len);
    if (r == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0, cur = start; i < len; i++, cur += step) {
        r->items[i] = wf_newref(l->items[cur]);
    }
    wf_gc_track(WF_OBJ(r));
    return WF_OBJ(r);
}

static wf_object_t *list_get_slice_obj(wf_object_t *self, wf_object_t *slice) {
    wf_ssize_t start, stop, step;
    wf_object_t *r;
    if (wf_slice_unpack(slice, &start, &stop, &step) < 0) {
        return NULL;
    }
    WF_BEGIN_CRITICAL(self);
    wf_ssize_t len = wf_slice_adjust(WF_SIZE(self), &start, &stop, step);
    if (step == 1) {
        r = list_slice_locked(L(self), start, start + len);
    } else {
        r = list_ext_slice_locked(L(self), start, step, len);
    }
    WF_END_CRITICAL(self);
    return r;
}

// del l[start:stop:step] for step != 1: compact the survivors in place.
static void list_del_ext_locked(wf_list_t *l, wf_ssize_t start, wf_ssize_t step,
                                wf_ssize_t len, wf_object_t **garbage) {
    wf_ssize_t size = WF_SIZE(l);
    if (step < 0) {
        // Walk upwards: same items, ascending positions.
        start = start + step * (len - 1);
        step = -step;
    }
    wf_object_t **items = l->items;
    wf_ssize_t cur = start, i = 0;
    // Steps may be as large as the index type allows: compare with what is left instead
    // of computing cur + step, which could overflow.
    for (; i < len; i++) {
        garbage[i] = items[cur];
        int last = step >= size - cur;
        wf_ssize_t lim = last ? size - cur - 1 : step - 1;
        memmove(&items[cur - i], &items[cur + 1], (size_t)lim * PTRSIZE);
        if (last) {
            cur = size;
            i++;
            break;
        }
        cur += step;
    }
    if (cur < size) {
        memmove(&items[cur - len], &items[cur], (size_t)(size - cur) * PTRSIZE);
    }
    (void)list_resize_locked(l, size - len);
}

static int list_ass_ext_slice(wf_object_t *self, wf_ssize_t start, wf_ssize_t stop,
                              wf_ssize_t step, wf_object_t *value) {
    wf_object_t *const *src = NULL;
    wf_ssize_t n = 0;
    wf_object_t *seq = NULL;
    if (value != NULL) {
        seq = as_item_array(self, value, "must assign iterable to extended slice", &src, &n);
        if (seq == NULL) {
            return -1;
        }
    }
    int r = 0;
    wf_object_t **garbage = NULL;
    wf_ssize_t len = 0;
    WF_BEGIN_CRITICAL(self);
    len = wf_slice_adjust(WF_SIZE(self), &start, &stop, step);
    if (value != NULL && n != len) {
        r = -2;
    } else if (len > 0) {
        garbage = wf_mem_alloc((size_t)len * PTRSIZE);
        if (garbage == NULL) {
            r = -1;
            wf_err_nomemory();
        } else if (value == NULL) {
            list_del_ext_locked(L(self), start, step, len, garbage);
        } else {
            wf_object_t **items = L(self)->items;
            for (wf_ssize_t i = 0, cur = start; i < len; i++, cur += step) {
                garbage[i] = items[cur];
                items[cur] = wf_newref(src[i]);
            }
        }
    }
    WF_END_CRITICAL(self);
    if (r == -2) {
        wf_err_format(&wf_exc_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      n, len);
        r = -1;
    } else if (r == 0 && garbage != NULL) {
        for (wf_ssize_t i = 0; i < len; i++) {
            WF_DECREF(garbage[i]);
        }
    }
    wf_mem_free(garbage);
    WF_XDECREF(seq);
    return r;
}

static int list_ass_slice_obj(wf_object_t *self, wf_object_t *slice, wf_object_t *value) {
    wf_ssize_t start, stop, step;
    if (wf_slice_unpack(slice, &start, &stop, &step) < 0) {
        return -1;
    }
    if (step == 1) {
        // Plain slices take any iterable and may change the length.
        wf_ssize_t len = wf_slice_adjust(WF_SIZE(self), &start, &stop, step);
        return wf_list_set_slice(self, start, start + len, value);
    }
    return list_ass_ext_slice(self, start, stop, step, value);
}

// ---------------------------------------------------------------------------------------
// Protocol slots.

static wf_ssize_t list_len(wf_object_t *self) {
    return WF_SIZE(self);
}

static wf_object_t *list_item(wf_object_t *self, wf_ssize_t i) {
    wf_object_t *r = wf_list_get_ref(self, i);
    if (r == NULL) {
        return wf_err_set_string(&wf_exc_IndexError, "list index out of range");
    }
    return r;
}

static wf_object_t *list_subscript(wf_object_t *self, wf_object_t *key) {
    int64_t small;
    if (wf_int_small_value_any(key, &small)) {
        if (small < 0) {
            small += WF_SIZE(self);
        }
        return list_item(self, (wf_ssize_t)small);
    }
    if (wf_index_check(key)) {
        wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
        if (i == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += WF_SIZE(self);
        }
        return list_item(self, i);
    }
    if (WF_SLICE_CHECK(key)) {
        return list_get_slice_obj(self, key);
    }
    return wf_err_format(&wf_exc_TypeError, "list indices must be integers or slices, not %T",
                         key);
}

static int list_ass_item(wf_object_t *self, wf_ssize_t i, wf_object_t *value) {
    if (value == NULL) {
        int r = 0;
        wf_object_t *old = NULL;
        WF_BEGIN_CRITICAL(self);
        wf_ssize_t n = WF_SIZE(self);
        if ((size_t)i >= (size_t)n) {
            r = -1;
        } else {
            wf_object_t **items = L(self)->items;
            old = items[i];
            memmove(&items[i], &items[i + 1], (size_t)(n - i - 1) * PTRSIZE);
            (void)list_resize_locked(L(self), n - 1);
        }
        WF_END_CRITICAL(self);
        if (r < 0) {
            return wf_err_format_int(&wf_exc_IndexError, "list assignment index out of range");
        }
        WF_DECREF(old);
        return 0;
    }
    return wf_list_set_item(self, i, value);
}

static int list_ass_subscript(wf_object_t *self, wf_object_t *key, wf_object_t *value) {
    int64_t small;
    if (wf_int_small_value_any(key, &small)) {
        if (small < 0) {
            small += WF_SIZE(self);
        }
        return list_ass_item(self, (wf_ssize_t)small, value);
    }
    if (wf_index_check(key)) {
        wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
        if (i == -1 && wf_err_occurred()) {
            return -1;
        }
        if (i < 0) {
            i += WF_SIZE(self);
        }
        return list_ass_item(self, i, value);
    }
    if (WF_SLICE_CHECK(key)) {
        return list_ass_slice_obj(self, key, value);
    }
    return wf_err_format_int(&wf_exc_TypeError,
                             "list indices must be integers or slices, not %T", key);
}

static int list_contains(wf_object_t *self, wf_object_t *value) {
    for (wf_ssize_t i = 0;; i++) {
        wf_object_t *item = wf_list_get_ref(self, i);
        if (item == NULL) {
            return 0;
        }
        int cmp = wf_richcompare_bool(item, value, WF_EQ);
        WF_DECREF(item);
        if (cmp != 0) {
            return cmp;
        }
    }
}

static wf_object_t *list_repr(wf_object_t *self) {
    if (WF_SIZE(self) == 0) {
        return wf_str_from_cstr("[]");
    }
    int st = wf_list_repr_enter(self);
    if (st != 0) {
        return st > 0 ? wf_str_from_cstr("[...]") : NULL;
    }
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, "[");
    for (wf_ssize_t i = 0; !sb.failed; i++) {
        wf_object_t *item = wf_list_get_ref(self, i);
        if (item == NULL) {
            break;
        }
        if (i > 0) {
            wf_strbuf_append_cstr(&sb, ", ");
        }
        wf_strbuf_append_repr(&sb, item);
        WF_DECREF(item);
    }
    wf_strbuf_append_cstr(&sb, "]");
    wf_list_repr_leave(self);
    return wf_strbuf_finish(&sb);
}

static wf_object_t *list_richcompare(wf_object_t *v, wf_object_t *w, int op) {
    if (!WF_LIST_CHECK(v) || !WF_LIST_CHECK(w)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (WF_SIZE(v) != WF_SIZE(w) && (op == WF_EQ || op == WF_NE)) {
        return wf_bool_from(op == WF_NE);
    }
    // Find the first index where the items differ.
    wf_ssize_t i = 0;
    wf_object_t *vi = NULL, *wi = NULL;
    for (;; i++) {
        vi = wf_list_get_ref(v, i);
        wi = wf_list_get_ref(w, i);
        if (vi == NULL || wi == NULL) {
            break;
        }
        int k = vi == wi ? 1 : wf_richcompare_bool(vi, wi, WF_EQ);
        if (k < 0) {
            WF_DECREF(vi);
            WF_DECREF(wi);
            return NULL;
        }
        if (k == 0) {
            break;
        }
        WF_DECREF(vi);
        WF_DECREF(wi);
    }
    if (vi == NULL || wi == NULL) {
        WF_XDECREF(vi);
        WF_XDECREF(wi);
        wf_ssize_t a = WF_SIZE(v), b = WF_SIZE(w);
        int r = 0;
        switch (op) {
        case WF_LT: r = a < b; break;
        case WF_LE: r = a <= b; break;
        case WF_EQ: r = a == b; break;
        case WF_NE: r = a != b; break;
        case WF_GT: r = a > b; break;
        default: r = a >= b; break;
        }
        return wf_bool_from(r);
    }
    wf_object_t *res;
    if (op == WF_EQ) {
        res = WF_FALSE;
    } else if (op == WF_NE) {
        res = WF_TRUE;
    } else {
        res = wf_richcompare(vi, wi, op);
    }
    WF_DECREF(vi);
    WF_DECREF(wi);
    return res;
}

// ---------------------------------------------------------------------------------------
// Extending, concatenation and repetition.

// True when type t has its own implementation of binary operator op (a class that defines
// __mul__/__rmul__ or __add__/__radd__), as opposed to one inherited from a builtin type.
// Builtin sequences implement repetition and concatenation in the same slot, and their
// messages must win when they are the left operand, as with CPython's sequence protocol.
static int has_own_binop(wf_type_t *t, wf_binop_t op, wf_binaryfunc mine) {
    wf_binaryfunc f = t->binop[op];
    if (f == NULL || f == mine) {
        return 0;
    }
    wf_type_t *b = t;
    while (b != NULL && WF_TYPE_HAS_FLAG(b, WF_TPFLAGS_HEAPTYPE)) {
        b = b->base;
    }
    return b == NULL || b->binop[op] != f;
}

static int list_extend_array_locked(wf_list_t *l, wf_object_t *const *src, wf_ssize_t n) {
    wf_ssize_t m = WF_SIZE(l);
    if (n == 0) {
        return 0;
    }
    if (m > WF_SSIZE_MAX - n) {
        wf_err_nomemory();
        return -1;
    }
    int from_self = src == l->items;
    if (list_resize_locked(l, m + n) < 0) {
        return -1;
    }
    if (from_self) {
        src = l->items;  // l.extend(l): the resize may have moved the items
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        l->items[m + i] = wf_newref(src[i]);
    }
    return 0;
}

static int list_extend_iter_locked(wf_list_t *l, wf_object_t *iterable) {
    wf_object_t *it = wf_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    wf_ssize_t hint = wf_length_hint(iterable, 8);
    if (hint < 0) {
        WF_DECREF(it);
        return -1;
    }
    wf_ssize_t m = WF_SIZE(l);
    if (hint > 0 && m <= WF_SSIZE_MAX - hint) {
        // Pre-allocation is only an optimisation: ignore failure.
        if (list_reserve_locked(l, m + hint) < 0) {
            wf_err_clear();
        }
    }
    int r = 0;
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                r = -1;
            }
            break;
        }
        if (app1_locked(l, item) < 0) {
            r = -1;
            break;
        }
    }
    WF_DECREF(it);
    if (WF_SIZE(l) < (l->allocated >> 1)) {
        wf_object_t *saved = wf_err_fetch();
        if (list_resize_locked(l, WF_SIZE(l)) < 0) {
            wf_err_clear();
        }
        wf_err_restore(saved);
    }
    return r;
}

int wf_list_extend(wf_object_t *l, wf_object_t *iterable) {
    int r;
    // Exact lists and tuples are copied directly; subclasses go through their __iter__.
    if (iterable == l) {
        WF_BEGIN_CRITICAL(l);
        r = list_extend_array_locked(L(l), L(l)->items, WF_SIZE(l));
        WF_END_CRITICAL(l);
        return r;
    }
    if (WF_TUPLE_CHECK_EXACT(iterable)) {
        WF_BEGIN_CRITICAL(l);
        r = list_extend_array_locked(L(l), WF_TUPLE_ITEMS(iterable), WF_TUPLE_SIZE(iterable));
        WF_END_CRITICAL(l);
        return r;
    }
    if (WF_LIST_CHECK_EXACT(iterable)) {
        WF_BEGIN_CRITICAL2(l, iterable);
        r = list_extend_array_locked(L(l), L(iterable)->items, WF_SIZE(iterable));
        WF_END_CRITICAL2(l, iterable);
        return r;
    }
    WF_BEGIN_CRITICAL(l);
    r = list_extend_iter_locked(L(l), iterable);
    WF_END_CRITICAL(l);
    return r;
}

static wf_object_t *list_concat_lists(wf_object_t *a, wf_object_t *b) {
    wf_ssize_t na = WF_SIZE(a), nb = WF_SIZE(b);
    if (na > WF_SSIZE_MAX - nb) {
        return wf_err_nomemory();
    }
    wf_list_t *r = list_alloc(na + nb);
    if (r == NULL) {
        return NULL;
    }
    WF_BEGIN_CRITICAL2(a, b);
    // Re-read under the locks; the sizes cannot have grown past what we allocated in the
    // GIL build, and the free-threaded build holds both locks here.
    na = WF_SIZE(a) < na ? WF_SIZE(a) : na;
    nb = WF_SIZE(b) < nb ? WF_SIZE(b) : nb;
    for (wf_ssize_t i = 0; i < na; i++) {
        r->items[i] = wf_newref(L(a)->items[i]);
    }
    for (wf_ssize_t i = 0; i < nb; i++) {
        r->items[na + i] = wf_newref(L(b)->items[i]);
    }
    WF_SET_SIZE(r, na + nb);
    WF_END_CRITICAL2(a, b);
    wf_gc_track(WF_OBJ(r));
    return WF_OBJ(r);
}

static wf_object_t *list_add(wf_object_t *a, wf_object_t *b) {
    if (!WF_LIST_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (WF_LIST_CHECK(b)) {
        return list_concat_lists(a, b);
    }
    // Give the right operand's own + a chance (its __radd__), then fail with the sequence
    // concatenation message, as the sequence protocol does after the number protocol.
    if (has_own_binop(WF_TYPE(b), WF_BINOP_ADD, list_add)) {
        wf_object_t *r = WF_TYPE(b)->binop[WF_BINOP_ADD](a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    return wf_err_format(&wf_exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
}

wf_ssize_t wf_list_index_to_ssize(wf_object_t *n) {
    int64_t small;
    if (wf_int_small_value_any(n, &small)) {
        return (wf_ssize_t)small;
    }
    wf_object_t *i = wf_index(n);
    if (i == NULL) {
        return -1;
    }
    // The int itself cannot raise: an error now can only be the overflow.
    wf_ssize_t c = wf_as_ssize(i, &wf_exc_IndexError);
    WF_DECREF(i);
    if (c == -1 && wf_err_occurred()) {
        wf_err_format(&wf_exc_OverflowError, "cannot fit '%T' into an index-sized integer", n);
    }
    return c;
}

// Repeat count for seq * n; 0 with *out set, 1 when n is not an integer (the caller reports
// it), -1 on error.
static int repeat_count(wf_object_t *n, wf_ssize_t *out) {
    if (!wf_index_check(n)) {
        return 1;
    }
    wf_ssize_t c = wf_list_index_to_ssize(n);
    if (c == -1 && wf_err_occurred()) {
        return -1;
    }
    *out = c;
    return 0;
}

static wf_object_t *list_repeat(wf_object_t *a, wf_ssize_t n) {
    if (n <= 0 || WF_SIZE(a) == 0) {
        return wf_list_new(0);
    }
    wf_ssize_t size = WF_SIZE(a);
    if (size > WF_SSIZE_MAX / n) {
        return wf_err_nomemory();
    }
    wf_list_t *r = list_alloc(size * n);
    if (r == NULL) {
        return NULL;
    }
    WF_BEGIN_CRITICAL(a);
    wf_ssize_t cur = WF_SIZE(a) < size ? WF_SIZE(a) : size;
    wf_object_t **dst = r->items;
    for (wf_ssize_t j = 0; j < n; j++) {
        for (wf_ssize_t i = 0; i < cur; i++) {
            *dst++ = wf_newref(L(a)->items[i]);
        }
    }
    WF_SET_SIZE(r, cur * n);
    WF_END_CRITICAL(a);
    wf_gc_track(WF_OBJ(r));
    return WF_OBJ(r);
}

// seq * n and n * seq. When the list is the left operand, the right operand's own `*` is
// tried first (its __rmul__), as the number protocol runs before sequence repetition.
static wf_object_t *list_mul(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = WF_LIST_CHECK(a) ? a : b;
    wf_object_t *num = seq == a ? b : a;
    wf_ssize_t n = 0;
    if (seq == a && has_own_binop(WF_TYPE(num), WF_BINOP_MUL, list_mul)) {
        wf_object_t *r = WF_TYPE(num)->binop[WF_BINOP_MUL](a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    int st = repeat_count(num, &n);
    if (st < 0) {
        return NULL;
    }
    if (st > 0) {
        return wf_err_format(&wf_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                             num);
    }
    return list_repeat(seq, n);
}

static wf_object_t *list_iadd(wf_object_t *a, wf_object_t *b) {
    if (!WF_LIST_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (wf_list_extend(a, b) < 0) {
        return NULL;
    }
    return wf_newref(a);
}

static wf_object_t *list_imul(wf_object_t *a, wf_object_t *b) {
    if (!WF_LIST_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_ssize_t n = 0;
    int st = repeat_count(b, &n);
    if (st < 0) {
        return NULL;
    }
    if (st > 0) {
        return wf_err_format(&wf_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                             b);
    }
    int r = 0;
    WF_BEGIN_CRITICAL(a);
    wf_ssize_t size = WF_SIZE(a);
    if (n <= 0) {
        list_clear_locked(L(a));
    } else if (n > 1 && size > 0) {
        if (size > WF_SSIZE_MAX / n) {
            wf_err_nomemory();
            r = -1;
        } else if (list_resize_locked(L(a), size * n) < 0) {
            r = -1;
        } else {
            wf_object_t **items = L(a)->items;
            for (wf_ssize_t j = 1; j < n; j++) {
                for (wf_ssize_t i = 0; i < size; i++) {
                    items[j * size + i] = wf_newref(items[i]);
                }
            }
        }
    }
    WF_END_CRITICAL(a);
    if (r < 0) {
        return NULL;
    }
    return wf_newref(a);
}

// ---------------------------------------------------------------------------------------
// Methods.

// Argument converted like a C Py_ssize_t parameter (__index__, OverflowError when huge).
static int ssize_arg(wf_object_t *o, wf_ssize_t *out) {
    wf_object_t *i = wf_index(o);
    if (i == NULL) {
        return -1;
    }
    wf_ssize_t v = wf_int_as_ssize(i);
    WF_DECREF(i);
    if (v == -1 && wf_err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

static wf_object_t *list_append_meth(wf_object_t *self, wf_object_t *v) {
    if (wf_list_append(self, v) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *list_extend_meth(wf_object_t *self, wf_object_t *v) {
    if (wf_list_extend(self, v) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *list_insert_meth(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs) {
    wf_ssize_t i;
    if (wf_check_nargs("insert", nargs, 2, 2) < 0 || ssize_arg(args[0], &i) < 0) {
        return NULL;
    }
    if (wf_list_insert(self, i, args[1]) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *list_pop_meth(wf_object_t *self, wf_object_t *const *args,
                                  wf_ssize_t nargs) {
    wf_ssize_t i = -1;
    if (wf_check_nargs("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && ssize_arg(args[0], &i) < 0) {
        return NULL;
    }
    wf_object_t *v = NULL;
    int err = 0;
    WF_BEGIN_CRITICAL(self);
    wf_ssize_t n = WF_SIZE(self);
    if (n == 0) {
        err = 1;
    } else {
        if (i < 0) {
            i += n;
        }
        if ((size_t)i >= (size_t)n) {
            err = 2;
        } else {
            wf_object_t **items = L(self)->items;
            v = items[i];
            memmove(&items[i], &items[i + 1], (size_t)(n - i - 1) * PTRSIZE);
            (void)list_resize_locked(L(self), n - 1);
        }
    }
    WF_END_CRITICAL(self);
    if (err == 1) {
        return wf_err_set_string(&wf_exc_IndexError, "pop from empty list");
    }
    if (err == 2) {
        return wf_err_set_string(&wf_exc_IndexError, "pop index out of range");
    }
    return v;
}

static wf_object_t *list_remove_meth(wf_object_t *self, wf_object_t *value) {
    for (wf_ssize_t i = 0;; i++) {
        wf_object_t *item = wf_list_get_ref(self, i);
        if (item == NULL) {
            break;
        }
        int cmp = wf_richcompare_bool(item, value, WF_EQ);
        WF_DECREF(item);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            if (wf_list_set_slice(self, i, i + 1, NULL) < 0) {
                return NULL;
            }
            WF_RETURN_NONE;
        }
    }
    return wf_err_set_string(&wf_exc_ValueError, "list.remove(x): x not in list");
}

static wf_object_t *list_index_meth(wf_object_t *self, wf_object_t *const *args,
                                    wf_ssize_t nargs) {
    wf_ssize_t start = 0, stop = WF_SSIZE_MAX;
    if (wf_check_nargs("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (nargs > 1 && !wf_slice_index(args[1], &start, 0)) {
        return NULL;
    }
    if (nargs > 2 && !wf_slice_index(args[2], &stop, 0)) {
        return NULL;
    }
    if (start < 0) {
        start += WF_SIZE(self);
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += WF_SIZE(self);
    }
    for (wf_ssize_t i = start; i < stop; i++) {
        wf_object_t *item = wf_list_get_ref(self, i);
        if (item == NULL) {
            break;
        }
        int cmp = wf_richcompare_bool(item, args[0], WF_EQ);
        WF_DECREF(item);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            return wf_int_from_ssize(i);
        }
    }
    return wf_err_format(&wf_exc_ValueError, "%R is not in list", args[0]);
}

static wf_object_t *list_count_meth(wf_object_t *self, wf_object_t *value) {
    wf_ssize_t count = 0;
    for (wf_ssize_t i = 0;; i++) {
        wf_object_t *item = wf_list_get_ref(self, i);
        if (item == NULL) {
            break;
        }
        int cmp = item == value ? 1 : wf_richcompare_bool(item, value, WF_EQ);
        WF_DECREF(item);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    return wf_int_from_ssize(count);
}

static wf_object_t *list_clear_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_list_clear(self);
    WF_RETURN_NONE;
}

static wf_object_t *list_copy_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_list_get_slice(self, 0, WF_SSIZE_MAX);
}

static wf_object_t *list_reverse_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_list_reverse(self);
    WF_RETURN_NONE;
}

static wf_object_t *list_sort_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    wf_object_t *out[2] = {NULL, NULL};
    if (nargs > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "sort() takes no positional arguments");
    }
    if (wf_parse_args("sort", args, nargs, kwnames, names, 0, 0, out) < 0) {
        return NULL;
    }
    int reverse = 0;
    if (out[1] != NULL) {
        reverse = wf_truthy(out[1]);
        if (reverse < 0) {
            return NULL;
        }
    }
    wf_object_t *key = out[0] == WF_NONE ? NULL : out[0];
    if (wf_list_sort(self, key, reverse) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *list_reversed_meth(wf_object_t *self, wf_object_t *unused);

static wf_object_t *list_sizeof_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_int_from_ssize(WF_TYPE(self)->basicsize + L(self)->allocated * (wf_ssize_t)PTRSIZE);
}

static wf_object_t *list_getitem_meth(wf_object_t *self, wf_object_t *key) {
    return list_subscript(self, key);
}

// ---------------------------------------------------------------------------------------
// Construction.

static wf_object_t *list_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)args;
    (void)kwargs;
    wf_object_t *self = wf_type_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    L(self)->items = NULL;
    L(self)->allocated = 0;
    WF_SET_SIZE(self, 0);
    wf_gc_track(self);
    return self;
}

static int list_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if ((WF_TYPE(self) == &wf_list_type || WF_TYPE(self)->new == list_new) && kwargs != NULL &&
        wf_dict_size(kwargs) > 0) {
        return wf_err_format_int(&wf_exc_TypeError, "list() takes no keyword arguments");
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 1) {
        return wf_err_format_int(&wf_exc_TypeError, "list expected at most 1 argument, got %zd",
                                 nargs);
    }
    if (WF_SIZE(self) > 0) {
        wf_list_clear(self);
    }
    if (nargs == 1) {
        return wf_list_extend(self, WF_TUPLE_GET(args, 0));
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Iterators.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *seq;  // NULL once exhausted
} list_iter_t;

static wf_object_t *list_iter(wf_object_t *self) {
    list_iter_t *it = (list_iter_t *)wf_object_alloc(&wf_list_iter_type, sizeof(list_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = wf_newref(self);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static void listiter_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, listiter_dealloc)) {
        return;
    }
    WF_XDECREF(((list_iter_t *)o)->seq);
    wf_object_free(o);
    wf_list_trash_end();
}

static int listiter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_object_t *seq = ((list_iter_t *)o)->seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

static wf_object_t *listiter_next(wf_object_t *o) {
    list_iter_t *it = (list_iter_t *)o;
    wf_object_t *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    wf_object_t *item = wf_list_get_ref(seq, it->index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    it->seq = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *listiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    list_iter_t *it = (list_iter_t *)o;
    wf_ssize_t n = 0;
    if (it->seq != NULL) {
        n = WF_SIZE(it->seq) - it->index;
        if (n < 0) {
            n = 0;
        }
    }
    return wf_int_from_ssize(n);
}

static wf_object_t *list_reversed_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    list_iter_t *it =
        (list_iter_t *)wf_object_alloc(&wf_list_reverseiter_type, sizeof(list_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->index = WF_SIZE(self) - 1;
    it->seq = wf_newref(self);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static wf_object_t *listrevit_next(wf_object_t *o) {
    list_iter_t *it = (list_iter_t *)o;
    wf_object_t *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index >= 0) {
        wf_object_t *item = wf_list_get_ref(seq, it->index);
        if (item != NULL) {
            it->index--;
            return item;
        }
    }
    it->index = -1;
    it->seq = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *listrevit_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    list_iter_t *it = (list_iter_t *)o;
    wf_ssize_t n = 0;
    if (it->seq != NULL && it->index < WF_SIZE(it->seq)) {
        n = it->index + 1;
    }
    return wf_int_from_ssize(n);
}

// ---------------------------------------------------------------------------------------
// Type objects.

static wf_method_def_t list_methods[] = {
    {"__getitem__", {.o = list_getitem_meth}, WF_METH_O | WF_METH_COEXIST,
     "Return self[index]."},
    {"__reversed__", {.noargs = list_reversed_meth}, WF_METH_NOARGS,
     "Return a reverse iterator over the list."},
    {"__sizeof__", {.noargs = list_sizeof_meth}, WF_METH_NOARGS,
     "Return the size of the list in memory, in bytes."},
    {"clear", {.noargs = list_clear_meth}, WF_METH_NOARGS, "Remove all items from list."},
    {"copy", {.noargs = list_copy_meth}, WF_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", {.o = list_append_meth}, WF_METH_O, "Append object to the end of the list."},
    {"insert", {.fast = list_insert_meth}, WF_METH_FASTCALL, "Insert object before index."},
    {"extend", {.o = list_extend_meth}, WF_METH_O,
     "Extend list by appending elements from the iterable."},
    {"pop", {.fast = list_pop_meth}, WF_METH_FASTCALL,
     "Remove and return item at index (default last)."},
    {"remove", {.o = list_remove_meth}, WF_METH_O, "Remove first occurrence of value."},
    {"index", {.fast = list_index_meth}, WF_METH_FASTCALL,
     "Return first index of value."},
    {"count", {.o = list_count_meth}, WF_METH_O, "Return number of occurrences of value."},
    {"reverse", {.noargs = list_reverse_meth}, WF_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", {.fastkw = list_sort_meth}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "Sort the list in ascending order and return None."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS,
     "See PEP 585"},
    {0},
};

wf_type_t wf_list_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "list",
    .basicsize = sizeof(wf_list_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_LIST_SUBCLASS |
             WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a "
           "new empty list.\nThe argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_gc_clear,
    .new = list_new,
    .init = list_init,
    .repr = list_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .binop = {[WF_BINOP_ADD] = list_add, [WF_BINOP_MUL] = list_mul},
    .inplace = {[WF_BINOP_ADD] = list_iadd, [WF_BINOP_MUL] = list_imul},
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .methods = list_methods,
};

static wf_object_t *listiter_reduce(wf_object_t *o, wf_object_t *unused) {
    list_iter_t *it = (list_iter_t *)o;
    return wf_iter_reduce_indexed(NULL, it->seq, it->index, it->seq == NULL ? wf_list_new(0) : NULL);
}

// A negative index leaves the iterator exhausted, as CPython's list iterator does.
static wf_object_t *listiter_setstate(wf_object_t *o, wf_object_t *state) {
    list_iter_t *it = (list_iter_t *)o;
    wf_ssize_t i;
    if (wf_iter_setstate_index(state, -1, it->seq != NULL ? WF_SIZE(it->seq) : 0, &i) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = i;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t listiter_methods[] = {
    {"__reduce__", {.noargs = listiter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = listiter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {"__length_hint__", {.noargs = listiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_list_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "list_iterator",
    .basicsize = sizeof(list_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

static wf_object_t *listrevit_reduce(wf_object_t *o, wf_object_t *unused) {
    list_iter_t *it = (list_iter_t *)o;
    return wf_iter_reduce_indexed(WF_OBJ(&wf_reversed_type), it->seq, it->index,
                                  it->seq == NULL ? wf_list_new(0) : NULL);
}

static wf_object_t *listrevit_setstate(wf_object_t *o, wf_object_t *state) {
    list_iter_t *it = (list_iter_t *)o;
    wf_ssize_t i;
    if (wf_iter_setstate_index(state, -1, it->seq != NULL ? WF_SIZE(it->seq) - 1 : -1, &i) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = i;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t listrevit_methods[] = {
    {"__reduce__", {.noargs = listrevit_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = listrevit_setstate}, WF_METH_O, "Set state information for unpickling."},
    {"__length_hint__", {.noargs = listrevit_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_list_reverseiter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(list_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = listiter_dealloc,
    .traverse = listiter_traverse,
    .iter = self_iter,
    .iternext = listrevit_next,
    .methods = listrevit_methods,
};
