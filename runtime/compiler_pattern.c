// Code generation for match statements.
//
// The subject stays on the stack while a case's pattern runs. A pattern consumes the
// subject it is matched against; captured values are not stored immediately but kept on
// the stack below the items still needed (pattern_ctx.on_top) and stored only once the
// whole pattern matched, so a failing pattern binds nothing. On failure, code jumps to
// fail_pop[n], a ladder of POP_TOPs that removes the n items pushed so far. Or-patterns
// compile each alternative with its own ladder and reorder captures to the first
// alternative's order. This is CPython 3.13's scheme, so evaluation order and which
// __match_args__ / __len__ / keys lookups happen are the same.
#include "runtime/compiler.h"

#include "objects/abstract.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <string.h>

#define TRY(x)          \
    do {                \
        if ((x) < 0) {  \
            return -1;  \
        }               \
    } while (0)

#define EMIT(loc, op) TRY(wf_c_emit_noarg(c, (loc), WF_OP_##op))
#define EMIT_I(loc, op, arg) TRY(wf_c_emit(c, (loc), WF_OP_##op, (arg)))
#define NO_LOC WF_NO_LOC

typedef struct {
    const char **stores;   // names captured so far, in stack order
    int nstores, capstores;
    int allow_irrefutable; // 0: a capture/wildcard here would make later cases unreachable
    int *fail_pop;         // labels: fail_pop[i] pops i items
    int fail_pop_size;
    int on_top;            // items above the captures that must stay on top
} pattern_ctx;

static int visit_pattern(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc);

static int is_wildcard(const wf_ast_pattern_t *p) {
    return p->kind == WF_AST_MatchAs && p->v.MatchAs.name == NULL && p->v.MatchAs.pattern == NULL;
}

static int is_wildcard_star(const wf_ast_pattern_t *p) {
    return p->kind == WF_AST_MatchStar && p->v.MatchStar.name == NULL;
}

static int stores_index(const pattern_ctx *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++) {
        if (strcmp(pc->stores[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

static int stores_append(pattern_ctx *pc, const char *name) {
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        const char **p = wf_mem_realloc(pc->stores, sizeof(char *) * (size_t)cap);
        if (p == NULL) {
            wf_err_nomemory();
            return -1;
        }
        pc->stores = p;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int ensure_fail_pop(wf_compiler_t *c, pattern_ctx *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) {
        return 0;
    }
    int *p = wf_mem_realloc(pc->fail_pop, sizeof(int) * (size_t)size);
    if (p == NULL) {
        wf_err_nomemory();
        return -1;
    }
    pc->fail_pop = p;
    while (pc->fail_pop_size < size) {
        int l = wf_c_new_label(c);
        TRY(l);
        pc->fail_pop[pc->fail_pop_size++] = l;
    }
    return 0;
}

// Jump (with `op`) to the failure ladder, popping what is on top and the pending captures.
static int jump_to_fail_pop(wf_compiler_t *c, wf_loc_t loc, pattern_ctx *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    return wf_c_emit_jump(c, loc, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(wf_compiler_t *c, wf_loc_t loc, pattern_ctx *pc) {
    if (pc->fail_pop_size == 0) {
        return 0;
    }
    int r = 0;
    while (--pc->fail_pop_size && r == 0) {
        wf_c_use_label(c, pc->fail_pop[pc->fail_pop_size]);
        r = wf_c_emit_noarg(c, loc, WF_OP_POP_TOP);
    }
    if (r == 0) {
        wf_c_use_label(c, pc->fail_pop[0]);
    }
    pc->fail_pop_size = 0;
    wf_mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return r;
}

// 3.10's ROT_N with SWAPs: move the top item down `count` places.
static int rotate(wf_compiler_t *c, wf_loc_t loc, int count) {
    while (count > 1) {
        EMIT_I(loc, SWAP, count--);
    }
    return 0;
}

static int store_name(wf_compiler_t *c, wf_loc_t loc, const char *name, pattern_ctx *pc) {
    if (name == NULL) {
        EMIT(loc, POP_TOP);
        return 0;
    }
    TRY(wf_c_forbidden_name(c, loc, name, WF_AST_Store));
    if (stores_index(pc, name) >= 0) {
        return wf_c_error(c, loc, "multiple assignments to name '%s' in pattern", name);
    }
    // Keep the value below the items that must stay on top.
    TRY(rotate(c, loc, pc->on_top + pc->nstores + 1));
    return stores_append(pc, name);
}

static int subpattern(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    TRY(visit_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int load_int(wf_compiler_t *c, wf_loc_t loc, wf_ssize_t v) {
    wf_object_t *o = wf_int_from_ssize(v);
    if (o == NULL) {
        return -1;
    }
    int r = wf_c_load_const(c, loc, o);
    WF_DECREF(o);
    return r;
}

// ---- value patterns ---------------------------------------------------------------------

// Literal forms a value pattern accepts: constants, dotted names, -<number> and complex
// literals (a +/- b j), as the parser produces them.
static int is_value_expr(const wf_ast_expr_t *e) {
    switch (e->kind) {
    case WF_AST_Constant:
    case WF_AST_Attribute:
        return 1;
    case WF_AST_UnaryOp:
        return e->v.UnaryOp.op == WF_AST_USub && e->v.UnaryOp.operand->kind == WF_AST_Constant;
    case WF_AST_BinOp:
        return (e->v.BinOp.op == WF_AST_Add || e->v.BinOp.op == WF_AST_Sub) &&
               is_value_expr(e->v.BinOp.left) && e->v.BinOp.right->kind == WF_AST_Constant;
    default:
        return 0;
    }
}

static int pattern_value(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_ast_expr_t *v = p->v.MatchValue.value;
    wf_loc_t loc = WF_LOC(p);
    if (!is_value_expr(v)) {
        return wf_c_error(c, loc, "patterns may only match literals and attribute lookups");
    }
    TRY(wf_c_visit_expr(c, v));
    EMIT_I(loc, COMPARE_OP, WF_EQ);
    return jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE);
}

static int pattern_singleton(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_loc_t loc = WF_LOC(p);
    wf_object_t *k = wf_c_constant_object(c, &p->v.MatchSingleton.value);
    if (k == NULL) {
        return -1;
    }
    int r = wf_c_load_const(c, loc, k);
    WF_DECREF(k);
    TRY(r);
    EMIT_I(loc, IS_OP, 0);
    return jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE);
}

// ---- capture patterns --------------------------------------------------------------------

static int pattern_as(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_loc_t loc = WF_LOC(p);
    if (p->v.MatchAs.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name) {
                return wf_c_error(c, loc, "name capture '%s' makes remaining patterns unreachable",
                                  p->v.MatchAs.name);
            }
            return wf_c_error(c, loc, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, loc, p->v.MatchAs.name, pc);
    }
    // Match a copy; store the original on success.
    pc->on_top++;
    EMIT_I(loc, COPY, 1);
    TRY(visit_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, loc, p->v.MatchAs.name, pc);
}

// ---- sequence patterns -------------------------------------------------------------------

static int sequence_unpack(wf_compiler_t *c, wf_loc_t loc, wf_ast_pattern_seq_t pats,
                           pattern_ctx *pc) {
    int n = pats.len, seen_star = 0;
    for (int i = 0; i < n; i++) {
        wf_ast_pattern_t *elt = pats.items[i];
        if (elt->kind == WF_AST_MatchStar && !seen_star) {
            if (i >= (1 << 8) || (n - i - 1) >= (WF_MAX_OPARG >> 8)) {
                return wf_c_error(c, loc,
                                  "too many expressions in star-unpacking sequence pattern");
            }
            EMIT_I(loc, UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        } else if (elt->kind == WF_AST_MatchStar) {
            return wf_c_error(c, loc, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) {
        EMIT_I(loc, UNPACK_SEQUENCE, n);
    }
    // The new subjects stay on the stack while each subpattern runs.
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(subpattern(c, pats.items[i], pc));
    }
    return 0;
}

// Patterns with a `*_` wildcard: index the subject instead of unpacking it.
static int sequence_subscr(wf_compiler_t *c, wf_loc_t loc, wf_ast_pattern_seq_t pats, int star,
                           pattern_ctx *pc) {
    pc->on_top++;
    int size = pats.len;
    for (int i = 0; i < size; i++) {
        wf_ast_pattern_t *pat = pats.items[i];
        if (is_wildcard(pat) || i == star) {
            continue;
        }
        EMIT_I(loc, COPY, 1);
        if (i < star) {
            TRY(load_int(c, loc, i));
        } else {
            // The subject may not support negative indexes.
            EMIT(loc, GET_LEN);
            TRY(load_int(c, loc, size - i));
            EMIT_I(loc, BINARY_OP, WF_BINOP_SUB);
        }
        EMIT(loc, BINARY_SUBSCR);
        TRY(subpattern(c, pat, pc));
    }
    pc->on_top--;
    EMIT(loc, POP_TOP);
    return 0;
}

static int pattern_sequence(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_loc_t loc = WF_LOC(p);
    wf_ast_pattern_seq_t pats = p->v.MatchSequence.patterns;
    int size = pats.len, star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < size; i++) {
        wf_ast_pattern_t *pat = pats.items[i];
        if (pat->kind == WF_AST_MatchStar) {
            if (star >= 0) {
                return wf_c_error(c, loc, "multiple starred names in sequence pattern");
            }
            star_wildcard = is_wildcard_star(pat);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(pat);
    }
    pc->on_top++;
    EMIT(loc, MATCH_SEQUENCE);
    TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        EMIT(loc, GET_LEN);
        TRY(load_int(c, loc, size));
        EMIT_I(loc, COMPARE_OP, WF_EQ);
        TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        EMIT(loc, GET_LEN);
        TRY(load_int(c, loc, size - 1));
        EMIT_I(loc, COMPARE_OP, WF_GE);
        TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        EMIT(loc, POP_TOP);
        return 0;
    }
    if (star_wildcard) {
        return sequence_subscr(c, loc, pats, star, pc);
    }
    return sequence_unpack(c, loc, pats, pc);
}

// ---- mapping patterns ----------------------------------------------------------------------

static int mapping_keys(wf_compiler_t *c, wf_ast_pattern_t *p) {
    wf_ast_expr_seq_t keys = p->v.MatchMapping.keys;
    wf_loc_t loc = WF_LOC(p);
    int size = keys.len;
    wf_object_t **seen = wf_mem_calloc((size_t)size + 1, sizeof(wf_object_t *));
    if (seen == NULL) {
        wf_err_nomemory();
        return -1;
    }
    int nseen = 0, r = 0;
    for (int i = 0; i < size && r == 0; i++) {
        wf_ast_expr_t *key = keys.items[i];
        if (key->kind == WF_AST_Constant) {
            wf_object_t *k = wf_c_constant_object(c, &key->v.Constant.value);
            if (k == NULL) {
                r = -1;
                break;
            }
            for (int j = 0; j < nseen && r == 0; j++) {
                int eq = wf_richcompare_bool(seen[j], k, WF_EQ);
                if (eq < 0) {
                    wf_err_clear();
                } else if (eq) {
                    wf_object_t *rep = wf_repr(k);
                    const char *s = rep ? wf_str_as_utf8(rep, NULL) : NULL;
                    r = wf_c_error(c, loc, "mapping pattern checks duplicate key (%s)", s ? s : "?");
                    WF_XDECREF(rep);
                    wf_err_clear();
                }
            }
            seen[nseen++] = k;
        } else if (!is_value_expr(key)) {
            r = wf_c_error(c, loc,
                           "mapping pattern keys may only match literals and attribute lookups");
        }
        if (r == 0) {
            r = wf_c_visit_expr(c, key);
        }
    }
    for (int j = 0; j < nseen; j++) {
        WF_DECREF(seen[j]);
    }
    wf_mem_free(seen);
    return r;
}

static int pattern_mapping(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_loc_t loc = WF_LOC(p);
    wf_ast_pattern_seq_t pats = p->v.MatchMapping.patterns;
    int size = p->v.MatchMapping.keys.len;
    const char *rest = p->v.MatchMapping.rest;
    pc->on_top++;
    EMIT(loc, MATCH_MAPPING);
    TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    if (size == 0 && rest == NULL) {
        // `{}`: any mapping.
        pc->on_top--;
        EMIT(loc, POP_TOP);
        return 0;
    }
    if (size) {
        EMIT(loc, GET_LEN);
        TRY(load_int(c, loc, size));
        EMIT_I(loc, COMPARE_OP, WF_GE);
        TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    }
    TRY(mapping_keys(c, p));
    EMIT_I(loc, BUILD_TUPLE, size);
    EMIT(loc, MATCH_KEYS);
    // Subject, keys tuple, values tuple (or None).
    pc->on_top += 2;
    EMIT_I(loc, COPY, 1);
    TRY(wf_c_load_none(c, loc));
    EMIT_I(loc, IS_OP, 1);
    TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    EMIT_I(loc, UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, pats.items[i], pc));
    }
    pc->on_top -= 2;
    if (rest != NULL) {
        // rest = dict(subject) minus the matched keys
        EMIT_I(loc, BUILD_MAP, 0);            // [subject, keys, empty]
        EMIT_I(loc, SWAP, 3);                 // [empty, keys, subject]
        EMIT_I(loc, DICT_UPDATE, 2);          // [copy, keys]
        EMIT_I(loc, UNPACK_SEQUENCE, size);   // [copy, keys...]
        while (size) {
            EMIT_I(loc, COPY, 1 + size--);    // [copy, keys..., copy]
            EMIT_I(loc, SWAP, 2);             // [copy, keys..., copy, key]
            EMIT(loc, DELETE_SUBSCR);         // [copy, keys...]
        }
        return store_name(c, loc, rest, pc);
    }
    EMIT(loc, POP_TOP);  // keys
    EMIT(loc, POP_TOP);  // subject
    return 0;
}

// ---- class patterns ------------------------------------------------------------------------

static int pattern_class(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_loc_t loc = WF_LOC(p);
    wf_ast_pattern_seq_t pats = p->v.MatchClass.patterns;
    wf_ast_ident_seq_t attrs = p->v.MatchClass.kwd_attrs;
    wf_ast_pattern_seq_t kpats = p->v.MatchClass.kwd_patterns;
    int nargs = pats.len, nattrs = attrs.len;
    for (int i = 0; i < nattrs; i++) {
        TRY(wf_c_forbidden_name(c, WF_LOC(kpats.items[i]), attrs.items[i], WF_AST_Store));
        for (int j = i + 1; j < nattrs; j++) {
            if (strcmp(attrs.items[i], attrs.items[j]) == 0) {
                return wf_c_error(c, WF_LOC(kpats.items[j]),
                                  "attribute name repeated in class pattern: %s", attrs.items[i]);
            }
        }
    }
    TRY(wf_c_visit_expr(c, p->v.MatchClass.cls));
    wf_object_t *names = wf_tuple_new(nattrs);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < nattrs; i++) {
        wf_object_t *s = wf_c_str_object(c, attrs.items[i]);
        if (s == NULL) {
            for (int j = i; j < nattrs; j++) {
                WF_TUPLE_SET_STEAL(names, j, wf_newref(WF_NONE));
            }
            WF_DECREF(names);
            return -1;
        }
        WF_TUPLE_SET_STEAL(names, i, s);
    }
    int r = wf_c_load_const(c, loc, names);
    WF_DECREF(names);
    TRY(r);
    EMIT_I(loc, MATCH_CLASS, nargs);
    EMIT_I(loc, COPY, 1);
    TRY(wf_c_load_none(c, loc));
    EMIT_I(loc, IS_OP, 1);
    // A tuple of nargs + nattrs attributes (or None) is on top.
    pc->on_top++;
    TRY(jump_to_fail_pop(c, loc, pc, WF_OP_POP_JUMP_IF_FALSE));
    EMIT_I(loc, UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        wf_ast_pattern_t *pat = i < nargs ? pats.items[i] : kpats.items[i - nargs];
        if (is_wildcard(pat)) {
            EMIT(loc, POP_TOP);
            continue;
        }
        TRY(subpattern(c, pat, pc));
    }
    return 0;
}

// ---- or patterns -----------------------------------------------------------------------------

// Reorder this alternative's captures (top of the stack) to the first alternative's order.
static int reorder_captures(wf_compiler_t *c, wf_loc_t loc, pattern_ctx *pc, const char **control,
                            int ncontrol) {
    for (int icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
        int istores = stores_index(pc, control[icontrol]);
        if (istores < 0) {
            return 1;  // different names
        }
        if (icontrol != istores) {
            // stores: rotate stores[:istores+1] to sit at icontrol - istores.
            int rotations = istores + 1;
            const char *tmp[256];
            const char **rot = rotations <= 256 ? tmp : wf_mem_alloc(sizeof(char *) * (size_t)rotations);
            if (rot == NULL) {
                wf_err_nomemory();
                return -1;
            }
            memcpy(rot, pc->stores, sizeof(char *) * (size_t)rotations);
            memmove(pc->stores, pc->stores + rotations,
                    sizeof(char *) * (size_t)(pc->nstores - rotations));
            int at = icontrol - istores;
            memmove(pc->stores + at + rotations, pc->stores + at,
                    sizeof(char *) * (size_t)(pc->nstores - rotations - at));
            memcpy(pc->stores + at, rot, sizeof(char *) * (size_t)rotations);
            if (rot != tmp) {
                wf_mem_free(rot);
            }
            while (rotations--) {
                TRY(rotate(c, loc, icontrol + 1));
            }
        }
    }
    return 0;
}

static int pattern_or(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    wf_loc_t loc = WF_LOC(p);
    int end = wf_c_new_label(c);
    TRY(end);
    wf_ast_pattern_seq_t alts = p->v.MatchOr.patterns;
    pattern_ctx old = *pc;
    const char **control = NULL;
    int ncontrol = 0, r = 0;
    pattern_ctx alt_pc = {0};
    for (int i = 0; i < alts.len && r == 0; i++) {
        wf_ast_pattern_t *alt = alts.items[i];
        alt_pc.nstores = 0;
        alt_pc.allow_irrefutable = (i == alts.len - 1) && old.allow_irrefutable;
        alt_pc.fail_pop = NULL;
        alt_pc.fail_pop_size = 0;
        alt_pc.on_top = 0;
        if (wf_c_emit(c, WF_LOC(alt), WF_OP_COPY, 1) < 0 || visit_pattern(c, alt, &alt_pc) < 0) {
            r = -1;
            break;
        }
        if (i == 0) {
            ncontrol = alt_pc.nstores;
            control = wf_mem_alloc(sizeof(char *) * (size_t)(ncontrol + 1));
            if (control == NULL) {
                wf_err_nomemory();
                r = -1;
                break;
            }
            memcpy(control, alt_pc.stores, sizeof(char *) * (size_t)ncontrol);
        } else if (alt_pc.nstores != ncontrol) {
            r = 1;
        } else if (ncontrol) {
            r = reorder_captures(c, WF_LOC(alt), &alt_pc, control, ncontrol);
        }
        if (r == 1) {
            r = wf_c_error(c, loc, "alternative patterns bind different names");
            break;
        }
        if (r == 0 && (wf_c_emit_jump(c, WF_LOC(alt), WF_PSEUDO_JUMP, end) < 0 ||
                       emit_and_reset_fail_pop(c, WF_LOC(alt), &alt_pc) < 0)) {
            r = -1;
        }
    }
    wf_mem_free(alt_pc.stores);
    wf_mem_free(alt_pc.fail_pop);
    if (r < 0) {
        wf_mem_free(control);
        return -1;
    }
    // No alternative matched: pop the subject's copy and fail.
    if (wf_c_emit_noarg(c, loc, WF_OP_POP_TOP) < 0 ||
        jump_to_fail_pop(c, loc, pc, WF_PSEUDO_JUMP) < 0) {
        wf_mem_free(control);
        return -1;
    }
    wf_c_use_label(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol && r == 0; i++) {
        r = rotate(c, loc, nrots);
        if (r == 0 && stores_index(pc, control[i]) >= 0) {
            r = wf_c_error(c, loc, "multiple assignments to name '%s' in pattern", control[i]);
        }
        if (r == 0) {
            r = stores_append(pc, control[i]);
        }
    }
    wf_mem_free(control);
    TRY(r);
    EMIT(loc, POP_TOP);  // the subject's copy
    return 0;
}

static int visit_pattern(wf_compiler_t *c, wf_ast_pattern_t *p, pattern_ctx *pc) {
    TRY(wf_c_enter_depth(c));
    int r;
    switch (p->kind) {
    case WF_AST_MatchValue:
        r = pattern_value(c, p, pc);
        break;
    case WF_AST_MatchSingleton:
        r = pattern_singleton(c, p, pc);
        break;
    case WF_AST_MatchSequence:
        r = pattern_sequence(c, p, pc);
        break;
    case WF_AST_MatchMapping:
        r = pattern_mapping(c, p, pc);
        break;
    case WF_AST_MatchClass:
        r = pattern_class(c, p, pc);
        break;
    case WF_AST_MatchStar:
        r = store_name(c, WF_LOC(p), p->v.MatchStar.name, pc);
        break;
    case WF_AST_MatchAs:
        r = pattern_as(c, p, pc);
        break;
    case WF_AST_MatchOr:
        r = pattern_or(c, p, pc);
        break;
    default:
        wf_err_set_string(&wf_exc_SystemError, "compiler: unknown pattern kind");
        r = -1;
        break;
    }
    wf_c_leave_depth(c);
    return r;
}

int wf_c_match(wf_compiler_t *c, wf_ast_stmt_t *s) {
    TRY(wf_c_visit_expr(c, s->v.Match.subject));
    int end = wf_c_new_label(c);
    TRY(end);
    int cases = s->v.Match.cases.len;
    wf_ast_match_case_t *m = s->v.Match.cases.items[cases - 1];
    int has_default = is_wildcard(m->pattern) && cases > 1;
    pattern_ctx pc = {0};
    int r = 0;
    for (int i = 0; i < cases - has_default && r == 0; i++) {
        m = s->v.Match.cases.items[i];
        wf_loc_t ploc = WF_LOC(m->pattern);
        int last = i == cases - has_default - 1;
        // Copy the subject unless this is the last case.
        if (!last && wf_c_emit(c, ploc, WF_OP_COPY, 1) < 0) {
            r = -1;
            break;
        }
        pc.nstores = 0;
        pc.allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc.fail_pop = NULL;
        pc.fail_pop_size = 0;
        pc.on_top = 0;
        if (visit_pattern(c, m->pattern, &pc) < 0) {
            r = -1;
            break;
        }
        // Matched: store the captures (they are on the stack, first capture deepest).
        for (int k = 0; k < pc.nstores && r == 0; k++) {
            r = wf_c_nameop(c, ploc, pc.stores[k], WF_AST_Store);
        }
        if (r == 0 && m->guard) {
            r = ensure_fail_pop(c, &pc, 0);
            r = r < 0 ? -1 : wf_c_jump_if(c, ploc, m->guard, pc.fail_pop[0], 0);
        }
        if (r == 0 && !last) {
            r = wf_c_emit_noarg(c, NO_LOC, WF_OP_POP_TOP);
        }
        r = r < 0 ? -1 : wf_c_visit_stmts(c, m->body);
        r = r < 0 ? -1 : wf_c_emit_jump(c, NO_LOC, WF_PSEUDO_JUMP, end);
        r = r < 0 ? -1 : emit_and_reset_fail_pop(c, ploc, &pc);
    }
    wf_mem_free(pc.stores);
    wf_mem_free(pc.fail_pop);
    TRY(r);
    if (has_default) {
        m = s->v.Match.cases.items[cases - 1];
        if (m->guard) {
            TRY(wf_c_jump_if(c, WF_LOC(m->pattern), m->guard, end, 0));
        }
        TRY(wf_c_visit_stmts(c, m->body));
    }
    wf_c_use_label(c, end);
    return 0;
}
