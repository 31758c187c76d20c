// dict: compact, insertion-ordered hash table. Every single operation is atomic.
#ifndef WF_OBJECTS_DICT_H
#define WF_OBJECTS_DICT_H

#include "objects/type.h"

extern wf_type_t wf_dict_type, wf_dict_keys_type, wf_dict_values_type, wf_dict_items_type;
#define WF_DICT_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_DICT_SUBCLASS) != 0)
#define WF_DICT_CHECK_EXACT(o) (WF_TYPE(o) == &wf_dict_type)

wf_object_t *wf_dict_new(void);
wf_object_t *wf_dict_new_presized(wf_ssize_t n);
// Lookups: -1 error (hash/eq raised), 0 missing (*value NULL), 1 found (*value new ref).
int wf_dict_get_ref(wf_object_t *d, wf_object_t *key, wf_object_t **value);
int wf_dict_get_ref_cstr(wf_object_t *d, const char *key, wf_object_t **value);
int wf_dict_get_ref_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t **value);
int wf_dict_contains(wf_object_t *d, wf_object_t *key);   // -1/0/1
int wf_dict_setitem(wf_object_t *d, wf_object_t *key, wf_object_t *value);  // increfs both
int wf_dict_setitem_cstr(wf_object_t *d, const char *key, wf_object_t *value);
int wf_dict_delitem(wf_object_t *d, wf_object_t *key);   // KeyError if missing
// Remove and return: -1 error, 0 missing, 1 found (*value new ref).
int wf_dict_pop(wf_object_t *d, wf_object_t *key, wf_object_t **value);
wf_ssize_t wf_dict_size(wf_object_t *d);
// Iterate: *pos starts at 0. Borrowed key/value; hold the dict's critical section (or be
// sure nobody mutates it) while iterating. Returns 0 at the end.
int wf_dict_next(wf_object_t *d, wf_ssize_t *pos, wf_object_t **key, wf_object_t **value);
wf_object_t *wf_dict_copy(wf_object_t *d);
// d.update(other): mapping (keys() + []) or iterable of pairs. 0 / -1.
int wf_dict_update(wf_object_t *d, wf_object_t *other);
// Merge a mapping; override 0 keeps existing keys, 2 raises on duplicates (for f(**a, **b):
// TypeError "...got multiple values for keyword argument 'x'").
int wf_dict_merge(wf_object_t *d, wf_object_t *other, int override);
wf_object_t *wf_dict_keys_list(wf_object_t *d);
wf_object_t *wf_dict_values_list(wf_object_t *d);
wf_object_t *wf_dict_items_list(wf_object_t *d);
void wf_dict_clear(wf_object_t *d);
// d.setdefault(key, dflt): new ref to the value now stored.
wf_object_t *wf_dict_setdefault(wf_object_t *d, wf_object_t *key, wf_object_t *dflt);

// --- Additions by the containers implementation -------------------------------------------

// Layout, shared by dict.c and dict_views.c (others use the functions above). The table is
// compact: `indices` maps hash slots to positions in the insertion-ordered `entries`
// array (-1 empty, -2 deleted); a deleted entry keeps its place with key and value NULL.
typedef struct {
    wf_hash_t hash;
    wf_object_t *key;
    wf_object_t *value;  // NULL: deleted
} wf_dict_entry_t;

typedef struct {
    uint8_t log2_size;      // the index table has 1 << log2_size slots
    uint8_t log2_ixbytes;   // each index is 1 << log2_ixbytes bytes wide
    uint8_t str_keys;       // every key ever inserted is an exact str (fast lookups)
    wf_ssize_t usable;      // entries that can still be appended before a resize
    wf_ssize_t nentries;    // entries appended so far, deleted ones included
    void *indices;          // inside the same allocation
    wf_dict_entry_t *entries;
} wf_dict_keys_t;

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t used;        // live entries
    uint64_t version;       // changes on every mutation
    wf_dict_keys_t *keys;   // never NULL (a shared static table when empty)
} wf_dict_t;

extern wf_type_t wf_dict_keyiter_type, wf_dict_valueiter_type, wf_dict_itemiter_type,
    wf_dict_revkeyiter_type, wf_dict_revvalueiter_type, wf_dict_revitemiter_type;

// Lookup of an exact str key using its cached hash; for LOAD_GLOBAL/LOAD_NAME and
// attribute dictionaries. -1/0/1 as wf_dict_get_ref, *value a new reference.
int wf_dict_get_ref_str(wf_object_t *d, wf_object_t *key, wf_object_t **value);
// Counter that changes whenever the dict is modified (for caches in the eval loop).
static inline uint64_t wf_dict_version(wf_object_t *d) {
    return WF_ATOMIC_LOAD_RELAXED(&((wf_dict_t *)d)->version);
}
// wf_dict_next that also returns the stored hash (hash may be NULL).
int wf_dict_next_hash(wf_object_t *d, wf_ssize_t *pos, wf_object_t **key, wf_object_t **value,
                      wf_hash_t *hash);
// Membership with a known hash. -1/0/1.
int wf_dict_contains_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash);
// Setting with a known hash. 0 / -1.
int wf_dict_setitem_hash(wf_object_t *d, wf_object_t *key, wf_hash_t hash, wf_object_t *value);
// The dict's keys as a view object (d.keys()) / values / items; new references.
wf_object_t *wf_dict_keys_view(wf_object_t *d);
wf_object_t *wf_dict_values_view(wf_object_t *d);
wf_object_t *wf_dict_items_view(wf_object_t *d);
// Iterator over a dict (kind 0 keys, 1 values, 2 items), forward or reversed.
wf_object_t *wf_dict_iter_new(wf_object_t *d, int kind, int reversed);
// Raise KeyError(key), wrapping the key in a 1-tuple so tuple keys are not unpacked.
void wf_dict_set_key_error(wf_object_t *key);

#endif
