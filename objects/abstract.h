// Generic object protocols: what the eval loop and builtins call on arbitrary objects.
// Each dispatches through type slots (objects/type.h) with CPython 3.13's rules and error
// messages. Arguments are borrowed; results are new references; NULL / -1 on error.
#ifndef WF_OBJECTS_ABSTRACT_H
#define WF_OBJECTS_ABSTRACT_H

#include "objects/type.h"

// Text.
wf_object_t *wf_repr(wf_object_t *o);   // guards against recursion
wf_object_t *wf_str(wf_object_t *o);
wf_object_t *wf_ascii(wf_object_t *o);
wf_object_t *wf_format(wf_object_t *o, wf_object_t *spec);  // format(o, spec); spec may be NULL

// Identity-free basics.
wf_hash_t wf_hash(wf_object_t *o);        // -1 on error
int wf_truthy(wf_object_t *o);             // -1/0/1
int wf_not(wf_object_t *o);                // -1/0/1
wf_object_t *wf_richcompare(wf_object_t *a, wf_object_t *b, int op);
int wf_richcompare_bool(wf_object_t *a, wf_object_t *b, int op);  // identity shortcut for EQ/NE
int wf_eq(wf_object_t *a, wf_object_t *b);  // wf_richcompare_bool(a, b, WF_EQ)

// Attributes. `name` must be a str.
wf_object_t *wf_getattr(wf_object_t *o, wf_object_t *name);
wf_object_t *wf_getattr_cstr(wf_object_t *o, const char *name);
// 1 found (*result new ref), 0 missing (AttributeError suppressed, *result NULL), -1 error.
int wf_getattr_opt(wf_object_t *o, wf_object_t *name, wf_object_t **result);
int wf_hasattr(wf_object_t *o, wf_object_t *name);  // -1/0/1
int wf_setattr(wf_object_t *o, wf_object_t *name, wf_object_t *value);  // value NULL deletes
int wf_setattr_cstr(wf_object_t *o, const char *name, wf_object_t *value);
int wf_delattr(wf_object_t *o, wf_object_t *name);
// The default getattro/setattro: data descriptors, instance __dict__, non-data
// descriptors, class attributes; raises AttributeError "'X' object has no attribute 'y'".
wf_object_t *wf_object_generic_getattr(wf_object_t *o, wf_object_t *name);
int wf_object_generic_setattr(wf_object_t *o, wf_object_t *name, wf_object_t *value);
// Method lookup for calls: if the attribute is a plain function/method descriptor found
// on the type, stores it in *method (new ref) and returns 1 (call it with o prepended);
// otherwise stores the bound attribute and returns 0. -1 on error.
int wf_get_method(wf_object_t *o, wf_object_t *name, wf_object_t **method);
// Address of the instance __dict__ slot, or NULL if the object has none.
wf_object_t **wf_object_dict_ptr(wf_object_t *o);
// The instance __dict__, created on demand (new ref), or NULL + AttributeError.
wf_object_t *wf_object_get_dict(wf_object_t *o);
// dir(o) as a sorted list.
wf_object_t *wf_dir(wf_object_t *o);

// Calls.
wf_object_t *wf_call(wf_object_t *callable, wf_object_t *args, wf_object_t *kwargs);  // args tuple (NULL = ()), kwargs dict or NULL
wf_object_t *wf_vectorcall(wf_object_t *callable, wf_object_t *const *args, wf_ssize_t nargs,
                           wf_object_t *kwnames);
wf_object_t *wf_call_noargs(wf_object_t *callable);
wf_object_t *wf_call_one(wf_object_t *callable, wf_object_t *arg);
wf_object_t *wf_call_two(wf_object_t *callable, wf_object_t *a, wf_object_t *b);
// obj.name(*args): looks up with wf_get_method, so no bound method is created.
wf_object_t *wf_call_method(wf_object_t *obj, wf_object_t *name, wf_object_t *const *args,
                            wf_ssize_t nargs);
wf_object_t *wf_call_method_cstr(wf_object_t *obj, const char *name, wf_object_t *const *args,
                                 wf_ssize_t nargs);
// Adapters between calling conventions (for types that only implement one of them).
wf_object_t *wf_vectorcall_via_call(wf_object_t *callable, wf_object_t *const *args,
                                    wf_ssize_t nargs, wf_object_t *kwnames);
wf_object_t *wf_call_via_vectorcall(wf_object_t *callable, wf_object_t *args,
                                    wf_object_t *kwargs);
int wf_callable(wf_object_t *o);  // 0/1
// Look up a special method on the type (not the instance) and call it with o as self.
// Returns NULL without an exception set if the type has no such method.
wf_object_t *wf_call_special(wf_object_t *o, wf_object_t *name, wf_object_t *const *args,
                             wf_ssize_t nargs);

// Numbers. op is a wf_binop_t; inplace tries the in-place slot first.
wf_object_t *wf_binary_op(wf_object_t *a, wf_object_t *b, wf_binop_t op);
wf_object_t *wf_inplace_op(wf_object_t *a, wf_object_t *b, wf_binop_t op);
wf_object_t *wf_power(wf_object_t *a, wf_object_t *b, wf_object_t *mod);  // mod None/NULL: 2-arg
wf_object_t *wf_negative(wf_object_t *o);
wf_object_t *wf_positive(wf_object_t *o);
wf_object_t *wf_absolute(wf_object_t *o);
wf_object_t *wf_invert(wf_object_t *o);
wf_object_t *wf_index(wf_object_t *o);       // __index__ -> exact int
// o.__index__() clamped: on overflow raise `exc` (e.g. IndexError) or, if exc is NULL,
// clamp to WF_SSIZE_MIN/MAX. -1 with an exception set on error (check wf_err_occurred()).
wf_ssize_t wf_as_ssize(wf_object_t *o, wf_type_t *exc);
// An index-able object as a C int (file descriptors, flags): 0, or -1 with OverflowError
// "Python int too large to convert to C int" (or the error of __index__).
int wf_as_c_int(wf_object_t *o, int *out);
wf_object_t *wf_number_int(wf_object_t *o);    // int(o)
wf_object_t *wf_number_float(wf_object_t *o);  // float(o)
int wf_index_check(wf_object_t *o);             // has __index__

// Containers.
wf_ssize_t wf_len(wf_object_t *o);            // -1 on error; "object of type 'X' has no len()"
wf_ssize_t wf_length_hint(wf_object_t *o, wf_ssize_t dflt);
wf_object_t *wf_getitem(wf_object_t *o, wf_object_t *key);
int wf_setitem(wf_object_t *o, wf_object_t *key, wf_object_t *value);
int wf_delitem(wf_object_t *o, wf_object_t *key);
wf_object_t *wf_getitem_int(wf_object_t *o, wf_ssize_t i);
int wf_contains(wf_object_t *container, wf_object_t *item);  // -1/0/1, falls back to iteration

// Iteration.
wf_object_t *wf_iter(wf_object_t *o);        // "'X' object is not iterable"
// Next item (new ref); NULL with no exception = exhausted; NULL with exception = error.
wf_object_t *wf_iter_next(wf_object_t *it);
int wf_iter_check(wf_object_t *o);           // has __next__
// Materialise any iterable.
wf_object_t *wf_sequence_list(wf_object_t *iterable);
wf_object_t *wf_sequence_tuple(wf_object_t *iterable);
// A list or tuple holding the items of o: o itself when it is an exact list or tuple, else a
// new list filled from iter(o) (so the iterator's __length_hint__ is asked). A TypeError from
// iter() becomes TypeError(msg).
wf_object_t *wf_sequence_fast(wf_object_t *o, const char *msg);
// os.fspath(o): o itself when it is a str or bytes, else the str or bytes its type's
// __fspath__ returns (new reference); TypeError as CPython otherwise.
wf_object_t *wf_fspath(wf_object_t *o);

// Type relations.
int wf_isinstance(wf_object_t *o, wf_object_t *cls);   // -1/0/1, honours __instancecheck__
int wf_issubclass(wf_object_t *derived, wf_object_t *cls);
static inline int wf_type_check(wf_object_t *o, wf_type_t *t) {
    return WF_TYPE(o) == t || wf_type_is_subtype(WF_TYPE(o), t);
}

#define WF_SSIZE_MAX INTPTR_MAX
#define WF_SSIZE_MIN INTPTR_MIN

#endif
