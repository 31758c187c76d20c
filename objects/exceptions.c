// The builtin exception hierarchy, generated from objects/exceptions.def.
//
// Every class of the .def becomes a static type. Its memory layout (and so its dealloc,
// traverse and clear slots) follows from the instance struct named on its line; the few
// classes with behaviour of their own (BaseException, KeyError, OSError, SyntaxError, ...)
// name their slots in an EXC_OVERRIDE_<Name> macro below, and every other class inherits
// from its parent when the type is made ready. So the .def stays the only list of classes.
//
// Invariants:
// - `args` is a tuple once an instance is constructed; the preallocated MemoryError (and
//   instances made by __new__ of a class whose constructor failed half-way) may have NULL
//   there, which every reader treats as ().
// - `notes` is the __notes__ attribute (a list unless the user stored something else);
//   NULL means the attribute is absent.
// - Setting __cause__ (from Python or wf_exc_set_cause) also sets __suppress_context__.
// - OSError(errno, strerror, ...) called on OSError itself returns the subclass that
//   errno maps to, and keeps only (errno, strerror) in args when a filename is given.
#include "objects/exceptions.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "runtime/traceback.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define EXC(o) ((wf_exc_base_t *)(o))

// The args tuple, borrowed; () when unset.
static wf_object_t *exc_args(wf_object_t *self) {
    wf_object_t *a = EXC(self)->args;
    return a != NULL ? a : wf_tuple_new(0); // the empty tuple is immortal
}

static wf_object_t *none_if_null(wf_object_t *o) {
    return o != NULL ? o : WF_NONE;
}

// ---------------------------------------------------------------------------------------
// Argument helpers.

static int has_kwargs(wf_object_t *kwargs) {
    return kwargs != NULL && wf_dict_size(kwargs) > 0;
}

static int no_keywords(wf_type_t *type, wf_object_t *kwargs) {
    if (has_kwargs(kwargs)) {
        return wf_err_format_int(&wf_exc_TypeError, "%s() takes no keyword arguments",
                                 wf_type_short_name(type));
    }
    return 0;
}

// Keyword-only parameters `names` (NULL-terminated) from kwargs into out[] (borrowed,
// NULL when absent). fname names the class in the error message.
static int parse_keywords(const char *fname, wf_object_t *kwargs, const char *const *names,
                          wf_object_t **out) {
    for (int i = 0; names[i] != NULL; i++) {
        out[i] = NULL;
    }
    if (kwargs == NULL) {
        return 0;
    }
    wf_ssize_t pos = 0;
    wf_object_t *key, *value;
    while (wf_dict_next(kwargs, &pos, &key, &value)) {
        int found = 0;
        for (int i = 0; names[i] != NULL && WF_STR_CHECK(key); i++) {
            if (wf_str_eq_cstr(key, names[i])) {
                out[i] = value;
                found = 1;
                break;
            }
        }
        if (!found) {
            return wf_err_format_int(&wf_exc_TypeError,
                                     "%s() got an unexpected keyword argument '%S'", fname, key);
        }
    }
    return 0;
}

static void set_field(wf_object_t **field, wf_object_t *value) {
    WF_SETREF(*field, wf_xnewref(value));
}

// Find a slot along the base chain (types made ready copy inherited slots, but this also
// works before that).
static wf_initfunc effective_init(wf_type_t *t) {
    while (t != NULL && t->init == NULL) {
        t = t->base;
    }
    return t != NULL ? t->init : NULL;
}

static wf_newfunc effective_new(wf_type_t *t) {
    while (t != NULL && t->new == NULL) {
        t = t->base;
    }
    return t != NULL ? t->new : NULL;
}

// ---------------------------------------------------------------------------------------
// Life cycle, per instance struct.

static int base_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {
    wf_exc_base_t *e = EXC(self);
    wf_object_t *fields[] = {e->dict, e->args, e->notes, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static int base_clear(wf_object_t *self) {
    wf_exc_base_t *e = EXC(self);
    WF_CLEAR(e->dict);
    WF_CLEAR(e->args);
    WF_CLEAR(e->notes);
    WF_CLEAR(e->traceback);
    WF_CLEAR(e->context);
    WF_CLEAR(e->cause);
    return 0;
}

static int visit_fields(wf_object_t **fields, int n, wf_visitproc visit, void *arg) {
    for (int i = 0; i < n; i++) {
        if (fields[i] != NULL) {
            int r = visit(fields[i], arg);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}

static void clear_fields(wf_object_t **fields, int n) {
    for (int i = 0; i < n; i++) {
        WF_CLEAR(fields[i]);
    }
}

// The struct-specific fields follow the common head; they are all object pointers except
// OSError's `written`, which comes after them. FIELDS(st, first, n) is the array of the n
// pointers starting at `first`.
#define KIND_FUNCS(kind, st, first, n)                                                             \
    static int kind##_traverse(wf_object_t *self, wf_visitproc visit, void *arg) {                 \
        int r = base_traverse(self, visit, arg);                                                   \
        return r != 0 ? r : visit_fields(&((st *)self)->first, n, visit, arg);                     \
    }                                                                                              \
    static int kind##_clear(wf_object_t *self) {                                                   \
        clear_fields(&((st *)self)->first, n);                                                     \
        return base_clear(self);                                                                   \
    }                                                                                              \
    static void kind##_dealloc(wf_object_t *self) {                                                \
        wf_gc_untrack(self);                                                                       \
        kind##_clear(self);                                                                        \
        wf_object_free(self);                                                                      \
    }

KIND_FUNCS(sysexit, wf_exc_system_exit_t, code, 1)
KIND_FUNCS(stopiter, wf_exc_stop_iteration_t, value, 1)
KIND_FUNCS(attribute, wf_exc_attribute_t, name, 2)
KIND_FUNCS(name, wf_exc_name_t, name, 1)
KIND_FUNCS(import, wf_exc_import_t, msg, 4)
KIND_FUNCS(os, wf_exc_os_t, myerrno, 4)
KIND_FUNCS(syntax, wf_exc_syntax_t, msg, 8)
KIND_FUNCS(unicode, wf_exc_unicode_t, encoding, 5)

_Static_assert(offsetof(wf_exc_system_exit_t, code) + sizeof(wf_object_t *) ==
                   sizeof(wf_exc_system_exit_t),
               "SystemExit fields");
_Static_assert(offsetof(wf_exc_import_t, name_from) + sizeof(wf_object_t *) ==
                   sizeof(wf_exc_import_t),
               "ImportError fields");
_Static_assert(offsetof(wf_exc_os_t, written) ==
                   offsetof(wf_exc_os_t, myerrno) + 4 * sizeof(wf_object_t *),
               "OSError fields");
_Static_assert(offsetof(wf_exc_syntax_t, print_file_and_line) + sizeof(wf_object_t *) ==
                   sizeof(wf_exc_syntax_t),
               "SyntaxError fields");
_Static_assert(offsetof(wf_exc_unicode_t, reason) + sizeof(wf_object_t *) ==
                   sizeof(wf_exc_unicode_t),
               "UnicodeError fields");

static void base_dealloc(wf_object_t *self) {
    wf_gc_untrack(self);
    base_clear(self);
    wf_object_free(self);
}

// ---------------------------------------------------------------------------------------
// BaseException.

static wf_object_t *base_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *self = wf_type_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    EXC(self)->args = args != NULL && WF_TUPLE_CHECK(args) ? wf_newref(args) : wf_tuple_new(0);
    if (WF_TYPE_HAS_FLAG(type, WF_TPFLAGS_HAVE_GC)) {
        wf_gc_track(self);
    }
    return self;
}

static int base_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (no_keywords(WF_TYPE(self), kwargs) < 0) {
        return -1;
    }
    set_field(&EXC(self)->args, args != NULL ? args : wf_tuple_new(0));
    return 0;
}

static wf_object_t *base_str(wf_object_t *self) {
    wf_object_t *args = exc_args(self);
    switch (WF_TUPLE_SIZE(args)) {
        case 0:
            return wf_str_empty();
        case 1:
            return wf_str(WF_TUPLE_GET(args, 0));
        default:
            return wf_str(args);
    }
}

static wf_object_t *base_repr(wf_object_t *self) {
    wf_object_t *args = exc_args(self);
    const char *name = wf_type_short_name(WF_TYPE(self));
    if (WF_TUPLE_SIZE(args) == 1) {
        return wf_str_from_format("%s(%R)", name, WF_TUPLE_GET(args, 0));
    }
    return wf_str_from_format("%s%R", name, args);
}

static int check_traceback(wf_object_t *tb) {
    if (tb != WF_NONE && !WF_TRACEBACK_CHECK(tb)) {
        return wf_err_format_int(&wf_exc_TypeError, "__traceback__ must be a traceback or None");
    }
    return 0;
}

static wf_object_t *base_with_traceback(wf_object_t *self, wf_object_t *tb) {
    if (check_traceback(tb) < 0) {
        return NULL;
    }
    wf_exc_set_traceback(self, tb == WF_NONE ? NULL : wf_newref(tb));
    return wf_newref(self);
}

static wf_object_t *base_add_note(wf_object_t *self, wf_object_t *note) {
    if (!WF_STR_CHECK(note)) {
        return wf_err_format(&wf_exc_TypeError, "note must be a str, not '%T'", note);
    }
    wf_exc_base_t *e = EXC(self);
    if (e->notes == NULL) {
        e->notes = wf_list_new(0);
        if (e->notes == NULL) {
            return NULL;
        }
    } else if (!WF_LIST_CHECK(e->notes)) {
        return wf_err_set_string(&wf_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (wf_list_append(e->notes, note) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

// (type, args), or (type, args, __dict__) once the instance has a __dict__.
static wf_object_t *reduce_with(wf_object_t *self, wf_object_t *args, wf_object_t *state) {
    if (state != NULL) {
        return wf_tuple_pack(3, WF_OBJ(WF_TYPE(self)), args, state);
    }
    return wf_tuple_pack(2, WF_OBJ(WF_TYPE(self)), args);
}

static wf_object_t *base_reduce(wf_object_t *self, wf_object_t *unused) {
    return reduce_with(self, exc_args(self), EXC(self)->dict);
}

static wf_object_t *base_setstate(wf_object_t *self, wf_object_t *state) {
    if (state == WF_NONE) {
        WF_RETURN_NONE;
    }
    if (!WF_DICT_CHECK(state)) {
        return wf_err_set_string(&wf_exc_TypeError, "state is not a dictionary");
    }
    // Snapshot the items: setattr may run arbitrary code that changes the dict.
    wf_object_t *items = wf_dict_items_list(state);
    if (items == NULL) {
        return NULL;
    }
    for (wf_ssize_t i = 0; i < WF_LIST_SIZE(items); i++) {
        wf_object_t *pair = WF_LIST_ITEMS(items)[i];
        if (wf_setattr(self, WF_TUPLE_GET(pair, 0), WF_TUPLE_GET(pair, 1)) < 0) {
            WF_DECREF(items);
            return NULL;
        }
    }
    WF_DECREF(items);
    WF_RETURN_NONE;
}

static wf_object_t *get_args(wf_object_t *self, void *closure) {
    return wf_newref(exc_args(self));
}

static int set_args(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "args may not be deleted");
    }
    wf_object_t *t = wf_sequence_tuple(value);
    if (t == NULL) {
        return -1;
    }
    WF_SETREF(EXC(self)->args, t);
    return 0;
}

static wf_object_t *get_traceback(wf_object_t *self, void *closure) {
    return wf_newref(none_if_null(EXC(self)->traceback));
}

static int set_traceback(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "__traceback__ may not be deleted");
    }
    if (check_traceback(value) < 0) {
        return -1;
    }
    wf_exc_set_traceback(self, value == WF_NONE ? NULL : wf_newref(value));
    return 0;
}

static wf_object_t *get_context(wf_object_t *self, void *closure) {
    return wf_newref(none_if_null(EXC(self)->context));
}

static int set_context(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "__context__ may not be deleted");
    }
    if (value != WF_NONE && !WF_EXC_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "exception context must be None or derive from BaseException");
    }
    wf_exc_set_context(self, value == WF_NONE ? NULL : wf_newref(value));
    return 0;
}

static wf_object_t *get_cause(wf_object_t *self, void *closure) {
    return wf_newref(none_if_null(EXC(self)->cause));
}

static int set_cause(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "__cause__ may not be deleted");
    }
    if (value != WF_NONE && !WF_EXC_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "exception cause must be None or derive from BaseException");
    }
    wf_exc_set_cause(self, value == WF_NONE ? NULL : wf_newref(value));
    return 0;
}

static wf_object_t *get_notes(wf_object_t *self, void *closure) {
    if (EXC(self)->notes == NULL) {
        return wf_err_format(&wf_exc_AttributeError, "'%T' object has no attribute '__notes__'",
                             self);
    }
    return wf_newref(EXC(self)->notes);
}

static int set_notes(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL && EXC(self)->notes == NULL) {
        return wf_err_format_int(&wf_exc_AttributeError, "'%T' object has no attribute '__notes__'",
                                 self);
    }
    set_field(&EXC(self)->notes, value);
    return 0;
}

static wf_object_t *get_dict(wf_object_t *self, void *closure) {
    wf_exc_base_t *e = EXC(self);
    if (e->dict == NULL) {
        e->dict = wf_dict_new();
        if (e->dict == NULL) {
            return NULL;
        }
    }
    return wf_newref(e->dict);
}

static int set_dict(wf_object_t *self, wf_object_t *value, void *closure) {
    if (value == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "cannot delete __dict__");
    }
    if (!WF_DICT_CHECK(value)) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "__dict__ must be set to a dictionary, not a '%T'", value);
    }
    set_field(&EXC(self)->dict, value);
    return 0;
}

static wf_method_def_t base_methods[] = {
    {"with_traceback",
     {.o = base_with_traceback},
     WF_METH_O,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", {.o = base_add_note}, WF_METH_O, "Add a note to the exception"},
    {"__reduce__", {.noargs = base_reduce}, WF_METH_NOARGS, NULL},
    {"__setstate__", {.o = base_setstate}, WF_METH_O, NULL},
    {0},
};

static wf_getset_def_t base_getsets[] = {
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, "exception context", NULL},
    {"__cause__", get_cause, set_cause, "exception cause", NULL},
    {"__notes__", get_notes, set_notes, NULL, NULL},
    {0},
};

static wf_member_def_t base_members[] = {
    {"__suppress_context__", WF_MEMBER_BOOL, offsetof(wf_exc_base_t, suppress_context), 0, NULL},
    {0},
};

// ---------------------------------------------------------------------------------------
// Classes with attributes of their own.

static wf_object_t *keyerror_str(wf_object_t *self) {
    // A missing key shows as its repr: str(KeyError('')) is "''", not an empty line.
    wf_object_t *args = exc_args(self);
    if (WF_TUPLE_SIZE(args) == 1) {
        return wf_repr(WF_TUPLE_GET(args, 0));
    }
    return base_str(self);
}

static int sysexit_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (base_init(self, args, kwargs) < 0) {
        return -1;
    }
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (n > 0) {
        set_field(&((wf_exc_system_exit_t *)self)->code, n == 1 ? WF_TUPLE_GET(args, 0) : args);
    }
    return 0;
}

static wf_member_def_t sysexit_members[] = {
    {"code", WF_MEMBER_OBJECT, offsetof(wf_exc_system_exit_t, code), 0, "exception code"},
    {0},
};

static int stopiter_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (base_init(self, args, kwargs) < 0) {
        return -1;
    }
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    set_field(&((wf_exc_stop_iteration_t *)self)->value, n > 0 ? WF_TUPLE_GET(args, 0) : WF_NONE);
    return 0;
}

static wf_member_def_t stopiter_members[] = {
    {"value", WF_MEMBER_OBJECT, offsetof(wf_exc_stop_iteration_t, value), 0,
     "generator return value"},
    {0},
};

static int attribute_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"name", "obj", NULL};
    wf_object_t *kw[2];
    if (parse_keywords("AttributeError", kwargs, names, kw) < 0 ||
        base_init(self, args, NULL) < 0) {
        return -1;
    }
    set_field(&((wf_exc_attribute_t *)self)->name, kw[0]);
    set_field(&((wf_exc_attribute_t *)self)->obj, kw[1]);
    return 0;
}

// __getstate__: the instance dict plus name (when set) and args, as CPython 3.13 pickles
// AttributeError (obj is left out: it may not be picklable).
static wf_object_t *attribute_getstate(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *state = EXC(self)->dict != NULL ? wf_dict_copy(EXC(self)->dict) : wf_dict_new();
    wf_object_t *name = ((wf_exc_attribute_t *)self)->name;
    wf_object_t *args = exc_args(self);  // borrowed
    if (state == NULL ||
        (name != NULL && name != WF_NONE && wf_dict_setitem_cstr(state, "name", name) < 0) ||
        wf_dict_setitem_cstr(state, "args", args) < 0) {
        WF_XDECREF(state);
        return NULL;
    }
    return state;
}

static wf_object_t *attribute_reduce(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *state = attribute_getstate(self, NULL);
    if (state == NULL) {
        return NULL;
    }
    wf_object_t *r = reduce_with(self, exc_args(self), state);
    WF_DECREF(state);
    return r;
}

static wf_method_def_t attribute_methods[] = {
    {"__getstate__", {.noargs = attribute_getstate}, WF_METH_NOARGS, NULL},
    {"__reduce__", {.noargs = attribute_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

static wf_member_def_t attribute_members[] = {
    {"name", WF_MEMBER_OBJECT, offsetof(wf_exc_attribute_t, name), 0, "attribute name"},
    {"obj", WF_MEMBER_OBJECT, offsetof(wf_exc_attribute_t, obj), 0, "object"},
    {0},
};

static int name_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"name", NULL};
    wf_object_t *kw[1];
    if (parse_keywords("NameError", kwargs, names, kw) < 0 || base_init(self, args, NULL) < 0) {
        return -1;
    }
    set_field(&((wf_exc_name_t *)self)->name, kw[0]);
    return 0;
}

static wf_member_def_t name_members[] = {
    {"name", WF_MEMBER_OBJECT, offsetof(wf_exc_name_t, name), 0, "name"},
    {0},
};

static int import_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"name", "path", "name_from", NULL};
    wf_object_t *kw[3];
    if (parse_keywords("ImportError", kwargs, names, kw) < 0 || base_init(self, args, NULL) < 0) {
        return -1;
    }
    wf_exc_import_t *e = (wf_exc_import_t *)self;
    set_field(&e->name, kw[0]);
    set_field(&e->path, kw[1]);
    set_field(&e->name_from, kw[2]);
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    set_field(&e->msg, n == 1 ? WF_TUPLE_GET(args, 0) : NULL);
    return 0;
}

static wf_object_t *import_str(wf_object_t *self) {
    wf_object_t *msg = ((wf_exc_import_t *)self)->msg;
    if (msg != NULL && WF_STR_CHECK_EXACT(msg)) {
        return wf_newref(msg);
    }
    return base_str(self);
}

static wf_object_t *import_reduce(wf_object_t *self, wf_object_t *unused) {
    wf_exc_import_t *e = (wf_exc_import_t *)self;
    wf_object_t *state = e->dict;
    if ((e->name != NULL && e->name != WF_NONE) || (e->path != NULL && e->path != WF_NONE)) {
        state = e->dict != NULL ? wf_dict_copy(e->dict) : wf_dict_new();
        if (state == NULL ||
            (e->name != NULL && e->name != WF_NONE &&
             wf_dict_setitem_cstr(state, "name", e->name) < 0) ||
            (e->path != NULL && e->path != WF_NONE &&
             wf_dict_setitem_cstr(state, "path", e->path) < 0)) {
            WF_XDECREF(state);
            return NULL;
        }
        wf_object_t *r = reduce_with(self, exc_args(self), state);
        WF_DECREF(state);
        return r;
    }
    return reduce_with(self, exc_args(self), state);
}

static wf_method_def_t import_methods[] = {
    {"__reduce__", {.noargs = import_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

static wf_member_def_t import_members[] = {
    {"msg", WF_MEMBER_OBJECT, offsetof(wf_exc_import_t, msg), 0, "exception message"},
    {"name", WF_MEMBER_OBJECT, offsetof(wf_exc_import_t, name), 0, "module name"},
    {"path", WF_MEMBER_OBJECT, offsetof(wf_exc_import_t, path), 0, "module path"},
    {"name_from", WF_MEMBER_OBJECT, offsetof(wf_exc_import_t, name_from), 0, "name imported"},
    {0},
};

// ---------------------------------------------------------------------------------------
// OSError.

static const struct {
    int code;
    wf_type_t *type;
} errno_map[] = {
    {EAGAIN, &wf_exc_BlockingIOError},
    {EALREADY, &wf_exc_BlockingIOError},
    {EINPROGRESS, &wf_exc_BlockingIOError},
    {EWOULDBLOCK, &wf_exc_BlockingIOError},
    {EPIPE, &wf_exc_BrokenPipeError},
#ifdef ESHUTDOWN
    {ESHUTDOWN, &wf_exc_BrokenPipeError},
#endif
    {ECHILD, &wf_exc_ChildProcessError},
    {ECONNABORTED, &wf_exc_ConnectionAbortedError},
    {ECONNREFUSED, &wf_exc_ConnectionRefusedError},
    {ECONNRESET, &wf_exc_ConnectionResetError},
    {EEXIST, &wf_exc_FileExistsError},
    {ENOENT, &wf_exc_FileNotFoundError},
    {EISDIR, &wf_exc_IsADirectoryError},
    {ENOTDIR, &wf_exc_NotADirectoryError},
    {EINTR, &wf_exc_InterruptedError},
    {EACCES, &wf_exc_PermissionError},
    {EPERM, &wf_exc_PermissionError},
#ifdef ENOTCAPABLE
    {ENOTCAPABLE, &wf_exc_PermissionError},
#endif
    {ESRCH, &wf_exc_ProcessLookupError},
    {ETIMEDOUT, &wf_exc_TimeoutError},
};

static wf_type_t *errno_subclass(wf_object_t *myerrno) {
    int64_t v;
    if (myerrno == NULL || !WF_INT_CHECK(myerrno) || !wf_int_to_i64_if_fits(myerrno, &v)) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof(errno_map) / sizeof(errno_map[0]); i++) {
        if (errno_map[i].code == v) {
            return errno_map[i].type;
        }
    }
    return NULL;
}

static wf_object_t *os_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs);
static int os_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs);

// A subclass that overrides __init__ but not __new__ takes its arguments in __init__;
// otherwise __new__ does all the work (so that errno can pick the class).
static int os_use_init(wf_type_t *type) {
    return effective_init(type) != os_init && effective_new(type) == os_new;
}

typedef struct {
    wf_object_t *myerrno, *strerror, *filename, *filename2;
} os_args_t;

static void os_parse(wf_object_t *args, os_args_t *a) {
    memset(a, 0, sizeof(*a));
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (n < 2 || n > 5) {
        return;
    }
    a->myerrno = WF_TUPLE_GET(args, 0);
    a->strerror = WF_TUPLE_GET(args, 1);
    if (n >= 3) {
        a->filename = WF_TUPLE_GET(args, 2);
    }
    if (n == 5) {
        a->filename2 = WF_TUPLE_GET(args, 4); // the 4th, winerror, means nothing here
    }
}

static int os_fill(wf_object_t *self, wf_object_t *args, const os_args_t *a) {
    wf_exc_os_t *e = (wf_exc_os_t *)self;
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (a->filename != NULL && a->filename != WF_NONE) {
        if (WF_TYPE(self) == &wf_exc_BlockingIOError && wf_index_check(a->filename)) {
            // BlockingIOError's third argument is the number of characters written.
            wf_ssize_t w = wf_as_ssize(a->filename, &wf_exc_ValueError);
            if (w == -1 && wf_err_occurred()) {
                return -1;
            }
            e->written = w;
        } else {
            set_field(&e->filename, a->filename);
            if (a->filename2 != NULL && a->filename2 != WF_NONE) {
                set_field(&e->filename2, a->filename2);
            }
            if (n >= 2 && n <= 5) {
                wf_object_t *head = wf_tuple_slice(args, 0, 2);
                if (head == NULL) {
                    return -1;
                }
                WF_SETREF(e->args, head);
            }
        }
    }
    set_field(&e->myerrno, a->myerrno);
    set_field(&e->strerror, a->strerror);
    return 0;
}

static wf_object_t *os_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    os_args_t a;
    int use_init = os_use_init(type);
    if (!use_init) {
        if (no_keywords(type, kwargs) < 0) {
            return NULL;
        }
        os_parse(args, &a);
        if (type == &wf_exc_OSError) {
            wf_type_t *sub = errno_subclass(a.myerrno);
            if (sub != NULL) {
                type = sub;
            }
        }
    }
    wf_object_t *self = wf_type_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    ((wf_exc_os_t *)self)->written = -1;
    EXC(self)->args = args != NULL && WF_TUPLE_CHECK(args) ? wf_newref(args) : wf_tuple_new(0);
    if (!use_init && os_fill(self, args, &a) < 0) {
        WF_DECREF(self);
        return NULL;
    }
    wf_gc_track(self);
    return self;
}

static int os_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (!os_use_init(WF_TYPE(self))) {
        return 0; // __new__ did it
    }
    if (no_keywords(WF_TYPE(self), kwargs) < 0) {
        return -1;
    }
    os_args_t a;
    os_parse(args, &a);
    set_field(&EXC(self)->args, args != NULL ? args : wf_tuple_new(0));
    return os_fill(self, args, &a);
}

static wf_object_t *os_str(wf_object_t *self) {
    wf_exc_os_t *e = (wf_exc_os_t *)self;
    if (e->filename != NULL) {
        if (e->filename2 != NULL) {
            return wf_str_from_format("[Errno %S] %S: %R -> %R", none_if_null(e->myerrno),
                                      none_if_null(e->strerror), e->filename, e->filename2);
        }
        return wf_str_from_format("[Errno %S] %S: %R", none_if_null(e->myerrno),
                                  none_if_null(e->strerror), e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL) {
        return wf_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    }
    return base_str(self);
}

static wf_object_t *os_reduce(wf_object_t *self, wf_object_t *unused) {
    wf_exc_os_t *e = (wf_exc_os_t *)self;
    wf_object_t *args = exc_args(self);
    if (WF_TUPLE_SIZE(args) == 2 && e->filename != NULL) {
        wf_object_t *full =
            e->filename2 != NULL
                ? wf_tuple_pack(5, WF_TUPLE_GET(args, 0), WF_TUPLE_GET(args, 1), e->filename,
                                WF_NONE, e->filename2)
                : wf_tuple_pack(3, WF_TUPLE_GET(args, 0), WF_TUPLE_GET(args, 1), e->filename);
        if (full == NULL) {
            return NULL;
        }
        wf_object_t *r = reduce_with(self, full, e->dict);
        WF_DECREF(full);
        return r;
    }
    return reduce_with(self, args, e->dict);
}

static wf_object_t *os_get_written(wf_object_t *self, void *closure) {
    wf_exc_os_t *e = (wf_exc_os_t *)self;
    if (e->written == -1) {
        return wf_err_set_string(&wf_exc_AttributeError, "characters_written");
    }
    return wf_int_from_ssize(e->written);
}

static int os_set_written(wf_object_t *self, wf_object_t *value, void *closure) {
    wf_exc_os_t *e = (wf_exc_os_t *)self;
    if (value == NULL) {
        if (e->written == -1) {
            return wf_err_format_int(&wf_exc_AttributeError, "characters_written");
        }
        e->written = -1;
        return 0;
    }
    wf_ssize_t w = wf_as_ssize(value, &wf_exc_ValueError);
    if (w == -1 && wf_err_occurred()) {
        return -1;
    }
    e->written = w;
    return 0;
}

static wf_method_def_t os_methods[] = {
    {"__reduce__", {.noargs = os_reduce}, WF_METH_NOARGS, NULL},
    {0},
};

static wf_member_def_t os_members[] = {
    {"errno", WF_MEMBER_OBJECT, offsetof(wf_exc_os_t, myerrno), 0, "POSIX exception code"},
    {"strerror", WF_MEMBER_OBJECT, offsetof(wf_exc_os_t, strerror), 0, "exception strerror"},
    {"filename", WF_MEMBER_OBJECT, offsetof(wf_exc_os_t, filename), 0, "exception filename"},
    {"filename2", WF_MEMBER_OBJECT, offsetof(wf_exc_os_t, filename2), 0,
     "second exception filename"},
    {0},
};

static wf_getset_def_t os_getsets[] = {
    {"characters_written", os_get_written, os_set_written, NULL, NULL},
    {0},
};

// ---------------------------------------------------------------------------------------
// SyntaxError.

static int syntax_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    if (base_init(self, args, kwargs) < 0) {
        return -1;
    }
    wf_exc_syntax_t *e = (wf_exc_syntax_t *)self;
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (n >= 1) {
        set_field(&e->msg, WF_TUPLE_GET(args, 0));
    }
    if (n != 2) {
        return 0;
    }
    // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
    wf_object_t *info = wf_sequence_tuple(WF_TUPLE_GET(args, 1));
    if (info == NULL) {
        return -1;
    }
    wf_ssize_t m = WF_TUPLE_SIZE(info);
    if (m < 4 || m > 6) {
        WF_DECREF(info);
        return wf_err_format_int(&wf_exc_TypeError, "function takes at %s %d arguments (%zd given)",
                                 m < 4 ? "least" : "most", m < 4 ? 4 : 6, m);
    }
    wf_object_t **fields[] = {&e->filename, &e->lineno,     &e->offset,
                              &e->text,     &e->end_lineno, &e->end_offset};
    for (wf_ssize_t i = 0; i < m; i++) {
        set_field(fields[i], WF_TUPLE_GET(info, i));
    }
    WF_DECREF(info);
    return 0;
}

// The part of a path after the last '/'.
static wf_object_t *path_basename(wf_object_t *path) {
    wf_ssize_t n = WF_STR_LEN(path), i = n;
    while (i > 0 && wf_str_char(path, i - 1) != '/') {
        i--;
    }
    return i == 0 ? wf_newref(path) : wf_str_substring(path, i, n);
}

static wf_object_t *syntax_str(wf_object_t *self) {
    wf_exc_syntax_t *e = (wf_exc_syntax_t *)self;
    wf_object_t *msg = none_if_null(e->msg);
    int have_file = e->filename != NULL && WF_STR_CHECK(e->filename);
    int64_t line = 0;
    int have_line = e->lineno != NULL && WF_INT_CHECK_EXACT(e->lineno) &&
                    wf_int_to_i64_if_fits(e->lineno, &line);
    if (!have_file && !have_line) {
        return wf_str(msg);
    }
    if (!have_file) {
        return wf_str_from_format("%S (line %lld)", msg, (long long)line);
    }
    wf_object_t *base = path_basename(e->filename);
    if (base == NULL) {
        return NULL;
    }
    wf_object_t *r = have_line
                         ? wf_str_from_format("%S (%U, line %lld)", msg, base, (long long)line)
                         : wf_str_from_format("%S (%U)", msg, base);
    WF_DECREF(base);
    return r;
}

static wf_member_def_t syntax_members[] = {
    {"msg", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, msg), 0, "exception msg"},
    {"filename", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, filename), 0, "exception filename"},
    {"lineno", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, lineno), 0, "exception lineno"},
    {"offset", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, offset), 0, "exception offset"},
    {"text", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, text), 0, "exception text"},
    {"end_lineno", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, end_lineno), 0,
     "exception end lineno"},
    {"end_offset", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, end_offset), 0,
     "exception end offset"},
    {"print_file_and_line", WF_MEMBER_OBJECT, offsetof(wf_exc_syntax_t, print_file_and_line), 0,
     "exception print_file_and_line"},
    {0},
};

// ---------------------------------------------------------------------------------------
// UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError.

static int expect_nargs(wf_object_t *args, wf_ssize_t n) {
    wf_ssize_t got = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (got != n) {
        return wf_err_format_int(&wf_exc_TypeError,
                                 "function takes exactly %zd arguments (%zd given)", n, got);
    }
    return 0;
}

static int expect_str(wf_object_t *o, int pos) {
    if (!WF_STR_CHECK(o)) {
        return wf_err_format_int(&wf_exc_TypeError, "argument %d must be str, not %T", pos, o);
    }
    return 0;
}

// Store start, end and reason (args[first], args[first+1], args[first+2]).
static int unicode_fill_range(wf_exc_unicode_t *e, wf_object_t *args, int first) {
    wf_object_t *start = wf_index(WF_TUPLE_GET(args, first));
    if (start == NULL) {
        return -1;
    }
    wf_object_t *end = wf_index(WF_TUPLE_GET(args, first + 1));
    if (end == NULL) {
        WF_DECREF(start);
        return -1;
    }
    wf_object_t *reason = WF_TUPLE_GET(args, first + 2);
    if (expect_str(reason, first + 3) < 0) {
        WF_DECREF(start);
        WF_DECREF(end);
        return -1;
    }
    WF_SETREF(e->start, start);
    WF_SETREF(e->end, end);
    set_field(&e->reason, reason);
    return 0;
}

static int unicode_encode_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    if (base_init(self, args, kwargs) < 0 || expect_nargs(args, 5) < 0 ||
        expect_str(WF_TUPLE_GET(args, 0), 1) < 0 || expect_str(WF_TUPLE_GET(args, 1), 2) < 0 ||
        unicode_fill_range(e, args, 2) < 0) {
        return -1;
    }
    set_field(&e->encoding, WF_TUPLE_GET(args, 0));
    set_field(&e->object, WF_TUPLE_GET(args, 1));
    return 0;
}

static int unicode_decode_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    if (base_init(self, args, kwargs) < 0 || expect_nargs(args, 5) < 0 ||
        expect_str(WF_TUPLE_GET(args, 0), 1) < 0) {
        return -1;
    }
    wf_object_t *obj = WF_TUPLE_GET(args, 1);
    if (WF_BYTES_CHECK(obj)) {
        obj = wf_newref(obj);
    } else if (WF_BYTEARRAY_CHECK(obj)) {
        obj = wf_bytes_from(((wf_bytearray_t *)obj)->data, WF_SIZE(obj));
        if (obj == NULL) {
            return -1;
        }
    } else {
        return wf_err_format_int(&wf_exc_TypeError, "a bytes-like object is required, not '%T'",
                                 obj);
    }
    if (unicode_fill_range(e, args, 2) < 0) {
        WF_DECREF(obj);
        return -1;
    }
    set_field(&e->encoding, WF_TUPLE_GET(args, 0));
    WF_SETREF(e->object, obj);
    return 0;
}

static int unicode_translate_init(wf_object_t *self, wf_object_t *args, wf_object_t *kwargs) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    if (base_init(self, args, kwargs) < 0 || expect_nargs(args, 4) < 0 ||
        expect_str(WF_TUPLE_GET(args, 0), 1) < 0 || unicode_fill_range(e, args, 1) < 0) {
        return -1;
    }
    set_field(&e->object, WF_TUPLE_GET(args, 0));
    return 0;
}

// The pieces every Unicode error message needs; 0 when the instance was never initialised
// (its str is then empty), 1 when filled, -1 on error. *reason and *encoding are new
// references (*encoding only if want_encoding).
static int unicode_parts(wf_object_t *self, int want_encoding, wf_object_t **encoding,
                         wf_object_t **reason, wf_ssize_t *start, wf_ssize_t *end) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    if (e->object == NULL || e->start == NULL || e->end == NULL || e->reason == NULL ||
        (want_encoding && e->encoding == NULL)) {
        return 0;
    }
    *start = wf_as_ssize(e->start, NULL);
    if (*start == -1 && wf_err_occurred()) {
        return -1;
    }
    *end = wf_as_ssize(e->end, NULL);
    if (*end == -1 && wf_err_occurred()) {
        return -1;
    }
    *reason = wf_str(e->reason);
    if (*reason == NULL) {
        return -1;
    }
    if (want_encoding) {
        *encoding = wf_str(e->encoding);
        if (*encoding == NULL) {
            WF_DECREF(*reason);
            return -1;
        }
    }
    return 1;
}

// The escape CPython prints for one bad character: \xNN, \uNNNN or \UNNNNNNNN.
static void char_escape(uint32_t c, char *buf, size_t n) {
    if (c <= 0xff) {
        snprintf(buf, n, "\\x%02x", (unsigned)c);
    } else if (c <= 0xffff) {
        snprintf(buf, n, "\\u%04x", (unsigned)c);
    } else {
        snprintf(buf, n, "\\U%08x", (unsigned)c);
    }
}

static wf_object_t *unicode_encode_str(wf_object_t *self) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    wf_object_t *enc = NULL, *reason = NULL;
    wf_ssize_t start, end;
    int r = unicode_parts(self, 1, &enc, &reason, &start, &end);
    if (r <= 0) {
        return r < 0 ? NULL : wf_str_empty();
    }
    wf_object_t *res;
    if (WF_STR_CHECK(e->object) && start >= 0 && start < WF_STR_LEN(e->object) &&
        end == start + 1) {
        char esc[16];
        char_escape(wf_str_char(e->object, start), esc, sizeof(esc));
        res = wf_str_from_format("'%U' codec can't encode character '%s' in position %zd: %U", enc,
                                 esc, start, reason);
    } else {
        res = wf_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U", enc,
                                 start, end - 1, reason);
    }
    WF_DECREF(enc);
    WF_DECREF(reason);
    return res;
}

static wf_object_t *unicode_decode_str(wf_object_t *self) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    wf_object_t *enc = NULL, *reason = NULL;
    wf_ssize_t start, end;
    int r = unicode_parts(self, 1, &enc, &reason, &start, &end);
    if (r <= 0) {
        return r < 0 ? NULL : wf_str_empty();
    }
    wf_object_t *res;
    if (WF_BYTES_CHECK(e->object) && start >= 0 && start < WF_BYTES_LEN(e->object) &&
        end == start + 1) {
        char hex[8];
        snprintf(hex, sizeof(hex), "%02x", (unsigned)(uint8_t)WF_BYTES_DATA(e->object)[start]);
        res = wf_str_from_format("'%U' codec can't decode byte 0x%s in position %zd: %U", enc, hex,
                                 start, reason);
    } else {
        res = wf_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc,
                                 start, end - 1, reason);
    }
    WF_DECREF(enc);
    WF_DECREF(reason);
    return res;
}

static wf_object_t *unicode_translate_str(wf_object_t *self) {
    wf_exc_unicode_t *e = (wf_exc_unicode_t *)self;
    wf_object_t *reason = NULL;
    wf_ssize_t start, end;
    int r = unicode_parts(self, 0, NULL, &reason, &start, &end);
    if (r <= 0) {
        return r < 0 ? NULL : wf_str_empty();
    }
    wf_object_t *res;
    if (WF_STR_CHECK(e->object) && start >= 0 && start < WF_STR_LEN(e->object) &&
        end == start + 1) {
        char esc[16];
        char_escape(wf_str_char(e->object, start), esc, sizeof(esc));
        res = wf_str_from_format("can't translate character '%s' in position %zd: %U", esc, start,
                                 reason);
    } else {
        res = wf_str_from_format("can't translate characters in position %zd-%zd: %U", start,
                                 end - 1, reason);
    }
    WF_DECREF(reason);
    return res;
}

static wf_member_def_t unicode_members[] = {
    {"encoding", WF_MEMBER_OBJECT, offsetof(wf_exc_unicode_t, encoding), 0, "exception encoding"},
    {"object", WF_MEMBER_OBJECT, offsetof(wf_exc_unicode_t, object), 0, "exception object"},
    {"start", WF_MEMBER_OBJECT, offsetof(wf_exc_unicode_t, start), 0, "exception start"},
    {"end", WF_MEMBER_OBJECT, offsetof(wf_exc_unicode_t, end), 0, "exception end"},
    {"reason", WF_MEMBER_OBJECT, offsetof(wf_exc_unicode_t, reason), 0, "exception reason"},
    {0},
};

// ---------------------------------------------------------------------------------------
// BaseExceptionGroup and ExceptionGroup (construction, message, exceptions, str, derive).
// The message and the exceptions are kept in args, as given: (message, exceptions).

static wf_object_t *group_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_ssize_t n = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    if (n != 2) {
        return wf_err_format(&wf_exc_TypeError,
                             "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                             n);
    }
    wf_object_t *message = WF_TUPLE_GET(args, 0), *excs = WF_TUPLE_GET(args, 1);
    if (!WF_STR_CHECK(message)) {
        return wf_err_format(&wf_exc_TypeError,
                             "BaseExceptionGroup.__new__() argument 1 must be str, not %T",
                             message);
    }
    if (!(WF_LIST_CHECK(excs) || WF_TUPLE_CHECK(excs)) &&
        (WF_TYPE(excs)->getitem == NULL || WF_DICT_CHECK(excs))) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "second argument (exceptions) must be a sequence");
    }
    wf_object_t *items = wf_sequence_tuple(excs);
    if (items == NULL) {
        return NULL;
    }
    wf_ssize_t count = WF_TUPLE_SIZE(items);
    int nested_base = 0;
    for (wf_ssize_t i = 0; i < count; i++) {
        wf_object_t *x = WF_TUPLE_GET(items, i);
        if (!WF_EXC_CHECK(x)) {
            WF_DECREF(items);
            return wf_err_format(&wf_exc_ValueError,
                                 "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!wf_type_is_subtype(WF_TYPE(x), &wf_exc_Exception)) {
            nested_base = 1;
        }
    }
    WF_DECREF(items);
    if (count == 0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "second argument (exceptions) must be a non-empty sequence");
    }
    if (type == &wf_exc_BaseExceptionGroup) {
        if (!nested_base) {
            type = &wf_exc_ExceptionGroup; // only Exceptions inside: an ExceptionGroup
        }
    } else if (type == &wf_exc_ExceptionGroup) {
        if (nested_base) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (nested_base && wf_type_is_subtype(type, &wf_exc_Exception)) {
        return wf_err_format(&wf_exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                             wf_type_short_name(type));
    }
    if (no_keywords(type, kwargs) < 0) {
        return NULL;
    }
    return base_new(type, args, kwargs);
}

static wf_object_t *group_message(wf_object_t *self) {
    wf_object_t *args = exc_args(self);
    return WF_TUPLE_SIZE(args) >= 1 ? WF_TUPLE_GET(args, 0) : WF_NONE;
}

static wf_object_t *group_get_message(wf_object_t *self, void *closure) {
    return wf_newref(group_message(self));
}

static wf_object_t *group_get_exceptions(wf_object_t *self, void *closure) {
    wf_object_t *args = exc_args(self);
    if (WF_TUPLE_SIZE(args) < 2) {
        return wf_tuple_new(0);
    }
    return wf_sequence_tuple(WF_TUPLE_GET(args, 1));
}

static wf_object_t *group_str(wf_object_t *self) {
    wf_object_t *excs = group_get_exceptions(self, NULL);
    if (excs == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_TUPLE_SIZE(excs);
    WF_DECREF(excs);
    return wf_str_from_format("%S (%zd sub-exception%s)", group_message(self), n, n > 1 ? "s" : "");
}

static wf_object_t *group_derive(wf_object_t *self, wf_object_t *excs) {
    wf_object_t *args[2] = {group_message(self), excs};
    return wf_vectorcall(WF_OBJ(&wf_exc_BaseExceptionGroup), args, 2, NULL);
}

// ---- split and subgroup ----

// What a split condition is: exception types (one or a tuple), or a predicate.
typedef enum { COND_TYPES, COND_PREDICATE } cond_kind_t;

static int cond_kind(wf_object_t *cond, cond_kind_t *kind) {
    int types = 0;
    if (WF_TYPE_CHECK(cond)) {
        types = wf_type_is_subtype((wf_type_t *)cond, &wf_exc_BaseException);
    } else if (WF_TUPLE_CHECK(cond)) {
        types = 1;
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(cond); i++) {
            wf_object_t *t = WF_TUPLE_GET(cond, i);
            if (!WF_TYPE_CHECK(t) || !wf_type_is_subtype((wf_type_t *)t, &wf_exc_BaseException)) {
                types = 0;
            }
        }
    }
    if (types) {
        *kind = COND_TYPES;
        return 0;
    }
    if (!WF_TYPE_CHECK(cond) && wf_callable(cond)) {
        *kind = COND_PREDICATE;
        return 0;
    }
    wf_err_set_string(&wf_exc_TypeError,
                      "expected an exception type, a tuple of exception types, or a callable "
                      "(other than a class)");
    return -1;
}

static int cond_matches(wf_object_t *exc, wf_object_t *cond, cond_kind_t kind) {
    if (kind == COND_TYPES) {
        return wf_err_given_matches(exc, cond);
    }
    wf_object_t *r = wf_vectorcall(cond, &exc, 1, NULL);
    if (r == NULL) {
        return -1;
    }
    int t = wf_truthy(r);
    WF_DECREF(r);
    return t;
}

wf_object_t *wf_exc_group_subset(wf_object_t *orig, wf_object_t *excs) {
    if (WF_LIST_SIZE(excs) == 0) {
        return wf_newref(WF_NONE);
    }
    wf_object_t *eg = wf_call_method_cstr(orig, "derive", &excs, 1);
    if (eg == NULL) {
        return NULL;
    }
    if (!wf_type_check(eg, &wf_exc_BaseExceptionGroup)) {
        WF_DECREF(eg);
        return wf_err_set_string(&wf_exc_TypeError,
                                 "derive must return an instance of BaseExceptionGroup");
    }
    wf_exc_base_t *o = (wf_exc_base_t *)orig;
    wf_exc_set_traceback(eg, wf_xnewref(o->traceback));
    wf_exc_set_cause(eg, wf_xnewref(o->cause));
    ((wf_exc_base_t *)eg)->suppress_context = o->suppress_context;
    wf_exc_set_context(eg, wf_xnewref(o->context));
    wf_object_t *notes = NULL;
    if (wf_getattr_opt(orig, wf_str_intern_cstr("__notes__"), &notes) < 0) {
        WF_DECREF(eg);
        return NULL;
    }
    if (notes != NULL) {
        wf_object_t *copy = WF_LIST_CHECK(notes) || WF_TUPLE_CHECK(notes) ? wf_sequence_list(notes)
                                                                          : wf_newref(notes);
        int r = copy != NULL ? wf_setattr(eg, wf_str_intern_cstr("__notes__"), copy) : -1;
        WF_XDECREF(copy);
        WF_DECREF(notes);
        if (r < 0) {
            WF_DECREF(eg);
            return NULL;
        }
    }
    return eg;
}

static int split_rec(wf_object_t *exc, wf_object_t *cond, cond_kind_t kind, int want_rest,
                     wf_object_t **match, wf_object_t **rest) {
    *match = *rest = NULL;
    int m = cond_matches(exc, cond, kind);
    if (m < 0) {
        return -1;
    }
    if (m) {
        *match = wf_newref(exc);
        *rest = wf_newref(WF_NONE);
        return 0;
    }
    if (!wf_type_check(exc, &wf_exc_BaseExceptionGroup)) {
        *match = wf_newref(WF_NONE);
        *rest = wf_newref(want_rest ? exc : WF_NONE);
        return 0;
    }
    if (wf_enter_recursive_call(" in split()") < 0) {
        return -1;
    }
    wf_object_t *excs = group_get_exceptions(exc, NULL);
    wf_object_t *ml = wf_list_new(0), *rl = wf_list_new(0);
    int rc = excs != NULL && ml != NULL && rl != NULL ? 0 : -1;
    for (wf_ssize_t i = 0; rc == 0 && i < WF_TUPLE_SIZE(excs); i++) {
        wf_object_t *sm = NULL, *sr = NULL;
        rc = split_rec(WF_TUPLE_GET(excs, i), cond, kind, want_rest, &sm, &sr);
        if (rc == 0 && sm != WF_NONE) {
            rc = wf_list_append(ml, sm);
        }
        if (rc == 0 && sr != WF_NONE) {
            rc = wf_list_append(rl, sr);
        }
        WF_XDECREF(sm);
        WF_XDECREF(sr);
    }
    wf_leave_recursive_call();
    if (rc == 0) {
        *match = wf_exc_group_subset(exc, ml);
        *rest = *match == NULL ? NULL : want_rest ? wf_exc_group_subset(exc, rl)
                                                  : wf_newref(WF_NONE);
        if (*rest == NULL) {
            WF_CLEAR(*match);
            rc = -1;
        }
    }
    WF_XDECREF(excs);
    WF_XDECREF(ml);
    WF_XDECREF(rl);
    return rc;
}

int wf_exc_group_split(wf_object_t *exc, wf_object_t *cond, int want_rest, wf_object_t **match,
                       wf_object_t **rest) {
    cond_kind_t kind;
    if (cond_kind(cond, &kind) < 0) {
        return -1;
    }
    return split_rec(exc, cond, kind, want_rest, match, rest);
}

static wf_object_t *group_split(wf_object_t *self, wf_object_t *cond) {
    wf_object_t *match, *rest;
    if (wf_exc_group_split(self, cond, 1, &match, &rest) < 0) {
        return NULL;
    }
    wf_object_t *r = wf_tuple_pack(2, match, rest);
    WF_DECREF(match);
    WF_DECREF(rest);
    return r;
}

static wf_object_t *group_subgroup(wf_object_t *self, wf_object_t *cond) {
    wf_object_t *match, *rest;
    if (wf_exc_group_split(self, cond, 0, &match, &rest) < 0) {
        return NULL;
    }
    WF_DECREF(rest);
    return match;
}

static wf_method_def_t group_methods[] = {
    {"derive", {.o = group_derive}, WF_METH_O, NULL},
    {"split", {.o = group_split}, WF_METH_O, NULL},
    {"subgroup", {.o = group_subgroup}, WF_METH_O, NULL},
    {"__class_getitem__", {.o = wf_generic_alias_class_getitem}, WF_METH_O | WF_METH_CLASS,
     "See PEP 585"},
    {0},
};

static wf_getset_def_t group_getsets[] = {
    {"message", group_get_message, NULL, "exception message", NULL},
    {"exceptions", group_get_exceptions, NULL, "nested exceptions", NULL},
    {0},
};

// ---------------------------------------------------------------------------------------
// The type objects.

// ExceptionGroup derives from both BaseExceptionGroup and Exception (the .def names its
// layout parent, Exception). A static immortal tuple laid out as wf_tuple_t gives the type
// machinery both bases before the type is made ready.
typedef struct {
    WF_VAROBJECT_HEAD
    wf_hash_t hash;
    wf_object_t *items[2];
} static_pair_t;
static static_pair_t exception_group_bases = {
    .ob_base = WF_STATIC_VARHEAD(&wf_tuple_type, 2),
    .hash = -1,
    .items = {WF_OBJ(&wf_exc_BaseExceptionGroup), WF_OBJ(&wf_exc_Exception)},
};
_Static_assert(offsetof(wf_tuple_t, items) == offsetof(static_pair_t, items),
               "static tuple layout");

// Layout slots by instance struct.
#define EXC_KIND_wf_exc_base_t base_dealloc, base_traverse, base_clear
#define EXC_KIND_wf_exc_system_exit_t sysexit_dealloc, sysexit_traverse, sysexit_clear
#define EXC_KIND_wf_exc_stop_iteration_t stopiter_dealloc, stopiter_traverse, stopiter_clear
#define EXC_KIND_wf_exc_attribute_t attribute_dealloc, attribute_traverse, attribute_clear
#define EXC_KIND_wf_exc_name_t name_dealloc, name_traverse, name_clear
#define EXC_KIND_wf_exc_import_t import_dealloc, import_traverse, import_clear
#define EXC_KIND_wf_exc_os_t os_dealloc, os_traverse, os_clear
#define EXC_KIND_wf_exc_syntax_t syntax_dealloc, syntax_traverse, syntax_clear
#define EXC_KIND_wf_exc_unicode_t unicode_dealloc, unicode_traverse, unicode_clear
#define EXC_LAYOUT(st) EXC_LAYOUT1(EXC_KIND_##st)
#define EXC_LAYOUT1(...) EXC_LAYOUT2(__VA_ARGS__)
#define EXC_LAYOUT2(d, t, c) .dealloc = d, .traverse = t, .clear = c

// Per-class behaviour. EXC_OVERRIDE_<Name> is `~, (designated initialisers)`; a class
// without one expands to nothing and inherits everything from its parent. (EXC_PICK
// takes the second element of the expansion: an undefined EXC_OVERRIDE_<Name> stays a
// single token, so the default `()` is picked instead.)
#define EXC_OVERRIDE_BaseException                                                                 \
    ~, (.new = base_new, .init = base_init, .repr = base_repr, .str = base_str,                    \
        .methods = base_methods, .getsets = base_getsets, .members = base_members,                 \
        .doc = "Common base class for all exceptions")
#define EXC_OVERRIDE_BaseExceptionGroup                                                            \
    ~, (.new = group_new, .str = group_str, .methods = group_methods, .getsets = group_getsets)
#define EXC_OVERRIDE_ExceptionGroup                                                                \
    ~, (.new = group_new, .str = group_str, .bases = WF_OBJ(&exception_group_bases))
#define EXC_OVERRIDE_SystemExit ~, (.init = sysexit_init, .members = sysexit_members)
#define EXC_OVERRIDE_StopIteration ~, (.init = stopiter_init, .members = stopiter_members)
#define EXC_OVERRIDE_AttributeError ~, (.init = attribute_init, .members = attribute_members, .methods = attribute_methods)
#define EXC_OVERRIDE_NameError ~, (.init = name_init, .members = name_members)
#define EXC_OVERRIDE_ImportError                                                                   \
    ~, (.init = import_init, .str = import_str, .methods = import_methods,                         \
        .members = import_members)
#define EXC_OVERRIDE_KeyError ~, (.str = keyerror_str)
#define EXC_OVERRIDE_OSError                                                                       \
    ~, (.new = os_new, .init = os_init, .str = os_str, .methods = os_methods,                      \
        .members = os_members, .getsets = os_getsets)
#define EXC_OVERRIDE_SyntaxError                                                                   \
    ~, (.init = syntax_init, .str = syntax_str, .members = syntax_members)
#define EXC_OVERRIDE_UnicodeEncodeError                                                            \
    ~, (.init = unicode_encode_init, .str = unicode_encode_str, .members = unicode_members)
#define EXC_OVERRIDE_UnicodeDecodeError                                                            \
    ~, (.init = unicode_decode_init, .str = unicode_decode_str, .members = unicode_members)
#define EXC_OVERRIDE_UnicodeTranslateError                                                         \
    ~, (.init = unicode_translate_init, .str = unicode_translate_str, .members = unicode_members)
#define EXC_PICK(c) EXC_PICK1(EXC_OVERRIDE_##c, ())
#define EXC_PICK1(...) EXC_PICK2(__VA_ARGS__)
#define EXC_PICK2(probe, slots, ...) EXC_STRIP slots
#define EXC_STRIP(...) __VA_ARGS__

// BaseException's parent in the .def is itself; its real base is object (NULL). Same
// probe as EXC_PICK.
#define EXC_ROOT_BaseException ~, NULL
#define EXC_BASE(c, parent) EXC_BASE1(EXC_ROOT_##c, &wf_exc_##parent)
#define EXC_BASE1(...) EXC_BASE2(__VA_ARGS__)
#define EXC_BASE2(probe, base, ...) base

#define WF_EXC(c, py, parent, st)                                                                  \
    wf_type_t wf_exc_##c = {.ob_base = WF_STATIC_HEAD(&wf_type_type),                              \
                            .name = py,                                                            \
                            .basicsize = sizeof(st),                                               \
                            .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAVE_GC |                    \
                                     WF_TPFLAGS_BASE_EXC_SUBCLASS | WF_TPFLAGS_IMMUTABLETYPE,      \
                            .base = EXC_BASE(c, parent),                                           \
                            .dictoffset = offsetof(st, dict),                                      \
                            EXC_LAYOUT(st),                                                        \
                            EXC_PICK(c)};
#include "objects/exceptions.def"
#undef WF_EXC

// ---------------------------------------------------------------------------------------
// C API.

wf_object_t *wf_exc_new(wf_type_t *type, wf_object_t *args_tuple) {
    wf_object_t *args = args_tuple != NULL ? args_tuple : wf_tuple_new(0);
    if (WF_TYPE_HAS_FLAG(type, WF_TPFLAGS_HEAPTYPE) || WF_TYPE(type) != &wf_type_type) {
        // Python classes: their __new__/__init__ (and metaclass) decide.
        return wf_call(WF_OBJ(type), args, NULL);
    }
    wf_newfunc new = effective_new(type);
    if (new == NULL) {
        return wf_err_format(&wf_exc_TypeError, "cannot create '%s' instances",
                             wf_type_short_name(type));
    }
    wf_object_t *self = new (type, args, NULL);
    if (self == NULL || !wf_type_is_subtype(WF_TYPE(self), type)) {
        return self;
    }
    wf_initfunc init = effective_init(WF_TYPE(self));
    if (init != NULL && init(self, args, NULL) < 0) {
        WF_DECREF(self);
        return NULL;
    }
    return self;
}

wf_object_t *wf_exc_get_traceback(wf_object_t *exc) {
    return EXC(exc)->traceback;
}

void wf_exc_set_traceback(wf_object_t *exc, wf_object_t *tb) {
    if (tb == WF_NONE) {
        tb = NULL; // None is immortal: nothing to release
    }
    WF_SETREF(EXC(exc)->traceback, tb);
}

void wf_exc_set_context(wf_object_t *exc, wf_object_t *ctx) {
    if (ctx == WF_NONE) {
        ctx = NULL;
    }
    WF_SETREF(EXC(exc)->context, ctx);
}

void wf_exc_set_cause(wf_object_t *exc, wf_object_t *cause) {
    if (cause == WF_NONE) {
        cause = NULL;
    }
    EXC(exc)->suppress_context = 1;
    WF_SETREF(EXC(exc)->cause, cause);
}
