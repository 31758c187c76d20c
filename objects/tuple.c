// tuple: an immutable array of references, and its iterator.
//
// The empty tuple is one static immortal object. A tuple from wf_tuple_new() has NULL
// slots until its creator fills them, so traverse and dealloc tolerate NULL. The hash is
// CPython's xxHash-based tuple hash (so sets and dicts keyed by tuples iterate in the same
// order as CPython's) and is cached in the `hash` field (-1 = not computed yet); tuples
// are immutable, so once computed it stays valid.
#include "objects/tuple.h"

#include "objects/abstract.h"
#include "objects/iter.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/genericalias.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stdarg.h>

#define T(o) ((wf_tuple_t *)(o))
#define PTRSIZE sizeof(wf_object_t *)

static wf_tuple_t empty_tuple = {.ob_base = WF_STATIC_VARHEAD(&wf_tuple_type, 0), .hash = -1};

// Per-thread free lists of exact tuples by size (1..FREELIST_MAXSIZE), chained through
// items[0]. Small tuples are created and dropped constantly (argument packs, multiple
// return values, dict items), so reusing them saves most allocator calls.
enum { FREELIST_MAXSIZE = 20, FREELIST_MAXLEN = 2000 };
static WF_THREAD_LOCAL wf_tuple_t *free_tuples[FREELIST_MAXSIZE + 1];
static WF_THREAD_LOCAL int free_counts[FREELIST_MAXSIZE + 1];

static wf_tuple_t *tuple_alloc(wf_ssize_t n) {
    size_t bytes;
    if (n <= FREELIST_MAXSIZE && free_tuples[n] != NULL) {
        wf_tuple_t *t = free_tuples[n];
        free_tuples[n] = (wf_tuple_t *)t->items[0];
        free_counts[n]--;
        memset(t->items, 0, (size_t)n * PTRSIZE);
        wf_object_init_header(WF_OBJ(t), &wf_tuple_type);
        WF_SET_SIZE(t, n);
        t->hash = -1;
        return t;
    }
    if ((size_t)n > ((size_t)WF_SSIZE_MAX - sizeof(wf_tuple_t)) / PTRSIZE) {
        return (wf_tuple_t *)wf_err_nomemory();
    }
    bytes = sizeof(wf_tuple_t) + (size_t)n * PTRSIZE;
    wf_tuple_t *t = (wf_tuple_t *)wf_object_alloc(&wf_tuple_type, bytes);
    if (t == NULL) {
        return NULL;
    }
    WF_SET_SIZE(t, n);
    t->hash = -1;
    return t;
}

wf_object_t *wf_tuple_new(wf_ssize_t n) {
    if (n == 0) {
        return WF_OBJ(&empty_tuple);
    }
    if (n < 0) {
        return wf_err_bad_internal_call("wf_tuple_new");
    }
    wf_tuple_t *t = tuple_alloc(n);
    if (t == NULL) {
        return NULL;
    }
    wf_gc_track(WF_OBJ(t));
    return WF_OBJ(t);
}

wf_object_t *wf_tuple_from_array(wf_object_t *const *items, wf_ssize_t n) {
    wf_object_t *t = wf_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        T(t)->items[i] = wf_newref(items[i]);
    }
    return t;
}

wf_object_t *wf_tuple_from_array_steal(wf_object_t *const *items, wf_ssize_t n) {
    wf_object_t *t = wf_tuple_new(n);
    if (t == NULL) {
        for (wf_ssize_t i = 0; i < n; i++) {
            WF_DECREF(items[i]);
        }
        return NULL;
    }
    memcpy(T(t)->items, items, (size_t)n * PTRSIZE);
    return t;
}

wf_object_t *wf_tuple_pack(wf_ssize_t n, ...) {
    va_list ap;
    wf_object_t *t = wf_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    va_start(ap, n);
    for (wf_ssize_t i = 0; i < n; i++) {
        T(t)->items[i] = wf_newref(va_arg(ap, wf_object_t *));
    }
    va_end(ap);
    return t;
}

wf_object_t *wf_tuple_slice(wf_object_t *t, wf_ssize_t start, wf_ssize_t stop) {
    wf_ssize_t n = WF_TUPLE_SIZE(t);
    if (start < 0) {
        start = 0;
    }
    if (stop > n) {
        stop = n;
    }
    if (stop < start) {
        stop = start;
    }
    if (start == 0 && stop == n && WF_TUPLE_CHECK_EXACT(t)) {
        return wf_newref(t);
    }
    return wf_tuple_from_array(T(t)->items + start, stop - start);
}

static void tuple_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, tuple_dealloc)) {
        return;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(o);
    for (wf_ssize_t i = n; --i >= 0;) {
        WF_XDECREF(T(o)->items[i]);
    }
    if (n <= FREELIST_MAXSIZE && free_counts[n] < FREELIST_MAXLEN && WF_TUPLE_CHECK_EXACT(o)) {
        T(o)->items[0] = WF_OBJ(free_tuples[n]);
        free_tuples[n] = T(o);
        free_counts[n]++;
    } else {
        wf_object_free(o);
    }
    wf_list_trash_end();
}

static int tuple_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    for (wf_ssize_t i = WF_TUPLE_SIZE(o); --i >= 0;) {
        wf_object_t *v = T(o)->items[i];
        if (v != NULL) {
            int r = visit(v, arg);
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Hash: xxHash's mixing of 64-bit lanes, one lane per item hash, as CPython 3.8+.

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static wf_hash_t tuple_hash(wf_object_t *o);

// Compute and cache the hashes of the exact tuples nested in `o` (at any depth), children
// before parents, with an explicit stack: hashing a deeply nested tuple then never
// recurses more than one level in C. 0 / -1.
static int prehash_nested(wf_object_t *o) {
    typedef struct {
        wf_object_t *t;
        wf_ssize_t next;
    } frame_t;
    frame_t small[32];
    frame_t *stack = small;
    wf_ssize_t depth = 0, cap = 32;
    int r = 0;
    stack[depth++] = (frame_t){o, 0};
    while (depth > 0) {
        frame_t *f = &stack[depth - 1];
        wf_object_t *child = NULL;
        while (f->next < WF_TUPLE_SIZE(f->t)) {
            wf_object_t *item = T(f->t)->items[f->next++];
            if (WF_TUPLE_CHECK_EXACT(item) && T(item)->hash == -1) {
                child = item;
                break;
            }
        }
        if (child == NULL) {
            // Every nested tuple of f->t is hashed: hashing it recurses no further.
            wf_object_t *done = f->t;
            depth--;
            if (done != o && tuple_hash(done) == -1) {
                r = -1;
                break;
            }
            continue;
        }
        if (depth == cap) {
            frame_t *grown = wf_mem_alloc((size_t)cap * 2 * sizeof(frame_t));
            if (grown == NULL) {
                wf_err_nomemory();
                r = -1;
                break;
            }
            memcpy(grown, stack, (size_t)depth * sizeof(frame_t));
            if (stack != small) {
                wf_mem_free(stack);
            }
            stack = grown;
            cap *= 2;
        }
        stack[depth++] = (frame_t){child, 0};
    }
    if (stack != small) {
        wf_mem_free(stack);
    }
    return r;
}

// Nesting depth of tuple hashing in progress on this thread. Past NEST_LIMIT levels the
// remaining nested tuples are hashed bottom-up by prehash_nested instead of recursively
// (which keeps the usual left-to-right order of __hash__ calls for ordinary nesting).
enum { NEST_LIMIT = 50 };
static WF_THREAD_LOCAL int hash_nesting;

static wf_hash_t tuple_hash(wf_object_t *o) {
    wf_hash_t cached = WF_ATOMIC_LOAD_RELAXED(&T(o)->hash);
    if (cached != -1) {
        return cached;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(o);
    if (hash_nesting >= NEST_LIMIT) {
        for (wf_ssize_t i = 0; i < n; i++) {
            wf_object_t *item = T(o)->items[i];
            if (WF_TUPLE_CHECK_EXACT(item) && T(item)->hash == -1) {
                if (prehash_nested(o) < 0) {
                    return -1;
                }
                break;
            }
        }
    }
    uint64_t acc = XXPRIME_5;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *item = T(o)->items[i];
        wf_hash_t h;
        if (WF_TUPLE_CHECK_EXACT(item)) {
            hash_nesting++;
            h = tuple_hash(item);
            hash_nesting--;
        } else if (WF_TUPLE_CHECK(item)) {
            // Subclass instances hash through their type and may nest: bound the C depth.
            if (wf_enter_recursive_call(" while hashing a tuple") < 0) {
                return -1;
            }
            h = wf_hash(item);
            wf_leave_recursive_call();
        } else {
            h = wf_hash(item);
        }
        if (h == -1) {
            return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        acc = 1546275796;
    }
    WF_ATOMIC_STORE_RELAXED(&T(o)->hash, (wf_hash_t)acc);
    return (wf_hash_t)acc;
}

// ---------------------------------------------------------------------------------------
// Protocol slots.

static wf_ssize_t tuple_len(wf_object_t *o) {
    return WF_TUPLE_SIZE(o);
}

static wf_object_t *tuple_repr(wf_object_t *o) {
    wf_ssize_t n = WF_TUPLE_SIZE(o);
    if (n == 0) {
        return wf_str_from_cstr("()");
    }
    int st = wf_list_repr_enter(o);
    if (st != 0) {
        return st > 0 ? wf_str_from_cstr("(...)") : NULL;
    }
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, "(");
    for (wf_ssize_t i = 0; i < n && !sb.failed; i++) {
        if (i > 0) {
            wf_strbuf_append_cstr(&sb, ", ");
        }
        wf_strbuf_append_repr(&sb, T(o)->items[i]);
    }
    wf_strbuf_append_cstr(&sb, n == 1 ? ",)" : ")");
    wf_list_repr_leave(o);
    return wf_strbuf_finish(&sb);
}

static wf_object_t *cmp_sizes(wf_ssize_t a, wf_ssize_t b, int op) {
    int r;
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

static wf_object_t *tuple_richcompare(wf_object_t *v, wf_object_t *w, int op) {
    if (!WF_TUPLE_CHECK(v) || !WF_TUPLE_CHECK(w)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_ssize_t vn = WF_TUPLE_SIZE(v), wn = WF_TUPLE_SIZE(w);
    wf_ssize_t i;
    // Find the first index where the items differ.
    for (i = 0; i < vn && i < wn; i++) {
        int k = wf_richcompare_bool(T(v)->items[i], T(w)->items[i], WF_EQ);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vn || i >= wn) {
        return cmp_sizes(vn, wn, op);
    }
    if (op == WF_EQ) {
        return WF_FALSE;
    }
    if (op == WF_NE) {
        return WF_TRUE;
    }
    return wf_richcompare(T(v)->items[i], T(w)->items[i], op);
}

static int tuple_contains(wf_object_t *o, wf_object_t *value) {
    wf_ssize_t n = WF_TUPLE_SIZE(o);
    for (wf_ssize_t i = 0; i < n; i++) {
        int cmp = wf_richcompare_bool(T(o)->items[i], value, WF_EQ);
        if (cmp != 0) {
            return cmp;
        }
    }
    return 0;
}

static wf_object_t *tuple_item(wf_object_t *o, wf_ssize_t i) {
    if ((size_t)i >= (size_t)WF_TUPLE_SIZE(o)) {
        return wf_err_set_string(&wf_exc_IndexError, "tuple index out of range");
    }
    return wf_newref(T(o)->items[i]);
}

static wf_object_t *tuple_subscript(wf_object_t *o, wf_object_t *key) {
    int64_t small;
    if (wf_int_small_value_any(key, &small)) {
        if (small < 0) {
            small += WF_TUPLE_SIZE(o);
        }
        return tuple_item(o, (wf_ssize_t)small);
    }
    if (wf_index_check(key)) {
        wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
        if (i == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += WF_TUPLE_SIZE(o);
        }
        return tuple_item(o, i);
    }
    if (WF_SLICE_CHECK(key)) {
        wf_ssize_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) {
            return NULL;
        }
        wf_ssize_t len = wf_slice_adjust(WF_TUPLE_SIZE(o), &start, &stop, step);
        if (len <= 0) {
            return wf_tuple_new(0);
        }
        if (step == 1) {
            return wf_tuple_slice(o, start, start + len);
        }
        wf_object_t *r = wf_tuple_new(len);
        if (r == NULL) {
            return NULL;
        }
        for (wf_ssize_t i = 0, cur = start; i < len; i++, cur += step) {
            T(r)->items[i] = wf_newref(T(o)->items[cur]);
        }
        return r;
    }
    return wf_err_format(&wf_exc_TypeError, "tuple indices must be integers or slices, not %T",
                         key);
}

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

static wf_object_t *tuple_concat(wf_object_t *a, wf_object_t *b) {
    wf_ssize_t na = WF_TUPLE_SIZE(a), nb = WF_TUPLE_SIZE(b);
    if (nb == 0 && WF_TUPLE_CHECK_EXACT(a)) {
        return wf_newref(a);
    }
    if (na == 0 && WF_TUPLE_CHECK_EXACT(b)) {
        return wf_newref(b);
    }
    if (na > WF_SSIZE_MAX - nb) {
        return wf_err_nomemory();
    }
    wf_object_t *r = wf_tuple_new(na + nb);
    if (r == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < na; i++) {
        T(r)->items[i] = wf_newref(T(a)->items[i]);
    }
    for (wf_ssize_t i = 0; i < nb; i++) {
        T(r)->items[na + i] = wf_newref(T(b)->items[i]);
    }
    return r;
}

static wf_object_t *tuple_add(wf_object_t *a, wf_object_t *b) {
    if (!WF_TUPLE_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (WF_TUPLE_CHECK(b)) {
        return tuple_concat(a, b);
    }
    // The right operand's own + (its __radd__) runs before the sequence concatenation fails.
    if (has_own_binop(WF_TYPE(b), WF_BINOP_ADD, tuple_add)) {
        wf_object_t *r = WF_TYPE(b)->binop[WF_BINOP_ADD](a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    return wf_err_format(&wf_exc_TypeError, "can only concatenate tuple (not \"%T\") to tuple",
                         b);
}

static wf_object_t *tuple_repeat(wf_object_t *a, wf_ssize_t n) {
    wf_ssize_t size = WF_TUPLE_SIZE(a);
    if (WF_TUPLE_CHECK_EXACT(a) && (n == 1 || size == 0)) {
        return wf_newref(a);
    }
    if (n <= 0 || size == 0) {
        return wf_tuple_new(0);
    }
    if (size > WF_SSIZE_MAX / n) {
        return wf_err_nomemory();
    }
    wf_object_t *r = wf_tuple_new(size * n);
    if (r == NULL) {
        return NULL;
    }
    wf_object_t **dst = T(r)->items;
    for (wf_ssize_t j = 0; j < n; j++) {
        for (wf_ssize_t i = 0; i < size; i++) {
            *dst++ = wf_newref(T(a)->items[i]);
        }
    }
    return r;
}

static wf_object_t *tuple_mul(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = WF_TUPLE_CHECK(a) ? a : b;
    wf_object_t *num = seq == a ? b : a;
    if (seq == a && has_own_binop(WF_TYPE(num), WF_BINOP_MUL, tuple_mul)) {
        wf_object_t *r = WF_TYPE(num)->binop[WF_BINOP_MUL](a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (!wf_index_check(num)) {
        return wf_err_format(&wf_exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                             num);
    }
    wf_ssize_t n = wf_list_index_to_ssize(num);
    if (n == -1 && wf_err_occurred()) {
        return NULL;
    }
    return tuple_repeat(seq, n);
}

// ---------------------------------------------------------------------------------------
// Methods.

static wf_object_t *tuple_index_meth(wf_object_t *self, wf_object_t *const *args,
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
    wf_ssize_t n = WF_TUPLE_SIZE(self);
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += n;
    } else if (stop > n) {
        stop = n;
    }
    for (wf_ssize_t i = start; i < stop; i++) {
        int cmp = wf_richcompare_bool(T(self)->items[i], args[0], WF_EQ);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            return wf_int_from_ssize(i);
        }
    }
    return wf_err_set_string(&wf_exc_ValueError, "tuple.index(x): x not in tuple");
}

static wf_object_t *tuple_count_meth(wf_object_t *self, wf_object_t *value) {
    wf_ssize_t count = 0, n = WF_TUPLE_SIZE(self);
    for (wf_ssize_t i = 0; i < n; i++) {
        int cmp = wf_richcompare_bool(T(self)->items[i], value, WF_EQ);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    return wf_int_from_ssize(count);
}

static wf_object_t *tuple_getnewargs(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *copy = wf_tuple_from_array(T(self)->items, WF_TUPLE_SIZE(self));
    if (copy == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(1, copy);
    WF_DECREF(copy);
    return r;
}

// ---------------------------------------------------------------------------------------
// Construction.

static wf_object_t *tuple_from_iterable(wf_object_t *iterable) {
    if (WF_TUPLE_CHECK_EXACT(iterable)) {
        return wf_newref(iterable);
    }
    if (WF_LIST_CHECK_EXACT(iterable)) {
        return wf_list_as_tuple(iterable);
    }
    wf_object_t *l = wf_list_new(0);
    if (l == NULL) {
        return NULL;
    }
    if (wf_list_extend(l, iterable) < 0) {
        WF_DECREF(l);
        return NULL;
    }
    wf_object_t *t = wf_list_as_tuple(l);
    WF_DECREF(l);
    return t;
}

static wf_object_t *tuple_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if ((type == &wf_tuple_type || type->init == wf_tuple_type.init) && kwargs != NULL &&
        wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "tuple() takes no keyword arguments");
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 1) {
        return wf_err_format(&wf_exc_TypeError, "tuple expected at most 1 argument, got %zd",
                             nargs);
    }
    wf_object_t *base = nargs == 0 ? wf_tuple_new(0) : tuple_from_iterable(T(args)->items[0]);
    if (base == NULL || type == &wf_tuple_type) {
        return base;
    }
    // A subclass instance: same items in an object of the subclass's layout.
    wf_ssize_t n = WF_TUPLE_SIZE(base);
    wf_object_t *self = wf_type_alloc(type, n);
    if (self == NULL) {
        WF_DECREF(base);
        return NULL;
    }
    T(self)->hash = -1;
    for (wf_ssize_t i = 0; i < n; i++) {
        T(self)->items[i] = wf_newref(T(base)->items[i]);
    }
    WF_DECREF(base);
    wf_gc_track(self);
    return self;
}

// ---------------------------------------------------------------------------------------
// Iterator.

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *seq;  // NULL once exhausted
} tuple_iter_t;

static wf_object_t *tuple_iter(wf_object_t *self) {
    tuple_iter_t *it =
        (tuple_iter_t *)wf_object_alloc(&wf_tuple_iter_type, sizeof(tuple_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = wf_newref(self);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static void tupleiter_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, tupleiter_dealloc)) {
        return;
    }
    WF_XDECREF(((tuple_iter_t *)o)->seq);
    wf_object_free(o);
    wf_list_trash_end();
}

static int tupleiter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_object_t *seq = ((tuple_iter_t *)o)->seq;
    return seq != NULL ? visit(seq, arg) : 0;
}

static wf_object_t *tupleiter_next(wf_object_t *o) {
    tuple_iter_t *it = (tuple_iter_t *)o;
    wf_object_t *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < WF_TUPLE_SIZE(seq)) {
        return wf_newref(T(seq)->items[it->index++]);
    }
    it->seq = NULL;
    WF_DECREF(seq);
    return NULL;
}

static wf_object_t *tupleiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    tuple_iter_t *it = (tuple_iter_t *)o;
    wf_ssize_t n = it->seq != NULL ? WF_TUPLE_SIZE(it->seq) - it->index : 0;
    return wf_int_from_ssize(n);
}

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

// ---------------------------------------------------------------------------------------
// Type objects.

static wf_method_def_t tuple_methods[] = {
    {"__getnewargs__", {.noargs = tuple_getnewargs}, WF_METH_NOARGS, NULL},
    {"index", {.fast = tuple_index_meth}, WF_METH_FASTCALL, "Return first index of value."},
    {"count", {.o = tuple_count_meth}, WF_METH_O, "Return number of occurrences of value."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {0},
};

wf_type_t wf_tuple_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "tuple",
    .basicsize = sizeof(wf_tuple_t),
    .itemsize = sizeof(wf_object_t *),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_TUPLE_SUBCLASS |
             WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .new = tuple_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .binop = {[WF_BINOP_ADD] = tuple_add, [WF_BINOP_MUL] = tuple_mul},
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .methods = tuple_methods,
};

static wf_object_t *tupleiter_reduce(wf_object_t *o, wf_object_t *unused) {
    tuple_iter_t *it = (tuple_iter_t *)o;
    return wf_iter_reduce_indexed(NULL, it->seq, it->index, it->seq == NULL ? wf_tuple_new(0) : NULL);
}

static wf_object_t *tupleiter_setstate(wf_object_t *o, wf_object_t *state) {
    tuple_iter_t *it = (tuple_iter_t *)o;
    wf_ssize_t i;
    if (wf_iter_setstate_index(state, 0, it->seq != NULL ? WF_SIZE(it->seq) : 0, &i) < 0) {
        return NULL;
    }
    if (it->seq != NULL) {
        it->index = i;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t tupleiter_methods[] = {
    {"__reduce__", {.noargs = tupleiter_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", {.o = tupleiter_setstate}, WF_METH_O, "Set state information for unpickling."},
    {"__length_hint__", {.noargs = tupleiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_tuple_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "tuple_iterator",
    .basicsize = sizeof(tuple_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};
