// set and frozenset. The hash table uses CPython's probing so iteration order of sets of
// ints and other deterministic hashes is identical to CPython's.
#ifndef WF_OBJECTS_SET_H
#define WF_OBJECTS_SET_H

#include "objects/type.h"

extern wf_type_t wf_set_type, wf_frozenset_type;
#define WF_SET_CHECK(o) (WF_TYPE(o) == &wf_set_type || wf_type_is_subtype(WF_TYPE(o), &wf_set_type))
#define WF_FROZENSET_CHECK(o) (WF_TYPE(o) == &wf_frozenset_type || wf_type_is_subtype(WF_TYPE(o), &wf_frozenset_type))
#define WF_ANYSET_CHECK(o) (WF_SET_CHECK(o) || WF_FROZENSET_CHECK(o))

wf_object_t *wf_set_new(wf_object_t *iterable);        // iterable may be NULL
wf_object_t *wf_frozenset_new(wf_object_t *iterable);
int wf_set_add(wf_object_t *s, wf_object_t *key);       // 0 / -1 (also for frozensets being built)
int wf_set_contains(wf_object_t *s, wf_object_t *key);  // -1/0/1
int wf_set_discard(wf_object_t *s, wf_object_t *key);   // -1/0/1 (1 = was present)
wf_ssize_t wf_set_size(wf_object_t *s);
// Borrowed keys; same rules as wf_dict_next. *hash may be NULL.
int wf_set_next(wf_object_t *s, wf_ssize_t *pos, wf_object_t **key, wf_hash_t *hash);

// --- Additions by the containers implementation -------------------------------------------
extern wf_type_t wf_set_iter_type;
// s.update(iterable) (also for frozensets being built): merges another set table-wise and
// a dict with its stored hashes, as CPython does, which decides the resulting iteration
// order. The eval loop's SET_UPDATE must use this (not repeated wf_set_add) so that set
// displays like {1, 2, 3} (a frozenset constant merged into a new set) order their items
// as CPython does. 0 / -1.
int wf_set_update(wf_object_t *s, wf_object_t *iterable);

#endif
