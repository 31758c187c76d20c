// types.GenericAlias: the parameterized builtin classes of PEP 585 (list[int],
// dict[str, int], tuple[int, ...], type[int]).
#ifndef WF_OBJECTS_GENERICALIAS_H
#define WF_OBJECTS_GENERICALIAS_H

#include "objects/type.h"

extern wf_type_t wf_generic_alias_type, wf_generic_alias_iter_type;

#define WF_GENERIC_ALIAS_CHECK(o) wf_type_is_subtype(WF_TYPE(o), &wf_generic_alias_type)

// origin[args]: `args` is a tuple of arguments or a single argument. New reference or
// NULL.
wf_object_t *wf_generic_alias_new(wf_object_t *origin, wf_object_t *args);

// The __class_getitem__ of the builtin generic classes, for method tables:
//   {"__class_getitem__", {.o = wf_generic_alias_class_getitem},
//    WF_METH_O | WF_METH_CLASS, "See PEP 585"}
// Returns cls[arg] as a GenericAlias. New reference or NULL.
wf_object_t *wf_generic_alias_class_getitem(wf_object_t *cls, wf_object_t *arg);

// The type variables found in `args` (a tuple or list), in order of first appearance:
// the objects with a __typing_subst__ attribute, and the __parameters__ of the others
// (lists and tuples among the arguments are not searched, as in CPython 3.13.0). Classes
// are skipped. New tuple or NULL.
wf_object_t *wf_generic_alias_make_parameters(wf_object_t *args);

#endif
