// Call arguments and assignment/deletion targets of the Python 3.13 grammar, with their
// invalid_* rules (keyword/positional ordering, generator arguments, invalid targets).
//
// Same conventions as parser_expr.c: one function per grammar rule, PEG semantics, memo
// for the rules the grammar memoises.
#include <string.h>

#include "runtime/parser_impl.h"

#define MARK() int mark_ = p->mark
#define RESET() (p->mark = mark_)
#define INV (p->call_invalid_rules)

static wf_ast_expr_t *args(parser_t *p);
static int kwargs(parser_t *p, vec_t *out);
static wf_ast_expr_t *target_with_star_atom(parser_t *p);
static wf_ast_expr_t *del_target(parser_t *p);

static wf_ast_expr_t *nomem_check(parser_t *p, wf_ast_expr_t *e)
{
    return e ? e : wf_parser_nomem(p);
}
#define NODE(e) nomem_check(p, (e))

// ---------------------------------------------------------------------------------------
// Call arguments. arguments/args return a Call node whose args/keywords carry the result.

// invalid_starred_expression: '*' expression '=' b=expression
//     -> "cannot assign to iterable argument unpacking"
static int invalid_starred_expression(parser_t *p)
{
    MARK();
    wf_token_t *a = EXPECT(STAR);
    if (a && wf_parser_expression(p) && EXPECT(EQUAL)) {
        wf_ast_expr_t *b = wf_parser_expression(p);
        if (b) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "cannot assign to iterable argument unpacking");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// starred_expression: invalid_starred_expression | '*' expression | '*' (invalid)
wf_ast_expr_t *wf_parser_starred_expression(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (INV && invalid_starred_expression(p)) {
        RETURN(NULL);
    }
    if (EXPECT(STAR)) {
        wf_ast_expr_t *a = wf_parser_expression(p);
        if (a) {
            RETURN(NODE(wf_ast_Starred(p->arena, a, WF_AST_Load, EXTRA)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        if (INV) {
            RETURN(RAISE_SYNTAX_ERROR("Invalid star expression"));
        }
    }
    RESET();
    RETURN(NULL);
}

// invalid_kwarg:
//     | a=('True'|'False'|'None') b='=' -> "cannot assign to %s"
//     | a=NAME b='=' expression for_if_clauses -> "invalid syntax. Maybe you meant '==' or ..."
//     | !(NAME '=') a=expression b='=' -> "expression cannot contain assignment, ..."
//     | a='**' expression '=' b=expression -> "cannot assign to keyword argument unpacking"
static int invalid_kwarg(parser_t *p)
{
    MARK();
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        return 1;
    }
    if (t->type == WF_TOK_KW_TRUE || t->type == WF_TOK_KW_FALSE || t->type == WF_TOK_KW_NONE) {
        p->mark++;
        wf_token_t *b = EXPECT(EQUAL);
        if (b) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(t, b, "cannot assign to %s", wf_tok_text(t->type));
            return 1;
        }
        RESET();
    }
    wf_token_t *n = EXPECT(NAME);
    wf_token_t *eq = n ? EXPECT(EQUAL) : NULL;
    if (eq && wf_parser_expression(p)) {
        vec_t gens = {0};
        if (wf_parser_for_if_clauses(p, &gens)) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    if (!(EXPECT(NAME) && CHECK(EQUAL))) {
        RESET();
        wf_ast_expr_t *a = wf_parser_expression(p);
        wf_token_t *b = a ? EXPECT(EQUAL) : NULL;
        if (b) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    wf_token_t *s = EXPECT(DOUBLESTAR);
    if (s && wf_parser_expression(p) && EXPECT(EQUAL)) {
        wf_ast_expr_t *b = wf_parser_expression(p);
        if (b) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(s, b, "cannot assign to keyword argument unpacking");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// One entry of kwargs: a keyword (NAME '=' expression, or '**' expression when
// allow_double), or a starred expression (when !allow_double). The result is a keyword or
// a Starred expr; *is_kw says which.
static void *kwarg_item(parser_t *p, int allow_double, int *is_kw)
{
    ENTER();
    START_POS();
    MARK();
    if (INV && invalid_kwarg(p)) {
        RETURN(NULL);
    }
    wf_token_t *n = EXPECT(NAME);
    if (n && EXPECT(EQUAL)) {
        wf_ast_expr_t *v = wf_parser_expression(p);
        if (v) {
            const char *id;
            if (wf_parser_identifier(p, p->tz.buf + n->start, n->len, &id) < 0) {
                RETURN(NULL);
            }
            *is_kw = 1;
            wf_ast_keyword_t *k = wf_ast_keyword(p->arena, id, v, EXTRA);
            RETURN(k ? k : wf_parser_nomem(p));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (allow_double) {
        if (EXPECT(DOUBLESTAR)) {
            wf_ast_expr_t *v = wf_parser_expression(p);
            if (v) {
                *is_kw = 1;
                wf_ast_keyword_t *k = wf_ast_keyword(p->arena, NULL, v, EXTRA);
                RETURN(k ? k : wf_parser_nomem(p));
            }
        }
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_t *s = wf_parser_starred_expression(p);
    if (s) {
        *is_kw = 0;
        RETURN(s);
    }
    RESET();
    RETURN(NULL);
}

// ','.item+ for kwarg_or_starred (double = 0) or kwarg_or_double_starred (double = 1).
// Items go to out as tagged pointers: kind in `kinds`.
static int kwarg_list(parser_t *p, int dbl, vec_t *items, vec_t *kinds)
{
    int is_kw = 0;
    void *it = kwarg_item(p, dbl, &is_kw);
    if (!it) {
        return 0;
    }
    if (wf_parser_vec_push(p, items, it) < 0 ||
        wf_parser_vec_push(p, kinds, (void *)(intptr_t)is_kw) < 0) {
        return 0;
    }
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(COMMA)) {
            break;
        }
        it = kwarg_item(p, dbl, &is_kw);
        if (!it) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, items, it) < 0 ||
            wf_parser_vec_push(p, kinds, (void *)(intptr_t)is_kw) < 0) {
            return 0;
        }
    }
    return !FAILED();
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
// Output: alternating item / kind pairs in out (kind 1 = keyword, 0 = starred).
static int kwargs(parser_t *p, vec_t *out)
{
    MARK();
    vec_t items = {0}, kinds = {0};
    if (kwarg_list(p, 0, &items, &kinds)) {
        // A failed second list adds nothing (it fails only at its first item).
        int m = p->mark;
        if (!(EXPECT(COMMA) && kwarg_list(p, 1, &items, &kinds))) {
            if (FAILED()) {
                return 0;
            }
            p->mark = m;
        }
        goto done;
    }
    if (FAILED()) {
        return 0;
    }
    RESET();
    items.len = kinds.len = 0;
    if (kwarg_list(p, 1, &items, &kinds)) {
        goto done;
    }
    RESET();
    return 0;
done:
    for (int i = 0; i < items.len; i++) {
        if (wf_parser_vec_push(p, out, items.items[i]) < 0 ||
            wf_parser_vec_push(p, out, kinds.items[i]) < 0) {
            return 0;
        }
    }
    return 1;
}

// The positional part of args: one item of
// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
static wf_ast_expr_t *positional_arg(parser_t *p)
{
    MARK();
    wf_ast_expr_t *a = wf_parser_starred_expression(p);
    if (a || FAILED()) {
        return a;
    }
    RESET();
    a = wf_parser_assignment_expression(p);
    if (!a && !FAILED()) {
        RESET();
        a = wf_parser_expression(p);
        if (a && CHECK(COLONEQUAL)) {
            a = NULL;
        }
    }
    if (a && !CHECK(EQUAL) && !FAILED()) {
        return a;
    }
    RESET();
    return NULL;
}

// Builds the dummy Call carrying positional args and keywords; starred items in kwargs
// join the positional arguments (as CPython orders them).
static wf_ast_expr_t *collect_call(parser_t *p, vec_t *pos, vec_t *kw, int sl, int sc)
{
    vec_t args_ = *pos, kws = {0};
    for (int i = 0; i < kw->len; i += 2) {
        void *item = kw->items[i];
        int is_kw = (int)(intptr_t)kw->items[i + 1];
        if (wf_parser_vec_push(p, is_kw ? &kws : &args_, item) < 0) {
            return NULL;
        }
    }
    wf_ast_expr_t *dummy = wf_ast_Name(p->arena, "", WF_AST_Load, 1, 0, 1, 0);
    if (!dummy) {
        return wf_parser_nomem(p);
    }
    return NODE(wf_ast_Call(p->arena, dummy, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, args_),
                            SEQ(wf_ast_keyword_seq_t, wf_ast_keyword_t, kws), sl, sc,
                            wf_parser_end_lineno(p), wf_parser_end_col(p)));
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//           [',' kwargs]
//     | kwargs
static wf_ast_expr_t *args(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    vec_t pos = {0}, kw = {0};
    wf_ast_expr_t *a = positional_arg(p);
    if (a) {
        if (VEC_PUSH(pos, a) < 0) {
            RETURN(NULL);
        }
        while (!FAILED()) {
            int m = p->mark;
            if (!EXPECT(COMMA)) {
                break;
            }
            wf_ast_expr_t *b = positional_arg(p);
            if (!b) {
                p->mark = m;
                break;
            }
            if (VEC_PUSH(pos, b) < 0) {
                RETURN(NULL);
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        int m = p->mark;
        if (!(EXPECT(COMMA) && kwargs(p, &kw))) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
            kw.len = 0;
        }
        RETURN(collect_call(p, &pos, &kw, start_lineno_, start_col_));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (kwargs(p, &kw)) {
        RETURN(collect_call(p, &pos, &kw, start_lineno_, start_col_));
    }
    RESET();
    RETURN(NULL);
}

// invalid_arguments 1: iterable unpacking after keyword unpacking (1 when raised).
static int invalid_arguments_1(parser_t *p)
{
    MARK();
    vec_t kw = {0};
    int ok = 0;
    wf_ast_expr_t *a = positional_arg(p);
    if (a) {
        while (!FAILED()) {
            int m = p->mark;
            if (!EXPECT(COMMA) || !positional_arg(p)) {
                p->mark = m;
                break;
            }
        }
        ok = EXPECT(COMMA) && kwargs(p, &kw);
    }
    if (!ok && !FAILED()) {
        RESET();
        kw.len = 0;
        ok = kwargs(p, &kw);
    }
    wf_token_t *comma = ok ? EXPECT(COMMA) : NULL;
    if (comma) {
        int m = p->mark;
        wf_ast_expr_t *s = wf_parser_starred_expression(p);
        if (s && !CHECK(EQUAL) && !FAILED()) {
            RAISE_SYNTAX_ERROR_STARTING_FROM(comma, "iterable argument unpacking follows "
                                                    "keyword argument unpacking");
            return 1;
        }
        p->mark = m;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments 2: unparenthesized generator before other arguments (1 when raised).
static int invalid_arguments_2(parser_t *p)
{
    MARK();
    wf_ast_expr_t *a = wf_parser_expression(p);
    vec_t gens = {0};
    if (a && wf_parser_for_if_clauses(p, &gens) && EXPECT(COMMA)) {
        int m = p->mark;
        if (!args(p)) {
            p->mark = m;
            vec_t g2 = {0};
            if (!(wf_parser_expression(p) && wf_parser_for_if_clauses(p, &g2))) {
                p->mark = m;
            }
        }
        if (FAILED()) {
            return 1;
        }
        RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            a, wf_parser_last_comprehension_item(gens.items[gens.len - 1]),
            "Generator expression must be parenthesized");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments 3: NAME '=' genexp (1 when raised).
static int invalid_arguments_3(parser_t *p)
{
    MARK();
    wf_token_t *n = EXPECT(NAME);
    wf_token_t *eq = n ? EXPECT(EQUAL) : NULL;
    vec_t gens = {0};
    if (eq && wf_parser_expression(p) && wf_parser_for_if_clauses(p, &gens)) {
        RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments 4: keyword without a value (1 when raised).
static int invalid_arguments_4(parser_t *p)
{
    MARK();
    if (!(args(p) && EXPECT(COMMA))) {
        if (FAILED()) {
            return 1;
        }
        RESET();
    }
    wf_token_t *n = EXPECT(NAME);
    wf_token_t *eq = n ? EXPECT(EQUAL) : NULL;
    if (eq && (CHECK(COMMA) || CHECK(RPAR))) {
        RAISE_SYNTAX_ERROR_KNOWN_RANGE(n, eq, "expected argument value expression");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments 5: unparenthesized generator after other arguments (1 when raised).
static int invalid_arguments_5(parser_t *p)
{
    MARK();
    wf_ast_expr_t *a = args(p);
    vec_t gens = {0};
    if (a && wf_parser_for_if_clauses(p, &gens)) {
        if (a->v.Call.args.len > 1) {
            wf_ast_comprehension_t *last = gens.items[gens.len - 1];
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(a->v.Call.args.items[a->v.Call.args.len - 1],
                                           wf_parser_last_comprehension_item(last),
                                           "Generator expression must be parenthesized");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments 6: unparenthesized generator as a later argument (1 when raised).
static int invalid_arguments_6(parser_t *p)
{
    MARK();
    if (args(p) && EXPECT(COMMA)) {
        wf_ast_expr_t *a = wf_parser_expression(p);
        vec_t gens = {0};
        if (a && wf_parser_for_if_clauses(p, &gens)) {
            RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                a, wf_parser_last_comprehension_item(gens.items[gens.len - 1]),
                "Generator expression must be parenthesized");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments 7: positional after keyword (1 when raised).
static int invalid_arguments_7(parser_t *p)
{
    MARK();
    wf_ast_expr_t *a = args(p);
    if (a && EXPECT(COMMA) && args(p)) {
        int unpack = 0;
        for (int i = 0; i < a->v.Call.keywords.len; i++) {
            unpack |= a->v.Call.keywords.items[i]->arg == NULL;
        }
        RAISE_SYNTAX_ERROR(unpack ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    return 0;
}

// invalid_arguments:
//   | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ','
//       kwargs) | kwargs) a=',' ','.(starred_expression !'=')+
//       -> "iterable argument unpacking follows keyword argument unpacking"
//   | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
//       -> "Generator expression must be parenthesized"
//   | a=NAME b='=' expression for_if_clauses -> "invalid syntax. Maybe you meant '==' ..."
//   | (args ',')? a=NAME b='=' &(',' | ')') -> "expected argument value expression"
//   | a=args b=for_if_clauses -> nonparen genexp in call
//   | args ',' a=expression b=for_if_clauses -> "Generator expression must be parenthesized"
//   | a=args ',' args -> positional argument follows keyword argument [unpacking]
static int invalid_arguments(parser_t *p)
{
    return invalid_arguments_1(p) ||
           invalid_arguments_2(p) ||
           invalid_arguments_3(p) ||
           invalid_arguments_4(p) ||
           invalid_arguments_5(p) ||
           invalid_arguments_6(p) ||
           invalid_arguments_7(p);
}

// arguments (memo): args [','] &')' | invalid_arguments
wf_ast_expr_t *wf_parser_arguments(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_arguments, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    MARK();
    wf_ast_expr_t *a = args(p);
    if (a) {
        EXPECT(COMMA);
        if (!CHECK(RPAR)) {
            a = NULL;
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!a) {
        RESET();
        if (INV && invalid_arguments(p)) {
            RETURN(NULL);
        }
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_arguments, a);
    RETURN(a);
}

// ---------------------------------------------------------------------------------------
// Assignment targets.

// star_targets: star_target !',' | star_target (',' star_target)* [',']
wf_ast_expr_t *wf_parser_star_targets(parser_t *p)
{
    ENTER();
    START_POS();
    wf_ast_expr_t *a = wf_parser_star_target(p);
    if (!a) {
        RETURN(NULL);
    }
    if (!CHECK(COMMA)) {
        RETURN(FAILED() ? NULL : a);
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
        wf_ast_expr_t *b = wf_parser_star_target(p);
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
    RETURN(NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), WF_AST_Store,
                             EXTRA)));
}

// ','.star_target+ [','] ; with `tuple`, at least one comma is required
// (star_targets_tuple_seq), otherwise star_targets_list_seq.
static int star_targets_seq(parser_t *p, vec_t *v, int tuple)
{
    MARK();
    wf_ast_expr_t *a = wf_parser_star_target(p);
    if (!a) {
        return 0;
    }
    if (wf_parser_vec_push(p, v, a) < 0) {
        return 0;
    }
    int commas = 0;
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(COMMA)) {
            break;
        }
        commas++;
        wf_ast_expr_t *b = wf_parser_star_target(p);
        if (!b) {
            p->mark = m + 1; // keep the trailing comma
            break;
        }
        if (wf_parser_vec_push(p, v, b) < 0) {
            return 0;
        }
    }
    if (FAILED()) {
        return 0;
    }
    if (tuple && commas == 0) {
        RESET();
        v->len = 0;
        return 0;
    }
    return 1;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
wf_ast_expr_t *wf_parser_star_target(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_star_target, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = NULL;
    if (EXPECT(STAR)) {
        if (!CHECK(STAR)) {
            wf_ast_expr_t *a = wf_parser_star_target(p);
            if (a) {
                wf_ast_expr_t *s = wf_parser_set_ctx(p, a, WF_AST_Store);
                res = s ? NODE(wf_ast_Starred(p->arena, s, WF_AST_Store, EXTRA)) : NULL;
            }
        }
        if (!res) {
            RESET();
        }
    }
    if (!res && !FAILED()) {
        res = target_with_star_atom(p);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_star_target, res);
    RETURN(res);
}

// t_primary followed by a final '.' NAME or '[' slices ']' that is not followed by another
// trailer: the subscript/attribute target itself.
static wf_ast_expr_t *subscript_attribute_target(parser_t *p, wf_ast_ctx_t ctx)
{
    START_POS();
    MARK();
    wf_ast_expr_t *a = wf_parser_t_primary(p);
    if (!a) {
        return NULL;
    }
    int m = p->mark;
    if (EXPECT(DOT)) {
        wf_token_t *n = EXPECT(NAME);
        if (n && !wf_parser_t_lookahead(p) && !FAILED()) {
            const char *id;
            if (wf_parser_identifier(p, p->tz.buf + n->start, n->len, &id) < 0) {
                return NULL;
            }
            return NODE(wf_ast_Attribute(p->arena, a, id, ctx, EXTRA));
        }
    }
    if (FAILED()) {
        return NULL;
    }
    p->mark = m;
    if (EXPECT(LSQB)) {
        wf_ast_expr_t *s = wf_parser_slices(p);
        if (s && EXPECT(RSQB) && !wf_parser_t_lookahead(p) && !FAILED()) {
            return NODE(wf_ast_Subscript(p->arena, a, s, ctx, EXTRA));
        }
    }
    RESET();
    return NULL;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//          | '[' [star_targets_list_seq] ']'
static wf_ast_expr_t *target_with_star_atom(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_target_with_star_atom, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = subscript_attribute_target(p, WF_AST_Store);
    if (!res && !FAILED()) {
        RESET();
        wf_token_t *t = wf_parser_peek(p);
        if (t && t->type == WF_TOK_NAME) {
            res = wf_parser_name(p);
            if (res) {
                res->v.Name.ctx = WF_AST_Store;
            }
        } else if (t && t->type == WF_TOK_LPAR) {
            p->mark++;
            wf_ast_expr_t *a = target_with_star_atom(p);
            if (a && EXPECT(RPAR)) {
                res = wf_parser_set_ctx(p, a, WF_AST_Store);
            } else if (!FAILED()) {
                p->mark = mark_ + 1;
                vec_t v = {0};
                if (!star_targets_seq(p, &v, 1)) {
                    p->mark = mark_ + 1;
                    v.len = 0;
                }
                if (!FAILED() && EXPECT(RPAR)) {
                    res = NODE(wf_ast_Tuple(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v),
                                            WF_AST_Store, EXTRA));
                }
            }
        } else if (t && t->type == WF_TOK_LSQB) {
            p->mark++;
            vec_t v = {0};
            if (!star_targets_seq(p, &v, 0)) {
                p->mark = mark_ + 1;
                v.len = 0;
            }
            if (!FAILED() && EXPECT(RSQB)) {
                res = NODE(wf_ast_List(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v),
                                       WF_AST_Store, EXTRA));
            }
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_target_with_star_atom, res);
    RETURN(res);
}

// single_subscript_attribute_target:
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
wf_ast_expr_t *wf_parser_single_subscript_attribute_target(parser_t *p)
{
    ENTER();
    RETURN(subscript_attribute_target(p, WF_AST_Store));
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
wf_ast_expr_t *wf_parser_single_target(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_expr_t *a = subscript_attribute_target(p, WF_AST_Store);
    if (a || FAILED()) {
        RETURN(a);
    }
    RESET();
    a = wf_parser_name(p);
    if (a) {
        a->v.Name.ctx = WF_AST_Store;
        RETURN(a);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (EXPECT(LPAR)) {
        a = wf_parser_single_target(p);
        if (a && EXPECT(RPAR)) {
            RETURN(a);
        }
    }
    RESET();
    RETURN(NULL);
}

// del_targets: ','.del_target+ [',']
int wf_parser_del_targets(parser_t *p, vec_t *out)
{
    wf_ast_expr_t *a = del_target(p);
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
        wf_ast_expr_t *b = del_target(p);
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

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
//                  | del_t_atom
// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
static wf_ast_expr_t *del_target(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_del_target, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_expr_t *res = subscript_attribute_target(p, WF_AST_Del);
    if (!res && !FAILED()) {
        RESET();
        wf_token_t *t = wf_parser_peek(p);
        if (t && t->type == WF_TOK_NAME) {
            res = wf_parser_name(p);
            if (res) {
                res->v.Name.ctx = WF_AST_Del;
            }
        } else if (t && (t->type == WF_TOK_LPAR || t->type == WF_TOK_LSQB)) {
            int is_list = t->type == WF_TOK_LSQB;
            p->mark++;
            if (!is_list) {
                wf_ast_expr_t *a = del_target(p);
                if (a && EXPECT(RPAR)) {
                    res = wf_parser_set_ctx(p, a, WF_AST_Del);
                }
            }
            if (!res && !FAILED()) {
                p->mark = mark_ + 1;
                vec_t v = {0};
                if (!wf_parser_del_targets(p, &v)) {
                    p->mark = mark_ + 1;
                    v.len = 0;
                }
                if (!FAILED() && (is_list ? EXPECT(RSQB) : EXPECT(RPAR))) {
                    wf_ast_expr_seq_t s = SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v);
                    res = NODE(is_list ? wf_ast_List(p->arena, s, WF_AST_Del, EXTRA)
                                       : wf_ast_Tuple(p->arena, s, WF_AST_Del, EXTRA));
                }
            }
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_del_target, res);
    RETURN(res);
}

// annotated_rhs: yield_expr | star_expressions
wf_ast_expr_t *wf_parser_annotated_rhs(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_expr_t *a = wf_parser_yield_expr(p);
    if (a || FAILED()) {
        RETURN(a);
    }
    RESET();
    RETURN(wf_parser_star_expressions(p));
}
