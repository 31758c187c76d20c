// File-descriptor control: os.get_blocking/set_blocking, os.get_inheritable/
// set_inheritable, os.pidfd_open and os.sendfile (added to posix), and the fcntl and
// resource modules.
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/modules/mod_posix.h"
#include "runtime/modules/mod_signal.h"
#include "sync/blocking.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <unistd.h>

static wf_object_t *os_error(void) {
    return wf_err_from_errno(&wf_exc_OSError);
}

// A descriptor from an int or an object with fileno() (fcntl's convention).
static int fd_arg(wf_object_t *o, int *fd) {
    if (WF_INT_CHECK(o)) {
        if (wf_as_c_int(o, fd) < 0) {
            return -1;
        }
        if (*fd < 0) {
            wf_err_format(&wf_exc_ValueError,
                          "file descriptor cannot be a negative integer (%d)", *fd);
            return -1;
        }
        return 0;
    }
    wf_object_t *meth = NULL;
    if (wf_getattr_opt(o, wf_str_intern_cstr("fileno"), &meth) < 0) {
        return -1;
    }
    if (meth == NULL) {
        wf_err_set_string(&wf_exc_TypeError,
                          "argument must be an int, or have a fileno() method.");
        return -1;
    }
    wf_object_t *n = wf_call_noargs(meth);
    WF_DECREF(meth);
    if (n == NULL) {
        return -1;
    }
    int r = wf_as_c_int(n, fd);
    WF_DECREF(n);
    if (r == 0 && *fd < 0) {
        wf_err_format(&wf_exc_ValueError, "file descriptor cannot be a negative integer (%d)",
                      *fd);
        return -1;
    }
    return r;
}

// ---- os additions ----

// A descriptor flag read or changed with fcntl: O_NONBLOCK through F_GETFL/F_SETFL, or
// FD_CLOEXEC through F_GETFD/F_SETFD. Both are reported negated (blocking, inheritable).
typedef struct {
    int get, set, bit;
} fd_flag_t;

static const fd_flag_t blocking_flag = {F_GETFL, F_SETFL, O_NONBLOCK};
static const fd_flag_t inheritable_flag = {F_GETFD, F_SETFD, FD_CLOEXEC};

static wf_object_t *flag_get(const fd_flag_t *f, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    int flags = fcntl(fd, f->get);
    if (flags < 0) {
        return os_error();
    }
    return wf_newref((flags & f->bit) ? WF_FALSE : WF_TRUE);
}

static wf_object_t *flag_set(const fd_flag_t *f, const char *name, wf_object_t *const *args,
                             wf_ssize_t nargs) {
    int fd;
    if (wf_check_nargs(name, nargs, 2, 2) < 0 || wf_as_c_int(args[0], &fd) < 0) {
        return NULL;
    }
    int on = wf_truthy(args[1]);
    if (on < 0) {
        return NULL;
    }
    int flags = fcntl(fd, f->get);
    if (flags < 0) {
        return os_error();
    }
    int want = on ? flags & ~f->bit : flags | f->bit;
    if (want != flags && fcntl(fd, f->set, want) < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *os_get_blocking(wf_object_t *self, wf_object_t *arg) {
    return flag_get(&blocking_flag, arg);
}

static wf_object_t *os_set_blocking(wf_object_t *self, wf_object_t *const *args,
                                    wf_ssize_t nargs) {
    return flag_set(&blocking_flag, "set_blocking", args, nargs);
}

static wf_object_t *os_get_inheritable(wf_object_t *self, wf_object_t *arg) {
    return flag_get(&inheritable_flag, arg);
}

static wf_object_t *os_set_inheritable(wf_object_t *self, wf_object_t *const *args,
                                       wf_ssize_t nargs) {
    return flag_set(&inheritable_flag, "set_inheritable", args, nargs);
}

static wf_object_t *os_pidfd_open(wf_object_t *self, wf_object_t *const *args,
                                  wf_ssize_t nargs) {
    int pid, flags = 0;
    if (wf_check_nargs("pidfd_open", nargs, 1, 2) < 0 || wf_as_c_int(args[0], &pid) < 0 ||
        (nargs > 1 && wf_as_c_int(args[1], &flags) < 0)) {
        return NULL;
    }
#ifdef SYS_pidfd_open
    long fd = syscall(SYS_pidfd_open, pid, flags);
    if (fd < 0) {
        return os_error();
    }
    return wf_int_from_i64(fd);
#else
    errno = ENOSYS;
    return os_error();
#endif
}

static wf_object_t *os_sendfile(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"out_fd", "in_fd", "offset", "count", NULL};
    wf_object_t *a[4] = {NULL};
    if (wf_parse_args("sendfile", args, nargs, kwnames, names, 0, 4, a) < 0) {
        return NULL;
    }
    int out_fd, in_fd;
    int64_t count;
    if (wf_as_c_int(a[0], &out_fd) < 0 || wf_as_c_int(a[1], &in_fd) < 0 ||
        wf_int_as_i64(a[3], &count) < 0) {
        return NULL;
    }
    off_t off = 0, *offp = NULL;
    if (a[2] != WF_NONE) {
        int64_t o;
        if (wf_int_as_i64(a[2], &o) < 0) {
            return NULL;
        }
        off = (off_t)o;
        offp = &off;
    }
    for (;;) {
        ssize_t n;
        int err;
        WF_BLOCKING_BEGIN();
        n = sendfile(out_fd, in_fd, offp, (size_t)count);
        err = errno;
        WF_BLOCKING_END();
        if (n >= 0) {
            return wf_int_from_i64(n);
        }
        if (err != EINTR) {
            errno = err;
            return os_error();
        }
        if (wf_signals_run_handlers() < 0) {
            return NULL;
        }
    }
}

static wf_method_def_t fd_methods[] = {
    {"get_blocking", {.o = os_get_blocking}, WF_METH_O, NULL},
    {"set_blocking", {.fast = os_set_blocking}, WF_METH_FASTCALL, NULL},
    {"get_inheritable", {.o = os_get_inheritable}, WF_METH_O, NULL},
    {"set_inheritable", {.fast = os_set_inheritable}, WF_METH_FASTCALL, NULL},
    {"pidfd_open", {.fast = os_pidfd_open}, WF_METH_FASTCALL, NULL},
    {"sendfile", {.fastkw = os_sendfile}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {NULL},
};

int wf_posix_add_fdops(wf_object_t *m) {
    return wf_module_add_functions(m, fd_methods);
}

// ---- fcntl ----

// fcntl(fd, cmd, arg=0): arg an int (the call's result is returned) or bytes-like (a copy
// is passed and the changed copy returned, up to 1024 bytes).
static wf_object_t *fcntl_fcntl(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int fd, cmd;
    if (wf_check_nargs("fcntl", nargs, 2, 3) < 0 || fd_arg(args[0], &fd) < 0 ||
        wf_as_c_int(args[1], &cmd) < 0) {
        return NULL;
    }
    if (nargs > 2 && !WF_INT_CHECK(args[2])) {
        wf_buffer_t view;
        if (wf_buffer_get(args[2], &view, WF_BUF_SIMPLE) < 0) {
            return NULL;
        }
        char buf[1024];
        if (view.len > (wf_ssize_t)sizeof(buf)) {
            wf_buffer_release(&view);
            return wf_err_set_string(&wf_exc_ValueError, "fcntl argument 3 is too long");
        }
        wf_ssize_t len = view.len;
        memcpy(buf, view.buf, (size_t)len);
        wf_buffer_release(&view);
        int r;
        WF_BLOCKING_BEGIN();
        r = fcntl(fd, cmd, buf);
        WF_BLOCKING_END();
        if (r < 0) {
            return os_error();
        }
        return wf_bytes_from(buf, len);
    }
    long arg = 0;
    if (nargs > 2) {
        int64_t v;
        if (wf_int_as_i64(args[2], &v) < 0) {
            return NULL;
        }
        arg = (long)v;
    }
    int r;
    for (;;) {
        int err;
        WF_BLOCKING_BEGIN();
        r = fcntl(fd, cmd, arg);
        err = errno;
        WF_BLOCKING_END();
        if (r >= 0 || err != EINTR) {
            errno = err;
            break;
        }
        if (wf_signals_run_handlers() < 0) {
            return NULL;
        }
    }
    if (r < 0) {
        return os_error();
    }
    return wf_int_from_i64(r);
}

static wf_object_t *fcntl_ioctl(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int fd;
    int64_t req;
    if (wf_check_nargs("ioctl", nargs, 2, 4) < 0 || fd_arg(args[0], &fd) < 0 ||
        wf_int_as_i64(args[1], &req) < 0) {
        return NULL;
    }
    if (nargs > 2 && !WF_INT_CHECK(args[2])) {
        wf_buffer_t view;
        if (wf_buffer_get(args[2], &view, WF_BUF_SIMPLE) < 0) {
            return NULL;
        }
        char buf[1024];
        wf_ssize_t len = view.len;
        if (len > (wf_ssize_t)sizeof(buf)) {
            wf_buffer_release(&view);
            return wf_err_set_string(&wf_exc_ValueError, "ioctl string arg too long");
        }
        memcpy(buf, view.buf, (size_t)len);
        int mutate = nargs > 3 ? wf_truthy(args[3]) : 1;
        int r = ioctl(fd, (unsigned long)req, buf);
        if (r < 0) {
            wf_buffer_release(&view);
            return os_error();
        }
        if (!view.readonly && mutate > 0) {
            memcpy(view.buf, buf, (size_t)len);
            wf_buffer_release(&view);
            return wf_int_from_i64(r);
        }
        wf_buffer_release(&view);
        return wf_bytes_from(buf, len);
    }
    int64_t arg = 0;
    if (nargs > 2 && wf_int_as_i64(args[2], &arg) < 0) {
        return NULL;
    }
    int r = ioctl(fd, (unsigned long)req, (long)arg);
    if (r < 0) {
        return os_error();
    }
    return wf_int_from_i64(r);
}

static wf_object_t *fcntl_flock(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int fd, op;
    if (wf_check_nargs("flock", nargs, 2, 2) < 0 || fd_arg(args[0], &fd) < 0 ||
        wf_as_c_int(args[1], &op) < 0) {
        return NULL;
    }
    for (;;) {
        int r, err;
        WF_BLOCKING_BEGIN();
        r = flock(fd, op);
        err = errno;
        WF_BLOCKING_END();
        if (r == 0) {
            WF_RETURN_NONE;
        }
        if (err != EINTR) {
            errno = err;
            return os_error();
        }
        if (wf_signals_run_handlers() < 0) {
            return NULL;
        }
    }
}

// lockf(fd, cmd, len=0, start=0, whence=0), through fcntl record locks as CPython does.
static wf_object_t *fcntl_lockf(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int fd, cmd, whence = 0;
    int64_t len = 0, start = 0;
    if (wf_check_nargs("lockf", nargs, 2, 5) < 0 || fd_arg(args[0], &fd) < 0 ||
        wf_as_c_int(args[1], &cmd) < 0 || (nargs > 2 && wf_int_as_i64(args[2], &len) < 0) ||
        (nargs > 3 && wf_int_as_i64(args[3], &start) < 0) ||
        (nargs > 4 && wf_as_c_int(args[4], &whence) < 0)) {
        return NULL;
    }
    struct flock l = {0};
    if (cmd == LOCK_UN) {
        l.l_type = F_UNLCK;
    } else if (cmd & LOCK_SH) {
        l.l_type = F_RDLCK;
    } else if (cmd & LOCK_EX) {
        l.l_type = F_WRLCK;
    } else {
        return wf_err_set_string(&wf_exc_ValueError, "unrecognized lockf argument");
    }
    l.l_start = (off_t)start;
    l.l_len = (off_t)len;
    l.l_whence = (short)whence;
    int r;
    WF_BLOCKING_BEGIN();
    r = fcntl(fd, (cmd & LOCK_NB) ? F_SETLK : F_SETLKW, &l);
    WF_BLOCKING_END();
    if (r < 0) {
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_method_def_t fcntl_methods[] = {
    {"fcntl", {.fast = fcntl_fcntl}, WF_METH_FASTCALL, NULL},
    {"ioctl", {.fast = fcntl_ioctl}, WF_METH_FASTCALL, NULL},
    {"flock", {.fast = fcntl_flock}, WF_METH_FASTCALL, NULL},
    {"lockf", {.fast = fcntl_lockf}, WF_METH_FASTCALL, NULL},
    {NULL},
};

#define C(name) {#name, name}

wf_object_t *wf_mod_fcntl_init(void) {
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        C(F_DUPFD), C(F_DUPFD_CLOEXEC), C(F_GETFD), C(F_SETFD), C(F_GETFL), C(F_SETFL),
        C(F_GETLK), C(F_SETLK), C(F_SETLKW), C(F_GETOWN), C(F_SETOWN), C(F_GETSIG),
        C(F_SETSIG), C(F_RDLCK), C(F_WRLCK), C(F_UNLCK), C(F_GETLEASE), C(F_SETLEASE),
        C(F_NOTIFY), C(F_GETPIPE_SZ), C(F_SETPIPE_SZ), C(F_ADD_SEALS), C(F_GET_SEALS),
        C(F_SEAL_SEAL), C(F_SEAL_SHRINK), C(F_SEAL_GROW), C(F_SEAL_WRITE),
        C(F_OFD_GETLK), C(F_OFD_SETLK), C(F_OFD_SETLKW),
        C(FD_CLOEXEC), C(LOCK_SH), C(LOCK_EX), C(LOCK_NB), C(LOCK_UN),
        C(DN_ACCESS), C(DN_MODIFY), C(DN_CREATE), C(DN_DELETE), C(DN_RENAME), C(DN_ATTRIB),
        C(DN_MULTISHOT), C(FASYNC),
    };
    wf_object_t *m = wf_module_new("fcntl");
    if (m == NULL || wf_module_add_functions(m, fcntl_methods) < 0) {
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

// ---- resource ----

static wf_type_t *rusage_type;
static const char *const rusage_fields[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
    "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
    "ru_nsignals", "ru_nvcsw", "ru_nivcsw", NULL};
static const wf_structseq_desc_t rusage_desc = {"resource.struct_rusage", rusage_fields, 16};

static wf_object_t *rlim_value(rlim_t v) {
    return v == RLIM_INFINITY ? wf_int_from_i64(-1) : wf_int_from_u64((uint64_t)v);
}

static wf_object_t *res_getrlimit(wf_object_t *self, wf_object_t *arg) {
    int which;
    if (wf_as_c_int(arg, &which) < 0) {
        return NULL;
    }
    if (which < 0 || which >= RLIM_NLIMITS) {
        return wf_err_set_string(&wf_exc_ValueError, "invalid resource specified");
    }
    struct rlimit rl;
    if (getrlimit(which, &rl) < 0) {
        return os_error();
    }
    wf_object_t *a = rlim_value(rl.rlim_cur), *b = rlim_value(rl.rlim_max);
    wf_object_t *t = a && b ? wf_tuple_pack(2, a, b) : NULL;
    WF_XDECREF(a);
    WF_XDECREF(b);
    return t;
}

static int rlim_arg(wf_object_t *o, rlim_t *out) {
    int64_t v;
    if (wf_int_as_i64(o, &v) < 0) {
        return -1;
    }
    *out = v < 0 ? RLIM_INFINITY : (rlim_t)v;
    return 0;
}

static wf_object_t *res_setrlimit(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int which;
    if (wf_check_nargs("setrlimit", nargs, 2, 2) < 0 || wf_as_c_int(args[0], &which) < 0) {
        return NULL;
    }
    if (which < 0 || which >= RLIM_NLIMITS) {
        return wf_err_set_string(&wf_exc_ValueError, "invalid resource specified");
    }
    wf_object_t *limits = wf_sequence_tuple(args[1]);
    if (limits == NULL) {
        return NULL;
    }
    if (WF_TUPLE_SIZE(limits) != 2) {
        WF_DECREF(limits);
        return wf_err_set_string(&wf_exc_ValueError, "expected a tuple of 2 integers");
    }
    struct rlimit rl;
    int bad = rlim_arg(WF_TUPLE_GET(limits, 0), &rl.rlim_cur) < 0 ||
              rlim_arg(WF_TUPLE_GET(limits, 1), &rl.rlim_max) < 0;
    WF_DECREF(limits);
    if (bad) {
        return NULL;
    }
    if (setrlimit(which, &rl) < 0) {
        if (errno == EINVAL) {
            return wf_err_set_string(&wf_exc_ValueError, "current limit exceeds maximum limit");
        }
        if (errno == EPERM) {
            return wf_err_set_string(&wf_exc_ValueError, "not allowed to raise maximum limit");
        }
        return os_error();
    }
    WF_RETURN_NONE;
}

static wf_object_t *res_getrusage(wf_object_t *self, wf_object_t *arg) {
    int who;
    if (wf_as_c_int(arg, &who) < 0) {
        return NULL;
    }
    struct rusage ru;
    if (getrusage(who, &ru) < 0) {
        if (errno == EINVAL) {
            return wf_err_set_string(&wf_exc_ValueError, "invalid who parameter");
        }
        return os_error();
    }
    wf_object_t *v[16] = {
        wf_float_new((double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6),
        wf_float_new((double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6),
        wf_int_from_i64(ru.ru_maxrss),  wf_int_from_i64(ru.ru_ixrss),
        wf_int_from_i64(ru.ru_idrss),   wf_int_from_i64(ru.ru_isrss),
        wf_int_from_i64(ru.ru_minflt),  wf_int_from_i64(ru.ru_majflt),
        wf_int_from_i64(ru.ru_nswap),   wf_int_from_i64(ru.ru_inblock),
        wf_int_from_i64(ru.ru_oublock), wf_int_from_i64(ru.ru_msgsnd),
        wf_int_from_i64(ru.ru_msgrcv),  wf_int_from_i64(ru.ru_nsignals),
        wf_int_from_i64(ru.ru_nvcsw),   wf_int_from_i64(ru.ru_nivcsw)};
    for (int i = 0; i < 16; i++) {
        if (v[i] == NULL) {
            for (int j = 0; j < 16; j++) {
                WF_XDECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(rusage_type, v);
}

static wf_object_t *res_getpagesize(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(sysconf(_SC_PAGESIZE));
}

static wf_method_def_t resource_methods[] = {
    {"getrlimit", {.o = res_getrlimit}, WF_METH_O, NULL},
    {"setrlimit", {.fast = res_setrlimit}, WF_METH_FASTCALL, NULL},
    {"getrusage", {.o = res_getrusage}, WF_METH_O, NULL},
    {"getpagesize", {.noargs = res_getpagesize}, WF_METH_NOARGS, NULL},
    {NULL},
};

wf_object_t *wf_mod_resource_init(void) {
    if (rusage_type == NULL && (rusage_type = wf_structseq_new_type(&rusage_desc)) == NULL) {
        return NULL;
    }
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE),
        C(RLIMIT_RSS), C(RLIMIT_NPROC), C(RLIMIT_NOFILE), C(RLIMIT_MEMLOCK), C(RLIMIT_AS),
        C(RLIMIT_LOCKS), C(RLIMIT_SIGPENDING), C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE),
        C(RLIMIT_RTPRIO), C(RLIMIT_RTTIME), C(RUSAGE_SELF), C(RUSAGE_CHILDREN),
        C(RUSAGE_THREAD), {"RLIM_INFINITY", -1},
    };
    wf_object_t *m = wf_module_new("resource");
    if (m == NULL || wf_module_add_functions(m, resource_methods) < 0 ||
        wf_module_add_object(m, "struct_rusage", WF_OBJ(rusage_type)) < 0 ||
        wf_module_add_object(m, "error", WF_OBJ(&wf_exc_OSError)) < 0) {
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
