"""Trace memory allocations: not available in Weft.

Allocation tracing is not implemented: is_tracing() is always False, start() raises
NotImplementedError, and the queries answer as CPython's do while tracing is off.
"""

__all__ = ["is_tracing", "start", "stop", "clear_traces", "get_object_traceback",
           "get_traceback_limit", "get_traced_memory", "get_tracemalloc_memory",
           "reset_peak", "take_snapshot"]


def is_tracing():
    return False


def start(nframe=1, /):
    raise NotImplementedError("tracemalloc.start(): memory allocation tracing is not "
                              "supported by this interpreter")


def stop():
    pass


def clear_traces():
    pass


def get_object_traceback(obj):
    return None


def get_traceback_limit():
    return 1


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def reset_peak():
    pass


def take_snapshot():
    raise RuntimeError("the tracemalloc module must be tracing memory allocations to "
                       "take a snapshot")
