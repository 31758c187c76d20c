// Expressions back to source text, for annotations under `from __future__ import
// annotations` (PEP 563): the annotation is stored as the string CPython's compiler makes
// of it, which follows operator precedence to decide on parentheses and uses repr() for
// constants.
#include "runtime/compiler.h"

#include "objects/abstract.h"
#include "objects/float.h"
#include "objects/str.h"
#include "runtime/errors.h"

#include <string.h>

// Precedence levels, lowest first.
enum {
    PR_TUPLE,
    PR_TEST,   // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef struct {
    wf_compiler_t *c;
    wf_strbuf_t sb;
    int depth;
} unparser_t;

static int expr(unparser_t *u, wf_ast_expr_t *e, int level);

static int put(unparser_t *u, const char *s) {
    return wf_strbuf_append_cstr(&u->sb, s);
}

static int put_if(unparser_t *u, int cond, const char *s) {
    return cond ? put(u, s) : 0;
}

#define TRY(x)          \
    do {                \
        if ((x) < 0) {  \
            return -1;  \
        }               \
    } while (0)

// repr() of a constant, with infinities spelled 1e309 so the text evaluates back.
static int constant(unparser_t *u, const wf_ast_constant_t *k) {
    if (k->kind == WF_AST_CONST_ELLIPSIS) {
        return put(u, "...");
    }
    wf_object_t *o = wf_c_constant_object(u->c, k);
    if (o == NULL) {
        return -1;
    }
    wf_object_t *r = wf_repr(o);
    int is_num = k->kind == WF_AST_CONST_FLOAT || k->kind == WF_AST_CONST_IMAG;
    WF_DECREF(o);
    if (r == NULL) {
        return -1;
    }
    wf_ssize_t n;
    const char *s = wf_str_as_utf8(r, &n);
    int res = -1;
    if (s != NULL) {
        res = 0;
        for (wf_ssize_t i = 0; i < n && res == 0; i++) {
            if (is_num && i + 3 <= n && memcmp(s + i, "inf", 3) == 0) {
                res = put(u, "1e309");
                i += 2;
            } else {
                res = wf_strbuf_append_utf8(&u->sb, s + i, 1);
            }
        }
    }
    WF_DECREF(r);
    return res;
}

static int seq(unparser_t *u, wf_ast_expr_seq_t s, int level) {
    for (int i = 0; i < s.len; i++) {
        TRY(put_if(u, i > 0, ", "));
        TRY(expr(u, s.items[i], level));
    }
    return 0;
}

static int arg(unparser_t *u, wf_ast_arg_t *a) {
    TRY(put(u, a->arg));
    if (a->annotation) {
        TRY(put(u, ": "));
        TRY(expr(u, a->annotation, PR_TEST));
    }
    return 0;
}

static int arguments(unparser_t *u, wf_ast_arguments_t *a) {
    int first = 1;
    int npos = a->posonlyargs.len, nargs = a->args.len, ndef = a->defaults.len;
    for (int i = 0; i < npos + nargs; i++) {
        TRY(put_if(u, !first, ", "));
        first = 0;
        TRY(arg(u, i < npos ? a->posonlyargs.items[i] : a->args.items[i - npos]));
        int di = i - npos - nargs + ndef;
        if (di >= 0) {
            TRY(put(u, "="));
            TRY(expr(u, a->defaults.items[di], PR_TEST));
        }
        TRY(put_if(u, npos && i + 1 == npos, ", /"));
    }
    if (a->vararg || a->kwonlyargs.len) {
        TRY(put_if(u, !first, ", "));
        first = 0;
        TRY(put(u, "*"));
        if (a->vararg) {
            TRY(arg(u, a->vararg));
        }
    }
    int nkw = a->kwonlyargs.len, nkwdef = a->kw_defaults.len;
    for (int i = 0; i < nkw; i++) {
        TRY(put_if(u, !first, ", "));
        first = 0;
        TRY(arg(u, a->kwonlyargs.items[i]));
        int di = i - nkw + nkwdef;
        if (di >= 0 && a->kw_defaults.items[di]) {
            TRY(put(u, "="));
            TRY(expr(u, a->kw_defaults.items[di], PR_TEST));
        }
    }
    if (a->kwarg) {
        TRY(put_if(u, !first, ", "));
        TRY(put(u, "**"));
        TRY(arg(u, a->kwarg));
    }
    return 0;
}

static int comprehensions(unparser_t *u, wf_ast_comprehension_seq_t gens) {
    for (int i = 0; i < gens.len; i++) {
        wf_ast_comprehension_t *g = gens.items[i];
        TRY(put(u, g->is_async ? " async for " : " for "));
        TRY(expr(u, g->target, PR_TUPLE));
        TRY(put(u, " in "));
        TRY(expr(u, g->iter, PR_TEST + 1));
        for (int k = 0; k < g->ifs.len; k++) {
            TRY(put(u, " if "));
            TRY(expr(u, g->ifs.items[k], PR_TEST + 1));
        }
    }
    return 0;
}

// f-string bodies: literal parts with braces doubled, replacement fields in braces.
static int fstring_body(unparser_t *u, wf_ast_expr_seq_t values, int is_spec);

static int formatted_value(unparser_t *u, wf_ast_expr_t *e) {
    unparser_t inner = {.c = u->c, .depth = u->depth};
    wf_strbuf_init(&inner.sb);
    if (expr(&inner, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
        wf_strbuf_discard(&inner.sb);
        return -1;
    }
    int starts_brace = inner.sb.len > 0 && inner.sb.buf[0] == '{';
    int r = put(u, starts_brace ? "{ " : "{");
    r = r < 0 ? -1 : wf_strbuf_append_utf8(&u->sb, inner.sb.buf, inner.sb.len);
    wf_strbuf_discard(&inner.sb);
    TRY(r);
    int conv = e->v.FormattedValue.conversion;
    if (conv > 0) {
        TRY(put(u, conv == 'a' ? "!a" : conv == 'r' ? "!r" : "!s"));
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(put(u, ":"));
        wf_ast_expr_t *spec = e->v.FormattedValue.format_spec;
        if (spec->kind == WF_AST_JoinedStr) {
            TRY(fstring_body(u, spec->v.JoinedStr.values, 1));
        }
    }
    return put(u, "}");
}

static int fstring_body(unparser_t *u, wf_ast_expr_seq_t values, int is_spec) {
    for (int i = 0; i < values.len; i++) {
        wf_ast_expr_t *v = values.items[i];
        if (v->kind == WF_AST_Constant && v->v.Constant.value.kind == WF_AST_CONST_STR) {
            const char *s = v->v.Constant.value.data;
            size_t n = v->v.Constant.value.len;
            for (size_t k = 0; k < n; k++) {
                char ch[3] = {s[k], 0, 0};
                if (s[k] == '{' || s[k] == '}') {
                    ch[1] = s[k];
                }
                TRY(put(u, ch));
            }
        } else if (v->kind == WF_AST_FormattedValue) {
            TRY(formatted_value(u, v));
        }
    }
    (void)is_spec;
    return 0;
}

static int joined_str(unparser_t *u, wf_ast_expr_t *e) {
    unparser_t inner = {.c = u->c, .depth = u->depth};
    wf_strbuf_init(&inner.sb);
    if (fstring_body(&inner, e->v.JoinedStr.values, 0) < 0) {
        wf_strbuf_discard(&inner.sb);
        return -1;
    }
    wf_object_t *body = wf_strbuf_finish(&inner.sb);
    if (body == NULL) {
        return -1;
    }
    int r = put(u, "f");
    r = r < 0 ? -1 : wf_strbuf_append_repr(&u->sb, body);
    WF_DECREF(body);
    return r;
}

static const char *binop_text(wf_ast_operator_t op, int *pr) {
    switch (op) {
    case WF_AST_Add:
        *pr = PR_ARITH;
        return " + ";
    case WF_AST_Sub:
        *pr = PR_ARITH;
        return " - ";
    case WF_AST_Mult:
        *pr = PR_TERM;
        return " * ";
    case WF_AST_MatMult:
        *pr = PR_TERM;
        return " @ ";
    case WF_AST_Div:
        *pr = PR_TERM;
        return " / ";
    case WF_AST_Mod:
        *pr = PR_TERM;
        return " % ";
    case WF_AST_LShift:
        *pr = PR_SHIFT;
        return " << ";
    case WF_AST_RShift:
        *pr = PR_SHIFT;
        return " >> ";
    case WF_AST_BitOr:
        *pr = PR_BOR;
        return " | ";
    case WF_AST_BitXor:
        *pr = PR_BXOR;
        return " ^ ";
    case WF_AST_BitAnd:
        *pr = PR_BAND;
        return " & ";
    case WF_AST_FloorDiv:
        *pr = PR_TERM;
        return " // ";
    default:
        *pr = PR_POWER;
        return " ** ";
    }
}

static const char *cmpop_text(wf_ast_cmpop_t op) {
    static const char *const t[] = {
        [WF_AST_Eq] = " == ", [WF_AST_NotEq] = " != ", [WF_AST_Lt] = " < ",
        [WF_AST_LtE] = " <= ", [WF_AST_Gt] = " > ",    [WF_AST_GtE] = " >= ",
        [WF_AST_Is] = " is ", [WF_AST_IsNot] = " is not ", [WF_AST_In] = " in ",
        [WF_AST_NotIn] = " not in ",
    };
    return t[op];
}

static int expr_inner(unparser_t *u, wf_ast_expr_t *e, int level) {
    switch (e->kind) {
    case WF_AST_BoolOp: {
        int pr = e->v.BoolOp.op == WF_AST_And ? PR_AND : PR_OR;
        TRY(put_if(u, level > pr, "("));
        for (int i = 0; i < e->v.BoolOp.values.len; i++) {
            TRY(put_if(u, i > 0, pr == PR_AND ? " and " : " or "));
            TRY(expr(u, e->v.BoolOp.values.items[i], pr + 1));
        }
        return put_if(u, level > pr, ")");
    }
    case WF_AST_BinOp: {
        int pr;
        const char *op = binop_text(e->v.BinOp.op, &pr);
        int rassoc = e->v.BinOp.op == WF_AST_Pow;
        TRY(put_if(u, level > pr, "("));
        TRY(expr(u, e->v.BinOp.left, pr + rassoc));
        TRY(put(u, op));
        TRY(expr(u, e->v.BinOp.right, pr + !rassoc));
        return put_if(u, level > pr, ")");
    }
    case WF_AST_UnaryOp: {
        static const char *const ops[] = {[WF_AST_Invert] = "~", [WF_AST_Not] = "not ",
                                          [WF_AST_UAdd] = "+", [WF_AST_USub] = "-"};
        int pr = e->v.UnaryOp.op == WF_AST_Not ? PR_NOT : PR_FACTOR;
        TRY(put_if(u, level > pr, "("));
        TRY(put(u, ops[e->v.UnaryOp.op]));
        TRY(expr(u, e->v.UnaryOp.operand, pr));
        return put_if(u, level > pr, ")");
    }
    case WF_AST_Lambda: {
        wf_ast_arguments_t *a = e->v.Lambda.args;
        TRY(put_if(u, level > PR_TEST, "("));
        TRY(put(u, a->args.len + a->posonlyargs.len ? "lambda " : "lambda"));
        TRY(arguments(u, a));
        TRY(put(u, ": "));
        TRY(expr(u, e->v.Lambda.body, PR_TEST));
        return put_if(u, level > PR_TEST, ")");
    }
    case WF_AST_IfExp:
        TRY(put_if(u, level > PR_TEST, "("));
        TRY(expr(u, e->v.IfExp.body, PR_TEST + 1));
        TRY(put(u, " if "));
        TRY(expr(u, e->v.IfExp.test, PR_TEST + 1));
        TRY(put(u, " else "));
        TRY(expr(u, e->v.IfExp.orelse, PR_TEST));
        return put_if(u, level > PR_TEST, ")");
    case WF_AST_Dict:
        TRY(put(u, "{"));
        for (int i = 0; i < e->v.Dict.values.len; i++) {
            TRY(put_if(u, i > 0, ", "));
            wf_ast_expr_t *k = e->v.Dict.keys.items[i];
            if (k != NULL) {
                TRY(expr(u, k, PR_TEST));
                TRY(put(u, ": "));
                TRY(expr(u, e->v.Dict.values.items[i], PR_TEST));
            } else {
                TRY(put(u, "**"));
                TRY(expr(u, e->v.Dict.values.items[i], PR_EXPR));
            }
        }
        return put(u, "}");
    case WF_AST_Set:
        TRY(put(u, "{"));
        TRY(seq(u, e->v.Set.elts, PR_TEST));
        return put(u, "}");
    case WF_AST_GeneratorExp:
        TRY(put(u, "("));
        TRY(expr(u, e->v.GeneratorExp.elt, PR_TEST));
        TRY(comprehensions(u, e->v.GeneratorExp.generators));
        return put(u, ")");
    case WF_AST_ListComp:
        TRY(put(u, "["));
        TRY(expr(u, e->v.ListComp.elt, PR_TEST));
        TRY(comprehensions(u, e->v.ListComp.generators));
        return put(u, "]");
    case WF_AST_SetComp:
        TRY(put(u, "{"));
        TRY(expr(u, e->v.SetComp.elt, PR_TEST));
        TRY(comprehensions(u, e->v.SetComp.generators));
        return put(u, "}");
    case WF_AST_DictComp:
        TRY(put(u, "{"));
        TRY(expr(u, e->v.DictComp.key, PR_TEST));
        TRY(put(u, ": "));
        TRY(expr(u, e->v.DictComp.value, PR_TEST));
        TRY(comprehensions(u, e->v.DictComp.generators));
        return put(u, "}");
    case WF_AST_Yield:
        if (e->v.Yield.value == NULL) {
            return put(u, "(yield)");
        }
        TRY(put(u, "(yield "));
        TRY(expr(u, e->v.Yield.value, PR_TEST));
        return put(u, ")");
    case WF_AST_YieldFrom:
        TRY(put(u, "(yield from "));
        TRY(expr(u, e->v.YieldFrom.value, PR_TEST));
        return put(u, ")");
    case WF_AST_Await:
        TRY(put_if(u, level > PR_AWAIT, "("));
        TRY(put(u, "await "));
        TRY(expr(u, e->v.Await.value, PR_ATOM));
        return put_if(u, level > PR_AWAIT, ")");
    case WF_AST_Compare:
        TRY(put_if(u, level > PR_CMP, "("));
        TRY(expr(u, e->v.Compare.left, PR_CMP + 1));
        for (int i = 0; i < e->v.Compare.ops.len; i++) {
            TRY(put(u, cmpop_text(e->v.Compare.ops.items[i])));
            TRY(expr(u, e->v.Compare.comparators.items[i], PR_CMP + 1));
        }
        return put_if(u, level > PR_CMP, ")");
    case WF_AST_Call: {
        TRY(expr(u, e->v.Call.func, PR_ATOM));
        wf_ast_expr_seq_t args = e->v.Call.args;
        wf_ast_keyword_seq_t kws = e->v.Call.keywords;
        if (args.len == 1 && kws.len == 0 && args.items[0]->kind == WF_AST_GeneratorExp) {
            return expr(u, args.items[0], PR_TEST);
        }
        TRY(put(u, "("));
        TRY(seq(u, args, PR_TEST));
        for (int i = 0; i < kws.len; i++) {
            TRY(put_if(u, args.len + i > 0, ", "));
            if (kws.items[i]->arg == NULL) {
                TRY(put(u, "**"));
            } else {
                TRY(put(u, kws.items[i]->arg));
                TRY(put(u, "="));
            }
            TRY(expr(u, kws.items[i]->value, PR_TEST));
        }
        return put(u, ")");
    }
    case WF_AST_Constant:
        if (e->v.Constant.kind != NULL && e->v.Constant.value.kind != WF_AST_CONST_ELLIPSIS) {
            TRY(put(u, e->v.Constant.kind));
        }
        return constant(u, &e->v.Constant.value);
    case WF_AST_JoinedStr:
        return joined_str(u, e);
    case WF_AST_FormattedValue:
        return formatted_value(u, e);
    case WF_AST_Attribute: {
        wf_ast_expr_t *v = e->v.Attribute.value;
        TRY(expr(u, v, PR_ATOM));
        // An int literal needs a space before the dot.
        TRY(put(u, v->kind == WF_AST_Constant && v->v.Constant.value.kind == WF_AST_CONST_INT
                       ? " ."
                       : "."));
        return put(u, e->v.Attribute.attr);
    }
    case WF_AST_Subscript:
        TRY(expr(u, e->v.Subscript.value, PR_ATOM));
        TRY(put(u, "["));
        TRY(expr(u, e->v.Subscript.slice, PR_TUPLE));
        return put(u, "]");
    case WF_AST_Starred:
        TRY(put(u, "*"));
        return expr(u, e->v.Starred.value, PR_EXPR);
    case WF_AST_Slice:
        if (e->v.Slice.lower) {
            TRY(expr(u, e->v.Slice.lower, PR_TEST));
        }
        TRY(put(u, ":"));
        if (e->v.Slice.upper) {
            TRY(expr(u, e->v.Slice.upper, PR_TEST));
        }
        if (e->v.Slice.step) {
            TRY(put(u, ":"));
            TRY(expr(u, e->v.Slice.step, PR_TEST));
        }
        return 0;
    case WF_AST_Name:
        return put(u, e->v.Name.id);
    case WF_AST_List:
        TRY(put(u, "["));
        TRY(seq(u, e->v.List.elts, PR_TEST));
        return put(u, "]");
    case WF_AST_Tuple: {
        int n = e->v.Tuple.elts.len;
        if (n == 0) {
            return put(u, "()");
        }
        TRY(put_if(u, level > PR_TUPLE, "("));
        TRY(seq(u, e->v.Tuple.elts, PR_TEST));
        TRY(put_if(u, n == 1, ","));
        return put_if(u, level > PR_TUPLE, ")");
    }
    case WF_AST_NamedExpr:
        TRY(put_if(u, level > PR_TUPLE, "("));
        TRY(expr(u, e->v.NamedExpr.target, PR_ATOM));
        TRY(put(u, " := "));
        TRY(expr(u, e->v.NamedExpr.value, PR_ATOM));
        return put_if(u, level > PR_TUPLE, ")");
    default:
        wf_err_set_string(&wf_exc_SystemError, "unknown expression kind");
        return -1;
    }
}

static int expr(unparser_t *u, wf_ast_expr_t *e, int level) {
    if (++u->depth > WF_COMPILE_MAX_DEPTH) {
        wf_err_set_string(&wf_exc_RecursionError,
                          "maximum recursion depth exceeded during ast unparsing");
        return -1;
    }
    int r = expr_inner(u, e, level);
    u->depth--;
    return r;
}

wf_object_t *wf_c_unparse(wf_compiler_t *c, wf_ast_expr_t *e) {
    unparser_t u = {.c = c};
    wf_strbuf_init(&u.sb);
    if (expr(&u, e, PR_TEST) < 0) {
        wf_strbuf_discard(&u.sb);
        return NULL;
    }
    return wf_strbuf_finish(&u.sb);
}

int wf_c_annotation_string(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_object_t *s = wf_c_unparse(c, e);
    if (s == NULL) {
        return -1;
    }
    int r = wf_c_load_const(c, WF_LOC(e), s);
    WF_DECREF(s);
    return r;
}
