// The raw memory layer and object allocation.
//
// Tier 2 (wf_mem_*) wraps the system allocator and is where debug hooks attach; object
// allocation goes through wf_object_alloc so that the small-object allocator and the
// cycle collector's bookkeeping can be slotted in without touching callers.
#include "runtime/mem.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include <stdlib.h>

void *wf_mem_alloc(size_t n) {
    return malloc(n ? n : 1);
}

void *wf_mem_calloc(size_t count, size_t size) {
    return calloc(count ? count : 1, size ? size : 1);
}

void *wf_mem_realloc(void *p, size_t n) {
    return realloc(p, n ? n : 1);
}

void wf_mem_free(void *p) {
    free(p);
}

char *wf_mem_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = wf_mem_alloc(n);
    if (d != NULL) {
        memcpy(d, s, n);
    }
    return d;
}

wf_object_t *wf_object_alloc(wf_type_t *t, size_t size) {
    // malloc and memset rather than calloc: glibc serves malloc from the thread's cache
    // without locking, while calloc takes the arena lock once the process has threads
    // (CMakeLists.txt keeps the compiler from turning this back into calloc).
    wf_object_t *o = malloc(size);
    if (o == NULL) {
        return wf_err_nomemory();
    }
    memset(o, 0, size);
    wf_object_init_header(o, t);
    return o;
}

void wf_object_free(void *o) {
    free(o);
}

void *wf_object_realloc(void *o, size_t size) {
    return realloc(o, size);
}

// The cycle collector is not in this build yet: tracking is a no-op, so cyclic garbage
// is kept until exit.
void wf_gc_track(wf_object_t *o) {
    (void)o;
}

void wf_gc_untrack(wf_object_t *o) {
    (void)o;
}
