// The compiler's core: entry points (runtime/compile.h), compilation units, instruction
// emission, constants, names and variable access, closures, and turning parse / compile
// errors into SyntaxError objects.
//
// Statements, expressions and patterns are in compiler_stmt.c, compiler_expr.c and
// compiler_pattern.c; the assembler (control flow, stack depth, exception table, code
// object) in assemble.c. Code generation follows CPython 3.13's so that observable details
// (evaluation order, positions in tracebacks, co_* attributes) match.
#include "runtime/compiler.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- small containers ----------------------------------------------------------------------

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 16777619u;
    }
    return h;
}

static int namemap_find(const wf_namemap_t *m, const char *name) {
    if (m->index_cap == 0) {
        return -1;
    }
    unsigned mask = (unsigned)m->index_cap - 1;
    for (unsigned i = name_hash(name) & mask;; i = (i + 1) & mask) {
        int k = m->index[i];
        if (k == 0) {
            return -1;
        }
        if (strcmp(m->names[k - 1], name) == 0) {
            return k - 1;
        }
    }
}

// Index of `name`, added at the end if absent; -1 when out of memory (MemoryError set).
static int namemap_add(wf_namemap_t *m, const char *name) {
    int i = namemap_find(m, name);
    if (i >= 0) {
        return i;
    }
    if (m->len == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        const char **names = wf_mem_realloc(m->names, sizeof(char *) * (size_t)cap);
        if (names == NULL) {
            wf_err_nomemory();
            return -1;
        }
        m->names = names;
        m->cap = cap;
    }
    m->names[m->len++] = name;
    if (m->len * 2 > m->index_cap) {
        int cap = m->index_cap ? m->index_cap * 2 : 16;
        int *index = wf_mem_calloc((size_t)cap, sizeof(int));
        if (index == NULL) {
            m->len--;
            wf_err_nomemory();
            return -1;
        }
        wf_mem_free(m->index);
        m->index = index;
        m->index_cap = cap;
        for (int k = 0; k < m->len; k++) {
            unsigned j = name_hash(m->names[k]) & (unsigned)(cap - 1);
            while (index[j] != 0) {
                j = (j + 1) & (unsigned)(cap - 1);
            }
            index[j] = k + 1;
        }
    } else {
        unsigned mask = (unsigned)m->index_cap - 1;
        unsigned j = name_hash(name) & mask;
        while (m->index[j] != 0) {
            j = (j + 1) & mask;
        }
        m->index[j] = m->len;
    }
    return m->len - 1;
}

static void namemap_clear(wf_namemap_t *m) {
    wf_mem_free(m->names);
    wf_mem_free(m->index);
    memset(m, 0, sizeof(*m));
}

int wf_c_cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int wf_c_namemap_find(const wf_namemap_t *m, const char *name) {
    return namemap_find(m, name);
}

// Grow an array of `size`-byte items to hold len + 1; -1 + MemoryError on failure.
static int grow_array(void **items, int *cap, int len, size_t size) {
    if (len < *cap) {
        return 0;
    }
    int ncap = *cap ? *cap * 2 : 16;
    void *p = wf_mem_realloc(*items, size * (size_t)ncap);
    if (p == NULL) {
        wf_err_nomemory();
        return -1;
    }
    *items = p;
    *cap = ncap;
    return 0;
}

// ---- errors ----------------------------------------------------------------------------------

static int vreport(wf_compiler_t *c, wf_loc_t loc, const char *fmt, va_list ap) {
    if (c->has_error || wf_err_occurred()) {
        return -1;
    }
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    c->has_error = 1;
    c->err_from_file = 1;
    if (wf_parse_error_at(&c->err, c->src, c->src ? c->srclen : 0, WF_SYNTAX_ERROR, loc.lineno,
                          loc.col, loc.end_lineno, loc.end_col, msg) < 0) {
        c->err.out_of_memory = 1;
    }
    return -1;
}

// Line `lineno` of the file `filename` (with its newline), malloc'd, or NULL. Errors found
// after parsing take their text from the file on disk, as CPython does (so code compiled
// from a string under a made-up name has no text).
static char *file_line(const char *filename, int lineno) {
    if (lineno <= 0) {
        return NULL;
    }
    FILE *f = fopen(filename, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 256, n = 0;
    char *buf = malloc(cap);
    int line = 1, ch;
    while (buf != NULL && (ch = fgetc(f)) != EOF) {
        if (line == lineno) {
            if (n + 2 >= cap) {
                char *nb = realloc(buf, cap * 2);
                if (nb == NULL) {
                    free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
            buf[n++] = (char)ch;
        }
        if (ch == '\n') {
            if (++line > lineno) {
                break;
            }
        }
    }
    fclose(f);
    if (buf != NULL && (line < lineno || n == 0)) {
        free(buf);
        return NULL;
    }
    if (buf != NULL) {
        buf[n] = '\0';
    }
    return buf;
}

int wf_c_error(wf_compiler_t *c, wf_loc_t loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(c, loc, fmt, ap);
    va_end(ap);
    return -1;
}

// Compile-time warnings are printed as the warnings module's default action shows them
// ("file:line: Category: msg" followed by the stripped source line).
static char *file_line(const char *filename, int lineno);

// A warning about the source, through the warnings machinery (filters, -W, catch_warnings).
// -1 when a filter turned it into an error: the caller reports a SyntaxError there instead,
// as CPython does (the warning's own exception is cleared).
static int emit_warning(wf_compiler_t *c, const char *category, int lineno, const char *msg) {
    wf_type_t *cat = strcmp(category, "DeprecationWarning") == 0 ? &wf_exc_DeprecationWarning
                                                                 : &wf_exc_SyntaxWarning;
    if (wf_err_warn_explicit(cat, msg, c->filename, lineno) < 0) {
        wf_err_clear();
        return -1;
    }
    return 0;
}

int wf_c_warn(wf_compiler_t *c, wf_loc_t loc, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (emit_warning(c, "SyntaxWarning", loc.lineno, msg) < 0) {
        return wf_c_error(c, loc, "%s", msg);
    }
    return 0;
}

int wf_c_enter_depth(wf_compiler_t *c) {
    if (++c->depth > WF_COMPILE_MAX_DEPTH) {
        wf_err_set_string(&wf_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

void wf_c_leave_depth(wf_compiler_t *c) {
    c->depth--;
}

// ---- emission ----------------------------------------------------------------------------

int wf_c_emit(wf_compiler_t *c, wf_loc_t loc, int op, int arg) {
    wf_cunit_t *u = c->u;
    if (arg < 0 || arg > WF_MAX_OPARG) {
        wf_err_set_string(&wf_exc_SystemError, "compiler: instruction argument out of range");
        return -1;
    }
    int n = u->ninstrs;
    int fusable = n > 0 && u->last_label_pos != n;
    wf_cinstr_t *prev = n > 0 ? &u->instrs[n - 1] : NULL;
    // Peephole fusions that do not change behaviour: LOAD_CONST + RETURN_VALUE, and
    // LOAD_GLOBAL + PUSH_NULL (the global's NULL bit).
    if (fusable && op == WF_OP_RETURN_VALUE && prev->op == WF_OP_LOAD_CONST) {
        prev->op = WF_OP_RETURN_CONST;
        prev->loc = loc;
        return 0;
    }
    if (fusable && op == WF_OP_PUSH_NULL && prev->op == WF_OP_LOAD_GLOBAL && !(prev->arg & 1)) {
        prev->arg |= 1;
        return 0;
    }
    // A constant pushed only to be popped.
    if (fusable && op == WF_OP_POP_TOP && prev->op == WF_OP_LOAD_CONST) {
        u->ninstrs = n - 1;
        return 0;
    }
    // `x is None` / `x is not None` as a condition: POP_JUMP_IF_NONE / NOT_NONE.
    if ((op == WF_OP_POP_JUMP_IF_TRUE || op == WF_OP_POP_JUMP_IF_FALSE) && n >= 2 &&
        u->last_label_pos <= n - 2 && prev->op == WF_OP_IS_OP &&
        u->instrs[n - 2].op == WF_OP_LOAD_CONST && !(u->instrs[n - 2].arg & WF_LATE_CONST) &&
        u->consts[u->instrs[n - 2].arg].value == WF_NONE) {
        int invert = prev->arg ^ (op == WF_OP_POP_JUMP_IF_FALSE);
        u->ninstrs = n - 2;
        return wf_c_emit(c, loc, invert ? WF_OP_POP_JUMP_IF_NOT_NONE : WF_OP_POP_JUMP_IF_NONE, arg);
    }
    // BUILD_TUPLE n + UNPACK_SEQUENCE n (n <= 3): `a, b = b, a` needs no tuple.
    if (fusable && op == WF_OP_UNPACK_SEQUENCE && prev->op == WF_OP_BUILD_TUPLE &&
        prev->arg == arg && arg >= 1 && arg <= 3) {
        u->ninstrs = n - 1;
        return arg == 1 ? 0 : wf_c_emit(c, loc, WF_OP_SWAP, arg);
    }
    if (op == WF_OP_BUILD_TUPLE && arg <= 30 && n >= arg && u->last_label_pos <= n - arg) {
        // LOAD_CONST x n + BUILD_TUPLE n -> LOAD_CONST (tuple), as CPython's optimizer does
        // after code generation (so the tuple is added to the constants late).
        int all = 1;
        for (int k = n - arg; k < n && all; k++) {
            all = u->instrs[k].op == WF_OP_LOAD_CONST;
        }
        if (all) {
            wf_object_t *t = wf_tuple_new(arg);
            if (t == NULL || grow_array((void **)&u->late, &u->caplate, u->nlate,
                                        sizeof(wf_object_t *)) < 0) {
                WF_XDECREF(t);
                return -1;
            }
            for (int k = 0; k < arg; k++) {
                int ci = u->instrs[n - arg + k].arg;
                wf_object_t *v = (ci & WF_LATE_CONST) ? u->late[ci & ~WF_LATE_CONST]
                                                      : u->consts[ci].value;
                WF_TUPLE_SET_STEAL(t, k, wf_newref(v));
            }
            u->late[u->nlate] = t;
            u->ninstrs = n - arg;
            return wf_c_emit(c, loc, WF_OP_LOAD_CONST, WF_LATE_CONST | u->nlate++);
        }
    }
    if (grow_array((void **)&u->instrs, &u->capinstrs, n, sizeof(wf_cinstr_t)) < 0) {
        return -1;
    }
    u->instrs[n].op = op;
    u->instrs[n].arg = arg;
    u->instrs[n].loc = loc;
    u->instrs[n].maybe_null = 0;
    u->ninstrs = n + 1;
    return 0;
}


int wf_c_emit_noarg(wf_compiler_t *c, wf_loc_t loc, int op) {
    return wf_c_emit(c, loc, op, 0);
}

int wf_c_new_label(wf_compiler_t *c) {
    wf_cunit_t *u = c->u;
    if (grow_array((void **)&u->labels, &u->caplabels, u->nlabels, sizeof(int)) < 0) {
        return -1;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

int wf_c_use_label(wf_compiler_t *c, int label) {
    c->u->labels[label] = c->u->ninstrs;
    c->u->last_label_pos = c->u->ninstrs;
    return 0;
}

int wf_c_emit_jump(wf_compiler_t *c, wf_loc_t loc, int op, int label) {
    return wf_c_emit(c, loc, op, label);
}

// ---- constants ---------------------------------------------------------------------------

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
} keybuf_t;

static void key_put(keybuf_t *k, const void *data, size_t n) {
    if (k->failed) {
        return;
    }
    if (k->len + n > k->cap) {
        size_t cap = (k->cap ? k->cap * 2 : 64) + n;
        char *b = wf_mem_realloc(k->buf, cap);
        if (b == NULL) {
            k->failed = 1;
            return;
        }
        k->buf = b;
        k->cap = cap;
    }
    memcpy(k->buf + k->len, data, n);
    k->len += n;
}

static void key_tag(keybuf_t *k, char tag, const void *data, size_t n) {
    uint64_t len = n;
    key_put(k, &tag, 1);
    key_put(k, &len, sizeof len);
    key_put(k, data, n);
}

// The deduplication key of a constant: equal keys exactly when CPython would share the
// constant (same type and value; floats by bit pattern so that 0.0 and -0.0 differ).
static int const_key(keybuf_t *k, wf_object_t *o) {
    if (o == WF_NONE || o == WF_TRUE || o == WF_FALSE || o == WF_ELLIPSIS) {
        key_tag(k, 'p', &o, sizeof o);
    } else if (WF_INT_CHECK_EXACT(o)) {
        wf_object_t *s = wf_int_to_str(o, 10);
        if (s == NULL) {
            return -1;
        }
        key_tag(k, 'i', WF_STR_DATA(s), (size_t)WF_STR_LEN(s));
        WF_DECREF(s);
    } else if (WF_FLOAT_CHECK_EXACT(o) && WF_FLOAT_VALUE(o) == WF_FLOAT_VALUE(o)) {
        // (NaNs fall through to identity: CPython never merges distinct NaN constants.)
        double v = WF_FLOAT_VALUE(o);
        key_tag(k, 'f', &v, sizeof v);
    } else if (WF_TYPE(o) == &wf_complex_type) {
        wf_complex_t *z = (wf_complex_t *)o;
        double v[2] = {z->real, z->imag};
        key_tag(k, 'c', v, sizeof v);
    } else if (WF_STR_CHECK_EXACT(o)) {
        key_tag(k, WF_STR_KIND(o) == 1 ? 's' : 'u', WF_STR_DATA(o),
                (size_t)WF_STR_LEN(o) * WF_STR_KIND(o));
    } else if (WF_TYPE(o) == &wf_bytes_type) {
        key_tag(k, 'b', WF_BYTES_DATA(o), (size_t)WF_BYTES_LEN(o));
    } else if (WF_TUPLE_CHECK_EXACT(o)) {
        wf_ssize_t n = WF_TUPLE_SIZE(o);
        key_tag(k, '(', &n, sizeof n);
        for (wf_ssize_t i = 0; i < n; i++) {
            if (const_key(k, WF_TUPLE_GET(o, i)) < 0) {
                return -1;
            }
        }
        key_put(k, ")", 1);
    } else {
        // Code objects, frozensets, anything else: never shared.
        key_tag(k, 'o', &o, sizeof o);
    }
    return 0;
}

int wf_c_add_const(wf_compiler_t *c, wf_object_t *value) {
    wf_cunit_t *u = c->u;
    keybuf_t k = {0};
    if (const_key(&k, value) < 0) {
        wf_mem_free(k.buf);
        return -1;
    }
    if (k.failed) {
        wf_mem_free(k.buf);
        wf_err_nomemory();
        return -1;
    }
    // Constants per unit are few; a linear scan keeps this simple.
    for (int i = 0; i < u->nconsts; i++) {
        if (u->consts[i].keylen == k.len && memcmp(u->consts[i].key, k.buf, k.len) == 0) {
            wf_mem_free(k.buf);
            return i;
        }
    }
    if (grow_array((void **)&u->consts, &u->capconsts, u->nconsts, sizeof(wf_cconst_t)) < 0) {
        wf_mem_free(k.buf);
        return -1;
    }
    wf_cconst_t *cc = &u->consts[u->nconsts];
    cc->value = wf_newref(value);
    cc->key = k.buf;
    cc->keylen = k.len;
    return u->nconsts++;
}

int wf_c_load_const(wf_compiler_t *c, wf_loc_t loc, wf_object_t *value) {
    int i = wf_c_add_const(c, value);
    return i < 0 ? -1 : wf_c_emit(c, loc, WF_OP_LOAD_CONST, i);
}

int wf_c_load_none(wf_compiler_t *c, wf_loc_t loc) {
    return wf_c_load_const(c, loc, WF_NONE);
}

// Strings made only of name characters are interned, as CPython does for constants.
static int all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z'))) {
            return 0;
        }
    }
    return 1;
}

// Value of a float literal's text ("1_000.5e-3", "2J" without caring for the suffix):
// underscores dropped, then strtod (correctly rounded, and the C locale is never changed).
static int float_literal(const char *s, size_t n, double *out) {
    char small[64];
    char *buf = n < sizeof small ? small : wf_mem_alloc(n + 1);
    if (buf == NULL) {
        wf_err_nomemory();
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '_' && s[i] != 'j' && s[i] != 'J') {
            buf[k++] = s[i];
        }
    }
    buf[k] = '\0';
    *out = strtod(buf, NULL);
    if (buf != small) {
        wf_mem_free(buf);
    }
    return 0;
}

wf_object_t *wf_c_constant_object(wf_compiler_t *c, const wf_ast_constant_t *k) {
    switch (k->kind) {
    case WF_AST_CONST_NONE:
        return WF_NONE;
    case WF_AST_CONST_TRUE:
        return WF_TRUE;
    case WF_AST_CONST_FALSE:
        return WF_FALSE;
    case WF_AST_CONST_ELLIPSIS:
        return WF_ELLIPSIS;
    case WF_AST_CONST_INT:
        return wf_int_from_literal(k->data, (wf_ssize_t)k->len);
    case WF_AST_CONST_FLOAT:
    case WF_AST_CONST_IMAG: {
        double v;
        if (float_literal(k->data, k->len, &v) < 0) {
            return NULL;
        }
        return k->kind == WF_AST_CONST_FLOAT ? wf_float_new(v) : wf_complex_new(0.0, v);
    }
    case WF_AST_CONST_STR: {
        wf_object_t *s = wf_str_decode_utf8(k->data, (wf_ssize_t)k->len, "surrogatepass");
        if (s != NULL && k->len <= 4096 && all_name_chars(k->data, k->len)) {
            wf_str_intern_inplace(&s);
        }
        return s;
    }
    case WF_AST_CONST_BYTES:
        return wf_bytes_from(k->data, (wf_ssize_t)k->len);
    }
    return wf_err_bad_internal_call("wf_c_constant_object");
}

wf_object_t *wf_c_str_object(wf_compiler_t *c, const char *utf8) {
    return wf_str_intern_cstr(utf8);
}

// ---- docstrings ------------------------------------------------------------------------------

// inspect.cleandoc-like cleaning applied by the 3.13 compiler: tabs expanded (8 columns),
// leading spaces of the first line removed, the common indentation of the other non-blank
// lines removed. Works on UTF-8 bytes (surrogates kept as their 3-byte forms).
static wf_object_t *clean_doc(const char *src, size_t n) {
    size_t tabs = 0;
    for (size_t i = 0; i < n; i++) {
        tabs += src[i] == '\t';
    }
    char *doc = wf_mem_alloc(n + tabs * 8 + 1);
    char *buff = wf_mem_alloc(n + tabs * 8 + 1);
    if (doc == NULL || buff == NULL) {
        wf_mem_free(doc);
        wf_mem_free(buff);
        return wf_err_nomemory();
    }
    size_t dn = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)src[i];
        if (ch == '\t') {
            size_t spaces = 8 - col % 8;
            memset(doc + dn, ' ', spaces);
            dn += spaces;
            col += spaces;
            continue;
        }
        doc[dn++] = (char)ch;
        if (ch == '\n' || ch == '\r') {
            col = 0;
        } else if ((ch & 0xc0) != 0x80) {
            col++;
        }
    }
    const char *p = doc, *pend = doc + dn;
    while (p < pend && *p++ != '\n') {
    }
    size_t margin = (size_t)-1;
    while (p < pend) {
        const char *s = p;
        while (p < pend && *p == ' ') {
            p++;
        }
        if (p < pend && *p != '\n') {
            size_t m = (size_t)(p - s);
            margin = m < margin ? m : margin;
        }
        while (p < pend && *p++ != '\n') {
        }
    }
    if (margin == (size_t)-1) {
        margin = 0;
    }
    p = doc;
    while (p < pend && *p == ' ') {
        p++;
    }
    char *w = buff;
    while (p < pend) {
        char ch = *w++ = *p++;
        if (ch == '\n') {
            break;
        }
    }
    while (p < pend) {
        for (size_t i = 0; i < margin && p < pend; i++, p++) {
            if (*p != ' ') {
                break;
            }
        }
        while (p < pend) {
            char ch = *w++ = *p++;
            if (ch == '\n') {
                break;
            }
        }
    }
    wf_object_t *r = wf_str_decode_utf8(buff, (wf_ssize_t)(w - buff), "surrogatepass");
    wf_mem_free(doc);
    wf_mem_free(buff);
    return r;
}

wf_object_t *wf_c_docstring(wf_compiler_t *c, wf_ast_stmt_seq_t body, int *failed) {
    *failed = 0;
    if (c->optimize >= 2 || body.len == 0 || body.items[0]->kind != WF_AST_Expr) {
        return NULL;
    }
    wf_ast_expr_t *e = body.items[0]->v.Expr.value;
    if (!wf_c_is_const(e, WF_AST_CONST_STR)) {
        return NULL;
    }
    wf_object_t *doc = clean_doc(e->v.Constant.value.data, e->v.Constant.value.len);
    if (doc == NULL) {
        *failed = 1;
    }
    return doc;
}

// ---- names and scopes ----------------------------------------------------------------------

const char *wf_c_mangle(wf_compiler_t *c, const char *name) {
    const char *m = wf_symtable_mangle(c->arena, c->u->private_name, name);
    if (m == NULL) {
        wf_err_nomemory();
    }
    return m;
}

int wf_c_add_name(wf_compiler_t *c, const char *name) {
    return namemap_add(&c->u->names, name);
}

int wf_c_emit_name(wf_compiler_t *c, wf_loc_t loc, int op, const char *name) {
    const char *m = wf_c_mangle(c, name);
    if (m == NULL) {
        return -1;
    }
    int i = wf_c_add_name(c, m);
    return i < 0 ? -1 : wf_c_emit(c, loc, op, i);
}

int wf_c_local_ref(wf_compiler_t *c, const char *name, int kind) {
    wf_cunit_t *u = c->u;
    for (int i = 0; i < u->nrefs; i++) {
        if (u->refs[i].kind == kind && strcmp(u->refs[i].name, name) == 0) {
            return i;
        }
    }
    if (kind == WF_REF_FAST && namemap_add(&u->varnames, name) < 0) {
        return -1;
    }
    if (grow_array((void **)&u->refs, &u->caprefs, u->nrefs, sizeof(wf_localref_t)) < 0) {
        return -1;
    }
    u->refs[u->nrefs].name = name;
    u->refs[u->nrefs].kind = kind;
    return u->nrefs++;
}

int wf_c_emit_local(wf_compiler_t *c, wf_loc_t loc, int op, const char *name, int kind) {
    int r = wf_c_local_ref(c, name, kind);
    return r < 0 ? -1 : wf_c_emit(c, loc, op, r);
}

int wf_c_scope(wf_compiler_t *c, const char *mangled) {
    wf_cunit_t *u = c->u;
    for (int i = u->noverrides - 1; i >= 0; i--) {
        if (strcmp(u->overrides[i].name, mangled) == 0) {
            return u->overrides[i].scope;
        }
    }
    return wf_ste_scope(u->ste, mangled);
}

int wf_c_is_function_like(wf_compiler_t *c) {
    return wf_block_is_function_like(c->u->ste->type);
}

static int is_fasthidden(wf_cunit_t *u, const char *name) {
    int i = namemap_find(&u->fasthidden, name);
    return i >= 0 && u->hidden_on[i];
}

int wf_c_fasthidden_add(wf_cunit_t *u, const char *name) {
    int i = namemap_add(&u->fasthidden, name);
    if (i < 0) {
        return -1;
    }
    if (i >= u->caphidden) {
        int cap = u->caphidden ? u->caphidden * 2 : 8;
        while (cap <= i) {
            cap *= 2;
        }
        int *p = wf_mem_realloc(u->hidden_on, sizeof(int) * (size_t)cap);
        if (p == NULL) {
            wf_err_nomemory();
            return -1;
        }
        memset(p + u->caphidden, 0, sizeof(int) * (size_t)(cap - u->caphidden));
        u->hidden_on = p;
        u->caphidden = cap;
    }
    if (u->hidden_on[i]) {
        return 0;
    }
    u->hidden_on[i] = 1;
    return 1;
}

void wf_c_fasthidden_remove(wf_cunit_t *u, const char *name) {
    int i = namemap_find(&u->fasthidden, name);
    if (i >= 0) {
        u->hidden_on[i] = 0;
    }
}

int wf_c_fasthidden_ever(wf_cunit_t *u, const char *name) {
    return namemap_find(&u->fasthidden, name) >= 0;
}

int wf_c_static_attr_add(wf_cunit_t *u, const char *name) {
    return namemap_add(&u->static_attrs, name) < 0 ? -1 : 0;
}

enum { OP_NAME, OP_FAST, OP_DEREF, OP_GLOBAL };

int wf_c_forbidden_name(wf_compiler_t *c, wf_loc_t loc, const char *name, wf_ast_ctx_t ctx) {
    if (ctx != WF_AST_Load && strcmp(name, "__debug__") == 0) {
        return wf_c_error(c, loc, ctx == WF_AST_Store ? "cannot assign to __debug__"
                                                      : "cannot delete __debug__");
    }
    return 0;
}

int wf_c_nameop(wf_compiler_t *c, wf_loc_t loc, const char *name, wf_ast_ctx_t ctx) {
    wf_cunit_t *u = c->u;
    if (strcmp(name, "__debug__") == 0) {
        if (ctx == WF_AST_Load) {
            return wf_c_load_const(c, loc, c->optimize ? WF_FALSE : WF_TRUE);
        }
        return wf_c_forbidden_name(c, loc, name, ctx);
    }
    const char *mangled = wf_c_mangle(c, name);
    if (mangled == NULL) {
        return -1;
    }
    int scope = wf_c_scope(c, mangled);
    int optype = OP_NAME, refkind = WF_REF_FAST;
    switch (scope) {
    case WF_SCOPE_FREE:
        optype = OP_DEREF;
        refkind = WF_REF_FREE;
        break;
    case WF_SCOPE_CELL:
        optype = OP_DEREF;
        refkind = WF_REF_CELL;
        break;
    case WF_SCOPE_LOCAL:
        if (wf_c_is_function_like(c) || is_fasthidden(u, mangled)) {
            optype = OP_FAST;
        }
        break;
    case WF_SCOPE_GLOBAL_IMPLICIT:
        if (wf_c_is_function_like(c)) {
            optype = OP_GLOBAL;
        }
        break;
    case WF_SCOPE_GLOBAL_EXPLICIT:
        optype = OP_GLOBAL;
        break;
    default:
        break;
    }
    static const int fast_ops[] = {WF_OP_LOAD_FAST, WF_OP_STORE_FAST, WF_OP_DELETE_FAST};
    static const int deref_ops[] = {WF_OP_LOAD_DEREF, WF_OP_STORE_DEREF, WF_OP_DELETE_DEREF};
    static const int global_ops[] = {WF_OP_LOAD_GLOBAL, WF_OP_STORE_GLOBAL, WF_OP_DELETE_GLOBAL};
    static const int name_ops[] = {WF_OP_LOAD_NAME, WF_OP_STORE_NAME, WF_OP_DELETE_NAME};
    int idx = ctx == WF_AST_Load ? 0 : ctx == WF_AST_Store ? 1 : 2;
    switch (optype) {
    case OP_FAST:
        return wf_c_emit_local(c, loc, fast_ops[idx], mangled, WF_REF_FAST);
    case OP_DEREF: {
        int op = deref_ops[idx];
        if (idx == 0 && u->ste->type == WF_BLOCK_CLASS && !u->in_inlined_comp) {
            op = WF_OP_LOAD_FROM_DICT_OR_DEREF;
        } else if (idx == 0 && u->ste->can_see_class_scope) {
            // Annotation scope in a class: the class namespace first.
            if (wf_c_emit_local(c, loc, WF_OP_LOAD_DEREF, "__classdict__", WF_REF_FREE) < 0) {
                return -1;
            }
            op = WF_OP_LOAD_FROM_MAPPING_OR_DEREF;
        }
        return wf_c_emit_local(c, loc, op, mangled, refkind);
    }
    case OP_GLOBAL: {
        int i = wf_c_add_name(c, mangled);
        if (i < 0) {
            return -1;
        }
        if (idx == 0 && u->ste->can_see_class_scope && scope == WF_SCOPE_GLOBAL_IMPLICIT) {
            if (wf_c_emit_local(c, loc, WF_OP_LOAD_DEREF, "__classdict__", WF_REF_FREE) < 0) {
                return -1;
            }
            return wf_c_emit(c, loc, WF_OP_LOAD_FROM_DICT_OR_GLOBALS, i);
        }
        return wf_c_emit(c, loc, global_ops[idx], idx == 0 ? i << 1 : i);
    }
    default: {
        int i = wf_c_add_name(c, mangled);
        if (i < 0) {
            return -1;
        }
        if (idx == 0 && u->ste->type == WF_BLOCK_CLASS && u->in_inlined_comp) {
            return wf_c_emit(c, loc, WF_OP_LOAD_GLOBAL, i << 1);
        }
        return wf_c_emit(c, loc, name_ops[idx], i);
    }
    }
}

// ---- frame blocks ----------------------------------------------------------------------------

int wf_c_push_fblock(wf_compiler_t *c, wf_loc_t loc, wf_fblock_kind_t kind, int block, int exit,
                     const void *datum) {
    wf_cunit_t *u = c->u;
    if (u->nfblocks >= WF_MAX_FBLOCKS) {
        return wf_c_error(c, loc, "too many statically nested blocks");
    }
    wf_fblock_t *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    f->datum = datum;
    f->loc = loc;
    return 0;
}

void wf_c_pop_fblock(wf_compiler_t *c) {
    c->u->nfblocks--;
}

// ---- units -------------------------------------------------------------------------------

static void unit_free(wf_cunit_t *u) {
    for (int i = 0; i < u->nconsts; i++) {
        WF_XDECREF(u->consts[i].value);
        wf_mem_free(u->consts[i].key);
    }
    wf_mem_free(u->consts);
    for (int i = 0; i < u->nlate; i++) {
        WF_DECREF(u->late[i]);
    }
    wf_mem_free(u->late);
    namemap_clear(&u->names);
    namemap_clear(&u->varnames);
    namemap_clear(&u->cellvars);
    namemap_clear(&u->freevars);
    namemap_clear(&u->fasthidden);
    wf_mem_free(u->hidden_on);
    namemap_clear(&u->static_attrs);
    wf_mem_free(u->refs);
    wf_mem_free(u->instrs);
    wf_mem_free(u->labels);
    wf_mem_free(u->overrides);
    WF_XDECREF(u->qualname);
    wf_mem_free(u);
}

// Sorted names of the block's symbols matching scope `scope` or having a flag in `flags`.
static int collect_sorted(wf_namemap_t *out, const wf_ste_t *ste, int scope, int flags) {
    int n = 0;
    const char **tmp = wf_mem_alloc(sizeof(char *) * (size_t)(ste->symbols.len + 1));
    if (tmp == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (int i = 0; i < ste->symbols.len; i++) {
        const wf_sym_t *s = &ste->symbols.items[i];
        if (s->scope == scope || (s->flags & flags)) {
            tmp[n++] = s->name;
        }
    }
    qsort(tmp, (size_t)n, sizeof(char *), wf_c_cmp_names);
    int r = 0;
    for (int i = 0; i < n && r == 0; i++) {
        r = namemap_add(out, tmp[i]) < 0 ? -1 : 0;
    }
    wf_mem_free(tmp);
    return r;
}

// Qualified name as CPython computes it: parent qualname (+ ".<locals>" for functions)
// + "." + name, unless the name is declared global in the parent.
static wf_object_t *make_qualname(wf_compiler_t *c, wf_cunit_t *u) {
    wf_cunit_t *parent = u->parent;
    if (parent != NULL && parent->kind == WF_UNIT_TYPEPARAMS) {
        // A generic's type-parameter scope is transparent for names.
        parent = parent->parent;
    }
    if (parent == NULL || parent->kind == WF_UNIT_MODULE) {
        return wf_str_from_cstr(u->name);
    }
    if (u->kind == WF_UNIT_FUNCTION || u->kind == WF_UNIT_ASYNC_FUNCTION ||
        u->kind == WF_UNIT_CLASS) {
        const char *m = wf_symtable_mangle(c->arena, parent->private_name, u->name);
        if (m == NULL) {
            return wf_err_nomemory();
        }
        if (wf_ste_scope(parent->ste, m) == WF_SCOPE_GLOBAL_EXPLICIT) {
            return wf_str_from_cstr(u->name);
        }
    }
    int locals = parent->kind == WF_UNIT_FUNCTION || parent->kind == WF_UNIT_ASYNC_FUNCTION ||
                 parent->kind == WF_UNIT_LAMBDA;
    return wf_str_from_format("%U%s.%s", parent->qualname, locals ? ".<locals>" : "", u->name);
}

int wf_c_enter_scope(wf_compiler_t *c, const char *name, wf_unit_kind_t kind, const void *key,
                     int firstlineno) {
    wf_cunit_t *u = wf_mem_calloc(1, sizeof(wf_cunit_t));
    if (u == NULL) {
        wf_err_nomemory();
        return -1;
    }
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->last_label_pos = -1;
    u->ste = key == NULL ? c->st.top : wf_symtable_lookup(&c->st, key);
    u->private_name = c->u ? c->u->private_name : NULL;
    if (kind == WF_UNIT_CLASS) {
        u->private_name = name;
    }
    if (u->ste == NULL) {
        wf_mem_free(u);
        wf_err_set_string(&wf_exc_SystemError, "compiler: unknown scope");
        return -1;
    }
    c->u = u;
    c->nestlevel++;
    // Parameters come first among the locals, in order.
    for (int i = 0; i < u->ste->nvarnames; i++) {
        if (wf_c_local_ref(c, u->ste->varnames[i], WF_REF_FAST) < 0) {
            goto error;
        }
    }
    if (collect_sorted(&u->cellvars, u->ste, WF_SCOPE_CELL, WF_DEF_COMP_CELL) < 0 ||
        (u->ste->needs_class_closure && namemap_add(&u->cellvars, "__class__") < 0) ||
        (u->ste->needs_classdict && namemap_add(&u->cellvars, "__classdict__") < 0) ||
        collect_sorted(&u->freevars, u->ste, WF_SCOPE_FREE, WF_DEF_FREE_CLASS) < 0) {
        goto error;
    }
    u->qualname = make_qualname(c, u);
    if (u->qualname == NULL) {
        goto error;
    }
    return 0;
error:
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
    return -1;
}

void wf_c_exit_scope(wf_compiler_t *c) {
    wf_cunit_t *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

static int code_flags(wf_compiler_t *c, wf_cunit_t *u) {
    const wf_ste_t *ste = u->ste;
    int flags = 0;
    if (wf_block_is_function_like(ste->type)) {
        flags |= WF_CO_NEWLOCALS | WF_CO_OPTIMIZED;
        if (ste->nested) {
            flags |= WF_CO_NESTED;
        }
        if (ste->generator && !ste->coroutine) {
            flags |= WF_CO_GENERATOR;
        }
        if (ste->generator && ste->coroutine) {
            flags |= WF_CO_ASYNC_GENERATOR;
        }
        if (ste->varargs) {
            flags |= WF_CO_VARARGS;
        }
        if (ste->varkeywords) {
            flags |= WF_CO_VARKEYWORDS;
        }
    }
    if (ste->coroutine && !ste->generator && wf_block_is_function_like(ste->type)) {
        flags |= WF_CO_COROUTINE;
    }
    if (ste->type == WF_BLOCK_CLASS) {
        flags |= WF_CO_CLASS_BODY;
    }
    if (c->future_annotations) {
        flags |= 0x1000000;  // CO_FUTURE_ANNOTATIONS
    }
    if (c->future_barry) {
        flags |= 0x400000;   // CO_FUTURE_BARRY_AS_BDFL
    }
    return flags;
}

wf_object_t *wf_c_finish_unit(wf_compiler_t *c, int add_return_none) {
    wf_cunit_t *u = c->u;
    if (add_return_none) {
        wf_loc_t loc = WF_NO_LOC;
        if (u->ninstrs > 0) {
            loc = u->instrs[u->ninstrs - 1].loc;
        }
        if (wf_c_load_none(c, loc) < 0 || wf_c_emit_noarg(c, loc, WF_OP_RETURN_VALUE) < 0) {
            return NULL;
        }
    }
    // Constants folded from tuples join the table now, in order, reusing equal ones.
    for (int i = 0; i < u->ninstrs; i++) {
        wf_cinstr_t *in = &u->instrs[i];
        if (in->op < WF_OP_COUNT && wf_opcode_argkinds[in->op] == WF_ARG_CONST &&
            (in->arg & WF_LATE_CONST)) {
            int ci = wf_c_add_const(c, u->late[in->arg & ~WF_LATE_CONST]);
            if (ci < 0) {
                return NULL;
            }
            in->arg = ci;
        }
    }
    wf_object_t *co = wf_c_assemble(c, u, code_flags(c, u));
    return co;
}

int wf_c_make_closure(wf_compiler_t *c, wf_loc_t loc, wf_object_t *code, int flags) {
    wf_code_t *co = (wf_code_t *)code;
    if (co->nfreevars > 0) {
        int first_free = co->nlocalsplus - co->nfreevars;
        for (int i = 0; i < co->nfreevars; i++) {
            wf_object_t *nameobj = WF_TUPLE_GET(co->localsplusnames, first_free + i);
            wf_ssize_t namelen;
            const char *name = wf_str_as_utf8(nameobj, &namelen);
            if (name == NULL) {
                return -1;
            }
            // The name must outlive this call: copy it into the arena.
            name = wf_arena_strndup(c->arena, name, strlen(name));
            if (name == NULL) {
                wf_err_nomemory();
                return -1;
            }
            int kind = WF_REF_FREE;
            if (c->u->kind == WF_UNIT_CLASS && (strcmp(name, "__class__") == 0 ||
                                                strcmp(name, "__classdict__") == 0)) {
                kind = WF_REF_CELL;
            } else if (wf_c_scope(c, name) == WF_SCOPE_CELL) {
                kind = WF_REF_CELL;
            }
            wf_namemap_t *m = kind == WF_REF_CELL ? &c->u->cellvars : &c->u->freevars;
            if (namemap_find(m, name) < 0) {
                wf_err_format(&wf_exc_SystemError,
                              "compiler: closure variable '%s' not found in %U", name,
                              c->u->qualname);
                return -1;
            }
            if (wf_c_emit_local(c, loc, WF_OP_LOAD_FAST, name, kind) < 0) {
                return -1;
            }
        }
        if (wf_c_emit(c, loc, WF_OP_BUILD_TUPLE, co->nfreevars) < 0) {
            return -1;
        }
        flags |= WF_FNATTR_CLOSURE;
    }
    if (wf_c_load_const(c, loc, code) < 0 || wf_c_emit_noarg(c, loc, WF_OP_MAKE_FUNCTION) < 0) {
        return -1;
    }
    static const int order[] = {WF_FNATTR_TYPE_PARAMS, WF_FNATTR_CLOSURE, WF_FNATTR_ANNOTATIONS,
                                WF_FNATTR_KWDEFAULTS, WF_FNATTR_DEFAULTS};
    for (int i = 0; i < 5; i++) {
        if ((flags & order[i]) && wf_c_emit(c, loc, WF_OP_SET_FUNCTION_ATTRIBUTE, order[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// ---- module compilation ------------------------------------------------------------------

static int check_future(wf_compiler_t *c, wf_ast_stmt_seq_t body) {
    // `from __future__` imports must come first (after the docstring).
    int i = 0, seen_other = 0;
    if (body.len > 0 && body.items[0]->kind == WF_AST_Expr &&
        wf_c_is_const(body.items[0]->v.Expr.value, WF_AST_CONST_STR)) {
        i = 1;
    }
    for (; i < body.len; i++) {
        wf_ast_stmt_t *s = body.items[i];
        int is_future = s->kind == WF_AST_ImportFrom && s->v.ImportFrom.module != NULL &&
                        strcmp(s->v.ImportFrom.module, "__future__") == 0;
        if (!is_future) {
            seen_other = 1;
            continue;
        }
        if (seen_other) {
            return wf_c_error(c, WF_LOC(s),
                              "from __future__ imports must occur at the beginning of the file");
        }
        for (int k = 0; k < s->v.ImportFrom.names.len; k++) {
            const char *f = s->v.ImportFrom.names.items[k]->name;
            static const char *const known[] = {
                "nested_scopes",  "generators",      "division",       "absolute_import",
                "with_statement", "print_function",  "unicode_literals", "generator_stop",
                "annotations",    "barry_as_FLUFL", NULL};
            int ok = 0;
            for (int j = 0; known[j]; j++) {
                ok |= strcmp(known[j], f) == 0;
            }
            if (strcmp(f, "braces") == 0 || !ok) {
                c->err_end_offset_none = 1;
                wf_loc_t loc = {s->lineno, s->lineno, s->col_offset, -1};
                return strcmp(f, "braces") == 0
                           ? wf_c_error(c, loc, "not a chance")
                           : wf_c_error(c, loc, "future feature %s is not defined", f);
            }
            if (strcmp(f, "annotations") == 0) {
                c->future_annotations = 1;
            }
            if (strcmp(f, "barry_as_FLUFL") == 0) {
                c->future_barry = 1;
            }
        }
    }
    return 0;
}

static wf_object_t *compile_mod(wf_compiler_t *c, wf_ast_mod_t *mod, int mode) {
    wf_ast_stmt_seq_t none = {0, NULL};
    wf_ast_stmt_seq_t body = mod->kind == WF_AST_Module        ? mod->v.Module.body
                             : mod->kind == WF_AST_Interactive ? mod->v.Interactive.body
                                                               : none;
    if (check_future(c, body) < 0) {
        return NULL;
    }
    if (wf_symtable_build(&c->st, mod, c->arena, c->src, c->srclen, c->future_annotations,
                          &c->err) < 0) {
        if (c->err.too_deep) {
            return wf_err_set_string(&wf_exc_RecursionError,
                                     "maximum recursion depth exceeded during compilation");
        }
        if (c->err.out_of_memory) {
            return wf_err_nomemory();
        }
        c->has_error = 1;
        c->err_from_file = 1;
        return NULL;
    }
    if (wf_c_enter_scope(c, "<module>", WF_UNIT_MODULE, NULL, 1) < 0) {
        return NULL;
    }
    int r = 0;
    wf_loc_t loc = {1, 1, 0, 0};
    switch (mod->kind) {
    case WF_AST_Module:
        if (body.len > 0) {
            loc = WF_LOC(body.items[0]);
        }
        r = wf_c_visit_body(c, loc, body);
        break;
    case WF_AST_Interactive:
        c->interactive = 1;
        r = wf_c_visit_body(c, loc, body);
        break;
    case WF_AST_Expression:
        r = wf_c_visit_expr(c, mod->v.Expression.body);
        if (r == 0) {
            r = wf_c_emit_noarg(c, WF_LOC(mod->v.Expression.body), WF_OP_RETURN_VALUE);
        }
        break;
    default:
        break;
    }
    wf_object_t *co = NULL;
    if (r == 0) {
        co = wf_c_finish_unit(c, mod->kind != WF_AST_Expression);
    }
    wf_c_exit_scope(c);
    (void)mode;
    return co;
}

// ---- SyntaxError objects -----------------------------------------------------------------

static wf_object_t *int_or_none(int v, int none_if_zero) {
    if (none_if_zero && v <= 0) {
        return wf_newref(WF_NONE);
    }
    return wf_int_from_i64(v);
}

// Raise the exception a wf_parse_error_t describes. Always returns NULL.
static wf_object_t *raise_parse_error(wf_compiler_t *c, wf_parse_error_t *err,
                                      const char *filename) {
    if (err->out_of_memory) {
        return wf_err_nomemory();
    }
    wf_type_t *type = err->kind == WF_TAB_ERROR           ? &wf_exc_TabError
                      : err->kind == WF_INDENTATION_ERROR ? &wf_exc_IndentationError
                                                          : &wf_exc_SyntaxError;
    if (err->too_deep) {
        // The parser's own stack limit is a MemoryError in CPython; a nesting limit found
        // later is a RecursionError.
        if (err->msg[0] != '\0') {
            return wf_err_set_string(&wf_exc_MemoryError, err->msg);
        }
        return wf_err_set_string(&wf_exc_RecursionError,
                                 "maximum recursion depth exceeded during compilation");
    }
    wf_object_t *msg = wf_str_decode_utf8(err->msg, (wf_ssize_t)strlen(err->msg), "replace");
    wf_object_t *fn = wf_str_decode_utf8(filename, (wf_ssize_t)strlen(filename), "surrogateescape");
    wf_object_t *text = err->text ? wf_str_decode_utf8(err->text, (wf_ssize_t)strlen(err->text),
                                                       "replace")
                                  : wf_newref(WF_NONE);
    int end_offset_none = 0;
    if (c != NULL && c->err_from_file) {
        char *line = file_line(filename, err->lineno);
        WF_XDECREF(text);
        text = line ? wf_str_decode_utf8(line, (wf_ssize_t)strlen(line), "replace")
                    : wf_newref(WF_NONE);
        free(line);
        end_offset_none = c->err_end_offset_none;
    }
    wf_object_t *lineno = wf_int_from_i64(err->lineno);
    wf_object_t *offset = wf_int_from_i64(err->offset);
    // No end position at all (line 0) reads as None; otherwise the values as given.
    int no_end = err->end_lineno <= 0;
    wf_object_t *end_lineno = int_or_none(err->end_lineno, no_end);
    wf_object_t *end_offset = int_or_none(err->end_offset, no_end || end_offset_none);
    wf_object_t *exc = NULL;
    if (msg && fn && text && lineno && offset && end_lineno && end_offset) {
        wf_object_t *details = wf_tuple_pack(6, fn, lineno, offset, text, end_lineno, end_offset);
        wf_object_t *args = details ? wf_tuple_pack(2, msg, details) : NULL;
        if (args != NULL) {
            exc = wf_exc_new(type, args);
        }
        WF_XDECREF(details);
        WF_XDECREF(args);
    }
    WF_XDECREF(msg);
    WF_XDECREF(fn);
    WF_XDECREF(text);
    WF_XDECREF(lineno);
    WF_XDECREF(offset);
    WF_XDECREF(end_lineno);
    WF_XDECREF(end_offset);
    if (exc != NULL) {
        wf_err_set_object_steal(exc);
    }
    return NULL;
}

// Parser warnings: printed like the compiler's own.
static int parse_warn(void *ctx, const char *category, const char *msg, int lineno, int col,
                      int end_lineno, int end_col) {
    (void)col;
    (void)end_lineno;
    (void)end_col;
    return emit_warning(ctx, category, lineno, msg);
}

static wf_object_t *compile_tree(wf_compiler_t *c, wf_ast_mod_t *mod, int mode) {
    wf_object_t *co = compile_mod(c, mod, mode);
    if (co == NULL && c->has_error && !wf_err_occurred()) {
        raise_parse_error(c, &c->err, c->filename_c);
    }
    wf_parse_error_clear(&c->err);
    return co;
}

static int init_compiler(wf_compiler_t *c, wf_arena_t *arena, const char *src, wf_ssize_t len,
                         const char *filename) {
    memset(c, 0, sizeof(*c));
    c->arena = arena;
    c->src = src;
    c->srclen = src ? (size_t)len : 0;
    c->filename_c = filename ? filename : "<string>";
    c->optimize = wf_config.optimize;
    c->filename = wf_str_decode_utf8(c->filename_c, (wf_ssize_t)strlen(c->filename_c),
                                     "surrogateescape");
    return c->filename == NULL ? -1 : 0;
}

wf_object_t *wf_compile_source_flags(const char *src, wf_ssize_t len, const char *filename,
                                     int mode, int parse_flags) {
    if (filename == NULL) {
        filename = "<string>";
    }
    wf_arena_t *arena = wf_arena_new();
    if (arena == NULL) {
        return wf_err_nomemory();
    }
    wf_compiler_t c;
    if (init_compiler(&c, arena, src, len, filename) < 0) {
        wf_arena_free(arena);
        return NULL;
    }
    c.err.warn = parse_warn;
    c.err.warn_ctx = &c;
    c.future_annotations = (parse_flags & WF_PARSE_FLAG_FUTURE_ANNOTATIONS) != 0;
    if (parse_flags & 0x2000) {
        c.optimize = (parse_flags >> 14) & 3;
    }
    int pmode = (mode == WF_COMPILE_EVAL ? WF_PARSE_EVAL
                 : mode == WF_COMPILE_SINGLE ? WF_PARSE_SINGLE
                                             : WF_PARSE_FILE) |
                (parse_flags & ~WF_PARSE_FLAGS_COMPILER);
    wf_ast_mod_t *mod = wf_parse(arena, src, (size_t)len, filename, pmode, &c.err);
    wf_object_t *co = NULL;
    if (mod == NULL) {
        raise_parse_error(NULL, &c.err, filename);
        wf_parse_error_clear(&c.err);
    } else {
        co = compile_tree(&c, mod, mode);
    }
    WF_DECREF(c.filename);
    wf_arena_free(arena);
    return co;
}

wf_ast_mod_t *wf_compile_parse_only(wf_arena_t *arena, const char *src, wf_ssize_t len,
                                    const char *filename, int mode, int parse_flags) {
    if (filename == NULL) {
        filename = "<string>";
    }
    wf_compiler_t c;
    if (init_compiler(&c, arena, src, len, filename) < 0) {
        return NULL;
    }
    c.err.warn = parse_warn;
    c.err.warn_ctx = &c;
    int pmode = (mode == WF_COMPILE_EVAL     ? WF_PARSE_EVAL
                 : mode == WF_COMPILE_SINGLE ? WF_PARSE_SINGLE
                                             : WF_PARSE_FILE) |
                parse_flags;
    wf_ast_mod_t *mod = wf_parse(arena, src, (size_t)len, filename, pmode, &c.err);
    if (mod == NULL) {
        raise_parse_error(NULL, &c.err, filename);
    }
    wf_parse_error_clear(&c.err);
    WF_DECREF(c.filename);
    return mod;
}

wf_object_t *wf_compile_source(const char *src, wf_ssize_t len, const char *filename, int mode) {
    // Source read from a file (not "<string>"/"<stdin>"): undecodable bytes get the
    // file-specific message.
    int flags = filename != NULL && filename[0] != '<' ? WF_PARSE_FLAG_FILE_INPUT : 0;
    return wf_compile_source_flags(src, len, filename, mode, flags);
}

wf_object_t *wf_compile_ast(struct wf_ast_mod *mod, const char *src, wf_ssize_t len,
                            const char *filename, int mode) {
    wf_compiler_t c;
    // The tree's own arena is unknown here: symbol tables go into a fresh one.
    wf_arena_t *arena = wf_arena_new();
    if (arena == NULL) {
        return wf_err_nomemory();
    }
    if (init_compiler(&c, arena, src, len, filename ? filename : "<string>") < 0) {
        wf_arena_free(arena);
        return NULL;
    }
    wf_object_t *co = compile_tree(&c, mod, mode);
    WF_DECREF(c.filename);
    wf_arena_free(arena);
    return co;
}
