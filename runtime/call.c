// Calling Python functions: binding arguments to parameters, and the function vectorcall.
//
// Binding fills the first slots of a new frame's localsplus from a vectorcall argument
// array (positional arguments, then one value per keyword name), in the order CPython
// does it so that the first error reported is the same: positional arguments, *args,
// keywords (unknown / duplicate), too many positional arguments, missing positional
// arguments (then defaults), missing keyword-only arguments (then kw-defaults).
// Messages use the function's __qualname__ and match CPython 3.13 word for word.
#include "runtime/call.h"

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/traceback.h"

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" for the names of slots [start, end) that are
// still unbound.
static wf_object_t *missing_names(wf_code_t *co, wf_object_t **lp, int start, int end, int *count) {
    wf_object_t *names = wf_list_new(0);
    if (names == NULL) {
        return NULL;
    }
    for (int i = start; i < end; i++) {
        if (lp[i] == NULL) {
            wf_object_t *r = wf_repr(WF_TUPLE_GET(co->localsplusnames, i));
            if (r == NULL || wf_list_append_steal(names, r) < 0) {
                WF_DECREF(names);
                return NULL;
            }
        }
    }
    wf_ssize_t n = WF_LIST_SIZE(names);
    *count = (int)n;
    wf_object_t **it = WF_LIST_ITEMS(names);
    wf_object_t *res;
    if (n == 1) {
        res = wf_newref(it[0]);
    } else if (n == 2) {
        res = wf_str_from_format("%U and %U", it[0], it[1]);
    } else {
        wf_strbuf_t sb;
        wf_strbuf_init(&sb);
        for (wf_ssize_t i = 0; i < n - 1; i++) {
            wf_strbuf_append_str(&sb, it[i]);
            wf_strbuf_append_cstr(&sb, ", ");
        }
        wf_strbuf_append_cstr(&sb, "and ");
        wf_strbuf_append_str(&sb, it[n - 1]);
        res = wf_strbuf_finish(&sb);
    }
    WF_DECREF(names);
    return res;
}

static void missing_arguments(wf_func_t *func, wf_object_t **lp, int start, int end,
                              const char *kind) {
    int count = 0;
    wf_object_t *s = missing_names(WF_CODE(func->code), lp, start, end, &count);
    if (s == NULL) {
        return;
    }
    wf_err_format(&wf_exc_TypeError, "%U() missing %d required %s argument%s: %U", func->qualname,
                  count, kind, count == 1 ? "" : "s", s);
    WF_DECREF(s);
}

static void too_many_positional(wf_func_t *func, wf_object_t **lp, wf_ssize_t given) {
    wf_code_t *co = WF_CODE(func->code);
    wf_ssize_t kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (lp[i] != NULL) {
            kwonly_given++;
        }
    }
    wf_ssize_t defcount = func->defaults == NULL ? 0 : WF_TUPLE_SIZE(func->defaults);
    char sig[64];
    int plural;
    if (defcount > 0) {
        plural = 1;
        snprintf(sig, sizeof(sig), "from %zd to %d", (wf_ssize_t)co->argcount - defcount,
                 co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof(sig), "%d", co->argcount);
    }
    char kwsig[96] = "";
    if (kwonly_given > 0) {
        snprintf(kwsig, sizeof(kwsig), " positional argument%s (and %zd keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    }
    wf_err_format(&wf_exc_TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
                  func->qualname, sig, plural ? "s" : "", given, kwsig,
                  given == 1 && kwonly_given == 0 ? "was" : "were");
}

// Keyword names that name positional-only parameters: 1 (error set), 0 none, -1 error.
static int posonly_as_keyword(wf_func_t *func, wf_object_t *kwnames) {
    wf_code_t *co = WF_CODE(func->code);
    wf_object_t *found = wf_list_new(0);
    if (found == NULL) {
        return -1;
    }
    for (int k = 0; k < co->posonlyargcount; k++) {
        wf_object_t *pname = WF_TUPLE_GET(co->localsplusnames, k);
        for (wf_ssize_t j = 0; j < WF_TUPLE_SIZE(kwnames); j++) {
            wf_object_t *kw = WF_TUPLE_GET(kwnames, j);
            int eq = kw == pname ? 1 : wf_richcompare_bool(pname, kw, WF_EQ);
            if (eq < 0) {
                WF_DECREF(found);
                return -1;
            }
            if (eq) {
                if (wf_list_append(found, kw) < 0) {
                    WF_DECREF(found);
                    return -1;
                }
                break;
            }
        }
    }
    int n = (int)WF_LIST_SIZE(found);
    if (n > 0) {
        wf_object_t *sep = wf_str_from_cstr(", ");
        wf_object_t *joined = sep != NULL ? wf_str_join(sep, found) : NULL;
        if (joined != NULL) {
            wf_err_format(&wf_exc_TypeError,
                          "%U() got some positional-only arguments passed as keyword "
                          "arguments: '%U'",
                          func->qualname, joined);
        }
        WF_XDECREF(sep);
        WF_XDECREF(joined);
    }
    WF_DECREF(found);
    return n > 0 ? 1 : 0;
}

static void unexpected_keyword(wf_func_t *func, wf_object_t *kw) {
    wf_code_t *co = WF_CODE(func->code);
    int total = co->argcount + co->kwonlyargcount;
    wf_object_t *suggestion = NULL;
    if (total > co->posonlyargcount) {
        wf_object_t *names = wf_list_new(0);
        for (int k = co->posonlyargcount; names != NULL && k < total; k++) {
            if (wf_list_append(names, WF_TUPLE_GET(co->localsplusnames, k)) < 0) {
                WF_CLEAR(names);
            }
        }
        if (names != NULL) {
            suggestion = wf_suggest_name(names, kw);
            WF_DECREF(names);
        }
        wf_err_clear();
    }
    if (suggestion != NULL) {
        wf_err_format(&wf_exc_TypeError,
                      "%U() got an unexpected keyword argument '%S'. Did you mean '%S'?",
                      func->qualname, kw, suggestion);
        WF_DECREF(suggestion);
    } else {
        wf_err_format(&wf_exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                      func->qualname, kw);
    }
}

// Slot of parameter `kw` among the ones that may be passed by keyword, or -1 (0 errors).
static int keyword_slot(wf_code_t *co, wf_object_t *kw, int *error) {
    int total = co->argcount + co->kwonlyargcount;
    wf_object_t **names = WF_TUPLE_ITEMS(co->localsplusnames);
    for (int j = co->posonlyargcount; j < total; j++) {
        if (names[j] == kw) {
            return j;
        }
    }
    for (int j = co->posonlyargcount; j < total; j++) {
        int eq = wf_richcompare_bool(kw, names[j], WF_EQ);
        if (eq < 0) {
            *error = 1;
            return -1;
        }
        if (eq) {
            return j;
        }
    }
    return -1;
}

static wf_object_t *take(wf_object_t *v, int steal) {
    return steal ? v : wf_newref(v);
}

// Release the arguments from index `from` on that binding did not consume.
static void drop_rest(wf_object_t *const *args, wf_ssize_t from, wf_ssize_t total, int steal) {
    if (steal) {
        for (wf_ssize_t i = from; i < total; i++) {
            WF_DECREF(args[i]);
        }
    }
}

static int bind_keywords(wf_func_t *func, wf_object_t **lp, wf_object_t *const *args,
                         wf_ssize_t nargs, wf_object_t *kwnames, wf_object_t *kwdict, int steal) {
    wf_code_t *co = WF_CODE(func->code);
    wf_ssize_t nkw = WF_TUPLE_SIZE(kwnames);
    for (wf_ssize_t i = 0; i < nkw; i++) {
        wf_object_t *kw = WF_TUPLE_GET(kwnames, i);
        wf_object_t *value = args[nargs + i];
        if (!WF_STR_CHECK(kw)) {
            wf_err_format(&wf_exc_TypeError, "%U() keywords must be strings", func->qualname);
            goto fail;
        }
        int error = 0;
        int j = keyword_slot(co, kw, &error);
        if (error) {
            goto fail;
        }
        if (j < 0) {
            if (kwdict == NULL) {
                if (co->posonlyargcount == 0 || posonly_as_keyword(func, kwnames) == 0) {
                    unexpected_keyword(func, kw);
                }
                goto fail;
            }
            if (wf_dict_setitem(kwdict, kw, value) < 0) {
                goto fail;
            }
            if (steal) {
                WF_DECREF(value);
            }
            continue;
        }
        if (lp[j] != NULL) {
            wf_err_format(&wf_exc_TypeError, "%U() got multiple values for argument '%S'",
                          func->qualname, kw);
            goto fail;
        }
        lp[j] = take(value, steal);
        continue;
    fail:
        drop_rest(args, nargs + i, nargs + nkw, steal);
        return -1;
    }
    return 0;
}

// Defaults for missing positional and keyword-only parameters; errors for the rest.
static int apply_defaults(wf_func_t *func, wf_object_t **lp, wf_ssize_t nargs) {
    wf_code_t *co = WF_CODE(func->code);
    if (nargs < co->argcount) {
        wf_ssize_t defcount = func->defaults == NULL ? 0 : WF_TUPLE_SIZE(func->defaults);
        wf_ssize_t m = co->argcount - defcount;
        for (wf_ssize_t i = nargs; i < m; i++) {
            if (lp[i] == NULL) {
                missing_arguments(func, lp, 0, (int)m, "positional");
                return -1;
            }
        }
        for (wf_ssize_t i = nargs > m ? nargs - m : 0; i < defcount; i++) {
            if (lp[m + i] == NULL) {
                lp[m + i] = wf_newref(WF_TUPLE_GET(func->defaults, i));
            }
        }
    }
    int missing = 0;
    int total = co->argcount + co->kwonlyargcount;
    for (int i = co->argcount; i < total; i++) {
        if (lp[i] != NULL) {
            continue;
        }
        if (func->kwdefaults != NULL) {
            wf_object_t *v = NULL;
            int r = wf_dict_get_ref(func->kwdefaults, WF_TUPLE_GET(co->localsplusnames, i), &v);
            if (r < 0) {
                return -1;
            }
            if (r > 0) {
                lp[i] = v;
                continue;
            }
        }
        missing++;
    }
    if (missing > 0) {
        missing_arguments(func, lp, co->argcount, total, "keyword-only");
        return -1;
    }
    return 0;
}

int wf_call_bind_args(wf_func_t *func, wf_object_t **lp, wf_object_t *const *args, wf_ssize_t nargs,
                      wf_object_t *kwnames, int steal) {
    wf_code_t *co = WF_CODE(func->code);
    wf_ssize_t nkw = kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0;
    int argcount = co->argcount;
    int flags = co->flags;
    // Fast path: exactly the positional parameters, nothing else to do.
    if (nkw == 0 && nargs == argcount && !(flags & (WF_CO_VARARGS | WF_CO_VARKEYWORDS)) &&
        co->kwonlyargcount == 0) {
        for (wf_ssize_t i = 0; i < nargs; i++) {
            lp[i] = take(args[i], steal);
        }
        return 0;
    }
    int total = argcount + co->kwonlyargcount;
    wf_object_t *kwdict = NULL;
    if (flags & WF_CO_VARKEYWORDS) {
        kwdict = wf_dict_new();
        if (kwdict == NULL) {
            drop_rest(args, 0, nargs + nkw, steal);
            return -1;
        }
        lp[total + ((flags & WF_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    wf_ssize_t n = nargs < argcount ? nargs : argcount;
    for (wf_ssize_t i = 0; i < n; i++) {
        lp[i] = take(args[i], steal);
    }
    if (flags & WF_CO_VARARGS) {
        wf_object_t *rest = steal ? wf_tuple_from_array_steal(args + n, nargs - n)
                                  : wf_tuple_from_array(args + n, nargs - n);
        if (rest == NULL) {
            drop_rest(args, nargs, nargs + nkw, steal);
            return -1;
        }
        lp[total] = rest;
        n = nargs;
    }
    if (nkw > 0 && bind_keywords(func, lp, args, nargs, kwnames, kwdict, steal) < 0) {
        drop_rest(args, n, nargs, steal);
        return -1;
    }
    if (nargs > argcount && !(flags & WF_CO_VARARGS)) {
        drop_rest(args, n, nargs, steal);
        too_many_positional(func, lp, nargs);
        return -1;
    }
    return apply_defaults(func, lp, nargs);
}

wf_object_t *wf_func_vectorcall(wf_object_t *callable, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    wf_func_t *func = (wf_func_t *)callable;
    wf_code_t *co = WF_CODE(func->code);
    if (co->flags & WF_CO_GENERATOR_LIKE) {
        return wf_gen_new_from_call(func, args, nargs, kwnames, 0);
    }
    wf_tstate_t *ts = wf_tstate_get();
    wf_frame_t *f = wf_frame_push(ts, func->code, callable, func->globals, func->builtins, NULL);
    if (f == NULL) {
        return NULL;
    }
    if (wf_call_bind_args(func, f->localsplus, args, nargs, kwnames, 0) < 0) {
        wf_frame_pop(ts, f);
        return NULL;
    }
    wf_object_t *r = wf_eval_frame(ts, f);
    wf_frame_pop(ts, f);
    return r;
}
