// Calling objects from C: dispatch on the callee type's `vectorcall` or `call` slot, the
// adapters between the two conventions, method calls that avoid creating bound methods,
// and special-method calls looked up on the type.
//
// Conventions: vectorcall passes positional arguments in args[0..nargs) followed by one
// value per keyword name in kwnames (a tuple of str, or NULL); the tuple form passes an
// args tuple and a kwargs dict (or NULL). Every call from C goes through the recursion
// guard, so a recursion that alternates between C and Python code fails cleanly.
#include "objects/abstract.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"

#include <string.h>

#define TNAME(o) (WF_TYPE(o)->name)

// Arguments that fit here need no heap buffer when a call has to prepend `self`.
#define SMALL_ARGS 8

static wf_object_t *not_callable(wf_object_t *callable) {
    return wf_err_format(&wf_exc_TypeError, "'%s' object is not callable", TNAME(callable));
}

// A NULL result must come with an exception and a result must come without one; a slot
// that breaks this is a bug in C code, reported as SystemError instead of crashing later.
static wf_object_t *check_result(wf_object_t *callable, wf_object_t *r) {
    if (r == NULL) {
        if (wf_err_occurred() == NULL) {
            return wf_err_format(&wf_exc_SystemError,
                                 "%R returned NULL without setting an exception", callable);
        }
    }
    return r;
}

wf_object_t *wf_vectorcall_via_call(wf_object_t *callable, wf_object_t *const *args,
                                    wf_ssize_t nargs, wf_object_t *kwnames) {
    wf_ternaryfunc call = WF_TYPE(callable)->call;
    if (call == NULL) {
        return not_callable(callable);
    }
    wf_object_t *tuple = wf_tuple_from_array(args, nargs);
    if (tuple == NULL) {
        return NULL;
    }
    wf_object_t *kwargs = NULL;
    wf_ssize_t nkw = kwnames != NULL ? WF_TUPLE_SIZE(kwnames) : 0;
    if (nkw > 0) {
        kwargs = wf_dict_new_presized(nkw);
        if (kwargs == NULL) {
            WF_DECREF(tuple);
            return NULL;
        }
        for (wf_ssize_t i = 0; i < nkw; i++) {
            if (wf_dict_setitem(kwargs, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                WF_DECREF(tuple);
                WF_DECREF(kwargs);
                return NULL;
            }
        }
    }
    wf_object_t *r = call(callable, tuple, kwargs);
    WF_DECREF(tuple);
    WF_XDECREF(kwargs);
    return r;
}

wf_object_t *wf_call_via_vectorcall(wf_object_t *callable, wf_object_t *args, wf_object_t *kwargs) {
    wf_vectorcallfunc vc = WF_TYPE(callable)->vectorcall;
    if (vc == NULL) {
        return not_callable(callable);
    }
    wf_ssize_t nargs = args != NULL ? WF_TUPLE_SIZE(args) : 0;
    wf_ssize_t nkw = kwargs != NULL ? wf_dict_size(kwargs) : 0;
    if (nkw == 0) {
        return vc(callable, nargs ? WF_TUPLE_ITEMS(args) : NULL, nargs, NULL);
    }
    wf_object_t *small[SMALL_ARGS];
    wf_object_t **buf = small;
    if (nargs + nkw > SMALL_ARGS) {
        buf = wf_mem_alloc((size_t)(nargs + nkw) * sizeof(wf_object_t *));
        if (buf == NULL) {
            return wf_err_nomemory();
        }
    }
    wf_object_t *kwnames = wf_tuple_new(nkw);
    if (kwnames == NULL) {
        if (buf != small) {
            wf_mem_free(buf);
        }
        return NULL;
    }
    for (wf_ssize_t i = 0; i < nargs; i++) {
        buf[i] = WF_TUPLE_GET(args, i);
    }
    // The values are borrowed from the dict, which the caller keeps alive and unchanged
    // for the duration of the call (it is the caller's own kwargs).
    wf_ssize_t pos = 0, j = 0;
    wf_object_t *key, *value;
    while (j < nkw && wf_dict_next(kwargs, &pos, &key, &value)) {
        if (!WF_STR_CHECK(key)) {
            WF_DECREF(kwnames);
            if (buf != small) {
                wf_mem_free(buf);
            }
            return wf_err_set_string(&wf_exc_TypeError, "keywords must be strings");
        }
        WF_TUPLE_SET_STEAL(kwnames, j, wf_newref(key));
        buf[nargs + j] = value;
        j++;
    }
    wf_object_t *r = vc(callable, buf, nargs, kwnames);
    WF_DECREF(kwnames);
    if (buf != small) {
        wf_mem_free(buf);
    }
    return r;
}

wf_object_t *wf_vectorcall(wf_object_t *callable, wf_object_t *const *args, wf_ssize_t nargs,
                           wf_object_t *kwnames) {
    wf_type_t *t = WF_TYPE(callable);
    if (kwnames != NULL && WF_TUPLE_SIZE(kwnames) == 0) {
        kwnames = NULL;
    }
    if (t->vectorcall == NULL && t->call == NULL) {
        return not_callable(callable);
    }
    if (wf_enter_recursive_call(" while calling a Python object") < 0) {
        return NULL;
    }
    wf_object_t *r = t->vectorcall != NULL ? t->vectorcall(callable, args, nargs, kwnames)
                                           : wf_vectorcall_via_call(callable, args, nargs, kwnames);
    wf_leave_recursive_call();
    return check_result(callable, r);
}

wf_object_t *wf_call(wf_object_t *callable, wf_object_t *args, wf_object_t *kwargs) {
    wf_type_t *t = WF_TYPE(callable);
    if (kwargs != NULL && wf_dict_size(kwargs) == 0) {
        kwargs = NULL;
    }
    if (t->call == NULL && t->vectorcall == NULL) {
        return not_callable(callable);
    }
    if (wf_enter_recursive_call(" while calling a Python object") < 0) {
        return NULL;
    }
    wf_object_t *r;
    if (t->call != NULL) {
        wf_object_t *a = args != NULL ? wf_newref(args) : wf_tuple_new(0);
        r = t->call(callable, a, kwargs);
        WF_DECREF(a);
    } else {
        r = wf_call_via_vectorcall(callable, args, kwargs);
    }
    wf_leave_recursive_call();
    return check_result(callable, r);
}

wf_object_t *wf_call_noargs(wf_object_t *callable) {
    return wf_vectorcall(callable, NULL, 0, NULL);
}

wf_object_t *wf_call_one(wf_object_t *callable, wf_object_t *arg) {
    return wf_vectorcall(callable, &arg, 1, NULL);
}

wf_object_t *wf_call_two(wf_object_t *callable, wf_object_t *a, wf_object_t *b) {
    wf_object_t *args[2] = {a, b};
    return wf_vectorcall(callable, args, 2, NULL);
}

int wf_callable(wf_object_t *o) {
    return WF_TYPE(o)->call != NULL || WF_TYPE(o)->vectorcall != NULL;
}

// f(self, *args) without building a bound method.
static wf_object_t *call_with_self(wf_object_t *f, wf_object_t *self, wf_object_t *const *args,
                                   wf_ssize_t nargs) {
    wf_object_t *small[SMALL_ARGS];
    wf_object_t **buf = small;
    if (nargs + 1 > SMALL_ARGS) {
        buf = wf_mem_alloc((size_t)(nargs + 1) * sizeof(wf_object_t *));
        if (buf == NULL) {
            return wf_err_nomemory();
        }
    }
    buf[0] = self;
    if (nargs > 0) {
        memcpy(buf + 1, args, (size_t)nargs * sizeof(wf_object_t *));
    }
    wf_object_t *r = wf_vectorcall(f, buf, nargs + 1, NULL);
    if (buf != small) {
        wf_mem_free(buf);
    }
    return r;
}

wf_object_t *wf_call_method(wf_object_t *obj, wf_object_t *name, wf_object_t *const *args,
                            wf_ssize_t nargs) {
    wf_object_t *m = NULL;
    int unbound = wf_get_method(obj, name, &m);
    if (unbound < 0) {
        return NULL;
    }
    wf_object_t *r =
        unbound ? call_with_self(m, obj, args, nargs) : wf_vectorcall(m, args, nargs, NULL);
    WF_DECREF(m);
    return r;
}

wf_object_t *wf_call_method_cstr(wf_object_t *obj, const char *name, wf_object_t *const *args,
                                 wf_ssize_t nargs) {
    wf_object_t *n = wf_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    wf_object_t *r = wf_call_method(obj, n, args, nargs);
    WF_DECREF(n);
    return r;
}

wf_object_t *wf_call_special(wf_object_t *o, wf_object_t *name, wf_object_t *const *args,
                             wf_ssize_t nargs) {
    wf_type_t *t = WF_TYPE(o);
    wf_object_t *f = wf_type_lookup(t, name);
    if (f == NULL) {
        return NULL;
    }
    // Hold the attribute: the call may change the class and drop the dict's reference.
    WF_INCREF(f);
    wf_object_t *r;
    wf_type_t *ft = WF_TYPE(f);
    if (WF_TYPE_HAS_FLAG(ft, WF_TPFLAGS_METHOD_DESCRIPTOR)) {
        r = call_with_self(f, o, args, nargs);
    } else if (ft->descr_get != NULL) {
        wf_object_t *bound = ft->descr_get(f, o, WF_OBJ(t));
        r = bound != NULL ? wf_vectorcall(bound, args, nargs, NULL) : NULL;
        WF_XDECREF(bound);
    } else {
        r = wf_vectorcall(f, args, nargs, NULL);
    }
    WF_DECREF(f);
    return r;
}
