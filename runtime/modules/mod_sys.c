// The sys module: interpreter-wide state visible to Python code.
#include "runtime/modules/mod_sys.h"
#include "gil/gil.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/mem.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/modules/mod_io.h"
#include "runtime/trace.h"
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static wf_object_t *sys_dict;  // borrowed from the module kept in sys.modules

wf_object_t *wf_sys_get_object(const char *name) {
    if (sys_dict == NULL) {
        return NULL;
    }
    wf_object_t *v = NULL;
    if (wf_dict_get_ref_cstr(sys_dict, name, &v) <= 0) {
        wf_err_clear();
        return NULL;
    }
    WF_DECREF(v);  // the dict keeps it alive
    return v;
}

int wf_sys_set_object(const char *name, wf_object_t *value) {
    return wf_dict_setitem_cstr(sys_dict, name, value);
}

static wf_object_t *sys_exit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("exit", nargs, 0, 1) < 0) {
        return NULL;
    }
    return wf_err_set(&wf_exc_SystemExit, nargs ? args[0] : NULL);
}

// sys.settrace(f) / sys.setprofile(f): this thread's hooks (runtime/trace.h).
static wf_object_t *sys_settrace(wf_object_t *self, wf_object_t *func) {
    wf_trace_set(wf_tstate_get(), func);
    WF_RETURN_NONE;
}

static wf_object_t *sys_gettrace(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *f = wf_tstate_get()->trace_func;
    return wf_newref(f != NULL ? f : WF_NONE);
}

static wf_object_t *sys_setprofile(wf_object_t *self, wf_object_t *func) {
    wf_trace_set_profile(wf_tstate_get(), func);
    WF_RETURN_NONE;
}

// sys._settraceallthreads(f) / sys._setprofileallthreads(f): every registered thread.
static int set_trace_in(wf_tstate_t *ts, void *func) {
    wf_trace_set(ts, func);
    return 0;
}

static int set_profile_in(wf_tstate_t *ts, void *func) {
    wf_trace_set_profile(ts, func);
    return 0;
}

static wf_object_t *sys_settraceallthreads(wf_object_t *self, wf_object_t *func) {
    wf_tstate_foreach(set_trace_in, func);
    WF_RETURN_NONE;
}

static wf_object_t *sys_setprofileallthreads(wf_object_t *self, wf_object_t *func) {
    wf_tstate_foreach(set_profile_in, func);
    WF_RETURN_NONE;
}

// sys.set_asyncgen_hooks(firstiter=..., finalizer=...) / get_asyncgen_hooks(): this
// thread's hooks for async generators (objects/gen.c applies them).
static wf_object_t *sys_set_asyncgen_hooks(wf_object_t *self, wf_object_t *const *args,
                                           wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("set_asyncgen_hooks", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (a[i] != NULL && a[i] != WF_NONE && !wf_callable(a[i])) {
            return wf_err_format(&wf_exc_TypeError, "callable %s expected, got %T", names[i], a[i]);
        }
    }
    wf_tstate_t *ts = wf_tstate_get();
    wf_object_t **slots[2] = {&ts->asyncgen_firstiter, &ts->asyncgen_finalizer};
    for (int i = 0; i < 2; i++) {
        if (a[i] != NULL) {
            WF_SETREF(*slots[i], a[i] == WF_NONE ? NULL : wf_newref(a[i]));
        }
    }
    WF_RETURN_NONE;
}

static const char *const asyncgen_hooks_fields[] = {"firstiter", "finalizer", NULL};
static const wf_structseq_desc_t asyncgen_hooks_desc = {"asyncgen_hooks", asyncgen_hooks_fields, 2};

static wf_object_t *sys_get_asyncgen_hooks(wf_object_t *self, wf_object_t *unused) {
    static wf_type_t *type;  // made once, immortal
    if (type == NULL && (type = wf_structseq_new_type(&asyncgen_hooks_desc)) == NULL) {
        return NULL;
    }
    wf_tstate_t *ts = wf_tstate_get();
    wf_object_t *v[2] = {wf_newref(ts->asyncgen_firstiter ? ts->asyncgen_firstiter : WF_NONE),
                         wf_newref(ts->asyncgen_finalizer ? ts->asyncgen_finalizer : WF_NONE)};
    return wf_structseq_new_steal(type, v);
}

static wf_object_t *sys_getprofile(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *f = wf_tstate_get()->profile_func;
    return wf_newref(f != NULL ? f : WF_NONE);
}

static wf_object_t *sys_getrecursionlimit(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(wf_eval_get_recursion_limit());
}

static wf_object_t *sys_setrecursionlimit(wf_object_t *self, wf_object_t *arg) {
    if (!WF_INT_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                             arg);
    }
    int64_t v;
    if (wf_int_as_i64(arg, &v) < 0) {
        return NULL;
    }
    if (v < 1) {
        return wf_err_set_string(&wf_exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (v > INT_MAX) {
        return wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C int");
    }
    wf_eval_set_recursion_limit((int)v);
    WF_RETURN_NONE;
}

static wf_object_t *sys_intern(wf_object_t *self, wf_object_t *arg) {
    if (!WF_STR_CHECK_EXACT(arg)) {
        return wf_err_format(&wf_exc_TypeError, "intern() argument must be str, not %T", arg);
    }
    wf_object_t *s = wf_newref(arg);
    wf_str_intern_inplace(&s);
    return s;
}

static wf_object_t *sys_getrefcount(wf_object_t *self, wf_object_t *arg) {
    return wf_int_from_ssize(WF_REFCNT(arg));
}

static wf_object_t *sys_getsizeof(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("getsizeof", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *r = wf_call_method_cstr(args[0], "__sizeof__", NULL, 0);
    if (r == NULL) {
        if (nargs == 2 && wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            return wf_newref(args[1]);
        }
        return NULL;
    }
    if (!WF_INT_CHECK(r)) {
        WF_DECREF(r);
        return wf_err_set_string(&wf_exc_TypeError, "an integer is required");
    }
    // Containers carry the collector's two-word header, as CPython reports.
    if (WF_TYPE_HAS_FLAG(WF_TYPE(args[0]), WF_TPFLAGS_HAVE_GC)) {
        wf_object_t *sum = wf_binary_op(r, wf_int_from_i64(16), WF_BINOP_ADD);
        WF_DECREF(r);
        return sum;
    }
    return r;
}

static wf_object_t *sys_exception(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *e = wf_tstate_get()->handled_exc;
    return wf_newref(e ? e : WF_NONE);
}

static wf_object_t *sys_exc_info(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *e = wf_tstate_get()->handled_exc;
    if (e == NULL || e == WF_NONE) {
        return wf_tuple_pack(3, WF_NONE, WF_NONE, WF_NONE);
    }
    wf_object_t *tb = wf_exc_get_traceback(e);
    return wf_tuple_pack(3, WF_OBJ(WF_TYPE(e)), e, tb ? tb : WF_NONE);
}

static wf_object_t *sys_getdefaultencoding(wf_object_t *self, wf_object_t *unused) {
    return wf_str_from_cstr("utf-8");
}

static wf_object_t *sys_displayhook(wf_object_t *self, wf_object_t *arg) {
    if (arg == WF_NONE) {
        WF_RETURN_NONE;
    }
    wf_object_t *builtins = wf_interp_builtins();
    if (wf_dict_setitem_cstr(builtins, "_", WF_NONE) < 0) {
        return NULL;
    }
    wf_object_t *out = wf_sys_get_object("stdout");
    if (out == NULL || out == WF_NONE) {
        return wf_err_set_string(&wf_exc_RuntimeError, "lost sys.stdout");
    }
    wf_object_t *r = wf_repr(arg);
    if (r == NULL) {
        return NULL;
    }
    wf_object_t *nl = wf_str_from_cstr("\n");
    wf_object_t *line = nl ? wf_str_concat(r, nl) : NULL;
    WF_DECREF(r);
    WF_XDECREF(nl);
    if (line == NULL) {
        return NULL;
    }
    wf_object_t *res = wf_call_method(out, WF_ID(write), &line, 1);
    WF_DECREF(line);
    if (res == NULL) {
        return NULL;
    }
    WF_DECREF(res);
    if (wf_dict_setitem_cstr(builtins, "_", arg) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *sys_excepthook(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("excepthook", nargs, 3, 3) < 0) {
        return NULL;
    }
    wf_err_display(args[1], wf_sys_get_object("stderr"));
    WF_RETURN_NONE;
}

static wf_object_t *sys_setswitchinterval(wf_object_t *self, wf_object_t *arg) {
    double d = wf_float_as_double(arg);
    if (d == -1.0 && wf_err_occurred()) {
        return NULL;
    }
    if (d <= 0.0) {
        return wf_err_set_string(&wf_exc_ValueError, "switch interval must be strictly positive");
    }
    wf_gil_set_interval(d);
    WF_RETURN_NONE;
}

static wf_object_t *sys_getswitchinterval(wf_object_t *self, wf_object_t *unused) {
    return wf_float_new(wf_gil_get_interval());
}

static wf_object_t *sys_is_gil_enabled(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(wf_gil_enabled());
}

static wf_object_t *sys_getframe(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("_getframe", nargs, 0, 1) < 0) {
        return NULL;
    }
    wf_ssize_t depth = 0;
    if (nargs == 1) {
        depth = wf_as_ssize(args[0], &wf_exc_OverflowError);
        if (depth == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    return wf_eval_get_frame_object(depth);
}

// sys._getframemodulename(depth=0): the module of the frame `depth` calls up (its
// function's __module__, else its globals' __name__), or None when the stack is not that
// deep.
static wf_object_t *sys_getframemodulename(wf_object_t *self, wf_object_t *const *args,
                                           wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"depth", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("_getframemodulename", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    wf_ssize_t depth = 0;
    if (a[0] != NULL && (depth = wf_as_ssize(a[0], &wf_exc_OverflowError)) == -1 &&
        wf_err_occurred()) {
        return NULL;
    }
    wf_object_t *frame = wf_eval_get_frame_object(depth < 0 ? 0 : depth);
    if (frame == NULL) {
        if (!wf_err_matches(&wf_exc_ValueError)) {
            return NULL;
        }
        wf_err_clear();
        WF_RETURN_NONE;
    }
    // The function's __module__ when the frame runs a function, as CPython answers.
    wf_frame_t *f = WF_FRAMEOBJ_CHECK(frame) ? ((wf_frameobj_t *)frame)->frame : NULL;
    if (f != NULL && f->func != NULL) {
        wf_object_t *mod = NULL;
        int r = wf_getattr_opt(f->func, WF_ID(__module__), &mod);
        WF_DECREF(frame);
        if (r < 0) {
            return NULL;
        }
        return mod != NULL ? mod : wf_newref(WF_NONE);
    }
    wf_object_t *globals = wf_getattr_cstr(frame, "f_globals");
    WF_DECREF(frame);
    if (globals == NULL) {
        return NULL;
    }
    wf_object_t *name = NULL;
    int found = wf_dict_get_ref_cstr(globals, "__name__", &name);
    WF_DECREF(globals);
    if (found < 0) {
        return NULL;
    }
    return name != NULL ? name : wf_newref(WF_NONE);
}

// sys.breakpointhook(*args, **kws): calls the function $PYTHONBREAKPOINT names
// ("module.attr"; "0" disables; unset or empty means pdb.set_trace). One that cannot be
// imported gives a RuntimeWarning and nothing else, as in CPython.
static wf_object_t *sys_breakpointhook(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs, wf_object_t *kwnames) {
    const char *env = wf_config.ignore_environment ? NULL : getenv("PYTHONBREAKPOINT");
    const char *hook = env == NULL || *env == '\0' ? "pdb.set_trace" : env;
    if (strcmp(hook, "0") == 0) {
        WF_RETURN_NONE;
    }
    const char *dot = strrchr(hook, '.');
    wf_object_t *modname = dot != NULL ? wf_str_from_utf8(hook, dot - hook)
                                       : wf_str_from_cstr("builtins");
    wf_object_t *mod = modname != NULL ? wf_import_module(modname) : NULL;
    WF_XDECREF(modname);
    wf_object_t *fn = mod != NULL ? wf_getattr_cstr(mod, dot != NULL ? dot + 1 : hook) : NULL;
    WF_XDECREF(mod);
    if (fn == NULL) {
        if (!wf_err_matches(&wf_exc_ImportError) && !wf_err_matches(&wf_exc_AttributeError)) {
            return NULL;
        }
        wf_err_clear();
        wf_object_t *msg =
            wf_str_from_format("Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", hook);
        int r = msg != NULL ? wf_err_warn(&wf_exc_RuntimeWarning, wf_str_as_utf8(msg, NULL), 1)
                            : -1;
        WF_XDECREF(msg);
        if (r < 0) {
            return NULL;
        }
        WF_RETURN_NONE;
    }
    wf_object_t *r = wf_vectorcall(fn, args, nargs, kwnames);
    WF_DECREF(fn);
    return r;
}

// Audit hooks (PEP 578): sys.addaudithook(hook) and sys.audit(event, *args). Events come
// from library code that calls sys.audit; the interpreter core raises none of its own.
static wf_object_t *audit_hooks;  // list, created with the first hook

static wf_object_t *sys_audit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (nargs < 1) {
        return wf_err_set_string(&wf_exc_TypeError, "audit() missing 1 required positional "
                                                    "argument: 'event'");
    }
    if (!WF_STR_CHECK(args[0])) {
        return wf_err_format(&wf_exc_TypeError, "expected str for argument 'event', not %T",
                             args[0]);
    }
    if (audit_hooks == NULL || WF_SIZE(audit_hooks) == 0) {
        WF_RETURN_NONE;
    }
    wf_object_t *rest = wf_tuple_from_array(args + 1, nargs - 1);
    wf_object_t *hooks = rest != NULL ? wf_list_as_tuple(audit_hooks) : NULL;
    for (wf_ssize_t i = 0; hooks != NULL && i < WF_TUPLE_SIZE(hooks); i++) {
        wf_object_t *r = wf_call_two(WF_TUPLE_GET(hooks, i), args[0], rest);
        if (r == NULL) {
            WF_CLEAR(hooks);
            break;
        }
        WF_DECREF(r);
    }
    WF_XDECREF(rest);
    if (hooks == NULL) {
        return NULL;
    }
    WF_DECREF(hooks);
    WF_RETURN_NONE;
}

static wf_object_t *sys_addaudithook(wf_object_t *self, wf_object_t *hook) {
    // Existing hooks may veto a new one by raising RuntimeError, which is then swallowed.
    wf_object_t *ev = wf_str_from_cstr("sys.addaudithook");
    wf_object_t *r = ev != NULL ? sys_audit(self, &ev, 1) : NULL;
    WF_XDECREF(ev);
    if (r == NULL) {
        if (wf_err_matches(&wf_exc_RuntimeError)) {
            wf_err_clear();
            WF_RETURN_NONE;
        }
        return NULL;
    }
    WF_DECREF(r);
    if (audit_hooks == NULL && (audit_hooks = wf_list_new(0)) == NULL) {
        return NULL;
    }
    if (wf_list_append(audit_hooks, hook) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *sys_getfilesystemencodeerrors(wf_object_t *self, wf_object_t *unused) {
    return wf_str_from_cstr("surrogateescape");
}

// sys._current_frames(): {thread ident: innermost frame} for every thread running Python
// code. The other threads are detached or waiting for the GIL, so their frames hold still.
typedef struct {
    int n, cap;
    unsigned long *idents;
    wf_frame_t **frames;
} frame_list_t;

static int collect_frame(wf_tstate_t *ts, void *arg) {
    frame_list_t *fl = arg;
    if (ts->frame == NULL || fl->n == fl->cap) {
        return 0;
    }
    fl->idents[fl->n] = ts->ident;
    fl->frames[fl->n++] = ts->frame;
    return 0;
}

static wf_object_t *sys_current_frames(wf_object_t *self, wf_object_t *unused) {
    frame_list_t fl = {0, wf_tstate_count_others() + 1 + 16, NULL, NULL};
    fl.idents = wf_mem_calloc((size_t)fl.cap, sizeof(*fl.idents));
    fl.frames = wf_mem_calloc((size_t)fl.cap, sizeof(*fl.frames));
    wf_object_t *d = fl.idents && fl.frames ? wf_dict_new() : NULL;
    if (d != NULL) {
        wf_tstate_foreach(collect_frame, &fl);
        for (int i = 0; i < fl.n; i++) {
            wf_object_t *fo = wf_frame_get_object(fl.frames[i]);
            wf_object_t *k = fo != NULL ? wf_int_from_u64(fl.idents[i]) : NULL;
            int rc = k != NULL ? wf_dict_setitem(d, k, fo) : -1;
            WF_XDECREF(k);
            if (rc < 0) {
                WF_CLEAR(d);
                break;
            }
        }
    } else if (!wf_err_occurred()) {
        wf_err_nomemory();
    }
    wf_mem_free(fl.idents);
    wf_mem_free(fl.frames);
    return d;
}

// sys._gil_stats(): the GIL's counters, for comparing builds. Times in seconds.
static wf_object_t *sys_gil_stats(wf_object_t *self, wf_object_t *unused) {
    wf_gil_stats_t st;
    wf_gil_get_stats(&st);
    wf_object_t *d = wf_dict_new();
    if (d == NULL) {
        return NULL;
    }
    struct {
        const char *name;
        wf_object_t *value;
    } items[] = {
        {"enabled", wf_bool_from(wf_gil_enabled())},
        {"interval", wf_float_new(wf_gil_get_interval())},
        {"takes", wf_int_from_u64(st.takes)},
        {"switches", wf_int_from_u64(st.switches)},
        {"drop_requests", wf_int_from_u64(st.drop_requests)},
        {"forced_drops", wf_int_from_u64(st.forced_drops)},
        {"waits", wf_int_from_u64(st.waits)},
        {"wait_time", wf_float_new((double)st.wait_ns * 1e-9)},
    };
    int rc = 0;
    for (size_t i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
        if (rc == 0 && (items[i].value == NULL || wf_dict_setitem_cstr(d, items[i].name, items[i].value) < 0)) {
            rc = -1;
        }
        WF_XDECREF(items[i].value);
    }
    if (rc < 0) {
        WF_DECREF(d);
        return NULL;
    }
    return d;
}

static wf_object_t *sys_get_int_max_str_digits(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(wf_int_get_max_str_digits());
}

static wf_object_t *sys_set_int_max_str_digits(wf_object_t *self, wf_object_t *const *args,
                                               wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"maxdigits", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("set_int_max_str_digits", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    wf_ssize_t n = wf_as_ssize(a[0], &wf_exc_OverflowError);
    if ((n == -1 && wf_err_occurred()) || wf_int_set_max_str_digits(n) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_method_def_t sys_methods[] = {
    {"get_int_max_str_digits", {.noargs = sys_get_int_max_str_digits}, WF_METH_NOARGS, NULL},
    {"set_int_max_str_digits", {.fastkw = sys_set_int_max_str_digits},
     WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"exit", {.fast = sys_exit}, WF_METH_FASTCALL, NULL},
    {"_current_frames", {.noargs = sys_current_frames}, WF_METH_NOARGS, NULL},
    {"_gil_stats", {.noargs = sys_gil_stats}, WF_METH_NOARGS, NULL},
    {"getrecursionlimit", {.noargs = sys_getrecursionlimit}, WF_METH_NOARGS, NULL},
    {"settrace", {.o = sys_settrace}, WF_METH_O, "Set the global debug tracing function."},
    {"gettrace", {.noargs = sys_gettrace}, WF_METH_NOARGS, "Return the global debug tracing function set with sys.settrace."},
    {"setprofile", {.o = sys_setprofile}, WF_METH_O, "Set the profiling function."},
    {"getprofile", {.noargs = sys_getprofile}, WF_METH_NOARGS, "Return the profiling function set with sys.setprofile."},
    {"set_asyncgen_hooks", {.fastkw = sys_set_asyncgen_hooks}, WF_METH_FASTCALL | WF_METH_KEYWORDS, "Set a finalizer for async generators objects."},
    {"get_asyncgen_hooks", {.noargs = sys_get_asyncgen_hooks}, WF_METH_NOARGS, "Return the installed asynchronous generators hooks."},
    {"_settraceallthreads", {.o = sys_settraceallthreads}, WF_METH_O, "Set the global debug tracing function in all running threads."},
    {"_setprofileallthreads", {.o = sys_setprofileallthreads}, WF_METH_O, "Set the profiling function in all running threads."},
    {"setrecursionlimit", {.o = sys_setrecursionlimit}, WF_METH_O, NULL},
    {"intern", {.o = sys_intern}, WF_METH_O, NULL},
    {"getrefcount", {.o = sys_getrefcount}, WF_METH_O, NULL},
    {"getsizeof", {.fast = sys_getsizeof}, WF_METH_FASTCALL, NULL},
    {"exception", {.noargs = sys_exception}, WF_METH_NOARGS, NULL},
    {"exc_info", {.noargs = sys_exc_info}, WF_METH_NOARGS, NULL},
    {"getdefaultencoding", {.noargs = sys_getdefaultencoding}, WF_METH_NOARGS, NULL},
    {"getfilesystemencoding", {.noargs = sys_getdefaultencoding}, WF_METH_NOARGS, NULL},
    {"displayhook", {.o = sys_displayhook}, WF_METH_O, NULL},
    {"unraisablehook", {.o = wf_err_unraisablehook}, WF_METH_O, NULL},
    {"excepthook", {.fast = sys_excepthook}, WF_METH_FASTCALL, NULL},
    {"setswitchinterval", {.o = sys_setswitchinterval}, WF_METH_O, NULL},
    {"getswitchinterval", {.noargs = sys_getswitchinterval}, WF_METH_NOARGS, NULL},
    {"_is_gil_enabled", {.noargs = sys_is_gil_enabled}, WF_METH_NOARGS, NULL},
    {"_getframe", {.fast = sys_getframe}, WF_METH_FASTCALL, NULL},
    {"_getframemodulename", {.fastkw = sys_getframemodulename},
     WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"audit", {.fast = sys_audit}, WF_METH_FASTCALL, NULL},
    {"breakpointhook", {.fastkw = sys_breakpointhook}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     NULL},
    {"addaudithook", {.o = sys_addaudithook}, WF_METH_O, NULL},
    {"getfilesystemencodeerrors", {.noargs = sys_getfilesystemencodeerrors}, WF_METH_NOARGS,
     NULL},
    {NULL},
};

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel",
                                                  "serial", NULL};
static const wf_structseq_desc_t version_info_desc = {"sys.version_info", version_info_fields, 5};

static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits", NULL};
static const wf_structseq_desc_t flags_desc = {"sys.flags", flags_fields, 18};

static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                                "min_10_exp", "dig", "mant_dig", "epsilon",
                                                "radix", "rounds", NULL};
static const wf_structseq_desc_t float_info_desc = {"sys.float_info", float_info_fields, 11};

static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit",
                                              "default_max_str_digits",
                                              "str_digits_check_threshold", NULL};
static const wf_structseq_desc_t int_info_desc = {"sys.int_info", int_info_fields, 4};

static const char *const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag",
                                               "algorithm", "hash_bits", "seed_bits",
                                               "cutoff", NULL};
static const wf_structseq_desc_t hash_info_desc = {"sys.hash_info", hash_info_fields, 9};

static wf_object_t *make_int_info(void) {
    wf_type_t *t = wf_structseq_new_type(&int_info_desc);
    if (t == NULL) {
        return NULL;
    }
    wf_object_t *v[4] = {wf_int_from_i64(30), wf_int_from_i64(4), wf_int_from_i64(4300),
                         wf_int_from_i64(640)};
    return wf_structseq_new_steal(t, v);
}

static wf_object_t *make_hash_info(void) {
    wf_type_t *t = wf_structseq_new_type(&hash_info_desc);
    if (t == NULL) {
        return NULL;
    }
    wf_object_t *v[9] = {wf_int_from_i64(64), wf_int_from_i64(((int64_t)1 << 61) - 1),
                         wf_int_from_i64(314159), wf_int_from_i64(0),
                         wf_int_from_i64(1000003), wf_str_from_cstr("siphash13"),
                         wf_int_from_i64(64), wf_int_from_i64(128), wf_int_from_i64(0)};
    return wf_structseq_new_steal(t, v);
}

static wf_object_t *make_version_info(void) {
    wf_type_t *t = wf_structseq_new_type(&version_info_desc);
    if (t == NULL) {
        return NULL;
    }
    wf_object_t *v[5] = {wf_int_from_i64(WF_VERSION_MAJOR), wf_int_from_i64(WF_VERSION_MINOR),
                         wf_int_from_i64(WF_VERSION_MICRO), wf_str_from_cstr("final"),
                         wf_int_from_i64(0)};
    return wf_structseq_new_steal(t, v);
}

static wf_object_t *make_flags(void) {
    wf_type_t *t = wf_structseq_new_type(&flags_desc);
    if (t == NULL) {
        return NULL;
    }
    wf_object_t *v[18];
    for (int i = 0; i < 18; i++) {
        v[i] = wf_int_from_i64(0);
    }
    WF_SETREF(v[1], wf_int_from_i64(wf_config.inspect));
    WF_SETREF(v[3], wf_int_from_i64(wf_config.optimize));
    WF_SETREF(v[4], wf_int_from_i64(wf_config.dont_write_bytecode));
    WF_SETREF(v[5], wf_int_from_i64(wf_config.no_user_site));
    WF_SETREF(v[6], wf_int_from_i64(wf_config.no_site));
    WF_SETREF(v[7], wf_int_from_i64(wf_config.ignore_environment));
    WF_SETREF(v[10], wf_int_from_i64(wf_config.quiet));
    WF_SETREF(v[16], wf_bool_from(wf_config.safe_path));
    WF_SETREF(v[8], wf_int_from_i64(wf_config.verbose));
    WF_SETREF(v[11], wf_int_from_i64(1));
    WF_SETREF(v[12], wf_int_from_i64(wf_config.isolated));
    WF_SETREF(v[13], wf_bool_from(wf_config.dev_mode));
    WF_SETREF(v[17], wf_int_from_i64(wf_int_get_max_str_digits()));
    return wf_structseq_new_steal(t, v);
}

static wf_object_t *make_float_info(void) {
    wf_type_t *t = wf_structseq_new_type(&float_info_desc);
    if (t == NULL) {
        return NULL;
    }
    wf_object_t *v[11] = {wf_float_new(DBL_MAX), wf_int_from_i64(DBL_MAX_EXP),
                          wf_int_from_i64(DBL_MAX_10_EXP), wf_float_new(DBL_MIN),
                          wf_int_from_i64(DBL_MIN_EXP), wf_int_from_i64(DBL_MIN_10_EXP),
                          wf_int_from_i64(DBL_DIG), wf_int_from_i64(DBL_MANT_DIG),
                          wf_float_new(DBL_EPSILON), wf_int_from_i64(FLT_RADIX),
                          wf_int_from_i64(FLT_ROUNDS)};
    return wf_structseq_new_steal(t, v);
}

static wf_object_t *make_implementation(void) {
    wf_object_t *ns = wf_namespace_new();
    if (ns == NULL) {
        return NULL;
    }
    wf_object_t *name = wf_str_from_cstr("weft");
    wf_object_t *tag = wf_str_from_cstr("weft-013");
    wf_object_t *version = make_version_info();
    wf_object_t *hexv = wf_int_from_i64(0x030D00F0);
    int rc = (name && tag && version && hexv &&
              wf_setattr_cstr(ns, "name", name) == 0 &&
              wf_setattr_cstr(ns, "cache_tag", tag) == 0 &&
              wf_setattr_cstr(ns, "version", version) == 0 &&
              wf_setattr_cstr(ns, "hexversion", hexv) == 0 &&
              wf_setattr_cstr(ns, "_multiarch", WF_NONE) == 0) ? 0 : -1;
    WF_XDECREF(name);
    WF_XDECREF(tag);
    WF_XDECREF(version);
    WF_XDECREF(hexv);
    if (rc < 0) {
        WF_DECREF(ns);
        return NULL;
    }
    return ns;
}

// Add `value` (stolen) to sys; -1 if it is NULL or the insertion fails.
static int add_steal(wf_object_t *mod, const char *name, wf_object_t *value) {
    if (value == NULL) {
        return -1;
    }
    int rc = wf_module_add_object(mod, name, value);
    WF_DECREF(value);
    return rc;
}

static int add_streams(wf_object_t *mod) {
    static const struct {
        int fd;
        const char *mode, *name, *attr, *orig;
    } streams[] = {{0, "r", "<stdin>", "stdin", "__stdin__"},
                   {1, "w", "<stdout>", "stdout", "__stdout__"},
                   {2, "w", "<stderr>", "stderr", "__stderr__"}};
    for (int i = 0; i < 3; i++) {
        int line_buffered = (streams[i].fd == 2) || wf_config.unbuffered || isatty(streams[i].fd);
        wf_object_t *f = wf_io_open_fd(streams[i].fd, streams[i].mode, streams[i].name, line_buffered);
        if (f == NULL || wf_module_add_object(mod, streams[i].orig, f) < 0) {
            WF_XDECREF(f);
            return -1;
        }
        if (add_steal(mod, streams[i].attr, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static wf_object_t *builtin_module_names(void) {
    static const char *const names[] = {
#define WF_MODULE(pyname, initfn) pyname,
#include "runtime/modules/modules.def"
#undef WF_MODULE
    };
    wf_ssize_t n = (wf_ssize_t)(sizeof(names) / sizeof(names[0]));
    wf_object_t *t = wf_tuple_new(n);
    for (wf_ssize_t i = 0; t != NULL && i < n; i++) {
        wf_object_t *s = wf_str_from_cstr(names[i]);
        if (s == NULL) {
            WF_DECREF(t);
            return NULL;
        }
        WF_TUPLE_SET_STEAL(t, i, s);
    }
    return t;
}

static const char *const stdlib_names[] = {
#include "runtime/modules/stdlib_names.h"
};

static wf_object_t *stdlib_module_names(void) {
    wf_object_t *items = wf_list_new(0);
    for (size_t i = 0; items != NULL && i < sizeof(stdlib_names) / sizeof(stdlib_names[0]); i++) {
        wf_object_t *s = wf_str_from_cstr(stdlib_names[i]);
        if (s == NULL || wf_list_append_steal(items, s) < 0) {
            WF_CLEAR(items);
        }
    }
    wf_object_t *fs = items != NULL ? wf_frozenset_new(items) : NULL;
    WF_XDECREF(items);
    return fs;
}

static int add_attributes(wf_object_t *mod) {
    char version[256];
    snprintf(version, sizeof(version), "%s (%s %s, " __DATE__ ") [%s]", WF_VERSION, WF_BUILD_NAME,
             WF_IMPL_VERSION,
#if defined(__clang__)
             "Clang " __clang_version__
#elif defined(__GNUC__)
             "GCC " __VERSION__
#else
             "C compiler"
#endif
    );
    // The interpreter's own absolute path, as the kernel knows it ('' when unknown).
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[n > 0 ? n : 0] = '\0';
    // The prefixes: the directory above the one holding the interpreter, as for an
    // installation in PREFIX/bin.
    char prefix[4096];
    snprintf(prefix, sizeof(prefix), "%s", exe);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(prefix, '/');
        if (slash == NULL) {
            prefix[0] = '\0';
            break;
        }
        *slash = '\0';
    }
    if (prefix[0] == '\0' && exe[0] == '/') {
        snprintf(prefix, sizeof(prefix), "/");
    }
    static const char *const prefix_names[] = {"prefix", "base_prefix", "exec_prefix",
                                               "base_exec_prefix"};
    for (int i = 0; i < 4; i++) {
        if (add_steal(mod, prefix_names[i], wf_str_decode_utf8(prefix, (wf_ssize_t)strlen(prefix),
                                                               "surrogateescape")) < 0) {
            return -1;
        }
    }
    if (add_steal(mod, "executable", wf_str_decode_utf8(exe, (wf_ssize_t)strlen(exe),
                                                        "surrogateescape")) < 0 ||
        add_steal(mod, "_base_executable", wf_str_decode_utf8(exe, (wf_ssize_t)strlen(exe),
                                                              "surrogateescape")) < 0 ||
        add_steal(mod, "version", wf_str_from_cstr(version)) < 0 ||
        add_steal(mod, "version_info", make_version_info()) < 0 ||
        add_steal(mod, "hexversion", wf_int_from_i64(0x030D00F0)) < 0 ||
        add_steal(mod, "implementation", make_implementation()) < 0 ||
        add_steal(mod, "flags", make_flags()) < 0 ||
        add_steal(mod, "float_info", make_float_info()) < 0 ||
        add_steal(mod, "int_info", make_int_info()) < 0 ||
        add_steal(mod, "hash_info", make_hash_info()) < 0 ||
        add_steal(mod, "maxsize", wf_int_from_i64(INTPTR_MAX)) < 0 ||
        add_steal(mod, "maxunicode", wf_int_from_i64(0x10FFFF)) < 0 ||
        add_steal(mod, "byteorder", wf_str_from_cstr(
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                                        "little"
#else
                                        "big"
#endif
                                        )) < 0 ||
        add_steal(mod, "platform", wf_str_from_cstr("linux")) < 0 ||
        add_steal(mod, "abiflags", wf_str_from_cstr("")) < 0 ||
        add_steal(mod, "api_version", wf_int_from_i64(1013)) < 0 ||
        add_steal(mod, "float_repr_style", wf_str_from_cstr("short")) < 0 ||
        add_steal(mod, "copyright", wf_str_from_cstr("Copyright (c) Weft contributors.")) < 0 ||
        add_steal(mod, "builtin_module_names", builtin_module_names()) < 0 ||
        add_steal(mod, "stdlib_module_names", stdlib_module_names()) < 0 ||
        add_steal(mod, "path", wf_list_new(0)) < 0 ||
        add_steal(mod, "argv", wf_list_new(0)) < 0 ||
        add_steal(mod, "orig_argv", wf_list_new(0)) < 0 ||
        add_steal(mod, "meta_path", wf_list_new(0)) < 0 ||
        add_steal(mod, "path_hooks", wf_list_new(0)) < 0 ||
        add_steal(mod, "path_importer_cache", wf_dict_new()) < 0 ||
        add_steal(mod, "warnoptions", wf_list_new(0)) < 0 ||
        add_steal(mod, "_xoptions", wf_dict_new()) < 0 ||
        add_steal(mod, "dont_write_bytecode", wf_newref(WF_TRUE)) < 0 ||
        add_steal(mod, "pycache_prefix", wf_newref(WF_NONE)) < 0) {
        return -1;
    }
    return 0;
}

int wf_mod_sys_init_core(wf_object_t *builtins) {
    const char *env = wf_config.isolated ? NULL : getenv("PYTHONINTMAXSTRDIGITS");
    if (wf_config.int_max_str_digits < 0 && env != NULL && *env) {
        wf_config.int_max_str_digits = atoi(env);
    }
    if (wf_config.int_max_str_digits >= 0 &&
        wf_int_set_max_str_digits(wf_config.int_max_str_digits) < 0) {
        return -1;
    }
    wf_object_t *mod = wf_module_new("sys");
    if (mod == NULL) {
        return -1;
    }
    sys_dict = WF_MODULE_DICT(mod);
    wf_object_t *modules = wf_dict_new();
    if (modules == NULL || wf_module_add_object(mod, "modules", modules) < 0 ||
        wf_dict_setitem_cstr(modules, "sys", mod) < 0 ||
        wf_dict_setitem_cstr(modules, "builtins", builtins) < 0 ||
        wf_module_add_functions(mod, sys_methods) < 0 || add_attributes(mod) < 0 ||
        add_streams(mod) < 0) {
        WF_XDECREF(modules);
        WF_DECREF(mod);
        return -1;
    }
    // Keep the hook functions reachable as sys.__displayhook__ / __excepthook__.
    wf_object_t *hook = wf_sys_get_object("displayhook");
    if (hook != NULL) {
        wf_module_add_object(mod, "__displayhook__", hook);
    }
    hook = wf_sys_get_object("excepthook");
    if (hook != NULL) {
        wf_module_add_object(mod, "__excepthook__", hook);
    }
    hook = wf_sys_get_object("unraisablehook");
    if (hook != NULL) {
        wf_module_add_object(mod, "__unraisablehook__", hook);
    }
    hook = wf_sys_get_object("breakpointhook");
    if (hook != NULL) {
        wf_module_add_object(mod, "__breakpointhook__", hook);
    }
    WF_DECREF(modules);
    WF_DECREF(mod);  // sys.modules holds it
    return 0;
}

wf_object_t *wf_mod_sys_init(void) {
    wf_object_t *mods = wf_sys_get_object("modules");
    wf_object_t *m = NULL;
    if (mods != NULL && wf_dict_get_ref_cstr(mods, "sys", &m) > 0) {
        return m;
    }
    return wf_err_set_string(&wf_exc_ImportError, "sys module is not initialised");
}

wf_object_t *wf_interp_sys_modules(void) {
    return wf_sys_get_object("modules");
}

static wf_object_t *str_list(int n, char **items) {
    wf_object_t *l = wf_list_new(0);
    for (int i = 0; l != NULL && i < n; i++) {
        wf_object_t *s = wf_str_decode_utf8(items[i], (wf_ssize_t)strlen(items[i]), "surrogateescape");
        if (s == NULL || wf_list_append_steal(l, s) < 0) {
            WF_DECREF(l);
            return NULL;
        }
    }
    return l;
}

int wf_sys_set_argv(int argc, char **argv, const char *path0) {
    wf_object_t *l = str_list(argc, argv);
    if (l == NULL || wf_sys_set_object("argv", l) < 0) {
        WF_XDECREF(l);
        return -1;
    }
    WF_DECREF(l);
    wf_object_t *path = wf_sys_get_object("path");
    if (path0 != NULL && path != NULL && !wf_config.safe_path) {
        wf_object_t *p = wf_str_decode_utf8(path0, (wf_ssize_t)strlen(path0), "surrogateescape");
        if (p == NULL || wf_list_insert(path, 0, p) < 0) {
            WF_XDECREF(p);
            return -1;
        }
        WF_DECREF(p);
    }
    return 0;
}

static int flush_stream(const char *name) {
    wf_object_t *f = wf_sys_get_object(name);
    if (f == NULL || f == WF_NONE) {
        return 0;
    }
    wf_object_t *r = wf_call_method(f, WF_ID(flush), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

int wf_sys_flush_std_streams(void) {
    int rc = 0;
    if (flush_stream("stdout") < 0) {
        wf_err_write_unraisable(wf_sys_get_object("stdout"));
        rc = -1;
    }
    if (flush_stream("stderr") < 0) {
        wf_err_clear();
    }
    return rc;
}
