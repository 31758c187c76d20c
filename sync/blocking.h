// The blocking region: every call that may block (sleep, lock wait, join, read, write,
// select, waitpid) goes between WF_BLOCKING_BEGIN() and WF_BLOCKING_END(). It detaches the
// thread state: drops the GIL (GIL build) or goes offline for QSBR and suspends critical
// sections (free-threaded build), so other threads and stop-the-world requests proceed.
// A raw blocking call outside this macro is a bug.
#ifndef WF_SYNC_BLOCKING_H
#define WF_SYNC_BLOCKING_H

#include "sync/tstate.h"

#define WF_BLOCKING_BEGIN()                      \
    {                                            \
        wf_tstate_t *blk_ts_ = wf_tstate_detach();

#define WF_BLOCKING_END()        \
        wf_tstate_attach(blk_ts_); \
    }

#endif
