// Thread states: creation of the main thread's state, attach and detach.
//
// Attach/detach are the hooks of the blocking region (sync/blocking.h): the GIL build
// releases and retakes the GIL there (gil/gil.c); the free-threaded build will go
// offline for QSBR and suspend critical sections.
#include "sync/tstate.h"
#include "gil/gil.h"
#include <pthread.h>
#include <stdlib.h>

WF_THREAD_LOCAL wf_tstate_t *wf_tstate_current;
WF_THREAD_LOCAL char wf_thread_anchor;

wf_tstate_t *wf_tstate_init_main(void) {
    wf_tstate_t *ts = calloc(1, sizeof(*ts));
    if (ts == NULL) {
        return NULL;
    }
    ts->ident = (unsigned long)pthread_self();
    ts->tid = (uintptr_t)&wf_thread_anchor;
    wf_tstate_current = ts;
    wf_gil_take(ts);
    ts->attached = 1;
    return ts;
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
        wf_gil_take(ts);
        ts->attached = 1;
    }
}
