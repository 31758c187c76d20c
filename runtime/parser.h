// Parser entry point: source bytes -> AST (runtime/ast.h), or a SyntaxError description.
//
// The parser is self-contained (tokenizer + recursive descent, no object model): it fills a
// wf_parse_error_t instead of raising, and the caller turns that into SyntaxError /
// IndentationError / TabError (or MemoryError / RecursionError, see the flags below).
// Messages, line numbers and offsets follow CPython 3.13 for the mistakes people make.
#ifndef WF_PARSER_H
#define WF_PARSER_H

#include <stddef.h>

#include "runtime/ast.h"

// Parse modes (compile()'s "exec", "eval", "single").
enum {
    WF_PARSE_FILE = 0,
    WF_PARSE_EVAL = 1,
    WF_PARSE_SINGLE = 2,
};
#define WF_PARSE_MODE_MASK 0xff

// Flags, OR'd into `mode`:
// The source came from a str object: it is UTF-8 already and a coding cookie is ignored
// (compile(str), exec(str), eval(str)). Without it, bytes are decoded per PEP 263: a BOM
// or `# -*- coding: ... -*-` on line 1 or 2 (utf-8 and latin-1 families), default UTF-8.
#define WF_PARSE_FLAG_STR_INPUT 0x100
// The source was read from a file: undecodable bytes give the "Non-UTF-8 code starting
// with '\xNN' in file F on line N, ..." message instead of the compile(bytes) one.
#define WF_PARSE_FLAG_FILE_INPUT 0x200
// As PyCF_ALLOW_INCOMPLETE_INPUT (codeop, REPL): when input ends inside an open bracket,
// triple-quoted string, line continuation or compound statement, the error has
// err->incomplete set, so the caller can ask for more lines.
#define WF_PARSE_FLAG_INCOMPLETE_INPUT 0x400
// Compile as if the source began with `from __future__ import annotations` (compile()'s
// CO_FUTURE_ANNOTATIONS flag, or inherited from the calling code). The parser ignores it.
#define WF_PARSE_FLAG_FUTURE_ANNOTATIONS 0x800
// As PyCF_DONT_IMPLY_DEDENT ('single' mode, codeop): the end of input does not close an
// indented block that its last line is still in.
#define WF_PARSE_FLAG_DONT_IMPLY_DEDENT 0x1000
// compile(optimize=N) for N in 0..2 instead of the interpreter's -O level; the parser
// ignores it.
#define WF_PARSE_FLAG_OPTIMIZE(n) (0x2000 | ((n) << 14))
#define WF_PARSE_FLAGS_COMPILER (0x800 | 0x2000 | (3 << 14))

// Error kinds (the exception class to raise).
enum {
    WF_SYNTAX_ERROR = 1,
    WF_INDENTATION_ERROR = 2,
    WF_TAB_ERROR = 3,
};

// Called for a SyntaxWarning / DeprecationWarning the tokenizer or parser issues (invalid
// escape sequences, "invalid decimal literal" warnings before keywords, ...). `category` is
// "SyntaxWarning" or "DeprecationWarning"; lineno/offsets are as for errors. Return 0 to
// continue, or -1 when the warning was turned into an error: the parse then fails with a
// SyntaxError carrying the warning's message and position, as CPython does.
typedef int (*wf_parse_warn_fn)(void *ctx, const char *category, const char *msg, int lineno,
                                int col_offset, int end_lineno, int end_col_offset);

typedef struct {
    // Out: filled when wf_parse returns NULL.
    int kind;        // WF_SYNTAX_ERROR, WF_INDENTATION_ERROR, WF_TAB_ERROR
    char msg[512];   // e.g. "expected ':'"
    // As SyntaxError's attributes: lines 1-based, offsets 1-based in characters (not
    // bytes) within `text`; 0 where CPython gives None/0.
    int lineno, offset, end_lineno, end_offset;
    char *text;        // the offending source line incl. trailing newline, or NULL; malloc'd
    int out_of_memory; // raise MemoryError instead (msg is empty)
    int too_deep;      // nesting too deep for the parser: raise MemoryError(msg), msg being
                       // "Parser stack overflowed - Python source too complex to parse"
                       // as in CPython (kind is WF_SYNTAX_ERROR, positions are 0)
    int incomplete;    // see WF_PARSE_FLAG_INCOMPLETE_INPUT (msg "incomplete input")
    // In: optional warning hook (leave NULL to drop warnings). wf_parse does not clear it.
    wf_parse_warn_fn warn;
    void *warn_ctx;
} wf_parse_error_t;

// Parses `len` bytes of `src` (need not be NUL-terminated) into a tree allocated in `arena`.
// `filename` is used only in messages (may be NULL: "<string>"). `mode` is a WF_PARSE_*
// mode optionally OR'd with WF_PARSE_FLAG_* flags. Returns a Module, Expression or
// Interactive node, or NULL with *err filled (err->text must then be released with
// wf_parse_error_clear). `err` must be zero-initialised except for warn/warn_ctx.
wf_ast_mod_t *wf_parse(wf_arena_t *arena, const char *src, size_t len, const char *filename,
                       int mode, wf_parse_error_t *err);

// Frees err->text and resets the output fields (warn/warn_ctx are kept).
void wf_parse_error_clear(wf_parse_error_t *err);

// For later passes (symbol table, compiler) that report SyntaxErrors at AST positions:
// fills `err` as CPython's compiler does: offset = col_offset + 1 and end_offset =
// end_col_offset + 1, both still in bytes (CPython does not convert these to characters),
// and err->text = source line `lineno` of `src` with its newline. CPython's compiler takes
// the text from the file on disk, so it is None for sources that are not files: free and
// NULL err->text in that case. `end_lineno`/`end_col_offset` may be -1 (then the end is
// the start line / end_offset 0). Returns 0, or -1 when out of memory (err->out_of_memory).
int wf_parse_error_at(wf_parse_error_t *err, const char *src, size_t len, int kind,
                      int lineno, int col_offset, int end_lineno, int end_col_offset,
                      const char *msg);

#endif
