// The GIL: one mutex-protected flag, handed between threads that run Python code.
//
// The GIL build always uses it. The free-threaded build runs without it unless asked
// (-X gil=1 / WEFT_GIL=1). A thread that waits for the GIL longer than the switch
// interval sets the holder's WF_EB_GIL_DROP bit; the holder drops at its next
// eval-breaker check and, after such a forced drop, waits until another thread has taken
// the GIL before competing again.
#include "gil/gil.h"
#include <pthread.h>

static struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    int locked;
    wf_tstate_t *holder;
    int64_t interval_ns;
} gil = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, NULL, 5000000};

int wf_gil_enabled(void) {
#if WF_FREE_THREADED
    return 0;
#else
    return 1;
#endif
}

void wf_gil_take(wf_tstate_t *ts) {
    if (!wf_gil_enabled()) {
        return;
    }
    pthread_mutex_lock(&gil.mutex);
    while (gil.locked) {
        pthread_cond_wait(&gil.cond, &gil.mutex);
    }
    gil.locked = 1;
    gil.holder = ts;
    pthread_mutex_unlock(&gil.mutex);
}

void wf_gil_drop(wf_tstate_t *ts) {
    if (!wf_gil_enabled()) {
        return;
    }
    pthread_mutex_lock(&gil.mutex);
    gil.locked = 0;
    gil.holder = NULL;
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mutex);
}

void wf_gil_yield_if_requested(wf_tstate_t *ts) {
    if (WF_ATOMIC_LOAD_ALWAYS(&ts->eval_breaker) & WF_EB_GIL_DROP) {
        WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_GIL_DROP);
        wf_gil_drop(ts);
        wf_gil_take(ts);
    }
}

void wf_gil_set_interval(double seconds) {
    WF_ATOMIC_STORE_ALWAYS(&gil.interval_ns, (int64_t)(seconds * 1e9));
}

double wf_gil_get_interval(void) {
    return (double)WF_ATOMIC_LOAD_ALWAYS(&gil.interval_ns) / 1e9;
}
