// astdump: parses a Python file with Weft's parser and prints the tree exactly as
// Python 3.13's `ast.dump(ast.parse(src), include_attributes=True)` does, or the error.
// Used by tests/tools/astcheck.py to compare the parser with the 3.13 oracle.
//
// Usage: astdump [--mode exec|eval|single] [--no-attrs] [--str] [--file] [--tokens] FILE
//   --str     source is a str (ignore coding cookies), as compile(str) would
//   --file    source is a file being run (decoding error messages of the interpreter)
//   --tokens  print the token stream instead
// Output on error (one line):
//   ERROR <Type> <lineno> <offset> <end_lineno> <end_offset> <msg> | <text or None>
// SyntaxWarnings are printed first as: WARNING <category> <lineno> <msg>
#define _POSIX_C_SOURCE 200809L // open_memstream
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ast.h"
#include "runtime/parser.h"
#include "runtime/tokenizer.h"

static int print_warning(void *ctx, const char *category, const char *msg, int lineno, int col,
                         int end_lineno, int end_col)
{
    (void)ctx, (void)col, (void)end_lineno, (void)end_col;
    printf("WARNING %s %d %s\n", category, lineno, msg);
    return 0;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static void print_text(const char *s)
{
    if (!s) {
        fputs("None", stdout);
        return;
    }
    for (; *s; s++) {
        if (*s == '\n') {
            fputs("\\n", stdout);
        } else if (*s == '\\') {
            fputs("\\\\", stdout);
        } else {
            putchar(*s);
        }
    }
}

static int dump_tokens(const char *src, size_t len, int flags)
{
    wf_tokenizer_t t;
    memset(&t, 0, sizeof t);
    int rc = wf_tokenizer_init(&t, src, len, flags, "<file>");
    if (rc == 0) {
        rc = wf_tokenizer_run(&t);
    }
    for (size_t i = 0; i < t.ntoks; i++) {
        wf_token_t *k = &t.toks[i];
        printf("%s %d,%d-%d,%d ", wf_tok_name(k->type), k->lineno, k->col_offset, k->end_lineno,
               k->end_col_offset);
        for (uint32_t j = 0; j < k->len; j++) {
            char c = t.buf[k->start + j];
            if (c == '\n') {
                fputs("\\n", stdout);
            } else {
                putchar(c);
            }
        }
        putchar('\n');
    }
    if (rc) {
        printf("TOKERROR %d %s %d %d %d %d\n", t.error.kind, t.error.msg, t.error.lineno,
               t.error.offset, t.error.end_lineno, t.error.end_offset);
    }
    wf_tokenizer_fini(&t);
    return 0;
}

int main(int argc, char **argv)
{
    int mode = WF_PARSE_FILE, attrs = 1, tokens = 0, flags = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            mode = strcmp(m, "eval") == 0 ? WF_PARSE_EVAL
                   : strcmp(m, "single") == 0 ? WF_PARSE_SINGLE
                                              : WF_PARSE_FILE;
        } else if (strcmp(argv[i], "--no-attrs") == 0) {
            attrs = 0;
        } else if (strcmp(argv[i], "--tokens") == 0) {
            tokens = 1;
        } else if (strcmp(argv[i], "--str") == 0) {
            flags |= WF_PARSE_FLAG_STR_INPUT;
        } else if (strcmp(argv[i], "--file") == 0) {
            flags |= WF_PARSE_FLAG_FILE_INPUT;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [options] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "astdump: cannot read %s\n", path);
        return 2;
    }
    if (tokens) {
        dump_tokens(src, len, flags);
        free(src);
        return 0;
    }
    wf_arena_t *arena = wf_arena_new();
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    err.warn = print_warning;
    wf_ast_mod_t *mod = wf_parse(arena, src, len, path, mode | flags, &err);
    int rc = 0;
    if (mod) {
        // Dump into memory first: a tree too deep for the ast module is reported as the
        // RecursionError CPython raises instead.
        char *text = NULL;
        size_t tlen = 0;
        FILE *mem = open_memstream(&text, &tlen);
        int drc = mem ? wf_ast_dump(mem, mod, attrs) : -1;
        if (mem) {
            fclose(mem);
        }
        if (drc == -2) {
            printf("ERROR RecursionError\n");
            rc = 1;
        } else if (text) {
            fwrite(text, 1, tlen, stdout);
            putchar('\n');
        }
        free(text);
    } else {
        const char *type = err.out_of_memory ? "MemoryError"
                           : err.too_deep    ? "MemoryError"
                           : err.kind == WF_INDENTATION_ERROR ? "IndentationError"
                           : err.kind == WF_TAB_ERROR         ? "TabError"
                                                              : "SyntaxError";
        printf("ERROR %s %d %d %d %d %s | ", type, err.lineno, err.offset, err.end_lineno,
               err.end_offset, err.msg);
        print_text(err.text);
        putchar('\n');
        rc = 1;
    }
    wf_parse_error_clear(&err);
    wf_arena_free(arena);
    free(src);
    return rc;
}
