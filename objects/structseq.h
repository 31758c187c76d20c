// Struct sequences: tuple subclasses whose items are also named attributes
// (sys.version_info, sys.flags, time.struct_time, os.stat_result).
#ifndef WF_OBJECTS_STRUCTSEQ_H
#define WF_OBJECTS_STRUCTSEQ_H

#include "objects/type.h"

typedef struct {
    const char *name;        // "sys.version_info"
    const char *const *fields;  // NULL-terminated field names; "" for an unnamed field
    int n_in_sequence;       // leading fields that are tuple items (others: attributes only)
} wf_structseq_desc_t;

// Build the type for a description; NULL + exception. The type is immortal.
wf_type_t *wf_structseq_new_type(const wf_structseq_desc_t *desc);
// New instance taking one reference of each value (steals values[0..nfields)).
wf_object_t *wf_structseq_new_steal(wf_type_t *type, wf_object_t **values);

// types.SimpleNamespace, used for sys.implementation.
extern wf_type_t wf_namespace_type;
wf_object_t *wf_namespace_new(void);

#endif
