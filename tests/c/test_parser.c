// Unit tests for the parser (runtime/parser*.c) and AST (runtime/ast.c): tree shapes and
// positions checked through the ast.dump-format dumper, Constant representations, f-strings,
// SyntaxError messages and locations as CPython 3.13 reports them, deep nesting, modes,
// warnings and out-of-memory handling.
// Standalone: links runtime/ast.c, runtime/tokenizer.c and runtime/parser*.c only.
#define _POSIX_C_SOURCE 200809L // open_memstream
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/parser.h"

static int failures, checks;

#define CHECK(cond)                                                                           \
    do {                                                                                      \
        checks++;                                                                             \
        if (!(cond)) {                                                                        \
            failures++;                                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);          \
        }                                                                                     \
    } while (0)

#define CHECK_STR(a, b)                                                                       \
    do {                                                                                      \
        checks++;                                                                             \
        const char *a_ = (a), *b_ = (b);                                                      \
        if (strcmp(a_, b_) != 0) {                                                            \
            failures++;                                                                       \
            fprintf(stderr, "%s:%d:\n  got:      %s\n  expected: %s\n", __FILE__, __LINE__, a_, \
                    b_);                                                                      \
        }                                                                                     \
    } while (0)

// Parses src and returns ast.dump() output (without attributes unless attrs), or
// "ERROR Kind line:offset-line:offset msg" on failure.
static char *parse_mode(const char *src, int mode, int attrs)
{
    wf_arena_t *a = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    wf_ast_mod_t *m = wf_parse(a, src, strlen(src), "t.py", mode, &err);
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (m) {
        wf_ast_dump(f, m, attrs);
    } else {
        const char *k = err.out_of_memory                 ? "NoMemory"
                        : err.too_deep                    ? "TooDeep"
                        : err.kind == WF_INDENTATION_ERROR ? "IndentationError"
                        : err.kind == WF_TAB_ERROR         ? "TabError"
                                                           : "SyntaxError";
        fprintf(f, "ERROR %s %d:%d-%d:%d %s", k, err.lineno, err.offset, err.end_lineno,
                err.end_offset, err.msg);
    }
    fclose(f);
    wf_parse_error_clear(&err);
    wf_arena_free(a);
    return out;
}

static char *parse(const char *src)
{
    return parse_mode(src, WF_PARSE_FILE, 0);
}

#define CHECK_AST(src, expected)                                                              \
    do {                                                                                      \
        char *got_ = parse(src);                                                              \
        CHECK_STR(got_, expected);                                                            \
        free(got_);                                                                           \
    } while (0)

#define CHECK_ERR(src, expected)                                                              \
    do {                                                                                      \
        char *got_ = parse(src);                                                              \
        CHECK_STR(got_, "ERROR " expected);                                                   \
        free(got_);                                                                           \
    } while (0)

static void test_statements(void)
{
    CHECK_AST("x = y = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), "
                           "Name(id='y', ctx=Store())], value=Constant(value=1))])");
    CHECK_AST("x += 1", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), "
                        "value=Constant(value=1))])");
    CHECK_AST("x: int = 1", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), "
                            "annotation=Name(id='int', ctx=Load()), value=Constant(value=1), "
                            "simple=1)])");
    CHECK_AST("del a[0], b.c", "Module(body=[Delete(targets=[Subscript(value=Name(id='a', "
                               "ctx=Load()), slice=Constant(value=0), ctx=Del()), "
                               "Attribute(value=Name(id='b', ctx=Load()), attr='c', "
                               "ctx=Del())])])");
    CHECK_AST("from ..a.b import (c as d, e)",
              "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), "
              "alias(name='e')], level=2)])");
    CHECK_AST("global a, b", "Module(body=[Global(names=['a', 'b'])])");
    CHECK_AST("@d\ndef f(a, /, b=1, *c, d, e=2, **f) -> r: pass",
              "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
              "args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), "
              "arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), "
              "defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[Name(id='d', "
              "ctx=Load())], returns=Name(id='r', ctx=Load()))])");
    CHECK_AST("class A[T](B, metaclass=M): pass",
              "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], "
              "keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], "
              "body=[Pass()], type_params=[TypeVar(name='T')])])");
    CHECK_AST("try:\n pass\nexcept* E as e:\n pass\nfinally:\n pass",
              "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', "
              "ctx=Load()), name='e', body=[Pass()])], finalbody=[Pass()])])");
    CHECK_AST("with (a as b, c): pass",
              "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), "
              "optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', "
              "ctx=Load()))], body=[Pass()])])");
    CHECK_AST("type X[T = int] = list[T]",
              "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), "
              "type_params=[TypeVar(name='T', default_value=Name(id='int', ctx=Load()))], "
              "value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', "
              "ctx=Load()), ctx=Load()))])");
    // Soft keywords as names.
    CHECK_AST("match = type = 1", "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), "
                                  "Name(id='type', ctx=Store())], value=Constant(value=1))])");
    // Docstrings are a first Expr(Constant).
    CHECK_AST("def f():\n    'doc'\n",
              "Module(body=[FunctionDef(name='f', args=arguments(), body=[Expr("
              "value=Constant(value='doc'))])])");
}

static void test_match(void)
{
    CHECK_AST("match x:\n case [1, *r] | {'k': v, **kw} | P(a, b=c) | None | _ as z if g:\n"
              "  pass\n",
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case("
              "pattern=MatchAs(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue("
              "value=Constant(value=1)), MatchStar(name='r')]), MatchMapping(keys=[Constant("
              "value='k')], patterns=[MatchAs(name='v')], rest='kw'), MatchClass(cls=Name("
              "id='P', ctx=Load()), patterns=[MatchAs(name='a')], kwd_attrs=['b'], "
              "kwd_patterns=[MatchAs(name='c')]), MatchSingleton(value=None), MatchAs()]), "
              "name='z'), guard=Name(id='g', ctx=Load()), body=[Pass()])])])");
    CHECK_AST("match x:\n case -1.5 + 2j: pass\n",
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case("
              "pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant("
              "value=1.5)), op=Add(), right=Constant(value=2j))), body=[Pass()])])])");
}

static void test_expressions(void)
{
    CHECK_AST("a if b else c", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), "
                               "body=Name(id='a', ctx=Load()), orelse=Name(id='c', "
                               "ctx=Load())))])");
    CHECK_AST("not a < b is not c", "Module(body=[Expr(value=UnaryOp(op=Not(), "
                                    "operand=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), "
                                    "IsNot()], comparators=[Name(id='b', ctx=Load()), "
                                    "Name(id='c', ctx=Load())])))])");
    CHECK_AST("-a ** -b", "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left="
                          "Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), "
                          "operand=Name(id='b', ctx=Load())))))])");
    CHECK_AST("f(*a, k=1, **b)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
                                 "args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], "
                                 "keywords=[keyword(arg='k', value=Constant(value=1)), "
                                 "keyword(value=Name(id='b', ctx=Load()))]))])");
    CHECK_AST("a[1:2, ::3]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), "
                             "slice=Tuple(elts=[Slice(lower=Constant(value=1), "
                             "upper=Constant(value=2)), Slice(step=Constant(value=3))], "
                             "ctx=Load()), ctx=Load()))])");
    CHECK_AST("{**a, 1: 2}", "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], "
                             "values=[Name(id='a', ctx=Load()), Constant(value=2)]))])");
    CHECK_AST("[x async for x in y if x]",
              "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=["
              "comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), "
              "ifs=[Name(id='x', ctx=Load())], is_async=1)]))])");
    CHECK_AST("(y := 1)", "Module(body=[Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), "
                          "value=Constant(value=1)))])");
    CHECK_AST("lambda *, a=1: a", "Module(body=[Expr(value=Lambda(args=arguments(kwonlyargs=["
                                  "arg(arg='a')], kw_defaults=[Constant(value=1)]), "
                                  "body=Name(id='a', ctx=Load())))])");
    CHECK_AST("*a, b = c", "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', "
                           "ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], "
                           "ctx=Store())], value=Name(id='c', ctx=Load()))])");
}

// Finds the first Constant of the tree (module -> Expr -> value).
static const wf_ast_constant_t *first_constant(wf_ast_mod_t *m)
{
    wf_ast_stmt_t *s = m->v.Module.body.items[0];
    wf_ast_expr_t *e = s->kind == WF_AST_Expr ? s->v.Expr.value : s->v.Assign.value;
    return e->kind == WF_AST_Constant ? &e->v.Constant.value : NULL;
}

static void check_constant(const char *src, wf_ast_const_kind_t kind, const char *data,
                           size_t len)
{
    wf_arena_t *a = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    wf_ast_mod_t *m = wf_parse(a, src, strlen(src), "t.py", WF_PARSE_FILE, &err);
    CHECK(m != NULL);
    const wf_ast_constant_t *c = m ? first_constant(m) : NULL;
    CHECK(c != NULL);
    if (c) {
        CHECK(c->kind == kind);
        CHECK(c->len == len);
        CHECK(memcmp(c->data, data, len) == 0);
        CHECK(c->data[len] == 0);
        if (c->kind != kind || c->len != len || memcmp(c->data, data, len) != 0) {
            fprintf(stderr, "  source: %s\n", src);
        }
    }
    wf_parse_error_clear(&err);
    wf_arena_free(a);
}

static void test_constants(void)
{
    check_constant("0x1_f", WF_AST_CONST_INT, "0x1f", 4);
    check_constant("1_000", WF_AST_CONST_INT, "1000", 4);
    check_constant("1e10", WF_AST_CONST_FLOAT, "1e10", 4);
    check_constant("3.5j", WF_AST_CONST_IMAG, "3.5", 3);
    check_constant("10J", WF_AST_CONST_IMAG, "10", 2);
    check_constant("None", WF_AST_CONST_NONE, "", 0);
    check_constant("...", WF_AST_CONST_ELLIPSIS, "", 0);
    check_constant("'a\\x00b'", WF_AST_CONST_STR, "a\0b", 3);
    check_constant("'\\ud800'", WF_AST_CONST_STR, "\xed\xa0\x80", 3);
    check_constant("'\\N{EM DASH}\\u00e9\\U0001F600'", WF_AST_CONST_STR,
                   "\xe2\x80\x94\xc3\xa9\xf0\x9f\x98\x80", 9);
    check_constant("'\\101\\t'", WF_AST_CONST_STR, "A\t", 2);
    check_constant("r'\\n'", WF_AST_CONST_STR, "\\n", 2);
    check_constant("b'\\xff\\n' b'x'", WF_AST_CONST_BYTES, "\xff\nx", 3);
    check_constant("'a' 'b' \"c\"", WF_AST_CONST_STR, "abc", 3);
    check_constant("'''a\nb'''", WF_AST_CONST_STR, "a\nb", 3);
    check_constant("'a\\\nb'", WF_AST_CONST_STR, "ab", 2);
    CHECK_AST("u'x' 'y'", "Module(body=[Expr(value=Constant(value='xy', kind='u'))])");
}

static void test_fstrings(void)
{
    CHECK_AST("f'a{x!r:>{w}}b' 'c'",
              "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), "
              "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
              "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name("
              "id='w', ctx=Load()), conversion=-1)])), Constant(value='bc')]))])");
    // The `=` debug specifier expands like CPython's.
    CHECK_AST("f'{x = }'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), "
                           "FormattedValue(value=Name(id='x', ctx=Load()), "
                           "conversion=114)]))])");
    CHECK_AST("f'{x=:>3}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), "
                            "FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
                            "format_spec=JoinedStr(values=[Constant(value='>3')]))]))])");
    CHECK_AST("f\"{'a' f'{\"b\"}'}\"",
              "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr("
              "values=[Constant(value='a'), FormattedValue(value=Constant(value='b'), "
              "conversion=-1)]), conversion=-1)]))])");
    CHECK_AST("f'{{}}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')]))])");
    char *r = parse_mode("f'a{x}b'", WF_PARSE_FILE, 1);
    CHECK_STR(r, "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, "
                 "col_offset=2, end_lineno=1, end_col_offset=3), FormattedValue(value=Name("
                 "id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
                 "conversion=-1, lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), "
                 "Constant(value='b', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], "
                 "lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, "
                 "col_offset=0, end_lineno=1, end_col_offset=8)])");
    free(r);
    CHECK_ERR("f'{x!z}'", "SyntaxError 1:6-1:7 f-string: invalid conversion character 'z': "
                          "expected 's', 'r', or 'a'");
    CHECK_ERR("f'{}'", "SyntaxError 1:4-1:5 f-string: valid expression required before '}'");
    CHECK_ERR("f'{x'", "SyntaxError 1:5-1:5 f-string: expecting '}'");
    CHECK_ERR("f'{x!}'", "SyntaxError 1:6-1:7 f-string: missing conversion character");
    CHECK_ERR("'a' b'b'", "SyntaxError 1:9-1:10 cannot mix bytes and nonbytes literals");
}

static void test_positions(void)
{
    // Columns are UTF-8 byte offsets; multi-line nodes end where their last token ends.
    char *r = parse_mode("\xc3\xa9 = (1,\n  2)", WF_PARSE_FILE, 1);
    CHECK_STR(r, "Module(body=[Assign(targets=[Name(id='\xc3\xa9', ctx=Store(), lineno=1, "
                 "col_offset=0, end_lineno=1, end_col_offset=2)], value=Tuple(elts=[Constant("
                 "value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Constant("
                 "value=2, lineno=2, col_offset=2, end_lineno=2, end_col_offset=3)], ctx=Load(), "
                 "lineno=1, col_offset=5, end_lineno=2, end_col_offset=4), lineno=1, "
                 "col_offset=0, end_lineno=2, end_col_offset=4)])");
    free(r);
    // A decorated function starts at 'def'.
    r = parse_mode("@d\ndef f(): pass", WF_PARSE_FILE, 1);
    CHECK(strstr(r, "FunctionDef(name='f', args=arguments(), body=[Pass(lineno=2, "
                    "col_offset=9, end_lineno=2, end_col_offset=13)], decorator_list=[Name("
                    "id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, "
                    "end_col_offset=2)], lineno=2, col_offset=0, end_lineno=2, "
                    "end_col_offset=13)") != NULL);
    free(r);
}

static void test_errors(void)
{
    CHECK_ERR("x = 1 +", "SyntaxError 1:8-1:9 invalid syntax");
    CHECK_ERR("if x\n  pass", "SyntaxError 1:5-1:6 expected ':'");
    CHECK_ERR("  x", "IndentationError 1:2-1:-1 unexpected indent");
    CHECK_ERR("if x:\npass", "IndentationError 2:1-2:5 expected an indented block after 'if' "
                             "statement on line 1");
    CHECK_ERR("def f():\npass", "IndentationError 2:1-2:5 expected an indented block after "
                                "function definition on line 1");
    CHECK_ERR("class A:\npass", "IndentationError 2:1-2:5 expected an indented block after "
                                "class definition on line 1");
    CHECK_ERR("for x in y:\n", "IndentationError 1:12-1:-1 expected an indented block after "
                               "'for' statement on line 1");
    CHECK_ERR("try:\n pass\nx = 1\n", "SyntaxError 3:1-3:2 expected 'except' or 'finally' "
                                      "block");
    CHECK_ERR("if x:\n  a\n b\n", "IndentationError 3:3-3:-1 unindent does not match any outer "
                                  "indentation level");
    CHECK_ERR("x = 'abc", "SyntaxError 1:5-1:5 unterminated string literal (detected at line 1)");
    CHECK_ERR("x = '''a\n\n", "SyntaxError 1:5-1:5 unterminated triple-quoted string literal "
                              "(detected at line 2)");
    CHECK_ERR("x = (1,\n2", "SyntaxError 1:5-1:0 '(' was never closed");
    CHECK_ERR("x = 1)", "SyntaxError 1:6-1:6 unmatched ')'");
    CHECK_ERR("x = [1)", "SyntaxError 1:7-1:7 closing parenthesis ')' does not match opening "
                         "parenthesis '['");
    CHECK_ERR("f(a b)", "SyntaxError 1:3-1:6 invalid syntax. Perhaps you forgot a comma?");
    CHECK_ERR("1 = x", "SyntaxError 1:1-1:2 cannot assign to literal here. Maybe you meant '==' "
                       "instead of '='?");
    CHECK_ERR("f() = 1", "SyntaxError 1:1-1:4 cannot assign to function call here. Maybe you "
                         "meant '==' instead of '='?");
    CHECK_ERR("x = f() = 1", "SyntaxError 1:5-1:8 cannot assign to function call");
    CHECK_ERR("not a = b", "SyntaxError 1:1-1:6 cannot assign to expression");
    CHECK_ERR("del f()", "SyntaxError 1:5-1:8 cannot delete function call");
    CHECK_ERR("1_000a", "SyntaxError 1:5-1:5 invalid decimal literal");
    CHECK_ERR("0777", "SyntaxError 1:1-1:2 leading zeros in decimal integer literals are not "
                      "permitted; use an 0o prefix for octal integers");
    CHECK_ERR("print 'hi'", "SyntaxError 1:1-1:11 Missing parentheses in call to 'print'. Did "
                            "you mean print(...)?");
    CHECK_ERR("f(a=1, b)", "SyntaxError 1:9-1:10 positional argument follows keyword argument");
    CHECK_ERR("def f(a=1, b): pass", "SyntaxError 1:12-1:13 parameter without a default "
                                     "follows parameter with a default");
    CHECK_ERR("x = a \xe2\x82\xac b", "SyntaxError 1:7-1:7 invalid character '\xe2\x82\xac' "
                                      "(U+20AC)");
    CHECK_ERR("a\xc2\xa0" "b", "SyntaxError 1:2-1:2 invalid non-printable character U+00A0");
    CHECK_ERR("x = (", "SyntaxError 1:5-1:0 '(' was never closed");
    CHECK_ERR("x = 1 \\", "SyntaxError 1:8-1:-1 unexpected EOF while parsing");
    CHECK_ERR("match x\n", "SyntaxError 1:8-1:9 expected ':'");
    CHECK_ERR("x = {1: 2, 3}", "SyntaxError 1:12-1:0 ':' expected after dictionary key");
    CHECK_ERR("[*a for a in b]", "SyntaxError 1:2-1:4 iterable unpacking cannot be used in "
                                 "comprehension");
    CHECK_ERR("f(x for x in y, 1)", "SyntaxError 1:3-1:15 Generator expression must be "
                                    "parenthesized");
    CHECK_ERR("a + not b", "SyntaxError 1:5-1:10 'not' after an operator must be parenthesized");
    // A tokenizer error later in the file wins over an earlier parser error.
    CHECK_ERR("x = $\ny = 'abc\n", "SyntaxError 2:5-2:5 unterminated string literal (detected at "
                                   "line 2)");
    // An unclosed bracket after the error line does not.
    CHECK_ERR("x = $\ny = (\n", "SyntaxError 1:5-1:6 invalid syntax");
    // Null bytes.
    char *r = parse("x = 1\n\0");
    (void)r;
    free(r);
    wf_arena_t *a = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    CHECK(wf_parse(a, "x\0", 2, "t.py", WF_PARSE_FILE, &err) == NULL);
    CHECK_STR(err.msg, "source code string cannot contain null bytes");
    wf_parse_error_clear(&err);
    CHECK(wf_parse(a, "x\0", 2, "t.py", WF_PARSE_FILE | WF_PARSE_FLAG_FILE_INPUT, &err) == NULL);
    CHECK_STR(err.msg, "source code cannot contain null bytes");
    CHECK(err.lineno == 1 && err.text && strcmp(err.text, "x") == 0);
    wf_parse_error_clear(&err);
    // Undecodable source read from a file.
    CHECK(wf_parse(a, "x = '\xff'\n", 8, "t.py", WF_PARSE_FILE | WF_PARSE_FLAG_FILE_INPUT,
                   &err) == NULL);
    CHECK_STR(err.msg, "Non-UTF-8 code starting with '\\xff' in file t.py on line 1, but no "
                       "encoding declared; see https://peps.python.org/pep-0263/ for details");
    wf_parse_error_clear(&err);
    wf_arena_free(a);
    // The error text is the offending line.
    a = wf_arena_new();
    CHECK(wf_parse(a, "a = 1\nb = 2 +\n", 14, "t.py", WF_PARSE_FILE, &err) == NULL);
    CHECK(err.text && strcmp(err.text, "b = 2 +\n") == 0);
    wf_parse_error_clear(&err);
    wf_arena_free(a);
}

static void test_modes(void)
{
    char *r = parse_mode("1 + 2\n", WF_PARSE_EVAL, 0);
    CHECK_STR(r, "Expression(body=BinOp(left=Constant(value=1), op=Add(), "
                 "right=Constant(value=2)))");
    free(r);
    r = parse_mode("x = 1", WF_PARSE_EVAL, 0);
    CHECK_STR(r, "ERROR SyntaxError 1:3-1:4 invalid syntax");
    free(r);
    r = parse_mode("if 1:\n pass\n", WF_PARSE_SINGLE, 0);
    CHECK_STR(r, "Interactive(body=[If(test=Constant(value=1), body=[Pass()])])");
    free(r);
    r = parse_mode("x = 1\ny = 2", WF_PARSE_SINGLE, 0);
    CHECK_STR(r, "ERROR SyntaxError 1:6-1:7 multiple statements found while compiling a "
                 "single statement");
    free(r);
    // Incomplete input for the REPL.
    wf_arena_t *a = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    const char *src = "if x:\n";
    CHECK(wf_parse(a, src, strlen(src), "<stdin>",
                   WF_PARSE_SINGLE | WF_PARSE_FLAG_INCOMPLETE_INPUT, &err) == NULL);
    CHECK(err.incomplete);
    wf_parse_error_clear(&err);
    src = "x = (1,";
    CHECK(wf_parse(a, src, strlen(src), "<stdin>",
                   WF_PARSE_SINGLE | WF_PARSE_FLAG_INCOMPLETE_INPUT, &err) == NULL);
    CHECK(err.incomplete);
    wf_parse_error_clear(&err);
    src = "x = )";
    CHECK(wf_parse(a, src, strlen(src), "<stdin>",
                   WF_PARSE_SINGLE | WF_PARSE_FLAG_INCOMPLETE_INPUT, &err) == NULL);
    CHECK(!err.incomplete);
    CHECK_STR(err.msg, "unmatched ')'");
    wf_parse_error_clear(&err);
    const char *more[] = {"\"\"\"abc", "x = 1 \\\n", "@d\n", "try:\n  pass\n"};
    for (size_t i = 0; i < sizeof more / sizeof *more; i++) {
        CHECK(wf_parse(a, more[i], strlen(more[i]), "<stdin>",
                       WF_PARSE_SINGLE | WF_PARSE_FLAG_INCOMPLETE_INPUT, &err) == NULL);
        CHECK(err.incomplete);
        CHECK_STR(err.msg, "incomplete input");
        wf_parse_error_clear(&err);
    }
    src = "def f():\n  pass\n";
    CHECK(wf_parse(a, src, strlen(src), "<stdin>",
                   WF_PARSE_SINGLE | WF_PARSE_FLAG_INCOMPLETE_INPUT, &err) != NULL);
    wf_arena_free(a);
}

static char *repeat(const char *s, int n, const char *tail)
{
    size_t l = strlen(s), t = strlen(tail);
    char *r = malloc(l * (size_t)n + t + 1);
    for (int i = 0; i < n; i++) {
        memcpy(r + l * (size_t)i, s, l);
    }
    memcpy(r + l * (size_t)n, tail, t + 1);
    return r;
}

static void test_deep_nesting(void)
{
    // Deep nesting never overflows the C stack: CPython's limits and errors apply.
    struct {
        const char *unit, *tail;
        int n;
        const char *expect;
    } cases[] = {
        {"-", "x", 100000, "ERROR TooDeep"},
        {"not ", "x", 100000, "ERROR TooDeep"},
        {"lambda: ", "x", 100000, "ERROR TooDeep"},
        {"a if b else ", "x", 100000, "ERROR TooDeep"},
        {"x**", "x", 100000, "ERROR TooDeep"},
        {"(", "", 100000, "ERROR SyntaxError 1:201-1:201 too many nested parentheses"},
        {"[", "", 100000, "ERROR SyntaxError 1:201-1:201 too many nested parentheses"},
        {"-", "x", 5000, "Module"},
        {"x.y", "", 100000, "Module"},
        {"x+", "x", 100000, "Module"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *src = repeat(cases[i].unit, cases[i].n, cases[i].tail);
        wf_arena_t *a = wf_arena_new();
        wf_parse_error_t err;
        memset(&err, 0, sizeof err);
        wf_ast_mod_t *m = wf_parse(a, src, strlen(src), "t.py", WF_PARSE_FILE, &err);
        char got[700];
        if (m) {
            snprintf(got, sizeof got, "Module");
        } else if (err.too_deep) {
            snprintf(got, sizeof got, "ERROR TooDeep");
            CHECK_STR(err.msg, "Parser stack overflowed - Python source too complex to parse");
        } else {
            snprintf(got, sizeof got, "ERROR SyntaxError %d:%d-%d:%d %s", err.lineno,
                     err.offset, err.end_lineno, err.end_offset, err.msg);
        }
        CHECK_STR(got, cases[i].expect);
        wf_parse_error_clear(&err);
        wf_arena_free(a);
        free(src);
    }
    // 101 nested blocks: the tokenizer's indentation limit.
    char *src = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&src, &n);
    for (int i = 0; i < 101; i++) {
        fprintf(f, "%*sif x:\n", i, "");
    }
    fprintf(f, "%*spass\n", 101, "");
    fclose(f);
    char *r = parse(src);
    CHECK_STR(r, "ERROR IndentationError 101:1-101:0 too many levels of indentation");
    free(r);
    free(src);
}

static int warnings_seen;
static char last_warning[200];

static int warn_hook(void *ctx, const char *category, const char *msg, int lineno, int col,
                     int end_lineno, int end_col)
{
    (void)col, (void)end_lineno, (void)end_col;
    warnings_seen++;
    snprintf(last_warning, sizeof last_warning, "%s:%d:%s", category, lineno, msg);
    return ctx ? -1 : 0; // a non-NULL ctx turns warnings into errors
}

static void test_warnings(void)
{
    wf_arena_t *a = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    err.warn = warn_hook;
    const char *src = "x = 1\ny = '\\d'\n";
    CHECK(wf_parse(a, src, strlen(src), "t.py", WF_PARSE_FILE, &err) != NULL);
    CHECK(warnings_seen == 1);
    CHECK_STR(last_warning, "SyntaxWarning:2:invalid escape sequence '\\d'");
    src = "z = 1if x else 2\n";
    CHECK(wf_parse(a, src, strlen(src), "t.py", WF_PARSE_FILE, &err) != NULL);
    CHECK_STR(last_warning, "SyntaxWarning:1:invalid decimal literal");
    // Warnings as errors.
    err.warn_ctx = &err;
    src = "y = '\\d'\n";
    CHECK(wf_parse(a, src, strlen(src), "t.py", WF_PARSE_FILE, &err) == NULL);
    CHECK_STR(err.msg, "invalid escape sequence '\\d'");
    CHECK(err.lineno == 1 && err.offset == 5);
    CHECK(err.warn == warn_hook); // kept across calls
    wf_parse_error_clear(&err);
    wf_arena_free(a);
}

static void test_out_of_memory(void)
{
    // Every allocation failure point reports out_of_memory and nothing crashes.
    const char *src = "import os\n@d\ndef f(a, *b, c=1, **d):\n    '''doc'''\n"
                      "    return [x async for x in y if f'{x!r:>{w}}']\n"
                      "class C(B):\n    match x:\n        case [1, *r]: pass\n";
    int saw_oom = 0, saw_ok = 0;
    for (size_t limit = 64; limit < 200000; limit += limit / 8 + 16) {
        wf_arena_t *a = wf_arena_new();
        wf_arena_set_limit(a, limit);
        wf_parse_error_t err;
        memset(&err, 0, sizeof err);
        wf_ast_mod_t *m = wf_parse(a, src, strlen(src), "t.py", WF_PARSE_FILE, &err);
        if (m) {
            saw_ok = 1;
        } else {
            CHECK(err.out_of_memory);
            saw_oom = 1;
        }
        wf_parse_error_clear(&err);
        wf_arena_free(a);
    }
    CHECK(saw_oom && saw_ok);
}

static void test_reflection(void)
{
    const wf_ast_kind_info_t *k = wf_ast_kind_info(WF_AST_CAT_EXPR, WF_AST_BinOp);
    CHECK(k && strcmp(k->name, "BinOp") == 0 && k->nfields == 3 && k->has_loc);
    CHECK(k && strcmp(k->fields[1].name, "op") == 0 && k->fields[1].type == WF_AST_FT_OPERATOR);
    CHECK(k && k->fields[2].offset == offsetof(wf_ast_expr_t, v.BinOp.right));
    k = wf_ast_kind_info(WF_AST_CAT_PRODUCT, WF_AST_P_arguments);
    CHECK(k && strcmp(k->name, "arguments") == 0 && k->nfields == 7 && !k->has_loc);
    CHECK_STR(wf_ast_cmpop_text(WF_AST_NotIn), "not in");
    CHECK_STR(wf_ast_operator_text(WF_AST_FloorDiv), "//");
}

int main(void)
{
    test_statements();
    test_match();
    test_expressions();
    test_constants();
    test_fstrings();
    test_positions();
    test_errors();
    test_modes();
    test_deep_nesting();
    test_warnings();
    test_out_of_memory();
    test_reflection();
    printf("test_parser: %d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
