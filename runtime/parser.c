// Parser core: the entry point, token access, memoisation and error reporting.
//
// wf_parse tokenizes the whole input first, then runs the grammar rules (parser_stmt.c,
// parser_expr.c, parser_match.c, parser_string.c) over the token array. Error reporting
// reproduces CPython 3.13's choices: which error wins (tokenizer errors over parser errors,
// specific second-pass errors over the generic one), where it points (1-based character
// offsets), and which source text it quotes. "Fetching" a token only moves p->fill, the
// high-water mark of lookahead, which decides where a generic "invalid syntax" points.
#include "runtime/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/parser_impl.h"

#define ENDMARKER_PAD 8

char wf_parser_success;

#define START_LEVEL 14 // extra ENDMARKER copies so lookahead past the end stays in bounds

// ---------------------------------------------------------------------------------------
// Allocation.

void *wf_parser_nomem(parser_t *p)
{
    if (!p->error) {
        p->error = 1;
        memset(p->err->msg, 0, sizeof p->err->msg);
        p->err->out_of_memory = 1;
    }
    return NULL;
}

void *wf_parser_alloc(parser_t *p, size_t size)
{
    void *r = wf_arena_alloc(p->arena, size);
    return r ? r : wf_parser_nomem(p);
}

int wf_parser_vec_push(parser_t *p, vec_t *v, void *x)
{
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = wf_arena_alloc(p->arena, (size_t)cap * sizeof *items);
        if (!items) {
            wf_parser_nomem(p);
            return -1;
        }
        if (v->len) {
            memcpy(items, v->items, (size_t)v->len * sizeof *items);
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = x;
    return 0;
}

wf_ast_expr_seq_t wf_parser_expr_seq1(parser_t *p, wf_ast_expr_t *e)
{
    wf_ast_expr_seq_t s = {0, NULL};
    s.items = wf_parser_alloc(p, sizeof *s.items);
    if (s.items) {
        s.items[0] = e;
        s.len = 1;
    }
    return s;
}

// ---------------------------------------------------------------------------------------
// Tokens.

static void raise_tokenizer_error(parser_t *p);
static int emit_tokenizer_warnings(parser_t *p);

int wf_parser_fill_token(parser_t *p)
{
    if (p->error) {
        return -1;
    }
    if (p->fill < p->ntoks) {
        p->fill++;
        if (p->next_warning < p->tz.nwarnings) {
            return emit_tokenizer_warnings(p);
        }
        return 0;
    }
    if (p->tok_failed) {
        p->fill++;
        if (emit_tokenizer_warnings(p) < 0) {
            return -1;
        }
        raise_tokenizer_error(p);
        return -1;
    }
    // Past the padding: cannot happen with bounded lookahead; treat as end of input.
    return -1;
}

wf_token_t *wf_parser_peek(parser_t *p)
{
    if (p->mark == p->fill && wf_parser_fill_token(p) < 0) {
        p->error = 1;
        return NULL;
    }
    if (p->mark >= p->ntoks) {
        p->error = 1;
        return NULL;
    }
    return &p->toks[p->mark];
}

wf_token_t *wf_parser_expect(parser_t *p, int type)
{
    wf_token_t *t = wf_parser_peek(p);
    if (!t || t->type != type) {
        return NULL;
    }
    p->mark++;
    return t;
}

int wf_parser_check(parser_t *p, int type)
{
    wf_token_t *t = wf_parser_peek(p);
    return t && t->type == type;
}

wf_token_t *wf_parser_expect_forced(parser_t *p, int type, const char *what)
{
    if (p->error) {
        return NULL;
    }
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        return NULL;
    }
    if (t->type != type) {
        RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, "expected '%s'", what);
        return NULL;
    }
    p->mark++;
    return t;
}

static int token_is(parser_t *p, wf_token_t *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->type == WF_TOK_NAME && t->len == n && memcmp(p->tz.buf + t->start, kw, n) == 0;
}

wf_token_t *wf_parser_expect_soft(parser_t *p, const char *kw)
{
    wf_token_t *t = wf_parser_peek(p);
    if (!t || !token_is(p, t, kw)) {
        return NULL;
    }
    p->mark++;
    return t;
}

int wf_parser_check_soft(parser_t *p, const char *kw)
{
    wf_token_t *t = wf_parser_peek(p);
    return t && token_is(p, t, kw);
}

int wf_parser_is_soft_keyword(parser_t *p, wf_token_t *t)
{
    return token_is(p, t, "match") || token_is(p, t, "case") || token_is(p, t, "_") ||
           token_is(p, t, "type");
}

const char *wf_parser_token_str(parser_t *p, wf_token_t *t)
{
    return wf_arena_strndup(p->arena, p->tz.buf + t->start, t->len);
}

wf_ast_expr_t *wf_parser_name_from_token(parser_t *p, wf_token_t *t)
{
    const char *id;
    if (wf_parser_identifier(p, p->tz.buf + t->start, t->len, &id) < 0) {
        return NULL;
    }
    wf_ast_expr_t *e = wf_ast_Name(p->arena, id, WF_AST_Load, t->lineno, t->col_offset,
                                   t->end_lineno, t->end_col_offset);
    return e ? e : wf_parser_nomem(p);
}

wf_ast_expr_t *wf_parser_name(parser_t *p)
{
    wf_token_t *t = EXPECT(NAME);
    return t ? wf_parser_name_from_token(p, t) : NULL;
}

// End position of the last token consumed, skipping NEWLINE/INDENT/DEDENT/ENDMARKER.
static wf_token_t *last_nonwhitespace_token(parser_t *p)
{
    wf_token_t *t = NULL;
    for (int m = p->mark - 1; m >= 0; m--) {
        t = &p->toks[m];
        if (t->type != WF_TOK_ENDMARKER && t->type != WF_TOK_NEWLINE &&
            t->type != WF_TOK_INDENT && t->type != WF_TOK_DEDENT) {
            break;
        }
    }
    return t;
}

int wf_parser_end_lineno(parser_t *p)
{
    wf_token_t *t = last_nonwhitespace_token(p);
    return t ? t->end_lineno : 1;
}

int wf_parser_end_col(parser_t *p)
{
    wf_token_t *t = last_nonwhitespace_token(p);
    return t ? t->end_col_offset : 0;
}

// ---------------------------------------------------------------------------------------
// Memo.

int wf_parser_memo_get(parser_t *p, int type, void **res)
{
    if (p->mark == p->fill && wf_parser_fill_token(p) < 0) {
        p->error = 1;
        return -1;
    }
    for (memo_t *m = p->toks[p->mark].memo; m; m = m->next) {
        if (m->type == type) {
            p->mark = m->end_mark;
            *res = m->node;
            return 1;
        }
    }
    return 0;
}

#define MEMO_BLOCK 4096

struct memo_block {
    struct memo_block *next;
    memo_t entries[MEMO_BLOCK];
};

void wf_parser_memo_put(parser_t *p, int start_mark, int type, void *node)
{
    if (p->error) {
        return;
    }
    if (!p->memo_blocks || p->memo_used == MEMO_BLOCK) {
        struct memo_block *b = malloc(sizeof *b);
        if (!b) {
            wf_parser_nomem(p);
            return;
        }
        b->next = p->memo_blocks;
        p->memo_blocks = b;
        p->memo_used = 0;
    }
    memo_t *m = &p->memo_blocks->entries[p->memo_used++];
    m->type = type;
    m->node = node;
    m->end_mark = p->mark;
    m->next = p->toks[start_mark].memo;
    p->toks[start_mark].memo = m;
}

void wf_parser_memo_clear(parser_t *p)
{
    for (int i = 0; i < p->ntoks; i++) {
        p->toks[i].memo = NULL;
    }
}

void wf_parser_stack_overflow(parser_t *p)
{
    if (!p->error) {
        p->error = 1;
        p->err->kind = WF_SYNTAX_ERROR;
        p->err->too_deep = 1;
        snprintf(p->err->msg, sizeof p->err->msg,
                 "Parser stack overflowed - Python source too complex to parse");
    }
}

// ---------------------------------------------------------------------------------------
// Error reporting.

// Source line `lineno` (1-based) of the decoded buffer; `with_nl` keeps its newline.
static char *line_text(parser_t *p, int lineno, int with_nl)
{
    size_t n;
    const char *s = wf_tokenizer_line(&p->tz, lineno, &n);
    if (!s) {
        return NULL;
    }
    int nl = with_nl && s + n < p->tz.buf + p->tz.len && s[n] == '\n';
    // Undecodable bytes become U+FFFD, as the text of CPython's SyntaxError is a str.
    char *r = malloc(3 * n + 2);
    if (!r) {
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = (unsigned char)s[i] < 0x80 ? 1 : wf_tokenizer_utf8_decode(s + i, n - i, &cp);
        if (len == 0) {
            memcpy(r + k, "\xEF\xBF\xBD", 3);
            k += 3;
            i++;
        } else {
            memcpy(r + k, s + i, (size_t)len);
            k += (size_t)len;
            i += (size_t)len;
        }
    }
    if (nl) {
        r[k++] = '\n';
    }
    r[k] = 0;
    return r;
}

// The last token fetched (CPython's p->tokens[p->fill - 1]), or NULL before any.
static wf_token_t *last_fetched(parser_t *p)
{
    int i = p->fill - 1 < p->ntoks ? p->fill - 1 : p->ntoks - 1;
    return i >= 0 ? &p->toks[i] : NULL;
}

// The line CPython's tokenizer considers current when the parser raises: that of the last
// token fetched.
static int tokenizer_lineno(parser_t *p)
{
    wf_token_t *t = last_fetched(p);
    return t ? t->end_lineno : 1;
}

// Byte column (0-based) of the tokenizer's position after the last token fetched.
static int tokenizer_col(parser_t *p)
{
    wf_token_t *t = last_fetched(p);
    if (!t) {
        return 0;
    }
    int ln = t->end_lineno;
    size_t len;
    const char *s = wf_tokenizer_line(&p->tz, ln, &len);
    if (!s) {
        return 0;
    }
    size_t ls = (size_t)(s - p->tz.buf);
    if (t->type == WF_TOK_INDENT || t->type == WF_TOK_DEDENT || t->type == WF_TOK_ENDMARKER) {
        return (int)(t->start - ls);
    }
    return t->end_col_offset;
}

// Converts a 1-based byte offset within `text` to characters, as CPython does (clamped to
// the text length + 1).
static int byte_to_char_offset(const char *text, int off)
{
    if (!text) {
        return off;
    }
    size_t len = strlen(text);
    if (off > (int)len + 1) {
        off = (int)len + 1;
    }
    if (off < 0) {
        return off;
    }
    // CPython decodes `off` bytes of the line, which may include its terminating NUL.
    int extra = off > (int)len ? off - (int)len : 0;
    return wf_utf8_char_count(text, len, (size_t)off) + extra;
}

static void set_error(parser_t *p, int kind, int lineno, int col, int end_lineno, int end_col,
                      char *text, const char *msg)
{
    wf_parse_error_t *e = p->err;
    free(e->text);
    e->kind = kind;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    e->text = text;
    e->offset = byte_to_char_offset(text, col);
    e->end_offset = end_col > 0 ? byte_to_char_offset(text, end_col) : end_col;
    p->error = 1;
}

static void *raise_va(parser_t *p, int kind, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, va_list va)
{
    if (p->error) {
        return NULL;
    }
    if (end_lineno == CURRENT_POS) {
        end_lineno = tokenizer_lineno(p);
    }
    if (end_col == CURRENT_POS) {
        end_col = tokenizer_col(p);
    }
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, va);
    char *text;
    int tline = p->tokerr_line ? p->tokerr_line : tokenizer_lineno(p);
    if (p->flags & WF_PARSE_FLAG_FILE_INPUT) {
        // The line as the file has it (the last one may lack its newline).
        text = line_text(p, lineno, !(p->tz.nl_added && lineno == p->tz.nlines));
    } else if (tline <= lineno) {
        text = line_text(p, tline, 1);
    } else {
        text = line_text(p, lineno, 0);
    }
    if (!text) {
        text = calloc(1, 1); // CPython reports an empty line here
    }
    set_error(p, kind, lineno, col, end_lineno, end_col, text, msg);
    return NULL;
}

void *wf_parser_raise_at(parser_t *p, int kind, int lineno, int col, int end_lineno, int end_col,
                         const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    raise_va(p, kind, lineno, col, end_lineno, end_col, fmt, va);
    va_end(va);
    return NULL;
}

void *wf_parser_raise(parser_t *p, int kind, int use_mark, const char *fmt, ...)
{
    if (p->error) {
        return NULL;
    }
    va_list va;
    va_start(va, fmt);
    if (p->fill == 0) {
        raise_va(p, kind, 0, 0, 0, -1, fmt, va);
        va_end(va);
        return NULL;
    }
    if (use_mark && p->mark == p->fill && wf_parser_fill_token(p) < 0) {
        va_end(va);
        p->error = 1;
        return NULL;
    }
    wf_token_t *t = p->known_err_token ? p->known_err_token
                    : use_mark         ? &p->toks[p->mark]
                                       : last_fetched(p);
    if (!t) {
        raise_va(p, kind, 0, 0, 0, -1, fmt, va);
        va_end(va);
        return NULL;
    }
    int col, end_col = -1;
    if (t->col_offset == -1) {
        // At the end of a file CPython's file reader has an empty buffer: column 0.
        col = (p->flags & WF_PARSE_FLAG_FILE_INPUT) && (t->flags & WF_TOKF_AT_EOF)
                  ? 0
                  : tokenizer_col(p);
    } else {
        col = t->col_offset + 1;
    }
    if (t->end_col_offset != -1) {
        end_col = t->end_col_offset + 1;
    }
    raise_va(p, kind, t->lineno, col, t->end_lineno, end_col, fmt, va);
    va_end(va);
    return NULL;
}

static int errkind_of(int tokerr)
{
    return tokerr == WF_TOKERR_INDENT ? WF_INDENTATION_ERROR
           : tokerr == WF_TOKERR_TAB  ? WF_TAB_ERROR
                                      : WF_SYNTAX_ERROR;
}

// Reports the tokenizer's warnings recorded while producing the tokens fetched so far, as
// CPython's lazy tokenizer would have by now. A warning turned into an error becomes a
// SyntaxError at the tokenizer's position.
static int emit_tokenizer_warnings(parser_t *p)
{
    wf_tokenizer_t *t = &p->tz;
    while (p->next_warning < t->nwarnings &&
           t->warnings[p->next_warning].tok_index < (size_t)p->fill) {
        wf_tok_warning_t *w = &t->warnings[p->next_warning++];
        if (!p->err->warn) {
            continue;
        }
        if (p->err->warn(p->err->warn_ctx, "SyntaxWarning", w->msg, w->lineno, -1, w->lineno,
                         -1) < 0) {
            char *text = line_text(p, w->lineno, 0);
            set_error(p, WF_SYNTAX_ERROR, w->lineno, w->offset, w->lineno, w->offset, text,
                      w->msg);
            return -1;
        }
    }
    return 0;
}

// Reports the tokenizer's error (the parser asked for the token where it stopped).
static void raise_tokenizer_error(parser_t *p)
{
    wf_tok_error_t *te = &p->tz.error;
    if (p->error) {
        return;
    }
    p->tokerr_raised = 1;
    if (te->kind == WF_TOKERR_NOMEM) {
        wf_parser_nomem(p);
        return;
    }
    if (te->kind == WF_TOKERR_SYNTAX && !te->text_nl) {
        // Raised by the tokenizer itself: the text is the line without its newline.
        char *text = te->lineno > 0 ? line_text(p, te->lineno, 0) : NULL;
        set_error(p, WF_SYNTAX_ERROR, te->lineno, te->offset, te->end_lineno, te->end_offset,
                  text, te->msg);
        return;
    }
    if (te->kind == WF_TOKERR_EOF_IN_PAREN) {
        wf_parser_raise_at(p, WF_SYNTAX_ERROR, te->paren_lineno, te->paren_col + 1,
                           te->paren_lineno, 0, "%s", te->msg);
        return;
    }
    // The tokenizer has read the line with the error.
    p->tokerr_line = te->lineno;
    wf_parser_raise_at(p, errkind_of(te->kind), te->lineno, te->offset, te->end_lineno,
                       te->end_offset, "%s", te->msg);
}

// After a syntax error: a tokenizer error further on takes priority, as CPython finds it by
// tokenizing the rest of the input.
static void check_rest_for_tokenizer_errors(parser_t *p)
{
    wf_tok_error_t *te = &p->tz.error;
    // Tokenizing the rest reports its warnings too (errors from them are ignored).
    for (; p->next_warning < p->tz.nwarnings; p->next_warning++) {
        wf_tok_warning_t *w = &p->tz.warnings[p->next_warning];
        if (p->err->warn) {
            p->err->warn(p->err->warn_ctx, "SyntaxWarning", w->msg, w->lineno, -1, w->lineno,
                         -1);
        }
    }
    if (!p->tok_failed || p->tokerr_raised) {
        return;
    }
    if (te->kind == WF_TOKERR_EOF_IN_PAREN) {
        wf_token_t *cur = p->known_err_token ? p->known_err_token : last_fetched(p);
        if (cur && cur->lineno > te->paren_lineno) {
            p->error = 0;
            p->fill = p->ntoks + 1; // the tokenizer has now read everything
            wf_parser_raise_at(p, WF_SYNTAX_ERROR, te->paren_lineno, te->paren_col + 1,
                               te->paren_lineno, 0, "%s", te->msg);
        }
        return;
    }
    if (te->kind == WF_TOKERR_SYNTAX && !te->text_nl && !te->in_fstring) {
        p->error = 0;
        p->fill = p->ntoks + 1;
        raise_tokenizer_error(p);
    }
}

// The generic error after both passes failed without a specific message.
static void set_syntax_error(parser_t *p, wf_token_t *last)
{
    if (p->error) {
        if (p->err->kind && !p->err->out_of_memory && !p->err->too_deep && !p->tokerr_raised) {
            check_rest_for_tokenizer_errors(p);
        }
        return;
    }
    if (last->type == WF_TOK_INDENT || last->type == WF_TOK_DEDENT) {
        RAISE_INDENTATION_ERROR(last->type == WF_TOK_INDENT ? "unexpected indent"
                                                            : "unexpected unindent");
        return;
    }
    wf_parser_raise_at(p, WF_SYNTAX_ERROR, last->lineno, last->col_offset + 1, last->end_lineno,
                       last->end_col_offset + 1, "invalid syntax");
    check_rest_for_tokenizer_errors(p);
}

// ---------------------------------------------------------------------------------------
// Helpers used by the grammar actions.

const char *wf_parser_expr_name(wf_ast_expr_t *e)
{
    switch (e->kind) {
    case WF_AST_Attribute: return "attribute";
    case WF_AST_Subscript: return "subscript";
    case WF_AST_Starred: return "starred";
    case WF_AST_Name: return "name";
    case WF_AST_List: return "list";
    case WF_AST_Tuple: return "tuple";
    case WF_AST_Lambda: return "lambda";
    case WF_AST_Call: return "function call";
    case WF_AST_BoolOp:
    case WF_AST_BinOp:
    case WF_AST_UnaryOp: return "expression";
    case WF_AST_GeneratorExp: return "generator expression";
    case WF_AST_Yield:
    case WF_AST_YieldFrom: return "yield expression";
    case WF_AST_Await: return "await expression";
    case WF_AST_ListComp: return "list comprehension";
    case WF_AST_SetComp: return "set comprehension";
    case WF_AST_DictComp: return "dict comprehension";
    case WF_AST_Dict: return "dict literal";
    case WF_AST_Set: return "set display";
    case WF_AST_JoinedStr:
    case WF_AST_FormattedValue: return "f-string expression";
    case WF_AST_Constant:
        switch (e->v.Constant.value.kind) {
        case WF_AST_CONST_NONE: return "None";
        case WF_AST_CONST_FALSE: return "False";
        case WF_AST_CONST_TRUE: return "True";
        case WF_AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case WF_AST_Compare: return "comparison";
    case WF_AST_IfExp: return "conditional expression";
    case WF_AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

wf_ast_expr_t *wf_parser_invalid_target(wf_ast_expr_t *e, int type)
{
    if (!e) {
        return NULL;
    }
    switch (e->kind) {
    case WF_AST_List:
    case WF_AST_Tuple: {
        wf_ast_expr_seq_t *elts = e->kind == WF_AST_List ? &e->v.List.elts : &e->v.Tuple.elts;
        for (int i = 0; i < elts->len; i++) {
            wf_ast_expr_t *child = wf_parser_invalid_target(elts->items[i], type);
            if (child) {
                return child;
            }
        }
        return NULL;
    }
    case WF_AST_Starred:
        if (type == DEL_TARGETS) {
            return e;
        }
        return wf_parser_invalid_target(e->v.Starred.value, type);
    case WF_AST_Compare:
        // `for a in b`: the target was parsed as a comparison; look at its left side.
        if (type == FOR_TARGETS) {
            if (e->v.Compare.ops.items[0] == WF_AST_In) {
                return wf_parser_invalid_target(e->v.Compare.left, type);
            }
            return NULL;
        }
        return e;
    case WF_AST_Name:
    case WF_AST_Subscript:
    case WF_AST_Attribute: return NULL;
    default: return e;
    }
}

void *wf_parser_raise_invalid_target(parser_t *p, int type, wf_ast_expr_t *e)
{
    wf_ast_expr_t *bad = wf_parser_invalid_target(e, type);
    if (bad) {
        const char *fmt = type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s";
        return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(bad, fmt, wf_parser_expr_name(bad));
    }
    return NULL;
}

// A copy of `e` with its context (and that of its elements, for tuples, lists and starred
// expressions) set to `ctx`. Copies rather than mutates because memoised nodes may be
// shared between alternatives.
wf_ast_expr_t *wf_parser_set_ctx(parser_t *p, wf_ast_expr_t *e, wf_ast_ctx_t ctx)
{
    wf_ast_expr_t *c = wf_parser_alloc(p, sizeof *c);
    if (!c) {
        return NULL;
    }
    *c = *e;
    switch (e->kind) {
    case WF_AST_Name: c->v.Name.ctx = ctx; break;
    case WF_AST_Attribute: c->v.Attribute.ctx = ctx; break;
    case WF_AST_Subscript: c->v.Subscript.ctx = ctx; break;
    case WF_AST_Starred:
        c->v.Starred.ctx = ctx;
        c->v.Starred.value = wf_parser_set_ctx(p, e->v.Starred.value, ctx);
        if (!c->v.Starred.value) {
            return NULL;
        }
        break;
    case WF_AST_List:
    case WF_AST_Tuple: {
        wf_ast_expr_seq_t *src = e->kind == WF_AST_List ? &e->v.List.elts : &e->v.Tuple.elts;
        wf_ast_expr_seq_t dst = {src->len, NULL};
        if (src->len) {
            dst.items = wf_parser_alloc(p, (size_t)src->len * sizeof *dst.items);
            if (!dst.items) {
                return NULL;
            }
            for (int i = 0; i < src->len; i++) {
                dst.items[i] = wf_parser_set_ctx(p, src->items[i], ctx);
                if (!dst.items[i]) {
                    return NULL;
                }
            }
        }
        if (e->kind == WF_AST_List) {
            c->v.List.elts = dst;
            c->v.List.ctx = ctx;
        } else {
            c->v.Tuple.elts = dst;
            c->v.Tuple.ctx = ctx;
        }
        break;
    }
    default: break;
    }
    return c;
}

wf_ast_arguments_t *wf_parser_empty_arguments(parser_t *p)
{
    wf_ast_arg_seq_t none = {0, NULL};
    wf_ast_expr_seq_t enone = {0, NULL};
    wf_ast_arguments_t *a = wf_ast_arguments(p->arena, none, none, NULL, none, enone, NULL, enone);
    return a ? a : wf_parser_nomem(p);
}

int wf_parser_check_legacy_stmt(parser_t *p, wf_ast_expr_t *name)
{
    (void)p;
    if (name->kind != WF_AST_Name) {
        return 0;
    }
    return strcmp(name->v.Name.id, "print") == 0 || strcmp(name->v.Name.id, "exec") == 0;
}

// ---------------------------------------------------------------------------------------
// Entry point.


// Sets up the token array: pads it with ENDMARKER copies so bounded lookahead past the end
// stays inside the array.
static int prepare_tokens(parser_t *p)
{
    wf_tokenizer_t *t = &p->tz;
    size_t need = t->ntoks + ENDMARKER_PAD;
    if (need > t->cap) {
        wf_token_t *n = realloc(t->toks, need * sizeof *n);
        if (!n) {
            return -1;
        }
        t->toks = n;
        t->cap = need;
    }
    if (!p->tok_failed) {
        wf_token_t end = t->toks[t->ntoks - 1];
        for (int i = 0; i < ENDMARKER_PAD; i++) {
            t->toks[t->ntoks + (size_t)i] = end;
        }
        p->ntoks = (int)t->ntoks + ENDMARKER_PAD;
    } else {
        p->ntoks = (int)t->ntoks;
    }
    p->toks = t->toks;
    return 0;
}

static void report_decode_error(parser_t *p)
{
    wf_tok_error_t *te = &p->tz.error;
    wf_parse_error_t *e = p->err;
    if (te->kind == WF_TOKERR_NOMEM) {
        e->out_of_memory = 1;
        return;
    }
    e->kind = WF_SYNTAX_ERROR;
    snprintf(e->msg, sizeof e->msg, "%s", te->msg);
    e->lineno = te->lineno;
    e->offset = te->offset;
    e->end_lineno = te->end_lineno;
    e->end_offset = te->end_offset;
    e->text = te->text;
    te->text = NULL;
}

// Input ended where more could follow (for codeop / the REPL).
static int at_end_of_source(parser_t *p)
{
    wf_tok_error_t *te = &p->tz.error;
    if (p->tok_failed) {
        if (te->kind == WF_TOKERR_EOF_IN_PAREN || te->kind == WF_TOKERR_EOF) {
            return 1;
        }
        return strstr(te->msg, "unterminated triple-quoted") != NULL;
    }
    // The whole input was read: a token produced at the end of input was fetched.
    wf_token_t *t = last_fetched(p);
    return t && (t->flags & WF_TOKF_AT_EOF);
}

// In 'single' mode a second statement after the first is an error.
static int bad_single_statement(parser_t *p)
{
    const char *s = p->tz.buf;
    size_t n = p->tz.len;
    wf_token_t *t = &p->toks[p->mark > 0 ? p->mark - 1 : 0];
    size_t i = t->start + t->len;
    // Skip to the end of the current statement's line, then look for anything that is not
    // whitespace or a comment.
    for (; i < n; i++) {
        char c = s[i];
        if (c == '#') {
            while (i < n && s[i] != '\n') {
                i++;
            }
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\\') {
            return 1;
        }
    }
    return 0;
}

static wf_ast_mod_t *run_rule(parser_t *p)
{
    switch (p->mode) {
    case WF_PARSE_EVAL: return wf_parser_eval_rule(p);
    case WF_PARSE_SINGLE: return wf_parser_interactive_rule(p);
    default: return wf_parser_file_rule(p);
    }
}

wf_ast_mod_t *wf_parse(wf_arena_t *arena, const char *src, size_t len, const char *filename,
                       int mode, wf_parse_error_t *err)
{
    parser_t ps;
    memset(&ps, 0, sizeof ps);
    parser_t *p = &ps;
    wf_parse_error_clear(err);
    p->arena = arena;
    p->err = err;
    p->mode = mode & WF_PARSE_MODE_MASK;
    p->flags = mode & ~WF_PARSE_MODE_MASK;
    p->filename = filename ? filename : "<string>";
    p->tz.defer_warnings = 1;
    wf_ast_mod_t *res = NULL;
    int tflags = p->flags;
    if (p->mode != WF_PARSE_FILE) {
        tflags |= WF_TOK_NO_FINAL_NEWLINE;
    }
    if (p->mode == WF_PARSE_SINGLE) {
        tflags |= WF_TOK_INTERACTIVE;
    }
    if (wf_tokenizer_init(&p->tz, src, len, tflags, p->filename) < 0) {
        report_decode_error(p);
        goto done;
    }
    p->tok_failed = wf_tokenizer_run(&p->tz) < 0;
    if (p->tok_failed && p->tz.error.kind == WF_TOKERR_NOMEM) {
        err->out_of_memory = 1;
        goto done;
    }
    if (prepare_tokens(p) < 0) {
        err->out_of_memory = 1;
        goto done;
    }
    // CPython's rule chain from the start rule to the first expression is deeper than this
    // parser's; starting the depth count there makes "too complex" trigger where it does.
    p->level = START_LEVEL;
    res = run_rule(p);
    if (!res) {
        if ((p->flags & WF_PARSE_FLAG_INCOMPLETE_INPUT) && at_end_of_source(p) &&
            !err->out_of_memory && !err->too_deep) {
            free(err->text);
            err->text = NULL;
            p->error = 0;
            RAISE_SYNTAX_ERROR("incomplete input");
            err->incomplete = 1;
            goto done;
        }
        if (err->out_of_memory || err->too_deep) {
            goto done;
        }
        // Second pass with the invalid_* rules, unless an error is already set.
        wf_token_t last;
        memset(&last, 0, sizeof last);
        if (p->fill > 0 && p->ntoks > 0) {
            last = p->toks[p->fill - 1 < p->ntoks ? p->fill - 1 : p->ntoks - 1];
        }
        if (!p->error) {
            wf_parser_memo_clear(p);
            p->mark = 0;
            p->level = START_LEVEL;
            p->call_invalid_rules = 1;
            run_rule(p);
        }
        if (err->out_of_memory || err->too_deep) {
            goto done;
        }
        set_syntax_error(p, &last);
        goto done;
    }
    if (p->mode == WF_PARSE_SINGLE && bad_single_statement(p)) {
        res = NULL;
        RAISE_SYNTAX_ERROR("multiple statements found while compiling a single statement");
    }
done:
    if (!res && p->mode == WF_PARSE_SINGLE && err->kind && err->offset == -1) {
        // In 'single' mode the end of input is a NEWLINE token at the last line's line
        // break; errors found there point at it.
        const char *s = p->tz.buf;
        size_t n = p->tz.len;
        if (s != NULL && n > 0 && s[n - 1] == '\n') {
            int line = 1;
            size_t start = 0;
            for (size_t i = 0; i + 1 < n; i++) {
                if (s[i] == '\n') {
                    line++;
                    start = i + 1;
                }
            }
            if (line == err->lineno) {
                err->offset = (int)(n - 1 - start) + 1;
            }
        }
    }
    while (p->memo_blocks) {
        struct memo_block *next = p->memo_blocks->next;
        free(p->memo_blocks);
        p->memo_blocks = next;
    }
    wf_tokenizer_fini(&p->tz);
    if (!res && !err->kind && !err->out_of_memory) {
        err->kind = WF_SYNTAX_ERROR;
        snprintf(err->msg, sizeof err->msg, "invalid syntax");
    }
    if (err->out_of_memory) {
        err->kind = 0;
    }
    return res;
}

void wf_parse_error_clear(wf_parse_error_t *err)
{
    free(err->text);
    wf_parse_warn_fn warn = err->warn;
    void *ctx = err->warn_ctx;
    memset(err, 0, sizeof *err);
    err->warn = warn;
    err->warn_ctx = ctx;
}

int wf_parse_error_at(wf_parse_error_t *err, const char *src, size_t len, int kind, int lineno,
                      int col_offset, int end_lineno, int end_col_offset, const char *msg)
{
    wf_parse_error_clear(err);
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->end_lineno = end_lineno < 0 ? lineno : end_lineno;
    // Find the line.
    const char *s = src, *end = src + len;
    for (int l = 1; l < lineno && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    const char *e = memchr(s, '\n', (size_t)(end - s));
    size_t n = e ? (size_t)(e - s) + 1 : (size_t)(end - s);
    err->text = malloc(n + 1);
    if (!err->text) {
        err->out_of_memory = 1;
        return -1;
    }
    memcpy(err->text, s, n);
    err->text[n] = 0;
    err->offset = col_offset + 1;
    err->end_offset = end_col_offset < 0 ? 0 : end_col_offset + 1;
    return 0;
}
