// Class creation: builtins.__build_class__, type.__new__ and the layout of heap types.
//
// A heap type's instances extend the layout of its "best base" (the base whose solid
// base is the most derived): first the __slots__ members, then the __dict__ pointer,
// then the __weakref__ slot, each added only when the base does not already provide it.
// Variable-size bases (tuple, bytes) keep the dict pointer after their items
// (dictoffset < 0) and accept no __slots__ members.
//
// Instances of heap types hold a reference to their type (taken by wf_type_alloc and
// dropped by wf_type_subtype_dealloc after the static base's dealloc has run).
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/ids.h"
#include "runtime/mem.h"
#include "sync/tstate.h"

#include <stddef.h>

#define TYPE_SUBCLASS_FLAGS                                                                     \
    (WF_TPFLAGS_INT_SUBCLASS | WF_TPFLAGS_LIST_SUBCLASS | WF_TPFLAGS_TUPLE_SUBCLASS |           \
     WF_TPFLAGS_BYTES_SUBCLASS | WF_TPFLAGS_STR_SUBCLASS | WF_TPFLAGS_DICT_SUBCLASS |           \
     WF_TPFLAGS_BASE_EXC_SUBCLASS | WF_TPFLAGS_TYPE_SUBCLASS)

// ---------------------------------------------------------------------------------------
// Metaclass and base selection.

wf_type_t *wf_type_calculate_metaclass(wf_type_t *meta, wf_object_t *bases) {
    wf_type_t *winner = meta;
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(bases); i++) {
        wf_type_t *t = WF_TYPE(WF_TUPLE_GET(bases, i));
        if (wf_type_is_subtype(winner, t)) {
            continue;
        }
        if (wf_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        wf_err_set_string(&wf_exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

// 1 if `type` adds instance fields to `base` (not counting a __dict__ or __weakref__ slot
// added by a class statement, which multiple inheritance can share).
static int extra_ivars(wf_type_t *type, wf_type_t *base) {
    wf_ssize_t t_size = type->basicsize, b_size = base->basicsize;
    if (type->itemsize || base->itemsize) {
        return t_size != b_size || type->itemsize != base->itemsize;
    }
    int heap = (type->flags & WF_TPFLAGS_HEAPTYPE) != 0;
    wf_ssize_t ptr = (wf_ssize_t)sizeof(wf_object_t *);
    if (heap && type->weaklistoffset && base->weaklistoffset == 0 &&
        type->weaklistoffset + ptr == t_size) {
        t_size -= ptr;
    }
    if (heap && type->dictoffset && base->dictoffset == 0 && type->dictoffset + ptr == t_size) {
        t_size -= ptr;
    }
    return t_size != b_size;
}

wf_type_t *wf_type_solid_base(wf_type_t *type) {
    wf_type_t *base = type->base != NULL ? wf_type_solid_base(type->base) : &wf_object_type;
    return extra_ivars(type, base) ? type : base;
}

wf_type_t *wf_type_best_base(wf_object_t *bases) {
    wf_type_t *base = NULL, *winner = NULL;
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(bases); i++) {
        wf_object_t *b = WF_TUPLE_GET(bases, i);
        if (!WF_TYPE_CHECK(b)) {
            wf_err_set_string(&wf_exc_TypeError, "bases must be types");
            return NULL;
        }
        wf_type_t *bt = (wf_type_t *)b;
        if (bt->dict == NULL && wf_type_ready(bt) < 0) {
            return NULL;
        }
        if (!(bt->flags & WF_TPFLAGS_BASETYPE)) {
            wf_err_format(&wf_exc_TypeError, "type '%.100s' is not an acceptable base type", bt->name);
            return NULL;
        }
        wf_type_t *candidate = wf_type_solid_base(bt);
        if (winner == NULL) {
            winner = candidate;
            base = bt;
        } else if (wf_type_is_subtype(winner, candidate)) {
            // keep the current winner
        } else if (wf_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            wf_err_set_string(&wf_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

// ---------------------------------------------------------------------------------------
// Layout compatibility (__class__ and __bases__ assignment).

static int same_layout_as_base(wf_type_t *child) {
    wf_type_t *p = child->base;
    return p != NULL && child->basicsize == p->basicsize && child->itemsize == p->itemsize &&
           child->dictoffset == p->dictoffset && child->weaklistoffset == p->weaklistoffset &&
           ((child->flags ^ p->flags) & WF_TPFLAGS_HAVE_GC) == 0 &&
           (child->dealloc == wf_type_subtype_dealloc || child->dealloc == p->dealloc);
}

static int same_slots_added(wf_type_t *a, wf_type_t *b) {
    wf_type_t *base = a->base;
    if (base != b->base || a->basicsize != b->basicsize || a->itemsize != b->itemsize) {
        return 0;
    }
    wf_object_t *sa = a->slots, *sb = b->slots;
    if (sa == NULL && sb == NULL) {
        return a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset;
    }
    if (sa == NULL || sb == NULL || WF_TUPLE_SIZE(sa) != WF_TUPLE_SIZE(sb)) {
        return 0;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(sa); i++) {
        if (!wf_str_eq(WF_TUPLE_GET(sa, i), WF_TUPLE_GET(sb, i))) {
            return 0;
        }
    }
    return a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset;
}

int wf_type_compatible_layout(wf_type_t *oldto, wf_type_t *newto, const char *attr) {
    // Memory of GC and non-GC objects is released differently (CPython's tp_free check).
    if ((oldto->flags ^ newto->flags) & WF_TPFLAGS_HAVE_GC) {
        wf_err_format(&wf_exc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr,
                      newto->name, oldto->name);
        return 0;
    }
    wf_type_t *newbase = newto, *oldbase = oldto;
    while (same_layout_as_base(newbase)) {
        newbase = newbase->base;
    }
    while (same_layout_as_base(oldbase)) {
        oldbase = oldbase->base;
    }
    if (newbase != oldbase && (newbase->base != oldbase->base || !same_slots_added(newbase, oldbase))) {
        wf_err_format(&wf_exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
                      newto->name, oldto->name);
        return 0;
    }
    return 1;
}

// ---------------------------------------------------------------------------------------
// Instances of heap types.

static void clear_slots(wf_type_t *t, wf_object_t *o) {
    wf_heaptype_ext_t *ext = WF_HEAPTYPE_EXT(t);
    if (ext == NULL || ext->members == NULL) {
        return;
    }
    for (wf_member_def_t *m = ext->members; m->name != NULL; m++) {
        wf_object_t **p = (wf_object_t **)((char *)o + m->offset);
        WF_CLEAR(*p);
    }
}

void wf_type_subtype_dealloc(wf_object_t *o) {
    // Instances linked through attributes or slots (a long linked list of nodes) can
    // chain arbitrarily deep: release them through the trashcan.
    if (wf_list_trash_begin(o, wf_type_subtype_dealloc)) {
        return;
    }
    wf_type_t *type = WF_TYPE(o);
    wf_type_t *base = type;
    while (base->dealloc == wf_type_subtype_dealloc) {
        clear_slots(base, o);
        base = base->base;
    }
    if (type->dictoffset != 0 && base->dictoffset == 0) {
        wf_object_t **dp = wf_object_dict_ptr(o);
        if (dp != NULL) {
            WF_CLEAR(*dp);
        }
    }
    if ((type->flags & WF_TPFLAGS_HAVE_GC) && !(base->flags & WF_TPFLAGS_HAVE_GC)) {
        wf_gc_untrack(o);
    }
    base->dealloc(o);
    WF_DECREF(type);
    wf_list_trash_end();
}

static int subtype_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_type_t *type = WF_TYPE(o);
    wf_type_t *base = type;
    int r = visit(WF_OBJ(type), arg);
    while (r == 0 && base->traverse == subtype_traverse) {
        wf_heaptype_ext_t *ext = WF_HEAPTYPE_EXT(base);
        for (wf_member_def_t *m = ext->members; r == 0 && m != NULL && m->name != NULL; m++) {
            wf_object_t *v = *(wf_object_t **)((char *)o + m->offset);
            r = v != NULL ? visit(v, arg) : 0;
        }
        base = base->base;
    }
    if (r == 0 && type->dictoffset != 0 && base->dictoffset == 0) {
        wf_object_t **dp = wf_object_dict_ptr(o);
        if (dp != NULL && *dp != NULL) {
            r = visit(*dp, arg);
        }
    }
    if (r == 0 && base->traverse != NULL) {
        r = base->traverse(o, visit, arg);
    }
    return r;
}

static wf_object_t *subtype_get_dict(wf_object_t *o, void *closure) {
    return wf_object_get_dict(o);
}

static int subtype_set_dict(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_object_t **dp = wf_object_dict_ptr(o);
    if (dp == NULL) {
        return wf_err_format_int(&wf_exc_AttributeError, "This object has no __dict__");
    }
    if (value == NULL) {
        WF_CLEAR(*dp);  // a later access starts a new, empty one
        return 0;
    }
    if (!WF_DICT_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                                 WF_TYPE(value)->name);
    }
    WF_SETREF(*dp, wf_newref(value));
    return 0;
}

// __weakref__: the first weak reference to the object, or None.
static wf_object_t *subtype_get_weakref(wf_object_t *o, void *closure) {
    wf_ssize_t off = WF_TYPE(o)->weaklistoffset;
    wf_object_t *head = off > 0 ? *(wf_object_t **)((char *)o + off) : NULL;
    return wf_newref(head != NULL ? head : WF_NONE);
}

static wf_getset_def_t subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                              "dictionary for instance variables", NULL};
static wf_getset_def_t subtype_weakref_getset = {"__weakref__", subtype_get_weakref, NULL,
                                                 "list of weak references to the object", NULL};

// ---------------------------------------------------------------------------------------
// __slots__

static int is_identifier(wf_object_t *s) {
    wf_ssize_t n = WF_STR_LEN(s);
    if (n == 0) {
        return 0;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        uint32_t c = wf_str_char(s, i);
        int ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
                 (i > 0 && c >= '0' && c <= '9');
        if (!ok) {
            return 0;
        }
    }
    return 1;
}

// Private names (__x, not __x__) in a class body are mangled to _Class__x.
static wf_object_t *mangle(wf_object_t *classname, wf_object_t *name) {
    wf_ssize_t n = WF_STR_LEN(name);
    if (n < 3 || wf_str_char(name, 0) != '_' || wf_str_char(name, 1) != '_' ||
        (wf_str_char(name, n - 1) == '_' && wf_str_char(name, n - 2) == '_')) {
        return wf_newref(name);
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        if (wf_str_char(name, i) == '.') {
            return wf_newref(name);
        }
    }
    wf_ssize_t skip = 0, cn = WF_STR_LEN(classname);
    while (skip < cn && wf_str_char(classname, skip) == '_') {
        skip++;
    }
    if (skip == cn) {
        return wf_newref(name);
    }
    wf_object_t *stripped = wf_str_substring(classname, skip, cn);
    if (stripped == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_str_from_format("_%U%U", stripped, name);
    WF_DECREF(stripped);
    return r;
}

typedef struct {
    wf_object_t *names;  // sorted list of mangled member names, or NULL
    int add_dict, add_weak;
} slots_info_t;

static int slots_parse(wf_object_t *slots, wf_type_t *base, wf_object_t *name, wf_object_t *dict,
                       slots_info_t *info) {
    int may_add_dict = base->dictoffset == 0;
    int may_add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
    wf_object_t *tuple = WF_STR_CHECK(slots) ? wf_tuple_pack(1, slots) : wf_sequence_tuple(slots);
    if (tuple == NULL) {
        return -1;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(tuple);
    // int counts as variable-size here, as its CPython layout does.
    if (n > 0 && (base->itemsize != 0 || (base->flags & WF_TPFLAGS_INT_SUBCLASS))) {
        wf_err_format(&wf_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      base->name);
        goto error;
    }
    info->names = wf_list_new(0);
    if (info->names == NULL) {
        goto error;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *s = WF_TUPLE_GET(tuple, i);
        if (!WF_STR_CHECK(s)) {
            wf_err_format(&wf_exc_TypeError, "__slots__ items must be strings, not '%.200s'",
                          WF_TYPE(s)->name);
            goto error;
        }
        if (!is_identifier(s)) {
            wf_err_set_string(&wf_exc_TypeError, "__slots__ must be identifiers");
            goto error;
        }
        if (wf_str_eq(s, WF_ID(__dict__))) {
            if (!may_add_dict || info->add_dict) {
                wf_err_set_string(&wf_exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto error;
            }
            info->add_dict = 1;
            continue;
        }
        if (wf_str_eq(s, WF_ID(__weakref__))) {
            if (!may_add_weak || info->add_weak) {
                wf_err_set_string(&wf_exc_TypeError, "__weakref__ slot disallowed: we already got one");
                goto error;
            }
            info->add_weak = 1;
            continue;
        }
        wf_object_t *m = mangle(name, s);
        if (m == NULL) {
            goto error;
        }
        int conflict = wf_dict_contains(dict, m);
        if (conflict > 0 && !wf_str_eq(m, WF_ID(__qualname__)) && !wf_str_eq(m, WF_ID(__classcell__))) {
            wf_err_format(&wf_exc_ValueError, "%R in __slots__ conflicts with class variable", m);
            conflict = -1;
        }
        if (conflict < 0 || wf_list_append(info->names, m) < 0) {
            WF_DECREF(m);
            goto error;
        }
        WF_DECREF(m);
    }
    WF_DECREF(tuple);
    return wf_list_sort(info->names, NULL, 0);
error:
    WF_DECREF(tuple);
    WF_CLEAR(info->names);
    return -1;
}

// Lay the instance out: members, then __dict__, then __weakref__ (extra_ivars relies on
// that order). Fills t's sizes/offsets and the member table.
static int layout(wf_type_t *t, wf_type_t *base, slots_info_t *info) {
    wf_ssize_t ptr = (wf_ssize_t)sizeof(wf_object_t *);
    wf_ssize_t size = base->basicsize;
    t->itemsize = base->itemsize;
    wf_ssize_t n = info->names != NULL ? WF_LIST_SIZE(info->names) : 0;
    if (n > 0) {
        wf_heaptype_ext_t *ext = WF_HEAPTYPE_EXT(t);
        ext->members = wf_mem_calloc((size_t)n + 1, sizeof(wf_member_def_t));
        if (ext->members == NULL) {
            wf_err_nomemory();
            return -1;
        }
        ext->nmembers = n;
        size = (size + ptr - 1) & ~(ptr - 1);
        for (wf_ssize_t i = 0; i < n; i++) {
            const char *s = wf_str_as_utf8(WF_LIST_ITEMS(info->names)[i], NULL);
            char *copy = s != NULL ? wf_mem_strdup(s) : NULL;
            if (copy == NULL) {
                if (s != NULL) {
                    wf_err_nomemory();
                }
                return -1;
            }
            ext->members[i] = (wf_member_def_t){copy, WF_MEMBER_OBJECT_EX, size, 0, NULL};
            size += ptr;
        }
    }
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    if (info->add_dict) {
        if (base->itemsize != 0) {
            t->dictoffset = -ptr;
        } else {
            size = (size + ptr - 1) & ~(ptr - 1);
            t->dictoffset = size;
        }
        size += ptr;
    }
    if (info->add_weak) {
        size = (size + ptr - 1) & ~(ptr - 1);
        t->weaklistoffset = size;
        size += ptr;
    }
    t->basicsize = size;
    return 0;
}

static int add_descriptors(wf_type_t *t, slots_info_t *info) {
    wf_heaptype_ext_t *ext = WF_HEAPTYPE_EXT(t);
    for (wf_member_def_t *m = ext->members; m != NULL && m->name != NULL; m++) {
        wf_object_t *d = wf_descr_new_member(t, m);
        if (d == NULL || wf_dict_setitem_cstr(t->dict, m->name, d) < 0) {
            WF_XDECREF(d);
            return -1;
        }
        WF_DECREF(d);
    }
    wf_getset_def_t *gs[2] = {info->add_dict ? &subtype_dict_getset : NULL,
                              info->add_weak ? &subtype_weakref_getset : NULL};
    for (int i = 0; i < 2; i++) {
        if (gs[i] == NULL) {
            continue;
        }
        wf_object_t *name = wf_str_intern_cstr(gs[i]->name);
        int has = name != NULL ? wf_dict_contains(t->dict, name) : -1;
        if (has < 0) {
            return -1;
        }
        if (has) {
            continue;
        }
        wf_object_t *d = wf_descr_new_getset(t, gs[i]);
        if (d == NULL || wf_dict_setitem(t->dict, name, d) < 0) {
            WF_XDECREF(d);
            return -1;
        }
        WF_DECREF(d);
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// The namespace of a new class.

static int ns_peek(wf_object_t *dict, wf_object_t *name, wf_object_t **v) {
    *v = NULL;
    int r = wf_dict_get_ref(dict, name, v);
    if (r > 0) {
        WF_DECREF(*v);  // the dict keeps it
    }
    return r;
}

// __module__ defaults to the __name__ of the calling code's globals.
static int set_module(wf_object_t *dict) {
    wf_object_t *v;
    int r = ns_peek(dict, WF_ID(__module__), &v);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    wf_tstate_t *ts = wf_tstate_get();
    if (ts == NULL || ts->frame == NULL || ts->frame->globals == NULL) {
        return 0;
    }
    wf_object_t *modname = NULL;
    r = wf_dict_get_ref(ts->frame->globals, WF_ID(__name__), &modname);
    if (r <= 0) {
        return r;
    }
    r = wf_dict_setitem(dict, WF_ID(__module__), modname);
    WF_DECREF(modname);
    return r;
}

// __new__ is implicitly a static method, __init_subclass__ and __class_getitem__ class
// methods, when they are plain functions.
static int wrap_implicit(wf_object_t *dict, wf_object_t *name, wf_object_t *(*wrap)(wf_object_t *)) {
    wf_object_t *v;
    int r = ns_peek(dict, name, &v);
    if (r <= 0 || !WF_FUNC_CHECK(v)) {
        return r < 0 ? -1 : 0;
    }
    wf_object_t *w = wrap(v);
    if (w == NULL) {
        return -1;
    }
    r = wf_dict_setitem(dict, name, w);
    WF_DECREF(w);
    return r;
}

static int set_qualname(wf_type_t *t) {
    wf_object_t *q;
    int r = ns_peek(t->dict, WF_ID(__qualname__), &q);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        t->qualname = wf_newref(t->name_obj);
        return 0;
    }
    if (!WF_STR_CHECK(q)) {
        return wf_err_format_int(&wf_exc_TypeError, "type __qualname__ must be a str, not %s",
                                 WF_TYPE(q)->name);
    }
    t->qualname = wf_newref(q);
    return wf_dict_delitem(t->dict, WF_ID(__qualname__));
}

static int set_classcell(wf_type_t *t) {
    wf_object_t *cell;
    int r = ns_peek(t->dict, WF_ID(__classcell__), &cell);
    if (r <= 0) {
        return r;
    }
    if (WF_TYPE(cell) != &wf_cell_type) {
        return wf_err_format_int(&wf_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                                 WF_OBJ(WF_TYPE(cell)));
    }
    wf_cell_set(cell, WF_OBJ(t));
    return wf_dict_delitem(t->dict, WF_ID(__classcell__));
}

static int set_hash_none(wf_object_t *dict) {
    int has_eq = wf_dict_contains(dict, WF_ID(__eq__));
    int has_hash = has_eq > 0 ? wf_dict_contains(dict, WF_ID(__hash__)) : 1;
    if (has_eq < 0 || has_hash < 0) {
        return -1;
    }
    return has_eq && !has_hash ? wf_dict_setitem(dict, WF_ID(__hash__), WF_NONE) : 0;
}

static int set_doc_default(wf_object_t *dict) {
    int has = wf_dict_contains(dict, WF_ID(__doc__));
    if (has != 0) {
        return has < 0 ? -1 : 0;
    }
    return wf_dict_setitem(dict, WF_ID(__doc__), WF_NONE);
}

// Call __set_name__ on every attribute that defines it. An error propagates with a note
// naming the attribute.
static int call_set_names(wf_type_t *t) {
    wf_object_t *items = wf_dict_items_list(t->dict);
    if (items == NULL) {
        return -1;
    }
    int r = 0;
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(items) && r == 0; i++) {
        wf_object_t *pair = WF_LIST_ITEMS(items)[i];
        wf_object_t *key = WF_TUPLE_GET(pair, 0), *value = WF_TUPLE_GET(pair, 1);
        wf_object_t *args[2] = {WF_OBJ(t), key};
        int missing = 0;
        wf_object_t *res = wf_call_dunder(value, WF_ID(__set_name__), args, 2, &missing);
        if (res != NULL) {
            WF_DECREF(res);
        } else if (!missing) {
            wf_object_t *exc = wf_err_fetch();
            wf_object_t *note = wf_str_from_format("Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                                                   WF_TYPE(value)->name, key, t->name);
            if (note != NULL && exc != NULL) {
                wf_object_t *nr = wf_call_method_cstr(exc, "add_note", &note, 1);
                WF_XDECREF(nr);
                wf_err_clear();
            }
            WF_XDECREF(note);
            wf_err_restore(exc);
            r = -1;
        }
    }
    WF_DECREF(items);
    return r;
}

// super(t, t).__init_subclass__(**kwds)
static int call_init_subclass(wf_type_t *t, wf_object_t *kwds) {
    wf_object_t *f = wf_super_lookup(t, WF_OBJ(t), WF_ID(__init_subclass__), NULL);
    if (f == NULL) {
        return -1;
    }
    wf_ssize_t nkw = kwds != NULL ? wf_dict_size(kwds) : 0;
    wf_object_t *r;
    if (nkw == 0) {
        r = wf_vectorcall(f, NULL, 0, NULL);
    } else {
        wf_object_t *kwnames = wf_tuple_new(nkw);
        wf_object_t **vals = wf_mem_alloc((size_t)nkw * sizeof(wf_object_t *));
        if (kwnames == NULL || vals == NULL) {
            WF_XDECREF(kwnames);
            wf_mem_free(vals);
            WF_DECREF(f);
            return vals == NULL && kwnames != NULL ? (wf_err_nomemory(), -1) : -1;
        }
        wf_ssize_t pos = 0, i = 0;
        wf_object_t *k, *v;
        while (i < nkw && wf_dict_next(kwds, &pos, &k, &v)) {
            WF_TUPLE_SET_STEAL(kwnames, i, wf_newref(k));
            vals[i++] = v;
        }
        r = wf_vectorcall(f, vals, 0, kwnames);
        wf_mem_free(vals);
        WF_DECREF(kwnames);
    }
    WF_DECREF(f);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

// ---------------------------------------------------------------------------------------
// type.__new__

static int check_bases(wf_object_t *bases) {
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(bases); i++) {
        wf_object_t *b = WF_TUPLE_GET(bases, i);
        if (WF_TYPE_CHECK(b)) {
            continue;
        }
        int has = wf_hasattr(b, WF_ID(__mro_entries__));
        if (has < 0) {
            return -1;
        }
        if (has) {
            return wf_err_format_int(&wf_exc_TypeError,
                                     "type() doesn't support MRO entry resolution; use "
                                     "types.new_class()");
        }
    }
    return 0;
}

// The part of class creation that fills the freshly allocated type object.
static int init_heap_type(wf_type_t *t, wf_type_t *base, wf_object_t *name, wf_object_t *bases) {
    wf_heaptype_ext_t *ext = wf_mem_calloc(1, sizeof(wf_heaptype_ext_t));
    if (ext == NULL) {
        wf_err_nomemory();
        return -1;
    }
    t->extra = ext;
    wf_ssize_t len;
    const char *s = wf_str_as_utf8(name, &len);
    if (s == NULL) {
        return -1;
    }
    if ((wf_ssize_t)strlen(s) != len) {
        return wf_err_format_int(&wf_exc_ValueError, "type name must not contain null characters");
    }
    ext->name = wf_mem_strdup(s);
    if (ext->name == NULL) {
        wf_err_nomemory();
        return -1;
    }
    t->name = ext->name;
    t->name_obj = wf_newref(name);
    t->bases = wf_newref(bases);
    t->base = (wf_type_t *)wf_newref(base);
    t->flags = WF_TPFLAGS_HEAPTYPE | WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC |
               (base->flags & (TYPE_SUBCLASS_FLAGS | WF_TPFLAGS_SEQUENCE | WF_TPFLAGS_MAPPING));
    t->dealloc = wf_type_subtype_dealloc;
    t->traverse = subtype_traverse;
    t->doc = NULL;
    return 0;
}

static int finish_heap_type(wf_type_t *t, slots_info_t *info) {
    if (add_descriptors(t, info) < 0 || set_doc_default(t->dict) < 0 || set_hash_none(t->dict) < 0) {
        return -1;
    }
    t->mro = wf_type_compute_mro(t);
    if (t->mro == NULL || wf_slots_fixup(t) < 0) {
        return -1;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(t->bases); i++) {
        if (wf_type_add_subclass((wf_type_t *)WF_TUPLE_GET(t->bases, i), t) < 0) {
            return -1;
        }
    }
    t->flags |= WF_TPFLAGS_READY;
    return 0;
}

static wf_object_t *delegate_to_winner(wf_type_t *winner, wf_object_t *name, wf_object_t *bases,
                                       wf_object_t *ns, wf_object_t *kwds) {
    wf_object_t *args = wf_tuple_pack(3, name, bases, ns);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *r = winner->new(winner, args, kwds);
    WF_DECREF(args);
    return r;
}

wf_object_t *wf_type_new(wf_type_t *metatype, wf_object_t *name, wf_object_t *bases,
                         wf_object_t *ns, wf_object_t *kwds) {
    if (check_bases(bases) < 0) {
        return NULL;
    }
    wf_type_t *winner = wf_type_calculate_metaclass(metatype, bases);
    if (winner == NULL) {
        return NULL;
    }
    if (winner != metatype) {
        if (winner->new != wf_type_new_slot) {
            return delegate_to_winner(winner, name, bases, ns, kwds);
        }
        metatype = winner;
    }
    wf_object_t *own_bases = NULL;
    if (WF_TUPLE_SIZE(bases) == 0) {
        bases = own_bases = wf_tuple_pack(1, WF_OBJ(&wf_object_type));
        if (bases == NULL) {
            return NULL;
        }
    }
    slots_info_t info = {NULL, 0, 0};
    wf_type_t *t = NULL;
    wf_object_t *dict = NULL;
    wf_type_t *base = wf_type_best_base(bases);
    if (base == NULL || (dict = wf_dict_copy(ns)) == NULL) {
        goto error;
    }
    wf_object_t *slots;
    int rs = ns_peek(dict, WF_ID(__slots__), &slots);
    if (rs < 0) {
        goto error;
    }
    if (rs == 0) {
        info.add_dict = base->dictoffset == 0;
        info.add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
    } else if (slots_parse(slots, base, name, dict, &info) < 0) {
        goto error;
    }
    t = (wf_type_t *)wf_type_alloc(metatype, 0);
    if (t == NULL) {
        goto error;
    }
    // From here on the type owns the dict and deallocates as a heap type.
    t->flags = WF_TPFLAGS_HEAPTYPE;
    t->dict = dict;
    dict = NULL;
    if (init_heap_type(t, base, name, bases) < 0) {
        goto error;
    }
    if (info.names != NULL && WF_LIST_SIZE(info.names) > 0) {
        t->slots = wf_list_as_tuple(info.names);
        if (t->slots == NULL) {
            goto error;
        }
    }
    if (set_module(t->dict) < 0 || set_qualname(t) < 0 ||
        wrap_implicit(t->dict, WF_ID(__new__), wf_staticmethod_new) < 0 ||
        wrap_implicit(t->dict, WF_ID(__init_subclass__), wf_classmethod_new) < 0 ||
        wrap_implicit(t->dict, WF_ID(__class_getitem__), wf_classmethod_new) < 0 ||
        set_classcell(t) < 0 || layout(t, base, &info) < 0 || finish_heap_type(t, &info) < 0) {
        goto error;
    }
    WF_CLEAR(info.names);
    WF_XDECREF(own_bases);
    if (call_set_names(t) < 0 || call_init_subclass(t, kwds) < 0) {
        WF_DECREF(t);
        return NULL;
    }
    return WF_OBJ(t);
error:
    WF_XDECREF(info.names);
    WF_XDECREF(dict);
    WF_XDECREF(own_bases);
    WF_XDECREF(t);
    return NULL;
}

wf_object_t *wf_type_new_slot(wf_type_t *metatype, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    wf_ssize_t nkw = kwargs == NULL ? 0 : wf_dict_size(kwargs);
    if (metatype == &wf_type_type && nargs == 1 && nkw == 0) {
        return wf_newref(WF_TYPE(WF_TUPLE_GET(args, 0)));
    }
    if (nargs != 3) {
        return wf_err_format(&wf_exc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                             nargs);
    }
    wf_object_t *name = WF_TUPLE_GET(args, 0), *bases = WF_TUPLE_GET(args, 1),
                *ns = WF_TUPLE_GET(args, 2);
    if (!WF_STR_CHECK(name)) {
        return wf_err_format(&wf_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                             WF_TYPE(name)->name);
    }
    if (!WF_TUPLE_CHECK(bases)) {
        return wf_err_format(&wf_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             WF_TYPE(bases)->name);
    }
    if (!WF_DICT_CHECK(ns)) {
        return wf_err_format(&wf_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             WF_TYPE(ns)->name);
    }
    if (check_bases(bases) < 0) {
        return NULL;
    }
    wf_type_t *winner = wf_type_calculate_metaclass(metatype, bases);
    if (winner == NULL) {
        return NULL;
    }
    if (winner != metatype && winner->new != wf_type_new_slot) {
        return winner->new(winner, args, kwargs);
    }
    return wf_type_new(winner, name, bases, ns, kwargs);
}

// ---------------------------------------------------------------------------------------
// builtins.__build_class__

// Replace bases that are not classes by their __mro_entries__(orig_bases). New tuple.
static wf_object_t *update_bases(wf_object_t *orig) {
    wf_object_t *list = NULL;
    wf_ssize_t n = WF_TUPLE_SIZE(orig);
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *b = WF_TUPLE_GET(orig, i);
        wf_object_t *meth = NULL;
        if (!WF_TYPE_CHECK(b) && wf_getattr_opt(b, WF_ID(__mro_entries__), &meth) < 0) {
            goto error;
        }
        if (meth == NULL) {
            if (list != NULL && wf_list_append(list, b) < 0) {
                goto error;
            }
            continue;
        }
        wf_object_t *entries = wf_call_one(meth, orig);
        WF_DECREF(meth);
        if (entries == NULL) {
            goto error;
        }
        if (!WF_TUPLE_CHECK(entries)) {
            WF_DECREF(entries);
            wf_err_set_string(&wf_exc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (list == NULL && (list = wf_list_from_array(WF_TUPLE_ITEMS(orig), i)) == NULL) {
            WF_DECREF(entries);
            goto error;
        }
        int r = wf_list_extend(list, entries);
        WF_DECREF(entries);
        if (r < 0) {
            goto error;
        }
    }
    if (list == NULL) {
        return wf_newref(orig);
    }
    wf_object_t *t = wf_list_as_tuple(list);
    WF_DECREF(list);
    return t;
error:
    WF_XDECREF(list);
    return NULL;
}

typedef struct {
    wf_object_t *meta;       // explicit metaclass= or NULL
    wf_object_t *kwnames;    // the other keyword names (tuple) or NULL
    wf_object_t **kwvalues;  // their values (borrowed), wf_mem_alloc'ed
    wf_ssize_t nkw;
} class_kwargs_t;

static int split_kwargs(wf_object_t *const *args, wf_ssize_t nargs, wf_object_t *kwnames,
                        class_kwargs_t *kw) {
    wf_ssize_t n = kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0;
    kw->meta = NULL;
    kw->kwnames = NULL;
    kw->kwvalues = NULL;
    kw->nkw = 0;
    if (n == 0) {
        return 0;
    }
    kw->kwvalues = wf_mem_alloc((size_t)n * sizeof(wf_object_t *));
    wf_object_t *names = wf_list_new(0);
    if (kw->kwvalues == NULL || names == NULL) {
        WF_XDECREF(names);
        if (kw->kwvalues == NULL) {
            wf_err_nomemory();
        }
        return -1;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *k = WF_TUPLE_GET(kwnames, i);
        if (wf_str_eq(k, WF_ID(metaclass))) {
            kw->meta = args[nargs + i];
            continue;
        }
        if (wf_list_append(names, k) < 0) {
            WF_DECREF(names);
            return -1;
        }
        kw->kwvalues[kw->nkw++] = args[nargs + i];
    }
    if (kw->nkw > 0) {
        kw->kwnames = wf_list_as_tuple(names);
    }
    WF_DECREF(names);
    return kw->nkw > 0 && kw->kwnames == NULL ? -1 : 0;
}

// callable(a, b[, c], **kw) with the class keywords.
static wf_object_t *call_with_kw(wf_object_t *callable, wf_object_t **pos, wf_ssize_t npos,
                                 class_kwargs_t *kw) {
    wf_object_t *small[8];
    wf_object_t **stack = small;
    size_t total = (size_t)(npos + kw->nkw);
    if (total > sizeof(small) / sizeof(small[0])) {
        stack = wf_mem_alloc(total * sizeof(wf_object_t *));
        if (stack == NULL) {
            return wf_err_nomemory();
        }
    }
    for (wf_ssize_t i = 0; i < npos; i++) {
        stack[i] = pos[i];
    }
    for (wf_ssize_t i = 0; i < kw->nkw; i++) {
        stack[npos + i] = kw->kwvalues[i];
    }
    wf_object_t *r = wf_vectorcall(callable, stack, npos, kw->kwnames);
    if (stack != small) {
        wf_mem_free(stack);
    }
    return r;
}

// The class namespace from metaclass.__prepare__(name, bases, **kw), or a new dict.
static wf_object_t *prepare_namespace(wf_object_t *meta, int is_class, wf_object_t *name,
                                      wf_object_t *bases, class_kwargs_t *kw) {
    wf_object_t *prep = NULL;
    if (wf_getattr_opt(meta, WF_ID(__prepare__), &prep) < 0) {
        return NULL;
    }
    if (prep == NULL) {
        return wf_dict_new();
    }
    wf_object_t *pos[2] = {name, bases};
    wf_object_t *ns = call_with_kw(prep, pos, 2, kw);
    WF_DECREF(prep);
    if (ns != NULL && WF_TYPE(ns)->getitem == NULL) {
        wf_err_format(&wf_exc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                      is_class ? ((wf_type_t *)meta)->name : "<metaclass>", WF_TYPE(ns)->name);
        WF_CLEAR(ns);
    }
    return ns;
}

// After the class object exists: the __class__ cell the body returned must hold it.
static int check_classcell(wf_object_t *cell, wf_object_t *cls, wf_object_t *name) {
    if (cls == NULL || WF_TYPE(cell) != &wf_cell_type || !WF_TYPE_CHECK(cls)) {
        return 0;
    }
    wf_object_t *in_cell = WF_CELL_GET(cell);
    if (in_cell == cls) {
        return 0;
    }
    if (in_cell == NULL) {
        return wf_err_format_int(&wf_exc_RuntimeError,
                                 "__class__ not set defining %.200R as %.200R. Was __classcell__ "
                                 "propagated to type.__new__?",
                                 name, cls);
    }
    return wf_err_format_int(&wf_exc_TypeError, "__class__ set to %.200R defining %.200R as %.200R",
                             in_cell, name, cls);
}

static wf_object_t *build_class(wf_object_t *func, wf_object_t *name, wf_object_t *orig_bases,
                                class_kwargs_t *kw) {
    wf_object_t *bases = update_bases(orig_bases);
    if (bases == NULL) {
        return NULL;
    }
    wf_object_t *meta = kw->meta, *ns = NULL, *cell = NULL, *cls = NULL;
    int is_class;
    if (meta == NULL) {
        meta = WF_TUPLE_SIZE(bases) > 0 ? WF_OBJ(WF_TYPE(WF_TUPLE_GET(bases, 0)))
                                        : WF_OBJ(&wf_type_type);
        is_class = 1;
    } else {
        is_class = WF_TYPE_CHECK(meta) != 0;
    }
    if (is_class) {
        meta = WF_OBJ(wf_type_calculate_metaclass((wf_type_t *)meta, bases));
        if (meta == NULL) {
            goto done;
        }
    }
    ns = prepare_namespace(meta, is_class, name, bases, kw);
    if (ns == NULL) {
        goto done;
    }
    cell = wf_eval_class_body(func, ns);
    if (cell == NULL) {
        goto done;
    }
    if (bases != orig_bases && wf_setitem(ns, wf_str_intern_cstr("__orig_bases__"), orig_bases) < 0) {
        goto done;
    }
    wf_object_t *pos[3] = {name, bases, ns};
    cls = call_with_kw(meta, pos, 3, kw);
    if (check_classcell(cell, cls, name) < 0) {
        WF_CLEAR(cls);
    }
done:
    WF_XDECREF(cell);
    WF_XDECREF(ns);
    WF_DECREF(bases);
    return cls;
}

wf_object_t *wf_build_class(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                            wf_object_t *kwnames) {
    if (nargs < 2) {
        return wf_err_set_string(&wf_exc_TypeError, "__build_class__: not enough arguments");
    }
    if (!WF_FUNC_CHECK(args[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "__build_class__: func must be a function");
    }
    if (!WF_STR_CHECK(args[1])) {
        return wf_err_set_string(&wf_exc_TypeError, "__build_class__: name is not a string");
    }
    wf_object_t *orig_bases = wf_tuple_from_array(args + 2, nargs - 2);
    if (orig_bases == NULL) {
        return NULL;
    }
    class_kwargs_t kw;
    wf_object_t *cls = NULL;
    if (split_kwargs(args, nargs, kwnames, &kw) == 0) {
        cls = build_class(args[0], args[1], orig_bases, &kw);
    }
    WF_XDECREF(kw.kwnames);
    wf_mem_free(kw.kwvalues);
    WF_DECREF(orig_bases);
    return cls;
}
