// Weak references: weakref.ref and the proxies of weakref.proxy.
#ifndef WF_OBJECTS_WEAKREF_H
#define WF_OBJECTS_WEAKREF_H

#include "objects/object.h"

// A weak reference. The referent's type has a weaklistoffset: the slot there heads a
// doubly linked list of the references to it, which are cleared (referent NULL) and
// their callbacks called when it is deallocated.
typedef struct wf_weakref {
    WF_OBJECT_HEAD
    wf_object_t *referent;  // borrowed; NULL once the referent is gone
    wf_object_t *callback;  // called with the reference when the referent dies, or NULL
    wf_hash_t hash;         // hash of the referent, -1 until asked
    struct wf_weakref *prev, *next;
} wf_weakref_t;

extern wf_type_t wf_weakref_type, wf_weakproxy_type, wf_weakcallableproxy_type;

#define WF_WEAKREF_CHECK(o) wf_type_is_subtype(WF_TYPE(o), &wf_weakref_type)
#define WF_WEAKPROXY_CHECK(o) \
    (WF_TYPE(o) == &wf_weakproxy_type || WF_TYPE(o) == &wf_weakcallableproxy_type)

// weakref.proxy(obj, callback=None); NULL + TypeError when obj cannot be weakly referenced.
wf_object_t *wf_weakref_new_proxy(wf_object_t *obj, wf_object_t *callback);
// How many weak references and proxies obj has, and a list of them.
wf_ssize_t wf_weakref_count(wf_object_t *obj);
wf_object_t *wf_weakref_list(wf_object_t *obj);
// Called as obj is deallocated: clear every weak reference to it, then call their
// callbacks (newest first), reporting callback errors as unraisable.
void wf_weakref_clear_all(wf_object_t *obj);

#endif
