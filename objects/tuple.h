// tuple: immutable array of references.
#ifndef WF_OBJECTS_TUPLE_H
#define WF_OBJECTS_TUPLE_H

#include "objects/type.h"

typedef struct {
    WF_VAROBJECT_HEAD
    wf_hash_t hash;  // cached hash, -1 = not computed; reset it when refilling a tuple you
                     // own uniquely (as zip/enumerate/dict.items() iterators do)
    wf_object_t *items[];
} wf_tuple_t;

extern wf_type_t wf_tuple_type;
#define WF_TUPLE_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_TUPLE_SUBCLASS) != 0)
#define WF_TUPLE_CHECK_EXACT(o) (WF_TYPE(o) == &wf_tuple_type)
#define WF_TUPLE_SIZE(o) (((wf_varobject_t *)(o))->ob_size)
#define WF_TUPLE_ITEMS(o) (((wf_tuple_t *)(o))->items)
#define WF_TUPLE_GET(o, i) (((wf_tuple_t *)(o))->items[i])  // borrowed
// Fill a slot of a tuple made by wf_tuple_new (steals v). Only before the tuple is shared.
#define WF_TUPLE_SET_STEAL(o, i, v) (((wf_tuple_t *)(o))->items[i] = (v))

wf_object_t *wf_tuple_new(wf_ssize_t n);  // items NULL; n == 0 gives the immortal ()
wf_object_t *wf_tuple_pack(wf_ssize_t n, ...);  // borrowed arguments
wf_object_t *wf_tuple_from_array(wf_object_t *const *items, wf_ssize_t n);  // increfs
wf_object_t *wf_tuple_from_array_steal(wf_object_t *const *items, wf_ssize_t n);
wf_object_t *wf_tuple_slice(wf_object_t *t, wf_ssize_t start, wf_ssize_t stop);

// --- Additions by the containers implementation -------------------------------------------
extern wf_type_t wf_tuple_iter_type;

#endif
