// Critical sections: the only way code locks a single object (list, dict, set,
// bytearray, instance dict) for one operation.
//
// GIL build: the GIL already serialises every operation, so the macros are plain braces.
// Free-threaded build: lock the object's 1-byte header mutex; the two-object form locks in
// address order; sections are suspended when the thread blocks (WF_BLOCKING_BEGIN) and are
// no-ops while the world is stopped. Until the free-threaded runtime lands the FT build
// runs one thread at a time, so these macros are braces there too; they are the hook
// sync/critical_section.c fills in.
#ifndef WF_SYNC_CRITICAL_SECTION_H
#define WF_SYNC_CRITICAL_SECTION_H

#include "runtime/config.h"

#define WF_BEGIN_CRITICAL(o) {
#define WF_END_CRITICAL(o) }
#define WF_BEGIN_CRITICAL2(a, b) {
#define WF_END_CRITICAL2(a, b) }

#endif
