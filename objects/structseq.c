// Struct sequences and SimpleNamespace.
//
// A struct sequence is a tuple whose first n_in_sequence items are visible as a
// sequence; every field, including the trailing attribute-only ones, is stored in the
// item array and reached through a getset whose closure is the field index. The tuple's
// ob_size is the visible length, so the type's own dealloc releases the hidden tail.
#include "objects/structseq.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

typedef struct {
    const wf_structseq_desc_t *desc;
    int nfields;
} structseq_info_t;

static structseq_info_t *info_of(wf_type_t *t) {
    while (t != NULL && t->extra == NULL) {
        t = t->base;
    }
    return t ? (structseq_info_t *)t->extra : NULL;
}

static wf_object_t *field_get(wf_object_t *self, void *closure) {
    return wf_newref(WF_TUPLE_ITEMS(self)[(intptr_t)closure]);
}

static void structseq_dealloc(wf_object_t *self) {
    structseq_info_t *info = info_of(WF_TYPE(self));
    for (int i = 0; i < info->nfields; i++) {
        WF_XDECREF(WF_TUPLE_ITEMS(self)[i]);
    }
    wf_object_free(self);
}

static wf_object_t *structseq_repr(wf_object_t *self) {
    structseq_info_t *info = info_of(WF_TYPE(self));
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, info->desc->name);
    wf_strbuf_append_char(&sb, '(');
    // The i-th item is labelled with the i-th named field, as CPython does (so the
    // integer times of os.stat_result print as st_atime=...).
    const char *const *name = info->desc->fields;
    for (int i = 0; i < info->desc->n_in_sequence; i++) {
        if (i > 0) {
            wf_strbuf_append_cstr(&sb, ", ");
        }
        while (**name == '\0') {
            name++;
        }
        wf_strbuf_append_cstr(&sb, *name++);
        wf_strbuf_append_char(&sb, '=');
        wf_strbuf_append_repr(&sb, WF_TUPLE_ITEMS(self)[i]);
    }
    wf_strbuf_append_char(&sb, ')');
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_structseq_new_steal(wf_type_t *type, wf_object_t **values) {
    structseq_info_t *info = info_of(type);
    wf_object_t *self = wf_type_alloc(type, info->nfields);
    if (self == NULL) {
        for (int i = 0; i < info->nfields; i++) {
            WF_XDECREF(values[i]);
        }
        return NULL;
    }
    for (int i = 0; i < info->nfields; i++) {
        WF_TUPLE_ITEMS(self)[i] = values[i];
    }
    ((wf_tuple_t *)self)->hash = -1;
    WF_SET_SIZE(self, info->desc->n_in_sequence);
    return self;
}

// structseq_type(sequence, dict=None): the leading fields from the sequence, the others
// from the sequence's tail or else the dict (by field name), else None.
static wf_object_t *structseq_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    structseq_info_t *info = info_of(type);
    const char *name = info->desc->name;
    wf_ssize_t nargs = WF_TUPLE_SIZE(args);
    wf_object_t *arg = nargs > 0 ? WF_TUPLE_GET(args, 0) : NULL;
    wf_object_t *dict = nargs > 1 ? WF_TUPLE_GET(args, 1) : NULL;
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        wf_object_t *v = NULL;
        if ((arg == NULL && wf_dict_get_ref_cstr(kwargs, "sequence", &v) < 0) ||
            (dict == NULL && v == NULL && wf_dict_get_ref_cstr(kwargs, "dict", &v) < 0)) {
            return NULL;
        }
        WF_XDECREF(v);  // kwargs keeps it alive
        if (arg == NULL) {
            arg = v;
        } else if (dict == NULL) {
            dict = v;
        }
    }
    if (arg == NULL) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "structseq() missing required argument 'sequence' (pos 1)");
    }
    if (nargs > 2) {
        return wf_err_format(&wf_exc_TypeError, "structseq() takes at most 2 arguments (%zd given)",
                             nargs);
    }
    if (dict == WF_NONE) {
        dict = NULL;
    }
    if (dict != NULL && !WF_DICT_CHECK(dict)) {
        return wf_err_format(&wf_exc_TypeError, "%s() takes a dict as second arg, if any", name);
    }
    wf_object_t *seq = wf_sequence_tuple(arg);
    if (seq == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(seq), min = info->desc->n_in_sequence, max = info->nfields;
    if (n < min || n > max) {
        WF_DECREF(seq);
        if (min == max) {
            return wf_err_format(&wf_exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                                 name, min, n);
        }
        return wf_err_format(&wf_exc_TypeError, "%s() takes an %s %zd-sequence (%zd-sequence given)",
                             name, n < min ? "at least" : "at most", n < min ? min : max, n);
    }
    wf_object_t *values[64];
    for (int i = 0; i < info->nfields && i < 64; i++) {
        wf_object_t *v = NULL;
        if (i < n) {
            v = wf_newref(WF_TUPLE_GET(seq, i));
        } else if (dict != NULL && wf_dict_get_ref_cstr(dict, info->desc->fields[i], &v) < 0) {
            for (int k = 0; k < i; k++) {
                WF_DECREF(values[k]);
            }
            WF_DECREF(seq);
            return NULL;
        }
        values[i] = v != NULL ? v : wf_newref(WF_NONE);
    }
    WF_DECREF(seq);
    return wf_structseq_new_steal(type, values);
}

wf_type_t *wf_structseq_new_type(const wf_structseq_desc_t *desc) {
    int n = 0;
    while (desc->fields[n] != NULL) {
        n++;
    }
    wf_type_t *t = wf_mem_calloc(1, sizeof(wf_type_t));
    wf_getset_def_t *gs = wf_mem_calloc((size_t)n + 1, sizeof(wf_getset_def_t));
    structseq_info_t *info = wf_mem_calloc(1, sizeof(structseq_info_t));
    if (t == NULL || gs == NULL || info == NULL) {
        wf_mem_free(t);
        wf_mem_free(gs);
        wf_mem_free(info);
        return (wf_type_t *)wf_err_nomemory();
    }
    for (int i = 0, g = 0; i < n; i++) {
        if (desc->fields[i][0] != '\0') {
            gs[g++] = (wf_getset_def_t){desc->fields[i], field_get, NULL, NULL,
                                        (void *)(intptr_t)i};
        }
    }
    info->desc = desc;
    info->nfields = n;
    wf_object_init_header(WF_OBJ(t), &wf_type_type);
    wf_set_immortal(WF_OBJ(t));
    t->name = desc->name;
    t->basicsize = sizeof(wf_tuple_t);
    t->itemsize = sizeof(wf_object_t *);
    t->flags = WF_TPFLAGS_TUPLE_SUBCLASS | WF_TPFLAGS_IMMUTABLETYPE;
    t->base = &wf_tuple_type;
    t->dealloc = structseq_dealloc;
    t->repr = structseq_repr;
    t->new = structseq_new;
    t->getsets = gs;
    t->extra = info;
    if (wf_type_ready(t) < 0) {
        return NULL;
    }
    return t;
}

// ---- types.SimpleNamespace ----

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *dict;
} namespace_t;

static wf_object_t *namespace_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    namespace_t *ns = (namespace_t *)wf_type_alloc(type, 0);
    if (ns == NULL) {
        return NULL;
    }
    ns->dict = wf_dict_new();
    if (ns->dict == NULL) {
        WF_DECREF(ns);
        return NULL;
    }
    return WF_OBJ(ns);
}

static int namespace_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (args != NULL && WF_TUPLE_SIZE(args) > 1) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "SimpleNamespace expected at most 1 argument, got %zd",
                                 WF_TUPLE_SIZE(args));
    }
    if (args != NULL && WF_TUPLE_SIZE(args) == 1 &&
        wf_dict_update(((namespace_t *)self)->dict, WF_TUPLE_GET(args, 0)) < 0) {
        return -1;
    }
    return kwargs ? wf_dict_update(((namespace_t *)self)->dict, kwargs) : 0;
}

static void namespace_dealloc(wf_object_t *self) {
    WF_XDECREF(((namespace_t *)self)->dict);
    wf_object_free(self);
}

static int namespace_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    namespace_t *ns = (namespace_t *)self;
    return ns->dict ? visit(ns->dict, arg) : 0;
}

static wf_object_t *namespace_repr(wf_object_t *self) {
    wf_object_t *d = ((namespace_t *)self)->dict;
    int r = wf_enter_recursive_call(" while getting the repr of an object");
    if (r < 0) {
        return NULL;
    }
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    wf_strbuf_append_cstr(&sb, WF_TYPE(self) == &wf_namespace_type ? "namespace"
                                                                    : wf_type_short_name(WF_TYPE(self)));
    wf_strbuf_append_char(&sb, '(');
    wf_ssize_t pos = 0;
    wf_object_t *k, *v;
    int first = 1;
    while (wf_dict_next(d, &pos, &k, &v)) {
        if (!first) {
            wf_strbuf_append_cstr(&sb, ", ");
        }
        first = 0;
        wf_strbuf_append_str(&sb, k);
        wf_strbuf_append_char(&sb, '=');
        wf_strbuf_append_repr(&sb, v);
    }
    wf_strbuf_append_char(&sb, ')');
    wf_leave_recursive_call();
    return wf_strbuf_finish(&sb);
}

static wf_object_t *namespace_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if ((op == WF_EQ || op == WF_NE) && wf_type_check(b, &wf_namespace_type)) {
        return wf_richcompare(((namespace_t *)a)->dict, ((namespace_t *)b)->dict, op);
    }
    WF_RETURN_NOTIMPLEMENTED;
}

static wf_object_t *namespace_get_dict(wf_object_t *self, void *closure) {
    return wf_object_get_dict(self);
}

static wf_getset_def_t namespace_getsets[] = {
    {"__dict__", namespace_get_dict, NULL, NULL, NULL},
    {NULL},
};

wf_type_t wf_namespace_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(namespace_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC,
    .dealloc = namespace_dealloc,
    .traverse = namespace_traverse,
    .new = namespace_new,
    .init = namespace_init,
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .hash = wf_hash_not_implemented,
    .dictoffset = offsetof(namespace_t, dict),
    .getsets = namespace_getsets,
};

wf_object_t *wf_namespace_new(void) {
    return namespace_new(&wf_namespace_type, NULL, NULL);
}
