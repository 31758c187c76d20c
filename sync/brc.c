// Biased reference counting, the out-of-line halves of objects/object.h's incref/decref.
//
// The owner counts in ob_ref_local; other threads in ob_ref_shared, whose low two bits
// hold the state (0 default, 1 may-have-weakrefs, 2 queued, 3 merged). When the owner's
// count reaches zero the object is freed at once if nobody else ever counted it;
// otherwise ownership is given up: ob_tid is cleared *before* the state becomes MERGED,
// so a thread that sees MERGED never sees a stale owner. Cross-thread merge queues come
// with the free-threaded runtime; until then a non-owner decrement just subtracts.
#include "objects/object.h"

#if WF_FREE_THREADED

enum { REF_SHARED_SHIFT = 2, REF_MERGED = 3, REF_STATE_MASK = 3 };

void wf_brc_merge_zero_local(wf_object_t *o) {
    wf_ssize_t shared = __atomic_load_n(&o->ob_ref_shared, __ATOMIC_ACQUIRE);
    if (shared == 0) {
        wf_object_dealloc(o);
        return;
    }
    __atomic_store_n(&o->ob_tid, (uintptr_t)0, __ATOMIC_RELAXED);
    wf_ssize_t merged;
    do {
        merged = shared | REF_MERGED;
    } while (!__atomic_compare_exchange_n(&o->ob_ref_shared, &shared, merged, 0,
                                          __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE));
    if (merged == REF_MERGED) {
        wf_object_dealloc(o);
    }
}

void wf_brc_decref_shared(wf_object_t *o) {
    wf_ssize_t shared = __atomic_load_n(&o->ob_ref_shared, __ATOMIC_RELAXED);
    wf_ssize_t updated;
    do {
        updated = shared - ((wf_ssize_t)1 << REF_SHARED_SHIFT);
    } while (!__atomic_compare_exchange_n(&o->ob_ref_shared, &shared, updated, 0,
                                          __ATOMIC_ACQ_REL, __ATOMIC_RELAXED));
    if (updated == REF_MERGED) {
        wf_object_dealloc(o);
    }
}

#endif
