// The global interpreter lock (GIL build) and the runtime GIL of the free-threaded build.
//
// Take/drop are called by thread-state attach/detach. The switch-interval machinery
// (waiters requesting a drop through the holder's eval breaker, forced switching)
// lives in gil.c.
#ifndef WF_GIL_GIL_H
#define WF_GIL_GIL_H

#include "sync/tstate.h"

void wf_gil_take(wf_tstate_t *ts);
void wf_gil_drop(wf_tstate_t *ts);
// Called from the eval breaker when WF_EB_GIL_DROP is set: drop and retake the GIL.
void wf_gil_yield_if_requested(wf_tstate_t *ts);
// Whether a GIL is in force in this process (sys._is_gil_enabled()).
int wf_gil_enabled(void);
// Switch interval in seconds (sys.setswitchinterval / getswitchinterval).
void wf_gil_set_interval(double seconds);
double wf_gil_get_interval(void);

#endif
