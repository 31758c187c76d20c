// The posix module: the operating-system calls behind os and os.path.
// Paths are str (UTF-8 with surrogateescape) or bytes; results are str.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/str_impl.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_posix.h"
#include "runtime/modules/mod_signal.h"
#include "sync/blocking.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static wf_type_t *stat_result_type;

// A C path from a str, bytes or os.PathLike argument, NULL + exception on error. The string
// of a str or bytes is borrowed from the argument; for an os.PathLike object it belongs to
// what __fspath__ returned, which *hold keeps (the caller drops it with WF_XDECREF).
static const char *path_arg(const char *fname, wf_object_t *o, wf_object_t **hold) {
    *hold = NULL;
    if (!WF_STR_CHECK(o) && !WF_BYTES_CHECK(o)) {
        if (wf_type_lookup(WF_TYPE(o), WF_ID(__fspath__)) == NULL) {
            wf_err_format(&wf_exc_TypeError,
                          "%s: path should be string, bytes or os.PathLike, not %T", fname, o);
            return NULL;
        }
        if ((o = *hold = wf_fspath(o)) == NULL) {
            return NULL;
        }
    }
    const char *p;
    wf_ssize_t n;
    if (WF_STR_CHECK(o)) {
        p = wf_str_as_utf8(o, &n);
    } else {
        p = WF_BYTES_DATA(o);
        n = WF_SIZE(o);
    }
    if (p != NULL && (wf_ssize_t)strlen(p) != n) {
        wf_err_set_string(&wf_exc_ValueError, "embedded null byte");
        p = NULL;
    }
    if (p == NULL) {
        WF_CLEAR(*hold);
    }
    return p;
}

static wf_object_t *err_path(wf_object_t *path) {
    return wf_err_from_errno_filename(&wf_exc_OSError, path);
}

static wf_object_t *posix_getcwd(wf_object_t *self, wf_object_t *unused) {
    char buf[4096];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_str_decode_utf8(buf, (wf_ssize_t)strlen(buf), "surrogateescape");
}

static wf_object_t *posix_chdir(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *hold;
    const char *p = path_arg("chdir", arg, &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = chdir(p);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(arg);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_listdir(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("listdir", nargs, 0, 1) < 0) {
        return NULL;
    }
    wf_object_t *pathobj = nargs ? args[0] : NULL;
    wf_object_t *hold = NULL;
    const char *p = pathobj && pathobj != WF_NONE ? path_arg("listdir", pathobj, &hold) : ".";
    if (p == NULL) {
        return NULL;
    }
    DIR *d = opendir(p);
    int as_bytes = hold != NULL ? WF_BYTES_CHECK(hold) : pathobj && WF_BYTES_CHECK(pathobj);
    WF_XDECREF(hold);
    if (d == NULL) {
        wf_object_t *name = pathobj && pathobj != WF_NONE ? wf_newref(pathobj) : wf_str_from_cstr(".");
        err_path(name);
        WF_XDECREF(name);
        return NULL;
    }
    wf_object_t *list = wf_list_new(0);
    struct dirent *e;
    while (list != NULL && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        wf_ssize_t n = (wf_ssize_t)strlen(e->d_name);
        wf_object_t *s = as_bytes ? wf_bytes_from(e->d_name, n)
                                  : wf_str_decode_utf8(e->d_name, n, "surrogateescape");
        if (s == NULL || wf_list_append_steal(list, s) < 0) {
            WF_CLEAR(list);
        }
    }
    closedir(d);
    return list;
}

static wf_object_t *posix_mkdir(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    wf_object_t *a[3] = {NULL};
    if (wf_parse_args("mkdir", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    int mode = a[1] ? (int)wf_as_ssize(a[1], &wf_exc_OverflowError) : 0777;
    if (wf_err_occurred()) {
        return NULL;
    }
    int dir_fd = AT_FDCWD;
    if (a[2] != NULL && a[2] != WF_NONE && wf_as_c_int(a[2], &dir_fd) < 0) {
        return NULL;
    }
    wf_object_t *hold;
    const char *p = path_arg("mkdir", a[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = mkdirat(dir_fd, p, (mode_t)mode);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(a[0]);
    }
    WF_RETURN_NONE;
}

static wf_object_t *path_call(const char *fname, int (*fn)(const char *), wf_object_t *arg) {
    wf_object_t *hold;
    const char *p = path_arg(fname, arg, &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = fn(p);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(arg);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_rmdir(wf_object_t *self, wf_object_t *arg) {
    return path_call("rmdir", rmdir, arg);
}

static wf_object_t *posix_remove(wf_object_t *self, wf_object_t *arg) {
    return path_call("remove", unlink, arg);
}

static wf_object_t *posix_rename(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("rename", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *hold_a, *hold_b = NULL;
    const char *a = path_arg("rename", args[0], &hold_a);
    const char *b = a ? path_arg("rename", args[1], &hold_b) : NULL;
    int r = b != NULL ? rename(a, b) : 0;
    WF_XDECREF(hold_a);
    WF_XDECREF(hold_b);
    if (b == NULL) {
        return NULL;
    }
    if (r < 0) {
        return wf_err_from_errno_filename2(&wf_exc_OSError, args[0], args[1]);
    }
    WF_RETURN_NONE;
}

// Seconds as a float, and as integer nanoseconds.
static wf_object_t *time_float(struct timespec t) {
    return wf_float_new((double)t.tv_sec + t.tv_nsec * 1e-9);
}

static wf_object_t *time_ns(struct timespec t) {
    if (t.tv_sec > -9000000000 && t.tv_sec < 9000000000) {  // fits in 64 bits
        return wf_int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
    }
    wf_object_t *sec = wf_int_from_i64((int64_t)t.tv_sec), *giga = wf_int_from_i64(1000000000);
    wf_object_t *ns = wf_int_from_i64(t.tv_nsec);
    wf_object_t *prod = sec != NULL && giga != NULL ? wf_binary_op(sec, giga, WF_BINOP_MUL) : NULL;
    wf_object_t *r = prod != NULL && ns != NULL ? wf_binary_op(prod, ns, WF_BINOP_ADD) : NULL;
    WF_XDECREF(sec);
    WF_XDECREF(giga);
    WF_XDECREF(ns);
    WF_XDECREF(prod);
    return r;
}

// stat_result(seq, dict): the float times not given default to the integer ones.
static wf_newfunc structseq_new;

static wf_object_t *stat_result_new(wf_type_t *type, wf_object_t *args, wf_object_t *kwargs) {
    wf_object_t *r = structseq_new(type, args, kwargs);
    if (r != NULL) {
        wf_object_t **items = WF_TUPLE_ITEMS(r);
        for (int i = 0; i < 3; i++) {
            if (items[10 + i] == WF_NONE) {
                WF_SETREF(items[10 + i], wf_newref(items[7 + i]));
            }
        }
    }
    return r;
}

static wf_object_t *stat_to_result(const struct stat *st) {
    enum { N = 19 };
    wf_object_t *v[N] = {
        wf_int_from_i64(st->st_mode), wf_int_from_u64(st->st_ino), wf_int_from_u64(st->st_dev),
        wf_int_from_i64((int64_t)st->st_nlink), wf_int_from_i64(st->st_uid),
        wf_int_from_i64(st->st_gid), wf_int_from_i64(st->st_size),
        wf_int_from_i64((int64_t)st->st_atim.tv_sec), wf_int_from_i64((int64_t)st->st_mtim.tv_sec),
        wf_int_from_i64((int64_t)st->st_ctim.tv_sec),
        time_float(st->st_atim), time_float(st->st_mtim), time_float(st->st_ctim),
        time_ns(st->st_atim), time_ns(st->st_mtim), time_ns(st->st_ctim),
        wf_int_from_i64(st->st_blksize), wf_int_from_i64(st->st_blocks),
        wf_int_from_u64(st->st_rdev)};
    for (int i = 0; i < N; i++) {
        if (v[i] == NULL) {
            for (int j = 0; j < N; j++) {
                WF_XDECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(stat_result_type, v);
}

static wf_type_t *uname_result_type;

static wf_object_t *posix_uname(wf_object_t *self, wf_object_t *unused) {
    struct utsname u;
    if (uname(&u) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    wf_object_t *v[5];
    for (int i = 0; i < 5; i++) {
        v[i] = wf_str_decode_utf8(parts[i], (wf_ssize_t)strlen(parts[i]), "surrogateescape");
        if (v[i] == NULL) {
            for (int j = 0; j < i; j++) {
                WF_DECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(uname_result_type, v);
}

static const struct {
    const char *name;
    int value;
} confstr_table[] = {
    {"CS_PATH", _CS_PATH},
    {"CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
    {"CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
};

// confstr(name): a configuration string, by name (a key of confstr_names) or number.
static wf_object_t *posix_confstr(wf_object_t *self, wf_object_t *arg) {
    int64_t code = -1;
    if (WF_STR_CHECK(arg)) {
        const char *name = wf_str_as_utf8(arg, NULL);
        if (name == NULL) {
            return NULL;
        }
        for (size_t i = 0; i < sizeof(confstr_table) / sizeof(confstr_table[0]); i++) {
            if (strcmp(name, confstr_table[i].name) == 0) {
                code = confstr_table[i].value;
            }
        }
        if (code < 0) {
            return wf_err_set_string(&wf_exc_ValueError, "unrecognized configuration name");
        }
    } else if (WF_INT_CHECK(arg)) {
        if (wf_int_as_i64(arg, &code) < 0) {
            return NULL;
        }
    } else {
        return wf_err_format(&wf_exc_TypeError,
                             "configuration names must be strings or integers");
    }
    char buf[1024];
    errno = 0;
    size_t n = confstr((int)code, buf, sizeof(buf));
    if (n == 0) {
        if (errno != 0) {
            return wf_err_from_errno(&wf_exc_OSError);
        }
        WF_RETURN_NONE;
    }
    if (n > sizeof(buf)) {
        n = sizeof(buf);
    }
    return wf_str_decode_utf8(buf, (wf_ssize_t)strlen(buf), "surrogateescape");
}

static wf_object_t *do_stat(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                            wf_object_t *kwnames, int follow) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks", NULL};
    wf_object_t *a[3] = {NULL};
    if (wf_parse_args(fname, args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    if (a[2] != NULL && wf_truthy(a[2]) == 0) {
        follow = 0;
    }
    int dir_fd = AT_FDCWD;
    if (a[1] != NULL && a[1] != WF_NONE && wf_as_c_int(a[1], &dir_fd) < 0) {
        return NULL;
    }
    struct stat st;
    int rc;
    if (WF_INT_CHECK(a[0])) {
        if (dir_fd != AT_FDCWD) {
            return wf_err_format(&wf_exc_ValueError,
                                 "%s: can't specify dir_fd without matching path", fname);
        }
        int fd = -1;
        if (wf_as_c_int(a[0], &fd) < 0) {
            return NULL;
        }
        rc = fstat(fd, &st);
    } else {
        if (follow && !WF_STR_CHECK(a[0]) && !WF_BYTES_CHECK(a[0]) &&
            wf_type_lookup(WF_TYPE(a[0]), WF_ID(__fspath__)) == NULL) {
            return wf_err_format(&wf_exc_TypeError,
                                 "stat: path should be string, bytes, os.PathLike or integer, "
                                 "not %T", a[0]);
        }
        wf_object_t *hold;
        const char *p = path_arg(fname, a[0], &hold);
        if (p == NULL) {
            return NULL;
        }
        rc = fstatat(dir_fd, p, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
        WF_XDECREF(hold);
    }
    if (rc < 0) {
        return err_path(a[0]);
    }
    return stat_to_result(&st);
}

static wf_object_t *posix_stat(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    return do_stat("stat", args, nargs, kwnames, 1);
}

static wf_object_t *posix_lstat(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    return do_stat("lstat", args, nargs, kwnames, 0);
}

static wf_object_t *posix_access(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("access", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_ssize_t mode = wf_as_ssize(args[1], &wf_exc_OverflowError);
    if (mode == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_object_t *hold;
    const char *p = path_arg("access", args[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = access(p, (int)mode);
    WF_XDECREF(hold);
    return wf_bool_from(r == 0);
}

static wf_object_t *posix_getpid(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(getpid());
}

// kill(pid, sig): a signal sent to this process is handled before kill returns, as in
// CPython (os.kill(os.getpid(), SIGINT) raises KeyboardInterrupt right there).
static wf_object_t *posix_kill(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("kill", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_ssize_t pid = wf_as_ssize(args[0], &wf_exc_OverflowError);
    if (pid == -1 && wf_err_occurred()) {
        return NULL;
    }
    wf_ssize_t sig = wf_as_ssize(args[1], &wf_exc_OverflowError);
    if (sig == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (pid < INT_MIN || pid > INT_MAX || sig < INT_MIN || sig > INT_MAX) {
        return wf_err_set_string(&wf_exc_OverflowError, "signed integer is greater than maximum");
    }
    if (kill((pid_t)pid, (int)sig) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    if (wf_signals_run_handlers() < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_getppid(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64(getppid());
}

static wf_object_t *posix_cpu_count(wf_object_t *self, wf_object_t *unused) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) {
        WF_RETURN_NONE;
    }
    return wf_int_from_i64(n);
}

static wf_object_t *posix_sched_getaffinity(wf_object_t *self, wf_object_t *arg) {
    cpu_set_t set;
    wf_ssize_t pid = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (pid == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (sched_getaffinity((pid_t)pid, sizeof(set), &set) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *items = wf_list_new(0);
    for (int i = 0; items != NULL && i < CPU_SETSIZE; i++) {
        if (CPU_ISSET(i, &set)) {
            wf_object_t *n = wf_int_from_i64(i);
            if (n == NULL || wf_list_append_steal(items, n) < 0) {
                WF_CLEAR(items);
            }
        }
    }
    if (items == NULL) {
        return NULL;
    }
    wf_object_t *result = wf_set_new(items);
    WF_DECREF(items);
    return result;
}

static wf_object_t *posix_strerror(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t code = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (code == -1 && wf_err_occurred()) {
        return NULL;
    }
    return wf_str_from_cstr(strerror((int)code));
}

static wf_object_t *posix_urandom(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t n = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (n == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        return wf_err_set_string(&wf_exc_ValueError, "negative argument not allowed");
    }
    wf_object_t *b = wf_bytes_new_uninit(n);
    if (b == NULL) {
        return NULL;
    }
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    wf_ssize_t got = 0;
    while (fd >= 0 && got < n) {
        ssize_t r = read(fd, WF_BYTES_DATA(b) + got, (size_t)(n - got));
        if (r <= 0) {
            break;
        }
        got += r;
    }
    if (fd >= 0) {
        close(fd);
    }
    if (got < n) {
        WF_DECREF(b);
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return b;
}

static wf_object_t *posix_environ_items(wf_object_t *self, wf_object_t *unused) {
    wf_object_t *d = wf_dict_new();
    for (char **e = environ; d != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) {
            continue;
        }
        wf_object_t *k = wf_str_decode_utf8(*e, eq - *e, "surrogateescape");
        wf_object_t *v = wf_str_decode_utf8(eq + 1, (wf_ssize_t)strlen(eq + 1), "surrogateescape");
        if (k == NULL || v == NULL || wf_dict_setitem(d, k, v) < 0) {
            WF_CLEAR(d);
        }
        WF_XDECREF(k);
        WF_XDECREF(v);
    }
    return d;
}

static wf_object_t *posix_putenv(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("putenv", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *hold_k, *hold_v = NULL;
    const char *k = path_arg("putenv", args[0], &hold_k);
    const char *v = k ? path_arg("putenv", args[1], &hold_v) : NULL;
    int r = 0;
    if (v != NULL) {
        if (*k == '\0' || strchr(k, '=') != NULL) {
            wf_err_set_string(&wf_exc_ValueError, "illegal environment variable name");
        } else if ((r = setenv(k, v, 1)) < 0) {
            wf_err_from_errno(&wf_exc_OSError);
        }
    }
    WF_XDECREF(hold_k);
    WF_XDECREF(hold_v);
    if (v == NULL || wf_err_occurred()) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_unsetenv(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *hold;
    const char *k = path_arg("unsetenv", arg, &hold);
    if (k == NULL) {
        return NULL;
    }
    int r = unsetenv(k);
    WF_XDECREF(hold);
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_exit(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t code = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (code == -1 && wf_err_occurred()) {
        return NULL;
    }
    _exit((int)code);
}

static wf_object_t *posix_write(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("write", nargs, 2, 2) < 0) {
        return NULL;
    }
    int fd;
    if (wf_as_c_int(args[0], &fd) < 0) {
        return NULL;
    }
    wf_bview_t v;
    if (!wf_bytes_view(args[1], &v)) {
        return wf_err_format(&wf_exc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    }
    ssize_t w;
    WF_BLOCKING_BEGIN();
    w = write((int)fd, v.data, (size_t)v.len);
    WF_BLOCKING_END();
    if (w < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_int_from_i64(w);
}

static wf_object_t *posix_read(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("read", nargs, 2, 2) < 0) {
        return NULL;
    }
    int fd;
    if (wf_as_c_int(args[0], &fd) < 0) {
        return NULL;
    }
    wf_ssize_t n = wf_as_ssize(args[1], &wf_exc_OverflowError);
    if (n == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        errno = EINVAL;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    char *buf = wf_mem_alloc((size_t)n);
    if (buf == NULL) {
        return wf_err_nomemory();
    }
    ssize_t r;
    WF_BLOCKING_BEGIN();
    r = read((int)fd, buf, (size_t)n);
    WF_BLOCKING_END();
    wf_object_t *result = r < 0 ? wf_err_from_errno(&wf_exc_OSError) : wf_bytes_from(buf, r);
    wf_mem_free(buf);
    return result;
}

static wf_object_t *posix_close(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    if (close((int)fd) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_open(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("open", nargs, 2, 3) < 0) {
        return NULL;
    }
    wf_ssize_t flags = wf_as_ssize(args[1], &wf_exc_OverflowError);
    wf_ssize_t mode = nargs > 2 ? wf_as_ssize(args[2], &wf_exc_OverflowError) : 0777;
    if (wf_err_occurred()) {
        return NULL;
    }
    wf_object_t *hold;
    const char *p = path_arg("open", args[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int fd;
    WF_BLOCKING_BEGIN();
    fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
    WF_BLOCKING_END();
    WF_XDECREF(hold);
    if (fd < 0) {
        return err_path(args[0]);
    }
    return wf_int_from_i64(fd);
}

// ---- descriptors and links ----

static wf_object_t *posix_fstat(wf_object_t *self, wf_object_t *arg) {
    if (!WF_INT_CHECK(arg)) {
        return wf_err_format(&wf_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                             arg);
    }
    return posix_stat(self, &arg, 1, NULL);
}

static wf_object_t *posix_lseek(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("lseek", nargs, 3, 3) < 0) {
        return NULL;
    }
    int fd, how;
    int64_t pos;
    if (wf_as_c_int(args[0], &fd) < 0 || wf_int_as_i64(args[1], &pos) < 0 ||
        wf_as_c_int(args[2], &how) < 0) {
        return NULL;
    }
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_int_from_i64((int64_t)r);
}

static wf_object_t *posix_ftruncate(wf_object_t *self, wf_object_t *const *args,
                                    wf_ssize_t nargs) {
    if (wf_check_nargs("ftruncate", nargs, 2, 2) < 0) {
        return NULL;
    }
    int fd;
    int64_t len;
    if (wf_as_c_int(args[0], &fd) < 0 || wf_int_as_i64(args[1], &len) < 0) {
        return NULL;
    }
    int r;
    WF_BLOCKING_BEGIN();
    r = ftruncate(fd, (off_t)len);
    WF_BLOCKING_END();
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_truncate(wf_object_t *self, wf_object_t *const *args,
                                   wf_ssize_t nargs) {
    if (wf_check_nargs("truncate", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (WF_INT_CHECK(args[0])) {
        return posix_ftruncate(self, args, nargs);
    }
    int64_t len;
    if (wf_int_as_i64(args[1], &len) < 0) {
        return NULL;
    }
    wf_object_t *hold;
    const char *p = path_arg("truncate", args[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = truncate(p, (off_t)len);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(args[0]);
    }
    WF_RETURN_NONE;
}

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True)
static wf_object_t *posix_chmod(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    wf_object_t *a[4] = {NULL};
    if (wf_parse_args("chmod", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    int mode, follow = a[3] == NULL ? 1 : wf_truthy(a[3]);
    if (wf_as_c_int(a[1], &mode) < 0 || follow < 0) {
        return NULL;
    }
    if (a[2] != NULL && a[2] != WF_NONE) {
        return wf_err_set_string(&wf_exc_NotImplementedError, "chmod: dir_fd is not supported");
    }
    wf_object_t *hold;
    const char *p = path_arg("chmod", a[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = fchmodat(AT_FDCWD, p, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(a[0]);
    }
    WF_RETURN_NONE;
}

// symlink(src, dst) and link(src, dst): errors name both paths, as CPython's do.
static wf_object_t *two_paths(const char *fname, int (*fn)(const char *, const char *),
                              wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs(fname, nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_object_t *hold_a, *hold_b = NULL;
    const char *a = path_arg(fname, args[0], &hold_a);
    const char *b = a != NULL ? path_arg(fname, args[1], &hold_b) : NULL;
    int r = b != NULL ? fn(a, b) : 0;
    WF_XDECREF(hold_a);
    WF_XDECREF(hold_b);
    if (b == NULL) {
        return NULL;
    }
    if (r < 0) {
        return wf_err_from_errno_filename2(&wf_exc_OSError, args[0], args[1]);
    }
    WF_RETURN_NONE;
}

// symlink(src, dst, target_is_directory=False, *, dir_fd=None): the flag only matters on
// Windows.
static wf_object_t *posix_symlink(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                  wf_object_t *kwnames) {
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    wf_object_t *a[4] = {NULL};
    if (wf_parse_args("symlink", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    if (a[3] != NULL && a[3] != WF_NONE) {
        return wf_err_set_string(&wf_exc_NotImplementedError, "symlink: dir_fd is not supported");
    }
    return two_paths("symlink", symlink, a, 2);
}

static wf_object_t *posix_link(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return two_paths("link", link, args, nargs);
}

static wf_object_t *posix_readlink(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *hold;
    const char *p = path_arg("readlink", arg, &hold);
    if (p == NULL) {
        return NULL;
    }
    char buf[4096];
    ssize_t n = readlink(p, buf, sizeof(buf));
    int as_bytes = WF_BYTES_CHECK(hold != NULL ? hold : arg);
    WF_XDECREF(hold);
    if (n < 0) {
        return err_path(arg);
    }
    if (as_bytes) {
        return wf_bytes_from(buf, n);
    }
    return wf_str_decode_utf8(buf, n, "surrogateescape");
}

static wf_object_t *posix_pipe(wf_object_t *self, wf_object_t *unused) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *r = wf_int_from_i64(fds[0]), *w = wf_int_from_i64(fds[1]);
    wf_object_t *t = r != NULL && w != NULL ? wf_tuple_pack(2, r, w) : NULL;
    WF_XDECREF(r);
    WF_XDECREF(w);
    return t;
}

static wf_object_t *posix_dup(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);  // new descriptors are not inheritable
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_int_from_i64(r);
}

static wf_object_t *posix_dup2(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                               wf_object_t *kwnames) {
    static const char *const names[] = {"fd", "fd2", "inheritable", NULL};
    wf_object_t *a[3] = {NULL, NULL, NULL};
    if (wf_parse_args("dup2", args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    int fd, fd2, inheritable = a[2] == NULL ? 1 : wf_truthy(a[2]);
    if (wf_as_c_int(a[0], &fd) < 0 || wf_as_c_int(a[1], &fd2) < 0 || inheritable < 0) {
        return NULL;
    }
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_int_from_i64(r);
}

static wf_object_t *posix_umask(wf_object_t *self, wf_object_t *arg) {
    int mask;
    if (wf_as_c_int(arg, &mask) < 0) {
        return NULL;
    }
    return wf_int_from_i64((int64_t)umask((mode_t)mask));
}

static wf_object_t *posix_fsync(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (!WF_INT_CHECK(arg)) {
        wf_object_t *n = wf_call_method_cstr(arg, "fileno", NULL, 0);  // file objects too
        if (n == NULL) {
            return NULL;
        }
        int rc = wf_as_c_int(n, &fd);
        WF_DECREF(n);
        if (rc < 0) {
            return NULL;
        }
    } else if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    int r;
    WF_BLOCKING_BEGIN();
    r = fsync(fd);
    WF_BLOCKING_END();
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

// utime(path, times=None): set the access and modification times (now when None).
// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True): set the access
// and modification times, from float seconds (times) or integer nanoseconds (ns), now when
// neither is given.
static int ns_to_timespec(wf_object_t *v, struct timespec *ts) {
    int64_t ns;
    if (wf_int_as_i64(v, &ns) < 0) {
        return -1;
    }
    ts->tv_sec = (time_t)(ns / 1000000000);
    ts->tv_nsec = (long)(ns % 1000000000);
    if (ts->tv_nsec < 0) {
        ts->tv_sec -= 1;
        ts->tv_nsec += 1000000000;
    }
    return 0;
}

static wf_object_t *posix_utime(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    wf_object_t *a[5] = {NULL};
    if (wf_parse_args("utime", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    int has_times = a[1] != NULL && a[1] != WF_NONE, has_ns = a[2] != NULL;
    if (has_times && has_ns) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "utime: you may specify either 'times' or 'ns' but not both");
    }
    int follow = a[4] == NULL ? 1 : wf_truthy(a[4]);
    if (follow < 0) {
        return NULL;
    }
    if (a[3] != NULL && a[3] != WF_NONE) {
        return wf_err_set_string(&wf_exc_NotImplementedError, "utime: dir_fd is not supported");
    }
    struct timespec ts[2];
    struct timespec *tp = NULL;
    if (has_times) {
        if (!WF_TUPLE_CHECK(a[1]) || WF_TUPLE_SIZE(a[1]) != 2) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "utime: 'times' must be either a tuple of two ints or None");
        }
        for (int i = 0; i < 2; i++) {
            double d = wf_float_as_double(WF_TUPLE_GET(a[1], i));
            if (d == -1.0 && wf_err_occurred()) {
                return NULL;
            }
            ts[i].tv_sec = (time_t)floor(d);
            ts[i].tv_nsec = (long)((d - floor(d)) * 1e9);
        }
        tp = ts;
    } else if (has_ns) {
        if (!WF_TUPLE_CHECK(a[2]) || WF_TUPLE_SIZE(a[2]) != 2) {
            return wf_err_set_string(&wf_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        }
        for (int i = 0; i < 2; i++) {
            if (ns_to_timespec(WF_TUPLE_GET(a[2], i), &ts[i]) < 0) {
                return NULL;
            }
        }
        tp = ts;
    }
    wf_object_t *hold;
    const char *p = path_arg("utime", a[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = utimensat(AT_FDCWD, p, tp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(a[0]);
    }
    WF_RETURN_NONE;
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True) and lchown(path, uid, gid).
static wf_object_t *do_chown(const char *fname, wf_object_t *path, wf_object_t *uid_obj,
                             wf_object_t *gid_obj, int follow) {
    int64_t uid, gid;
    if (wf_int_as_i64(uid_obj, &uid) < 0 || wf_int_as_i64(gid_obj, &gid) < 0) {
        return NULL;
    }
    wf_object_t *hold;
    const char *p = path_arg(fname, path, &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = follow ? chown(p, (uid_t)uid, (gid_t)gid) : lchown(p, (uid_t)uid, (gid_t)gid);
    WF_XDECREF(hold);
    if (r < 0) {
        return err_path(path);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_chown(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks", NULL};
    wf_object_t *a[5] = {NULL};
    if (wf_parse_args("chown", args, nargs, kwnames, names, 0, 3, a) < 0) {
        return NULL;
    }
    int follow = a[4] == NULL ? 1 : wf_truthy(a[4]);
    if (follow < 0) {
        return NULL;
    }
    if (a[3] != NULL && a[3] != WF_NONE) {
        return wf_err_set_string(&wf_exc_NotImplementedError, "chown: dir_fd is not supported");
    }
    return do_chown("chown", a[0], a[1], a[2], follow);
}

static wf_object_t *posix_lchown(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("lchown", nargs, 3, 3) < 0) {
        return NULL;
    }
    return do_chown("lchown", args[0], args[1], args[2], 0);
}

// mkfifo(path, mode=0o666) and mknod(path, mode=0o600, device=0); their errors name no
// file, as CPython's do.
static wf_object_t *make_node(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                              int default_mode, int fifo) {
    if (wf_check_nargs(fname, nargs, 1, fifo ? 2 : 3) < 0) {
        return NULL;
    }
    int mode = default_mode;
    int64_t dev = 0;
    if ((nargs > 1 && wf_as_c_int(args[1], &mode) < 0) ||
        (nargs > 2 && wf_int_as_i64(args[2], &dev) < 0)) {
        return NULL;
    }
    wf_object_t *hold;
    const char *p = path_arg(fname, args[0], &hold);
    if (p == NULL) {
        return NULL;
    }
    int r = fifo ? mkfifo(p, (mode_t)mode) : mknod(p, (mode_t)mode, (dev_t)dev);
    WF_XDECREF(hold);
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

static wf_object_t *posix_mkfifo(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return make_node("mkfifo", args, nargs, 0666, 1);
}

static wf_object_t *posix_mknod(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    return make_node("mknod", args, nargs, 0600, 0);
}

static wf_object_t *posix_makedev(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    int64_t ma, mi;
    if (wf_check_nargs("makedev", nargs, 2, 2) < 0 || wf_int_as_i64(args[0], &ma) < 0 ||
        wf_int_as_i64(args[1], &mi) < 0) {
        return NULL;
    }
    return wf_int_from_u64((uint64_t)makedev((unsigned)ma, (unsigned)mi));
}

static wf_object_t *posix_major(wf_object_t *self, wf_object_t *arg) {
    int64_t d;
    if (wf_int_as_i64(arg, &d) < 0) {
        return NULL;
    }
    return wf_int_from_i64(major((dev_t)d));
}

static wf_object_t *posix_minor(wf_object_t *self, wf_object_t *arg) {
    int64_t d;
    if (wf_int_as_i64(arg, &d) < 0) {
        return NULL;
    }
    return wf_int_from_i64(minor((dev_t)d));
}

static wf_type_t *statvfs_result_type;

static wf_object_t *posix_statvfs(wf_object_t *self, wf_object_t *arg) {
    struct statvfs st;
    int r;
    if (WF_INT_CHECK(arg)) {
        int fd;
        if (wf_as_c_int(arg, &fd) < 0) {
            return NULL;
        }
        r = fstatvfs(fd, &st);
    } else {
        wf_object_t *hold;
        const char *p = path_arg("statvfs", arg, &hold);
        if (p == NULL) {
            return NULL;
        }
        r = statvfs(p, &st);
        WF_XDECREF(hold);
    }
    if (r < 0) {
        return err_path(arg);
    }
    uint64_t vals[11] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail,
                         st.f_files, st.f_ffree, st.f_favail, st.f_flag, st.f_namemax,
                         st.f_fsid};
    wf_object_t *v[11];
    for (int i = 0; i < 11; i++) {
        if ((v[i] = wf_int_from_u64(vals[i])) == NULL) {
            for (int j = 0; j < i; j++) {
                WF_DECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(statvfs_result_type, v);
}

static wf_object_t *posix_getloadavg(wf_object_t *self, wf_object_t *unused) {
    double load[3];
    if (getloadavg(load, 3) != 3) {
        return wf_err_set_string(&wf_exc_OSError, "Load averages are unobtainable");
    }
    wf_object_t *v[3] = {wf_float_new(load[0]), wf_float_new(load[1]), wf_float_new(load[2])};
    wf_object_t *t = v[0] && v[1] && v[2] ? wf_tuple_pack(3, v[0], v[1], v[2]) : NULL;
    for (int i = 0; i < 3; i++) {
        WF_XDECREF(v[i]);
    }
    return t;
}

static wf_object_t *posix_sync(wf_object_t *self, wf_object_t *unused) {
    WF_BLOCKING_BEGIN();
    sync();
    WF_BLOCKING_END();
    WF_RETURN_NONE;
}

static wf_object_t *posix_isatty(wf_object_t *self, wf_object_t *arg) {
    int fd;
    if (wf_as_c_int(arg, &fd) < 0) {
        return NULL;
    }
    return wf_bool_from(isatty((int)fd));
}

static wf_object_t *posix_system(wf_object_t *self, wf_object_t *arg) {
    wf_object_t *hold;
    const char *cmd = path_arg("system", arg, &hold);
    if (cmd == NULL) {
        return NULL;
    }
    int rc;
    WF_BLOCKING_BEGIN();
    rc = system(cmd);
    WF_BLOCKING_END();
    WF_XDECREF(hold);
    return wf_int_from_i64(rc);
}

static wf_object_t *posix_waitstatus_to_exitcode(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t st = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (st == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (WIFEXITED(st)) {
        return wf_int_from_i64(WEXITSTATUS(st));
    }
    if (WIFSIGNALED(st)) {
        return wf_int_from_i64(-WTERMSIG(st));
    }
    return wf_err_format(&wf_exc_ValueError, "invalid wait status: %zd", st);
}

static wf_method_def_t posix_methods[] = {
    {"getcwd", {.noargs = posix_getcwd}, WF_METH_NOARGS, NULL},
    {"chdir", {.o = posix_chdir}, WF_METH_O, NULL},
    {"listdir", {.fast = posix_listdir}, WF_METH_FASTCALL, NULL},
    {"mkdir", {.fastkw = posix_mkdir}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"rmdir", {.o = posix_rmdir}, WF_METH_O, NULL},
    {"remove", {.o = posix_remove}, WF_METH_O, NULL},
    {"unlink", {.o = posix_remove}, WF_METH_O, NULL},
    {"rename", {.fast = posix_rename}, WF_METH_FASTCALL, NULL},
    {"replace", {.fast = posix_rename}, WF_METH_FASTCALL, NULL},
    {"stat", {.fastkw = posix_stat}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"lstat", {.fastkw = posix_lstat}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"access", {.fast = posix_access}, WF_METH_FASTCALL, NULL},
    {"getpid", {.noargs = posix_getpid}, WF_METH_NOARGS, NULL},
    {"getppid", {.noargs = posix_getppid}, WF_METH_NOARGS, NULL},
    {"kill", {.fast = posix_kill}, WF_METH_FASTCALL, NULL},
    {"cpu_count", {.noargs = posix_cpu_count}, WF_METH_NOARGS, NULL},
    {"sched_getaffinity", {.o = posix_sched_getaffinity}, WF_METH_O, NULL},
    {"strerror", {.o = posix_strerror}, WF_METH_O, NULL},
    {"urandom", {.o = posix_urandom}, WF_METH_O, NULL},
    {"_environ_items", {.noargs = posix_environ_items}, WF_METH_NOARGS, NULL},
    {"putenv", {.fast = posix_putenv}, WF_METH_FASTCALL, NULL},
    {"unsetenv", {.o = posix_unsetenv}, WF_METH_O, NULL},
    {"_exit", {.o = posix_exit}, WF_METH_O, NULL},
    {"write", {.fast = posix_write}, WF_METH_FASTCALL, NULL},
    {"read", {.fast = posix_read}, WF_METH_FASTCALL, NULL},
    {"close", {.o = posix_close}, WF_METH_O, NULL},
    {"open", {.fast = posix_open}, WF_METH_FASTCALL, NULL},
    {"isatty", {.o = posix_isatty}, WF_METH_O, NULL},
    {"system", {.o = posix_system}, WF_METH_O, NULL},
    {"uname", {.noargs = posix_uname}, WF_METH_NOARGS, NULL},
    {"chown", {.fastkw = posix_chown}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"lchown", {.fast = posix_lchown}, WF_METH_FASTCALL, NULL},
    {"mkfifo", {.fast = posix_mkfifo}, WF_METH_FASTCALL, NULL},
    {"mknod", {.fast = posix_mknod}, WF_METH_FASTCALL, NULL},
    {"makedev", {.fast = posix_makedev}, WF_METH_FASTCALL, NULL},
    {"major", {.o = posix_major}, WF_METH_O, NULL},
    {"minor", {.o = posix_minor}, WF_METH_O, NULL},
    {"statvfs", {.o = posix_statvfs}, WF_METH_O, NULL},
    {"getloadavg", {.noargs = posix_getloadavg}, WF_METH_NOARGS, NULL},
    {"sync", {.noargs = posix_sync}, WF_METH_NOARGS, NULL},
    {"fstat", {.o = posix_fstat}, WF_METH_O, NULL},
    {"lseek", {.fast = posix_lseek}, WF_METH_FASTCALL, NULL},
    {"ftruncate", {.fast = posix_ftruncate}, WF_METH_FASTCALL, NULL},
    {"truncate", {.fast = posix_truncate}, WF_METH_FASTCALL, NULL},
    {"chmod", {.fastkw = posix_chmod}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"symlink", {.fastkw = posix_symlink}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"link", {.fast = posix_link}, WF_METH_FASTCALL, NULL},
    {"readlink", {.o = posix_readlink}, WF_METH_O, NULL},
    {"pipe", {.noargs = posix_pipe}, WF_METH_NOARGS, NULL},
    {"dup", {.o = posix_dup}, WF_METH_O, NULL},
    {"dup2", {.fastkw = posix_dup2}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"umask", {.o = posix_umask}, WF_METH_O, NULL},
    {"fsync", {.o = posix_fsync}, WF_METH_O, NULL},
    {"utime", {.fastkw = posix_utime}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {"confstr", {.o = posix_confstr}, WF_METH_O, NULL},
    {"waitstatus_to_exitcode", {.o = posix_waitstatus_to_exitcode}, WF_METH_O, NULL},
    {NULL},
};

// Items 7-9 are the times in whole seconds; the attributes of those names are floats.
static const char *const stat_fields[] = {
    "st_mode",     "st_ino",      "st_dev",      "st_nlink",   "st_uid",    "st_gid",
    "st_size",     "",            "",            "",           "st_atime",  "st_mtime",
    "st_ctime",    "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
    "st_rdev",     NULL};
static const wf_structseq_desc_t stat_desc = {"os.stat_result", stat_fields, 10};
static const char *const uname_fields[] = {"sysname", "nodename", "release", "version",
                                           "machine", NULL};
static const char *const statvfs_fields[] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree",
                                             "f_bavail", "f_files", "f_ffree", "f_favail",
                                             "f_flag", "f_namemax", "f_fsid", NULL};
static const wf_structseq_desc_t statvfs_desc = {"os.statvfs_result", statvfs_fields, 10};
static const wf_structseq_desc_t uname_desc = {"posix.uname_result", uname_fields, 5};

wf_object_t *wf_mod_posix_init(void) {
    if (stat_result_type == NULL) {
        if ((stat_result_type = wf_structseq_new_type(&stat_desc)) == NULL) {
            return NULL;
        }
        structseq_new = stat_result_type->new;
        stat_result_type->new = stat_result_new;
    }
    if (statvfs_result_type == NULL &&
        (statvfs_result_type = wf_structseq_new_type(&statvfs_desc)) == NULL) {
        return NULL;
    }
    if (uname_result_type == NULL &&
        (uname_result_type = wf_structseq_new_type(&uname_desc)) == NULL) {
        return NULL;
    }
    wf_object_t *m = wf_module_new("posix");
    if (m == NULL || wf_module_add_functions(m, posix_methods) < 0 ||
        wf_posix_add_process(m) < 0 || wf_posix_add_fdops(m) < 0 ||
        wf_module_add_object(m, "stat_result", WF_OBJ(stat_result_type)) < 0 ||
        wf_module_add_object(m, "uname_result", WF_OBJ(uname_result_type)) < 0 ||
        wf_module_add_object(m, "statvfs_result", WF_OBJ(statvfs_result_type)) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    wf_object_t *names = wf_dict_new();
    if (names == NULL || wf_module_add_object(m, "confstr_names", names) < 0) {
        WF_XDECREF(names);
        WF_DECREF(m);
        return NULL;
    }
    WF_DECREF(names);
    for (size_t i = 0; i < sizeof(confstr_table) / sizeof(confstr_table[0]); i++) {
        wf_object_t *v = wf_int_from_i64(confstr_table[i].value);
        int err = v == NULL || wf_dict_setitem_cstr(names, confstr_table[i].name, v) < 0;
        WF_XDECREF(v);
        if (err) {
            WF_DECREF(m);
            return NULL;
        }
    }
    static const struct {
        const char *name;
        int64_t value;
    } consts[] = {{"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
                  {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},
                  {"O_APPEND", O_APPEND}, {"F_OK", F_OK},         {"R_OK", R_OK},
                  {"W_OK", W_OK},         {"X_OK", X_OK},
                  {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
                  {"O_CLOEXEC", O_CLOEXEC}, {"O_NONBLOCK", O_NONBLOCK}};
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
        if (wf_module_add_int(m, consts[i].name, consts[i].value) < 0) {
            WF_DECREF(m);
            return NULL;
        }
    }
    return m;
}
