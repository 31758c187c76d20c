// Interned identifier strings (runtime/ids.def), created once at start-up.
#include "runtime/ids.h"
#include "objects/str.h"

wf_ids_t wf_ids;

int wf_ids_init(void) {
#define WF_IDENT(name)                                 \
    wf_ids.id_##name = wf_str_intern_cstr(#name);      \
    if (wf_ids.id_##name == NULL) {                    \
        return -1;                                     \
    }
#include "runtime/ids.def"
#undef WF_IDENT
    return 0;
}
