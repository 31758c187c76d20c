// The builtin functions. Each follows CPython 3.13's signature, argument checking and
// error messages; the generic protocols they rely on live in objects/abstract.c.
//
// Argument conventions: single-argument functions are WF_METH_O (their arity errors,
// "len() takes exactly one argument (0 given)", come from the method machinery); the
// others are FASTCALL and check their arity with wf_check_nargs ("getattr expected at
// least 2 arguments, got 1") or wf_parse_args, matching CPython's message for each.
// eval, exec and compile call into the compiler and the eval loop; print and input talk
// to sys.stdout / sys.stdin through their Python-level methods, so any file-like object
// works. __build_class__ is the type machinery's wf_build_class (objects/type.h).
#include "runtime/builtins.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/str_impl.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/ids.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/modules/mod_ast.h"
#include "runtime/modules/mod_io.h"
#include "runtime/modules/mod_sys.h"
#include "runtime/parser.h"

#include <math.h>
#include <string.h>

#define TNAME(o) (WF_TYPE(o)->name)

// Keyword-only arguments of a function that also takes *args: the values named in
// kwnames go to out[] (borrowed, NULL when absent), in the order of `names`.
static int keyword_args(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                        wf_object_t *kwnames, const char *const *names, wf_object_t **out) {
    for (int i = 0; names[i] != NULL; i++) {
        out[i] = NULL;
    }
    wf_ssize_t nkw = kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0;
    for (wf_ssize_t k = 0; k < nkw; k++) {
        wf_object_t *key = WF_TUPLE_GET(kwnames, k);
        int i = 0;
        while (names[i] != NULL && !wf_str_eq_cstr(key, names[i])) {
            i++;
        }
        if (names[i] == NULL) {
            return wf_err_unexpected_keyword(fname, key, names);
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

static wf_object_t *none_to_null(wf_object_t *o) {
    return o == WF_NONE ? NULL : o;
}

// ---------------------------------------------------------------------------------------
// Numbers and text.

static wf_object_t *builtin_abs(wf_object_t *self, wf_object_t *x) {
    return wf_absolute(x);
}

static wf_object_t *int_to_base(wf_object_t *x, int base) {
    wf_object_t *i = wf_index(x);
    if (i == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_int_to_str(i, base);
    WF_DECREF(i);
    return r;
}

static wf_object_t *builtin_bin(wf_object_t *self, wf_object_t *x) {
    return int_to_base(x, 2);
}

static wf_object_t *builtin_oct(wf_object_t *self, wf_object_t *x) {
    return int_to_base(x, 8);
}

static wf_object_t *builtin_hex(wf_object_t *self, wf_object_t *x) {
    return int_to_base(x, 16);
}

static wf_object_t *builtin_chr(wf_object_t *self, wf_object_t *x) {
    wf_object_t *i = wf_index(x);
    if (i == NULL) {
        return NULL;
    }
    int64_t v;
    int fits = wf_int_to_i64_if_fits(i, &v);
    WF_DECREF(i);
    if (!fits || v < 0 || v > 0x10ffff) {
        return wf_err_set_string(&wf_exc_ValueError, "chr() arg not in range(0x110000)");
    }
    return wf_str_from_char((uint32_t)v);
}

static wf_object_t *builtin_ord(wf_object_t *self, wf_object_t *c) {
    if (WF_STR_CHECK(c)) {
        if (WF_STR_LEN(c) == 1) {
            return wf_int_from_i64(wf_str_char(c, 0));
        }
        return wf_err_format(&wf_exc_TypeError,
                             "ord() expected a character, but string of length %zd found",
                             WF_STR_LEN(c));
    }
    const char *data = NULL;
    wf_ssize_t n = 0;
    if (WF_BYTES_CHECK(c)) {
        data = WF_BYTES_DATA(c);
        n = WF_BYTES_LEN(c);
    } else if (WF_BYTEARRAY_CHECK(c)) {
        data = ((wf_bytearray_t *)c)->data;
        n = WF_SIZE(c);
    } else {
        return wf_err_format(&wf_exc_TypeError, "ord() expected string of length 1, but %s found",
                             TNAME(c));
    }
    if (n != 1) {
        return wf_err_format(&wf_exc_TypeError,
                             "ord() expected a character, but string of length %zd found", n);
    }
    return wf_int_from_i64((uint8_t)data[0]);
}

static wf_object_t *builtin_divmod(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("divmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    return wf_binary_op(args[0], args[1], WF_BINOP_DIVMOD);
}

static wf_object_t *builtin_pow(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    wf_object_t *a[3];
    if (wf_parse_args("pow", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    return wf_power(a[0], a[1], a[2]);
}

static wf_object_t *builtin_round(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    wf_object_t *a[2];
    if (wf_parse_args("round", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    wf_object_t *nd = none_to_null(a[1]);
    wf_object_t *r =
        wf_call_special(a[0], WF_ID(__round__), nd != NULL ? &nd : NULL, nd != NULL ? 1 : 0);
    if (r == NULL && wf_err_occurred() == NULL) {
        return wf_err_format(&wf_exc_TypeError, "type %s doesn't define __round__ method",
                             TNAME(a[0]));
    }
    return r;
}

// sum(): exact ints are added in a machine word and exact floats with Neumaier's
// compensated summation (as CPython 3.12+, so sum([0.1] * 10) == 1.0); anything else, or
// an overflow, continues with the generic `+`.
static wf_object_t *sum_ints(wf_object_t *it, wf_object_t **result) {
    int64_t acc;
    if (!wf_int_small_value(*result, &acc)) {
        return WF_NONE;
    }
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                return NULL;
            }
            WF_DECREF(*result);
            *result = wf_int_from_i64(acc);
            return *result; // exhausted: *result holds the total
        }
        int64_t v, r;
        if ((WF_INT_CHECK_EXACT(item) || WF_BOOL_CHECK(item)) && wf_int_small_value_any(item, &v) &&
            wf_int_small_add(acc, v, &r)) {
            acc = r;
            WF_DECREF(item);
            continue;
        }
        wf_object_t *partial = wf_int_from_i64(acc);
        wf_object_t *sum = partial != NULL ? wf_binary_op(partial, item, WF_BINOP_ADD) : NULL;
        WF_XDECREF(partial);
        WF_DECREF(item);
        if (sum == NULL) {
            return NULL;
        }
        WF_SETREF(*result, sum);
        return WF_NONE; // not exhausted: go on with the float or generic loop
    }
}

static wf_object_t *sum_floats(wf_object_t *it, wf_object_t **result) {
    if (!WF_FLOAT_CHECK_EXACT(*result)) {
        return WF_NONE;
    }
    double total = WF_FLOAT_VALUE(*result), comp = 0.0;
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            if (wf_err_occurred()) {
                return NULL;
            }
            // Keep the sign of a negative zero, and do not let the compensation turn an
            // infinite or overflowed sum into a NaN.
            if (comp != 0.0 && isfinite(comp)) {
                total += comp;
            }
            WF_SETREF(*result, wf_float_new(total));
            return *result;
        }
        if (WF_FLOAT_CHECK_EXACT(item)) {
            double x = WF_FLOAT_VALUE(item), t = total + x;
            if (fabs(total) >= fabs(x)) {
                comp += (total - t) + x;
            } else {
                comp += (x - t) + total;
            }
            total = t;
            WF_DECREF(item);
            continue;
        }
        int64_t v;
        if (WF_INT_CHECK(item) && wf_int_to_i64_if_fits(item, &v)) {
            total += (double)v;
            WF_DECREF(item);
            continue;
        }
        if (comp != 0.0 && isfinite(comp)) {
            total += comp;
        }
        wf_object_t *partial = wf_float_new(total);
        wf_object_t *sum = partial != NULL ? wf_binary_op(partial, item, WF_BINOP_ADD) : NULL;
        WF_XDECREF(partial);
        WF_DECREF(item);
        if (sum == NULL) {
            return NULL;
        }
        WF_SETREF(*result, sum);
        return WF_NONE;
    }
}

static wf_object_t *builtin_sum(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    wf_object_t *a[2];
    if (wf_parse_args("sum", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    wf_object_t *start = a[1];
    if (start != NULL) {
        const char *what = WF_STR_CHECK(start)         ? "strings [use ''.join(seq) instead]"
                           : WF_BYTES_CHECK(start)     ? "bytes [use b''.join(seq) instead]"
                           : WF_BYTEARRAY_CHECK(start) ? "bytearray [use b''.join(seq) instead]"
                                                       : NULL;
        if (what != NULL) {
            return wf_err_format(&wf_exc_TypeError, "sum() can't sum %s", what);
        }
    }
    wf_object_t *it = wf_iter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    wf_object_t *result = wf_newref(start != NULL ? start : wf_int_new_fast(0));
    wf_object_t *done = sum_ints(it, &result);
    if (done == WF_NONE) {
        done = sum_floats(it, &result);
    }
    while (done == WF_NONE) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            done = wf_err_occurred() ? NULL : result;
            break;
        }
        wf_object_t *sum = wf_binary_op(result, item, WF_BINOP_ADD);
        WF_DECREF(item);
        if (sum == NULL) {
            done = NULL;
            break;
        }
        WF_SETREF(result, sum);
    }
    WF_DECREF(it);
    if (done == NULL) {
        WF_XDECREF(result);
        return NULL;
    }
    return result;
}

// min() and max(): op is WF_LT or WF_GT (a new item wins when item `op` best).
static wf_object_t *min_max(wf_object_t *const *args, wf_ssize_t nargs, wf_object_t *kwnames,
                            int op) {
    const char *name = op == WF_LT ? "min" : "max";
    static const char *const names[] = {"key", "default", NULL};
    wf_object_t *kw[2];
    if (keyword_args(name, args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    wf_object_t *key = none_to_null(kw[0]), *dflt = kw[1];
    if (nargs == 0) {
        return wf_err_format(&wf_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    if (nargs > 1 && dflt != NULL) {
        return wf_err_format(&wf_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional "
                             "arguments",
                             name);
    }
    wf_object_t *it = NULL;
    if (nargs == 1) {
        it = wf_iter(args[0]);
        if (it == NULL) {
            return NULL;
        }
    }
    wf_object_t *best = NULL, *best_key = NULL;
    for (wf_ssize_t i = 0;; i++) {
        wf_object_t *item;
        if (it != NULL) {
            item = wf_iter_next(it);
            if (item == NULL) {
                if (wf_err_occurred()) {
                    goto error;
                }
                break;
            }
        } else {
            if (i >= nargs) {
                break;
            }
            item = wf_newref(args[i]);
        }
        wf_object_t *k = key != NULL ? wf_call_one(key, item) : wf_newref(item);
        if (k == NULL) {
            WF_DECREF(item);
            goto error;
        }
        if (best == NULL) {
            best = item;
            best_key = k;
            continue;
        }
        int better = wf_richcompare_bool(k, best_key, op);
        if (better < 0) {
            WF_DECREF(item);
            WF_DECREF(k);
            goto error;
        }
        if (better) {
            WF_SETREF(best, item);
            WF_SETREF(best_key, k);
        } else {
            WF_DECREF(item);
            WF_DECREF(k);
        }
    }
    WF_XDECREF(it);
    WF_XDECREF(best_key);
    if (best == NULL) {
        if (dflt != NULL) {
            return wf_newref(dflt);
        }
        return wf_err_format(&wf_exc_ValueError, "%s() iterable argument is empty", name);
    }
    return best;
error:
    WF_XDECREF(it);
    WF_XDECREF(best);
    WF_XDECREF(best_key);
    return NULL;
}

static wf_object_t *builtin_min(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    return min_max(args, nargs, kwnames, WF_LT);
}

static wf_object_t *builtin_max(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    return min_max(args, nargs, kwnames, WF_GT);
}

static wf_object_t *builtin_ascii(wf_object_t *self, wf_object_t *o) {
    return wf_ascii(o);
}

static wf_object_t *builtin_repr(wf_object_t *self, wf_object_t *o) {
    return wf_repr(o);
}

static wf_object_t *builtin_format(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("format", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 2 && !WF_STR_CHECK(args[1])) {
        return wf_err_format(&wf_exc_TypeError, "format() argument 2 must be str, not %s",
                             TNAME(args[1]));
    }
    return wf_format(args[0], nargs == 2 ? args[1] : NULL);
}

static wf_object_t *builtin_hash(wf_object_t *self, wf_object_t *o) {
    wf_hash_t h = wf_hash(o);
    return h == -1 ? NULL : wf_int_from_i64(h);
}

static wf_object_t *builtin_id(wf_object_t *self, wf_object_t *o) {
    return wf_int_from_u64((uint64_t)(uintptr_t)o);
}

static wf_object_t *builtin_len(wf_object_t *self, wf_object_t *o) {
    wf_ssize_t n = wf_len(o);
    return n < 0 ? NULL : wf_int_from_ssize(n);
}

static wf_object_t *builtin_callable(wf_object_t *self, wf_object_t *o) {
    return wf_bool_from(wf_callable(o));
}

// ---------------------------------------------------------------------------------------
// Iteration.

// all() and any(): stop at the first item whose truth is `stop_on`.
static wf_object_t *all_any(wf_object_t *iterable, int stop_on) {
    wf_object_t *it = wf_iter(iterable);
    if (it == NULL) {
        return NULL;
    }
    for (;;) {
        wf_object_t *item = wf_iter_next(it);
        if (item == NULL) {
            WF_DECREF(it);
            return wf_err_occurred() ? NULL : wf_bool_from(!stop_on);
        }
        int t = wf_truthy(item);
        WF_DECREF(item);
        if (t < 0) {
            WF_DECREF(it);
            return NULL;
        }
        if (t == stop_on) {
            WF_DECREF(it);
            return wf_bool_from(stop_on);
        }
    }
}

static wf_object_t *builtin_all(wf_object_t *self, wf_object_t *iterable) {
    return all_any(iterable, 0);
}

static wf_object_t *builtin_any(wf_object_t *self, wf_object_t *iterable) {
    return all_any(iterable, 1);
}

static wf_object_t *builtin_iter(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("iter", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return wf_iter(args[0]);
    }
    if (!wf_callable(args[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "iter(v, w): v must be callable");
    }
    return wf_iter_callable_new(args[0], args[1]);
}

static wf_object_t *builtin_next(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("next", nargs, 1, 2) < 0) {
        return NULL;
    }
    wf_object_t *it = args[0];
    if (!wf_iter_check(it)) {
        return wf_err_format(&wf_exc_TypeError, "'%s' object is not an iterator", TNAME(it));
    }
    wf_object_t *r = WF_TYPE(it)->iternext(it);
    if (r != NULL) {
        return r;
    }
    if (nargs == 2) {
        if (wf_err_occurred() != NULL) {
            if (!wf_err_matches(&wf_exc_StopIteration)) {
                return NULL;
            }
            wf_err_clear();
        }
        return wf_newref(args[1]);
    }
    if (wf_err_occurred() == NULL) {
        wf_err_set(&wf_exc_StopIteration, NULL);
    }
    return NULL;
}

static wf_object_t *builtin_sorted(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    if (wf_check_nargs("sorted", nargs, 1, 1) < 0) {
        return NULL;
    }
    static const char *const names[] = {"key", "reverse", NULL};
    wf_object_t *kw[2];
    if (keyword_args("sort", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    int reverse = 0;
    if (kw[1] != NULL && (reverse = wf_truthy(kw[1])) < 0) {
        return NULL;
    }
    wf_object_t *list = wf_sequence_list(args[0]);
    if (list == NULL) {
        return NULL;
    }
    if (wf_list_sort(list, none_to_null(kw[0]), reverse) < 0) {
        WF_DECREF(list);
        return NULL;
    }
    return list;
}

static wf_object_t *builtin_aiter(wf_object_t *self, wf_object_t *o) {
    static wf_object_t *aiter_name, *anext_name;
    if (aiter_name == NULL) {
        aiter_name = wf_str_intern_cstr("__aiter__");
        anext_name = wf_str_intern_cstr("__anext__");
        if (aiter_name == NULL || anext_name == NULL) {
            return NULL;
        }
    }
    wf_object_t *r = wf_call_special(o, aiter_name, NULL, 0);
    if (r == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError, "'%s' object is not an async iterable", TNAME(o));
        }
        return NULL;
    }
    if (wf_type_lookup(WF_TYPE(r), anext_name) == NULL) {
        wf_err_format(&wf_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                      TNAME(r));
        WF_DECREF(r);
        return NULL;
    }
    return r;
}

static wf_object_t *builtin_anext(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("anext", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return wf_err_set_string(&wf_exc_NotImplementedError,
                                 "anext() with a default value is not supported");
    }
    wf_object_t *name = wf_str_intern_cstr("__anext__");
    if (name == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_call_special(args[0], name, NULL, 0);
    if (r == NULL && wf_err_occurred() == NULL) {
        wf_err_format(&wf_exc_TypeError, "'%s' object is not an async iterator", TNAME(args[0]));
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Attributes and types.

static wf_object_t *builtin_getattr(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("getattr", nargs, 2, 3) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return wf_getattr(args[0], args[1]);
    }
    if (!WF_STR_CHECK(args[1])) {
        return wf_getattr(args[0], args[1]); // raises the attribute-name TypeError
    }
    wf_object_t *r;
    int found = wf_getattr_opt(args[0], args[1], &r);
    if (found < 0) {
        return NULL;
    }
    return found ? r : wf_newref(args[2]);
}

static wf_object_t *builtin_setattr(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("setattr", nargs, 3, 3) < 0 || wf_setattr(args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *builtin_delattr(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("delattr", nargs, 2, 2) < 0 || wf_delattr(args[0], args[1]) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *builtin_hasattr(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("hasattr", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!WF_STR_CHECK(args[1])) {
        return wf_err_format(&wf_exc_TypeError, "attribute name must be string, not '%s'",
                             TNAME(args[1]));
    }
    int r = wf_hasattr(args[0], args[1]);
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *builtin_isinstance(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs) {
    if (wf_check_nargs("isinstance", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = wf_isinstance(args[0], args[1]);
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *builtin_issubclass(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs) {
    if (wf_check_nargs("issubclass", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = wf_issubclass(args[0], args[1]);
    return r < 0 ? NULL : wf_bool_from(r);
}

// The keys of a namespace mapping as a sorted list (dir() without arguments).
static wf_object_t *sorted_keys(wf_object_t *ns) {
    wf_object_t *keys;
    if (WF_DICT_CHECK_EXACT(ns)) {  // a subclass may override keys()
        keys = wf_dict_keys_list(ns);
    } else {
        wf_object_t *view = wf_call_method(ns, WF_ID(keys), NULL, 0);
        keys = view != NULL ? wf_sequence_list(view) : NULL;
        WF_XDECREF(view);
    }
    if (keys != NULL && wf_list_sort(keys, NULL, 0) < 0) {
        WF_CLEAR(keys);
    }
    return keys;
}

static wf_object_t *current_locals(void) {
    wf_object_t *l = wf_eval_get_locals();
    if (l == NULL && wf_err_occurred() == NULL) {
        wf_err_set_string(&wf_exc_SystemError, "frame does not exist");
    }
    return l;
}

static wf_object_t *builtin_dir(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("dir", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return wf_dir(args[0]);
    }
    wf_object_t *locals = current_locals();
    if (locals == NULL) {
        return NULL;
    }
    wf_object_t *r = sorted_keys(locals);
    WF_DECREF(locals);
    return r;
}

static wf_object_t *builtin_vars(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("vars", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return current_locals();
    }
    wf_object_t *d;
    int found = wf_getattr_opt(args[0], WF_ID(__dict__), &d);
    if (found == 0) {
        return wf_err_set_string(&wf_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return found < 0 ? NULL : d;
}

static wf_object_t *builtin_globals(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *g = wf_eval_get_globals();
    if (g == NULL && wf_err_occurred() == NULL) {
        wf_err_set_string(&wf_exc_SystemError, "frame does not exist");
    }
    return g;
}

static wf_object_t *builtin_locals(wf_object_t *self, wf_object_t *unused) {
    return current_locals();
}

// ---------------------------------------------------------------------------------------
// Input and output.

// sys.<name>, a new reference; NULL with RuntimeError "<who>: lost sys.<name>" when the
// attribute is gone; None is returned as is.
static wf_object_t *sys_stream(const char *name, const char *who) {
    wf_object_t *f = wf_sys_get_object(name);
    if (f == NULL) {
        return wf_err_format(&wf_exc_RuntimeError, "%slost sys.%s", who, name);
    }
    return wf_newref(f);
}

static int write_obj(wf_object_t *write, wf_object_t *s) {
    wf_object_t *r = wf_call_one(write, s);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static int check_sep(const char *what, wf_object_t *v) {
    if (v != NULL && v != WF_NONE && !WF_STR_CHECK(v)) {
        return wf_err_format_int(&wf_exc_TypeError, "%s must be None or a string, not %s", what,
                                 TNAME(v));
    }
    return 0;
}

static wf_object_t *builtin_print(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames) {
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    wf_object_t *kw[4];
    if (keyword_args("print", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    wf_object_t *file = none_to_null(kw[2]);
    file = file != NULL ? wf_newref(file) : sys_stream("stdout", "");
    if (file == NULL) {
        return NULL;
    }
    if (file == WF_NONE) {
        WF_RETURN_NONE; // no stdout (pythonw): print does nothing
    }
    wf_object_t *sep = none_to_null(kw[0]), *end = none_to_null(kw[1]);
    wf_object_t *write = NULL, *space = NULL, *newline = NULL;
    if (check_sep("sep", sep) < 0 || check_sep("end", end) < 0) {
        goto error;
    }
    write = wf_getattr(file, WF_ID(write));
    if (write == NULL) {
        goto error;
    }
    if (sep == NULL) {
        sep = space = wf_str_from_char(' ');
    }
    if (end == NULL) {
        end = newline = wf_str_from_char('\n');
    }
    if (sep == NULL || end == NULL) {
        goto error;
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        if (i > 0 && write_obj(write, sep) < 0) {
            goto error;
        }
        wf_object_t *s = wf_str(args[i]);
        if (s == NULL) {
            goto error;
        }
        int r = write_obj(write, s);
        WF_DECREF(s);
        if (r < 0) {
            goto error;
        }
    }
    if (write_obj(write, end) < 0) {
        goto error;
    }
    if (kw[3] != NULL) {
        int flush = wf_truthy(kw[3]);
        if (flush < 0) {
            goto error;
        }
        if (flush) {
            wf_object_t *r = wf_call_method(file, WF_ID(flush), NULL, 0);
            if (r == NULL) {
                goto error;
            }
            WF_DECREF(r);
        }
    }
    WF_DECREF(write);
    WF_XDECREF(space);
    WF_XDECREF(newline);
    WF_DECREF(file);
    WF_RETURN_NONE;
error:
    WF_XDECREF(write);
    WF_XDECREF(space);
    WF_XDECREF(newline);
    WF_DECREF(file);
    return NULL;
}

static int flush_stream(wf_object_t *f) {
    if (f == WF_NONE) {
        return 0;
    }
    wf_object_t *r = wf_call_method(f, WF_ID(flush), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

static wf_object_t *read_line(wf_object_t *in) {
    wf_object_t *line = wf_call_method(in, WF_ID(readline), NULL, 0);
    if (line == NULL) {
        return NULL;
    }
    if (!WF_STR_CHECK(line)) {
        WF_DECREF(line);
        return wf_err_set_string(&wf_exc_TypeError, "object.readline() returned non-string");
    }
    wf_ssize_t n = WF_STR_LEN(line);
    if (n == 0) {
        WF_DECREF(line);
        return wf_err_set_string(&wf_exc_EOFError, "EOF when reading a line");
    }
    if (wf_str_char(line, n - 1) == '\n') {
        wf_object_t *cut = wf_str_substring(line, 0, n - 1);
        WF_DECREF(line);
        return cut;
    }
    return line;
}

static wf_object_t *builtin_input(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("input", nargs, 0, 1) < 0) {
        return NULL;
    }
    wf_object_t *in = sys_stream("stdin", "input(): ");
    wf_object_t *out = in != NULL ? sys_stream("stdout", "input(): ") : NULL;
    wf_object_t *err = out != NULL ? sys_stream("stderr", "input(): ") : NULL;
    wf_object_t *line = NULL;
    if (err == NULL) {
        goto done;
    }
    if (in == WF_NONE) {
        wf_err_set_string(&wf_exc_RuntimeError, "input(): lost sys.stdin");
        goto done;
    }
    if (out == WF_NONE) {
        wf_err_set_string(&wf_exc_RuntimeError, "input(): lost sys.stdout");
        goto done;
    }
    if (flush_stream(err) < 0) {
        wf_err_clear(); // as CPython: a broken stderr does not stop input()
    }
    if (nargs == 1) {
        wf_object_t *prompt = wf_str(args[0]);
        if (prompt == NULL) {
            goto done;
        }
        wf_object_t *r = wf_call_method(out, WF_ID(write), &prompt, 1);
        WF_DECREF(prompt);
        if (r == NULL) {
            goto done;
        }
        WF_DECREF(r);
    }
    if (flush_stream(out) < 0) {
        goto done;
    }
    line = read_line(in);
done:
    WF_XDECREF(in);
    WF_XDECREF(out);
    WF_XDECREF(err);
    return line;
}

static wf_object_t *builtin_open(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    return wf_io_open(args, nargs, kwnames);
}

// ---------------------------------------------------------------------------------------
// Running code: compile, eval, exec, __import__ (__build_class__ is wf_build_class of the
// type machinery, objects/type.h).

// UTF-8 or raw bytes of a source argument; NULL (no exception) if it is not text.
static const char *source_text(wf_object_t *src, wf_ssize_t *len, int *is_str) {
    *is_str = 0;
    if (WF_STR_CHECK(src)) {
        *is_str = 1;
        return wf_str_as_utf8(src, len);
    }
    if (WF_BYTES_CHECK(src)) {
        *len = WF_BYTES_LEN(src);
        return WF_BYTES_DATA(src);
    }
    wf_bview_t v;  // bytearray, memoryview, array: borrowed while src lives
    if (wf_bytes_view(src, &v)) {
        *len = v.len;
        return v.data;
    }
    return NULL;
}

#define CO_FUTURE_ANNOTATIONS 0x1000000

// The future features the calling code was compiled with, as parse flags: compile(),
// exec() and eval() of text inherit them (compile() unless dont_inherit is true).
static int inherited_future(void) {
    wf_tstate_t *ts = wf_tstate_get();
    wf_frame_t *f = ts != NULL ? ts->frame : NULL;
    if (f != NULL && (WF_CODE(f->code)->flags & CO_FUTURE_ANNOTATIONS)) {
        return WF_PARSE_FLAG_FUTURE_ANNOTATIONS;
    }
    return 0;
}

static wf_object_t *compile_text(const char *text, wf_ssize_t len, int is_str, const char *filename,
                                 int mode, int future) {
    if (memchr(text, '\0', (size_t)len) != NULL) {
        return wf_err_set_string(&wf_exc_SyntaxError,
                                 "source code string cannot contain null bytes");
    }
    return wf_compile_source_flags(text, len, filename, mode,
                                   (is_str ? WF_PARSE_FLAG_STR_INPUT : 0) | future);
}

// The code object eval()/exec() runs: a code object as is, text compiled as "<string>".
static wf_object_t *source_code(const char *fname, wf_object_t *src, int mode) {
    if (WF_CODE_CHECK(src)) {
        if (WF_CODE(src)->nfreevars > 0) {
            return wf_err_format(&wf_exc_TypeError,
                                 "code object passed to %s() may not contain free variables",
                                 fname);
        }
        return wf_newref(src);
    }
    wf_ssize_t len;
    int is_str;
    const char *text = source_text(src, &len, &is_str);
    if (text == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_format(&wf_exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                          fname);
        }
        return NULL;
    }
    if (mode == WF_COMPILE_EVAL) {
        while (len > 0 && (*text == ' ' || *text == '\t')) { // eval(" 1") is fine
            text++;
            len--;
        }
    }
    return compile_text(text, len, is_str, "<string>", mode, inherited_future());
}

static int is_mapping(wf_object_t *o) {
    return WF_DICT_CHECK(o) || WF_TYPE(o)->getitem != NULL;
}

// Make sure globals["__builtins__"] exists, as CPython does before running code in it.
static int ensure_builtins(wf_object_t *globals) {
    int r = wf_dict_contains(globals, WF_ID(__builtins__));
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    wf_object_t *b = wf_eval_get_builtins();
    if (b == NULL) {
        if (wf_err_occurred()) {
            return -1;
        }
        b = wf_newref(wf_interp_builtins());
    }
    r = wf_dict_setitem(globals, WF_ID(__builtins__), b);
    WF_DECREF(b);
    return r;
}

// Default namespaces: the caller's globals and locals. New references in *g and *l.
static int resolve_namespaces(wf_object_t *globals, wf_object_t *locals, wf_object_t **g,
                              wf_object_t **l) {
    *g = *l = NULL;
    if (globals == NULL) {
        *g = wf_eval_get_globals();
        if (locals == NULL) {
            *l = wf_eval_get_locals();
        } else {
            *l = wf_newref(locals);
        }
    } else {
        *g = wf_newref(globals);
        *l = wf_newref(locals != NULL ? locals : globals);
    }
    if (*g == NULL || *l == NULL) {
        WF_XDECREF(*g);
        WF_XDECREF(*l);
        if (wf_err_occurred() == NULL) {
            wf_err_set_string(&wf_exc_SystemError, "globals and locals cannot be NULL");
        }
        return -1;
    }
    if (ensure_builtins(*g) < 0) {
        WF_DECREF(*g);
        WF_DECREF(*l);
        return -1;
    }
    return 0;
}

static wf_object_t *run_code(const char *fname, wf_object_t *src, int mode, wf_object_t *globals,
                             wf_object_t *locals) {
    wf_object_t *g, *l;
    if (resolve_namespaces(globals, locals, &g, &l) < 0) {
        return NULL;
    }
    wf_object_t *code = source_code(fname, src, mode);
    wf_object_t *r = code != NULL ? wf_eval_code(code, g, l) : NULL;
    WF_XDECREF(code);
    WF_DECREF(g);
    WF_DECREF(l);
    return r;
}

static wf_object_t *builtin_eval(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    static const char *const names[] = {"source", "globals", "locals", NULL};
    wf_object_t *a[3];
    if (wf_parse_args("eval", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    wf_object_t *globals = none_to_null(a[1]), *locals = none_to_null(a[2]);
    if (locals != NULL && !is_mapping(locals)) {
        return wf_err_set_string(&wf_exc_TypeError, "locals must be a mapping");
    }
    if (globals != NULL && !WF_DICT_CHECK(globals)) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 is_mapping(globals)
                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                     : "globals must be a dict");
    }
    return run_code("eval", a[0], WF_COMPILE_EVAL, globals, locals);
}

// exec()'s closure argument: only for code objects, and exactly one cell per free
// variable. A valid closure is not supported yet (NotImplementedError). 0 / -1.
static int check_exec_closure(wf_object_t *src, wf_object_t *closure) {
    if (!WF_CODE_CHECK(src)) {
        if (closure != NULL) {
            wf_err_set_string(&wf_exc_TypeError,
                              "closure can only be used when source is a code object");
            return -1;
        }
        return 0;
    }
    int nfree = WF_CODE(src)->nfreevars;
    if (nfree == 0) {
        if (closure != NULL) {
            wf_err_set_string(&wf_exc_TypeError, "cannot use a closure with this code object");
            return -1;
        }
        return 0;
    }
    int ok = closure != NULL && WF_TUPLE_CHECK_EXACT(closure) && WF_TUPLE_SIZE(closure) == nfree;
    for (int i = 0; ok && i < nfree; i++) {
        ok = WF_TYPE(WF_TUPLE_GET(closure, i)) == &wf_cell_type;
    }
    if (!ok) {
        wf_err_format(&wf_exc_TypeError, "code object requires a closure of exactly length %d",
                      nfree);
        return -1;
    }
    wf_err_set_string(&wf_exc_NotImplementedError, "exec() with a closure is not supported");
    return -1;
}

static wf_object_t *builtin_exec(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    if (nargs > 3) {
        return wf_err_format(&wf_exc_TypeError,
                             "exec() takes at most 3 positional arguments (%zd given)", nargs);
    }
    static const char *const names[] = {"source", "globals", "locals", "closure", NULL};
    wf_object_t *a[4];
    if (wf_parse_args("exec", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    wf_object_t *globals = none_to_null(a[1]), *locals = none_to_null(a[2]);
    if (globals != NULL && !WF_DICT_CHECK(globals)) {
        return wf_err_format(&wf_exc_TypeError, "exec() globals must be a dict, not %s",
                             TNAME(globals));
    }
    if (locals != NULL && !is_mapping(locals)) {
        return wf_err_format(&wf_exc_TypeError, "locals must be a mapping or None, not %s",
                             TNAME(locals));
    }
    if (check_exec_closure(a[0], none_to_null(a[3])) < 0) {
        return NULL;
    }
    wf_object_t *r = run_code("exec", a[0], WF_COMPILE_EXEC, globals, locals);
    if (r == NULL) {
        return NULL;
    }
    WF_DECREF(r);
    WF_RETURN_NONE;
}

// compile()'s flags asking for an AST instead of code, and for a constant-folded one.
#define COMPILE_ONLY_AST 0x400
#define COMPILE_OPTIMIZED_AST 0x8400

static wf_object_t *builtin_compile(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                    wf_object_t *kwnames) {
    static const char *const names[] = {
        "source",   "filename",         "mode", "flags", "dont_inherit",
        "optimize", "_feature_version", NULL};
    wf_object_t *a[7];
    if (wf_parse_args("compile", args, nargs, kwnames, names, 0, 3, a) < 0) {
        return NULL;
    }
    const char *filename;
    wf_ssize_t flen;
    if (WF_STR_CHECK(a[1])) {
        filename = wf_str_as_utf8(a[1], &flen);
    } else if (WF_BYTES_CHECK(a[1])) {
        filename = WF_BYTES_DATA(a[1]);
    } else {
        return wf_err_format(&wf_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             TNAME(a[1]));
    }
    if (filename == NULL) {
        return NULL;
    }
    int mode = -1, func_type = 0;
    if (WF_STR_CHECK(a[2])) {
        mode = wf_str_eq_cstr(a[2], "exec")     ? WF_COMPILE_EXEC
               : wf_str_eq_cstr(a[2], "eval")   ? WF_COMPILE_EVAL
               : wf_str_eq_cstr(a[2], "single") ? WF_COMPILE_SINGLE
                                                : -1;
        func_type = wf_str_eq_cstr(a[2], "func_type");
    } else {
        return wf_err_format(&wf_exc_TypeError, "compile() argument 'mode' must be str, not %s",
                             TNAME(a[2]));
    }
    wf_ssize_t flags = 0;
    if (a[3] != NULL) {
        flags = wf_as_ssize(a[3], NULL);
        if (flags == -1 && wf_err_occurred()) {
            return NULL;
        }
    }
    int optimize = -1;
    if (a[5] != NULL && (optimize = (int)wf_as_ssize(a[5], &wf_exc_OverflowError)) == -1 &&
        wf_err_occurred()) {
        return NULL;
    }
    if (optimize < -1 || optimize > 2) {
        return wf_err_set_string(&wf_exc_ValueError, "compile(): invalid optimize value");
    }
    // The future features, the obsolete CO_NESTED and the PyCF_* compile flags.
    const wf_ssize_t known = 0x1fe0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x4000 | 0x8000;
    if (flags & ~known) {
        return wf_err_set_string(&wf_exc_ValueError, "compile(): unrecognised flags");
    }
    if (func_type) {
        if (!(flags & COMPILE_ONLY_AST)) {
            return wf_err_set_string(&wf_exc_ValueError,
                                     "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        return wf_err_set_string(&wf_exc_NotImplementedError,
                                 "compile(): mode 'func_type' (function type comments) is not "
                                 "supported");
    }
    if (mode < 0) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if ((flags & COMPILE_OPTIMIZED_AST) == COMPILE_OPTIMIZED_AST) {
        return wf_err_set_string(&wf_exc_NotImplementedError,
                                 "compile(): PyCF_OPTIMIZED_AST (optimized ASTs) is not supported");
    }
    if (WF_CODE_CHECK(a[0])) {
        return wf_newref(a[0]);
    }
    if (wf_ast_object_check(a[0])) {
        // An AST: checked and converted back; with PyCF_ONLY_AST it is returned as is.
        wf_arena_t *arena = wf_arena_new();
        if (arena == NULL) {
            return wf_err_nomemory();
        }
        wf_ast_mod_t *mod = wf_ast_mod_from_object(a[0], arena, mode);
        wf_object_t *r = NULL;
        if (mod != NULL) {
            r = flags & COMPILE_ONLY_AST ? wf_newref(a[0])
                                         : wf_compile_ast(mod, NULL, 0, filename, mode);
        }
        wf_arena_free(arena);
        return r;
    }
    wf_ssize_t len;
    int is_str;
    const char *text = source_text(a[0], &len, &is_str);
    if (text == NULL) {
        if (wf_err_occurred() == NULL) {
            wf_err_set_string(&wf_exc_TypeError,
                              "compile() arg 1 must be a string, bytes or AST object");
        }
        return NULL;
    }
    if (flags & COMPILE_ONLY_AST) {
        if (memchr(text, '\0', (size_t)len) != NULL) {
            return wf_err_set_string(&wf_exc_SyntaxError,
                                     "source code string cannot contain null bytes");
        }
        wf_arena_t *arena = wf_arena_new();
        if (arena == NULL) {
            return wf_err_nomemory();
        }
        wf_ast_mod_t *mod = wf_compile_parse_only(arena, text, len, filename, mode,
                                                  is_str ? WF_PARSE_FLAG_STR_INPUT : 0);
        wf_object_t *r = mod != NULL ? wf_ast_mod_to_object(mod) : NULL;
        wf_arena_free(arena);
        return r;
    }
    int future = (flags & CO_FUTURE_ANNOTATIONS) ? WF_PARSE_FLAG_FUTURE_ANNOTATIONS : 0;
    if (optimize >= 0) {
        future |= WF_PARSE_FLAG_OPTIMIZE(optimize);
    }
    if ((flags & 0x200) && mode == WF_COMPILE_SINGLE) {  // PyCF_DONT_IMPLY_DEDENT
        future |= WF_PARSE_FLAG_DONT_IMPLY_DEDENT;
    }
    if (a[4] == NULL || wf_truthy(a[4]) == 0) {
        future |= inherited_future();
    }
    return compile_text(text, len, is_str, filename, mode, future);
}

static wf_object_t *builtin_import(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    wf_object_t *a[5];
    if (wf_parse_args("__import__", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    if (!WF_STR_CHECK(a[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "module name must be a string");
    }
    wf_ssize_t level = 0;
    if (a[4] != NULL) {
        level = wf_as_ssize(a[4], &wf_exc_OverflowError);
        if (level == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (level < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "level must be >= 0");
        }
        if (level > 0x7fffffff) {
            return wf_err_set_string(&wf_exc_OverflowError, "level too large");
        }
    }
    wf_object_t *globals = none_to_null(a[1]);
    return wf_import_module_level(a[0], globals, none_to_null(a[3]), (int)level);
}

// breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).
static wf_object_t *builtin_breakpoint(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_object_t *hook = wf_sys_get_object("breakpointhook");
    if (hook == NULL) {
        return wf_err_set_string(&wf_exc_RuntimeError, "lost sys.breakpointhook");
    }
    wf_incref(hook);
    wf_object_t *r = wf_vectorcall(hook, args, nargs, kwnames);
    WF_DECREF(hook);
    return r;
}

// ---------------------------------------------------------------------------------------
// The table.

#define FAST(f) {.fast = (f)}, WF_METH_FASTCALL
#define FASTKW(f) {.fastkw = (f)}, WF_METH_FASTCALL | WF_METH_KEYWORDS
#define ONE(f) {.o = (f)}, WF_METH_O
#define NONE(f) {.noargs = (f)}, WF_METH_NOARGS

wf_method_def_t wf_builtins_methods[] = {
    {"__build_class__", FASTKW(wf_build_class),
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
     "Internal helper function used by the class statement."},
    {"__import__", FASTKW(builtin_import), "Import a module."},
    {"abs", ONE(builtin_abs), "Return the absolute value of the argument."},
    {"aiter", ONE(builtin_aiter), "Return an AsyncIterator for an AsyncIterable object."},
    {"all", ONE(builtin_all), "Return True if bool(x) is True for all values x in the iterable."},
    {"anext", FAST(builtin_anext), "Return the next item from the async iterator."},
    {"any", ONE(builtin_any), "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", ONE(builtin_ascii), "Return an ASCII-only representation of an object."},
    {"bin", ONE(builtin_bin), "Return the binary representation of an integer."},
    {"breakpoint", FASTKW(builtin_breakpoint), "Call sys.breakpointhook(*args, **kws)."},
    {"callable", ONE(builtin_callable), "Return whether the object is callable."},
    {"chr", ONE(builtin_chr), "Return a Unicode string of one character with ordinal i."},
    {"compile", FASTKW(builtin_compile), "Compile source into a code object."},
    {"delattr", FAST(builtin_delattr), "Deletes the named attribute from the given object."},
    {"dir", FAST(builtin_dir), "Show attributes of an object."},
    {"divmod", FAST(builtin_divmod), "Return the tuple (x//y, x%y)."},
    {"eval", FASTKW(builtin_eval),
     "Evaluate the given source in the context of globals and locals."},
    {"exec", FASTKW(builtin_exec),
     "Execute the given source in the context of globals and locals."},
    {"format", FAST(builtin_format), "Return type(value).__format__(value, format_spec)"},
    {"getattr", FAST(builtin_getattr), "Get a named attribute from an object."},
    {"globals", NONE(builtin_globals),
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", FAST(builtin_hasattr),
     "Return whether the object has an attribute with the given name."},
    {"hash", ONE(builtin_hash), "Return the hash value for the given object."},
    {"hex", ONE(builtin_hex), "Return the hexadecimal representation of an integer."},
    {"id", ONE(builtin_id), "Return the identity of an object."},
    {"input", FAST(builtin_input), "Read a string from standard input."},
    {"isinstance", FAST(builtin_isinstance),
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", FAST(builtin_issubclass),
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", FAST(builtin_iter), "Get an iterator from an object."},
    {"len", ONE(builtin_len), "Return the number of items in a container."},
    {"locals", NONE(builtin_locals),
     "Return a dictionary containing the current scope's local variables."},
    {"max", FASTKW(builtin_max),
     "Return the largest item in an iterable or the largest of two or more arguments."},
    {"min", FASTKW(builtin_min),
     "Return the smallest item in an iterable or the smallest of two or more arguments."},
    {"next", FAST(builtin_next), "Return the next item from the iterator."},
    {"oct", ONE(builtin_oct), "Return the octal representation of an integer."},
    {"open", FASTKW(builtin_open), "Open file and return a stream."},
    {"ord", ONE(builtin_ord), "Return the Unicode code point for a one-character string."},
    {"pow", FASTKW(builtin_pow),
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", FASTKW(builtin_print), "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", ONE(builtin_repr), "Return the canonical string representation of the object."},
    {"round", FASTKW(builtin_round), "Round a number to a given precision in decimal digits."},
    {"setattr", FAST(builtin_setattr),
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", FASTKW(builtin_sorted),
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", FASTKW(builtin_sum),
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", FAST(builtin_vars), "Show vars."},
    {0},
};
