// Macros of the interpreter loop (runtime/eval.c only).
//
// Dispatch: computed goto under GCC and clang (the label table is generated from
// runtime/opcodes.def, so an opcode without a handler is a compile error), a `switch`
// otherwise or when WF_USE_SWITCH_DISPATCH is defined (CMake option
// WEFT_SWITCH_DISPATCH). A handler starts with INSTRUCTION(NAME), which also steps over
// the instruction's inline cache units, so that inside the handler `next_instr` is the
// next instruction and relative jumps are `next_instr += oparg`.
//
// The loop's registers: `frame` (current frame), `code` (its code object), `next_instr`,
// `stack_pointer` (one past the top of the value stack), `opcode`, `oparg`. frame->instr
// is stored at every dispatch, so tracebacks and line numbers are always current.
#ifndef WF_RUNTIME_EVAL_MACROS_H
#define WF_RUNTIME_EVAL_MACROS_H

#if (defined(__GNUC__) || defined(__clang__)) && !defined(WF_USE_SWITCH_DISPATCH)
#define WF_COMPUTED_GOTO 1
#else
#define WF_COMPUTED_GOTO 0
#endif

// Inline cache units per opcode, from the CACHE column of opcodes.def.
enum {
#define WF_OP(name, pop, push, jpush, arg, cache) WF_CACHE_##name = (cache),
#include "runtime/opcodes.def"
};

// While the thread traces (sys.settrace/setprofile), every instruction first goes
// through `trace_hook`: computed goto swaps the whole label table (`targets`), so the
// untraced path pays nothing; the switch build tests a flag.
#if WF_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH_GOTO() goto *targets[opcode]
#define SELECT_TARGETS() (targets = ts->use_tracing ? trace_targets : opcode_targets)
#else
#define TARGET(op) case WF_OP_##op:
#define DISPATCH_GOTO()                   \
    do {                                  \
        if (WF_UNLIKELY(ts->use_tracing)) { \
            goto trace_hook;              \
        }                                 \
        goto dispatch_opcode;             \
    } while (0)
#define SELECT_TARGETS() ((void)0)
#endif

#define INSTRUCTION(op) TARGET(op) next_instr += WF_CACHE_##op;

// Debug builds (-DWF_EVAL_DEBUG) check at every dispatch that the previous instruction
// did not leave an exception set while reporting success.
#ifdef WF_EVAL_DEBUG
#define DEBUG_CHECK_NO_ERROR()                                                                     \
    do {                                                                                           \
        if (wf_err_occurred() != NULL) {                                                           \
            wf_fatal("%s: exception set after a successful instruction at index %d",               \
                     wf_opcode_names[opcode], (int)(frame->instr - code->instr));                  \
        }                                                                                          \
    } while (0)
#else
#define DEBUG_CHECK_NO_ERROR() ((void)0)
#endif

#define DISPATCH()                                                                                 \
    do {                                                                                           \
        DEBUG_CHECK_NO_ERROR();                                                                    \
        frame->instr = next_instr;                                                                 \
        wf_codeunit_t word_ = *next_instr++;                                                       \
        opcode = WF_INSTR_OP(word_);                                                               \
        oparg = WF_INSTR_ARG(word_);                                                               \
        DISPATCH_GOTO();                                                                           \
    } while (0)

// Value stack.
#define STACK_BASE() (frame->localsplus + code->nlocalsplus)
#define STACK_LEVEL() ((int)(stack_pointer - STACK_BASE()))
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define STACK_SHRINK(n) (stack_pointer -= (n))

// Local slots.
#define GETLOCAL(i) (frame->localsplus[i])
#define SETLOCAL(i, v)                                                                             \
    do {                                                                                           \
        wf_object_t *old_ = GETLOCAL(i);                                                           \
        GETLOCAL(i) = (v);                                                                         \
        WF_XDECREF(old_);                                                                          \
    } while (0)

#define GETITEM(t, i) WF_TUPLE_GET((t), (i))

// Errors: `goto error` with the exception set; ERROR_IF for the common test.
#define ERROR_IF(cond)                                                                             \
    do {                                                                                           \
        if (cond) {                                                                                \
            goto error;                                                                            \
        }                                                                                          \
    } while (0)

// Frame registers.
#define SAVE_STACK() (frame->stacktop = (int)(stack_pointer - frame->localsplus))
#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = (wf_code_t *)frame->code;                                                           \
        stack_pointer = frame->localsplus + frame->stacktop;                                       \
    } while (0)

// Eval breaker: only at backward jumps, calls and function entry.
#define CHECK_EVAL_BREAKER()                                                                       \
    do {                                                                                           \
        if (WF_UNLIKELY(WF_ATOMIC_LOAD_RELAXED_ALWAYS(&ts->eval_breaker) != 0)) {                  \
            SAVE_STACK();                                                                          \
            SELECT_TARGETS();                                                                      \
            if (wf_eval_handle_breaker(ts) < 0) {                                                  \
                goto error;                                                                        \
            }                                                                                      \
        }                                                                                          \
    } while (0)

#endif
