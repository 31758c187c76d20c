// Internal interface shared by parser.c, parser_expr.c, parser_stmt.c, parser_match.c and
// parser_string.c. Not for use outside the parser.
//
// The parser is a hand-written PEG parser for the Python 3.13 grammar. Every grammar rule is
// a function returning its node (or a non-NULL marker) on success and NULL on failure; on
// failure the function leaves p->mark where it found it. A raised error sets p->error, after
// which every rule returns NULL at once. Parsing runs in two passes as CPython's does: the
// first without the "invalid_*" rules; if it fails, a second pass with them enabled
// (p->call_invalid_rules) looks for a specific error message, and otherwise a generic
// "invalid syntax" is reported at the furthest token the first pass looked at.
#ifndef WF_PARSER_IMPL_H
#define WF_PARSER_IMPL_H

#include <stddef.h>

#include "runtime/ast.h"
#include "runtime/parser.h"
#include "runtime/tokenizer.h"

#define MAXSTACK 6000 // rule nesting before "Parser stack overflowed", as CPython

// Memoised rules.
enum {
    MEMO_simple_stmt = 1,
    MEMO_block,
    MEMO_expression,
    MEMO_star_expression,
    MEMO_disjunction,
    MEMO_conjunction,
    MEMO_inversion,
    MEMO_factor,
    MEMO_await_primary,
    MEMO_strings,
    MEMO_arguments,
    MEMO_star_target,
    MEMO_target_with_star_atom,
    MEMO_del_target,
    MEMO_closed_pattern,
    MEMO_star_pattern,
    MEMO_type_param,
    MEMO_invalid_named_expression,
    MEMO_import_stmt,
    MEMO_bitwise_or,
    MEMO_primary,
    MEMO_t_primary,
    MEMO_dotted_name,
    MEMO_t_primary_fail, // t_primary failed at this token (cheap negative cache)
};

typedef struct memo {
    int type;
    int end_mark;
    void *node;
    struct memo *next;
} memo_t;

typedef struct {
    wf_arena_t *arena;
    wf_tokenizer_t tz;
    wf_token_t *toks;
    int ntoks;      // usable tokens (ENDMARKER padding included)
    int tok_failed; // the tokenizer stopped at an error after toks[ntoks - 1]
    int mark;       // current position
    int fill;       // tokens "fetched" so far (CPython's p->fill): furthest lookahead + 1
    int level;      // rule nesting depth
    int error;      // an error was raised; unwind
    int call_invalid_rules;
    int mode;  // WF_PARSE_FILE / EVAL / SINGLE
    int flags; // WF_PARSE_FLAG_*
    int tokerr_raised; // the tokenizer error was reported (the parser reached it)
    int tokerr_line;   // line the tokenizer stopped on, for the error text
    int next_warning;  // first tokenizer warning not yet reported
    wf_token_t *known_err_token;
    // Memo entries live in blocks of their own, freed when parsing ends (they are not part
    // of the tree).
    struct memo_block *memo_blocks;
    int memo_used;
    wf_parse_error_t *err;
    const char *filename;
} parser_t;

// A growable array of node pointers allocated in the arena.
typedef struct {
    void **items;
    int len, cap;
} vec_t;

// ---------------------------------------------------------------------------------------
// Rule plumbing.

void wf_parser_stack_overflow(parser_t *p);

#define ENTER()                                                                               \
    do {                                                                                      \
        if (p->level++ >= MAXSTACK) {                                                         \
            wf_parser_stack_overflow(p);                                                      \
        }                                                                                     \
        if (p->error) {                                                                       \
            p->level--;                                                                       \
            return NULL;                                                                      \
        }                                                                                     \
    } while (0)

#define RETURN(x)                                                                             \
    do {                                                                                      \
        p->level--;                                                                           \
        return (x);                                                                           \
    } while (0)

// Start position of the node being parsed (the current token).
#define START_POS()                                                                           \
    if (p->mark == p->fill && wf_parser_fill_token(p) < 0) {                                  \
        RETURN(NULL);                                                                         \
    }                                                                                         \
    int start_lineno_ = p->toks[p->mark].lineno;                                              \
    int start_col_ = p->toks[p->mark].col_offset;                                             \
    (void)start_lineno_;                                                                      \
    (void)start_col_

// lineno, col_offset, end_lineno, end_col_offset of a node spanning from START_POS() to the
// last token consumed.
#define EXTRA start_lineno_, start_col_, wf_parser_end_lineno(p), wf_parser_end_col(p)

// A non-NULL result for rules that succeed without producing a node.
extern char wf_parser_success;
#define SUCCESS_PTR ((void *)&wf_parser_success)

// True when the parser should stop (error raised).
#define FAILED() (p->error)

int wf_parser_fill_token(parser_t *p);
int wf_parser_end_lineno(parser_t *p);
int wf_parser_end_col(parser_t *p);

// Tokens.
wf_token_t *wf_parser_peek(parser_t *p);           // current token (fetching it), or NULL
wf_token_t *wf_parser_expect(parser_t *p, int type); // consume a token of `type`
wf_token_t *wf_parser_expect_forced(parser_t *p, int type, const char *what);
wf_token_t *wf_parser_expect_soft(parser_t *p, const char *kw); // NAME spelled kw
int wf_parser_check(parser_t *p, int type);       // lookahead: current token is `type`
int wf_parser_check_soft(parser_t *p, const char *kw);
int wf_parser_is_soft_keyword(parser_t *p, wf_token_t *t);

#define EXPECT(t) wf_parser_expect(p, WF_TOK_##t)
#define CHECK(t) wf_parser_check(p, WF_TOK_##t)

// Memo.
int wf_parser_memo_get(parser_t *p, int type, void **res);
void wf_parser_memo_put(parser_t *p, int start_mark, int type, void *node);
void wf_parser_memo_clear(parser_t *p);

// Arena helpers; failures raise out-of-memory.
void *wf_parser_alloc(parser_t *p, size_t size);
int wf_parser_vec_push(parser_t *p, vec_t *v, void *x);
const char *wf_parser_token_str(parser_t *p, wf_token_t *t);
wf_ast_expr_t *wf_parser_name(parser_t *p); // NAME rule: Name(id, Load)
wf_ast_expr_t *wf_parser_name_from_token(parser_t *p, wf_token_t *t);
void *wf_parser_nomem(parser_t *p);

#define VEC_PUSH(v, x) wf_parser_vec_push(p, &(v), (x))
#define SEQ(type, elt, v) ((type){(v).len, (elt **)(v).items})
#define SEQ1(type, elt, x) wf_parser_seq1_##type(p, (x))

wf_ast_expr_seq_t wf_parser_expr_seq1(parser_t *p, wf_ast_expr_t *e);

// ---------------------------------------------------------------------------------------
// Errors. Offsets passed to raise_at are CPython's 1-based byte offsets; values <= 0 are
// reported as they are; CURRENT_POS means "where the tokenizer is".

#define CURRENT_POS (-5)

void *wf_parser_raise_at(parser_t *p, int kind, int lineno, int col, int end_lineno, int end_col,
                         const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
void *wf_parser_raise(parser_t *p, int kind, int use_mark, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

#define RAISE_SYNTAX_ERROR(...) wf_parser_raise(p, WF_SYNTAX_ERROR, 0, __VA_ARGS__)
#define RAISE_INDENTATION_ERROR(...) wf_parser_raise(p, WF_INDENTATION_ERROR, 0, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(...) wf_parser_raise(p, WF_SYNTAX_ERROR, 1, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, ...)                                             \
    wf_parser_raise_at(p, WF_SYNTAX_ERROR, (a)->lineno, (a)->col_offset + 1, (a)->end_lineno, \
                       (a)->end_col_offset + 1, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, ...)                                             \
    wf_parser_raise_at(p, WF_SYNTAX_ERROR, (a)->lineno, (a)->col_offset + 1, (b)->end_lineno, \
                       (b)->end_col_offset + 1, __VA_ARGS__)
#define RAISE_SYNTAX_ERROR_STARTING_FROM(a, ...)                                              \
    wf_parser_raise_at(p, WF_SYNTAX_ERROR, (a)->lineno, (a)->col_offset + 1, CURRENT_POS,     \
                       CURRENT_POS, __VA_ARGS__)

enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };
void *wf_parser_raise_invalid_target(parser_t *p, int type, wf_ast_expr_t *e);
const char *wf_parser_expr_name(wf_ast_expr_t *e);
wf_ast_expr_t *wf_parser_invalid_target(wf_ast_expr_t *e, int type);

// ---------------------------------------------------------------------------------------
// Actions shared between files.

wf_ast_expr_t *wf_parser_set_ctx(parser_t *p, wf_ast_expr_t *e, wf_ast_ctx_t ctx);
wf_ast_arguments_t *wf_parser_empty_arguments(parser_t *p);
int wf_parser_check_legacy_stmt(parser_t *p, wf_ast_expr_t *name);

// ---------------------------------------------------------------------------------------
// Rules used across files.

// parser_stmt.c
wf_ast_mod_t *wf_parser_file_rule(parser_t *p);
wf_ast_mod_t *wf_parser_eval_rule(parser_t *p);
wf_ast_mod_t *wf_parser_interactive_rule(parser_t *p);
wf_ast_stmt_seq_t *wf_parser_block(parser_t *p);
wf_ast_stmt_t *wf_parser_simple_stmt(parser_t *p);

// parser_expr.c, parser_args.c, parser_params.c
wf_ast_expr_t *wf_parser_expression(parser_t *p);
wf_ast_expr_t *wf_parser_expressions(parser_t *p);
wf_ast_expr_t *wf_parser_star_expressions(parser_t *p);
wf_ast_expr_t *wf_parser_star_expression(parser_t *p);
wf_ast_expr_t *wf_parser_named_expression(parser_t *p);
wf_ast_expr_t *wf_parser_star_named_expression(parser_t *p);
int wf_parser_star_named_expressions(parser_t *p, vec_t *out);
wf_ast_expr_t *wf_parser_disjunction(parser_t *p);
wf_ast_expr_t *wf_parser_bitwise_or(parser_t *p);
wf_ast_expr_t *wf_parser_yield_expr(parser_t *p);
wf_ast_expr_t *wf_parser_annotated_rhs(parser_t *p);
wf_ast_expr_t *wf_parser_star_targets(parser_t *p);
wf_ast_expr_t *wf_parser_star_target(parser_t *p);
wf_ast_expr_t *wf_parser_single_target(parser_t *p);
wf_ast_expr_t *wf_parser_single_subscript_attribute_target(parser_t *p);
wf_ast_expr_t *wf_parser_t_primary(parser_t *p);
int wf_parser_del_targets(parser_t *p, vec_t *out);
wf_ast_expr_t *wf_parser_arguments(parser_t *p); // a Call node carrying args/keywords
wf_ast_expr_t *wf_parser_strings(parser_t *p);
wf_ast_expr_t *wf_parser_atom(parser_t *p);
wf_ast_expr_t *wf_parser_list(parser_t *p);
wf_ast_expr_t *wf_parser_tuple(parser_t *p);
wf_ast_expr_t *wf_parser_genexp(parser_t *p);
wf_ast_expr_t *wf_parser_lambdef(parser_t *p);
wf_ast_expr_t *wf_parser_expression_without_invalid(parser_t *p);
wf_ast_arguments_t *wf_parser_params(parser_t *p);
wf_ast_arguments_t *wf_parser_lambda_params(parser_t *p);
wf_ast_type_param_seq_t *wf_parser_type_params(parser_t *p);
int wf_parser_for_if_clauses(parser_t *p, vec_t *out);
wf_ast_expr_t *wf_parser_signed_number(parser_t *p);
wf_ast_expr_t *wf_parser_starred_expression(parser_t *p);
wf_ast_expr_t *wf_parser_slices(parser_t *p);
wf_ast_expr_t *wf_parser_assignment_expression(parser_t *p);
int wf_parser_t_lookahead(parser_t *p);
wf_ast_expr_t *wf_parser_last_comprehension_item(wf_ast_comprehension_t *c);
wf_ast_expr_t *wf_parser_number(parser_t *p);

// parser_match.c
wf_ast_stmt_t *wf_parser_match_stmt(parser_t *p);

// parser_string.c
wf_ast_expr_t *wf_parser_string_constant(parser_t *p, wf_token_t *t);
wf_ast_expr_t *wf_parser_concatenate_strings(parser_t *p, vec_t *parts, int lineno, int col,
                                             int end_lineno, int end_col);
wf_ast_expr_t *wf_parser_fstring(parser_t *p);
wf_ast_expr_t *wf_parser_number_constant(parser_t *p, wf_token_t *t);
int wf_parser_identifier(parser_t *p, const char *s, size_t n, const char **out);

#endif
