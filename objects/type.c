// The type object: readying static types, allocation, attribute lookup along the MRO with
// the method cache, subclass tracking, and the attributes and methods of `type` itself.
// Class creation (type.__new__, __build_class__, __slots__, layouts) is in type_new.c;
// the dunder <-> slot machinery in type_slots.c.
//
// Method cache: wf_type_lookup() is keyed by (version tag, interned name) in one global
// direct-mapped table. A type gets a tag on its first cached lookup, after its bases;
// wf_type_modified() zeroes the tags of a type and its subclasses, so stale entries can
// no longer match (tags are never reused). Misses are cached too (value NULL). Values are
// borrowed from type dicts: a dict change always goes with a tag change.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

// ---------------------------------------------------------------------------------------
// Version tags and the method cache.

#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)

typedef struct {
    uint32_t version;
    wf_object_t *name;   // interned (immortal) str
    wf_object_t *value;  // borrowed from a dict along the MRO; NULL = not found
} mcache_entry_t;

static mcache_entry_t mcache[MCACHE_SIZE];
static uint32_t next_version_tag = 1;

static inline size_t mcache_index(uint32_t version, wf_object_t *name) {
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)version * 2654435761u);
    return (size_t)(h ^ (h >> MCACHE_BITS)) & (MCACHE_SIZE - 1);
}

int wf_type_assign_version(wf_type_t *t) {
    if (WF_ATOMIC_LOAD_RELAXED(&t->version_tag) != 0) {
        return 1;
    }
    if (t->bases == NULL) {
        return 0;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(t->bases); i++) {
        if (!wf_type_assign_version((wf_type_t *)WF_TUPLE_GET(t->bases, i))) {
            return 0;
        }
    }
    uint32_t v = WF_ATOMIC_ADD_ALWAYS(&next_version_tag, 1u);
    if (v == 0) {
        return 0;  // tags exhausted: this type is looked up uncached from now on
    }
    WF_ATOMIC_STORE_RELAXED(&t->version_tag, v);
    return 1;
}

uint32_t wf_type_get_version(wf_type_t *t) {
    if (t->dict == NULL || !wf_type_assign_version(t)) {
        return 0;
    }
    return WF_ATOMIC_LOAD_RELAXED(&t->version_tag);
}

static int clear_version(wf_type_t *t, void *arg) {
    wf_type_modified(t);
    return 0;
}

void wf_type_modified(wf_type_t *t) {
    if (WF_ATOMIC_LOAD_RELAXED(&t->version_tag) == 0) {
        return;  // subclasses cannot have a tag either
    }
    WF_ATOMIC_STORE_RELAXED(&t->version_tag, 0);
    wf_type_visit_subclasses(t, clear_version, NULL);
}

// Borrowed value of `name` in one dict, NULL if absent. Lookup errors (only possible with
// odd non-str keys) are swallowed: wf_type_lookup never raises.
static wf_object_t *dict_peek(wf_object_t *dict, wf_object_t *name) {
    wf_object_t *v = NULL;
    int rc = WF_STR_CHECK_EXACT(name) ? wf_dict_get_ref_str(dict, name, &v)
                                      : wf_dict_get_ref(dict, name, &v);
    if (rc <= 0) {
        if (rc < 0) {
            wf_err_clear();
        }
        return NULL;
    }
    WF_DECREF(v);  // the dict keeps it alive
    return v;
}

static wf_object_t *find_in_mro(wf_type_t *t, wf_object_t *name) {
    wf_object_t *mro = t->mro;
    if (mro == NULL) {
        for (wf_type_t *b = t; b != NULL; b = b->base) {
            wf_object_t *v = b->dict != NULL ? dict_peek(b->dict, name) : NULL;
            if (v != NULL) {
                return v;
            }
        }
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(mro);
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_type_t *b = (wf_type_t *)WF_TUPLE_GET(mro, i);
        if (b->dict != NULL) {
            wf_object_t *v = dict_peek(b->dict, name);
            if (v != NULL) {
                return v;
            }
        }
    }
    return NULL;
}

static WF_NOINLINE wf_object_t *lookup_slow(wf_type_t *t, wf_object_t *name) {
    if (WF_UNLIKELY(t->dict == NULL)) {
        // A static type nobody listed in types.def: make it ready on first use.
        wf_object_t *saved = wf_err_fetch();
        if (wf_type_ready(t) < 0) {
            wf_err_clear();
        }
        wf_err_restore(saved);
    }
    int cacheable = WF_STR_CHECK_EXACT(name) && ((wf_str_t *)name)->interned &&
                    wf_type_assign_version(t);
    uint32_t v = cacheable ? WF_ATOMIC_LOAD_RELAXED(&t->version_tag) : 0;
    wf_object_t *value = find_in_mro(t, name);
    // The tag is re-read: a lookup that ran code and changed the type must not be cached.
    if (cacheable && WF_ATOMIC_LOAD_RELAXED(&t->version_tag) == v && v != 0) {
        mcache_entry_t *e = &mcache[mcache_index(v, name)];
        WF_ATOMIC_STORE_RELAXED(&e->version, 0);
        WF_ATOMIC_STORE_RELAXED(&e->name, name);
        WF_ATOMIC_STORE_RELAXED(&e->value, value);
        WF_ATOMIC_STORE_RELEASE(&e->version, v);
    }
    return value;
}

wf_object_t *wf_type_lookup(wf_type_t *t, wf_object_t *name) {
    uint32_t v = WF_ATOMIC_LOAD_RELAXED(&t->version_tag);
    if (WF_LIKELY(v != 0)) {
        mcache_entry_t *e = &mcache[mcache_index(v, name)];
        if (WF_ATOMIC_LOAD_ACQUIRE(&e->version) == v && WF_ATOMIC_LOAD_RELAXED(&e->name) == name) {
            return WF_ATOMIC_LOAD_RELAXED(&e->value);
        }
    }
    return lookup_slow(t, name);
}

// ---------------------------------------------------------------------------------------
// Subtypes and names.

int wf_type_is_subtype(wf_type_t *a, wf_type_t *b) {
    if (a == b) {
        return 1;
    }
    wf_object_t *mro = a->mro;
    if (mro != NULL) {
        wf_ssize_t n = WF_TUPLE_SIZE(mro);
        for (wf_ssize_t i = 0; i < n; i++) {
            if (WF_TUPLE_GET(mro, i) == WF_OBJ(b)) {
                return 1;
            }
        }
        return 0;
    }
    for (; a != NULL; a = a->base) {
        if (a == b) {
            return 1;
        }
    }
    return b == &wf_object_type;
}

const char *wf_type_short_name(wf_type_t *t) {
    if (t->flags & WF_TPFLAGS_HEAPTYPE) {
        return t->name;
    }
    const char *dot = strrchr(t->name, '.');
    return dot != NULL ? dot + 1 : t->name;
}

wf_object_t *wf_type_module(wf_type_t *t) {
    if (t->flags & WF_TPFLAGS_HEAPTYPE) {
        wf_object_t *m = t->dict != NULL ? dict_peek(t->dict, WF_ID(__module__)) : NULL;
        if (m == NULL) {
            return wf_err_set(&wf_exc_AttributeError, WF_ID(__module__));
        }
        return wf_newref(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (dot != NULL) {
        return wf_str_from_utf8(t->name, dot - t->name);
    }
    return wf_str_intern_cstr("builtins");
}

wf_object_t *wf_type_qualname(wf_type_t *t) {
    if ((t->flags & WF_TPFLAGS_HEAPTYPE) && t->qualname != NULL) {
        return wf_newref(t->qualname);
    }
    return wf_str_from_cstr(wf_type_short_name(t));
}

static wf_object_t *type_name_obj(wf_type_t *t) {
    if ((t->flags & WF_TPFLAGS_HEAPTYPE) && t->name_obj != NULL) {
        return wf_newref(t->name_obj);
    }
    return wf_str_from_cstr(wf_type_short_name(t));
}

// ---------------------------------------------------------------------------------------
// Subclass registry: t->subclasses maps int(id(sub)) -> None, so that it keeps no
// reference to the subclasses (a dying heap type removes itself).

int wf_type_add_subclass(wf_type_t *base, wf_type_t *t) {
    if (base->subclasses == NULL) {
        base->subclasses = wf_dict_new();
        if (base->subclasses == NULL) {
            return -1;
        }
    }
    wf_object_t *key = wf_int_from_ssize((wf_ssize_t)(intptr_t)t);
    if (key == NULL) {
        return -1;
    }
    int r = wf_dict_setitem(base->subclasses, key, WF_NONE);
    WF_DECREF(key);
    return r;
}

void wf_type_remove_subclass(wf_type_t *base, wf_type_t *t) {
    if (base->subclasses == NULL) {
        return;
    }
    wf_object_t *saved = wf_err_fetch();
    wf_object_t *key = wf_int_from_ssize((wf_ssize_t)(intptr_t)t);
    wf_object_t *v = NULL;
    if (key != NULL && wf_dict_pop(base->subclasses, key, &v) > 0) {
        WF_DECREF(v);
    }
    WF_XDECREF(key);
    wf_err_clear();
    wf_err_restore(saved);
}

int wf_type_visit_subclasses(wf_type_t *t, int (*fn)(wf_type_t *, void *), void *arg) {
    wf_object_t *subs = t->subclasses;
    if (subs == NULL) {
        return 0;
    }
    // Snapshot first: the callback may create or drop subclasses.
    wf_object_t *keys = wf_dict_keys_list(subs);
    if (keys == NULL) {
        return -1;
    }
    int r = 0;
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(keys) && r == 0; i++) {
        wf_type_t *sub = (wf_type_t *)(intptr_t)wf_int_as_ssize(WF_LIST_ITEMS(keys)[i]);
        r = fn(sub, arg);
    }
    WF_DECREF(keys);
    return r;
}

// ---------------------------------------------------------------------------------------
// MRO: C3 linearization.

static int tail_contains(wf_object_t *list, wf_ssize_t whence, wf_object_t *o) {
    for (wf_ssize_t j = whence + 1; j < WF_TUPLE_SIZE(list); j++) {
        if (WF_TUPLE_GET(list, j) == o) {
            return 1;
        }
    }
    return 0;
}

static wf_object_t *class_name(wf_object_t *cls) {
    wf_object_t *name = NULL;
    if (wf_getattr_opt(cls, WF_ID(__name__), &name) <= 0 || !WF_STR_CHECK(name)) {
        WF_XDECREF(name);
        wf_err_clear();
        return wf_repr(cls);
    }
    return name;
}

static void set_mro_error(wf_object_t **to_merge, wf_ssize_t n, const wf_ssize_t *remain) {
    wf_object_t *seen = wf_dict_new();
    if (seen == NULL) {
        return;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        if (remain[i] < WF_TUPLE_SIZE(to_merge[i]) &&
            wf_dict_setitem(seen, WF_TUPLE_GET(to_merge[i], remain[i]), WF_NONE) < 0) {
            WF_DECREF(seen);
            return;
        }
    }
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, "Cannot create a consistent method resolution order (MRO) for bases");
    wf_ssize_t pos = 0, left = wf_dict_size(seen);
    wf_object_t *k, *v;
    while (wf_dict_next(seen, &pos, &k, &v)) {
        wf_object_t *name = class_name(k);
        wf_strbuf_append_char(&sb, ' ');
        if (name != NULL) {
            wf_strbuf_append_str(&sb, name);
            WF_DECREF(name);
        }
        if (--left) {
            wf_strbuf_append_char(&sb, ',');
        }
    }
    WF_DECREF(seen);
    wf_object_t *msg = wf_strbuf_finish(&sb);
    if (msg != NULL) {
        wf_err_set(&wf_exc_TypeError, msg);
        WF_DECREF(msg);
    }
}

static int check_duplicates(wf_object_t *bases) {
    wf_ssize_t n = WF_TUPLE_SIZE(bases);
    for (wf_ssize_t i = 0; i < n; i++) {
        for (wf_ssize_t j = i + 1; j < n; j++) {
            if (WF_TUPLE_GET(bases, i) == WF_TUPLE_GET(bases, j)) {
                wf_object_t *name = class_name(WF_TUPLE_GET(bases, i));
                if (name != NULL) {
                    wf_err_format(&wf_exc_TypeError, "duplicate base class %U", name);
                    WF_DECREF(name);
                }
                return -1;
            }
        }
    }
    return 0;
}

static wf_object_t *mro_c3(wf_type_t *t) {
    wf_object_t *bases = t->bases;
    wf_ssize_t n = WF_TUPLE_SIZE(bases);
    if (n == 0) {
        return wf_tuple_pack(1, WF_OBJ(t));
    }
    if (n == 1) {
        wf_type_t *base = (wf_type_t *)WF_TUPLE_GET(bases, 0);
        wf_object_t *bm = base->mro;
        wf_ssize_t k = bm == NULL ? 0 : WF_TUPLE_SIZE(bm);
        wf_object_t *r = wf_tuple_new(k + 1);
        if (r == NULL) {
            return NULL;
        }
        WF_TUPLE_SET_STEAL(r, 0, wf_newref(t));
        for (wf_ssize_t i = 0; i < k; i++) {
            WF_TUPLE_SET_STEAL(r, i + 1, wf_newref(WF_TUPLE_GET(bm, i)));
        }
        return r;
    }
    if (check_duplicates(bases) < 0) {
        return NULL;
    }
    wf_ssize_t nm = n + 1;
    wf_object_t **to_merge = wf_mem_calloc((size_t)nm, sizeof(wf_object_t *));
    wf_ssize_t *remain = wf_mem_calloc((size_t)nm, sizeof(wf_ssize_t));
    wf_object_t *result = wf_list_new(0);
    if (to_merge == NULL || remain == NULL || result == NULL) {
        if (to_merge != NULL && remain != NULL) {
            wf_err_nomemory();
        }
        goto error;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_type_t *b = (wf_type_t *)WF_TUPLE_GET(bases, i);
        to_merge[i] = b->mro;
        if (to_merge[i] == NULL) {
            wf_err_format(&wf_exc_TypeError, "Cannot extend an incomplete type '%.100s'", b->name);
            goto error;
        }
    }
    to_merge[n] = bases;
    if (wf_list_append(result, WF_OBJ(t)) < 0) {
        goto error;
    }
    for (;;) {
        int empty = 1, progressed = 0;
        for (wf_ssize_t i = 0; i < nm; i++) {
            if (remain[i] >= WF_TUPLE_SIZE(to_merge[i])) {
                continue;
            }
            empty = 0;
            wf_object_t *candidate = WF_TUPLE_GET(to_merge[i], remain[i]);
            int blocked = 0;
            for (wf_ssize_t j = 0; j < nm && !blocked; j++) {
                blocked = tail_contains(to_merge[j], remain[j], candidate);
            }
            if (blocked) {
                continue;
            }
            if (wf_list_append(result, candidate) < 0) {
                goto error;
            }
            for (wf_ssize_t j = 0; j < nm; j++) {
                if (remain[j] < WF_TUPLE_SIZE(to_merge[j]) &&
                    WF_TUPLE_GET(to_merge[j], remain[j]) == candidate) {
                    remain[j]++;
                }
            }
            progressed = 1;
            break;
        }
        if (empty) {
            break;
        }
        if (!progressed) {
            set_mro_error(to_merge, nm, remain);
            goto error;
        }
    }
    wf_mem_free(to_merge);
    wf_mem_free(remain);
    wf_object_t *tuple = wf_list_as_tuple(result);
    WF_DECREF(result);
    return tuple;
error:
    wf_mem_free(to_merge);
    wf_mem_free(remain);
    WF_XDECREF(result);
    return NULL;
}

static wf_object_t *type_mro_meth(wf_object_t *self, wf_object_t *unused);

// A metaclass may override mro(); its result must be a sequence of classes whose layouts
// fit the class being built.
static wf_object_t *custom_mro(wf_type_t *t) {
    wf_object_t *r = wf_call_method(WF_OBJ(t), WF_ID(mro), NULL, 0);
    if (r == NULL) {
        return NULL;
    }
    wf_object_t *tuple = wf_sequence_tuple(r);
    WF_DECREF(r);
    if (tuple == NULL) {
        return NULL;
    }
    wf_type_t *solid = wf_type_solid_base(t);
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(tuple); i++) {
        wf_object_t *c = WF_TUPLE_GET(tuple, i);
        if (!WF_TYPE_CHECK(c)) {
            wf_err_format(&wf_exc_TypeError, "mro() returned a non-class ('%.500s')", WF_TYPE(c)->name);
            WF_DECREF(tuple);
            return NULL;
        }
        if (!wf_type_is_subtype(solid, wf_type_solid_base((wf_type_t *)c))) {
            wf_err_format(&wf_exc_TypeError, "mro() returned base with unsuitable layout ('%.500s')",
                          ((wf_type_t *)c)->name);
            WF_DECREF(tuple);
            return NULL;
        }
    }
    return tuple;
}

wf_object_t *wf_type_compute_mro(wf_type_t *t) {
    if (WF_TYPE(t) != &wf_type_type) {
        wf_object_t *m = wf_type_lookup(WF_TYPE(t), WF_ID(mro));
        wf_object_t *mine = wf_type_lookup(&wf_type_type, WF_ID(mro));
        if (m != NULL && m != mine) {
            return custom_mro(t);
        }
    }
    return mro_c3(t);
}

// ---------------------------------------------------------------------------------------
// Readying static types.

static int add_methods(wf_type_t *t) {
    for (wf_method_def_t *m = t->methods; m != NULL && m->name != NULL; m++) {
        wf_object_t *name = wf_str_intern_cstr(m->name);
        if (name == NULL) {
            return -1;
        }
        if (!(m->flags & WF_METH_COEXIST)) {
            int has = wf_dict_contains(t->dict, name);
            if (has != 0) {
                if (has < 0) {
                    return -1;
                }
                continue;
            }
        }
        wf_object_t *v;
        if (m->flags & WF_METH_CLASS) {
            v = wf_descr_new_classmethod(t, m);
        } else if (m->flags & WF_METH_STATIC) {
            wf_object_t *f = wf_cfunc_new(m, NULL, NULL);
            v = f != NULL ? wf_staticmethod_new(f) : NULL;
            WF_XDECREF(f);
        } else {
            v = wf_descr_new_method(t, m);
        }
        if (v == NULL) {
            return -1;
        }
        int r = wf_dict_setitem(t->dict, name, v);
        WF_DECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static int dict_set_default(wf_object_t *dict, const char *cname, wf_object_t *v) {
    wf_object_t *name = wf_str_intern_cstr(cname);
    if (name == NULL) {
        WF_XDECREF(v);
        return -1;
    }
    if (v == NULL) {
        return -1;
    }
    int has = wf_dict_contains(dict, name);
    int r = has != 0 ? (has < 0 ? -1 : 0) : wf_dict_setitem(dict, name, v);
    WF_DECREF(v);
    return r;
}

static int add_members_getsets(wf_type_t *t) {
    for (wf_member_def_t *m = t->members; m != NULL && m->name != NULL; m++) {
        if (dict_set_default(t->dict, m->name, wf_descr_new_member(t, m)) < 0) {
            return -1;
        }
    }
    for (wf_getset_def_t *g = t->getsets; g != NULL && g->name != NULL; g++) {
        if (dict_set_default(t->dict, g->name, wf_descr_new_getset(t, g)) < 0) {
            return -1;
        }
    }
    wf_object_t *doc = t->doc != NULL ? wf_str_from_cstr(t->doc) : wf_newref(WF_NONE);
    return dict_set_default(t->dict, "__doc__", doc);
}

// new: static types without one and based on object cannot be instantiated; others
// inherit their base's.
static void ready_new(wf_type_t *t, wf_type_t *base) {
    if (t->new == NULL && base == &wf_object_type && !(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        t->flags |= WF_TPFLAGS_DISALLOW_INSTANTIATION;
    }
}

static int ready_bases_mro(wf_type_t *t, wf_type_t *base) {
    if (t->bases == NULL) {
        t->bases = base != NULL ? wf_tuple_pack(1, WF_OBJ(base)) : wf_tuple_new(0);
        if (t->bases == NULL) {
            return -1;
        }
    }
    if (t->dict == NULL) {
        t->dict = wf_dict_new();
        if (t->dict == NULL) {
            return -1;
        }
    }
    if (t->mro == NULL) {
        t->mro = mro_c3(t);
        if (t->mro == NULL) {
            return -1;
        }
    }
    return 0;
}

int wf_type_ready(wf_type_t *t) {
    if (t->flags & (WF_TPFLAGS_READY | WF_TPFLAGS_READYING)) {
        return 0;
    }
    if (wf_slots_init() < 0) {
        return -1;
    }
    t->flags |= WF_TPFLAGS_READYING;
    wf_type_t *base = t->base;
    if (base == NULL && t != &wf_object_type) {
        base = t->base = &wf_object_type;
    }
    if (base != NULL && !(base->flags & WF_TPFLAGS_READY) && wf_type_ready(base) < 0) {
        goto error;
    }
    if (WF_TYPE(t) == NULL && base != NULL) {
        WF_SET_TYPE(t, WF_TYPE(base));
    }
    ready_new(t, base);
    if (ready_bases_mro(t, base) < 0 || wf_slots_add_wrappers(t) < 0 || add_methods(t) < 0 ||
        add_members_getsets(t) < 0) {
        goto error;
    }
    if (base != NULL) {
        wf_slots_inherit(t, base);
        if (!(t->flags & WF_TPFLAGS_DISALLOW_INSTANTIATION) && t->new == NULL) {
            t->new = base->new;
        }
    }
    if (t->flags & WF_TPFLAGS_DISALLOW_INSTANTIATION) {
        t->new = NULL;
    }
    if (t->hash == NULL) {
        int has = wf_dict_contains(t->dict, WF_ID(__hash__));
        if (has < 0 || (has == 0 && wf_dict_setitem(t->dict, WF_ID(__hash__), WF_NONE) < 0)) {
            goto error;
        }
        if (has == 0) {
            t->hash = wf_hash_not_implemented;
        }
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(t->bases); i++) {
        if (wf_type_add_subclass((wf_type_t *)WF_TUPLE_GET(t->bases, i), t) < 0) {
            goto error;
        }
    }
    t->flags = (t->flags & ~(unsigned long)WF_TPFLAGS_READYING) | WF_TPFLAGS_READY;
    return 0;
error:
    t->flags &= ~(unsigned long)WF_TPFLAGS_READYING;
    return -1;
}

// ---------------------------------------------------------------------------------------
// Allocation.

wf_object_t *wf_type_alloc(wf_type_t *t, wf_ssize_t n) {
    size_t items = wf_mem_size_mul((size_t)n, (size_t)t->itemsize);
    if (n != 0 && t->itemsize != 0 && items == 0) {
        return wf_err_nomemory();
    }
    size_t size = ((size_t)t->basicsize + items + 7) & ~(size_t)7;
    wf_object_t *o = wf_object_alloc(t, size);
    if (o == NULL) {
        return NULL;
    }
    if (t->itemsize != 0) {
        WF_SET_SIZE(o, n);
    }
    if (t->flags & WF_TPFLAGS_HEAPTYPE) {
        WF_INCREF(t);
    }
    return o;
}

wf_object_t *wf_type_generic_new(wf_type_t *t, wf_object_t *args, wf_object_t *kwargs) {
    return wf_type_alloc(t, 0);
}

// ---------------------------------------------------------------------------------------
// type's slots.

static wf_object_t *type_getattro(wf_object_t *o, wf_object_t *name) {
    wf_type_t *type = (wf_type_t *)o, *meta = WF_TYPE(o);
    if (!WF_STR_CHECK(name)) {
        return wf_err_format(&wf_exc_TypeError, "attribute name must be string, not '%.200s'",
                             WF_TYPE(name)->name);
    }
    if (WF_UNLIKELY(type->dict == NULL) && wf_type_ready(type) < 0) {
        return NULL;
    }
    wf_object_t *meta_attr = wf_type_lookup(meta, name);
    wf_descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        WF_INCREF(meta_attr);
        meta_get = WF_TYPE(meta_attr)->descr_get;
        if (meta_get != NULL && WF_TYPE(meta_attr)->descr_set != NULL) {
            wf_object_t *r = meta_get(meta_attr, o, WF_OBJ(meta));
            WF_DECREF(meta_attr);
            return r;
        }
    }
    wf_object_t *attr = wf_type_lookup(type, name);
    if (attr != NULL) {
        WF_XDECREF(meta_attr);
        wf_descrgetfunc local_get = WF_TYPE(attr)->descr_get;
        if (local_get != NULL) {
            WF_INCREF(attr);
            wf_object_t *r = local_get(attr, NULL, o);
            WF_DECREF(attr);
            return r;
        }
        return wf_newref(attr);
    }
    if (meta_get != NULL) {
        wf_object_t *r = meta_get(meta_attr, o, WF_OBJ(meta));
        WF_DECREF(meta_attr);
        return r;
    }
    if (meta_attr != NULL) {
        return meta_attr;
    }
    return wf_object_no_attribute(o, name);
}

static int is_mutable(wf_type_t *t) {
    return (t->flags & WF_TPFLAGS_HEAPTYPE) && !(t->flags & WF_TPFLAGS_IMMUTABLETYPE);
}

static int type_setattro(wf_object_t *o, wf_object_t *name, wf_object_t *value) {
    wf_type_t *type = (wf_type_t *)o;
    if (!WF_STR_CHECK(name)) {
        return wf_err_format_int(&wf_exc_TypeError, "attribute name must be string, not '%.200s'",
                                 WF_TYPE(name)->name);
    }
    if (!is_mutable(type)) {
        return wf_err_format_int(&wf_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                                 name, type->name);
    }
    // Interned names keep the method cache keyed by identity.
    wf_object_t *key = wf_newref(name);
    if (WF_STR_CHECK_EXACT(key)) {
        wf_str_intern_inplace(&key);
    }
    // Invalidate before and after: code run by the dict update (a __del__ of the old
    // value) must not see, nor re-cache, the old state under a valid tag.
    wf_type_modified(type);
    int r = wf_object_setattr_with_dict(o, key, value, &type->dict);
    wf_type_modified(type);
    if (r == 0 && wf_slots_is_slot_name(key)) {
        r = wf_slots_update(type, key);
    }
    WF_DECREF(key);
    return r;
}

static wf_object_t *type_repr(wf_object_t *o) {
    wf_type_t *t = (wf_type_t *)o;
    wf_object_t *mod = wf_type_module(t);
    if (mod == NULL) {
        wf_err_clear();
    }
    wf_object_t *qual = wf_type_qualname(t);
    if (qual == NULL) {
        WF_XDECREF(mod);
        return NULL;
    }
    wf_object_t *r;
    if (mod != NULL && WF_STR_CHECK(mod) && !wf_str_eq_cstr(mod, "builtins")) {
        r = wf_str_from_format("<class '%U.%U'>", mod, qual);
    } else {
        r = wf_str_from_format("<class '%U'>", qual);
    }
    WF_XDECREF(mod);
    WF_DECREF(qual);
    return r;
}

static wf_object_t *type_call(wf_object_t *callable, wf_object_t *args, wf_object_t *kwargs) {
    wf_type_t *type = (wf_type_t *)callable;
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (type == &wf_type_type) {
        if (nargs == 1 && (kwargs == NULL || wf_dict_size(kwargs) == 0)) {
            return wf_newref(WF_TYPE(WF_TUPLE_GET(args, 0)));
        }
        if (nargs != 3) {
            return wf_err_set_string(&wf_exc_TypeError, "type() takes 1 or 3 arguments");
        }
    }
    if (type->new == NULL) {
        return wf_err_format(&wf_exc_TypeError, "cannot create '%s' instances", type->name);
    }
    wf_object_t *empty = NULL;
    if (args == NULL) {
        args = empty = wf_tuple_new(0);
    }
    wf_object_t *obj = type->new(type, args, kwargs);
    if (obj != NULL && wf_type_check(obj, type)) {
        wf_type_t *t2 = WF_TYPE(obj);
        if (t2->init != NULL && t2->init(obj, args, kwargs) < 0) {
            WF_CLEAR(obj);
        }
    }
    WF_XDECREF(empty);
    return obj;
}

// Instantiating a Python class whose __init__ is a Python function and whose __new__ is
// object's: allocate and call __init__ with the caller's argument vector, no tuple/dict.
static wf_object_t *call_python_init(wf_type_t *type, wf_object_t *init, wf_object_t *const *args,
                                     wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_object_t *obj = wf_type_alloc(type, 0);
    if (obj == NULL) {
        return NULL;
    }
    if (type->flags & WF_TPFLAGS_HAVE_GC) {
        wf_gc_track(obj);
    }
    wf_ssize_t total = nargs + (kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0);
    wf_object_t *small[8];
    wf_object_t **stack = small;
    if ((size_t)(total + 1) > sizeof(small) / sizeof(small[0])) {
        stack = wf_mem_alloc((size_t)(total + 1) * sizeof(wf_object_t *));
        if (stack == NULL) {
            WF_DECREF(obj);
            return wf_err_nomemory();
        }
    }
    stack[0] = obj;
    if (total > 0) {
        memcpy(stack + 1, args, (size_t)total * sizeof(wf_object_t *));
    }
    WF_INCREF(init);
    wf_object_t *r = wf_vectorcall(init, stack, nargs + 1, kwnames);
    WF_DECREF(init);
    if (stack != small) {
        wf_mem_free(stack);
    }
    if (r == NULL) {
        WF_DECREF(obj);
        return NULL;
    }
    if (r != WF_NONE) {
        wf_err_format(&wf_exc_TypeError, "__init__() should return None, not '%.200s'",
                      WF_TYPE(r)->name);
        WF_DECREF(r);
        WF_DECREF(obj);
        return NULL;
    }
    return obj;
}

static wf_object_t *type_vectorcall(wf_object_t *callable, wf_object_t *const *args,
                                    wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_type_t *type = (wf_type_t *)callable;
    wf_ssize_t nkw = kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0;
    if (type == &wf_type_type && nargs == 1 && nkw == 0) {
        return wf_newref(WF_TYPE(args[0]));
    }
    if (type->new == wf_object_base_new && type->init == wf_object_base_init && nargs == 0 &&
        nkw == 0) {
        return wf_object_base_new(type, NULL, NULL);
    }
    if (type->new == wf_object_base_new && type->init == wf_slot_init &&
        !(type->flags & WF_TPFLAGS_IS_ABSTRACT)) {
        wf_object_t *init = wf_type_lookup(type, WF_ID(__init__));
        if (init != NULL && (WF_TYPE(init)->flags & WF_TPFLAGS_METHOD_DESCRIPTOR)) {
            return call_python_init(type, init, args, nargs, kwnames);
        }
    }
    return wf_vectorcall_via_call(callable, args, nargs, kwnames);
}

static int type_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (kwargs != NULL && nargs == 1 && wf_dict_size(kwargs) != 0) {
        return wf_err_format_int(&wf_exc_TypeError, "type.__init__() takes no keyword arguments");
    }
    if (nargs != 1 && nargs != 3) {
        return wf_err_format_int(&wf_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    }
    return 0;
}

static void type_dealloc(wf_object_t *o) {
    wf_type_t *t = (wf_type_t *)o;
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        wf_fatal("deallocating static type %s", t->name);
    }
    wf_gc_untrack(o);
    if (t->bases != NULL) {
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(t->bases); i++) {
            wf_type_remove_subclass((wf_type_t *)WF_TUPLE_GET(t->bases, i), t);
        }
    }
    wf_type_modified(t);
    WF_CLEAR(t->dict);
    WF_CLEAR(t->bases);
    WF_CLEAR(t->mro);
    WF_CLEAR(t->subclasses);
    WF_CLEAR(t->name_obj);
    WF_CLEAR(t->qualname);
    WF_CLEAR(t->slots);
    WF_CLEAR(t->module_obj);
    wf_type_t *base = t->base;
    t->base = NULL;
    WF_XDECREF(base);
    wf_heaptype_ext_t *ext = WF_HEAPTYPE_EXT(t);
    if (ext != NULL) {
        wf_mem_free(ext->name);
        if (ext->members != NULL) {
            for (wf_member_def_t *m = ext->members; m->name != NULL; m++) {
                wf_mem_free((char *)m->name);
            }
            wf_mem_free(ext->members);
        }
        wf_mem_free(ext);
        t->extra = NULL;
    }
    // The metatype's reference (a heap metaclass) is dropped by wf_type_subtype_dealloc,
    // which runs this; `type` itself is static.
    wf_object_free(o);
}

static int type_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_type_t *t = (wf_type_t *)o;
    wf_object_t *refs[] = {t->dict, t->bases, t->mro, t->name_obj, t->qualname, t->slots,
                           t->module_obj, WF_OBJ(t->base)};
    for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
        if (refs[i] != NULL) {
            int r = visit(refs[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// type's attributes.

#define T(o) ((wf_type_t *)(o))

// Setting or deleting one of type's special attributes (static types are refused earlier).
static int check_set_special(wf_type_t *t, wf_object_t *value, const char *name) {
    if (!is_mutable(t)) {
        return wf_err_format_int(&wf_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                                 name, t->name);
    }
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                                 name, t->name);
    }
    return 0;
}

static wf_object_t *type_get_name(wf_object_t *o, void *closure) {
    return type_name_obj(T(o));
}

static int type_set_name(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_type_t *t = T(o);
    if (check_set_special(t, value, "__name__") < 0) {
        return -1;
    }
    if (!WF_STR_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                                 t->name, WF_TYPE(value)->name);
    }
    wf_ssize_t len;
    const char *s = wf_str_as_utf8(value, &len);
    if (s == NULL) {
        return -1;
    }
    if ((wf_ssize_t)strlen(s) != len) {
        return wf_err_format_int(&wf_exc_ValueError, "type name must not contain null characters");
    }
    char *copy = wf_mem_strdup(s);
    if (copy == NULL) {
        wf_err_nomemory();
        return -1;
    }
    wf_heaptype_ext_t *ext = WF_HEAPTYPE_EXT(t);
    wf_mem_free(ext->name);
    ext->name = copy;
    t->name = copy;
    WF_SETREF(t->name_obj, wf_newref(value));
    return 0;
}

static wf_object_t *type_get_qualname(wf_object_t *o, void *closure) {
    return wf_type_qualname(T(o));
}

static int type_set_qualname(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_type_t *t = T(o);
    if (check_set_special(t, value, "__qualname__") < 0) {
        return -1;
    }
    if (!WF_STR_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "can only assign string to %s.__qualname__, not '%s'", t->name,
                                 WF_TYPE(value)->name);
    }
    WF_SETREF(t->qualname, wf_newref(value));
    return 0;
}

static wf_object_t *type_get_module(wf_object_t *o, void *closure) {
    return wf_type_module(T(o));
}

static int type_dict_store(wf_type_t *t, wf_object_t *name, wf_object_t *value) {
    wf_type_modified(t);
    int r = value != NULL ? wf_dict_setitem(t->dict, name, value) : wf_dict_delitem(t->dict, name);
    wf_type_modified(t);
    return r;
}

static int type_set_module(wf_object_t *o, wf_object_t *value, void *closure) {
    if (check_set_special(T(o), value, "__module__") < 0) {
        return -1;
    }
    return type_dict_store(T(o), WF_ID(__module__), value);
}

static wf_object_t *type_get_bases(wf_object_t *o, void *closure) {
    return wf_newref(T(o)->bases != NULL ? T(o)->bases : WF_NONE);
}

static wf_object_t *type_get_mro(wf_object_t *o, void *closure) {
    return wf_newref(T(o)->mro != NULL ? T(o)->mro : WF_NONE);
}

static wf_object_t *type_get_dict(wf_object_t *o, void *closure) {
    if (T(o)->dict == NULL && wf_type_ready(T(o)) < 0) {
        return NULL;
    }
    return wf_mappingproxy_new(T(o)->dict);
}

static wf_object_t *type_get_doc(wf_object_t *o, void *closure) {
    wf_type_t *t = T(o);
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE) && t->doc != NULL) {
        return wf_str_from_cstr(t->doc);
    }
    wf_object_t *d = t->dict != NULL ? dict_peek(t->dict, WF_ID(__doc__)) : NULL;
    if (d == NULL) {
        WF_RETURN_NONE;
    }
    wf_descrgetfunc get = WF_TYPE(d)->descr_get;
    return get != NULL ? get(d, NULL, o) : wf_newref(d);
}

static int type_set_doc(wf_object_t *o, wf_object_t *value, void *closure) {
    if (check_set_special(T(o), value, "__doc__") < 0) {
        return -1;
    }
    return type_dict_store(T(o), WF_ID(__doc__), value);
}

static wf_object_t *abstractmethods_name(void) {
    return wf_str_intern_cstr("__abstractmethods__");
}

static wf_object_t *type_get_abstractmethods(wf_object_t *o, void *closure) {
    wf_object_t *name = abstractmethods_name();
    // type itself has the descriptor in its dict, but has no abstract methods.
    wf_object_t *v = o != WF_OBJ(&wf_type_type) && T(o)->dict != NULL ? dict_peek(T(o)->dict, name) : NULL;
    if (v == NULL) {
        return wf_err_set(&wf_exc_AttributeError, name);
    }
    return wf_newref(v);
}

static int type_set_abstractmethods(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_type_t *t = T(o);
    wf_object_t *name = abstractmethods_name();
    int abstract = 0;
    if (value != NULL) {
        abstract = wf_truthy(value);
        if (abstract < 0) {
            return -1;
        }
    } else if (t->dict == NULL || dict_peek(t->dict, name) == NULL) {
        wf_err_set(&wf_exc_AttributeError, name);
        return -1;
    }
    if (type_dict_store(t, name, value) < 0) {
        return -1;
    }
    if (abstract) {
        t->flags |= WF_TPFLAGS_IS_ABSTRACT;
    } else {
        t->flags &= ~(unsigned long)WF_TPFLAGS_IS_ABSTRACT;
    }
    return 0;
}

// __annotations__ of a class is created lazily (an empty dict stored in the class).
static wf_object_t *type_get_annotations(wf_object_t *o, void *closure) {
    wf_type_t *t = T(o);
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        return wf_object_no_attribute(o, WF_ID(__annotations__));
    }
    wf_object_t *a = dict_peek(t->dict, WF_ID(__annotations__));
    if (a != NULL) {
        wf_descrgetfunc get = WF_TYPE(a)->descr_get;
        return get != NULL ? get(a, NULL, o) : wf_newref(a);
    }
    a = wf_dict_new();
    if (a == NULL || type_dict_store(t, WF_ID(__annotations__), a) < 0) {
        WF_XDECREF(a);
        return NULL;
    }
    return a;
}

static int type_set_annotations(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_type_t *t = T(o);
    if (!is_mutable(t)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "cannot set '__annotations__' attribute of immutable type '%s'",
                                 t->name);
    }
    if (value == NULL && dict_peek(t->dict, WF_ID(__annotations__)) == NULL) {
        wf_err_set(&wf_exc_AttributeError, WF_ID(__annotations__));
        return -1;
    }
    return type_dict_store(t, WF_ID(__annotations__), value);
}

static wf_object_t *type_params_name(void) {
    return wf_str_intern_cstr("__type_params__");
}

static wf_object_t *type_get_type_params(wf_object_t *o, void *closure) {
    wf_object_t *v = T(o)->dict != NULL && o != WF_OBJ(&wf_type_type)
                         ? dict_peek(T(o)->dict, type_params_name())
                         : NULL;
    return v != NULL ? wf_newref(v) : wf_tuple_new(0);
}

static int type_set_type_params(wf_object_t *o, wf_object_t *value, void *closure) {
    if (check_set_special(T(o), value, "__type_params__") < 0) {
        return -1;
    }
    if (!WF_TUPLE_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "__type_params__ must be set to a tuple, not %s", WF_TYPE(value)->name);
    }
    return type_dict_store(T(o), type_params_name(), value);
}

static wf_object_t *type_get_text_signature(wf_object_t *o, void *closure) {
    WF_RETURN_NONE;
}

// Recompute the MRO of t and of every subclass after __bases__ changed.
static int remro_subtree(wf_type_t *t, void *arg) {
    wf_object_t *mro = wf_type_compute_mro(t);
    if (mro == NULL) {
        return -1;
    }
    wf_type_modified(t);
    WF_SETREF(t->mro, mro);
    if (wf_slots_fixup(t) < 0) {
        return -1;
    }
    return wf_type_visit_subclasses(t, remro_subtree, arg);
}

static int type_set_bases(wf_object_t *o, wf_object_t *value, void *closure) {
    wf_type_t *t = T(o);
    if (check_set_special(t, value, "__bases__") < 0) {
        return -1;
    }
    if (!WF_TUPLE_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                                 t->name, WF_TYPE(value)->name);
    }
    if (WF_TUPLE_SIZE(value) == 0) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(value); i++) {
        wf_object_t *b = WF_TUPLE_GET(value, i);
        if (!WF_TYPE_CHECK(b)) {
            return wf_err_format_int(&wf_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                                     t->name, WF_TYPE(b)->name);
        }
        // The mro of a class being re-mro'd from inside an mro() call may lag behind:
        // also follow the base chain, which is updated first.
        int cycle = wf_type_is_subtype((wf_type_t *)b, t);
        for (wf_type_t *c = (wf_type_t *)b; !cycle && c != NULL; c = c->base) {
            cycle = c == t;
        }
        if (cycle) {
            return wf_err_format_int(&wf_exc_TypeError, "a __bases__ item causes an inheritance cycle");
        }
    }
    wf_type_t *new_base = wf_type_best_base(value);
    if (new_base == NULL || !wf_type_compatible_layout(t->base, new_base, "__bases__")) {
        return -1;
    }
    // The mro may still be unset: __bases__ assigned from a metaclass's mro() while the
    // class is being created.
    wf_object_t *old_bases = t->bases, *old_mro = wf_xnewref(t->mro);
    wf_type_t *old_base = t->base;
    t->bases = wf_newref(value);
    t->base = (wf_type_t *)wf_newref(new_base);
    if (remro_subtree(t, NULL) < 0) {
        // Put everything back as it was.
        WF_SETREF(t->bases, old_bases);
        wf_type_t *nb = t->base;
        t->base = old_base;
        WF_DECREF(nb);
        WF_SETREF(t->mro, old_mro);
        wf_slots_fixup(t);
        return -1;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(old_bases); i++) {
        wf_type_remove_subclass((wf_type_t *)WF_TUPLE_GET(old_bases, i), t);
    }
    int r = 0;
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(value) && r == 0; i++) {
        r = wf_type_add_subclass((wf_type_t *)WF_TUPLE_GET(value, i), t);
    }
    WF_DECREF(old_bases);
    WF_XDECREF(old_mro);
    WF_DECREF(old_base);
    return r;
}

// __flags__ in CPython's bit layout, which library code (copyreg, inspect) tests: the
// internal flags of a type are numbered differently.
static wf_object_t *type_get_flags(wf_object_t *self, void *closure) {
    wf_type_t *t = (wf_type_t *)self;
    static const struct {
        unsigned long ours, theirs;
    } map[] = {
        {WF_TPFLAGS_HAS_FINALIZE, 1ul << 0},        {WF_TPFLAGS_SEQUENCE, 1ul << 5},
        {WF_TPFLAGS_MAPPING, 1ul << 6},             {WF_TPFLAGS_DISALLOW_INSTANTIATION, 1ul << 7},
        {WF_TPFLAGS_IMMUTABLETYPE, 1ul << 8},       {WF_TPFLAGS_HEAPTYPE, 1ul << 9},
        {WF_TPFLAGS_BASETYPE, 1ul << 10},           {WF_TPFLAGS_READY, 1ul << 12},
        {WF_TPFLAGS_HAVE_GC, 1ul << 14},            {WF_TPFLAGS_METHOD_DESCRIPTOR, 1ul << 17},
        {WF_TPFLAGS_IS_ABSTRACT, 1ul << 20},        {WF_TPFLAGS_INT_SUBCLASS, 1ul << 24},
        {WF_TPFLAGS_LIST_SUBCLASS, 1ul << 25},      {WF_TPFLAGS_TUPLE_SUBCLASS, 1ul << 26},
        {WF_TPFLAGS_BYTES_SUBCLASS, 1ul << 27},     {WF_TPFLAGS_STR_SUBCLASS, 1ul << 28},
        {WF_TPFLAGS_DICT_SUBCLASS, 1ul << 29},      {WF_TPFLAGS_BASE_EXC_SUBCLASS, 1ul << 30},
        {WF_TPFLAGS_TYPE_SUBCLASS, 1ul << 31},
    };
    unsigned long v = 0;
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        if (t->flags & map[i].ours) {
            v |= map[i].theirs;
        }
    }
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        v |= 1ul << 1;  // a builtin type, defined statically
    } else if (t->dictoffset != 0) {
        v |= (1ul << 2) | (1ul << 3) | (1ul << 4);  // instance dict and weakref slot
    }
    return wf_int_from_u64(v);
}

static wf_getset_def_t type_getsets[] = {
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__type_params__", type_get_type_params, type_set_type_params, NULL, NULL},
    {0},
};

static wf_member_def_t type_members[] = {
    {"__basicsize__", WF_MEMBER_SSIZE, offsetof(wf_type_t, basicsize), WF_READONLY, NULL},
    {"__itemsize__", WF_MEMBER_SSIZE, offsetof(wf_type_t, itemsize), WF_READONLY, NULL},
    {"__weakrefoffset__", WF_MEMBER_SSIZE, offsetof(wf_type_t, weaklistoffset), WF_READONLY, NULL},
    {"__base__", WF_MEMBER_OBJECT, offsetof(wf_type_t, base), WF_READONLY, NULL},
    {"__dictoffset__", WF_MEMBER_SSIZE, offsetof(wf_type_t, dictoffset), WF_READONLY, NULL},
    {0},
};

// ---------------------------------------------------------------------------------------
// type's methods.

static wf_object_t *type_mro_meth(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *mro = mro_c3(T(self));
    if (mro == NULL) {
        return NULL;
    }
    wf_object_t *list = wf_sequence_list(mro);
    WF_DECREF(mro);
    return list;
}

static int collect_subclass(wf_type_t *sub, void *arg) {
    return wf_list_append((wf_object_t *)arg, WF_OBJ(sub));
}

static wf_object_t *type_subclasses(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *list = wf_list_new(0);
    if (list != NULL && wf_type_visit_subclasses(T(self), collect_subclass, list) < 0) {
        WF_CLEAR(list);
    }
    return list;
}

// cls.__bases__ of an arbitrary object as issubclass() sees it: a tuple, or NULL (not a
// class; no exception) / NULL with an exception.
static wf_object_t *abstract_bases(wf_object_t *cls) {
    wf_object_t *bases = NULL;
    if (wf_getattr_opt(cls, WF_ID(__bases__), &bases) < 0) {
        return NULL;
    }
    if (bases != NULL && !WF_TUPLE_CHECK(bases)) {
        WF_CLEAR(bases);
    }
    return bases;
}

static int abstract_issubclass(wf_object_t *derived, wf_object_t *cls) {
    wf_object_t *cur = wf_newref(derived);
    int r;
    for (;;) {
        if (cur == cls) {
            r = 1;
            break;
        }
        wf_object_t *bases = abstract_bases(cur);
        if (bases == NULL) {
            r = wf_err_occurred() != NULL ? -1 : 0;
            break;
        }
        wf_ssize_t n = WF_TUPLE_SIZE(bases);
        if (n == 1) {
            // Single inheritance: iterate instead of recursing.
            WF_SETREF(cur, wf_newref(WF_TUPLE_GET(bases, 0)));
            WF_DECREF(bases);
            continue;
        }
        r = 0;
        if (n > 0 && wf_enter_recursive_call(" in __issubclass__") < 0) {
            r = -1;
        } else if (n > 0) {
            for (wf_ssize_t i = 0; i < n && r == 0; i++) {
                r = abstract_issubclass(WF_TUPLE_GET(bases, i), cls);
            }
            wf_leave_recursive_call();
        }
        WF_DECREF(bases);
        break;
    }
    WF_DECREF(cur);
    return r;
}

static wf_object_t *type_subclasscheck(wf_object_t *self, wf_object_t *sub) {
    if (WF_TYPE_CHECK(sub) && WF_TYPE_CHECK(self)) {
        return wf_newref(wf_bool_from(wf_type_is_subtype(T(sub), T(self))));
    }
    wf_object_t *b = abstract_bases(sub);
    if (b == NULL) {
        return wf_err_occurred() != NULL
                   ? NULL
                   : wf_err_set_string(&wf_exc_TypeError, "issubclass() arg 1 must be a class");
    }
    WF_DECREF(b);
    int r = abstract_issubclass(sub, self);
    return r < 0 ? NULL : wf_newref(wf_bool_from(r));
}

static wf_object_t *type_instancecheck(wf_object_t *self, wf_object_t *inst) {
    if (wf_type_check(inst, T(self))) {
        WF_RETURN_TRUE;
    }
    wf_object_t *c = NULL;
    if (wf_getattr_opt(inst, WF_ID(__class__), &c) < 0) {
        return NULL;
    }
    int r = 0;
    if (c != NULL && c != WF_OBJ(WF_TYPE(inst)) && WF_TYPE_CHECK(c)) {
        r = wf_type_is_subtype(T(c), T(self));
    }
    WF_XDECREF(c);
    return wf_newref(wf_bool_from(r));
}

static wf_object_t *type_prepare(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    return wf_dict_new();
}

static wf_object_t *type_dir(wf_object_t *self, wf_object_t *unused) {
    return wf_type_dir_list(T(self));
}

static wf_object_t *type_sizeof(wf_object_t *self, wf_object_t *unused) {
    wf_ssize_t size = WF_TYPE(self)->basicsize;
    wf_type_t *t = T(self);
    if ((t->flags & WF_TPFLAGS_HEAPTYPE) && WF_HEAPTYPE_EXT(t) != NULL) {
        size += (wf_ssize_t)sizeof(wf_heaptype_ext_t) +
                (WF_HEAPTYPE_EXT(t)->nmembers + 1) * (wf_ssize_t)sizeof(wf_member_def_t);
    }
    return wf_int_from_ssize(size);
}

static wf_method_def_t type_methods[] = {
    {"mro", {.noargs = type_mro_meth}, WF_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", {.noargs = type_subclasses}, WF_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__prepare__", {.fastkw = type_prepare}, WF_METH_FASTCALL | WF_METH_KEYWORDS | WF_METH_CLASS,
     "Create the namespace for the class statement"},
    {"__instancecheck__", {.o = type_instancecheck}, WF_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", {.o = type_subclasscheck}, WF_METH_O, "Check if a class is a subclass."},
    {"__dir__", {.noargs = type_dir}, WF_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", {.noargs = type_sizeof}, WF_METH_NOARGS, "Return memory consumption of the type object."},
    {0},
};

wf_type_t wf_type_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "type",
    .basicsize = sizeof(wf_type_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_TYPE_SUBCLASS |
             WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .new = wf_type_new_slot,
    .init = type_init,
    .vectorcall = type_vectorcall,
    .call = type_call,
    .repr = type_repr,
    .binop = {[WF_BINOP_OR] = wf_union_or},
    .getattro = type_getattro,
    .setattro = type_setattro,
    .methods = type_methods,
    .members = type_members,
    .getsets = type_getsets,
    .dictoffset = offsetof(wf_type_t, dict),
    .weaklistoffset = offsetof(wf_type_t, weaklist),
};
