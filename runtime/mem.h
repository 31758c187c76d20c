// Memory: the raw layer and object allocation.
//
// wf_mem_* is the raw layer (debug hooks go here); it never sets an exception: callers
// raise wf_err_nomemory() themselves. Objects are allocated with wf_type_alloc()
// (objects/type.h) or wf_object_alloc() and released by their dealloc slot with
// wf_object_free(). Containers (types with WF_TPFLAGS_HAVE_GC) are tracked by the cycle
// collector: call wf_gc_track() once the object is fully initialised and wf_gc_untrack()
// first thing in dealloc.
#ifndef WF_RUNTIME_MEM_H
#define WF_RUNTIME_MEM_H

#include "objects/object.h"

void *wf_mem_alloc(size_t n);
void *wf_mem_calloc(size_t count, size_t size);
void *wf_mem_realloc(void *p, size_t n);
void wf_mem_free(void *p);
char *wf_mem_strdup(const char *s);

// Allocate `size` bytes for an object of type t (zero-filled, header initialised, refcount
// 1). Does not incref t. NULL + MemoryError.
wf_object_t *wf_object_alloc(wf_type_t *t, size_t size);
void wf_object_free(void *o);
// Resize an object's memory block (a uniquely referenced string growing in place).
// NULL on failure (the old block is untouched; no exception set).
void *wf_object_realloc(void *o, size_t size);

void wf_gc_track(wf_object_t *o);
void wf_gc_untrack(wf_object_t *o);

// Overflow-safe size arithmetic for allocations: 0 on overflow.
static inline size_t wf_mem_size_mul(size_t a, size_t b) {
    size_t r;
    return __builtin_mul_overflow(a, b, &r) ? 0 : r;
}

#endif
