// Literals: numbers, identifiers, string and bytes literals with their escapes, f-strings
// (PEP 701 grammar) and implicit concatenation.
//
// Strings are decoded here into UTF-8 (lone surrogates from escapes are encoded as 3-byte
// sequences, like "surrogatepass"). Escape errors and warnings reproduce CPython's texts,
// including the positions it reports inside the literal; those positions count a non-ASCII
// character as the ten characters of the "\UXXXXXXXX" escape CPython rewrites it to before
// decoding.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/parser_impl.h"

#define MARK() int mark_ = p->mark
#define RESET() (p->mark = mark_)
#define INV (p->call_invalid_rules)

static void *nomem_check(parser_t *p, void *x)
{
    return x ? x : wf_parser_nomem(p);
}
#define NODE(e) nomem_check(p, (e))

// ---------------------------------------------------------------------------------------
// Identifiers and numbers.

int wf_parser_identifier(parser_t *p, const char *s, size_t n, const char **out)
{
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++) {
        ascii = (unsigned char)s[i] < 0x80;
    }
    if (ascii) {
        char *r = wf_arena_strndup(p->arena, s, n);
        if (!r) {
            wf_parser_nomem(p);
            return -1;
        }
        *out = r;
        return 0;
    }
    // Non-ASCII identifiers are NFKC-normalised (character by character: the composition
    // step of NFKC is not applied).
    char *r = wf_arena_alloc(p->arena, n * 18 + 1);
    if (!r) {
        wf_parser_nomem(p);
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = wf_tokenizer_utf8_decode(s + i, n - i, &cp);
        if (len <= 0) {
            len = 1;
        }
        size_t m = len > 1 ? wf_tokenizer_nfkc(cp, r + k) : 0;
        if (m == 0) {
            memcpy(r + k, s + i, (size_t)len);
            m = (size_t)len;
        }
        k += m;
        i += (size_t)len;
    }
    r[k] = 0;
    *out = r;
    return 0;
}

wf_ast_expr_t *wf_parser_number_constant(parser_t *p, wf_token_t *t)
{
    const char *s = p->tz.buf + t->start;
    size_t n = t->len;
    char *text = wf_parser_alloc(p, n + 1);
    if (!text) {
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '_') {
            text[k++] = s[i];
        }
    }
    text[k] = 0;
    wf_ast_constant_t c;
    c.kind = WF_AST_CONST_INT;
    int radix = k > 1 && text[0] == '0' && strchr("xXoObB", text[1]) != NULL;
    if (!radix) {
        if (text[k - 1] == 'j' || text[k - 1] == 'J') {
            c.kind = WF_AST_CONST_IMAG;
            text[--k] = 0;
        } else if (strpbrk(text, ".eE")) {
            c.kind = WF_AST_CONST_FLOAT;
        }
    }
    c.data = text;
    c.len = k;
    return NODE(wf_ast_Constant(p->arena, c, NULL, t->lineno, t->col_offset, t->end_lineno,
                                t->end_col_offset));
}

// ---------------------------------------------------------------------------------------
// Escape decoding.

static char *put_cp(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

static int hexval(int c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

// Position of s[i] as CPython's unicode-escape decoder sees it (non-ASCII characters
// rewritten to 10-character escapes, a backslash before one to 6).
static int escaped_pos(const char *s, size_t i)
{
    int pos = 0;
    for (size_t k = 0; k < i;) {
        unsigned c = (unsigned char)s[k];
        if (c == '\\' && (unsigned char)s[k + 1] >= 0x80) {
            pos += 6;
            k++;
        } else if (c >= 0x80) {
            size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            pos += 10;
            k += len;
        } else {
            pos++;
            k++;
        }
    }
    return pos;
}

static int warn_escape(parser_t *p, wf_token_t *t, const char *esc, int octal)
{
    if (p->call_invalid_rules) {
        return 0; // already reported by the first pass
    }
    if ((t->type == WF_TOK_FSTRING_MIDDLE || t->type == WF_TOK_FSTRING_END) &&
        (esc[0] == '{' || esc[0] == '}')) {
        return 0; // the tokenizer reported it
    }
    char msg[64];
    if (octal) {
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'", esc);
    } else {
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", esc[0]);
    }
    if (!p->err->warn) {
        return 0;
    }
    if (p->err->warn(p->err->warn_ctx, "SyntaxWarning", msg, t->lineno, t->col_offset,
                     t->end_lineno, t->end_col_offset) < 0) {
        // The warning became an error: report it as a SyntaxError at the token.
        p->known_err_token = t;
        RAISE_SYNTAX_ERROR("%s", msg);
        p->known_err_token = NULL;
        return -1;
    }
    return 0;
}

// State of one literal being decoded.
typedef struct {
    parser_t *p;
    const char *s, *end; // the literal body
    const char *q;       // next input byte
    char *o;             // next output byte
    int bytes;
    const char *first_invalid; // first invalid escape (for the warning), after the '\'
    int first_octal;           // ... which is an octal escape above 0o377
} decoder_t;

// Checks that a str literal body is valid UTF-8 (compile(bytes) leaves it to here).
static int check_utf8(parser_t *p, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = (unsigned char)s[i] < 0x80 ? 1 : wf_tokenizer_utf8_decode(s + i, len - i, &cp);
        if (k == 0) {
            unsigned c = (unsigned char)s[i];
            const char *why = "invalid start byte";
            if (c >= 0xC2 && c <= 0xF4) {
                size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                why = i + need > len ? "unexpected end of data" : "invalid continuation byte";
            }
            RAISE_SYNTAX_ERROR("(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                               "position %d: %s",
                               c, (int)i, why);
            return -1;
        }
        i += (size_t)k;
    }
    return 0;
}

// The unicode-escape codec's error for the escape starting at `bs`.
static int escape_error(decoder_t *d, const char *bs, const char *why)
{
    parser_t *p = d->p;
    int a = escaped_pos(d->s, (size_t)(bs - d->s)), b = escaped_pos(d->s, (size_t)(d->q - d->s));
    if (b - a > 1) {
        RAISE_SYNTAX_ERROR("(unicode error) 'unicodeescape' codec can't decode bytes in "
                           "position %d-%d: %s",
                           a, b - 1, why);
    } else {
        RAISE_SYNTAX_ERROR("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                           "position %d: %s",
                           a, why);
    }
    return -1;
}

// \ooo (c is the first digit, already read).
static void octal_escape(decoder_t *d, char c)
{
    uint32_t v = (uint32_t)(c - '0');
    for (int i = 0; i < 2 && d->q < d->end && *d->q >= '0' && *d->q <= '7'; i++) {
        v = v * 8 + (uint32_t)(*d->q++ - '0');
    }
    if (v > 0377 && !d->first_invalid) {
        d->first_invalid = d->q - 3;
        d->first_octal = 1;
    }
    if (d->bytes) {
        *d->o++ = (char)(v & 0xFF);
    } else {
        d->o = put_cp(d->o, v);
    }
}

// \xXX, \uXXXX, \UXXXXXXXX (c is the letter, already read; bs the backslash).
static int hex_escape(decoder_t *d, const char *bs, char c)
{
    parser_t *p = d->p;
    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
    uint32_t v = 0;
    int got = 0;
    while (got < count && d->q < d->end && hexval((unsigned char)*d->q) >= 0) {
        v = v * 16 + (uint32_t)hexval((unsigned char)*d->q++);
        got++;
    }
    if (got < count) {
        if (d->bytes) {
            RAISE_SYNTAX_ERROR("(value error) invalid \\x escape at position %d",
                               (int)(bs - d->s));
            return -1;
        }
        return escape_error(d, bs, c == 'x'   ? "truncated \\xXX escape"
                                   : c == 'u' ? "truncated \\uXXXX escape"
                                              : "truncated \\UXXXXXXXX escape");
    }
    if (d->bytes) {
        *d->o++ = (char)v;
    } else if (v > 0x10FFFF) {
        return escape_error(d, bs, "illegal Unicode character");
    } else {
        d->o = put_cp(d->o, v);
    }
    return 0;
}

// \N{name}
static int named_escape(decoder_t *d, const char *bs)
{
    const char *why = "malformed \\N character escape";
    if (d->q < d->end && *d->q == '{') {
        const char *name = ++d->q;
        while (d->q < d->end && *d->q != '}') {
            d->q++;
        }
        if (d->q < d->end && d->q > name) {
            uint32_t cp;
            size_t nlen = (size_t)(d->q - name);
            d->q++;
            if (wf_tokenizer_lookup_name(name, nlen, &cp)) {
                d->o = put_cp(d->o, cp);
                return 0;
            }
            why = "unknown Unicode character name";
        }
    }
    return escape_error(d, bs, why);
}

// One backslash sequence; d->q is just past the backslash. Returns 0, or -1 after raising.
static int decode_escape(decoder_t *d)
{
    const char *bs = d->q - 1;
    if (d->q >= d->end) {
        *d->o++ = '\\';
        return 0;
    }
    if (!d->bytes && (unsigned char)*d->q >= 0x80) {
        // CPython rewrites "\" + non-ASCII to an escaped backslash first: no warning.
        *d->o++ = '\\';
        return 0;
    }
    char c = *d->q++;
    static const char simple_in[] = "\n\\'\"bftnrva", simple_out[] = "\0\\'\"\b\f\t\n\r\v\a";
    const char *k = memchr(simple_in, c, sizeof simple_in - 1);
    if (k) {
        if (c != '\n') { // a backslash-newline continues the literal
            *d->o++ = simple_out[k - simple_in];
        }
        return 0;
    }
    if (c >= '0' && c <= '7') {
        octal_escape(d, c);
        return 0;
    }
    if (c == 'x' || (!d->bytes && (c == 'u' || c == 'U'))) {
        return hex_escape(d, bs, c);
    }
    if (c == 'N' && !d->bytes) {
        return named_escape(d, bs);
    }
    // Not an escape: keep the backslash and the whole (possibly multi-byte) character.
    if (!d->first_invalid) {
        d->first_invalid = d->q - 1;
        d->first_octal = 0;
    }
    *d->o++ = '\\';
    *d->o++ = c;
    while (d->q < d->end && ((unsigned char)*d->q & 0xC0) == 0x80) {
        *d->o++ = *d->q++;
    }
    return 0;
}

// Decodes the body [s, s+len) of a string or bytes literal. Returns the decoded bytes in
// the arena (NUL-terminated) or NULL after raising. `t` locates warnings.
static char *decode_literal(parser_t *p, const char *s, size_t len, int raw, int bytes,
                            wf_token_t *t, size_t *outlen)
{
    if (!bytes && check_utf8(p, s, len) < 0) {
        return NULL;
    }
    // Escapes never produce more bytes than they take.
    char *out = wf_parser_alloc(p, len + 1);
    if (!out) {
        return NULL;
    }
    if (raw) {
        memcpy(out, s, len);
        out[len] = 0;
        *outlen = len;
        return out;
    }
    decoder_t d = {p, s, s + len, s, out, bytes, NULL, 0};
    while (d.q < d.end) {
        if (*d.q != '\\') {
            *d.o++ = *d.q++;
        } else {
            d.q++;
            if (decode_escape(&d) < 0) {
                return NULL;
            }
        }
    }
    *d.o = 0;
    *outlen = (size_t)(d.o - out);
    if (d.first_invalid && warn_escape(p, t, d.first_invalid, d.first_octal) < 0) {
        return NULL;
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Plain string and bytes literals.

// Constant for one STRING token.
wf_ast_expr_t *wf_parser_string_constant(parser_t *p, wf_token_t *t)
{
    const char *s = p->tz.buf + t->start;
    size_t n = t->len;
    int bytes = 0, raw = 0, u = s[0] == 'u';
    size_t i = 0;
    while (i < n && s[i] != '\'' && s[i] != '"') {
        char c = s[i++];
        bytes |= c == 'b' || c == 'B';
        raw |= c == 'r' || c == 'R';
    }
    char q = s[i];
    size_t qs = (n - i >= 6 && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
    const char *body = s + i + qs;
    size_t blen = n - i - 2 * qs;
    raw = raw || memchr(body, '\\', blen) == NULL;
    wf_ast_constant_t c;
    if (bytes) {
        for (size_t k = 0; k < blen; k++) {
            if ((unsigned char)body[k] >= 0x80) {
                return RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, "bytes can only contain ASCII "
                                                            "literal characters");
            }
        }
    }
    c.kind = bytes ? WF_AST_CONST_BYTES : WF_AST_CONST_STR;
    c.data = decode_literal(p, body, blen, raw, bytes, t, &c.len);
    if (!c.data) {
        return NULL;
    }
    return NODE(wf_ast_Constant(p->arena, c, u ? "u" : NULL, t->lineno, t->col_offset,
                                t->end_lineno, t->end_col_offset));
}

static int is_str_constant(wf_ast_expr_t *e)
{
    return e->kind == WF_AST_Constant && e->v.Constant.value.kind == WF_AST_CONST_STR;
}

static int is_empty_str(wf_ast_expr_t *e)
{
    return is_str_constant(e) && e->v.Constant.value.len == 0;
}

// Implicit concatenation of string, bytes and f-string parts (each a Constant or a
// JoinedStr of Constants and FormattedValues), as CPython folds them: bytes join into one
// Constant; otherwise parts are flattened, adjacent Constants merged (positions from the
// first to the last merged part, kind from the first) and empty ones dropped.
wf_ast_expr_t *wf_parser_concatenate_strings(parser_t *p, vec_t *parts, int lineno, int col,
                                             int end_lineno, int end_col)
{
    int fstring = 0, unicode = 0, bytes = 0;
    for (int i = 0; i < parts->len; i++) {
        wf_ast_expr_t *e = parts->items[i];
        if (e->kind == WF_AST_Constant) {
            if (e->v.Constant.value.kind == WF_AST_CONST_BYTES) {
                bytes = 1;
            } else {
                unicode = 1;
            }
        } else {
            fstring = 1;
        }
    }
    if ((unicode || fstring) && bytes) {
        return RAISE_SYNTAX_ERROR("cannot mix bytes and nonbytes literals");
    }
    if (bytes || (!fstring && parts->len == 1)) {
        if (parts->len == 1) {
            return parts->items[0];
        }
        // Join all Constants (bytes, or str without f-strings).
        size_t total = 0;
        for (int i = 0; i < parts->len; i++) {
            total += ((wf_ast_expr_t *)parts->items[i])->v.Constant.value.len;
        }
        char *buf = wf_parser_alloc(p, total + 1);
        if (!buf) {
            return NULL;
        }
        size_t k = 0;
        for (int i = 0; i < parts->len; i++) {
            wf_ast_constant_t *c = &((wf_ast_expr_t *)parts->items[i])->v.Constant.value;
            memcpy(buf + k, c->data, c->len);
            k += c->len;
        }
        buf[k] = 0;
        wf_ast_expr_t *first = parts->items[0];
        wf_ast_constant_t c = {first->v.Constant.value.kind, k, buf};
        return NODE(wf_ast_Constant(p->arena, c, first->v.Constant.kind, lineno, col,
                                    end_lineno, end_col));
    }
    // Flatten.
    vec_t flat = {0};
    for (int i = 0; i < parts->len; i++) {
        wf_ast_expr_t *e = parts->items[i];
        if (e->kind == WF_AST_JoinedStr) {
            for (int j = 0; j < e->v.JoinedStr.values.len; j++) {
                if (VEC_PUSH(flat, e->v.JoinedStr.values.items[j]) < 0) {
                    return NULL;
                }
            }
        } else if (VEC_PUSH(flat, e) < 0) {
            return NULL;
        }
    }
    // Fold runs of Constants.
    vec_t values = {0};
    for (int i = 0; i < flat.len; i++) {
        wf_ast_expr_t *e = flat.items[i];
        if (e->kind == WF_AST_Constant && i + 1 < flat.len &&
            ((wf_ast_expr_t *)flat.items[i + 1])->kind == WF_AST_Constant) {
            int j = i;
            size_t total = 0;
            while (j < flat.len && ((wf_ast_expr_t *)flat.items[j])->kind == WF_AST_Constant) {
                total += ((wf_ast_expr_t *)flat.items[j])->v.Constant.value.len;
                j++;
            }
            char *buf = wf_parser_alloc(p, total + 1);
            if (!buf) {
                return NULL;
            }
            size_t k = 0;
            for (int m = i; m < j; m++) {
                wf_ast_constant_t *c = &((wf_ast_expr_t *)flat.items[m])->v.Constant.value;
                memcpy(buf + k, c->data, c->len);
                k += c->len;
            }
            buf[k] = 0;
            wf_ast_expr_t *first = flat.items[i], *last = flat.items[j - 1];
            wf_ast_constant_t c = {WF_AST_CONST_STR, k, buf};
            e = NODE(wf_ast_Constant(p->arena, c, first->v.Constant.kind, first->lineno,
                                     first->col_offset, last->end_lineno, last->end_col_offset));
            if (!e) {
                return NULL;
            }
            i = j - 1;
        }
        if (fstring && is_empty_str(e)) {
            continue;
        }
        if (VEC_PUSH(values, e) < 0) {
            return NULL;
        }
    }
    if (!fstring) {
        return values.items[0];
    }
    return NODE(wf_ast_JoinedStr(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, values), lineno,
                                 col, end_lineno, end_col));
}

// ---------------------------------------------------------------------------------------
// f-strings.

static wf_ast_expr_t *replacement_field(parser_t *p);

// A Constant holding the raw text of an f-string part (decoded later, as CPython does).
static wf_ast_expr_t *raw_part(parser_t *p, const char *s, size_t n, int lineno, int col,
                               int end_lineno, int end_col)
{
    char *text = wf_arena_strndup(p->arena, s, n);
    if (!text) {
        return wf_parser_nomem(p);
    }
    wf_ast_constant_t c = {WF_AST_CONST_STR, n, text};
    return NODE(wf_ast_Constant(p->arena, c, NULL, lineno, col, end_lineno, end_col));
}

// Decodes a literal part of an f-string in place (escapes unless raw).
static wf_ast_expr_t *decode_part(parser_t *p, int raw, wf_ast_expr_t *e, wf_token_t *t)
{
    wf_ast_constant_t *c = &e->v.Constant.value;
    size_t len = c->len;
    if ((len == 2 && memcmp(c->data, "{{", 2) == 0) ||
        (len == 2 && memcmp(c->data, "}}", 2) == 0)) {
        len = 1;
    }
    raw = raw || memchr(c->data, '\\', len) == NULL;
    size_t outlen;
    char *d = decode_literal(p, c->data, len, raw, 0, t, &outlen);
    if (!d) {
        return NULL;
    }
    wf_ast_constant_t nc = {WF_AST_CONST_STR, outlen, d};
    return NODE(wf_ast_Constant(p->arena, nc, NULL, e->lineno, e->col_offset, e->end_lineno,
                                e->end_col_offset));
}

// fstring_conversion: "!" NAME
static wf_ast_expr_t *fstring_conversion(parser_t *p, wf_token_t **bang)
{
    MARK();
    wf_token_t *b = EXPECT(EXCLAMATION);
    if (!b) {
        return NULL;
    }
    wf_ast_expr_t *conv = wf_parser_name(p);
    if (!conv) {
        RESET();
        return NULL;
    }
    if (b->lineno != conv->lineno || b->end_col_offset != conv->col_offset) {
        return RAISE_SYNTAX_ERROR_KNOWN_RANGE(
            b, conv, "f-string: conversion type must come right after the exclamanation mark");
    }
    *bang = b;
    return conv;
}

// fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
static wf_ast_expr_t *format_spec_item(parser_t *p)
{
    wf_token_t *t = EXPECT(FSTRING_MIDDLE);
    if (t) {
        // Format spec text is decoded immediately (never raw, as in CPython).
        const char *s = p->tz.buf + t->start;
        size_t outlen;
        char *d = decode_literal(p, s, t->len, 0, 0, t, &outlen);
        if (!d) {
            return NULL;
        }
        wf_ast_constant_t c = {WF_AST_CONST_STR, outlen, d};
        return NODE(wf_ast_Constant(p->arena, c, NULL, t->lineno, t->col_offset, t->end_lineno,
                                    t->end_col_offset));
    }
    return replacement_field(p);
}

// fstring_full_format_spec: ':' fstring_format_spec*
static wf_ast_expr_t *full_format_spec(parser_t *p, wf_token_t **colon)
{
    ENTER();
    START_POS();
    wf_token_t *c = EXPECT(COLON);
    if (!c) {
        RETURN(NULL);
    }
    vec_t spec = {0};
    wf_ast_expr_t *e;
    while ((e = format_spec_item(p)) != NULL) {
        if (!is_empty_str(e) && VEC_PUSH(spec, e) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    *colon = c;
    if (spec.len == 0 ||
        (spec.len == 1 && ((wf_ast_expr_t *)spec.items[0])->kind == WF_AST_Constant)) {
        RETURN(NODE(wf_ast_JoinedStr(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, spec),
                                     EXTRA)));
    }
    RETURN(wf_parser_concatenate_strings(p, &spec, EXTRA));
}

// invalid_replacement_field (see the messages below); called after '{' failed to parse a
// full replacement field. Returns 1 when it raised.
static int invalid_replacement_field(parser_t *p)
{
    MARK();
    if (!EXPECT(LBRACE)) {
        return FAILED();
    }
    wf_token_t *t = wf_parser_peek(p);
    if (!t) {
        return 1;
    }
    static const struct {
        int tok;
        const char *msg;
    } early[] = {{WF_TOK_EQUAL, "f-string: valid expression required before '='"},
                 {WF_TOK_EXCLAMATION, "f-string: valid expression required before '!'"},
                 {WF_TOK_COLON, "f-string: valid expression required before ':'"},
                 {WF_TOK_RBRACE, "f-string: valid expression required before '}'"}};
    for (size_t i = 0; i < sizeof early / sizeof *early; i++) {
        if (t->type == early[i].tok) {
            RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, "%s", early[i].msg);
            return 1;
        }
    }
    int after_brace = p->mark;
    if (!wf_parser_annotated_rhs(p)) {
        if (FAILED()) {
            return 1;
        }
        p->mark = after_brace;
        RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting a valid expression after '{'");
        return 1;
    }
    int after_expr = p->mark;
    if (!CHECK(EQUAL) && !CHECK(EXCLAMATION) && !CHECK(COLON) && !CHECK(RBRACE)) {
        if (!FAILED()) {
            RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting '=', or '!', or ':', or '}'");
        }
        return 1;
    }
    if (EXPECT(EQUAL) && !CHECK(EXCLAMATION) && !CHECK(COLON) && !CHECK(RBRACE)) {
        if (!FAILED()) {
            RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting '!', or ':', or '}'");
        }
        return 1;
    }
    // '='? invalid_conversion_character
    p->mark = after_expr;
    EXPECT(EQUAL);
    int after_eq = p->mark;
    if (EXPECT(EXCLAMATION)) {
        if (CHECK(COLON) || CHECK(RBRACE)) {
            RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: missing conversion character");
            return 1;
        }
        if (!CHECK(NAME)) {
            RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: invalid conversion character");
            return 1;
        }
    }
    if (FAILED()) {
        return 1;
    }
    // '='? ['!' NAME] followed by something other than ':' or '}'
    p->mark = after_eq;
    int m = p->mark;
    if (!(EXPECT(EXCLAMATION) && EXPECT(NAME))) {
        p->mark = m;
    }
    if (!CHECK(COLON) && !CHECK(RBRACE)) {
        if (!FAILED()) {
            RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting ':' or '}'");
        }
        return 1;
    }
    int before_colon = p->mark;
    if (EXPECT(COLON)) {
        while (format_spec_item(p)) {
        }
        if (!CHECK(RBRACE)) {
            if (!FAILED()) {
                RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting '}', or format specs");
            }
            return 1;
        }
    }
    p->mark = before_colon;
    if (!CHECK(RBRACE)) {
        if (!FAILED()) {
            RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN("f-string: expecting '}'");
        }
        return 1;
    }
    RESET();
    return FAILED();
}

// fstring_replacement_field:
//     | '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
//     | invalid_replacement_field
static wf_ast_expr_t *replacement_field(parser_t *p)
{
    ENTER();
    START_POS();
    MARK();
    wf_token_t *lbrace = EXPECT(LBRACE);
    if (!lbrace) {
        RETURN(NULL);
    }
    wf_ast_expr_t *value = wf_parser_annotated_rhs(p);
    if (value) {
        wf_token_t *debug = EXPECT(EQUAL);
        int m = p->mark;
        wf_token_t *bang = NULL, *colon = NULL;
        wf_ast_expr_t *conv = fstring_conversion(p, &bang);
        if (!conv) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
        }
        m = p->mark;
        wf_ast_expr_t *spec = full_format_spec(p, &colon);
        if (!spec) {
            if (FAILED()) {
                RETURN(NULL);
            }
            p->mark = m;
        }
        wf_token_t *rbrace = EXPECT(RBRACE);
        if (rbrace) {
            int conversion = -1;
            if (conv) {
                const char *id = conv->v.Name.id;
                if (strlen(id) != 1 || (id[0] != 's' && id[0] != 'r' && id[0] != 'a')) {
                    RETURN(RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
                        conv, "f-string: invalid conversion character '%s': expected 's', 'r', "
                              "or 'a'",
                        id));
                }
                conversion = id[0];
            } else if (debug && !spec) {
                conversion = 'r';
            }
            wf_ast_expr_t *fv = NODE(wf_ast_FormattedValue(p->arena, value, conversion, spec,
                                                            EXTRA));
            if (!fv || !debug) {
                RETURN(fv);
            }
            // `f"{expr=}"`: the expression's text (up to the next '!', ':' or '}') followed
            // by the value.
            wf_token_t *term = bang ? bang : colon ? colon : rbrace;
            size_t a = lbrace->start + lbrace->len, b = term->start;
            int end_line, end_col;
            if (conv) {
                end_line = conv->lineno, end_col = conv->col_offset;
            } else if (spec) {
                end_line = spec->lineno, end_col = spec->col_offset + 1;
            } else {
                end_line = fv->end_lineno, end_col = fv->end_col_offset;
            }
            // Comments are dropped from the text (a '#' up to the end of its line).
            const char *src = p->tz.buf + a;
            size_t n = b - a, k = 0;
            char *dbg = wf_parser_alloc(p, n + 1);
            if (!dbg) {
                RETURN(NULL);
            }
            for (size_t i = 0; i < n; i++) {
                if (src[i] == '#') {
                    while (i < n && src[i] != '\n') {
                        i++;
                    }
                    if (i < n) {
                        dbg[k++] = '\n';
                    }
                } else {
                    dbg[k++] = src[i];
                }
            }
            wf_ast_expr_t *text = raw_part(p, dbg, k, fv->lineno, fv->col_offset + 1, end_line,
                                           end_col - 1);
            vec_t v = {0};
            if (!text || VEC_PUSH(v, text) < 0 || VEC_PUSH(v, fv) < 0) {
                RETURN(NULL);
            }
            RETURN(NODE(wf_ast_JoinedStr(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, v),
                                         fv->lineno, fv->col_offset, end_line, end_col)));
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    RESET();
    if (INV) {
        invalid_replacement_field(p);
    }
    RETURN(NULL);
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
wf_ast_expr_t *wf_parser_fstring(parser_t *p)
{
    ENTER();
    MARK();
    wf_token_t *a = EXPECT(FSTRING_START);
    if (!a) {
        RETURN(NULL);
    }
    vec_t raw = {0};
    for (;;) {
        wf_token_t *m = EXPECT(FSTRING_MIDDLE);
        wf_ast_expr_t *e;
        if (m) {
            e = raw_part(p, p->tz.buf + m->start, m->len, m->lineno, m->col_offset,
                         m->end_lineno, m->end_col_offset);
        } else {
            e = replacement_field(p);
        }
        if (!e) {
            break;
        }
        if (VEC_PUSH(raw, e) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_token_t *b = EXPECT(FSTRING_END);
    if (!b) {
        RESET();
        RETURN(NULL);
    }
    // Flatten debug-expression pairs, decode the literal parts, drop empty ones.
    const char *prefix = p->tz.buf + a->start;
    int is_raw = memchr(prefix, 'r', a->len) != NULL || memchr(prefix, 'R', a->len) != NULL;
    vec_t values = {0};
    for (int i = 0; i < raw.len; i++) {
        wf_ast_expr_t *e = raw.items[i];
        int n = e->kind == WF_AST_JoinedStr ? e->v.JoinedStr.values.len : 1;
        for (int j = 0; j < n; j++) {
            wf_ast_expr_t *item = e->kind == WF_AST_JoinedStr ? e->v.JoinedStr.values.items[j] : e;
            if (item->kind == WF_AST_Constant) {
                item = decode_part(p, is_raw, item, b);
                if (!item) {
                    RETURN(NULL);
                }
                if (is_empty_str(item)) {
                    continue;
                }
            }
            if (VEC_PUSH(values, item) < 0) {
                RETURN(NULL);
            }
        }
    }
    RETURN(NODE(wf_ast_JoinedStr(p->arena, SEQ(wf_ast_expr_seq_t, wf_ast_expr_t, values),
                                 a->lineno, a->col_offset, b->end_lineno, b->end_col_offset)));
}

// strings (memo): (fstring | string)+
wf_ast_expr_t *wf_parser_strings(parser_t *p)
{
    ENTER();
    void *memo;
    int r = wf_parser_memo_get(p, MEMO_strings, &memo);
    if (r) {
        RETURN(r < 0 ? NULL : memo);
    }
    START_POS();
    MARK();
    vec_t parts = {0};
    for (;;) {
        wf_token_t *t = wf_parser_peek(p);
        if (!t) {
            RETURN(NULL);
        }
        wf_ast_expr_t *e = NULL;
        if (t->type == WF_TOK_STRING) {
            p->mark++;
            e = wf_parser_string_constant(p, t);
        } else if (t->type == WF_TOK_FSTRING_START) {
            e = wf_parser_fstring(p);
        }
        if (!e) {
            break;
        }
        if (VEC_PUSH(parts, e) < 0) {
            RETURN(NULL);
        }
    }
    if (FAILED()) {
        RETURN(NULL);
    }
    wf_ast_expr_t *res = NULL;
    if (parts.len) {
        res = wf_parser_concatenate_strings(p, &parts, EXTRA);
        if (FAILED()) {
            RETURN(NULL);
        }
    } else {
        RESET();
    }
    wf_parser_memo_put(p, mark_, MEMO_strings, res);
    RETURN(res);
}
