// The _collections module: deque and its iterators (objects/deque.c) and defaultdict.
//
// defaultdict is a dict subclass written in C: a dict with one more field,
// default_factory. dict's subscript calls __missing__ on every dict subclass whose key
// is absent; defaultdict's __missing__ calls the factory and stores its result through
// the generic setitem, so a subclass's __setitem__ sees it. Everything else (storage,
// locking, iteration) is dict's own.
#include "objects/abstract.h"
#include "objects/deque.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stddef.h>

typedef struct {
    wf_dict_t dict;
    wf_object_t *default_factory;  // NULL or None: a missing key raises KeyError
} defdict_t;

extern wf_type_t wf_defaultdict_type;

#define DD(o) ((defdict_t *)(o))

// The factory as a new reference, None when unset.
static wf_object_t *factory_of(wf_object_t *self) {
    wf_object_t *f = DD(self)->default_factory;
    return wf_newref(f != NULL ? f : WF_NONE);
}

static wf_object_t *defdict_missing(wf_object_t *self, wf_object_t *key) {
    wf_object_t *factory = factory_of(self);
    if (factory == WF_NONE) {
        wf_dict_set_key_error(key);
        return NULL;
    }
    wf_object_t *value = wf_call_noargs(factory);
    WF_DECREF(factory);
    if (value != NULL && wf_setitem(self, key, value) < 0) {
        WF_CLEAR(value);
    }
    return value;
}

// type(self)(factory, arg): copies go through the class, as CPython does, so subclasses
// with other constructors override copy() and the | operators.
static wf_object_t *new_like(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *factory = factory_of(self);
    wf_object_t *r = wf_call_two(WF_OBJ(WF_TYPE(self)), factory, arg);
    WF_DECREF(factory);
    return r;
}

static wf_object_t *defdict_copy(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    return new_like(self, self);
}

// (type, (factory,) or (), None, None, iter(self.items())).
static wf_object_t *defdict_reduce(wf_object_t *self, wf_object_t *unused) {
    (void)unused;
    wf_object_t *factory = factory_of(self);
    wf_object_t *args = factory == WF_NONE ? wf_tuple_new(0) : wf_tuple_pack(1, factory);
    WF_DECREF(factory);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *items = wf_call_method_cstr(self, "items", NULL, 0);
    wf_object_t *it = items != NULL ? wf_iter(items) : NULL;
    wf_object_t *r = NULL;
    if (it != NULL) {
        r = wf_tuple_pack(5, WF_OBJ(WF_TYPE(self)), args, WF_NONE, WF_NONE, it);
    }
    WF_XDECREF(it);
    WF_XDECREF(items);
    WF_DECREF(args);
    return r;
}

static wf_object_t *defdict_or(wf_object_t *left, wf_object_t *right) {
    int left_is_dd = wf_type_check(left, &wf_defaultdict_type);
    wf_object_t *self = left_is_dd ? left : right, *other = left_is_dd ? right : left;
    if (!WF_DICT_CHECK(other)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *r = new_like(self, left);
    if (r != NULL && wf_dict_update(r, right) < 0) {
        WF_CLEAR(r);
    }
    return r;
}

// "defaultdict(<factory repr>, <dict repr>)". The recursion mark is put on the factory,
// which may itself show the defaultdict; a nested hit prints "...".
static wf_object_t *defdict_repr(wf_object_t *self) {
    wf_object_t *base = wf_dict_type.repr(self);
    if (base == NULL) {
        return NULL;
    }
    wf_object_t *defrepr, *factory = DD(self)->default_factory;
    if (factory == NULL) {
        defrepr = wf_str_from_cstr("None");
    } else {
        WF_INCREF(factory);
        int st = wf_list_repr_enter(factory);
        defrepr = st < 0 ? NULL : st > 0 ? wf_str_from_cstr("...") : wf_repr(factory);
        if (st >= 0) {
            // Also after a hit, as CPython does: the outer level then finds no mark.
            wf_list_repr_leave(factory);
        }
        WF_DECREF(factory);
    }
    wf_object_t *r = NULL;
    if (defrepr != NULL) {
        r = wf_str_from_format("%s(%U, %U)", wf_type_short_name(WF_TYPE(self)), defrepr, base);
        WF_DECREF(defrepr);
    }
    WF_DECREF(base);
    return r;
}

// defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to dict.__init__.
static int defdict_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    wf_object_t *factory = NULL, *rest;
    if (n > 0) {
        factory = WF_TUPLE_GET(args, 0);
        if (factory != WF_NONE && !wf_callable(factory)) {
            return wf_err_format_int(&wf_exc_TypeError, "first argument must be callable or None");
        }
        rest = wf_tuple_slice(args, 1, n);
    } else {
        rest = wf_tuple_new(0);
    }
    if (rest == NULL) {
        return -1;
    }
    WF_SETREF(DD(self)->default_factory, wf_xnewref(factory));
    int r = wf_dict_type.init(self, rest, kwargs);
    WF_DECREF(rest);
    return r;
}

static void defdict_dealloc(wf_object_t *o) {
    // dict's dealloc untracks and frees; the factory is dropped once the dict is gone.
    wf_object_t *factory = DD(o)->default_factory;
    DD(o)->default_factory = NULL;
    wf_dict_type.dealloc(o);
    WF_XDECREF(factory);
}

static int defdict_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_object_t *factory = DD(o)->default_factory;
    if (factory != NULL) {
        int r = visit(factory, arg);
        if (r != 0) {
            return r;
        }
    }
    return wf_dict_type.traverse(o, visit, arg);
}

static int defdict_gc_clear(wf_object_t *o) {
    WF_CLEAR(DD(o)->default_factory);
    return wf_dict_type.clear(o);
}

static wf_method_def_t defdict_methods[] = {
    {"__missing__", {.o = defdict_missing}, WF_METH_O,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n"
     "  return value\n"},
    {"copy", {.noargs = defdict_copy}, WF_METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__copy__", {.noargs = defdict_copy}, WF_METH_NOARGS, "D.copy() -> a shallow copy of D."},
    {"__reduce__", {.noargs = defdict_reduce}, WF_METH_NOARGS,
     "Return state information for pickling."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS,
     "See PEP 585"},
    {0},
};

static wf_member_def_t defdict_members[] = {
    {"default_factory", WF_MEMBER_OBJECT, offsetof(defdict_t, default_factory), 0,
     "Factory for default value called by __missing__()."},
    {0},
};

wf_type_t wf_defaultdict_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "collections.defaultdict",
    .basicsize = sizeof(defdict_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
    .dealloc = defdict_dealloc,
    .traverse = defdict_traverse,
    .clear = defdict_gc_clear,
    .init = defdict_init,
    .repr = defdict_repr,
    .binop = {[WF_BINOP_OR] = defdict_or},
    .methods = defdict_methods,
    .members = defdict_members,
    .base = &wf_dict_type,
};

// ---- _tuplegetter: the field descriptors of namedtuple classes ----

typedef struct {
    WF_OBJECT_HEAD
    wf_ssize_t index;
    wf_object_t *doc;
} tuplegetter_t;

extern wf_type_t wf_tuplegetter_type;

static wf_object_t *tuplegetter_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "_tuplegetter() takes no keyword arguments");
    }
    if (args == NULL || WF_TUPLE_SIZE(args) != 2) {
        return wf_err_format(&wf_exc_TypeError, "_tuplegetter expected 2 arguments, got %zd",
                             args != NULL ? WF_TUPLE_SIZE(args) : 0);
    }
    wf_ssize_t index = wf_as_ssize(WF_TUPLE_GET(args, 0), &wf_exc_OverflowError);
    if (index == -1 && wf_err_occurred()) {
        return NULL;
    }
    tuplegetter_t *g = (tuplegetter_t *)wf_type_alloc(type, 0);
    if (g == NULL) {
        return NULL;
    }
    g->index = index;
    g->doc = wf_newref(WF_TUPLE_GET(args, 1));
    return WF_OBJ(g);
}

static wf_object_t *tuplegetter_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL || obj == WF_NONE) {
        return wf_newref(self);
    }
    wf_ssize_t i = ((tuplegetter_t *)self)->index;
    if (!WF_TUPLE_CHECK(obj)) {
        return wf_err_format(&wf_exc_TypeError,
                             "descriptor for index '%zd' for tuple subclasses doesn't apply to "
                             "'%T' object",
                             i, obj);
    }
    if (i < 0 || i >= WF_TUPLE_SIZE(obj)) {
        return wf_err_set_string(&wf_exc_IndexError, "tuple index out of range");
    }
    return wf_newref(WF_TUPLE_GET(obj, i));
}

static int tuplegetter_set(wf_object_t *self, wf_object_t *obj, wf_object_t *value) {
    wf_err_set_string(&wf_exc_AttributeError,
                      value == NULL ? "can't delete attribute" : "can't set attribute");
    return -1;
}

static wf_object_t *tuplegetter_reduce(wf_object_t *self, wf_object_t *unused) {
    tuplegetter_t *g = (tuplegetter_t *)self;
    wf_object_t *index = wf_int_from_ssize(g->index);
    if (index == NULL) {
        return NULL;
    }
    wf_object_t *args = wf_tuple_pack(2, index, g->doc);
    WF_DECREF(index);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(2, WF_OBJ(WF_TYPE(self)), args);
    WF_DECREF(args);
    return r;
}

static void tuplegetter_dealloc(wf_object_t *self) {
    WF_XDECREF(((tuplegetter_t *)self)->doc);
    wf_object_free(self);
}

static wf_object_t *tuplegetter_repr(wf_object_t *self) {
    tuplegetter_t *g = (tuplegetter_t *)self;
    return wf_str_from_format("%s(%zd, %R)", "_tuplegetter", g->index,
                              g->doc != NULL ? g->doc : WF_NONE);
}

static wf_method_def_t tuplegetter_methods[] = {
    {"__reduce__", {.noargs = tuplegetter_reduce}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_member_def_t tuplegetter_members[] = {
    {"__doc__", WF_MEMBER_OBJECT, offsetof(tuplegetter_t, doc), 0, NULL},
    {NULL},
};

wf_type_t wf_tuplegetter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(tuplegetter_t),
    .dealloc = tuplegetter_dealloc,
    .repr = tuplegetter_repr,
    .new = tuplegetter_new,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .methods = tuplegetter_methods,
    .members = tuplegetter_members,
};

// _set_collection_flag(cls, flags): give a class the "sequence" (1 << 5) or "mapping"
// (1 << 6) mark that match statements test, as CPython's ABCs do for __abc_tpflags__ and
// register(). Returns whether the class changed: builtin and immutable types, and classes
// that already carry either mark, stay as they are.
static wf_object_t *coll_set_collection_flag(wf_object_t *self, wf_object_t *const *args,
                                             wf_ssize_t nargs) {
    if (wf_check_nargs("_set_collection_flag", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!WF_TYPE_CHECK(args[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "_set_collection_flag() expects a class");
    }
    wf_type_t *t = (wf_type_t *)args[0];
    wf_ssize_t flags = wf_as_ssize(args[1], &wf_exc_OverflowError);
    if (flags == -1 && wf_err_occurred()) {
        return NULL;
    }
    uint32_t mark = (flags & (1 << 5)) ? WF_TPFLAGS_SEQUENCE
                    : (flags & (1 << 6)) ? WF_TPFLAGS_MAPPING : 0;
    if (mark == 0 || !(t->flags & WF_TPFLAGS_HEAPTYPE) || (t->flags & WF_TPFLAGS_IMMUTABLETYPE) ||
        (t->flags & (WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_MAPPING))) {
        return wf_bool_from(0);
    }
    t->flags |= mark;
    return wf_bool_from(1);
}

static wf_method_def_t collections_functions[] = {
    {"_set_collection_flag", {.fast = coll_set_collection_flag}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_object_t *wf_mod_collections_init(void) {
    wf_object_t *m = wf_module_new("_collections");
    if (m == NULL || wf_module_add_functions(m, collections_functions) < 0 ||
        wf_module_add_type(m, &wf_deque_type) < 0 ||
        wf_module_add_type(m, &wf_tuplegetter_type) < 0 ||
        wf_module_add_type(m, &wf_defaultdict_type) < 0 ||
        wf_module_add_type(m, &wf_deque_iter_type) < 0 ||
        wf_module_add_type(m, &wf_deque_reviter_type) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
