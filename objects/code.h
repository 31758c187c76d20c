// Code objects: the compiler's output and the eval loop's input.
//
// A code object is immutable once created, except for the inline cache units that
// specialisation may rewrite. It holds the instructions (32-bit code units, format in
// runtime/opcodes.def), the constants, names and local-variable names, a position table
// giving (lineno, end_lineno, col_offset, end_col_offset) for every code unit, and the
// exception table used for zero-cost try blocks.
//
// Frame layout: localsplus has nlocalsplus slots, described by localsplusnames and
// localkinds. Slots are ordered [arguments, other locals, cells that are not arguments,
// free variables], i.e. the first nlocals slots are the plain locals (co_varnames, with
// the arguments first: positional-only, positional-or-keyword, keyword-only, *args,
// **kwargs), then ncellvars cell-only slots, then nfreevars free slots at the end (a cell
// that is also an argument keeps the argument's slot, kind LOCAL|CELL|ARG_*, and MAKE_CELL
// wraps the bound value). The value stack follows with at most stacksize items.
#ifndef WF_OBJECTS_CODE_H
#define WF_OBJECTS_CODE_H

#include "objects/type.h"
#include <stdio.h>

// ---- instruction set -------------------------------------------------------------------

typedef enum {
#define WF_OP(name, pop, push, jpush, arg, cache) WF_OP_##name,
#include "runtime/opcodes.def"
    WF_OP_COUNT
} wf_opcode_t;
_Static_assert(WF_OP_COUNT <= 256, "opcodes fit in 8 bits");

// How an opcode's argument reads (the ARG column of opcodes.def).
typedef enum {
    WF_ARG_NONE,    // ignored (0)
    WF_ARG_CONST,   // index into consts
    WF_ARG_NAME,    // index into names
    WF_ARG_NAME1,   // names index << 1 | flag (LOAD_ATTR method bit, LOAD_GLOBAL push-null)
    WF_ARG_NAME2,   // names index << 2 | flags (LOAD_SUPER_ATTR)
    WF_ARG_LOCAL,   // localsplus slot
    WF_ARG_JREL,    // forward jump: target = next instruction + oparg
    WF_ARG_JBACK,   // backward jump: target = next instruction - oparg
    WF_ARG_INT,     // a count, depth or flag
    WF_ARG_BINOP,   // wf_binop_t | WF_BINOP_ARG_INPLACE
    WF_ARG_CMP,     // WF_LT .. WF_GE
    WF_ARG_INTR1,   // wf_intrinsic1_t
    WF_ARG_INTR2,   // wf_intrinsic2_t
    WF_ARG_CONV,    // WF_CONV_STR / REPR / ASCII
    WF_ARG_FNATTR,  // WF_FNATTR_* flag
} wf_argkind_t;

typedef enum {
#define WF_INTRINSIC1(name, text) WF_INTRINSIC1_##name,
#include "runtime/opcodes.def"
    WF_INTRINSIC1_COUNT
} wf_intrinsic1_t;

typedef enum {
#define WF_INTRINSIC2(name, text) WF_INTRINSIC2_##name,
#include "runtime/opcodes.def"
    WF_INTRINSIC2_COUNT
} wf_intrinsic2_t;

// BINARY_OP: bit set for augmented assignment (`x += y`).
#define WF_BINOP_ARG_INPLACE 0x80
// CONVERT_VALUE arguments (CPython's FVC_* values).
enum { WF_CONV_STR = 1, WF_CONV_REPR = 2, WF_CONV_ASCII = 3 };
// SET_FUNCTION_ATTRIBUTE flags.
enum {
    WF_FNATTR_DEFAULTS = 0x01,
    WF_FNATTR_KWDEFAULTS = 0x02,
    WF_FNATTR_ANNOTATIONS = 0x04,
    WF_FNATTR_CLOSURE = 0x08,
    WF_FNATTR_TYPE_PARAMS = 0x10,
};

typedef uint32_t wf_codeunit_t;
#define WF_INSTR_OP(u) ((int)((u) & 0xffu))
#define WF_INSTR_ARG(u) ((int)((u) >> 8))
#define WF_INSTR_MAKE(op, arg) ((wf_codeunit_t)(op) | ((wf_codeunit_t)(arg) << 8))
#define WF_MAX_OPARG 0xffffff

// Per-opcode tables (objects/code.c).
extern const char *const wf_opcode_names[WF_OP_COUNT];
extern const uint8_t wf_opcode_caches[WF_OP_COUNT];    // inline cache units
extern const uint8_t wf_opcode_argkinds[WF_OP_COUNT];  // wf_argkind_t
extern const char *const wf_intrinsic1_names[WF_INTRINSIC1_COUNT];
extern const char *const wf_intrinsic2_names[WF_INTRINSIC2_COUNT];
// Stack effect of one instruction: items popped, and pushed when falling through or when
// the jump is taken.
int wf_opcode_pop(int op, int oparg);
int wf_opcode_push(int op, int oparg);
int wf_opcode_jump_push(int op, int oparg);
// 1 for opcodes whose argument is a jump (JREL/JBACK).
static inline int wf_opcode_is_jump(int op) {
    return wf_opcode_argkinds[op] == WF_ARG_JREL || wf_opcode_argkinds[op] == WF_ARG_JBACK;
}
// Index of the instruction after the one at `i` (skipping its caches).
static inline wf_ssize_t wf_instr_next(const wf_codeunit_t *code, wf_ssize_t i) {
    return i + 1 + wf_opcode_caches[WF_INSTR_OP(code[i])];
}

// ---- flags (CPython's co_flags values) ---------------------------------------------------

enum {
    WF_CO_OPTIMIZED = 0x0001,          // function-like: locals are fast slots only
    WF_CO_NEWLOCALS = 0x0002,
    WF_CO_VARARGS = 0x0004,
    WF_CO_VARKEYWORDS = 0x0008,
    WF_CO_NESTED = 0x0010,
    WF_CO_GENERATOR = 0x0020,
    WF_CO_COROUTINE = 0x0080,
    WF_CO_ITERABLE_COROUTINE = 0x0100,
    WF_CO_ASYNC_GENERATOR = 0x0200,
    // Weft-private bits (hidden from Python's co_flags):
    // class body: run by __build_class__ with the class namespace as its locals mapping;
    // it takes no arguments and returns the __class__ cell (when methods use super() or
    // __class__) or None.
    WF_CO_CLASS_BODY = 0x40000000,
    // library code standing in for what CPython writes in C: its frames are left out of
    // tracebacks, as C functions have none (modules whose first lines carry the comment
    // "# weft: hide-frames").
    WF_CO_HIDE_FRAMES = 0x20000000,
};
#define WF_CO_PUBLIC_FLAGS_MASK 0x0fffffff
#define WF_CO_GENERATOR_LIKE (WF_CO_GENERATOR | WF_CO_COROUTINE | WF_CO_ASYNC_GENERATOR)

// Per-slot kinds in localkinds (CPython's CO_FAST_* values).
enum {
    WF_FAST_ARG_POS = 0x02,   // positional parameter (incl. positional-only)
    WF_FAST_ARG_KW = 0x04,    // may be passed by keyword
    WF_FAST_ARG_VAR = 0x08,   // *args or **kwargs
    WF_FAST_HIDDEN = 0x10,    // inlined-comprehension variable in module/class code
    WF_FAST_LOCAL = 0x20,
    WF_FAST_CELL = 0x40,
    WF_FAST_FREE = 0x80,
};
#define WF_FAST_ARG (WF_FAST_ARG_POS | WF_FAST_ARG_KW | WF_FAST_ARG_VAR)

// ---- tables --------------------------------------------------------------------------------

// Source position of one code unit. Lines are 1-based, columns 0-based UTF-8 byte offsets
// into the line (as the ast module). -1 means "none" (CPython's None): an instruction
// without a line (lineno -1) is left out of line-based reports; columns -1 drop the
// carets of a traceback.
//
// An instruction the compiler made without a position of its own (a loop's closing jump)
// borrows the previous instruction's; its lineno then carries WF_POS_BORROWED, which
// readers strip (wf_code_addr2line, wf_code_positions) and tracing uses to report no line
// event for it.
typedef struct {
    int32_t lineno, end_lineno, col, end_col;
} wf_code_pos_t;

#define WF_POS_BORROWED (1 << 30)
#define WF_POS_LINE(p) ((p)->lineno < 0 ? (p)->lineno : (p)->lineno & ~WF_POS_BORROWED)

// One exception-table entry: instructions in [start, end) raising continue at handler
// with the stack cut to depth items (plus lasti, then the exception). Entries are sorted
// by start and never overlap; the first entry containing an index is its handler.
typedef struct {
    int32_t start, end;
    int32_t handler;
    int32_t depth;
    int32_t lasti;   // 1: push the raising instruction's index (an int) before the exception
} wf_exc_entry_t;

typedef struct {
    WF_OBJECT_HEAD
    int argcount;          // positional parameters, including positional-only ones
    int posonlyargcount;
    int kwonlyargcount;
    int flags;             // WF_CO_*
    int nlocalsplus;       // slots of localsplus
    int nlocals;           // plain locals (co_varnames), the first slots
    int ncellvars;         // cell variables (co_cellvars), including argument cells
    int nfreevars;         // free variables: the last nfreevars slots
    int stacksize;         // maximum value-stack depth
    int firstlineno;
    wf_ssize_t ninstr;     // code units in instr
    wf_codeunit_t *instr;  // owned; cache units may be rewritten by specialisation
    wf_code_pos_t *positions;  // ninstr entries (cache units repeat their instruction's)
    wf_exc_entry_t *exctable;
    int nexctable;
    uint8_t *localkinds;   // nlocalsplus WF_FAST_* kinds
    wf_object_t *consts;          // tuple
    wf_object_t *names;           // tuple of str (globals, attributes, imports)
    wf_object_t *localsplusnames; // tuple of str, nlocalsplus entries
    wf_object_t *filename;        // str
    wf_object_t *name;            // str
    wf_object_t *qualname;        // str
    wf_object_t *weakreflist;
    void *extra;           // reserved for the eval loop / specialisation (NULL)
} wf_code_t;

extern wf_type_t wf_code_type;
#define WF_CODE_CHECK(o) (WF_TYPE(o) == &wf_code_type)
#define WF_CODE(o) ((wf_code_t *)(o))

// Everything wf_code_new needs; the arrays are copied, the objects borrowed (increfed).
typedef struct {
    int argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno;
    const wf_codeunit_t *instr;
    wf_ssize_t ninstr;
    const wf_code_pos_t *positions;   // ninstr entries
    const wf_exc_entry_t *exctable;
    int nexctable;
    const uint8_t *localkinds;        // one per localsplusnames entry
    wf_object_t *consts, *names, *localsplusnames, *filename, *name, *qualname;
} wf_code_spec_t;

// New code object or NULL with an exception set (MemoryError, SystemError for an
// inconsistent spec). Counts nlocals/ncellvars/nfreevars from localkinds.
wf_object_t *wf_code_new(const wf_code_spec_t *spec);

// Line of the instruction at index i (code unit), or -1 when it has none / out of range.
int wf_code_addr2line(wf_code_t *code, wf_ssize_t i);
// 1 when instruction i has a line of its own (not borrowed from the one before it).
int wf_code_line_is_own(wf_code_t *code, wf_ssize_t i);
// Full position of the instruction at index i; -1 fields as described above. Returns 0,
// or -1 (all fields -1) when i is out of range.
int wf_code_positions(wf_code_t *code, wf_ssize_t i, int *line, int *endline, int *col,
                      int *endcol);
// Handler for an exception raised by the instruction at index i: 1 and *entry filled,
// or 0 when the frame has none.
int wf_code_find_handler(wf_code_t *code, wf_ssize_t i, wf_exc_entry_t *entry);

// co_varnames / co_cellvars / co_freevars as new tuples (NULL on error).
wf_object_t *wf_code_varnames(wf_code_t *code);
wf_object_t *wf_code_cellvars(wf_code_t *code);
wf_object_t *wf_code_freevars(wf_code_t *code);
// Slot of a local name (a str) in localsplus, or -1.
int wf_code_local_index(wf_code_t *code, wf_object_t *name);

#endif
