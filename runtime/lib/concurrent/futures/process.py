"""ProcessPoolExecutor needs multiprocessing (worker processes, pickling, pipes), which
Weft does not provide. The class exists so that code can import and test for it; creating
one raises NotImplementedError. ThreadPoolExecutor is the supported executor.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process of a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "concurrent.futures.ProcessPoolExecutor is not supported by Weft "
            "(it needs multiprocessing); use ThreadPoolExecutor")
