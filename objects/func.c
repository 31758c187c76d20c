// Python functions, bound methods and cells.
//
// A function owns its code, globals, builtins, defaults and closure. Calling it goes
// through `vectorcall` (wf_func_vectorcall in runtime/call.c), which binds the arguments
// into a new frame and runs the eval loop; the eval loop itself calls Python functions
// without going through this slot. `version` identifies the (code, defaults) pair for
// call-site caches: it changes whenever __code__, __defaults__ or __kwdefaults__ is set.
//
// A bound method pairs a callable with the instance it was looked up on. The eval loop
// unpacks bound methods in place on its stack; the vectorcall slot here is for calls from
// C, which must copy the arguments to prepend self.
//
// A cell holds one variable shared between a function and the functions nested in it.
#include "objects/func.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/ids.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#include <stddef.h>

#define F(o) ((wf_func_t *)(o))
#define M(o) ((wf_method_t *)(o))
#define CELL(o) ((wf_cell_t *)(o))

// Version numbers for call-site caches; 0 means "no version". Wrapping is harmless in
// practice (a cache would need to survive 2^32 redefinitions).
static uint32_t next_func_version = 1;

static uint32_t new_version(void) {
    uint32_t v = WF_ATOMIC_ADD_ALWAYS(&next_func_version, 1u);
    return v != 0 ? v : WF_ATOMIC_ADD_ALWAYS(&next_func_version, 1u);
}

// ---------------------------------------------------------------------------------------
// Functions

// The builtins a function defined in `globals` sees: globals["__builtins__"] (a module's
// dict or a dict), else the interpreter's builtins. Borrowed.
static wf_object_t *builtins_from_globals(wf_object_t *globals) {
    wf_object_t *b = NULL;
    if (wf_dict_get_ref(globals, WF_ID(__builtins__), &b) < 0) {
        wf_err_clear();
    }
    if (b != NULL) {
        wf_object_t *d = WF_MODULE_CHECK(b) ? WF_MODULE_DICT(b) : b;
        WF_DECREF(b); // globals (or the module) keeps it alive
        if (WF_DICT_CHECK(d)) {
            return d;
        }
    }
    return wf_interp_builtins();
}

wf_object_t *wf_func_new(wf_object_t *code, wf_object_t *globals, wf_object_t *qualname) {
    if (!WF_CODE_CHECK(code) || !WF_DICT_CHECK(globals)) {
        return wf_err_bad_internal_call("wf_func_new");
    }
    wf_func_t *f = (wf_func_t *)wf_type_alloc(&wf_func_type, 0);
    if (f == NULL) {
        return NULL;
    }
    wf_code_t *co = (wf_code_t *)code;
    f->vectorcall = wf_func_vectorcall;
    f->code = wf_newref(code);
    f->globals = wf_newref(globals);
    f->builtins = wf_xnewref(builtins_from_globals(globals));
    f->name = wf_newref(co->name);
    f->qualname = wf_newref(qualname != NULL ? qualname : co->qualname);
    // The first constant of a function's code is its docstring, or None.
    wf_object_t *consts = co->consts;
    wf_object_t *doc = WF_NONE;
    if (consts != NULL && WF_TUPLE_SIZE(consts) > 0 && WF_STR_CHECK(WF_TUPLE_GET(consts, 0))) {
        doc = WF_TUPLE_GET(consts, 0);
    }
    f->doc = wf_newref(doc);
    wf_object_t *modname = NULL;
    if (wf_dict_get_ref(globals, WF_ID(__name__), &modname) < 0) {
        WF_DECREF(f);
        return NULL;
    }
    f->module = modname;
    f->version = new_version();
    wf_gc_track(WF_OBJ(f));
    return WF_OBJ(f);
}

static void func_dealloc(wf_object_t *o) {
    wf_func_t *f = F(o);
    wf_gc_untrack(o);
    WF_CLEAR(f->code);
    WF_CLEAR(f->globals);
    WF_CLEAR(f->builtins);
    WF_CLEAR(f->name);
    WF_CLEAR(f->qualname);
    WF_CLEAR(f->defaults);
    WF_CLEAR(f->kwdefaults);
    WF_CLEAR(f->closure);
    WF_CLEAR(f->doc);
    WF_CLEAR(f->dict);
    WF_CLEAR(f->module);
    WF_CLEAR(f->annotations);
    WF_CLEAR(f->type_params);
    wf_object_free(o);
}

static int func_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_func_t *f = F(o);
    wf_object_t *fields[] = {f->code,     f->globals,     f->builtins,   f->name, f->qualname,
                             f->defaults, f->kwdefaults,  f->closure,    f->doc,  f->dict,
                             f->module,   f->annotations, f->type_params};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int func_clear(wf_object_t *o) {
    wf_func_t *f = F(o);
    WF_CLEAR(f->globals);
    WF_CLEAR(f->builtins);
    WF_CLEAR(f->defaults);
    WF_CLEAR(f->kwdefaults);
    WF_CLEAR(f->closure);
    WF_CLEAR(f->doc);
    WF_CLEAR(f->dict);
    WF_CLEAR(f->module);
    WF_CLEAR(f->annotations);
    WF_CLEAR(f->type_params);
    return 0;
}

static wf_object_t *func_repr(wf_object_t *o) {
    return wf_str_from_format("<function %U at %p>", F(o)->qualname, (void *)o);
}

// Functions bind to instances; looked up on the class (obj NULL or None) they are
// returned as they are.
static wf_object_t *func_descr_get(wf_object_t *func, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL || obj == WF_NONE) {
        return wf_newref(func);
    }
    return wf_method_new(func, obj);
}

static wf_object_t *func_get_code(wf_object_t *o, void *closure) {
    return wf_newref(F(o)->code);
}

static int func_set_code(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_func_t *f = F(o);
    if (value == NULL || !WF_CODE_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    wf_ssize_t nfree = ((wf_code_t *)value)->nfreevars;
    wf_ssize_t nclosure = f->closure == NULL ? 0 : WF_TUPLE_SIZE(f->closure);
    if (nfree != nclosure) {
        wf_err_format(&wf_exc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                      f->name, nclosure, nfree);
        return -1;
    }
    f->version = new_version();
    WF_SETREF(f->code, wf_newref(value));
    return 0;
}

static wf_object_t *func_get_defaults(wf_object_t *o, void *closure) {
    return wf_newref(F(o)->defaults != NULL ? F(o)->defaults : WF_NONE);
}

static int func_set_defaults(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == WF_NONE) {
        value = NULL;
    }
    if (value != NULL && !WF_TUPLE_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    F(o)->version = new_version();
    WF_SETREF(F(o)->defaults, wf_xnewref(value));
    return 0;
}

static wf_object_t *func_get_kwdefaults(wf_object_t *o, void *closure) {
    return wf_newref(F(o)->kwdefaults != NULL ? F(o)->kwdefaults : WF_NONE);
}

static int func_set_kwdefaults(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == WF_NONE) {
        value = NULL;
    }
    if (value != NULL && !WF_DICT_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    F(o)->version = new_version();
    WF_SETREF(F(o)->kwdefaults, wf_xnewref(value));
    return 0;
}

static wf_object_t *func_get_name(wf_object_t *o, void *closure) {
    return wf_newref(F(o)->name);
}

static int func_set_name(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == NULL || !WF_STR_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    WF_SETREF(F(o)->name, wf_newref(value));
    return 0;
}

static wf_object_t *func_get_qualname(wf_object_t *o, void *closure) {
    return wf_newref(F(o)->qualname);
}

static int func_set_qualname(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == NULL || !WF_STR_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    WF_SETREF(F(o)->qualname, wf_newref(value));
    return 0;
}

static wf_object_t *func_get_annotations(wf_object_t *o, void *closure) {
    if (F(o)->annotations == NULL) {
        F(o)->annotations = wf_dict_new();
        if (F(o)->annotations == NULL) {
            return NULL;
        }
    }
    return wf_newref(F(o)->annotations);
}

static int func_set_annotations(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == WF_NONE) {
        value = NULL;
    }
    if (value != NULL && !WF_DICT_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    WF_SETREF(F(o)->annotations, wf_xnewref(value));
    return 0;
}

static wf_object_t *func_get_type_params(wf_object_t *o, void *closure) {
    if (F(o)->type_params == NULL) {
        return wf_tuple_new(0);
    }
    return wf_newref(F(o)->type_params);
}

static int func_set_type_params(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == NULL || !WF_TUPLE_CHECK(value)) {
        wf_err_set_string(&wf_exc_TypeError, "__type_params__ must be set to a tuple");
        return -1;
    }
    WF_SETREF(F(o)->type_params, wf_newref(value));
    return 0;
}

static wf_object_t *func_get_dict(wf_object_t *o, void *closure) {
    if (F(o)->dict == NULL) {
        F(o)->dict = wf_dict_new();
        if (F(o)->dict == NULL) {
            return NULL;
        }
    }
    return wf_newref(F(o)->dict);
}

static int func_set_dict(wf_object_t *o, wf_object_t *value, void *closure) {
    if (value == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!WF_DICT_CHECK(value)) {
        wf_err_format(&wf_exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
        return -1;
    }
    WF_SETREF(F(o)->dict, wf_newref(value));
    return 0;
}

static wf_getset_def_t func_getsets[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__type_params__", func_get_type_params, func_set_type_params, NULL, NULL},
    {0},
};

static wf_member_def_t func_members[] = {
    {"__closure__", WF_MEMBER_OBJECT, offsetof(wf_func_t, closure), WF_READONLY, NULL},
    {"__doc__", WF_MEMBER_OBJECT, offsetof(wf_func_t, doc), 0, NULL},
    {"__globals__", WF_MEMBER_OBJECT, offsetof(wf_func_t, globals), WF_READONLY, NULL},
    {"__module__", WF_MEMBER_OBJECT, offsetof(wf_func_t, module), 0, NULL},
    {"__builtins__", WF_MEMBER_OBJECT, offsetof(wf_func_t, builtins), WF_READONLY, NULL},
    {0},
};

// Checks of function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None).
static int func_new_check(wf_object_t **a) {
    if (!WF_CODE_CHECK(a[0])) {
        wf_err_format(&wf_exc_TypeError, "function() argument 'code' must be code, not %T", a[0]);
        return -1;
    }
    if (!WF_DICT_CHECK(a[1])) {
        wf_err_format(&wf_exc_TypeError, "function() argument 'globals' must be dict, not %T",
                      a[1]);
        return -1;
    }
    static const char *const what[] = {NULL,
                                       NULL,
                                       "arg 3 (name) must be None or string",
                                       "arg 4 (defaults) must be None or tuple",
                                       "arg 5 (closure) must be None or tuple",
                                       "arg 6 (kwdefaults) must be None or dict"};
    for (int i = 2; i < 6; i++) {
        wf_object_t *v = a[i];
        if (v == NULL || v == WF_NONE) {
            a[i] = NULL;
            continue;
        }
        int ok = i == 2 ? WF_STR_CHECK(v) : i == 5 ? WF_DICT_CHECK(v) : WF_TUPLE_CHECK(v);
        if (!ok) {
            wf_err_set_string(&wf_exc_TypeError, what[i]);
            return -1;
        }
    }
    wf_code_t *co = (wf_code_t *)a[0];
    if (co->nfreevars > 0 && a[4] == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "arg 5 (closure) must be tuple");
        return -1;
    }
    wf_ssize_t nclosure = a[4] == NULL ? 0 : WF_TUPLE_SIZE(a[4]);
    if (co->nfreevars != nclosure) {
        wf_err_format(&wf_exc_ValueError, "%U requires closure of length %zd, not %zd", co->name,
                      (wf_ssize_t)co->nfreevars, nclosure);
        return -1;
    }
    for (wf_ssize_t i = 0; i < nclosure; i++) {
        wf_object_t *c = WF_TUPLE_GET(a[4], i);
        if (!WF_IS_TYPE(c, &wf_cell_type)) {
            wf_err_format(&wf_exc_TypeError, "arg 5 (closure) expected cell, found %T", c);
            return -1;
        }
    }
    return 0;
}

static wf_object_t *func_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"code",    "globals",    "name", "argdefs",
                                        "closure", "kwdefaults", NULL};
    wf_object_t *a[6] = {NULL};
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_object_t *kwnames = NULL;
    wf_object_t *stack[12];
    if (nargs > 6) {
        return wf_err_format(&wf_exc_TypeError, "function() takes at most 6 arguments (%zd given)",
                             nargs);
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        stack[i] = WF_TUPLE_GET(args, i);
    }
    wf_ssize_t nkw = 0;
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        wf_ssize_t n = wf_dict_size(kwargs);
        if (nargs + n > 12) {
            return wf_err_set_string(&wf_exc_TypeError, "function() got too many arguments");
        }
        kwnames = wf_tuple_new(n);
        if (kwnames == NULL) {
            return NULL;
        }
        wf_ssize_t pos = 0;
        wf_object_t *k, *v;
        while (wf_dict_next(kwargs, &pos, &k, &v)) {
            WF_TUPLE_SET_STEAL(kwnames, nkw, wf_newref(k));
            stack[nargs + nkw] = v;
            nkw++;
        }
    }
    int rc = wf_parse_args("function", stack, nargs, kwnames, names, 0, 2, a);
    WF_XDECREF(kwnames);
    if (rc < 0 || func_new_check(a) < 0) {
        return NULL;
    }
    wf_func_t *f = (wf_func_t *)wf_func_new(a[0], a[1], NULL);
    if (f == NULL) {
        return NULL;
    }
    if (a[2] != NULL) {
        WF_SETREF(f->name, wf_newref(a[2]));
    }
    f->defaults = wf_xnewref(a[3]);
    f->closure = wf_xnewref(a[4]);
    f->kwdefaults = wf_xnewref(a[5]);
    return WF_OBJ(f);
}

wf_type_t wf_func_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "function",
    .basicsize = sizeof(wf_func_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_METHOD_DESCRIPTOR | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Create a function object.\n\n  code\n    a code object\n  globals\n    the globals "
           "dictionary\n  name\n    a string that overrides the name from the code object\n  "
           "argdefs\n    a tuple that specifies the default argument values\n  closure\n    a "
           "tuple that supplies the bindings for free variables\n  kwdefaults\n    a dictionary "
           "that specifies the default keyword argument values",
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .new = func_new,
    .vectorcall = wf_func_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = func_repr,
    .descr_get = func_descr_get,
    .getsets = func_getsets,
    .members = func_members,
    .dictoffset = offsetof(wf_func_t, dict),
    .weaklistoffset = offsetof(wf_func_t, weakreflist),
};

// ---------------------------------------------------------------------------------------
// Bound methods

static wf_object_t *method_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                      wf_ssize_t nargs, wf_object_t *kwnames);

wf_object_t *wf_method_new(wf_object_t *func, wf_object_t *self) {
    if (self == NULL) {
        return wf_err_bad_internal_call("wf_method_new");
    }
    wf_method_t *m = (wf_method_t *)wf_type_alloc(&wf_method_type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->vectorcall = method_vectorcall;
    m->func = wf_newref(func);
    m->self = wf_newref(self);
    wf_gc_track(WF_OBJ(m));
    return WF_OBJ(m);
}

static void method_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    // Methods bound to methods (f.__call__.__call__...) can chain arbitrarily deep.
    if (wf_list_trash_begin(o, method_dealloc)) {
        return;
    }
    WF_CLEAR(M(o)->func);
    WF_CLEAR(M(o)->self);
    wf_object_free(o);
    wf_list_trash_end();
}

static int method_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    int r = visit(M(o)->func, arg);
    return r != 0 ? r : visit(M(o)->self, arg);
}

// Calls from C: self goes in front of the arguments. A small stack buffer covers the
// common cases; the eval loop never gets here for its own calls.
static wf_object_t *method_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                      wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_method_t *m = M(callable);
    wf_ssize_t total = nargs + (kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0);
    wf_object_t *small[8];
    wf_object_t **buf = small;
    if (total + 1 > (wf_ssize_t)(sizeof(small) / sizeof(small[0]))) {
        buf = wf_mem_alloc((size_t)(total + 1) * sizeof(wf_object_t *));
        if (buf == NULL) {
            return wf_err_nomemory();
        }
    }
    buf[0] = m->self;
    if (total > 0) {
        memcpy(buf + 1, args, (size_t)total * sizeof(wf_object_t *));
    }
    wf_object_t *r = wf_vectorcall(m->func, buf, nargs + 1, kwnames);
    if (buf != small) {
        wf_mem_free(buf);
    }
    return r;
}

static wf_object_t *method_repr(wf_object_t *o) {
    wf_object_t *name = NULL;
    if (wf_getattr_opt(M(o)->func, WF_ID(__qualname__), &name) < 0) {
        return NULL;
    }
    if (name == NULL && wf_getattr_opt(M(o)->func, WF_ID(__name__), &name) < 0) {
        return NULL;
    }
    if (name != NULL && !WF_STR_CHECK(name)) {
        WF_CLEAR(name);
    }
    wf_object_t *r;
    if (name != NULL) {
        r = wf_str_from_format("<bound method %U of %R>", name, M(o)->self);
    } else {
        r = wf_str_from_format("<bound method ? of %R>", M(o)->self);
    }
    WF_XDECREF(name);
    return r;
}

// Two bound methods are equal when they bind the same object (identity) to equal functions.
static wf_object_t *method_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if ((op != WF_EQ && op != WF_NE) || !WF_METHOD_CHECK(a) || !WF_METHOD_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int eq = M(a)->self == M(b)->self;
    if (eq) {
        eq = wf_richcompare_bool(M(a)->func, M(b)->func, WF_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return wf_bool_from(op == WF_EQ ? eq : !eq);
}

static wf_hash_t method_hash(wf_object_t *o) {
    // Identity of self (rotated so the alignment zeros do not collide) mixed with the
    // function's hash, consistent with the equality above.
    uintptr_t p = (uintptr_t)M(o)->self;
    wf_hash_t x = (wf_hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    wf_hash_t y = wf_hash(M(o)->func);
    if (y == -1) {
        return -1;
    }
    x ^= y;
    return x == -1 ? -2 : x;
}

// Attributes not defined on the method type come from the function (__name__, __doc__,
// __qualname__, __module__, __dict__, ...).
static wf_object_t *method_getattro(wf_object_t *o, wf_object_t *name) {
    wf_object_t *descr = wf_type_lookup(&wf_method_type, name);
    if (descr != NULL) {
        wf_descrgetfunc get = WF_TYPE(descr)->descr_get;
        if (get != NULL) {
            return get(descr, o, WF_OBJ(WF_TYPE(o)));
        }
        return wf_newref(descr);
    }
    return wf_getattr(M(o)->func, name);
}

static wf_object_t *method_get_doc(wf_object_t *o, void *closure) {
    return wf_getattr(M(o)->func, WF_ID(__doc__));
}

// Pickled as getattr(self, name): the method is looked up again when unpickled.
static wf_object_t *method_reduce(wf_object_t *o, wf_object_t *unused) {
    return wf_reduce_as_getattr(M(o)->self, wf_getattr(M(o)->func, WF_ID(__name__)));
}

static wf_method_def_t method_methods[] = {
    {"__reduce__", {.noargs = method_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

static wf_getset_def_t method_getsets[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {0},
};

static wf_member_def_t method_members[] = {
    {"__func__", WF_MEMBER_OBJECT, offsetof(wf_method_t, func), WF_READONLY,
     "the function (or other callable) implementing a method"},
    {"__self__", WF_MEMBER_OBJECT, offsetof(wf_method_t, self), WF_READONLY,
     "the instance to which a method is bound"},
    {0},
};

// A bound method is not rebound when found on a class.
static wf_object_t *method_descr_get(wf_object_t *m, wf_object_t *obj, wf_object_t *type) {
    return wf_newref(m);
}

static wf_object_t *method_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "method() takes no keyword arguments");
    }
    wf_ssize_t n = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (n != 2) {
        return wf_err_format(&wf_exc_TypeError, "method expected 2 arguments, got %zd", n);
    }
    wf_object_t *func = WF_TUPLE_GET(args, 0), *self = WF_TUPLE_GET(args, 1);
    if (!wf_callable(func)) {
        return wf_err_set_string(&wf_exc_TypeError, "first argument must be callable");
    }
    if (self == WF_NONE) {
        return wf_err_set_string(&wf_exc_TypeError, "instance must not be None");
    }
    return wf_method_new(func, self);
}

wf_type_t wf_method_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "method",
    .basicsize = sizeof(wf_method_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Create a bound instance method object.",
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .new = method_new,
    .vectorcall = method_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .descr_get = method_descr_get,
    .methods = method_methods,
    .getsets = method_getsets,
    .members = method_members,
    .weaklistoffset = offsetof(wf_method_t, weakreflist),
};

// ---------------------------------------------------------------------------------------
// Cells

wf_object_t *wf_cell_new(wf_object_t *value) {
    wf_cell_t *c = (wf_cell_t *)wf_type_alloc(&wf_cell_type, 0);
    if (c == NULL) {
        return NULL;
    }
    c->ref = wf_xnewref(value);
    wf_gc_track(WF_OBJ(c));
    return WF_OBJ(c);
}

void wf_cell_set(wf_object_t *cell, wf_object_t *value) {
    WF_SETREF(CELL(cell)->ref, wf_xnewref(value));
}

static void cell_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_CLEAR(CELL(o)->ref);
    wf_object_free(o);
}

static int cell_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return CELL(o)->ref != NULL ? visit(CELL(o)->ref, arg) : 0;
}

static int cell_clear(wf_object_t *o) {
    WF_CLEAR(CELL(o)->ref);
    return 0;
}

static wf_object_t *cell_repr(wf_object_t *o) {
    wf_object_t *v = CELL(o)->ref;
    if (v == NULL) {
        return wf_str_from_format("<cell at %p: empty>", (void *)o);
    }
    return wf_str_from_format("<cell at %p: %.80s object at %p>", (void *)o,
                              wf_type_short_name(WF_TYPE(v)), (void *)v);
}

// Cells compare by contents; an empty cell sorts before any full one.
static wf_object_t *cell_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!WF_IS_TYPE(a, &wf_cell_type) || !WF_IS_TYPE(b, &wf_cell_type)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *x = CELL(a)->ref, *y = CELL(b)->ref;
    if (x != NULL && y != NULL) {
        return wf_richcompare(x, y, op);
    }
    int l = y == NULL, r = x == NULL; // "empty" ranks lower: compare (b empty) with (a empty)
    int res;
    switch (op) {
        case WF_LT:
            res = l < r;
            break;
        case WF_LE:
            res = l <= r;
            break;
        case WF_EQ:
            res = l == r;
            break;
        case WF_NE:
            res = l != r;
            break;
        case WF_GT:
            res = l > r;
            break;
        default:
            res = l >= r;
            break;
    }
    return wf_bool_from(res);
}

static wf_object_t *cell_get_contents(wf_object_t *o, void *closure) {
    if (CELL(o)->ref == NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "Cell is empty");
    }
    return wf_newref(CELL(o)->ref);
}

static int cell_set_contents(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_cell_set(o, value);
    return 0;
}

static wf_getset_def_t cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {0},
};

static wf_object_t *cell_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "cell() takes no keyword arguments");
    }
    wf_ssize_t n = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (n > 1) {
        return wf_err_format(&wf_exc_TypeError, "cell expected at most 1 argument, got %zd", n);
    }
    return wf_cell_new(n == 1 ? WF_TUPLE_GET(args, 0) : NULL);
}

wf_type_t wf_cell_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "cell",
    .basicsize = sizeof(wf_cell_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Create a new cell object.\n\n  contents\n    the contents of the cell. If not "
           "specified, the cell will be empty,\n    and \n further attempts to access its "
           "cell_contents attribute will\n    raise a ValueError.",
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .new = cell_new,
    .repr = cell_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = cell_richcompare,
    .getsets = cell_getsets,
};
