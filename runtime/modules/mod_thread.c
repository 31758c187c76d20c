// The _thread module: starting threads, locks, and thread-local storage.
//
// Locks are futex words (0 free, 1 held, 2 held with possible waiters), so an
// uncontended acquire or release is one atomic instruction and never drops the GIL. A
// contended acquire waits detached (in the blocking region). In the main thread the wait
// is cut into slices and checks for pending signals, so Ctrl-C interrupts a blocked
// acquire, join, Event.wait or Queue.get at once: the other threads block the signals
// Python handles, which therefore land in the main thread and interrupt its futex wait.
//
// Threads: the starting thread creates the new thread's state (so it is counted from the
// start) and the new thread binds it, runs the function, reports an uncaught exception,
// releases its done-lock (what threading's join waits for) and deletes its state.
//
// Thread-local storage (_local): each local object maps thread serial numbers to that
// thread's attribute dict and swaps the right one into its __dict__ slot before every
// attribute access. Each thread records the locals it has used, to drop its dicts when
// it ends; a local being destroyed removes itself from those records.
#include "gil/gil.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "runtime/modules/mod_sys.h"
#include "sync/blocking.h"
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

// Longest wait the main thread makes before looking for signals again.
#define SIGNAL_SLICE_NS 20000000
// Largest timeout accepted, in seconds: what fits in a signed 64-bit nanosecond count.
#define TIMEOUT_MAX_S 9223372036.0

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

// ---------------------------------------------------------------------------------------
// The futex lock

typedef struct {
    uint32_t state;  // 0 free, 1 held, 2 held and maybe waited for
} flock_t;

static int flock_try(flock_t *l) {
    uint32_t expected = 0;
    return WF_ATOMIC_CAS_ALWAYS(&l->state, &expected, 1u);
}

static void flock_release(flock_t *l) {
    if (WF_ATOMIC_EXCHANGE_ALWAYS(&l->state, 0u) == 2) {
        syscall(SYS_futex, &l->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    }
}

// Waits, detached, until the lock is taken (1), the deadline passes (0, deadline < 0
// means none) or, in the main thread, a signal is pending (-1).
static int flock_wait(flock_t *l, int64_t deadline, int main_thread) {
    if (WF_ATOMIC_EXCHANGE_ALWAYS(&l->state, 2u) == 0) {
        return 1;
    }
    for (;;) {
        if (main_thread && wf_signals_pending()) {
            return -1;
        }
        int64_t slice = -1;
        if (deadline >= 0) {
            slice = deadline - now_ns();
            if (slice <= 0) {
                return 0;
            }
        }
        if (main_thread && (slice < 0 || slice > SIGNAL_SLICE_NS)) {
            slice = SIGNAL_SLICE_NS;
        }
        struct timespec ts = {(time_t)(slice / 1000000000), (long)(slice % 1000000000)};
        syscall(SYS_futex, &l->state, FUTEX_WAIT_PRIVATE, 2, slice < 0 ? NULL : &ts, NULL, 0);
        if (WF_ATOMIC_EXCHANGE_ALWAYS(&l->state, 2u) == 0) {
            return 1;
        }
    }
}

// Acquire with a timeout in nanoseconds (-1: forever, 0: don't block). 1 acquired,
// 0 timed out, -1 with the exception a signal handler raised.
static int flock_acquire(flock_t *l, int64_t timeout) {
    if (flock_try(l)) {
        return 1;
    }
    if (timeout == 0) {
        return 0;
    }
    int64_t deadline = timeout < 0 ? -1 : now_ns() + timeout;
    int main_thread = wf_tstate_get() == wf_tstate_main();
    for (;;) {
        int r;
        WF_BLOCKING_BEGIN();
        r = flock_wait(l, deadline, main_thread);
        WF_BLOCKING_END();
        if (r >= 0) {
            return r;
        }
        // The handler runs attached; if it returns normally the wait goes on.
        if (wf_signals_run_handlers() < 0) {
            return -1;
        }
    }
}

// acquire(blocking=True, timeout=-1) arguments: the timeout in nanoseconds as
// flock_acquire takes it. 0 / -1.
static int parse_acquire_args(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                              wf_object_t *kwnames, int64_t *timeout) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args(fname, args, nargs, kwnames, names, 0, 0, a) < 0) {
        return -1;
    }
    int blocking = 1;
    if (a[0] != NULL && (blocking = wf_truthy(a[0])) < 0) {
        return -1;
    }
    double t = -1.0;
    if (a[1] != NULL) {
        if (!WF_INT_CHECK(a[1]) && !WF_FLOAT_CHECK(a[1])) {
            wf_err_format(&wf_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                          a[1]);
            return -1;
        }
        t = wf_float_as_double(a[1]);
        if (t == -1.0 && wf_err_occurred()) {
            return -1;
        }
    }
    if (!blocking && t != -1.0) {
        wf_err_set_string(&wf_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1.0) {
        wf_err_set_string(&wf_exc_ValueError, "timeout value must be a non-negative number");
        return -1;
    }
    if (t > TIMEOUT_MAX_S || t != t) {
        wf_err_set_string(&wf_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *timeout = !blocking ? 0 : t < 0 ? -1 : (int64_t)(t * 1e9);
    return 0;
}

// ---------------------------------------------------------------------------------------
// lock

typedef struct {
    WF_OBJECT_HEAD
    flock_t lock;
} lock_t;

extern wf_type_t wf_lock_type, wf_rlock_type, wf_local_type;

static lock_t *lock_alloc(void) {
    return (lock_t *)wf_type_alloc(&wf_lock_type, 0);
}

static wf_object_t *lock_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    if ((args != NULL && WF_TUPLE_SIZE(args) > 0) || (kwargs != NULL && wf_dict_size(kwargs))) {
        return wf_err_set_string(&wf_exc_TypeError, "lock() takes no arguments");
    }
    return wf_type_alloc(type, 0);
}

static void lock_dealloc(wf_object_t *self) {
    wf_object_free(self);
}

static wf_object_t *lock_acquire(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    int64_t timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) {
        return NULL;
    }
    int r = flock_acquire(&((lock_t *)self)->lock, timeout);
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *lock_enter(wf_object_t *self, wf_object_t *unused) {
    return flock_acquire(&((lock_t *)self)->lock, -1) < 0 ? NULL : wf_bool_from(1);
}

static wf_object_t *lock_release(wf_object_t *self, wf_object_t *unused) {
    lock_t *l = (lock_t *)self;
    if (WF_ATOMIC_LOAD_ALWAYS(&l->lock.state) == 0) {
        return wf_err_set_string(&wf_exc_RuntimeError, "release unlocked lock");
    }
    flock_release(&l->lock);
    WF_RETURN_NONE;
}

static wf_object_t *lock_exit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return lock_release(self, NULL);
}

static wf_object_t *lock_locked(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(WF_ATOMIC_LOAD_ALWAYS(&((lock_t *)self)->lock.state) != 0);
}

static wf_object_t *lock_at_fork_reinit(wf_object_t *self, wf_object_t *unused) {
    WF_ATOMIC_STORE_ALWAYS(&((lock_t *)self)->lock.state, 0u);
    WF_RETURN_NONE;
}

static wf_object_t *lock_repr(wf_object_t *self) {
    return wf_str_from_format("<%s %s object at %p>",
                              WF_ATOMIC_LOAD_ALWAYS(&((lock_t *)self)->lock.state) ? "locked" : "unlocked",
                              WF_TYPE(self)->name, (void *)self);
}

static wf_method_def_t lock_methods[] = {
    {"acquire", {.fastkw = lock_acquire}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"acquire_lock", {.fastkw = lock_acquire}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"release", {.noargs = lock_release}, WF_METH_NOARGS, NULL},
    {"release_lock", {.noargs = lock_release}, WF_METH_NOARGS, NULL},
    {"locked", {.noargs = lock_locked}, WF_METH_NOARGS, NULL},
    {"locked_lock", {.noargs = lock_locked}, WF_METH_NOARGS, NULL},
    {"__enter__", {.noargs = lock_enter}, WF_METH_NOARGS, NULL},
    {"__exit__", {.fast = lock_exit}, WF_METH_FASTCALL, NULL},
    {"_at_fork_reinit", {.noargs = lock_at_fork_reinit}, WF_METH_NOARGS, NULL},
    {NULL},
};

wf_type_t wf_lock_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_thread.lock",
    .basicsize = sizeof(lock_t),
    .dealloc = lock_dealloc,
    .new = lock_new,
    .repr = lock_repr,
    .methods = lock_methods,
};

// ---------------------------------------------------------------------------------------
// RLock

typedef struct {
    WF_OBJECT_HEAD
    flock_t lock;
    unsigned long owner;  // ident of the owning thread, 0 when free (atomic: read by all)
    unsigned long count;  // written by the owner only
} rlock_t;

static unsigned long my_ident(void) {
    return wf_tstate_get()->ident;
}

static int rlock_owned(rlock_t *r) {
    return WF_ATOMIC_LOAD_RELAXED_ALWAYS(&r->owner) == my_ident() && r->count > 0;
}

static wf_object_t *rlock_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    return wf_type_alloc(type, 0);
}

// 1 acquired, 0 timed out, -1 error.
static int rlock_take(rlock_t *r, int64_t timeout) {
    if (rlock_owned(r)) {
        if (r->count == ULONG_MAX) {
            wf_err_set_string(&wf_exc_OverflowError, "Internal lock count overflowed");
            return -1;
        }
        r->count++;
        return 1;
    }
    int got = flock_acquire(&r->lock, timeout);
    if (got == 1) {
        WF_ATOMIC_STORE_RELAXED_ALWAYS(&r->owner, my_ident());
        r->count = 1;
    }
    return got;
}

static wf_object_t *rlock_acquire(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames) {
    int64_t timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) {
        return NULL;
    }
    int r = rlock_take((rlock_t *)self, timeout);
    return r < 0 ? NULL : wf_bool_from(r);
}

static wf_object_t *rlock_enter(wf_object_t *self, wf_object_t *unused) {
    return rlock_take((rlock_t *)self, -1) < 0 ? NULL : wf_bool_from(1);
}

static void rlock_let_go(rlock_t *r) {
    r->count = 0;
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&r->owner, 0ul);
    flock_release(&r->lock);
}

static wf_object_t *rlock_release(wf_object_t *self, wf_object_t *unused) {
    rlock_t *r = (rlock_t *)self;
    if (!rlock_owned(r)) {
        return wf_err_set_string(&wf_exc_RuntimeError, "cannot release un-acquired lock");
    }
    if (--r->count == 0) {
        rlock_let_go(r);
    }
    WF_RETURN_NONE;
}

static wf_object_t *rlock_exit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return rlock_release(self, NULL);
}

static wf_object_t *rlock_is_owned(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(rlock_owned((rlock_t *)self));
}

static wf_object_t *rlock_recursion_count(wf_object_t *self, wf_object_t *unused) {
    rlock_t *r = (rlock_t *)self;
    return wf_int_from_i64(rlock_owned(r) ? (int64_t)r->count : 0);
}

// For Condition.wait: release completely, returning (count, owner) to restore later.
static wf_object_t *rlock_release_save(wf_object_t *self, wf_object_t *unused) {
    rlock_t *r = (rlock_t *)self;
    if (r->count == 0 || !rlock_owned(r)) {
        return wf_err_set_string(&wf_exc_RuntimeError, "cannot release un-acquired lock");
    }
    wf_object_t *count = wf_int_from_u64(r->count);
    wf_object_t *owner = count != NULL ? wf_int_from_u64(r->owner) : NULL;
    wf_object_t *state = owner != NULL ? wf_tuple_pack(2, count, owner) : NULL;
    WF_XDECREF(count);
    WF_XDECREF(owner);
    if (state != NULL) {
        rlock_let_go(r);
    }
    return state;
}

static wf_object_t *rlock_acquire_restore(wf_object_t *self, wf_object_t *state) {
    rlock_t *r = (rlock_t *)self;
    int64_t count, owner;
    if (!WF_TUPLE_CHECK(state) || WF_TUPLE_SIZE(state) != 2 ||
        !WF_INT_CHECK(WF_TUPLE_GET(state, 0)) || !WF_INT_CHECK(WF_TUPLE_GET(state, 1))) {
        return wf_err_set_string(&wf_exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
    }
    if (wf_int_as_i64(WF_TUPLE_GET(state, 0), &count) < 0 ||
        wf_int_as_i64(WF_TUPLE_GET(state, 1), &owner) < 0) {
        return NULL;
    }
    if (flock_acquire(&r->lock, -1) < 0) {
        return NULL;
    }
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&r->owner, (unsigned long)owner);
    r->count = (unsigned long)count;
    WF_RETURN_NONE;
}

static wf_object_t *rlock_at_fork_reinit(wf_object_t *self, wf_object_t *unused) {
    rlock_t *r = (rlock_t *)self;
    WF_ATOMIC_STORE_ALWAYS(&r->lock.state, 0u);
    r->count = 0;
    WF_ATOMIC_STORE_RELAXED_ALWAYS(&r->owner, 0ul);
    WF_RETURN_NONE;
}

static wf_object_t *rlock_repr(wf_object_t *self) {
    rlock_t *r = (rlock_t *)self;
    unsigned long owner = WF_ATOMIC_LOAD_RELAXED_ALWAYS(&r->owner);
    return wf_str_from_format("<%s %s object owner=%lu count=%lu at %p>",
                              owner ? "locked" : "unlocked", WF_TYPE(self)->name, owner,
                              owner ? r->count : 0ul, (void *)self);
}

static wf_method_def_t rlock_methods[] = {
    {"acquire", {.fastkw = rlock_acquire}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"release", {.noargs = rlock_release}, WF_METH_NOARGS, NULL},
    {"__enter__", {.noargs = rlock_enter}, WF_METH_NOARGS, NULL},
    {"__exit__", {.fast = rlock_exit}, WF_METH_FASTCALL, NULL},
    {"_is_owned", {.noargs = rlock_is_owned}, WF_METH_NOARGS, NULL},
    {"_recursion_count", {.noargs = rlock_recursion_count}, WF_METH_NOARGS, NULL},
    {"_release_save", {.noargs = rlock_release_save}, WF_METH_NOARGS, NULL},
    {"_acquire_restore", {.o = rlock_acquire_restore}, WF_METH_O, NULL},
    {"_at_fork_reinit", {.noargs = rlock_at_fork_reinit}, WF_METH_NOARGS, NULL},
    {NULL},
};

wf_type_t wf_rlock_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_thread.RLock",
    .basicsize = sizeof(rlock_t),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = lock_dealloc,
    .new = rlock_new,
    .repr = rlock_repr,
    .methods = rlock_methods,
};

// ---------------------------------------------------------------------------------------
// _local

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *dict;   // the dict of the thread that last used the object (__dict__ slot)
    wf_object_t *dicts;  // thread serial (int) -> that thread's dict
    wf_object_t *args, *kwargs;  // constructor arguments, replayed for each new thread
} local_t;

static wf_object_t *local_key(wf_object_t *self) {
    return wf_int_from_i64((int64_t)(uintptr_t)self);
}

// A new, empty dict for thread `ts`, recorded in the local and in the thread's list of
// locals. New reference, or NULL with an exception.
static wf_object_t *local_add_dict(local_t *l, wf_tstate_t *ts) {
    if (ts->locals == NULL && (ts->locals = wf_dict_new()) == NULL) {
        return NULL;
    }
    wf_object_t *serial = wf_int_from_u64(ts->serial);
    wf_object_t *key = local_key(WF_OBJ(l));
    wf_object_t *d = wf_dict_new();
    int rc = serial == NULL || key == NULL || d == NULL ||
                     wf_dict_setitem(l->dicts, serial, d) < 0 ||
                     wf_dict_setitem(ts->locals, key, WF_NONE) < 0
                 ? -1 : 0;
    WF_XDECREF(serial);
    WF_XDECREF(key);
    if (rc < 0) {
        WF_CLEAR(d);
    }
    return d;
}

// Swaps the calling thread's dict into the __dict__ slot, creating it (and running
// __init__ for the thread) on first use. 0 / -1.
static int local_select(local_t *l) {
    wf_tstate_t *ts = wf_tstate_get();
    wf_object_t *serial = wf_int_from_u64(ts->serial);
    if (serial == NULL) {
        return -1;
    }
    wf_object_t *d;
    int found = wf_dict_get_ref(l->dicts, serial, &d);
    if (found != 0) {
        WF_DECREF(serial);
        if (found > 0) {
            WF_SETREF(l->dict, d);
        }
        return found < 0 ? -1 : 0;
    }
    WF_DECREF(serial);
    d = local_add_dict(l, ts);
    if (d == NULL) {
        return -1;
    }
    WF_SETREF(l->dict, d);
    int rc = 0;
    wf_type_t *t = WF_TYPE(l);
    if (t->init != NULL && t->init != wf_object_type.init) {
        wf_object_t *args = l->args != NULL ? l->args : wf_tuple_new(0);
        if (args == NULL) {
            return -1;
        }
        WF_INCREF(l);
        rc = t->init(WF_OBJ(l), args, l->kwargs);
        if (args != l->args) {
            WF_DECREF(args);
        }
        // __init__ may have switched threads: make sure the slot is ours again.
        if (rc == 0 && l->dict != d) {
            WF_SETREF(l->dict, wf_newref(d));
        }
        WF_DECREF(l);
    }
    return rc;
}

static wf_object_t *local_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    int has_args = (args != NULL && WF_TUPLE_SIZE(args) > 0) ||
                   (kwargs != NULL && wf_dict_size(kwargs) > 0);
    if (has_args && type->init == wf_object_type.init) {
        return wf_err_set_string(&wf_exc_TypeError, "Initialization arguments are not supported");
    }
    local_t *l = (local_t *)wf_type_alloc(type, 0);
    if (l == NULL) {
        return NULL;
    }
    l->args = wf_xnewref(args);
    l->kwargs = kwargs != NULL && wf_dict_size(kwargs) > 0 ? wf_dict_copy(kwargs) : NULL;
    l->dicts = wf_dict_new();
    if (l->dicts == NULL || (kwargs != NULL && wf_dict_size(kwargs) > 0 && l->kwargs == NULL)) {
        WF_DECREF(l);
        return NULL;
    }
    // The creating thread's dict exists at once; its __init__ runs through the normal
    // type call, not through local_select.
    l->dict = local_add_dict(l, wf_tstate_get());
    if (l->dict == NULL) {
        WF_DECREF(l);
        return NULL;
    }
    return WF_OBJ(l);
}

static int forget_local(wf_tstate_t *ts, void *key) {
    if (ts->locals != NULL && wf_dict_contains(ts->locals, key) > 0) {
        wf_dict_delitem(ts->locals, key);
    }
    return 0;
}

static void local_dealloc(wf_object_t *self) {
    local_t *l = (local_t *)self;
    wf_object_t *exc = wf_err_fetch();
    wf_object_t *key = local_key(self);
    if (key != NULL) {
        wf_tstate_foreach(forget_local, key);
        WF_DECREF(key);
    }
    wf_err_clear();
    wf_err_restore(exc);
    WF_CLEAR(l->dict);
    WF_CLEAR(l->dicts);
    WF_CLEAR(l->args);
    WF_CLEAR(l->kwargs);
    wf_object_free(self);
}

static wf_object_t *local_getattro(wf_object_t *self, wf_object_t *name) {
    if (local_select((local_t *)self) < 0) {
        return NULL;
    }
    return wf_object_generic_getattr(self, name);
}

static int local_setattro(wf_object_t *self, wf_object_t *name, wf_object_t *value) {
    if (WF_STR_CHECK(name) && wf_str_eq_cstr(name, "__dict__")) {
        wf_err_format(&wf_exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                      WF_TYPE(self)->name);
        return -1;
    }
    if (local_select((local_t *)self) < 0) {
        return -1;
    }
    return wf_object_generic_setattr(self, name, value);
}

static wf_object_t *local_get_dict(wf_object_t *self, void *closure) {
    local_t *l = (local_t *)self;
    if (local_select(l) < 0) {
        return NULL;
    }
    return wf_newref(l->dict);
}

static wf_getset_def_t local_getsets[] = {
    {"__dict__", local_get_dict, NULL, NULL, NULL},
    {NULL},
};

wf_type_t wf_local_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "_thread._local",
    .basicsize = sizeof(local_t),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = local_dealloc,
    .new = local_new,
    .getattro = local_getattro,
    .setattro = local_setattro,
    .getsets = local_getsets,
    .dictoffset = offsetof(local_t, dict),
};

// At thread exit: drop this thread's dict from every local it used. A dict's contents
// may run __del__ code that uses or destroys other locals, so the records are re-read
// after each removal.
static void locals_thread_exit(wf_tstate_t *ts) {
    if (ts->locals == NULL) {
        return;
    }
    wf_object_t *serial = wf_int_from_u64(ts->serial);
    while (serial != NULL && wf_dict_size(ts->locals) > 0) {
        wf_ssize_t pos = 0;
        wf_object_t *key, *value;
        if (!wf_dict_next(ts->locals, &pos, &key, &value)) {
            break;
        }
        WF_INCREF(key);
        int64_t addr = 0;
        wf_int_as_i64(key, &addr);
        wf_dict_delitem(ts->locals, key);
        WF_DECREF(key);
        local_t *l = (local_t *)(uintptr_t)addr;
        wf_object_t *d = NULL;
        WF_INCREF(l);
        if (wf_dict_pop(l->dicts, serial, &d) > 0) {
            if (l->dict == d) {
                WF_CLEAR(l->dict);
            }
            WF_DECREF(d);
        }
        WF_DECREF(l);
        wf_err_clear();
    }
    WF_XDECREF(serial);
    WF_CLEAR(ts->locals);
}

// ---------------------------------------------------------------------------------------
// Threads

static size_t thread_stack_size;  // 0: the system default

typedef struct {
    wf_object_t *func, *args, *kwargs;
    lock_t *done;  // released when the thread has finished, or NULL
    wf_tstate_t *ts;
} boot_t;

// "Exception ignored in thread started by <func>:" and the traceback.
static void report_thread_exception(wf_object_t *func) {
    wf_object_t *exc = wf_err_fetch();
    wf_object_t *r = wf_repr(func);
    if (r == NULL) {
        wf_err_clear();
        r = wf_str_from_cstr("<object repr() failed>");
    }
    char *msg = NULL;
    const char *text = r != NULL ? wf_str_as_utf8(r, NULL) : NULL;
    if (text != NULL && (msg = wf_mem_alloc(strlen(text) + 64)) != NULL) {
        sprintf(msg, "Exception ignored in thread started by %s", text);
    }
    wf_err_clear();
    WF_XDECREF(r);
    wf_err_restore(exc);
    wf_err_write_unraisable_msg(msg != NULL ? msg : "Exception ignored in thread started by", NULL);
    wf_mem_free(msg);
}

static void *thread_main(void *arg) {
    boot_t b = *(boot_t *)arg;
    free(arg);
    wf_tstate_bind(b.ts);
    wf_object_t *r = wf_call(b.func, b.args, b.kwargs);
    if (r != NULL) {
        WF_DECREF(r);
    } else if (wf_err_matches(&wf_exc_SystemExit)) {
        wf_err_clear();
    } else {
        report_thread_exception(b.func);
    }
    WF_DECREF(b.func);
    WF_DECREF(b.args);
    WF_XDECREF(b.kwargs);
    locals_thread_exit(b.ts);
    WF_CLEAR(b.ts->handled_exc);
    WF_CLEAR(b.ts->trace_func);
    WF_CLEAR(b.ts->profile_func);
    WF_CLEAR(b.ts->asyncgen_firstiter);
    WF_CLEAR(b.ts->asyncgen_finalizer);
    WF_XDECREF(WF_ATOMIC_EXCHANGE_ALWAYS(&b.ts->async_exc, NULL));
    if (b.done != NULL) {
        flock_release(&b.done->lock);
        WF_DECREF(b.done);
    }
    wf_tstate_delete_current();
    return NULL;
}

// Starts func(*args, **kwargs) in a new thread. Returns its ident, or 0 with an
// exception set.
static unsigned long start_thread(wf_object_t *func, wf_object_t *args, wf_object_t *kwargs,
                                  lock_t *done) {
    if (!wf_gil_enabled()) {
        wf_err_set_string(&wf_exc_NotImplementedError,
                          "threads without the GIL are not implemented yet: run with -X gil=1");
        return 0;
    }
    if (wf_tstate_finalizing()) {
        wf_err_set_string(&wf_exc_PythonFinalizationError, "can't create new thread at interpreter shutdown");
        return 0;
    }
    boot_t *b = malloc(sizeof(*b));
    wf_tstate_t *ts = b != NULL ? wf_tstate_new() : NULL;
    if (ts == NULL) {
        free(b);
        wf_err_nomemory();
        return 0;
    }
    *b = (boot_t){wf_newref(func), wf_newref(args), wf_xnewref(kwargs), done, ts};
    if (done != NULL) {
        WF_INCREF(done);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (thread_stack_size != 0) {
        pthread_attr_setstacksize(&attr, thread_stack_size);
    }
    // The new thread blocks every asynchronous signal, so that signals land in the main
    // thread, the one that runs Python signal handlers.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_t th;
    int err = pthread_create(&th, &attr, thread_main, b);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        WF_DECREF(b->func);
        WF_DECREF(b->args);
        WF_XDECREF(b->kwargs);
        if (done != NULL) {
            WF_DECREF(done);
        }
        free(b);
        wf_tstate_discard(ts);
        wf_err_set_string(&wf_exc_RuntimeError, "can't start new thread");
        return 0;
    }
    return (unsigned long)th;
}

static wf_object_t *thread_start_new_thread(wf_object_t *self, wf_object_t *const *args,
                                            wf_ssize_t nargs) {
    if (wf_check_nargs("start_new_thread", nargs, 2, 3) < 0) {
        return NULL;
    }
    if (!wf_callable(args[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "first arg must be callable");
    }
    if (!WF_TUPLE_CHECK(args[1])) {
        return wf_err_set_string(&wf_exc_TypeError, "2nd arg must be a tuple");
    }
    wf_object_t *kwargs = nargs > 2 ? args[2] : NULL;
    if (kwargs != NULL && !WF_DICT_CHECK(kwargs)) {
        return wf_err_set_string(&wf_exc_TypeError, "optional 3rd arg must be a dictionary");
    }
    unsigned long id = start_thread(args[0], args[1], kwargs, NULL);
    return id == 0 ? NULL : wf_int_from_u64(id);
}

// _start(function, done_lock): runs function() in a new thread and releases done_lock
// (which the caller holds) once the thread has finished.
static wf_object_t *thread_start(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("_start", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!wf_callable(args[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "first arg must be callable");
    }
    if (WF_TYPE(args[1]) != &wf_lock_type) {
        return wf_err_format(&wf_exc_TypeError, "done lock must be a _thread.lock, not %T", args[1]);
    }
    wf_object_t *empty = wf_tuple_new(0);
    if (empty == NULL) {
        return NULL;
    }
    unsigned long id = start_thread(args[0], empty, NULL, (lock_t *)args[1]);
    WF_DECREF(empty);
    return id == 0 ? NULL : wf_int_from_u64(id);
}

static wf_object_t *thread_allocate_lock(wf_object_t *self, wf_object_t *unused) {
    return WF_OBJ(lock_alloc());
}

static wf_object_t *thread_get_ident(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_u64(wf_tstate_get()->ident);
}

static wf_object_t *thread_get_native_id(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(wf_tstate_get()->native_id);
}

static wf_object_t *thread_main_ident(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_u64(wf_tstate_main()->ident);
}

static wf_object_t *thread_count(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(wf_tstate_count_others());
}

static wf_object_t *thread_exit(wf_object_t *self, wf_object_t *unused) {
    return wf_err_set(&wf_exc_SystemExit, NULL);
}

static wf_object_t *thread_daemon_allowed(wf_object_t *self, wf_object_t *unused) {
    return wf_bool_from(1);
}

static wf_object_t *thread_stack_size_fn(wf_object_t *self, wf_object_t *const *args,
                                         wf_ssize_t nargs) {
    if (wf_check_nargs("stack_size", nargs, 0, 1) < 0) {
        return NULL;
    }
    size_t old = thread_stack_size;
    if (nargs == 1) {
        wf_ssize_t n = wf_as_ssize(args[0], &wf_exc_OverflowError);
        if (n == -1 && wf_err_occurred()) {
            return NULL;
        }
        if (n != 0 && n < 32768) {
            return wf_err_format(&wf_exc_ValueError, "size not valid: %zd bytes", n);
        }
        if (n < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "size must be 0 or a positive value");
        }
        thread_stack_size = (size_t)n;
    }
    return wf_int_from_u64(old);
}

static wf_object_t *thread_interrupt_main(wf_object_t *self, wf_object_t *const *args,
                                          wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"signum", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("interrupt_main", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    int signum = SIGINT;
    if (a[0] != NULL) {
        wf_ssize_t s = wf_as_ssize(a[0], &wf_exc_OverflowError);
        if (s == -1 && wf_err_occurred()) {
            return NULL;
        }
        signum = s < INT_MIN || s > INT_MAX ? -1 : (int)s;
    }
    if (wf_signals_simulate(signum) < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

// _unraisable(message, exc): report `exc` as CPython reports an exception nobody can
// catch ("<message>:" and the traceback, through sys.unraisablehook). For the Python
// side of threading and atexit.
static wf_object_t *thread_unraisable(wf_object_t *self, wf_object_t *const *args,
                                      wf_ssize_t nargs) {
    if (wf_check_nargs("_unraisable", nargs, 2, 2) < 0) {
        return NULL;
    }
    const char *msg = WF_STR_CHECK(args[0]) ? wf_str_as_utf8(args[0], NULL) : NULL;
    if (msg == NULL || !WF_EXC_CHECK(args[1])) {
        return wf_err_set_string(&wf_exc_TypeError, "_unraisable(str, exception)");
    }
    char *copy = wf_mem_strdup(msg);
    if (copy == NULL) {
        return wf_err_nomemory();
    }
    // What the program printed comes first, as in CPython's report at exit.
    if (wf_sys_flush_std_streams() < 0) {
        wf_err_clear();
    }
    wf_err_restore(wf_newref(args[1]));
    wf_err_write_unraisable_msg(copy, NULL);
    wf_mem_free(copy);
    WF_RETURN_NONE;
}

// _set_async_exc(ident, exc): raise `exc` (class or instance; None withdraws it) in the
// thread `ident` at its next eval-breaker check, like CPython's C-level
// PyThreadState_SetAsyncExc. Returns the number of threads found.
static wf_object_t *thread_set_async_exc(wf_object_t *self, wf_object_t *const *args,
                                         wf_ssize_t nargs) {
    if (wf_check_nargs("_set_async_exc", nargs, 2, 2) < 0) {
        return NULL;
    }
    int64_t ident;
    if (!WF_INT_CHECK(args[0])) {
        return wf_err_set_string(&wf_exc_TypeError, "thread ident must be an int");
    }
    if (wf_int_as_i64(args[0], &ident) < 0) {
        return NULL;
    }
    wf_object_t *exc = args[1] == WF_NONE ? NULL : args[1];
    if (exc != NULL && !WF_EXC_CHECK(exc) && !(WF_TYPE_CHECK(exc) && WF_EXC_TYPE_CHECK(exc))) {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "exceptions must derive from BaseException");
    }
    return wf_int_from_i64(wf_eval_set_async_exc((unsigned long)ident, exc));
}

static int call_in_main(void *arg) {
    wf_object_t *func = arg;
    wf_object_t *r = wf_call(func, NULL, NULL);
    WF_DECREF(func);
    if (r == NULL) {
        return -1;
    }
    WF_DECREF(r);
    return 0;
}

// _call_in_main(func): the main thread calls func() at its next eval-breaker check (a
// pending call); an exception it raises propagates in the main thread.
static wf_object_t *thread_call_in_main(wf_object_t *self, wf_object_t *func) {
    if (!wf_callable(func)) {
        return wf_err_set_string(&wf_exc_TypeError, "func must be callable");
    }
    if (wf_eval_add_pending_call(call_in_main, wf_newref(func)) < 0) {
        WF_DECREF(func);
        return wf_err_set_string(&wf_exc_RuntimeError, "too many pending calls");
    }
    WF_RETURN_NONE;
}

static wf_method_def_t thread_functions[] = {
    {"_set_async_exc", {.fast = thread_set_async_exc}, WF_METH_FASTCALL, NULL},
    {"_call_in_main", {.o = thread_call_in_main}, WF_METH_O, NULL},
    {"_unraisable", {.fast = thread_unraisable}, WF_METH_FASTCALL, NULL},
    {"start_new_thread", {.fast = thread_start_new_thread}, WF_METH_FASTCALL, NULL},
    {"start_new", {.fast = thread_start_new_thread}, WF_METH_FASTCALL, NULL},
    {"_start", {.fast = thread_start}, WF_METH_FASTCALL, NULL},
    {"allocate_lock", {.noargs = thread_allocate_lock}, WF_METH_NOARGS, NULL},
    {"allocate", {.noargs = thread_allocate_lock}, WF_METH_NOARGS, NULL},
    {"get_ident", {.noargs = thread_get_ident}, WF_METH_NOARGS, NULL},
    {"get_native_id", {.noargs = thread_get_native_id}, WF_METH_NOARGS, NULL},
    {"_main_ident", {.noargs = thread_main_ident}, WF_METH_NOARGS, NULL},
    {"_get_main_thread_ident", {.noargs = thread_main_ident}, WF_METH_NOARGS, NULL},
    {"_count", {.noargs = thread_count}, WF_METH_NOARGS, NULL},
    {"exit", {.noargs = thread_exit}, WF_METH_NOARGS, NULL},
    {"exit_thread", {.noargs = thread_exit}, WF_METH_NOARGS, NULL},
    {"daemon_threads_allowed", {.noargs = thread_daemon_allowed}, WF_METH_NOARGS, NULL},
    {"stack_size", {.fast = thread_stack_size_fn}, WF_METH_FASTCALL, NULL},
    {"interrupt_main", {.fastkw = thread_interrupt_main}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {NULL},
};

wf_object_t *wf_mod_thread_init(void) {
    wf_object_t *m = wf_module_new("_thread");
    wf_object_t *tmax = m != NULL ? wf_float_new(TIMEOUT_MAX_S) : NULL;
    int ok = tmax != NULL && wf_module_add_functions(m, thread_functions) == 0 &&
             wf_module_add_type(m, &wf_lock_type) == 0 &&
             wf_module_add_object(m, "LockType", WF_OBJ(&wf_lock_type)) == 0 &&
             wf_module_add_type(m, &wf_rlock_type) == 0 &&
             wf_module_add_type(m, &wf_local_type) == 0 &&
             wf_module_add_object(m, "error", WF_OBJ(&wf_exc_RuntimeError)) == 0 &&
             wf_module_add_object(m, "TIMEOUT_MAX", tmax) == 0;
    WF_XDECREF(tmax);
    if (!ok) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
