// Out-of-line pieces of the interpreter loop (runtime/eval_helpers.c), shared by
// runtime/eval.c and objects/gen.c only. Conventions as everywhere: arguments borrowed,
// results new references, NULL / -1 with the exception set.
#ifndef WF_RUNTIME_EVAL_HELPERS_H
#define WF_RUNTIME_EVAL_HELPERS_H

#include "objects/code.h"
#include "objects/gen.h"
#include "runtime/frame.h"

// ---- the exception being handled (eval.c) ----
// The innermost exception slot of this thread (the running generator's, or the base one).
wf_exc_slot_t *wf_eval_exc_slot(void);
// Make `slot` the innermost one / restore the previous one (generator resume / suspend).
void wf_eval_exc_enter(wf_exc_slot_t *slot);
void wf_eval_exc_leave(wf_exc_slot_t *slot);
// Recompute tstate->handled_exc after a slot changed.
void wf_eval_exc_sync(wf_tstate_t *ts);

// ---- names ----
// NameError "name 'x' is not defined" with its `name` attribute set.
void wf_eval_name_error(wf_object_t *name);
// UnboundLocalError for slot i / the LOAD_DEREF errors (cell or free slot).
void wf_eval_unbound_local(wf_code_t *co, int i);
void wf_eval_unbound_deref(wf_code_t *co, int i);
// LOAD_NAME: locals mapping, globals, builtins. New reference or NULL (NameError).
wf_object_t *wf_eval_load_name(wf_frame_t *f, wf_object_t *name);
// LOAD_GLOBAL: globals, then builtins.
wf_object_t *wf_eval_load_global(wf_frame_t *f, wf_object_t *name);
// STORE_NAME / DELETE_NAME on the frame's locals mapping. 0 / -1.
int wf_eval_store_name(wf_frame_t *f, wf_object_t *name, wf_object_t *v);
int wf_eval_delete_name(wf_frame_t *f, wf_object_t *name);
// LOAD_FROM_DICT_OR_DEREF (the frame's locals) / LOAD_FROM_MAPPING_OR_DEREF (`mapping`).
wf_object_t *wf_eval_load_classderef(wf_frame_t *f, int slot);
wf_object_t *wf_eval_load_mapping_or_deref(wf_frame_t *f, wf_object_t *mapping, int slot);
// LOAD_FROM_DICT_OR_GLOBALS: `mapping`, then globals, then builtins.
wf_object_t *wf_eval_load_from_dict_or_globals(wf_frame_t *f, wf_object_t *mapping,
                                               wf_object_t *name);

// ---- unpacking ----
// Unpack `seq` into `before` leading and `after` trailing items (after < 0: exactly
// `before` items, UNPACK_SEQUENCE). Writes new references to dest[0..count) in stack
// order (the first item last). 0 / -1.
int wf_eval_unpack(wf_object_t *seq, int before, int after, wf_object_t **dest);

// ---- raising ----
// RAISE_VARARGS with exc (may be NULL: bare raise) and cause (NULL: none).
// Returns 1 for a successful bare re-raise (keep the traceback), 0 otherwise (error set).
int wf_eval_do_raise(wf_object_t *exc, wf_object_t *cause);
// The check of an except clause's type: 0 ok, -1 TypeError set.
int wf_eval_check_except_type(wf_object_t *type);
// except*: split `exc` by `type`: *match (None if nothing) and *rest. 0 / -1.
int wf_eval_exception_group_match(wf_object_t *exc, wf_object_t *type, wf_object_t **match,
                                  wf_object_t **rest);

// ---- calls ----
// "f()", "C.m()", "__main__.f()": how CPython names a callable in argument errors.
wf_object_t *wf_eval_func_str(wf_object_t *callable);
// CALL_FUNCTION_EX's *args: an exact tuple (new ref) or TypeError
// "F() argument after * must be an iterable, not T".
wf_object_t *wf_eval_star_args(wf_object_t *callable, wf_object_t *args);
// DICT_MERGE: merge `update` into `dict` for a call to `callable`. 0 / -1.
int wf_eval_dict_merge(wf_object_t *callable, wf_object_t *dict, wf_object_t *update);
// Flatten (args tuple, kwargs dict or NULL) into a vectorcall array: *stack gets a
// buffer (free with wf_mem_free unless it equals `small`) holding borrowed references,
// *kwnames a new tuple or NULL. -1 on error (TypeError "keywords must be strings").
int wf_eval_flatten_call(wf_object_t *args, wf_object_t *kwargs, wf_object_t **small, int nsmall,
                         wf_object_t ***stack, wf_object_t **kwnames);

// ---- misc statements ----
wf_object_t *wf_eval_import_name(wf_frame_t *f, wf_object_t *name, wf_object_t *fromlist,
                                 wf_object_t *level);
wf_object_t *wf_eval_intrinsic1(wf_frame_t *f, int id, wf_object_t *v);
wf_object_t *wf_eval_intrinsic2(wf_frame_t *f, int id, wf_object_t *v1, wf_object_t *v2);
// BEFORE_WITH / BEFORE_ASYNC_WITH: *exit the bound __exit__, *res the __enter__() result.
int wf_eval_before_with(wf_object_t *mgr, wf_object_t **exit, wf_object_t **res, int async);
// LOAD_SUPER_ATTR. *self_or_null is set for the method form (NULL: attr is bound).
wf_object_t *wf_eval_load_super_attr(wf_object_t *global_super, wf_object_t *cls, wf_object_t *self,
                                     wf_object_t *name, int two_arg, int method,
                                     wf_object_t **self_or_null);
wf_object_t *wf_eval_zero_super(wf_object_t *global_super, wf_object_t *cls, wf_object_t *self);
wf_object_t *wf_eval_build_string(wf_object_t **items, int n);
wf_object_t *wf_eval_build_map(wf_object_t **items, int n);
wf_object_t *wf_eval_build_const_key_map(wf_object_t **values, wf_object_t *keys, int n);
wf_object_t *wf_eval_build_set(wf_object_t **items, int n);
int wf_eval_setup_annotations(wf_frame_t *f);
wf_object_t *wf_eval_make_function(wf_frame_t *f, wf_object_t *code);
int wf_eval_set_function_attribute(wf_object_t *func, int flag, wf_object_t *value);

// ---- pattern matching ----
wf_object_t *wf_eval_match_class(wf_object_t *subject, wf_object_t *cls, int count,
                                 wf_object_t *names);
wf_object_t *wf_eval_match_keys(wf_object_t *subject, wf_object_t *keys);

// ---- generators and async ----
// SEND: resume `receiver` with v. Returns WF_GEN_RESULT_* with *retval set (new ref).
int wf_eval_send(wf_object_t *receiver, wf_object_t *v, wf_object_t **retval);
wf_object_t *wf_eval_get_yield_from_iter(wf_code_t *co, wf_object_t *iterable);
wf_object_t *wf_eval_get_awaitable(wf_object_t *v, int where);
wf_object_t *wf_eval_get_aiter(wf_object_t *v);
wf_object_t *wf_eval_get_anext(wf_object_t *aiter);

#endif
