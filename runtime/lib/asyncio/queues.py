"""Queues for passing items between tasks: Queue (FIFO), PriorityQueue and LifoQueue.

Blocked getters and putters wait on futures in FIFO order. shutdown() makes further
put() calls raise QueueShutDown, and get() calls too once the queue is empty (at once
with immediate=True, which also drops the items left).
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
           'QueueShutDown')

import collections
import heapq
from types import GenericAlias

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue full."""


class QueueShutDown(Exception):
    """The queue was shut down: no more puts (and no gets once empty)."""


class Queue(mixins._LoopBound):
    """A queue for coroutines; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)
        self._is_shutdown = False

    # The storage hooks, overridden by the subclasses.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wake up the first waiter that is not done (cancelled ones are skipped).
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(GenericAlias)

    def _format(self):
        parts = ['maxsize=%r' % (self._maxsize,)]
        if getattr(self, '_queue', None):
            parts.append('_queue=%r' % (list(self._queue),))
        for label, waiting in (('_getters', self._getters), ('_putters', self._putters)):
            if waiting:
                parts.append('%s[%d]' % (label, len(waiting)))
        if self._unfinished_tasks:
            parts.append('tasks=%s' % (self._unfinished_tasks,))
        if self._is_shutdown:
            parts.append('shutdown')
        return ' '.join(parts)

    def qsize(self):
        """How many items are waiting in the queue."""
        return len(self._queue)

    @property
    def maxsize(self):
        """The capacity given to the constructor (<= 0: unbounded)."""
        return self._maxsize

    def empty(self):
        """True when no item is waiting in the queue."""
        return not self._queue

    def full(self):
        """True when a bounded queue holds maxsize items."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _wait_turn(self, waiters, blocked):
        # Queue up in waiters until woken.  If the wait is interrupted (say,
        # by cancellation) after the wake-up came and the queue is no longer
        # blocked, pass the wake-up on so that it is not lost.
        waiter = self._get_loop().create_future()
        waiters.append(waiter)
        try:
            await waiter
        except:
            waiter.cancel()  # in case it is still pending
            if waiter in waiters:
                waiters.remove(waiter)
            if not waiter.cancelled() and not blocked():
                self._wakeup_next(waiters)
            raise

    async def put(self, item):
        """Put an item into the queue, waiting for a free slot if it is full."""
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            await self._wait_turn(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item into the queue without blocking; QueueFull if it is full."""
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty."""
        while self.empty():
            if self._is_shutdown and self.empty():
                raise QueueShutDown
            await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item if one is immediately available, else QueueEmpty."""
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Tell the queue that one item taken with get() has been dealt with."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been matched by a task_done() call."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        """Stop the queue: put() raises QueueShutDown from now on, and get()
        does too once the queue is empty (at once if immediate is true,
        which also discards the remaining items)."""
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        # Every blocked getter and putter re-checks the state and raises.
        while self._getters:
            getter = self._getters.popleft()
            if not getter.done():
                getter.set_result(None)
        while self._putters:
            putter = self._putters.popleft()
            if not putter.done():
                putter.set_result(None)


class PriorityQueue(Queue):
    """A Queue that retrieves the lowest entry first (entries like (priority, data))."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that retrieves the most recently added entries first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
