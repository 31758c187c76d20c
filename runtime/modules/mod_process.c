// Process functions of the posix module: user and group ids, times, the terminal size,
// waitpid and the wait-status macros, exec, and _spawn, the fork+exec behind subprocess.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/mem.h"
#include "runtime/modules/mod_posix.h"
#include "runtime/modules/mod_signal.h"
#include "sync/blocking.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static wf_type_t *times_result_type;
static wf_type_t *terminal_size_type;

static wf_object_t *proc_getuid(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64((int64_t)getuid());
}
static wf_object_t *proc_geteuid(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64((int64_t)geteuid());
}
static wf_object_t *proc_getgid(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64((int64_t)getgid());
}
static wf_object_t *proc_getegid(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64((int64_t)getegid());
}
static wf_object_t *proc_getpgrp(wf_object_t *self, wf_object_t *unused) {
    return wf_int_from_i64((int64_t)getpgrp());
}
static wf_object_t *proc_getsid(wf_object_t *self, wf_object_t *arg) {
    int pid;
    if (wf_as_c_int(arg, &pid) < 0) {
        return NULL;
    }
    pid_t r = getsid((pid_t)pid);
    return r < 0 ? wf_err_from_errno(&wf_exc_OSError) : wf_int_from_i64((int64_t)r);
}

static wf_object_t *proc_getgroups(wf_object_t *self, wf_object_t *unused) {
    int n = getgroups(0, NULL);
    if (n < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    gid_t *g = wf_mem_alloc(sizeof(gid_t) * (size_t)(n + 1));
    if (g == NULL) {
        return wf_err_nomemory();
    }
    n = getgroups(n, g);
    wf_object_t *list = n < 0 ? wf_err_from_errno(&wf_exc_OSError) : wf_list_new(0);
    for (int i = 0; list != NULL && i < n; i++) {
        wf_object_t *v = wf_int_from_i64((int64_t)g[i]);
        if (v == NULL || wf_list_append(list, v) < 0) {
            WF_XDECREF(v);
            WF_DECREF(list);
            list = NULL;
            break;
        }
        WF_DECREF(v);
    }
    wf_mem_free(g);
    return list;
}

static wf_object_t *proc_getlogin(wf_object_t *self, wf_object_t *unused) {
    char buf[256];
    int e = getlogin_r(buf, sizeof(buf));
    if (e != 0) {
        errno = e;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_str_decode_utf8(buf, (wf_ssize_t)strlen(buf), "surrogateescape");
}

static wf_object_t *proc_times(wf_object_t *self, wf_object_t *unused) {
    struct tms t;
    clock_t elapsed = times(&t);
    if (elapsed == (clock_t)-1) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    double tick = (double)sysconf(_SC_CLK_TCK);
    double parts[5] = {t.tms_utime / tick, t.tms_stime / tick, t.tms_cutime / tick,
                       t.tms_cstime / tick, elapsed / tick};
    wf_object_t *v[5];
    for (int i = 0; i < 5; i++) {
        if ((v[i] = wf_float_new(parts[i])) == NULL) {
            for (int j = 0; j < i; j++) {
                WF_DECREF(v[j]);
            }
            return NULL;
        }
    }
    return wf_structseq_new_steal(times_result_type, v);
}

static wf_object_t *proc_get_terminal_size(wf_object_t *self, wf_object_t *const *args,
                                           wf_ssize_t nargs) {
    if (wf_check_nargs("get_terminal_size", nargs, 0, 1) < 0) {
        return NULL;
    }
    int fd = 1;
    if (nargs == 1 && wf_as_c_int(args[0], &fd) < 0) {
        return NULL;
    }
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *v[2] = {wf_int_from_i64(w.ws_col), wf_int_from_i64(w.ws_row)};
    if (v[0] == NULL || v[1] == NULL) {
        WF_XDECREF(v[0]);
        WF_XDECREF(v[1]);
        return NULL;
    }
    return wf_structseq_new_steal(terminal_size_type, v);
}

// ---------------------------------------------------------------------------------------
// waitpid and the status macros.

static wf_object_t *proc_waitpid(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("waitpid", nargs, 2, 2) < 0) {
        return NULL;
    }
    int pid, options;
    if (wf_as_c_int(args[0], &pid) < 0 || wf_as_c_int(args[1], &options) < 0) {
        return NULL;
    }
    int status = 0;
    pid_t r;
    for (;;) {
        WF_BLOCKING_BEGIN();
        r = waitpid((pid_t)pid, &status, options);
        WF_BLOCKING_END();
        if (r >= 0 || errno != EINTR) {
            break;
        }
        if (wf_signals_run_handlers() < 0) {  // PEP 475: retry unless a handler raised
            return NULL;
        }
    }
    if (r < 0) {
        return wf_err_from_errno(&wf_exc_ChildProcessError);
    }
    wf_object_t *a = wf_int_from_i64(r), *b = wf_int_from_i64(status);
    wf_object_t *t = a != NULL && b != NULL ? wf_tuple_pack(2, a, b) : NULL;
    WF_XDECREF(a);
    WF_XDECREF(b);
    return t;
}

static int status_arg(wf_object_t *arg, int *st) {
    return wf_as_c_int(arg, st);
}

#define STATUS_FUNC(name, expr, as_bool)                                   \
    static wf_object_t *proc_##name(wf_object_t *self, wf_object_t *arg) { \
        int status;                                                        \
        if (status_arg(arg, &status) < 0) {                                \
            return NULL;                                                   \
        }                                                                  \
        int v = expr;                                                      \
        return as_bool ? wf_bool_from(v) : wf_int_from_i64(v);             \
    }
STATUS_FUNC(WIFEXITED, WIFEXITED(status) != 0, 1)
STATUS_FUNC(WEXITSTATUS, WEXITSTATUS(status), 0)
STATUS_FUNC(WIFSIGNALED, WIFSIGNALED(status) != 0, 1)
STATUS_FUNC(WTERMSIG, WTERMSIG(status), 0)
STATUS_FUNC(WIFSTOPPED, WIFSTOPPED(status) != 0, 1)
STATUS_FUNC(WSTOPSIG, WSTOPSIG(status), 0)
STATUS_FUNC(WCOREDUMP, WCOREDUMP(status) != 0, 1)
STATUS_FUNC(WIFCONTINUED, WIFCONTINUED(status) != 0, 1)
#undef STATUS_FUNC

// ---------------------------------------------------------------------------------------
// Building NULL-terminated C string arrays from Python sequences of str or bytes.

typedef struct {
    char **items;  // NULL-terminated
    wf_object_t *keep;  // list of the bytes objects the pointers point into
} cstrings_t;

static void cstrings_free(cstrings_t *c) {
    wf_mem_free(c->items);
    WF_XDECREF(c->keep);
    c->items = NULL;
    c->keep = NULL;
}

// The bytes of a str (UTF-8, surrogateescape) or bytes argument, NULL + error otherwise.
static wf_object_t *fs_bytes(wf_object_t *o) {
    if (WF_BYTES_CHECK(o)) {
        return wf_newref(o);
    }
    if (WF_STR_CHECK(o)) {
        return wf_str_encode(o, "utf-8", "surrogateescape");
    }
    return wf_err_format(&wf_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
}

static int cstrings_from(const char *fname, wf_object_t *seq, cstrings_t *out) {
    out->items = NULL;
    out->keep = wf_sequence_list(seq);
    if (out->keep == NULL) {
        return -1;
    }
    wf_ssize_t n = WF_SIZE(out->keep);
    out->items = wf_mem_alloc(sizeof(char *) * (size_t)(n + 1));
    if (out->items == NULL) {
        wf_err_nomemory();
        cstrings_free(out);
        return -1;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        wf_object_t *b = fs_bytes(WF_LIST_ITEMS(out->keep)[i]);
        if (b == NULL) {
            cstrings_free(out);
            return -1;
        }
        if ((wf_ssize_t)strlen(WF_BYTES_DATA(b)) != WF_SIZE(b)) {
            WF_DECREF(b);
            wf_err_set_string(&wf_exc_ValueError, "embedded null byte");
            cstrings_free(out);
            return -1;
        }
        wf_object_t *old = WF_LIST_ITEMS(out->keep)[i];
        WF_LIST_SET_STEAL(out->keep, i, b);  // the list keeps b alive with the pointer
        WF_DECREF(old);
        out->items[i] = WF_BYTES_DATA(b);
    }
    out->items[n] = NULL;
    (void)fname;
    return 0;
}

// b"KEY=VALUE" from the bytes key and value.
static wf_object_t *env_entry(wf_object_t *k, wf_object_t *v) {
    if (memchr(WF_BYTES_DATA(k), '=', (size_t)WF_SIZE(k)) != NULL) {
        return wf_err_set_string(&wf_exc_ValueError, "illegal environment variable name");
    }
    wf_ssize_t nk = WF_SIZE(k), nv = WF_SIZE(v);
    wf_object_t *b = wf_bytes_new_uninit(nk + 1 + nv);
    if (b != NULL) {
        char *d = WF_BYTES_DATA(b);
        memcpy(d, WF_BYTES_DATA(k), (size_t)nk);
        d[nk] = '=';
        memcpy(d + nk + 1, WF_BYTES_DATA(v), (size_t)nv);
    }
    return b;
}

static wf_object_t *exec_common(const char *fname, wf_object_t *path, wf_object_t *argv,
                                wf_object_t *env) {
    if (!WF_LIST_CHECK(argv) && !WF_TUPLE_CHECK(argv)) {
        return wf_err_format(&wf_exc_TypeError, "%s() arg 2 must be a tuple or list", fname);
    }
    if (wf_len(argv) == 0) {
        return wf_err_format(&wf_exc_ValueError, "%s() arg 2 must not be empty", fname);
    }
    wf_object_t *p = fs_bytes(path);
    if (p == NULL) {
        return NULL;
    }
    cstrings_t a, e = {NULL, NULL};
    if (cstrings_from(fname, argv, &a) < 0) {
        WF_DECREF(p);
        return NULL;
    }
    if (a.items[0][0] == '\0') {
        cstrings_free(&a);
        WF_DECREF(p);
        return wf_err_format(&wf_exc_ValueError, "%s() arg 2 first element cannot be empty",
                             fname);
    }
    if (env != NULL) {
        wf_object_t *pairs = wf_call_method_cstr(env, "items", NULL, 0);
        wf_object_t *strs = pairs != NULL ? wf_list_new(0) : NULL;
        wf_object_t *it = strs != NULL ? wf_iter(pairs) : NULL;
        wf_object_t *kv;
        int bad = it == NULL;
        while (!bad && (kv = wf_iter_next(it)) != NULL) {
            wf_object_t *k = fs_bytes(WF_TUPLE_GET(kv, 0));
            wf_object_t *v = k != NULL ? fs_bytes(WF_TUPLE_GET(kv, 1)) : NULL;
            wf_object_t *kvb = v != NULL ? env_entry(k, v) : NULL;
            bad = kvb == NULL || wf_list_append(strs, kvb) < 0;
            WF_XDECREF(k);
            WF_XDECREF(v);
            WF_XDECREF(kvb);
            WF_DECREF(kv);
        }
        bad = bad || wf_err_occurred();
        WF_XDECREF(it);
        WF_XDECREF(pairs);
        if (bad || cstrings_from(fname, strs, &e) < 0) {
            WF_XDECREF(strs);
            cstrings_free(&a);
            WF_DECREF(p);
            return NULL;
        }
        WF_DECREF(strs);
    }
    if (env != NULL) {
        execve(WF_BYTES_DATA(p), a.items, e.items);
    } else {
        execv(WF_BYTES_DATA(p), a.items);
    }
    wf_object_t *r = wf_err_from_errno(&wf_exc_OSError);
    cstrings_free(&a);
    cstrings_free(&e);
    WF_DECREF(p);
    return r;
}

static wf_object_t *proc_execv(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("execv", nargs, 2, 2) < 0) {
        return NULL;
    }
    return exec_common("execv", args[0], args[1], NULL);
}

static wf_object_t *proc_execve(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("execve", nargs, 3, 3) < 0) {
        return NULL;
    }
    return exec_common("execve", args[0], args[1], args[2]);
}

// ---------------------------------------------------------------------------------------
// _spawn: fork and exec a child with its standard streams redirected.
//
// _spawn(argv, executables, env, cwd, stdin_fd, stdout_fd, stderr_fd, close_fds, pass_fds,
//        start_new_session, umask) -> pid
// argv, executables (paths tried in order) and env (None or "K=V" items) are sequences of
// str or bytes; the fds are -1 to inherit. A failure in the child before exec (chdir, exec)
// comes back through a close-on-exec pipe and is raised here as OSError, with cwd or
// argv[0] as its filename.
//
// Everything the child needs is built before fork: between fork and exec the child calls
// only async-signal-safe functions (no allocation, no locks), since other threads of this
// process may have held the allocator's or the interpreter's locks at the fork.

static void child_report(int errfd, char stage, int err) {
    char msg[16];
    int n = 0;
    msg[n++] = stage;
    char digits[12];
    int d = 0;
    unsigned v = (unsigned)err;
    do {
        digits[d++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0 && d < (int)sizeof(digits));
    while (d > 0) {
        msg[n++] = digits[--d];
    }
    ssize_t w;
    do {
        w = write(errfd, msg, (size_t)n);
    } while (w < 0 && errno == EINTR);
}

// Move fd to a descriptor >= 3 so that the dup2 onto 0..2 cannot clobber it.
static int child_lift(int fd) {
    return fd >= 0 && fd < 3 ? fcntl(fd, F_DUPFD_CLOEXEC, 3) : fd;
}

static int child_keep(int fd, const int *keep, int nkeep) {
    for (int i = 0; i < nkeep; i++) {
        if (keep[i] == fd) {
            return 1;
        }
    }
    return 0;
}

static void child_close_fds(int errfd, const int *keep, int nkeep) {
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) {
        max = 65536;
    }
    for (int fd = 3; fd < max; fd++) {
        if (fd == errfd || child_keep(fd, keep, nkeep)) {
            continue;
        }
#if defined(SYS_close_range)
        // Close the whole run of descriptors up to the next kept one in one call.
        int end = fd;
        while (end + 1 < max && end + 1 != errfd && !child_keep(end + 1, keep, nkeep)) {
            end++;
        }
        if (syscall(SYS_close_range, (unsigned)fd, (unsigned)end, 0u) == 0) {
            fd = end;
            continue;
        }
#endif
        close(fd);
    }
}

static void child_run(int errfd, char *const *argv, char *const *exe, char *const *envp,
                      const char *cwd, int in, int out, int err, int close_fds, const int *keep,
                      int nkeep, int new_session, int mask) {
    sigset_t all;
    sigemptyset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);  // threads block signals; the child must not
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    in = child_lift(in);
    out = child_lift(out);
    err = child_lift(err);
    int src[3] = {in, out, err};
    for (int target = 0; target < 3; target++) {
        int fd = src[target];
        if (fd < 0) {
            continue;
        }
        if (dup2(fd, target) < 0) {
            child_report(errfd, 'D', errno);
            _exit(255);
        }
    }
    for (int i = 0; i < nkeep; i++) {
        int flags = fcntl(keep[i], F_GETFD);
        if (flags >= 0) {
            fcntl(keep[i], F_SETFD, flags & ~FD_CLOEXEC);
        }
    }
    if (close_fds) {
        child_close_fds(errfd, keep, nkeep);
    }
    if (cwd != NULL && chdir(cwd) < 0) {
        child_report(errfd, 'C', errno);
        _exit(255);
    }
    if (mask >= 0) {
        umask((mode_t)mask);
    }
    if (new_session) {
        setsid();
    }
    int saved = ENOENT;
    for (int i = 0; exe[i] != NULL; i++) {
        if (envp != NULL) {
            execve(exe[i], argv, envp);
        } else {
            execv(exe[i], argv);
        }
        if (errno != ENOENT && errno != ENOTDIR && saved == ENOENT) {
            saved = errno;
        }
    }
    child_report(errfd, 'X', saved);
    _exit(255);
}

static wf_object_t *proc_spawn(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("_spawn", nargs, 11, 11) < 0) {
        return NULL;
    }
    cstrings_t argv = {NULL, NULL}, exe = {NULL, NULL}, env = {NULL, NULL};
    wf_object_t *cwd = NULL, *keep_list = NULL, *result = NULL;
    int *keep = NULL;
    int fds[3], close_fds, new_session, mask;
    int errpipe[2] = {-1, -1};
    if (cstrings_from("_spawn", args[0], &argv) < 0 ||
        cstrings_from("_spawn", args[1], &exe) < 0 ||
        (args[2] != WF_NONE && cstrings_from("_spawn", args[2], &env) < 0)) {
        goto done;
    }
    if (argv.items[0] == NULL) {
        wf_err_set_string(&wf_exc_ValueError, "_spawn: empty argument list");
        goto done;
    }
    if (args[3] != WF_NONE && (cwd = fs_bytes(args[3])) == NULL) {
        goto done;
    }
    for (int i = 0; i < 3; i++) {
        if (wf_as_c_int(args[4 + i], &fds[i]) < 0) {
            goto done;
        }
    }
    if ((close_fds = wf_truthy(args[7])) < 0 || (new_session = wf_truthy(args[9])) < 0 ||
        wf_as_c_int(args[10], &mask) < 0) {
        goto done;
    }
    if ((keep_list = wf_sequence_list(args[8])) == NULL) {
        goto done;
    }
    wf_ssize_t nkeep = WF_SIZE(keep_list);
    keep = wf_mem_alloc(sizeof(int) * (size_t)(nkeep + 1));
    if (keep == NULL) {
        wf_err_nomemory();
        goto done;
    }
    for (wf_ssize_t i = 0; i < nkeep; i++) {
        if (wf_as_c_int(WF_LIST_ITEMS(keep_list)[i], &keep[i]) < 0) {
            goto done;
        }
    }
    if (pipe2(errpipe, O_CLOEXEC) < 0) {
        wf_err_from_errno(&wf_exc_OSError);
        goto done;
    }
    pid_t pid = fork();
    if (pid == 0) {
        child_run(errpipe[1], argv.items, exe.items, env.items,
                  cwd != NULL ? WF_BYTES_DATA(cwd) : NULL, fds[0], fds[1], fds[2], close_fds,
                  keep, (int)nkeep, new_session, mask);
    }
    if (pid < 0) {
        wf_err_from_errno(&wf_exc_OSError);
        goto done;
    }
    close(errpipe[1]);
    errpipe[1] = -1;
    char msg[32];
    ssize_t got = 0, r;
    WF_BLOCKING_BEGIN();
    while (got < (ssize_t)sizeof(msg) - 1) {
        r = read(errpipe[0], msg + got, sizeof(msg) - 1 - (size_t)got);
        if (r > 0) {
            got += r;
        } else if (r == 0 || errno != EINTR) {
            break;
        }
    }
    WF_BLOCKING_END();
    if (got == 0) {
        result = wf_int_from_i64(pid);
        goto done;
    }
    // The child failed before exec: reap it and raise its error.
    int status;
    WF_BLOCKING_BEGIN();
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    WF_BLOCKING_END();
    msg[got] = '\0';
    errno = atoi(msg + 1);
    if (msg[0] == 'C') {
        wf_err_from_errno_filename(&wf_exc_OSError, args[3]);
    } else if (msg[0] == 'X') {
        int e = errno;
        wf_object_t *given = wf_sequence_list(args[0]);  // argv[0] as the caller wrote it
        if (given != NULL) {
            errno = e;
            wf_err_from_errno_filename(&wf_exc_OSError, WF_LIST_ITEMS(given)[0]);
            WF_DECREF(given);
        }
    } else {
        wf_err_from_errno(&wf_exc_OSError);
    }
done:
    if (errpipe[0] >= 0) {
        close(errpipe[0]);
    }
    if (errpipe[1] >= 0) {
        close(errpipe[1]);
    }
    wf_mem_free(keep);
    WF_XDECREF(keep_list);
    WF_XDECREF(cwd);
    cstrings_free(&argv);
    cstrings_free(&exe);
    cstrings_free(&env);
    return result;
}

// ---------------------------------------------------------------------------------------

static wf_method_def_t proc_methods[] = {
    {"getuid", {.noargs = proc_getuid}, WF_METH_NOARGS, NULL},
    {"geteuid", {.noargs = proc_geteuid}, WF_METH_NOARGS, NULL},
    {"getgid", {.noargs = proc_getgid}, WF_METH_NOARGS, NULL},
    {"getegid", {.noargs = proc_getegid}, WF_METH_NOARGS, NULL},
    {"getpgrp", {.noargs = proc_getpgrp}, WF_METH_NOARGS, NULL},
    {"getsid", {.o = proc_getsid}, WF_METH_O, NULL},
    {"getgroups", {.noargs = proc_getgroups}, WF_METH_NOARGS, NULL},
    {"getlogin", {.noargs = proc_getlogin}, WF_METH_NOARGS, NULL},
    {"times", {.noargs = proc_times}, WF_METH_NOARGS, NULL},
    {"get_terminal_size", {.fast = proc_get_terminal_size}, WF_METH_FASTCALL, NULL},
    {"waitpid", {.fast = proc_waitpid}, WF_METH_FASTCALL, NULL},
    {"WIFEXITED", {.o = proc_WIFEXITED}, WF_METH_O, NULL},
    {"WEXITSTATUS", {.o = proc_WEXITSTATUS}, WF_METH_O, NULL},
    {"WIFSIGNALED", {.o = proc_WIFSIGNALED}, WF_METH_O, NULL},
    {"WTERMSIG", {.o = proc_WTERMSIG}, WF_METH_O, NULL},
    {"WIFSTOPPED", {.o = proc_WIFSTOPPED}, WF_METH_O, NULL},
    {"WSTOPSIG", {.o = proc_WSTOPSIG}, WF_METH_O, NULL},
    {"WCOREDUMP", {.o = proc_WCOREDUMP}, WF_METH_O, NULL},
    {"WIFCONTINUED", {.o = proc_WIFCONTINUED}, WF_METH_O, NULL},
    {"execv", {.fast = proc_execv}, WF_METH_FASTCALL, NULL},
    {"execve", {.fast = proc_execve}, WF_METH_FASTCALL, NULL},
    {"_spawn", {.fast = proc_spawn}, WF_METH_FASTCALL, NULL},
    {NULL},
};

static const char *const times_fields[] = {"user", "system", "children_user",
                                           "children_system", "elapsed", NULL};
static const wf_structseq_desc_t times_desc = {"posix.times_result", times_fields, 5};
static const char *const terminal_fields[] = {"columns", "lines", NULL};
static const wf_structseq_desc_t terminal_desc = {"os.terminal_size", terminal_fields, 2};

int wf_posix_add_process(wf_object_t *m) {
    if (times_result_type == NULL &&
        (times_result_type = wf_structseq_new_type(&times_desc)) == NULL) {
        return -1;
    }
    if (terminal_size_type == NULL &&
        (terminal_size_type = wf_structseq_new_type(&terminal_desc)) == NULL) {
        return -1;
    }
    if (wf_module_add_functions(m, proc_methods) < 0 ||
        wf_module_add_object(m, "times_result", WF_OBJ(times_result_type)) < 0 ||
        wf_module_add_object(m, "terminal_size", WF_OBJ(terminal_size_type)) < 0 ||
        wf_module_add_int(m, "WNOHANG", WNOHANG) < 0 ||
        wf_module_add_int(m, "WUNTRACED", WUNTRACED) < 0 ||
        wf_module_add_int(m, "WCONTINUED", WCONTINUED) < 0) {
        return -1;
    }
    return 0;
}
