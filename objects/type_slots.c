// Special methods and type slots: the two directions of the dunder <-> slot mapping.
//
// Static types fill C slots; wf_type_ready() exposes each filled slot as a slot wrapper
// in the type's dict (`int.__add__`, `object.__init__`), so Python code and super() can
// call it by name. Heap types go the other way: a dunder defined in a class body (or set
// later) installs a heap slot function that looks the dunder up on the type and calls it;
// a slot whose dunder resolves to a static base's slot wrapper gets that base's C function
// directly, so `class L(list)` keeps list's speed where it overrides nothing.
//
// The table is objects/slots.def plus the operators of objects/binops.def. Slot storage
// is addressed by offset, so every slot (whatever its C signature) is read and written as
// a wf_slotfn_t through memcpy.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

// Heap slot functions (defined below; the table refers to them).
static int slot_setattro(wf_object_t *self, wf_object_t *name, wf_object_t *value);
static wf_object_t *slot_repr(wf_object_t *self);
static wf_hash_t slot_hash(wf_object_t *self);
static wf_object_t *slot_str(wf_object_t *self);
static wf_object_t *slot_richcompare(wf_object_t *a, wf_object_t *b, int op);
static wf_object_t *slot_iter(wf_object_t *self);
static wf_object_t *slot_iternext(wf_object_t *self);
static wf_object_t *slot_descr_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type);
static int slot_descr_set(wf_object_t *self, wf_object_t *obj, wf_object_t *value);
static void slot_finalize(wf_object_t *self);
static wf_object_t *slot_pow3(wf_object_t *a, wf_object_t *b, wf_object_t *mod);
static wf_object_t *slot_negative(wf_object_t *self);
static wf_object_t *slot_positive(wf_object_t *self);
static wf_object_t *slot_absolute(wf_object_t *self);
static int slot_bool(wf_object_t *self);
static wf_object_t *slot_invert(wf_object_t *self);
static wf_object_t *slot_int(wf_object_t *self);
static wf_object_t *slot_float(wf_object_t *self);
static wf_object_t *slot_index(wf_object_t *self);
static wf_ssize_t slot_len(wf_object_t *self);
static wf_object_t *slot_getitem(wf_object_t *self, wf_object_t *key);
static int slot_setitem(wf_object_t *self, wf_object_t *key, wf_object_t *value);
static int slot_contains(wf_object_t *self, wf_object_t *item);

#define WF_BINOP(id, sym, d, rd, id_, isym)                             \
    static wf_object_t *slot_binop_##id(wf_object_t *a, wf_object_t *b); \
    static wf_object_t *slot_inplace_##id(wf_object_t *a, wf_object_t *b);
#include "objects/binops.def"
#undef WF_BINOP

#define SLOTFN(f) ((wf_slotfn_t)(f))

static const wf_slotdef_t slotdefs[] = {
#define WF_SLOTDEF(name, field, wrap, fn, op, doc) \
    {#name, offsetof(wf_type_t, field), wrap, SLOTFN(fn), op, doc},
#include "objects/slots.def"
#undef WF_SLOTDEF
#define WF_BINOP(id, sym, d, rd, id_, isym)                                                      \
    {#d, offsetof(wf_type_t, binop[WF_BINOP_##id]),                                            \
     WF_BINOP_##id == WF_BINOP_POW ? WF_WRAP_POW : WF_WRAP_BINARY, SLOTFN(slot_binop_##id), 0, \
     "Return self " sym " value."},                                                            \
    {#rd, offsetof(wf_type_t, binop[WF_BINOP_##id]),                                           \
     WF_BINOP_##id == WF_BINOP_POW ? WF_WRAP_POW_R : WF_WRAP_BINARY_R,                         \
     SLOTFN(slot_binop_##id), 0, "Return value " sym " self."},
#include "objects/binops.def"
#undef WF_BINOP
// In-place operators; divmod has none (binops.def names one for uniformity only).
#define WF_BINOP(id, sym, d, rd, id_, isym)                                                 \
    {#id_, offsetof(wf_type_t, inplace[WF_BINOP_##id]),                                   \
     WF_BINOP_##id == WF_BINOP_DIVMOD ? WF_WRAP_NONE : WF_WRAP_BINARY,                     \
     WF_BINOP_##id == WF_BINOP_DIVMOD ? NULL : SLOTFN(slot_inplace_##id), 0, "Return self " \
     isym " value."},
#include "objects/binops.def"
#undef WF_BINOP
};

#define NSLOTDEFS ((int)(sizeof(slotdefs) / sizeof(slotdefs[0])))

// Interned names, index-aligned with slotdefs; plus per-operator lookups for the binary
// slot functions. Written once by wf_slots_init() at start-up, read-only afterwards.
static wf_object_t *slotnames[NSLOTDEFS];
static wf_object_t *binop_names[WF_BINOP_COUNT][3];  // op, reflected, in-place

int wf_slots_init(void) {
    if (slotnames[0] != NULL) {
        return 0;
    }
    for (int i = 0; i < NSLOTDEFS; i++) {
        slotnames[i] = wf_str_intern_cstr(slotdefs[i].name);
        if (slotnames[i] == NULL) {
            return -1;
        }
    }
    static const char *const names[WF_BINOP_COUNT][3] = {
#define WF_BINOP(id, sym, d, rd, id_, isym) {#d, #rd, #id_},
#include "objects/binops.def"
#undef WF_BINOP
    };
    for (int op = 0; op < WF_BINOP_COUNT; op++) {
        for (int k = 0; k < 3; k++) {
            binop_names[op][k] = wf_str_intern_cstr(names[op][k]);
            if (binop_names[op][k] == NULL) {
                return -1;
            }
        }
    }
    return 0;
}

static wf_slotfn_t get_slot(wf_type_t *t, size_t offset) {
    wf_slotfn_t f;
    memcpy(&f, (char *)t + offset, sizeof(f));
    return f;
}

static void set_slot(wf_type_t *t, size_t offset, wf_slotfn_t f) {
    memcpy((char *)t + offset, &f, sizeof(f));
}

int wf_slots_is_slot_name(wf_object_t *name) {
    for (int i = 0; i < NSLOTDEFS; i++) {
        if (slotnames[i] == name || wf_str_eq(slotnames[i], name)) {
            return 1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Calling dunders from slot functions.

// The method `name` of type(self), ready to call: *unbound is 1 when self must be passed
// as the first argument (plain functions and method descriptors: no bound method is
// created). New reference; NULL without exception when missing; NULL with exception when
// binding failed.
static wf_object_t *lookup_method(wf_object_t *self, wf_object_t *name, int *unbound) {
    wf_object_t *f = wf_type_lookup(WF_TYPE(self), name);
    if (f == NULL) {
        return NULL;
    }
    wf_type_t *ft = WF_TYPE(f);
    if (ft->flags & WF_TPFLAGS_METHOD_DESCRIPTOR) {
        *unbound = 1;
        return wf_newref(f);
    }
    *unbound = 0;
    if (ft->descr_get != NULL) {
        WF_INCREF(f);
        wf_object_t *r = ft->descr_get(f, self, WF_OBJ(WF_TYPE(self)));
        WF_DECREF(f);
        return r;
    }
    return wf_newref(f);
}

wf_object_t *wf_call_dunder(wf_object_t *self, wf_object_t *name, wf_object_t *const *args,
                            wf_ssize_t nargs, int *missing) {
    int unbound;
    wf_object_t *f = lookup_method(self, name, &unbound);
    if (f == NULL) {
        if (wf_err_occurred() != NULL) {
            return NULL;
        }
        if (missing != NULL) {
            *missing = 1;
            return NULL;
        }
        return wf_object_no_attribute(self, name);
    }
    wf_object_t *stack[4];
    wf_object_t *r;
    if (unbound) {
        stack[0] = self;
        for (wf_ssize_t i = 0; i < nargs; i++) {
            stack[i + 1] = args[i];
        }
        r = wf_vectorcall(f, stack, nargs + 1, NULL);
    } else {
        r = wf_vectorcall(f, args, nargs, NULL);
    }
    WF_DECREF(f);
    return r;
}

// Like wf_call_dunder, but a missing method reads as NotImplemented (binary operators).
static wf_object_t *call_dunder_maybe(wf_object_t *self, wf_object_t *name, wf_object_t *const *args,
                                      wf_ssize_t nargs) {
    int missing = 0;
    wf_object_t *r = wf_call_dunder(self, name, args, nargs, &missing);
    if (r == NULL && missing) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return r;
}

wf_object_t *wf_call_prepend(wf_object_t *callable, wf_object_t *first, wf_object_t *args,
                             wf_object_t *kwargs) {
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    wf_object_t *small[8];
    wf_object_t **stack = small;
    size_t n = (size_t)(1 + nargs + nkw);
    if (n > sizeof(small) / sizeof(small[0])) {
        stack = wf_mem_alloc(n * sizeof(wf_object_t *));
        if (stack == NULL) {
            return wf_err_nomemory();
        }
    }
    stack[0] = first;
    for (wf_ssize_t i = 0; i < nargs; i++) {
        stack[1 + i] = WF_TUPLE_GET(args, i);
    }
    wf_object_t *kwnames = NULL, *r = NULL;
    if (nkw > 0) {
        kwnames = wf_tuple_new(nkw);
        if (kwnames == NULL) {
            goto done;
        }
        wf_ssize_t pos = 0, i = 0;
        wf_object_t *k, *v;
        while (i < nkw && wf_dict_next(kwargs, &pos, &k, &v)) {
            WF_TUPLE_SET_STEAL(kwnames, i, wf_newref(k));
            stack[1 + nargs + i] = v;
            i++;
        }
    }
    r = wf_vectorcall(callable, stack, 1 + nargs, kwnames);
done:
    WF_XDECREF(kwnames);
    if (stack != small) {
        wf_mem_free(stack);
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Heap slot functions.

static wf_object_t *slot_repr(wf_object_t *self) {
    return wf_call_dunder(self, WF_ID(__repr__), NULL, 0, NULL);
}

static wf_object_t *slot_str(wf_object_t *self) {
    return wf_call_dunder(self, WF_ID(__str__), NULL, 0, NULL);
}

static wf_hash_t slot_hash(wf_object_t *self) {
    wf_object_t *f = wf_type_lookup(WF_TYPE(self), WF_ID(__hash__));
    if (f == NULL || f == WF_NONE) {
        return wf_hash_not_implemented(self);
    }
    wf_object_t *r = wf_call_dunder(self, WF_ID(__hash__), NULL, 0, NULL);
    if (r == NULL) {
        return -1;
    }
    if (!(WF_TYPE(r)->flags & WF_TPFLAGS_INT_SUBCLASS)) {
        WF_DECREF(r);
        wf_err_set_string(&wf_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // A value that fits a hash is used as it is (-1 becomes -2); a bigger int is folded
    // into range by int's own hash.
    int64_t v;
    wf_hash_t h;
    if (wf_int_as_i64(r, &v) == 0) {
        h = v == -1 ? -2 : (wf_hash_t)v;
    } else {
        wf_err_clear();
        h = wf_int_type.hash(r);
    }
    WF_DECREF(r);
    return h;
}

static wf_object_t *slot_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    wf_object_t *name;
    switch (op) {
        case WF_LT: name = WF_ID(__lt__); break;
        case WF_LE: name = WF_ID(__le__); break;
        case WF_EQ: name = WF_ID(__eq__); break;
        case WF_NE: name = WF_ID(__ne__); break;
        case WF_GT: name = WF_ID(__gt__); break;
        default: name = WF_ID(__ge__); break;
    }
    return call_dunder_maybe(a, name, &b, 1);
}

static wf_object_t *slot_iter(wf_object_t *self) {
    wf_object_t *f = wf_type_lookup(WF_TYPE(self), WF_ID(__iter__));
    if (f == WF_NONE) {
        return wf_err_format(&wf_exc_TypeError, "'%.200s' object is not iterable",
                             WF_TYPE(self)->name);
    }
    return wf_call_dunder(self, WF_ID(__iter__), NULL, 0, NULL);
}

// A StopIteration raised by __next__ stays set: every caller of iternext treats it as
// exhaustion, and next() and `yield from` need its value.
static wf_object_t *slot_iternext(wf_object_t *self) {
    return wf_call_dunder(self, WF_ID(__next__), NULL, 0, NULL);
}

static wf_object_t *slot_descr_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type) {
    wf_object_t *f = wf_type_lookup(WF_TYPE(self), WF_ID(__get__));
    if (f == NULL) {
        return wf_newref(self);  // the slot outlived its dunder: behave as a plain attribute
    }
    // Called as found on the type, without binding it first (as CPython does): a __get__
    // that is itself an instance of the class must not recurse into this slot.
    wf_object_t *args[3] = {self, obj != NULL ? obj : WF_NONE, type != NULL ? type : WF_NONE};
    WF_INCREF(f);
    wf_object_t *r = wf_vectorcall(f, args, 3, NULL);
    WF_DECREF(f);
    return r;
}

static int slot_descr_set(wf_object_t *self, wf_object_t *obj, wf_object_t *value) {
    wf_object_t *r;
    if (value == NULL) {
        r = wf_call_dunder(self, WF_ID(__delete__), &obj, 1, NULL);
    } else {
        wf_object_t *args[2] = {obj, value};
        r = wf_call_dunder(self, WF_ID(__set__), args, 2, NULL);
    }
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static int slot_setattro(wf_object_t *self, wf_object_t *name, wf_object_t *value) {
    wf_object_t *r;
    if (value == NULL) {
        r = wf_call_dunder(self, WF_ID(__delattr__), &name, 1, NULL);
    } else {
        wf_object_t *args[2] = {name, value};
        r = wf_call_dunder(self, WF_ID(__setattr__), args, 2, NULL);
    }
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

// __getattribute__ then, on AttributeError, __getattr__. When __getattribute__ is a
// static base's slot wrapper its C function is called directly.
wf_object_t *wf_slot_getattr_hook(wf_object_t *self, wf_object_t *name) {
    wf_type_t *tp = WF_TYPE(self);
    wf_object_t *getattribute = wf_type_lookup(tp, WF_ID(__getattribute__));
    wf_object_t *getattr = wf_type_lookup(tp, WF_ID(__getattr__));
    if (getattr != NULL) {
        WF_INCREF(getattr);
    }
    wf_object_t *r;
    wf_getattrofunc direct =
        getattribute == NULL
            ? wf_object_generic_getattr
            : (wf_getattrofunc)wf_slots_wrapped(getattribute, offsetof(wf_type_t, getattro));
    if (direct != NULL && direct != wf_slot_getattr_hook) {
        r = direct(self, name);
    } else {
        r = wf_call_dunder(self, WF_ID(__getattribute__), &name, 1, NULL);
    }
    if (r == NULL && getattr != NULL && wf_err_matches(&wf_exc_AttributeError)) {
        wf_err_clear();
        r = wf_call_dunder(self, WF_ID(__getattr__), &name, 1, NULL);
    }
    WF_XDECREF(getattr);
    return r;
}

wf_object_t *wf_slot_call(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    int unbound;
    wf_object_t *f = lookup_method(self, WF_ID(__call__), &unbound);
    if (f == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError, "'%.200s' object is not callable",
                          WF_TYPE(self)->name);
        }
        return NULL;
    }
    wf_object_t *r = unbound ? wf_call_prepend(f, self, args, kwargs) : wf_call(f, args, kwargs);
    WF_DECREF(f);
    return r;
}

wf_object_t *wf_slot_call_vectorcall(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                     wf_object_t *kwnames) {
    int unbound;
    wf_object_t *f = lookup_method(self, WF_ID(__call__), &unbound);
    if (f == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError, "'%.200s' object is not callable",
                          WF_TYPE(self)->name);
        }
        return NULL;
    }
    if (!unbound) {
        wf_object_t *r = wf_vectorcall(f, args, nargs, kwnames);
        WF_DECREF(f);
        return r;
    }
    wf_ssize_t total = nargs + (kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0);
    wf_object_t *small[8];
    wf_object_t **stack = small;
    if ((size_t)(total + 1) > sizeof(small) / sizeof(small[0])) {
        stack = wf_mem_alloc((size_t)(total + 1) * sizeof(wf_object_t *));
        if (stack == NULL) {
            WF_DECREF(f);
            return wf_err_nomemory();
        }
    }
    stack[0] = self;
    if (total > 0) {
        memcpy(stack + 1, args, (size_t)total * sizeof(wf_object_t *));
    }
    wf_object_t *r = wf_vectorcall(f, stack, nargs + 1, kwnames);
    if (stack != small) {
        wf_mem_free(stack);
    }
    WF_DECREF(f);
    return r;
}

int wf_slot_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    int unbound;
    wf_object_t *f = lookup_method(self, WF_ID(__init__), &unbound);
    if (f == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_object_no_attribute(self, WF_ID(__init__));
        }
        return -1;
    }
    wf_object_t *r = unbound ? wf_call_prepend(f, self, args, kwargs) : wf_call(f, args, kwargs);
    WF_DECREF(f);
    if (r == NULL) {
        return -1;
    }
    if (r != WF_NONE) {
        wf_err_format(&wf_exc_TypeError, "__init__() should return None, not '%.200s'",
                      WF_TYPE(r)->name);
        WF_DECREF(r);
        return -1;
    }
    return 0;
}

// __new__ is a static method: type.__new__ is fetched as an attribute of the class (so
// staticmethod unwraps) and called with the class prepended.
wf_object_t *wf_slot_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *f = wf_getattr(WF_OBJ(type), WF_ID(__new__));
    if (f == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_call_prepend(f, WF_OBJ(type), args, kwargs);
    WF_DECREF(f);
    return r;
}

static void slot_finalize(wf_object_t *self) {
    wf_object_t *saved = wf_err_fetch();
    int missing = 0;
    wf_object_t *r = wf_call_dunder(self, WF_ID(__del__), NULL, 0, &missing);
    if (r == NULL && !missing) {
        wf_object_t *del = wf_type_lookup(WF_TYPE(self), WF_ID(__del__));
        wf_err_write_unraisable(del != NULL ? del : self);
    }
    WF_XDECREF(r);
    wf_err_restore(saved);
}

// Three-argument pow() only ever calls the left operand's __pow__.
static wf_object_t *slot_pow3(wf_object_t *a, wf_object_t *b, wf_object_t *mod) {
    if (WF_TYPE(a)->pow3 != slot_pow3) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *args[2] = {b, mod};
    return call_dunder_maybe(a, binop_names[WF_BINOP_POW][0], args, 2);
}

#define UNARY_SLOT(fn, id)                                     \
    static wf_object_t *fn(wf_object_t *self) {                \
        return wf_call_dunder(self, WF_ID(id), NULL, 0, NULL); \
    }
UNARY_SLOT(slot_negative, __neg__)
UNARY_SLOT(slot_positive, __pos__)
UNARY_SLOT(slot_absolute, __abs__)
UNARY_SLOT(slot_invert, __invert__)
UNARY_SLOT(slot_int, __int__)
UNARY_SLOT(slot_float, __float__)
UNARY_SLOT(slot_index, __index__)
#undef UNARY_SLOT

static wf_ssize_t len_of_result(wf_object_t *r) {
    wf_object_t *idx = wf_index(r);
    WF_DECREF(r);
    if (idx == NULL) {
        return -1;
    }
    wf_ssize_t n = wf_as_ssize(idx, NULL);  // clamped: only the sign matters here
    if (n < 0) {
        WF_DECREF(idx);
        if (wf_err_occurred() == NULL) {
            wf_err_set_string(&wf_exc_ValueError, "__len__() should return >= 0");
        }
        return -1;
    }
    WF_DECREF(idx);
    if (n == WF_SSIZE_MAX) {
        wf_err_set_string(&wf_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static wf_ssize_t slot_len(wf_object_t *self) {
    wf_object_t *r = wf_call_dunder(self, WF_ID(__len__), NULL, 0, NULL);
    return r == NULL ? -1 : len_of_result(r);
}

// A class that lost its __bool__ falls back on __len__, then on "true".
static int slot_bool(wf_object_t *self) {
    int missing = 0;
    wf_object_t *r = wf_call_dunder(self, WF_ID(__bool__), NULL, 0, &missing);
    if (r == NULL && missing) {
        missing = 0;
        r = wf_call_dunder(self, WF_ID(__len__), NULL, 0, &missing);
        if (r == NULL) {
            return missing ? 1 : -1;
        }
        wf_ssize_t n = len_of_result(r);
        return n < 0 ? -1 : n > 0;
    }
    if (r == NULL) {
        return -1;
    }
    if (r == WF_TRUE || r == WF_FALSE) {
        return r == WF_TRUE;
    }
    wf_err_format(&wf_exc_TypeError, "__bool__ should return bool, returned %.200s",
                  WF_TYPE(r)->name);
    WF_DECREF(r);
    return -1;
}

static wf_object_t *slot_getitem(wf_object_t *self, wf_object_t *key) {
    return wf_call_dunder(self, WF_ID(__getitem__), &key, 1, NULL);
}

static int slot_setitem(wf_object_t *self, wf_object_t *key, wf_object_t *value) {
    wf_object_t *r;
    if (value == NULL) {
        r = wf_call_dunder(self, WF_ID(__delitem__), &key, 1, NULL);
    } else {
        wf_object_t *args[2] = {key, value};
        r = wf_call_dunder(self, WF_ID(__setitem__), args, 2, NULL);
    }
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

// Without __contains__ (deleted after the slot was set), fall back on iteration.
static int contains_by_iteration(wf_object_t *self, wf_object_t *item) {
    wf_object_t *it = wf_iter(self);
    if (it == NULL) {
        return -1;
    }
    int found = 0;
    wf_object_t *x;
    while ((x = wf_iter_next(it)) != NULL) {
        found = wf_richcompare_bool(x, item, WF_EQ);
        WF_DECREF(x);
        if (found != 0) {
            break;
        }
    }
    WF_DECREF(it);
    if (found == 0 && wf_err_occurred() != NULL) {
        return -1;
    }
    return found;
}

static int slot_contains(wf_object_t *self, wf_object_t *item) {
    wf_object_t *f = wf_type_lookup(WF_TYPE(self), WF_ID(__contains__));
    if (f == WF_NONE) {
        wf_err_format(&wf_exc_TypeError, "'%.200s' object is not a container", WF_TYPE(self)->name);
        return -1;
    }
    if (f == NULL) {
        return contains_by_iteration(self, item);
    }
    wf_object_t *r = wf_call_dunder(self, WF_ID(__contains__), &item, 1, NULL);
    if (r == NULL) {
        return -1;
    }
    int t = wf_truthy(r);
    WF_DECREF(r);
    return t;
}

// 1 if right's `name` differs from left's (the reflected method is worth trying first).
static int method_is_overloaded(wf_type_t *left, wf_type_t *right, wf_object_t *name) {
    wf_object_t *b = wf_type_lookup(right, name);
    if (b == NULL) {
        return 0;
    }
    wf_object_t *a = wf_type_lookup(left, name);
    return a != b;
}

// The left/right protocol of a binary operator implemented by dunders: the reflected
// method of a subclass operand goes first if it overrides the left operand's; the right
// operand is tried only when its type differs and also dispatches through this slot.
static wf_object_t *slot_binop(wf_object_t *a, wf_object_t *b, int op, wf_binaryfunc self_fn) {
    wf_type_t *ta = WF_TYPE(a), *tb = WF_TYPE(b);
    wf_object_t *name = binop_names[op][0], *rname = binop_names[op][1];
    int do_other = ta != tb && tb->binop[op] == self_fn;
    if (ta->binop[op] == self_fn) {
        if (do_other && wf_type_is_subtype(tb, ta) && method_is_overloaded(ta, tb, rname)) {
            wf_object_t *r = call_dunder_maybe(b, rname, &a, 1);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
            do_other = 0;
        }
        wf_object_t *r = call_dunder_maybe(a, name, &b, 1);
        if (r != WF_NOTIMPLEMENTED || ta == tb) {
            return r;
        }
    }
    if (do_other) {
        return call_dunder_maybe(b, rname, &a, 1);
    }
    WF_RETURN_NOTIMPLEMENTED;
}

#define WF_BINOP(id, sym, d, rd, id_, isym)                                     \
    static wf_object_t *slot_binop_##id(wf_object_t *a, wf_object_t *b) {       \
        return slot_binop(a, b, WF_BINOP_##id, slot_binop_##id);                \
    }                                                                           \
    static wf_object_t *slot_inplace_##id(wf_object_t *a, wf_object_t *b) {     \
        return call_dunder_maybe(a, binop_names[WF_BINOP_##id][2], &b, 1);      \
    }
#include "objects/binops.def"
#undef WF_BINOP

// ---------------------------------------------------------------------------------------
// Slot wrappers: `int.__add__` (descriptor) and `(1).__add__` (method-wrapper).

typedef struct {
    wf_descr_common_t c;
    const wf_slotdef_t *slot;
    wf_slotfn_t wrapped;
} wrapper_descr_t;

typedef struct {
    WF_OBJECT_HEAD
    wrapper_descr_t *descr;
    wf_object_t *self;
} method_wrapper_t;

#define WD(o) ((wrapper_descr_t *)(o))
#define MW(o) ((method_wrapper_t *)(o))

static wf_object_t *wrapper_descr_new(wf_type_t *t, const wf_slotdef_t *slot, wf_slotfn_t fn) {
    wrapper_descr_t *d = (wrapper_descr_t *)wf_type_alloc(&wf_wrapper_descr_type, 0);
    if (d == NULL) {
        return NULL;
    }
    if (wf_descr_common_init(WF_OBJ(d), t, slot->name) < 0) {
        WF_DECREF(d);
        return NULL;
    }
    d->slot = slot;
    d->wrapped = fn;
    return WF_OBJ(d);
}

wf_slotfn_t wf_slots_wrapped(wf_object_t *descr, size_t offset) {
    if (WF_TYPE(descr) == &wf_wrapper_descr_type) {
        const wf_slotdef_t *s = WD(descr)->slot;
        if (s->offset == offset) {
            return WD(descr)->wrapped;
        }
        // The three-argument half of a static type's __pow__.
        if (offset == offsetof(wf_type_t, pow3) && s->wrap == WF_WRAP_POW) {
            return SLOTFN(WF_DESCR_TYPE(descr)->pow3);
        }
    }
    return NULL;
}

static wf_object_t *bool_or_error(int r) {
    return r < 0 ? NULL : wf_newref(wf_bool_from(r));
}

// Setting an attribute through a static base's __setattr__ must not skip a C-level
// override in between (object.__setattr__(some_type, ...) would bypass type's checks).
static int hackcheck(wf_object_t *self, wf_setattrofunc func, const char *what) {
    wf_type_t *type = WF_TYPE(self);
    wf_object_t *mro = type->mro;
    if (mro == NULL) {
        return 1;
    }
    wf_type_t *defining = type;
    for (wf_ssize_t i = WF_TUPLE_SIZE(mro) - 1; i >= 0; i--) {
        wf_type_t *b = (wf_type_t *)WF_TUPLE_GET(mro, i);
        if (b->setattro != slot_setattro && b->setattro == type->setattro) {
            defining = b;
            break;
        }
    }
    for (wf_type_t *b = defining; b != NULL; b = b->base) {
        if (b->setattro == func) {
            break;
        }
        if (b->setattro != slot_setattro) {
            wf_err_format(&wf_exc_TypeError, "can't apply this %s to %s object", what, type->name);
            return 0;
        }
    }
    return 1;
}

static wf_object_t *call_setattr_wrapper(wrapper_descr_t *d, wf_object_t *self, wf_object_t *const *args,
                                         wf_ssize_t nargs, int del) {
    wf_setattrofunc f = (wf_setattrofunc)d->wrapped;
    if (del ? wf_check_nargs(NULL, nargs, 1, 1) < 0 : wf_check_nargs("", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!hackcheck(self, f, del ? "__delattr__" : "__setattr__")) {
        return NULL;
    }
    if (f(self, args[0], del ? NULL : args[1]) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

// Vector arguments -> (tuple, dict) for the call/init slots.
static int unpack_kw(wf_object_t *const *args, wf_ssize_t nargs, wf_object_t *kwnames,
                     wf_object_t **targs, wf_object_t **kwargs) {
    *kwargs = NULL;
    *targs = wf_tuple_from_array(args, nargs);
    if (*targs == NULL) {
        return -1;
    }
    wf_ssize_t nkw = kwnames == NULL ? 0 : WF_TUPLE_SIZE(kwnames);
    if (nkw > 0) {
        *kwargs = wf_dict_new();
        if (*kwargs == NULL) {
            WF_CLEAR(*targs);
            return -1;
        }
        for (wf_ssize_t i = 0; i < nkw; i++) {
            if (wf_dict_setitem(*kwargs, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                WF_CLEAR(*targs);
                WF_CLEAR(*kwargs);
                return -1;
            }
        }
    }
    return 0;
}

static wf_object_t *call_ternary_kw(wrapper_descr_t *d, wf_object_t *self, wf_object_t *const *args,
                                    wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_object_t *targs, *kwargs;
    if (unpack_kw(args, nargs, kwnames, &targs, &kwargs) < 0) {
        return NULL;
    }
    wf_object_t *r;
    if (d->slot->wrap == WF_WRAP_INIT) {
        r = ((wf_initfunc)d->wrapped)(self, targs, kwargs) < 0 ? NULL : WF_NONE;
    } else {
        r = ((wf_ternaryfunc)d->wrapped)(self, targs, kwargs);
    }
    WF_DECREF(targs);
    WF_XDECREF(kwargs);
    return r;
}

static wf_object_t *wrapper_pow(wrapper_descr_t *d, wf_object_t *self, wf_object_t *const *args,
                                wf_ssize_t nargs, int reflected) {
    if (wf_check_nargs("", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *other = args[0];
    wf_object_t *mod = nargs == 2 ? args[1] : WF_NONE;
    if (mod == WF_NONE) {
        wf_binaryfunc f = (wf_binaryfunc)d->wrapped;
        return reflected ? f(other, self) : f(self, other);
    }
    wf_ternaryfunc p3 = WF_DESCR_TYPE(d)->pow3;
    if (p3 == NULL) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return reflected ? p3(other, self, mod) : p3(self, other, mod);
}

static wf_object_t *wrapper_call(wrapper_descr_t *d, wf_object_t *self, wf_object_t *const *args,
                                 wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_wrap_kind_t k = d->slot->wrap;
    if (k == WF_WRAP_CALL || k == WF_WRAP_INIT) {
        return call_ternary_kw(d, self, args, nargs, kwnames);
    }
    if (kwnames != NULL && WF_TUPLE_SIZE(kwnames) > 0) {
        return wf_err_format(&wf_exc_TypeError, "wrapper %U() takes no keyword arguments",
                             WF_DESCR_NAME(d));
    }
    wf_slotfn_t fn = d->wrapped;
    static const int nexpected[] = {
        [WF_WRAP_UNARY] = 0, [WF_WRAP_NEXT] = 0,    [WF_WRAP_INQUIRY] = 0, [WF_WRAP_LEN] = 0,
        [WF_WRAP_HASH] = 0,  [WF_WRAP_DEL] = 0,     [WF_WRAP_BINARY] = 1,  [WF_WRAP_BINARY_R] = 1,
        [WF_WRAP_RICHCMP] = 1, [WF_WRAP_GETATTR] = 1, [WF_WRAP_CONTAINS] = 1,
        [WF_WRAP_DELITEM] = 1, [WF_WRAP_DESCR_DEL] = 1, [WF_WRAP_BUFFER] = 1,
        [WF_WRAP_RELEASEBUFFER] = 1,
    };
    switch (k) {
        case WF_WRAP_POW: return wrapper_pow(d, self, args, nargs, 0);
        case WF_WRAP_POW_R: return wrapper_pow(d, self, args, nargs, 1);
        case WF_WRAP_SETATTR: return call_setattr_wrapper(d, self, args, nargs, 0);
        case WF_WRAP_DELATTR: return call_setattr_wrapper(d, self, args, nargs, 1);
        case WF_WRAP_DESCR_GET: {
            if (wf_check_nargs("", nargs, 1, 2) < 0) {
                return NULL;
            }
            wf_object_t *obj = args[0] == WF_NONE ? NULL : args[0];
            wf_object_t *type = nargs == 2 && args[1] != WF_NONE ? args[1] : NULL;
            if (obj == NULL && type == NULL) {
                return wf_err_set_string(&wf_exc_TypeError, "__get__(None, None) is invalid");
            }
            return ((wf_descrgetfunc)fn)(self, obj, type);
        }
        case WF_WRAP_DESCR_SET:
        case WF_WRAP_SETITEM: {
            if (wf_check_nargs("", nargs, 2, 2) < 0) {
                return NULL;
            }
            int r = k == WF_WRAP_SETITEM ? ((wf_objobjargproc)fn)(self, args[0], args[1])
                                         : ((wf_descrsetfunc)fn)(self, args[0], args[1]);
            return r < 0 ? NULL : WF_NONE;
        }
        default: break;
    }
    if (nargs != nexpected[k]) {
        return wf_err_format(&wf_exc_TypeError, "expected %d argument%s, got %zd", nexpected[k],
                             nexpected[k] == 1 ? "" : "s", nargs);
    }
    switch (k) {
        case WF_WRAP_UNARY: return ((wf_unaryfunc)fn)(self);
        case WF_WRAP_NEXT: {
            wf_object_t *r = ((wf_unaryfunc)fn)(self);
            if (r == NULL && wf_err_occurred() == NULL) {
                wf_err_set(&wf_exc_StopIteration, NULL);
            }
            return r;
        }
        case WF_WRAP_INQUIRY: return bool_or_error(((wf_inquiry)fn)(self));
        case WF_WRAP_LEN: {
            wf_ssize_t n = ((wf_lenfunc)fn)(self);
            return n < 0 ? NULL : wf_int_from_ssize(n);
        }
        case WF_WRAP_HASH: {
            wf_hash_t h = ((wf_hashfunc)fn)(self);
            return h == -1 ? NULL : wf_int_from_i64((int64_t)h);
        }
        case WF_WRAP_DEL: ((wf_destructor)fn)(self); WF_RETURN_NONE;
        case WF_WRAP_BINARY: return ((wf_binaryfunc)fn)(self, args[0]);
        case WF_WRAP_BINARY_R: return ((wf_binaryfunc)fn)(args[0], self);
        case WF_WRAP_RICHCMP: return ((wf_richcmpfunc)fn)(self, args[0], d->slot->op);
        case WF_WRAP_GETATTR:
            if (!WF_STR_CHECK(args[0])) {
                return wf_err_format(&wf_exc_TypeError, "attribute name must be string, not '%.200s'",
                                     WF_TYPE(args[0])->name);
            }
            return ((wf_getattrofunc)fn)(self, args[0]);
        case WF_WRAP_CONTAINS: return bool_or_error(((wf_objobjproc)fn)(self, args[0]));
        case WF_WRAP_DELITEM: return ((wf_objobjargproc)fn)(self, args[0], NULL) < 0 ? NULL : WF_NONE;
        case WF_WRAP_DESCR_DEL: return ((wf_descrsetfunc)fn)(self, args[0], NULL) < 0 ? NULL : WF_NONE;
        case WF_WRAP_BUFFER: {
            wf_ssize_t flags = wf_as_ssize(args[0], &wf_exc_OverflowError);
            if (flags == -1 && wf_err_occurred()) {
                return NULL;
            }
            return wf_memoryview_from_flags(self, (int)flags);
        }
        case WF_WRAP_RELEASEBUFFER: return wf_memoryview_release_arg(self, args[0]);
        default: return wf_err_bad_internal_call("slot wrapper");
    }
}

// int.__add__(1, 2): the first argument is self and must be an instance of the owner.
static wf_object_t *wrapper_descr_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                             wf_ssize_t nargs, wf_object_t *kwnames) {
    wrapper_descr_t *d = WD(callable);
    if (nargs < 1) {
        return wf_err_format(&wf_exc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                             WF_DESCR_NAME(d), WF_DESCR_TYPE(d)->name);
    }
    wf_object_t *self = args[0];
    if (!wf_type_check(self, WF_DESCR_TYPE(d))) {
        return wf_err_format(&wf_exc_TypeError,
                             "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                             WF_DESCR_NAME(d), WF_DESCR_TYPE(d)->name, WF_TYPE(self)->name);
    }
    return wrapper_call(d, self, args + 1, nargs - 1, kwnames);
}

static wf_object_t *wrapper_descr_get(wf_object_t *descr, wf_object_t *obj, wf_object_t *type) {
    if (obj == NULL) {
        return wf_newref(descr);
    }
    if (wf_descr_check(descr, obj) < 0) {
        return NULL;
    }
    method_wrapper_t *m = (method_wrapper_t *)wf_type_alloc(&wf_method_wrapper_type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->descr = (wrapper_descr_t *)wf_newref(descr);
    m->self = wf_newref(obj);
    return WF_OBJ(m);
}

static void wrapper_descr_dealloc(wf_object_t *o) {
    wf_descr_common_clear(o);
    wf_object_free(o);
}

static wf_object_t *wrapper_descr_repr(wf_object_t *o) {
    return wf_descr_repr(o, "slot wrapper");
}

static wf_object_t *descr_get_doc(wf_object_t *o, void *closure) {
    const char *doc = WD(o)->slot->doc;
    return doc == NULL ? WF_NONE : wf_str_from_cstr(doc);
}

static wf_object_t *wrapper_descr_get_qualname(wf_object_t *o, void *closure) {
    wf_object_t *tq = wf_type_qualname(WF_DESCR_TYPE(o));
    if (tq == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_str_from_format("%U.%U", tq, WF_DESCR_NAME(o));
    WF_DECREF(tq);
    return r;
}

static wf_object_t *wrapper_descr_get_name(wf_object_t *o, void *closure) {
    return wf_newref(WF_DESCR_NAME(o));
}

static wf_object_t *wrapper_descr_get_objclass(wf_object_t *o, void *closure) {
    return wf_newref(WF_DESCR_TYPE(o));
}

static wf_getset_def_t wrapper_descr_getsets[] = {
    {"__doc__", descr_get_doc, NULL, NULL, NULL},
    {"__qualname__", wrapper_descr_get_qualname, NULL, NULL, NULL},
    {"__name__", wrapper_descr_get_name, NULL, NULL, NULL},
    {"__objclass__", wrapper_descr_get_objclass, NULL, NULL, NULL},
    {0},
};

wf_type_t wf_wrapper_descr_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(wrapper_descr_t),
    .flags = WF_TPFLAGS_METHOD_DESCRIPTOR | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = wrapper_descr_dealloc,
    .vectorcall = wrapper_descr_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = wrapper_descr_repr,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_descr_getsets,
};

static void method_wrapper_dealloc(wf_object_t *o) {
    // Wrappers bound to wrappers (f.__call__.__call__...) can chain arbitrarily deep.
    if (wf_list_trash_begin(o, method_wrapper_dealloc)) {
        return;
    }
    WF_CLEAR(MW(o)->descr);
    WF_CLEAR(MW(o)->self);
    wf_object_free(o);
    wf_list_trash_end();
}

static wf_object_t *method_wrapper_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                              wf_ssize_t nargs, wf_object_t *kwnames) {
    return wrapper_call(MW(callable)->descr, MW(callable)->self, args, nargs, kwnames);
}

static wf_object_t *method_wrapper_repr(wf_object_t *o) {
    return wf_str_from_format("<method-wrapper '%U' of %s object at %p>", WF_DESCR_NAME(MW(o)->descr),
                              WF_TYPE(MW(o)->self)->name, (void *)MW(o)->self);
}

static wf_object_t *method_wrapper_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if ((op != WF_EQ && op != WF_NE) || WF_TYPE(b) != &wf_method_wrapper_type) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    int eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return wf_bool_from(op == WF_EQ ? eq : !eq);
}

static wf_hash_t method_wrapper_hash(wf_object_t *o) {
    wf_hash_t x = wf_object_base_hash(WF_OBJ(MW(o)->self));
    wf_hash_t y = wf_object_base_hash(WF_OBJ(MW(o)->descr));
    x ^= y;
    return x == -1 ? -2 : x;
}

static wf_object_t *mw_get_self(wf_object_t *o, void *closure) {
    return wf_newref(MW(o)->self);
}

static wf_object_t *mw_get_name(wf_object_t *o, void *closure) {
    return wf_newref(WF_DESCR_NAME(MW(o)->descr));
}

static wf_object_t *mw_get_qualname(wf_object_t *o, void *closure) {
    return wrapper_descr_get_qualname(WF_OBJ(MW(o)->descr), closure);
}

static wf_object_t *mw_get_doc(wf_object_t *o, void *closure) {
    return descr_get_doc(WF_OBJ(MW(o)->descr), closure);
}

static wf_object_t *mw_get_objclass(wf_object_t *o, void *closure) {
    return wf_newref(WF_DESCR_TYPE(MW(o)->descr));
}

static wf_getset_def_t method_wrapper_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__doc__", mw_get_doc, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {0},
};

wf_type_t wf_method_wrapper_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = method_wrapper_dealloc,
    .vectorcall = method_wrapper_vectorcall,
    .call = wf_call_via_vectorcall,
    .repr = method_wrapper_repr,
    .hash = method_wrapper_hash,
    .richcompare = method_wrapper_richcompare,
    .getsets = method_wrapper_getsets,
};

// ---------------------------------------------------------------------------------------
// T.__new__ for static types: a builtin method bound to T.

static wf_object_t *tp_new_wrapper(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    wf_type_t *type = (wf_type_t *)self;
    if (nargs < 1) {
        return wf_err_format(&wf_exc_TypeError, "%s.__new__(): not enough arguments", type->name);
    }
    wf_object_t *arg0 = args[0];
    if (!WF_TYPE_CHECK(arg0)) {
        return wf_err_format(&wf_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             type->name, WF_TYPE(arg0)->name);
    }
    wf_type_t *subtype = (wf_type_t *)arg0;
    if (!wf_type_is_subtype(subtype, type)) {
        return wf_err_format(&wf_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             type->name, subtype->name, subtype->name, type->name);
    }
    // The most derived base that is not a Python class must use this very __new__,
    // otherwise its own __new__ would be skipped (object.__new__(int) is not safe).
    wf_type_t *staticbase = subtype;
    while (staticbase != NULL && staticbase->new == wf_slot_new) {
        staticbase = staticbase->base;
    }
    if (staticbase != NULL && staticbase->new != type->new) {
        return wf_err_format(&wf_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             type->name, subtype->name, staticbase->name);
    }
    wf_object_t *targs, *kwargs;
    if (unpack_kw(args + 1, nargs - 1, kwnames, &targs, &kwargs) < 0) {
        return NULL;
    }
    wf_object_t *r = type->new(subtype, targs, kwargs);
    WF_DECREF(targs);
    WF_XDECREF(kwargs);
    return r;
}

static wf_method_def_t tp_new_def = {
    "__new__", {.fastkw = tp_new_wrapper}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

// ---------------------------------------------------------------------------------------
// Building and inheriting slots.

static int dict_has(wf_object_t *dict, wf_object_t *name) {
    return wf_dict_contains(dict, name);
}

int wf_slots_add_wrappers(wf_type_t *t) {
    wf_object_t *dict = t->dict;
    for (int i = 0; i < NSLOTDEFS; i++) {
        const wf_slotdef_t *p = &slotdefs[i];
        if (p->wrap == WF_WRAP_NONE) {
            continue;
        }
        wf_slotfn_t fn = get_slot(t, p->offset);
        if (fn == NULL) {
            continue;
        }
        int has = dict_has(dict, slotnames[i]);
        if (has != 0) {
            if (has < 0) {
                return -1;
            }
            continue;
        }
        wf_object_t *v;
        if (p->offset == offsetof(wf_type_t, hash) && fn == SLOTFN(wf_hash_not_implemented)) {
            v = wf_newref(WF_NONE);
        } else {
            v = wrapper_descr_new(t, p, fn);
            if (v == NULL) {
                return -1;
            }
        }
        int r = wf_dict_setitem(dict, slotnames[i], v);
        WF_DECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    if (t->new != NULL && !(t->flags & WF_TPFLAGS_DISALLOW_INSTANTIATION)) {
        int has = dict_has(dict, WF_ID(__new__));
        if (has < 0) {
            return -1;
        }
        if (!has) {
            wf_object_t *f = wf_cfunc_new(&tp_new_def, WF_OBJ(t), NULL);
            if (f == NULL) {
                return -1;
            }
            int r = wf_dict_setitem(dict, WF_ID(__new__), f);
            WF_DECREF(f);
            if (r < 0) {
                return -1;
            }
        }
    }
    return 0;
}

#define TYPE_SUBCLASS_FLAGS                                                                     \
    (WF_TPFLAGS_INT_SUBCLASS | WF_TPFLAGS_LIST_SUBCLASS | WF_TPFLAGS_TUPLE_SUBCLASS |           \
     WF_TPFLAGS_BYTES_SUBCLASS | WF_TPFLAGS_STR_SUBCLASS | WF_TPFLAGS_DICT_SUBCLASS |           \
     WF_TPFLAGS_BASE_EXC_SUBCLASS | WF_TPFLAGS_TYPE_SUBCLASS)

void wf_slots_inherit(wf_type_t *t, wf_type_t *base) {
    t->flags |= base->flags & TYPE_SUBCLASS_FLAGS;
    if (!(t->flags & (WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_MAPPING))) {
        t->flags |= base->flags & (WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_MAPPING);
    }
    if ((base->flags & WF_TPFLAGS_HAVE_GC) && !(t->flags & WF_TPFLAGS_HAVE_GC) &&
        t->traverse == NULL && t->clear == NULL) {
        t->flags |= WF_TPFLAGS_HAVE_GC;
        t->traverse = base->traverse;
        t->clear = base->clear;
    }
    if (t->basicsize == 0) {
        t->basicsize = base->basicsize;
    }
    if (t->itemsize == 0) {
        t->itemsize = base->itemsize;
    }
    if (t->dictoffset == 0) {
        t->dictoffset = base->dictoffset;
    }
    if (t->weaklistoffset == 0) {
        t->weaklistoffset = base->weaklistoffset;
    }
    if (t->dealloc == NULL) {
        t->dealloc = base->dealloc;
    }
    // hash and richcompare go together: a type that defines equality without a hash must
    // not inherit the base's hash.
    if (t->richcompare == NULL && t->hash == NULL) {
        int overrides = t->dict != NULL && (wf_dict_contains(t->dict, WF_ID(__eq__)) > 0 ||
                                            wf_dict_contains(t->dict, WF_ID(__hash__)) > 0);
        if (!overrides) {
            t->richcompare = base->richcompare;
            t->hash = base->hash;
        }
    }
    if (t->call == NULL) {
        t->call = base->call;
        if (t->vectorcall == NULL) {
            t->vectorcall = base->vectorcall;
        }
    }
    for (int i = 0; i < NSLOTDEFS; i++) {
        size_t off = slotdefs[i].offset;
        if (off == offsetof(wf_type_t, hash) || off == offsetof(wf_type_t, richcompare) ||
            off == offsetof(wf_type_t, new) || off == offsetof(wf_type_t, call)) {
            continue;
        }
        if (get_slot(t, off) == NULL) {
            set_slot(t, off, get_slot(base, off));
        }
    }
}

// CPython's update_one_slot: choose between a static base's C function (every dunder of
// the slot resolves to that base's wrapper of it) and the heap slot function.
static void update_one_slot(wf_type_t *t, size_t offset) {
    wf_slotfn_t specific = NULL, generic = NULL;
    int use_generic = 0;
    for (int i = 0; i < NSLOTDEFS; i++) {
        const wf_slotdef_t *p = &slotdefs[i];
        if (p->offset != offset || p->heap_fn == NULL) {
            continue;
        }
        wf_object_t *descr = wf_type_lookup(t, slotnames[i]);
        if (descr == NULL) {
            continue;
        }
        wf_slotfn_t w = NULL;
        int is_wrapper = WF_TYPE(descr) == &wf_wrapper_descr_type;
        if (is_wrapper && offset == offsetof(wf_type_t, pow3) && WD(descr)->slot->wrap == WF_WRAP_POW) {
            // The three-argument half of a static base's __pow__.
            w = SLOTFN(WF_DESCR_TYPE(descr)->pow3);
            generic = p->heap_fn;
            if (w != NULL && (specific == NULL || specific == w)) {
                specific = w;
            } else {
                use_generic = 1;
            }
        } else if (is_wrapper && strcmp(WD(descr)->slot->name, p->name) == 0) {
            w = WD(descr)->slot == p ? WD(descr)->wrapped : NULL;
            generic = p->heap_fn;
            if (w != NULL && (specific == NULL || specific == w)) {
                specific = w;
            } else {
                use_generic = 1;
            }
        } else if (offset == offsetof(wf_type_t, new) && WF_TYPE(descr) == &wf_cfunc_type &&
                   ((wf_cfunc_t *)descr)->def == &tp_new_def) {
            specific = SLOTFN(((wf_type_t *)((wf_cfunc_t *)descr)->self)->new);
        } else if (descr == WF_NONE && offset == offsetof(wf_type_t, hash)) {
            specific = SLOTFN(wf_hash_not_implemented);
        } else {
            use_generic = 1;
            generic = p->heap_fn;
        }
    }
    set_slot(t, offset, specific != NULL && !use_generic ? specific : generic);
}

// The vectorcall entry follows `call`: a heap __call__ gets the vector form of the heap
// slot; an inherited C call keeps the vectorcall of the type it came from.
static void fixup_vectorcall(wf_type_t *t) {
    if (t->call == wf_slot_call) {
        t->vectorcall = wf_slot_call_vectorcall;
        return;
    }
    t->vectorcall = NULL;
    if (t->call == NULL || t->mro == NULL) {
        return;
    }
    for (wf_ssize_t i = 1; i < WF_TUPLE_SIZE(t->mro); i++) {
        wf_type_t *b = (wf_type_t *)WF_TUPLE_GET(t->mro, i);
        if (b->call == t->call) {
            t->vectorcall = b->vectorcall;
            return;
        }
    }
}

int wf_slots_fixup(wf_type_t *t) {
    for (int i = 0; i < NSLOTDEFS; i++) {
        size_t off = slotdefs[i].offset;
        int seen = 0;
        for (int j = 0; j < i; j++) {
            if (slotdefs[j].offset == off) {
                seen = 1;
                break;
            }
        }
        if (!seen && slotdefs[i].heap_fn != NULL) {
            update_one_slot(t, off);
        }
    }
    fixup_vectorcall(t);
    return 0;
}

typedef struct {
    size_t offsets[4];
    int n;
} offsets_t;

static int update_subtree(wf_type_t *t, void *arg) {
    offsets_t *o = arg;
    for (int i = 0; i < o->n; i++) {
        update_one_slot(t, o->offsets[i]);
        if (o->offsets[i] == offsetof(wf_type_t, call)) {
            fixup_vectorcall(t);
        }
    }
    return wf_type_visit_subclasses(t, update_subtree, arg);
}

int wf_slots_update(wf_type_t *t, wf_object_t *name) {
    offsets_t o = {.n = 0};
    for (int i = 0; i < NSLOTDEFS; i++) {
        if (slotdefs[i].heap_fn == NULL || o.n == 4) {
            continue;
        }
        if (slotnames[i] == name || wf_str_eq(slotnames[i], name)) {
            o.offsets[o.n++] = slotdefs[i].offset;
        }
    }
    if (o.n == 0) {
        return 0;
    }
    return update_subtree(t, &o);
}
