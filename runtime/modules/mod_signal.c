// The signal module and the C side of signal delivery.
//
// The async-signal handler stores a flag per signal and sets WF_EB_SIGNALS in the main
// thread's eval breaker; wf_signals_run_handlers, called from the eval breaker on the
// main thread, calls the Python handler (default_int_handler raises KeyboardInterrupt).
#include "runtime/modules/mod_signal.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "sync/blocking.h"
#include "sync/tstate.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define NSIG_MAX 65

// Set by the C handler (in the main thread: other threads block the signals Python
// handles) and by interrupt_main from any thread, hence atomic.
static int tripped[NSIG_MAX];
static int any_tripped;
static wf_object_t *handlers[NSIG_MAX];  // Python handlers, or SIG_DFL/SIG_IGN ints
static wf_tstate_t *main_tstate;
static wf_object_t *default_int_handler_obj;

static void trip(int signum) {
    WF_ATOMIC_STORE_ALWAYS(&tripped[signum], 1);
    WF_ATOMIC_STORE_ALWAYS(&any_tripped, 1);
    if (main_tstate != NULL) {
        wf_tstate_signal(main_tstate, WF_EB_SIGNALS);
    }
}

// set_wakeup_fd: a descriptor the C handler writes each signal's number to (-1: none).
static int wakeup_fd = -1;

static void c_handler(int signum) {
    int saved = errno;
    if (signum > 0 && signum < NSIG_MAX) {
        trip(signum);
        int fd = WF_ATOMIC_LOAD_ALWAYS(&wakeup_fd);
        if (fd >= 0) {
            unsigned char byte = (unsigned char)signum;
            ssize_t n = write(fd, &byte, 1);  // async-signal-safe; a full pipe drops it
            (void)n;
        }
    }
    errno = saved;
}

// set_wakeup_fd(fd, /, *, warn_on_full_buffer=True): the previous descriptor. A byte that
// does not fit in a full buffer is dropped without the warning CPython may print.
static wf_object_t *sig_set_wakeup_fd(wf_object_t *self, wf_object_t *const *args,
                                      wf_ssize_t nargs, wf_object_t *kwnames) {
    static const char *const names[] = {"", "warn_on_full_buffer", NULL};
    wf_object_t *a[2] = {NULL, NULL};
    if (wf_parse_args("set_wakeup_fd", args, nargs, kwnames, names, 1, 1, a) < 0) {
        return NULL;
    }
    int fd;
    if (wf_as_c_int(a[0], &fd) < 0) {
        return NULL;
    }
    if (wf_tstate_get() != main_tstate) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "set_wakeup_fd only works in main thread of the main interpreter");
    }
    if (fd != -1) {
        struct stat st;
        if (fstat(fd, &st) != 0) {
            return wf_err_from_errno(&wf_exc_OSError);
        }
        int flags = fcntl(fd, F_GETFL);
        if (flags < 0) {
            return wf_err_from_errno(&wf_exc_OSError);
        }
        if (!(flags & O_NONBLOCK)) {
            return wf_err_format(&wf_exc_ValueError, "the fd %d must be in non-blocking mode",
                                 fd);
        }
    }
    if (a[1] != NULL && wf_truthy(a[1]) < 0) {
        return NULL;
    }
    int old = WF_ATOMIC_LOAD_ALWAYS(&wakeup_fd);
    WF_ATOMIC_STORE_ALWAYS(&wakeup_fd, fd);
    return wf_int_from_i64(old);
}

int wf_signals_pending(void) {
    return WF_ATOMIC_LOAD_ALWAYS(&any_tripped) != 0;
}

int wf_signals_simulate(int signum) {
    if (signum < 1 || signum >= NSIG_MAX) {
        wf_err_set_string(&wf_exc_ValueError, "signal number out of range");
        return -1;
    }
    // As a real signal would: nothing happens when Python installed no handler for it.
    wf_object_t *h = handlers[signum];
    if (h != NULL && wf_callable(h)) {
        trip(signum);
    }
    return 0;
}

int wf_signals_run_handlers(void) {
    if (!wf_signals_pending() || wf_tstate_get() != main_tstate) {
        return 0;
    }
    WF_ATOMIC_STORE_ALWAYS(&any_tripped, 0);
    for (int s = 1; s < NSIG_MAX; s++) {
        if (!WF_ATOMIC_LOAD_ALWAYS(&tripped[s])) {
            continue;
        }
        WF_ATOMIC_STORE_ALWAYS(&tripped[s], 0);
        wf_object_t *h = handlers[s];
        if (h == NULL || !wf_callable(h)) {
            continue;
        }
        wf_object_t *args[2] = {wf_int_from_i64(s), WF_NONE};
        if (args[0] == NULL) {
            return -1;
        }
        wf_object_t *r = wf_vectorcall(h, args, 2, NULL);
        WF_DECREF(args[0]);
        if (r == NULL) {
            // Leave the remaining signals for the next check.
            for (int t = s + 1; t < NSIG_MAX; t++) {
                if (WF_ATOMIC_LOAD_ALWAYS(&tripped[t])) {
                    trip(t);
                    break;
                }
            }
            return -1;
        }
        WF_DECREF(r);
    }
    return 0;
}

static wf_object_t *default_int_handler(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs) {
    return wf_err_set(&wf_exc_KeyboardInterrupt, NULL);
}

static wf_method_def_t default_int_def = {"default_int_handler", {.fast = default_int_handler},
                                          WF_METH_FASTCALL, NULL};

static int check_signum(wf_object_t *o, int *out) {
    wf_ssize_t s = wf_as_ssize(o, &wf_exc_OverflowError);
    if (s == -1 && wf_err_occurred()) {
        return -1;
    }
    if (s < 1 || s >= NSIG_MAX) {
        wf_err_set_string(&wf_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)s;
    return 0;
}

static wf_object_t *sig_signal(wf_object_t *self, wf_object_t *const *args, wf_ssize_t nargs) {
    if (wf_check_nargs("signal", nargs, 2, 2) < 0) {
        return NULL;
    }
    int s;
    if (check_signum(args[0], &s) < 0) {
        return NULL;
    }
    if (wf_tstate_get() != main_tstate) {
        return wf_err_set_string(&wf_exc_ValueError,
                                 "signal only works in main thread of the main interpreter");
    }
    wf_object_t *h = args[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    if (WF_INT_CHECK(h)) {
        int64_t v;
        if (wf_int_as_i64(h, &v) < 0) {
            return NULL;
        }
        if (v != 0 && v != 1) {
            return wf_err_set_string(&wf_exc_TypeError,
                                     "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a "
                                     "callable object");
        }
        sa.sa_handler = v == 0 ? SIG_DFL : SIG_IGN;
    } else if (wf_callable(h)) {
        sa.sa_handler = c_handler;
    } else {
        return wf_err_set_string(&wf_exc_TypeError,
                                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a "
                                 "callable object");
    }
    if (s == SIGKILL || s == SIGSTOP || sigaction(s, &sa, NULL) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    wf_object_t *old = handlers[s];
    handlers[s] = wf_newref(h);
    return old ? old : wf_newref(WF_NONE);
}

static wf_object_t *sig_getsignal(wf_object_t *self, wf_object_t *arg) {
    int s;
    if (check_signum(arg, &s) < 0) {
        return NULL;
    }
    return wf_newref(handlers[s] ? handlers[s] : WF_NONE);
}

static wf_object_t *sig_raise_signal(wf_object_t *self, wf_object_t *arg) {
    int s;
    if (check_signum(arg, &s) < 0) {
        return NULL;
    }
    if (raise(s) != 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    if (wf_signals_run_handlers() < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *sig_alarm(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t secs = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (secs == -1 && wf_err_occurred()) {
        return NULL;
    }
    return wf_int_from_i64(alarm((unsigned)secs));
}

static wf_object_t *sig_strsignal(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t n = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (n == -1 && wf_err_occurred()) {
        return NULL;
    }
    if (n < 1 || n >= NSIG_MAX) {
        return wf_err_set_string(&wf_exc_ValueError, "signal number out of range");
    }
    const char *text = strsignal((int)n);
    if (text == NULL || strncmp(text, "Unknown signal", 14) == 0 ||
        strncmp(text, "Real-time signal", 16) == 0) {
        WF_RETURN_NONE;
    }
    return wf_str_from_cstr(text);
}

// The signals this system can deliver (sigfillset's), as a set of ints.
// The members of a C signal set as a Python set of ints.
static wf_object_t *set_from_sigset(const sigset_t *set) {
    wf_object_t *r = wf_set_new(NULL);
    for (int n = 1; r != NULL && n < NSIG_MAX; n++) {
        if (sigismember(set, n) != 1) {
            continue;
        }
        wf_object_t *v = wf_int_from_i64(n);
        if (v == NULL || wf_set_add(r, v) < 0) {
            WF_XDECREF(v);
            WF_CLEAR(r);
            break;
        }
        WF_DECREF(v);
    }
    return r;
}

static wf_object_t *sig_valid_signals(wf_object_t *self, wf_object_t *unused) {
    sigset_t all;
    sigfillset(&all);
    return set_from_sigset(&all);
}

// A C signal set from an iterable of signal numbers.
static int sigset_from(wf_object_t *iterable, sigset_t *set) {
    sigemptyset(set);
    wf_object_t *it = wf_iter(iterable), *item;
    if (it == NULL) {
        return -1;
    }
    while ((item = wf_iter_next(it)) != NULL) {
        wf_ssize_t n = wf_as_ssize(item, &wf_exc_OverflowError);
        WF_DECREF(item);
        if (n == -1 && wf_err_occurred()) {
            break;
        }
        if (n < 1 || n >= NSIG_MAX) {
            wf_err_format(&wf_exc_ValueError, "signal number %zd out of range [1; %d]", n,
                          NSIG_MAX - 1);
            break;
        }
        sigaddset(set, (int)n);
    }
    WF_DECREF(it);
    return wf_err_occurred() ? -1 : 0;
}

static wf_object_t *sig_pthread_sigmask(wf_object_t *self, wf_object_t *const *args,
                                        wf_ssize_t nargs) {
    if (wf_check_nargs("pthread_sigmask", nargs, 2, 2) < 0) {
        return NULL;
    }
    int how;
    sigset_t set, old;
    if (wf_as_c_int(args[0], &how) < 0 || sigset_from(args[1], &set) < 0) {
        return NULL;
    }
    int err = pthread_sigmask(how, &set, &old);
    if (err != 0) {
        errno = err;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    // A signal unblocked here may be pending already; run its handler now.
    if (wf_signals_run_handlers() < 0) {
        return NULL;
    }
    return set_from_sigset(&old);
}

static wf_object_t *sig_sigpending(wf_object_t *self, wf_object_t *unused) {
    sigset_t set;
    if (sigpending(&set) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return set_from_sigset(&set);
}

static wf_object_t *sig_sigwait(wf_object_t *self, wf_object_t *arg) {
    sigset_t set;
    if (sigset_from(arg, &set) < 0) {
        return NULL;
    }
    int signum = 0, err;
    WF_BLOCKING_BEGIN();
    err = sigwait(&set, &signum);
    WF_BLOCKING_END();
    if (err != 0) {
        errno = err;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return wf_int_from_i64(signum);
}

static wf_object_t *sig_pthread_kill(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs) {
    if (wf_check_nargs("pthread_kill", nargs, 2, 2) < 0) {
        return NULL;
    }
    int64_t ident;
    wf_ssize_t signum = wf_as_ssize(args[1], &wf_exc_OverflowError);
    if (wf_int_as_i64(args[0], &ident) < 0 || (signum == -1 && wf_err_occurred())) {
        return NULL;
    }
    int err = pthread_kill((pthread_t)(unsigned long)ident, (int)signum);
    if (err != 0) {
        errno = err;
        return wf_err_from_errno(&wf_exc_OSError);
    }
    if (wf_signals_run_handlers() < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *sig_pause(wf_object_t *self, wf_object_t *unused) {
    WF_BLOCKING_BEGIN();
    pause();
    WF_BLOCKING_END();
    if (wf_signals_run_handlers() < 0) {
        return NULL;
    }
    WF_RETURN_NONE;
}

static wf_object_t *itimer_pair(const struct itimerval *v) {
    wf_object_t *a = wf_float_new((double)v->it_value.tv_sec + v->it_value.tv_usec * 1e-6);
    wf_object_t *b = wf_float_new((double)v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6);
    wf_object_t *r = a != NULL && b != NULL ? wf_tuple_pack(2, a, b) : NULL;
    WF_XDECREF(a);
    WF_XDECREF(b);
    return r;
}

static void to_timeval(double secs, struct timeval *tv) {
    tv->tv_sec = (time_t)secs;
    tv->tv_usec = (suseconds_t)((secs - (double)tv->tv_sec) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && secs > 0) {
        tv->tv_usec = 1;  // a tiny positive delay still arms the timer
    }
}

// setitimer(which, seconds, interval=0.0): arm an interval timer; returns the old
// (delay, interval).
static wf_object_t *sig_setitimer(wf_object_t *self, wf_object_t *const *args,
                                  wf_ssize_t nargs) {
    if (wf_check_nargs("setitimer", nargs, 2, 3) < 0) {
        return NULL;
    }
    wf_ssize_t which = wf_as_ssize(args[0], &wf_exc_OverflowError);
    double secs = wf_float_as_double(args[1]);
    double interval = nargs > 2 ? wf_float_as_double(args[2]) : 0.0;
    if (wf_err_occurred()) {
        return NULL;
    }
    struct itimerval nv, old;
    to_timeval(secs, &nv.it_value);
    to_timeval(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &old) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return itimer_pair(&old);
}

static wf_object_t *sig_getitimer(wf_object_t *self, wf_object_t *arg) {
    wf_ssize_t which = wf_as_ssize(arg, &wf_exc_OverflowError);
    if (which == -1 && wf_err_occurred()) {
        return NULL;
    }
    struct itimerval v;
    if (getitimer((int)which, &v) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    return itimer_pair(&v);
}

static wf_object_t *sig_siginterrupt(wf_object_t *self, wf_object_t *const *args,
                                     wf_ssize_t nargs) {
    if (wf_check_nargs("siginterrupt", nargs, 2, 2) < 0) {
        return NULL;
    }
    wf_ssize_t signum = wf_as_ssize(args[0], &wf_exc_OverflowError);
    int flag = wf_truthy(args[1]);
    if ((signum == -1 && wf_err_occurred()) || flag < 0) {
        return NULL;
    }
    if (signum < 1 || signum >= NSIG_MAX) {
        return wf_err_set_string(&wf_exc_ValueError, "signal number out of range");
    }
    struct sigaction sa;
    if (sigaction((int)signum, NULL, &sa) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    if (flag) {
        sa.sa_flags &= ~SA_RESTART;
    } else {
        sa.sa_flags |= SA_RESTART;
    }
    if (sigaction((int)signum, &sa, NULL) < 0) {
        return wf_err_from_errno(&wf_exc_OSError);
    }
    WF_RETURN_NONE;
}

static wf_method_def_t signal_methods[] = {
    {"strsignal", {.o = sig_strsignal}, WF_METH_O, NULL},
    {"valid_signals", {.noargs = sig_valid_signals}, WF_METH_NOARGS, NULL},
    {"pthread_sigmask", {.fast = sig_pthread_sigmask}, WF_METH_FASTCALL, NULL},
    {"sigpending", {.noargs = sig_sigpending}, WF_METH_NOARGS, NULL},
    {"sigwait", {.o = sig_sigwait}, WF_METH_O, NULL},
    {"pthread_kill", {.fast = sig_pthread_kill}, WF_METH_FASTCALL, NULL},
    {"pause", {.noargs = sig_pause}, WF_METH_NOARGS, NULL},
    {"setitimer", {.fast = sig_setitimer}, WF_METH_FASTCALL, NULL},
    {"getitimer", {.o = sig_getitimer}, WF_METH_O, NULL},
    {"siginterrupt", {.fast = sig_siginterrupt}, WF_METH_FASTCALL, NULL},
    {"signal", {.fast = sig_signal}, WF_METH_FASTCALL, NULL},
    {"getsignal", {.o = sig_getsignal}, WF_METH_O, NULL},
    {"raise_signal", {.o = sig_raise_signal}, WF_METH_O, NULL},
    {"alarm", {.o = sig_alarm}, WF_METH_O, NULL},
    {"set_wakeup_fd", {.fastkw = sig_set_wakeup_fd}, WF_METH_FASTCALL | WF_METH_KEYWORDS, NULL},
    {NULL},
};

int wf_signals_init(void) {
    main_tstate = wf_tstate_get();
    default_int_handler_obj = wf_cfunc_new(&default_int_def, NULL, NULL);
    if (default_int_handler_obj == NULL) {
        return -1;
    }
    for (int s = 1; s < NSIG_MAX; s++) {
        struct sigaction old;
        if (sigaction(s, NULL, &old) == 0) {
            handlers[s] = wf_int_from_i64(old.sa_handler == SIG_IGN ? 1 : 0);
        }
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = c_handler;
    if (sigaction(SIGINT, &sa, NULL) == 0) {
        WF_XDECREF(handlers[SIGINT]);
        handlers[SIGINT] = wf_newref(default_int_handler_obj);
    }
    // Writing to a closed pipe raises BrokenPipeError instead of killing the process.
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

wf_object_t *wf_mod_signal_init(void) {
    wf_object_t *m = wf_module_new("_signal");
    if (m == NULL || wf_module_add_functions(m, signal_methods) < 0 ||
        wf_module_add_object(m, "default_int_handler", default_int_handler_obj) < 0) {
        WF_XDECREF(m);
        return NULL;
    }
    static const struct {
        const char *name;
        int value;
    } consts[] = {{"SIG_DFL", 0},        {"SIG_IGN", 1},        {"SIGINT", SIGINT},
                  {"SIGTERM", SIGTERM},  {"SIGALRM", SIGALRM},  {"SIGUSR1", SIGUSR1},
                  {"SIGUSR2", SIGUSR2},  {"SIGHUP", SIGHUP},    {"SIGQUIT", SIGQUIT},
                  {"SIGKILL", SIGKILL},  {"SIGPIPE", SIGPIPE},  {"SIGCHLD", SIGCHLD},
                  {"SIGABRT", SIGABRT},  {"SIGSEGV", SIGSEGV},  {"NSIG", NSIG_MAX},
                  {"SIGILL", SIGILL},    {"SIGTRAP", SIGTRAP},  {"SIGBUS", SIGBUS},
                  {"SIGFPE", SIGFPE},    {"SIGCONT", SIGCONT},  {"SIGSTOP", SIGSTOP},
                  {"SIGTSTP", SIGTSTP},  {"SIGTTIN", SIGTTIN},  {"SIGTTOU", SIGTTOU},
                  {"SIGURG", SIGURG},    {"SIGXCPU", SIGXCPU},  {"SIGXFSZ", SIGXFSZ},
                  {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
                  {"SIGIO", SIGIO},      {"SIGPOLL", SIGPOLL},  {"SIGPWR", SIGPWR},
                  {"SIGSYS", SIGSYS},    {"SIGIOT", SIGIOT},    {"SIGCLD", SIGCHLD},    {"SIGSTKFLT", SIGSTKFLT},
                  {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
                  {"ITIMER_PROF", ITIMER_PROF}, {"SIG_BLOCK", SIG_BLOCK},
                  {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK}};
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
        if (wf_module_add_int(m, consts[i].name, consts[i].value) < 0) {
            WF_DECREF(m);
            return NULL;
        }
    }
    // The real-time range is decided by the C library at run time.
    if (wf_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 ||
        wf_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0) {
        WF_DECREF(m);
        return NULL;
    }
    return m;
}
