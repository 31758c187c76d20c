// Generators and coroutines.
//
// The generator object owns its frame (allocated in the same block, after the struct).
// wf_gen_send is the one place that resumes it: it pushes the sent value (except on the
// first resumption), links the generator's exception slot, runs the frame in the eval loop
// and looks at how the loop came back: `frame->yielded` set means suspended at a
// YIELD_VALUE, otherwise the frame finished (returned or raised) and is cleared, keeping
// only its code object for gi_code.
//
// throw() raises at the suspension point (the eval loop starts in its error path), after
// first offering the exception to the sub-iterator of a `yield from` / `await`. Closing a
// suspended generator throws GeneratorExit into it; the finalizer closes generators that
// are collected while suspended, so their finally blocks run.
#include "objects/gen.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/eval_helpers.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/mem.h"
#include "runtime/traceback.h"

#include <stddef.h>
#include <stdio.h>

#define G(o) ((wf_gen_t *)(o))

static size_t frame_offset(void) {
    return (sizeof(wf_gen_t) + 15) & ~(size_t)15;
}

static const char *kind_name(wf_object_t *o) {
    return WF_CORO_CHECK(o) ? "coroutine" : WF_ASYNCGEN_CHECK(o) ? "async generator" : "generator";
}

wf_object_t *wf_gen_new_from_call(wf_func_t *func, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames, int steal) {
    wf_code_t *co = WF_CODE(func->code);
    wf_type_t *type = (co->flags & WF_CO_ASYNC_GENERATOR) ? &wf_asyncgen_type
                      : (co->flags & WF_CO_COROUTINE)     ? &wf_coro_type
                                                          : &wf_gen_type;
    size_t size = frame_offset() + sizeof(wf_frame_t) +
                  (size_t)wf_frame_size(func->code) * sizeof(wf_object_t *);
    wf_gen_t *gen = (wf_gen_t *)wf_object_alloc(type, size);
    if (gen == NULL) {
        return NULL;
    }
    gen->frame = (wf_frame_t *)((char *)gen + frame_offset());
    wf_frame_init(gen->frame, func->code, WF_OBJ(func), func->globals, func->builtins, NULL,
                  WF_FRAME_OWNED_BY_GENERATOR);
    gen->name = wf_newref(func->name);
    gen->qualname = wf_newref(func->qualname);
    gen->state = WF_GEN_CREATED;
    if (wf_call_bind_args(func, gen->frame->localsplus, args, nargs, kwnames, steal) < 0) {
        gen->state = WF_GEN_CLOSED;
        WF_DECREF(gen);
        return NULL;
    }
    wf_gc_track(WF_OBJ(gen));
    return WF_OBJ(gen);
}

// A finished frame keeps its code (gi_code) but releases everything else.
static void finish_frame(wf_gen_t *gen) {
    wf_object_t *code = wf_newref(gen->frame->code);
    wf_frame_clear(gen->frame);
    gen->frame->code = code;
    gen->frame->stacktop = 0;
    WF_CLEAR(gen->exc_state.value);
}

int wf_gen_send(wf_object_t *o, wf_object_t *arg, int throwflag, wf_object_t **presult) {
    wf_gen_t *gen = G(o);
    *presult = NULL;
    if (gen->state == WF_GEN_RUNNING) {
        wf_err_format(&wf_exc_ValueError, "%s already executing", kind_name(o));
        return WF_GEN_RESULT_ERROR;
    }
    if (gen->state == WF_GEN_CLOSED) {
        if (WF_CORO_CHECK(o) && !throwflag) {
            wf_err_set_string(&wf_exc_RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg != NULL && !throwflag) {
            *presult = wf_newref(WF_NONE);
            return WF_GEN_RESULT_RETURN;
        }
        return WF_GEN_RESULT_ERROR;
    }
    wf_frame_t *f = gen->frame;
    if (gen->state == WF_GEN_CREATED) {
        if (!throwflag && arg != NULL && arg != WF_NONE) {
            wf_err_format(&wf_exc_TypeError, "can't send non-None value to a just-started %s",
                          kind_name(o));
            return WF_GEN_RESULT_ERROR;
        }
    } else {
        f->localsplus[f->stacktop++] = wf_newref(arg != NULL ? arg : WF_NONE);
    }
    wf_tstate_t *ts = wf_tstate_get();
    gen->state = WF_GEN_RUNNING;
    f->executing = 1;
    f->yielded = 0;
    wf_eval_exc_enter(&gen->exc_state);
    if (throwflag) {
        // The thrown exception is raised inside the generator: an exception the
        // generator is handling there becomes its __context__.
        wf_object_t *exc = wf_err_fetch();
        if (exc != NULL) {
            wf_err_set_object_steal(exc);
        }
    }
    wf_object_t *r = wf_eval_frame_ex(ts, f, throwflag);
    wf_eval_exc_leave(&gen->exc_state);
    f->executing = 0;
    if (f->yielded) {
        gen->state = WF_GEN_SUSPENDED;
        *presult = r;
        return WF_GEN_RESULT_YIELD;
    }
    gen->state = WF_GEN_CLOSED;
    finish_frame(gen);
    if (r == NULL) {
        return WF_GEN_RESULT_ERROR;
    }
    *presult = r;
    return WF_GEN_RESULT_RETURN;
}

void wf_gen_set_stop_iteration(wf_object_t *value) {
    if (value == NULL || value == WF_NONE) {
        wf_err_set(&wf_exc_StopIteration, NULL);
        return;
    }
    // Always one argument, so a tuple or exception value is not unpacked or raised.
    wf_object_t *args = wf_tuple_pack(1, value);
    if (args == NULL) {
        return;
    }
    wf_object_t *exc = wf_exc_new(&wf_exc_StopIteration, args);
    WF_DECREF(args);
    if (exc != NULL) {
        wf_err_set_object_steal(exc);
    }
}

// The result of a resumption as a Python-level send(): the yielded value, or NULL with
// StopIteration (returned) or the error.
static wf_object_t *send_result(int st, wf_object_t *r) {
    if (st == WF_GEN_RESULT_YIELD) {
        return r;
    }
    if (st == WF_GEN_RESULT_RETURN) {
        wf_gen_set_stop_iteration(r);
        WF_DECREF(r);
    }
    return NULL;
}

wf_object_t *wf_gen_yieldfrom(wf_object_t *o) {
    wf_gen_t *gen = G(o);
    if (gen->state != WF_GEN_SUSPENDED) {
        return NULL;
    }
    wf_frame_t *f = gen->frame;
    wf_codeunit_t u = *f->instr;
    if (WF_INSTR_OP(u) != WF_OP_YIELD_VALUE || WF_INSTR_ARG(u) != 1) {
        return NULL;
    }
    return wf_newref(f->localsplus[f->stacktop - 1]);
}

static wf_object_t *gen_iternext(wf_object_t *o) {
    wf_object_t *r = NULL;
    int st = wf_gen_send(o, NULL, 0, &r);
    if (st == WF_GEN_RESULT_YIELD) {
        return r;
    }
    if (st == WF_GEN_RESULT_RETURN) {
        if (r != WF_NONE) {
            wf_gen_set_stop_iteration(r);
        }
        WF_DECREF(r);
    }
    return NULL;
}

static wf_object_t *gen_send_method(wf_object_t *o, wf_object_t *arg) {
    wf_object_t *r = NULL;
    int st = wf_gen_send(o, arg, 0, &r);
    return send_result(st, r);
}

static wf_object_t *gen_close(wf_object_t *o, wf_object_t *unused);

// Close a sub-iterator of yield from. 0 / -1.
static int close_iter(wf_object_t *yf) {
    wf_object_t *r = NULL;
    if (WF_GEN_LIKE_CHECK(yf)) {
        r = gen_close(yf, NULL);
        if (r == NULL) {
            return -1;
        }
    } else {
        wf_object_t *meth = NULL;
        if (wf_getattr_opt(yf, WF_ID(close), &meth) < 0) {
            wf_err_write_unraisable(yf);
        }
        if (meth != NULL) {
            r = wf_call_noargs(meth);
            WF_DECREF(meth);
            if (r == NULL) {
                return -1;
            }
        }
    }
    WF_XDECREF(r);
    return 0;
}

// Install the exception described by throw()'s arguments. 0 / -1 (TypeError instead).
static int set_thrown(wf_object_t *typ, wf_object_t *val, wf_object_t *tb) {
    if (tb == WF_NONE) {
        tb = NULL;
    } else if (tb != NULL && !WF_TRACEBACK_CHECK(tb)) {
        wf_err_set_string(&wf_exc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    wf_object_t *exc;
    if (WF_TYPE_CHECK(typ) && WF_EXC_TYPE_CHECK(typ)) {
        if (val != NULL && WF_EXC_CHECK(val) && wf_type_check(val, (wf_type_t *)typ)) {
            exc = wf_newref(val);
        } else {
            wf_object_t *args = val == NULL || val == WF_NONE ? wf_tuple_new(0)
                                : WF_TUPLE_CHECK(val)         ? wf_newref(val)
                                                              : wf_tuple_pack(1, val);
            exc = args != NULL ? wf_call(typ, args, NULL) : NULL;
            WF_XDECREF(args);
            if (exc == NULL) {
                return -1;
            }
            if (!WF_EXC_CHECK(exc)) {
                wf_err_format(
                    &wf_exc_TypeError,
                    "calling %R should have returned an instance of BaseException, not %T", typ,
                    exc);
                WF_DECREF(exc);
                return -1;
            }
        }
    } else if (WF_EXC_CHECK(typ)) {
        if (val != NULL && val != WF_NONE) {
            wf_err_set_string(&wf_exc_TypeError,
                              "instance exception may not have a separate value");
            return -1;
        }
        exc = wf_newref(typ);
    } else {
        wf_err_format(&wf_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      wf_type_short_name(WF_TYPE(typ)));
        return -1;
    }
    if (tb != NULL) {
        wf_exc_set_traceback(exc, wf_newref(tb));
    }
    wf_err_restore(exc);
    return 0;
}

static wf_object_t *throw_impl(wf_object_t *o, int close_on_genexit, wf_object_t *typ,
                               wf_object_t *val, wf_object_t *tb) {
    wf_gen_t *gen = G(o);
    wf_object_t *yf = wf_gen_yieldfrom(o);
    if (yf != NULL) {
        wf_object_t *ret = NULL;
        int saved = gen->state;
        if (close_on_genexit &&
            ((WF_TYPE_CHECK(typ) && wf_type_is_subtype((wf_type_t *)typ, &wf_exc_GeneratorExit)) ||
             wf_type_check(typ, &wf_exc_GeneratorExit))) {
            gen->state = WF_GEN_RUNNING;
            int err = close_iter(yf);
            gen->state = saved;
            WF_DECREF(yf);
            if (err < 0) {
                wf_object_t *r = NULL;
                int st = wf_gen_send(o, NULL, 1, &r);
                return send_result(st, r);
            }
            goto throw_here;
        }
        if (WF_GEN_LIKE_CHECK(yf)) {
            gen->state = WF_GEN_RUNNING;
            ret = throw_impl(yf, close_on_genexit, typ, val, tb);
            gen->state = saved;
        } else {
            wf_object_t *meth = NULL;
            if (wf_getattr_opt(yf, WF_ID(throw), &meth) < 0) {
                WF_DECREF(yf);
                return NULL;
            }
            if (meth == NULL) {
                WF_DECREF(yf);
                goto throw_here;
            }
            wf_object_t *args[3] = {typ, val, tb};
            int n = val == NULL ? 1 : tb == NULL ? 2 : 3;
            gen->state = WF_GEN_RUNNING;
            ret = wf_vectorcall(meth, args, n, NULL);
            gen->state = saved;
            WF_DECREF(meth);
        }
        WF_DECREF(yf);
        if (ret == NULL) {
            wf_object_t *r = NULL;
            int st = wf_gen_send(o, NULL, 1, &r);
            return send_result(st, r);
        }
        return ret;
    }
throw_here:
    if (set_thrown(typ, val, tb) < 0) {
        return NULL;
    }
    wf_object_t *r = NULL;
    int st = wf_gen_send(o, NULL, 1, &r);
    return send_result(st, r);
}

// The arguments of throw()/athrow(): one to three, more than one deprecated. 0 / -1.
static int check_throw_args(const char *name, wf_ssize_t nargs) {
    if (wf_check_nargs(name, nargs, 1, 3) < 0) {
        return -1;
    }
    if (nargs > 1) {
        char msg[120];
        snprintf(msg, sizeof msg,
                 "the (type, exc, tb) signature of %s() is deprecated, use the single-arg "
                 "signature instead.",
                 name);
        return wf_err_warn(&wf_exc_DeprecationWarning, msg, 1);
    }
    return 0;
}

static wf_object_t *gen_throw(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (check_throw_args("throw", nargs) < 0) {
        return NULL;
    }
    return throw_impl(o, 1, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

static wf_object_t *gen_close(wf_object_t *o, wf_object_t *unused) {
    wf_gen_t *gen = G(o);
    if (gen->state == WF_GEN_CREATED) {
        gen->state = WF_GEN_CLOSED;
        finish_frame(gen);
        WF_RETURN_NONE;
    }
    if (gen->state == WF_GEN_CLOSED) {
        WF_RETURN_NONE;
    }
    int err = 0;
    wf_object_t *yf = wf_gen_yieldfrom(o);
    if (yf == NULL && gen->state == WF_GEN_SUSPENDED) {
        // Suspended where no try, with or except covers it: GeneratorExit would only
        // unwind the frame, so close it without running it (as CPython 3.12+ does; no
        // trace events either).
        wf_code_t *code = (wf_code_t *)gen->frame->code;
        wf_exc_entry_t h;
        wf_ssize_t index = gen->frame->instr - code->instr;
        int covered = index >= 0 && wf_code_find_handler(code, index, &h);
        if (covered) {
            // The handler every generator body has (StopIteration -> RuntimeError) is not
            // code of the program's: it does not count.
            wf_codeunit_t at = code->instr[h.handler];
            covered = !(WF_INSTR_OP(at) == WF_OP_CALL_INTRINSIC_1 &&
                        WF_INSTR_ARG(at) == WF_INTRINSIC1_STOPITERATION_ERROR);
        }
        if (index >= 0 && !covered) {
            gen->state = WF_GEN_CLOSED;
            finish_frame(gen);
            WF_RETURN_NONE;
        }
    }
    if (yf != NULL) {
        int saved = gen->state;
        gen->state = WF_GEN_RUNNING;
        err = close_iter(yf);
        gen->state = saved;
        WF_DECREF(yf);
    }
    if (err == 0) {
        wf_err_set(&wf_exc_GeneratorExit, NULL);
    }
    wf_object_t *r = NULL;
    int st = wf_gen_send(o, NULL, 1, &r);
    if (st == WF_GEN_RESULT_YIELD) {
        WF_DECREF(r);
        wf_err_format(&wf_exc_RuntimeError, "%s ignored GeneratorExit", kind_name(o));
        return NULL;
    }
    if (st == WF_GEN_RESULT_RETURN) {
        return r; // the generator returned a value while closing
    }
    if (wf_err_matches(&wf_exc_GeneratorExit)) {
        wf_err_clear();
        WF_RETURN_NONE;
    }
    wf_object_t *value = NULL;
    if (wf_err_take_stop_iteration(&value)) {
        return value != NULL ? value : wf_newref(WF_NONE);
    }
    return NULL;
}

// RuntimeWarning "coroutine 'f' was never awaited", through the warnings module's own
// helper when it has one (it adds the allocation-traceback hint), as CPython does.
static void warn_unawaited(wf_object_t *coro) {
    wf_object_t *warnings = wf_import_module_cstr("warnings");
    wf_object_t *helper = NULL;
    if (warnings != NULL &&
        wf_getattr_opt(warnings, wf_str_intern_cstr("_warn_unawaited_coroutine"), &helper) > 0) {
        wf_object_t *r = wf_call_one(helper, coro);
        WF_XDECREF(r);
        WF_DECREF(helper);
    } else {
        wf_err_clear();
        wf_object_t *msg =
            wf_str_from_format("coroutine '%U' was never awaited", G(coro)->qualname);
        if (msg != NULL) {
            wf_err_warn(&wf_exc_RuntimeWarning, wf_str_as_utf8(msg, NULL), 1);
            WF_DECREF(msg);
        }
    }
    WF_XDECREF(warnings);
    if (wf_err_occurred() != NULL) {
        wf_err_write_unraisable(coro);
    }
}

// Collected while suspended: close it so that its finally blocks and with statements run.
static void gen_finalize(wf_object_t *o) {
    wf_gen_t *gen = G(o);
    if (gen->state == WF_GEN_CLOSED) {
        return;
    }
    wf_object_t *saved = wf_err_fetch();
    if (WF_ASYNCGEN_CHECK(o) && gen->ag_finalizer != NULL && !gen->ag_closed) {
        // The event loop's finalizer (sys.set_asyncgen_hooks) schedules aclose().
        wf_object_t *r = wf_call_one(gen->ag_finalizer, o);
        if (r == NULL) {
            wf_err_write_unraisable(o);
        }
        WF_XDECREF(r);
        wf_err_restore(saved);
        return;
    }
    if (gen->state == WF_GEN_CREATED && WF_CORO_CHECK(o)) {
        warn_unawaited(o);
    }
    if (gen->state == WF_GEN_SUSPENDED) {
        wf_object_t *r = gen_close(o, NULL);
        if (r == NULL) {
            wf_err_write_unraisable(o);
        } else {
            WF_DECREF(r);
        }
    }
    wf_err_restore(saved);
}

static void gen_dealloc(wf_object_t *o) {
    wf_gen_t *gen = G(o);
    wf_gc_untrack(o);
    if (gen->frame != NULL) {
        if (gen->state == WF_GEN_CLOSED) {
            WF_CLEAR(gen->frame->code);
        } else {
            wf_frame_clear(gen->frame);
        }
    }
    WF_CLEAR(gen->exc_state.value);
    WF_CLEAR(gen->name);
    WF_CLEAR(gen->qualname);
    WF_CLEAR(gen->ag_finalizer);
    wf_object_free(o);
}

static int gen_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    wf_gen_t *gen = G(o);
    wf_frame_t *f = gen->frame;
    wf_object_t *fields[] = {
        gen->name, gen->qualname, gen->exc_state.value,           f->code,
        f->func,   f->locals,     f->owns_ns ? f->globals : NULL, f->owns_ns ? f->builtins : NULL,
        gen->ag_finalizer};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    if (gen->state != WF_GEN_CLOSED) {
        // While it runs, only the local slots are current: the value stack lives in the
        // eval loop's registers and stacktop is stale.
        int n = gen->state == WF_GEN_RUNNING ? WF_CODE(f->code)->nlocalsplus : f->stacktop;
        for (int i = 0; i < n; i++) {
            if (f->localsplus[i] != NULL) {
                int r = visit(f->localsplus[i], arg);
                if (r != 0) {
                    return r;
                }
            }
        }
    }
    return 0;
}

static wf_object_t *gen_repr(wf_object_t *o) {
    return wf_str_from_format("<%s object %U at %p>", WF_TYPE(o)->name, G(o)->qualname, (void *)o);
}

static wf_object_t *gen_iter_self(wf_object_t *o) {
    return wf_newref(o);
}

// ---- attributes ----

static wf_object_t *gen_get_name(wf_object_t *o, void *c) {
    return wf_newref(G(o)->name);
}

static int gen_set_name(wf_object_t *o, wf_object_t *v, void *c) {
    if (v == NULL || !WF_STR_CHECK(v)) {
        wf_err_set_string(&wf_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    WF_SETREF(G(o)->name, wf_newref(v));
    return 0;
}

static wf_object_t *gen_get_qualname(wf_object_t *o, void *c) {
    return wf_newref(G(o)->qualname);
}

static int gen_set_qualname(wf_object_t *o, wf_object_t *v, void *c) {
    if (v == NULL || !WF_STR_CHECK(v)) {
        wf_err_set_string(&wf_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    WF_SETREF(G(o)->qualname, wf_newref(v));
    return 0;
}

static wf_object_t *gen_get_frame(wf_object_t *o, void *c) {
    if (G(o)->state == WF_GEN_CLOSED) {
        WF_RETURN_NONE;
    }
    wf_object_t *fo = wf_frame_get_object(G(o)->frame);
    return fo != NULL ? wf_newref(fo) : NULL;
}

static wf_object_t *gen_get_running(wf_object_t *o, void *c) {
    return wf_bool_from(G(o)->state == WF_GEN_RUNNING);
}

static wf_object_t *gen_get_suspended(wf_object_t *o, void *c) {
    return wf_bool_from(G(o)->state == WF_GEN_SUSPENDED);
}

static wf_object_t *gen_get_code(wf_object_t *o, void *c) {
    return wf_newref(G(o)->frame->code);
}

static wf_object_t *gen_get_yieldfrom(wf_object_t *o, void *c) {
    wf_object_t *yf = wf_gen_yieldfrom(o);
    return yf != NULL ? yf : wf_newref(WF_NONE);
}

static wf_object_t *gen_get_origin(wf_object_t *o, void *c) {
    WF_RETURN_NONE;
}

static wf_getset_def_t gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, "object being iterated by yield from, or None", NULL},
    {0},
};

static wf_method_def_t gen_methods[] = {
    {"send",
     {.o = gen_send_method},
     WF_METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise "
     "StopIteration."},
    {"throw",
     {.fast = gen_throw},
     WF_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next "
     "yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand "
     "may be removed in a future version of Python."},
    {"close",
     {.noargs = gen_close},
     WF_METH_NOARGS,
     "close() -> raise GeneratorExit inside generator."},
    {0},
};

wf_type_t wf_gen_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "generator",
    .basicsize = sizeof(wf_gen_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .iter = gen_iter_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
    .weaklistoffset = offsetof(wf_gen_t, weakreflist),
};

// ---- coroutines ----

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *coro;
} wf_coro_wrapper_t;

static wf_object_t *coro_await(wf_object_t *o, wf_object_t *unused) {
    wf_coro_wrapper_t *w =
        (wf_coro_wrapper_t *)wf_object_alloc(&wf_coro_wrapper_type, sizeof(wf_coro_wrapper_t));
    if (w == NULL) {
        return NULL;
    }
    w->coro = wf_newref(o);
    wf_gc_track(WF_OBJ(w));
    return WF_OBJ(w);
}

static wf_getset_def_t coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {"cr_origin", gen_get_origin, NULL, NULL, NULL},
    {0},
};

static wf_method_def_t coro_methods[] = {
    {"send",
     {.o = gen_send_method},
     WF_METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise "
     "StopIteration."},
    {"throw",
     {.fast = gen_throw},
     WF_METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next "
     "iterated value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand "
     "may be removed in a future version of Python."},
    {"close",
     {.noargs = gen_close},
     WF_METH_NOARGS,
     "close() -> raise GeneratorExit inside coroutine."},
    {"__await__",
     {.noargs = coro_await},
     WF_METH_NOARGS,
     "Return an iterator to be used in await expression."},
    {0},
};

wf_type_t wf_coro_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "coroutine",
    .basicsize = sizeof(wf_gen_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
    .weaklistoffset = offsetof(wf_gen_t, weakreflist),
};

#define W(o) (((wf_coro_wrapper_t *)(o))->coro)

static void wrapper_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_CLEAR(W(o));
    wf_object_free(o);
}

static int wrapper_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    return W(o) != NULL ? visit(W(o), arg) : 0;
}

static wf_object_t *wrapper_iternext(wf_object_t *o) {
    wf_object_t *r = NULL;
    int st = wf_gen_send(W(o), WF_NONE, 0, &r);
    return send_result(st, r);
}

static wf_object_t *wrapper_send(wf_object_t *o, wf_object_t *arg) {
    return gen_send_method(W(o), arg);
}

static wf_object_t *wrapper_throw(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    return gen_throw(W(o), args, nargs);
}

static wf_object_t *wrapper_close(wf_object_t *o, wf_object_t *unused) {
    return gen_close(W(o), NULL);
}

static wf_method_def_t wrapper_methods[] = {
    {"send", {.o = wrapper_send}, WF_METH_O, NULL},
    {"throw", {.fast = wrapper_throw}, WF_METH_FASTCALL, NULL},
    {"close", {.noargs = wrapper_close}, WF_METH_NOARGS, NULL},
    {0},
};

wf_type_t wf_coro_wrapper_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(wf_coro_wrapper_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .iter = gen_iter_self,
    .iternext = wrapper_iternext,
    .methods = wrapper_methods,
};

// ---- async generators ----
//
// An async generator's frame suspends both at its own `yield v` (the value comes wrapped
// by ASYNC_GEN_WRAP) and inside awaits (the value goes up to the event loop). asend()/
// __anext__() and athrow()/aclose() give awaitables that resume the frame and tell the two
// apart: a wrapped value ends the awaitable with StopIteration(v), anything else is passed
// up; the frame returning ends it with StopAsyncIteration.

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *value;
} agwrap_t;

wf_object_t *wf_asyncgen_wrap(wf_object_t *value) {
    agwrap_t *w = (agwrap_t *)wf_object_alloc(&wf_asyncgen_wrapped_type, sizeof(agwrap_t));
    if (w == NULL) {
        return NULL;
    }
    w->value = wf_newref(value);
    return WF_OBJ(w);
}

static void agwrap_dealloc(wf_object_t *o) {
    WF_DECREF(((agwrap_t *)o)->value);
    wf_object_free(o);
}

wf_type_t wf_asyncgen_wrapped_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(agwrap_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = agwrap_dealloc,
};

// A step of an awaitable over async generator `o`: `r` is what the frame produced (NULL:
// it returned, when `returned`, or raised). Returns the value to pass up, or NULL with
// StopIteration(v) for a yielded v, StopAsyncIteration for the end, or the error.
static wf_object_t *ag_unwrap(wf_object_t *o, wf_object_t *r, int returned) {
    wf_gen_t *g = G(o);
    if (r != NULL && WF_TYPE(r) != &wf_asyncgen_wrapped_type) {
        return r;  // an await inside the generator: up to the event loop
    }
    g->ag_running_async = 0;
    if (r != NULL) {
        wf_gen_set_stop_iteration(((agwrap_t *)r)->value);
        WF_DECREF(r);
        return NULL;
    }
    if (returned) {
        wf_err_set(&wf_exc_StopAsyncIteration, NULL);
    }
    if (wf_err_matches(&wf_exc_StopAsyncIteration) || wf_err_matches(&wf_exc_GeneratorExit)) {
        g->ag_closed = 1;
    }
    return NULL;
}

// Resume with a value: the frame's result for ag_unwrap.
static wf_object_t *ag_resume(wf_object_t *o, wf_object_t *arg, int *returned) {
    wf_object_t *r = NULL;
    int st = wf_gen_send(o, arg, 0, &r);
    *returned = st == WF_GEN_RESULT_RETURN;
    if (st == WF_GEN_RESULT_RETURN) {
        WF_DECREF(r);  // an async generator returns None
        return NULL;
    }
    return r;
}

// Throw into the frame (delegating to what it awaits): the frame's result for ag_unwrap.
static wf_object_t *ag_throw(wf_object_t *o, int close_on_genexit, wf_object_t *typ,
                             wf_object_t *val, wf_object_t *tb, int *returned) {
    wf_object_t *r = throw_impl(o, close_on_genexit, typ, val, tb);
    // The frame returning shows as StopIteration here (a StopIteration raised inside an
    // async generator became a RuntimeError).
    *returned = r == NULL && wf_err_matches(&wf_exc_StopIteration);
    if (*returned) {
        wf_err_clear();
    }
    return r;
}

// Apply sys.set_asyncgen_hooks() the first time the generator is iterated. 0 / -1.
static int ag_init_hooks(wf_object_t *o) {
    wf_gen_t *g = G(o);
    if (g->ag_hooks_inited) {
        return 0;
    }
    g->ag_hooks_inited = 1;
    wf_tstate_t *ts = wf_tstate_get();
    g->ag_finalizer = wf_xnewref(ts->asyncgen_finalizer);
    if (ts->asyncgen_firstiter != NULL) {
        wf_object_t *r = wf_call_one(ts->asyncgen_firstiter, o);
        if (r == NULL) {
            return -1;
        }
        WF_DECREF(r);
    }
    return 0;
}

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *gen;
    wf_object_t *arg;  // asend: the value to send; athrow: (typ, val, tb) tuple, NULL = aclose
    int state;
} agaw_t;

#define AW(o) ((agaw_t *)(o))

static wf_object_t *agaw_new(wf_type_t *t, wf_object_t *gen, wf_object_t *arg) {
    agaw_t *a = (agaw_t *)wf_object_alloc(t, sizeof(agaw_t));
    if (a == NULL) {
        return NULL;
    }
    a->gen = wf_newref(gen);
    a->arg = wf_xnewref(arg);
    a->state = AW_INIT;
    wf_gc_track(WF_OBJ(a));
    return WF_OBJ(a);
}

static void agaw_dealloc(wf_object_t *o) {
    wf_gc_untrack(o);
    WF_DECREF(AW(o)->gen);
    WF_XDECREF(AW(o)->arg);
    wf_object_free(o);
}

static int agaw_traverse(wf_object_t *o, wf_visitproc visit, void *arg) {
    int r = visit(AW(o)->gen, arg);
    return r == 0 && AW(o)->arg != NULL ? visit(AW(o)->arg, arg) : r;
}

// asend(value) / __anext__().
static wf_object_t *asend_send(wf_object_t *o, wf_object_t *arg) {
    agaw_t *a = AW(o);
    wf_gen_t *g = G(a->gen);
    if (a->state == AW_CLOSED) {
        return wf_err_set_string(&wf_exc_RuntimeError,
                                 "cannot reuse already awaited __anext__()/asend()");
    }
    if (a->state == AW_INIT) {
        if (g->ag_running_async) {
            a->state = AW_CLOSED;
            return wf_err_set_string(&wf_exc_RuntimeError,
                                     "anext(): asynchronous generator is already running");
        }
        if (arg == NULL || arg == WF_NONE) {
            arg = a->arg;
        }
        a->state = AW_ITER;
    }
    g->ag_running_async = 1;
    int returned = 0;
    wf_object_t *r = ag_resume(a->gen, arg, &returned);
    r = ag_unwrap(a->gen, r, returned);
    if (r == NULL) {
        a->state = AW_CLOSED;
    }
    return r;
}

static wf_object_t *asend_next(wf_object_t *o) {
    return asend_send(o, NULL);
}

static wf_object_t *asend_throw(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    agaw_t *a = AW(o);
    if (wf_check_nargs("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (a->state == AW_CLOSED) {
        return wf_err_set_string(&wf_exc_RuntimeError,
                                 "cannot reuse already awaited __anext__()/asend()");
    }
    int returned;
    wf_object_t *r = ag_throw(a->gen, 1, args[0], nargs > 1 ? args[1] : NULL,
                              nargs > 2 ? args[2] : NULL, &returned);
    r = ag_unwrap(a->gen, r, returned);
    if (r == NULL) {
        a->state = AW_CLOSED;
    }
    return r;
}

static wf_object_t *agaw_close(wf_object_t *o, wf_object_t *unused) {
    AW(o)->state = AW_CLOSED;
    WF_RETURN_NONE;
}

static wf_object_t *agaw_self(wf_object_t *o) {
    return wf_newref(o);
}

static wf_object_t *agaw_await(wf_object_t *o, wf_object_t *unused) {
    return wf_newref(o);
}

// athrow(...) / aclose(): a->arg is the (typ, val, tb) to throw, or NULL to close.
static wf_object_t *athrow_step(wf_object_t *o, wf_object_t *arg, wf_object_t *const *targs,
                                wf_ssize_t ntargs) {
    agaw_t *a = AW(o);
    wf_gen_t *g = G(a->gen);
    int closing = a->arg == NULL;
    if (a->state == AW_CLOSED) {
        return wf_err_set_string(&wf_exc_RuntimeError,
                                 "cannot reuse already awaited aclose()/athrow()");
    }
    if (g->state == WF_GEN_CLOSED) {
        a->state = AW_CLOSED;
        return wf_err_set(&wf_exc_StopIteration, NULL);
    }
    wf_object_t *r;
    int returned = 0;
    if (a->state == AW_INIT && targs == NULL) {
        if (g->ag_running_async) {
            a->state = AW_CLOSED;
            return wf_err_set_string(&wf_exc_RuntimeError,
                                     closing ? "aclose(): asynchronous generator is already running"
                                             : "athrow(): asynchronous generator is already running");
        }
        if (g->ag_closed) {
            a->state = AW_CLOSED;
            return wf_err_set(&wf_exc_StopAsyncIteration, NULL);
        }
        if (arg != NULL && arg != WF_NONE) {
            return wf_err_set_string(&wf_exc_RuntimeError,
                                     "can't send non-None value to a just-started coroutine");
        }
        a->state = AW_ITER;
        g->ag_running_async = 1;
        if (closing) {
            g->ag_closed = 1;
            r = ag_throw(a->gen, 0, WF_OBJ(&wf_exc_GeneratorExit), NULL, NULL, &returned);
        } else {
            wf_ssize_t n = WF_TUPLE_SIZE(a->arg);
            r = ag_throw(a->gen, 0, WF_TUPLE_GET(a->arg, 0), n > 1 ? WF_TUPLE_GET(a->arg, 1) : NULL,
                         n > 2 ? WF_TUPLE_GET(a->arg, 2) : NULL, &returned);
        }
    } else if (targs != NULL) {
        r = ag_throw(a->gen, 0, targs[0], ntargs > 1 ? targs[1] : NULL,
                     ntargs > 2 ? targs[2] : NULL, &returned);
    } else {
        r = ag_resume(a->gen, arg, &returned);
    }
    if (!closing) {
        r = ag_unwrap(a->gen, r, returned);
        if (r == NULL) {
            a->state = AW_CLOSED;
        }
        return r;
    }
    // Closing: the generator must not yield another value.
    if (r != NULL && WF_TYPE(r) == &wf_asyncgen_wrapped_type) {
        WF_DECREF(r);
        g->ag_running_async = 0;
        a->state = AW_CLOSED;
        return wf_err_set_string(&wf_exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (r != NULL) {
        return r;  // an await while closing
    }
    g->ag_running_async = 0;
    a->state = AW_CLOSED;
    if (returned || wf_err_matches(&wf_exc_StopAsyncIteration) ||
        wf_err_matches(&wf_exc_GeneratorExit)) {
        wf_err_clear();
        wf_err_set(&wf_exc_StopIteration, NULL);  // closed: the awaitable is done
    }
    return NULL;
}

static wf_object_t *athrow_send(wf_object_t *o, wf_object_t *arg) {
    return athrow_step(o, arg, NULL, 0);
}

static wf_object_t *athrow_next(wf_object_t *o) {
    return athrow_step(o, NULL, NULL, 0);
}

static wf_object_t *athrow_throw(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (AW(o)->state == AW_CLOSED) {
        return wf_err_set_string(&wf_exc_RuntimeError,
                                 "cannot reuse already awaited aclose()/athrow()");
    }
    return athrow_step(o, NULL, args, nargs);
}

static wf_method_def_t asend_methods[] = {
    {"send", {.o = asend_send}, WF_METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", {.fast = asend_throw}, WF_METH_FASTCALL, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", {.noargs = agaw_close}, WF_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", {.noargs = agaw_await}, WF_METH_NOARGS, "Return an iterator to be used in await expression."},
    {0},
};

static wf_method_def_t athrow_methods[] = {
    {"send", {.o = athrow_send}, WF_METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", {.fast = athrow_throw}, WF_METH_FASTCALL, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", {.noargs = agaw_close}, WF_METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", {.noargs = agaw_await}, WF_METH_NOARGS, "Return an iterator to be used in await expression."},
    {0},
};

wf_type_t wf_asyncgen_asend_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "async_generator_asend",
    .basicsize = sizeof(agaw_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = agaw_dealloc,
    .traverse = agaw_traverse,
    .iter = agaw_self,
    .iternext = asend_next,
    .methods = asend_methods,
};

wf_type_t wf_asyncgen_athrow_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "async_generator_athrow",
    .basicsize = sizeof(agaw_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = agaw_dealloc,
    .traverse = agaw_traverse,
    .iter = agaw_self,
    .iternext = athrow_next,
    .methods = athrow_methods,
};

static wf_object_t *ag_aiter(wf_object_t *o, wf_object_t *unused) {
    return wf_newref(o);
}

static wf_object_t *ag_anext(wf_object_t *o, wf_object_t *unused) {
    if (ag_init_hooks(o) < 0) {
        return NULL;
    }
    return agaw_new(&wf_asyncgen_asend_type, o, WF_NONE);
}

static wf_object_t *ag_asend(wf_object_t *o, wf_object_t *value) {
    if (ag_init_hooks(o) < 0) {
        return NULL;
    }
    return agaw_new(&wf_asyncgen_asend_type, o, value);
}

static wf_object_t *ag_athrow(wf_object_t *o, wf_object_t *const *args, wf_ssize_t nargs) {
    if (check_throw_args("athrow", nargs) < 0 || ag_init_hooks(o) < 0) {
        return NULL;
    }
    wf_object_t *t = wf_tuple_from_array(args, nargs);
    wf_object_t *r = t != NULL ? agaw_new(&wf_asyncgen_athrow_type, o, t) : NULL;
    WF_XDECREF(t);
    return r;
}

static wf_object_t *ag_aclose(wf_object_t *o, wf_object_t *unused) {
    if (ag_init_hooks(o) < 0) {
        return NULL;
    }
    return agaw_new(&wf_asyncgen_athrow_type, o, NULL);
}

static wf_object_t *ag_get_running(wf_object_t *o, void *c) {
    return wf_bool_from(G(o)->ag_running_async);
}

static wf_getset_def_t ag_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_running", ag_get_running, NULL, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, "object being awaited on, or None", NULL},
    {0},
};

static wf_method_def_t ag_methods[] = {
    {"__aiter__", {.noargs = ag_aiter}, WF_METH_NOARGS, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", {.noargs = ag_anext}, WF_METH_NOARGS, "Return a value or raise StopAsyncIteration."},
    {"asend", {.o = ag_asend}, WF_METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", {.fast = ag_athrow}, WF_METH_FASTCALL, "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python."},
    {"aclose", {.noargs = ag_aclose}, WF_METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS, "See PEP 585"},
    {0},
};

wf_type_t wf_asyncgen_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "async_generator",
    .basicsize = sizeof(wf_gen_t),
    .flags = WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .methods = ag_methods,
    .getsets = ag_getsets,
    .weaklistoffset = offsetof(wf_gen_t, weakreflist),
};
