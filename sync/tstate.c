// Thread states: creation, the registry of live states, attach and detach.
//
// Attach/detach are the hooks of the blocking region (sync/blocking.h): the GIL build
// releases and retakes the GIL there (gil/gil.c); the free-threaded build will go
// offline for QSBR and suspend critical sections.
//
// The registry (a doubly linked list headed by the main thread's state) has its own
// mutex, so that it can be walked by threads that do not hold the GIL. States are added
// by the thread that starts a new thread and removed by the ending thread itself, while
// it is still attached.
//
// Shutdown: once finalizing is set, a non-main thread that attaches parks for good. The
// process exits around it; it never runs Python code against a finalizing runtime.
#include "sync/tstate.h"
#include "gil/gil.h"
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

WF_THREAD_LOCAL wf_tstate_t *wf_tstate_current;
WF_THREAD_LOCAL char wf_thread_anchor;

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static wf_tstate_t *main_ts;
static int nothers;
static uint64_t next_serial = 1;
static int finalizing;

static void identify(wf_tstate_t *ts) {
    ts->ident = (unsigned long)pthread_self();
    ts->tid = (uintptr_t)&wf_thread_anchor;
    ts->native_id = (long)syscall(SYS_gettid);
}

wf_tstate_t *wf_tstate_init_main(void) {
    wf_tstate_t *ts = calloc(1, sizeof(*ts));
    if (ts == NULL) {
        return NULL;
    }
    identify(ts);
    ts->serial = next_serial++;
    ts->next = ts->prev = ts;
    main_ts = ts;
    wf_tstate_current = ts;
    wf_gil_init();
    wf_gil_take(ts);
    ts->attached = 1;
    return ts;
}

wf_tstate_t *wf_tstate_main(void) {
    return main_ts;
}

wf_tstate_t *wf_tstate_new(void) {
    wf_tstate_t *ts = calloc(1, sizeof(*ts));
    if (ts == NULL) {
        return NULL;
    }
    pthread_mutex_lock(&registry_lock);
    ts->serial = next_serial++;
    ts->next = main_ts;
    ts->prev = main_ts->prev;
    main_ts->prev->next = ts;
    main_ts->prev = ts;
    nothers++;
    pthread_mutex_unlock(&registry_lock);
    return ts;
}

static void unregister(wf_tstate_t *ts) {
    pthread_mutex_lock(&registry_lock);
    ts->prev->next = ts->next;
    ts->next->prev = ts->prev;
    nothers--;
    pthread_mutex_unlock(&registry_lock);
}

void wf_tstate_discard(wf_tstate_t *ts) {
    unregister(ts);
    free(ts);
}

void wf_tstate_bind(wf_tstate_t *ts) {
    identify(ts);
    wf_tstate_current = ts;
    wf_tstate_attach(ts);
}

void wf_tstate_delete_current(void) {
    wf_tstate_t *ts = wf_tstate_current;
    unregister(ts);
    wf_tstate_detach();
    wf_tstate_current = NULL;
    free(ts);
}

int wf_tstate_count_others(void) {
    pthread_mutex_lock(&registry_lock);
    int n = nothers;
    pthread_mutex_unlock(&registry_lock);
    return n;
}

int wf_tstate_foreach(int (*fn)(wf_tstate_t *ts, void *arg), void *arg) {
    pthread_mutex_lock(&registry_lock);
    int r = 0;
    wf_tstate_t *ts = main_ts;
    do {
        r = fn(ts, arg);
        ts = ts->next;
    } while (r == 0 && ts != main_ts);
    pthread_mutex_unlock(&registry_lock);
    return r;
}

void wf_tstate_set_finalizing(void) {
    WF_ATOMIC_STORE_ALWAYS(&finalizing, 1);
}

int wf_tstate_finalizing(void) {
    return WF_ATOMIC_LOAD_ALWAYS(&finalizing);
}

// Parks the calling thread for good: the process is exiting around it.
static WF_NORETURN void park_forever(void) {
    for (;;) {
        pause();
    }
}

wf_tstate_t *wf_tstate_detach(void) {
    wf_tstate_t *ts = wf_tstate_current;
    if (ts != NULL && ts->attached) {
        ts->attached = 0;
        wf_gil_drop(ts);
    }
    return ts;
}

void wf_tstate_attach(wf_tstate_t *ts) {
    if (ts != NULL && !ts->attached) {
        if (ts != main_ts && wf_tstate_finalizing()) {
            park_forever();
        }
        wf_gil_take(ts);
        if (ts != main_ts && wf_tstate_finalizing()) {
            wf_gil_drop(ts);
            park_forever();
        }
        ts->attached = 1;
    }
}
