// Tokenizer: splits decoded source into the token stream CPython 3.13's tokenizer produces.
//
// Design: the source is first decoded to UTF-8 with '\n' line ends (PEP 263 cookie, BOM,
// latin-1 transcoding, validation) into one buffer, with a table of line starts. The lexer
// then runs over that buffer once, appending tokens to an array, and stops at the first
// error. Positions follow CPython: a token's line is that of its first byte, columns are
// byte offsets in the line; INDENT/DEDENT have no columns (-1). Error positions are kept in
// CPython's pre-conversion form (see wf_tok_error_t) so the parser can report them exactly.
//
// The lexer is a state machine over a stack of modes, as CPython's is: the bottom mode is
// ordinary code; each f-string pushes a mode that alternates between scanning literal text
// (FSTRING_MIDDLE) and ordinary tokenizing inside replacement fields.
#include "runtime/tokenizer.h"
#include "runtime/modules/mod_unicodedata.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/tokenizer_unicode.inc"

#define MAXINDENT 100       // indentation levels
#define MAXLEVEL 200        // bracket nesting, as CPython
#define MAXFSTRINGLEVEL 150 // nested f-strings
#define MAX_EXPR_NESTING 3  // nested replacement fields in format specs
#define TABSIZE 8
#define EOFC (-1)

static const char *const tok_names[] = {
#define X(n, t) #n,
    WF_TOKEN_LIST(X)
#undef X
};
static const char *const tok_texts[] = {
#define X(n, t) t,
    WF_TOKEN_LIST(X)
#undef X
};
_Static_assert(sizeof(tok_names) / sizeof(tok_names[0]) == WF_TOK_COUNT, "token table");

const char *wf_tok_name(int type)
{
    return (type >= 0 && type < WF_TOK_COUNT) ? tok_names[type] : "?";
}

const char *wf_tok_text(int type)
{
    return (type >= 0 && type < WF_TOK_COUNT) ? tok_texts[type] : "";
}

int wf_tokenizer_is_xid_start(uint32_t cp)
{
    return unicode_is_xid_start(cp);
}

int wf_tokenizer_is_xid_continue(uint32_t cp)
{
    return unicode_is_xid_continue(cp);
}

int wf_tokenizer_is_printable(uint32_t cp)
{
    return unicode_is_printable(cp);
}

// ---------------------------------------------------------------------------------------
// UTF-8 helpers.

// Decodes one UTF-8 sequence at s (n bytes available). Returns its length (1-4) and the code
// point, or 0 for an invalid sequence. Surrogates are accepted (they can come from str input
// that was encoded with surrogatepass).
static int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n) {
        return 0;
    }
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF) {
        return 0;
    }
    *cp = v;
    return len;
}

int wf_utf8_char_count(const char *s, size_t len, size_t nbytes)
{
    if (nbytes > len) {
        nbytes = len;
    }
    int n = 0;
    for (size_t i = 0; i < nbytes; i++) {
        // Count every byte that does not continue a sequence; invalid bytes count as one
        // character each, as decoding with "replace" would.
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

// ---------------------------------------------------------------------------------------
// Source decoding.

#if defined(__GNUC__) || defined(__clang__)
#define TOK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define TOK_PRINTF(f, a)
#endif

static int set_error(wf_tokenizer_t *t, int kind, int lineno, int offset, int end_lineno,
                     int end_offset, const char *fmt, ...) TOK_PRINTF(7, 8);

static int set_error(wf_tokenizer_t *t, int kind, int lineno, int offset, int end_lineno,
                     int end_offset, const char *fmt, ...)
{
    wf_tok_error_t *e = &t->error;
    e->kind = kind;
    va_list va;
    va_start(va, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, va);
    va_end(va);
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = end_lineno;
    e->end_offset = end_offset;
    return -1;
}

// Normalises an encoding name the way the tokenizer's cookie handling does before looking up
// a codec: lower case, '_' -> '-'.
static void normal_encoding(const char *s, size_t n, char *out, size_t outsz)
{
    size_t i;
    for (i = 0; i < n && i + 1 < outsz; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        out[i] = c == '_' ? '-' : c;
    }
    out[i] = 0;
}

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_SINGLE, ENC_UNKNOWN };

// Classifies a normalised encoding name; for ENC_SINGLE, *table receives the code points
// of bytes 0x80-0xFF.
static int classify_encoding(const char *n, const char **canon, const uint16_t **table)
{
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig"};
    static const char *const latin1[] = {"latin-1", "iso-8859-1", "iso-latin-1", "latin1",
                                         "iso8859-1", "8859", "cp819", "l1", "latin",
                                         "iso-ir-100", "csisolatin1"};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", "ansi-x3.4-1968",
                                        "iso646-us", "cp367", "csascii"};
    for (size_t i = 0; i < sizeof utf8 / sizeof *utf8; i++) {
        if (strcmp(n, utf8[i]) == 0) {
            *canon = "utf-8";
            return ENC_UTF8;
        }
    }
    if (strncmp(n, "utf-8-", 6) == 0) {
        *canon = "utf-8";
        return ENC_UTF8;
    }
    for (size_t i = 0; i < sizeof latin1 / sizeof *latin1; i++) {
        size_t l = strlen(latin1[i]);
        if (strcmp(n, latin1[i]) == 0 || (strncmp(n, latin1[i], l) == 0 && n[l] == '-')) {
            *canon = "iso-8859-1";
            return ENC_LATIN1;
        }
    }
    for (size_t i = 0; i < sizeof ascii / sizeof *ascii; i++) {
        if (strcmp(n, ascii[i]) == 0) {
            *canon = "ascii";
            return ENC_ASCII;
        }
    }
    for (size_t i = 0; i < sizeof sb_codecs / sizeof *sb_codecs; i++) {
        for (size_t k = 0; k < 5 && sb_codecs[i].aliases[k]; k++) {
            if (strcmp(n, sb_codecs[i].aliases[k]) == 0) {
                *canon = sb_codecs[i].name;
                *table = sb_codecs[i].hi;
                return ENC_SINGLE;
            }
        }
    }
    *canon = n;
    return ENC_UNKNOWN;
}

// The name CPython's tokenizer reports for a cookie: "utf-8" and the latin-1 family are
// normalised, anything else is kept as written.
static const char *cookie_normal_name(const char *raw, const char *norm)
{
    if (strcmp(norm, "utf-8") == 0 || strncmp(norm, "utf-8-", 6) == 0) {
        return "utf-8";
    }
    static const char *const l1[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    for (size_t i = 0; i < 3; i++) {
        size_t l = strlen(l1[i]);
        if (strcmp(norm, l1[i]) == 0 || (strncmp(norm, l1[i], l) == 0 && norm[l] == '-')) {
            return "iso-8859-1";
        }
    }
    return raw;
}

// Looks for a coding cookie in one line ([s, s+n)). Returns 1 and the name when found.
static int find_cookie(const char *s, size_t n, const char **name, size_t *name_len)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) {
        i++;
    }
    if (i >= n || s[i] != '#') {
        return 0;
    }
    for (; i + 6 < n; i++) {
        if (memcmp(s + i, "coding", 6) != 0) {
            continue;
        }
        size_t j = i + 6;
        if (s[j] != ':' && s[j] != '=') {
            continue;
        }
        do {
            j++;
        } while (j < n && (s[j] == ' ' || s[j] == '\t'));
        size_t b = j;
        while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                         (s[j] >= '0' && s[j] <= '9') || s[j] == '-' || s[j] == '_' ||
                         s[j] == '.')) {
            j++;
        }
        if (j > b) {
            *name = s + b;
            *name_len = j - b;
            return 1;
        }
    }
    return 0;
}

// Is the line blank or a comment only (so a cookie may still follow on line 2)?
static int line_is_blank_or_comment(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r') {
            return 1;
        }
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') {
            return 0;
        }
    }
    return 1;
}

static size_t line_len_raw(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] != '\n' && s[i] != '\r') {
        i++;
    }
    return i;
}

// Determines the source encoding per PEP 263. Returns the ENC_* class or -1 on error.
static int detect_encoding(wf_tokenizer_t *t, const char **src, size_t *len,
                           const uint16_t **table)
{
    int bom = 0;
    if (*len >= 3 && memcmp(*src, "\xEF\xBB\xBF", 3) == 0) {
        bom = 1;
        *src += 3;
        *len -= 3;
    }
    const char *s = *src;
    size_t n = *len;
    const char *name = NULL;
    size_t name_len = 0;
    size_t l1 = line_len_raw(s, n);
    int found = find_cookie(s, l1, &name, &name_len);
    if (!found && line_is_blank_or_comment(s, l1)) {
        size_t next = l1;
        if (next < n && s[next] == '\r') {
            next++;
        }
        if (next < n && s[next] == '\n') {
            next++;
        }
        if (next < n) {
            found = find_cookie(s + next, line_len_raw(s + next, n - next), &name, &name_len);
        }
    }
    if (!found) {
        return ENC_UTF8;
    }
    char norm[64], raw[80];
    normal_encoding(name, name_len < 63 ? name_len : 63, norm, sizeof norm);
    size_t k = name_len < 79 ? name_len : 79;
    memcpy(raw, name, k);
    raw[k] = 0;
    const char *canon;
    int enc = classify_encoding(norm, &canon, table);
    if (bom && strcmp(cookie_normal_name(raw, norm), "utf-8") != 0) {
        return set_error(t, WF_TOKERR_SYNTAX, 0, -1, 0, 0, "encoding problem: %s with BOM",
                         cookie_normal_name(raw, norm));
    }
    if (enc == ENC_UNKNOWN) {
        return set_error(t, WF_TOKERR_SYNTAX, 0, -1, 0, 0, "unknown encoding: %s", raw);
    }
    return enc;
}

// Appends one byte to the growing output buffer.
typedef struct {
    char *p;
    size_t n, cap;
} obuf_t;

static int obuf_reserve(obuf_t *b, size_t extra)
{
    if (b->n + extra <= b->cap) {
        return 0;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra) {
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static int report_bad_utf8(wf_tokenizer_t *t, const char *s, size_t n, size_t at, int flags,
                           const char *filename)
{
    // Line number and column of the bad byte in the raw input.
    int lineno = 1;
    size_t ls = 0;
    for (size_t i = 0; i < at; i++) {
        if (s[i] == '\n') {
            lineno++;
            ls = i + 1;
        }
    }
    unsigned char c = (unsigned char)s[at];
    if (flags & WF_TOK_FILE_INPUT) {
        return set_error(t, WF_TOKERR_SYNTAX, 0, 0, 0, 0,
                         "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
                         "but no encoding declared; see https://peps.python.org/pep-0263/ "
                         "for details",
                         c, filename ? filename : "<string>", lineno);
    }
    const char *why = "invalid start byte";
    if (c >= 0xC2 && c <= 0xF4) {
        int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        why = (at + (size_t)need > n) ? "unexpected end of data" : "invalid continuation byte";
    }
    (void)n;
    set_error(t, WF_TOKERR_SYNTAX, lineno, (int)(at - ls) + 1, lineno, (int)(at - ls) + 2,
              "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c,
              (int)(at - ls), why);
    t->error.text_nl = 1;
    return -1;
}

int wf_tokenizer_init(wf_tokenizer_t *t, const char *src, size_t len, int flags,
                      const char *filename)
{
    int enc = ENC_UTF8;
    const uint16_t *single_byte_table = NULL;
    const char *nul = memchr(src, 0, len);
    if (nul) {
        if (flags & WF_TOK_FILE_INPUT) {
            int ln = 1;
            const char *ls = src;
            for (const char *q = src; q < nul; q++) {
                if (*q == '\n') {
                    ln++;
                    ls = q + 1;
                }
            }
            set_error(t, WF_TOKERR_SYNTAX, ln, 0, ln, 0, "source code cannot contain null bytes");
            size_t n = (size_t)(nul - ls);
            t->error.text = malloc(n + 1);
            if (t->error.text) {
                memcpy(t->error.text, ls, n);
                t->error.text[n] = 0;
            }
            return -1;
        }
        return set_error(t, WF_TOKERR_SYNTAX, 0, 0, 0, 0,
                         "source code string cannot contain null bytes");
    }
    if (!(flags & WF_TOK_STR_INPUT)) {
        enc = detect_encoding(t, &src, &len, &single_byte_table);
        if (enc < 0) {
            return -1;
        }
    }
    obuf_t b = {0};
    if (obuf_reserve(&b, len + len / 8 + 2) < 0) {
        goto nomem;
    }
    const unsigned char *s = (const unsigned char *)src;
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        if (c == '\r') {
            b.p[b.n++] = '\n';
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
        } else if (c < 0x80) {
            b.p[b.n++] = (char)c;
            i++;
        } else if (enc == ENC_LATIN1 || enc == ENC_SINGLE) {
            uint32_t cp = enc == ENC_LATIN1 ? c : single_byte_table[c - 0x80];
            if (obuf_reserve(&b, 4) < 0) {
                goto nomem;
            }
            if (cp < 0x800) {
                b.p[b.n++] = (char)(0xC0 | (cp >> 6));
                b.p[b.n++] = (char)(0x80 | (cp & 0x3F));
            } else {
                b.p[b.n++] = (char)(0xE0 | (cp >> 12));
                b.p[b.n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                b.p[b.n++] = (char)(0x80 | (cp & 0x3F));
            }
            i++;
        } else {
            uint32_t cp;
            int k = utf8_decode(s + i, len - i, &cp);
            if (k == 0 && enc == ENC_UTF8 && !(flags & (WF_TOK_FILE_INPUT | WF_TOK_STR_INPUT))) {
                // compile(bytes) keeps undecodable bytes; they are reported where a token
                // needs them decoded (identifiers, string literals), as CPython does.
                k = 1;
            }
            if (k == 0 || enc == ENC_ASCII) {
                free(b.p);
                if (enc == ENC_ASCII) {
                    return set_error(t, WF_TOKERR_SYNTAX, 0, 0, 0, 0,
                                     "(unicode error) 'ascii' codec can't decode byte 0x%02x "
                                     "in position %d: ordinal not in range(128)",
                                     c, (int)i);
                }
                return report_bad_utf8(t, src, len, i, flags, filename);
            }
            if (obuf_reserve(&b, (size_t)k + 1) < 0) {
                goto nomem;
            }
            memcpy(b.p + b.n, s + i, (size_t)k);
            b.n += (size_t)k;
            i += (size_t)k;
        }
        if (obuf_reserve(&b, 4) < 0) {
            goto nomem;
        }
    }
    t->flags = flags;
    if (b.n > 0 && b.p[b.n - 1] != '\n' && !(flags & WF_TOK_NO_FINAL_NEWLINE)) {
        b.p[b.n++] = '\n';
        t->nl_added = 1;
    }
    b.p[b.n] = 0;
    t->buf = b.p;
    t->len = b.n;
    // Line table.
    size_t nl = 1;
    for (size_t i = 0; i < b.n; i++) {
        nl += b.p[i] == '\n';
    }
    t->line_starts = malloc(nl * sizeof *t->line_starts);
    if (!t->line_starts) {
        goto nomem;
    }
    t->nlines = 0;
    t->line_starts[t->nlines++] = 0;
    for (size_t i = 0; i < b.n; i++) {
        if (b.p[i] == '\n' && i + 1 < b.n) {
            t->line_starts[t->nlines++] = (uint32_t)(i + 1);
        }
    }
    return 0;
nomem:
    free(b.p);
    t->buf = NULL;
    t->error.kind = WF_TOKERR_NOMEM;
    return -1;
}

void wf_tokenizer_fini(wf_tokenizer_t *t)
{
    free(t->warnings);
    t->warnings = NULL;
    free(t->error.text);
    t->error.text = NULL;
    free(t->buf);
    free(t->line_starts);
    free(t->toks);
    t->buf = NULL;
    t->line_starts = NULL;
    t->toks = NULL;
}

const char *wf_tokenizer_line(const wf_tokenizer_t *t, int lineno, size_t *len)
{
    if (lineno < 1 || lineno > t->nlines || !t->buf) {
        *len = 0;
        return NULL;
    }
    const char *s = t->buf + t->line_starts[lineno - 1];
    const char *e = memchr(s, '\n', t->len - (size_t)(s - t->buf));
    *len = e ? (size_t)(e - s) : strlen(s);
    return s;
}

// ---------------------------------------------------------------------------------------
// The lexer.

enum { MODE_REGULAR, MODE_FSTRING };

typedef struct {
    int kind; // MODE_REGULAR while inside a replacement field or in ordinary code
    int quote, quote_size, raw;
    int curly_depth;      // brackets open inside this f-string's replacement fields
    int expr_start_depth; // curly_depth at which the current replacement field opened; -1
    int in_format_spec;
    int debug;
    size_t start; // offset of the FSTRING_START token
} fmode_t;

typedef struct {
    wf_tokenizer_t *t;
    const char *buf;
    size_t len;
    size_t cur;   // next byte to read
    size_t start; // start of the token being scanned
    int atbol, cont_line, blankline;
    int indstack[MAXINDENT], altindstack[MAXINDENT];
    int indent, pendin;
    int level;
    char parenstack[MAXLEVEL];
    int parenline[MAXLEVEL], parencol[MAXLEVEL];
    fmode_t modes[MAXFSTRINGLEVEL + 1];
    int nmodes;
    int hint; // index into line_starts near the current position
    // Furthest position read so far. CPython's tokenizer moves to a new line when it reads
    // that line's first byte and does not move back on backup, so token end positions are
    // reported relative to the furthest line read.
    size_t max_read;
    int eof_newline; // 'single' mode: the NEWLINE standing for the end was produced
    // The token being produced: text [p_start, p_end); NO_POS for none (INDENT/DEDENT).
    size_t p_start, p_end;
    int flags;
} lexer_t;

#define NO_POS ((size_t)-1)
#define INSIDE_FSTRING(lx) ((lx)->nmodes > 1)
#define INSIDE_FSTRING_EXPR(m) ((m)->expr_start_depth >= 0)

static int nextc(lexer_t *lx)
{
    if (lx->cur >= lx->len) {
        lx->cur = lx->len + 1; // so that a backup after EOF is a no-op
        return EOFC;
    }
    int c = (unsigned char)lx->buf[lx->cur++];
    if (lx->cur > lx->max_read) {
        lx->max_read = lx->cur;
    }
    return c;
}

static void backup(lexer_t *lx, int c)
{
    if (c != EOFC) {
        lx->cur--;
    } else if (lx->cur > lx->len) {
        lx->cur = lx->len;
    }
}

// 1-based line containing byte offset `off`.
static int line_of(lexer_t *lx, size_t off)
{
    const uint32_t *ls = lx->t->line_starts;
    int n = lx->t->nlines;
    int i = lx->hint;
    while (i + 1 < n && ls[i + 1] <= off) {
        i++;
    }
    while (i > 0 && ls[i] > off) {
        i--;
    }
    lx->hint = i;
    return i + 1;
}

static size_t line_start_of(lexer_t *lx, int lineno)
{
    return lx->t->line_starts[lineno - 1];
}

// The line CPython's tokenizer would report as current: that of the last byte consumed.
static int cur_lineno(lexer_t *lx)
{
    size_t c = lx->cur > lx->len ? lx->len : lx->cur;
    return line_of(lx, c > 0 ? c - 1 : 0);
}

static int lex_error_at(lexer_t *lx, int lineno, int offset, int end_offset, const char *fmt,
                        ...) TOK_PRINTF(5, 6);

static int lex_error_at(lexer_t *lx, int lineno, int offset, int end_offset, const char *fmt,
                        ...)
{
    wf_tok_error_t *e = &lx->t->error;
    e->kind = WF_TOKERR_SYNTAX;
    va_list va;
    va_start(va, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, va);
    va_end(va);
    e->lineno = e->end_lineno = lineno;
    e->offset = offset;
    e->end_offset = end_offset == -3 ? offset : end_offset;
    e->text_nl = 0;
    e->in_fstring = INSIDE_FSTRING(lx);
    return -1;
}

// A SyntaxError at the current position, as the tokenizer reports it.
#define LEX_ERROR(lx, ...)                                                                    \
    lex_error_at((lx), cur_lineno(lx),                                                        \
                 (int)((lx)->cur > (lx)->len ? (lx)->len : (lx)->cur) -                       \
                     (int)line_start_of((lx), cur_lineno(lx)),                                \
                 -3, __VA_ARGS__)

// Errors CPython's parser raises on the tokenizer's behalf (IndentationError, TabError, ...).
static int lex_parser_error(lexer_t *lx, int kind, int lineno, int offset, int end_offset,
                            const char *msg)
{
    wf_tok_error_t *e = &lx->t->error;
    e->kind = kind;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->lineno = e->end_lineno = lineno;
    e->offset = offset;
    e->end_offset = end_offset;
    e->text_nl = 1;
    e->in_fstring = INSIDE_FSTRING(lx);
    return -1;
}

static int warn(lexer_t *lx, const char *msg)
{
    wf_tokenizer_t *t = lx->t;
    int ln = cur_lineno(lx);
    if (t->defer_warnings) {
        if ((t->nwarnings & (t->nwarnings - 1)) == 0) { // grow at powers of two
            size_t cap = t->nwarnings ? (size_t)t->nwarnings * 2 : 4;
            wf_tok_warning_t *w = realloc(t->warnings, cap * sizeof *w);
            if (!w) {
                t->error.kind = WF_TOKERR_NOMEM;
                return -1;
            }
            t->warnings = w;
        }
        wf_tok_warning_t *w = &t->warnings[t->nwarnings++];
        w->tok_index = t->ntoks;
        snprintf(w->msg, sizeof w->msg, "%s", msg);
        w->lineno = ln;
        size_t c = lx->cur > lx->len ? lx->len : lx->cur;
        w->offset = (int)(c - line_start_of(lx, ln));
        return 0;
    }
    if (!t->warn) {
        return 0;
    }
    if (lx->t->warn(lx->t->warn_ctx, "SyntaxWarning", msg, ln, -1, ln, -1) < 0) {
        return LEX_ERROR(lx, "%s", msg);
    }
    return 0;
}

static int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Keyword lookup for a NAME spelled [s, s+n).
static int keyword_type(const char *s, size_t n)
{
    if (n < 2 || n > 8) {
        return WF_TOK_NAME;
    }
    for (int k = WF_TOK_FIRST_KEYWORD; k < WF_TOK_COUNT; k++) {
        const char *kw = tok_texts[k];
        if (kw[0] == s[0] && strlen(kw) == n && memcmp(kw, s, n) == 0) {
            return k;
        }
    }
    return WF_TOK_NAME;
}

// Checks a non-ASCII identifier as CPython does: every character must be XID_Continue
// (XID_Start or '_' for the first). On failure reports the first bad character.
static int verify_identifier(lexer_t *lx)
{
    const unsigned char *s = (const unsigned char *)lx->buf + lx->start;
    size_t n = lx->cur - lx->start;
    size_t i = 0;
    int first = 1;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            // Undecodable bytes (compile(bytes) without validation up front).
            lx->cur = lx->start + i + 1;
            return LEX_ERROR(lx, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                                 "position %d: invalid start byte",
                             s[i], (int)i);
        }
        int ok = first ? (cp == '_' || unicode_is_xid_start(cp)) : unicode_is_xid_continue(cp);
        if (!ok) {
            lx->cur = lx->start + i + (size_t)k;
            char ch[8] = {0};
            memcpy(ch, s + i, (size_t)k);
            if (unicode_is_printable(cp)) {
                return LEX_ERROR(lx, "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
            }
            return LEX_ERROR(lx, "invalid non-printable character U+%04X", (unsigned)cp);
        }
        first = 0;
        i += (size_t)k;
    }
    return 0;
}

// Does the input continue with `s`? Consumes nothing.
static int lookahead(lexer_t *lx, const char *s)
{
    size_t n = strlen(s);
    return lx->cur + n <= lx->len && memcmp(lx->buf + lx->cur, s, n) == 0;
}

// After a number: a following keyword that may legally follow only warns; any other
// identifier character is an error ("invalid decimal literal"). `c` was read past the end.
static int verify_end_of_number(lexer_t *lx, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') {
        r = lookahead(lx, "nd");
    } else if (c == 'e') {
        r = lookahead(lx, "lse");
    } else if (c == 'f') {
        r = lookahead(lx, "or");
    } else if (c == 'i') {
        int c2 = lx->cur < lx->len ? (unsigned char)lx->buf[lx->cur] : 0;
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o') {
        r = lookahead(lx, "r");
    } else if (c == 'n') {
        r = lookahead(lx, "ot");
    }
    if (r) {
        backup(lx, c);
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        if (warn(lx, msg) < 0) {
            return -1;
        }
        nextc(lx);
    } else if (c >= 0 && c < 128 && is_id_char(c)) {
        backup(lx, c);
        return LEX_ERROR(lx, "invalid %s literal", kind);
    }
    return 0;
}

// Reads the rest of a run of decimal digits with single underscores. Returns the first
// character after it, or -2 after reporting an error.
static int decimal_tail(lexer_t *lx)
{
    int c;
    for (;;) {
        do {
            c = nextc(lx);
        } while (is_digit(c));
        if (c != '_') {
            break;
        }
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            LEX_ERROR(lx, "invalid decimal literal");
            return -2;
        }
    }
    return c;
}

// Scans a non-decimal integer after "0x"/"0o"/"0b" (c is the char after the prefix letter).
static int lex_radix_number(lexer_t *lx, int radix)
{
    const char *kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
    int c = nextc(lx);
    do {
        if (c == '_') {
            c = nextc(lx);
        }
        int ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c < '8')
                                                         : (c == '0' || c == '1');
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                return LEX_ERROR(lx, "invalid digit '%c' in %s literal", c, kind);
            }
            backup(lx, c);
            return LEX_ERROR(lx, "invalid %s literal", kind);
        }
        do {
            c = nextc(lx);
        } while (radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c < '8')
                                                         : (c == '0' || c == '1'));
    } while (c == '_');
    if (radix != 16 && is_digit(c)) {
        return LEX_ERROR(lx, "invalid digit '%c' in %s literal", c, kind);
    }
    if (verify_end_of_number(lx, c, kind) < 0) {
        return -1;
    }
    backup(lx, c);
    return WF_TOK_NUMBER;
}

// Fraction / exponent / imaginary suffix of a decimal number. `c` is the current char and
// `state` says where to start: 0 = may see '.', 1 = after '.', 2 = at 'e', 3 = at 'j'.
static int lex_number_tail(lexer_t *lx, int c, int state)
{
    if (state == 0 && c == '.') {
        c = nextc(lx);
        state = 1;
    }
    if (state == 1 && is_digit(c)) {
        c = decimal_tail(lx);
        if (c == -2) {
            return -1;
        }
    }
    if (state <= 2 && (c == 'e' || c == 'E')) {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return LEX_ERROR(lx, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(lx, c);
            if (verify_end_of_number(lx, e, "decimal") < 0) {
                return -1;
            }
            backup(lx, e);
            return WF_TOK_NUMBER;
        }
        c = decimal_tail(lx);
        if (c == -2) {
            return -1;
        }
    }
    if (c == 'j' || c == 'J') {
        c = nextc(lx);
        if (verify_end_of_number(lx, c, "imaginary") < 0) {
            return -1;
        }
    } else if (verify_end_of_number(lx, c, "decimal") < 0) {
        return -1;
    }
    backup(lx, c);
    return WF_TOK_NUMBER;
}

// A number starting with `c` (a digit) or '.' followed by a digit (frac = 1).
static int lex_number(lexer_t *lx, int c, int frac)
{
    if (frac) {
        return lex_number_tail(lx, c, 1);
    }
    if (c != '0') {
        c = decimal_tail(lx);
        if (c == -2) {
            return -1;
        }
        return lex_number_tail(lx, c, 0);
    }
    c = nextc(lx);
    if (c == 'x' || c == 'X') {
        return lex_radix_number(lx, 16);
    }
    if (c == 'o' || c == 'O') {
        return lex_radix_number(lx, 8);
    }
    if (c == 'b' || c == 'B') {
        return lex_radix_number(lx, 2);
    }
    // "0", "00", "0_0", or a float/imaginary with leading zeros.
    int nonzero = 0;
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return LEX_ERROR(lx, "invalid decimal literal");
            }
        }
        if (c != '0') {
            break;
        }
        c = nextc(lx);
    }
    size_t zeros_end = lx->cur;
    if (is_digit(c)) {
        nonzero = 1;
        c = decimal_tail(lx);
        if (c == -2) {
            return -1;
        }
    }
    if (c == '.') {
        c = nextc(lx);
        return lex_number_tail(lx, c, 1);
    }
    if (c == 'e' || c == 'E') {
        return lex_number_tail(lx, c, 2);
    }
    if (c == 'j' || c == 'J') {
        return lex_number_tail(lx, c, 3);
    }
    if (nonzero) {
        backup(lx, c);
        int ln = cur_lineno(lx);
        size_t ls = line_start_of(lx, ln);
        return lex_error_at(lx, ln, (int)(lx->start + 1 - ls), (int)(zeros_end - ls),
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers");
    }
    if (verify_end_of_number(lx, c, "decimal") < 0) {
        return -1;
    }
    backup(lx, c);
    return WF_TOK_NUMBER;
}

// A plain (non-f) string literal; the opening quote `quote` has just been read.
static int lex_string(lexer_t *lx, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    int first_lineno = cur_lineno(lx);
    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1; // empty string
        }
    }
    if (c != quote) {
        backup(lx, c);
    }
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            // Report from the opening quote, with the line where the end was noticed.
            int detected = cur_lineno(lx);
            size_t ls = line_start_of(lx, first_lineno);
            int off = (int)(lx->start + 1 - ls);
            if (INSIDE_FSTRING(lx)) {
                fmode_t *m = &lx->modes[lx->nmodes - 1];
                if (m->quote == quote && m->quote_size == quote_size) {
                    return lex_error_at(lx, first_lineno, off, off, "f-string: expecting '}'");
                }
            }
            if (quote_size == 3) {
                return lex_error_at(lx, first_lineno, off, off,
                                    "unterminated triple-quoted string literal (detected at "
                                    "line %d)",
                                    detected);
            }
            return lex_error_at(lx, first_lineno, off, off,
                                "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                nextc(lx); // skip the escaped character (may be a newline)
            }
        }
    }
    return WF_TOK_STRING;
}

// The opening of an f-string: prefix read, `quote` just read. Pushes an f-string mode.
static int lex_fstring_start(lexer_t *lx, int quote)
{
    int quote_size = 1;
    int after = nextc(lx);
    if (after == quote) {
        int after2 = nextc(lx);
        if (after2 == quote) {
            quote_size = 3;
        } else {
            backup(lx, after2);
            backup(lx, after);
        }
    } else {
        backup(lx, after);
    }
    lx->p_start = lx->start;
    lx->p_end = lx->cur;
    if (lx->nmodes >= MAXFSTRINGLEVEL) {
        return LEX_ERROR(lx, "too many nested f-strings");
    }
    fmode_t *m = &lx->modes[lx->nmodes++];
    memset(m, 0, sizeof *m);
    m->kind = MODE_FSTRING;
    m->quote = quote;
    m->quote_size = quote_size;
    m->start = lx->start;
    m->expr_start_depth = -1;
    const char *s = lx->buf + lx->start;
    m->raw = (s[0] == 'r' || s[0] == 'R') || (s[1] == 'r' || s[1] == 'R');
    return WF_TOK_FSTRING_START;
}

// Literal text of an f-string (or of a format spec), up to a replacement field, the end of
// the spec or the closing quote.
static int lex_fstring_mode(lexer_t *lx, fmode_t *m);
static int lex_normal_mode(lexer_t *lx, fmode_t *m);

static int fstring_unterminated(lexer_t *lx, fmode_t *m)
{
    int detected = cur_lineno(lx);
    int first_lineno = line_of(lx, m->start);
    size_t ls = line_start_of(lx, first_lineno);
    int off = (int)(m->start + 1 - ls);
    if (m->quote_size == 3) {
        return lex_error_at(lx, first_lineno, off, off,
                            "unterminated triple-quoted f-string literal (detected at line %d)",
                            detected);
    }
    return lex_error_at(lx, first_lineno, off, off,
                        "unterminated f-string literal (detected at line %d)", detected);
}

static int lex_fstring_mode(lexer_t *lx, fmode_t *m)
{
    lx->start = lx->cur;
    int start_char = nextc(lx);
    if (start_char == '{') {
        int peek = nextc(lx);
        backup(lx, peek);
        backup(lx, start_char);
        if (peek != '{') {
            m->expr_start_depth++;
            if (m->expr_start_depth >= MAX_EXPR_NESTING) {
                return LEX_ERROR(lx, "f-string: expressions nested too deeply");
            }
            m->kind = MODE_REGULAR;
            return lex_normal_mode(lx, m);
        }
    } else {
        backup(lx, start_char);
    }
    // The closing quote?
    int i;
    for (i = 0; i < m->quote_size; i++) {
        int q = nextc(lx);
        if (q != m->quote) {
            backup(lx, q);
            break;
        }
    }
    if (i == m->quote_size) {
        lx->p_start = lx->start;
        lx->p_end = lx->cur;
        lx->nmodes--;
        return WF_TOK_FSTRING_END;
    }
    lx->cur = lx->start; // undo the partial quote match
    int end_quote_size = 0;
    int unicode_escape = 0;
    while (end_quote_size != m->quote_size) {
        int c = nextc(lx);
        int in_spec = m->in_format_spec && INSIDE_FSTRING_EXPR(m);
        if (c == EOFC || (m->quote_size == 1 && c == '\n')) {
            if (in_spec && c == '\n') {
                // The format spec ends at the newline (3.13.0 accepts this even in
                // single-quoted f-strings).
                backup(lx, c);
                m->kind = MODE_REGULAR;
                m->in_format_spec = 0;
                lx->p_start = lx->start;
                lx->p_end = lx->cur;
                lx->flags = WF_TOKF_FSTRING_SPEC;
                return WF_TOK_FSTRING_MIDDLE;
            }
            return fstring_unterminated(lx, m);
        }
        if (c == m->quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '{') {
            int peek = nextc(lx);
            if (peek != '{' || in_spec) {
                backup(lx, peek);
                backup(lx, c);
                m->expr_start_depth++;
                if (m->expr_start_depth >= MAX_EXPR_NESTING) {
                    return LEX_ERROR(lx, "f-string: expressions nested too deeply");
                }
                m->kind = MODE_REGULAR;
                m->in_format_spec = 0;
                lx->p_start = lx->start;
                lx->p_end = lx->cur;
            } else {
                lx->p_start = lx->start;
                lx->p_end = lx->cur - 1;
                lx->flags = WF_TOKF_DOUBLED_BRACE;
            }
            lx->flags |= in_spec ? WF_TOKF_FSTRING_SPEC : 0;
            return WF_TOK_FSTRING_MIDDLE;
        }
        if (c == '}') {
            if (unicode_escape) {
                lx->p_start = lx->start;
                lx->p_end = lx->cur;
                return WF_TOK_FSTRING_MIDDLE;
            }
            int peek = nextc(lx);
            if (peek == '}' && !in_spec && m->curly_depth == 0) {
                lx->p_start = lx->start;
                lx->p_end = lx->cur - 1;
                lx->flags = WF_TOKF_DOUBLED_BRACE;
            } else {
                backup(lx, peek);
                backup(lx, c);
                m->kind = MODE_REGULAR;
                m->in_format_spec = 0;
                lx->p_start = lx->start;
                lx->p_end = lx->cur;
            }
            lx->flags |= in_spec ? WF_TOKF_FSTRING_SPEC : 0;
            return WF_TOK_FSTRING_MIDDLE;
        }
        if (c == '\\') {
            int peek = nextc(lx);
            if (peek == '{' || peek == '}') {
                if (!m->raw) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", peek);
                    if (warn(lx, msg) < 0) {
                        return -1;
                    }
                }
                backup(lx, peek);
                continue;
            }
            if (!m->raw && peek == 'N') {
                peek = nextc(lx);
                if (peek == '{') {
                    unicode_escape = 1;
                } else {
                    backup(lx, peek);
                }
            }
        }
    }
    // Leave the closing quotes for the FSTRING_END token.
    for (int k = 0; k < m->quote_size; k++) {
        backup(lx, m->quote);
    }
    lx->p_start = lx->start;
    lx->p_end = lx->cur;
    lx->flags = m->in_format_spec && INSIDE_FSTRING_EXPR(m) ? WF_TOKF_FSTRING_SPEC : 0;
    return WF_TOK_FSTRING_MIDDLE;
}

// End of input where more was needed: inside brackets CPython reports the innermost open
// bracket ("'(' was never closed"); after a line continuation "unexpected EOF".
static int lex_eof_error(lexer_t *lx)
{
    wf_tok_error_t *e = &lx->t->error;
    e->in_fstring = INSIDE_FSTRING(lx);
    if (lx->level) {
        e->kind = WF_TOKERR_EOF_IN_PAREN;
        e->paren_char = lx->parenstack[lx->level - 1];
        e->paren_lineno = lx->parenline[lx->level - 1];
        e->paren_col = lx->parencol[lx->level - 1];
        snprintf(e->msg, sizeof e->msg, "'%c' was never closed", e->paren_char);
        e->lineno = e->end_lineno = e->paren_lineno;
        e->offset = e->paren_col + 1;
        e->end_offset = 0;
        e->text_nl = 1;
        return -1;
    }
    e->kind = WF_TOKERR_EOF;
    snprintf(e->msg, sizeof e->msg, "unexpected EOF while parsing");
    int ln = cur_lineno(lx);
    e->lineno = e->end_lineno = ln;
    e->offset = (int)(lx->len - line_start_of(lx, ln));
    e->end_offset = -1;
    e->text_nl = 1;
    return -1;
}

// Indentation at the start of a logical line. Sets pendin for INDENT/DEDENT tokens.
// Returns 0, or -1 after an error; sets *blank for blank/comment-only lines.
static int lex_indentation(lexer_t *lx, int *blank)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            // A backslash-continued line: the first one found fixes the indentation.
            cont_line_col = cont_line_col ? cont_line_col : col;
            c = nextc(lx);
            if (c != '\n') {
                int ln = cur_lineno(lx);
                return lex_parser_error(lx, WF_TOKERR_SYNTAX, ln,
                                        (int)(lx->cur - line_start_of(lx, ln)), 0,
                                        "unexpected character after line continuation "
                                        "character");
            }
            c = nextc(lx);
            if (c == EOFC) {
                return lex_eof_error(lx);
            }
            backup(lx, c);
        } else {
            break;
        }
    }
    backup(lx, c);
    *blank = (c == '#' || c == '\n');
    if (*blank || lx->level != 0) {
        return 0;
    }
    if (cont_line_col) {
        col = altcol = cont_line_col;
    }
    int ln = line_of(lx, lx->cur);
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent]) {
            goto tab_error;
        }
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MAXINDENT) {
            return lex_parser_error(lx, WF_TOKERR_INDENT, ln, 1, 0,
                                    "too many levels of indentation");
        }
        if (altcol <= lx->altindstack[lx->indent]) {
            goto tab_error;
        }
        lx->pendin++;
        lx->indstack[++lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            // CPython reports the end of the line as the column.
            size_t ls = line_start_of(lx, ln);
            const char *nl = memchr(lx->buf + ls, '\n', lx->len - ls);
            size_t end = nl ? (size_t)(nl - lx->buf) + 1 : lx->len;
            return lex_parser_error(lx, WF_TOKERR_INDENT, ln, (int)(end - ls), -1,
                                    "unindent does not match any outer indentation level");
        }
        if (altcol != lx->altindstack[lx->indent]) {
            goto tab_error;
        }
    }
    return 0;
tab_error:
    return lex_parser_error(lx, WF_TOKERR_TAB, ln, 1, 0,
                            "inconsistent use of tabs and spaces in indentation");
}

// Two- and three-character operators.
static int two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': return c2 == '=' ? WF_TOK_NOTEQUAL : -1;
    case '%': return c2 == '=' ? WF_TOK_PERCENTEQUAL : -1;
    case '&': return c2 == '=' ? WF_TOK_AMPEREQUAL : -1;
    case '*': return c2 == '*' ? WF_TOK_DOUBLESTAR : c2 == '=' ? WF_TOK_STAREQUAL : -1;
    case '+': return c2 == '=' ? WF_TOK_PLUSEQUAL : -1;
    case '-': return c2 == '=' ? WF_TOK_MINEQUAL : c2 == '>' ? WF_TOK_RARROW : -1;
    case '/': return c2 == '/' ? WF_TOK_DOUBLESLASH : c2 == '=' ? WF_TOK_SLASHEQUAL : -1;
    case ':': return c2 == '=' ? WF_TOK_COLONEQUAL : -1;
    case '<':
        return c2 == '<' ? WF_TOK_LEFTSHIFT : c2 == '=' ? WF_TOK_LESSEQUAL : -1;
    case '=': return c2 == '=' ? WF_TOK_EQEQUAL : -1;
    case '>':
        return c2 == '=' ? WF_TOK_GREATEREQUAL : c2 == '>' ? WF_TOK_RIGHTSHIFT : -1;
    case '@': return c2 == '=' ? WF_TOK_ATEQUAL : -1;
    case '^': return c2 == '=' ? WF_TOK_CIRCUMFLEXEQUAL : -1;
    case '|': return c2 == '=' ? WF_TOK_VBAREQUAL : -1;
    default: return -1;
    }
}

static int three_chars(int c1, int c2, int c3)
{
    if (c3 != '=') {
        return (c1 == '.' && c2 == '.' && c3 == '.') ? WF_TOK_ELLIPSIS : -1;
    }
    if (c1 == '*' && c2 == '*') {
        return WF_TOK_DOUBLESTAREQUAL;
    }
    if (c1 == '/' && c2 == '/') {
        return WF_TOK_DOUBLESLASHEQUAL;
    }
    if (c1 == '<' && c2 == '<') {
        return WF_TOK_LEFTSHIFTEQUAL;
    }
    if (c1 == '>' && c2 == '>') {
        return WF_TOK_RIGHTSHIFTEQUAL;
    }
    return -1;
}

static int one_char(int c)
{
    switch (c) {
    case '!': return WF_TOK_EXCLAMATION;
    case '%': return WF_TOK_PERCENT;
    case '&': return WF_TOK_AMPER;
    case '(': return WF_TOK_LPAR;
    case ')': return WF_TOK_RPAR;
    case '*': return WF_TOK_STAR;
    case '+': return WF_TOK_PLUS;
    case ',': return WF_TOK_COMMA;
    case '-': return WF_TOK_MINUS;
    case '.': return WF_TOK_DOT;
    case '/': return WF_TOK_SLASH;
    case ':': return WF_TOK_COLON;
    case ';': return WF_TOK_SEMI;
    case '<': return WF_TOK_LESS;
    case '=': return WF_TOK_EQUAL;
    case '>': return WF_TOK_GREATER;
    case '@': return WF_TOK_AT;
    case '[': return WF_TOK_LSQB;
    case ']': return WF_TOK_RSQB;
    case '^': return WF_TOK_CIRCUMFLEX;
    case '{': return WF_TOK_LBRACE;
    case '|': return WF_TOK_VBAR;
    case '}': return WF_TOK_RBRACE;
    case '~': return WF_TOK_TILDE;
    default: return WF_TOK_OP;
    }
}

// Bracket bookkeeping for an opening or closing bracket `c` just read.
static int lex_bracket(lexer_t *lx, fmode_t *m, int c)
{
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= MAXLEVEL) {
            return LEX_ERROR(lx, "too many nested parentheses");
        }
        int ln = line_of(lx, lx->start);
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = ln;
        lx->parencol[lx->level] = (int)(lx->start - line_start_of(lx, ln));
        lx->level++;
        if (INSIDE_FSTRING(lx)) {
            m->curly_depth++;
        }
        return 0;
    }
    if (INSIDE_FSTRING(lx) && !m->curly_depth && c == '}') {
        return LEX_ERROR(lx, "f-string: single '}' is not allowed");
    }
    if (!lx->level) {
        return LEX_ERROR(lx, "unmatched '%c'", c);
    }
    lx->level--;
    int opening = lx->parenstack[lx->level];
    if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
          (opening == '{' && c == '}'))) {
        if (INSIDE_FSTRING(lx) && opening == '{' &&
            m->curly_depth - 1 == m->expr_start_depth) {
            return LEX_ERROR(lx, "f-string: unmatched '%c'", c);
        }
        if (lx->parenline[lx->level] != cur_lineno(lx)) {
            return LEX_ERROR(lx,
                             "closing parenthesis '%c' does not match opening parenthesis "
                             "'%c' on line %d",
                             c, opening, lx->parenline[lx->level]);
        }
        return LEX_ERROR(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                         c, opening);
    }
    if (INSIDE_FSTRING(lx)) {
        m->curly_depth--;
        if (m->curly_depth < 0) {
            return LEX_ERROR(lx, "f-string: unmatched '%c'", c);
        }
        if (c == '}' && m->curly_depth == m->expr_start_depth) {
            m->expr_start_depth--;
            m->kind = MODE_FSTRING;
            m->debug = 0;
        }
    }
    return 0;
}

// A NAME, or a string prefix followed by a quote. `c` is the first character.
static int lex_name(lexer_t *lx, int c)
{
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
            saw_b = 1;
        } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
            saw_u = 1;
        } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
            saw_r = 1;
        } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
            saw_f = 1;
        } else {
            break;
        }
        c = nextc(lx);
        if (c == '"' || c == '\'') {
            if (saw_f) {
                return lex_fstring_start(lx, c);
            }
            int r = lex_string(lx, c);
            lx->p_start = lx->start;
            lx->p_end = lx->cur;
            return r;
        }
    }
    int nonascii = 0;
    while (is_id_char(c)) {
        nonascii |= c >= 128;
        c = nextc(lx);
    }
    backup(lx, c);
    if (nonascii && verify_identifier(lx) < 0) {
        return -1;
    }
    lx->p_start = lx->start;
    lx->p_end = lx->cur;
    return keyword_type(lx->buf + lx->start, lx->cur - lx->start);
}

// After '.': a number like ".5", an ellipsis or a dot.
static int lex_dot(lexer_t *lx)
{
    int c = nextc(lx);
    int r = WF_TOK_DOT;
    if (is_digit(c)) {
        r = lex_number(lx, c, 1);
    } else if (c == '.') {
        c = nextc(lx);
        if (c == '.') {
            r = WF_TOK_ELLIPSIS;
        } else {
            backup(lx, c);
            backup(lx, '.');
        }
    } else {
        backup(lx, c);
    }
    lx->p_start = lx->start;
    lx->p_end = lx->cur;
    return r;
}

// End of input outside brackets: ENDMARKER (preceded in 'single' mode by a NEWLINE that
// closes the open blocks, as CPython's interactive parsing does).
static int lex_eof(lexer_t *lx)
{
    if (lx->level) {
        return lex_eof_error(lx);
    }
    lx->p_start = lx->p_end = lx->len;
    if ((lx->t->flags & WF_TOK_INTERACTIVE) && !lx->eof_newline && lx->t->ntoks > 0) {
        lx->eof_newline = 1;
        lx->pendin = -lx->indent;
        lx->indent = 0;
        return WF_TOK_NEWLINE + 1000;
    }
    return WF_TOK_ENDMARKER;
}

// Operators and punctuation starting with `c` (already read).
static int lex_operator(lexer_t *lx, fmode_t *m, int c)
{
    // A ':' at the top of an f-string replacement field starts its format spec.
    if (c == ':' && INSIDE_FSTRING(lx) && INSIDE_FSTRING_EXPR(m) &&
        m->curly_depth - 1 == m->expr_start_depth) {
        m->kind = MODE_FSTRING;
        m->in_format_spec = 1;
        lx->p_start = lx->start;
        lx->p_end = lx->cur;
        return WF_TOK_COLON;
    }
    int c2 = nextc(lx);
    int t2 = two_chars(c, c2);
    if (t2 >= 0) {
        int c3 = nextc(lx);
        int t3 = three_chars(c, c2, c3);
        if (t3 >= 0) {
            t2 = t3;
        } else {
            backup(lx, c3);
        }
        lx->p_start = lx->start;
        lx->p_end = lx->cur;
        return t2;
    }
    backup(lx, c2);
    if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}') {
        if (lex_bracket(lx, m, c) < 0) {
            return -1;
        }
    }
    if (c < 0x20 || c == 0x7f) {
        return LEX_ERROR(lx, "invalid non-printable character U+%04X", (unsigned)c);
    }
    if (c == '=' && INSIDE_FSTRING_EXPR(m)) {
        m->debug = 1;
    }
    lx->p_start = lx->start;
    lx->p_end = lx->cur;
    return one_char(c);
}

static int lex_normal_mode(lexer_t *lx, fmode_t *m)
{
    int c;
nextline:
    lx->blankline = 0;
    if (lx->atbol) {
        lx->atbol = 0;
        int blank = 0;
        if (lex_indentation(lx, &blank) < 0) {
            return -1;
        }
        lx->blankline = blank;
    }
    lx->start = lx->cur;
    if (lx->pendin != 0) {
        lx->p_start = lx->p_end = NO_POS;
        lx->p_start = lx->cur; // remembered only for error columns
        if (lx->pendin < 0) {
            lx->pendin++;
            return WF_TOK_DEDENT;
        }
        lx->pendin--;
        return WF_TOK_INDENT;
    }
again:
    do {
        c = nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\f');
    lx->start = lx->cur - (c == EOFC ? 0 : 1);
    if (c == EOFC) {
        lx->start = lx->len;
    }
    if (c == '#') {
        while (c != EOFC && c != '\n') {
            c = nextc(lx);
        }
    }
    if (c == EOFC) {
        return lex_eof(lx);
    }
    if (is_id_start(c)) {
        return lex_name(lx, c);
    }
    if (c == '\n') {
        lx->atbol = 1;
        if (lx->blankline || lx->level > 0) {
            goto nextline;
        }
        lx->p_start = lx->start;
        lx->p_end = lx->cur;
        lx->cont_line = 0;
        return WF_TOK_NEWLINE;
    }
    if (c == '.') {
        return lex_dot(lx);
    }
    if (is_digit(c)) {
        int r = lex_number(lx, c, 0);
        lx->p_start = lx->start;
        lx->p_end = lx->cur;
        return r;
    }
    if (c == '"' || c == '\'') {
        int r = lex_string(lx, c);
        lx->p_start = lx->start;
        lx->p_end = lx->cur;
        return r;
    }
    if (c == '\\') {
        c = nextc(lx);
        if (c != '\n') {
            int ln = cur_lineno(lx);
            return lex_parser_error(lx, WF_TOKERR_SYNTAX, ln,
                                    (int)(lx->cur - line_start_of(lx, ln)), 0,
                                    "unexpected character after line continuation character");
        }
        c = nextc(lx);
        if (c == EOFC) {
            return lex_eof_error(lx);
        }
        backup(lx, c);
        lx->cont_line = 1;
        goto again;
    }
    return lex_operator(lx, m, c);
}

static int lex_get(lexer_t *lx)
{
    fmode_t *m = &lx->modes[lx->nmodes - 1];
    lx->flags = 0;
    if (m->kind == MODE_FSTRING) {
        return lex_fstring_mode(lx, m);
    }
    return lex_normal_mode(lx, m);
}

static int push_token(lexer_t *lx, int type)
{
    wf_tokenizer_t *t = lx->t;
    if (t->ntoks == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        wf_token_t *p = realloc(t->toks, cap * sizeof *p);
        if (!p) {
            t->error.kind = WF_TOKERR_NOMEM;
            return -1;
        }
        t->toks = p;
        t->cap = cap;
    }
    wf_token_t *tok = &t->toks[t->ntoks++];
    memset(tok, 0, sizeof *tok);
    tok->type = (uint8_t)type;
    tok->level = (uint8_t)lx->level;
    tok->flags = (uint8_t)lx->flags;
    if (lx->start >= lx->len &&
        (type == WF_TOK_DEDENT || type == WF_TOK_ENDMARKER || type == WF_TOK_NEWLINE + 1000)) {
        tok->flags |= WF_TOKF_AT_EOF;
    }
    if (type == WF_TOK_ENDMARKER || type == WF_TOK_NEWLINE + 1000) {
        // No columns either; the line is the last one, which CPython keeps current at EOF
        // (0 for empty input).
        tok->type = type == WF_TOK_ENDMARKER ? WF_TOK_ENDMARKER : WF_TOK_NEWLINE;
        tok->lineno = tok->end_lineno = lx->len ? line_of(lx, lx->len - 1) : 0;
        tok->col_offset = tok->end_col_offset = -1;
        tok->start = (uint32_t)lx->len;
        return 0;
    }
    if (type == WF_TOK_INDENT || type == WF_TOK_DEDENT) {
        // No columns, as in CPython; `start` keeps the scan position for error columns.
        int ln = line_of(lx, lx->p_start < lx->len ? lx->p_start : lx->len);
        if (lx->p_start >= lx->len && lx->len > 0) {
            ln = line_of(lx, lx->len - 1);
        }
        tok->lineno = tok->end_lineno = ln;
        tok->col_offset = tok->end_col_offset = -1;
        tok->start = (uint32_t)lx->p_start;
        tok->len = 0;
        return 0;
    }
    size_t s = lx->p_start, e = lx->p_end;
    int far = line_of(lx, lx->max_read ? lx->max_read - 1 : 0);
    if (type == WF_TOK_STRING || type == WF_TOK_FSTRING_MIDDLE) {
        tok->lineno = line_of(lx, s < lx->len ? s : lx->len - 1);
    } else {
        tok->lineno = far;
    }
    tok->col_offset = (int)((long)s - (long)line_start_of(lx, tok->lineno));
    tok->end_lineno = far;
    // The end column is where the scan stopped, which is past the text for a NEWLINE and
    // for a doubled brace in an f-string (the second brace is skipped).
    size_t cur = lx->cur > lx->len ? lx->len : lx->cur;
    if (cur < e) {
        cur = e;
    }
    tok->end_col_offset = (int)((long)cur - (long)line_start_of(lx, far));
    tok->start = (uint32_t)s;
    tok->len = (uint32_t)(e - s);
    return 0;
}

int wf_tokenizer_run(wf_tokenizer_t *t)
{
    lexer_t *lx = calloc(1, sizeof *lx);
    if (!lx) {
        t->error.kind = WF_TOKERR_NOMEM;
        return -1;
    }
    lx->t = t;
    lx->buf = t->buf ? t->buf : "";
    lx->len = t->buf ? t->len : 0;
    lx->atbol = 1;
    lx->nmodes = 1;
    lx->modes[0].kind = MODE_REGULAR;
    lx->modes[0].expr_start_depth = -1;
    int rc = 0;
    for (;;) {
        int type = lex_get(lx);
        if (type < 0) {
            rc = -1;
            break;
        }
        if (push_token(lx, type) < 0) {
            rc = -1;
            break;
        }
        if (type == WF_TOK_ENDMARKER) {
            break;
        }
    }
    free(lx);
    return rc;
}

// ---------------------------------------------------------------------------------------
// NFKC of identifier characters.

size_t wf_tokenizer_nfkc(uint32_t cp, char *out)
{
    size_t lo = 0, hi = sizeof nfkc_single / sizeof *nfkc_single;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (nfkc_single[mid][0] == cp) {
            uint32_t to = nfkc_single[mid][1];
            unsigned char *o = (unsigned char *)out;
            if (to < 0x80) {
                o[0] = (unsigned char)to;
                return 1;
            }
            if (to < 0x800) {
                o[0] = (unsigned char)(0xC0 | (to >> 6));
                o[1] = (unsigned char)(0x80 | (to & 0x3F));
                return 2;
            }
            if (to < 0x10000) {
                o[0] = (unsigned char)(0xE0 | (to >> 12));
                o[1] = (unsigned char)(0x80 | ((to >> 6) & 0x3F));
                o[2] = (unsigned char)(0x80 | (to & 0x3F));
                return 3;
            }
            o[0] = (unsigned char)(0xF0 | (to >> 18));
            o[1] = (unsigned char)(0x80 | ((to >> 12) & 0x3F));
            o[2] = (unsigned char)(0x80 | ((to >> 6) & 0x3F));
            o[3] = (unsigned char)(0x80 | (to & 0x3F));
            return 4;
        }
        if (nfkc_single[mid][0] < cp) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    for (size_t i = 0; i < sizeof nfkc_multi / sizeof *nfkc_multi; i++) {
        if (nfkc_multi[i].cp == cp) {
            size_t n = strlen(nfkc_multi[i].to);
            memcpy(out, nfkc_multi[i].to, n);
            return n;
        }
    }
    return 0;
}

int wf_tokenizer_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    return utf8_decode((const unsigned char *)s, n, cp);
}

// ---------------------------------------------------------------------------------------
// Character names for \N{...} escapes.

int wf_tokenizer_lookup_name(const char *name, size_t len, uint32_t *cp)
{
    return wf_unicodedata_lookup(name, len, cp);
}
