// Python functions, bound methods and cells.
#ifndef WF_OBJECTS_FUNC_H
#define WF_OBJECTS_FUNC_H

#include "objects/type.h"

typedef struct {
    WF_OBJECT_HEAD
    wf_vectorcallfunc vectorcall;
    wf_object_t *code;         // code object
    wf_object_t *globals;      // dict
    wf_object_t *builtins;     // dict
    wf_object_t *name;         // str
    wf_object_t *qualname;     // str
    wf_object_t *defaults;     // tuple or NULL
    wf_object_t *kwdefaults;   // dict or NULL
    wf_object_t *closure;      // tuple of cells or NULL
    wf_object_t *doc;          // or NULL (None)
    wf_object_t *dict;         // __dict__ or NULL
    wf_object_t *module;       // __module__ or NULL
    wf_object_t *annotations;  // dict or NULL
    wf_object_t *type_params;  // tuple or NULL
    wf_object_t *weakreflist;
    uint32_t version;          // for call-site caches; 0 = none
} wf_func_t;

typedef struct {
    WF_OBJECT_HEAD
    wf_vectorcallfunc vectorcall;
    wf_object_t *func;   // the callable
    wf_object_t *self;   // the instance
    wf_object_t *weakreflist;
} wf_method_t;

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *ref;    // NULL = empty
} wf_cell_t;

extern wf_type_t wf_func_type, wf_method_type, wf_cell_type;
#define WF_FUNC_CHECK(o) (WF_TYPE(o) == &wf_func_type)
#define WF_METHOD_CHECK(o) (WF_TYPE(o) == &wf_method_type)
#define WF_CELL_GET(c) (((wf_cell_t *)(c))->ref)  // borrowed, may be NULL

wf_object_t *wf_func_new(wf_object_t *code, wf_object_t *globals, wf_object_t *qualname);
wf_object_t *wf_method_new(wf_object_t *func, wf_object_t *self);
wf_object_t *wf_cell_new(wf_object_t *value);  // value may be NULL
void wf_cell_set(wf_object_t *cell, wf_object_t *value);  // increfs value (NULL empties)

#endif
