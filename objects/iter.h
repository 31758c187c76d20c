// Generic iterators and the builtin iterator types: the sequence iterator used for objects
// that only define __getitem__, the callable iterator of iter(f, sentinel), and enumerate,
// zip, map, filter and reversed (the builtins module exposes these types by name).
#ifndef WF_OBJECTS_ITER_H
#define WF_OBJECTS_ITER_H

#include "objects/type.h"

extern wf_type_t wf_seqiter_type, wf_calliter_type, wf_enumerate_type, wf_zip_type, wf_map_type,
    wf_filter_type, wf_reversed_type;

// iter(seq) for an object with __getitem__ but no __iter__: yields seq[0], seq[1], ...
// until IndexError or StopIteration. New reference.
wf_object_t *wf_iter_seq_new(wf_object_t *seq);
// iter(callable, sentinel): calls callable() until the result == sentinel. The caller
// checks that `callable` is callable ("iter(v, w): v must be callable"). New reference.
wf_object_t *wf_iter_callable_new(wf_object_t *callable, wf_object_t *sentinel);

#endif
