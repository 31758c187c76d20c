"""A general-purpose event scheduler.

A scheduler runs actions at given times, measured by a time function and waited for
with a delay function, so that simulated time works as well as real time. Events at
the same time run by priority (lower first), then in the order they were entered."""

import heapq
import threading
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc.'
Event.priority.__doc__ = 'Events scheduled for the same time run lowest priority first.'
Event.sequence.__doc__ = 'A unique number that keeps events of equal time and priority in order.'
Event.action.__doc__ = 'The function called when the event runs.'
Event.argument.__doc__ = 'Positional arguments of the action.'
Event.kwargs.__doc__ = 'Keyword arguments of the action.'

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=None):
        """Initialise a scheduler using timefunc for the time and delayfunc(seconds)
        to wait (time.sleep by default)."""
        if delayfunc is None:
            import time
            delayfunc = time.sleep
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at the absolute time; return the event
        (usable with cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action,
                          argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Like enterabs(), with a time relative to now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they become due, until the queue is empty.

        With blocking false, run the events already due and return the time until the
        next one (None when none is left)."""
        lock = self._lock
        queue = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not queue:
                    break
                event = queue[0]
                now = timefunc()
                if event.time > now:
                    wait = event.time - now
                else:
                    wait = None
                    heapq.heappop(queue)
            if wait is not None:
                if not blocking:
                    return wait
                delayfunc(wait)
            else:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)   # let other threads run

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
