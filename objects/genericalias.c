// types.GenericAlias: what `list[int]`, `dict[str, int]` or `type[int]` evaluate to.
//
// An alias is immutable: origin (the class), args (always a tuple; a single argument is
// packed) and a `starred` flag for the unpacked form `*tuple[int]` that iterating an alias
// yields. Attribute reads other than the alias's own fields are forwarded to the origin,
// so `list[int].append` is `list.append`; calling the alias calls the origin and tags the
// result with __orig_class__ when it can. __parameters__ (the type variables among the
// arguments) is computed on first use and cached; it is the only field written after
// construction, published once with a compare-and-swap so concurrent readers agree.
//
// Type variables are recognised by duck typing as CPython does: an object with a
// __typing_subst__ attribute is a variable, and anything with a __parameters__ tuple
// contributes its variables. alias[x, ...] substitutes them.
#include "objects/genericalias.h"

#include "objects/abstract.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/mem.h"

#include <stddef.h>

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *origin;
    wf_object_t *args;        // tuple
    wf_object_t *parameters;  // tuple, NULL until first asked for
    char starred;
} ga_t;

#define GA(o) ((ga_t *)(o))

static wf_object_t *id_of(const char *name) {
    return wf_str_intern_cstr(name);  // immortal: no reference to drop
}

static wf_object_t *ga_create(wf_type_t *type, wf_object_t *origin, wf_object_t *args,
                              int starred) {
    wf_object_t *tuple = WF_TUPLE_CHECK(args) ? wf_newref(args) : wf_tuple_pack(1, args);
    if (tuple == NULL) {
        return NULL;
    }
    ga_t *ga = (ga_t *)wf_type_alloc(type, 0);
    if (ga == NULL) {
        WF_DECREF(tuple);
        return NULL;
    }
    ga->origin = wf_newref(origin);
    ga->args = tuple;
    ga->starred = (char)starred;
    wf_gc_track(WF_OBJ(ga));
    return WF_OBJ(ga);
}

wf_object_t *wf_generic_alias_new(wf_object_t *origin, wf_object_t *args) {
    return ga_create(&wf_generic_alias_type, origin, args, 0);
}

wf_object_t *wf_generic_alias_class_getitem(wf_object_t *cls, wf_object_t *arg) {
    return wf_generic_alias_new(cls, arg);
}

static wf_object_t *ga_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_len(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "GenericAlias() takes no keyword arguments");
    }
    wf_ssize_t n = WF_TUPLE_SIZE(args);
    if (n != 2) {
        return wf_err_format(&wf_exc_TypeError, "GenericAlias expected 2 arguments, got %zd", n);
    }
    return ga_create(type, WF_TUPLE_GET(args, 0), WF_TUPLE_GET(args, 1), 0);
}

static void ga_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_CLEAR(GA(o)->origin);
    WF_CLEAR(GA(o)->args);
    WF_CLEAR(GA(o)->parameters);
    wf_object_free(o);
}

static int ga_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_object_t *fields[3] = {GA(o)->origin, GA(o)->args, GA(o)->parameters};
    for (int i = 0; i < 3; i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// repr: classes print as their qualified name ("int", "mod.C"), aliases and everything
// else as repr(), Ellipsis as "...", and a list argument (Callable's) as "[a, b]".

static int append_item(wf_strbuf_t *sb, wf_object_t *p);

static int append_items_list(wf_strbuf_t *sb, wf_object_t *list) {
    wf_object_t *items = wf_sequence_tuple(list);
    if (items == NULL) {
        return -1;
    }
    int r = wf_enter_recursive_call(" while getting the repr of an object");
    if (r == 0) {
        r = wf_strbuf_append_char(sb, '[');
        for (wf_ssize_t i = 0; r == 0 && i < WF_TUPLE_SIZE(items); i++) {
            if (i > 0) {
                r = wf_strbuf_append_cstr(sb, ", ");
            }
            if (r == 0) {
                r = append_item(sb, WF_TUPLE_GET(items, i));
            }
        }
        if (r == 0) {
            r = wf_strbuf_append_char(sb, ']');
        }
        wf_leave_recursive_call();
    }
    WF_DECREF(items);
    return r;
}

static int append_item(wf_strbuf_t *sb, wf_object_t *p) {
    if (p == WF_ELLIPSIS) {
        return wf_strbuf_append_cstr(sb, "...");
    }
    int rc = wf_hasattr(p, id_of("__origin__"));
    if (rc > 0) {
        rc = wf_hasattr(p, id_of("__args__"));
    }
    if (rc < 0) {
        return -1;
    }
    if (rc > 0) {
        return wf_strbuf_append_repr(sb, p);  // looks like an alias
    }
    wf_object_t *qualname = NULL, *module = NULL;
    if (wf_getattr_opt(p, WF_ID(__qualname__), &qualname) < 0) {
        return -1;
    }
    if (qualname != NULL && wf_getattr_opt(p, WF_ID(__module__), &module) < 0) {
        WF_DECREF(qualname);
        return -1;
    }
    int r;
    if (qualname == NULL || module == NULL || module == WF_NONE) {
        r = wf_strbuf_append_repr(sb, p);
    } else if (WF_STR_CHECK(module) && wf_str_eq_cstr(module, "builtins")) {
        wf_object_t *s = wf_str(qualname);
        r = s != NULL ? wf_strbuf_append_str(sb, s) : -1;
        WF_XDECREF(s);
    } else {
        r = wf_strbuf_append_format(sb, "%S.%S", module, qualname);
    }
    WF_XDECREF(qualname);
    WF_XDECREF(module);
    return r;
}

static wf_object_t *ga_repr(wf_object_t *o) {
    ga_t *ga = GA(o);
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    int r = ga->starred ? wf_strbuf_append_char(&sb, '*') : 0;
    if (r == 0) {
        r = append_item(&sb, ga->origin);
    }
    if (r == 0) {
        r = wf_strbuf_append_char(&sb, '[');
    }
    wf_ssize_t n = WF_TUPLE_SIZE(ga->args);
    if (r == 0 && n == 0) {
        r = wf_strbuf_append_cstr(&sb, "()");
    }
    for (wf_ssize_t i = 0; r == 0 && i < n; i++) {
        wf_object_t *p = WF_TUPLE_GET(ga->args, i);
        if (i > 0) {
            r = wf_strbuf_append_cstr(&sb, ", ");
        }
        if (r == 0) {
            r = WF_LIST_CHECK(p) ? append_items_list(&sb, p) : append_item(&sb, p);
        }
    }
    if (r == 0) {
        r = wf_strbuf_append_char(&sb, ']');
    }
    if (r < 0) {
        wf_strbuf_discard(&sb);
        return NULL;
    }
    return wf_strbuf_finish(&sb);
}

// ---------------------------------------------------------------------------------------
// Comparison, hash, call.

static wf_object_t *ga_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (!WF_GENERIC_ALIAS_CHECK(b) || (op != WF_EQ && op != WF_NE)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    if (GA(a)->starred != GA(b)->starred) {
        return wf_newref(wf_bool_from(op == WF_NE));
    }
    int eq = wf_richcompare_bool(GA(a)->origin, GA(b)->origin, WF_EQ);
    if (eq < 0) {
        return NULL;
    }
    if (!eq) {
        return wf_newref(wf_bool_from(op == WF_NE));
    }
    return wf_richcompare(GA(a)->args, GA(b)->args, op);
}

static wf_hash_t ga_hash(wf_object_t *o) {
    wf_hash_t h0 = wf_hash(GA(o)->origin);
    if (h0 == -1) {
        return -1;
    }
    wf_hash_t h1 = wf_hash(GA(o)->args);
    if (h1 == -1) {
        return -1;
    }
    return h0 ^ h1;
}

static wf_object_t *ga_call(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *obj = wf_call(GA(self)->origin, args, kwargs);
    if (obj == NULL) {
        return NULL;
    }
    // Tag the instance with the alias it came from; objects that cannot take the
    // attribute (no __dict__, __slots__, builtins) simply go without.
    if (wf_setattr(obj, id_of("__orig_class__"), self) < 0) {
        if (!wf_err_matches(&wf_exc_AttributeError) && !wf_err_matches(&wf_exc_TypeError)) {
            WF_DECREF(obj);
            return NULL;
        }
        wf_err_clear();
    }
    return obj;
}

// Names read from the alias itself; every other attribute comes from the origin.
static const char *const attr_exceptions[] = {
    "__class__",          "__bases__",   "__origin__",     "__args__",
    "__unpacked__",       "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__",    "__reduce_ex__",  "__reduce__",   "__copy__",
    "__deepcopy__",       NULL,
};

static wf_object_t *ga_getattro(wf_object_t *o, wf_object_t *name) {
    if (WF_STR_CHECK(name)) {
        const char *const *p = attr_exceptions;
        while (*p != NULL && !wf_str_eq_cstr(name, *p)) {
            p++;
        }
        if (*p == NULL) {
            return wf_getattr(GA(o)->origin, name);
        }
    }
    return wf_object_generic_getattr(o, name);
}

// ---------------------------------------------------------------------------------------
// Type variables and substitution.

static wf_ssize_t index_of(wf_object_t *tuple, wf_object_t *item) {
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(tuple); i++) {
        if (WF_TUPLE_GET(tuple, i) == item) {
            return i;
        }
    }
    return -1;
}

// Append to `list` unless already present (by identity).
static int add_unique(wf_object_t *list, wf_object_t *item) {
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(list); i++) {
        if (WF_LIST_ITEMS(list)[i] == item) {
            return 0;
        }
    }
    return wf_list_append(list, item);
}

static int collect_parameters(wf_object_t *params, wf_object_t *args) {
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(args); i++) {
        wf_object_t *t = WF_TUPLE_GET(args, i);
        if (WF_TYPE_CHECK(t)) {
            continue;  // a bare class's __parameters__ would be a descriptor
        }
        int rc = wf_hasattr(t, id_of("__typing_subst__"));
        if (rc < 0) {
            return -1;
        }
        if (rc > 0) {
            if (add_unique(params, t) < 0) {
                return -1;
            }
            continue;
        }
        wf_object_t *sub = NULL;
        if (wf_getattr_opt(t, id_of("__parameters__"), &sub) < 0) {
            return -1;
        }
        if (sub != NULL && WF_TUPLE_CHECK(sub)) {
            for (wf_ssize_t j = 0; j < WF_TUPLE_SIZE(sub); j++) {
                if (add_unique(params, WF_TUPLE_GET(sub, j)) < 0) {
                    WF_DECREF(sub);
                    return -1;
                }
            }
        }
        WF_XDECREF(sub);
    }
    return 0;
}

wf_object_t *wf_generic_alias_make_parameters(wf_object_t *args) {
    wf_object_t *tuple = wf_sequence_tuple(args);
    if (tuple == NULL) {
        return NULL;
    }
    wf_object_t *params = wf_list_new(0);
    if (params == NULL || wf_enter_recursive_call(" in __parameters__") < 0) {
        WF_XDECREF(params);
        WF_DECREF(tuple);
        return NULL;
    }
    int rc = collect_parameters(params, tuple);
    wf_leave_recursive_call();
    WF_DECREF(tuple);
    wf_object_t *r = rc < 0 ? NULL : wf_list_as_tuple(params);
    WF_DECREF(params);
    return r;
}

// The cached __parameters__ (borrowed) or NULL on error.
static wf_object_t *get_parameters(ga_t *ga) {
    wf_object_t *p = WF_ATOMIC_LOAD_ACQUIRE(&ga->parameters);
    if (p != NULL) {
        return p;
    }
    p = wf_generic_alias_make_parameters(ga->args);
    if (p == NULL) {
        return NULL;
    }
    wf_object_t *expected = NULL;
    if (!WF_ATOMIC_CAS_ALWAYS(&ga->parameters, &expected, p)) {
        WF_DECREF(p);  // another thread published first
        return expected;
    }
    return p;
}

// The arguments of an unpacked tuple alias (*tuple[int, str]) or NULL (no exception)
// when `arg` is not one; -1 through *err on error.
static wf_object_t *unpacked_tuple_args(wf_object_t *arg, int *err) {
    if (WF_GENERIC_ALIAS_CHECK(arg) && GA(arg)->starred &&
        GA(arg)->origin == WF_OBJ(&wf_tuple_type)) {
        return wf_newref(GA(arg)->args);
    }
    wf_object_t *r = NULL;
    if (wf_getattr_opt(arg, id_of("__typing_unpacked_tuple_args__"), &r) < 0) {
        *err = 1;
        return NULL;
    }
    if (r == WF_NONE) {
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

// The subscript as a tuple, with unpacked tuple aliases spliced in
// (alias[*tuple[int, str]] is alias[int, str]), except those ending in `...`.
static wf_object_t *unpack_args(wf_object_t *item) {
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_CHECK(item) ? WF_TUPLE_SIZE(item) : 1;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *a = WF_TUPLE_CHECK(item) ? WF_TUPLE_GET(item, i) : item;
        if (!WF_TYPE_CHECK(a)) {
            int err = 0;
            wf_object_t *sub = unpacked_tuple_args(a, &err);
            if (err) {
                WF_DECREF(list);
                return NULL;
            }
            if (sub != NULL && WF_TUPLE_CHECK(sub) &&
                !(WF_TUPLE_SIZE(sub) > 0 &&
                  WF_TUPLE_GET(sub, WF_TUPLE_SIZE(sub) - 1) == WF_ELLIPSIS)) {
                int rc = wf_list_extend(list, sub);
                WF_DECREF(sub);
                if (rc < 0) {
                    WF_DECREF(list);
                    return NULL;
                }
                continue;
            }
            WF_XDECREF(sub);
        }
        if (wf_list_append(list, a) < 0) {
            WF_DECREF(list);
            return NULL;
        }
    }
    wf_object_t *r = wf_list_as_tuple(list);
    WF_DECREF(list);
    return r;
}

// -1 error, 0/1: whether `arg` is an unpacked TypeVarTuple (*Ts).
static int is_unpacked_typevartuple(wf_object_t *arg) {
    if (WF_TYPE_CHECK(arg)) {
        return 0;
    }
    wf_object_t *v = NULL;
    int rc = wf_getattr_opt(arg, id_of("__typing_is_unpacked_typevartuple__"), &v);
    if (rc > 0) {
        rc = wf_truthy(v);
        WF_DECREF(v);
    }
    return rc;
}

// obj[substituted parameters of obj], or obj itself when it has none.
static wf_object_t *subs_tvars(wf_object_t *obj, wf_object_t *params, wf_object_t *items) {
    wf_object_t *subparams = NULL;
    if (wf_getattr_opt(obj, id_of("__parameters__"), &subparams) < 0) {
        return NULL;
    }
    if (subparams == NULL || !WF_TUPLE_CHECK(subparams) || WF_TUPLE_SIZE(subparams) == 0) {
        WF_XDECREF(subparams);
        return wf_newref(obj);
    }
    wf_object_t *subargs = wf_list_new(0);
    int rc = subargs != NULL ? 0 : -1;
    for (wf_ssize_t i = 0; rc == 0 && i < WF_TUPLE_SIZE(subparams); i++) {
        wf_object_t *arg = WF_TUPLE_GET(subparams, i);
        wf_ssize_t ip = index_of(params, arg);
        if (ip >= 0) {
            wf_object_t *param = WF_TUPLE_GET(params, ip);
            arg = WF_TUPLE_GET(items, ip);
            if (WF_TYPE(param)->iter != NULL && WF_TUPLE_CHECK(arg)) {
                rc = wf_list_extend(subargs, arg);  // a TypeVarTuple takes several
                continue;
            }
        }
        rc = wf_list_append(subargs, arg);
    }
    WF_DECREF(subparams);
    wf_object_t *r = NULL;
    if (rc == 0) {
        wf_object_t *t = wf_list_as_tuple(subargs);
        r = t != NULL ? wf_getitem(obj, t) : NULL;
        WF_XDECREF(t);
    }
    WF_XDECREF(subargs);
    return r;
}

// One argument of the alias with the parameters replaced; appended to `out`.
static int subs_one(wf_object_t *out, wf_object_t *self, wf_object_t *arg, wf_object_t *params,
                    wf_object_t *items) {
    if (WF_TYPE_CHECK(arg)) {
        return wf_list_append(out, arg);
    }
    int unpack = is_unpacked_typevartuple(arg);
    if (unpack < 0) {
        return -1;
    }
    if (unpack) {
        // *Ts: the run of arguments its TypeVarTuple took (a tuple, after
        // __typing_prepare_subst__) goes in its place.
        wf_object_t *inner = NULL;
        if (wf_getattr_opt(arg, id_of("__args__"), &inner) < 0) {
            return -1;
        }
        wf_ssize_t ip = inner != NULL && WF_TUPLE_CHECK(inner) && WF_TUPLE_SIZE(inner) == 1
                            ? index_of(params, WF_TUPLE_GET(inner, 0))
                            : -1;
        WF_XDECREF(inner);
        if (ip >= 0) {
            wf_object_t *value = WF_TUPLE_GET(items, ip);
            return WF_TUPLE_CHECK(value) ? wf_list_extend(out, value) : wf_list_append(out, value);
        }
    }
    wf_object_t *subst = NULL, *r;
    if (wf_getattr_opt(arg, id_of("__typing_subst__"), &subst) < 0) {
        return -1;
    }
    if (subst != NULL) {
        wf_ssize_t ip = index_of(params, arg);
        if (ip < 0) {
            WF_DECREF(subst);
            return wf_err_format_int(&wf_exc_SystemError, "parameter %R not found", arg);
        }
        r = wf_call_one(subst, WF_TUPLE_GET(items, ip));
        WF_DECREF(subst);
    } else {
        r = subs_tvars(arg, params, items);
    }
    if (r == NULL) {
        return -1;
    }
    if (unpack && WF_TUPLE_CHECK(r)) {
        int rc = wf_list_extend(out, r);
        WF_DECREF(r);
        return rc;
    }
    return wf_list_append_steal(out, r);
}

static wf_object_t *subs_parameters(wf_object_t *self, wf_object_t *args, wf_object_t *params,
                                    wf_object_t *items) {
    wf_object_t *targs = wf_sequence_tuple(args);
    wf_object_t *out = targs != NULL ? wf_list_new(0) : NULL;
    if (out == NULL) {
        WF_XDECREF(targs);
        return NULL;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(targs); i++) {
        if (subs_one(out, self, WF_TUPLE_GET(targs, i), params, items) < 0) {
            WF_DECREF(out);
            WF_DECREF(targs);
            return NULL;
        }
    }
    WF_DECREF(targs);
    wf_object_t *r = wf_list_as_tuple(out);
    WF_DECREF(out);
    return r;
}

// Let each parameter adjust the subscript first (TypeVarTuple, ParamSpec).
static wf_object_t *prepare_items(wf_object_t *self, wf_object_t *params, wf_object_t *item) {
    WF_INCREF(item);
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(params); i++) {
        wf_object_t *prepare = NULL;
        if (wf_getattr_opt(WF_TUPLE_GET(params, i), id_of("__typing_prepare_subst__"),
                           &prepare) < 0) {
            WF_DECREF(item);
            return NULL;
        }
        if (prepare == NULL || prepare == WF_NONE) {
            WF_XDECREF(prepare);
            continue;
        }
        wf_object_t *arg = WF_TUPLE_CHECK(item) ? wf_newref(item) : wf_tuple_pack(1, item);
        wf_object_t *tmp = arg != NULL ? wf_call_two(prepare, self, arg) : NULL;
        WF_XDECREF(arg);
        WF_DECREF(prepare);
        WF_DECREF(item);
        if (tmp == NULL) {
            return NULL;
        }
        item = tmp;
    }
    return item;
}

static wf_object_t *ga_getitem(wf_object_t *self, wf_object_t *key) {
    ga_t *ga = GA(self);
    wf_object_t *params = get_parameters(ga);
    if (params == NULL) {
        return NULL;
    }
    wf_ssize_t nparams = WF_TUPLE_SIZE(params);
    if (nparams == 0) {
        return wf_err_format(&wf_exc_TypeError, "%R is not a generic class", self);
    }
    wf_object_t *unpacked = unpack_args(key);
    wf_object_t *item = unpacked != NULL ? prepare_items(self, params, unpacked) : NULL;
    WF_XDECREF(unpacked);
    if (item == NULL) {
        return NULL;
    }
    wf_object_t *items = WF_TUPLE_CHECK(item) ? wf_newref(item) : wf_tuple_pack(1, item);
    WF_DECREF(item);
    if (items == NULL) {
        return NULL;
    }
    wf_ssize_t nitems = WF_TUPLE_SIZE(items);
    if (nitems != nparams) {
        WF_DECREF(items);
        return wf_err_format(&wf_exc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                             nitems > nparams ? "many" : "few", self, nitems, nparams);
    }
    wf_object_t *newargs = subs_parameters(self, ga->args, params, items);
    WF_DECREF(items);
    if (newargs == NULL) {
        return NULL;
    }
    wf_object_t *r = ga_create(&wf_generic_alias_type, ga->origin, newargs, ga->starred);
    WF_DECREF(newargs);
    return r;
}

// ---------------------------------------------------------------------------------------
// Methods and attributes.

static wf_object_t *ga_mro_entries(wf_object_t *self, wf_object_t *bases) {
    return wf_tuple_pack(1, GA(self)->origin);
}

static wf_object_t *ga_instancecheck(wf_object_t *self, wf_object_t *obj) {
    return wf_err_set_string(&wf_exc_TypeError,
                             "isinstance() argument 2 cannot be a parameterized generic");
}

static wf_object_t *ga_subclasscheck(wf_object_t *self, wf_object_t *obj) {
    return wf_err_set_string(&wf_exc_TypeError,
                             "issubclass() argument 2 cannot be a parameterized generic");
}

static wf_object_t *builtin_named(const char *name) {
    wf_object_t *mod = wf_import_module_cstr("builtins");
    if (mod == NULL) {
        return NULL;
    }
    wf_object_t *f = wf_getattr_cstr(mod, name);
    WF_DECREF(mod);
    return f;
}

// Pickling: GenericAlias(origin, args); the unpacked form as next(iter(alias)).
static wf_object_t *ga_reduce(wf_object_t *self, wf_object_t *unused) {
    ga_t *ga = GA(self);
    if (!ga->starred) {
        wf_object_t *inner = wf_tuple_pack(2, ga->origin, ga->args);
        wf_object_t *r = inner != NULL ? wf_tuple_pack(2, WF_OBJ(WF_TYPE(self)), inner) : NULL;
        WF_XDECREF(inner);
        return r;
    }
    wf_object_t *plain = wf_generic_alias_new(ga->origin, ga->args);
    wf_object_t *it = plain != NULL ? wf_iter(plain) : NULL;
    WF_XDECREF(plain);
    wf_object_t *next = it != NULL ? builtin_named("next") : NULL;
    wf_object_t *r = NULL;
    if (next != NULL) {
        wf_object_t *inner = wf_tuple_pack(1, it);
        r = inner != NULL ? wf_tuple_pack(2, next, inner) : NULL;
        WF_XDECREF(inner);
    }
    WF_XDECREF(next);
    WF_XDECREF(it);
    return r;
}

// dir(origin) plus the alias's own attribute names.
static wf_object_t *ga_dir(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *d = wf_dir(GA(self)->origin);
    if (d == NULL) {
        return NULL;
    }
    for (const char *const *p = attr_exceptions; *p != NULL; p++) {
        wf_object_t *name = id_of(*p);
        int has = wf_contains(d, name);
        if (has < 0 || (has == 0 && wf_list_append(d, name) < 0)) {
            WF_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static wf_object_t *ga_get_parameters(wf_object_t *self, void *closure) {
    wf_object_t *p = get_parameters(GA(self));
    return p != NULL ? wf_newref(p) : NULL;
}

static wf_object_t *ga_get_unpacked_tuple_args(wf_object_t *self, void *closure) {
    ga_t *ga = GA(self);
    if (ga->starred && ga->origin == WF_OBJ(&wf_tuple_type)) {
        return wf_newref(ga->args);
    }
    WF_RETURN_NONE;
}

static wf_method_def_t ga_methods[] = {
    {"__mro_entries__", {.o = ga_mro_entries}, WF_METH_O, NULL},
    {"__instancecheck__", {.o = ga_instancecheck}, WF_METH_O, NULL},
    {"__subclasscheck__", {.o = ga_subclasscheck}, WF_METH_O, NULL},
    {"__reduce__", {.noargs = ga_reduce}, WF_METH_NOARGS, NULL},
    {"__dir__", {.noargs = ga_dir}, WF_METH_NOARGS, NULL},
    {0},
};

static wf_member_def_t ga_members[] = {
    {"__origin__", WF_MEMBER_OBJECT, offsetof(ga_t, origin), WF_READONLY, NULL},
    {"__args__", WF_MEMBER_OBJECT, offsetof(ga_t, args), WF_READONLY, NULL},
    {"__unpacked__", WF_MEMBER_BOOL, offsetof(ga_t, starred), WF_READONLY, NULL},
    {0},
};

static wf_getset_def_t ga_getsets[] = {
    {"__parameters__", ga_get_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args, NULL, NULL, NULL},
    {0},
};

// ---------------------------------------------------------------------------------------
// Iterating an alias yields its unpacked form once: (*tuple[int],) == (tuple[int].__iter__()).

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *obj;  // the alias, NULL once exhausted
} ga_iter_t;

static wf_object_t *ga_iter(wf_object_t *self) {
    ga_iter_t *it = (ga_iter_t *)wf_type_alloc(&wf_generic_alias_iter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->obj = wf_newref(self);
    wf_gc_track(WF_OBJ(it));
    return WF_OBJ(it);
}

static wf_object_t *ga_iter_next(wf_object_t *self) {
    wf_object_t *obj = WF_ATOMIC_EXCHANGE_ALWAYS(&((ga_iter_t *)self)->obj, (wf_object_t *)NULL);
    if (obj == NULL) {
        return NULL;
    }
    wf_object_t *r = ga_create(&wf_generic_alias_type, GA(obj)->origin, GA(obj)->args, 1);
    WF_DECREF(obj);
    return r;
}

static void ga_iter_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_CLEAR(((ga_iter_t *)o)->obj);
    wf_object_free(o);
}

static int ga_iter_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_object_t *obj = ((ga_iter_t *)o)->obj;
    return obj != NULL ? visit(obj, arg) : 0;
}

static wf_object_t *ga_iter_self(wf_object_t *o) {
    return wf_newref(o);
}

wf_type_t wf_generic_alias_iter_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "generic_alias_iterator",
    .basicsize = sizeof(ga_iter_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .dealloc = ga_iter_dealloc,
    .traverse = ga_iter_traverse,
    .iter = ga_iter_self,
    .iternext = ga_iter_next,
};

wf_type_t wf_generic_alias_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "types.GenericAlias",
    .basicsize = sizeof(ga_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_BASETYPE | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "GenericAlias(origin, args, /)\n--\n\n"
           "Represent a PEP 585 generic type\n\n"
           "E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .new = ga_new,
    .call = ga_call,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattro = ga_getattro,
    .iter = ga_iter,
    .binop = {[WF_BINOP_OR] = wf_union_or},
    .getitem = ga_getitem,
    .methods = ga_methods,
    .members = ga_members,
    .getsets = ga_getsets,
};
