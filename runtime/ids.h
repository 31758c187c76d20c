// Interned identifier strings (runtime/ids.def), created once at start-up and immortal.
// WF_ID(__init__) is a borrowed reference to the str "__init__".
#ifndef WF_RUNTIME_IDS_H
#define WF_RUNTIME_IDS_H

#include "objects/object.h"

typedef struct {
#define WF_IDENT(name) wf_object_t *id_##name;
#include "runtime/ids.def"
#undef WF_IDENT
} wf_ids_t;

extern wf_ids_t wf_ids;
#define WF_ID(name) (wf_ids.id_##name)

// Create every identifier; 0 / -1. Called once by the interpreter start-up.
int wf_ids_init(void);

#endif
