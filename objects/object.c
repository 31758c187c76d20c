// The root of the object model: the `object` type, the generic attribute protocol, object
// deallocation, and the None / NotImplemented / Ellipsis singletons.
//
// Generic attribute lookup (the hottest path of the interpreter after calls) follows
// CPython's order: a data descriptor on the type wins, then the instance __dict__, then
// a non-data descriptor or plain class attribute. The type lookup is served by the
// per-type version tag + global method cache in type.c, so a hit costs one hash probe.
// wf_get_method() is the call-site variant that returns functions and method descriptors
// unbound, so `obj.meth(...)` creates no bound method.
//
// __del__ (the `finalize` slot) runs at most once per object: an object whose finalizer
// resurrected it is remembered in a side table until it finally dies. Only resurrected
// objects (and the one being finalized) are ever in the table.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/mem.h"

#include <stddef.h>

// ---------------------------------------------------------------------------------------
// Deallocation and finalizers.

// Objects whose finalizer already ran (or is running). Mutated only by the thread that
// drops an object's last reference; the free-threaded runtime will put it under a lock.
static struct {
    wf_object_t **items;
    wf_ssize_t n, cap;
} finalized;

static int finalized_add(wf_object_t *o) {
    if (finalized.n == finalized.cap) {
        wf_ssize_t cap = finalized.cap ? finalized.cap * 2 : 16;
        wf_object_t **p = wf_mem_realloc(finalized.items, (size_t)cap * sizeof(*p));
        if (p == NULL) {
            return -1;
        }
        finalized.items = p;
        finalized.cap = cap;
    }
    finalized.items[finalized.n++] = o;
    return 0;
}

// Remove `o` if present; 1 if it was there.
static int finalized_take(wf_object_t *o) {
    for (wf_ssize_t i = finalized.n - 1; i >= 0; i--) {
        if (finalized.items[i] == o) {
            finalized.items[i] = finalized.items[--finalized.n];
            return 1;
        }
    }
    return 0;
}

void wf_object_dealloc(wf_object_t *o) {
    wf_type_t *t = WF_TYPE(o);
    if (WF_UNLIKELY(t->finalize != NULL) && !finalized_take(o)) {
        // Run the finalizer with a temporary reference. Dropping it re-enters here: the
        // object is then found in the table and really freed, unless __del__ stored a new
        // reference somewhere, in which case it stays marked until it dies again.
        if (finalized_add(o) == 0) {
            WF_INCREF(o);
            t->finalize(o);
            WF_DECREF(o);
            return;
        }
    }
    if (t->weaklistoffset > 0 && *(wf_object_t **)((char *)o + t->weaklistoffset) != NULL) {
        wf_weakref_clear_all(o);
    }
    t->dealloc(o);
}

static void object_dealloc(wf_object_t *o) {
    wf_object_free(o);
}

wf_hash_t wf_hash_not_implemented(wf_object_t *o) {
    wf_err_format(&wf_exc_TypeError, "unhashable type: '%.200s'", WF_TYPE(o)->name);
    return -1;
}

// ---------------------------------------------------------------------------------------
// Attribute errors.

void wf_object_attr_error_context(wf_object_t *obj, wf_object_t *name) {
    wf_object_t *exc = wf_err_occurred();
    if (exc == NULL || !wf_type_is_subtype(WF_TYPE(exc), &wf_exc_AttributeError)) {
        return;
    }
    wf_exc_attribute_t *e = (wf_exc_attribute_t *)exc;
    if (e->name != NULL || e->obj != NULL) {
        return;
    }
    e->name = wf_newref(name);
    e->obj = wf_newref(obj);
}

wf_object_t *wf_object_no_attribute(wf_object_t *obj, wf_object_t *name) {
    if (WF_TYPE_CHECK(obj)) {
        wf_err_format(&wf_exc_AttributeError, "type object '%.100s' has no attribute '%U'",
                      ((wf_type_t *)obj)->name, name);
    } else {
        wf_err_format(&wf_exc_AttributeError, "'%.100s' object has no attribute '%U'",
                      WF_TYPE(obj)->name, name);
    }
    wf_object_attr_error_context(obj, name);
    return NULL;
}

static wf_object_t *name_not_str(wf_object_t *name) {
    return wf_err_format(&wf_exc_TypeError, "attribute name must be string, not '%.200s'",
                         WF_TYPE(name)->name);
}

// ---------------------------------------------------------------------------------------
// Instance dictionaries.

wf_object_t **wf_object_dict_ptr(wf_object_t *o) {
    wf_type_t *t = WF_TYPE(o);
    wf_ssize_t off = t->dictoffset;
    if (off == 0) {
        return NULL;
    }
    if (off < 0) {
        // Variable-size instances keep the dict pointer after their items.
        wf_ssize_t n = WF_SIZE(o);
        if (n < 0) {
            n = -n;
        }
        wf_ssize_t size = (t->basicsize + n * t->itemsize + 7) & ~(wf_ssize_t)7;
        off += size;
    }
    return (wf_object_t **)((char *)o + off);
}

wf_object_t *wf_object_get_dict(wf_object_t *o) {
    wf_object_t **dp = wf_object_dict_ptr(o);
    if (dp == NULL) {
        return wf_err_set_string(&wf_exc_AttributeError, "This object has no __dict__");
    }
    if (*dp == NULL) {
        *dp = wf_dict_new();
        if (*dp == NULL) {
            return NULL;
        }
    }
    return wf_newref(*dp);
}

// Look `name` up in the instance dict: 1 found (*r new ref), 0 missing, -1 error.
static int instance_dict_get(wf_object_t *o, wf_object_t *name, wf_object_t **r) {
    wf_object_t **dp = wf_object_dict_ptr(o);
    if (dp == NULL || *dp == NULL) {
        return 0;
    }
    wf_object_t *dict = wf_newref(*dp);
    int rc = WF_STR_CHECK_EXACT(name) ? wf_dict_get_ref_str(dict, name, r)
                                      : wf_dict_get_ref(dict, name, r);
    WF_DECREF(dict);
    return rc;
}

// ---------------------------------------------------------------------------------------
// Generic getattr / setattr.

wf_object_t *wf_object_generic_getattr(wf_object_t *o, wf_object_t *name) {
    if (WF_UNLIKELY(!WF_STR_CHECK(name))) {
        return name_not_str(name);
    }
    wf_type_t *tp = WF_TYPE(o);
    wf_object_t *descr = wf_type_lookup(tp, name);
    wf_descrgetfunc f = NULL;
    if (descr != NULL) {
        WF_INCREF(descr);
        f = WF_TYPE(descr)->descr_get;
        if (f != NULL && WF_TYPE(descr)->descr_set != NULL) {
            wf_object_t *r = f(descr, o, WF_OBJ(tp));
            WF_DECREF(descr);
            return r;
        }
    }
    wf_object_t *r = NULL;
    int rc = instance_dict_get(o, name, &r);
    if (rc != 0) {
        WF_XDECREF(descr);
        return rc < 0 ? NULL : r;
    }
    if (f != NULL) {
        r = f(descr, o, WF_OBJ(tp));
        WF_DECREF(descr);
        return r;
    }
    if (descr != NULL) {
        return descr;
    }
    return wf_object_no_attribute(o, name);
}

int wf_object_setattr_with_dict(wf_object_t *o, wf_object_t *name, wf_object_t *value,
                                wf_object_t **dictptr) {
    if (WF_UNLIKELY(!WF_STR_CHECK(name))) {
        name_not_str(name);
        return -1;
    }
    wf_type_t *tp = WF_TYPE(o);
    wf_object_t *descr = wf_type_lookup(tp, name);
    if (descr != NULL) {
        wf_descrsetfunc f = WF_TYPE(descr)->descr_set;
        if (f != NULL) {
            WF_INCREF(descr);
            int r = f(descr, o, value);
            WF_DECREF(descr);
            return r;
        }
    }
    if (dictptr == NULL) {
        if (descr == NULL) {
            wf_err_format(&wf_exc_AttributeError,
                          "'%.100s' object has no attribute '%U' and no __dict__ for setting new "
                          "attributes",
                          tp->name, name);
        } else {
            wf_err_format(&wf_exc_AttributeError, "'%.100s' object attribute '%U' is read-only",
                          tp->name, name);
        }
        wf_object_attr_error_context(o, name);
        return -1;
    }
    if (*dictptr == NULL) {
        if (value == NULL) {
            wf_object_no_attribute(o, name);
            return -1;
        }
        *dictptr = wf_dict_new();
        if (*dictptr == NULL) {
            return -1;
        }
    }
    wf_object_t *dict = wf_newref(*dictptr);
    int r;
    if (value != NULL) {
        r = wf_dict_setitem(dict, name, value);
    } else {
        r = wf_dict_delitem(dict, name);
        if (r < 0 && wf_err_matches(&wf_exc_KeyError)) {
            wf_err_clear();
            wf_object_no_attribute(o, name);
        }
    }
    WF_DECREF(dict);
    return r;
}

int wf_object_generic_setattr(wf_object_t *o, wf_object_t *name, wf_object_t *value) {
    return wf_object_setattr_with_dict(o, name, value, wf_object_dict_ptr(o));
}

int wf_get_method(wf_object_t *o, wf_object_t *name, wf_object_t **method) {
    wf_type_t *tp = WF_TYPE(o);
    if (tp->getattro != wf_object_generic_getattr || !WF_STR_CHECK(name)) {
        *method = wf_getattr(o, name);
        return *method == NULL ? -1 : 0;
    }
    wf_object_t *descr = wf_type_lookup(tp, name);
    wf_descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr != NULL) {
        WF_INCREF(descr);
        if (WF_TYPE(descr)->flags & WF_TPFLAGS_METHOD_DESCRIPTOR) {
            meth_found = 1;
        } else {
            f = WF_TYPE(descr)->descr_get;
            if (f != NULL && WF_TYPE(descr)->descr_set != NULL) {
                *method = f(descr, o, WF_OBJ(tp));
                WF_DECREF(descr);
                return *method == NULL ? -1 : 0;
            }
        }
    }
    wf_object_t *r = NULL;
    int rc = instance_dict_get(o, name, &r);
    if (rc != 0) {
        WF_XDECREF(descr);
        *method = r;
        return rc < 0 ? -1 : 0;
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f != NULL) {
        *method = f(descr, o, WF_OBJ(tp));
        WF_DECREF(descr);
        return *method == NULL ? -1 : 0;
    }
    if (descr != NULL) {
        *method = descr;
        return 0;
    }
    *method = NULL;
    wf_object_no_attribute(o, name);
    return -1;
}

// ---------------------------------------------------------------------------------------
// dir()

// dict.update(cls.__dict__) for cls and all its bases.
static int merge_class_dict(wf_object_t *dict, wf_type_t *cls) {
    if (cls->dict == NULL && wf_type_ready(cls) < 0) {
        return -1;
    }
    if (wf_dict_merge(dict, cls->dict, 1) < 0) {
        return -1;
    }
    if (cls->bases == NULL) {
        return 0;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(cls->bases); i++) {
        if (merge_class_dict(dict, (wf_type_t *)WF_TUPLE_GET(cls->bases, i)) < 0) {
            return -1;
        }
    }
    return 0;
}

// object.__dir__: the instance dict's keys plus every class attribute.
static wf_object_t *object_dir(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *dict = wf_dict_new();
    if (dict == NULL) {
        return NULL;
    }
    wf_object_t **dp = wf_object_dict_ptr(self);
    if (dp != NULL && *dp != NULL && wf_dict_merge(dict, *dp, 1) < 0) {
        goto error;
    }
    if (merge_class_dict(dict, WF_TYPE(self)) < 0) {
        goto error;
    }
    wf_object_t *r = wf_dict_keys_list(dict);
    WF_DECREF(dict);
    return r;
error:
    WF_DECREF(dict);
    return NULL;
}

// type.__dir__ shares the class merge.
wf_object_t *wf_type_dir_list(wf_type_t *t) {
    wf_object_t *dict = wf_dict_new();
    if (dict == NULL) {
        return NULL;
    }
    if (merge_class_dict(dict, t) < 0) {
        WF_DECREF(dict);
        return NULL;
    }
    wf_object_t *r = wf_dict_keys_list(dict);
    WF_DECREF(dict);
    return r;
}

wf_object_t *wf_dir(wf_object_t *o) {
    int missing = 0;
    wf_object_t *r = wf_call_dunder(o, WF_ID(__dir__), NULL, 0, &missing);
    if (r == NULL) {
        if (missing) {
            wf_err_set_string(&wf_exc_TypeError, "object does not provide __dir__");
        }
        return NULL;
    }
    wf_object_t *list = wf_sequence_list(r);
    WF_DECREF(r);
    if (list == NULL) {
        return NULL;
    }
    if (wf_list_sort(list, NULL, 0) < 0) {
        WF_DECREF(list);
        return NULL;
    }
    return list;
}

// ---------------------------------------------------------------------------------------
// The object type.

static int excess_args(wf_object_t *args, wf_object_t *kwargs) {
    return (args != NULL && WF_TUPLE_SIZE(args) > 0) || (kwargs != NULL && wf_dict_size(kwargs) > 0);
}

// "Can't instantiate abstract class X without an implementation for abstract method 'f'"
static wf_object_t *abstract_error(wf_type_t *type) {
    wf_object_t *methods = NULL;
    if (type->dict != NULL) {
        wf_object_t *key = wf_str_intern_cstr("__abstractmethods__");
        if (key == NULL || wf_dict_get_ref(type->dict, key, &methods) < 0) {
            return NULL;
        }
    }
    if (methods == NULL) {
        return wf_err_format(&wf_exc_TypeError, "Can't instantiate abstract class %s", type->name);
    }
    wf_object_t *sorted = wf_sequence_list(methods);
    WF_DECREF(methods);
    if (sorted == NULL || wf_list_sort(sorted, NULL, 0) < 0) {
        WF_XDECREF(sorted);
        return NULL;
    }
    wf_ssize_t n = WF_LIST_SIZE(sorted);
    wf_object_t *sep = wf_str_from_cstr("', '");
    wf_object_t *joined = sep != NULL ? wf_str_join(sep, sorted) : NULL;
    WF_XDECREF(sep);
    WF_DECREF(sorted);
    if (joined == NULL) {
        return NULL;
    }
    wf_err_format(&wf_exc_TypeError,
                  "Can't instantiate abstract class %s without an implementation for abstract "
                  "method%s '%U'",
                  type->name, n > 1 ? "s" : "", joined);
    WF_DECREF(joined);
    return NULL;
}

wf_object_t *wf_object_base_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (excess_args(args, kwargs)) {
        if (type->new != wf_object_base_new) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "object.__new__() takes exactly one argument (the type to "
                                     "instantiate)");
        }
        if (type->init == wf_object_base_init) {
            return wf_err_format(&wf_exc_TypeError, "%.200s() takes no arguments", type->name);
        }
    }
    if (WF_UNLIKELY(type->flags & WF_TPFLAGS_IS_ABSTRACT)) {
        return abstract_error(type);
    }
    wf_object_t *o = wf_type_alloc(type, 0);
    if (o != NULL && (type->flags & WF_TPFLAGS_HEAPTYPE) && (type->flags & WF_TPFLAGS_HAVE_GC)) {
        wf_gc_track(o);
    }
    return o;
}

int wf_object_base_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (excess_args(args, kwargs)) {
        wf_type_t *type = WF_TYPE(self);
        if (type->init != wf_object_base_init) {
            wf_err_set_string(&wf_exc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to "
                              "initialize)");
            return -1;
        }
        if (type->new == wf_object_base_new) {
            wf_err_format(&wf_exc_TypeError,
                          "%.200s.__init__() takes exactly one argument (the instance to "
                          "initialize)",
                          type->name);
            return -1;
        }
    }
    return 0;
}

static wf_object_t *object_repr(wf_object_t *self) {
    wf_type_t *t = WF_TYPE(self);
    wf_object_t *mod = wf_type_module(t);
    if (mod == NULL) {
        return NULL;
    }
    wf_object_t *qual = wf_type_qualname(t);
    if (qual == NULL) {
        WF_DECREF(mod);
        return NULL;
    }
    wf_object_t *r;
    if (WF_STR_CHECK(mod) && !wf_str_eq_cstr(mod, "builtins")) {
        r = wf_str_from_format("<%U.%U object at %p>", mod, qual, (void *)self);
    } else {
        r = wf_str_from_format("<%U object at %p>", qual, (void *)self);
    }
    WF_DECREF(mod);
    WF_DECREF(qual);
    return r;
}

static wf_object_t *object_str(wf_object_t *self) {
    wf_unaryfunc f = WF_TYPE(self)->repr;
    return f != NULL ? f(self) : object_repr(self);
}

// Pointer hash, rotated so that the alignment zeros do not all land in the low bits.
wf_hash_t wf_object_base_hash(wf_object_t *o) {
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    wf_hash_t h = (wf_hash_t)y;
    return h == -1 ? -2 : h;
}

// == is identity; != inverts whatever == of the object's type says.
wf_object_t *wf_object_base_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (op == WF_EQ) {
        return a == b ? WF_TRUE : WF_NOTIMPLEMENTED;
    }
    if (op == WF_NE) {
        wf_richcmpfunc f = WF_TYPE(a)->richcompare;
        if (f == NULL) {
            WF_RETURN_NOTIMPLEMENTED;
        }
        wf_object_t *r = f(a, b, WF_EQ);
        if (r == NULL || r == WF_NOTIMPLEMENTED) {
            return r;
        }
        int t = wf_truthy(r);
        WF_DECREF(r);
        return t < 0 ? NULL : wf_bool_from(!t);
    }
    WF_RETURN_NOTIMPLEMENTED;
}

static wf_object_t *object_get_class(wf_object_t *self, void *closure) {
    return wf_newref(WF_TYPE(self));
}

static int object_set_class(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!WF_TYPE_CHECK(value)) {
        wf_err_format(&wf_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      WF_TYPE(value)->name);
        return -1;
    }
    wf_type_t *newto = (wf_type_t *)value, *oldto = WF_TYPE(self);
    int modules = wf_type_is_subtype(newto, &wf_module_type) && wf_type_is_subtype(oldto, &wf_module_type);
    if (!modules && (!(newto->flags & WF_TPFLAGS_HEAPTYPE) || !(oldto->flags & WF_TPFLAGS_HEAPTYPE) ||
                     (newto->flags & WF_TPFLAGS_IMMUTABLETYPE) ||
                     (oldto->flags & WF_TPFLAGS_IMMUTABLETYPE))) {
        wf_err_set_string(&wf_exc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType "
                          "subclasses");
        return -1;
    }
    if (!wf_type_compatible_layout(oldto, newto, "__class__")) {
        return -1;
    }
    if (newto->flags & WF_TPFLAGS_HEAPTYPE) {
        WF_INCREF(newto);
    }
    WF_SET_TYPE(self, newto);
    if (oldto->flags & WF_TPFLAGS_HEAPTYPE) {
        WF_DECREF(oldto);
    }
    return 0;
}

static wf_object_t *object_format(wf_object_t *self, wf_object_t *spec) {
    if (!WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_TypeError, "__format__() argument must be str, not %.200s",
                             WF_TYPE(spec)->name);
    }
    if (WF_STR_LEN(spec) > 0) {
        return wf_err_format(&wf_exc_TypeError, "unsupported format string passed to %.200s.__format__",
                             WF_TYPE(self)->name);
    }
    return wf_str(self);
}

static wf_object_t *object_sizeof(wf_object_t *self, wf_object_t *unused) {
    wf_type_t *t = WF_TYPE(self);
    wf_ssize_t size = t->basicsize;
    // CPython keeps the __dict__ and __weakref__ pointers of classes outside the object
    // proper; report the same sizes.
    if (t->flags & WF_TPFLAGS_HEAPTYPE) {
        wf_type_t *b = t;
        while (b->base != NULL && (b->flags & WF_TPFLAGS_HEAPTYPE)) {
            b = b->base;
        }
        if (t->dictoffset > 0 && b->dictoffset == 0) {
            size -= (wf_ssize_t)sizeof(wf_object_t *);
        }
        if (t->weaklistoffset != 0 && b->weaklistoffset == 0) {
            size -= (wf_ssize_t)sizeof(wf_object_t *);
        }
    }
    if (t->itemsize != 0) {
        wf_ssize_t n = WF_SIZE(self);
        size += (n < 0 ? -n : n) * t->itemsize;
    }
    return wf_int_from_ssize(size);
}

// object.__reduce__ and __reduce_ex__: the reconstruction protocol of pickle and copy.
// Protocols 0 and 1 go through copyreg._reduce_ex, later ones through
// _objreduce.reduce_newobj (cls.__new__ with __getnewargs(_ex)__ and __getstate__).
static wf_object_t *call_reducer(const char *module, const char *fn, wf_object_t *self,
                                 wf_object_t *protocol) {
    wf_object_t *m = wf_import_module_cstr(module);
    if (m == NULL) {
        return NULL;
    }
    wf_object_t *f = wf_getattr_cstr(m, fn);
    WF_DECREF(m);
    if (f == NULL) {
        return NULL;
    }
    wf_object_t *r = protocol != NULL ? wf_call_two(f, self, protocol) : wf_call_one(f, self);
    WF_DECREF(f);
    return r;
}

static wf_object_t *object_reduce(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *zero = wf_int_from_i64(0);
    wf_object_t *r = zero != NULL ? call_reducer("copyreg", "_reduce_ex", self, zero) : NULL;
    WF_XDECREF(zero);
    return r;
}

// A class overriding __reduce__ is reduced by it, as CPython does.
static wf_object_t *object_reduce_ex(wf_object_t *self, wf_object_t *protocol) {
    wf_ssize_t proto = wf_as_ssize(protocol, &wf_exc_OverflowError);
    if (proto == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_object_t *name = wf_str_intern_cstr("__reduce__");
    if (name == NULL) {
        return NULL;
    }
    wf_object_t *found = wf_type_lookup(WF_TYPE(self), name);
    if (found != NULL && found != wf_type_lookup(&wf_object_type, name)) {
        return wf_call_method(self, name, NULL, 0);
    }
    if (proto < 2) {
        return call_reducer("copyreg", "_reduce_ex", self, protocol);
    }
    return call_reducer("_objreduce", "reduce_newobj", self, NULL);
}

// Default __getstate__: None, the instance dict, or (dict or None, {slot: value}).
static wf_object_t *object_getstate(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *state = NULL;
    wf_object_t **dp = wf_object_dict_ptr(self);
    if (dp != NULL && *dp != NULL && wf_dict_size(*dp) > 0) {
        state = wf_dict_copy(*dp);
        if (state == NULL) {
            return NULL;
        }
    }
    wf_object_t *slots = NULL;
    for (wf_type_t *t = WF_TYPE(self); t != NULL; t = t->base) {
        if (!(t->flags & WF_TPFLAGS_HEAPTYPE) || WF_HEAPTYPE_EXT(t)->members == NULL) {
            continue;
        }
        for (wf_member_def_t *m = WF_HEAPTYPE_EXT(t)->members; m->name != NULL; m++) {
            wf_object_t *v = *(wf_object_t **)((char *)self + m->offset);
            if (v == NULL) {
                continue;
            }
            if (slots == NULL && (slots = wf_dict_new()) == NULL) {
                goto error;
            }
            if (wf_dict_setitem_cstr(slots, m->name, v) < 0) {
                goto error;
            }
        }
    }
    if (slots != NULL) {
        wf_object_t *pair = wf_tuple_pack(2, state != NULL ? state : WF_NONE, slots);
        WF_XDECREF(state);
        WF_DECREF(slots);
        return pair;
    }
    return state != NULL ? state : WF_NONE;
error:
    WF_XDECREF(state);
    WF_XDECREF(slots);
    return NULL;
}

static wf_object_t *object_init_subclass(wf_object_t *cls, wf_object_t *unused) {
    WF_RETURN_NONE;
}

static wf_object_t *object_subclasshook(wf_object_t *cls, wf_object_t *arg) {
    WF_RETURN_NOTIMPLEMENTED;
}

static wf_method_def_t object_methods[] = {
    {"__reduce_ex__", {.o = object_reduce_ex}, WF_METH_O, "Helper for pickle."},
    {"__reduce__", {.noargs = object_reduce}, WF_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", {.noargs = object_getstate}, WF_METH_NOARGS, "Helper for pickle."},
    {"__subclasshook__", {.o = object_subclasshook}, WF_METH_CLASS | WF_METH_O,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", {.noargs = object_init_subclass}, WF_METH_CLASS | WF_METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__format__", {.o = object_format}, WF_METH_O, "Default object formatter."},
    {"__sizeof__", {.noargs = object_sizeof}, WF_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", {.noargs = object_dir}, WF_METH_NOARGS, "Default dir() implementation."},
    {0},
};

static wf_getset_def_t object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {0},
};

wf_type_t wf_object_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "object",
    .basicsize = sizeof(wf_object_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
           "returns a new featureless\ninstance that has no instance attributes and cannot be "
           "given any.\n",
    .dealloc = object_dealloc,
    .new = wf_object_base_new,
    .init = wf_object_base_init,
    .repr = object_repr,
    .str = object_str,
    .hash = wf_object_base_hash,
    .richcompare = wf_object_base_richcompare,
    .getattro = wf_object_generic_getattr,
    .setattro = wf_object_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
};

// ---------------------------------------------------------------------------------------
// None, NotImplemented, Ellipsis.

static wf_object_t *singleton_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs,
                                  wf_object_t *value) {
    if (excess_args(args, kwargs)) {
        return wf_err_format(&wf_exc_TypeError, "%s takes no arguments", type->name);
    }
    return value;
}

static void singleton_dealloc(wf_object_t *o) {
    wf_fatal("deallocating an immortal singleton of type %s", WF_TYPE(o)->name);
}

static wf_object_t *none_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    return singleton_new(type, args, kwargs, WF_NONE);
}

static wf_object_t *none_repr(wf_object_t *o) {
    return wf_str_intern_cstr("None");
}

static int none_bool(wf_object_t *o) {
    return 0;
}

static wf_hash_t none_hash(wf_object_t *o) {
    return (wf_hash_t)0xFCA86420;  // constant across runs, as in CPython 3.12+
}

wf_type_t wf_none_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "NoneType",
    .basicsize = sizeof(wf_object_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "The type of the None singleton.",
    .dealloc = singleton_dealloc,
    .new = none_new,
    .repr = none_repr,
    .hash = none_hash,
    .richcompare = wf_object_base_richcompare,  // not inherited alongside an own hash
    .nb_bool = none_bool,
};

wf_object_t wf_none_struct = WF_STATIC_HEAD(&wf_none_type);

static wf_object_t *notimpl_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    return singleton_new(type, args, kwargs, WF_NOTIMPLEMENTED);
}

static wf_object_t *notimpl_repr(wf_object_t *o) {
    return wf_str_intern_cstr("NotImplemented");
}

static wf_object_t *notimpl_reduce(wf_object_t *o, wf_object_t *unused) {
    return wf_str_intern_cstr("NotImplemented");
}

static int notimpl_bool(wf_object_t *o) {
    if (wf_err_warn(&wf_exc_DeprecationWarning,
                    "NotImplemented should not be used in a boolean context", 1) < 0) {
        return -1;
    }
    return 1;
}

static wf_method_def_t notimpl_methods[] = {
    {"__reduce__", {.noargs = notimpl_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

wf_type_t wf_notimplemented_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(wf_object_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "The type of the NotImplemented singleton.",
    .dealloc = singleton_dealloc,
    .new = notimpl_new,
    .repr = notimpl_repr,
    .nb_bool = notimpl_bool,
    .methods = notimpl_methods,
};

wf_object_t wf_notimplemented_struct = WF_STATIC_HEAD(&wf_notimplemented_type);

static wf_object_t *ellipsis_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (excess_args(args, kwargs)) {
        // The type is called "ellipsis" but its error message says EllipsisType.
        return wf_err_set_string(&wf_exc_TypeError, "EllipsisType takes no arguments");
    }
    return WF_ELLIPSIS;
}

static wf_object_t *ellipsis_repr(wf_object_t *o) {
    return wf_str_intern_cstr("Ellipsis");
}

static wf_object_t *ellipsis_reduce(wf_object_t *o, wf_object_t *unused) {
    return wf_str_intern_cstr("Ellipsis");
}

static wf_method_def_t ellipsis_methods[] = {
    {"__reduce__", {.noargs = ellipsis_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

wf_type_t wf_ellipsis_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(wf_object_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "The type of the Ellipsis singleton.",
    .dealloc = singleton_dealloc,
    .new = ellipsis_new,
    .repr = ellipsis_repr,
    .methods = ellipsis_methods,
};

wf_object_t wf_ellipsis_struct = WF_STATIC_HEAD(&wf_ellipsis_type);
