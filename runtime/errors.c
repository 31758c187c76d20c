// Raising, inspecting and clearing the current exception; fatal errors; the C recursion
// guard.
//
// The current exception is a single instance stored in tstate->exc (its traceback hangs
// off the instance). Everything here either builds an instance and installs it, or moves
// the one reference the thread state holds. Raising an exception while another one is
// being handled (tstate->handled_exc) records the handled one as __context__, breaking
// any cycle that would form in the context chain, as raising in an except block does.
//
// MemoryError is preallocated: wf_err_nomemory() must work when nothing more can be
// allocated, so it installs a static, immortal instance.
//
// The recursion guard bounds C recursion (repr, comparison and hashing of nested data,
// calls from C back into Python) both by a depth count, like CPython's C recursion limit,
// and by the real stack space left on this thread, so that deep recursion is a
// RecursionError and never a crash, whatever the thread's stack size.
#include "runtime/errors.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/modules/mod_sys.h"
#include "runtime/traceback.h"
#include "sync/tstate.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The preallocated MemoryError. Its args stay NULL, which every accessor reads as ().
static wf_exc_base_t nomemory_instance = {.ob_base = WF_STATIC_HEAD(&wf_exc_MemoryError)};

static wf_tstate_t *tstate(void) {
    wf_tstate_t *ts = wf_tstate_get();
    if (WF_UNLIKELY(ts == NULL)) {
        wf_fatal("exception raised with no thread state");
    }
    return ts;
}

// ---------------------------------------------------------------------------------------
// Installing an exception.

// Break a cycle before `exc` gets `handled` as its context: if `exc` already appears in
// handled's context chain, cut the chain just before it. The walk uses two pointers
// (Floyd) so that a pre-existing cycle elsewhere in the chain cannot make it loop forever.
static void avoid_context_cycle(wf_object_t *exc, wf_object_t *handled) {
    wf_object_t *o = handled, *slow = handled;
    int advance_slow = 0;
    for (;;) {
        wf_object_t *ctx = ((wf_exc_base_t *)o)->context;
        if (ctx == NULL) {
            return;
        }
        if (ctx == exc) {
            WF_CLEAR(((wf_exc_base_t *)o)->context);
            return;
        }
        o = ctx;
        if (o == slow) {
            return; // a cycle not involving exc: leave it alone
        }
        if (advance_slow) {
            slow = ((wf_exc_base_t *)slow)->context;
        }
        advance_slow = !advance_slow;
    }
}

void wf_err_set_object_steal(wf_object_t *exc) {
    wf_tstate_t *ts = tstate();
    if (exc == NULL) {
        wf_err_restore(NULL);
        return;
    }
    wf_object_t *handled = ts->handled_exc;
    if (handled != NULL && handled != WF_NONE && handled != exc && WF_EXC_CHECK(handled) &&
        WF_EXC_CHECK(exc)) {
        avoid_context_cycle(exc, handled);
        wf_exc_set_context(exc, wf_newref(handled));
    }
    wf_err_restore(exc);
}

// Build type(*args) from the value given to wf_err_set: NULL or None -> no arguments, a
// tuple -> its items, an instance of the type -> itself, anything else -> one argument.
static wf_object_t *make_exception(wf_type_t *type, wf_object_t *value) {
    if (value != NULL && WF_EXC_CHECK(value) && wf_type_is_subtype(WF_TYPE(value), type)) {
        return wf_newref(value);
    }
    wf_object_t *args;
    if (value == NULL || value == WF_NONE) {
        args = wf_tuple_new(0);
    } else if (WF_TUPLE_CHECK(value)) {
        args = wf_newref(value);
    } else {
        args = wf_tuple_pack(1, value);
    }
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *exc = wf_exc_new(type, args);
    WF_DECREF(args);
    if (exc != NULL && !WF_EXC_CHECK(exc)) {
        wf_object_t *err = wf_err_format(&wf_exc_TypeError,
                                         "calling %N should have returned an instance of "
                                         "BaseException, not %T",
                                         WF_OBJ(type), exc);
        WF_DECREF(exc);
        return err;
    }
    return exc;
}

wf_object_t *wf_err_set(wf_type_t *type, wf_object_t *value) {
    if (type == NULL || !WF_EXC_TYPE_CHECK(type)) {
        return wf_err_format(&wf_exc_SystemError, "exception %R is not a BaseException subclass",
                             type != NULL ? WF_OBJ(type) : WF_NONE);
    }
    wf_object_t *exc = make_exception(type, value);
    if (exc != NULL) {
        wf_err_set_object_steal(exc);
    }
    return NULL;
}

wf_object_t *wf_err_set_string(wf_type_t *type, const char *msg) {
    wf_object_t *s = wf_str_from_cstr(msg);
    if (s == NULL) {
        return NULL;
    }
    wf_err_set(type, s);
    WF_DECREF(s);
    return NULL;
}

wf_object_t *wf_err_vformat(wf_type_t *type, const char *fmt, va_list ap) {
    // Formatting may call repr() of user objects, which may itself fail: in that case its
    // exception is the one that propagates.
    wf_object_t *msg = wf_str_from_vformat(fmt, ap);
    if (msg == NULL) {
        return NULL;
    }
    wf_err_set(type, msg);
    WF_DECREF(msg);
    return NULL;
}

wf_object_t *wf_err_format(wf_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    wf_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

int wf_err_format_int(wf_type_t *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    wf_err_vformat(type, fmt, ap);
    va_end(ap);
    return -1;
}

wf_object_t *wf_err_nomemory(void) {
    wf_tstate_t *ts = tstate();
    wf_exc_base_t *e = &nomemory_instance;
    if (ts->exc != WF_OBJ(e)) {
        // A fresh raise: forget where the previous one went. The fields are released
        // after being unlinked so a destructor cannot see a half-cleared instance.
        WF_CLEAR(e->traceback);
        WF_CLEAR(e->context);
        WF_CLEAR(e->cause);
        e->suppress_context = 0;
        wf_err_restore(WF_OBJ(e)); // immortal: no reference to take
    }
    return NULL;
}

// OSError(errno, strerror[, filename[, None, filename2]]) with the subclass chosen from
// errno by OSError's constructor.
static wf_object_t *from_errno(wf_type_t *type, int err, wf_object_t *filename,
                              wf_object_t *filename2) {
    if (err == ENOMEM) {
        return wf_err_nomemory();
    }
    wf_object_t *code = wf_int_from_i64(err);
    wf_object_t *msg = wf_str_from_cstr(err != 0 ? strerror(err) : "Error");
    wf_object_t *args = NULL;
    if (code != NULL && msg != NULL) {
        args = filename2 != NULL  ? wf_tuple_pack(5, code, msg, filename, WF_NONE, filename2)
               : filename != NULL ? wf_tuple_pack(3, code, msg, filename)
                                  : wf_tuple_pack(2, code, msg);
    }
    WF_XDECREF(code);
    WF_XDECREF(msg);
    if (args == NULL) {
        return NULL;
    }
    wf_err_set(type, args);
    WF_DECREF(args);
    return NULL;
}

wf_object_t *wf_err_from_errno(wf_type_t *type) {
    return from_errno(type, errno, NULL, NULL);
}

wf_object_t *wf_err_from_errno_filename(wf_type_t *type, wf_object_t *filename) {
    return from_errno(type, errno, filename, NULL);
}

wf_object_t *wf_err_from_errno_filename2(wf_type_t *type, wf_object_t *filename,
                                         wf_object_t *filename2) {
    return from_errno(type, errno, filename, filename2);
}

wf_object_t *wf_err_bad_internal_call(const char *where) {
    return wf_err_format(&wf_exc_SystemError, "%s: bad argument to internal function",
                         where != NULL ? where : "?");
}

// ---------------------------------------------------------------------------------------
// Inspecting and moving the current exception.

wf_object_t *wf_err_occurred(void) {
    wf_tstate_t *ts = wf_tstate_get();
    return ts != NULL ? ts->exc : NULL;
}

wf_object_t *wf_err_fetch(void) {
    wf_tstate_t *ts = tstate();
    wf_object_t *exc = ts->exc;
    ts->exc = NULL;
    return exc;
}

void wf_err_restore(wf_object_t *exc) {
    wf_tstate_t *ts = tstate();
    wf_object_t *old = ts->exc;
    ts->exc = exc;
    WF_XDECREF(old);
}

void wf_err_clear(void) {
    wf_err_restore(NULL);
}

// Matching never calls __subclasscheck__ (neither does an except clause).
static int matches_class(wf_object_t *exc, wf_object_t *cls) {
    if (WF_TYPE_CHECK(cls)) {
        return WF_TYPE(exc) == (wf_type_t *)cls ||
               wf_type_is_subtype(WF_TYPE(exc), (wf_type_t *)cls);
    }
    if (WF_TUPLE_CHECK(cls)) {
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(cls); i++) {
            if (matches_class(exc, WF_TUPLE_GET(cls, i))) {
                return 1;
            }
        }
    }
    return 0;
}

int wf_err_given_matches(wf_object_t *exc, wf_object_t *type_or_tuple) {
    if (exc == NULL || type_or_tuple == NULL) {
        return 0;
    }
    return matches_class(exc, type_or_tuple);
}

int wf_err_matches(wf_type_t *type) {
    wf_object_t *exc = wf_err_occurred();
    return exc != NULL && type != NULL && matches_class(exc, WF_OBJ(type));
}

int wf_err_take_stop_iteration(wf_object_t **value) {
    if (!wf_err_matches(&wf_exc_StopIteration)) {
        return 0;
    }
    wf_object_t *exc = wf_err_fetch();
    if (value != NULL) {
        wf_object_t *v = ((wf_exc_stop_iteration_t *)exc)->value;
        *value = wf_newref(v != NULL ? v : WF_NONE);
    }
    WF_DECREF(exc);
    return 1;
}

// ---------------------------------------------------------------------------------------
// Unraisable exceptions and warnings.

static int write_to(wf_object_t *file, wf_object_t *s) {
    wf_object_t *r = wf_call_method(file, WF_ID(write), &s, 1);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static wf_object_t *stderr_file(void) {
    wf_object_t *sys = wf_import_module_cstr("sys");
    if (sys == NULL) {
        wf_err_clear();
        return NULL;
    }
    wf_object_t *f = NULL;
    if (wf_getattr_opt(sys, WF_ID(stderr), &f) < 0) {
        wf_err_clear();
    }
    WF_DECREF(sys);
    if (f == WF_NONE) {
        WF_DECREF(f);
        return NULL;
    }
    return f;
}

// sys.unraisablehook's argument: a struct sequence built on first use (immortal).
static const char *const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback",
                                                "err_msg", "object", NULL};
static const wf_structseq_desc_t unraisable_desc = {"UnraisableHookArgs", unraisable_fields, 5};
static wf_type_t *unraisable_type;

static wf_type_t *unraisable_args_type(void) {
    wf_type_t *t = WF_ATOMIC_LOAD_ACQUIRE(&unraisable_type);
    if (t != NULL) {
        return t;
    }
    t = wf_structseq_new_type(&unraisable_desc);
    if (t == NULL) {
        return NULL;
    }
    wf_type_t *expected = NULL;
    if (!WF_ATOMIC_CAS_ALWAYS(&unraisable_type, &expected, t)) {
        t = expected;  // another thread won; ours stays unused (immortal)
    }
    return t;
}

// The default report: "Exception ignored in: <repr(obj)>" (or "<err_msg>: <repr(obj)>",
// or "<err_msg>:" without an object), then the traceback and "Type: message" as the plain
// C printer writes them (no caret lines, as CPython 3.13). Never raises.
static void print_unraisable(wf_object_t *file, wf_object_t *exc, wf_object_t *err_msg,
                             wf_object_t *obj) {
    wf_object_t *line = NULL;
    if (obj != NULL) {
        wf_object_t *r = wf_repr(obj);
        if (r == NULL) {
            wf_err_clear();
            r = wf_str_from_cstr("<object repr() failed>");
        }
        if (r != NULL) {
            line = err_msg != NULL ? wf_str_from_format("%U: %U\n", err_msg, r)
                                   : wf_str_from_format("Exception ignored in: %U\n", r);
            WF_DECREF(r);
        }
    } else if (err_msg != NULL) {
        line = wf_str_from_format("%U:\n", err_msg);
    }
    if (line != NULL && write_to(file, line) < 0) {
        wf_err_clear();
    }
    WF_XDECREF(line);
    wf_err_clear();
    if (exc != NULL) {
        wf_traceback_print_plain(exc, file);
    }
}

static int is_default_hook(wf_object_t *hook) {
    return WF_TYPE(hook) == &wf_cfunc_type &&
           ((wf_cfunc_t *)hook)->def->fn.o == wf_err_unraisablehook;
}

// Hand the report to a user-set sys.unraisablehook. 0 when it ran, -1 (exception set)
// when it failed.
static int call_hook(wf_object_t *hook, wf_object_t *exc, wf_object_t *err_msg,
                     wf_object_t *obj) {
    wf_type_t *t = unraisable_args_type();
    if (t == NULL) {
        return -1;
    }
    wf_object_t *tb = wf_exc_get_traceback(exc);
    wf_object_t *values[5] = {wf_newref(WF_OBJ(WF_TYPE(exc))), wf_newref(exc),
                              wf_newref(tb != NULL ? tb : WF_NONE),
                              wf_newref(err_msg != NULL ? err_msg : WF_NONE),
                              wf_newref(obj != NULL ? obj : WF_NONE)};
    wf_object_t *args = wf_structseq_new_steal(t, values);
    if (args == NULL) {
        return -1;
    }
    wf_object_t *r = wf_call_one(hook, args);
    WF_DECREF(args);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

void wf_err_write_unraisable_msg(const char *err_msg, wf_object_t *obj) {
    wf_object_t *exc = wf_err_fetch();
    if (exc == NULL) {
        return;
    }
    wf_object_t *msg = err_msg != NULL ? wf_str_from_cstr(err_msg) : NULL;
    wf_err_clear();
    wf_object_t *hook = wf_sys_get_object("unraisablehook");
    if (hook != NULL && hook != WF_NONE && !is_default_hook(hook)) {
        WF_INCREF(hook);
        if (call_hook(hook, exc, msg, obj) == 0) {
            WF_DECREF(hook);
            WF_XDECREF(msg);
            WF_DECREF(exc);
            return;
        }
        // The hook failed: report its own error with the default printer instead.
        WF_SETREF(exc, wf_err_fetch());
        WF_SETREF(msg, wf_str_from_cstr("Exception ignored in sys.unraisablehook"));
        wf_err_clear();
        wf_object_t *file = stderr_file();
        if (file != NULL && exc != NULL && msg != NULL) {
            print_unraisable(file, exc, msg, hook);
        }
        WF_XDECREF(file);
        WF_DECREF(hook);
        WF_XDECREF(msg);
        WF_XDECREF(exc);
        wf_err_clear();
        return;
    }
    wf_object_t *file = stderr_file();
    if (file != NULL) {
        print_unraisable(file, exc, msg, obj);
        WF_DECREF(file);
    }
    wf_err_clear();
    WF_XDECREF(msg);
    WF_DECREF(exc);
}

void wf_err_write_unraisable(wf_object_t *obj) {
    wf_err_write_unraisable_msg(NULL, obj);
}

wf_object_t *wf_err_unraisablehook(wf_object_t *module, wf_object_t *args) {
    wf_type_t *t = unraisable_args_type();
    if (t == NULL) {
        return NULL;
    }
    if (WF_TYPE(args) != t) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "sys.unraisablehook argument type must be UnraisableHookArgs");
    }
    wf_object_t *exc = WF_TUPLE_GET(args, 1), *err_msg = WF_TUPLE_GET(args, 3),
                *obj = WF_TUPLE_GET(args, 4);
    wf_object_t *file = stderr_file();
    if (file != NULL) {
        print_unraisable(file, exc != WF_NONE ? exc : NULL,
                         WF_STR_CHECK(err_msg) ? err_msg : NULL, obj != WF_NONE ? obj : NULL);
        WF_DECREF(file);
    }
    wf_err_clear();
    WF_RETURN_NONE;
}

int wf_err_warn(wf_type_t *category, const char *msg, int stacklevel) {
    wf_object_t *text = wf_str_from_cstr(msg);
    if (text == NULL) {
        return -1;
    }
    // Hold the exception being raised, if any, across the call into Python.
    wf_object_t *pending = wf_err_fetch();
    wf_object_t *warnings = wf_import_module_cstr("warnings");
    if (warnings == NULL) {
        // No warnings machinery (start-up, or a broken library): print it plainly.
        wf_err_clear();
        fprintf(stderr, "%s: %s\n", wf_type_short_name(category), msg);
        WF_DECREF(text);
        wf_err_restore(pending);
        return 0;
    }
    wf_object_t *level = wf_int_from_i64(stacklevel);
    wf_object_t *r = NULL;
    if (level != NULL) {
        wf_object_t *args[3] = {text, WF_OBJ(category), level};
        r = wf_call_method_cstr(warnings, "warn", args, 3);
        WF_DECREF(level);
    }
    WF_DECREF(warnings);
    WF_DECREF(text);
    if (r == NULL) {
        // The warning was turned into an error: that exception wins.
        WF_XDECREF(pending);
        return -1;
    }
    WF_DECREF(r);
    wf_err_restore(pending);
    return 0;
}

int wf_err_warn_explicit(wf_type_t *category, const char *msg, wf_object_t *filename,
                         int lineno) {
    wf_object_t *text = wf_str_from_cstr(msg);
    if (text == NULL) {
        return -1;
    }
    wf_object_t *pending = wf_err_fetch();
    wf_object_t *warnings = wf_import_module_cstr("warnings");
    if (warnings == NULL) {
        wf_err_clear();
        fprintf(stderr, "%s:%d: %s: %s\n", wf_str_as_utf8(filename, NULL), lineno,
                wf_type_short_name(category), msg);
        WF_DECREF(text);
        wf_err_restore(pending);
        return 0;
    }
    wf_object_t *line = wf_int_from_i64(lineno);
    wf_object_t *r = NULL;
    if (line != NULL) {
        wf_object_t *args[4] = {text, WF_OBJ(category), filename, line};
        r = wf_call_method_cstr(warnings, "warn_explicit", args, 4);
        WF_DECREF(line);
    }
    WF_DECREF(warnings);
    WF_DECREF(text);
    if (r == NULL) {
        WF_XDECREF(pending);
        return -1;
    }
    WF_DECREF(r);
    wf_err_restore(pending);
    return 0;
}

// ---------------------------------------------------------------------------------------
// Fatal errors.

void wf_fatal(const char *fmt, ...) {
    fflush(stdout);
    fputs("Fatal Python error: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}

// ---------------------------------------------------------------------------------------
// Recursion guard.

// Nesting allowed for C code recursing into objects, as CPython's C recursion limit.
#define C_RECURSION_LIMIT 10000
// Stack that must stay free below the deepest guarded call: room for the unguarded
// frames between two checks and for raising and reporting the RecursionError.
#define STACK_MARGIN ((uintptr_t)256 * 1024)

// Lowest usable stack address of this thread (the stack grows down), found on first use;
// 1 when unknown (only the depth count applies then).
static WF_THREAD_LOCAL uintptr_t stack_floor;

static uintptr_t find_stack_floor(void) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return 1;
    }
    int r = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    if (r != 0 || addr == NULL || size == 0) {
        return 1;
    }
    uintptr_t margin = STACK_MARGIN;
    if (size < 4 * margin) {
        margin = size / 4; // small thread stacks: keep a quarter in reserve
    }
    return (uintptr_t)addr + margin;
}

static int stack_exhausted(void) {
    if (WF_UNLIKELY(stack_floor == 0)) {
        stack_floor = find_stack_floor();
    }
    char here;
    return (uintptr_t)&here < stack_floor;
}

int wf_enter_recursive_call(const char *where) {
    wf_tstate_t *ts = tstate();
    if (WF_UNLIKELY(++ts->c_depth > C_RECURSION_LIMIT || stack_exhausted())) {
        ts->c_depth--;
        wf_err_format(&wf_exc_RecursionError, "maximum recursion depth exceeded%s",
                      where != NULL ? where : "");
        return -1;
    }
    return 0;
}

void wf_leave_recursive_call(void) {
    tstate()->c_depth--;
}
