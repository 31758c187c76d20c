// The builtin functions (print, len, sorted, ...): their method table, used by the
// builtins module (runtime/modules/mod_builtins.c) to create the module's functions.
#ifndef WF_RUNTIME_BUILTINS_H
#define WF_RUNTIME_BUILTINS_H

#include "objects/type.h"

// NULL-terminated table of every builtin function (not the builtin types).
extern wf_method_def_t wf_builtins_methods[];

#endif
