// Parameter lists of `def` and `lambda`, and lambda expressions themselves.
//
// The grammar has two copies of every parameter rule (function and lambda); they differ only
// in the token that closes the list (')' or ':') and in annotations, so each rule here takes
// a `lam` flag instead of being written twice. Results are assembled into an `arguments`
// node the way the ast module lays it out (posonlyargs, args, defaults, vararg, kwonlyargs,
// kw_defaults with NULL for "no default", kwarg).
#include <string.h>

#include "runtime/parser_impl.h"

#define MARK() int mark_ = p->mark
#define RESET() (p->mark = mark_)
#define INV (p->call_invalid_rules)

typedef struct {
    vec_t names;    // wf_ast_arg_t *
    vec_t defaults; // wf_ast_expr_t * (NULL = none, for keyword-only parameters)
} pairs_t;

typedef struct {
    wf_ast_arg_t *vararg;
    pairs_t kwonly;
    wf_ast_arg_t *kwarg;
} star_etc_t;

static int close_tok(int lam)
{
    return lam ? WF_TOK_COLON : WF_TOK_RPAR;
}

// default: '=' expression | invalid_default
// invalid_default: a='=' &(')'|',') -> "expected default value expression"
static wf_ast_expr_t *default_value(parser_t *p)
{
    ENTER();
    MARK();
    wf_token_t *eq = EXPECT(EQUAL);
    if (!eq) {
        RETURN(NULL);
    }
    wf_ast_expr_t *e = wf_parser_expression(p);
    if (e || FAILED()) {
        RETURN(e);
    }
    if (INV && (CHECK(RPAR) || CHECK(COMMA))) {
        RETURN(RAISE_SYNTAX_ERROR_KNOWN_LOCATION(eq, "expected default value expression"));
    }
    RESET();
    RETURN(NULL);
}

// param: NAME annotation? (lambda_param: NAME)
// param_star_annotation: NAME ':' star_expression
static wf_ast_arg_t *param(parser_t *p, int lam, int star_annotation)
{
    ENTER();
    START_POS();
    MARK();
    wf_token_t *n = EXPECT(NAME);
    if (!n) {
        RETURN(NULL);
    }
    wf_ast_expr_t *ann = NULL;
    if (!lam) {
        int m = p->mark;
        if (EXPECT(COLON)) {
            ann = star_annotation ? wf_parser_star_expression(p) : wf_parser_expression(p);
            if (!ann) {
                if (FAILED()) {
                    RETURN(NULL);
                }
                p->mark = m;
            }
        }
        if (star_annotation && !ann) {
            RESET();
            RETURN(NULL);
        }
    }
    const char *id;
    if (wf_parser_identifier(p, p->tz.buf + n->start, n->len, &id) < 0) {
        RETURN(NULL);
    }
    wf_ast_arg_t *a = wf_ast_arg(p->arena, id, ann, NULL, EXTRA);
    RETURN(a ? a : wf_parser_nomem(p));
}

// The end of one parameter: ',' or a lookahead of the closing token.
static int param_end(parser_t *p, int lam)
{
    if (EXPECT(COMMA)) {
        return 1;
    }
    return wf_parser_check(p, close_tok(lam));
}

// param_no_default: param ',' | param &')'
static wf_ast_arg_t *param_no_default(parser_t *p, int lam)
{
    MARK();
    wf_ast_arg_t *a = param(p, lam, 0);
    if (a && param_end(p, lam)) {
        return a;
    }
    RESET();
    return NULL;
}

// param_with_default: param default (',' | &')')
// param_maybe_default: param default? (',' | &')')
static wf_ast_arg_t *param_default(parser_t *p, int lam, int required, wf_ast_expr_t **def)
{
    MARK();
    wf_ast_arg_t *a = param(p, lam, 0);
    if (a) {
        int m = p->mark;
        *def = default_value(p);
        if (!*def) {
            p->mark = m;
        }
        if ((*def || !required) && !FAILED() && param_end(p, lam)) {
            return a;
        }
    }
    RESET();
    return NULL;
}

static int push_pair(parser_t *p, pairs_t *pr, wf_ast_arg_t *a, wf_ast_expr_t *d)
{
    return wf_parser_vec_push(p, &pr->names, a) < 0 ||
                   wf_parser_vec_push(p, &pr->defaults, d) < 0
               ? -1
               : 0;
}

// param_no_default* ; returns the count (0 allowed).
static int many_no_default(parser_t *p, int lam, vec_t *out)
{
    wf_ast_arg_t *a;
    while ((a = param_no_default(p, lam)) != NULL) {
        if (wf_parser_vec_push(p, out, a) < 0) {
            return -1;
        }
    }
    return FAILED() ? -1 : out->len;
}

// param_with_default* (required = 1) or param_maybe_default* (required = 0).
static int many_default(parser_t *p, int lam, int required, pairs_t *out)
{
    wf_ast_arg_t *a;
    wf_ast_expr_t *d = NULL;
    int n = 0;
    while ((a = param_default(p, lam, required, &d)) != NULL) {
        if (push_pair(p, out, a, d) < 0) {
            return -1;
        }
        n++;
    }
    return FAILED() ? -1 : n;
}

// '/' followed by ',' or a lookahead of the closing token.
static int slash_end(parser_t *p, int lam)
{
    MARK();
    if (EXPECT(SLASH) && param_end(p, lam)) {
        return 1;
    }
    RESET();
    return 0;
}

// slash_no_default: param_no_default+ '/' (',' | &')')
static int slash_no_default(parser_t *p, int lam, vec_t *out)
{
    MARK();
    if (many_no_default(p, lam, out) > 0 && slash_end(p, lam)) {
        return 1;
    }
    RESET();
    out->len = 0;
    return 0;
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
static int slash_with_default(parser_t *p, int lam, vec_t *plain, pairs_t *with)
{
    MARK();
    if (many_no_default(p, lam, plain) >= 0 && many_default(p, lam, 1, with) > 0 &&
        slash_end(p, lam)) {
        return 1;
    }
    RESET();
    plain->len = with->names.len = with->defaults.len = 0;
    return 0;
}

// invalid_kwds (and invalid_lambda_kwds):
//     | '**' param a='=' -> "var-keyword argument cannot have default value"
//     | '**' param ',' a=param -> "arguments cannot follow var-keyword argument"
//     | '**' param ',' a=('*'|'**'|'/') -> same
static int invalid_kwds(parser_t *p, int lam)
{
    MARK();
    if (EXPECT(DOUBLESTAR) && param(p, lam, 0)) {
        wf_token_t *eq = EXPECT(EQUAL);
        if (eq) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(eq, "var-keyword argument cannot have default value");
            return 1;
        }
        if (EXPECT(COMMA)) {
            int m = p->mark;
            wf_ast_arg_t *a = param(p, lam, 0);
            if (a) {
                RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "arguments cannot follow var-keyword "
                                                     "argument");
                return 1;
            }
            p->mark = m;
            wf_token_t *t = wf_parser_peek(p);
            if (t && (t->type == WF_TOK_STAR || t->type == WF_TOK_DOUBLESTAR ||
                      t->type == WF_TOK_SLASH)) {
                RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, "arguments cannot follow var-keyword "
                                                     "argument");
                return 1;
            }
        }
    }
    RESET();
    return FAILED();
}

// kwds: invalid_kwds | '**' param_no_default
static wf_ast_arg_t *kwds(parser_t *p, int lam)
{
    MARK();
    if (INV && invalid_kwds(p, lam)) {
        return NULL;
    }
    if (EXPECT(DOUBLESTAR)) {
        wf_ast_arg_t *a = param_no_default(p, lam);
        if (a) {
            return a;
        }
    }
    RESET();
    return NULL;
}

// (param_no_default | ',') used by the "* may appear only once" rules.
static int no_default_or_comma(parser_t *p, int lam)
{
    return param_no_default(p, lam) != NULL || EXPECT(COMMA) != NULL;
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**')) -> "named arguments must follow bare *"
//     | '*' param a='=' -> "var-positional argument cannot have default value"
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
//         -> "* argument may appear only once"
// invalid_lambda_star_etc: the same with ':' (and a plain RAISE_SYNTAX_ERROR for the first).
static int invalid_star_etc(parser_t *p, int lam)
{
    MARK();
    wf_token_t *star = EXPECT(STAR);
    if (!star) {
        return FAILED();
    }
    int close = close_tok(lam);
    int bare = wf_parser_expect(p, close) != NULL;
    if (!bare && EXPECT(COMMA)) {
        bare = wf_parser_expect(p, close) || EXPECT(DOUBLESTAR);
    }
    if (bare) {
        if (lam) {
            RAISE_SYNTAX_ERROR("named arguments must follow bare *");
        } else {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(star, "named arguments must follow bare *");
        }
        return 1;
    }
    if (FAILED()) {
        return 1;
    }
    p->mark = mark_ + 1;
    if (param(p, lam, 0)) {
        wf_token_t *eq = EXPECT(EQUAL);
        if (eq) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(eq, "var-positional argument cannot have default "
                                                  "value");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    p->mark = mark_ + 1;
    if (no_default_or_comma(p, lam)) {
        pairs_t ignored = {{0}, {0}};
        if (many_default(p, lam, 0, &ignored) >= 0) {
            wf_token_t *a = EXPECT(STAR);
            if (a && no_default_or_comma(p, lam)) {
                RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "* argument may appear only once");
                return 1;
            }
        }
    }
    RESET();
    return FAILED();
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
static void *star_etc(parser_t *p, int lam, star_etc_t *out)
{
    ENTER();
    MARK();
    memset(out, 0, sizeof *out);
    if (INV && invalid_star_etc(p, lam)) {
        RETURN(NULL);
    }
    if (EXPECT(STAR)) {
        int m = p->mark;
        wf_ast_arg_t *va = param_no_default(p, lam);
        if (!va && !lam && !FAILED()) {
            p->mark = m;
            wf_ast_arg_t *sa = param(p, 0, 1);
            va = sa && param_end(p, lam) ? sa : NULL;
            if (!va) {
                p->mark = m;
            }
        }
        if (va) {
            out->vararg = va;
            if (many_default(p, lam, 0, &out->kwonly) < 0) {
                RETURN(NULL);
            }
            int m2 = p->mark;
            out->kwarg = kwds(p, lam);
            if (!out->kwarg) {
                if (FAILED()) {
                    RETURN(NULL);
                }
                p->mark = m2;
            }
            RETURN(SUCCESS_PTR);
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
        if (EXPECT(COMMA) && many_default(p, lam, 0, &out->kwonly) > 0) {
            int m2 = p->mark;
            out->kwarg = kwds(p, lam);
            if (!out->kwarg) {
                if (FAILED()) {
                    RETURN(NULL);
                }
                p->mark = m2;
            }
            RETURN(SUCCESS_PTR);
        }
        if (FAILED()) {
            RETURN(NULL);
        }
        memset(out, 0, sizeof *out);
        RESET();
    }
    out->kwarg = kwds(p, lam);
    if (out->kwarg) {
        RETURN(SUCCESS_PTR);
    }
    RESET();
    RETURN(NULL);
}

// invalid_parameters (and invalid_lambda_parameters):
//     | a="/" ',' -> "at least one argument must precede /"
//     | (slash_no_default | slash_with_default) param_maybe_default* a='/'
//         -> "/ may appear only once"
//     | slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
//         -> "parameter without a default follows parameter with a default"
//     | param_no_default* a='(' param_no_default+ ','? b=')'
//         -> "Function parameters cannot be parenthesized" (lambda: ','.lambda_param+)
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*'
//       (',' | param_no_default) param_maybe_default* a='/' -> "/ must be ahead of *"
//     | param_maybe_default+ '/' a='*' -> "expected comma between / and *"
// invalid_parameters_helper: slash_with_default | param_with_default+
static int invalid_parameters(parser_t *p, int lam)
{
    MARK();
    vec_t plain = {0};
    pairs_t with = {{0}, {0}}, maybe = {{0}, {0}};
    wf_token_t *a = EXPECT(SLASH);
    if (a && EXPECT(COMMA)) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "at least one argument must precede /");
        return 1;
    }
    RESET();
    if (slash_no_default(p, lam, &plain) || slash_with_default(p, lam, &plain, &with)) {
        if (many_default(p, lam, 0, &maybe) >= 0 && (a = EXPECT(SLASH)) != NULL) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "/ may appear only once");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    plain.len = 0;
    if (!slash_no_default(p, lam, &plain)) {
        RESET();
    }
    if (many_no_default(p, lam, &plain) >= 0) {
        int m = p->mark;
        pairs_t w2 = {{0}, {0}};
        vec_t pl2 = {0};
        int helper = slash_with_default(p, lam, &pl2, &w2);
        if (!helper && !FAILED()) {
            p->mark = m;
            helper = many_default(p, lam, 1, &w2) > 0;
        }
        if (helper) {
            wf_ast_arg_t *bad = param_no_default(p, lam);
            if (bad) {
                RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                    bad, "parameter without a default follows parameter with a default");
                return 1;
            }
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    plain.len = 0;
    if (many_no_default(p, lam, &plain) >= 0) {
        wf_token_t *lp = EXPECT(LPAR);
        if (lp) {
            int n = 0;
            if (lam) {
                // ','.lambda_param+ ','?
                while (param(p, 1, 0)) {
                    n++;
                    if (!EXPECT(COMMA)) {
                        break;
                    }
                }
            } else {
                vec_t inner = {0};
                n = many_no_default(p, lam, &inner);
                EXPECT(COMMA);
            }
            wf_token_t *rp = n > 0 ? EXPECT(RPAR) : NULL;
            if (rp) {
                RAISE_SYNTAX_ERROR_KNOWN_RANGE(lp, rp,
                                               lam ? "Lambda expression parameters cannot be "
                                                     "parenthesized"
                                                   : "Function parameters cannot be "
                                                     "parenthesized");
                return 1;
            }
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    plain.len = 0;
    with.names.len = with.defaults.len = 0;
    if (!slash_no_default(p, lam, &plain) && !slash_with_default(p, lam, &plain, &with)) {
        RESET();
    }
    maybe.names.len = maybe.defaults.len = 0;
    if (many_default(p, lam, 0, &maybe) >= 0 && EXPECT(STAR)) {
        if (EXPECT(COMMA) || param_no_default(p, lam)) {
            pairs_t m2 = {{0}, {0}};
            if (many_default(p, lam, 0, &m2) >= 0 && (a = EXPECT(SLASH)) != NULL) {
                RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "/ must be ahead of *");
                return 1;
            }
        }
    }
    if (FAILED()) {
        return 1;
    }
    RESET();
    maybe.names.len = maybe.defaults.len = 0;
    if (many_default(p, lam, 0, &maybe) > 0 && EXPECT(SLASH)) {
        a = EXPECT(STAR);
        if (a) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, "expected comma between / and *");
            return 1;
        }
    }
    RESET();
    return FAILED();
}

static wf_ast_arg_seq_t arg_seq(vec_t *v)
{
    return SEQ(wf_ast_arg_seq_t, wf_ast_arg_t, *v);
}

// Assembles the arguments node as the ast module lays it out.
static wf_ast_arguments_t *make_arguments(parser_t *p, vec_t *slash_plain, pairs_t *slash_with,
                                          vec_t *plain, pairs_t *with, star_etc_t *se)
{
    vec_t posonly = {0}, posargs = {0}, defaults = {0};
    for (int i = 0; i < slash_plain->len; i++) {
        if (wf_parser_vec_push(p, &posonly, slash_plain->items[i]) < 0) {
            return NULL;
        }
    }
    for (int i = 0; i < slash_with->names.len; i++) {
        if (wf_parser_vec_push(p, &posonly, slash_with->names.items[i]) < 0 ||
            wf_parser_vec_push(p, &defaults, slash_with->defaults.items[i]) < 0) {
            return NULL;
        }
    }
    for (int i = 0; i < plain->len; i++) {
        if (wf_parser_vec_push(p, &posargs, plain->items[i]) < 0) {
            return NULL;
        }
    }
    for (int i = 0; i < with->names.len; i++) {
        if (wf_parser_vec_push(p, &posargs, with->names.items[i]) < 0 ||
            wf_parser_vec_push(p, &defaults, with->defaults.items[i]) < 0) {
            return NULL;
        }
    }
    wf_ast_arguments_t *a = wf_ast_arguments(
        p->arena, arg_seq(&posonly), arg_seq(&posargs), se->vararg, arg_seq(&se->kwonly.names),
        SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, se->kwonly.defaults), se->kwarg,
        SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, defaults));
    return a ? a : wf_parser_nomem(p);
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
static wf_ast_arguments_t *parameters(parser_t *p, int lam)
{
    ENTER();
    MARK();
    vec_t sp = {0}, plain = {0};
    pairs_t sw = {{0}, {0}}, with = {{0}, {0}};
    star_etc_t se;
    memset(&se, 0, sizeof se);
    int ok = 0;
    if (slash_no_default(p, lam, &sp)) {
        ok = many_no_default(p, lam, &plain) >= 0 && many_default(p, lam, 1, &with) >= 0;
    } else if (!FAILED() && slash_with_default(p, lam, &sp, &sw)) {
        ok = many_default(p, lam, 1, &with) >= 0;
    } else if (!FAILED() && many_no_default(p, lam, &plain) > 0) {
        ok = many_default(p, lam, 1, &with) >= 0;
    } else if (!FAILED() && (plain.len = 0, many_default(p, lam, 1, &with) > 0)) {
        ok = 1;
    } else if (!FAILED()) {
        RESET();
        with.names.len = with.defaults.len = 0;
        if (star_etc(p, lam, &se)) {
            RETURN(make_arguments(p, &sp, &sw, &plain, &with, &se));
        }
        RESET();
        RETURN(NULL);
    }
    if (FAILED() || !ok) {
        RESET();
        RETURN(NULL);
    }
    int m = p->mark;
    if (!star_etc(p, lam, &se)) {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
        memset(&se, 0, sizeof se);
    }
    RETURN(make_arguments(p, &sp, &sw, &plain, &with, &se));
}

// params: invalid_parameters | parameters
wf_ast_arguments_t *wf_parser_params(parser_t *p)
{
    ENTER();
    if (INV && invalid_parameters(p, 0)) {
        RETURN(NULL);
    }
    RETURN(parameters(p, 0));
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
static wf_ast_arguments_t *lambda_params(parser_t *p)
{
    ENTER();
    if (INV && invalid_parameters(p, 1)) {
        RETURN(NULL);
    }
    RETURN(parameters(p, 1));
}

wf_ast_arguments_t *wf_parser_lambda_params(parser_t *p)
{
    return lambda_params(p);
}

// lambdef: 'lambda' [lambda_params] ':' expression
wf_ast_expr_t *wf_parser_lambdef(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    if (!EXPECT(KW_LAMBDA)) {
        RETURN(NULL);
    }
    int m = p->mark;
    wf_ast_arguments_t *a = lambda_params(p);
    if (!a) {
        if (FAILED()) {
            RETURN(NULL);
        }
        p->mark = m;
    }
    if (EXPECT(COLON)) {
        wf_ast_expr_t *body = wf_parser_expression(p);
        if (body) {
            if (!a) {
                a = wf_parser_empty_arguments(p);
                if (!a) {
                    RETURN(NULL);
                }
            }
            wf_ast_expr_t *e = wf_ast_Lambda(p->arena, a, body, EXTRA);
            RETURN(e ? e : wf_parser_nomem(p));
        }
    }
    RESET();
    RETURN(NULL);
}
