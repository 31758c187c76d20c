// property, classmethod and staticmethod: the descriptor wrappers written in Python as
// decorators.
//
// property keeps its getter/setter/deleter and a name (from __set_name__ or the getter)
// for CPython 3.13's messages ("property 'x' of 'C' object has no setter").
// classmethod and staticmethod copy __module__, __name__, __qualname__ and __doc__ of the
// wrapped callable into their own __dict__ and expose it as __func__ / __wrapped__. As in
// 3.13, classmethod binds the callable to the class without chaining into the callable's
// own __get__.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/func.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

// Arguments of an __init__ given as (tuple, dict), parsed like a vectorcall.
static int parse_tuple_kw(const char *fname, wf_object_t *args, wf_object_t *kwargs,
                          const char *const *names, int npos_only, int nrequired, wf_object_t **out) {
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    if (nkw == 0) {
        return wf_parse_args(fname, nargs ? WF_TUPLE_ITEMS(args) : NULL, nargs, NULL, names,
                             npos_only, nrequired, out);
    }
    wf_object_t **stack = wf_mem_alloc((size_t)(nargs + nkw) * sizeof(wf_object_t *));
    wf_object_t *kwnames = wf_tuple_new(nkw);
    if (stack == NULL || kwnames == NULL) {
        wf_mem_free(stack);
        WF_XDECREF(kwnames);
        if (stack == NULL) {
            wf_err_nomemory();
        }
        return -1;
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        stack[i] = WF_TUPLE_GET(args, i);
    }
    wf_ssize_t pos = 0, i = 0;
    wf_object_t *k, *v;
    while (i < nkw && wf_dict_next(kwargs, &pos, &k, &v)) {
        WF_TUPLE_SET_STEAL(kwnames, i, wf_newref(k));
        stack[nargs + i++] = v;
    }
    int r = wf_parse_args(fname, stack, nargs, kwnames, names, npos_only, nrequired, out);
    wf_mem_free(stack);
    WF_DECREF(kwnames);
    return r;
}

// ---------------------------------------------------------------------------------------
// property

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *fget, *fset, *fdel;
    wf_object_t *doc;
    wf_object_t *name;   // from __set_name__ or copied by getter()/setter()/deleter()
    int getter_doc;      // doc came from fget.__doc__
} property_t;

#define PR(o) ((property_t *)(o))

static wf_object_t *none_to_null(wf_object_t *o) {
    return o == WF_NONE ? NULL : o;
}

static int property_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    wf_object_t *a[4];
    if (parse_tuple_kw("property", args, kwargs, names, 0, 0, a) < 0) {
        return -1;
    }
    property_t *p = PR(self);
    WF_SETREF(p->fget, wf_xnewref(none_to_null(a[0])));
    WF_SETREF(p->fset, wf_xnewref(none_to_null(a[1])));
    WF_SETREF(p->fdel, wf_xnewref(none_to_null(a[2])));
    WF_SETREF(p->doc, wf_xnewref(none_to_null(a[3])));
    p->getter_doc = 0;
    // Without an explicit doc, use the getter's.
    if (p->doc == NULL && p->fget != NULL) {
        wf_object_t *d = NULL;
        if (wf_getattr_opt(p->fget, WF_ID(__doc__), &d) < 0) {
            return -1;
        }
        if (d != NULL && d != WF_NONE) {
            p->doc = d;
            p->getter_doc = 1;
        } else {
            WF_XDECREF(d);
        }
    }
    // A subclass instance keeps __doc__ in its own dict: the class's __doc__ would
    // otherwise shadow it.
    if (WF_TYPE(self) != &wf_property_type && p->doc != NULL) {
        wf_object_t **dp = wf_object_dict_ptr(self);
        if (dp != NULL) {
            if (*dp == NULL && (*dp = wf_dict_new()) == NULL) {
                return -1;
            }
            if (wf_dict_setitem(*dp, WF_ID(__doc__), p->doc) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// The property's name for messages: its own, else fget.__name__. New ref or NULL (no
// exception) when unknown.
static wf_object_t *property_name(property_t *p) {
    if (p->name != NULL) {
        return wf_newref(p->name);
    }
    wf_object_t *n = NULL;
    if (p->fget != NULL && wf_getattr_opt(p->fget, WF_ID(__name__), &n) < 0) {
        wf_err_clear();
    }
    return n;
}

static wf_object_t *property_missing(property_t *p, wf_object_t *obj, const char *what) {
    wf_object_t *name = property_name(p);
    wf_object_t *qual = wf_type_qualname(WF_TYPE(obj));
    if (qual != NULL) {
        if (name != NULL) {
            wf_err_format(&wf_exc_AttributeError, "property %R of %R object has no %s", name, qual,
                          what);
        } else {
            wf_err_format(&wf_exc_AttributeError, "property of %R object has no %s", qual, what);
        }
    }
    WF_XDECREF(name);
    WF_XDECREF(qual);
    return NULL;
}

static wf_object_t *property_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL || obj == WF_NONE) {
        return wf_newref(self);
    }
    property_t *p = PR(self);
    if (p->fget == NULL) {
        return property_missing(p, obj, "getter");
    }
    return wf_call_one(p->fget, obj);
}

static int property_set(wf_object_t *self, wf_object_t *obj, wf_object_t *value) {
    property_t *p = PR(self);
    wf_object_t *f = value == NULL ? p->fdel : p->fset;
    if (f == NULL) {
        property_missing(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    wf_object_t *r = value == NULL ? wf_call_one(f, obj) : wf_call_two(f, obj, value);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

// getter()/setter()/deleter(): a copy of the property with one function replaced.
static wf_object_t *property_copy(wf_object_t *old, wf_object_t *get, wf_object_t *set,
                                  wf_object_t *del) {
    property_t *p = PR(old);
    // None keeps the current function, as CPython does.
    get = get == WF_NONE ? NULL : get;
    set = set == WF_NONE ? NULL : set;
    del = del == WF_NONE ? NULL : del;
    wf_object_t *g = get != NULL ? get : (p->fget != NULL ? p->fget : WF_NONE);
    wf_object_t *s = set != NULL ? set : (p->fset != NULL ? p->fset : WF_NONE);
    wf_object_t *d = del != NULL ? del : (p->fdel != NULL ? p->fdel : WF_NONE);
    wf_object_t *doc = p->getter_doc && g != WF_NONE ? WF_NONE : (p->doc != NULL ? p->doc : WF_NONE);
    wf_object_t *args[4] = {g, s, d, doc};
    wf_object_t *n = wf_vectorcall(WF_OBJ(WF_TYPE(old)), args, 4, NULL);
    if (n != NULL && wf_type_check(n, &wf_property_type)) {
        WF_SETREF(PR(n)->name, wf_xnewref(p->name));
    }
    return n;
}

static wf_object_t *property_getter(wf_object_t *self, wf_object_t *f) {
    return property_copy(self, f, NULL, NULL);
}

static wf_object_t *property_setter(wf_object_t *self, wf_object_t *f) {
    return property_copy(self, NULL, f, NULL);
}

static wf_object_t *property_deleter(wf_object_t *self, wf_object_t *f) {
    return property_copy(self, NULL, NULL, f);
}

static wf_object_t *property_set_name(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("__set_name__", nargs, 2, 2) < 0) {
        return NULL;
    }
    WF_SETREF(PR(self)->name, wf_newref(args[1]));
    WF_RETURN_NONE;
}

static int is_abstract(wf_object_t *f) {
    if (f == NULL) {
        return 0;
    }
    wf_object_t *v = NULL;
    if (wf_getattr_opt(f, wf_str_intern_cstr("__isabstractmethod__"), &v) < 0) {
        return -1;
    }
    if (v == NULL) {
        return 0;
    }
    int r = wf_truthy(v);
    WF_DECREF(v);
    return r;
}

static wf_object_t *property_get_isabstract(wf_object_t *self, void *closure) {
    wf_object_t *fs[3] = {PR(self)->fget, PR(self)->fset, PR(self)->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(fs[i]);
        if (r != 0) {
            return r < 0 ? NULL : wf_newref(WF_TRUE);
        }
    }
    WF_RETURN_FALSE;
}

static wf_object_t *property_get_name_attr(wf_object_t *self, void *closure) {
    wf_object_t *n = property_name(PR(self));
    if (n == NULL) {
        return wf_err_format(&wf_exc_AttributeError, "'%.100s' object has no attribute '__name__'",
                             WF_TYPE(self)->name);
    }
    return n;
}

static int property_set_name_attr(wf_object_t *self, wf_object_t *value, void *closure) {
    WF_SETREF(PR(self)->name, wf_xnewref(value));
    return 0;
}

static wf_object_t *property_get_doc(wf_object_t *self, void *closure) {
    return wf_newref(PR(self)->doc != NULL ? PR(self)->doc : WF_NONE);
}

static int property_set_doc(wf_object_t *self, wf_object_t *value, void *closure) {
    WF_SETREF(PR(self)->doc, wf_xnewref(value));
    return 0;
}

static void property_dealloc(wf_object_t *self) {
    wf_gc_untrack(self);
    property_t *p = PR(self);
    WF_CLEAR(p->fget);
    WF_CLEAR(p->fset);
    WF_CLEAR(p->fdel);
    WF_CLEAR(p->doc);
    WF_CLEAR(p->name);
    wf_object_free(self);
}

static int property_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    property_t *p = PR(self);
    wf_object_t *refs[5] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (int i = 0; i < 5; i++) {
        if (refs[i] != NULL) {
            int r = visit(refs[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static wf_method_def_t property_methods[] = {
    {"getter", {.o = property_getter}, WF_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", {.o = property_setter}, WF_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", {.o = property_deleter}, WF_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", {.fast = property_set_name}, WF_METH_FASTCALL, "Method to set name of a property."},
    {0},
};

static wf_member_def_t property_members[] = {
    {"fget", WF_MEMBER_OBJECT, offsetof(property_t, fget), WF_READONLY, NULL},
    {"fset", WF_MEMBER_OBJECT, offsetof(property_t, fset), WF_READONLY, NULL},
    {"fdel", WF_MEMBER_OBJECT, offsetof(property_t, fdel), WF_READONLY, NULL},
    {0},
};

static wf_getset_def_t property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {"__name__", property_get_name_attr, property_set_name_attr, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL, NULL},
    {0},
};

wf_type_t wf_property_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "property",
    .basicsize = sizeof(property_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute "
           "value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    "
           "function to be used for del'ing an attribute\n  doc\n    docstring",
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .new = wf_type_generic_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .members = property_members,
    .getsets = property_getsets,
};

// ---------------------------------------------------------------------------------------
// classmethod and staticmethod (same layout).

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *callable;
    wf_object_t *dict;
} wrapper_t;

#define WR(o) ((wrapper_t *)(o))

// Copy the wrapped callable's identifying attributes into our __dict__, as
// functools.wraps does. Missing attributes are skipped.
static int copy_wrapped_attrs(wf_object_t *self, wf_object_t *wrapped) {
    static const char *const attrs[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
        wf_object_t *name = wf_str_intern_cstr(attrs[i]);
        wf_object_t *v = NULL;
        if (name == NULL || wf_getattr_opt(wrapped, name, &v) < 0) {
            return -1;
        }
        if (v == NULL) {
            continue;
        }
        if (WR(self)->dict == NULL && (WR(self)->dict = wf_dict_new()) == NULL) {
            WF_DECREF(v);
            return -1;
        }
        int r = wf_dict_setitem(WR(self)->dict, name, v);
        WF_DECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static int wrapper_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs, const char *name) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_format_int(&wf_exc_TypeError, "%s() takes no keyword arguments", name);
    }
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (wf_check_nargs(name, nargs, 1, 1) < 0) {
        return -1;
    }
    WF_SETREF(WR(self)->callable, wf_newref(WF_TUPLE_GET(args, 0)));
    return copy_wrapped_attrs(self, WR(self)->callable);
}

static wf_object_t *wrapper_make(wf_type_t *type, wf_object_t *callable) {
    wf_object_t *o = wf_type_alloc(type, 0);
    if (o == NULL) {
        return NULL;
    }
    WR(o)->callable = wf_newref(callable);
    if (copy_wrapped_attrs(o, callable) < 0) {
        WF_DECREF(o);
        return NULL;
    }
    return o;
}

static void wrapper_dealloc(wf_object_t *self) {
    wf_gc_untrack(self);
    WF_CLEAR(WR(self)->callable);
    WF_CLEAR(WR(self)->dict);
    wf_object_free(self);
}

static int wrapper_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    int r = WR(self)->callable != NULL ? visit(WR(self)->callable, arg) : 0;
    return r == 0 && WR(self)->dict != NULL ? visit(WR(self)->dict, arg) : r;
}

static wf_object_t *wrapper_get_isabstract(wf_object_t *self, void *closure) {
    int r = is_abstract(WR(self)->callable);
    return r < 0 ? NULL : wf_newref(wf_bool_from(r));
}

static wf_object_t *wrapper_get_dict(wf_object_t *self, void *closure) {
    return wf_object_get_dict(self);
}

static int wrapper_set_dict(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL || !WF_DICT_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError, "__dict__ must be set to a dictionary");
    }
    WF_SETREF(WR(self)->dict, wf_newref(value));
    return 0;
}

static wf_member_def_t wrapper_members[] = {
    {"__func__", WF_MEMBER_OBJECT, offsetof(wrapper_t, callable), WF_READONLY, NULL},
    {"__wrapped__", WF_MEMBER_OBJECT, offsetof(wrapper_t, callable), WF_READONLY, NULL},
    {0},
};

static wf_getset_def_t wrapper_getsets[] = {
    {"__isabstractmethod__", wrapper_get_isabstract, NULL, NULL, NULL},
    {"__dict__", wrapper_get_dict, wrapper_set_dict, NULL, NULL},
    {0},
};

static wf_object_t *wrapper_repr(wf_object_t *self, const char *kind) {
    return wf_str_from_format("<%s(%R)>", kind, WR(self)->callable != NULL ? WR(self)->callable : WF_NONE);
}

// classmethod

static int classmethod_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    return wrapper_init(self, args, kwargs, "classmethod");
}

static wf_object_t *classmethod_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type) {
    if (type == NULL) {
        type = WF_OBJ(WF_TYPE(obj));
    }
    if (WR(self)->callable == NULL) {
        return wf_err_set_string(&wf_exc_RuntimeError, "uninitialized classmethod object");
    }
    return wf_method_new(WR(self)->callable, type);
}

static wf_object_t *classmethod_repr(wf_object_t *self) {
    return wrapper_repr(self, "classmethod");
}

wf_object_t *wf_classmethod_new(wf_object_t *callable) {
    return wrapper_make(&wf_classmethod_type, callable);
}

wf_type_t wf_classmethod_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "classmethod",
    .basicsize = sizeof(wrapper_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Convert a function to be a class method.",
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .new = wf_type_generic_new,
    .init = classmethod_init,
    .repr = classmethod_repr,
    .descr_get = classmethod_get,
    .members = wrapper_members,
    .getsets = wrapper_getsets,
    .dictoffset = offsetof(wrapper_t, dict),
};

// staticmethod

static int staticmethod_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    return wrapper_init(self, args, kwargs, "staticmethod");
}

static wf_object_t *staticmethod_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type) {
    if (WR(self)->callable == NULL) {
        return wf_err_set_string(&wf_exc_RuntimeError, "uninitialized staticmethod object");
    }
    return wf_newref(WR(self)->callable);
}

static wf_object_t *staticmethod_vectorcall(wf_object_t *self, wf_object_t *const *args,
                                            wf_ssize_t nargs, wf_object_t *kwnames) {
    return wf_vectorcall(WR(self)->callable, args, nargs, kwnames);
}

static wf_object_t *staticmethod_call(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    return wf_call(WR(self)->callable, args, kwargs);
}

static wf_object_t *staticmethod_repr(wf_object_t *self) {
    return wrapper_repr(self, "staticmethod");
}

wf_object_t *wf_staticmethod_new(wf_object_t *callable) {
    return wrapper_make(&wf_staticmethod_type, callable);
}

wf_type_t wf_staticmethod_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "staticmethod",
    .basicsize = sizeof(wrapper_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Convert a function to be a static method.",
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .new = wf_type_generic_new,
    .init = staticmethod_init,
    .vectorcall = staticmethod_vectorcall,
    .call = staticmethod_call,
    .repr = staticmethod_repr,
    .descr_get = staticmethod_get,
    .members = wrapper_members,
    .getsets = wrapper_getsets,
    .dictoffset = offsetof(wrapper_t, dict),
};
