// Code generation for statements: assignments, control flow with its unwinding rules
// (break / continue / return through finally, with and except blocks), try/except/
// finally, with, imports, function and class definitions.
//
// Exception handling uses the pseudo-instructions of runtime/compiler.h: SETUP_* opens a
// protected region whose handler label receives the exception (and lasti for CLEANUP/
// WITH), POP_BLOCK closes it on the normal path. Frame blocks (fblocks) record what an
// early exit must undo, so `return` inside `with` calls __exit__ and `break` inside
// `try/finally` runs the finally body first, as in CPython.
#include "runtime/compiler.h"

#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

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

int wf_c_visit_stmts(wf_compiler_t *c, wf_ast_stmt_seq_t seq) {
    for (int i = 0; i < seq.len; i++) {
        TRY(wf_c_visit_stmt(c, seq.items[i]));
    }
    return 0;
}

// ---- unwinding -------------------------------------------------------------------------------

static int call_exit_with_nones(wf_compiler_t *c, wf_loc_t loc) {
    TRY(wf_c_load_none(c, loc));
    TRY(wf_c_load_none(c, loc));
    TRY(wf_c_load_none(c, loc));
    EMIT_I(loc, CALL, 2);
    return 0;
}

// Emit what leaving frame block `f` early requires. preserve_tos: a return value is on
// top of the stack and must stay there.
static int unwind_fblock(wf_compiler_t *c, wf_loc_t *ploc, wf_fblock_t *f, int preserve_tos) {
    switch (f->kind) {
    case WF_FB_WHILE_LOOP:
    case WF_FB_EXCEPTION_HANDLER:
    case WF_FB_EXCEPTION_GROUP_HANDLER:
    case WF_FB_ASYNC_COMPREHENSION_GENERATOR:
    case WF_FB_STOP_ITERATION:
        return 0;
    case WF_FB_FOR_LOOP:
        // Pop the iterator.
        if (preserve_tos) {
            EMIT_I(*ploc, SWAP, 2);
        }
        EMIT(*ploc, POP_TOP);
        return 0;
    case WF_FB_TRY_EXCEPT:
        EMIT_P(*ploc, POP_BLOCK);
        return 0;
    case WF_FB_FINALLY_TRY: {
        EMIT_P(*ploc, POP_BLOCK);
        if (preserve_tos) {
            TRY(wf_c_push_fblock(c, *ploc, WF_FB_POP_VALUE, -1, -1, NULL));
        }
        // The finally body, compiled again at this exit.
        TRY(wf_c_visit_stmts(c, *(const wf_ast_stmt_seq_t *)f->datum));
        if (preserve_tos) {
            wf_c_pop_fblock(c);
        }
        *ploc = NO_LOC;
        return 0;
    }
    case WF_FB_FINALLY_END:
        if (preserve_tos) {
            EMIT_I(*ploc, SWAP, 2);
        }
        EMIT(*ploc, POP_TOP);  // exc_value
        if (preserve_tos) {
            EMIT_I(*ploc, SWAP, 2);
        }
        EMIT_P(*ploc, POP_BLOCK);
        EMIT(*ploc, POP_EXCEPT);
        return 0;
    case WF_FB_WITH:
    case WF_FB_ASYNC_WITH:
        *ploc = f->loc;
        EMIT_P(*ploc, POP_BLOCK);
        if (preserve_tos) {
            EMIT_I(*ploc, SWAP, 2);
        }
        TRY(call_exit_with_nones(c, *ploc));
        if (f->kind == WF_FB_ASYNC_WITH) {
            EMIT_I(*ploc, GET_AWAITABLE, 2);
            TRY(wf_c_load_none(c, *ploc));
            TRY(wf_c_add_yield_from(c, *ploc, 1));
        }
        EMIT(*ploc, POP_TOP);
        *ploc = NO_LOC;
        return 0;
    case WF_FB_HANDLER_CLEANUP: {
        const char *name = f->datum;
        if (name != NULL) {
            EMIT_P(*ploc, POP_BLOCK);
        }
        if (preserve_tos) {
            EMIT_I(*ploc, SWAP, 2);
        }
        EMIT_P(*ploc, POP_BLOCK);
        EMIT(*ploc, POP_EXCEPT);
        if (name != NULL) {
            TRY(wf_c_load_none(c, *ploc));
            TRY(wf_c_nameop(c, *ploc, name, WF_AST_Store));
            TRY(wf_c_nameop(c, *ploc, name, WF_AST_Del));
        }
        return 0;
    }
    case WF_FB_POP_VALUE:
        if (preserve_tos) {
            EMIT_I(*ploc, SWAP, 2);
        }
        EMIT(*ploc, POP_TOP);
        return 0;
    }
    return 0;
}

// Unwind every frame block up to (not including) the innermost loop, which is returned in
// *loop when `loop` is non-NULL; all of them otherwise.
static int unwind_fblock_stack(wf_compiler_t *c, wf_loc_t *ploc, int preserve_tos,
                               wf_fblock_t **loop) {
    wf_cunit_t *u = c->u;
    if (u->nfblocks == 0) {
        return 0;
    }
    wf_fblock_t *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == WF_FB_EXCEPTION_GROUP_HANDLER) {
        return wf_c_error(c, *ploc,
                          "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop != NULL && (top->kind == WF_FB_WHILE_LOOP || top->kind == WF_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    wf_fblock_t copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, ploc, &copy, preserve_tos);
    if (r == 0) {
        r = unwind_fblock_stack(c, ploc, preserve_tos, loop);
    }
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
    return r;
}

static int compile_return(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    wf_ast_expr_t *v = s->v.Return.value;
    int preserve_tos = v != NULL && !wf_c_is_constant_expr(c, v);
    if (!wf_c_is_function_like(c)) {
        return wf_c_error(c, loc, "'return' outside function");
    }
    if (v != NULL && c->u->ste->coroutine && c->u->ste->generator) {
        return wf_c_error(c, loc, "'return' with value in async generator");
    }
    if (preserve_tos) {
        TRY(wf_c_visit_expr(c, v));
    } else if (v != NULL) {
        loc = WF_LOC(v);
    }
    if (v == NULL || v->lineno != s->lineno) {
        loc = WF_LOC(s);
    }
    TRY(unwind_fblock_stack(c, &loc, preserve_tos, NULL));
    if (v == NULL) {
        TRY(wf_c_load_none(c, loc));
    } else if (!preserve_tos) {
        wf_object_t *k;
        if (wf_c_fold_const(c, v, &k) <= 0) {
            return -1;
        }
        int r = wf_c_load_const(c, loc, k);
        WF_DECREF(k);
        TRY(r);
    }
    EMIT(loc, RETURN_VALUE);
    return 0;
}

static int compile_break(wf_compiler_t *c, wf_loc_t loc) {
    wf_fblock_t *loop = NULL;
    wf_loc_t origin = loc;
    TRY(unwind_fblock_stack(c, &loc, 0, &loop));
    if (loop == NULL) {
        return wf_c_error(c, origin, "'break' outside loop");
    }
    TRY(unwind_fblock(c, &loc, loop, 0));
    JUMP_TO(loc, WF_PSEUDO_JUMP, loop->exit);
    return 0;
}

static int compile_continue(wf_compiler_t *c, wf_loc_t loc) {
    wf_fblock_t *loop = NULL;
    wf_loc_t origin = loc;
    TRY(unwind_fblock_stack(c, &loc, 0, &loop));
    if (loop == NULL) {
        return wf_c_error(c, origin, "'continue' not properly in loop");
    }
    JUMP_TO(loc, WF_PSEUDO_JUMP, loop->block);
    return 0;
}

// ---- simple statements -----------------------------------------------------------------------

static int compile_stmt_expr(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_t *value) {
    if (c->interactive && c->nestlevel <= 1) {
        TRY(wf_c_visit_expr(c, value));
        EMIT_I(loc, CALL_INTRINSIC_1, WF_INTRINSIC1_PRINT);
        EMIT(NO_LOC, POP_TOP);
        return 0;
    }
    if (wf_c_is_constant_expr(c, value)) {
        return 0;  // a constant statement does nothing
    }
    TRY(wf_c_visit_expr(c, value));
    EMIT(NO_LOC, POP_TOP);
    return 0;
}

static int is_two_element_slice(wf_ast_expr_t *s) {
    return s->kind == WF_AST_Slice && s->v.Slice.step == NULL;
}

// Push slice bounds (None for missing); returns how many (2 or 3), -1 on error.
int wf_c_slice_parts(wf_compiler_t *c, wf_ast_expr_t *s) {
    int n = 2;
    wf_loc_t loc = WF_LOC(s);
    if (s->v.Slice.lower) {
        TRY(wf_c_visit_expr(c, s->v.Slice.lower));
    } else {
        TRY(wf_c_load_none(c, loc));
    }
    if (s->v.Slice.upper) {
        TRY(wf_c_visit_expr(c, s->v.Slice.upper));
    } else {
        TRY(wf_c_load_none(c, loc));
    }
    if (s->v.Slice.step) {
        n++;
        TRY(wf_c_visit_expr(c, s->v.Slice.step));
    }
    return n;
}

// Where an attribute operation's position starts: the attribute name's line when the
// expression spans lines (so tracebacks point at `.name`).
wf_loc_t wf_c_attr_loc(wf_loc_t loc, wf_ast_expr_t *attr) {
    if (loc.lineno != attr->end_lineno) {
        loc.lineno = attr->end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) {
            loc.col = attr->end_col_offset - len;
        } else {
            loc.col = -1;
            loc.end_col = -1;
        }
        if (loc.end_lineno < loc.lineno) {
            loc.end_lineno = loc.lineno;
        }
        if (loc.lineno == loc.end_lineno && loc.end_col < loc.col) {
            loc.end_col = loc.col;
        }
    }
    return loc;
}

static int compile_augassign(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_ast_expr_t *e = s->v.AugAssign.target;
    wf_loc_t loc = WF_LOC(e);
    switch (e->kind) {
    case WF_AST_Attribute: {
        TRY(wf_c_visit_expr(c, e->v.Attribute.value));
        EMIT_I(loc, COPY, 1);
        const char *m = wf_c_mangle(c, e->v.Attribute.attr);
        int i = m ? wf_c_add_name(c, m) : -1;
        if (i < 0) {
            return -1;
        }
        EMIT_I(wf_c_attr_loc(loc, e), LOAD_ATTR, i << 1);
        break;
    }
    case WF_AST_Subscript:
        TRY(wf_c_visit_expr(c, e->v.Subscript.value));
        if (is_two_element_slice(e->v.Subscript.slice)) {
            TRY(wf_c_slice_parts(c, e->v.Subscript.slice));
            EMIT_I(loc, COPY, 3);
            EMIT_I(loc, COPY, 3);
            EMIT_I(loc, COPY, 3);
            EMIT(loc, BINARY_SLICE);
        } else {
            TRY(wf_c_visit_expr(c, e->v.Subscript.slice));
            EMIT_I(loc, COPY, 2);
            EMIT_I(loc, COPY, 2);
            EMIT(loc, BINARY_SUBSCR);
        }
        break;
    case WF_AST_Name:
        TRY(wf_c_nameop(c, loc, e->v.Name.id, WF_AST_Load));
        break;
    default:
        wf_err_set_string(&wf_exc_SystemError, "invalid node type for augmented assignment");
        return -1;
    }
    TRY(wf_c_visit_expr(c, s->v.AugAssign.value));
    EMIT_I(WF_LOC(s), BINARY_OP,
           wf_c_binop_of_operator[s->v.AugAssign.op] | WF_BINOP_ARG_INPLACE);
    switch (e->kind) {
    case WF_AST_Attribute:
        loc = wf_c_attr_loc(loc, e);
        EMIT_I(loc, SWAP, 2);
        return wf_c_emit_name(c, loc, WF_OP_STORE_ATTR, e->v.Attribute.attr);
    case WF_AST_Subscript:
        if (is_two_element_slice(e->v.Subscript.slice)) {
            EMIT_I(loc, SWAP, 4);
            EMIT_I(loc, SWAP, 3);
            EMIT_I(loc, SWAP, 2);
            EMIT(loc, STORE_SLICE);
        } else {
            EMIT_I(loc, SWAP, 3);
            EMIT_I(loc, SWAP, 2);
            EMIT(loc, STORE_SUBSCR);
        }
        return 0;
    default:
        return wf_c_nameop(c, loc, e->v.Name.id, WF_AST_Store);
    }
}

// Evaluate an expression for its side effects only (annotated targets without value).
static int check_ann_expr(wf_compiler_t *c, wf_ast_expr_t *e) {
    TRY(wf_c_visit_expr(c, e));
    EMIT(NO_LOC, POP_TOP);
    return 0;
}

static int check_ann_subscr(wf_compiler_t *c, wf_ast_expr_t *e) {
    switch (e->kind) {
    case WF_AST_Slice:
        if ((e->v.Slice.lower && check_ann_expr(c, e->v.Slice.lower) < 0) ||
            (e->v.Slice.upper && check_ann_expr(c, e->v.Slice.upper) < 0) ||
            (e->v.Slice.step && check_ann_expr(c, e->v.Slice.step) < 0)) {
            return -1;
        }
        return 0;
    case WF_AST_Tuple:
        for (int i = 0; i < e->v.Tuple.elts.len; i++) {
            TRY(check_ann_subscr(c, e->v.Tuple.elts.items[i]));
        }
        return 0;
    default:
        return check_ann_expr(c, e);
    }
}

static int visit_annexpr(wf_compiler_t *c, wf_ast_expr_t *ann) {
    if (c->future_annotations) {
        return wf_c_annotation_string(c, ann);
    }
    return wf_c_visit_expr(c, ann);
}

static int compile_annassign(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    wf_ast_expr_t *t = s->v.AnnAssign.target;
    wf_unit_kind_t k = c->u->kind;
    if (s->v.AnnAssign.value) {
        TRY(wf_c_visit_expr(c, s->v.AnnAssign.value));
        TRY(wf_c_store_target(c, t));
    }
    switch (t->kind) {
    case WF_AST_Name:
        TRY(wf_c_forbidden_name(c, loc, t->v.Name.id, WF_AST_Store));
        if (s->v.AnnAssign.simple && (k == WF_UNIT_MODULE || k == WF_UNIT_CLASS)) {
            TRY(visit_annexpr(c, s->v.AnnAssign.annotation));
            int i = wf_c_add_name(c, "__annotations__");
            if (i < 0) {
                return -1;
            }
            EMIT_I(loc, LOAD_NAME, i);
            const char *m = wf_c_mangle(c, t->v.Name.id);
            wf_object_t *key = m ? wf_c_str_object(c, m) : NULL;
            if (key == NULL) {
                return -1;
            }
            int r = wf_c_load_const(c, loc, key);
            WF_DECREF(key);
            TRY(r);
            EMIT(loc, STORE_SUBSCR);
        }
        break;
    case WF_AST_Attribute:
        TRY(wf_c_forbidden_name(c, loc, t->v.Attribute.attr, WF_AST_Store));
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, t->v.Attribute.value));
        }
        break;
    case WF_AST_Subscript:
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, t->v.Subscript.value));
            TRY(check_ann_subscr(c, t->v.Subscript.slice));
        }
        break;
    default:
        wf_err_set_string(&wf_exc_SystemError, "invalid node type for annotated assignment");
        return -1;
    }
    if (!s->v.AnnAssign.simple && !c->future_annotations &&
        (k == WF_UNIT_MODULE || k == WF_UNIT_CLASS)) {
        TRY(check_ann_expr(c, s->v.AnnAssign.annotation));
    }
    return 0;
}

static int compile_assert(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_ast_expr_t *test = s->v.Assert.test;
    if (test->kind == WF_AST_Tuple && test->v.Tuple.elts.len > 0) {
        TRY(wf_c_warn(c, WF_LOC(s), "assertion is always true, perhaps remove parentheses?"));
    }
    if (c->optimize) {
        return 0;  // -O: assertions are compiled out
    }
    NEW_LABEL(end);
    TRY(wf_c_jump_if(c, WF_LOC(s), test, end, 1));
    EMIT(WF_LOC(s), LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg) {
        TRY(wf_c_visit_expr(c, s->v.Assert.msg));
        EMIT_I(WF_LOC(s), CALL, 0);
    }
    EMIT_I(WF_LOC(test), RAISE_VARARGS, 1);  // tracebacks underline the test, as CPython's
    USE_LABEL(end);
    return 0;
}

// ---- imports -----------------------------------------------------------------------------------

static int load_int_const(wf_compiler_t *c, wf_loc_t loc, long v) {
    wf_object_t *o = wf_int_from_i64(v);
    if (o == NULL) {
        return -1;
    }
    int r = wf_c_load_const(c, loc, o);
    WF_DECREF(o);
    return r;
}

// `import a.b.c as d`: IMPORT_NAME returned the top package; walk down with IMPORT_FROM.
static int import_as(wf_compiler_t *c, wf_loc_t loc, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot == NULL) {
        return wf_c_nameop(c, loc, asname, WF_AST_Store);
    }
    for (;;) {
        const char *start = dot + 1;
        dot = strchr(start, '.');
        size_t n = dot ? (size_t)(dot - start) : strlen(start);
        char *attr = wf_arena_strndup(c->arena, start, n);
        if (attr == NULL) {
            wf_err_nomemory();
            return -1;
        }
        TRY(wf_c_emit_name(c, loc, WF_OP_IMPORT_FROM, attr));
        if (dot == NULL) {
            break;
        }
        EMIT_I(loc, SWAP, 2);
        EMIT(loc, POP_TOP);
    }
    TRY(wf_c_nameop(c, loc, asname, WF_AST_Store));
    EMIT(loc, POP_TOP);
    return 0;
}

static int compile_import(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    for (int i = 0; i < s->v.Import.names.len; i++) {
        wf_ast_alias_t *a = s->v.Import.names.items[i];
        TRY(load_int_const(c, loc, 0));
        TRY(wf_c_load_none(c, loc));
        TRY(wf_c_emit_name(c, loc, WF_OP_IMPORT_NAME, a->name));
        if (a->asname) {
            TRY(import_as(c, loc, a->name, a->asname));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *store = a->name;
            if (dot != NULL) {
                store = wf_arena_strndup(c->arena, a->name, (size_t)(dot - a->name));
                if (store == NULL) {
                    wf_err_nomemory();
                    return -1;
                }
            }
            TRY(wf_c_nameop(c, loc, store, WF_AST_Store));
        }
    }
    return 0;
}

static int compile_from_import(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    int n = s->v.ImportFrom.names.len;
    const char *module = s->v.ImportFrom.module;
    if (module != NULL && s->v.ImportFrom.level == 0 && strcmp(module, "__future__") == 0 &&
        (c->nestlevel > 1 || c->u->kind != WF_UNIT_MODULE)) {
        return wf_c_error(c, loc, "from __future__ imports must occur at the beginning of the file");
    }
    TRY(load_int_const(c, loc, s->v.ImportFrom.level));
    wf_object_t *names = wf_tuple_new(n);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        wf_object_t *nm = wf_c_str_object(c, s->v.ImportFrom.names.items[i]->name);
        if (nm == NULL) {
            WF_DECREF(names);
            return -1;
        }
        WF_TUPLE_SET_STEAL(names, i, nm);
    }
    int r = wf_c_load_const(c, loc, names);
    WF_DECREF(names);
    TRY(r);
    TRY(wf_c_emit_name(c, loc, WF_OP_IMPORT_NAME, module ? module : ""));
    for (int i = 0; i < n; i++) {
        wf_ast_alias_t *a = s->v.ImportFrom.names.items[i];
        if (i == 0 && a->name[0] == '*') {
            EMIT_I(loc, CALL_INTRINSIC_1, WF_INTRINSIC1_IMPORT_STAR);
            EMIT(NO_LOC, POP_TOP);
            return 0;
        }
        TRY(wf_c_emit_name(c, loc, WF_OP_IMPORT_FROM, a->name));
        TRY(wf_c_nameop(c, loc, a->asname ? a->asname : a->name, WF_AST_Store));
    }
    EMIT(loc, POP_TOP);
    return 0;
}

// ---- control flow --------------------------------------------------------------------------------

static int compile_if(wf_compiler_t *c, wf_ast_stmt_t *s) {
    NEW_LABEL(end);
    int next = end;
    if (s->v.If.orelse.len) {
        next = wf_c_new_label(c);
        TRY(next);
    }
    TRY(wf_c_jump_if(c, WF_LOC(s), s->v.If.test, next, 0));
    TRY(wf_c_visit_stmts(c, s->v.If.body));
    if (s->v.If.orelse.len) {
        JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
        USE_LABEL(next);
        TRY(wf_c_visit_stmts(c, s->v.If.orelse));
    }
    USE_LABEL(end);
    return 0;
}

static int compile_for(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    NEW_LABEL(start);
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    TRY(wf_c_push_fblock(c, loc, WF_FB_FOR_LOOP, start, end, NULL));
    TRY(wf_c_visit_iterable(c, s->v.For.iter));
    loc = WF_LOC(s->v.For.iter);
    EMIT(loc, GET_ITER);
    USE_LABEL(start);
    JUMP_TO(loc, WF_OP_FOR_ITER, cleanup);
    TRY(wf_c_store_target(c, s->v.For.target));
    TRY(wf_c_visit_stmts(c, s->v.For.body));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, start);
    USE_LABEL(cleanup);
    wf_c_pop_fblock(c);
    TRY(wf_c_visit_stmts(c, s->v.For.orelse));
    USE_LABEL(end);
    return 0;
}

static int compile_async_for(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    if (c->u->kind != WF_UNIT_ASYNC_FUNCTION) {
        return wf_c_error(c, loc, "'async for' outside async function");
    }
    NEW_LABEL(start);
    NEW_LABEL(except);
    NEW_LABEL(end);
    TRY(wf_c_visit_expr(c, s->v.AsyncFor.iter));
    EMIT(WF_LOC(s->v.AsyncFor.iter), GET_AITER);
    USE_LABEL(start);
    TRY(wf_c_push_fblock(c, loc, WF_FB_FOR_LOOP, start, end, NULL));
    // A handler around __anext__ turns StopAsyncIteration into the loop's end.
    JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, except);
    EMIT(loc, GET_ANEXT);
    TRY(wf_c_load_none(c, loc));
    TRY(wf_c_add_yield_from(c, loc, 1));
    EMIT_P(loc, POP_BLOCK);
    TRY(wf_c_store_target(c, s->v.AsyncFor.target));
    TRY(wf_c_visit_stmts(c, s->v.AsyncFor.body));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, start);
    wf_c_pop_fblock(c);
    USE_LABEL(except);
    EMIT(WF_LOC(s->v.AsyncFor.iter), END_ASYNC_FOR);
    TRY(wf_c_visit_stmts(c, s->v.AsyncFor.orelse));
    USE_LABEL(end);
    return 0;
}

static int compile_while(wf_compiler_t *c, wf_ast_stmt_t *s) {
    NEW_LABEL(loop);
    NEW_LABEL(end);
    NEW_LABEL(anchor);
    USE_LABEL(loop);
    // Carries the `while` line at the top of every iteration even when the test compiles
    // to nothing (`while True:`); dropped by the assembler when the test has the line.
    EMIT(WF_LOC(s), NOP);
    TRY(wf_c_push_fblock(c, WF_LOC(s), WF_FB_WHILE_LOOP, loop, end, NULL));
    TRY(wf_c_jump_if(c, WF_LOC(s), s->v.While.test, anchor, 0));
    TRY(wf_c_visit_stmts(c, s->v.While.body));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, loop);
    wf_c_pop_fblock(c);
    USE_LABEL(anchor);
    TRY(wf_c_visit_stmts(c, s->v.While.orelse));
    USE_LABEL(end);
    return 0;
}

static int pop_except_and_reraise(wf_compiler_t *c, wf_loc_t loc) {
    EMIT_I(loc, COPY, 3);
    EMIT(loc, POP_EXCEPT);
    EMIT_I(loc, RERAISE, 1);
    return 0;
}

static int compile_try_except(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    NEW_LABEL(body);
    NEW_LABEL(except);
    NEW_LABEL(end);
    NEW_LABEL(cleanup);
    JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, except);
    USE_LABEL(body);
    TRY(wf_c_push_fblock(c, loc, WF_FB_TRY_EXCEPT, body, -1, NULL));
    TRY(wf_c_visit_stmts(c, s->v.Try.body));
    wf_c_pop_fblock(c);
    EMIT_P(NO_LOC, POP_BLOCK);
    TRY(wf_c_visit_stmts(c, s->v.Try.orelse));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
    int n = s->v.Try.handlers.len;
    USE_LABEL(except);
    JUMP_TO(NO_LOC, WF_PSEUDO_SETUP_CLEANUP, cleanup);
    EMIT(NO_LOC, PUSH_EXC_INFO);
    TRY(wf_c_push_fblock(c, loc, WF_FB_EXCEPTION_HANDLER, -1, -1, NULL));
    for (int i = 0; i < n; i++) {
        wf_ast_excepthandler_t *h = s->v.Try.handlers.items[i];
        wf_loc_t hloc = WF_LOC(h);
        if (h->v.ExceptHandler.type == NULL && i < n - 1) {
            return wf_c_error(c, hloc, "default 'except:' must be last");
        }
        NEW_LABEL(next_except);
        if (h->v.ExceptHandler.type) {
            TRY(wf_c_visit_expr(c, h->v.ExceptHandler.type));
            EMIT(hloc, CHECK_EXC_MATCH);
            JUMP_TO(hloc, WF_OP_POP_JUMP_IF_FALSE, next_except);
        }
        const char *name = h->v.ExceptHandler.name;
        if (name != NULL) {
            NEW_LABEL(cleanup_end);
            NEW_LABEL(cleanup_body);
            TRY(wf_c_nameop(c, hloc, name, WF_AST_Store));
            // try: body finally: name = None; del name
            JUMP_TO(hloc, WF_PSEUDO_SETUP_CLEANUP, cleanup_end);
            USE_LABEL(cleanup_body);
            TRY(wf_c_push_fblock(c, hloc, WF_FB_HANDLER_CLEANUP, cleanup_body, -1, name));
            TRY(wf_c_visit_stmts(c, h->v.ExceptHandler.body));
            wf_c_pop_fblock(c);
            EMIT_P(NO_LOC, POP_BLOCK);
            EMIT_P(NO_LOC, POP_BLOCK);
            EMIT(NO_LOC, POP_EXCEPT);
            TRY(wf_c_load_none(c, NO_LOC));
            TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Store));
            TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Del));
            JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
            USE_LABEL(cleanup_end);
            TRY(wf_c_load_none(c, NO_LOC));
            TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Store));
            TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Del));
            EMIT_I(NO_LOC, RERAISE, 1);
        } else {
            NEW_LABEL(cleanup_body);
            EMIT(hloc, POP_TOP);  // exc_value
            USE_LABEL(cleanup_body);
            TRY(wf_c_push_fblock(c, hloc, WF_FB_HANDLER_CLEANUP, cleanup_body, -1, NULL));
            TRY(wf_c_visit_stmts(c, h->v.ExceptHandler.body));
            wf_c_pop_fblock(c);
            EMIT_P(NO_LOC, POP_BLOCK);
            EMIT(NO_LOC, POP_EXCEPT);
            JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
        }
        USE_LABEL(next_except);
    }
    wf_c_pop_fblock(c);
    EMIT_I(NO_LOC, RERAISE, 0);
    USE_LABEL(cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    USE_LABEL(end);
    return 0;
}

static int compile_try_star_except(wf_compiler_t *c, wf_ast_stmt_t *s);

static int compile_try_finally(wf_compiler_t *c, wf_ast_stmt_t *s, int star) {
    wf_loc_t loc = WF_LOC(s);
    NEW_LABEL(body);
    NEW_LABEL(end);
    NEW_LABEL(exit);
    NEW_LABEL(cleanup);
    JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, end);
    USE_LABEL(body);
    TRY(wf_c_push_fblock(c, loc, WF_FB_FINALLY_TRY, body, end, &s->v.Try.finalbody));
    if (s->v.Try.handlers.len) {
        TRY(star ? compile_try_star_except(c, s) : compile_try_except(c, s));
    } else {
        TRY(wf_c_visit_stmts(c, s->v.Try.body));
    }
    EMIT_P(NO_LOC, POP_BLOCK);
    wf_c_pop_fblock(c);
    TRY(wf_c_visit_stmts(c, s->v.Try.finalbody));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, exit);
    // The finally body on the exceptional path.
    USE_LABEL(end);
    JUMP_TO(NO_LOC, WF_PSEUDO_SETUP_CLEANUP, cleanup);
    EMIT(NO_LOC, PUSH_EXC_INFO);
    TRY(wf_c_push_fblock(c, NO_LOC, WF_FB_FINALLY_END, end, -1, NULL));
    TRY(wf_c_visit_stmts(c, s->v.Try.finalbody));
    wf_c_pop_fblock(c);
    EMIT_I(NO_LOC, RERAISE, 0);
    USE_LABEL(cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    USE_LABEL(exit);
    return 0;
}

// except*: each handler takes the matching part of the group (CHECK_EG_MATCH); what the
// handlers raise and the unmatched rest are collected in a list that PREP_RERAISE_STAR
// combines into the exception group to re-raise (or None).
static int star_handler(wf_compiler_t *c, wf_ast_excepthandler_t *h, int i, int n, int *except,
                        int reraise_star) {
    wf_loc_t hloc = WF_LOC(h);
    NEW_LABEL(next_except);
    *except = next_except;
    NEW_LABEL(except_with_error);
    NEW_LABEL(no_match);
    if (i == 0) {
        // [orig] -> [orig, [], exc]
        EMIT_I(hloc, BUILD_LIST, 0);
        EMIT_I(hloc, COPY, 2);
    }
    if (h->v.ExceptHandler.type) {
        TRY(wf_c_visit_expr(c, h->v.ExceptHandler.type));
        EMIT(hloc, CHECK_EG_MATCH);
        EMIT_I(hloc, COPY, 1);
        JUMP_TO(hloc, WF_OP_POP_JUMP_IF_NONE, no_match);
    }
    NEW_LABEL(cleanup_end);
    NEW_LABEL(cleanup_body);
    const char *name = h->v.ExceptHandler.name;
    if (name) {
        TRY(wf_c_nameop(c, hloc, name, WF_AST_Store));
    } else {
        EMIT(hloc, POP_TOP);  // match
    }
    JUMP_TO(hloc, WF_PSEUDO_SETUP_CLEANUP, cleanup_end);
    USE_LABEL(cleanup_body);
    TRY(wf_c_push_fblock(c, hloc, WF_FB_HANDLER_CLEANUP, cleanup_body, -1, name));
    TRY(wf_c_visit_stmts(c, h->v.ExceptHandler.body));
    wf_c_pop_fblock(c);
    EMIT_P(NO_LOC, POP_BLOCK);
    if (name) {
        TRY(wf_c_load_none(c, NO_LOC));
        TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Store));
        TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Del));
    }
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, next_except);
    // The handler raised: add that exception to the list.
    USE_LABEL(cleanup_end);
    if (name) {
        TRY(wf_c_load_none(c, NO_LOC));
        TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Store));
        TRY(wf_c_nameop(c, NO_LOC, name, WF_AST_Del));
    }
    EMIT_I(NO_LOC, LIST_APPEND, 3);  // exc
    EMIT(NO_LOC, POP_TOP);           // lasti
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, except_with_error);
    USE_LABEL(next_except);
    EMIT(NO_LOC, NOP);
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, except_with_error);
    USE_LABEL(no_match);
    EMIT(hloc, POP_TOP);  // match (None)
    USE_LABEL(except_with_error);
    if (i == n - 1) {
        // The unhandled rest (None if everything matched) joins the list.
        EMIT_I(NO_LOC, LIST_APPEND, 1);
        JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, reraise_star);
    }
    return 0;
}

static int compile_try_star_except(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    NEW_LABEL(body);
    NEW_LABEL(except);
    NEW_LABEL(orelse);
    NEW_LABEL(end);
    NEW_LABEL(cleanup);
    NEW_LABEL(reraise_star);
    NEW_LABEL(reraise);
    JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, except);
    USE_LABEL(body);
    TRY(wf_c_push_fblock(c, loc, WF_FB_TRY_EXCEPT, body, -1, NULL));
    TRY(wf_c_visit_stmts(c, s->v.TryStar.body));
    wf_c_pop_fblock(c);
    EMIT_P(NO_LOC, POP_BLOCK);
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, orelse);
    int n = s->v.TryStar.handlers.len;
    USE_LABEL(except);
    JUMP_TO(NO_LOC, WF_PSEUDO_SETUP_CLEANUP, cleanup);
    EMIT(NO_LOC, PUSH_EXC_INFO);
    TRY(wf_c_push_fblock(c, loc, WF_FB_EXCEPTION_GROUP_HANDLER, -1, -1, NULL));
    for (int i = 0; i < n; i++) {
        TRY(star_handler(c, s->v.TryStar.handlers.items[i], i, n, &except, reraise_star));
    }
    wf_c_pop_fblock(c);
    USE_LABEL(reraise_star);
    EMIT_I(NO_LOC, CALL_INTRINSIC_2, WF_INTRINSIC2_PREP_RERAISE_STAR);
    EMIT_I(NO_LOC, COPY, 1);
    JUMP_TO(NO_LOC, WF_OP_POP_JUMP_IF_NOT_NONE, reraise);
    // Nothing to re-raise.
    EMIT(NO_LOC, POP_TOP);
    EMIT_P(NO_LOC, POP_BLOCK);
    EMIT(NO_LOC, POP_EXCEPT);
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
    USE_LABEL(reraise);
    EMIT_P(NO_LOC, POP_BLOCK);
    EMIT_I(NO_LOC, SWAP, 2);
    EMIT(NO_LOC, POP_EXCEPT);
    EMIT_I(NO_LOC, RERAISE, 0);
    USE_LABEL(cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    USE_LABEL(orelse);
    TRY(wf_c_visit_stmts(c, s->v.TryStar.orelse));
    USE_LABEL(end);
    return 0;
}

static int compile_try(wf_compiler_t *c, wf_ast_stmt_t *s, int star) {
    if (s->v.Try.finalbody.len) {
        return compile_try_finally(c, s, star);
    }
    return star ? compile_try_star_except(c, s) : compile_try_except(c, s);
}

// __exit__ returned: suppress the exception when the result is true, else re-raise.
static int with_except_finish(wf_compiler_t *c, int cleanup) {
    NEW_LABEL(suppress);
    NEW_LABEL(exit);
    JUMP_TO(NO_LOC, WF_OP_POP_JUMP_IF_TRUE, suppress);
    EMIT_I(NO_LOC, RERAISE, 2);
    USE_LABEL(suppress);
    EMIT(NO_LOC, POP_TOP);  // exc_value
    EMIT_P(NO_LOC, POP_BLOCK);
    EMIT(NO_LOC, POP_EXCEPT);
    EMIT(NO_LOC, POP_TOP);
    EMIT(NO_LOC, POP_TOP);
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, exit);
    USE_LABEL(cleanup);
    TRY(pop_except_and_reraise(c, NO_LOC));
    USE_LABEL(exit);
    return 0;
}

static int compile_with(wf_compiler_t *c, wf_ast_stmt_t *s, int pos, int is_async) {
    wf_ast_withitem_t *item = s->v.With.items.items[pos];
    if (is_async && c->u->kind != WF_UNIT_ASYNC_FUNCTION) {
        return wf_c_error(c, WF_LOC(s), "'async with' outside async function");
    }
    NEW_LABEL(block);
    NEW_LABEL(final);
    NEW_LABEL(exit);
    NEW_LABEL(cleanup);
    TRY(wf_c_visit_expr(c, item->context_expr));
    wf_loc_t loc = WF_LOC(item->context_expr);
    if (is_async) {
        EMIT(loc, BEFORE_ASYNC_WITH);
        EMIT_I(loc, GET_AWAITABLE, 1);
        TRY(wf_c_load_none(c, loc));
        TRY(wf_c_add_yield_from(c, loc, 1));
    } else {
        EMIT(loc, BEFORE_WITH);
    }
    JUMP_TO(loc, WF_PSEUDO_SETUP_WITH, final);
    USE_LABEL(block);
    TRY(wf_c_push_fblock(c, loc, is_async ? WF_FB_ASYNC_WITH : WF_FB_WITH, block, final, s));
    if (item->optional_vars) {
        TRY(wf_c_store_target(c, item->optional_vars));
    } else {
        EMIT(loc, POP_TOP);  // the result of __enter__
    }
    if (pos + 1 == s->v.With.items.len) {
        TRY(wf_c_visit_stmts(c, s->v.With.body));
    } else {
        TRY(compile_with(c, s, pos + 1, is_async));
    }
    EMIT_P(NO_LOC, POP_BLOCK);
    wf_c_pop_fblock(c);
    // Normal exit: __exit__(None, None, None).
    TRY(call_exit_with_nones(c, loc));
    if (is_async) {
        EMIT_I(loc, GET_AWAITABLE, 2);
        TRY(wf_c_load_none(c, loc));
        TRY(wf_c_add_yield_from(c, loc, 1));
    }
    EMIT(loc, POP_TOP);
    JUMP_TO(loc, WF_PSEUDO_JUMP, exit);
    // Exceptional exit.
    USE_LABEL(final);
    JUMP_TO(loc, WF_PSEUDO_SETUP_CLEANUP, cleanup);
    EMIT(loc, PUSH_EXC_INFO);
    EMIT(loc, WITH_EXCEPT_START);
    if (is_async) {
        EMIT_I(loc, GET_AWAITABLE, 2);
        TRY(wf_c_load_none(c, loc));
        TRY(wf_c_add_yield_from(c, loc, 1));
    }
    TRY(with_except_finish(c, cleanup));
    USE_LABEL(exit);
    return 0;
}

// ---- bodies ----------------------------------------------------------------------------------------

// Whether a block (not nested functions/classes) has an annotated assignment.
static int find_ann(wf_ast_stmt_seq_t stmts) {
    for (int i = 0; i < stmts.len; i++) {
        wf_ast_stmt_t *s = stmts.items[i];
        switch (s->kind) {
        case WF_AST_AnnAssign:
            return 1;
        case WF_AST_For:
        case WF_AST_AsyncFor:
            if (find_ann(s->v.For.body) || find_ann(s->v.For.orelse)) {
                return 1;
            }
            break;
        case WF_AST_While:
            if (find_ann(s->v.While.body) || find_ann(s->v.While.orelse)) {
                return 1;
            }
            break;
        case WF_AST_If:
            if (find_ann(s->v.If.body) || find_ann(s->v.If.orelse)) {
                return 1;
            }
            break;
        case WF_AST_With:
        case WF_AST_AsyncWith:
            if (find_ann(s->v.With.body)) {
                return 1;
            }
            break;
        case WF_AST_Try:
        case WF_AST_TryStar:
            for (int j = 0; j < s->v.Try.handlers.len; j++) {
                if (find_ann(s->v.Try.handlers.items[j]->v.ExceptHandler.body)) {
                    return 1;
                }
            }
            if (find_ann(s->v.Try.body) || find_ann(s->v.Try.finalbody) ||
                find_ann(s->v.Try.orelse)) {
                return 1;
            }
            break;
        case WF_AST_Match:
            for (int j = 0; j < s->v.Match.cases.len; j++) {
                if (find_ann(s->v.Match.cases.items[j]->body)) {
                    return 1;
                }
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

int wf_c_visit_body(wf_compiler_t *c, wf_loc_t loc, wf_ast_stmt_seq_t stmts) {
    if (find_ann(stmts)) {
        EMIT(loc, SETUP_ANNOTATIONS);
    }
    int first = 0;
    if (!c->interactive || c->u->kind != WF_UNIT_MODULE) {
        int failed;
        wf_object_t *doc = wf_c_docstring(c, stmts, &failed);
        if (failed) {
            return -1;
        }
        if (doc != NULL) {
            first = 1;
            int r = wf_c_load_const(c, WF_LOC(stmts.items[0]->v.Expr.value), doc);
            WF_DECREF(doc);
            TRY(r);
            TRY(wf_c_nameop(c, NO_LOC, "__doc__", WF_AST_Store));
        }
    }
    for (int i = first; i < stmts.len; i++) {
        TRY(wf_c_visit_stmt(c, stmts.items[i]));
    }
    return 0;
}

// ---- dispatch --------------------------------------------------------------------------------------

static int visit_stmt_inner(wf_compiler_t *c, wf_ast_stmt_t *s) {
    wf_loc_t loc = WF_LOC(s);
    switch (s->kind) {
    case WF_AST_FunctionDef:
        return wf_c_function_def(c, s, 0);
    case WF_AST_AsyncFunctionDef:
        return wf_c_function_def(c, s, 1);
    case WF_AST_ClassDef:
        return wf_c_class_def(c, s);
    case WF_AST_TypeAlias:
        return wf_c_typealias(c, s);
    case WF_AST_Return:
        return compile_return(c, s);
    case WF_AST_Delete:
        for (int i = 0; i < s->v.Delete.targets.len; i++) {
            TRY(wf_c_visit_expr(c, s->v.Delete.targets.items[i]));
        }
        return 0;
    case WF_AST_Assign: {
        int n = s->v.Assign.targets.len;
        TRY(wf_c_visit_expr(c, s->v.Assign.value));
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                EMIT_I(loc, COPY, 1);
            }
            TRY(wf_c_store_target(c, s->v.Assign.targets.items[i]));
        }
        return 0;
    }
    case WF_AST_AugAssign:
        return compile_augassign(c, s);
    case WF_AST_AnnAssign:
        return compile_annassign(c, s);
    case WF_AST_For:
        return compile_for(c, s);
    case WF_AST_AsyncFor:
        return compile_async_for(c, s);
    case WF_AST_While:
        return compile_while(c, s);
    case WF_AST_If:
        return compile_if(c, s);
    case WF_AST_Match:
        return wf_c_match(c, s);
    case WF_AST_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            TRY(wf_c_visit_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                TRY(wf_c_visit_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        EMIT_I(loc, RAISE_VARARGS, n);
        return 0;
    }
    case WF_AST_Try:
        return compile_try(c, s, 0);
    case WF_AST_TryStar:
        return compile_try(c, s, 1);
    case WF_AST_Assert:
        return compile_assert(c, s);
    case WF_AST_Import:
        return compile_import(c, s);
    case WF_AST_ImportFrom:
        return compile_from_import(c, s);
    case WF_AST_Global:
    case WF_AST_Nonlocal:
        return 0;
    case WF_AST_Pass:
        EMIT(loc, NOP);  // kept only if its line needs it (assemble.c)
        return 0;
    case WF_AST_Expr:
        return compile_stmt_expr(c, loc, s->v.Expr.value);
    case WF_AST_Break:
        return compile_break(c, loc);
    case WF_AST_Continue:
        return compile_continue(c, loc);
    case WF_AST_With:
        return compile_with(c, s, 0, 0);
    case WF_AST_AsyncWith:
        return compile_with(c, s, 0, 1);
    default:
        break;
    }
    wf_err_set_string(&wf_exc_SystemError, "compiler: unknown statement kind");
    return -1;
}

int wf_c_visit_stmt(wf_compiler_t *c, wf_ast_stmt_t *s) {
    TRY(wf_c_enter_depth(c));
    int r = visit_stmt_inner(c, s);
    wf_c_leave_depth(c);
    return r;
}
