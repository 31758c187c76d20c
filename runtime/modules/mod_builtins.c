// The builtins module: the builtin functions (runtime/builtins.c), the builtin types and
// exception classes under their Python names, and the constants.
//
// The module is created once; later calls of the init function return the same object,
// so the interpreter's builtins dict and sys.modules["builtins"] are one namespace.
#include "objects/module.h"

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/ids.h"
#include "runtime/modules/mod_sys.h"

// exit() and quit(), which the site module adds in CPython: objects whose repr tells how
// to leave the interactive interpreter and whose call raises SystemExit(code).
typedef struct {
    WF_OBJECT_HEAD
    const char *name;
} quitter_t;

static wf_object_t *quitter_repr(wf_object_t *self) {
    return wf_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((quitter_t *)self)->name);
}

static wf_object_t *quitter_call(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    static const char *const names[] = {"code", NULL};
    wf_object_t *code[1];
    if (wf_parse_args(((quitter_t *)self)->name, args, nargs, kwnames, names, 0, 0, code) < 0) {
        return NULL;
    }
    // As CPython: close sys.stdin first, ignoring any failure.
    wf_object_t *in = wf_sys_get_object("stdin");
    if (in != NULL && in != WF_NONE) {
        wf_object_t *r = wf_call_method(in, WF_ID(close), NULL, 0);
        if (r == NULL) {
            wf_err_clear();
        }
        WF_XDECREF(r);
    }
    // SystemExit(code) even for None: exit() gives args (None,).
    wf_object_t *exc_args = wf_tuple_pack(1, code[0] != NULL ? code[0] : WF_NONE);
    if (exc_args == NULL) {
        return NULL;
    }
    wf_err_set(&wf_exc_SystemExit, exc_args);
    WF_DECREF(exc_args);
    return NULL;
}

static wf_type_t quitter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(quitter_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .repr = quitter_repr,
    .vectorcall = quitter_call,
    .call = wf_call_via_vectorcall,
};

static quitter_t exit_object = {.ob_base = WF_STATIC_HEAD(&quitter_type), .name = "exit"};
static quitter_t quit_object = {.ob_base = WF_STATIC_HEAD(&quitter_type), .name = "quit"};

static int add_quitters(wf_object_t *m) {
    if (wf_type_ready(&quitter_type) < 0) {
        return -1;
    }
    if (wf_module_add_object(m, "exit", WF_OBJ(&exit_object)) < 0 ||
        wf_module_add_object(m, "quit", WF_OBJ(&quit_object)) < 0) {
        return -1;
    }
    return 0;
}

static const struct {
    const char *name;
    wf_type_t *type;
} builtin_types[] = {
    {"bool", &wf_bool_type},
    {"bytearray", &wf_bytearray_type},
    {"bytes", &wf_bytes_type},
    {"memoryview", &wf_memoryview_type},
    {"classmethod", &wf_classmethod_type},
    {"complex", &wf_complex_type},
    {"dict", &wf_dict_type},
    {"enumerate", &wf_enumerate_type},
    {"filter", &wf_filter_type},
    {"float", &wf_float_type},
    {"frozenset", &wf_frozenset_type},
    {"int", &wf_int_type},
    {"list", &wf_list_type},
    {"map", &wf_map_type},
    {"object", &wf_object_type},
    {"property", &wf_property_type},
    {"range", &wf_range_type},
    {"reversed", &wf_reversed_type},
    {"set", &wf_set_type},
    {"slice", &wf_slice_type},
    {"staticmethod", &wf_staticmethod_type},
    {"str", &wf_str_type},
    {"super", &wf_super_type},
    {"tuple", &wf_tuple_type},
    {"type", &wf_type_type},
    {"zip", &wf_zip_type},
};

static int add_types(wf_object_t *m) {
    for (size_t i = 0; i < sizeof(builtin_types) / sizeof(builtin_types[0]); i++) {
        if (wf_module_add_object(m, builtin_types[i].name, WF_OBJ(builtin_types[i].type)) < 0) {
            return -1;
        }
    }
#define WF_EXC(c, py, parent, st)                                                                  \
    if (wf_module_add_object(m, py, WF_OBJ(&wf_exc_##c)) < 0) {                                    \
        return -1;                                                                                 \
    }
#include "objects/exceptions.def"
#undef WF_EXC
    // Old names kept as aliases of OSError.
    if (wf_module_add_object(m, "EnvironmentError", WF_OBJ(&wf_exc_OSError)) < 0 ||
        wf_module_add_object(m, "IOError", WF_OBJ(&wf_exc_OSError)) < 0) {
        return -1;
    }
    return 0;
}

static int add_constants(wf_object_t *m) {
    if (wf_module_add_object(m, "None", WF_NONE) < 0 ||
        wf_module_add_object(m, "Ellipsis", WF_ELLIPSIS) < 0 ||
        wf_module_add_object(m, "NotImplemented", WF_NOTIMPLEMENTED) < 0 ||
        wf_module_add_object(m, "False", WF_FALSE) < 0 ||
        wf_module_add_object(m, "True", WF_TRUE) < 0 ||
        wf_module_add_object(m, "__debug__", wf_config.optimize ? WF_FALSE : WF_TRUE) < 0) {
        return -1;
    }
    return wf_module_add_str(m, "__doc__",
                             "Built-in functions, types, exceptions, and other objects.\n\n"
                             "This module provides direct access to all 'built-in'\n"
                             "identifiers of Python; for example, builtins.len is\n"
                             "the full name for the built-in function len().\n\n"
                             "This module is not normally accessed explicitly by most\n"
                             "applications, but can be useful in modules that provide\n"
                             "objects with the same name as a built-in value, but in\n"
                             "which the built-in of that name is also needed.");
}

wf_object_t *wf_mod_builtins_init(void) {
    static wf_object_t *module; // the one builtins module (a reference kept forever)
    if (module != NULL) {
        return wf_newref(module);
    }
    wf_object_t *m = wf_module_new("builtins");
    if (m == NULL) {
        return NULL;
    }
    if (wf_module_add_functions(m, wf_builtins_methods) < 0 || add_types(m) < 0 ||
        add_constants(m) < 0 || add_quitters(m) < 0) {
        WF_DECREF(m);
        return NULL;
    }
    module = wf_newref(m);
    return m;
}
