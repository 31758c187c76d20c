// The assembler: one compilation unit's instruction list -> code object.
//
// Passes:
//  1. flow: from instruction 0 (and every handler reached), follow fallthrough, jumps and
//     SETUP_* handler edges, computing each instruction's stack depth on entry and the
//     exception handler active for it (a tree of handler nodes, one per SETUP). Depths
//     must agree where paths merge and never go negative; unreached code is dropped.
//  2. local slots: fast locals (parameters first), then cells that are not parameters,
//     then free variables; every local reference resolves to a slot.
//  3. unbound-local analysis: a forward "maybe unbound" dataflow over the fast locals turns
//     LOAD_FAST into LOAD_FAST_CHECK where a local may be unbound (also along exception
//     edges).
//  4. layout: prologue (COPY_FREE_VARS, MAKE_CELL), kept instructions with their zeroed
//     cache units, pseudo jumps turned into JUMP_FORWARD/JUMP_BACKWARD, conditional jumps
//     that would go backward redirected through a trampoline at the end, relative jump
//     arguments, the position of every code unit, the exception table as runs of
//     instructions sharing a handler.
#include "runtime/compiler.h"

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <string.h>

// A handler node: created by one SETUP_* instruction.
typedef struct {
    int setup;      // index of the SETUP instruction (-1: none)
    int parent;     // enclosing node (index into nodes) or -1
    int target;     // handler instruction index
    int depth;      // stack depth to unwind to
    int lasti;
} hnode_t;

typedef struct {
    wf_compiler_t *c;
    wf_cunit_t *u;
    int n;                  // instructions
    int *depth;             // entry depth, -1 = unreached
    int *handler;           // active handler node at the instruction, -1 none
    int *node_of_setup;     // SETUP instruction -> node id
    hnode_t *nodes;
    int nnodes;
    int *work;
    int nwork;
    int maxdepth;
    int *label_target;      // label -> instruction index (resolved)
} asm_t;

static int internal_error(const char *what, wf_cunit_t *u) {
    wf_err_format(&wf_exc_SystemError, "compiler: %s in %U", what, u->qualname);
    return -1;
}

static int is_terminal(int op) {
    switch (op) {
    case WF_OP_RETURN_VALUE:
    case WF_OP_RETURN_CONST:
    case WF_OP_RAISE_VARARGS:
    case WF_OP_RERAISE:
    case WF_PSEUDO_JUMP:
    case WF_PSEUDO_JUMP_NO_INTERRUPT:
        return 1;
    default:
        return 0;
    }
}

static int is_jump_op(int op) {
    if (op == WF_PSEUDO_JUMP || op == WF_PSEUDO_JUMP_NO_INTERRUPT) {
        return 1;
    }
    return op < WF_OP_COUNT && wf_opcode_is_jump(op);
}

static int is_setup(int op) {
    return op == WF_PSEUDO_SETUP_FINALLY || op == WF_PSEUDO_SETUP_CLEANUP ||
           op == WF_PSEUDO_SETUP_WITH;
}

// Record that instruction i is reached with (depth, handler); queue it the first time.
static int reach(asm_t *a, int i, int depth, int handler) {
    if (i < 0 || i >= a->n) {
        return internal_error("jump out of range", a->u);
    }
    if (depth < 0) {
        return internal_error("negative stack depth", a->u);
    }
    if (a->depth[i] >= 0) {
        if (a->depth[i] != depth) {
            return internal_error("inconsistent stack depth", a->u);
        }
        if (a->handler[i] != handler) {
            return internal_error("inconsistent exception handlers", a->u);
        }
        return 0;
    }
    a->depth[i] = depth;
    a->handler[i] = handler;
    if (depth > a->maxdepth) {
        a->maxdepth = depth;
    }
    a->work[a->nwork++] = i;
    return 0;
}

static int flow(asm_t *a) {
    wf_cinstr_t *ins = a->u->instrs;
    if (reach(a, 0, 0, -1) < 0) {
        return -1;
    }
    while (a->nwork > 0) {
        int i = a->work[--a->nwork];
        // Walk straight-line code from i until a terminal instruction.
        for (;;) {
            int d = a->depth[i], h = a->handler[i];
            int op = ins[i].op, arg = ins[i].arg;
            int next_d = d, next_h = h;
            if (is_setup(op)) {
                int id = a->node_of_setup[i];
                if (id < 0) {
                    id = a->nnodes++;
                    a->node_of_setup[i] = id;
                    hnode_t *nd = &a->nodes[id];
                    nd->setup = i;
                    nd->parent = h;
                    nd->target = a->label_target[arg];
                    nd->lasti = op != WF_PSEUDO_SETUP_FINALLY;
                    nd->depth = op == WF_PSEUDO_SETUP_WITH ? d - 1 : d;
                    if (nd->depth < 0) {
                        return internal_error("bad SETUP_WITH depth", a->u);
                    }
                    if (reach(a, nd->target, nd->depth + 1 + nd->lasti, h) < 0) {
                        return -1;
                    }
                }
                next_h = id;
            } else if (op == WF_PSEUDO_POP_BLOCK) {
                if (h < 0) {
                    return internal_error("POP_BLOCK without a handler", a->u);
                }
                next_h = a->nodes[h].parent;
            } else if (op == WF_PSEUDO_JUMP || op == WF_PSEUDO_JUMP_NO_INTERRUPT) {
                if (reach(a, a->label_target[arg], d, h) < 0) {
                    return -1;
                }
            } else if (op < WF_OP_COUNT) {
                int pop = wf_opcode_pop(op, arg);
                if (d < pop) {
                    return internal_error("stack underflow", a->u);
                }
                next_d = d - pop + wf_opcode_push(op, arg);
                if (wf_opcode_is_jump(op) &&
                    reach(a, a->label_target[arg], d - pop + wf_opcode_jump_push(op, arg), h) <
                        0) {
                    return -1;
                }
            } else {
                return internal_error("unknown pseudo-instruction", a->u);
            }
            if (is_terminal(op) || i + 1 >= a->n) {
                if (!is_terminal(op)) {
                    return internal_error("code falls off the end", a->u);
                }
                break;
            }
            if (a->depth[i + 1] >= 0) {
                if (reach(a, i + 1, next_d, next_h) < 0) {
                    return -1;
                }
                break;
            }
            a->depth[i + 1] = next_d;
            a->handler[i + 1] = next_h;
            if (next_d > a->maxdepth) {
                a->maxdepth = next_d;
            }
            i++;
        }
    }
    return 0;
}

// ---- local slots ---------------------------------------------------------------------------

typedef struct {
    int nlocals, nslots;
    int *ref_slot;          // localref -> slot
    const char **names;     // slot -> name
    uint8_t *kinds;
} slots_t;

static int build_slots(asm_t *a, slots_t *s) {
    wf_cunit_t *u = a->u;
    int nvar = u->varnames.len;
    int ncells_extra = 0;
    for (int i = 0; i < u->cellvars.len; i++) {
        if (wf_c_namemap_find(&u->varnames, u->cellvars.names[i]) < 0) {
            ncells_extra++;
        }
    }
    s->nlocals = nvar;
    s->nslots = nvar + ncells_extra + u->freevars.len;
    s->names = wf_mem_calloc((size_t)s->nslots + 1, sizeof(char *));
    s->kinds = wf_mem_calloc((size_t)s->nslots + 1, 1);
    s->ref_slot = wf_mem_calloc((size_t)u->nrefs + 1, sizeof(int));
    int *cell_slot = wf_mem_calloc((size_t)u->cellvars.len + 1, sizeof(int));
    if (s->names == NULL || s->kinds == NULL || s->ref_slot == NULL || cell_slot == NULL) {
        wf_mem_free(cell_slot);
        wf_err_nomemory();
        return -1;
    }
    int nparams = u->ste->nvarnames;
    int npos = u->argcount + u->posonlyargcount;
    for (int i = 0; i < nvar; i++) {
        const char *name = u->varnames.names[i];
        uint8_t k = WF_FAST_LOCAL;
        if (wf_c_namemap_find(&u->cellvars, name) >= 0) {
            k |= WF_FAST_CELL;
        }
        if (wf_c_fasthidden_ever(u, name)) {
            k |= WF_FAST_HIDDEN;
        }
        if (i < nparams && u->kind != WF_UNIT_COMPREHENSION) {
            if (i < u->posonlyargcount) {
                k |= WF_FAST_ARG_POS;
            } else if (i < npos) {
                k |= WF_FAST_ARG_POS | WF_FAST_ARG_KW;
            } else if (i < npos + u->kwonlyargcount) {
                k |= WF_FAST_ARG_KW;
            } else {
                k |= WF_FAST_ARG_VAR;
            }
        } else if (i < nparams) {
            k |= WF_FAST_ARG_POS;
        }
        s->names[i] = name;
        s->kinds[i] = k;
    }
    int next = nvar;
    for (int i = 0; i < u->cellvars.len; i++) {
        int v = wf_c_namemap_find(&u->varnames, u->cellvars.names[i]);
        if (v >= 0) {
            cell_slot[i] = v;
        } else {
            cell_slot[i] = next;
            s->names[next] = u->cellvars.names[i];
            s->kinds[next] = WF_FAST_CELL;
            next++;
        }
    }
    int first_free = next;
    for (int i = 0; i < u->freevars.len; i++) {
        s->names[next] = u->freevars.names[i];
        s->kinds[next] = WF_FAST_FREE;
        next++;
    }
    for (int r = 0; r < u->nrefs; r++) {
        const wf_localref_t *ref = &u->refs[r];
        int slot = -1;
        if (ref->kind == WF_REF_FAST) {
            slot = wf_c_namemap_find(&u->varnames, ref->name);
        } else if (ref->kind == WF_REF_CELL) {
            int ci = wf_c_namemap_find(&u->cellvars, ref->name);
            slot = ci < 0 ? -1 : cell_slot[ci];
        } else {
            int fi = wf_c_namemap_find(&u->freevars, ref->name);
            slot = fi < 0 ? -1 : first_free + fi;
        }
        if (slot < 0) {
            wf_mem_free(cell_slot);
            wf_err_format(&wf_exc_SystemError, "compiler: no slot for variable '%s' in %U",
                          ref->name, u->qualname);
            return -1;
        }
        s->ref_slot[r] = slot;
    }
    wf_mem_free(cell_slot);
    return 0;
}

static void free_slots(slots_t *s) {
    wf_mem_free(s->names);
    wf_mem_free(s->kinds);
    wf_mem_free(s->ref_slot);
}

static int is_local_op(int op) {
    return op < WF_OP_COUNT && wf_opcode_argkinds[op] == WF_ARG_LOCAL;
}

// ---- unbound locals ------------------------------------------------------------------------------

typedef uint64_t word_t;

// Mark LOAD_FAST instructions whose local may be unbound (rewritten as LOAD_FAST_CHECK).
static int find_unbound_loads(asm_t *a, slots_t *s, uint8_t *needs_check) {
    wf_cunit_t *u = a->u;
    int nw = (s->nlocals + 63) / 64;
    if (nw == 0) {
        return 0;
    }
    int n = a->n;
    word_t *state = wf_mem_calloc((size_t)n * (size_t)nw, sizeof(word_t));
    uint8_t *queued = wf_mem_calloc((size_t)n, 1);
    uint8_t *visited = wf_mem_calloc((size_t)n, 1);
    int *work = wf_mem_alloc(sizeof(int) * (size_t)n);
    word_t *cur = wf_mem_alloc(sizeof(word_t) * (size_t)nw);
    if (state == NULL || queued == NULL || visited == NULL || work == NULL || cur == NULL) {
        wf_mem_free(state);
        wf_mem_free(queued);
        wf_mem_free(visited);
        wf_mem_free(work);
        wf_mem_free(cur);
        wf_err_nomemory();
        return -1;
    }
    // Entry: parameters and cell slots are bound, other plain locals are not.
    word_t *s0 = &state[0];
    int nparams = u->kind == WF_UNIT_MODULE || u->kind == WF_UNIT_CLASS ? 0 : u->ste->nvarnames;
    for (int i = nparams; i < s->nlocals; i++) {
        if (!(s->kinds[i] & WF_FAST_CELL)) {
            s0[i / 64] |= (word_t)1 << (i % 64);
        }
    }
    int nwork = 0;
    work[nwork++] = 0;
    queued[0] = 1;
    wf_cinstr_t *ins = u->instrs;
    // Propagate `cur` into instruction j; queue it if its state grew.
    #define MERGE_INTO(j)                                                  \
        do {                                                               \
            int j_ = (j);                                                  \
            word_t *t_ = &state[(size_t)j_ * (size_t)nw];                  \
            int grew_ = 0;                                                 \
            for (int w_ = 0; w_ < nw; w_++) {                              \
                word_t v_ = t_[w_] | cur[w_];                              \
                if (v_ != t_[w_]) {                                        \
                    t_[w_] = v_;                                           \
                    grew_ = 1;                                             \
                }                                                          \
            }                                                              \
            if ((grew_ || !visited[j_]) && !queued[j_]) {                   \
                queued[j_] = 1;                                            \
                work[nwork++] = j_;                                        \
            }                                                              \
        } while (0)
    while (nwork > 0) {
        int i = work[--nwork];
        queued[i] = 0;
        visited[i] = 1;
        memcpy(cur, &state[(size_t)i * (size_t)nw], sizeof(word_t) * (size_t)nw);
        int op = ins[i].op;
        // Exceptions leave with the state before the instruction.
        if (a->handler[i] >= 0 && !is_setup(op) && op != WF_PSEUDO_POP_BLOCK) {
            MERGE_INTO(a->nodes[a->handler[i]].target);
        }
        if (is_local_op(op)) {
            int slot = s->ref_slot[ins[i].arg];
            if (slot < s->nlocals) {
                word_t bit = (word_t)1 << (slot % 64);
                if (op == WF_OP_STORE_FAST && ins[i].maybe_null) {
                    cur[slot / 64] |= bit;
                } else if (op == WF_OP_STORE_FAST) {
                    cur[slot / 64] &= ~bit;
                } else if (op == WF_OP_DELETE_FAST || op == WF_OP_LOAD_FAST_AND_CLEAR) {
                    cur[slot / 64] |= bit;
                } else if (op == WF_OP_LOAD_FAST) {
                    // After a checked load the local is known to be bound.
                    cur[slot / 64] &= ~bit;
                }
            }
        }
        if (is_setup(op)) {
            MERGE_INTO(a->nodes[a->node_of_setup[i]].target);
        }
        if (is_jump_op(op)) {
            MERGE_INTO(a->label_target[ins[i].arg]);
        }
        if (!is_terminal(op) && i + 1 < n) {
            MERGE_INTO(i + 1);
        }
    }
    #undef MERGE_INTO
    for (int i = 0; i < n; i++) {
        if (a->depth[i] >= 0 && ins[i].op == WF_OP_LOAD_FAST) {
            int slot = s->ref_slot[ins[i].arg];
            if (slot < s->nlocals &&
                (state[(size_t)i * (size_t)nw + (size_t)(slot / 64)] >> (slot % 64)) & 1) {
                needs_check[i] = 1;
            }
        }
    }
    wf_mem_free(state);
    wf_mem_free(queued);
    wf_mem_free(visited);
    wf_mem_free(work);
    wf_mem_free(cur);
    return 0;
}

// ---- layout ----------------------------------------------------------------------------------------

typedef struct {
    wf_codeunit_t *code;
    wf_code_pos_t *pos;
    int *handler;           // per code unit: handler node or -1
    wf_ssize_t len, cap;
} out_t;

static int out_emit(out_t *o, int op, int arg, wf_loc_t loc, int handler) {
    int units = 1 + wf_opcode_caches[op];
    if (o->len + units > o->cap) {
        wf_ssize_t cap = (o->cap ? o->cap * 2 : 64) + units;
        wf_codeunit_t *c = wf_mem_realloc(o->code, sizeof(wf_codeunit_t) * (size_t)cap);
        if (c != NULL) {
            o->code = c;
        }
        wf_code_pos_t *p = wf_mem_realloc(o->pos, sizeof(wf_code_pos_t) * (size_t)cap);
        if (p != NULL) {
            o->pos = p;
        }
        int *h = wf_mem_realloc(o->handler, sizeof(int) * (size_t)cap);
        if (h != NULL) {
            o->handler = h;
        }
        if (c == NULL || p == NULL || h == NULL) {
            wf_err_nomemory();
            return -1;
        }
        o->cap = cap;
    }
    if (arg < 0 || arg > WF_MAX_OPARG) {
        wf_err_set_string(&wf_exc_SystemError, "compiler: instruction argument too large");
        return -1;
    }
    wf_code_pos_t p = {loc.lineno, loc.end_lineno, loc.col, loc.end_col};
    for (int k = 0; k < units; k++) {
        o->code[o->len + k] = k == 0 ? WF_INSTR_MAKE(op, arg) : 0;
        o->pos[o->len + k] = p;
        o->handler[o->len + k] = handler;
    }
    o->len += units;
    return 0;
}

static int keep_instr(asm_t *a, int i) {
    int op = a->u->instrs[i].op;
    return a->depth[i] >= 0 && op != WF_OP_NOP && !is_setup(op) && op != WF_PSEUDO_POP_BLOCK;
}

// Index of the first kept instruction at or after i (n if none).
static int skip_to_kept(asm_t *a, const uint8_t *kept, int i) {
    while (i < a->n && !kept[i]) {
        i++;
    }
    return i;
}

static int build_exctable(asm_t *a, out_t *o, const wf_ssize_t *offset, wf_exc_entry_t **table,
                          int *ntable) {
    int cap = 8, n = 0;
    wf_exc_entry_t *t = wf_mem_alloc(sizeof(wf_exc_entry_t) * (size_t)cap);
    if (t == NULL) {
        wf_err_nomemory();
        return -1;
    }
    wf_ssize_t i = 0;
    while (i < o->len) {
        int h = o->handler[i];
        if (h < 0) {
            i++;
            continue;
        }
        wf_ssize_t start = i;
        while (i < o->len && o->handler[i] == h) {
            i++;
        }
        const hnode_t *nd = &a->nodes[h];
        if (n == cap) {
            cap *= 2;
            wf_exc_entry_t *nt = wf_mem_realloc(t, sizeof(wf_exc_entry_t) * (size_t)cap);
            if (nt == NULL) {
                wf_mem_free(t);
                wf_err_nomemory();
                return -1;
            }
            t = nt;
        }
        t[n].start = (int32_t)start;
        t[n].end = (int32_t)i;
        t[n].handler = (int32_t)offset[nd->target];
        t[n].depth = nd->depth;
        t[n].lasti = nd->lasti;
        n++;
    }
    *table = t;
    *ntable = n;
    return 0;
}

// Keep a NOP (or an otherwise dropped SETUP or jump, as a NOP) whose line would vanish with it:
// it has a line that neither the instruction before it in its basic block nor the next
// kept one carries (when the next one has no line, it takes the NOP's position instead).
// That is CPython's rule, so `pass`, `try:` and the like still get line events and f_lineno.
static int keep_line_nops(asm_t *a, uint8_t *kept, const uint8_t *nopable) {
    wf_cinstr_t *ins = a->u->instrs;
    int n = a->n;
    uint8_t *starts = wf_mem_calloc((size_t)n + 1, 1);
    if (starts == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (int l = 0; l < a->u->nlabels; l++) {
        int t = a->label_target[l];
        if (t >= 0 && t < n) {
            starts[t] = 1;
        }
    }
    for (int i = 0; i < n; i++) {
        if (is_jump_op(ins[i].op) || is_terminal(ins[i].op)) {
            starts[i + 1] = 1;
        }
    }
    int prev_line = -1;
    for (int i = 0; i < n; i++) {
        if (starts[i]) {
            prev_line = -1;
        }
        if (a->depth[i] < 0) {
            continue;
        }
        int op = ins[i].op, line = ins[i].loc.lineno;
        if (kept[i]) {
            if (line >= 0) {
                prev_line = line;
            }
            continue;
        }
        if ((op != WF_OP_NOP && !is_setup(op) && !nopable[i]) || line < 0 || line == prev_line) {
            continue;
        }
        int j = skip_to_kept(a, kept, i + 1);
        int next_line = j < n ? ins[j].loc.lineno : -1;
        if (next_line == line) {
            continue;
        }
        if (j < n && next_line < 0 && !starts[j]) {
            ins[j].loc = ins[i].loc;
            continue;
        }
        kept[i] = 1;
        prev_line = line;
    }
    wf_mem_free(starts);
    return 0;
}

// Lay the code out; offsets of kept instructions go in offset[].
static int layout(asm_t *a, slots_t *s, const uint8_t *needs_check, out_t *o, wf_ssize_t *offset,
                  uint8_t *kept) {
    wf_cunit_t *u = a->u;
    wf_cinstr_t *ins = u->instrs;
    int n = a->n;
    for (int i = 0; i < n; i++) {
        kept[i] = (uint8_t)keep_instr(a, i);
    }
    // Jumps to the very next kept instruction are dropped (a `break` right before the
    // loop's end may come back as a NOP for its line).
    uint8_t *nopable = wf_mem_calloc((size_t)n + 1, 1);
    if (nopable == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        int op = ins[i].op;
        if (kept[i] && (op == WF_PSEUDO_JUMP || op == WF_PSEUDO_JUMP_NO_INTERRUPT)) {
            int t = skip_to_kept(a, kept, a->label_target[ins[i].arg]);
            if (t == skip_to_kept(a, kept, i + 1)) {
                kept[i] = 0;
                nopable[i] = 1;
            }
        }
    }
    int rc = keep_line_nops(a, kept, nopable);
    for (int i = n - 1; i >= 0; i--) {
        if (!nopable[i]) {
            continue;
        }
        if (kept[i]) {
            ins[i].op = WF_OP_NOP;  // a dropped jump kept for its line
            ins[i].arg = 0;
        } else if (skip_to_kept(a, kept, a->label_target[ins[i].arg]) !=
                   skip_to_kept(a, kept, i + 1)) {
            kept[i] = 1;  // a NOP kept for its line now sits between it and its target
        }
    }
    wf_mem_free(nopable);
    if (rc < 0) {
        return -1;
    }
    // Prologue: closure cells, then cells for the cell slots.
    wf_loc_t noloc = WF_NO_LOC;
    if (u->freevars.len > 0 && out_emit(o, WF_OP_COPY_FREE_VARS, u->freevars.len, noloc, -1) < 0) {
        return -1;
    }
    for (int k = 0; k < s->nslots; k++) {
        if ((s->kinds[k] & WF_FAST_CELL) && out_emit(o, WF_OP_MAKE_CELL, k, noloc, -1) < 0) {
            return -1;
        }
    }
    // First pass: offsets.
    wf_ssize_t off = o->len;
    for (int i = 0; i < n; i++) {
        offset[i] = off;
        if (kept[i]) {
            int op = ins[i].op;
            int real = op == WF_PSEUDO_JUMP || op == WF_PSEUDO_JUMP_NO_INTERRUPT ? WF_OP_JUMP_FORWARD
                       : is_setup(op)                                          ? WF_OP_NOP
                                                                               : op;
            off += 1 + wf_opcode_caches[real];
        }
    }
    // Dropped instructions take the offset of the next kept one.
    wf_ssize_t next_off = off;
    for (int i = n - 1; i >= 0; i--) {
        if (kept[i]) {
            next_off = offset[i];
        } else {
            offset[i] = next_off;
        }
    }
    // Exception handlers: an artificial instruction starting one has no position (other
    // artificial instructions take the previous one's, so that e.g. a loop's backward
    // jump reports the line it follows).
    uint8_t *targeted = wf_mem_calloc((size_t)n + 1, 1);
    if (targeted == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (is_setup(ins[i].op) && a->depth[i] >= 0) {
            targeted[skip_to_kept(a, kept, a->label_target[ins[i].arg])] = 1;
        }
    }
    // Trampolines for backward conditional jumps go after the code.
    int ntramp = 0;
    wf_ssize_t tramp_off = off;
    int *tramp = wf_mem_alloc(sizeof(int) * (size_t)(n + 1));
    if (tramp == NULL) {
        wf_mem_free(targeted);
        wf_err_nomemory();
        return -1;
    }
    wf_loc_t prev_loc = noloc, known_loc = noloc;
    int r = 0;
    for (int i = 0; i < n && r == 0; i++) {
        if (!kept[i]) {
            continue;
        }
        int op = ins[i].op, arg = ins[i].arg;
        wf_loc_t loc = ins[i].loc;
        if (is_setup(op)) {
            op = WF_OP_NOP;  // kept for its line (keep_line_nops)
            arg = 0;
        }
        int borrowed = 0;
        if (loc.lineno < 0 && !targeted[i]) {
            // Artificial instruction: same position as the one before it, unless it starts
            // a handler or jump target.
            loc = prev_loc;
            borrowed = loc.lineno >= 0;
        }
        if (loc.lineno < 0 && op == WF_OP_RETURN_CONST) {
            // The implicit `return None` ending a function reports the last line laid out
            // before it, as CPython's frames do.
            loc = known_loc;
            borrowed = loc.lineno >= 0;
        }
        prev_loc = loc;
        if (loc.lineno >= 0) {
            known_loc = loc;
        }
        if (borrowed) {
            loc.lineno |= WF_POS_BORROWED;
        }
        if (is_local_op(op)) {
            arg = s->ref_slot[arg];
            if (op == WF_OP_LOAD_FAST && needs_check[i]) {
                op = WF_OP_LOAD_FAST_CHECK;
            }
        }
        if (is_jump_op(op)) {
            wf_ssize_t target = offset[a->label_target[arg]];
            wf_ssize_t next = offset[i] + 1 + wf_opcode_caches[op < WF_OP_COUNT ? op : WF_OP_JUMP_FORWARD];
            if (op == WF_PSEUDO_JUMP || op == WF_PSEUDO_JUMP_NO_INTERRUPT) {
                if (target >= next) {
                    op = WF_OP_JUMP_FORWARD;
                    arg = (int)(target - next);
                } else {
                    op = ins[i].op == WF_PSEUDO_JUMP ? WF_OP_JUMP_BACKWARD
                                                     : WF_OP_JUMP_BACKWARD_NO_INTERRUPT;
                    arg = (int)(next - target);
                }
            } else if (target >= next) {
                arg = (int)(target - next);
            } else {
                // Forward to a trampoline that jumps back.
                tramp[ntramp++] = i;
                arg = (int)(tramp_off - next);
                tramp_off += 1 + wf_opcode_caches[WF_OP_JUMP_BACKWARD];
            }
        }
        int h = a->handler[i];
        r = out_emit(o, op, arg, loc, h);
    }
    for (int k = 0; k < ntramp && r == 0; k++) {
        int i = tramp[k];
        wf_ssize_t target = offset[a->label_target[ins[i].arg]];
        wf_ssize_t next = o->len + 1 + wf_opcode_caches[WF_OP_JUMP_BACKWARD];
        r = out_emit(o, WF_OP_JUMP_BACKWARD, (int)(next - target), ins[i].loc, a->handler[i]);
    }
    wf_mem_free(tramp);
    wf_mem_free(targeted);
    return r;
}

// ---- code object ---------------------------------------------------------------------------------

static wf_object_t *make_tuple_of_names(const char *const *names, int n) {
    wf_object_t *t = wf_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        wf_object_t *s = wf_str_intern_cstr(names[i]);
        if (s == NULL) {
            for (int j = i; j < n; j++) {
                WF_TUPLE_SET_STEAL(t, j, wf_newref(WF_NONE));
            }
            WF_DECREF(t);
            return NULL;
        }
        WF_TUPLE_SET_STEAL(t, i, s);
    }
    return t;
}

// The constants the final code uses (the first is always kept: it may be the docstring),
// renumbered in order; LOAD_CONST / RETURN_CONST arguments are rewritten to match.
static wf_object_t *used_consts(wf_cunit_t *u, out_t *o) {
    int n = u->nconsts;
    int *map = wf_mem_alloc(sizeof(int) * (size_t)(n + 1));
    if (map == NULL) {
        return wf_err_nomemory();
    }
    for (int i = 0; i < n; i++) {
        map[i] = i == 0 ? 0 : -1;
    }
    for (wf_ssize_t i = 0; i < o->len; i = wf_instr_next(o->code, i)) {
        int op = WF_INSTR_OP(o->code[i]);
        if (wf_opcode_argkinds[op] == WF_ARG_CONST) {
            map[WF_INSTR_ARG(o->code[i])] = 0;
        }
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (map[i] >= 0) {
            map[i] = k++;
        }
    }
    wf_object_t *t = wf_tuple_new(k);
    if (t != NULL) {
        for (int i = 0; i < n; i++) {
            if (map[i] >= 0) {
                WF_TUPLE_SET_STEAL(t, map[i], wf_newref(u->consts[i].value));
            }
        }
        for (wf_ssize_t i = 0; i < o->len; i = wf_instr_next(o->code, i)) {
            int op = WF_INSTR_OP(o->code[i]);
            if (wf_opcode_argkinds[op] == WF_ARG_CONST) {
                o->code[i] = WF_INSTR_MAKE(op, map[WF_INSTR_ARG(o->code[i])]);
            }
        }
    }
    wf_mem_free(map);
    return t;
}

static wf_object_t *make_code(wf_compiler_t *c, wf_cunit_t *u, asm_t *a, slots_t *s, out_t *o,
                              wf_exc_entry_t *table, int ntable, int flags) {
    wf_object_t *consts = used_consts(u, o);
    wf_object_t *names = consts ? make_tuple_of_names(u->names.names, u->names.len) : NULL;
    wf_object_t *lpn = names ? make_tuple_of_names(s->names, s->nslots) : NULL;
    wf_object_t *co = NULL;
    if (lpn != NULL) {
        wf_object_t *name = wf_str_from_cstr(u->name);
        if (name != NULL) {
            wf_code_spec_t spec = {
                .argcount = u->argcount + u->posonlyargcount,
                .posonlyargcount = u->posonlyargcount,
                .kwonlyargcount = u->kwonlyargcount,
                .flags = flags,
                .stacksize = a->maxdepth,
                .firstlineno = u->firstlineno,
                .instr = o->code,
                .ninstr = o->len,
                .positions = o->pos,
                .exctable = table,
                .nexctable = ntable,
                .localkinds = s->kinds,
                .consts = consts,
                .names = names,
                .localsplusnames = lpn,
                .filename = c->filename,
                .name = name,
                .qualname = u->qualname,
            };
            co = wf_code_new(&spec);
            WF_DECREF(name);
        }
    }
    WF_XDECREF(consts);
    WF_XDECREF(names);
    WF_XDECREF(lpn);
    return co;
}

wf_object_t *wf_c_assemble(wf_compiler_t *c, wf_cunit_t *u, int code_flags) {
    asm_t a = {0};
    slots_t s = {0};
    out_t o = {0};
    wf_object_t *co = NULL;
    wf_exc_entry_t *table = NULL;
    int ntable = 0;
    int n = u->ninstrs;
    a.c = c;
    a.u = u;
    a.n = n;
    if (n == 0) {
        wf_err_set_string(&wf_exc_SystemError, "compiler: empty code unit");
        return NULL;
    }
    a.depth = wf_mem_alloc(sizeof(int) * (size_t)n);
    a.handler = wf_mem_alloc(sizeof(int) * (size_t)n);
    a.node_of_setup = wf_mem_alloc(sizeof(int) * (size_t)n);
    a.nodes = wf_mem_alloc(sizeof(hnode_t) * (size_t)n);
    a.work = wf_mem_alloc(sizeof(int) * (size_t)(n + 1));
    a.label_target = wf_mem_alloc(sizeof(int) * (size_t)(u->nlabels + 1));
    uint8_t *needs_check = wf_mem_calloc((size_t)n, 1);
    uint8_t *kept = wf_mem_calloc((size_t)n, 1);
    wf_ssize_t *offset = wf_mem_alloc(sizeof(wf_ssize_t) * (size_t)n);
    if (!a.depth || !a.handler || !a.node_of_setup || !a.nodes || !a.work || !a.label_target ||
        !needs_check || !kept || !offset) {
        wf_err_nomemory();
        goto done;
    }
    for (int i = 0; i < n; i++) {
        a.depth[i] = -1;
        a.handler[i] = -1;
        a.node_of_setup[i] = -1;
    }
    for (int l = 0; l < u->nlabels; l++) {
        a.label_target[l] = u->labels[l];
    }
    if (flow(&a) < 0 || build_slots(&a, &s) < 0 || find_unbound_loads(&a, &s, needs_check) < 0 ||
        layout(&a, &s, needs_check, &o, offset, kept) < 0 ||
        build_exctable(&a, &o, offset, &table, &ntable) < 0) {
        goto done;
    }
    co = make_code(c, u, &a, &s, &o, table, ntable, code_flags);
done:
    wf_mem_free(a.depth);
    wf_mem_free(a.handler);
    wf_mem_free(a.node_of_setup);
    wf_mem_free(a.nodes);
    wf_mem_free(a.work);
    wf_mem_free(a.label_target);
    wf_mem_free(needs_check);
    wf_mem_free(kept);
    wf_mem_free(offset);
    wf_mem_free(o.code);
    wf_mem_free(o.pos);
    wf_mem_free(o.handler);
    wf_mem_free(table);
    free_slots(&s);
    return co;
}
