// Symbol table: decides for every name in every scope whether it is local, global
// (declared or implicit), free (from an enclosing function) or a cell (local captured by
// an inner function), following Python 3.13's rules:
// - class bodies do not form an enclosing scope for the functions inside them, except for
//   the implicit __class__ cell that zero-argument super() and __class__ use;
// - list/set/dict comprehensions are analysed as functions and then inlined into the
//   enclosing scope (their iteration variables stay isolated, the compiler saves and
//   restores them); generator expressions keep their own scope;
// - walrus targets inside comprehensions bind in the nearest enclosing non-comprehension
//   scope.
// Errors (global/nonlocal misuse, duplicate arguments, ...) are reported as a filled
// wf_parse_error_t with CPython's messages and positions.
//
// Everything is allocated in the AST's arena; nothing here uses Python objects, so the
// whole table dies with the arena.
#ifndef WF_RUNTIME_SYMTABLE_H
#define WF_RUNTIME_SYMTABLE_H

#include "runtime/ast.h"
#include "runtime/parser.h"

// Symbol flags (bits of a name's entry in a scope).
enum {
    WF_DEF_GLOBAL = 1 << 0,       // `global` statement
    WF_DEF_LOCAL = 1 << 1,        // assignment in this block
    WF_DEF_PARAM = 1 << 2,        // formal parameter
    WF_DEF_NONLOCAL = 1 << 3,     // `nonlocal` statement
    WF_DEF_USE = 1 << 4,          // name is read
    WF_DEF_FREE = 1 << 5,         // (unused; kept for CPython's numbering)
    WF_DEF_FREE_CLASS = 1 << 6,   // free variable of a method, also bound in the class
    WF_DEF_IMPORT = 1 << 7,       // bound by import
    WF_DEF_ANNOT = 1 << 8,        // annotated
    WF_DEF_COMP_ITER = 1 << 9,    // comprehension iteration variable
    WF_DEF_TYPE_PARAM = 1 << 10,
    WF_DEF_COMP_CELL = 1 << 11,   // cell of an inlined comprehension
};
#define WF_DEF_BOUND (WF_DEF_LOCAL | WF_DEF_PARAM | WF_DEF_IMPORT)

// Resolved scopes.
typedef enum {
    WF_SCOPE_NONE = 0,     // not a symbol of this block
    WF_SCOPE_LOCAL = 1,
    WF_SCOPE_GLOBAL_EXPLICIT = 2,
    WF_SCOPE_GLOBAL_IMPLICIT = 3,
    WF_SCOPE_FREE = 4,
    WF_SCOPE_CELL = 5,
} wf_scope_t;

typedef enum {
    WF_BLOCK_MODULE,
    WF_BLOCK_FUNCTION,      // def, lambda, comprehension, generator expression
    WF_BLOCK_CLASS,
    WF_BLOCK_TYPE_PARAMS,   // PEP 695 `[T, ...]` of a generic def/class/type alias
    WF_BLOCK_TYPE_VARIABLE, // lazily evaluated TypeVar bound / constraints / default
    WF_BLOCK_TYPE_ALIAS,    // the lazily evaluated value of `type X = ...`
} wf_block_t;

// Blocks compiled as functions (fast locals, arguments).
static inline int wf_block_is_function_like(wf_block_t t) {
    return t != WF_BLOCK_MODULE && t != WF_BLOCK_CLASS;
}

typedef enum {
    WF_COMP_NONE,
    WF_COMP_LIST,
    WF_COMP_SET,
    WF_COMP_DICT,
    WF_COMP_GENEXP,
} wf_comp_kind_t;

// An ordered map from name (NUL-terminated UTF-8) to flags and scope.
typedef struct {
    const char *name;
    int flags;
    int scope;
} wf_sym_t;

typedef struct {
    wf_sym_t *items;   // insertion order
    int len, cap;
    int *index;        // open-addressing table of item indices + 1 (0 = empty)
    int index_cap;     // power of two
} wf_symmap_t;

typedef struct wf_ste wf_ste_t;
struct wf_ste {
    wf_block_t type;
    const char *name;        // "top", function/class name, "<lambda>", "<listcomp>", ...
    const void *key;         // the AST node that opened the block (NULL for the module)
    wf_symmap_t symbols;
    const char **varnames;   // parameters in order
    int nvarnames, capvarnames;
    wf_ste_t **children;     // nested blocks in source order (inlined comprehensions'
    int nchildren, capchildren;  // children spliced in after analysis)
    wf_ste_t *parent;
    wf_comp_kind_t comprehension;
    int lineno, col_offset, end_lineno, end_col_offset;
    unsigned nested : 1;         // inside a function
    unsigned generator : 1;      // contains yield (or is a generator expression)
    unsigned coroutine : 1;      // async def, or async comprehension
    unsigned varargs : 1;
    unsigned varkeywords : 1;
    unsigned returns_value : 1;
    unsigned free : 1;           // has free variables
    unsigned child_free : 1;     // a child has free variables
    unsigned needs_class_closure : 1;  // class body: creates the __class__ cell
    unsigned needs_classdict : 1;      // class body: creates the __classdict__ cell
    unsigned can_see_class_scope : 1;  // annotation scope inside a class body
    unsigned comp_inlined : 1;   // comprehension inlined into its parent
    unsigned comp_iter_target : 1;
    unsigned method : 1;         // function defined directly in a class body
    unsigned annotation : 1;     // a postponed annotation (visited only for checks)
    const char *scope_info;      // TYPE_VARIABLE blocks: "a TypeVar bound", ...
    int comp_iter_expr;          // > 0 while visiting a comprehension's iterable
};

typedef struct {
    wf_arena_t *arena;
    const char *src;         // for error positions (may be NULL)
    size_t srclen;
    wf_ste_t *top;
    wf_ste_t *cur;
    const char *private_name;  // enclosing class name for name mangling, or NULL
    struct wf_st_directive *directives;  // global/nonlocal statement locations (for errors)
    // Node -> entry map for lookups by the compiler.
    wf_ste_t **blocks;
    int nblocks, capblocks;
    int depth;               // recursion guard
    int future_annotations;  // `from __future__ import annotations` seen
    wf_parse_error_t *err;
    int failed;
} wf_symtable_t;

// Builds the table for `mod`. Returns 0, or -1 with *err filled (err->out_of_memory for
// allocation failures, err->too_deep for nesting past the limit). `st` is filled in place
// and lives in `arena`.
int wf_symtable_build(wf_symtable_t *st, wf_ast_mod_t *mod, wf_arena_t *arena, const char *src,
                      size_t srclen, int future_annotations, wf_parse_error_t *err);

// The block opened by an AST node (FunctionDef, AsyncFunctionDef, ClassDef, Lambda,
// comprehension/genexp expression, TypeAlias), or by a type-parameter list (key: the
// type_params items array), a TypeVar bound (key: the type_param node) or default (key:
// the type_param node + 1 byte); NULL if none.
wf_ste_t *wf_symtable_lookup(wf_symtable_t *st, const void *key);

// A symbol of a block, or NULL.
const wf_sym_t *wf_ste_get(const wf_ste_t *ste, const char *name);
// The resolved scope of `name` in `ste` (WF_SCOPE_NONE when unknown).
int wf_ste_scope(const wf_ste_t *ste, const char *name);

// Private-name mangling as in class bodies: "__x" inside class "_C" becomes "_C__x".
// Returns `name` itself when no mangling applies, else an arena string (NULL: no memory).
const char *wf_symtable_mangle(wf_arena_t *arena, const char *private_name, const char *name);

// Recursion limit shared by the symbol table and the compiler.
#define WF_COMPILE_MAX_DEPTH 9900

#endif
