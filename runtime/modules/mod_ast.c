// The _ast module: the node classes of Python's `ast` module and the conversions between
// them and the compiler's C tree (runtime/ast.h).
//
// Every class is generated from runtime/ast.def through the reflection tables of ast.c
// (wf_ast_kind_info), so a node or field added there appears here without further edits.
// The base class AST is a static type whose instances carry a __dict__; the abstract
// classes (mod, stmt, expr, ...) and the concrete node classes are heap types created at
// module initialisation, with __module__ "ast" as Python does. The expression contexts and
// operators the converter produces are shared singletons, one per class.
//
// Conversions:
// - C -> objects: wf_ast_mod_to_object walks the tree generically, field by field.
// - objects -> C: wf_ast_mod_from_object reads the fields back into a fresh arena, with the
//   type checks and messages compile() gives for malformed trees, and the context, body and
//   comparison checks the compiler relies on.
#include "runtime/modules/mod_ast.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/compile.h"
#include "runtime/compiler.h"
#include "runtime/errors.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

// ---------------------------------------------------------------------------------------
// The AST base type.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *dict;
} ast_object_t;

#define N_CATS (WF_AST_CAT_PRODUCT + 1)
#define MAX_KINDS 64
_Static_assert(WF_AST_STMT_COUNT <= MAX_KINDS && WF_AST_EXPR_COUNT <= MAX_KINDS &&
                   WF_AST_PRODUCT_COUNT <= MAX_KINDS,
               "node class table too small");

// Simple enumerations: expr_context, boolop, operator, unaryop, cmpop.
enum { E_CTX, E_BOOLOP, E_OPERATOR, E_UNARYOP, E_CMPOP, E_COUNT };
static const char *const ctx_names[] = {
#define WF_AST_CTX(n) #n,
#include "runtime/ast.def"
};
static const char *const boolop_names[] = {
#define WF_AST_BOOLOP(n, t) #n,
#include "runtime/ast.def"
};
static const char *const operator_names[] = {
#define WF_AST_OPERATOR(n, t) #n,
#include "runtime/ast.def"
};
static const char *const unaryop_names[] = {
#define WF_AST_UNARYOP(n, t) #n,
#include "runtime/ast.def"
};
static const char *const cmpop_names[] = {
#define WF_AST_CMPOP(n, t) #n,
#include "runtime/ast.def"
};
static const char *const *const enum_names[E_COUNT] = {ctx_names, boolop_names, operator_names,
                                                       unaryop_names, cmpop_names};
static const int enum_counts[E_COUNT] = {WF_AST_CTX_COUNT, WF_AST_BOOLOP_COUNT,
                                         WF_AST_OPERATOR_COUNT, WF_AST_UNARYOP_COUNT,
                                         WF_AST_CMPOP_COUNT};
static const char *const enum_bases[E_COUNT] = {"expr_context", "boolop", "operator", "unaryop",
                                                "cmpop"};

// Abstract base class of each sum category (NULL for products, whose classes derive from
// AST directly).
static const char *const cat_bases[N_CATS] = {"mod",           "stmt",       "expr", "pattern",
                                              "excepthandler", "type_param", NULL};
static const int cat_counts[N_CATS] = {WF_AST_MOD_COUNT,     WF_AST_STMT_COUNT,
                                       WF_AST_EXPR_COUNT,    WF_AST_PATTERN_COUNT,
                                       WF_AST_HANDLER_COUNT, WF_AST_TYPE_PARAM_COUNT,
                                       WF_AST_PRODUCT_COUNT};

// Node sizes, and where positioned products keep their four position fields.
static const size_t product_sizes[] = {
#define WF_AST_PRODUCT(n, f) sizeof(struct wf_ast_##n),
#define WF_AST_PRODUCT_LOC(n, f) sizeof(struct wf_ast_##n),
#include "runtime/ast.def"
};
static const ptrdiff_t product_loc[] = {
#define WF_AST_PRODUCT(n, f) -1,
#define WF_AST_PRODUCT_LOC(n, f) (ptrdiff_t)offsetof(struct wf_ast_##n, lineno),
#include "runtime/ast.def"
};

static wf_type_t *cat_base_cls[N_CATS];
static wf_type_t *type_ignore_base;
static wf_type_t *node_cls[N_CATS][MAX_KINDS];
static wf_type_t *enum_base_cls[E_COUNT];
static wf_type_t *enum_cls[E_COUNT][16];
static wf_object_t *enum_inst[E_COUNT][16];
static int classes_ready;

// The ast spelling of a field type, for __doc__.
static const char *ftype_text(wf_ast_ftype_t t) {
    switch (t) {
    case WF_AST_FT_EXPR: return "expr";
    case WF_AST_FT_EXPR_OPT: return "expr?";
    case WF_AST_FT_EXPRS: return "expr*";
    case WF_AST_FT_STMTS: return "stmt*";
    case WF_AST_FT_IDENT: return "identifier";
    case WF_AST_FT_IDENT_OPT: return "identifier?";
    case WF_AST_FT_IDENTS: return "identifier*";
    case WF_AST_FT_STR_OPT: return "string?";
    case WF_AST_FT_INT: return "int";
    case WF_AST_FT_CTX: return "expr_context";
    case WF_AST_FT_BOOLOP: return "boolop";
    case WF_AST_FT_OPERATOR: return "operator";
    case WF_AST_FT_UNARYOP: return "unaryop";
    case WF_AST_FT_CMPOPS: return "cmpop*";
    case WF_AST_FT_CONST: return "constant";
    case WF_AST_FT_ARGUMENTS: return "arguments";
    case WF_AST_FT_ARG_OPT: return "arg?";
    case WF_AST_FT_ARGS: return "arg*";
    case WF_AST_FT_KEYWORDS: return "keyword*";
    case WF_AST_FT_ALIASES: return "alias*";
    case WF_AST_FT_WITHITEMS: return "withitem*";
    case WF_AST_FT_HANDLERS: return "excepthandler*";
    case WF_AST_FT_COMPS: return "comprehension*";
    case WF_AST_FT_CASES: return "match_case*";
    case WF_AST_FT_PATTERN: return "pattern";
    case WF_AST_FT_PATTERN_OPT: return "pattern?";
    case WF_AST_FT_PATTERNS: return "pattern*";
    case WF_AST_FT_TYPE_PARAMS: return "type_param*";
    case WF_AST_FT_TYPE_IGNORES: return "type_ignore*";
    default: return "?";
    }
}

static int ftype_is_seq(wf_ast_ftype_t t) {
    const char *s = ftype_text(t);
    return s[strlen(s) - 1] == '*';
}

static int ftype_is_opt(wf_ast_ftype_t t) {
    const char *s = ftype_text(t);
    return s[strlen(s) - 1] == '?';
}

// The generated class `t` descends from, as (category, kind); 0 when none (a class of
// AST's own or a user subclass of AST).
static int class_of(wf_type_t *t, int *cat, int *kind) {
    wf_object_t *mro = t->mro;
    wf_ssize_t n = mro != NULL ? WF_TUPLE_SIZE(mro) : 0;
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_type_t *m = (wf_type_t *)WF_TUPLE_GET(mro, i);
        for (int c = 0; c < N_CATS; c++) {
            for (int k = 0; k < cat_counts[c]; k++) {
                if (node_cls[c][k] == m) {
                    *cat = c;
                    *kind = k;
                    return 1;
                }
            }
        }
    }
    return 0;
}

static const wf_ast_field_t *find_field(const wf_ast_kind_info_t *info, wf_object_t *name) {
    for (int i = 0; info != NULL && i < info->nfields; i++) {
        if (wf_str_eq_cstr(name, info->fields[i].name)) {
            return &info->fields[i];
        }
    }
    return NULL;
}

static wf_object_t *ast_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    ast_object_t *self = (ast_object_t *)wf_type_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->dict = wf_dict_new();
    if (self->dict == NULL) {
        WF_DECREF(self);
        return NULL;
    }
    return WF_OBJ(self);
}

static void ast_dealloc(wf_object_t *self) {
    WF_XDECREF(((ast_object_t *)self)->dict);
    wf_object_free(self);
}

static int ast_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    ast_object_t *a = (ast_object_t *)self;
    return a->dict != NULL ? visit(a->dict, arg) : 0;
}

static int ast_clear(wf_object_t *self) {
    WF_CLEAR(((ast_object_t *)self)->dict);
    return 0;
}

// A tuple of the class attribute `name` (_fields, _attributes); empty when absent.
static wf_object_t *class_tuple(wf_type_t *t, const char *name) {
    wf_object_t *v = wf_getattr_cstr(WF_OBJ(t), name);
    if (v == NULL) {
        if (!wf_err_matches(&wf_exc_AttributeError)) {
            return NULL;
        }
        wf_err_clear();
        return wf_tuple_new(0);
    }
    wf_object_t *tup = wf_sequence_tuple(v);
    WF_DECREF(v);
    return tup;
}

static int tuple_contains_str(wf_object_t *tup, wf_object_t *s, wf_ssize_t upto) {
    for (wf_ssize_t i = 0; i < upto && i < WF_TUPLE_SIZE(tup); i++) {
        wf_object_t *e = WF_TUPLE_GET(tup, i);
        if (WF_STR_CHECK(e) && wf_str_eq(e, s)) {
            return 1;
        }
    }
    return 0;
}

// AST.__init__: positional arguments in _fields order, then keywords; fields left out get
// [] (lists), the shared Load() (contexts) or nothing (optional fields read as the class
// attribute None); a missing required field is a DeprecationWarning, as in 3.13.
static int ast_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_type_t *type = WF_TYPE(self);
    const char *tname = wf_type_short_name(type);
    wf_object_t *dict = ((ast_object_t *)self)->dict;
    wf_object_t *fields = class_tuple(type, "_fields");
    wf_object_t *attrs = NULL;
    int rc = -1;
    if (fields == NULL) {
        return -1;
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    wf_ssize_t nfields = WF_TUPLE_SIZE(fields);
    if (nargs > nfields) {
        wf_err_format(&wf_exc_TypeError, "%s constructor takes at most %zd positional argument%s",
                      tname, nfields, nfields == 1 ? "" : "s");
        goto error;
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        if (wf_setattr(self, WF_TUPLE_GET(fields, i), WF_TUPLE_GET(args, i)) < 0) {
            goto error;
        }
    }
    if (kwargs != NULL && (attrs = class_tuple(type, "_attributes")) == NULL) {
        goto error;
    }
    wf_ssize_t pos = 0;
    wf_object_t *k, *v;
    while (kwargs != NULL && wf_dict_next(kwargs, &pos, &k, &v)) {
        if (tuple_contains_str(fields, k, nargs)) {
            wf_err_format(&wf_exc_TypeError, "%s got multiple values for argument %R", tname, k);
            goto error;
        }
        if (!tuple_contains_str(fields, k, nfields) &&
            !tuple_contains_str(attrs, k, WF_TUPLE_SIZE(attrs))) {
            char msg[400];
            snprintf(msg, sizeof msg,
                     "%.100s.__init__ got an unexpected keyword argument '%.100s'. Support for "
                     "arbitrary keyword arguments is deprecated and will be removed in Python "
                     "3.15.",
                     tname, wf_str_as_utf8(k, NULL));
            if (wf_err_warn(&wf_exc_DeprecationWarning, msg, 1) < 0) {
                goto error;
            }
        }
        if (wf_setattr(self, k, v) < 0) {
            goto error;
        }
    }
    int cat, kind;
    const wf_ast_kind_info_t *info =
        class_of(type, &cat, &kind) ? wf_ast_kind_info((wf_ast_category_t)cat, kind) : NULL;
    for (wf_ssize_t i = nargs; i < nfields; i++) {
        wf_object_t *name = WF_TUPLE_GET(fields, i);
        if (!WF_STR_CHECK(name)) {
            continue;
        }
        int present = wf_dict_contains(dict, name);
        if (present < 0) {
            goto error;
        }
        const wf_ast_field_t *f = find_field(info, name);
        if (present || f == NULL || ftype_is_opt(f->type) || f->type == WF_AST_FT_STR_OPT) {
            continue;
        }
        if (ftype_is_seq(f->type)) {
            wf_object_t *l = wf_list_new(0);
            int r = l != NULL ? wf_dict_setitem(dict, name, l) : -1;
            WF_XDECREF(l);
            if (r < 0) {
                goto error;
            }
        } else if (f->type == WF_AST_FT_CTX) {
            if (wf_dict_setitem(dict, name, enum_inst[E_CTX][WF_AST_Load]) < 0) {
                goto error;
            }
        } else {
            char msg[400];
            snprintf(msg, sizeof msg,
                     "%.100s.__init__ missing 1 required positional argument: '%.100s'. This "
                     "will become an error in Python 3.15.",
                     tname, f->name);
            if (wf_err_warn(&wf_exc_DeprecationWarning, msg, 1) < 0) {
                goto error;
            }
        }
    }
    rc = 0;
error:
    WF_DECREF(fields);
    WF_XDECREF(attrs);
    return rc;
}

// __reduce__: (type, (None,) * len(_fields), __dict__), enough for copy and pickle.
static wf_object_t *ast_reduce(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *fields = class_tuple(WF_TYPE(self), "_fields");
    if (fields == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(fields);
    WF_DECREF(fields);
    wf_object_t *args = wf_tuple_new(n);
    if (args == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        WF_TUPLE_SET_STEAL(args, i, WF_NONE);
    }
    wf_object_t *d = ((ast_object_t *)self)->dict;
    wf_object_t *r = wf_tuple_pack(3, WF_OBJ(WF_TYPE(self)), args, d != NULL ? d : WF_NONE);
    WF_DECREF(args);
    return r;
}

static wf_object_t *ast_get_dict(wf_object_t *self, void *closure) {
    return wf_object_get_dict(self);
}

static wf_method_def_t ast_methods[] = {
    {"__reduce__", {.noargs = ast_reduce}, WF_METH_NOARGS, NULL},
    {NULL},
};

static wf_getset_def_t ast_getsets[] = {
    {"__dict__", ast_get_dict, NULL, NULL, NULL},
    {NULL},
};

static wf_type_t ast_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "ast.AST",
    .basicsize = sizeof(ast_object_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC,
    .dealloc = ast_dealloc,
    .traverse = ast_traverse,
    .clear = ast_clear,
    .new = ast_new,
    .init = ast_init,
    .dictoffset = offsetof(ast_object_t, dict),
    .methods = ast_methods,
    .getsets = ast_getsets,
};

// ---------------------------------------------------------------------------------------
// Class creation.

static wf_object_t *str_tuple(const char *const *names, int n) {
    wf_object_t *t = wf_tuple_new(n);
    for (int i = 0; t != NULL && i < n; i++) {
        wf_object_t *s = wf_str_intern_cstr(names[i]);
        if (s == NULL) {
            WF_CLEAR(t);
            break;
        }
        WF_TUPLE_SET_STEAL(t, i, s);
    }
    return t;
}

static const char *const loc_names[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

// A class `name(base)` with _fields (and __match_args__) from `info` (NULL: none),
// positions in _attributes when `loc`, None class attributes for optional fields and the
// optional end positions.
static wf_type_t *make_class(const char *name, wf_type_t *base, const wf_ast_kind_info_t *info,
                             int loc, int set_fields) {
    wf_object_t *ns = wf_dict_new();
    wf_object_t *bases = wf_tuple_pack(1, WF_OBJ(base));
    wf_object_t *nm = wf_str_from_cstr(name);
    wf_object_t *mod = wf_str_from_cstr("ast");
    wf_object_t *fields = NULL, *doc = NULL, *cls = NULL;
    if (ns == NULL || bases == NULL || nm == NULL || mod == NULL ||
        wf_dict_setitem_cstr(ns, "__module__", mod) < 0) {
        goto done;
    }
    if (set_fields) {
        int n = info != NULL ? info->nfields : 0;
        const char *names[32];
        wf_strbuf_t sb;
        wf_strbuf_init(&sb);
        wf_strbuf_append_format(&sb, "%s(", name);
        for (int i = 0; i < n && i < 32; i++) {
            names[i] = info->fields[i].name;
            wf_strbuf_append_format(&sb, "%s%s %s", i ? ", " : "", ftype_text(info->fields[i].type),
                                    names[i]);
        }
        wf_strbuf_append_char(&sb, ')');
        doc = wf_strbuf_finish(&sb);
        fields = str_tuple(names, n);
        if (fields == NULL || doc == NULL || wf_dict_setitem_cstr(ns, "_fields", fields) < 0 ||
            wf_dict_setitem_cstr(ns, "__match_args__", fields) < 0 ||
            wf_dict_setitem_cstr(ns, "__doc__", doc) < 0) {
            goto done;
        }
        for (int i = 0; i < n; i++) {
            wf_ast_ftype_t t = info->fields[i].type;
            if ((ftype_is_opt(t) || t == WF_AST_FT_STR_OPT) &&
                wf_dict_setitem_cstr(ns, names[i], WF_NONE) < 0) {
                goto done;
            }
        }
    }
    if (loc) {
        wf_object_t *attrs = str_tuple(loc_names, 4);
        int r = attrs != NULL ? wf_dict_setitem_cstr(ns, "_attributes", attrs) : -1;
        WF_XDECREF(attrs);
        if (r < 0 || wf_dict_setitem_cstr(ns, "end_lineno", WF_NONE) < 0 ||
            wf_dict_setitem_cstr(ns, "end_col_offset", WF_NONE) < 0) {
            goto done;
        }
    }
    cls = wf_type_new(&wf_type_type, nm, bases, ns, NULL);
done:
    WF_XDECREF(ns);
    WF_XDECREF(bases);
    WF_XDECREF(nm);
    WF_XDECREF(mod);
    WF_XDECREF(fields);
    WF_XDECREF(doc);
    return (wf_type_t *)cls;
}

static int add_class(wf_object_t *m, wf_type_t *t) {
    return wf_module_add_object(m, wf_type_short_name(t), WF_OBJ(t));
}

static int set_field_types(wf_type_t *cls, const wf_ast_kind_info_t *info);
static int elem_cat(wf_ast_ftype_t t, int *product);
static int enum_of(wf_ast_ftype_t t);

static int build_classes(wf_object_t *m) {
    if (wf_type_ready(&ast_type) < 0) {
        return -1;
    }
    wf_object_t *empty = wf_tuple_new(0);
    if (wf_dict_setitem_cstr(ast_type.dict, "_fields", empty) < 0 ||
        wf_dict_setitem_cstr(ast_type.dict, "_attributes", empty) < 0 ||
        wf_dict_setitem_cstr(ast_type.dict, "__match_args__", empty) < 0) {
        return -1;
    }
    wf_type_modified(&ast_type);
    if (add_class(m, &ast_type) < 0) {
        return -1;
    }
    for (int c = 0; c < N_CATS; c++) {
        wf_type_t *base = &ast_type;
        if (cat_bases[c] != NULL) {
            int loc = c != WF_AST_CAT_MOD;
            if (!classes_ready &&
                (cat_base_cls[c] = make_class(cat_bases[c], &ast_type, NULL, loc, 1)) == NULL) {
                return -1;
            }
            base = cat_base_cls[c];
            if (add_class(m, base) < 0) {
                return -1;
            }
        }
        for (int k = 0; k < cat_counts[c]; k++) {
            const wf_ast_kind_info_t *info = wf_ast_kind_info((wf_ast_category_t)c, k);
            int loc = c == WF_AST_CAT_PRODUCT && product_loc[k] >= 0;
            const char *name = info->name;
            wf_type_t *kbase = base;
            if (c == WF_AST_CAT_PRODUCT && k == WF_AST_P_type_ignore) {
                // A sum type of one constructor in Python's grammar: the abstract
                // type_ignore with TypeIgnore as its only concrete class.
                if (!classes_ready &&
                    (type_ignore_base = make_class(name, &ast_type, NULL, 0, 1)) == NULL) {
                    return -1;
                }
                if (add_class(m, type_ignore_base) < 0) {
                    return -1;
                }
                kbase = type_ignore_base;
                name = "TypeIgnore";
            }
            if (!classes_ready &&
                (node_cls[c][k] = make_class(name, kbase, info, loc, 1)) == NULL) {
                return -1;
            }
            if (add_class(m, node_cls[c][k]) < 0) {
                return -1;
            }
        }
    }
    for (int e = 0; e < E_COUNT; e++) {
        if (!classes_ready &&
            (enum_base_cls[e] = make_class(enum_bases[e], &ast_type, NULL, 0, 1)) == NULL) {
            return -1;
        }
        if (add_class(m, enum_base_cls[e]) < 0) {
            return -1;
        }
        for (int k = 0; k < enum_counts[e]; k++) {
            if (!classes_ready) {
                enum_cls[e][k] = make_class(enum_names[e][k], enum_base_cls[e], NULL, 0, 1);
                if (enum_cls[e][k] == NULL ||
                    (enum_inst[e][k] = ast_new(enum_cls[e][k], NULL, NULL)) == NULL) {
                    return -1;
                }
            }
            if (add_class(m, enum_cls[e][k]) < 0) {
                return -1;
            }
        }
    }
    if (!classes_ready) {
        for (int c = 0; c < N_CATS; c++) {
            for (int k = 0; k < cat_counts[c]; k++) {
                if (set_field_types(node_cls[c][k], wf_ast_kind_info((wf_ast_category_t)c, k)) <
                    0) {
                    return -1;
                }
            }
        }
        for (int e = 0; e < E_COUNT; e++) {
            for (int k = 0; k < enum_counts[e]; k++) {
                if (set_field_types(enum_cls[e][k], NULL) < 0) {
                    return -1;
                }
            }
        }
    }
    classes_ready = 1;
    return 0;
}

// The Python type of a field's values, for _field_types: the node or builtin class,
// list[...] for sequences, ... | None for optional fields. New reference or NULL.
static wf_object_t *field_type_object(wf_ast_ftype_t t) {
    int product;
    int cat = elem_cat(t, &product);
    int e = enum_of(t);
    wf_object_t *base;
    if (cat >= 0) {
        base = WF_OBJ(cat == WF_AST_CAT_PRODUCT
                          ? (product == WF_AST_P_type_ignore ? type_ignore_base
                                                             : node_cls[cat][product])
                          : cat_base_cls[cat]);
    } else if (e >= 0) {
        base = WF_OBJ(enum_base_cls[e]);
    } else if (t == WF_AST_FT_INT) {
        base = WF_OBJ(&wf_int_type);
    } else if (t == WF_AST_FT_CONST) {
        base = WF_OBJ(&wf_object_type);
    } else {
        base = WF_OBJ(&wf_str_type);  // identifiers and strings
    }
    if (ftype_is_seq(t)) {
        return wf_generic_alias_new(WF_OBJ(&wf_list_type), base);
    }
    if (ftype_is_opt(t) || t == WF_AST_FT_STR_OPT) {
        return wf_binary_op(base, WF_NONE, WF_BINOP_OR);
    }
    return wf_newref(base);
}

// Sets _field_types (and __annotations__, the same dict) on a generated class.
static int set_field_types(wf_type_t *cls, const wf_ast_kind_info_t *info) {
    wf_object_t *d = wf_dict_new();
    if (d == NULL) {
        return -1;
    }
    for (int i = 0; info != NULL && i < info->nfields; i++) {
        wf_object_t *ft = field_type_object(info->fields[i].type);
        int r = ft != NULL ? wf_dict_setitem_cstr(d, info->fields[i].name, ft) : -1;
        WF_XDECREF(ft);
        if (r < 0) {
            WF_DECREF(d);
            return -1;
        }
    }
    int r = wf_setattr_cstr(WF_OBJ(cls), "_field_types", d) < 0 ||
                    wf_setattr_cstr(WF_OBJ(cls), "__annotations__", d) < 0
                ? -1
                : 0;
    WF_DECREF(d);
    return r;
}

// Makes sure the classes exist (importing _ast creates them). 0 / -1.
static int ensure_classes(void) {
    if (classes_ready) {
        return 0;
    }
    wf_object_t *m = wf_import_module_cstr("_ast");
    if (m == NULL) {
        return -1;
    }
    WF_DECREF(m);
    return 0;
}

// ---------------------------------------------------------------------------------------
// C tree -> objects.

static wf_object_t *node_to_obj(wf_ast_category_t cat, const void *node);

static int node_kind(wf_ast_category_t cat, const void *node) {
    switch (cat) {
    case WF_AST_CAT_MOD: return ((const wf_ast_mod_t *)node)->kind;
    case WF_AST_CAT_STMT: return ((const wf_ast_stmt_t *)node)->kind;
    case WF_AST_CAT_EXPR: return ((const wf_ast_expr_t *)node)->kind;
    case WF_AST_CAT_PATTERN: return ((const wf_ast_pattern_t *)node)->kind;
    case WF_AST_CAT_HANDLER: return ((const wf_ast_excepthandler_t *)node)->kind;
    case WF_AST_CAT_TYPE_PARAM: return ((const wf_ast_type_param_t *)node)->kind;
    default: return -1;
    }
}

static int *node_loc(wf_ast_category_t cat, int kind, void *node) {
    switch (cat) {
    case WF_AST_CAT_STMT: return &((wf_ast_stmt_t *)node)->lineno;
    case WF_AST_CAT_EXPR: return &((wf_ast_expr_t *)node)->lineno;
    case WF_AST_CAT_PATTERN: return &((wf_ast_pattern_t *)node)->lineno;
    case WF_AST_CAT_HANDLER: return &((wf_ast_excepthandler_t *)node)->lineno;
    case WF_AST_CAT_TYPE_PARAM: return &((wf_ast_type_param_t *)node)->lineno;
    case WF_AST_CAT_PRODUCT:
        return product_loc[kind] >= 0 ? (int *)((char *)node + product_loc[kind]) : NULL;
    default: return NULL;
    }
}

// Element category (and product kind) of a node-valued field type; -1 for the others.
static int elem_cat(wf_ast_ftype_t t, int *product) {
    *product = -1;
    switch (t) {
    case WF_AST_FT_EXPR: case WF_AST_FT_EXPR_OPT: case WF_AST_FT_EXPRS: return WF_AST_CAT_EXPR;
    case WF_AST_FT_STMTS: return WF_AST_CAT_STMT;
    case WF_AST_FT_PATTERN: case WF_AST_FT_PATTERN_OPT: case WF_AST_FT_PATTERNS:
        return WF_AST_CAT_PATTERN;
    case WF_AST_FT_HANDLERS: return WF_AST_CAT_HANDLER;
    case WF_AST_FT_TYPE_PARAMS: return WF_AST_CAT_TYPE_PARAM;
    case WF_AST_FT_ARGUMENTS: *product = WF_AST_P_arguments; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_ARG_OPT: case WF_AST_FT_ARGS: *product = WF_AST_P_arg; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_KEYWORDS: *product = WF_AST_P_keyword; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_ALIASES: *product = WF_AST_P_alias; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_WITHITEMS: *product = WF_AST_P_withitem; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_COMPS: *product = WF_AST_P_comprehension; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_CASES: *product = WF_AST_P_match_case; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_TYPE_IGNORES: *product = WF_AST_P_type_ignore; return WF_AST_CAT_PRODUCT;
    default: return -1;
    }
}

static int enum_of(wf_ast_ftype_t t) {
    switch (t) {
    case WF_AST_FT_CTX: return E_CTX;
    case WF_AST_FT_BOOLOP: return E_BOOLOP;
    case WF_AST_FT_OPERATOR: return E_OPERATOR;
    case WF_AST_FT_UNARYOP: return E_UNARYOP;
    case WF_AST_FT_CMPOPS: return E_CMPOP;
    default: return -1;
    }
}

static wf_object_t *product_to_obj(int product, const void *node);

static wf_object_t *elem_to_obj(int cat, int product, const void *node) {
    if (node == NULL) {
        return WF_NONE;
    }
    return cat == WF_AST_CAT_PRODUCT ? product_to_obj(product, node)
                                     : node_to_obj((wf_ast_category_t)cat, node);
}

static wf_object_t *str_or_none(const char *s) {
    if (s == NULL) {
        return WF_NONE;
    }
    return wf_str_decode_utf8(s, (wf_ssize_t)strlen(s), "surrogatepass");
}

static wf_object_t *field_to_obj(const wf_ast_field_t *f, const char *base) {
    const char *p = base + f->offset;
    int product;
    int cat = elem_cat(f->type, &product);
    if (f->type == WF_AST_FT_CMPOPS) {
        const wf_ast_cmpop_seq_t *s = (const wf_ast_cmpop_seq_t *)p;
        wf_object_t *l = wf_list_new(s->len);
        for (int i = 0; l != NULL && i < s->len; i++) {
            WF_LIST_SET_STEAL(l, i, wf_newref(enum_inst[E_CMPOP][s->items[i]]));
        }
        return l;
    }
    int e = enum_of(f->type);
    if (e >= 0) {
        return wf_newref(enum_inst[e][*(const int *)p]);
    }
    if (f->type == WF_AST_FT_IDENTS) {
        const wf_ast_ident_seq_t *s = (const wf_ast_ident_seq_t *)p;
        wf_object_t *l = wf_list_new(s->len);
        for (int i = 0; l != NULL && i < s->len; i++) {
            wf_object_t *v = wf_str_intern_cstr(s->items[i]);
            if (v == NULL) {
                WF_CLEAR(l);
                break;
            }
            WF_LIST_SET_STEAL(l, i, v);
        }
        return l;
    }
    if (cat >= 0 && ftype_is_seq(f->type)) {
        const wf_ast_seq_t *s = (const wf_ast_seq_t *)p;
        wf_object_t *l = wf_list_new(s->len);
        for (int i = 0; l != NULL && i < s->len; i++) {
            wf_object_t *v = elem_to_obj(cat, product, s->items[i]);
            if (v == NULL) {
                WF_CLEAR(l);
                break;
            }
            WF_LIST_SET_STEAL(l, i, v);
        }
        return l;
    }
    if (cat >= 0) {
        return elem_to_obj(cat, product, *(void *const *)p);
    }
    switch (f->type) {
    case WF_AST_FT_IDENT:
    case WF_AST_FT_IDENT_OPT: {
        const char *s = *(const char *const *)p;
        return s != NULL ? wf_str_intern_cstr(s) : WF_NONE;
    }
    case WF_AST_FT_STR_OPT:
        return str_or_none(*(const char *const *)p);
    case WF_AST_FT_INT:
        return wf_int_from_i64(*(const int *)p);
    case WF_AST_FT_CONST:
        return wf_c_constant_object(NULL, (const wf_ast_constant_t *)p);
    default:
        return wf_err_bad_internal_call("_ast field conversion");
    }
}

static wf_object_t *make_node(wf_ast_category_t cat, int kind, const void *node) {
    const wf_ast_kind_info_t *info = wf_ast_kind_info(cat, kind);
    if (info == NULL) {
        return wf_err_bad_internal_call("_ast node kind");
    }
    if (wf_enter_recursive_call(" during ast construction") < 0) {
        return NULL;
    }
    wf_object_t *obj = ast_new(node_cls[cat][kind], NULL, NULL);
    wf_object_t *dict = obj != NULL ? ((ast_object_t *)obj)->dict : NULL;
    for (int i = 0; dict != NULL && i < info->nfields; i++) {
        wf_object_t *v = field_to_obj(&info->fields[i], (const char *)node);
        if (v == NULL || wf_dict_setitem_cstr(dict, info->fields[i].name, v) < 0) {
            WF_XDECREF(v);
            WF_CLEAR(obj);
            dict = NULL;
            break;
        }
        WF_DECREF(v);
    }
    const int *loc = obj != NULL ? node_loc(cat, kind, (void *)node) : NULL;
    for (int i = 0; loc != NULL && i < 4; i++) {
        wf_object_t *v = wf_int_from_i64(loc[i]);
        if (v == NULL || wf_dict_setitem_cstr(dict, loc_names[i], v) < 0) {
            WF_XDECREF(v);
            WF_CLEAR(obj);
            break;
        }
        WF_DECREF(v);
    }
    wf_leave_recursive_call();
    return obj;
}

static wf_object_t *node_to_obj(wf_ast_category_t cat, const void *node) {
    return make_node(cat, node_kind(cat, node), node);
}

static wf_object_t *product_to_obj(int product, const void *node) {
    return make_node(WF_AST_CAT_PRODUCT, product, node);
}

wf_object_t *wf_ast_mod_to_object(const wf_ast_mod_t *mod) {
    if (ensure_classes() < 0) {
        return NULL;
    }
    return node_to_obj(WF_AST_CAT_MOD, mod);
}

int wf_ast_object_check(wf_object_t *o) {
    return classes_ready && wf_type_is_subtype(WF_TYPE(o), &ast_type);
}

// ---------------------------------------------------------------------------------------
// Objects -> C tree.

typedef struct {
    wf_arena_t *arena;
} builder_t;

static int obj_to_node(builder_t *b, wf_object_t *o, int cat, int product, void **out);

// Abstract name used in messages about a node of (cat, kind).
static const char *cat_name(int cat, int kind) {
    if (cat == WF_AST_CAT_PRODUCT) {
        return wf_ast_kind_info(WF_AST_CAT_PRODUCT, kind)->name;
    }
    return cat_bases[cat];
}

// Attribute `name` of `o`: new reference, NULL with no exception when missing (or None).
static int get_field_raw(wf_object_t *o, const char *name, wf_object_t **out, int keep_none) {
    *out = wf_getattr_cstr(o, name);
    if (*out == NULL) {
        if (!wf_err_matches(&wf_exc_AttributeError)) {
            return -1;
        }
        wf_err_clear();
        return 0;
    }
    if (*out == WF_NONE && !keep_none) {
        WF_CLEAR(*out);
    }
    return 0;
}

static int get_field(wf_object_t *o, const char *name, wf_object_t **out) {
    return get_field_raw(o, name, out, 0);
}

static int missing(const char *field, const char *owner) {
    return wf_err_format_int(&wf_exc_TypeError, "required field \"%s\" missing from %s", field,
                             owner);
}

static int int_value(wf_object_t *v, int *out) {
    if (!WF_INT_CHECK(v)) {
        return wf_err_format_int(&wf_exc_ValueError, "invalid integer value: %R", v);
    }
    int64_t x;
    if (wf_int_as_i64(v, &x) < 0) {
        return -1;
    }
    if (x < -2147483647 - 1 || x > 2147483647) {
        return wf_err_format_int(&wf_exc_OverflowError, "Python int too large to convert to C int");
    }
    *out = (int)x;
    return 0;
}

static const char *arena_utf8(builder_t *b, wf_object_t *s) {
    wf_ssize_t n;
    const char *u = wf_str_as_utf8(s, &n);
    if (u == NULL) {
        return NULL;
    }
    char *r = wf_arena_strndup(b->arena, u, (size_t)n);
    if (r == NULL) {
        wf_err_nomemory();
    }
    return r;
}

static int constant_value(builder_t *b, wf_object_t *v, wf_ast_constant_t *k) {
    memset(k, 0, sizeof *k);
    k->data = "";
    if (v == WF_NONE) {
        k->kind = WF_AST_CONST_NONE;
    } else if (v == WF_TRUE) {
        k->kind = WF_AST_CONST_TRUE;
    } else if (v == WF_FALSE) {
        k->kind = WF_AST_CONST_FALSE;
    } else if (v == WF_ELLIPSIS) {
        k->kind = WF_AST_CONST_ELLIPSIS;
    } else if (WF_STR_CHECK(v)) {
        k->kind = WF_AST_CONST_STR;
        // "surrogatepass" keeps lone surrogates as the parser does.
        wf_object_t *enc;
        wf_object_t *args[2] = {NULL, NULL};
        args[0] = wf_str_from_cstr("utf-8");
        args[1] = wf_str_from_cstr("surrogatepass");
        enc = args[0] && args[1] ? wf_call_method_cstr(v, "encode", args, 2) : NULL;
        WF_XDECREF(args[0]);
        WF_XDECREF(args[1]);
        if (enc == NULL) {
            return -1;
        }
        k->len = (size_t)WF_BYTES_LEN(enc);
        k->data = wf_arena_strndup(b->arena, WF_BYTES_DATA(enc), k->len);
        WF_DECREF(enc);
    } else if (WF_BYTES_CHECK(v)) {
        k->kind = WF_AST_CONST_BYTES;
        k->len = (size_t)WF_BYTES_LEN(v);
        k->data = wf_arena_strndup(b->arena, WF_BYTES_DATA(v), k->len);
    } else if (WF_INT_CHECK(v) || WF_FLOAT_CHECK(v) || wf_type_check(v, &wf_complex_type)) {
        wf_object_t *text;
        if (wf_type_check(v, &wf_complex_type)) {
            wf_object_t *real = wf_getattr_cstr(v, "real");
            int zero = real != NULL && WF_FLOAT_CHECK(real) && wf_float_as_double(real) == 0.0;
            WF_XDECREF(real);
            if (!zero) {
                wf_err_format(&wf_exc_NotImplementedError,
                              "compile() of an AST: Constant %R with a real part is not supported",
                              v);
                return -1;
            }
            k->kind = WF_AST_CONST_IMAG;
            wf_object_t *imag = wf_getattr_cstr(v, "imag");
            text = imag != NULL ? wf_repr(imag) : NULL;
            WF_XDECREF(imag);
        } else if (WF_INT_CHECK(v)) {
            k->kind = WF_AST_CONST_INT;
            text = wf_repr(v);
        } else {
            k->kind = WF_AST_CONST_FLOAT;
            text = wf_repr(v);
        }
        if (text == NULL) {
            return -1;
        }
        const char *t = arena_utf8(b, text);
        WF_DECREF(text);
        if (t == NULL) {
            return -1;
        }
        k->data = t;
        k->len = strlen(t);
    } else {
        if (wf_type_check(v, &wf_frozenset_type)) {
            wf_err_set_string(&wf_exc_NotImplementedError,
                              "compile() of an AST: frozenset constants are not supported");
            return -1;
        }
        wf_err_format(&wf_exc_TypeError, "got an invalid type in Constant: %s",
                      wf_type_short_name(WF_TYPE(v)));
        return -1;
    }
    if (k->data == NULL) {
        wf_err_nomemory();
        return -1;
    }
    return 0;
}

// Constant values the C tree has no literal for, as equivalent expressions: a tuple as a
// Tuple of constants, a complex with a real part as real - (-imag)j. 1 when `v` was one
// (*out set), 0 when it is an ordinary constant, -1 on error.
static int value_expr(builder_t *b, wf_object_t *v, const int *loc, wf_ast_expr_t **out) {
    int is_tuple = WF_TUPLE_CHECK(v);
    int is_complex = !is_tuple && wf_type_check(v, &wf_complex_type) &&
                     (((wf_complex_t *)v)->real != 0.0 || signbit(((wf_complex_t *)v)->real));
    if (!is_tuple && !is_complex) {
        return 0;
    }
    wf_ast_expr_t *e = wf_arena_alloc(b->arena, sizeof *e);
    if (e == NULL) {
        wf_err_nomemory();
        return -1;
    }
    e->lineno = loc[0];
    e->col_offset = loc[1];
    e->end_lineno = loc[2];
    e->end_col_offset = loc[3];
    wf_object_t *parts[2] = {NULL, NULL};
    wf_ast_expr_t **slots[2];
    int n;
    if (is_tuple) {
        e->kind = WF_AST_Tuple;
        e->v.Tuple.ctx = WF_AST_Load;
        n = (int)WF_TUPLE_SIZE(v);
        if (wf_ast_seq_init(b->arena, (wf_ast_seq_t *)&e->v.Tuple.elts, n, sizeof(void *)) < 0) {
            wf_err_nomemory();
            return -1;
        }
    } else {
        e->kind = WF_AST_BinOp;
        // real - (-imag)j keeps the sign of a zero real part
        e->v.BinOp.op = WF_AST_Sub;
        parts[0] = wf_float_new(((wf_complex_t *)v)->real);
        parts[1] = wf_complex_new(0.0, -((wf_complex_t *)v)->imag);
        slots[0] = &e->v.BinOp.left;
        slots[1] = &e->v.BinOp.right;
        n = 2;
        if (parts[0] == NULL || parts[1] == NULL) {
            WF_XDECREF(parts[0]);
            WF_XDECREF(parts[1]);
            return -1;
        }
    }
    int rc = 1;
    for (int i = 0; i < n && rc > 0; i++) {
        wf_object_t *item = is_tuple ? WF_TUPLE_GET(v, i) : parts[i];
        wf_ast_expr_t **slot = is_tuple ? &e->v.Tuple.elts.items[i] : slots[i];
        int r = value_expr(b, item, loc, slot);
        if (r == 0) {
            wf_ast_expr_t *c = wf_arena_alloc(b->arena, sizeof *c);
            if (c == NULL) {
                wf_err_nomemory();
                r = -1;
            } else {
                c->kind = WF_AST_Constant;
                memcpy(&c->lineno, loc, 4 * sizeof(int));
                r = constant_value(b, item, &c->v.Constant.value);
                *slot = c;
            }
        }
        if (r < 0) {
            rc = -1;
        }
    }
    WF_XDECREF(parts[0]);
    WF_XDECREF(parts[1]);
    if (rc > 0) {
        *out = e;
    }
    return rc;
}

static int enum_value(wf_object_t *v, int e, int *out) {
    if (wf_type_is_subtype(WF_TYPE(v), enum_base_cls[e])) {
        for (int k = 0; k < enum_counts[e]; k++) {
            if (wf_type_is_subtype(WF_TYPE(v), enum_cls[e][k])) {
                *out = k;
                return 0;
            }
        }
    }
    return wf_err_format_int(&wf_exc_TypeError, "expected some sort of %s, but got %R",
                             enum_bases[e], v);
}

// One field of node `dst` from object `o` of class `owner`.
static int field_from_obj(builder_t *b, wf_object_t *o, const char *owner, const wf_ast_field_t *f,
                          char *dst) {
    char *p = dst + f->offset;
    wf_object_t *v;
    if (get_field_raw(o, f->name, &v, ftype_is_seq(f->type)) < 0) {
        return -1;
    }
    int rc = -1;
    int product;
    int cat = elem_cat(f->type, &product);
    int e = enum_of(f->type);
    if (ftype_is_seq(f->type)) {
        if (v != NULL && !WF_LIST_CHECK(v)) {
            wf_err_format(&wf_exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner,
                          f->name, wf_type_short_name(WF_TYPE(v)));
            goto done;
        }
        wf_ssize_t n = v != NULL ? WF_LIST_SIZE(v) : 0;
        wf_ast_seq_t *s = (wf_ast_seq_t *)p;
        size_t isz = f->type == WF_AST_FT_CMPOPS ? sizeof(wf_ast_cmpop_t) : sizeof(void *);
        if (wf_ast_seq_init(b->arena, s, (int)n, isz) < 0) {
            wf_err_nomemory();
            goto done;
        }
        for (wf_ssize_t i = 0; i < n; i++) {
            wf_object_t *item = WF_LIST_ITEMS(v)[i];
            if (f->type == WF_AST_FT_CMPOPS) {
                int k;
                if (enum_value(item, E_CMPOP, &k) < 0) {
                    goto done;
                }
                ((wf_ast_cmpop_t *)s->items)[i] = (wf_ast_cmpop_t)k;
            } else if (f->type == WF_AST_FT_IDENTS) {
                if (!WF_STR_CHECK(item)) {
                    wf_err_set_string(&wf_exc_TypeError, "AST identifier must be of type str");
                    goto done;
                }
                if ((s->items[i] = (void *)arena_utf8(b, item)) == NULL) {
                    goto done;
                }
            } else if (item == WF_NONE &&
                       (f->type == WF_AST_FT_EXPRS)) {  // Dict keys, kw_defaults
                s->items[i] = NULL;
            } else if (obj_to_node(b, item, cat, product, &s->items[i]) < 0) {
                goto done;
            }
            if (v == NULL || WF_LIST_SIZE(v) != n) {
                wf_err_format(&wf_exc_RuntimeError, "%s field \"%s\" changed size during iteration",
                              owner, f->name);
                goto done;
            }
        }
        rc = 0;
        goto done;
    }
    if (v == NULL) {
        if (ftype_is_opt(f->type) || f->type == WF_AST_FT_STR_OPT) {
            rc = 0;  // NULL already
        } else if (f->type == WF_AST_FT_CONST) {
            rc = constant_value(b, WF_NONE, (wf_ast_constant_t *)p);
        } else {
            missing(f->name, owner);
        }
        goto done;
    }
    if (e >= 0) {
        int k;
        if (enum_value(v, e, &k) == 0) {
            *(int *)p = k;
            rc = 0;
        }
    } else if (cat >= 0) {
        rc = obj_to_node(b, v, cat, product, (void **)p);
    } else if (f->type == WF_AST_FT_IDENT || f->type == WF_AST_FT_IDENT_OPT ||
               f->type == WF_AST_FT_STR_OPT) {
        if (!WF_STR_CHECK(v)) {
            wf_err_set_string(&wf_exc_TypeError, f->type == WF_AST_FT_STR_OPT
                                                     ? "AST string must be of type str"
                                                     : "AST identifier must be of type str");
        } else if ((*(const char **)p = arena_utf8(b, v)) != NULL) {
            rc = 0;
        }
    } else if (f->type == WF_AST_FT_INT) {
        rc = int_value(v, (int *)p);
    } else if (f->type == WF_AST_FT_CONST) {
        rc = constant_value(b, v, (wf_ast_constant_t *)p);
    } else {
        wf_err_bad_internal_call("_ast field conversion");
    }
done:
    WF_XDECREF(v);
    return rc;
}

static int obj_to_node(builder_t *b, wf_object_t *o, int cat, int product, void **out) {
    int kind = product;
    int loc[4] = {0, 0, 0, 0};
    int has_loc = cat != WF_AST_CAT_MOD && (cat != WF_AST_CAT_PRODUCT || product_loc[product] >= 0);
    const char *owner = cat == WF_AST_CAT_PRODUCT ? cat_name(cat, product) : cat_bases[cat];
    // Positions are read before the kind is checked, as compile() does.
    for (int i = 0; has_loc && i < 4; i++) {
        wf_object_t *v;
        if (get_field(o, loc_names[i], &v) < 0) {
            return -1;
        }
        if (v == NULL) {
            if (i < 2) {
                return missing(loc_names[i], owner);
            }
            loc[i] = loc[i - 2];
            continue;
        }
        int r = int_value(v, &loc[i]);
        WF_DECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    if (cat != WF_AST_CAT_PRODUCT) {
        kind = -1;
        for (int k = 0; k < cat_counts[cat]; k++) {
            if (wf_type_is_subtype(WF_TYPE(o), node_cls[cat][k])) {
                kind = k;
                break;
            }
        }
        if (kind < 0) {
            return wf_err_format_int(&wf_exc_TypeError, "expected some sort of %s, but got %R",
                                     cat_bases[cat], o);
        }
    }
    const wf_ast_kind_info_t *info = wf_ast_kind_info((wf_ast_category_t)cat, kind);
    size_t size = cat == WF_AST_CAT_MOD          ? sizeof(wf_ast_mod_t)
                  : cat == WF_AST_CAT_STMT       ? sizeof(wf_ast_stmt_t)
                  : cat == WF_AST_CAT_EXPR       ? sizeof(wf_ast_expr_t)
                  : cat == WF_AST_CAT_PATTERN    ? sizeof(wf_ast_pattern_t)
                  : cat == WF_AST_CAT_HANDLER    ? sizeof(wf_ast_excepthandler_t)
                  : cat == WF_AST_CAT_TYPE_PARAM ? sizeof(wf_ast_type_param_t)
                                                 : product_sizes[product];
    char *node = wf_arena_alloc(b->arena, size);
    if (node == NULL) {
        wf_err_nomemory();
        return -1;
    }
    if (cat != WF_AST_CAT_PRODUCT) {
        *(int *)node = kind;  // every sum node starts with its kind
    }
    int *dloc = node_loc((wf_ast_category_t)cat, kind, node);
    if (dloc != NULL) {
        memcpy(dloc, loc, sizeof loc);
    }
    if (cat == WF_AST_CAT_EXPR && kind == WF_AST_Constant) {
        wf_object_t *value;
        if (get_field_raw(o, "value", &value, 1) < 0) {
            return -1;
        }
        int r = value != NULL ? value_expr(b, value, loc, (wf_ast_expr_t **)out) : 0;
        WF_XDECREF(value);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    if (wf_enter_recursive_call(" during compilation") < 0) {
        return -1;
    }
    for (int i = 0; i < info->nfields; i++) {
        if (field_from_obj(b, o, info->name, &info->fields[i], node) < 0) {
            wf_leave_recursive_call();
            return -1;
        }
    }
    wf_leave_recursive_call();
    *out = node;
    return 0;
}

// ---- validation: what the compiler relies on ----

static int check_expr(const wf_ast_expr_t *e, int ctx);
static int check_stmts(const wf_ast_stmt_seq_t *s, const char *owner, int nonempty);

static int check_ctx(const wf_ast_expr_t *e, int want) {
    int actual;
    switch (e->kind) {
    case WF_AST_Attribute: actual = e->v.Attribute.ctx; break;
    case WF_AST_Subscript: actual = e->v.Subscript.ctx; break;
    case WF_AST_Starred: actual = e->v.Starred.ctx; break;
    case WF_AST_Name: actual = e->v.Name.ctx; break;
    case WF_AST_List: actual = e->v.List.ctx; break;
    case WF_AST_Tuple: actual = e->v.Tuple.ctx; break;
    default:
        if (want != WF_AST_Load) {
            return wf_err_format_int(&wf_exc_ValueError, "expression which can't be assigned to "
                                                         "in %s context",
                                     ctx_names[want]);
        }
        return 0;
    }
    if (actual != want) {
        return wf_err_format_int(&wf_exc_ValueError,
                                 "expression must have %s context but has %s instead",
                                 ctx_names[want], ctx_names[actual]);
    }
    return 0;
}

// Which context a field's expressions must have.
static int field_ctx(int cat, int kind, const char *field) {
    if (cat == WF_AST_CAT_STMT) {
        if (kind == WF_AST_Delete) {
            return WF_AST_Del;
        }
        if ((kind == WF_AST_Assign && !strcmp(field, "targets")) ||
            ((kind == WF_AST_AugAssign || kind == WF_AST_AnnAssign || kind == WF_AST_For ||
              kind == WF_AST_AsyncFor) &&
             !strcmp(field, "target"))) {
            return WF_AST_Store;
        }
    } else if (cat == WF_AST_CAT_EXPR && kind == WF_AST_NamedExpr && !strcmp(field, "target")) {
        return WF_AST_Store;
    } else if (cat == WF_AST_CAT_PRODUCT &&
               ((kind == WF_AST_P_comprehension && !strcmp(field, "target")) ||
                (kind == WF_AST_P_withitem && !strcmp(field, "optional_vars")))) {
        return WF_AST_Store;
    }
    return WF_AST_Load;
}

static int check_node(int cat, int kind, const void *node, int self_ctx);

static int check_fields(int cat, int kind, const void *node, int self_ctx) {
    const wf_ast_kind_info_t *info = wf_ast_kind_info((wf_ast_category_t)cat, kind);
    for (int i = 0; i < info->nfields; i++) {
        const wf_ast_field_t *f = &info->fields[i];
        const char *p = (const char *)node + f->offset;
        int ctx = field_ctx(cat, kind, f->name);
        // Elements of a target List/Tuple/Starred share its context.
        if (cat == WF_AST_CAT_EXPR &&
            (kind == WF_AST_List || kind == WF_AST_Tuple || kind == WF_AST_Starred)) {
            ctx = self_ctx;
        }
        int product;
        int ecat = elem_cat(f->type, &product);
        if (ecat < 0) {
            continue;
        }
        if (f->type == WF_AST_FT_STMTS) {
            int nonempty = !(cat == WF_AST_CAT_MOD) && strcmp(f->name, "orelse") &&
                           strcmp(f->name, "finalbody");
            if (check_stmts((const wf_ast_stmt_seq_t *)p, info->name, nonempty) < 0) {
                return -1;
            }
        } else if (ftype_is_seq(f->type)) {
            const wf_ast_seq_t *s = (const wf_ast_seq_t *)p;
            for (int j = 0; j < s->len; j++) {
                if (s->items[j] != NULL &&
                    check_node(ecat, ecat == WF_AST_CAT_PRODUCT ? product : -1, s->items[j],
                               ctx) < 0) {
                    return -1;
                }
            }
        } else {
            const void *child = *(void *const *)p;
            if (child != NULL &&
                check_node(ecat, ecat == WF_AST_CAT_PRODUCT ? product : -1, child, ctx) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int check_stmts(const wf_ast_stmt_seq_t *s, const char *owner, int nonempty) {
    if (nonempty && s->len == 0) {
        return wf_err_format_int(&wf_exc_ValueError, "empty body on %s", owner);
    }
    for (int i = 0; i < s->len; i++) {
        if (check_node(WF_AST_CAT_STMT, -1, s->items[i], WF_AST_Load) < 0) {
            return -1;
        }
    }
    return 0;
}

static int check_expr(const wf_ast_expr_t *e, int ctx) {
    if (check_ctx(e, ctx) < 0) {
        return -1;
    }
    switch (e->kind) {
    case WF_AST_BoolOp:
        if (e->v.BoolOp.values.len < 2) {
            return wf_err_format_int(&wf_exc_ValueError, "BoolOp with less than 2 values");
        }
        break;
    case WF_AST_Compare:
        if (e->v.Compare.comparators.len == 0) {
            return wf_err_format_int(&wf_exc_ValueError, "Compare with no comparators");
        }
        if (e->v.Compare.comparators.len != e->v.Compare.ops.len) {
            return wf_err_format_int(&wf_exc_ValueError,
                                     "Compare has a different number of comparators and operands");
        }
        break;
    case WF_AST_Dict:
        if (e->v.Dict.keys.len != e->v.Dict.values.len) {
            return wf_err_format_int(&wf_exc_ValueError,
                                     "Dict doesn't have the same number of keys as values");
        }
        break;
    default:
        break;
    }
    return check_fields(WF_AST_CAT_EXPR, e->kind, e, ctx);
}

static int check_node(int cat, int kind, const void *node, int self_ctx) {
    if (cat == WF_AST_CAT_EXPR) {
        return check_expr(node, self_ctx);
    }
    if (cat != WF_AST_CAT_PRODUCT) {
        kind = node_kind((wf_ast_category_t)cat, node);
    }
    if (wf_enter_recursive_call(" during compilation") < 0) {
        return -1;
    }
    int r = check_fields(cat, kind, node, self_ctx);
    wf_leave_recursive_call();
    return r;
}

wf_ast_mod_t *wf_ast_mod_from_object(wf_object_t *o, wf_arena_t *arena, int mode) {
    if (ensure_classes() < 0) {
        return NULL;
    }
    static const char *const want[] = {"Module", "Expression", "Interactive"};
    int want_kind = mode == WF_COMPILE_EVAL     ? WF_AST_Expression
                    : mode == WF_COMPILE_SINGLE ? WF_AST_Interactive
                                                : WF_AST_Module;
    int mode_name = mode == WF_COMPILE_EVAL ? 1 : mode == WF_COMPILE_SINGLE ? 2 : 0;
    if (!wf_type_is_subtype(WF_TYPE(o), node_cls[WF_AST_CAT_MOD][want_kind])) {
        wf_err_format(&wf_exc_TypeError, "expected %s node, got %s", want[mode_name],
                      wf_type_short_name(WF_TYPE(o)));
        return NULL;
    }
    builder_t b = {arena};
    void *node;
    if (obj_to_node(&b, o, WF_AST_CAT_MOD, -1, &node) < 0 ||
        check_node(WF_AST_CAT_MOD, -1, node, WF_AST_Load) < 0) {
        return NULL;
    }
    return node;
}

// ---------------------------------------------------------------------------------------
// The module.

static const struct {
    const char *name;
    long value;
} flag_constants[] = {
    {"PyCF_ONLY_AST", 0x400},
    {"PyCF_TYPE_COMMENTS", 0x1000},
    {"PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000},
    {"PyCF_OPTIMIZED_AST", 0x8400},
};

wf_object_t *wf_mod_ast_init(void) {
    wf_object_t *m = wf_module_new("_ast");
    if (m == NULL || build_classes(m) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof flag_constants / sizeof flag_constants[0]; i++) {
        wf_object_t *v = wf_int_from_i64(flag_constants[i].value);
        if (v == NULL || wf_module_add_object(m, flag_constants[i].name, v) < 0) {
            WF_XDECREF(v);
            WF_DECREF(m);
            return NULL;
        }
        WF_DECREF(v);
    }
    return m;
}
