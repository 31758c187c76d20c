// set and frozenset: open-addressing hash tables with CPython's exact probing, so the
// iteration order of sets of ints, floats, tuples (anything with a deterministic hash)
// is the same as CPython's, byte for byte, including after deletions and resizes.
//
// The table starts as the 8 inline slots; a probe looks at up to 9 neighbouring slots
// (LINEAR_PROBES) before jumping with i = 5*i + 1 + perturb, perturb >>= 5. A deleted
// key leaves a dummy (hash -1) that lookups skip and insertions may reuse. `fill` counts
// active + dummy slots; the table is rebuilt when fill*5 >= mask*3, sized for used*4 keys
// (used*2 past 50000). The algorithms of the set operations (which side is iterated,
// when tables are copied wholesale) follow CPython too, since they decide the order.
//
// A comparison may run Python code that mutates the set; lookups then restart.
// Mutations run inside the set's critical section.
#include "objects/set.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/genericalias.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#include <stddef.h>

enum { SET_MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

typedef struct {
    wf_object_t *key;  // NULL: never used; &dummy_struct: deleted
    wf_hash_t hash;    // -1 for deleted slots
} set_entry_t;

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t fill;   // active + dummy slots
    wf_ssize_t used;   // active slots
    wf_ssize_t mask;   // table size - 1
    set_entry_t *table;
    wf_hash_t hash;    // frozenset hash cache, -1 = not computed
    wf_ssize_t finger; // where pop() looks next
    set_entry_t smalltable[SET_MINSIZE];
    wf_object_t *weakreflist;  // objects/weakref.c
} set_t;

#define SO(o) ((set_t *)(o))

static wf_object_t dummy_struct = WF_STATIC_HEAD(&wf_object_type);
#define DUMMY (&dummy_struct)

static inline wf_hash_t hash_of(wf_object_t *key) {
    if (WF_STR_CHECK_EXACT(key)) {
        wf_hash_t h = ((wf_str_t *)key)->hash;
        if (h != -1) {
            return h;
        }
    }
    return wf_hash(key);
}

// ---------------------------------------------------------------------------------------
// Probing.

// The slot holding key, or the empty slot ending the probe sequence. NULL on error.
static set_entry_t *set_lookkey(set_t *so, wf_object_t *key, wf_hash_t hash) {
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        set_entry_t *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                return entry;
            }
            if (entry->hash == hash) {
                wf_object_t *startkey = entry->key;
                if (startkey == key) {
                    return entry;
                }
                if (WF_STR_CHECK_EXACT(startkey) && WF_STR_CHECK_EXACT(key)) {
                    if (wf_str_eq(startkey, key)) {
                        return entry;
                    }
                } else {
                    set_entry_t *table = so->table;
                    WF_INCREF(startkey);
                    int cmp = wf_richcompare_bool(startkey, key, WF_EQ);
                    WF_DECREF(startkey);
                    if (cmp < 0) {
                        return NULL;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    if (cmp > 0) {
                        return entry;
                    }
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Place a key known to be absent into a table without dummies (used by resizes).
static void set_insert_clean(set_entry_t *table, size_t mask, wf_object_t *key, wf_hash_t hash) {
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        set_entry_t *entry = &table[i];
        if (entry->key == NULL) {
            entry->key = key;
            entry->hash = hash;
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    entry->key = key;
                    entry->hash = hash;
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuild the table for more than `minused` keys, dropping dummies. 0 / -1.
static int set_table_resize(set_t *so, wf_ssize_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    set_entry_t *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    int old_malloced = oldtable != so->smalltable;
    set_entry_t small_copy[SET_MINSIZE];
    set_entry_t *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0;  // no dummies to purge
            }
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)WF_SSIZE_MAX / sizeof(set_entry_t)) {
            wf_err_nomemory();
            return -1;
        }
        newtable = wf_mem_alloc(newsize * sizeof(set_entry_t));
        if (newtable == NULL) {
            wf_err_nomemory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(set_entry_t));
    so->mask = (wf_ssize_t)newsize - 1;
    so->table = newtable;
    for (size_t i = 0; i <= oldmask; i++) {
        set_entry_t *e = &oldtable[i];
        if (e->key != NULL && e->key != DUMMY) {
            set_insert_clean(newtable, newsize - 1, e->key, e->hash);
        }
    }
    so->fill = so->used;
    if (old_malloced) {
        wf_mem_free(oldtable);
    }
    return 0;
}

// Add key (increfs it) unless present. 0 / -1.
static int set_add_entry(set_t *so, wf_object_t *key, wf_hash_t hash) {
    // Held across comparisons, which could otherwise free the key before it is stored.
    WF_INCREF(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    set_entry_t *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                wf_object_t *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (WF_STR_CHECK_EXACT(startkey) && WF_STR_CHECK_EXACT(key)) {
                    if (wf_str_eq(startkey, key)) {
                        goto found_active;
                    }
                } else {
                    set_entry_t *table = so->table;
                    WF_INCREF(startkey);
                    int cmp = wf_richcompare_bool(startkey, key, WF_EQ);
                    WF_DECREF(startkey);
                    if (cmp > 0) {
                        goto found_active;
                    }
                    if (cmp < 0) {
                        WF_DECREF(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        WF_ATOMIC_STORE_RELAXED(&so->used, so->used + 1);
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    WF_ATOMIC_STORE_RELAXED(&so->used, so->used + 1);
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    WF_DECREF(key);
    return 0;
}

static int set_contains_entry(set_t *so, wf_object_t *key, wf_hash_t hash) {
    set_entry_t *e = set_lookkey(so, key, hash);
    return e == NULL ? -1 : e->key != NULL;
}

// 1 removed, 0 absent, -1 error.
static int set_discard_entry(set_t *so, wf_object_t *key, wf_hash_t hash) {
    set_entry_t *e = set_lookkey(so, key, hash);
    if (e == NULL) {
        return -1;
    }
    if (e->key == NULL) {
        return 0;
    }
    wf_object_t *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    WF_ATOMIC_STORE_RELAXED(&so->used, so->used - 1);
    WF_DECREF(old);
    return 1;
}

static int set_add_key(set_t *so, wf_object_t *key) {
    wf_hash_t hash = hash_of(key);
    return hash == -1 ? -1 : set_add_entry(so, key, hash);
}

static int set_contains_key(set_t *so, wf_object_t *key) {
    wf_hash_t hash = hash_of(key);
    return hash == -1 ? -1 : set_contains_entry(so, key, hash);
}

static int set_discard_key(set_t *so, wf_object_t *key) {
    wf_hash_t hash = hash_of(key);
    return hash == -1 ? -1 : set_discard_entry(so, key, hash);
}

static void set_empty_to_minsize(set_t *so) {
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    WF_ATOMIC_STORE_RELAXED(&so->used, 0);
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

// Empty the set first, then release the keys (their destructors may touch the set).
static int set_clear_internal(set_t *so) {
    set_entry_t *table = so->table;
    wf_ssize_t used = so->used;
    int malloced = table != so->smalltable;
    set_entry_t small_copy[SET_MINSIZE];
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (set_entry_t *e = table; used > 0; e++) {
        if (e->key != NULL && e->key != DUMMY) {
            used--;
            WF_DECREF(e->key);
        }
    }
    if (malloced) {
        wf_mem_free(table);
    }
    return 0;
}

// Next active slot at or after *pos. 0 at the end.
static int set_next_entry(set_t *so, wf_ssize_t *pos, set_entry_t **entry) {
    wf_ssize_t i = *pos;
    wf_ssize_t mask = so->mask;
    while (i <= mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) {
        i++;
    }
    *pos = i + 1;
    if (i > mask) {
        return 0;
    }
    *entry = &so->table[i];
    return 1;
}

int wf_set_next(wf_object_t *s, wf_ssize_t *pos, wf_object_t **key, wf_hash_t *hash) {
    set_entry_t *e;
    if (!set_next_entry(SO(s), pos, &e)) {
        return 0;
    }
    *key = e->key;
    if (hash != NULL) {
        *hash = e->hash;
    }
    return 1;
}

// ---------------------------------------------------------------------------------------
// Bulk operations.

static int set_merge(set_t *so, set_t *other) {
    if (other == so || other->used == 0) {
        return 0;
    }
    // One big resize up front, expecting few overlapping keys.
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        set_table_resize(so, (so->used + other->used) * 2) < 0) {
        return -1;
    }
    // Same-size empty target and no dummies: copy slot for slot.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (wf_ssize_t i = 0; i <= other->mask; i++) {
            wf_object_t *key = other->table[i].key;
            if (key != NULL) {
                so->table[i].key = wf_newref(key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        WF_ATOMIC_STORE_RELAXED(&so->used, other->used);
        return 0;
    }
    // Empty target: no duplicates possible, insert without comparisons.
    if (so->fill == 0) {
        so->fill = other->used;
        WF_ATOMIC_STORE_RELAXED(&so->used, other->used);
        for (wf_ssize_t i = 0; i <= other->mask; i++) {
            wf_object_t *key = other->table[i].key;
            if (key != NULL && key != DUMMY) {
                set_insert_clean(so->table, (size_t)so->mask, wf_newref(key), other->table[i].hash);
            }
        }
        return 0;
    }
    for (wf_ssize_t i = 0; i <= other->mask; i++) {
        set_entry_t *e = &other->table[i];
        if (e->key != NULL && e->key != DUMMY && set_add_entry(so, e->key, e->hash) < 0) {
            return -1;
        }
    }
    return 0;
}

static int set_update_internal(set_t *so, wf_object_t *other) {
    if (WF_ANYSET_CHECK(other)) {
        int r;
        WF_BEGIN_CRITICAL(other);
        r = set_merge(so, SO(other));
        WF_END_CRITICAL(other);
        return r;
    }
    if (WF_DICT_CHECK_EXACT(other)) {
        wf_ssize_t dictsize = wf_dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3 &&
            set_table_resize(so, (so->used + dictsize) * 2) < 0) {
            return -1;
        }
        wf_ssize_t pos = 0;
        wf_object_t *key;
        wf_hash_t hash;
        while (wf_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            if (set_add_entry(so, key, hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    wf_object_t *it = wf_iter(other);
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
        r = set_add_key(so, key);
        WF_DECREF(key);
        if (r < 0) {
            break;
        }
    }
    WF_DECREF(it);
    return r;
}

static set_t *alloc_set(wf_type_t *type) {
    set_t *so;
    if (type == &wf_set_type || type == &wf_frozenset_type) {
        so = (set_t *)wf_object_alloc(type, sizeof(set_t));
    } else {
        so = (set_t *)wf_type_alloc(type, 0);
    }
    if (so == NULL) {
        return NULL;
    }
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    wf_gc_track(WF_OBJ(so));
    return so;
}

static wf_object_t *make_new_set(wf_type_t *type, wf_object_t *iterable) {
    set_t *so = alloc_set(type);
    if (so == NULL) {
        return NULL;
    }
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        WF_DECREF(so);
        return NULL;
    }
    return WF_OBJ(so);
}

// A new set or frozenset (the builtin base of `type`).
static wf_object_t *make_new_set_basetype(wf_type_t *type, wf_object_t *iterable) {
    if (type != &wf_set_type && type != &wf_frozenset_type) {
        type = wf_type_is_subtype(type, &wf_set_type) ? &wf_set_type : &wf_frozenset_type;
    }
    return make_new_set(type, iterable);
}

wf_object_t *wf_set_new(wf_object_t *iterable) {
    return make_new_set(&wf_set_type, iterable);
}

wf_object_t *wf_frozenset_new(wf_object_t *iterable) {
    return make_new_set(&wf_frozenset_type, iterable);
}

int wf_set_add(wf_object_t *s, wf_object_t *key) {
    int r;
    WF_BEGIN_CRITICAL(s);
    r = set_add_key(SO(s), key);
    WF_END_CRITICAL(s);
    return r;
}

int wf_set_contains(wf_object_t *s, wf_object_t *key) {
    int r;
    WF_BEGIN_CRITICAL(s);
    r = set_contains_key(SO(s), key);
    WF_END_CRITICAL(s);
    return r;
}

int wf_set_discard(wf_object_t *s, wf_object_t *key) {
    int r;
    WF_BEGIN_CRITICAL(s);
    r = set_discard_key(SO(s), key);
    WF_END_CRITICAL(s);
    return r;
}

int wf_set_update(wf_object_t *s, wf_object_t *iterable) {
    int r;
    WF_BEGIN_CRITICAL(s);
    r = set_update_internal(SO(s), iterable);
    WF_END_CRITICAL(s);
    return r;
}

wf_ssize_t wf_set_size(wf_object_t *s) {
    return WF_ATOMIC_LOAD_RELAXED(&SO(s)->used);
}

// Exchange the contents of two sets (for the in-place operations that compute a new
// table and install it).
static void set_swap_bodies(set_t *a, set_t *b) {
    wf_ssize_t t;
    t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    set_entry_t *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        set_entry_t tab[SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (WF_FROZENSET_CHECK(a) && WF_FROZENSET_CHECK(b)) {
        wf_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

// ---------------------------------------------------------------------------------------
// Set algebra (shared by methods and operators).

static wf_object_t *set_copy(wf_object_t *so) {
    return make_new_set_basetype(WF_TYPE(so), so);
}

static wf_object_t *set_intersection(set_t *so, wf_object_t *other) {
    if (WF_OBJ(so) == other) {
        return set_copy(WF_OBJ(so));
    }
    set_t *result = (set_t *)make_new_set_basetype(WF_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    if (WF_ANYSET_CHECK(other)) {
        set_t *small = SO(other), *big = so;
        if (small->used > big->used) {
            small = so;
            big = SO(other);
        }
        wf_ssize_t pos = 0;
        set_entry_t *e;
        while (set_next_entry(small, &pos, &e)) {
            wf_object_t *key = wf_newref(e->key);
            wf_hash_t hash = e->hash;
            int rv = set_contains_entry(big, key, hash);
            if (rv > 0) {
                rv = set_add_entry(result, key, hash);
            }
            WF_DECREF(key);
            if (rv < 0) {
                WF_DECREF(result);
                return NULL;
            }
        }
        return WF_OBJ(result);
    }
    wf_object_t *it = wf_iter(other);
    if (it == NULL) {
        WF_DECREF(result);
        return NULL;
    }
    for (;;) {
        wf_object_t *key = wf_iter_next(it);
        if (key == NULL) {
            break;
        }
        wf_hash_t hash = wf_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = set_add_entry(result, key, hash);
            if (rv == 0 && result->used >= so->used) {
                WF_DECREF(key);
                break;  // nothing more can be added
            }
        }
        WF_DECREF(key);
        if (rv < 0) {
            break;
        }
    }
    WF_DECREF(it);
    if (wf_err_occurred()) {
        WF_DECREF(result);
        return NULL;
    }
    return WF_OBJ(result);
}

static int set_difference_update_internal(set_t *so, wf_object_t *other) {
    if (WF_OBJ(so) == other) {
        return set_clear_internal(so);
    }
    if (WF_ANYSET_CHECK(other)) {
        // A much larger other is first reduced to the intersection.
        if ((SO(other)->used >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL) {
                return -1;
            }
        } else {
            WF_INCREF(other);
        }
        wf_ssize_t pos = 0;
        set_entry_t *e;
        while (set_next_entry(SO(other), &pos, &e)) {
            wf_object_t *key = wf_newref(e->key);
            int rv = set_discard_entry(so, key, e->hash);
            WF_DECREF(key);
            if (rv < 0) {
                WF_DECREF(other);
                return -1;
            }
        }
        WF_DECREF(other);
    } else {
        wf_object_t *it = wf_iter(other);
        if (it == NULL) {
            return -1;
        }
        for (;;) {
            wf_object_t *key = wf_iter_next(it);
            if (key == NULL) {
                break;
            }
            int rv = set_discard_key(so, key);
            WF_DECREF(key);
            if (rv < 0) {
                break;
            }
        }
        WF_DECREF(it);
        if (wf_err_occurred()) {
            return -1;
        }
    }
    // More than a quarter dummies: resize them away.
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0;
    }
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static wf_object_t *copy_and_difference(set_t *so, wf_object_t *other) {
    wf_object_t *result = set_copy(WF_OBJ(so));
    if (result == NULL) {
        return NULL;
    }
    if (set_difference_update_internal(SO(result), other) < 0) {
        WF_DECREF(result);
        return NULL;
    }
    return result;
}

static wf_object_t *set_difference(set_t *so, wf_object_t *other) {
    wf_ssize_t other_size;
    int other_dict = 0;
    if (WF_ANYSET_CHECK(other)) {
        other_size = SO(other)->used;
    } else if (WF_DICT_CHECK_EXACT(other)) {
        other_size = wf_dict_size(other);
        other_dict = 1;
    } else {
        return copy_and_difference(so, other);
    }
    // Much larger than other: copying and removing is cheaper.
    if ((so->used >> 2) > other_size) {
        return copy_and_difference(so, other);
    }
    set_t *result = (set_t *)make_new_set_basetype(WF_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    wf_ssize_t pos = 0;
    set_entry_t *e;
    while (set_next_entry(so, &pos, &e)) {
        wf_object_t *key = wf_newref(e->key);
        wf_hash_t hash = e->hash;
        int rv = other_dict ? wf_dict_contains_hash(other, key, hash)
                            : set_contains_entry(SO(other), key, hash);
        if (rv == 0) {
            rv = set_add_entry(result, key, hash);
        }
        WF_DECREF(key);
        if (rv < 0) {
            WF_DECREF(result);
            return NULL;
        }
    }
    return WF_OBJ(result);
}

static int set_symmetric_difference_update(set_t *so, wf_object_t *other) {
    if (WF_OBJ(so) == other) {
        return set_clear_internal(so);
    }
    if (WF_DICT_CHECK_EXACT(other)) {
        wf_ssize_t pos = 0;
        wf_object_t *key;
        wf_hash_t hash;
        while (wf_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            WF_INCREF(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv == 0) {
                rv = set_add_entry(so, key, hash);
            }
            WF_DECREF(key);
            if (rv < 0) {
                return -1;
            }
        }
        return 0;
    }
    wf_object_t *otherset;
    if (WF_ANYSET_CHECK(other)) {
        otherset = wf_newref(other);
    } else {
        otherset = make_new_set_basetype(WF_TYPE(so), other);
        if (otherset == NULL) {
            return -1;
        }
    }
    wf_ssize_t pos = 0;
    set_entry_t *e;
    while (set_next_entry(SO(otherset), &pos, &e)) {
        wf_object_t *key = wf_newref(e->key);
        wf_hash_t hash = e->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0) {
            rv = set_add_entry(so, key, hash);
        }
        WF_DECREF(key);
        if (rv < 0) {
            WF_DECREF(otherset);
            return -1;
        }
    }
    WF_DECREF(otherset);
    return 0;
}

static wf_object_t *set_symmetric_difference(set_t *so, wf_object_t *other) {
    wf_object_t *otherset = make_new_set_basetype(WF_TYPE(so), other);
    if (otherset == NULL) {
        return NULL;
    }
    if (set_symmetric_difference_update(SO(otherset), WF_OBJ(so)) < 0) {
        WF_DECREF(otherset);
        return NULL;
    }
    return otherset;
}

// -1/0/1.
static int set_issubset(set_t *so, wf_object_t *other) {
    if (!WF_ANYSET_CHECK(other)) {
        wf_object_t *tmp = set_intersection(so, other);
        if (tmp == NULL) {
            return -1;
        }
        int r = SO(tmp)->used == so->used;
        WF_DECREF(tmp);
        return r;
    }
    if (so->used > SO(other)->used) {
        return 0;
    }
    wf_ssize_t pos = 0;
    set_entry_t *e;
    while (set_next_entry(so, &pos, &e)) {
        wf_object_t *key = wf_newref(e->key);
        int rv = set_contains_entry(SO(other), key, e->hash);
        WF_DECREF(key);
        if (rv <= 0) {
            return rv;
        }
    }
    return 1;
}

static int set_issuperset(set_t *so, wf_object_t *other) {
    if (WF_ANYSET_CHECK(other)) {
        return set_issubset(SO(other), WF_OBJ(so));
    }
    wf_object_t *it = wf_iter(other);
    if (it == NULL) {
        return -1;
    }
    int result = 1;
    for (;;) {
        wf_object_t *key = wf_iter_next(it);
        if (key == NULL) {
            if (wf_err_occurred()) {
                result = -1;
            }
            break;
        }
        int rv = set_contains_key(so, key);
        WF_DECREF(key);
        if (rv <= 0) {
            result = rv;
            break;
        }
    }
    WF_DECREF(it);
    return result;
}

static int set_isdisjoint(set_t *so, wf_object_t *other) {
    if (WF_OBJ(so) == other) {
        return so->used == 0;
    }
    if (WF_TYPE(other) == &wf_set_type || WF_TYPE(other) == &wf_frozenset_type) {
        set_t *small = SO(other), *big = so;
        if (small->used > big->used) {
            small = so;
            big = SO(other);
        }
        wf_ssize_t pos = 0;
        set_entry_t *e;
        while (set_next_entry(small, &pos, &e)) {
            wf_object_t *key = wf_newref(e->key);
            int rv = set_contains_entry(big, key, e->hash);
            WF_DECREF(key);
            if (rv != 0) {
                return rv < 0 ? -1 : 0;
            }
        }
        return 1;
    }
    wf_object_t *it = wf_iter(other);
    if (it == NULL) {
        return -1;
    }
    int result = 1;
    for (;;) {
        wf_object_t *key = wf_iter_next(it);
        if (key == NULL) {
            if (wf_err_occurred()) {
                result = -1;
            }
            break;
        }
        int rv = set_contains_key(so, key);
        WF_DECREF(key);
        if (rv != 0) {
            result = rv < 0 ? -1 : 0;
            break;
        }
    }
    WF_DECREF(it);
    return result;
}

// ---------------------------------------------------------------------------------------
// Slots.

static void set_dealloc(wf_object_t *o) {
    set_t *so = SO(o);
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, set_dealloc)) {
        return;
    }
    wf_ssize_t used = so->used;
    for (set_entry_t *e = so->table; used > 0; e++) {
        if (e->key != NULL && e->key != DUMMY) {
            used--;
            WF_DECREF(e->key);
        }
    }
    if (so->table != so->smalltable) {
        wf_mem_free(so->table);
    }
    wf_object_free(o);
    wf_list_trash_end();
}

static int set_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_ssize_t pos = 0;
    set_entry_t *e;
    while (set_next_entry(SO(o), &pos, &e)) {
        int r = visit(e->key, arg);
        if (r) {
            return r;
        }
    }
    return 0;
}

static int set_gc_clear(wf_object_t *o) {
    int r;
    WF_BEGIN_CRITICAL(o);
    r = set_clear_internal(SO(o));
    WF_END_CRITICAL(o);
    return r;
}

static wf_object_t *set_repr(wf_object_t *o) {
    const char *name = wf_type_short_name(WF_TYPE(o));
    int st = wf_list_repr_enter(o);
    if (st != 0) {
        return st > 0 ? wf_str_from_format("%s(...)", name) : NULL;
    }
    wf_object_t *result = NULL;
    if (SO(o)->used == 0) {
        result = wf_str_from_format("%s()", name);
    } else {
        wf_object_t *keys = wf_sequence_list(o);
        wf_object_t *lr = keys != NULL ? wf_repr(keys) : NULL;
        WF_XDECREF(keys);
        if (lr != NULL) {
            // repr(list)[1:-1] inside braces.
            wf_object_t *inner = wf_str_substring(lr, 1, WF_STR_LEN(lr) - 1);
            WF_DECREF(lr);
            if (inner != NULL) {
                if (WF_TYPE(o) == &wf_set_type) {
                    result = wf_str_from_format("{%U}", inner);
                } else {
                    result = wf_str_from_format("%s({%U})", name, inner);
                }
                WF_DECREF(inner);
            }
        }
    }
    wf_list_repr_leave(o);
    return result;
}

static wf_ssize_t set_len(wf_object_t *o) {
    return wf_set_size(o);
}

// `key in s`; an unhashable set key is looked up as the equal frozenset.
static int set_contains_slot(wf_object_t *o, wf_object_t *key) {
    int rv;
    WF_BEGIN_CRITICAL(o);
    rv = set_contains_key(SO(o), key);
    WF_END_CRITICAL(o);
    if (rv < 0 && WF_SET_CHECK(key) && wf_err_matches(&wf_exc_TypeError)) {
        wf_err_clear();
        wf_object_t *tmp = make_new_set(&wf_frozenset_type, key);
        if (tmp == NULL) {
            return -1;
        }
        rv = wf_set_contains(o, tmp);
        WF_DECREF(tmp);
    }
    return rv;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

// Order-independent: xor of the shuffled hashes of the members, then dispersion.
static wf_hash_t frozenset_hash(wf_object_t *o) {
    set_t *so = SO(o);
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    wf_ssize_t pos = 0;
    set_entry_t *e;
    while (set_next_entry(so, &pos, &e)) {
        hash ^= shuffle_bits((uint64_t)e->hash);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (wf_hash_t)hash;
    return (wf_hash_t)hash;
}

static wf_object_t *set_richcompare(wf_object_t *v, wf_object_t *w, int op) {
    if (!WF_ANYSET_CHECK(v) || !WF_ANYSET_CHECK(w)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    set_t *a = SO(v), *b = SO(w);
    int r;
    switch (op) {
    case WF_EQ:
    case WF_NE:
        if (a->used != b->used) {
            r = 0;
        } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
            r = 0;
        } else {
            r = set_issubset(a, w);
        }
        if (r >= 0 && op == WF_NE) {
            r = !r;
        }
        break;
    case WF_LE:
        r = set_issubset(a, w);
        break;
    case WF_GE:
        r = set_issuperset(a, w);
        break;
    case WF_LT:
        r = a->used < b->used ? set_issubset(a, w) : 0;
        break;
    default:
        r = a->used > b->used ? set_issuperset(a, w) : 0;
        break;
    }
    return r < 0 ? NULL : wf_bool_from(r);
}

// Binary operators: both operands must be sets or frozensets.
static wf_object_t *set_or(wf_object_t *a, wf_object_t *b) {
    if (!WF_ANYSET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *result = set_copy(a);
    if (result == NULL || a == b) {
        return result;
    }
    if (set_update_internal(SO(result), b) < 0) {
        WF_DECREF(result);
        return NULL;
    }
    return result;
}

static wf_object_t *set_and(wf_object_t *a, wf_object_t *b) {
    if (!WF_ANYSET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return set_intersection(SO(a), b);
}

static wf_object_t *set_sub(wf_object_t *a, wf_object_t *b) {
    if (!WF_ANYSET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return set_difference(SO(a), b);
}

static wf_object_t *set_xor(wf_object_t *a, wf_object_t *b) {
    if (!WF_ANYSET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return set_symmetric_difference(SO(a), b);
}

static wf_object_t *set_ior(wf_object_t *a, wf_object_t *b) {
    if (!WF_SET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int r;
    WF_BEGIN_CRITICAL(a);
    r = set_update_internal(SO(a), b);
    WF_END_CRITICAL(a);
    return r < 0 ? NULL : wf_newref(a);
}

static wf_object_t *set_iand(wf_object_t *a, wf_object_t *b) {
    if (!WF_SET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *tmp = set_intersection(SO(a), b);
    if (tmp == NULL) {
        return NULL;
    }
    WF_BEGIN_CRITICAL(a);
    set_swap_bodies(SO(a), SO(tmp));
    WF_END_CRITICAL(a);
    WF_DECREF(tmp);
    return wf_newref(a);
}

static wf_object_t *set_isub(wf_object_t *a, wf_object_t *b) {
    if (!WF_SET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int r;
    WF_BEGIN_CRITICAL(a);
    r = set_difference_update_internal(SO(a), b);
    WF_END_CRITICAL(a);
    return r < 0 ? NULL : wf_newref(a);
}

static wf_object_t *set_ixor(wf_object_t *a, wf_object_t *b) {
    if (!WF_SET_CHECK(a) || !WF_ANYSET_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int r;
    WF_BEGIN_CRITICAL(a);
    r = set_symmetric_difference_update(SO(a), b);
    WF_END_CRITICAL(a);
    return r < 0 ? NULL : wf_newref(a);
}

// ---------------------------------------------------------------------------------------
// Methods.

static wf_object_t *none_or_null(int r) {
    if (r < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *set_add_meth(wf_object_t *self, wf_object_t *key) {
    return none_or_null(wf_set_add(self, key));
}

static wf_object_t *set_clear_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return none_or_null(set_gc_clear(self));
}

static wf_object_t *set_contains_meth(wf_object_t *self, wf_object_t *key) {
    int r = set_contains_slot(self, key);
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *set_copy_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return set_copy(self);
}

static wf_object_t *frozenset_copy_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    if (WF_TYPE(self) == &wf_frozenset_type) {
        return wf_newref(self);
    }
    return set_copy(self);
}

// Discard key, retrying an unhashable set key as a frozenset. -1/0/1.
static int discard_with_retry(wf_object_t *self, wf_object_t *key) {
    int rv = wf_set_discard(self, key);
    if (rv < 0 && WF_SET_CHECK(key) && wf_err_matches(&wf_exc_TypeError)) {
        wf_err_clear();
        wf_object_t *tmp = make_new_set(&wf_frozenset_type, key);
        if (tmp == NULL) {
            return -1;
        }
        rv = wf_set_discard(self, tmp);
        WF_DECREF(tmp);
    }
    return rv;
}

static wf_object_t *set_discard_meth(wf_object_t *self, wf_object_t *key) {
    return none_or_null(discard_with_retry(self, key));
}

static wf_object_t *set_remove_meth(wf_object_t *self, wf_object_t *key) {
    int rv = discard_with_retry(self, key);
    if (rv == 0) {
        wf_dict_set_key_error(key);
        return NULL;
    }
    return none_or_null(rv);
}

static wf_object_t *set_pop_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    set_t *so = SO(self);
    wf_object_t *key = NULL;
    WF_BEGIN_CRITICAL(self);
    if (so->used > 0) {
        set_entry_t *e = so->table + (so->finger & so->mask);
        set_entry_t *limit = so->table + so->mask;
        while (e->key == NULL || e->key == DUMMY) {
            e++;
            if (e > limit) {
                e = so->table;
            }
        }
        key = e->key;
        e->key = DUMMY;
        e->hash = -1;
        WF_ATOMIC_STORE_RELAXED(&so->used, so->used - 1);
        so->finger = e - so->table + 1;
    }
    WF_END_CRITICAL(self);
    if (key == NULL) {
        return wf_err_set_string(&wf_exc_KeyError, "pop from an empty set");
    }
    return key;
}

static wf_object_t *set_update_meth(wf_object_t *self, wf_object_t *const *args,
                                    wf_ssize_t nargs) {
    int r = 0;
    WF_BEGIN_CRITICAL(self);
    for (wf_ssize_t i = 0; i < nargs && r == 0; i++) {
        r = set_update_internal(SO(self), args[i]);
    }
    WF_END_CRITICAL(self);
    return none_or_null(r);
}

static wf_object_t *set_union_meth(wf_object_t *self, wf_object_t *const *args,
                                   wf_ssize_t nargs) {
    wf_object_t *result = set_copy(self);
    if (result == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self) {
            continue;
        }
        if (set_update_internal(SO(result), args[i]) < 0) {
            WF_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static wf_object_t *intersection_multi(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs) {
    if (nargs == 0) {
        return set_copy(self);
    }
    wf_object_t *result = wf_newref(self);
    for (wf_ssize_t i = 0; i < nargs; i++) {
        wf_object_t *next = set_intersection(SO(result), args[i]);
        WF_DECREF(result);
        if (next == NULL) {
            return NULL;
        }
        result = next;
    }
    return result;
}

static wf_object_t *set_intersection_meth(wf_object_t *self, wf_object_t *const *args,
                                          wf_ssize_t nargs) {
    return intersection_multi(self, args, nargs);
}

static wf_object_t *set_intersection_update_meth(wf_object_t *self, wf_object_t *const *args,
                                                 wf_ssize_t nargs) {
    wf_object_t *tmp = intersection_multi(self, args, nargs);
    if (tmp == NULL) {
        return NULL;
    }
    WF_BEGIN_CRITICAL(self);
    set_swap_bodies(SO(self), SO(tmp));
    WF_END_CRITICAL(self);
    WF_DECREF(tmp);
    WF_RETURN_NONE;
}

static wf_object_t *set_difference_meth(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs) {
    if (nargs == 0) {
        return set_copy(self);
    }
    wf_object_t *result = set_difference(SO(self), args[0]);
    if (result == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(SO(result), args[i]) < 0) {
            WF_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static wf_object_t *set_difference_update_meth(wf_object_t *self, wf_object_t *const *args,
                                               wf_ssize_t nargs) {
    int r = 0;
    WF_BEGIN_CRITICAL(self);
    for (wf_ssize_t i = 0; i < nargs && r == 0; i++) {
        r = set_difference_update_internal(SO(self), args[i]);
    }
    WF_END_CRITICAL(self);
    return none_or_null(r);
}

static wf_object_t *set_symdiff_meth(wf_object_t *self, wf_object_t *other) {
    return set_symmetric_difference(SO(self), other);
}

static wf_object_t *set_symdiff_update_meth(wf_object_t *self, wf_object_t *other) {
    int r;
    WF_BEGIN_CRITICAL(self);
    r = set_symmetric_difference_update(SO(self), other);
    WF_END_CRITICAL(self);
    return none_or_null(r);
}

static wf_object_t *bool_or_null(int r) {
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *set_issubset_meth(wf_object_t *self, wf_object_t *other) {
    return bool_or_null(set_issubset(SO(self), other));
}

static wf_object_t *set_issuperset_meth(wf_object_t *self, wf_object_t *other) {
    return bool_or_null(set_issuperset(SO(self), other));
}

static wf_object_t *set_isdisjoint_meth(wf_object_t *self, wf_object_t *other) {
    return bool_or_null(set_isdisjoint(SO(self), other));
}

static wf_object_t *set_sizeof_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_ssize_t n = WF_TYPE(self)->basicsize;
    if (SO(self)->table != SO(self)->smalltable) {
        n += (SO(self)->mask + 1) * (wf_ssize_t)sizeof(set_entry_t);
    }
    return wf_int_from_ssize(n);
}

static wf_object_t *set_reduce_meth(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *keys = wf_sequence_list(self);
    if (keys == NULL) {
        return NULL;
    }
    wf_object_t *args = wf_tuple_pack(1, keys);
    WF_DECREF(keys);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t **dictp = wf_object_dict_ptr(self);
    wf_object_t *state = dictp != NULL && *dictp != NULL ? *dictp : WF_NONE;
    wf_object_t *r = wf_tuple_pack(3, WF_OBJ(WF_TYPE(self)), args, state);
    WF_DECREF(args);
    return r;
}

// ---------------------------------------------------------------------------------------
// Construction.

static wf_object_t *set_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    (void)args;
    (void)kwargs;
    return make_new_set(type, NULL);
}

static int set_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_format_int(&wf_exc_TypeError, "set() takes no keyword arguments");
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 1) {
        return wf_err_format_int(&wf_exc_TypeError, "%s expected at most 1 argument, got %zd",
                                 wf_type_short_name(WF_TYPE(self)), nargs);
    }
    int r = 0;
    WF_BEGIN_CRITICAL(self);
    if (SO(self)->fill) {
        set_clear_internal(SO(self));
    }
    SO(self)->hash = -1;
    if (nargs == 1) {
        r = set_update_internal(SO(self), WF_TUPLE_GET(args, 0));
    }
    WF_END_CRITICAL(self);
    return r;
}

static wf_object_t *frozenset_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if ((type == &wf_frozenset_type || type->init == wf_frozenset_type.init) && kwargs != NULL &&
        wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "frozenset() takes no keyword arguments");
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (nargs > 1) {
        return wf_err_format(&wf_exc_TypeError, "%s expected at most 1 argument, got %zd",
                             wf_type_short_name(type), nargs);
    }
    wf_object_t *iterable = nargs == 1 ? WF_TUPLE_GET(args, 0) : NULL;
    if (type == &wf_frozenset_type && iterable != NULL &&
        WF_TYPE(iterable) == &wf_frozenset_type) {
        return wf_newref(iterable);  // frozenset(f) is f
    }
    return make_new_set(type, iterable);
}

// ---------------------------------------------------------------------------------------
// Iterator.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *set;  // NULL once exhausted
    wf_ssize_t used;   // size at creation
    wf_ssize_t pos;
    wf_ssize_t len;
} set_iter_t;

static wf_object_t *set_iter(wf_object_t *o) {
    set_iter_t *it = (set_iter_t *)wf_object_alloc(&wf_set_iter_type, sizeof(set_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->set = wf_newref(o);
    it->used = SO(o)->used;
    it->pos = 0;
    it->len = SO(o)->used;
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static void setiter_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, setiter_dealloc)) {
        return;
    }
    WF_XDECREF(((set_iter_t *)o)->set);
    wf_object_free(o);
    wf_list_trash_end();
}

static int setiter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_object_t *s = ((set_iter_t *)o)->set;
    return s != NULL ? visit(s, arg) : 0;
}

static wf_object_t *setiter_next(wf_object_t *o) {
    set_iter_t *it = (set_iter_t *)o;
    wf_object_t *s = it->set;
    if (s == NULL) {
        return NULL;
    }
    if (it->used != SO(s)->used) {
        wf_err_set_string(&wf_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    wf_object_t *key = NULL;
    WF_BEGIN_CRITICAL(s);
    set_entry_t *e;
    if (set_next_entry(SO(s), &it->pos, &e)) {
        key = wf_newref(e->key);
    }
    WF_END_CRITICAL(s);
    if (key == NULL) {
        it->set = NULL;
        WF_DECREF(s);
        return NULL;
    }
    it->len--;
    return key;
}

static wf_object_t *setiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    set_iter_t *it = (set_iter_t *)o;
    wf_ssize_t n = 0;
    if (it->set != NULL && it->used == SO(it->set)->used) {
        n = it->len;
    }
    return wf_int_from_ssize(n);
}

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

// ---------------------------------------------------------------------------------------
// Type objects.

static wf_method_def_t set_methods[] = {
    {"add", {.o = set_add_meth}, WF_METH_O,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", {.noargs = set_clear_meth}, WF_METH_NOARGS, "Remove all elements from this set."},
    {"__contains__", {.o = set_contains_meth}, WF_METH_O | WF_METH_COEXIST,
     "x.__contains__(y) <==> y in x."},
    {"copy", {.noargs = set_copy_meth}, WF_METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", {.o = set_discard_meth}, WF_METH_O,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() "
     "method does not raise\nan exception when an element is missing from the set."},
    {"difference", {.fast = set_difference_meth}, WF_METH_FASTCALL,
     "Return a new set with elements in the set that are not in the others."},
    {"difference_update", {.fast = set_difference_update_meth}, WF_METH_FASTCALL,
     "Update the set, removing elements found in others."},
    {"intersection", {.fast = set_intersection_meth}, WF_METH_FASTCALL,
     "Return a new set with elements common to the set and all others."},
    {"intersection_update", {.fast = set_intersection_update_meth}, WF_METH_FASTCALL,
     "Update the set, keeping only elements found in it and all others."},
    {"isdisjoint", {.o = set_isdisjoint_meth}, WF_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", {.o = set_issubset_meth}, WF_METH_O,
     "Report whether another set contains this set."},
    {"issuperset", {.o = set_issuperset_meth}, WF_METH_O,
     "Report whether this set contains another set."},
    {"pop", {.noargs = set_pop_meth}, WF_METH_NOARGS,
     "Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty."},
    {"__reduce__", {.noargs = set_reduce_meth}, WF_METH_NOARGS,
     "Return state information for pickling."},
    {"remove", {.o = set_remove_meth}, WF_METH_O,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, "
     "raise a KeyError."},
    {"__sizeof__", {.noargs = set_sizeof_meth}, WF_METH_NOARGS,
     "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", {.o = set_symdiff_meth}, WF_METH_O,
     "Return a new set with elements in either the set or other but not both."},
    {"symmetric_difference_update", {.o = set_symdiff_update_meth}, WF_METH_O,
     "Update the set, keeping only elements found in either set, but not in both."},
    {"union", {.fast = set_union_meth}, WF_METH_FASTCALL,
     "Return a new set with elements from the set and all others."},
    {"update", {.fast = set_update_meth}, WF_METH_FASTCALL,
     "Update the set, adding elements from all others."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {0},
};

static wf_method_def_t frozenset_methods[] = {
    {"__contains__", {.o = set_contains_meth}, WF_METH_O | WF_METH_COEXIST,
     "x.__contains__(y) <==> y in x."},
    {"copy", {.noargs = frozenset_copy_meth}, WF_METH_NOARGS, "Return a shallow copy of a set."},
    {"difference", {.fast = set_difference_meth}, WF_METH_FASTCALL,
     "Return a new set with elements in the set that are not in the others."},
    {"intersection", {.fast = set_intersection_meth}, WF_METH_FASTCALL,
     "Return a new set with elements common to the set and all others."},
    {"isdisjoint", {.o = set_isdisjoint_meth}, WF_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", {.o = set_issubset_meth}, WF_METH_O,
     "Report whether another set contains this set."},
    {"issuperset", {.o = set_issuperset_meth}, WF_METH_O,
     "Report whether this set contains another set."},
    {"__reduce__", {.noargs = set_reduce_meth}, WF_METH_NOARGS,
     "Return state information for pickling."},
    {"__sizeof__", {.noargs = set_sizeof_meth}, WF_METH_NOARGS,
     "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", {.o = set_symdiff_meth}, WF_METH_O,
     "Return a new set with elements in either the set or other but not both."},
    {"union", {.fast = set_union_meth}, WF_METH_FASTCALL,
     "Return a new set with elements from the set and all others."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {0},
};

wf_type_t wf_set_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "set",
    .basicsize = sizeof(set_t),
    .weaklistoffset = offsetof(set_t, weakreflist),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new = set_new,
    .init = set_init,
    .repr = set_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .binop = {[WF_BINOP_SUB] = set_sub, [WF_BINOP_AND] = set_and, [WF_BINOP_OR] = set_or,
              [WF_BINOP_XOR] = set_xor},
    .inplace = {[WF_BINOP_SUB] = set_isub, [WF_BINOP_AND] = set_iand, [WF_BINOP_OR] = set_ior,
                [WF_BINOP_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
};

wf_type_t wf_frozenset_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "frozenset",
    .basicsize = sizeof(set_t),
    .weaklistoffset = offsetof(set_t, weakreflist),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new = frozenset_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .binop = {[WF_BINOP_SUB] = set_sub, [WF_BINOP_AND] = set_and, [WF_BINOP_OR] = set_or,
              [WF_BINOP_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
};

// (iter, (list,)) of what is left; a copy of the iterator runs so this one keeps its place.
static wf_object_t *setiter_reduce(wf_object_t *o, wf_object_t *unused) {
    set_iter_t *it = (set_iter_t *)o;
    wf_object_t *rest;
    if (it->set == NULL) {
        rest = wf_list_new(0);
    } else {
        set_iter_t *copy = (set_iter_t *)wf_object_alloc(&wf_set_iter_type, sizeof(set_iter_t));
        if (copy == NULL) {
            return NULL;
        }
        copy->set = wf_newref(it->set);
        copy->used = it->used;
        copy->pos = it->pos;
        copy->len = it->len;
        wf_gc_track(WF_OBJ(copy));
        rest = wf_sequence_list(WF_OBJ(copy));
        WF_DECREF(copy);
    }
    return wf_iter_reduce_rest(rest);
}

static wf_method_def_t setiter_methods[] = {
    {"__reduce__", {.noargs = setiter_reduce}, WF_METH_NOARGS,
     "Return state information for pickling."},
    {"__length_hint__", {.noargs = setiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

wf_type_t wf_set_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "set_iterator",
    .basicsize = sizeof(set_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = self_iter,
    .iternext = setiter_next,
    .methods = setiter_methods,
};
