// Internal interface shared by the compiler's files (not for other parts: they use
// runtime/compile.h).
//
// Code generation emits, per code unit being compiled (module, class body, function,
// lambda, generator expression), a linear list of instructions whose jump arguments are
// label ids and whose local-variable arguments are indices into the unit's list of local
// references (name + kind), plus pseudo-instructions for exception handling
// (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH push a handler, POP_BLOCK pops it) and
// direction-free jumps. runtime/assemble.c turns that into a code object: it computes
// reachability, stack depths and the handler of each instruction along the control
// flow, drops dead code and NOPs, lays out cache units, resolves jumps, local slots and
// the exception table.
#ifndef WF_RUNTIME_COMPILER_H
#define WF_RUNTIME_COMPILER_H

#include "objects/code.h"
#include "runtime/ast.h"
#include "runtime/parser.h"
#include "runtime/symtable.h"

// Pseudo-opcodes, numbered after the real ones (never in final code).
enum {
    WF_PSEUDO_SETUP_FINALLY = 256,  // handler(label): exc pushed; depth = current
    WF_PSEUDO_SETUP_CLEANUP,        // handler(label): lasti + exc pushed; depth = current
    WF_PSEUDO_SETUP_WITH,           // handler(label): lasti + exc; depth = current - 1
    WF_PSEUDO_POP_BLOCK,            // end of the innermost handler's region
    WF_PSEUDO_JUMP,                 // unconditional jump, either direction
    WF_PSEUDO_JUMP_NO_INTERRUPT,    // the same without the eval-breaker check
    WF_PSEUDO_COUNT
};

// A source range; lineno -1 = no location.
typedef struct {
    int lineno, end_lineno, col, end_col;
} wf_loc_t;

#define WF_NO_LOC ((wf_loc_t){-1, -1, -1, -1})
#define WF_LOC(n) ((wf_loc_t){(n)->lineno, (n)->end_lineno, (n)->col_offset, (n)->end_col_offset})

typedef struct {
    int op;     // wf_opcode_t or WF_PSEUDO_*
    int arg;    // oparg; a label id for jumps / SETUP_*; a localref index for LOCAL ops
    wf_loc_t loc;
    int maybe_null;  // STORE_FAST of a value that may be NULL (an inlined comprehension
                     // restoring a local it hid): the local may be unbound afterwards
} wf_cinstr_t;

// A LOAD_CONST / RETURN_CONST argument with this bit refers to unit->late[arg & ~bit].
#define WF_LATE_CONST 0x800000

// Local-variable references of a unit: the assembler maps them to localsplus slots.
enum { WF_REF_FAST, WF_REF_CELL, WF_REF_FREE };
typedef struct {
    const char *name;
    int kind;   // WF_REF_*
} wf_localref_t;

// Ordered C-string map (name -> index), used for co_names, varnames, cells, frees.
typedef struct {
    const char **names;
    int len, cap;
    int *index;
    int index_cap;
} wf_namemap_t;

// Frame blocks: what break/continue/return must unwind (CPython's fblock kinds).
typedef enum {
    WF_FB_WHILE_LOOP,
    WF_FB_FOR_LOOP,
    WF_FB_TRY_EXCEPT,
    WF_FB_FINALLY_TRY,
    WF_FB_FINALLY_END,
    WF_FB_WITH,
    WF_FB_ASYNC_WITH,
    WF_FB_HANDLER_CLEANUP,
    WF_FB_POP_VALUE,
    WF_FB_EXCEPTION_HANDLER,
    WF_FB_EXCEPTION_GROUP_HANDLER,
    WF_FB_ASYNC_COMPREHENSION_GENERATOR,
    WF_FB_STOP_ITERATION,
} wf_fblock_kind_t;

typedef struct {
    wf_fblock_kind_t kind;
    int block;        // label: loop start (continue target)
    int exit;         // label: loop exit (break target)
    const void *datum;  // FINALLY_TRY: the finally body (wf_ast_stmt_seq_t *);
                        // HANDLER_CLEANUP: the `as` name (const char *) or NULL
    wf_loc_t loc;
} wf_fblock_t;

#define WF_MAX_FBLOCKS 20

typedef enum {
    WF_UNIT_MODULE,
    WF_UNIT_CLASS,
    WF_UNIT_FUNCTION,
    WF_UNIT_ASYNC_FUNCTION,
    WF_UNIT_LAMBDA,
    WF_UNIT_COMPREHENSION,
    WF_UNIT_TYPEPARAMS,      // PEP 695 type parameters, TypeVar bounds
} wf_unit_kind_t;

// A constant with its deduplication key (bytes that compare equal exactly when the
// constants must be shared: type and value, -0.0 distinct from 0.0, ...).
typedef struct {
    wf_object_t *value;
    char *key;
    size_t keylen;
} wf_cconst_t;

// Temporary scope of a name while an inlined comprehension is compiled.
typedef struct {
    const char *name;
    int scope;
} wf_scope_override_t;

typedef struct wf_cunit wf_cunit_t;
struct wf_cunit {
    wf_cunit_t *parent;
    wf_ste_t *ste;
    wf_unit_kind_t kind;
    const char *name;
    wf_object_t *qualname;       // str
    const char *private_name;    // class name for mangling, or NULL
    wf_cconst_t *consts;
    int nconsts, capconsts;
    wf_object_t **late;          // constants made by folding BUILD_TUPLE, added after
    int nlate, caplate;          // code generation (their co_consts position, as CPython)
    wf_namemap_t names;          // co_names
    wf_namemap_t varnames;       // plain locals, parameters first
    wf_namemap_t cellvars;       // sorted at unit start (+ __class__ for classes)
    wf_namemap_t freevars;       // sorted at unit start
    wf_namemap_t fasthidden;     // names ever compiled as fast locals in module/class code
    int *hidden_on;              // per fasthidden entry: currently hidden (inlined comp)
    int caphidden;
    wf_namemap_t static_attrs;   // class units: `self.x = ...` targets in methods
    wf_localref_t *refs;
    int nrefs, caprefs;
    wf_cinstr_t *instrs;
    int ninstrs, capinstrs;
    int *labels;                 // label id -> instruction index (-1 unbound)
    int nlabels, caplabels;
    int last_label_pos;          // instruction index of the most recent label binding
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    wf_fblock_t fblocks[WF_MAX_FBLOCKS];
    int nfblocks;
    int in_inlined_comp;
    wf_scope_override_t *overrides;
    int noverrides, capoverrides;
};

typedef struct {
    wf_arena_t *arena;
    const char *src;
    size_t srclen;
    wf_object_t *filename;       // str
    const char *filename_c;
    wf_symtable_t st;
    wf_cunit_t *u;               // current unit
    int interactive;             // mode "single"
    int nestlevel;               // 1 at module level
    int depth;                   // recursion guard
    int future_annotations;
    int optimize;             // 0, 1 (asserts off, __debug__ False) or 2 (also no docstrings)
    int future_barry;
    wf_parse_error_t err;        // pending SyntaxError (has_error)
    int has_error;               // err filled: raise it as SyntaxError
    int err_from_file;           // a compiler (not parser) error: text read from the file
    int err_end_offset_none;     // the error has no end column (future statements)
} wf_compiler_t;

// ---- compiler.c: units, emission, names ----------------------------------------------------
// All int-returning helpers: 0 / -1 (exception set or c->err filled).

int wf_c_emit(wf_compiler_t *c, wf_loc_t loc, int op, int arg);
int wf_c_emit_noarg(wf_compiler_t *c, wf_loc_t loc, int op);
int wf_c_new_label(wf_compiler_t *c);
int wf_c_use_label(wf_compiler_t *c, int label);
int wf_c_emit_jump(wf_compiler_t *c, wf_loc_t loc, int op, int label);
// Constants: steals nothing; `value` is borrowed.
int wf_c_add_const(wf_compiler_t *c, wf_object_t *value);
int wf_c_load_const(wf_compiler_t *c, wf_loc_t loc, wf_object_t *value);
int wf_c_load_none(wf_compiler_t *c, wf_loc_t loc);
int wf_c_add_name(wf_compiler_t *c, const char *name);  // co_names index (mangling done)
int wf_c_emit_name(wf_compiler_t *c, wf_loc_t loc, int op, const char *name);  // mangles
int wf_c_local_ref(wf_compiler_t *c, const char *name, int kind);
int wf_c_emit_local(wf_compiler_t *c, wf_loc_t loc, int op, const char *name, int kind);
// Load/store/delete a variable by name with the right opcode for its scope.
int wf_c_nameop(wf_compiler_t *c, wf_loc_t loc, const char *name, wf_ast_ctx_t ctx);
const char *wf_c_mangle(wf_compiler_t *c, const char *name);
// SyntaxError "cannot assign to __debug__" / "cannot delete __debug__"; 0 if allowed.
int wf_c_forbidden_name(wf_compiler_t *c, wf_loc_t loc, const char *name, wf_ast_ctx_t ctx);
int wf_c_scope(wf_compiler_t *c, const char *mangled);
int wf_c_is_function_like(wf_compiler_t *c);
// Report a SyntaxError at a node's location (fills c->err). Returns -1.
int wf_c_error(wf_compiler_t *c, wf_loc_t loc, const char *fmt, ...) WF_PRINTF(3, 4);
// Emit a SyntaxWarning at loc. 0, or -1 if the warning was turned into an error.
int wf_c_warn(wf_compiler_t *c, wf_loc_t loc, const char *fmt, ...) WF_PRINTF(3, 4);
int wf_c_enter_depth(wf_compiler_t *c);
void wf_c_leave_depth(wf_compiler_t *c);

int wf_c_push_fblock(wf_compiler_t *c, wf_loc_t loc, wf_fblock_kind_t kind, int block, int exit,
                     const void *datum);
void wf_c_pop_fblock(wf_compiler_t *c);

// Units.
int wf_c_enter_scope(wf_compiler_t *c, const char *name, wf_unit_kind_t kind, const void *key,
                     int firstlineno);
void wf_c_exit_scope(wf_compiler_t *c);
// Assemble the current unit into a code object (new reference) and leave the scope.
wf_object_t *wf_c_finish_unit(wf_compiler_t *c, int add_return_none);
// Push the closure tuple (if any), the code constant and MAKE_FUNCTION +
// SET_FUNCTION_ATTRIBUTE for `flags` (the other attribute values are already pushed).
int wf_c_make_closure(wf_compiler_t *c, wf_loc_t loc, wf_object_t *code, int flags);

// Names of fast locals hidden while an inlined comprehension is compiled in module or
// class code. add: 1 newly hidden, 0 already hidden, -1 error.
int wf_c_fasthidden_add(wf_cunit_t *u, const char *name);
void wf_c_fasthidden_remove(wf_cunit_t *u, const char *name);
int wf_c_fasthidden_ever(wf_cunit_t *u, const char *name);
int wf_c_static_attr_add(wf_cunit_t *u, const char *name);
int wf_c_namemap_find(const wf_namemap_t *m, const char *name);
int wf_c_cmp_names(const void *a, const void *b);  // qsort on const char *
extern const int wf_c_binop_of_operator[WF_AST_OPERATOR_COUNT];
int wf_c_slice_parts(wf_compiler_t *c, wf_ast_expr_t *s);
wf_loc_t wf_c_attr_loc(wf_loc_t loc, wf_ast_expr_t *attr);

// Objects from AST literals (new references).
wf_object_t *wf_c_constant_object(wf_compiler_t *c, const wf_ast_constant_t *k);
wf_object_t *wf_c_str_object(wf_compiler_t *c, const char *utf8);  // interned identifier
// The docstring of a body (cleaned as CPython 3.13 does) or NULL (no exception) if none.
// -1 in *failed on error.
wf_object_t *wf_c_docstring(wf_compiler_t *c, wf_ast_stmt_seq_t body, int *failed);

// ---- compiler_stmt.c / compiler_expr.c / compiler_pattern.c ---------------------------
int wf_c_visit_stmt(wf_compiler_t *c, wf_ast_stmt_t *s);
int wf_c_visit_stmts(wf_compiler_t *c, wf_ast_stmt_seq_t seq);
int wf_c_visit_expr(wf_compiler_t *c, wf_ast_expr_t *e);
int wf_c_visit_body(wf_compiler_t *c, wf_loc_t loc, wf_ast_stmt_seq_t stmts);  // module/class
int wf_c_jump_if(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_t *e, int label, int cond);
int wf_c_call_helper(wf_compiler_t *c, wf_loc_t loc, int n, wf_ast_expr_seq_t args,
                     wf_ast_keyword_seq_t keywords);
int wf_c_store_target(wf_compiler_t *c, wf_ast_expr_t *target);  // value on the stack
int wf_c_visit_iterable(wf_compiler_t *c, wf_ast_expr_t *e);  // list -> tuple folding
// Constant folding as CPython's AST optimizer does it: 1 and *out (new reference) when `e`
// folds to a constant, 0 if not, -1 on error.
int wf_c_fold_const(wf_compiler_t *c, wf_ast_expr_t *e, wf_object_t **out);
int wf_c_is_constant_expr(wf_compiler_t *c, wf_ast_expr_t *e);
int wf_c_add_yield_from(wf_compiler_t *c, wf_loc_t loc, int await);
int wf_c_function_def(wf_compiler_t *c, wf_ast_stmt_t *s, int is_async);
int wf_c_class_def(wf_compiler_t *c, wf_ast_stmt_t *s);
int wf_c_typealias(wf_compiler_t *c, wf_ast_stmt_t *s);
int wf_c_lambda(wf_compiler_t *c, wf_ast_expr_t *e);
int wf_c_comprehension(wf_compiler_t *c, wf_ast_expr_t *e);
int wf_c_match(wf_compiler_t *c, wf_ast_stmt_t *s);
int wf_c_annotation_string(wf_compiler_t *c, wf_ast_expr_t *e);  // push unparsed text
// True for a Constant node of the given kind.
static inline int wf_c_is_const(const wf_ast_expr_t *e, wf_ast_const_kind_t k) {
    return e->kind == WF_AST_Constant && e->v.Constant.value.kind == k;
}

// ---- assemble.c ------------------------------------------------------------------------------
wf_object_t *wf_c_assemble(wf_compiler_t *c, wf_cunit_t *u, int code_flags);

// ---- compiler_unparse.c ------------------------------------------------------------------------
// Source text of an expression as ast.unparse gives it (for `from __future__ import
// annotations`). New str or NULL with an exception.
wf_object_t *wf_c_unparse(wf_compiler_t *c, wf_ast_expr_t *e);

#endif
