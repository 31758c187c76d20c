"""Synchronisation primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier.

None of them is thread-safe. Waiters are futures kept in FIFO order; waking one sets
its result, and the woken task runs at its turn in the ready queue.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections
import enum

from . import exceptions
from . import mixins


class _AcquireOnEnter:
    async def __aenter__(self):
        await self.acquire()
        # The lock is the context manager: "async with lock as x" binds None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _object_repr(obj, extra):
    return f'<{type(obj).__module__}.{type(obj).__qualname__} object at {id(obj):#x} [{extra}]>'


async def _wait_queued(owner, fut):
    # Wait on fut as the newest of owner's waiters (the queue is made on first
    # use); fut leaves the queue however the wait ends.
    if owner._waiters is None:
        owner._waiters = collections.deque()
    owner._waiters.append(fut)
    try:
        await fut
    finally:
        owner._waiters.remove(fut)


def _state_repr(obj, state, waiters):
    # The repr shared by the primitives: their state, then the queue length.
    if waiters:
        state = '%s, waiters:%d' % (state, len(waiters))
    return _object_repr(obj, state)


class Lock(_AcquireOnEnter, mixins._LoopBound):
    """Primitive lock objects, owned by no particular task."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        held = self._locked
        return _state_repr(self, 'locked' if held else 'unlocked', self._waiters)

    def locked(self):
        """Whether some task holds the lock."""
        return self._locked

    async def acquire(self):
        """Acquire a lock, blocking until it is unlocked; return True."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        fut = self._get_loop().create_future()
        try:
            await _wait_queued(self, fut)
        except exceptions.CancelledError:
            # The lock may have been handed to us just before the cancellation.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Release a lock and wake up the first waiter, if any."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        # The waiter removes itself from the deque when it runs.
        if not fut.done():
            fut.set_result(True)


class Event(mixins._LoopBound):
    """A flag that tasks can wait for: set() wakes them all, clear() resets it."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        flag = self._value
        return _state_repr(self, 'set' if flag else 'unset', self._waiters)

    def is_set(self):
        """Whether the flag is set."""
        return self._value

    def set(self):
        """Set the internal flag to true and wake up every waiting task."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the internal flag to false."""
        self._value = False

    async def wait(self):
        """Block until the internal flag is true; return True."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        await _wait_queued(self, fut)
        return True


class Condition(_AcquireOnEnter, mixins._LoopBound):
    """A condition variable: tasks wait() until another notifies them, under a lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        held = self.locked()
        return _state_repr(self, 'locked' if held else 'unlocked', self._waiters)

    async def wait(self):
        """Release the lock, wait until notified, re-acquire the lock; return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = None
            try:
                fut = self._get_loop().create_future()
                await _wait_queued(self, fut)
                return True
            finally:
                # The lock must be held again on the way out, even when cancelled.
                err = None
                while True:
                    try:
                        await self.acquire()
                        break
                    except exceptions.CancelledError as e:
                        err = e
                if err is not None:
                    try:
                        raise err
                    finally:
                        err = None
        except BaseException:
            # We may have been notified before failing: pass the wake-up on.
            self._notify(1)
            raise

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n tasks waiting on this condition."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._notify(n)

    def _notify(self, n):
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up all tasks waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore(_AcquireOnEnter, mixins._LoopBound):
    """A counter of free slots: acquire() takes one, waiting when none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = 'unlocked, value:%s' % (self._value,)
        return _state_repr(self, state, self._waiters)

    def locked(self):
        """True when acquire() would have to wait."""
        # Waiters still queued go first, even when a slot is free.
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        """Acquire a slot, waiting for one if none is free; return True."""
        if not self.locked():
            self._value -= 1
            return True
        fut = self._get_loop().create_future()
        try:
            await _wait_queued(self, fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                # A slot was handed to us but we will not take it: give it back.
                self._value += 1
            raise
        finally:
            # Later waiters may have been held back by FIFO order: wake those that fit.
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        """Release a slot, waking up the next waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(mixins._LoopBound):
    """A barrier: parties tasks wait() until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        state = self._state.value
        if self._state is not _BarrierState.BROKEN:
            state = '%s, waiters:%s/%s' % (state, self.n_waiting, self._parties)
        return _object_repr(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; return this task's arrival index (0 to parties-1)."""
        async with self._cond:
            await self._await_entry()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._trip()
                else:
                    await self._await_trip()
                return index
            finally:
                self._count -= 1
                self._leave()

    async def _await_entry(self):
        # Wait while the previous round drains or a reset is in progress.
        await self._cond.wait_for(
            lambda: self._state not in (_BarrierState.DRAINING, _BarrierState.RESETTING))
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    async def _trip(self):
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _await_trip(self):
        # Until the last party arrives (or the barrier breaks or resets).
        await self._cond.wait_for(self._round_done)
        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise exceptions.BrokenBarrierError('Abort or reset of barrier')

    def _round_done(self):
        return self._state is not _BarrierState.FILLING

    def _leave(self):
        # The last task out lets the next round in.
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Reset the barrier; tasks waiting on it get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Put the barrier into a broken state."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks must wait() before all of them are let through."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting in the current round."""
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True after abort(), until reset()."""
        return self._state is _BarrierState.BROKEN
