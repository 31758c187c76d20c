// Symbol table construction (runtime/symtable.h).
//
// Two passes, as in CPython: a visit of the tree records, per block, every name with the
// ways it is used (flags), then an analysis walks the block tree top-down with the sets of
// names bound in enclosing function scopes and declared global, and bottom-up with the
// free names of children, giving each name its scope. Comprehensions (not generator
// expressions) are analysed as functions and then merged into their parent.
//
// Memory: entries and their symbol maps live in the AST arena; the temporary name sets of
// the analysis are malloc'd and freed before it returns.
#include "runtime/symtable.h"

#include <stdlib.h>
#include <string.h>

// ---- name maps -------------------------------------------------------------------------

static unsigned hash_name(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 16777619u;
    }
    return h;
}

// Arena allocation when `a` is non-NULL, else calloc (temporary sets).
static void *xalloc(wf_arena_t *a, size_t n) {
    return a != NULL ? wf_arena_alloc(a, n) : calloc(1, n);
}

static void xfree(wf_arena_t *a, void *p) {
    if (a == NULL) {
        free(p);
    }
}

static int map_find(const wf_symmap_t *m, const char *name) {
    if (m->index_cap == 0) {
        return -1;
    }
    unsigned mask = (unsigned)m->index_cap - 1;
    for (unsigned i = hash_name(name) & mask;; i = (i + 1) & mask) {
        int k = m->index[i];
        if (k == 0) {
            return -1;
        }
        if (strcmp(m->items[k - 1].name, name) == 0) {
            return k - 1;
        }
    }
}

static int map_reindex(wf_arena_t *a, wf_symmap_t *m, int cap) {
    int *index = xalloc(a, sizeof(int) * (size_t)cap);
    if (index == NULL) {
        return -1;
    }
    unsigned mask = (unsigned)cap - 1;
    for (int k = 0; k < m->len; k++) {
        unsigned i = hash_name(m->items[k].name) & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        index[i] = k + 1;
    }
    xfree(a, m->index);
    m->index = index;
    m->index_cap = cap;
    return 0;
}

// Adds `name` (not present) and returns its index, or -1 when out of memory.
static int map_add(wf_arena_t *a, wf_symmap_t *m, const char *name, int flags) {
    if (m->len == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        wf_sym_t *items = xalloc(a, sizeof(wf_sym_t) * (size_t)cap);
        if (items == NULL) {
            return -1;
        }
        if (m->len) {
            memcpy(items, m->items, sizeof(wf_sym_t) * (size_t)m->len);
        }
        xfree(a, m->items);
        m->items = items;
        m->cap = cap;
    }
    m->items[m->len].name = name;
    m->items[m->len].flags = flags;
    m->items[m->len].scope = 0;
    m->len++;
    if (m->len * 2 > m->index_cap) {
        if (map_reindex(a, m, m->index_cap ? m->index_cap * 2 : 16) < 0) {
            m->len--;
            return -1;
        }
    } else {
        unsigned mask = (unsigned)m->index_cap - 1;
        unsigned i = hash_name(name) & mask;
        while (m->index[i] != 0) {
            i = (i + 1) & mask;
        }
        m->index[i] = m->len;
    }
    return m->len - 1;
}

// Sets (temporary, malloc'd): a map whose flags are unused. Deleted entries keep their
// slot with flags -1 so indices stay stable.
typedef wf_symmap_t nameset_t;

static int set_has(const nameset_t *s, const char *name) {
    int i = map_find(s, name);
    return i >= 0 && s->items[i].flags != -1;
}

static int set_add(nameset_t *s, const char *name) {
    int i = map_find(s, name);
    if (i >= 0) {
        s->items[i].flags = 0;
        return 0;
    }
    return map_add(NULL, s, name, 0) < 0 ? -1 : 0;
}

static void set_discard(nameset_t *s, const char *name) {
    int i = map_find(s, name);
    if (i >= 0) {
        s->items[i].flags = -1;
    }
}

static int set_update(nameset_t *s, const nameset_t *from) {
    for (int i = 0; i < from->len; i++) {
        if (from->items[i].flags != -1 && set_add(s, from->items[i].name) < 0) {
            return -1;
        }
    }
    return 0;
}

static int set_size(const nameset_t *s) {
    int n = 0;
    for (int i = 0; i < s->len; i++) {
        n += s->items[i].flags != -1;
    }
    return n;
}

static void set_clear(nameset_t *s) {
    free(s->items);
    free(s->index);
    memset(s, 0, sizeof(*s));
}

// ---- errors ------------------------------------------------------------------------------

typedef struct {
    int lineno, col, end_lineno, end_col;
} loc_t;

#define LOC(n) ((loc_t){(n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset})

static int oom(wf_symtable_t *st) {
    if (!st->failed) {
        st->failed = 1;
        st->err->out_of_memory = 1;
    }
    return -1;
}

static int error_at(wf_symtable_t *st, loc_t loc, const char *fmt, const char *name) {
    if (st->failed) {
        return -1;
    }
    char msg[400];
    snprintf(msg, sizeof msg, fmt, name);
    st->failed = 1;
    if (wf_parse_error_at(st->err, st->src, st->srclen, WF_SYNTAX_ERROR, loc.lineno, loc.col,
                          loc.end_lineno, loc.end_col, msg) < 0) {
        st->err->out_of_memory = 1;
    }
    return -1;
}

// ---- entries -----------------------------------------------------------------------------

const char *wf_symtable_mangle(wf_arena_t *arena, const char *priv, const char *name) {
    size_t n = strlen(name);
    if (priv == NULL || n < 2 || name[0] != '_' || name[1] != '_') {
        return name;
    }
    // Dunder names and dotted names (imports) are not mangled.
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    while (*priv == '_') {
        priv++;
    }
    if (*priv == '\0') {
        return name;  // class name of underscores only
    }
    size_t p = strlen(priv);
    char *out = wf_arena_alloc(arena, p + n + 2);
    if (out == NULL) {
        return NULL;
    }
    out[0] = '_';
    memcpy(out + 1, priv, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

const wf_sym_t *wf_ste_get(const wf_ste_t *ste, const char *name) {
    int i = map_find(&ste->symbols, name);
    return i < 0 ? NULL : &ste->symbols.items[i];
}

int wf_ste_scope(const wf_ste_t *ste, const char *name) {
    const wf_sym_t *s = wf_ste_get(ste, name);
    return s == NULL ? WF_SCOPE_NONE : s->scope;
}

wf_ste_t *wf_symtable_lookup(wf_symtable_t *st, const void *key) {
    for (int i = 0; i < st->nblocks; i++) {
        if (st->blocks[i]->key == key) {
            return st->blocks[i];
        }
    }
    return NULL;
}

static int grow(wf_arena_t *a, void **items, int *cap, int len, size_t size) {
    if (len < *cap) {
        return 0;
    }
    int ncap = *cap ? *cap * 2 : 4;
    void *p = wf_arena_alloc(a, size * (size_t)ncap);
    if (p == NULL) {
        return -1;
    }
    if (len) {
        memcpy(p, *items, size * (size_t)len);
    }
    *items = p;
    *cap = ncap;
    return 0;
}

static int enter_block(wf_symtable_t *st, const char *name, wf_block_t type, const void *key,
                       loc_t loc) {
    wf_ste_t *ste = wf_arena_alloc(st->arena, sizeof(wf_ste_t));
    if (ste == NULL) {
        return oom(st);
    }
    ste->type = type;
    ste->name = name;
    ste->key = key;
    ste->lineno = loc.lineno;
    ste->col_offset = loc.col;
    ste->end_lineno = loc.end_lineno;
    ste->end_col_offset = loc.end_col;
    ste->parent = st->cur;
    if (st->cur != NULL) {
        wf_ste_t *p = st->cur;
        ste->nested = p->nested || wf_block_is_function_like(p->type);
        if (grow(st->arena, (void **)&p->children, &p->capchildren, p->nchildren,
                 sizeof(wf_ste_t *)) < 0) {
            return oom(st);
        }
        p->children[p->nchildren++] = ste;
    } else {
        st->top = ste;
    }
    if (grow(st->arena, (void **)&st->blocks, &st->capblocks, st->nblocks, sizeof(wf_ste_t *)) <
        0) {
        return oom(st);
    }
    st->blocks[st->nblocks++] = ste;
    st->cur = ste;
    return 0;
}

static void exit_block(wf_symtable_t *st) {
    st->cur = st->cur->parent;
}

// Directive (global/nonlocal) locations, kept per block for analysis-time errors. Stored as
// a parallel symmap keyed by name whose flags index into a location array.
typedef struct wf_st_directive {
    const char *name;
    wf_ste_t *ste;
    loc_t loc;
    struct wf_st_directive *next;
} directive_t;

static int record_directive(wf_symtable_t *st, const char *name, loc_t loc) {
    directive_t *d = wf_arena_alloc(st->arena, sizeof(directive_t));
    if (d == NULL) {
        return oom(st);
    }
    d->name = name;
    d->ste = st->cur;
    d->loc = loc;
    d->next = st->directives;
    st->directives = d;
    return 0;
}

static loc_t directive_loc(wf_symtable_t *st, wf_ste_t *ste, const char *name) {
    loc_t found = {ste->lineno, ste->col_offset, ste->end_lineno, ste->end_col_offset};
    // The list is newest first; CPython reports the first directive for the name.
    for (directive_t *d = st->directives; d != NULL; d = d->next) {
        if (d->ste == ste && strcmp(d->name, name) == 0) {
            found = d->loc;
        }
    }
    return found;
}

static int add_def_in(wf_symtable_t *st, wf_ste_t *ste, const char *name, int flag, loc_t loc) {
    const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
    if (mangled == NULL) {
        return oom(st);
    }
    int i = map_find(&ste->symbols, mangled);
    int val = flag;
    if (i >= 0) {
        val = ste->symbols.items[i].flags;
        if ((flag & WF_DEF_PARAM) && (val & WF_DEF_PARAM)) {
            return error_at(st, loc, "duplicate argument '%s' in function definition", name);
        }
        if ((flag & WF_DEF_TYPE_PARAM) && (val & WF_DEF_TYPE_PARAM)) {
            return error_at(st, loc, "duplicate type parameter '%s'", name);
        }
        val |= flag;
    }
    if (ste->comp_iter_target) {
        if (val & (WF_DEF_GLOBAL | WF_DEF_NONLOCAL)) {
            return error_at(st, loc,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'",
                            name);
        }
        val |= WF_DEF_COMP_ITER;
    }
    if (i >= 0) {
        ste->symbols.items[i].flags = val;
    } else if (map_add(st->arena, &ste->symbols, mangled, val) < 0) {
        return oom(st);
    }
    if (flag & WF_DEF_PARAM) {
        if (grow(st->arena, (void **)&ste->varnames, &ste->capvarnames, ste->nvarnames,
                 sizeof(char *)) < 0) {
            return oom(st);
        }
        ste->varnames[ste->nvarnames++] = mangled;
    } else if ((flag & WF_DEF_GLOBAL) && ste != st->top) {
        // Declared globals are recorded in the module block too (they then compile as
        // explicit globals at module level as well).
        wf_symmap_t *g = &st->top->symbols;
        int k = map_find(g, mangled);
        if (k >= 0) {
            g->items[k].flags |= flag;
        } else if (map_add(st->arena, g, mangled, flag) < 0) {
            return oom(st);
        }
    }
    return 0;
}

static int add_def(wf_symtable_t *st, const char *name, int flag, loc_t loc) {
    return add_def_in(st, st->cur, name, flag, loc);
}

static int lookup_flags(wf_symtable_t *st, wf_ste_t *ste, const char *name) {
    const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
    if (mangled == NULL) {
        return oom(st);
    }
    const wf_sym_t *s = wf_ste_get(ste, mangled);
    return s ? s->flags : 0;
}

// ---- visitors ----------------------------------------------------------------------------

static int visit_stmt(wf_symtable_t *st, wf_ast_stmt_t *s);
static int visit_expr(wf_symtable_t *st, wf_ast_expr_t *e);
static int visit_pattern(wf_symtable_t *st, wf_ast_pattern_t *p);

static int enter_depth(wf_symtable_t *st) {
    if (++st->depth > WF_COMPILE_MAX_DEPTH) {
        if (!st->failed) {
            st->failed = 1;
            st->err->too_deep = 1;
        }
        return -1;
    }
    return 0;
}

static int visit_stmts(wf_symtable_t *st, wf_ast_stmt_seq_t seq) {
    for (int i = 0; i < seq.len; i++) {
        if (visit_stmt(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_exprs(wf_symtable_t *st, wf_ast_expr_seq_t seq) {
    for (int i = 0; i < seq.len; i++) {
        if (seq.items[i] != NULL && visit_expr(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_params(wf_symtable_t *st, wf_ast_arg_seq_t args) {
    for (int i = 0; i < args.len; i++) {
        if (add_def(st, args.items[i]->arg, WF_DEF_PARAM, LOC(args.items[i])) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_arguments(wf_symtable_t *st, wf_ast_arguments_t *a) {
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg != NULL) {
        if (add_def(st, a->vararg->arg, WF_DEF_PARAM, LOC(a->vararg)) < 0) {
            return -1;
        }
        st->cur->varargs = 1;
    }
    if (a->kwarg != NULL) {
        if (add_def(st, a->kwarg->arg, WF_DEF_PARAM, LOC(a->kwarg)) < 0) {
            return -1;
        }
        st->cur->varkeywords = 1;
    }
    return 0;
}

static int visit_annotation(wf_symtable_t *st, wf_ast_expr_t *ann) {
    if (ann == NULL) {
        return 0;
    }
    if (!st->future_annotations) {
        return visit_expr(st, ann);
    }
    // Postponed annotations are never evaluated: visit them in a detached block, only to
    // report the expressions they may not contain.
    wf_ste_t *parent = st->cur;
    if (enter_block(st, "_annotation", WF_BLOCK_FUNCTION, ann, LOC(ann)) < 0) {
        return -1;
    }
    st->cur->annotation = 1;
    int r = visit_expr(st, ann);
    exit_block(st);
    parent->nchildren--;
    return r;
}

// yield / await / walrus where CPython forbids them: annotations and PEP 695 scopes.
static int check_annotation_block(wf_symtable_t *st, const char *what, wf_ast_expr_t *e) {
    wf_ste_t *cur = st->cur;
    char msg[200];
    if (cur->annotation) {
        snprintf(msg, sizeof msg, "%s cannot be used within an annotation", what);
    } else if (cur->type == WF_BLOCK_TYPE_VARIABLE) {
        snprintf(msg, sizeof msg, "%s cannot be used within %s", what,
                 cur->scope_info ? cur->scope_info : "a TypeVar bound");
    } else if (cur->type == WF_BLOCK_TYPE_ALIAS) {
        snprintf(msg, sizeof msg, "%s cannot be used within a type alias", what);
    } else if (cur->type == WF_BLOCK_TYPE_PARAMS) {
        snprintf(msg, sizeof msg, "%s cannot be used within the definition of a generic", what);
    } else {
        return 0;
    }
    return error_at(st, LOC(e), "%s", msg);
}

static int visit_arg_annotations(wf_symtable_t *st, wf_ast_arg_seq_t args) {
    for (int i = 0; i < args.len; i++) {
        if (visit_annotation(st, args.items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_all_annotations(wf_symtable_t *st, wf_ast_arguments_t *a, wf_ast_expr_t *returns) {
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0 ||
        (a->vararg && visit_annotation(st, a->vararg->annotation) < 0) ||
        (a->kwarg && visit_annotation(st, a->kwarg->annotation) < 0) ||
        visit_arg_annotations(st, a->kwonlyargs) < 0) {
        return -1;
    }
    return visit_annotation(st, returns);
}

// PEP 695: the scope holding a generic definition's type parameters.
static int enter_type_param_block(wf_symtable_t *st, const char *name, const void *key,
                                  int has_defaults, int has_kwdefaults, int is_class,
                                  loc_t loc) {
    int in_class = st->cur->type == WF_BLOCK_CLASS;
    if (enter_block(st, name, WF_BLOCK_TYPE_PARAMS, key, loc) < 0) {
        return -1;
    }
    if (in_class) {
        st->cur->can_see_class_scope = 1;
        if (add_def(st, "__classdict__", WF_DEF_USE, loc) < 0) {
            return -1;
        }
    }
    if (is_class) {
        // Set when the type params tuple is built, used when the bases are.
        if (add_def(st, ".type_params", WF_DEF_LOCAL, loc) < 0 ||
            add_def(st, ".type_params", WF_DEF_USE, loc) < 0 ||
            add_def(st, ".generic_base", WF_DEF_LOCAL, loc) < 0 ||
            add_def(st, ".generic_base", WF_DEF_USE, loc) < 0) {
            return -1;
        }
    }
    if (has_defaults && add_def(st, ".defaults", WF_DEF_PARAM, loc) < 0) {
        return -1;
    }
    if (has_kwdefaults && add_def(st, ".kwdefaults", WF_DEF_PARAM, loc) < 0) {
        return -1;
    }
    return 0;
}

static int visit_type_param_expr(wf_symtable_t *st, wf_ast_expr_t *e, const char *name,
                                 const void *key, const char *info) {
    if (e == NULL) {
        return 0;
    }
    int in_class = st->cur->can_see_class_scope;
    if (enter_block(st, name, WF_BLOCK_TYPE_VARIABLE, key, LOC(e)) < 0) {
        return -1;
    }
    st->cur->can_see_class_scope = in_class;
    st->cur->scope_info = info;
    if (in_class && add_def(st, "__classdict__", WF_DEF_USE, LOC(e)) < 0) {
        return -1;
    }
    if (visit_expr(st, e) < 0) {
        return -1;
    }
    exit_block(st);
    return 0;
}

static int visit_type_params(wf_symtable_t *st, wf_ast_type_param_seq_t tps) {
    for (int i = 0; i < tps.len; i++) {
        wf_ast_type_param_t *tp = tps.items[i];
        const char *name;
        wf_ast_expr_t *bound = NULL, *dflt;
        switch (tp->kind) {
        case WF_AST_TypeVar:
            name = tp->v.TypeVar.name;
            bound = tp->v.TypeVar.bound;
            dflt = tp->v.TypeVar.default_value;
            break;
        case WF_AST_ParamSpec:
            name = tp->v.ParamSpec.name;
            dflt = tp->v.ParamSpec.default_value;
            break;
        default:
            name = tp->v.TypeVarTuple.name;
            dflt = tp->v.TypeVarTuple.default_value;
            break;
        }
        const char *bound_info =
            bound && bound->kind == WF_AST_Tuple ? "a TypeVar constraint" : "a TypeVar bound";
        const char *dflt_info = tp->kind == WF_AST_TypeVar     ? "a TypeVar default"
                                : tp->kind == WF_AST_ParamSpec ? "a ParamSpec default"
                                                               : "a TypeVarTuple default";
        if (add_def(st, name, WF_DEF_TYPE_PARAM | WF_DEF_LOCAL, LOC(tp)) < 0 ||
            visit_type_param_expr(st, bound, name, tp, bound_info) < 0 ||
            visit_type_param_expr(st, dflt, name, (const char *)tp + 1, dflt_info) < 0) {
            return -1;
        }
    }
    return 0;
}

static int has_kwonly_defaults(wf_ast_arguments_t *a) {
    for (int i = 0; i < a->kw_defaults.len; i++) {
        if (a->kw_defaults.items[i] != NULL) {
            return 1;
        }
    }
    return 0;
}

static int visit_function(wf_symtable_t *st, wf_ast_stmt_t *s, int is_async) {
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    wf_ast_arguments_t *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    wf_ast_stmt_seq_t body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    wf_ast_expr_seq_t decos =
        is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list;
    wf_ast_expr_t *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    wf_ast_type_param_seq_t tps =
        is_async ? s->v.AsyncFunctionDef.type_params : s->v.FunctionDef.type_params;
    if (add_def(st, name, WF_DEF_LOCAL, LOC(s)) < 0 || visit_exprs(st, args->defaults) < 0 ||
        visit_exprs(st, args->kw_defaults) < 0 || visit_exprs(st, decos) < 0) {
        return -1;
    }
    int in_class = st->cur->type == WF_BLOCK_CLASS;
    if (tps.len > 0) {
        // CPython always declares ".defaults" here (even without defaults).
        if (enter_type_param_block(st, name, tps.items, 1, has_kwonly_defaults(args), 0,
                                   LOC(s)) < 0 ||
            visit_type_params(st, tps) < 0) {
            return -1;
        }
    }
    if (visit_all_annotations(st, args, returns) < 0) {
        return -1;
    }
    if (enter_block(st, name, WF_BLOCK_FUNCTION, s, LOC(s)) < 0) {
        return -1;
    }
    st->cur->method = in_class;
    st->cur->coroutine = is_async;
    if (visit_arguments(st, args) < 0 || visit_stmts(st, body) < 0) {
        return -1;
    }
    exit_block(st);
    if (tps.len > 0) {
        exit_block(st);
    }
    return 0;
}

static int visit_class(wf_symtable_t *st, wf_ast_stmt_t *s) {
    wf_ast_type_param_seq_t tps = s->v.ClassDef.type_params;
    const char *saved = st->private_name;
    if (add_def(st, s->v.ClassDef.name, WF_DEF_LOCAL, LOC(s)) < 0 ||
        visit_exprs(st, s->v.ClassDef.decorator_list) < 0) {
        return -1;
    }
    if (tps.len > 0) {
        if (enter_type_param_block(st, s->v.ClassDef.name, tps.items, 0, 0, 1, LOC(s)) < 0) {
            return -1;
        }
        st->private_name = s->v.ClassDef.name;
        if (visit_type_params(st, tps) < 0) {
            return -1;
        }
    }
    if (visit_exprs(st, s->v.ClassDef.bases) < 0) {
        return -1;
    }
    for (int i = 0; i < s->v.ClassDef.keywords.len; i++) {
        if (visit_expr(st, s->v.ClassDef.keywords.items[i]->value) < 0) {
            return -1;
        }
    }
    if (enter_block(st, s->v.ClassDef.name, WF_BLOCK_CLASS, s, LOC(s)) < 0) {
        return -1;
    }
    st->private_name = s->v.ClassDef.name;
    if (tps.len > 0 && (add_def(st, "__type_params__", WF_DEF_LOCAL, LOC(tps.items[0])) < 0 ||
                        add_def(st, ".type_params", WF_DEF_USE, LOC(tps.items[0])) < 0)) {
        return -1;
    }
    int r = visit_stmts(st, s->v.ClassDef.body);
    st->private_name = saved;
    exit_block(st);
    if (tps.len > 0) {
        exit_block(st);
    }
    return r;
}

// `global` / `nonlocal` statements.
static int visit_directive(wf_symtable_t *st, wf_ast_stmt_t *s, int is_global) {
    wf_ast_ident_seq_t names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *kw = is_global ? "global" : "nonlocal";
    for (int i = 0; i < names.len; i++) {
        const char *name = names.items[i];
        int cur = lookup_flags(st, st->cur, name);
        if (cur < 0) {
            return -1;
        }
        if (cur & (WF_DEF_PARAM | WF_DEF_LOCAL | WF_DEF_USE | WF_DEF_ANNOT)) {
            char fmt[120];
            if (cur & WF_DEF_PARAM) {
                snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", kw);
            } else if (cur & WF_DEF_USE) {
                snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", kw);
            } else if (cur & WF_DEF_ANNOT) {
                snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s", kw);
            } else {
                snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration", kw);
            }
            return error_at(st, LOC(s), fmt, name);
        }
        if (add_def(st, name, is_global ? WF_DEF_GLOBAL : WF_DEF_NONLOCAL, LOC(s)) < 0 ||
            record_directive(st, name, LOC(s)) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_alias(wf_symtable_t *st, wf_ast_alias_t *a) {
    const char *store = a->asname ? a->asname : a->name;
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->type != WF_BLOCK_MODULE) {
            return error_at(st, LOC(a), "import * only allowed at module level%s", "");
        }
        return 0;
    }
    if (a->asname == NULL) {
        const char *dot = strchr(a->name, '.');
        if (dot != NULL) {
            store = wf_arena_strndup(st->arena, a->name, (size_t)(dot - a->name));
            if (store == NULL) {
                return oom(st);
            }
        }
    }
    return add_def(st, store, WF_DEF_IMPORT, LOC(a));
}

static int visit_stmt_inner(wf_symtable_t *st, wf_ast_stmt_t *s) {
    switch (s->kind) {
    case WF_AST_FunctionDef:
        return visit_function(st, s, 0);
    case WF_AST_AsyncFunctionDef:
        return visit_function(st, s, 1);
    case WF_AST_ClassDef:
        return visit_class(st, s);
    case WF_AST_Return:
        if (s->v.Return.value != NULL) {
            if (visit_expr(st, s->v.Return.value) < 0) {
                return -1;
            }
            st->cur->returns_value = 1;
        }
        return 0;
    case WF_AST_Delete:
        return visit_exprs(st, s->v.Delete.targets);
    case WF_AST_Assign:
        if (visit_exprs(st, s->v.Assign.targets) < 0) {
            return -1;
        }
        return visit_expr(st, s->v.Assign.value);
    case WF_AST_TypeAlias: {
        if (visit_expr(st, s->v.TypeAlias.name) < 0) {
            return -1;
        }
        const char *name = s->v.TypeAlias.name->v.Name.id;
        int in_class = st->cur->type == WF_BLOCK_CLASS;
        wf_ast_type_param_seq_t tps = s->v.TypeAlias.type_params;
        if (tps.len > 0 && (enter_type_param_block(st, name, tps.items, 0, 0, 0, LOC(s)) < 0 ||
                            visit_type_params(st, tps) < 0)) {
            return -1;
        }
        if (enter_block(st, name, WF_BLOCK_TYPE_ALIAS, s, LOC(s)) < 0) {
            return -1;
        }
        st->cur->can_see_class_scope = in_class;
        if (in_class && add_def(st, "__classdict__", WF_DEF_USE, LOC(s->v.TypeAlias.value)) < 0) {
            return -1;
        }
        if (visit_expr(st, s->v.TypeAlias.value) < 0) {
            return -1;
        }
        exit_block(st);
        if (tps.len > 0) {
            exit_block(st);
        }
        return 0;
    }
    case WF_AST_AugAssign:
        if (visit_expr(st, s->v.AugAssign.target) < 0) {
            return -1;
        }
        return visit_expr(st, s->v.AugAssign.value);
    case WF_AST_AnnAssign: {
        wf_ast_expr_t *t = s->v.AnnAssign.target;
        if (t->kind == WF_AST_Name) {
            int cur = lookup_flags(st, st->cur, t->v.Name.id);
            if (cur < 0) {
                return -1;
            }
            if ((cur & (WF_DEF_GLOBAL | WF_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.AnnAssign.simple) {
                return error_at(st, LOC(s),
                                (cur & WF_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                      : "annotated name '%s' can't be nonlocal",
                                t->v.Name.id);
            }
            int flag = s->v.AnnAssign.simple ? (WF_DEF_ANNOT | WF_DEF_LOCAL)
                                             : (s->v.AnnAssign.value ? WF_DEF_LOCAL : 0);
            if (flag && add_def(st, t->v.Name.id, flag, LOC(t)) < 0) {
                return -1;
            }
        } else if (visit_expr(st, t) < 0) {
            return -1;
        }
        if (visit_annotation(st, s->v.AnnAssign.annotation) < 0) {
            return -1;
        }
        return s->v.AnnAssign.value ? visit_expr(st, s->v.AnnAssign.value) : 0;
    }
    case WF_AST_For:
    case WF_AST_AsyncFor:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0 ||
            visit_stmts(st, s->v.For.body) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.For.orelse);
    case WF_AST_While:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, s->v.While.body) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.While.orelse);
    case WF_AST_If:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, s->v.If.body) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.If.orelse);
    case WF_AST_With:
    case WF_AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.len; i++) {
            wf_ast_withitem_t *w = s->v.With.items.items[i];
            if (visit_expr(st, w->context_expr) < 0 ||
                (w->optional_vars && visit_expr(st, w->optional_vars) < 0)) {
                return -1;
            }
        }
        return visit_stmts(st, s->v.With.body);
    case WF_AST_Match:
        if (visit_expr(st, s->v.Match.subject) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.Match.cases.len; i++) {
            wf_ast_match_case_t *c = s->v.Match.cases.items[i];
            if (visit_pattern(st, c->pattern) < 0 || (c->guard && visit_expr(st, c->guard) < 0) ||
                visit_stmts(st, c->body) < 0) {
                return -1;
            }
        }
        return 0;
    case WF_AST_Raise:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0) {
            return -1;
        }
        return s->v.Raise.cause ? visit_expr(st, s->v.Raise.cause) : 0;
    case WF_AST_Try:
    case WF_AST_TryStar:
        if (visit_stmts(st, s->v.Try.body) < 0 || visit_stmts(st, s->v.Try.orelse) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.Try.handlers.len; i++) {
            wf_ast_excepthandler_t *h = s->v.Try.handlers.items[i];
            if (h->v.ExceptHandler.type && visit_expr(st, h->v.ExceptHandler.type) < 0) {
                return -1;
            }
            if (h->v.ExceptHandler.name &&
                add_def(st, h->v.ExceptHandler.name, WF_DEF_LOCAL, LOC(h)) < 0) {
                return -1;
            }
            if (visit_stmts(st, h->v.ExceptHandler.body) < 0) {
                return -1;
            }
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case WF_AST_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0) {
            return -1;
        }
        return s->v.Assert.msg ? visit_expr(st, s->v.Assert.msg) : 0;
    case WF_AST_Import:
        for (int i = 0; i < s->v.Import.names.len; i++) {
            if (visit_alias(st, s->v.Import.names.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case WF_AST_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.len; i++) {
            if (visit_alias(st, s->v.ImportFrom.names.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case WF_AST_Global:
        return visit_directive(st, s, 1);
    case WF_AST_Nonlocal:
        return visit_directive(st, s, 0);
    case WF_AST_Expr:
        return visit_expr(st, s->v.Expr.value);
    case WF_AST_Pass:
    case WF_AST_Break:
    case WF_AST_Continue:
    default:
        return 0;
    }
}

static int visit_stmt(wf_symtable_t *st, wf_ast_stmt_t *s) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int r = visit_stmt_inner(st, s);
    st->depth--;
    return r;
}

// Walrus inside a comprehension: bind the target in the nearest enclosing scope that is
// not a comprehension (CPython's rules and messages).
static int extend_namedexpr_scope(wf_symtable_t *st, wf_ast_expr_t *target) {
    const char *name = target->v.Name.id;
    loc_t loc = LOC(target);
    for (wf_ste_t *ste = st->cur; ste != NULL; ste = ste->parent) {
        if (ste->comprehension != WF_COMP_NONE) {
            int flags = lookup_flags(st, ste, name);
            if (flags < 0) {
                return -1;
            }
            if (flags & WF_DEF_COMP_ITER) {
                return error_at(st, loc,
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'",
                                name);
            }
            continue;
        }
        if (ste->type == WF_BLOCK_FUNCTION) {
            int flags = lookup_flags(st, ste, name);
            if (flags < 0) {
                return -1;
            }
            if (add_def(st, name, (flags & WF_DEF_GLOBAL) ? WF_DEF_GLOBAL : WF_DEF_NONLOCAL, loc) <
                    0 ||
                record_directive(st, name, loc) < 0) {
                return -1;
            }
            return add_def_in(st, ste, name, WF_DEF_LOCAL, loc);
        }
        if (ste->type == WF_BLOCK_MODULE) {
            if (add_def(st, name, WF_DEF_GLOBAL, loc) < 0 || record_directive(st, name, loc) < 0) {
                return -1;
            }
            return add_def_in(st, ste, name, WF_DEF_GLOBAL, loc);
        }
        return error_at(st, loc,
                        ste->type == WF_BLOCK_CLASS
                            ? "assignment expression within a comprehension cannot be used in "
                              "a class body%s"
                        : ste->type == WF_BLOCK_TYPE_PARAMS
                            ? "assignment expression within a comprehension cannot be used "
                              "within the definition of a generic%s"
                        : ste->type == WF_BLOCK_TYPE_ALIAS
                            ? "assignment expression within a comprehension cannot be used in "
                              "a type alias%s"
                            : "assignment expression within a comprehension cannot be used in "
                              "a TypeVar bound%s",
                        "");
    }
    return 0;
}

static const char *comp_block_name(wf_ast_expr_kind_t k) {
    switch (k) {
    case WF_AST_ListComp:
        return "<listcomp>";
    case WF_AST_SetComp:
        return "<setcomp>";
    case WF_AST_DictComp:
        return "<dictcomp>";
    default:
        return "<genexpr>";
    }
}

static int visit_comprehension_gen(wf_symtable_t *st, wf_ast_comprehension_t *g) {
    st->cur->comp_iter_target = 1;
    int r = visit_expr(st, g->target);
    st->cur->comp_iter_target = 0;
    if (r < 0) {
        return -1;
    }
    st->cur->comp_iter_expr++;
    r = visit_expr(st, g->iter);
    st->cur->comp_iter_expr--;
    if (r < 0 || visit_exprs(st, g->ifs) < 0) {
        return -1;
    }
    if (g->is_async) {
        st->cur->coroutine = 1;
    }
    return 0;
}

static int is_async_def(wf_symtable_t *st) {
    return st->cur->type == WF_BLOCK_FUNCTION && st->cur->coroutine &&
           st->cur->comprehension == WF_COMP_NONE;
}

static int visit_comprehension(wf_symtable_t *st, wf_ast_expr_t *e, wf_ast_comprehension_seq_t gens,
                               wf_ast_expr_t *elt, wf_ast_expr_t *value) {
    wf_comp_kind_t kind = e->kind == WF_AST_ListComp  ? WF_COMP_LIST
                          : e->kind == WF_AST_SetComp ? WF_COMP_SET
                          : e->kind == WF_AST_DictComp ? WF_COMP_DICT
                                                       : WF_COMP_GENEXP;
    wf_ast_comprehension_t *outer = gens.items[0];
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    if (r < 0 || enter_block(st, comp_block_name(e->kind), WF_BLOCK_FUNCTION, e, LOC(e)) < 0) {
        return -1;
    }
    wf_ste_t *comp = st->cur;
    comp->comprehension = kind;
    if (outer->is_async) {
        comp->coroutine = 1;
    }
    // The outermost iterator is the implicit argument ".0".
    if (add_def(st, ".0", WF_DEF_PARAM, LOC(e)) < 0) {
        return -1;
    }
    comp->comp_iter_target = 1;
    r = visit_expr(st, outer->target);
    comp->comp_iter_target = 0;
    if (r < 0 || visit_exprs(st, outer->ifs) < 0) {
        return -1;
    }
    for (int i = 1; i < gens.len; i++) {
        if (visit_comprehension_gen(st, gens.items[i]) < 0) {
            return -1;
        }
    }
    if ((value && visit_expr(st, value) < 0) || visit_expr(st, elt) < 0) {
        return -1;
    }
    int is_generator = kind == WF_COMP_GENEXP;
    comp->generator = is_generator;
    int is_async = comp->coroutine && !is_generator;
    exit_block(st);
    if (is_async && !is_async_def(st) && st->cur->comprehension == WF_COMP_NONE) {
        return error_at(st, LOC(e),
                        "asynchronous comprehension outside of an asynchronous function%s", "");
    }
    if (is_async) {
        st->cur->coroutine = 1;
    }
    return 0;
}

static int comprehension_yield_error(wf_symtable_t *st, wf_ast_expr_t *e) {
    static const char *const names[] = {"", "list comprehension", "set comprehension",
                                        "dict comprehension", "generator expression"};
    return error_at(st, LOC(e), "'yield' inside %s", names[st->cur->comprehension]);
}

static int visit_expr_inner(wf_symtable_t *st, wf_ast_expr_t *e) {
    switch (e->kind) {
    case WF_AST_NamedExpr:
        if (check_annotation_block(st, "named expression", e) < 0) {
            return -1;
        }
        if (st->cur->comp_iter_expr > 0) {
            return error_at(st, LOC(e),
                            "assignment expression cannot be used in a comprehension iterable "
                            "expression%s",
                            "");
        }
        if (st->cur->comprehension != WF_COMP_NONE &&
            extend_namedexpr_scope(st, e->v.NamedExpr.target) < 0) {
            return -1;
        }
        if (visit_expr(st, e->v.NamedExpr.value) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.NamedExpr.target);
    case WF_AST_BoolOp:
        return visit_exprs(st, e->v.BoolOp.values);
    case WF_AST_BinOp:
        if (visit_expr(st, e->v.BinOp.left) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.BinOp.right);
    case WF_AST_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case WF_AST_Lambda: {
        wf_ast_arguments_t *a = e->v.Lambda.args;
        if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0 ||
            enter_block(st, "<lambda>", WF_BLOCK_FUNCTION, e, LOC(e)) < 0 ||
            visit_arguments(st, a) < 0 || visit_expr(st, e->v.Lambda.body) < 0) {
            return -1;
        }
        exit_block(st);
        return 0;
    }
    case WF_AST_IfExp:
        if (visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.IfExp.orelse);
    case WF_AST_Dict:
        if (visit_exprs(st, e->v.Dict.keys) < 0) {
            return -1;
        }
        return visit_exprs(st, e->v.Dict.values);
    case WF_AST_Set:
        return visit_exprs(st, e->v.Set.elts);
    case WF_AST_ListComp:
        return visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case WF_AST_SetComp:
        return visit_comprehension(st, e, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
    case WF_AST_DictComp:
        return visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                                   e->v.DictComp.value);
    case WF_AST_GeneratorExp:
        return visit_comprehension(st, e, e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                                   NULL);
    case WF_AST_Yield:
    case WF_AST_YieldFrom: {
        if (check_annotation_block(st, "yield expression", e) < 0) {
            return -1;
        }
        if (st->cur->comprehension != WF_COMP_NONE) {
            return comprehension_yield_error(st, e);
        }
        wf_ast_expr_t *v = e->kind == WF_AST_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && visit_expr(st, v) < 0) {
            return -1;
        }
        st->cur->generator = 1;
        return 0;
    }
    case WF_AST_Await:
        if (check_annotation_block(st, "await expression", e) < 0) {
            return -1;
        }
        if (visit_expr(st, e->v.Await.value) < 0) {
            return -1;
        }
        st->cur->coroutine = 1;
        return 0;
    case WF_AST_Compare:
        if (visit_expr(st, e->v.Compare.left) < 0) {
            return -1;
        }
        return visit_exprs(st, e->v.Compare.comparators);
    case WF_AST_Call:
        if (visit_expr(st, e->v.Call.func) < 0 || visit_exprs(st, e->v.Call.args) < 0) {
            return -1;
        }
        for (int i = 0; i < e->v.Call.keywords.len; i++) {
            if (visit_expr(st, e->v.Call.keywords.items[i]->value) < 0) {
                return -1;
            }
        }
        return 0;
    case WF_AST_FormattedValue:
        if (visit_expr(st, e->v.FormattedValue.value) < 0) {
            return -1;
        }
        return e->v.FormattedValue.format_spec ? visit_expr(st, e->v.FormattedValue.format_spec)
                                               : 0;
    case WF_AST_JoinedStr:
        return visit_exprs(st, e->v.JoinedStr.values);
    case WF_AST_Constant:
        return 0;
    case WF_AST_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case WF_AST_Subscript:
        if (visit_expr(st, e->v.Subscript.value) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.Subscript.slice);
    case WF_AST_Starred:
        return visit_expr(st, e->v.Starred.value);
    case WF_AST_Slice:
        if ((e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0) ||
            (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0)) {
            return -1;
        }
        return e->v.Slice.step ? visit_expr(st, e->v.Slice.step) : 0;
    case WF_AST_Name: {
        int flag = e->v.Name.ctx == WF_AST_Load ? WF_DEF_USE : WF_DEF_LOCAL;
        if (add_def(st, e->v.Name.id, flag, LOC(e)) < 0) {
            return -1;
        }
        // Zero-argument super() needs the __class__ cell of the enclosing class.
        if (e->v.Name.ctx == WF_AST_Load && st->cur->type == WF_BLOCK_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0) {
            return add_def(st, "__class__", WF_DEF_USE, LOC(e));
        }
        return 0;
    }
    case WF_AST_List:
        return visit_exprs(st, e->v.List.elts);
    case WF_AST_Tuple:
        return visit_exprs(st, e->v.Tuple.elts);
    default:
        return 0;
    }
}

static int visit_expr(wf_symtable_t *st, wf_ast_expr_t *e) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int r = visit_expr_inner(st, e);
    st->depth--;
    return r;
}

static int visit_patterns(wf_symtable_t *st, wf_ast_pattern_seq_t seq) {
    for (int i = 0; i < seq.len; i++) {
        if (visit_pattern(st, seq.items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_pattern(wf_symtable_t *st, wf_ast_pattern_t *p) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int r = 0;
    switch (p->kind) {
    case WF_AST_MatchValue:
        r = visit_expr(st, p->v.MatchValue.value);
        break;
    case WF_AST_MatchSingleton:
        break;
    case WF_AST_MatchSequence:
        r = visit_patterns(st, p->v.MatchSequence.patterns);
        break;
    case WF_AST_MatchStar:
        if (p->v.MatchStar.name) {
            r = add_def(st, p->v.MatchStar.name, WF_DEF_LOCAL, LOC(p));
        }
        break;
    case WF_AST_MatchMapping:
        r = visit_exprs(st, p->v.MatchMapping.keys);
        if (r == 0) {
            r = visit_patterns(st, p->v.MatchMapping.patterns);
        }
        if (r == 0 && p->v.MatchMapping.rest) {
            r = add_def(st, p->v.MatchMapping.rest, WF_DEF_LOCAL, LOC(p));
        }
        break;
    case WF_AST_MatchClass:
        r = visit_expr(st, p->v.MatchClass.cls);
        if (r == 0) {
            r = visit_patterns(st, p->v.MatchClass.patterns);
        }
        if (r == 0) {
            r = visit_patterns(st, p->v.MatchClass.kwd_patterns);
        }
        break;
    case WF_AST_MatchAs:
        if (p->v.MatchAs.pattern) {
            r = visit_pattern(st, p->v.MatchAs.pattern);
        }
        if (r == 0 && p->v.MatchAs.name) {
            r = add_def(st, p->v.MatchAs.name, WF_DEF_LOCAL, LOC(p));
        }
        break;
    case WF_AST_MatchOr:
        r = visit_patterns(st, p->v.MatchOr.patterns);
        break;
    default:
        break;
    }
    st->depth--;
    return r;
}

// ---- analysis ----------------------------------------------------------------------------

static int analyze_name(wf_symtable_t *st, wf_ste_t *ste, wf_sym_t *sym, nameset_t *bound,
                        nameset_t *local, nameset_t *free, nameset_t *global,
                        wf_ste_t *class_entry) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & WF_DEF_GLOBAL) {
        if (flags & WF_DEF_NONLOCAL) {
            return error_at(st, directive_loc(st, ste, name), "name '%s' is nonlocal and global",
                            name);
        }
        sym->scope = WF_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0) {
            return oom(st);
        }
        if (bound) {
            set_discard(bound, name);
        }
        return 0;
    }
    if (flags & WF_DEF_NONLOCAL) {
        if (bound == NULL) {
            return error_at(st, directive_loc(st, ste, name),
                            "nonlocal declaration not allowed at module level%s", "");
        }
        if (!set_has(bound, name)) {
            return error_at(st, directive_loc(st, ste, name), "no binding for nonlocal '%s' found",
                            name);
        }
        sym->scope = WF_SCOPE_FREE;
        ste->free = 1;
        return set_add(free, name) < 0 ? oom(st) : 0;
    }
    if (flags & WF_DEF_BOUND) {
        sym->scope = WF_SCOPE_LOCAL;
        if (set_add(local, name) < 0) {
            return oom(st);
        }
        set_discard(global, name);
        return 0;
    }
    // Annotation scopes in a class see the class namespace first: a name bound there
    // resolves through it at run time (as a global when not also an outer local).
    if (class_entry != NULL) {
        const wf_sym_t *cs = wf_ste_get(class_entry, name);
        int cf = cs ? cs->flags : 0;
        if (cf & WF_DEF_GLOBAL) {
            sym->scope = WF_SCOPE_GLOBAL_EXPLICIT;
            return 0;
        }
        if ((cf & WF_DEF_BOUND) && !(cf & WF_DEF_NONLOCAL)) {
            sym->scope = WF_SCOPE_GLOBAL_IMPLICIT;
            return 0;
        }
    }
    if (bound && set_has(bound, name)) {
        sym->scope = WF_SCOPE_FREE;
        ste->free = 1;
        return set_add(free, name) < 0 ? oom(st) : 0;
    }
    if (global && set_has(global, name)) {
        sym->scope = WF_SCOPE_GLOBAL_IMPLICIT;
        return 0;
    }
    if (ste->nested) {
        ste->free = 1;
    }
    sym->scope = WF_SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

static int is_free_in_any_child(wf_ste_t *ste, const char *name) {
    for (int i = 0; i < ste->nchildren; i++) {
        wf_ste_t *c = ste->children[i];
        const wf_sym_t *s = wf_ste_get(c, name);
        if (s && s->scope == WF_SCOPE_FREE) {
            return 1;
        }
    }
    return 0;
}

// Merge an analysed comprehension's symbols into its parent (CPython 3.12+ inlining).
static int inline_comprehension(wf_symtable_t *st, wf_ste_t *ste, wf_ste_t *comp,
                                nameset_t *comp_free, nameset_t *inlined_cells) {
    int remove_dunder_class = 0;
    for (int i = 0; i < comp->symbols.len; i++) {
        wf_sym_t *s = &comp->symbols.items[i];
        if (s->flags & WF_DEF_PARAM) {
            continue;  // ".0"
        }
        int scope = s->scope;
        if (scope == WF_SCOPE_CELL || (s->flags & WF_DEF_COMP_CELL)) {
            if (set_add(inlined_cells, s->name) < 0) {
                return oom(st);
            }
        }
        int ei = map_find(&ste->symbols, s->name);
        if (scope == WF_SCOPE_FREE && ste->type == WF_BLOCK_CLASS &&
            strcmp(s->name, "__class__") == 0) {
            scope = WF_SCOPE_GLOBAL_IMPLICIT;
            set_discard(comp_free, s->name);
            remove_dunder_class = 1;
        }
        if (ei < 0) {
            int k = map_add(st->arena, &ste->symbols, s->name, s->flags);
            if (k < 0) {
                return oom(st);
            }
            ste->symbols.items[k].scope = scope;
        } else if ((ste->symbols.items[ei].flags & WF_DEF_BOUND) &&
                   !is_free_in_any_child(comp, s->name) && ste->type != WF_BLOCK_CLASS) {
            set_discard(comp_free, s->name);
        }
    }
    comp->free = set_size(comp_free) > 0;
    if (remove_dunder_class) {
        int k = map_find(&comp->symbols, "__class__");
        if (k >= 0) {
            comp->symbols.items[k].scope = WF_SCOPE_GLOBAL_IMPLICIT;
        }
    }
    return 0;
}

static int analyze_block(wf_symtable_t *st, wf_ste_t *ste, nameset_t *bound, nameset_t *free,
                         nameset_t *global, wf_ste_t *class_entry);

static int analyze_child(wf_symtable_t *st, wf_ste_t *child, nameset_t *bound, nameset_t *free,
                         nameset_t *global, nameset_t *child_free, wf_ste_t *class_entry) {
    nameset_t tb = {0}, tg = {0};
    int r = -1;
    if (set_update(&tb, bound) < 0 || set_update(child_free, free) < 0 ||
        set_update(&tg, global) < 0) {
        oom(st);
        goto done;
    }
    r = analyze_block(st, child, &tb, child_free, &tg, class_entry);
done:
    set_clear(&tb);
    set_clear(&tg);
    return r;
}

static int analyze_cells(wf_ste_t *ste, nameset_t *free, nameset_t *inlined_cells) {
    for (int i = 0; i < ste->symbols.len; i++) {
        wf_sym_t *s = &ste->symbols.items[i];
        if (s->scope != WF_SCOPE_LOCAL) {
            continue;
        }
        if (!set_has(free, s->name) && !set_has(inlined_cells, s->name)) {
            continue;
        }
        s->scope = WF_SCOPE_CELL;
        set_discard(free, s->name);
    }
    return 0;
}

static int update_symbols(wf_symtable_t *st, wf_ste_t *ste, nameset_t *bound, nameset_t *free,
                          nameset_t *inlined_cells, int classflag) {
    for (int i = 0; i < ste->symbols.len; i++) {
        wf_sym_t *s = &ste->symbols.items[i];
        if (set_has(inlined_cells, s->name)) {
            s->flags |= WF_DEF_COMP_CELL;
        }
    }
    for (int i = 0; i < free->len; i++) {
        if (free->items[i].flags == -1) {
            continue;
        }
        const char *name = free->items[i].name;
        int k = map_find(&ste->symbols, name);
        if (k >= 0) {
            if (classflag) {
                ste->symbols.items[k].flags |= WF_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound && !set_has(bound, name)) {
            continue;  // a global
        }
        k = map_add(st->arena, &ste->symbols, name, 0);
        if (k < 0) {
            return oom(st);
        }
        ste->symbols.items[k].scope = WF_SCOPE_FREE;
    }
    return 0;
}

static int splice_inlined_children(wf_symtable_t *st, wf_ste_t *ste) {
    int total = 0;
    for (int i = 0; i < ste->nchildren; i++) {
        total += ste->children[i]->comp_inlined ? ste->children[i]->nchildren : 1;
    }
    if (total == ste->nchildren) {
        int any = 0;
        for (int i = 0; i < ste->nchildren; i++) {
            any |= ste->children[i]->comp_inlined;
        }
        if (!any) {
            return 0;
        }
    }
    wf_ste_t **nc = wf_arena_alloc(st->arena, sizeof(wf_ste_t *) * (size_t)(total + 1));
    if (nc == NULL) {
        return oom(st);
    }
    int n = 0;
    for (int i = 0; i < ste->nchildren; i++) {
        wf_ste_t *c = ste->children[i];
        if (c->comp_inlined) {
            for (int j = 0; j < c->nchildren; j++) {
                nc[n++] = c->children[j];
            }
        } else {
            nc[n++] = c;
        }
    }
    ste->children = nc;
    ste->nchildren = n;
    ste->capchildren = total + 1;
    return 0;
}

static int analyze_block(wf_symtable_t *st, wf_ste_t *ste, nameset_t *bound, nameset_t *free,
                         nameset_t *global, wf_ste_t *class_entry) {
    nameset_t local = {0}, newglobal = {0}, newfree = {0}, newbound = {0}, inlined_cells = {0};
    int r = -1;
    if (ste->type == WF_BLOCK_CLASS) {
        // The class namespace is not visible to nested functions: pass down what the
        // enclosing scopes provide, before analysing this block.
        if (set_update(&newglobal, global) < 0 || (bound && set_update(&newbound, bound) < 0)) {
            oom(st);
            goto done;
        }
    }
    for (int i = 0; i < ste->symbols.len; i++) {
        if (analyze_name(st, ste, &ste->symbols.items[i], bound, &local, free, global,
                         class_entry) < 0) {
            goto done;
        }
    }
    if (ste->type != WF_BLOCK_CLASS) {
        if ((wf_block_is_function_like(ste->type) && set_update(&newbound, &local) < 0) ||
            (bound && set_update(&newbound, bound) < 0) || set_update(&newglobal, global) < 0) {
            oom(st);
            goto done;
        }
    } else if (set_add(&newbound, "__class__") < 0 || set_add(&newbound, "__classdict__") < 0) {
        oom(st);
        goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        wf_ste_t *c = ste->children[i];
        nameset_t child_free = {0};
        // Comprehensions are inlined, except in annotation scopes of classes.
        int inline_comp =
            c->comprehension != WF_COMP_NONE && !c->generator && !ste->can_see_class_scope;
        wf_ste_t *new_class_entry = NULL;
        if (c->can_see_class_scope) {
            new_class_entry = ste->type == WF_BLOCK_CLASS ? ste : class_entry;
        }
        if (analyze_child(st, c, &newbound, &newfree, &newglobal, &child_free, new_class_entry) <
            0) {
            set_clear(&child_free);
            goto done;
        }
        if (inline_comp) {
            if (inline_comprehension(st, ste, c, &child_free, &inlined_cells) < 0) {
                set_clear(&child_free);
                goto done;
            }
            c->comp_inlined = 1;
        }
        int ok = set_update(&newfree, &child_free);
        set_clear(&child_free);
        if (ok < 0) {
            oom(st);
            goto done;
        }
        if (c->free || c->child_free) {
            ste->child_free = 1;
        }
    }
    if (splice_inlined_children(st, ste) < 0) {
        goto done;
    }
    if (wf_block_is_function_like(ste->type)) {
        analyze_cells(ste, &newfree, &inlined_cells);
    } else if (ste->type == WF_BLOCK_CLASS) {
        if (set_has(&newfree, "__class__")) {
            set_discard(&newfree, "__class__");
            ste->needs_class_closure = 1;
        }
        if (set_has(&newfree, "__classdict__")) {
            set_discard(&newfree, "__classdict__");
            ste->needs_classdict = 1;
        }
    }
    if (update_symbols(st, ste, bound, &newfree, &inlined_cells,
                       ste->type == WF_BLOCK_CLASS || ste->can_see_class_scope) < 0 ||
        set_update(free, &newfree) < 0) {
        oom(st);
        goto done;
    }
    r = 0;
done:
    set_clear(&local);
    set_clear(&newglobal);
    set_clear(&newfree);
    set_clear(&newbound);
    set_clear(&inlined_cells);
    return r;
}

// ---- entry point -------------------------------------------------------------------------

int wf_symtable_build(wf_symtable_t *st, wf_ast_mod_t *mod, wf_arena_t *arena, const char *src,
                      size_t srclen, int future_annotations, wf_parse_error_t *err) {
    memset(st, 0, sizeof(*st));
    st->arena = arena;
    st->src = src;
    st->srclen = srclen;
    st->err = err;
    st->future_annotations = future_annotations;
    if (enter_block(st, "top", WF_BLOCK_MODULE, NULL, (loc_t){0, 0, 0, 0}) < 0) {
        return -1;
    }
    int r = 0;
    switch (mod->kind) {
    case WF_AST_Module:
        r = visit_stmts(st, mod->v.Module.body);
        break;
    case WF_AST_Interactive:
        r = visit_stmts(st, mod->v.Interactive.body);
        break;
    case WF_AST_Expression:
        r = visit_expr(st, mod->v.Expression.body);
        break;
    default:
        break;
    }
    if (r == 0) {
        nameset_t free = {0}, global = {0};
        r = analyze_block(st, st->top, NULL, &free, &global, NULL);
        set_clear(&free);
        set_clear(&global);
    }
    return r < 0 || st->failed ? -1 : 0;
}
