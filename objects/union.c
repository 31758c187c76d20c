// types.UnionType: the result of `X | Y` on classes (int | None), as used in annotations
// and isinstance(). Arguments are flattened (a union of unions is one union), None is
// stored as NoneType, duplicates are dropped, and a single remaining argument is returned
// as itself (int | int is int).
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *args;  // tuple
} union_t;

#define UN(o) ((union_t *)(o))

static int is_unionable(wf_object_t *o) {
    return o == WF_NONE || WF_TYPE_CHECK(o) || WF_TYPE(o) == &wf_union_type ||
           WF_GENERIC_ALIAS_CHECK(o);
}

// Append `o` (or the arguments of a union) to `list` unless already there.
static int add_arg(wf_object_t *list, wf_object_t *o) {
    if (WF_TYPE(o) == &wf_union_type) {
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(UN(o)->args); i++) {
            if (add_arg(list, WF_TUPLE_GET(UN(o)->args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (o == WF_NONE) {
        o = WF_OBJ(&wf_none_type);
    }
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(list); i++) {
        int eq = wf_richcompare_bool(WF_LIST_ITEMS(list)[i], o, WF_EQ);
        if (eq != 0) {
            return eq < 0 ? -1 : 0;
        }
    }
    return wf_list_append(list, o);
}

static wf_object_t *make_union(wf_object_t *a, wf_object_t *b) {
    wf_object_t *list = wf_list_new(0);
    if (list == NULL || add_arg(list, a) < 0 || add_arg(list, b) < 0) {
        WF_XDECREF(list);
        return NULL;
    }
    if (WF_LIST_SIZE(list) == 1) {
        wf_object_t *only = wf_newref(WF_LIST_ITEMS(list)[0]);
        WF_DECREF(list);
        return only;
    }
    union_t *u = (union_t *)wf_type_alloc(&wf_union_type, 0);
    if (u == NULL) {
        WF_DECREF(list);
        return NULL;
    }
    u->args = wf_list_as_tuple(list);
    WF_DECREF(list);
    if (u->args == NULL) {
        WF_DECREF(u);
        return NULL;
    }
    return WF_OBJ(u);
}

// The `|` slot of type and of unions: either operand may be the class.
wf_object_t *wf_union_or(wf_object_t *a, wf_object_t *b) {
    if (!is_unionable(a) || !is_unionable(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return make_union(a, b);
}

static void union_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_CLEAR(UN(o)->args);
    wf_object_free(o);
}

static int union_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return UN(o)->args != NULL ? visit(UN(o)->args, arg) : 0;
}

// "int", "mod.Name", "None", or repr() for anything else.
static int append_arg_repr(wf_strbuf_t *sb, wf_object_t *a) {
    if (a == WF_OBJ(&wf_none_type)) {
        return wf_strbuf_append_cstr(sb, "None");
    }
    if (!WF_TYPE_CHECK(a)) {
        return wf_strbuf_append_repr(sb, a);
    }
    wf_type_t *t = (wf_type_t *)a;
    wf_object_t *mod = wf_type_module(t);
    if (mod == NULL) {
        wf_err_clear();
    }
    wf_object_t *qual = wf_type_qualname(t);
    int r = -1;
    if (qual != NULL) {
        if (mod != NULL && WF_STR_CHECK(mod) && !wf_str_eq_cstr(mod, "builtins")) {
            r = wf_strbuf_append_format(sb, "%U.%U", mod, qual);
        } else {
            r = wf_strbuf_append_str(sb, qual);
        }
    }
    WF_XDECREF(mod);
    WF_XDECREF(qual);
    return r;
}

static wf_object_t *union_repr(wf_object_t *o) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(UN(o)->args); i++) {
        if (i > 0) {
            wf_strbuf_append_cstr(&sb, " | ");
        }
        if (append_arg_repr(&sb, WF_TUPLE_GET(UN(o)->args, i)) < 0) {
            wf_strbuf_discard(&sb);
            return NULL;
        }
    }
    return wf_strbuf_finish(&sb);
}

static wf_object_t *args_set(wf_object_t *o) {
    return wf_frozenset_new(UN(o)->args);
}

static wf_object_t *union_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (WF_TYPE(b) != &wf_union_type || (op != WF_EQ && op != WF_NE)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    wf_object_t *sa = args_set(a), *sb = sa != NULL ? args_set(b) : NULL;
    wf_object_t *r = sb != NULL ? wf_richcompare(sa, sb, op) : NULL;
    WF_XDECREF(sa);
    WF_XDECREF(sb);
    return r;
}

static wf_hash_t union_hash(wf_object_t *o) {
    wf_object_t *s = args_set(o);
    if (s == NULL) {
        return -1;
    }
    wf_hash_t h = wf_hash(s);
    WF_DECREF(s);
    return h;
}

static wf_object_t *union_instancecheck(wf_object_t *self, wf_object_t *inst) {
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(UN(self)->args); i++) {
        int r = wf_isinstance(inst, WF_TUPLE_GET(UN(self)->args, i));
        if (r != 0) {
            return r < 0 ? NULL : wf_newref(wf_bool_from(1));
        }
    }
    return wf_newref(wf_bool_from(0));
}

static wf_object_t *union_subclasscheck(wf_object_t *self, wf_object_t *sub) {
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(UN(self)->args); i++) {
        int r = wf_issubclass(sub, WF_TUPLE_GET(UN(self)->args, i));
        if (r != 0) {
            return r < 0 ? NULL : wf_newref(wf_bool_from(1));
        }
    }
    return wf_newref(wf_bool_from(0));
}

static wf_object_t *union_get_parameters(wf_object_t *o, void *closure) {
    return wf_tuple_new(0);
}

static wf_method_def_t union_methods[] = {
    {"__instancecheck__", {.o = union_instancecheck}, WF_METH_O, NULL},
    {"__subclasscheck__", {.o = union_subclasscheck}, WF_METH_O, NULL},
    {0},
};

static wf_member_def_t union_members[] = {
    {"__args__", WF_MEMBER_OBJECT, offsetof(union_t, args), WF_READONLY, NULL},
    {0},
};

static wf_getset_def_t union_getsets[] = {
    {"__parameters__", union_get_parameters, NULL, NULL, NULL},
    {0},
};

wf_type_t wf_union_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "types.UnionType",
    .basicsize = sizeof(union_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .binop = {[WF_BINOP_OR] = wf_union_or},
    .methods = union_methods,
    .members = union_members,
    .getsets = union_getsets,
};
