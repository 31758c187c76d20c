// Builtin functions and the descriptors that expose a static type's C tables: method
// descriptors (list.append), class-method descriptors (dict.fromkeys), getset and member
// descriptors; plus the argument-checking helpers builtins use.
//
// Calling a builtin goes through wf_method_def_call(), which checks the arity a method
// def's flags promise and raises CPython's messages, naming the function the way 3.13
// does ("len()", "list.append()"). The name is only computed on the error path.
//
// Method descriptors carry WF_TPFLAGS_METHOD_DESCRIPTOR: a method call on an instance
// fetches the descriptor unbound and calls it with the instance prepended, so no bound
// builtin method is created on the hot path.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/traceback.h"

#include <stddef.h>

// ---------------------------------------------------------------------------------------
// Shared descriptor header.

int wf_descr_common_init(wf_object_t *d, wf_type_t *owner, const char *name) {
    wf_descr_common_t *c = (wf_descr_common_t *)d;
    c->name = wf_str_intern_cstr(name);
    if (c->name == NULL) {
        return -1;
    }
    c->type = (wf_type_t *)wf_newref(owner);
    return 0;
}

void wf_descr_common_clear(wf_object_t *d) {
    wf_descr_common_t *c = (wf_descr_common_t *)d;
    WF_CLEAR(c->type);
    WF_CLEAR(c->name);
}

wf_object_t *wf_descr_repr(wf_object_t *d, const char *kind) {
    return wf_str_from_format("<%s '%U' of '%s' objects>", kind, WF_DESCR_NAME(d),
                              WF_DESCR_TYPE(d)->name);
}

int wf_descr_check(wf_object_t *d, wf_object_t *obj) {
    if (WF_TYPE(obj) == WF_DESCR_TYPE(d) || wf_type_is_subtype(WF_TYPE(obj), WF_DESCR_TYPE(d))) {
        return 0;
    }
    wf_err_format(&wf_exc_TypeError, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                  WF_DESCR_NAME(d), WF_DESCR_TYPE(d)->name, WF_TYPE(obj)->name);
    return -1;
}

static wf_object_t *descr_qualname(wf_object_t *d) {
    wf_object_t *tq = wf_type_qualname(WF_DESCR_TYPE(d));
    if (tq == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_str_from_format("%U.%U", tq, WF_DESCR_NAME(d));
    WF_DECREF(tq);
    return r;
}

static wf_object_t *descr_get_qualname(wf_object_t *d, void *closure) {
    return descr_qualname(d);
}

static wf_object_t *descr_get_name(wf_object_t *d, void *closure) {
    return wf_newref(WF_DESCR_NAME(d));
}

static wf_object_t *descr_get_objclass(wf_object_t *d, void *closure) {
    return wf_newref(WF_DESCR_TYPE(d));
}

static wf_object_t *doc_or_none(const char *doc) {
    return doc == NULL ? WF_NONE : wf_str_from_cstr(doc);
}

static void descr_dealloc(wf_object_t *o) {
    wf_descr_common_clear(o);
    wf_object_free(o);
}

static int descr_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return visit(WF_OBJ(WF_DESCR_TYPE(o)), arg);
}

// ---------------------------------------------------------------------------------------
// Calling a method def.

// The name builtins use in error messages: "len" for functions, "list.append" for
// methods (the qualified name of self's type, or of self when it is a class). New ref.
static wf_object_t *def_display_name(wf_method_def_t *def, wf_object_t *self) {
    if (self == NULL || WF_MODULE_CHECK(self)) {
        return wf_str_from_cstr(def->name);
    }
    wf_type_t *t = WF_TYPE_CHECK(self) ? (wf_type_t *)self : WF_TYPE(self);
    wf_object_t *tq = wf_type_qualname(t);
    if (tq == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_str_from_format("%U.%s", tq, def->name);
    WF_DECREF(tq);
    return r;
}

static wf_object_t *arity_error(wf_method_def_t *def, wf_object_t *self, wf_type_t *owner,
                                const char *fmt, wf_ssize_t n) {
    wf_object_t *name = def_display_name(def, owner != NULL ? WF_OBJ(owner) : self);
    // Module functions are named with their module ("math.sqrt()"), except builtins.
    if (name != NULL && owner == NULL && self != NULL && WF_MODULE_CHECK(self)) {
        wf_object_t *mod = NULL;
        if (wf_dict_get_ref_cstr(WF_MODULE_DICT(self), "__name__", &mod) > 0 &&
            WF_STR_CHECK(mod) && !wf_str_eq_cstr(mod, "builtins")) {
            WF_SETREF(name, wf_str_from_format("%U.%U", mod, name));
        }
        WF_XDECREF(mod);
        if (name == NULL) {
            return NULL;
        }
    }
    if (name != NULL) {
        wf_err_format(&wf_exc_TypeError, fmt, name, n);
        WF_DECREF(name);
    }
    return NULL;
}

// owner: the type whose name prefixes error messages (method descriptors name their own
// type: "object.__dir__()"), or NULL to derive it from self.
static wf_object_t *def_call(wf_method_def_t *def, wf_object_t *self, wf_object_t *const *args,
                             wf_ssize_t nargs, wf_object_t *kwnames, wf_type_t *owner) {
    int has_kw = kwnames != NULL && WF_TUPLE_SIZE(kwnames) > 0;
    switch (def->flags & (WF_METH_NOARGS | WF_METH_O | WF_METH_FASTCALL | WF_METH_KEYWORDS)) {
        case WF_METH_NOARGS:
            if (has_kw) {
                return arity_error(def, self, owner, "%U() takes no keyword arguments", 0);
            }
            if (nargs != 0) {
                return arity_error(def, self, owner, "%U() takes no arguments (%zd given)", nargs);
            }
            return def->fn.noargs(self, NULL);
        case WF_METH_O:
            if (has_kw) {
                return arity_error(def, self, owner, "%U() takes no keyword arguments", 0);
            }
            if (nargs != 1) {
                return arity_error(def, self, owner, "%U() takes exactly one argument (%zd given)", nargs);
            }
            return def->fn.o(self, args[0]);
        case WF_METH_FASTCALL:
            if (has_kw) {
                return arity_error(def, self, owner, "%U() takes no keyword arguments", 0);
            }
            return def->fn.fast(self, args, nargs);
        case WF_METH_FASTCALL | WF_METH_KEYWORDS:
            return def->fn.fastkw(self, args, nargs, has_kw ? kwnames : NULL);
        default:
            return wf_err_format(&wf_exc_SystemError, "%s() method: bad call flags", def->name);
    }
}

wf_object_t *wf_method_def_call(wf_method_def_t *def, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, wf_object_t *kwnames) {
    return def_call(def, self, args, nargs, kwnames, NULL);
}

// ---------------------------------------------------------------------------------------
// Builtin functions and bound builtin methods.

#define CF(o) ((wf_cfunc_t *)(o))

static wf_object_t *cfunc_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                     wf_ssize_t nargs, wf_object_t *kwnames) {
    return wf_method_def_call(CF(callable)->def, CF(callable)->self, args, nargs, kwnames);
}

wf_object_t *wf_cfunc_new(wf_method_def_t *def, wf_object_t *self, wf_object_t *module) {
    wf_cfunc_t *f = (wf_cfunc_t *)wf_type_alloc(&wf_cfunc_type, 0);
    if (f == NULL) {
        return NULL;
    }
    f->vectorcall = cfunc_vectorcall;
    f->def = def;
    f->self = wf_xnewref(self);
    f->module = wf_xnewref(module);
    return WF_OBJ(f);
}

static void cfunc_dealloc(wf_object_t *o) {
    WF_CLEAR(CF(o)->self);
    WF_CLEAR(CF(o)->module);
    wf_object_free(o);
}

static int cfunc_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    int r = CF(o)->self != NULL ? visit(CF(o)->self, arg) : 0;
    return r == 0 && CF(o)->module != NULL ? visit(CF(o)->module, arg) : r;
}

static int is_function_like(wf_cfunc_t *f) {
    return f->self == NULL || WF_MODULE_CHECK(f->self);
}

static wf_object_t *cfunc_repr(wf_object_t *o) {
    wf_cfunc_t *f = CF(o);
    if (is_function_like(f)) {
        return wf_str_from_format("<built-in function %s>", f->def->name);
    }
    return wf_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              WF_TYPE(f->self)->name, (void *)f->self);
}

static wf_object_t *cfunc_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if ((op != WF_EQ && op != WF_NE) || WF_TYPE(b) != &wf_cfunc_type) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int eq = CF(a)->def == CF(b)->def && CF(a)->self == CF(b)->self;
    return wf_bool_from(op == WF_EQ ? eq : !eq);
}

static wf_hash_t cfunc_hash(wf_object_t *o) {
    wf_hash_t x = CF(o)->self != NULL ? wf_object_base_hash(CF(o)->self) : 0;
    uintptr_t p = (uintptr_t)CF(o)->def;
    x ^= (wf_hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return x == -1 ? -2 : x;
}

static wf_object_t *cfunc_get_name(wf_object_t *o, void *closure) {
    return wf_str_from_cstr(CF(o)->def->name);
}

static wf_object_t *cfunc_get_qualname(wf_object_t *o, void *closure) {
    return def_display_name(CF(o)->def, CF(o)->self);
}

static wf_object_t *cfunc_get_doc(wf_object_t *o, void *closure) {
    return doc_or_none(CF(o)->def->doc);
}

static wf_object_t *cfunc_get_self(wf_object_t *o, void *closure) {
    return wf_newref(CF(o)->self != NULL ? CF(o)->self : WF_NONE);
}

static wf_object_t *cfunc_get_text_signature(wf_object_t *o, void *closure) {
    WF_RETURN_NONE;
}

static wf_object_t *cfunc_get_module(wf_object_t *o, void *closure) {
    wf_cfunc_t *f = CF(o);
    if (f->module != NULL) {
        return wf_newref(f->module);
    }
    if (f->self != NULL && WF_MODULE_CHECK(f->self)) {
        return wf_newref(((wf_module_t *)f->self)->name);
    }
    WF_RETURN_NONE;
}

static int cfunc_set_module(wf_object_t *o, wf_object_t *value, void *closure) {
    WF_SETREF(CF(o)->module, wf_xnewref(value));
    return 0;
}

wf_object_t *wf_reduce_as_getattr(wf_object_t *self, wf_object_t *name) {
    wf_object_t *getattr = NULL;
    if (name == NULL || wf_dict_get_ref_cstr(wf_interp_builtins(), "getattr", &getattr) <= 0) {
        WF_XDECREF(name);
        return wf_err_occurred() ? NULL : wf_err_set_string(&wf_exc_RuntimeError, "lost builtins.getattr");
    }
    wf_object_t *args = wf_tuple_pack(2, self, name);
    wf_object_t *res = args != NULL ? wf_tuple_pack(2, getattr, args) : NULL;
    WF_DECREF(name);
    WF_XDECREF(args);
    WF_DECREF(getattr);
    return res;
}

// Pickling support: functions reduce to their name, bound methods to getattr(self, name).
static wf_object_t *cfunc_reduce(wf_object_t *o, wf_object_t *unused) {
    wf_cfunc_t *f = CF(o);
    if (is_function_like(f)) {
        return wf_str_from_cstr(f->def->name);
    }
    return wf_reduce_as_getattr(f->self, wf_str_from_cstr(f->def->name));
}

static wf_method_def_t cfunc_methods[] = {
    {"__reduce__", {.noargs = cfunc_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

static wf_getset_def_t cfunc_getsets[] = {
    {"__name__", cfunc_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunc_get_qualname, NULL, NULL, NULL},
    {"__doc__", cfunc_get_doc, NULL, NULL, NULL},
    {"__self__", cfunc_get_self, NULL, NULL, NULL},
    {"__text_signature__", cfunc_get_text_signature, NULL, NULL, NULL},
    {"__module__", cfunc_get_module, cfunc_set_module, NULL, NULL},
    {0},
};

wf_type_t wf_cfunc_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(wf_cfunc_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .vectorcall = cfunc_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcompare = cfunc_richcompare,
    .methods = cfunc_methods,
    .getsets = cfunc_getsets,
};

// ---------------------------------------------------------------------------------------
// Method descriptors (list.append) and class-method descriptors (dict.fromkeys).

typedef struct {
    wf_descr_common_t c;
    wf_method_def_t *def;
} method_descr_t;

#define MD(o) ((method_descr_t *)(o))

static wf_object_t *method_descr_make(wf_type_t *descr_type, wf_type_t *owner, wf_method_def_t *def) {
    method_descr_t *d = (method_descr_t *)wf_type_alloc(descr_type, 0);
    if (d == NULL) {
        return NULL;
    }
    if (wf_descr_common_init(WF_OBJ(d), owner, def->name) < 0) {
        WF_DECREF(d);
        return NULL;
    }
    d->def = def;
    return WF_OBJ(d);
}

wf_object_t *wf_descr_new_method(wf_type_t *t, wf_method_def_t *def) {
    return method_descr_make(&wf_method_descr_type, t, def);
}

wf_object_t *wf_descr_new_classmethod(wf_type_t *t, wf_method_def_t *def) {
    return method_descr_make(&wf_classmethod_descr_type, t, def);
}

// list.append(lst, x): the first argument is self.
static wf_object_t *method_descr_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                            wf_ssize_t nargs, wf_object_t *kwnames) {
    method_descr_t *d = MD(callable);
    if (nargs < 1) {
        wf_object_t *q = descr_qualname(callable);
        if (q != NULL) {
            wf_err_format(&wf_exc_TypeError, "unbound method %U() needs an argument", q);
            WF_DECREF(q);
        }
        return NULL;
    }
    if (WF_TYPE(args[0]) != WF_DESCR_TYPE(d) && wf_descr_check(callable, args[0]) < 0) {
        return NULL;
    }
    return def_call(d->def, args[0], args + 1, nargs - 1, kwnames, WF_DESCR_TYPE(d));
}

static wf_object_t *method_descr_get(wf_object_t *descr, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL) {
        return wf_newref(descr);
    }
    if (wf_descr_check(descr, obj) < 0) {
        return NULL;
    }
    return wf_cfunc_new(MD(descr)->def, obj, NULL);
}

static wf_object_t *method_descr_repr(wf_object_t *o) {
    return wf_descr_repr(o, "method");
}

static wf_object_t *method_descr_get_doc(wf_object_t *o, void *closure) {
    return doc_or_none(MD(o)->def->doc);
}

static wf_object_t *method_descr_get_text_signature(wf_object_t *o, void *closure) {
    WF_RETURN_NONE;
}

static wf_getset_def_t method_descr_getsets[] = {
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__text_signature__", method_descr_get_text_signature, NULL, NULL, NULL},
    {0},
};

wf_type_t wf_method_descr_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(method_descr_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_METHOD_DESCRIPTOR | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .vectorcall = method_descr_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = method_descr_repr,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

// Bound to the class: the class the attribute was looked up on, or the instance's type.
static wf_object_t *classmethod_descr_get(wf_object_t *descr, wf_object_t *obj, wf_object_t *type) {
    if (type == NULL) {
        type = WF_OBJ(WF_TYPE(obj));
    }
    if (!WF_TYPE_CHECK(type)) {
        return wf_err_format(&wf_exc_TypeError,
                             "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                             WF_DESCR_NAME(descr), WF_DESCR_TYPE(descr)->name, WF_TYPE(type)->name);
    }
    if (!wf_type_is_subtype((wf_type_t *)type, WF_DESCR_TYPE(descr))) {
        return wf_err_format(&wf_exc_TypeError,
                             "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                             WF_DESCR_NAME(descr), WF_DESCR_TYPE(descr)->name,
                             ((wf_type_t *)type)->name);
    }
    return wf_cfunc_new(MD(descr)->def, type, NULL);
}

static wf_object_t *classmethod_descr_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                                 wf_ssize_t nargs, wf_object_t *kwnames) {
    if (nargs < 1) {
        return wf_err_format(&wf_exc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                             WF_DESCR_NAME(callable), WF_DESCR_TYPE(callable)->name);
    }
    wf_object_t *bound = classmethod_descr_get(callable, NULL, args[0]);
    if (bound == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_vectorcall(bound, args + 1, nargs - 1, kwnames);
    WF_DECREF(bound);
    return r;
}

wf_type_t wf_classmethod_descr_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(method_descr_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .vectorcall = classmethod_descr_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = method_descr_repr,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
};

// ---------------------------------------------------------------------------------------
// Getset descriptors.

typedef struct {
    wf_descr_common_t c;
    wf_getset_def_t *def;
} getset_descr_t;

#define GD(o) ((getset_descr_t *)(o))

wf_object_t *wf_descr_new_getset(wf_type_t *t, wf_getset_def_t *def) {
    getset_descr_t *d = (getset_descr_t *)wf_type_alloc(&wf_getset_descr_type, 0);
    if (d == NULL) {
        return NULL;
    }
    if (wf_descr_common_init(WF_OBJ(d), t, def->name) < 0) {
        WF_DECREF(d);
        return NULL;
    }
    d->def = def;
    return WF_OBJ(d);
}

static wf_object_t *getset_get(wf_object_t *descr, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL) {
        return wf_newref(descr);
    }
    if (wf_descr_check(descr, obj) < 0) {
        return NULL;
    }
    if (GD(descr)->def->get == NULL) {
        return wf_err_format(&wf_exc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                             WF_DESCR_NAME(descr), WF_DESCR_TYPE(descr)->name);
    }
    return GD(descr)->def->get(obj, GD(descr)->def->closure);
}

static int getset_set(wf_object_t *descr, wf_object_t *obj, wf_object_t *value) {
    if (wf_descr_check(descr, obj) < 0) {
        return -1;
    }
    if (GD(descr)->def->set == NULL) {
        return wf_err_format_int(&wf_exc_AttributeError,
                                 "attribute '%U' of '%.100s' objects is not writable",
                                 WF_DESCR_NAME(descr), WF_DESCR_TYPE(descr)->name);
    }
    return GD(descr)->def->set(obj, value, GD(descr)->def->closure);
}

static wf_object_t *getset_repr(wf_object_t *o) {
    return wf_descr_repr(o, "attribute");
}

static wf_object_t *getset_get_doc(wf_object_t *o, void *closure) {
    return doc_or_none(GD(o)->def->doc);
}

static wf_getset_def_t getset_descr_getsets[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {0},
};

wf_type_t wf_getset_descr_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(getset_descr_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_descr_getsets,
};

// ---------------------------------------------------------------------------------------
// Member descriptors.

typedef struct {
    wf_descr_common_t c;
    wf_member_def_t *def;
} member_descr_t;

#define MB(o) ((member_descr_t *)(o))

wf_object_t *wf_descr_new_member(wf_type_t *t, wf_member_def_t *def) {
    member_descr_t *d = (member_descr_t *)wf_type_alloc(&wf_member_descr_type, 0);
    if (d == NULL) {
        return NULL;
    }
    if (wf_descr_common_init(WF_OBJ(d), t, def->name) < 0) {
        WF_DECREF(d);
        return NULL;
    }
    d->def = def;
    return WF_OBJ(d);
}

wf_object_t *wf_member_get(wf_object_t *obj, wf_member_def_t *def) {
    char *addr = (char *)obj + def->offset;
    switch (def->type) {
        case WF_MEMBER_OBJECT: {
            wf_object_t *v = *(wf_object_t **)addr;
            return wf_newref(v != NULL ? v : WF_NONE);
        }
        case WF_MEMBER_OBJECT_EX: {
            wf_object_t *v = *(wf_object_t **)addr;
            if (v == NULL) {
                wf_err_format(&wf_exc_AttributeError, "'%N' object has no attribute '%s'",
                              WF_OBJ(WF_TYPE(obj)), def->name);
                wf_object_t *name = wf_str_from_cstr(def->name);
                if (name != NULL) {
                    wf_object_attr_error_context(obj, name);
                    WF_DECREF(name);
                }
                return NULL;
            }
            return wf_newref(v);
        }
        case WF_MEMBER_INT: return wf_int_from_i64(*(int *)addr);
        case WF_MEMBER_SSIZE: return wf_int_from_ssize(*(wf_ssize_t *)addr);
        case WF_MEMBER_DOUBLE: return wf_float_new(*(double *)addr);
        case WF_MEMBER_BOOL: return wf_newref(wf_bool_from(*(char *)addr != 0));
        case WF_MEMBER_CSTRING: {
            const char *s = *(const char **)addr;
            return s == NULL ? WF_NONE : wf_str_from_cstr(s);
        }
        default: return wf_err_bad_internal_call("member type");
    }
}

int wf_member_set(wf_object_t *obj, wf_member_def_t *def, wf_object_t *value) {
    char *addr = (char *)obj + def->offset;
    if (def->flags & WF_READONLY) {
        wf_err_set_string(&wf_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (value == NULL && def->type != WF_MEMBER_OBJECT && def->type != WF_MEMBER_OBJECT_EX) {
        wf_err_set_string(&wf_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (def->type) {
        case WF_MEMBER_OBJECT:
        case WF_MEMBER_OBJECT_EX: {
            wf_object_t **slot = (wf_object_t **)addr;
            if (value == NULL && *slot == NULL && def->type == WF_MEMBER_OBJECT_EX) {
                wf_err_set_string(&wf_exc_AttributeError, def->name);
                return -1;
            }
            WF_SETREF(*slot, wf_xnewref(value));
            return 0;
        }
        case WF_MEMBER_INT:
        case WF_MEMBER_SSIZE: {
            if (!(WF_TYPE(value)->flags & WF_TPFLAGS_INT_SUBCLASS)) {
                wf_err_set_string(&wf_exc_TypeError, "attribute value type must be int");
                return -1;
            }
            wf_ssize_t v = wf_int_as_ssize(value);
            if (v == -1 && wf_err_occurred() != NULL) {
                return -1;
            }
            if (def->type == WF_MEMBER_INT) {
                if (v < INT32_MIN || v > INT32_MAX) {
                    wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C int");
                    return -1;
                }
                *(int *)addr = (int)v;
            } else {
                *(wf_ssize_t *)addr = v;
            }
            return 0;
        }
        case WF_MEMBER_DOUBLE: {
            double d = wf_float_as_double(value);
            if (d == -1.0 && wf_err_occurred() != NULL) {
                return -1;
            }
            *(double *)addr = d;
            return 0;
        }
        case WF_MEMBER_BOOL:
            if (value != WF_TRUE && value != WF_FALSE) {
                wf_err_set_string(&wf_exc_TypeError, "attribute value type must be bool");
                return -1;
            }
            *(char *)addr = value == WF_TRUE;
            return 0;
        default:
            wf_err_set_string(&wf_exc_AttributeError, "readonly attribute");
            return -1;
    }
}

static wf_object_t *member_get(wf_object_t *descr, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL) {
        return wf_newref(descr);
    }
    if (wf_descr_check(descr, obj) < 0) {
        return NULL;
    }
    return wf_member_get(obj, MB(descr)->def);
}

static int member_set(wf_object_t *descr, wf_object_t *obj, wf_object_t *value) {
    if (wf_descr_check(descr, obj) < 0) {
        return -1;
    }
    return wf_member_set(obj, MB(descr)->def, value);
}

static wf_object_t *member_repr(wf_object_t *o) {
    return wf_descr_repr(o, "member");
}

static wf_object_t *member_get_doc(wf_object_t *o, void *closure) {
    return doc_or_none(MB(o)->def->doc);
}

static wf_getset_def_t member_descr_getsets[] = {
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {0},
};

wf_type_t wf_member_descr_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(member_descr_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_descr_getsets,
};

// ---------------------------------------------------------------------------------------
// Argument checking helpers.

int wf_check_nargs(const char *fname, wf_ssize_t nargs, wf_ssize_t min, wf_ssize_t max) {
    wf_ssize_t bound;
    const char *how;
    if (nargs < min) {
        bound = min;
        how = min == max ? "" : "at least ";
    } else if (nargs > max) {
        bound = max;
        how = min == max ? "" : "at most ";
    } else {
        return 0;
    }
    // A NULL name gives the bare message slot wrappers use; "" keeps CPython's leading
    // space ("%s expected ...").
    return wf_err_format_int(&wf_exc_TypeError, "%s%sexpected %s%zd argument%s, got %zd",
                             fname != NULL ? fname : "", fname != NULL ? " " : "", how, bound,
                             bound == 1 ? "" : "s", nargs);
}

int wf_check_no_kwargs(const char *fname, wf_object_t *kwnames) {
    if (kwnames == NULL || WF_TUPLE_SIZE(kwnames) == 0) {
        return 0;
    }
    return wf_err_format_int(&wf_exc_TypeError, "%s() takes no keyword arguments", fname);
}

static int find_name(const char *const *names, int from, int n, wf_object_t *key) {
    for (int i = from; i < n; i++) {
        if (wf_str_eq_cstr(key, names[i])) {
            return i;
        }
    }
    return -1;
}

int wf_err_unexpected_keyword(const char *fname, wf_object_t *key,
                              const char *const *candidates) {
    if (!WF_STR_CHECK(key)) {
        return wf_err_format_int(&wf_exc_TypeError, "keywords must be strings");
    }
    wf_object_t *cands = wf_list_new(0);
    for (int i = 0; cands != NULL && candidates[i] != NULL; i++) {
        wf_object_t *n = wf_str_from_cstr(candidates[i]);
        if (n == NULL || wf_list_append_steal(cands, n) < 0) {
            WF_CLEAR(cands);
        }
    }
    if (cands == NULL) {
        return -1;
    }
    wf_object_t *hint = wf_suggest_name(cands, key);
    WF_DECREF(cands);
    if (hint != NULL) {
        wf_err_format(&wf_exc_TypeError,
                      "%s() got an unexpected keyword argument '%U'. Did you mean '%U'?", fname,
                      key, hint);
        WF_DECREF(hint);
        return -1;
    }
    return wf_err_format_int(&wf_exc_TypeError, "%s() got an unexpected keyword argument '%U'",
                             fname, key);
}

// The first keyword in kwnames[from..] that names no keyword-capable parameter: "f() got
// an unexpected keyword argument 'x'", with a "Did you mean" hint as CPython 3.13 gives.
static int parse_unexpected(const char *fname, const char *const *names, int npos_only, int nmax,
                            wf_object_t *kwnames) {
    for (wf_ssize_t k = 0; k < WF_TUPLE_SIZE(kwnames); k++) {
        wf_object_t *key = WF_TUPLE_GET(kwnames, k);
        if (!WF_STR_CHECK(key)) {
            return wf_err_format_int(&wf_exc_TypeError, "keywords must be strings");
        }
        if (find_name(names, npos_only, nmax, key) >= 0) {
            continue;
        }
        // names[npos_only..] are the keyword-capable parameters (NULL-terminated).
        return wf_err_unexpected_keyword(fname, key, names + npos_only);
    }
    return wf_err_format_int(&wf_exc_SystemError, "%s(): unexpected keyword arguments", fname);
}

static wf_object_t *find_keyword(wf_object_t *const *kwvalues, wf_object_t *kwnames,
                                 const char *name) {
    for (wf_ssize_t k = 0; k < WF_TUPLE_SIZE(kwnames); k++) {
        wf_object_t *key = WF_TUPLE_GET(kwnames, k);
        if (WF_STR_CHECK(key) && wf_str_eq_cstr(key, name)) {
            return kwvalues[k];
        }
    }
    return NULL;
}

// The checks run in CPython's order, which decides the message when several apply:
// too many arguments, too few positional-only ones, each missing required parameter,
// a parameter given twice, and last an unknown keyword.
int wf_parse_args(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                  wf_object_t *kwnames, const char *const *names, int npos_only, int nrequired,
                  wf_object_t **out) {
    int nmax = 0;
    while (names[nmax] != NULL) {
        nmax++;
    }
    wf_ssize_t nkw = kwnames == NULL ? 0 : WF_TUPLE_SIZE(kwnames);
    if (nkw > 0 && npos_only >= nmax) {
        return wf_err_format_int(&wf_exc_TypeError, "%s() takes no keyword arguments", fname);
    }
    if (nargs + nkw > nmax) {
        const char *kwword = nargs == 0 ? "keyword " : "";
        return wf_err_format_int(&wf_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)",
                                 fname, nmax, kwword, nmax == 1 ? "" : "s", nargs + nkw);
    }
    int min_posonly = nrequired < npos_only ? nrequired : npos_only;
    if (nargs < min_posonly) {
        return wf_err_format_int(&wf_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                                 fname, min_posonly < nmax ? "at least" : "exactly", min_posonly,
                                 min_posonly == 1 ? "" : "s", nargs);
    }
    for (int i = 0; i < nmax; i++) {
        out[i] = i < nargs ? args[i] : NULL;
    }
    wf_ssize_t left = nkw;
    for (int i = nargs > npos_only ? (int)nargs : npos_only; i < nmax; i++) {
        out[i] = left > 0 ? find_keyword(args + nargs, kwnames, names[i]) : NULL;
        if (out[i] != NULL) {
            left--;
        } else if (i < nrequired) {
            return wf_err_format_int(&wf_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                                     fname, names[i], i + 1);
        }
    }
    if (left == 0) {
        return 0;
    }
    for (int i = npos_only; i < nargs; i++) {
        if (find_keyword(args + nargs, kwnames, names[i]) != NULL) {
            return wf_err_format_int(&wf_exc_TypeError,
                                     "argument for %s() given by name ('%s') and position (%d)",
                                     fname, names[i], i + 1);
        }
    }
    return parse_unexpected(fname, names, npos_only, nmax, kwnames);
}
