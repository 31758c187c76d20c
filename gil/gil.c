// The GIL: a flag under a mutex, handed between threads that run Python code.
//
// The GIL build always uses it. The free-threaded build uses it while its runtime GIL is
// switched on (-X gil=1 / WEFT_GIL=1, for now the default).
//
// Switching: threads that find the GIL taken wait on `cond`. One of them, the timekeeper,
// sleeps until the holder has held the GIL for one switch interval (counted from the
// holder's take, not from anyone's arrival, so no holder keeps it much longer than an
// interval however many threads wait) and then sets the holder's WF_EB_GIL_DROP bit; the
// others sleep until the GIL is released, so a switch wakes one thread, not every
// waiter. (Threads coming back from a blocking call have precedence over threads that
// were made to drop: see take().) The holder notices the bit at its next eval-breaker
// check (backward jumps, calls, function entry) and drops. After such a
// forced drop it waits on `switched` until another thread has actually taken the GIL
// before it competes again: otherwise the dropping thread, already running, would
// usually win the race against the sleeping waiter and nothing would switch.
//
// Every field is read and written under `mutex` (the eval-breaker word is atomic; `locked`
// is also written atomically because a waiter watches it unlocked, see
// spin_until_released), so a ThreadSanitizer build sees only properly ordered accesses.
#include "gil/gil.h"
#include "runtime/interp.h"
#include <errno.h>
#include <pthread.h>
#include <time.h>

static struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;      // signalled when the GIL is released
    pthread_cond_t switched;  // broadcast when a thread takes the GIL
    int locked;
    int enabled;
    int waiters;              // threads waiting in take()
    int returning_waiters;    // those of them coming back from a blocking call
    int drop_requested;       // the holder has been asked to drop in its current turn
    int timekeeper;           // a waiter is timing the holder's turn
    int dropper_coming;       // a thread that was made to drop is about to wait again
    wf_tstate_t *holder;
    wf_tstate_t *last_holder;
    int64_t held_since;       // when the holder took the GIL
    uint64_t switch_number;   // acquisitions by a thread other than the previous holder
    int64_t interval_ns;
    wf_gil_stats_t stats;
} gil = {
    .mutex = PTHREAD_MUTEX_INITIALIZER,
    .switched = PTHREAD_COND_INITIALIZER,
    .enabled = 1,
    .interval_ns = 5000000,
};

// How long a waiter that asked for a drop watches for it before sleeping again.
#define SPIN_NS 200000

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

void wf_gil_init(void) {
    // `cond` waits with CLOCK_MONOTONIC deadlines: wall-clock jumps do not disturb them.
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&gil.cond, &attr);
    pthread_condattr_destroy(&attr);
#if WF_FREE_THREADED
    gil.enabled = wf_config.gil != 0;
#else
    gil.enabled = 1;
#endif
}

int wf_gil_can_disable(void) {
    return WF_FREE_THREADED;
}

int wf_gil_enabled(void) {
    return gil.enabled;
}

// After asking the holder to drop, the waiter is awake and on a CPU; the holder drops
// within microseconds, at its next eval-breaker check. Watching for that briefly, rather
// than going back to sleep, saves a wake-up (which costs far more than the wait on a busy
// or virtualised machine) on every forced switch. Called and returns with the mutex held.
static void spin_until_released(void) {
    pthread_mutex_unlock(&gil.mutex);
    int64_t give_up = now_ns() + SPIN_NS;
    for (int i = 0; WF_ATOMIC_LOAD_ALWAYS(&gil.locked); i++) {
        if ((i & 63) == 63 && now_ns() > give_up) {
            break;
        }
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    pthread_mutex_lock(&gil.mutex);
}

// Takes the GIL, with the mutex held. `returning` is set for a thread coming back from a
// blocking call (or starting), clear for a thread retaking it after a forced drop:
// returning threads go first, so a thread that slept or waited for I/O gets the GIL back
// within about one switch interval however many CPU-bound threads compete for it.
static void take_locked(wf_tstate_t *ts, int returning) {
    if (!returning) {
        gil.dropper_coming = 0;
    }
    if (gil.locked || (!returning && gil.returning_waiters > 0)) {
        int64_t start = now_ns();
        int keeping = 0;
        gil.waiters++;
        gil.returning_waiters += returning;
        while (gil.locked || (!returning && gil.returning_waiters > 0)) {
            if (!gil.timekeeper) {
                gil.timekeeper = keeping = 1;
            }
            if (!keeping) {
                pthread_cond_wait(&gil.cond, &gil.mutex);
                continue;
            }
            int64_t turn_end = gil.held_since + gil.interval_ns;
            int turn_running = gil.locked && !gil.drop_requested && gil.holder != NULL;
            if (turn_running && now_ns() >= turn_end) {
                wf_tstate_signal(gil.holder, WF_EB_GIL_DROP);
                gil.drop_requested = 1;
                gil.stats.drop_requests++;
                spin_until_released();
                continue;
            }
            int64_t deadline = turn_running ? turn_end : now_ns() + gil.interval_ns;
            struct timespec d = {(time_t)(deadline / 1000000000), (long)(deadline % 1000000000)};
            pthread_cond_timedwait(&gil.cond, &gil.mutex, &d);
        }
        gil.waiters--;
        gil.returning_waiters -= returning;
        if (keeping) {
            gil.timekeeper = 0;
        }
        gil.stats.waits++;
        gil.stats.wait_ns += now_ns() - start;
    }
    WF_ATOMIC_STORE_ALWAYS(&gil.locked, 1);
    gil.holder = ts;
    gil.held_since = now_ns();
    gil.drop_requested = 0;
    gil.stats.takes++;
    if (ts != gil.last_holder) {
        gil.last_holder = ts;
        gil.switch_number++;
        gil.stats.switches++;
        pthread_cond_broadcast(&gil.switched);
    }
    // Someone must time this turn: wake a waiter to do it, unless the thread just made to
    // drop is on its way to wait again (it will).
    if (gil.waiters > 0 && !gil.timekeeper && !gil.dropper_coming) {
        pthread_cond_signal(&gil.cond);
    }
    // A request aimed at an earlier turn of this thread is stale now.
    WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_GIL_DROP);
}

void wf_gil_take(wf_tstate_t *ts) {
    if (gil.enabled) {
        pthread_mutex_lock(&gil.mutex);
        take_locked(ts, 1);
        pthread_mutex_unlock(&gil.mutex);
    }
}

static void release_locked(void) {
    WF_ATOMIC_STORE_ALWAYS(&gil.locked, 0);
    gil.holder = NULL;
    // Every waiter must see the release when a returning thread has precedence: the one
    // woken by a signal could be a CPU-bound thread that has to keep waiting.
    if (gil.returning_waiters > 0) {
        pthread_cond_broadcast(&gil.cond);
    } else {
        pthread_cond_signal(&gil.cond);
    }
}

void wf_gil_drop(wf_tstate_t *ts) {
    if (!gil.enabled) {
        return;
    }
    pthread_mutex_lock(&gil.mutex);
    release_locked();
    pthread_mutex_unlock(&gil.mutex);
}

void wf_gil_yield_if_requested(wf_tstate_t *ts) {
    if (!(WF_ATOMIC_LOAD_ALWAYS(&ts->eval_breaker) & WF_EB_GIL_DROP)) {
        return;
    }
    WF_ATOMIC_AND_ALWAYS(&ts->eval_breaker, ~(uint32_t)WF_EB_GIL_DROP);
    if (!gil.enabled) {
        return;
    }
    pthread_mutex_lock(&gil.mutex);
    release_locked();
    gil.stats.forced_drops++;
    gil.dropper_coming = 1;
    uint64_t seen = gil.switch_number;
    while (gil.waiters > 0 && gil.switch_number == seen) {
        pthread_cond_wait(&gil.switched, &gil.mutex);
    }
    // The thread state stays attached: it only lends the GIL for a turn.
    take_locked(ts, 0);
    pthread_mutex_unlock(&gil.mutex);
}

void wf_gil_set_interval(double seconds) {
    pthread_mutex_lock(&gil.mutex);
    // Whole microseconds, at least one, as sys.getswitchinterval reports them.
    int64_t us = (int64_t)(seconds * 1e6);
    gil.interval_ns = (us < 1 ? 1 : us) * 1000;
    pthread_mutex_unlock(&gil.mutex);
}

double wf_gil_get_interval(void) {
    pthread_mutex_lock(&gil.mutex);
    double s = (double)gil.interval_ns / 1e9;
    pthread_mutex_unlock(&gil.mutex);
    return s;
}

void wf_gil_get_stats(wf_gil_stats_t *out) {
    pthread_mutex_lock(&gil.mutex);
    *out = gil.stats;
    pthread_mutex_unlock(&gil.mutex);
}
