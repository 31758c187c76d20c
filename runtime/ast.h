// The abstract syntax tree: node structs generated from runtime/ast.def, the arena that owns
// them, typed constructors and a generic field walker.
//
// Conventions the rest of the pipeline relies on:
// - Node kinds, field names and field order mirror Python 3.13's `ast` module exactly; enum
//   constants are WF_AST_<NodeName> (WF_AST_BinOp, WF_AST_Load, WF_AST_Add, ...). Kinds are
//   numbered from 0 in table order within each category.
// - Every stmt, expr, pattern, excepthandler, type_param, arg, keyword and alias carries
//   lineno, col_offset, end_lineno, end_col_offset as CPython's ast does: lines 1-based,
//   columns 0-based UTF-8 byte offsets into the source line.
// - Sequences are {int len; T *items} embedded by value; an empty sequence is {0, NULL}.
//   Dict.keys holds NULL for a `**mapping` entry; arguments.kw_defaults holds NULL for a
//   keyword-only parameter without default (both exactly as ast uses None there).
// - Identifiers are NUL-terminated UTF-8 strings owned by the arena (not interned).
// - Literals stay source-level: see wf_ast_constant_t below. Docstrings are simply a first
//   statement Expr(Constant STR); f-strings are JoinedStr of Constant STR and FormattedValue
//   (conversion -1 or 's'/'r'/'a'; format_spec a JoinedStr or NULL) exactly like ast, with
//   `f"{x=}"` already expanded to Constant "x=" + FormattedValue(conversion 'r').
// - Nothing here depends on the object model: one arena free releases a whole tree.
#ifndef WF_AST_H
#define WF_AST_H

#include <stddef.h>
#include <stdio.h>

// ---------------------------------------------------------------------------------------
// Arena: bump allocator owning every node and string of one parse.

typedef struct wf_arena wf_arena_t;

// Returns a new empty arena, or NULL when out of memory.
wf_arena_t *wf_arena_new(void);
// Frees the arena and everything allocated from it. NULL is accepted.
void wf_arena_free(wf_arena_t *arena);
// Returns `size` zeroed bytes aligned for any node type, or NULL when out of memory (or past
// the limit set with wf_arena_set_limit). The memory lives until wf_arena_free.
void *wf_arena_alloc(wf_arena_t *arena, size_t size);
// Copies `len` bytes and appends a NUL. Returns NULL when out of memory.
char *wf_arena_strndup(wf_arena_t *arena, const char *s, size_t len);
// Testing aid: make allocations fail once `limit` bytes in total were handed out (0 = none).
void wf_arena_set_limit(wf_arena_t *arena, size_t limit);
// Bytes handed out so far.
size_t wf_arena_used(const wf_arena_t *arena);

// ---------------------------------------------------------------------------------------
// Simple enumerations.

typedef enum {
#define WF_AST_CTX(n) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_CTX_COUNT
} wf_ast_ctx_t;

typedef enum {
#define WF_AST_BOOLOP(n, t) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_BOOLOP_COUNT
} wf_ast_boolop_t;

typedef enum {
#define WF_AST_OPERATOR(n, t) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_OPERATOR_COUNT
} wf_ast_operator_t;

typedef enum {
#define WF_AST_UNARYOP(n, t) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_UNARYOP_COUNT
} wf_ast_unaryop_t;

typedef enum {
#define WF_AST_CMPOP(n, t) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_CMPOP_COUNT
} wf_ast_cmpop_t;

// Node kinds, one enum per sum type.
typedef enum {
#define WF_AST_MOD(n, f) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_MOD_COUNT
} wf_ast_mod_kind_t;

typedef enum {
#define WF_AST_STMT(n, f) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_STMT_COUNT
} wf_ast_stmt_kind_t;

typedef enum {
#define WF_AST_EXPR(n, f) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_EXPR_COUNT
} wf_ast_expr_kind_t;

typedef enum {
#define WF_AST_PATTERN(n, f) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_PATTERN_COUNT
} wf_ast_pattern_kind_t;

typedef enum {
#define WF_AST_HANDLER(n, f) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_HANDLER_COUNT
} wf_ast_excepthandler_kind_t;

typedef enum {
#define WF_AST_TYPE_PARAM(n, f) WF_AST_##n,
#include "runtime/ast.def"
    WF_AST_TYPE_PARAM_COUNT
} wf_ast_type_param_kind_t;

// ---------------------------------------------------------------------------------------
// Constants. Literals are not turned into objects here; the compiler does that.
//   NONE, TRUE, FALSE, ELLIPSIS: no data (len 0).
//   INT:   source text without '_' ("0x1f", "0O17", "1000"); base prefix kept as written.
//   FLOAT: source text without '_' ("1e10", "3.", ".5", "1_0.0" -> "10.0").
//   IMAG:  source text without '_' and without the trailing j/J ("3.5" for 3.5j, "10" for
//          10j); always a float value.
//   STR:   the decoded value as UTF-8 (may contain NUL; lone surrogates from "\ud800"
//          escapes are encoded as their 3-byte sequences, as "surrogatepass" would).
//   BYTES: the raw byte values.
// `data` is always NUL-terminated (the NUL is not counted in `len`).
typedef enum {
    WF_AST_CONST_NONE,
    WF_AST_CONST_TRUE,
    WF_AST_CONST_FALSE,
    WF_AST_CONST_ELLIPSIS,
    WF_AST_CONST_INT,
    WF_AST_CONST_FLOAT,
    WF_AST_CONST_IMAG,
    WF_AST_CONST_STR,
    WF_AST_CONST_BYTES,
} wf_ast_const_kind_t;

typedef struct {
    wf_ast_const_kind_t kind;
    size_t len;
    const char *data;
} wf_ast_constant_t;

// ---------------------------------------------------------------------------------------
// Node types.

typedef struct wf_ast_mod wf_ast_mod_t;
typedef struct wf_ast_stmt wf_ast_stmt_t;
typedef struct wf_ast_expr wf_ast_expr_t;
typedef struct wf_ast_pattern wf_ast_pattern_t;
typedef struct wf_ast_excepthandler wf_ast_excepthandler_t;
typedef struct wf_ast_type_param wf_ast_type_param_t;
#define WF_AST_PRODUCT(n, f) typedef struct wf_ast_##n wf_ast_##n##_t;
#define WF_AST_PRODUCT_LOC(n, f) typedef struct wf_ast_##n wf_ast_##n##_t;
#include "runtime/ast.def"

#define WF_AST_SEQ_TYPE(name, T)                                                              \
    typedef struct {                                                                          \
        int len;                                                                              \
        T *items;                                                                             \
    } name
WF_AST_SEQ_TYPE(wf_ast_stmt_seq_t, wf_ast_stmt_t *);
WF_AST_SEQ_TYPE(wf_ast_expr_seq_t, wf_ast_expr_t *);
WF_AST_SEQ_TYPE(wf_ast_pattern_seq_t, wf_ast_pattern_t *);
WF_AST_SEQ_TYPE(wf_ast_excepthandler_seq_t, wf_ast_excepthandler_t *);
WF_AST_SEQ_TYPE(wf_ast_type_param_seq_t, wf_ast_type_param_t *);
WF_AST_SEQ_TYPE(wf_ast_comprehension_seq_t, wf_ast_comprehension_t *);
WF_AST_SEQ_TYPE(wf_ast_arg_seq_t, wf_ast_arg_t *);
WF_AST_SEQ_TYPE(wf_ast_keyword_seq_t, wf_ast_keyword_t *);
WF_AST_SEQ_TYPE(wf_ast_alias_seq_t, wf_ast_alias_t *);
WF_AST_SEQ_TYPE(wf_ast_withitem_seq_t, wf_ast_withitem_t *);
WF_AST_SEQ_TYPE(wf_ast_match_case_seq_t, wf_ast_match_case_t *);
WF_AST_SEQ_TYPE(wf_ast_type_ignore_seq_t, wf_ast_type_ignore_t *);
WF_AST_SEQ_TYPE(wf_ast_ident_seq_t, const char *);
WF_AST_SEQ_TYPE(wf_ast_cmpop_seq_t, wf_ast_cmpop_t);
// A sequence viewed generically (every seq type above has this layout).
WF_AST_SEQ_TYPE(wf_ast_seq_t, void *);

// Field type tags used in ast.def, with their C types. The enum below and these macros are
// the same list; WF_AST_FTYPE_COUNT's static assert in ast.c keeps them honest.
#define WF_AST_CT_EXPR wf_ast_expr_t *
#define WF_AST_CT_EXPR_OPT wf_ast_expr_t *
#define WF_AST_CT_EXPRS wf_ast_expr_seq_t
#define WF_AST_CT_STMTS wf_ast_stmt_seq_t
#define WF_AST_CT_IDENT const char *
#define WF_AST_CT_IDENT_OPT const char *
#define WF_AST_CT_IDENTS wf_ast_ident_seq_t
#define WF_AST_CT_STR_OPT const char *
#define WF_AST_CT_INT int
#define WF_AST_CT_CTX wf_ast_ctx_t
#define WF_AST_CT_BOOLOP wf_ast_boolop_t
#define WF_AST_CT_OPERATOR wf_ast_operator_t
#define WF_AST_CT_UNARYOP wf_ast_unaryop_t
#define WF_AST_CT_CMPOPS wf_ast_cmpop_seq_t
#define WF_AST_CT_CONST wf_ast_constant_t
#define WF_AST_CT_ARGUMENTS wf_ast_arguments_t *
#define WF_AST_CT_ARG_OPT wf_ast_arg_t *
#define WF_AST_CT_ARGS wf_ast_arg_seq_t
#define WF_AST_CT_KEYWORDS wf_ast_keyword_seq_t
#define WF_AST_CT_ALIASES wf_ast_alias_seq_t
#define WF_AST_CT_WITHITEMS wf_ast_withitem_seq_t
#define WF_AST_CT_HANDLERS wf_ast_excepthandler_seq_t
#define WF_AST_CT_COMPS wf_ast_comprehension_seq_t
#define WF_AST_CT_CASES wf_ast_match_case_seq_t
#define WF_AST_CT_PATTERN wf_ast_pattern_t *
#define WF_AST_CT_PATTERN_OPT wf_ast_pattern_t *
#define WF_AST_CT_PATTERNS wf_ast_pattern_seq_t
#define WF_AST_CT_TYPE_PARAMS wf_ast_type_param_seq_t
#define WF_AST_CT_TYPE_IGNORES wf_ast_type_ignore_seq_t

typedef enum {
    WF_AST_FT_EXPR, WF_AST_FT_EXPR_OPT, WF_AST_FT_EXPRS, WF_AST_FT_STMTS, WF_AST_FT_IDENT,
    WF_AST_FT_IDENT_OPT, WF_AST_FT_IDENTS, WF_AST_FT_STR_OPT, WF_AST_FT_INT, WF_AST_FT_CTX,
    WF_AST_FT_BOOLOP, WF_AST_FT_OPERATOR, WF_AST_FT_UNARYOP, WF_AST_FT_CMPOPS, WF_AST_FT_CONST,
    WF_AST_FT_ARGUMENTS, WF_AST_FT_ARG_OPT, WF_AST_FT_ARGS, WF_AST_FT_KEYWORDS,
    WF_AST_FT_ALIASES, WF_AST_FT_WITHITEMS, WF_AST_FT_HANDLERS, WF_AST_FT_COMPS,
    WF_AST_FT_CASES, WF_AST_FT_PATTERN, WF_AST_FT_PATTERN_OPT, WF_AST_FT_PATTERNS,
    WF_AST_FT_TYPE_PARAMS, WF_AST_FT_TYPE_IGNORES,
    WF_AST_FTYPE_COUNT
} wf_ast_ftype_t;

#define WF_AST_F(T, n) WF_AST_CT_##T n;
#define WF_AST_LOC_FIELDS int lineno, col_offset, end_lineno, end_col_offset

struct wf_ast_mod {
    wf_ast_mod_kind_t kind;
    union {
#define WF_AST_MOD(n, f) struct { f } n;
#include "runtime/ast.def"
    } v;
};

struct wf_ast_stmt {
    wf_ast_stmt_kind_t kind;
    WF_AST_LOC_FIELDS;
    union {
#define WF_AST_STMT(n, f) struct { f } n;
#define WF_AST_STMT_LEAF(n)
#include "runtime/ast.def"
    } v;
};

struct wf_ast_expr {
    wf_ast_expr_kind_t kind;
    WF_AST_LOC_FIELDS;
    union {
#define WF_AST_EXPR(n, f) struct { f } n;
#include "runtime/ast.def"
    } v;
};

struct wf_ast_pattern {
    wf_ast_pattern_kind_t kind;
    WF_AST_LOC_FIELDS;
    union {
#define WF_AST_PATTERN(n, f) struct { f } n;
#include "runtime/ast.def"
    } v;
};

struct wf_ast_excepthandler {
    wf_ast_excepthandler_kind_t kind;
    WF_AST_LOC_FIELDS;
    union {
#define WF_AST_HANDLER(n, f) struct { f } n;
#include "runtime/ast.def"
    } v;
};

struct wf_ast_type_param {
    wf_ast_type_param_kind_t kind;
    WF_AST_LOC_FIELDS;
    union {
#define WF_AST_TYPE_PARAM(n, f) struct { f } n;
#include "runtime/ast.def"
    } v;
};

#define WF_AST_PRODUCT(n, f) struct wf_ast_##n { f };
#define WF_AST_PRODUCT_LOC(n, f) struct wf_ast_##n { f WF_AST_LOC_FIELDS; };
#include "runtime/ast.def"
#undef WF_AST_F

// ---------------------------------------------------------------------------------------
// Constructors, one per node kind: wf_ast_<Name>(arena, fields in ast order..., positions).
// Sum-type nodes and positioned products take (lineno, col_offset, end_lineno,
// end_col_offset) last; mod and plain products take none. Sequences are passed by value
// (the items array must live in the same arena). Return NULL when out of memory.

#define WF_AST_F(T, n) , WF_AST_CT_##T n
#define WF_AST_POS_PARAMS , int lineno, int col_offset, int end_lineno, int end_col_offset
#define WF_AST_MOD(n, f) wf_ast_mod_t *wf_ast_##n(wf_arena_t *arena f);
#define WF_AST_STMT(n, f) wf_ast_stmt_t *wf_ast_##n(wf_arena_t *arena f WF_AST_POS_PARAMS);
#define WF_AST_EXPR(n, f) wf_ast_expr_t *wf_ast_##n(wf_arena_t *arena f WF_AST_POS_PARAMS);
#define WF_AST_PATTERN(n, f)                                                                  \
    wf_ast_pattern_t *wf_ast_##n(wf_arena_t *arena f WF_AST_POS_PARAMS);
#define WF_AST_HANDLER(n, f)                                                                  \
    wf_ast_excepthandler_t *wf_ast_##n(wf_arena_t *arena f WF_AST_POS_PARAMS);
#define WF_AST_TYPE_PARAM(n, f)                                                               \
    wf_ast_type_param_t *wf_ast_##n(wf_arena_t *arena f WF_AST_POS_PARAMS);
#define WF_AST_PRODUCT(n, f) wf_ast_##n##_t *wf_ast_##n(wf_arena_t *arena f);
#define WF_AST_PRODUCT_LOC(n, f) wf_ast_##n##_t *wf_ast_##n(wf_arena_t *arena f WF_AST_POS_PARAMS);
#include "runtime/ast.def"
#undef WF_AST_F

// Allocates a zeroed sequence items array of `len` pointers (or cmpops) in the arena;
// returns 0, or -1 when out of memory. `seq` is any wf_ast_*_seq_t cast to wf_ast_seq_t*.
int wf_ast_seq_init(wf_arena_t *arena, wf_ast_seq_t *seq, int len, size_t item_size);

// ---------------------------------------------------------------------------------------
// Reflection: per-kind field descriptors, generated from ast.def. Used by the dumper and
// usable by any generic walker.

typedef enum {
    WF_AST_CAT_MOD,
    WF_AST_CAT_STMT,
    WF_AST_CAT_EXPR,
    WF_AST_CAT_PATTERN,
    WF_AST_CAT_HANDLER,
    WF_AST_CAT_TYPE_PARAM,
    WF_AST_CAT_PRODUCT, // `kind` indexes wf_ast_product_kind_t below
} wf_ast_category_t;

typedef enum {
#define WF_AST_PRODUCT(n, f) WF_AST_P_##n,
#define WF_AST_PRODUCT_LOC(n, f) WF_AST_P_##n,
#include "runtime/ast.def"
    WF_AST_PRODUCT_COUNT
} wf_ast_product_kind_t;

typedef struct {
    const char *name;     // ast field name
    wf_ast_ftype_t type;  // tag from ast.def
    size_t offset;        // byte offset inside the node struct
} wf_ast_field_t;

typedef struct {
    const char *name;     // ast class name ("BinOp", "arguments")
    int has_loc;          // carries lineno/col_offset/end_lineno/end_col_offset
    int nfields;
    const wf_ast_field_t *fields;
} wf_ast_kind_info_t;

// Returns the descriptor of a node kind, or NULL for an out-of-range kind.
const wf_ast_kind_info_t *wf_ast_kind_info(wf_ast_category_t cat, int kind);
// Names of the simple enumerations ("Load", "Add", "NotIn", ...) and operator spellings.
const char *wf_ast_ctx_name(wf_ast_ctx_t c);
const char *wf_ast_boolop_name(wf_ast_boolop_t op);
const char *wf_ast_operator_name(wf_ast_operator_t op);
const char *wf_ast_operator_text(wf_ast_operator_t op);
const char *wf_ast_unaryop_name(wf_ast_unaryop_t op);
const char *wf_ast_cmpop_name(wf_ast_cmpop_t op);
const char *wf_ast_cmpop_text(wf_ast_cmpop_t op);
// The name ast uses for an expression kind in messages ("function call", "literal", ...)
// is the parser's business; see parser.h.

// Writes `mod` to `out` in the format of Python 3.13's
// ast.dump(tree, include_attributes=include_attributes): empty lists and None fields are
// left out; constants use Python's repr (ints/floats are printed from their source text,
// normalised: see wf_ast_dump's notes in ast.c). Returns 0, -1 on a write error, or -2 when
// the tree nests deeper than the ast module can represent (it raises RecursionError there);
// the output is then incomplete.
int wf_ast_dump(FILE *out, const wf_ast_mod_t *mod, int include_attributes);

#endif
