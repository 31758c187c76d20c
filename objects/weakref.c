// Weak references and proxies.
//
// Each weakly referenceable object has a list head at its type's weaklistoffset. The list
// keeps CPython's order, which programs can see through getweakrefs() and the order of
// callbacks: the plain reference (no callback, exact type) first, then the plain proxy,
// then every other reference, newest first. Plain references and proxies are shared: asking
// twice for one gives the same object.
//
// When the referent is deallocated (wf_object_dealloc, after its finalizer), every
// reference is cleared before any callback runs, so no callback can reach the dying object.
// All list manipulation happens under the GIL; the free-threaded build will guard the lists
// with striped locks keyed by the referent's address.
#include "objects/weakref.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/genericalias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

#define W(o) ((wf_weakref_t *)(o))

// The list head of obj (a wf_object_t * slot holding the first reference), or NULL when
// its type takes no weak references.
static wf_object_t **list_of(wf_object_t *obj) {
    wf_ssize_t off = WF_TYPE(obj)->weaklistoffset;
    return off > 0 ? (wf_object_t **)((char *)obj + off) : NULL;
}

static wf_weakref_t *first(wf_object_t **head) {
    return head != NULL ? W(*head) : NULL;
}

static int is_plain_ref(wf_weakref_t *r) {
    return r->callback == NULL && WF_TYPE(r) == &wf_weakref_type;
}

static int is_plain_proxy(wf_weakref_t *r) {
    return r->callback == NULL && WF_WEAKPROXY_CHECK(WF_OBJ(r));
}

static void insert_after(wf_weakref_t *r, wf_weakref_t *prev) {
    r->prev = prev;
    r->next = prev->next;
    if (prev->next != NULL) {
        prev->next->prev = r;
    }
    prev->next = r;
}

static void insert_head(wf_weakref_t *r, wf_object_t **head) {
    r->prev = NULL;
    r->next = first(head);
    if (r->next != NULL) {
        r->next->prev = r;
    }
    *head = WF_OBJ(r);
}

// Link a new reference into its referent's list at CPython's position.
static void link_ref(wf_weakref_t *r, wf_object_t **head) {
    wf_weakref_t *head_ref = first(head);
    wf_weakref_t *plain_ref = head_ref != NULL && is_plain_ref(head_ref) ? head_ref : NULL;
    wf_weakref_t *after_ref = plain_ref != NULL ? plain_ref->next : first(head);
    wf_weakref_t *plain_proxy =
        after_ref != NULL && is_plain_proxy(after_ref) ? after_ref : NULL;
    if (is_plain_ref(r)) {
        insert_head(r, head);
    } else if (is_plain_proxy(r) || plain_proxy == NULL) {
        if (plain_ref != NULL) {
            insert_after(r, plain_ref);
        } else {
            insert_head(r, head);
        }
    } else {
        insert_after(r, plain_proxy);
    }
}

static void unlink_ref(wf_weakref_t *r) {
    if (r->referent == NULL) {
        return;
    }
    wf_object_t **head = list_of(r->referent);
    if (r->prev != NULL) {
        r->prev->next = r->next;
    } else if (first(head) == r) {
        *head = r->next != NULL ? WF_OBJ(r->next) : NULL;
    }
    if (r->next != NULL) {
        r->next->prev = r->prev;
    }
    r->prev = r->next = NULL;
    r->referent = NULL;
}

static wf_object_t *err_cannot(wf_object_t *obj) {
    return wf_err_format(&wf_exc_TypeError, "cannot create weak reference to '%.200s' object",
                         wf_type_short_name(WF_TYPE(obj)));
}

// A reference of `type` to obj with callback (NULL or None for none), reusing the plain
// reference or proxy when one exists.
static wf_object_t *make_ref(wf_type_t *type, wf_object_t *obj, wf_object_t *callback) {
    wf_object_t **head = list_of(obj);
    if (head == NULL) {
        return err_cannot(obj);
    }
    if (callback == WF_NONE) {
        callback = NULL;
    }
    if (callback == NULL) {
        for (wf_weakref_t *r = first(head); r != NULL; r = r->next) {
            if (type == &wf_weakref_type ? is_plain_ref(r)
                                         : WF_TYPE(r) == type && is_plain_proxy(r)) {
                return wf_newref(WF_OBJ(r));
            }
        }
    }
    wf_weakref_t *r = (wf_weakref_t *)wf_type_alloc(type, 0);
    if (r == NULL) {
        return NULL;
    }
    r->referent = obj;
    r->callback = wf_xnewref(callback);
    r->hash = -1;
    link_ref(r, head);
    wf_gc_track(WF_OBJ(r));
    return WF_OBJ(r);
}

void wf_weakref_clear_all(wf_object_t *obj) {
    wf_object_t **head = list_of(obj);
    if (head == NULL || *head == NULL) {
        return;
    }
    // Detach everything first; keep the references that have callbacks alive meanwhile.
    wf_ssize_t n = 0;
    for (wf_weakref_t *r = first(head); r != NULL; r = r->next) {
        n += r->callback != NULL;
    }
    wf_object_t *stack[8];
    wf_object_t **pending = n <= 8 ? stack : wf_mem_alloc(sizeof(wf_object_t *) * (size_t)n);
    wf_ssize_t k = 0;
    for (wf_weakref_t *r = first(head), *next; r != NULL; r = next) {
        next = r->next;
        r->referent = NULL;
        r->prev = r->next = NULL;
        if (r->callback != NULL && pending != NULL && WF_REFCNT(WF_OBJ(r)) > 0) {
            pending[k++] = wf_newref(WF_OBJ(r));
        }
    }
    *head = NULL;
    if (k == 0) {
        if (pending != stack) {
            wf_mem_free(pending);
        }
        return;
    }
    wf_object_t *saved = wf_err_fetch();
    for (wf_ssize_t i = 0; i < k; i++) {
        wf_weakref_t *r = W(pending[i]);
        wf_object_t *cb = r->callback;
        r->callback = NULL;
        if (cb != NULL) {
            wf_object_t *res = wf_call_one(cb, WF_OBJ(r));
            if (res == NULL) {
                wf_err_write_unraisable(cb);
            }
            WF_XDECREF(res);
            WF_DECREF(cb);
        }
        WF_DECREF(WF_OBJ(r));
    }
    if (pending != stack) {
        wf_mem_free(pending);
    }
    wf_err_restore(saved);
}

wf_ssize_t wf_weakref_count(wf_object_t *obj) {
    wf_ssize_t n = 0;
    for (wf_weakref_t *r = first(list_of(obj)); r != NULL; r = r->next) {
        n++;
    }
    return n;
}

wf_object_t *wf_weakref_list(wf_object_t *obj) {
    wf_object_t *list = wf_list_new(0);
    for (wf_weakref_t *r = first(list_of(obj)); list != NULL && r != NULL; r = r->next) {
        if (wf_list_append(list, WF_OBJ(r)) < 0) {
            WF_CLEAR(list);
        }
    }
    return list;
}

// ---------------------------------------------------------------------------------------
// weakref.ref

static int weakref_args(const char *fname, wf_object_t *args, wf_object_t **obj,
                        wf_object_t **callback) {
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (wf_check_nargs(fname, n, 1, 2) < 0) {
        return -1;
    }
    *obj = WF_TUPLE_GET(args, 0);
    *callback = n > 1 ? WF_TUPLE_GET(args, 1) : NULL;
    return 0;
}

static int weakref_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs);

static wf_object_t *weakref_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    // Keywords are refused by __init__, unless a subclass replaced it to take some.
    if (kwargs != NULL && wf_dict_size(kwargs) > 0 && type->init == weakref_init) {
        return wf_err_set_string(&wf_exc_TypeError, "ref() takes no keyword arguments");
    }
    wf_object_t *obj, *callback;
    if (weakref_args("__new__", args, &obj, &callback) < 0) {
        return NULL;
    }
    return make_ref(type, obj, callback);
}

// Subclasses call ref.__init__(self, obj, callback) from their own __init__.
static int weakref_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        wf_err_set_string(&wf_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    wf_object_t *obj, *callback;
    return weakref_args("__init__", args, &obj, &callback);
}

static void weakref_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    unlink_ref(W(o));
    WF_CLEAR(W(o)->callback);
    wf_object_free(o);
}

static int weakref_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return W(o)->callback != NULL ? visit(W(o)->callback, arg) : 0;
}

static int weakref_clear_slot(wf_object_t *o) {
    unlink_ref(W(o));
    WF_CLEAR(W(o)->callback);
    return 0;
}

static wf_object_t *weakref_call(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (wf_check_nargs("weakref", n, 0, 0) < 0) {
        return NULL;
    }
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "weakref() takes no keyword arguments");
    }
    return wf_newref(W(self)->referent != NULL ? W(self)->referent : WF_NONE);
}

static wf_hash_t weakref_hash(wf_object_t *self) {
    wf_weakref_t *r = W(self);
    if (r->hash != -1) {
        return r->hash;
    }
    if (r->referent == NULL) {
        wf_err_set_string(&wf_exc_TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = wf_hash(r->referent);
    return r->hash;
}

static wf_object_t *weakref_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if ((op != WF_EQ && op != WF_NE) || !WF_WEAKREF_CHECK(a) || !WF_WEAKREF_CHECK(b)) {
        return wf_newref(WF_NOTIMPLEMENTED);
    }
    wf_object_t *x = W(a)->referent, *y = W(b)->referent;
    if (x == NULL || y == NULL) {
        // A dead reference equals only itself.
        return wf_newref(wf_bool_from((a == b) == (op == WF_EQ)));
    }
    WF_INCREF(x);
    WF_INCREF(y);
    wf_object_t *r = wf_richcompare(x, y, op);
    WF_DECREF(x);
    WF_DECREF(y);
    return r;
}

// The referent's __name__ as a special method would be found: on its type, bound.
static wf_object_t *special_name(wf_object_t *obj) {
    wf_object_t *attr = wf_type_lookup(WF_TYPE(obj), WF_ID(__name__));
    if (attr == NULL) {
        return NULL;
    }
    wf_descrgetfunc get = WF_TYPE(attr)->descr_get;
    wf_object_t *r = get != NULL ? get(attr, obj, WF_OBJ(WF_TYPE(obj))) : wf_newref(attr);
    if (r == NULL) {
        wf_err_clear();
    }
    return r;
}

// "<kind at 0x...; to 'Type' at 0x...>"; a reference (not a proxy) adds " (name)" when the
// referent has a str __name__.
static wf_object_t *describe_referent(const char *kind, wf_object_t *self, int with_name) {
    wf_object_t *obj = W(self)->referent;
    if (obj == NULL) {
        return wf_str_from_format("<%s at %p; dead>", kind, (void *)self);
    }
    WF_INCREF(obj);
    wf_object_t *name = with_name ? special_name(obj) : NULL;
    wf_object_t *r;
    if (name != NULL && WF_STR_CHECK(name)) {
        r = wf_str_from_format("<%s at %p; to '%N' at %p (%U)>", kind, (void *)self,
                               WF_OBJ(WF_TYPE(obj)), (void *)obj, name);
    } else {
        r = wf_str_from_format("<%s at %p; to '%N' at %p>", kind, (void *)self,
                               WF_OBJ(WF_TYPE(obj)), (void *)obj);
    }
    WF_XDECREF(name);
    WF_DECREF(obj);
    return r;
}

static wf_object_t *weakref_repr(wf_object_t *self) {
    return describe_referent("weakref", self, 1);
}

static wf_member_def_t weakref_members[] = {
    {"__callback__", WF_MEMBER_OBJECT, offsetof(wf_weakref_t, callback), WF_READONLY, NULL},
    {NULL},
};

static wf_method_def_t weakref_methods[] = {
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS,
     NULL},
    {NULL},
};

wf_type_t wf_weakref_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(wf_weakref_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_BASETYPE,
    .dealloc = weakref_dealloc,
    .traverse = weakref_traverse,
    .clear = weakref_clear_slot,
    .new = weakref_new,
    .init = weakref_init,
    .call = weakref_call,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .members = weakref_members,
    .methods = weakref_methods,
};

// ---------------------------------------------------------------------------------------
// Proxies: every operation goes to the referent while it lives.

wf_object_t *wf_weakref_new_proxy(wf_object_t *obj, wf_object_t *callback) {
    if (list_of(obj) == NULL) {
        return err_cannot(obj);
    }
    return make_ref(wf_callable(obj) ? &wf_weakcallableproxy_type : &wf_weakproxy_type, obj,
                    callback);
}

// The referent of a proxy (new reference), other objects unchanged (new reference);
// NULL + ReferenceError for a dead proxy.
static wf_object_t *unwrap(wf_object_t *o) {
    if (!WF_WEAKPROXY_CHECK(o)) {
        return wf_newref(o);
    }
    if (W(o)->referent == NULL) {
        return wf_err_set_string(&wf_exc_ReferenceError,
                                 "weakly-referenced object no longer exists");
    }
    return wf_newref(W(o)->referent);
}

static wf_object_t *proxy_binary(wf_object_t *a, wf_object_t *b, wf_binop_t op, int inplace) {
    wf_object_t *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    wf_object_t *r = NULL;
    if (y != NULL) {
        r = inplace ? wf_inplace_op(x, y, op) : wf_binary_op(x, y, op);
    }
    WF_XDECREF(x);
    WF_XDECREF(y);
    return r;
}

#define WF_BINOP(id, ...)                                                    \
    static wf_object_t *proxy_binop_##id(wf_object_t *a, wf_object_t *b) {   \
        return proxy_binary(a, b, WF_BINOP_##id, 0);                         \
    }                                                                        \
    static wf_object_t *proxy_inplace_##id(wf_object_t *a, wf_object_t *b) { \
        return proxy_binary(a, b, WF_BINOP_##id, 1);                         \
    }
#include "objects/binops.def"
#undef WF_BINOP

static wf_object_t *proxy_pow3(wf_object_t *a, wf_object_t *b, wf_object_t *c) {
    wf_object_t *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    wf_object_t *z = y != NULL ? unwrap(c) : NULL;
    wf_object_t *r = z != NULL ? wf_power(x, y, z) : NULL;
    WF_XDECREF(x);
    WF_XDECREF(y);
    WF_XDECREF(z);
    return r;
}

// One-operand operations: the referent's.
#define PROXY_UNARY(name, call)                          \
    static wf_object_t *name(wf_object_t *self) {        \
        wf_object_t *o = unwrap(self);                   \
        wf_object_t *r = o != NULL ? call(o) : NULL;     \
        WF_XDECREF(o);                                   \
        return r;                                        \
    }
PROXY_UNARY(proxy_negative, wf_negative)
PROXY_UNARY(proxy_positive, wf_positive)
PROXY_UNARY(proxy_absolute, wf_absolute)
PROXY_UNARY(proxy_invert, wf_invert)
PROXY_UNARY(proxy_int, wf_number_int)
PROXY_UNARY(proxy_float, wf_number_float)
PROXY_UNARY(proxy_index, wf_index)
PROXY_UNARY(proxy_str, wf_str)
PROXY_UNARY(proxy_iter, wf_iter)
#undef PROXY_UNARY

static wf_object_t *proxy_iternext(wf_object_t *self) {
    wf_object_t *o = unwrap(self);
    if (o == NULL) {
        return NULL;
    }
    wf_object_t *r = NULL;
    if (WF_TYPE(o)->iternext == NULL) {
        wf_err_format(&wf_exc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                      wf_type_short_name(WF_TYPE(o)));
    } else {
        r = WF_TYPE(o)->iternext(o);
    }
    WF_DECREF(o);
    return r;
}

static int proxy_bool(wf_object_t *self) {
    wf_object_t *o = unwrap(self);
    int r = o != NULL ? wf_truthy(o) : -1;
    WF_XDECREF(o);
    return r;
}

static wf_ssize_t proxy_len(wf_object_t *self) {
    wf_object_t *o = unwrap(self);
    wf_ssize_t r = o != NULL ? wf_len(o) : -1;
    WF_XDECREF(o);
    return r;
}

static wf_object_t *proxy_getitem(wf_object_t *self, wf_object_t *key) {
    wf_object_t *o = unwrap(self);
    wf_object_t *r = o != NULL ? wf_getitem(o, key) : NULL;
    WF_XDECREF(o);
    return r;
}

static int proxy_setitem(wf_object_t *self, wf_object_t *key, wf_object_t *value) {
    wf_object_t *o = unwrap(self);
    int r = o == NULL ? -1 : value != NULL ? wf_setitem(o, key, value) : wf_delitem(o, key);
    WF_XDECREF(o);
    return r;
}

static int proxy_contains(wf_object_t *self, wf_object_t *item) {
    wf_object_t *o = unwrap(self);
    int r = o != NULL ? wf_contains(o, item) : -1;
    WF_XDECREF(o);
    return r;
}

static wf_object_t *proxy_getattr(wf_object_t *self, wf_object_t *name) {
    wf_object_t *o = unwrap(self);
    wf_object_t *r = o != NULL ? wf_getattr(o, name) : NULL;
    WF_XDECREF(o);
    return r;
}

static int proxy_setattr(wf_object_t *self, wf_object_t *name, wf_object_t *value) {
    wf_object_t *o = unwrap(self);
    int r = o != NULL ? wf_setattr(o, name, value) : -1;
    WF_XDECREF(o);
    return r;
}

static wf_object_t *proxy_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    wf_object_t *x = unwrap(a), *y = x != NULL ? unwrap(b) : NULL;
    wf_object_t *r = y != NULL ? wf_richcompare(x, y, op) : NULL;
    WF_XDECREF(x);
    WF_XDECREF(y);
    return r;
}

static wf_object_t *proxy_call(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *o = unwrap(self);
    wf_object_t *r = o != NULL ? wf_call(o, args, kwargs) : NULL;
    WF_XDECREF(o);
    return r;
}

static wf_object_t *proxy_repr(wf_object_t *self) {
    return describe_referent("weakproxy", self, 0);
}

static wf_object_t *proxy_method(wf_object_t *self, const char *name) {
    wf_object_t *o = unwrap(self);
    wf_object_t *r = o != NULL ? wf_call_method_cstr(o, name, NULL, 0) : NULL;
    WF_XDECREF(o);
    return r;
}

static wf_object_t *proxy_bytes(wf_object_t *self, wf_object_t *unused) {
    return proxy_method(self, "__bytes__");
}

static wf_object_t *proxy_reversed(wf_object_t *self, wf_object_t *unused) {
    return proxy_method(self, "__reversed__");
}

// dir(proxy): the referent's attributes.
static wf_object_t *proxy_dir(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *o = unwrap(self);
    wf_object_t *r = o != NULL ? wf_dir(o) : NULL;
    WF_XDECREF(o);
    return r;
}

static wf_method_def_t proxy_methods[] = {
    {"__bytes__", {.noargs = proxy_bytes}, WF_METH_NOARGS, NULL},
    {"__reversed__", {.noargs = proxy_reversed}, WF_METH_NOARGS, NULL},
    {"__dir__", {.noargs = proxy_dir}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_method_def_t callable_proxy_methods[] = {
    {"__dir__", {.noargs = proxy_dir}, WF_METH_NOARGS, NULL},
    {NULL},
};

// The two proxy types differ only in being callable: one initializer, included twice.
wf_type_t wf_weakproxy_type = {
#define PROXY_NAME "weakref.ProxyType"
#define PROXY_CALL NULL
#define PROXY_METHODS proxy_methods
#include "objects/weakref_proxy.inc"
};

wf_type_t wf_weakcallableproxy_type = {
#define PROXY_NAME "weakref.CallableProxyType"
#define PROXY_CALL proxy_call
#define PROXY_METHODS callable_proxy_methods
#include "objects/weakref_proxy.inc"
};
