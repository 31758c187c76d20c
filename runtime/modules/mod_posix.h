// Parts of the posix module defined outside mod_posix.c.
#ifndef WEFT_MOD_POSIX_H
#define WEFT_MOD_POSIX_H

#include "objects/object.h"

// Adds the process functions (ids, times, waitpid, exec, _spawn) to the posix module m.
int wf_posix_add_process(wf_object_t *m);
// Adds get/set_blocking, get/set_inheritable, pidfd_open and sendfile (mod_fdops.c).
int wf_posix_add_fdops(wf_object_t *m);

#endif
