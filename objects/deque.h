// collections.deque: a double-ended queue stored as a doubly linked list of fixed-size
// blocks, with O(1) appends and pops at both ends and an optional maximum length. Every
// single operation is atomic (critical section on the deque in the free-threaded build).
// The layout is private to objects/deque.c; the _collections module exposes the types.
#ifndef WF_OBJECTS_DEQUE_H
#define WF_OBJECTS_DEQUE_H

#include "objects/type.h"

extern wf_type_t wf_deque_type, wf_deque_iter_type, wf_deque_reviter_type;

#define WF_DEQUE_CHECK(o) \
    (WF_TYPE(o) == &wf_deque_type || wf_type_is_subtype(WF_TYPE(o), &wf_deque_type))

// A new empty deque; maxlen < 0 means unbounded. New reference or NULL.
wf_object_t *wf_deque_new(wf_ssize_t maxlen);
// d.append(v) / d.appendleft(v): increfs v; an item pushed out by maxlen is released.
// 0 / -1 (MemoryError).
int wf_deque_append(wf_object_t *d, wf_object_t *v);
int wf_deque_appendleft(wf_object_t *d, wf_object_t *v);
// d.pop() / d.popleft(): new reference, or NULL with IndexError "pop from an empty deque".
wf_object_t *wf_deque_pop(wf_object_t *d);
wf_object_t *wf_deque_popleft(wf_object_t *d);
// d.extend(iterable). 0 / -1.
int wf_deque_extend(wf_object_t *d, wf_object_t *iterable);

#endif
