// Thread state: one per OS thread that runs Python code.
//
// The current thread's state is in a thread-local (wf_tstate_get). Fields used by the
// eval loop are read only by their own thread, except eval_breaker, which other threads
// and signal handlers set atomically.
#ifndef WF_SYNC_TSTATE_H
#define WF_SYNC_TSTATE_H

#include "runtime/config.h"
#include "sync/atomic.h"

struct wf_object;
struct wf_frame;

// Eval-breaker bits: one atomic word per thread, checked at backward jumps, calls and
// function entry.
enum {
    WF_EB_GIL_DROP = 1u << 0,       // another thread waits for the GIL
    WF_EB_SIGNALS = 1u << 1,        // signals pending (main thread)
    WF_EB_PENDING_CALLS = 1u << 2,
    WF_EB_ASYNC_EXC = 1u << 3,
    WF_EB_GC = 1u << 4,
    WF_EB_STOP_WORLD = 1u << 5,
    WF_EB_MERGE_REFS = 1u << 6,
    WF_EB_TRACE = 1u << 7,          // sys.settrace/setprofile changed: reselect dispatch
};

typedef struct wf_tstate {
    uint32_t eval_breaker;          // WF_EB_* bits, atomic
    struct wf_object *exc;          // current exception being raised, or NULL
    struct wf_object *handled_exc;  // innermost exception being handled (sys.exception())
    struct wf_frame *frame;         // innermost executing frame
    int py_depth;                   // Python call depth, checked against recursion limit
    int c_depth;                    // C recursion depth (repr/compare/hash of nested data)
    int recursion_headroom;         // extra depth granted while handling RecursionError
    struct wf_object *async_exc;    // exception to raise asynchronously
    unsigned long ident;            // threading.get_ident()
    uintptr_t tid;                  // value stored in ob_tid of objects this thread owns
    struct wf_tstate *next, *prev;  // all thread states of the interpreter (registry lock)
    int attached;
    uint64_t serial;                // unique for the life of the process (1 = main thread)
    long native_id;                 // threading.get_native_id() (the kernel's thread id)
    struct wf_object *locals;       // list of the thread-local objects this thread has used
    // sys.settrace / sys.setprofile (runtime/trace.c).
    struct wf_object *trace_func;   // global trace function, or NULL
    struct wf_object *profile_func; // profile function, or NULL
    int tracing;                    // > 0 while a trace or profile function runs
    uint8_t use_tracing;            // trace_func or profile_func is set
    // sys.set_asyncgen_hooks().
    struct wf_object *asyncgen_firstiter, *asyncgen_finalizer;
} wf_tstate_t;

extern WF_THREAD_LOCAL wf_tstate_t *wf_tstate_current;

static inline wf_tstate_t *wf_tstate_get(void) {
    return wf_tstate_current;
}

// Create and attach the main thread's state. Returns NULL on out of memory.
wf_tstate_t *wf_tstate_init_main(void);
// A new thread's state, created by the thread that starts it (so the registry counts it
// from the start) and registered. NULL on out of memory (no exception set).
wf_tstate_t *wf_tstate_new(void);
// Frees a state that never ran (its thread could not be started).
void wf_tstate_discard(wf_tstate_t *ts);
// In the new thread: make `ts` current and attach it (take the GIL).
void wf_tstate_bind(wf_tstate_t *ts);
// In an ending thread, attached, its Python work done: unregister the state, detach and
// free it. Nothing may touch objects afterwards.
void wf_tstate_delete_current(void);
// The main thread's state.
wf_tstate_t *wf_tstate_main(void);
// Number of registered thread states other than the main thread's.
int wf_tstate_count_others(void);
// Calls fn(ts, arg) for every registered state until fn returns nonzero (that value is
// returned). The registry lock is held: fn must not block or create threads.
int wf_tstate_foreach(int (*fn)(wf_tstate_t *ts, void *arg), void *arg);
// Interpreter shutdown has begun: from now on a thread other than the main thread that
// tries to attach never returns (daemon threads stop where they are).
void wf_tstate_set_finalizing(void);
int wf_tstate_finalizing(void);
// Detach the current thread (drop the GIL / go offline); returns the state to reattach.
wf_tstate_t *wf_tstate_detach(void);
void wf_tstate_attach(wf_tstate_t *ts);

// Set bits in a thread's eval breaker (any thread, async-signal-safe).
static inline void wf_tstate_signal(wf_tstate_t *ts, uint32_t bits) {
    WF_ATOMIC_OR_ALWAYS(&ts->eval_breaker, bits);
}

#endif
