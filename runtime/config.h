// Build configuration shared by every translation unit.
//
// WF_FREE_THREADED is set by CMake only, to 0 (weft-gil) or 1 (weft-ft). It is always
// defined so that -Wundef catches a misspelt or missing flag. Only sync/, gil/,
// objects/object.h and this header may test it; everything else is written once against
// the wrappers those provide.
#ifndef WF_CONFIG_H
#define WF_CONFIG_H

#ifndef WF_FREE_THREADED
#error "WF_FREE_THREADED must be defined to 0 or 1 by the build"
#endif

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define WF_VERSION "3.13.0"
#define WF_VERSION_MAJOR 3
#define WF_VERSION_MINOR 13
#define WF_VERSION_MICRO 0
#define WF_IMPL_VERSION "0.1.0"

#if WF_FREE_THREADED
#define WF_BUILD_NAME "weft-ft"
#else
#define WF_BUILD_NAME "weft-gil"
#endif

#if defined(__GNUC__) || defined(__clang__)
#define WF_LIKELY(x) __builtin_expect(!!(x), 1)
#define WF_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define WF_MUST_CHECK __attribute__((warn_unused_result))
#define WF_NORETURN __attribute__((noreturn))
#define WF_NOINLINE __attribute__((noinline))
#define WF_INLINE static inline __attribute__((always_inline))
#define WF_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define WF_UNUSED __attribute__((unused))
#else
#define WF_LIKELY(x) (x)
#define WF_UNLIKELY(x) (x)
#define WF_MUST_CHECK
#define WF_NORETURN
#define WF_NOINLINE
#define WF_INLINE static inline
#define WF_PRINTF(f, a)
#define WF_UNUSED
#endif

// Thread-local storage class for the current thread state.
#define WF_THREAD_LOCAL _Thread_local

#endif
