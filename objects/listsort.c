// list.sort(): a stable adaptive merge sort (timsort, with the "powersort" merge policy).
//
// Outline: find natural runs (strictly descending runs are reversed in place), extend
// short runs to `minrun` with binary insertion, push them on a stack and merge
// neighbours as the powersort rule asks; merges gallop when one side keeps winning.
// Only `<` is ever used to compare (wf_richcompare_bool(a, b, WF_LT)), so any items with
// a consistent `<` sort, and stability follows from always preferring the left run on ties.
//
// With key=, the keys are computed first (once per item, in order) and sorted in parallel
// with the items. reverse=True reverses before and after sorting, which keeps equal items
// in their original order. During the sort the list is emptied (items NULL, allocated -1);
// any mutation by a key function or __lt__ shows up as allocated != -1 and is reported as
// "list modified during sort". If a comparison raises, the array is left a permutation of
// the original items and the error propagates.
//
// When every key has the same exact type among str, int (fitting 64 bits) and float, or
// all are tuples whose first items share such a type, a specialised comparison that
// cannot run Python code replaces the generic one.
#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#define PTRSIZE sizeof(wf_object_t *)
enum { MIN_GALLOP = 7, MAX_PENDING = 85, TEMP_INLINE = 256 };

// A slice of the keys with the parallel slice of the values (values NULL: keys are the items).
typedef struct {
    wf_object_t **keys;
    wf_object_t **values;
} slice_t;

typedef struct {
    slice_t base;
    wf_ssize_t len;
    int power;
} run_t;

typedef struct merge_state merge_state_t;
typedef int (*lt_func)(merge_state_t *ms, wf_object_t *a, wf_object_t *b);

struct merge_state {
    lt_func lt;
    lt_func tuple_elem_lt;  // first-item comparison for the tuple fast path
    wf_ssize_t min_gallop;
    wf_ssize_t listlen;
    wf_object_t **basekeys;
    slice_t temp;           // merge scratch space, `alloced` entries per array
    wf_ssize_t alloced;
    int n;
    run_t pending[MAX_PENDING];
    wf_object_t *temp_inline[TEMP_INLINE];
};

// ---------------------------------------------------------------------------------------
// Slice helpers: every move applies to the keys and, when present, the values.

static inline void ss_advance(slice_t *s, wf_ssize_t n) {
    s->keys += n;
    if (s->values != NULL) {
        s->values += n;
    }
}

static inline void ss_copy(slice_t *dst, wf_ssize_t di, slice_t *src, wf_ssize_t si,
                           wf_ssize_t n) {
    memcpy(&dst->keys[di], &src->keys[si], (size_t)n * PTRSIZE);
    if (src->values != NULL) {
        memcpy(&dst->values[di], &src->values[si], (size_t)n * PTRSIZE);
    }
}

static inline void ss_move(slice_t *dst, wf_ssize_t di, slice_t *src, wf_ssize_t si,
                           wf_ssize_t n) {
    memmove(&dst->keys[di], &src->keys[si], (size_t)n * PTRSIZE);
    if (src->values != NULL) {
        memmove(&dst->values[di], &src->values[si], (size_t)n * PTRSIZE);
    }
}

// dst[di] = src[si], advancing both by `step` (+1 or -1) afterwards.
static inline void ss_put(slice_t *dst, slice_t *src, wf_ssize_t step) {
    *dst->keys = *src->keys;
    if (src->values != NULL) {
        *dst->values = *src->values;
    }
    ss_advance(dst, step);
    ss_advance(src, step);
}

static void reverse_ptrs(wf_object_t **lo, wf_object_t **hi) {
    --hi;
    while (lo < hi) {
        wf_object_t *t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

static void ss_reverse(slice_t *s, wf_ssize_t n) {
    reverse_ptrs(s->keys, s->keys + n);
    if (s->values != NULL) {
        reverse_ptrs(s->values, s->values + n);
    }
}

// ---------------------------------------------------------------------------------------
// Comparisons: -1 error, 0 not less, 1 less.

static int generic_lt(merge_state_t *ms, wf_object_t *a, wf_object_t *b) {
    (void)ms;
    return wf_richcompare_bool(a, b, WF_LT);
}

static int str_lt(merge_state_t *ms, wf_object_t *a, wf_object_t *b) {
    (void)ms;
    if (WF_STR_KIND(a) == 1 && WF_STR_KIND(b) == 1) {
        // ASCII: byte order is code point order.
        wf_ssize_t la = WF_STR_LEN(a), lb = WF_STR_LEN(b);
        int c = memcmp(WF_STR_ASCII(a), WF_STR_ASCII(b), (size_t)(la < lb ? la : lb));
        return c < 0 || (c == 0 && la < lb);
    }
    return wf_str_compare(a, b) < 0;
}

// Every key was checked to be an exact int in the machine-word form.
static int int_lt(merge_state_t *ms, wf_object_t *a, wf_object_t *b) {
    (void)ms;
    return ((wf_int_t *)a)->u.small < ((wf_int_t *)b)->u.small;
}

static int float_lt(merge_state_t *ms, wf_object_t *a, wf_object_t *b) {
    (void)ms;
    return WF_FLOAT_VALUE(a) < WF_FLOAT_VALUE(b);
}

// Lexicographic tuple order; the first differing items are compared with the fast
// comparison when they are the first items.
static int tuple_lt(merge_state_t *ms, wf_object_t *a, wf_object_t *b) {
    wf_ssize_t na = WF_TUPLE_SIZE(a), nb = WF_TUPLE_SIZE(b);
    wf_ssize_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = wf_richcompare_bool(WF_TUPLE_GET(a, i), WF_TUPLE_GET(b, i), WF_EQ);
        if (k < 0) {
            return -1;
        }
        if (!k) {
            break;
        }
    }
    if (i >= na || i >= nb) {
        return na < nb;
    }
    if (i == 0) {
        return ms->tuple_elem_lt(ms, WF_TUPLE_GET(a, 0), WF_TUPLE_GET(b, 0));
    }
    return wf_richcompare_bool(WF_TUPLE_GET(a, i), WF_TUPLE_GET(b, i), WF_LT);
}

// The fastest comparison valid for every key of type t (NULL: none applies).
static lt_func fast_lt_for(wf_type_t *t, wf_object_t **keys, wf_ssize_t n, int first_items) {
    if (t == &wf_str_type) {
        return str_lt;
    }
    if (t == &wf_float_type) {
        return float_lt;
    }
    if (t == &wf_int_type) {
        for (wf_ssize_t i = 0; i < n; i++) {
            int64_t v;
            wf_object_t *k = first_items ? WF_TUPLE_GET(keys[i], 0) : keys[i];
            if (!wf_int_small_value(k, &v)) {
                return NULL;
            }
        }
        return int_lt;
    }
    return NULL;
}

static void choose_compare(merge_state_t *ms, wf_object_t **keys, wf_ssize_t n) {
    ms->lt = generic_lt;
    ms->tuple_elem_lt = generic_lt;
    if (n < 2) {
        return;
    }
    wf_type_t *t = WF_TYPE(keys[0]);
    for (wf_ssize_t i = 1; i < n; i++) {
        if (WF_TYPE(keys[i]) != t) {
            return;
        }
    }
    if (t == &wf_tuple_type) {
        if (WF_TUPLE_SIZE(keys[0]) == 0) {
            return;
        }
        wf_type_t *et = WF_TYPE(WF_TUPLE_GET(keys[0], 0));
        for (wf_ssize_t i = 0; i < n; i++) {
            if (WF_TUPLE_SIZE(keys[i]) == 0 || WF_TYPE(WF_TUPLE_GET(keys[i], 0)) != et) {
                return;
            }
        }
        lt_func f = fast_lt_for(et, keys, n, 1);
        ms->tuple_elem_lt = f != NULL ? f : generic_lt;
        ms->lt = tuple_lt;
        return;
    }
    lt_func f = fast_lt_for(t, keys, n, 0);
    if (f != NULL) {
        ms->lt = f;
    }
}

#define ISLT(a, b) (ms->lt(ms, (a), (b)))

// ---------------------------------------------------------------------------------------
// Runs and insertion sort.

// Sort s[0:hi) by binary insertion, given that s[0:start) is already sorted. 0 / -1.
static int binary_sort(merge_state_t *ms, slice_t *s, wf_ssize_t hi, wf_ssize_t start) {
    wf_object_t **keys = s->keys;
    for (; start < hi; ++start) {
        wf_object_t *pivot = keys[start];
        wf_ssize_t l = 0, r = start;
        while (l < r) {
            wf_ssize_t p = l + ((r - l) >> 1);
            int k = ISLT(pivot, keys[p]);
            if (k < 0) {
                return -1;
            }
            if (k) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        // Insert at l: shift s[l:start) right by one.
        memmove(&keys[l + 1], &keys[l], (size_t)(start - l) * PTRSIZE);
        keys[l] = pivot;
        if (s->values != NULL) {
            wf_object_t *pv = s->values[start];
            memmove(&s->values[l + 1], &s->values[l], (size_t)(start - l) * PTRSIZE);
            s->values[l] = pv;
        }
    }
    return 0;
}

// Length of the run starting at s[0] (at most n), made ascending. -1 on error.
static wf_ssize_t count_run(merge_state_t *ms, slice_t *s, wf_ssize_t n) {
    wf_object_t **keys = s->keys;
    if (n == 1) {
        return 1;
    }
    int k = ISLT(keys[1], keys[0]);
    if (k < 0) {
        return -1;
    }
    wf_ssize_t i = 2;
    if (k) {
        // Strictly descending: reversing keeps the sort stable.
        for (; i < n; i++) {
            k = ISLT(keys[i], keys[i - 1]);
            if (k < 0) {
                return -1;
            }
            if (!k) {
                break;
            }
        }
        ss_reverse(s, i);
    } else {
        for (; i < n; i++) {
            k = ISLT(keys[i], keys[i - 1]);
            if (k < 0) {
                return -1;
            }
            if (k) {
                break;
            }
        }
    }
    return i;
}

// ---------------------------------------------------------------------------------------
// Galloping searches over a sorted array a[0:n), starting near a[hint].

// k such that a[k-1] < key <= a[k] (leftmost insertion point). -1 on error.
static wf_ssize_t gallop_left(merge_state_t *ms, wf_object_t *key, wf_object_t **a,
                              wf_ssize_t n, wf_ssize_t hint) {
    wf_ssize_t lastofs = 0, ofs = 1, maxofs;
    int k = ISLT(a[hint], key);
    if (k < 0) {
        return -1;
    }
    if (k) {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        maxofs = n - hint;
        while (ofs < maxofs) {
            k = ISLT(a[hint + ofs], key);
            if (k < 0) {
                return -1;
            }
            if (!k) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) {
                ofs = maxofs;
            }
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        maxofs = hint + 1;
        while (ofs < maxofs) {
            k = ISLT(a[hint - ofs], key);
            if (k < 0) {
                return -1;
            }
            if (k) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) {
                ofs = maxofs;
            }
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        wf_ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
        wf_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        k = ISLT(a[m], key);
        if (k < 0) {
            return -1;
        }
        if (k) {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    return ofs;
}

// k such that a[k-1] <= key < a[k] (rightmost insertion point). -1 on error.
static wf_ssize_t gallop_right(merge_state_t *ms, wf_object_t *key, wf_object_t **a,
                               wf_ssize_t n, wf_ssize_t hint) {
    wf_ssize_t lastofs = 0, ofs = 1, maxofs;
    int k = ISLT(key, a[hint]);
    if (k < 0) {
        return -1;
    }
    if (k) {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        maxofs = hint + 1;
        while (ofs < maxofs) {
            k = ISLT(key, a[hint - ofs]);
            if (k < 0) {
                return -1;
            }
            if (!k) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) {
                ofs = maxofs;
            }
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        wf_ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        maxofs = n - hint;
        while (ofs < maxofs) {
            k = ISLT(key, a[hint + ofs]);
            if (k < 0) {
                return -1;
            }
            if (k) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) {
                ofs = maxofs;
            }
        }
        if (ofs > maxofs) {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
        wf_ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        k = ISLT(key, a[m]);
        if (k < 0) {
            return -1;
        }
        if (k) {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    return ofs;
}

// ---------------------------------------------------------------------------------------
// Merging.

static void merge_init(merge_state_t *ms, wf_ssize_t n, int has_values, wf_object_t **basekeys) {
    ms->alloced = has_values ? TEMP_INLINE / 2 : TEMP_INLINE;
    ms->temp.keys = ms->temp_inline;
    ms->temp.values = has_values ? ms->temp_inline + ms->alloced : NULL;
    ms->min_gallop = MIN_GALLOP;
    ms->listlen = n;
    ms->basekeys = basekeys;
    ms->n = 0;
}

static void merge_freemem(merge_state_t *ms) {
    if (ms->temp.keys != ms->temp_inline) {
        wf_mem_free(ms->temp.keys);
    }
    ms->temp.keys = ms->temp_inline;
}

// Ensure room for `need` entries of scratch space. 0 / -1.
static int merge_getmem(merge_state_t *ms, wf_ssize_t need) {
    if (need <= ms->alloced) {
        return 0;
    }
    int has_values = ms->temp.values != NULL;
    merge_freemem(ms);
    size_t per = has_values ? 2 : 1;
    if ((size_t)need > (size_t)WF_SSIZE_MAX / PTRSIZE / per) {
        wf_err_nomemory();
        return -1;
    }
    wf_object_t **mem = wf_mem_alloc((size_t)need * per * PTRSIZE);
    if (mem == NULL) {
        // Back to the inline scratch space, so the state stays consistent.
        ms->alloced = has_values ? TEMP_INLINE / 2 : TEMP_INLINE;
        ms->temp.values = has_values ? ms->temp_inline + ms->alloced : NULL;
        wf_err_nomemory();
        return -1;
    }
    ms->temp.keys = mem;
    ms->temp.values = has_values ? mem + need : NULL;
    ms->alloced = need;
    return 0;
}

// Merge the na items at a with the nb items at b (b follows a), na <= nb, in place.
// Preconditions (from merge_at): b[0] < a[0] and a[na-1] belongs after all of b.
static int merge_lo(merge_state_t *ms, slice_t a, wf_ssize_t na, slice_t b, wf_ssize_t nb) {
    int result = -1;
    wf_ssize_t k, acount, bcount;
    slice_t dest = a;
    if (merge_getmem(ms, na) < 0) {
        return -1;
    }
    ss_copy(&ms->temp, 0, &a, 0, na);
    a = ms->temp;
    ss_put(&dest, &b, 1);
    --nb;
    if (nb == 0) {
        goto succeed;
    }
    if (na == 1) {
        goto copy_b;
    }
    wf_ssize_t min_gallop = ms->min_gallop;
    for (;;) {
        acount = bcount = 0;
        // One-at-a-time merging until one run wins min_gallop times in a row.
        for (;;) {
            k = ISLT(b.keys[0], a.keys[0]);
            if (k < 0) {
                goto fail;
            }
            if (k) {
                ss_put(&dest, &b, 1);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) {
                    goto succeed;
                }
                if (bcount >= min_gallop) {
                    break;
                }
            } else {
                ss_put(&dest, &a, 1);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) {
                    goto copy_b;
                }
                if (acount >= min_gallop) {
                    break;
                }
            }
        }
        // Galloping, until neither run wins by MIN_GALLOP items any more.
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, b.keys[0], a.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) {
                    goto fail;
                }
                ss_copy(&dest, 0, &a, 0, k);
                ss_advance(&dest, k);
                ss_advance(&a, k);
                na -= k;
                if (na == 1) {
                    goto copy_b;
                }
                // na == 0 only happens with an inconsistent `<`.
                if (na == 0) {
                    goto succeed;
                }
            }
            ss_put(&dest, &b, 1);
            --nb;
            if (nb == 0) {
                goto succeed;
            }
            k = gallop_left(ms, a.keys[0], b.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) {
                    goto fail;
                }
                ss_move(&dest, 0, &b, 0, k);
                ss_advance(&dest, k);
                ss_advance(&b, k);
                nb -= k;
                if (nb == 0) {
                    goto succeed;
                }
            }
            ss_put(&dest, &a, 1);
            --na;
            if (na == 1) {
                goto copy_b;
            }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) {
        ss_copy(&dest, 0, &a, 0, na);
    }
    return result;
copy_b:
    // The last item of a belongs at the very end.
    ss_move(&dest, 0, &b, 0, nb);
    ss_copy(&dest, nb, &a, 0, 1);
    return 0;
}

// Merge the na items at a with the nb items at b (b follows a), na >= nb, from the right.
static int merge_hi(merge_state_t *ms, slice_t a, wf_ssize_t na, slice_t b, wf_ssize_t nb) {
    int result = -1;
    wf_ssize_t k, acount, bcount;
    slice_t dest, basea, baseb;
    if (merge_getmem(ms, nb) < 0) {
        return -1;
    }
    dest = b;
    ss_advance(&dest, nb - 1);
    ss_copy(&ms->temp, 0, &b, 0, nb);
    basea = a;
    baseb = ms->temp;
    b = ms->temp;
    ss_advance(&b, nb - 1);
    ss_advance(&a, na - 1);

    ss_put(&dest, &a, -1);
    --na;
    if (na == 0) {
        goto succeed;
    }
    if (nb == 1) {
        goto copy_a;
    }
    wf_ssize_t min_gallop = ms->min_gallop;
    for (;;) {
        acount = bcount = 0;
        for (;;) {
            k = ISLT(b.keys[0], a.keys[0]);
            if (k < 0) {
                goto fail;
            }
            if (k) {
                ss_put(&dest, &a, -1);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) {
                    goto succeed;
                }
                if (acount >= min_gallop) {
                    break;
                }
            } else {
                ss_put(&dest, &b, -1);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) {
                    goto copy_a;
                }
                if (bcount >= min_gallop) {
                    break;
                }
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, b.keys[0], basea.keys, na, na - 1);
            if (k < 0) {
                goto fail;
            }
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&a, -k);
                ss_move(&dest, 1, &a, 1, k);
                na -= k;
                if (na == 0) {
                    goto succeed;
                }
            }
            ss_put(&dest, &b, -1);
            --nb;
            if (nb == 1) {
                goto copy_a;
            }
            k = gallop_left(ms, a.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) {
                goto fail;
            }
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&b, -k);
                ss_copy(&dest, 1, &b, 1, k);
                nb -= k;
                if (nb == 1) {
                    goto copy_a;
                }
                // nb == 0 only happens with an inconsistent `<`.
                if (nb == 0) {
                    goto succeed;
                }
            }
            ss_put(&dest, &a, -1);
            --na;
            if (na == 0) {
                goto succeed;
            }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) {
        ss_copy(&dest, -(nb - 1), &baseb, 0, nb);
    }
    return result;
copy_a:
    // The first item of b belongs at the very front.
    ss_advance(&dest, -na);
    ss_advance(&a, -na);
    ss_move(&dest, 1, &a, 1, na);
    ss_copy(&dest, 0, &b, 0, 1);
    return 0;
}

// Merge pending runs i and i+1.
static int merge_at(merge_state_t *ms, int i) {
    run_t *p = ms->pending;
    slice_t a = p[i].base, b = p[i + 1].base;
    wf_ssize_t na = p[i].len, nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i == ms->n - 3) {
        p[i + 1] = p[i + 2];
    }
    --ms->n;
    // Items of a already in place (<= b[0]) need not move.
    wf_ssize_t k = gallop_right(ms, b.keys[0], a.keys, na, 0);
    if (k < 0) {
        return -1;
    }
    ss_advance(&a, k);
    na -= k;
    if (na == 0) {
        return 0;
    }
    // Items of b already in place (>= a[na-1]) need not move either.
    nb = gallop_left(ms, a.keys[na - 1], b.keys, nb, nb - 1);
    if (nb <= 0) {
        return (int)nb;
    }
    return na <= nb ? merge_lo(ms, a, na, b, nb) : merge_hi(ms, a, na, b, nb);
}

// Powersort's node power of the boundary between run 1 [s1, s1+n1) and run 2 (n2 items
// following it) in a list of n items.
static int powerloop(wf_ssize_t s1, wf_ssize_t n1, wf_ssize_t n2, wf_ssize_t n) {
    int result = 0;
    wf_ssize_t a = 2 * s1 + n1;  // twice the midpoint of run 1
    wf_ssize_t b = a + n1 + n2;  // twice the midpoint of run 2
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

// A run of n2 items is about to be pushed: merge what the powersort rule says must go first.
static int found_new_run(merge_state_t *ms, wf_ssize_t n2) {
    if (ms->n) {
        run_t *p = ms->pending;
        wf_ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        wf_ssize_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0) {
                return -1;
            }
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(merge_state_t *ms) {
    run_t *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) {
            --n;
        }
        if (merge_at(ms, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static wf_ssize_t compute_minrun(wf_ssize_t n) {
    wf_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Sort keys[0:n) (and values in parallel, when not NULL). 0 / -1.
static int timsort(wf_object_t **keys, wf_object_t **values, wf_ssize_t n) {
    merge_state_t *ms = wf_mem_alloc(sizeof(merge_state_t));
    if (ms == NULL) {
        wf_err_nomemory();
        return -1;
    }
    merge_init(ms, n, values != NULL, keys);
    choose_compare(ms, keys, n);
    int result = -1;
    slice_t lo = {keys, values};
    wf_ssize_t remaining = n;
    wf_ssize_t minrun = compute_minrun(n);
    while (remaining > 0) {
        wf_ssize_t len = count_run(ms, &lo, remaining);
        if (len < 0) {
            goto done;
        }
        if (len < minrun) {
            wf_ssize_t force = remaining <= minrun ? remaining : minrun;
            if (binary_sort(ms, &lo, force, len) < 0) {
                goto done;
            }
            len = force;
        }
        if (found_new_run(ms, len) < 0) {
            goto done;
        }
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = len;
        ++ms->n;
        ss_advance(&lo, len);
        remaining -= len;
    }
    if (merge_force_collapse(ms) < 0) {
        goto done;
    }
    result = 0;
done:
    merge_freemem(ms);
    wf_mem_free(ms);
    return result;
}

// ---------------------------------------------------------------------------------------

int wf_list_sort(wf_object_t *self, wf_object_t *key, int reverse) {
    wf_list_t *l = (wf_list_t *)self;
    int result = -1;
    wf_object_t **keys = NULL;
    wf_ssize_t saved_size;
    wf_object_t **saved_items;
    wf_ssize_t saved_alloc;
    if (key == WF_NONE) {
        key = NULL;
    }

    // Take the items out of the list for the duration of the sort.
    WF_BEGIN_CRITICAL(self);
    saved_size = WF_SIZE(l);
    saved_items = l->items;
    saved_alloc = l->allocated;
    WF_SET_SIZE(l, 0);
    WF_ATOMIC_STORE_RELEASE(&l->items, (wf_object_t **)NULL);
    l->allocated = -1;
    WF_END_CRITICAL(self);

    wf_ssize_t nkeys = 0;
    if (key != NULL && saved_size > 0) {
        keys = wf_mem_alloc((size_t)saved_size * PTRSIZE);
        if (keys == NULL) {
            wf_err_nomemory();
            goto restore;
        }
        for (; nkeys < saved_size; nkeys++) {
            keys[nkeys] = wf_call_one(key, saved_items[nkeys]);
            if (keys[nkeys] == NULL) {
                goto restore;
            }
        }
    }

    if (saved_size > 1) {
        wf_object_t **k = keys != NULL ? keys : saved_items;
        wf_object_t **v = keys != NULL ? saved_items : NULL;
        if (reverse) {
            reverse_ptrs(k, k + saved_size);
            if (v != NULL) {
                reverse_ptrs(v, v + saved_size);
            }
        }
        result = timsort(k, v, saved_size);
        if (reverse) {
            reverse_ptrs(saved_items, saved_items + saved_size);
        }
    } else {
        result = 0;
    }

restore:;
    wf_object_t **final_items;
    wf_ssize_t final_size;
    int modified;
    WF_BEGIN_CRITICAL(self);
    modified = l->allocated != -1;
    final_items = l->items;
    final_size = WF_SIZE(l);
    l->allocated = saved_alloc;
    WF_ATOMIC_STORE_RELEASE(&l->items, saved_items);
    WF_SET_SIZE(l, saved_size);
    WF_END_CRITICAL(self);
    if (modified && result == 0) {
        wf_err_set_string(&wf_exc_ValueError, "list modified during sort");
        result = -1;
    }
    // Whatever was put into the list meanwhile is dropped.
    if (final_items != NULL) {
        while (--final_size >= 0) {
            WF_XDECREF(final_items[final_size]);
        }
        wf_mem_free(final_items);
    }
    if (keys != NULL) {
        for (wf_ssize_t i = 0; i < nkeys; i++) {
            WF_DECREF(keys[i]);
        }
        wf_mem_free(keys);
    }
    return result;
}
