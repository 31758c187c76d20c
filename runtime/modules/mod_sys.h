// The sys module.
#ifndef WF_RUNTIME_MODULES_MOD_SYS_H
#define WF_RUNTIME_MODULES_MOD_SYS_H

#include "objects/object.h"

// Create sys (attributes, standard streams, sys.modules holding builtins and sys).
// 0 / -1.
int wf_mod_sys_init_core(wf_object_t *builtins);
// sys.<name>, borrowed, or NULL without an exception.
wf_object_t *wf_sys_get_object(const char *name);
int wf_sys_set_object(const char *name, wf_object_t *value);
// Set sys.argv (and sys.path[0] from the script's directory, as CPython).
int wf_sys_set_argv(int argc, char **argv, const char *path0);
// Flush sys.stdout and sys.stderr; -1 if stdout could not be flushed (reported).
int wf_sys_flush_std_streams(void);

#endif
