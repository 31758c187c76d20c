// Raising, inspecting and clearing the current exception.
//
// The current exception is one object stored in the thread state (tstate->exc), with its
// traceback in its __traceback__ attribute. A function that fails sets it and returns NULL
// or -1; callers propagate. Raise helpers return NULL so that `return wf_err_format(...)`
// reads naturally; the _int forms return -1.
//
// wf_err_format understands: %s (C string), %.Ns (truncated), %d %i %u %ld %lu %zd %zu
// %lld %llu %x %c (code point), %p, %% and object conversions %R (repr), %S (str),
// %A (ascii), %U (str object inserted as is), %T (type name of the object: "int"),
// %N (fully qualified name of a type object). Objects are borrowed.
#ifndef WF_RUNTIME_ERRORS_H
#define WF_RUNTIME_ERRORS_H

#include "objects/object.h"
#include <stdarg.h>

// Exception type objects: wf_exc_TypeError, wf_exc_ValueError, ... (objects/exceptions.def).
#define WF_EXC(c, py, parent, st) extern wf_type_t wf_exc_##c;
#include "objects/exceptions.def"
#undef WF_EXC

wf_object_t *wf_err_set(wf_type_t *type, wf_object_t *value);  // value: args (object or tuple) or NULL
wf_object_t *wf_err_set_string(wf_type_t *type, const char *msg);
wf_object_t *wf_err_format(wf_type_t *type, const char *fmt, ...);
wf_object_t *wf_err_vformat(wf_type_t *type, const char *fmt, va_list ap);
int wf_err_format_int(wf_type_t *type, const char *fmt, ...);  // returns -1
wf_object_t *wf_err_nomemory(void);          // preallocated MemoryError; never allocates
wf_object_t *wf_err_from_errno(wf_type_t *type);  // OSError subclass chosen from errno
wf_object_t *wf_err_from_errno_filename(wf_type_t *type, wf_object_t *filename);
wf_object_t *wf_err_from_errno_filename2(wf_type_t *type, wf_object_t *filename,
                                         wf_object_t *filename2);
wf_object_t *wf_err_bad_internal_call(const char *where);  // SystemError

// Set the current exception to an instance (steals `exc`). Sets __context__ from the
// exception being handled, as raising in an except block does.
void wf_err_set_object_steal(wf_object_t *exc);
// Current exception (borrowed) or NULL.
wf_object_t *wf_err_occurred(void);
// Take the current exception out of the thread state (new reference) or NULL.
wf_object_t *wf_err_fetch(void);
// Put an exception back (steals; NULL clears).
void wf_err_restore(wf_object_t *exc);
void wf_err_clear(void);
// 1 if the current exception is an instance of `type` (a type or tuple of types).
int wf_err_matches(wf_type_t *type);
// 1 if exception instance `exc` matches `type_or_tuple`; -1 on error.
int wf_err_given_matches(wf_object_t *exc, wf_object_t *type_or_tuple);
// StopIteration handling for iterator protocols: if the current exception is
// StopIteration, clear it and return 1 (storing its value, new ref, in *value if not NULL).
int wf_err_take_stop_iteration(wf_object_t **value);
// Print the current exception and its traceback to sys.stderr as the top level does, then
// clear it (runtime/traceback.c). SystemExit is not special-cased here.
void wf_err_print(void);
// Print exception instance `exc` (chain, traceback) to the file object or fd 2 (NULL).
void wf_err_display(wf_object_t *exc, wf_object_t *file);
// Report an exception that cannot be raised (in __del__, callbacks):
// "Exception ignored in: <obj repr>" + traceback, then clear it. A sys.unraisablehook set
// by the program is called instead, with a sys.UnraisableHookArgs. `obj` may be NULL.
void wf_err_write_unraisable(wf_object_t *obj);
// The same with CPython's err_msg: "<err_msg>: <obj repr>" ("<err_msg>:" without obj).
void wf_err_write_unraisable_msg(const char *err_msg, wf_object_t *obj);
// The default sys.unraisablehook / sys.__unraisablehook__, for the sys module's table:
//   {"unraisablehook", {.o = wf_err_unraisablehook}, WF_METH_O, NULL}
// Prints the report described by its UnraisableHookArgs argument; None or NULL.
wf_object_t *wf_err_unraisablehook(wf_object_t *module, wf_object_t *args);
// Emit a warning through the warnings machinery (category is a Warning subclass). 0 / -1.
int wf_err_warn(wf_type_t *category, const char *msg, int stacklevel);
// warnings.warn_explicit(msg, category, filename, lineno): a warning about source code
// (the compiler's SyntaxWarnings). 0 / -1 (the warning was turned into an error).
int wf_err_warn_explicit(wf_type_t *category, const char *msg, wf_object_t *filename,
                         int lineno);

// Abort on a broken invariant of the interpreter itself (never for user errors).
WF_NORETURN void wf_fatal(const char *fmt, ...) WF_PRINTF(1, 2);

// Recursion guard for C code recursing into arbitrary objects (repr, compare, hash of
// nested containers). Raises RecursionError "maximum recursion depth exceeded while ..."
// and returns -1 when too deep. Always pair with wf_leave_recursive_call().
int wf_enter_recursive_call(const char *where);
void wf_leave_recursive_call(void);

#endif
