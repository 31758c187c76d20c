// Code objects (objects/code.h) and the per-opcode tables expanded from runtime/opcodes.def.
//
// A code object owns three C arrays (instructions, positions, exception table) besides its
// Python-visible tuples. Positions are stored per code unit so that a lookup by instruction
// index is O(1) for tracebacks; the exception table is sorted by start so handler lookup is
// a binary search. Nothing here mutates a code object after wf_code_new returns.
#include "objects/code.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <stddef.h>

// ---- opcode tables ---------------------------------------------------------------------

const char *const wf_opcode_names[WF_OP_COUNT] = {
#define WF_OP(name, pop, push, jpush, arg, cache) [WF_OP_##name] = #name,
#include "runtime/opcodes.def"
};

const uint8_t wf_opcode_caches[WF_OP_COUNT] = {
#define WF_OP(name, pop, push, jpush, arg, cache) [WF_OP_##name] = (cache),
#include "runtime/opcodes.def"
};

const uint8_t wf_opcode_argkinds[WF_OP_COUNT] = {
#define WF_OP(name, pop, push, jpush, arg, cache) [WF_OP_##name] = WF_ARG_##arg,
#include "runtime/opcodes.def"
};

const char *const wf_intrinsic1_names[WF_INTRINSIC1_COUNT] = {
#define WF_INTRINSIC1(name, text) [WF_INTRINSIC1_##name] = text,
#include "runtime/opcodes.def"
};

const char *const wf_intrinsic2_names[WF_INTRINSIC2_COUNT] = {
#define WF_INTRINSIC2(name, text) [WF_INTRINSIC2_##name] = text,
#include "runtime/opcodes.def"
};

int wf_opcode_pop(int op, int oparg) {
    switch (op) {
#define WF_OP(name, pop, push, jpush, arg, cache) \
    case WF_OP_##name:                            \
        return (pop);
#include "runtime/opcodes.def"
    default:
        return 0;
    }
}

int wf_opcode_push(int op, int oparg) {
    switch (op) {
#define WF_OP(name, pop, push, jpush, arg, cache) \
    case WF_OP_##name:                            \
        return (push);
#include "runtime/opcodes.def"
    default:
        return 0;
    }
}

int wf_opcode_jump_push(int op, int oparg) {
    switch (op) {
#define WF_OP(name, pop, push, jpush, arg, cache) \
    case WF_OP_##name:                            \
        return (jpush);
#include "runtime/opcodes.def"
    default:
        return 0;
    }
}

// ---- construction ------------------------------------------------------------------------

static void *copy_array(const void *src, size_t count, size_t size) {
    size_t n = wf_mem_size_mul(count, size);
    if (n == 0) {
        return count == 0 ? wf_mem_alloc(1) : NULL;
    }
    void *p = wf_mem_alloc(n);
    if (p != NULL) {
        memcpy(p, src, n);
    }
    return p;
}

wf_object_t *wf_code_new(const wf_code_spec_t *spec) {
    wf_ssize_t nslots = WF_TUPLE_SIZE(spec->localsplusnames);
    if (!WF_TUPLE_CHECK(spec->consts) || !WF_TUPLE_CHECK(spec->names) || spec->ninstr <= 0) {
        return wf_err_bad_internal_call("wf_code_new");
    }
    wf_code_t *co = (wf_code_t *)wf_object_alloc(&wf_code_type, sizeof(wf_code_t));
    if (co == NULL) {
        return NULL;
    }
    co->argcount = spec->argcount;
    co->posonlyargcount = spec->posonlyargcount;
    co->kwonlyargcount = spec->kwonlyargcount;
    co->flags = spec->flags;
    co->stacksize = spec->stacksize;
    co->firstlineno = spec->firstlineno;
    co->nlocalsplus = (int)nslots;
    for (wf_ssize_t i = 0; i < nslots; i++) {
        uint8_t k = spec->localkinds[i];
        if (k & WF_FAST_LOCAL) {
            co->nlocals++;
        }
        if (k & WF_FAST_CELL) {
            co->ncellvars++;
        }
        if (k & WF_FAST_FREE) {
            co->nfreevars++;
        }
    }
    co->ninstr = spec->ninstr;
    co->instr = copy_array(spec->instr, (size_t)spec->ninstr, sizeof(wf_codeunit_t));
    co->positions = copy_array(spec->positions, (size_t)spec->ninstr, sizeof(wf_code_pos_t));
    co->exctable = copy_array(spec->exctable, (size_t)spec->nexctable, sizeof(wf_exc_entry_t));
    co->nexctable = spec->nexctable;
    co->localkinds = copy_array(spec->localkinds, (size_t)nslots, 1);
    co->consts = wf_newref(spec->consts);
    co->names = wf_newref(spec->names);
    co->localsplusnames = wf_newref(spec->localsplusnames);
    co->filename = wf_newref(spec->filename);
    co->name = wf_newref(spec->name);
    co->qualname = wf_newref(spec->qualname);
    if (co->instr == NULL || co->positions == NULL || co->exctable == NULL ||
        co->localkinds == NULL) {
        WF_DECREF(co);
        return wf_err_nomemory();
    }
    return (wf_object_t *)co;
}

static void code_dealloc(wf_object_t *o) {
    wf_code_t *co = (wf_code_t *)o;
    wf_mem_free(co->instr);
    wf_mem_free(co->positions);
    wf_mem_free(co->exctable);
    wf_mem_free(co->localkinds);
    WF_XDECREF(co->consts);
    WF_XDECREF(co->names);
    WF_XDECREF(co->localsplusnames);
    WF_XDECREF(co->filename);
    WF_XDECREF(co->name);
    WF_XDECREF(co->qualname);
    wf_object_free(o);
}

// ---- queries -------------------------------------------------------------------------------

int wf_code_addr2line(wf_code_t *code, wf_ssize_t i) {
    if (i < 0 || i >= code->ninstr) {
        return -1;
    }
    return WF_POS_LINE(&code->positions[i]);
}

int wf_code_line_is_own(wf_code_t *code, wf_ssize_t i) {
    if (i < 0 || i >= code->ninstr) {
        return 0;
    }
    int32_t l = code->positions[i].lineno;
    return l >= 0 && !(l & WF_POS_BORROWED);
}

int wf_code_positions(wf_code_t *code, wf_ssize_t i, int *line, int *endline, int *col,
                      int *endcol) {
    if (i < 0 || i >= code->ninstr) {
        *line = *endline = *col = *endcol = -1;
        return -1;
    }
    const wf_code_pos_t *p = &code->positions[i];
    *line = WF_POS_LINE(p);
    *endline = p->end_lineno;
    *col = p->col;
    *endcol = p->end_col;
    return 0;
}

int wf_code_find_handler(wf_code_t *code, wf_ssize_t i, wf_exc_entry_t *entry) {
    int lo = 0, hi = code->nexctable;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const wf_exc_entry_t *e = &code->exctable[mid];
        if (i < e->start) {
            hi = mid;
        } else if (i >= e->end) {
            lo = mid + 1;
        } else {
            *entry = *e;
            return 1;
        }
    }
    return 0;
}

// Names of the slots whose kind has any bit of `mask` (and none of `exclude`).
static wf_object_t *names_with_kind(wf_code_t *code, int mask, int exclude) {
    wf_ssize_t n = 0;
    for (int i = 0; i < code->nlocalsplus; i++) {
        if ((code->localkinds[i] & mask) && !(code->localkinds[i] & exclude)) {
            n++;
        }
    }
    wf_object_t *t = wf_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    n = 0;
    for (int i = 0; i < code->nlocalsplus; i++) {
        if ((code->localkinds[i] & mask) && !(code->localkinds[i] & exclude)) {
            WF_TUPLE_SET_STEAL(t, n++, wf_newref(WF_TUPLE_GET(code->localsplusnames, i)));
        }
    }
    return t;
}

wf_object_t *wf_code_varnames(wf_code_t *code) {
    return names_with_kind(code, WF_FAST_LOCAL, 0);
}

wf_object_t *wf_code_cellvars(wf_code_t *code) {
    return names_with_kind(code, WF_FAST_CELL, 0);
}

wf_object_t *wf_code_freevars(wf_code_t *code) {
    return names_with_kind(code, WF_FAST_FREE, 0);
}

int wf_code_local_index(wf_code_t *code, wf_object_t *name) {
    for (int i = 0; i < code->nlocalsplus; i++) {
        if (wf_str_eq(WF_TUPLE_GET(code->localsplusnames, i), name)) {
            return i;
        }
    }
    return -1;
}

// ---- Python-level attributes -------------------------------------------------------------

static wf_object_t *code_repr(wf_object_t *o) {
    wf_code_t *co = (wf_code_t *)o;
    return wf_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name, o,
                              co->filename, co->firstlineno);
}

#define CODE_INT_GETTER(field)                                        \
    static wf_object_t *code_get_##field(wf_object_t *o, void *c) {   \
        (void)c;                                                      \
        return wf_int_from_i64(((wf_code_t *)o)->field);              \
    }
CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(stacksize)
CODE_INT_GETTER(firstlineno)
CODE_INT_GETTER(nlocals)

static wf_object_t *code_get_flags(wf_object_t *o, void *c) {
    return wf_int_from_i64(((wf_code_t *)o)->flags & WF_CO_PUBLIC_FLAGS_MASK);
}

#define CODE_OBJ_GETTER(field)                                        \
    static wf_object_t *code_get_##field(wf_object_t *o, void *c) {   \
        (void)c;                                                      \
        return wf_newref(((wf_code_t *)o)->field);                    \
    }
CODE_OBJ_GETTER(consts)
CODE_OBJ_GETTER(names)
CODE_OBJ_GETTER(filename)
CODE_OBJ_GETTER(name)
CODE_OBJ_GETTER(qualname)

static wf_object_t *code_get_varnames(wf_object_t *o, void *c) {
    return wf_code_varnames((wf_code_t *)o);
}
static wf_object_t *code_get_cellvars(wf_object_t *o, void *c) {
    return wf_code_cellvars((wf_code_t *)o);
}
static wf_object_t *code_get_freevars(wf_object_t *o, void *c) {
    return wf_code_freevars((wf_code_t *)o);
}

// co_code: two bytes per code unit, (opcode, low byte of the argument), so that its offsets
// are those of co_lines(), f_lasti and the exception table, as in CPython. (A Weft code
// unit is a 32-bit word; the full argument is not recoverable from co_code.)
static wf_object_t *code_get_code(wf_object_t *o, void *c) {
    wf_code_t *co = (wf_code_t *)o;
    wf_object_t *r = wf_bytes_new_uninit(co->ninstr * 2);
    if (r == NULL) {
        return NULL;
    }
    unsigned char *p = (unsigned char *)WF_BYTES_DATA(r);
    for (wf_ssize_t i = 0; i < co->ninstr; i++) {
        p[2 * i] = (unsigned char)WF_INSTR_OP(co->instr[i]);
        p[2 * i + 1] = (unsigned char)WF_INSTR_ARG(co->instr[i]);
    }
    return r;
}

// co_lnotab (deprecated): (offset increment, line increment) byte pairs from co_lines(),
// line increments signed, large steps split, as CPython computes it.
typedef struct {
    unsigned char *p;
    wf_ssize_t len, cap;
} lnotab_t;

static int lnotab_put(lnotab_t *t, wf_ssize_t bdelta, int ldelta) {
    if (t->len + 2 > t->cap) {
        wf_ssize_t cap = t->cap * 2 + 16;
        unsigned char *np = wf_mem_realloc(t->p, (size_t)cap);
        if (np == NULL) {
            wf_err_nomemory();
            return -1;
        }
        t->p = np;
        t->cap = cap;
    }
    t->p[t->len++] = (unsigned char)bdelta;
    t->p[t->len++] = (unsigned char)(ldelta & 0xff);
    return 0;
}

static int lnotab_pair(lnotab_t *t, wf_ssize_t bdelta, int ldelta) {
    for (; bdelta > 255; bdelta -= 255) {
        if (lnotab_put(t, 255, 0) < 0) {
            return -1;
        }
    }
    while (ldelta > 127 || ldelta < -128) {
        int step = ldelta > 0 ? 127 : -128;
        if (lnotab_put(t, bdelta, step) < 0) {
            return -1;
        }
        ldelta -= step;
        bdelta = 0;
    }
    return lnotab_put(t, bdelta, ldelta);
}

static wf_object_t *code_get_lnotab(wf_object_t *o, void *c) {
    if (wf_err_warn(&wf_exc_DeprecationWarning, "co_lnotab is deprecated, use co_lines instead.",
                    1) < 0) {
        return NULL;
    }
    wf_code_t *co = (wf_code_t *)o;
    lnotab_t t = {NULL, 0, 0};
    wf_ssize_t prev_offset = 0, start = 0;
    int prev_line = co->firstlineno;
    while (start < co->ninstr) {
        int line = WF_POS_LINE(&co->positions[start]);
        wf_ssize_t end = start + 1;
        while (end < co->ninstr && WF_POS_LINE(&co->positions[end]) == line) {
            end++;
        }
        if (line >= 0 && line != prev_line) {
            if (lnotab_pair(&t, start * 2 - prev_offset, line - prev_line) < 0) {
                wf_mem_free(t.p);
                return NULL;
            }
            prev_offset = start * 2;
            prev_line = line;
        }
        start = end;
    }
    wf_object_t *r = wf_bytes_from(t.p != NULL ? (const char *)t.p : "", t.len);
    wf_mem_free(t.p);
    return r;
}

static wf_getset_def_t code_getsets[] = {
    {"co_lnotab", code_get_lnotab, NULL, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL, NULL},
    {"co_name", code_get_name, NULL, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

// co_lines(): iterator of (start, end, line) ranges. Offsets are code-unit indices times 2,
// keeping CPython's convention that offsets are even and consecutive units differ by 2.
static wf_object_t *code_co_lines(wf_object_t *o, wf_object_t *unused) {
    wf_code_t *co = (wf_code_t *)o;
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    wf_ssize_t start = 0;
    while (start < co->ninstr) {
        int line = WF_POS_LINE(&co->positions[start]);
        wf_ssize_t end = start + 1;
        while (end < co->ninstr && WF_POS_LINE(&co->positions[end]) == line) {
            end++;
        }
        wf_object_t *ln = line < 0 ? wf_newref(WF_NONE) : wf_int_from_i64(line);
        wf_object_t *a = wf_int_from_ssize(start * 2), *b = wf_int_from_ssize(end * 2);
        wf_object_t *t = (a && b && ln) ? wf_tuple_pack(3, a, b, ln) : NULL;
        WF_XDECREF(a);
        WF_XDECREF(b);
        WF_XDECREF(ln);
        if (t == NULL || wf_list_append_steal(list, t) < 0) {
            WF_DECREF(list);
            return NULL;
        }
        start = end;
    }
    wf_object_t *it = wf_iter(list);
    WF_DECREF(list);
    return it;
}

static wf_object_t *opt_int(int v) {
    return v < 0 ? wf_newref(WF_NONE) : wf_int_from_i64(v);
}

// co_positions(): one (lineno, end_lineno, col, end_col) tuple per code unit.
static wf_object_t *code_co_positions(wf_object_t *o, wf_object_t *unused) {
    wf_code_t *co = (wf_code_t *)o;
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < co->ninstr; i++) {
        const wf_code_pos_t *p = &co->positions[i];
        wf_object_t *v[4] = {opt_int(WF_POS_LINE(p)), opt_int(p->end_lineno), opt_int(p->col),
                             opt_int(p->end_col)};
        wf_object_t *t = NULL;
        if (v[0] && v[1] && v[2] && v[3]) {
            t = wf_tuple_from_array_steal(v, 4);
        } else {
            for (int k = 0; k < 4; k++) {
                WF_XDECREF(v[k]);
            }
        }
        if (t == NULL || wf_list_append_steal(list, t) < 0) {
            WF_DECREF(list);
            return NULL;
        }
    }
    wf_object_t *it = wf_iter(list);
    WF_DECREF(list);
    return it;
}

// replace(**changes): a copy with some fields changed. The name, qualname, filename, first
// line, flags, constants and names can change; changes that would need the instructions
// rewritten (variables, argument counts, the bytecode itself) raise NotImplementedError.
static wf_object_t *code_replace(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    if (nargs != 0) {
        return wf_err_format(&wf_exc_TypeError,
                             "replace() takes 0 positional arguments but %zd were given", nargs);
    }
    wf_code_t *co = WF_CODE(self);
    wf_code_spec_t spec = {
        .argcount = co->argcount, .posonlyargcount = co->posonlyargcount,
        .kwonlyargcount = co->kwonlyargcount, .flags = co->flags, .stacksize = co->stacksize,
        .firstlineno = co->firstlineno, .instr = co->instr, .ninstr = co->ninstr,
        .positions = co->positions, .exctable = co->exctable, .nexctable = co->nexctable,
        .localkinds = co->localkinds, .consts = co->consts, .names = co->names,
        .localsplusnames = co->localsplusnames, .filename = co->filename, .name = co->name,
        .qualname = co->qualname};
    for (wf_ssize_t i = 0; kwnames != NULL && i < WF_TUPLE_SIZE(kwnames); i++) {
        wf_object_t *key = WF_TUPLE_GET(kwnames, i), *v = args[i];
        const char *k = wf_str_as_utf8(key, NULL);
        if (k == NULL) {
            return NULL;
        }
        if (strcmp(k, "co_name") == 0 || strcmp(k, "co_qualname") == 0 ||
            strcmp(k, "co_filename") == 0) {
            if (!WF_STR_CHECK(v)) {
                return wf_err_format(&wf_exc_TypeError,
                                     "replace() argument '%s' must be str, not %T", k, v);
            }
            if (k[3] == 'n') {
                spec.name = v;
            } else if (k[3] == 'q') {
                spec.qualname = v;
            } else {
                spec.filename = v;
            }
        } else if (strcmp(k, "co_flags") == 0 || strcmp(k, "co_firstlineno") == 0) {
            int64_t n;
            if (!WF_INT_CHECK(v)) {
                return wf_err_format(&wf_exc_TypeError,
                                     "replace() argument '%s' must be int, not %T", k, v);
            }
            if (wf_int_as_i64(v, &n) < 0) {
                return NULL;
            }
            if (k[3] == 'f' && k[4] == 'l') {
                // Weft's private bits stay as they were.
                spec.flags = (int)((n & WF_CO_PUBLIC_FLAGS_MASK) |
                                   (co->flags & ~WF_CO_PUBLIC_FLAGS_MASK));
            } else {
                spec.firstlineno = (int)n;
            }
        } else if (strcmp(k, "co_consts") == 0 || strcmp(k, "co_names") == 0) {
            if (!WF_TUPLE_CHECK(v)) {
                return wf_err_format(&wf_exc_TypeError,
                                     "replace() argument '%s' must be tuple, not %T", k, v);
            }
            wf_object_t *old = k[3] == 'c' ? co->consts : co->names;
            if (WF_TUPLE_SIZE(v) != WF_TUPLE_SIZE(old)) {
                return wf_err_format(&wf_exc_NotImplementedError,
                                     "code.replace() with a different number of %s is not "
                                     "supported by Weft", k);
            }
            if (k[3] == 'c') {
                spec.consts = v;
            } else {
                spec.names = v;
            }
        } else {
            return wf_err_format(&wf_exc_NotImplementedError,
                                 "code.replace() of %s is not supported by Weft", k);
        }
    }
    return wf_code_new(&spec);
}

static wf_method_def_t code_methods[] = {
    {"replace", {.fastkw = code_replace}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"__replace__", {.fastkw = code_replace}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"co_lines", {.noargs = code_co_lines}, WF_METH_NOARGS, NULL},
    {"co_positions", {.noargs = code_co_positions}, WF_METH_NOARGS, NULL},
    {NULL, {NULL}, 0, NULL},
};

wf_type_t wf_code_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "code",
    .basicsize = sizeof(wf_code_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
    .methods = code_methods,
    .weaklistoffset = offsetof(wf_code_t, weakreflist),
};
