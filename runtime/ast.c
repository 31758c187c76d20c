// AST support: the arena that owns a tree, the typed node constructors and reflection tables
// generated from runtime/ast.def, and a dumper that prints a tree exactly as Python 3.13's
// ast.dump() does (used by tests/tools/astdump and for debugging).
//
// Arena invariant: memory is handed out zeroed from large chunks and never freed one piece
// at a time; wf_arena_free releases everything. Allocation is a pointer bump.
#include "runtime/ast.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/tokenizer.h"

// ---------------------------------------------------------------------------------------
// Arena.

#define ARENA_CHUNK (64 * 1024)
#define ARENA_ALIGN 16

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    // data follows, aligned
} chunk_t;

struct wf_arena {
    chunk_t *head;
    size_t total; // bytes handed out
    size_t limit; // 0 = none
};

#define CHUNK_HDR ((sizeof(chunk_t) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))
#define CHUNK_DATA(c) ((char *)(c) + CHUNK_HDR)

static chunk_t *chunk_new(size_t size)
{
    size_t hdr = CHUNK_HDR;
    if (size > SIZE_MAX - hdr) {
        return NULL;
    }
    chunk_t *c = calloc(1, hdr + size);
    if (!c) {
        return NULL;
    }
    c->size = size;
    return c;
}

wf_arena_t *wf_arena_new(void)
{
    wf_arena_t *a = calloc(1, sizeof *a);
    if (!a) {
        return NULL;
    }
    a->head = chunk_new(ARENA_CHUNK);
    if (!a->head) {
        free(a);
        return NULL;
    }
    return a;
}

void wf_arena_free(wf_arena_t *arena)
{
    if (!arena) {
        return;
    }
    chunk_t *c = arena->head;
    while (c) {
        chunk_t *next = c->next;
        free(c);
        c = next;
    }
    free(arena);
}

void *wf_arena_alloc(wf_arena_t *arena, size_t size)
{
    if (size == 0) {
        size = 1;
    }
    if (size > SIZE_MAX / 2) {
        return NULL;
    }
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (arena->limit && arena->total + size > arena->limit) {
        return NULL;
    }
    chunk_t *c = arena->head;
    if (c->size - c->used < size) {
        if (size > ARENA_CHUNK / 4) {
            // A big block gets a chunk of its own behind the current one, so the current
            // chunk keeps serving small requests.
            chunk_t *big = chunk_new(size);
            if (!big) {
                return NULL;
            }
            big->used = size;
            big->next = c->next;
            c->next = big;
            arena->total += size;
            return CHUNK_DATA(big);
        }
        chunk_t *n = chunk_new(ARENA_CHUNK);
        if (!n) {
            return NULL;
        }
        n->next = c;
        arena->head = n;
        c = n;
    }
    void *r = CHUNK_DATA(c) + c->used;
    c->used += size;
    arena->total += size;
    return r;
}

char *wf_arena_strndup(wf_arena_t *arena, const char *s, size_t len)
{
    char *r = wf_arena_alloc(arena, len + 1);
    if (!r) {
        return NULL;
    }
    memcpy(r, s, len);
    r[len] = 0;
    return r;
}

void wf_arena_set_limit(wf_arena_t *arena, size_t limit)
{
    arena->limit = limit;
}

size_t wf_arena_used(const wf_arena_t *arena)
{
    return arena->total;
}

int wf_ast_seq_init(wf_arena_t *arena, wf_ast_seq_t *seq, int len, size_t item_size)
{
    seq->len = len;
    seq->items = NULL;
    if (len <= 0) {
        seq->len = 0;
        return 0;
    }
    seq->items = wf_arena_alloc(arena, (size_t)len * item_size);
    return seq->items ? 0 : -1;
}

// ---------------------------------------------------------------------------------------
// Constructors, generated from ast.def.
//
// Here WF_AST_F(T, n) expands to the pair "(T, n)", so a field list becomes a sequence
// "(EXPR, left) (OPERATOR, op) (EXPR, right)" that the walkers below turn into a parameter
// list, assignments or field descriptors.

#define CAT(a, b) CAT_I(a, b)
#define CAT_I(a, b) a##b

// Number of fields in a field sequence (at most 8).
#define NFIELDS(f) CAT(NF0 f, _END)
#define NF0(T, n) NF1
#define NF1(T, n) NF2
#define NF2(T, n) NF3
#define NF3(T, n) NF4
#define NF4(T, n) NF5
#define NF5(T, n) NF6
#define NF6(T, n) NF7
#define NF7(T, n) NF8
#define NF0_END 0
#define NF1_END 1
#define NF2_END 2
#define NF3_END 3
#define NF4_END 4
#define NF5_END 5
#define NF6_END 6
#define NF7_END 7
#define NF8_END 8

// Walk a field sequence with a fixed-arity chain selected by its length, so the walker's
// output may contain commas.
#define WALK(prefix, f) CAT(prefix, NFIELDS(f)) f

#define PARAMS_0
#define PARAMS_1(T, n) , WF_AST_CT_##T n
#define PARAMS_2(T, n) , WF_AST_CT_##T n PARAMS_1
#define PARAMS_3(T, n) , WF_AST_CT_##T n PARAMS_2
#define PARAMS_4(T, n) , WF_AST_CT_##T n PARAMS_3
#define PARAMS_5(T, n) , WF_AST_CT_##T n PARAMS_4
#define PARAMS_6(T, n) , WF_AST_CT_##T n PARAMS_5
#define PARAMS_7(T, n) , WF_AST_CT_##T n PARAMS_6
#define PARAMS_8(T, n) , WF_AST_CT_##T n PARAMS_7

#define ASSIGN_0
#define ASSIGN_1(T, n) dst_->n = n;
#define ASSIGN_2(T, n) dst_->n = n; ASSIGN_1
#define ASSIGN_3(T, n) dst_->n = n; ASSIGN_2
#define ASSIGN_4(T, n) dst_->n = n; ASSIGN_3
#define ASSIGN_5(T, n) dst_->n = n; ASSIGN_4
#define ASSIGN_6(T, n) dst_->n = n; ASSIGN_5
#define ASSIGN_7(T, n) dst_->n = n; ASSIGN_6
#define ASSIGN_8(T, n) dst_->n = n; ASSIGN_7

#define FIELDS_0
#define FIELDS_1(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)},
#define FIELDS_2(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_1
#define FIELDS_3(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_2
#define FIELDS_4(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_3
#define FIELDS_5(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_4
#define FIELDS_6(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_5
#define FIELDS_7(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_6
#define FIELDS_8(T, n) {#n, WF_AST_FT_##T, BASE + offsetof(CURT, n)}, FIELDS_7

#define PARAMS(f) WALK(PARAMS_, f)
#define ASSIGN(f) WALK(ASSIGN_, f)
#define FIELDS(f) WALK(FIELDS_, f)

#define POS_PARAMS , int lineno, int col_offset, int end_lineno, int end_col_offset
#define SET_POS(node)                                                                         \
    (node)->lineno = lineno;                                                                  \
    (node)->col_offset = col_offset;                                                          \
    (node)->end_lineno = end_lineno;                                                          \
    (node)->end_col_offset = end_col_offset

#define WF_AST_F(T, n) (T, n)

#define WF_AST_MOD(n, f)                                                                      \
    wf_ast_mod_t *wf_ast_##n(wf_arena_t *arena PARAMS(f))                                     \
    {                                                                                         \
        wf_ast_mod_t *node_ = wf_arena_alloc(arena, sizeof *node_);                           \
        if (!node_) {                                                                         \
            return NULL;                                                                      \
        }                                                                                     \
        node_->kind = WF_AST_##n;                                                             \
        __typeof__(node_->v.n) *dst_ = &node_->v.n;                                           \
        ASSIGN(f)                                                                             \
        return node_;                                                                         \
    }
#define SUM(cat_t, n, f)                                                                      \
    cat_t *wf_ast_##n(wf_arena_t *arena PARAMS(f) POS_PARAMS)                                 \
    {                                                                                         \
        cat_t *node_ = wf_arena_alloc(arena, sizeof *node_);                                  \
        if (!node_) {                                                                         \
            return NULL;                                                                      \
        }                                                                                     \
        node_->kind = WF_AST_##n;                                                             \
        __typeof__(node_->v.n) *dst_ = &node_->v.n;                                           \
        ASSIGN(f)                                                                             \
        SET_POS(node_);                                                                       \
        return node_;                                                                         \
    }
#define WF_AST_STMT(n, f) SUM(wf_ast_stmt_t, n, f)
#define WF_AST_STMT_LEAF(n)                                                                   \
    wf_ast_stmt_t *wf_ast_##n(wf_arena_t *arena POS_PARAMS)                                   \
    {                                                                                         \
        wf_ast_stmt_t *node_ = wf_arena_alloc(arena, sizeof *node_);                          \
        if (!node_) {                                                                         \
            return NULL;                                                                      \
        }                                                                                     \
        node_->kind = WF_AST_##n;                                                             \
        SET_POS(node_);                                                                       \
        return node_;                                                                         \
    }
#define WF_AST_EXPR(n, f) SUM(wf_ast_expr_t, n, f)
#define WF_AST_PATTERN(n, f) SUM(wf_ast_pattern_t, n, f)
#define WF_AST_HANDLER(n, f) SUM(wf_ast_excepthandler_t, n, f)
#define WF_AST_TYPE_PARAM(n, f) SUM(wf_ast_type_param_t, n, f)
#define WF_AST_PRODUCT(n, f)                                                                  \
    wf_ast_##n##_t *wf_ast_##n(wf_arena_t *arena PARAMS(f))                                   \
    {                                                                                         \
        wf_ast_##n##_t *dst_ = wf_arena_alloc(arena, sizeof *dst_);                           \
        if (!dst_) {                                                                          \
            return NULL;                                                                      \
        }                                                                                     \
        ASSIGN(f)                                                                             \
        return dst_;                                                                          \
    }
#define WF_AST_PRODUCT_LOC(n, f)                                                              \
    wf_ast_##n##_t *wf_ast_##n(wf_arena_t *arena PARAMS(f) POS_PARAMS)                        \
    {                                                                                         \
        wf_ast_##n##_t *dst_ = wf_arena_alloc(arena, sizeof *dst_);                           \
        if (!dst_) {                                                                          \
            return NULL;                                                                      \
        }                                                                                     \
        ASSIGN(f)                                                                             \
        SET_POS(dst_);                                                                        \
        return dst_;                                                                          \
    }
#include "runtime/ast.def"
#undef SUM

// ---------------------------------------------------------------------------------------
// Reflection tables, generated from ast.def. Each kind gets a function holding its static
// descriptor; inside it CURT names the kind's member struct, so the field walker can use
// offsetof(CURT, field) without knowing the kind's name.


#define KIND_INFO(fn, cat_t, member, n, has_loc, f)                                           \
    static const wf_ast_kind_info_t *fn(void)                                                 \
    {                                                                                         \
        typedef __typeof__(member) CURT;                                                      \
        enum { BASE = offsetof(cat_t, v) };                                                   \
        static const wf_ast_field_t fields[] = {FIELDS(f){NULL, WF_AST_FT_EXPR, 0}};          \
        static const wf_ast_kind_info_t info = {#n, has_loc,                                  \
                                                (int)(sizeof fields / sizeof fields[0]) - 1,  \
                                                fields};                                      \
        return &info;                                                                         \
    }

#define SUM_INFO(cat_t, n, f) KIND_INFO(info_##n, cat_t, ((cat_t *)0)->v.n, n, 1, f)

#define WF_AST_MOD(n, f) KIND_INFO(info_##n, wf_ast_mod_t, ((wf_ast_mod_t *)0)->v.n, n, 0, f)
#define WF_AST_STMT(n, f) SUM_INFO(wf_ast_stmt_t, n, f)
#define WF_AST_STMT_LEAF(n)                                                                   \
    static const wf_ast_kind_info_t *info_##n(void)                                           \
    {                                                                                         \
        static const wf_ast_field_t fields[] = {{NULL, WF_AST_FT_EXPR, 0}};                   \
        static const wf_ast_kind_info_t info = {#n, 1, 0, fields};                            \
        return &info;                                                                         \
    }
#define WF_AST_EXPR(n, f) SUM_INFO(wf_ast_expr_t, n, f)
#define WF_AST_PATTERN(n, f) SUM_INFO(wf_ast_pattern_t, n, f)
#define WF_AST_HANDLER(n, f) SUM_INFO(wf_ast_excepthandler_t, n, f)
#define WF_AST_TYPE_PARAM(n, f) SUM_INFO(wf_ast_type_param_t, n, f)
#include "runtime/ast.def"

// Products: the node struct itself holds the fields (BASE 0).
#define PRODUCT_INFO(n, has_loc, f)                                                           \
    static const wf_ast_kind_info_t *info_##n(void)                                           \
    {                                                                                         \
        typedef wf_ast_##n##_t CURT;                                                          \
        enum { BASE = 0 };                                                                    \
        static const wf_ast_field_t fields[] = {FIELDS(f){NULL, WF_AST_FT_EXPR, 0}};          \
        static const wf_ast_kind_info_t info = {#n, has_loc,                                  \
                                                (int)(sizeof fields / sizeof fields[0]) - 1,  \
                                                fields};                                      \
        return &info;                                                                         \
    }
#define WF_AST_PRODUCT(n, f) PRODUCT_INFO(n, 0, f)
#define WF_AST_PRODUCT_LOC(n, f) PRODUCT_INFO(n, 1, f)
#include "runtime/ast.def"
#undef WF_AST_F

typedef const wf_ast_kind_info_t *(*info_fn)(void);

static const info_fn mod_infos[] = {
#define WF_AST_MOD(n, f) info_##n,
#include "runtime/ast.def"
};
static const info_fn stmt_infos[] = {
#define WF_AST_STMT(n, f) info_##n,
#include "runtime/ast.def"
};
static const info_fn expr_infos[] = {
#define WF_AST_EXPR(n, f) info_##n,
#include "runtime/ast.def"
};
static const info_fn pattern_infos[] = {
#define WF_AST_PATTERN(n, f) info_##n,
#include "runtime/ast.def"
};
static const info_fn handler_infos[] = {
#define WF_AST_HANDLER(n, f) info_##n,
#include "runtime/ast.def"
};
static const info_fn type_param_infos[] = {
#define WF_AST_TYPE_PARAM(n, f) info_##n,
#include "runtime/ast.def"
};
static const info_fn product_infos[] = {
#define WF_AST_PRODUCT(n, f) info_##n,
#define WF_AST_PRODUCT_LOC(n, f) info_##n,
#include "runtime/ast.def"
};

_Static_assert(sizeof stmt_infos / sizeof *stmt_infos == WF_AST_STMT_COUNT, "stmt table");
_Static_assert(sizeof expr_infos / sizeof *expr_infos == WF_AST_EXPR_COUNT, "expr table");
_Static_assert(sizeof product_infos / sizeof *product_infos == WF_AST_PRODUCT_COUNT, "products");

const wf_ast_kind_info_t *wf_ast_kind_info(wf_ast_category_t cat, int kind)
{
#define PICK(table, count)                                                                    \
    return (kind >= 0 && kind < (int)(count)) ? table[kind]() : NULL
    switch (cat) {
    case WF_AST_CAT_MOD: PICK(mod_infos, WF_AST_MOD_COUNT);
    case WF_AST_CAT_STMT: PICK(stmt_infos, WF_AST_STMT_COUNT);
    case WF_AST_CAT_EXPR: PICK(expr_infos, WF_AST_EXPR_COUNT);
    case WF_AST_CAT_PATTERN: PICK(pattern_infos, WF_AST_PATTERN_COUNT);
    case WF_AST_CAT_HANDLER: PICK(handler_infos, WF_AST_HANDLER_COUNT);
    case WF_AST_CAT_TYPE_PARAM: PICK(type_param_infos, WF_AST_TYPE_PARAM_COUNT);
    case WF_AST_CAT_PRODUCT: PICK(product_infos, WF_AST_PRODUCT_COUNT);
    }
#undef PICK
    return NULL;
}

static const char *const ctx_names[] = {
#define WF_AST_CTX(n) #n,
#include "runtime/ast.def"
};
static const char *const boolop_names[] = {
#define WF_AST_BOOLOP(n, t) #n,
#include "runtime/ast.def"
};
static const char *const operator_names[] = {
#define WF_AST_OPERATOR(n, t) #n,
#include "runtime/ast.def"
};
static const char *const operator_texts[] = {
#define WF_AST_OPERATOR(n, t) t,
#include "runtime/ast.def"
};
static const char *const unaryop_names[] = {
#define WF_AST_UNARYOP(n, t) #n,
#include "runtime/ast.def"
};
static const char *const cmpop_names[] = {
#define WF_AST_CMPOP(n, t) #n,
#include "runtime/ast.def"
};
static const char *const cmpop_texts[] = {
#define WF_AST_CMPOP(n, t) t,
#include "runtime/ast.def"
};

#define NAME_OF(table, count, x) (((unsigned)(x) < (unsigned)(count)) ? table[x] : "?")

const char *wf_ast_ctx_name(wf_ast_ctx_t c)
{
    return NAME_OF(ctx_names, WF_AST_CTX_COUNT, c);
}

const char *wf_ast_boolop_name(wf_ast_boolop_t op)
{
    return NAME_OF(boolop_names, WF_AST_BOOLOP_COUNT, op);
}

const char *wf_ast_operator_name(wf_ast_operator_t op)
{
    return NAME_OF(operator_names, WF_AST_OPERATOR_COUNT, op);
}

const char *wf_ast_operator_text(wf_ast_operator_t op)
{
    return NAME_OF(operator_texts, WF_AST_OPERATOR_COUNT, op);
}

const char *wf_ast_unaryop_name(wf_ast_unaryop_t op)
{
    return NAME_OF(unaryop_names, WF_AST_UNARYOP_COUNT, op);
}

const char *wf_ast_cmpop_name(wf_ast_cmpop_t op)
{
    return NAME_OF(cmpop_names, WF_AST_CMPOP_COUNT, op);
}

const char *wf_ast_cmpop_text(wf_ast_cmpop_t op)
{
    return NAME_OF(cmpop_texts, WF_AST_CMPOP_COUNT, op);
}

// ---------------------------------------------------------------------------------------
// Dump in ast.dump() format.

static void put_utf8(FILE *out, uint32_t cp)
{
    char b[4];
    int n;
    if (cp < 0x80) {
        b[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6)), b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12)), b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18)), b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), b[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    fwrite(b, 1, (size_t)n, out);
}

// Decodes one code point, accepting encoded surrogates; invalid bytes decode as themselves.
static size_t next_cp(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len > n) {
        len = 1;
    }
    if (len == 1) {
        *cp = c;
        return 1;
    }
    uint32_t v = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    return len;
}

static int pick_quote(const char *s, size_t n)
{
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    return (sq && !dq) ? '"' : '\'';
}

static void repr_str(FILE *out, const char *s, size_t n)
{
    int q = pick_quote(s, n);
    fputc(q, out);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += next_cp(u + i, n - i, &cp);
        if (cp == (uint32_t)q || cp == '\\') {
            fputc('\\', out), fputc((int)cp, out);
        } else if (cp == '\t') {
            fputs("\\t", out);
        } else if (cp == '\n') {
            fputs("\\n", out);
        } else if (cp == '\r') {
            fputs("\\r", out);
        } else if (cp < 0x20 || cp == 0x7f) {
            fprintf(out, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x7f) {
            fputc((int)cp, out);
        } else if (wf_tokenizer_is_printable(cp)) {
            put_utf8(out, cp);
        } else if (cp <= 0xff) {
            fprintf(out, "\\x%02x", (unsigned)cp);
        } else if (cp <= 0xffff) {
            fprintf(out, "\\u%04x", (unsigned)cp);
        } else {
            fprintf(out, "\\U%08x", (unsigned)cp);
        }
    }
    fputc(q, out);
}

static void repr_bytes(FILE *out, const char *s, size_t n)
{
    int q = pick_quote(s, n);
    fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c == (unsigned)q || c == '\\') {
            fputc('\\', out), fputc((int)c, out);
        } else if (c == '\t') {
            fputs("\\t", out);
        } else if (c == '\n') {
            fputs("\\n", out);
        } else if (c == '\r') {
            fputs("\\r", out);
        } else if (c < 0x20 || c >= 0x7f) {
            fprintf(out, "\\x%02x", c);
        } else {
            fputc((int)c, out);
        }
    }
    fputc(q, out);
}

// Prints an integer literal's value in decimal (any base, any size).
static void repr_int(FILE *out, const char *s)
{
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16, s += 2;
    } else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8, s += 2;
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2, s += 2;
    }
    size_t n = strlen(s), cap = n / 9 + 2, len = 1;
    uint32_t *limbs = calloc(cap, sizeof *limbs); // base 1e9, little-endian
    if (!limbs) {
        fputs(s, out);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < len; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry && len < cap) {
            limbs[len++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    fprintf(out, "%u", (unsigned)limbs[len - 1]);
    for (size_t k = len - 1; k-- > 0;) {
        fprintf(out, "%09u", (unsigned)limbs[k]);
    }
    free(limbs);
}

// Python's repr() of a float (shortest round-trip digits). add_dot0: "1.0" rather than "1".
static void repr_double(FILE *out, double x, int add_dot0)
{
    if (isinf(x)) {
        fputs(x > 0 ? "inf" : "-inf", out);
        return;
    }
    if (isnan(x)) {
        fputs("nan", out);
        return;
    }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) {
            break;
        }
    }
    // buf = [-]d[.ddd]e[+-]XX
    char digits[32];
    int nd = 0, neg = 0;
    const char *q = buf;
    if (*q == '-') {
        neg = 1, q++;
    }
    for (; *q && *q != 'e'; q++) {
        if (*q != '.') {
            digits[nd++] = *q;
        }
    }
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = 0;
    int decpt = exp10 + 1;
    if (neg) {
        fputc('-', out);
    }
    if (decpt <= -4 || decpt > 16) {
        fputc(digits[0], out);
        if (nd > 1) {
            fputc('.', out);
            fputs(digits + 1, out);
        }
        fprintf(out, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (decpt <= 0) {
        fputs("0.", out);
        for (int i = 0; i < -decpt; i++) {
            fputc('0', out);
        }
        fputs(digits, out);
    } else if (decpt >= nd) {
        fputs(digits, out);
        for (int i = nd; i < decpt; i++) {
            fputc('0', out);
        }
        if (add_dot0) {
            fputs(".0", out);
        }
    } else {
        fwrite(digits, 1, (size_t)decpt, out);
        fputc('.', out);
        fputs(digits + decpt, out);
    }
}

static void repr_constant(FILE *out, const wf_ast_constant_t *c)
{
    switch (c->kind) {
    case WF_AST_CONST_NONE: fputs("None", out); break;
    case WF_AST_CONST_TRUE: fputs("True", out); break;
    case WF_AST_CONST_FALSE: fputs("False", out); break;
    case WF_AST_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case WF_AST_CONST_INT: repr_int(out, c->data); break;
    case WF_AST_CONST_FLOAT: repr_double(out, strtod(c->data, NULL), 1); break;
    case WF_AST_CONST_IMAG:
        repr_double(out, strtod(c->data, NULL), 0);
        fputc('j', out);
        break;
    case WF_AST_CONST_STR: repr_str(out, c->data, c->len); break;
    case WF_AST_CONST_BYTES: repr_bytes(out, c->data, c->len); break;
    }
}

// Nesting limit of the dump, matching the depth at which CPython's conversion of a tree to
// Python objects raises RecursionError ("maximum recursion depth exceeded during ast
// construction").
#define DUMP_MAX_DEPTH 9997

typedef struct {
    FILE *out;
    int attrs;
    int depth, too_deep;
} dumper_t;

static void dump_node(dumper_t *d, wf_ast_category_t cat, int kind, const void *node);



// The category a field's node(s) belong to.
static int field_category(wf_ast_ftype_t t, int *product)
{
    *product = -1;
    switch (t) {
    case WF_AST_FT_EXPR:
    case WF_AST_FT_EXPR_OPT:
    case WF_AST_FT_EXPRS: return WF_AST_CAT_EXPR;
    case WF_AST_FT_STMTS: return WF_AST_CAT_STMT;
    case WF_AST_FT_PATTERN:
    case WF_AST_FT_PATTERN_OPT:
    case WF_AST_FT_PATTERNS: return WF_AST_CAT_PATTERN;
    case WF_AST_FT_HANDLERS: return WF_AST_CAT_HANDLER;
    case WF_AST_FT_TYPE_PARAMS: return WF_AST_CAT_TYPE_PARAM;
    case WF_AST_FT_ARGUMENTS: *product = WF_AST_P_arguments; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_ARG_OPT:
    case WF_AST_FT_ARGS: *product = WF_AST_P_arg; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_KEYWORDS: *product = WF_AST_P_keyword; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_ALIASES: *product = WF_AST_P_alias; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_WITHITEMS: *product = WF_AST_P_withitem; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_COMPS: *product = WF_AST_P_comprehension; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_CASES: *product = WF_AST_P_match_case; return WF_AST_CAT_PRODUCT;
    case WF_AST_FT_TYPE_IGNORES: *product = WF_AST_P_type_ignore; return WF_AST_CAT_PRODUCT;
    default: return -1;
    }
}

// Kind of a sum-type node: every sum node struct starts with its kind enum.
static int node_kind(const void *node)
{
    return *(const int *)node;
}

static void dump_ref(dumper_t *d, wf_ast_ftype_t t, const void *node)
{
    FILE *out = d->out;
    int product;
    int cat = field_category(t, &product);
    if (!node) {
        fputs("None", out);
    } else if (cat == WF_AST_CAT_PRODUCT) {
        dump_node(d, WF_AST_CAT_PRODUCT, product, node);
    } else {
        dump_node(d, (wf_ast_category_t)cat, node_kind(node), node);
    }
}

static int field_is_empty(const wf_ast_field_t *f, const char *base)
{
    const void *at = base + f->offset;
    switch (f->type) {
    case WF_AST_FT_EXPR_OPT:
    case WF_AST_FT_PATTERN_OPT:
    case WF_AST_FT_ARG_OPT:
    case WF_AST_FT_EXPR:
    case WF_AST_FT_PATTERN:
    case WF_AST_FT_ARGUMENTS: return *(void *const *)at == NULL;
    case WF_AST_FT_IDENT:
    case WF_AST_FT_IDENT_OPT:
    case WF_AST_FT_STR_OPT: return *(const char *const *)at == NULL;
    case WF_AST_FT_INT:
    case WF_AST_FT_CTX:
    case WF_AST_FT_BOOLOP:
    case WF_AST_FT_OPERATOR:
    case WF_AST_FT_UNARYOP:
    case WF_AST_FT_CONST: return 0;
    default: return ((const wf_ast_seq_t *)at)->len == 0;
    }
}

static void dump_field(dumper_t *d, const wf_ast_field_t *f, const char *base)
{
    FILE *out = d->out;
    const void *at = base + f->offset;
    switch (f->type) {
    case WF_AST_FT_IDENT:
    case WF_AST_FT_IDENT_OPT:
    case WF_AST_FT_STR_OPT: {
        const char *s = *(const char *const *)at;
        if (s) {
            repr_str(out, s, strlen(s));
        } else {
            fputs("None", out);
        }
        return;
    }
    case WF_AST_FT_INT: fprintf(out, "%d", *(const int *)at); return;
    case WF_AST_FT_CTX: fprintf(out, "%s()", wf_ast_ctx_name(*(const wf_ast_ctx_t *)at)); return;
    case WF_AST_FT_BOOLOP:
        fprintf(out, "%s()", wf_ast_boolop_name(*(const wf_ast_boolop_t *)at));
        return;
    case WF_AST_FT_OPERATOR:
        fprintf(out, "%s()", wf_ast_operator_name(*(const wf_ast_operator_t *)at));
        return;
    case WF_AST_FT_UNARYOP:
        fprintf(out, "%s()", wf_ast_unaryop_name(*(const wf_ast_unaryop_t *)at));
        return;
    case WF_AST_FT_CONST: repr_constant(out, at); return;
    case WF_AST_FT_CMPOPS: {
        const wf_ast_cmpop_seq_t *s = at;
        fputc('[', out);
        for (int i = 0; i < s->len; i++) {
            fprintf(out, "%s%s()", i ? ", " : "", wf_ast_cmpop_name(s->items[i]));
        }
        fputc(']', out);
        return;
    }
    case WF_AST_FT_IDENTS: {
        const wf_ast_ident_seq_t *s = at;
        fputc('[', out);
        for (int i = 0; i < s->len; i++) {
            if (i) {
                fputs(", ", out);
            }
            repr_str(out, s->items[i], strlen(s->items[i]));
        }
        fputc(']', out);
        return;
    }
    case WF_AST_FT_EXPR:
    case WF_AST_FT_EXPR_OPT:
    case WF_AST_FT_PATTERN:
    case WF_AST_FT_PATTERN_OPT:
    case WF_AST_FT_ARGUMENTS:
    case WF_AST_FT_ARG_OPT: dump_ref(d, f->type, *(void *const *)at); return;
    default: {
        const wf_ast_seq_t *s = at;
        fputc('[', out);
        for (int i = 0; i < s->len; i++) {
            if (i) {
                fputs(", ", out);
            }
            dump_ref(d, f->type, s->items[i]);
        }
        fputc(']', out);
        return;
    }
    }
}

// Where the four position fields of a positioned node live.
static const int *node_loc(wf_ast_category_t cat, int product, const void *node)
{
    if (cat == WF_AST_CAT_PRODUCT) {
        switch (product) {
        case WF_AST_P_arg: return &((const wf_ast_arg_t *)node)->lineno;
        case WF_AST_P_keyword: return &((const wf_ast_keyword_t *)node)->lineno;
        case WF_AST_P_alias: return &((const wf_ast_alias_t *)node)->lineno;
        default: return NULL;
        }
    }
    // Sum types: kind, then lineno, col_offset, end_lineno, end_col_offset.
    switch (cat) {
    case WF_AST_CAT_STMT: return &((const wf_ast_stmt_t *)node)->lineno;
    case WF_AST_CAT_EXPR: return &((const wf_ast_expr_t *)node)->lineno;
    case WF_AST_CAT_PATTERN: return &((const wf_ast_pattern_t *)node)->lineno;
    case WF_AST_CAT_HANDLER: return &((const wf_ast_excepthandler_t *)node)->lineno;
    case WF_AST_CAT_TYPE_PARAM: return &((const wf_ast_type_param_t *)node)->lineno;
    default: return NULL;
    }
}

static void dump_node(dumper_t *d, wf_ast_category_t cat, int kind, const void *node)
{
    FILE *out = d->out;
    if (++d->depth > DUMP_MAX_DEPTH || d->too_deep) {
        d->too_deep = 1;
        d->depth--;
        return;
    }
    const wf_ast_kind_info_t *info = wf_ast_kind_info(cat, kind);
    if (!info) {
        fputs("<?>", out);
        return;
    }
    // Constant and MatchSingleton print their value even when it is None.
    int keep_none = (cat == WF_AST_CAT_EXPR && kind == WF_AST_Constant) ||
                    (cat == WF_AST_CAT_PATTERN && kind == WF_AST_MatchSingleton);
    fprintf(out, "%s(", info->name);
    int first = 1;
    for (int i = 0; i < info->nfields; i++) {
        const wf_ast_field_t *f = &info->fields[i];
        if (!keep_none && field_is_empty(f, node)) {
            continue;
        }
        if (f->type == WF_AST_FT_STR_OPT && field_is_empty(f, node)) {
            continue; // Constant.kind and other optional strings
        }
        fprintf(out, "%s%s=", first ? "" : ", ", f->name);
        first = 0;
        dump_field(d, f, node);
    }
    const int *loc = info->has_loc ? node_loc(cat, kind, node) : NULL;
    if (d->attrs && loc) {
        fprintf(out, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                first ? "" : ", ", loc[0], loc[1], loc[2], loc[3]);
    }
    fputc(')', out);
    d->depth--;
}

int wf_ast_dump(FILE *out, const wf_ast_mod_t *mod, int include_attributes)
{
    dumper_t d = {out, include_attributes, 0, 0};
    dump_node(&d, WF_AST_CAT_MOD, mod->kind, mod);
    if (d.too_deep) {
        return -2;
    }
    return ferror(out) ? -1 : 0;
}
