// The _weakref module: the reference and proxy types and the counting functions, under
// the names weakref.py builds on.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/weakref.h"
#include "runtime/errors.h"

static wf_object_t *weakref_getweakrefcount(wf_object_t *self, wf_object_t *obj) {
    return wf_int_from_ssize(wf_weakref_count(obj));
}

static wf_object_t *weakref_getweakrefs(wf_object_t *self, wf_object_t *obj) {
    return wf_weakref_list(obj);
}

static wf_object_t *weakref_proxy(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("proxy", nargs, 1, 2) < 0) {
        return NULL;
    }
    return wf_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

// _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weak reference.
static wf_object_t *weakref_remove_dead(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs) {
    if (wf_check_nargs("_remove_dead_weakref", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!wf_type_is_subtype(WF_TYPE(args[0]), &wf_dict_type)) {
        return wf_err_format(&wf_exc_TypeError,
                             "_remove_dead_weakref() argument 1 must be dict, not %T", args[0]);
    }
    wf_object_t *value = NULL;
    int found = wf_dict_get_ref(args[0], args[1], &value);
    if (found < 0) {
        return NULL;
    }
    int dead = found > 0 && WF_WEAKREF_CHECK(value) && ((wf_weakref_t *)value)->referent == NULL;
    WF_XDECREF(value);
    if (dead && wf_dict_delitem(args[0], args[1]) < 0) {
        if (!wf_err_matches(&wf_exc_KeyError)) {
            return NULL;
        }
        wf_err_clear();
    }
    WF_RETURN_NONE;
}

static wf_method_def_t weakref_functions[] = {
    {"getweakrefcount", {.o = weakref_getweakrefcount}, WF_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", {.o = weakref_getweakrefs}, WF_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", {.fast = weakref_proxy}, WF_METH_FASTCALL,
     "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", {.fast = weakref_remove_dead}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_object_t *wf_mod_weakref_init(void) {
    wf_object_t *m = wf_module_new("_weakref");
    if (m == NULL || wf_module_add_functions(m, weakref_functions) < 0 ||
        wf_module_add_object(m, "ref", WF_OBJ(&wf_weakref_type)) < 0 ||
        wf_module_add_object(m, "ReferenceType", WF_OBJ(&wf_weakref_type)) < 0 ||
        wf_module_add_object(m, "ProxyType", WF_OBJ(&wf_weakproxy_type)) < 0 ||
        wf_module_add_object(m, "CallableProxyType", WF_OBJ(&wf_weakcallableproxy_type)) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
