// Module objects and the table of builtin modules.
#ifndef WF_OBJECTS_MODULE_H
#define WF_OBJECTS_MODULE_H

#include "objects/type.h"

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *dict;   // the module namespace
    wf_object_t *name;   // str
    void *state;         // for C modules
    wf_object_t *weakreflist;
} wf_module_t;

extern wf_type_t wf_module_type;
#define WF_MODULE_CHECK(o) (WF_TYPE(o) == &wf_module_type || wf_type_is_subtype(WF_TYPE(o), &wf_module_type))
#define WF_MODULE_DICT(m) (((wf_module_t *)(m))->dict)  // borrowed

wf_object_t *wf_module_new(const char *name);  // sets __name__, __doc__ None, __package__, __spec__, __loader__
// Add every function of a NULL-terminated method table as a builtin function.
int wf_module_add_functions(wf_object_t *module, wf_method_def_t *defs);
int wf_module_add_object(wf_object_t *module, const char *name, wf_object_t *value);  // increfs
int wf_module_add_int(wf_object_t *module, const char *name, int64_t value);
int wf_module_add_str(wf_object_t *module, const char *name, const char *value);
int wf_module_add_type(wf_object_t *module, wf_type_t *type);  // under its short name

// Builtin (C) modules are listed in runtime/modules/modules.def as
// WF_MODULE("math", wf_mod_math_init); each init returns a new module or NULL.
#define WF_MODULE(pyname, initfn) wf_object_t *initfn(void);
#include "runtime/modules/modules.def"
#undef WF_MODULE

#endif
