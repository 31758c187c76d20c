// collections.deque and its two iterators.
//
// Items live in a doubly linked list of blocks of BLOCKLEN slots. The first item is
// leftblock->data[leftindex], the last rightblock->data[rightindex]; both indices are
// inclusive and lie in [0, BLOCKLEN). An empty deque keeps one block with
// leftindex == rightindex + 1. A block leaves the list as soon as its last item does, so
// with two or more blocks every block holds at least one item (and a deque of at most one
// item has a single block). Blocks that leave go to a small per-deque cache first, so a
// queue that keeps moving through fresh blocks rarely calls the allocator.
//
// `state` changes whenever the indices move (appends, pops, rotations, clears). Iterators
// and the scanning methods (count, index, remove, __contains__) remember it and raise
// "deque mutated during iteration" when it differs after Python code ran. Replacing an
// item (d[i] = x) and reverse() leave it alone, as in CPython.
//
// Locking: the blocks are only touched inside WF_BEGIN_CRITICAL(d); the size is written
// with WF_SET_SIZE and read with WF_SIZE, so len() takes no lock. Python code (item
// comparisons, the iteration of an argument, destructors of released items) always runs
// with the lock released: scans re-take it for every item and re-check `state`, and items
// pushed out by maxlen or removed are released after unlocking.
#include "objects/deque.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

enum { BLOCKLEN = 64, CENTER = (BLOCKLEN - 1) / 2, MAXFREEBLOCKS = 16 };

typedef struct block {
    struct block *leftlink;   // NULL at the left end
    wf_object_t *data[BLOCKLEN];
    struct block *rightlink;  // NULL at the right end
} block_t;

typedef struct {
    WF_VAROBJECT_HEAD         // ob_size = number of items
    block_t *leftblock;
    block_t *rightblock;
    wf_ssize_t leftindex;
    wf_ssize_t rightindex;
    size_t state;
    wf_ssize_t maxlen;        // -1: unbounded
    wf_ssize_t numfree;
    block_t *freeblocks[MAXFREEBLOCKS];
} deque_t;

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *deque;
    block_t *b;               // block and slot of the next item
    wf_ssize_t index;
    size_t state;             // the deque's state when the iterator was made
    wf_ssize_t counter;       // items left
} deque_iter_t;

#define DQ(o) ((deque_t *)(o))

// One unsigned test for 0 <= maxlen < size (maxlen -1 never trims).
#define NEEDS_TRIM(d) ((size_t)(d)->maxlen < (size_t)WF_SIZE(d))

static wf_object_t *mutated_error(void) {
    return wf_err_set_string(&wf_exc_RuntimeError, "deque mutated during iteration");
}

// ---------------------------------------------------------------------------------------
// Blocks and the primitive moves. None of these touch reference counts or raise: the
// callers own the references they move and raise MemoryError themselves.

static block_t *block_new(deque_t *d) {
    if (d->numfree > 0) {
        return d->freeblocks[--d->numfree];
    }
    return wf_mem_alloc(sizeof(block_t));
}

static void block_free(deque_t *d, block_t *b) {
    if (d->numfree < MAXFREEBLOCKS) {
        d->freeblocks[d->numfree++] = b;
    } else {
        wf_mem_free(b);
    }
}

// Store `item` after the last item; the deque takes the reference. -1 when no block
// could be had (nothing changed).
static int push_right_locked(deque_t *d, wf_object_t *item) {
    if (d->rightindex == BLOCKLEN - 1) {
        block_t *b = block_new(d);
        if (b == NULL) {
            return -1;
        }
        b->leftlink = d->rightblock;
        b->rightlink = NULL;
        d->rightblock->rightlink = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->rightblock->data[++d->rightindex] = item;
    WF_SET_SIZE(d, WF_SIZE(d) + 1);
    return 0;
}

static int push_left_locked(deque_t *d, wf_object_t *item) {
    if (d->leftindex == 0) {
        block_t *b = block_new(d);
        if (b == NULL) {
            return -1;
        }
        b->rightlink = d->leftblock;
        b->leftlink = NULL;
        d->leftblock->leftlink = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    d->leftblock->data[--d->leftindex] = item;
    WF_SET_SIZE(d, WF_SIZE(d) + 1);
    return 0;
}

// Unlink the last item and hand its reference to the caller. The deque is not empty.
static wf_object_t *take_right_locked(deque_t *d) {
    wf_object_t *item = d->rightblock->data[d->rightindex--];
    wf_ssize_t n = WF_SIZE(d) - 1;
    WF_SET_SIZE(d, n);
    if (d->rightindex < 0) {
        if (n > 0) {
            block_t *prev = d->rightblock->leftlink;
            block_free(d, d->rightblock);
            prev->rightlink = NULL;
            d->rightblock = prev;
            d->rightindex = BLOCKLEN - 1;
        } else {
            // Re-centre the only block rather than release it.
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
        }
    }
    return item;
}

static wf_object_t *take_left_locked(deque_t *d) {
    wf_object_t *item = d->leftblock->data[d->leftindex++];
    wf_ssize_t n = WF_SIZE(d) - 1;
    WF_SET_SIZE(d, n);
    if (d->leftindex == BLOCKLEN) {
        if (n > 0) {
            block_t *next = d->leftblock->rightlink;
            block_free(d, d->leftblock);
            next->leftlink = NULL;
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
        }
    }
    return item;
}

// Cursor steps over the chain (never past an end while items remain).
static inline void step_right(block_t **b, wf_ssize_t *i) {
    if (++*i == BLOCKLEN) {
        *b = (*b)->rightlink;
        *i = 0;
    }
}

static inline void step_left(block_t **b, wf_ssize_t *i) {
    if (--*i < 0) {
        *b = (*b)->leftlink;
        *i = BLOCKLEN - 1;
    }
}

// The block holding logical position i (0 <= i < size) and the slot inside it, walking
// from the nearer end.
static block_t *locate_locked(deque_t *d, wf_ssize_t i, wf_ssize_t *slot) {
    wf_ssize_t n = WF_SIZE(d);
    wf_ssize_t pos = d->leftindex + i;  // counted from slot 0 of the left block
    wf_ssize_t hops = pos / BLOCKLEN;
    block_t *b;
    *slot = pos % BLOCKLEN;
    if (i < (n >> 1)) {
        for (b = d->leftblock; hops > 0; hops--) {
            b = b->rightlink;
        }
    } else {
        hops = (d->leftindex + n - 1) / BLOCKLEN - hops;
        for (b = d->rightblock; hops > 0; hops--) {
            b = b->leftlink;
        }
    }
    return b;
}

// Release n items starting at slot `index` of `b`, then every block from b to the right
// end. The chain must already be unreachable from any deque.
static void release_chain(block_t *b, wf_ssize_t index, wf_ssize_t n) {
    while (b != NULL) {
        for (; n > 0 && index < BLOCKLEN; index++, n--) {
            WF_DECREF(b->data[index]);
        }
        block_t *next = b->rightlink;
        wf_mem_free(b);
        b = next;
        index = 0;
    }
}

// ---------------------------------------------------------------------------------------
// Locked operations.

// append/appendleft with the maxlen rule: the deque takes `item`; an item pushed out at
// the other end is stored in *out (else NULL) for the caller to release after unlocking.
// -1 with MemoryError set (item not taken).
static int append_locked(deque_t *d, wf_object_t *item, wf_object_t **out) {
    if (push_right_locked(d, item) < 0) {
        wf_err_nomemory();
        return -1;
    }
    *out = NEEDS_TRIM(d) ? take_left_locked(d) : NULL;
    d->state++;
    return 0;
}

static int appendleft_locked(deque_t *d, wf_object_t *item, wf_object_t **out) {
    if (push_left_locked(d, item) < 0) {
        wf_err_nomemory();
        return -1;
    }
    *out = NEEDS_TRIM(d) ? take_right_locked(d) : NULL;
    d->state++;
    return 0;
}

// Rotate n steps to the right (negative: left), moving item pointers between the ends.
// A block emptied at one end is reused at the other through the cache. 0 / -1
// (MemoryError; the deque is then rotated part of the way, still consistent).
static int rotate_locked(deque_t *d, wf_ssize_t n) {
    wf_ssize_t len = WF_SIZE(d), half = len >> 1;
    if (len <= 1) {
        return 0;
    }
    if (n > half || n < -half) {
        n %= len;
        if (n > half) {
            n -= len;
        } else if (n < -half) {
            n += len;
        }
    }
    d->state++;
    for (; n > 0; n--) {
        if (d->leftindex == 0) {
            block_t *b = block_new(d);
            if (b == NULL) {
                goto nomem;
            }
            b->rightlink = d->leftblock;
            b->leftlink = NULL;
            d->leftblock->leftlink = b;
            d->leftblock = b;
            d->leftindex = BLOCKLEN;
        }
        d->leftblock->data[--d->leftindex] = d->rightblock->data[d->rightindex--];
        // len >= 2 and the left block now holds an item, so an emptied right block is
        // never the left one.
        if (d->rightindex < 0) {
            block_t *prev = d->rightblock->leftlink;
            block_free(d, d->rightblock);
            prev->rightlink = NULL;
            d->rightblock = prev;
            d->rightindex = BLOCKLEN - 1;
        }
    }
    for (; n < 0; n++) {
        if (d->rightindex == BLOCKLEN - 1) {
            block_t *b = block_new(d);
            if (b == NULL) {
                goto nomem;
            }
            b->leftlink = d->rightblock;
            b->rightlink = NULL;
            d->rightblock->rightlink = b;
            d->rightblock = b;
            d->rightindex = -1;
        }
        d->rightblock->data[++d->rightindex] = d->leftblock->data[d->leftindex++];
        if (d->leftindex == BLOCKLEN) {
            block_t *next = d->leftblock->rightlink;
            block_free(d, d->leftblock);
            next->leftlink = NULL;
            d->leftblock = next;
            d->leftindex = 0;
        }
    }
    return 0;
nomem:
    wf_err_nomemory();
    return -1;
}

// Remove the item at position i (0 <= i < size) by shifting the shorter side over it;
// returns its reference. Never allocates.
static wf_object_t *del_item_locked(deque_t *d, wf_ssize_t i) {
    wf_ssize_t n = WF_SIZE(d), slot;
    block_t *b = locate_locked(d, i, &slot);
    wf_object_t *removed = b->data[slot];
    if (i < (n >> 1)) {
        for (wf_ssize_t k = i; k > 0; k--) {
            block_t *sb = b;
            wf_ssize_t ss = slot;
            step_left(&sb, &ss);
            b->data[slot] = sb->data[ss];
            b = sb;
            slot = ss;
        }
        (void)take_left_locked(d);  // the first slot now duplicates the second
    } else {
        for (wf_ssize_t k = i; k < n - 1; k++) {
            block_t *sb = b;
            wf_ssize_t ss = slot;
            step_right(&sb, &ss);
            b->data[slot] = sb->data[ss];
            b = sb;
            slot = ss;
        }
        (void)take_right_locked(d);
    }
    d->state++;
    return removed;
}

// Insert `item` (reference taken) so that it ends up at position i, 0 < i < size: one
// slot is added at the nearer end and the items between are shifted. -1 with
// MemoryError set (nothing changed, item not taken).
static int insert_inside_locked(deque_t *d, wf_ssize_t i, wf_object_t *item) {
    wf_ssize_t n = WF_SIZE(d), slot;
    block_t *b;
    if (i < (n >> 1)) {
        if (push_left_locked(d, item) < 0) {
            goto nomem;
        }
        // Items 1..i move one step left; the new slot 0 receives the old first item.
        b = d->leftblock;
        slot = d->leftindex;
        for (wf_ssize_t k = 0; k < i; k++) {
            block_t *sb = b;
            wf_ssize_t ss = slot;
            step_right(&sb, &ss);
            b->data[slot] = sb->data[ss];
            b = sb;
            slot = ss;
        }
    } else {
        if (push_right_locked(d, item) < 0) {
            goto nomem;
        }
        b = d->rightblock;
        slot = d->rightindex;
        for (wf_ssize_t k = n; k > i; k--) {
            block_t *sb = b;
            wf_ssize_t ss = slot;
            step_left(&sb, &ss);
            b->data[slot] = sb->data[ss];
            b = sb;
            slot = ss;
        }
    }
    b->data[slot] = item;
    d->state++;
    return 0;
nomem:
    wf_err_nomemory();
    return -1;
}

// Push a new reference to every item of `src` onto the right of `dst` (a deque no other
// thread can see). 0 / -1 (MemoryError).
static int copy_items_locked(deque_t *dst, deque_t *src) {
    block_t *b = src->leftblock;
    wf_ssize_t slot = src->leftindex;
    for (wf_ssize_t n = WF_SIZE(src); n > 0; n--) {
        wf_object_t *item = wf_newref(b->data[slot]);
        if (push_right_locked(dst, item) < 0) {
            WF_DECREF(item);
            wf_err_nomemory();
            return -1;
        }
        if (n > 1) {
            step_right(&b, &slot);
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Exported operations.

static wf_object_t *deque_tp_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)args;
    (void)kwargs;
    wf_object_t *o = wf_type_alloc(type, 0);
    if (o == NULL) {
        return NULL;
    }
    deque_t *d = DQ(o);
    block_t *b = wf_mem_alloc(sizeof(block_t));
    if (b == NULL) {
        WF_DECREF(o);
        return wf_err_nomemory();
    }
    b->leftlink = b->rightlink = NULL;
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->state = 0;
    d->maxlen = -1;
    d->numfree = 0;
    WF_SET_SIZE(o, 0);
    wf_gc_track(o);
    return o;
}

wf_object_t *wf_deque_new(wf_ssize_t maxlen) {
    wf_object_t *o = deque_tp_new(&wf_deque_type, NULL, NULL);
    if (o != NULL) {
        DQ(o)->maxlen = maxlen < 0 ? -1 : maxlen;
    }
    return o;
}

static int append_side(wf_object_t *o, wf_object_t *v, int left) {
    wf_object_t *old = NULL;
    int r;
    WF_INCREF(v);
    WF_BEGIN_CRITICAL(o);
    r = left ? appendleft_locked(DQ(o), v, &old) : append_locked(DQ(o), v, &old);
    WF_END_CRITICAL(o);
    if (r < 0) {
        WF_DECREF(v);
        return -1;
    }
    WF_XDECREF(old);
    return 0;
}

int wf_deque_append(wf_object_t *d, wf_object_t *v) {
    return append_side(d, v, 0);
}

int wf_deque_appendleft(wf_object_t *d, wf_object_t *v) {
    return append_side(d, v, 1);
}

static wf_object_t *pop_side(wf_object_t *o, int left) {
    wf_object_t *item = NULL;
    WF_BEGIN_CRITICAL(o);
    if (WF_SIZE(o) > 0) {
        item = left ? take_left_locked(DQ(o)) : take_right_locked(DQ(o));
        DQ(o)->state++;
    }
    WF_END_CRITICAL(o);
    if (item == NULL) {
        return wf_err_set_string(&wf_exc_IndexError, "pop from an empty deque");
    }
    return item;
}

wf_object_t *wf_deque_pop(wf_object_t *d) {
    return pop_side(d, 0);
}

wf_object_t *wf_deque_popleft(wf_object_t *d) {
    return pop_side(d, 1);
}

// extend / extendleft. Items are added one at a time, each under the lock, since the
// iterator runs Python code between them.
static int extend_side(wf_object_t *o, wf_object_t *iterable, int left) {
    deque_t *d = DQ(o);
    if (iterable == o) {
        wf_object_t *copy = wf_sequence_list(iterable);
        if (copy == NULL) {
            return -1;
        }
        int r = extend_side(o, copy, left);
        WF_DECREF(copy);
        return r;
    }
    wf_object_t *it = wf_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    wf_object_t *item;
    if (WF_ATOMIC_LOAD_RELAXED(&d->maxlen) == 0) {
        // Nothing would be kept: just run the iterator (the indices never move).
        while ((item = wf_iter_next(it)) != NULL) {
            WF_DECREF(item);
        }
        WF_DECREF(it);
        return wf_err_occurred() != NULL ? -1 : 0;
    }
    WF_BEGIN_CRITICAL(o);
    if (WF_SIZE(o) == 0) {
        // Start filling from the far end of the block, which saves a block for short
        // deques.
        d->leftindex = left ? BLOCKLEN - 1 : 1;
        d->rightindex = d->leftindex - 1;
    }
    WF_END_CRITICAL(o);
    while ((item = wf_iter_next(it)) != NULL) {
        wf_object_t *old = NULL;
        int r;
        WF_BEGIN_CRITICAL(o);
        r = left ? appendleft_locked(d, item, &old) : append_locked(d, item, &old);
        WF_END_CRITICAL(o);
        if (r < 0) {
            WF_DECREF(item);
            WF_DECREF(it);
            return -1;
        }
        WF_XDECREF(old);
    }
    WF_DECREF(it);
    return wf_err_occurred() != NULL ? -1 : 0;
}

int wf_deque_extend(wf_object_t *d, wf_object_t *iterable) {
    return extend_side(d, iterable, 0);
}

// Empty the deque. The items are detached under the lock and released after it, so
// destructors that look at the deque (or refill it) find it empty.
static void clear_all(wf_object_t *o) {
    deque_t *d = DQ(o);
    block_t *chain = NULL;
    wf_ssize_t first = 0, n;
    WF_BEGIN_CRITICAL(o);
    n = WF_SIZE(o);
    if (n > 0) {
        block_t *fresh = block_new(d);
        if (fresh != NULL) {
            chain = d->leftblock;
            first = d->leftindex;
            fresh->leftlink = fresh->rightlink = NULL;
            d->leftblock = d->rightblock = fresh;
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
            WF_SET_SIZE(o, 0);
            d->state++;
        }
    }
    WF_END_CRITICAL(o);
    if (chain != NULL) {
        release_chain(chain, first, n);
        return;
    }
    // No block for the empty deque: pop the items one by one instead.
    while (n > 0) {
        wf_object_t *item = NULL;
        WF_BEGIN_CRITICAL(o);
        if (WF_SIZE(o) > 0) {
            item = take_left_locked(d);
            d->state++;
        }
        WF_END_CRITICAL(o);
        if (item == NULL) {
            break;
        }
        WF_DECREF(item);
    }
}

// ---------------------------------------------------------------------------------------
// Life cycle.

static void deque_dealloc(wf_object_t *o) {
    deque_t *d = DQ(o);
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, deque_dealloc)) {
        return;
    }
    if (d->leftblock != NULL) {
        block_t *b = d->leftblock;
        d->leftblock = d->rightblock = NULL;
        release_chain(b, d->leftindex, WF_SIZE(o));
    }
    while (d->numfree > 0) {
        wf_mem_free(d->freeblocks[--d->numfree]);
    }
    wf_object_free(o);
    wf_list_trash_end();
}

static int deque_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    deque_t *d = DQ(o);
    block_t *b = d->leftblock;
    wf_ssize_t slot = d->leftindex;
    for (wf_ssize_t n = WF_SIZE(o); n > 0; n--) {
        int r = visit(b->data[slot], arg);
        if (r != 0) {
            return r;
        }
        if (n > 1) {
            step_right(&b, &slot);
        }
    }
    return 0;
}

static int deque_gc_clear(wf_object_t *o) {
    clear_all(o);
    return 0;
}

// deque(iterable=(), maxlen=None), also re-initialising an existing deque.
static int parse_init_args(wf_object_t *args, wf_object_t *kwargs, wf_object_t **out) {
    static const char *const names[] = {"iterable", "maxlen"};
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    wf_ssize_t nkw = kwargs != NULL ? wf_dict_size(kwargs) : 0;
    if (nargs + nkw > 2) {
        return wf_err_format_int(&wf_exc_TypeError, "deque() takes at most 2 arguments (%zd given)",
                                 nargs + nkw);
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        out[i] = WF_TUPLE_GET(args, i);
    }
    wf_ssize_t pos = 0;
    wf_object_t *key, *value;
    while (nkw > 0 && wf_dict_next(kwargs, &pos, &key, &value)) {
        int k = 0;
        while (k < 2 && !(WF_STR_CHECK(key) && wf_str_eq_cstr(key, names[k]))) {
            k++;
        }
        if (k == 2) {
            return wf_err_format_int(&wf_exc_TypeError,
                                     "deque() got an unexpected keyword argument '%S'", key);
        }
        if (k < nargs) {
            return wf_err_format_int(&wf_exc_TypeError,
                                     "argument for deque() given by name ('%s') and position (%d)",
                                     names[k], k + 1);
        }
        out[k] = value;
    }
    return 0;
}

static int deque_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *out[2] = {NULL, NULL};
    if (parse_init_args(args, kwargs, out) < 0) {
        return -1;
    }
    wf_ssize_t maxlen = -1;
    if (out[1] != NULL && out[1] != WF_NONE) {
        // A C ssize_t conversion that does not call __index__, as CPython's.
        if (!WF_INT_CHECK(out[1])) {
            return wf_err_format_int(&wf_exc_TypeError, "an integer is required");
        }
        maxlen = wf_as_ssize(out[1], &wf_exc_OverflowError);
        if (maxlen == -1 && wf_err_occurred() != NULL) {
            return -1;
        }
        if (maxlen < 0) {
            return wf_err_format_int(&wf_exc_ValueError, "maxlen must be non-negative");
        }
    }
    WF_BEGIN_CRITICAL(self);
    WF_ATOMIC_STORE_RELAXED(&DQ(self)->maxlen, maxlen);
    WF_END_CRITICAL(self);
    if (WF_SIZE(self) > 0) {
        clear_all(self);
    }
    if (out[0] != NULL) {
        return extend_side(self, out[0], 0);
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Scans: count, index, remove and `in` visit the items one lock hold at a time.

typedef struct {
    block_t *b;
    wf_ssize_t slot;
    wf_ssize_t left;   // items still to visit
    size_t state;
} scan_t;

static void scan_start(wf_object_t *o, scan_t *s, wf_ssize_t start, wf_ssize_t stop) {
    deque_t *d = DQ(o);
    WF_BEGIN_CRITICAL(o);
    wf_ssize_t n = WF_SIZE(o);
    if (stop > n) {
        stop = n;
    }
    if (start > stop) {
        start = stop;
    }
    s->state = d->state;
    s->left = stop - start;
    s->b = s->left > 0 ? locate_locked(d, start, &s->slot) : NULL;
    WF_END_CRITICAL(o);
}

// 1 with the next item in *item (new reference), 0 at the end, -1 when the deque's indices
// moved since the scan began (no exception set).
static int scan_next(wf_object_t *o, scan_t *s, wf_object_t **item) {
    int r;
    WF_BEGIN_CRITICAL(o);
    if (DQ(o)->state != s->state) {
        r = -1;
    } else if (s->left == 0) {
        r = 0;
    } else {
        *item = wf_newref(s->b->data[s->slot]);
        if (--s->left > 0) {
            step_right(&s->b, &s->slot);
        }
        r = 1;
    }
    WF_END_CRITICAL(o);
    return r;
}

static wf_object_t *deque_count(wf_object_t *self, wf_object_t *v) {
    scan_t s;
    wf_object_t *item;
    wf_ssize_t count = 0;
    int r;
    scan_start(self, &s, 0, WF_SSIZE_MAX);
    while ((r = scan_next(self, &s, &item)) > 0) {
        int cmp = wf_richcompare_bool(item, v, WF_EQ);
        WF_DECREF(item);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    if (r < 0) {
        return mutated_error();
    }
    return wf_int_from_ssize(count);
}

static int deque_contains(wf_object_t *self, wf_object_t *v) {
    scan_t s;
    wf_object_t *item;
    int r;
    scan_start(self, &s, 0, WF_SSIZE_MAX);
    while ((r = scan_next(self, &s, &item)) > 0) {
        int cmp = wf_richcompare_bool(item, v, WF_EQ);
        WF_DECREF(item);
        if (cmp != 0) {
            return cmp;
        }
    }
    if (r < 0) {
        mutated_error();
        return -1;
    }
    return 0;
}

static wf_object_t *deque_index(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    wf_ssize_t start = 0, stop = WF_SSIZE_MAX;
    if ((nargs > 1 && !wf_slice_index(args[1], &start, 0)) ||
        (nargs > 2 && !wf_slice_index(args[2], &stop, 0))) {
        return NULL;
    }
    wf_ssize_t n = WF_SIZE(self);
    if (start < 0 && (start += n) < 0) {
        start = 0;
    }
    if (stop < 0 && (stop += n) < 0) {
        stop = 0;
    }
    scan_t s;
    wf_object_t *item;
    int r;
    scan_start(self, &s, start, stop);
    for (wf_ssize_t i = start; (r = scan_next(self, &s, &item)) > 0; i++) {
        int cmp = wf_richcompare_bool(item, args[0], WF_EQ);
        WF_DECREF(item);
        if (cmp > 0) {
            return wf_int_from_ssize(i);
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    if (r < 0) {
        return mutated_error();
    }
    return wf_err_format(&wf_exc_ValueError, "%R is not in deque", args[0]);
}

static wf_object_t *deque_remove(wf_object_t *self, wf_object_t *v) {
    scan_t s;
    wf_object_t *item;
    int r;
    scan_start(self, &s, 0, WF_SSIZE_MAX);
    for (wf_ssize_t i = 0; (r = scan_next(self, &s, &item)) > 0; i++) {
        int cmp = wf_richcompare_bool(item, v, WF_EQ);
        WF_DECREF(item);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            wf_object_t *removed = NULL;
            WF_BEGIN_CRITICAL(self);
            if (DQ(self)->state == s.state) {
                removed = del_item_locked(DQ(self), i);
            }
            WF_END_CRITICAL(self);
            if (removed == NULL) {
                break;
            }
            WF_DECREF(removed);
            WF_RETURN_NONE;
        }
    }
    if (r != 0) {
        return wf_err_set_string(&wf_exc_IndexError, "deque mutated during iteration");
    }
    return wf_err_format(&wf_exc_ValueError, "%R is not in deque", v);
}

// ---------------------------------------------------------------------------------------
// Sequence protocol.

static wf_ssize_t deque_len(wf_object_t *self) {
    return WF_SIZE(self);
}

// A subscript as the sequence protocol converts it: __index__, negative values counted
// from the end once. 0 / -1.
static int subscript_index(wf_object_t *self, wf_object_t *key, wf_ssize_t *out) {
    if (!wf_index_check(key)) {
        return wf_err_format_int(&wf_exc_TypeError, "sequence index must be integer, not '%T'",
                                 key);
    }
    wf_ssize_t i = wf_as_ssize(key, &wf_exc_IndexError);
    if (i == -1 && wf_err_occurred() != NULL) {
        return -1;
    }
    if (i < 0) {
        i += WF_SIZE(self);
    }
    *out = i;
    return 0;
}

static wf_object_t *deque_subscript(wf_object_t *self, wf_object_t *key) {
    wf_ssize_t i, slot;
    if (subscript_index(self, key, &i) < 0) {
        return NULL;
    }
    wf_object_t *item = NULL;
    WF_BEGIN_CRITICAL(self);
    if (i >= 0 && i < WF_SIZE(self)) {
        item = wf_newref(locate_locked(DQ(self), i, &slot)->data[slot]);
    }
    WF_END_CRITICAL(self);
    if (item == NULL) {
        return wf_err_set_string(&wf_exc_IndexError, "deque index out of range");
    }
    return item;
}

static int deque_ass_subscript(wf_object_t *self, wf_object_t *key, wf_object_t *value) {
    wf_ssize_t i, slot;
    if (subscript_index(self, key, &i) < 0) {
        return -1;
    }
    wf_object_t *old = NULL;
    WF_BEGIN_CRITICAL(self);
    if (i >= 0 && i < WF_SIZE(self)) {
        if (value == NULL) {
            old = del_item_locked(DQ(self), i);
        } else {
            block_t *b = locate_locked(DQ(self), i, &slot);
            old = b->data[slot];
            b->data[slot] = wf_newref(value);
        }
    }
    WF_END_CRITICAL(self);
    if (old == NULL) {
        return wf_err_format_int(&wf_exc_IndexError, "deque index out of range");
    }
    WF_DECREF(old);
    return 0;
}

static wf_object_t *deque_iter(wf_object_t *self);

static wf_object_t *deque_richcompare(wf_object_t *v, wf_object_t *w, int op) {
    if (!WF_DEQUE_CHECK(v) || !WF_DEQUE_CHECK(w)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_ssize_t vs = WF_SIZE(v), ws = WF_SIZE(w);
    if ((op == WF_EQ || op == WF_NE) && vs != ws) {
        return wf_bool_from(op == WF_NE);
    }
    // Walk both with their iterators up to the first unequal pair; that pair decides.
    wf_object_t *it1 = wf_iter(v), *it2 = it1 != NULL ? wf_iter(w) : NULL;
    wf_object_t *x = NULL, *y = NULL, *result = NULL;
    if (it2 == NULL) {
        goto done;
    }
    for (;;) {
        x = wf_iter_next(it1);
        if (x == NULL && wf_err_occurred() != NULL) {
            goto done;
        }
        y = wf_iter_next(it2);
        if (x == NULL || y == NULL) {
            if (y == NULL && wf_err_occurred() != NULL) {
                goto done;
            }
            break;
        }
        int eq = wf_richcompare_bool(x, y, WF_EQ);
        if (eq == 0) {
            result = wf_richcompare(x, y, op);
            goto done;
        }
        if (eq < 0) {
            goto done;
        }
        WF_CLEAR(x);
        WF_CLEAR(y);
    }
    int cmp = 0;
    switch (op) {
        case WF_LT: cmp = vs < ws; break;
        case WF_LE: cmp = vs <= ws; break;
        case WF_EQ: cmp = vs == ws; break;
        case WF_NE: cmp = vs != ws; break;
        case WF_GT: cmp = vs > ws; break;
        default: cmp = vs >= ws; break;
    }
    result = wf_bool_from(cmp);
done:
    WF_XDECREF(x);
    WF_XDECREF(y);
    WF_XDECREF(it1);
    WF_XDECREF(it2);
    return result;
}

static wf_object_t *deque_repr(wf_object_t *self) {
    int st = wf_list_repr_enter(self);
    if (st != 0) {
        return st > 0 ? wf_str_from_cstr("[...]") : NULL;
    }
    wf_object_t *r = NULL, *aslist = wf_sequence_list(self);
    if (aslist != NULL) {
        const char *name = wf_type_short_name(WF_TYPE(self));
        wf_ssize_t maxlen = WF_ATOMIC_LOAD_RELAXED(&DQ(self)->maxlen);
        r = maxlen >= 0 ? wf_str_from_format("%s(%R, maxlen=%zd)", name, aslist, maxlen)
                        : wf_str_from_format("%s(%R)", name, aslist);
        WF_DECREF(aslist);
    }
    wf_list_repr_leave(self);
    return r;
}

// ---------------------------------------------------------------------------------------
// Copies, concatenation and repetition.

static wf_object_t *deque_copy(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_ssize_t maxlen = WF_ATOMIC_LOAD_RELAXED(&DQ(self)->maxlen);
    if (WF_TYPE(self) == &wf_deque_type) {
        wf_object_t *r = wf_deque_new(maxlen);
        if (r == NULL) {
            return NULL;
        }
        int err;
        WF_BEGIN_CRITICAL(self);
        if (WF_SIZE(self) != 1) {
            DQ(r)->leftindex = 1;  // as extend() fills an empty deque
            DQ(r)->rightindex = 0;
        }
        err = copy_items_locked(DQ(r), DQ(self));
        WF_END_CRITICAL(self);
        if (err < 0) {
            WF_DECREF(r);
            return NULL;
        }
        return r;
    }
    // Subclasses are copied through their constructor: type(d)(d[, maxlen]).
    wf_object_t *r, *cls = WF_OBJ(WF_TYPE(self));
    if (maxlen < 0) {
        r = wf_call_one(cls, self);
    } else {
        wf_object_t *m = wf_int_from_ssize(maxlen);
        r = m != NULL ? wf_call_two(cls, self, m) : NULL;
        WF_XDECREF(m);
    }
    if (r != NULL && !WF_DEQUE_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "%s() must return a deque, not %s", WF_TYPE(self)->name,
                      WF_TYPE(r)->name);
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

// d *= n in place (also the second half of d * n on a fresh copy). New reference to d.
static wf_object_t *inplace_repeat(wf_object_t *self, wf_ssize_t n) {
    deque_t *d = DQ(self);
    wf_ssize_t size = WF_SIZE(self);
    if (size == 0 || n == 1) {
        return wf_newref(self);
    }
    if (n <= 0) {
        clear_all(self);
        return wf_newref(self);
    }
    if (size == 1) {
        // One item repeated: fill in place, never past maxlen.
        int err = 0, changed = 0;
        WF_BEGIN_CRITICAL(self);
        wf_ssize_t maxlen = d->maxlen;
        if (WF_SIZE(self) == 1) {
            wf_object_t *item = d->leftblock->data[d->leftindex];
            if (maxlen >= 0 && n > maxlen) {
                n = maxlen;
            }
            d->state++;
            for (wf_ssize_t i = 1; i < n && err == 0; i++) {
                err = push_right_locked(d, item);
                if (err == 0) {
                    WF_INCREF(item);
                }
            }
        } else {
            changed = 1;  // another thread got in first: start over with the new size
        }
        WF_END_CRITICAL(self);
        if (changed) {
            return inplace_repeat(self, n);
        }
        if (err < 0) {
            return wf_err_nomemory();
        }
        return wf_newref(self);
    }
    if (size > WF_SSIZE_MAX / n) {
        return wf_err_nomemory();
    }
    wf_object_t *seq = wf_sequence_list(self);
    if (seq == NULL) {
        return NULL;
    }
    // Past maxlen only the last repetitions survive: stop once they cover maxlen.
    wf_ssize_t maxlen = WF_ATOMIC_LOAD_RELAXED(&d->maxlen);
    if (maxlen >= 0 && n * size > maxlen) {
        n = (maxlen + size - 1) / size;
    }
    for (wf_ssize_t i = 1; i < n; i++) {
        if (extend_side(self, seq, 0) < 0) {
            WF_DECREF(seq);
            return NULL;
        }
    }
    WF_DECREF(seq);
    return wf_newref(self);
}

// The slot of `t` for `op` when a Python class defined it (its __radd__/__rmul__ gets the
// first chance, as the number protocol runs before the sequence one), else NULL.
static wf_binaryfunc own_binop(wf_type_t *t, wf_binop_t op, wf_binaryfunc mine) {
    wf_binaryfunc f = t->binop[op];
    if (f == NULL || f == mine) {
        return NULL;
    }
    wf_type_t *b = t;
    while (b != NULL && WF_TYPE_HAS_FLAG(b, WF_TPFLAGS_HEAPTYPE)) {
        b = b->base;
    }
    return b == NULL || b->binop[op] != f ? f : NULL;
}

static int is_builtin_sequence(wf_object_t *o) {
    return WF_STR_CHECK(o) || WF_LIST_CHECK(o) || WF_TUPLE_CHECK(o) || WF_BYTES_CHECK(o) ||
           WF_BYTEARRAY_CHECK(o);
}

static wf_object_t *deque_add(wf_object_t *a, wf_object_t *b) {
    if (!WF_DEQUE_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (!WF_DEQUE_CHECK(b)) {
        wf_binaryfunc f = own_binop(WF_TYPE(b), WF_BINOP_ADD, deque_add);
        if (f != NULL) {
            wf_object_t *r = f(a, b);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
        }
        return wf_err_format(&wf_exc_TypeError, "can only concatenate deque (not \"%T\") to deque",
                             b);
    }
    wf_object_t *r = deque_copy(a, NULL);
    if (r != NULL && extend_side(r, b, 0) < 0) {
        WF_CLEAR(r);
    }
    return r;
}

static wf_object_t *deque_iadd(wf_object_t *a, wf_object_t *b) {
    if (!WF_DEQUE_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_binaryfunc f = own_binop(WF_TYPE(b), WF_BINOP_ADD, deque_add);
    if (f != NULL) {
        wf_object_t *r = f(a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (extend_side(a, b, 0) < 0) {
        return NULL;
    }
    return wf_newref(a);
}

// The repeat count of seq * n. 1 with *n set, 0 with TypeError set.
static int repeat_count(wf_object_t *num, wf_ssize_t *n) {
    if (!wf_index_check(num)) {
        wf_err_format(&wf_exc_TypeError, "can't multiply sequence by non-int of type '%T'", num);
        return 0;
    }
    *n = wf_list_index_to_ssize(num);
    return !(*n == -1 && wf_err_occurred() != NULL);
}

static wf_object_t *deque_mul(wf_object_t *a, wf_object_t *b) {
    wf_object_t *seq = a, *num = b;
    if (WF_DEQUE_CHECK(a)) {
        wf_binaryfunc f = own_binop(WF_TYPE(b), WF_BINOP_MUL, deque_mul);
        if (f != NULL) {
            wf_object_t *r = f(a, b);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
        }
    } else {
        seq = b;
        num = a;
        // A builtin sequence on the left reports the error with its own repeat.
        if (!wf_index_check(a) && is_builtin_sequence(a)) {
            WF_RETURN_NOTIMPLEMENTED;
        }
    }
    wf_ssize_t n;
    if (!repeat_count(num, &n)) {
        return NULL;
    }
    wf_object_t *copy = deque_copy(seq, NULL);
    if (copy == NULL) {
        return NULL;
    }
    wf_object_t *r = inplace_repeat(copy, n);
    WF_DECREF(copy);
    return r;
}

static wf_object_t *deque_imul(wf_object_t *a, wf_object_t *b) {
    if (!WF_DEQUE_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_binaryfunc f = own_binop(WF_TYPE(b), WF_BINOP_MUL, deque_mul);
    if (f != NULL) {
        wf_object_t *r = f(a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    wf_ssize_t n;
    if (!repeat_count(b, &n)) {
        return NULL;
    }
    return inplace_repeat(a, n);
}

// ---------------------------------------------------------------------------------------
// Methods.

static wf_object_t *deque_append_meth(wf_object_t *self, wf_object_t *v) {
    if (append_side(self, v, 0) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *deque_appendleft_meth(wf_object_t *self, wf_object_t *v) {
    if (append_side(self, v, 1) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *deque_pop_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return pop_side(self, 0);
}

static wf_object_t *deque_popleft_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return pop_side(self, 1);
}

static wf_object_t *deque_extend_meth(wf_object_t *self, wf_object_t *iterable) {
    if (extend_side(self, iterable, 0) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *deque_extendleft_meth(wf_object_t *self, wf_object_t *iterable) {
    if (extend_side(self, iterable, 1) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *deque_clear_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    clear_all(self);
    WF_RETURN_NONE;
}

static wf_object_t *deque_insert(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_ssize_t index = wf_as_ssize(args[0], &wf_exc_OverflowError);
    if (index == -1 && wf_err_occurred() != NULL) {
        return NULL;
    }
    deque_t *d = DQ(self);
    wf_object_t *item = wf_newref(args[1]), *old = NULL;
    int r = 0;
    WF_BEGIN_CRITICAL(self);
    wf_ssize_t n = WF_SIZE(self);
    if (d->maxlen == n) {
        r = 1;
    } else if (index >= n) {
        r = append_locked(d, item, &old);
    } else if (index <= -n || index == 0) {
        r = appendleft_locked(d, item, &old);
    } else {
        r = insert_inside_locked(d, index < 0 ? index + n : index, item);
    }
    WF_END_CRITICAL(self);
    WF_XDECREF(old);
    if (r != 0) {
        WF_DECREF(item);
        return r > 0 ? wf_err_set_string(&wf_exc_IndexError, "deque already at its maximum size")
                     : NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *deque_rotate(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("rotate", nargs, 0, 1) < 0) {
        return NULL;
    }
    wf_ssize_t n = 1;
    if (nargs == 1) {
        n = wf_as_ssize(args[0], &wf_exc_OverflowError);
        if (n == -1 && wf_err_occurred() != NULL) {
            return NULL;
        }
    }
    int r;
    WF_BEGIN_CRITICAL(self);
    r = rotate_locked(DQ(self), n);
    WF_END_CRITICAL(self);
    if (r < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *deque_reverse(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    deque_t *d = DQ(self);
    WF_BEGIN_CRITICAL(self);
    block_t *lb = d->leftblock, *rb = d->rightblock;
    wf_ssize_t li = d->leftindex, ri = d->rightindex;
    for (wf_ssize_t k = WF_SIZE(self) >> 1; k > 0; k--) {
        wf_object_t *tmp = lb->data[li];
        lb->data[li] = rb->data[ri];
        rb->data[ri] = tmp;
        if (k > 1) {
            step_right(&lb, &li);
            step_left(&rb, &ri);
        }
    }
    WF_END_CRITICAL(self);
    WF_RETURN_NONE;
}

static wf_object_t *deque_reduce(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *state = wf_call_method_cstr(self, "__getstate__", NULL, 0);
    if (state == NULL) {
        return NULL;
    }
    wf_object_t *it = deque_iter(self), *args = NULL, *r = NULL;
    wf_ssize_t maxlen = WF_ATOMIC_LOAD_RELAXED(&DQ(self)->maxlen);
    if (it != NULL) {
        if (maxlen < 0) {
            args = wf_tuple_new(0);
        } else {
            wf_object_t *m = wf_int_from_ssize(maxlen);
            args = m != NULL ? wf_tuple_pack(2, wf_tuple_new(0), m) : NULL;
            WF_XDECREF(m);
        }
    }
    if (args != NULL) {
        r = wf_tuple_pack(4, WF_OBJ(WF_TYPE(self)), args, state, it);
    }
    WF_XDECREF(args);
    WF_XDECREF(it);
    WF_DECREF(state);
    return r;
}

static wf_object_t *deque_sizeof(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    deque_t *d = DQ(self);
    wf_ssize_t blocks;
    WF_BEGIN_CRITICAL(self);
    blocks = (d->leftindex + WF_SIZE(self) + BLOCKLEN - 1) / BLOCKLEN;
    WF_END_CRITICAL(self);
    return wf_int_from_ssize(WF_TYPE(self)->basicsize + blocks * (wf_ssize_t)sizeof(block_t));
}

static wf_object_t *deque_get_maxlen(wf_object_t *self, void *closure) {
    (void)closure;
    wf_ssize_t maxlen = WF_ATOMIC_LOAD_RELAXED(&DQ(self)->maxlen);
    if (maxlen < 0) {
        WF_RETURN_NONE;
    }
    return wf_int_from_ssize(maxlen);
}

// ---------------------------------------------------------------------------------------
// Iterators.

static wf_object_t *iter_make(wf_type_t *t, wf_object_t *deque, int reverse) {
    deque_iter_t *it = (deque_iter_t *)wf_object_alloc(t, sizeof(deque_iter_t));
    if (it == NULL) {
        return NULL;
    }
    deque_t *d = DQ(deque);
    it->deque = wf_newref(deque);
    WF_BEGIN_CRITICAL(deque);
    it->b = reverse ? d->rightblock : d->leftblock;
    it->index = reverse ? d->rightindex : d->leftindex;
    it->state = d->state;
    it->counter = WF_SIZE(deque);
    WF_END_CRITICAL(deque);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static wf_object_t *deque_iter(wf_object_t *self) {
    return iter_make(&wf_deque_iter_type, self, 0);
}

static wf_object_t *deque_reversed(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return iter_make(&wf_deque_reviter_type, self, 1);
}

// The iterator's position is guarded by the deque's lock, so two threads sharing one
// iterator never see the same item.
static wf_object_t *iter_step(wf_object_t *o, int reverse) {
    deque_iter_t *it = (deque_iter_t *)o;
    wf_object_t *item = NULL;
    int mutated = 0;
    WF_BEGIN_CRITICAL(it->deque);
    wf_ssize_t left = it->counter;
    // As in CPython, a reverse iterator that has reported the mutation once is then just
    // exhausted, while a forward one keeps reporting it.
    if (DQ(it->deque)->state != it->state && !(reverse && left == 0)) {
        WF_ATOMIC_STORE_RELAXED(&it->counter, 0);
        mutated = 1;
    } else if (left > 0) {
        item = wf_newref(it->b->data[it->index]);
        WF_ATOMIC_STORE_RELAXED(&it->counter, left - 1);
        if (left > 1) {
            if (reverse) {
                step_left(&it->b, &it->index);
            } else {
                step_right(&it->b, &it->index);
            }
        }
    }
    WF_END_CRITICAL(it->deque);
    if (mutated) {
        return mutated_error();
    }
    return item;
}

static wf_object_t *dequeiter_next(wf_object_t *o) {
    return iter_step(o, 0);
}

static wf_object_t *dequerevit_next(wf_object_t *o) {
    return iter_step(o, 1);
}

static void dequeiter_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_DECREF(((deque_iter_t *)o)->deque);
    wf_object_free(o);
}

static int dequeiter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return visit(((deque_iter_t *)o)->deque, arg);
}

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

static wf_object_t *dequeiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    return wf_int_from_ssize(WF_ATOMIC_LOAD_RELAXED(&((deque_iter_t *)o)->counter));
}

// (type(it), (deque, items already consumed)): the constructor skips them again.
static wf_object_t *dequeiter_reduce(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    deque_iter_t *it = (deque_iter_t *)o;
    wf_ssize_t done = WF_SIZE(it->deque) - WF_ATOMIC_LOAD_RELAXED(&it->counter);
    wf_object_t *n = wf_int_from_ssize(done);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *args = wf_tuple_pack(2, it->deque, n);
    WF_DECREF(n);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(2, WF_OBJ(WF_TYPE(o)), args);
    WF_DECREF(args);
    return r;
}

// _deque_iterator(deque, index=0): an iterator that has already produced `index` items.
static wf_object_t *iter_tp_new(wf_type_t *type, wf_object_t *args, int reverse) {
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs < 1 || nargs > 2) {
        return wf_err_format(&wf_exc_TypeError, "function takes at %s %d argument%s (%zd given)",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                             nargs < 1 ? "" : "s", nargs);
    }
    wf_object_t *deque = WF_TUPLE_GET(args, 0);
    if (!WF_DEQUE_CHECK(deque)) {
        return wf_err_format(&wf_exc_TypeError, "argument 1 must be %s, not %T",
                             wf_deque_type.name, deque);
    }
    wf_ssize_t index = 0;
    if (nargs == 2) {
        index = wf_as_ssize(WF_TUPLE_GET(args, 1), &wf_exc_OverflowError);
        if (index == -1 && wf_err_occurred() != NULL) {
            return NULL;
        }
    }
    wf_object_t *it = iter_make(type, deque, reverse);
    for (wf_ssize_t i = 0; it != NULL && i < index; i++) {
        wf_object_t *item = iter_step(it, reverse);
        if (item == NULL) {
            if (wf_err_occurred() != NULL) {
                WF_CLEAR(it);
            }
            break;
        }
        WF_DECREF(item);
    }
    return it;
}

static wf_object_t *dequeiter_tp_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)kwargs;
    return iter_tp_new(type, args, 0);
}

static wf_object_t *dequerevit_tp_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)kwargs;
    return iter_tp_new(type, args, 1);
}

// ---------------------------------------------------------------------------------------
// Type objects.

static wf_method_def_t deque_methods[] = {
    {"append", {.o = deque_append_meth}, WF_METH_O,
     "Add an element to the right side of the deque."},
    {"appendleft", {.o = deque_appendleft_meth}, WF_METH_O,
     "Add an element to the left side of the deque."},
    {"clear", {.noargs = deque_clear_meth}, WF_METH_NOARGS, "Remove all elements from the deque."},
    {"__copy__", {.noargs = deque_copy}, WF_METH_NOARGS, "Return a shallow copy of a deque."},
    {"copy", {.noargs = deque_copy}, WF_METH_NOARGS, "Return a shallow copy of a deque."},
    {"count", {.o = deque_count}, WF_METH_O, "Return number of occurrences of value."},
    {"extend", {.o = deque_extend_meth}, WF_METH_O,
     "Extend the right side of the deque with elements from the iterable."},
    {"extendleft", {.o = deque_extendleft_meth}, WF_METH_O,
     "Extend the left side of the deque with elements from the iterable."},
    {"index", {.fast = deque_index}, WF_METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"insert", {.fast = deque_insert}, WF_METH_FASTCALL, "Insert value before index."},
    {"pop", {.noargs = deque_pop_meth}, WF_METH_NOARGS, "Remove and return the rightmost element."},
    {"popleft", {.noargs = deque_popleft_meth}, WF_METH_NOARGS,
     "Remove and return the leftmost element."},
    {"__reduce__", {.noargs = deque_reduce}, WF_METH_NOARGS, "Return state information for pickling."},
    {"remove", {.o = deque_remove}, WF_METH_O, "Remove first occurrence of value."},
    {"__reversed__", {.noargs = deque_reversed}, WF_METH_NOARGS,
     "Return a reverse iterator over the deque."},
    {"reverse", {.noargs = deque_reverse}, WF_METH_NOARGS, "Reverse *IN PLACE*."},
    {"rotate", {.fast = deque_rotate}, WF_METH_FASTCALL,
     "Rotate the deque n steps to the right.  If n is negative, rotates left."},
    {"__sizeof__", {.noargs = deque_sizeof}, WF_METH_NOARGS,
     "Return the size of the deque in memory, in bytes."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS,
     "See PEP 585"},
    {0},
};

static wf_getset_def_t deque_getsets[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {0},
};

wf_type_t wf_deque_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "collections.deque",
    .basicsize = sizeof(deque_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_SEQUENCE,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_gc_clear,
    .new = deque_tp_new,
    .init = deque_init,
    .repr = deque_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .binop = {[WF_BINOP_ADD] = deque_add, [WF_BINOP_MUL] = deque_mul},
    .inplace = {[WF_BINOP_ADD] = deque_iadd, [WF_BINOP_MUL] = deque_imul},
    .len = deque_len,
    .getitem = deque_subscript,
    .setitem = deque_ass_subscript,
    .contains = deque_contains,
    .methods = deque_methods,
    .getsets = deque_getsets,
};

static wf_method_def_t dequeiter_methods[] = {
    {"__length_hint__", {.noargs = dequeiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", {.noargs = dequeiter_reduce}, WF_METH_NOARGS,
     "Return state information for pickling."},
    {0},
};

wf_type_t wf_deque_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "collections._deque_iterator",
    .basicsize = sizeof(deque_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .new = dequeiter_tp_new,
    .iter = self_iter,
    .iternext = dequeiter_next,
    .methods = dequeiter_methods,
};

wf_type_t wf_deque_reviter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "collections._deque_reverse_iterator",
    .basicsize = sizeof(deque_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = dequeiter_dealloc,
    .traverse = dequeiter_traverse,
    .new = dequerevit_tp_new,
    .iter = self_iter,
    .iternext = dequerevit_next,
    .methods = dequeiter_methods,
};
