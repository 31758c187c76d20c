// Generators and coroutines: a suspended frame plus its own "exception being handled".
//
// Calling a generator function binds the arguments into a frame embedded in the new
// generator object; nothing runs until the first send(). While a generator runs, its
// frame is linked into the thread's frame chain and its exception slot is the innermost
// one (sys.exception() sees the generator's own handled exception first, then the
// caller's). Coroutines and async generators share the machinery with their own types.
#ifndef WF_OBJECTS_GEN_H
#define WF_OBJECTS_GEN_H

#include "objects/func.h"
#include "runtime/frame.h"

// One level of "exception being handled" (PUSH_EXC_INFO/POP_EXCEPT act on the innermost).
// The thread has a base slot; each running generator adds its own, linked to the slot
// that was innermost when it was resumed.
typedef struct wf_exc_slot {
    wf_object_t *value;       // owned; NULL when nothing is being handled
    struct wf_exc_slot *prev; // the slot below while the owner runs, else NULL
} wf_exc_slot_t;

// Generator states.
enum {
    WF_GEN_CREATED = 0,   // not started
    WF_GEN_SUSPENDED = 1, // stopped at a YIELD_VALUE
    WF_GEN_RUNNING = 2,
    WF_GEN_CLOSED = 3, // returned, raised or closed; the frame is cleared
};

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *name;     // __name__
    wf_object_t *qualname; // __qualname__
    wf_object_t *weakreflist;
    wf_exc_slot_t exc_state;
    int state;         // WF_GEN_*
    // Async generators only: the finalizer from sys.set_asyncgen_hooks() (owned), whether
    // the hooks were applied, an asend/athrow in progress, and "finished for good".
    wf_object_t *ag_finalizer;
    uint8_t ag_hooks_inited, ag_running_async, ag_closed;
    wf_frame_t *frame; // points into the storage below
    // Frame storage follows (sized from the code object).
} wf_gen_t;

extern wf_type_t wf_gen_type, wf_coro_type, wf_coro_wrapper_type;
// Async generators and their awaitables (asend()/__anext__(), athrow()/aclose()), and the
// marker wrapping a value an async generator yields (as opposed to one its awaits pass
// up): CALL_INTRINSIC_1 ASYNC_GEN_WRAP makes it.
extern wf_type_t wf_asyncgen_type, wf_asyncgen_asend_type, wf_asyncgen_athrow_type,
    wf_asyncgen_wrapped_type;
wf_object_t *wf_asyncgen_wrap(wf_object_t *value);
#define WF_GEN_CHECK(o) (WF_TYPE(o) == &wf_gen_type)
#define WF_CORO_CHECK(o) (WF_TYPE(o) == &wf_coro_type)
#define WF_ASYNCGEN_CHECK(o) (WF_TYPE(o) == &wf_asyncgen_type)
#define WF_GEN_LIKE_CHECK(o) (WF_GEN_CHECK(o) || WF_CORO_CHECK(o))

// Call of a generator-like function: bind the arguments (borrowed, or consumed with
// `steal`) into a new generator/coroutine. New reference or NULL (TypeError from binding).
wf_object_t *wf_gen_new_from_call(wf_func_t *func, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames, int steal);

// Results of wf_gen_send.
enum { WF_GEN_RESULT_ERROR = -1, WF_GEN_RESULT_YIELD = 0, WF_GEN_RESULT_RETURN = 1 };
// Resume a generator or coroutine with `value` (NULL = None): *result receives the yielded
// or returned value (new reference). With `throwflag`, the current exception is raised at
// the suspension point instead. ERROR: exception set, *result NULL.
int wf_gen_send(wf_object_t *gen, wf_object_t *value, int throwflag, wf_object_t **result);
// The object a generator suspended in `yield from`/`await` delegates to (new ref) or NULL.
wf_object_t *wf_gen_yieldfrom(wf_object_t *gen);
// Raise StopIteration carrying `value` (wrapped so tuples and exceptions survive).
void wf_gen_set_stop_iteration(wf_object_t *value);

#endif
