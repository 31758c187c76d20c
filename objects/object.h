// The object header and the reference-count API: the only place that knows the header
// layout of each build.
//
// GIL build: {refcnt, type}, 16 bytes. An object is immortal when its refcount is
// negative; increments and decrements test the value they already loaded, so an
// immortal object is never written.
// Free-threaded build: {tid, flags, mutex, gc_bits, ref_local, ref_shared, type}, 32 bytes,
// biased reference counting: the owning thread (tid) counts in ref_local with plain
// stores, every other thread in ref_shared atomically. ref_local == UINT32_MAX marks
// an immortal object. The merge queues and the shared-count state bits live in sync/brc.c.
//
// Code outside this header and sync/ never names the header fields. Use WF_INCREF,
// WF_DECREF, WF_XDECREF, WF_CLEAR, wf_newref, WF_TYPE, WF_SET_TYPE, WF_REFCNT.
#ifndef WF_OBJECTS_OBJECT_H
#define WF_OBJECTS_OBJECT_H

#include "runtime/config.h"
#include "sync/atomic.h"
#include <string.h>

typedef struct wf_object wf_object_t;
typedef struct wf_type wf_type_t;
typedef intptr_t wf_ssize_t;
typedef intptr_t wf_hash_t;

struct wf_object {
#if WF_FREE_THREADED
    uintptr_t ob_tid;        // owning thread, 0 when merged or static
    uint16_t ob_flags;
    uint8_t ob_mutex;        // per-object lock, only through critical sections
    uint8_t ob_gc_bits;
    uint32_t ob_ref_local;   // owner-only count; UINT32_MAX = immortal
    wf_ssize_t ob_ref_shared; // other threads, atomic; low 2 bits are state flags
#else
    wf_ssize_t ob_refcnt;    // negative = immortal
#endif
    wf_type_t *ob_type;
};

// Objects with a variable number of items (int digits, tuple items, bytes, ...).
typedef struct {
    wf_object_t ob_base;
    wf_ssize_t ob_size;
} wf_varobject_t;

#define WF_OBJECT_HEAD wf_object_t ob_base;
#define WF_VAROBJECT_HEAD wf_varobject_t ob_base;

#if WF_FREE_THREADED
_Static_assert(sizeof(wf_object_t) == 32, "free-threaded header is 32 bytes");
#define WF_IMMORTAL_LOCAL UINT32_MAX
// Static initialiser: immortal, unowned.
#define WF_STATIC_HEAD(type) {.ob_tid = 0, .ob_ref_local = WF_IMMORTAL_LOCAL, .ob_type = (type)}
#else
_Static_assert(sizeof(wf_object_t) == 16, "GIL header is 16 bytes");
#define WF_IMMORTAL_REFCNT ((wf_ssize_t)INTPTR_MIN / 2)
#define WF_STATIC_HEAD(type) {.ob_refcnt = WF_IMMORTAL_REFCNT, .ob_type = (type)}
#endif
#define WF_STATIC_VARHEAD(type, size) {.ob_base = WF_STATIC_HEAD(type), .ob_size = (size)}

#define WF_OBJ(o) ((wf_object_t *)(o))
#define WF_TYPE(o) (WF_OBJ(o)->ob_type)
#define WF_SET_TYPE(o, t) (WF_OBJ(o)->ob_type = (t))
#define WF_SIZE(o) WF_ATOMIC_LOAD_RELAXED(&((wf_varobject_t *)(o))->ob_size)
#define WF_SET_SIZE(o, n) WF_ATOMIC_STORE_RELAXED(&((wf_varobject_t *)(o))->ob_size, (n))
#define WF_IS_TYPE(o, t) (WF_TYPE(o) == (t))

// Deallocation entry point: calls the type's dealloc slot. Defined in objects/object.c.
void wf_object_dealloc(wf_object_t *o);

#if WF_FREE_THREADED
// Current thread's id as used in ob_tid: the address of a thread-local byte, one
// instruction on x86-64 and aarch64 (sync/tstate.c defines it).
extern WF_THREAD_LOCAL char wf_thread_anchor;
static inline uintptr_t wf_thread_id(void) {
    return (uintptr_t)&wf_thread_anchor;
}
void wf_brc_decref_shared(wf_object_t *o);  // sync/brc.c, out of line
void wf_brc_merge_zero_local(wf_object_t *o);

static inline void wf_incref(wf_object_t *o) {
    uint32_t local = WF_ATOMIC_LOAD_RELAXED_ALWAYS(&o->ob_ref_local);
    if (WF_UNLIKELY(local == WF_IMMORTAL_LOCAL)) {
        return;
    }
    if (WF_LIKELY(o->ob_tid == wf_thread_id())) {
        WF_ATOMIC_STORE_RELAXED_ALWAYS(&o->ob_ref_local, local + 1);
    } else {
        WF_ATOMIC_ADD_ALWAYS(&o->ob_ref_shared, (wf_ssize_t)4);
    }
}

static inline void wf_decref(wf_object_t *o) {
    uint32_t local = WF_ATOMIC_LOAD_RELAXED_ALWAYS(&o->ob_ref_local);
    if (WF_UNLIKELY(local == WF_IMMORTAL_LOCAL)) {
        return;
    }
    if (WF_LIKELY(o->ob_tid == wf_thread_id())) {
        WF_ATOMIC_STORE_RELAXED_ALWAYS(&o->ob_ref_local, local - 1);
        if (local == 1) {
            wf_brc_merge_zero_local(o);
        }
    } else {
        wf_brc_decref_shared(o);
    }
}

static inline int wf_is_immortal(wf_object_t *o) {
    return WF_ATOMIC_LOAD_RELAXED_ALWAYS(&o->ob_ref_local) == WF_IMMORTAL_LOCAL;
}

static inline wf_ssize_t wf_refcnt(wf_object_t *o) {
    if (wf_is_immortal(o)) {
        return (wf_ssize_t)UINT32_MAX;
    }
    return (wf_ssize_t)WF_ATOMIC_LOAD_RELAXED_ALWAYS(&o->ob_ref_local) +
           (WF_ATOMIC_LOAD_RELAXED_ALWAYS(&o->ob_ref_shared) >> 2);
}

static inline void wf_set_immortal(wf_object_t *o) {
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&o->ob_ref_local, WF_IMMORTAL_LOCAL);
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&o->ob_ref_shared, (wf_ssize_t)0);
}

// Header initialisation of a freshly allocated object: refcount 1, owned by this thread.
static inline void wf_object_init_header(wf_object_t *o, wf_type_t *t) {
    o->ob_tid = wf_thread_id();
    o->ob_flags = 0;
    o->ob_mutex = 0;
    o->ob_gc_bits = 0;
    o->ob_ref_local = 1;
    o->ob_ref_shared = 0;
    o->ob_type = t;
}

// True when the caller holds the only reference (in-place mutation fast paths).
static inline int wf_is_unique(wf_object_t *o) {
    return o->ob_tid == wf_thread_id() && o->ob_ref_local == 1 &&
           WF_ATOMIC_LOAD_RELAXED_ALWAYS(&o->ob_ref_shared) == 0;
}
#else
static inline void wf_incref(wf_object_t *o) {
    wf_ssize_t rc = o->ob_refcnt;
    if (WF_UNLIKELY(rc < 0)) {
        return;
    }
    o->ob_refcnt = rc + 1;
}

static inline void wf_decref(wf_object_t *o) {
    wf_ssize_t rc = o->ob_refcnt;
    if (WF_UNLIKELY(rc < 0)) {
        return;
    }
    o->ob_refcnt = rc - 1;
    if (rc == 1) {
        wf_object_dealloc(o);
    }
}

static inline int wf_is_immortal(wf_object_t *o) {
    return o->ob_refcnt < 0;
}

static inline wf_ssize_t wf_refcnt(wf_object_t *o) {
    return o->ob_refcnt < 0 ? (wf_ssize_t)UINT32_MAX : o->ob_refcnt;
}

static inline void wf_set_immortal(wf_object_t *o) {
    o->ob_refcnt = WF_IMMORTAL_REFCNT;
}

static inline void wf_object_init_header(wf_object_t *o, wf_type_t *t) {
    o->ob_refcnt = 1;
    o->ob_type = t;
}

static inline int wf_is_unique(wf_object_t *o) {
    return o->ob_refcnt == 1;
}
#endif

#define WF_INCREF(o) wf_incref(WF_OBJ(o))
#define WF_DECREF(o) wf_decref(WF_OBJ(o))
#define WF_XINCREF(o)                \
    do {                             \
        wf_object_t *xi_ = WF_OBJ(o); \
        if (xi_ != NULL) {           \
            wf_incref(xi_);          \
        }                            \
    } while (0)
#define WF_XDECREF(o)                \
    do {                             \
        wf_object_t *xd_ = WF_OBJ(o); \
        if (xd_ != NULL) {           \
            wf_decref(xd_);          \
        }                            \
    } while (0)
// Set the variable to NULL before dropping the reference (the destructor may look at it).
#define WF_CLEAR(var)                    \
    do {                                 \
        wf_object_t *cl_ = WF_OBJ(var);  \
        if (cl_ != NULL) {               \
            (var) = NULL;                \
            wf_decref(cl_);              \
        }                                \
    } while (0)
// Replace a field, dropping the old reference after the store.
#define WF_SETREF(var, newval)          \
    do {                                \
        wf_object_t *sr_ = WF_OBJ(var); \
        (var) = (newval);               \
        WF_XDECREF(sr_);                \
    } while (0)
#define WF_REFCNT(o) wf_refcnt(WF_OBJ(o))

static inline wf_object_t *wf_newref(void *o) {
    wf_incref((wf_object_t *)o);
    return (wf_object_t *)o;
}
static inline wf_object_t *wf_xnewref(void *o) {
    if (o != NULL) {
        wf_incref((wf_object_t *)o);
    }
    return (wf_object_t *)o;
}

// Singletons (immortal). Defined in objects/object.c.
extern wf_object_t wf_none_struct, wf_notimplemented_struct, wf_ellipsis_struct;
#define WF_NONE (&wf_none_struct)
#define WF_NOTIMPLEMENTED (&wf_notimplemented_struct)
#define WF_ELLIPSIS (&wf_ellipsis_struct)
#define WF_RETURN_NONE return WF_NONE  // None is immortal: no incref needed
#define WF_RETURN_NOTIMPLEMENTED return WF_NOTIMPLEMENTED

// Rich comparison operators, in CPython's order (so tables indexed by them match).
enum { WF_LT = 0, WF_LE = 1, WF_EQ = 2, WF_NE = 3, WF_GT = 4, WF_GE = 5 };

#include "sync/critical_section.h"

#endif
