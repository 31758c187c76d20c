// Atomic access wrappers for fields that lock-free readers may read.
//
// In the free-threaded build these are C11 atomics with the named ordering; in the GIL
// build the GIL already orders every access, so they compile to plain loads and stores.
// Use them for ob_size, item pointers, dict index words, version tags and any field a
// thread may read without holding the object's lock. Plain (non-FT-sensitive) atomics
// that must be atomic in both builds (eval-breaker words, counters shared with signal
// handlers) use the WF_ATOMIC_*_ALWAYS forms.
#ifndef WF_SYNC_ATOMIC_H
#define WF_SYNC_ATOMIC_H

#include "runtime/config.h"
#include <stdatomic.h>

// Always atomic, both builds. `p` points to a plain (non-_Atomic) object; the GCC/clang
// builtins accept that, which lets the same field be accessed plainly where it is safe.
#define WF_ATOMIC_LOAD_ALWAYS(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#define WF_ATOMIC_STORE_ALWAYS(p, v) __atomic_store_n((p), (v), __ATOMIC_SEQ_CST)
#define WF_ATOMIC_LOAD_RELAXED_ALWAYS(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define WF_ATOMIC_STORE_RELAXED_ALWAYS(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define WF_ATOMIC_ADD_ALWAYS(p, v) __atomic_fetch_add((p), (v), __ATOMIC_SEQ_CST)
#define WF_ATOMIC_OR_ALWAYS(p, v) __atomic_fetch_or((p), (v), __ATOMIC_SEQ_CST)
#define WF_ATOMIC_AND_ALWAYS(p, v) __atomic_fetch_and((p), (v), __ATOMIC_SEQ_CST)
#define WF_ATOMIC_EXCHANGE_ALWAYS(p, v) __atomic_exchange_n((p), (v), __ATOMIC_SEQ_CST)
#define WF_ATOMIC_CAS_ALWAYS(p, expp, v) \
    __atomic_compare_exchange_n((p), (expp), (v), 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)

#if WF_FREE_THREADED
#define WF_ATOMIC_LOAD_RELAXED(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define WF_ATOMIC_LOAD_ACQUIRE(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define WF_ATOMIC_STORE_RELAXED(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define WF_ATOMIC_STORE_RELEASE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#else
#define WF_ATOMIC_LOAD_RELAXED(p) (*(p))
#define WF_ATOMIC_LOAD_ACQUIRE(p) (*(p))
#define WF_ATOMIC_STORE_RELAXED(p, v) ((void)(*(p) = (v)))
#define WF_ATOMIC_STORE_RELEASE(p, v) ((void)(*(p) = (v)))
#endif

#endif
