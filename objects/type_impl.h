// Private interface of the type machinery, shared by objects/type.c, type_new.c,
// type_slots.c, object.c, descr.c, property.c, super.c, mappingproxy.c, union.c and
// genericalias.c. Nothing
// outside those files includes it: the public API is objects/type.h, objects/descr.h
// and objects/abstract.h.
//
// Invariants kept across these files:
// - Every mutation of a type's dict goes through type_setattro (or wf_type_new before
//   the type is published) and is bracketed by wf_type_modified(), which clears the
//   version tags of the type and all its subclasses; wf_type_lookup() caches only under
//   a non-zero tag, so a cached entry never outlives the dict state it was read from.
// - A type with a valid (non-zero) version tag has bases with valid tags too, so
//   invalidation can stop at a type whose tag is already zero.
// - Heap types (WF_TPFLAGS_HEAPTYPE) own `t->extra` (a heaptype_ext_t); static types
//   never have their `extra` touched here (structseq uses it).
#ifndef WF_OBJECTS_TYPE_IMPL_H
#define WF_OBJECTS_TYPE_IMPL_H

#include "objects/type.h"

// ---- descriptors -------------------------------------------------------------------------

// Header shared by every descriptor created for a type's tables: the owning type (a strong
// reference, which also keeps the tables of heap types alive) and the attribute name.
typedef struct {
    WF_OBJECT_HEAD
    wf_type_t *type;
    wf_object_t *name;  // str
} wf_descr_common_t;

#define WF_DESCR_TYPE(d) (((wf_descr_common_t *)(d))->type)
#define WF_DESCR_NAME(d) (((wf_descr_common_t *)(d))->name)

// Shared by the descriptor types: fill the header, 0 / -1.
int wf_descr_common_init(wf_object_t *d, wf_type_t *owner, const char *name);
void wf_descr_common_clear(wf_object_t *d);
// "<kind 'name' of 'Type' objects>"
wf_object_t *wf_descr_repr(wf_object_t *d, const char *kind);
// Check that `obj` may use descriptor `d` ("descriptor 'x' for 'T' objects doesn't apply
// to a 'U' object"). 0 ok / -1.
int wf_descr_check(wf_object_t *d, wf_object_t *obj);
// Member descriptors' raw access, shared with __slots__ handling.
wf_object_t *wf_member_get(wf_object_t *obj, wf_member_def_t *def);
int wf_member_set(wf_object_t *obj, wf_member_def_t *def, wf_object_t *value);

// ---- the dunder <-> slot table (type_slots.c) ----------------------------------------------

// Generic function pointer: slots of every signature are stored and compared as this.
typedef void (*wf_slotfn_t)(void);

// How a slot wrapper calls the C slot it wraps (one per Python-level calling shape).
typedef enum {
    WF_WRAP_NONE,       // no wrapper (__getattr__, the pow3 half of __pow__, __new__)
    WF_WRAP_UNARY,      // f(self)
    WF_WRAP_NEXT,       // iternext: NULL without exception -> StopIteration
    WF_WRAP_INQUIRY,    // nb_bool -> bool
    WF_WRAP_LEN,        // len -> int
    WF_WRAP_HASH,       // hash -> int
    WF_WRAP_BINARY,     // f(self, other)
    WF_WRAP_BINARY_R,   // f(other, self)
    WF_WRAP_POW,        // __pow__(other, mod=None)
    WF_WRAP_POW_R,      // __rpow__(other, mod=None)
    WF_WRAP_RICHCMP,    // f(self, other, op)
    WF_WRAP_GETATTR,    // __getattribute__(name)
    WF_WRAP_SETATTR,    // __setattr__(name, value)
    WF_WRAP_DELATTR,    // __delattr__(name)
    WF_WRAP_DESCR_GET,  // __get__(obj, type=None)
    WF_WRAP_DESCR_SET,  // __set__(obj, value)
    WF_WRAP_DESCR_DEL,  // __delete__(obj)
    WF_WRAP_CALL,       // __call__(*args, **kwargs)
    WF_WRAP_INIT,       // __init__(*args, **kwargs) -> None
    WF_WRAP_SETITEM,    // __setitem__(key, value)
    WF_WRAP_DELITEM,    // __delitem__(key)
    WF_WRAP_CONTAINS,   // __contains__(item) -> bool
    WF_WRAP_DEL,        // __del__()
    WF_WRAP_BUFFER,     // __buffer__(flags) -> memoryview
    WF_WRAP_RELEASEBUFFER,  // __release_buffer__(view)
} wf_wrap_kind_t;

typedef struct {
    const char *name;       // "__add__"
    size_t offset;          // of the slot in wf_type_t
    wf_wrap_kind_t wrap;
    wf_slotfn_t heap_fn;    // the slot function heap types get when a class defines it
    int op;                 // comparison operator for WF_WRAP_RICHCMP, else 0
    const char *doc;
} wf_slotdef_t;

// Interned names of the table, index-aligned with it (filled by wf_slots_init()).
int wf_slots_init(void);
// Static types: add slot wrappers (and __new__, __hash__ = None) for every slot the type
// fills itself, without overriding names already in the dict. 0 / -1.
int wf_slots_add_wrappers(wf_type_t *t);
// Static types: copy every slot still NULL from `base` (CPython's inheritance rules for
// hash/richcompare, call/vectorcall and GC). Does not touch `new`.
void wf_slots_inherit(wf_type_t *t, wf_type_t *base);
// Heap types: compute every table slot from the dunders found along the MRO. 0 / -1.
int wf_slots_fixup(wf_type_t *t);
// Heap types: `name` was set or deleted on `t`: recompute the slots it maps to, in `t`
// and all its subclasses. 0 / -1.
int wf_slots_update(wf_type_t *t, wf_object_t *name);
// 1 if `name` (a str) is a dunder the table knows.
int wf_slots_is_slot_name(wf_object_t *name);
// The C function a slot wrapper or tp_new wrapper stands for, when `descr` is one made for
// the slot at `offset` (else NULL).
wf_slotfn_t wf_slots_wrapped(wf_object_t *descr, size_t offset);

// Heap slot functions other files compare against.
wf_object_t *wf_slot_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs);
int wf_slot_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs);
wf_object_t *wf_slot_getattr_hook(wf_object_t *self, wf_object_t *name);
wf_object_t *wf_slot_call(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs);
wf_object_t *wf_slot_call_vectorcall(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                     wf_object_t *kwnames);

// Call type(self).<name>(self, *args) with the method looked up on the type. NULL without
// an exception when the type has no such attribute and `missing` is not NULL (*missing set
// to 1); otherwise the call's result.
wf_object_t *wf_call_dunder(wf_object_t *self, wf_object_t *name, wf_object_t *const *args,
                            wf_ssize_t nargs, int *missing);
// Vectorcall of callable(first, *args) where the args come as a tuple + kwargs dict.
wf_object_t *wf_call_prepend(wf_object_t *callable, wf_object_t *first, wf_object_t *args,
                             wf_object_t *kwargs);

// ---- object.c ------------------------------------------------------------------------------

wf_object_t *wf_object_base_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs);
int wf_object_base_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs);
wf_hash_t wf_object_base_hash(wf_object_t *o);
wf_object_t *wf_object_base_richcompare(wf_object_t *a, wf_object_t *b, int op);
// Fill in name/obj of the AttributeError being raised (no-op for other exceptions).
void wf_object_attr_error_context(wf_object_t *obj, wf_object_t *name);
// Raise "'T' object has no attribute 'x'" with name/obj set; returns NULL.
wf_object_t *wf_object_no_attribute(wf_object_t *obj, wf_object_t *name);
// The keys of cls.__dict__ merged over all bases, as a list (type.__dir__).
wf_object_t *wf_type_dir_list(wf_type_t *t);
// The common part of object's and type's setattr: `dictptr` may be NULL. 0 / -1.
int wf_object_setattr_with_dict(wf_object_t *o, wf_object_t *name, wf_object_t *value,
                                wf_object_t **dictptr);

// ---- type.c / type_new.c -------------------------------------------------------------------

// Extension block of heap types (t->extra).
typedef struct {
    char *name;                // owned UTF-8 copy of __name__; t->name points here
    wf_member_def_t *members;  // __slots__ members (NULL-terminated) or NULL
    wf_ssize_t nmembers;
} wf_heaptype_ext_t;

#define WF_HEAPTYPE_EXT(t) ((wf_heaptype_ext_t *)(t)->extra)

// Version tags: assign one to `t` (and its bases). 1 assigned / 0 no more tags.
int wf_type_assign_version(wf_type_t *t);
// Subclass registry (t->subclasses). 0 / -1.
int wf_type_add_subclass(wf_type_t *base, wf_type_t *t);
void wf_type_remove_subclass(wf_type_t *base, wf_type_t *t);
// Apply `fn` to every live direct subclass of `t` (stops at the first -1).
int wf_type_visit_subclasses(wf_type_t *t, int (*fn)(wf_type_t *, void *), void *arg);
// The C3 linearization of `t` from t->bases, or the result of a metaclass's mro(). New
// tuple or NULL.
wf_object_t *wf_type_compute_mro(wf_type_t *t);
// The metaclass of a class with `bases` requested as `meta` (CPython's winner rule);
// borrowed, NULL + TypeError "metaclass conflict: ...".
wf_type_t *wf_type_calculate_metaclass(wf_type_t *meta, wf_object_t *bases);
// __module__ (str or whatever the dict holds) and __qualname__ of a type. New refs.
wf_object_t *wf_type_module(wf_type_t *t);
wf_object_t *wf_type_qualname(wf_type_t *t);
// Instance deallocation for heap types (clears __dict__ and __slots__, chains to the
// first static base's dealloc, drops the type reference).
void wf_type_subtype_dealloc(wf_object_t *o);
// The base whose layout a class with `bases` extends ("multiple bases have instance
// lay-out conflict", "type 'X' is not an acceptable base type"). Borrowed or NULL.
wf_type_t *wf_type_best_base(wf_object_t *bases);
// The solid base: the most derived base whose instance layout adds fields.
wf_type_t *wf_type_solid_base(wf_type_t *t);
// 1 if instances of a and b have compatible layouts for __class__ / __bases__ assignment;
// 0 with TypeError "<attr> assignment: 'B' object layout differs from 'A'".
int wf_type_compatible_layout(wf_type_t *oldto, wf_type_t *newto, const char *attr);
// type.__new__ for the type's own `new` slot.
wf_object_t *wf_type_new_slot(wf_type_t *metatype, wf_object_t *args, wf_object_t *kwargs);

// `a | b` for classes, None and unions (objects/union.c): a types.UnionType, the single
// class left after removing duplicates, or NotImplemented.
wf_object_t *wf_union_or(wf_object_t *a, wf_object_t *b);

#endif
