// Generic object protocols: text conversion, hashing, truth, comparison, attributes,
// operators, containers, iteration and type relations, dispatched through type slots
// with CPython 3.13's rules and error messages. Calls are in objects/call_abstract.c.
//
// Rules worth knowing:
// - Binary operators try the left operand's slot, then the right one's, except that a
//   right operand whose type is a proper subclass of the left's goes first (so a subclass
//   can override an operator of its base). Slots return WF_NOTIMPLEMENTED to decline.
//   In-place operators first try the left operand's in-place slot.
// - Rich comparison follows the same subclass-first rule with the reflected operator;
//   == and != fall back to identity, ordering raises TypeError.
// - Error messages name types by their `name` field (CPython's tp_name): the bare class
//   name for classes written in Python, "module.Name" for C types living in a module.
// - repr(), str() and comparisons go through the C recursion guard, so that deeply nested
//   or self-referencing data raises RecursionError instead of exhausting the C stack.
#include "objects/abstract.h"

#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"

#include <stdio.h>
#include <limits.h>
#include <string.h>

#define TNAME(o) (WF_TYPE(o)->name)

// ---------------------------------------------------------------------------------------
// Text.

wf_object_t *wf_repr(wf_object_t *o) {
    if (o == NULL) {
        return wf_str_from_cstr("<NULL>");
    }
    wf_type_t *t = WF_TYPE(o);
    if (t->repr == NULL) {
        return wf_str_from_format("<%s object at %p>", t->name, (void *)o);
    }
    if (wf_enter_recursive_call(" while getting the repr of an object") < 0) {
        return NULL;
    }
    wf_object_t *r = t->repr(o);
    wf_leave_recursive_call();
    if (r != NULL && !WF_STR_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__repr__ returned non-string (type %s)", TNAME(r));
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

wf_object_t *wf_str(wf_object_t *o) {
    if (o == NULL) {
        return wf_str_from_cstr("<NULL>");
    }
    if (WF_STR_CHECK_EXACT(o)) {
        return wf_newref(o);
    }
    wf_type_t *t = WF_TYPE(o);
    if (t->str == NULL) {
        return wf_repr(o);
    }
    if (wf_enter_recursive_call(" while getting the str of an object") < 0) {
        return NULL;
    }
    wf_object_t *r = t->str(o);
    wf_leave_recursive_call();
    if (r != NULL && !WF_STR_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__str__ returned non-string (type %s)", TNAME(r));
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

wf_object_t *wf_ascii(wf_object_t *o) {
    wf_object_t *r = wf_repr(o);
    if (r == NULL || WF_STR_KIND(r) == 1) {
        return r; // kind 1 is pure ASCII already
    }
    wf_ssize_t n = WF_STR_LEN(r);
    wf_strbuf_t sb;
    wf_strbuf_init(&sb);
    for (wf_ssize_t i = 0; i < n; i++) {
        uint32_t c = wf_str_char(r, i);
        if (c < 0x80) {
            wf_strbuf_append_char(&sb, c);
        } else if (c <= 0xff) {
            wf_strbuf_append_format(&sb, "\\x%02x", (unsigned)c);
        } else if (c <= 0xffff) {
            wf_strbuf_append_format(&sb, "\\u%04x", (unsigned)c);
        } else {
            wf_strbuf_append_format(&sb, "\\U%08x", (unsigned)c);
        }
    }
    WF_DECREF(r);
    return wf_strbuf_finish(&sb);
}

wf_object_t *wf_format(wf_object_t *o, wf_object_t *spec) {
    if (spec != NULL && !WF_STR_CHECK(spec)) {
        return wf_err_format(&wf_exc_SystemError, "Format specifier must be a string, not %s",
                             TNAME(spec));
    }
    int empty = spec == NULL || WF_STR_LEN(spec) == 0;
    if (empty) {
        // format(x) and f"{x}" of the commonest types skip the method call.
        if (WF_STR_CHECK_EXACT(o)) {
            return wf_newref(o);
        }
        if (WF_INT_CHECK_EXACT(o)) {
            return wf_str(o);
        }
    }
    wf_object_t *s = spec != NULL ? wf_newref(spec) : wf_str_empty();
    wf_object_t *r = wf_call_special(o, WF_ID(__format__), &s, 1);
    WF_DECREF(s);
    if (r == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError, "Type %s doesn't define __format__", TNAME(o));
        }
        return NULL;
    }
    if (!WF_STR_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__format__ must return a str, not %s", TNAME(r));
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Hash and truth.

wf_hash_t wf_hash(wf_object_t *o) {
    wf_hashfunc h = WF_TYPE(o)->hash;
    if (h == NULL) {
        wf_err_format(&wf_exc_TypeError, "unhashable type: '%s'", TNAME(o));
        return -1;
    }
    return h(o);
}

int wf_truthy(wf_object_t *o) {
    if (o == WF_TRUE) {
        return 1;
    }
    if (o == WF_FALSE || o == WF_NONE) {
        return 0;
    }
    wf_type_t *t = WF_TYPE(o);
    if (t->nb_bool != NULL) {
        return t->nb_bool(o);
    }
    if (t->len != NULL) {
        wf_ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int wf_not(wf_object_t *o) {
    int r = wf_truthy(o);
    return r < 0 ? -1 : !r;
}

// ---------------------------------------------------------------------------------------
// Rich comparison.

static const int swapped_op[] = {WF_GT, WF_GE, WF_EQ, WF_NE, WF_LT, WF_LE};
static const char *const op_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

static wf_object_t *do_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    wf_type_t *ta = WF_TYPE(a), *tb = WF_TYPE(b);
    int reversed_tried = 0;
    wf_object_t *r;
    if (ta != tb && tb->richcompare != NULL && wf_type_is_subtype(tb, ta)) {
        reversed_tried = 1;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (ta->richcompare != NULL) {
        r = ta->richcompare(a, b, op);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (!reversed_tried && tb->richcompare != NULL) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    switch (op) {
        case WF_EQ:
            return wf_bool_from(a == b);
        case WF_NE:
            return wf_bool_from(a != b);
        default:
            return wf_err_format(&wf_exc_TypeError,
                                 "'%s' not supported between instances of '%s' and '%s'",
                                 op_symbols[op], ta->name, tb->name);
    }
}

wf_object_t *wf_richcompare(wf_object_t *a, wf_object_t *b, int op) {
    if (op < WF_LT || op > WF_GE) {
        return wf_err_bad_internal_call("wf_richcompare");
    }
    if (wf_enter_recursive_call(" in comparison") < 0) {
        return NULL;
    }
    wf_object_t *r = do_richcompare(a, b, op);
    wf_leave_recursive_call();
    return r;
}

int wf_richcompare_bool(wf_object_t *a, wf_object_t *b, int op) {
    // Identity implies equality (also for nan in containers), as CPython assumes.
    if (a == b) {
        if (op == WF_EQ) {
            return 1;
        }
        if (op == WF_NE) {
            return 0;
        }
    }
    wf_object_t *r = wf_richcompare(a, b, op);
    if (r == NULL) {
        return -1;
    }
    int v = r == WF_TRUE ? 1 : r == WF_FALSE ? 0 : wf_truthy(r);
    WF_DECREF(r);
    return v;
}

int wf_eq(wf_object_t *a, wf_object_t *b) {
    return wf_richcompare_bool(a, b, WF_EQ);
}

// ---------------------------------------------------------------------------------------
// Attributes.

static int check_attr_name(wf_object_t *name) {
    if (!WF_STR_CHECK(name)) {
        return wf_err_format_int(&wf_exc_TypeError, "attribute name must be string, not '%s'",
                                 TNAME(name));
    }
    return 0;
}

wf_object_t *wf_getattr(wf_object_t *o, wf_object_t *name) {
    if (check_attr_name(name) < 0) {
        return NULL;
    }
    wf_getattrofunc get = WF_TYPE(o)->getattro;
    return get != NULL ? get(o, name) : wf_object_generic_getattr(o, name);
}

wf_object_t *wf_getattr_cstr(wf_object_t *o, const char *name) {
    wf_object_t *n = wf_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_getattr(o, n);
    WF_DECREF(n);
    return r;
}

int wf_getattr_opt(wf_object_t *o, wf_object_t *name, wf_object_t **result) {
    *result = wf_getattr(o, name);
    if (*result != NULL) {
        return 1;
    }
    if (wf_err_matches(&wf_exc_AttributeError)) {
        wf_err_clear();
        return 0;
    }
    return -1;
}

int wf_hasattr(wf_object_t *o, wf_object_t *name) {
    wf_object_t *r;
    int found = wf_getattr_opt(o, name, &r);
    WF_XDECREF(r);
    return found;
}

int wf_setattr(wf_object_t *o, wf_object_t *name, wf_object_t *value) {
    if (check_attr_name(name) < 0) {
        return -1;
    }
    wf_setattrofunc set = WF_TYPE(o)->setattro;
    return set != NULL ? set(o, name, value) : wf_object_generic_setattr(o, name, value);
}

int wf_setattr_cstr(wf_object_t *o, const char *name, wf_object_t *value) {
    wf_object_t *n = wf_str_from_cstr(name);
    if (n == NULL) {
        return -1;
    }
    int r = wf_setattr(o, n, value);
    WF_DECREF(n);
    return r;
}

int wf_delattr(wf_object_t *o, wf_object_t *name) {
    return wf_setattr(o, name, NULL);
}

// ---------------------------------------------------------------------------------------
// Number operators.

static const char *const binop_symbols[] = {
#define WF_BINOP(id, sym, d, rd, id_, isym) sym,
#include "objects/binops.def"
#undef WF_BINOP
};
static const char *const inplace_symbols[] = {
#define WF_BINOP(id, sym, d, rd, id_, isym) isym,
#include "objects/binops.def"
#undef WF_BINOP
};
_Static_assert(sizeof(binop_symbols) / sizeof(binop_symbols[0]) == WF_BINOP_COUNT,
               "one symbol per operator");

// Both operands' slots for `op` in CPython's order; WF_NOTIMPLEMENTED when neither
// handles the pair.
static wf_object_t *binary_op1(wf_object_t *a, wf_object_t *b, wf_binop_t op) {
    wf_type_t *ta = WF_TYPE(a), *tb = WF_TYPE(b);
    wf_binaryfunc fa = ta->binop[op];
    wf_binaryfunc fb = tb != ta ? tb->binop[op] : NULL;
    if (fb == fa) {
        fb = NULL;
    }
    wf_object_t *r;
    if (fa != NULL) {
        if (fb != NULL && wf_type_is_subtype(tb, ta)) {
            r = fb(a, b);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
            fb = NULL;
        }
        r = fa(a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (fb != NULL) {
        return fb(a, b);
    }
    return WF_NOTIMPLEMENTED;
}

// The builtin sequences whose + and * CPython reports with their own messages.
static int is_concat_sequence(wf_object_t *o) {
    return WF_STR_CHECK(o) || WF_LIST_CHECK(o) || WF_TUPLE_CHECK(o) || WF_BYTES_CHECK(o) ||
           WF_BYTEARRAY_CHECK(o);
}

// The TypeError for an operator no operand supports.
static wf_object_t *binop_error(wf_object_t *a, wf_object_t *b, wf_binop_t op, int inplace) {
    if (op == WF_BINOP_ADD && is_concat_sequence(a)) {
        if (WF_BYTES_CHECK(a) || WF_BYTEARRAY_CHECK(a)) {
            return wf_err_format(&wf_exc_TypeError, "can't concat %s to %s", TNAME(b), TNAME(a));
        }
        return wf_err_format(&wf_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                             TNAME(a), TNAME(b), TNAME(a));
    }
    if (op == WF_BINOP_MUL && (is_concat_sequence(a) || is_concat_sequence(b))) {
        wf_object_t *count = is_concat_sequence(a) ? b : a;
        if (!wf_index_check(count)) {
            return wf_err_format(&wf_exc_TypeError,
                                 "can't multiply sequence by non-int of type '%s'", TNAME(count));
        }
    }
    const char *sym = inplace ? inplace_symbols[op] : binop_symbols[op];
    if (op == WF_BINOP_RSHIFT && !inplace && WF_TYPE(a) == &wf_cfunc_type &&
        strcmp(((wf_cfunc_t *)a)->def->name, "print") == 0) {
        return wf_err_format(&wf_exc_TypeError,
                             "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean "
                             "\"print(<message>, file=<output_stream>)\"?",
                             sym, TNAME(a), TNAME(b));
    }
    return wf_err_format(&wf_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         sym, TNAME(a), TNAME(b));
}

wf_object_t *wf_binary_op(wf_object_t *a, wf_object_t *b, wf_binop_t op) {
    wf_object_t *r = binary_op1(a, b, op);
    if (r == WF_NOTIMPLEMENTED) {
        return binop_error(a, b, op, 0);
    }
    return r;
}

wf_object_t *wf_inplace_op(wf_object_t *a, wf_object_t *b, wf_binop_t op) {
    wf_binaryfunc f = WF_TYPE(a)->inplace[op];
    if (f != NULL) {
        wf_object_t *r = f(a, b);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    wf_object_t *r = binary_op1(a, b, op);
    if (r == WF_NOTIMPLEMENTED) {
        return binop_error(a, b, op, 1);
    }
    return r;
}

wf_object_t *wf_power(wf_object_t *a, wf_object_t *b, wf_object_t *mod) {
    if (mod == NULL || mod == WF_NONE) {
        return wf_binary_op(a, b, WF_BINOP_POW);
    }
    // Three-argument pow: the first operand's slot, then the second's (first if it is a
    // subclass), then the modulus's.
    wf_type_t *ta = WF_TYPE(a), *tb = WF_TYPE(b), *tm = WF_TYPE(mod);
    wf_ternaryfunc fa = ta->pow3;
    wf_ternaryfunc fb = tb != ta ? tb->pow3 : NULL;
    if (fb == fa) {
        fb = NULL;
    }
    wf_object_t *r;
    if (fa != NULL) {
        if (fb != NULL && wf_type_is_subtype(tb, ta)) {
            r = fb(a, b, mod);
            if (r != WF_NOTIMPLEMENTED) {
                return r;
            }
            fb = NULL;
        }
        r = fa(a, b, mod);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (fb != NULL) {
        r = fb(a, b, mod);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    wf_ternaryfunc fm = tm->pow3;
    if (fm != NULL && fm != fa && fm != fb) {
        r = fm(a, b, mod);
        if (r != WF_NOTIMPLEMENTED) {
            return r;
        }
    }
    return wf_err_format(&wf_exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ta->name,
                         tb->name, tm->name);
}

static wf_object_t *unary(wf_object_t *o, wf_unaryfunc f, const char *what) {
    if (f == NULL) {
        return wf_err_format(&wf_exc_TypeError, "bad operand type for %s: '%s'", what, TNAME(o));
    }
    return f(o);
}

wf_object_t *wf_negative(wf_object_t *o) {
    return unary(o, WF_TYPE(o)->negative, "unary -");
}

wf_object_t *wf_positive(wf_object_t *o) {
    return unary(o, WF_TYPE(o)->positive, "unary +");
}

wf_object_t *wf_absolute(wf_object_t *o) {
    return unary(o, WF_TYPE(o)->absolute, "abs()");
}

wf_object_t *wf_invert(wf_object_t *o) {
    return unary(o, WF_TYPE(o)->invert, "unary ~");
}

int wf_index_check(wf_object_t *o) {
    return WF_INT_CHECK(o) || WF_TYPE(o)->nb_index != NULL;
}

wf_object_t *wf_index(wf_object_t *o) {
    if (WF_INT_CHECK_EXACT(o)) {
        return wf_newref(o);
    }
    if (WF_INT_CHECK(o)) {
        return wf_int_exact(o); // bool and int subclasses count as their int value
    }
    wf_unaryfunc f = WF_TYPE(o)->nb_index;
    if (f == NULL) {
        return wf_err_format(&wf_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             TNAME(o));
    }
    wf_object_t *r = f(o);
    if (r == NULL || WF_INT_CHECK_EXACT(r)) {
        return r;
    }
    if (!WF_INT_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__index__ returned non-int (type %s)", TNAME(r));
        WF_DECREF(r);
        return NULL;
    }
    // A strict int subclass: accepted with a warning, as CPython still does.
    char msg[400];
    snprintf(msg, sizeof(msg),
             "__index__ returned non-int (type %.200s).  The ability to return an instance of "
             "a strict subclass of int is deprecated, and may be removed in a future version "
             "of Python.",
             TNAME(r));
    if (wf_err_warn(&wf_exc_DeprecationWarning, msg, 1) < 0) {
        WF_DECREF(r);
        return NULL;
    }
    wf_object_t *exact = wf_int_exact(r);
    WF_DECREF(r);
    return exact;
}

int wf_as_c_int(wf_object_t *o, int *out) {
    wf_ssize_t v = wf_as_ssize(o, &wf_exc_OverflowError);
    if (v == -1 && wf_err_occurred()) {
        if (wf_err_matches(&wf_exc_OverflowError)) {
            wf_err_clear();
            wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

wf_ssize_t wf_as_ssize(wf_object_t *o, wf_type_t *exc) {
    int64_t v;
    if (wf_int_small_value_any(o, &v)) {
        return (wf_ssize_t)v;
    }
    wf_object_t *i = wf_index(o);
    if (i == NULL) {
        return -1;
    }
    if (wf_int_to_i64_if_fits(i, &v)) {
        WF_DECREF(i);
        return (wf_ssize_t)v;
    }
    int sign = wf_int_sign(i);
    WF_DECREF(i);
    if (exc == NULL) {
        return sign < 0 ? WF_SSIZE_MIN : WF_SSIZE_MAX;
    }
    if (exc == &wf_exc_OverflowError) {
        // Callers pass OverflowError where CPython converts a C ssize_t argument, whose
        // message this is.
        wf_err_set_string(exc, "Python int too large to convert to C ssize_t");
    } else {
        wf_err_format(exc, "cannot fit '%s' into an index-sized integer", TNAME(o));
    }
    return -1;
}

wf_object_t *wf_number_int(wf_object_t *o) {
    if (WF_INT_CHECK_EXACT(o)) {
        return wf_newref(o);
    }
    return wf_int_from_object(o);
}

wf_object_t *wf_number_float(wf_object_t *o) {
    if (WF_FLOAT_CHECK_EXACT(o)) {
        return wf_newref(o);
    }
    wf_type_t *t = WF_TYPE(o);
    if (t->nb_float != NULL) {
        wf_object_t *r = t->nb_float(o);
        if (r == NULL || WF_FLOAT_CHECK_EXACT(r)) {
            return r;
        }
        if (!WF_FLOAT_CHECK(r)) {
            wf_err_format(&wf_exc_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                          TNAME(r));
            WF_DECREF(r);
            return NULL;
        }
        double d = WF_FLOAT_VALUE(r);
        WF_DECREF(r);
        return wf_float_new(d);
    }
    if (WF_FLOAT_CHECK(o)) {
        return wf_float_new(WF_FLOAT_VALUE(o));
    }
    if (t->nb_index != NULL || WF_INT_CHECK(o)) {
        wf_object_t *i = wf_index(o);
        if (i == NULL) {
            return NULL;
        }
        double d = wf_int_as_double(i);
        WF_DECREF(i);
        if (d == -1.0 && wf_err_occurred()) {
            return NULL;
        }
        return wf_float_new(d);
    }
    if (WF_STR_CHECK(o)) {
        wf_ssize_t n;
        const char *s = wf_str_as_utf8(o, &n);
        return s != NULL ? wf_float_from_string(s, n) : NULL;
    }
    if (WF_BYTES_CHECK(o)) {
        return wf_float_from_string(WF_BYTES_DATA(o), WF_BYTES_LEN(o));
    }
    if (WF_BYTEARRAY_CHECK(o)) {
        return wf_float_from_string(((wf_bytearray_t *)o)->data, WF_SIZE(o));
    }
    return wf_err_format(&wf_exc_TypeError,
                         "float() argument must be a string or a real number, not '%s'", TNAME(o));
}

// ---------------------------------------------------------------------------------------
// Containers.

wf_ssize_t wf_len(wf_object_t *o) {
    wf_lenfunc f = WF_TYPE(o)->len;
    if (f == NULL) {
        wf_err_format(&wf_exc_TypeError, "object of type '%s' has no len()", TNAME(o));
        return -1;
    }
    return f(o);
}

wf_ssize_t wf_length_hint(wf_object_t *o, wf_ssize_t dflt) {
    if (WF_TYPE(o)->len != NULL) {
        wf_ssize_t n = WF_TYPE(o)->len(o);
        if (n >= 0) {
            return n;
        }
        if (!wf_err_matches(&wf_exc_TypeError)) {
            return -1;
        }
        wf_err_clear();
    }
    wf_object_t *r = wf_call_special(o, WF_ID(__length_hint__), NULL, 0);
    if (r == NULL) {
        if (wf_err_occurred() == NULL) {
            return dflt;
        }
        if (!wf_err_matches(&wf_exc_TypeError)) {
            return -1;
        }
        wf_err_clear();
        return dflt;
    }
    if (r == WF_NOTIMPLEMENTED) {
        return dflt;
    }
    if (!WF_INT_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "__length_hint__ must be an integer, not %s", TNAME(r));
        WF_DECREF(r);
        return -1;
    }
    wf_ssize_t n = wf_as_ssize(r, &wf_exc_OverflowError);
    WF_DECREF(r);
    if (n == -1 && wf_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        wf_err_set_string(&wf_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

wf_object_t *wf_getitem(wf_object_t *o, wf_object_t *key) {
    wf_binaryfunc f = WF_TYPE(o)->getitem;
    if (f != NULL) {
        return f(o, key);
    }
    if (WF_TYPE_CHECK(o)) {
        // type[int] is special-cased: a __class_getitem__ in type's dict would be found on
        // every class through the metaclass, making str[int] valid.
        if (o == WF_OBJ(&wf_type_type)) {
            return wf_generic_alias_new(o, key);
        }
        // C[...] on a class: PEP 560's __class_getitem__.
        wf_object_t *meth = NULL;
        int found = wf_getattr_opt(o, WF_ID(__class_getitem__), &meth);
        if (found < 0) {
            return NULL;
        }
        if (found && meth == WF_NONE) {
            WF_DECREF(meth);
            found = 0;
        }
        if (found) {
            wf_object_t *r = wf_call_one(meth, key);
            WF_DECREF(meth);
            return r;
        }
        return wf_err_format(&wf_exc_TypeError, "type '%s' is not subscriptable",
                             wf_type_short_name((wf_type_t *)o));
    }
    return wf_err_format(&wf_exc_TypeError, "'%s' object is not subscriptable", TNAME(o));
}

int wf_setitem(wf_object_t *o, wf_object_t *key, wf_object_t *value) {
    if (value == NULL) {
        return wf_delitem(o, key);
    }
    wf_objobjargproc f = WF_TYPE(o)->setitem;
    if (f == NULL) {
        return wf_err_format_int(&wf_exc_TypeError, "'%s' object does not support item assignment",
                                 TNAME(o));
    }
    return f(o, key, value);
}

int wf_delitem(wf_object_t *o, wf_object_t *key) {
    wf_objobjargproc f = WF_TYPE(o)->setitem;
    if (f == NULL) {
        // CPython words it differently for sequences ("doesn't").
        return wf_err_format_int(&wf_exc_TypeError, "'%s' object %s support item deletion",
                                 TNAME(o), WF_TYPE(o)->getitem != NULL ? "doesn't" : "does not");
    }
    return f(o, key, NULL);
}

wf_object_t *wf_getitem_int(wf_object_t *o, wf_ssize_t i) {
    wf_object_t *k = wf_int_from_ssize(i);
    if (k == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_getitem(o, k);
    WF_DECREF(k);
    return r;
}

int wf_contains(wf_object_t *container, wf_object_t *item) {
    wf_objobjproc f = WF_TYPE(container)->contains;
    if (f != NULL) {
        return f(container, item);
    }
    // Any TypeError from iter() (no __iter__, __iter__ = None, a non-iterator returned)
    // reads as the container not being iterable, as CPython words it.
    wf_object_t *it = wf_iter(container);
    if (it == NULL) {
        if (wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            wf_err_format(&wf_exc_TypeError, "argument of type '%s' is not iterable",
                          TNAME(container));
        }
        return -1;
    }
    int found = 0;
    for (;;) {
        wf_object_t *x = wf_iter_next(it);
        if (x == NULL) {
            found = wf_err_occurred() != NULL ? -1 : 0;
            break;
        }
        int eq = wf_richcompare_bool(x, item, WF_EQ);
        WF_DECREF(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    WF_DECREF(it);
    return found;
}

// ---------------------------------------------------------------------------------------
// Iteration.

int wf_iter_check(wf_object_t *o) {
    return WF_TYPE(o)->iternext != NULL;
}

wf_object_t *wf_iter(wf_object_t *o) {
    wf_type_t *t = WF_TYPE(o);
    if (t->iter != NULL) {
        wf_object_t *it = t->iter(o);
        if (it != NULL && !wf_iter_check(it)) {
            wf_err_format(&wf_exc_TypeError, "iter() returned non-iterator of type '%s'",
                          TNAME(it));
            WF_DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->getitem != NULL && !WF_DICT_CHECK(o)) {
        return wf_iter_seq_new(o);
    }
    return wf_err_format(&wf_exc_TypeError, "'%s' object is not iterable", TNAME(o));
}

wf_object_t *wf_iter_next(wf_object_t *it) {
    wf_unaryfunc f = WF_TYPE(it)->iternext;
    if (f == NULL) {
        return wf_err_format(&wf_exc_TypeError, "'%s' object is not an iterator", TNAME(it));
    }
    wf_object_t *r = f(it);
    if (r == NULL && wf_err_occurred() != NULL && wf_err_matches(&wf_exc_StopIteration)) {
        wf_err_clear();
    }
    return r;
}

wf_object_t *wf_sequence_list(wf_object_t *iterable) {
    wf_object_t *list = wf_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    if (wf_list_extend(list, iterable) < 0) {
        WF_DECREF(list);
        return NULL;
    }
    return list;
}

wf_object_t *wf_sequence_tuple(wf_object_t *iterable) {
    if (WF_TUPLE_CHECK_EXACT(iterable)) {
        return wf_newref(iterable);
    }
    if (WF_LIST_CHECK_EXACT(iterable)) {
        return wf_list_as_tuple(iterable);
    }
    wf_object_t *list = wf_sequence_list(iterable);
    if (list == NULL) {
        return NULL;
    }
    wf_object_t *t = wf_list_as_tuple(list);
    WF_DECREF(list);
    return t;
}

wf_object_t *wf_sequence_fast(wf_object_t *o, const char *msg) {
    if (WF_LIST_CHECK_EXACT(o) || WF_TUPLE_CHECK_EXACT(o)) {
        return wf_newref(o);
    }
    wf_object_t *it = wf_iter(o);
    if (it == NULL) {
        if (wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            wf_err_set_string(&wf_exc_TypeError, msg);
        }
        return NULL;
    }
    wf_object_t *list = wf_sequence_list(it);
    WF_DECREF(it);
    return list;
}

wf_object_t *wf_fspath(wf_object_t *o) {
    if (WF_STR_CHECK(o) || WF_BYTES_CHECK(o)) {
        return wf_newref(o);
    }
    wf_object_t *fn = wf_type_lookup(WF_TYPE(o), WF_ID(__fspath__));
    if (fn == NULL || fn == WF_NONE) {
        return wf_err_format(&wf_exc_TypeError,
                             "expected str, bytes or os.PathLike object, not %T", o);
    }
    wf_object_t *r = wf_call_special(o, WF_ID(__fspath__), NULL, 0);
    if (r != NULL && !WF_STR_CHECK(r) && !WF_BYTES_CHECK(r)) {
        wf_err_format(&wf_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T",
                      o, r);
        WF_CLEAR(r);
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// isinstance / issubclass.

static int is_exact_type_object(wf_object_t *o) {
    return WF_TYPE(o) == &wf_type_type;
}

// cls.__bases__ as a new tuple, or NULL (no exception) when it has none usable.
static wf_object_t *get_bases(wf_object_t *cls) {
    wf_object_t *bases;
    int r = wf_getattr_opt(cls, WF_ID(__bases__), &bases);
    if (r <= 0) {
        return NULL;
    }
    if (!WF_TUPLE_CHECK(bases)) {
        WF_DECREF(bases);
        return NULL;
    }
    return bases;
}

// issubclass for class-like objects that are not types: walk __bases__.
static int abstract_issubclass(wf_object_t *derived, wf_object_t *cls) {
    // __bases__ may be computed (a property returning a new tuple): hold each class
    // walked through, since nothing else may keep it alive.
    wf_incref(derived);
    for (;;) {
        if (derived == cls) {
            WF_DECREF(derived);
            return 1;
        }
        wf_object_t *bases = get_bases(derived);
        WF_DECREF(derived);
        if (bases == NULL) {
            return wf_err_occurred() != NULL ? -1 : 0;
        }
        wf_ssize_t n = WF_TUPLE_SIZE(bases);
        if (n == 0) {
            WF_DECREF(bases);
            return 0;
        }
        if (n == 1) {
            // Single inheritance: loop instead of recursing.
            derived = wf_newref(WF_TUPLE_GET(bases, 0));
            WF_DECREF(bases);
            continue;
        }
        int r = 0;
        if (wf_enter_recursive_call(" in __issubclass__") < 0) {
            WF_DECREF(bases);
            return -1;
        }
        for (wf_ssize_t i = 0; i < n && r == 0; i++) {
            r = abstract_issubclass(WF_TUPLE_GET(bases, i), cls);
        }
        wf_leave_recursive_call();
        WF_DECREF(bases);
        return r;
    }
}

static int check_class(wf_object_t *cls, const char *error) {
    if (WF_TYPE_CHECK(cls)) {
        return 1;
    }
    wf_object_t *bases = get_bases(cls);
    if (bases == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_set_string(&wf_exc_TypeError, error);
        }
        return 0;
    }
    WF_DECREF(bases);
    return 1;
}

static int object_isinstance(wf_object_t *inst, wf_object_t *cls) {
    if (WF_TYPE_CHECK(cls)) {
        if (wf_type_check(inst, (wf_type_t *)cls)) {
            return 1;
        }
        // An object may claim another class through __class__ (proxies, mocks).
        wf_object_t *icls;
        int r = wf_getattr_opt(inst, WF_ID(__class__), &icls);
        if (r <= 0) {
            return r;
        }
        int res = 0;
        if (icls != WF_OBJ(WF_TYPE(inst)) && WF_TYPE_CHECK(icls)) {
            res = icls == cls || wf_type_is_subtype((wf_type_t *)icls, (wf_type_t *)cls);
        }
        WF_DECREF(icls);
        return res;
    }
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) {
        return -1;
    }
    wf_object_t *icls;
    int r = wf_getattr_opt(inst, WF_ID(__class__), &icls);
    if (r <= 0) {
        return r;
    }
    r = abstract_issubclass(icls, cls);
    WF_DECREF(icls);
    return r;
}

int wf_isinstance(wf_object_t *o, wf_object_t *cls) {
    if (WF_OBJ(WF_TYPE(o)) == cls) {
        return 1;
    }
    if (is_exact_type_object(cls)) {
        return object_isinstance(o, cls);
    }
    if (WF_TUPLE_CHECK(cls)) {
        if (wf_enter_recursive_call(" in __instancecheck__") < 0) {
            return -1;
        }
        int r = 0;
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(cls) && r == 0; i++) {
            r = wf_isinstance(o, WF_TUPLE_GET(cls, i));
        }
        wf_leave_recursive_call();
        return r;
    }
    wf_object_t *r = wf_call_special(cls, WF_ID(__instancecheck__), &o, 1);
    if (r == NULL) {
        return wf_err_occurred() != NULL ? -1 : object_isinstance(o, cls);
    }
    int v = wf_truthy(r);
    WF_DECREF(r);
    return v;
}

static int object_issubclass(wf_object_t *derived, wf_object_t *cls) {
    if (WF_TYPE_CHECK(cls) && WF_TYPE_CHECK(derived)) {
        return derived == cls || wf_type_is_subtype((wf_type_t *)derived, (wf_type_t *)cls);
    }
    if (!check_class(derived, "issubclass() arg 1 must be a class") ||
        !check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) {
        return -1;
    }
    return abstract_issubclass(derived, cls);
}

int wf_issubclass(wf_object_t *derived, wf_object_t *cls) {
    if (is_exact_type_object(cls)) {
        if (derived == cls) {
            return 1;
        }
        return object_issubclass(derived, cls);
    }
    if (WF_TUPLE_CHECK(cls)) {
        if (wf_enter_recursive_call(" in __subclasscheck__") < 0) {
            return -1;
        }
        int r = 0;
        for (wf_ssize_t i = 0; i < WF_TUPLE_SIZE(cls) && r == 0; i++) {
            r = wf_issubclass(derived, WF_TUPLE_GET(cls, i));
        }
        wf_leave_recursive_call();
        return r;
    }
    wf_object_t *r = wf_call_special(cls, WF_ID(__subclasscheck__), &derived, 1);
    if (r == NULL) {
        return wf_err_occurred() != NULL ? -1 : object_issubclass(derived, cls);
    }
    int v = wf_truthy(r);
    WF_DECREF(r);
    return v;
}
