// The _traceback module: the interpreter's own exception printer, exposed so that the
// traceback module prints exactly what an uncaught exception prints.
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "runtime/errors.h"

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

static wf_method_def_t traceback_methods[] = {
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
