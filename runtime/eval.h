// The interpreter loop and its public entry points.
//
// Code runs in frames (runtime/frame.h). Calls between Python functions made by the loop
// itself do not recurse in C: the callee's frame is pushed and the same loop continues
// with it. Every other way into Python code (a call from C, a generator resumption,
// module execution) enters the loop with an "entry" frame and returns to C when that
// frame finishes.
#ifndef WF_RUNTIME_EVAL_H
#define WF_RUNTIME_EVAL_H

#include "objects/object.h"
#include "runtime/frame.h"
#include "sync/tstate.h"

// Run module-level or exec/eval code with the given namespaces (locals may equal
// globals; builtins come from globals["__builtins__"], else the interpreter's). New
// reference to the result (None for module code) or NULL with the exception set.
wf_object_t *wf_eval_code(wf_object_t *code, wf_object_t *globals, wf_object_t *locals);
// Run the body of a class statement: `func` is the function the compiler made from the
// class body code, `ns` the namespace from __prepare__. Returns the __class__ cell or None
// (new reference), NULL on error. Called by builtins.__build_class__.
wf_object_t *wf_eval_class_body(wf_object_t *func, wf_object_t *ns);
// Run a frame prepared by the caller (arguments bound, not yet linked into the thread's
// frame chain) until it returns or, for a generator frame, yields. With `throwflag`, the
// current exception is raised at the frame's current instruction first. The caller keeps
// ownership of the frame's memory. New reference or NULL.
wf_object_t *wf_eval_frame_ex(wf_tstate_t *ts, wf_frame_t *f, int throwflag);
static inline wf_object_t *wf_eval_frame(wf_tstate_t *ts, wf_frame_t *f) {
    return wf_eval_frame_ex(ts, f, 0);
}
// The vectorcall slot of Python functions (runtime/call.c).
wf_object_t *wf_func_vectorcall(wf_object_t *func, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames);

// Namespaces of the innermost running Python frame, for globals(), locals(), vars(),
// eval() and exec(). New references; NULL without an exception when no Python code runs.
// In a function, locals is a new snapshot dict of the local variables (3.13 semantics).
wf_object_t *wf_eval_get_globals(void);
wf_object_t *wf_eval_get_locals(void);
wf_object_t *wf_eval_get_builtins(void);
// sys._getframe(depth): new reference; ValueError "call stack is not deep enough".
wf_object_t *wf_eval_get_frame_object(wf_ssize_t depth);

// Recursion limit for Python frames (sys.setrecursionlimit / getrecursionlimit).
void wf_eval_set_recursion_limit(int limit);
int wf_eval_get_recursion_limit(void);

// Serve the eval-breaker bits of `ts` (signals, asynchronous exceptions, GIL drop
// requests). 0, or -1 with an exception set (a signal handler raised, async exception).
int wf_eval_handle_breaker(wf_tstate_t *ts);

// Ask the main thread to call fn(arg) at its next eval-breaker check, with the GIL held
// (or attached). Any thread may call it, with or without the GIL, but not a signal
// handler. fn returns 0, or -1 with an exception set, which is raised in the main thread
// where it was interrupted (the calls still queued run at the next check). Returns 0, or
// -1 when the queue (WF_PENDING_CALLS_MAX entries) is full; no exception is set.
enum { WF_PENDING_CALLS_MAX = 32 };
int wf_eval_add_pending_call(int (*fn)(void *arg), void *arg);

// Raise `exc` (an exception instance or class; new reference taken) asynchronously in
// the thread whose threading.get_ident() is `ident`, at that thread's next eval-breaker
// check; NULL withdraws an exception not raised yet. Returns the number of threads
// found (0 or 1). Needs the GIL / an attached thread.
int wf_eval_set_async_exc(unsigned long ident, wf_object_t *exc);

// The exception being handled, as sys.exception() reports it (borrowed, NULL if none).
// The eval loop keeps tstate->handled_exc equal to it (borrowed pointer, owned by the
// exception slots).
wf_object_t *wf_eval_handled_exception(void);

#endif
