"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads.

Work items go through one SimpleQueue. A worker that finds the queue empty counts itself
idle (a semaphore) before it blocks; submit() starts a new thread only when no worker is
idle and the pool is below max_workers. A None in the queue tells a worker to look at
the shutdown flags; a worker that exits puts the None back so that the next one sees it.

Workers never reference their executor, only the state they share with it (_PoolState),
so an executor dropped without shutdown() is destroyed and its __del__ wakes the workers,
which then exit.
"""

import itertools
import os
import queue
import threading
import types

from concurrent.futures import _base

# Worker threads of all executors, and their queues, for the exit handler.
_threads_queues = {}
_shutdown = False
# Taken by submit() so that no new thread starts once the interpreter shuts down.
_interp_exit_lock = threading.Lock()


def _on_interpreter_exit():
    # Tell every worker to leave, then wait for them.
    global _shutdown
    with _interp_exit_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Run before threading joins the non-daemon threads: the workers are non-daemon threads
# blocked on their queues, and need the None to leave.
threading._register_atexit(_on_interpreter_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The exception's traceback refers to this frame; break the cycle.
            self = None
        else:
            self.future.set_result(value)

    @classmethod
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


class _PoolState:
    """What an executor shares with its workers."""

    def __init__(self):
        self.work_queue = queue.SimpleQueue()
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.broken = False
        self.gone = False       # the executor was destroyed without shutdown()

    def drain(self):
        # Take the work items still queued, one at a time (None markers skipped).
        # Called with shutdown_lock held.
        while True:
            try:
                item = self.work_queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                yield item

    def initializer_failed(self):
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            # Fail the calls still queued.
            for item in self.drain():
                item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(state, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log_exception('Exception in initializer:')
            state.initializer_failed()
            return
    work_queue = state.work_queue
    try:
        while True:
            try:
                work_item = work_queue.get_nowait()
            except queue.Empty:
                # Nothing to do: count this worker idle, then block.
                state.idle_semaphore.release()
                work_item = work_queue.get(block=True)

            if work_item is not None:
                work_item.run()
                del work_item
                continue

            # None: exit if the pool or the interpreter shuts down.
            if _shutdown or state.gone or state.shutdown:
                state.shutdown = True
                # Wake the next worker so that it exits too.
                work_queue.put(None)
                return
    except BaseException:
        _base._log_exception('Exception in worker')
    finally:
        with _interp_exit_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed to initialize."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers executors whose threads have no prefix given.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Create an executor running calls on up to max_workers threads.

        max_workers defaults to min(32, os.process_cpu_count() + 4). Threads are named
        thread_name_prefix + "_" + their number. initializer(*initargs) runs first in
        every worker; if it raises, the pool is broken and its pending calls fail with
        BrokenThreadPool.
        """
        if max_workers is None:
            # Enough threads for calls that release the GIL while they wait, capped so
            # that large machines do not start hundreds of them.
            cpus = os.process_cpu_count() or 1
            max_workers = min(cpus + 4, 32)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._state = _PoolState()
        self._work_queue = self._state.work_queue
        self._idle_semaphore = self._state.idle_semaphore
        self._shutdown_lock = self._state.shutdown_lock
        self._threads = set()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % self._counter()
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    @property
    def _shutdown(self):
        return self._state.shutdown

    @property
    def _broken(self):
        return self._state.broken

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _interp_exit_lock:
            if self._state.broken:
                raise BrokenThreadPool(self._state.broken)
            if self._state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self._state, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        self._state.initializer_failed()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._state.shutdown = True
            if cancel_futures:
                # Cancel the calls that no worker has taken yet.
                for item in self._state.drain():
                    item.future.cancel()
            # Wake a worker; each one passes the None on as it exits.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()

    def __del__(self):
        state = getattr(self, '_state', None)
        if state is not None and not state.shutdown:
            state.gone = True
            state.work_queue.put(None)


# submit() and shutdown() are documented by the Executor interface.
for _name in ('submit', 'shutdown'):
    getattr(ThreadPoolExecutor, _name).__doc__ = getattr(_base.Executor, _name).__doc__
del _name
