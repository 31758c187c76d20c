// The `match` statement and its patterns (PEP 634), as in the Python 3.13 grammar.
//
// "match", "case" and "_" are soft keywords: NAME tokens recognised by spelling where the
// grammar asks for them, so `match = 1` still parses as an assignment (match_stmt fails
// and the statement is retried as a simple statement).
#include <string.h>

#include "runtime/parser_impl.h"

#define MARK() int mark_ = p->mark
#define RESET() (p->mark = mark_)
#define INV (p->call_invalid_rules)

static wf_ast_pattern_t *pattern(parser_t *p);
static wf_ast_pattern_t *closed_pattern(parser_t *p);

static void *nomem_check(parser_t *p, void *x)
{
    return x ? x : wf_parser_nomem(p);
}
#define NODE(e) nomem_check(p, (e))

// ---------------------------------------------------------------------------------------
// Literals.

static int token_is_imaginary(parser_t *p, wf_token_t *t)
{
    char last = p->tz.buf[t->start + t->len - 1];
    return last == 'j' || last == 'J';
}

// signed_number: NUMBER | '-' NUMBER
wf_ast_expr_t *wf_parser_signed_number(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    int neg = EXPECT(MINUS) != NULL;
    wf_token_t *t = EXPECT(NUMBER);
    if (!t) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_t *n = wf_parser_number_constant(p, t);
    if (!n || !neg) {
        RETURN(n);
    }
    RETURN(NODE(wf_ast_UnaryOp(p->arena, WF_AST_USub, n, EXTRA)));
}

// signed_real_number: real_number | '-' real_number ; real_number: NUMBER (must be real)
// imaginary_number: NUMBER (must be imaginary)
static wf_ast_expr_t *checked_number(parser_t *p, int imaginary)
{
    wf_token_t *t = EXPECT(NUMBER);
    if (!t) {
        return NULL;
    }
    wf_ast_expr_t *n = wf_parser_number_constant(p, t);
    if (!n) {
        return NULL;
    }
    if (token_is_imaginary(p, t) != imaginary) {
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(n, imaginary ? "imaginary number required in "
                                                                "complex literal"
                                                              : "real number required in "
                                                                "complex literal");
    }
    return n;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
static wf_ast_expr_t *complex_number(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    int neg = EXPECT(MINUS) != NULL;
    wf_ast_expr_t *real = checked_number(p, 0);
    if (real && neg) {
        real = NODE(wf_ast_UnaryOp(p->arena, WF_AST_USub, real, EXTRA));
    }
    if (real) {
        int add = EXPECT(PLUS) != NULL;
        if (add || EXPECT(MINUS)) {
            wf_ast_expr_t *imag = checked_number(p, 1);
            if (imag) {
                RETURN(NODE(wf_ast_BinOp(p->arena, real, add ? WF_AST_Add : WF_AST_Sub, imag,
                                         EXTRA)));
            }
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    RETURN(NULL);
}

// literal_expr:
//     | signed_number !('+' | '-') | complex_number | strings
//     | 'None' | 'True' | 'False'
static wf_ast_expr_t *literal_expr(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *e = wf_parser_signed_number(p);
    if (e && !CHECK(PLUS) && !CHECK(MINUS) && !FAILED()) {
        RETURN(e);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    e = complex_number(p);
    if (e || FAILED()) {
        RETURN(e);
    }
    RESET();
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        RETURN(NULL);
    }
    if (t->type == WF_TOK_STRING || t->type == WF_TOK_FSTRING_START) {
        RETURN(wf_parser_strings(p));
    }
    wf_ast_constant_t c = {WF_AST_CONST_NONE, 0, ""};
    if (t->type == WF_TOK_KW_NONE) {
        c.kind = WF_AST_CONST_NONE;
    } else if (t->type == WF_TOK_KW_TRUE) {
        c.kind = WF_AST_CONST_TRUE;
    } else if (t->type == WF_TOK_KW_FALSE) {
        c.kind = WF_AST_CONST_FALSE;
    } else {
        RETURN(NULL);
    }
    p->mark++;
    RETURN(NODE(wf_ast_Constant(p->arena, c, NULL, EXTRA)));
}

// ---------------------------------------------------------------------------------------
// Names and attributes.

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
static wf_ast_expr_t *pattern_capture_target(parser_t *p)
{
    MARK();
    if (wf_parser_check_soft(p, "_")) {
        return NULL;
    }
    wf_ast_expr_t *n = wf_parser_name(p);
    if (n && !CHECK(DOT) && !CHECK(LPAR) && !CHECK(EQUAL) && !FAILED()) {
        n->v.Name.ctx = WF_AST_Store;
        return n;
    }
    RESET();
    return NULL;
}

// name_or_attr: attr | NAME ; attr: name_or_attr '.' NAME
// With `need_attr`, at least one '.' is required (the attr rule).
static wf_ast_expr_t *name_or_attr(parser_t *p, int need_attr)
{
    START_POS();
    MARK();
    wf_ast_expr_t *a = wf_parser_name(p);
    if (!a) {
        return NULL;
    }
    int dots = 0;
    for (;;) {
        int m = p->mark;
        wf_token_t *n = NULL;
        if (EXPECT(DOT)) {
            n = EXPECT(NAME);
        }
        if (!n) {
            p->mark = m;
            break;
        }
        const char *id;
        if (wf_parser_identifier(p, p->tz.buf + n->start, n->len, &id) < 0) {
            return NULL;
        }
        a = NODE(wf_ast_Attribute(p->arena, a, id, WF_AST_Load, EXTRA));
        if (!a) {
            return NULL;
        }
        dots++;
    }
    if (FAILED() || (need_attr && !dots)) {
        RESET();
        return NULL;
    }
    return a;
}

// ---------------------------------------------------------------------------------------
// Patterns.

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
static wf_ast_pattern_t *star_pattern(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_star_pattern, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_pattern_t *res = NULL;
    if (EXPECT(STAR)) {
        wf_ast_expr_t *n = pattern_capture_target(p);
        if (n) {
            res = NODE(wf_ast_MatchStar(p->arena, n->v.Name.id, EXTRA));
        } else if (!FAILED() && wf_parser_expect_soft(p, "_")) {
            res = NODE(wf_ast_MatchStar(p->arena, NULL, EXTRA));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_star_pattern, res);
    RETURN(res);
}

// maybe_star_pattern: star_pattern | pattern
static wf_ast_pattern_t *maybe_star_pattern(parser_t *p)
{
    MARK();
    wf_ast_pattern_t *a = star_pattern(p);
    if (a || FAILED()) {
        return a;
    }
    RESET();
    return pattern(p);
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
static int maybe_sequence_pattern(parser_t *p, vec_t *out)
{
    for (;;) {
        int m = p->mark;
        if (out->len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_pattern_t *a = maybe_star_pattern(p);
        if (!a) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, out, a) < 0) {
            return 0;
        }
    }
    if (FAILED() || !out->len) {
        return 0;
    }
    EXPECT(COMMA);
    return 1;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
static int open_sequence_pattern(parser_t *p, vec_t *out)
{
    MARK();
    wf_ast_pattern_t *a = maybe_star_pattern(p);
    if (!(a && EXPECT(COMMA))) {
        RESET();
        return 0;
    }
    if (wf_parser_vec_push(p, out, a) < 0) {
        return 0;
    }
    int m = p->mark;
    vec_t rest = {0};
    if (maybe_sequence_pattern(p, &rest)) {
        for (int i = 0; i < rest.len; i++) {
            if (wf_parser_vec_push(p, out, rest.items[i]) < 0) {
                return 0;
            }
        }
    } else {
        if (FAILED()) {
            return 0;
        }
        p->mark = m;
    }
    return 1;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
static int key_value_pattern(parser_t *p, wf_ast_expr_t **key, wf_ast_pattern_t **value)
{
    MARK();
    wf_ast_expr_t *k = literal_expr(p);
    if (!k && !FAILED()) {
        RESET();
        k = name_or_attr(p, 1);
    }
    if (k && EXPECT(COLON)) {
        wf_ast_pattern_t *v = pattern(p);
        if (v) {
            *key = k;
            *value = v;
            return 1;
        }
    }
    RESET();
    return 0;
}

// items_pattern: ','.key_value_pattern+
static int items_pattern(parser_t *p, vec_t *keys, vec_t *pats)
{
    for (;;) {
        int m = p->mark;
        if (keys->len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_expr_t *k;
        wf_ast_pattern_t *v;
        if (!key_value_pattern(p, &k, &v)) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, keys, k) < 0 || wf_parser_vec_push(p, pats, v) < 0) {
            return 0;
        }
    }
    return !FAILED() && keys->len > 0;
}

// double_star_pattern: '**' pattern_capture_target
static const char *double_star_pattern(parser_t *p)
{
    MARK();
    if (EXPECT(DOUBLESTAR)) {
        wf_ast_expr_t *n = pattern_capture_target(p);
        if (n) {
            return n->v.Name.id;
        }
    }
    RESET();
    return NULL;
}

// mapping_pattern:
//     | '{' '}' | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
static wf_ast_pattern_t *mapping_pattern(parser_t *p)
{
    START_POS();
    MARK();
    if (!EXPECT(LBRACE)) {
        return NULL;
    }
    vec_t keys = {0}, pats = {0};
    const char *rest = NULL;
    int m = p->mark;
    if (EXPECT(RBRACE)) {
        goto make;
    }
    rest = double_star_pattern(p);
    if (rest) {
        EXPECT(COMMA);
        if (EXPECT(RBRACE)) {
            goto make;
        }
    }
    if (FAILED()) {
        return NULL;
    }
    p->mark = m;
    rest = NULL;
    if (items_pattern(p, &keys, &pats)) {
        int m2 = p->mark;
        if (EXPECT(COMMA)) {
            rest = double_star_pattern(p);
            if (rest) {
                EXPECT(COMMA);
                if (EXPECT(RBRACE)) {
                    goto make;
                }
            }
        }
        if (FAILED()) {
            return NULL;
        }
        p->mark = m2;
        rest = NULL;
        EXPECT(COMMA);
        if (EXPECT(RBRACE)) {
            goto make;
        }
    }
    RESET();
    return NULL;
make:
    return NODE(wf_ast_MatchMapping(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, keys),
                                    SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t, pats), rest,
                                    EXTRA));
}

// positional_patterns: ','.pattern+ (no trailing comma)
static int positional_patterns(parser_t *p, vec_t *out)
{
    for (;;) {
        int m = p->mark;
        if (out->len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_pattern_t *a = pattern(p);
        if (!a) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, out, a) < 0) {
            return 0;
        }
    }
    return !FAILED() && out->len > 0;
}

// keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern
static int keyword_patterns(parser_t *p, vec_t *names, vec_t *pats)
{
    for (;;) {
        int m = p->mark;
        if (names->len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_expr_t *n = wf_parser_name(p);
        wf_ast_pattern_t *v = n && EXPECT(EQUAL) ? pattern(p) : NULL;
        if (!v) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, names, (void *)n->v.Name.id) < 0 ||
            wf_parser_vec_push(p, pats, v) < 0) {
            return 0;
        }
    }
    return !FAILED() && names->len > 0;
}

// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
//                                 a=positional_patterns
static int invalid_class_argument_pattern(parser_t *p, vec_t *bad)
{
    MARK();
    vec_t pos = {0}, names = {0}, pats = {0};
    if (!(positional_patterns(p, &pos) && EXPECT(COMMA))) {
        RESET();
    }
    if (FAILED()) {
        return 0;
    }
    if (keyword_patterns(p, &names, &pats) && EXPECT(COMMA) && positional_patterns(p, bad)) {
        return 1;
    }
    RESET();
    return 0;
}

// class_pattern:
//     | name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
static wf_ast_pattern_t *class_pattern(parser_t *p)
{
    START_POS();
    MARK();
    wf_ast_expr_t *cls = name_or_attr(p, 0);
    if (!cls || !EXPECT(LPAR)) {
        RESET();
        return NULL;
    }
    int after = p->mark;
    vec_t pos = {0}, names = {0}, pats = {0};
    if (EXPECT(RPAR)) {
        goto make;
    }
    if (positional_patterns(p, &pos)) {
        int m = p->mark;
        if (EXPECT(COMMA) && keyword_patterns(p, &names, &pats)) {
            EXPECT(COMMA);
            if (EXPECT(RPAR)) {
                goto make;
            }
        }
        if (FAILED()) {
            return NULL;
        }
        p->mark = m;
        names.len = pats.len = 0;
        EXPECT(COMMA);
        if (EXPECT(RPAR)) {
            goto make;
        }
    }
    if (FAILED()) {
        return NULL;
    }
    p->mark = after;
    pos.len = 0;
    if (keyword_patterns(p, &names, &pats)) {
        EXPECT(COMMA);
        if (EXPECT(RPAR)) {
            goto make;
        }
    }
    if (FAILED()) {
        return NULL;
    }
    if (INV) {
        p->mark = after;
        vec_t bad = {0};
        if (invalid_class_argument_pattern(p, &bad)) {
            wf_ast_pattern_t *first = bad.items[0], *last = bad.items[bad.len - 1];
            return RAISE_SYNTAX_ERROR_KNOWN_RANGE(first, last,
                                                  "positional patterns follow keyword patterns");
        }
    }
    RESET();
    return NULL;
make:;
    wf_ast_ident_seq_t ids = {names.len, (const char **)names.items};
    return NODE(wf_ast_MatchClass(p->arena, cls, SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t, pos),
                                  ids, SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t, pats), EXTRA));
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
static wf_ast_pattern_t *closed_pattern(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_closed_pattern, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_pattern_t *res = NULL;
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        RETURN(NULL);
    }
    // literal_pattern
    {
        wf_ast_expr_t *e = wf_parser_signed_number(p);
        if (e && (CHECK(PLUS) || CHECK(MINUS))) {
            e = NULL;
        }
        if (!e && !FAILED()) {
            RESET();
            e = complex_number(p);
        }
        if (!e && !FAILED() && (t->type == WF_TOK_STRING || t->type == WF_TOK_FSTRING_START)) {
            RESET();
            e = wf_parser_strings(p);
        }
        if (e) {
            res = NODE(wf_ast_MatchValue(p->arena, e, EXTRA));
            goto done;
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
        wf_ast_constant_t c = {WF_AST_CONST_NONE, 0, ""};
        if (t->type == WF_TOK_KW_NONE || t->type == WF_TOK_KW_TRUE || t->type == WF_TOK_KW_FALSE) {
            c.kind = t->type == WF_TOK_KW_NONE   ? WF_AST_CONST_NONE
                     : t->type == WF_TOK_KW_TRUE ? WF_AST_CONST_TRUE
                                                 : WF_AST_CONST_FALSE;
            p->mark++;
            res = NODE(wf_ast_MatchSingleton(p->arena, c, EXTRA));
            goto done;
        }
    }
    // capture_pattern
    {
        wf_ast_expr_t *n = pattern_capture_target(p);
        if (n) {
            res = NODE(wf_ast_MatchAs(p->arena, NULL, n->v.Name.id, EXTRA));
            goto done;
        }
        if (FAILED()) {
            RETURN(NULL);
        }
    }
    // wildcard_pattern
    if (wf_parser_expect_soft(p, "_")) {
        res = NODE(wf_ast_MatchAs(p->arena, NULL, NULL, EXTRA));
        goto done;
    }
    // value_pattern: attr !('.' | '(' | '=')
    {
        wf_ast_expr_t *a = name_or_attr(p, 1);
        if (a && !CHECK(DOT) && !CHECK(LPAR) && !CHECK(EQUAL) && !FAILED()) {
            res = NODE(wf_ast_MatchValue(p->arena, a, EXTRA));
            goto done;
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    if (t->type == WF_TOK_LPAR) {
        // group_pattern: '(' pattern ')'
        p->mark++;
        wf_ast_pattern_t *g = pattern(p);
        if (g && EXPECT(RPAR)) {
            res = g;
            goto done;
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
        // sequence_pattern: '(' open_sequence_pattern? ')'
        p->mark++;
        vec_t v = {0};
        if (!open_sequence_pattern(p, &v)) {
            p->mark = mark_ + 1;
            v.len = 0;
        }
        if (!FAILED() && EXPECT(RPAR)) {
            res = NODE(wf_ast_MatchSequence(p->arena, SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t,
                                                          v),
                                            EXTRA));
            goto done;
        }
    } else if (t->type == WF_TOK_LSQB) {
        // sequence_pattern: '[' maybe_sequence_pattern? ']'
        p->mark++;
        vec_t v = {0};
        if (!maybe_sequence_pattern(p, &v)) {
            p->mark = mark_ + 1;
            v.len = 0;
        }
        if (!FAILED() && EXPECT(RSQB)) {
            res = NODE(wf_ast_MatchSequence(p->arena, SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t,
                                                          v),
                                            EXTRA));
            goto done;
        }
    } else if (t->type == WF_TOK_LBRACE) {
        res = mapping_pattern(p);
        goto done;
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    res = class_pattern(p);
done:
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_closed_pattern, res);
    RETURN(res);
}

// or_pattern: '|'.closed_pattern+
static wf_ast_pattern_t *or_pattern(parser_t *p)
{
    ENTER();
    START_POS();
    vec_t v = {0};
    for (;;) {
        int m = p->mark;
        if (v.len && !EXPECT(VBAR)) {
            break;
        }
        wf_ast_pattern_t *a = closed_pattern(p);
        if (!a) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(v, a) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED() || !v.len) {
        RETURN(NULL);
    }
    if (v.len == 1) {
        RETURN(v.items[0]);
    }
    RETURN(NODE(wf_ast_MatchOr(p->arena, SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t, v), EXTRA)));
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
// invalid_as_pattern:
//     | or_pattern 'as' a="_" -> "cannot use '_' as a target"
//     | or_pattern 'as' !NAME a=expression -> "invalid pattern target"
static wf_ast_pattern_t *pattern(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_pattern_t *a = or_pattern(p);
    if (!a) {
        RETURN(NULL);
    }
    int m = p->mark;
    if (EXPECT(KW_AS)) {
        int after_as = p->mark;
        wf_ast_expr_t *n = pattern_capture_target(p);
        if (n) {
            RETURN(NODE(wf_ast_MatchAs(p->arena, a, n->v.Name.id, EXTRA)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        if (INV) {
            wf_token_t *u = wf_parser_expect_soft(p, "_");
            if (u) {
                RETURN(RAISE_SYNTAX_ERROR_KNOWN_LOCATION(u, "cannot use '_' as a target"));
            }
            p->mark = after_as;
            if (!CHECK(NAME) && !FAILED()) {
                wf_ast_expr_t *e = wf_parser_expression(p);
                if (e) {
                    RETURN(RAISE_SYNTAX_ERROR_KNOWN_LOCATION(e, "invalid pattern target"));
                }
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
    }
    p->mark = m;
    (void)mark_;
    RETURN(a);
}

// patterns: open_sequence_pattern | pattern
static wf_ast_pattern_t *patterns(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    vec_t v = {0};
    if (open_sequence_pattern(p, &v)) {
        RETURN(NODE(wf_ast_MatchSequence(p->arena, SEQ(wf_ast_pattern_seq_t, wf_ast_pattern_t, v),
                                         EXTRA)));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    RETURN(pattern(p));
}

// guard: 'if' named_expression
static wf_ast_expr_t *guard(parser_t *p)
{
    MARK();
    if (EXPECT(KW_IF)) {
        wf_ast_expr_t *g = wf_parser_named_expression(p);
        if (g) {
            return g;
        }
    }
    RESET();
    return NULL;
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
// invalid_case_block:
//     | "case" patterns guard? NEWLINE -> "expected ':'"
//     | a="case" patterns guard? ':' NEWLINE !INDENT -> expected an indented block
static wf_ast_match_case_t *case_block(parser_t *p)
{
    ENTER();
    MARK();
    wf_token_t *c = wf_parser_expect_soft(p, "case");
    if (!c) {
        RETURN(NULL);
    }
    wf_ast_pattern_t *pat = patterns(p);
    if (!pat) {
        RESET();
        RETURN(NULL);
    }
    int m = p->mark;
    wf_ast_expr_t *g = guard(p);
    if (!g) {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
    }
    if (INV) {
        int m2 = p->mark;
        if (EXPECT(NEWLINE)) {
            RETURN(RAISE_SYNTAX_ERROR("expected ':'"));
        }
        if (EXPECT(COLON) && EXPECT(NEWLINE) && !CHECK(INDENT) && !FAILED()) {
            RETURN(RAISE_INDENTATION_ERROR(
                "expected an indented block after 'case' statement on line %d", c->lineno));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m2;
    }
    wf_ast_stmt_seq_t *body = EXPECT(COLON) ? wf_parser_block(p) : NULL;
    if (!body) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_match_case_t *mc = wf_ast_match_case(p->arena, pat, g, *body);
    RETURN(NODE(mc));
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
static wf_ast_expr_t *subject_expr(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *a = wf_parser_star_named_expression(p);
    if (a && EXPECT(COMMA)) {
        vec_t v = {0};
        if (VEC_PUSH(v, a) < 0) {
            RETURN(NULL);
        }
        int m = p->mark;
        if (!wf_parser_star_named_expressions(p, &v)) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
        }
        RETURN(NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Load,
                                 EXTRA)));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    RETURN(wf_parser_named_expression(p));
}

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
// invalid_match_stmt:
//     | "match" subject_expr NEWLINE -> "expected ':'"
//     | a="match" subject_expr ':' NEWLINE !INDENT -> expected an indented block
wf_ast_stmt_t *wf_parser_match_stmt(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_token_t *kw = wf_parser_expect_soft(p, "match");
    if (!kw) {
        RETURN(NULL);
    }
    wf_ast_expr_t *subject = subject_expr(p);
    if (subject && EXPECT(COLON) && EXPECT(NEWLINE) && EXPECT(INDENT)) {
        vec_t cases = {0};
        wf_ast_match_case_t *c;
        while ((c = case_block(p)) != NULL) {
            if (VEC_PUSH(cases, c) < 0) {
                RETURN(NULL);
            }
        }
        if (cases.len && EXPECT(DEDENT)) {
            RETURN(NODE(wf_ast_Match(p->arena, subject,
                                     SEQ(wf_ast_match_case_seq_t, wf_ast_match_case_t, cases),
                                     EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        p->mark++;
        if (subject_expr(p)) {
            if (EXPECT(NEWLINE)) {
                RETURN(RAISE_SYNTAX_ERROR("expected ':'"));
            }
            if (EXPECT(COLON) && EXPECT(NEWLINE) && !CHECK(INDENT) && !FAILED()) {
                RETURN(RAISE_INDENTATION_ERROR(
                    "expected an indented block after 'match' statement on line %d",
                    kw->lineno));
            }
        }
        RESET();
    }
    RETURN(NULL);
}
