"""Run callables asynchronously: futures, executors, wait() and as_completed().

ThreadPoolExecutor runs calls on a pool of threads. ProcessPoolExecutor needs
multiprocessing, which Weft does not provide; creating one raises NotImplementedError.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # The executors are imported on first use, as in CPython.
    global ProcessPoolExecutor, ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as cls
        ThreadPoolExecutor = cls
        return cls
    if name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor as cls
        ProcessPoolExecutor = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
