// The select module: select(2), poll(2) objects and epoll(7) objects. Every wait runs in
// the blocking region (no GIL held, offline for QSBR); a wait interrupted by a signal runs
// the handlers and resumes with the time that is left, as PEP 475 asks.
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_signal.h"
#include "sync/blocking.h"
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// A file descriptor from an int or an object with fileno(): CPython's messages.
static int fd_of(wf_object_t *o, int *fd) {
    wf_object_t *n = NULL;
    if (!WF_INT_CHECK(o)) {
        wf_object_t *meth = NULL;
        if (wf_getattr_opt(o, wf_str_intern_cstr("fileno"), &meth) < 0) {
            return -1;
        }
        if (meth == NULL) {
            wf_err_set_string(&wf_exc_TypeError,
                              "argument must be an int, or have a fileno() method.");
            return -1;
        }
        n = wf_call_noargs(meth);
        WF_DECREF(meth);
        if (n == NULL) {
            return -1;
        }
        if (!WF_INT_CHECK(n)) {
            WF_DECREF(n);
            wf_err_set_string(&wf_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
        o = n;
    }
    int r = wf_as_c_int(o, fd);
    WF_XDECREF(n);
    if (r < 0) {
        return -1;
    }
    if (*fd < 0) {
        wf_err_format(&wf_exc_ValueError, "file descriptor cannot be a negative integer (%d)",
                      *fd);
        return -1;
    }
    return 0;
}

// A timeout in seconds (None: forever) as nanoseconds, -1 for forever.
static int timeout_ns(wf_object_t *o, int64_t *out, const char *type_msg) {
    if (o == NULL || o == WF_NONE) {
        *out = -1;
        return 0;
    }
    double secs;
    if (WF_FLOAT_CHECK(o)) {
        secs = wf_float_as_double(o);
    } else if (WF_INT_CHECK(o)) {
        int64_t v;
        if (wf_int_as_i64(o, &v) < 0) {
            wf_err_clear();
            wf_err_set_string(&wf_exc_OverflowError,
                              "timestamp too large to convert to C PyTime_t");
            return -1;
        }
        secs = (double)v;
    } else {
        wf_err_set_string(&wf_exc_TypeError, type_msg);
        return -1;
    }
    if (isnan(secs)) {
        wf_err_set_string(&wf_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (!(fabs(secs) * 1e9 < 9.2e18)) {
        wf_err_set_string(&wf_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (int64_t)ceil(secs * 1e9);
    return 0;
}

// After EINTR: run the signal handlers; -1 if one raised.
static int after_eintr(void) {
    return wf_signals_run_handlers();
}

// ---- select.select ----

typedef struct {
    wf_object_t *list;  // the objects, in the order given
    int *fds;
    wf_ssize_t n;
} fdlist_t;

static void fdlist_clear(fdlist_t *l) {
    WF_XDECREF(l->list);
    wf_mem_free(l->fds);
    l->list = NULL;
    l->fds = NULL;
}

static int fdlist_fill(wf_object_t *seq, fdlist_t *l, fd_set *set, int *maxfd) {
    wf_object_t *it = wf_iter(seq);
    if (it == NULL) {
        if (wf_err_matches(&wf_exc_TypeError)) {
            wf_err_clear();
            wf_err_set_string(&wf_exc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    l->list = wf_list_new(0);
    if (l->list == NULL) {
        WF_DECREF(it);
        return -1;
    }
    wf_object_t *o;
    while ((o = wf_iter_next(it)) != NULL) {
        if (wf_list_append_steal(l->list, o) < 0) {
            WF_DECREF(it);
            return -1;
        }
    }
    WF_DECREF(it);
    if (wf_err_occurred()) {
        return -1;
    }
    l->n = WF_LIST_SIZE(l->list);
    if (l->n > FD_SETSIZE) {
        wf_err_set_string(&wf_exc_ValueError, "too many file descriptors in select()");
        return -1;
    }
    l->fds = wf_mem_alloc(sizeof(int) * (size_t)(l->n + 1));
    if (l->fds == NULL) {
        wf_err_nomemory();
        return -1;
    }
    for (wf_ssize_t i = 0; i < l->n; i++) {
        if (fd_of(WF_LIST_ITEMS(l->list)[i], &l->fds[i]) < 0) {
            return -1;
        }
        if (l->fds[i] >= FD_SETSIZE) {
            wf_err_set_string(&wf_exc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        FD_SET(l->fds[i], set);
        if (l->fds[i] > *maxfd) {
            *maxfd = l->fds[i];
        }
    }
    return 0;
}

static wf_object_t *fdlist_ready(fdlist_t *l, fd_set *set) {
    wf_object_t *out = wf_list_new(0);
    for (wf_ssize_t i = 0; out != NULL && i < l->n; i++) {
        if (FD_ISSET(l->fds[i], set)) {
            wf_object_t *o = WF_LIST_ITEMS(l->list)[i];
            WF_INCREF(o);
            if (wf_list_append_steal(out, o) < 0) {
                WF_CLEAR(out);
            }
        }
    }
    return out;
}

static wf_object_t *select_select(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("select", nargs, 3, 4) < 0) {
        return NULL;
    }
    int64_t tmo;
    if (timeout_ns(nargs > 3 ? args[3] : NULL, &tmo, "timeout must be a float or None") < 0) {
        return NULL;
    }
    if (tmo < -1 || (tmo < 0 && nargs > 3 && args[3] != WF_NONE)) {
        return wf_err_set_string(&wf_exc_ValueError, "timeout must be non-negative");
    }
    fdlist_t lists[3] = {{0}};
    fd_set sets[3];
    int maxfd = -1;
    wf_object_t *result = NULL;
    for (int k = 0; k < 3; k++) {
        FD_ZERO(&sets[k]);
    }
    for (int k = 0; k < 3; k++) {
        if (fdlist_fill(args[k], &lists[k], &sets[k], &maxfd) < 0) {
            goto done;
        }
    }
    int64_t deadline = tmo >= 0 ? now_ns() + tmo : 0;
    for (;;) {
        fd_set work[3] = {sets[0], sets[1], sets[2]};
        struct timeval tv, *tvp = NULL;
        if (tmo >= 0) {
            int64_t left = deadline - now_ns();
            if (left < 0) {
                left = 0;
            }
            tv.tv_sec = (time_t)(left / 1000000000);
            tv.tv_usec = (suseconds_t)((left % 1000000000 + 999) / 1000);
            tvp = &tv;
        }
        int rc, err;
        WF_BLOCKING_BEGIN();
        rc = select(maxfd + 1, &work[0], &work[1], &work[2], tvp);
        err = errno;
        WF_BLOCKING_END();
        if (rc >= 0) {
            wf_object_t *r0 = fdlist_ready(&lists[0], &work[0]);
            wf_object_t *r1 = fdlist_ready(&lists[1], &work[1]);
            wf_object_t *r2 = fdlist_ready(&lists[2], &work[2]);
            if (r0 != NULL && r1 != NULL && r2 != NULL) {
                result = wf_tuple_pack(3, r0, r1, r2);
            }
            WF_XDECREF(r0);
            WF_XDECREF(r1);
            WF_XDECREF(r2);
            break;
        }
        if (err != EINTR) {
            errno = err;
            wf_err_from_errno(&wf_exc_OSError);
            break;
        }
        if (after_eintr() < 0) {
            break;
        }
    }
done:
    for (int k = 0; k < 3; k++) {
        fdlist_clear(&lists[k]);
    }
    return result;
}

// ---- poll objects ----

typedef struct {
    WF_OBJECT_HEAD
    wf_object_t *fds;  // dict fd -> event mask
    int polling;
} poll_t;

#define POLL(o) ((poll_t *)(o))

extern wf_type_t wf_select_poll_type, wf_select_epoll_type;

static int mask_arg(wf_object_t *o, unsigned short dflt, unsigned short *out) {
    if (o == NULL) {
        *out = dflt;
        return 0;
    }
    int64_t v;
    if (!WF_INT_CHECK(o)) {
        wf_err_format(&wf_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      WF_TYPE(o)->name);
        return -1;
    }
    if (wf_int_as_i64(o, &v) < 0 || v > 0xffff) {
        wf_err_clear();
        wf_err_set_string(&wf_exc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    if (v < 0) {
        wf_err_set_string(&wf_exc_ValueError, "value must be positive");
        return -1;
    }
    *out = (unsigned short)v;
    return 0;
}

static wf_object_t *poll_register(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int fd;
    unsigned short mask;
    if (wf_check_nargs("register", nargs, 1, 2) < 0 || fd_of(args[0], &fd) < 0 ||
        mask_arg(nargs > 1 ? args[1] : NULL, POLLIN | POLLPRI | POLLOUT, &mask) < 0) {
        return NULL;
    }
    wf_object_t *k = wf_int_from_i64(fd), *v = wf_int_from_i64(mask);
    int r = k && v ? wf_dict_setitem(POLL(self)->fds, k, v) : -1;
    WF_XDECREF(k);
    WF_XDECREF(v);
    if (r < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *poll_modify(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int fd;
    unsigned short mask;
    if (wf_check_nargs("modify", nargs, 2, 2) < 0 || fd_of(args[0], &fd) < 0 ||
        mask_arg(args[1], 0, &mask) < 0) {
        return NULL;
    }
    wf_object_t *k = wf_int_from_i64(fd);
    wf_object_t *old = NULL;
    int found = k ? wf_dict_get_ref(POLL(self)->fds, k, &old) : -1;
    WF_XDECREF(old);
    if (found == 0) {
        WF_DECREF(k);
        errno = ENOENT;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *v = found > 0 ? wf_int_from_i64(mask) : NULL;
    int r = v ? wf_dict_setitem(POLL(self)->fds, k, v) : -1;
    WF_XDECREF(k);
    WF_XDECREF(v);
    if (r < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *poll_unregister(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (fd_of(arg, &fd) < 0) {
        return NULL;
    }
    wf_object_t *k = wf_int_from_i64(fd);
    wf_object_t *old = NULL;
    int r = k ? wf_dict_pop(POLL(self)->fds, k, &old) : -1;
    if (r == 0) {
        wf_err_set_object_steal(wf_call_one(WF_OBJ(&wf_exc_KeyError), k));
    }
    WF_XDECREF(k);
    WF_XDECREF(old);
    if (r <= 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *poll_poll(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("poll", nargs, 0, 1) < 0) {
        return NULL;
    }
    int64_t ms = -1;
    wf_object_t *t = nargs > 0 ? args[0] : WF_NONE;
    if (t != WF_NONE) {
        double d;
        if (WF_INT_CHECK(t)) {
            int64_t v;
            if (wf_int_as_i64(t, &v) < 0) {
                return NULL;
            }
            d = (double)v;
        } else if (WF_FLOAT_CHECK(t)) {
            d = wf_float_as_double(t);
        } else {
            return wf_err_set_string(&wf_exc_TypeError, "timeout must be an integer or None");
        }
        if (isnan(d) || d > 2147483647.0) {
            return wf_err_set_string(&wf_exc_OverflowError, "Python int too large to convert to C int");
        }
        ms = d < 0 ? -1 : (int64_t)ceil(d);
    }
    if (POLL(self)->polling) {
        return wf_err_set_string(&wf_exc_RuntimeError, "concurrent poll() invocation");
    }
    // Snapshot the registrations.
    wf_object_t *items = wf_call_method_cstr(POLL(self)->fds, "items", NULL, 0);
    wf_object_t *list = items ? wf_sequence_list(items) : NULL;
    WF_XDECREF(items);
    if (list == NULL) {
        return NULL;
    }
    wf_ssize_t n = WF_LIST_SIZE(list);
    struct pollfd *pfd = wf_mem_alloc(sizeof(struct pollfd) * (size_t)(n + 1));
    if (pfd == NULL) {
        WF_DECREF(list);
        return wf_err_nomemory();
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *pair = WF_LIST_ITEMS(list)[i];
        int64_t fd, ev;
        wf_int_as_i64(WF_TUPLE_GET(pair, 0), &fd);
        wf_int_as_i64(WF_TUPLE_GET(pair, 1), &ev);
        pfd[i].fd = (int)fd;
        pfd[i].events = (short)ev;
        pfd[i].revents = 0;
    }
    WF_DECREF(list);
    POLL(self)->polling = 1;
    int64_t deadline = ms >= 0 ? now_ns() + ms * 1000000 : 0;
    int rc;
    for (;;) {
        int wait = -1;
        if (ms >= 0) {
            int64_t left = deadline - now_ns();
            wait = left <= 0 ? 0 : (int)((left + 999999) / 1000000);
        }
        int err;
        WF_BLOCKING_BEGIN();
        rc = poll(pfd, (nfds_t)n, wait);
        err = errno;
        WF_BLOCKING_END();
        if (rc >= 0 || err != EINTR) {
            errno = err;
            break;
        }
        if (after_eintr() < 0) {
            POLL(self)->polling = 0;
            wf_mem_free(pfd);
            return NULL;
        }
    }
    POLL(self)->polling = 0;
    if (rc < 0) {
        wf_mem_free(pfd);
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *out = wf_list_new(0);
    for (wf_ssize_t i = 0; out != NULL && i < n; i++) {
        if (pfd[i].revents == 0) {
            continue;
        }
        wf_object_t *fd = wf_int_from_i64(pfd[i].fd);
        wf_object_t *ev = wf_int_from_i64((unsigned short)pfd[i].revents);
        wf_object_t *pair = fd && ev ? wf_tuple_pack(2, fd, ev) : NULL;
        WF_XDECREF(fd);
        WF_XDECREF(ev);
        if (pair == NULL || wf_list_append_steal(out, pair) < 0) {
            WF_CLEAR(out);
        }
    }
    wf_mem_free(pfd);
    return out;
}

static void poll_dealloc(wf_object_t *o) {
    WF_XDECREF(POLL(o)->fds);
    wf_object_free(o);
}

static wf_object_t *select_poll(wf_object_t *self, wf_object_t *unused) {
    poll_t *p = (poll_t *)wf_object_alloc(&wf_select_poll_type, sizeof(poll_t));
    if (p == NULL) {
        return NULL;
    }
    p->fds = wf_dict_new();
    if (p->fds == NULL) {
        WF_DECREF(p);
        return NULL;
    }
    return WF_OBJ(p);
}

static wf_method_def_t poll_methods[] = {
    {"register", {.fast = poll_register}, WF_METH_FASTCALL, NULL},
    {"modify", {.fast = poll_modify}, WF_METH_FASTCALL, NULL},
    {"unregister", {.o = poll_unregister}, WF_METH_O, NULL},
    {"poll", {.fast = poll_poll}, WF_METH_FASTCALL, NULL},
    {NULL},
};

wf_type_t wf_select_poll_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "select.poll",
    .basicsize = sizeof(poll_t),
    .flags = WF_TPFLAGS_IMMUTABLETYPE | WF_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

// ---- epoll objects ----

typedef struct {
    WF_OBJECT_HEAD
    int epfd;  // -1 once closed
} epoll_t;

#define EP(o) ((epoll_t *)(o))

static wf_object_t *closed_error(void) {
    return wf_err_set_string(&wf_exc_ValueError, "I/O operation on closed epoll object");
}

static wf_object_t *epoll_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    static const char *const names[] = {"sizehint", "flags", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    wf_ssize_t n = args ? WF_TUPLE_SIZE(args) : 0;
    wf_object_t *kwn = NULL;
    wf_object_t *stack[4];
    wf_ssize_t nk = kwargs ? wf_dict_size(kwargs) : 0;
    if (n + nk > 2) {
        return wf_err_format(&wf_exc_TypeError, "epoll() takes at most 2 arguments (%zd given)",
                             n + nk);
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        stack[i] = WF_TUPLE_GET(args, i);
    }
    if (nk > 0) {
        wf_object_t *keys = wf_sequence_tuple(kwargs);
        if (keys == NULL) {
            return NULL;
        }
        for (wf_ssize_t i = 0; i < nk; i++) {
            wf_object_t *v = NULL;
            wf_dict_get_ref(kwargs, WF_TUPLE_GET(keys, i), &v);
            stack[n + i] = v;
            WF_XDECREF(v);  // the dict keeps it alive
        }
        kwn = keys;
    }
    int r = wf_parse_args("epoll", stack, n, kwn, names, 0, 0, a);
    WF_XDECREF(kwn);
    if (r < 0) {
        return NULL;
    }
    int sizehint = -1, flags = 0;
    if ((a[0] != NULL && wf_as_c_int(a[0], &sizehint) < 0) ||
        (a[1] != NULL && wf_as_c_int(a[1], &flags) < 0)) {
        return NULL;
    }
    if (sizehint == 0 || sizehint < -1) {
        return wf_err_set_string(&wf_exc_ValueError, "negative sizehint");
    }
    epoll_t *e = (epoll_t *)wf_type_alloc(type, 0);
    if (e == NULL) {
        return NULL;
    }
    e->epfd = epoll_create1(EPOLL_CLOEXEC);
    if (e->epfd < 0) {
        WF_DECREF(e);
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return WF_OBJ(e);
}

static void epoll_dealloc(wf_object_t *o) {
    if (EP(o)->epfd >= 0) {
        close(EP(o)->epfd);
    }
    wf_object_free(o);
}

static wf_object_t *epoll_ctl_call(wf_object_t *self, int op, wf_object_t *fdo, wf_object_t *mask,
                                   unsigned dflt) {
    if (EP(self)->epfd < 0) {
        return closed_error();
    }
    int fd;
    if (fd_of(fdo, &fd) < 0) {
        return NULL;
    }
    struct epoll_event ev = {0};
    ev.events = dflt;
    if (mask != NULL) {
        int64_t m;
        if (!WF_INT_CHECK(mask)) {
            return wf_err_format(&wf_exc_TypeError,
                                 "'%s' object cannot be interpreted as an integer",
                                 WF_TYPE(mask)->name);
        }
        if (wf_int_as_i64(mask, &m) < 0) {
            return NULL;
        }
        ev.events = (uint32_t)m;
    }
    ev.data.fd = fd;
    if (epoll_ctl(EP(self)->epfd, op, fd, op == EPOLL_CTL_DEL ? NULL : &ev) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

static wf_object_t *epoll_register(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                   wf_object_t *kwnames) {
    static const char *const names[] = {"fd", "eventmask", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("register", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    return epoll_ctl_call(self, EPOLL_CTL_ADD, a[0], a[1], EPOLLIN | EPOLLPRI | EPOLLOUT);
}

static wf_object_t *epoll_modify(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                 wf_object_t *kwnames) {
    static const char *const names[] = {"fd", "eventmask", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("modify", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    return epoll_ctl_call(self, EPOLL_CTL_MOD, a[0], a[1], 0);
}

static wf_object_t *epoll_unregister(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"fd", NULL};
    wf_object_t *a[1] = {NULL};
    if (wf_parse_args("unregister", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    return epoll_ctl_call(self, EPOLL_CTL_DEL, a[0], NULL, 0);
}

static wf_object_t *epoll_poll(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    static const char *const names[] = {"timeout", "maxevents", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("poll", args, nargs, kwnames, names, 0, 0, a) < 0) {
        return NULL;
    }
    if (EP(self)->epfd < 0) {
        return closed_error();
    }
    int64_t tmo = -1;
    if (a[0] != NULL && a[0] != WF_NONE) {
        if (timeout_ns(a[0], &tmo, "timeout must be an integer or None") < 0) {
            return NULL;
        }
        if (tmo < 0) {
            tmo = -1;
        }
    }
    int maxevents = -1;
    if (a[1] != NULL && wf_as_c_int(a[1], &maxevents) < 0) {
        return NULL;
    }
    if (maxevents == -1) {
        maxevents = FD_SETSIZE - 1;
    } else if (maxevents < 1) {
        return wf_err_format(&wf_exc_ValueError, "maxevents must be greater than 0, got %d",
                             maxevents);
    }
    struct epoll_event *evs = wf_mem_alloc(sizeof(struct epoll_event) * (size_t)maxevents);
    if (evs == NULL) {
        return wf_err_nomemory();
    }
    int64_t deadline = tmo >= 0 ? now_ns() + tmo : 0;
    int rc;
    for (;;) {
        int wait = -1;
        if (tmo >= 0) {
            int64_t left = deadline - now_ns();
            wait = left <= 0 ? 0 : (int)((left + 999999) / 1000000);
        }
        int err;
        WF_BLOCKING_BEGIN();
        rc = epoll_wait(EP(self)->epfd, evs, maxevents, wait);
        err = errno;
        WF_BLOCKING_END();
        if (rc >= 0 || err != EINTR) {
            errno = err;
            break;
        }
        if (after_eintr() < 0) {
            wf_mem_free(evs);
            return NULL;
        }
    }
    if (rc < 0) {
        wf_mem_free(evs);
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *out = wf_list_new(0);
    for (int i = 0; out != NULL && i < rc; i++) {
        wf_object_t *fd = wf_int_from_i64(evs[i].data.fd);
        wf_object_t *ev = wf_int_from_u64(evs[i].events);
        wf_object_t *pair = fd && ev ? wf_tuple_pack(2, fd, ev) : NULL;
        WF_XDECREF(fd);
        WF_XDECREF(ev);
        if (pair == NULL || wf_list_append_steal(out, pair) < 0) {
            WF_CLEAR(out);
        }
    }
    wf_mem_free(evs);
    return out;
}

static wf_object_t *epoll_close(wf_object_t *self, wf_object_t *unused) {
    if (EP(self)->epfd >= 0) {
        int fd = EP(self)->epfd;
        EP(self)->epfd = -1;
        if (close(fd) < 0 && errno != EINTR) {
            return wf_err_from_errno(&wf_exc_OSError);
        }
    }
    WF_RETURN_NONE;
}

static wf_object_t *epoll_fileno(wf_object_t *self, wf_object_t *unused) {
    if (EP(self)->epfd < 0) {
        return closed_error();
    }
    return wf_int_from_i64(EP(self)->epfd);
}

static wf_object_t *epoll_enter(wf_object_t *self, wf_object_t *unused) {
    if (EP(self)->epfd < 0) {
        return closed_error();
    }
    return wf_newref(self);
}

static wf_object_t *epoll_exit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return epoll_close(self, NULL);
}

static wf_object_t *epoll_fromfd(wf_object_t *cls, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    epoll_t *e = (epoll_t *)wf_type_alloc((wf_type_t *)cls, 0);
    if (e == NULL) {
        return NULL;
    }
    e->epfd = fd;
    return WF_OBJ(e);
}

static wf_object_t *epoll_get_closed(wf_object_t *self, void *c) {
    return wf_newref(EP(self)->epfd < 0 ? WF_TRUE : WF_FALSE);
}

static wf_method_def_t epoll_methods[] = {
    {"register", {.fastkw = epoll_register}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"modify", {.fastkw = epoll_modify}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"unregister", {.fastkw = epoll_unregister}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"poll", {.fastkw = epoll_poll}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"close", {.noargs = epoll_close}, WF_METH_NOARGS, NULL},
    {"fileno", {.noargs = epoll_fileno}, WF_METH_NOARGS, NULL},
    {"__enter__", {.noargs = epoll_enter}, WF_METH_NOARGS, NULL},
    {"__exit__", {.fast = epoll_exit}, WF_METH_FASTCALL, NULL},
    {"fromfd", {.o = epoll_fromfd}, WF_METH_O | WF_METH_CLASS, NULL},
    {NULL},
};

static wf_getset_def_t epoll_getsets[] = {
    {"closed", epoll_get_closed, NULL, NULL, NULL},
    {NULL},
};

wf_type_t wf_select_epoll_type = {
    .ob_base = WF_STATIC_HEAD(&wf_type_type),
    .name = "select.epoll",
    .basicsize = sizeof(epoll_t),
    .doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object.",
    .dealloc = epoll_dealloc,
    .new = epoll_new,
    .methods = epoll_methods,
    .getsets = epoll_getsets,
};

static wf_method_def_t select_functions[] = {
    {"select", {.fast = select_select}, WF_METH_FASTCALL, NULL},
    {"poll", {.noargs = select_poll}, WF_METH_NOARGS, NULL},
    {NULL},
};

wf_object_t *wf_mod_select_init(void) {
    if (wf_type_ready(&wf_select_poll_type) < 0 || wf_type_ready(&wf_select_epoll_type) < 0) {
        return NULL;
    }
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},     {"POLLOUT", POLLOUT},
        {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},     {"POLLNVAL", POLLNVAL},
        {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
        {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},     {"POLLRDHUP", POLLRDHUP},
        {"EPOLLIN", EPOLLIN},       {"EPOLLOUT", EPOLLOUT},   {"EPOLLPRI", EPOLLPRI},
        {"EPOLLERR", EPOLLERR},     {"EPOLLHUP", EPOLLHUP},   {"EPOLLET", EPOLLET},
        {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
        {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
        {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
        {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {"PIPE_BUF", PIPE_BUF},
    };
    wf_object_t *m = wf_module_new("select");
    if (m == NULL || wf_module_add_functions(m, select_functions) < 0 ||
        wf_module_add_object(m, "error", WF_OBJ(&wf_exc_OSError)) < 0 ||
        wf_module_add_object(m, "epoll", WF_OBJ(&wf_select_epoll_type)) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
        if (wf_module_add_int(m, ints[i].name, ints[i].value) < 0) {
            WF_DECREF(m);
            return NULL;
        }
    }
    return m;
}
