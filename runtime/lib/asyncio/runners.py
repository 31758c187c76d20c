"""asyncio.run() and Runner: run a coroutine on a fresh event loop, then clean up.

Cleaning up cancels the tasks still pending, closes the async generators and shuts the
default executor down before the loop is closed. Ctrl-C cancels the main task first;
a second Ctrl-C raises KeyboardInterrupt.
"""

__all__ = ('Runner', 'run')

import contextvars
import enum
import functools
import signal
import threading

from . import base_events
from . import coroutines
from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = 'created'
    INITIALIZED = 'initialized'
    CLOSED = 'closed'


class Runner:
    """A context manager that runs coroutines on one event loop, closed on exit.

    debug: the loop's debug mode (None: leave the default). loop_factory: makes the
    loop (None: asyncio.new_event_loop(), also made the current loop).
    """

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _State.CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._sigints = 0
        self._made_current = False

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Clean up (see the module docstring) and close the loop."""
        if self._state is not _State.INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_leftovers(loop)
            for step in (loop.shutdown_asyncgens,
                         functools.partial(loop.shutdown_default_executor,
                                           base_events.THREAD_JOIN_TIMEOUT)):
                loop.run_until_complete(step())
        finally:
            if self._made_current:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _State.CLOSED

    def get_loop(self):
        """The loop of this runner, created if need be."""
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro to completion as a task on this runner's loop and return
        its result; context defaults to the runner's own context copy."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ensure_loop()
        task = self._loop.create_task(
            coro, context=self._context if context is None else context)

        # Take over Ctrl-C while the task runs, if Python's default handler
        # is installed (and only in the main thread, where that is allowed).
        on_sigint = None
        if (threading.current_thread() is threading.main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            on_sigint = functools.partial(self._on_sigint, main_task=task)
            try:
                signal.signal(signal.SIGINT, on_sigint)
            except ValueError:
                on_sigint = None

        self._sigints = 0
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            if self._sigints > 0:
                uncancel = getattr(task, 'uncancel', None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            if on_sigint is not None and signal.getsignal(signal.SIGINT) is on_sigint:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _ensure_loop(self):
        if self._state is _State.CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state is _State.INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._made_current:
                # Only the default loop becomes the current one; a custom factory's
                # loop is left alone.
                events.set_event_loop(self._loop)
                self._made_current = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _State.INITIALIZED

    def _on_sigint(self, signum, frame, main_task):
        self._sigints += 1
        if self._sigints == 1 and not main_task.done():
            main_task.cancel()
            # Wake the loop in case it sleeps until a distant timer.
            self._loop.call_soon_threadsafe(_nothing)
            return
        raise KeyboardInterrupt()


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine main on a new event loop and return its result.

    The loop is cleaned up and closed afterwards (see Runner).  It is an
    error to call this while an event loop is running in this thread.
    """
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    runner = Runner(debug=debug, loop_factory=loop_factory)
    with runner:
        return runner.run(main)


def _nothing():
    pass


def _cancel_leftovers(loop):
    # Cancel the tasks still pending, let them finish, and report those that
    # ended with an exception other than the cancellation.
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        error = task.exception()
        if error is not None:
            loop.call_exception_handler(
                {'message': 'unhandled exception during asyncio.run() shutdown',
                 'exception': error, 'task': task})
