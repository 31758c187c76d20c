// The interpreter loop.
//
// One function, wf_eval_frame_ex, runs frames until the entry frame it was called with
// returns (or yields, for a generator frame). Calls of Python functions made by CALL,
// CALL_KW and CALL_FUNCTION_EX push the callee's frame and continue in the same loop
// ("inline calls"): returning pops back to the caller, so Python recursion depth is
// bounded by the recursion limit and not by the C stack. Everything else that calls Python
// code (C builtins, type slots, generator resumption) re-enters this function with a new
// entry frame, guarded by the C recursion check.
//
// Exceptions are zero-cost: an instruction that fails jumps to `error`, which adds a
// traceback entry for the frame and looks the instruction up in the code's exception
// table. A handler gets the value stack cut to its depth, optionally the raising
// instruction's index, and the exception; with no handler the frame is left and the
// exception continues in the caller at its CALL instruction.
//
// The exception being handled (sys.exception()) lives in "exception slots": one per
// thread and one per running generator, linked while the generator runs. PUSH_EXC_INFO
// and POP_EXCEPT act on the innermost slot; tstate->handled_exc always holds the
// innermost non-empty value (borrowed) for the code that reads it (raising sets
// __context__ from it).
//
// Handlers stay short; anything longer lives in eval_helpers.c.
#include "runtime/eval.h"

#include <pthread.h>

#include "gil/gil.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/eval_helpers.h"
#include "runtime/eval_macros.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "runtime/trace.h"
#include "runtime/traceback.h"

static int recursion_limit = 1000;

void wf_eval_set_recursion_limit(int limit) {
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&recursion_limit, limit);
}

int wf_eval_get_recursion_limit(void) {
    return WF_ATOMIC_LOAD_RELAXED_ALWAYS(&recursion_limit);
}

// ---------------------------------------------------------------------------------------
// Exception slots

static WF_THREAD_LOCAL wf_exc_slot_t base_slot;
static WF_THREAD_LOCAL wf_exc_slot_t *cur_slot;

wf_exc_slot_t *wf_eval_exc_slot(void) {
    return cur_slot != NULL ? cur_slot : &base_slot;
}

void wf_eval_exc_sync(wf_tstate_t *ts) {
    wf_exc_slot_t *s = wf_eval_exc_slot();
    while (s != NULL && (s->value == NULL || s->value == WF_NONE)) {
        s = s->prev;
    }
    ts->handled_exc = s != NULL ? s->value : NULL;
}

void wf_eval_exc_enter(wf_exc_slot_t *slot) {
    slot->prev = wf_eval_exc_slot();
    cur_slot = slot;
    wf_eval_exc_sync(wf_tstate_get());
}

void wf_eval_exc_leave(wf_exc_slot_t *slot) {
    cur_slot = slot->prev;
    slot->prev = NULL;
    wf_eval_exc_sync(wf_tstate_get());
}

wf_object_t *wf_eval_handled_exception(void) {
    return wf_tstate_get()->handled_exc;
}

// ---------------------------------------------------------------------------------------
// Eval breaker

// Pending calls: a ring guarded by its own mutex, so that threads without the GIL can
// add to it. Only the main thread runs them.
static struct {
    pthread_mutex_t mutex;
    int head, count;
    struct {
        int (*fn)(void *);
        void *arg;
    } calls[WF_PENDING_CALLS_MAX];
} pending = {.mutex = PTHREAD_MUTEX_INITIALIZER};

int wf_eval_add_pending_call(int (*fn)(void *arg), void *arg) {
    pthread_mutex_lock(&pending.mutex);
    if (pending.count == WF_PENDING_CALLS_MAX) {
        pthread_mutex_unlock(&pending.mutex);
        return -1;
    }
    int i = (pending.head + pending.count) % WF_PENDING_CALLS_MAX;
    pending.calls[i].fn = fn;
    pending.calls[i].arg = arg;
    pending.count++;
    pthread_mutex_unlock(&pending.mutex);
    wf_tstate_signal(wf_tstate_main(), WF_EB_PENDING_CALLS);
    return 0;
}

static int run_pending_calls(wf_tstate_t *ts) {
    for (;;) {
        pthread_mutex_lock(&pending.mutex);
        if (pending.count == 0) {
            pthread_mutex_unlock(&pending.mutex);
            return 0;
        }
        int (*fn)(void *) = pending.calls[pending.head].fn;
        void *arg = pending.calls[pending.head].arg;
        pending.head = (pending.head + 1) % WF_PENDING_CALLS_MAX;
        pending.count--;
        int more = pending.count > 0;
        pthread_mutex_unlock(&pending.mutex);
        if (fn(arg) < 0) {
            if (more) {
                wf_tstate_signal(ts, WF_EB_PENDING_CALLS);
            }
            return -1;
        }
    }
}

typedef struct {
    unsigned long ident;
    wf_object_t *exc;
    wf_object_t *old;
    int found;
} async_exc_req_t;

static int set_async_exc_in(wf_tstate_t *ts, void *arg) {
    async_exc_req_t *req = arg;
    if (ts->ident != req->ident) {
        return 0;
    }
    wf_object_t *exc = req->exc;
    req->old = WF_ATOMIC_EXCHANGE_ALWAYS(&ts->async_exc, exc);
    req->exc = NULL;
    req->found = 1;
    if (exc != NULL) {
        wf_tstate_signal(ts, WF_EB_ASYNC_EXC);
    }
    return 1;
}

int wf_eval_set_async_exc(unsigned long ident, wf_object_t *exc) {
    async_exc_req_t req = {.ident = ident, .exc = wf_xnewref(exc)};
    wf_tstate_foreach(set_async_exc_in, &req);
    // Released outside the registry lock: a destructor may run.
    WF_XDECREF(req.old);
    WF_XDECREF(req.exc);
    return req.found;
}

int wf_eval_handle_breaker(wf_tstate_t *ts) {
    uint32_t bits = WF_ATOMIC_LOAD_ALWAYS(&ts->eval_breaker);
    if (bits & WF_EB_GIL_DROP) {
        wf_gil_yield_if_requested(ts);
    }
    if (bits & WF_EB_SIGNALS) {
        WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_SIGNALS);
        if (wf_signals_run_handlers() < 0) {
            return -1;
        }
    }
    if (bits & WF_EB_PENDING_CALLS) {
        WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_PENDING_CALLS);
        if (ts == wf_tstate_main() && run_pending_calls(ts) < 0) {
            return -1;
        }
    }
    if ((bits & WF_EB_TRACE) && !ts->use_tracing) {
        // Tracing ended (the dispatch table has been reselected); while it lasts the bit
        // stays set so that frame entries report 'call' events.
        WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_TRACE);
    }
    if (bits & WF_EB_ASYNC_EXC) {
        WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_ASYNC_EXC);
        wf_object_t *exc = WF_ATOMIC_EXCHANGE_ALWAYS(&ts->async_exc, NULL);
        if (exc != NULL) {
            if (WF_EXC_TYPE_CHECK(exc) && WF_TYPE_CHECK(exc)) {
                wf_err_set((wf_type_t *)exc, NULL);
                WF_DECREF(exc);
            } else {
                wf_err_set_object_steal(exc);
            }
            return -1;
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Fast paths for numbers. They return NULL without an exception when they do not apply.

static inline wf_object_t *binary_int(int op, int64_t x, int64_t y) {
    int64_t r;
    int ok;
    switch (op) {
        case WF_BINOP_ADD:
            ok = wf_int_small_add(x, y, &r);
            break;
        case WF_BINOP_SUB:
            ok = wf_int_small_sub(x, y, &r);
            break;
        case WF_BINOP_MUL:
            ok = wf_int_small_mul(x, y, &r);
            break;
        case WF_BINOP_FLOORDIV:
            ok = wf_int_small_floordiv(x, y, &r);
            break;
        case WF_BINOP_MOD:
            ok = wf_int_small_mod(x, y, &r);
            break;
        case WF_BINOP_AND:
            r = x & y;
            ok = 1;
            break;
        case WF_BINOP_OR:
            r = x | y;
            ok = 1;
            break;
        case WF_BINOP_XOR:
            r = x ^ y;
            ok = 1;
            break;
        case WF_BINOP_RSHIFT:
            ok = y >= 0;
            r = y >= 64 ? (x < 0 ? -1 : 0) : (ok ? x >> y : 0);
            break;
        case WF_BINOP_LSHIFT:
            ok = y >= 0 && y < 62 && x >= -(INT64_C(1) << (62 - y)) && x < (INT64_C(1) << (62 - y));
            r = ok ? (int64_t)((uint64_t)x << y) : 0;
            break;
        default:
            return NULL;
    }
    return ok ? wf_int_new_fast(r) : NULL;
}

static inline wf_object_t *binary_float(int op, double x, double y) {
    switch (op) {
        case WF_BINOP_ADD:
            return wf_float_new(x + y);
        case WF_BINOP_SUB:
            return wf_float_new(x - y);
        case WF_BINOP_MUL:
            return wf_float_new(x * y);
        case WF_BINOP_TRUEDIV:
            return y != 0.0 ? wf_float_new(x / y) : NULL;
        default:
            return NULL;
    }
}

static inline wf_object_t *binary_fast(wf_object_t *a, wf_object_t *b, int op) {
    int64_t x, y;
    if (wf_int_both_small(a, b, &x, &y)) {
        return binary_int(op, x, y);
    }
    if (WF_FLOAT_CHECK_EXACT(a)) {
        if (WF_FLOAT_CHECK_EXACT(b)) {
            return binary_float(op, WF_FLOAT_VALUE(a), WF_FLOAT_VALUE(b));
        }
        if (wf_int_small_value(b, &y) && y > -(INT64_C(1) << 53) && y < (INT64_C(1) << 53)) {
            return binary_float(op, WF_FLOAT_VALUE(a), (double)y);
        }
    } else if (WF_FLOAT_CHECK_EXACT(b) && wf_int_small_value(a, &x) && x > -(INT64_C(1) << 53) &&
               x < (INT64_C(1) << 53)) {
        return binary_float(op, (double)x, WF_FLOAT_VALUE(b));
    }
    if (op == WF_BINOP_ADD && WF_STR_CHECK_EXACT(a) && WF_STR_CHECK_EXACT(b)) {
        return wf_str_concat(a, b);
    }
    return NULL;
}

static inline int compare_result(double x, double y, int op) {
    switch (op) {
        case WF_LT:
            return x < y;
        case WF_LE:
            return x <= y;
        case WF_EQ:
            return x == y;
        case WF_NE:
            return x != y;
        case WF_GT:
            return x > y;
        default:
            return x >= y;
    }
}

// -1: not handled; else 0/1.
static inline int compare_fast(wf_object_t *a, wf_object_t *b, int op) {
    int64_t x, y;
    if (wf_int_both_small(a, b, &x, &y)) {
        return wf_int_small_compare(x, y, op);
    }
    if (WF_FLOAT_CHECK_EXACT(a) && WF_FLOAT_CHECK_EXACT(b)) {
        return compare_result(WF_FLOAT_VALUE(a), WF_FLOAT_VALUE(b), op);
    }
    if ((op == WF_EQ || op == WF_NE) && WF_STR_CHECK_EXACT(a) && WF_STR_CHECK_EXACT(b)) {
        return wf_str_eq(a, b) == (op == WF_EQ);
    }
    return -1;
}

// Truth value with the common constants first. -1 on error.
static inline int truthy(wf_object_t *v) {
    if (v == WF_TRUE) {
        return 1;
    }
    if (v == WF_FALSE || v == WF_NONE) {
        return 0;
    }
    return wf_truthy(v);
}

// container[i] for exact lists and tuples with a small int index; NULL (no exception) when
// the fast path does not apply, including out-of-range indices (the slow path raises).
static inline wf_object_t *subscr_fast(wf_object_t *c, wf_object_t *key) {
    int64_t i;
    if (!wf_int_small_value(key, &i)) {
        return NULL;
    }
    if (WF_LIST_CHECK_EXACT(c)) {
        if (i < 0) {
            i += WF_LIST_SIZE(c);
        }
        return i >= 0 ? wf_list_get_ref(c, (wf_ssize_t)i) : NULL;
    }
    if (WF_TUPLE_CHECK_EXACT(c)) {
        wf_ssize_t n = WF_TUPLE_SIZE(c);
        if (i < 0) {
            i += n;
        }
        return i >= 0 && i < n ? wf_newref(WF_TUPLE_GET(c, i)) : NULL;
    }
    return NULL;
}

// ---------------------------------------------------------------------------------------
// Frames for inline calls

// How much a frame of `co` counts toward the recursion limit: library code standing in
// for CPython's C functions (WF_CO_HIDE_FRAMES) counts nothing, as C calls count nothing
// there, so that recursion through lru_cache or partial reaches the same depth.
#define DEPTH_UNIT(co) ((((wf_code_t *)(co))->flags & WF_CO_HIDE_FRAMES) ? 0 : 1)

// Push and bind a frame for a call of `fn`, consuming the references in args[0 ..
// nargs + len(kwnames)). NULL with the exception set (RecursionError, binding errors).
static wf_frame_t *push_call_frame(wf_tstate_t *ts, wf_func_t *fn, wf_object_t *const *args,
                                   wf_ssize_t nargs, wf_object_t *kwnames, int steal) {
    if (WF_UNLIKELY(ts->py_depth >= WF_ATOMIC_LOAD_RELAXED_ALWAYS(&recursion_limit)) &&
        DEPTH_UNIT(fn->code)) {
        if (steal) {
            wf_ssize_t n = nargs + (kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0);
            for (wf_ssize_t i = 0; i < n; i++) {
                WF_DECREF(args[i]);
            }
        }
        wf_err_set_string(&wf_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    wf_frame_t *f = wf_frame_push(ts, fn->code, WF_OBJ(fn), fn->globals, fn->builtins, NULL);
    if (f == NULL) {
        if (steal) {
            wf_ssize_t n = nargs + (kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0);
            for (wf_ssize_t i = 0; i < n; i++) {
                WF_DECREF(args[i]);
            }
        }
        return NULL;
    }
    wf_code_t *co = WF_CODE(fn->code);
    if (kwnames == NULL && nargs == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (WF_CO_VARARGS | WF_CO_VARKEYWORDS))) {
        // The common case: exactly the positional parameters.
        for (wf_ssize_t i = 0; i < nargs; i++) {
            f->localsplus[i] = steal ? args[i] : wf_newref(args[i]);
        }
        return f;
    }
    if (wf_call_bind_args(fn, f->localsplus, args, nargs, kwnames, steal) < 0) {
        wf_frame_pop(ts, f);
        return NULL;
    }
    return f;
}

// Whether a call of `callable` can run inline: a plain Python function (not a generator).
static inline int inline_callable(wf_object_t *callable) {
    return WF_FUNC_CHECK(callable) &&
           !(WF_CODE(((wf_func_t *)callable)->code)->flags & WF_CO_GENERATOR_LIKE);
}

// CALL_FUNCTION_EX of a Python function: bind from a tuple and dict.
static wf_frame_t *push_call_frame_ex(wf_tstate_t *ts, wf_func_t *fn, wf_object_t *args,
                                      wf_object_t *kwargs) {
    wf_object_t *small[16];
    wf_object_t **stack;
    wf_object_t *kwnames;
    if (wf_eval_flatten_call(args, kwargs, small, 16, &stack, &kwnames) < 0) {
        return NULL;
    }
    wf_frame_t *f = push_call_frame(ts, fn, stack, WF_TUPLE_SIZE(args), kwnames, 0);
    if (stack != small) {
        wf_mem_free(stack);
    }
    WF_XDECREF(kwnames);
    return f;
}

// ---------------------------------------------------------------------------------------
// The loop

// A call while the thread traces: a profile function sees calls of builtin functions.
static wf_object_t *call_profiled(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *callable,
                                  wf_object_t *const *args, wf_ssize_t n, wf_object_t *kwnames) {
    if (ts->profile_func == NULL || !wf_trace_is_c_function(callable)) {
        return wf_vectorcall(callable, args, n, kwnames);
    }
    // A method descriptor called with its object first (list.append(l, x) for l.append(x))
    // is reported bound to that object, as CPython reports it.
    wf_object_t *shown = callable;
    wf_ssize_t nargs = n;
    if (WF_TYPE(callable) == &wf_method_descr_type && nargs > 0 &&
        WF_TYPE(callable)->descr_get != NULL) {
        shown = WF_TYPE(callable)->descr_get(callable, args[0], WF_OBJ(WF_TYPE(args[0])));
        if (shown == NULL) {
            wf_err_clear();
            shown = wf_newref(callable);
        }
    } else {
        wf_incref(shown);
    }
    if (wf_trace_c_call(ts, frame, shown) < 0) {
        WF_DECREF(shown);
        return NULL;
    }
    wf_object_t *r = wf_vectorcall(callable, args, n, kwnames);
    if (wf_trace_c_return(ts, frame, shown, r) < 0) {
        WF_XDECREF(r);
        r = NULL;
    }
    WF_DECREF(shown);
    return r;
}

// CALL_FUNCTION_EX of a builtin while profiling: c_call / c_return around wf_call.
static wf_object_t *call_ex_profiled(wf_tstate_t *ts, wf_frame_t *frame, wf_object_t *callable,
                                     wf_object_t *args, wf_object_t *kwargs) {
    if (ts->profile_func == NULL || !wf_trace_is_c_function(callable)) {
        return wf_call(callable, args, kwargs);
    }
    if (wf_trace_c_call(ts, frame, callable) < 0) {
        return NULL;
    }
    wf_object_t *r = wf_call(callable, args, kwargs);
    if (wf_trace_c_return(ts, frame, callable, r) < 0) {
        WF_XDECREF(r);
        return NULL;
    }
    return r;
}

wf_object_t *wf_eval_frame_ex(wf_tstate_t *ts, wf_frame_t *entry, int throwflag) {
#if WF_COMPUTED_GOTO
    static void *const opcode_targets[256] = {
#define WF_OP(name, pop, push, jpush, arg, cache) [WF_OP_##name] = &&TARGET_##name,
#include "runtime/opcodes.def"
    };
    static void *const trace_targets[256] = {[0 ... 255] = &&trace_hook};
    void *const *targets;
#endif
    wf_frame_t *frame = entry;
    wf_code_t *code;
    const wf_codeunit_t *next_instr;
    wf_object_t **stack_pointer;
    int opcode = 0, oparg = 0;
    wf_object_t *retval;
    wf_frame_t *new_frame;
    // The instruction whose exception-table entry handles the exception being unwound.
    // Usually frame->instr, but RERAISE moves frame->instr back to the original raise
    // point (for line numbers) while the handler search starts at the RERAISE itself.
    const wf_codeunit_t *unwind_from;

    if (wf_enter_recursive_call("") < 0) {
        return NULL;
    }
    entry->is_entry = 1;
    entry->previous = ts->frame;
    ts->frame = entry;
    ts->py_depth += DEPTH_UNIT(entry->code);
    if (WF_UNLIKELY(ts->py_depth > WF_ATOMIC_LOAD_RELAXED_ALWAYS(&recursion_limit)) &&
        DEPTH_UNIT(entry->code)) {
        wf_err_set_string(&wf_exc_RecursionError, "maximum recursion depth exceeded");
        LOAD_FRAME();
        goto exit_unwind;
    }
    LOAD_FRAME();
    next_instr = frame->instr + 1;
    SELECT_TARGETS();
    if (WF_UNLIKELY(ts->use_tracing) && wf_trace_call(ts, frame) < 0) {
        goto error;
    }
    if (throwflag) {
        goto error;
    }
    if (next_instr == code->instr) {
        CHECK_EVAL_BREAKER();
    }
    DISPATCH();

    // clang-format off
    // (the handlers sit inside a `switch` only in the switch build, which confuses the
    // formatter's indentation)
#if !WF_COMPUTED_GOTO
dispatch_opcode:
    switch (opcode) {
#endif

    // ---- stack manipulation ----
    INSTRUCTION(NOP) {
        DISPATCH();
    }
    INSTRUCTION(POP_TOP) {
        wf_object_t *v = POP();
        WF_XDECREF(v);
        DISPATCH();
    }
    INSTRUCTION(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }
    INSTRUCTION(COPY) {
        wf_object_t *v = PEEK(oparg);
        PUSH(wf_xnewref(v));
        DISPATCH();
    }
    INSTRUCTION(SWAP) {
        wf_object_t *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    // ---- constants, locals, cells ----
    INSTRUCTION(LOAD_CONST) {
        PUSH(wf_newref(GETITEM(code->consts, oparg)));
        DISPATCH();
    }
    INSTRUCTION(LOAD_FAST) {
        PUSH(wf_newref(GETLOCAL(oparg)));
        DISPATCH();
    }
    INSTRUCTION(LOAD_FAST_CHECK) {
        wf_object_t *v = GETLOCAL(oparg);
        if (WF_UNLIKELY(v == NULL)) {
            wf_eval_unbound_local(code, oparg);
            goto error;
        }
        PUSH(wf_newref(v));
        DISPATCH();
    }
    INSTRUCTION(LOAD_FAST_AND_CLEAR) {
        PUSH(GETLOCAL(oparg));
        GETLOCAL(oparg) = NULL;
        DISPATCH();
    }
    INSTRUCTION(STORE_FAST) {
        wf_object_t *v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }
    INSTRUCTION(DELETE_FAST) {
        if (GETLOCAL(oparg) == NULL) {
            wf_eval_unbound_local(code, oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }
    INSTRUCTION(MAKE_CELL) {
        wf_object_t *cell = wf_cell_new(GETLOCAL(oparg));
        ERROR_IF(cell == NULL);
        SETLOCAL(oparg, cell);
        DISPATCH();
    }
    INSTRUCTION(COPY_FREE_VARS) {
        wf_object_t *closure = frame->func != NULL ? ((wf_func_t *)frame->func)->closure : NULL;
        if (closure == NULL || WF_TUPLE_SIZE(closure) < oparg) {
            wf_err_set_string(&wf_exc_SystemError, "code with free variables run without a closure");
            goto error;
        }
        int first = code->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++) {
            GETLOCAL(first + i) = wf_newref(WF_TUPLE_GET(closure, i));
        }
        DISPATCH();
    }
    INSTRUCTION(LOAD_DEREF) {
        wf_object_t *v = WF_CELL_GET(GETLOCAL(oparg));
        if (WF_UNLIKELY(v == NULL)) {
            wf_eval_unbound_deref(code, oparg);
            goto error;
        }
        PUSH(wf_newref(v));
        DISPATCH();
    }
    INSTRUCTION(STORE_DEREF) {
        wf_object_t *v = POP();
        wf_cell_set(GETLOCAL(oparg), v);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(DELETE_DEREF) {
        wf_object_t *cell = GETLOCAL(oparg);
        if (WF_CELL_GET(cell) == NULL) {
            wf_eval_unbound_deref(code, oparg);
            goto error;
        }
        wf_cell_set(cell, NULL);
        DISPATCH();
    }
    INSTRUCTION(LOAD_FROM_DICT_OR_DEREF) {
        wf_object_t *v = wf_eval_load_classderef(frame, oparg);
        ERROR_IF(v == NULL);
        PUSH(v);
        DISPATCH();
    }

    INSTRUCTION(LOAD_FROM_MAPPING_OR_DEREF) {
        wf_object_t *mapping = TOP();
        wf_object_t *v = wf_eval_load_mapping_or_deref(frame, mapping, oparg);
        ERROR_IF(v == NULL);
        SET_TOP(v);
        WF_DECREF(mapping);
        DISPATCH();
    }

    // ---- names ----
    INSTRUCTION(LOAD_LOCALS) {
        if (frame->locals == NULL) {
            wf_err_set_string(&wf_exc_SystemError, "no locals found");
            goto error;
        }
        PUSH(wf_newref(frame->locals));
        DISPATCH();
    }
    INSTRUCTION(LOAD_FROM_DICT_OR_GLOBALS) {
        wf_object_t *mapping = TOP();
        wf_object_t *v = wf_eval_load_from_dict_or_globals(frame, mapping,
                                                           GETITEM(code->names, oparg));
        ERROR_IF(v == NULL);
        SET_TOP(v);
        WF_DECREF(mapping);
        DISPATCH();
    }
    INSTRUCTION(LOAD_NAME) {
        wf_object_t *v = wf_eval_load_name(frame, GETITEM(code->names, oparg));
        ERROR_IF(v == NULL);
        PUSH(v);
        DISPATCH();
    }
    INSTRUCTION(STORE_NAME) {
        wf_object_t *v = POP();
        int r = wf_eval_store_name(frame, GETITEM(code->names, oparg), v);
        WF_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    INSTRUCTION(DELETE_NAME) {
        ERROR_IF(wf_eval_delete_name(frame, GETITEM(code->names, oparg)) < 0);
        DISPATCH();
    }
    INSTRUCTION(LOAD_GLOBAL) {
        wf_object_t *v = wf_eval_load_global(frame, GETITEM(code->names, oparg >> 1));
        ERROR_IF(v == NULL);
        PUSH(v);
        if (oparg & 1) {
            PUSH(NULL);
        }
        DISPATCH();
    }
    INSTRUCTION(STORE_GLOBAL) {
        wf_object_t *v = POP();
        int r = wf_dict_setitem(frame->globals, GETITEM(code->names, oparg), v);
        WF_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    INSTRUCTION(DELETE_GLOBAL) {
        wf_object_t *name = GETITEM(code->names, oparg);
        wf_object_t *old = NULL;
        int r = wf_dict_pop(frame->globals, name, &old);
        ERROR_IF(r < 0);
        if (r == 0) {
            wf_eval_name_error(name);
            goto error;
        }
        WF_DECREF(old);
        DISPATCH();
    }

    // ---- attributes ----
    INSTRUCTION(LOAD_ATTR) {
        wf_object_t *owner = TOP();
        wf_object_t *name = GETITEM(code->names, oparg >> 1);
        if (oparg & 1) {
            wf_object_t *meth = NULL;
            int r = wf_get_method(owner, name, &meth);
            ERROR_IF(r < 0);
            if (r == 1) {
                SET_TOP(meth);
                PUSH(owner);  // the stack's reference moves to the self slot
            } else {
                SET_TOP(meth);
                WF_DECREF(owner);
                PUSH(NULL);
            }
        } else {
            wf_object_t *v = wf_getattr(owner, name);
            ERROR_IF(v == NULL);
            SET_TOP(v);
            WF_DECREF(owner);
        }
        DISPATCH();
    }
    INSTRUCTION(STORE_ATTR) {
        wf_object_t *owner = POP();
        wf_object_t *v = POP();
        int r = wf_setattr(owner, GETITEM(code->names, oparg), v);
        WF_DECREF(owner);
        WF_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    INSTRUCTION(DELETE_ATTR) {
        wf_object_t *owner = POP();
        int r = wf_setattr(owner, GETITEM(code->names, oparg), NULL);
        WF_DECREF(owner);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    INSTRUCTION(LOAD_SUPER_ATTR) {
        wf_object_t *self = PEEK(1), *cls = PEEK(2), *gsuper = PEEK(3);
        wf_object_t *self_or_null = NULL;
        wf_object_t *v = wf_eval_load_super_attr(gsuper, cls, self,
                                                 GETITEM(code->names, oparg >> 2),
                                                 (oparg >> 1) & 1, oparg & 1, &self_or_null);
        ERROR_IF(v == NULL);
        STACK_SHRINK(3);
        WF_DECREF(self);
        WF_DECREF(cls);
        WF_DECREF(gsuper);
        PUSH(v);
        if (oparg & 1) {
            PUSH(self_or_null);
        }
        DISPATCH();
    }
    INSTRUCTION(CALL_ZERO_SUPER) {
        wf_object_t *self = PEEK(1), *cls = PEEK(2), *gsuper = PEEK(3);
        wf_object_t *v = wf_eval_zero_super(gsuper, cls, self);
        ERROR_IF(v == NULL);
        STACK_SHRINK(3);
        WF_DECREF(self);
        WF_DECREF(cls);
        WF_DECREF(gsuper);
        PUSH(v);
        DISPATCH();
    }

    // ---- operators ----
    INSTRUCTION(UNARY_NEGATIVE) {
        wf_object_t *v = TOP();
        int64_t x;
        wf_object_t *r = wf_int_small_value(v, &x) && x != INT64_MIN ? wf_int_new_fast(-x)
                                                                      : wf_negative(v);
        ERROR_IF(r == NULL);
        SET_TOP(r);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(UNARY_POSITIVE) {
        wf_object_t *v = TOP();
        wf_object_t *r = wf_positive(v);
        ERROR_IF(r == NULL);
        SET_TOP(r);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(UNARY_INVERT) {
        wf_object_t *v = TOP();
        wf_object_t *r = wf_invert(v);
        ERROR_IF(r == NULL);
        SET_TOP(r);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(UNARY_NOT) {
        wf_object_t *v = TOP();
        int t = truthy(v);
        ERROR_IF(t < 0);
        SET_TOP(wf_bool_from(!t));
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(BINARY_OP) {
        wf_object_t *b = TOP(), *a = SECOND();
        int op = oparg & 0x7f;
        wf_object_t *r = binary_fast(a, b, op);
        if (r == NULL) {
            if (oparg & WF_BINOP_ARG_INPLACE) {
                r = wf_inplace_op(a, b, (wf_binop_t)op);
            } else {
                r = wf_binary_op(a, b, (wf_binop_t)op);
            }
            ERROR_IF(r == NULL);
        }
        STACK_SHRINK(1);
        SET_TOP(r);
        WF_DECREF(a);
        WF_DECREF(b);
        DISPATCH();
    }
    INSTRUCTION(COMPARE_OP) {
        wf_object_t *b = TOP(), *a = SECOND();
        wf_object_t *r;
        int c = compare_fast(a, b, oparg);
        if (c >= 0) {
            r = wf_bool_from(c);
        } else {
            r = wf_richcompare(a, b, oparg);
            ERROR_IF(r == NULL);
        }
        STACK_SHRINK(1);
        SET_TOP(r);
        WF_DECREF(a);
        WF_DECREF(b);
        DISPATCH();
    }
    INSTRUCTION(IS_OP) {
        wf_object_t *b = POP(), *a = TOP();
        SET_TOP(wf_bool_from((a == b) ^ oparg));
        WF_DECREF(a);
        WF_DECREF(b);
        DISPATCH();
    }
    INSTRUCTION(CONTAINS_OP) {
        wf_object_t *container = TOP(), *item = SECOND();
        int r = wf_contains(container, item);
        ERROR_IF(r < 0);
        STACK_SHRINK(1);
        SET_TOP(wf_bool_from(r ^ oparg));
        WF_DECREF(container);
        WF_DECREF(item);
        DISPATCH();
    }
    INSTRUCTION(BINARY_SUBSCR) {
        wf_object_t *key = TOP(), *container = SECOND();
        wf_object_t *r = subscr_fast(container, key);
        if (r == NULL) {
            if (WF_DICT_CHECK_EXACT(container)) {
                int found = wf_dict_get_ref(container, key, &r);
                ERROR_IF(found < 0);
                if (found == 0) {
                    wf_dict_set_key_error(key);
                    goto error;
                }
            } else {
                r = wf_getitem(container, key);
                ERROR_IF(r == NULL);
            }
        }
        STACK_SHRINK(1);
        SET_TOP(r);
        WF_DECREF(container);
        WF_DECREF(key);
        DISPATCH();
    }
    INSTRUCTION(STORE_SUBSCR) {
        wf_object_t *key = TOP(), *container = SECOND(), *v = THIRD();
        int r = WF_DICT_CHECK_EXACT(container) ? wf_dict_setitem(container, key, v)
                                              : wf_setitem(container, key, v);
        ERROR_IF(r < 0);
        STACK_SHRINK(3);
        WF_DECREF(key);
        WF_DECREF(container);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(DELETE_SUBSCR) {
        wf_object_t *key = TOP(), *container = SECOND();
        int r = wf_delitem(container, key);
        ERROR_IF(r < 0);
        STACK_SHRINK(2);
        WF_DECREF(key);
        WF_DECREF(container);
        DISPATCH();
    }
    INSTRUCTION(BINARY_SLICE) {
        wf_object_t *stop = TOP(), *start = SECOND(), *container = THIRD();
        wf_object_t *slice = wf_slice_new(start, stop, NULL);
        ERROR_IF(slice == NULL);
        wf_object_t *r = wf_getitem(container, slice);
        WF_DECREF(slice);
        ERROR_IF(r == NULL);
        STACK_SHRINK(2);
        SET_TOP(r);
        WF_DECREF(stop);
        WF_DECREF(start);
        WF_DECREF(container);
        DISPATCH();
    }
    INSTRUCTION(STORE_SLICE) {
        wf_object_t *stop = PEEK(1), *start = PEEK(2), *container = PEEK(3), *v = PEEK(4);
        wf_object_t *slice = wf_slice_new(start, stop, NULL);
        ERROR_IF(slice == NULL);
        int r = wf_setitem(container, slice, v);
        WF_DECREF(slice);
        ERROR_IF(r < 0);
        STACK_SHRINK(4);
        WF_DECREF(stop);
        WF_DECREF(start);
        WF_DECREF(container);
        WF_DECREF(v);
        DISPATCH();
    }

    // ---- building ----
    INSTRUCTION(BUILD_TUPLE) {
        wf_object_t *t = wf_tuple_from_array_steal(stack_pointer - oparg, oparg);
        STACK_SHRINK(oparg);
        ERROR_IF(t == NULL);
        PUSH(t);
        DISPATCH();
    }
    INSTRUCTION(BUILD_LIST) {
        wf_object_t *l = wf_list_new(oparg);
        ERROR_IF(l == NULL);
        for (int i = oparg - 1; i >= 0; i--) {
            WF_LIST_SET_STEAL(l, i, POP());
        }
        PUSH(l);
        DISPATCH();
    }
    INSTRUCTION(BUILD_SET) {
        wf_object_t *s = wf_eval_build_set(stack_pointer - oparg, oparg);
        STACK_SHRINK(oparg);
        ERROR_IF(s == NULL);
        PUSH(s);
        DISPATCH();
    }
    INSTRUCTION(BUILD_MAP) {
        wf_object_t *d = wf_eval_build_map(stack_pointer - 2 * oparg, oparg);
        STACK_SHRINK(2 * oparg);
        ERROR_IF(d == NULL);
        PUSH(d);
        DISPATCH();
    }
    INSTRUCTION(BUILD_CONST_KEY_MAP) {
        wf_object_t *keys = POP();
        wf_object_t *d = wf_eval_build_const_key_map(stack_pointer - oparg, keys, oparg);
        STACK_SHRINK(oparg);
        WF_DECREF(keys);
        ERROR_IF(d == NULL);
        PUSH(d);
        DISPATCH();
    }
    INSTRUCTION(BUILD_STRING) {
        wf_object_t *s = wf_eval_build_string(stack_pointer - oparg, oparg);
        STACK_SHRINK(oparg);
        ERROR_IF(s == NULL);
        PUSH(s);
        DISPATCH();
    }
    INSTRUCTION(BUILD_SLICE) {
        wf_object_t *step = oparg == 3 ? POP() : NULL;
        wf_object_t *stop = POP(), *start = TOP();
        wf_object_t *s = wf_slice_new(start, stop, step);
        WF_DECREF(start);
        WF_DECREF(stop);
        WF_XDECREF(step);
        SET_TOP(s);
        ERROR_IF(s == NULL);
        DISPATCH();
    }
    INSTRUCTION(LIST_APPEND) {
        wf_object_t *v = POP();
        ERROR_IF(wf_list_append_steal(PEEK(oparg), v) < 0);
        DISPATCH();
    }
    INSTRUCTION(SET_ADD) {
        wf_object_t *v = POP();
        int r = wf_set_add(PEEK(oparg), v);
        WF_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    INSTRUCTION(MAP_ADD) {
        wf_object_t *v = POP(), *k = POP();
        int r = wf_dict_setitem(PEEK(oparg), k, v);
        WF_DECREF(k);
        WF_DECREF(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }
    INSTRUCTION(LIST_EXTEND) {
        wf_object_t *it = TOP();
        if (wf_list_extend(PEEK(oparg + 1), it) < 0) {
            if (wf_err_matches(&wf_exc_TypeError) && WF_TYPE(it)->iter == NULL &&
                WF_TYPE(it)->getitem == NULL) {
                wf_err_clear();
                wf_err_format(&wf_exc_TypeError, "Value after * must be an iterable, not %T", it);
            }
            goto error;
        }
        STACK_SHRINK(1);
        WF_DECREF(it);
        DISPATCH();
    }
    INSTRUCTION(SET_UPDATE) {
        // set.update() semantics: merging a frozenset constant keeps CPython's table
        // layout, so set displays iterate in CPython's order.
        wf_object_t *it = TOP();
        ERROR_IF(wf_set_update(PEEK(oparg + 1), it) < 0);
        STACK_SHRINK(1);
        WF_DECREF(it);
        DISPATCH();
    }
    INSTRUCTION(DICT_UPDATE) {
        wf_object_t *m = TOP();
        // A mapping only (keys() and [key]), not a sequence of pairs: `{**x}` is not dict(x).
        if (wf_dict_merge(PEEK(oparg + 1), m, 1) < 0) {
            if (wf_err_matches(&wf_exc_AttributeError) || !WF_DICT_CHECK(m)) {
                if (wf_hasattr(m, WF_ID(keys)) == 0) {
                    wf_err_clear();
                    wf_err_format(&wf_exc_TypeError, "'%T' object is not a mapping", m);
                }
            }
            goto error;
        }
        STACK_SHRINK(1);
        WF_DECREF(m);
        DISPATCH();
    }
    INSTRUCTION(DICT_MERGE) {
        wf_object_t *m = TOP();
        ERROR_IF(wf_eval_dict_merge(PEEK(oparg + 4), PEEK(oparg + 1), m) < 0);
        STACK_SHRINK(1);
        WF_DECREF(m);
        DISPATCH();
    }
    INSTRUCTION(UNPACK_SEQUENCE) {
        wf_object_t *seq = TOP();
        if (WF_TUPLE_CHECK_EXACT(seq) && WF_TUPLE_SIZE(seq) == oparg) {
            STACK_SHRINK(1);
            for (int i = oparg - 1; i >= 0; i--) {
                PUSH(wf_newref(WF_TUPLE_GET(seq, i)));
            }
        } else {
            ERROR_IF(wf_eval_unpack(seq, oparg, -1, stack_pointer - 1) < 0);
            stack_pointer += oparg - 1;
        }
        WF_DECREF(seq);
        DISPATCH();
    }
    INSTRUCTION(UNPACK_EX) {
        wf_object_t *seq = TOP();
        int before = oparg & 0xff, after = oparg >> 8;
        ERROR_IF(wf_eval_unpack(seq, before, after, stack_pointer - 1) < 0);
        stack_pointer += before + after;
        WF_DECREF(seq);
        DISPATCH();
    }

    // ---- calls ----
    INSTRUCTION(CALL) {
        wf_object_t **base = stack_pointer - oparg - 2;
        wf_object_t *callable = base[0];
        wf_object_t **args = base + 2;
        wf_ssize_t total = oparg;
        if (base[1] != NULL) {
            args--;
            total++;
        } else if (WF_METHOD_CHECK(callable)) {
            wf_method_t *m = (wf_method_t *)callable;
            base[1] = wf_newref(m->self);
            base[0] = wf_newref(m->func);
            WF_DECREF(callable);
            callable = base[0];
            args--;
            total++;
        }
        if (inline_callable(callable)) {
            new_frame = push_call_frame(ts, (wf_func_t *)callable, args, total, NULL, 1);
            stack_pointer = base;
            WF_DECREF(callable);
            ERROR_IF(new_frame == NULL);
            goto enter_frame;
        }
        wf_object_t *r = WF_UNLIKELY(ts->use_tracing)
                             ? call_profiled(ts, frame, callable, args, total, NULL)
                             : wf_vectorcall(callable, args, total, NULL);
        for (wf_ssize_t i = 0; i < total; i++) {
            WF_DECREF(args[i]);
        }
        WF_DECREF(callable);
        stack_pointer = base;
        ERROR_IF(r == NULL);
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }
    INSTRUCTION(CALL_KW) {
        wf_object_t *kwnames = POP();
        wf_object_t **base = stack_pointer - oparg - 2;
        wf_object_t *callable = base[0];
        wf_object_t **args = base + 2;
        wf_ssize_t total = oparg;
        if (base[1] != NULL) {
            args--;
            total++;
        } else if (WF_METHOD_CHECK(callable)) {
            wf_method_t *m = (wf_method_t *)callable;
            base[1] = wf_newref(m->self);
            base[0] = wf_newref(m->func);
            WF_DECREF(callable);
            callable = base[0];
            args--;
            total++;
        }
        wf_ssize_t nkw = WF_TUPLE_SIZE(kwnames);
        if (inline_callable(callable)) {
            new_frame =
                push_call_frame(ts, (wf_func_t *)callable, args, total - nkw, kwnames, 1);
            stack_pointer = base;
            WF_DECREF(callable);
            WF_DECREF(kwnames);
            ERROR_IF(new_frame == NULL);
            goto enter_frame;
        }
        wf_object_t *r = WF_UNLIKELY(ts->use_tracing)
                             ? call_profiled(ts, frame, callable, args, total - nkw, kwnames)
                             : wf_vectorcall(callable, args, total - nkw, kwnames);
        for (wf_ssize_t i = 0; i < total; i++) {
            WF_DECREF(args[i]);
        }
        WF_DECREF(callable);
        WF_DECREF(kwnames);
        stack_pointer = base;
        ERROR_IF(r == NULL);
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }
    INSTRUCTION(CALL_FUNCTION_EX) {
        wf_object_t *kwargs = (oparg & 1) ? POP() : NULL;
        wf_object_t *args = TOP();
        wf_object_t *self_or_null = SECOND();
        wf_object_t *callable = THIRD();
        // A pushed self goes in front of the positional arguments.
        wf_object_t *tuple = wf_eval_star_args(callable, args);
        if (tuple != NULL && self_or_null != NULL) {
            wf_object_t *t2 = wf_tuple_new(WF_TUPLE_SIZE(tuple) + 1);
            if (t2 != NULL) {
                WF_TUPLE_SET_STEAL(t2, 0, wf_newref(self_or_null));
                for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(tuple); i++) {
                    WF_TUPLE_SET_STEAL(t2, i + 1, wf_newref(WF_TUPLE_GET(tuple, i)));
                }
            }
            WF_DECREF(tuple);
            tuple = t2;
        }
        if (tuple == NULL) {
            WF_XDECREF(kwargs);
            goto error;
        }
        wf_object_t *r = NULL;
        int inl = inline_callable(callable);
        if (inl) {
            new_frame = push_call_frame_ex(ts, (wf_func_t *)callable, tuple, kwargs);
        } else {
            wf_object_t *kw = kwargs != NULL && wf_dict_size(kwargs) > 0 ? kwargs : NULL;
            r = WF_UNLIKELY(ts->use_tracing) ? call_ex_profiled(ts, frame, callable, tuple, kw)
                                             : wf_call(callable, tuple, kw);
        }
        WF_DECREF(tuple);
        WF_XDECREF(kwargs);
        STACK_SHRINK(3);
        WF_DECREF(args);
        WF_XDECREF(self_or_null);
        WF_DECREF(callable);
        if (inl) {
            ERROR_IF(new_frame == NULL);
            goto enter_frame;
        }
        ERROR_IF(r == NULL);
        PUSH(r);
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }
    INSTRUCTION(CALL_INTRINSIC_1) {
        wf_object_t *v = TOP();
        SAVE_STACK();
        wf_object_t *r = wf_eval_intrinsic1(frame, oparg, v);
        ERROR_IF(r == NULL);
        SET_TOP(r);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(CALL_INTRINSIC_2) {
        wf_object_t *v2 = TOP(), *v1 = SECOND();
        wf_object_t *r = wf_eval_intrinsic2(frame, oparg, v1, v2);
        ERROR_IF(r == NULL);
        STACK_SHRINK(1);
        SET_TOP(r);
        WF_DECREF(v1);
        WF_DECREF(v2);
        DISPATCH();
    }
    INSTRUCTION(MAKE_FUNCTION) {
        wf_object_t *co = TOP();
        wf_object_t *fn = wf_eval_make_function(frame, co);
        ERROR_IF(fn == NULL);
        SET_TOP(fn);
        WF_DECREF(co);
        DISPATCH();
    }
    INSTRUCTION(SET_FUNCTION_ATTRIBUTE) {
        wf_object_t *fn = POP(), *v = TOP();
        // The function takes over the value's reference.
        SET_TOP(fn);
        ERROR_IF(wf_eval_set_function_attribute(fn, oparg, v) < 0);
        DISPATCH();
    }
    INSTRUCTION(LOAD_BUILD_CLASS) {
        wf_object_t *bc = NULL;
        int r = wf_dict_get_ref(frame->builtins, WF_ID(__build_class__), &bc);
        ERROR_IF(r < 0);
        if (r == 0) {
            wf_err_set_string(&wf_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    // ---- returns and jumps ----
    INSTRUCTION(RETURN_VALUE) {
        retval = POP();
        goto return_value;
    }
    INSTRUCTION(RETURN_CONST) {
        retval = wf_newref(GETITEM(code->consts, oparg));
        goto return_value;
    }
    INSTRUCTION(JUMP_FORWARD) {
        next_instr += oparg;
        DISPATCH();
    }
    INSTRUCTION(JUMP_BACKWARD) {
        next_instr -= oparg;
        CHECK_EVAL_BREAKER();
        DISPATCH();
    }
    INSTRUCTION(JUMP_BACKWARD_NO_INTERRUPT) {
        next_instr -= oparg;
        DISPATCH();
    }
    INSTRUCTION(POP_JUMP_IF_FALSE) {
        wf_object_t *v = POP();
        int t = truthy(v);
        WF_DECREF(v);
        ERROR_IF(t < 0);
        if (!t) {
            next_instr += oparg;
        }
        DISPATCH();
    }
    INSTRUCTION(POP_JUMP_IF_TRUE) {
        wf_object_t *v = POP();
        int t = truthy(v);
        WF_DECREF(v);
        ERROR_IF(t < 0);
        if (t) {
            next_instr += oparg;
        }
        DISPATCH();
    }
    INSTRUCTION(POP_JUMP_IF_NONE) {
        wf_object_t *v = POP();
        if (v == WF_NONE) {
            next_instr += oparg;
        }
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(POP_JUMP_IF_NOT_NONE) {
        wf_object_t *v = POP();
        if (v != WF_NONE) {
            next_instr += oparg;
        }
        WF_DECREF(v);
        DISPATCH();
    }

    // ---- iteration ----
    INSTRUCTION(GET_ITER) {
        wf_object_t *v = TOP();
        wf_object_t *it = wf_iter(v);
        ERROR_IF(it == NULL);
        SET_TOP(it);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(FOR_ITER) {
        wf_object_t *it = TOP();
        wf_unaryfunc next = WF_TYPE(it)->iternext;
        wf_object_t *v = next != NULL ? next(it) : wf_iter_next(it);
        if (v != NULL) {
            PUSH(v);
            DISPATCH();
        }
        if (wf_err_occurred() != NULL) {
            if (!wf_err_matches(&wf_exc_StopIteration)) {
                goto error;
            }
            if (WF_UNLIKELY(ts->use_tracing)) {
                // An iterator ending with an explicit StopIteration (a generator returning
                // a value) shows it to trace functions.
                SAVE_STACK();
                wf_trace_exception(ts, frame);
                if (!wf_err_matches(&wf_exc_StopIteration)) {
                    goto error;  // the trace function failed
                }
            }
            wf_err_clear();
        }
        STACK_SHRINK(1);
        WF_DECREF(it);
        next_instr += oparg;
        DISPATCH();
    }
    INSTRUCTION(GET_YIELD_FROM_ITER) {
        wf_object_t *v = TOP();
        wf_object_t *it = wf_eval_get_yield_from_iter(code, v);
        ERROR_IF(it == NULL);
        SET_TOP(it);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(SEND) {
        wf_object_t *v = TOP(), *receiver = SECOND();
        wf_object_t *r = NULL;
        SAVE_STACK();
        int st = wf_eval_send(receiver, v, &r);
        ERROR_IF(st == WF_GEN_RESULT_ERROR);
        SET_TOP(r);
        WF_DECREF(v);
        if (st == WF_GEN_RESULT_RETURN) {
            next_instr += oparg;
        }
        DISPATCH();
    }
    INSTRUCTION(END_SEND) {
        wf_object_t *v = POP();
        wf_object_t *receiver = TOP();
        SET_TOP(v);
        WF_DECREF(receiver);
        DISPATCH();
    }
    INSTRUCTION(YIELD_VALUE) {
        retval = POP();
        SAVE_STACK();
        frame->yielded = 1;
        // A generator frame is always an entry frame: return to wf_gen_send.
        ts->frame = frame->previous;
        frame->previous = NULL;
        ts->py_depth -= DEPTH_UNIT(code);
        wf_leave_recursive_call();
        return retval;
    }
    INSTRUCTION(CLEANUP_THROW) {
        wf_object_t *exc = TOP(), *last_sent = SECOND(), *sub = THIRD();
        if (wf_type_check(exc, &wf_exc_StopIteration)) {
            wf_object_t *value = ((wf_exc_stop_iteration_t *)exc)->value;
            value = wf_newref(value != NULL ? value : WF_NONE);
            STACK_SHRINK(3);
            WF_DECREF(exc);
            WF_DECREF(last_sent);
            WF_DECREF(sub);
            PUSH(wf_newref(WF_NONE));
            PUSH(value);
            DISPATCH();
        }
        STACK_SHRINK(1);
        wf_err_restore(exc);
        unwind_from = frame->instr;
        goto exception_unwind;
    }

    // ---- async ----
    INSTRUCTION(GET_AWAITABLE) {
        wf_object_t *v = TOP();
        wf_object_t *a = wf_eval_get_awaitable(v, oparg);
        ERROR_IF(a == NULL);
        SET_TOP(a);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(GET_AITER) {
        wf_object_t *v = TOP();
        wf_object_t *a = wf_eval_get_aiter(v);
        ERROR_IF(a == NULL);
        SET_TOP(a);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(GET_ANEXT) {
        wf_object_t *a = wf_eval_get_anext(TOP());
        ERROR_IF(a == NULL);
        PUSH(a);
        DISPATCH();
    }
    INSTRUCTION(END_ASYNC_FOR) {
        wf_object_t *exc = TOP();
        if (wf_type_check(exc, &wf_exc_StopAsyncIteration)) {
            STACK_SHRINK(2);
            WF_DECREF(exc);
            WF_DECREF(stack_pointer[0]);
            DISPATCH();
        }
        STACK_SHRINK(1);
        wf_err_restore(exc);
        unwind_from = frame->instr;
        goto exception_unwind;
    }
    INSTRUCTION(BEFORE_ASYNC_WITH) {
        wf_object_t *mgr = TOP(), *exit = NULL, *res = NULL;
        ERROR_IF(wf_eval_before_with(mgr, &exit, &res, 1) < 0);
        SET_TOP(exit);
        WF_DECREF(mgr);
        PUSH(res);
        DISPATCH();
    }

    // ---- exceptions and with ----
    INSTRUCTION(PUSH_EXC_INFO) {
        wf_object_t *exc = TOP();
        wf_exc_slot_t *slot = wf_eval_exc_slot();
        wf_object_t *prev = slot->value != NULL ? slot->value : wf_newref(WF_NONE);
        slot->value = wf_newref(exc);
        ts->handled_exc = exc;
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }
    INSTRUCTION(POP_EXCEPT) {
        wf_object_t *prev = POP();
        wf_exc_slot_t *slot = wf_eval_exc_slot();
        wf_object_t *old = slot->value;
        if (prev == WF_NONE) {
            WF_DECREF(prev);
            prev = NULL;
        }
        slot->value = prev;
        wf_eval_exc_sync(ts);
        WF_XDECREF(old);
        DISPATCH();
    }
    INSTRUCTION(CHECK_EXC_MATCH) {
        wf_object_t *type = TOP(), *exc = SECOND();
        ERROR_IF(wf_eval_check_except_type(type) < 0);
        int r = wf_err_given_matches(exc, type);
        ERROR_IF(r < 0);
        SET_TOP(wf_bool_from(r));
        WF_DECREF(type);
        DISPATCH();
    }
    INSTRUCTION(CHECK_EG_MATCH) {
        wf_object_t *type = TOP(), *exc = SECOND();
        wf_object_t *match = NULL, *rest = NULL;
        ERROR_IF(wf_eval_exception_group_match(exc, type, &match, &rest) < 0);
        SET_SECOND(rest);
        SET_TOP(match);
        WF_DECREF(type);
        WF_DECREF(exc);
        DISPATCH();
    }
    INSTRUCTION(RERAISE) {
        wf_object_t *exc = POP();
        unwind_from = frame->instr;
        if (oparg > 0) {
            wf_object_t *lasti = PEEK(oparg);
            int64_t i;
            if (wf_int_small_value(lasti, &i) && i >= 0 && i < code->ninstr) {
                frame->instr = code->instr + i;
            }
        }
        wf_err_restore(exc);
        goto exception_unwind;
    }
    INSTRUCTION(RAISE_VARARGS) {
        wf_object_t *cause = oparg == 2 ? POP() : NULL;
        wf_object_t *exc = oparg >= 1 ? POP() : NULL;
        int r = wf_eval_do_raise(exc, cause);
        WF_XDECREF(exc);
        WF_XDECREF(cause);
        if (r == 1) {
            unwind_from = frame->instr;
            goto exception_unwind;
        }
        goto error;
    }
    INSTRUCTION(LOAD_ASSERTION_ERROR) {
        PUSH(wf_newref(&wf_exc_AssertionError));
        DISPATCH();
    }
    INSTRUCTION(BEFORE_WITH) {
        wf_object_t *mgr = TOP(), *exit = NULL, *res = NULL;
        ERROR_IF(wf_eval_before_with(mgr, &exit, &res, 0) < 0);
        SET_TOP(exit);
        WF_DECREF(mgr);
        PUSH(res);
        DISPATCH();
    }
    INSTRUCTION(WITH_EXCEPT_START) {
        wf_object_t *exc = PEEK(1), *exit = PEEK(4);
        wf_object_t *tb = wf_exc_get_traceback(exc);
        wf_object_t *args[3] = {WF_OBJ(WF_TYPE(exc)), exc, tb != NULL ? tb : WF_NONE};
        wf_object_t *r = wf_vectorcall(exit, args, 3, NULL);
        ERROR_IF(r == NULL);
        PUSH(r);
        DISPATCH();
    }

    // ---- imports ----
    INSTRUCTION(IMPORT_NAME) {
        wf_object_t *fromlist = POP(), *level = TOP();
        SAVE_STACK();
        wf_object_t *m = wf_eval_import_name(frame, GETITEM(code->names, oparg), fromlist, level);
        WF_DECREF(fromlist);
        WF_DECREF(level);
        SET_TOP(m);
        if (m == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }
    INSTRUCTION(IMPORT_FROM) {
        wf_object_t *v = wf_import_from(TOP(), GETITEM(code->names, oparg));
        ERROR_IF(v == NULL);
        PUSH(v);
        DISPATCH();
    }

    // ---- misc statements ----
    INSTRUCTION(SETUP_ANNOTATIONS) {
        ERROR_IF(wf_eval_setup_annotations(frame) < 0);
        DISPATCH();
    }
    INSTRUCTION(GET_LEN) {
        wf_ssize_t n = wf_len(TOP());
        ERROR_IF(n < 0);
        wf_object_t *v = wf_int_from_ssize(n);
        ERROR_IF(v == NULL);
        PUSH(v);
        DISPATCH();
    }
    INSTRUCTION(MATCH_MAPPING) {
        wf_object_t *r = wf_bool_from(WF_TYPE_HAS_FLAG(WF_TYPE(TOP()), WF_TPFLAGS_MAPPING));
        PUSH(r);
        DISPATCH();
    }
    INSTRUCTION(MATCH_SEQUENCE) {
        wf_object_t *r = wf_bool_from(WF_TYPE_HAS_FLAG(WF_TYPE(TOP()), WF_TPFLAGS_SEQUENCE));
        PUSH(r);
        DISPATCH();
    }
    INSTRUCTION(MATCH_KEYS) {
        wf_object_t *v = wf_eval_match_keys(SECOND(), TOP());
        ERROR_IF(v == NULL);
        PUSH(v);
        DISPATCH();
    }
    INSTRUCTION(MATCH_CLASS) {
        wf_object_t *names = PEEK(1), *cls = PEEK(2), *subject = PEEK(3);
        wf_object_t *v = wf_eval_match_class(subject, cls, oparg, names);
        ERROR_IF(v == NULL);
        STACK_SHRINK(3);
        WF_DECREF(names);
        WF_DECREF(cls);
        WF_DECREF(subject);
        PUSH(v);
        DISPATCH();
    }

    // ---- f-strings ----
    INSTRUCTION(CONVERT_VALUE) {
        wf_object_t *v = TOP();
        wf_object_t *r = oparg == WF_CONV_REPR ? wf_repr(v) : oparg == WF_CONV_ASCII ? wf_ascii(v)
                                                                                    : wf_str(v);
        ERROR_IF(r == NULL);
        SET_TOP(r);
        WF_DECREF(v);
        DISPATCH();
    }
    INSTRUCTION(FORMAT_SIMPLE) {
        wf_object_t *v = TOP();
        if (!WF_STR_CHECK_EXACT(v)) {
            wf_object_t *r = wf_format(v, NULL);
            ERROR_IF(r == NULL);
            SET_TOP(r);
            WF_DECREF(v);
        }
        DISPATCH();
    }
    INSTRUCTION(FORMAT_WITH_SPEC) {
        wf_object_t *spec = TOP(), *v = SECOND();
        wf_object_t *r = wf_format(v, spec);
        ERROR_IF(r == NULL);
        STACK_SHRINK(1);
        SET_TOP(r);
        WF_DECREF(v);
        WF_DECREF(spec);
        DISPATCH();
    }

#if !WF_COMPUTED_GOTO
    default:
        wf_err_format(&wf_exc_SystemError, "unknown opcode %d", opcode);
        goto error;
    }
#endif
    // clang-format on

    // ---- frame transitions ----
enter_frame:
    // A call handler pushed and bound `new_frame`: run it in this loop.
    SAVE_STACK();
    new_frame->previous = frame;
    ts->frame = new_frame;
    ts->py_depth += DEPTH_UNIT(new_frame->code);
    frame = new_frame;
    LOAD_FRAME();
    next_instr = code->instr;
    // While the thread traces, its eval breaker stays set (WF_EB_TRACE): the 'call' event
    // costs the untraced path nothing beyond the breaker check every call makes anyway.
    if (WF_UNLIKELY(WF_ATOMIC_LOAD_RELAXED_ALWAYS(&ts->eval_breaker) != 0)) {
        SAVE_STACK();
        SELECT_TARGETS();
        if ((ts->use_tracing && wf_trace_call(ts, frame) < 0) || wf_eval_handle_breaker(ts) < 0) {
            goto error;
        }
    }
    DISPATCH();

trace_hook:
    // Tracing: report the instruction about to run (a line; for a return or yield also the
    // 'return' event with the value about to leave), then run it.
    SAVE_STACK();
    if (wf_trace_instruction(ts, frame) < 0) {
        goto error;
    }
    if (opcode == WF_OP_RETURN_VALUE || opcode == WF_OP_YIELD_VALUE || opcode == WF_OP_RETURN_CONST) {
        wf_object_t *leaving = opcode == WF_OP_RETURN_CONST ? GETITEM(code->consts, oparg) : TOP();
        if (wf_trace_return(ts, frame, leaving) < 0) {
            goto error;
        }
    }
#if WF_COMPUTED_GOTO
    goto *opcode_targets[opcode];
#else
    goto dispatch_opcode;
#endif

return_value:
    // Leave the frame with `retval` (a trace function saw it in trace_hook).
    frame->stacktop = code->nlocalsplus;
    ts->py_depth -= DEPTH_UNIT(code);
    if (frame->is_entry) {
        ts->frame = frame->previous;
        frame->previous = NULL;
        wf_leave_recursive_call();
        return retval;
    }
    {
        wf_frame_t *caller = frame->previous;
        ts->frame = caller;
        wf_frame_pop(ts, frame);
        frame = caller;
        LOAD_FRAME();
        const wf_codeunit_t *call = frame->instr;
        next_instr = call + 1 + wf_opcode_caches[WF_INSTR_OP(*call)];
        PUSH(retval);
        DISPATCH();
    }

error:
    // An instruction failed with the exception set: record this frame in the traceback.
    if (wf_err_occurred() == NULL) {
        wf_err_set_string(&wf_exc_SystemError, "error return without exception set");
    }
    wf_traceback_here(frame);
    if (WF_UNLIKELY(ts->use_tracing)) {
        SAVE_STACK();
        wf_trace_exception(ts, frame);
    }
    unwind_from = frame->instr;
exception_unwind : {
    int index = (int)(unwind_from - code->instr);
    wf_exc_entry_t h;
    wf_object_t **base = STACK_BASE();
    if (index >= 0 && wf_code_find_handler(code, index, &h)) {
        wf_object_t **target = base + h.depth;
        while (stack_pointer > target) {
            wf_object_t *v = POP();
            WF_XDECREF(v);
        }
        if (h.lasti) {
            wf_object_t *li = wf_int_from_i64(frame->instr - code->instr);
            if (li == NULL) {
                goto exception_unwind; // MemoryError replaces the exception
            }
            PUSH(li);
        }
        PUSH(wf_err_fetch());
        next_instr = code->instr + h.handler;
        DISPATCH();
    }
}
exit_unwind:
    while (stack_pointer > STACK_BASE()) {
        wf_object_t *v = POP();
        WF_XDECREF(v);
    }
    if (WF_UNLIKELY(ts->use_tracing)) {
        SAVE_STACK();
        wf_trace_return(ts, frame, NULL);  // a failing hook's exception replaces the one leaving
    }
    frame->stacktop = code->nlocalsplus;
    ts->py_depth -= DEPTH_UNIT(code);
    if (frame->is_entry) {
        ts->frame = frame->previous;
        frame->previous = NULL;
        wf_leave_recursive_call();
        return NULL;
    }
    {
        wf_frame_t *caller = frame->previous;
        ts->frame = caller;
        wf_frame_pop(ts, frame);
        frame = caller;
        LOAD_FRAME();
        goto error;
    }
}

// ---------------------------------------------------------------------------------------
// Entry points

// The builtins dict a frame running with `globals` uses.
static wf_object_t *builtins_for(wf_object_t *globals) {
    wf_object_t *b = NULL;
    if (WF_DICT_CHECK(globals) && wf_dict_get_ref(globals, WF_ID(__builtins__), &b) > 0) {
        wf_object_t *d = WF_MODULE_CHECK(b) ? WF_MODULE_DICT(b) : b;
        WF_DECREF(b); // kept alive by globals
        if (WF_DICT_CHECK(d)) {
            return d;
        }
    }
    wf_err_clear();
    wf_frame_t *f = wf_tstate_get()->frame;
    return f != NULL ? f->builtins : wf_interp_builtins();
}

wf_object_t *wf_eval_code(wf_object_t *code, wf_object_t *globals, wf_object_t *locals) {
    if (!WF_CODE_CHECK(code) || !WF_DICT_CHECK(globals)) {
        return wf_err_bad_internal_call("wf_eval_code");
    }
    wf_tstate_t *ts = wf_tstate_get();
    wf_object_t *builtins = builtins_for(globals);
    wf_frame_t *f = wf_frame_push(ts, code, NULL, globals, builtins, locals);
    if (f == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_eval_frame(ts, f);
    wf_frame_pop(ts, f);
    return r;
}

wf_object_t *wf_eval_class_body(wf_object_t *func, wf_object_t *ns) {
    if (!WF_FUNC_CHECK(func)) {
        return wf_err_bad_internal_call("wf_eval_class_body");
    }
    wf_func_t *fn = (wf_func_t *)func;
    wf_tstate_t *ts = wf_tstate_get();
    wf_frame_t *f = wf_frame_push(ts, fn->code, func, fn->globals, fn->builtins, ns);
    if (f == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_eval_frame(ts, f);
    wf_frame_pop(ts, f);
    return r;
}

wf_object_t *wf_eval_get_globals(void) {
    wf_frame_t *f = wf_tstate_get()->frame;
    return f != NULL ? wf_newref(f->globals) : NULL;
}

wf_object_t *wf_eval_get_builtins(void) {
    wf_frame_t *f = wf_tstate_get()->frame;
    return wf_newref(f != NULL ? f->builtins : wf_interp_builtins());
}

wf_object_t *wf_eval_get_locals(void) {
    wf_frame_t *f = wf_tstate_get()->frame;
    return f != NULL ? wf_frame_locals_dict(f) : NULL;
}

wf_object_t *wf_eval_get_frame_object(wf_ssize_t depth) {
    wf_frame_t *f = wf_tstate_get()->frame;
    while (depth > 0 && f != NULL) {
        f = f->previous;
        depth--;
    }
    if (f == NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "call stack is not deep enough");
    }
    wf_object_t *fo = wf_frame_get_object(f);
    return fo != NULL ? wf_newref(fo) : NULL;
}
