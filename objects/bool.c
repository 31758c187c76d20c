// bool: the int subclass with exactly two immortal instances, True and False.
//
// Everything but repr, the constructor, the bitwise operators (which keep bools bool)
// and ~ (deprecated on bools) is inherited from int; the instances share int's layout.
#include "objects/int_impl.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

wf_int_t wf_true_struct = {.ob_base = WF_STATIC_HEAD(&wf_bool_type), .ndigits = 0, .u = {.small = 1}};
wf_int_t wf_false_struct = {.ob_base = WF_STATIC_HEAD(&wf_bool_type), .ndigits = 0, .u = {.small = 0}};

static wf_object_t *bool_repr(wf_object_t *o) {
    // Interned strings are immortal, so caching them needs no reference management.
    static wf_object_t *names[2];
    int v = o == WF_TRUE;
    if (names[v] == NULL) {
        names[v] = wf_str_intern_cstr(v ? "True" : "False");
        if (names[v] == NULL) {
            return NULL;
        }
    }
    return wf_newref(names[v]);
}

static wf_object_t *bool_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if (kwargs != NULL && wf_dict_size(kwargs) > 0) {
        return wf_err_set_string(&wf_exc_TypeError, "bool() takes no keyword arguments");
    }
    wf_ssize_t nargs = args == NULL ? 0 : WF_TUPLE_SIZE(args);
    if (nargs > 1) {
        return wf_err_format(&wf_exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    }
    if (nargs == 0) {
        return WF_FALSE;
    }
    int t = wf_truthy(WF_TUPLE_GET(args, 0));
    if (t < 0) {
        return NULL;
    }
    return wf_bool_from(t);
}

static wf_object_t *bool_and(wf_object_t *a, wf_object_t *b) {
    if (WF_BOOL_CHECK(a) && WF_BOOL_CHECK(b)) {
        return wf_bool_from(a == WF_TRUE && b == WF_TRUE);
    }
    if (!WF_INT_CHECK(a) || !WF_INT_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_int_and(a, b);
}

static wf_object_t *bool_or(wf_object_t *a, wf_object_t *b) {
    if (WF_BOOL_CHECK(a) && WF_BOOL_CHECK(b)) {
        return wf_bool_from(a == WF_TRUE || b == WF_TRUE);
    }
    if (!WF_INT_CHECK(a) || !WF_INT_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_int_or(a, b);
}

static wf_object_t *bool_xor(wf_object_t *a, wf_object_t *b) {
    if (WF_BOOL_CHECK(a) && WF_BOOL_CHECK(b)) {
        return wf_bool_from((a == WF_TRUE) != (b == WF_TRUE));
    }
    if (!WF_INT_CHECK(a) || !WF_INT_CHECK(b)) {
        WF_RETURN_NOTIMPLEMENTED;
    }
    return wf_int_xor(a, b);
}

static wf_object_t *bool_invert(wf_object_t *a) {
    if (wf_err_warn(&wf_exc_DeprecationWarning,
                    "Bitwise inversion '~' on bool is deprecated and will be removed in "
                    "Python 3.16. This returns the bitwise inversion of the underlying int "
                    "object and is usually not what you expect from negating a bool. Use the "
                    "'not' operator for boolean negation or ~int(x) if you really want the "
                    "bitwise inversion of the underlying int.",
                    1) < 0) {
        return NULL;
    }
    return wf_int_invert(a);
}

static int bool_bool(wf_object_t *a) {
    return a == WF_TRUE;
}

// Instances are immortal; this only runs if something is badly wrong.
static void bool_dealloc(wf_object_t *o) {
    wf_fatal("deallocating a bool");
}

wf_type_t wf_bool_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "bool",
    .basicsize = sizeof(wf_int_t),
    .flags = WF_TPFLAGS_INT_SUBCLASS | WF_TPFLAGS_IMMUTABLETYPE,
    .doc = "Returns True when the argument is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = bool_dealloc,
    .new = bool_new,
    .repr = bool_repr,
    .binop = {
        [WF_BINOP_AND] = bool_and,
        [WF_BINOP_OR] = bool_or,
        [WF_BINOP_XOR] = bool_xor,
    },
    .invert = bool_invert,
    .nb_bool = bool_bool,
    .base = &wf_int_type,
};
