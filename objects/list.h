// list: mutable array of references. Every single operation is atomic (critical section
// in the free-threaded build); readers may index without the lock.
#ifndef WF_OBJECTS_LIST_H
#define WF_OBJECTS_LIST_H

#include "objects/type.h"

typedef struct {
    WF_VAROBJECT_HEAD       // ob_size = number of items
    wf_object_t **items;
    wf_ssize_t allocated;
} wf_list_t;

extern wf_type_t wf_list_type;
#define WF_LIST_CHECK(o) ((WF_TYPE(o)->flags & WF_TPFLAGS_LIST_SUBCLASS) != 0)
#define WF_LIST_CHECK_EXACT(o) (WF_TYPE(o) == &wf_list_type)
#define WF_LIST_SIZE(o) WF_SIZE(o)
// Direct item access: only while holding the list's critical section, or on a list no
// other thread can see yet.
#define WF_LIST_ITEMS(o) (((wf_list_t *)(o))->items)
#define WF_LIST_SET_STEAL(o, i, v) (((wf_list_t *)(o))->items[i] = (v))

wf_object_t *wf_list_new(wf_ssize_t n);   // n NULL items; fill them with WF_LIST_SET_STEAL
int wf_list_append(wf_object_t *l, wf_object_t *v);        // increfs v; 0 / -1
int wf_list_append_steal(wf_object_t *l, wf_object_t *v);  // steals v even on failure
int wf_list_insert(wf_object_t *l, wf_ssize_t i, wf_object_t *v);
int wf_list_extend(wf_object_t *l, wf_object_t *iterable);
wf_object_t *wf_list_get_ref(wf_object_t *l, wf_ssize_t i);  // new ref; NULL (no exception) if out of range
int wf_list_set_item(wf_object_t *l, wf_ssize_t i, wf_object_t *v);  // increfs v; IndexError
wf_object_t *wf_list_as_tuple(wf_object_t *l);
int wf_list_sort(wf_object_t *l, wf_object_t *key, int reverse);  // stable; key may be NULL
int wf_list_reverse(wf_object_t *l);

// --- Additions by the containers implementation -------------------------------------------

extern wf_type_t wf_list_iter_type, wf_list_reverseiter_type;

// del l[lo:hi] / l[lo:hi] = v (v NULL deletes; any iterable otherwise). Indices are clamped
// as for slices. 0 / -1.
int wf_list_set_slice(wf_object_t *l, wf_ssize_t lo, wf_ssize_t hi, wf_object_t *v);
// Remove all items. 0 (cannot fail).
int wf_list_clear(wf_object_t *l);
// New list holding l[lo:hi] (clamped).
wf_object_t *wf_list_get_slice(wf_object_t *l, wf_ssize_t lo, wf_ssize_t hi);
// New list from an array (increfs each item).
wf_object_t *wf_list_from_array(wf_object_t *const *items, wf_ssize_t n);

// n.__index__() as a C ssize_t for sequence repetition (seq * n), as CPython's
// PyNumber_AsSsize_t(n, OverflowError): OverflowError "cannot fit 'int' into an
// index-sized integer" when too large. -1 with an exception set on error.
wf_ssize_t wf_list_index_to_ssize(wf_object_t *n);

// Recursion marks for repr of self-referencing containers (as "[...]", "{...}"): enter
// returns 0 (go on; call leave afterwards), 1 (o is already being repr'd on this thread:
// print the placeholder, do not call leave) or -1 (MemoryError set). Per thread.
int wf_list_repr_enter(wf_object_t *o);
void wf_list_repr_leave(wf_object_t *o);

// Deferred deallocation ("trashcan") so that freeing a deeply nested chain of containers
// does not overflow the C stack. In a dealloc slot, after wf_gc_untrack():
//     if (wf_list_trash_begin(o, my_dealloc)) return;   // queued; will be called again
//     ... release the contents, free o ...
//     wf_list_trash_end();
// Only objects whose type's dealloc slot is `self_dealloc` are ever queued (subclass
// instances, whose dealloc chains into ours, are released at once).
int wf_list_trash_begin(wf_object_t *o, wf_destructor self_dealloc);
void wf_list_trash_end(void);

#endif
