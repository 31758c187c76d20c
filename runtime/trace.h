// sys.settrace and sys.setprofile: the events the eval loop reports while a thread has a
// trace or profile function (tstate->use_tracing).
//
// Trace functions (CPython's legacy tracing): the global function gets a 'call' event for
// every frame entered (a generator resuming included); what it returns becomes the
// frame's local trace function (f_trace), which then gets 'line' events (an instruction
// whose line differs from the previous instruction's, or a backward jump), 'return' (also
// at a yield, with the value; None when leaving by an exception), 'exception' (arg
// (type, value, traceback), in every frame the exception passes through) and, with
// f_trace_opcodes, 'opcode'. A non-None result replaces f_trace. A function that raises
// is removed (sys.settrace(None)) and its exception propagates.
//
// Profile functions get 'call' and 'return' for Python frames and 'c_call', 'c_return' and
// 'c_exception' around calls of builtin functions; their results are ignored.
//
// No event is reported while a trace or profile function itself runs.
#ifndef WF_RUNTIME_TRACE_H
#define WF_RUNTIME_TRACE_H

#include "objects/object.h"
#include "runtime/frame.h"

// Install the calling thread's trace / profile function (NULL or None removes it).
void wf_trace_set(wf_tstate_t *ts, wf_object_t *func);
void wf_trace_set_profile(wf_tstate_t *ts, wf_object_t *func);

// Events from the eval loop; each returns 0, or -1 with an exception set.
int wf_trace_call(wf_tstate_t *ts, wf_frame_t *frame);
int wf_trace_instruction(wf_tstate_t *ts, wf_frame_t *frame);
// retval NULL: leaving by an exception (which stays set).
int wf_trace_return(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *retval);
// The exception being raised is set; a failing trace function replaces it.
void wf_trace_exception(wf_tstate_t *ts, wf_frame_t *frame);
// Around a call of a builtin function: 'c_call' before (0 / -1), then 'c_return' or, when
// result is NULL, 'c_exception' (the call's exception stays set).
int wf_trace_c_call(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *func);
int wf_trace_c_return(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *func,
                      wf_object_t *result);
// 1 when `callable` is a function written in C (profile c_call events are reported).
int wf_trace_is_c_function(wf_object_t *callable);

#endif
