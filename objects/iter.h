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

// Pickling support of the iterators that walk a sequence by index (list, tuple, str,
// bytes, sequence iterators): __reduce__ gives (iter, (seq,), index) while running and
// (iter, (empty,)) once exhausted (`empty` is a new reference, used only then; `fn` is
// the callable to rebuild with, NULL for iter). __setstate__'s index is clamped to
// [lo, hi]: 0 / -1 with TypeError for a non-integer.
wf_object_t *wf_iter_reduce_indexed(wf_object_t *fn, wf_object_t *seq, wf_ssize_t index,
                                    wf_object_t *empty);
int wf_iter_setstate_index(wf_object_t *state, wf_ssize_t lo, wf_ssize_t hi, wf_ssize_t *index);
// The builtin iter function (borrowed).
wf_object_t *wf_iter_builtin(void);
// (iter, (rest,)): how iterators over unordered containers (dict, set) pickle, with `rest`
// the items still to come. Steals `rest` (NULL: returns NULL).
wf_object_t *wf_iter_reduce_rest(wf_object_t *rest);

#endif
