// Code generation for the constructs that create code objects: def / async def, lambda,
// class bodies, generator expressions, and comprehensions (inlined into the enclosing
// code, with their iteration variables saved and restored around them as CPython 3.12+
// does, so they do not leak and no extra frame shows in tracebacks).
#include "runtime/compiler.h"

#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stdlib.h>
#include <string.h>

#define TRY(x)          \
    do {                \
        if ((x) < 0) {  \
            return -1;  \
        }               \
    } while (0)

#define EMIT(loc, op) TRY(wf_c_emit_noarg(c, (loc), WF_OP_##op))
#define EMIT_I(loc, op, arg) TRY(wf_c_emit(c, (loc), WF_OP_##op, (arg)))
#define EMIT_P(loc, op) TRY(wf_c_emit_noarg(c, (loc), WF_PSEUDO_##op))
#define JUMP_TO(loc, op, label) TRY(wf_c_emit_jump(c, (loc), op, (label)))
#define NEW_LABEL(var)               \
    int var = wf_c_new_label(c);     \
    if (var < 0) {                   \
        return -1;                   \
    }
#define USE_LABEL(l) wf_c_use_label(c, (l))
#define NO_LOC WF_NO_LOC

// ---- defaults and annotations --------------------------------------------------------------

static int load_str_const(wf_compiler_t *c, wf_loc_t loc, const char *s) {
    wf_object_t *o = wf_c_str_object(c, s);
    if (o == NULL) {
        return -1;
    }
    int r = wf_c_load_const(c, loc, o);
    WF_DECREF(o);
    return r;
}

// Push the defaults tuple and kw-defaults dict; returns the WF_FNATTR_* flags, -1 on error.
static int default_arguments(wf_compiler_t *c, wf_loc_t loc, wf_ast_arguments_t *args) {
    int flags = 0;
    if (args->defaults.len > 0) {
        for (int i = 0; i < args->defaults.len; i++) {
            TRY(wf_c_visit_expr(c, args->defaults.items[i]));
        }
        EMIT_I(loc, BUILD_TUPLE, args->defaults.len);
        flags |= WF_FNATTR_DEFAULTS;
    }
    int n = 0;
    for (int i = 0; i < args->kwonlyargs.len; i++) {
        wf_ast_expr_t *d = args->kw_defaults.items[i];
        if (d != NULL) {
            n++;
            TRY(wf_c_visit_expr(c, d));
        }
    }
    if (n > 0) {
        wf_object_t *keys = wf_tuple_new(n);
        if (keys == NULL) {
            return -1;
        }
        int k = 0;
        for (int i = 0; i < args->kwonlyargs.len; i++) {
            if (args->kw_defaults.items[i] == NULL) {
                continue;
            }
            const char *m = wf_c_mangle(c, args->kwonlyargs.items[i]->arg);
            wf_object_t *s = m ? wf_c_str_object(c, m) : NULL;
            if (s == NULL) {
                for (; k < n; k++) {
                    WF_TUPLE_SET_STEAL(keys, k, wf_newref(WF_NONE));
                }
                WF_DECREF(keys);
                return -1;
            }
            WF_TUPLE_SET_STEAL(keys, k++, s);
        }
        int r = wf_c_load_const(c, loc, keys);
        WF_DECREF(keys);
        TRY(r);
        EMIT_I(loc, BUILD_CONST_KEY_MAP, n);
        flags |= WF_FNATTR_KWDEFAULTS;
    }
    return flags;
}

static int arg_annotation(wf_compiler_t *c, wf_loc_t loc, const char *id, wf_ast_expr_t *ann,
                          int *count) {
    if (ann == NULL) {
        return 0;
    }
    const char *m = wf_c_mangle(c, id);
    if (m == NULL) {
        return -1;
    }
    TRY(load_str_const(c, loc, m));
    if (c->future_annotations) {
        TRY(wf_c_annotation_string(c, ann));
    } else if (ann->kind == WF_AST_Starred) {
        // *args: *Ts  ->  [value] = [*Ts]
        TRY(wf_c_visit_expr(c, ann->v.Starred.value));
        EMIT_I(loc, UNPACK_SEQUENCE, 1);
    } else {
        TRY(wf_c_visit_expr(c, ann));
    }
    (*count)++;
    return 0;
}

static int arg_annotations(wf_compiler_t *c, wf_loc_t loc, wf_ast_arg_seq_t args, int *count) {
    for (int i = 0; i < args.len; i++) {
        TRY(arg_annotation(c, loc, args.items[i]->arg, args.items[i]->annotation, count));
    }
    return 0;
}

// Push the annotations; 1 if pushed, 0 if none, -1 on error. The order is
// CPython's: positional-or-keyword parameters before positional-only ones.
static int visit_annotations(wf_compiler_t *c, wf_loc_t loc, wf_ast_arguments_t *a,
                             wf_ast_expr_t *returns) {
    int n = 0;
    TRY(arg_annotations(c, loc, a->args, &n));
    TRY(arg_annotations(c, loc, a->posonlyargs, &n));
    if (a->vararg) {
        TRY(arg_annotation(c, loc, a->vararg->arg, a->vararg->annotation, &n));
    }
    TRY(arg_annotations(c, loc, a->kwonlyargs, &n));
    if (a->kwarg) {
        TRY(arg_annotation(c, loc, a->kwarg->arg, a->kwarg->annotation, &n));
    }
    TRY(arg_annotation(c, loc, "return", returns, &n));
    if (n == 0) {
        return 0;
    }
    // A flat (name, value, ...) tuple, as CPython 3.13 builds it (often a constant).
    EMIT_I(loc, BUILD_TUPLE, 2 * n);
    return 1;
}

static int apply_decorators(wf_compiler_t *c, wf_ast_expr_seq_t decos) {
    for (int i = decos.len - 1; i >= 0; i--) {
        EMIT_I(WF_LOC(decos.items[i]), CALL, 0);
    }
    return 0;
}

// Generators and coroutines: a StopIteration escaping the body becomes RuntimeError.
static int wrap_in_stopiteration_handler(wf_compiler_t *c, int handler) {
    TRY(wf_c_load_none(c, NO_LOC));
    EMIT(NO_LOC, RETURN_VALUE);
    USE_LABEL(handler);
    EMIT_I(NO_LOC, CALL_INTRINSIC_1, WF_INTRINSIC1_STOPITERATION_ERROR);
    EMIT_I(NO_LOC, RERAISE, 1);
    return 0;
}

static int is_generator_like(wf_compiler_t *c) {
    return c->u->ste->generator || c->u->ste->coroutine;
}

// No parameter may be called __debug__.
static int check_debug_args(wf_compiler_t *c, wf_ast_arguments_t *a) {
    wf_ast_arg_seq_t seqs[2] = {a->posonlyargs, a->args};
    for (int k = 0; k < 2; k++) {
        for (int i = 0; i < seqs[k].len; i++) {
            wf_ast_arg_t *p = seqs[k].items[i];
            TRY(wf_c_forbidden_name(c, WF_LOC(p), p->arg, WF_AST_Store));
        }
    }
    if (a->vararg) {
        TRY(wf_c_forbidden_name(c, WF_LOC(a->vararg), a->vararg->arg, WF_AST_Store));
    }
    for (int i = 0; i < a->kwonlyargs.len; i++) {
        wf_ast_arg_t *p = a->kwonlyargs.items[i];
        TRY(wf_c_forbidden_name(c, WF_LOC(p), p->arg, WF_AST_Store));
    }
    if (a->kwarg) {
        TRY(wf_c_forbidden_name(c, WF_LOC(a->kwarg), a->kwarg->arg, WF_AST_Store));
    }
    return 0;
}

// ---- PEP 695 type parameters -------------------------------------------------------------

// A lazily evaluated bound / constraints / default: a function returning the expression.
static int type_param_expr(wf_compiler_t *c, wf_ast_expr_t *e, const char *name, const void *key,
                           int allow_starred) {
    TRY(wf_c_enter_scope(c, name, WF_UNIT_TYPEPARAMS, key, e->lineno));
    wf_object_t *co = NULL;
    int r;
    if (allow_starred && e->kind == WF_AST_Starred) {
        r = wf_c_visit_expr(c, e->v.Starred.value);
        r = r < 0 ? -1 : wf_c_emit(c, WF_LOC(e), WF_OP_UNPACK_SEQUENCE, 1);
    } else {
        r = wf_c_visit_expr(c, e);
    }
    r = r < 0 ? -1 : wf_c_emit_noarg(c, WF_LOC(e), WF_OP_RETURN_VALUE);
    if (r == 0) {
        co = wf_c_finish_unit(c, 1);  // the unreachable `return None` keeps None first
    }
    wf_c_exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    r = wf_c_make_closure(c, WF_LOC(e), co, 0);
    WF_DECREF(co);
    return r;
}

// Push a tuple of the TypeVar / ParamSpec / TypeVarTuple objects, binding each name.
static int compile_type_params(wf_compiler_t *c, wf_ast_type_param_seq_t tps) {
    int seen_default = 0;
    for (int i = 0; i < tps.len; i++) {
        wf_ast_type_param_t *tp = tps.items[i];
        wf_loc_t loc = WF_LOC(tp);
        const char *name;
        wf_ast_expr_t *dflt;
        int kind_intrinsic;
        switch (tp->kind) {
        case WF_AST_TypeVar:
            name = tp->v.TypeVar.name;
            dflt = tp->v.TypeVar.default_value;
            kind_intrinsic = WF_INTRINSIC1_TYPEVAR;
            break;
        case WF_AST_ParamSpec:
            name = tp->v.ParamSpec.name;
            dflt = tp->v.ParamSpec.default_value;
            kind_intrinsic = WF_INTRINSIC1_PARAMSPEC;
            break;
        default:
            name = tp->v.TypeVarTuple.name;
            dflt = tp->v.TypeVarTuple.default_value;
            kind_intrinsic = WF_INTRINSIC1_TYPEVARTUPLE;
            break;
        }
        TRY(load_str_const(c, loc, name));
        wf_ast_expr_t *bound = tp->kind == WF_AST_TypeVar ? tp->v.TypeVar.bound : NULL;
        if (bound != NULL) {
            TRY(type_param_expr(c, bound, name, tp, 0));
            EMIT_I(loc, CALL_INTRINSIC_2,
                   bound->kind == WF_AST_Tuple ? WF_INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS
                                               : WF_INTRINSIC2_TYPEVAR_WITH_BOUND);
        } else {
            EMIT_I(loc, CALL_INTRINSIC_1, kind_intrinsic);
        }
        if (dflt != NULL) {
            seen_default = 1;
            TRY(type_param_expr(c, dflt, name, (const char *)tp + 1,
                                tp->kind == WF_AST_TypeVarTuple));
            EMIT_I(loc, CALL_INTRINSIC_2, WF_INTRINSIC2_SET_TYPEPARAM_DEFAULT);
        } else if (seen_default) {
            return wf_c_error(c, loc,
                              "non-default type parameter '%s' follows default type parameter",
                              name);
        }
        EMIT_I(loc, COPY, 1);
        TRY(wf_c_nameop(c, loc, name, WF_AST_Store));
    }
    EMIT_I(WF_LOC(tps.items[0]), BUILD_TUPLE, tps.len);
    return 0;
}

static const char *generic_scope_name(wf_compiler_t *c, const char *name) {
    size_t n = strlen(name);
    char *s = wf_arena_alloc(c->arena, n + 32);
    if (s == NULL) {
        wf_err_nomemory();
        return NULL;
    }
    memcpy(s, "<generic parameters of ", 23);
    memcpy(s + 23, name, n);
    memcpy(s + 23 + n, ">", 2);
    return s;
}

// Leave a type-parameter scope whose code returns the built object, and call it.
static int finish_generic_scope(wf_compiler_t *c, wf_loc_t loc, int nargs) {
    wf_object_t *co = wf_c_finish_unit(c, 0);
    wf_c_exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    int r = wf_c_make_closure(c, loc, co, 0);
    WF_DECREF(co);
    TRY(r);
    if (nargs > 0) {
        EMIT_I(loc, SWAP, nargs + 1);
        EMIT_I(loc, CALL, nargs - 1);
    } else {
        EMIT(loc, PUSH_NULL);
        EMIT_I(loc, CALL, 0);
    }
    return 0;
}

// `type X[T] = value`
static int compile_typealias(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    wf_ast_type_param_seq_t tps = s->v.TypeAlias.type_params;
    const char *name = s->v.TypeAlias.name->v.Name.id;
    int generic = tps.len > 0;
    if (generic) {
        const char *scope = generic_scope_name(c, name);
        if (scope == NULL || wf_c_enter_scope(c, scope, WF_UNIT_TYPEPARAMS, tps.items, loc.lineno) < 0) {
            return -1;
        }
        if (load_str_const(c, loc, name) < 0 || compile_type_params(c, tps) < 0) {
            wf_c_exit_scope(c);
            return -1;
        }
    } else {
        TRY(load_str_const(c, loc, name));
        TRY(wf_c_load_none(c, loc));
    }
    // The value is computed lazily by a function.
    int r = wf_c_enter_scope(c, name, WF_UNIT_FUNCTION, s, loc.lineno);
    wf_object_t *co = NULL;
    if (r == 0) {
        if (wf_c_add_const(c, WF_NONE) >= 0 && wf_c_visit_expr(c, s->v.TypeAlias.value) == 0 &&
            wf_c_emit_noarg(c, loc, WF_OP_RETURN_VALUE) == 0) {
            co = wf_c_finish_unit(c, 0);
        }
        wf_c_exit_scope(c);
    }
    r = co ? wf_c_make_closure(c, loc, co, 0) : -1;
    WF_XDECREF(co);
    r = r < 0 ? -1 : wf_c_emit(c, loc, WF_OP_BUILD_TUPLE, 3);
    r = r < 0 ? -1 : wf_c_emit(c, loc, WF_OP_CALL_INTRINSIC_1, WF_INTRINSIC1_TYPEALIAS);
    if (generic) {
        r = r < 0 ? -1 : wf_c_emit_noarg(c, loc, WF_OP_RETURN_VALUE);
        if (r < 0) {
            wf_c_exit_scope(c);
            return -1;
        }
        TRY(finish_generic_scope(c, loc, 0));
    }
    TRY(r);
    return wf_c_nameop(c, loc, name, WF_AST_Store);
}

int wf_c_typealias(wf_compiler_t *c, wf_ast_stmt_t *s) {
    return compile_typealias(c, s);
}

// ---- def -----------------------------------------------------------------------------------------

static int function_body(wf_compiler_t *c, wf_ast_stmt_t *s, int is_async, int funcflags,
                         int firstlineno) {
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    wf_ast_arguments_t *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    wf_ast_stmt_seq_t body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    TRY(wf_c_enter_scope(c, name, is_async ? WF_UNIT_ASYNC_FUNCTION : WF_UNIT_FUNCTION, s,
                         firstlineno));
    int failed;
    wf_object_t *doc = wf_c_docstring(c, body, &failed);
    wf_object_t *co = NULL;
    if (failed || wf_c_add_const(c, doc ? doc : WF_NONE) < 0) {
        WF_XDECREF(doc);
        goto done;
    }
    c->u->argcount = args->args.len;
    c->u->posonlyargcount = args->posonlyargs.len;
    c->u->kwonlyargcount = args->kwonlyargs.len;
    int handler = -1;
    if (is_generator_like(c)) {
        handler = wf_c_new_label(c);
        if (handler < 0 || wf_c_emit_jump(c, NO_LOC, WF_PSEUDO_SETUP_CLEANUP, handler) < 0) {
            WF_XDECREF(doc);
            goto done;
        }
    }
    int r = 0;
    for (int i = doc ? 1 : 0; i < body.len && r == 0; i++) {
        r = wf_c_visit_stmt(c, body.items[i]);
    }
    WF_XDECREF(doc);
    if (r == 0 && handler >= 0) {
        r = wrap_in_stopiteration_handler(c, handler);
    }
    if (r == 0) {
        co = wf_c_finish_unit(c, handler < 0);
    }
done:
    wf_c_exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    int rr = wf_c_make_closure(c, WF_LOC(s), co, funcflags);
    WF_DECREF(co);
    return rr;
}

int wf_c_function_def(wf_compiler_t *c, wf_ast_stmt_t *s, int is_async) {
    wf_ast_arguments_t *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    wf_ast_expr_t *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    wf_ast_expr_seq_t decos =
        is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list;
    wf_ast_type_param_seq_t tps =
        is_async ? s->v.AsyncFunctionDef.type_params : s->v.FunctionDef.type_params;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    TRY(check_debug_args(c, args));
    for (int i = 0; i < decos.len; i++) {
        TRY(wf_c_visit_expr(c, decos.items[i]));
    }
    int firstlineno = decos.len ? decos.items[0]->lineno : s->lineno;
    wf_loc_t loc = WF_LOC(s);
    int flags = default_arguments(c, loc, args);
    TRY(flags);
    int generic = tps.len > 0, nargs = 0;
    if (generic) {
        // def f[T](...): the function is made inside a scope holding T, which receives
        // the defaults as arguments.
        nargs = ((flags & WF_FNATTR_DEFAULTS) != 0) + ((flags & WF_FNATTR_KWDEFAULTS) != 0);
        if (nargs == 2) {
            EMIT_I(loc, SWAP, 2);
        }
        const char *scope = generic_scope_name(c, name);
        if (scope == NULL ||
            wf_c_enter_scope(c, scope, WF_UNIT_TYPEPARAMS, tps.items, firstlineno) < 0) {
            return -1;
        }
        int r = compile_type_params(c, tps);
        // The defaults arrive as positional arguments: slots 0 and 1.
        static const char *const slot_names[] = {".defaults", ".kwdefaults"};
        for (int i = 0; i < nargs && r == 0; i++) {
            r = wf_c_emit_local(c, loc, WF_OP_LOAD_FAST, slot_names[i], WF_REF_FAST);
        }
        if (r < 0) {
            wf_c_exit_scope(c);
            return -1;
        }
    }
    int ann = visit_annotations(c, loc, args, returns);
    if (ann > 0) {
        flags |= WF_FNATTR_ANNOTATIONS;
    }
    int r = ann < 0 ? -1 : function_body(c, s, is_async, flags, firstlineno);
    if (generic) {
        r = r < 0 ? -1 : wf_c_emit(c, loc, WF_OP_SWAP, 2);
        r = r < 0 ? -1
                  : wf_c_emit(c, loc, WF_OP_CALL_INTRINSIC_2,
                              WF_INTRINSIC2_SET_FUNCTION_TYPE_PARAMS);
        r = r < 0 ? -1 : wf_c_emit_noarg(c, loc, WF_OP_RETURN_VALUE);
        if (r < 0) {
            wf_c_exit_scope(c);
            return -1;
        }
        c->u->argcount = nargs;
        TRY(finish_generic_scope(c, loc, nargs));
    }
    TRY(r);
    TRY(apply_decorators(c, decos));
    return wf_c_nameop(c, loc, name, WF_AST_Store);
}

// ---- lambda --------------------------------------------------------------------------------------

int wf_c_lambda(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_ast_arguments_t *args = e->v.Lambda.args;
    wf_loc_t loc = WF_LOC(e);
    TRY(check_debug_args(c, args));
    int flags = default_arguments(c, loc, args);
    TRY(flags);
    TRY(wf_c_enter_scope(c, "<lambda>", WF_UNIT_LAMBDA, e, e->lineno));
    wf_object_t *co = NULL;
    // None first among the constants: a lambda has no docstring.
    if (wf_c_add_const(c, WF_NONE) >= 0) {
        c->u->argcount = args->args.len;
        c->u->posonlyargcount = args->posonlyargs.len;
        c->u->kwonlyargcount = args->kwonlyargs.len;
        if (wf_c_visit_expr(c, e->v.Lambda.body) == 0 &&
            wf_c_emit_noarg(c, WF_LOC(e->v.Lambda.body), WF_OP_RETURN_VALUE) == 0) {
            co = wf_c_finish_unit(c, 0);
        }
    }
    wf_c_exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    int r = wf_c_make_closure(c, loc, co, flags);
    WF_DECREF(co);
    return r;
}

// ---- class ---------------------------------------------------------------------------------------

static int class_body(wf_compiler_t *c, wf_ast_stmt_t *s, int firstlineno) {
    wf_loc_t loc = WF_LOC(s);
    TRY(wf_c_enter_scope(c, s->v.ClassDef.name, WF_UNIT_CLASS, s, firstlineno));
    wf_object_t *co = NULL;
    wf_cunit_t *u = c->u;
    int r = wf_c_nameop(c, loc, "__name__", WF_AST_Load);
    r = r < 0 ? -1 : wf_c_nameop(c, loc, "__module__", WF_AST_Store);
    r = r < 0 ? -1 : wf_c_load_const(c, loc, u->qualname);
    r = r < 0 ? -1 : wf_c_nameop(c, loc, "__qualname__", WF_AST_Store);
    if (r == 0) {
        wf_object_t *fl = wf_int_from_i64(firstlineno);
        r = fl ? wf_c_load_const(c, loc, fl) : -1;
        WF_XDECREF(fl);
    }
    r = r < 0 ? -1 : wf_c_nameop(c, loc, "__firstlineno__", WF_AST_Store);
    if (r == 0 && s->v.ClassDef.type_params.len > 0) {
        r = wf_c_nameop(c, loc, ".type_params", WF_AST_Load);
        r = r < 0 ? -1 : wf_c_nameop(c, loc, "__type_params__", WF_AST_Store);
    }
    if (r == 0 && u->ste->needs_classdict) {
        // The namespace, for annotation scopes of generic methods and aliases.
        r = wf_c_emit_noarg(c, loc, WF_OP_LOAD_LOCALS);
        r = r < 0 ? -1 : wf_c_emit_local(c, loc, WF_OP_STORE_DEREF, "__classdict__", WF_REF_CELL);
    }
    r = r < 0 ? -1 : wf_c_visit_body(c, loc, s->v.ClassDef.body);
    if (r == 0) {
        // __static_attributes__: sorted names assigned as self.<name> in the methods.
        int n = u->static_attrs.len;
        const char **names = wf_mem_alloc(sizeof(char *) * (size_t)(n + 1));
        wf_object_t *t = names ? wf_tuple_new(n) : NULL;
        if (t != NULL) {
            memcpy(names, u->static_attrs.names, sizeof(char *) * (size_t)n);
            qsort(names, (size_t)n, sizeof(char *), wf_c_cmp_names);
            for (int i = 0; i < n; i++) {
                wf_object_t *nm = wf_c_str_object(c, names[i]);
                WF_TUPLE_SET_STEAL(t, i, nm ? nm : wf_newref(WF_NONE));
                if (nm == NULL) {
                    r = -1;
                }
            }
            if (r == 0) {
                r = wf_c_load_const(c, NO_LOC, t);
            }
            WF_DECREF(t);
        } else {
            r = -1;
            if (names == NULL) {
                wf_err_nomemory();
            }
        }
        wf_mem_free(names);
    }
    r = r < 0 ? -1 : wf_c_nameop(c, NO_LOC, "__static_attributes__", WF_AST_Store);
    if (r == 0 && u->ste->needs_classdict) {
        r = wf_c_emit_local(c, NO_LOC, WF_OP_LOAD_FAST, "__classdict__", WF_REF_CELL);
        r = r < 0 ? -1 : wf_c_nameop(c, NO_LOC, "__classdictcell__", WF_AST_Store);
    }
    if (r == 0) {
        if (u->ste->needs_class_closure) {
            // Store the __class__ cell as __classcell__ and return it to __build_class__.
            r = wf_c_emit_local(c, NO_LOC, WF_OP_LOAD_FAST, "__class__", WF_REF_CELL);
            r = r < 0 ? -1 : wf_c_emit(c, NO_LOC, WF_OP_COPY, 1);
            r = r < 0 ? -1 : wf_c_nameop(c, NO_LOC, "__classcell__", WF_AST_Store);
        } else {
            r = wf_c_load_none(c, NO_LOC);
        }
    }
    r = r < 0 ? -1 : wf_c_emit_noarg(c, NO_LOC, WF_OP_RETURN_VALUE);
    if (r == 0) {
        co = wf_c_finish_unit(c, 0);
    }
    wf_c_exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    // __build_class__(func, name, *bases, **keywords)
    r = wf_c_emit_noarg(c, loc, WF_OP_LOAD_BUILD_CLASS);
    r = r < 0 ? -1 : wf_c_emit_noarg(c, loc, WF_OP_PUSH_NULL);
    r = r < 0 ? -1 : wf_c_make_closure(c, loc, co, 0);
    WF_DECREF(co);
    TRY(r);
    return load_str_const(c, loc, s->v.ClassDef.name);
}

int wf_c_class_def(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_ast_expr_seq_t decos = s->v.ClassDef.decorator_list;
    wf_ast_type_param_seq_t tps = s->v.ClassDef.type_params;
    wf_loc_t loc = WF_LOC(s);
    for (int i = 0; i < decos.len; i++) {
        TRY(wf_c_visit_expr(c, decos.items[i]));
    }
    int firstlineno = decos.len ? decos.items[0]->lineno : s->lineno;
    if (tps.len == 0) {
        TRY(class_body(c, s, firstlineno));
        TRY(wf_c_call_helper(c, loc, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
        TRY(apply_decorators(c, decos));
        return wf_c_nameop(c, loc, s->v.ClassDef.name, WF_AST_Store);
    }
    // class C[T](bases): built inside a scope holding T; Generic[T] is added to the bases.
    const char *scope = generic_scope_name(c, s->v.ClassDef.name);
    if (scope == NULL || wf_c_enter_scope(c, scope, WF_UNIT_TYPEPARAMS, tps.items, firstlineno) < 0) {
        return -1;
    }
    c->u->private_name = s->v.ClassDef.name;
    int r = compile_type_params(c, tps);
    r = r < 0 ? -1 : wf_c_nameop(c, loc, ".type_params", WF_AST_Store);
    r = r < 0 ? -1 : class_body(c, s, firstlineno);
    r = r < 0 ? -1 : wf_c_nameop(c, loc, ".type_params", WF_AST_Load);
    r = r < 0 ? -1 : wf_c_emit(c, loc, WF_OP_CALL_INTRINSIC_1, WF_INTRINSIC1_SUBSCRIPT_GENERIC);
    r = r < 0 ? -1 : wf_c_nameop(c, loc, ".generic_base", WF_AST_Store);
    if (r == 0) {
        int n = s->v.ClassDef.bases.len;
        wf_ast_expr_seq_t bases;
        bases.len = n + 1;
        bases.items = wf_arena_alloc(c->arena, sizeof(wf_ast_expr_t *) * (size_t)(n + 1));
        wf_ast_expr_t *gb = wf_ast_Name(c->arena, ".generic_base", WF_AST_Load, s->lineno,
                                        s->col_offset, s->end_lineno, s->end_col_offset);
        if (bases.items == NULL || gb == NULL) {
            wf_err_nomemory();
            r = -1;
        } else {
            for (int i = 0; i < n; i++) {
                bases.items[i] = s->v.ClassDef.bases.items[i];
            }
            bases.items[n] = gb;
            r = wf_c_call_helper(c, loc, 2, bases, s->v.ClassDef.keywords);
        }
    }
    r = r < 0 ? -1 : wf_c_emit_noarg(c, loc, WF_OP_RETURN_VALUE);
    if (r < 0) {
        wf_c_exit_scope(c);
        return -1;
    }
    TRY(finish_generic_scope(c, loc, 0));
    TRY(apply_decorators(c, decos));
    return wf_c_nameop(c, WF_LOC(s), s->v.ClassDef.name, WF_AST_Store);
}

// ---- comprehensions ------------------------------------------------------------------------------

typedef struct {
    const char **pushed;      // names saved on the stack (LOAD_FAST_AND_CLEAR), in order
    int npushed;
    const char **hidden;      // names made fast-hidden for the comprehension
    int nhidden;
    int noverrides_before;    // scope overrides to drop afterwards
    int cleanup, end;         // labels when names were pushed
} inline_state_t;

static int add_override(wf_compiler_t *c, const char *name, int scope) {
    wf_cunit_t *u = c->u;
    if (u->noverrides == u->capoverrides) {
        int cap = u->capoverrides ? u->capoverrides * 2 : 8;
        wf_scope_override_t *p =
            wf_mem_realloc(u->overrides, sizeof(wf_scope_override_t) * (size_t)cap);
        if (p == NULL) {
            wf_err_nomemory();
            return -1;
        }
        u->overrides = p;
        u->capoverrides = cap;
    }
    u->overrides[u->noverrides].name = name;
    u->overrides[u->noverrides].scope = scope;
    u->noverrides++;
    return 0;
}

static int push_inlined_state(wf_compiler_t *c, wf_loc_t loc, wf_ste_t *entry,
                              inline_state_t *st) {
    wf_cunit_t *u = c->u;
    int in_class_block = u->ste->type == WF_BLOCK_CLASS && !u->in_inlined_comp;
    u->in_inlined_comp++;
    st->noverrides_before = u->noverrides;
    st->pushed = wf_mem_alloc(sizeof(char *) * (size_t)(entry->symbols.len + 1));
    st->hidden = wf_mem_alloc(sizeof(char *) * (size_t)(entry->symbols.len + 1));
    if (st->pushed == NULL || st->hidden == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (int i = 0; i < entry->symbols.len; i++) {
        const wf_sym_t *sym = &entry->symbols.items[i];
        int scope = sym->scope;
        int outsc = wf_c_scope(c, sym->name);
        if ((scope != outsc && scope != WF_SCOPE_FREE &&
             !(scope == WF_SCOPE_CELL && outsc == WF_SCOPE_FREE)) ||
            in_class_block) {
            // Compile the name with its in-comprehension scope meanwhile.
            TRY(add_override(c, sym->name, scope));
        }
        if (((sym->flags & WF_DEF_LOCAL) && !(sym->flags & WF_DEF_NONLOCAL)) || in_class_block) {
            if (!wf_c_is_function_like(c)) {
                int added = wf_c_fasthidden_add(u, sym->name);
                TRY(added);
                if (added) {
                    st->hidden[st->nhidden++] = sym->name;
                }
            }
            // Save the outer binding (or cell) on the stack and clear the slot.
            TRY(wf_c_emit_local(c, loc, WF_OP_LOAD_FAST_AND_CLEAR, sym->name, WF_REF_FAST));
            if (scope == WF_SCOPE_CELL) {
                TRY(wf_c_emit_local(c, loc, WF_OP_MAKE_CELL, sym->name,
                                    outsc == WF_SCOPE_FREE ? WF_REF_FREE : WF_REF_CELL));
            }
            st->pushed[st->npushed++] = sym->name;
        }
    }
    if (st->npushed > 0) {
        // The iterator goes back on top, above the saved values.
        EMIT_I(loc, SWAP, st->npushed + 1);
        st->cleanup = wf_c_new_label(c);
        st->end = wf_c_new_label(c);
        if (st->cleanup < 0 || st->end < 0) {
            return -1;
        }
        JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, st->cleanup);
    }
    return 0;
}

static int restore_inlined_locals(wf_compiler_t *c, wf_loc_t loc, inline_state_t *st) {
    EMIT_I(loc, SWAP, st->npushed + 1);
    for (int i = st->npushed - 1; i >= 0; i--) {
        TRY(wf_c_emit_local(c, loc, WF_OP_STORE_FAST, st->pushed[i], WF_REF_FAST));
        c->u->instrs[c->u->ninstrs - 1].maybe_null = 1;  // the saved value may be NULL
    }
    return 0;
}

static int pop_inlined_state(wf_compiler_t *c, wf_loc_t loc, inline_state_t *st) {
    wf_cunit_t *u = c->u;
    u->in_inlined_comp--;
    u->noverrides = st->noverrides_before;
    if (st->npushed > 0) {
        EMIT_P(NO_LOC, POP_BLOCK);
        JUMP_TO(NO_LOC, WF_PSEUDO_JUMP_NO_INTERRUPT, st->end);
        // An exception inside the comprehension: drop the partial result, restore, re-raise.
        USE_LABEL(st->cleanup);
        EMIT_I(NO_LOC, SWAP, 2);
        EMIT(NO_LOC, POP_TOP);
        TRY(restore_inlined_locals(c, loc, st));
        EMIT_I(NO_LOC, RERAISE, 0);
        USE_LABEL(st->end);
        TRY(restore_inlined_locals(c, loc, st));
    }
    for (int i = 0; i < st->nhidden; i++) {
        wf_c_fasthidden_remove(u, st->hidden[i]);
    }
    return 0;
}

static int comprehension_generator(wf_compiler_t *c, wf_loc_t loc, wf_ast_comprehension_seq_t gens,
                                   int gen_index, int depth, wf_ast_expr_t *elt,
                                   wf_ast_expr_t *val, wf_comp_kind_t type, int iter_on_stack);

// The innermost element: append / add / yield it.
static int comprehension_element(wf_compiler_t *c, wf_ast_expr_t *elt, wf_ast_expr_t *val,
                                 wf_comp_kind_t type, int depth, wf_loc_t *elt_loc) {
    *elt_loc = WF_LOC(elt);
    switch (type) {
    case WF_COMP_GENEXP:
        TRY(wf_c_visit_expr(c, elt));
        if (c->u->ste->coroutine) {
            EMIT_I(*elt_loc, CALL_INTRINSIC_1, WF_INTRINSIC1_ASYNC_GEN_WRAP);
        }
        EMIT_I(*elt_loc, YIELD_VALUE, 0);
        EMIT(*elt_loc, POP_TOP);
        return 0;
    case WF_COMP_LIST:
        TRY(wf_c_visit_expr(c, elt));
        EMIT_I(*elt_loc, LIST_APPEND, depth + 1);
        return 0;
    case WF_COMP_SET:
        TRY(wf_c_visit_expr(c, elt));
        EMIT_I(*elt_loc, SET_ADD, depth + 1);
        return 0;
    case WF_COMP_DICT:
        TRY(wf_c_visit_expr(c, elt));
        TRY(wf_c_visit_expr(c, val));
        *elt_loc = (wf_loc_t){elt->lineno, val->end_lineno, elt->col_offset, val->end_col_offset};
        EMIT_I(*elt_loc, MAP_ADD, depth + 1);
        return 0;
    default:
        return -1;
    }
}

static int sync_comprehension_generator(wf_compiler_t *c, wf_loc_t loc,
                                        wf_ast_comprehension_seq_t gens, int gen_index, int depth,
                                        wf_ast_expr_t *elt, wf_ast_expr_t *val,
                                        wf_comp_kind_t type, int iter_on_stack) {
    wf_ast_comprehension_t *gen = gens.items[gen_index];
    NEW_LABEL(start);
    NEW_LABEL(if_cleanup);
    NEW_LABEL(anchor);
    int loop = 1;
    if (!iter_on_stack) {
        if (gen_index == 0) {
            // The outermost iterator is the implicit argument.
            c->u->argcount = 1;
            TRY(wf_c_emit_local(c, loc, WF_OP_LOAD_FAST, ".0", WF_REF_FAST));
        } else {
            // `for y in [expr]`: bind without looping.
            wf_ast_expr_seq_t *elts = NULL;
            if (gen->iter->kind == WF_AST_List) {
                elts = &gen->iter->v.List.elts;
            } else if (gen->iter->kind == WF_AST_Tuple) {
                elts = &gen->iter->v.Tuple.elts;
            }
            if (elts != NULL && elts->len == 1 && elts->items[0]->kind != WF_AST_Starred) {
                TRY(wf_c_visit_expr(c, elts->items[0]));
                loop = 0;
            } else {
                TRY(wf_c_visit_iterable(c, gen->iter));
                EMIT(WF_LOC(gen->iter), GET_ITER);
            }
        }
    }
    if (loop) {
        depth++;
        USE_LABEL(start);
        JUMP_TO(WF_LOC(gen->iter), WF_OP_FOR_ITER, anchor);
    }
    TRY(wf_c_store_target(c, gen->target));
    for (int i = 0; i < gen->ifs.len; i++) {
        TRY(wf_c_jump_if(c, loc, gen->ifs.items[i], if_cleanup, 0));
    }
    wf_loc_t elt_loc = WF_LOC(elt);
    if (gen_index + 1 < gens.len) {
        TRY(comprehension_generator(c, loc, gens, gen_index + 1, depth, elt, val, type, 0));
    } else {
        TRY(comprehension_element(c, elt, val, type, depth, &elt_loc));
    }
    USE_LABEL(if_cleanup);
    if (loop) {
        JUMP_TO(elt_loc, WF_PSEUDO_JUMP, start);
        USE_LABEL(anchor);
    }
    return 0;
}

static int async_comprehension_generator(wf_compiler_t *c, wf_loc_t loc,
                                         wf_ast_comprehension_seq_t gens, int gen_index,
                                         int depth, wf_ast_expr_t *elt, wf_ast_expr_t *val,
                                         wf_comp_kind_t type, int iter_on_stack) {
    wf_ast_comprehension_t *gen = gens.items[gen_index];
    NEW_LABEL(start);
    NEW_LABEL(except);
    NEW_LABEL(if_cleanup);
    if (!iter_on_stack) {
        if (gen_index == 0) {
            c->u->argcount = 1;
            TRY(wf_c_emit_local(c, loc, WF_OP_LOAD_FAST, ".0", WF_REF_FAST));
        } else {
            TRY(wf_c_visit_iterable(c, gen->iter));
            EMIT(WF_LOC(gen->iter), GET_AITER);
        }
    }
    USE_LABEL(start);
    TRY(wf_c_push_fblock(c, loc, WF_FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL));
    JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, except);
    EMIT(loc, GET_ANEXT);
    TRY(wf_c_load_none(c, loc));
    TRY(wf_c_add_yield_from(c, loc, 1));
    EMIT_P(loc, POP_BLOCK);
    TRY(wf_c_store_target(c, gen->target));
    for (int i = 0; i < gen->ifs.len; i++) {
        TRY(wf_c_jump_if(c, loc, gen->ifs.items[i], if_cleanup, 0));
    }
    depth++;
    wf_loc_t elt_loc = WF_LOC(elt);
    if (gen_index + 1 < gens.len) {
        TRY(comprehension_generator(c, loc, gens, gen_index + 1, depth, elt, val, type, 0));
    } else {
        TRY(comprehension_element(c, elt, val, type, depth, &elt_loc));
    }
    USE_LABEL(if_cleanup);
    JUMP_TO(elt_loc, WF_PSEUDO_JUMP, start);
    wf_c_pop_fblock(c);
    USE_LABEL(except);
    EMIT(loc, END_ASYNC_FOR);
    return 0;
}

static int comprehension_generator(wf_compiler_t *c, wf_loc_t loc, wf_ast_comprehension_seq_t gens,
                                   int gen_index, int depth, wf_ast_expr_t *elt,
                                   wf_ast_expr_t *val, wf_comp_kind_t type, int iter_on_stack) {
    TRY(wf_c_enter_depth(c));
    int r = gens.items[gen_index]->is_async
                ? async_comprehension_generator(c, loc, gens, gen_index, depth, elt, val, type,
                                                iter_on_stack)
                : sync_comprehension_generator(c, loc, gens, gen_index, depth, elt, val, type,
                                               iter_on_stack);
    wf_c_leave_depth(c);
    return r;
}

static int comprehension_iter(wf_compiler_t *c, wf_ast_comprehension_t *comp) {
    TRY(wf_c_visit_iterable(c, comp->iter));
    return wf_c_emit_noarg(c, WF_LOC(comp->iter), comp->is_async ? WF_OP_GET_AITER : WF_OP_GET_ITER);
}

static void free_inline_state(inline_state_t *st) {
    wf_mem_free(st->pushed);
    wf_mem_free(st->hidden);
}

static int inlined_comprehension(wf_compiler_t *c, wf_ast_expr_t *e, wf_ste_t *entry,
                                 wf_comp_kind_t type, wf_ast_comprehension_seq_t gens,
                                 wf_ast_expr_t *elt, wf_ast_expr_t *val) {
    wf_loc_t loc = WF_LOC(e);
    TRY(comprehension_iter(c, gens.items[0]));
    inline_state_t st = {0};
    int r = push_inlined_state(c, loc, entry, &st);
    if (r == 0) {
        int op = type == WF_COMP_LIST ? WF_OP_BUILD_LIST
                 : type == WF_COMP_SET ? WF_OP_BUILD_SET
                                       : WF_OP_BUILD_MAP;
        r = wf_c_emit(c, loc, op, 0);
        r = r < 0 ? -1 : wf_c_emit(c, loc, WF_OP_SWAP, 2);
        r = r < 0 ? -1 : comprehension_generator(c, loc, gens, 0, 0, elt, val, type, 1);
        r = r < 0 ? -1 : pop_inlined_state(c, loc, &st);
    }
    free_inline_state(&st);
    return r;
}

int wf_c_comprehension(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_comp_kind_t type;
    wf_ast_comprehension_seq_t gens;
    wf_ast_expr_t *elt, *val = NULL;
    const char *name;
    switch (e->kind) {
    case WF_AST_ListComp:
        type = WF_COMP_LIST, gens = e->v.ListComp.generators, elt = e->v.ListComp.elt;
        name = "<listcomp>";
        break;
    case WF_AST_SetComp:
        type = WF_COMP_SET, gens = e->v.SetComp.generators, elt = e->v.SetComp.elt;
        name = "<setcomp>";
        break;
    case WF_AST_DictComp:
        type = WF_COMP_DICT, gens = e->v.DictComp.generators, elt = e->v.DictComp.key;
        val = e->v.DictComp.value;
        name = "<dictcomp>";
        break;
    default:
        type = WF_COMP_GENEXP, gens = e->v.GeneratorExp.generators, elt = e->v.GeneratorExp.elt;
        name = "<genexpr>";
        break;
    }
    wf_ste_t *entry = wf_symtable_lookup(&c->st, e);
    if (entry == NULL) {
        wf_err_set_string(&wf_exc_SystemError, "compiler: comprehension scope not found");
        return -1;
    }
    wf_loc_t loc = WF_LOC(e);
    int is_async = entry->coroutine;
    wf_unit_kind_t outer = c->u->kind;
    if (is_async && type != WF_COMP_GENEXP && outer != WF_UNIT_ASYNC_FUNCTION &&
        outer != WF_UNIT_COMPREHENSION) {
        return wf_c_error(c, loc, "asynchronous comprehension outside of an asynchronous function");
    }
    if (entry->comp_inlined) {
        return inlined_comprehension(c, e, entry, type, gens, elt, val);
    }
    // A generator expression: its own code object, called with the outermost iterator.
    TRY(wf_c_enter_scope(c, name, WF_UNIT_COMPREHENSION, e, e->lineno));
    wf_object_t *co = NULL;
    int handler = wf_c_new_label(c);
    if (handler >= 0 && wf_c_emit_jump(c, NO_LOC, WF_PSEUDO_SETUP_CLEANUP, handler) == 0 &&
        comprehension_generator(c, loc, gens, 0, 0, elt, val, type, 0) == 0 &&
        wrap_in_stopiteration_handler(c, handler) == 0) {
        co = wf_c_finish_unit(c, 0);
    }
    wf_c_exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    int r = wf_c_make_closure(c, loc, co, 0);
    WF_DECREF(co);
    TRY(r);
    TRY(comprehension_iter(c, gens.items[0]));
    EMIT_I(loc, CALL, 0);
    if (is_async && type != WF_COMP_GENEXP) {
        EMIT_I(loc, GET_AWAITABLE, 0);
        TRY(wf_c_load_none(c, loc));
        TRY(wf_c_add_yield_from(c, loc, 1));
    }
    return 0;
}
