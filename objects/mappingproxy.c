// mappingproxy: the read-only view of a mapping that type.__dict__ returns
// (types.MappingProxyType). Every read goes to the wrapped mapping; there is no way to
// write through it, which is what keeps type dicts under type_setattro's control.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *mapping;
} mappingproxy_t;

#define MP(o) (((mappingproxy_t *)(o))->mapping)

static int is_mapping(wf_object_t *o) {
    return WF_TYPE(o)->getitem != NULL && !WF_LIST_CHECK(o) && !WF_TUPLE_CHECK(o);
}

wf_object_t *wf_mappingproxy_new(wf_object_t *mapping) {
    if (!is_mapping(mapping)) {
        return wf_err_format(&wf_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             WF_TYPE(mapping)->name);
    }
    mappingproxy_t *p = (mappingproxy_t *)wf_type_alloc(&wf_mappingproxy_type, 0);
    if (p == NULL) {
        return NULL;
    }
    p->mapping = wf_newref(mapping);
    return WF_OBJ(p);
}

static wf_object_t *mp_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"mapping", NULL};
    wf_object_t *a[1];
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    if (nkw > 0) {
        // One possible keyword: mapping=...
        wf_object_t *v = NULL;
        if (nargs == 0 && nkw == 1 && wf_dict_get_ref_cstr(kwargs, "mapping", &v) > 0) {
            wf_object_t *r = wf_mappingproxy_new(v);
            WF_DECREF(v);
            return r;
        }
        WF_XDECREF(v);
        return wf_err_set_string(&wf_exc_TypeError, "mappingproxy() got an unexpected keyword argument");
    }
    if (wf_parse_args("mappingproxy", nargs ? WF_TUPLE_ITEMS(args) : NULL, nargs, NULL, names, 0, 1, a) < 0) {
        return NULL;
    }
    return wf_mappingproxy_new(a[0]);
}

static void mp_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_CLEAR(MP(o));
    wf_object_free(o);
}

static int mp_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return visit(MP(o), arg);
}

static wf_object_t *mp_getitem(wf_object_t *o, wf_object_t *key) {
    return wf_getitem(MP(o), key);
}

static wf_ssize_t mp_len(wf_object_t *o) {
    return wf_len(MP(o));
}

static int mp_contains(wf_object_t *o, wf_object_t *key) {
    if (WF_DICT_CHECK_EXACT(MP(o))) {
        return wf_dict_contains(MP(o), key);
    }
    return wf_contains(MP(o), key);
}

static wf_object_t *mp_iter(wf_object_t *o) {
    return wf_iter(MP(o));
}

static wf_object_t *mp_repr(wf_object_t *o) {
    return wf_str_from_format("mappingproxy(%R)", MP(o));
}

static wf_object_t *mp_str(wf_object_t *o) {
    return wf_str(MP(o));
}

static wf_object_t *mp_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    return wf_richcompare(MP(a), b, op);
}

static wf_hash_t mp_hash(wf_object_t *o) {
    return wf_hash(MP(o));
}

// mp | other and other | mp: the union of plain copies.
static wf_object_t *mp_or(wf_object_t *a, wf_object_t *b) {
    if (WF_TYPE(a) == &wf_mappingproxy_type) {
        a = MP(a);
    }
    if (WF_TYPE(b) == &wf_mappingproxy_type) {
        b = MP(b);
    }
    return wf_binary_op(a, b, WF_BINOP_OR);
}

static wf_object_t *mp_ior(wf_object_t *a, wf_object_t *b) {
    return wf_err_format(&wf_exc_TypeError, "'|=' is not supported by %s; use '|' instead",
                         WF_TYPE(a)->name);
}

static wf_object_t *mp_get(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *a[2] = {args[0], nargs == 2 ? args[1] : WF_NONE};
    return wf_call_method_cstr(MP(o), "get", a, 2);
}

#define FORWARD(fn, name)                                           \
    static wf_object_t *fn(wf_object_t *o, wf_object_t *unused) {   \
        return wf_call_method_cstr(MP(o), name, NULL, 0);           \
    }
FORWARD(mp_keys, "keys")
FORWARD(mp_values, "values")
FORWARD(mp_items, "items")
FORWARD(mp_copy, "copy")
FORWARD(mp_reversed, "__reversed__")
#undef FORWARD

static wf_method_def_t mp_methods[] = {
    {"get", {.fast = mp_get}, WF_METH_FASTCALL,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", {.noargs = mp_keys}, WF_METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", {.noargs = mp_values}, WF_METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", {.noargs = mp_items}, WF_METH_NOARGS, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", {.noargs = mp_copy}, WF_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", {.noargs = mp_reversed}, WF_METH_NOARGS, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {0},
};

wf_type_t wf_mappingproxy_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_MAPPING | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = mp_dealloc,
    .traverse = mp_traverse,
    .new = mp_new,
    .repr = mp_repr,
    .str = mp_str,
    .hash = mp_hash,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .binop = {[WF_BINOP_OR] = mp_or},
    .inplace = {[WF_BINOP_OR] = mp_ior},
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .methods = mp_methods,
};
