// faulthandler: dump the Python tracebacks of every thread on a fatal signal (SIGSEGV,
// SIGFPE, SIGABRT, SIGBUS, SIGILL), on request, after a timeout, or on a user signal.
//
// The dumps write straight to a file descriptor with write(2) and read the frames without
// taking locks or allocating, so they also work from a signal handler; names and file
// names are written ASCII-escaped, as CPython's faulthandler does.
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "sync/blocking.h"
#include "sync/tstate.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { MAX_FRAMES = 100, MAX_STRING = 500 };

static void put(int fd, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) {
            if (w < 0 && errno == EINTR) {
                continue;
            }
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static void puts_fd(int fd, const char *s) {
    put(fd, s, strlen(s));
}

static void put_hex(int fd, unsigned long v, int width) {
    char buf[2 + 16 + 1];
    static const char digits[] = "0123456789abcdef";
    int n = width;
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = n - 1; i >= 0; i--) {
        buf[2 + i] = digits[v & 15];
        v >>= 4;
    }
    put(fd, buf, (size_t)(2 + n));
}

static void put_dec(int fd, long v) {
    char buf[24];
    int n = 0;
    unsigned long u = v < 0 ? (unsigned long)(-v) : (unsigned long)v;
    do {
        buf[sizeof(buf) - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u > 0);
    if (v < 0) {
        buf[sizeof(buf) - 1 - n++] = '-';
    }
    put(fd, buf + sizeof(buf) - n, (size_t)n);
}

// A str object, ASCII-escaped, truncated like CPython's dump.
static void put_str(int fd, wf_object_t *s) {
    if (s == NULL || !WF_STR_CHECK(s)) {
        puts_fd(fd, "???");
        return;
    }
    wf_ssize_t n = WF_STR_LEN(s);
    int truncated = n > MAX_STRING;
    if (truncated) {
        n = MAX_STRING;
    }
    for (wf_ssize_t i = 0; i < n; i++) {
        uint32_t c = wf_str_char(s, i);
        if (c >= ' ' && c < 0x7f) {
            char ch = (char)c;
            put(fd, &ch, 1);
        } else if (c <= 0xff) {
            puts_fd(fd, "\\x");
            char buf[2] = {"0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]};
            put(fd, buf, 2);
        } else {
            puts_fd(fd, c <= 0xffff ? "\\u" : "\\U");
            int digits = c <= 0xffff ? 4 : 8;
            char buf[8];
            for (int k = digits - 1; k >= 0; k--) {
                buf[k] = "0123456789abcdef"[c & 15];
                c >>= 4;
            }
            put(fd, buf, (size_t)digits);
        }
    }
    if (truncated) {
        puts_fd(fd, "...");
    }
}

static void dump_frames(int fd, wf_frame_t *f) {
    int depth = 0;
    for (; f != NULL; f = f->previous) {
        if (f->code == NULL || !WF_CODE_CHECK(f->code)) {
            continue;
        }
        if (depth++ >= MAX_FRAMES) {
            puts_fd(fd, "  ...\n");
            break;
        }
        wf_code_t *co = (wf_code_t *)f->code;
        puts_fd(fd, "  File \"");
        put_str(fd, co->filename);
        puts_fd(fd, "\", line ");
        int line = wf_frame_lineno(f);
        if (line >= 0) {
            put_dec(fd, line);
        } else {
            puts_fd(fd, "???");
        }
        puts_fd(fd, " in ");
        put_str(fd, co->name);
        puts_fd(fd, "\n");
    }
}

typedef struct {
    int fd;
    wf_tstate_t *current;
    int count;
} dump_ctx_t;

static int dump_one(wf_tstate_t *ts, void *arg) {
    dump_ctx_t *c = arg;
    if (c->count++ > 0) {
        puts_fd(c->fd, "\n");
    }
    puts_fd(c->fd, ts == c->current ? "Current thread " : "Thread ");
    put_hex(c->fd, ts->ident, 16);
    puts_fd(c->fd, " (most recent call first):\n");
    dump_frames(c->fd, ts->frame);
    return 0;
}

static void dump_all(int fd, int all_threads) {
    wf_tstate_t *cur = wf_tstate_current;
    if (!all_threads) {
        puts_fd(fd, "Stack (most recent call first):\n");
        if (cur != NULL) {
            dump_frames(fd, cur->frame);
        }
        return;
    }
    dump_ctx_t c = {fd, cur, 0};
    wf_tstate_foreach(dump_one, &c);
}

// The descriptor of a file argument: an int, or an object with fileno() (default
// sys.stderr), whose buffer is flushed first.
static int file_fd(wf_object_t *file) {
    wf_object_t *owned = NULL;
    if (file == NULL || file == WF_NONE) {
        wf_object_t *mod = wf_import_module_cstr("sys");
        owned = mod != NULL ? wf_getattr_cstr(mod, "stderr") : NULL;
        WF_XDECREF(mod);
        if (owned == NULL) {
            return -1;
        }
        if (owned == WF_NONE) {
            WF_DECREF(owned);
            wf_err_set_string(&wf_exc_RuntimeError, "sys.stderr is None");
            return -1;
        }
        file = owned;
    }
    int fd;
    if (WF_INT_CHECK(file)) {
        if (wf_as_c_int(file, &fd) < 0) {
            WF_XDECREF(owned);
            return -1;
        }
        if (fd < 0) {
            WF_XDECREF(owned);
            wf_err_set_string(&wf_exc_ValueError, "file is not a valid file descriptor");
            return -1;
        }
        WF_XDECREF(owned);
        return fd;
    }
    wf_object_t *n = wf_call_method_cstr(file, "fileno", NULL, 0);
    if (n == NULL || wf_as_c_int(n, &fd) < 0) {
        WF_XDECREF(n);
        WF_XDECREF(owned);
        return -1;
    }
    WF_DECREF(n);
    if (fd < 0) {
        WF_XDECREF(owned);
        wf_err_set_string(&wf_exc_RuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    wf_object_t *r = wf_call_method_cstr(file, "flush", NULL, 0);
    if (r == NULL) {
        wf_err_clear();  // a failing flush does not stop the dump
    }
    WF_XDECREF(r);
    WF_XDECREF(owned);
    return fd;
}

static int file_and_all(const char *fname, wf_object_t *const *args, wf_ssize_t nargs,
                        wf_object_t *kwnames, int *fd, int *all) {
    static const char *const names[] = {"file", "all_threads", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args(fname, args, nargs, kwnames, names, 0, 0, a) < 0) {
        return -1;
    }
    *all = a[1] != NULL ? wf_truthy(a[1]) : 1;
    if (*all < 0) {
        return -1;
    }
    *fd = file_fd(a[0]);
    return *fd < 0 ? -1 : 0;
}

// ---- fatal signals ----

static const struct {
    int signum;
    const char *name;
} fatal_signals[] = {
    {SIGBUS, "Bus error"},
    {SIGILL, "Illegal instruction"},
    {SIGFPE, "Floating-point exception"},
    {SIGABRT, "Aborted"},
    {SIGSEGV, "Segmentation fault"},
};
enum { NFATAL = sizeof(fatal_signals) / sizeof(fatal_signals[0]) };

static struct {
    int enabled;
    int fd;
    int all_threads;
    struct sigaction previous[NFATAL];
} fatal;

static void fatal_handler(int signum) {
    int saved = errno;
    int i = 0;
    while (i < NFATAL && fatal_signals[i].signum != signum) {
        i++;
    }
    if (fatal.enabled && i < NFATAL) {
        fatal.enabled = 0;
        puts_fd(fatal.fd, "Fatal Python error: ");
        puts_fd(fatal.fd, fatal_signals[i].name);
        puts_fd(fatal.fd, "\n\n");
        dump_all(fatal.fd, fatal.all_threads);
        // Put the previous handler back and deliver the signal again to it.
        sigaction(signum, &fatal.previous[i], NULL);
    }
    errno = saved;
    raise(signum);
}

static void *alt_stack;

static wf_object_t *fh_enable(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                              wf_object_t *kwnames) {
    int fd, all;
    if (file_and_all("enable", args, nargs, kwnames, &fd, &all) < 0) {
        return NULL;
    }
    fatal.fd = fd;
    fatal.all_threads = all;
    if (!fatal.enabled) {
        if (alt_stack == NULL) {
            // The handler must run even when the fault is a stack overflow.
            size_t size = SIGSTKSZ * 2 + 64 * 1024;
            alt_stack = malloc(size);
            if (alt_stack != NULL) {
                stack_t ss = {.ss_sp = alt_stack, .ss_size = size, .ss_flags = 0};
                sigaltstack(&ss, NULL);
            }
        }
        for (int i = 0; i < NFATAL; i++) {
            struct sigaction sa;
            memset(&sa, 0, sizeof(sa));
            sa.sa_handler = fatal_handler;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_NODEFER | SA_ONSTACK;
            if (sigaction(fatal_signals[i].signum, &sa, &fatal.previous[i]) < 0) {
                return wf_err_from_errno(&wf_exc_OSError);
            }
        }
        fatal.enabled = 1;
    }
    WF_RETURN_NONE;
}

static wf_object_t *fh_disable(wf_object_t *self, wf_object_t *unused) {
    if (!fatal.enabled) {
        return wf_newref(WF_FALSE);
    }
    fatal.enabled = 0;
    for (int i = 0; i < NFATAL; i++) {
        sigaction(fatal_signals[i].signum, &fatal.previous[i], NULL);
    }
    return wf_newref(WF_TRUE);
}

static wf_object_t *fh_is_enabled(wf_object_t *self, wf_object_t *unused) {
    return wf_newref(fatal.enabled ? WF_TRUE : WF_FALSE);
}

static wf_object_t *fh_dump_traceback(wf_object_t *self, wf_object_t *const *args,
                                      wf_ssize_t nargs, wf_object_t *kwnames) {
    int fd, all;
    if (file_and_all("dump_traceback", args, nargs, kwnames, &fd, &all) < 0) {
        return NULL;
    }
    dump_all(fd, all);
    WF_RETURN_NONE;
}

// ---- dump_traceback_later: a watchdog thread ----

static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int running, cancel;
    pthread_t thread;
    int64_t timeout_us;
    int repeat, exit_after, fd;
    char header[64];
} later = {.lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER};

static void *watchdog(void *unused) {
    pthread_mutex_lock(&later.lock);
    for (;;) {
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        int64_t ns = deadline.tv_nsec + (later.timeout_us % 1000000) * 1000;
        deadline.tv_sec += (time_t)(later.timeout_us / 1000000) + (time_t)(ns / 1000000000);
        deadline.tv_nsec = (long)(ns % 1000000000);
        int rc = 0;
        while (!later.cancel && rc != ETIMEDOUT) {
            rc = pthread_cond_timedwait(&later.cond, &later.lock, &deadline);
        }
        if (later.cancel) {
            break;
        }
        puts_fd(later.fd, later.header);
        dump_all(later.fd, 1);
        if (later.exit_after) {
            _exit(1);
        }
        if (!later.repeat) {
            break;
        }
    }
    later.running = 0;
    pthread_mutex_unlock(&later.lock);
    return NULL;
}

static void cancel_later(void) {
    pthread_mutex_lock(&later.lock);
    int was = later.running;
    later.cancel = 1;
    pthread_cond_broadcast(&later.cond);
    pthread_mutex_unlock(&later.lock);
    if (was) {
        WF_BLOCKING_BEGIN();
        pthread_join(later.thread, NULL);
        WF_BLOCKING_END();
    }
}

static wf_object_t *fh_dump_traceback_later(wf_object_t *self, wf_object_t *const *args,
                                            wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"timeout", "repeat", "file", "exit", NULL};
    wf_object_t *a[4] = {NULL};
    if (wf_parse_args("dump_traceback_later", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    double timeout = wf_float_as_double(a[0]);
    if (timeout == -1.0 && wf_err_occurred()) {
        return NULL;
    }
    if (!(timeout > 0)) {
        return wf_err_set_string(&wf_exc_ValueError, "timeout must be greater than 0");
    }
    int repeat = a[1] != NULL ? wf_truthy(a[1]) : 0;
    int exit_after = a[3] != NULL ? wf_truthy(a[3]) : 0;
    if (repeat < 0 || exit_after < 0) {
        return NULL;
    }
    int fd = file_fd(a[2]);
    if (fd < 0) {
        return NULL;
    }
    cancel_later();
    int64_t us = (int64_t)(timeout * 1e6);
    long secs = (long)(us / 1000000);
    snprintf(later.header, sizeof(later.header), "Timeout (%ld:%02ld:%02ld%s)!\n",
             secs / 3600, (secs / 60) % 60, secs % 60, us % 1000000 ? ".xxx" : "");
    if (us % 1000000) {
        // CPython prints the fraction with its microseconds.
        char *dot = strstr(later.header, ".xxx");
        snprintf(dot, sizeof(later.header) - (size_t)(dot - later.header), ".%06ld)!\n",
                 (long)(us % 1000000));
    }
    pthread_mutex_lock(&later.lock);
    later.timeout_us = us;
    later.repeat = repeat;
    later.exit_after = exit_after;
    later.fd = fd;
    later.cancel = 0;
    later.running = pthread_create(&later.thread, NULL, watchdog, NULL) == 0;
    int ok = later.running;
    pthread_mutex_unlock(&later.lock);
    if (!ok) {
        return wf_err_set_string(&wf_exc_RuntimeError, "unable to start watchdog thread");
    }
    WF_RETURN_NONE;
}

static wf_object_t *fh_cancel_dump_traceback_later(wf_object_t *self, wf_object_t *unused) {
    cancel_later();
    WF_RETURN_NONE;
}

// ---- register: dump on a user signal ----

#define NSIG_USER 65
static struct {
    int registered, fd, all_threads, chain;
    struct sigaction previous;
} user[NSIG_USER];

static void user_handler(int signum) {
    int saved = errno;
    if (signum > 0 && signum < NSIG_USER && user[signum].registered) {
        dump_all(user[signum].fd, user[signum].all_threads);
        if (user[signum].chain && user[signum].previous.sa_handler != SIG_DFL &&
            user[signum].previous.sa_handler != SIG_IGN &&
            !(user[signum].previous.sa_flags & SA_SIGINFO)) {
            user[signum].previous.sa_handler(signum);
        }
    }
    errno = saved;
}

static wf_object_t *fh_register(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs,
                                wf_object_t *kwnames) {
    static const char *const names[] = {"signum", "file", "all_threads", "chain", NULL};
    wf_object_t *a[4] = {NULL};
    if (wf_parse_args("register", args, nargs, kwnames, names, 0, 1, a) < 0) {
        return NULL;
    }
    int signum;
    if (wf_as_c_int(a[0], &signum) < 0) {
        return NULL;
    }
    if (signum < 1 || signum >= NSIG_USER) {
        return wf_err_set_string(&wf_exc_ValueError, "signal number out of range");
    }
    for (int i = 0; i < NFATAL; i++) {
        if (fatal_signals[i].signum == signum) {
            return wf_err_format(&wf_exc_RuntimeError,
                                 "signal %d cannot be registered, use enable() instead", signum);
        }
    }
    int all = a[2] != NULL ? wf_truthy(a[2]) : 1;
    int chain = a[3] != NULL ? wf_truthy(a[3]) : 0;
    if (all < 0 || chain < 0) {
        return NULL;
    }
    int fd = file_fd(a[1]);
    if (fd < 0) {
        return NULL;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART | SA_ONSTACK | (chain ? SA_NODEFER : 0);
    struct sigaction old;
    if (sigaction(signum, &sa, &old) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    if (!user[signum].registered) {
        user[signum].previous = old;
    }
    user[signum].fd = fd;
    user[signum].all_threads = all;
    user[signum].chain = chain;
    user[signum].registered = 1;
    WF_RETURN_NONE;
}

static wf_object_t *fh_unregister(wf_object_t *self, wf_object_t *arg) {
    int signum;
    if (wf_as_c_int(arg, &signum) < 0) {
        return NULL;
    }
    if (signum < 1 || signum >= NSIG_USER) {
        return wf_err_set_string(&wf_exc_ValueError, "signal number out of range");
    }
    if (!user[signum].registered) {
        return wf_newref(WF_FALSE);
    }
    user[signum].registered = 0;
    sigaction(signum, &user[signum].previous, NULL);
    return wf_newref(WF_TRUE);
}

static wf_method_def_t faulthandler_methods[] = {
    {"enable", {.fastkw = fh_enable}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "Enable the fault handler."},
    {"disable", {.noargs = fh_disable}, WF_METH_NOARGS, "Disable the fault handler."},
    {"is_enabled", {.noargs = fh_is_enabled}, WF_METH_NOARGS,
     "Check if the handler is enabled."},
    {"dump_traceback", {.fastkw = fh_dump_traceback}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "Dump the traceback of the current thread, or of all threads if all_threads is True, "
     "into file."},
    {"dump_traceback_later", {.fastkw = fh_dump_traceback_later},
     WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "Dump the traceback of all threads in timeout seconds."},
    {"cancel_dump_traceback_later", {.noargs = fh_cancel_dump_traceback_later},
     WF_METH_NOARGS, "Cancel the previous call to dump_traceback_later()."},
    {"register", {.fastkw = fh_register}, WF_METH_FASTCALL | WF_METH_KEYWORDS,
     "Register a handler for the signal 'signum'."},
    {"unregister", {.o = fh_unregister}, WF_METH_O, "Unregister the handler of the signal."},
    {NULL},
};

wf_object_t *wf_mod_faulthandler_init(void) {
    wf_object_t *m = wf_module_new("faulthandler");
    if (m == NULL || wf_module_add_functions(m, faulthandler_methods) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    return m;
}
