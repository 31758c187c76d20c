// Code generation for expressions: operators, comparisons (chained), boolean short
// circuits, conditional jumps, calls (with the method-call and super() fast paths),
// displays with star-unpacking, subscripts and slices, f-strings, yield / await, and
// assignment targets (unpacking).
//
// A few constant folds keep bytecode close to CPython's without changing behaviour:
// `-<number>` and tuples of constants become constants; constant tests in `if`/`while`
// become plain jumps.
#include "runtime/compiler.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

#include <string.h>

#define TRY(x)          \
    do {                \
        if ((x) < 0) {  \
            return -1;  \
        }               \
    } while (0)

#define EMIT(loc, op) TRY(wf_c_emit_noarg(c, (loc), WF_OP_##op))
#define EMIT_I(loc, op, arg) TRY(wf_c_emit(c, (loc), WF_OP_##op, (arg)))
#define EMIT_P(loc, op) TRY(wf_c_emit_noarg(c, (loc), WF_PSEUDO_##op))
#define JUMP_TO(loc, op, label) TRY(wf_c_emit_jump(c, (loc), op, (label)))
#define NEW_LABEL(var)               \
    int var = wf_c_new_label(c);     \
    if (var < 0) {                   \
        return -1;                   \
    }
#define USE_LABEL(l) wf_c_use_label(c, (l))
#define NO_LOC WF_NO_LOC

// Beyond this many stack items, displays and calls are built incrementally.
#define STACK_USE_GUIDELINE 30

// ast operator -> wf_binop_t
const int wf_c_binop_of_operator[WF_AST_OPERATOR_COUNT] = {
    [WF_AST_Add] = WF_BINOP_ADD,       [WF_AST_Sub] = WF_BINOP_SUB,
    [WF_AST_Mult] = WF_BINOP_MUL,      [WF_AST_MatMult] = WF_BINOP_MATMUL,
    [WF_AST_Div] = WF_BINOP_TRUEDIV,   [WF_AST_Mod] = WF_BINOP_MOD,
    [WF_AST_Pow] = WF_BINOP_POW,       [WF_AST_LShift] = WF_BINOP_LSHIFT,
    [WF_AST_RShift] = WF_BINOP_RSHIFT, [WF_AST_BitOr] = WF_BINOP_OR,
    [WF_AST_BitXor] = WF_BINOP_XOR,    [WF_AST_BitAnd] = WF_BINOP_AND,
    [WF_AST_FloorDiv] = WF_BINOP_FLOORDIV,
};

// ---- constant folding ----------------------------------------------------------------------

// CPython folds operators on constants before compiling (its AST optimizer), with limits
// that keep huge results out of code objects; the folded constant is observable (shared
// identity, set display order), so the same folds are done here.
#define MAX_INT_SIZE 128        // bits
#define MAX_COLLECTION_SIZE 256 // items
#define MAX_STR_SIZE 4096       // characters
#define MAX_TOTAL_ITEMS 1024    // including nested collections

static int fold_const(wf_compiler_t *c, wf_ast_expr_t *e, wf_object_t **out);
static int is_const_expr(wf_compiler_t *c, wf_ast_expr_t *e);

static int is_exact_int(wf_object_t *o) {
    return WF_INT_CHECK(o);
}

static int int_is_zero(wf_object_t *o) {
    return wf_int_sign(o) == 0;
}

// Items of a (nested) tuple constant, or -1 when over `limit`.
static wf_ssize_t count_items(wf_object_t *o, wf_ssize_t limit) {
    if (!WF_TUPLE_CHECK(o)) {
        return 0;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(o);
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(o) && n <= limit; i++) {
        wf_ssize_t k = count_items(WF_TUPLE_GET(o, i), limit - n);
        if (k < 0) {
            return -1;
        }
        n += k;
    }
    return n > limit ? -1 : n;
}

static wf_ssize_t seq_len(wf_object_t *o) {
    if (WF_STR_CHECK(o)) {
        return WF_STR_LEN(o);
    }
    if (WF_BYTES_CHECK(o)) {
        return WF_BYTES_LEN(o);
    }
    return WF_TUPLE_SIZE(o);
}

// 1 if v * w is small enough to fold.
static int multiply_ok(wf_object_t *v, wf_object_t *w) {
    if (is_exact_int(v) && is_exact_int(w)) {
        return int_is_zero(v) || int_is_zero(w) ||
               wf_int_bit_length(v) + wf_int_bit_length(w) <= MAX_INT_SIZE;
    }
    if (is_exact_int(w) && (WF_TUPLE_CHECK(v) || WF_STR_CHECK(v) || WF_BYTES_CHECK(v))) {
        wf_object_t *t = v;
        v = w;
        w = t;
    }
    if (is_exact_int(v) && (WF_TUPLE_CHECK(w) || WF_STR_CHECK(w) || WF_BYTES_CHECK(w))) {
        wf_ssize_t size = seq_len(w);
        if (size == 0) {
            return 1;
        }
        int64_t n;
        if (!wf_int_to_i64_if_fits(v, &n) || n < 0) {
            return 0;
        }
        if (WF_TUPLE_CHECK(w)) {
            return n <= MAX_COLLECTION_SIZE / size &&
                   (n == 0 || count_items(w, MAX_TOTAL_ITEMS / n) >= 0);
        }
        return n <= MAX_STR_SIZE / size;
    }
    return 1;
}

static int power_ok(wf_object_t *v, wf_object_t *w) {
    if (is_exact_int(v) && is_exact_int(w) && !int_is_zero(v) && wf_int_sign(w) > 0) {
        int64_t wbits;
        if (!wf_int_to_i64_if_fits(w, &wbits)) {
            return 0;
        }
        return wf_int_bit_length(v) <= MAX_INT_SIZE / wbits;
    }
    return 1;
}

static int lshift_ok(wf_object_t *v, wf_object_t *w) {
    if (is_exact_int(v) && is_exact_int(w) && !int_is_zero(v) && !int_is_zero(w)) {
        int64_t wbits;
        if (!wf_int_to_i64_if_fits(w, &wbits) || wbits < 0) {
            return wbits < 0;  // a negative shift raises: let the fold fail
        }
        return wbits <= MAX_INT_SIZE && wf_int_bit_length(v) <= MAX_INT_SIZE - wbits;
    }
    return 1;
}

// Fold a binary operation on two constants; NULL (no exception) when not folded.
static wf_object_t *fold_binop(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_object_t *l, *r, *res = NULL;
    if (e->v.BinOp.op == WF_AST_MatMult) {
        return NULL;
    }
    int fl = fold_const(c, e->v.BinOp.left, &l);
    if (fl <= 0) {
        return NULL;
    }
    int fr = fold_const(c, e->v.BinOp.right, &r);
    if (fr <= 0) {
        WF_DECREF(l);
        return NULL;
    }
    int ok = 1;
    switch (e->v.BinOp.op) {
    case WF_AST_Mult:
        ok = multiply_ok(l, r);
        break;
    case WF_AST_Pow:
        ok = power_ok(l, r);
        break;
    case WF_AST_LShift:
        ok = lshift_ok(l, r);
        break;
    case WF_AST_Mod:
        ok = !WF_STR_CHECK(l) && !WF_BYTES_CHECK(l);
        break;
    default:
        break;
    }
    if (ok) {
        res = e->v.BinOp.op == WF_AST_Pow
                  ? wf_power(l, r, WF_NONE)
                  : wf_binary_op(l, r, (wf_binop_t)wf_c_binop_of_operator[e->v.BinOp.op]);
        if (res == NULL) {
            wf_err_clear();  // evaluated at run time instead, raising there
        }
    }
    WF_DECREF(l);
    WF_DECREF(r);
    return res;
}

static wf_object_t *fold_unaryop(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_object_t *v, *res = NULL;
    if (fold_const(c, e->v.UnaryOp.operand, &v) <= 0) {
        return NULL;
    }
    switch (e->v.UnaryOp.op) {
    case WF_AST_USub:
        res = wf_negative(v);
        break;
    case WF_AST_UAdd:
        res = wf_positive(v);
        break;
    case WF_AST_Invert:
        // ~bool warns (DeprecationWarning) at run time; not folded.
        res = WF_BOOL_CHECK(v) ? NULL : wf_invert(v);
        break;
    case WF_AST_Not: {
        int t = wf_truthy(v);
        res = t < 0 ? NULL : wf_newref(wf_bool_from(!t));
        break;
    }
    default:
        break;
    }
    if (res == NULL) {
        wf_err_clear();
    }
    WF_DECREF(v);
    return res;
}

// If `e` is a compile-time constant (a literal, or operators, tuples and subscripts of
// constants that CPython folds), store it (new reference) in *out and return 1; 0 if not;
// -1 on a hard error.
static int fold_const(wf_compiler_t *c, wf_ast_expr_t *e, wf_object_t **out) {
    *out = NULL;
    if (wf_c_enter_depth(c) < 0) {
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case WF_AST_Constant:
        *out = wf_c_constant_object(c, &e->v.Constant.value);
        r = *out ? 1 : -1;
        break;
    case WF_AST_UnaryOp:
        *out = fold_unaryop(c, e);
        r = *out != NULL;
        break;
    case WF_AST_BinOp:
        *out = fold_binop(c, e);
        r = *out != NULL;
        break;
    case WF_AST_Subscript: {
        wf_object_t *v, *k;
        if (e->v.Subscript.ctx != WF_AST_Load || fold_const(c, e->v.Subscript.value, &v) <= 0) {
            break;
        }
        if (fold_const(c, e->v.Subscript.slice, &k) <= 0) {
            WF_DECREF(v);
            break;
        }
        *out = wf_getitem(v, k);
        if (*out == NULL) {
            wf_err_clear();
        }
        WF_DECREF(v);
        WF_DECREF(k);
        r = *out != NULL;
        break;
    }
    case WF_AST_Tuple: {
        if (e->v.Tuple.ctx != WF_AST_Load) {
            break;
        }
        int n = e->v.Tuple.elts.len;
        wf_object_t *t = wf_tuple_new(n);
        if (t == NULL) {
            r = -1;
            break;
        }
        r = 1;
        for (int i = 0; i < n; i++) {
            wf_object_t *item = NULL;
            if (r == 1) {
                r = fold_const(c, e->v.Tuple.elts.items[i], &item);
            }
            WF_TUPLE_SET_STEAL(t, i, item ? item : wf_newref(WF_NONE));
        }
        if (r == 1) {
            *out = t;
        } else {
            WF_DECREF(t);
        }
        break;
    }
    default:
        break;
    }
    wf_c_leave_depth(c);
    return r;
}

// ---- '%' formatting as an f-string ------------------------------------------------------

// CPython rewrites `"literal %s %r" % (a, b)` (only %s / %r / %a with an optional width
// and precision, as many units as items) into the f-string f"literal {a!s} {b!r}"; the
// rewrite shows in positions and constants, so it is done here too.
#define FMT_MAXDIGITS 3

static wf_ast_expr_t *fmt_literal(wf_compiler_t *c, const char *s, size_t n) {
    // "%%" -> "%"
    char *buf = wf_arena_alloc(c->arena, n + 1);
    if (buf == NULL) {
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        buf[k++] = s[i];
        if (s[i] == '%') {
            i++;
        }
    }
    buf[k] = '\0';
    wf_ast_constant_t v = {WF_AST_CONST_STR, k, buf};
    return wf_ast_Constant(c->arena, v, NULL, -1, -1, -1, -1);
}

// One conversion unit after '%': returns the FormattedValue, NULL when unsupported
// (*failed set on memory errors).
static wf_ast_expr_t *fmt_unit(wf_compiler_t *c, const char *s, size_t len, size_t *pos,
                               wf_ast_expr_t *arg, int *failed) {
    size_t p = *pos;
    int ljust = 0, width = -1, prec = -1;
    char ch;
#define NEXTC                 \
    do {                      \
        if (p >= len) {       \
            return NULL;      \
        }                     \
        ch = s[p++];          \
    } while (0)
    for (;;) {
        NEXTC;
        if (ch == '-') {
            ljust = 1;
        } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
            break;
        }
    }
    if (ch >= '0' && ch <= '9') {
        width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= FMT_MAXDIGITS) {
                return NULL;
            }
        }
    }
    if (ch == '.') {
        NEXTC;
        prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= FMT_MAXDIGITS) {
                return NULL;
            }
        }
    }
#undef NEXTC
    if (ch != 's' && ch != 'r' && ch != 'a') {
        return NULL;
    }
    *pos = p;
    char spec[16], *w = spec;
    if (!ljust && width > 0) {
        *w++ = '>';
    }
    if (width >= 0) {
        w += snprintf(w, 5, "%d", width);
    }
    if (prec >= 0) {
        w += snprintf(w, 6, ".%d", prec);
    }
    wf_ast_expr_t *fs = NULL;
    if (w != spec) {
        size_t n = (size_t)(w - spec);
        char *d = wf_arena_strndup(c->arena, spec, n);
        wf_ast_constant_t v = {WF_AST_CONST_STR, n, d};
        fs = d ? wf_ast_Constant(c->arena, v, NULL, -1, -1, -1, -1) : NULL;
        if (fs == NULL) {
            *failed = 1;
            return NULL;
        }
    }
    wf_ast_expr_t *fv = wf_ast_FormattedValue(c->arena, arg, ch, fs, arg->lineno, arg->col_offset,
                                              arg->end_lineno, arg->end_col_offset);
    if (fv == NULL) {
        *failed = 1;
    }
    return fv;
}

// The JoinedStr for `fmt % (items)`, NULL when the rewrite does not apply (-1 in *failed
// on error).
static wf_ast_expr_t *optimize_format(wf_compiler_t *c, wf_ast_expr_t *e, wf_object_t *fmt,
                                      int *failed) {
    wf_ast_expr_seq_t elts = e->v.BinOp.right->v.Tuple.elts;
    wf_ssize_t len;
    const char *s = wf_str_as_utf8(fmt, &len);
    if (s == NULL) {
        wf_err_clear();
        return NULL;
    }
    wf_ast_expr_seq_t seq;
    seq.len = 0;
    seq.items = wf_arena_alloc(c->arena, sizeof(wf_ast_expr_t *) * (size_t)(elts.len * 2 + 1));
    if (seq.items == NULL) {
        *failed = 1;
        return NULL;
    }
    size_t pos = 0, n = (size_t)len;
    int cnt = 0;
    for (;;) {
        size_t start = pos;
        while (pos < n && (s[pos] != '%' || (pos + 1 < n && s[pos + 1] == '%'))) {
            pos += s[pos] == '%' ? 2 : 1;
        }
        if (pos > start) {
            wf_ast_expr_t *lit = fmt_literal(c, s + start, pos - start);
            if (lit == NULL) {
                *failed = 1;
                return NULL;
            }
            seq.items[seq.len++] = lit;
        }
        if (pos >= n) {
            break;
        }
        if (cnt >= elts.len) {
            return NULL;  // more units than items
        }
        pos++;
        wf_ast_expr_t *fv = fmt_unit(c, s, n, &pos, elts.items[cnt++], failed);
        if (fv == NULL) {
            return NULL;
        }
        seq.items[seq.len++] = fv;
    }
    if (cnt < elts.len) {
        return NULL;  // more items than units
    }
    wf_ast_expr_t *js = wf_ast_JoinedStr(c->arena, seq, e->lineno, e->col_offset, e->end_lineno,
                                         e->end_col_offset);
    if (js == NULL) {
        *failed = 1;
    }
    return js;
}

// 1 if `e` (a BinOp) was compiled as its f-string rewrite, 0 if not, -1 on error.
static int try_optimize_format(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_ast_expr_t *right = e->v.BinOp.right;
    // A tuple of constants is folded first, and then the rewrite no longer applies.
    if (e->v.BinOp.op != WF_AST_Mod || right->kind != WF_AST_Tuple || is_const_expr(c, right)) {
        return 0;
    }
    for (int i = 0; i < right->v.Tuple.elts.len; i++) {
        if (right->v.Tuple.elts.items[i]->kind == WF_AST_Starred) {
            return 0;
        }
    }
    wf_object_t *fmt;
    int r = fold_const(c, e->v.BinOp.left, &fmt);
    if (r <= 0) {
        return r;
    }
    int failed = 0;
    wf_ast_expr_t *js = WF_STR_CHECK_EXACT(fmt) ? optimize_format(c, e, fmt, &failed) : NULL;
    WF_DECREF(fmt);
    if (failed) {
        if (!wf_err_occurred()) {
            wf_err_nomemory();
        }
        return -1;
    }
    if (js == NULL) {
        return 0;
    }
    return wf_c_visit_expr(c, js) < 0 ? -1 : 1;
}

// Emit the folded constant of `e` if it folds; 1 if emitted, 0 if not, -1 on error.
static int emit_folded(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_object_t *k;
    int r = fold_const(c, e, &k);
    if (r <= 0) {
        return r;
    }
    r = wf_c_load_const(c, WF_LOC(e), k);
    WF_DECREF(k);
    return r < 0 ? -1 : 1;
}

int wf_c_fold_const(wf_compiler_t *c, wf_ast_expr_t *e, wf_object_t **out) {
    return fold_const(c, e, out);
}

int wf_c_is_constant_expr(wf_compiler_t *c, wf_ast_expr_t *e) {
    return is_const_expr(c, e);
}

// Whether CPython would see `e` as a Constant node after folding.
static int is_const_expr(wf_compiler_t *c, wf_ast_expr_t *e) {
    if (e->kind == WF_AST_Constant) {
        return 1;
    }
    if (e->kind != WF_AST_UnaryOp && e->kind != WF_AST_BinOp && e->kind != WF_AST_Tuple &&
        e->kind != WF_AST_Subscript) {
        return 0;
    }
    wf_object_t *k;
    int r = fold_const(c, e, &k);
    WF_XDECREF(k);
    if (r < 0) {
        wf_err_clear();
    }
    return r > 0;
}

static int fold_const(wf_compiler_t *c, wf_ast_expr_t *e, wf_object_t **out);

// Truth value of a constant test known at compile time: 1/0, or -1 when unknown.
static int const_truth_c(wf_compiler_t *c, wf_ast_expr_t *e);
static int const_truth(wf_compiler_t *c, wf_ast_expr_t *e) {
    if (e->kind == WF_AST_Name && e->v.Name.ctx == WF_AST_Load &&
        strcmp(e->v.Name.id, "__debug__") == 0) {
        return !c->optimize;
    }
    if (e->kind != WF_AST_Constant) {
        return -1;
    }
    const wf_ast_constant_t *k = &e->v.Constant.value;
    switch (k->kind) {
    case WF_AST_CONST_NONE:
    case WF_AST_CONST_FALSE:
        return 0;
    case WF_AST_CONST_TRUE:
    case WF_AST_CONST_ELLIPSIS:
        return 1;
    case WF_AST_CONST_STR:
    case WF_AST_CONST_BYTES:
        return k->len > 0;
    case WF_AST_CONST_INT: {
        const char *s = k->data;
        size_t i = 0;
        if (k->len > 1 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL) {
            i = 2;
        }
        for (; i < k->len; i++) {
            if (s[i] != '0' && s[i] != '_') {
                return 1;
            }
        }
        return 0;
    }
    default:
        return -1;
    }
}

// Also folded expressions (floats, tuples, -1, ...): CPython evaluates their truth when
// it optimizes a test on a constant.
static int const_truth_c(wf_compiler_t *c, wf_ast_expr_t *e) {
    int t = const_truth(c, e);
    if (t >= 0 || (e->kind != WF_AST_Constant && e->kind != WF_AST_UnaryOp &&
                   e->kind != WF_AST_BinOp && e->kind != WF_AST_Tuple)) {
        return t;
    }
    wf_object_t *k;
    int r = fold_const(c, e, &k);
    if (r <= 0) {
        wf_err_clear();
        return -1;
    }
    t = wf_truthy(k);
    WF_DECREF(k);
    if (t < 0) {
        wf_err_clear();
    }
    return t;
}

// ---- compile-time warnings ------------------------------------------------------------------

static const char *const_type_name(const wf_ast_constant_t *k) {
    switch (k->kind) {
    case WF_AST_CONST_NONE:
        return "NoneType";
    case WF_AST_CONST_TRUE:
    case WF_AST_CONST_FALSE:
        return "bool";
    case WF_AST_CONST_ELLIPSIS:
        return "ellipsis";
    case WF_AST_CONST_INT:
        return "int";
    case WF_AST_CONST_FLOAT:
        return "float";
    case WF_AST_CONST_IMAG:
        return "complex";
    case WF_AST_CONST_STR:
        return "str";
    case WF_AST_CONST_BYTES:
        return "bytes";
    }
    return "object";
}

static const char *infer_type(wf_ast_expr_t *e) {
    switch (e->kind) {
    case WF_AST_Tuple:
        return "tuple";
    case WF_AST_List:
    case WF_AST_ListComp:
        return "list";
    case WF_AST_Dict:
    case WF_AST_DictComp:
        return "dict";
    case WF_AST_Set:
    case WF_AST_SetComp:
        return "set";
    case WF_AST_GeneratorExp:
        return "generator";
    case WF_AST_Lambda:
        return "function";
    case WF_AST_JoinedStr:
    case WF_AST_FormattedValue:
        return "str";
    case WF_AST_Constant:
        return const_type_name(&e->v.Constant.value);
    default:
        return NULL;
    }
}

static int check_caller(wf_compiler_t *c, wf_ast_expr_t *e) {
    switch (e->kind) {
    case WF_AST_Constant:
    case WF_AST_Tuple:
    case WF_AST_List:
    case WF_AST_ListComp:
    case WF_AST_Dict:
    case WF_AST_DictComp:
    case WF_AST_Set:
    case WF_AST_SetComp:
    case WF_AST_GeneratorExp:
    case WF_AST_JoinedStr:
    case WF_AST_FormattedValue:
        return wf_c_warn(c, WF_LOC(e), "'%s' object is not callable; perhaps you missed a comma?",
                         infer_type(e));
    default:
        return 0;
    }
}

static int check_subscripter(wf_compiler_t *c, wf_ast_expr_t *e) {
    switch (e->kind) {
    case WF_AST_Constant: {
        wf_ast_const_kind_t k = e->v.Constant.value.kind;
        if (k == WF_AST_CONST_STR || k == WF_AST_CONST_BYTES || k == WF_AST_CONST_TRUE ||
            k == WF_AST_CONST_FALSE) {
            return 0;
        }
    }
    // fall through
    case WF_AST_Set:
    case WF_AST_SetComp:
    case WF_AST_GeneratorExp:
    case WF_AST_Lambda:
        return wf_c_warn(c, WF_LOC(e),
                         "'%s' object is not subscriptable; perhaps you missed a comma?",
                         infer_type(e));
    default:
        return 0;
    }
}

static int check_index(wf_compiler_t *c, wf_ast_expr_t *e, wf_ast_expr_t *s) {
    const char *index_type = infer_type(s);
    if (index_type == NULL || strcmp(index_type, "int") == 0 ||
        strcmp(index_type, "bool") == 0 || s->kind == WF_AST_Slice) {
        return 0;
    }
    switch (e->kind) {
    case WF_AST_Constant: {
        wf_ast_const_kind_t k = e->v.Constant.value.kind;
        if (k != WF_AST_CONST_STR && k != WF_AST_CONST_BYTES) {
            return 0;
        }
    }
    // fall through
    case WF_AST_Tuple:
    case WF_AST_List:
    case WF_AST_ListComp:
    case WF_AST_JoinedStr:
    case WF_AST_FormattedValue:
        return wf_c_warn(c, WF_LOC(e),
                         "%s indices must be integers or slices, not %s; perhaps you missed a "
                         "comma?",
                         infer_type(e), index_type);
    default:
        return 0;
    }
}

// `x is 1`: SyntaxWarning, as CPython.
static int check_is_arg(wf_compiler_t *c, wf_ast_expr_t *e) {
    if (e->kind != WF_AST_Constant) {
        return !is_const_expr(c, e);
    }
    wf_ast_const_kind_t k = e->v.Constant.value.kind;
    return k == WF_AST_CONST_NONE || k == WF_AST_CONST_TRUE || k == WF_AST_CONST_FALSE ||
           k == WF_AST_CONST_ELLIPSIS;
}

// Type name of a (possibly folded) literal, for the `is` warning.
static const char *literal_type_name(wf_compiler_t *c, wf_ast_expr_t *e) {
    const char *t = infer_type(e);
    if (t != NULL) {
        return t;
    }
    wf_object_t *k;
    if (fold_const(c, e, &k) > 0) {
        t = wf_type_short_name(WF_TYPE(k));
        WF_DECREF(k);
        return t;
    }
    wf_err_clear();
    return "object";
}

static int check_compare(wf_compiler_t *c, wf_ast_expr_t *e) {
    int left = check_is_arg(c, e->v.Compare.left);
    wf_ast_expr_t *left_expr = e->v.Compare.left;
    for (int i = 0; i < e->v.Compare.ops.len; i++) {
        wf_ast_cmpop_t op = e->v.Compare.ops.items[i];
        wf_ast_expr_t *right_expr = e->v.Compare.comparators.items[i];
        int right = check_is_arg(c, right_expr);
        if (op == WF_AST_Is || op == WF_AST_IsNot) {
            if (!right || !left) {
                const char *lit = literal_type_name(c, !left ? left_expr : right_expr);
                return wf_c_warn(c, WF_LOC(e),
                                 op == WF_AST_Is
                                     ? "\"is\" with '%s' literal. Did you mean \"==\"?"
                                     : "\"is not\" with '%s' literal. Did you mean \"!=\"?",
                                 lit);
            }
        }
        left = right;
        left_expr = right_expr;
    }
    return 0;
}

// ---- iterables ------------------------------------------------------------------------------

static int starunpack_helper(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_seq_t elts, int pushed,
                             int build, int add, int extend, int tuple);
static int all_items_const(wf_compiler_t *c, wf_ast_expr_seq_t elts, int begin, int end);

// What CPython does to the iterable of `for`, of comprehensions and of the last `in`
// test: a list display becomes a tuple, a set display of constants a frozenset constant.
int wf_c_visit_iterable(wf_compiler_t *c, wf_ast_expr_t *e) {
    if (e->kind == WF_AST_List && e->v.List.ctx == WF_AST_Load) {
        wf_ast_expr_seq_t elts = e->v.List.elts;
        for (int i = 0; i < elts.len; i++) {
            if (elts.items[i]->kind == WF_AST_Starred) {
                return wf_c_visit_expr(c, e);
            }
        }
        wf_ast_expr_t tmp = *e;
        tmp.kind = WF_AST_Tuple;
        tmp.v.Tuple.elts = elts;
        tmp.v.Tuple.ctx = WF_AST_Load;
        return wf_c_visit_expr(c, &tmp);
    }
    if (e->kind == WF_AST_Set && all_items_const(c, e->v.Set.elts, 0, e->v.Set.elts.len)) {
        wf_ast_expr_seq_t elts = e->v.Set.elts;
        wf_object_t *t = wf_tuple_new(elts.len);
        if (t == NULL) {
            return -1;
        }
        int r = 0;
        for (int i = 0; i < elts.len; i++) {
            wf_object_t *v = NULL;
            if (r == 0 && fold_const(c, elts.items[i], &v) <= 0) {
                r = -1;
            }
            WF_TUPLE_SET_STEAL(t, i, v ? v : wf_newref(WF_NONE));
        }
        // Built once from the items, then again from its own order when CPython merges
        // constants.
        wf_object_t *fs = r == 0 ? wf_frozenset_new(t) : NULL;
        WF_DECREF(t);
        wf_object_t *again = fs ? wf_sequence_tuple(fs) : NULL;
        WF_XDECREF(fs);
        fs = again ? wf_frozenset_new(again) : NULL;
        WF_XDECREF(again);
        if (fs == NULL) {
            if (!wf_err_occurred()) {
                return wf_c_visit_expr(c, e);
            }
            return -1;
        }
        r = wf_c_load_const(c, WF_LOC(e), fs);
        WF_DECREF(fs);
        return r;
    }
    return wf_c_visit_expr(c, e);
}

// The last comparator of a comparison, folded like an iterable for `in` / `not in`.
static int visit_last_comparator(wf_compiler_t *c, wf_ast_expr_t *e) {
    int n = e->v.Compare.ops.len - 1;
    wf_ast_cmpop_t op = e->v.Compare.ops.items[n];
    wf_ast_expr_t *last = e->v.Compare.comparators.items[n];
    if (op == WF_AST_In || op == WF_AST_NotIn) {
        return wf_c_visit_iterable(c, last);
    }
    return wf_c_visit_expr(c, last);
}

// ---- operators -----------------------------------------------------------------------------

static int emit_compare(wf_compiler_t *c, wf_loc_t loc, wf_ast_cmpop_t op) {
    switch (op) {
    case WF_AST_Eq:
        return wf_c_emit(c, loc, WF_OP_COMPARE_OP, WF_EQ);
    case WF_AST_NotEq:
        return wf_c_emit(c, loc, WF_OP_COMPARE_OP, WF_NE);
    case WF_AST_Lt:
        return wf_c_emit(c, loc, WF_OP_COMPARE_OP, WF_LT);
    case WF_AST_LtE:
        return wf_c_emit(c, loc, WF_OP_COMPARE_OP, WF_LE);
    case WF_AST_Gt:
        return wf_c_emit(c, loc, WF_OP_COMPARE_OP, WF_GT);
    case WF_AST_GtE:
        return wf_c_emit(c, loc, WF_OP_COMPARE_OP, WF_GE);
    case WF_AST_Is:
        return wf_c_emit(c, loc, WF_OP_IS_OP, 0);
    case WF_AST_IsNot:
        return wf_c_emit(c, loc, WF_OP_IS_OP, 1);
    case WF_AST_In:
        return wf_c_emit(c, loc, WF_OP_CONTAINS_OP, 0);
    case WF_AST_NotIn:
        return wf_c_emit(c, loc, WF_OP_CONTAINS_OP, 1);
    default:
        break;
    }
    wf_err_set_string(&wf_exc_SystemError, "compiler: bad comparison operator");
    return -1;
}

static int compile_compare(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    TRY(check_compare(c, e));
    TRY(wf_c_visit_expr(c, e->v.Compare.left));
    int n = e->v.Compare.ops.len - 1;
    if (n == 0) {
        TRY(visit_last_comparator(c, e));
        return emit_compare(c, loc, e->v.Compare.ops.items[0]);
    }
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    for (int i = 0; i < n; i++) {
        TRY(wf_c_visit_expr(c, e->v.Compare.comparators.items[i]));
        EMIT_I(loc, SWAP, 2);
        EMIT_I(loc, COPY, 2);
        TRY(emit_compare(c, loc, e->v.Compare.ops.items[i]));
        EMIT_I(loc, COPY, 1);
        JUMP_TO(loc, WF_OP_POP_JUMP_IF_FALSE, cleanup);
        EMIT(loc, POP_TOP);
    }
    TRY(visit_last_comparator(c, e));
    TRY(emit_compare(c, loc, e->v.Compare.ops.items[n]));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
    USE_LABEL(cleanup);
    EMIT_I(loc, SWAP, 2);
    EMIT(loc, POP_TOP);
    USE_LABEL(end);
    return 0;
}

static int compile_boolop(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    int jump = e->v.BoolOp.op == WF_AST_And ? WF_OP_POP_JUMP_IF_FALSE : WF_OP_POP_JUMP_IF_TRUE;
    NEW_LABEL(end);
    int n = e->v.BoolOp.values.len - 1;
    for (int i = 0; i < n; i++) {
        wf_ast_expr_t *v = e->v.BoolOp.values.items[i];
        // A constant operand decides statically (CPython's optimizer removes the test):
        // `True and x` is x, `False and x` is False.
        int truth = const_truth_c(c, v);
        if (truth >= 0) {
            if (truth == (e->v.BoolOp.op == WF_AST_And)) {
                continue;
            }
            TRY(wf_c_visit_expr(c, v));
            USE_LABEL(end);
            return 0;
        }
        TRY(wf_c_visit_expr(c, v));
        EMIT_I(loc, COPY, 1);
        JUMP_TO(loc, jump, end);
        EMIT(loc, POP_TOP);
    }
    TRY(wf_c_visit_expr(c, e->v.BoolOp.values.items[n]));
    USE_LABEL(end);
    return 0;
}

// Jump form of a chained comparison `a < b < c`: each link short-circuits to `cleanup`,
// which drops the saved operand.
static int jump_if_chained_compare(wf_compiler_t *c, wf_ast_expr_t *e, int label, int cond) {
    int n = e->v.Compare.ops.len - 1;
    wf_loc_t eloc = WF_LOC(e);
    NEW_LABEL(cleanup);
    NEW_LABEL(end);
    TRY(check_compare(c, e));
    TRY(wf_c_visit_expr(c, e->v.Compare.left));
    for (int i = 0; i < n; i++) {
        TRY(wf_c_visit_expr(c, e->v.Compare.comparators.items[i]));
        EMIT_I(eloc, SWAP, 2);
        EMIT_I(eloc, COPY, 2);
        TRY(emit_compare(c, eloc, e->v.Compare.ops.items[i]));
        JUMP_TO(eloc, WF_OP_POP_JUMP_IF_FALSE, cleanup);
    }
    TRY(visit_last_comparator(c, e));
    TRY(emit_compare(c, eloc, e->v.Compare.ops.items[n]));
    JUMP_TO(eloc, cond ? WF_OP_POP_JUMP_IF_TRUE : WF_OP_POP_JUMP_IF_FALSE, label);
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
    USE_LABEL(cleanup);
    EMIT(eloc, POP_TOP);
    if (!cond) {
        JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, label);
    }
    USE_LABEL(end);
    return 0;
}

// Jump to `label` when the truth of `e` equals `cond`, with the short-circuit shapes
// CPython uses for not / and / or / conditional expressions / chained comparisons.
int wf_c_jump_if(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_t *e, int label, int cond) {
    TRY(wf_c_enter_depth(c));
    int r = 0;
    switch (e->kind) {
    case WF_AST_UnaryOp:
        if (e->v.UnaryOp.op == WF_AST_Not) {
            r = wf_c_jump_if(c, loc, e->v.UnaryOp.operand, label, !cond);
            goto done;
        }
        break;
    case WF_AST_BoolOp: {
        wf_ast_expr_seq_t s = e->v.BoolOp.values;
        int n = s.len - 1;
        int cond2 = e->v.BoolOp.op == WF_AST_Or;
        int next2 = label;
        if (!cond2 != !cond) {
            next2 = wf_c_new_label(c);
            if (next2 < 0) {
                r = -1;
                goto done;
            }
        }
        for (int i = 0; i < n && r == 0; i++) {
            r = wf_c_jump_if(c, loc, s.items[i], next2, cond2);
        }
        if (r == 0) {
            r = wf_c_jump_if(c, loc, s.items[n], label, cond);
        }
        if (next2 != label) {
            USE_LABEL(next2);
        }
        goto done;
    }
    case WF_AST_IfExp: {
        int end = wf_c_new_label(c), next2 = wf_c_new_label(c);
        if (end < 0 || next2 < 0 || wf_c_jump_if(c, loc, e->v.IfExp.test, next2, 0) < 0 ||
            wf_c_jump_if(c, loc, e->v.IfExp.body, label, cond) < 0 ||
            wf_c_emit_jump(c, NO_LOC, WF_PSEUDO_JUMP, end) < 0) {
            r = -1;
            goto done;
        }
        USE_LABEL(next2);
        r = wf_c_jump_if(c, loc, e->v.IfExp.orelse, label, cond);
        USE_LABEL(end);
        goto done;
    }
    case WF_AST_Compare:
        if (e->v.Compare.ops.len > 1) {
            r = jump_if_chained_compare(c, e, label, cond);
            goto done;
        }
        break;
    default: {
        int truth = const_truth_c(c, e);
        if (truth >= 0) {
            // CPython loads the constant before optimizing the test away: it keeps its
            // place among the constants.
            wf_object_t *k = NULL;
            if (e->kind == WF_AST_Name) {
                k = wf_newref(WF_TRUE);
            } else if (fold_const(c, e, &k) <= 0) {
                k = NULL;
            }
            if (k == NULL || wf_c_add_const(c, k) < 0) {
                WF_XDECREF(k);
                r = -1;
                goto done;
            }
            WF_DECREF(k);
            if (truth == cond) {
                r = wf_c_emit_jump(c, NO_LOC, WF_PSEUDO_JUMP, label);
            }
            goto done;
        }
        break;
    }
    }
    r = wf_c_visit_expr(c, e);
    if (r == 0) {
        r = wf_c_emit_jump(c, WF_LOC(e), cond ? WF_OP_POP_JUMP_IF_TRUE : WF_OP_POP_JUMP_IF_FALSE,
                           label);
    }
done:
    wf_c_leave_depth(c);
    return r;
}

static int compile_ifexp(wf_compiler_t *c, wf_ast_expr_t *e) {
    NEW_LABEL(end);
    NEW_LABEL(next);
    TRY(wf_c_jump_if(c, WF_LOC(e), e->v.IfExp.test, next, 0));
    TRY(wf_c_visit_expr(c, e->v.IfExp.body));
    JUMP_TO(NO_LOC, WF_PSEUDO_JUMP, end);
    USE_LABEL(next);
    TRY(wf_c_visit_expr(c, e->v.IfExp.orelse));
    USE_LABEL(end);
    return 0;
}

// ---- displays ------------------------------------------------------------------------------

static int all_items_const(wf_compiler_t *c, wf_ast_expr_seq_t elts, int begin, int end) {
    for (int i = begin; i < end; i++) {
        if (elts.items[i] == NULL || !is_const_expr(c, elts.items[i])) {
            return 0;
        }
    }
    return 1;
}

// Build a list/tuple/set from `elts` (some possibly starred) on top of `pushed` items
// already on the stack.
static int starunpack_helper(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_seq_t elts, int pushed,
                             int build, int add, int extend, int tuple) {
    int n = elts.len;
    if (n > 2 && all_items_const(c, elts, 0, n)) {
        wf_object_t *folded = wf_tuple_new(n);
        if (folded == NULL) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            wf_object_t *v;
            if (fold_const(c, elts.items[i], &v) <= 0) {
                wf_err_clear();
                v = NULL;
            }
            if (v == NULL) {
                for (int j = i; j < n; j++) {
                    WF_TUPLE_SET_STEAL(folded, j, wf_newref(WF_NONE));
                }
                WF_DECREF(folded);
                return -1;
            }
            WF_TUPLE_SET_STEAL(folded, i, v);
        }
        int r;
        if (tuple && !pushed) {
            r = wf_c_load_const(c, loc, folded);
        } else {
            if (add == WF_OP_SET_ADD) {
                // CPython builds the frozenset, then rebuilds it from its own iteration
                // order when it merges constants; colliding items end up in that order.
                wf_object_t *fs = wf_frozenset_new(folded);
                WF_DECREF(folded);
                wf_object_t *again = fs ? wf_sequence_tuple(fs) : NULL;
                WF_XDECREF(fs);
                folded = again ? wf_frozenset_new(again) : NULL;
                WF_XDECREF(again);
                if (folded == NULL) {
                    return -1;
                }
            }
            r = wf_c_emit(c, loc, build, pushed);
            if (r == 0) {
                r = wf_c_load_const(c, loc, folded);
            }
            if (r == 0) {
                r = wf_c_emit(c, loc, extend, 1);
            }
            if (r == 0 && tuple) {
                r = wf_c_emit(c, loc, WF_OP_CALL_INTRINSIC_1, WF_INTRINSIC1_LIST_TO_TUPLE);
            }
        }
        WF_DECREF(folded);
        return r;
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = 0;
    for (int i = 0; i < n; i++) {
        seen_star |= elts.items[i]->kind == WF_AST_Starred;
    }
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++) {
            TRY(wf_c_visit_expr(c, elts.items[i]));
        }
        return wf_c_emit(c, loc, tuple ? WF_OP_BUILD_TUPLE : build, n + pushed);
    }
    int built = 0;
    if (big) {
        TRY(wf_c_emit(c, loc, build, pushed));
        built = 1;
    }
    for (int i = 0; i < n; i++) {
        wf_ast_expr_t *elt = elts.items[i];
        if (elt->kind == WF_AST_Starred) {
            if (!built) {
                TRY(wf_c_emit(c, loc, build, i + pushed));
                built = 1;
            }
            TRY(wf_c_visit_expr(c, elt->v.Starred.value));
            TRY(wf_c_emit(c, loc, extend, 1));
        } else {
            TRY(wf_c_visit_expr(c, elt));
            if (built) {
                TRY(wf_c_emit(c, loc, add, 1));
            }
        }
    }
    if (tuple) {
        EMIT_I(loc, CALL_INTRINSIC_1, WF_INTRINSIC1_LIST_TO_TUPLE);
    }
    return 0;
}

static int unpack_helper(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_seq_t elts) {
    int n = elts.len, seen_star = 0;
    for (int i = 0; i < n; i++) {
        wf_ast_expr_t *elt = elts.items[i];
        if (elt->kind == WF_AST_Starred && !seen_star) {
            if (i >= (1 << 8) || (n - i - 1) >= (WF_MAX_OPARG >> 8)) {
                return wf_c_error(c, loc, "too many expressions in star-unpacking assignment");
            }
            EMIT_I(loc, UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        } else if (elt->kind == WF_AST_Starred) {
            return wf_c_error(c, loc, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) {
        EMIT_I(loc, UNPACK_SEQUENCE, n);
    }
    return 0;
}

static int assignment_helper(wf_compiler_t *c, wf_loc_t loc, wf_ast_expr_seq_t elts) {
    TRY(unpack_helper(c, loc, elts));
    for (int i = 0; i < elts.len; i++) {
        wf_ast_expr_t *elt = elts.items[i];
        TRY(wf_c_visit_expr(c, elt->kind == WF_AST_Starred ? elt->v.Starred.value : elt));
    }
    return 0;
}

static int compile_sequence(wf_compiler_t *c, wf_ast_expr_t *e, wf_ast_expr_seq_t elts,
                            wf_ast_ctx_t ctx, int tuple) {
    wf_loc_t loc = WF_LOC(e);
    if (ctx == WF_AST_Store) {
        return assignment_helper(c, loc, elts);
    }
    if (ctx == WF_AST_Load) {
        if (tuple) {
            wf_object_t *k;
            int r = fold_const(c, e, &k);
            if (r < 0) {
                return -1;
            }
            if (r > 0) {
                r = wf_c_load_const(c, loc, k);
                WF_DECREF(k);
                return r;
            }
        }
        return starunpack_helper(c, loc, elts, 0, WF_OP_BUILD_LIST, WF_OP_LIST_APPEND,
                                 WF_OP_LIST_EXTEND, tuple);
    }
    for (int i = 0; i < elts.len; i++) {
        TRY(wf_c_visit_expr(c, elts.items[i]));
    }
    return 0;
}

static int compile_subdict(wf_compiler_t *c, wf_ast_expr_t *e, int begin, int end) {
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    wf_loc_t loc = WF_LOC(e);
    wf_ast_expr_seq_t keys = e->v.Dict.keys, values = e->v.Dict.values;
    if (n > 1 && !big && all_items_const(c, keys, begin, end)) {
        for (int i = begin; i < end; i++) {
            TRY(wf_c_visit_expr(c, values.items[i]));
        }
        wf_object_t *t = wf_tuple_new(n);
        if (t == NULL) {
            return -1;
        }
        for (int i = begin; i < end; i++) {
            wf_object_t *k;
            if (fold_const(c, keys.items[i], &k) <= 0) {
                k = NULL;
            }
            if (k == NULL) {
                for (int j = i; j < end; j++) {
                    WF_TUPLE_SET_STEAL(t, j - begin, wf_newref(WF_NONE));
                }
                WF_DECREF(t);
                return -1;
            }
            WF_TUPLE_SET_STEAL(t, i - begin, k);
        }
        int r = wf_c_load_const(c, loc, t);
        WF_DECREF(t);
        TRY(r);
        EMIT_I(loc, BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (big) {
        EMIT_I(loc, BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        TRY(wf_c_visit_expr(c, keys.items[i]));
        TRY(wf_c_visit_expr(c, values.items[i]));
        if (big) {
            EMIT_I(loc, MAP_ADD, 1);
        }
    }
    if (!big) {
        EMIT_I(loc, BUILD_MAP, n);
    }
    return 0;
}

static int compile_dict(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    int n = e->v.Dict.values.len, have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        if (e->v.Dict.keys.items[i] == NULL) {
            if (elements) {
                TRY(compile_subdict(c, e, i - elements, i));
                if (have_dict) {
                    EMIT_I(loc, DICT_UPDATE, 1);
                }
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                EMIT_I(loc, BUILD_MAP, 0);
                have_dict = 1;
            }
            TRY(wf_c_visit_expr(c, e->v.Dict.values.items[i]));
            EMIT_I(loc, DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict) {
                EMIT_I(loc, DICT_UPDATE, 1);
            }
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(compile_subdict(c, e, n - elements, n));
        if (have_dict) {
            EMIT_I(loc, DICT_UPDATE, 1);
        }
        have_dict = 1;
    }
    if (!have_dict) {
        EMIT_I(loc, BUILD_MAP, 0);
    }
    return 0;
}

// ---- calls ---------------------------------------------------------------------------------------

static int validate_keywords(wf_compiler_t *c, wf_ast_keyword_seq_t kws) {
    for (int i = 0; i < kws.len; i++) {
        wf_ast_keyword_t *k = kws.items[i];
        if (k->arg == NULL) {
            continue;
        }
        TRY(wf_c_forbidden_name(c, WF_LOC(k), k->arg, WF_AST_Store));
        for (int j = i + 1; j < kws.len; j++) {
            wf_ast_keyword_t *o = kws.items[j];
            if (o->arg != NULL && strcmp(k->arg, o->arg) == 0) {
                return wf_c_error(c, WF_LOC(o), "keyword argument repeated: %s", k->arg);
            }
        }
    }
    return 0;
}

static int load_kwnames(wf_compiler_t *c, wf_loc_t loc, wf_ast_keyword_seq_t kws, int begin,
                        int end) {
    wf_object_t *names = wf_tuple_new(end - begin);
    if (names == NULL) {
        return -1;
    }
    for (int i = begin; i < end; i++) {
        wf_object_t *s = wf_c_str_object(c, kws.items[i]->arg);
        if (s == NULL) {
            for (int j = i; j < end; j++) {
                WF_TUPLE_SET_STEAL(names, j - begin, wf_newref(WF_NONE));
            }
            WF_DECREF(names);
            return -1;
        }
        WF_TUPLE_SET_STEAL(names, i - begin, s);
    }
    int r = wf_c_load_const(c, loc, names);
    WF_DECREF(names);
    return r;
}

// A dict of keyword arguments kws[begin:end] (all named).
static int compile_subkwargs(wf_compiler_t *c, wf_loc_t loc, wf_ast_keyword_seq_t kws, int begin,
                             int end) {
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++) {
            TRY(wf_c_visit_expr(c, kws.items[i]->value));
        }
        TRY(load_kwnames(c, loc, kws, begin, end));
        EMIT_I(loc, BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (big) {
        EMIT_I(NO_LOC, BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        wf_object_t *k = wf_c_str_object(c, kws.items[i]->arg);
        if (k == NULL) {
            return -1;
        }
        int r = wf_c_load_const(c, loc, k);
        WF_DECREF(k);
        TRY(r);
        TRY(wf_c_visit_expr(c, kws.items[i]->value));
        if (big) {
            EMIT_I(NO_LOC, MAP_ADD, 1);
        }
    }
    if (!big) {
        EMIT_I(loc, BUILD_MAP, n);
    }
    return 0;
}

// Arguments of a call whose callable and self_or_null (plus n more items) are pushed.
int wf_c_call_helper(wf_compiler_t *c, wf_loc_t loc, int n, wf_ast_expr_seq_t args,
                     wf_ast_keyword_seq_t keywords) {
    TRY(validate_keywords(c, keywords));
    int nelts = args.len, nkw = keywords.len;
    int simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE;
    for (int i = 0; simple && i < nelts; i++) {
        simple = args.items[i]->kind != WF_AST_Starred;
    }
    for (int i = 0; simple && i < nkw; i++) {
        simple = keywords.items[i]->arg != NULL;
    }
    if (simple) {
        for (int i = 0; i < nelts; i++) {
            TRY(wf_c_visit_expr(c, args.items[i]));
        }
        if (nkw) {
            for (int i = 0; i < nkw; i++) {
                TRY(wf_c_visit_expr(c, keywords.items[i]->value));
            }
            TRY(load_kwnames(c, loc, keywords, 0, nkw));
            EMIT_I(loc, CALL_KW, n + nelts + nkw);
        } else {
            EMIT_I(loc, CALL, n + nelts);
        }
        return 0;
    }
    // The general form: positional arguments as one tuple, keywords as one dict.
    if (n == 0 && nelts == 1 && args.items[0]->kind == WF_AST_Starred) {
        TRY(wf_c_visit_expr(c, args.items[0]->v.Starred.value));
    } else {
        TRY(starunpack_helper(c, loc, args, n, WF_OP_BUILD_LIST, WF_OP_LIST_APPEND,
                              WF_OP_LIST_EXTEND, 1));
    }
    if (nkw) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < nkw; i++) {
            wf_ast_keyword_t *kw = keywords.items[i];
            if (kw->arg == NULL) {
                if (nseen) {
                    TRY(compile_subkwargs(c, loc, keywords, i - nseen, i));
                    if (have_dict) {
                        EMIT_I(loc, DICT_MERGE, 1);
                    }
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    EMIT_I(loc, BUILD_MAP, 0);
                    have_dict = 1;
                }
                TRY(wf_c_visit_expr(c, kw->value));
                EMIT_I(loc, DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(compile_subkwargs(c, loc, keywords, nkw - nseen, nkw));
            if (have_dict) {
                EMIT_I(loc, DICT_MERGE, 1);
            }
        }
    }
    EMIT_I(loc, CALL_FUNCTION_EX, nkw > 0);
    return 0;
}

// `super().attr` / `super(C, x).attr` can use LOAD_SUPER_ATTR: `super` must be an
// unshadowed global name; the zero-argument form needs the __class__ cell and a first
// argument. Returns 1 when it applies (*nargs = 0 or 2).
static int can_optimize_super_call(wf_compiler_t *c, wf_ast_expr_t *attr) {
    wf_ast_expr_t *e = attr->v.Attribute.value;
    if (e->kind != WF_AST_Call || e->v.Call.func->kind != WF_AST_Name ||
        strcmp(e->v.Call.func->v.Name.id, "super") != 0 ||
        strcmp(attr->v.Attribute.attr, "__class__") == 0 || e->v.Call.keywords.len != 0) {
        return 0;
    }
    if (wf_c_scope(c, "super") != WF_SCOPE_GLOBAL_IMPLICIT ||
        wf_ste_scope(c->st.top, "super") != WF_SCOPE_NONE) {
        return 0;
    }
    int nargs = e->v.Call.args.len;
    if (nargs == 2) {
        return e->v.Call.args.items[0]->kind != WF_AST_Starred &&
               e->v.Call.args.items[1]->kind != WF_AST_Starred;
    }
    if (nargs != 0) {
        return 0;
    }
    if (c->u->argcount == 0 && c->u->posonlyargcount == 0) {
        return 0;
    }
    return wf_c_scope(c, "__class__") == WF_SCOPE_FREE;
}

static int load_args_for_super(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    TRY(wf_c_nameop(c, WF_LOC(e->v.Call.func), "super", WF_AST_Load));
    if (e->v.Call.args.len == 2) {
        TRY(wf_c_visit_expr(c, e->v.Call.args.items[0]));
        return wf_c_visit_expr(c, e->v.Call.args.items[1]);
    }
    TRY(wf_c_nameop(c, loc, "__class__", WF_AST_Load));
    // The first parameter (already mangled in the symbol table).
    const char *self = c->u->varnames.names[0];
    int scope = wf_c_scope(c, self);
    if (scope == WF_SCOPE_CELL) {
        return wf_c_emit_local(c, loc, WF_OP_LOAD_DEREF, self, WF_REF_CELL);
    }
    return wf_c_emit_local(c, loc, WF_OP_LOAD_FAST, self, WF_REF_FAST);
}

static int emit_super_attr(wf_compiler_t *c, wf_ast_expr_t *attr, int method) {
    wf_ast_expr_t *call = attr->v.Attribute.value;
    TRY(load_args_for_super(c, call));
    const char *m = wf_c_mangle(c, attr->v.Attribute.attr);
    int i = m ? wf_c_add_name(c, m) : -1;
    if (i < 0) {
        return -1;
    }
    int two = call->v.Call.args.len == 2 ? 2 : 0;
    return wf_c_emit(c, wf_c_attr_loc(WF_LOC(attr), attr), WF_OP_LOAD_SUPER_ATTR,
                     (i << 2) | two | method);
}

// obj.meth(args) without creating a bound method: LOAD_ATTR with the method bit.
static int maybe_optimize_method_call(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_ast_expr_t *meth = e->v.Call.func;
    wf_ast_expr_seq_t args = e->v.Call.args;
    wf_ast_keyword_seq_t kws = e->v.Call.keywords;
    if (meth->kind != WF_AST_Attribute || meth->v.Attribute.ctx != WF_AST_Load) {
        return 0;
    }
    int argsl = args.len, kwdsl = kws.len;
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE) {
        return 0;
    }
    for (int i = 0; i < argsl; i++) {
        if (args.items[i]->kind == WF_AST_Starred) {
            return 0;
        }
    }
    for (int i = 0; i < kwdsl; i++) {
        if (kws.items[i]->arg == NULL) {
            return 0;
        }
    }
    TRY(validate_keywords(c, kws));
    wf_loc_t loc = WF_LOC(meth);
    if (can_optimize_super_call(c, meth)) {
        TRY(emit_super_attr(c, meth, 1));
    } else {
        TRY(wf_c_visit_expr(c, meth->v.Attribute.value));
        const char *m = wf_c_mangle(c, meth->v.Attribute.attr);
        int i = m ? wf_c_add_name(c, m) : -1;
        if (i < 0) {
            return -1;
        }
        EMIT_I(wf_c_attr_loc(loc, meth), LOAD_ATTR, (i << 1) | 1);
    }
    for (int i = 0; i < argsl; i++) {
        TRY(wf_c_visit_expr(c, args.items[i]));
    }
    wf_loc_t cloc = wf_c_attr_loc(WF_LOC(e), meth);
    if (kwdsl) {
        for (int i = 0; i < kwdsl; i++) {
            TRY(wf_c_visit_expr(c, kws.items[i]->value));
        }
        TRY(load_kwnames(c, loc, kws, 0, kwdsl));
        EMIT_I(cloc, CALL_KW, argsl + kwdsl);
    } else {
        EMIT_I(cloc, CALL, argsl);
    }
    return 1;
}

static int compile_call(wf_compiler_t *c, wf_ast_expr_t *e) {
    TRY(validate_keywords(c, e->v.Call.keywords));
    int r = maybe_optimize_method_call(c, e);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    wf_ast_expr_t *func = e->v.Call.func;
    TRY(check_caller(c, func));
    // Bare zero-argument super() inside a method: pass __class__ and the first argument.
    if (func->kind == WF_AST_Name && strcmp(func->v.Name.id, "super") == 0 &&
        e->v.Call.args.len == 0 && e->v.Call.keywords.len == 0 &&
        wf_c_scope(c, "super") == WF_SCOPE_GLOBAL_IMPLICIT &&
        wf_ste_scope(c->st.top, "super") == WF_SCOPE_NONE &&
        (c->u->argcount + c->u->posonlyargcount) > 0 &&
        wf_c_scope(c, "__class__") == WF_SCOPE_FREE) {
        TRY(load_args_for_super(c, e));
        EMIT(WF_LOC(e), CALL_ZERO_SUPER);
        return 0;
    }
    TRY(wf_c_visit_expr(c, func));
    EMIT(WF_LOC(func), PUSH_NULL);
    return wf_c_call_helper(c, WF_LOC(e), 0, e->v.Call.args, e->v.Call.keywords);
}

// ---- f-strings ---------------------------------------------------------------------------------

static int compile_joined_str(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    int n = e->v.JoinedStr.values.len;
    if (n > STACK_USE_GUIDELINE) {
        // "".join([...])
        TRY(wf_c_load_const(c, loc, wf_str_empty()));
        int i = wf_c_add_name(c, "join");
        if (i < 0) {
            return -1;
        }
        EMIT_I(loc, LOAD_ATTR, (i << 1) | 1);
        EMIT_I(loc, BUILD_LIST, 0);
        for (int k = 0; k < n; k++) {
            TRY(wf_c_visit_expr(c, e->v.JoinedStr.values.items[k]));
            EMIT_I(loc, LIST_APPEND, 1);
        }
        EMIT_I(loc, CALL, 1);
        return 0;
    }
    for (int k = 0; k < n; k++) {
        TRY(wf_c_visit_expr(c, e->v.JoinedStr.values.items[k]));
    }
    if (n > 1) {
        EMIT_I(loc, BUILD_STRING, n);
    } else if (n == 0) {
        TRY(wf_c_load_const(c, loc, wf_str_empty()));
    }
    return 0;
}

static int compile_formatted_value(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    TRY(wf_c_visit_expr(c, e->v.FormattedValue.value));
    int conv = e->v.FormattedValue.conversion;
    if (conv != -1) {
        int arg = conv == 's' ? WF_CONV_STR : conv == 'r' ? WF_CONV_REPR : conv == 'a' ? WF_CONV_ASCII : 0;
        if (arg == 0) {
            wf_err_format(&wf_exc_SystemError, "Unrecognized conversion character %d", conv);
            return -1;
        }
        EMIT_I(loc, CONVERT_VALUE, arg);
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(wf_c_visit_expr(c, e->v.FormattedValue.format_spec));
        EMIT(loc, FORMAT_WITH_SPEC);
    } else {
        EMIT(loc, FORMAT_SIMPLE);
    }
    return 0;
}

// ---- yield / await --------------------------------------------------------------------------

// The delegation loop of `yield from` and `await`: receiver and the first value to send
// are on the stack; leaves the result.
int wf_c_add_yield_from(wf_compiler_t *c, wf_loc_t loc, int await) {
    (void)await;
    NEW_LABEL(send);
    NEW_LABEL(fail);
    NEW_LABEL(exit);
    USE_LABEL(send);
    JUMP_TO(loc, WF_OP_SEND, exit);
    // A virtual try/except: throw() / close() forwarded to the receiver may end it with
    // StopIteration, which CLEANUP_THROW turns into the result.
    JUMP_TO(loc, WF_PSEUDO_SETUP_FINALLY, fail);
    EMIT_I(loc, YIELD_VALUE, 1);
    EMIT_P(NO_LOC, POP_BLOCK);
    JUMP_TO(loc, WF_PSEUDO_JUMP_NO_INTERRUPT, send);
    USE_LABEL(fail);
    EMIT(loc, CLEANUP_THROW);
    USE_LABEL(exit);
    EMIT(loc, END_SEND);
    return 0;
}

static int compile_yield(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    if (!wf_c_is_function_like(c)) {
        return wf_c_error(c, loc, "'yield' outside function");
    }
    if (e->kind == WF_AST_Yield) {
        if (e->v.Yield.value) {
            TRY(wf_c_visit_expr(c, e->v.Yield.value));
        } else {
            TRY(wf_c_load_none(c, loc));
        }
        if (c->u->ste->coroutine) {
            EMIT_I(loc, CALL_INTRINSIC_1, WF_INTRINSIC1_ASYNC_GEN_WRAP);
        }
        EMIT_I(loc, YIELD_VALUE, 0);
        return 0;
    }
    if (c->u->kind == WF_UNIT_ASYNC_FUNCTION) {
        return wf_c_error(c, loc, "'yield from' inside async function");
    }
    TRY(wf_c_visit_expr(c, e->v.YieldFrom.value));
    EMIT(loc, GET_YIELD_FROM_ITER);
    TRY(wf_c_load_none(c, loc));
    return wf_c_add_yield_from(c, loc, 0);
}

static int compile_await(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    if (!wf_c_is_function_like(c)) {
        return wf_c_error(c, loc, "'await' outside function");
    }
    if (c->u->kind != WF_UNIT_ASYNC_FUNCTION && c->u->kind != WF_UNIT_COMPREHENSION) {
        return wf_c_error(c, loc, "'await' outside async function");
    }
    TRY(wf_c_visit_expr(c, e->v.Await.value));
    EMIT_I(loc, GET_AWAITABLE, 0);
    TRY(wf_c_load_none(c, loc));
    return wf_c_add_yield_from(c, loc, 1);
}

// ---- attributes and subscripts ---------------------------------------------------------------

// `self.x = ...` in any function nested in a class records x in __static_attributes__.
static int note_static_attribute(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_ast_expr_t *v = e->v.Attribute.value;
    if (v->kind != WF_AST_Name || e->v.Attribute.ctx != WF_AST_Store ||
        strcmp(v->v.Name.id, "self") != 0) {
        return 0;
    }
    for (wf_cunit_t *u = c->u->parent; u != NULL; u = u->parent) {
        if (u->kind == WF_UNIT_CLASS) {
            return wf_c_static_attr_add(u, e->v.Attribute.attr);
        }
    }
    return 0;
}

static int compile_attribute(wf_compiler_t *c, wf_ast_expr_t *e) {
    if (e->v.Attribute.ctx == WF_AST_Load && can_optimize_super_call(c, e)) {
        return emit_super_attr(c, e, 0);
    }
    TRY(note_static_attribute(c, e));
    TRY(wf_c_visit_expr(c, e->v.Attribute.value));
    wf_loc_t loc = wf_c_attr_loc(WF_LOC(e), e);
    if (e->v.Attribute.ctx == WF_AST_Store) {
        TRY(wf_c_forbidden_name(c, loc, e->v.Attribute.attr, WF_AST_Store));
    }
    const char *m = wf_c_mangle(c, e->v.Attribute.attr);
    int i = m ? wf_c_add_name(c, m) : -1;
    if (i < 0) {
        return -1;
    }
    switch (e->v.Attribute.ctx) {
    case WF_AST_Load:
        return wf_c_emit(c, loc, WF_OP_LOAD_ATTR, i << 1);
    case WF_AST_Store:
        return wf_c_emit(c, loc, WF_OP_STORE_ATTR, i);
    default:
        return wf_c_emit(c, loc, WF_OP_DELETE_ATTR, i);
    }
}

static int compile_subscript(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    wf_ast_ctx_t ctx = e->v.Subscript.ctx;
    wf_ast_expr_t *slice = e->v.Subscript.slice;
    if (ctx == WF_AST_Load) {
        TRY(check_subscripter(c, e->v.Subscript.value));
        TRY(check_index(c, e->v.Subscript.value, slice));
    }
    TRY(wf_c_visit_expr(c, e->v.Subscript.value));
    if (slice->kind == WF_AST_Slice && slice->v.Slice.step == NULL && ctx != WF_AST_Del) {
        TRY(wf_c_slice_parts(c, slice));
        return wf_c_emit_noarg(c, loc, ctx == WF_AST_Load ? WF_OP_BINARY_SLICE : WF_OP_STORE_SLICE);
    }
    TRY(wf_c_visit_expr(c, slice));
    int op = ctx == WF_AST_Load    ? WF_OP_BINARY_SUBSCR
             : ctx == WF_AST_Store ? WF_OP_STORE_SUBSCR
                                   : WF_OP_DELETE_SUBSCR;
    return wf_c_emit_noarg(c, loc, op);
}

// ---- dispatch --------------------------------------------------------------------------------------

static int visit_expr_inner(wf_compiler_t *c, wf_ast_expr_t *e) {
    wf_loc_t loc = WF_LOC(e);
    switch (e->kind) {
    case WF_AST_NamedExpr:
        TRY(wf_c_visit_expr(c, e->v.NamedExpr.value));
        EMIT_I(loc, COPY, 1);
        return wf_c_visit_expr(c, e->v.NamedExpr.target);
    case WF_AST_BoolOp:
        return compile_boolop(c, e);
    case WF_AST_BinOp: {
        int f = emit_folded(c, e);
        if (f == 0) {
            f = try_optimize_format(c, e);
        }
        if (f != 0) {
            return f < 0 ? -1 : 0;
        }
        TRY(wf_c_visit_expr(c, e->v.BinOp.left));
        TRY(wf_c_visit_expr(c, e->v.BinOp.right));
        return wf_c_emit(c, loc, WF_OP_BINARY_OP, wf_c_binop_of_operator[e->v.BinOp.op]);
    }
    case WF_AST_UnaryOp: {
        int f = emit_folded(c, e);
        if (f != 0) {
            return f < 0 ? -1 : 0;
        }
        TRY(wf_c_visit_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case WF_AST_Invert:
            return wf_c_emit_noarg(c, loc, WF_OP_UNARY_INVERT);
        case WF_AST_Not:
            return wf_c_emit_noarg(c, loc, WF_OP_UNARY_NOT);
        case WF_AST_UAdd:
            return wf_c_emit_noarg(c, loc, WF_OP_UNARY_POSITIVE);
        default:
            return wf_c_emit_noarg(c, loc, WF_OP_UNARY_NEGATIVE);
        }
    }
    case WF_AST_Lambda:
        return wf_c_lambda(c, e);
    case WF_AST_IfExp:
        return compile_ifexp(c, e);
    case WF_AST_Dict:
        return compile_dict(c, e);
    case WF_AST_Set:
        return starunpack_helper(c, loc, e->v.Set.elts, 0, WF_OP_BUILD_SET, WF_OP_SET_ADD,
                                 WF_OP_SET_UPDATE, 0);
    case WF_AST_GeneratorExp:
    case WF_AST_ListComp:
    case WF_AST_SetComp:
    case WF_AST_DictComp:
        return wf_c_comprehension(c, e);
    case WF_AST_Yield:
    case WF_AST_YieldFrom:
        return compile_yield(c, e);
    case WF_AST_Await:
        return compile_await(c, e);
    case WF_AST_Compare:
        return compile_compare(c, e);
    case WF_AST_Call:
        return compile_call(c, e);
    case WF_AST_Constant: {
        wf_object_t *k = wf_c_constant_object(c, &e->v.Constant.value);
        if (k == NULL) {
            return -1;
        }
        int r = wf_c_load_const(c, loc, k);
        WF_DECREF(k);
        return r;
    }
    case WF_AST_JoinedStr:
        return compile_joined_str(c, e);
    case WF_AST_FormattedValue:
        return compile_formatted_value(c, e);
    case WF_AST_Attribute:
        return compile_attribute(c, e);
    case WF_AST_Subscript: {
        int f = e->v.Subscript.ctx == WF_AST_Load ? emit_folded(c, e) : 0;
        if (f != 0) {
            return f < 0 ? -1 : 0;
        }
        return compile_subscript(c, e);
    }
    case WF_AST_Starred:
        if (e->v.Starred.ctx == WF_AST_Store) {
            return wf_c_error(c, loc, "starred assignment target must be in a list or tuple");
        }
        return wf_c_error(c, loc, "can't use starred expression here");
    case WF_AST_Slice: {
        int n = wf_c_slice_parts(c, e);
        TRY(n);
        return wf_c_emit(c, loc, WF_OP_BUILD_SLICE, n);
    }
    case WF_AST_Name:
        return wf_c_nameop(c, loc, e->v.Name.id, e->v.Name.ctx);
    case WF_AST_List:
        return compile_sequence(c, e, e->v.List.elts, e->v.List.ctx, 0);
    case WF_AST_Tuple:
        return compile_sequence(c, e, e->v.Tuple.elts, e->v.Tuple.ctx, 1);
    default:
        break;
    }
    wf_err_set_string(&wf_exc_SystemError, "compiler: unknown expression kind");
    return -1;
}

int wf_c_visit_expr(wf_compiler_t *c, wf_ast_expr_t *e) {
    TRY(wf_c_enter_depth(c));
    int r = visit_expr_inner(c, e);
    wf_c_leave_depth(c);
    return r;
}

int wf_c_store_target(wf_compiler_t *c, wf_ast_expr_t *target) {
    return wf_c_visit_expr(c, target);
}
