// Expression rules of the Python 3.13 grammar: operators, primaries, atoms, displays and
// comprehensions, call arguments, lambda, assignment/deletion targets.
//
// Each function implements one grammar rule with PEG semantics (ordered choice, restore the
// position on failure). Left-recursive rules (bitwise operators, arithmetic, primary,
// t_primary) are written as loops, which accept the same language. Rules marked "memo" in
// the grammar cache their result per start token, which keeps backtracking linear.
#include <string.h>

#include "runtime/parser_impl.h"

#define MARK() int mark_ = p->mark
#define RESET() (p->mark = mark_)
#define INV (p->call_invalid_rules)

static wf_ast_expr_t *conjunction(parser_t *p);
static wf_ast_expr_t *inversion(parser_t *p);
static wf_ast_expr_t *comparison(parser_t *p);
static wf_ast_expr_t *bitwise_xor(parser_t *p);
static wf_ast_expr_t *bitwise_and(parser_t *p);
static wf_ast_expr_t *shift_expr(parser_t *p);
static wf_ast_expr_t *sum(parser_t *p);
static wf_ast_expr_t *term(parser_t *p);
static wf_ast_expr_t *factor(parser_t *p);
static wf_ast_expr_t *power(parser_t *p);
static wf_ast_expr_t *await_primary(parser_t *p);
static wf_ast_expr_t *primary(parser_t *p);
static wf_ast_expr_t *if_expression_tail(parser_t *p, wf_ast_expr_t *body, int sl, int sc);
static wf_ast_expr_t *invalid_expression(parser_t *p);
static wf_ast_expr_t *invalid_legacy_expression(parser_t *p);
static wf_ast_expr_t *invalid_named_expression(parser_t *p);
static wf_ast_expr_t *group(parser_t *p);
static wf_ast_expr_t *set(parser_t *p);
static wf_ast_expr_t *dict(parser_t *p);
static wf_ast_expr_t *listcomp(parser_t *p);
static wf_ast_expr_t *setcomp(parser_t *p);
static wf_ast_expr_t *dictcomp(parser_t *p);
static wf_ast_expr_t *kvpair(parser_t *p, wf_ast_expr_t **value);
#define lambda_params wf_parser_lambda_params

static wf_ast_expr_t *nomem_check(parser_t *p, wf_ast_expr_t *e)
{
    return e ? e : wf_parser_nomem(p);
}
#define NODE(e) nomem_check(p, (e))

// ---------------------------------------------------------------------------------------
// expressions / expression

// expressions: expression (',' expression)+ [','] | expression ',' | expression
wf_ast_expr_t *wf_parser_expressions(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *a = wf_parser_expression(p);
    if (!a) {
        RETURN(NULL);
    }
    if (!CHECK(COMMA)) {
        RETURN(a);
    }
    vec_t v = {0};
    if (VEC_PUSH(v, a) < 0) {
        RETURN(NULL);
    }
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(COMMA)) {
            break;
        }
        wf_ast_expr_t *b = wf_parser_expression(p);
        if (!b) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(v, b) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    EXPECT(COMMA);
    (void)mark_;
    RETURN(NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Load,
                             EXTRA)));
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
wf_ast_expr_t *wf_parser_expression(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_expression, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    if (INV) {
        if (invalid_expression(p) || FAILED()) {
            RETURN(NULL);
        }
        RESET();
        if (invalid_legacy_expression(p) || FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    wf_ast_expr_t *a = wf_parser_disjunction(p);
    if (a) {
        res = if_expression_tail(p, a, start_lineno_, start_col_);
        if (!res && !FAILED()) {
            res = a;
        }
    } else if (!FAILED()) {
        RESET();
        res = wf_parser_lambdef(p);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_expression, res);
    RETURN(res);
}

// The "'if' disjunction 'else' expression" part of a conditional expression whose body
// `body` was just parsed. Returns NULL (position restored) when it does not follow.
static wf_ast_expr_t *if_expression_tail(parser_t *p, wf_ast_expr_t *body, int sl, int sc)
{
    MARK();
    if (!EXPECT(KW_IF)) {
        return NULL;
    }
    wf_ast_expr_t *test = wf_parser_disjunction(p);
    if (!test || !EXPECT(KW_ELSE)) {
        RESET();
        return NULL;
    }
    wf_ast_expr_t *orelse = wf_parser_expression(p);
    if (!orelse) {
        RESET();
        return NULL;
    }
    return NODE(wf_ast_IfExp(p->arena, test, body, orelse, sl, sc, wf_parser_end_lineno(p),
                             wf_parser_end_col(p)));
}

// expression_without_invalid: the same without invalid rules below it.
wf_ast_expr_t *wf_parser_expression_without_invalid(parser_t *p)
{
    int saved = p->call_invalid_rules;
    p->call_invalid_rules = 0;
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    wf_ast_expr_t *a = wf_parser_disjunction(p);
    if (a) {
        res = if_expression_tail(p, a, start_lineno_, start_col_);
        if (!res && !FAILED()) {
            res = a;
        }
    } else if (!FAILED()) {
        RESET();
        res = wf_parser_lambdef(p);
    }
    p->call_invalid_rules = saved;
    RETURN(res);
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//         -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets only)
//     | a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression"
//     | a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE -> lambda without parentheses
static wf_ast_expr_t *invalid_expression(parser_t *p)
{
    ENTER();
    MARK();
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        RETURN(NULL);
    }
    int skip = 0;
    if (t->type == WF_TOK_NAME) {
        if (wf_parser_is_soft_keyword(p, t)) {
            skip = 1;
        } else {
            p->mark++;
            wf_token_t *t2 = wf_parser_peek(p);
            skip = t2 && t2->type == WF_TOK_STRING;
            RESET();
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!skip) {
        wf_ast_expr_t *a = wf_parser_disjunction(p);
        if (a) {
            wf_ast_expr_t *b = wf_parser_expression_without_invalid(p);
            if (b) {
                if (!wf_parser_check_legacy_stmt(p, a) && p->toks[p->mark - 1].level != 0) {
                    RETURN(RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                        a, b, "invalid syntax. Perhaps you forgot a comma?"));
                }
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    wf_ast_expr_t *a = wf_parser_disjunction(p);
    if (a && EXPECT(KW_IF)) {
        wf_ast_expr_t *b = wf_parser_disjunction(p);
        if (b && !CHECK(KW_ELSE) && !CHECK(COLON) && !FAILED()) {
            RETURN(RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "expected 'else' after 'if' expression"));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    wf_token_t *lam = EXPECT(KW_LAMBDA);
    if (lam) {
        int m = p->mark;
        if (!lambda_params(p)) {
            p->mark = m;
        }
        wf_token_t *colon = FAILED() ? NULL : EXPECT(COLON);
        if (colon && CHECK(FSTRING_MIDDLE)) {
            RETURN(RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                lam, colon, "f-string: lambda expressions are not allowed without parentheses"));
        }
    }
    RESET();
    RETURN(NULL);
}

// invalid_legacy_expression: a=NAME !'(' b=star_expressions
//     -> "Missing parentheses in call to 'print'. Did you mean print(...)?"
static wf_ast_expr_t *invalid_legacy_expression(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_expr_t *a = wf_parser_name(p);
    if (a && !CHECK(LPAR) && !FAILED()) {
        wf_ast_expr_t *b = wf_parser_star_expressions(p);
        if (b && wf_parser_check_legacy_stmt(p, a)) {
            RETURN(RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                a->v.Name.id, a->v.Name.id));
        }
    }
    RESET();
    RETURN(NULL);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
wf_ast_expr_t *wf_parser_yield_expr(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (!EXPECT(KW_YIELD)) {
        RETURN(NULL);
    }
    if (EXPECT(KW_FROM)) {
        wf_ast_expr_t *a = wf_parser_expression(p);
        if (a) {
            RETURN(NODE(wf_ast_YieldFrom(p->arena, a, EXTRA)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
        EXPECT(KW_YIELD);
    }
    int m = p->mark;
    wf_ast_expr_t *a = wf_parser_star_expressions(p);
    if (!a) {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
    }
    RETURN(NODE(wf_ast_Yield(p->arena, a, EXTRA)));
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ','
//                 | star_expression
wf_ast_expr_t *wf_parser_star_expressions(parser_t *p)
{
    ENTER();
    START_POS();
    wf_ast_expr_t *a = wf_parser_star_expression(p);
    if (!a) {
        RETURN(NULL);
    }
    if (!CHECK(COMMA)) {
        RETURN(a);
    }
    vec_t v = {0};
    if (VEC_PUSH(v, a) < 0) {
        RETURN(NULL);
    }
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(COMMA)) {
            break;
        }
        wf_ast_expr_t *b = wf_parser_star_expression(p);
        if (!b) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(v, b) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    EXPECT(COMMA);
    RETURN(NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Load,
                             EXTRA)));
}

// star_expression (memo): '*' bitwise_or | expression
wf_ast_expr_t *wf_parser_star_expression(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_star_expression, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    if (EXPECT(STAR)) {
        wf_ast_expr_t *a = wf_parser_bitwise_or(p);
        if (a) {
            res = NODE(wf_ast_Starred(p->arena, a, WF_AST_Load, EXTRA));
        } else {
            RESET();
        }
    }
    if (!res && !FAILED()) {
        res = wf_parser_expression(p);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_star_expression, res);
    RETURN(res);
}

// star_named_expressions: ','.star_named_expression+ [',']
int wf_parser_star_named_expressions(parser_t *p, vec_t *out)
{
    wf_ast_expr_t *a = wf_parser_star_named_expression(p);
    if (!a) {
        return 0;
    }
    if (wf_parser_vec_push(p, out, a) < 0) {
        return 0;
    }
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(COMMA)) {
            break;
        }
        wf_ast_expr_t *b = wf_parser_star_named_expression(p);
        if (!b) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, out, b) < 0) {
            return 0;
        }
    }
    if (FAILED()) {
        return 0;
    }
    EXPECT(COMMA);
    return 1;
}

// star_named_expression: '*' bitwise_or | named_expression
wf_ast_expr_t *wf_parser_star_named_expression(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (EXPECT(STAR)) {
        wf_ast_expr_t *a = wf_parser_bitwise_or(p);
        if (a) {
            RETURN(NODE(wf_ast_Starred(p->arena, a, WF_AST_Load, EXTRA)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    RETURN(wf_parser_named_expression(p));
}

// assignment_expression: NAME ':=' ~ expression
wf_ast_expr_t *wf_parser_assignment_expression(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_token_t *t = EXPECT(NAME);
    if (!t || !EXPECT(COLONEQUAL)) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_t *b = wf_parser_expression(p);
    if (!b) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_t *name = wf_parser_name_from_token(p, t);
    if (!name) {
        RETURN(NULL);
    }
    name->v.Name.ctx = WF_AST_Store;
    RETURN(NODE(wf_ast_NamedExpr(p->arena, name, b, EXTRA)));
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
wf_ast_expr_t *wf_parser_named_expression(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_expr_t *a = wf_parser_assignment_expression(p);
    if (a || FAILED()) {
        RETURN(a);
    }
    if (INV) {
        if (invalid_named_expression(p) || FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    a = wf_parser_expression(p);
    if (a && !CHECK(COLONEQUAL) && !FAILED()) {
        RETURN(a);
    }
    RESET();
    RETURN(NULL);
}

// invalid_named_expression (memo):
//     | a=expression ':=' expression -> "cannot use assignment expressions with %s"
//     | a=NAME '=' b=bitwise_or !('='|':=') -> "invalid syntax. Maybe you meant '==' or ':=' ..."
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
//         -> "cannot assign to %s here. Maybe you meant '==' instead of '='?"
static wf_ast_expr_t *invalid_named_expression(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_invalid_named_expression, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    MARK();
    wf_ast_expr_t *a = wf_parser_expression(p);
    if (a && EXPECT(COLONEQUAL) && wf_parser_expression(p)) {
        RETURN(RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use assignment expressions with %s",
                                                 wf_parser_expr_name(a)));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    a = wf_parser_name(p);
    if (a && EXPECT(EQUAL)) {
        wf_ast_expr_t *b = wf_parser_bitwise_or(p);
        if (b && !CHECK(EQUAL) && !CHECK(COLONEQUAL) && !FAILED()) {
            RETURN(RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    // !(list|tuple|genexp|'True'|'None'|'False')
    int excluded = 0;
    if (CHECK(KW_TRUE) || CHECK(KW_NONE) || CHECK(KW_FALSE)) {
        excluded = 1;
    } else if (CHECK(LSQB)) {
        excluded = wf_parser_list(p) != NULL;
        RESET();
    } else if (CHECK(LPAR)) {
        excluded = wf_parser_tuple(p) != NULL;
        RESET();
        if (!excluded && !FAILED()) {
            excluded = wf_parser_genexp(p) != NULL;
            RESET();
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!excluded) {
        a = wf_parser_bitwise_or(p);
        if (a && EXPECT(EQUAL) && wf_parser_bitwise_or(p) && !CHECK(EQUAL) &&
            !CHECK(COLONEQUAL) && !FAILED()) {
            RETURN(RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                wf_parser_expr_name(a)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    wf_parser_memo_put(p, mark_, MEMO_invalid_named_expression, NULL);
    RETURN(NULL);
}

// ---------------------------------------------------------------------------------------
// Boolean operators and comparisons.

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
// conjunction (memo): inversion ('and' inversion)+ | inversion
static wf_ast_expr_t *bool_chain(parser_t *p, int memo_type, int kw, wf_ast_boolop_t op,
                                 wf_ast_expr_t *(*sub)(parser_t *))
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, memo_type, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *a = sub(p);
    wf_ast_expr_t *res = a;
    if (a && wf_parser_check(p, kw)) {
        vec_t v = {0};
        if (VEC_PUSH(v, a) < 0) {
            RETURN(NULL);
        }
        while (!FAILED()) {
            int m = p->mark;
            if (!wf_parser_expect(p, kw)) {
                break;
            }
            wf_ast_expr_t *b = sub(p);
            if (!b) {
                p->mark = m;
                break;
            }
            if (VEC_PUSH(v, b) < 0) {
                RETURN(NULL);
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        if (v.len > 1) {
            res = NODE(wf_ast_BoolOp(p->arena, op, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v),
                                     EXTRA));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, memo_type, res);
    RETURN(res);
}

wf_ast_expr_t *wf_parser_disjunction(parser_t *p)
{
    return bool_chain(p, MEMO_disjunction, WF_TOK_KW_OR, WF_AST_Or, conjunction);
}

static wf_ast_expr_t *conjunction(parser_t *p)
{
    return bool_chain(p, MEMO_conjunction, WF_TOK_KW_AND, WF_AST_And, inversion);
}

// inversion (memo): 'not' inversion | comparison
static wf_ast_expr_t *inversion(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_inversion, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    if (EXPECT(KW_NOT)) {
        wf_ast_expr_t *a = inversion(p);
        if (a) {
            res = NODE(wf_ast_UnaryOp(p->arena, WF_AST_Not, a, EXTRA));
        } else {
            RESET();
        }
    }
    if (!res && !FAILED()) {
        res = comparison(p);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_inversion, res);
    RETURN(res);
}

// One comparison operator (two tokens for 'not in' / 'is not'). Returns -1 if none.
static int compare_op(parser_t *p)
{
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        return -1;
    }
    int m = p->mark;
    switch (t->type) {
    case WF_TOK_EQEQUAL: p->mark++; return WF_AST_Eq;
    case WF_TOK_NOTEQUAL: p->mark++; return WF_AST_NotEq;
    case WF_TOK_LESSEQUAL: p->mark++; return WF_AST_LtE;
    case WF_TOK_LESS: p->mark++; return WF_AST_Lt;
    case WF_TOK_GREATEREQUAL: p->mark++; return WF_AST_GtE;
    case WF_TOK_GREATER: p->mark++; return WF_AST_Gt;
    case WF_TOK_KW_NOT:
        p->mark++;
        if (EXPECT(KW_IN)) {
            return WF_AST_NotIn;
        }
        p->mark = m;
        return -1;
    case WF_TOK_KW_IN: p->mark++; return WF_AST_In;
    case WF_TOK_KW_IS:
        p->mark++;
        if (EXPECT(KW_NOT)) {
            return WF_AST_IsNot;
        }
        return WF_AST_Is;
    default: return -1;
    }
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
static wf_ast_expr_t *comparison(parser_t *p)
{
    ENTER();
    START_POS();
    wf_ast_expr_t *a = wf_parser_bitwise_or(p);
    if (!a) {
        RETURN(NULL);
    }
    vec_t ops = {0}, cmps = {0};
    while (!FAILED()) {
        int m = p->mark;
        int op = compare_op(p);
        if (op < 0) {
            p->mark = m;
            break;
        }
        wf_ast_expr_t *b = wf_parser_bitwise_or(p);
        if (!b) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(ops, (void *)(intptr_t)op) < 0 || VEC_PUSH(cmps, b) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!cmps.len) {
        RETURN(a);
    }
    wf_ast_cmpop_seq_t opseq = {ops.len, NULL};
    opseq.items = wf_parser_alloc(p, (size_t)ops.len * sizeof *opseq.items);
    if (!opseq.items) {
        RETURN(NULL);
    }
    for (int i = 0; i < ops.len; i++) {
        opseq.items[i] = (wf_ast_cmpop_t)(intptr_t)ops.items[i];
    }
    RETURN(NODE(wf_ast_Compare(p->arena, a, opseq, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, cmps),
                               EXTRA)));
}

// ---------------------------------------------------------------------------------------
// Binary operators (left-recursive rules as loops).

typedef struct {
    int tok;
    wf_ast_operator_t op;
} binop_t;

static wf_ast_expr_t *binop_loop(parser_t *p, wf_ast_expr_t *a, int sl, int sc,
                                 const binop_t *ops, int nops,
                                 wf_ast_expr_t *(*sub)(parser_t *))
{
    while (a && !FAILED()) {
        wf_token_t *t = wf_parser_peek(p);
        if (!t) {
            return NULL;
        }
        int i;
        for (i = 0; i < nops && ops[i].tok != t->type; i++) {
        }
        if (i == nops) {
            break;
        }
        int m = p->mark;
        p->mark++;
        wf_ast_expr_t *b = sub(p);
        if (!b) {
            p->mark = m;
            break;
        }
        a = NODE(wf_ast_BinOp(p->arena, a, ops[i].op, b, sl, sc, wf_parser_end_lineno(p),
                              wf_parser_end_col(p)));
    }
    return FAILED() ? NULL : a;
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
wf_ast_expr_t *wf_parser_bitwise_or(parser_t *p)
{
    static const binop_t ops[] = {{WF_TOK_VBAR, WF_AST_BitOr}};
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_bitwise_or, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = binop_loop(p, bitwise_xor(p), start_lineno_, start_col_, ops, 1,
                                    bitwise_xor);
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_bitwise_or, res);
    RETURN(res);
}

static wf_ast_expr_t *bitwise_xor(parser_t *p)
{
    static const binop_t ops[] = {{WF_TOK_CIRCUMFLEX, WF_AST_BitXor}};
    ENTER();
    START_POS();
    RETURN(binop_loop(p, bitwise_and(p), start_lineno_, start_col_, ops, 1, bitwise_and));
}

static wf_ast_expr_t *bitwise_and(parser_t *p)
{
    static const binop_t ops[] = {{WF_TOK_AMPER, WF_AST_BitAnd}};
    ENTER();
    START_POS();
    RETURN(binop_loop(p, shift_expr(p), start_lineno_, start_col_, ops, 1, shift_expr));
}

// invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion
static int invalid_arithmetic(parser_t *p)
{
    MARK();
    if (sum(p)) {
        wf_token_t *t = wf_parser_peek(p);
        if (t && (t->type == WF_TOK_PLUS || t->type == WF_TOK_MINUS || t->type == WF_TOK_STAR ||
                  t->type == WF_TOK_SLASH || t->type == WF_TOK_PERCENT ||
                  t->type == WF_TOK_DOUBLESLASH || t->type == WF_TOK_AT)) {
            p->mark++;
            wf_token_t *a = EXPECT(KW_NOT);
            wf_ast_expr_t *b = a ? inversion(p) : NULL;
            if (b) {
                RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b,
                                               "'not' after an operator must be parenthesized");
                return 1;
            }
        }
    }
    RESET();
    return FAILED();
}

// shift_expr: shift_expr ('<<'|'>>') sum | invalid_arithmetic | sum
static wf_ast_expr_t *shift_expr(parser_t *p)
{
    static const binop_t ops[] = {{WF_TOK_LEFTSHIFT, WF_AST_LShift},
                                  {WF_TOK_RIGHTSHIFT, WF_AST_RShift}};
    ENTER();
    START_POS();
    if (INV && invalid_arithmetic(p)) {
        RETURN(NULL);
    }
    RETURN(binop_loop(p, sum(p), start_lineno_, start_col_, ops, 2, sum));
}

static wf_ast_expr_t *sum(parser_t *p)
{
    static const binop_t ops[] = {{WF_TOK_PLUS, WF_AST_Add}, {WF_TOK_MINUS, WF_AST_Sub}};
    ENTER();
    START_POS();
    RETURN(binop_loop(p, term(p), start_lineno_, start_col_, ops, 2, term));
}

// invalid_factor: ('+' | '-' | '~') a='not' b=factor
static int invalid_factor(parser_t *p)
{
    MARK();
    if (EXPECT(PLUS) || EXPECT(MINUS) || EXPECT(TILDE)) {
        wf_token_t *a = EXPECT(KW_NOT);
        wf_ast_expr_t *b = a ? factor(p) : NULL;
        if (b) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "'not' after an operator must be parenthesized");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// term: term ('*'|'/'|'//'|'%'|'@') factor | invalid_factor | factor
static wf_ast_expr_t *term(parser_t *p)
{
    static const binop_t ops[] = {{WF_TOK_STAR, WF_AST_Mult},
                                  {WF_TOK_SLASH, WF_AST_Div},
                                  {WF_TOK_DOUBLESLASH, WF_AST_FloorDiv},
                                  {WF_TOK_PERCENT, WF_AST_Mod},
                                  {WF_TOK_AT, WF_AST_MatMult}};
    ENTER();
    START_POS();
    if (INV && invalid_factor(p)) {
        RETURN(NULL);
    }
    RETURN(binop_loop(p, factor(p), start_lineno_, start_col_, ops, 5, factor));
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
static wf_ast_expr_t *factor(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_factor, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        RETURN(NULL);
    }
    if (t->type == WF_TOK_PLUS || t->type == WF_TOK_MINUS || t->type == WF_TOK_TILDE) {
        p->mark++;
        wf_ast_expr_t *a = factor(p);
        if (a) {
            wf_ast_unaryop_t op = t->type == WF_TOK_PLUS    ? WF_AST_UAdd
                                  : t->type == WF_TOK_MINUS ? WF_AST_USub
                                                            : WF_AST_Invert;
            res = NODE(wf_ast_UnaryOp(p->arena, op, a, EXTRA));
        } else {
            RESET();
        }
    }
    if (!res && !FAILED()) {
        res = power(p);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_factor, res);
    RETURN(res);
}

// power: await_primary '**' factor | await_primary
static wf_ast_expr_t *power(parser_t *p)
{
    ENTER();
    START_POS();
    wf_ast_expr_t *a = await_primary(p);
    if (!a) {
        RETURN(NULL);
    }
    int m = p->mark;
    if (EXPECT(DOUBLESTAR)) {
        wf_ast_expr_t *b = factor(p);
        if (b) {
            RETURN(NODE(wf_ast_BinOp(p->arena, a, WF_AST_Pow, b, EXTRA)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
    }
    RETURN(a);
}

// await_primary (memo): 'await' primary | primary
static wf_ast_expr_t *await_primary(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_await_primary, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    if (EXPECT(KW_AWAIT)) {
        wf_ast_expr_t *a = primary(p);
        if (a) {
            res = NODE(wf_ast_Await(p->arena, a, EXTRA));
        } else {
            RESET();
        }
    }
    if (!res && !FAILED()) {
        res = primary(p);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_await_primary, res);
    RETURN(res);
}

// ---------------------------------------------------------------------------------------
// Primaries.

// Tries one trailer after `a`: '.' NAME | genexp | '(' [arguments] ')' | '[' slices ']'.
// Returns the extended node, or NULL with the position restored.
static wf_ast_expr_t *trailer(parser_t *p, wf_ast_expr_t *a, int sl, int sc, wf_ast_ctx_t ctx)
{
    MARK();
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        return NULL;
    }
    if (t->type == WF_TOK_DOT) {
        p->mark++;
        wf_token_t *n = EXPECT(NAME);
        if (n) {
            const char *id;
            if (wf_parser_identifier(p, p->tz.buf + n->start, n->len, &id) < 0) {
                return NULL;
            }
            return NODE(wf_ast_Attribute(p->arena, a, id, ctx, sl, sc, wf_parser_end_lineno(p),
                                         wf_parser_end_col(p)));
        }
    } else if (t->type == WF_TOK_LPAR) {
        wf_ast_expr_t *g = wf_parser_genexp(p);
        if (g) {
            wf_ast_keyword_seq_t nokw = {0, NULL};
            return NODE(wf_ast_Call(p->arena, a, wf_parser_expr_seq1(p, g), nokw, sl, sc,
                                    wf_parser_end_lineno(p), wf_parser_end_col(p)));
        }
        if (FAILED()) {
            return NULL;
        }
        RESET();
        p->mark++;
        int m = p->mark;
        wf_ast_expr_t *args_ = wf_parser_arguments(p);
        if (!args_) {
            if (FAILED()) {
                return NULL;
            }
            p->mark = m;
        }
        if (EXPECT(RPAR)) {
            wf_ast_expr_seq_t pos = {0, NULL};
            wf_ast_keyword_seq_t kws = {0, NULL};
            if (args_) {
                pos = args_->v.Call.args;
                kws = args_->v.Call.keywords;
            }
            return NODE(wf_ast_Call(p->arena, a, pos, kws, sl, sc, wf_parser_end_lineno(p),
                                    wf_parser_end_col(p)));
        }
    } else if (t->type == WF_TOK_LSQB) {
        p->mark++;
        wf_ast_expr_t *s = wf_parser_slices(p);
        if (s && EXPECT(RSQB)) {
            return NODE(wf_ast_Subscript(p->arena, a, s, ctx, sl, sc, wf_parser_end_lineno(p),
                                         wf_parser_end_col(p)));
        }
    }
    RESET();
    return NULL;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
static wf_ast_expr_t *primary(parser_t *p)
{
    ENTER();
    START_POS();
    wf_ast_expr_t *a = wf_parser_atom(p);
    while (a && !FAILED()) {
        wf_ast_expr_t *b = trailer(p, a, start_lineno_, start_col_, WF_AST_Load);
        if (!b) {
            break;
        }
        a = b;
    }
    RETURN(FAILED() ? NULL : a);
}

int wf_parser_t_lookahead(parser_t *p)
{
    wf_token_t *t = wf_parser_peek(p);
    return t && (t->type == WF_TOK_LPAR || t->type == WF_TOK_LSQB || t->type == WF_TOK_DOT);
}

// t_primary: atom followed by trailers, each prefix followed by another trailer
// (&t_lookahead): the target's object part, e.g. `a.b` in `a.b[c] = x`.
wf_ast_expr_t *wf_parser_t_primary(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_t_primary, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *a = wf_parser_atom(p);
    if (!a || !wf_parser_t_lookahead(p)) {
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
        wf_parser_memo_put(p, mark_, MEMO_t_primary, NULL);
        RETURN(NULL);
    }
    for (;;) {
        int m = p->mark;
        wf_ast_expr_t *b = trailer(p, a, start_lineno_, start_col_, WF_AST_Load);
        if (FAILED()) {
            RETURN(NULL);
        }
        if (!b || !wf_parser_t_lookahead(p)) {
            p->mark = m;
            break;
        }
        a = b;
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_t_primary, a);
    RETURN(a);
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static wf_ast_expr_t *slice(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *lower = wf_parser_expression(p);
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!lower) {
        RESET();
    }
    if (EXPECT(COLON)) {
        int m = p->mark;
        wf_ast_expr_t *upper = wf_parser_expression(p);
        if (!upper) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
        }
        wf_ast_expr_t *step = NULL;
        m = p->mark;
        if (EXPECT(COLON)) {
            int m2 = p->mark;
            step = wf_parser_expression(p);
            if (!step) {
                if (FAILED()) {
                    RETURN(NULL);
                }
                p->mark = m2;
            }
        } else {
            p->mark = m;
        }
        RETURN(NODE(wf_ast_Slice(p->arena, lower, upper, step, EXTRA)));
    }
    RESET();
    RETURN(wf_parser_named_expression(p));
}

wf_ast_expr_t *wf_parser_slices(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *a = slice(p);
    if (a && !CHECK(COMMA)) {
        RETURN(FAILED() ? NULL : a);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    vec_t v = {0};
    for (;;) {
        int m = p->mark;
        if (v.len && !EXPECT(COMMA)) {
            break;
        }
        int m2 = p->mark;
        wf_ast_expr_t *e = slice(p);
        if (!e && !FAILED()) {
            p->mark = m2;
            e = wf_parser_starred_expression(p);
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        if (!e) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(v, e) < 0) {
            RETURN(NULL);
        }
    }
    if (!v.len) {
        RESET();
        RETURN(NULL);
    }
    EXPECT(COMMA);
    RETURN(NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Load,
                             EXTRA)));
}

// atom: NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START) strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
wf_ast_expr_t *wf_parser_atom(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        RETURN(NULL);
    }
    wf_ast_constant_t c = {WF_AST_CONST_NONE, 0, ""};
    wf_ast_expr_t *res = NULL;
    switch (t->type) {
    case WF_TOK_NAME: RETURN(wf_parser_name(p));
    case WF_TOK_KW_TRUE: c.kind = WF_AST_CONST_TRUE; goto constant;
    case WF_TOK_KW_FALSE: c.kind = WF_AST_CONST_FALSE; goto constant;
    case WF_TOK_KW_NONE: c.kind = WF_AST_CONST_NONE; goto constant;
    case WF_TOK_ELLIPSIS: c.kind = WF_AST_CONST_ELLIPSIS; goto constant;
    case WF_TOK_STRING:
    case WF_TOK_FSTRING_START: RETURN(wf_parser_strings(p));
    case WF_TOK_NUMBER: p->mark++; RETURN(wf_parser_number_constant(p, t));
    case WF_TOK_LPAR:
        res = wf_parser_tuple(p);
        if (!res && !FAILED()) {
            RESET();
            res = group(p);
        }
        if (!res && !FAILED()) {
            RESET();
            res = wf_parser_genexp(p);
        }
        break;
    case WF_TOK_LSQB:
        res = wf_parser_list(p);
        if (!res && !FAILED()) {
            RESET();
            res = listcomp(p);
        }
        break;
    case WF_TOK_LBRACE:
        res = dict(p);
        if (!res && !FAILED()) {
            RESET();
            res = set(p);
        }
        if (!res && !FAILED()) {
            RESET();
            res = dictcomp(p);
        }
        if (!res && !FAILED()) {
            RESET();
            res = setcomp(p);
        }
        break;
    default: break;
    }
    if (!res) {
        RESET();
    }
    RETURN(FAILED() ? NULL : res);
constant:
    p->mark++;
    RETURN(NODE(wf_ast_Constant(p->arena, c, NULL, EXTRA)));
}

// invalid_group: '(' a=starred_expression ')' -> "cannot use starred expression here"
//              | '(' a='**' expression ')' -> "cannot use double starred expression here"
static int invalid_group(parser_t *p)
{
    MARK();
    if (EXPECT(LPAR)) {
        int m = p->mark;
        wf_ast_expr_t *a = wf_parser_starred_expression(p);
        if (a && EXPECT(RPAR)) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "cannot use starred expression here");
            return 1;
        }
        if (FAILED()) {
            return 1;
        }
        p->mark = m;
        wf_token_t *s = EXPECT(DOUBLESTAR);
        if (s && wf_parser_expression(p) && EXPECT(RPAR)) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(s, "cannot use double starred expression here");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
static wf_ast_expr_t *group(parser_t *p)
{
    ENTER();
    MARK();
    if (EXPECT(LPAR)) {
        int m = p->mark;
        wf_ast_expr_t *a = wf_parser_yield_expr(p);
        if (!a && !FAILED()) {
            p->mark = m;
            a = wf_parser_named_expression(p);
        }
        if (a && EXPECT(RPAR)) {
            RETURN(a);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV && invalid_group(p)) {
        RETURN(NULL);
    }
    RETURN(NULL);
}

// list: '[' [star_named_expressions] ']'
wf_ast_expr_t *wf_parser_list(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (!EXPECT(LSQB)) {
        RETURN(NULL);
    }
    vec_t v = {0};
    int m = p->mark;
    if (!wf_parser_star_named_expressions(p, &v)) {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
    }
    if (!EXPECT(RSQB)) {
        RESET();
        RETURN(NULL);
    }
    RETURN(NODE(wf_ast_List(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Load,
                            EXTRA)));
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
wf_ast_expr_t *wf_parser_tuple(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (!EXPECT(LPAR)) {
        RETURN(NULL);
    }
    vec_t v = {0};
    int m = p->mark;
    wf_ast_expr_t *a = wf_parser_star_named_expression(p);
    if (a && EXPECT(COMMA)) {
        if (VEC_PUSH(v, a) < 0) {
            RETURN(NULL);
        }
        int m2 = p->mark;
        if (!wf_parser_star_named_expressions(p, &v)) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m2;
        }
    } else {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
        v.len = 0;
    }
    if (!EXPECT(RPAR)) {
        RESET();
        RETURN(NULL);
    }
    RETURN(NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Load,
                             EXTRA)));
}

// set: '{' star_named_expressions '}'
static wf_ast_expr_t *set(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    vec_t v = {0};
    if (EXPECT(LBRACE) && wf_parser_star_named_expressions(p, &v) && EXPECT(RBRACE)) {
        RETURN(NODE(wf_ast_Set(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), EXTRA)));
    }
    RESET();
    RETURN(NULL);
}

// ---------------------------------------------------------------------------------------
// Dicts.

// kvpair: expression ':' expression. Returns the key, value in *value.
static wf_ast_expr_t *kvpair(parser_t *p, wf_ast_expr_t **value)
{
    MARK();
    wf_ast_expr_t *k = wf_parser_expression(p);
    if (k && EXPECT(COLON)) {
        wf_ast_expr_t *v = wf_parser_expression(p);
        if (v) {
            *value = v;
            return k;
        }
    }
    RESET();
    return NULL;
}

// double_starred_kvpair: '**' bitwise_or | kvpair. Key NULL for '**'.
static int double_starred_kvpair(parser_t *p, wf_ast_expr_t **key, wf_ast_expr_t **value)
{
    MARK();
    if (EXPECT(DOUBLESTAR)) {
        wf_ast_expr_t *a = wf_parser_bitwise_or(p);
        if (a) {
            *key = NULL;
            *value = a;
            return 1;
        }
        if (FAILED()) {
            return 0;
        }
        RESET();
    }
    *key = kvpair(p, value);
    return *key != NULL;
}

// ','.double_starred_kvpair+ (no trailing comma consumed).
static int double_starred_kvpairs_list(parser_t *p, vec_t *keys, vec_t *values)
{
    wf_ast_expr_t *k, *v;
    if (!double_starred_kvpair(p, &k, &v)) {
        return 0;
    }
    if (wf_parser_vec_push(p, keys, k) < 0 || wf_parser_vec_push(p, values, v) < 0) {
        return 0;
    }
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(COMMA)) {
            break;
        }
        if (!double_starred_kvpair(p, &k, &v)) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, keys, k) < 0 || wf_parser_vec_push(p, values, v) < 0) {
            return 0;
        }
    }
    return !FAILED();
}

// invalid_kvpair:
//     | a=expression !(':') -> "':' expected after dictionary key"
//     | expression ':' a='*' bitwise_or -> "cannot use a starred expression in a dictionary value"
//     | expression a=':' &('}'|',') -> "expression expected after dictionary key and ':'"
static int invalid_kvpair(parser_t *p)
{
    MARK();
    wf_ast_expr_t *a = wf_parser_expression(p);
    if (a && !CHECK(COLON) && !FAILED()) {
        wf_parser_raise_at(p, WF_SYNTAX_ERROR, a->lineno, a->end_col_offset, a->end_lineno, 0,
                           "':' expected after dictionary key");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    if (wf_parser_expression(p) && EXPECT(COLON)) {
        int m = p->mark;
        wf_token_t *s = EXPECT(STAR);
        if (s && wf_parser_bitwise_or(p)) {
            RAISE_SYNTAX_ERROR_STARTING_FROM(s, "cannot use a starred expression in a dictionary "
                                                "value");
            return 1;
        }
        p->mark = m;
        if (!FAILED() && (CHECK(RBRACE) || CHECK(COMMA))) {
            wf_token_t *c = &p->toks[m - 1];
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(c, "expression expected after dictionary key and "
                                                 "':'");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or -> starred value
//     | expression a=':' &('}'|',') -> "expression expected after dictionary key and ':'"
static int invalid_double_starred_kvpairs(parser_t *p)
{
    MARK();
    vec_t keys = {0}, values = {0};
    if (double_starred_kvpairs_list(p, &keys, &values) && EXPECT(COMMA)) {
        if (invalid_kvpair(p)) {
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    if (wf_parser_expression(p) && EXPECT(COLON)) {
        int m = p->mark;
        wf_token_t *s = EXPECT(STAR);
        if (s && wf_parser_bitwise_or(p)) {
            RAISE_SYNTAX_ERROR_STARTING_FROM(s, "cannot use a starred expression in a dictionary "
                                                "value");
            return 1;
        }
        p->mark = m;
        if (!FAILED() && (CHECK(RBRACE) || CHECK(COMMA))) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(&p->toks[m - 1],
                                              "expression expected after dictionary key and ':'");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
static wf_ast_expr_t *dict(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (!EXPECT(LBRACE)) {
        RETURN(NULL);
    }
    vec_t keys = {0}, values = {0};
    int m = p->mark;
    if (double_starred_kvpairs_list(p, &keys, &values)) {
        EXPECT(COMMA);
    } else {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
        keys.len = values.len = 0;
    }
    if (EXPECT(RBRACE)) {
        RETURN(NODE(wf_ast_Dict(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, keys),
                                SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, values), EXTRA)));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        EXPECT(LBRACE);
        if (invalid_double_starred_kvpairs(p)) {
            RETURN(NULL);
        }
    }
    RESET();
    RETURN(NULL);
}

// ---------------------------------------------------------------------------------------
// Comprehensions.

// invalid_for_target: 'async'? 'for' a=star_expressions -> "cannot assign to %s"
static int invalid_for_target(parser_t *p)
{
    MARK();
    EXPECT(KW_ASYNC);
    if (EXPECT(KW_FOR)) {
        wf_ast_expr_t *a = wf_parser_star_expressions(p);
        if (a) {
            wf_parser_raise_invalid_target(p, FOR_TARGETS, a);
            if (FAILED()) {
                return 1;
            }
        }
    }
    RESET();
    return FAILED();
}

// invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
//     -> "'in' expected after for-loop variables"
static int invalid_for_if_clause(parser_t *p)
{
    MARK();
    EXPECT(KW_ASYNC);
    if (EXPECT(KW_FOR) && wf_parser_bitwise_or(p)) {
        while (!FAILED()) {
            int m = p->mark;
            if (!EXPECT(COMMA) || !wf_parser_bitwise_or(p)) {
                p->mark = m;
                break;
            }
        }
        EXPECT(COMMA);
        if (!CHECK(KW_IN) && !FAILED()) {
            RAISE_SYNTAX_ERROR("'in' expected after for-loop variables");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// for_if_clause:
//     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_if_clause | invalid_for_target
static wf_ast_comprehension_t *for_if_clause(parser_t *p)
{
    ENTER();
    MARK();
    int is_async = EXPECT(KW_ASYNC) != NULL;
    if (EXPECT(KW_FOR)) {
        wf_ast_expr_t *target = wf_parser_star_targets(p);
        if (target && EXPECT(KW_IN)) {
            // Cut: past 'in', no other alternative is tried.
            wf_ast_expr_t *iter = wf_parser_disjunction(p);
            if (!iter) {
                RESET();
                RETURN(NULL);
            }
            vec_t ifs = {0};
            while (!FAILED()) {
                int m = p->mark;
                if (!EXPECT(KW_IF)) {
                    break;
                }
                wf_ast_expr_t *c = wf_parser_disjunction(p);
                if (!c) {
                    p->mark = m;
                    break;
                }
                if (VEC_PUSH(ifs, c) < 0) {
                    RETURN(NULL);
                }
            }
            if (FAILED()) {
                RETURN(NULL);
            }
            wf_ast_comprehension_t *c = wf_ast_comprehension(
                p->arena, target, iter, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, ifs), is_async);
            RETURN(c ? c : wf_parser_nomem(p));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        if (invalid_for_if_clause(p)) {
            RETURN(NULL);
        }
        if (invalid_for_target(p)) {
            RETURN(NULL);
        }
    }
    RETURN(NULL);
}

// for_if_clauses: for_if_clause+
int wf_parser_for_if_clauses(parser_t *p, vec_t *out)
{
    wf_ast_comprehension_t *c;
    while ((c = for_if_clause(p)) != NULL) {
        if (wf_parser_vec_push(p, out, c) < 0) {
            return 0;
        }
    }
    return !FAILED() && out->len > 0;
}

// The node a "generator expression must be parenthesized" error ends at.
wf_ast_expr_t *wf_parser_last_comprehension_item(wf_ast_comprehension_t *c)
{
    if (c->ifs.len == 0) {
        return c->iter;
    }
    return c->ifs.items[c->ifs.len - 1];
}

// invalid_comprehension:
//     | ('[' | '(' | '{') a=starred_expression for_if_clauses
//         -> "iterable unpacking cannot be used in comprehension"
//     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
//         -> "did you forget parentheses around the comprehension target?"
//     | ('[' | '{') a=star_named_expression b=',' for_if_clauses -> same
static int invalid_comprehension(parser_t *p)
{
    MARK();
    wf_token_t *open = wf_parser_peek(p);
    if (!open) {
        return 1;
    }
    if (open->type != WF_TOK_LSQB && open->type != WF_TOK_LPAR && open->type != WF_TOK_LBRACE) {
        return 0;
    }
    p->mark++;
    vec_t fc = {0};
    wf_ast_expr_t *a = wf_parser_starred_expression(p);
    if (a && wf_parser_for_if_clauses(p, &fc)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "iterable unpacking cannot be used in comprehension");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    if (open->type == WF_TOK_LPAR) {
        return 0;
    }
    p->mark++;
    a = wf_parser_star_named_expression(p);
    if (a && EXPECT(COMMA)) {
        int m = p->mark;
        vec_t v = {0};
        fc.len = 0;
        if (wf_parser_star_named_expressions(p, &v) && wf_parser_for_if_clauses(p, &fc)) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, (wf_ast_expr_t *)v.items[v.len - 1],
                "did you forget parentheses around the comprehension target?");
            return 1;
        }
        if (FAILED()) {
            return 1;
        }
        p->mark = m;
        fc.len = 0;
        if (wf_parser_for_if_clauses(p, &fc)) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, &p->toks[m - 1], "did you forget parentheses around the comprehension target?");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
static wf_ast_expr_t *list_or_set_comp(parser_t *p, int open, int close, int is_set)
{
    ENTER();
    START_POS();
    MARK();
    if (wf_parser_expect(p, open)) {
        wf_ast_expr_t *elt = wf_parser_named_expression(p);
        vec_t gens = {0};
        if (elt && wf_parser_for_if_clauses(p, &gens) && wf_parser_expect(p, close)) {
            wf_ast_comprehension_seq_t g = SEQ(wf_ast_comprehension_seq_t,
                                               wf_ast_comprehension_t, gens);
            RETURN(NODE(is_set ? wf_ast_SetComp(p->arena, elt, g, EXTRA)
                               : wf_ast_ListComp(p->arena, elt, g, EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        invalid_comprehension(p);
    }
    RETURN(NULL);
}

static wf_ast_expr_t *listcomp(parser_t *p)
{
    return list_or_set_comp(p, WF_TOK_LSQB, WF_TOK_RSQB, 0);
}

static wf_ast_expr_t *setcomp(parser_t *p)
{
    return list_or_set_comp(p, WF_TOK_LBRACE, WF_TOK_RBRACE, 1);
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//       | invalid_comprehension
wf_ast_expr_t *wf_parser_genexp(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (EXPECT(LPAR)) {
        int m = p->mark;
        wf_ast_expr_t *elt = wf_parser_assignment_expression(p);
        if (!elt && !FAILED()) {
            p->mark = m;
            elt = wf_parser_expression(p);
            if (elt && CHECK(COLONEQUAL)) {
                elt = NULL;
            }
        }
        vec_t gens = {0};
        if (elt && wf_parser_for_if_clauses(p, &gens) && EXPECT(RPAR)) {
            RETURN(NODE(wf_ast_GeneratorExp(
                p->arena, elt, SEQ(wf_ast_comprehension_seq_t, wf_ast_comprehension_t, gens),
                EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        invalid_comprehension(p);
    }
    RETURN(NULL);
}

// invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
//     -> "dict unpacking cannot be used in dict comprehension"
static int invalid_dict_comprehension(parser_t *p)
{
    MARK();
    wf_token_t *a;
    vec_t gens = {0};
    if (EXPECT(LBRACE) && (a = EXPECT(DOUBLESTAR)) != NULL && wf_parser_bitwise_or(p) &&
        wf_parser_for_if_clauses(p, &gens) && EXPECT(RBRACE)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "dict unpacking cannot be used in dict "
                                             "comprehension");
        return 1;
    }
    RESET();
    return FAILED();
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
static wf_ast_expr_t *dictcomp(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (EXPECT(LBRACE)) {
        wf_ast_expr_t *v = NULL;
        wf_ast_expr_t *k = kvpair(p, &v);
        vec_t gens = {0};
        if (k && wf_parser_for_if_clauses(p, &gens) && EXPECT(RBRACE)) {
            RETURN(NODE(wf_ast_DictComp(
                p->arena, k, v, SEQ(wf_ast_comprehension_seq_t, wf_ast_comprehension_t, gens),
                EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        invalid_dict_comprehension(p);
    }
    RETURN(NULL);
}

