// Signals: the C handler only records the signal and sets the main thread's
// eval-breaker bit; Python-level handlers run at the next eval-breaker check.
#ifndef WF_RUNTIME_MODULES_MOD_SIGNAL_H
#define WF_RUNTIME_MODULES_MOD_SIGNAL_H

#include "objects/object.h"

// Install the default SIGINT handler (KeyboardInterrupt). 0 / -1.
int wf_signals_init(void);
// Run the Python handlers of pending signals (main thread only). 0, or -1 with the
// handler's exception (KeyboardInterrupt for SIGINT by default).
int wf_signals_run_handlers(void);
// 1 if a signal is pending (blocking calls interrupted by EINTR check this).
int wf_signals_pending(void);
// _thread.interrupt_main: act as if `signum` had arrived (any thread). 0, or -1 with
// ValueError for a bad number.
int wf_signals_simulate(int signum);

#endif
