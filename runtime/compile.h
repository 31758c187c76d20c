// Compiling source text or an AST into a code object.
//
// Pipeline: parser (runtime/parser.h) -> symbol table (runtime/symtable.h) -> code
// generation (runtime/compiler*.c) -> assembler (runtime/assemble.c) -> code object
// (objects/code.h). The compiler raises SyntaxError (with msg, filename, lineno, offset,
// text, end_lineno, end_offset as CPython) for errors the later passes find ("'return'
// outside function", "no binding for nonlocal 'x' found", ...), and RecursionError
// "maximum recursion depth exceeded during compilation" for nesting too deep for it.
#ifndef WF_RUNTIME_COMPILE_H
#define WF_RUNTIME_COMPILE_H

#include "objects/object.h"

struct wf_ast_mod;
struct wf_arena;

// Modes, as compile()'s "exec", "eval" and "single".
enum {
    WF_COMPILE_EXEC = 0,
    WF_COMPILE_EVAL = 1,
    // Interactive: each expression statement's value is passed to sys.displayhook.
    WF_COMPILE_SINGLE = 2,
};

// Compile `len` bytes of source. `filename` names the code in tracebacks (NULL:
// "<string>"). The bytes are decoded per PEP 263 (coding cookie, BOM, default UTF-8).
// Returns a new code object, or NULL with SyntaxError / IndentationError / TabError /
// MemoryError / RecursionError set.
wf_object_t *wf_compile_source(const char *src, wf_ssize_t len, const char *filename, int mode);

// As wf_compile_source with parser flags OR'd into the mode (WF_PARSE_FLAG_STR_INPUT for
// source that came from a str object, so a coding cookie is ignored; see parser.h).
// Without WF_PARSE_FLAG_STR_INPUT the flags default as wf_compile_source's do.
wf_object_t *wf_compile_source_flags(const char *src, wf_ssize_t len, const char *filename,
                                     int mode, int parse_flags);

// Parse only (compile() with PyCF_ONLY_AST): the tree of `len` bytes of source allocated in
// `arena`, with parser warnings issued and parse errors raised as wf_compile_source_flags
// does. `mode` is a WF_COMPILE_* mode; NULL with an exception on error.
struct wf_ast_mod *wf_compile_parse_only(struct wf_arena *arena, const char *src, wf_ssize_t len,
                                         const char *filename, int mode, int parse_flags);

// Compile an already parsed tree. `src`/`len` is the source it came from (used for the
// text of SyntaxErrors; may be NULL). Returns a new code object or NULL with an exception.
wf_object_t *wf_compile_ast(struct wf_ast_mod *mod, const char *src, wf_ssize_t len,
                            const char *filename, int mode);

#endif
