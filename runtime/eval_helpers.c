// Slow paths of the interpreter loop: name lookups with their errors, unpacking, raise,
// with, imports, intrinsics, pattern matching, call-argument conversions and the
// generator/async protocol steps. Each function does one opcode's non-trivial work so the
// handlers in eval.c stay a few lines long. Messages follow CPython 3.13 exactly.
#include "runtime/eval_helpers.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
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
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_sys.h"
#include "runtime/traceback.h"

// ---------------------------------------------------------------------------------------
// Names

void wf_eval_name_error(wf_object_t *name) {
    wf_err_format(&wf_exc_NameError, "name '%U' is not defined", name);
    wf_object_t *exc = wf_err_occurred();
    // The name is kept for the "Did you mean" suggestion of the traceback printer.
    if (exc != NULL && wf_type_check(exc, &wf_exc_NameError) &&
        ((wf_exc_name_t *)exc)->name == NULL) {
        ((wf_exc_name_t *)exc)->name = wf_newref(name);
    }
}

void wf_eval_unbound_local(wf_code_t *co, int i) {
    wf_err_format(&wf_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  WF_TUPLE_GET(co->localsplusnames, i));
}

void wf_eval_unbound_deref(wf_code_t *co, int i) {
    wf_object_t *name = WF_TUPLE_GET(co->localsplusnames, i);
    if (co->localkinds[i] & WF_FAST_FREE) {
        wf_err_format(&wf_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value"
                      " in enclosing scope",
                      name);
        wf_object_t *exc = wf_err_occurred();
        if (exc != NULL && wf_type_check(exc, &wf_exc_NameError) &&
            ((wf_exc_name_t *)exc)->name == NULL) {
            ((wf_exc_name_t *)exc)->name = wf_newref(name);
        }
        return;
    }
    wf_eval_unbound_local(co, i);
}

// Mapping lookup: 1 found (*v new ref), 0 missing, -1 error. Exact dicts skip the
// KeyError round trip.
static int mapping_lookup(wf_object_t *m, wf_object_t *name, wf_object_t **v) {
    if (WF_DICT_CHECK_EXACT(m)) {
        return wf_dict_get_ref(m, name, v);
    }
    *v = wf_getitem(m, name);
    if (*v != NULL) {
        return 1;
    }
    if (wf_err_matches(&wf_exc_KeyError)) {
        wf_err_clear();
        return 0;
    }
    return -1;
}

wf_object_t *wf_eval_load_name(wf_frame_t *f, wf_object_t *name) {
    wf_object_t *v = NULL;
    if (f->locals == NULL) {
        return wf_err_format(&wf_exc_SystemError, "no locals found when loading %R", name);
    }
    int r = mapping_lookup(f->locals, name, &v);
    if (r == 0) {
        r = mapping_lookup(f->globals, name, &v);
    }
    if (r == 0) {
        r = mapping_lookup(f->builtins, name, &v);
    }
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        wf_eval_name_error(name);
        return NULL;
    }
    return v;
}

wf_object_t *wf_eval_load_global(wf_frame_t *f, wf_object_t *name) {
    wf_object_t *v = NULL;
    int r = WF_DICT_CHECK_EXACT(f->globals) ? wf_dict_get_ref_str(f->globals, name, &v)
                                            : mapping_lookup(f->globals, name, &v);
    if (r == 0) {
        r = WF_DICT_CHECK_EXACT(f->builtins) ? wf_dict_get_ref_str(f->builtins, name, &v)
                                             : mapping_lookup(f->builtins, name, &v);
    }
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        wf_eval_name_error(name);
        return NULL;
    }
    return v;
}

int wf_eval_store_name(wf_frame_t *f, wf_object_t *name, wf_object_t *v) {
    if (f->locals == NULL) {
        wf_err_format(&wf_exc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (WF_DICT_CHECK_EXACT(f->locals)) {
        return wf_dict_setitem(f->locals, name, v);
    }
    return wf_setitem(f->locals, name, v);
}

int wf_eval_delete_name(wf_frame_t *f, wf_object_t *name) {
    if (f->locals == NULL) {
        wf_err_format(&wf_exc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    if (wf_delitem(f->locals, name) < 0) {
        if (wf_err_matches(&wf_exc_KeyError)) {
            wf_err_clear();
            wf_eval_name_error(name);
        }
        return -1;
    }
    return 0;
}

wf_object_t *wf_eval_load_mapping_or_deref(wf_frame_t *f, wf_object_t *mapping, int slot) {
    wf_code_t *co = WF_CODE(f->code);
    wf_object_t *name = WF_TUPLE_GET(co->localsplusnames, slot);
    wf_object_t *v = NULL;
    if (mapping != NULL) {
        int r = mapping_lookup(mapping, name, &v);
        if (r != 0) {
            return r > 0 ? v : NULL;
        }
    }
    v = WF_CELL_GET(f->localsplus[slot]);
    if (v == NULL) {
        wf_eval_unbound_deref(co, slot);
        return NULL;
    }
    return wf_newref(v);
}

wf_object_t *wf_eval_load_classderef(wf_frame_t *f, int slot) {
    return wf_eval_load_mapping_or_deref(f, f->locals, slot);
}

wf_object_t *wf_eval_load_from_dict_or_globals(wf_frame_t *f, wf_object_t *mapping,
                                               wf_object_t *name) {
    wf_object_t *v = NULL;
    int r = mapping_lookup(mapping, name, &v);
    if (r != 0) {
        return r > 0 ? v : NULL;
    }
    return wf_eval_load_global(f, name);
}

// ---------------------------------------------------------------------------------------
// Unpacking

static void unpack_release(wf_object_t **dest, int *filled, int n) {
    for (int i = 0; i < n; i++) {
        if (filled[i]) {
            WF_DECREF(dest[i]);
        }
    }
}

int wf_eval_unpack(wf_object_t *seq, int before, int after, wf_object_t **dest) {
    int exact = after < 0;
    int total = exact ? before : before + 1 + after;
    // Exact lists of the right size: no iterator needed.
    if (exact && (WF_LIST_CHECK_EXACT(seq) || WF_TUPLE_CHECK_EXACT(seq))) {
        wf_ssize_t n = WF_LIST_CHECK_EXACT(seq) ? WF_LIST_SIZE(seq) : WF_TUPLE_SIZE(seq);
        if (n == before) {
            wf_object_t **items =
                WF_LIST_CHECK_EXACT(seq) ? WF_LIST_ITEMS(seq) : WF_TUPLE_ITEMS(seq);
            for (int i = 0; i < before; i++) {
                dest[before - 1 - i] = wf_newref(items[i]);
            }
            return 0;
        }
    }
    wf_object_t *it = wf_iter(seq);
    if (it == NULL) {
        if (wf_err_matches(&wf_exc_TypeError) && WF_TYPE(seq)->iter == NULL &&
            WF_TYPE(seq)->getitem == NULL) {
            wf_err_clear();
            wf_err_format(&wf_exc_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return -1;
    }
    int filled_small[16];
    int *filled = total <= 16 ? filled_small : wf_mem_calloc((size_t)total, sizeof(int));
    if (filled == NULL) {
        WF_DECREF(it);
        wf_err_nomemory();
        return -1;
    }
    memset(filled, 0, (size_t)total * sizeof(int));
    wf_object_t *saved0 = dest[0];
    for (int i = 0; i < before; i++) {
        wf_object_t *v = wf_iter_next(it);
        if (v == NULL) {
            if (wf_err_occurred() == NULL) {
                if (exact) {
                    wf_err_format(&wf_exc_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", before, i);
                } else {
                    wf_err_format(&wf_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
                }
            }
            goto fail;
        }
        dest[total - 1 - i] = v;
        filled[total - 1 - i] = 1;
    }
    if (exact) {
        wf_object_t *extra = wf_iter_next(it);
        if (extra != NULL) {
            WF_DECREF(extra);
            wf_err_format(&wf_exc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (wf_err_occurred() != NULL) {
            goto fail;
        }
    } else {
        wf_object_t *rest = wf_sequence_list(it);
        if (rest == NULL) {
            goto fail;
        }
        wf_ssize_t n = WF_LIST_SIZE(rest);
        if (n < after) {
            WF_DECREF(rest);
            wf_err_format(&wf_exc_ValueError,
                          "not enough values to unpack (expected at least %d, got %zd)",
                          before + after, before + n);
            goto fail;
        }
        for (int j = 0; j < after; j++) {
            dest[after - 1 - j] = wf_list_get_ref(rest, n - after + j);
            filled[after - 1 - j] = 1;
        }
        if (after > 0 && wf_list_set_slice(rest, n - after, n, NULL) < 0) {
            WF_DECREF(rest);
            goto fail;
        }
        dest[after] = rest;
        filled[after] = 1;
    }
    WF_DECREF(it);
    if (filled != filled_small) {
        wf_mem_free(filled);
    }
    return 0;
fail:
    unpack_release(dest, filled, total);
    dest[0] = saved0;
    WF_DECREF(it);
    if (filled != filled_small) {
        wf_mem_free(filled);
    }
    return -1;
}

// ---------------------------------------------------------------------------------------
// Raising

// An exception instance from a raise operand: classes are called with no arguments.
static wf_object_t *make_raise_value(wf_object_t *v, const char *what) {
    if (WF_TYPE_CHECK(v) && WF_EXC_TYPE_CHECK(v)) {
        wf_object_t *inst = wf_call_noargs(v);
        if (inst == NULL) {
            return NULL;
        }
        if (!WF_EXC_CHECK(inst)) {
            wf_err_format(&wf_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %T", v,
                          inst);
            WF_DECREF(inst);
            return NULL;
        }
        return inst;
    }
    if (WF_EXC_CHECK(v)) {
        return wf_newref(v);
    }
    wf_err_set_string(&wf_exc_TypeError, what);
    return NULL;
}

int wf_eval_do_raise(wf_object_t *exc, wf_object_t *cause) {
    if (exc == NULL) {
        wf_object_t *handled = wf_tstate_get()->handled_exc;
        if (handled == NULL || handled == WF_NONE) {
            wf_err_set_string(&wf_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        wf_err_restore(wf_newref(handled));
        return 1;
    }
    wf_object_t *value = make_raise_value(exc, "exceptions must derive from BaseException");
    if (value == NULL) {
        return 0;
    }
    if (cause != NULL) {
        wf_object_t *c;
        if (cause == WF_NONE) {
            c = NULL;
        } else {
            c = make_raise_value(cause, "exception causes must derive from BaseException");
            if (c == NULL) {
                WF_DECREF(value);
                return 0;
            }
        }
        wf_exc_set_cause(value, c);
        ((wf_exc_base_t *)value)->suppress_context = 1;
    }
    wf_err_set_object_steal(value);
    return 0;
}

static int is_exc_class(wf_object_t *t) {
    return WF_TYPE_CHECK(t) && WF_EXC_TYPE_CHECK(t);
}

int wf_eval_check_except_type(wf_object_t *type) {
    if (WF_TUPLE_CHECK(type)) {
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(type); i++) {
            if (!is_exc_class(WF_TUPLE_GET(type, i))) {
                goto bad;
            }
        }
        return 0;
    }
    if (is_exc_class(type)) {
        return 0;
    }
bad:
    wf_err_set_string(&wf_exc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static int is_group_class(wf_object_t *t) {
    return WF_TYPE_CHECK(t) && wf_type_is_subtype((wf_type_t *)t, &wf_exc_BaseExceptionGroup);
}

int wf_eval_exception_group_match(wf_object_t *exc, wf_object_t *type, wf_object_t **match,
                                  wf_object_t **rest) {
    if (wf_eval_check_except_type(type) < 0) {
        return -1;
    }
    int group = is_group_class(type);
    for (wf_ssize_t i = 0; !group && WF_TUPLE_CHECK(type) && i < WF_TUPLE_SIZE(type); i++) {
        group = is_group_class(WF_TUPLE_GET(type, i));
    }
    if (group) {
        wf_err_set_string(&wf_exc_TypeError,
                          "catching ExceptionGroup with except* is not allowed. Use except "
                          "instead.");
        return -1;
    }
    if (exc == WF_NONE) {
        *match = wf_newref(WF_NONE);
        *rest = wf_newref(WF_NONE);
        return 0;
    }
    int m = wf_err_given_matches(exc, type);
    if (m < 0) {
        return -1;
    }
    int is_eg = wf_type_check(exc, &wf_exc_BaseExceptionGroup);
    if (m) {
        if (is_eg) {
            *match = wf_newref(exc);
        } else {
            // A naked exception is wrapped in a group carrying this frame's traceback.
            wf_object_t *excs = wf_tuple_pack(1, exc);
            wf_object_t *empty = wf_str_empty();
            wf_object_t *args[2] = {empty, excs};
            wf_object_t *wrapped =
                excs != NULL ? wf_vectorcall(WF_OBJ(&wf_exc_BaseExceptionGroup), args, 2, NULL)
                             : NULL;
            WF_XDECREF(excs);
            if (wrapped == NULL) {
                return -1;
            }
            wf_frame_t *f = wf_tstate_get()->frame;
            wf_object_t *fo = f != NULL ? wf_frame_get_object(f) : NULL;
            if (fo != NULL) {
                wf_object_t *tb = wf_traceback_new(NULL, fo, wf_frame_lasti(f), -1);
                if (tb == NULL) {
                    WF_DECREF(wrapped);
                    return -1;
                }
                wf_exc_set_traceback(wrapped, tb);
            }
            *match = wrapped;
        }
        *rest = wf_newref(WF_NONE);
    } else if (is_eg && wf_type_lookup(WF_TYPE(exc), wf_str_intern_cstr("split")) == NULL) {
        if (wf_exc_group_split(exc, type, 1, match, rest) < 0) {
            return -1;
        }
    } else if (is_eg) {
        wf_object_t *pair = wf_call_method_cstr(exc, "split", &type, 1);
        if (pair == NULL) {
            return -1;
        }
        if (!WF_TUPLE_CHECK_EXACT(pair) || WF_TUPLE_SIZE(pair) < 2) {
            wf_err_format(&wf_exc_TypeError, "%s.split must return a 2-tuple", WF_TYPE(exc)->name);
            WF_DECREF(pair);
            return -1;
        }
        *match = wf_newref(WF_TUPLE_GET(pair, 0));
        *rest = wf_newref(WF_TUPLE_GET(pair, 1));
        WF_DECREF(pair);
    } else {
        *match = wf_newref(WF_NONE);
        *rest = wf_newref(exc);
    }
    if (*match != WF_NONE) {
        // The matched group is what the except* body handles.
        wf_exc_slot_t *slot = wf_eval_exc_slot();
        wf_object_t *old = slot->value;
        slot->value = wf_newref(*match);
        wf_eval_exc_sync(wf_tstate_get());
        WF_XDECREF(old); // after the sync: tstate->handled_exc must never dangle
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Calls

wf_object_t *wf_eval_func_str(wf_object_t *callable) {
    wf_object_t *qualname = NULL;
    if (wf_getattr_opt(callable, WF_ID(__qualname__), &qualname) < 0) {
        return NULL;
    }
    if (qualname == NULL) {
        return wf_str(callable);
    }
    wf_object_t *module = NULL;
    wf_object_t *r = NULL;
    if (wf_getattr_opt(callable, WF_ID(__module__), &module) < 0) {
        goto done;
    }
    if (module != NULL && module != WF_NONE && !wf_str_eq_cstr(module, "builtins")) {
        r = wf_str_from_format("%S.%S()", module, qualname);
    } else {
        r = wf_str_from_format("%S()", qualname);
    }
done:
    WF_XDECREF(module);
    WF_DECREF(qualname);
    return r;
}

wf_object_t *wf_eval_star_args(wf_object_t *callable, wf_object_t *args) {
    if (WF_TUPLE_CHECK_EXACT(args)) {
        return wf_newref(args);
    }
    wf_type_t *t = WF_TYPE(args);
    if (t->iter == NULL && (t->getitem == NULL || WF_DICT_CHECK(args))) {
        wf_object_t *fs = wf_eval_func_str(callable);
        if (fs != NULL) {
            wf_err_format(&wf_exc_TypeError, "%U argument after * must be an iterable, not %s", fs,
                          wf_type_short_name(t));
            WF_DECREF(fs);
        }
        return NULL;
    }
    return wf_sequence_tuple(args);
}

int wf_eval_dict_merge(wf_object_t *callable, wf_object_t *dict, wf_object_t *update) {
    if (!WF_DICT_CHECK(update)) {
        int has = wf_hasattr(update, WF_ID(keys));
        if (has < 0) {
            return -1;
        }
        if (has == 0) {
            goto not_mapping;
        }
    }
    if (wf_dict_merge(dict, update, 2) == 0) {
        return 0;
    }
    if (wf_err_matches(&wf_exc_AttributeError)) {
        wf_err_clear();
        goto not_mapping;
    }
    if (wf_err_matches(&wf_exc_KeyError)) {
        wf_object_t *exc = wf_err_fetch();
        wf_object_t *args = ((wf_exc_base_t *)exc)->args;
        if (args != NULL && WF_TUPLE_CHECK(args) && WF_TUPLE_SIZE(args) == 1) {
            wf_object_t *fs = wf_eval_func_str(callable);
            if (fs != NULL) {
                wf_err_format(&wf_exc_TypeError, "%U got multiple values for keyword argument '%S'",
                              fs, WF_TUPLE_GET(args, 0));
                WF_DECREF(fs);
            }
            WF_DECREF(exc);
        } else {
            wf_err_restore(exc);
        }
    }
    return -1;
not_mapping : {
    wf_object_t *fs = wf_eval_func_str(callable);
    if (fs != NULL) {
        wf_err_format(&wf_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                      wf_type_short_name(WF_TYPE(update)));
        WF_DECREF(fs);
    }
    return -1;
}
}

int wf_eval_flatten_call(wf_object_t *args, wf_object_t *kwargs, wf_object_t **small, int nsmall,
                         wf_object_t ***stack, wf_object_t **kwnames) {
    wf_ssize_t nargs = WF_TUPLE_SIZE(args);
    wf_ssize_t nkw = kwargs != NULL ? wf_dict_size(kwargs) : 0;
    wf_object_t **buf = small;
    if (nargs + nkw > nsmall) {
        buf = wf_mem_alloc((size_t)(nargs + nkw) * sizeof(wf_object_t *));
        if (buf == NULL) {
            wf_err_nomemory();
            return -1;
        }
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        buf[i] = WF_TUPLE_GET(args, i);
    }
    *kwnames = NULL;
    if (nkw > 0) {
        wf_object_t *names = wf_tuple_new(nkw);
        if (names == NULL) {
            goto fail;
        }
        wf_ssize_t pos = 0, j = 0;
        wf_object_t *k, *v;
        while (wf_dict_next(kwargs, &pos, &k, &v) && j < nkw) {
            if (!WF_STR_CHECK(k)) {
                WF_DECREF(names);
                wf_err_set_string(&wf_exc_TypeError, "keywords must be strings");
                goto fail;
            }
            WF_TUPLE_SET_STEAL(names, j, wf_newref(k));
            buf[nargs + j] = v;
            j++;
        }
        *kwnames = names;
    }
    *stack = buf;
    return 0;
fail:
    if (buf != small) {
        wf_mem_free(buf);
    }
    return -1;
}

// ---------------------------------------------------------------------------------------
// Imports

wf_object_t *wf_eval_import_name(wf_frame_t *f, wf_object_t *name, wf_object_t *fromlist,
                                 wf_object_t *level) {
    wf_object_t *import_func = NULL;
    int r = wf_dict_get_ref(f->builtins, WF_ID(__import__), &import_func);
    if (r <= 0) {
        if (r == 0) {
            wf_err_set_string(&wf_exc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    // The builtin __import__ goes straight to the import system.
    if (WF_IS_TYPE(import_func, &wf_cfunc_type) &&
        strcmp(((wf_cfunc_t *)import_func)->def->name, "__import__") == 0 &&
        ((wf_cfunc_t *)import_func)->self != NULL &&
        WF_MODULE_CHECK(((wf_cfunc_t *)import_func)->self) &&
        WF_MODULE_DICT(((wf_cfunc_t *)import_func)->self) == wf_interp_builtins()) {
        WF_DECREF(import_func);
        int64_t lv = 0;
        if (wf_int_as_i64(level, &lv) < 0) {
            return NULL;
        }
        return wf_import_module_level(name, f->globals, fromlist, (int)lv);
    }
    wf_object_t *args[5] = {name, f->globals, f->locals != NULL ? f->locals : WF_NONE, fromlist,
                            level};
    wf_object_t *m = wf_vectorcall(import_func, args, 5, NULL);
    WF_DECREF(import_func);
    return m;
}

// ---------------------------------------------------------------------------------------
// Intrinsics

static wf_object_t *stopiteration_error(wf_frame_t *f, wf_object_t *exc) {
    int flags = WF_CODE(f->code)->flags;
    const char *msg = NULL;
    if (wf_type_check(exc, &wf_exc_StopIteration)) {
        msg = (flags & WF_CO_ASYNC_GENERATOR) ? "async generator raised StopIteration"
              : (flags & WF_CO_COROUTINE)     ? "coroutine raised StopIteration"
                                              : "generator raised StopIteration";
    } else if ((flags & WF_CO_ASYNC_GENERATOR) && wf_type_check(exc, &wf_exc_StopAsyncIteration)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (msg == NULL) {
        return wf_newref(exc);
    }
    wf_object_t *m = wf_str_from_cstr(msg);
    if (m == NULL) {
        return NULL;
    }
    wf_object_t *args = wf_tuple_pack(1, m);
    WF_DECREF(m);
    if (args == NULL) {
        return NULL;
    }
    wf_object_t *err = wf_exc_new(&wf_exc_RuntimeError, args);
    WF_DECREF(args);
    if (err == NULL) {
        return NULL;
    }
    wf_exc_set_cause(err, wf_newref(exc));
    ((wf_exc_base_t *)err)->suppress_context = 1;
    wf_exc_set_context(err, wf_newref(exc));
    return err;
}

// PEP 695 objects come from the typing module (written in Python). Bounds, constraints and
// alias values are evaluated on first access, as CPython does; defaults eagerly.
static wf_object_t *typing_call(const char *what, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    wf_object_t *typing = wf_import_module_cstr("typing");
    if (typing == NULL) {
        return NULL;
    }
    wf_object_t *fn = wf_getattr_cstr(typing, what);
    WF_DECREF(typing);
    if (fn == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_vectorcall(fn, args, nargs, kwnames);
    WF_DECREF(fn);
    return r;
}

// typing._set_lazy(obj, attr, fn): obj.attr is fn() computed on first access. Steals obj.
static wf_object_t *set_lazy(wf_object_t *obj, const char *attr, wf_object_t *fn) {
    if (obj == NULL) {
        return NULL;
    }
    wf_object_t *a = wf_str_from_cstr(attr);
    wf_object_t *args[3] = {obj, a, fn};
    wf_object_t *r = a != NULL ? typing_call("_set_lazy", args, 3, NULL) : NULL;
    WF_XDECREF(a);
    WF_DECREF(obj);
    return r;
}

// A TypeVar with a bound or constraints, which `fn` computes when first read (PEP 695).
static wf_object_t *typevar_with(wf_object_t *name, wf_object_t *fn, int constraints) {
    wf_object_t *tv = typing_call("TypeVar", &name, 1, NULL);
    return set_lazy(tv, constraints ? "__constraints__" : "__bound__", fn);
}

// TYPEALIAS: (name, type_params or None, compute_value) -> typing.TypeAliasType.
static wf_object_t *make_type_alias(wf_object_t *spec) {
    if (!WF_TUPLE_CHECK(spec) || WF_TUPLE_SIZE(spec) != 3) {
        return wf_err_bad_internal_call("TYPEALIAS");
    }
    wf_object_t *params = WF_TUPLE_GET(spec, 1);
    wf_object_t *empty = wf_tuple_new(0);
    wf_object_t *kw = wf_tuple_pack(1, wf_str_intern_cstr("type_params"));
    wf_object_t *args[3] = {WF_TUPLE_GET(spec, 0), WF_NONE, params != WF_NONE ? params : empty};
    wf_object_t *r = kw != NULL ? typing_call("TypeAliasType", args, 2, kw) : NULL;
    WF_XDECREF(kw);
    WF_DECREF(empty);
    return set_lazy(r, "__value__", WF_TUPLE_GET(spec, 2));
}

static wf_object_t *subscript_generic(wf_object_t *params) {
    wf_object_t *typing = wf_import_module_cstr("typing");
    if (typing == NULL) {
        return NULL;
    }
    wf_object_t *generic = wf_getattr_cstr(typing, "Generic");
    WF_DECREF(typing);
    if (generic == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_getitem(generic, params);
    WF_DECREF(generic);
    return r;
}

wf_object_t *wf_eval_intrinsic1(wf_frame_t *f, int id, wf_object_t *v) {
    switch (id) {
        case WF_INTRINSIC1_PRINT: {
            wf_object_t *hook = wf_sys_get_object("displayhook");
            if (hook == NULL) {
                return wf_err_set_string(&wf_exc_RuntimeError, "lost sys.displayhook");
            }
            return wf_call_one(hook, v);
        }
        case WF_INTRINSIC1_IMPORT_STAR: {
            if (f->locals == NULL) {
                return wf_err_set_string(&wf_exc_SystemError, "no locals found during 'import *'");
            }
            if (wf_import_star(v, f->locals) < 0) {
                return NULL;
            }
            WF_RETURN_NONE;
        }
        case WF_INTRINSIC1_STOPITERATION_ERROR:
            return stopiteration_error(f, v);
        case WF_INTRINSIC1_UNARY_POSITIVE:
            return wf_positive(v);
        case WF_INTRINSIC1_LIST_TO_TUPLE:
            return wf_list_as_tuple(v);
        case WF_INTRINSIC1_ASYNC_GEN_WRAP:
            return wf_asyncgen_wrap(v);
        case WF_INTRINSIC1_TYPEVAR:
            return typing_call("TypeVar", &v, 1, NULL);
        case WF_INTRINSIC1_PARAMSPEC:
            return typing_call("ParamSpec", &v, 1, NULL);
        case WF_INTRINSIC1_TYPEVARTUPLE:
            return typing_call("TypeVarTuple", &v, 1, NULL);
        case WF_INTRINSIC1_SUBSCRIPT_GENERIC:
            return subscript_generic(v);
        case WF_INTRINSIC1_TYPEALIAS:
            return make_type_alias(v);
        default:
            return wf_err_format(&wf_exc_SystemError, "invalid intrinsic function %d", id);
    }
}

// True when `e` is a re-raise of something from `orig` (same traceback, notes, chain).
static int same_metadata(wf_object_t *e, wf_object_t *orig) {
    wf_exc_base_t *a = (wf_exc_base_t *)e, *b = (wf_exc_base_t *)orig;
    return a->notes == b->notes && a->traceback == b->traceback && a->cause == b->cause &&
           a->context == b->context;
}

// except*: what to re-raise after the handlers ran. `excs` holds, per handler, the
// exception it raised (or re-raised), and the unhandled rest last; None entries mean
// nothing. Exceptions re-raised unchanged are merged back; new ones are grouped.
static wf_object_t *prep_reraise_star(wf_object_t *orig, wf_object_t *excs) {
    wf_ssize_t n = WF_LIST_SIZE(excs);
    if (n == 0) {
        WF_RETURN_NONE;
    }
    if (!wf_type_check(orig, &wf_exc_BaseExceptionGroup)) {
        return wf_newref(WF_LIST_ITEMS(excs)[0]);
    }
    wf_object_t *raised = wf_list_new(0), *reraised = NULL;
    if (raised == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *e = WF_LIST_ITEMS(excs)[i];
        if (e == WF_NONE) {
            continue;
        }
        if (same_metadata(e, orig)) {
            if (reraised == NULL) {
                reraised = wf_newref(e);
            }
        } else if (wf_list_append(raised, e) < 0) {
            WF_DECREF(raised);
            WF_XDECREF(reraised);
            return NULL;
        }
    }
    wf_object_t *result;
    if (WF_LIST_SIZE(raised) == 0) {
        result = reraised != NULL ? wf_newref(reraised) : wf_newref(WF_NONE);
    } else {
        if (reraised != NULL && wf_list_append(raised, reraised) < 0) {
            WF_DECREF(raised);
            WF_DECREF(reraised);
            return NULL;
        }
        if (WF_LIST_SIZE(raised) == 1) {
            result = wf_newref(WF_LIST_ITEMS(raised)[0]);
        } else {
            wf_object_t *args[2] = {wf_str_empty(), raised};
            result = wf_vectorcall(WF_OBJ(&wf_exc_BaseExceptionGroup), args, 2, NULL);
        }
    }
    WF_DECREF(raised);
    WF_XDECREF(reraised);
    return result;
}

wf_object_t *wf_eval_intrinsic2(wf_frame_t *f, int id, wf_object_t *v1, wf_object_t *v2) {
    switch (id) {
        case WF_INTRINSIC2_PREP_RERAISE_STAR:
            return prep_reraise_star(v1, v2);
        case WF_INTRINSIC2_SET_FUNCTION_TYPE_PARAMS:
            if (WF_FUNC_CHECK(v1) && WF_TUPLE_CHECK(v2)) {
                WF_SETREF(((wf_func_t *)v1)->type_params, wf_newref(v2));
            }
            return wf_newref(v1);
        case WF_INTRINSIC2_TYPEVAR_WITH_BOUND:
            return typevar_with(v1, v2, 0);
        case WF_INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS:
            return typevar_with(v1, v2, 1);
        case WF_INTRINSIC2_SET_TYPEPARAM_DEFAULT: {
            wf_object_t *d = wf_call_noargs(v2);
            int r = d != NULL ? wf_setattr_cstr(v1, "__default__", d) : -1;
            WF_XDECREF(d);
            return r < 0 ? NULL : wf_newref(v1);
        }
        default:
            return wf_err_format(&wf_exc_SystemError, "invalid intrinsic function %d", id);
    }
}

// ---------------------------------------------------------------------------------------
// with, super, building

// A special method looked up on the type and bound to `o`; NULL without an exception
// when the type has none.
static wf_object_t *lookup_special(wf_object_t *o, wf_object_t *name) {
    wf_object_t *d = wf_type_lookup(WF_TYPE(o), name);
    if (d == NULL) {
        return NULL;
    }
    wf_descrgetfunc get = WF_TYPE(d)->descr_get;
    if (get != NULL) {
        return get(d, o, WF_OBJ(WF_TYPE(o)));
    }
    return wf_newref(d);
}

int wf_eval_before_with(wf_object_t *mgr, wf_object_t **exit, wf_object_t **res, int async) {
    wf_object_t *enter_name = async ? WF_ID(__aenter__) : WF_ID(__enter__);
    wf_object_t *exit_name = async ? WF_ID(__aexit__) : WF_ID(__exit__);
    const char *proto = async ? "asynchronous context manager" : "context manager";
    wf_object_t *enter = lookup_special(mgr, enter_name);
    if (enter == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError, "'%T' object does not support the %s protocol", mgr,
                          proto);
        }
        return -1;
    }
    *exit = lookup_special(mgr, exit_name);
    if (*exit == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError,
                          "'%T' object does not support the %s protocol (missed %s method)", mgr,
                          proto, async ? "__aexit__" : "__exit__");
        }
        WF_DECREF(enter);
        return -1;
    }
    *res = wf_call_noargs(enter);
    WF_DECREF(enter);
    if (*res == NULL) {
        WF_CLEAR(*exit);
        return -1;
    }
    return 0;
}

wf_object_t *wf_eval_zero_super(wf_object_t *global_super, wf_object_t *cls, wf_object_t *self) {
    if (global_super == WF_OBJ(&wf_super_type)) {
        wf_object_t *args[2] = {cls, self};
        return wf_vectorcall(global_super, args, 2, NULL);
    }
    return wf_call_noargs(global_super);
}

wf_object_t *wf_eval_load_super_attr(wf_object_t *global_super, wf_object_t *cls, wf_object_t *self,
                                     wf_object_t *name, int two_arg, int method,
                                     wf_object_t **self_or_null) {
    *self_or_null = NULL;
    if (global_super == WF_OBJ(&wf_super_type) && WF_TYPE_CHECK(cls)) {
        // No super object needed; a plain function comes back unbound for the call.
        int unbound = 0;
        wf_object_t *attr = wf_super_lookup((wf_type_t *)cls, self, name, method ? &unbound : NULL);
        if (attr != NULL && unbound) {
            *self_or_null = wf_newref(self);
        }
        return attr;
    }
    wf_object_t *sup;
    if (two_arg) {
        wf_object_t *args[2] = {cls, self};
        sup = wf_vectorcall(global_super, args, 2, NULL);
    } else {
        sup = wf_call_noargs(global_super);
    }
    if (sup == NULL) {
        return NULL;
    }
    wf_object_t *attr = wf_getattr(sup, name);
    WF_DECREF(sup);
    return attr;
}

wf_object_t *wf_eval_build_string(wf_object_t **items, int n) {
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    for (int i = 0; i < n; i++) {
        if (!sb.failed) {
            wf_strbuf_append_str(&sb, items[i]);
        }
        WF_DECREF(items[i]);
    }
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_eval_build_map(wf_object_t **items, int n) {
    wf_object_t *d = wf_dict_new_presized(n);
    for (int i = 0; i < n; i++) {
        if (d != NULL && wf_dict_setitem(d, items[2 * i], items[2 * i + 1]) < 0) {
            WF_CLEAR(d);
        }
    }
    for (int i = 0; i < 2 * n; i++) {
        WF_DECREF(items[i]);
    }
    return d;
}

wf_object_t *wf_eval_build_const_key_map(wf_object_t **values, wf_object_t *keys, int n) {
    wf_object_t *d = wf_dict_new_presized(n);
    for (int i = 0; i < n; i++) {
        if (d != NULL && wf_dict_setitem(d, WF_TUPLE_GET(keys, i), values[i]) < 0) {
            WF_CLEAR(d);
        }
    }
    for (int i = 0; i < n; i++) {
        WF_DECREF(values[i]);
    }
    return d;
}

wf_object_t *wf_eval_build_set(wf_object_t **items, int n) {
    wf_object_t *s = wf_set_new(NULL);
    for (int i = 0; i < n; i++) {
        if (s != NULL && wf_set_add(s, items[i]) < 0) {
            WF_CLEAR(s);
        }
    }
    for (int i = 0; i < n; i++) {
        WF_DECREF(items[i]);
    }
    return s;
}

int wf_eval_setup_annotations(wf_frame_t *f) {
    if (f->locals == NULL) {
        wf_err_set_string(&wf_exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    wf_object_t *v = NULL;
    int r = mapping_lookup(f->locals, WF_ID(__annotations__), &v);
    if (r != 0) {
        WF_XDECREF(v);
        return r < 0 ? -1 : 0;
    }
    wf_object_t *d = wf_dict_new();
    if (d == NULL) {
        return -1;
    }
    r = wf_eval_store_name(f, WF_ID(__annotations__), d);
    WF_DECREF(d);
    return r;
}

wf_object_t *wf_eval_make_function(wf_frame_t *f, wf_object_t *code) {
    wf_func_t *fn = (wf_func_t *)wf_func_new(code, f->globals, NULL);
    if (fn != NULL && fn->builtins != f->builtins) {
        WF_SETREF(fn->builtins, wf_newref(f->builtins));
    }
    return WF_OBJ(fn);
}

// Annotations may come as a flat tuple (name, value, name, value...).
static wf_object_t *annotations_dict(wf_object_t *v) {
    if (!WF_TUPLE_CHECK(v)) {
        return v;
    }
    wf_object_t *d = wf_dict_new();
    for (wf_ssize_t i = 0; d != NULL && i + 1 < WF_TUPLE_SIZE(v); i += 2) {
        if (wf_dict_setitem(d, WF_TUPLE_GET(v, i), WF_TUPLE_GET(v, i + 1)) < 0) {
            WF_CLEAR(d);
        }
    }
    WF_DECREF(v);
    return d;
}

int wf_eval_set_function_attribute(wf_object_t *func, int flag, wf_object_t *value) {
    wf_func_t *fn = (wf_func_t *)func;
    switch (flag) {
        case WF_FNATTR_DEFAULTS:
            WF_SETREF(fn->defaults, value);
            break;
        case WF_FNATTR_KWDEFAULTS:
            WF_SETREF(fn->kwdefaults, value);
            break;
        case WF_FNATTR_ANNOTATIONS:
            value = annotations_dict(value);
            if (value == NULL) {
                return -1;
            }
            WF_SETREF(fn->annotations, value);
            break;
        case WF_FNATTR_CLOSURE:
            WF_SETREF(fn->closure, value);
            break;
        case WF_FNATTR_TYPE_PARAMS:
            WF_SETREF(fn->type_params, value);
            break;
        default:
            WF_DECREF(value);
            wf_err_format(&wf_exc_SystemError, "bad function attribute flag %d", flag);
            return -1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// Pattern matching

static wf_object_t *match_class_attr(wf_object_t *subject, wf_type_t *type, wf_object_t *name,
                                     wf_object_t *seen) {
    int r = wf_set_contains(seen, name);
    if (r != 0 || wf_set_add(seen, name) < 0) {
        if (r > 0) {
            wf_err_format(&wf_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          type->name, name);
        }
        return NULL;
    }
    wf_object_t *attr = NULL;
    wf_getattr_opt(subject, name, &attr);
    return attr;
}

static int matches_self(wf_type_t *t) {
    static wf_type_t *const self_types[] = {&wf_bool_type, &wf_bytearray_type, &wf_bytes_type,
                                            &wf_dict_type, &wf_float_type,     &wf_frozenset_type,
                                            &wf_int_type,  &wf_list_type,      &wf_set_type,
                                            &wf_str_type,  &wf_tuple_type};
    for (size_t i = 0; i < sizeof(self_types) / sizeof(self_types[0]); i++) {
        if (wf_type_is_subtype(t, self_types[i])) {
            return 1;
        }
    }
    return 0;
}

// Positional sub-patterns through __match_args__ (or the subject itself). 0 / -1; -1
// without an exception means "no match".
static int match_positional(wf_object_t *subject, wf_type_t *type, int nargs, wf_object_t *attrs,
                            wf_object_t *seen) {
    wf_object_t *match_args = NULL;
    if (wf_getattr_opt(WF_OBJ(type), WF_ID(__match_args__), &match_args) < 0) {
        return -1;
    }
    int match_self = 0;
    if (match_args != NULL && !WF_TUPLE_CHECK_EXACT(match_args)) {
        wf_err_format(&wf_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                      wf_type_short_name(WF_TYPE(match_args)));
        WF_DECREF(match_args);
        return -1;
    }
    if (match_args == NULL) {
        match_args = wf_tuple_new(0);
        match_self = matches_self(type);
    }
    wf_ssize_t allowed = match_self ? 1 : WF_TUPLE_SIZE(match_args);
    int rc = 0;
    if (allowed < nargs) {
        wf_err_format(&wf_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                      type->name, allowed, allowed == 1 ? "" : "s", nargs);
        rc = -1;
    } else if (match_self) {
        rc = wf_list_append(attrs, subject);
    } else {
        for (int i = 0; i < nargs && rc == 0; i++) {
            wf_object_t *name = WF_TUPLE_GET(match_args, i);
            if (!WF_STR_CHECK_EXACT(name)) {
                wf_err_format(&wf_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                              wf_type_short_name(WF_TYPE(name)));
                rc = -1;
                break;
            }
            wf_object_t *attr = match_class_attr(subject, type, name, seen);
            rc = attr == NULL ? -1 : wf_list_append_steal(attrs, attr);
        }
    }
    WF_DECREF(match_args);
    return rc;
}

wf_object_t *wf_eval_match_class(wf_object_t *subject, wf_object_t *cls, int nargs,
                                 wf_object_t *names) {
    if (!WF_TYPE_CHECK(cls)) {
        return wf_err_set_string(&wf_exc_TypeError, "called match pattern must be a class");
    }
    int inst = wf_isinstance(subject, cls);
    if (inst <= 0) {
        return inst < 0 ? NULL : wf_newref(WF_NONE);
    }
    wf_type_t *type = (wf_type_t *)cls;
    wf_object_t *seen = wf_set_new(NULL);
    wf_object_t *attrs = wf_list_new(0);
    if (seen == NULL || attrs == NULL) {
        goto fail;
    }
    if (nargs > 0 && match_positional(subject, type, nargs, attrs, seen) < 0) {
        goto fail;
    }
    for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(names); i++) {
        wf_object_t *attr = match_class_attr(subject, type, WF_TUPLE_GET(names, i), seen);
        if (attr == NULL || wf_list_append_steal(attrs, attr) < 0) {
            goto fail;
        }
    }
    wf_object_t *t = wf_list_as_tuple(attrs);
    WF_DECREF(seen);
    WF_DECREF(attrs);
    return t;
fail:
    WF_XDECREF(seen);
    WF_XDECREF(attrs);
    if (wf_err_occurred() != NULL) {
        return NULL;
    }
    WF_RETURN_NONE;
}

wf_object_t *wf_eval_match_keys(wf_object_t *map, wf_object_t *keys) {
    wf_ssize_t n = WF_TUPLE_SIZE(keys);
    if (n == 0) {
        return wf_tuple_new(0);
    }
    wf_object_t *get = NULL;
    int meth = wf_get_method(map, wf_str_intern_cstr("get"), &get);
    if (meth < 0) {
        return NULL;
    }
    wf_object_t *seen = wf_set_new(NULL);
    wf_object_t *dummy = wf_call_noargs(WF_OBJ(&wf_object_type));
    wf_object_t *values = wf_tuple_new(n);
    if (seen == NULL || dummy == NULL || values == NULL) {
        goto fail;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *key = WF_TUPLE_GET(keys, i);
        int r = wf_set_contains(seen, key);
        if (r != 0 || wf_set_add(seen, key) < 0) {
            if (r > 0) {
                wf_err_format(&wf_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            }
            goto fail;
        }
        wf_object_t *args[3] = {map, key, dummy};
        wf_object_t *v =
            meth ? wf_vectorcall(get, args, 3, NULL) : wf_vectorcall(get, args + 1, 2, NULL);
        if (v == NULL) {
            goto fail;
        }
        if (v == dummy) {
            WF_DECREF(v);
            WF_DECREF(values);
            values = wf_newref(WF_NONE);
            break;
        }
        WF_TUPLE_SET_STEAL(values, i, v);
    }
    WF_DECREF(get);
    WF_DECREF(seen);
    WF_DECREF(dummy);
    return values;
fail:
    WF_XDECREF(get);
    WF_XDECREF(seen);
    WF_XDECREF(dummy);
    WF_XDECREF(values);
    return NULL;
}

// ---------------------------------------------------------------------------------------
// Generators and async

int wf_eval_send(wf_object_t *receiver, wf_object_t *v, wf_object_t **retval) {
    if (WF_GEN_LIKE_CHECK(receiver)) {
        return wf_gen_send(receiver, v, 0, retval);
    }
    wf_object_t *r;
    if (v == WF_NONE && WF_TYPE(receiver)->iternext != NULL) {
        r = WF_TYPE(receiver)->iternext(receiver);
    } else {
        r = wf_call_method(receiver, WF_ID(send), &v, 1);
    }
    if (r != NULL) {
        *retval = r;
        return WF_GEN_RESULT_YIELD;
    }
    if (wf_err_occurred() == NULL) {
        *retval = wf_newref(WF_NONE);
        return WF_GEN_RESULT_RETURN;
    }
    wf_object_t *value = NULL;
    if (wf_err_take_stop_iteration(&value)) {
        *retval = value != NULL ? value : wf_newref(WF_NONE);
        return WF_GEN_RESULT_RETURN;
    }
    *retval = NULL;
    return WF_GEN_RESULT_ERROR;
}

wf_object_t *wf_eval_get_yield_from_iter(wf_code_t *co, wf_object_t *iterable) {
    if (WF_CORO_CHECK(iterable)) {
        if (!(co->flags & (WF_CO_COROUTINE | WF_CO_ITERABLE_COROUTINE))) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "cannot 'yield from' a coroutine object in a non-coroutine "
                                     "generator");
        }
        return wf_newref(iterable);
    }
    if (WF_GEN_CHECK(iterable)) {
        return wf_newref(iterable);
    }
    return wf_iter(iterable);
}

wf_object_t *wf_eval_get_awaitable(wf_object_t *v, int where) {
    if (WF_CORO_CHECK(v)) {
        wf_object_t *yf = wf_gen_yieldfrom(v);
        if (yf != NULL) {
            WF_DECREF(yf);
            return wf_err_set_string(&wf_exc_RuntimeError, "coroutine is being awaited already");
        }
        return wf_newref(v);
    }
    if (WF_GEN_CHECK(v) &&
        (WF_CODE(((wf_gen_t *)v)->frame->code)->flags & WF_CO_ITERABLE_COROUTINE)) {
        return wf_newref(v);
    }
    wf_object_t *await = lookup_special(v, wf_str_intern_cstr("__await__"));
    if (await == NULL) {
        if (wf_err_occurred() != NULL) {
            return NULL;
        }
        if (where == 1 || where == 2) {
            return wf_err_format(&wf_exc_TypeError,
                                 "'async with' received an object from __a%s__ that does not "
                                 "implement __await__: %s",
                                 where == 1 ? "enter" : "exit", wf_type_short_name(WF_TYPE(v)));
        }
        return wf_err_format(&wf_exc_TypeError, "object %s can't be used in 'await' expression",
                             wf_type_short_name(WF_TYPE(v)));
    }
    wf_object_t *it = wf_call_noargs(await);
    WF_DECREF(await);
    if (it == NULL) {
        return NULL;
    }
    if (WF_CORO_CHECK(it) || !wf_iter_check(it)) {
        wf_object_t *r =
            WF_CORO_CHECK(it)
                ? wf_err_set_string(&wf_exc_TypeError, "__await__() returned a coroutine")
                : wf_err_format(&wf_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                                wf_type_short_name(WF_TYPE(it)));
        WF_DECREF(it);
        return r;
    }
    return it;
}

wf_object_t *wf_eval_get_aiter(wf_object_t *v) {
    wf_object_t *m = lookup_special(v, wf_str_intern_cstr("__aiter__"));
    if (m == NULL) {
        if (wf_err_occurred() != NULL) {
            return NULL;
        }
        return wf_err_format(&wf_exc_TypeError,
                             "'async for' requires an object with __aiter__ method, got %s",
                             wf_type_short_name(WF_TYPE(v)));
    }
    wf_object_t *it = wf_call_noargs(m);
    WF_DECREF(m);
    if (it == NULL) {
        return NULL;
    }
    if (wf_type_lookup(WF_TYPE(it), wf_str_intern_cstr("__anext__")) == NULL) {
        wf_err_format(&wf_exc_TypeError,
                      "'async for' received an object from __aiter__ that does not implement "
                      "__anext__: %s",
                      wf_type_short_name(WF_TYPE(it)));
        WF_DECREF(it);
        return NULL;
    }
    return it;
}

wf_object_t *wf_eval_get_anext(wf_object_t *aiter) {
    wf_object_t *m = lookup_special(aiter, wf_str_intern_cstr("__anext__"));
    if (m == NULL) {
        if (wf_err_occurred() != NULL) {
            return NULL;
        }
        return wf_err_format(&wf_exc_TypeError,
                             "'async for' requires an iterator with __anext__ method, got %s",
                             wf_type_short_name(WF_TYPE(aiter)));
    }
    wf_object_t *next = wf_call_noargs(m);
    WF_DECREF(m);
    if (next == NULL) {
        return NULL;
    }
    wf_object_t *a = wf_eval_get_awaitable(next, 0);
    if (a == NULL && wf_err_matches(&wf_exc_TypeError)) {
        wf_err_clear();
        wf_err_format(&wf_exc_TypeError,
                      "'async for' received an invalid object from __anext__: %s",
                      wf_type_short_name(WF_TYPE(next)));
    }
    WF_DECREF(next);
    return a;
}
