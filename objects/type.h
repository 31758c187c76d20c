// Type objects and the contract of every slot.
//
// Builtin types are static wf_type_t structs with designated initialisers:
//   wf_type_t wf_list_type = {
//       .ob_base = WF_STATIC_HEAD(&wf_type_type), .name = "list",
//       .basicsize = sizeof(wf_list_t), .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC,
//       .dealloc = list_dealloc, .repr = list_repr, .methods = list_methods, ...};
// and are made ready (dict filled from methods/members/getsets and slot wrappers, slots
// inherited from base, MRO computed) by wf_type_ready() during start-up (objects/types.def
// lists them). Classes defined in Python are heap types built by wf_type_new(); their
// slots call the class's dunder methods.
#ifndef WF_OBJECTS_TYPE_H
#define WF_OBJECTS_TYPE_H

#include "objects/object.h"

// Binary operator ids, from objects/binops.def.
typedef enum {
#define WF_BINOP(id, sym, d, rd, id_, isym) WF_BINOP_##id,
#include "objects/binops.def"
#undef WF_BINOP
    WF_BINOP_COUNT
} wf_binop_t;

typedef void (*wf_destructor)(wf_object_t *);
typedef int (*wf_visitproc)(wf_object_t *, void *arg);
typedef int (*wf_traverseproc)(wf_object_t *, wf_visitproc visit, void *arg);
typedef int (*wf_inquiry)(wf_object_t *);
typedef wf_object_t *(*wf_unaryfunc)(wf_object_t *);
typedef wf_object_t *(*wf_binaryfunc)(wf_object_t *, wf_object_t *);
typedef wf_object_t *(*wf_ternaryfunc)(wf_object_t *, wf_object_t *, wf_object_t *);
typedef wf_ssize_t (*wf_lenfunc)(wf_object_t *);
typedef wf_hash_t (*wf_hashfunc)(wf_object_t *);
typedef wf_object_t *(*wf_richcmpfunc)(wf_object_t *a, wf_object_t *b, int op);
typedef wf_object_t *(*wf_getattrofunc)(wf_object_t *o, wf_object_t *name);
typedef int (*wf_setattrofunc)(wf_object_t *o, wf_object_t *name, wf_object_t *value);
typedef int (*wf_objobjargproc)(wf_object_t *o, wf_object_t *key, wf_object_t *value);
typedef int (*wf_objobjproc)(wf_object_t *container, wf_object_t *item);
typedef wf_object_t *(*wf_descrgetfunc)(wf_object_t *descr, wf_object_t *obj, wf_object_t *type);
typedef int (*wf_descrsetfunc)(wf_object_t *descr, wf_object_t *obj, wf_object_t *value);
typedef struct wf_buffer wf_buffer_t;  // objects/buffer.h
typedef int (*wf_getbufferproc)(wf_object_t *o, wf_buffer_t *view, int flags);
typedef void (*wf_releasebufferproc)(wf_object_t *o, wf_buffer_t *view);
typedef wf_object_t *(*wf_newfunc)(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs);
typedef int (*wf_initfunc)(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs);
// Vectorcall: args[0..nargs) positional, then one value per name in kwnames (a tuple of
// str, or NULL). Borrowed arguments, new reference result.
typedef wf_object_t *(*wf_vectorcallfunc)(wf_object_t *callable, wf_object_t *const *args,
                                          wf_ssize_t nargs, wf_object_t *kwnames);

// Method tables: {"append", {.o = list_append}, WF_METH_O, "doc"}, ..., {NULL}.
typedef wf_object_t *(*wf_cfunc_noargs)(wf_object_t *self, wf_object_t *unused);
typedef wf_object_t *(*wf_cfunc_o)(wf_object_t *self, wf_object_t *arg);
typedef wf_object_t *(*wf_cfunc_fast)(wf_object_t *self, wf_object_t *const *args,
                                      wf_ssize_t nargs);
typedef wf_object_t *(*wf_cfunc_fastkw)(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs, wf_object_t *kwnames);
enum {
    WF_METH_NOARGS = 1,    // fn.noargs(self, NULL)
    WF_METH_O = 2,         // fn.o(self, arg)
    WF_METH_FASTCALL = 4,  // fn.fast(self, args, nargs)
    WF_METH_KEYWORDS = 8,  // with FASTCALL: fn.fastkw(self, args, nargs, kwnames)
    WF_METH_CLASS = 16,    // self is the class (classmethod)
    WF_METH_STATIC = 32,   // self is NULL (staticmethod)
    WF_METH_COEXIST = 64,  // replace a slot wrapper of the same name
};
typedef struct {
    const char *name;
    union {
        wf_cfunc_noargs noargs;
        wf_cfunc_o o;
        wf_cfunc_fast fast;
        wf_cfunc_fastkw fastkw;
    } fn;
    int flags;
    const char *doc;
} wf_method_def_t;

// Computed attributes: {"real", int_get_real, NULL, "doc", NULL}, ..., {NULL}.
typedef wf_object_t *(*wf_getter)(wf_object_t *self, void *closure);
typedef int (*wf_setter)(wf_object_t *self, wf_object_t *value, void *closure);  // value NULL = delete
typedef struct {
    const char *name;
    wf_getter get;
    wf_setter set;
    const char *doc;
    void *closure;
} wf_getset_def_t;

// Plain fields exposed as attributes: {"start", WF_MEMBER_OBJECT, offsetof(...), WF_READONLY}.
enum {
    WF_MEMBER_OBJECT,     // wf_object_t *; NULL reads as None
    WF_MEMBER_OBJECT_EX,  // wf_object_t *; NULL raises AttributeError
    WF_MEMBER_INT,
    WF_MEMBER_SSIZE,
    WF_MEMBER_DOUBLE,
    WF_MEMBER_BOOL,       // char
    WF_MEMBER_CSTRING,    // const char *, read-only
};
enum { WF_READONLY = 1 };
typedef struct {
    const char *name;
    int type;
    wf_ssize_t offset;
    int flags;
    const char *doc;
} wf_member_def_t;

// Type flags.
enum {
    WF_TPFLAGS_HEAPTYPE = 1u << 0,        // class created at run time (wf_type_new)
    WF_TPFLAGS_BASETYPE = 1u << 1,        // may be subclassed
    WF_TPFLAGS_HAVE_GC = 1u << 2,         // container: traverse/clear, tracked by the collector
    WF_TPFLAGS_READY = 1u << 3,
    WF_TPFLAGS_READYING = 1u << 4,
    WF_TPFLAGS_IMMUTABLETYPE = 1u << 5,   // attributes cannot be set on the type
    WF_TPFLAGS_IS_ABSTRACT = 1u << 6,
    WF_TPFLAGS_METHOD_DESCRIPTOR = 1u << 7,  // descr_get binds like a function (method calls
                                             // may skip creating the bound method)
    WF_TPFLAGS_SEQUENCE = 1u << 8,        // for match statements
    WF_TPFLAGS_MAPPING = 1u << 9,
    WF_TPFLAGS_DISALLOW_INSTANTIATION = 1u << 10,
    WF_TPFLAGS_HAS_FINALIZE = 1u << 11,
    WF_TPFLAGS_MANAGED_DICT = 1u << 12,
    // Fast subclass checks: set on the builtin type and inherited by every subclass.
    WF_TPFLAGS_INT_SUBCLASS = 1u << 20,
    WF_TPFLAGS_LIST_SUBCLASS = 1u << 21,
    WF_TPFLAGS_TUPLE_SUBCLASS = 1u << 22,
    WF_TPFLAGS_BYTES_SUBCLASS = 1u << 23,
    WF_TPFLAGS_STR_SUBCLASS = 1u << 24,
    WF_TPFLAGS_DICT_SUBCLASS = 1u << 25,
    WF_TPFLAGS_BASE_EXC_SUBCLASS = 1u << 26,
    WF_TPFLAGS_TYPE_SUBCLASS = 1u << 27,
};

struct wf_type {
    WF_OBJECT_HEAD
    // "list", or "module.Name" for types living in a module (__module__ is the part
    // before the last dot). Heap types own a copy of the UTF-8 name.
    const char *name;
    wf_ssize_t basicsize;  // instance size in bytes (a subclass's may be larger)
    wf_ssize_t itemsize;   // per-item size of variable-sized instances, else 0
    unsigned long flags;
    const char *doc;

    // Life cycle.
    wf_destructor dealloc;     // drop references, free memory with wf_object_free(). Must not
                               // assume the exact type: heap subclasses chain to it.
    wf_traverseproc traverse;  // visit every owned reference (containers)
    wf_inquiry clear;          // drop owned references that can form cycles
    wf_destructor finalize;    // __del__ (called at most once per object)
    wf_newfunc new;            // type(...)(args): allocate with wf_type_alloc(type, n) so
                               // subclasses get their extra space; NULL = not instantiable
    wf_initfunc init;          // __init__; 0 / -1
    wf_vectorcallfunc vectorcall;  // calling an instance of this type (functions, methods,
                                   // builtins); NULL: use `call`
    wf_ternaryfunc call;       // (callable, args tuple, kwargs dict or NULL)

    // Basic protocols. Each returns a new reference or NULL with an exception set.
    wf_unaryfunc repr;
    wf_unaryfunc str;          // NULL: repr
    wf_hashfunc hash;          // -1 on error; types with __eq__ and no hash set
                               // wf_hash_not_implemented (raises "unhashable type")
    wf_richcmpfunc richcompare;  // may return WF_NOTIMPLEMENTED (new ref not needed: immortal)
    wf_getattrofunc getattro;  // NULL inherits; default wf_object_generic_getattr
    wf_setattrofunc setattro;  // value NULL deletes
    wf_descrgetfunc descr_get; // obj NULL when looked up on the class
    wf_descrsetfunc descr_set; // value NULL deletes
    wf_unaryfunc iter;
    wf_unaryfunc iternext;     // exhausted: NULL with no exception or with StopIteration set

    // Numbers. Binary slots get the operands in source order and either may be of this
    // type (the reflected call passes the same order); return WF_NOTIMPLEMENTED for
    // operand types they do not handle. Indexed by wf_binop_t:
    //   .binop = {[WF_BINOP_ADD] = int_add, ...}, .inplace = {[WF_BINOP_ADD] = list_iadd}
    wf_binaryfunc binop[WF_BINOP_COUNT];
    wf_binaryfunc inplace[WF_BINOP_COUNT];
    wf_ternaryfunc pow3;       // pow(a, b, mod) with a non-None mod
    wf_unaryfunc negative, positive, absolute, invert;
    wf_inquiry nb_bool;        // -1/0/1
    wf_unaryfunc nb_int;       // __int__
    wf_unaryfunc nb_float;     // __float__
    wf_unaryfunc nb_index;     // __index__: must return an exact int

    // Containers.
    wf_lenfunc len;            // -1 on error
    wf_binaryfunc getitem;     // o[key] (sequences convert the index themselves)
    wf_objobjargproc setitem;  // o[key] = value; value NULL: del o[key]
    wf_objobjproc contains;    // -1/0/1; NULL: iterate

    // Buffer protocol (objects/buffer.h): fill a view of the object's memory, 0 / -1; and
    // take it back (NULL: nothing to undo).
    wf_getbufferproc getbuffer;
    wf_releasebufferproc releasebuffer;

    // Attribute tables, read by wf_type_ready().
    wf_method_def_t *methods;
    wf_member_def_t *members;
    wf_getset_def_t *getsets;

    wf_type_t *base;           // NULL means object
    wf_ssize_t dictoffset;     // offset of the instance __dict__ pointer, 0 = none
    wf_ssize_t weaklistoffset; // offset of the weakref list head, 0 = none

    // Filled by wf_type_ready() / wf_type_new(); owned references.
    wf_object_t *dict;         // the type's namespace (a dict)
    wf_object_t *bases;        // tuple
    wf_object_t *mro;          // tuple
    wf_object_t *subclasses;   // dict id -> weakref/type, or NULL
    wf_object_t *name_obj;     // heap types: __name__ str
    wf_object_t *qualname;     // heap types: __qualname__ str
    wf_object_t *slots;        // heap types: __slots__ tuple or NULL
    wf_object_t *module_obj;   // heap types: __module__ if needed
    wf_object_t *weaklist;     // weak references to this type (objects/weakref.c)
    uint32_t version_tag;      // 0 = unassigned; bumped on modification (method cache)
    void *extra;               // reserved for the type machinery
};

extern wf_type_t wf_type_type, wf_object_type;

#define WF_TYPE_CHECK(o) (WF_TYPE(o)->flags & WF_TPFLAGS_TYPE_SUBCLASS)
#define WF_TYPE_HAS_FLAG(t, f) (((t)->flags & (f)) != 0)

// Make a static type ready. 0 / -1.
int wf_type_ready(wf_type_t *t);
// Allocate an instance of `t` (basicsize + n * itemsize), zero-filled, refcount 1,
// header initialised, ob_size = n for var types; NULL + MemoryError. Heap types are
// increfed (their instances hold a reference to the type).
wf_object_t *wf_type_alloc(wf_type_t *t, wf_ssize_t n);
// Generic "__new__" for types whose new just allocates.
wf_object_t *wf_type_generic_new(wf_type_t *t, wf_object_t *args, wf_object_t *kwargs);
// class statement / type(name, bases, dict): new heap type. NULL on error.
wf_object_t *wf_type_new(wf_type_t *metatype, wf_object_t *name, wf_object_t *bases,
                         wf_object_t *ns, wf_object_t *kwds);
// Look `name` (a str) up along the MRO without binding. Borrowed reference or NULL
// (no exception set). Uses the type's method cache.
wf_object_t *wf_type_lookup(wf_type_t *t, wf_object_t *name);
// 1 if a is b or a subclass of b (by MRO), else 0.
int wf_type_is_subtype(wf_type_t *a, wf_type_t *b);
// The short name (after the last dot), as a C string.
const char *wf_type_short_name(wf_type_t *t);
// Invalidate method caches after the type's dict (or a base's) changed. Every change to
// a type's dict made outside type.__setattr__ must be followed by this call.
void wf_type_modified(wf_type_t *t);
// Hash slot for unhashable types: raises TypeError "unhashable type: 'X'".
wf_hash_t wf_hash_not_implemented(wf_object_t *o);

// --- Additions by the types implementation ------------------------------------------------

// The types of the singletons (objects/object.c), super (objects/super.c), the read-only
// mapping view type.__dict__ returns (objects/mappingproxy.c) and `int | None`
// (types.UnionType, objects/union.c).
extern wf_type_t wf_none_type, wf_notimplemented_type, wf_ellipsis_type, wf_super_type,
    wf_mappingproxy_type, wf_union_type;

// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds), as a
// WF_METH_FASTCALL | WF_METH_KEYWORDS function (self is ignored): the builtins module
// lists it as {"__build_class__", {.fastkw = wf_build_class}, ...}. Resolves
// __mro_entries__, picks the metaclass, calls __prepare__, runs the body with
// wf_eval_class_body(func, ns) (runtime/eval.h) and creates the class, checking that the
// __class__ cell the body returned now holds it. New reference or NULL.
wf_object_t *wf_build_class(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                            wf_object_t *kwnames);

// super(type, obj).name without creating the super object (LOAD_SUPER_ATTR). `obj` is the
// instance or a subclass of `type`. When `method` is not NULL and the attribute found is
// a function or method descriptor (WF_TPFLAGS_METHOD_DESCRIPTOR), it is returned unbound
// and *method is set to 1 (call it with obj prepended); otherwise the bound attribute is
// returned and *method set to 0. Checks obj as super() does. New reference or NULL.
wf_object_t *wf_super_lookup(wf_type_t *type, wf_object_t *obj, wf_object_t *name, int *method);

// A valid version tag of `t` (assigned on demand), or 0 when none can be given. Caches
// keyed by it (inline caches of the eval loop) stay valid while t->version_tag equals
// it: any change to t's dict or to a base's resets the tag.
uint32_t wf_type_get_version(wf_type_t *t);

// A read-only view of a mapping (types.MappingProxyType). New reference or NULL.
wf_object_t *wf_mappingproxy_new(wf_object_t *mapping);

#endif
