// Module objects: a namespace dict plus the helpers C modules use to fill it.
//
// Attribute lookup is the generic one on the module's dict; a miss falls back on a
// module-level __getattr__ (PEP 562) before raising "module 'x' has no attribute 'y'".
#include "objects/module.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

#define MOD(o) ((wf_module_t *)(o))

// The standard attributes of a fresh module. 0 / -1.
static int module_init_dict(wf_object_t *dict, wf_object_t *name, wf_object_t *doc) {
    if (wf_dict_setitem(dict, WF_ID(__name__), name) < 0 ||
        wf_dict_setitem(dict, WF_ID(__doc__), doc) < 0 ||
        wf_dict_setitem(dict, WF_ID(__package__), WF_NONE) < 0 ||
        wf_dict_setitem(dict, WF_ID(__loader__), WF_NONE) < 0 ||
        wf_dict_setitem(dict, WF_ID(__spec__), WF_NONE) < 0) {
        return -1;
    }
    return 0;
}

static wf_object_t *module_alloc(wf_type_t *type) {
    wf_module_t *m = (wf_module_t *)wf_type_alloc(type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->dict = wf_dict_new();
    if (m->dict == NULL) {
        WF_DECREF(m);
        return NULL;
    }
    return WF_OBJ(m);
}

wf_object_t *wf_module_new(const char *name) {
    wf_object_t *n = wf_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *m = module_alloc(&wf_module_type);
    if (m == NULL || module_init_dict(MOD(m)->dict, n, WF_NONE) < 0) {
        WF_XDECREF(m);
        WF_DECREF(n);
        return NULL;
    }
    MOD(m)->name = n;
    return m;
}

static wf_object_t *module_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    return module_alloc(type);
}

static int module_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"name", "doc", NULL};
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_object_t *a[2] = {NULL, NULL};
    wf_object_t *kwnames = NULL, *stack[2];
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    if (nargs + nkw > 2) {
        return wf_err_format_int(&wf_exc_TypeError, "module() takes at most 2 arguments (%zd given)",
                                 nargs + nkw);
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        stack[i] = WF_TUPLE_GET(args, i);
    }
    if (nkw > 0) {
        kwnames = wf_tuple_new(nkw);
        if (kwnames == NULL) {
            return -1;
        }
        wf_ssize_t pos = 0, i = 0;
        wf_object_t *k, *v;
        while (i < nkw && wf_dict_next(kwargs, &pos, &k, &v)) {
            WF_TUPLE_SET_STEAL(kwnames, i, wf_newref(k));
            stack[nargs + i++] = v;
        }
    }
    int r = wf_parse_args("module", stack, nargs, kwnames, names, 0, 1, a);
    WF_XDECREF(kwnames);
    if (r < 0) {
        return -1;
    }
    if (!WF_STR_CHECK(a[0])) {
        return wf_err_format_int(&wf_exc_TypeError, "module() argument 'name' must be str, not %s",
                                 WF_TYPE(a[0])->name);
    }
    if (MOD(self)->dict == NULL && (MOD(self)->dict = wf_dict_new()) == NULL) {
        return -1;
    }
    if (module_init_dict(MOD(self)->dict, a[0], a[1] != NULL ? a[1] : WF_NONE) < 0) {
        return -1;
    }
    WF_SETREF(MOD(self)->name, wf_newref(a[0]));
    return 0;
}

static void module_dealloc(wf_object_t *self) {
    wf_gc_untrack(self);
    WF_CLEAR(MOD(self)->dict);
    WF_CLEAR(MOD(self)->name);
    wf_object_free(self);
}

static int module_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    return MOD(self)->dict != NULL ? visit(MOD(self)->dict, arg) : 0;
}

// The module's __name__ from its dict if it is a str (borrowed), else NULL.
static wf_object_t *module_name(wf_object_t *self) {
    wf_object_t *d = MOD(self)->dict, *n = NULL;
    if (d == NULL || wf_dict_get_ref(d, WF_ID(__name__), &n) <= 0) {
        wf_err_clear();
        return NULL;
    }
    WF_DECREF(n);  // the dict keeps it
    return WF_STR_CHECK(n) ? n : NULL;
}

static wf_object_t *module_getattro(wf_object_t *self, wf_object_t *name) {
    wf_object_t *r = wf_object_generic_getattr(self, name);
    if (r != NULL || !wf_err_matches(&wf_exc_AttributeError)) {
        return r;
    }
    wf_object_t *d = MOD(self)->dict, *getattr = NULL;
    if (d != NULL && wf_dict_get_ref(d, wf_str_intern_cstr("__getattr__"), &getattr) > 0) {
        wf_err_clear();
        r = wf_call_one(getattr, name);
        WF_DECREF(getattr);
        return r;
    }
    wf_err_clear();
    wf_object_t *mname = module_name(self);
    if (mname != NULL) {
        wf_err_format(&wf_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    } else {
        wf_err_format(&wf_exc_AttributeError, "module has no attribute '%U'", name);
    }
    wf_object_attr_error_context(self, name);
    return NULL;
}

static int is_builtin_module_name(wf_object_t *name) {
#define WF_MODULE(pyname, initfn) \
    if (wf_str_eq_cstr(name, pyname)) { \
        return 1;                       \
    }
#include "runtime/modules/modules.def"
#undef WF_MODULE
    return 0;
}

// The repr from a module's __spec__, as importlib's: NULL with no error if there is none.
static wf_object_t *repr_from_spec(wf_object_t *d) {
    wf_object_t *spec = NULL, *name = NULL, *origin = NULL, *loader = NULL, *locs = NULL;
    wf_object_t *r = NULL;
    if (d == NULL || wf_dict_get_ref(d, WF_ID(__spec__), &spec) <= 0 || spec == WF_NONE) {
        WF_XDECREF(spec);
        return NULL;
    }
    if (wf_getattr_opt(spec, wf_str_intern_cstr("name"), &name) < 0 ||
        wf_getattr_opt(spec, wf_str_intern_cstr("origin"), &origin) < 0 ||
        wf_getattr_opt(spec, wf_str_intern_cstr("loader"), &loader) < 0) {
        goto done;
    }
    if (name == NULL || name == WF_NONE) {
        WF_XDECREF(name);
        name = wf_str_intern_cstr("?");
        wf_incref(name);
    }
    if (origin == NULL || origin == WF_NONE) {
        if (loader == NULL || loader == WF_NONE) {
            r = wf_str_from_format("<module %R>", name);
        } else if (strcmp(WF_TYPE(loader)->name, "NamespaceLoader") == 0 &&
                   wf_getattr_opt(spec, wf_str_intern_cstr("submodule_search_locations"),
                                  &locs) >= 0 && locs != NULL && locs != WF_NONE) {
            r = wf_str_from_format("<module %R (namespace) from %R>", name, locs);
        } else if (!wf_err_occurred()) {
            r = wf_str_from_format("<module %R (%R)>", name, loader);
        }
    } else {
        wf_object_t *has = NULL;
        if (wf_getattr_opt(spec, wf_str_intern_cstr("has_location"), &has) >= 0) {
            int located = has != NULL ? wf_truthy(has) : 0;
            if (located >= 0) {
                r = located ? wf_str_from_format("<module %R from %R>", name, origin)
                            : wf_str_from_format("<module %R (%S)>", name, origin);
            }
        }
        WF_XDECREF(has);
    }
done:
    WF_XDECREF(spec);
    WF_XDECREF(name);
    WF_XDECREF(origin);
    WF_XDECREF(loader);
    WF_XDECREF(locs);
    return r;
}

static wf_object_t *module_repr(wf_object_t *self) {
    wf_object_t *from_spec = repr_from_spec(MOD(self)->dict);
    if (from_spec != NULL || wf_err_occurred()) {
        return from_spec;
    }
    wf_object_t *name = module_name(self);
    wf_object_t *d = MOD(self)->dict;
    wf_object_t *file = NULL, *loader = NULL, *r;
    if (d != NULL && wf_dict_get_ref(d, WF_ID(__file__), &file) < 0) {
        return NULL;
    }
    if (name == NULL) {
        name = wf_str_intern_cstr("?");
    }
    wf_object_t *path = NULL;
    if (file == WF_NONE && d != NULL && wf_dict_get_ref(d, WF_ID(__path__), &path) < 0) {
        WF_DECREF(file);
        return NULL;
    }
    if (file != NULL && WF_STR_CHECK(file)) {
        r = wf_str_from_format("<module %R from %R>", name, file);
    } else if (path != NULL) {
        r = wf_str_from_format("<module %R (namespace) from %R>", name, path);
    } else if (d != NULL && wf_dict_get_ref(d, WF_ID(__loader__), &loader) > 0 && loader != WF_NONE) {
        r = wf_str_from_format("<module %R (%R)>", name, loader);
    } else if (is_builtin_module_name(name)) {
        r = wf_str_from_format("<module %R (built-in)>", name);
    } else {
        r = wf_str_from_format("<module %R>", name);
    }
    WF_XDECREF(file);
    WF_XDECREF(path);
    WF_XDECREF(loader);
    return r;
}

static wf_object_t *module_dir(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *d = MOD(self)->dict, *f = NULL;
    if (d == NULL) {
        return wf_err_set_string(&wf_exc_TypeError, "<module>.__dict__ is not a dictionary");
    }
    if (wf_dict_get_ref(d, WF_ID(__dir__), &f) < 0) {
        return NULL;
    }
    if (f != NULL) {
        wf_object_t *r = wf_call_noargs(f);
        WF_DECREF(f);
        return r;
    }
    return wf_dict_keys_list(d);
}

static wf_object_t *module_get_annotations(wf_object_t *self, void *closure) {
    wf_object_t *d = MOD(self)->dict, *a = NULL;
    int r = wf_dict_get_ref(d, WF_ID(__annotations__), &a);
    if (r != 0) {
        return r < 0 ? NULL : a;
    }
    a = wf_dict_new();
    if (a == NULL || wf_dict_setitem(d, WF_ID(__annotations__), a) < 0) {
        WF_XDECREF(a);
        return NULL;
    }
    return a;
}

static int module_set_annotations(wf_object_t *self, wf_object_t *value, void *closure) {
    wf_object_t *d = MOD(self)->dict;
    if (value != NULL) {
        return wf_dict_setitem(d, WF_ID(__annotations__), value);
    }
    if (wf_dict_delitem(d, WF_ID(__annotations__)) < 0) {
        if (wf_err_matches(&wf_exc_KeyError)) {
            wf_err_clear();
            wf_err_set(&wf_exc_AttributeError, WF_ID(__annotations__));
        }
        return -1;
    }
    return 0;
}

static wf_method_def_t module_methods[] = {
    {"__dir__", {.noargs = module_dir}, WF_METH_NOARGS, "__dir__() -> list\nspecialized dir() implementation"},
    {0},
};

static wf_member_def_t module_members[] = {
    {"__dict__", WF_MEMBER_OBJECT, offsetof(wf_module_t, dict), WF_READONLY, NULL},
    {0},
};

static wf_getset_def_t module_getsets[] = {
    {"__annotations__", module_get_annotations, module_set_annotations, NULL, NULL},
    {0},
};

wf_type_t wf_module_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "module",
    .basicsize = sizeof(wf_module_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can "
           "have any type.",
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .new = module_new,
    .init = module_init,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = wf_object_generic_setattr,
    .methods = module_methods,
    .members = module_members,
    .getsets = module_getsets,
    .dictoffset = offsetof(wf_module_t, dict),
    .weaklistoffset = offsetof(wf_module_t, weakreflist),
};

// ---------------------------------------------------------------------------------------
// Helpers for C modules.

int wf_module_add_functions(wf_object_t *module, wf_method_def_t *defs) {
    wf_object_t *modname = MOD(module)->name;
    for (wf_method_def_t *d = defs; d->name != NULL; d++) {
        wf_object_t *f = wf_cfunc_new(d, module, modname);
        if (f == NULL) {
            return -1;
        }
        int r = wf_dict_setitem_cstr(MOD(module)->dict, d->name, f);
        WF_DECREF(f);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

int wf_module_add_object(wf_object_t *module, const char *name, wf_object_t *value) {
    if (value == NULL) {
        return -1;  // a failed constructor: its exception is already set
    }
    return wf_dict_setitem_cstr(MOD(module)->dict, name, value);
}

int wf_module_add_int(wf_object_t *module, const char *name, int64_t value) {
    wf_object_t *v = wf_int_from_i64(value);
    int r = wf_module_add_object(module, name, v);
    WF_XDECREF(v);
    return r;
}

int wf_module_add_str(wf_object_t *module, const char *name, const char *value) {
    wf_object_t *v = wf_str_from_cstr(value);
    int r = wf_module_add_object(module, name, v);
    WF_XDECREF(v);
    return r;
}

int wf_module_add_type(wf_object_t *module, wf_type_t *type) {
    if (type->dict == NULL && wf_type_ready(type) < 0) {
        return -1;
    }
    return wf_module_add_object(module, wf_type_short_name(type), WF_OBJ(type));
}
