// Tokenizer: decoded UTF-8 source -> array of tokens, as CPython 3.13's tokenizer splits it.
//
// The whole input is tokenized up front (the parser then only indexes the array). Tokens carry
// CPython's positions: lines 1-based, columns 0-based UTF-8 byte offsets. Keywords get their
// own token types; soft keywords (match, case, _, type) stay NAME. f-strings are split into
// FSTRING_START / FSTRING_MIDDLE / FSTRING_END with the replacement fields tokenized normally
// in between, as in Python 3.12+.
//
// On the first error tokenization stops: `error` describes it and the token array ends with
// the tokens produced before it. The parser decides when that error is reported (CPython
// raises it when the parser asks for the token, and lets it win over later syntax errors).
#ifndef WF_TOKENIZER_H
#define WF_TOKENIZER_H

#include <stddef.h>
#include <stdint.h>

// One table of token types: WF_TOK(NAME, text). Operators and keywords carry their spelling.
#define WF_TOKEN_LIST(X)                                                                      \
    X(ENDMARKER, "")                                                                          \
    X(NAME, "")                                                                               \
    X(NUMBER, "")                                                                             \
    X(STRING, "")                                                                             \
    X(NEWLINE, "")                                                                            \
    X(INDENT, "")                                                                             \
    X(DEDENT, "")                                                                             \
    X(FSTRING_START, "")                                                                      \
    X(FSTRING_MIDDLE, "")                                                                     \
    X(FSTRING_END, "")                                                                        \
    X(OP, "")                                                                                 \
    X(LPAR, "(")                                                                              \
    X(RPAR, ")")                                                                              \
    X(LSQB, "[")                                                                              \
    X(RSQB, "]")                                                                              \
    X(COLON, ":")                                                                             \
    X(COMMA, ",")                                                                             \
    X(SEMI, ";")                                                                              \
    X(PLUS, "+")                                                                              \
    X(MINUS, "-")                                                                             \
    X(STAR, "*")                                                                              \
    X(SLASH, "/")                                                                             \
    X(VBAR, "|")                                                                              \
    X(AMPER, "&")                                                                             \
    X(LESS, "<")                                                                              \
    X(GREATER, ">")                                                                           \
    X(EQUAL, "=")                                                                             \
    X(DOT, ".")                                                                               \
    X(PERCENT, "%")                                                                           \
    X(LBRACE, "{")                                                                            \
    X(RBRACE, "}")                                                                            \
    X(EQEQUAL, "==")                                                                          \
    X(NOTEQUAL, "!=")                                                                         \
    X(LESSEQUAL, "<=")                                                                        \
    X(GREATEREQUAL, ">=")                                                                     \
    X(TILDE, "~")                                                                             \
    X(CIRCUMFLEX, "^")                                                                        \
    X(LEFTSHIFT, "<<")                                                                        \
    X(RIGHTSHIFT, ">>")                                                                       \
    X(DOUBLESTAR, "**")                                                                       \
    X(PLUSEQUAL, "+=")                                                                        \
    X(MINEQUAL, "-=")                                                                         \
    X(STAREQUAL, "*=")                                                                        \
    X(SLASHEQUAL, "/=")                                                                       \
    X(PERCENTEQUAL, "%=")                                                                     \
    X(AMPEREQUAL, "&=")                                                                       \
    X(VBAREQUAL, "|=")                                                                        \
    X(CIRCUMFLEXEQUAL, "^=")                                                                  \
    X(LEFTSHIFTEQUAL, "<<=")                                                                  \
    X(RIGHTSHIFTEQUAL, ">>=")                                                                 \
    X(DOUBLESTAREQUAL, "**=")                                                                 \
    X(DOUBLESLASH, "//")                                                                      \
    X(DOUBLESLASHEQUAL, "//=")                                                                \
    X(AT, "@")                                                                                \
    X(ATEQUAL, "@=")                                                                          \
    X(RARROW, "->")                                                                           \
    X(ELLIPSIS, "...")                                                                        \
    X(COLONEQUAL, ":=")                                                                       \
    X(EXCLAMATION, "!")                                                                       \
    X(KW_FALSE, "False")                                                                      \
    X(KW_NONE, "None")                                                                        \
    X(KW_TRUE, "True")                                                                        \
    X(KW_AND, "and")                                                                          \
    X(KW_AS, "as")                                                                            \
    X(KW_ASSERT, "assert")                                                                    \
    X(KW_ASYNC, "async")                                                                      \
    X(KW_AWAIT, "await")                                                                      \
    X(KW_BREAK, "break")                                                                      \
    X(KW_CLASS, "class")                                                                      \
    X(KW_CONTINUE, "continue")                                                                \
    X(KW_DEF, "def")                                                                          \
    X(KW_DEL, "del")                                                                          \
    X(KW_ELIF, "elif")                                                                        \
    X(KW_ELSE, "else")                                                                        \
    X(KW_EXCEPT, "except")                                                                    \
    X(KW_FINALLY, "finally")                                                                  \
    X(KW_FOR, "for")                                                                          \
    X(KW_FROM, "from")                                                                        \
    X(KW_GLOBAL, "global")                                                                    \
    X(KW_IF, "if")                                                                            \
    X(KW_IMPORT, "import")                                                                    \
    X(KW_IN, "in")                                                                            \
    X(KW_IS, "is")                                                                            \
    X(KW_LAMBDA, "lambda")                                                                    \
    X(KW_NONLOCAL, "nonlocal")                                                                \
    X(KW_NOT, "not")                                                                          \
    X(KW_OR, "or")                                                                            \
    X(KW_PASS, "pass")                                                                        \
    X(KW_RAISE, "raise")                                                                      \
    X(KW_RETURN, "return")                                                                    \
    X(KW_TRY, "try")                                                                          \
    X(KW_WHILE, "while")                                                                      \
    X(KW_WITH, "with")                                                                        \
    X(KW_YIELD, "yield")

typedef enum {
#define WF_TOK_ENUM(n, t) WF_TOK_##n,
    WF_TOKEN_LIST(WF_TOK_ENUM)
#undef WF_TOK_ENUM
    WF_TOK_COUNT
} wf_tok_type_t;

#define WF_TOK_FIRST_KEYWORD WF_TOK_KW_FALSE

// Token names ("NAME", "LPAR", "KW_IF") and spellings ("", "(", "if").
const char *wf_tok_name(int type);
const char *wf_tok_text(int type);

typedef struct {
    uint8_t type;       // wf_tok_type_t
    uint8_t level;      // bracket nesting depth after this token (as CPython's token level)
    uint8_t flags;      // WF_TOKF_* below
    int lineno, col_offset, end_lineno, end_col_offset;
    uint32_t start, len; // text: bytes [start, start+len) of the decoded buffer
    void *memo;         // parser memo chain (owned by the parser's arena)
} wf_token_t;

// Token flags.
#define WF_TOKF_FSTRING_RAW 0x01  // FSTRING_MIDDLE of a raw f-string
#define WF_TOKF_FSTRING_SPEC 0x02 // FSTRING_MIDDLE inside a format spec
#define WF_TOKF_DOUBLED_BRACE 0x04 // FSTRING_MIDDLE ending in a '{{' or '}}' pair: the token
                                  // includes one brace, the second is skipped
#define WF_TOKF_AT_EOF 0x08       // produced after the end of input was reached (DEDENTs at
                                  // the end, the 'single' mode NEWLINE, ENDMARKER)

// Tokenizer error kinds (as the parser must report them).
enum {
    WF_TOKERR_NONE = 0,
    WF_TOKERR_SYNTAX,      // SyntaxError with the message and position below
    WF_TOKERR_INDENT,      // IndentationError
    WF_TOKERR_TAB,         // TabError
    WF_TOKERR_EOF_IN_PAREN, // end of input inside brackets: "'(' was never closed"
    WF_TOKERR_EOF,         // "unexpected EOF while parsing" (after a line continuation)
    WF_TOKERR_NOMEM,
};

typedef struct {
    int kind;
    char msg[256];
    // Position as CPython computes it before converting to characters: lines 1-based,
    // offsets 1-based byte offsets within the line (the parser converts them to characters
    // using the line text). Offsets <= 0 are reported unchanged (CPython's 0 / -1).
    int lineno, offset, end_lineno, end_offset;
    int text_nl;     // the reported text keeps the line's '\n' (errors CPython raises through
                     // the parser rather than the tokenizer)
    int in_fstring;  // raised while inside an f-string (parser errors then take priority)
    // For EOF_IN_PAREN: the innermost open bracket (column 0-based, bytes).
    int paren_char, paren_lineno, paren_col;
    char *text; // malloc'd source text to report (decoding errors only), or NULL
} wf_tok_error_t;

// A recorded tokenizer warning (see defer_warnings). lineno/offset locate the SyntaxError to
// report if the warning is turned into an error (offset as in wf_tok_error_t).
typedef struct {
    size_t tok_index;
    char msg[64];
    int lineno, offset;
} wf_tok_warning_t;

// Warning sink: category "SyntaxWarning" or "DeprecationWarning"; returns -1 if the warning
// became an error (tokenization then fails with a SyntaxError carrying the message).
typedef int (*wf_tok_warn_fn)(void *ctx, const char *category, const char *msg, int lineno,
                              int col, int end_lineno, int end_col);

typedef struct {
    // Decoded source: UTF-8, '\n' line ends, always ending in '\n' unless empty; NUL at [len].
    char *buf;
    size_t len;
    // Byte offset of the start of each line; line_starts[0] is line 1. nlines entries.
    uint32_t *line_starts;
    int nlines;
    // Output tokens.
    wf_token_t *toks;
    size_t ntoks, cap;
    wf_tok_error_t error;
    // Optional warning hook, called as warnings occur...
    wf_tok_warn_fn warn;
    void *warn_ctx;
    // ... unless defer_warnings is set: they are then recorded here with the index of the
    // token being produced, so that a parser can report them when it reaches that token
    // (CPython's tokenizer runs lazily, interleaving them with the parser's warnings).
    int defer_warnings;
    wf_tok_warning_t *warnings;
    int nwarnings;
    int flags;       // WF_TOK_* flags given to wf_tokenizer_init
    int nl_added;    // the final '\n' of buf was added (the source did not end with one)
} wf_tokenizer_t;

// Source decoding flags (match the WF_PARSE_FLAG_* values of parser.h).
#define WF_TOK_STR_INPUT 0x100
#define WF_TOK_FILE_INPUT 0x200
// compile()'s "eval" and "single" modes: no newline is added after the last line.
#define WF_TOK_NO_FINAL_NEWLINE 0x10000
// "single" mode: the end of input is reported as NEWLINE, DEDENTs, ENDMARKER.
#define WF_TOK_INTERACTIVE 0x20000

// Decodes `src` per PEP 263 (or takes it as UTF-8 for WF_TOK_STR_INPUT), normalises line
// ends and fills t->buf. Returns 0, or -1 with t->error set (decoding, null bytes, OOM).
// `filename` is used in the "Non-UTF-8 code" message. t must be zeroed first.
int wf_tokenizer_init(wf_tokenizer_t *t, const char *src, size_t len, int flags,
                      const char *filename);
// Tokenizes the whole buffer. Returns 0 when the last token is ENDMARKER, -1 when it stopped
// at an error (t->error) or ran out of memory.
int wf_tokenizer_run(wf_tokenizer_t *t);
// Releases the buffers (not t itself).
void wf_tokenizer_fini(wf_tokenizer_t *t);

// Unicode classes of non-ASCII code points (tables generated from Unicode 15.1).
int wf_tokenizer_is_xid_start(uint32_t cp);
int wf_tokenizer_is_xid_continue(uint32_t cp);
int wf_tokenizer_is_printable(uint32_t cp);

// Looks up a Unicode character name for \N{...} escapes (the unicodedata module's names,
// without aliases). Returns 1 and sets *cp when found.
int wf_tokenizer_lookup_name(const char *name, size_t len, uint32_t *cp);

// Writes the UTF-8 of the NFKC form of identifier character `cp` to out (at least 80 bytes)
// and returns its length, or 0 when `cp` is already normalised.
size_t wf_tokenizer_nfkc(uint32_t cp, char *out);
// Decodes one UTF-8 sequence (surrogates accepted); returns its length, 0 if invalid.
int wf_tokenizer_utf8_decode(const char *s, size_t n, uint32_t *cp);

// Helpers shared with the parser for error reporting.
// Pointer to the start of line `lineno` (1-based) and its length without the '\n'
// (NULL/0 when out of range).
const char *wf_tokenizer_line(const wf_tokenizer_t *t, int lineno, size_t *len);
// Number of characters in the first `nbytes` bytes of a UTF-8 string (clamped to `len`).
int wf_utf8_char_count(const char *s, size_t len, size_t nbytes);

#endif
