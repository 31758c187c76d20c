// Unit tests for the tokenizer (runtime/tokenizer.c): token kinds, texts and positions,
// number and string scanning, indentation, f-string token streams, source decoding, and
// the errors with CPython 3.13's messages and positions.
// Standalone: links runtime/ast.c, runtime/tokenizer.c and runtime/parser*.c only.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/tokenizer.h"

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
            fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_, b_);         \
        }                                                                                     \
    } while (0)

// Tokenizes `src` and renders the stream as "TYPE@line:col-line:col" items, or the error.
static char *render(const char *src, size_t len, int flags)
{
    wf_tokenizer_t t;
    memset(&t, 0, sizeof t);
    size_t cap = 1 << 16, n = 0;
    char *out = malloc(cap);
    out[0] = 0;
    int rc = wf_tokenizer_init(&t, src, len, flags, "f.py");
    if (rc == 0) {
        rc = wf_tokenizer_run(&t);
        for (size_t i = 0; i < t.ntoks && n + 200 < cap; i++) {
            wf_token_t *k = &t.toks[i];
            n += (size_t)snprintf(out + n, cap - n, "%s%s@%d:%d-%d:%d", i ? " " : "",
                                  wf_tok_name(k->type), k->lineno, k->col_offset, k->end_lineno,
                                  k->end_col_offset);
        }
    }
    if (rc) {
        snprintf(out + n, cap - n, "%sERROR(%d) %s @%d:%d-%d:%d", n ? " " : "", t.error.kind,
                 t.error.msg, t.error.lineno, t.error.offset, t.error.end_lineno,
                 t.error.end_offset);
    }
    wf_tokenizer_fini(&t);
    return out;
}

static char *tok(const char *src)
{
    return render(src, strlen(src), 0);
}

#define CHECK_TOKENS(src, expected)                                                           \
    do {                                                                                      \
        char *got_ = tok(src);                                                                \
        CHECK_STR(got_, expected);                                                            \
        free(got_);                                                                           \
    } while (0)

// Text of the first token of `type` in src.
static char *token_text(const char *src, int type)
{
    wf_tokenizer_t t;
    memset(&t, 0, sizeof t);
    char *r = NULL;
    if (wf_tokenizer_init(&t, src, strlen(src), 0, "f") == 0) {
        wf_tokenizer_run(&t);
        for (size_t i = 0; i < t.ntoks; i++) {
            if (t.toks[i].type == type) {
                r = malloc(t.toks[i].len + 1);
                memcpy(r, t.buf + t.toks[i].start, t.toks[i].len);
                r[t.toks[i].len] = 0;
                break;
            }
        }
    }
    wf_tokenizer_fini(&t);
    return r ? r : calloc(1, 1);
}

static void test_basic(void)
{
    CHECK_TOKENS("x = 1\n", "NAME@1:0-1:1 EQUAL@1:2-1:3 NUMBER@1:4-1:5 NEWLINE@1:5-1:6 "
                            "ENDMARKER@1:-1-1:-1");
    // No final newline: one is added.
    CHECK_TOKENS("a.b", "NAME@1:0-1:1 DOT@1:1-1:2 NAME@1:2-1:3 NEWLINE@1:3-1:4 "
                        "ENDMARKER@1:-1-1:-1");
    CHECK_TOKENS("", "ENDMARKER@0:-1-0:-1");
    CHECK_TOKENS("if x:\n    pass\n",
                 "KW_IF@1:0-1:2 NAME@1:3-1:4 COLON@1:4-1:5 NEWLINE@1:5-1:6 INDENT@2:-1-2:-1 "
                 "KW_PASS@2:4-2:8 NEWLINE@2:8-2:9 DEDENT@2:-1-2:-1 ENDMARKER@2:-1-2:-1");
    // Operators, longest match first.
    CHECK_TOKENS("a**=b//=c->d:=e...!=f", "NAME@1:0-1:1 DOUBLESTAREQUAL@1:1-1:4 NAME@1:4-1:5 "
                                          "DOUBLESLASHEQUAL@1:5-1:8 NAME@1:8-1:9 "
                                          "RARROW@1:9-1:11 NAME@1:11-1:12 COLONEQUAL@1:12-1:14 "
                                          "NAME@1:14-1:15 ELLIPSIS@1:15-1:18 "
                                          "NOTEQUAL@1:18-1:20 NAME@1:20-1:21 "
                                          "NEWLINE@1:21-1:22 ENDMARKER@1:-1-1:-1");
    // Keywords get their own types; soft keywords stay NAME.
    CHECK_TOKENS("match None", "NAME@1:0-1:5 KW_NONE@1:6-1:10 NEWLINE@1:10-1:11 "
                               "ENDMARKER@1:-1-1:-1");
    // Comments and blank lines produce nothing; a comment is part of the NEWLINE.
    CHECK_TOKENS("\n# c\n  \nx  # c\n", "NAME@4:0-4:1 NEWLINE@4:3-4:7 ENDMARKER@4:-1-4:-1");
    // Newlines inside brackets and after a backslash are ignored.
    CHECK_TOKENS("(1,\n 2)\n", "LPAR@1:0-1:1 NUMBER@1:1-1:2 COMMA@1:2-1:3 NUMBER@2:1-2:2 "
                               "RPAR@2:2-2:3 NEWLINE@2:3-2:4 ENDMARKER@2:-1-2:-1");
    CHECK_TOKENS("x = 1 + \\\n  2\n", "NAME@1:0-1:1 EQUAL@1:2-1:3 NUMBER@1:4-1:5 "
                                      "PLUS@1:6-1:7 NUMBER@2:2-2:3 NEWLINE@2:3-2:4 "
                                      "ENDMARKER@2:-1-2:-1");
    // CRLF and CR line ends.
    CHECK_TOKENS("a\r\nb\rc", "NAME@1:0-1:1 NEWLINE@1:1-1:2 NAME@2:0-2:1 NEWLINE@2:1-2:2 "
                              "NAME@3:0-3:1 NEWLINE@3:1-3:2 ENDMARKER@3:-1-3:-1");
}

static void test_numbers(void)
{
    const char *ok[] = {"0", "00", "0_0", "1_000", "0x_1f", "0XFF", "0o17", "0b1_0", "1.",
                        ".5",  "1e10", "1E-5", "1.5j", "10J", "0j", "00.5", "09.5", "1_0.0_1e1_0"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        char *t = token_text(ok[i], WF_TOK_NUMBER);
        CHECK_STR(t, ok[i]);
        free(t);
    }
    CHECK_TOKENS("1_000a", "ERROR(1) invalid decimal literal @1:5-1:5");
    CHECK_TOKENS("0777", "ERROR(1) leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers @1:1-1:2");
    CHECK_TOKENS("0x", "ERROR(1) invalid hexadecimal literal @1:2-1:2");
    CHECK_TOKENS("0o8", "ERROR(1) invalid digit '8' in octal literal @1:3-1:3");
    CHECK_TOKENS("0b2", "ERROR(1) invalid digit '2' in binary literal @1:3-1:3");
    CHECK_TOKENS("1__0", "ERROR(1) invalid decimal literal @1:2-1:2");
    CHECK_TOKENS("1e", "ERROR(1) invalid decimal literal @1:1-1:1");
    CHECK_TOKENS("1jx", "ERROR(1) invalid imaginary literal @1:2-1:2");
    // A keyword right after a number only warns.
    CHECK_TOKENS("1if", "NUMBER@1:0-1:1 KW_IF@1:1-1:3 NEWLINE@1:3-1:4 ENDMARKER@1:-1-1:-1");
}

static void test_strings(void)
{
    const char *ok[] = {"'a'",     "\"a\"",    "'''a'b'''", "\"\"\"a\n\"\"\"", "r'\\''",
                        "b'x'",    "Rb'x'",    "bR'x'",     "u'x'",             "'a\\\nb'",
                        "''",      "\"\""};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        char *t = token_text(ok[i], WF_TOK_STRING);
        CHECK_STR(t, ok[i]);
        free(t);
    }
    CHECK_TOKENS("x = \"abc", "NAME@1:0-1:1 EQUAL@1:2-1:3 ERROR(1) unterminated string literal "
                              "(detected at line 1) @1:5-1:5");
    CHECK_TOKENS("x = '''abc\n\n", "NAME@1:0-1:1 EQUAL@1:2-1:3 ERROR(1) unterminated "
                                   "triple-quoted string literal (detected at line 2) @1:5-1:5");
    // A multi-line string ends where its closing quote is.
    CHECK_TOKENS("'''a\nbc'''", "STRING@1:0-2:5 NEWLINE@2:5-2:6 ENDMARKER@2:-1-2:-1");
    // Prefixes that are not string prefixes are names.
    CHECK_TOKENS("ub'x'", "NAME@1:0-1:2 STRING@1:2-1:5 NEWLINE@1:5-1:6 ENDMARKER@1:-1-1:-1");
}

static void test_fstrings(void)
{
    CHECK_TOKENS("f'a{x!r:>{w}}b'",
                 "FSTRING_START@1:0-1:2 FSTRING_MIDDLE@1:2-1:3 LBRACE@1:3-1:4 NAME@1:4-1:5 "
                 "EXCLAMATION@1:5-1:6 NAME@1:6-1:7 COLON@1:7-1:8 FSTRING_MIDDLE@1:8-1:9 "
                 "LBRACE@1:9-1:10 NAME@1:10-1:11 RBRACE@1:11-1:12 FSTRING_MIDDLE@1:12-1:12 "
                 "RBRACE@1:12-1:13 FSTRING_MIDDLE@1:13-1:14 FSTRING_END@1:14-1:15 "
                 "NEWLINE@1:15-1:16 ENDMARKER@1:-1-1:-1");
    // Doubled braces: the text keeps one brace, the end column is past both.
    CHECK_TOKENS("f'a{{b'", "FSTRING_START@1:0-1:2 FSTRING_MIDDLE@1:2-1:5 FSTRING_MIDDLE@1:5-1:6 "
                            "FSTRING_END@1:6-1:7 NEWLINE@1:7-1:8 ENDMARKER@1:-1-1:-1");
    // Nested quotes of the same kind (PEP 701).
    CHECK_TOKENS("f'{'a'}'", "FSTRING_START@1:0-1:2 LBRACE@1:2-1:3 STRING@1:3-1:6 "
                             "RBRACE@1:6-1:7 FSTRING_END@1:7-1:8 NEWLINE@1:8-1:9 "
                             "ENDMARKER@1:-1-1:-1");
    CHECK_TOKENS("f'}'", "FSTRING_START@1:0-1:2 FSTRING_MIDDLE@1:2-1:2 ERROR(1) f-string: single "
                         "'}' is not allowed @1:3-1:3");
    CHECK_TOKENS("f'{'", "FSTRING_START@1:0-1:2 LBRACE@1:2-1:3 ERROR(1) f-string: expecting "
                         "'}' @1:4-1:4");
    CHECK_TOKENS("f'abc", "FSTRING_START@1:0-1:2 ERROR(1) unterminated f-string literal "
                           "(detected at line 1) @1:1-1:1");
}

static void test_indentation(void)
{
    CHECK_TOKENS("if x:\n  a\n b\n", "KW_IF@1:0-1:2 NAME@1:3-1:4 COLON@1:4-1:5 NEWLINE@1:5-1:6 "
                                     "INDENT@2:-1-2:-1 NAME@2:2-2:3 NEWLINE@2:3-2:4 "
                                     "ERROR(2) unindent does not match any outer indentation "
                                     "level @3:3-3:-1");
    char *r = tok("if x:\n\ta\n        b\n");
    CHECK(strstr(r, "ERROR(3) inconsistent use of tabs and spaces in indentation @3:1-3:0"));
    free(r);
    // Tabs align to multiples of 8, so a tab and 8 spaces are different but consistent
    // indentation only when used the same way.
    r = tok("if x:\n\tif y:\n\t\tpass\n");
    CHECK(strstr(r, "ERROR") == NULL);
    free(r);
    // 100 levels is too many.
    char src[20000];
    size_t n = 0;
    for (int i = 0; i < 101; i++) {
        n += (size_t)snprintf(src + n, sizeof src - n, "%*sif x:\n", i, "");
    }
    snprintf(src + n, sizeof src - n, "%*spass\n", 101, "");
    r = tok(src);
    CHECK(strstr(r, "ERROR(2) too many levels of indentation @101:1-101:0") != NULL);
    free(r);
}

static void test_errors(void)
{
    CHECK_TOKENS("x = 1)", "NAME@1:0-1:1 EQUAL@1:2-1:3 NUMBER@1:4-1:5 ERROR(1) unmatched ')' "
                           "@1:6-1:6");
    CHECK_TOKENS("[1)", "LSQB@1:0-1:1 NUMBER@1:1-1:2 ERROR(1) closing parenthesis ')' does not "
                        "match opening parenthesis '[' @1:3-1:3");
    CHECK_TOKENS("[1,\n2)", "LSQB@1:0-1:1 NUMBER@1:1-1:2 COMMA@1:2-1:3 NUMBER@2:0-2:1 ERROR(1) "
                            "closing parenthesis ')' does not match opening parenthesis '[' on "
                            "line 1 @2:2-2:2");
    CHECK_TOKENS("(1", "LPAR@1:0-1:1 NUMBER@1:1-1:2 ERROR(4) '(' was never closed @1:1-1:0");
    CHECK_TOKENS("a \xe2\x82\xac b", "NAME@1:0-1:1 ERROR(1) invalid character '\xe2\x82\xac' "
                                     "(U+20AC) @1:5-1:5");
    CHECK_TOKENS("a\xc2\xa0" "b", "ERROR(1) invalid non-printable character U+00A0 @1:3-1:3");
    CHECK_TOKENS("x = 1 \\ 2", "NAME@1:0-1:1 EQUAL@1:2-1:3 NUMBER@1:4-1:5 ERROR(1) unexpected "
                               "character after line continuation character @1:8-1:0");
    CHECK_TOKENS("$", "OP@1:0-1:1 NEWLINE@1:1-1:2 ENDMARKER@1:-1-1:-1");
    CHECK_TOKENS("x\x01", "NAME@1:0-1:1 ERROR(1) invalid non-printable character U+0001 "
                          "@1:2-1:2");
    // CPython's limit of 200 open brackets.
    char src[300];
    memset(src, '(', 201);
    src[201] = 0;
    char *r = tok(src);
    CHECK(strstr(r, "ERROR(1) too many nested parentheses @1:201-1:201") != NULL);
    free(r);
}

static void test_decoding(void)
{
    // latin-1 cookie: bytes are transcoded to UTF-8.
    const char l1[] = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
    char *r = render(l1, sizeof l1 - 1, 0);
    CHECK(strstr(r, "STRING@2:4-2:8") != NULL); // 'é' is two bytes in UTF-8
    free(r);
    // BOM is skipped.
    r = render("\xef\xbb\xbfx", 4, 0);
    CHECK_STR(r, "NAME@1:0-1:1 NEWLINE@1:1-1:2 ENDMARKER@1:-1-1:-1");
    free(r);
    r = render("\xef\xbb\xbf# coding: latin-1\n", 21, 0);
    CHECK_STR(r, "ERROR(1) encoding problem: iso-8859-1 with BOM @0:-1-0:0");
    free(r);
    r = render("# coding: foo\n", 14, 0);
    CHECK_STR(r, "ERROR(1) unknown encoding: foo @0:-1-0:0");
    free(r);
    // A cookie on line 2 counts only after a comment/blank line 1.
    r = render("#!/bin/sh\n# vim: set fileencoding=latin-1 :\nx='\xe9'\n", 49, 0);
    CHECK(strstr(r, "ERROR") == NULL);
    free(r);
    r = render("a\0b", 3, 0);
    CHECK_STR(r, "ERROR(1) source code string cannot contain null bytes @0:0-0:0");
    free(r);
    r = render("x = 1\n\xff\n", 8, WF_TOK_FILE_INPUT);
    CHECK(strstr(r, "Non-UTF-8 code starting with '\\xff' in file f.py on line 2") != NULL);
    free(r);
    // A str source ignores cookies.
    r = render("# coding: foo\nx\n", 16, WF_TOK_STR_INPUT);
    CHECK(strstr(r, "ERROR") == NULL);
    free(r);
}

static void test_long_input(void)
{
    // A 10^6-character identifier and line.
    size_t n = 1000000;
    char *src = malloc(n + 10);
    memset(src, 'a', n);
    memcpy(src + n, " = 1\n", 6);
    char *r = render(src, n + 5, 0);
    CHECK(strncmp(r, "NAME@1:0-1:1000000 EQUAL@1:1000001-1:1000002", 44) == 0);
    free(r);
    free(src);
}

static void test_names(void)
{
    uint32_t cp = 0;
    CHECK(wf_tokenizer_lookup_name("EM DASH", 7, &cp) && cp == 0x2014);
    CHECK(wf_tokenizer_lookup_name("latin small letter a", 20, &cp) && cp == 'a');
    CHECK(wf_tokenizer_lookup_name("CJK UNIFIED IDEOGRAPH-4E00", 26, &cp) && cp == 0x4E00);
    CHECK(wf_tokenizer_lookup_name("HANGUL SYLLABLE GA", 18, &cp) && cp == 0xAC00);
    CHECK(!wf_tokenizer_lookup_name("NO SUCH CHARACTER", 17, &cp));
    char buf[80];
    CHECK(wf_tokenizer_nfkc(0xFF41, buf) == 1 && buf[0] == 'a'); // fullwidth a
    CHECK(wf_tokenizer_nfkc('a', buf) == 0);
}

int main(void)
{
    test_basic();
    test_numbers();
    test_strings();
    test_fstrings();
    test_indentation();
    test_errors();
    test_decoding();
    test_long_input();
    test_names();
    printf("test_tokenizer: %d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
