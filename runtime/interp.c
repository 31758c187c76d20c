// Interpreter start-up: the order in which the object system comes to life.
//
// Strings come first (identifiers are interned strings), then the identifier table,
// every static type of objects/types.def, the exception hierarchy, and finally the
// builtin modules; sys.modules is created by the sys module.
#include "runtime/interp.h"
#include "objects/type.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/abstract.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/modules/mod_signal.h"
#include "runtime/modules/mod_sys.h"
#include "sync/tstate.h"
#include <stdio.h>

wf_config_t wf_config = {.gil = -1, .int_max_str_digits = -1};

static wf_object_t *builtins_dict;

#define WF_TYPEDEF(t) extern wf_type_t t;
#include "objects/types.def"
#undef WF_TYPEDEF

static int ready_types(void) {
#define WF_TYPEDEF(t)               \
    if (wf_type_ready(&t) < 0) {    \
        return -1;                  \
    }
#include "objects/types.def"
#undef WF_TYPEDEF
#define WF_EXC(c, py, parent, st)           \
    if (wf_type_ready(&wf_exc_##c) < 0) {   \
        return -1;                          \
    }
#include "objects/exceptions.def"
#undef WF_EXC
    return 0;
}

int wf_interp_init(void) {
    if (wf_tstate_init_main() == NULL) {
        fprintf(stderr, "Fatal Python error: out of memory at start-up\n");
        return -1;
    }
    if (wf_str_init() < 0 || wf_ids_init() < 0 || wf_int_init() < 0 || ready_types() < 0) {
        goto error;
    }
    wf_object_t *builtins = wf_mod_builtins_init();
    if (builtins == NULL) {
        goto error;
    }
    builtins_dict = WF_MODULE_DICT(builtins);
    if (wf_mod_sys_init_core(builtins) < 0 || wf_signals_init() < 0) {
        goto error;
    }
    WF_DECREF(builtins);
    return 0;
error:
    fprintf(stderr, "Fatal Python error: initialization failed\n");
    if (wf_err_occurred() != NULL) {
        wf_err_print();
    }
    return -1;
}

wf_object_t *wf_interp_builtins(void) {
    return builtins_dict;
}

// Calls sys.modules[module].func() if the module was imported; an exception is reported
// as unraisable, as CPython does at shutdown.
static void call_exit_hook(const char *module, const char *func) {
    wf_object_t *modules = wf_sys_get_object("modules");
    wf_object_t *m = NULL;
    if (modules == NULL || !WF_DICT_CHECK(modules) ||
        wf_dict_get_ref_cstr(modules, module, &m) <= 0) {
        wf_err_clear();
        return;
    }
    wf_object_t *r = wf_call_method_cstr(m, func, NULL, 0);
    if (r == NULL) {
        wf_err_write_unraisable_msg("Exception ignored on threading shutdown", NULL);
    }
    WF_XDECREF(r);
    WF_DECREF(m);
}

int wf_interp_finalize(int status) {
    // Wait for non-daemon threads (and run threading's own exit callbacks), then the
    // atexit callbacks; from then on the remaining (daemon) threads are parked as soon as
    // they try to run Python code.
    call_exit_hook("threading", "_shutdown");
    call_exit_hook("atexit", "_run_exitfuncs");
    wf_tstate_set_finalizing();
    return wf_sys_flush_std_streams() < 0 && status == 0 ? 120 : status;
}
