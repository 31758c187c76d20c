// The _traceback module: the interpreter's own exception printer, exposed so that the
// traceback module prints exactly what an uncaught exception prints.
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/abstract.h"
#include "runtime/errors.h"
#include "runtime/traceback.h"

// print_exception(exc, file): write exc's traceback, chain and message to file.
static wf_object_t *tb_print_exception(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs) {
    if (wf_check_nargs("print_exception", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!WF_EXC_CHECK(args[0])) {
        return wf_err_format(&wf_exc_TypeError, "print_exception() expected an exception, not %T",
                             args[0]);
    }
    wf_err_display(args[0], args[1]);
    if (wf_err_occurred()) {
        return NULL;
    }
    WF_RETURN_NONE;
}

// format_exception(exc, limit, chain): the text print_exception writes, as one str, with
// the traceback module's `limit` (None or an int) and `chain`.
static wf_object_t *tb_format_exception(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs) {
    if (wf_check_nargs("format_exception", nargs, 3, 3) < 0) {
        return NULL;
    }
    if (!WF_EXC_CHECK(args[0])) {
        return wf_err_format(&wf_exc_TypeError,
                             "format_exception() expected an exception, not %T", args[0]);
    }
    int64_t limit = 0;
    int given = args[1] != WF_NONE;
    if (given && wf_int_as_i64(args[1], &limit) < 0) {
        return NULL;
    }
    int chain = wf_truthy(args[2]);
    if (chain < 0) {
        return NULL;
    }
    return wf_traceback_format_exception_ex(args[0], given, limit, chain);
}

// format_frame(filename, lineno, end_lineno, colno, end_colno, name): one stack entry as
// the printer writes it; positions may be None.
static wf_object_t *tb_format_frame(wf_object_t *self, wf_object_t *const *args,
                                    wf_ssize_t nargs) {
    if (wf_check_nargs("format_frame", nargs, 6, 6) < 0) {
        return NULL;
    }
    if (!WF_STR_CHECK(args[0]) || !WF_STR_CHECK(args[5])) {
        return wf_err_set_string(&wf_exc_TypeError, "format_frame() expects str names");
    }
    int pos[4];
    for (int i = 0; i < 4; i++) {
        int64_t v = -1;
        if (args[i + 1] != WF_NONE && wf_int_as_i64(args[i + 1], &v) < 0) {
            return NULL;
        }
        pos[i] = v < 0 || v > INT32_MAX ? -1 : (int)v;
    }
    return wf_traceback_format_frame(args[0], pos[0], pos[1], pos[2], pos[3], args[5]);
}

// format_exception_only(exc, with_frames=False): the exception's own lines, as one str.
// With with_frames, a NameError's hint looks at the frame in its traceback (as
// TracebackException does); without, at none (as traceback.format_exception_only).
static wf_object_t *tb_format_exception_only(wf_object_t *self, wf_object_t *const *args,
                                             wf_ssize_t nargs) {
    if (wf_check_nargs("format_exception_only", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *exc = args[0];
    if (!WF_EXC_CHECK(exc)) {
        return wf_err_format(&wf_exc_TypeError,
                             "format_exception_only() expected an exception, not %T", exc);
    }
    int frames = nargs > 1 ? wf_truthy(args[1]) : 0;
    if (frames < 0) {
        return NULL;
    }
    return frames ? wf_traceback_format_exception_only_framed(exc)
                  : wf_traceback_format_exception_only(exc);
}

// _pseudo_sources(): {name: source} of the pseudo-files registered by the interpreter (the
// -c command as "<string>"); linecache enters them in its cache when it is imported.
static wf_object_t *tb_pseudo_sources(wf_object_t *self, wf_object_t *unused) {
    return wf_traceback_pseudo_sources();
}

// _suggestions._generate_suggestions(candidates, item): the candidate closest to item, as
// the "Did you mean" hints choose it, or None.
static wf_object_t *sg_generate(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("_generate_suggestions", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *candidates = args[0], *item = args[1];
    if (!WF_LIST_CHECK(candidates)) {
        return wf_err_set_string(&wf_exc_TypeError, "candidates must be a list");
    }
    if (!WF_STR_CHECK(item)) {
        return wf_err_format(&wf_exc_TypeError,
                             "_generate_suggestions() argument 2 must be str, not %T", item);
    }
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(candidates); i++) {
        wf_object_t *c = wf_list_get_ref(candidates, i);
        int ok = c != NULL && WF_STR_CHECK(c);
        WF_XDECREF(c);
        if (!ok) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "all elements in 'candidates' must be strings");
        }
    }
    wf_object_t *r = wf_suggest_name(candidates, item);
    if (r == NULL && !wf_err_occurred()) {
        WF_RETURN_NONE;
    }
    return r;
}

static wf_method_def_t suggestions_methods[] = {
    {"_generate_suggestions", {.fast = sg_generate}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_object_t *wf_mod_suggestions_init(void) {
    wf_object_t *m = wf_module_new("_suggestions");
    if (m == NULL || wf_module_add_functions(m, suggestions_methods) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}

static wf_method_def_t traceback_methods[] = {
    {"_pseudo_sources", {.noargs = tb_pseudo_sources}, WF_METH_NOARGS, NULL},
    {"format_exception_only", {.fast = tb_format_exception_only}, WF_METH_FASTCALL, NULL},
    {"format_frame", {.fast = tb_format_frame}, WF_METH_FASTCALL, NULL},
    {"format_exception", {.fast = tb_format_exception}, WF_METH_FASTCALL, NULL},
    {"print_exception", {.fast = tb_print_exception}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_object_t *wf_mod_traceback_init(void) {
    wf_object_t *m = wf_module_new("_traceback");
    if (m == NULL || wf_module_add_functions(m, traceback_methods) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
