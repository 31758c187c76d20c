// Binding call arguments to the parameters of a Python function (runtime/call.c).
#ifndef WF_RUNTIME_CALL_H
#define WF_RUNTIME_CALL_H

#include "objects/func.h"

// Fill localsplus[0 ..) of a fresh frame of `func` (all slots NULL) from a vectorcall
// argument array: positional parameters, *args tuple, **kwargs dict, defaults and
// keyword-only defaults. With `steal`, every reference in args[0 .. nargs + nkw) is
// consumed, even on failure; otherwise they are borrowed. On failure (-1, TypeError with
// CPython's message) the slots already filled stay in localsplus for the caller to
// release with the frame. 0 on success.
int wf_call_bind_args(wf_func_t *func, wf_object_t **localsplus, wf_object_t *const *args,
                      wf_ssize_t nargs, wf_object_t *kwnames, int steal);

#endif
