// Statement rules of the Python 3.13 grammar: the start rules (file, eval, interactive),
// simple statements, blocks and compound statements (except `match`, in parser_match.c),
// with the invalid_* rules that produce CPython's specific error messages.
#include <string.h>

#include "runtime/parser_impl.h"

#define MARK() int mark_ = p->mark
#define RESET() (p->mark = mark_)
#define INV (p->call_invalid_rules)

static wf_ast_stmt_t *compound_stmt(parser_t *p);
static wf_ast_stmt_seq_t *simple_stmts(parser_t *p);
static wf_ast_stmt_seq_t *statements(parser_t *p);

static void *nomem_check(parser_t *p, void *x)
{
    return x ? x : wf_parser_nomem(p);
}
#define NODE(e) nomem_check(p, (e))

static wf_ast_stmt_seq_t *new_seq(parser_t *p, vec_t *v)
{
    wf_ast_stmt_seq_t *s = wf_parser_alloc(p, sizeof *s);
    if (s) {
        *s = SEQ(wf_ast_stmt_seq_t, wf_ast_stmt_t, *v);
    }
    return s;
}

static wf_ast_stmt_seq_t empty_stmts(void)
{
    wf_ast_stmt_seq_t s = {0, NULL};
    return s;
}

// ---------------------------------------------------------------------------------------
// Start rules.

// file: [statements] ENDMARKER
wf_ast_mod_t *wf_parser_file_rule(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_stmt_seq_t *a = statements(p);
    if (!a) {
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    if (!EXPECT(ENDMARKER)) {
        RETURN(NULL);
    }
    wf_ast_type_ignore_seq_t ti = {0, NULL};
    RETURN(NODE(wf_ast_Module(p->arena, a ? *a : empty_stmts(), ti)));
}

// eval: expressions NEWLINE* ENDMARKER
wf_ast_mod_t *wf_parser_eval_rule(parser_t *p)
{
    ENTER();
    wf_ast_expr_t *a = wf_parser_expressions(p);
    if (!a) {
        RETURN(NULL);
    }
    while (EXPECT(NEWLINE)) {
    }
    if (!EXPECT(ENDMARKER)) {
        RETURN(NULL);
    }
    RETURN(NODE(wf_ast_Expression(p->arena, a)));
}

// interactive: statement_newline
// statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER (fails)
wf_ast_mod_t *wf_parser_interactive_rule(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_stmt_t *c = compound_stmt(p);
    // Input that ends right after the statement stands for its closing newline, as the
    // interactive tokenizer turns the first end of input into NEWLINE.
    if (c && (EXPECT(NEWLINE) || (!(p->flags & WF_PARSE_FLAG_DONT_IMPLY_DEDENT) &&
                                   EXPECT(ENDMARKER)))) {
        vec_t v = {0};
        if (VEC_PUSH(v, c) < 0) {
            RETURN(NULL);
        }
        RETURN(NODE(wf_ast_Interactive(p->arena, SEQ(wf_ast_stmt_seq_t, wf_ast_stmt_t, v))));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    wf_ast_stmt_seq_t *s = simple_stmts(p);
    if (s) {
        RETURN(NODE(wf_ast_Interactive(p->arena, *s)));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (EXPECT(NEWLINE)) {
        vec_t v = {0};
        wf_ast_stmt_t *pass = NODE(wf_ast_Pass(p->arena, EXTRA));
        if (!pass || VEC_PUSH(v, pass) < 0) {
            RETURN(NULL);
        }
        RETURN(NODE(wf_ast_Interactive(p->arena, SEQ(wf_ast_stmt_seq_t, wf_ast_stmt_t, v))));
    }
    RETURN(NULL);
}

// ---------------------------------------------------------------------------------------
// Statement sequences.

// statement: compound_stmt | simple_stmts. Appends to out.
static int statement(parser_t *p, vec_t *out)
{
    MARK();
    wf_ast_stmt_t *c = compound_stmt(p);
    if (c) {
        return wf_parser_vec_push(p, out, c) == 0;
    }
    if (FAILED()) {
        return 0;
    }
    RESET();
    wf_ast_stmt_seq_t *s = simple_stmts(p);
    if (!s) {
        return 0;
    }
    for (int i = 0; i < s->len; i++) {
        if (wf_parser_vec_push(p, out, s->items[i]) < 0) {
            return 0;
        }
    }
    return 1;
}

// statements: statement+
static wf_ast_stmt_seq_t *statements(parser_t *p)
{
    ENTER();
    vec_t v = {0};
    int n = 0;
    for (;;) {
        int m = p->mark;
        if (!statement(p, &v)) {
            p->mark = m;
            break;
        }
        n++;
    }
    if (FAILED() || n == 0) {
        RETURN(NULL);
    }
    RETURN(new_seq(p, &v));
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
static wf_ast_stmt_seq_t *simple_stmts(parser_t *p)
{
    ENTER();
    MARK();
    vec_t v = {0};
    wf_ast_stmt_t *a = wf_parser_simple_stmt(p);
    if (!a) {
        RETURN(NULL);
    }
    if (VEC_PUSH(v, a) < 0) {
        RETURN(NULL);
    }
    if (!CHECK(SEMI) && EXPECT(NEWLINE)) {
        RETURN(new_seq(p, &v));
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    while (!FAILED()) {
        int m = p->mark;
        if (!EXPECT(SEMI)) {
            break;
        }
        wf_ast_stmt_t *b = wf_parser_simple_stmt(p);
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
    EXPECT(SEMI);
    if (!EXPECT(NEWLINE)) {
        RESET();
        RETURN(NULL);
    }
    RETURN(new_seq(p, &v));
}

// invalid_block: NEWLINE !INDENT -> IndentationError "expected an indented block"
// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
wf_ast_stmt_seq_t *wf_parser_block(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_block, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    MARK();
    wf_ast_stmt_seq_t *res = NULL;
    if (EXPECT(NEWLINE) && EXPECT(INDENT)) {
        wf_ast_stmt_seq_t *s = statements(p);
        if (s && EXPECT(DEDENT)) {
            res = s;
        }
    }
    if (!res && !FAILED()) {
        RESET();
        res = simple_stmts(p);
    }
    if (!res && !FAILED()) {
        RESET();
        if (INV && EXPECT(NEWLINE) && !CHECK(INDENT) && !FAILED()) {
            RETURN(RAISE_INDENTATION_ERROR("expected an indented block"));
        }
        RESET();
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_parser_memo_put(p, mark_, MEMO_block, res);
    RETURN(res);
}

// ---------------------------------------------------------------------------------------
// Simple statements.

static int is_augassign(int t, wf_ast_operator_t *op)
{
    switch (t) {
    case WF_TOK_PLUSEQUAL: *op = WF_AST_Add; return 1;
    case WF_TOK_MINEQUAL: *op = WF_AST_Sub; return 1;
    case WF_TOK_STAREQUAL: *op = WF_AST_Mult; return 1;
    case WF_TOK_ATEQUAL: *op = WF_AST_MatMult; return 1;
    case WF_TOK_SLASHEQUAL: *op = WF_AST_Div; return 1;
    case WF_TOK_PERCENTEQUAL: *op = WF_AST_Mod; return 1;
    case WF_TOK_AMPEREQUAL: *op = WF_AST_BitAnd; return 1;
    case WF_TOK_VBAREQUAL: *op = WF_AST_BitOr; return 1;
    case WF_TOK_CIRCUMFLEXEQUAL: *op = WF_AST_BitXor; return 1;
    case WF_TOK_LEFTSHIFTEQUAL: *op = WF_AST_LShift; return 1;
    case WF_TOK_RIGHTSHIFTEQUAL: *op = WF_AST_RShift; return 1;
    case WF_TOK_DOUBLESTAREQUAL: *op = WF_AST_Pow; return 1;
    case WF_TOK_DOUBLESLASHEQUAL: *op = WF_AST_FloorDiv; return 1;
    default: return 0;
    }
}

static int augassign(parser_t *p, wf_ast_operator_t *op)
{
    wf_token_t *t = wf_parser_peek(p);
    if (t && is_augassign(t->type, op)) {
        p->mark++;
        return 1;
    }
    return 0;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
static wf_ast_expr_t *invalid_ann_assign_target(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_expr_t *a = wf_parser_list(p);
    if (a || FAILED()) {
        RETURN(a);
    }
    RESET();
    a = wf_parser_tuple(p);
    if (a || FAILED()) {
        RETURN(a);
    }
    RESET();
    if (EXPECT(LPAR)) {
        a = invalid_ann_assign_target(p);
        if (a && EXPECT(RPAR)) {
            RETURN(a);
        }
    }
    RESET();
    RETURN(NULL);
}

// (star_targets '=')* ; leaves the position after the last '='.
static void star_targets_eq_star(parser_t *p)
{
    for (;;) {
        int m = p->mark;
        if (!(wf_parser_star_targets(p) && EXPECT(EQUAL))) {
            p->mark = m;
            return;
        }
    }
}

// invalid_assignment (see the messages below).
static int invalid_assignment(parser_t *p)
{
    MARK();
    // a=invalid_ann_assign_target ':' expression
    wf_ast_expr_t *a = invalid_ann_assign_target(p);
    if (a && EXPECT(COLON) && wf_parser_expression(p)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "only single target (not %s) can be annotated",
                                          wf_parser_expr_name(a));
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    // a=star_named_expression ',' star_named_expressions* ':' expression
    a = wf_parser_star_named_expression(p);
    if (a && EXPECT(COMMA)) {
        for (;;) {
            vec_t v = {0};
            int m = p->mark;
            if (!wf_parser_star_named_expressions(p, &v)) {
                p->mark = m;
                break;
            }
        }
        if (!FAILED() && EXPECT(COLON) && wf_parser_expression(p)) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "only single target (not tuple) can be "
                                                 "annotated");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    // a=expression ':' expression
    a = wf_parser_expression(p);
    if (a && EXPECT(COLON) && wf_parser_expression(p)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "illegal target for annotation");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    // (star_targets '=')* a=star_expressions '='
    star_targets_eq_star(p);
    a = wf_parser_star_expressions(p);
    if (a && EXPECT(EQUAL)) {
        wf_parser_raise_invalid_target(p, STAR_TARGETS, a);
        if (FAILED()) {
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    // (star_targets '=')* a=yield_expr '='
    star_targets_eq_star(p);
    a = wf_parser_yield_expr(p);
    if (a && EXPECT(EQUAL)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "assignment to yield expression not possible");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    // a=star_expressions augassign (yield_expr | star_expressions)
    a = wf_parser_star_expressions(p);
    wf_ast_operator_t op;
    if (a && augassign(p, &op) && wf_parser_annotated_rhs(p)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "'%s' is an illegal expression for augmented "
                                             "assignment",
                                          wf_parser_expr_name(a));
        return 1;
    }
    RESET();
    return FAILED();
}

// ['=' annotated_rhs]
static wf_ast_expr_t *opt_assigned_value(parser_t *p)
{
    int m = p->mark;
    if (EXPECT(EQUAL)) {
        wf_ast_expr_t *v = wf_parser_annotated_rhs(p);
        if (v) {
            return v;
        }
    }
    p->mark = m;
    return NULL;
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression
//       ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
static wf_ast_stmt_t *assignment(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    // NAME ':' expression ['=' annotated_rhs]
    wf_ast_expr_t *a = wf_parser_name(p);
    if (a && EXPECT(COLON)) {
        wf_ast_expr_t *ann = wf_parser_expression(p);
        if (ann) {
            wf_ast_expr_t *v = FAILED() ? NULL : opt_assigned_value(p);
            if (FAILED()) {
                RETURN(NULL);
            }
            a->v.Name.ctx = WF_AST_Store;
            RETURN(NODE(wf_ast_AnnAssign(p->arena, a, ann, v, 1, EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    // ('(' single_target ')' | single_subscript_attribute_target) ':' ...
    a = NULL;
    if (EXPECT(LPAR)) {
        a = wf_parser_single_target(p);
        if (!(a && EXPECT(RPAR))) {
            a = NULL;
        }
    }
    if (!a && !FAILED()) {
        RESET();
        a = wf_parser_single_subscript_attribute_target(p);
    }
    if (a && EXPECT(COLON)) {
        wf_ast_expr_t *ann = wf_parser_expression(p);
        if (ann) {
            wf_ast_expr_t *v = FAILED() ? NULL : opt_assigned_value(p);
            if (FAILED()) {
                RETURN(NULL);
            }
            RETURN(NODE(wf_ast_AnnAssign(p->arena, a, ann, v, 0, EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    // (star_targets '=')+ (yield_expr | star_expressions) !'='
    {
        vec_t targets = {0};
        for (;;) {
            int m = p->mark;
            wf_ast_expr_t *t = wf_parser_star_targets(p);
            if (!(t && EXPECT(EQUAL))) {
                p->mark = m;
                break;
            }
            if (VEC_PUSH(targets, t) < 0) {
                RETURN(NULL);
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        if (targets.len) {
            wf_ast_expr_t *v = wf_parser_annotated_rhs(p);
            if (v && !CHECK(EQUAL) && !FAILED()) {
                RETURN(NODE(wf_ast_Assign(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, targets),
                                          v, NULL, EXTRA)));
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
        RESET();
    }
    // single_target augassign ~ (yield_expr | star_expressions)
    a = wf_parser_single_target(p);
    wf_ast_operator_t op;
    if (a && augassign(p, &op)) {
        wf_ast_expr_t *v = wf_parser_annotated_rhs(p);
        if (v) {
            RETURN(NODE(wf_ast_AugAssign(p->arena, a, op, v, EXTRA)));
        }
        // Cut: no other alternative.
        RESET();
        RETURN(NULL);
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        invalid_assignment(p);
    }
    RETURN(NULL);
}

// ','.NAME+ as identifiers.
static int name_list(parser_t *p, wf_ast_ident_seq_t *out)
{
    vec_t v = {0};
    for (;;) {
        int m = p->mark;
        if (v.len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_expr_t *n = wf_parser_name(p);
        if (!n) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(v, (void *)n->v.Name.id) < 0) {
            return 0;
        }
    }
    if (FAILED() || !v.len) {
        return 0;
    }
    out->len = v.len;
    out->items = (const char **)v.items;
    return 1;
}

// dotted_name: dotted_name '.' NAME | NAME  (as one identifier "a.b.c")
static const char *dotted_name(parser_t *p)
{
    MARK();
    wf_token_t *first = EXPECT(NAME);
    if (!first) {
        return NULL;
    }
    wf_token_t *last = first;
    int parts = 1;
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
        last = n;
        parts++;
    }
    if (FAILED()) {
        return NULL;
    }
    if (parts == 1) {
        const char *id;
        return wf_parser_identifier(p, p->tz.buf + first->start, first->len, &id) < 0 ? NULL : id;
    }
    // Join the names with dots (ignoring whitespace or comments between tokens).
    size_t total = 0;
    for (int i = mark_; i < p->mark; i += 2) {
        total += p->toks[i].len + 1;
    }
    char *buf = wf_parser_alloc(p, total);
    if (!buf) {
        return NULL;
    }
    size_t k = 0;
    for (int i = mark_; i < p->mark; i += 2) {
        if (k) {
            buf[k++] = '.';
        }
        memcpy(buf + k, p->tz.buf + p->toks[i].start, p->toks[i].len);
        k += p->toks[i].len;
    }
    buf[k] = 0;
    (void)last;
    const char *id;
    return wf_parser_identifier(p, buf, k, &id) < 0 ? NULL : id;
}

// dotted_as_name: dotted_name ['as' NAME]
// import_from_as_name: NAME ['as' NAME]
static wf_ast_alias_t *as_name(parser_t *p, int dotted)
{
    ENTER();
    START_POS();
    MARK();
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        wf_ast_expr_t *n = wf_parser_name(p);
        name = n ? n->v.Name.id : NULL;
    }
    if (!name) {
        RETURN(NULL);
    }
    const char *asname = NULL;
    int m = p->mark;
    if (EXPECT(KW_AS)) {
        wf_ast_expr_t *n = wf_parser_name(p);
        if (n) {
            asname = n->v.Name.id;
        } else {
            p->mark = m;
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    (void)mark_;
    RETURN(NODE(wf_ast_alias(p->arena, name, asname, EXTRA)));
}

// ','.X+ of dotted_as_name (dotted = 1) or import_from_as_name.
static int alias_list(parser_t *p, int dotted, vec_t *out)
{
    for (;;) {
        int m = p->mark;
        if (out->len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_alias_t *a = as_name(p, dotted);
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

// invalid_import:
//     | a='import' ','.dotted_name+ 'from' dotted_name
//         -> "Did you mean to use 'from ... import ...' instead?"
//     | 'import' token=NEWLINE -> "Expected one or more names after 'import'"
static int invalid_import(parser_t *p)
{
    MARK();
    wf_token_t *a = EXPECT(KW_IMPORT);
    if (!a) {
        return 0;
    }
    int n = 0;
    for (;;) {
        int m = p->mark;
        if (n && !EXPECT(COMMA)) {
            break;
        }
        if (!dotted_name(p)) {
            p->mark = m;
            break;
        }
        n++;
    }
    if (n && EXPECT(KW_FROM) && dotted_name(p)) {
        RAISE_SYNTAX_ERROR_STARTING_FROM(a, "Did you mean to use 'from ... import ...' instead?");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    EXPECT(KW_IMPORT);
    wf_token_t *nl = EXPECT(NEWLINE);
    if (nl) {
        RAISE_SYNTAX_ERROR_STARTING_FROM(nl, "Expected one or more names after 'import'");
        return 1;
    }
    RESET();
    return FAILED();
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//     | invalid_import_from_targets
// invalid_import_from_targets:
//     | import_from_as_names ',' NEWLINE
//         -> "trailing comma not allowed without surrounding parentheses"
//     | token=NEWLINE -> "Expected one or more names after 'import'"
static int import_from_targets(parser_t *p, vec_t *out)
{
    MARK();
    wf_token_t *first = wf_parser_peek(p);
    if (!first) {
        return 0;
    }
    int start_lineno_ = first->lineno, start_col_ = first->col_offset;
    if (EXPECT(LPAR)) {
        if (alias_list(p, 0, out)) {
            EXPECT(COMMA);
            if (EXPECT(RPAR)) {
                return 1;
            }
        }
        if (FAILED()) {
            return 0;
        }
        RESET();
        out->len = 0;
    }
    if (alias_list(p, 0, out) && !CHECK(COMMA) && !FAILED()) {
        return 1;
    }
    if (FAILED()) {
        return 0;
    }
    RESET();
    out->len = 0;
    if (EXPECT(STAR)) {
        wf_ast_alias_t *a = NODE(wf_ast_alias(p->arena, "*", NULL, EXTRA));
        return a && wf_parser_vec_push(p, out, a) == 0;
    }
    if (INV) {
        vec_t tmp = {0};
        if (alias_list(p, 0, &tmp) && EXPECT(COMMA) && EXPECT(NEWLINE)) {
            RAISE_SYNTAX_ERROR("trailing comma not allowed without surrounding parentheses");
            return 0;
        }
        if (FAILED()) {
            return 0;
        }
        RESET();
        wf_token_t *nl = EXPECT(NEWLINE);
        if (nl) {
            RAISE_SYNTAX_ERROR_STARTING_FROM(nl, "Expected one or more names after 'import'");
            return 0;
        }
    }
    RESET();
    return 0;
}

// import_stmt: invalid_import | import_name | import_from
// import_name: 'import' dotted_as_names
// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
static wf_ast_stmt_t *import_stmt(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (INV && invalid_import(p)) {
        RETURN(NULL);
    }
    if (EXPECT(KW_IMPORT)) {
        vec_t v = {0};
        if (alias_list(p, 1, &v)) {
            RETURN(NODE(wf_ast_Import(p->arena, SEQ(wf_ast_alias_seq_t, wf_ast_alias_t, v),
                                      EXTRA)));
        }
        RESET();
        RETURN(NULL);
    }
    if (!EXPECT(KW_FROM)) {
        RETURN(NULL);
    }
    int level = 0;
    for (;;) {
        if (EXPECT(DOT)) {
            level++;
        } else if (EXPECT(ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    int m = p->mark;
    const char *module = dotted_name(p);
    if (!module) {
        p->mark = m;
        if (level == 0) {
            RESET();
            RETURN(NULL);
        }
    }
    vec_t v = {0};
    if (EXPECT(KW_IMPORT) && import_from_targets(p, &v)) {
        RETURN(NODE(wf_ast_ImportFrom(p->arena, module,
                                      SEQ(wf_ast_alias_seq_t, wf_ast_alias_t, v), level, EXTRA)));
    }
    RESET();
    RETURN(NULL);
}

// type_alias: "type" NAME [type_params] '=' expression
static wf_ast_stmt_t *type_alias(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (!wf_parser_expect_soft(p, "type")) {
        RETURN(NULL);
    }
    wf_ast_expr_t *n = wf_parser_name(p);
    if (n) {
        int m = p->mark;
        wf_ast_type_param_seq_t *tp = wf_parser_type_params(p);
        if (!tp) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
        }
        if (EXPECT(EQUAL)) {
            wf_ast_expr_t *v = wf_parser_expression(p);
            if (v) {
                n->v.Name.ctx = WF_AST_Store;
                wf_ast_type_param_seq_t none = {0, NULL};
                RETURN(NODE(wf_ast_TypeAlias(p->arena, n, tp ? *tp : none, v, EXTRA)));
            }
        }
    }
    RESET();
    RETURN(NULL);
}

// The simple statements introduced by a keyword: return, import/from, raise, pass,
// break, continue, del, yield, assert, global, nonlocal. START_POS of simple_stmt is
// passed in. Returns NULL (position restored by the caller) when none applies.
static wf_ast_stmt_t *keyword_stmt(parser_t *p, wf_token_t *t, int start_lineno_,
                                   int start_col_)
{
    int mark_ = p->mark;
    switch (t->type) {
    case WF_TOK_KW_RETURN: {
        p->mark++;
        int m = p->mark;
        wf_ast_expr_t *v = wf_parser_star_expressions(p);
        if (!v) {
            p->mark = m;
        }
        return FAILED() ? NULL : NODE(wf_ast_Return(p->arena, v, EXTRA));
    }
    case WF_TOK_KW_IMPORT:
    case WF_TOK_KW_FROM: return import_stmt(p);
    case WF_TOK_KW_RAISE: {
        // 'raise' expression ['from' expression] | 'raise'
        p->mark++;
        wf_ast_expr_t *exc = wf_parser_expression(p), *cause = NULL;
        if (exc) {
            int m = p->mark;
            if (EXPECT(KW_FROM)) {
                cause = wf_parser_expression(p);
                if (!cause) {
                    p->mark = m;
                }
            }
        } else {
            p->mark = mark_ + 1;
        }
        return FAILED() ? NULL : NODE(wf_ast_Raise(p->arena, exc, cause, EXTRA));
    }
    case WF_TOK_KW_PASS: p->mark++; return NODE(wf_ast_Pass(p->arena, EXTRA));
    case WF_TOK_KW_BREAK: p->mark++; return NODE(wf_ast_Break(p->arena, EXTRA));
    case WF_TOK_KW_CONTINUE: p->mark++; return NODE(wf_ast_Continue(p->arena, EXTRA));
    case WF_TOK_KW_DEL: {
        // 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
        p->mark++;
        vec_t v = {0};
        if (wf_parser_del_targets(p, &v) && (CHECK(SEMI) || CHECK(NEWLINE))) {
            return NODE(wf_ast_Delete(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v), EXTRA));
        }
        if (!FAILED() && INV) {
            p->mark = mark_ + 1;
            wf_ast_expr_t *a = wf_parser_star_expressions(p);
            if (a) {
                wf_parser_raise_invalid_target(p, DEL_TARGETS, a);
            }
        }
        return NULL;
    }
    case WF_TOK_KW_YIELD: {
        wf_ast_expr_t *y = wf_parser_yield_expr(p);
        return y ? NODE(wf_ast_Expr(p->arena, y, EXTRA)) : NULL;
    }
    case WF_TOK_KW_ASSERT: {
        p->mark++;
        wf_ast_expr_t *test = wf_parser_expression(p), *msg = NULL;
        if (!test) {
            return NULL;
        }
        int m = p->mark;
        if (EXPECT(COMMA)) {
            msg = wf_parser_expression(p);
            if (!msg) {
                p->mark = m;
            }
        }
        return FAILED() ? NULL : NODE(wf_ast_Assert(p->arena, test, msg, EXTRA));
    }
    case WF_TOK_KW_GLOBAL:
    case WF_TOK_KW_NONLOCAL: {
        p->mark++;
        wf_ast_ident_seq_t names;
        if (!name_list(p, &names)) {
            return NULL;
        }
        return NODE(t->type == WF_TOK_KW_GLOBAL ? wf_ast_Global(p->arena, names, EXTRA)
                                                : wf_ast_Nonlocal(p->arena, names, EXTRA));
    }
    default: return NULL;
    }
}

// simple_stmt (memo):
//     | assignment | &"type" type_alias | star_expressions
//     | &'return' return_stmt | &('import' | 'from') import_stmt | &'raise' raise_stmt
//     | 'pass' | &'del' del_stmt | &'yield' yield_stmt | &'assert' assert_stmt
//     | 'break' | 'continue' | &'global' global_stmt | &'nonlocal' nonlocal_stmt
wf_ast_stmt_t *wf_parser_simple_stmt(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_simple_stmt, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_stmt_t *res = assignment(p);
    if (res || FAILED()) {
        goto done;
    }
    RESET();
    if (wf_parser_check_soft(p, "type")) {
        res = type_alias(p);
        if (res || FAILED()) {
            goto done;
        }
        RESET();
    }
    wf_ast_expr_t *e = wf_parser_star_expressions(p);
    if (e) {
        res = NODE(wf_ast_Expr(p->arena, e, EXTRA));
        goto done;
    }
    if (FAILED()) {
        goto done;
    }
    RESET();
    wf_token_t *t = wf_parser_peek(p);
    if (t) {
        res = keyword_stmt(p, t, start_lineno_, start_col_);
    }
done:
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_simple_stmt, res);
    RETURN(res);
}

// ---------------------------------------------------------------------------------------
// Compound statements.

// Checks "<keyword ...> ':' NEWLINE !INDENT" at the current position, the shape of every
// "expected an indented block after ..." error: `header` parses the part after the keyword.
static int missing_block(parser_t *p, int lineno, const char *what)
{
    if (EXPECT(NEWLINE) && !CHECK(INDENT) && !FAILED()) {
        wf_parser_raise(p, WF_INDENTATION_ERROR, 0,
                        "expected an indented block after %s on line %d", what, lineno);
        return 1;
    }
    return FAILED();
}

// [else_block]: invalid_else_stmt | 'else' &&':' block
// invalid_else_stmt: a='else' ':' NEWLINE !INDENT -> "expected an indented block after 'else'"
static int else_block(parser_t *p, wf_ast_stmt_seq_t *out)
{
    MARK();
    *out = empty_stmts();
    if (INV) {
        wf_token_t *e = EXPECT(KW_ELSE);
        if (e && EXPECT(COLON) && missing_block(p, e->lineno, "'else' statement")) {
            return -1;
        }
        if (FAILED()) {
            return -1;
        }
        RESET();
    }
    if (!EXPECT(KW_ELSE)) {
        return 0;
    }
    if (!wf_parser_expect_forced(p, WF_TOK_COLON, ":")) {
        return -1;
    }
    wf_ast_stmt_seq_t *b = wf_parser_block(p);
    if (!b) {
        RESET();
        return FAILED() ? -1 : 0;
    }
    *out = *b;
    return 1;
}

// if_stmt / elif_stmt (kw = 'if' or 'elif'):
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
// invalid_if_stmt:
//     | 'if' named_expression NEWLINE -> "expected ':'"
//     | a='if' a=named_expression ':' NEWLINE !INDENT -> expected an indented block
static wf_ast_stmt_t *if_stmt(parser_t *p, int kw)
{
    ENTER();
    START_POS();
    MARK();
    const char *what = kw == WF_TOK_KW_IF ? "'if' statement" : "'elif' statement";
    if (INV) {
        if (wf_parser_expect(p, kw)) {
            wf_ast_expr_t *c = wf_parser_named_expression(p);
            if (c && EXPECT(NEWLINE)) {
                RETURN(RAISE_SYNTAX_ERROR("expected ':'"));
            }
            if (FAILED()) {
                RETURN(NULL);
            }
            RESET();
            p->mark++;
            c = wf_parser_named_expression(p);
            // The grammar reuses `a` for the condition, so the line is the condition's.
            // The grammar reports the condition's line (it reuses the name `a`).
            if (c && EXPECT(COLON) && missing_block(p, c->lineno, what)) {
                RETURN(NULL);
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
        RESET();
    }
    if (!wf_parser_expect(p, kw)) {
        RETURN(NULL);
    }
    wf_ast_expr_t *test = wf_parser_named_expression(p);
    if (!test || !EXPECT(COLON)) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_stmt_seq_t *body = wf_parser_block(p);
    if (!body) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_stmt_seq_t orelse = empty_stmts();
    if (CHECK(KW_ELIF)) {
        int m = p->mark;
        wf_ast_stmt_t *e = if_stmt(p, WF_TOK_KW_ELIF);
        if (e) {
            vec_t v = {0};
            if (VEC_PUSH(v, e) < 0) {
                RETURN(NULL);
            }
            orelse = SEQ(wf_ast_stmt_seq_t, wf_ast_stmt_t, v);
        } else {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
            if (else_block(p, &orelse) < 0) {
                RETURN(NULL);
            }
        }
    } else if (else_block(p, &orelse) < 0) {
        RETURN(NULL);
    }
    RETURN(NODE(wf_ast_If(p->arena, test, *body, orelse, EXTRA)));
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
static wf_ast_stmt_t *while_stmt(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (INV) {
        wf_token_t *w = EXPECT(KW_WHILE);
        if (w) {
            if (wf_parser_named_expression(p) && EXPECT(NEWLINE)) {
                RETURN(RAISE_SYNTAX_ERROR("expected ':'"));
            }
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = mark_ + 1;
            if (wf_parser_named_expression(p) && EXPECT(COLON) &&
                missing_block(p, w->lineno, "'while' statement")) {
                RETURN(NULL);
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
        RESET();
    }
    if (!EXPECT(KW_WHILE)) {
        RETURN(NULL);
    }
    wf_ast_expr_t *test = wf_parser_named_expression(p);
    wf_ast_stmt_seq_t *body = test && EXPECT(COLON) ? wf_parser_block(p) : NULL;
    if (!body) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_stmt_seq_t orelse;
    if (else_block(p, &orelse) < 0) {
        RETURN(NULL);
    }
    RETURN(NODE(wf_ast_While(p->arena, test, *body, orelse, EXTRA)));
}

// invalid_for_stmt:
//     | ['async'] 'for' star_targets 'in' star_expressions NEWLINE -> "expected ':'"
//     | ['async'] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
static int invalid_for_stmt(parser_t *p)
{
    MARK();
    EXPECT(KW_ASYNC);
    wf_token_t *f = EXPECT(KW_FOR);
    if (f && wf_parser_star_targets(p) && EXPECT(KW_IN) && wf_parser_star_expressions(p)) {
        if (EXPECT(NEWLINE)) {
            RAISE_SYNTAX_ERROR("expected ':'");
            return 1;
        }
        if (EXPECT(COLON) && missing_block(p, f->lineno, "'for' statement")) {
            return 1;
        }
    }
    RESET();
    return FAILED();
}

// for_stmt:
//     | invalid_for_stmt
//     | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block
//       [else_block]
//     | invalid_for_target
static wf_ast_stmt_t *for_stmt(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (INV && invalid_for_stmt(p)) {
        RETURN(NULL);
    }
    int is_async = EXPECT(KW_ASYNC) != NULL;
    if (EXPECT(KW_FOR)) {
        wf_ast_expr_t *target = wf_parser_star_targets(p);
        if (target && EXPECT(KW_IN)) {
            // Cut: after 'in' no other alternative is tried.
            wf_ast_expr_t *iter = wf_parser_star_expressions(p);
            wf_ast_stmt_seq_t *body = iter && EXPECT(COLON) ? wf_parser_block(p) : NULL;
            if (!body) {
                RESET();
                RETURN(NULL);
            }
            wf_ast_stmt_seq_t orelse;
            if (else_block(p, &orelse) < 0) {
                RETURN(NULL);
            }
            RETURN(NODE(is_async ? wf_ast_AsyncFor(p->arena, target, iter, *body, orelse, NULL,
                                                   EXTRA)
                                 : wf_ast_For(p->arena, target, iter, *body, orelse, NULL,
                                              EXTRA)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        // invalid_for_target: 'async'? 'for' a=star_expressions -> "cannot assign to %s"
        EXPECT(KW_ASYNC);
        if (EXPECT(KW_FOR)) {
            wf_ast_expr_t *a = wf_parser_star_expressions(p);
            if (a) {
                wf_parser_raise_invalid_target(p, FOR_TARGETS, a);
            }
        }
        RESET();
    }
    RETURN(NULL);
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') -> cannot assign to %s
static wf_ast_withitem_t *with_item(parser_t *p)
{
    ENTER();
    MARK();
    wf_ast_expr_t *e = wf_parser_expression(p);
    if (!e) {
        RETURN(NULL);
    }
    int m = p->mark;
    if (EXPECT(KW_AS)) {
        wf_ast_expr_t *t = wf_parser_star_target(p);
        if (t && (CHECK(COMMA) || CHECK(RPAR) || CHECK(COLON))) {
            RETURN(NODE(wf_ast_withitem(p->arena, e, t)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        if (INV) {
            p->mark = m + 1;
            wf_ast_expr_t *a = wf_parser_expression(p);
            if (a && (CHECK(COMMA) || CHECK(RPAR) || CHECK(COLON))) {
                wf_parser_raise_invalid_target(p, STAR_TARGETS, a);
                if (FAILED()) {
                    RETURN(NULL);
                }
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
    }
    p->mark = m;
    (void)mark_;
    RETURN(NODE(wf_ast_withitem(p->arena, e, NULL)));
}

// ','.with_item+
static int with_items(parser_t *p, vec_t *out)
{
    for (;;) {
        int m = p->mark;
        if (out->len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_withitem_t *w = with_item(p);
        if (!w) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, out, w) < 0) {
            return 0;
        }
    }
    return !FAILED() && out->len > 0;
}

// ','.(expression ['as' star_target])+ or, with `exprs`, ','.(expressions ['as' star_target])+
static int loose_with_items(parser_t *p, int exprs)
{
    int n = 0;
    for (;;) {
        int m = p->mark;
        if (n && !EXPECT(COMMA)) {
            break;
        }
        if (!(exprs ? wf_parser_expressions(p) : wf_parser_expression(p))) {
            p->mark = m;
            break;
        }
        int m2 = p->mark;
        if (!(EXPECT(KW_AS) && wf_parser_star_target(p))) {
            p->mark = m2;
        }
        n++;
    }
    return !FAILED() && n > 0;
}

// invalid_with_stmt_indent / invalid_with_stmt:
//     | ['async'] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | ['async'] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE
//       !INDENT
//     | ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE -> "expected ':'"
//     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
static int invalid_with(parser_t *p, int indent)
{
    MARK();
    EXPECT(KW_ASYNC);
    wf_token_t *w = EXPECT(KW_WITH);
    if (!w) {
        RESET();
        return FAILED();
    }
    int after_with = p->mark;
    for (int paren = 0; paren < 2; paren++) {
        p->mark = after_with;
        int ok;
        if (paren) {
            ok = EXPECT(LPAR) && loose_with_items(p, 1);
            if (ok) {
                EXPECT(COMMA);
                ok = EXPECT(RPAR) != NULL;
            }
        } else {
            ok = loose_with_items(p, 0);
        }
        if (ok) {
            if (indent) {
                if (EXPECT(COLON) && missing_block(p, w->lineno, "'with' statement")) {
                    return 1;
                }
            } else if (EXPECT(NEWLINE)) {
                RAISE_SYNTAX_ERROR("expected ':'");
                return 1;
            }
        }
        if (FAILED()) {
            return 1;
        }
    }
    RESET();
    return 0;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
static wf_ast_stmt_t *with_stmt(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (INV && invalid_with(p, 1)) {
        RETURN(NULL);
    }
    int is_async = EXPECT(KW_ASYNC) != NULL;
    if (EXPECT(KW_WITH)) {
        int after = p->mark;
        for (int paren = 1; paren >= 0; paren--) {
            p->mark = after;
            vec_t items = {0};
            int ok;
            if (paren) {
                ok = EXPECT(LPAR) && with_items(p, &items);
                if (ok) {
                    EXPECT(COMMA);
                    ok = EXPECT(RPAR) != NULL;
                }
            } else {
                ok = with_items(p, &items);
            }
            wf_ast_stmt_seq_t *body = ok && EXPECT(COLON) ? wf_parser_block(p) : NULL;
            if (body) {
                wf_ast_withitem_seq_t s = SEQ(wf_ast_withitem_seq_t, wf_ast_withitem_t, items);
                RETURN(NODE(is_async ? wf_ast_AsyncWith(p->arena, s, *body, NULL, EXTRA)
                                     : wf_ast_With(p->arena, s, *body, NULL, EXTRA)));
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
    }
    RESET();
    if (INV && invalid_with(p, 0)) {
        RETURN(NULL);
    }
    RETURN(NULL);
}

// 'except' [expression ['as' NAME]] shapes used by the invalid rules: parses
// expression ['as' NAME]; returns the expression or NULL (position restored).
static wf_ast_expr_t *except_expr_as(parser_t *p)
{
    wf_ast_expr_t *e = wf_parser_expression(p);
    if (e) {
        int m = p->mark;
        if (!(EXPECT(KW_AS) && EXPECT(NAME))) {
            p->mark = m;
        }
    }
    return e;
}

// invalid_except_stmt:
//     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
//         -> "multiple exception types must be parenthesized"
//     | a='except' '*'? expression ['as' NAME ] NEWLINE -> "expected ':'"
//     | a='except' NEWLINE -> "expected ':'"
//     | a='except' '*' (NEWLINE | ':') -> "expected one or more exception types"
static int invalid_except_stmt(parser_t *p)
{
    MARK();
    if (!EXPECT(KW_EXCEPT)) {
        return FAILED();
    }
    EXPECT(STAR);
    wf_ast_expr_t *a = wf_parser_expression(p);
    if (a && EXPECT(COMMA) && wf_parser_expressions(p)) {
        int m = p->mark;
        if (!(EXPECT(KW_AS) && EXPECT(NAME))) {
            p->mark = m;
        }
        if (EXPECT(COLON)) {
            RAISE_SYNTAX_ERROR_STARTING_FROM(a, "multiple exception types must be "
                                                "parenthesized");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    p->mark = mark_ + 1;
    EXPECT(STAR);
    if (except_expr_as(p) && EXPECT(NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    p->mark = mark_ + 1;
    if (EXPECT(NEWLINE)) {
        RAISE_SYNTAX_ERROR("expected ':'");
        return 1;
    }
    if (EXPECT(STAR) && (EXPECT(NEWLINE) || EXPECT(COLON))) {
        RAISE_SYNTAX_ERROR("expected one or more exception types");
        return 1;
    }
    RESET();
    return FAILED();
}

// except_block / except_star_block:
//     | invalid_except_stmt_indent
//     | 'except' ['*'] expression ['as' NAME] ':' block
//     | 'except' ':' block            (not for except*)
//     | invalid_except_stmt
static wf_ast_excepthandler_t *except_block(parser_t *p, int star)
{
    ENTER();
    START_POS();
    MARK();
    if (INV) {
        // invalid_except_stmt_indent / invalid_except_star_stmt_indent
        wf_token_t *a = EXPECT(KW_EXCEPT);
        if (a && (!star || EXPECT(STAR))) {
            int m = p->mark;
            if (except_expr_as(p) && EXPECT(COLON) &&
                missing_block(p, a->lineno, star ? "'except*' statement" : "'except' statement")) {
                RETURN(NULL);
            }
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
            if (!star && EXPECT(COLON) && missing_block(p, a->lineno, "'except' statement")) {
                RETURN(NULL);
            }
            if (FAILED()) {
                RETURN(NULL);
            }
        }
        RESET();
    }
    if (EXPECT(KW_EXCEPT) && (!star || EXPECT(STAR))) {
        int m = p->mark;
        wf_ast_expr_t *type = wf_parser_expression(p);
        if (type) {
            const char *name = NULL;
            int m2 = p->mark;
            if (EXPECT(KW_AS)) {
                wf_ast_expr_t *n = wf_parser_name(p);
                if (n) {
                    name = n->v.Name.id;
                } else {
                    p->mark = m2;
                }
            }
            wf_ast_stmt_seq_t *body = !FAILED() && EXPECT(COLON) ? wf_parser_block(p) : NULL;
            if (body) {
                RETURN(NODE(wf_ast_ExceptHandler(p->arena, type, name, *body, EXTRA)));
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
        if (!star && EXPECT(COLON)) {
            wf_ast_stmt_seq_t *body = wf_parser_block(p);
            if (body) {
                RETURN(NODE(wf_ast_ExceptHandler(p->arena, NULL, NULL, *body, EXTRA)));
            }
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV && invalid_except_stmt(p)) {
        RETURN(NULL);
    }
    RETURN(NULL);
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
static int finally_block(parser_t *p, wf_ast_stmt_seq_t *out)
{
    MARK();
    *out = empty_stmts();
    wf_token_t *f = EXPECT(KW_FINALLY);
    if (!f) {
        return FAILED() ? -1 : 0;
    }
    if (INV) {
        if (EXPECT(COLON) && missing_block(p, f->lineno, "'finally' statement")) {
            return -1;
        }
        if (FAILED()) {
            return -1;
        }
        p->mark = mark_ + 1;
    }
    if (!wf_parser_expect_forced(p, WF_TOK_COLON, ":")) {
        return -1;
    }
    wf_ast_stmt_seq_t *b = wf_parser_block(p);
    if (!b) {
        RESET();
        return FAILED() ? -1 : 0;
    }
    *out = *b;
    return 1;
}

// except_block+ (star = 0) or except_star_block+ (star = 1).
static int except_blocks(parser_t *p, int star, vec_t *out)
{
    wf_ast_excepthandler_t *h;
    while ((h = except_block(p, star)) != NULL) {
        if (wf_parser_vec_push(p, out, h) < 0) {
            return 0;
        }
    }
    return !FAILED() && out->len > 0;
}

// invalid_try_stmt:
//     | a='try' ':' NEWLINE !INDENT -> expected an indented block after 'try'
//     | 'try' ':' block !('except' | 'finally') -> "expected 'except' or 'finally' block"
//     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
//         -> "cannot have both 'except' and 'except*' on the same 'try'"
//     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' -> same
static int invalid_try_stmt(parser_t *p)
{
    MARK();
    wf_token_t *t = EXPECT(KW_TRY);
    if (!t || !EXPECT(COLON)) {
        RESET();
        return FAILED();
    }
    int after = p->mark;
    if (missing_block(p, t->lineno, "'try' statement")) {
        return 1;
    }
    p->mark = after;
    if (wf_parser_block(p) && !CHECK(KW_EXCEPT) && !CHECK(KW_FINALLY) && !FAILED()) {
        RAISE_SYNTAX_ERROR("expected 'except' or 'finally' block");
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    for (int star = 0; star < 2; star++) {
        p->mark = after;
        while (wf_parser_block(p)) {
        }
        vec_t hs = {0};
        if (!FAILED() && except_blocks(p, star, &hs)) {
            wf_token_t *a = EXPECT(KW_EXCEPT);
            if (a && !star) {
                wf_token_t *b = EXPECT(STAR);
                if (b && except_expr_as(p) && EXPECT(COLON)) {
                    RAISE_SYNTAX_ERROR_KNOWN_RANGE(
                        a, b, "cannot have both 'except' and 'except*' on the same 'try'");
                    return 1;
                }
            } else if (a) {
                int m = p->mark;
                if (!except_expr_as(p)) {
                    p->mark = m;
                }
                if (!FAILED() && EXPECT(COLON)) {
                    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                        a, "cannot have both 'except' and 'except*' on the same 'try'");
                    return 1;
                }
            }
        }
        if (FAILED()) {
            return 1;
        }
    }
    RESET();
    return 0;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
static wf_ast_stmt_t *try_stmt(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (INV && invalid_try_stmt(p)) {
        RETURN(NULL);
    }
    if (!EXPECT(KW_TRY)) {
        RETURN(NULL);
    }
    if (!wf_parser_expect_forced(p, WF_TOK_COLON, ":")) {
        RETURN(NULL);
    }
    wf_ast_stmt_seq_t *body = wf_parser_block(p);
    if (!body) {
        RESET();
        RETURN(NULL);
    }
    int after = p->mark;
    wf_ast_stmt_seq_t fin, orelse;
    wf_ast_excepthandler_seq_t nohandlers = {0, NULL};
    int r = finally_block(p, &fin);
    if (r < 0) {
        RETURN(NULL);
    }
    if (r > 0) {
        RETURN(NODE(wf_ast_Try(p->arena, *body, nohandlers, empty_stmts(), fin, EXTRA)));
    }
    for (int star = 0; star < 2; star++) {
        p->mark = after;
        vec_t hs = {0};
        if (except_blocks(p, star, &hs)) {
            if (else_block(p, &orelse) < 0 || finally_block(p, &fin) < 0) {
                RETURN(NULL);
            }
            wf_ast_excepthandler_seq_t h = SEQ(wf_ast_excepthandler_seq_t,
                                               wf_ast_excepthandler_t, hs);
            RETURN(NODE(star ? wf_ast_TryStar(p->arena, *body, h, orelse, fin, EXTRA)
                             : wf_ast_Try(p->arena, *body, h, orelse, fin, EXTRA)));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
    }
    RESET();
    RETURN(NULL);
}

// decorators: ('@' named_expression NEWLINE)+
static int decorators(parser_t *p, vec_t *out)
{
    for (;;) {
        int m = p->mark;
        if (!EXPECT(AT)) {
            break;
        }
        wf_ast_expr_t *d = wf_parser_named_expression(p);
        if (!(d && EXPECT(NEWLINE))) {
            p->mark = m;
            break;
        }
        if (wf_parser_vec_push(p, out, d) < 0) {
            return 0;
        }
    }
    return !FAILED() && out->len > 0;
}

// ['->' expression]
static wf_ast_expr_t *return_annotation(parser_t *p)
{
    int m = p->mark;
    if (EXPECT(RARROW)) {
        wf_ast_expr_t *e = wf_parser_expression(p);
        if (e) {
            return e;
        }
    }
    p->mark = m;
    return NULL;
}

// [params] then ')'.
static int params_close(parser_t *p, wf_ast_arguments_t **out)
{
    int m = p->mark;
    *out = wf_parser_params(p);
    if (!*out) {
        if (FAILED()) {
            return 0;
        }
        p->mark = m;
    }
    return EXPECT(RPAR) != NULL;
}

// [type_params]
static wf_ast_type_param_seq_t opt_type_params(parser_t *p)
{
    wf_ast_type_param_seq_t none = {0, NULL};
    int m = p->mark;
    wf_ast_type_param_seq_t *tp = wf_parser_type_params(p);
    if (!tp) {
        p->mark = m;
        return none;
    }
    return *tp;
}

// function_def_raw:
//     | invalid_def_raw
//     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':'
//       [func_type_comment] block
// invalid_def_raw:
//     | ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':'
//       NEWLINE !INDENT -> "expected an indented block after function definition on line %d"
static wf_ast_stmt_t *function_def_raw(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_arguments_t *params;
    if (INV) {
        EXPECT(KW_ASYNC);
        wf_token_t *d = EXPECT(KW_DEF);
        if (d && EXPECT(NAME)) {
            opt_type_params(p);
            if (!FAILED() && EXPECT(LPAR) && params_close(p, &params)) {
                return_annotation(p);
                if (!FAILED() && EXPECT(COLON) &&
                    missing_block(p, d->lineno, "function definition")) {
                    RETURN(NULL);
                }
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        // ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':'
        // [func_type_comment] block
        RESET();
        EXPECT(KW_ASYNC);
        if (EXPECT(KW_DEF) && EXPECT(NAME)) {
            opt_type_params(p);
            if (!FAILED() && wf_parser_expect_forced(p, WF_TOK_LPAR, "(") &&
                params_close(p, &params)) {
                return_annotation(p);
                if (!FAILED() && wf_parser_expect_forced(p, WF_TOK_COLON, ":")) {
                    wf_parser_block(p);
                }
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    int is_async = EXPECT(KW_ASYNC) != NULL;
    if (!EXPECT(KW_DEF)) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_t *name = wf_parser_name(p);
    if (!name) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_type_param_seq_t tp = opt_type_params(p);
    if (FAILED() || !EXPECT(LPAR) || !params_close(p, &params)) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_t *returns = return_annotation(p);
    wf_ast_stmt_seq_t *body = !FAILED() && EXPECT(COLON) ? wf_parser_block(p) : NULL;
    if (!body) {
        RESET();
        RETURN(NULL);
    }
    if (!params) {
        params = wf_parser_empty_arguments(p);
        if (!params) {
            RETURN(NULL);
        }
    }
    wf_ast_expr_seq_t nodeco = {0, NULL};
    const char *id = name->v.Name.id;
    RETURN(NODE(is_async ? wf_ast_AsyncFunctionDef(p->arena, id, params, *body, nodeco, returns,
                                                   NULL, tp, EXTRA)
                         : wf_ast_FunctionDef(p->arena, id, params, *body, nodeco, returns, NULL,
                                              tp, EXTRA)));
}

// ['(' [arguments] ')'] of a class definition; 1 when present, 0 when absent.
static int class_args(parser_t *p, wf_ast_expr_t **args)
{
    int m = p->mark;
    *args = NULL;
    if (EXPECT(LPAR)) {
        int m2 = p->mark;
        *args = wf_parser_arguments(p);
        if (!*args) {
            p->mark = m2;
        }
        if (!FAILED() && EXPECT(RPAR)) {
            return 1;
        }
        *args = NULL;
    }
    p->mark = m;
    return 0;
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
// invalid_class_def_raw:
//     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE -> "expected ':'"
//     | a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
static wf_ast_stmt_t *class_def_raw(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_ast_expr_t *args;
    if (INV) {
        wf_token_t *c = EXPECT(KW_CLASS);
        if (c && EXPECT(NAME)) {
            opt_type_params(p);
            class_args(p, &args);
            if (!FAILED() && EXPECT(NEWLINE)) {
                RETURN(RAISE_SYNTAX_ERROR("expected ':'"));
            }
            if (!FAILED() && EXPECT(COLON) && missing_block(p, c->lineno, "class definition")) {
                RETURN(NULL);
            }
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        RESET();
    }
    if (!EXPECT(KW_CLASS)) {
        RETURN(NULL);
    }
    wf_ast_expr_t *name = wf_parser_name(p);
    if (!name) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_type_param_seq_t tp = opt_type_params(p);
    class_args(p, &args);
    wf_ast_stmt_seq_t *body = !FAILED() && EXPECT(COLON) ? wf_parser_block(p) : NULL;
    if (!body) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_expr_seq_t bases = {0, NULL};
    wf_ast_keyword_seq_t kws = {0, NULL};
    if (args) {
        bases = args->v.Call.args;
        kws = args->v.Call.keywords;
    }
    wf_ast_expr_seq_t nodeco = {0, NULL};
    RETURN(NODE(wf_ast_ClassDef(p->arena, name->v.Name.id, bases, kws, *body, nodeco, tp,
                                EXTRA)));
}

// function_def: decorators function_def_raw | function_def_raw
// class_def: decorators class_def_raw | class_def_raw
// The decorated node keeps the position of its 'def'/'class' line.
static wf_ast_stmt_t *decorated(parser_t *p, int is_class)
{
    ENTER();
    MARK();
    vec_t decos = {0};
    if (decorators(p, &decos)) {
        wf_ast_stmt_t *s = is_class ? class_def_raw(p) : function_def_raw(p);
        if (s) {
            wf_ast_expr_seq_t d = SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, decos);
            switch (s->kind) {
            case WF_AST_FunctionDef: s->v.FunctionDef.decorator_list = d; break;
            case WF_AST_AsyncFunctionDef: s->v.AsyncFunctionDef.decorator_list = d; break;
            case WF_AST_ClassDef: s->v.ClassDef.decorator_list = d; break;
            default: break;
            }
            RETURN(s);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    RETURN(is_class ? class_def_raw(p) : function_def_raw(p));
}

// compound_stmt:
//     | &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
static wf_ast_stmt_t *compound_stmt(parser_t *p)
{
    ENTER();
    MARK();
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        RETURN(NULL);
    }
    wf_ast_stmt_t *s = NULL;
    switch (t->type) {
    case WF_TOK_KW_DEF: RETURN(decorated(p, 0));
    case WF_TOK_AT:
        s = decorated(p, 0);
        if (s || FAILED()) {
            RETURN(s);
        }
        RESET();
        RETURN(decorated(p, 1));
    case WF_TOK_KW_ASYNC:
        s = decorated(p, 0);
        if (s || FAILED()) {
            RETURN(s);
        }
        RESET();
        s = with_stmt(p);
        if (s || FAILED()) {
            RETURN(s);
        }
        RESET();
        RETURN(for_stmt(p));
    case WF_TOK_KW_IF: RETURN(if_stmt(p, WF_TOK_KW_IF));
    case WF_TOK_KW_CLASS: RETURN(decorated(p, 1));
    case WF_TOK_KW_WITH: RETURN(with_stmt(p));
    case WF_TOK_KW_FOR: RETURN(for_stmt(p));
    case WF_TOK_KW_TRY: RETURN(try_stmt(p));
    case WF_TOK_KW_WHILE: RETURN(while_stmt(p));
    default: RETURN(wf_parser_match_stmt(p));
    }
}

// ---------------------------------------------------------------------------------------
// Type parameters (PEP 695 / 696).

// type_param (memo):
//     | NAME [':' expression] ['=' expression]
//     | invalid_type_param
//     | '*' NAME ['=' star_expression]
//     | '**' NAME ['=' expression]
// invalid_type_param:
//     | '*' NAME colon=':' e=expression -> "cannot use constraints/bound with TypeVarTuple"
//     | '**' NAME colon=':' e=expression -> "... with ParamSpec"
static wf_ast_type_param_t *type_param(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_type_param, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    wf_ast_type_param_t *res = NULL;
    wf_ast_expr_t *n = wf_parser_name(p);
    if (n) {
        wf_ast_expr_t *bound = NULL, *def = NULL;
        int m = p->mark;
        if (EXPECT(COLON)) {
            bound = wf_parser_expression(p);
            if (!bound) {
                p->mark = m;
            }
        }
        m = p->mark;
        if (!FAILED() && EXPECT(EQUAL)) {
            def = wf_parser_expression(p);
            if (!def) {
                p->mark = m;
            }
        }
        if (!FAILED()) {
            res = NODE(wf_ast_TypeVar(p->arena, n->v.Name.id, bound, def, EXTRA));
        }
        goto done;
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    int stars = EXPECT(STAR) ? 1 : EXPECT(DOUBLESTAR) ? 2 : 0;
    if (!stars) {
        goto done;
    }
    n = wf_parser_name(p);
    if (!n) {
        RESET();
        goto done;
    }
    if (INV) {
        int m = p->mark;
        wf_token_t *colon = EXPECT(COLON);
        wf_ast_expr_t *e = colon ? wf_parser_expression(p) : NULL;
        if (e) {
            const char *what = stars == 1 ? "TypeVarTuple" : "ParamSpec";
            RETURN(RAISE_SYNTAX_ERROR_STARTING_FROM(
                colon, e->kind == WF_AST_Tuple ? "cannot use constraints with %s"
                                               : "cannot use bound with %s",
                what));
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
    }
    wf_ast_expr_t *def = NULL;
    int m = p->mark;
    if (EXPECT(EQUAL)) {
        def = stars == 1 ? wf_parser_star_expression(p) : wf_parser_expression(p);
        if (!def) {
            p->mark = m;
        }
    }
    if (!FAILED()) {
        res = NODE(stars == 1 ? wf_ast_TypeVarTuple(p->arena, n->v.Name.id, def, EXTRA)
                              : wf_ast_ParamSpec(p->arena, n->v.Name.id, def, EXTRA));
    }
done:
    if (FAILED()) {
        RETURN(NULL);
    }
    if (!res) {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_type_param, res);
    RETURN(res);
}

// type_params: invalid_type_params | '[' type_param_seq ']'
// invalid_type_params: '[' token=']' -> "Type parameter list cannot be empty"
// type_param_seq: ','.type_param+ [',']
wf_ast_type_param_seq_t *wf_parser_type_params(parser_t *p)
{
    ENTER();
    MARK();
    if (!EXPECT(LSQB)) {
        RETURN(NULL);
    }
    if (INV) {
        wf_token_t *t = EXPECT(RSQB);
        if (t) {
            RETURN(RAISE_SYNTAX_ERROR_STARTING_FROM(t, "Type parameter list cannot be empty"));
        }
    }
    vec_t v = {0};
    for (;;) {
        int m = p->mark;
        if (v.len && !EXPECT(COMMA)) {
            break;
        }
        wf_ast_type_param_t *tp = type_param(p);
        if (!tp) {
            p->mark = m;
            break;
        }
        if (VEC_PUSH(v, tp) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    if (v.len) {
        EXPECT(COMMA);
    }
    if (!v.len || !EXPECT(RSQB)) {
        RESET();
        RETURN(NULL);
    }
    wf_ast_type_param_seq_t *s = wf_parser_alloc(p, sizeof *s);
    if (s) {
        *s = SEQ(wf_ast_type_param_seq_t, wf_ast_type_param_t, v);
    }
    RETURN(s);
}
