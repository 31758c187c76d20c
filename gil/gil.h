// The global interpreter lock (GIL build) and the runtime GIL of the free-threaded build.
//
// Take/drop are called by thread-state attach/detach. The switch-interval machinery
// (waiters requesting a drop through the holder's eval breaker, forced switching)
// lives in gil.c.
#ifndef WF_GIL_GIL_H
#define WF_GIL_GIL_H

#include "sync/tstate.h"

// Reads the configuration (-X gil / WEFT_GIL); called once, before the first take.
void wf_gil_init(void);
void wf_gil_take(wf_tstate_t *ts);
void wf_gil_drop(wf_tstate_t *ts);
// Called from the eval breaker when WF_EB_GIL_DROP is set: drop the GIL, wait until
// another thread has taken it, then compete again.
void wf_gil_yield_if_requested(wf_tstate_t *ts);
// Whether a GIL is in force in this process (sys._is_gil_enabled()).
int wf_gil_enabled(void);
// Whether this build can run without a GIL (-X gil=0 accepted).
int wf_gil_can_disable(void);
// Switch interval in seconds (sys.setswitchinterval / getswitchinterval).
void wf_gil_set_interval(double seconds);
double wf_gil_get_interval(void);

// Counters since start-up, for sys._gil_stats().
typedef struct {
    uint64_t takes;         // acquisitions
    uint64_t switches;      // acquisitions by a thread other than the previous holder
    uint64_t drop_requests; // waiters that timed out and asked the holder to drop
    uint64_t forced_drops;  // drops made in answer to such a request
    uint64_t waits;         // acquisitions that had to wait
    int64_t wait_ns;        // total time spent waiting, all threads
} wf_gil_stats_t;
void wf_gil_get_stats(wf_gil_stats_t *out);

#endif
