// The interactive loop: read a statement line by line, compile it in 'single' mode (so an
// expression's value goes to sys.displayhook, which also sets builtins._), run it in
// __main__, print any exception and go on, as CPython's basic REPL does.
//
// When a statement is complete, following CPython's interactive rules:
// - an empty line ends it, unless the input ends inside brackets, a triple-quoted string
//   or after a backslash (a line holding only spaces does not);
// - otherwise the parser decides, with WF_PARSE_FLAG_INCOMPLETE_INPUT: input that could
//   still become valid asks for more, any other error is reported at once, and a complete
//   compound statement (if/for/def/...) waits for the empty line, as more clauses or body
//   lines may follow.
// Each statement is compiled on its own, so tracebacks count its lines from 1.
//
// Input: on a terminal, the line editor (runtime/lineedit.c) with history kept in
// ~/.weft_history (or $WEFT_HISTORY); otherwise plain lines from fd 0 with the prompts on
// stderr, as CPython does when stdin or stdout is not a terminal. Reading never goes
// through a stdio buffer, so what the REPL has not read is still there for sys.stdin.
#include "runtime/repl.h"
#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/lineedit.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "runtime/modules/mod_sys.h"
#include "runtime/parser.h"
#include "runtime/tokenizer.h"
#include "sync/blocking.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FILENAME "<stdin>"

typedef struct {
    char *src;     // the statement so far: whole lines, each ending in '\n'; NUL-terminated
    size_t len, cap;
    int nlines;
    size_t last;   // offset of the last line in src
    int editing;   // reading through the line editor
    int at_eof;    // the last line read ended at end of input, without a newline
} repl_t;

// What to do with the input read so far.
enum { INPUT_EMPTY, INPUT_MORE, INPUT_RUN, INPUT_FAILED };

// ---------------------------------------------------------------------------------------
// Reading lines

static void write_fd(int fd, const char *s) {
    size_t n = strlen(s);
    WF_BLOCKING_BEGIN();
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) {
            continue;
        }
        if (w <= 0) {
            break;
        }
        s += w;
        n -= (size_t)w;
    }
    WF_BLOCKING_END();
}

// Prompts and echoes of the REPL itself go to the terminal when editing, else to stderr.
static int prompt_fd(const repl_t *r) {
    return r->editing ? STDOUT_FILENO : STDERR_FILENO;
}

// str(sys.<name>) as a wf_mem_alloc'd UTF-8 string: "" when missing or unprintable, as
// CPython does. NULL only when out of memory (exception set).
static char *prompt_text(const char *name) {
    wf_object_t *v = wf_sys_get_object(name);
    wf_object_t *s = v != NULL ? wf_str(v) : NULL;
    const char *u = s != NULL ? wf_str_as_utf8(s, NULL) : NULL;
    if (u == NULL) {
        wf_err_clear();
    }
    char *copy = wf_mem_strdup(u != NULL ? u : "");
    WF_XDECREF(s);
    if (copy == NULL) {
        wf_err_nomemory();
    }
    return copy;
}

// Reads up to and including '\n' into *buf (wf_mem_alloc'd, grown as needed). Detached:
// touches no objects. 1: a line (or the last, unterminated one); 0: end of input or a read
// error with nothing read; -1: a signal is pending (what was read so far is kept).
static int read_raw_line(char **buf, size_t *n, size_t *cap) {
    for (;;) {
        if (wf_signals_pending()) {
            return -1;
        }
        if (*n + 2 > *cap) {
            size_t nc = *cap ? *cap * 2 : 128;
            char *nb = wf_mem_realloc(*buf, nc);
            if (nb == NULL) {
                return *n > 0;
            }
            *buf = nb;
            *cap = nc;
        }
        ssize_t got = read(STDIN_FILENO, *buf + *n, 1);
        if (got < 0 && errno == EINTR) {
            continue;  // the flag check decides whether a handler must run
        }
        if (got <= 0) {
            return *n > 0;
        }
        if ((*buf)[(*n)++] == '\n') {
            return 1;
        }
    }
}

// A line without editing, the prompt going to stderr. As wf_lineedit_read's result;
// *at_eof tells that the line ended at end of input, without a newline.
static int read_plain(const char *prompt, char **line, size_t *len, int *at_eof) {
    write_fd(STDERR_FILENO, prompt);
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int r;
    for (;;) {
        WF_BLOCKING_BEGIN();
        r = read_raw_line(&buf, &n, &cap);
        WF_BLOCKING_END();
        if (r >= 0) {
            break;
        }
        if (wf_signals_run_handlers() < 0) {
            // The terminal shows "^C" where the cursor was: end that row first.
            write_fd(STDERR_FILENO, "\n");
            break;
        }
    }
    if (r <= 0) {
        wf_mem_free(buf);
        return r;
    }
    *at_eof = buf[n - 1] != '\n';
    n -= !*at_eof;
    buf[n] = '\0';
    *line = buf;
    *len = n;
    return 1;
}

static int append_line(repl_t *r, const char *line, size_t n) {
    if (r->len + n + 2 > r->cap) {
        size_t cap = (r->len + n + 2) * 2;
        char *src = wf_mem_realloc(r->src, cap);
        if (src == NULL) {
            wf_err_nomemory();
            return -1;
        }
        r->src = src;
        r->cap = cap;
    }
    r->last = r->len;
    memcpy(r->src + r->len, line, n);
    r->len += n;
    r->src[r->len++] = '\n';
    r->src[r->len] = '\0';
    r->nlines++;
    return 0;
}

// Reads the next line into the statement: 1, 0 at end of input, -1 with an exception
// (KeyboardInterrupt, or whatever a signal handler raised).
static int read_line(repl_t *r) {
    // Output still buffered in sys.stdout belongs before the prompt.
    wf_sys_flush_std_streams();
    char *prompt = prompt_text(r->nlines == 0 ? "ps1" : "ps2");
    if (prompt == NULL) {
        return -1;
    }
    char *line = NULL;
    size_t n = 0;
    r->at_eof = 0;
    int rc = r->editing ? wf_lineedit_read(prompt, &line, &n)
                        : read_plain(prompt, &line, &n, &r->at_eof);
    wf_mem_free(prompt);
    if (rc > 0) {
        rc = append_line(r, line, n) < 0 ? -1 : 1;
        wf_mem_free(line);
    }
    return rc;
}

// ---------------------------------------------------------------------------------------
// Is the statement complete?

// 1 if the input ends inside brackets, a triple-quoted string or a backslash continuation:
// then even an empty line does not end the statement.
static int lexically_open(const char *src, size_t len) {
    wf_tokenizer_t t;
    memset(&t, 0, sizeof t);
    int open = 0;
    int flags = WF_TOK_NO_FINAL_NEWLINE | WF_TOK_INTERACTIVE;  // as the parser's 'single' mode
    if (wf_tokenizer_init(&t, src, len, flags, FILENAME) == 0 && wf_tokenizer_run(&t) < 0) {
        int k = t.error.kind;
        open = k == WF_TOKERR_EOF_IN_PAREN || k == WF_TOKERR_EOF ||
               (k == WF_TOKERR_SYNTAX && strstr(t.error.msg, "unterminated triple-quoted") != NULL);
    }
    wf_tokenizer_fini(&t);
    return open;
}

// Only an empty line ends a statement: one holding spaces does not, as in CPython.
static int ended_by_empty_line(const repl_t *r) {
    return r->nlines > 1 && r->src[r->last] == '\n';
}

// An empty line, or only a comment: nothing to run at the primary prompt.
static int blank_or_comment(const char *line) {
    line += strspn(line, " \t\f");
    return *line == '\n' || *line == '#' || *line == '\0';
}

static int is_compound(const wf_ast_stmt_t *s) {
    switch (s->kind) {
        case WF_AST_FunctionDef: case WF_AST_AsyncFunctionDef: case WF_AST_ClassDef:
        case WF_AST_For: case WF_AST_AsyncFor: case WF_AST_While: case WF_AST_If:
        case WF_AST_With: case WF_AST_AsyncWith: case WF_AST_Match: case WF_AST_Try:
        case WF_AST_TryStar:
            return 1;
        default:
            return 0;
    }
}

static size_t count_chars(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return c;
}

// Sets type(msg, ("<stdin>", lineno, offset, text, lineno, end_offset)), a SyntaxError
// located within one line (offsets 1-based, in characters).
static void set_syntax_error(wf_type_t *type, wf_object_t *msg, int lineno, int offset,
                             const char *text, size_t text_len, int end_offset) {
    wf_object_t *fn = wf_str_from_cstr(FILENAME);
    wf_object_t *line = wf_int_from_i64(lineno);
    wf_object_t *start = wf_int_from_i64(offset);
    wf_object_t *end = wf_int_from_i64(end_offset);
    wf_object_t *txt = wf_str_decode_utf8(text, (wf_ssize_t)text_len, "replace");
    wf_object_t *details = fn && line && start && end && txt
                               ? wf_tuple_pack(6, fn, line, start, txt, line, end)
                               : NULL;
    wf_object_t *args = details != NULL ? wf_tuple_pack(2, msg, details) : NULL;
    if (args != NULL) {
        wf_err_set(type, args);
    }
    WF_XDECREF(fn);
    WF_XDECREF(line);
    WF_XDECREF(start);
    WF_XDECREF(end);
    WF_XDECREF(txt);
    WF_XDECREF(details);
    WF_XDECREF(args);
}

// A line that starts a second statement after a complete compound one. compile()'s
// 'single' mode calls that "multiple statements found while compiling a single
// statement"; the interactive prompt reports "invalid syntax" at the new line's first token,
// as CPython's does. Returns INPUT_FAILED with the SyntaxError set.
static int raise_extra_statement(repl_t *r) {
    const char *line = r->src + r->last;
    size_t n = r->len - r->last - 1;  // without the '\n'
    wf_tokenizer_t t;
    memset(&t, 0, sizeof t);
    size_t start = strspn(line, " \t\f"), end = start + 1;
    if (wf_tokenizer_init(&t, line, n, WF_TOK_STR_INPUT, FILENAME) == 0 &&
        wf_tokenizer_run(&t) == 0 && t.ntoks > 0 && t.toks[0].start + t.toks[0].len <= n) {
        start = t.toks[0].start;
        end = start + (t.toks[0].len ? t.toks[0].len : 1);
    }
    wf_tokenizer_fini(&t);
    wf_object_t *msg = wf_str_from_cstr("invalid syntax");
    if (msg != NULL) {
        set_syntax_error(&wf_exc_SyntaxError, msg, r->nlines, (int)count_chars(line, start) + 1,
                         line, n, (int)count_chars(line, end) + 1);
        WF_DECREF(msg);
    }
    return INPUT_FAILED;
}

// The parser's verdict on the statement so far.
static int parse_check(repl_t *r) {
    wf_arena_t *arena = wf_arena_new();
    if (arena == NULL) {
        return INPUT_RUN;  // compiling will report the MemoryError
    }
    wf_parse_error_t err;
    memset(&err, 0, sizeof err);
    wf_ast_mod_t *mod = wf_parse(arena, r->src, r->len, FILENAME,
                                 WF_PARSE_SINGLE | WF_PARSE_FLAG_INCOMPLETE_INPUT, &err);
    int what = INPUT_RUN;  // errors: compiling reports them
    if (mod != NULL) {
        wf_ast_stmt_seq_t *body = &mod->v.Interactive.body;
        what = body->len > 0 && is_compound(body->items[body->len - 1]) ? INPUT_MORE : INPUT_RUN;
    } else if (err.incomplete) {
        what = INPUT_MORE;
    } else if (strncmp(err.msg, "multiple statements", 19) == 0) {
        what = raise_extra_statement(r);
    }
    wf_parse_error_clear(&err);
    wf_arena_free(arena);
    return what;
}

static int classify(repl_t *r) {
    if (r->nlines == 1 && blank_or_comment(r->src)) {
        return INPUT_EMPTY;
    }
    if (ended_by_empty_line(r) && !lexically_open(r->src, r->len)) {
        return INPUT_RUN;
    }
    return parse_check(r);
}

// ---------------------------------------------------------------------------------------
// Running

// Prints the pending exception through sys.excepthook (recording sys.last_exc) after
// flushing stdout, so the traceback follows the output. -1 leaves SystemExit set.
static int report_error(void) {
    if (wf_err_matches(&wf_exc_SystemExit)) {
        return -1;
    }
    wf_object_t *exc = wf_err_fetch();
    wf_sys_flush_std_streams();
    wf_err_restore(exc);
    wf_err_print();
    wf_sys_flush_std_streams();
    return 0;
}

// A SyntaxError located on the empty line that ended the statement reads, at CPython's
// prompt, as text '' with the caret in column 1 (its interactive tokenizer hands the
// parser that line without its newline); compile() would give '\n' and other columns.
static void place_error_on_empty_line(const repl_t *r) {
    wf_object_t *exc = wf_err_fetch();
    wf_object_t *msg = wf_getattr_cstr(exc, "msg");
    wf_object_t *lineno = msg != NULL ? wf_getattr_cstr(exc, "lineno") : NULL;
    int64_t line = 0;
    int moved = 0;
    if (lineno != NULL && WF_INT_CHECK(lineno) && wf_int_as_i64(lineno, &line) == 0 &&
        line == r->nlines) {
        set_syntax_error(WF_TYPE(exc), msg, (int)line, 1, "", 0, 1);
        moved = wf_err_occurred() != NULL;
    }
    if (moved) {
        WF_DECREF(exc);
    } else {
        wf_err_clear();
        wf_err_restore(exc);  // the error as compile() made it
    }
    WF_XDECREF(msg);
    WF_XDECREF(lineno);
}

// 0, or -1 with SystemExit set.
static int run_statement(repl_t *r, wf_object_t *ns) {
    wf_object_t *code = wf_compile_source(r->src, (wf_ssize_t)r->len, FILENAME, WF_COMPILE_SINGLE);
    if (code == NULL && ended_by_empty_line(r) && wf_err_matches(&wf_exc_SyntaxError)) {
        place_error_on_empty_line(r);
    }
    wf_object_t *res = code != NULL ? wf_eval_code(code, ns, ns) : NULL;
    WF_XDECREF(code);
    if (res == NULL) {
        return report_error();
    }
    WF_DECREF(res);
    wf_sys_flush_std_streams();
    return 0;
}

static void reset(repl_t *r) {
    r->len = r->last = 0;
    r->nlines = 0;
    if (r->src != NULL) {
        r->src[0] = '\0';
    }
}

static int repl_loop(repl_t *r, wf_object_t *ns) {
    for (;;) {
        int got = read_line(r);
        int what;
        if (got < 0) {
            what = INPUT_FAILED;  // Ctrl-C discards the statement being typed
        } else if (got == 0) {
            // End of input: the pending statement, if any, is run as it stands.
            write_fd(prompt_fd(r), "\n");
            if (r->nlines == 0) {
                return 0;
            }
            what = INPUT_RUN;
        } else {
            // A last line without its newline gets a continuation prompt, as in CPython,
            // and then runs at the end of input.
            what = r->at_eof ? INPUT_MORE : classify(r);
        }
        if (what == INPUT_MORE) {
            continue;
        }
        int rc = 0;
        if (what == INPUT_RUN) {
            rc = run_statement(r, ns);
        } else if (what == INPUT_FAILED) {
            rc = report_error();
        }
        reset(r);
        if (rc < 0) {
            return -1;
        }
    }
}

// ---------------------------------------------------------------------------------------
// Set-up

// sys.ps1 / sys.ps2 exist only in interactive mode, and a value the user set is kept.
static int default_prompt(const char *name, const char *value) {
    if (wf_sys_get_object(name) != NULL) {
        return 0;
    }
    wf_object_t *s = wf_str_from_cstr(value);
    int rc = s != NULL ? wf_sys_set_object(name, s) : -1;
    WF_XDECREF(s);
    return rc;
}

// $WEFT_HISTORY, else ~/.weft_history; NULL when there is no home (no history then).
static char *history_path(void) {
    const char *env = getenv("WEFT_HISTORY");
    if (env != NULL && *env) {
        return wf_mem_strdup(env);
    }
    const char *home = getenv("HOME");
    if (home == NULL || !*home) {
        return NULL;
    }
    char *path = wf_mem_alloc(strlen(home) + sizeof "/.weft_history");
    if (path != NULL) {
        strcpy(path, home);
        strcat(path, "/.weft_history");
    }
    return path;
}

int wf_repl_run(wf_object_t *main_module) {
    if (default_prompt("ps1", ">>> ") < 0 || default_prompt("ps2", "... ") < 0) {
        return report_error();
    }
    repl_t r;
    memset(&r, 0, sizeof r);
    r.editing = wf_lineedit_usable();
    char *history = r.editing ? history_path() : NULL;
    if (history != NULL) {
        wf_lineedit_history_load(history);
    }
    int rc = repl_loop(&r, WF_MODULE_DICT(main_module));
    if (history != NULL) {
        wf_lineedit_history_save(history);
        wf_mem_free(history);
    }
    wf_lineedit_clear();
    wf_mem_free(r.src);
    return rc;
}
