// dict views (d.keys(), d.values(), d.items()) and the dict iterators.
//
// A view holds only its dict; len, iteration and membership read the live dict. Keys and
// items views are set-like: ==, <, <= ... against any set or set-like view, and the
// operators & | - ^ return new sets. An iterator remembers the dict's size at creation:
// a change of size raises "dictionary changed size during iteration", and an entry found
// after the expected count is exhausted raises "dictionary keys changed during iteration".
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#define D(o) ((wf_dict_t *)(o))

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *dict;
} view_t;

#define VIEW_DICT(o) (((view_t *)(o))->dict)
#define IS_KEYS(o) (WF_TYPE(o) == &wf_dict_keys_type)
#define IS_ITEMS(o) (WF_TYPE(o) == &wf_dict_items_type)
#define IS_SETLIKE_VIEW(o) (IS_KEYS(o) || IS_ITEMS(o))

// ---------------------------------------------------------------------------------------
// Iterators.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *dict;    // NULL once exhausted
    wf_ssize_t used;      // size at creation; -1 after a size change was reported
    wf_ssize_t pos;       // next entry (forward) or current candidate (reversed)
    wf_ssize_t len;       // items still expected
    wf_object_t *result;  // items: a 2-tuple reused while nobody else holds it
} dict_iter_t;

static wf_type_t *const iter_types[2][3] = {
    {&wf_dict_keyiter_type, &wf_dict_valueiter_type, &wf_dict_itemiter_type},
    {&wf_dict_revkeyiter_type, &wf_dict_revvalueiter_type, &wf_dict_revitemiter_type},
};

wf_object_t *wf_dict_iter_new(wf_object_t *d, int kind, int reversed) {
    dict_iter_t *it = (dict_iter_t *)wf_object_alloc(iter_types[reversed][kind], sizeof(dict_iter_t));
    if (it == NULL) {
        return NULL;
    }
    it->dict = wf_newref(d);
    it->used = wf_dict_size(d);
    it->len = it->used;
    it->pos = reversed ? D(d)->keys->nentries - 1 : 0;
    it->result = NULL;
    if (kind == 2) {
        it->result = wf_tuple_pack(2, WF_NONE, WF_NONE);
        if (it->result == NULL) {
            WF_DECREF(it);
            return NULL;
        }
    }
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static void dictiter_dealloc(wf_object_t *o) {
    dict_iter_t *it = (dict_iter_t *)o;
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, dictiter_dealloc)) {
        return;
    }
    WF_XDECREF(it->dict);
    WF_XDECREF(it->result);
    wf_object_free(o);
    wf_list_trash_end();
}

static int dictiter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    dict_iter_t *it = (dict_iter_t *)o;
    int r = it->dict != NULL ? visit(it->dict, arg) : 0;
    if (!r && it->result != NULL) {
        r = visit(it->result, arg);
    }
    return r;
}

// The next live entry (borrowed key/value) or 0 when exhausted or on error.
static int dictiter_step(dict_iter_t *it, int reversed, wf_object_t **key, wf_object_t **value) {
    wf_object_t *d = it->dict;
    if (d == NULL) {
        return 0;
    }
    if (it->used != wf_dict_size(d)) {
        wf_err_set_string(&wf_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;  // stays broken
        return 0;
    }
    int found = 0;
    WF_BEGIN_CRITICAL(d);
    wf_dict_keys_t *k = D(d)->keys;
    wf_ssize_t i = it->pos;
    if (reversed) {
        if (i >= k->nentries) {
            i = k->nentries - 1;
        }
        while (i >= 0 && k->entries[i].value == NULL) {
            i--;
        }
        if (i >= 0) {
            it->pos = i - 1;
            found = 1;
        }
    } else {
        while (i < k->nentries && k->entries[i].value == NULL) {
            i++;
        }
        if (i < k->nentries) {
            it->pos = i + 1;
            found = 1;
        }
    }
    if (found) {
        *key = k->entries[i].key;
        *value = k->entries[i].value;
    }
    WF_END_CRITICAL(d);
    if (found && it->len == 0) {
        // An entry we did not expect: keys were replaced while the size stayed the same.
        wf_err_set_string(&wf_exc_RuntimeError, "dictionary keys changed during iteration");
        found = 0;
    }
    if (!found) {
        it->dict = NULL;
        WF_DECREF(d);
        return 0;
    }
    it->len--;
    return 1;
}

static wf_object_t *keyiter_next(wf_object_t *o) {
    wf_object_t *key, *value;
    return dictiter_step((dict_iter_t *)o, 0, &key, &value) ? wf_newref(key) : NULL;
}

static wf_object_t *valueiter_next(wf_object_t *o) {
    wf_object_t *key, *value;
    return dictiter_step((dict_iter_t *)o, 0, &key, &value) ? wf_newref(value) : NULL;
}

static wf_object_t *make_pair(dict_iter_t *it, wf_object_t *key, wf_object_t *value) {
    wf_object_t *r = it->result;
    WF_INCREF(key);
    WF_INCREF(value);
    if (r != NULL && wf_is_unique(r)) {
        // Nobody kept the previous pair: refill it in place.
        wf_object_t *ok = WF_TUPLE_GET(r, 0), *ov = WF_TUPLE_GET(r, 1);
        WF_TUPLE_SET_STEAL(r, 0, key);
        WF_TUPLE_SET_STEAL(r, 1, value);
        ((wf_tuple_t *)r)->hash = -1;
        WF_DECREF(ok);
        WF_DECREF(ov);
        return wf_newref(r);
    }
    wf_object_t *pair = wf_tuple_new(2);
    if (pair == NULL) {
        WF_DECREF(key);
        WF_DECREF(value);
        return NULL;
    }
    WF_TUPLE_SET_STEAL(pair, 0, key);
    WF_TUPLE_SET_STEAL(pair, 1, value);
    return pair;
}

static wf_object_t *itemiter_next(wf_object_t *o) {
    wf_object_t *key, *value;
    if (!dictiter_step((dict_iter_t *)o, 0, &key, &value)) {
        return NULL;
    }
    return make_pair((dict_iter_t *)o, key, value);
}

static wf_object_t *revkeyiter_next(wf_object_t *o) {
    wf_object_t *key, *value;
    return dictiter_step((dict_iter_t *)o, 1, &key, &value) ? wf_newref(key) : NULL;
}

static wf_object_t *revvalueiter_next(wf_object_t *o) {
    wf_object_t *key, *value;
    return dictiter_step((dict_iter_t *)o, 1, &key, &value) ? wf_newref(value) : NULL;
}

static wf_object_t *revitemiter_next(wf_object_t *o) {
    wf_object_t *key, *value;
    if (!dictiter_step((dict_iter_t *)o, 1, &key, &value)) {
        return NULL;
    }
    return make_pair((dict_iter_t *)o, key, value);
}

static wf_object_t *dictiter_length_hint(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    dict_iter_t *it = (dict_iter_t *)o;
    wf_ssize_t n = 0;
    if (it->dict != NULL && it->used == wf_dict_size(it->dict)) {
        n = it->len;
    }
    return wf_int_from_ssize(n);
}

static wf_object_t *self_iter(wf_object_t *self) {
    return wf_newref(self);
}

// (iter, (list,)) of what is left, as CPython pickles dict iterators: a copy of the
// iterator is run so that this one keeps its place.
static wf_object_t *dictiter_reduce(wf_object_t *o, wf_object_t *unused) {
    dict_iter_t *it = (dict_iter_t *)o;
    wf_object_t *rest;
    if (it->dict == NULL) {
        rest = wf_list_new(0);
    } else {
        dict_iter_t *copy = (dict_iter_t *)wf_object_alloc(WF_TYPE(o), sizeof(dict_iter_t));
        if (copy == NULL) {
            return NULL;
        }
        copy->dict = wf_newref(it->dict);
        copy->used = it->used;
        copy->pos = it->pos;
        copy->len = it->len;
        copy->result = NULL;
        wf_gc_track(WF_OBJ(copy));
        rest = wf_sequence_list(WF_OBJ(copy));
        WF_DECREF(copy);
    }
    return wf_iter_reduce_rest(rest);
}

static wf_method_def_t dictiter_methods[] = {
    {"__length_hint__", {.noargs = dictiter_length_hint}, WF_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", {.noargs = dictiter_reduce}, WF_METH_NOARGS,
     "Return state information for pickling."},
    {0},
};

#define DICT_ITER_TYPE(var, pyname, nextfn)                        \
    wf_type_t var = {                                              \
        .ob_base = WF_STATIC_HEAD(&wf_type_type),                  \
        .name = pyname,                                            \
        .basicsize = sizeof(dict_iter_t),                          \
        .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,    \
        .dealloc = dictiter_dealloc,                               \
        .traverse = dictiter_traverse,                             \
        .iter = self_iter,                                         \
        .iternext = nextfn,                                        \
        .methods = dictiter_methods,                               \
    }

DICT_ITER_TYPE(wf_dict_keyiter_type, "dict_keyiterator", keyiter_next);
DICT_ITER_TYPE(wf_dict_valueiter_type, "dict_valueiterator", valueiter_next);
DICT_ITER_TYPE(wf_dict_itemiter_type, "dict_itemiterator", itemiter_next);
DICT_ITER_TYPE(wf_dict_revkeyiter_type, "dict_reversekeyiterator", revkeyiter_next);
DICT_ITER_TYPE(wf_dict_revvalueiter_type, "dict_reversevalueiterator", revvalueiter_next);
DICT_ITER_TYPE(wf_dict_revitemiter_type, "dict_reverseitemiterator", revitemiter_next);

// ---------------------------------------------------------------------------------------
// Views: common parts.

static wf_object_t *view_new(wf_object_t *d, wf_type_t *type) {
    view_t *v = (view_t *)wf_object_alloc(type, sizeof(view_t));
    if (v == NULL) {
        return NULL;
    }
    v->dict = wf_newref(d);
    wf_gc_track(WF_OBJ(v));
    return WF_OBJ(v);
}

wf_object_t *wf_dict_keys_view(wf_object_t *d) {
    return view_new(d, &wf_dict_keys_type);
}

wf_object_t *wf_dict_values_view(wf_object_t *d) {
    return view_new(d, &wf_dict_values_type);
}

wf_object_t *wf_dict_items_view(wf_object_t *d) {
    return view_new(d, &wf_dict_items_type);
}

static void view_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    if (wf_list_trash_begin(o, view_dealloc)) {
        return;
    }
    WF_XDECREF(VIEW_DICT(o));
    wf_object_free(o);
    wf_list_trash_end();
}

static int view_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return VIEW_DICT(o) != NULL ? visit(VIEW_DICT(o), arg) : 0;
}

static wf_ssize_t view_len(wf_object_t *o) {
    return wf_dict_size(VIEW_DICT(o));
}

static wf_object_t *view_repr(wf_object_t *o) {
    int st = wf_list_repr_enter(o);
    if (st != 0) {
        return st > 0 ? wf_str_from_cstr("...") : NULL;
    }
    wf_object_t *r = NULL;
    wf_object_t *seq = wf_sequence_list(o);
    if (seq != NULL) {
        r = wf_str_from_format("%s(%R)", WF_TYPE(o)->name, seq);
        WF_DECREF(seq);
    }
    wf_list_repr_leave(o);
    return r;
}

static wf_object_t *keys_iter(wf_object_t *o) {
    return wf_dict_iter_new(VIEW_DICT(o), 0, 0);
}

static wf_object_t *values_iter(wf_object_t *o) {
    return wf_dict_iter_new(VIEW_DICT(o), 1, 0);
}

static wf_object_t *items_iter(wf_object_t *o) {
    return wf_dict_iter_new(VIEW_DICT(o), 2, 0);
}

static wf_object_t *keys_reversed(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    return wf_dict_iter_new(VIEW_DICT(o), 0, 1);
}

static wf_object_t *values_reversed(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    return wf_dict_iter_new(VIEW_DICT(o), 1, 1);
}

static wf_object_t *items_reversed(wf_object_t *o, wf_object_t *unused) {
    (void)unused;
    return wf_dict_iter_new(VIEW_DICT(o), 2, 1);
}

static int keys_contains(wf_object_t *o, wf_object_t *key) {
    return wf_dict_contains(VIEW_DICT(o), key);
}

static int items_contains(wf_object_t *o, wf_object_t *item) {
    if (!WF_TUPLE_CHECK(item) || WF_TUPLE_SIZE(item) != 2) {
        return 0;
    }
    wf_object_t *found;
    int r = wf_dict_get_ref(VIEW_DICT(o), WF_TUPLE_GET(item, 0), &found);
    if (r <= 0) {
        return r;
    }
    r = wf_richcompare_bool(found, WF_TUPLE_GET(item, 1), WF_EQ);
    WF_DECREF(found);
    return r;
}

// ---------------------------------------------------------------------------------------
// Set-like behaviour of keys and items views.

// 1 if every item of `self` is in `other`.
static int all_contained_in(wf_object_t *self, wf_object_t *other) {
    wf_object_t *it = wf_iter(self);
    if (it == NULL) {
        return -1;
    }
    int ok = 1;
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                ok = -1;
            }
            break;
        }
        ok = wf_contains(other, item);
        WF_DECREF(item);
        if (ok <= 0) {
            break;
        }
    }
    WF_DECREF(it);
    return ok;
}

static wf_object_t *view_richcompare(wf_object_t *self, wf_object_t *other, int op) {
    if (!WF_ANYSET_CHECK(other) && !IS_SETLIKE_VIEW(other)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_ssize_t a = wf_len(self);
    if (a < 0) {
        return NULL;
    }
    wf_ssize_t b = wf_len(other);
    if (b < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case WF_EQ:
    case WF_NE:
        if (a == b) {
            ok = all_contained_in(self, other);
        }
        if (op == WF_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case WF_LT:
        if (a < b) {
            ok = all_contained_in(self, other);
        }
        break;
    case WF_LE:
        if (a <= b) {
            ok = all_contained_in(self, other);
        }
        break;
    case WF_GT:
        if (a > b) {
            ok = all_contained_in(other, self);
        }
        break;
    case WF_GE:
        if (a >= b) {
            ok = all_contained_in(other, self);
        }
        break;
    }
    if (ok < 0) {
        return NULL;
    }
    return wf_bool_from(ok);
}

// set(self), iterating the dict directly for keys views.
static wf_object_t *view_to_set(wf_object_t *self) {
    wf_object_t *src = IS_KEYS(self) ? VIEW_DICT(self) : self;
    return wf_set_new(src);
}

// Call set method `name` on `s` with one argument; steals nothing. 0 / -1.
static int call_set_method(wf_object_t *s, const char *name, wf_object_t *arg) {
    wf_object_t *r = wf_call_method_cstr(s, name, &arg, 1);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static wf_object_t *view_or(wf_object_t *a, wf_object_t *b) {
    wf_object_t *r = view_to_set(a);
    if (r == NULL) {
        return NULL;
    }
    if (call_set_method(r, "update", b) < 0) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

static wf_object_t *view_sub(wf_object_t *a, wf_object_t *b) {
    wf_object_t *r = view_to_set(a);
    if (r == NULL) {
        return NULL;
    }
    if (call_set_method(r, "difference_update", b) < 0) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

// items ^ items: pairs in exactly one of the two dicts (matching by key, then value).
static wf_object_t *items_xor(wf_object_t *d1, wf_object_t *d2) {
    wf_object_t *temp = wf_dict_copy(d1);
    if (temp == NULL) {
        return NULL;
    }
    wf_object_t *result = wf_set_new(NULL);
    if (result == NULL) {
        WF_DECREF(temp);
        return NULL;
    }
    wf_ssize_t pos = 0;
    wf_object_t *key, *val2;
    wf_hash_t hash;
    while (wf_dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        WF_INCREF(key);
        WF_INCREF(val2);
        wf_object_t *val1;
        int err = 0;
        int r = wf_dict_get_ref_hash(temp, key, hash, &val1);
        int to_delete = 0;
        if (r < 0) {
            err = 1;
        } else if (r > 0) {
            to_delete = wf_richcompare_bool(val1, val2, WF_EQ);
            WF_DECREF(val1);
            err = to_delete < 0;
        }
        if (!err && to_delete) {
            err = wf_dict_delitem(temp, key) < 0;
        } else if (!err) {
            wf_object_t *pair = wf_tuple_pack(2, key, val2);
            err = pair == NULL || wf_set_add(result, pair) < 0;
            WF_XDECREF(pair);
        }
        WF_DECREF(key);
        WF_DECREF(val2);
        if (err) {
            WF_DECREF(temp);
            WF_DECREF(result);
            return NULL;
        }
    }
    wf_object_t *remaining = wf_dict_items_view(temp);
    WF_DECREF(temp);
    if (remaining == NULL || call_set_method(result, "update", remaining) < 0) {
        WF_XDECREF(remaining);
        WF_DECREF(result);
        return NULL;
    }
    WF_DECREF(remaining);
    return result;
}

static wf_object_t *view_xor(wf_object_t *a, wf_object_t *b) {
    if (IS_ITEMS(a) && IS_ITEMS(b)) {
        return items_xor(VIEW_DICT(a), VIEW_DICT(b));
    }
    wf_object_t *r = view_to_set(a);
    if (r == NULL) {
        return NULL;
    }
    if (call_set_method(r, "symmetric_difference_update", b) < 0) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

static wf_object_t *view_and(wf_object_t *self, wf_object_t *other) {
    // The operands come in source order; the view may be the right one.
    if (!IS_SETLIKE_VIEW(self)) {
        wf_object_t *t = self;
        self = other;
        other = t;
    }
    wf_ssize_t len_self = wf_len(self);
    if (len_self < 0) {
        return NULL;
    }
    if (WF_TYPE(other) == &wf_set_type) {
        wf_ssize_t len_other = wf_len(other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_self <= len_other) {
            return wf_call_method_cstr(other, "intersection", &self, 1);
        }
    }
    if (IS_SETLIKE_VIEW(other)) {
        wf_ssize_t len_other = wf_len(other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_other > len_self) {
            wf_object_t *t = self;
            self = other;
            other = t;
        }
    }
    // self is a view; iterate the (smaller or arbitrary) other.
    wf_object_t *result = wf_set_new(NULL);
    if (result == NULL) {
        return NULL;
    }
    wf_object_t *it = wf_iter(other);
    if (it == NULL) {
        WF_DECREF(result);
        return NULL;
    }
    int keys = IS_KEYS(self);
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            break;
        }
        int r = keys ? keys_contains(self, item) : items_contains(self, item);
        if (r > 0) {
            r = wf_set_add(result, item) < 0 ? -1 : 1;
        }
        WF_DECREF(item);
        if (r < 0) {
            break;
        }
    }
    WF_DECREF(it);
    if (wf_err_occurred()) {
        WF_DECREF(result);
        return NULL;
    }
    return result;
}

static wf_object_t *view_isdisjoint(wf_object_t *self, wf_object_t *other) {
    if (self == other) {
        return wf_bool_from(wf_dict_size(VIEW_DICT(self)) == 0);
    }
    // Iterate over the shorter object when other is set-like (its `in` is cheap).
    if (WF_ANYSET_CHECK(other) || IS_SETLIKE_VIEW(other)) {
        wf_ssize_t a = wf_len(self), b = wf_len(other);
        if (a < 0 || b < 0) {
            return NULL;
        }
        if (b > a) {
            wf_object_t *t = self;
            self = other;
            other = t;
        }
    }
    wf_object_t *it = wf_iter(other);
    if (it == NULL) {
        return NULL;
    }
    int disjoint = 1;
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                disjoint = -1;
            }
            break;
        }
        int r = wf_contains(self, item);
        WF_DECREF(item);
        if (r != 0) {
            disjoint = r < 0 ? -1 : 0;
            break;
        }
    }
    WF_DECREF(it);
    return disjoint < 0 ? NULL : wf_bool_from(disjoint);
}

static wf_object_t *view_mapping(wf_object_t *self, void *closure) {
    (void)closure;
    return wf_mappingproxy_new(VIEW_DICT(self));
}

static wf_getset_def_t view_getsets[] = {
    {"mapping", view_mapping, NULL,
     "dictionary that this view refers to", NULL},
    {0},
};

// ---------------------------------------------------------------------------------------
// Type objects.

static wf_method_def_t keys_methods[] = {
    {"isdisjoint", {.o = view_isdisjoint}, WF_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", {.noargs = keys_reversed}, WF_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {0},
};

static wf_method_def_t items_methods[] = {
    {"isdisjoint", {.o = view_isdisjoint}, WF_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", {.noargs = items_reversed}, WF_METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {0},
};

static wf_method_def_t values_methods[] = {
    {"__reversed__", {.noargs = values_reversed}, WF_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {0},
};

wf_type_t wf_dict_keys_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "dict_keys",
    .basicsize = sizeof(view_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .binop = {[WF_BINOP_SUB] = view_sub, [WF_BINOP_AND] = view_and, [WF_BINOP_OR] = view_or,
              [WF_BINOP_XOR] = view_xor},
    .len = view_len,
    .contains = keys_contains,
    .methods = keys_methods,
    .getsets = view_getsets,
};

wf_type_t wf_dict_items_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "dict_items",
    .basicsize = sizeof(view_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .hash = wf_hash_not_implemented,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .binop = {[WF_BINOP_SUB] = view_sub, [WF_BINOP_AND] = view_and, [WF_BINOP_OR] = view_or,
              [WF_BINOP_XOR] = view_xor},
    .len = view_len,
    .contains = items_contains,
    .methods = items_methods,
    .getsets = view_getsets,
};

wf_type_t wf_dict_values_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "dict_values",
    .basicsize = sizeof(view_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};
