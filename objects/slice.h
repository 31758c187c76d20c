// slice and range.
#ifndef WF_OBJECTS_SLICE_H
#define WF_OBJECTS_SLICE_H

#include "objects/type.h"

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *start, *stop, *step;  // never NULL (None)
} wf_slice_t;

extern wf_type_t wf_slice_type, wf_range_type;
#define WF_SLICE_CHECK(o) (WF_TYPE(o) == &wf_slice_type)

wf_object_t *wf_slice_new(wf_object_t *start, wf_object_t *stop, wf_object_t *step);  // NULL = None
// Extract clamped C values (None -> defaults, via __index__). -1 on error
// (TypeError "slice indices must be integers or None or have an __index__ method",
//  ValueError "slice step cannot be zero").
int wf_slice_unpack(wf_object_t *slice, wf_ssize_t *start, wf_ssize_t *stop, wf_ssize_t *step);
// Clip to a sequence of `length`; returns the slice length.
wf_ssize_t wf_slice_adjust(wf_ssize_t length, wf_ssize_t *start, wf_ssize_t *stop, wf_ssize_t step);
wf_object_t *wf_range_new(wf_object_t *start, wf_object_t *stop, wf_object_t *step);

// --- Additions by the containers implementation -------------------------------------------

extern wf_type_t wf_range_iter_type, wf_longrange_iter_type;
#define WF_RANGE_CHECK(o) (WF_TYPE(o) == &wf_range_type)

// One slice bound as the eval loop and sequence methods take it: None leaves *out
// untouched and returns 1; an object with __index__ is converted with clamping to
// [WF_SSIZE_MIN, WF_SSIZE_MAX]. 1 on success, 0 with TypeError "slice indices must be
// integers or None or have an __index__ method" (allow_none) or "... integers or have
// an __index__ method" (not allow_none; None is then an error too).
int wf_slice_index(wf_object_t *v, wf_ssize_t *out, int allow_none);
// Arbitrary-size slice.indices(length): length is a non-negative int object; the three
// results are new int references. 0 / -1.
int wf_slice_get_long_indices(wf_object_t *slice, wf_object_t *length, wf_object_t **start,
                              wf_object_t **stop, wf_object_t **step);

#endif
