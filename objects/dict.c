// dict: a compact, insertion-ordered hash table (the layout is described in dict.h).
//
// Lookups probe the index table with CPython's recurrence (i = 5*i + 1 + perturb,
// perturb >>= 5) and compare hashes before keys. A comparison may run Python code that
// mutates the dict; lookups then restart on the new table. Dicts whose keys are all exact
// strs use a lookup that never calls out (pointer compare, then wf_str_eq).
//
// The shared static `empty_keys` table serves every empty dict: it has no usable entries,
// so the first insertion allocates a real table. Tables grow to fit 3 * used items when
// their usable entries run out; deleted entries stay as holes until the next resize.
// Every mutation happens inside the dict's critical section; references that a mutation
// drops are released at its end, when the dict is consistent again.
#include "objects/dict.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/genericalias.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#define D(o) ((wf_dict_t *)(o))

enum { IX_EMPTY = -1, IX_DUMMY = -2, IX_ERROR = -3, PERTURB_SHIFT = 5, LOG2_MINSIZE = 3 };
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define MAX_PRESIZE (128 * 1024)

static int8_t empty_index[1] = {IX_EMPTY};
static wf_dict_keys_t empty_keys = {
    .log2_size = 0,
    .log2_ixbytes = 0,
    .str_keys = 1,
    .usable = 0,
    .nentries = 0,
    .indices = empty_index,
    .entries = NULL,
};

// ---------------------------------------------------------------------------------------
// Keys tables.

static inline wf_ssize_t ix_get(const wf_dict_keys_t *k, size_t i) {
    switch (k->log2_ixbytes) {
    case 0: return ((const int8_t *)k->indices)[i];
    case 1: return ((const int16_t *)k->indices)[i];
    case 2: return ((const int32_t *)k->indices)[i];
    default: return ((const int64_t *)k->indices)[i];
    }
}

static inline void ix_set(wf_dict_keys_t *k, size_t i, wf_ssize_t ix) {
    switch (k->log2_ixbytes) {
    case 0: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->indices)[i] = (int64_t)ix; break;
    }
}

static wf_dict_keys_t *new_keys(uint8_t log2_size, int str_keys) {
    uint8_t log2_ixbytes = log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    size_t size = (size_t)1 << log2_size;
    wf_ssize_t usable = USABLE_FRACTION((wf_ssize_t)size);
    size_t ixbytes = size << log2_ixbytes;
    size_t header = (sizeof(wf_dict_keys_t) + 7) & ~(size_t)7;
    size_t total = header + ((ixbytes + 7) & ~(size_t)7) + (size_t)usable * sizeof(wf_dict_entry_t);
    if (log2_size >= 8 * sizeof(size_t) - 4) {
        wf_err_nomemory();
        return NULL;
    }
    wf_dict_keys_t *k = wf_mem_alloc(total);
    if (k == NULL) {
        wf_err_nomemory();
        return NULL;
    }
    k->log2_size = log2_size;
    k->log2_ixbytes = log2_ixbytes;
    k->str_keys = (uint8_t)str_keys;
    k->usable = usable;
    k->nentries = 0;
    k->indices = (char *)k + header;
    k->entries = (wf_dict_entry_t *)((char *)k->indices + ((ixbytes + 7) & ~(size_t)7));
    memset(k->indices, 0xff, ixbytes);  // every index IX_EMPTY
    return k;
}

static void free_keys(wf_dict_keys_t *k) {
    if (k != &empty_keys) {
        wf_mem_free(k);
    }
}

// Smallest log2 table size holding `minsize` slots.
static uint8_t log2_keysize(wf_ssize_t minsize) {
    uint8_t log2 = LOG2_MINSIZE;
    while (((wf_ssize_t)1 << log2) < minsize && log2 < 62) {
        log2++;
    }
    return log2;
}

// Table size for `n` items without a resize on the way.
static uint8_t estimate_log2_keysize(wf_ssize_t n) {
    return log2_keysize((n * 3 + 1) / 2);
}

static inline wf_hash_t str_hash_cached(wf_object_t *s) {
    wf_hash_t h = ((wf_str_t *)s)->hash;
    return h != -1 ? h : wf_str_hash(s);
}

static inline wf_hash_t key_hash(wf_object_t *key) {
    if (WF_STR_CHECK_EXACT(key)) {
        return str_hash_cached(key);
    }
    return wf_hash(key);
}

// First unused (empty or deleted) index slot for `hash`.
static size_t find_empty_slot(wf_dict_keys_t *k, wf_hash_t hash) {
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Index slot holding entry position `ix` (which has hash `hash`).
static size_t slot_of_entry(wf_dict_keys_t *k, wf_hash_t hash, wf_ssize_t ix) {
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// ---------------------------------------------------------------------------------------
// Lookup. Returns the entry position, IX_EMPTY when absent or IX_ERROR (exception set).

static wf_ssize_t lookup_str(wf_dict_keys_t *k, wf_object_t *key, wf_hash_t hash) {
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        wf_ssize_t ix = ix_get(k, i);
        if (ix >= 0) {
            wf_dict_entry_t *e = &k->entries[ix];
            if (e->key == key || (e->hash == hash && wf_str_eq(e->key, key))) {
                return ix;
            }
        } else if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static wf_ssize_t lookup(wf_dict_t *d, wf_object_t *key, wf_hash_t hash) {
restart:;
    wf_dict_keys_t *k = d->keys;
    if (k->str_keys && WF_STR_CHECK_EXACT(key)) {
        return lookup_str(k, key, hash);
    }
    size_t mask = ((size_t)1 << k->log2_size) - 1;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        wf_ssize_t ix = ix_get(k, i);
        if (ix == IX_EMPTY) {
            return IX_EMPTY;
        }
        if (ix >= 0) {
            wf_dict_entry_t *e = &k->entries[ix];
            wf_object_t *startkey = e->key;
            if (startkey == key) {
                return ix;
            }
            if (e->hash == hash) {
                if (WF_STR_CHECK_EXACT(startkey) && WF_STR_CHECK_EXACT(key)) {
                    if (wf_str_eq(startkey, key)) {
                        return ix;
                    }
                } else {
                    WF_INCREF(startkey);
                    int cmp = wf_richcompare_bool(startkey, key, WF_EQ);
                    WF_DECREF(startkey);
                    if (cmp < 0) {
                        return IX_ERROR;
                    }
                    if (k != d->keys || k->entries[ix].key != startkey) {
                        goto restart;  // the comparison mutated the dict
                    }
                    if (cmp > 0) {
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Lookup with a known hash: 1 found (*value a new reference), 0 absent, -1 error.
static int get_ref_hash(wf_dict_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t **value) {
    int r;
    WF_BEGIN_CRITICAL(d);
    wf_ssize_t ix = lookup(d, key, hash);
    if (ix >= 0) {
        *value = wf_newref(d->keys->entries[ix].value);
        r = 1;
    } else {
        *value = NULL;
        r = ix == IX_EMPTY ? 0 : -1;
    }
    WF_END_CRITICAL(d);
    return r;
}

int wf_dict_get_ref_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t **value) {
    return get_ref_hash(D(d), key, hash, value);
}

int wf_dict_get_ref(wf_object_t *d, wf_object_t *key, wf_object_t **value) {
    wf_hash_t hash = key_hash(key);
    if (hash == -1) {
        *value = NULL;
        return -1;
    }
    return get_ref_hash(D(d), key, hash, value);
}

int wf_dict_get_ref_str(wf_object_t *d, wf_object_t *key, wf_object_t **value) {
    return get_ref_hash(D(d), key, str_hash_cached(key), value);
}

int wf_dict_get_ref_cstr(wf_object_t *d, const char *key, wf_object_t **value) {
    wf_object_t *k = wf_str_from_cstr(key);
    if (k == NULL) {
        *value = NULL;
        return -1;
    }
    int r = wf_dict_get_ref(d, k, value);
    WF_DECREF(k);
    return r;
}

int wf_dict_contains_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash) {
    wf_ssize_t ix;
    WF_BEGIN_CRITICAL(d);
    ix = lookup(D(d), key, hash);
    WF_END_CRITICAL(d);
    return ix >= 0 ? 1 : ix == IX_EMPTY ? 0 : -1;
}

int wf_dict_contains(wf_object_t *d, wf_object_t *key) {
    wf_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return wf_dict_contains_hash(d, key, hash);
}

// ---------------------------------------------------------------------------------------
// Insertion and deletion.

// Rebuild the table with 1 << log2 index slots, dropping the holes left by deletions.
static int resize_locked(wf_dict_t *d, uint8_t log2) {
    wf_dict_keys_t *old = d->keys;
    wf_ssize_t used = d->used;
    while (USABLE_FRACTION((wf_ssize_t)1 << log2) < used) {
        log2++;
    }
    wf_dict_keys_t *k = new_keys(log2, old->str_keys);
    if (k == NULL) {
        return -1;
    }
    if (old->nentries == used) {
        if (used > 0) {
            memcpy(k->entries, old->entries, (size_t)used * sizeof(wf_dict_entry_t));
        }
    } else {
        wf_dict_entry_t *dst = k->entries;
        for (wf_ssize_t i = 0; i < old->nentries; i++) {
            if (old->entries[i].value != NULL) {
                *dst++ = old->entries[i];
            }
        }
    }
    for (wf_ssize_t i = 0; i < used; i++) {
        ix_set(k, find_empty_slot(k, k->entries[i].hash), i);
    }
    k->usable -= used;
    k->nentries = used;
    WF_ATOMIC_STORE_RELEASE(&d->keys, k);
    free_keys(old);
    return 0;
}

static int grow_locked(wf_dict_t *d) {
    return resize_locked(d, log2_keysize(d->used * 3));
}

// Insert or replace (increfs key and value). Old value released after the store.
static int insert_locked(wf_dict_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t *value) {
    wf_ssize_t ix = lookup(d, key, hash);
    if (ix == IX_ERROR) {
        return -1;
    }
    if (ix >= 0) {
        wf_dict_entry_t *e = &d->keys->entries[ix];
        wf_object_t *old = e->value;
        e->value = wf_newref(value);
        d->version++;
        WF_DECREF(old);
        return 0;
    }
    if (d->keys->usable <= 0 && grow_locked(d) < 0) {
        return -1;
    }
    wf_dict_keys_t *k = d->keys;
    wf_ssize_t n = k->nentries;
    wf_dict_entry_t *e = &k->entries[n];
    e->hash = hash;
    e->key = wf_newref(key);
    e->value = wf_newref(value);
    ix_set(k, find_empty_slot(k, hash), n);
    if (!WF_STR_CHECK_EXACT(key)) {
        k->str_keys = 0;
    }
    k->nentries = n + 1;
    k->usable--;
    WF_ATOMIC_STORE_RELAXED(&d->used, d->used + 1);
    d->version++;
    return 0;
}

int wf_dict_setitem_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t *value) {
    int r;
    WF_BEGIN_CRITICAL(d);
    r = insert_locked(D(d), key, hash, value);
    WF_END_CRITICAL(d);
    return r;
}

int wf_dict_setitem(wf_object_t *d, wf_object_t *key, wf_object_t *value) {
    if (!WF_DICT_CHECK(d)) {
        wf_err_bad_internal_call("wf_dict_setitem");
        return -1;
    }
    wf_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return wf_dict_setitem_hash(d, key, hash, value);
}

int wf_dict_setitem_cstr(wf_object_t *d, const char *key, wf_object_t *value) {
    wf_object_t *k = wf_str_intern_cstr(key);
    if (k == NULL) {
        return -1;
    }
    int r = wf_dict_setitem(d, k, value);
    WF_DECREF(k);
    return r;
}

// Unlink entry `ix`; its key and value are handed to the caller.
static void remove_entry_locked(wf_dict_t *d, wf_ssize_t ix, wf_object_t **key,
                                wf_object_t **value) {
    wf_dict_keys_t *k = d->keys;
    wf_dict_entry_t *e = &k->entries[ix];
    ix_set(k, slot_of_entry(k, e->hash, ix), IX_DUMMY);
    *key = e->key;
    *value = e->value;
    e->key = NULL;
    e->value = NULL;
    WF_ATOMIC_STORE_RELAXED(&d->used, d->used - 1);
    d->version++;
}

// Remove key: 1 removed (*value new ref, may be NULL to drop it), 0 absent, -1 error.
static int pop_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t **value) {
    wf_object_t *oldkey = NULL, *oldvalue = NULL;
    int r;
    WF_BEGIN_CRITICAL(d);
    wf_ssize_t ix = D(d)->used == 0 ? IX_EMPTY : lookup(D(d), key, hash);
    if (ix >= 0) {
        remove_entry_locked(D(d), ix, &oldkey, &oldvalue);
        r = 1;
    } else {
        r = ix == IX_EMPTY ? 0 : -1;
    }
    WF_END_CRITICAL(d);
    WF_XDECREF(oldkey);
    if (value != NULL) {
        *value = oldvalue;
    } else {
        WF_XDECREF(oldvalue);
    }
    return r;
}

int wf_dict_pop(wf_object_t *d, wf_object_t *key, wf_object_t **value) {
    *value = NULL;
    wf_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return pop_hash(d, key, hash, value);
}

void wf_dict_set_key_error(wf_object_t *key) {
    wf_object_t *t = wf_tuple_pack(1, key);
    if (t != NULL) {
        wf_err_set(&wf_exc_KeyError, t);
        WF_DECREF(t);
    }
}

int wf_dict_delitem(wf_object_t *d, wf_object_t *key) {
    wf_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    int r = pop_hash(d, key, hash, NULL);
    if (r == 0) {
        wf_dict_set_key_error(key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

wf_ssize_t wf_dict_size(wf_object_t *d) {
    return WF_ATOMIC_LOAD_RELAXED(&D(d)->used);
}

void wf_dict_clear(wf_object_t *d) {
    wf_dict_keys_t *old;
    WF_BEGIN_CRITICAL(d);
    old = D(d)->keys;
    WF_ATOMIC_STORE_RELEASE(&D(d)->keys, &empty_keys);
    WF_ATOMIC_STORE_RELAXED(&D(d)->used, 0);
    D(d)->version++;
    WF_END_CRITICAL(d);
    // The dict is already empty: destructors run now may even refill it.
    for (wf_ssize_t i = 0; i < old->nentries; i++) {
        wf_dict_entry_t *e = &old->entries[i];
        if (e->value != NULL) {
            WF_DECREF(e->key);
            WF_DECREF(e->value);
        }
    }
    free_keys(old);
}

wf_object_t *wf_dict_setdefault(wf_object_t *d, wf_object_t *key, wf_object_t *dflt) {
    wf_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    wf_object_t *r = NULL;
    WF_BEGIN_CRITICAL(d);
    wf_ssize_t ix = lookup(D(d), key, hash);
    if (ix >= 0) {
        r = wf_newref(D(d)->keys->entries[ix].value);
    } else if (ix == IX_EMPTY && insert_locked(D(d), key, hash, dflt) == 0) {
        r = wf_newref(dflt);
    }
    WF_END_CRITICAL(d);
    return r;
}

// ---------------------------------------------------------------------------------------
// Iteration helpers.

int wf_dict_next_hash(wf_object_t *d, wf_ssize_t *pos, wf_object_t **key, wf_object_t **value,
                      wf_hash_t *hash) {
    wf_dict_keys_t *k = D(d)->keys;
    wf_ssize_t i = *pos;
    if (i < 0) {
        return 0;
    }
    while (i < k->nentries && k->entries[i].value == NULL) {
        i++;
    }
    if (i >= k->nentries) {
        *pos = i;
        return 0;
    }
    *pos = i + 1;
    if (key != NULL) {
        *key = k->entries[i].key;
    }
    if (value != NULL) {
        *value = k->entries[i].value;
    }
    if (hash != NULL) {
        *hash = k->entries[i].hash;
    }
    return 1;
}

int wf_dict_next(wf_object_t *d, wf_ssize_t *pos, wf_object_t **key, wf_object_t **value) {
    return wf_dict_next_hash(d, pos, key, value, NULL);
}

// A list made of what `which` picks from each live entry (0 keys, 1 values, 2 pairs).
static wf_object_t *collect(wf_object_t *d, int which) {
    for (;;) {
        wf_ssize_t n = wf_dict_size(d);
        wf_object_t *l = wf_list_new(n);
        if (l == NULL) {
            return NULL;
        }
        wf_object_t **pairs = NULL;
        if (which == 2) {
            // Allocate the pairs outside the critical section (allocation may collect).
            pairs = wf_mem_alloc((size_t)(n ? n : 1) * sizeof(wf_object_t *));
            if (pairs == NULL) {
                WF_DECREF(l);
                return wf_err_nomemory();
            }
            for (wf_ssize_t i = 0; i < n; i++) {
                pairs[i] = wf_tuple_new(2);
                if (pairs[i] == NULL) {
                    while (--i >= 0) {
                        WF_DECREF(pairs[i]);
                    }
                    wf_mem_free(pairs);
                    WF_DECREF(l);
                    return NULL;
                }
            }
        }
        int ok;
        WF_BEGIN_CRITICAL(d);
        ok = wf_dict_size(d) == n;
        if (ok) {
            wf_ssize_t pos = 0, j = 0;
            wf_object_t *key, *value;
            while (wf_dict_next(d, &pos, &key, &value)) {
                wf_object_t *item;
                if (which == 0) {
                    item = wf_newref(key);
                } else if (which == 1) {
                    item = wf_newref(value);
                } else {
                    item = pairs[j];
                    WF_TUPLE_SET_STEAL(item, 0, wf_newref(key));
                    WF_TUPLE_SET_STEAL(item, 1, wf_newref(value));
                }
                WF_LIST_SET_STEAL(l, j, item);
                j++;
            }
        }
        WF_END_CRITICAL(d);
        wf_mem_free(pairs);
        if (ok) {
            return l;
        }
        // The dict changed size while the tuples were allocated: start over.
        if (pairs != NULL) {
            for (wf_ssize_t i = 0; i < n; i++) {
                WF_DECREF(pairs[i]);
            }
        }
        WF_DECREF(l);
    }
}

wf_object_t *wf_dict_keys_list(wf_object_t *d) {
    return collect(d, 0);
}

wf_object_t *wf_dict_values_list(wf_object_t *d) {
    return collect(d, 1);
}

wf_object_t *wf_dict_items_list(wf_object_t *d) {
    return collect(d, 2);
}

// ---------------------------------------------------------------------------------------
// Creation, copying, merging.

static wf_dict_t *dict_alloc_exact(void) {
    wf_dict_t *d = (wf_dict_t *)wf_object_alloc(&wf_dict_type, sizeof(wf_dict_t));
    if (d == NULL) {
        return NULL;
    }
    d->keys = &empty_keys;
    d->used = 0;
    d->version = 0;
    return d;
}

wf_object_t *wf_dict_new(void) {
    wf_dict_t *d = dict_alloc_exact();
    if (d != NULL) {
        wf_gc_track(WF_OBJ(d));
    }
    return WF_OBJ(d);
}

wf_object_t *wf_dict_new_presized(wf_ssize_t n) {
    wf_dict_t *d = dict_alloc_exact();
    if (d == NULL) {
        return NULL;
    }
    if (n > USABLE_FRACTION((wf_ssize_t)1 << LOG2_MINSIZE)) {
        if (n > MAX_PRESIZE) {
            n = MAX_PRESIZE;
        }
        wf_dict_keys_t *k = new_keys(estimate_log2_keysize(n), 1);
        if (k == NULL) {
            wf_object_free(d);
            return NULL;
        }
        d->keys = k;
    }
    wf_gc_track(WF_OBJ(d));
    return WF_OBJ(d);
}

// Make `d` (empty) share nothing but hold the same entries as `src`, which has no holes:
// the table is copied as a block.
static int clone_into_locked(wf_dict_t *d, wf_dict_t *src) {
    wf_dict_keys_t *s = src->keys;
    wf_dict_keys_t *k = new_keys(s->log2_size, s->str_keys);
    if (k == NULL) {
        return -1;
    }
    size_t ixbytes = ((size_t)1 << s->log2_size) << s->log2_ixbytes;
    memcpy(k->indices, s->indices, ixbytes);
    memcpy(k->entries, s->entries, (size_t)s->nentries * sizeof(wf_dict_entry_t));
    for (wf_ssize_t i = 0; i < s->nentries; i++) {
        WF_INCREF(k->entries[i].key);
        WF_INCREF(k->entries[i].value);
    }
    k->usable = s->usable;
    k->nentries = s->nentries;
    wf_dict_keys_t *old = d->keys;
    WF_ATOMIC_STORE_RELEASE(&d->keys, k);
    WF_ATOMIC_STORE_RELAXED(&d->used, src->used);
    d->version++;
    free_keys(old);
    return 0;
}

static wf_object_t *dict_iter(wf_object_t *self);

// Merge a real dict (whose iteration is the dict's own) into d.
static int merge_dict_locked(wf_dict_t *d, wf_dict_t *other, int override) {
    if (other == d || other->used == 0) {
        return 0;
    }
    // An empty target takes a block copy of a hole-free source table that is not oversized.
    if (d->used == 0 && d->keys->nentries == 0 && other->used == other->keys->nentries &&
        (other->keys->log2_size == LOG2_MINSIZE ||
         USABLE_FRACTION(((wf_ssize_t)1 << other->keys->log2_size) / 2) < other->used)) {
        return clone_into_locked(d, other);
    }
    if (d->used == 0) {
        override = 1;  // nothing to collide with
    }
    if (USABLE_FRACTION((wf_ssize_t)1 << d->keys->log2_size) - d->keys->nentries < other->used &&
        resize_locked(d, estimate_log2_keysize(d->used + other->used)) < 0) {
        return -1;
    }
    wf_ssize_t orig = other->keys->nentries;
    wf_ssize_t pos = 0;
    wf_object_t *key, *value;
    wf_hash_t hash;
    while (wf_dict_next_hash(WF_OBJ(other), &pos, &key, &value, &hash)) {
        int err = 0;
        WF_INCREF(key);
        WF_INCREF(value);
        if (override == 1) {
            err = insert_locked(d, key, hash, value);
        } else {
            wf_ssize_t ix = lookup(d, key, hash);
            if (ix == IX_EMPTY) {
                err = insert_locked(d, key, hash, value);
            } else if (ix == IX_ERROR) {
                err = -1;
            } else if (override == 2) {
                wf_dict_set_key_error(key);
                err = -1;
            }
        }
        WF_DECREF(value);
        WF_DECREF(key);
        if (err != 0) {
            return -1;
        }
        if (orig != other->keys->nentries) {
            wf_err_set_string(&wf_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// Merge any mapping: keys() then other[key] for each.
static int merge_mapping(wf_object_t *d, wf_object_t *other, int override) {
    wf_object_t *keys = wf_call_method(other, WF_ID(keys), NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    wf_object_t *it = wf_iter(keys);
    WF_DECREF(keys);
    if (it == NULL) {
        return -1;
    }
    int r = 0;
    for (;;) {
        wf_object_t *key = wf_iter_next(it);
        if (key == NULL) {
            if (wf_err_occurred()) {
                r = -1;
            }
            break;
        }
        if (override != 1) {
            int has = wf_dict_contains(d, key);
            if (has != 0) {
                if (has > 0 && override == 2) {
                    wf_dict_set_key_error(key);
                    has = -1;
                }
                WF_DECREF(key);
                if (has < 0) {
                    r = -1;
                    break;
                }
                continue;
            }
        }
        wf_object_t *value = wf_getitem(other, key);
        if (value == NULL) {
            WF_DECREF(key);
            r = -1;
            break;
        }
        r = wf_dict_setitem(d, key, value);
        WF_DECREF(key);
        WF_DECREF(value);
        if (r < 0) {
            break;
        }
    }
    WF_DECREF(it);
    return r;
}

int wf_dict_merge(wf_object_t *d, wf_object_t *other, int override) {
    if (!WF_DICT_CHECK(d)) {
        wf_err_bad_internal_call("wf_dict_merge");
        return -1;
    }
    if (WF_DICT_CHECK(other) && WF_TYPE(other)->iter == dict_iter) {
        int r;
        WF_BEGIN_CRITICAL2(d, other);
        r = merge_dict_locked(D(d), D(other), override);
        WF_END_CRITICAL2(d, other);
        return r;
    }
    return merge_mapping(d, other, override);
}

// Items of `seq2` must be pairs (key, value).
static int merge_from_seq2(wf_object_t *d, wf_object_t *seq2, int override) {
    wf_object_t *it = wf_iter(seq2);
    if (it == NULL) {
        return -1;
    }
    int r = 0;
    for (wf_ssize_t i = 0;; i++) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                r = -1;
            }
            break;
        }
        wf_object_t *fast;
        if (WF_LIST_CHECK_EXACT(item) || WF_TUPLE_CHECK_EXACT(item)) {
            fast = wf_newref(item);
        } else {
            wf_object_t *iit = wf_iter(item);
            if (iit == NULL) {
                if (wf_err_matches(&wf_exc_TypeError)) {
                    wf_err_format(&wf_exc_TypeError,
                                  "cannot convert dictionary update sequence element #%zd to a "
                                  "sequence",
                                  i);
                }
                fast = NULL;
            } else {
                fast = wf_sequence_list(iit);
                WF_DECREF(iit);
            }
        }
        WF_DECREF(item);
        if (fast == NULL) {
            r = -1;
            break;
        }
        wf_ssize_t n = WF_TUPLE_CHECK_EXACT(fast) ? WF_TUPLE_SIZE(fast) : WF_SIZE(fast);
        if (n != 2) {
            wf_err_format(&wf_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required",
                          i, n);
            WF_DECREF(fast);
            r = -1;
            break;
        }
        wf_object_t *key, *value;
        if (WF_TUPLE_CHECK_EXACT(fast)) {
            key = wf_newref(WF_TUPLE_GET(fast, 0));
            value = wf_newref(WF_TUPLE_GET(fast, 1));
        } else {
            key = wf_newref(WF_LIST_ITEMS(fast)[0]);
            value = wf_newref(WF_LIST_ITEMS(fast)[1]);
        }
        WF_DECREF(fast);
        if (override) {
            r = wf_dict_setitem(d, key, value);
        } else {
            wf_object_t *v = wf_dict_setdefault(d, key, value);
            r = v == NULL ? -1 : 0;
            WF_XDECREF(v);
        }
        WF_DECREF(key);
        WF_DECREF(value);
        if (r < 0) {
            break;
        }
    }
    WF_DECREF(it);
    return r;
}

// d.update(arg): a dict, anything with keys(), or an iterable of pairs.
static int update_arg(wf_object_t *d, wf_object_t *arg) {
    if (WF_DICT_CHECK_EXACT(arg)) {
        return wf_dict_merge(d, arg, 1);
    }
    wf_object_t *func = NULL;
    int has = wf_getattr_opt(arg, WF_ID(keys), &func);
    if (has < 0) {
        return -1;
    }
    if (has > 0) {
        WF_DECREF(func);
        return wf_dict_merge(d, arg, 1);
    }
    return merge_from_seq2(d, arg, 1);
}

int wf_dict_update(wf_object_t *d, wf_object_t *other) {
    return update_arg(d, other);
}

wf_object_t *wf_dict_copy(wf_object_t *d) {
    wf_object_t *r = wf_dict_new();
    if (r == NULL) {
        return NULL;
    }
    int err;
    WF_BEGIN_CRITICAL(d);
    err = merge_dict_locked(D(r), D(d), 1);
    WF_END_CRITICAL(d);
    if (err < 0) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Slots.

static void dict_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, dict_dealloc)) {
        return;
    }
    wf_dict_keys_t *k = D(o)->keys;
    for (wf_ssize_t i = 0; i < k->nentries; i++) {
        wf_dict_entry_t *e = &k->entries[i];
        if (e->value != NULL) {
            WF_DECREF(e->key);
            WF_DECREF(e->value);
        }
    }
    free_keys(k);
    wf_object_free(o);
    wf_list_trash_end();
}

static int dict_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_dict_keys_t *k = D(o)->keys;
    for (wf_ssize_t i = 0; i < k->nentries; i++) {
        wf_dict_entry_t *e = &k->entries[i];
        if (e->value != NULL) {
            int r = visit(e->key, arg);
            if (!r) {
                r = visit(e->value, arg);
            }
            if (r) {
                return r;
            }
        }
    }
    return 0;
}

static int dict_gc_clear(wf_object_t *o) {
    wf_dict_clear(o);
    return 0;
}

static wf_object_t *dict_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)args;
    (void)kwargs;
    wf_object_t *d = wf_type_alloc(type, 0);
    if (d == NULL) {
        return NULL;
    }
    D(d)->keys = &empty_keys;
    D(d)->used = 0;
    D(d)->version = 0;
    wf_gc_track(d);
    return d;
}

static int dict_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 1) {
        return wf_err_format_int(&wf_exc_TypeError, "dict expected at most 1 argument, got %zd",
                                 nargs);
    }
    if (nargs == 1 && update_arg(self, WF_TUPLE_GET(args, 0)) < 0) {
        return -1;
    }
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        // Keyword names arrive unchecked through a call with **mapping.
        wf_ssize_t pos = 0;
        wf_object_t *key, *value;
        while (wf_dict_next(kwargs, &pos, &key, &value)) {
            if (!WF_STR_CHECK(key)) {
                return wf_err_format_int(&wf_exc_TypeError, "keywords must be strings");
            }
        }
        return wf_dict_merge(self, kwargs, 1);
    }
    return 0;
}

static wf_ssize_t dict_len(wf_object_t *self) {
    return wf_dict_size(self);
}

static wf_object_t *dict_subscript(wf_object_t *self, wf_object_t *key) {
    wf_object_t *value;
    int r = wf_dict_get_ref(self, key, &value);
    if (r > 0) {
        return value;
    }
    if (r < 0) {
        return NULL;
    }
    if (!WF_DICT_CHECK_EXACT(self)) {
        // Subclasses may supply __missing__ (defaultdict, Counter).
        wf_object_t *missing = wf_call_special(self, WF_ID(__missing__), &key, 1);
        if (missing != NULL || wf_err_occurred()) {
            return missing;
        }
    }
    wf_dict_set_key_error(key);
    return NULL;
}

static int dict_ass_subscript(wf_object_t *self, wf_object_t *key, wf_object_t *value) {
    if (value == NULL) {
        return wf_dict_delitem(self, key);
    }
    return wf_dict_setitem(self, key, value);
}

static int dict_contains_slot(wf_object_t *self, wf_object_t *key) {
    return wf_dict_contains(self, key);
}

static wf_object_t *dict_repr(wf_object_t *self) {
    if (wf_dict_size(self) == 0) {
        return wf_str_from_cstr("{}");
    }
    int st = wf_list_repr_enter(self);
    if (st != 0) {
        return st > 0 ? wf_str_from_cstr("{...}") : NULL;
    }
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, "{");
    wf_ssize_t pos = 0;
    wf_object_t *key, *value;
    int first = 1;
    // Keys and values are held while their reprs run, which may mutate the dict.
    while (!sb.failed && wf_dict_next(self, &pos, &key, &value)) {
        WF_INCREF(key);
        WF_INCREF(value);
        if (!first) {
            wf_strbuf_append_cstr(&sb, ", ");
        }
        first = 0;
        wf_strbuf_append_repr(&sb, key);
        wf_strbuf_append_cstr(&sb, ": ");
        wf_strbuf_append_repr(&sb, value);
        WF_DECREF(key);
        WF_DECREF(value);
    }
    wf_strbuf_append_cstr(&sb, "}");
    wf_list_repr_leave(self);
    return wf_strbuf_finish(&sb);
}

// 1 equal, 0 not, -1 error.
static int dict_equal(wf_object_t *a, wf_object_t *b) {
    if (wf_dict_size(a) != wf_dict_size(b)) {
        return 0;
    }
    for (wf_ssize_t i = 0; i < D(a)->keys->nentries; i++) {
        wf_dict_entry_t *e = &D(a)->keys->entries[i];
        if (e->value == NULL) {
            continue;
        }
        wf_object_t *key = wf_newref(e->key), *aval = wf_newref(e->value), *bval;
        int r = wf_dict_get_ref_hash(b, key, e->hash, &bval);
        WF_DECREF(key);
        if (r <= 0) {
            WF_DECREF(aval);
            return r;
        }
        int cmp = wf_richcompare_bool(aval, bval, WF_EQ);
        WF_DECREF(aval);
        WF_DECREF(bval);
        if (cmp <= 0) {
            return cmp;
        }
    }
    return 1;
}

static wf_object_t *dict_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!WF_DICT_CHECK(a) || !WF_DICT_CHECK(b) || (op != WF_EQ && op != WF_NE)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int r = dict_equal(a, b);
    if (r < 0) {
        return NULL;
    }
    return wf_bool_from(r == (op == WF_EQ));
}

static wf_object_t *dict_iter(wf_object_t *self) {
    return wf_dict_iter_new(self, 0, 0);
}

static wf_object_t *dict_or(wf_object_t *a, wf_object_t *b) {
    if (!WF_DICT_CHECK(a) || !WF_DICT_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *r = wf_dict_copy(a);
    if (r == NULL) {
        return NULL;
    }
    if (update_arg(r, b) < 0) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

static wf_object_t *dict_ior(wf_object_t *a, wf_object_t *b) {
    if (!WF_DICT_CHECK(a)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (update_arg(a, b) < 0) {
        return NULL;
    }
    return wf_newref(a);
}

// ---------------------------------------------------------------------------------------
// Methods.

static wf_object_t *dict_getitem_meth(wf_object_t *self, wf_object_t *key) {
    return dict_subscript(self, key);
}

static wf_object_t *dict_contains_meth(wf_object_t *self, wf_object_t *key) {
    int r = wf_dict_contains(self, key);
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *dict_get_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *value;
    int r = wf_dict_get_ref(self, args[0], &value);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        return wf_newref(nargs > 1 ? args[1] : WF_NONE);
    }
    return value;
}

static wf_object_t *dict_setdefault_meth(wf_object_t *self, wf_object_t *const *args,
                                         wf_ssize_t nargs) {
    if (wf_check_nargs("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    return wf_dict_setdefault(self, args[0], nargs > 1 ? args[1] : WF_NONE);
}

static wf_object_t *dict_pop_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *value;
    int r = wf_dict_pop(self, args[0], &value);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        if (nargs > 1) {
            return wf_newref(args[1]);
        }
        wf_dict_set_key_error(args[0]);
        return NULL;
    }
    return value;
}

static wf_object_t *dict_popitem_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *pair = wf_tuple_new(2);
    if (pair == NULL) {
        return NULL;
    }
    wf_object_t *key = NULL, *value = NULL;
    WF_BEGIN_CRITICAL(self);
    wf_dict_keys_t *k = D(self)->keys;
    if (D(self)->used > 0) {
        wf_ssize_t i = k->nentries - 1;
        while (k->entries[i].value == NULL) {
            i--;
        }
        remove_entry_locked(D(self), i, &key, &value);
        k->nentries = i;  // LIFO: the next insertion reuses the slot
    }
    WF_END_CRITICAL(self);
    if (key == NULL) {
        WF_DECREF(pair);
        return wf_err_set_string(&wf_exc_KeyError, "popitem(): dictionary is empty");
    }
    WF_TUPLE_SET_STEAL(pair, 0, key);
    WF_TUPLE_SET_STEAL(pair, 1, value);
    return pair;
}

static wf_object_t *dict_keys_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_dict_keys_view(self);
}

static wf_object_t *dict_values_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_dict_values_view(self);
}

static wf_object_t *dict_items_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_dict_items_view(self);
}

static wf_object_t *dict_update_meth(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                     wf_object_t *kwnames) {
    if (wf_check_nargs("update", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1 && update_arg(self, args[0]) < 0) {
        return NULL;
    }
    if (kwnames != NULL) {
        wf_ssize_t nk = WF_TUPLE_SIZE(kwnames);
        for (wf_ssize_t i = 0; i < nk; i++) {
            if (wf_dict_setitem(self, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                return NULL;
            }
        }
    }
    WF_RETURN_NONE;
}

static wf_object_t *dict_clear_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_dict_clear(self);
    WF_RETURN_NONE;
}

static wf_object_t *dict_copy_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_dict_copy(self);
}

static wf_object_t *dict_fromkeys(wf_object_t *cls, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("fromkeys", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *iterable = args[0];
    wf_object_t *value = nargs > 1 ? args[1] : WF_NONE;
    wf_object_t *d = wf_call_noargs(cls);
    if (d == NULL) {
        return NULL;
    }
    int exact = WF_DICT_CHECK_EXACT(d);
    if (exact && (WF_DICT_CHECK_EXACT(iterable) || WF_ANYSET_CHECK(iterable))) {
        // Reuse the stored hashes of the source.
        wf_ssize_t pos = 0;
        wf_object_t *key;
        wf_hash_t hash;
        int dict_src = WF_DICT_CHECK_EXACT(iterable);
        for (;;) {
            int more = dict_src ? wf_dict_next_hash(iterable, &pos, &key, NULL, &hash)
                                : wf_set_next(iterable, &pos, &key, &hash);
            if (!more) {
                break;
            }
            if (wf_dict_setitem_hash(d, key, hash, value) < 0) {
                WF_DECREF(d);
                return NULL;
            }
        }
        return d;
    }
    wf_object_t *it = wf_iter(iterable);
    if (it == NULL) {
        WF_DECREF(d);
        return NULL;
    }
    for (;;) {
        wf_object_t *key = wf_iter_next(it);
        if (key == NULL) {
            break;
        }
        int r = exact ? wf_dict_setitem(d, key, value) : wf_setitem(d, key, value);
        WF_DECREF(key);
        if (r < 0) {
            break;
        }
    }
    WF_DECREF(it);
    if (wf_err_occurred()) {
        WF_DECREF(d);
        return NULL;
    }
    return d;
}

static wf_object_t *dict_reversed_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return wf_dict_iter_new(self, 0, 1);
}

static wf_object_t *dict_sizeof_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_dict_keys_t *k = D(self)->keys;
    wf_ssize_t n = WF_TYPE(self)->basicsize;
    if (k != &empty_keys) {
        n += (wf_ssize_t)sizeof(wf_dict_keys_t) +
             ((wf_ssize_t)1 << (k->log2_size + k->log2_ixbytes)) +
             USABLE_FRACTION((wf_ssize_t)1 << k->log2_size) * (wf_ssize_t)sizeof(wf_dict_entry_t);
    }
    return wf_int_from_ssize(n);
}

static wf_method_def_t dict_methods[] = {
    {"__contains__", {.o = dict_contains_meth}, WF_METH_O | WF_METH_COEXIST,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", {.o = dict_getitem_meth}, WF_METH_O | WF_METH_COEXIST, "Return self[key]."},
    {"__sizeof__", {.noargs = dict_sizeof_meth}, WF_METH_NOARGS,
     "Return the size of the dict in memory, in bytes."},
    {"get", {.fast = dict_get_meth}, WF_METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", {.fast = dict_setdefault_meth}, WF_METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop", {.fast = dict_pop_meth}, WF_METH_FASTCALL,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the "
     "key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", {.noargs = dict_popitem_meth}, WF_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO "
     "(last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", {.noargs = dict_keys_meth}, WF_METH_NOARGS,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", {.noargs = dict_items_meth}, WF_METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", {.noargs = dict_values_meth}, WF_METH_NOARGS,
     "D.values() -> an object providing a view on D's values"},
    {"update", {.fastkw = dict_update_meth}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"fromkeys", {.fast = dict_fromkeys}, WF_METH_FASTCALL | WF_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", {.noargs = dict_clear_meth}, WF_METH_NOARGS,
     "D.clear() -> None.  Remove all items from D."},
    {"copy", {.noargs = dict_copy_meth}, WF_METH_NOARGS,
     "D.copy() -> a shallow copy of D"},
    {"__reversed__", {.noargs = dict_reversed_meth}, WF_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {0},
};

wf_type_t wf_dict_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "dict",
    .basicsize = sizeof(wf_dict_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_DICT_SUBCLASS |
             WF_TPFLAGS_MAPPING | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
           "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary "
           "initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = "
           "v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in "
           "the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .new = dict_new,
    .init = dict_init,
    .repr = dict_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .binop = {[WF_BINOP_OR] = dict_or},
    .inplace = {[WF_BINOP_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains_slot,
    .methods = dict_methods,
};
