// super: attribute lookup that starts after a given class in the MRO of an object's type.
//
// super(type, obj) remembers `type`, `obj` and obj_type (obj's type, or obj itself when it
// is a class); a lookup walks obj_type.__mro__ from the entry after `type` and binds what
// it finds to obj (or, for class-level super, to nothing). Zero-argument super() gets
// __class__ and the first argument of the calling function from the frame
// (wf_frame_super_args). wf_super_lookup is the same lookup without the super object, for
// the eval loop's LOAD_SUPER_ATTR.
#include "objects/type_impl.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/ids.h"
#include "runtime/mem.h"

#include <stddef.h>

typedef struct {
    WF_OBJECT_HEAD
    wf_type_t *type;      // the class super() was called with
    wf_object_t *obj;     // the bound instance or class, or NULL
    wf_type_t *obj_type;  // type(obj), or obj when it is a class; NULL when unbound
} super_t;

#define SU(o) ((super_t *)(o))

// The type whose MRO the lookup walks. New reference or NULL + TypeError.
static wf_type_t *supercheck(wf_type_t *type, wf_object_t *obj) {
    if (WF_TYPE_CHECK(obj) && wf_type_is_subtype((wf_type_t *)obj, type)) {
        return (wf_type_t *)wf_newref(obj);
    }
    if (wf_type_is_subtype(WF_TYPE(obj), type)) {
        return (wf_type_t *)wf_newref(WF_TYPE(obj));
    }
    // An object may claim another class through __class__ (proxies).
    wf_object_t *c = NULL;
    if (wf_getattr_opt(obj, WF_ID(__class__), &c) < 0) {
        return NULL;
    }
    if (c != NULL && WF_TYPE_CHECK(c) && c != WF_OBJ(WF_TYPE(obj)) &&
        wf_type_is_subtype((wf_type_t *)c, type)) {
        return (wf_type_t *)c;
    }
    WF_XDECREF(c);
    int is_type = WF_TYPE_CHECK(obj) != 0;
    wf_err_format(&wf_exc_TypeError,
                  "super(type, obj): obj (%s %.200s) is not an instance or subtype of type (%.200s).",
                  is_type ? "type" : "instance of",
                  is_type ? ((wf_type_t *)obj)->name : WF_TYPE(obj)->name, type->name);
    return NULL;
}

// Walk starttype's MRO after `type`. *found = 0 when nothing matched (no exception).
static wf_object_t *do_lookup(wf_type_t *type, wf_object_t *obj, wf_type_t *starttype,
                              wf_object_t *name, int *method, int *found) {
    *found = 0;
    wf_object_t *mro = starttype->mro;
    if (mro == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(mro), i = 0;
    while (i + 1 < n && WF_TUPLE_GET(mro, i) != WF_OBJ(type)) {
        i++;
    }
    // Hold the MRO: a descriptor's __get__ may replace it.
    WF_INCREF(mro);
    wf_object_t *res = NULL;
    for (i++; i < n; i++) {
        wf_type_t *b = (wf_type_t *)WF_TUPLE_GET(mro, i);
        if (b->dict == NULL) {
            continue;
        }
        int rc = WF_STR_CHECK_EXACT(name) ? wf_dict_get_ref_str(b->dict, name, &res)
                                          : wf_dict_get_ref(b->dict, name, &res);
        if (rc < 0) {
            WF_DECREF(mro);
            *found = 1;
            return NULL;
        }
        if (rc > 0) {
            break;
        }
    }
    WF_DECREF(mro);
    if (res == NULL) {
        return NULL;
    }
    *found = 1;
    wf_object_t *bind_to = obj == WF_OBJ(starttype) ? NULL : obj;
    if (method != NULL) {
        *method = 0;
        if (bind_to != NULL && (WF_TYPE(res)->flags & WF_TPFLAGS_METHOD_DESCRIPTOR)) {
            *method = 1;
            return res;
        }
    }
    wf_descrgetfunc f = WF_TYPE(res)->descr_get;
    if (f != NULL) {
        wf_object_t *r = f(res, bind_to, WF_OBJ(starttype));
        WF_DECREF(res);
        return r;
    }
    return res;
}

wf_object_t *wf_super_lookup(wf_type_t *type, wf_object_t *obj, wf_object_t *name, int *method) {
    wf_type_t *starttype = supercheck(type, obj);
    if (starttype == NULL) {
        return NULL;
    }
    int found;
    wf_object_t *r = do_lookup(type, obj, starttype, name, method, &found);
    WF_DECREF(starttype);
    if (!found) {
        wf_err_format(&wf_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static wf_object_t *super_getattro(wf_object_t *self, wf_object_t *name) {
    super_t *su = SU(self);
    // __class__ is the super object's own; an unbound super looks nothing up.
    if (su->obj_type != NULL && !(WF_STR_CHECK(name) && wf_str_eq(name, WF_ID(__class__)))) {
        int found;
        wf_type_t *start = (wf_type_t *)wf_newref(su->obj_type);
        wf_object_t *r = do_lookup(su->type, su->obj, start, name, NULL, &found);
        WF_DECREF(start);
        if (found) {
            return r;
        }
    }
    return wf_object_generic_getattr(self, name);
}

static int super_fill(super_t *su, wf_type_t *type, wf_object_t *obj) {
    wf_type_t *obj_type = NULL;
    if (obj != NULL) {
        obj_type = supercheck(type, obj);
        if (obj_type == NULL) {
            return -1;
        }
    }
    WF_SETREF(su->type, (wf_type_t *)wf_newref(type));
    WF_SETREF(su->obj, wf_xnewref(obj));
    WF_SETREF(su->obj_type, obj_type);
    return 0;
}

static int super_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_format_int(&wf_exc_TypeError, "super() takes no keyword arguments");
    }
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (nargs > 2) {
        return wf_err_format_int(&wf_exc_TypeError, "super() expected at most 2 arguments, got %zd",
                                 nargs);
    }
    wf_object_t *type, *obj = NULL;
    if (nargs == 0) {
        if (wf_frame_super_args(&type, &obj) < 0) {
            return -1;
        }
    } else {
        type = wf_newref(WF_TUPLE_GET(args, 0));
        obj = nargs == 2 ? wf_newref(WF_TUPLE_GET(args, 1)) : NULL;
    }
    if (obj == WF_NONE) {
        WF_CLEAR(obj);
    }
    int r;
    if (!WF_TYPE_CHECK(type)) {
        r = wf_err_format_int(&wf_exc_TypeError, "super() argument 1 must be a type, not %.200s",
                              WF_TYPE(type)->name);
    } else {
        r = super_fill(SU(self), (wf_type_t *)type, obj);
    }
    WF_DECREF(type);
    WF_XDECREF(obj);
    return r;
}

static wf_object_t *super_descr_get(wf_object_t *self, wf_object_t *obj, wf_object_t *type) {
    super_t *su = SU(self);
    if (obj == NULL || obj == WF_NONE || su->obj != NULL) {
        return wf_newref(self);
    }
    if (WF_TYPE(self) != &wf_super_type) {
        // A subclass of super: let it build the bound object its own way.
        return wf_call_two(WF_OBJ(WF_TYPE(self)), WF_OBJ(su->type), obj);
    }
    super_t *n = (super_t *)wf_type_alloc(&wf_super_type, 0);
    if (n == NULL) {
        return NULL;
    }
    if (super_fill(n, su->type, obj) < 0) {
        WF_DECREF(n);
        return NULL;
    }
    return WF_OBJ(n);
}

static wf_object_t *super_repr(wf_object_t *self) {
    super_t *su = SU(self);
    const char *tname = su->type != NULL ? su->type->name : "NULL";
    if (su->obj_type != NULL) {
        return wf_str_from_format("<super: <class '%s'>, <%s object>>", tname, su->obj_type->name);
    }
    return wf_str_from_format("<super: <class '%s'>, NULL>", tname);
}

static void super_dealloc(wf_object_t *self) {
    wf_gc_untrack(self);
    WF_CLEAR(SU(self)->type);
    WF_CLEAR(SU(self)->obj);
    WF_CLEAR(SU(self)->obj_type);
    wf_object_free(self);
}

static int super_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    super_t *su = SU(self);
    wf_object_t *refs[3] = {WF_OBJ(su->type), su->obj, WF_OBJ(su->obj_type)};
    for (int i = 0; i < 3; i++) {
        if (refs[i] != NULL) {
            int r = visit(refs[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static wf_member_def_t super_members[] = {
    {"__thisclass__", WF_MEMBER_OBJECT, offsetof(super_t, type), WF_READONLY,
     "the class invoking super()"},
    {"__self__", WF_MEMBER_OBJECT, offsetof(super_t, obj), WF_READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", WF_MEMBER_OBJECT, offsetof(super_t, obj_type), WF_READONLY,
     "the type of the instance invoking super(); may be None"},
    {0},
};

wf_type_t wf_super_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "super",
    .basicsize = sizeof(super_t),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super "
           "object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .new = wf_type_generic_new,
    .init = super_init,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .members = super_members,
};
