// Builtin functions and the descriptor types: method descriptors of builtin types,
// getset/member descriptors, slot wrappers, classmethod, staticmethod, property.
#ifndef WF_OBJECTS_DESCR_H
#define WF_OBJECTS_DESCR_H

#include "objects/type.h"

// A builtin function or bound builtin method (len, [].append): method def + self.
typedef struct {
    WF_OBJECT_HEAD
    wf_vectorcallfunc vectorcall;
    wf_method_def_t *def;
    wf_object_t *self;     // bound object, module, or NULL
    wf_object_t *module;   // __module__ or NULL
} wf_cfunc_t;

extern wf_type_t wf_cfunc_type, wf_method_descr_type, wf_classmethod_descr_type,
    wf_getset_descr_type, wf_member_descr_type, wf_wrapper_descr_type, wf_method_wrapper_type,
    wf_classmethod_type, wf_staticmethod_type, wf_property_type;

// Builtin function bound to `self` (a module for module-level functions, may be NULL).
wf_object_t *wf_cfunc_new(wf_method_def_t *def, wf_object_t *self, wf_object_t *module);
// Descriptor objects for a type's tables (used by wf_type_ready).
wf_object_t *wf_descr_new_method(wf_type_t *t, wf_method_def_t *def);
wf_object_t *wf_descr_new_classmethod(wf_type_t *t, wf_method_def_t *def);
wf_object_t *wf_descr_new_getset(wf_type_t *t, wf_getset_def_t *def);
wf_object_t *wf_descr_new_member(wf_type_t *t, wf_member_def_t *def);
// Call a method def with self and vectorcall arguments, checking arity with CPython's
// messages ("append() takes exactly one argument (0 given)").
wf_object_t *wf_method_def_call(wf_method_def_t *def, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, wf_object_t *kwnames);
wf_object_t *wf_classmethod_new(wf_object_t *callable);
wf_object_t *wf_staticmethod_new(wf_object_t *callable);

// Argument parsing helpers for builtins with keyword arguments.
// names: NULL-terminated list of parameter names; npos_only: how many leading parameters
// are positional-only; nrequired: how many are required. Fills out[] (borrowed, NULL for
// missing optional ones). fname is used in error messages ("sorted() ...").
// 0 / -1 with CPython's TypeError messages.
int wf_parse_args(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                  wf_object_t *kwnames, const char *const *names, int npos_only, int nrequired,
                  wf_object_t **out);
// Arity checks for METH_FASTCALL functions: "f expected at most 2 arguments, got 3".
int wf_check_nargs(const char *fname, wf_ssize_t nargs, wf_ssize_t min, wf_ssize_t max);
int wf_check_no_kwargs(const char *fname, wf_object_t *kwnames);
// "f() got an unexpected keyword argument 'x'", with CPython's ". Did you mean 'y'?" when one
// of the NULL-terminated candidates is close. Returns -1.
int wf_err_unexpected_keyword(const char *fname, wf_object_t *key,
                              const char *const *candidates);

// (getattr, (self, name)): how bound methods pickle, looked up again when unpickled.
// Steals `name` (NULL: returns NULL with the error set by the caller's lookup).
wf_object_t *wf_reduce_as_getattr(wf_object_t *self, wf_object_t *name);

#endif
