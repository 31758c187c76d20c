// The builtins module: the builtin functions (runtime/builtins.c), the builtin types and
// exception classes under their Python names, and the constants.
//
// The module is created once; later calls of the init function return the same object,
// so the interpreter's builtins dict and sys.modules["builtins"] are one namespace.
#include "objects/module.h"

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

// super is implemented with the type machinery; its type object has no public header yet.
extern wf_type_t wf_super_type;

static const struct {
    const char *name;
    wf_type_t *type;
} builtin_types[] = {
    {"bool", &wf_bool_type},
    {"bytearray", &wf_bytearray_type},
    {"bytes", &wf_bytes_type},
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
#define WF_EXC(c, py, parent, st)                                  \
    if (wf_module_add_object(m, py, WF_OBJ(&wf_exc_##c)) < 0) {    \
        return -1;                                                 \
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
        wf_module_add_object(m, "__debug__", WF_TRUE) < 0) {
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
    static wf_object_t *module;  // the one builtins module (a reference kept forever)
    if (module != NULL) {
        return wf_newref(module);
    }
    wf_object_t *m = wf_module_new("builtins");
    if (m == NULL) {
        return NULL;
    }
    if (wf_module_add_functions(m, wf_builtins_methods) < 0 || add_types(m) < 0 ||
        add_constants(m) < 0) {
        WF_DECREF(m);
        return NULL;
    }
    module = wf_newref(m);
    return m;
}
